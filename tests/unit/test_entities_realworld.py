"""Entity recognition on real-world article shapes beyond the seed documents.

Nine batches of Vietnamese news (entity_blind_articles.py) written for these
tests and annotated by the rules of shared/gold/README.md before the recogniser
was run on them:
batch 1 (a V-League match, a smuggling trial, school admissions, a temple
festival, a Latin-American state visit) scored F1 0.735 blind; batch 2 (an
online-fraud arrest, a science prize, a film festival, European defence news),
written after the fixes of batch 1, scored F1 0.881 blind; batch 3 (a central
bank decision, northern floods, a heart transplant, a Cambodian parliamentary
visit), written after the fixes of batch 2, scored F1 0.915 blind; batch 4 (an
airport opening, durian exports, an AI research centre, Japan's stimulus
package) scored F1 0.957 blind; batch 5 (a tennis tournament, an appeal
trial, a museum exhibition, Gaza ceasefire talks) scored F1 0.848 blind; batch 6
(a retail takeover, provincial appointments, a typhoon, a papal message) scored
F1 0.923 blind; batch 7 (a Lao prime minister's visit, e-commerce figures, a
highway crash, Hà Nội's low-emission zone) scored F1 0.864 blind; batch 8 (US
tariffs, coffee prices, a SEA Games race, Australian student visas) scored F1
0.887 blind; batch 9 (a Korean state visit, an apartment fire, a concert
announcement, EU sanctions), written last, scored F1 0.943 blind.  The general rules behind the failures were
then fixed, so all batches are regression tests now (texts and annotations
unchanged).  The short tests below pin the error classes
found on the development articles (data/dev) with sentences of our own.
"""

from __future__ import annotations

import pytest
from entity_blind_articles import ARTICLES, Gold, ent, names
from entity_blind_articles import score as score_entities

from vnewsgraph.ingest.files import article_from_text
from vnewsgraph.model import Document
from vnewsgraph.nlp.entities import EntityRecognizer
from vnewsgraph.nlp.pipeline import Pipeline
from vnewsgraph.nlp.sentences import SentenceSplitter
from vnewsgraph.nlp.tokens import Tokenizer


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([SentenceSplitter(), Tokenizer(), EntityRecognizer()])


def run(pipe: Pipeline, text: str) -> Document:
    return pipe.process(article_from_text(text))


def score(doc: Document, gold: list[Gold]) -> tuple[int, int, int, list[str]]:
    return score_entities(doc.entities, gold)



@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_f1(pipe: Pipeline, name: str) -> None:
    text, gold = ARTICLES[name]
    tp, fp, fn, log = score(run(pipe, text), gold)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.75, (name, round(f1, 3), log)


def test_overall_f1(pipe: Pipeline) -> None:
    tp = fp = fn = 0
    for text, gold in ARTICLES.values():
        a, b, c, _ = score(run(pipe, text), gold)
        tp, fp, fn = tp + a, fp + b, fn + c
    assert 2 * tp / (2 * tp + fp + fn) >= 0.92


# ---------------------------------------------------------------- error classes of the development articles


def test_a_country_beats_a_shorter_body_head(pipe: Pipeline) -> None:
    doc = run(pipe, "Lượng khách từ Đài Loan và Hàn Quốc tăng mạnh; tàu cá hoạt động gần quần đảo Trường Sa.")
    assert ent(doc, "Đài Loan").type == "LOCATION"
    assert "ORGANIZATION" not in {e.type for e in doc.entities}


def test_a_country_after_tieng_is_a_language(pipe: Pipeline) -> None:
    doc = run(pipe, "Học sinh được học tiếng Anh và tiếng Nhật; đoàn Nhật Bản sang thăm.")
    assert names(doc, "LOCATION") == {"Nhật Bản"}


def test_party_committees_of_provinces(pipe: Pipeline) -> None:
    doc = run(pipe, "Ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy Hà Tĩnh, và Thành ủy Cần Thơ đã ký kết hợp tác.")
    assert {"Tỉnh ủy Hà Tĩnh", "Thành ủy Cần Thơ"} <= names(doc, "ORGANIZATION")
    assert {"Hà Tĩnh", "Cần Thơ"} <= names(doc, "LOCATION")


