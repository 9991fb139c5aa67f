"""``batch extract`` as a Ray Data job: shards -> articles -> contract-v1 records -> Parquet.

Plan (every stage streams; Ray Data keeps a bounded number of blocks in flight):

1. the driver cuts the inputs into shards (:mod:`vnewsgraph.batch.sources`);
2. read tasks (half a CPU each) turn a shard into articles, in blocks of
   ``READ_BLOCK_ROWS`` rows;
3. extraction tasks (one CPU each, at most ``workers`` at once) run the same
   :class:`vnewsgraph.Pipeline` as ``vnewsgraph extract`` on batches of
   ``EXTRACT_BATCH_ROWS`` documents; the pipeline is loaded once per worker
   process;
4. the driver writes the records, in input order, to one Parquet file.

Reading and extraction are separate stages (different CPU requests keep Ray
from fusing them), so a single large input still spreads over all workers.
Without an address a local Ray instance is started (and stopped after); with
``auto`` or ``ray://host:10001`` the same job runs on a cluster.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from vnewsgraph.batch.records import OUTPUT_SCHEMA, WRITTEN_COLUMNS, extract_table, items_to_table
from vnewsgraph.batch.sources import Shard, plan_shards, read_shard
from vnewsgraph.errors import ConfigError, InputError, MissingDependencyError

READ_BLOCK_ROWS = 64
EXTRACT_BATCH_ROWS = 64
LOCAL_OBJECT_STORE_BYTES = 512 * 1024 * 1024
MAX_KEPT_ERRORS = 1000


@dataclass(slots=True)
class BatchResult:
    documents: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    out: str = ""


def read_shards_udf(batch: pa.Table) -> Iterator[pa.Table]:
    """Ray stage 2: shard descriptions in, blocks of articles out."""
    for value in batch.column("shard").to_pylist():
        shard: Shard = json.loads(value)
        pending: list[Any] = []
        for item in read_shard(shard):
            pending.append(item)
            if len(pending) >= READ_BLOCK_ROWS:
                yield items_to_table(pending)
                pending = []
        if pending:
            yield items_to_table(pending)


def extract_udf(batch: pa.Table) -> pa.Table:
    """Ray stage 3: articles in, contract-v1 records out."""
    return extract_table(batch)


class RaySession:
    """``with RaySession(address, workers):`` starts a local Ray unless one is running or an address is given."""

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        self.address = address
        self.workers = workers
        self.started = False

    def __enter__(self) -> RaySession:
        try:
            import ray
        except ImportError as exc:  # pragma: no cover - ray is a dependency
            raise MissingDependencyError("batch extraction needs Ray: pip install 'ray[data]'") from exc
        if ray.is_initialized():
            return self
        if self.address:
            try:
                ray.init(address=self.address, log_to_driver=False)
            except (ConnectionError, RuntimeError) as exc:
                raise ConfigError(
                    f"cannot connect to the Ray cluster at {self.address}: {str(exc).splitlines()[0]}"
                    " (a cluster with token authentication also needs RAY_AUTH_MODE=token here)"
                ) from exc
        else:
            ray.init(
                num_cpus=self.workers or os.cpu_count() or 1,
                include_dashboard=False,
                log_to_driver=False,
                object_store_memory=LOCAL_OBJECT_STORE_BYTES,
            )
        self.started = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self.started:
            import ray

            ray.shutdown()


def build_dataset(inputs: list[str], workers: int | None) -> Any:
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    shards = [json.dumps(s) for s in plan_shards(inputs, workers or 1)]
    if not shards:
        raise InputError("nothing to read", ", ".join(inputs))
    items = ray.data.from_items([{"shard": s} for s in shards], override_num_blocks=len(shards))
    ds = items.map_batches(read_shards_udf, batch_size=1, batch_format="pyarrow", num_cpus=0.5)
    return ds.map_batches(
        extract_udf,
        batch_size=EXTRACT_BATCH_ROWS,
        batch_format="pyarrow",
        num_cpus=1,
        compute=ray.data.TaskPoolStrategy(size=workers or None),
    )


def run_extract(
    inputs: list[str],
    out: Path | str,
    *,
    address: str | None = None,
    workers: int | None = None,
    on_progress: Callable[[BatchResult], None] | None = None,
) -> BatchResult:
    """Extract every document of ``inputs`` with Ray; write records to the Parquet file ``out``."""
    if any(i == "-" or i.startswith(("http://", "https://")) for i in inputs):
        raise ConfigError("batch extract reads files and folders (JSONL, Parquet, WARC…), not - or URLs")
    if workers is not None and workers < 1:
        raise ConfigError("--workers must be at least 1")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    result = BatchResult(out=str(out))
    written_schema = pa.schema([OUTPUT_SCHEMA.field(n) for n in WRITTEN_COLUMNS])
    try:
        with RaySession(address, workers):
            _write(build_dataset(inputs, workers), tmp, written_schema, result, on_progress)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(out)
    return result


def _write(
    ds: Any, tmp: Path, written_schema: pa.Schema, result: BatchResult, on_progress: Callable[[BatchResult], None] | None
) -> None:
    """Stream the finished batches, in input order, into one Parquet file; collect the errors."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    with pq.ParquetWriter(str(tmp), written_schema, compression="zstd") as writer:
        for table in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            for message in table.column("error").to_pylist():
                if message is not None:
                    result.failed += 1
                    if len(result.errors) < MAX_KEPT_ERRORS:  # count them all, keep the first messages
                        result.errors.append(message)
            ok = table.filter(pc.is_null(table.column("error")))
            ok = ok.filter(pc.is_valid(ok.column("record")))
            if ok.num_rows:
                writer.write_table(ok.select(WRITTEN_COLUMNS).cast(written_schema))
                result.documents += ok.num_rows
            if on_progress is not None:
                on_progress(result)


def load_records(path: Path | str, store: Any, *, resolve: bool = True) -> int:
    """Bulk-load a ``batch extract`` output into a store (then cross-document resolution)."""
    from vnewsgraph.batch.records import read_records

    return int(store.bulk_load(read_records(path), resolve=resolve))
