"""Shared fixtures: the sample corpus beside the project, a loaded pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VNEWSGRAPH_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the sample corpus is missing: {SEEDS} (../shared must sit beside the project)")
    return SHARED


@pytest.fixture(scope="session")
def seed_files(shared_dir: Path) -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def pipeline():
    from vnewsgraph import Pipeline

    return Pipeline()
