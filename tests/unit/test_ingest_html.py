"""HTML article pages: main text, title, date and outlet from the page; broken pages."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from vnewsgraph.errors import InputError, MalformedInputError
from vnewsgraph.ingest.files import read_bytes, read_path
from vnewsgraph.ingest.html import article_from_html, page_metadata
from vnewsgraph.model import Article

PARAS = [
    "Theo Tổng cục Hải quan, kim ngạch xuất khẩu hàng dệt may của Việt Nam trong 9 tháng đạt 32,5 tỷ USD, "
    "tăng 10% so với cùng kỳ năm ngoái, trong đó Hoa Kỳ tiếp tục là thị trường lớn nhất.",
    "Hiệp hội Dệt may Việt Nam cho biết nhiều doanh nghiệp đã có đơn hàng đến hết quý I năm sau, "
    "nhưng vẫn lo ngại chi phí vận chuyển và yêu cầu xanh hóa chuỗi cung ứng từ các nhà nhập khẩu châu Âu.",
    "Bộ Công Thương khuyến nghị các doanh nghiệp đa dạng hóa thị trường, tận dụng các hiệp định thương mại tự do.",
]


def page(head: str = "", body_extra: str = "", charset: str = "utf-8") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="{charset}"><title>Dệt may xuất khẩu tăng 10%</title>'
        f"{head}</head><body><header><nav><a href='/'>Trang chủ</a> | <a href='/kinh-te'>Kinh tế</a></nav></header>"
        f"<article><h1>Dệt may xuất khẩu tăng 10%</h1>{paras}</article>{body_extra}"
        "<footer>Bản quyền thuộc về tòa soạn</footer></body></html>"
    )


def test_open_graph_metadata() -> None:
    html = page('<meta property="og:site_name" content="Báo Thanh Niên">'
                '<meta property="article:published_time" content="2025-10-12T07:30:00+07:00">'
                '<meta property="og:title" content="Dệt may xuất khẩu tăng 10% trong 9 tháng">')
    art = article_from_html(html, "p.html")
    assert art.outlet == "Thanh Niên"  # canonical form of a known outlet
    assert (art.published, art.date_hint) == (dt.date(2025, 10, 12), "2025-10")
    assert art.title == "Dệt may xuất khẩu tăng 10% trong 9 tháng"
    assert PARAS[0] in art.raw_text and PARAS[2] in art.raw_text
    assert "Trang chủ" not in art.raw_text and "Bản quyền" not in art.raw_text


def test_json_ld_metadata() -> None:
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"}, '
          '{"@type": "NewsArticle", "headline": "Dệt may tăng tốc", "datePublished": "2025-10-13T09:00:00+07:00", '
          '"publisher": {"@type": "Organization", "name": "Báo Đầu tư"}}]}')
    art = article_from_html(page(f'<script type="application/ld+json">{ld}</script>'), "p.html")
    assert (art.outlet, art.published, art.title) == ("Báo Đầu tư", dt.date(2025, 10, 13), "Dệt may tăng tốc")


def test_outlet_from_the_url_domain() -> None:
    art = article_from_html(page(), "saved.html", url="https://vnexpress.net/det-may-xuat-khau-4800000.html")
    assert art.outlet == "VnExpress"
    assert art.url == "https://vnexpress.net/det-may-xuat-khau-4800000.html"
    canon = article_from_html(page('<link rel="canonical" href="https://dantri.com.vn/kinh-doanh/a.htm">'), "s.html")
    assert canon.outlet == "Dân trí"


def test_nothing_stated_gives_nulls() -> None:
    art = article_from_html(page(body_extra="<p>Cập nhật ngày 14/10/2025</p>"), "p.html")
    assert art.published is None and art.date_hint is None
    assert art.outlet is None


def test_malformed_json_ld_is_ignored() -> None:
    bad = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'
    meta = page_metadata(page(bad + '<meta property="og:site_name" content="VOV">'))
    assert meta["outlet"] == "VOV" and "published" not in meta


def test_unclosed_and_broken_markup_still_reads() -> None:
    html = "<html><body><div><p>" + "<p>".join(PARAS) + "<div><span><b>không đóng thẻ"
    art = article_from_html(html, "broken.html")
    assert PARAS[1] in art.raw_text


def test_page_without_article_text() -> None:
    with pytest.raises(MalformedInputError, match="no article text") as info:
        article_from_html("<html><head><title>x</title></head><body><nav>menu</nav></body></html>", "empty.html")
    assert "empty.html" in str(info.value)


def test_deeply_nested_markup_is_an_error_or_text_not_a_crash() -> None:
    html = "<html><body>" + "<div>" * 50_000 + PARAS[0] + "</div>" * 50_000 + "</body></html>"
    items = list(read_bytes(html.encode(), "deep.html", ".html"))
    assert len(items) == 1 and isinstance(items[0], (Article, InputError))


def test_html_file_in_windows_1258(tmp_path: Path) -> None:
    tones = "\u0300\u0301\u0303\u0309\u0323"

    def cp1258(text: str) -> bytes:
        out = []
        for ch in unicodedata.normalize("NFC", text):
            d = unicodedata.normalize("NFD", ch)
            out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)) + "".join(c for c in d if c in tones))
        return "".join(out).encode("cp1258")

    path = tmp_path / "trang.htm"
    path.write_bytes(cp1258(page(charset="windows-1258")))
    (art,) = read_path(path)
    assert isinstance(art, Article), art
    assert art.encoding == "cp1258"
    assert PARAS[0] in art.raw_text


def test_html_sniffed_in_a_txt_file(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(page('<meta property="og:site_name" content="VnExpress">'), encoding="utf-8")
    (art,) = read_path(path)
    assert isinstance(art, Article) and art.outlet == "VnExpress" and "<p>" not in art.raw_text
