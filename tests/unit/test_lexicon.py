"""The entity lexicons: real lookups on the shipped resource files."""

from __future__ import annotations

from vnewsgraph.nlp.lexicon import key, lexicon


def test_country_forms_share_one_code() -> None:
    lex = lexicon()
    for form in ("Campuchia", "Cam-pu-chia", "Vương quốc Campuchia", "Cambodia"):
        assert lex.country_code(form) == "KH", form
    for form in ("Mỹ", "Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ", "USA"):
        assert lex.country_code(form) == "US", form
    assert lex.country_code("Xinh-ga-po") == "SG"
    assert lex.country_code("In-đô-nê-xi-a") == "ID"
    assert lex.country_code("Liên bang Nga") == "RU"
    assert lex.country_code("Triều Tiên") == "KP"
    assert lex.country_code("Hàn Quốc") == "KR"
    assert lex.countries["Cộng hòa xã hội chủ nghĩa Việt Nam"].name == "Việt Nam"


def test_country_lookup_is_tone_and_case_robust() -> None:
    lex = lexicon()
    # new-style tone placement ("hoà") is normalised to the project's old style ("hòa")
    assert lex.country_code("Cộng hoà Dân chủ Nhân dân Lào") == "LA"
    assert lex.country_code("CAMPUCHIA") == "KH"
    # an all-lowercase common word never falls back to a capitalised name
    assert lex.country_code("anh") is None
    assert lex.canonical("anh") is None


def test_provinces_before_and_after_the_2025_merger() -> None:
    lex = lexicon()
    old = lex.places["Bình Dương"]
    assert old.valid_until == "2025-06-30"
    assert old.merged_into == "Thành phố Hồ Chí Minh"
    assert lex.places["Quảng Nam"].merged_into == "Đà Nẵng"
    assert lex.places["Đà Nẵng"].valid_until is None
    assert set(lex.merged_from["Phú Thọ"]) == {"Vĩnh Phúc", "Hòa Bình"}
    current = {p.name for p in lex.places.values()
               if p.country == "VN" and p.kind in ("province", "city") and p.valid_until is None
               and p.name in lex.merged_from or p.name in {"Hà Nội", "Huế", "Lai Châu", "Điện Biên",
                                                          "Sơn La", "Lạng Sơn", "Quảng Ninh",
                                                          "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
                                                          "Cao Bằng"}}
    assert len(current) == 34
    assert lex.canonical("TP.HCM") == ("Thành phố Hồ Chí Minh", "LOCATION")
    assert lex.canonical("Sài Gòn") == ("Thành phố Hồ Chí Minh", "LOCATION")


def test_titles_carry_english_and_category() -> None:
    lex = lexicon()
    t = lex.titles["Tổng Bí thư"]
    assert (t.english, t.category) == ("General Secretary", "party")
    assert lex.titles["Thượng tướng"].category == "military"
    assert lex.titles["Đại sứ"].english == "Ambassador"
    assert lex.titles["Quốc vương"].category == "royal"
    assert lex.titles["PGS.TS"].category == "academic"
    assert lex.title("bộ trưởng") == lex.titles["Bộ trưởng"]
    assert {"Tổng", "Thủ", "Bộ", "Chủ", "Phó", "Đại"} <= lex.title_words


def test_honorifics_longest_first() -> None:
    h = lexicon().honorifics
    assert h.index("Samdech Akka Moha Sena Padei Techo") < h.index("Samdech Techo") < h.index("Samdech")
    assert "ông" in h and "Ông" in h and "đồng chí" in h


def test_key_normalises_nfc_tones_and_spaces() -> None:
    assert key("Thanh  Hoá") == "Thanh Hóa"
    assert key("Vie\u0302\u0323t Nam") == "Việt Nam"
