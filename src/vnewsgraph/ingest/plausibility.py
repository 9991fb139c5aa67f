"""How plausible a decoded text is as Vietnamese: the share of valid syllables.

Used to choose between candidate decodings of legacy bytes (cp1258, TCVN3,
VNI) and to refuse text that is garbage in every candidate.  A syllable is
valid when it splits into onset + vowel nucleus + coda from the Vietnamese
inventories and carries at most one tone (``c ch p t`` codas only with the
sắc or nặng tone).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
STOP_TONES = frozenset("\u0301\u0323")
ONSETS = ("ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
CODAS = ("ng", "nh", "ch", "c", "m", "n", "p", "t")
STOP_CODAS = frozenset(("c", "ch", "p", "t"))
NUCLEI = frozenset("""
a ă â e ê i o ô ơ u ư y
ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ưa ua uy oa oă oe uê uâ uô uơ ươ iê yê oo
iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu uye
""".split())
LETTERS = frozenset("abcdeghiklmnopqrstuvxyăâđêôơư")
# Letters of the latin-1 block that Vietnamese uses (precomposed).
VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_WORD = re.compile(r"[^\W\d_]+")
# Characters that a correct decoding of Vietnamese news should hardly contain.
_ODD_LATIN1 = "".join(
    chr(c) for c in range(0xA1, 0x100)
    if chr(c) not in VIETNAMESE_LATIN1 and chr(c) not in "\u00ab\u00bb\u00b0\u00b1\u00b2\u00b3\u00d7\u00f7"
)
ODD_CHARS = re.compile("[\u0080-\u009f\u0300-\u036f\ufffd" + re.escape(_ODD_LATIN1) + "]")


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` (any case, NFC or NFD) is a well-formed Vietnamese syllable."""
    tone = ""
    kept = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in TONE_MARKS:
            if tone:
                return False
            tone = ch
        else:
            kept.append(ch)
    base = unicodedata.normalize("NFC", "".join(kept))
    if not base or any(ch not in LETTERS for ch in base):
        return False
    onset = next((o for o in ONSETS if base.startswith(o)), "")
    rest = base[len(onset):]
    if onset == "gi" and (not rest or rest[0] not in "aăâeêoôơuưy"):
        onset, rest = "g", base[1:]  # gì, gìn: the i is the vowel
    if onset == "qu" and not rest:
        return False
    coda = next((c for c in CODAS if rest.endswith(c) and len(rest) > len(c)), "")
    nucleus = rest[: len(rest) - len(coda)]
    if nucleus not in NUCLEI:
        return False
    if coda in STOP_CODAS and tone and tone not in STOP_TONES:
        return False
    return True


def vietnamese_score(text: str, sample: int = 200_000) -> tuple[float, int]:
    """(share of valid Vietnamese syllables among words with non-ASCII letters, such words).

    Characters that a right decoding would not produce (stray latin-1
    symbols, loose combining marks, C1 controls) count as failures.
    """
    text = text[:sample]
    total = valid = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.isascii():
            continue
        total += 1
        valid += is_vietnamese_syllable(word)
    odd = len(ODD_CHARS.findall(text))
    if total + odd == 0:
        return 0.0, 0
    return valid / (total + odd), total


def ascii_vietnamese_share(text: str, sample: int = 50_000) -> float:
    """Share of ASCII words that are valid (tone-less) Vietnamese syllables."""
    words = [w for w in _WORD.findall(text[:sample]) if w.isascii()]
    if not words:
        return 0.0
    return sum(is_vietnamese_syllable(w) for w in words) / len(words)
