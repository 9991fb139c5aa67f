"""The same API and pages over a PostgreSQL store (VNEWSGRAPH_TEST_PG; fails in CI without a server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API_KEY, no_network_fetch
from tests.integration.conftest import pg_server  # noqa: F401  (fixture)
from vnewsgraph.api.app import create_app
from vnewsgraph.config import Settings

pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg_client(pg_server: Any, seed_files: list[Path]) -> Iterator[TestClient]:  # noqa: F811
    from vnewsgraph.ingest.files import read_path
    from vnewsgraph.kb.store import open_store

    url = pg_server.new_schema()
    store = open_store(url)
    for f in seed_files:
        for art in read_path(f):
            if not isinstance(art, Exception):
                store.ingest_article(art)
    settings = Settings.load(overrides={"db": url, "api_key": API_KEY}, environ={})
    try:
        with TestClient(create_app(settings, store=store, fetch=no_network_fetch),
                        raise_server_exceptions=False) as client:
            yield client
    finally:
        store.close()
        pg_server.drop(url)


def test_api_and_pages_over_postgres(pg_client: TestClient, seed_files: list[Path]) -> None:
    assert pg_client.get("/api/stats").json()["documents"] == len(seed_files)
    hits = pg_client.get("/api/search", params={"q": "to lam"}).json()["items"]
    assert hits and any("<mark>" in (h.get("snippet") or "") for h in hits)
    for path in ("/", "/search?q=to+lam", "/entities", "/events", "/facts", "/documents", "/graph"):
        assert pg_client.get(path, headers={"accept": "text/html"}).status_code == 200, path
    for section in ("entities", "events", "facts", "documents"):
        for item in pg_client.get(f"/api/{section}", params={"limit": 3}).json()["items"]:
            assert pg_client.get(f"/{section}/{item['id']}", headers={"accept": "text/html"}).status_code == 200
    body = {"text": "Đà Nẵng, 1/10/2026 – <script>alert(1)</script> Thành phố đón 2 triệu lượt khách.",
            "title": "<img src=x onerror=alert(2)>"}
    r = pg_client.post("/api/ingest", json=body, headers={"X-API-Key": API_KEY})
    assert r.status_code == 200, r.text
    did = r.json()["items"][0]["document_id"]
    page = pg_client.get(f"/documents/{did}", headers={"accept": "text/html"}).text
    assert "<script>alert(1)" not in page and "<img src=x" not in page and "&lt;script&gt;" in page
