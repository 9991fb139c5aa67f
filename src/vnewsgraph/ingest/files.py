"""Read articles from files, folders and standard input.

``read_path`` yields, for each input, an :class:`Article` or an
:class:`InputError` naming the input and the reason, so that a batch carries
on past a bad file.

Text files may open with the sample corpus's header::

     date 2026-01-14 (VTC News) - First sentence of the article…
     date 2026-02 …                 (crawled: year and month only)

Inputs are dispatched on their suffix and content: web archives (``.warc``,
``.warc.gz``) and Parquet files to their readers, HTML pages (``.html`` or
content that opens with ``<!doctype html``/``<html``), JSON Lines / JSON
(``.jsonl``, ``.ndjson``, ``.json``, or an unnamed input whose first line is a
JSON object), else plain text.  Other XML (a saved feed) is refused.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from vnewsgraph.errors import EmptyInputError, InputError, MalformedInputError, TooLargeError
from vnewsgraph.ingest.encodings import decode_bytes, sniff_declared_charset
from vnewsgraph.model import Article

MAX_INPUT_BYTES = 20_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".aspx"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
STDIN = "<stdin>"

_HEADER = re.compile(
    r"""\A[\s\ufeff]*date[ \t]*:?[ \t]+(?P<date>\d{4}-\d{1,2}(?:-\d{1,2})?)(?![\d-])
        (?:[ \t]+\((?P<outlet>[^()\n]{0,60}[^\W\d_][^()\n]{0,60})\))?
        (?:[ \t]*[-–—](?=\s))?[ \t]*\n?""",
    re.VERBOSE | re.IGNORECASE,
)
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|\?xml[^>]*>\s*<(?:!doctype\s+)?html)[\s>]",
                         re.IGNORECASE | re.DOTALL)


_XML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:\?xml|rss[\s>]|feed[\s>]|rdf:RDF)", re.IGNORECASE)


def parse_header(text: str) -> tuple[dt.date | None, str | None, str | None, int]:
    """Split the ``date YYYY-MM[-DD] (Outlet) -`` header off a text file.

    Returns ``(published, date_hint, outlet, body_offset)``; a partial date
    gives ``date_hint`` ("2026-02") and no ``published``; an impossible date
    (month 13) gives neither.  Without a header: ``(None, None, None, 0)``.
    """
    m = _HEADER.match(text)
    if not m:
        return None, None, None, 0
    parts = [int(p) for p in m.group("date").split("-")]
    published: dt.date | None = None
    hint: str | None = None
    if 1 <= parts[1] <= 12:
        hint = f"{parts[0]:04d}-{parts[1]:02d}"
        if len(parts) == 3:
            try:
                published = dt.date(parts[0], parts[1], parts[2])
            except ValueError:
                hint = None  # 2026-02-30: not a date the source can have meant
    outlet = m.group("outlet")
    return published, hint, (" ".join(outlet.split()) if outlet else None), m.end()


def canonical_outlet(name: str | None) -> str | None:
    """The outlets table's canonical form of a stated outlet name (unchanged when unknown)."""
    if not name:
        return None
    from vnewsgraph.nlp.metadata import outlet_table

    _, forms = outlet_table()
    return forms.get(name.lower(), name)


def article_from_text(
    text: str, source: str | None = None, encoding: str | None = None, *, header: bool = True
) -> Article:
    """An Article from decoded text, with the optional header parsed (``header=False`` keeps it)."""
    published, hint, outlet, offset = parse_header(text) if header else (None, None, None, 0)
    return Article(
        raw_text=text[offset:],
        source=source,
        outlet=canonical_outlet(outlet),
        published=published,
        date_hint=hint,
        encoding=encoding,
        raw_offset=offset,
    )


def _content_type_parts(content_type: str | None) -> tuple[str, str | None]:
    if not content_type:
        return "", None
    mime, _, rest = content_type.partition(";")
    m = re.search(r"charset\s*=\s*\"?([\w:.-]+)", rest, re.IGNORECASE)
    return mime.strip().lower(), (m.group(1).lower() if m else None)


def sniff_kind(data: bytes, suffix: str = "", content_type: str | None = None) -> str:
    """'html', 'xml', 'json' or 'text' for an input's bytes, suffix and (optional) MIME type."""
    suffix = suffix.lower()
    mime, _ = _content_type_parts(content_type)
    if suffix in JSONL_SUFFIXES or mime in ("application/json", "application/x-ndjson", "application/jsonl"):
        return "json"
    if suffix in HTML_SUFFIXES or mime in ("text/html", "application/xhtml+xml"):
        return "html"
    head = data[:4096]
    if _HTML_START.match(head):
        return "html"
    if _XML_START.match(head):
        return "xml"
    if suffix in TEXT_SUFFIXES - {""}:
        return "text"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"{":
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
        if first.rstrip().endswith(b"}") or len(data) <= 4096 and data.rstrip().endswith(b"}"):
            return "json"
    if start == b"[" and data.rstrip().endswith(b"]") and b'"' in head and b":" in head:
        from vnewsgraph.ingest.jsonl import looks_like_json_array

        if looks_like_json_array(data):
            return "json"
    return "text"


