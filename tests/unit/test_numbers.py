"""Number phrases, units and qualifiers as Vietnamese news writes them."""

from __future__ import annotations

import pytest

from vnewsgraph.nlp.numbers import detect_style, find_quantities, parse_number, parse_numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("11,33", 11.33),
        ("20.000", 20000),
        ("1.234,5", 1234.5),
        ("1.175,249", 1175.249),
        ("3.000.000", 3_000_000),
        ("0,5", 0.5),
        ("3.5", 3.5),
        ("11,33 tỷ", 11_330_000_000),
        ("605,4 nghìn", 605_400),
        ("1 triệu 200 nghìn", 1_200_000),
        ("2 tỷ 500 triệu", 2_500_000_000),
        ("20 nghìn tỷ", 20e12),
        ("hai mươi nghìn", 20_000),
        ("ba", 3),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("ba mươi tư", 34),
        ("một trăm linh năm", 105),
        ("hai trăm năm mươi", 250),
        ("ba triệu rưỡi", 3_500_000),
        ("nửa triệu", 500_000),
        ("bảy trăm nghìn", 700_000),
        ("một nghìn không trăm linh một", 1001),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1..2", "mươi", "lăm", "tư", "1 triệu 2000 triệu", ",5", "1,2,3.4,5"])
def test_parse_number_rejects_garbage(text: str) -> None:
    assert parse_number(text) is None


def test_english_style_needs_the_style() -> None:
    assert parse_numeral("1,200") == pytest.approx(1.2)
    assert parse_numeral("1,200", "en") == 1200
    assert parse_numeral("1,200,000") == 1_200_000
    assert parse_numeral("1,234.5") == 1234.5
    assert detect_style("Revenue rose 3.5% to 1,200,000 units, up from 2.75 million.") == "en"
    assert detect_style("Kim ngạch đạt 11,33 tỷ USD, tăng 11,7%.") == "vi"
    # a stray English decimal does not make "20.000 USD" twenty dollars
    assert detect_style("Lợi nhuận tăng 2.5%, cổ tức 20.000 đồng.") == "vi"
    assert [q.value for q in find_quantities("Lợi nhuận tăng 2.5%, cổ tức 20.000 đồng.")] == [2.5, 20000]
    assert [q.value for q in find_quantities("Hãng tuyển 1,200 người, doanh thu 1,500,000 USD.")] == [1200, 1_500_000]


