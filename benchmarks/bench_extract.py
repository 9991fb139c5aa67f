"""Benchmark: the whole vnewsgraph Pipeline vs. ``underthesea.ner`` on the same documents, one core.

    .venv/bin/python benchmarks/bench_extract.py                       # the sample corpus (../shared/corpus/seeds)
    .venv/bin/python benchmarks/bench_extract.py --rounds 15 --out /tmp/extract.md  PATH...

Both tools load their models before timing starts (model loading excluded)
and are warmed up on every document once.  Each round processes every
document once; the reported figure is the median docs/s over the rounds,
with the best and worst round.  ``underthesea.ner`` tags sentences, so it is
fed the document's sentences as vnewsgraph's own splitter finds them (its
splitting is not timed).  The process is pinned to one CPU and BLAS/OpenMP
are held to one thread.  Also reported: the entity recogniser alone (on
documents already split and tokenised), and its share of the pipeline's time.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "seeds"


def pin_one_core() -> str:
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})
        return f"pinned to CPU {cpus[0]}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def rounds_per_second(fn: Callable[[], None], n_docs: int, rounds: int) -> tuple[list[float], list[float]]:
    """docs/s per round by wall-clock time and by the process's CPU time (the latter is what one core
    delivers when the machine is shared: time spent waiting for a CPU is not counted)."""
    wall, cpu = [], []
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(n_docs / (time.perf_counter() - t0))
        cpu.append(n_docs / max(time.process_time() - c0, 1e-9))
    return wall, cpu


def component_costs(pipe: object, articles: Sequence[object], rounds: int) -> dict[str, float]:
    """CPU milliseconds per document spent in each pipeline component (best round)."""
    from vnewsgraph.nlp.pipeline import make_document

    comps = pipe.components  # type: ignore[attr-defined]
    best: dict[str, float] = {}
    for _ in range(max(3, rounds // 3)):
        spent = {"normalize": 0.0, **{c.name: 0.0 for c in comps}}
        for a in articles:
            c0 = time.process_time()
            doc = make_document(a)  # type: ignore[arg-type]
            spent["normalize"] += time.process_time() - c0
            for comp in comps:
                c0 = time.process_time()
                doc = comp(doc)
                spent[comp.name] += time.process_time() - c0
        for k, v in spent.items():
            best[k] = min(best.get(k, 1e9), v)
    return {k: 1000 * v / len(articles) for k, v in best.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the sample corpus)")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--out", type=Path, help="also write a Markdown summary here")
    args = ap.parse_args(argv)

    pinning = pin_one_core()
    from vnewsgraph.ingest.files import read_path
    from vnewsgraph.model import Article
    from vnewsgraph.nlp.entities import EntityRecognizer
    from vnewsgraph.nlp.pipeline import Pipeline, make_document
    from vnewsgraph.nlp.sentences import SentenceSplitter
    from vnewsgraph.nlp.tokens import Tokenizer

    paths = args.paths or [DEFAULT_CORPUS]
    articles = [a for p in paths for a in read_path(p) if isinstance(a, Article)]
    if not articles:
        print(f"no articles in {[str(p) for p in paths]}", file=sys.stderr)
        return 2
    n = len(articles)
    chars = sum(len(a.raw_text) for a in articles)

    # --- model loading (not timed) and warm-up
    pipe = Pipeline()
    for a in articles:
        pipe.process(a)
    splitter, tokenizer, ner = SentenceSplitter(), Tokenizer(), EntityRecognizer()
    split_docs = [tokenizer(splitter(make_document(a))) for a in articles]
    sentences = [[d.text[s.start:s.end] for s in d.sentences] for d in split_docs]
    try:
        from underthesea import ner as uts_ner
    except ImportError:
        uts_ner = None
    if uts_ner is not None:
        for sents in sentences:
            for s in sents:
                uts_ner(s)

    def run_pipeline() -> None:
        for a in articles:
            pipe.process(a)

    def run_ner_only() -> None:
        for d in split_docs:
            ner(d)

    def run_underthesea() -> None:
        assert uts_ner is not None
        for sents in sentences:
            for s in sents:
                uts_ner(s)

    ours_wall, ours = rounds_per_second(run_pipeline, n, args.rounds)
    ner_wall, ner_only = rounds_per_second(run_ner_only, n, args.rounds)
    theirs_wall, theirs = rounds_per_second(run_underthesea, n, max(3, args.rounds // 3)) if uts_ner else ([], [])

    def fmt(xs: list[float]) -> str:
        return f"{statistics.median(xs):8.1f} docs/s (min {min(xs):.1f}, max {max(xs):.1f})"

    lines = [
        f"documents: {n} ({chars:,} characters) from {', '.join(str(p) for p in paths)}",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {pinning},"
        f" load average {os.getloadavg()[0]:.1f}",
        f"rounds: {args.rounds} (underthesea: {len(theirs)}); medians by CPU time, wall-clock medians in brackets",
        f"vnewsgraph Pipeline ({', '.join(pipe.names)}):",
        f"    {fmt(ours)}  [wall {statistics.median(ours_wall):.1f}]",
        f"vnewsgraph EntityRecognizer alone:  {fmt(ner_only)}  [wall {statistics.median(ner_wall):.1f}]",
    ]
    if theirs:
        ratio = statistics.median(ours) / statistics.median(theirs)
        lines.append(f"underthesea.ner (per sentence):     {fmt(theirs)}  [wall {statistics.median(theirs_wall):.1f}]")
        lines.append(f"ratio vnewsgraph Pipeline / underthesea.ner: {ratio:.1f}x")
    else:
        lines.append("underthesea is not installed (pip install -e '.[bench]'): no comparison")
    share = statistics.median(ours) / statistics.median(ner_only)
    lines.append(f"entity recogniser share of pipeline time: {share:.0%}")
    lines.append("per component, CPU ms/doc (best of the rounds): " + ", ".join(
        f"{name} {ms:.2f}" for name, ms in component_costs(pipe, articles, args.rounds).items()))
    print("\n".join(lines))
    if args.out:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        args.out.write_text(f"# extract benchmark ({stamp})\n\n```\n" + "\n".join(lines) + "\n```\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
