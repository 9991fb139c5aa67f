"""JSON Lines of articles: ``text`` and optional ``title``, ``url``, ``published``, ``outlet``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vnewsgraph.errors import EmptyInputError, InputError, MalformedInputError
from vnewsgraph.ingest.files import article_from_text
from vnewsgraph.model import Article


def _parse_date(value: Any) -> tuple[dt.date | None, str | None]:
    if not isinstance(value, str) or len(value) < 7:
        return None, None
    try:
        return dt.date.fromisoformat(value[:10]), None
    except ValueError:
        return None, value[:7] if value[:4].isdigit() else None


def article_from_record(obj: Any, source: str) -> Article | InputError:
    if not isinstance(obj, dict):
        return MalformedInputError("a JSON line is not an object", source)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return EmptyInputError("record has no 'text'", source)
    art = article_from_text(text, source=str(obj.get("url") or source))
    for key in ("title", "outlet", "url"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            setattr(art, key, obj[key].strip())
    if obj.get("published"):
        published, hint = _parse_date(obj["published"])
        art.published = published or art.published
        art.date_hint = (published.isoformat()[:7] if published else hint) or art.date_hint
    return art


def iter_jsonl_lines(lines: Iterator[bytes], source: str) -> Iterator[Article | InputError]:
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield MalformedInputError(f"not JSON: {exc}", where)
            continue
        yield article_from_record(obj, where)


def read_jsonl_bytes(data: bytes, source: str) -> Iterator[Article | InputError]:
    stripped = data.lstrip()
    if stripped.startswith(b"["):
        try:
            items = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield MalformedInputError(f"not JSON: {exc}", source)
            return
        for n, obj in enumerate(items, 1):
            yield article_from_record(obj, f"{source}:{n}")
        return
    yield from iter_jsonl_lines(iter(data.splitlines()), source)


def read_jsonl_file(path: Path) -> Iterator[Article | InputError]:
    """Streamed line by line: memory stays flat however large the file."""
    with path.open("rb") as fh:
        first = fh.read(1)
        fh.seek(0)
        if first == b"[":
            yield from read_jsonl_bytes(fh.read(), str(path))
            return
        yield from iter_jsonl_lines(iter(fh), str(path))
