"""Encodings: UTF-8/16 (with and without BOM), Windows-1258, TCVN3, VNI, and refusals."""

from __future__ import annotations

import codecs
import os
import unicodedata
from collections.abc import Callable

import pytest

from vnewsgraph.errors import BinaryInputError, DecodeError
from vnewsgraph.ingest.encodings import decode_bytes
from vnewsgraph.ingest.legacy_tables import decode_tcvn3, decode_vni, encode_tcvn3, encode_vni
from vnewsgraph.ingest.plausibility import is_vietnamese_syllable, vietnamese_score

FDI = (
    "Hà Nội - Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký vào Việt Nam trong 11 tháng đạt 31,4 tỷ USD, "
    "tăng 1,1% so với cùng kỳ năm trước. Singapore dẫn đầu với gần 9 tỷ USD, tiếp theo là Hàn Quốc và "
    "Nhật Bản. Theo Bộ Kế hoạch và Đầu tư, ngành công nghiệp chế biến, chế tạo thu hút nhiều vốn nhất.\n"
    "Ông Nguyễn Thành Trưởng cho biết những dự án mới tập trung ở Bắc Ninh, Quảng Ninh và Bình Dương."
)
FLOOD = (
    "Mưa lũ lớn tại miền Trung khiến hơn 20 người thiệt mạng, hàng nghìn ngôi nhà bị ngập sâu. "
    "Lực lượng cứu hộ đã sơ tán khẩn cấp người dân khỏi vùng nguy hiểm ở Quảng Trị và Thừa Thiên Huế; "
    "chính quyền địa phương hỗ trợ lương thực, nước uống cho các hộ bị ảnh hưởng."
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: base letter (â ê ô ă ơ ư precomposed), then the tone as a combining mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        out.append(base + "".join(c for c in decomposed if c in TONES))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("text", [FDI, FLOOD])
def test_utf8_plain_and_with_bom(text: str) -> None:
    assert decode_bytes(text.encode("utf-8"), "a.txt") == (text, "utf-8")
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"), "a.txt") == (text, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    text, encoding = decode_bytes(FDI.encode(codec), "a.txt")
    assert text == FDI
    assert encoding.startswith("utf-16")


def test_utf16_odd_length_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="odd number of bytes"):
        decode_bytes(FLOOD.encode("utf-16-le") + b"x", "odd.txt")


@pytest.mark.parametrize("text", [FDI, FLOOD])
def test_windows_1258_is_decoded_and_composed(text: str) -> None:
    data = encode_cp1258(text)
    assert b"\xcc" in data or b"\xec" in data or b"\xf2" in data  # tones stored as combining marks
    decoded, encoding = decode_bytes(data, "cp.txt")
    assert encoding == "cp1258"
    assert decoded == text
    assert unicodedata.is_normalized("NFC", decoded)


@pytest.mark.parametrize("text", [FDI, FLOOD])
def test_tcvn3_detected_and_converted(text: str) -> None:
    data = encode_tcvn3(text)
    decoded, encoding = decode_bytes(data, "abc.txt")
    assert encoding == "tcvn3"
    assert decoded == text


@pytest.mark.parametrize("text", [FDI, FLOOD])
def test_vni_detected_and_converted(text: str) -> None:
    data = encode_vni(text)
    decoded, encoding = decode_bytes(data, "vni.txt")
    assert encoding == "vni"
    assert decoded == text


