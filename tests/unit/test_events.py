"""Event extraction on diplomatic and aid news sentences written for these tests.

Entities are given by the test (a small helper finds their mentions), so the
events are tested apart from the entity recognizer.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vnewsgraph.extract.events import EventExtractor
from vnewsgraph.model import Article, Document, Entity, Event, Span
from vnewsgraph.nlp.pipeline import make_document
from vnewsgraph.nlp.sentences import SentenceSplitter
from vnewsgraph.nlp.timex import TimexTagger
from vnewsgraph.nlp.tokens import Tokenizer

PUB = dt.date(2025, 3, 12)

# name -> (type, country, titles, other written forms)
KNOWN: dict[str, tuple[str, str | None, list[str], list[str]]] = {
    "Phạm Minh Chính": ("PERSON", "VN", ["Thủ tướng"], []),
    "Ito Naoki": ("PERSON", "JP", ["Đại sứ Nhật Bản"], []),
    "Lương Cường": ("PERSON", "VN", ["Chủ tịch nước"], []),
    "Prabowo Subianto": ("PERSON", "ID", ["Tổng thống Indonesia"], []),
    "Bùi Thanh Sơn": ("PERSON", "VN", ["Bộ trưởng Ngoại giao"], []),
    "Marco Rubio": ("PERSON", "US", ["Ngoại trưởng Mỹ"], []),
    "Hun Manet": ("PERSON", "KH", ["Thủ tướng Campuchia"], []),
    "Anutin Charnvirakul": ("PERSON", "TH", ["Thủ tướng Thái Lan"], []),
    "Trần Hồng Hà": ("PERSON", "VN", ["Phó Thủ tướng"], []),
    "Hội Chữ thập đỏ Việt Nam": ("ORGANIZATION", "VN", [], ["Hội Chữ thập đỏ"]),
    "UBND tỉnh Quảng Bình": ("ORGANIZATION", "VN", [], []),
    "Bộ Ngoại giao": ("ORGANIZATION", "VN", [], []),
    "Việt Nam": ("LOCATION", "VN", [], []),
    "Indonesia": ("LOCATION", "ID", [], []),
    "Nhật Bản": ("LOCATION", "JP", [], []),
    "Campuchia": ("LOCATION", "KH", [], []),
    "Thái Lan": ("LOCATION", "TH", [], []),
    "Jakarta": ("LOCATION", "ID", [], []),
    "Hà Nội": ("LOCATION", "VN", [], []),
    "Bangkok": ("LOCATION", "TH", [], []),
    "Quảng Bình": ("LOCATION", "VN", [], []),
    "Vivian Balakrishnan": ("PERSON", "SG", ["Bộ trưởng Ngoại giao Singapore"], []),
    "Lê Hoài Trung": ("PERSON", "VN", ["Bộ trưởng Ngoại giao"], []),
    "Nguyễn Thị Liên Hương": ("PERSON", "VN", ["Thứ trưởng Bộ Y tế"], []),
    "Bộ Y tế": ("ORGANIZATION", "VN", [], []),
    "ASEAN": ("ORGANIZATION", None, [], []),
    "Vientiane": ("LOCATION", "LA", [], []),
    "Lào": ("LOCATION", "LA", [], []),
    "Sok Dara": ("PERSON", "KH", ["Đại sứ Campuchia"], []),
    "Đoàn đại biểu cấp cao Chính phủ Việt Nam": ("ORGANIZATION", "VN", [], []),
    "Tập đoàn Hòa Phát": ("ORGANIZATION", "VN", [], []),
    "Hội đồng châu Âu": ("ORGANIZATION", None, [], []),
    "Marta Kos": ("PERSON", None, ["Chủ tịch Hội đồng châu Âu"], []),
    "Mặt trận Lào xây dựng đất nước": ("ORGANIZATION", "LA", [], []),
    "Sinlavong Khoutphaythoune": ("PERSON", "LA", ["Chủ tịch Mặt trận Lào xây dựng đất nước"], []),
}


def make_doc(text: str, published: dt.date | None = PUB, names: list[str] | None = None) -> Document:
    """A Document with sentences, tokens, time expressions and the given entities' mentions."""
    doc = make_document(Article(raw_text=text, published=published))
    for comp in (SentenceSplitter(), Tokenizer(), TimexTagger()):
        doc = comp(doc)
    n = 0
    taken: list[tuple[int, int]] = []
    for name in sorted(names or KNOWN, key=len, reverse=True):
        etype, country, titles, aliases = KNOWN[name]
        spans: list[Span] = []
        for form in (name, *aliases):
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", doc.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                spans.append(Span(m.start(), m.end()))
        if spans:
            n += 1
            doc.entities.append(Entity(f"e{n}", name, etype, aliases=list(aliases), titles=list(titles),
                                       country=country, mentions=sorted(spans, key=lambda s: s.start)))
    return doc


def events_of(text: str, published: dt.date | None = PUB, **kw: object) -> tuple[Document, list[Event]]:
    doc = EventExtractor(**kw)(make_doc(text, published))  # type: ignore[arg-type]
    return doc, doc.events


def names(doc: Document, event: Event) -> set[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return {by_id[p.entity] for p in event.participants}


def role_of(doc: Document, event: Event, name: str) -> str | None:
    by_id = {e.id: e.name for e in doc.entities}
    return next((p.role for p in event.participants if by_id[p.entity] == name), None)


# ------------------------------------------------------------------ MEETING
def test_reception_is_a_hosted_meeting_dated_by_the_fronted_date() -> None:
    doc, evs = events_of("Chiều 12/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki tại Hà Nội.")
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.type, ev.cameo, ev.date, ev.status) == ("MEETING", "043", "2025-03-12", "occurred")
    assert names(doc, ev) >= {"Phạm Minh Chính", "Ito Naoki"}
    assert "Nhật Bản" not in names(doc, ev)  # part of the ambassador's title
    assert role_of(doc, ev, "Phạm Minh Chính") == "host"
    assert ev.location is not None and doc.entities[int(ev.location[1:]) - 1].name == "Hà Nội"
    assert doc.text[ev.evidence.start : ev.evidence.end].startswith("Chiều 12/3")


def test_phone_talks() -> None:
    doc, evs = events_of("Tối 11/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Mỹ Marco Rubio.")
    assert [(e.type, e.cameo, e.date) for e in evs] == [("MEETING", "041", "2025-03-11")]
    assert names(doc, evs[0]) >= {"Bùi Thanh Sơn", "Marco Rubio"}


def test_courtesy_calls_on_two_people_are_two_meetings() -> None:
    text = ("Trong chuyến thăm, Thủ tướng Phạm Minh Chính đã hội kiến Thủ tướng Campuchia Hun Manet, "
            "Thủ tướng Thái Lan Anutin Charnvirakul.")
    doc, evs = events_of(text)
    meetings = [e for e in evs if e.type == "MEETING"]
    assert sorted(sorted(names(doc, e)) for e in meetings) == [
        ["Anutin Charnvirakul", "Phạm Minh Chính"], ["Hun Manet", "Phạm Minh Chính"]]


def test_meeting_needs_a_named_counterpart() -> None:
    _, evs = events_of("Thủ tướng Phạm Minh Chính gặp gỡ cộng đồng người Việt Nam tại Thái Lan.")
    assert evs == []
    _, evs = events_of("Doanh nghiệp Việt Nam gặp khó khăn khi tiếp cận thị trường Nhật Bản.")
    assert evs == []


def test_repeated_meeting_is_one_event() -> None:
    text = ("Sáng nay, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki.\n"
            "Tại buổi tiếp, Thủ tướng Phạm Minh Chính đề nghị hai nước tăng cường hợp tác.\n"
            "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki. Ảnh: VGP")
    _, evs = events_of(text)
    assert len(evs) == 1
    assert evs[0].date == "2025-03-12"


