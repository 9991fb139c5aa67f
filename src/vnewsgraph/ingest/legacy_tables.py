"""Conversion tables for the legacy Vietnamese font encodings TCVN3 (ABC) and VNI-Windows.

Both encodings predate Unicode: text written with the ``.VnTime`` (TCVN3) or
``VNI-Times`` (VNI) fonts is stored as single bytes that a Western (cp1252 /
latin-1) reading shows as ``ViÖt Nam`` (TCVN3) or ``Vieät Nam`` (VNI).

* TCVN3 (TCVN 5712:1993, VN3 "ABC") is single-byte: every toned lower-case
  vowel has its own byte.  Upper-case toned letters were drawn with a separate
  capitals font (``.VnTimeH``) using the *lower-case* bytes, so the case is
  lost; a few upper-case letters sit in byte positions VN3 leaves unused and
  are decoded too.  Bytes 0x80-0x9F are read as cp1252 punctuation.
* VNI-Windows is a base letter followed by one mark byte (tone, or vowel
  modifier with tone); ``ơ ư đ`` and the toned ``i`` and ``ỵ`` are single bytes.

Tables are keyed by *byte characters*: the latin-1 character with the byte's
code, so they apply both to raw bytes (decoded as latin-1) and to legacy text
that was pasted into a Unicode file (after mapping cp1252 characters back).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

# Tone marks in the column order of the rows below.
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, huyền, hỏi, ngã, sắc, nặng

# TCVN3: base vowel, then the byte for each tone in TONES order (lower case).
TCVN3_ROWS: tuple[tuple[str, tuple[int, int, int, int, int, int]], ...] = (
    ("a", (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9)),
    ("ă", (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6)),
    ("â", (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB)),
    ("e", (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1)),
    ("ê", (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6)),
    ("i", (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE)),
    ("o", (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4)),
    ("ô", (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9)),
    ("ơ", (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE)),
    ("u", (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4)),
    ("ư", (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9)),
    ("y", (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE)),
)
# Upper-case letters with their own byte (the modified vowels and Đ) ...
TCVN3_UPPER = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7, "đ": 0xAE}
# ... and the upper-case toned letters placed in positions VN3 leaves free.
TCVN3_UPPER_TONED = {
    "Ằ": 0xAF, "Ẳ": 0xBA, "Ẵ": 0xBF, "Ắ": 0xC0,
    "Ầ": 0xC1, "Ẩ": 0xC2, "Ẫ": 0xC3, "Ấ": 0xC4,
    "Ề": 0xC5, "Ể": 0xCD, "Ễ": 0xD9, "Ế": 0xDA,
    "Ồ": 0xDB, "Ổ": 0xE0, "Ỗ": 0xF0, "Ố": 0xFF,
}

# VNI-Windows: the mark byte (lower-case form; upper case is 0x20 less).
VNI_TONE_MARKS = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
# Circumflex (â ê ô) with each tone in TONES order.
VNI_CIRCUMFLEX = (0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4)
# Breve (ă) with each tone in TONES order.
VNI_BREVE = (0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB)
# Letters that are one byte in VNI (lower case; upper case is 0x20 less).
VNI_SINGLE = {"ơ": 0xF4, "ư": 0xF6, "đ": 0xF1, "í": 0xED, "ì": 0xEC, "ỉ": 0xE6, "ĩ": 0xF3, "ị": 0xF2, "ỵ": 0xEE}

# cp1252 characters in 0x80-0x9F and the byte each stands for.
CP1252_HIGH = {
    chr(b).encode("latin-1").decode("cp1252", errors="ignore") or chr(b): b
    for b in range(0x80, 0xA0)
}


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


@lru_cache(maxsize=1)
def tcvn3_decode_table() -> dict[int, str]:
    """Byte (as a latin-1 code point) -> Unicode text, for ``str.translate``."""
    table: dict[int, str] = {}
    for base, codes in TCVN3_ROWS:
        for tone, code in zip(TONES, codes, strict=True):
            if code >= 0x80:
                table[code] = _compose(base, tone)
    for char, code in {**TCVN3_UPPER, **TCVN3_UPPER_TONED}.items():
        table[code] = char
    for code in range(0x80, 0xA0):  # not used by VN3: keep the cp1252 reading
        table.setdefault(code, bytes([code]).decode("cp1252", errors="replace").replace("\ufffd", chr(code)))
    return table


@lru_cache(maxsize=1)
def tcvn3_encode_table() -> dict[str, int]:
    """Unicode character -> TCVN3 byte; upper-case toned letters without a byte use the lower case."""
    enc: dict[str, int] = {}
    for base, codes in TCVN3_ROWS:
        for tone, code in zip(TONES, codes, strict=True):
            lower = _compose(base, tone)
            enc[lower] = code
            enc.setdefault(lower.upper(), code)
    for char, code in {**TCVN3_UPPER, **TCVN3_UPPER_TONED}.items():
        enc[char] = code
    for base in "aeiouy":
        enc[base.upper()] = ord(base.upper())
    return enc


@lru_cache(maxsize=1)
def vni_decode_table() -> dict[str, str]:
    """VNI byte sequence (as latin-1 characters) -> Unicode character."""
    table: dict[str, str] = {}

    def add(seq: list[int], lower: str) -> None:
        table["".join(map(chr, seq))] = lower
        table["".join(chr(b - 0x20) if b >= 0xC0 else chr(b).upper() for b in seq)] = lower.upper()
        if len(seq) == 2:  # upper-case base with a lower-case mark: "Aù" → Á
            table[chr(seq[0]).upper() + chr(seq[1])] = lower.upper()

    for base in "aeiouy":
        for tone in TONES[1:]:
            if base == "i" or (base == "y" and tone == "\u0323"):
                continue  # single bytes
            add([ord(base), VNI_TONE_MARKS[tone]], _compose(base, tone))
    for base in "aeo":
        for tone, code in zip(TONES, VNI_CIRCUMFLEX, strict=True):
            add([ord(base), code], _compose(base + "\u0302", tone))
    for tone, code in zip(TONES, VNI_BREVE, strict=True):
        add([ord("a"), code], _compose("a\u0306", tone))
    for char, code in VNI_SINGLE.items():
        add([code], char)
        if char in "ơư":
            for tone in TONES[1:]:
                add([code, VNI_TONE_MARKS[tone]], _compose(char, tone))
    return table


@lru_cache(maxsize=1)
def vni_pattern() -> re.Pattern[str]:
    keys = sorted(vni_decode_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


@lru_cache(maxsize=1)
def vni_encode_table() -> dict[str, str]:
    """Unicode character -> VNI byte sequence (as latin-1 characters)."""
    enc: dict[str, str] = {}
    for seq, char in vni_decode_table().items():
        # Prefer the same-case spelling (the mixed "Aù" form is decode-only).
        if char not in enc or (char.isupper() and seq[-1].isupper()):
            enc[char] = seq
    return enc


_CP1252_TO_BYTE = {ord(ch): chr(b) for ch, b in CP1252_HIGH.items() if ord(ch) >= 0x100}
_BEYOND_BYTES = re.compile(r"[^\x00-\xff]")


def cp1252_to_byte_chars(text: str) -> str:
    """Map the cp1252 characters of 0x80-0x9F (``… “ ” –``) back to their byte characters; others unchanged."""
    return text.translate(_CP1252_TO_BYTE)


def to_byte_chars(text: str) -> str | None:
    """Map text read as cp1252/latin-1 back to one character per byte; None if impossible."""
    mapped = cp1252_to_byte_chars(text)
    return None if _BEYOND_BYTES.search(mapped) else mapped


_UP = "A-ZĂÂĐÊÔƠƯ"
_CAPS_WORD = re.compile(
    rf"(?<![^\W\d_])[^\W\d_]*?(?:[{_UP}][^\W\d_]?[{_UP}]|[^\x00-\x7f][{_UP}])[^\W\d_]*"
)


def _restore_caps(text: str) -> str:
    """TCVN3 capitals were drawn with lower-case bytes: upper-case words that are otherwise all caps."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        uppers = sum(1 for c in word if c.isupper())
        if (uppers >= 2 or not word[0].isupper()) and not any(c.islower() and c.isascii() for c in word):
            return word.upper()
        return word

    return _CAPS_WORD.sub(fix, text)