def test_tcvn3_published_byte_values() -> None:
    # From the TCVN 5712:1993 (VN3) table, independent of our encoder.
    assert decode_tcvn3(b"Vi\xd6t Nam".decode("latin-1")) == "Việt Nam"
    assert decode_tcvn3(b"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c".decode("latin-1")) == "Độc lập - Tự do - Hạnh phúc"
    assert decode_tcvn3(b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca".decode("latin-1")) == "Cộng hòa xã hội chủ nghĩa"
    assert decode_tcvn3(b"\xae\xad\xeec".decode("latin-1")) == "được"
    assert encode_tcvn3("Việt Nam") == b"Vi\xd6t Nam"
    assert encode_tcvn3("đầu tư") == b"\xae\xc7u t\xad"


def test_vni_published_byte_values() -> None:
    # From the VNI-Windows table: base letter + mark byte; ơ ư đ and toned i are single bytes.
    assert decode_vni(b"Vie\xe4t Nam".decode("latin-1")) == "Việt Nam"
    assert decode_vni(b"\xd1o\xe4c la\xe4p - T\xf6\xef do - Ha\xefnh phu\xf9c".decode("latin-1")) == "Độc lập - Tự do - Hạnh phúc"
    assert decode_vni(b"ngh\xf3a".decode("latin-1")) == "nghĩa"
    assert decode_vni(b"\xf1\xf6\xf4\xefc".decode("latin-1")) == "được"
    assert decode_vni(b"NG\xd6\xd4\xd8I".decode("latin-1")) == "NGƯỜI"
    assert encode_vni("Việt Nam") == b"Vie\xe4t Nam"
    assert encode_vni("Đà Nẵng") == b"\xd1a\xf8 Na\xfcng"


def test_tcvn3_all_caps_words_keep_their_case() -> None:
    # Capitals were drawn with the lower-case bytes; all-caps words are restored.
    assert decode_tcvn3(encode_tcvn3("VIỆT NAM").decode("latin-1")) == "VIỆT NAM"


def test_legacy_text_pasted_into_a_utf8_file_is_converted() -> None:
    tcvn3_in_utf8 = encode_tcvn3(FLOOD).decode("cp1252", errors="replace").encode("utf-8")
    text, encoding = decode_bytes(tcvn3_in_utf8, "paste.txt")
    assert (text, encoding) == (FLOOD, "utf-8+tcvn3")
    vni_in_utf8 = encode_vni(FLOOD).decode("latin-1").encode("utf-8")
    assert decode_bytes(vni_in_utf8, "paste.txt") == (FLOOD, "utf-8+vni")


def test_utf8_misread_as_cp1252_is_repaired() -> None:
    def as_cp1252(data: bytes) -> str:
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)

    mojibake = as_cp1252(FDI.encode("utf-8")).encode("utf-8")
    assert decode_bytes(mojibake, "m.txt") == (FDI, "utf-8+cp1252-mojibake")


def test_mixed_utf8_and_cp1258_lines() -> None:
    data = FDI.encode("utf-8") + b"\n" + encode_cp1258(FLOOD)
    text, encoding = decode_bytes(data, "mixed.txt")
    assert encoding == "utf-8+cp1258"
    assert text == FDI + "\n" + FLOOD


def test_real_vietnamese_is_never_reinterpreted() -> None:
    # Plenty of latin-1 letters (à á â ã è é ê ì í ò ó ô õ ù ú ý) but correct Unicode.
    text = "Ông Bà ở xã Ê Đê ủng hộ ý kiến; giá cà phê, hồ tiêu tăng. Ảnh: Tô Hà"
    assert decode_bytes(text.encode("utf-8"), "u.txt") == (text, "utf-8")


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInputError, "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryInputError, "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInputError, "PNG"),
        (b"tin t\x00c \x00\x01\x02\x03" * 40, BinaryInputError, "NUL"),
        (bytes(range(0x80, 0x100)) * 30, DecodeError, "not Vietnamese"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 50, BinaryInputError, "control characters"),
    ],
)
def test_undecodable_inputs_are_refused_with_a_reason(data: bytes, error: type, reason: str) -> None:
    with pytest.raises(error, match=reason) as info:
        decode_bytes(data, "bad/input.bin")
    assert "bad/input.bin" in str(info.value)


def test_random_bytes_are_refused() -> None:
    data = bytes(b | 0x80 for b in os.urandom(4000))
    with pytest.raises(DecodeError, match="not valid UTF-8"):
        decode_bytes(data, "noise.txt")


def test_a_few_control_characters_are_tolerated() -> None:
    text = FDI + "\x07\x1a"
    assert decode_bytes(text.encode(), "c.txt")[0] == text


def test_western_latin1_text_is_read_as_cp1252() -> None:
    text = "The café in Hà Nội opened on Monday, the manager said. Prices rose, officials reported."
    decoded, encoding = decode_bytes(text.encode("cp1252", errors="replace"), "en.txt")
    assert encoding in ("cp1252", "cp1258")
    assert decoded.startswith("The caf")


