"""Inputs cut into shards that workers can read on their own, in input order.

A shard is a small JSON-able dict naming a piece of the input:

* ``jsonl``: a byte range of a JSON Lines file, starting on a line boundary,
  with the number of its first line (so sources read ``file.jsonl:1234``
  exactly as when the whole file is read in one go);
* ``parquet``: some row groups of a Parquet file;
* ``files``: whole files (WARC archives, text, HTML, JSON arrays), read
  with the same readers as ``vnewsgraph extract``.

Reading every shard in order gives the same articles, with the same sources,
as reading the inputs one after the other (``read_inputs``). Workers of a
cluster must see the input paths (a shared file system).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vnewsgraph.errors import InputError
from vnewsgraph.model import Article

Shard = dict[str, Any]

JSONL_STREAM_SUFFIXES = (".jsonl", ".ndjson")
MIN_CHUNK = 64 * 1024
MAX_CHUNK = 8 * 1024 * 1024
FILES_PER_SHARD = 16


def read_any(path: Path | str) -> Iterator[Article | InputError]:
    """Articles in one file or folder: WARC and Parquet streamed, the rest as ``read_path``."""
    from vnewsgraph.ingest.files import iter_files, read_path
    from vnewsgraph.ingest.parquet import read_parquet_file
    from vnewsgraph.ingest.warc import is_warc, read_warc_file

    p = Path(path)
    if p.is_dir():
        for child in iter_files(p):
            if isinstance(child, InputError):
                yield child
            else:
                yield from read_any(child)
    elif is_warc(p):
        yield from read_warc_file(p)
    elif p.suffix.lower() == ".parquet":
        yield from read_parquet_file(p)
    else:
        yield from read_path(p)


def _chunk_size(size: int, workers: int) -> int:
    return max(MIN_CHUNK, min(MAX_CHUNK, size // max(1, workers * 4) + 1))


def jsonl_shards(path: Path, workers: int, chunk: int | None = None) -> Iterator[Shard]:
    """Byte ranges of a JSON Lines file cut at line ends, with their first line numbers.

    One pass over the file counts newlines (about a second per GB); nothing
    but the current 8 MB block is held in memory.
    """
    size = path.stat().st_size
    chunk = chunk or _chunk_size(size, workers)
    start, line = 0, 1
    with path.open("rb") as fh:
        first = fh.read(1)
        if first == b"[":  # a JSON array, not lines: one shard
            yield {"kind": "files", "paths": [str(path)]}
            return
        fh.seek(0)
        while start < size:
            target = start + chunk
            if target >= size:
                yield {"kind": "jsonl", "path": str(path), "start": start, "end": size, "line": line}
                return
            fh.seek(target)
            fh.readline()  # move to the next line start
            end = fh.tell()
            yield {"kind": "jsonl", "path": str(path), "start": start, "end": end, "line": line}
            line += _count_newlines(fh, start, end)
            start = end


def _count_newlines(fh: Any, start: int, end: int) -> int:
    fh.seek(start)
    count = 0
    remaining = end - start
    while remaining > 0:
        block = fh.read(min(remaining, MAX_CHUNK))
        if not block:
            break
        count += block.count(b"\n")
        remaining -= len(block)
    fh.seek(end)
    return count


def parquet_shards(path: Path, workers: int) -> Iterator[Shard]:
    from vnewsgraph.ingest.parquet import row_group_offsets

    groups = [g for g, _ in row_group_offsets(path)]
    if not groups:
        return
    per = max(1, len(groups) // max(1, workers * 4))
    for i in range(0, len(groups), per):
        yield {"kind": "parquet", "path": str(path), "row_groups": groups[i : i + per]}


def plan_shards(inputs: list[str], workers: int = 1) -> Iterator[Shard]:
    """Shards covering every input, in input order."""
    from vnewsgraph.ingest.files import iter_files

    pending: list[str] = []

    def flush() -> Iterator[Shard]:
        if pending:
            yield {"kind": "files", "paths": list(pending)}
            pending.clear()

    for raw in inputs:
        path = Path(raw)
        files: list[Path | InputError] = list(iter_files(path)) if path.is_dir() else [path]
        for f in files:
            if isinstance(f, InputError) or not f.is_file():
                pending.append(str(f.source if isinstance(f, InputError) else f))
                continue
            name = f.name.lower()
            if name.endswith(JSONL_STREAM_SUFFIXES):
                yield from flush()
                yield from jsonl_shards(f, workers)
            elif name.endswith(".parquet"):
                yield from flush()
                yield from parquet_shards(f, workers)
            else:
                pending.append(str(f))
                if len(pending) >= FILES_PER_SHARD:
                    yield from flush()
    yield from flush()


def read_shard(shard: Shard) -> Iterator[Article | InputError]:
    """The articles (and errors) in one shard."""
    kind = shard["kind"]
    if kind == "jsonl":
        from vnewsgraph.ingest.jsonl import iter_jsonl_lines

        path = shard["path"]
        with open(path, "rb") as fh:
            fh.seek(shard["start"])
            lines = _lines_until(fh, shard["end"])
            # Blank lines are skipped but counted: leading ones give the shard's line numbers.
            numbered = itertools.chain(itertools.repeat(b"", shard["line"] - 1), lines)
            yield from iter_jsonl_lines(numbered, path)
    elif kind == "parquet":
        from vnewsgraph.ingest.parquet import read_parquet_file

        yield from read_parquet_file(shard["path"], row_groups=shard["row_groups"])
    elif kind == "files":
        for p in shard["paths"]:
            yield from read_any(p)
    else:  # pragma: no cover - shards are made by plan_shards
        raise ValueError(f"unknown shard kind {kind!r}")


def _lines_until(fh: Any, end: int) -> Iterator[bytes]:
    while fh.tell() < end:
        line = fh.readline()
        if not line:
            return
        yield line
