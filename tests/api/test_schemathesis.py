"""Property-based run of every operation in the OpenAPI spec: no input may produce a 500.

Runs against the ASGI app over a real store built from the sample corpus when
the knowledge-base package is there, else over the in-memory fake. Bounded
examples keep it under a minute.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.api.conftest import API_KEY, no_network_fetch
from tests.api.fake_repo import FakeRepository, FakeStore
from vnewsgraph.api.app import create_app
from vnewsgraph.config import Settings

HAVE_KB = importlib.util.find_spec("vnewsgraph.kb.query") is not None
EXAMPLES = 25


@pytest.fixture(scope="module")
def fuzz_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    overrides = {"api_key": API_KEY, "max_page_size": 100}
    if HAVE_KB:
        seed_db: Path = request.getfixturevalue("seed_store_path")
        db = tmp_path_factory.mktemp("fuzz") / "kb.db"
        shutil.copy(seed_db, db)
        return create_app(Settings.load(overrides={**overrides, "db": str(db)}, environ={}), fetch=no_network_fetch)
    repo = FakeRepository()
    return create_app(Settings.load(overrides=overrides, environ={}), store=FakeStore(repo), repo=repo,
                      fetch=no_network_fetch)


def test_no_server_errors(fuzz_app: Any) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    failures: list[str] = []
    for op in operations:

        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def run(case: Any) -> None:
            case.call_and_validate(headers={"X-API-Key": API_KEY}, checks=[not_a_server_error])

        try:
            run()
        except Exception as exc:  # collect every failing operation, then report them all
            failures.append(f"{op.method.upper()} {op.path}: {str(exc)[:800]}")
    assert not failures, "\n\n".join(failures)
