"""JSON Lines (and JSON) of articles: ``text`` and optional ``title``, ``url``, ``published``, ``outlet``.

JSON Lines are streamed line by line, so memory stays flat however large the
file; a line that does not parse, is too long, is nested too deeply or lacks
``text`` gives an error naming ``file:line`` and the other lines carry on.
A ``.json`` file may hold one article object, an array of them, or an object
with the array under ``articles``/``items``/``data``/``records``/``documents``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from vnewsgraph.errors import EmptyInputError, InputError, MalformedInputError, TooLargeError
from vnewsgraph.ingest.dates import parse_published
from vnewsgraph.ingest.encodings import check_controls, decode_bytes
from vnewsgraph.ingest.files import MAX_INPUT_BYTES, article_from_text, canonical_outlet
from vnewsgraph.model import Article

MAX_LINE_BYTES = MAX_INPUT_BYTES
TEXT_KEYS = ("text", "content", "body")
PUBLISHED_KEYS = ("published", "date_published", "datePublished", "published_at", "publish_date", "date")
OUTLET_KEYS = ("outlet", "site_name", "sitename", "publisher")
LIST_KEYS = ("articles", "items", "data", "records", "documents")


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if value not in (None, ""):
            return value
    return None


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def sound_text(value: str) -> str:
    """JSON strings may hold lone surrogates (\\ud800) and NULs that cannot be printed or stored:
    each becomes U+FFFD, so the length and every offset stay the same."""
    if "\x00" not in value:
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            pass
    return _UNSTORABLE.sub("\ufffd", value)


def _clean_str(value: Any) -> str | None:
    if isinstance(value, dict):  # {"name": "VnExpress"} (schema.org publisher)
        value = value.get("name")
    if isinstance(value, str) and value.strip():
        return sound_text(" ".join(value.split()))
    return None


def article_from_record(obj: Any, source: str) -> Article | InputError:
    """An Article from one decoded JSON record, or an error naming ``source`` (``file:line``)."""
    from vnewsgraph.nlp.metadata import outlet_from_url

    if not isinstance(obj, dict):
        return MalformedInputError(f"record is a JSON {_json_type(obj)}, not an object", source)
    text = _first(obj, TEXT_KEYS)
    if text is None:
        return EmptyInputError("record has no 'text'", source)
    if not isinstance(text, str):
        return MalformedInputError(f"record's 'text' is a JSON {_json_type(text)}, not a string", source)
    if not text.strip():
        return EmptyInputError("record's 'text' is empty", source)
    try:
        check_controls(text, source)
    except InputError as exc:
        return exc
    text = sound_text(text)
    url = _clean_str(obj.get("url"))
    art = article_from_text(text, source=url or source)
    art.url = url
    title = _clean_str(obj.get("title"))
    if title:
        art.title = title
    outlet = _clean_str(_first(obj, OUTLET_KEYS))
    art.outlet = canonical_outlet(outlet) or art.outlet or outlet_from_url(url)
    published_value = _first(obj, PUBLISHED_KEYS)
    if published_value is not None:
        published, hint = parse_published(published_value)
        if published or hint:
            art.published, art.date_hint = published, hint
    if obj.get("id") is not None and isinstance(obj["id"], (str, int)):
        art.extra["id"] = obj["id"]
    return art


def _json_type(value: Any) -> str:
    return {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), "null" if value is None else "value"
    )


def _loads(raw: bytes | str, where: str) -> Any:
    """json.loads with errors that name ``where``; raises MalformedInputError."""
    try:
        return json.loads(raw)
    except RecursionError as exc:
        raise MalformedInputError("JSON is nested too deeply", where) from exc
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"not JSON: {exc.msg} at column {exc.colno}", where) from exc
    except ValueError as exc:  # e.g. an integer literal of more than 4300 digits
        raise MalformedInputError(f"not usable JSON: {exc}", where) from exc


def parse_line(line: bytes, where: str) -> Article | InputError:
    """One JSON line (bytes) -> Article or error."""
    if line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        raw: bytes | str = line
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            raw, _ = decode_bytes(line, where)  # a line in a legacy encoding
        obj = _loads(raw, where)
    except InputError as exc:
        return exc
    return article_from_record(obj, where)


def iter_jsonl_lines(lines: Iterable[bytes | None], source: str) -> Iterator[Article | InputError]:
    """Articles from JSON lines; ``None`` stands for a line that was over the length limit."""
    for n, line in enumerate(lines, 1):
        where = f"{source}:{n}"
        if line is None:
            yield TooLargeError(f"line is over the limit of {MAX_LINE_BYTES:,} bytes", where)
            continue
        line = line.strip()
        if not line:
            continue
        yield parse_line(line, where)


def iter_capped_lines(fh: IO[bytes], head: bytes = b"", limit: int | None = None) -> Iterator[bytes | None]:
    """Lines of a binary stream (``head`` first); a line longer than ``limit`` comes as ``None``."""
    limit = MAX_LINE_BYTES if limit is None else limit
    pending = head
    while True:
        nl = pending.find(b"\n")
        if nl >= 0:
            yield pending[:nl] if nl <= limit else None
            pending = pending[nl + 1 :]
            continue
        if len(pending) > limit:
            # Too long: skip to the end of this line without keeping it.
            yield None
            pending = b""
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    return
                nl = chunk.find(b"\n")
                if nl >= 0:
                    pending = chunk[nl + 1 :]
                    break
            continue
        chunk = fh.read(1 << 20)
        if not chunk:
            if pending:
                yield pending
            return
        pending += chunk


def iter_jsonl_stream(fh: IO[bytes], source: str, head: bytes = b"") -> Iterator[Article | InputError]:
    yield from iter_jsonl_lines(iter_capped_lines(fh, head), source)


def looks_like_json_array(data: bytes) -> bool:
    try:
        return isinstance(json.loads(data), list)
    except (ValueError, RecursionError):
        return False


def _records(doc: Any, source: str) -> Iterator[Article | InputError]:
    if isinstance(doc, dict):
        for key in LIST_KEYS:
            if isinstance(doc.get(key), list) and _first(doc, TEXT_KEYS) is None:
                doc = doc[key]
                break
    if isinstance(doc, list):
        if not doc:
            yield EmptyInputError("JSON array has no records", source)
        for n, obj in enumerate(doc, 1):
            yield article_from_record(obj, f"{source}:{n}")
        return
    yield article_from_record(doc, source)


def read_jsonl_bytes(data: bytes, source: str) -> Iterator[Article | InputError]:
    """Records in an in-memory JSON document or JSON Lines."""
    if len(data) > MAX_INPUT_BYTES:
        yield TooLargeError(f"input is {len(data):,} bytes, over the limit of {MAX_INPUT_BYTES:,}", source)
        return
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        try:
            data = decode_bytes(data, source)[0].encode("utf-8")  # UTF-16 JSON
        except InputError as exc:
            yield exc
            return
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        yield EmptyInputError("input is empty", source)
        return
    lines = stripped.split(b"\n")
    multi_line = len([ln for ln in lines if ln.strip()]) > 1
    if stripped.startswith(b"[") or not multi_line:
        try:
            doc = _loads(stripped, source)
        except InputError as exc:
            yield exc
            return
        yield from _records(doc, source)
        return
    # Several lines: JSON Lines, unless the first line alone is not JSON but the whole is (pretty-printed).
    first = parse_line(lines[0].strip(), f"{source}:1")
    if isinstance(first, MalformedInputError) and "not JSON" in first.reason:
        try:
            doc = json.loads(stripped)
        except (ValueError, RecursionError):
            pass
        else:
            yield from _records(doc, source)
            return
    yield from iter_jsonl_lines(iter(data.split(b"\n")), source)


def read_jsonl_file(path: Path) -> Iterator[Article | InputError]:
    """Streamed line by line: memory stays flat however large the file."""
    source = str(path)
    with path.open("rb") as fh:
        head = fh.read(65536)
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if start == b"[" or head.startswith((b"\xff\xfe", b"\xfe\xff")):
            rest = fh.read(MAX_INPUT_BYTES + 1 - len(head))
            yield from read_jsonl_bytes(head + rest, source)
            return
        if not start:
            yield EmptyInputError("input is empty", source)
            return
        yield from iter_jsonl_stream(fh, source, head)