def test_a_body_of_a_multiword_country_and_the_name_after_it(pipe: Pipeline) -> None:
    doc = run(pipe, "Phó Chủ tịch Quốc hội Timor Leste Ana Paula Soares hội kiến đoàn Việt Nam.")
    assert ent(doc, "Quốc hội Timor Leste", "ORGANIZATION")
    assert ent(doc, "Ana Paula Soares", "PERSON")
    assert not any("Timor" in e.name for e in doc.entities if e.type == "PERSON")


def test_sports_teams_stadiums_and_players(pipe: Pipeline) -> None:
    doc = run(pipe, "U23 Việt Nam gặp U23 Indonesia trên SVĐ Gelora Bung Karno. Hậu vệ Bùi Tiến Dũng "
                    "và Thành Chung đá chính, còn HLV Shin Tae-yong khen tiền đạo Witan. Trước đó, Hải Phòng FC "
                    "thua đội khách.")
    assert {"U23 Việt Nam", "U23 Indonesia", "Hải Phòng FC"} <= names(doc, "ORGANIZATION")
    assert ent(doc, "SVĐ Gelora Bung Karno", "LOCATION")
    assert {"Bùi Tiến Dũng", "Thành Chung", "Shin Tae-yong", "Witan"} <= names(doc, "PERSON")


def test_a_name_coordinated_with_a_person_is_a_person(pipe: Pipeline) -> None:
    doc = run(pipe, "Những HLV như Alfred Riedl hay Calisto từng dẫn dắt đội tuyển.")
    assert {"Alfred Riedl", "Calisto"} <= names(doc, "PERSON")


def test_temples_shrines_and_heritage_complexes(pipe: Pipeline) -> None:
    doc = run(pipe, "Du khách viếng chùa Bái Đính, đền Trần và am Thiền Định. Quần thể danh thắng Tràng An – "
                    "Tam Cốc – Bích Động được công nhận; Ban Quản lý Khu di tích đền Hùng cho biết thêm.")
    locs = names(doc, "LOCATION")
    assert {"chùa Bái Đính", "đền Trần", "am Thiền Định"} <= locs
    assert ent(doc, "Ban Quản lý Khu di tích đền Hùng", "ORGANIZATION")


def test_complex_named_by_sites_and_its_short_form(pipe: Pipeline) -> None:
    doc = run(pipe, "UNESCO ghi danh quần thể Côn Sơn. Quần thể Côn Sơn – Kiếp Bạc – Nham Dương trải dài "
                    "qua nhiều tỉnh.")
    q = ent(doc, "Quần thể Côn Sơn – Kiếp Bạc – Nham Dương", "LOCATION")
    assert "quần thể Côn Sơn" in q.aliases


def test_person_shaped_place_names(pipe: Pipeline) -> None:
    doc = run(pipe, "Bà Hà Thị Lan quê ở Văn Chấn, tỉnh Yên Bái. Ông đưa đoàn lên núi Yên Tử. Mỗi năm Yên Tử "
                    "đón hàng triệu khách.")
    assert ent(doc, "Văn Chấn", "LOCATION")
    assert ent(doc, "Yên Tử", "LOCATION")
    assert names(doc, "PERSON") == {"Hà Thị Lan"}


def test_lower_case_words_inside_body_names(pipe: Pipeline) -> None:
    doc = run(pipe, "Cục Gìn giữ hòa bình Việt Nam cử sĩ quan tới Phái bộ Hỗ trợ của LHQ tại Nam Sudan. "
                    "Trường THPT Chuyên Ngoại ngữ và Công ty TNHH Thương mại Sao Mai tài trợ.")
    orgs = names(doc, "ORGANIZATION")
    assert {"Cục Gìn giữ hòa bình Việt Nam", "Trường THPT Chuyên Ngoại ngữ",
            "Công ty TNHH Thương mại Sao Mai"} <= orgs
    assert any(n.startswith("Phái bộ Hỗ trợ của") for n in orgs)


def test_schools_named_after_people(pipe: Pipeline) -> None:
    doc = run(pipe, "Trường THPT Lê Hồng Phong và Trường THCS Nguyễn Du có điểm chuẩn cao nhất.")
    assert {"Trường THPT Lê Hồng Phong", "Trường THCS Nguyễn Du"} <= names(doc, "ORGANIZATION")
    assert not names(doc, "PERSON")


def test_index_codes_are_no_bodies(pipe: Pipeline) -> None:
    doc = run(pipe, "Phiên hôm qua, VN-Index giảm 5 điểm trong khi HNX-Index tăng nhẹ.")
    assert not names(doc, "ORGANIZATION")


