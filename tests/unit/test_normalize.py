"""Normalisation: NFC, one tone placement, whitespace, and the offset map back to raw text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnewsgraph.normalize.unicode import fold_diacritics, normalize_text, place_tone


def test_new_style_tones_become_old_style() -> None:
    assert place_tone("hoà") == "hòa"
    assert place_tone("Hoà") == "Hòa"
    assert place_tone("thuỷ") == "thủy"
    assert place_tone("khoẻ") == "khỏe"
    assert place_tone("uỷ") == "ủy"


def test_syllables_that_agree_in_both_styles_are_untouched() -> None:
    for word in ["hoàn", "quý", "gì", "giá", "người", "mùa", "ngoài", "tuổi", "khuyến", "nước", "xoáy", "Ủy"]:
        assert place_tone(word) == word


def test_foreign_words_are_untouched() -> None:
    for word in ["José", "Hunsen", "café", "Sisoulith", "Ñandú"]:
        assert place_tone(word) == word


def test_both_placements_give_the_same_text() -> None:
    a, _ = normalize_text("Hoà bình, thuỷ lợi và sức khoẻ")
    b, _ = normalize_text("Hòa bình, thủy lợi và sức khỏe")
    assert a == b == "Hòa bình, thủy lợi và sức khỏe"


def test_decomposed_text_becomes_nfc_with_offsets_into_raw() -> None:
    raw = unicodedata.normalize("NFD", "Tổng Bí thư Tô Lâm thăm Campuchia")
    text, omap = normalize_text(raw)
    assert text == "Tổng Bí thư Tô Lâm thăm Campuchia"
    assert unicodedata.is_normalized("NFC", text)
    start = text.index("Tô Lâm")
    end = start + len("Tô Lâm")
    raw_piece = raw[omap[start] : omap[end]]
    assert unicodedata.normalize("NFC", raw_piece).strip() == "Tô Lâm"


def test_sample_file_not_in_nfc_is_normalised(seed_files) -> None:
    path = next(p for p in seed_files if p.name.startswith("003_"))
    raw = path.read_text("utf-8")
    assert not unicodedata.is_normalized("NFC", raw)
    text, omap = normalize_text(raw)
    assert unicodedata.is_normalized("NFC", text)
    assert len(omap) == len(text) + 1
    assert "Chủ tich nước Lào" in text or "Chủ tịch nước Lào" in text


def test_whitespace_and_zero_width_are_cleaned() -> None:
    raw = "  Kim\u200b ngạch\u00a0\u00a0thương   mại\r\n\r\n\r\n\r\nđạt 11,33 tỷ USD \t\n"
    text, omap = normalize_text(raw)
    assert text == "Kim ngạch thương mại\n\nđạt 11,33 tỷ USD"
    for i, ch in enumerate(text):
        if ch not in " \n":
            assert raw[omap[i]] == ch


def test_fold_diacritics() -> None:
    assert fold_diacritics("Tô Lâm") == "to lam"
    assert fold_diacritics("Đảng Cộng sản") == "dang cong san"
    assert fold_diacritics("kim ngạch") == "kim ngach"


@given(st.text(alphabet=st.sampled_from(list("aăâeêioôơuưyđ ̣̀́̃̉\u200b\n\t\r\u00a0\x01\u212b\u2028 xXHhNnGg.,")), max_size=80))
def test_offset_map_is_monotonic_and_in_range(raw: str) -> None:
    text, omap = normalize_text(raw)
    assert len(omap) == len(text) + 1
    assert all(0 <= x <= len(raw) for x in omap)
    assert omap == sorted(omap)
    assert unicodedata.is_normalized("NFC", text)
    # idempotent
    again, _ = normalize_text(text)
    assert again == text
