"""JSON Lines and JSON articles: fields, dates, streaming, and broken or hostile lines."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from vnewsgraph.errors import EmptyInputError, InputError, MalformedInputError, TooLargeError
from vnewsgraph.ingest.dates import parse_published
from vnewsgraph.ingest.files import read_path
from vnewsgraph.ingest.jsonl import (
    article_from_record,
    iter_capped_lines,
    iter_jsonl_lines,
    read_jsonl_bytes,
)
from vnewsgraph.ingest.legacy_tables import encode_tcvn3
from vnewsgraph.model import Article

STORM = (
    "Bão số 3 đổ bộ vào các tỉnh ven biển Quảng Ninh, Hải Phòng với sức gió mạnh cấp 12. "
    "Hơn 50.000 người dân đã được sơ tán đến nơi an toàn trước khi bão vào."
)
RICE = "Giá gạo xuất khẩu của Việt Nam giảm xuống 520 USD/tấn, thấp nhất trong 6 tháng qua."


def record(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def test_all_fields() -> None:
    art = article_from_record(
        {"text": STORM, "title": "Bão số 3", "url": "https://vnexpress.net/bao-so-3-123.html",
         "published": "2025-09-07T10:00:00+07:00", "outlet": "VnExpress", "id": "a1"},
        "x.jsonl:1",
    )
    assert isinstance(art, Article)
    assert (art.title, art.outlet, art.published, art.date_hint) == ("Bão số 3", "VnExpress", dt.date(2025, 9, 7), "2025-09")
    assert art.url == art.source == "https://vnexpress.net/bao-so-3-123.html"
    assert art.raw_text == STORM and art.extra["id"] == "a1"


def test_outlet_from_url_when_not_stated_and_null_otherwise() -> None:
    art = article_from_record({"text": RICE, "url": "https://tuoitre.vn/gia-gao.htm"}, "x:1")
    assert isinstance(art, Article) and art.outlet == "Tuổi Trẻ"
    bare = article_from_record({"text": RICE}, "x:2")
    assert isinstance(bare, Article)
    assert (bare.outlet, bare.published, bare.date_hint, bare.title) == (None, None, None, None)
    assert bare.source == "x:2"


def test_header_inside_text_is_parsed_and_fields_win() -> None:
    art = article_from_record({"text": f" date 2025-09 (VOV) - {RICE}", "published": "2025-09-08"}, "x:1")
    assert isinstance(art, Article)
    assert (art.published, art.outlet, art.raw_text) == (dt.date(2025, 9, 8), "VOV", RICE)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-09-07", (dt.date(2025, 9, 7), "2025-09")),
        ("2025-09", (None, "2025-09")),
        ("07/09/2025 08:30", (dt.date(2025, 9, 7), "2025-09")),
        ("Chủ nhật, 7/9/2025, 10:00 (GMT+7)", (dt.date(2025, 9, 7), "2025-09")),
        ("20250907", (dt.date(2025, 9, 7), "2025-09")),
        (1757214000, (dt.date(2025, 9, 7), "2025-09")),
        ("hôm qua", (None, None)),
        ("2025-02-30", (None, None)),
        (True, (None, None)),
        ("", (None, None)),
    ],
)
def test_published_formats(value: object, expected: tuple[dt.date | None, str | None]) -> None:
    assert parse_published(value) == expected


def test_bad_records_are_reported_by_line_and_others_continue() -> None:
    lines = [
        record(text=STORM),
        b"{not json",
        b"",
        record(title="no text"),
        b'"just a string"',
        record(text=42),
        record(text="   "),
        b"[" * 100_000 + b"]" * 100_000,
        record(text=RICE, published="2025-10-01"),
        b'{"text": "x", "n": ' + b"9" * 5000 + b"}",
        b'{"text": NaN}',
    ]
    items = list(iter_jsonl_lines(iter(lines), "feed.jsonl"))
    good = [i for i in items if isinstance(i, Article)]
    bad = {e.source: e for e in items if isinstance(e, InputError)}
    assert [a.raw_text for a in good] == [STORM, RICE]
    assert set(bad) == {f"feed.jsonl:{n}" for n in (2, 4, 5, 6, 7, 8, 10, 11)}
    assert isinstance(bad["feed.jsonl:2"], MalformedInputError) and "not JSON" in bad["feed.jsonl:2"].reason
    assert isinstance(bad["feed.jsonl:4"], EmptyInputError)
    assert "not an object" in bad["feed.jsonl:5"].reason
    assert "not a string" in bad["feed.jsonl:6"].reason
    assert isinstance(bad["feed.jsonl:7"], EmptyInputError)
    assert "nested too deeply" in bad["feed.jsonl:8"].reason


def test_deeply_nested_field_inside_a_good_record() -> None:
    nested: object = "x"
    for _ in range(200):
        nested = [nested]
    (art,) = iter_jsonl_lines(iter([record(text=STORM, meta=nested)]), "n.jsonl")
    assert isinstance(art, Article)


def test_control_characters_in_text() -> None:
    few = article_from_record({"text": STORM + "\x0b\x07"}, "c:1")
    assert isinstance(few, Article)
    many = article_from_record({"text": "\x01\x02\x03\x04" * 100}, "c:2")
    assert isinstance(many, InputError) and "control characters" in many.reason


def test_capped_lines_skip_an_overlong_line_and_resume() -> None:
    data = b"short 1\n" + b"x" * 5000 + b"\nshort 2\nlast"
    assert list(iter_capped_lines(io.BytesIO(data), limit=1000)) == [b"short 1", None, b"short 2", b"last"]


def test_overlong_line_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnewsgraph.ingest import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 2000)
    path = tmp_path / "big.jsonl"
    path.write_bytes(record(text=STORM) + b"\n" + record(text="a" * 10_000) + b"\n" + record(text=RICE) + b"\n")
    items = list(read_path(path))
    assert [type(i) for i in items] == [Article, TooLargeError, Article]
    assert items[1].source == f"{path}:2"


def test_line_in_a_legacy_encoding() -> None:
    line = b'{"text": "' + encode_tcvn3(STORM) + b'"}'
    (art,) = iter_jsonl_lines(iter([line]), "legacy.jsonl")
    assert isinstance(art, Article) and art.raw_text == STORM


def test_json_array_object_and_wrapped_list() -> None:
    arr = json.dumps([{"text": STORM}, {"text": RICE}], ensure_ascii=False).encode()
    assert [a.raw_text for a in read_jsonl_bytes(arr, "a.json") if isinstance(a, Article)] == [STORM, RICE]
    one = json.dumps({"text": RICE, "outlet": "VOV"}, ensure_ascii=False, indent=2).encode()
    (art,) = read_jsonl_bytes(one, "one.json")
    assert isinstance(art, Article) and art.outlet == "VOV"
    wrapped = json.dumps({"articles": [{"text": STORM}]}, ensure_ascii=False).encode()
    (art2,) = read_jsonl_bytes(wrapped, "w.json")
    assert isinstance(art2, Article) and art2.raw_text == STORM


def test_json_file_holding_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_bytes(record(text=STORM) + b"\n" + record(text=RICE) + b"\n")
    assert [a.raw_text for a in read_path(path) if isinstance(a, Article)] == [STORM, RICE]


def test_utf16_json_and_bom_first_line() -> None:
    data = json.dumps([{"text": RICE}], ensure_ascii=False).encode("utf-16")
    (art,) = read_jsonl_bytes(data, "u16.json")
    assert isinstance(art, Article) and art.raw_text == RICE
    (art2,) = iter_jsonl_lines(iter([b"\xef\xbb\xbf" + record(text=RICE)]), "bom.jsonl")
    assert isinstance(art2, Article)


def test_broken_json_array() -> None:
    (err,) = read_jsonl_bytes(b'[{"text": "a"}, {"text": ', "broken.json")
    assert isinstance(err, MalformedInputError) and err.source == "broken.json"


def test_jsonl_file_streams(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with path.open("wb") as fh:
        for n in range(3000):
            fh.write(record(text=f"{RICE} Bản tin số {n}.") + b"\n")
    items = read_path(path)
    first = next(items)
    assert isinstance(first, Article) and first.source == f"{path}:1"
    assert sum(1 for _ in items) == 2999


def test_lone_surrogates_and_nul_become_replacement_characters() -> None:
    (art,) = iter_jsonl_lines(iter([b'{"text": "Gi\\u00e1 g\\u1ea1o \\ud800 t\\u0103ng\\u0000 m\\u1ea1nh", "title": "\\udfff"}']), "s.jsonl")
    assert isinstance(art, Article)
    assert art.raw_text == "Giá gạo \ufffd tăng\ufffd mạnh"
    art.raw_text.encode("utf-8")  # printable and storable
    assert art.title == "\ufffd"