def test_two_bodies_joined_by_va(pipe: Pipeline) -> None:
    doc = run(pipe, "Tập đoàn Masan phối hợp cùng Quỹ Vì người nghèo và MTTQ Việt Nam trao quà.")
    orgs = names(doc, "ORGANIZATION")
    assert not any(" và " in n for n in orgs)
    assert ent(doc, "MTTQ Việt Nam", "ORGANIZATION")


def test_abbreviated_and_full_forms_of_one_body_merge(pipe: Pipeline) -> None:
    doc = run(pipe, "Ủy ban Trung ương MTTQ Việt Nam phát động quyên góp. Lời kêu gọi của Ủy ban Trung ương "
                    "Mặt trận Tổ quốc Việt Nam được đăng tải.")
    ucs = [e for e in doc.entities if e.name.startswith("Ủy ban Trung ương")]
    assert len(ucs) == 1 and len(ucs[0].mentions) == 2


def test_a_company_division_before_a_persons_name(pipe: Pipeline) -> None:
    doc = run(pipe, "Tổng Giám đốc Boeing Commercial Stephanie Pope ký hợp đồng với Vietnam Airlines.")
    assert ent(doc, "Boeing Commercial", "ORGANIZATION")
    assert ent(doc, "Stephanie Pope", "PERSON").titles == ["Tổng Giám đốc Boeing Commercial"]


def test_a_chairman_named_after_the_province_head(pipe: Pipeline) -> None:
    doc = run(pipe, "Chủ tịch UBND tỉnh Trần Văn Lâu cho biết tỉnh sẽ hỗ trợ người dân.")
    assert ent(doc, "Trần Văn Lâu", "PERSON")
    assert not names(doc, "LOCATION")
    assert not any("Trần Văn Lâu" in n for n in names(doc, "ORGANIZATION"))


def test_provincial_branch_and_foreign_government_are_one_body(pipe: Pipeline) -> None:
    doc = run(pipe, "Hội Chữ thập đỏ tỉnh Cao Bằng nhận hàng viện trợ của Chính phủ Hàn Quốc. Quốc hội Việt "
                    "Nam sang thăm Lào.")
    orgs = names(doc, "ORGANIZATION")
    assert {"Hội Chữ thập đỏ tỉnh Cao Bằng", "Chính phủ Hàn Quốc", "Quốc hội Việt Nam"} <= orgs
    assert not any("sang" in n for n in orgs)


def test_a_known_acronym_after_another_body_names_its_own_body(pipe: Pipeline) -> None:
    doc = run(pipe, "Chủ tịch Ủy ban châu Âu (EU) Ursula von der Leyen phát biểu.")
    assert ent(doc, "Ủy ban châu Âu", "ORGANIZATION")
    eu = ent(doc, "EU", "ORGANIZATION")
    assert eu.name != "Ủy ban châu Âu"


def test_an_english_name_in_parentheses_and_a_country_in_parentheses(pipe: Pipeline) -> None:
    doc = run(pipe, "Hội đồng Anh (British Council) hợp tác với Đại học Monash (Australia).")
    assert "British Council" in ent(doc, "Hội đồng Anh", "ORGANIZATION").aliases
    assert ent(doc, "Australia", "LOCATION")


def test_ward_named_like_a_city_and_artists(pipe: Pipeline) -> None:
    doc = run(pipe, "Đạo diễn Đặng Thái Huyền và NSND Thu Hà sống ở phường Vinh Hưng; họ dự lễ ở Quảng trường "
                    "Ba Đình.")
    assert {"Đặng Thái Huyền", "Thu Hà"} <= names(doc, "PERSON")
    assert ent(doc, "Vinh Hưng", "LOCATION")
    assert ent(doc, "Quảng trường Ba Đình", "LOCATION")


def test_same_body_with_long_and_short_country_forms_merges(pipe: Pipeline) -> None:
    doc = run(pipe, "Chủ tịch Quốc hội Lào thăm Hà Nội. Đoàn Quốc hội Cộng hòa Dân chủ Nhân dân Lào gồm 20 đại biểu.")
    laos = [e for e in doc.entities if e.type == "ORGANIZATION" and e.name.startswith("Quốc hội")]
    assert len(laos) == 1 and len(laos[0].mentions) == 2


