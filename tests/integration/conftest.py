"""Store fixtures for the knowledge-base tests, parametrised over SQLite AND PostgreSQL.

``store_url`` / ``store`` / ``repo`` run each test twice: against a fresh
SQLite file and against a fresh schema on the PostgreSQL server named by
``VNEWSGRAPH_TEST_PG`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``).
Every schema created here is dropped at the end of the session.  Without a
server the PostgreSQL runs are skipped with the reason, except under CI
(``CI=true``), where they fail.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PG_URL = os.environ.get("VNEWSGRAPH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def with_search_path(url: str, schema: str) -> str:
    """The URL with libpq ``options`` setting the search_path to ``schema``."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


class PgServer:
    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        self.url = url
        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.prefix = f"vng_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.schemas: list[str] = []

    def new_schema(self) -> str:
        from sqlalchemy import text

        name = f"{self.prefix}_{len(self.schemas)}"
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
        self.schemas.append(name)
        return with_search_path(self.url, name)

    def drop(self, url: str) -> None:
        from sqlalchemy import text

        name = url.rsplit("%3D", 1)[-1]
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))

    def close(self) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            for name in self.schemas:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        self.engine.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        from sqlalchemy import text

        server = PgServer(PG_URL)
        with server.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # no server, no driver, refused…
        reason = f"PostgreSQL not reachable at {PG_URL} (set VNEWSGRAPH_TEST_PG): {exc.__class__.__name__}: {exc}"
        if _in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    yield server
    server.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A URL of an empty store: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kb.db'}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.new_schema()
    yield url
    server.drop(url)


@pytest.fixture
def store(store_url: str) -> Iterator[Any]:
    from vnewsgraph.kb.store import open_store

    st = open_store(store_url)
    yield st
    st.close()


@pytest.fixture
def repo(store: Any) -> Any:
    from vnewsgraph.kb.query import Repository

    return Repository(store)


FEED_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"


def feed_fixture_server() -> Any:
    """tests/fixtures/feeds/fixture_server.py, imported once (a local 127.0.0.1 site)."""
    name = "vng_fixture_server"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, FEED_FIXTURES / "fixture_server.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def site() -> Iterator[Any]:
    """The fixture site of feeds and pages, served on 127.0.0.1 for one test."""
    with feed_fixture_server().FixtureSite() as s:
        yield s
