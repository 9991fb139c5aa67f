"""Run the whole pipeline over a folder of articles and score it with the shared scorer."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import SHARED


def score_folder(corpus: Path, gold: Path, tmp: Path) -> dict[str, Any]:
    """Extraction (contract v1) of every file in ``corpus``, scored against ``gold``."""
    from vnewsgraph.ingest.files import read_path
    from vnewsgraph.model import Article
    from vnewsgraph.nlp.pipeline import Pipeline

    scorer = SHARED / "tools" / "score_extraction.py"
    if not scorer.is_file():
        pytest.fail(f"the scorer is missing: {scorer}")
    pipe = Pipeline()
    out = tmp / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(corpus.glob("*.txt")):
            article = next(a for a in read_path(path) if isinstance(a, Article))
            fh.write(pipe.extract(article).to_json() + "\n")
    proc = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(out), "--json"],
        capture_output=True, text=True, check=True,
    )
    result: dict[str, Any] = json.loads(proc.stdout)
    verbose = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(out), "--verbose"],
        capture_output=True, text=True, check=True,
    )
    result["log"] = verbose.stdout
    return result


def load_scorer() -> ModuleType:
    """shared/tools/score_extraction.py imported as a module (its functions score one document)."""
    path = SHARED / "tools" / "score_extraction.py"
    if not path.is_file():
        pytest.fail(f"the scorer is missing: {path}")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