def test_police_of_a_town_and_of_its_province_stay_apart(pipe: Pipeline) -> None:
    doc = run(pipe, "Ông từng là trưởng Công an thị xã Sơn Tây, rồi phó giám đốc Công an tỉnh Hà Tây.")
    assert {"Công an thị xã Sơn Tây", "Công an tỉnh Hà Tây"} <= names(doc, "ORGANIZATION")


def test_lower_case_tails_and_provinces_of_bodies(pipe: Pipeline) -> None:
    doc = run(pipe, "Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Bình phối hợp với Tổ chức Chữ thập đỏ quốc tế "
                    "(IFRC) cứu trợ.")
    orgs = names(doc, "ORGANIZATION")
    assert "Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Bình" in orgs
    assert "IFRC" in ent(doc, "Tổ chức Chữ thập đỏ quốc tế", "ORGANIZATION").aliases


def test_viet_compounds_name_no_country(pipe: Pipeline) -> None:
    doc = run(pipe, "Bác sĩ Bệnh viện Hữu nghị Việt Xô và Trường Đại học Việt Đức tham gia.")
    assert not names(doc, "LOCATION")


def test_forecast_is_no_newspaper(pipe: Pipeline) -> None:
    doc = run(pipe, "Các chuyên gia dự báo GDP tăng 7%, trong khi cảnh báo Tiêu dùng giảm.")
    assert not names(doc, "ORGANIZATION")


def test_places_that_begin_like_countries_or_common_nouns(pipe: Pipeline) -> None:
    doc = run(pipe, "Đội tuyển thắng tại Mỹ Đình; du khách thăm di tích Nhà tù Hỏa Lò. Đoàn Nhật Bản tới sau.")
    locs = names(doc, "LOCATION")
    assert "Mỹ Đình" in locs and "Mỹ" not in locs and "Nhật Bản" in locs
    assert ent(doc, "Nhà tù Hỏa Lò", "LOCATION")
    assert not names(doc, "PERSON")


def test_a_body_defined_in_parentheses_keeps_its_type_later(pipe: Pipeline) -> None:
    doc = run(pipe, "Theo Hiệp hội Chè Việt Nam (Vitas), giá chè tăng. Ông Hoàng Vĩnh Long, Chủ tịch Vitas, cho biết "
                    "Cục Bảo vệ thực vật thuộc Bộ Nông nghiệp và Môi trường đã vào cuộc. Chỉ số Nikkei 225 tăng.")
    vitas = ent(doc, "Vitas")
    assert vitas.type == "ORGANIZATION" and len(vitas.mentions) == 3
    assert "Cục Bảo vệ thực vật" in names(doc, "ORGANIZATION")
    assert "Nikkei" not in names(doc, "ORGANIZATION")


def test_appeal_courts_institutes_museums_and_addresses(pipe: Pipeline) -> None:
    doc = run(pipe, "Tòa án nhân dân cấp cao tại Đà Nẵng xử phúc thẩm. Viện Sử học và Bảo tàng Phụ nữ Việt Nam "
                    "cùng Trung tâm Bảo tồn Di sản Thăng Long - Hà Nội tổ chức triển lãm tại số 36 Lý Thường Kiệt.")
    orgs = names(doc, "ORGANIZATION")
    assert {"Tòa án nhân dân cấp cao tại Đà Nẵng", "Viện Sử học", "Bảo tàng Phụ nữ Việt Nam",
            "Trung tâm Bảo tồn Di sản Thăng Long - Hà Nội"} <= orgs
    assert "Lý Thường Kiệt" not in names(doc, "PERSON")


def test_a_player_called_by_given_names_after_the_full_name(pipe: Pipeline) -> None:
    doc = run(pipe, "Tiền vệ Nguyễn Quang Hải ghi bàn. Sau trận, HLV khen Quang Hải thi đấu xuất sắc.")
    hai = ent(doc, "Nguyễn Quang Hải", "PERSON")
    assert "Quang Hải" in hai.aliases and len(names(doc, "PERSON")) == 1


def test_tickers_storms_and_province_seas(pipe: Pipeline) -> None:
    doc = run(pipe, "Cổ phiếu VNM tăng 3%. Bão Yagi đổ bộ vào vùng biển Quảng Ninh - Hải Phòng, sau đó bão Yagi "
                    "suy yếu.")
    assert not names(doc, "ORGANIZATION")
    assert {"Quảng Ninh", "Hải Phòng"} <= names(doc, "LOCATION")
    assert not any(n.startswith("biển") for n in names(doc, "LOCATION"))


