"""The Python API: vnewsgraph.extract, vnewsgraph.Pipeline, contract v1 output."""

from __future__ import annotations

import json

import pytest

import vnewsgraph
from vnewsgraph.extract.contract import validate
from vnewsgraph.model import Document
from vnewsgraph.nlp.metadata import outlet_from_text, outlet_from_url
from vnewsgraph.nlp.pipeline import Pipeline, PipelineError
from vnewsgraph.nlp.sentences import SentenceSplitter

TEXT = ("Sáng nay (6/2), Tổng Bí thư Tô Lâm rời Thủ đô Vientiane lên đường thăm cấp Nhà nước tới Campuchia. "
        "Kim ngạch thương mại hai chiều năm 2025 đạt 11,33 tỷ USD.")


def test_extract_text_gives_contract_v1() -> None:
    ex = vnewsgraph.extract(TEXT)
    rec = ex.to_dict()
    assert rec["schema_version"] == "1"
    assert rec["document"]["text"] == TEXT
    assert rec["document"]["id"].startswith("sha256:")
    assert rec["document"]["published"] is None and rec["document"]["outlet"] is None
    assert validate(rec) == []
    json.loads(ex.to_json())


def test_extract_path_reads_header(tmp_path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(" date 2026-03-02 (Thanh Niên) - " + TEXT, encoding="utf-8")
    rec = vnewsgraph.extract(p).to_dict()
    assert rec["document"]["published"] == "2026-03-02"
    assert rec["document"]["outlet"] == "Thanh Niên"
    assert rec["document"]["text"].startswith("Sáng nay (6/2)")
    assert rec["document"]["source"] == str(p)


def test_pipeline_is_reusable_and_ids_are_stable() -> None:
    pipe = Pipeline()
    a = pipe.extract(TEXT).to_dict()
    b = pipe.extract(TEXT.replace("hòa", "hoà")).to_dict()
    assert a["document"]["id"] == b["document"]["id"]
    assert [n for n, _ in pipe.extract(TEXT).doc.components][:3] == ["normalize", "sentences", "tokens"]


def test_pipeline_checks_requirements() -> None:
    class NeedsTokens:
        name = "needs"
        version = "1"
        requires = ("tokens",)
        assigns = ("x",)

        def __call__(self, doc: Document) -> Document:
            return doc

    with pytest.raises(PipelineError, match="requires"):
        Pipeline([SentenceSplitter(), NeedsTokens()])


def test_every_sample_document_validates(pipeline, seed_files) -> None:
    for path in seed_files:
        rec = pipeline.extract(path).to_dict()
        assert validate(rec) == [], path.name
        text = rec["document"]["text"]
        for ent in rec["entities"]:
            for m in ent["mentions"]:
                assert 0 <= m["start"] < m["end"] <= len(text)
        for item in rec["facts"] + rec["events"]:
            assert 0 <= item["evidence"]["start"] < item["evidence"]["end"] <= len(text)


def test_outlet_from_url_and_attribution() -> None:
    assert outlet_from_url("https://vnexpress.net/thoi-su/abc-123.html") == "VnExpress"
    assert outlet_from_url("https://www.vietnamplus.vn/x") == "Vietnam+"
    assert outlet_from_url("https://example.com/x") is None
    assert outlet_from_url("http://[x") is None
    assert outlet_from_text("Nội dung bài viết.\n\nTheo TTXVN") == "TTXVN"
    assert outlet_from_text("Nội dung bài viết.\n\n(VTC News)") == "VTC News"
    # A correspondent's dateline names no publisher.
    assert outlet_from_text("Theo Đặc phái viên TTXVN, ngày 6/2, đoàn đã đến Phnom Penh.") is None
    assert outlet_from_text("Bài viết không ghi nguồn.") is None
