"""Feeds and article pages from a local site on 127.0.0.1 (no network).

The site (tests/fixtures/feeds/fixture_server.py) serves Vietnamese articles,
an RSS and an Atom feed, a malformed feed, and pages that fail: a 404, a 500,
a page slower than the timeout, a redirect loop, a page over the size cap and
a path robots.txt forbids. Requests are counted on the server.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnewsgraph.config import Settings
from vnewsgraph.errors import FetchError, InputError, MalformedInputError
from vnewsgraph.ingest.fetch import Fetcher
from vnewsgraph.ingest.fetch_state import FetchState
from vnewsgraph.ingest.web import WebReader
from vnewsgraph.model import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"



TEST_SETTINGS = {
    "fetch_timeout": 0.5,
    "fetch_delay": 0.0,
    "fetch_retries": 1,
    "fetch_max_bytes": 300_000,
    "user_agent": "vnewsgraph-test/0.1 (+tests; contact: admin@localhost)",
}


def make_reader(state_path: Path, **overrides: object) -> WebReader:
    settings = Settings.load(overrides={**TEST_SETTINGS, **overrides})
    state = FetchState(state_path)
    return WebReader(Fetcher(settings, state, backoff=0.01), state)


def read_all(reader: WebReader, *urls: str) -> tuple[list[Article], list[InputError]]:
    articles: list[Article] = []
    errors: list[InputError] = []
    for url in urls:
        for item in reader.read(url):
            (articles if isinstance(item, Article) else errors).append(item)  # type: ignore[arg-type]
    return articles, errors


def test_rss_feed_yields_articles_and_reports_each_failure_by_url(site, tmp_path: Path) -> None:
    reader = make_reader(tmp_path / "state.sqlite")
    articles, errors = read_all(reader, site.url("/rss.xml"))
    reader.close()

    by_url = {a.url: a for a in articles}
    assert set(by_url) == {
        site.url("/kinh-te/xuat-khau-gao.html"),
        site.url("/kinh-te/fdi-bac-ninh.html"),  # relative link in the feed, made absolute
        site.url("/xa-hoi/bao-lu-mien-trung.html"),
    }
    rice = by_url[site.url("/kinh-te/xuat-khau-gao.html")]
    assert "7,8 triệu tấn gạo" in rice.raw_text
    assert "Bản quyền" not in rice.raw_text  # boilerplate left out by trafilatura
    assert rice.title == "Xuất khẩu gạo 10 tháng đạt 4,9 tỷ USD"
    assert rice.published is not None and rice.published.isoformat() == "2025-11-05"
    flood = by_url[site.url("/xa-hoi/bao-lu-mien-trung.html")]
    assert "12 người thiệt mạng" in flood.raw_text
    assert flood.published is not None and flood.published.isoformat() == "2025-11-07"  # from the feed's pubDate
    assert flood.extra["feed"] == site.url("/rss.xml")

    assert all(isinstance(e, FetchError) for e in errors)
    reasons = {e.source: e.reason for e in errors}
    assert "robots.txt" in reasons[site.url("/private/noi-bo.html")]
    assert "404" in reasons[site.url("/khong-ton-tai.html")]
    assert "500" in reasons[site.url("/loi-may-chu.html")]
    assert "timed out" in reasons[site.url("/trang-cham.html")]
    assert "redirect loop" in reasons[site.url("/vong-a.html")]
    assert "limit" in reasons[site.url("/trang-khong-lo.html")]
    assert len(errors) == 6

    # robots.txt honoured: the forbidden page was never requested; a clear User-Agent was sent.
    assert site.state.count("/private/noi-bo.html") == 0
    assert site.state.count("/robots.txt") == 1
    assert site.state.user_agents == {TEST_SETTINGS["user_agent"]}
    # 404 is not retried, 500 is (fetch_retries = 1).
    assert site.state.count("/khong-ton-tai.html") == 1
    assert site.state.count("/loi-may-chu.html") == 2


def test_second_run_fetches_nothing_unchanged(site, tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    reader = make_reader(state)
    articles, errors = read_all(reader, site.url("/atom.xml"))
    reader.close()
    assert errors == []
    # The re-published copy of the rice article has the same text: handed on once.
    assert sorted(a.url or "" for a in articles) == [
        site.url("/doi-ngoai/ngoai-giao-nhat-ban.html"),
        site.url("/kinh-te/xuat-khau-gao.html"),
    ]
    japan = next(a for a in articles if "Nhật Bản" in a.raw_text)
    assert "60 tỷ yên" in japan.raw_text

    site.state.reset()
    reader = make_reader(state)  # a new run: new process state, same state file
    articles, errors = read_all(reader, site.url("/atom.xml"))
    reader.close()
    assert (articles, errors) == ([], [])
    # One conditional request for the feed (answered 304); robots.txt comes from the state.
    assert dict(site.state.requests) == {"/atom.xml": 1}


def test_changed_feed_fetches_only_the_new_entry(site, tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    reader = make_reader(state)
    read_all(reader, site.url("/atom.xml"))
    reader.close()

    atom = (FIXTURES / "atom.xml").read_text("utf-8").replace("HOST", site.host)
    new_entry = (
        "<entry><title>Lũ ở miền Trung</title>"
        f'<link rel="alternate" href="http://{site.host}/xa-hoi/bao-lu-mien-trung.html"/>'
        "<id>urn:uuid:new</id><updated>2025-11-09T07:00:00+07:00</updated></entry></feed>"
    )
    site.state.overrides["/atom.xml"] = (atom.replace("</feed>", new_entry).encode(), "application/atom+xml")
    site.state.reset()
    reader = make_reader(state)
    articles, errors = read_all(reader, site.url("/atom.xml"))
    reader.close()
    assert errors == []
    assert [a.url for a in articles] == [site.url("/xa-hoi/bao-lu-mien-trung.html")]
    assert dict(site.state.requests) == {"/atom.xml": 1, "/xa-hoi/bao-lu-mien-trung.html": 1}


def test_failed_entries_are_retried_next_run_but_seen_ones_are_not(site, tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    site.state.slow_seconds = 1.0
    reader = make_reader(state)
    first, _ = read_all(reader, site.url("/rss.xml"))
    reader.close()
    assert len(first) == 3

    site.state.reset()
    reader = make_reader(state)
    again, errors = read_all(reader, site.url("/rss.xml"))
    reader.close()
    assert again == []
    # A 500 and a timeout may be temporary: the feed is read again and those retried...
    assert site.state.count("/rss.xml") == 1
    assert site.state.count("/loi-may-chu.html") == 2
    # ...but articles already handed on are not fetched again, nor is the forbidden page.
    assert site.state.count("/kinh-te/xuat-khau-gao.html") == 0
    assert site.state.count("/private/noi-bo.html") == 0
    assert site.state.count("/robots.txt") == 0
    assert {e.source for e in errors} >= {site.url("/loi-may-chu.html"), site.url("/trang-cham.html")}


def test_malformed_feed_is_reported_and_the_next_feed_still_read(site, tmp_path: Path) -> None:
    reader = make_reader(tmp_path / "state.sqlite")
    articles, errors = read_all(reader, site.url("/malformed.xml"), site.url("/atom.xml"))
    reader.close()
    assert len(errors) == 1
    assert isinstance(errors[0], MalformedInputError) and isinstance(errors[0], FetchError)
    assert errors[0].source == site.url("/malformed.xml")
    assert "does not parse" in errors[0].reason
    assert len(articles) == 2


def test_article_url_read_once(site, tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    url = site.url("/kinh-te/fdi-bac-ninh.html")
    reader = make_reader(state)
    articles, errors = read_all(reader, url)
    reader.close()
    assert errors == []
    assert len(articles) == 1
    art = articles[0]
    assert art.source == url and art.url == url
    assert art.outlet == "Báo Kinh tế Mẫu"
    assert "Tập đoàn Goertek" in art.raw_text
    assert art.encoding == "utf-8"

    site.state.reset()
    reader = make_reader(state)
    assert read_all(reader, url) == ([], [])
    reader.close()
    assert site.state.count() == 0


def test_interrupted_consumer_loses_nothing(site, tmp_path: Path) -> None:
    """An article is marked seen only after the consumer moved past it (stored it)."""
    state = tmp_path / "state.sqlite"
    reader = make_reader(state)
    gen = reader.read(site.url("/atom.xml"))
    first = next(gen)
    assert isinstance(first, Article)
    gen.close()  # the run stops (Ctrl-C) while the first article is being stored
    reader.close()

    reader = make_reader(state)
    articles, _ = read_all(reader, site.url("/atom.xml"))
    reader.close()
    assert first.url in {a.url for a in articles}


def test_read_inputs_dispatches_urls(site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnewsgraph.ingest import web
    from vnewsgraph.ingest.files import read_inputs

    monkeypatch.setenv("VNEWSGRAPH_FETCH_STATE", str(tmp_path / "state.sqlite"))
    monkeypatch.setenv("VNEWSGRAPH_FETCH_DELAY", "0")
    monkeypatch.setenv("VNEWSGRAPH_FETCH_TIMEOUT", "0.5")
    web.reset_default_reader()
    try:
        items = list(read_inputs([site.url("/doi-ngoai/ngoai-giao-nhat-ban.html"), site.url("/khong-ton-tai.html")]))
    finally:
        web.reset_default_reader()
    assert isinstance(items[0], Article) and "Phạm Minh Chính" in items[0].raw_text
    assert isinstance(items[1], FetchError) and items[1].source == site.url("/khong-ton-tai.html")
    assert (tmp_path / "state.sqlite").exists()


def test_unreachable_robots_txt_means_no_fetching(site, tmp_path: Path) -> None:
    """RFC 9309: a robots.txt answering 5xx means complete disallow; asked once per run."""
    site.state.statuses["/robots.txt"] = 503
    reader = make_reader(tmp_path / "state.sqlite", fetch_retries=0)
    articles, errors = read_all(
        reader, site.url("/kinh-te/fdi-bac-ninh.html"), site.url("/xa-hoi/bao-lu-mien-trung.html")
    )
    reader.close()
    assert articles == []
    assert [e.source for e in errors] == [site.url("/kinh-te/fdi-bac-ninh.html"), site.url("/xa-hoi/bao-lu-mien-trung.html")]
    assert all("robots.txt could not be read" in e.reason for e in errors)
    assert dict(site.state.requests) == {"/robots.txt": 1}
    # Not remembered as seen: once robots.txt is back, the next run fetches them.
    del site.state.statuses["/robots.txt"]
    reader = make_reader(tmp_path / "state.sqlite")
    articles, errors = read_all(reader, site.url("/kinh-te/fdi-bac-ninh.html"))
    reader.close()
    assert len(articles) == 1 and errors == []


def test_missing_robots_txt_allows_everything(site, tmp_path: Path) -> None:
    site.state.statuses["/robots.txt"] = 404
    reader = make_reader(tmp_path / "state.sqlite")
    articles, errors = read_all(reader, site.url("/private/noi-bo.html"))
    reader.close()
    assert errors == [] and len(articles) == 1 and "cổ tức 20%" in articles[0].raw_text


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Vietnamese text as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        tones = "".join(c for c in parts if c in TONES)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)


def test_legacy_encoded_page_declared_by_meta(site, tmp_path: Path) -> None:
    text = (
        "Ngân hàng Nhà nước vừa điều chỉnh tỷ giá trung tâm tăng 15 đồng, lên mức 25.100 đồng/USD. "
        "Các chuyên gia nhận định tỷ giá sẽ ổn định trong quý cuối năm nhờ nguồn kiều hối dồi dào."
    )
    page = (
        '<html><head><meta charset="windows-1258"><title>Tỷ giá trung tâm tăng nhẹ</title></head>'
        f"<body><article><h1>Tỷ giá trung tâm tăng nhẹ</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )
    site.state.overrides["/ty-gia.html"] = (to_cp1258(page), "text/html")  # no charset in the header
    reader = make_reader(tmp_path / "state.sqlite")
    articles, errors = read_all(reader, site.url("/ty-gia.html"))
    reader.close()
    assert errors == []
    import unicodedata

    assert unicodedata.normalize("NFC", "25.100 đồng/USD") in unicodedata.normalize("NFC", articles[0].raw_text)
    assert (articles[0].encoding or "").lower().replace("-", "") in {"windows1258", "cp1258"}
