"""Normalise raw article text: NFC, one tone-mark placement, clean whitespace.

Returns the normalised text and an offset map (one entry per character of the
result, plus one for the end) pointing back into the raw text.

Tone placement convention: the "old style" used by most Vietnamese news
outlets: in an open syllable whose vowel cluster is oa, oe or uy the tone sits
on the first vowel (``hòa``, ``khỏe``, ``thủy``); the new-style forms
(``hoà``, ``khoẻ``, ``thuỷ``) are rewritten to it.  A closed syllable keeps the
tone on its last vowel (``hoàn``, ``thuyết``); a vowel with a diacritic
(â ă ê ô ơ ư) carries the tone (on ơ in ươ).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Marks that survive as vowel modifiers: circumflex, breve, horn.
MODIFIER_MARKS = {"\u0302", "\u0306", "\u031b"}
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}
SPACE_LIKE = {"\u00a0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
              "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\t", "\x0b", "\x0c"}
LINE_BREAKS = {"\r", "\n", "\u2028", "\u2029", "\x85"}

VOWELS = set("aăâeêioôơuưy")
MODIFIED = set("ăâêôơư")
ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
CODAS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")


def _split_tone(syllable: str) -> tuple[str, str | None]:
    """Return the syllable without its tone mark (NFC) and the tone mark."""
    tone = None
    kept = []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in TONE_MARKS:
            if tone is not None:
                return syllable, None  # two tones: not a Vietnamese syllable
            tone = ch
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)), tone


@lru_cache(maxsize=65536)
def place_tone(word: str) -> str:
    """Rewrite one word to the canonical tone placement; other words unchanged."""
    base, tone = _split_tone(word)
    if tone is None:
        return word
    lower = base.lower()
    onset = ""
    for o in ONSETS:
        if lower.startswith(o):
            onset = o
            break
    rest = lower[len(onset):]
    # "gi" + vowel: i belongs to the onset; "gi" alone ("gì"): i is the vowel.
    if onset == "gi" and not rest:
        onset, rest = "g", lower[1:]
    i = 0
    while i < len(rest) and rest[i] in VOWELS:
        i += 1
    vowels, coda = rest[:i], rest[i:]
    if not vowels or coda not in CODAS or len(vowels) > 3:
        return word
    # Which vowel carries the tone (index within `vowels`).
    mod_positions = [k for k, v in enumerate(vowels) if v in MODIFIED]
    if mod_positions:
        pos = mod_positions[-1] if "ơ" in vowels else mod_positions[0]
    elif len(vowels) == 1:
        pos = 0
    elif coda:
        pos = len(vowels) - 1
    else:
        pos = len(vowels) - 2
    target = len(onset) + pos
    chars = list(base)
    composed = unicodedata.normalize("NFC", unicodedata.normalize("NFD", chars[target]) + tone)
    if len(composed) != 1:
        return word
    chars[target] = composed
    result = "".join(chars)
    # Only ever a length-preserving rewrite of a well-formed syllable (offsets stay valid).
    return result if len(result) == len(word) else word


def normalize_tones(text: str) -> str:
    """Apply :func:`place_tone` to every word; length-preserving on NFC text."""
    return _WORD.sub(lambda m: place_tone(m.group(0)), text)


def normalize_text(raw: str) -> tuple[str, list[int]]:
    """Normalise ``raw`` and return ``(text, offset_map)``.

    ``offset_map[i]`` is the index in ``raw`` where ``text[i]`` came from;
    ``offset_map[len(text)]`` is ``len(raw)``-ish end position of the last char.
    """
    out: list[str] = []
    omap: list[int] = []
    # Pass 0: drop zero-width characters, keeping each kept char's raw index.
    if any(z in raw for z in ZERO_WIDTH):
        idx = [k for k, c in enumerate(raw) if c not in ZERO_WIDTH]
        src = "".join(raw[k] for k in idx)
    else:
        idx = list(range(len(raw)))
        src = raw
    n = len(src)
    i = 0
    # Pass 1: NFC per grapheme cluster, drop control chars, unify spaces and line breaks.
    while i < n:
        ch = src[i]
        j = i + 1
        while j < n and unicodedata.combining(src[j]):
            j += 1
        if ch in LINE_BREAKS:
            if ch == "\r" and i + 1 < n and src[i + 1] == "\n":
                j = max(j, i + 2)
            out.append("\n")
            omap.append(idx[i])
            i = j
            continue
        if ch in SPACE_LIKE or ch == " ":
            out.append(" ")
            omap.append(idx[i])
            i = j
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs"):
            i = j
            continue
        composed = unicodedata.normalize("NFC", src[i:j])
        for c in composed:
            out.append(c)
            omap.append(idx[i])
        i = j
    # Pass 2: whitespace: collapse spaces, strip around line breaks, at most one blank line.
    text2: list[str] = []
    map2: list[int] = []
    k = 0
    m = len(out)
    while k < m:
        c = out[k]
        if c == " " or c == "\n":
            s = k
            newlines = 0
            while k < m and out[k] in (" ", "\n"):
                if out[k] == "\n":
                    newlines += 1
                k += 1
            if not text2 or k >= m:
                continue  # leading/trailing whitespace dropped
            if newlines == 0:
                text2.append(" ")
                map2.append(omap[s])
            else:
                first_nl = next(p for p in range(s, k) if out[p] == "\n")
                for _ in range(min(newlines, 2)):
                    text2.append("\n")
                    map2.append(omap[first_nl])
            continue
        text2.append(c)
        map2.append(omap[k])
        k += 1
    text = normalize_tones("".join(text2))
    map2.append(len(raw) if not map2 else min(len(raw), _end_of(raw, map2[-1])))
    return text, map2


def _end_of(raw: str, start: int) -> int:
    j = start + 1
    while j < len(raw) and unicodedata.combining(raw[j]):
        j += 1
    return j


def fold_diacritics(text: str) -> str:
    """Lowercase ASCII folding for search keys: 'Tô Lâm' -> 'to lam', 'đ' -> 'd'."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "d")
