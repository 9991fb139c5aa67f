"""Benchmark of `batch extract`: streaming memory on a large JSONL, docs/s with 1 and 2 workers.

    .venv/bin/python benchmarks/bench_batch.py                 # 1 GB input, 3,000-document slice
    .venv/bin/python benchmarks/bench_batch.py --gb 0.1 --docs 500 --out /tmp/batch.md

1. Generates a synthetic Vietnamese JSONL corpus of ``--gb`` GB under
   ``--tmp`` (deleted at the end unless ``--keep``).
2. Streaming memory: in a fresh process each, reads the whole file with
   ``read_path`` (what ``ingest``/``extract`` do) and with the batch shard
   reader (what Ray read tasks do), recording peak RSS; and the same on a
   tenth of the file, to show that the peak does not grow with the input.
3. Throughput: on the first ``--docs`` documents, the plain sequential
   pipeline (no Ray) and ``batch extract`` on a local Ray with 1 and 2
   workers, each in a fresh process (Ray start-up timed separately); peak RSS
   of the driver and of the whole Ray process tree sampled every 0.2 s.
4. Writes a Markdown report (``--out``, default benchmarks/results/batch.md).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

# Child programs: each prints one JSON line with its measurements. Peak memory is the
# process's VmHWM (resident high-water mark of this process image; unlike ru_maxrss it
# does not carry over the parent's peak through fork + exec).
PEAK = r"""
def peak_rss_mb():
    with open("/proc/self/status") as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:")) / 1024
"""

READER_CHILD = PEAK + r"""
import json, sys, time
from vnewsgraph.model import Article
mode, path = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
n = errors = 0
if mode == "read_path":
    from vnewsgraph.ingest.files import read_path
    items = read_path(path)
else:
    from vnewsgraph.batch.sources import plan_shards, read_shard
    items = (item for shard in plan_shards([path], 2) for item in read_shard(shard))
for item in items:
    if isinstance(item, Article):
        n += 1
    else:
        errors += 1
elapsed = time.perf_counter() - t0
print(json.dumps({"mode": mode, "articles": n, "errors": errors, "seconds": elapsed, "peak_rss_mb": peak_rss_mb()}))
"""

SEQUENTIAL_CHILD = PEAK + r"""
import json, sys, time
from vnewsgraph.ingest.files import read_path
from vnewsgraph.model import Article
from vnewsgraph.nlp.pipeline import Pipeline
pipe = Pipeline()
t0 = time.perf_counter()
n = 0
for item in read_path(sys.argv[1]):
    if isinstance(item, Article):
        pipe.extract(item).to_json()
        n += 1
elapsed = time.perf_counter() - t0
print(json.dumps({"docs": n, "seconds": elapsed, "docs_per_s": n / elapsed, "peak_rss_mb": peak_rss_mb()}))
"""

RAY_CHILD = r"""
import json, os, sys, threading, time
import ray
workers, path, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]

def rss_tree_mb(root):
    children = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(pid))
    total, own, stack = 0, 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/status") as fh:
                kb = next(int(l.split()[1]) for l in fh if l.startswith("VmRSS:"))
        except (OSError, StopIteration):
            kb = 0
        total += kb
        if pid == root:
            own = kb
        stack.extend(children.get(pid, []))
    return own / 1024, total / 1024

peak = {"driver": 0.0, "tree": 0.0}
stop = threading.Event()
def sample():
    while not stop.is_set():
        own, tree = rss_tree_mb(os.getpid())
        peak["driver"] = max(peak["driver"], own)
        peak["tree"] = max(peak["tree"], tree)
        stop.wait(0.2)
threading.Thread(target=sample, daemon=True).start()

t0 = time.perf_counter()
ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, object_store_memory=512 * 1024 * 1024)
startup = time.perf_counter() - t0
from vnewsgraph.batch.ray_pipeline import run_extract
t1 = time.perf_counter()
result = run_extract([path], out, workers=workers)
elapsed = time.perf_counter() - t1
stop.set()
ray.shutdown()
print(json.dumps({"workers": workers, "docs": result.documents, "failed": result.failed,
                  "ray_start_s": startup, "seconds": elapsed, "docs_per_s": result.documents / elapsed,
                  "peak_driver_rss_mb": peak["driver"], "peak_tree_rss_mb": peak["tree"],
                  "first_error": result.errors[0] if result.errors else None}))
