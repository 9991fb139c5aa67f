"""`batch extract` on a local Ray instance equals `vnewsgraph extract`; `batch load` feeds the store.

Ray is started once for this module (2 CPUs); inputs are a few hundred
synthetic Vietnamese articles (vnewsgraph.batch.synthetic) plus bad lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from vnewsgraph.batch.records import read_records
from vnewsgraph.batch.synthetic import articles, write_jsonl

N_ARTICLES = 240


@pytest.fixture(scope="module")
def ray_local() -> Iterator[None]:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, object_store_memory=256 * 1024 * 1024)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "corpus.jsonl"
    write_jsonl(path, N_ARTICLES)
    with path.open("a", encoding="utf-8") as fh:  # bad lines are reported by line, like `extract` does
        fh.write("{not json\n")
        fh.write('{"text": "   "}\n')
        fh.write("\n")
        fh.write(json.dumps({"text": "Hà Nội, ngày 3/11/2025 - Giá vàng miếng SJC tăng 2 triệu đồng mỗi lượng."}) + "\n")
    return path


def extract_cli(paths: list[str]) -> tuple[list[dict[str, Any]], int]:
    from vnewsgraph.cli import app

    result = CliRunner().invoke(app, ["extract", *paths, "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return records, result.exit_code


def test_batch_extract_equals_extract(ray_local: None, corpus: Path, tmp_path: Path) -> None:
    from vnewsgraph.batch.ray_pipeline import run_extract
    from vnewsgraph.batch.sources import plan_shards

    shards = list(plan_shards([str(corpus)], workers=2))
    assert len(shards) > 1  # the file is cut into several byte ranges, read in parallel
    out = tmp_path / "out.parquet"
    result = run_extract([str(corpus)], out, workers=2)
    expected, code = extract_cli([str(corpus)])
    assert code == 1  # two bad lines
    got = list(read_records(out))
    assert result.documents == len(got) == N_ARTICLES + 1 == len(expected)
    assert result.failed == 2
    assert sorted(result.errors) == sorted(
        [e for e in result.errors if f"{corpus}:{N_ARTICLES + 1}" in e or f"{corpus}:{N_ARTICLES + 2}" in e]
    )
    assert got == expected  # same records, same order, same sources (line numbers across shards)
    assert any(r["entities"] for r in got) and any(r["facts"] for r in got)


def test_flat_columns_and_cli(ray_local: None, corpus: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from vnewsgraph.cli import app

    out = tmp_path / "cli.parquet"
    result = CliRunner().invoke(app, ["batch", "extract", str(corpus), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 1, result.output  # the two bad lines
    assert f"{corpus}:{N_ARTICLES + 1}" in result.output
    table = pq.read_table(out)
    assert table.column_names == ["id", "source", "published", "record"]
    rows = table.slice(0, 5).to_pylist()
    for row in rows:
        rec = json.loads(row["record"])
        assert row["id"] == rec["document"]["id"] and row["id"].startswith("sha256:")
        assert row["source"] == rec["document"]["source"]
        assert row["published"] == rec["document"]["published"]
    assert rows[1]["source"] == "https://tin-tuc-mau.vn/bai/1.html" and rows[0]["source"] == f"{corpus}:1"


def test_parquet_and_warc_inputs(ray_local: None, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from vnewsgraph.batch.ray_pipeline import run_extract
    from vnewsgraph.ingest.parquet import read_parquet_file
    from vnewsgraph.model import Article
    from vnewsgraph.nlp.pipeline import Pipeline

    rows = list(articles(60, seed=3))
    pq_path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(rows), pq_path, row_group_size=10)
    out = tmp_path / "pq_out.parquet"
    result = run_extract([str(pq_path)], out, workers=2)
    assert result.documents == 60 and result.failed == 0
    pipe = Pipeline()
    expected = [pipe.extract(a).to_dict() for a in read_parquet_file(pq_path) if isinstance(a, Article)]
    assert list(read_records(out)) == expected

    from tests.integration.test_warc import write_warc

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    out2 = tmp_path / "warc_out.parquet"
    result = run_extract([str(warc)], out2, workers=1)
    recs = list(read_records(out2))
    assert [r["document"]["source"] for r in recs] == [
        "https://tin.example.vn/kinh-te/thuy-san.html",
        "https://tin.example.vn/thoi-su/bao-so-13.html",
    ]
    assert result.failed == 1  # the page without article text


class RecordingStore:
    """Stands in for the KB store: what `batch load` hands to bulk_load."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []
        self.resolved = False
        self.closed = False

    def bulk_load(self, records: Any, *, resolve: bool = True) -> int:
        self.records.extend(records)
        self.resolved = resolve
        return len(self.records)

    def close(self) -> None:
        self.closed = True


