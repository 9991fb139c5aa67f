"""The knowledge-base commands end to end (real extraction pipeline), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from vnewsgraph.cli import app

ARTICLES = {
    "vov_hq.txt": (
        "date 2026-01-12 (VOV) -\n\n"
        "Sáng 12/1, tại Seoul, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Hàn Quốc Kim Min-seok. "
        "Theo Bộ Công Thương, kim ngạch thương mại hai chiều Việt Nam - Hàn Quốc năm 2025 đạt 88,4 tỷ USD, "
        "tăng 7,2% so với năm 2024. Hai bên nhất trí phấn đấu đưa kim ngạch thương mại lên 150 tỷ USD vào năm 2030.\n"
    ),
    "tt_hq.txt": (
        "date 2026-01-13 (Tuổi Trẻ) -\n\n"
        "Chuyến thăm chính thức Hàn Quốc của Thủ tướng Phạm Minh Chính diễn ra trong bối cảnh quan hệ hai nước "
        "phát triển mạnh mẽ. Năm 2025, kim ngạch thương mại hai nước đạt khoảng 88,4 tỷ USD. Hàn Quốc hiện là nhà "
        "đầu tư nước ngoài lớn nhất tại Việt Nam với hơn 10.000 dự án còn hiệu lực.\n"
    ),
    "dt_bao.txt": (
        "date 2025-09-30 (Dân Trí) -\n\n"
        "Bão số 10 đổ bộ vào Hà Tĩnh rạng sáng 29/9 khiến 8 người chết, hơn 15.000 ngôi nhà bị tốc mái. "
        "Phó Thủ tướng Trần Hồng Hà đã đến kiểm tra công tác khắc phục hậu quả tại tỉnh Nghệ An.\n"
    ),
}


def run(url: str, *args: str) -> Any:
    result = CliRunner().invoke(app, ["--db", url, *args])
    return result


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_ingest_reports_bad_inputs_and_is_idempotent(store_url: str, corpus: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    res = run(store_url, "ingest", str(corpus), str(empty), str(tmp_path / "missing.txt"))
    assert res.exit_code == 1
    assert "empty.txt" in res.output and "missing.txt" in res.output
    assert "3 new" in res.output
    res = run(store_url, "ingest", str(corpus))
    assert res.exit_code == 0, res.output
    assert "3 already stored" in res.output
    docs = json.loads(run(store_url, "documents", "--json").output)
    assert docs["total"] == 3
    stats = json.loads(run(store_url, "stats", "--json").output)
    assert stats["documents"] == 3 and stats["latest_published"] == "2026-01-13"


def test_query_commands_print_json_and_tables(store_url: str, corpus: Path) -> None:
    assert run(store_url, "ingest", str(corpus)).exit_code == 0
    ents = json.loads(run(store_url, "entities", "--query", "pham minh chinh", "--json").output)
    assert any(e["name"] == "Phạm Minh Chính" and e["documents"] == 2 for e in ents["items"]), ents
    people = json.loads(run(store_url, "entities", "--type", "PERSON", "--json").output)
    assert people["items"] and all(e["type"] == "PERSON" for e in people["items"])
    facts = json.loads(run(store_url, "facts", "--query", "kim ngach", "--json").output)["items"]
    trade = [f for f in facts if f["value"] == 88_400_000_000]
    assert trade and all(set(f) >= {"id", "indicator", "subjects", "period", "unit", "kind", "value", "agreement",
                                    "sources", "target"} for f in trade)
    for args in (["events", "--json"], ["events", "--type", "MEETING", "--since", "2026-01-01", "--json"],
                 ["facts", "--kind", "target", "--json"], ["facts", "--entity", "Hàn Quốc", "--json"]):
        res = run(store_url, *args)
        assert res.exit_code == 0, (args, res.output)
        assert "items" in json.loads(res.output)
    hits = json.loads(run(store_url, "search", "bao so 10", "--json").output)
    assert any(h["kind"] == "document" and "<mark>" in h["snippet"] for h in hits["items"])
    for args in (["entities"], ["events"], ["facts"], ["documents"], ["stats"], ["search", "ha tinh"]):
        res = run(store_url, *args)
        assert res.exit_code == 0, (args, res.output)
        assert res.output.strip()


def test_export_formats(store_url: str, corpus: Path, tmp_path: Path) -> None:
    assert run(store_url, "ingest", str(corpus)).exit_code == 0
    out = tmp_path / "out"
    assert run(store_url, "export", "--format", "jsonl", "--out", str(out)).exit_code == 0
    lines = (out / "documents.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["id"].startswith("sha256:")
    assert (out / "entities.jsonl").exists() and (out / "facts.jsonl").exists() and (out / "events.jsonl").exists()
    assert run(store_url, "export", "--format", "csv", "--table", "entities", "--out", str(out)).exit_code == 0
    with (out / "entities.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {"id", "name", "type", "aliases"} <= set(rows[0])
    assert run(store_url, "export", "--format", "parquet", "--table", "facts", "--out", str(out)).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out / "facts.parquet").num_rows >= 1
    res = run(store_url, "export", "--format", "gdelt", "--out", str(out))
    assert res.exit_code == 0, res.output
    rows_tsv = (out / "events.gdelt.tsv").read_text("utf-8").splitlines()
    header = rows_tsv[0].split("\t")
    assert header[:4] == ["GLOBALEVENTID", "SQLDATE", "EventCode", "EventRootCode"]
    for line in rows_tsv[1:]:
        cells = line.split("\t")
        assert len(cells) == len(header)
        assert cells[header.index("NumSources")].isdigit()


def test_bad_store_url_is_reported(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "stats"])
    assert res.exit_code == 2
    assert "cannot open the store" in res.output
