"""The entity lexicons: real lookups on the shipped resource files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vnewsgraph.errors import ConfigError
from vnewsgraph.nlp import lexicon as lexicon_module
from vnewsgraph.nlp.lexicon import Lexicon, key, lexicon

UNCHANGED_2025 = {"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
                  "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"}


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return lexicon()


def test_lexicon_is_loaded_once() -> None:
    assert lexicon() is lexicon()


def test_country_forms_share_one_code(lex: Lexicon) -> None:
    for form in ("Campuchia", "Cam-pu-chia", "Vương quốc Campuchia", "Cambodia"):
        assert lex.country_code(form) == "KH", form
    for form in ("Mỹ", "Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ", "USA"):
        assert lex.country_code(form) == "US", form
    for form, code in [("Xinh-ga-po", "SG"), ("Singapore", "SG"), ("In-đô-nê-xi-a", "ID"),
                       ("Liên bang Nga", "RU"), ("Nga", "RU"), ("Triều Tiên", "KP"),
                       ("Hàn Quốc", "KR"), ("Nhật Bản", "JP"), ("Ấn Độ", "IN"), ("Anh", "GB"),
                       ("Pháp", "FR"), ("Đức", "DE"), ("Úc", "AU"), ("Australia", "AU"),
                       ("Thái Lan", "TH"), ("Trung Quốc", "CN"), ("Lào", "LA"),
                       ("Ả Rập Xê Út", "SA"), ("Thổ Nhĩ Kỳ", "TR"), ("Đài Loan", "TW")]:
        assert lex.country_code(form) == code, form
    assert lex.countries["Cộng hòa xã hội chủ nghĩa Việt Nam"].name == "Việt Nam"
    assert lex.countries["Campuchia"].english == "Cambodia"
    assert lex.country_code("Cambodian") == "KH"  # English adjective
    assert lex.country_code("Atlantis") is None


def test_every_un_member_has_a_country_row(lex: Lexicon) -> None:
    codes = {info.code for info in lex.countries.values()}
    assert len(codes) >= 193
    assert {"VN", "KH", "LA", "CN", "US", "SS", "TL", "VA", "PS"} <= codes


def test_lookup_is_tone_and_case_robust(lex: Lexicon) -> None:
    # new-style tone placement ("hoà") is normalised to the project's old style ("hòa")
    assert lex.country_code("Cộng hoà Dân chủ Nhân dân Lào") == "LA"
    assert lex.canonical("Khánh Hoà") == ("Khánh Hòa", "LOCATION")
    assert lex.country_code("CAMPUCHIA") == "KH"
    assert lex.canonical("Bộ ngoại giao") == ("Bộ Ngoại giao", "ORGANIZATION")
    # an all-lowercase common word never falls back to a capitalised name
    assert lex.country_code("anh") is None
    assert lex.canonical("anh") is None
    assert lex.canonical("hòa bình") is None
    # sentence-initial capitals do not turn a common phrase into a proper name
    assert lex.canonical("Hòa bình") is None
    assert lex.canonical("Hòa Bình") == ("Hòa Bình", "LOCATION")
    assert lex.canonical("Sông Mekong") == ("sông Mekong", "LOCATION")
    assert lex.canonical("SÔNG MEKONG") == ("sông Mekong", "LOCATION")
    assert lex.country_code("Trung quốc") is None


def test_provinces_before_and_after_the_2025_merger(lex: Lexicon) -> None:
    old = lex.places["Bình Dương"]
    assert (old.kind, old.country) == ("province", "VN")
    assert old.valid_until == "2025-06-30"
    assert old.merged_into == "Thành phố Hồ Chí Minh"
    assert lex.places["Quảng Nam"].merged_into == "Đà Nẵng"
    assert lex.places["Bà Rịa-Vũng Tàu"].merged_into == "Thành phố Hồ Chí Minh"
    assert lex.places["Thừa Thiên Huế"].merged_into == "Huế"
    assert lex.places["Đà Nẵng"].valid_until is None
    assert set(lex.merged_from["Phú Thọ"]) == {"Vĩnh Phúc", "Hòa Bình"}
    assert set(lex.merged_from["Ninh Bình"]) == {"Hà Nam", "Nam Định"}
    units = {p.name for p in lex.places.values()
             if p.country == "VN" and p.kind in ("province", "city")}
    current = {n for n in units if n in lex.merged_from or n in UNCHANGED_2025}
    assert len(current) == 34
    absorbed = {p.name for p in lex.places.values()
                if p.country == "VN" and p.kind == "province" and p.valid_until == "2025-06-30"}
    assert len(absorbed) == 29  # 34 + 29 = the 63 units before the reform
    assert all(lex.places[p].merged_into in current for p in absorbed)
    after = lex.place_at("Bình Dương", "2025-08-01")
    assert after is not None and after.name == "Thành phố Hồ Chí Minh"
    before = lex.place_at("tỉnh Bình Dương", "2025-05-01")
    assert before is not None and before.name == "Bình Dương"
    now = lex.place_at("Quảng Bình")
    assert now is not None and now.name == "Quảng Trị"
    assert lex.place_at("Hà Nội", "2020") == lex.places["Hà Nội"]


def test_city_forms_and_world_places(lex: Lexicon) -> None:
    for form in ("TP.HCM", "TP HCM", "TP. Hồ Chí Minh", "Sài Gòn", "thành phố Hồ Chí Minh"):
        assert lex.canonical(form) == ("Thành phố Hồ Chí Minh", "LOCATION"), form
    assert lex.canonical("Viêng Chăn") == ("Vientiane", "LOCATION")
    assert lex.places["Phnom Penh"].kind == "capital"
    assert lex.places["Bắc Kinh"].country == "CN"
    assert lex.canonical("sông Mê Kông") == ("sông Mekong", "LOCATION")
    assert lex.places["Biển Đông"].kind == "sea"
    assert lex.places["Đông Nam Á"].kind == "region"
    assert lex.english["Bắc Kinh"] == "Beijing"


def test_organisations_and_acronyms(lex: Lexicon) -> None:
    assert lex.canonical("CPP") == ("Đảng Nhân dân Campuchia", "ORGANIZATION")
    assert lex.canonical("TTXVN") == ("Thông tấn xã Việt Nam", "ORGANIZATION")
    assert lex.canonical("LHQ") == ("Liên hợp quốc", "ORGANIZATION")
    assert lex.canonical("Hiệp hội các quốc gia Đông Nam Á") == ("ASEAN", "ORGANIZATION")
    assert lex.canonical("Bộ NN&PTNT") == ("Bộ Nông nghiệp và Phát triển nông thôn",
                                          "ORGANIZATION")
    wto = lex.organizations["WTO"]
    assert (wto.kind, wto.country) == ("international", None)
    assert "WTO" in wto.acronyms
    assert lex.organizations["Bộ Công an"].kind == "ministry"
    assert lex.organizations["Bộ Chính trị"].kind == "party-body"
    assert lex.organizations["EVN"].kind == "company"
    assert lex.english["Tổ chức Thương mại Thế giới"] == "World Trade Organization"


def test_titles_carry_english_and_category(lex: Lexicon) -> None:
    t = lex.titles["Tổng Bí thư"]
    assert (t.title, t.english, t.category) == ("Tổng Bí thư", "General Secretary", "party")
    expected = {"Thượng tướng": "military", "Thiếu tướng": "military", "Đại tá": "military",
                "Đại sứ": "diplomatic", "Tổng Lãnh sự": "diplomatic",
                "Đặc phái viên": "diplomatic", "Quốc vương": "royal", "Hoàng hậu": "royal",
                "Tổng thống": "state", "Ngoại trưởng": "government",
                "Chủ tịch Thượng viện": "legislature", "Bí thư Tỉnh ủy": "party",
                "Chủ tịch UBND tỉnh": "government", "Chủ tịch HĐQT": "business",
                "Tổng Giám đốc": "business", "PGS.TS": "academic", "GS.": "academic",
                "Chánh án Tòa án nhân dân tối cao": "judicial"}
    for title, category in expected.items():
        assert lex.titles[key(title)].category == category, title
    assert lex.titles["Chủ tịch HĐQT"].title == "Chủ tịch Hội đồng quản trị"
    secretary = lex.title("Bí thư Tỉnh uỷ")
    assert secretary is not None
    assert secretary.english == "Secretary of the Provincial Party Committee"
    assert lex.title("bộ trưởng") == lex.titles["Bộ trưởng"]
    assert lex.title("Tổng bí thư") == lex.titles["Tổng Bí thư"]
    assert lex.title("ts") is None  # abbreviations only as written
    assert lex.canonical("Nam") is None  # not the acronym "NAM"
    assert {"Tổng", "Thủ", "Bộ", "Chủ", "Phó", "Đại"} <= lex.title_words


def test_honorifics_longest_first(lex: Lexicon) -> None:
    h = lex.honorifics
    assert h.index("Samdech Akka Moha Sena Padei Techo") < h.index("Samdech Techo")
    assert h.index("Samdech Techo") < h.index("Samdech")
    assert h.index("đồng chí") < h.index("ông")
    assert "ông" in h and "Ông" in h and "bà" in h and "Ngài" in h and "Preah Bat" in h
    assert [len(x.split()) for x in h] == sorted((len(x.split()) for x in h), reverse=True)


def test_family_names(lex: Lexicon) -> None:
    assert {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tô", "Lương"} <= lex.family_names
    assert "Âu Dương" in lex.family_names
    assert len(lex.family_names) >= 140
    assert "Văn" not in lex.family_names  # a middle name, not a family name


def test_actors_with_roles_and_dates(lex: Lexicon) -> None:
    hun_sen = lex.actors["Samdech Techo Hun Sen"]
    assert hun_sen is lex.actors["Hunsen"] is lex.actors["Hun Sen"]
    assert hun_sen.country == "KH"
    assert "Chủ tịch Thượng viện" in hun_sen.roles_at("2025-03-01")
    assert "Thủ tướng" in hun_sen.roles_at("2020-01-01")
    assert "Thủ tướng" not in hun_sen.roles_at("2024")
    to_lam = lex.actors["Tô Lâm"]
    assert "Tổng Bí thư" in to_lam.roles_at("2025-06-01")
    assert "Tổng Bí thư" not in to_lam.roles_at("2024-07-01")
    assert "Chủ tịch nước" in to_lam.roles_at("2024-07-01")
    assert lex.canonical("Xi Jinping") == ("Tập Cận Bình", "PERSON")
    assert lex.actors["António Guterres"].country == "IGO"
    assert lex.english["Tập Cận Bình"] == "Xi Jinping"


def test_ambiguous_surfaces_are_flagged(lex: Lexicon) -> None:
    assert {"Anh", "Đức", "Nga", "Hòa Bình"} <= lex.ambiguous
    assert "Campuchia" not in lex.ambiguous


def test_scanning_an_unseen_article_with_the_lexicon(lex: Lexicon) -> None:
    text = ("Theo Cục Đầu tư nước ngoài, vốn FDI vào Bắc Ninh và Hải Phòng tăng mạnh; "
            "Samsung và Foxconn mở rộng nhà máy. Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ "
            "Hàn Quốc tại Hà Nội, trao đổi về hợp tác với ASEAN và WTO trên Biển Đông.")
    words = text.replace(",", " ").replace(";", " ").replace(".", " ").split()
    found = set()
    for i in range(len(words)):
        for n in range(min(lex.max_words, len(words) - i), 0, -1):
            hit = lex.canonical(" ".join(words[i:i + n]))
            if hit:
                found.add(hit)
                break
    assert {("Cục Đầu tư nước ngoài", "ORGANIZATION"), ("Bắc Ninh", "LOCATION"),
            ("Hải Phòng", "LOCATION"), ("Samsung", "ORGANIZATION"),
            ("Foxconn", "ORGANIZATION"), ("Bùi Thanh Sơn", "PERSON"),
            ("Hàn Quốc", "LOCATION"), ("Hà Nội", "LOCATION"), ("ASEAN", "ORGANIZATION"),
            ("Tổ chức Thương mại Thế giới", "ORGANIZATION"),
            ("Biển Đông", "LOCATION")} <= found
    assert lex.title("Phó Thủ tướng") is not None and lex.title("Đại sứ") is not None


def test_bad_resource_rows_name_file_and_row(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(name: str) -> Iterator[list[str]]:
        yield ["Tổng Bí thư", "General Secretary", "nonsense"]

    monkeypatch.setattr(lexicon_module, "read_lines", fake)
    with pytest.raises(ConfigError) as err:
        lexicon_module.load()
    assert "titles.tsv" in str(err.value) and "row 1" in str(err.value)


def test_key_normalises_nfc_tones_and_spaces() -> None:
    assert key("Thanh  Hoá") == "Thanh Hóa"
    assert key("Vie\u0302\u0323t Nam") == "Việt Nam"
    assert key(" Tô   Lâm ") == "Tô Lâm"


def test_lexicon_review_requests(lex: Lexicon) -> None:
    # common words and pronoun phrases are no forms of bodies
    assert lex.canonical("Đầu tư") is None
    assert lex.canonical("Đảng ta") is None
    # a numbered summit is a meeting, not an organisation; the abstract State is no named body
    assert lex.canonical("Hội nghị Cấp cao ASEAN lần thứ 47") is None
    assert lex.canonical("Nhà nước Việt Nam") is None
    # Facebook (the platform's company in news) is not renamed Meta
    assert lex.canonical("Facebook") == ("Facebook", "ORGANIZATION")
    assert lex.canonical("Meta") == ("Meta", "ORGANIZATION")
    # a form with its parent body in parentheses names two bodies
    assert lex.canonical("Cục Thống kê (Bộ Tài chính)") is None


def test_cambodian_and_lao_leaders_with_transliterations(lex: Lexicon) -> None:
    for form, name in [("Hun Ma-nét", "Hun Manet"), ("Khuôn Xu-đa-ry", "Khuon Sudary"),
                       ("Thong-lun Xi-su-lít", "Thongloun Sisoulith"), ("Xỏn-xay Xi-phăn-đon", "Sonexay Siphandone"),
                       ("Xốc Chen-đa Xô-phia", "Sok Chenda Sophea"), ("Tia Xây-ha", "Tea Seiha"),
                       ("Thong-xa-vẳn Phôm-vi-hản", "Thongsavanh Phomvihane")]:
        assert lex.canonical(form) == (name, "PERSON"), form
    sophea = lex.actors["Sok Chenda Sophea"]
    assert sophea.country == "KH" and "Bộ trưởng Bộ Ngoại giao" in sophea.roles_at("2025-01-01")
    assert "Bộ trưởng Bộ Ngoại giao" not in lex.actors["Prak Sokhonn"].roles_at("2025-01-01")


def test_former_states_and_variant_country_forms(lex: Lexicon) -> None:
    assert lex.canonical("Liên Xô") == ("Liên Xô", "LOCATION")
    assert lex.country_code("Liên bang Xô viết") == "SU"
    assert lex.country_code("Timor Leste") == "TL"
    assert lex.canonical("Paris") == ("Paris", "LOCATION")
