"""Web archives (WARC) and Parquet files of articles, read as streams."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest

from vnewsgraph.errors import InputError, MalformedInputError, TooLargeError
from vnewsgraph.ingest.parquet import read_parquet_file
from vnewsgraph.ingest.warc import read_warc_file
from vnewsgraph.model import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"

TRADE = (
    "Kim ngạch xuất khẩu thủy sản của Việt Nam trong tháng 10/2025 đạt 1,1 tỷ USD, tăng 15% so với cùng kỳ. "
    "Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), Mỹ và Trung Quốc là hai thị trường lớn nhất.\n\n"
    "Bà Lê Hằng, Phó Giám đốc Trung tâm Xúc tiến thương mại của VASEP, cho biết giá tôm xuất khẩu đã phục hồi."
)
STORM = (
    "Bão số 13 đổ bộ vào Gia Lai và Đắk Lắk rạng sáng 7/11/2025 với sức gió mạnh cấp 14. "
    "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết mưa lớn có thể kéo dài đến hết ngày 8/11.\n\n"
    "Bộ Nông nghiệp và Môi trường đã yêu cầu các địa phương sơ tán hơn 260.000 người khỏi vùng nguy hiểm."
)


def _html(title: str, body: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><nav>Trang chủ | Thời sự</nav><article><h1>{title}</h1>{paras}</article>"
        "<footer>Liên hệ quảng cáo</footer></body></html>"
    ).encode()


def write_warc(path: Path, gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(url: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK") -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(rec)

        req_headers = StatusAndHeaders("GET / HTTP/1.1", [("User-Agent", "crawler")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://tin.example.vn/", "request", http_headers=req_headers))
        response("https://tin.example.vn/kinh-te/thuy-san.html", _html("Xuất khẩu thủy sản tăng 15%", TRADE))
        response("https://tin.example.vn/anh/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        response("https://tin.example.vn/cu.html", b"<html><body>gone</body></html>", status="404 Not Found")
        response("https://tin.example.vn/trong.html", b"<html><head><title>x</title></head><body></body></html>")
        response(
            "https://tin.example.vn/thoi-su/bao-so-13.html",
            _html("Bão số 13 đổ bộ", STORM).decode().encode("utf-8"),
            "text/html",
        )


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_become_articles(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz)
    items = list(read_warc_file(path))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.url for a in articles] == [
        "https://tin.example.vn/kinh-te/thuy-san.html",
        "https://tin.example.vn/thoi-su/bao-so-13.html",
    ]
    assert "VASEP" in articles[0].raw_text and "Liên hệ quảng cáo" not in articles[0].raw_text
    assert articles[0].title == "Xuất khẩu thủy sản tăng 15%"
    assert articles[0].source == "https://tin.example.vn/kinh-te/thuy-san.html"
    assert "260.000 người" in articles[1].raw_text
    assert "fetched_at" in articles[0].extra
    # the empty page is reported by its URL; the image, the request and the 404 are skipped
    assert len(errors) == 1 and errors[0].source == "https://tin.example.vn/trong.html"


def test_warc_record_over_the_limit_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    items = list(read_warc_file(path, max_bytes=500))
    too_large = [i for i in items if isinstance(i, TooLargeError)]
    assert len(too_large) == 2 and "thuy-san.html" in str(too_large[0].source)


def test_damaged_or_missing_warc(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not an archive\r\n\r\n")
    items = list(read_warc_file(bad))
    assert len(items) == 1 and isinstance(items[0], MalformedInputError) and items[0].source == str(bad)
    missing = list(read_warc_file(tmp_path / "nope.warc.gz"))
    assert isinstance(missing[0], InputError) and "no such file" in missing[0].reason


ROWS = [
    {"text": TRADE, "title": "Thủy sản", "url": "https://tin.example.vn/a", "published": "2025-11-02", "outlet": "Tin Mẫu"},
    {"text": STORM, "title": None, "url": None, "published": None, "outlet": None},
    {"text": "   ", "title": "trống", "url": None, "published": None, "outlet": None},
    {"text": "date 2025-10 (Báo Mẫu) - " + TRADE, "title": None, "url": None, "published": None, "outlet": None},
]


def test_parquet_rows_read_like_json_lines(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from vnewsgraph.ingest.jsonl import read_jsonl_file

    pq_path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), pq_path, row_group_size=2)
    jl_path = tmp_path / "articles.jsonl"
    jl_path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", "utf-8")

    from_parquet = list(read_parquet_file(pq_path))
    from_jsonl = list(read_jsonl_file(jl_path))
    assert len(from_parquet) == len(from_jsonl) == 4

    def key(item: Article | InputError) -> tuple:
        if isinstance(item, Article):
            return (item.raw_text, item.title, item.url, item.published, item.outlet, item.date_hint)
        return (type(item).__name__,)

    assert [key(i) for i in from_parquet] == [key(i) for i in from_jsonl]
    assert isinstance(from_parquet[2], InputError) and from_parquet[2].source == f"{pq_path}:3"
    assert isinstance(from_parquet[1], Article) and from_parquet[1].source == f"{pq_path}:2"
    # only some row groups (what a Ray read task does), numbered as in the whole file
    second_group = list(read_parquet_file(pq_path, row_groups=[1]))
    assert isinstance(second_group[0], InputError) and second_group[0].source == f"{pq_path}:3"
    assert isinstance(second_group[1], Article) and second_group[1].outlet == "Báo Mẫu"


def test_parquet_with_date_column_and_without_text(tmp_path: Path) -> None:
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "dated.parquet"
    pq.write_table(pa.table({"text": [STORM], "published": [dt.date(2025, 11, 7)]}), path)
    (art,) = read_parquet_file(path)
    assert isinstance(art, Article) and art.published == dt.date(2025, 11, 7)
    no_text = tmp_path / "notext.parquet"
    pq.write_table(pa.table({"body": ["x"]}), no_text)
    (err,) = read_parquet_file(no_text)
    assert isinstance(err, MalformedInputError) and "no 'text' column" in err.reason


def test_parquet_is_streamed(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "big.parquet"
    n_rows = 20_000
    texts = [f"Bài số {i}. " + TRADE for i in range(n_rows)]
    pq.write_table(pa.table({"text": texts}), path, row_group_size=2_000)
    del texts
    size = path.stat().st_size
    tracemalloc.start()
    count = sum(1 for item in read_parquet_file(path) if isinstance(item, Article))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == n_rows
    # Python-side peak stays far below the ~8 MB of text in the file (one batch of rows at a time).
    assert peak < 4_000_000, (peak, size)


def test_warc_is_streamed_past_large_records(tmp_path: Path) -> None:
    """A 30 MB video record is read through in blocks, never held in memory."""
    import os

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    blob = tmp_path / "video.bin"
    with blob.open("wb") as fh:
        for _ in range(30):
            fh.write(os.urandom(1 << 20))
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, body in enumerate([TRADE, STORM]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            page = io.BytesIO(_html(f"Tin {i}", body))
            writer.write_record(writer.create_warc_record(f"https://tin.example.vn/{i}", "response", payload=page, http_headers=headers))
            if i == 0:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "video/mp4")], protocol="HTTP/1.1")
                with blob.open("rb") as payload:
                    rec = writer.create_warc_record("https://tin.example.vn/v.mp4", "response", payload=payload, http_headers=headers)
                    writer.write_record(rec)
    assert path.stat().st_size > 30_000_000
    tracemalloc.start()
    items = list(read_warc_file(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    assert peak < 5_000_000, peak