# ------------------------------------------------------------------ VISIT
def test_planned_state_visit_with_a_date_range() -> None:
    text = "Chủ tịch nước Lương Cường sẽ thăm chính thức Indonesia từ ngày 20 đến 22/10."
    doc, evs = events_of(text)
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.type, ev.cameo, ev.date, ev.status) == ("VISIT", "042", "2025-10-20", "planned")
    assert names(doc, ev) == {"Lương Cường", "Việt Nam", "Indonesia"} - ({"Việt Nam"} - {e.name for e in doc.entities})
    assert role_of(doc, ev, "Indonesia") == "target"


def test_visit_brings_the_visitors_country_and_the_inviter() -> None:
    text = ("Nhận lời mời của Tổng thống Indonesia Prabowo Subianto, Chủ tịch nước Lương Cường sẽ thăm "
            "cấp Nhà nước tới Indonesia. Quan hệ Việt Nam - Indonesia phát triển tốt đẹp.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert names(doc, evs[0]) == {"Lương Cường", "Việt Nam", "Indonesia", "Prabowo Subianto"}
    assert role_of(doc, evs[0], "Prabowo Subianto") == "host"
    assert role_of(doc, evs[0], "Việt Nam") == "actor"


def test_past_visit_in_passing_keeps_its_own_date() -> None:
    text = ("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Nhật Bản vào tuần tới.\n"
            "Thủ tướng Phạm Minh Chính từng thăm Nhật Bản hồi tháng 5/2023.")
    _, evs = events_of(text)
    assert sorted((e.date, e.status) for e in evs) == [("2023-05", "occurred"), ("2025-03-12", "planned")] or \
        sorted((e.date, e.status) for e in evs)[0] == ("2023-05", "occurred")
    assert len(evs) == 2


def test_setting_off_for_a_visit_is_planned_and_the_finished_one_occurred() -> None:
    text = ("Kết thúc chuyến thăm chính thức Thái Lan, sáng nay (12/3), Thủ tướng Phạm Minh Chính "
            "rời Bangkok lên đường thăm chính thức Campuchia.")
    doc, evs = events_of(text)
    by_country = {next(n for n in names(doc, e) if n in ("Thái Lan", "Campuchia")): e for e in evs}
    assert by_country["Thái Lan"].status == "occurred"
    assert by_country["Campuchia"].status == "planned"
    assert by_country["Campuchia"].date == "2025-03-12"


def test_two_destinations_with_their_own_dates_are_two_visits() -> None:
    text = "Thủ tướng Phạm Minh Chính thực hiện chuyến thăm tới Thái Lan (ngày 15/3) và Campuchia (16/3)."
    doc, evs = events_of(text)
    got = sorted((e.date, sorted(names(doc, e) & {"Thái Lan", "Campuchia"})[0]) for e in evs)
    assert got == [("2025-03-15", "Thái Lan"), ("2025-03-16", "Campuchia")]
    assert all(e.status == "planned" for e in evs)


def test_tourists_arriving_are_not_a_visit() -> None:
    _, evs = events_of("Hơn 1 triệu lượt khách du lịch Thái Lan đã đến Việt Nam trong năm 2024.")
    assert evs == []
    _, evs = events_of("Đại sứ Ito Naoki chuyển lời thăm hỏi tới Thủ tướng.")
    assert evs == []


# ------------------------------------------------------------------ AGREEMENT
def test_signing_documents() -> None:
    text = ("Ngày 11/3, Việt Nam và Nhật Bản đã ký kết 5 văn kiện hợp tác trong lĩnh vực năng lượng.")
    doc, evs = events_of(text)
    assert [(e.type, e.cameo, e.date, e.status) for e in evs] == [("AGREEMENT", "057", "2025-03-11", "occurred")]
    assert names(doc, evs[0]) == {"Việt Nam", "Nhật Bản"}


def test_witnessing_the_exchange_of_documents_and_relations_established() -> None:
    text = ("Thủ tướng Phạm Minh Chính và Thủ tướng Campuchia Hun Manet chứng kiến lễ trao các văn kiện hợp tác.\n"
            "Việt Nam và Indonesia thiết lập quan hệ ngoại giao ngày 30/12/1955.")
    doc, evs = events_of(text)
    assert sorted((e.type, e.date) for e in evs) == [("AGREEMENT", "1955-12-30"), ("AGREEMENT", "2025-03-12")]
    dated = next(e for e in evs if e.date == "1955-12-30")
    assert names(doc, dated) == {"Việt Nam", "Indonesia"}


def test_agreements_already_in_force_are_not_a_signing() -> None:
    _, evs = events_of("Hai bên triển khai hiệu quả các hiệp định hợp tác song phương đã ký giữa Việt Nam và Nhật Bản.")
    assert evs == []
    _, evs = events_of("Bộ Ngoại giao cấp phép cho 20 dự án có vốn đăng ký 2 tỷ USD tại Hà Nội.")
    assert evs == []


# ------------------------------------------------------------------ AID
def test_red_cross_donation() -> None:
    text = "Hội Chữ thập đỏ Việt Nam trao tặng 500 suất quà cho người dân vùng lũ Quảng Bình."
    doc, evs = events_of(text)
    assert [(e.type, e.cameo, e.status) for e in evs] == [("AID", "070", "occurred")]
    assert role_of(doc, evs[0], "Hội Chữ thập đỏ Việt Nam") == "actor"
    assert role_of(doc, evs[0], "Quảng Bình") == "recipient"


def test_support_without_a_gift_is_not_aid() -> None:
    _, evs = events_of("Đại sứ Ito Naoki cảm ơn sự hỗ trợ của Việt Nam trong nhiệm kỳ công tác.")
    assert evs == []
    _, evs = events_of("Hai nước hỗ trợ lẫn nhau tại các diễn đàn quốc tế như Liên Hợp Quốc.")
    assert evs == []
    _, evs = events_of("Phó Thủ tướng Trần Hồng Hà trao tặng Huân chương Lao động cho Hội Chữ thập đỏ Việt Nam.")
    assert evs == []


def test_aid_with_an_amount() -> None:
    text = "Phó Thủ tướng Trần Hồng Hà đã hỗ trợ UBND tỉnh Quảng Bình 10 tỷ đồng khắc phục hậu quả bão."
    doc, evs = events_of(text)
    assert [(e.type, e.status) for e in evs] == [("AID", "occurred")]
    assert names(doc, evs[0]) >= {"Trần Hồng Hà", "UBND tỉnh Quảng Bình"}


# ------------------------------------------------------------------ titles, status, options
def test_bare_title_stands_for_its_holder() -> None:
    text = ("Thủ tướng Phạm Minh Chính đến Quảng Bình thị sát vùng lũ.\n"
            "Thủ tướng đã trao tặng 1.000 suất quà cho bà con.")
    doc, evs = events_of(text)
    aid = next(e for e in evs if e.type == "AID")
    assert "Phạm Minh Chính" in names(doc, aid)


def test_ongoing_and_status_from_dates() -> None:
    _, evs = events_of("Thủ tướng Phạm Minh Chính đang thăm chính thức Nhật Bản.", ongoing=True)
    assert [e.status for e in evs] == ["ongoing"]
    _, evs = events_of("Thủ tướng Phạm Minh Chính đang thăm chính thức Nhật Bản.")
    assert [e.status for e in evs] == ["occurred"]  # the gold knows occurred and planned only
    _, evs = events_of("Ngày 15/3, Thủ tướng Phạm Minh Chính thăm chính thức Nhật Bản.")
    assert [(e.date, e.status) for e in evs] == [("2025-03-15", "planned")]
    _, evs = events_of("Ngày 10/3, Thủ tướng Phạm Minh Chính thăm chính thức Nhật Bản.")
    assert [(e.date, e.status) for e in evs] == [("2025-03-10", "occurred")]


def test_statements_are_off_by_default() -> None:
    text = "Bộ trưởng Ngoại giao Bùi Thanh Sơn tuyên bố Việt Nam ủng hộ hòa bình."
    assert events_of(text)[1] == []
    doc, evs = events_of(text, types={"STATEMENT"})
    assert [(e.type, e.cameo) for e in evs] == [("STATEMENT", "010")]


def test_no_entities_no_events_and_spans_inside_text() -> None:
    doc = EventExtractor()(make_doc("Thủ tướng tiếp Đại sứ.", names=[]))
    assert doc.events == []
    doc, evs = events_of("Chiều 12/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki.")
    for e in evs:
        assert 0 <= e.evidence.start < e.evidence.end <= len(doc.text)
        assert e.to_dict()["type"] == "MEETING"


def test_both_sides_are_the_parties_of_the_talks() -> None:
    text = ("Chiều 12/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Thái Lan Anutin Charnvirakul. "
            "Sau hội đàm, hai bên đã ký kết 5 văn kiện hợp tác.")
    doc, evs = events_of(text)
    agreement = next(e for e in evs if e.type == "AGREEMENT")
    assert names(doc, agreement) >= {"Phạm Minh Chính", "Anutin Charnvirakul"}
    assert (agreement.date, agreement.status, agreement.cameo) == ("2025-03-12", "occurred", "057")
    meeting = next(e for e in evs if e.type == "MEETING")
    assert meeting.cameo == "046"


def test_a_country_gives_aid() -> None:
    doc, evs = events_of("Ngày 10/3, Nhật Bản viện trợ 1 triệu USD cho Việt Nam khắc phục hậu quả bão.")
    assert [(e.type, e.cameo, e.date) for e in evs] == [("AID", "071", "2025-03-10")]
    assert role_of(doc, evs[0], "Nhật Bản") == "actor"
    assert role_of(doc, evs[0], "Việt Nam") == "recipient"


def test_arrival_then_visit_is_one_visit_with_its_city() -> None:
    text = "Tối 11/3, Thủ tướng Phạm Minh Chính đến Jakarta, bắt đầu chuyến thăm chính thức Indonesia."
    doc, evs = events_of(text)
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.type, ev.date, ev.status) == ("VISIT", "2025-03-11", "occurred")
    assert names(doc, ev) >= {"Phạm Minh Chính", "Indonesia", "Jakarta"}


