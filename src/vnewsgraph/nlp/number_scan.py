"""Scan a text for figures that state a quantity (see ``numbers.py``).

One linear pass of a precompiled regex finds number phrases (digits, number
words and scale words); each is then checked against its context: what comes
right after it (a unit from ``units.tsv``, a range, the noun it counts) and
right before it (a qualifier cue, "năm"/"thứ"/a name it belongs to).
"""

from __future__ import annotations

import math
import re

from vnewsgraph.model import Quantity
from vnewsgraph.nlp.numbers import (
    NUMBER_WORDS,
    SCALE_WORDS,
    cue_pattern,
    cue_value,
    detect_style,
    fold_number,
    lexicons,
    parse_numeral,
)

_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ATOM = rf"(?:\d+(?:[.,]\d+)*|(?:{_WORD_ALT})(?![^\W_]))"
_FIRST = "".join(sorted({w[0] for w in NUMBER_WORDS} | {w[0].upper() for w in NUMBER_WORDS}))
_PHRASE = re.compile(rf"(?<![^\W_])(?=[\d{_FIRST}])(?:{_ATOM})(?:[ \t]+{_ATOM})*", re.IGNORECASE)
_ATOM_RE = re.compile(_ATOM, re.IGNORECASE)
_PHRASE_LOWER = re.compile(_PHRASE.pattern)
_ATOM_LOWER = re.compile(_ATOM)
_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_RANGE_DASH = re.compile(r"[ \t]*[-–—][ \t]*(?=\d)")
_RANGE_WORD = re.compile(r"[ \t]+(?:đến|tới)[ \t]+", re.IGNORECASE)
_RATE = re.compile(r"[ \t]*(?:/|[ \t]mỗi[ \t]|[ \t]một[ \t]|[ \t]trên[ \t]mỗi[ \t])[ \t]*([^\W\d_]+(?:[ \t][^\W\d_]+)?)",
                   re.IGNORECASE)
_GLUED_K = re.compile(r"[kK](?![^\W_])")

# Words that, right before a number, make it a date, an ordinal or part of a
# name when no unit follows ("năm 2030", "thứ 3", "Đại hội 14", "Quốc lộ 1").
_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:năm|tháng|ngày|quý|thế kỷ|niên khóa|niên khoá|khóa|khoá|nhiệm kỳ|giai đoạn|thập niên|"
    r"mùa|kỳ|phiên|điều|khoản|chương|quốc lộ|tỉnh lộ|đường|phường|quận|huyện|tổ|ấp|lô|phòng|tầng|"
    r"đại hội|hội nghị|kỳ họp|sư đoàn|trung đoàn|quân đoàn|tiểu đoàn|quân khu|nghị quyết|nghị định|"
    r"quyết định|thông tư|chỉ thị|luật|covid|sea games|asiad|khu|số nhà|lúc|vào lúc|bảng|nhóm|hàng|lần|"
    r"(?:thiên tai|gió|bão|rủi ro|báo động|giật|mạnh|động đất)\s+cấp|cấp độ|mức|bậc|vòng|trận|hiệp|ảnh|hình|trang|tập|kênh|tuyến|làn|ngõ|ngách|hẻm|kiệt|gói thầu)\s*$",
    re.IGNORECASE,
)
_ORDINAL_BEFORE = re.compile(r"(?<!\w)(?:thứ|hạng|top|lần thứ)\s*$", re.IGNORECASE)
_NUMBER_SIGN_BEFORE = re.compile(r"(?<!\w)số\s*$", re.IGNORECASE)
_AMONG_BEFORE = re.compile(r"(?<!\w)(?:trong|tổng|con|với|có|cả|toàn bộ|dân|đa|thiểu)\s+số\s*$", re.IGNORECASE)
_TIMES_BEFORE = re.compile(
    r"(?<!\w)(?:gấp|tăng|giảm|cao|lớn|nhiều|hơn|tăng gấp|tăng lên|giảm đi|tương đương|tăng trưởng)"
    r"(?:\s+(?:ấn tượng|mạnh|đột biến|vượt bậc|kỷ lục|tới|đến|lên|gần|hơn|khoảng|trên|xấp xỉ)){0,2}\s*$",
    re.IGNORECASE,
)
# "đã tổ chức được 03 lần", "gặp nhau 5 lần": a count of occasions, not a multiple.
_OCCASIONS_BEFORE = re.compile(
    r"(?<!\w)(?:được|tổ chức|diễn ra|gặp|gặp nhau|thăm|điện đàm|hội đàm|vô địch|đăng quang|lên ngôi)"
    r"(?:\s+(?:tổng cộng|cả thảy|tất cả))?\s*$",
    re.IGNORECASE,
)
# Stock-index points: "điểm" after a number, with an index named shortly before.
_POINTS = re.compile(r"[ \t]*điểm(?![^\W_])(?![ \t]+(?:phần trăm|%|đến|tham quan|du lịch|nghẽn|nóng|sáng|trường))",
                     re.IGNORECASE)
