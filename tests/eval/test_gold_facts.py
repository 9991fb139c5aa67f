"""Eval gate: the pipeline's facts on the seed documents, scored by
shared/tools/score_extraction.py against the seed gold.

Floors are pinned slightly below what the extractor achieves, so that a
regression fails the build.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD
from tests.eval.scoring import load_scorer

FACT_F1_FLOOR = 0.95
FIELD_ACCURACY_FLOOR = 0.94


_scorer = load_scorer


@pytest.fixture(scope="module")
def scored(pipeline: Any, seed_files: list[Path]) -> dict[str, Any]:
    scorer = _scorer()
    total = scorer.Tally()
    secondary: dict[str, list[int]] = {}
    log: list[str] = []
    for path in seed_files:
        gold_path = GOLD / f"{path.name}.json"
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        pred = pipeline.extract(path).to_dict()
        tally, sec = scorer.score_facts(gold, pred, log)
        total.add(tally)
        for field, (right, count) in sec.items():
            acc = secondary.setdefault(field, [0, 0])
            acc[0] += right
            acc[1] += count
    return {"prf": total.prf(), "secondary": secondary, "log": log}


def test_fact_f1_on_seeds(scored: dict[str, Any]) -> None:
    assert scored["prf"]["f1"] >= FACT_F1_FLOOR, (scored["prf"], "\n".join(scored["log"]))


@pytest.mark.parametrize("field", ["kind", "qualifier", "period"])
def test_fact_field_accuracy_on_seeds(scored: dict[str, Any], field: str) -> None:
    right, count = scored["secondary"].get(field, [0, 0])
    assert count > 0
    assert right / count >= FIELD_ACCURACY_FLOOR, (field, right, count, "\n".join(scored["log"]))