def read_bytes(
    data: bytes,
    source: str,
    suffix: str = "",
    *,
    url: str | None = None,
    content_type: str | None = None,
) -> Iterator[Article | InputError]:
    """Articles in one input's bytes, dispatched on its suffix, MIME type and content."""
    if len(data) > MAX_INPUT_BYTES:
        yield TooLargeError(f"input is {len(data):,} bytes, over the limit of {MAX_INPUT_BYTES:,}", source)
        return
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        yield EmptyInputError("input is empty", source)
        return
    kind = sniff_kind(data, suffix, content_type)
    if kind == "xml":
        yield MalformedInputError("an XML document (a feed?), not an article page; give feeds by URL", source)
        return
    if kind == "json":
        from vnewsgraph.ingest.jsonl import read_jsonl_bytes

        yield from read_jsonl_bytes(data, source)
        return
    _, declared = _content_type_parts(content_type)
    if kind == "html":
        declared = declared or sniff_declared_charset(data)
    try:
        text, encoding = decode_bytes(data, source, declared)
    except InputError as exc:
        yield exc
        return
    if kind == "html":
        from vnewsgraph.ingest.html import article_from_html

        try:
            yield article_from_html(text, source, encoding=encoding, url=url)
        except InputError as exc:
            yield exc
        return
    art = article_from_text(text, source, encoding)
    if not art.raw_text.strip():
        yield EmptyInputError("input has no article text" + (" after its header" if art.raw_offset else ""), source)
        return
    if url:
        art.url = url
    yield art


def iter_files(path: Path) -> Iterator[Path | InputError]:
    """Files under a folder, recursively, in a stable order (hidden ones skipped); unreadable folders reported."""
    try:
        children = sorted(path.iterdir())
    except OSError as exc:
        yield InputError(f"folder cannot be read: {exc.strerror or exc}", str(path))
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir() and not child.is_symlink():
            yield from iter_files(child)
        elif child.is_file():
            yield child


def _read_capped(fh: BinaryIO, source: str) -> bytes | TooLargeError:
    data = fh.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        return TooLargeError(f"input is over the limit of {MAX_INPUT_BYTES:,} bytes", source)
    return data


def read_stream(fh: BinaryIO, source: str = STDIN, suffix: str = "") -> Iterator[Article | InputError]:
    """Articles from a binary stream (standard input): JSON Lines are streamed, the rest read up to the cap."""
    head = fh.read(65536)
    if sniff_kind(head, suffix) == "json" and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        from vnewsgraph.ingest.jsonl import iter_jsonl_stream

        yield from iter_jsonl_stream(fh, source, head=head)
        return
    rest = _read_capped(fh, source)
    if isinstance(rest, InputError):
        yield rest
        return
    yield from read_bytes(head + rest, source, suffix)


def read_path(path: Path | str) -> Iterator[Article | InputError]:
    """Articles from a file, a folder (recursively) or ``-`` (standard input)."""
    if str(path) == "-":
        yield from read_stream(sys.stdin.buffer, STDIN)
        return
    path = Path(path)
    if path.is_dir():
        for file in iter_files(path):
            if isinstance(file, InputError):
                yield file
            else:
                yield from read_path(file)
        return
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if source.lower().endswith((".warc", ".warc.gz")):
            from vnewsgraph.ingest.warc import read_warc_file

            yield from read_warc_file(path)
            return
        if suffix == ".parquet":
            from vnewsgraph.ingest.parquet import read_parquet_file

            yield from read_parquet_file(path)
            return
        if suffix in (".jsonl", ".ndjson"):
            from vnewsgraph.ingest.jsonl import read_jsonl_file

            yield from read_jsonl_file(path)
            return
        if path.is_file() and path.stat().st_size > MAX_INPUT_BYTES:
            size = path.stat().st_size
            yield TooLargeError(f"file is {size:,} bytes, over the limit of {MAX_INPUT_BYTES:,}", source)
            return
        with path.open("rb") as fh:
            data = _read_capped(fh, source)
    except FileNotFoundError:
        yield InputError("no such file or folder", source)
        return
    except IsADirectoryError:
        yield InputError("is a folder that cannot be listed", source)
        return
    except OSError as exc:
        yield InputError(f"cannot be read: {exc.strerror or exc}", source)
        return
    if isinstance(data, InputError):
        yield data
        return
    yield from read_bytes(data, source, suffix)


def read_inputs(paths: Iterable[str]) -> Iterator[Article | InputError]:
    """Articles from every path, folder, URL or ``-`` in turn."""
    for p in paths:
        if not p.strip():
            yield InputError("empty path given", repr(p))
            continue
        if p.startswith(("http://", "https://")):
            from vnewsgraph.ingest.web import read_url

            yield from read_url(p)
        else:
            yield from read_path(p)
