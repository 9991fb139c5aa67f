"""Data files the pipeline needs (lexicons, gazetteers, tables), shipped in the package."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources


def read_lines(name: str) -> Iterator[list[str]]:
    """Rows of a tab-separated resource file, comments (#) and blank lines skipped."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield [c.strip() for c in line.split("\t")]
