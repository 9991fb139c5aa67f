"""Closed-class word lists of Vietnamese news that the recogniser's grammar needs.

These are grammar, not a gazetteer: the heads that open organisation, place
and named-event phrases, the function words that end them, honorifics and a
core of titles.  A small core of names (countries, places, organisations) is
kept here as a fallback so that recognition still works when the shared
lexicon (``nlp/lexicon.py`` and its TSV files) is absent or incomplete; the
lexicon always takes precedence.
"""

from __future__ import annotations

# Schools, often named after people ("Trường THPT Chu Văn An"): everything capitalised is the name.
SCHOOL_HEADS: tuple[str, ...] = (
    "Trường THPT", "Trường THCS", "Trường Tiểu học", "Trường Mầm non", "Trường PTTH", "Trường Phổ thông",
    "Trường Trung học phổ thông", "Trường Trung học cơ sở", "Trường Chuyên", "Trường THPT chuyên",
)
# Heads that open an organisation name when followed by a capitalised word or a
# known name ("Bộ Ngoại giao", "Công ty Vinamilk", "Ủy ban Kiểm tra Trung ương").
ORG_HEADS: frozenset[str] = frozenset({
    "Bộ", "Ban", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "Đảng", "Hội", "Hiệp hội", "Liên hiệp",
    "Tổng công ty", "Công ty", "Ngân hàng", "Trường", "Viện", "Học viện", "Sở", "Cục", "Tổng cục",
    "Vụ", "Đại học", "Trung tâm", "Quốc hội", "Chính phủ", "Văn phòng", "Mặt trận", "Đại sứ quán",
    "Tổng Lãnh sự quán", "Tổng lãnh sự quán", "Lãnh sự quán", "Tập đoàn", "Thượng viện", "Hạ viện",
    "Nghị viện", "Tòa án", "Toà án", "Viện kiểm sát", "Quân đội", "Quân khu", "Bộ Tư lệnh",
    "Công an", "Hội đồng", "Liên đoàn", "Tổ chức", "Quỹ", "Nhà xuất bản", "Báo", "Đài", "Thông tấn xã",
    "Bệnh viện", "Ủy ban nhân dân", "Hãng", "Câu lạc bộ", "CLB", "Liên minh", "Diễn đàn",
    "Cơ quan", "Đoàn", "Hợp tác xã", "Tổng liên đoàn", "Nhà máy", "Khu kinh tế",
    "Cảng vụ", "Kho bạc", "Tổng Công ty", "Tổng Cục", "Học viện Chính trị", "Bộ Chỉ huy",
    "Ủy ban Thường vụ", "Ban Thường vụ", "Ban Chấp hành", "Ban chấp hành", "Đoàn Thanh niên",
    "Hội Liên hiệp", "Quốc vụ viện", "Nội các", "Phòng", "Tổng cục Thống kê", "Sở Giao dịch",
    # party committees of a province, city, district or body ("Tỉnh ủy Tuyên Quang", "Đảng ủy Chính phủ")
    "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Quận ủy", "Quận uỷ", "Đảng ủy",
    "Đảng uỷ", "Phái bộ", "Phái đoàn", "Hãng phim", "Bảo tàng", *SCHOOL_HEADS,
})
# Heads that name a body on their own, even with no name after them.
STANDALONE_ORGS: frozenset[str] = frozenset({
    "Quốc hội", "Chính phủ", "Bộ Chính trị", "Ban Bí thư", "Thượng viện", "Hạ viện", "Nghị viện",
    "Mặt trận", "Quốc vụ viện", "Nội các", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng",
    "Trung ương Đảng", "Ủy ban Thường vụ Quốc hội", "Văn phòng Trung ương Đảng",
})
# Short forms of standalone bodies that name the same body as a longer form.
STANDALONE_CANONICAL: dict[str, str] = {"Trung ương Đảng": "Ban Chấp hành Trung ương Đảng"}
# Heads of companies: everything capitalised after them belongs to the name,
# person-like words included ("Công ty Hoàng Anh Gia Lai").
COMPANY_HEADS: frozenset[str] = frozenset({
    "Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "Ngân hàng", "Hãng", "Nhà máy",
    "Hợp tác xã", "Câu lạc bộ", "CLB", "Hãng phim", *SCHOOL_HEADS,
})
# The State as an abstract body ("Đảng, Nhà nước Việt Nam"): not annotated as a named organisation.
ABSTRACT_BODIES: frozenset[str] = frozenset({"Nhà nước Việt Nam", "Nhà nước"})
# Heads that need more than a country name after them ("ba Đảng Việt Nam - Lào" is no party name).
NOT_COUNTRY_ONLY: frozenset[str] = frozenset({"Đảng", "Đoàn", "Nhà nước", "Hội", "Trường", "Cơ quan"})
# A head followed only by a generic noun names a kind of board, not one body ("bầu ra Ban Lãnh đạo mới",
# "Ban Giám đốc công ty", "Hội đồng quản trị"); with a name after it ("Ban Tổ chức SEA Games 33") it is one.
GENERIC_BOARDS: frozenset[str] = frozenset({
    "ban lãnh đạo", "ban giám đốc", "ban tổ chức", "ban điều hành", "ban giám khảo", "ban kiểm soát",
    "ban quản lý", "ban quản trị", "ban chỉ huy", "ban biên tập", "ban thư ký",
    "ban đại diện", "ban soạn thảo", "ban công tác", "ban vận động",
    "hội đồng quản trị", "hội đồng thành viên", "hội đồng giám khảo", "hội đồng xét xử", "hội đồng khoa học",
    "hội đồng thẩm định", "hội đồng nghiệm thu", "hội đồng tư vấn", "hội đồng trường", "hội đồng quản lý",
    "tổ công tác", "tổ giúp việc", "đoàn công tác", "đoàn kiểm tra", "đoàn thanh tra", "ban lãnh đạo mới",
})
# Common nouns for events that name none alone ("Ban Tổ chức Hội nghị" is no named committee).
GENERIC_EVENTS: frozenset[str] = frozenset({
    "hội nghị", "hội thảo", "diễn đàn", "đại hội", "lễ hội", "giải", "giải đấu", "cuộc thi", "chương trình",
    "sự kiện", "triển lãm", "hội chợ", "liên hoan", "hội thi", "kỳ thi", "tuần lễ", "lễ", "hội",
})
# Boards that are organs of the body named after them ("Ban Giám đốc Sở Y tế Hà Nội", "Hội đồng quản trị
# Vingroup"): only that body is named.  Not "Ban Quản lý Khu kinh tế …" or "Ban Chỉ huy Phòng thủ dân sự
# tỉnh …", which are bodies of their own.
BOARDS_OF_A_BODY: frozenset[str] = frozenset({
    "ban lãnh đạo", "ban giám đốc", "ban điều hành", "ban kiểm soát", "ban quản trị", "ban biên tập",
    "hội đồng quản trị", "hội đồng thành viên", "hội đồng trường", "ban giám hiệu",
})
# One-syllable forms of country names used only in pairs joined by a dash ("quan hệ Việt - Trung",
# "Việt – Mỹ phối hợp"): the syllable, the country's name and its ISO code.
SHORT_COUNTRY_FORMS: dict[str, tuple[str, str]] = {
    "Việt": ("Việt Nam", "VN"), "Trung": ("Trung Quốc", "CN"), "Hàn": ("Hàn Quốc", "KR"),
    "Nhật": ("Nhật Bản", "JP"), "Thái": ("Thái Lan", "TH"), "Ấn": ("Ấn Độ", "IN"), "Triều": ("Triều Tiên", "KP"),
}
DASHES: frozenset[str] = frozenset({"-", "–", "—"})
# Generation suffixes after a foreign surname ("Lloyd J. Austin III").
GENERATIONS: frozenset[str] = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# Organisation heads written in lower case right after a title ("Giám đốc sở Ngoại vụ tỉnh Lào Cai",
# "Trưởng ban Kinh tế Trung ương"): the body is named all the same.
LOWER_BODY_HEADS: dict[str, str] = {
    "sở": "Sở", "ban": "Ban", "cục": "Cục", "vụ": "Vụ", "viện": "Viện", "phòng": "Phòng", "khoa": "Khoa",
}
# Generic heads before an organisation's own name ("Trường Đại học …", "Tập đoàn Vingroup").
GENERIC_HEADS: frozenset[str] = frozenset({
    "Trường", "Tập đoàn", "Công ty", "Tổng công ty", "Tổng Công ty", "Ngân hàng", "Hãng", "Báo", "Đài",
    "Nhà xuất bản", "Câu lạc bộ", "CLB", "Bệnh viện",
})
# Heads after which "tại <place>" is part of the name ("Đại sứ quán Việt Nam tại Lào").
AT_PLACE_HEADS: frozenset[str] = frozenset({
    "Đại sứ quán", "Tổng Lãnh sự quán", "Tổng lãnh sự quán", "Lãnh sự quán", "Văn phòng",
    "Phái đoàn", "Cơ quan", "Chi nhánh", "Phòng", "Hiệp hội", "Hội",  # "Phòng Thương mại Hàn Quốc tại Việt Nam"
})
# Administrative place heads that qualify a body ("UBND tỉnh Tây Ninh", "Công an TP Hà Nội").
ADMIN_HEADS: frozenset[str] = frozenset({
    "tỉnh", "thành phố", "TP", "TP.", "Tp", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "đặc khu",
})
# Lexicon place kinds that are mentioned as places when they qualify a body ("Sở Y tế Hà Nội").
ADMIN_PLACE_KINDS: frozenset[str | None] = frozenset({None, "province", "city", "capital", "district"})
# Lower-case prefixes inside a body's name before a capitalised word ("Ủy ban liên Chính phủ").
NAME_LOWER_PREFIXES: frozenset[str] = frozenset({"liên"})
# Region words inside a name before a capitalised word ("Tổng công ty Điện lực miền Bắc").
REGION_WORDS: frozenset[str] = frozenset({"miền", "vùng", "khu vực", "tỉnh", "thành phố"})
# Lower-case words that continue an organisation name right after its head.
ORG_LOWER_CONT: tuple[tuple[str, ...], ...] = (
    ("nhân", "dân", "tối", "cao"), ("nhân", "dân", "cấp", "cao"), ("nhân", "dân"), ("thường", "vụ"), ("chấp", "hành"),
    ("cổ", "phần"), ("trách", "nhiệm", "hữu", "hạn"), ("đại", "biểu"), ("kiểm", "sát", "nhân", "dân", "cấp", "cao"), ("kiểm", "sát", "nhân", "dân"),
    ("tối", "cao"), ("thương", "mại", "cổ", "phần"), ("TNHH",), ("một", "thành", "viên"),
)
# Lower-case endings of body names ("Tổ chức Chữ thập đỏ quốc tế", "Trung tâm Dự báo … quốc gia").
ORG_LOWER_TAILS: frozenset[tuple[str, ...]] = frozenset({
    ("quốc", "tế"), ("quốc", "gia"), ("trung", "ương"), ("toàn", "quốc"), ("nhà", "nước"), ("thế", "giới"),
})
# Words before a house number and a street named after a person ("số 18 Hoàng Diệu", "tại 1 Tràng Tiền").
ADDRESS_BEFORE: frozenset[str] = frozenset({"số", "tại", "ở", "tích", "nhà", "trụ", "sở", "đường", "phố"})
# Place heads that name the same kind of place (a stadium, a heritage complex), for merging forms.
PLACE_HEAD_CLASS: dict[str, str] = {
    **{h: "stadium" for h in ("SVĐ", "sân", "Sân", "sân vận động", "Sân vận động")},
    **{h: "complex" for h in ("Quần thể", "quần thể", "Quần thể di tích", "quần thể di tích", "Khu di tích",
                              "khu di tích", "di tích", "Di tích")},
}
# Lower-case last words of titles that name the holder's department ("Trưởng phòng Cảnh sát hình sự").
TITLE_BODY_ENDS: dict[str, str] = {"phòng": "Phòng", "khoa": "Khoa"}
# Legal forms of companies written between the head and the name ("Công ty TNHH Nestlé Việt Nam").
LEGAL_FORMS: frozenset[str] = frozenset({"TNHH", "CP", "MTV", "JSC", "TMCP", "CTCP", "LLC"})
# Words before a stock ticker ("cổ phiếu MSN", "mã VNM"): the ticker is no body's acronym there.
TICKER_BEFORE: frozenset[str] = frozenset({"phiếu", "mã", "Mã"})
# Area heads before a province: the province is the place ("vùng biển Bà Rịa - Vũng Tàu").
AREA_HEADS: frozenset[str] = frozenset({"biển", "vùng", "Vùng", "khu vực"})
# Lower-case syllables that end a field's name inside a body's name ("Viện Khảo cổ học").
ORG_LOWER_SUFFIXES: frozenset[str] = frozenset({"học"})
# Words after a body's name that introduce the body it belongs to ("… thuộc Bộ Y tế", "… (Bộ Tài chính)").
PARENT_BODY_WORDS: frozenset[str] = frozenset({"thuộc", "trực", "("})
# Lower-case common nouns before a company or media name; the name alone is the entity.
LOWER_ORG_HEADS: frozenset[str] = frozenset({
    "công ty", "tập đoàn", "hãng", "hãng tin", "hãng thông tấn", "ngân hàng", "tổng công ty", "nhà mạng",
    "tờ", "tờ báo", "báo", "đài", "kênh truyền hình", "nhà sản xuất", "hãng hàng không", "quỹ đầu tư",
    "công ty con", "liên doanh", "ứng dụng", "mạng xã hội", "sàn giao dịch", "câu lạc bộ", "đội tuyển",
})
# Words that end in a lower-case body head without being one ("dự báo", "thông báo", "cảnh báo").
HEAD_COMPOUNDS: frozenset[tuple[str, str]] = frozenset({
    ("dự", "báo"), ("thông", "báo"), ("cảnh", "báo"), ("tình", "báo"), ("họp", "báo"), ("đăng", "báo"),
    ("phát", "báo"), ("khai", "báo"), ("loan", "báo"), ("báo", "báo"), ("truyền", "đài"), ("lâu", "đài"),
    ("khán", "đài"), ("vũ", "đài"), ("diễn", "đài"), ("lễ", "đài"),
})
# Lower-case common nouns before the name of an index, a storm, a prize, a ship… (MISC).
LOWER_MISC_HEADS: tuple[tuple[str, ...], ...] = (
    ("chỉ", "số"), ("siêu", "bão"), ("bão",), ("áp", "thấp"), ("giải", "thưởng"), ("giải",), ("tàu",),
    ("tên", "lửa"), ("mẫu", "xe"), ("dòng", "xe"), ("điện", "thoại"), ("vaccine",), ("chiến", "dịch"),
)
LOWER_MISC_FIRST: frozenset[str] = frozenset(p[0] for p in LOWER_MISC_HEADS)
# Heads of temples, heritage sites, natural sites and stadiums (kept in the name: "chùa Đồng", "SVĐ
# Rajamangala"); no "đình" ("gia đình Việt Nam", "Mỹ Đình"), "động" only capitalised ("lao động Việt Nam").
HERITAGE_HEADS: tuple[str, ...] = (
    "chùa", "Chùa", "đền", "Đền", "am", "Am", "miếu", "tháp", "Tháp", "lăng", "Lăng",
    "nhà thờ", "Nhà thờ", "thiền viện", "Thiền viện", "Quần thể", "quần thể", "Quần thể di tích",
    "quần thể di tích", "Khu di tích", "khu di tích", "di tích", "Di tích", "suối", "Suối", "thác", "Thác",
    "hang", "Hang", "Động", "mỏ", "Vườn quốc gia", "vườn quốc gia", "SVĐ", "Sân vận động",
    "Nhà hát", "nhà hát", "Quảng trường", "quảng trường", "Công viên", "công viên", "Cầu", "hành lang",
    "Vương cung thánh đường", "vương cung thánh đường", "Nhà thờ lớn", "nhà thờ lớn", "Thánh đường", "thánh đường",
)
# Capitalised nouns that open a place's name with a lower-case second syllable ("Nhà tù Hỏa Lò").
PLACE_NOUNS: frozenset[str] = frozenset({"Nhà", "Khu", "Cung", "Chợ", "Bến", "Cầu", "Cột", "Nghĩa", "Văn", "Thành"})
# Place heads: the name after them is a LOCATION; the bare name is the entity
# name and "head + name" an alias.
LOC_HEADS: frozenset[str] = frozenset({
    "tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP", "TP.", "Tp", "Tp.", "huyện", "Huyện", "quận",
    "Quận", "xã", "Xã", "phường", "Phường", "thị xã", "Thị xã", "thị trấn", "Thị trấn", "sông", "Sông",
    "biển", "vịnh", "Vịnh", "đảo", "Đảo", "quần đảo", "Quần đảo", "núi", "Núi", "hồ", "đèo", "Đèo",
    "cửa khẩu", "Cửa khẩu", "Thủ đô", "thủ đô", "bang", "Bang", "vùng", "Vùng", "đặc khu", "Đặc khu",
    "khu vực", "cảng", "Cảng", "khu công nghiệp", "Khu công nghiệp", "KCN", "khu kinh tế", "Khu kinh tế",
    "Khu công nghệ cao", "khu công nghệ cao", "sân bay", "Sân bay", "đồng bằng", "Đồng bằng", "cao nguyên",
    "sân", "sân vận động", "Sân vận động", "nhà thi đấu", "Nhà thi đấu",
    "Cao nguyên", "bán đảo", "Bán đảo", "Tiểu vùng", "tiểu vùng", "châu", "Châu", "ấp", "thôn",
    "làng", "Làng", "khu phố", "đường", "Đường", "phố", "Phố", "tỉnh lỵ", "hồ chứa",
    *HERITAGE_HEADS,
})
# Place heads that stay part of the name in the entity's canonical form.
LOC_HEADS_KEPT: frozenset[str] = frozenset({
    "sông", "Sông", "biển", "vịnh", "Vịnh", "đảo", "Đảo", "quần đảo", "Quần đảo", "núi", "Núi",
    "đèo", "Đèo", "Tiểu vùng", "tiểu vùng", "Đồng bằng", "đồng bằng", "Cao nguyên", "cao nguyên",
    "Bán đảo", "bán đảo", "cửa khẩu", "Cửa khẩu", "cảng", "Cảng", "sân bay", "Sân bay", "sân",
    "sân vận động", "Sân vận động",
    "nhà thi đấu", "Nhà thi đấu", "đường",
    "Đường", "phố", "Phố", "hồ", "hồ chứa", "khu công nghiệp", "Khu công nghiệp", "KCN",
    "khu kinh tế", "Khu kinh tế", "Khu công nghệ cao", "khu công nghệ cao", *HERITAGE_HEADS,
})
# Heads of a heritage complex whose name lists its sites with dashes
# ("Quần thể Yên Tử – Vĩnh Nghiêm – Côn Sơn – Kiếp Bạc").
COMPLEX_HEADS: frozenset[str] = frozenset({
    "Quần thể", "quần thể", "Quần thể di tích", "quần thể di tích", "Khu di tích", "khu di tích",
})
# Words before a country name that make it a language, not the country ("tiếng Anh").
LANGUAGE_WORDS: frozenset[str] = frozenset({"tiếng", "Tiếng", "Anh ngữ"})
# Capitalised English words that continue a company's name after the company
# ("Airbus Commercial", "Samsung Electronics", "Vietjet Air").
ORG_EN_SUFFIXES: frozenset[str] = frozenset({
    "Commercial", "Group", "Holdings", "Holding", "Airlines", "Airways", "Air", "Corporation", "Corp", "Inc",
    "Ltd", "Limited", "Capital", "Energy", "Electronics", "Motors", "Motor", "Technologies", "Technology",
    "Solutions", "Partners", "International", "Global", "Pharma", "Systems", "Industries", "Foundation",
    "Securities", "Logistics", "Aerospace", "Defence", "Defense", "Finance", "Investment", "Bank", "Media",
    "Shop", "Mall", "Pay", "Express", "Cloud",
})
# Abbreviations used inside organisation names, expanded when forms of one body are compared
# ("Ủy ban Trung ương MTTQ Việt Nam" = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam").
ORG_ABBREVIATIONS: dict[str, str] = {
    "MTTQ": "Mặt trận Tổ quốc", "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "TƯ": "Trung ương",
    "TW": "Trung ương", "UBTƯ": "Ủy ban Trung ương", "QĐND": "Quân đội nhân dân", "CAND": "Công an nhân dân",
    "ĐH": "Đại học", "THPT": "Trung học phổ thông", "THCS": "Trung học cơ sở", "TP": "Thành phố",
}
# First syllables of common verbs that follow a body's name ("Bộ Công Thương phối hợp …", "… hỗ trợ Lào").
VERB_FIRST: frozenset[str] = frozenset("""
hỗ phối giúp ủng hợp tài xuất nhập cấp tặng cảnh chỉ hướng triển tổ thúc đẩy kiểm công đề yêu kêu ban
thông quyết khẳng nhấn tham trao ký phát mở đánh tiếp gặp dự thăm chúc gửi nhận đạt làm mua bán chuyển
đón tiễn cam ghi thu chi vay đầu đặt lập xây sản tăng giảm dẫn đứng
""".split())
# Heads whose name may end with "của" + the body they belong to ("Phái bộ Huấn luyện của EU").
OF_BODY_HEADS: frozenset[str] = frozenset({"Phái bộ", "Phái đoàn", "Văn phòng", "Cơ quan", "Chi nhánh"})
# Codes of youth national teams before a country ("U22 Việt Nam", "U23 Thái Lan").
TEAM_SUFFIXES: frozenset[str] = frozenset({"FC", "F.C.", "CLB"})
# Heads of named events, documents and programmes (MISC).
MISC_HEADS: frozenset[str] = frozenset({
    "Đại hội", "Nghị quyết", "Pháp lệnh", "Chiến lược", "Hiệp định", "Luật", "Bộ luật", "Hiến pháp", "Nghị định",
    "Thông tư", "Chỉ thị", "Quyết định", "Hội nghị", "Chương trình", "Đề án", "Dự án", "Kế hoạch",
    "Hiệp ước", "Công ước", "Tuyên bố", "Thỏa thuận", "Thoả thuận", "Bản ghi nhớ", "Kết luận",
    "Hội chợ", "Triển lãm", "Lễ hội", "Phong trào", "Giải thưởng", "Liên hoan phim", "Liên hoan", "Chỉ số", "Bão", "Siêu bão",
    "Chiến dịch", "Sách trắng", "Văn kiện", "Cương lĩnh", "Bộ Quy tắc", "Bộ quy tắc", "Bộ tiêu chí",
    "Bộ Tiêu chí", "Bộ nguyên tắc", "Bộ Nguyên tắc",
})
# MISC heads whose names mention no entity of their own ("Chỉ số Nikkei 225", not the newspaper Nikkei).
OPAQUE_MISC_HEADS: frozenset[str] = frozenset({"Chỉ số"})
# Document heads that may be followed by lower-case words ("Bộ Quy tắc ứng xử ở Biển Đông").
DOC_HEADS_LOWER_OK: frozenset[str] = frozenset({
    "Bộ Quy tắc", "Bộ quy tắc", "Công ước", "Hiệp định", "Thỏa thuận", "Thoả thuận", "Tuyên bố", "Hiệp ước",
    "Bộ nguyên tắc", "Bộ Nguyên tắc",
})
# Lower-case words that may follow a capitalised word inside an organisation
# name are anything but these function words and common verbs.
STOP_LOWER: frozenset[str] = frozenset("""
và của cho đã sẽ đang vừa mới cũng còn là có được bị tại ở với trong ngoài về đến tới từ theo
thì mà này đó kia các những một hai ba bốn năm sáu bảy tám chín mười nhằm để khi do phải không
chưa rằng như nhưng hoặc hay nên vì nếu dù tuy sau trước trên dưới giữa qua lại ra vào lên xuống
đi cùng nhau rất đều chỉ vẫn cả mọi mỗi đây nay luôn thường ông bà anh chị người nhà gồm
tiếp thăm gặp dự nói phát nhấn khẳng đề chúc trao ký làm đạt nhận gửi đánh thông công yêu quyết
tham ban thực bày hội điện mời kêu dẫn đứng mở sang hãy lúc sáng chiều tối trưa ngày tháng
tuần quý muốn vẫn nêu chủ
""".split())
# Two-syllable nouns whose first syllable is in STOP_LOWER (as the start of a verb elsewhere).
NOUN_PAIRS: frozenset[tuple[str, str]] = frozenset({
    ("thông", "tin"), ("công", "nghệ"), ("công", "nghiệp"), ("công", "an"), ("thực", "phẩm"), ("hội", "nhập"),
    ("phát", "triển"), ("đầu", "tư"), ("thương", "mại"), ("thực", "vật"), ("thông", "tấn"), ("phát", "thanh"),
    ("tham", "mưu"), ("công", "chứng"), ("công", "trình"), ("công", "cộng"), ("hội", "chữ"), ("quyết", "toán"),
    ("xã", "hội"), ("khoa", "học"), ("đối", "ngoại"), ("nhà", "nước"), ("điện", "tử"), ("điện", "lực"),
    ("điện", "ảnh"), ("giao", "thông"), ("thông", "minh"), ("công", "nghệ"), ("kinh", "tế"), ("thể", "thao"),
    ("thể", "dục"), ("môi", "trường"), ("y", "tế"), ("văn", "hóa"), ("du", "lịch"), ("an", "ninh"), ("quốc", "phòng"),
    ("hạt", "nhân"), ("năng", "lượng"), ("nông", "nghiệp"), ("lâm", "nghiệp"), ("thủy", "sản"), ("tài", "nguyên"),
    ("viễn", "thông"), ("hàng", "không"), ("vũ", "trụ"), ("sinh", "học"), ("hóa", "học"), ("vật", "lý"),
    ("bán", "dẫn"), ("khí", "tượng"), ("thủy", "văn"), ("dân", "số"), ("lao", "động"), ("dân", "chủ"),
    ("dân", "tộc"), ("tự", "do"), ("bảo", "thủ"), ("nhân", "quyền"), ("môi", "sinh"), ("xã", "luận"), ("tư", "pháp"), ("lập", "pháp"),
})
# Function words that may follow a place name ("tại Vientiane vào ngày 5/2").
PREP_STOP: frozenset[str] = frozenset("""
và của cho để với từ tới đến vào trong ngoài ngày năm tháng tuần sáng chiều tối trưa đêm hôm nay là
có đã sẽ được thì mà nhằm khi sau trước cùng nhưng hoặc hay theo về ra lên rồi do bởi vì
tại ở như trên dưới giữa qua cũng vẫn đang vừa
""".split())
# Function words before a capitalised run that make the run a place ("tại Hà Nội").
PLACE_PREPS: frozenset[str] = frozenset({"tại", "ở", "đến", "tới", "từ", "thăm", "sang", "về", "khắp"})
# Words that precede a title without making it a mention of a person ("các Bộ trưởng").
TITLE_DETERMINERS: frozenset[str] = frozenset({
    "các", "những", "nhiều", "mọi", "nguyên", "cựu", "tân", "vị", "hai", "ba", "chức", "cương vị",
    "làm", "thành", "là", "giữ",
})
# Words before a title that belong to it ("nguyên Thủ tướng", "cựu Tổng thống", "tân Đại sứ").
TITLE_PREFIXES: frozenset[str] = frozenset({"nguyên", "cựu", "tân", "quyền"})
# All-capital words that are not organisations.
NOT_ACRONYMS: frozenset[str] = frozenset({
    "USD", "VND", "VNĐ", "EUR", "GDP", "GRDP", "FDI", "ODA", "CPI", "PMI", "AI", "ICT", "CEO", "CFO",
    "PGS", "GS", "TS", "ThS", "BS", "KS", "CN", "TP", "TX", "II", "III", "IV", "VI", "VII", "VIII",
    "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "OK", "TV",
    "PV", "BTV", "CTV", "Covid", "COVID", "SARS", "CO", "CO2", "HIV", "AIDS", "ASXH", "BHXH", "BHYT",
    "THPT", "THCS", "ĐH", "KT", "XH", "KTXH", "LNG", "GW", "MW", "KW", "KWH", "MWH", "GWH", "KM",
    "HA", "PPP", "BOT", "BT", "ESG", "IPO", "M&A", "VAT", "TNDN", "TNCN", "VIP", "SMS", "GPS", "PC",
    "IT", "IoT", "USB", "ATM", "QR", "ID", "CCCD", "CMND", "TNHH", "CP", "MTV", "JSC", "LTD", "CO.",
    "TTCK", "VN", "SN", "NXB", "TT", "NĐ", "QĐ", "CT", "TW", "ĐT", "GTVT", "XNK", "FTA", "ETF",
    "EV", "SUV", "PR", "VR", "AR", "BĐS", "DN", "DNNN", "HTX", "KCN", "CCN", "KKT", "UBND", "HĐND",
    "I", "V", "X", "A", "B", "C", "D", "E", "F", "G", "H", "K", "L", "M", "N", "O", "P", "Q", "R", "S",
    "T", "U", "Y", "Đ", "XHCN", "CNXH", "NQ", "BLHS", "BLDS", "BLTTHS", "BLTTDS", "PBGDPL", "CNH", "HĐH",
    "ATGT", "ATTP", "VSATTP", "PCCC", "GDĐT", "NSNN", "TTHC", "CCHC", "QPPL", "VBQPPL", "BĐKH", "ĐBQH",
    "ĐBSCL", "NTM", "KHCN", "CNTT", "THADS", "TNGT", "HS", "SV", "GV", "NV", "CB", "CC", "VC", "CBCCVC",
    "LĐ", "TB", "NN", "PTNT", "TN", "MT", "TNMT", "BCH", "UV", "TƯ",
    "HCV", "HCB", "HCĐ", "VĐV", "HLV", "AUD", "JPY", "CNY", "KRW", "GBP", "SGD", "THB", "CHF", "CAD", "HKD",
    "INR", "RUB", "TWD", "MYR", "IDR", "PHP", "LAK", "KHR", "NZD", "RMB",
    # indicators and ratios written in parentheses after their Vietnamese names
    "AQI", "KPI", "ROE", "ROA", "EPS", "NIM", "CAR", "LDR", "CASA", "NPL", "GMV", "HDI", "PCI", "PAPI",
    "ICOR", "TFP", "GNI", "GNP", "PPI", "IIP", "NAV", "EBITDA", "PE", "CIT", "PIT", "DO", "COD", "BOD",
})
# Country names that are also common words opening a sentence ("Anh cho biết" = he said).
COMMON_WORD_NAMES: frozenset[str] = frozenset({"Anh", "Ý", "Áo", "Sát", "Lao", "Thai", "Hung", "Bỉ", "Séc", "Síp"})
# Words whose first syllable is written like a country or place name ("Pháp lệnh" = ordinance).
NAME_LIKE_COMPOUNDS: frozenset[tuple[str, str]] = frozenset({
    ("Pháp", "lệnh"), ("Pháp", "luật"), ("Pháp", "lý"), ("Pháp", "lí"), ("Pháp", "chế"), ("Pháp", "nhân"),
    ("Pháp", "quyền"), ("Pháp", "điển"), ("Pháp", "y"), ("Anh", "hùng"), ("Anh", "em"), ("Anh", "tài"),
    ("Mỹ", "thuật"), ("Mỹ", "phẩm"), ("Mỹ", "nghệ"), ("Mỹ", "quan"), ("Đức", "tin"), ("Đức", "tính"),
    ("Nga", "ngữ"), ("Nhật", "ký"), ("Nhật", "báo"), ("Nhật", "trình"), ("Nhật", "thực"), ("Ý", "kiến"), ("Ý", "nghĩa"), ("Ý", "tưởng"), ("Ý", "chí"), ("Ý", "thức"), ("Bỉ", "ổi"),
    ("Hàn", "lâm"), ("Hàn", "Lâm"),
})
# Capitalised foreign words that are not names of organisations.
NOT_NAMES: frozenset[str] = frozenset({
    "Covid", "Internet", "Omicron", "Delta", "Vaccine", "Website", "Online", "Video", "Clip", "Email",
    "Smartphone", "Fintech", "Startup", "Logistics", "Blockchain", "Livestream", "Metaverse", "Chatbot",
    "Robot", "Selfie", "Hashtag", "Fanpage", "Trailer", "Show", "Festival", "Marathon", "Expo",
})
# Words before a lone foreign word that make it something other than a company ("bão Kajiki").
NOT_ORG_BEFORE: frozenset[str] = frozenset({
    "bão", "tế", "tên", "hiệu", "mẫu", "dòng", "chiếc", "phiên", "biến", "chủng", "virus", "giống", "sân",
    "món", "điệu", "bài", "phim", "sách", "tàu", "đội", "ngài", "ông", "bà", "anh", "chị", "cô", "cậu",
    "phê", "loại", "hạt", "gạo", "sầu", "nho", "táo",
})
# Capitalised words that end a named event ("ASEAN Cup", "SEA Games", "Vietnam Open").
EVENT_TAILS: frozenset[str] = frozenset({
    "Cup", "Games", "Open", "Championship", "Championships", "Summit", "Expo", "Forum", "Award", "Awards",
    "League", "Series", "Festival", "Marathon", "Tour", "Masters", "Week", "Show", "Fair", "Conference",
})
# Lower-case particles inside foreign personal names.
NAME_PARTICLES: frozenset[str] = frozenset({
    "von", "van", "der", "den", "de", "da", "di", "du", "dos", "del", "bin", "binti", "al", "el", "la", "le",
})
# Words that open a photo or video credit.
CREDIT_WORDS: frozenset[str] = frozenset({"Ảnh", "Nguồn", "Video", "Clip", "Đồ họa", "Đồ hoạ", "Infographic"})
ROMAN: frozenset[str] = frozenset({
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV",
})

