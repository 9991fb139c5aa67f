"""Indicators: what a figure measures, in the text's words.

The knowledge base merges the same figure from different outlets by its
indicator and subjects, so an indicator is the measured thing, short and
without the verb, the number, the period or the names the subjects already
carry: "kim ngạch xuất khẩu gạo", "vốn FDI đăng ký", "lượt khách quốc tế".

It is read from the words before the figure in its comma-separated chunk
("kim ngạch thương mại hai chiều đạt 11,33 tỷ USD"), with periods, brackets,
cue words ("đạt", "ước", "khoảng", "tăng mạnh", "kỳ vọng"…) and a leading
actor ("Việt Nam xuất khẩu …", "Tập đoàn X đóng góp …") taken off; after a
verb that takes the figure as its object ("đón 1,7 triệu lượt khách quốc tế",
"xuất khẩu 600 nghìn tấn gạo") from the counted noun or the goods after the
unit.  ``list_indicators`` then fills in figures of a list that share one
measure ("thị phần lần lượt là 11,4% và 10,7%", "tổng khối lượng và giá trị
… đạt 7 triệu tấn và 3,55 tỷ USD") and shares ("chiếm 25,2%").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from vnewsgraph.model import Quantity
from vnewsgraph.nlp.numbers import lexicons
from vnewsgraph.nlp.periods import PeriodMention

STRIP = " \t\n,;:.()\"'“”-–—"


class Phrases(frozenset[str]):
    """Lower-case phrases of one to three words, with the set of their last
    words (to rule out most words at once)."""

    last: frozenset[str]


def _phrases(*parts: str) -> Phrases:
    out = Phrases(w for part in parts for w in part.split("|") if w)
    out.last = frozenset(p.rsplit(" ", 1)[-1] for p in out)
    return out


def _ends_with(words: Phrases, s: str) -> str | None:
    """The phrase of ``words`` that ``s`` ends with (whole words, any case), or None."""
    tail = s.rsplit(None, 3)[-3:]
    if not tail or tail[-1].lower() not in words.last:
        return None
    for k in (3, 2, 1):
        if len(tail) >= k:
            phrase = " ".join(tail[-k:]).lower()
            if phrase in words:
                return phrase
    return None


_NUMBER_WORD = re.compile(r"\d[\d.,]*")
_LETTER = re.compile(r"[^\W\d_]")


def _strip_trail(s: str, trail: Phrases | None = None) -> str:
    """Take off the words that end a phrase before a figure without naming
    what it measures ("đạt", "ước", "tăng mạnh", "thứ 4", "8,34 điểm")."""
    words = s.split()
    cues = trail or _TRAIL_WORDS
    while words:
        n = len(words)
        if words[-1].lower() in cues.last:
            k = next((k for k in (3, 2, 1) if n >= k and " ".join(words[-k:]).lower() in cues), 0)
            if k:
                del words[-k:]
                continue
        if _NUMBER_WORD.fullmatch(words[-1]):
            del words[-2 if n > 1 and words[-2].lower() in ("thứ", "hạng") else -1 :]
        elif n > 1 and _NUMBER_WORD.fullmatch(words[-2]) and words[-1].isalpha():
            del words[-2:]  # "giảm 8,34 điểm"
        else:
            break
    return " ".join(words)


_PARENS = re.compile(r"\([^()]*\)")
_TRAIL_WORDS = _phrases(
    "đạt|là|ở mức|mức|lên|tới|đến|được|có|với|con số|kỷ lục|khoảng|gần|hơn|trên|dưới|ước|ước đạt|ước tính|"
    "dự kiến|đã|sẽ|tăng|giảm|chỉ|còn|bằng|gấp|vào khoảng|xấp xỉ|chừng|vượt|chưa đến|lần lượt|tương ứng|cũng|"
    "vẫn|đều|mới|tổng cộng|xuống|xuống còn|trong|vào|tại|của|cho|có thể|hiện|thêm|cán mốc|tiếp tục|lại|"
    "tăng mạnh|giảm mạnh|tăng nhẹ|giảm nhẹ|sụt giảm|suy giảm|tăng thêm|kỳ vọng|dự báo|phấn đấu|ghi nhận|"
    "đạt mức|vượt mốc|ấn tượng|liên tiếp|mạnh|nhẹ|thấp hơn|cao hơn|nhiều hơn|ít hơn|chiếm|sau|trước|"
    "trên địa bàn|địa bàn|này|đó|ấy|ở vị trí|vị trí|đứng|mất|chỉ mất|đối với|so với|dao động|dao động ở|"
    "dao động quanh|quanh mức|quanh vùng|quanh|vùng|ở mức|được chào bán ở|được chào bán|chào bán"
)
_TAIL_TRAIL = _phrases("này|đó|ấy|và|của|cho|tại|trong|với|còn|lại|còn lại|được|đã|sẽ|đang|đến|tới|sang|ra|về")
_LEAD = re.compile(
    r"^(?:và|có|khi|trong đó|với|còn|nhưng|riêng|đồng thời|theo đó|ngoài ra|trong|tổng cộng|cùng|cùng với|"
    r"bên cạnh đó|ngược lại|hiện|hiện nay|tính đến nay|trong khi|sau khi|nhờ đó|qua đó|về|lần đầu tiên|"
    r"tính chung|lũy kế|luỹ kế|xét riêng|đặc biệt|tiếp đến|chỉ(?! số| tiêu)|đáng chú ý|cụ thể|mức|thấp hơn|cao hơn|"
    r"rõ|tại các mã|tại mã|các mã|mã|"
    r"(?:trên|tại|ở|trong|cho|sang|từ|về)\s[^,;]*?\svà|(?:tuần|tháng|quý|năm|phiên|cùng kỳ)(?:\s+\S+)?\s+và)"
    r"(?:\s+|$)",
    re.IGNORECASE,
)
# Verbs that take the figure as their object: the measured thing is then
# named after the figure ("đón 1,7 triệu lượt khách quốc tế").
_OBJECT_AFTER = _phrases(
    "có|gồm|trong số|trong|cùng|cùng với|và|thu hút|đón|trao|tặng|trao tặng|hỗ trợ|làm|khiến|cấp|xây dựng|"
    "ký kết|chiếm|xuất khẩu|nhập khẩu|sản xuất|tiêu thụ|bán|mua|cử|ghi|ghi được|giành|giành được|khởi công|"
    "khánh thành|bổ sung|công nhận|tiếp nhận|tiếp đón|đặt mua|đặt hàng|tuyển dụng|tuyển|cứu|di dời|sơ tán|"
    "phát hiện|bắt giữ|thu giữ|xử lý|cấp phép|thành lập|mở|tổ chức|đào tạo|trồng|lắp đặt|phát hành|nhận|"
    "đem về|thu về|mang về|với|đóng góp|ghi|cung cấp|phát|tại|ở|cho|trên địa bàn"
)
# Among them, verbs whose object is goods: "xuất khẩu 600 nghìn tấn gạo" -> "xuất khẩu gạo".
_TRADE_VERB = _phrases(
    "xuất khẩu|nhập khẩu|sản xuất|tiêu thụ|bán|mua|thu mua|trồng|cung cấp|phát"
)
# Words after which the measured thing starts afresh ("… cho biết kim ngạch …").
_CUT = _phrases(
    "khi|là|mà|rằng|để|nhằm|đưa|nâng|phấn đấu|sớm|đối với|với|theo đó|nên|thì|cho biết|cho thấy|khẳng định|"
    "nhấn mạnh|đề nghị|trong đó|nhận thấy|ghi nhận|cho rằng|đã|sẽ|đang|dự báo|dự kiến|kỳ vọng|ước tính|mục tiêu|"
    "chỉ tiêu|kế hoạch|khiến|giúp|nhờ|làm cho|trong khi|ở vị trí|đứng thứ|xếp thứ"
)
# Where the words after a figure stop naming what it counts.
_TAIL_PUNCT = re.compile(r"[,;.:()\n–—]")
_TAIL_STOP = _phrases(
    "với|đứng|và|nhưng|trong khi|tăng|giảm|trong|tại|vào|từ|của|được|đã|đang|sẽ|để|nhằm|mỗi|gắn|gắn liền|"
    "thuộc|do|khi|theo|so với|cùng kỳ|trên|đến từ|là|nên|phản ánh|cho thấy|cho|có|tham gia|làm việc|hoạt động|"
    "chào mừng|ở|cùng"
)
_EARNED = re.compile(r"^(?:đem về|thu về|mang về|trị giá|tương đương)$", re.IGNORECASE)
_MONEY_WORDS = re.compile(r"(?<!\w)(?:vốn|tổng mức|giá trị|kim ngạch|doanh thu|tiền|ngân sách)(?!\w)", re.IGNORECASE)
_SHARE = re.compile(r"(?:^|\s)(?:chiếm|chiếm tỷ trọng|chiếm tỉ trọng|tương đương|bằng)\s*$", re.IGNORECASE)
_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*[-+–]?\s*")
_LEAD_NAME_GAP = re.compile(
    r"\s*(?:,|và|cùng|còn|trong đó|riêng|tiếp đến|đặc biệt)?\s*"
    r"(?:(?:tỉnh|thành phố|tp\.?|huyện|xã|quận|phường|thủ đô|nước|tập đoàn|công ty|ngân hàng|thị trường)\s+)?",
    re.IGNORECASE)


def indicator(text: str, chunk_start: int, q: Quantity, periods: list[PeriodMention],
              names: list[tuple[int, int]]) -> str | None:
    """What the figure ``q`` measures, from its chunk starting at ``chunk_start``;
    ``names`` are (start, end) of entity mentions, sorted."""
    begin = _after_leading_names(text, chunk_start, q.start, names)
    end = _before_recipient(text, begin, q.start, names)
    pre = text[begin:end]
    for p in periods:
        if begin <= p.start and p.end <= end:
            a, b = p.start - begin, p.end - begin
            pre = pre[:a] + " " * (b - a) + pre[b:]
    pre = " ".join(_PARENS.sub(" ", pre).replace("(", " ").split())
    bare = _strip_qualifier_tail(pre.strip(STRIP))
    pre = _trim(pre)
    has_verb = bool(_ends_with(_OBJECT_AFTER, bare) or pre != bare and _ends_with(_OBJECT_AFTER, pre))
    trade = has_verb and (_ends_with(_TRADE_VERB, bare) or _ends_with(_TRADE_VERB, pre))
    noun = q.attrs.get("noun")
    if has_verb or not pre:
        words = _until_name(_tail_words(text, q.end))
        phrase = (" ".join(([str(noun)] if noun else []) + words)).replace(" /", "/").strip(STRIP)
        phrase = _trim(phrase, tail=True) if phrase else phrase
        if phrase and trade and not noun:
            return polish(f"{trade} {phrase}", text, begin, names)
        if phrase or not pre:
            if not phrase and begin > chunk_start:  # only the actor was left: "VN-Index giảm 8,34 điểm (-0,44%)"
                return indicator(text, chunk_start, q, periods, [])
            return polish(phrase, text, q.end, names) or None
    return polish(" ".join(pre.split()[-10:]), text, begin, names) or None


def _trim(pre: str, tail: bool = False) -> str:
    """``pre`` without its cue words; ``tail``: words after the figure, where
    "mới", "hơn" are adjectives, not cues."""
    for _ in range(6):
        new = _strip_trail(pre, _TAIL_TRAIL if tail else None).strip(STRIP)
        new = new if tail else _strip_qualifier_tail(new)
        if new == pre:
            break
        pre = new
    for _ in range(3):
        new = _LEAD.sub("", pre).strip(STRIP)
        if new == pre:
            break
        pre = new
    cut = _last_cut(pre)
    if cut > 0:
        pre = _strip_trail(pre[cut:].strip(STRIP)).strip(STRIP)
        for _ in range(2):
            pre = _LEAD.sub("", pre).strip(STRIP)
    return _owner_last(pre)


_HAS = re.compile(r"\s(?:có(?! thể)|nhận|nhận được|được nhận|sở hữu)\s", re.IGNORECASE)
_MEASURE_HEADS = frozenset(
    "công suất|diện tích|tổng diện tích|dân số|tổng vốn|vốn|vốn điều lệ|quy mô|chiều dài|tổng chiều dài|sản lượng|"
    "doanh thu|lợi nhuận|tiền thưởng|giá trị|tổng giá trị|tổng mức|dung tích|trọng tải|kim ngạch|số vốn|"
    "tổng số tiền|số tiền|tổng tài sản|dư nợ|chiều cao|độ cao|độ sâu|tốc độ|năng suất|công suất thiết kế".split("|"))


def _owner_last(pre: str) -> str:
    """"nhà máy có công suất" -> "công suất của nhà máy"; "đội vô địch nhận
    tiền thưởng" -> "tiền thưởng của đội vô địch": the measure first."""
    if " " not in pre:
        return pre
    found = list(_HAS.finditer(pre))
    if not found:
        return pre
    m = found[-1]
    owner, measure = pre[: m.start()].strip(STRIP), pre[m.end() :].strip(STRIP)
    words = measure.lower().split()
    if not owner or not words or len(owner.split()) > 8 or not (
            " ".join(words[:2]) in _MEASURE_HEADS or words[0] in _MEASURE_HEADS):
        return pre
    return f"{measure} của {owner}"


