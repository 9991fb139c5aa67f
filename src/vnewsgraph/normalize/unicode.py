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


# Plain vowels carrying a tone. A word in which one of them follows another vowel is
# the only kind whose tone can sit on the "wrong" vowel of its cluster (hoà, thuỷ,
# ừơ…); a tone on a modified vowel (â ă ê ô ơ) is already canonical.
_TONED = "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵừứửữự"
# Where a word may need its tone moved: a toned plain vowel right after another
# vowel, or a combining mark. Found with a cheap scan; the word around is then checked.
_CORE = re.compile("[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY][" + _TONED + _TONED.upper() + "]|[\u0300-\u036f]")
_WORD_AT = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_TONE_CACHE: dict[str, str] = {}


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or "\u0300" <= ch <= "\u036f"


def normalize_tones(text: str) -> str:
    """Apply :func:`place_tone` to every word that may need it; length-preserving on NFC text."""
    pieces: list[str] = []
    last = 0
    done = 0
    for m in _CORE.finditer(text):
        start = m.start()
        if start < done:
            continue  # inside a word already checked
        while start > 0 and _is_letter(text[start - 1]):
            start -= 1
        word_match = _WORD_AT.match(text, start)
        end = word_match.end() if word_match else m.end()
        done = end
        word = text[start:end]
        fixed = _TONE_CACHE.get(word)
        if fixed is None:
            fixed = place_tone(word)
            if len(_TONE_CACHE) < 200_000:
                _TONE_CACHE[word] = fixed
        if fixed != word:
            pieces.append(text[last:start])
            pieces.append(fixed)
            last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# Characters that need the slow, per-cluster pass: zero-width and other format
# characters, C0/C1 controls (other than tab and line breaks), stray combining marks.
_SPECIAL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u0300-\u036f\u180e\u200b-\u200f"
                      "\u202a-\u202e\u2060-\u2064\ufeff\ue000-\uf8ff\ud800-\udfff]")
_WS_CHARS = " \t\n\r\x0b\x0c\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
# White-space runs that need rewriting: two or more characters, or one that is not a plain space.
_WS_ODD = re.compile("[" + _WS_CHARS + "]{2,}|[" + _WS_CHARS[1:] + "]")
_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


_CLUSTER = re.compile("[^\u0300-\u036f][\u0300-\u036f]+|[\u0300-\u036f]+|" + _SPECIAL.pattern)
_KEEP_CONTROLS = frozenset("\t\n\r\x0b\x0c\x85")


def _clean_clusters(raw: str) -> tuple[str, list[int]]:
    """NFC per grapheme cluster, zero-width and control characters dropped.

    Only the clusters that need it (a base with combining marks, a special
    character) are touched; the text between them is copied as it is.  Falls
    back to a per-character pass when the result is still not NFC (compatibility
    singletons and the like)."""
    parts: list[str] = []
    omap: list[int] = []
    pos = 0
    for m in _CLUSTER.finditer(raw):
        a, b = m.span()
        if a > pos:
            parts.append(raw[pos:a])
            omap.extend(range(pos, a))
        pos = b
        first = raw[a]
        if unicodedata.combining(first) or first in ZERO_WIDTH or (
            first not in _KEEP_CONTROLS and unicodedata.category(first) in ("Cc", "Cf", "Co", "Cs")
        ):
            continue  # stray marks, zero-width, control and format characters are dropped
        if first in _WS_CHARS:
            parts.append(first)  # marks after white space have no base: dropped
            omap.append(a)
            continue
        for c in unicodedata.normalize("NFC", raw[a:b]):
            parts.append(c)
            omap.append(a)
    if pos < len(raw):
        parts.append(raw[pos:])
        omap.extend(range(pos, len(raw)))
    text = "".join(parts)
    if unicodedata.is_normalized("NFC", text):
        return text, omap
    return _clean_clusters_slow(raw)


def _clean_clusters_slow(raw: str) -> tuple[str, list[int]]:
    """Per-character pass: NFC per grapheme cluster, drop zero-width and control characters."""
    out: list[str] = []
    omap: list[int] = []
    if any(z in raw for z in ZERO_WIDTH):
        idx = [k for k, c in enumerate(raw) if c not in ZERO_WIDTH]
        src = "".join(raw[k] for k in idx)
    else:
        idx = list(range(len(raw)))
        src = raw
    n = len(src)
    i = 0
    while i < n:
        ch = src[i]
        j = i + 1
        while j < n and unicodedata.combining(src[j]):
            j += 1
        if ch in LINE_BREAKS or ch in SPACE_LIKE or ch == " ":
            out.append("\n" if ch in LINE_BREAKS else " ")
            omap.append(idx[i])
            if ch == "\r" and i + 1 < n and src[i + 1] == "\n":
                j = max(j, i + 2)
            i = j
            continue
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs"):
            i = j  # stray marks with no base, control and format characters are dropped
            continue
        for c in unicodedata.normalize("NFC", src[i:j]):
            out.append(c)
            omap.append(idx[i])
        i = j
    return "".join(out), omap


def normalize_text(raw: str) -> tuple[str, list[int]]:
    """Normalise ``raw`` and return ``(text, offset_map)``.

    ``offset_map[i]`` is the index in ``raw`` where ``text[i]`` came from;
    ``offset_map[len(text)]`` is the end of the last character in ``raw``.
    White space: runs of spaces become one space, a run with line breaks becomes
    one or two line breaks (paragraphs), leading and trailing space is dropped.
    """
    m1: list[int] | None
    if unicodedata.is_normalized("NFC", raw) and not _SPECIAL.search(raw):
        s1, m1 = raw, None  # fast path: the map is the identity so far
    else:
        s1, m1 = _clean_clusters(raw)
    parts: list[str] = []
    omap: list[int] = []
    n = len(s1)
    lead = n - len(s1.lstrip(_WS_CHARS))
    end = len(s1.rstrip(_WS_CHARS))
    pos = lead
    for m in _WS_ODD.finditer(s1, lead, max(lead, end)):
        a, b = m.span()
        if a > pos:
            parts.append(s1[pos:a])
            omap.extend(range(pos, a) if m1 is None else m1[pos:a])
        pos = b
        run = m.group()
        breaks = list(_BREAKS.finditer(run))
        if not breaks:
            parts.append(" ")
            omap.append(a if m1 is None else m1[a])
        else:
            first = a + breaks[0].start()
            k = min(len(breaks), 2)
            parts.append("\n" * k)
            omap.extend([first if m1 is None else m1[first]] * k)
    if pos < end:
        parts.append(s1[pos:end])
        omap.extend(range(pos, end) if m1 is None else m1[pos:end])
    text = normalize_tones("".join(parts))
    omap.append(len(raw) if not omap else min(len(raw), _end_of(raw, omap[-1])))
    return text, omap


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
