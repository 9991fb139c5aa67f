"""Parquet files of articles, read batch by batch (pyarrow).

Columns as in JSON Lines: ``text`` (required) and optional ``title``,
``url``, ``published``, ``outlet``. Each row goes through the JSON Lines
reader's ``article_from_record``, so a row gives the same Article as the same
object on a JSON line; rows are numbered from 1 (``file.parquet:17``) for
sources and messages. Only a batch of rows is in memory at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from vnewsgraph.errors import InputError, MalformedInputError
from vnewsgraph.model import Article

ARTICLE_COLUMNS = ("text", "title", "url", "published", "outlet")
BATCH_ROWS = 256


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    value = row.get("published")
    if isinstance(value, dt.datetime):
        row["published"] = value.date().isoformat()
    elif isinstance(value, dt.date):
        row["published"] = value.isoformat()
    return row


def row_group_offsets(path: Path | str) -> list[tuple[int, int]]:
    """``(row_group, first_row_number)`` for each row group (numbers from 1)."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(str(path)).metadata
    out: list[tuple[int, int]] = []
    first = 1
    for i in range(meta.num_row_groups):
        out.append((i, first))
        first += meta.row_group(i).num_rows
    return out


def read_parquet_file(
    path: Path | str, row_groups: Sequence[int] | None = None, batch_rows: int = BATCH_ROWS
) -> Iterator[Article | InputError]:
    """Articles in a Parquet file (or in some of its row groups), streamed."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from vnewsgraph.ingest.jsonl import article_from_record

    path = Path(path)
    try:
        pf = pq.ParquetFile(str(path))
    except FileNotFoundError:
        yield InputError("no such file or folder", str(path))
        return
    except (OSError, pa.ArrowException) as exc:
        yield MalformedInputError(f"not a readable Parquet file: {exc}", str(path))
        return
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        yield MalformedInputError(f"no 'text' column (columns: {', '.join(sorted(names))})", str(path))
        return
    columns = [c for c in ARTICLE_COLUMNS if c in names]
    starts = dict(row_group_offsets(path))
    groups = list(row_groups) if row_groups is not None else sorted(starts)
    try:
        for group in groups:
            n = starts[group] - 1
            for batch in pf.iter_batches(batch_size=batch_rows, row_groups=[group], columns=columns):
                for row in batch.to_pylist():
                    n += 1
                    yield article_from_record(_plain(row), f"{path}:{n}")
    except (OSError, pa.ArrowException) as exc:
        yield MalformedInputError(f"the Parquet file is damaged: {exc}", str(path))
