"""Cross-document resolution on hand-made contract-v1 records (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import ent, event, fact, record

# --------------------------------------------------------------------------- entities

HUN_MANET_1 = (
    "Chiều 2/11, tại Phnom Penh, Thủ tướng Campuchia Hun Manet đã tiếp Bộ trưởng Bộ Công Thương Việt Nam. "
    "Thủ tướng Hun Manet đánh giá cao kết quả hợp tác kinh tế giữa hai nước."
)
HUN_MANET_2 = (
    "Samdech Thipadei Hun Manet khẳng định Campuchia coi trọng quan hệ láng giềng hữu nghị với Việt Nam "
    "và mong muốn mở rộng hợp tác năng lượng."
)
HUN_MANET_3 = "Ông Hunmanet cho biết Chính phủ Campuchia sẽ tiếp tục cải cách thủ tục đầu tư trong năm 2026."
HUN_MANET_0 = (
    "Đại tướng Hun Manet, Tổng Tư lệnh Quân đội Hoàng gia Campuchia, đã tiếp đoàn cán bộ cấp cao "
    "Bộ Quốc phòng Việt Nam sang thăm và làm việc."
)


def _by_name(repo: Any, name: str, type_: str | None = None) -> list[dict[str, Any]]:
    items = repo.list_entities(type=type_, limit=500)["items"]
    return [e for e in items if e["name"] == name or name in e["aliases"]]


def test_one_person_across_documents_with_spellings_and_titles(store: Any, repo: Any) -> None:
    store.add_extraction(record(HUN_MANET_0, outlet="QĐND", published="2023-05-01", entities=[
        ent("Hun Manet", "PERSON", titles=["Tổng Tư lệnh Quân đội Hoàng gia Campuchia"], country="KH")]))
    store.add_extraction(record(HUN_MANET_1, outlet="VnExpress", published="2025-11-02", entities=[
        ent("Hun Manet", "PERSON", titles=["Thủ tướng Campuchia"], country="KH"),
        ent("Phnom Penh", "LOCATION", country="KH")]))
    store.add_extraction(record(HUN_MANET_2, outlet="Nhân Dân", published="2026-01-20", entities=[
        ent("Hun Manet", "PERSON", aliases=["Samdech Thipadei Hun Manet"], country="KH")]))
    store.add_extraction(record(HUN_MANET_3, outlet="Tuổi Trẻ", published="2026-02-06", entities=[
        ent("Hunmanet", "PERSON", titles=["Thủ tướng Campuchia"])]))
    found = _by_name(repo, "Hun Manet", "PERSON")
    assert len(found) == 1, found
    person = found[0]
    assert person["documents"] == 4
    assert person["country"] == "KH"
    assert {"Samdech Thipadei Hun Manet", "Hunmanet"} <= set(person["aliases"])
    titles = {t["title"]: t for t in person["titles"]}
    assert titles["Thủ tướng Campuchia"]["first_seen"] == "2025-11-02"
    assert titles["Thủ tướng Campuchia"]["last_seen"] == "2026-02-06"
    assert titles["Tổng Tư lệnh Quân đội Hoàng gia Campuchia"]["last_seen"] == "2023-05-01"
    detail = repo.get_entity(person["id"])
    assert [t["title"] for t in detail["titles"]][0] == "Tổng Tư lệnh Quân đội Hoàng gia Campuchia"
    assert any(c["name"] == "Phnom Penh" for c in detail["cooccurring"])


def test_people_sharing_a_short_name_stay_apart(store: Any, repo: Any) -> None:
    store.add_extraction(record(
        "Anh Hùng, ngư dân xã Bình Châu (Quảng Ngãi), cho biết tàu cá của anh vừa cập bến an toàn sau bão.",
        published="2025-10-28", entities=[ent("Hùng", "PERSON"), ent("Quảng Ngãi", "LOCATION", country="VN")]))
    store.add_extraction(record(
        "Em Hùng, học sinh lớp 9 tại Hà Nội, giành huy chương vàng Olympic Toán học quốc tế.",
        published="2025-07-20", entities=[ent("Hùng", "PERSON"), ent("Hà Nội", "LOCATION", country="VN")]))
    store.add_extraction(record(
        "Bộ trưởng Nguyễn Văn Hùng dự lễ khai mạc Tuần Văn hóa Việt Nam tại Lào.",
        published="2025-08-01", entities=[ent("Nguyễn Văn Hùng", "PERSON", titles=["Bộ trưởng"])]))
    store.add_extraction(record(
        "Ông Trần Văn Hùng, Giám đốc Sở Nông nghiệp, kiểm tra công tác phòng chống lũ.",
        published="2025-09-01", entities=[ent("Trần Văn Hùng", "PERSON")]))
    hungs = [e for e in repo.list_entities(type="PERSON", limit=500)["items"] if "Hùng" in e["name"]]
    assert sorted(e["name"] for e in hungs) == ["Hùng", "Hùng", "Nguyễn Văn Hùng", "Trần Văn Hùng"]
    assert all(e["documents"] == 1 for e in hungs)


def test_tone_placement_and_case_do_not_split_a_name(store: Any, repo: Any) -> None:
    texts = [
        ("Bà Nguyễn Thị Thuỷ, Phó Chủ tịch Quốc hội, dự hội nghị về bình đẳng giới tại Hà Nội.", "Nguyễn Thị Thuỷ"),
        ("Phó Chủ tịch Quốc hội Nguyễn Thị Thủy tiếp đoàn đại biểu Nghị viện Mông Cổ.", "Nguyễn Thị Thủy"),
        ("CHÂN DUNG NỮ ĐẠI BIỂU: NGUYỄN THỊ THỦY VÀ HÀNH TRÌNH VÌ BÌNH ĐẲNG", "NGUYỄN THỊ THỦY"),
    ]
    for i, (text, form) in enumerate(texts):
        store.add_extraction(record(text, outlet=f"O{i}", published=f"2025-0{i + 3}-01",
                                    entities=[ent(form, "PERSON")]))
    people = repo.list_entities(type="PERSON")["items"]
    assert len(people) == 1
    assert people[0]["documents"] == 3


def test_acronym_and_expansion_merge_but_ambiguous_acronyms_do_not(store: Any, repo: Any) -> None:
    store.add_extraction(record(
        "Ngân hàng Nhà nước vừa điều chỉnh giảm lãi suất điều hành thêm 0,5 điểm phần trăm.",
        published="2025-06-01", entities=[ent("Ngân hàng Nhà nước", "ORGANIZATION")]))
    store.add_extraction(record(
        "NHNN cho biết tín dụng toàn hệ thống đã tăng 9% so với cuối năm trước.",
        published="2025-09-01", entities=[ent("NHNN", "ORGANIZATION")]))
    store.add_extraction(record(
        "Hiệp hội các quốc gia Đông Nam Á (ASEAN) thông qua Tầm nhìn Cộng đồng 2045.",
        published="2025-05-26", entities=[ent("Hiệp hội các quốc gia Đông Nam Á", "ORGANIZATION", aliases=["ASEAN"])]))
    store.add_extraction(record(
        "Các nước ASEAN nhất trí thúc đẩy kết nối lưới điện khu vực.",
        published="2025-10-26", entities=[ent("ASEAN", "ORGANIZATION")]))
    store.add_extraction(record(
        "Bộ Công Thương chủ trì hội nghị xúc tiến xuất khẩu; Bộ Chính trị ban hành nghị quyết mới.",
        published="2025-04-01", entities=[ent("Bộ Công Thương", "ORGANIZATION"), ent("Bộ Chính trị", "ORGANIZATION")]))
    store.add_extraction(record(
        "Theo BCT, thông tin này chưa được xác nhận.",
        published="2025-04-02", entities=[ent("BCT", "ORGANIZATION")]))
    orgs = {e["name"]: e for e in repo.list_entities(type="ORGANIZATION", limit=100)["items"]}
    assert orgs["Ngân hàng Nhà nước"]["documents"] == 2 and "NHNN" in orgs["Ngân hàng Nhà nước"]["aliases"]
    asean = [e for e in orgs.values() if "ASEAN" in [e["name"], *e["aliases"]]]
    assert len(asean) == 1 and asean[0]["documents"] == 2
    # "BCT" could be either ministry: it stays on its own.
    assert orgs["Bộ Công Thương"]["documents"] == 1 and orgs["Bộ Chính trị"]["documents"] == 1
    assert "BCT" in orgs


def test_different_types_are_different_entities(store: Any, repo: Any) -> None:
    store.add_extraction(record("Tỉnh Quảng Ninh đón 19 triệu lượt khách du lịch.", published="2025-12-30",
                                entities=[ent("Quảng Ninh", "LOCATION", country="VN")]))
    store.add_extraction(record("Câu lạc bộ Quảng Ninh giành chiến thắng 2-1.", published="2025-12-31",
                                entities=[ent("Quảng Ninh", "ORGANIZATION")]))
    assert len(repo.list_entities(query="quang ninh")["items"]) == 2


# ----------------------------------------------------------------------------- events

def _visit(text: str, outlet: str, published: str, date: str | None, status: str = "occurred",
           place: str = "Nhật Bản") -> dict[str, Any]:
    ents = [ent("Phạm Minh Chính", "PERSON", titles=["Thủ tướng"], country="VN"),
            ent("Nhật Bản", "LOCATION", country="JP")]
    if place != "Nhật Bản":
        ents.append(ent(place, "LOCATION", country="JP"))
    return record(text, outlet=outlet, published=published, entities=ents, events=[
        event("VISIT", [("Phạm Minh Chính", "actor"), ("Nhật Bản", "target")], text.split(".")[0], date=date,
              location=place, status=status, cameo="042")])


def test_same_visit_from_several_outlets_is_one_event(store: Any, repo: Any) -> None:
    store.add_extraction(_visit("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Nhật Bản vào đầu tháng 3. Chuyến thăm "
                                "nhằm làm sâu sắc quan hệ Đối tác chiến lược toàn diện.", "Báo Chính phủ",
                                "2026-02-27", "2026-03", status="planned"))
    store.add_extraction(_visit("Sáng 5/3, Thủ tướng Phạm Minh Chính đến Tokyo, bắt đầu chuyến thăm chính thức Nhật "
                                "Bản. Đón Thủ tướng tại sân bay có Đại sứ Việt Nam.", "VnExpress", "2026-03-05",
                                "2026-03-05", place="Tokyo"))
    store.add_extraction(_visit("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản trong chuyến thăm chính "
                                "thức Nhật Bản. Hai bên ký nhiều văn kiện hợp tác.", "Tuổi Trẻ", "2026-03-06", None))
    # A visit in another month is another happening.
    store.add_extraction(_visit("Ngày 10/9, Thủ tướng Phạm Minh Chính thăm làm việc Nhật Bản và dự hội nghị. Đây là "
                                "chuyến đi thứ hai trong năm.", "Thanh Niên", "2026-09-10", "2026-09-10"))
    visits = repo.list_events(type="VISIT")["items"]
    assert len(visits) == 2, [(v["date"], len(v["sources"])) for v in visits]
    march = next(v for v in visits if v["date"].startswith("2026-03"))
    assert march["date"] == "2026-03-05"
    assert march["status"] == "occurred"
    assert sorted(s["outlet"] for s in march["sources"]) == ["Báo Chính phủ", "Tuổi Trẻ", "VnExpress"]
    assert all(s["evidence"] and "Phạm Minh Chính" in s["evidence"] for s in march["sources"])
    assert {p["name"] for p in march["participants"]} >= {"Phạm Minh Chính", "Nhật Bản"}
    assert repo.list_events(entity="pham minh chinh", since="2026-03-01", until="2026-03-31")["total"] == 1
    assert repo.list_events(since="2026-09-01")["total"] == 1
    full = repo.get_event(march["id"])
    assert full["n_sources"] == 3 and full["cameo"] == "042"


def test_different_event_types_on_one_day_stay_apart(store: Any, repo: Any) -> None:
    text = ("Ngày 12/8, Chủ tịch nước Lương Cường hội kiến Tổng thống Indonesia Prabowo Subianto. Sau đó, hai nhà "
            "lãnh đạo chứng kiến lễ ký Bản ghi nhớ hợp tác thủy sản.")
    ents = [ent("Lương Cường", "PERSON", country="VN"), ent("Prabowo Subianto", "PERSON", country="ID")]
    store.add_extraction(record(text, published="2025-08-12", entities=ents, events=[
        event("MEETING", [("Lương Cường", "actor"), ("Prabowo Subianto", "target")], text.split(".")[0],
              date="2025-08-12"),
        event("AGREEMENT", [("Lương Cường", "actor"), ("Prabowo Subianto", "actor")], "lễ ký Bản ghi nhớ",
              date="2025-08-12")]))
    assert repo.stats()["events"] == 2


# ----------------------------------------------------------------------------- claims

TRADE = [
    ("Theo Bộ Công Thương, kim ngạch thương mại hai chiều Việt Nam - Hàn Quốc năm 2025 đạt 88,4 tỷ USD, tăng 7,2% "
     "so với năm 2024. Hai nước phấn đấu nâng kim ngạch thương mại hai chiều lên 150 tỷ USD vào năm 2030.",
     "Báo Đầu tư", "2026-01-10", 88.4e9, "exact", "kim ngạch thương mại hai chiều"),
    ("Tổng kim ngạch thương mại hai chiều giữa Việt Nam và Hàn Quốc năm 2025 đạt hơn 88 tỷ USD, theo số liệu hải "
     "quan.", "VnExpress", "2026-01-11", 88e9, "over", "tổng kim ngạch thương mại hai chiều"),
    ("Năm 2025, kim ngạch thương mại hai nước đạt khoảng 88,4 tỷ USD, Hàn Quốc tiếp tục là đối tác lớn thứ ba.",
     "Thanh Niên", "2026-01-12", 88.4e9, "approx", "kim ngạch thương mại hai nước"),
]


def _trade(text: str, outlet: str, published: str, value: float, qualifier: str, indicator: str) -> dict[str, Any]:
    evidence = text.split(".")[0] if "88" in text.split(".")[0] else text
    facts = [fact(value, "USD", indicator, evidence, qualifier=qualifier, subjects=["VN", "KR"], period="2025")]
    if "150 tỷ" in text:
        facts.append(fact(150e9, "USD", "kim ngạch thương mại hai chiều", "phấn đấu nâng kim ngạch", kind="target",
                          subjects=["VN", "KR"], period="2030"))
    return record(text, outlet=outlet, published=published, facts=facts,
                  entities=[ent("Hàn Quốc", "LOCATION", country="KR"), ent("Việt Nam", "LOCATION", country="VN")])


def test_same_figure_from_several_sources_is_one_agreeing_claim(store: Any, repo: Any) -> None:
    for row in TRADE:
        store.add_extraction(_trade(*row))
    actual = repo.list_facts(kind="actual")["items"]
    assert len(actual) == 1, [(f["indicator"], f["value"]) for f in actual]
    claim = actual[0]
    assert claim["agreement"] == "agree"
    assert claim["value"] == 88_400_000_000 and claim["unit"] == "USD" and claim["period"] == "2025"
    assert sorted(s["outlet"] for s in claim["sources"]) == ["Báo Đầu tư", "Thanh Niên", "VnExpress"]
    assert {s["qualifier"] for s in claim["sources"]} == {"exact", "over", "approx"}
    assert all("88" in s["evidence"] for s in claim["sources"])
    # The 2030 target is linked, with progress.
    assert claim["target"]["value"] == 150_000_000_000
    assert claim["target"]["progress"] == pytest.approx(88.4 / 150, abs=1e-3)
    target = repo.list_facts(kind="target")["items"][0]
    assert target["actual"]["id"] == claim["id"]
    assert repo.list_facts(query="kim ngach thuong mai")["total"] == 2


def test_conflicting_figures_are_flagged(store: Any, repo: Any) -> None:
    store.add_extraction(_trade(*TRADE[0]))
    text = "Kim ngạch thương mại hai chiều Việt Nam - Hàn Quốc năm 2025 đạt 78,4 tỷ USD, một tờ báo đưa tin."
    store.add_extraction(_trade(text, "Báo X", "2026-01-15", 78.4e9, "exact", "kim ngạch thương mại hai chiều"))
    claim = repo.list_facts(kind="actual")["items"][0]
    assert claim["agreement"] == "conflict"
    assert sorted(s["value"] for s in claim["sources"]) == [78_400_000_000, 88_400_000_000]


def test_percentages_with_qualifiers_agree(store: Any, repo: Any) -> None:
    texts = [("Vốn FDI giải ngân năm 2025 tăng 11,7% so với năm trước.", 11.7, "exact"),
             ("Vốn đầu tư nước ngoài giải ngân năm 2025 tăng hơn 11,7%.", 11.7, "over"),
             ("Năm 2025, vốn FDI giải ngân tăng gần 12%.", 12.0, "approx")]
    for i, (text, value, q) in enumerate(texts):
        store.add_extraction(record(text, outlet=f"O{i}", published="2026-01-0" + str(i + 1), facts=[
            fact(value, "%", "tăng trưởng vốn FDI giải ngân", text, qualifier=q, subjects=["VN"], period="2025")]))
    claims = repo.list_facts()["items"]
    assert len(claims) == 1 and claims[0]["agreement"] == "agree" and len(claims[0]["sources"]) == 3


def test_two_figures_in_one_article_are_two_claims(store: Any, repo: Any) -> None:
    text = "Xuất khẩu gạo năm 2025 đạt 8 triệu tấn, trong khi năm 2025 xuất khẩu gạo sang Philippines đạt 3,5 triệu tấn."
    store.add_extraction(record(text, facts=[
        fact(8e6, "t", "xuất khẩu gạo", "Xuất khẩu gạo năm 2025 đạt 8 triệu tấn", period="2025"),
        fact(3.5e6, "t", "xuất khẩu gạo", "xuất khẩu gạo sang Philippines đạt 3,5 triệu tấn", period="2025")]))
    claims = repo.list_facts()["items"]
    assert len(claims) == 2 and all(c["agreement"] == "single" for c in claims)


def test_a_title_given_as_an_alias_does_not_merge_two_people(store: Any, repo: Any) -> None:
    store.add_extraction(record(
        "Tổng Bí thư Tô Lâm phát biểu tại phiên khai mạc hội nghị Trung ương.", published="2026-01-05",
        entities=[ent("Tô Lâm", "PERSON", aliases=["Tổng Bí thư"], titles=["Tổng Bí thư"])]))
    store.add_extraction(record(
        "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith tiếp đoàn đại biểu Việt Nam tại Vientiane.",
        published="2026-01-06", entities=[ent("Thongloun Sisoulith", "PERSON", aliases=["Tổng Bí thư"],
                                              titles=["Tổng bí thư", "Chủ tịch nước Lào"], country="LA")]))
    store.add_extraction(record(
        "Ông Tô Lâm nhấn mạnh yêu cầu đổi mới mạnh mẽ phương thức lãnh đạo.", published="2026-01-09",
        entities=[ent("Tô Lâm", "PERSON", titles=["Tổng bí thư"])]))
    people = {e["name"]: e for e in repo.list_entities(type="PERSON")["items"]}
    assert set(people) == {"Tô Lâm", "Thongloun Sisoulith"}
    to_lam = people["Tô Lâm"]
    assert to_lam["documents"] == 2 and "Tổng Bí thư" not in to_lam["aliases"]
    assert [(t["title"], t["first_seen"], t["last_seen"]) for t in to_lam["titles"]] == [
        ("Tổng Bí thư", "2026-01-05", "2026-01-09")]