def test_welcome_ceremony_is_a_hosted_meeting_and_the_guest_visits() -> None:
    text = ("Sáng 12/3, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Campuchia Hun Manet "
            "thăm chính thức Việt Nam.")
    doc, evs = events_of(text)
    kinds = sorted((e.type, e.cameo) for e in evs)
    assert kinds == [("MEETING", "043"), ("VISIT", "042")]
    visit = next(e for e in evs if e.type == "VISIT")
    assert "Hun Manet" in names(doc, visit) and "Việt Nam" in names(doc, visit)


def test_reported_visit_belongs_to_the_reported_subject() -> None:
    text = "Đại sứ Ito Naoki cho biết Thủ tướng Phạm Minh Chính sẽ thăm chính thức Nhật Bản vào cuối tháng 4."
    doc, evs = events_of(text)
    assert [(e.type, e.date, e.status) for e in evs] == [("VISIT", "2025-04", "planned")]
    assert "Ito Naoki" not in names(doc, evs[0])
    assert "Phạm Minh Chính" in names(doc, evs[0])
    _, evs = events_of("Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết Nhật Bản sẽ viện trợ 5 triệu USD cho Việt Nam.")
    assert [e.type for e in evs] == ["AID"]


def test_happenings_within_a_visit_take_its_date() -> None:
    text = ("Hồi tháng 5/2023, Tổng thống Indonesia Prabowo Subianto đã thăm chính thức Việt Nam. "
            "Hai nước đã ký kết 12 văn kiện hợp tác trong chuyến thăm này.\n"
            "Việt Nam và Indonesia thiết lập quan hệ ngoại giao ngày 30/12/1955.")
    doc, evs = events_of(text)
    agreements = sorted(e.date or "" for e in evs if e.type == "AGREEMENT")
    assert agreements == ["1955-12-30", "2023-05"]
    text = ("Chủ tịch nước Lương Cường sẽ thăm chính thức Indonesia từ ngày 20 đến 22/10.\n"
            "Trong chuyến thăm, Chủ tịch nước Lương Cường sẽ hội đàm với Tổng thống Prabowo Subianto.")
    _, evs = events_of(text)
    meeting = next(e for e in evs if e.type == "MEETING")
    assert (meeting.date, meeting.status) == ("2025-10-20", "planned")


def test_two_ministers_are_both_sides_not_one_title_holder() -> None:
    text = ("Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan hội đàm với Bộ trưởng Ngoại giao Lê Hoài Trung. "
            "Hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác đào tạo.")
    doc, evs = events_of(text)
    agreement = next(e for e in evs if e.type == "AGREEMENT")
    assert names(doc, agreement) >= {"Vivian Balakrishnan", "Lê Hoài Trung"}


def test_the_delegation_gives_on_its_visit_day() -> None:
    text = ("Sáng 11/3, Đoàn công tác của Bộ Y tế do Thứ trưởng Nguyễn Thị Liên Hương dẫn đầu đã đến "
            "Quảng Bình kiểm tra công tác khắc phục hậu quả bão.\n"
            "Đoàn đã trao tặng 2.000 cơ số thuốc và 500 triệu đồng cho ngành y tế Quảng Bình.")
    doc, evs = events_of(text)
    aid = next(e for e in evs if e.type == "AID")
    assert (aid.date, aid.status) == ("2025-03-11", "occurred")
    assert "Nguyễn Thị Liên Hương" in names(doc, aid)


def test_summit_attendance_is_other_and_dated_by_its_month() -> None:
    text = "Trong tuần tới, Thủ tướng Phạm Minh Chính sẽ dự Hội nghị cấp cao ASEAN lần thứ 46 tại Vientiane, Lào."
    assert events_of(text)[1] == []  # attending a conference is not a meeting between parties
    doc, evs = events_of(text, types={"OTHER"})
    assert [(e.type, e.date, e.status) for e in evs] == [("OTHER", "2025-03", "planned")]
    assert evs[0].location is not None
    assert {"Phạm Minh Chính", "ASEAN"} <= names(doc, evs[0])


def test_the_date_a_happening_took_place_wins_over_the_dateline() -> None:
    text = ("Ngày 12/3, theo hãng tin Kyodo, Thủ tướng Phạm Minh Chính có cuộc điện đàm với "
            "Thủ tướng Thái Lan Anutin Charnvirakul.\n"
            "Cuộc điện đàm diễn ra ngày 11/3, trước thềm Hội nghị cấp cao ASEAN.")
    _, evs = events_of(text)
    assert [(e.type, e.date) for e in evs] == [("MEETING", "2025-03-11")]


def test_a_fronted_welcome_takes_the_subject_after_the_comma() -> None:
    text = ("Vui mừng chào đón Tổng thống Indonesia Prabowo Subianto thăm Việt Nam, "
            "Chủ tịch nước Lương Cường khẳng định quan hệ hai nước phát triển tốt đẹp.")
    doc, evs = events_of(text)
    meeting = next(e for e in evs if e.type == "MEETING")
    assert names(doc, meeting) >= {"Lương Cường", "Prabowo Subianto"}
    visit = next(e for e in evs if e.type == "VISIT")
    assert "Prabowo Subianto" in names(doc, visit)


def test_loans_decrees_and_inspections_are_not_aid_or_agreements() -> None:
    _, evs = events_of("Bộ Tài chính cho biết sẽ hỗ trợ doanh nghiệp tiếp cận vốn vay ưu đãi 5.000 tỷ đồng.")
    assert evs == []
    _, evs = events_of("Thủ tướng Phạm Minh Chính đã ký Quyết định số 123 về quy hoạch tỉnh Quảng Bình.")
    assert evs == []