def test_batch_load_streams_records_into_bulk_load(
    ray_local: None, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vnewsgraph.cli_batch as cli_batch
    from vnewsgraph.batch.ray_pipeline import run_extract
    from vnewsgraph.cli import app

    out = tmp_path / "load.parquet"
    run_extract([str(corpus)], out, workers=2)
    store = RecordingStore()
    seen_urls: list[str] = []

    def fake_open(url: str) -> RecordingStore:
        seen_urls.append(url)
        return store

    monkeypatch.setattr(cli_batch, "_open_store", fake_open)
    result = CliRunner().invoke(app, ["batch", "load", str(out), "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 0, result.output
    assert seen_urls == [str(tmp_path / "kb.db")]
    assert store.resolved and store.closed
    assert store.records == list(read_records(out))
    assert len(store.records) == N_ARTICLES + 1


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_batch_load_equals_ingest(ray_local: None, tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> None:
    """The KB built by batch extract + batch load (COPY on PostgreSQL) equals the one built by ingest."""
    store_mod = pytest.importorskip("vnewsgraph.kb.store")
    query_mod = pytest.importorskip("vnewsgraph.kb.query")
    from vnewsgraph.batch.ray_pipeline import load_records, run_extract
    from vnewsgraph.ingest.files import read_inputs
    from vnewsgraph.model import Article
    from vnewsgraph.nlp.pipeline import Pipeline

    corpus = tmp_path / "kb_corpus.jsonl"
    write_jsonl(corpus, 80, seed=21)
    out = tmp_path / "kb.parquet"
    run_extract([str(corpus)], out, workers=2)

    if backend == "postgres":  # fresh schemas on the test server (tests/integration/conftest.py)
        server = request.getfixturevalue("pg_server")
        batch_url, ingest_url = server.new_schema(), server.new_schema()
    else:
        batch_url, ingest_url = str(tmp_path / "batch.db"), str(tmp_path / "ingest.db")
    batch_store = store_mod.open_store(batch_url)
    try:
        load_records(out, batch_store)
        batch_view = _kb_view(query_mod.Repository(batch_store))
    finally:
        batch_store.close()

    ingest_store = store_mod.open_store(ingest_url)
    try:
        pipe = Pipeline()
        for item in read_inputs([str(corpus)]):
            if isinstance(item, Article):
                ingest_store.ingest_article(item, pipe)
        ingest_view = _kb_view(query_mod.Repository(ingest_store))
    finally:
        ingest_store.close()
    assert batch_view["stats"]["documents"] == 80
    assert batch_view == ingest_view


def _kb_view(repo: Any) -> dict[str, Any]:
    """What the KB holds, independent of insertion order."""
    stats = {k: v for k, v in repo.stats().items()}

    def everything(lister: Any) -> list[Any]:
        items: list[Any] = []
        offset = 0
        while True:
            page = lister(limit=200, offset=offset)
            items.extend(page["items"])
            offset += len(page["items"])
            if not page["items"] or offset >= page["total"]:
                return items

    def key(item: dict[str, Any]) -> str:
        return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)

    entities = sorted((e.get("name"), e.get("type"), e.get("id")) for e in everything(repo.list_entities))
    events = sorted(key(e) for e in everything(repo.list_events))
    facts = sorted(key(f) for f in everything(repo.list_facts))
    documents = sorted(d.get("id") for d in everything(repo.list_documents))
    return {"stats": stats, "entities": entities, "events": events, "facts": facts, "documents": documents}


def test_mixed_folder_equals_extract(ray_local: None, tmp_path: Path) -> None:
    """A folder of text, HTML, JSONL, Parquet and WARC files: same records, same order as `extract`."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from tests.integration.test_warc import STORM, TRADE, _html, write_warc

    from vnewsgraph.batch.ray_pipeline import run_extract

    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_tin.txt").write_text("date 2025-11-03 (Báo Mẫu) - " + TRADE, "utf-8")
    (folder / "b_trang.html").write_bytes(_html("Bão số 13", STORM))
    write_jsonl(folder / "c_tin.jsonl", 30, seed=5)
    pq.write_table(pa.Table.from_pylist(list(articles(20, seed=6))), folder / "d_tin.parquet", row_group_size=7)
    write_warc(folder / "sub" / "e_crawl.warc.gz")
    (folder / "sub" / "f_rong.txt").write_text("   \n", "utf-8")

    out = tmp_path / "mixed.parquet"
    result = run_extract([str(folder)], out, workers=2)
    expected, _ = extract_cli([str(folder)])
    got = list(read_records(out))
    assert len(got) == 1 + 1 + 30 + 20 + 2
    assert got == expected
    assert result.failed == 2  # the WARC's empty page and the blank text file


def test_clear_errors_without_starting_ray(tmp_path: Path) -> None:
    from vnewsgraph.cli import app

    runner = CliRunner()
    url = runner.invoke(app, ["batch", "extract", "https://tin-tuc-mau.vn/rss", "--out", str(tmp_path / "o.parquet")])
    assert url.exit_code == 2 and "not - or URLs" in url.output
    missing = runner.invoke(app, ["batch", "load", str(tmp_path / "khong-co.parquet"), "--db", str(tmp_path / "kb.db")])
    assert missing.exit_code == 2 and "khong-co.parquet" in missing.output and "no such file" in missing.output
    assert not (tmp_path / "kb.db").exists()
    import pyarrow as pa
    import pyarrow.parquet as pq

    other = tmp_path / "khac.parquet"
    pq.write_table(pa.table({"text": ["Giá xăng giảm 300 đồng mỗi lít."]}), other)
    wrong = runner.invoke(app, ["batch", "load", str(other), "--db", str(tmp_path / "kb.db")])
    assert wrong.exit_code == 2 and "no 'record' column" in wrong.output