"""


def run_child(code: str, *args: str, timeout: float = 3600) -> dict:
    env = {**os.environ, "RAY_DEDUP_LOGS": "0", "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run(
        [PY, "-c", code, *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=str(ROOT)
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    last = [line for line in proc.stdout.splitlines() if line.startswith("{")][-1]
    result: dict = json.loads(last)
    result["load_avg_1m"] = round(os.getloadavg()[0], 2)  # other work on the machine, at the end of the run
    return result


def median_run(runs: list[dict]) -> dict:
    """The run with the median docs/s, with every run's docs/s alongside."""
    ordered = sorted(runs, key=lambda r: r["docs_per_s"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["all_docs_per_s"] = [round(r["docs_per_s"], 1) for r in runs]
    chosen["all_load_avg"] = [r.get("load_avg_1m") for r in runs]
    return chosen


def jsonl_to_parquet(src: Path, dst: Path, rows_per_group: int = 20_000) -> None:
    """Convert a JSONL corpus to Parquet, streamed (one row group in memory at a time)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.string()) for c in ("text", "title", "url", "published", "outlet")])
    rows: list[dict] = []
    with src.open("rb") as fin, pq.ParquetWriter(str(dst), schema, compression="zstd") as writer:
        for line in fin:
            rows.append(json.loads(line))
            if len(rows) >= rows_per_group:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def write_big_warc(articles_jsonl: Path, dst: Path, blob: Path, big_mb: int) -> int:
    """A gzipped WARC: one HTML response per article, with a large binary response in the middle."""
    import html
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with blob.open("wb") as fh:
        chunk = os.urandom(1 << 20)  # incompressible, so the archive really is that large
        for _ in range(big_mb):
            fh.write(chunk)
    n = 0
    with dst.open("wb") as out, articles_jsonl.open("rb") as fin:
        writer = WARCWriter(out, gzip=True)
        for i, line in enumerate(fin):
            obj = json.loads(line)
            paras = "".join(f"<p>{html.escape(p)}</p>" for p in obj["text"].split("\n\n"))
            body = f'<html><head><meta charset="utf-8"><title>Tin {i}</title></head><body><article>{paras}</article></body></html>'
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://tin-tuc-mau.vn/bai/{i}.html", "response", payload=io.BytesIO(body.encode()), http_headers=headers
                )
            )
            n += 1
            if i == 10:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "video/mp4")], protocol="HTTP/1.1")
                with blob.open("rb") as payload:
                    writer.write_record(
                        writer.create_warc_record(
                            "https://tin-tuc-mau.vn/video.mp4", "response", payload=payload, http_headers=headers
                        )
                    )
    blob.unlink()
    return n


def head_lines(src: Path, dst: Path, lines: int | None = None, fraction: float | None = None) -> int:
    limit = int(src.stat().st_size * fraction) if fraction else None
    n = size = 0
    with src.open("rb") as fin, dst.open("wb") as fout:
        for line in fin:
            if (lines is not None and n >= lines) or (limit is not None and size >= limit):
                break
            fout.write(line)
            n += 1
            size += len(line)
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gb", type=float, default=1.0, help="size of the generated JSONL input in GB")
    ap.add_argument("--docs", type=int, default=3000, help="documents in the throughput slice")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--tmp", type=Path, default=Path("/tmp/vnewsgraph-bench-batch"))
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "batch.md")
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    ap.add_argument("--warc-blob-mb", type=int, default=300, help="size of the binary record in the test WARC")
    ap.add_argument("--repeat", type=int, default=3, help="runs per throughput configuration (median reported)")
    ap.add_argument(
        "--reuse-memory", type=Path, help="take the input and memory sections from an earlier run's JSON (skips the big file)"
    )
    ap.add_argument("--report-from", type=Path, help="only re-render the report from an earlier run's JSON")
    args = ap.parse_args()
    if args.report_from:
        args.out.write_text(report(json.loads(args.report_from.read_text("utf-8")), args), "utf-8")
        print(f"wrote {args.out}")
        return

    sys.path.insert(0, str(ROOT / "src"))
    from vnewsgraph.batch.synthetic import write_jsonl

    args.tmp.mkdir(parents=True, exist_ok=True)
    big = args.tmp / "corpus.jsonl"
    results: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    try:
        sample = args.tmp / "slice.jsonl"
        if args.reuse_memory:
            earlier = json.loads(args.reuse_memory.read_text("utf-8"))
            results["input"], results["memory"] = earlier["input"], earlier["memory"]
            write_jsonl(sample, args.docs)
        else:
            t0 = time.perf_counter()
            n_big = write_jsonl(big, target_bytes=int(args.gb * 1e9))
            results["input"] = {"bytes": big.stat().st_size, "articles": n_big, "generate_s": time.perf_counter() - t0}
            print("generated", results["input"], flush=True)
            tenth = args.tmp / "corpus_tenth.jsonl"
            head_lines(big, tenth, fraction=0.1)
            results["memory"] = []
            for label, path in (("1/10 of the input", tenth), ("whole input", big)):
                for mode in ("read_path", "shards"):
                    r = run_child(READER_CHILD, mode, str(path))
                    r.update({"input": label, "bytes": path.stat().st_size})
                    results["memory"].append(r)
                    print("memory", r, flush=True)
            tenth.unlink()
            head_lines(big, sample, lines=args.docs)
            pq_path = args.tmp / "corpus.parquet"
            jsonl_to_parquet(big, pq_path)
            big.unlink()
            warc = args.tmp / "crawl.warc.gz"
            n_pages = write_big_warc(sample, warc, args.tmp / "blob.bin", big_mb=args.warc_blob_mb)
            for label, path in (("Parquet of the whole input", pq_path), (f"WARC: {n_pages:,} pages + one {args.warc_blob_mb} MB binary record", warc)):
                r = run_child(READER_CHILD, "read_path", str(path))
                r.update({"input": label, "bytes": path.stat().st_size})
                results["memory"].append(r)
                print("memory", r, flush=True)
            pq_path.unlink()
            warc.unlink()
        results["slice"] = {"articles": sum(1 for _ in sample.open("rb")), "bytes": sample.stat().st_size}
        runs = [run_child(SEQUENTIAL_CHILD, str(sample)) for _ in range(args.repeat)]
        results["sequential"] = median_run(runs)
        print("sequential", results["sequential"], flush=True)
        results["ray"] = []
        for w in args.workers:
            runs = []
            for i in range(args.repeat):
                r = run_child(RAY_CHILD, str(w), str(sample), str(args.tmp / f"out_{w}_{i}.parquet"))
                if r["failed"]:
                    raise RuntimeError(f"batch extract failed on {r['failed']} documents: {r['first_error']}")
                runs.append(r)
            results["ray"].append(median_run(runs))
            print("ray", results["ray"][-1], flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(args.tmp, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report(results, args), "utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=1), "utf-8")
    print(f"wrote {args.out}")


def report(r: dict, args: argparse.Namespace) -> str:
    inp = r["input"]
    lines = [
        "# `batch extract` benchmark",
        "",
        f"Run: `.venv/bin/python benchmarks/bench_batch.py --gb {args.gb} --docs {args.docs}` on {r['machine']}"
        f" ({r.get('when') or time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}). The machine's 2 cores are shared with other"
        " work, so docs/s are indicative, not precise.",
        "",
        f"Input: synthetic Vietnamese news (`vnewsgraph.batch.synthetic`), {inp['bytes'] / 1e9:.2f} GB of JSON Lines,"
        f" {inp['articles']:,} articles (generated under /tmp in {inp['generate_s']:.0f} s, deleted after).",
        "",
        "## Streaming memory (reading only, fresh process each)",
        "",
        "| input | reader | articles | seconds | peak RSS (MB) |",
        "|---|---|---:|---:|---:|",
    ]
    for m in r["memory"]:
        reader = "`read_path` (ingest / extract)" if m["mode"] == "read_path" else "batch shards (Ray read tasks), in turn"
        lines.append(
            f"| {m['input']} ({m['bytes'] / 1e6:,.0f} MB) | {reader} | {m['articles']:,} | {m['seconds']:.1f} |"
            f" {m['peak_rss_mb']:.0f} |"
        )
    by = {(m["input"], m["mode"]): m["peak_rss_mb"] for m in r["memory"]}
    jl_small, jl_big = by.get(("1/10 of the input", "read_path")), by.get(("whole input", "read_path"))
    if jl_small and jl_big:
        lines += [
            "",
            f"Reading JSON Lines, peak memory is {jl_small:.0f} MB on a tenth of the input and {jl_big:.0f} MB on all"
            " of it: flat, one line at a time. The batch shard reader adds a constant (pyarrow and Ray Data are"
            " imported). Parquet is read one batch at a time but pyarrow decodes a whole row group (20,000 rows"
            " here), so its peak is bounded by the row-group size, not by the file size. In the WARC, non-HTML"
            " records (the large binary one) are read through in small blocks and never held whole.",
        ]
    seq = r["sequential"]
    lines += [
        "",
        f"## Extraction throughput ({r['slice']['articles']:,}-document slice, {r['slice']['bytes'] / 1e6:.1f} MB)",
        "",
        f"Median of {args.repeat} runs (each in a fresh process); every run's docs/s, and the machine's 1-minute"
        " load average at the end of each run (other engineers' work on the same 2 cores), in the last columns.",
        "",
        "| how | workers | docs/s | seconds | Ray start (s) | peak driver RSS (MB) |"
        " peak RSS of driver + Ray processes (MB) | docs/s of each run | load average |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
        f"| sequential `Pipeline` (no Ray) | 1 | {seq['docs_per_s']:.1f} | {seq['seconds']:.1f} | – |"
        f" {seq['peak_rss_mb']:.0f} | – | {', '.join(map(str, seq['all_docs_per_s']))} |"
        f" {', '.join(map(str, seq.get('all_load_avg', [])))} |",
    ]
    for x in r["ray"]:
        lines.append(
            f"| `batch extract` (local Ray) | {x['workers']} | {x['docs_per_s']:.1f} | {x['seconds']:.1f} |"
            f" {x['ray_start_s']:.1f} | {x['peak_driver_rss_mb']:.0f} | {x['peak_tree_rss_mb']:.0f} |"
            f" {', '.join(map(str, x['all_docs_per_s']))} | {', '.join(map(str, x.get('all_load_avg', [])))} |"
        )
    if len(r["ray"]) >= 2:
        one, two = r["ray"][0], r["ray"][-1]
        lines += [
            "",
            f"With {two['workers']} workers `batch extract` runs at {two['docs_per_s'] / one['docs_per_s']:.2f}× its"
            f" {one['workers']}-worker speed and {two['docs_per_s'] / seq['docs_per_s']:.2f}× the sequential pipeline."
            " On this machine that is far from 2×, and the load averages say why: the two cores were shared with"
            " several other processes (a load of 4–7 means each runnable process got well under one core), and"
            " the Ray driver, raylet and read tasks need CPU too. We could not have the machine to ourselves;"
            " on an idle 2-core machine we would expect about 1.5–1.8× (not measured); for more cores, see below. Ray costs a few seconds to start and about 1.3 GB of memory for"
            " its processes (driver, GCS, raylet, one worker per CPU with the pipeline loaded), independent of the"
            " corpus size: worth it from tens of thousands of documents up, or when a cluster is at hand; below"
            " that, `vnewsgraph extract` on one core is as fast.",
        ]
    lines += ["", SCALING.strip(), ""]
    return "\n".join(lines)


SCALING = textwrap.dedent(
    """
    ## How it scales on a cluster, and why

    * **Extraction is embarrassingly parallel.** Each document is processed on its own by the same
      `Pipeline` as `vnewsgraph extract`; a worker loads it once and keeps it. Nothing is shared between
      documents until `batch load`, so throughput grows with the number of CPU cores, close to
      linearly, until something else saturates: expect roughly *sequential docs/s × cores × 0.8–0.9*
      (Ray task scheduling and Arrow (de)serialisation of each batch cost a few per cent; with 64
      documents per task that overhead is amortised).
    * **Reading is split from extraction.** The driver cuts JSON Lines into line-aligned byte ranges
      (one newline-counting pass, about a second per GB), Parquet into row groups and folders into
      groups of files; read tasks (½ CPU) turn shards into article blocks that extraction tasks (1 CPU,
      at most `--workers` at once) consume, so one large file still spreads over the whole cluster.
      A single WARC file is one shard (gzip members cannot be located without reading); crawls are
      usually many WARC files, which spread.
    * **Memory stays flat.** Every stage streams; Ray Data keeps a bounded number of blocks in flight
      (back-pressure), and the driver writes each finished batch to the Parquet file straight away, so
      driver memory does not grow with the corpus (see the tables above).
    * **Where it stops scaling.** (1) The driver writes one Parquet file: at some tens of thousands of
      docs/s the single writer (and the network to it) becomes the limit; (2) inputs must be on storage
      every node can read (NFS, S3 through a mounted path), and that storage's bandwidth bounds reading;
      (3) `batch load` is one PostgreSQL COPY stream plus cross-document resolution on one machine —
      resolution, not extraction, is then the slow step for very large corpora.
    * **Same command, bigger cluster.** `vnewsgraph batch extract corpus/ --out out.parquet
      --ray-address auto` runs unchanged on a Ray cluster; `--workers` caps concurrent extraction tasks
      (default: all CPUs of the cluster). Checked here against a separately started Ray head
      (`ray start --head --port 6390`, then `--ray-address HOST:6390`, with `RAY_AUTH_MODE=token` as that
      head uses token authentication): 300 records, identical to `vnewsgraph extract`'s. Every node
      needs vnewsgraph installed (same version) and read access to the input paths.
    """
)


if __name__ == "__main__":
    main()