HONORIFICS: tuple[str, ...] = (
    "Samdech Akka Moha Sena Padei Techo", "Samdech Akka Moha Thamma Pothisal", "Samdech Techo",
    "Samdech", "Preah Bat", "Techo", "Tan Sri", "Dato' Sri", "Dato Sri", "Datuk", "Dato", "Sheikh",
    "đồng chí", "Đồng chí", "ông", "Ông", "bà", "Bà", "ngài", "Ngài", "Mr", "Mrs", "Ms", "Dr",
    "cụ", "Cụ", "nữ hoàng", "anh", "chị", "Thượng tọa", "Hòa thượng", "Đại đức", "Linh mục",
    "Giám mục", "Tổng Giám mục", "Hồng y", "Thái tử",
)
# Honorifics that may stand before a lower-case-initial word without being one
# ("ông" is common; only a capitalised name after it counts).
WEAK_HONORIFICS: frozenset[str] = frozenset({"anh", "chị", "cụ", "Cụ", "ông", "bà", "Ông", "Bà"})

TITLES: tuple[str, ...] = (
    "Tổng Bí thư", "Chủ tịch", "Chủ tịch nước", "Phó Chủ tịch", "Phó Chủ tịch nước",
    "Phó Chủ tịch Thường trực", "Thủ tướng", "Phó Thủ tướng", "Phó Thủ tướng Thường trực",
    "Bộ trưởng", "Thứ trưởng", "Thứ trưởng Thường trực", "Đại sứ", "Đại sứ đặc mệnh toàn quyền",
    "Tổng thống", "Phó Tổng thống", "Quốc vương", "Nhà vua", "Vua", "Hoàng tử", "Công chúa",
    "Nữ hoàng", "Hoàng hậu", "Thái tử", "Bí thư", "Phó Bí thư", "Bí thư Trung ương Đảng",
    "Ủy viên", "Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng", "Trưởng", "Phó Trưởng", "Phó trưởng",
    "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Tổng giám đốc", "Phó Tổng Giám đốc",
    "Phó Tổng giám đốc", "Chủ nhiệm", "Phó Chủ nhiệm", "Chánh", "Chánh Văn phòng", "Chánh án",
    "Viện trưởng", "Thống đốc", "Phó Thống đốc", "Tổng Thư ký", "Tổng thư ký", "Người phát ngôn",
    "Phát ngôn viên", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá",
    "Thượng tá", "Trung tá", "Thiếu tá", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc", "Tư lệnh",
    "Chính ủy", "Tham tán", "Lãnh sự", "Tổng Lãnh sự", "Đặc phái viên", "Trợ lý", "Phụ trách",
    "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Ngoại trưởng", "Hiệu trưởng",
    "Trưởng đoàn", "Nghị sĩ", "Thượng nghị sĩ", "Hạ nghị sĩ", "Thị trưởng", "Tỉnh trưởng",
    "Giáo sư", "GS", "PGS", "TS", "PGS.TS", "GS.TS", "ThS", "TS.", "Tiến sĩ", "Thạc sĩ", "Bác sĩ",
    "Nhà báo", "Luật sư", "Kỹ sư", "Nghệ sĩ", "Nghệ sĩ Nhân dân", "Nhà văn", "Chủ tịch HĐQT",
    "Chủ tịch Hội đồng quản trị", "Tổng biên tập", "Tổng Biên tập", "Phó Tổng biên tập", "Đại biểu",
    "Thủ hiến", "Quyền Chủ tịch", "Quyền Bộ trưởng", "Bí thư Tỉnh ủy", "Bí thư Thành ủy",
    "Phó Bí thư Tỉnh ủy", "Phó Bí thư Thành ủy", "Chủ tịch UBND", "Phó Chủ tịch UBND",
    "Chủ tịch Ủy ban nhân dân", "Phó Chủ tịch Ủy ban nhân dân", "Tổng Tham mưu trưởng",
    "Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ", "Người đứng đầu", "Cố vấn", "Chuyên gia",
    "Huấn luyện viên", "HLV", "Tiền đạo", "Thủ môn", "Ca sĩ", "Diễn viên", "Đạo diễn", "CEO",
    "Nhà sáng lập", "Sáng lập viên", "Chủ tịch kiêm Tổng Giám đốc", "Phó Tổng thư ký", "Tổng Kiểm toán",
    "Tổng Kiểm toán Nhà nước", "Tổng Thanh tra", "Tổng Thanh tra Chính phủ", "Trưởng ban",
    "Phó Trưởng ban", "Chủ tịch Thượng viện", "Thượng tọa", "Hòa thượng",
)

