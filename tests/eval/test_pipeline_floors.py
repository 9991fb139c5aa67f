"""Quality gate on the whole pipeline: the issues' floors on the development gold
(shared/gold/seeds) and pinned floors on our own held-back articles
(data/heldout: real news on other topics, never used to write rules), so that
accuracy cannot drop unnoticed. Each failure prints the scorer's error list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD, ROOT, SEEDS
from tests.eval.scoring import score_folder

HELDOUT = ROOT / "data" / "heldout"
HELDOUT2 = ROOT / "data" / "heldout2"
DEV = ROOT / "data" / "dev"


@pytest.fixture(scope="module")
def seeds_score(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> dict[str, Any]:
    return score_folder(SEEDS, GOLD, tmp_path_factory.mktemp("seeds"))


@pytest.fixture(scope="module")
def heldout_score(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> dict[str, Any]:
    return score_folder(HELDOUT / "corpus", HELDOUT / "gold", tmp_path_factory.mktemp("heldout"))


def test_seed_floors_from_the_issues(seeds_score: dict[str, Any]) -> None:
    s = seeds_score
    log = s["log"]
    assert not s["missing_predictions"]
    assert s["bad_spans"] == 0, log
    assert s["entities"]["f1"] >= 0.92, log
    for t in ("PERSON", "ORGANIZATION", "LOCATION"):
        assert s["entities_by_type"][t]["f1"] >= 0.88, (t, log)
    assert s["facts"]["f1"] >= 0.92, log
    for field in ("kind", "qualifier", "period"):
        assert s["accuracy"][field] >= 0.9, (field, log)
    assert s["events"]["f1"] >= 0.80, log
    assert s["accuracy"]["status"] >= 0.9, log
    assert s["published_accuracy"] == 1.0, log


def test_heldout_floors(heldout_score: dict[str, Any]) -> None:
    s = heldout_score
    log = s["log"]
    assert not s["missing_predictions"]
    assert s["bad_spans"] == 0, log
    assert s["entities"]["f1"] >= 0.85, log
    assert s["facts"]["f1"] >= 0.92, log
    assert s["events"]["f1"] >= 0.70, log
    assert s["published_accuracy"] == 1.0, log


@pytest.mark.parametrize("folder", [HELDOUT2, DEV], ids=["heldout2", "dev"])
def test_other_annotated_sets(folder: Path, tmp_path: Path, shared_dir: Path) -> None:
    """Floors on the second held-back set and the development set of real articles."""
    s = score_folder(folder / "corpus", folder / "gold", tmp_path)
    log = s["log"]
    assert s["bad_spans"] == 0, log
    assert s["entities"]["f1"] >= 0.92, log
    assert s["facts"]["f1"] >= 0.92, log
    assert s["events"]["f1"] >= 0.80, log
