"""Periods a figure refers to, resolved against a reference date.

``find_periods`` finds expressions such as "năm 2025", "trong năm nay",
"9 tháng đầu năm", "6 tháng đầu năm 2025", "quý I/2026", "quý III",
"tháng 10", "tháng 10/2025", "nửa đầu năm", "giai đoạn 2021-2025",
"từ đầu năm đến nay", "năm ngoái" and returns them with an ISO value:
"2025", "2025-10", "2026-01/2026-09", "2021/2025".  Expressions introduced by
"so với" / "cùng kỳ" are flagged as comparison references.

``comparison_reference`` reads the reference of a growth rate ("so với 2024",
"so với cùng kỳ năm trước") given the period of the figure it qualifies.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "một": 1, "hai": 2, "ba": 3,
         "bốn": 4, "tư": 4, "đầu": 1, "cuối": 4, "đầu tiên": 1, "cuối cùng": 4}
COUNT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
               "mười": 10, "mười một": 11, "mười hai": 12}

_YEAR = r"(?:19|20)\d\d"
_YEAR_TAIL = rf"(?:\s*/\s*|\s*-\s*|\s+năm\s+|\s+)({_YEAR})(?!\d)"
_REL_YEAR = r"(nay|ngoái|trước|qua|sau|tới|kế tiếp)"
_NCOUNT = r"(?<![\w])(?=[\dmhbnsbtcMHBNSTC])(\d{1,2}|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range_years", re.compile(
        rf"(?<![\w])(?=[gtnGTN])(?:giai đoạn|thời kỳ|nhiệm kỳ|từ năm|từ)\s+({_YEAR})\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?({_YEAR})",
        re.IGNORECASE)),
    ("to_date", re.compile(
        rf"(?<![\w])(?:(?:tính|lũy kế|luỹ kế|cộng dồn)\s+(?:từ đầu năm\s+)?(?:đến|tới)\s+(?:hết\s+)?|"
        rf"(?:đến|tới)\s+hết\s+(?=tháng))"
        rf"(?:ngày\s+(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*({_YEAR}))?(?![\d/])|"
        rf"(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*({_YEAR}))?(?![\d/])|"
        rf"tháng\s+(\d{{1,2}})(?:\s*/\s*({_YEAR}))?(?![\d/]))", re.IGNORECASE)),
    ("since_start_to", re.compile(
        rf"(?<![\w])từ đầu năm(?:\s+({_YEAR}))?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:(\d{{1,2}})\s*/\s*)?"
        rf"(?:tháng\s+)?(\d{{1,2}})(?:\s*/\s*({_YEAR}))?(?![\d/])", re.IGNORECASE)),
    ("since_start", re.compile(r"từ đầu năm(?:\s+(" + _YEAR + r"))?(?:\s+(?:đến|tới) nay)?", re.IGNORECASE)),
    ("months_of_year", re.compile(
        rf"{_NCOUNT}\s+tháng\s+(đầu|cuối)?\s*(?:của\s+)?năm(?:{_YEAR_TAIL}|\s+{_REL_YEAR})?", re.IGNORECASE)),
    ("months_year", re.compile(rf"{_NCOUNT}\s+tháng\s+(?:đầu\s+)?(?:năm\s+)?({_YEAR})(?!\d)", re.IGNORECASE)),
    ("half", re.compile(
        rf"(nửa đầu|nửa cuối|nửa sau)\s+năm(?:{_YEAR_TAIL}|\s+{_REL_YEAR})?", re.IGNORECASE)),
    ("first_month", re.compile(
        rf"(?<![\w])tháng\s+(đầu tiên|đầu|cuối cùng|cuối)\s+(?:của\s+)?năm(?:\s+({_YEAR}))?(?![\d])",
        re.IGNORECASE)),
    ("quarter", re.compile(
        rf"quý\s+(iv|iii|ii|i|[1-4]|một|hai|ba|bốn|tư|đầu tiên|đầu|cuối cùng|cuối)(?![\w])"
        rf"(?:\s*(?:năm\s+)?(?:của\s+)?(?:năm\s+)?(?:{_YEAR_TAIL}|{_REL_YEAR}))?", re.IGNORECASE)),
    ("month_range", re.compile(
        rf"từ\s+tháng\s+(\d{{1,2}})\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(\d{{1,2}})(?:{_YEAR_TAIL})?",
        re.IGNORECASE)),
    ("day", re.compile(rf"(?:ngày|(?<![\w])(?:đến|tới|hết)(?:\s+ngày)?)\s+(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*({_YEAR}))?(?![\d/])", re.IGNORECASE)),
    ("month", re.compile(
        rf"tháng\s+(\d{{1,2}})(?!\d|[,.]\d)(?:(?:\s*/\s*|\s*-\s*|\s+năm\s+)({_YEAR})(?!\d)|\s+{_REL_YEAR})?",
        re.IGNORECASE)),
    ("year", re.compile(rf"(?:năm|niên độ|năm tài chính)\s+({_YEAR})(?![\d/])", re.IGNORECASE)),
    ("rel_year", re.compile(rf"(?<![\w])(?=[ncNC])(?:năm|cả năm)\s+{_REL_YEAR}(?![\w])", re.IGNORECASE)),
    ("in_year", re.compile(r"trong năm(?=\s*[,.;:]|\s+(?:đạt|ước|tăng|giảm|có|đã|này|vừa|\w+\s+(?:đạt|tăng|giảm)))",
                           re.IGNORECASE)),
    ("whole_year", re.compile(r"cả năm(?!\s+(?:\d|nay|ngoái|trước|qua|sau|tới))(?![\w])", re.IGNORECASE)),
    ("months_bare", re.compile(
        rf"(?<![\w])(?=[\dmhbnsbtcMHBNSTC])(?<!sau )(?<!vòng )(?<!mất )(?<!dài )(?<!khoảng )(?<!gần )(?<!hơn )"
        rf"{_NCOUNT}\s+tháng(?=\s*(?:,|đạt|ước|tăng|giảm|lên|qua,|vừa qua|đã|của năm|năm nay))",
        re.IGNORECASE)),
    ("bare_year", re.compile(rf"(?<![\w])(?=[tchsvđTCHSVĐ])(?:trong|cả|hết|sang|vào|của|đến)\s+({_YEAR})(?![\d/])", re.IGNORECASE)),
]
_AFTER_COUNT = re.compile(r"(?:\d|\b(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|nhiều|mấy|vài))\s+$",
                          re.IGNORECASE)
# "từ tháng 11/2020", "kể từ năm 2020": where a span starts, not the figure's period.
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:từ|kể từ|bắt đầu từ)\s*$", re.IGNORECASE)
_SINCE_KINDS = frozenset({"month", "day", "year", "bare_year", "quarter"})
_REFERENCE_BEFORE = re.compile(r"(?:so với|so cùng kỳ|cùng kỳ|so với cùng kỳ)\s*$", re.IGNORECASE)
_COMPARE = re.compile(
    rf"so\s+với\s+(cùng\s+kỳ\s*)?(?:(?:của\s+)?năm\s+)?(?:({_YEAR})(?!\d)|(năm\s+)?{_REL_YEAR}|"
    rf"(tháng|quý)\s+trước|(kế hoạch))?",
    re.IGNORECASE,
)


_COMPARE_EDGE = re.compile(rf"[\s,]*so\s+với\s+(cuối|đầu)\s+năm\s+(?:({_YEAR})(?!\d)|{_REL_YEAR})", re.IGNORECASE)


@dataclass(slots=True)
class PeriodMention:
    start: int
    end: int
    value: str | None
    is_reference: bool = False  # "so với năm 2024": what a change is measured against


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_span(year: int, first: int, last: int) -> str:
    if first == last:
        return _ym(year, first)
    return f"{_ym(year, first)}/{_ym(year, last)}"


def relative_year(word: str | None, ref: dt.date | None) -> int | None:
    if ref is None:
        return None
    word = (word or "nay").lower()
    if word == "nay":
        return ref.year
    if word in ("ngoái", "trước"):
        return ref.year - 1
    if word == "qua":
        return ref.year - 1 if ref.month <= 6 else ref.year
    if word in ("sau", "tới", "kế tiếp"):
        return ref.year + 1
    return None


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return COUNT_WORDS.get(word)


def _year_of(explicit: str | None, rel: str | None, ref: dt.date | None) -> int | None:
    if explicit:
        return int(explicit)
    return relative_year(rel, ref)


def _month_year(month: int, ref: dt.date | None) -> int | None:
    """The year of a bare "tháng 10": the reference year, or the year before
    when that month has not come yet."""
    if ref is None:
        return None
    return ref.year if month <= ref.month else ref.year - 1


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None) -> str | None:
    g = m.groups()
    if kind == "range_years":
        a, b = int(g[0]), int(g[1])
        return f"{a}/{b}" if a < b else None
    if kind == "to_date":  # "tính đến ngày 31/10/2025", "lũy kế đến hết tháng 2": the year to date
        month = g[1] or g[4] or g[6]
        year = g[2] or g[5] or g[7]
        if month is None or not 1 <= int(month) <= 12:
            return None
        y = int(year) if year else _month_year(int(month), ref)
        return month_span(y, 1, int(month)) if y else None
    if kind == "since_start_to":
        month = int(g[2])
        if not 1 <= month <= 12:
            return None
        y = int(g[0] or g[3]) if (g[0] or g[3]) else _month_year(month, ref)
        return month_span(y, 1, month) if y else None
    if kind == "first_month":
        y = int(g[1]) if g[1] else (ref.year if ref else None)
        if y is None:
            return None
        return _ym(y, 1 if g[0].lower().startswith("đầu") else 12)
    if kind == "since_start":
        y = int(g[0]) if g[0] else (ref.year if ref else None)
        if y is None:
            return None
        last = ref.month if ref and ref.year == y else 12
        return month_span(y, 1, last)
    if kind == "months_of_year":
        n = _count(g[0])
        y = _year_of(g[2], g[3], ref)
        if n is None or not 1 <= n <= 12 or y is None:
            return None
        if (g[1] or "").lower() == "cuối":
            return month_span(y, 13 - n, 12)
        return month_span(y, 1, n)
    if kind == "months_year":
        n = _count(g[0])
        if n is None or not 1 <= n <= 12:
            return None
        return month_span(int(g[1]), 1, n)
    if kind == "half":
        y = _year_of(g[1], g[2], ref)
        if y is None:
            return None
        return month_span(y, 1, 6) if g[0].lower() == "nửa đầu" else month_span(y, 7, 12)
    if kind == "quarter":
        q = ROMAN.get(g[0].lower())
        y = _year_of(g[1], g[2], ref)
        if q is None or y is None:
            return None
        return month_span(y, 3 * q - 2, 3 * q)
    if kind == "month_range":
        a, b = int(g[0]), int(g[1])
        if not (1 <= a < b <= 12):
            return None
        y = int(g[2]) if g[2] else _month_year(b, ref)
        return month_span(y, a, b) if y else None
    if kind == "day":
        d, mo = int(g[0]), int(g[1])
        y = int(g[2]) if g[2] else _month_year(mo, ref)
        try:
            return dt.date(y, mo, d).isoformat() if y else None
        except ValueError:
            return None
    if kind == "month":
        mo = int(g[0])
        if not 1 <= mo <= 12:
            return None
        y = int(g[1]) if g[1] else (relative_year(g[2], ref) if g[2] else _month_year(mo, ref))
        return _ym(y, mo) if y else None
    if kind in ("year", "bare_year"):
        return g[0]
    if kind in ("whole_year", "in_year"):
        return str(ref.year) if ref else None
    if kind == "months_bare":
        n = _count(g[0])
        if n is None or not 2 <= n <= 12 or ref is None:
            return None
        return month_span(ref.year, 1, n)
    if kind == "rel_year":
        y = relative_year(g[0], ref)
        return str(y) if y else None
    return None


# Words each pattern needs (lower case): a pattern whose words are all absent is not tried.
_NEEDS: dict[str, tuple[str, ...]] = {
    "range_years": ("giai đoạn", "thời kỳ", "nhiệm kỳ", "từ"), "to_date": ("tính", "lũy kế", "luỹ kế", "cộng dồn", "hết"),
    "since_start_to": ("từ đầu năm",), "since_start": ("từ đầu năm",), "months_of_year": ("tháng",),
    "months_year": ("tháng",), "half": ("nửa",), "first_month": ("tháng",), "quarter": ("quý",),
    "month_range": ("tháng",), "day": ("ngày", "đến", "tới", "hết"), "month": ("tháng",),
    "year": ("năm", "niên độ"), "rel_year": ("năm",), "in_year": ("trong năm",), "whole_year": ("cả năm",),
    "months_bare": ("tháng",),
}


def find_periods(text: str, ref: dt.date | None, start: int = 0, end: int | None = None) -> list[PeriodMention]:
    """Period expressions in ``text[start:end]``, longest first where they overlap."""
    end = len(text) if end is None else end
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    lowered = text[start:end].lower()
    for kind, pat in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None and not any(w in lowered for w in needs):
            continue
        for m in pat.finditer(text, start, end):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if kind in ("rel_year", "whole_year", "in_year", "first_month") and _AFTER_COUNT.search(text, max(0, m.start() - 12),
                                                                                      m.start()):
                continue  # "10 năm qua", "2 năm tới": a span of years, not a year
            value = _resolve(kind, m, ref)
            head = text[max(0, m.start() - 25) : m.start()]
            if kind in _SINCE_KINDS and _SINCE_BEFORE.search(head):
                value = None
            found.append(PeriodMention(m.start(), m.end(), value, bool(_REFERENCE_BEFORE.search(head))))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda p: p.start)
    return found


def shift_years(period: str | None, years: int) -> str | None:
    """ "2025-01/2025-09" shifted by -1 year -> "2024-01/2024-09"."""
    if not period:
        return None

    def shift(part: str) -> str:
        bits = part.split("-")
        try:
            bits[0] = f"{int(bits[0]) + years:04d}"
        except ValueError:
            return part
        return "-".join(bits)

    return "/".join(shift(p) for p in period.split("/"))


def previous_period(period: str | None, unit: str) -> str | None:
    """The month ("tháng") or quarter ("quý") before ``period``: "2026-09" ->
    "2026-08"; "2026-07/2026-09" -> "2026-04/2026-06"."""
    if not period:
        return None
    try:
        if unit == "tháng" and len(period) == 7:
            y, m = int(period[:4]), int(period[5:7])
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
            return _ym(y, m)
        if unit == "quý" and len(period) == 15:
            y, m = int(period[:4]), int(period[5:7])
            y, m = (y - 1, 10) if m == 1 else (y, m - 3)
            return month_span(y, m, m + 2)
    except ValueError:
        return None
    return None


def comparison_reference(text: str, pos: int, base_period: str | None, ref: dt.date | None,
                         limit: int = 60) -> tuple[str | None, int]:
    """The reference of a change stated at ``pos`` ("so với năm 2024" -> "2024";
    "so với cùng kỳ" -> the base period a year earlier); returns (reference, end)."""
    window = text[pos : pos + limit]
    edge = _COMPARE_EDGE.match(window)
    if edge:  # "so với cuối năm 2025": the end of that year
        y = int(edge.group(2)) if edge.group(2) else relative_year(edge.group(3), ref)
        if y:
            return _ym(y, 12 if edge.group(1).lower() == "cuối" else 1), pos + edge.end()
    m = _COMPARE.search(window)
    if not m or window[: m.start()].strip(" ,") and len(window[: m.start()].strip(" ,").split()) > 4:
        return None, pos
    same_period, year, _, rel, unit, plan = m.groups()
    end = pos + m.end()
    if year:
        return year, end
    if plan:
        return "plan", end
    if unit:
        return previous_period(base_period, unit.lower()), end
    if rel:
        if base_period and (same_period or rel.lower() in ("trước", "ngoái")):
            return shift_years(base_period if same_period else base_period[:4], -1), end
        y = relative_year(rel, ref)
        return (str(y) if y else None), end
    if same_period:
        return shift_years(base_period, -1), end
    return None, end
