"""Decode input bytes to Unicode text, detecting the encodings Vietnamese news comes in.

Order of the checks (UTF-8, the common case, costs one strict decode and two
regular-expression scans):

1. Byte-order marks: UTF-32, UTF-8, UTF-16.
2. Known binary formats (PDF, ZIP/DOCX, GZIP, images) and NUL bytes: UTF-16
   without a byte-order mark is told from binary by its NUL pattern (ASCII
   characters leave a zero in every other byte).
3. Strict UTF-8.  A UTF-8 text that still reads as a legacy font encoding
   (``ViÖt Nam``, ``Vieät Nam``) or as UTF-8 misread as cp1252 (``Viá»‡t``)
   is converted when the conversion is clearly better Vietnamese.
4. Otherwise the legacy Vietnamese encodings: Windows-1258 (tones stored as
   combining marks, so the result is NFC-composed), TCVN3 (ABC) and
   VNI-Windows, scored by the share of valid Vietnamese syllables; a file
   whose lines mix UTF-8 with one legacy encoding is decoded line by line.
5. Anything else is refused with a :class:`DecodeError` or
   :class:`BinaryInputError` naming the input and the reason.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from vnewsgraph.errors import BinaryInputError, DecodeError
from vnewsgraph.ingest.legacy_tables import (
    cp1252_to_byte_chars,
    decode_tcvn3,
    decode_tcvn3_bytes,
    decode_vni,
    decode_vni_bytes,
)
from vnewsgraph.ingest.plausibility import ODD_CHARS, ascii_vietnamese_share, vietnamese_score

# A legacy decoding is accepted when at least this share of its non-ASCII words are Vietnamese syllables.
MIN_SCORE = 0.6
# A UTF-8 text is re-read as legacy/mojibake only when it scores below this and the other reading is better.
UNICODE_SUSPECT_SCORE = 0.5
# Control characters (other than tab, newlines, form feed, Ctrl-Z) tolerated before a text counts as binary.
MAX_CONTROL_SHARE = 0.005
# Legacy candidates are scored on this much of the input.
SAMPLE_BYTES = 200_000
# A UTF-8 input with at most this share of invalid bytes (a truncated or damaged file) is read with U+FFFD.
MAX_BAD_UTF8_SHARE = 0.0005

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "GZIP-compressed data"),
    (b"BZh", "BZIP2-compressed data"),
    (b"\xfd7zXZ\x00", "XZ-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (DOC/XLS)"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f\x80-\x9f]")
_HIGH_BYTES = re.compile(rb"[\x80-\xff]")
_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.-]{2,40})""",
    re.IGNORECASE,
)
_LEGACY_NAMES = {"tcvn3", "tcvn", "tcvn-5712", "tcvn5712-1", "vni", "vni-windows"}


def sniff_declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML page declares in its first 4 KiB, if any."""
    m = _CHARSET.search(data[:4096])
    return (m.group(1) or m.group(2)).decode("ascii").lower() if m else None


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes fall in every other position."""
    sample = data[:65536]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if z_odd > 0.3 and z_even < 0.02:
        return "utf-16-le"
    if z_even > 0.3 and z_odd < 0.02:
        return "utf-16-be"
    return None


def _decode_strict(data: bytes, encoding: str, source: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {label} at byte {exc.start}", source) from exc


def check_controls(text: str, source: str) -> None:
    """Refuse text with many control characters (binary data that happened to decode)."""
    found = len(_CONTROLS.findall(text))
    if found and found > max(8, MAX_CONTROL_SHARE * len(text)):
        raise BinaryInputError(f"{found:,} control characters in {len(text):,}: binary data, not text", source)


def _cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="strict"))


def _tcvn3(data: bytes) -> str:
    return decode_tcvn3_bytes(data)


def _vni(data: bytes) -> str:
    return decode_vni_bytes(data)


LEGACY_DECODERS: dict[str, Callable[[bytes], str]] = {"cp1258": _cp1258, "vni": _vni, "tcvn3": _tcvn3}


def best_legacy(data: bytes, sample: int = SAMPLE_BYTES) -> tuple[str, str, float, int] | None:
    """The legacy decoding with the most valid Vietnamese: (encoding, text, score, words).

    Candidates are scored on the first ``sample`` bytes; only the winner decodes the whole input.
    """
    best: tuple[str, str, float, int] | None = None
    head = data[:sample]
    for name, decoder in LEGACY_DECODERS.items():
        try:
            text = decoder(head)
        except UnicodeDecodeError:
            continue
        score, words = vietnamese_score(text)
        if best is None or score > best[2]:
            best = (name, text, score, words)
    if best is not None and len(data) > len(head):
        try:
            best = (best[0], LEGACY_DECODERS[best[0]](data), best[2], best[3])
        except UnicodeDecodeError:  # a byte past the sample that cp1258 lacks
            return None
    return best