_INDEX_BEFORE = re.compile(r"index|vn30|hnx|upcom|chỉ số (?:chứng khoán|vn|hnx|giá cổ phiếu)|chứng khoán",
                           re.IGNORECASE)
# Acronyms before a counted place ("UBND 23 tỉnh, thành phố") do not make it a name.
_ACRONYM = re.compile(r"[A-ZĐ]{2,}")
# Administrative units that "3 tỉnh" would otherwise read as referential ("hai tỉnh")
# are counted when the names follow ("3 thành phố Hải Phòng, Huế, Đà Nẵng").
_PLACE_NOUNS = frozenset({"tỉnh", "thành phố", "huyện", "xã", "quận", "phường"})
_ENDS_IN_BILLIONS = re.compile(r"(?:tỷ|tỉ)$", re.IGNORECASE)
_COMMA_THOUSAND = re.compile(r"[1-9]\d{0,2},\d{3}")
_GAP_BEFORE = re.compile(r"(?<!\w)gấp\s*$", re.IGNORECASE)
_DOUBLE = re.compile(r"(?<![\w])gấp\s+(đôi|rưỡi)(?![\w])", re.IGNORECASE)
_FILLER_END = re.compile(r"(?:\s+(?:đạt|là|ở mức|mức|lên|tới|đến|được|có|với|con số))+\s*$", re.IGNORECASE)
_CAP_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")

# Nouns after a number.
NOT_COUNT = frozenset(
    "năm tháng ngày giờ phút giây tuần quý tuổi kỳ khóa khoá lần số đời thế kỷ thập niên buổi đêm sáng chiều "
    "tối trưa hôm của và với là thì mà để cho từ đến tới trong ngoài trên dưới sau trước theo tại ở về như "
    "đã đang sẽ được bị có không cũng vẫn còn rồi hay hoặc nhưng nên vì do bởi nếu khi này đó kia ấy nào "
    "gì ai đây thứ nhất hai ba bốn năm sáu bảy tám chín mười trăm nghìn ngàn triệu tỷ tỉ mươi chục rưỡi "
    "nửa lẻ linh đầu cuối giữa tới qua nay mới rưởi hơn gần khoảng dài rộng cao sâu nặng lớn nhỏ rất".split()
)
REFERENTIAL = frozenset(
    "nước bên đảng phía miền chiều vị ông bà anh chị em cuộc tỉnh khâu".split()
) | frozenset({"nền kinh tế", "quốc gia", "nhà lãnh đạo", "người đứng đầu", "đồng chí", "thành phố",
               "nhiệm vụ", "trụ cột", "chương trình", "trọng tâm", "điểm nhấn", "đột phá", "ưu tiên",
               "nội dung", "vấn đề", "mục tiêu", "vợ chồng", "lãnh đạo"})
