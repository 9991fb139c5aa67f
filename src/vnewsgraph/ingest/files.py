"""Read articles from files, folders and standard input.

``read_path`` yields, for each input, an :class:`Article` or an
:class:`InputError` naming the input and the reason, so that a batch carries
on past a bad file.

Text files may open with the sample corpus's header::

     date 2026-01-14 (VTC News) - First sentence of the article…
     date 2026-02 …                 (crawled: year and month only)
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from vnewsgraph.errors import EmptyInputError, InputError, TooLargeError
from vnewsgraph.ingest.encodings import decode_bytes
from vnewsgraph.model import Article

MAX_INPUT_BYTES = 20_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}

_HEADER = re.compile(
    r"""\A[ \t\ufeff]*date[ \t]+(?P<date>\d{4}-\d{2}(?:-\d{2})?)
        (?:[ \t]+\((?P<outlet>[^()\n]{1,60})\))?
        (?:[ \t]*[-–—][ \t]*)?[ \t]*\n?""",
    re.VERBOSE,
)


def parse_header(text: str) -> tuple[dt.date | None, str | None, str | None, int]:
    """Split the ``date YYYY-MM[-DD] (Outlet) -`` header off a text file.

    Returns ``(published, date_hint, outlet, body_offset)``; a partial date
    gives ``date_hint`` ("2026-02") and no ``published``.
    """
    m = _HEADER.match(text)
    if not m:
        return None, None, None, 0
    raw_date = m.group("date")
    published: dt.date | None = None
    hint: str | None = None
    if len(raw_date) == 10:
        try:
            published = dt.date.fromisoformat(raw_date)
        except ValueError:
            published = None
    if published is None:
        hint = raw_date[:7]
    outlet = m.group("outlet")
    return published, hint, (outlet.strip() if outlet else None), m.end()


def article_from_text(text: str, source: str | None = None, encoding: str | None = None) -> Article:
    """An Article from decoded text, with the optional header parsed."""
    published, hint, outlet, offset = parse_header(text)
    if published is not None:
        hint = published.isoformat()[:7]
    return Article(
        raw_text=text[offset:],
        source=source,
        outlet=outlet,
        published=published,
        date_hint=hint,
        encoding=encoding,
        raw_offset=offset,
    )


def read_bytes(data: bytes, source: str, suffix: str = "") -> Iterator[Article | InputError]:
    """Articles in one input's bytes, dispatched on its suffix and content."""
    if len(data) > MAX_INPUT_BYTES:
        yield TooLargeError(f"input is {len(data):,} bytes, over the limit of {MAX_INPUT_BYTES:,}", source)
        return
    if not data.strip():
        yield EmptyInputError("input is empty", source)
        return
    suffix = suffix.lower()
    head = data[:2048].lstrip().lower()
    if suffix in JSONL_SUFFIXES or (suffix not in HTML_SUFFIXES and head[:1] in (b"{", b"[")):
        from vnewsgraph.ingest.jsonl import read_jsonl_bytes

        yield from read_jsonl_bytes(data, source)
        return
    try:
        text, encoding = decode_bytes(data, source)
    except InputError as exc:
        yield exc
        return
    if suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html")):
        from vnewsgraph.ingest.html import article_from_html

        try:
            yield article_from_html(text, source, encoding=encoding)
        except InputError as exc:
            yield exc
        return
    if not text.strip():
        yield EmptyInputError("input has no text", source)
        return
    yield article_from_text(text, source, encoding)


def iter_files(path: Path) -> Iterator[Path]:
    """Files under a folder, recursively, in a stable order (hidden ones skipped)."""
    for child in sorted(path.rglob("*")):
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
            yield child


def read_path(path: Path | str) -> Iterator[Article | InputError]:
    """Articles from a file, a folder (recursively) or ``-`` (standard input)."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        yield from read_bytes(data, "<stdin>")
        return
    path = Path(path)
    if path.is_dir():
        for file in iter_files(path):
            yield from read_path(file)
        return
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES and path.suffix.lower() not in JSONL_SUFFIXES:
            yield TooLargeError(f"file is {size:,} bytes, over the limit of {MAX_INPUT_BYTES:,}", str(path))
            return
        if path.suffix.lower() in JSONL_SUFFIXES:
            from vnewsgraph.ingest.jsonl import read_jsonl_file

            yield from read_jsonl_file(path)
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError("no such file or folder", str(path))
        return
    except OSError as exc:
        yield InputError(f"cannot be read: {exc.strerror or exc}", str(path))
        return
    yield from read_bytes(data, str(path), path.suffix)


def read_inputs(paths: list[str]) -> Iterator[Article | InputError]:
    for p in paths:
        if p.startswith(("http://", "https://")):
            from vnewsgraph.ingest.web import read_url

            yield from read_url(p)
        else:
            yield from read_path(p)
