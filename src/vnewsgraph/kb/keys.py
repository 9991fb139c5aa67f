"""Matching keys for cross-document resolution (names, acronyms, indicators).

Name keys are case- and tone-placement-insensitive but keep the diacritics:
"Hùng" and "Hưng" are different names, "Thuỷ" and "Thủy" are the same.
Indicator keys are diacritic-folded content words, so that outlets' wordings
of one measure ("kim ngạch thương mại hai chiều", "tổng kim ngạch thương mại
hai nước") share a key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from vnewsgraph.normalize.unicode import fold_diacritics, normalize_tones

_NON_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9&\-.]{1,9}$")

# Particles, function words and verbs that outlets add or drop around a measure
# ("phấn đấu sớm nâng kim ngạch…", "là điểm sáng khi kim ngạch…").
INDICATOR_STOPWORDS = frozenset(
    """tong cac nhung cua giua voi va hai chieu nuoc song phuong dat len la trong o tai
    ve cho theo thi muc con so khoang gan hon tren duoi nay do ay ben phia moi
    som dua nang khi se da duoc vao uoc tang giam nhu cung van""".split()
)
INDICATOR_STOP_PHRASES = ("phan dau", "muc tieu", "du kien", "diem sang", "uoc tinh", "huong toi", "du bao")


def name_key(form: str) -> str:
    """Lowercase, NFC, canonical tone placement, punctuation as spaces."""
    text = unicodedata.normalize("NFC", form)
    text = normalize_tones(text).casefold()
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return _SPACES.sub(" ", text).strip()


def is_acronym(form: str) -> bool:
    stripped = form.strip()
    return bool(_ACRONYM.match(stripped)) and sum(c.isalpha() for c in stripped) >= 2


def acronym_of(form: str) -> str | None:
    """Initials of a multi-word name ("Ngân hàng Nhà nước" -> "NHNN"), or None."""
    words = [w for w in name_key(form).split() if w]
    if len(words) < 3:
        return None
    return fold_diacritics("".join(w[0] for w in words)).upper()


def entity_keys(name: str, aliases: Iterable[str], type_: str) -> list[str]:
    """Keys under which an entity with these surface forms can be matched.

    ``n:`` full form, ``s:`` the same without spaces ("Hun Sen" ~ "Hunsen"),
    ``A:`` an acronym written as such, ``D:`` an acronym derived from a long
    name (matched only against written acronyms, never against another
    derived one: "Bộ Công Thương" and "Bộ Chính trị" are both "BCT").
    PERSON keys need at least two syllables: a lone "Hùng" is never merged.
    """
    keys: list[str] = []
    if type_ == "PERSON":
        # An alias that shares no word with the name ("Tổng Bí thư" given as an alias
        # of "Tô Lâm") could name anyone: it is kept for display, not for matching.
        own = set(name_key(name).split())
        squashed = name_key(name).replace(" ", "")
        aliases = [a for a in aliases
                   if own & set(name_key(a).split()) or name_key(a).replace(" ", "") == squashed]
    for form in [name, *aliases]:
        if not form or not form.strip():
            continue
        key = name_key(form)
        if not key:
            continue
        if type_ in ("ORGANIZATION", "MISC") and is_acronym(form):
            keys.append("A:" + fold_diacritics(form.strip()).upper().replace(".", ""))
            continue
        tokens = key.split()
        if type_ == "PERSON" and len(tokens) < 2:
            # A lone syllable ("Hùng") is never a key; a run-together foreign
            # name ("Hunsen") may still meet "Hun Sen" through its squashed form.
            if len(_VOWEL_GROUPS.findall(fold_diacritics(key))) >= 2 and len(key) >= 6:
                keys.append("s:" + key)
            continue
        if len(key) < 2:
            continue
        keys.append("n:" + key)
        squashed = key.replace(" ", "")
        if len(tokens) >= 2 and len(squashed) >= 6:
            keys.append("s:" + squashed)
        if type_ in ("ORGANIZATION", "MISC"):
            acr = acronym_of(form)
            if acr:
                keys.append("D:" + acr)
    return list(dict.fromkeys(keys))


def lookup_keys(key: str) -> list[str]:
    """The stored keys a key may match (see :func:`entity_keys`)."""
    if key.startswith("A:"):
        return [key, "D:" + key[2:]]
    if key.startswith("D:"):
        return ["A:" + key[2:]]
    return [key]


def fold(text: str) -> str:
    """Diacritic-folded lowercase copy for search ("Tô Lâm" -> "to lam")."""
    return fold_diacritics(unicodedata.normalize("NFC", text))


def indicator_tokens(indicator: str | None) -> frozenset[str]:
    if not indicator:
        return frozenset()
    folded = " " + _NON_WORD.sub(" ", fold(indicator)) + " "
    for phrase in INDICATOR_STOP_PHRASES:
        folded = folded.replace(f" {phrase} ", " ")
    words = folded.split()
    content = [w for w in words if w not in INDICATOR_STOPWORDS and not w.isdigit()]
    return frozenset(content or words)


def indicator_key(indicator: str | None) -> str:
    return " ".join(sorted(indicator_tokens(indicator)))


def indicator_similarity(a: str, b: str) -> float:
    """Jaccard similarity of two indicator keys; containment of 2+ words counts as a match."""
    sa, sb = set(a.split()), set(b.split())
    if not sa or not sb:
        return 1.0 if sa == sb else 0.0
    inter = len(sa & sb)
    if inter >= 2 and (sa <= sb or sb <= sa):
        return max(0.8, inter / len(sa | sb))
    return inter / len(sa | sb)


def search_terms(query: str) -> list[str]:
    """Folded word terms of a search query."""
    return [t for t in _NON_WORD.sub(" ", fold(query)).split() if t]


def search_key(text: str) -> str:
    """The folded words of ``text`` between spaces, for word-start LIKE matching (" to lam ")."""
    return " " + " ".join(search_terms(text)) + " "
