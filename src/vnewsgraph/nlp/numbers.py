"""Numbers as Vietnamese news writes them, with their unit and qualifier.

``parse_number`` reads one number phrase: digits with a decimal comma and a
thousands dot ("11,33", "20.000", "1.234,5"), English-style copies ("1,200",
"3.5") when the style says so, scale words ("11,33 tỷ", "1 triệu 200 nghìn",
"20 nghìn tỷ") and number words ("hai mươi nghìn", "một trăm linh năm",
"ba triệu rưỡi").  It returns ``None`` for anything it cannot read and never
raises.

``find_quantities`` scans a text for figures that state a quantity (money,
percentages, physical measures, multiples, counts of things) and returns
:class:`~vnewsgraph.model.Quantity` objects; years, dates, times of day,
ordinals, phone numbers and numbers inside names are left out.  Units and
cue words come from ``resources/units.tsv`` and ``resources/fact_cues.tsv``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from vnewsgraph.model import Quantity
from vnewsgraph.nlp.resources import read_lines

# --------------------------------------------------------------------------- words

DIGIT_WORDS: dict[str, int] = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
SCALE_WORDS: dict[str, float] = {
    "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tr": 1e6, "tỷ": 1e9, "tỉ": 1e9,
}
_TENS_ONLY = {"mốt", "lăm", "nhăm", "tư"}  # only after "mươi"/"mười" ("hai mươi mốt")
_OTHER_WORDS = {"mười", "mươi", "trăm", "linh", "lẻ", "rưỡi", "rưởi", "nửa", "chục"}
NUMBER_WORDS = frozenset(DIGIT_WORDS) | frozenset(SCALE_WORDS) | _OTHER_WORDS

_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def parse_numeral(text: str, style: str | None = None) -> float | None:
    """Read digits with separators: Vietnamese by default ("1.234,5"), English
    ("1,234.5") when ``style == "en"``; unambiguous forms are read either way."""
    if not _NUMERAL.fullmatch(text or "") or len(text) > 40:
        return None  # not a number, or too long to be a figure (an id, a run of digits)
    dots, commas = text.count("."), text.count(",")
    try:
        if dots and commas:
            dec = "." if text.rfind(".") > text.rfind(",") else ","
            thou = "," if dec == "." else "."
            head, frac = text.rsplit(dec, 1)
            if dec in head:
                return None
            groups = head.split(thou)
            if not _valid_groups(groups):
                return None
            return float("".join(groups) + "." + frac)
        if not dots and not commas:
            return float(text)
        sep = "." if dots else ","
        parts = text.split(sep)
        if len(parts) > 2:
            return float("".join(parts)) if _valid_groups(parts) else None
        head, tail = parts
        if len(tail) != 3 or len(head) > 3 or (head.startswith("0")):
            return float(head + "." + tail)  # "11,33", "3.5", "0,125"
        thousands_sep = "," if style == "en" else "."
        if sep == thousands_sep:
            return float(head + tail)
        return float(head + "." + tail)
    except ValueError:
        return None


def _valid_groups(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and not (groups[0].startswith("0") and len(groups[0]) > 1) and all(
        len(g) == 3 for g in groups[1:]
    )


_SEPARATED = re.compile(r"\d+(?:[.,]\d+)+")


def detect_style(text: str) -> str:
    """"en" when the text groups thousands with commas ("1,200,000", "1,234.5"),
    else "vi".  Only grouping votes: a stray English decimal ("tăng 2.5%") in
    a Vietnamese article must not turn its "20.000 USD" into 20."""
    en = vi = 0
    for m in _SEPARATED.finditer(text):
        num = m.group(0)
        if m.start() > 0 and text[m.start() - 1] in "/.,":
            continue
        dots, commas = num.count("."), num.count(",")
        tail = len(num) - max(num.rfind("."), num.rfind(",")) - 1
        if dots and commas:
            if num.rfind(".") > num.rfind(","):
                en += 1
            else:
                vi += 1
        elif commas > 1:
            en += 1
        elif dots > 1:
            vi += 1
        elif commas and tail != 3:
            vi += 1  # "11,33": a Vietnamese decimal comma
    return "en" if en > vi else "vi"


def fold_number(parts: list[float | str]) -> float | None:
    """Combine numerals, number words and scale words into one value.

    ``[1.0, "triệu", 200.0, "nghìn"]`` -> 1200000; ``["hai", "mươi", "nghìn"]``
    -> 20000; ``[20.0, "nghìn", "tỷ"]`` -> 2e13.  ``None`` when the sequence is
    not a well-formed number.
    """
    total = 0.0  # closed groups (above the current scale)
    group = 0.0  # the group below 1000 being read
    pending: float | None = None  # a digit or numeral not yet placed
    last = ""  # what the previous part was
    last_scale = 0.0
    last_added = 0.0
    for part in parts:
        if isinstance(part, float):
            if last not in ("", "scale") or (last == "scale" and part >= last_scale):
                return None  # "1 triệu 2000 triệu" is not one number
            pending, last = part, "num"
            continue
        word = part.lower()
        if word in DIGIT_WORDS:
            if last not in ("", "scale", "mươi", "linh", "trăm"):
                return None
            if word in _TENS_ONLY and last != "mươi" and not (word == "tư" and last == "trăm"):
                return None
            d = float(DIGIT_WORDS[word])
            if last in ("mươi", "linh"):
                group += d
                last = "unit"
            elif last == "trăm":
                pending, last = d, "digit_after_trăm"
            else:
                pending, last = d, "digit"
        elif word == "mười":
            if last not in ("", "scale", "trăm"):
                return None
            group += 10
            last = "mươi"
        elif word in ("mươi", "chục"):
            if last not in ("digit", "digit_after_trăm") or pending is None or (word == "mươi" and pending < 2):
                return None
            group += pending * 10
            pending, last = None, "mươi"
        elif word == "trăm":
            if last not in ("", "scale", "digit", "num"):
                return None
            group += (1.0 if pending is None else pending) * 100
            pending, last = None, "trăm"
        elif word in ("linh", "lẻ"):
            if last != "trăm":
                return None
            last = "linh"
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            if last == "digit_after_trăm" and pending is not None:
                group += pending * 10  # "hai trăm tư nghìn" = 240 nghìn
                pending = None
            amount = group + (pending or 0.0)
            if last == "scale" and scale <= last_scale:
                return None  # "tỷ tỷ", "triệu nghìn"
            if last == "scale" and scale > last_scale:
                total += last_added * (scale - 1)  # "nghìn tỷ"
                last_added *= scale
                last_scale *= scale
            else:
                if last == "linh":
                    return None
                if last == "":
                    amount = 1.0  # "triệu người"
                if last_scale and scale >= last_scale:
                    return None
                last_added = amount * scale
                total += last_added
                last_scale = scale
            group, pending, last = 0.0, None, "scale"
        elif word in ("rưỡi", "rưởi"):
            if last == "scale":
                total += last_scale / 2  # "3 triệu rưỡi"
            elif last == "trăm":
                group += 50
            else:
                return None
            last = "half"
        elif word == "nửa":
            if last != "":
                return None
            pending, last = 0.5, "digit"
        else:
            return None
    if last in ("", "linh"):
        return None
    if last == "digit_after_trăm" and pending is not None:
        group += pending * 10
        pending = None
    return total + group + (pending or 0.0)


_SPLIT = re.compile(r"\s+")


def parse_number(text: str, style: str | None = None) -> float | None:
    """The value of a number phrase ("1.234,5", "11,33 tỷ", "1 triệu 200 nghìn",
    "hai mươi nghìn"), or ``None``."""
    if not isinstance(text, str):
        return None
    parts: list[float | str] = []
    for piece in _SPLIT.split(text.strip()):
        if not piece:
            continue
        if piece[0].isdigit():
            value = parse_numeral(piece, style)
            if value is None:
                return None
            parts.append(value)
        else:
            parts.append(piece)
    try:
        value = fold_number(parts)
    except (OverflowError, ValueError):
        return None
    return value if value is not None and math.isfinite(value) else None


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True)
class UnitEntry:
    unit: str
    cls: str  # currency | percent | pp | measure | times | duration
    factor: float
    blocked: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicons:
    units: dict[str, UnitEntry]
    unit_re: re.Pattern[str]
    cues: dict[str, list[tuple[str, str]]]  # role -> [(cue, value)], longest first


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    units: dict[str, UnitEntry] = {}
    for row in read_lines("units.tsv"):
        if len(row) < 3:
            continue
        factor = float(row[3]) if len(row) > 3 and row[3] else 1.0
        blocked = frozenset(w for w in (row[4].split(",") if len(row) > 4 else []) if w)
        units.setdefault(row[0].lower(), UnitEntry(row[1], row[2], factor, blocked))
    forms = sorted(units, key=len, reverse=True)
    alts = "|".join(re.escape(f) + (r"(?![^\W_])" if f[-1].isalnum() else "") for f in forms)
    unit_re = re.compile(r"[ \t]?(?:" + alts + ")", re.IGNORECASE)
    cues: dict[str, list[tuple[str, str]]] = {}
    for row in read_lines("fact_cues.tsv"):
        if len(row) >= 3:
            cues.setdefault(row[1], []).append((row[0].lower(), row[2]))
    for lst in cues.values():
        lst.sort(key=lambda cv: len(cv[0]), reverse=True)
    return Lexicons(units, unit_re, cues)


@cache
def cue_pattern(role: str, anchored: str) -> re.Pattern[str]:
    """A regex for the cue words of one role, anchored at the end ("end") of a
    prefix or at the start ("start") of a suffix; group 1 is the cue."""
    cues = [c for c, _ in lexicons().cues.get(role, [])]
    alts = "|".join(re.escape(c) for c in cues) or "(?!)"
    if anchored == "end":
        return re.compile(r"(?:^|(?<=[^\w]))(" + alts + r")\s*$", re.IGNORECASE)
    return re.compile(r"\s*(" + alts + r")(?![^\W_])", re.IGNORECASE)  # use with .match(text, pos)


def cue_value(role: str, cue: str) -> str | None:
    cue = cue.lower()
    for c, v in lexicons().cues.get(role, []):
        if c == cue:
            return v
    return None


def find_quantities(text: str, style: str | None = None, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Figures in ``text[start:end]`` that state a quantity (see ``number_scan``)."""
    from vnewsgraph.nlp.number_scan import find_quantities as scan

    return scan(text, style, start, end)

__all__ = [
    "DIGIT_WORDS", "SCALE_WORDS", "NUMBER_WORDS", "Quantity", "detect_style", "fold_number",
    "parse_numeral", "parse_number", "find_quantities", "lexicons", "cue_pattern", "cue_value",
]
