"""Eval gate: the recogniser's entities on the seed documents, scored by
shared/tools/score_extraction.py against the seed gold.

Only the components entities need run (sentences, tokens, entities), so a
defect elsewhere in the pipeline does not hide an entity regression.  Floors
are pinned slightly below what the recogniser achieves on the seeds (they are
a development set: the product is measured on unseen news, which the held-out
unit tests in tests/unit/test_entities_heldout.py guard).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD
from tests.eval.scoring import load_scorer

ENTITY_F1_FLOOR = 0.97
TYPE_F1_FLOOR = {"PERSON": 0.96, "ORGANIZATION": 0.95, "LOCATION": 0.96}


_scorer = load_scorer


@pytest.fixture(scope="module")
def scored(seed_files: list[Path]) -> dict[str, Any]:
    from vnewsgraph.extract.contract import Extraction
    from vnewsgraph.ingest.files import read_path
    from vnewsgraph.model import Article
    from vnewsgraph.nlp.entities import EntityRecognizer
    from vnewsgraph.nlp.pipeline import Pipeline
    from vnewsgraph.nlp.sentences import SentenceSplitter
    from vnewsgraph.nlp.tokens import Tokenizer

    pipe = Pipeline([SentenceSplitter(), Tokenizer(), EntityRecognizer()])
    scorer = _scorer()
    by_type: dict[str, Any] = {}
    total = scorer.Tally()
    log: list[str] = []
    bad_spans = 0
    for path in seed_files:
        gold_path = GOLD / f"{path.name}.json"
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        article = next(a for a in read_path(path) if isinstance(a, Article))
        pred = Extraction(pipe.process(article)).to_dict()
        for t, tally in scorer.score_entities(gold, pred, log).items():
            by_type.setdefault(t, scorer.Tally()).add(tally)
            total.add(tally)
        bad_spans += scorer.check_offsets(pred, log)
    return {"all": total.prf(), "by_type": {t: v.prf() for t, v in by_type.items()},
            "log": log, "bad_spans": bad_spans}


def test_entity_f1_on_seeds(scored: dict[str, Any]) -> None:
    assert scored["all"]["f1"] >= ENTITY_F1_FLOOR, (scored["all"], "\n".join(scored["log"]))


@pytest.mark.parametrize("etype", sorted(TYPE_F1_FLOOR))
def test_entity_f1_per_type_on_seeds(scored: dict[str, Any], etype: str) -> None:
    prf = scored["by_type"].get(etype)
    assert prf is not None, f"no {etype} scored"
    assert prf["f1"] >= TYPE_F1_FLOOR[etype], (prf, "\n".join(scored["log"]))


def test_every_mention_is_a_form_of_its_entity(scored: dict[str, Any]) -> None:
    assert scored["bad_spans"] == 0, "\n".join(scored["log"])
