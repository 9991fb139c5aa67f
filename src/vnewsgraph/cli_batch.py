"""Commands for large corpora and feeds: ``batch extract``, ``batch load``, ``watch``."""

from __future__ import annotations

import re
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from vnewsgraph.cli import app, db_url
from vnewsgraph.errors import InputError, VnewsgraphError
from vnewsgraph.model import Article

batch_app = typer.Typer(
    name="batch",
    help="Corpora beyond one machine: extract with Ray to Parquet, bulk-load into the knowledge base.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")
err = Console(stderr=True)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_duration(text: str) -> float:
    """Seconds in ``15m``, ``30s``, ``1.5h``, ``2d`` or a bare number of seconds."""
    m = _DURATION.match(text)
    if not m or float(m.group(1)) <= 0:
        raise typer.BadParameter(f"{text!r} is not a duration such as 30s, 15m, 1h")
    return float(m.group(1)) * _UNIT_SECONDS[(m.group(2) or "s").lower()]


def _open_store(url: str) -> Any:
    from vnewsgraph.kb.store import open_store

    return open_store(url)


def _fail(exc: VnewsgraphError) -> typer.Exit:
    err.print(f"[red]error[/red] {exc}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


@batch_app.command("extract")
def batch_extract(
    inputs: Annotated[list[str], typer.Argument(help="JSONL, Parquet, WARC files or folders")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Parquet file to write the records to")],
    ray_address: Annotated[
        str | None, typer.Option("--ray-address", help="Ray cluster: auto or ray://host:10001 (default: start a local Ray)")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, help="Extraction tasks at once (default: all CPUs)")
    ] = None,
) -> None:
    """Run the per-document pipeline as a Ray Data job; write contract-v1 records to Parquet."""
    from vnewsgraph.batch.ray_pipeline import BatchResult, run_extract

    started = time.monotonic()
    last = [0.0]

    def progress(result: BatchResult) -> None:
        now = time.monotonic()
        if now - last[0] >= 5:
            last[0] = now
            rate = result.documents / max(now - started, 1e-9)
            err.print(f"{result.documents:,} documents, {result.failed:,} failed ({rate:,.1f} docs/s)", highlight=False)

    try:
        result = run_extract(inputs, out, address=ray_address, workers=workers, on_progress=progress)
    except VnewsgraphError as exc:
        raise _fail(exc) from None
    elapsed = time.monotonic() - started
    for message in result.errors[:50]:
        err.print(f"[red]error[/red] {message}", highlight=False, soft_wrap=True)
    if result.failed > 50:
        err.print(f"… and {result.failed - 50:,} more errors", highlight=False)
    err.print(
        f"wrote {result.documents:,} records to {out} in {elapsed:.1f} s "
        f"({result.documents / max(elapsed, 1e-9):,.1f} docs/s); {result.failed:,} input(s) failed",
        highlight=False,
    )
    if result.failed:
        raise typer.Exit(1)


@batch_app.command("load")
def batch_load(
    path: Annotated[Path, typer.Argument(help="Parquet file (or folder of files) written by `batch extract`")],
    db: Annotated[str | None, typer.Option("--db", help="Store URL or path (default: the global --db)")] = None,
    resolve: Annotated[bool, typer.Option("--resolve/--no-resolve", help="Run cross-document resolution")] = True,
) -> None:
    """Bulk-load extracted records into the knowledge base, then resolve across documents."""
    from vnewsgraph.batch.ray_pipeline import load_records
    from vnewsgraph.batch.records import check_output

    started = time.monotonic()
    try:
        check_output(path)  # a wrong path fails before the store is opened
        store = _open_store(db or db_url())
        try:
            count = load_records(path, store, resolve=resolve)
        finally:
            store.close()
    except VnewsgraphError as exc:
        raise _fail(exc) from None
    err.print(f"loaded {count:,} documents from {path} in {time.monotonic() - started:.1f} s", highlight=False)


class _StopFlag:
    """Set by SIGINT/SIGTERM; a second Ctrl-C interrupts at once."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._previous[sig] = signal.signal(sig, self._handle)

    def restore(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum: int, frame: Any) -> None:
        if self.event.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        err.print("stopping after the current article…", highlight=False)
        self.event.set()


def watch_feeds(
    feeds: list[str], store: Any, every: float, rounds: int | None = None, stop: threading.Event | None = None
) -> dict[str, int]:
    """Fetch the feeds, store what is new (one transaction per article), wait, repeat until stopped."""
    from vnewsgraph.ingest.web import WebReader
    from vnewsgraph.nlp.pipeline import Pipeline

    stop = stop or threading.Event()
    pipeline = Pipeline()
    reader = WebReader()
    reader.should_stop = stop.is_set
    totals = {"rounds": 0, "new": 0, "unchanged": 0, "duplicate": 0, "failed": 0}
    try:
        while not stop.is_set():
            counts = {"new": 0, "unchanged": 0, "duplicate": 0, "failed": 0}
            for feed in feeds:
                for item in reader.read(feed):
                    if isinstance(item, InputError):
                        counts["failed"] += 1
                        err.print(f"[red]error[/red] {item}", highlight=False, soft_wrap=True)
                    elif isinstance(item, Article):
                        try:
                            result = store.ingest_article(item, pipeline)
                        except VnewsgraphError as exc:
                            counts["failed"] += 1
                            err.print(f"[red]error[/red] {item.source}: {exc}", highlight=False, soft_wrap=True)
                            continue
                        status = str(getattr(result, "status", "new"))
                        counts[status if status in counts else "new"] += 1
                    # No break here on stop: the reader marks the stored article seen, then
                    # stops before fetching the next entry (reader.should_stop).
                if stop.is_set():
                    break
            totals["rounds"] += 1
            for key, value in counts.items():
                totals[key] += value
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            err.print(
                f"{stamp} round {totals['rounds']}: {counts['new']} new, {counts['duplicate']} duplicate, "
                f"{counts['unchanged']} unchanged, {counts['failed']} failed",
                highlight=False,
            )
            if rounds is not None and totals["rounds"] >= rounds:
                break
            stop.wait(every)
    finally:
        reader.close()
    return totals


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS/Atom feed (or article) URLs")],
    every: Annotated[str, typer.Option("--every", help="Time between rounds: 30s, 15m, 1h")] = "15m",
    rounds: Annotated[int | None, typer.Option("--rounds", min=1, help="Stop after this many rounds")] = None,
) -> None:
    """Fetch feeds on a schedule and store what is new, until Ctrl-C or SIGTERM."""
    interval = parse_duration(every)
    bad = [f for f in feeds if not f.startswith(("http://", "https://"))]
    if bad:
        raise typer.BadParameter(f"not http(s) URLs: {', '.join(bad)}")
    flag = _StopFlag()
    try:
        store = _open_store(db_url())
    except VnewsgraphError as exc:
        raise _fail(exc) from None
    flag.install()
    try:
        totals = watch_feeds(feeds, store, interval, rounds=rounds, stop=flag.event)
    finally:
        flag.restore()
        store.close()
    err.print(
        f"stopped after {totals['rounds']} round(s): {totals['new']} new article(s) stored, {totals['failed']} failure(s)",
        highlight=False,
    )
    sys.stdout.flush()