def _last_cut(pre: str) -> int:
    """Where the text after the last word of ``_CUT`` starts (that word not
    being the last), or 0."""
    words = pre.split(" ")
    ends: list[int] = []
    pos = 0
    for w in words:
        pos += len(w)
        ends.append(pos)
        pos += 1
    n = len(words)
    for last in range(n - 2, -1, -1):  # the cut phrase ends at words[last]
        if words[last].lower() not in _CUT.last:
            continue
        for k in (3, 2, 1):
            first = last - k + 1
            if first >= 0 and " ".join(words[first : last + 1]).lower() in _CUT:
                return ends[last] + 1
    return 0


def _tail_words(text: str, pos: int) -> list[str]:
    """The words right after a figure that still name what it counts, up to
    punctuation, a preposition, verb or number that starts something else."""
    window = text[pos : pos + 120]
    m = _TAIL_PUNCT.search(window)
    words = (window[: m.start()] if m else window).split()[:8]
    out: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low in _TAIL_STOP or w[0].isdigit() or i + 1 < len(words) and f"{low} {words[i + 1].lower()}" in _TAIL_STOP:
            break
        out.append(w)
    return out[:6]


def _until_name(words: list[str]) -> list[str]:
    """Words after a figure up to a proper name ("dự án đến từ Tập đoàn …"):
    the name belongs in the subjects.  Acronyms ("dự án FDI") stay."""
    out: list[str] = []
    for w in words:
        if _is_title(w.strip(STRIP)):
            break
        out.append(w)
    return out