def test_visit_under_way_on_publication_day_is_ongoing() -> None:
    text = "Chủ tịch nước Lương Cường thăm chính thức Indonesia từ ngày 10 đến 13/3."
    _, evs = events_of(text, ongoing=True)
    assert [(e.date, e.status) for e in evs] == [("2025-03-10", "ongoing")]
    _, evs = events_of(text)
    assert [(e.date, e.status) for e in evs] == [("2025-03-10", "occurred")]


def test_trigger_words_inside_names_and_launch_ceremonies() -> None:
    KNOWN["Ban Vận động Cứu trợ Trung ương"] = ("ORGANIZATION", "VN", [], [])
    try:
        text = ("Chiều 11/3, Ban Vận động Cứu trợ Trung ương phát động đợt vận động ủng hộ đồng bào Quảng Bình.\n"
                "Tại Lễ phát động, Phó Thủ tướng Trần Hồng Hà kêu gọi vận động ủng hộ đồng bào vùng lũ.\n"
                "Lễ phát động phong trào thi đua diễn ra tại Hà Nội.")
        doc, evs = events_of(text)
        assert [(e.type, e.date) for e in evs] == [("AID", "2025-03-11")]
        assert {"Ban Vận động Cứu trợ Trung ương", "Trần Hồng Hà"} <= names(doc, evs[0])
        _, evs = events_of("Ban Vận động Cứu trợ Trung ương họp tại Hà Nội.")
        assert evs == []
    finally:
        del KNOWN["Ban Vận động Cứu trợ Trung ương"]


def test_souvenirs_are_not_aid_and_a_fronted_place_locates() -> None:
    _, evs = events_of("Thủ tướng Phạm Minh Chính trao quà lưu niệm cho Đại sứ Nhật Bản Ito Naoki.")
    assert [e.type for e in evs] == []
    doc, evs = events_of("Tại Quảng Bình, Thủ tướng Phạm Minh Chính đến thăm, tặng quà các gia đình bị thiệt hại do bão.")
    assert [(e.type, e.cameo) for e in evs] == [("AID", "073")]
    assert evs[0].location is not None and doc.entities[int(evs[0].location[1:]) - 1].name == "Quảng Bình"


def test_a_bare_title_resolves_without_entity_titles() -> None:
    doc = make_doc("Thủ tướng Phạm Minh Chính đến Quảng Bình.\nThủ tướng đã trao tặng 1.000 suất quà cho bà con.")
    for e in doc.entities:
        e.titles = []  # an entity recognizer that records no titles
    evs = EventExtractor()(doc).events
    aid = next(e for e in evs if e.type == "AID")
    assert "Phạm Minh Chính" in names(doc, aid)


WORDS = ["Thủ tướng", "Phạm Minh Chính", "tiếp", "thăm", "Nhật Bản", "ngày", "12/3", "sẽ", "đã", "ký kết",
         "trao tặng", "500", "suất quà", "hai bên", "Đoàn", ",", ";", ".", "\n", "(", ")", "tại", "Hà Nội",
         "cuộc gặp", "hội đàm", "với", "Ito Naoki", "tháng 7/2024", "hôm qua", "cho biết", "của", "lên đường"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.booleans())
def test_any_text_gives_well_formed_events(words: list[str], dated: bool) -> None:
    doc, evs = events_of(" ".join(words), PUB if dated else None)
    ids = {e.id for e in doc.entities}
    for ev in evs:
        assert ev.participants and all(p.entity in ids for p in ev.participants)
        assert ev.location is None or ev.location in ids
        assert ev.status in ("occurred", "planned", "ongoing")
        assert 0 <= ev.evidence.start < ev.evidence.end <= len(doc.text)
        assert ev.date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ev.date)


def test_one_donation_with_its_figures_and_different_donors_apart() -> None:
    text = ("Hội Chữ thập đỏ Việt Nam đã trao tặng UBND tỉnh Quảng Bình 20.000 USD cùng 200 phần quà hỗ trợ "
            "bà con vùng lũ.\nBộ Y tế hỗ trợ tỉnh Quảng Bình 5 tỷ đồng.")
    doc, evs = events_of(text)
    assert sorted(sorted(names(doc, e) - {"Việt Nam"}) for e in evs) == [
        ["Bộ Y tế", "Quảng Bình"], ["Hội Chữ thập đỏ Việt Nam", "UBND tỉnh Quảng Bình"]]


def test_a_pronoun_subject_is_the_person_named_last() -> None:
    text = ("Tổng thống Indonesia Prabowo Subianto tới Hà Nội sáng nay.\n"
            "Lần gần nhất ông thăm Việt Nam là vào tháng 3/2023.")
    doc, evs = events_of(text)
    past = next(e for e in evs if e.date == "2023-03")
    assert (past.type, past.status) == ("VISIT", "occurred")
    assert "Prabowo Subianto" in names(doc, past)


# ------------------------------------------------------------------ who takes part
VISIT_ID = "Chủ tịch nước Lương Cường sẽ thăm chính thức Indonesia từ ngày 20 đến 22/10. "


