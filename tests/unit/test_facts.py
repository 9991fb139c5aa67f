"""Facts from sentences of economic and disaster news (written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnewsgraph.extract.facts import FactExtractor
from vnewsgraph.model import Article, Document, Entity, Fact, Span
from vnewsgraph.nlp.pipeline import make_document
from vnewsgraph.nlp.sentences import SentenceSplitter
from vnewsgraph.nlp.tokens import Tokenizer

PUBLISHED = dt.date(2026, 10, 15)


def facts_of(text: str, entities: list[Entity] | None = None, published: dt.date | None = PUBLISHED) -> list[Fact]:
    doc = make_document(Article(raw_text=text, published=published))
    doc = Tokenizer()(SentenceSplitter()(doc))
    doc.entities = entities or []
    return FactExtractor()(doc).facts


def country(doc_text: str, name: str, code: str, eid: str) -> Entity:
    spans, start = [], doc_text.find(name)
    while start >= 0:
        spans.append(Span(start, start + len(name)))
        start = doc_text.find(name, start + 1)
    return Entity(eid, name, "LOCATION", country=code, mentions=spans)


def test_rice_exports_with_changes_by_volume_and_value() -> None:
    text = ("Xuất khẩu gạo 9 tháng đầu năm ước đạt 6,8 triệu tấn, trị giá 4,37 tỷ USD, "
            "tăng 10,3% về lượng và 15,2% về giá trị so với cùng kỳ năm 2025.")
    tonnes, dollars = facts_of(text)
    assert (tonnes.value, tonnes.unit, tonnes.qualifier, tonnes.kind) == (6.8e6, "t", "exact", "actual")
    assert tonnes.period == dollars.period == "2026-01/2026-09"
    assert tonnes.change and tonnes.change.value == 10.3 and tonnes.change.direction == "up"
    assert tonnes.change.reference == "2025"
    assert dollars.value == pytest.approx(4.37e9) and dollars.unit == "USD"
    assert dollars.change and dollars.change.value == 15.2
    assert tonnes.indicator == "xuất khẩu gạo"  # a capital that only opens the sentence is lowered


def test_growth_rate_alone_is_a_percent_fact() -> None:
    (gdp,) = facts_of("GDP quý III tăng 7,4% so với cùng kỳ năm trước.")
    assert (gdp.value, gdp.unit, gdp.period, gdp.kind) == (7.4, "%", "2026-07/2026-09", "actual")
    assert gdp.indicator == "GDP"
    assert gdp.change is None


def test_storm_damage_counts() -> None:
    dead, houses = facts_of("Bão số 3 làm 12 người chết, hơn 3.000 ngôi nhà bị tốc mái.")
    assert (dead.value, dead.unit, dead.qualifier) == (12, "count:người", "exact")
    assert (houses.value, houses.unit, houses.qualifier) == (3000, "count:ngôi nhà", "over")


def test_tourists_price_and_fdi() -> None:
    text = ("Năm 2025, ngành du lịch thu hút 5 triệu lượt khách quốc tế. "
            "Giá gạo xuất khẩu bình quân 624 USD/tấn. Vốn FDI đăng ký đạt 28,5 tỷ USD.")
    visitors, price, fdi = facts_of(text)
    assert (visitors.value, visitors.unit, visitors.period) == (5e6, "count:lượt", "2025")
    assert (price.value, price.unit, price.period) == (624, "USD/t", None)
    assert (fdi.value, fdi.unit) == (28.5e9, "USD")


def test_targets_and_forecasts() -> None:
    text = ("Hai bên phấn đấu sớm nâng kim ngạch thương mại song phương lên 5 tỷ USD trong thời gian tới. "
            "Mục tiêu đến năm 2030, GDP bình quân đầu người đạt khoảng 8.500 USD. "
            "Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng 6,8% trong năm 2027. "
            "Năm 2025 kim ngạch đạt 3 tỷ USD, ước đạt 4 tỷ USD trong năm nay.")
    trade, income, growth, actual, estimate = facts_of(text)
    assert (trade.kind, trade.period) == ("target", None)
    assert (income.kind, income.qualifier, income.period) == ("target", "approx", "2030")
    assert (growth.kind, growth.period) == ("forecast", "2027")
    assert (actual.kind, actual.period) == ("actual", "2025")
    assert (estimate.kind, estimate.qualifier, estimate.period) == ("actual", "exact", "2026")


def test_level_after_change() -> None:
    (rate,) = facts_of("Tỷ lệ thất nghiệp giảm 0,2 điểm phần trăm xuống còn 2,2%.")
    assert (rate.value, rate.unit) == (2.2, "%")
    assert rate.change and (rate.change.value, rate.change.unit, rate.change.direction) == (0.2, "pp", "down")


def test_multiple_is_a_change_with_its_reference() -> None:
    (visitors,) = facts_of("Năm 2025, Việt Nam đón 21,2 triệu lượt khách quốc tế, cao gấp 1,5 lần năm 2024.")
    assert visitors.change and visitors.change.unit == "times" and visitors.change.reference == "2024"
    assert visitors.period == "2025"


def test_subjects_are_the_countries_of_the_sentence_or_the_two_countries() -> None:
    text = ("Việt Nam có 229 dự án đầu tư tại Campuchia. "
            "Kim ngạch thương mại hai nước năm 2025 đạt 11 tỷ USD, tăng 12% so với năm 2024.")
    ents = [country(text, "Việt Nam", "VN", "e1"), country(text, "Campuchia", "KH", "e2")]
    projects, trade = facts_of(text, ents)
    assert projects.subjects == ["VN", "KH"]
    assert projects.indicator and projects.indicator.startswith("dự án đầu tư")
    assert sorted(trade.subjects) == ["KH", "VN"]
    assert trade.change and trade.change.reference == "2024" and trade.period == "2025"


def test_repeated_figure_is_one_fact_and_names_dates_are_none() -> None:
    text = ("Ngày 24/6/1967, hai nước thiết lập quan hệ ngoại giao.\n"
            "Đại hội 14 của Đảng thành công; Việt Nam đứng thứ 3 trong khu vực.\n"
            "Hội Chữ thập đỏ trao 200 phần quà cho bà con.\n"
            "Hội Chữ thập đỏ trao 200 phần quà cho bà con.")
    (gifts,) = facts_of(text)
    assert (gifts.value, gifts.unit) == (200, "count:phần quà")
    assert text[gifts.evidence.start : gifts.evidence.end].startswith("Hội Chữ thập đỏ trao")


def test_unknown_publication_date_keeps_explicit_years_only() -> None:
    facts = facts_of("Trong 9 tháng đầu năm, xuất khẩu đạt 300 tỷ USD. Năm 2024 đạt 400 tỷ USD.", published=None)
    assert [f.period for f in facts] == [None, "2024"]


def test_component_contract() -> None:
    fx = FactExtractor()
    assert fx.name == "facts" and "quantities" in fx.assigns and "facts" in fx.assigns
    doc = Document(text="", offset_map=[0], article=Article(raw_text=""))
    assert fx(doc).facts == []


def test_headline_figure_merges_with_the_body_mention() -> None:
    text = ("Bình Dương thu hút thêm 2,1 tỷ USD vốn FDI\n"
            "Tính từ đầu năm đến nay, tỉnh đã thu hút khoảng 2,1 tỷ USD vốn FDI, tăng 8% so với cùng kỳ.")
    (fdi,) = facts_of(text)
    assert (fdi.value, fdi.qualifier, fdi.period) == (2.1e9, "approx", "2026-01/2026-10")
    assert fdi.change and fdi.change.value == 8 and fdi.change.reference == "2025-01/2025-10"
    assert fdi.evidence.start == 0


def test_same_figure_for_different_periods_stays_two_facts() -> None:
    text = "Năm 2024 xuất khẩu đạt 5 tỷ USD. Năm 2025 nhập khẩu cũng đạt 5 tỷ USD."
    assert [f.period for f in facts_of(text)] == ["2024", "2025"]


def test_headline_months_and_grade_names() -> None:
    text = ("Xuất khẩu cao su 8 tháng đạt 2,3 tỷ USD\n"
            "Giá gạo 5% tấm ở mức 410 USD/tấn; xuất khẩu cả năm có thể vượt 3,5 tỷ USD.")
    rubber, price, forecast = facts_of(text)
    assert rubber.period == "2026-01/2026-08"
    assert (price.value, price.unit) == (410, "USD/t")
    assert (forecast.kind, forecast.qualifier, forecast.period) == ("forecast", "over", "2026")


def test_rate_of_a_new_subject_is_not_a_change_of_the_previous_figure() -> None:
    exports, imports = facts_of("Xuất khẩu đạt 5 tỷ USD, nhập khẩu tăng 3%.")
    assert exports.change is None
    assert (imports.value, imports.unit, imports.indicator) == (3, "%", "nhập khẩu")


def test_the_sentence_states_the_period_and_bracketed_names_are_kept() -> None:
    cpi, core = facts_of("Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 3,27%; lạm phát cơ bản tăng 3,19%.")
    assert cpi.period == core.period == "2026-01/2026-09"
    assert cpi.indicator == "chỉ số giá tiêu dùng bình quân"
    assert core.indicator == "lạm phát cơ bản"


def test_year_ranges_scores_and_minutes_are_not_figures() -> None:
    text = ("Dự án giai đoạn 2021-2025 dài 729 km. Việt Nam thắng 2-1 ở phút 90+3. "
            "Ông có 40 năm công tác, từng là Đại sứ tại 2 nước.")
    assert [(f.value, f.unit) for f in facts_of(text)] == [(729, "km")]


def test_ministry_names_and_present_figures_are_not_targets() -> None:
    text = ("Bộ Kế hoạch và Đầu tư cho biết vốn FDI đạt 20 tỷ USD. Phấn đấu đến năm 2030 trở thành nước có thu "
            "nhập trung bình cao, hiện GDP bình quân đầu người đạt 4.700 USD.")
    fdi, income = facts_of(text)
    assert (fdi.kind, income.kind) == ("actual", "actual")
    assert income.period is None


def test_a_period_right_after_a_figure_is_that_figures_own() -> None:
    text = ("Trong năm 2025, Việt Nam đã cấp 1.100 suất học bổng; hiện có khoảng 16.000 lưu học sinh Lào. "
            "Việt Nam viện trợ 1.500 tỷ đồng giai đoạn 2026-2030 và trao tặng 100 tấn gạo.")
    grants, students, aid, rice = facts_of(text)
    assert (grants.period, students.period) == ("2025", None)
    assert (aid.period, rice.period) == ("2026/2030", None)


def test_details_after_trong_do_share_the_period() -> None:
    text = ("Trong 10 tháng đầu năm 2026, kim ngạch xuất nhập khẩu đạt 720,5 tỷ USD, tăng 16,1% so với cùng kỳ "
            "năm trước; trong đó xuất khẩu đạt 370 tỷ USD, nhập khẩu đạt 350,5 tỷ USD.")
    total, exports, imports = facts_of(text)
    assert total.period == exports.period == imports.period == "2026-01/2026-10"
    assert total.change and total.change.reference == "2025-01/2025-10"
    assert (exports.indicator, imports.indicator) == ("xuất khẩu", "nhập khẩu")


def test_label_before_a_colon_gives_the_period() -> None:
    (exports,) = facts_of("Năm 2025: xuất khẩu nông sản đạt 62,5 tỷ USD.")
    assert exports.period == "2025"


def test_bringing_the_total_is_actual_but_agreeing_to_raise_it_is_a_target() -> None:
    text = ("Xuất khẩu thủy sản tháng 10 ước đạt 1 tỷ USD, đưa tổng kim ngạch 10 tháng lên 9,5 tỷ USD. "
            "Hai bên nhất trí đưa kim ngạch thương mại lên 5 tỷ USD.")
    month, total, goal = facts_of(text)
    assert (month.kind, month.qualifier, month.period) == ("actual", "exact", "2026-10")
    assert (total.kind, total.period) == ("actual", "2026-01/2026-10")
    assert goal.kind == "target"


WORDS = ["Năm", "2025", "kim ngạch", "đạt", "11,33", "tỷ", "USD", ",", "tăng", "hơn", "11,7%", "so với", "cùng kỳ",
         "năm trước", ";", "trong đó", "phấn đấu", "đưa", "lên", "20", "nghìn", "người", "hai nước", ".", "\n",
         "quý", "III", "9 tháng", "đầu năm", "gấp", "2", "lần", "xuống còn", "khoảng", "(", ")", "hiện", "có",
         "dự kiến", "tháng 10", "giai đoạn 2021-2025", "-", "5", "đến", "7", "từ", "điểm phần trăm", "về lượng"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.booleans())
def test_extractor_never_crashes_and_spans_are_valid(words: list[str], dated: bool) -> None:
    text = " ".join(words)
    facts = facts_of(text, published=PUBLISHED if dated else None)
    doc_text = make_document(Article(raw_text=text)).text
    for f in facts:
        assert 0 <= f.evidence.start < f.evidence.end <= len(doc_text)
        assert f.kind in ("actual", "target", "forecast")
        assert f.qualifier in ("exact", "approx", "over", "under")
        assert f.unit


def test_future_years_budget_plans_and_price_cuts() -> None:
    text = ("Đến năm 2030, tỷ lệ đô thị hóa đạt trên 50%, kinh tế số chiếm khoảng 30% GDP. "
            "Quốc hội thông qua dự toán thu ngân sách năm 2027 là 2.300.000 tỷ đồng. "
            "Giá xăng E5 RON92 giảm 350 đồng/lít, xuống còn 19.800 đồng/lít. "
            "Số ca mắc sốt xuất huyết tăng 30% so với cùng kỳ năm 2025.")
    urban, digital, budget, petrol, dengue = facts_of(text)
    assert (urban.kind, urban.qualifier, urban.period) == ("target", "over", "2030")
    assert (digital.kind, digital.qualifier, digital.value) == ("target", "approx", 30)
    assert (budget.kind, budget.value, budget.period) == ("target", 2.3e15, "2027")
    assert (petrol.value, petrol.unit) == (19800, "VND/l")
    assert petrol.change and (petrol.change.value, petrol.change.direction) == (350, "down")
    assert (dengue.value, dengue.qualifier, dengue.kind) == (30, "exact", "actual")  # not merged with 'khoảng 30%'


def test_two_equal_figures_in_one_sentence_stay_two() -> None:
    facts = facts_of("Xuất khẩu tăng 10% và nhập khẩu cũng tăng 10% so với năm 2025.")
    assert [f.value for f in facts] == [10, 10]


def test_terse_headline_merges_with_the_lead() -> None:
    text = ("Bắc Ninh thu hút thêm 1,2 tỷ USD vốn FDI\n"
            "Sáng 6/11, UBND tỉnh Bắc Ninh đã trao giấy chứng nhận đầu tư cho 15 dự án có vốn đầu tư trực tiếp "
            "nước ngoài với tổng vốn đăng ký khoảng 1,2 tỷ USD.")
    fdi, projects = facts_of(text)
    assert (fdi.value, fdi.qualifier) == (1.2e9, "approx")
    assert projects.unit == "count:dự án"


def test_detail_sentence_and_sentence_initial_cues() -> None:
    text = ("2 tháng đầu năm 2026, kim ngạch thương mại hai chiều đạt gần 1,9 tỷ USD, tăng 8,5% so với cùng kỳ "
            "năm 2025. Trong đó, xuất khẩu đạt 1,2 tỷ USD, nhập khẩu 700 triệu USD.\n"
            "Hai bên phấn đấu đưa kim ngạch thương mại lên 20 tỷ USD.\n"
            "Hiện Việt Nam có 213 dự án tại Campuchia. Đến năm 2030, số dự án đạt 300 dự án.")
    ents = [country(text, "Việt Nam", "VN", "e1"), country(text, "Campuchia", "KH", "e2")]
    total, exports, imports, goal, now, later = facts_of(text, ents, published=None)
    assert total.period == exports.period == imports.period == "2026-01/2026-02"
    assert total.change and total.change.reference == "2025"
    assert goal.kind == "target" and sorted(goal.subjects) == ["KH", "VN"]  # "Hai bên" at the sentence start
    assert (now.kind, now.period) == ("actual", None)
    assert (later.kind, later.period) == ("target", "2030")  # "Đến năm 2030" with no publication date


def test_subjects_come_from_the_figures_own_chunk_first() -> None:
    text = "Hàn Quốc là nhà đầu tư lớn nhất với 87 tỷ USD, tiếp đến là Singapore với 79 tỷ USD."
    ents = [country(text, "Hàn Quốc", "KR", "e1"), country(text, "Singapore", "SG", "e2")]
    korea, singapore = facts_of(text, ents)
    assert (korea.subjects, singapore.subjects) == (["KR"], ["SG"])


def test_year_to_date_statistics() -> None:
    text = ("Tổng vốn đầu tư nước ngoài đăng ký tính đến ngày 31/10/2025 (bao gồm: vốn cấp mới, vốn điều chỉnh) "
            "đạt 31,52 tỷ USD, tăng 15,6% so với cùng kỳ năm trước.\n"
            "Trong số 87 quốc gia có dự án được cấp phép mới trong 10 tháng qua, Singapore dẫn đầu với 3,76 tỷ USD, "
            "chiếm 26,7%; tiếp đến là Nhật Bản 3,21 tỷ USD, chiếm 22,8%.\n"
            "Trong tháng đầu tiên của năm 2025, có 282 dự án đầu tư mới.\n"
            "Mưa lũ làm 10 người chết: Hà Nội 2 người, Thái Nguyên 3 người; tám gia đình được hỗ trợ.")
    facts = facts_of(text, published=dt.date(2025, 11, 6))
    total, countries, singapore, share, japan, share2, projects, dead, hanoi, thai, families = facts
    assert total.indicator == "tổng vốn đầu tư nước ngoài đăng ký"
    assert total.period == "2025-01/2025-10"
    assert total.change and total.change.reference == "2024-01/2024-10"
    assert countries.period == singapore.period == japan.period == share2.period == "2025-01/2025-10"
    assert (projects.value, projects.period) == (282, "2025-01")
    assert [(f.value, f.unit) for f in (dead, hanoi, thai, families)] == [
        (10, "count:người"), (2, "count:người"), (3, "count:người"), (8, "count:gia đình")]
