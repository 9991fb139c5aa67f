"""Text files, headers, dispatch, folders, size caps and standard input."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnewsgraph.errors import BinaryInputError, DecodeError, EmptyInputError, InputError, TooLargeError
from vnewsgraph.ingest import files
from vnewsgraph.ingest.files import (
    article_from_text,
    parse_header,
    read_bytes,
    read_path,
    read_stream,
    sniff_kind,
)
from vnewsgraph.ingest.legacy_tables import encode_tcvn3, encode_vni
from vnewsgraph.model import Article

TRADE = (
    "Kim ngạch thương mại song phương Việt Nam - Hàn Quốc năm nay ước đạt 86 tỷ USD. "
    "Hai bên nhất trí phấn đấu nâng con số này lên 100 tỷ USD vào năm 2025."
)
DIPLOMACY = (
    "Bộ trưởng Ngoại giao hai nước đã hội đàm tại Hà Nội, trao đổi về hợp tác kinh tế, "
    "quốc phòng và giáo dục, đồng thời ký biên bản ghi nhớ về lao động."
)


def articles(items: list[Article | InputError]) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def errors(items: list[Article | InputError]) -> list[InputError]:
    return [e for e in items if isinstance(e, InputError)]


class TestHeader:
    def test_full_header_with_outlet_and_dash(self) -> None:
        text = f" date 2025-11-03 (Báo Đầu tư) -\n\n{TRADE}"
        published, hint, outlet, offset = parse_header(text)
        assert (published, hint, outlet) == (dt.date(2025, 11, 3), "2025-11", "Báo Đầu tư")
        assert text[offset:].strip() == TRADE

    def test_known_outlet_gets_its_canonical_name(self) -> None:
        assert article_from_text(f" date 2025-11-03 (Báo Tuổi Trẻ) - {TRADE}").outlet == "Tuổi Trẻ"
        assert article_from_text(f" date 2025-11-03 (Tạp chí Kinh tế) - {TRADE}").outlet == "Tạp chí Kinh tế"

    def test_text_on_the_same_line(self) -> None:
        art = article_from_text(f" date 2025-11-03 {TRADE}")
        assert art.published == dt.date(2025, 11, 3)
        assert art.outlet is None
        assert art.raw_text == TRADE
        assert art.raw_offset == len(" date 2025-11-03 ")

    def test_partial_date_gives_a_hint_only(self) -> None:
        art = article_from_text(f" date 2025-09 (VOV) – {DIPLOMACY}")
        assert art.published is None
        assert art.date_hint == "2025-09"
        assert art.outlet == "VOV"
        assert art.raw_text == DIPLOMACY

    def test_no_header(self) -> None:
        art = article_from_text(TRADE)
        assert (art.published, art.date_hint, art.outlet, art.raw_offset) == (None, None, None, 0)
        assert art.raw_text == TRADE

    @pytest.mark.parametrize("raw", [" date 2025-13-01 x", " date 2025-02-30 x"])
    def test_impossible_dates_are_not_invented(self, raw: str) -> None:
        published, hint, _, _ = parse_header(raw)
        assert published is None and hint is None

    def test_parenthesis_without_letters_is_not_an_outlet(self) -> None:
        published, _, outlet, offset = parse_header(" date 2025-02-06 (6/2) Sáng nay")
        assert published == dt.date(2025, 2, 6) and outlet is None
        assert " date 2025-02-06 (6/2) Sáng nay"[offset:] == "(6/2) Sáng nay"

    def test_word_date_inside_text_is_not_a_header(self) -> None:
        assert parse_header("Ngày 2025-02-06 mới là date 2025-02-06")[3] == 0


class TestDispatch:
    def test_text_starting_with_a_bracket_stays_text(self) -> None:
        data = f"[Video] {TRADE}".encode()
        assert sniff_kind(data, ".txt") == "text"
        assert sniff_kind(data, "") == "text"
        (art,) = read_bytes(data, "v.txt", ".txt")
        assert isinstance(art, Article) and art.raw_text.startswith("[Video]")

    def test_unnamed_json_line_is_read_as_json(self) -> None:
        data = (f'{{"text": "{DIPLOMACY}", "outlet": "VOV"}}\n').encode()
        assert sniff_kind(data) == "json"
        (art,) = read_bytes(data, "<stdin>")
        assert isinstance(art, Article) and art.outlet == "VOV"

    def test_html_sniffed_from_content(self) -> None:
        assert sniff_kind(b"  <!DOCTYPE html><html><body><p>x</p></body></html>", ".txt") == "html"
        assert sniff_kind(b"<html lang='vi'>", "") == "html"

    def test_empty_and_whitespace_inputs(self) -> None:
        for data in (b"", b"  \n\t \r\n", b"\xef\xbb\xbf\n"):
            (err,) = read_bytes(data, "e.txt", ".txt")
            assert isinstance(err, EmptyInputError) and "e.txt" in str(err)

    def test_header_only_file_is_empty(self) -> None:
        (err,) = read_bytes(b" date 2025-01-01 (VOV) -\n\n", "h.txt", ".txt")
        assert isinstance(err, EmptyInputError)
        assert "after its header" in err.reason

    def test_legacy_encodings_through_read_bytes(self) -> None:
        (tc,) = read_bytes(b" date 2025-11-03 (VOV) - " + encode_tcvn3(TRADE), "t.txt", ".txt")
        (vn,) = read_bytes(encode_vni(DIPLOMACY), "v.txt", ".txt")
        assert isinstance(tc, Article) and tc.encoding == "tcvn3" and tc.raw_text == TRADE
        assert tc.published == dt.date(2025, 11, 3) and tc.outlet == "VOV"
        assert isinstance(vn, Article) and vn.encoding == "vni" and vn.raw_text == DIPLOMACY

    def test_utf16_file_with_header(self) -> None:
        (art,) = read_bytes((" date 2025-11-03 " + TRADE).encode("utf-16"), "w.txt", ".txt")
        assert isinstance(art, Article) and art.published == dt.date(2025, 11, 3) and art.raw_text == TRADE

    def test_very_long_line(self) -> None:
        line = (TRADE + " ") * 20_000  # one line of ~3 MB
        (art,) = read_bytes(line.encode(), "long.txt", ".txt")
        assert isinstance(art, Article) and len(art.raw_text) == len(line)


class TestFolders:
    def test_mixed_folder_good_ones_come_out_bad_ones_named(self, tmp_path: Path) -> None:
        (tmp_path / "sub").mkdir()
        (tmp_path / "a.txt").write_text(f" date 2025-11-03 (VOV) - {TRADE}", encoding="utf-8")
        (tmp_path / "sub" / "b.txt").write_bytes(encode_tcvn3(DIPLOMACY))
        (tmp_path / "sub" / "c.txt").write_bytes(b"\x00\x01binary\x00\xff" * 10)
        (tmp_path / "d.txt").write_bytes(b"")
        (tmp_path / "e.txt").write_bytes(bytes(range(0x80, 0x100)) * 10)
        (tmp_path / "f.jsonl").write_text(f'{{"text": "{TRADE}"}}\n{{broken\n', encoding="utf-8")
        (tmp_path / ".hidden.txt").write_text(TRADE, encoding="utf-8")
        items = list(read_path(tmp_path))
        good = articles(items)
        bad = {Path(e.source or "").name.split(":")[0]: e for e in errors(items)}
        assert [Path(a.source or "").name for a in good] == ["a.txt", "f.jsonl:1", "b.txt"]
        assert good[2].raw_text == DIPLOMACY
        assert set(bad) == {"c.txt", "d.txt", "e.txt", "f.jsonl"}
        assert isinstance(bad["c.txt"], BinaryInputError)
        assert isinstance(bad["d.txt"], EmptyInputError)
        assert isinstance(bad["e.txt"], DecodeError)

    def test_missing_path(self, tmp_path: Path) -> None:
        (err,) = read_path(tmp_path / "nope.txt")
        assert isinstance(err, InputError) and "no such file" in err.reason

    def test_size_cap(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(files, "MAX_INPUT_BYTES", 1000)
        big = tmp_path / "big.txt"
        big.write_text(TRADE * 20, encoding="utf-8")
        (err,) = read_path(big)
        assert isinstance(err, TooLargeError) and "big.txt" in str(err)
        (err2,) = read_bytes(big.read_bytes(), "mem")
        assert isinstance(err2, TooLargeError)


class TestStdin:
    def test_text_from_a_stream(self) -> None:
        stream = io.BytesIO(f" date 2025-11-03 (VOV) - {TRADE}".encode())
        (art,) = read_stream(stream)
        assert isinstance(art, Article) and art.source == "<stdin>" and art.outlet == "VOV"

    def test_json_lines_from_a_stream_are_streamed(self) -> None:
        lines = "".join(json.dumps({"text": f"{DIPLOMACY} bài {n}"}, ensure_ascii=False) + "\n" for n in range(2000))
        stream = io.BytesIO(lines.encode() + b"not json\n")
        items = list(read_stream(stream))
        assert len(articles(items)) == 2000
        (err,) = errors(items)
        assert err.source == "<stdin>:2001"

    def test_stream_over_the_cap(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(files, "MAX_INPUT_BYTES", 100_000)
        (err,) = read_stream(io.BytesIO(TRADE.encode() * 2000))
        assert isinstance(err, TooLargeError)


class TestOtherFormats:
    def test_parquet_file_goes_to_its_reader(self, tmp_path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = tmp_path / "tin.parquet"
        pq.write_table(pa.table({"text": [TRADE, DIPLOMACY], "outlet": ["VOV", None]}), str(path))
        items = list(read_path(path))
        assert [a.raw_text for a in articles(items)] == [TRADE, DIPLOMACY]
        assert articles(items)[0].outlet == "VOV"

    def test_saved_feed_is_refused_by_name(self, tmp_path: Path) -> None:
        path = tmp_path / "feed.xml"
        path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title></channel></rss>')
        (err,) = read_path(path)
        assert isinstance(err, InputError) and "feed.xml" in str(err) and "XML" in err.reason


PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"{", b'{"text": "', b"[", b"<html><body><p>", b" date 2025-01-0", b"%PDF"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600), suffix=st.sampled_from(["", ".txt", ".html", ".json"]))
def test_any_bytes_give_articles_or_named_errors_never_a_crash(prefix: bytes, body: bytes, suffix: str) -> None:
    for item in read_bytes(prefix + body, "fuzz" + suffix, suffix):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert item.source and item.source.startswith("fuzz")
        else:
            item.raw_text.encode("utf-8")


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_unicode_text_round_trips_through_utf8(text: str) -> None:
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    for item in read_bytes(text.encode("utf-8"), "u.txt", ".txt"):
        if isinstance(item, Article):
            assert text.endswith(item.raw_text) or item.encoding != "utf-8"