def test_invalid_utf16_after_bom() -> None:
    with pytest.raises(DecodeError, match="UTF-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "bad16.txt")


def test_declared_charset_is_used_when_not_utf8() -> None:
    page = '<html><head><meta charset="windows-1258"></head><body><p>' + FLOOD + "</p></body></html>"
    text, encoding = decode_bytes(encode_cp1258(page), "p.html")
    assert FLOOD in text
    assert encoding == "cp1258"


@pytest.mark.parametrize(
    "word", ["Việt", "nghiêng", "quốc", "gì", "khuya", "thưởng", "ngưỡng", "được", "tuyển", "giữa", "Ông", "oẳn"]
)
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["ViÖt", "Vieät", "caféé", "hòá", "bátt", "xyz", "quà̀"])
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_score_separates_right_and_wrong_readings() -> None:
    right, _ = vietnamese_score(FDI)
    wrong, _ = vietnamese_score(encode_tcvn3(FDI).decode("cp1258", errors="replace"))
    assert right > 0.9 > 0.3 > wrong


def _all_letters() -> list[str]:
    letters = ["đ", "Đ"]
    for base in "aăâeêioôơuưy":
        for tone in ("", *TONES):
            ch = unicodedata.normalize("NFC", base + tone)
            letters += [ch, ch.upper()]
    return letters


def test_every_vietnamese_letter_round_trips_through_vni() -> None:
    letters = _all_letters()
    assert len(letters) == 2 + 12 * 6 * 2
    for ch in letters:
        assert decode_vni(encode_vni(ch).decode("latin-1")) == ch, ch


def test_every_lower_case_letter_round_trips_through_tcvn3() -> None:
    for ch in _all_letters():
        decoded = decode_tcvn3(encode_tcvn3(ch).decode("latin-1"))
        # Capitals without a byte of their own come back lower case (the .VnTimeH font convention).
        assert decoded in (ch, ch.lower()), ch
        if ch.islower() or ch in "ĂÂÊÔƠƯĐẮẰẲẴẤẦẨẪẾỀỂỄỐỒỔỖ":
            assert decoded == ch, ch


def test_tcvn3_bytes_are_distinct() -> None:
    codes = [encode_tcvn3(ch) for ch in _all_letters() if ch.islower()]
    assert len(set(codes)) == len(codes)


def test_utf8_with_a_few_damaged_bytes_is_kept() -> None:
    data = FDI.encode("utf-8")
    cut = data[: data.index("Việt".encode()) + 3]  # file cut off inside "ệ"
    text, encoding = decode_bytes(cut + b"\n" + data, "cut.txt")
    assert encoding == "utf-8 (1 invalid byte replaced)"
    assert text.endswith(FDI) and "\ufffd" in text


def test_large_legacy_file_is_decoded_whole() -> None:
    text = (FLOOD + "\n") * 3000  # ~700 kB: scored on a sample, decoded whole
    assert decode_bytes(encode_vni(text), "big.txt") == (text, "vni")
    assert decode_bytes(encode_cp1258(text), "big.txt") == (text, "cp1258")


@pytest.mark.parametrize("encoder", [encode_tcvn3, encode_vni])
def test_legacy_text_with_windows_punctuation(encoder: Callable[[str], bytes]) -> None:
    text = "Ông nói: “Chúng tôi sẽ hỗ trợ người dân” – theo báo cáo…"
    plain = text.replace("“", '"').replace("”", '"').replace("–", "-").replace("…", "...")
    data = encoder(plain)
    data = data.replace(b'"', b"\x93", 1).replace(b'"', b"\x94", 1).replace(b" - ", b" \x96 ").replace(b"...", b"\x85")
    assert decode_bytes(data, "q.txt")[0] == text


def test_declared_charset_in_an_xml_prolog_and_http_equiv() -> None:
    from vnewsgraph.ingest.encodings import sniff_declared_charset

    assert sniff_declared_charset(b'<?xml version="1.0" encoding="windows-1258"?>') == "windows-1258"
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />'
    assert sniff_declared_charset(meta) == "windows-1258"