def _repair_unicode(text: str) -> tuple[str, str | None]:
    """Legacy-font text or cp1252 mojibake stored as Unicode: converted when clearly better."""
    sample = text[:200_000]
    odd = len(ODD_CHARS.findall(sample))
    if odd < 3 or odd < 0.004 * len(sample):
        return text, None
    score, _ = vietnamese_score(sample)
    if score >= UNICODE_SUSPECT_SCORE:
        return text, None
    # Where part of the text is real Unicode, only the legacy-looking characters are read.
    chars = cp1252_to_byte_chars(text)
    candidates: list[tuple[str, str]] = [("tcvn3", decode_tcvn3(chars)), ("vni", decode_vni(chars))]
    try:
        candidates.append(("cp1252-mojibake", chars.encode("latin-1").decode("utf-8")))
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    best_text, best_name, best_score = text, None, score
    for name, cand in candidates:
        cand_score, words = vietnamese_score(cand[:200_000])
        if words and cand_score >= MIN_SCORE and cand_score > best_score + 0.2:
            best_text, best_name, best_score = cand, name, cand_score
    return best_text, best_name


def _decode_mixed(data: bytes, source: str) -> tuple[str, str] | None:
    """Lines in UTF-8 and lines in one legacy encoding, in the same file."""
    lines = data.split(b"\n")
    bad: list[int] = []
    utf8_non_ascii = 0
    decoded: list[str | None] = []
    for i, line in enumerate(lines):
        try:
            s = line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(i)
            decoded.append(None)
            continue
        if not s.isascii():
            utf8_non_ascii += 1
        decoded.append(s)
    if not bad or not utf8_non_ascii:
        return None
    legacy = best_legacy(b"\n".join(lines[i] for i in bad))
    if legacy is None or legacy[2] < MIN_SCORE:
        return None
    decoder = LEGACY_DECODERS[legacy[0]]
    for i in bad:
        decoded[i] = decoder(lines[i])
    return "\n".join(s or "" for s in decoded), f"utf-8+{legacy[0]}"


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few invalid bytes (cut off mid-character, a stray byte): kept, bad bytes as U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    real_utf8 = len(re.findall(r"[^\x00-\x7f\ufffd]", text[:SAMPLE_BYTES]))
    if bad <= max(3, MAX_BAD_UTF8_SHARE * len(data)) and real_utf8 > bad:
        return text, f"utf-8 ({bad} invalid byte{'s' if bad > 1 else ''} replaced)"
    return None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise a DecodeError/BinaryInputError naming ``source``.

    ``declared`` is a charset the container states (an HTML ``<meta charset>``);
    it is tried when the bytes are not UTF-8.
    """
    text, encoding = _decode(data, source, declared)
    check_controls(text, source)
    return text, encoding


def _decode(data: bytes, source: str, declared: str | None) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and len(data) % 4 == 0:
        return _decode_strict(data, "utf-32", source, "UTF-32"), "utf-32"
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_strict(data[3:], "utf-8", source, "UTF-8 (after its byte-order mark)")
        repaired, how = _repair_unicode(text)
        return repaired, f"utf-8-sig+{how}" if how else "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_strict(data, "utf-16", source, "UTF-16 (after its byte-order mark)"), "utf-16"
    kind = _binary_kind(data)
    if kind:
        raise BinaryInputError(f"input is {kind}, not text", source)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise BinaryInputError("input contains NUL bytes: binary data, not text", source)
        if len(data) % 2:
            raise DecodeError(f"looks like {utf16.upper()} but has an odd number of bytes", source)
        return _decode_strict(data, utf16, source, utf16.upper()), utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at {exc.start})"
    else:
        repaired, how = _repair_unicode(text)
        return repaired, f"utf-8+{how}" if how else "utf-8"
    return _decode_legacy(data, source, declared, utf8_error)


def _decode_legacy(data: bytes, source: str, declared: str | None, utf8_error: str) -> tuple[str, str]:
    declared = (declared or sniff_declared_charset(data) or "").lower() or None
    if declared and declared.replace("_", "-") not in ("utf-8", "utf8") and declared not in _LEGACY_NAMES:
        try:
            codecs.lookup(declared)
            text = unicodedata.normalize("NFC", data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            score, words = vietnamese_score(text)
            if not words or score >= MIN_SCORE:
                return text, codecs.lookup(declared).name
    mixed = _decode_mixed(data, source)
    if mixed is not None:
        return mixed
    legacy = best_legacy(data)
    if legacy is not None and legacy[3] and legacy[2] >= MIN_SCORE:
        return legacy[1], legacy[0]
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    # Western text (a few accented letters in mostly ASCII) that is not Vietnamese.
    high = len(_HIGH_BYTES.findall(data[:200_000]))
    if high <= 0.05 * min(len(data), 200_000):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            if ascii_vietnamese_share(text) < 0.5:
                return text, "cp1252"
    best = f"; best reading {legacy[0]} has {legacy[2]:.0%} valid Vietnamese syllables" if legacy else ""
    raise DecodeError(f"{utf8_error}, and not Vietnamese text in Windows-1258, TCVN3 or VNI{best}", source)