def _q(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ước đạt" is the statistics office's estimate of an actual figure: exact (the
        # contract's approx cues are khoảng, gần, xấp xỉ).
        ("Xuất khẩu gạo ước đạt 6,8 triệu tấn, trị giá 4,37 tỷ USD.",
         [(6_800_000, "t", "exact"), (4_370_000_000, "USD", "exact")]),
        ("Giá gạo xuất khẩu bình quân 624 USD/tấn.", [(624, "USD/t", "exact")]),
        ("Vé giá 2,500 đồng, phí 1,175 tỷ đồng.", [(2500, "VND", "exact"), (1_175_000_000, "VND", "exact")]),
        ("Giá xăng RON95 là 20.500 đồng/lít.", [(20500, "VND/l", "exact")]),
        ("Vốn FDI đăng ký đạt 28,5 tỷ USD.", [(28_500_000_000, "USD", "exact")]),
        ("Thu ngân sách đạt 1.175,249 tỷ đồng.", [(1_175_249_000_000, "VND", "exact")]),
        ("Nhật Bản viện trợ 500 triệu yên.", [(500_000_000, "JPY", "exact")]),
        ("Khoản vay 200 triệu euro và 3 tỷ Nhân dân tệ.", [(200e6, "EUR", "exact"), (3e9, "CNY", "exact")]),
        ("Campuchia chi 40 tỷ riel, Lào 5 tỷ kíp.", [(40e9, "KHR", "exact"), (5e9, "LAK", "exact")]),
        ("GDP quý III tăng 7,4%.", [(7.4, "%", "exact")]),
        ("Lạm phát giảm 0,3 điểm phần trăm.", [(0.3, "pp", "exact")]),
        ("Diện tích 120 ha, công suất 50 MW, đường dài 12,5 km.",
         [(120, "ha", "exact"), (50, "MW", "exact"), (12.5, "km", "exact")]),
        ("Sản lượng điện đạt 3 tỷ kWh.", [(3e9, "kWh", "exact")]),
        ("Giá trị tăng gấp 53 lần.", [(53, "times", "exact")]),
        ("Bão làm 12 người chết, hơn 3.000 ngôi nhà bị tốc mái.",
         [(12, "count:người", "exact"), (3000, "count:ngôi nhà", "over")]),
        ("Ngành du lịch thu hút 5 triệu lượt khách quốc tế.", [(5e6, "count:lượt", "exact")]),
        ("Có khoảng 200 doanh nghiệp tham gia.", [(200, "count:doanh nghiệp", "approx")]),
        ("Tỷ lệ hộ nghèo dưới 2%.", [(2, "%", "under")]),
        ("Lượng khách chưa đến 50 nghìn lượt.", [(50_000, "count:lượt", "under")]),
        ("Doanh thu xấp xỉ 2 tỷ USD.", [(2e9, "USD", "approx")]),
        ("Có 500 lao động trở lên.", [(500, "count:lao động", "over")]),
        ("Giá cao hơn 5% so với gạo Thái Lan.", [(5, "%", "exact")]),
        ("Doanh thu tăng hơn 54%.", [(54, "%", "over")]),
        ("Lũ cuốn trôi hai mươi nghìn tấn lúa.", [(20000, "t", "exact")]),
        ("Vụ cháy làm ba người bị thương.", [(3, "count:người", "exact")]),
        ("Lợi nhuận tăng 10-12%.", [(10, "%", "exact")]),
        ("Mỗi dự án cần từ 5 đến 7 tỷ đồng.", [(5e9, "VND", "exact")]),
        ("Hỗ trợ 1 triệu 200 nghìn đồng mỗi người.", [(1_200_000, "VND", "exact")]),
        ("Rủi ro thiên tai cấp 3 ảnh hưởng 5 tỉnh; đã cấp 1.100 suất học bổng.",
         [(5, "count:tỉnh", "exact"), (1100, "count:suất học bổng", "exact")]),
        ("Thiệt hại khoảng 300 tỷ, hỗ trợ 3 tỷ người dùng.", [(300e9, "VND", "approx"), (3e9, "count:người", "exact")]),
    ],
)
def test_find_quantities(text: str, expected: list[tuple[float, str, str]]) -> None:
    got = _q(text)
    assert len(got) == len(expected), got
    for (gv, gu, gq), (ev, eu, eq) in zip(got, expected, strict=True):
        assert gv == pytest.approx(ev)
        assert (gu, gq) == (eu, eq)


@pytest.mark.parametrize(
    "text",
    [
        "Hai nước thiết lập quan hệ ngoại giao ngày 24/6/1967.",
        "Đại hội 14 của Đảng diễn ra vào tháng 1/2026.",
        "Xe đi trên Quốc lộ 1A gặp nạn lúc 8h30.",
        "Việt Nam đứng thứ 3, thứ 6 trong khu vực.",
        "Đại hội Đảng lần thứ XIV thành công tốt đẹp.",
        "Dịch Covid-19 đã qua, mục tiêu đến năm 2030.",
        "Gọi đường dây nóng 0912 345 678 để được hỗ trợ.",
        "Lãnh đạo hai nước, hai bên và 2 Đảng nhất trí.",
        "Chúc mừng năm mới 2026, Tết Bính Ngọ 2026.",
        "Việt Nam sẽ thực hiện thành công hai mục tiêu 100 năm.",
        "Nghị quyết số 57-NQ/TW về khoa học, G20 và APEC 2027.",
        "Một trong những ưu tiên là một số dự án.",
        "Thực hiện 3 đột phá chiến lược, 5 nhiệm vụ trọng tâm và 6 nhóm giải pháp.",
        "Cuộc hội đàm kéo dài 45 phút, lúc 10 giờ 30 phút sáng.",
        "Hàng trăm người dân và hàng nghìn tỷ đồng, vài chục hộ.",
        "Kỷ niệm 50 năm quan hệ ngoại giao, ông A, 45 tuổi.",
        "Hai bên ra Tuyên bố chung 12 điểm.",
        "Máy bay không người lái không đồng ý, ba mẹ và kinh tế tư nhân.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert _q(text) == []
