"""The store: migrations, idempotence, near-duplicates, deletion, bulk loading, search (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import ent, event, fact, record

from vnewsgraph.errors import StoreError

AGENCY = (
    "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, do ảnh hưởng của không khí lạnh kết hợp với nhiễu động "
    "gió đông trên cao, từ đêm 27/10 đến ngày 29/10 khu vực từ Hà Tĩnh đến Quảng Ngãi có mưa to đến rất to với "
    "tổng lượng mưa phổ biến từ 300 đến 500 mm, có nơi trên 700 mm. Mực nước trên các sông Hương, sông Bồ và sông "
    "Thu Bồn tiếp tục lên nhanh, nhiều khả năng vượt mức báo động 3. Ban Chỉ huy phòng thủ dân sự các tỉnh đã sơ "
    "tán hơn 25.000 hộ dân khỏi vùng trũng thấp, cấm tàu thuyền ra khơi và yêu cầu các hồ chứa vận hành đúng quy "
    "trình. Theo báo cáo nhanh, mưa lũ đã làm 12 người chết và mất tích, hơn 40.000 ngôi nhà bị ngập, nhiều tuyến "
    "đường giao thông bị sạt lở gây chia cắt cục bộ. Lực lượng quân đội, công an và dân quân đã được huy động để "
    "hỗ trợ người dân di dời tài sản và bảo đảm an toàn tính mạng."
)


def _agency(outlet: str, lead: str, published: str) -> dict[str, Any]:
    text = lead + AGENCY
    return record(text, outlet=outlet, published=published, entities=[
        ent("Quảng Ngãi", "LOCATION", country="VN"), ent("Hà Tĩnh", "LOCATION", country="VN")], facts=[
        fact(25000, "count:hộ dân", "sơ tán hộ dân", "sơ tán hơn 25.000 hộ dân", qualifier="over")])


def test_open_twice_keeps_data_and_schema(store_url: str) -> None:
    from vnewsgraph.kb.store import open_store

    st = open_store(store_url)
    st.add_extraction(record("Giá vàng miếng SJC tăng lên 150 triệu đồng mỗi lượng.", published="2025-10-20"))
    st.close()
    again = open_store(store_url)  # migrations run again: a no-op
    assert again.counts()["documents"] == 1
    again.close()


def test_same_article_is_stored_once(store: Any, repo: Any) -> None:
    rec = _agency("TTXVN", "", "2025-10-28")
    first = store.add_extraction(rec)
    second = store.add_extraction(rec)
    assert first.status == "new" and second.status == "unchanged"
    assert first.document_id == second.document_id
    assert repo.stats()["documents"] == 1


def test_near_duplicates_are_linked_and_not_counted_twice(store: Any, repo: Any) -> None:
    a = store.add_extraction(_agency("TTXVN", "", "2025-10-28"))
    b = store.add_extraction(_agency("Báo Tin tức", "(Tin tức) - Mưa lũ tiếp diễn ở miền Trung. ", "2025-10-28"))
    c = store.add_extraction(_agency("Báo Lao Động", "Lao Động đưa tin: ", "2025-10-29"))
    other = store.add_extraction(record(
        "Bộ Nông nghiệp và Môi trường yêu cầu các địa phương miền Trung chủ động ứng phó mưa lũ, kiểm tra an toàn "
        "hồ đập và chuẩn bị lương thực cho vùng có nguy cơ bị chia cắt trong những ngày tới.", published="2025-10-28"))
    assert a.status == "new" and other.status == "new"
    assert b.status == "duplicate" and b.duplicate_of == a.document_id
    assert c.status == "duplicate" and c.duplicate_of == a.document_id
    docs = {d["id"]: d for d in repo.list_documents()["items"]}
    assert docs[b.document_id]["duplicate_of"] == a.document_id
    assert docs[other.document_id]["duplicate_of"] is None
    place = next(e for e in repo.list_entities()["items"] if e["name"] == "Quảng Ngãi")
    assert place["documents"] == 1
    claim = repo.list_facts()["items"][0]
    assert claim["n_sources"] == 1 and len(claim["sources"]) == 1
    assert len(repo.get_fact(claim["id"])["sources"]) == 3  # the detail view shows the copies too
    assert repo.get_document(a.document_id)["duplicates"] == [b.document_id, c.document_id]
    # Deleting the original promotes the first copy.
    assert repo.delete_document(a.document_id)
    assert repo.get_document(b.document_id)["duplicate_of"] is None
    assert repo.get_document(c.document_id)["duplicate_of"] == b.document_id
    assert repo.list_facts()["items"][0]["n_sources"] == 1


def test_delete_document_repairs_cross_document_records(store: Any, repo: Any) -> None:
    recs = []
    for outlet, day in (("VTV", "14"), ("VOV", "15")):
        text = (f"Ngày {day}/1, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Singapore Vivian "
                f"Balakrishnan tại Hà Nội, theo phóng viên {outlet}. Hai bên nhất trí tăng cường hợp tác kinh tế số.")
        recs.append(record(text, outlet=outlet, published=f"2026-01-{day}", entities=[
            ent("Bùi Thanh Sơn", "PERSON", country="VN"), ent("Vivian Balakrishnan", "PERSON", country="SG"),
            ent("Hà Nội", "LOCATION", country="VN")], events=[
            event("MEETING", [("Bùi Thanh Sơn", "actor"), ("Vivian Balakrishnan", "target")], text.split(",")[0]
                  + ", Bộ trưởng", date="2026-01-14", location="Hà Nội")]))
    ids = [store.add_extraction(r).document_id for r in recs]
    ev = repo.list_events()["items"][0]
    assert ev["n_sources"] == 2
    assert repo.delete_document(ids[0]) and not repo.delete_document(ids[0])
    ev = repo.get_event(ev["id"])
    assert ev["n_sources"] == 1 and [s["outlet"] for s in ev["sources"]] == ["VOV"]
    assert next(e for e in repo.list_entities()["items"] if e["name"] == "Bùi Thanh Sơn")["documents"] == 1
    repo.delete_document(ids[1])
    assert repo.stats() | {"latest_published": None} == {
        "documents": 0, "entities": 0, "events": 0, "facts": 0, "sources": 0, "duplicates": 0,
        "latest_published": None}
    assert repo.search("bui thanh son")["total"] == 0


def _corpus() -> list[dict[str, Any]]:
    out = []
    for i, (country, code, value) in enumerate([("Hàn Quốc", "KR", 88.4), ("Nhật Bản", "JP", 51.2),
                                                ("Thái Lan", "TH", 22.1), ("Hàn Quốc", "KR", 88.4)]):
        text = (f"Bản tin kinh tế số {i}: kim ngạch thương mại hai chiều Việt Nam - {country} năm 2025 đạt "
                f"{value} tỷ USD. Thủ tướng Phạm Minh Chính tiếp Đại sứ {country} tại Hà Nội ngày {i + 3}/2.")
        out.append(record(text, outlet=f"Báo {i}", published=f"2026-02-0{i + 3}", entities=[
            ent("Phạm Minh Chính", "PERSON", titles=["Thủ tướng"], country="VN"),
            ent(country, "LOCATION", country=code), ent("Hà Nội", "LOCATION", country="VN")], facts=[
            fact(value * 1e9, "USD", "kim ngạch thương mại hai chiều", f"đạt {value} tỷ USD", subjects=["VN", code],
                 period="2025")], events=[
            event("MEETING", [("Phạm Minh Chính", "actor"), (country, "target")], "Thủ tướng Phạm Minh Chính tiếp",
                  date=f"2026-02-0{i + 3}", location="Hà Nội")]))
    out.append(_agency("TTXVN", "", "2026-02-03"))
    out.append(_agency("Báo Tin tức", "(Tin tức) - ", "2026-02-04"))  # a near-duplicate inside the same batch
    return out


def _snapshot(repo: Any) -> dict[str, Any]:
    ents = repo.list_entities(limit=500)["items"]
    evs = repo.list_events(limit=500)["items"]
    facts = repo.list_facts(limit=500)["items"]
    docs = repo.list_documents(limit=500)["items"]
    return {
        "documents": sorted((d["id"], d["duplicate_of"]) for d in docs),
        "entities": sorted((e["id"], e["name"], tuple(e["aliases"]), e["documents"]) for e in ents),
        "events": sorted((e["id"], e["date"], tuple(s["document"] for s in e["sources"])) for e in evs),
        "facts": sorted((f["id"], f["value"], f["agreement"], tuple(s["document"] for s in f["sources"]))
                        for f in facts),
    }


def test_bulk_load_and_full_resolve_equal_one_by_one(store: Any, repo: Any, tmp_path: Any) -> None:
    from vnewsgraph.kb.query import Repository
    from vnewsgraph.kb.store import open_store

    one = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    for rec in _corpus():
        one.add_extraction(rec)
    expected = _snapshot(Repository(one))
    assert store.bulk_load(_corpus()) == 6
    assert sum(1 for d in repo.list_documents()["items"] if d["duplicate_of"]) == 1
    assert store.bulk_load(_corpus()) == 0  # idempotent
    assert _snapshot(repo) == expected  # same ids on SQLite and PostgreSQL
    store.resolve()
    assert _snapshot(repo) == expected
    one.close()
    trade = repo.list_facts(entity="Hàn Quốc")["items"]
    assert len(trade) == 1 and trade[0]["n_sources"] == 2 and trade[0]["agreement"] == "agree"


def test_bad_records_are_refused_with_a_reason(store: Any) -> None:
    with pytest.raises(StoreError, match="no document text"):
        store.add_extraction({"document": {"source": "x.txt", "text": "  "}})
    with pytest.raises(StoreError, match="contract-v1"):
        store.add_extraction({"entities": []})
    # Unusable facts are dropped, the rest is stored.
    rec = record("Giá cà phê xuất khẩu đạt 5.600 USD/tấn trong tháng 10.", published="2025-10-31")
    rec["facts"] = [{"value": "nhiều", "unit": "USD/t"}]
    assert store.add_extraction(rec).status == "new"


def test_search_is_diacritic_insensitive_and_snippets_are_escaped(store: Any, repo: Any) -> None:
    text = ("Tổng Bí thư Tô Lâm tiếp Đại sứ Lào. <script>alert(1)</script> Kim ngạch thương mại Việt Nam - Lào "
            "năm 2025 đạt 2,2 tỷ USD & tăng 12%.")
    store.add_extraction(record(text, outlet="Nhân Dân", published="2026-01-08", title="Tổng Bí thư Tô Lâm tiếp Đại sứ",
                                entities=[ent("Tô Lâm", "PERSON", titles=["Tổng Bí thư"], country="VN"),
                                          ent("Lào", "LOCATION", country="LA")],
                                facts=[fact(2.2e9, "USD", "kim ngạch thương mại", "đạt 2,2 tỷ USD",
                                            subjects=["VN", "LA"], period="2025")]))
    res = repo.search("to lam")
    kinds = [i["kind"] for i in res["items"]]
    assert "entity" in kinds and "document" in kinds
    doc_hit = next(i for i in res["items"] if i["kind"] == "document")
    assert "<mark>Tô</mark> <mark>Lâm</mark>" in doc_hit["snippet"]
    assert "<mark>Tổ" not in doc_hit["snippet"]  # whole words only
    res = repo.search("kim ngach")
    assert any(i["kind"] == "fact" for i in res["items"])
    snip = next(i for i in res["items"] if i["kind"] == "document")["snippet"]
    assert "<script>" not in snip and "&lt;script&gt;" in snip and "&amp;" in snip
    assert "<mark>Kim</mark> <mark>ngạch</mark>" in snip
    assert repo.search("KIM NGẠCH")["total"] == res["total"]
    assert repo.search("xyzzy")["total"] == 0 and repo.search("  ")["total"] == 0


def test_timeline_graph_and_document_view(store: Any, repo: Any) -> None:
    for rec in _corpus()[:3]:
        store.add_extraction(rec)
    tl = repo.timeline(entity="Phạm Minh Chính")["items"]
    assert [e["date"] for e in tl] == sorted(e["date"] for e in tl) and len(tl) == 3
    g = repo.graph(entity="Phạm Minh Chính")
    names = {n["name"] for n in g["nodes"]}
    assert {"Phạm Minh Chính", "Hàn Quốc", "Nhật Bản"} <= names
    assert all(e["events"] for e in g["edges"])
    doc_id = repo.list_documents()["items"][0]["id"]
    doc = repo.get_document(doc_id)
    assert doc["text"].startswith("Bản tin kinh tế")
    assert all(e["id"] and e["id"].startswith("ent_") for e in doc["entities"])
    f = doc["facts"][0]
    assert f["id"].startswith("clm_") and "tỷ USD" in doc["text"][f["evidence_start"]:f["evidence_end"]]
    assert doc["events"][0]["id"].startswith("evt_")
    assert repo.get_document("sha256:nope") is None and repo.get_entity("ent_nope") is None
    stats = repo.stats()
    assert stats["documents"] == 3 and stats["sources"] == 3 and stats["latest_published"] == "2026-02-05"
    page = repo.list_entities(limit=1, offset=1)
    assert page["total"] >= 4 and len(page["items"]) == 1


def test_in_memory_store_for_tests_and_scripts() -> None:
    from vnewsgraph.kb.query import Repository
    from vnewsgraph.kb.store import open_store

    with open_store("sqlite://") as st:
        st.add_extraction(record("Giá xăng RON 95 giảm 500 đồng mỗi lít từ 15 giờ chiều nay.", published="2025-11-20"))
        assert Repository(st).stats()["documents"] == 1
