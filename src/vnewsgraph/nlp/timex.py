"""Time expressions: find them in Vietnamese news text and resolve them to ISO values.

Resolution is against the publication date (``Document.reference_date``):

==============================  ===========================  ==========
text                            published 2026-02-06         precision
==============================  ===========================  ==========
"sáng nay (6/2)", "hôm nay"     2026-02-06                   day
"hôm qua", "chiều qua"          2026-02-05                   day
"ngày 24/6/1967"                1967-06-24                   day
"ngày 28/12" (published 5/1)    the nearest: 2025-12-28      day
"từ ngày 20 đến 22/10"          2026-10-20/2026-10-22        range
"hồi tháng 7/2024"              2024-07                      month
"tháng này", "tháng trước"      2026-02, 2026-01             month
"năm 2025", "cuối năm nay"      2025, 2026                   year
"tuần tới"                      2026-02-09/2026-02-15        range
"trước đó", "sau đó"            None                         relative
==============================  ===========================  ==========

A day and month without a year take the year that puts the date nearest the
publication date.  With no publication date at all, the year is inferred from
the latest explicitly dated month the text mentions (``attrs["inferred"]``; a full
date: the year nearest it, a month: the first such day after it),
or left unresolved (``value`` None, ``attrs`` keep ``month`` and ``day``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from vnewsgraph.model import Document, Timex

_PART = r"(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm|khuya)"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)"
_D = r"(?P<d>[0-3]?\d)"
_M = r"(?P<m>[01]?\d)"
_Y = r"(?P<y>1[89]\d\d|20\d\d|21\d\d)"
_SEP = r"[/.\-]"
# No digit or letter right before/after a number we take.
_NB = r"(?<![\w/.\-])"
_NA = r"(?![\w/]|[.\-]\d)"

_FLAGS = re.IGNORECASE


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # từ ngày 20 đến 22/10[/2026] ; từ 20-22/10 ; ngày 20 và 21/10
    ("day_range", re.compile(
        r"(?:từ\s+)?(?:ngày\s+)(?P<d1>[0-3]?\d)\s*(?:đến|tới|-|–|và)\s*(?:ngày\s+)?"
        + _D + _SEP + _M + r"(?:" + _SEP + _Y + r")?" + _NA, _FLAGS)),
    ("day_range", re.compile(
        r"(?:từ\s+)" + r"(?P<d1>[0-3]?\d)\s*(?:đến|tới|-|–)\s*" + _D + _SEP + _M
        + r"(?:" + _SEP + _Y + r")?" + _NA, _FLAGS)),
    # ngày 6 tháng 2 năm 2026
    ("dmy", re.compile(r"(?:ngày\s+)?" + _NB + _D + r"\s+tháng\s+" + _M + r"\s+năm\s+" + _Y + r"\b", _FLAGS)),
    # 24/6/1967, ngày 24-6-1967
    ("dmy", re.compile(r"(?:ngày\s+)?" + _NB + _D + r"(?P<s>[/.\-])" + _M + r"(?P=s)" + _Y + _NA, _FLAGS)),
    # ngày 6 tháng 2
    ("dm", re.compile(r"ngày\s+" + _D + r"\s+tháng\s+" + _M + r"\b(?!\s*(?:năm|/|-))", _FLAGS)),
    # ngày 6/2, sáng 6/2, (6/2), thứ Sáu, 6/2
    ("dm", re.compile(
        r"(?:(?:ngày|hôm)\s+|" + _PART + r"\s+(?:ngày\s+)?|" + _WEEKDAY + r"\s*[,(]?\s*(?:ngày\s+)?)"
        + _NB + _D + r"[/\-]" + _M + _NA, _FLAGS)),
    ("dm", re.compile(r"(?<=\()\s*(?:ngày\s+)?" + _D + r"[/\-]" + _M + r"(?=\s*\))", _FLAGS)),
    ("dm", re.compile(r"\b(?:từ|đến|tới)\s+" + _NB + _D + r"/" + _M + _NA, _FLAGS)),
    # quý I/2025, quý 2 năm 2025
    ("quarter", re.compile(r"quý\s+(?P<q>[iI]{1,3}|[iI][vV]|[1-4])\s*(?:/|năm\s+)" + _Y + r"\b", _FLAGS)),
    # 6 tháng đầu năm 2025, 9 tháng năm 2025
    ("months_of_year", re.compile(
        r"(?P<n>\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(?:(?P<y>1[89]\d\d|20\d\d)\b|(?P<nay>nay))", _FLAGS)),
    # tháng 7/2024, tháng 7 năm 2024, tháng 7-2024
    ("my", re.compile(r"tháng\s+" + _M + r"\s*(?:[/.\-]|\s+năm\s+)\s*" + _Y + r"\b", _FLAGS)),
    # tháng 7 (this year's, nearest)
    ("m", re.compile(r"(?<!\d\s)tháng\s+" + _M + r"\b(?!\s*(?:[/.\-]\s*\d|năm\s+\d))", _FLAGS)),
    ("my_rel", re.compile(r"tháng\s+" + _M + r"\s+năm\s+(?P<w>nay|ngoái|trước|tới|sau|qua)\b", _FLAGS)),
    ("rel_month", re.compile(r"(?<!\d\s)tháng\s+(?P<w>này|trước|tới|sau|qua|vừa\s+qua)\b", _FLAGS)),
    # giai đoạn 2026-2030, từ năm 2021 đến năm 2025
    ("year_range", re.compile(
        r"(?:giai\s+đoạn\s+|thời\s+kỳ\s+|từ\s+năm\s+)(?P<y1>1[89]\d\d|20\d\d)\s*(?:-|–|đến(?:\s+năm)?)\s*"
        + _Y + r"\b", _FLAGS)),
    ("year", re.compile(r"(?:(?P<mod>cuối|đầu|giữa)\s+)?năm\s+" + _Y + r"\b", _FLAGS)),
    ("rel_year", re.compile(
        r"(?:(?P<mod>cuối|đầu|giữa)\s+)?năm\s+(?P<w>nay|ngoái|trước|tới|sau|qua)\b", _FLAGS)),
    ("rel_week", re.compile(r"tuần\s+(?P<w>này|tới|sau|trước|qua)\b", _FLAGS)),
    ("rel_day", re.compile(r"(?:" + _PART + r"|ngày)\s+(?P<w>mai)\b", _FLAGS)),
    ("rel_day", re.compile(r"" + _PART + r"\s+(?P<w>nay|qua)\b", _FLAGS)),
    ("rel_day", re.compile(r"(?:ngày\s+)?(?P<w>hôm\s+(?:nay|qua|kia))\b", _FLAGS)),
    ("anchor", re.compile(r"(?P<w>trước\s+đó|sau\s+đó)\b", _FLAGS)),
    ("same_day", re.compile(r"(?:" + _PART + r"\s+)?(?:cùng\s+ngày|ngày\s+hôm\s+đó)\b", _FLAGS)),
]

# A word each kind of expression cannot do without: skip the pattern when absent.
_NEEDS = {"quarter": "quý", "months_of_year": "tháng", "my": "tháng", "m": "tháng", "my_rel": "tháng",
          "rel_month": "tháng", "year_range": "20", "rel_week": "tuần", "anchor": " đó", "same_day": "ngày"}

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _valid(year: int, month: int, day: int | None = None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _nearest_year(ref: dt.date, month: int, day: int) -> int | None:
    """The publication year, unless the date lies across a year boundary close
    to ``ref`` ("28/12" written on 5 January is last December)."""
    if month == 2 and day == 29:
        candidates = [y for y in (ref.year, ref.year - 1, ref.year + 1) if _valid(y, month, day)]
        return candidates[0] if candidates else None
    if not _valid(ref.year, month, day):
        return None
    same = dt.date(ref.year, month, day)
    if abs((same - ref).days) > 183:
        shifted = ref.year + (1 if same < ref else -1)
        if abs((dt.date(shifted, month, day) - ref).days) <= 92:
            return shifted
    return ref.year


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# Case-sensitive twins of the patterns, run over the lower-cased text (much faster
# than IGNORECASE on Vietnamese); used whenever lower-casing keeps every offset.
# A look-ahead on the first character lets the engine skip most positions fast.
_FIRST_CHAR = {"dmy": "[n0-9]", "year": "[cđgn]", "rel_year": "[cđgn]", "day_range": "[tn]"}
_LOWER_PATTERNS = [
    (kind, re.compile((f"(?={_FIRST_CHAR[kind]})" if kind in _FIRST_CHAR else "") + "(?:" + p.pattern + ")"))
    for kind, p in _PATTERNS
]


def find_time_expressions(text: str) -> list[_Hit]:
    """Non-overlapping matches, earliest first, the longest at each position."""
    hits: list[_Hit] = []
    lowered = text.lower()
    patterns, subject = (_LOWER_PATTERNS, lowered) if len(lowered) == len(text) else (_PATTERNS, text)
    for kind, pattern in patterns:
        if kind in _NEEDS and _NEEDS[kind] not in lowered:
            continue
        for m in pattern.finditer(subject):
            if m.end() > m.start():
                hits.append(_Hit(m.start(), m.end(), kind, m.groupdict()))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[_Hit] = []
    last_end = -1
    for hit in hits:
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen


def _infer_reference(hits: list[_Hit]) -> tuple[int, int, int] | None:
    """(year, month, day) of the latest explicitly dated month or day in the text (day 0
    for a month)."""
    best: tuple[int, int, int] | None = None
    for hit in hits:
        g = hit.groups
        if hit.kind in ("dmy", "my") and g.get("y") and g.get("m"):
            year, month = int(g["y"] or 0), int(g["m"] or 0)
            day = int(g.get("d") or 0) if hit.kind == "dmy" else 0
            if day and not _valid(year, month, day):
                day = 0
            if 1 <= month <= 12 and (best is None or (year, month, day) > best):
                best = (year, month, day)
    return best


class _Resolver:
    def __init__(self, ref: dt.date | None, inferred: tuple[int, int, int] | None) -> None:
        self.ref = ref
        self.inferred = inferred

    def day_month_year(self, month: int, day: int) -> tuple[int | None, bool]:
        """Year for a day/month written without one, and whether it was inferred."""
        if self.ref is not None:
            return _nearest_year(self.ref, month, day), False
        if self.inferred is not None:
            year, ref_month, ref_day = self.inferred
            if ref_day:
                # a full date in the text ("Ngày 14/7/2025 …, tối 13/7"): the nearest year
                return _nearest_year(dt.date(year, ref_month, ref_day), month, day), True
            # An article names the month of an earlier happening with its
            # year; a later day without a year falls after it.
            return (year if month > ref_month else year + 1), True
        return None, False

    def resolve(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        handler: Callable[[_Hit], tuple[str | None, str, dict[str, object]]] = getattr(self, "_" + hit.kind)
        return handler(hit)

    def _dmy(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        g = hit.groups
        year, month, day = int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)
        if not _valid(year, month, day):
            return None, "day", {"invalid": True}
        return dt.date(year, month, day).isoformat(), "day", {}

    def _dm(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        g = hit.groups
        month, day = int(g["m"] or 0), int(g["d"] or 0)
        attrs: dict[str, object] = {"month": month, "day": day}
        year, inferred = self.day_month_year(month, day)
        if year is None or not _valid(year, month, day):
            return None, "day", attrs
        if inferred:
            attrs["inferred"] = True
        return dt.date(year, month, day).isoformat(), "day", attrs

    def _day_range(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        g = hit.groups
        month, d1, d2 = int(g["m"] or 0), int(g["d1"] or 0), int(g["d"] or 0)
        attrs: dict[str, object] = {"month": month, "day": d1}
        if g.get("y"):
            year: int | None = int(g["y"] or 0)
            inferred = False
        else:
            year, inferred = self.day_month_year(month, d1)
        if year is None or not (_valid(year, month, d1) and _valid(year, month, d2)) or d2 < d1:
            return None, "range", attrs
        first, last = dt.date(year, month, d1), dt.date(year, month, d2)
        attrs.update(start=first.isoformat(), end=last.isoformat())
        if inferred:
            attrs["inferred"] = True
        return f"{first.isoformat()}/{last.isoformat()}", "range", attrs

    def _my(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        year, month = int(hit.groups["y"] or 0), int(hit.groups["m"] or 0)
        if not _valid(year, month):
            return None, "month", {"invalid": True}
        return f"{year:04d}-{month:02d}", "month", {}

    def _m(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        month = int(hit.groups["m"] or 0)
        if not 1 <= month <= 12:
            return None, "month", {"invalid": True}
        year, inferred = self.day_month_year(month, 15)
        if year is None:
            return None, "month", {"month": month}
        attrs: dict[str, object] = {"inferred": True} if inferred else {}
        return f"{year:04d}-{month:02d}", "month", attrs

    def _my_rel(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        month = int(hit.groups["m"] or 0)
        word = (hit.groups["w"] or "").lower()
        delta = {"nay": 0, "ngoái": -1, "trước": -1, "qua": -1, "tới": 1, "sau": 1}[word]
        if self.ref is None or not 1 <= month <= 12:
            return None, "relative", {"month": month, "years": delta}
        return f"{self.ref.year + delta:04d}-{month:02d}", "month", {"relative": True}

    def _rel_month(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        word = re.sub(r"\s+", " ", (hit.groups["w"] or "").lower())
        delta = {"này": 0, "trước": -1, "qua": -1, "vừa qua": -1, "tới": 1, "sau": 1}[word]
        if self.ref is None:
            return None, "relative", {"months": delta}
        year, month = _month_shift(self.ref.year, self.ref.month, delta)
        return f"{year:04d}-{month:02d}", "month", {"relative": True}

    def _quarter(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        q_text = (hit.groups["q"] or "").upper()
        quarter = _ROMAN.get(q_text) or int(q_text)
        year = int(hit.groups["y"] or 0)
        first, last = 3 * quarter - 2, 3 * quarter
        return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", "range", {"quarter": quarter}

    def _months_of_year(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        n = int(hit.groups["n"] or 0)
        if hit.groups.get("y"):
            year: int | None = int(hit.groups["y"] or 0)
        else:
            year = self.ref.year if self.ref else None
        if year is None or not 1 <= n <= 12:
            return None, "range", {"months": n}
        if n == 12:
            return f"{year:04d}", "year", {}
        return f"{year:04d}-01/{year:04d}-{n:02d}", "range", {"months": n}

    def _year_range(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        y1, y2 = int(hit.groups["y1"] or 0), int(hit.groups["y"] or 0)
        if y2 < y1:
            return None, "range", {"invalid": True}
        return f"{y1:04d}/{y2:04d}", "range", {}

    def _year(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        attrs: dict[str, object] = {}
        if hit.groups.get("mod"):
            attrs["mod"] = (hit.groups["mod"] or "").lower()
        return f"{int(hit.groups['y'] or 0):04d}", "year", attrs

    def _rel_year(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        word = (hit.groups["w"] or "").lower()
        delta = {"nay": 0, "ngoái": -1, "trước": -1, "qua": -1, "tới": 1, "sau": 1}[word]
        attrs: dict[str, object] = {"relative": True}
        if hit.groups.get("mod"):
            attrs["mod"] = (hit.groups["mod"] or "").lower()
        if self.ref is None:
            return None, "relative", {**attrs, "years": delta}
        return f"{self.ref.year + delta:04d}", "year", attrs

    def _rel_week(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        word = (hit.groups["w"] or "").lower()
        delta = {"này": 0, "tới": 1, "sau": 1, "trước": -1, "qua": -1}[word]
        if self.ref is None:
            return None, "relative", {"weeks": delta}
        monday = self.ref - dt.timedelta(days=self.ref.weekday()) + dt.timedelta(weeks=delta)
        sunday = monday + dt.timedelta(days=6)
        return f"{monday.isoformat()}/{sunday.isoformat()}", "range", {"weeks": delta}

    def _rel_day(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        raw = (hit.groups["w"] or "").lower().split()[-1]
        delta = {"nay": 0, "qua": -1, "kia": -2, "mai": 1}[raw]
        if self.ref is None:
            return None, "relative", {"days": delta}
        return (self.ref + dt.timedelta(days=delta)).isoformat(), "day", {"relative": True}

    def _anchor(self, hit: _Hit) -> tuple[str | None, str, dict[str, object]]:
        word = re.sub(r"\s+", " ", (hit.groups["w"] or "").lower())
        return None, "relative", {"anchor": "before" if word.startswith("trước") else "after"}


def tag_time_expressions(text: str, reference: dt.date | None) -> list[Timex]:
    """All time expressions of ``text`` resolved against ``reference``."""
    hits = find_time_expressions(text)
    resolver = _Resolver(reference, None if reference else _infer_reference(hits))
    out: list[Timex] = []
    last_day: str | None = None
    for hit in hits:
        if hit.kind == "same_day":
            # "chiều cùng ngày": the day named last
            out.append(Timex(hit.start, hit.end, last_day, "day", {"kind": hit.kind, "anchor": "same"}))
            continue
        value, precision, attrs = resolver.resolve(hit)
        if value and precision == "day":
            last_day = value
        attrs["kind"] = hit.kind
        out.append(Timex(hit.start, hit.end, value, precision, attrs))
    return out


def resolve_expression(expression: str, reference: dt.date | None) -> str | None:
    """The ISO value of the first time expression in ``expression`` (or None)."""
    found = tag_time_expressions(expression, reference)
    return found[0].value if found else None


class TimexTagger:
    """Pipeline component: ``doc.timexes`` resolved against ``doc.reference_date``."""

    name = "timex"
    version = "1"
    requires = ("sentences", "tokens")
    assigns = ("timexes",)

    def __call__(self, doc: Document) -> Document:
        doc.timexes = tag_time_expressions(doc.text, doc.reference_date)
        return doc
