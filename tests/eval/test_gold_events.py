"""Eval gate: the pipeline's events on the seed documents, scored by
shared/tools/score_extraction.py (imported by path) against the seed gold.

Floors are pinned slightly below what the extractor achieves with the current
entity recognizer, so that a regression fails the build.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD
from tests.eval.scoring import load_scorer

EVENT_F1_FLOOR = 0.94
EVENT_PRECISION_FLOOR = 0.9
STATUS_ACCURACY_FLOOR = 0.9


_scorer = load_scorer


@pytest.fixture(scope="module")
def scored(pipeline: Any, seed_files: list[Path]) -> dict[str, Any]:
    scorer = _scorer()
    total = scorer.Tally()
    status = [0, 0]
    log: list[str] = []
    records: list[dict[str, Any]] = []
    for path in seed_files:
        gold_path = GOLD / f"{path.name}.json"
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        pred = pipeline.extract(path).to_dict()
        records.append(pred)
        doc_log = [f"{path.name}:"]
        tally, sec = scorer.score_events(gold, pred, doc_log)
        total.add(tally)
        right, count = sec.get("status", (0, 0))
        status[0] += right
        status[1] += count
        log += doc_log
    if not records:
        pytest.fail(f"no seed document has gold in {GOLD}")
    return {"prf": total.prf(), "status": status, "log": "\n".join(log), "records": records}


DEV = Path(__file__).resolve().parents[2] / "data" / "dev"
DEV_EVENT_F1_FLOOR = 0.8


def test_event_f1_on_the_dev_set(pipeline: Any) -> None:
    """The project's own development articles (data/dev), when present: a second,
    more varied check (aid drives, phone calls, lists of leaders met)."""
    corpus, gold_dir = DEV / "corpus", DEV / "gold"
    if not gold_dir.is_dir():
        pytest.skip(f"no dev gold in {gold_dir}")
    scorer = _scorer()
    total = scorer.Tally()
    log: list[str] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        path = corpus / gold["doc"]
        if not path.is_file():
            continue
        tally, _ = scorer.score_events(gold, pipeline.extract(path).to_dict(), log)
        total.add(tally)
    prf = total.prf()
    if prf["tp"] + prf["fn"] == 0:
        pytest.skip("the dev gold has no events")
    assert prf["f1"] >= DEV_EVENT_F1_FLOOR, (prf, "\n".join(log))


def test_event_f1_on_seeds(scored: dict[str, Any]) -> None:
    prf = scored["prf"]
    assert prf["f1"] >= EVENT_F1_FLOOR, (prf, scored["log"])
    assert prf["precision"] >= EVENT_PRECISION_FLOOR, (prf, scored["log"])


def test_event_status_accuracy_on_seeds(scored: dict[str, Any]) -> None:
    right, count = scored["status"]
    assert count and right / count >= STATUS_ACCURACY_FLOOR, (right, count, scored["log"])


def test_events_are_well_formed(scored: dict[str, Any]) -> None:
    for record in scored["records"]:
        ids = {e["id"] for e in record["entities"]}
        text = record["document"]["text"]
        for ev in record["events"]:
            assert ev["type"] in {"VISIT", "MEETING", "AGREEMENT", "AID", "STATEMENT", "OTHER"}
            assert ev["status"] in {"occurred", "planned", "ongoing"}
            assert ev["participants"] and all(p["entity"] in ids for p in ev["participants"])
            assert ev["location"] is None or ev["location"] in ids
            assert 0 <= ev["evidence"]["start"] < ev["evidence"]["end"] <= len(text)


def test_timex_and_events_are_fast(pipeline: Any, seed_files: list[Path]) -> None:
    """Time expressions plus events cost about as much as tokenizing (one regex pass),
    a small share of the 100 docs/s budget; measured relative to it so that a loaded
    machine does not fail the test."""
    from vnewsgraph.extract.events import EventExtractor
    from vnewsgraph.nlp.timex import TimexTagger
    from vnewsgraph.nlp.tokens import Tokenizer

    docs = [pipeline.process(a) for p in seed_files for a in _articles(p)]
    timex, events, tokens = TimexTagger(), EventExtractor(), Tokenizer()

    def cost(step: Any) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for doc in docs:
                step(doc)
            best = min(best, time.perf_counter() - start)
        return best / len(docs)

    ours = cost(lambda d: events(timex(d)))
    baseline = cost(tokens)
    assert ours < max(5 * baseline, 0.002), f"{ours * 1000:.2f} ms per document (tokenizer {baseline * 1000:.2f})"


def _articles(path: Path) -> list[Any]:
    from vnewsgraph.ingest.files import read_path
    from vnewsgraph.model import Article

    return [a for a in read_path(path) if isinstance(a, Article)]
