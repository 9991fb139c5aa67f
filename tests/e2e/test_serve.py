"""``vnewsgraph --db PATH serve --host H --port P`` starts the web UI and the API."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.e2e.conftest import free_port


def test_serve_command_serves_pages_and_api(seed_store_path: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "kb.db"
    shutil.copy(seed_store_path, db)
    port = free_port()
    cli = Path(sys.executable).with_name("vnewsgraph")
    env = {k: v for k, v in os.environ.items() if not k.startswith("VNEWSGRAPH_")}
    proc = subprocess.Popen([str(cli), "--db", str(db), "serve", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                stats = httpx.get(base + "/api/stats", timeout=2).json()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError("serve did not start: " + (proc.stdout.read() if proc.stdout else "")) from None
                time.sleep(0.2)
        assert stats["documents"] >= 1
        home = httpx.get(base + "/", headers={"accept": "text/html"})
        assert home.status_code == 200 and "vnewsgraph" in home.text
        assert httpx.get(base + "/docs").status_code == 200
        writes = httpx.post(base + "/api/ingest", json={"text": "Hà Nội"})
        assert writes.status_code == 403  # no API key configured: writes are disabled
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_is_registered() -> None:
    from typer.testing import CliRunner

    from vnewsgraph.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--host" in result.output


def test_serve_explains_a_store_it_cannot_open() -> None:
    from typer.testing import CliRunner

    from vnewsgraph.cli import app
    from vnewsgraph.cli_web import redact

    assert redact("postgresql+psycopg://u:pa55@db:5432/kb") == "postgresql+psycopg://u:***@db:5432/kb"
    result = CliRunner().invoke(app, ["--db", "postgresql+psycopg://u:pa55@127.0.0.1:1/kb", "serve", "--port", "9"])
    assert result.exit_code == 1 and "cannot open the store" in result.output and "pa55" not in result.output
