"""Web archives (WARC, plain or gzipped) read as a stream with warcio.

Each ``response`` record whose HTTP status is 200 and whose Content-Type is
HTML becomes an Article through ``article_from_html`` (trafilatura), with the
record's target URI as its URL and source. Other records (requests, metadata,
images, redirects) are skipped. Records are read one at a time, so memory
stays flat however large the archive; a record over the size limit or a page
without article text is reported by its record and the reading carries on.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from vnewsgraph.errors import InputError, MalformedInputError, TooLargeError
from vnewsgraph.ingest.encodings import decode_bytes
from vnewsgraph.model import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_RECORD_BYTES = 20_000_000


def is_warc(path: Path | str) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def article_from_record(record: Any, where: str, max_bytes: int = MAX_RECORD_BYTES) -> Article | InputError | None:
    """The article in one WARC record, an error naming the record, or None (not an HTML page)."""
    from vnewsgraph.ingest.html import article_from_html

    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    source = url or where
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return TooLargeError(f"record is over the limit of {max_bytes:,} bytes", f"{where} ({url})")
    text: str | None = None
    encoding = _charset(content_type)
    if encoding:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            text = None
    try:
        if text is None:
            text, encoding = decode_bytes(data, source)
        article = article_from_html(text, source, encoding=encoding, url=url)
    except InputError as exc:
        return exc
    warc_date = record.rec_headers.get_header("WARC-Date")
    if warc_date:
        article.extra["fetched_at"] = warc_date
    return article


def _starts_like_warc(fh: BinaryIO) -> bool:
    head = fh.read(64)
    fh.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                head = gz.read(16)
        except (OSError, EOFError):
            return False
        finally:
            fh.seek(0)
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def read_warc_file(path: Path | str, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[Article | InputError]:
    """Articles in a WARC file, streamed record by record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        yield InputError("no such file or folder", str(path))
        return
    except OSError as exc:
        yield InputError(f"cannot be read: {exc.strerror or exc}", str(path))
        return
    with fh:
        if not _starts_like_warc(fh):
            yield MalformedInputError("not a WARC archive (it does not open with a WARC/1.x record)", str(path))
            return
        n = 0
        try:
            for record in ArchiveIterator(fh):
                n += 1
                item = article_from_record(record, f"{path}#record{n}", max_bytes)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            yield MalformedInputError(f"not a readable WARC archive (after {n} records): {exc}", str(path))
        except (OSError, EOFError, ValueError) as exc:  # truncated gzip member and the like
            yield MalformedInputError(f"the archive is damaged after {n} records: {exc}", str(path))
