"""Web pages over the fake repository: every page renders, has a JSON twin, escapes untrusted text."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API_KEY
from tests.api.fake_repo import FakeRepository
from vnewsgraph.web.render import Highlight, highlight_text, line_chart, safe_snippet

HTML = {"accept": "text/html"}
PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>']


def pages(repo: FakeRepository) -> list[str]:
    did = next(iter(repo.docs))
    return ["/", "/search?q=to+lam", "/entities", "/entities/ent_to_lam", "/events", "/events/evt_meet_lao",
            "/facts", "/facts/clm_trade_2025", "/documents", f"/documents/{did}", "/graph", "/timeline",
            "/timeline?entity=ent_lao&since=2026"]


def test_every_page_renders_utf8_html(client: TestClient, fake_repo: FakeRepository) -> None:
    for path in pages(fake_repo):
        r = client.get(path, headers=HTML)
        assert r.status_code == 200, (path, r.text[:300])
        assert r.headers["content-type"].startswith("text/html") and "charset=utf-8" in r.headers["content-type"]
        assert '<meta charset="utf-8">' in r.text and 'lang="vi"' in r.text
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", r.text), path  # nothing from the network


def test_json_twins_match_the_api(client: TestClient, fake_repo: FakeRepository) -> None:
    api = client.get("/api/entities/ent_to_lam").json()
    twin = client.get("/entities/ent_to_lam.json").json()
    assert twin["name"] == api["name"] and twin["titles"] == api["titles"]
    assert {"timeline", "graph"} <= twin.keys()
    assert client.get("/entities/ent_to_lam?format=json").json() == twin
    assert client.get("/events/evt_meet_lao.json").json() == client.get("/api/events/evt_meet_lao").json()
    assert client.get("/facts/clm_trade_2025.json").json() == client.get("/api/facts/clm_trade_2025").json()
    did = next(iter(fake_repo.docs))
    assert client.get(f"/documents/{did}.json").json()["text"] == fake_repo.docs[did]["text"]
    assert client.get("/?format=json").json()["stats"]["documents"] == 3
    assert client.get("/search?q=to+lam&format=json").json()["items"]


def test_search_page_is_diacritic_insensitive_and_highlights(client: TestClient) -> None:
    r = client.get("/search", params={"q": "to lam"}, headers=HTML)
    assert "<mark>Tô Lâm</mark>" in r.text and 'href="/entities/ent_to_lam"' in r.text


def test_entity_page_has_titles_timeline_and_graph(client: TestClient) -> None:
    t = client.get("/entities/ent_to_lam", headers=HTML).text
    assert "Tổng Bí thư" in t and 'id="timeline"' in t and 'id="graph"' in t
    assert 'id="timeline-data"' in t and "/static/graph.js" in t and "evt_talks_kr" in t


def test_event_page_shows_code_place_and_sources(client: TestClient) -> None:
    t = client.get("/events/evt_meet_lao", headers=HTML).text
    assert "040" in t and "Hà Nội" in t and "Sonexay Siphandone" in t
    assert '<blockquote class="evidence"><mark>' in t and "Báo Mẫu" in t


def test_figures_page_groups_conflicts_targets_and_charts(client: TestClient) -> None:
    t = client.get("/facts", headers=HTML).text
    assert t.count("<h2>kim ngạch thương mại</h2>") == 1
    assert "các nguồn vênh nhau" in t  # conflict badge
    assert 'class="progress"' in t and "width: 46.0%" in t
    assert '<svg class="chart"' in t and "2024" in t and "2025" in t
    assert "2.300.000.000" in t and "2.400.000.000" in t  # the two sources side by side


def test_document_page_highlights_and_links(client: TestClient, fake_repo: FakeRepository) -> None:
    did = next(iter(fake_repo.docs))
    t = client.get(f"/documents/{did}", headers=HTML).text
    assert 'href="/entities/ent_to_lam"' in t and "hl-fact" in t and "hl-event" in t
    ev = client.get("/events/evt_meet_lao", headers=HTML).text
    anchor = re.search(r'href="(/documents/[^"#]+)#(at-\d+)"', ev)
    assert anchor and f'id="{anchor.group(2)}"' in client.get(anchor.group(1), headers=HTML).text


def test_missing_and_bad_pages_are_html_errors(client: TestClient) -> None:
    r = client.get("/entities/ent_khong_co", headers=HTML)
    assert r.status_code == 404 and "Lỗi 404" in r.text
    r = client.get("/events", params={"since": "<script>"}, headers=HTML)
    assert r.status_code == 422 and "<script>" not in r.text


def test_ingested_html_is_inert_on_every_page(client: TestClient, fake_repo: FakeRepository) -> None:
    text = "Hà Nội đón đoàn đại biểu. " + " ".join(PAYLOADS) + " Hai bên ký thỏa thuận hợp tác."
    body = {"text": text, "title": "Tin " + PAYLOADS[1], "outlet": PAYLOADS[2]}
    r = client.post("/api/ingest", json=body, headers={"X-API-Key": API_KEY})
    did = r.json()["items"][0]["document_id"]
    for path in [*pages(fake_repo), f"/documents/{did}", "/search?q=script", "/search?q=onerror",
                 "/search?q=" + PAYLOADS[0], "/entities?query=" + PAYLOADS[2]]:
        t = client.get(path, headers=HTML).text
        for p in PAYLOADS:
            assert p not in t, (path, p)
        assert "<script>alert" not in t and "<img src=x" not in t and "<svg onload" not in t
    doc = client.get(f"/documents/{did}", headers=HTML).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc


def test_highlight_text_escapes_and_nests() -> None:
    text = "Ông <b>A</b> gặp B tại C."
    hs = [Highlight(0, len(text), "event", "/events/evt_1", "MEETING"),
          Highlight(4, 12, "entity", "/entities/ent_a", "A"),
          Highlight(17, 18, "entity", None, "B")]
    out = str(highlight_text(text, hs))
    assert "<b>" not in out and "&lt;b&gt;A&lt;/b&gt;" in out
    assert out.count('class="hl hl-event"') == 5  # the event is cut where entities start and end
    assert '<a class="hl-link" href="/entities/ent_a"' in out


def test_safe_snippet_keeps_only_marks() -> None:
    assert str(safe_snippet("a <mark>Tô</mark> <script>x</script>")) == "a <mark>Tô</mark> &lt;script&gt;x&lt;/script&gt;"
    assert str(safe_snippet("&lt;img&gt; <mark>b")) == "&lt;img&gt; <mark>b</mark>"


@pytest.mark.parametrize("period", ["2024", "<script>"])
def test_line_chart_escapes_labels(period: str) -> None:
    svg = str(line_chart([(period, 1.0), ("2025", 2.5)], "USD"))
    assert svg.startswith("<svg") and "<script>" not in svg


def test_evidence_marks_participants_and_escapes() -> None:
    from vnewsgraph.web.render import highlight_evidence

    out = str(highlight_evidence("Tô Lâm gặp <Lee> tại Seoul.", ["Tô Lâm", "<Lee>", None]))
    assert out == "<mark><b>Tô Lâm</b> gặp <b>&lt;Lee&gt;</b> tại Seoul.</mark>"


def test_pages_send_a_content_security_policy(client: TestClient) -> None:
    r = client.get("/", headers=HTML)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "object-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" in client.get("/docs").headers["content-security-policy"]


def test_list_pages_paginate(client: TestClient, fake_repo: FakeRepository) -> None:
    for i in range(30):
        fake_repo._ent(f"ent_extra_{i}", f"Tỉnh {i}", "LOCATION")
    first = client.get("/entities", headers=HTML).text
    assert "Trang 1 / 2" in first and "page=2" in first
    second = client.get("/entities", params={"page": 2}, headers=HTML).text
    assert "Trang 2 / 2" in second and "page=1" in second
    assert client.get("/entities", params={"page": 0}, headers=HTML).status_code == 422


def test_figures_inside_fact_evidence_are_marked() -> None:
    from vnewsgraph.web.render import collect_highlights

    text = "Năm 2025, kim ngạch đạt 11,33 tỷ USD, tăng 11,7% sau 9 tháng. Ngày 6/2 hai bên gặp nhau."
    doc = {"text": text, "facts": [{"id": "clm_1", "evidence_start": 0, "evidence_end": text.index(" Ngày")}]}
    figures = [text[h.start:h.end] for h in collect_highlights(doc) if h.kind == "figure"]
    assert figures == ["11,33 tỷ USD", "11,7%"]