# Enumerations of ideas, not measured quantities ("3 đột phá chiến lược"; a bare
# "điểm" as in "Tuyên bố chung 12 điểm" too, while "50 điểm trường" counts).
ABSTRACT = frozenset({
    "trụ cột", "nhiệm vụ", "đột phá", "ưu tiên", "điểm nhấn", "nội dung", "vấn đề", "mục tiêu", "lĩnh vực",
    "trọng tâm", "giải pháp", "định hướng", "phương châm", "nguyên tắc", "khâu", "nhóm", "quan điểm", "kiến nghị",
    "đề xuất", "bài học", "yếu tố", "tiêu chí", "bước", "cấp", "tầng", "mặt", "phương diện", "chữ", "không",
    "tốt", "xin", "cùng", "sẵn sàng", "đặc điểm", "thách thức", "cơ hội", "phương án", "kịch bản", "chủ đề",
    "trụ", "ý", "luận điểm", "hướng", "biện pháp", "chính sách", "đề nghị", "điều", "thông điệp", "nhận thức",
})
COUNT_NOUNS = frozenset({
    "dự án", "học sinh", "sinh viên", "phần quà", "suất quà", "địa bàn", "thị trường", "doanh nghiệp",
    "công ty", "ngôi nhà", "căn nhà", "căn hộ", "hộ dân", "hộ gia đình", "người dân", "lao động", "công nhân",
    "bệnh nhân", "ca mắc", "ca nhiễm", "ca bệnh", "du khách", "khách quốc tế", "hành khách", "tàu cá",
    "con tàu", "máy bay", "chuyến bay", "xe tải", "phương tiện", "cán bộ", "chiến sĩ", "giáo viên",
    "bác sĩ", "trường học", "bệnh viện", "thành viên", "đại biểu", "quốc gia và vùng lãnh thổ",
    "văn kiện", "thỏa thuận", "hiệp định", "bản ghi nhớ", "tình nguyện viên", "trẻ em", "nạn nhân",
    "điểm trường", "lớp học", "phòng học", "ngôi trường", "cây cầu", "km đường", "sản phẩm", "mặt hàng",
    "hợp đồng", "nhà đầu tư", "suất học bổng", "lưu học sinh", "cột mốc", "gia đình", "ngư dân",
    "trường hợp", "cơ sở", "nhà máy", "xã", "huyện", "tỉnh", "người", "hộ", "lượt", "vụ", "ca", "chuyến", "đợt",
})
_CLASSIFIER_PLUS = frozenset(
    "ngôi căn chiếc con cái tấm bộ phần suất gói bức cây quả trái ngọn toà tòa bản cuốn mảnh thửa lô "
    "đoàn nhóm đội khu công trình".split()
)
_CLASSIFIER_ALONE = frozenset("lượt người hộ vụ ca chuyến đợt".split())
_WORD_COUNT_OK = COUNT_NOUNS | _CLASSIFIER_ALONE
_STRONG_COUNT = frozenset({"người", "hộ", "lượt", "ca", "gia đình", "hộ dân", "hộ gia đình", "ngôi nhà", "căn nhà",
                           "học sinh", "trẻ em", "nạn nhân", "ngư dân", "người dân", "trường hợp"})


_BARE_WORDS = frozenset(SCALE_WORDS) | {"trăm", "chục", "mươi", "mười", "linh", "lẻ", "rưỡi", "rưởi", "nửa"}
_VAGUE_BEFORE = re.compile(r"(?<!\w)(?:hàng|vài|mấy|dăm|hàng chục|mươi)\s*$", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:\d\s*(?:giờ|h)|giờ)\s*$", re.IGNORECASE)


def _fold(atoms: list[tuple[int, int, str]], style: str) -> float | None:
    parts: list[float | str] = []
    for _, _, a in atoms:
        if a[0].isdigit():
            v = parse_numeral(a, style)
            if v is None:
                return None
            parts.append(v)
        else:
            parts.append(a.lower())
    return fold_number(parts)


def _spans(text: str, style: str) -> list[tuple[int, int, float, bool]]:
    """(start, end, value, has_numeral) of each number phrase, longest readings first."""
    out: list[tuple[int, int, float, bool]] = []
    lowered = text.lower()
    if len(lowered) == len(text):  # case-sensitive matching on lower case is faster
        text, phrase, atom = lowered, _PHRASE_LOWER, _ATOM_LOWER
    else:
        phrase, atom = _PHRASE, _ATOM_RE
    for m in phrase.finditer(text):
        atoms = [(a.start(), a.end(), a.group(0)) for a in atom.finditer(text, m.start(), m.end())]
        i = 0
        n = len(atoms)
        while i < n:
            for j in range(n, i, -1):
                sub = atoms[i:j]
                if all(a[2].lower() in _BARE_WORDS for a in sub):
                    continue  # "hàng triệu", "trăm năm": no digit at all
                value = _fold(sub, style)
                if value is not None and math.isfinite(value):
                    has_num = any(a[2][0].isdigit() for a in sub)
                    out.append((sub[0][0], sub[-1][1], value, has_num))
                    i = j
                    break
            else:
                i += 1
    return out


