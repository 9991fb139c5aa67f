"""Rows that travel between batch stages, and the output file's columns.

Between reading and extraction an article travels as a JSON string (every
field of :class:`Article`); the output holds, per document, the contract-v1
record as a JSON string plus flat ``id``, ``source`` and ``published``
columns for filtering without parsing. Errors travel in an ``error`` column
and are reported, not written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from vnewsgraph.errors import InputError, MalformedInputError
from vnewsgraph.model import Article

ARTICLE_SCHEMA = pa.schema([("article", pa.string()), ("error", pa.string())])
OUTPUT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("source", pa.string()),
        ("published", pa.string()),
        ("record", pa.string()),
        ("error", pa.string()),
    ]
)
WRITTEN_COLUMNS = ["id", "source", "published", "record"]


def article_to_json(article: Article) -> str:
    return json.dumps(
        {
            "raw_text": article.raw_text,
            "source": article.source,
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "date_hint": article.date_hint,
            "url": article.url,
            "encoding": article.encoding,
            "raw_offset": article.raw_offset,
            "extra": article.extra,
        },
        ensure_ascii=False,
        default=str,
    )


def article_from_json(data: str) -> Article:
    obj = json.loads(data)
    published = obj.get("published")
    obj["published"] = dt.date.fromisoformat(published) if published else None
    return Article(**obj)


def items_to_table(items: list[Article | InputError]) -> pa.Table:
    articles: list[str | None] = []
    errors: list[str | None] = []
    for item in items:
        if isinstance(item, Article):
            articles.append(article_to_json(item))
            errors.append(None)
        else:
            articles.append(None)
            errors.append(str(item))
    return pa.table({"article": articles, "error": errors}, schema=ARTICLE_SCHEMA)


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    """One pipeline per worker process, loaded on first use and kept."""
    from vnewsgraph.nlp.pipeline import Pipeline

    return Pipeline()


def extract_table(table: pa.Table) -> pa.Table:
    """Run the per-document pipeline (the same code as ``vnewsgraph extract``) on a batch."""
    pipe = _pipeline()
    out: dict[str, list[str | None]] = {name: [] for name in OUTPUT_SCHEMA.names}
    for row in table.to_pylist():
        rec: dict[str, Any] | None = None
        error = row.get("error")
        if error is None and row.get("article") is not None:
            article = article_from_json(row["article"])
            try:
                rec = pipe.extract(article).to_dict()
            except Exception as exc:  # one bad document must not stop the batch
                error = f"{article.source}: extraction failed: {exc!r}"
        if rec is None:
            out["id"].append(None)
            out["source"].append(None)
            out["published"].append(None)
            out["record"].append(None)
        else:
            doc = rec["document"]
            out["id"].append(doc["id"])
            out["source"].append(doc.get("source"))
            out["published"].append(doc.get("published"))
            out["record"].append(json.dumps(rec, ensure_ascii=False))
        out["error"].append(error)
    return pa.table(out, schema=OUTPUT_SCHEMA)


def output_files(path: Path | str) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        return sorted(f for f in p.rglob("*.parquet") if f.is_file())
    return [p]


def check_output(path: Path | str) -> list[Path]:
    """The Parquet files of a ``batch extract`` output, each checked (exists, has a ``record`` column)."""
    import pyarrow.parquet as pq

    files = output_files(path)
    if not files or not files[0].exists():
        raise InputError("no such file or folder" if not Path(path).exists() else "no Parquet files in it", str(path))
    for f in files:
        try:
            names = pq.ParquetFile(str(f)).schema_arrow.names
        except (OSError, pa.ArrowException) as exc:
            raise MalformedInputError(f"not a readable Parquet file: {exc}", str(f)) from exc
        if "record" not in names:
            raise MalformedInputError("no 'record' column: not a `vnewsgraph batch extract` output", str(f))
    return files


def read_records(path: Path | str, batch_rows: int = 256) -> Iterator[dict[str, Any]]:
    """The contract-v1 records in a ``batch extract`` output (file or folder), streamed.

    The files are checked before the first record is produced, so a wrong path
    fails before anything is loaded.
    """
    files = check_output(path)
    return _iter_records(files, batch_rows)


def _iter_records(files: list[Path], batch_rows: int) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    for f in files:
        pf = pq.ParquetFile(str(f))
        for batch in pf.iter_batches(batch_size=batch_rows, columns=["record"]):
            for value in batch.column(0).to_pylist():
                if value:
                    yield json.loads(value)
