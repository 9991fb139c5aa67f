"""Indicators and subjects of facts: the knowledge base merges the same figure
from different outlets by them, so an indicator is the measured thing in the
text's words (no verb, number, period, cue word or actor) and the subjects are
the countries, places and bodies it is about.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from vnewsgraph.extract.facts import FactExtractor
from vnewsgraph.model import Article, Entity, Fact, Span
from vnewsgraph.nlp.pipeline import make_document
from vnewsgraph.nlp.sentences import SentenceSplitter
from vnewsgraph.nlp.tokens import Tokenizer

PUBLISHED = dt.date(2026, 10, 6)


def facts_of(text: str, names: Sequence[tuple[str, str, str | None, str]] | None = None) -> list[Fact]:
    """``names``: (surface, type, country, id) of the entities to mark in ``text``."""
    doc = make_document(Article(raw_text=text, published=PUBLISHED))
    doc = Tokenizer()(SentenceSplitter()(doc))
    doc.entities = [entity(doc.text, *n) for n in names or []]
    return FactExtractor()(doc).facts


def entity(text: str, name: str, type_: str, country: str | None, eid: str) -> Entity:
    spans, start = [], text.find(name)
    while start >= 0:
        spans.append(Span(start, start + len(name)))
        start = text.find(name, start + 1)
    return Entity(eid, name, type_, country=country, mentions=spans)


def indicators(text: str, names: Sequence[tuple[str, str, str | None, str]] | None = None) -> list[str | None]:
    return [f.indicator for f in facts_of(text, names)]


def test_cue_words_and_sentence_initial_capitals_are_not_part_of_the_indicator() -> None:
    assert indicators("Kim ngạch xuất khẩu gạo 9 tháng ước đạt 3,55 tỷ USD.") == ["kim ngạch xuất khẩu gạo"]
    assert indicators("Vốn FDI đăng ký tăng mạnh 40,5% so với cùng kỳ.") == ["vốn FDI đăng ký"]
    assert indicators("Lần đầu tiên kim ngạch xuất khẩu hồ tiêu vượt 1,5 tỷ USD.") == [
        "kim ngạch xuất khẩu hồ tiêu"]
    assert indicators("Toàn ngành kỳ vọng doanh thu du lịch sẽ vượt mốc 1 triệu tỷ đồng.") == [
        "doanh thu du lịch"]


def test_the_actor_goes_to_the_subjects_and_the_goods_follow_the_verb() -> None:
    text = "Trong tháng 9, Thái Lan xuất khẩu 750 nghìn tấn gạo, đem về 390 triệu USD."
    tonnes, dollars = facts_of(text, [("Thái Lan", "LOCATION", "TH", "e1")])
    assert (tonnes.indicator, tonnes.subjects) == ("xuất khẩu gạo", ["TH"])
    assert (dollars.indicator, dollars.subjects) == ("giá trị xuất khẩu gạo", ["TH"])


def test_counted_things_after_a_verb_and_shares_of_them() -> None:
    text = "Trong đó, Hàn Quốc đóng góp 3,9 triệu lượt khách (chiếm 22,1%)."
    visitors, share = facts_of(text, [("Hàn Quốc", "LOCATION", "KR", "e1")])
    assert (visitors.indicator, visitors.subjects) == ("lượt khách", ["KR"])
    assert (share.indicator, share.subjects) == ("tỷ trọng lượt khách", ["KR"])


def test_a_list_of_figures_shares_one_measure() -> None:
    names = [("Ấn Độ", "LOCATION", "IN", "e1"), ("Thái Lan", "LOCATION", "TH", "e2")]
    shares = facts_of("Ấn Độ và Thái Lan có thị phần tương ứng là 12,3% và 9,8%.", names)
    assert [(f.indicator, f.subjects) for f in shares] == [("thị phần", ["IN", "TH"])] * 2
    assert indicators("Tổng khối lượng và giá trị xuất khẩu cà phê đạt 1,3 triệu tấn và 7,2 tỷ USD.") == [
        "tổng khối lượng xuất khẩu cà phê", "giá trị xuất khẩu cà phê"]


def test_a_sector_list_with_commas_stays_whole() -> None:
    (exports,) = facts_of("Kim ngạch xuất khẩu nông, lâm, thủy sản đạt 62,5 tỷ USD.")
    assert exports.indicator == "kim ngạch xuất khẩu nông, lâm, thủy sản"
    growth, share = facts_of("Khu vực công nghiệp chế biến, chế tạo tăng 9,1%, đóng góp 2,4 điểm phần trăm.")
    assert growth.indicator == "khu vực công nghiệp chế biến, chế tạo"
    assert share.indicator == "đóng góp của khu vực công nghiệp chế biến, chế tạo"


def test_the_country_of_a_measure_is_a_subject_not_part_of_it() -> None:
    (price,) = facts_of("Giá gạo xuất khẩu bình quân của Ấn Độ giảm còn 380 USD/tấn.",
                        [("Ấn Độ", "LOCATION", "IN", "e1")])
    assert (price.indicator, price.subjects) == ("giá gạo xuất khẩu bình quân", ["IN"])


def test_provinces_are_subjects_by_entity_id_and_donors_lose_their_verb_subject() -> None:
    text = "Thành phố Hải Phòng ủng hộ 20 tỷ đồng, tỉnh Bắc Ninh hỗ trợ 5 tỷ đồng cho 4 tỉnh."
    names = [("Thành phố Hải Phòng", "LOCATION", "VN", "e1"), ("Bắc Ninh", "LOCATION", "VN", "e2")]
    hp, bn, provinces = facts_of(text, names)
    assert (hp.indicator, hp.subjects) == ("ủng hộ", ["e1"])
    assert (bn.indicator, bn.subjects) == ("hỗ trợ", ["e2"])
    assert provinces.unit == "count:tỉnh"


def test_list_items_keep_only_their_own_organisation() -> None:
    text = "Khối ngoại bán ròng mạnh các mã FPT (-210 tỷ đồng), MWG (-150 tỷ đồng) và HPG (-95 tỷ đồng)."
    names = [(t, "ORGANIZATION", None, f"e{i}") for i, t in enumerate(("FPT", "MWG", "HPG"), 1)]
    fpt, mwg, hpg = facts_of(text, names)
    assert (fpt.subjects, mwg.subjects, hpg.subjects) == (["e1"], ["e2"], ["e3"])


def test_two_way_trade_with_a_bloc_named_in_the_paragraph_before() -> None:
    text = ("Việt Nam và EU ký Hiệp định EVFTA năm 2019. EU là thị trường xuất khẩu lớn thứ tư của Việt Nam.\n\n"
            "Kim ngạch hai chiều 9 tháng năm 2026 đạt 52,4 tỷ USD.")
    names = [("Việt Nam", "LOCATION", "VN", "e1"), ("EU", "ORGANIZATION", None, "e2")]
    (trade,) = facts_of(text, names)
    assert trade.indicator == "kim ngạch hai chiều"
    assert sorted(trade.subjects) == ["VN", "e2"]


def test_a_place_in_brackets_is_not_a_subject() -> None:
    text = "Tại kỳ họp của Ủy ban (Paris, 6-16/7), UNESCO đã bổ sung 26 địa danh mới vào Danh mục."
    names = [("Paris", "LOCATION", "FR", "e1")]
    (sites,) = facts_of(text, names)
    assert sites.subjects == []
    assert sites.indicator == "địa danh mới"


def test_a_recipient_after_the_verb_is_not_part_of_the_indicator() -> None:
    text = "Đoàn đã trao tặng Hội người Việt tại Lào 15.000 USD."
    (gift,) = facts_of(text, [("Hội người Việt tại Lào", "ORGANIZATION", None, "e1")])
    assert (gift.indicator, gift.subjects) == ("trao tặng", ["e1"])