def _before_recipient(text: str, start: int, end: int, names: list[tuple[int, int]]) -> int:
    """"trao tặng Hội Khmer-Việt Nam 20.000 USD": the recipient after the
    verb is a subject, not part of what is measured."""
    i = bisect_right(names, (end, end)) - 1
    best = end
    while i >= 0 and names[i][0] >= start and end - names[i][0] < 120:
        s, e = names[i]
        if e <= end and not text[e:end].strip() and s < best:
            best = s  # the outermost name ending right before the figure
        i -= 1
    if best == end or not _ends_with(_OBJECT_AFTER, text[start:best]):
        return end
    return best


def _is_title(word: str) -> bool:
    """"Tập", "Việt": a capital then lower case (not "FDI", "A321neo")."""
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _after_leading_names(text: str, start: int, end: int, names: list[tuple[int, int]]) -> int:
    """Skip the actor the chunk opens with ("Việt Nam xuất khẩu …", "Gana và
    Bờ Biển Ngà là …"): names go into the subjects, not the indicator.  A name
    inside the measured thing ("thị trường Malaysia") is kept."""
    pos = start
    i = bisect_right(names, (pos, -1))
    moved = False
    while i < len(names):
        s, e = names[i]
        if s >= end or e > end:
            break
        gap = _LEAD_NAME_GAP.fullmatch(text, pos, s)
        if gap is None:
            break
        pos, moved = e, True
        i += 1
    if not moved:
        return start
    rest = text[pos:end]
    if not _LETTER.search(rest):
        return start  # only the name: keep it ("Theo sau là VHM (-623 tỷ đồng)")
    return pos


