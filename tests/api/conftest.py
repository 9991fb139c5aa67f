"""Fixtures: an app over the in-memory fake repository, and one over a real store built from the seeds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.fake_repo import FakeRepository, FakeStore
from vnewsgraph.api.app import create_app
from vnewsgraph.config import Settings
from vnewsgraph.errors import FetchError

API_KEY = "test-write-key"


def no_network_fetch(url: str) -> Iterator[Any]:
    yield FetchError("network disabled in tests", url)


@pytest.fixture()
def fake_repo() -> FakeRepository:
    return FakeRepository()


def make_fake_client(repo: FakeRepository, **overrides: Any) -> TestClient:
    settings = Settings.load(overrides={"api_key": API_KEY, **overrides}, environ={})
    app = create_app(settings, store=FakeStore(repo), repo=repo, fetch=no_network_fetch)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture()
def client(fake_repo: FakeRepository) -> TestClient:
    return make_fake_client(fake_repo)


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path]) -> Path:
    """A real SQLite store built from the sample corpus (skipped while the KB package is not there)."""
    store_mod = pytest.importorskip("vnewsgraph.kb.store")
    pytest.importorskip("vnewsgraph.kb.query")
    from vnewsgraph.ingest.files import read_path

    path = tmp_path_factory.mktemp("kb") / "seeds.db"
    store = store_mod.open_store(str(path))
    try:
        for f in seed_files:
            for art in read_path(f):
                if not isinstance(art, Exception):
                    store.ingest_article(art)
    finally:
        store.close()
    return path


@pytest.fixture()
def real_client(seed_store_path: Path, tmp_path: Path) -> Iterator[TestClient]:
    import shutil

    db = tmp_path / "kb.db"
    shutil.copy(seed_store_path, db)
    settings = Settings.load(overrides={"db": str(db), "api_key": API_KEY}, environ={})
    with TestClient(create_app(settings, fetch=no_network_fetch), raise_server_exceptions=False) as c:
        yield c
