"""The polite fetcher on its own: delay per host, size cap, retries, robots, redirects."""

from __future__ import annotations

import sys

import pytest

from vnewsgraph.config import Settings
from vnewsgraph.ingest.fetch import Fetcher, HttpFetchError
from vnewsgraph.ingest.fetch_state import FetchState, default_state_path


def fetcher(**overrides: object) -> tuple[Fetcher, list[float]]:
    sleeps: list[float] = []
    settings = Settings.load(
        overrides={"fetch_timeout": 0.5, "fetch_delay": 0.0, "fetch_retries": 2, "fetch_max_bytes": 300_000, **overrides}
    )
    return Fetcher(settings, FetchState(":memory:"), backoff=0.01, sleep=sleeps.append), sleeps


def test_per_host_delay_is_kept(site) -> None:
    f, sleeps = fetcher(fetch_delay=5.0)
    f.get(site.url("/kinh-te/xuat-khau-gao.html"))
    f.get(site.url("/kinh-te/fdi-bac-ninh.html"))
    f.close()
    # robots.txt, then two pages: the two later requests each wait for the host's turn.
    assert len(sleeps) == 2
    assert all(4.0 < s <= 5.0 for s in sleeps)


def test_crawl_delay_from_robots_is_honoured(site) -> None:
    site.state.overrides["/robots.txt"] = (b"User-agent: *\nCrawl-delay: 7\n", "text/plain")
    f, sleeps = fetcher(fetch_delay=0.5)
    f.get(site.url("/kinh-te/xuat-khau-gao.html"))
    f.close()
    assert sleeps and 6.0 < sleeps[-1] <= 7.0


def test_server_errors_are_retried_with_back_off_and_client_errors_are_not(site) -> None:
    f, sleeps = fetcher(fetch_retries=2)
    with pytest.raises(HttpFetchError) as server_error:
        f.get(site.url("/loi-may-chu.html"))
    assert server_error.value.transient and server_error.value.status == 500
    assert site.state.count("/loi-may-chu.html") == 3
    assert sleeps == [0.01, 0.02]  # exponential back-off
    with pytest.raises(HttpFetchError) as missing:
        f.get(site.url("/khong-ton-tai.html"))
    assert not missing.value.transient
    assert site.state.count("/khong-ton-tai.html") == 1
    f.close()


def test_size_cap_by_content_length_and_while_streaming(site) -> None:
    site.state.overrides["/lon.html"] = (b"<html>" + b"x" * 400_000 + b"</html>", "text/html")
    f, _ = fetcher(fetch_max_bytes=300_000)
    with pytest.raises(HttpFetchError, match="over the limit of 300,000"):
        f.get(site.url("/lon.html"))
    with pytest.raises(HttpFetchError, match="over the limit of 300,000"):
        f.get(site.url("/trang-khong-lo.html"))  # no Content-Length
    f.close()


def test_timeout_and_redirect_loop(site) -> None:
    site.state.slow_seconds = 1.5
    f, _ = fetcher(fetch_retries=0, fetch_timeout=0.3)
    with pytest.raises(HttpFetchError, match="timed out"):
        f.get(site.url("/trang-cham.html"))
    with pytest.raises(HttpFetchError, match="redirect loop") as loop:
        f.get(site.url("/vong-a.html"))
    assert loop.value.source == site.url("/vong-a.html")
    f.close()


def test_conditional_request_gets_304(site) -> None:
    f, _ = fetcher()
    first = f.get(site.url("/rss.xml"))
    assert first.status == 200 and first.headers["etag"]
    again = f.get(site.url("/rss.xml"), etag=first.headers["etag"])
    assert again.not_modified and again.body == b""
    f.close()


def test_robots_disallow_and_other_agents(site) -> None:
    f, _ = fetcher()
    assert not f.allowed(site.url("/private/noi-bo.html"))
    assert f.allowed(site.url("/kinh-te/xuat-khau-gao.html"))
    with pytest.raises(HttpFetchError, match="robots.txt"):
        f.get(site.url("/private/noi-bo.html"))
    f.close()
    bad, _ = fetcher(user_agent="BadBot/1.0")
    assert not bad.allowed(site.url("/kinh-te/xuat-khau-gao.html"))
    bad.close()
    assert site.state.count("/private/noi-bo.html") == 0


def test_non_http_url_is_refused() -> None:
    f, _ = fetcher()
    with pytest.raises(HttpFetchError, match="only http"):
        f.get("file:///etc/passwd")
    f.close()


def test_state_path_defaults_next_to_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    cli = sys.modules.get("vnewsgraph.cli")
    if cli is not None:  # an earlier CLI test may have named a store with --db
        monkeypatch.setattr(cli.state, "db", None)
    assert default_state_path(Settings.load(overrides={"db": "/data/kb.db"}, environ={})) == "/data/kb.db.fetch.sqlite"
    assert (
        default_state_path(Settings.load(overrides={"db": "sqlite:////data/kb.db"}, environ={}))
        == "/data/kb.db.fetch.sqlite"
    )
    assert default_state_path(Settings.load(environ={"VNEWSGRAPH_FETCH_STATE": "/tmp/s.sqlite"})) == "/tmp/s.sqlite"