def polish(phrase: str, text: str, start: int, names: list[tuple[int, int]]) -> str:
    """Collapse spaces; a capital that only opens the sentence is lowered
    ("Kim ngạch hai chiều" -> "kim ngạch hai chiều"), a name's is kept."""
    phrase = " ".join(phrase.split()).strip(STRIP)
    if not phrase:
        return phrase
    lo, hi = bisect_right(names, (start - 300, -1)), bisect_right(names, (start + 300, -1))
    near = {text[s:e] for s, e in names[lo:hi]}
    for surface in near:  # "giá cà phê xuất khẩu bình quân của Việt Nam": the country is a subject
        if phrase.endswith(" của " + surface):
            head = phrase[: -len(surface) - 5]
            if head and not any(n in head for n in near):
                phrase = head
                break
    parts = phrase.split(" ", 2)
    first = parts[0]
    if _is_title(first) and (len(parts) == 1 or not _is_title(parts[1])):  # not "Ấn Độ", "Hà Nội"
        at = text.find(first, start)
        in_name = at >= 0 and any(s <= at < e for s, e in names)
        if not in_name:
            phrase = phrase[0].lower() + phrase[1:]
    head, sep, owner = phrase.rpartition(" của ")
    if sep and _is_title(owner.split(" ", 1)[0]):  # "công suất của Nhà máy …" put first by _owner_last
        word = owner.split(" ", 1)[0]
        at = text.rfind(word, 0, start + 1) if text.find(word, start) < 0 else text.find(word, start)
        opens = at >= 0 and (at == 0 or text[:at].rstrip()[-1:] in ".!?:\n\"“")
        if opens and not any(s <= at < e for s, e in names):
            phrase = f"{head}{sep}{owner[0].lower()}{owner[1:]}"
    return phrase


