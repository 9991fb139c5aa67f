"""Article URLs and feeds (stub: filled by the feeds issue)."""

from __future__ import annotations

from collections.abc import Iterator

from vnewsgraph.errors import FetchError, InputError
from vnewsgraph.model import Article


def read_url(url: str) -> Iterator[Article | InputError]:
    yield FetchError("fetching URLs is not implemented yet", url)