@lru_cache(maxsize=1)
def _tcvn3_charmap() -> str:
    table = tcvn3_decode_table()
    return "".join(table.get(b, chr(b)) for b in range(256))


def decode_tcvn3_bytes(data: bytes) -> str:
    """TCVN3 bytes -> Unicode (NFC), with a C-speed character map."""
    text, _ = codecs.charmap_decode(data, "strict", _tcvn3_charmap())
    return _restore_caps(text)


def decode_tcvn3(byte_chars: str) -> str:
    """TCVN3 byte characters -> Unicode (NFC); characters beyond latin-1 are kept as they are."""
    try:
        return decode_tcvn3_bytes(byte_chars.encode("latin-1"))
    except UnicodeEncodeError:
        return _restore_caps(byte_chars.translate(tcvn3_decode_table()))


@lru_cache(maxsize=1)
def _windows_charmap() -> str:
    """Latin-1, except 0x80-0x9F read as cp1252 punctuation (“ ” – … ‘ ’)."""
    return "".join(
        (bytes([b]).decode("cp1252", errors="ignore") or chr(b)) if 0x80 <= b < 0xA0 else chr(b) for b in range(256)
    )


def decode_vni_bytes(data: bytes) -> str:
    """VNI bytes -> Unicode (NFC); bytes 0x80-0x9F, unused by VNI, are cp1252 punctuation."""
    return decode_vni(codecs.charmap_decode(data, "strict", _windows_charmap())[0])


def decode_vni(byte_chars: str) -> str:
    """VNI byte characters -> Unicode (NFC)."""
    table = vni_decode_table()
    return vni_pattern().sub(lambda m: table[m.group(0)], byte_chars)


def encode_tcvn3(text: str) -> bytes:
    """Unicode -> TCVN3 bytes (for tests and round trips); unknown characters raise ValueError."""
    enc = tcvn3_encode_table()
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in enc:
            out.append(enc[ch])
        elif ord(ch) < 0x80:
            out.append(ord(ch))
        else:
            raise ValueError(f"{ch!r} has no TCVN3 byte")
    return bytes(out)


def encode_vni(text: str) -> bytes:
    """Unicode -> VNI-Windows bytes (for tests and round trips); unknown characters raise ValueError."""
    enc = vni_encode_table()
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in enc:
            out.append(enc[ch])
        elif ord(ch) < 0x80:
            out.append(ch)
        else:
            raise ValueError(f"{ch!r} has no VNI spelling")
    return "".join(out).encode("latin-1")
