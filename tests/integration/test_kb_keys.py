"""Pure helpers of the knowledge base: name keys, indicator keys, agreement, snippets, dates."""

from __future__ import annotations

import pytest

from vnewsgraph.kb.agreement import agreement_of, rounding
from vnewsgraph.kb.keys import entity_keys, indicator_key, indicator_similarity, name_key, search_key
from vnewsgraph.kb.resolve import dates_compatible
from vnewsgraph.kb.snippets import snippet


def test_name_keys_ignore_case_and_tone_placement_but_keep_diacritics() -> None:
    assert name_key("Nguyễn Thị Thuỷ") == name_key("NGUYỄN THỊ THỦY")
    assert name_key("Hòa Bình") == name_key("Hoà Bình")
    assert name_key("Hùng") != name_key("Hưng")


def test_entity_keys() -> None:
    assert entity_keys("Hùng", [], "PERSON") == []  # a lone syllable never merges
    assert "s:hunsen" in entity_keys("Hunsen", [], "PERSON")
    assert "s:hunsen" in entity_keys("Hun Sen", [], "PERSON")
    assert "D:NHNN" in entity_keys("Ngân hàng Nhà nước", [], "ORGANIZATION")
    assert "A:NHNN" in entity_keys("NHNN", [], "ORGANIZATION")
    assert not any(k.startswith("D:") for k in entity_keys("Bộ Y tế", [], "PERSON"))
    assert "n:tổng bí thư" not in entity_keys("Tô Lâm", ["Tổng Bí thư"], "PERSON")


@pytest.mark.parametrize("a,b", [
    ("kim ngạch thương mại hai chiều", "tổng kim ngạch thương mại hai chiều"),
    ("kim ngạch thương mại hai chiều", "kim ngạch thương mại hai nước"),
    ("phấn đấu sớm nâng kim ngạch thương mại song phương", "kim ngạch thương mại"),
    ("vốn FDI giải ngân", "tổng vốn FDI giải ngân"),
])
def test_indicator_wordings_match(a: str, b: str) -> None:
    assert indicator_similarity(indicator_key(a), indicator_key(b)) >= 0.6


@pytest.mark.parametrize("a,b", [("xuất khẩu gạo", "xuất khẩu cà phê"), ("vốn FDI đăng ký", "kim ngạch nhập khẩu")])
def test_different_indicators_do_not_match(a: str, b: str) -> None:
    assert indicator_similarity(indicator_key(a), indicator_key(b)) < 0.6


def test_agreement() -> None:
    assert rounding(11.7) == pytest.approx(0.05) and rounding(11_330_000_000) == pytest.approx(5_000_000)
    assert agreement_of([(11.7, "exact")]) == "single"
    assert agreement_of([(11.7, "exact"), (11.7, "over"), (12, "approx")]) == "agree"
    assert agreement_of([(11.33e9, "exact"), (11.3e9, "exact")]) == "agree"  # within rounding
    assert agreement_of([(100, "approx"), (104, "exact")]) == "agree"  # approx within ~5 %
    assert agreement_of([(100, "approx"), (110, "exact")]) == "conflict"
    assert agreement_of([(12, "over"), (11.7, "exact")]) == "conflict"  # over means >=
    assert agreement_of([(12, "under"), (11.7, "exact")]) == "agree"
    assert agreement_of([(11.33e9, "exact"), (10.2e9, "exact")]) == "conflict"


def test_dates_compatible() -> None:
    assert dates_compatible("2026-02-06", "2026-02") and dates_compatible("2026", "2026-02-06")
    assert dates_compatible(None, "2026-02-06")
    assert not dates_compatible("2026-02-06", "2026-02-07")
    assert dates_compatible("2026-02-06", "2026-02-07", days=2)
    assert not dates_compatible("2026-03", "2026-02-06")


def test_snippet_marks_whole_words_and_escapes() -> None:
    text = "Tổng Bí thư Tô Lâm & <b>đoàn</b> thăm Lào."
    snip = snippet(text, ["to", "lam"])
    assert "<mark>Tô</mark> <mark>Lâm</mark>" in snip and "<mark>Tổ" not in snip
    assert "&amp;" in snip and "&lt;b&gt;" in snip and "<b>" not in snip
    assert search_key("Tô Lâm, Việt Nam") == " to lam viet nam "