_RATIO = re.compile(r"(?:^|\s)bằng\s*$", re.IGNORECASE)


def ratio_of(text: str, chunk_start: int, q: Quantity) -> str | None:
    """"bằng 89,2% dự toán năm": what the figure is a percentage of."""
    pre = _strip_qualifier_tail(text[chunk_start : q.start].strip(STRIP))
    if q.unit != "%" or not _RATIO.search(pre):
        return None
    words = _until_name(_tail_words(text, q.end))
    return " ".join(words) or None


def is_share(text: str, chunk_start: int, q: Quantity) -> bool:
    """"chiếm 25,2%": a share of something named before."""
    pre = _PARENS.sub(" ", text[chunk_start : q.start]).replace("(", " ")
    return q.unit == "%" and bool(_SHARE.search(_strip_qualifier_tail(pre.strip(STRIP))))


@cache
def _qualifier_cues() -> Phrases:
    return _phrases(*(c for c, _ in lexicons().cues.get("qualifier", [])))


def _strip_qualifier_tail(s: str) -> str:
    """Take off a qualifier cue ending ``s`` ("hơn", "khoảng", "chưa đến")."""
    cue = _ends_with(_qualifier_cues(), s)
    if cue is None:
        return s
    return " ".join(s.split()[: -len(cue.split())]).strip(STRIP)


_MEASURES = ("tổng khối lượng", "tổng giá trị", "khối lượng", "giá trị", "kim ngạch", "sản lượng", "lượng",
             "số lượng", "doanh thu", "lợi nhuận", "diện tích", "trị giá", "tổng vốn", "số vốn", "số tiền")


def split_pair(phrase: str) -> tuple[str, str] | None:
    """"tổng khối lượng và giá trị xuất khẩu gạo" -> ("tổng khối lượng xuất khẩu
    gạo", "giá trị xuất khẩu gạo"): two measures sharing what they measure."""
    if " và " not in phrase:
        return None
    left, right = phrase.split(" và ", 1)
    low = right.lower()
    for head in sorted(_MEASURES, key=len, reverse=True):
        if low.startswith(head + " ") or low == head:
            rest = right[len(head) :].strip()
            lhead = left.strip()
            if not any(lhead.lower().endswith(h) for h in _MEASURES):
                return None
            return (f"{lhead} {rest}".strip(), right.strip())
    return None


def is_earned(phrase: str | None) -> bool:
    """"đem về 288,4 triệu USD": the value of the figure before it."""
    return bool(phrase and _EARNED.match(phrase))


def money_share(text: str, q: Quantity) -> bool:
    """"chiếm 37% tổng mức": a share of money, not of a count."""
    return bool(_MONEY_WORDS.match(text[q.end : q.end + 40].strip()))


def bracketed_after(text: str, prev: Quantity, q: Quantity) -> bool:
    """"giảm 8,34 điểm (-0,44%)": the same change, restated in brackets."""
    return bool(_IN_BRACKETS_AFTER.fullmatch(text, prev.end, q.start))