def _noun_after(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun right after ``pos`` (as written) and where it ends."""
    words: list[tuple[str, int]] = []
    p = pos
    for _ in range(4):
        m = _WORD.match(text, p)
        if not m:
            break
        words.append((m.group(1), m.end()))
        p = m.end()
    if not words:
        return None, pos
    first = words[0][0]
    low = [w.lower() for w, _ in words]
    for k in (4, 3, 2):
        if len(low) >= k and " ".join(low[:k]) in COUNT_NOUNS | REFERENTIAL:
            return " ".join(w for w, _ in words[:k]), words[k - 1][1]
    if low[0] in _CLASSIFIER_PLUS and len(words) > 1 and words[1][0][0].islower() and low[1] not in NOT_COUNT:
        return f"{first} {words[1][0]}", words[1][1]
    if first[0].isupper() and low[0] not in REFERENTIAL:
        return None, pos
    if (
        len(words) > 1
        and low[0] not in COUNT_NOUNS
        and low[0] not in REFERENTIAL
        and words[1][0][0].islower()
        and low[1] not in NOT_COUNT
        and low[1] not in _NOT_SECOND
        and words[1][1] - words[0][1] == len(words[1][0]) + 1
    ):
        return f"{first} {words[1][0]}", words[1][1]  # "nhân viên", "nhà máy", "trường học"
    return first, words[0][1]


# Words that do not continue a counted noun ("6 tàu bị chìm", "3 xã ven biển").
_NOT_SECOND = frozenset(
    "bị được chết mất tham gia về của đang đã sẽ cũng đều vẫn này đó kia khác mới cũ lớn nhỏ ven thuộc "
    "trên dưới trong ngoài tại ở như là và với cho bằng nhưng thì mà nên vừa rồi xong ra vào lên xuống "
    "đi đến tới qua lại khi sau trước nữa".split()
)


def find_quantities(text: str, style: str | None = None, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Figures in ``text`` that state a quantity, in text order."""
    end = len(text) if end is None else end
    style = style or detect_style(text)
    lex = lexicons()
    qualifier_end = cue_pattern("qualifier", "end")
    qualifier_after = cue_pattern("qualifier_after", "start")
    spans = [s for s in _spans(text[:end], style) if s[0] >= start]
    out: list[Quantity] = []
    skip_until = -1
    for idx, (s, e, value, has_num) in enumerate(spans):
        if s < skip_until:
            continue
        if not has_num and (value == 0 or not _word_number_may_count(text, s, e, lex.unit_re)):
            continue  # "không" is "not" far more often than "zero"
        before = text[s - 1] if s > 0 else " "
        before2 = text[s - 2] if s > 1 else " "
        after = text[e] if e < len(text) else " "
        after2 = text[e + 1] if e + 1 < len(text) else " "
        if before in "/:-–+" and before2.isalnum() or before in ".,":
            continue
        if after in "/:" and after2.isdigit() or after in "-–" and after2.isalpha():
            continue
        numeral = text[s:e]
        if numeral[:1] == "0" and len(numeral) > 1 and numeral[1:2].isdigit() \
                and not (len(numeral) == 2 and numeral != "00"):
            continue  # phone numbers, ids; but "05 dự án" as official texts write it
        prefix = text[max(0, s - 60) : s]
        if _ORDINAL_BEFORE.search(prefix) or _VAGUE_BEFORE.search(prefix):
            continue
        high: float | None = None
        pos = e
        # A range: "10-12%", "từ 5 đến 7 tỷ đồng".
        rng = _RANGE_DASH.match(text, pos) or (
            _RANGE_WORD.match(text, pos) if re.search(r"(?<!\w)từ\s*$", prefix, re.IGNORECASE) else None
        )
        if rng and idx + 1 < len(spans) and spans[idx + 1][0] == rng.end():
            s2, e2, v2, _ = spans[idx + 1]
            if v2 > value and not (1900 <= value <= 2100 and 1900 <= v2 <= 2100):
                if not any(w in SCALE_WORDS for w in numeral.lower().split()):
                    ratio = _scale_of(text[s2:e2], style)
                    value *= ratio
                high = v2
                pos = e2
                skip_until = e2
        if text[s - 1 : s] == "$":
            unit_entry = lex.units.get("$")
            unit_m_end = pos
            s -= 1
        else:
            unit_entry = None
            unit_m_end = pos
        if unit_entry is None and pos < len(text) and text[pos] in "kK" and has_num and _GLUED_K.match(text, pos):
            value *= 1000  # "20k"
            pos += 1
        um = lex.unit_re.match(text, pos)
        if unit_entry is None and um:
            form = um.group(0).strip().lower()
            entry = lex.units.get(form)
            nxt = _WORD.match(text, um.end())
            if entry and not (nxt and nxt.group(1).lower() in entry.blocked and nxt.start() + 1 >= um.end()):
                unit_entry = entry
                unit_m_end = um.end()
        if unit_entry is None and pos < len(text) and text[pos].isalnum():
            continue  # "1A", "5G", "8h30": a name or a time
        qty_end = unit_m_end
        attrs: dict[str, object] = {"number": (s, e)}
        if unit_entry is not None:
            unit = unit_entry.unit
            cls = unit_entry.cls
            if cls == "currency" and _COMMA_THOUSAND.fullmatch(numeral):
                value = float(numeral.replace(",", ""))  # "2,500 đồng": no one writes 2.5 đồng
            value *= unit_entry.factor
            if cls == "times" and not _TIMES_BEFORE.search(prefix):
                if not (has_num and _OCCASIONS_BEFORE.search(prefix)):
                    continue
                unit, cls = "count:lần", "count"
                attrs["noun"] = "lần"
            if cls == "duration" and _CLOCK_BEFORE.search(prefix):
                continue  # "10 giờ 30 phút" is a time of day
            if cls == "currency":
                rate = _RATE.match(text, unit_m_end)
                if rate:
                    per = rate.group(1).split()
                    per_unit = lex.units.get(per[0].lower()) or lex.units.get(rate.group(1).lower())
                    if per[0].lower() in ("năm", "tháng", "ngày"):
                        qty_end = rate.start(1) + len(per[0])
                    elif per_unit and per_unit.cls == "measure":
                        unit = f"{unit}/{per_unit.unit}"
                        qty_end = rate.start(1) + len(per[0])
                    elif "/" in rate.group(0):
                        unit = f"{unit}/{per[0]}"
                        qty_end = rate.start(1) + len(per[0])
        elif has_num and (pm := _POINTS.match(text, pos)) and _INDEX_BEFORE.search(text, max(0, s - 120), s):
            unit, cls = "điểm", "points"  # "VN-Index tăng 12,5 điểm": stock-index points
            qty_end = pm.end()
        elif _GAP_BEFORE.search(prefix):  # "gấp ba", "tăng gấp 3"
            unit, cls = "times", "times"
        elif _ENDS_IN_BILLIONS.search(text, s, e) and _bare_amount_follows(text, e):
            unit, cls = "VND", "currency"  # "thiệt hại khoảng 300 tỷ": tỷ đồng understood
        else:
            if text[pos : pos + 1] and text[pos] in "%/-–":
                continue
            noun, noun_end = _noun_after(text, pos)
            if noun is None:
                continue
            lnoun = noun.lower()
            if lnoun.split()[0] in NOT_COUNT:
                continue
            listed = lnoun in _PLACE_NOUNS and has_num and _names_follow(text, noun_end)
            if lnoun in REFERENTIAL and value <= 3 and not listed or lnoun.split()[0] in ABSTRACT or lnoun in ABSTRACT \
                    or lnoun == "điểm":
                continue  # "hai nước", "3 Đảng"; "5 nhiệm vụ trọng tâm", "3 đột phá"
            if not has_num and lnoun not in _WORD_COUNT_OK:
                continue
            if not has_num and value < 2:
                continue
            if has_num and 1900 <= value <= 2100 and numeral.isdigit() and lnoun not in COUNT_NOUNS:
                continue  # "giai đoạn 2021-2025 dài …": a year
            if _NAME_BEFORE.search(prefix):
                continue
            if _NUMBER_SIGN_BEFORE.search(prefix) and not _AMONG_BEFORE.search(prefix):
                continue
            cap = _CAP_WORD_BEFORE.search(prefix)
            if cap and cap.group(1)[0].isupper() and cap.group(1).lower() not in _COMMON_CAPS \
                    and lnoun not in _STRONG_COUNT \
                    and not (_ACRONYM.fullmatch(cap.group(1)) and lnoun in COUNT_NOUNS):  # "Hà Nội 2 người" is a count; "Đại hội 14" a name
                continue
            if value != int(value):
                alt = parse_numeral(numeral, "en") if has_num and " " not in numeral else None
                if alt is None or alt != int(alt):
                    continue
                value = alt
            unit, cls = f"count:{noun}", "count"
            attrs["noun"] = noun
            qty_end = noun_end
        qualifier = "exact"
        pre = _FILLER_END.sub("", prefix)
        qm = qualifier_end.search(pre) or qualifier_end.search(prefix)
        if qm:
            qualifier = cue_value("qualifier", qm.group(1)) or "exact"
        am = qualifier_after.match(text, qty_end)
        if am:
            qualifier = cue_value("qualifier_after", am.group(1)) or qualifier
        if high is not None:
            attrs["high"] = high
        attrs["cls"] = cls
        attrs["words"] = not has_num
        out.append(Quantity(s, qty_end, value, unit, qualifier, attrs))
    for m in _DOUBLE.finditer(text, start, end):
        value = 2.0 if m.group(1).lower() == "đôi" else 1.5
        out.append(Quantity(m.start(1), m.end(1), value, "times", "exact", {"cls": "times", "words": True}))
    out.sort(key=lambda q: q.start)
    return out


# Capitalised words before a number that are sentence-initial function words
# ("Hơn 3.000 ngôi nhà"), not the end of a name ("Đại hội 14", "Vĩnh Tân 4").
_COMMON_CAPS = frozenset(
    "hơn khoảng gần trên dưới có với và gồm là đạt được tổng trong cả toàn chỉ ước xấp xỉ chừng vượt "
    "tăng giảm riêng còn nay thêm theo mỗi ngoài chưa không tới đến từ".split()
)


_WORD_COUNT_FIRST = frozenset(n.split()[0] for n in COUNT_NOUNS | _CLASSIFIER_ALONE | _CLASSIFIER_PLUS)


def _word_number_may_count(text: str, s: int, e: int, unit_re: re.Pattern[str]) -> bool:
    """Cheap test before the full checks: a number written in words ("ba",
    "năm") is a figure only before a unit, a counted noun, or after "gấp"."""
    m = _WORD.match(text, e)
    if m and m.group(1).lower() in _WORD_COUNT_FIRST:
        return True
    if unit_re.match(text, e):
        return True
    return bool(_GAP_BEFORE.search(text, max(0, s - 8), s))


def _names_follow(text: str, pos: int) -> bool:
    """A capitalised name right after ``pos`` ("3 thành phố Hải Phòng, Huế")."""
    m = _WORD.match(text, pos)
    return bool(m and m.group(1)[0].isupper())


def _bare_amount_follows(text: str, e: int) -> bool:
    """Nothing that could be a unit or a counted noun follows the number."""
    m = _WORD.match(text, e)
    if m is None:
        return True
    word = m.group(1).lower()
    return word in NOT_COUNT or word in ("cho", "để", "từ", "nhằm", "được", "bị")


def _scale_of(phrase: str, style: str) -> float:
    """The scale a range's upper bound ends with ("7 tỷ" -> 1e9), or 1."""
    ratio = 1.0
    for w in reversed(phrase.lower().split()):
        if w in SCALE_WORDS:
            ratio *= SCALE_WORDS[w]
        else:
            break
    return ratio
