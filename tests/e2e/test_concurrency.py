"""Pages, API reads and ingests at the same time on one uvicorn server over a SQLite store: all succeed."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.api.conftest import API_KEY, no_network_fetch
from tests.e2e.conftest import LiveServer
from vnewsgraph.api.app import create_app
from vnewsgraph.config import Settings


def test_concurrent_reads_and_writes(seed_store_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    shutil.copy(seed_store_path, db)
    app = create_app(Settings.load(overrides={"db": str(db), "api_key": API_KEY}, environ={}), fetch=no_network_fetch)
    with LiveServer(app) as srv:
        paths = ["/", "/entities", "/events", "/facts", "/search?q=to+lam", "/api/graph", "/timeline"] * 3

        def get(path: str) -> int:
            return httpx.get(srv.url + path, headers={"accept": "text/html"}, timeout=60).status_code

        def post(i: int) -> int:
            text = f"Hà Nội, ngày {i + 1}/3/2026 – Bộ Công Thương cho biết xuất khẩu rau quả đạt {i + 10} tỷ USD."
            return httpx.post(srv.url + "/api/ingest", json={"text": text}, headers={"X-API-Key": API_KEY},
                              timeout=60).status_code

        with ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(get, p) for p in paths] + [pool.submit(post, i) for i in range(6)]
            codes = [f.result() for f in futures]
        assert set(codes) == {200}, codes
        assert httpx.get(srv.url + "/api/stats").json()["documents"] >= 6