def test_a_speaker_who_talks_about_the_visit_is_not_in_it() -> None:
    text = (VISIT_ID + "Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết chuyến thăm có ý nghĩa quan trọng "
            "đối với quan hệ Việt Nam - Indonesia.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert names(doc, evs[0]) == {"Lương Cường", "Indonesia", "Việt Nam"}
    assert role_of(doc, evs[0], "Việt Nam") == "actor"


def test_a_speaker_who_talks_of_his_own_visit_is_its_visitor() -> None:
    text = ("Tối 11/3, Thủ tướng Phạm Minh Chính cho biết trong chuyến thăm lần này, lãnh đạo hai nước "
            "đã thống nhất nhiều định hướng hợp tác với Thái Lan.")
    doc, evs = events_of(text)
    assert [e.type for e in evs] == ["VISIT"]
    assert "Phạm Minh Chính" in names(doc, evs[0])


def test_a_later_mention_of_the_visit_adds_no_one() -> None:
    text = (VISIT_ID + "Phó Thủ tướng Trần Hồng Hà đánh giá cao chuyến thăm, khẳng định quan hệ "
            "Việt Nam - Indonesia ngày càng phát triển. Chuyến thăm diễn ra trong bối cảnh Đại sứ Nhật Bản "
            "Ito Naoki vừa kết thúc nhiệm kỳ.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert names(doc, evs[0]) == {"Lương Cường", "Indonesia", "Việt Nam"}


def test_a_back_reference_does_not_change_the_roles() -> None:
    text = ("Sáng 12/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet. "
            "Tại cuộc hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Hun Manet nhất trí tăng cường hợp tác "
            "giữa Việt Nam và Campuchia.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert role_of(doc, evs[0], "Phạm Minh Chính") == "actor"
    assert role_of(doc, evs[0], "Hun Manet") == "target"
    # talks are between states: each side's country takes part
    assert role_of(doc, evs[0], "Việt Nam") == "actor"
    assert role_of(doc, evs[0], "Campuchia") == "target"


def test_speakers_at_the_meeting_take_part() -> None:
    text = ("Chiều 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Ito Naoki tại Hà Nội. "
            "Tại buổi tiếp, Bộ trưởng Bùi Thanh Sơn, Phó Thủ tướng Trần Hồng Hà và Đại sứ Ito Naoki "
            "nhất trí thúc đẩy hợp tác.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert names(doc, evs[0]) == {"Bùi Thanh Sơn", "Ito Naoki", "Trần Hồng Hà"}
    assert role_of(doc, evs[0], "Bùi Thanh Sơn") == "host"
    assert role_of(doc, evs[0], "Trần Hồng Hà") == "party"


def test_a_title_said_of_someone_is_not_its_other_holder() -> None:
    text = ("Sáng 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Ito Naoki. "
            "Phó Thủ tướng Trần Hồng Hà trên cương vị Bộ trưởng Ngoại giao thăm Lào hồi tháng 5/2024.")
    doc, evs = events_of(text)
    visit = next(e for e in evs if e.type == "VISIT")
    assert visit.date == "2024-05"
    assert names(doc, visit) == {"Trần Hồng Hà", "Lào"}


def test_delegation_members_go_on_the_visit() -> None:
    text = (VISIT_ID + "Cùng đi với Chủ tịch nước có Bộ trưởng Ngoại giao Bùi Thanh Sơn; Phó Thủ tướng "
            "Trần Hồng Hà. Chiều 12/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki.")
    doc, evs = events_of(text)
    visit = next(e for e in evs if e.type == "VISIT")
    meeting = next(e for e in evs if e.type == "MEETING")
    assert names(doc, visit) == {"Lương Cường", "Indonesia", "Bùi Thanh Sơn", "Trần Hồng Hà"}
    assert role_of(doc, visit, "Bùi Thanh Sơn") == "actor"
    assert names(doc, meeting) == {"Phạm Minh Chính", "Ito Naoki"}


def test_people_attending_with_the_host_are_on_the_hosts_side() -> None:
    text = ("Chiều 12/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki. Cùng tiếp có "
            "Bộ trưởng Ngoại giao Bùi Thanh Sơn. Tháp tùng Thủ tướng có Phó Thủ tướng Trần Hồng Hà.")
    doc, evs = events_of(text)
    assert len(evs) == 1  # no visit to go along on: the second list joins nothing
    assert names(doc, evs[0]) == {"Phạm Minh Chính", "Ito Naoki", "Bùi Thanh Sơn"}
    assert role_of(doc, evs[0], "Bùi Thanh Sơn") == "host"


def test_the_inviter_hosts_and_the_visited_country_is_the_target() -> None:
    text = ("Theo lời mời của Thủ tướng Thái Lan Anutin Charnvirakul, Thủ tướng Phạm Minh Chính sẽ thăm "
            "chính thức Thái Lan từ ngày 20 đến 22/10. Quan hệ Việt Nam - Thái Lan phát triển tốt đẹp.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert {n: role_of(doc, evs[0], n) for n in names(doc, evs[0])} == {
        "Anutin Charnvirakul": "host", "Phạm Minh Chính": "actor", "Thái Lan": "target", "Việt Nam": "actor"}


def test_aid_receivers_are_recipients() -> None:
    text = "Ngày 11/3, Hội Chữ thập đỏ Việt Nam đã trao tặng 2 tỷ đồng cho UBND tỉnh Quảng Bình để khắc phục bão lũ."
    doc, evs = events_of(text)
    assert [e.type for e in evs] == ["AID"]
    assert {n: role_of(doc, evs[0], n) for n in names(doc, evs[0])} == {
        "Hội Chữ thập đỏ Việt Nam": "actor", "UBND tỉnh Quảng Bình": "recipient"}


def test_a_body_in_a_persons_title_is_not_at_the_meeting() -> None:
    doc, evs = events_of("Chiều 12/3, Thứ trưởng Bộ Y tế Nguyễn Thị Liên Hương tiếp Đại sứ Nhật Bản Ito Naoki.")
    assert len(evs) == 1
    assert names(doc, evs[0]) == {"Nguyễn Thị Liên Hương", "Ito Naoki"}


def test_the_places_of_an_ambassadors_title_are_not_at_the_meeting() -> None:
    doc, evs = events_of("Chiều 11/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Campuchia tại Việt Nam Sok Dara "
                         "đến chào từ biệt.")
    assert len(evs) == 1
    assert names(doc, evs[0]) == {"Phạm Minh Chính", "Sok Dara"}


def test_a_reported_visits_owner_is_the_visitor_and_not_the_speaker() -> None:
    doc, evs = events_of("Bộ Ngoại giao cho biết chuyến thăm Việt Nam của Chủ tịch Hội đồng châu Âu Marta Kos "
                         "sẽ diễn ra từ ngày 20 đến 22/10 theo lời mời của Chủ tịch nước Lương Cường.")
    assert len(evs) == 1
    # the body in the visitor's title is not listed apart from him
    assert {n: role_of(doc, evs[0], n) for n in names(doc, evs[0])} == {
        "Marta Kos": "actor", "Việt Nam": "target", "Lương Cường": "host"}


def test_a_place_named_inside_a_body_is_not_a_participant() -> None:
    text = "Chiều 11/3, Thủ tướng Phạm Minh Chính tiếp Chủ tịch Mặt trận Lào xây dựng đất nước Sinlavong Khoutphaythoune."
    doc = make_doc(text)
    inner = text.index("Lào")
    doc.entities.append(Entity("e99", "Lào (nested)", "LOCATION", country="LA", mentions=[Span(inner, inner + 3)]))
    evs = EventExtractor()(doc).events
    assert len(evs) == 1
    assert names(doc, evs[0]) == {"Phạm Minh Chính", "Sinlavong Khoutphaythoune"}



def test_the_summit_a_meeting_is_held_at_is_not_a_participant() -> None:
    doc, evs = events_of("Chiều 11/3, Thủ tướng Phạm Minh Chính gặp Thủ tướng Thái Lan Anutin Charnvirakul "
                         "bên lề Hội nghị Cấp cao ASEAN tại Jakarta.")
    assert len(evs) == 1
    assert names(doc, evs[0]) == {"Phạm Minh Chính", "Anutin Charnvirakul"}


def test_a_visit_named_with_its_place_frames_what_its_visitor_does() -> None:
    doc, evs = events_of("Trong chuyến thăm Indonesia, Chủ tịch nước Lương Cường hội kiến Tổng thống Indonesia "
                         "Prabowo Subianto.")
    visit = next(e for e in evs if e.type == "VISIT")
    assert names(doc, visit) == {"Lương Cường", "Indonesia"}
    # the subject who receives someone is the host, not the visitor
    doc, evs = events_of("Trong chuyến thăm Việt Nam, Thủ tướng Phạm Minh Chính tiếp Tổng thống Indonesia "
                         "Prabowo Subianto.")
    assert all("Phạm Minh Chính" not in names(doc, e) for e in evs if e.type == "VISIT")


def test_coming_home_is_not_a_visit() -> None:
    doc, evs = events_of("Kết thúc chuyến thăm Indonesia, Chủ tịch nước Lương Cường về đến Hà Nội.")
    assert [e.type for e in evs] == ["VISIT"]
    assert names(doc, evs[0]) == {"Lương Cường", "Indonesia"}


def test_co_chairs_and_the_sides_of_the_meeting() -> None:
    text = ("Theo lời mời của Thủ tướng Campuchia Hun Manet, Thủ tướng Phạm Minh Chính sẽ đồng chủ trì "
            "cuộc gặp cấp cao giữa Việt Nam và Campuchia vào ngày 20/10.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert {n: role_of(doc, evs[0], n) for n in names(doc, evs[0])} == {
        "Phạm Minh Chính": "co-chair", "Hun Manet": "host", "Việt Nam": "party", "Campuchia": "party"}


def test_a_noun_takes_its_subject_through_a_light_verb_and_the_company_going_along() -> None:
    for text in ("Hôm qua, Thủ tướng Phạm Minh Chính cùng Phu nhân bắt đầu chuyến thăm chính thức Thái Lan.",
                 "Hôm qua, Thủ tướng Phạm Minh Chính dẫn đầu Đoàn đại biểu cấp cao Việt Nam thực hiện chuyến thăm "
                 "chính thức Thái Lan."):
        doc, evs = events_of(text)
        assert [e.type for e in evs] == ["VISIT"]
        assert role_of(doc, evs[0], "Phạm Minh Chính") == "actor"
        assert role_of(doc, evs[0], "Thái Lan") == "target"


def test_both_sides_after_a_fronted_visit_are_the_sides_not_the_visitor_alone() -> None:
    text = ("Nhân dịp chuyến thăm chính thức Việt Nam của Tổng thống Indonesia Prabowo Subianto, hai bên đã ký "
            "5 văn kiện hợp tác.")
    doc, evs = events_of(text)
    signing = next(e for e in evs if e.type == "AGREEMENT")
    assert names(doc, signing) == {"Prabowo Subianto", "Indonesia", "Việt Nam"}


def test_the_head_of_a_delegation_stands_for_it() -> None:
    text = ("Sáng 11/3, Thủ tướng Phạm Minh Chính cùng Đoàn đại biểu cấp cao Chính phủ Việt Nam đã hội đàm "
            "với Thủ tướng Thái Lan Anutin Charnvirakul.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert "Đoàn đại biểu cấp cao Chính phủ Việt Nam" not in names(doc, evs[0])
    assert {"Phạm Minh Chính", "Anutin Charnvirakul"} <= names(doc, evs[0])


def test_a_parenthesised_name_is_the_meeting_just_told() -> None:
    text = ("Chiều 11/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet "
            "(cuộc hội đàm hai nước) tại Hà Nội.")
    doc, evs = events_of(text)
    assert len(evs) == 1
    assert {"Phạm Minh Chính", "Hun Manet"} <= names(doc, evs[0])



def test_people_attending_the_talks_join_them_and_are_not_a_side() -> None:
    text = ("Chiều 11/3, Chủ tịch nước Lương Cường hội đàm với Tổng thống Indonesia Prabowo Subianto. "
            "Cùng dự hội đàm có Phó Thủ tướng Trần Hồng Hà. "
            "Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký kết 5 văn kiện hợp tác.")
    doc, evs = events_of(text)
    assert sorted(e.type for e in evs) == ["AGREEMENT", "MEETING"]
    talks = next(e for e in evs if e.type == "MEETING")
    signing = next(e for e in evs if e.type == "AGREEMENT")
    assert {"Lương Cường", "Prabowo Subianto", "Trần Hồng Hà"} <= names(doc, talks)
    assert "Trần Hồng Hà" not in names(doc, signing)
    assert {"Lương Cường", "Prabowo Subianto"} <= names(doc, signing)


def test_a_gift_received_from_a_giver_named_after_do() -> None:
    text = ("Ngày 11/3, Hội Chữ thập đỏ Việt Nam tiếp nhận 5 tỷ đồng do Tập đoàn Hòa Phát ủng hộ người dân "
            "tỉnh Quảng Bình bị ảnh hưởng bởi bão.")
    doc, evs = events_of(text)
    assert [e.type for e in evs] == ["AID"]
    assert role_of(doc, evs[0], "Tập đoàn Hòa Phát") == "actor"
    assert role_of(doc, evs[0], "Hội Chữ thập đỏ Việt Nam") == "recipient"


def test_a_handing_over_is_not_a_reception() -> None:
    _, evs = events_of("Phát biểu tại buổi tiếp nhận, Thủ tướng Phạm Minh Chính cảm ơn Hội Chữ thập đỏ Việt Nam.")
    assert [e for e in evs if e.type == "MEETING"] == []



def test_damage_caused_by_a_storm_is_no_gift() -> None:
    _, evs = events_of("Thiệt hại ước tính 500 tỷ đồng do bão gây ra, UBND tỉnh Quảng Bình đã hỗ trợ người dân.")
    assert evs == []


# ------------------------------------------------------------------ round 3: unseen-article failure classes
KNOWN.update({
    "Sugiono": ("PERSON", "ID", ["Ngoại trưởng Indonesia"], []),
    "Penny Wong": ("PERSON", "AU", ["Ngoại trưởng Australia"], []),
    "Thongsavanh Phomvihane": ("PERSON", "LA", ["Bộ trưởng Ngoại giao Lào"], []),
    "Khamphao Ernthavanh": ("PERSON", "LA", ["Trưởng ban Đối ngoại Trung ương Lào"], []),
    "Sonexay Siphandone": ("PERSON", "LA", ["Thủ tướng Lào"], []),
    "Anwar Ibrahim": ("PERSON", "MY", ["Thủ tướng Malaysia"], []),
    "Malaysia": ("LOCATION", "MY", [], []),
    "Kuala Lumpur": ("LOCATION", "MY", [], []),
})


def test_a_reporting_date_dates_the_report_not_the_meeting() -> None:
    text = ("Bộ Ngoại giao ngày 14/7 cho biết, tối 13/7, nhân dịp Hội nghị Bộ trưởng Ngoại giao ASEAN tại "
            "Jakarta, Indonesia, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc gặp ngắn với Ngoại trưởng "
            "Indonesia Sugiono và Ngoại trưởng Australia Penny Wong.")
    doc, evs = events_of(text, published=dt.date(2025, 7, 14))
    meetings = [e for e in evs if e.type == "MEETING"]
    assert meetings and all(e.date == "2025-07-13" for e in meetings)
    assert all(e.status == "occurred" for e in meetings)
    met = set().union(*(names(doc, e) for e in meetings))
    assert {"Bùi Thanh Sơn", "Sugiono", "Penny Wong"} <= met
    assert "Bộ Ngoại giao" not in met


def test_a_date_after_the_announcing_verb_still_dates_the_report_only() -> None:
    text = ("Ngày 10/3, Bộ Ngoại giao thông báo Thủ tướng Phạm Minh Chính sẽ thăm chính thức "
            "Indonesia từ ngày 20/3.")
    _, evs = events_of(text)
    visit = next(e for e in evs if e.type == "VISIT")
    assert (visit.date, visit.status) == ("2025-03-20", "planned")


def test_plural_phone_talks_through_a_light_verb_are_one_meeting_per_counterpart() -> None:
    text = ("Chiều 11/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn có các cuộc điện đàm trực tuyến với Bộ trưởng "
            "Ngoại giao Lào Thongsavanh Phomvihane, và quyền Trưởng ban Đối ngoại Trung ương Lào "
            "Khamphao Ernthavanh.")
    doc, evs = events_of(text)
    meetings = [e for e in evs if e.type == "MEETING"]
    assert meetings and all(e.cameo == "041" and e.date == "2025-03-11" for e in meetings)
    assert sorted(sorted(names(doc, e) - {"Lào"}) for e in meetings) == [
        ["Bùi Thanh Sơn", "Khamphao Ernthavanh"], ["Bùi Thanh Sơn", "Thongsavanh Phomvihane"]]


def test_light_verb_noun_meetings() -> None:
    for noun in ("cuộc hội đàm", "cuộc hội kiến", "cuộc gặp", "cuộc điện đàm", "cuộc trao đổi trực tuyến",
                 "các cuộc tiếp xúc"):
        text = f"Chiều 11/3, Thủ tướng Phạm Minh Chính đã có {noun} với Thủ tướng Malaysia Anwar Ibrahim."
        doc, evs = events_of(text)
        meetings = [e for e in evs if e.type == "MEETING"]
        assert len(meetings) == 1, noun
        # talks also list the states of both sides: the country of the foreign leader
        assert names(doc, meetings[0]) - {"Malaysia"} == {"Phạm Minh Chính", "Anwar Ibrahim"}, noun
        assert (meetings[0].date, meetings[0].status) == ("2025-03-11", "occurred"), noun


def test_no_publication_date_keeps_the_event_undated() -> None:
    text = ("Chiều qua (28/7), tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone. "
            "Hai bên nhất trí tăng cường hợp tác.")
    doc, evs = events_of(text, published=None)
    assert len(evs) == 1
    assert evs[0].type == "MEETING"
    assert evs[0].date is None
    assert names(doc, evs[0]) >= {"Phạm Minh Chính", "Sonexay Siphandone"}


def test_no_publication_date_and_a_bare_weekday_still_gives_the_event() -> None:
    text = "Sáng thứ Hai, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Australia Penny Wong."
    doc, evs = events_of(text, published=None)
    assert [(e.type, e.date) for e in evs] == [("MEETING", None)]


def test_a_welcome_ceremony_and_the_talks_after_it_are_two_meetings() -> None:
    text = ("Sáng 11/3, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì Lễ đón chính thức Thủ tướng Malaysia "
            "Anwar Ibrahim thăm chính thức Việt Nam. Sau lễ đón, hai Thủ tướng hội đàm. Sau hội đàm, hai "
            "Thủ tướng chứng kiến lễ ký kết các văn kiện hợp tác.")
    doc, evs = events_of(text)
    meetings = [e for e in evs if e.type == "MEETING"]
    assert len(meetings) == 2
    for m in meetings:
        assert names(doc, m) >= {"Phạm Minh Chính", "Anwar Ibrahim"}
        assert m.date == "2025-03-11"


def test_a_signing_after_the_talks_takes_the_talks_date() -> None:
    text = ("Chiều 10/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia Anwar Ibrahim. "
            "Sau hội đàm, hai Thủ tướng đã ký Tuyên bố chung về nâng cấp quan hệ.")
    _, evs = events_of(text)
    agreement = next(e for e in evs if e.type == "AGREEMENT")
    assert agreement.date == "2025-03-10"


def test_caption_list_at_the_meeting() -> None:
    text = ("Chiều 10/3, Thủ tướng Phạm Minh Chính gặp Thủ tướng Malaysia Anwar Ibrahim. "
            "Thủ tướng Phạm Minh Chính; Thủ tướng Malaysia Anwar Ibrahim tại Cuộc gặp. Ảnh: VGP")
    doc, evs = events_of(text)
    meetings = [e for e in evs if e.type == "MEETING"]
    assert len(meetings) == 1
    assert names(doc, meetings[0]) == {"Phạm Minh Chính", "Anwar Ibrahim"}


def test_a_coming_visit_is_planned() -> None:
    for verb in ("sẽ thăm", "sắp thăm"):
        text = f"Thủ tướng Malaysia Anwar Ibrahim {verb} chính thức Việt Nam vào ngày 25/3."
        _, evs = events_of(text)
        visit = next(e for e in evs if e.type == "VISIT")
        assert (visit.date, visit.status) == ("2025-03-25", "planned"), verb
    _, evs = events_of("Thủ tướng Malaysia Anwar Ibrahim thăm chính thức Việt Nam từ ngày 25/3.")
    assert next(e for e in evs if e.type == "VISIT").status == "planned"


def test_a_caption_list_alone_names_everyone_at_the_meeting() -> None:
    text = ("Bộ trưởng Ngoại giao Bùi Thanh Sơn; Ngoại trưởng Australia Penny Wong; Ngoại trưởng Indonesia "
            "Sugiono tại Cuộc gặp. Ảnh: TTXVN")
    doc, evs = events_of(text)
    assert [e.type for e in evs] == ["MEETING"]
    assert names(doc, evs[0]) == {"Bùi Thanh Sơn", "Penny Wong", "Sugiono"}


def test_a_fronted_reporting_date_gives_way_to_the_events_own() -> None:
    text = ("Ngày 14/7, Bộ Ngoại giao cho biết, tối 13/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc gặp "
            "với Ngoại trưởng Australia Penny Wong.")
    _, evs = events_of(text, published=dt.date(2025, 7, 14))
    assert [(e.type, e.date, e.status) for e in evs] == [("MEETING", "2025-07-13", "occurred")]


def test_a_visit_being_prepared_is_planned_and_keeps_its_visitor() -> None:
    doc, evs = events_of("Thủ tướng Malaysia Anwar Ibrahim chuẩn bị có chuyến thăm chính thức Việt Nam.")
    visit = next(e for e in evs if e.type == "VISIT")
    assert visit.status == "planned" and visit.date is None
    assert {"Anwar Ibrahim", "Việt Nam"} <= names(doc, visit)


def test_no_publication_date_keeps_plural_talks_and_an_unresolved_plan() -> None:
    text = ("Sáng nay, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có các cuộc điện đàm với Ngoại trưởng Australia "
            "Penny Wong và Ngoại trưởng Indonesia Sugiono. Dự kiến ngày 5/8, Thủ tướng Phạm Minh Chính sẽ thăm "
            "chính thức Malaysia.")
    doc, evs = events_of(text, published=None)
    talks = [e for e in evs if e.type == "MEETING"]
    assert len(talks) == 2 and all(e.date is None and e.status == "occurred" for e in talks)
    visit = next(e for e in evs if e.type == "VISIT")
    assert (visit.date, visit.status) == (None, "planned")


def test_a_reported_past_meeting_without_its_own_date_takes_the_report_date_a_plan_does_not() -> None:
    text = ("Bộ Ngoại giao ngày 11/3 thông báo Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại "
            "trưởng Australia Penny Wong. Bộ Ngoại giao ngày 10/3 thông báo Thủ tướng Phạm Minh Chính sẽ "
            "thăm chính thức Malaysia.")
    _, evs = events_of(text)
    assert [(e.type, e.date, e.status) for e in evs] == [
        ("MEETING", "2025-03-11", "occurred"), ("VISIT", None, "planned")]


def test_without_a_publication_date_later_days_of_a_trip_are_not_plans() -> None:
    text = ("Ngày 14/7/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone. "
            "Chiều 15/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Australia Penny Wong. "
            "Ngày 20/7, Thủ tướng Phạm Minh Chính sẽ thăm chính thức Malaysia.")
    _, evs = events_of(text, published=None)
    assert [(e.type, e.date, e.status) for e in evs] == [
        ("MEETING", "2025-07-14", "occurred"), ("MEETING", "2025-07-15", "occurred"),
        ("VISIT", "2025-07-20", "planned")]


def test_a_ceremony_told_after_the_talks_it_preceded_takes_their_date() -> None:
    text = ("Sáng 10/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia Anwar Ibrahim. Trước hội đàm, "
            "Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Anwar Ibrahim. Kết thúc hội đàm, hai nhà lãnh "
            "đạo đã chứng kiến lễ trao đổi các văn kiện hợp tác.")
    _, evs = events_of(text)
    assert sorted((e.type, e.cameo, e.date) for e in evs) == [
        ("AGREEMENT", "057", "2025-03-10"), ("MEETING", "043", "2025-03-10"), ("MEETING", "046", "2025-03-10")]


def test_counted_phone_talks_are_one_per_counterpart_a_single_meeting_is_joint() -> None:
    text = ("Chiều 11/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có hai cuộc điện đàm với Ngoại trưởng Australia "
            "Penny Wong và Ngoại trưởng Indonesia Sugiono.")
    doc, evs = events_of(text)
    assert sorted(sorted(names(doc, e) & {"Penny Wong", "Sugiono"}) for e in evs) == [["Penny Wong"], ["Sugiono"]]
    doc, evs = events_of(text.replace("đã có hai cuộc điện đàm", "có cuộc gặp"))
    assert len(evs) == 1 and names(doc, evs[0]) == {"Bùi Thanh Sơn", "Penny Wong", "Sugiono"}


def test_the_date_of_a_press_release_or_briefing_dates_only_the_report() -> None:
    text = ("Theo thông cáo báo chí của Bộ Ngoại giao ngày 11/3, tối 10/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn "
            "đã điện đàm với Ngoại trưởng Australia Penny Wong. Tại họp báo thường kỳ ngày 11/3, Bộ Ngoại giao "
            "thông báo Thủ tướng Phạm Minh Chính sẽ thăm chính thức Malaysia.")
    _, evs = events_of(text)
    assert [(e.type, e.date, e.status) for e in evs] == [
        ("MEETING", "2025-03-10", "occurred"), ("VISIT", None, "planned")]
    _, evs = events_of("Theo kế hoạch, ngày 20/3, Thủ tướng Phạm Minh Chính sẽ thăm chính thức Malaysia.")
    assert [(e.type, e.date, e.status) for e in evs] == [("VISIT", "2025-03-20", "planned")]


def test_meetings_in_turn_are_one_per_counterpart() -> None:
    text = ("Bên lề Hội nghị, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã lần lượt có cuộc gặp với Ngoại trưởng "
            "Australia Penny Wong, Ngoại trưởng Indonesia Sugiono.")
    doc, evs = events_of(text)
    assert sorted(sorted(names(doc, e)) for e in evs) == [
        ["Bùi Thanh Sơn", "Penny Wong"], ["Bùi Thanh Sơn", "Sugiono"]]


def test_a_signing_after_a_session_takes_the_sessions_date() -> None:
    text = ("Sáng 10/3, Bộ trưởng Ngoại giao Lê Hoài Trung và Bộ trưởng Ngoại giao Singapore Vivian "
            "Balakrishnan đồng chủ trì Kỳ họp lần thứ 5 Ủy ban Hợp tác song phương. Sau kỳ họp, hai Bộ trưởng "
            "đã ký Bản ghi nhớ về hợp tác đào tạo cán bộ ngoại giao.")
    _, evs = events_of(text)
    assert next(e for e in evs if e.type == "AGREEMENT").date == "2025-03-10"


def test_without_a_publication_date_two_unresolved_days_are_two_happenings() -> None:
    text = ("Chiều 28/7, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki. Sáng 29/7, Thủ tướng Phạm Minh "
            "Chính tiếp Đại sứ Nhật Bản Ito Naoki lần thứ hai. Ngày 30/7, Thủ tướng Phạm Minh Chính có cuộc gặp "
            "với Đại sứ Nhật Bản Ito Naoki.")
    _, evs = events_of(text, published=None)
    assert [(e.type, e.date) for e in evs] == [("MEETING", None)] * 3


def test_a_gift_on_this_occasion_takes_the_date_of_the_happening_told_last() -> None:
    for opener in ("Dịp này", "Nhân dịp này", "Tại sự kiện"):
        text = (f"Chiều 10/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki. {opener}, Hội Chữ thập "
                "đỏ Việt Nam đã trao tặng 2 tỷ đồng cho UBND tỉnh Quảng Bình.")
        _, evs = events_of(text)
        assert [(e.type, e.date) for e in evs] == [("MEETING", "2025-03-10"), ("AID", "2025-03-10")], opener


def test_courtesy_calls_welcomes_and_working_sessions_are_meetings() -> None:
    for text, cameo in (
            ("Chiều 10/3, Đại sứ Nhật Bản Ito Naoki đã chào xã giao Thủ tướng Phạm Minh Chính.", "040"),
            ("Chiều 10/3, Đại sứ Nhật Bản Ito Naoki đã đến chào Thủ tướng Phạm Minh Chính.", "040"),
            ("Chiều 10/3, Chủ tịch nước Lương Cường đón tiếp Tổng thống Indonesia Prabowo Subianto.", "043"),
            ("Chiều 10/3, Thủ tướng Phạm Minh Chính đã có buổi tiếp Đại sứ Nhật Bản Ito Naoki.", "043"),
            ("Chiều 10/3, Thủ tướng Phạm Minh Chính có buổi làm việc với Tổng thống Indonesia Prabowo Subianto.",
             "040")):
        doc, evs = events_of(text)
        assert [(e.type, e.cameo, e.date) for e in evs] == [("MEETING", cameo, "2025-03-10")], text
        assert len(names(doc, evs[0]) & {"Ito Naoki", "Phạm Minh Chính", "Lương Cường", "Prabowo Subianto"}) == 2
    # a farewell call told after the reception is that reception, not a second meeting
    _, evs = events_of("Chiều 11/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Campuchia tại Việt Nam Sok Dara "
                       "đến chào từ biệt.")
    assert len(evs) == 1


def test_the_source_of_the_news_is_not_a_party() -> None:
    text = ("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Malaysia vào cuối tháng này, theo thông báo của "
            "Bộ Ngoại giao.")
    doc, evs = events_of(text)
    assert [(e.type, e.date, e.status) for e in evs] == [("VISIT", "2025-03", "planned")]
    assert "Bộ Ngoại giao" not in names(doc, evs[0])


def test_a_visit_announced_by_a_speaker_is_planned_unless_told_as_past() -> None:
    doc, evs = events_of("Bộ Ngoại giao cho biết chuyến thăm Việt Nam của Thủ tướng Malaysia Anwar Ibrahim theo "
                         "lời mời của Thủ tướng Phạm Minh Chính.")
    assert [(e.type, e.status) for e in evs] == [("VISIT", "planned")]
    _, evs = events_of("Bộ Ngoại giao cho biết chuyến thăm Việt Nam của Thủ tướng Malaysia Anwar Ibrahim vừa qua "
                       "đã đạt nhiều kết quả.")
    assert [(e.type, e.status) for e in evs] == [("VISIT", "occurred")]


def test_a_leg_after_a_planned_visit_is_planned_too() -> None:
    text = ("Theo chương trình, Thủ tướng Phạm Minh Chính có kế hoạch đến Indonesia vào ngày 20/3, trước khi "
            "sang Thái Lan để dự hội nghị.")
    _, evs = events_of(text)
    assert [(e.type, e.date, e.status) for e in evs] == [("VISIT", "2025-03-20", "planned"), ("VISIT", None, "planned")]


def test_plural_visits_are_one_per_country_a_single_tour_stays_one() -> None:
    doc, evs = events_of("Trong tháng 3, Thủ tướng Phạm Minh Chính đã có các chuyến thăm chính thức tới Lào và "
                         "Campuchia.")
    assert sorted(sorted(names(doc, e)) for e in evs) == [["Campuchia", "Phạm Minh Chính"], ["Lào", "Phạm Minh Chính"]]
    assert all((e.date, e.status) == ("2025-03", "occurred") for e in evs)
    _, evs = events_of("Thủ tướng Phạm Minh Chính đã có chuyến thăm chính thức tới Lào và Campuchia.")
    assert len(evs) == 1


def test_an_airport_welcome_and_the_talks_after_it_are_two_meetings() -> None:
    text = ("Sáng 11/3, Thủ tướng Phạm Minh Chính đón Thủ tướng Malaysia Anwar Ibrahim tại sân bay Nội Bài. "
            "Sau lễ đón, hai Thủ tướng hội đàm.")
    doc, evs = events_of(text)
    assert sorted((e.cameo, e.date) for e in evs) == [("043", "2025-03-11"), ("046", "2025-03-11")]
    assert all(names(doc, e) >= {"Phạm Minh Chính", "Anwar Ibrahim"} for e in evs)


def test_there_and_right_after_go_on_from_the_happening_told_last() -> None:
    for opener in ("Tại đây", "Ngay sau đó", "Tiếp đó"):
        text = (f"Chiều 10/3, Thủ tướng Phạm Minh Chính đến Jakarta, bắt đầu chuyến thăm chính thức Indonesia. "
                f"{opener}, Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Indonesia Prabowo Subianto.")
        _, evs = events_of(text)
        meeting = next(e for e in evs if e.type == "MEETING")
        assert meeting.date == "2025-03-10", opener


def test_meetings_in_general_are_no_event() -> None:
    text = ("Chiều 10/3, Thủ tướng Phạm Minh Chính thăm chính thức Lào. Thời gian qua, lãnh đạo hai nước đã có "
            "các cuộc gặp, tiếp xúc thường xuyên.")
    _, evs = events_of(text)
    assert [e.type for e in evs] == ["VISIT"]
