#!/usr/bin/env python3
"""Write the development gold files (data/dev/gold/*.json) from the tables below.

Run from anywhere: ``python3 data/dev/make_gold.py``.  Each article is one
``doc(...)`` call with its entities (E), facts (F) and events (V), in the
format of shared/gold/README.md.  The script also checks that every entity
name/alias occurs in the article text and that every event participant is an
annotated entity, so that a typo shows up at once.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"
DOCS: list[dict] = []


def E(name, type_, aliases=(), alt=(), opt=False):
    """An entity: fullest name without title, other surface forms, alt types, optional."""
    return {"name": name, "type": type_, "aliases": list(aliases),
            "alt_types": list(alt), "optional": opt}


def F(value, unit, indicator, kind="actual", q="exact", period=None, opt=False):
    """A fact: plain number, unit per the units table, kind, qualifier, period."""
    return {"value": value, "unit": unit, "kind": kind, "qualifier": q,
            "period": period, "indicator": indicator, "optional": opt}


def V(type_, date, participants, status="occurred", opt=False):
    """An event: VISIT | MEETING | AGREEMENT | AID, resolved date or None."""
    return {"type": type_, "date": date, "participants": list(participants),
            "status": status, "optional": opt}


def doc(fname, published, outlet, entities, facts, events):
    DOCS.append({"doc": fname, "published": published, "outlet": outlet,
                 "entities": entities, "facts": facts, "events": events})


Q3 = "2025-01/2025-09"  # "9 tháng (đầu) năm 2025"

# ---------------------------------------------------------------- d01
doc("d01_xuat_khau_gao_9_thang.txt", "2025-10-08", None,
    [E("Việt Nam", "LOCATION"),
     E("Bộ Nông nghiệp và Môi trường", "ORGANIZATION"),
     E("Philippines", "LOCATION"),
     E("Gana", "LOCATION"),
     E("Bờ Biển Ngà", "LOCATION"),
     E("Bangladesh", "LOCATION"),
     E("Malaysia", "LOCATION")],
    [F(0.1, "%", "tăng khối lượng xuất khẩu gạo so với cùng kỳ", period=Q3),
     F(18.5, "%", "giảm giá trị xuất khẩu gạo so với cùng kỳ", period=Q3),
     F(0.1, "%", "nhắc lại: tăng 0,1% về khối lượng", period=Q3, opt=True),
     F(18.5, "%", "nhắc lại: giảm 18,5% về giá trị", period=Q3, opt=True),
     F(2, "count:thị trường", "hai thị trường lớn Gana và Bờ Biển Ngà (số viết bằng chữ)", opt=True),
     F(600000, "t", "khối lượng gạo xuất khẩu tháng 9", period="2025-09"),
     F(288400000, "USD", "giá trị gạo xuất khẩu tháng 9", period="2025-09"),
     F(7000000, "t", "tổng khối lượng xuất khẩu gạo lũy kế 9 tháng", period=Q3),
     F(3550000000, "USD", "tổng giá trị xuất khẩu gạo lũy kế 9 tháng", period=Q3),
     F(509, "USD/t", "giá gạo xuất khẩu bình quân", period=Q3),
     F(18.6, "%", "giảm giá gạo xuất khẩu bình quân so với cùng kỳ năm 2024", period=Q3),
     F(16.4, "%", "giảm giá trị xuất khẩu gạo sang Philippines", period=Q3),
     F(44, "%", "thị phần của Philippines trong xuất khẩu gạo"),
     F(11.4, "%", "thị phần của Gana"),
     F(10.7, "%", "thị phần của Bờ Biển Ngà"),
     F(58.6, "%", "tăng trưởng xuất khẩu gạo sang Gana"),
     F(95.5, "%", "tăng trưởng xuất khẩu gạo sang Bờ Biển Ngà"),
     F(164.7, "times", "tăng trưởng xuất khẩu gạo sang Bangladesh"),
     F(55.1, "%", "giảm xuất khẩu gạo sang Malaysia")],
    [])

# ---------------------------------------------------------------- d02
doc("d02_ca_phe_gia_ky_luc.txt", "2025-10-06", None,
    [E("Việt Nam", "LOCATION"),
     E("Công ty Vĩnh Hiệp", "ORGANIZATION"),
     E("Bộ Nông nghiệp và Môi trường", "ORGANIZATION"),
     E("châu Âu", "LOCATION"),
     E("Đức", "LOCATION"),
     E("Italia", "LOCATION"),
     E("Tây Ban Nha", "LOCATION"),
     E("PHÚC VĂN", "PERSON", opt=True)],
    [F(5658, "USD/t", "giá cà phê xuất khẩu bình quân", period=Q3),
     F(45.3, "%", "tăng giá cà phê xuất khẩu bình quân so với cùng kỳ năm 2024", period=Q3),
     F(52310000000, "USD", "kim ngạch xuất khẩu nông, lâm, thủy sản", q="over", period=Q3),
     F(14, "%", "tăng kim ngạch xuất khẩu nông, lâm, thủy sản so với cùng kỳ", period=Q3),
     F(6900000000, "USD", "kim ngạch xuất khẩu cà phê", q="over"),
     F(1200000, "t", "khối lượng cà phê xuất khẩu"),
     F(11.1, "%", "tăng khối lượng cà phê xuất khẩu"),
     F(61.4, "%", "tăng giá trị cà phê xuất khẩu"),
     F(40, "%", "tăng trưởng tại các thị trường chủ lực châu Âu", q="over"),
     F(70000000000, "USD", "kim ngạch xuất khẩu nông sản toàn ngành", kind="forecast",
       q="over", period="2025")],
    [])

# ---------------------------------------------------------------- d03
doc("d03_gdp_quy_3_2025.txt", "2025-10-06", None,
    [E("Nguyễn Thị Hương", "PERSON"),
     E("Cục Thống kê", "ORGANIZATION"),
     E("Bộ Tài chính", "ORGANIZATION")],
    [F(10, "count:năm", "GDP quý III cao thứ hai trong hơn 10 năm", q="over", opt=True),
     F(8.23, "%", "tăng trưởng GDP quý III/2025 so với cùng kỳ", period="2025-07/2025-09"),
     F(14.38, "%", "tăng trưởng GDP quý III/2022", period="2022-07/2022-09"),
     F(3.74, "%", "tăng trưởng khu vực nông, lâm nghiệp và thủy sản quý III"),
     F(5.04, "%", "đóng góp của khu vực nông, lâm nghiệp và thủy sản quý III"),
     F(9.46, "%", "tăng trưởng khu vực công nghiệp và xây dựng quý III"),
     F(46.41, "%", "đóng góp của khu vực công nghiệp và xây dựng quý III"),
     F(9.98, "%", "tăng trưởng công nghiệp chế biến, chế tạo quý III"),
     F(8.56, "%", "tăng trưởng khu vực dịch vụ quý III"),
     F(48.55, "%", "đóng góp của khu vực dịch vụ quý III"),
     F(7.85, "%", "tăng trưởng GDP 9 tháng năm 2025", period=Q3),
     F(9.44, "%", "tăng trưởng GDP 9 tháng năm 2022", period="2022-01/2022-09"),
     F(3.83, "%", "tăng trưởng khu vực nông, lâm nghiệp và thủy sản 9 tháng", period=Q3),
     F(5.36, "%", "đóng góp của khu vực nông, lâm nghiệp và thủy sản 9 tháng", period=Q3),
     F(8.69, "%", "tăng trưởng khu vực công nghiệp và xây dựng 9 tháng", period=Q3),
     F(43, "%", "đóng góp của khu vực công nghiệp và xây dựng 9 tháng", q="over", period=Q3),
     F(8.49, "%", "tăng trưởng khu vực dịch vụ 9 tháng", period=Q3),
     F(51.6, "%", "đóng góp của khu vực dịch vụ 9 tháng", q="approx", period=Q3),
     F(3.46, "%", "tăng trưởng nông nghiệp"),
     F(3.52, "%", "đóng góp của nông nghiệp"),
     F(6.46, "%", "tăng trưởng lâm nghiệp"),
     F(0.42, "%", "đóng góp của lâm nghiệp"),
     F(4.48, "%", "tăng trưởng thủy sản"),
     F(1.41, "%", "đóng góp của thủy sản")],
    [])

# ---------------------------------------------------------------- d04
TICKERS = ["VCB", "VHM", "VNM", "VIC", "HCM", "VRE", "DXG", "STB", "KBC", "ACB"]
doc("d04_khoi_ngoai_ban_rong_tuan.txt", None, None,
    [E("VN-Index", "MISC"),
     E("Vingroup", "ORGANIZATION"),
     E("HoSE", "ORGANIZATION"),
     E("HNX", "ORGANIZATION"),
     E("UPCoM", "ORGANIZATION"),
     *[E(t, "ORGANIZATION", opt=True) for t in TICKERS]],
    [F(1880, "điểm", "cận dưới vùng giao dịch của VN-Index", opt=True),
     F(1900, "điểm", "cận trên vùng giao dịch của VN-Index", opt=True),
     F(1900, "điểm", "vùng điểm 1.900 đầu tuần (nhắc lại)", opt=True),
     F(8.34, "điểm", "VN-Index giảm trong tuần", opt=True),
     F(0.44, "%", "VN-Index giảm so với tuần trước"),
     F(1870.79, "điểm", "VN-Index đóng cửa", opt=True),
     F(5, "count:phiên", "số phiên lũy kế", opt=True),
     F(3170000000000, "VND", "khối ngoại bán ròng trên toàn thị trường trong tuần"),
     F(3195000000000, "VND", "khối ngoại bán ròng trên HoSE"),
     F(70000000000, "VND", "khối ngoại mua ròng trên HNX"),
     F(45000000000, "VND", "khối ngoại bán ròng trên UPCoM"),
     F(650000000000, "VND", "giá trị bán ròng cổ phiếu VCB"),
     F(623000000000, "VND", "giá trị bán ròng VHM"),
     F(438000000000, "VND", "giá trị bán ròng VNM"),
     F(402000000000, "VND", "giá trị bán ròng VIC"),
     F(328000000000, "VND", "giá trị bán ròng HCM"),
     F(307000000000, "VND", "giá trị bán ròng VRE"),
     F(273000000000, "VND", "giá trị bán ròng DXG"),
     F(392000000000, "VND", "giá trị mua ròng STB"),
     F(358000000000, "VND", "giá trị mua ròng KBC"),
     F(355000000000, "VND", "giá trị mua ròng ACB")],
    [])


# ---------------------------------------------------------------- d05
P17 = ["Nghệ An", "Hà Tĩnh", "Quảng Trị", "Ninh Bình", "Thanh Hóa", "Lào Cai", "Phú Thọ",
       "Tuyên Quang", "Lạng Sơn", "Cao Bằng", "Sơn La", "Thái Nguyên", "Quảng Ninh",
       "Hưng Yên", "Hải Phòng", "Huế", "Đà Nẵng"]
P12 = ["Tuyên Quang", "Cao Bằng", "Sơn La", "Lạng Sơn", "Thái Nguyên", "Hưng Yên",
       "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Bắc Ninh"]
doc("d05_ung_ho_bao_lu_907_ty.txt", "2025-10-11", "VTC News",
    [E("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "ORGANIZATION",
       ["Ủy ban Trung ương MTTQ Việt Nam"]),
     E("Ban Vận động Cứu trợ Trung ương", "ORGANIZATION"),
     E("Tập đoàn Vingroup", "ORGANIZATION", ["Vingroup"]),
     E("Quỹ Thiện Tâm", "ORGANIZATION"),
     E("Mặt trận Tổ quốc Việt Nam", "ORGANIZATION", ["MTTQ Việt Nam"]),
     E("Việt Nam", "LOCATION", opt=True),
     E("Hà Nội", "LOCATION", ["Thành phố Hà Nội"], alt=["ORGANIZATION"]),
     E("Cần Thơ", "LOCATION", ["TP Cần Thơ"], alt=["ORGANIZATION"]),
     *[E(p, "LOCATION") for p in dict.fromkeys(P12 + P17)],
     E("bão số 10", "MISC")],
    [F(907000000000, "VND", "tổng số tiền đăng ký ủng hộ đồng bào bị ảnh hưởng bởi bão lũ", q="over"),
     F(500000000000, "VND", "Tập đoàn Vingroup đóng góp"),
     F(12, "count:tỉnh", "số tỉnh Vingroup hỗ trợ trực tiếp"),
     F(100000000000, "VND", "Thành phố Hà Nội ủng hộ"),
     F(2500000000, "VND", "TP Cần Thơ hỗ trợ"),
     F(5, "count:tỉnh", "số tỉnh TP Cần Thơ hỗ trợ"),
     F(265000000000, "VND", "số tiền phân bổ đợt 1 từ nguồn cứu trợ Trung ương"),
     F(17, "count:tỉnh, thành phố", "số tỉnh, thành phố được phân bổ đợt 1"),
     F(30000000000, "VND", "mỗi tỉnh Nghệ An, Hà Tĩnh, Quảng Trị nhận"),
     F(20000000000, "VND", "mỗi tỉnh Ninh Bình, Thanh Hóa nhận"),
     F(15000000000, "VND", "mỗi tỉnh Lào Cai, Phú Thọ, Tuyên Quang nhận"),
     F(6, "count:tỉnh", "số tỉnh nhận mỗi địa phương 10 tỷ đồng"),
     F(3, "count:thành phố", "số thành phố nhận mỗi địa phương 10 tỷ đồng"),
     F(10000000000, "VND", "mỗi địa phương (6 tỉnh, 3 thành phố) nhận")],
    [V("AID", "2025-10-11", ["Ban Vận động Cứu trợ Trung ương",
                             "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
     V("AID", None, ["Tập đoàn Vingroup", "Quỹ Thiện Tâm", "Mặt trận Tổ quốc Việt Nam", *P12]),
     V("AID", None, ["Hà Nội"]),
     V("AID", None, ["Cần Thơ", "Nghệ An", "Ninh Bình", "Thanh Hóa", "Hà Tĩnh", "Quảng Trị"]),
     V("AID", "2025-10-03", ["Ban Vận động Cứu trợ Trung ương", *P17])])

# ---------------------------------------------------------------- d06
doc("d06_mttq_phat_dong_mien_trung.txt", "2025-11-21", None,
    [E("Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "ORGANIZATION",
       ["Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
     E("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "ORGANIZATION",
       ["Ủy ban Trung ương MTTQ Việt Nam"]),
     E("Mặt trận Tổ quốc Việt Nam", "ORGANIZATION", ["MTTQ Việt Nam"], opt=True),
     E("Việt Nam", "LOCATION", opt=True),
     E("Bùi Thị Minh Hoài", "PERSON"),
     E("miền Trung", "LOCATION"),
     E("Tây Nguyên", "LOCATION"),
     E("Đắk Lắk", "LOCATION"),
     E("Lâm Đồng", "LOCATION"),
     E("Khánh Hòa", "LOCATION"),
     E("Gia Lai", "LOCATION"),
     E("Đà Nẵng", "LOCATION"),
     E("Bộ Chính trị", "ORGANIZATION", opt=True),
     E("Ban Bí thư", "ORGANIZATION", opt=True),
     E("Tô Lâm", "PERSON"),
     E("Chính phủ", "ORGANIZATION", opt=True),
     E("Toàn dân ủng hộ đồng bào miền Trung, Tây Nguyên khắc phục hậu quả mưa lũ", "MISC")],
    [F(52000, "count:ngôi nhà", "số ngôi nhà bị ngập sâu", q="over"),
     F(167, "count:nhà", "số nhà bị hư hỏng"),
     F(13000, "ha", "diện tích hoa màu bị ngập", q="over"),
     F(2000, "ha", "diện tích cây lâu năm bị ngập", q="over"),
     F(30000, "count:gia súc, gia cầm", "số gia súc, gia cầm bị lũ cuốn trôi", q="over")],
    [V("AID", "2025-11-21", ["Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
                             "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Bùi Thị Minh Hoài",
                             "miền Trung", "Tây Nguyên"])])

# ---------------------------------------------------------------- d07
doc("d07_chu_tich_nuoc_gap_trump_apec.txt", "2025-10-29", None,
    [E("Lương Cường", "PERSON"),
     E("Donald Trump", "PERSON", ["Trump"]),
     E("Mỹ", "LOCATION"),
     E("APEC", "ORGANIZATION"),
     E("Hàn Quốc", "LOCATION"),
     E("Bộ Ngoại giao", "ORGANIZATION"),
     E("Việt Nam", "LOCATION"),
     E("TTXVN", "ORGANIZATION", opt=True),
     E("châu Á - Thái Bình Dương", "LOCATION"),
     E("Ấn Độ Dương", "LOCATION"),
     E("Hiệp định thương mại đối ứng", "MISC")],
    [],
    [V("MEETING", "2025-10-29", ["Lương Cường", "Donald Trump", "Việt Nam", "Mỹ"]),
     V("MEETING", None, ["Lương Cường", "APEC", "Hàn Quốc"], opt=True),
     V("VISIT", None, ["Lương Cường", "Việt Nam", "Hàn Quốc"], opt=True)])

# ---------------------------------------------------------------- d08
LEADERS = ["Norodom Sihamoni", "Miguel Diaz-Canel Bermudez", "Kim Jong Un",
           "Prabowo Subianto", "Anwar Ibrahim", "Maria Fernanda Lay", "Ukhnaagiin Khurelsukh"]
doc("d08_chu_tich_nuoc_hoi_dam_tap_can_binh.txt", "2025-09-04", None,
    [E("Bắc Kinh", "LOCATION", ["Thủ đô Bắc Kinh", "thủ đô Bắc Kinh"]),
     E("Trung Quốc", "LOCATION"),
     E("Lương Cường", "PERSON"),
     E("Tập Cận Bình", "PERSON"),
     E("TTXVN", "ORGANIZATION", opt=True),
     E("Việt Nam", "LOCATION"),
     E("Quảng trường Thiên An Môn", "LOCATION"),
     E("Campuchia", "LOCATION"),
     E("Cuba", "LOCATION"),
     E("Triều Tiên", "LOCATION"),
     E("Indonesia", "LOCATION"),
     E("Malaysia", "LOCATION"),
     E("Quốc hội Timor Leste", "ORGANIZATION"),
     E("Timor Leste", "LOCATION", opt=True),
     E("Mông Cổ", "LOCATION"),
     *[E(n, "PERSON") for n in LEADERS],
     E("Lễ kỷ niệm 80 năm Chiến thắng phát xít của nhân dân thế giới", "MISC",
       ["Lễ kỷ niệm"])],
    [],
    [V("MEETING", "2025-09-04", ["Lương Cường", "Tập Cận Bình", "Việt Nam", "Trung Quốc"]),
     V("VISIT", None, ["Lương Cường", "Việt Nam", "Trung Quốc"], opt=True),
     *[V("MEETING", None, ["Lương Cường", n]) for n in LEADERS]])

# ---------------------------------------------------------------- d09
doc("d09_takaichi_dien_dam_trump.txt", "2025-10-26", None,
    [E("NHK", "ORGANIZATION", ["Đài NHK"]),
     E("Nhật Bản", "LOCATION", ["Nhật"]),
     E("Sanae Takaichi", "PERSON"),
     E("Mỹ", "LOCATION"),
     E("Donald Trump", "PERSON", ["Trump"]),
     E("KYODO", "ORGANIZATION", opt=True),
     E("ASEAN", "ORGANIZATION", ["Hiệp hội Các quốc gia Đông Nam Á"]),
     E("Malaysia", "LOCATION"),
     E("Triều Tiên", "LOCATION"),
     E("Ấn Độ Dương - Thái Bình Dương", "LOCATION"),
     E("Hàn Quốc", "LOCATION"),
     E("APEC", "ORGANIZATION"),
     E("Hội nghị cấp cao ASEAN", "MISC"),
     E("Hội nghị thượng đỉnh APEC", "MISC"),
     E("PHƯƠNG NAM", "PERSON", opt=True)],
    [],
    [V("MEETING", "2025-10-25", ["Sanae Takaichi", "Donald Trump", "Nhật Bản", "Mỹ"]),
     V("VISIT", "2025-10-27", ["Donald Trump", "Mỹ", "Nhật Bản"], status="planned"),
     V("VISIT", None, ["Donald Trump", "Mỹ", "Hàn Quốc", "APEC"], status="planned"),
     V("MEETING", None, ["Donald Trump", "Sanae Takaichi", "ASEAN", "Malaysia"],
       status="planned", opt=True)])

# ---------------------------------------------------------------- d10
M10 = "2025-01/2025-10"
doc("d10_khach_quoc_te_10_thang.txt", "2025-11-06", None,
    [E("Cục Thống kê", "ORGANIZATION"),
     E("Việt Nam", "LOCATION"),
     E("Châu Á", "LOCATION"),
     E("Trung Quốc", "LOCATION"),
     E("Hàn Quốc", "LOCATION"),
     E("Đài Loan", "LOCATION"),
     E("Mỹ", "LOCATION"),
     E("Nhật Bản", "LOCATION")],
    [F(1730000, "count:lượt khách quốc tế", "khách quốc tế đến Việt Nam trong tháng 10",
       period="2025-10"),
     F(14, "%", "tăng lượng khách quốc tế so với tháng trước", q="approx", period="2025-10"),
     F(17200000, "count:lượt người", "khách quốc tế đến Việt Nam 10 tháng", q="approx",
       period=M10),
     F(21.5, "%", "tăng lượng khách quốc tế 10 tháng so với cùng kỳ", period=M10),
     F(14600000, "count:lượt người", "khách đến bằng đường hàng không"),
     F(84.9, "%", "tỷ trọng khách đến bằng đường hàng không"),
     F(2400000, "count:lượt người", "khách đến bằng đường bộ"),
     F(13.9, "%", "tỷ trọng khách đến bằng đường bộ"),
     F(205100, "count:lượt người", "khách đến bằng đường biển"),
     F(1.2, "%", "tỷ trọng khách đến bằng đường biển"),
     F(13618000, "count:lượt khách", "khách từ khu vực Châu Á", period=M10),
     F(21, "%", "tăng khách từ khu vực Châu Á so với cùng kỳ", period=M10),
     F(2, "count:thị trường", "hai thị trường gửi khách lớn nhất (số viết bằng chữ)", opt=True),
     F(4300000, "count:lượt khách", "khách Trung Quốc"),
     F(25.2, "%", "tỷ trọng khách Trung Quốc"),
     F(3600000, "count:lượt khách", "khách Hàn Quốc"),
     F(21, "%", "tỷ trọng khách Hàn Quốc"),
     F(1000000, "count:lượt", "khách Đài Loan"),
     F(685000, "count:lượt", "khách Mỹ"),
     F(679000, "count:lượt", "khách Nhật Bản")],
    [])

# ---------------------------------------------------------------- d11
doc("d11_chu_tich_ubnd_sau_sap_nhap.txt", "2025-06-30", None,
    [E("Phạm Minh Chính", "PERSON"),
     E("Phan Huy Ngọc", "PERSON"),
     E("Trần Huy Tuấn", "PERSON"),
     E("Tỉnh ủy Tuyên Quang", "ORGANIZATION"),
     E("UBND tỉnh Tuyên Quang", "ORGANIZATION"),
     E("Tỉnh ủy Lào Cai", "ORGANIZATION"),
     E("UBND tỉnh Lào Cai", "ORGANIZATION"),
     E("UBND tỉnh Hà Giang", "ORGANIZATION"),
     E("Công an thị xã Phú Thọ", "ORGANIZATION"),
     E("Công an tỉnh Phú Thọ", "ORGANIZATION"),
     E("Công an tỉnh Hà Giang", "ORGANIZATION"),
     E("Hội đồng nhân dân", "ORGANIZATION", ["HĐND"], opt=True),
     E("Ủy ban nhân dân", "ORGANIZATION", ["UBND"], opt=True),
     E("Ủy ban MTTQ Việt Nam", "ORGANIZATION", opt=True),
     E("Mặt trận Tổ quốc Việt Nam", "ORGANIZATION", ["MTTQ Việt Nam"], opt=True),
     E("Việt Nam", "LOCATION", opt=True),
     E("Tuyên Quang", "LOCATION", ["tỉnh Tuyên Quang", "Tỉnh Tuyên Quang"]),
     E("Hà Giang", "LOCATION", ["tỉnh Hà Giang"]),
     E("Vĩnh Phúc", "LOCATION", ["tỉnh Vĩnh Phúc"]),
     E("Phú Thọ", "LOCATION", ["tỉnh Phú Thọ"]),
     E("thị xã Phú Thọ", "LOCATION", opt=True),
     E("Lào Cai", "LOCATION", ["tỉnh Lào Cai"]),
     E("Văn Yên", "LOCATION"),
     E("Yên Bái", "LOCATION", ["tỉnh Yên Bái"])],
    [F(23, "count:tỉnh, thành phố", "số tỉnh, thành phố mới sau sáp nhập công bố chủ tịch UBND"),
     F(13800, "km2", "diện tích tỉnh Tuyên Quang mới"),
     F(1860000, "count:người", "dân số tỉnh Tuyên Quang mới"),
     F(51, "count:tuổi", "tuổi ông Trần Huy Tuấn", opt=True)],
    [])

# ---------------------------------------------------------------- d12
doc("d12_250_du_an_khoi_cong_khanh_thanh.txt", "2025-08-19", None,
    [E("Việt Nam", "LOCATION", ["Cộng hòa xã hội chủ nghĩa Việt Nam"]),
     E("Bộ Xây dựng", "ORGANIZATION"),
     E("Trần Hồng Minh", "PERSON"),
     E("Tập đoàn Vingroup", "ORGANIZATION", ["Vingroup"]),
     E("Phạm Nhật Vượng", "PERSON")],
    [F(250, "count:công trình", "số công trình đồng loạt khởi công, khánh thành"),
     F(250, "count:dự án", "nhắc lại: trong 250 dự án này", opt=True),
     F(250, "count:công trình", "nhắc lại: trong 250 công trình này", opt=True),
     F(34, "count:tỉnh/thành phố", "số tỉnh/thành phố có công trình"),
     F(89, "count:dự án", "số dự án khánh thành"),
     F(161, "count:dự án", "số dự án khởi công"),
     F(8, "count:dự án", "số dự án quan trọng quốc gia"),
     F(46, "count:dự án", "số dự án nhóm A"),
     F(155, "count:dự án", "số dự án nhóm B"),
     F(41, "count:dự án", "số dự án nhóm C"),
     F(1280000000000000, "VND", "tổng mức đầu tư các dự án, công trình"),
     F(478000000000000, "VND", "nguồn vốn Nhà nước"),
     F(129, "count:dự án", "số dự án dùng vốn Nhà nước"),
     F(37, "%", "tỷ trọng vốn Nhà nước trong tổng mức"),
     F(802000000000000, "VND", "nguồn vốn khác"),
     F(121, "count:dự án", "số dự án dùng nguồn vốn khác"),
     F(63, "%", "tỷ trọng nguồn vốn khác trong tổng mức"),
     F(5, "count:dự án FDI", "số dự án FDI"),
     F(54000000000000, "VND", "số vốn của các dự án FDI"),
     F(6, "count:dự án", "số dự án của Tập đoàn Vingroup"),
     F(6, "count:công trình", "nhắc lại (tiêu đề): 6 công trình của Vingroup", opt=True)],
    [])

# ---------------------------------------------------------------- d13
doc("d13_nga_dien_hat_nhan_mishustin.txt", "2025-01-14", None,
    [E("Nga", "LOCATION"),
     E("Việt Nam", "LOCATION"),
     E("Trụ sở Chính phủ", "LOCATION", alt=["ORGANIZATION"], opt=True),
     E("Chính phủ", "ORGANIZATION", opt=True),
     E("Phạm Minh Chính", "PERSON"),
     E("Mikhail Mishustin", "PERSON", ["Mishustin"]),
     E("Trung tâm Nghiên cứu khoa học công nghệ hạt nhân", "ORGANIZATION",
       alt=["LOCATION"], opt=True),
     E("Bộ Ngoại giao", "ORGANIZATION"),
     E("Moskva", "LOCATION"),
     E("Giang Huy", "PERSON", opt=True),
     E("Thông cáo chung", "MISC")],
    [],
    [V("MEETING", "2025-01-14", ["Phạm Minh Chính", "Mikhail Mishustin", "Việt Nam", "Nga"]),
     V("AGREEMENT", "2025-01-14", ["Phạm Minh Chính", "Mikhail Mishustin", "Việt Nam", "Nga"]),
     V("VISIT", None, ["Mikhail Mishustin", "Nga", "Việt Nam"], opt=True)])

# ---------------------------------------------------------------- d14
doc("d14_thu_tuong_tiep_shoigu.txt", "2025-12-10", None,
    [E("Hội đồng An ninh Liên bang Nga", "ORGANIZATION"),
     E("Sergey Shoigu", "PERSON"),
     E("Việt Nam", "LOCATION"),
     E("Phạm Minh Chính", "PERSON"),
     E("Nga", "LOCATION"),
     E("Liên Xô", "LOCATION"),
     E("Chính phủ", "ORGANIZATION", opt=True)],
    [],
    [V("MEETING", "2025-12-10", ["Phạm Minh Chính", "Sergey Shoigu",
                                 "Hội đồng An ninh Liên bang Nga"]),
     V("VISIT", None, ["Sergey Shoigu", "Hội đồng An ninh Liên bang Nga", "Nga", "Việt Nam"])])

# ---------------------------------------------------------------- d15
doc("d15_u22_viet_nam_vao_chung_ket_sea_games.txt", "2025-12-15", None,
    [E("SEA Games 33", "MISC", ["SEA Games"]),
     E("U22 Việt Nam", "ORGANIZATION"),
     E("U22 Philippines", "ORGANIZATION"),
     E("Việt Nam", "LOCATION", opt=True),
     E("Philippines", "LOCATION", opt=True),
     E("Văn Thuận", "PERSON"),
     E("Thanh Nhàn", "PERSON"),
     E("Kim Sang-sik", "PERSON"),
     E("AFF Cup", "MISC"),
     E("U23 Đông Nam Á", "MISC"),
     E("Đông Nam Á", "LOCATION"),
     E("Park Hang-seo", "PERSON"),
     E("Kiatisuk", "PERSON"),
     E("SVĐ Rajamangala", "LOCATION", ["Rajamangala"]),
     E("Thái Lan", "LOCATION")],
    [F(2, "count:bàn thắng", "số bàn thắng U22 Việt Nam ghi trong những phút cuối trận bán kết"),
     F(3, "count:danh hiệu", "số danh hiệu bóng đá nam danh giá nhất khu vực", opt=True)],
    [])

# ---------------------------------------------------------------- d16
doc("d16_vietjet_dat_mua_100_tau_bay_airbus.txt", "2025-10-30", None,
    [E("Vietjet", "ORGANIZATION"),
     E("Airbus", "ORGANIZATION"),
     E("A321neo", "MISC", ["Airbus A321neo"]),
     E("Tô Lâm", "PERSON"),
     E("Vương quốc Anh", "LOCATION", ["Anh"]),
     E("Bộ Ngoại giao Anh", "ORGANIZATION", ["Bộ ngoại giao Anh"]),
     E("Việt Nam", "LOCATION"),
     E("Matt Western", "PERSON"),
     E("Hội nghị Kinh tế Cấp cao Việt Nam - Anh", "MISC"),
     E("Nguyễn Thị Phương Thảo", "PERSON"),
     E("Christian Scherer", "PERSON"),
     E("Airbus Commercial", "ORGANIZATION"),
     E("Đinh Việt Phương", "PERSON"),
     E("Iain Frew", "PERSON")],
    [F(100, "count:tàu bay", "số tàu bay A321neo Vietjet đặt mua"),
     *[F(100, "count:tàu bay", "nhắc lại: 100 tàu bay A321neo", opt=True) for _ in range(3)]],
    [V("AGREEMENT", "2025-10-30", ["Vietjet", "Airbus", "Đinh Việt Phương", "Christian Scherer",
                                   "Tô Lâm", "Matt Western", "Iain Frew"]),
     V("VISIT", None, ["Tô Lâm", "Việt Nam", "Vương quốc Anh"])])

# ---------------------------------------------------------------- d17
YT = "Quần thể Yên Tử – Vĩnh  Nghiêm – Côn  Sơn – Kiếp  Bạc"
doc("d17_unesco_yen_tu_di_san_the_gioi.txt", None, None,
    [E("Việt Nam", "LOCATION"),
     E("UNESCO", "ORGANIZATION"),
     E(YT, "LOCATION", ["quần thể Yên Tử"]),
     E("Yên Tử", "LOCATION"),
     E("Vĩnh Nghiêm", "LOCATION", ["Vĩnh  Nghiêm"], opt=True),
     E("Côn Sơn", "LOCATION", ["Côn  Sơn"], opt=True),
     E("Kiếp Bạc", "LOCATION", ["Kiếp  Bạc"], opt=True),
     E("Ủy ban Di sản Thế giới", "ORGANIZATION"),
     E("Paris", "LOCATION"),
     E("Danh mục Di sản Thế giới", "MISC"),
     E("Quảng Ninh", "LOCATION", ["tỉnh Quảng Ninh"]),
     E("Bắc Giang", "LOCATION"),
     E("Hải Dương", "LOCATION"),
     E("Thiền phái Trúc Lâm", "ORGANIZATION", alt=["MISC"], opt=True),
     E("Trần Nhân Tông", "PERSON"),
     E("Tổng cục Du lịch", "ORGANIZATION"),
     E("chùa Đồng", "LOCATION"),
     E("am Ngọa Vân", "LOCATION")],
    [F(26, "count:di sản", "số di sản mới được UNESCO công nhận", period="2025"),
     F(26, "count:địa danh", "nhắc lại: 26 địa danh mới bổ sung vào Danh mục", opt=True),
     F(21, "count:di sản văn hóa", "số di sản văn hóa mới"),
     F(4, "count:di sản thiên nhiên", "số di sản thiên nhiên mới"),
     F(1, "count:di sản hỗn hợp", "số di sản hỗn hợp mới"),
     F(525, "ha", "diện tích quần thể Yên Tử – Vĩnh Nghiêm – Côn Sơn – Kiếp Bạc", q="over"),
     F(20, "count:điểm", "số điểm tiêu biểu của quần thể"),
     F(1500000, "count:lượt khách", "lượt khách Yên Tử đón mỗi năm", q="over")],
    [])

# ---------------------------------------------------------------- d18
doc("d18_chu_tich_hoi_dong_chau_au_sap_tham.txt", "2026-01-26", None,
    [E("Bộ Ngoại giao", "ORGANIZATION"),
     E("Việt Nam", "LOCATION"),
     E("Hội đồng châu Âu", "ORGANIZATION"),
     E("EU", "ORGANIZATION"),
     E("António Costa", "PERSON"),
     E("Lương Cường", "PERSON"),
     E("Ủy ban châu Âu", "ORGANIZATION", ["EC"]),
     E("Phái đoàn đại diện của Ủy ban châu Âu", "ORGANIZATION", opt=True),
     E("Hà Nội", "LOCATION"),
     E("Moldpres", "ORGANIZATION", opt=True),
     E("Trung Quốc", "LOCATION"),
     E("Mỹ", "LOCATION"),
     E("Hàn Quốc", "LOCATION"),
     E("Nhật Bản", "LOCATION"),
     E("Đài Loan", "LOCATION"),
     E("ASEAN", "ORGANIZATION"),
     E("Đối thoại Quốc phòng An ninh", "MISC"),
     E("Hiệp định FPA", "MISC"),
     E("Phái bộ Huấn luyện của EU", "ORGANIZATION"),
     E("Cộng hòa Trung Phi", "LOCATION"),
     E("Cục Gìn giữ hòa bình Việt Nam", "ORGANIZATION"),
     E("Liên Hợp Quốc", "ORGANIZATION")],
    [F(66800000000, "USD", "kim ngạch hai chiều Việt Nam - EU", q="over",
       period="2025-01/2025-11"),
     F(6.6, "%", "tăng kim ngạch hai chiều so với cùng kỳ năm 2024", period="2025-01/2025-11"),
     F(30000000000, "USD", "tổng FDI của EU tại Việt Nam"),
     F(140, "count:quốc gia và vùng lãnh thổ", "số quốc gia và vùng lãnh thổ có vốn đầu tư vào Việt Nam",
       opt=True),
     F(98, "count:dự án", "số dự án Việt Nam đầu tư sang EU"),
     F(434880000, "USD", "tổng vốn các dự án Việt Nam đầu tư sang EU"),
     F(3, "count:lần", "số lần tổ chức Đối thoại Quốc phòng An ninh"),
     F(2, "count:sĩ quan", "số sĩ quan Việt Nam tham gia Phái bộ Huấn luyện của EU"),
     F(3, "count:lượt sĩ quan", "số lượt sĩ quan EU cử đến Cục Gìn giữ hòa bình Việt Nam")],
    [V("VISIT", None, ["António Costa", "Hội đồng châu Âu", "EU", "Việt Nam", "Lương Cường"],
       status="planned"),
     V("AGREEMENT", "1990-11-28", ["Việt Nam", "EU"], opt=True),
     V("MEETING", "2023-05", ["Việt Nam", "EU"], opt=True)])

# ================================================================ output


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


def check(d: dict) -> list[str]:
    text = _fold((CORPUS / d["doc"]).read_text(encoding="utf-8"))
    problems = []
    names = set()
    for e in d["entities"]:
        names.add(e["name"])
        if not any(_fold(form) in text for form in [e["name"], *e["aliases"]]):
            problems.append(f"no form of entity in text: {e['name']!r}")
        for form in e["aliases"]:
            if _fold(form) not in text:
                problems.append(f"alias not in text: {form!r}")
    for v in d["events"]:
        for p in v["participants"]:
            if p not in names:
                problems.append(f"event participant is not an entity: {p!r}")
    return problems


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    bad = 0
    for d in DOCS:
        if not (CORPUS / d["doc"]).exists():
            print(f"{d['doc']}: no such corpus file", file=sys.stderr)
            bad += 1
            continue
        for p in check(d):
            print(f"{d['doc']}: {p}", file=sys.stderr)
        (GOLD / f"{d['doc']}.json").write_text(
            json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS) - bad} gold files to {GOLD}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