def test_places_named_after_one_saint_stay_apart(pipe: Pipeline) -> None:
    doc = run(pipe, "Đoàn hành hương tới Vương cung thánh đường Thánh Phaolô rồi ra Quảng trường Thánh Phaolô. "
                    "Sở Lao động - Thương binh và Xã hội tỉnh Gia Lai hỗ trợ.")
    locs = names(doc, "LOCATION")
    assert {"Vương cung thánh đường Thánh Phaolô", "Quảng trường Thánh Phaolô"} <= locs
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Gia Lai" in names(doc, "ORGANIZATION")


def test_lower_case_nouns_and_va_inside_department_names(pipe: Pipeline) -> None:
    doc = run(pipe, "Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương) làm việc với Hiệp hội Thương mại điện tử "
                    "Việt Nam và Cục Cảnh sát giao thông Bộ Công an; TikTok Shop cam kết phối hợp.")
    orgs = names(doc, "ORGANIZATION")
    assert {"Cục Thương mại điện tử và Kinh tế số", "Hiệp hội Thương mại điện tử Việt Nam", "TikTok Shop",
            "Bộ Công Thương"} <= orgs
    assert any(n.startswith("Cục Cảnh sát giao thông") for n in orgs)


def test_indicator_abbreviations_and_area_words(pipe: Pipeline) -> None:
    doc = run(pipe, "Chỉ số chất lượng không khí (AQI) trong khu vực Vành đai 2 vượt ngưỡng, theo Sở Nông nghiệp và "
                    "Môi trường Hà Nội.")
    assert names(doc, "ORGANIZATION") == {"Sở Nông nghiệp và Môi trường Hà Nội"}
    assert "Vành" not in names(doc, "LOCATION")


def test_company_names_with_legal_forms_brand_tails_and_sports_bodies(pipe: Pipeline) -> None:
    doc = run(pipe, "Công ty TNHH Unilever Việt Nam và Tập đoàn Vingroup Ventures tài trợ; Cục Thể dục thể thao và "
                    "Liên đoàn Bóng chuyền Việt Nam trao 5 HCV. Giá cà phê Arabica tăng, 1 AUD đổi 16.000 đồng.")
    orgs = names(doc, "ORGANIZATION")
    assert {"Công ty TNHH Unilever Việt Nam", "Cục Thể dục thể thao", "Liên đoàn Bóng chuyền Việt Nam"} <= orgs
    assert not {"Unilever Việt Nam", "HCV", "Arabica", "AUD", "Ventures"} & orgs


def test_a_head_of_department_title_names_its_department(pipe: Pipeline) -> None:
    doc = run(pipe, "Trung tá Phạm Văn Hải, Trưởng phòng Cảnh sát hình sự Công an tỉnh Bắc Ninh, cho biết. Trưởng phòng "
                    "Kinh doanh Lê Thu Hà và Bộ trưởng Quốc phòng Pháp Sébastien Lecornu cũng có mặt.")
    orgs = names(doc, "ORGANIZATION")
    assert "Phòng Cảnh sát hình sự Công an tỉnh Bắc Ninh" in orgs and "Công an tỉnh Bắc Ninh" in orgs
    assert not any(n.startswith("Phòng Kinh doanh") or n.startswith("Phòng Pháp") for n in orgs)
    assert {"Phạm Văn Hải", "Lê Thu Hà", "Sébastien Lecornu"} <= names(doc, "PERSON")


def test_a_high_level_delegation_is_no_body_but_an_appeal_court_is(pipe: Pipeline) -> None:
    doc = run(pipe, "Đoàn đại biểu cấp cao Đảng Cộng sản Việt Nam thăm Lào; Tòa án nhân dân cấp cao tại Hà Nội xử án.")
    orgs = names(doc, "ORGANIZATION")
    assert "Đảng Cộng sản Việt Nam" in orgs and not any(n.startswith("Đoàn") for n in orgs)
    assert "Tòa án nhân dân cấp cao tại Hà Nội" in orgs


def test_a_centre_named_by_lower_case_nouns_up_to_its_place(pipe: Pipeline) -> None:
    doc = run(pipe, "Hai bên thúc đẩy xây dựng Viện Nghiên cứu năng lượng hạt nhân tại Ninh Thuận.")
    assert "Viện Nghiên cứu năng lượng hạt nhân" in names(doc, "ORGANIZATION")
    assert "Ninh Thuận" in names(doc, "LOCATION")