FAMILY_NAMES: frozenset[str] = frozenset("""
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh
Trương Lâm Phùng Mai Tô Hà Tạ Châu Quách Lương Lưu Đinh Thái Cao Kiều Lục Mạc Triệu Tăng Hứa
Từ Văn Ông Khúc Kim Thạch Lò Lộc Nông Bế Hoàng Chu Chung Diệp Đàm Đồng Giang Hầu Khổng Khương
Lạc Lã La Lại Lạng Lữ Mã Ninh Nghiêm Phí Phó Quan Quang Tào Thân Tôn Tống Trác Trầm Vi Viên Yên
Âu Ấu Ân Bạch Biện Cái Cù Doãn Đới Hàn Hạ Hồng Khoa Khuất Kha Liêu Lỗ Mẫn Ngũ Nhan Phương
Sầm Sơn Thạch Thiều Thịnh Tiêu Trình Trịnh Ưng Vạn Văn Vy Y Giáp Cấn Cung Chế Công Hà
""".split())

# Fallback names: used only for what the shared lexicon lacks.
COUNTRIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("VN", "Việt Nam", ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam",
                        "CHXHCN Việt Nam", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Vietnam", "Viet Nam")),
    ("KH", "Campuchia", ("Vương quốc Campuchia", "Cam-pu-chia", "Cambodia")),
    ("LA", "Lào", ("Cộng hòa Dân chủ Nhân dân Lào", "CHDCND Lào", "Laos")),
    ("TH", "Thái Lan", ("Vương quốc Thái Lan", "Thailand")),
    ("CN", "Trung Quốc", ("Cộng hòa Nhân dân Trung Hoa", "China")),
    ("US", "Mỹ", ("Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ", "United States")),
    ("JP", "Nhật Bản", ("Japan",)), ("KR", "Hàn Quốc", ("Đại Hàn Dân Quốc", "South Korea")),
    ("KP", "Triều Tiên", ()), ("RU", "Nga", ("Liên bang Nga", "Russia")), ("FR", "Pháp", ("France",)),
    ("DE", "Đức", ("Germany",)), ("GB", "Anh", ("Vương quốc Anh", "United Kingdom")),
    ("IN", "Ấn Độ", ("India",)), ("AU", "Australia", ("Úc", "Ô-xtrây-li-a")),
    ("SG", "Singapore", ("Xinh-ga-po",)), ("MY", "Malaysia", ("Ma-lai-xi-a",)),
    ("ID", "Indonesia", ("In-đô-nê-xi-a",)), ("PH", "Philippines", ("Phi-líp-pin", "Philippin")),
    ("MM", "Myanmar", ("Mi-an-ma",)), ("BN", "Brunei", ("Bru-nây",)), ("TL", "Timor-Leste", ("Đông Timor",)),
    ("CA", "Canada", ()), ("IT", "Italy", ("Italia", "Ý")), ("ES", "Tây Ban Nha", ()),
    ("NL", "Hà Lan", ()), ("BE", "Bỉ", ()), ("CH", "Thụy Sĩ", ()), ("SE", "Thụy Điển", ()),
    ("NO", "Na Uy", ()), ("DK", "Đan Mạch", ()), ("FI", "Phần Lan", ()), ("PL", "Ba Lan", ()),
    ("UA", "Ukraine", ()), ("IL", "Israel", ()), ("IR", "Iran", ()), ("IQ", "Iraq", ()),
    ("SA", "Ả Rập Xê Út", ("Saudi Arabia",)), ("AE", "UAE", ("Các Tiểu vương quốc Ả Rập Thống nhất",)),
    ("BR", "Brazil", ()), ("AR", "Argentina", ()), ("MX", "Mexico", ()), ("CU", "Cuba", ()),
    ("VE", "Venezuela", ()), ("EG", "Ai Cập", ()), ("ZA", "Nam Phi", ()), ("MN", "Mông Cổ", ()),
    ("PK", "Pakistan", ()), ("BD", "Bangladesh", ()), ("NZ", "New Zealand", ()), ("TR", "Thổ Nhĩ Kỳ", ()),
    ("HU", "Hungary", ()), ("CZ", "Séc", ()), ("AT", "Áo", ()), ("GR", "Hy Lạp", ()),
    ("PT", "Bồ Đào Nha", ()), ("CL", "Chile", ()), ("PE", "Peru", ()), ("KZ", "Kazakhstan", ()),
    ("TW", "Đài Loan", ()), ("HK", "Hong Kong", ("Hồng Kông",)), ("NG", "Nigeria", ()),
)
PLACES: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("Hà Nội", "VN", ()), ("Thành phố Hồ Chí Minh", "VN", ("TP.HCM", "TP Hồ Chí Minh", "TP. Hồ Chí Minh",
                                                        "TPHCM", "Sài Gòn", "TP.Hồ Chí Minh")),
    ("Hải Phòng", "VN", ()), ("Đà Nẵng", "VN", ()), ("Cần Thơ", "VN", ()), ("Huế", "VN", ()),
    ("Phnom Penh", "KH", ("Phnôm Pênh",)), ("Vientiane", "LA", ("Viêng Chăn",)),
    ("Bắc Kinh", "CN", ()), ("Washington", "US", ()), ("Tokyo", "JP", ()), ("Seoul", "KR", ()),
    ("Bangkok", "TH", ()), ("Moscow", "RU", ("Mátxcơva",)), ("Paris", "FR", ()), ("London", "GB", ()),
    ("Biển Đông", None, ()), ("Đông Nam Á", None, ()), ("châu Á", None, ("Châu Á",)),
    ("châu Âu", None, ("Châu Âu",)), ("sông Mekong", None, ("sông Mê Kông", "Mekong", "Mê Kông")),
    ("Quảng Ninh", "VN", ()), ("Lạng Sơn", "VN", ()), ("Nghệ An", "VN", ()), ("Thanh Hóa", "VN", ()),
    ("Đồng Nai", "VN", ()), ("Bình Dương", "VN", ()), ("Tây Ninh", "VN", ()), ("An Giang", "VN", ()),
    ("Lào Cai", "VN", ()), ("Gia Lai", "VN", ()), ("Đắk Lắk", "VN", ()), ("Lâm Đồng", "VN", ()),
    ("Khánh Hòa", "VN", ()), ("Quảng Ngãi", "VN", ()), ("Hà Tĩnh", "VN", ()), ("Quảng Trị", "VN", ()),
    ("Ninh Bình", "VN", ()), ("Hưng Yên", "VN", ()), ("Bắc Ninh", "VN", ()), ("Phú Thọ", "VN", ()),
    ("Thái Nguyên", "VN", ()), ("Tuyên Quang", "VN", ()), ("Cao Bằng", "VN", ()), ("Điện Biên", "VN", ()),
    ("Lai Châu", "VN", ()), ("Sơn La", "VN", ()), ("Vĩnh Long", "VN", ()), ("Đồng Tháp", "VN", ()),
    ("Cà Mau", "VN", ()), ("Hạ Long", "VN", ()), ("Nha Trang", "VN", ()), ("Vũng Tàu", "VN", ()),
    ("Bà Rịa - Vũng Tàu", "VN", ()), ("Siem Reap", "KH", ()), ("Luang Prabang", "LA", ()),
)
ORGANIZATIONS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("Hiệp hội các quốc gia Đông Nam Á", None, ("ASEAN",)), ("Liên Hợp Quốc", None, ("LHQ", "Liên hợp quốc")),
    ("Thông tấn xã Việt Nam", "VN", ("TTXVN",)), ("Đảng Nhân dân Campuchia", "KH", ("CPP",)),
    ("Đảng Nhân dân Cách mạng Lào", "LA", ("LPRP",)), ("Đảng Cộng sản Việt Nam", "VN", ("ĐCSVN",)),
    ("Đảng Cộng sản Trung Quốc", "CN", ()), ("Mặt trận Lào xây dựng đất nước", "LA", ()),
    ("Mặt trận Tổ quốc Việt Nam", "VN", ("MTTQ Việt Nam",)), ("Bộ Chính trị", None, ()),
    ("Ban Bí thư", None, ()), ("Liên minh châu Âu", None, ("EU",)),
    ("Tổ chức Thương mại Thế giới", None, ("WTO",)), ("Ngân hàng Thế giới", None, ("WB",)),
    ("Quỹ Tiền tệ Quốc tế", None, ("IMF",)), ("Ngân hàng Phát triển châu Á", None, ("ADB",)),
    ("Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương", None, ("APEC",)),
    ("Tổ chức Hiệp ước Bắc Đại Tây Dương", None, ("NATO",)), ("Ủy ban nhân dân", "VN", ("UBND",)),
    ("Hội đồng nhân dân", "VN", ("HĐND",)), ("Hợp tác Tiểu vùng Mekong", None, ()),
    ("Reuters", None, ()), ("AFP", None, ()), ("AP", None, ()), ("Xinhua", None, ("Tân Hoa xã",)),
    ("Bloomberg", None, ()), ("VnExpress", "VN", ()), ("VTC News", "VN", ()), ("Vietnamplus", "VN", ()),
    ("Ngân hàng Nhà nước Việt Nam", "VN", ("NHNN",)), ("Tập đoàn Điện lực Việt Nam", "VN", ("EVN",)),
    ("Tổng cục Thống kê", "VN", ("GSO",)), ("G20", None, ()), ("G7", None, ()), ("BRICS", None, ()),
)
