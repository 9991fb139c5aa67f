"""`watch` and `ingest` of feed URLs against the local fixture site."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

VNEWSGRAPH = Path(sys.executable).with_name("vnewsgraph")




@pytest.fixture()
def fetch_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    from vnewsgraph.ingest import web

    env = {"VNEWSGRAPH_FETCH_DELAY": "0", "VNEWSGRAPH_FETCH_TIMEOUT": "0.5", "VNEWSGRAPH_FETCH_RETRIES": "0"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("VNEWSGRAPH_FETCH_STATE", raising=False)
    web.reset_default_reader()
    yield env
    web.reset_default_reader()


class FakeStore:
    def __init__(self) -> None:
        self.stored: list[Any] = []
        self.lock = threading.Lock()

    def ingest_article(self, article: Any, pipeline: Any = None) -> Any:
        with self.lock:
            self.stored.append(article)

        class Result:
            status = "new"

        return Result()

    def close(self) -> None:
        pass


def test_watch_rounds_store_only_what_is_new(site: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fetch_env: Any) -> None:
    from vnewsgraph.cli_batch import parse_duration, watch_feeds

    monkeypatch.setenv("VNEWSGRAPH_FETCH_STATE", str(tmp_path / "state.sqlite"))
    store = FakeStore()
    totals = watch_feeds([site.url("/atom.xml"), site.url("/khong-ton-tai.html")], store, every=0.05, rounds=3)
    assert totals["rounds"] == 3
    assert len(store.stored) == 2  # the re-published copy is recognised by its text
    assert totals["new"] == 2
    assert totals["failed"] == 3  # the 404, reported every round
    assert site.state.count("/atom.xml") == 3  # rounds 2 and 3: a 304 each
    assert site.state.count("/doi-ngoai/ngoai-giao-nhat-ban.html") == 1
    assert parse_duration("15m") == 900 and parse_duration("1.5h") == 5400 and parse_duration("45") == 45


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_watch_stops_cleanly_on_signal(site: Any, tmp_path: Path, fetch_env: dict[str, str], signum: int) -> None:
    pytest.importorskip("vnewsgraph.kb.store")
    db = tmp_path / "kb.db"
    env = {**os.environ, **fetch_env}
    proc = subprocess.Popen(
        [str(VNEWSGRAPH), "--db", str(db), "watch", site.url("/atom.xml"), "--every", "1h"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    state = Path(str(db) + ".fetch.sqlite")  # next to the store file by default
    try:
        deadline = time.monotonic() + 60
        seen = 0
        while time.monotonic() < deadline and seen < 3:
            time.sleep(0.3)
            if state.exists():
                try:
                    with sqlite3.connect(state) as conn:
                        seen = conn.execute("SELECT count(*) FROM seen_urls").fetchone()[0]
                except sqlite3.OperationalError:
                    seen = 0
        assert seen == 3, "watch did not store the feed's articles in time"
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "stopped after 1 round(s): 2 new article(s) stored" in stderr

    from vnewsgraph.kb.query import Repository
    from vnewsgraph.kb.store import open_store

    store = open_store(str(db))
    try:
        assert Repository(store).stats()["documents"] == 2
    finally:
        store.close()


def test_ingest_feed_url_twice(site: Any, tmp_path: Path, fetch_env: Any) -> None:
    pytest.importorskip("vnewsgraph.kb.store")
    from vnewsgraph.cli import app, state

    db = tmp_path / "kb.db"
    runner = CliRunner()
    try:
        first = runner.invoke(app, ["--db", str(db), "ingest", site.url("/atom.xml")])
        assert first.exit_code == 0, first.output
        assert "2 new" in first.output
        assert Path(str(db) + ".fetch.sqlite").exists()
        site.state.reset()
        second = runner.invoke(app, ["--db", str(db), "ingest", site.url("/atom.xml")])
        assert second.exit_code == 0, second.output
        assert "0 new" in second.output
        assert dict(site.state.requests) == {"/atom.xml": 1}
    finally:
        state.db = None


def test_extract_url_does_not_remember(site: Any, tmp_path: Path, fetch_env: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """`extract` stores nothing, so running it again prints the same article again."""
    import json

    from vnewsgraph.cli import app

    monkeypatch.chdir(tmp_path)
    url = site.url("/xa-hoi/bao-lu-mien-trung.html")
    runner = CliRunner()
    outputs = []
    for _ in range(2):
        result = runner.invoke(app, ["extract", url])
        assert result.exit_code == 0, result.output
        outputs.append([json.loads(line) for line in result.stdout.splitlines() if line.strip()])
    assert len(outputs[0]) == len(outputs[1]) == 1
    assert outputs[0][0]["document"]["source"] == url
    assert "Quảng Ngãi" in outputs[0][0]["document"]["text"]
    assert not list(tmp_path.glob("*.fetch.sqlite"))


def test_non_html_page_is_reported(site: Any, tmp_path: Path) -> None:
    from vnewsgraph.config import Settings
    from vnewsgraph.errors import FetchError
    from vnewsgraph.ingest.fetch import Fetcher
    from vnewsgraph.ingest.fetch_state import FetchState
    from vnewsgraph.ingest.web import WebReader

    site.state.overrides["/bao-cao.pdf"] = (b"%PDF-1.7 " + b"0" * 2000, "application/pdf")
    state = FetchState(":memory:")
    reader = WebReader(Fetcher(Settings.load(overrides={"fetch_delay": 0}), state), state)
    (item,) = list(reader.read(site.url("/bao-cao.pdf")))
    reader.close()
    assert isinstance(item, FetchError) and "application/pdf" in item.reason
