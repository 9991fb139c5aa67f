"""REST API behaviour over the in-memory fake repository: shapes, validation, keys, errors."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API_KEY, make_fake_client
from tests.api.fake_repo import FakeRepository
from vnewsgraph.errors import StoreError

KEY = {"X-API-Key": API_KEY}


def test_stats_and_lists(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 3 and stats["events"] == 4
    page = client.get("/api/entities", params={"limit": 2, "offset": 1}).json()
    assert page["limit"] == 2 and page["offset"] == 1 and len(page["items"]) == 2 and page["total"] == 7
    assert client.get("/api/documents").json()["total"] == 3


@pytest.mark.parametrize(
    "path, params, where",
    [
        ("/api/entities", {"limit": 0}, "limit"),
        ("/api/entities", {"limit": 501}, "limit"),
        ("/api/entities", {"offset": -1}, "offset"),
        ("/api/events", {"since": "2026-13-01"}, "since"),
        ("/api/events", {"until": "yesterday"}, "until"),
        ("/api/events", {"type": "VISIT; DROP TABLE events"}, "type"),
        ("/api/search", {}, "q"),
        ("/api/search", {"q": "x" * 201}, "q"),
        ("/api/timeline", {"entity": "x" * 201}, "entity"),
        ("/api/graph", {"limit": 0}, "limit"),
    ],
)
def test_bad_parameters_are_4xx_with_a_clear_message(client: TestClient, path: str, params: dict, where: str) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "invalid-input" and where in body["message"]


def test_control_characters_in_text_are_rejected(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "Hà\x00Nội"})
    assert r.status_code == 400 and "q" in r.json()["message"]


@pytest.mark.parametrize("bad", ["..%2F..%2Fetc%2Fpasswd", "ent%27%20OR%201%3D1", "%00", "a" * 200])
def test_bad_ids_never_reach_the_store(client: TestClient, bad: str) -> None:
    for section in ("entities", "events", "facts", "documents"):
        r = client.get(f"/api/{section}/{bad}")
        assert r.status_code in (404, 422), (section, r.status_code, r.text)


def test_entity_has_titles_events_and_cooccurring(client: TestClient) -> None:
    e = client.get("/api/entities/ent_to_lam").json()
    assert e["name"] == "Tô Lâm" and e["titles"][0]["title"] == "Tổng Bí thư"
    assert [ev["id"] for ev in e["events"]][0] == "evt_talks_kr"  # newest first
    assert {c["name"] for c in e["cooccurring"]} == {"Sonexay Siphandone", "Lee Jae-myung"}
    missing = client.get("/api/entities/ent_khong_co")
    assert missing.status_code == 404 and "ent_khong_co" in missing.json()["message"]


def test_event_filters(client: TestClient) -> None:
    types = {e["type"] for e in client.get("/api/events", params={"type": "meeting"}).json()["items"]}
    assert types == {"MEETING"}
    ranged = client.get("/api/events", params={"since": "2026-04", "until": "2026-04-30"}).json()["items"]
    assert [e["id"] for e in ranged] == ["evt_talks_kr"]
    with_lao = client.get("/api/events", params={"entity": "lao"}).json()["items"]
    assert "evt_aid_lao" in {e["id"] for e in with_lao}
    ev = client.get("/api/events/evt_meet_lao").json()
    assert ev["cameo"] == "040" and ev["sources"][0]["evidence"].startswith("Hà Nội")


def test_facts_with_agreement_and_target(client: TestClient) -> None:
    f = client.get("/api/facts/clm_trade_2025").json()
    assert f["agreement"] == "conflict" and len(f["sources"]) == 2
    assert f["target"]["value"] == 5_000_000_000
    kinds = {x["kind"] for x in client.get("/api/facts", params={"kind": "target"}).json()["items"]}
    assert kinds == {"target"}


def test_search_timeline_graph(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "to lam"}).json()["items"]
    assert hits[0]["kind"] == "entity" and hits[0]["id"] == "ent_to_lam"
    assert "<mark>Tô Lâm</mark>" in hits[0]["snippet"]
    tl = client.get("/api/timeline", params={"entity": "ent_to_lam"}).json()["items"]
    assert [e["date"] for e in tl] == sorted(e["date"] for e in tl)
    g = client.get("/api/graph", params={"entity": "ent_to_lam"}).json()
    ids = {n["id"] for n in g["nodes"]}
    assert "ent_lee" in ids and all({e["source"], e["target"]} <= ids for e in g["edges"])


ARTICLE = {
    "text": "Ngày 3/6/2026, Bộ Công Thương cho biết xuất khẩu gạo sang Philippines đạt 1,2 triệu tấn.",
    "title": "Xuất khẩu gạo",
    "url": "https://example.vn/bai-1",
    "published": "2026-06-03",
    "outlet": "Báo Thử",
}


def test_ingest_needs_the_api_key(client: TestClient) -> None:
    assert client.post("/api/ingest", json=ARTICLE).status_code == 401
    assert client.post("/api/ingest", json=ARTICLE, headers={"X-API-Key": "wrong"}).status_code == 401
    r = client.post("/api/ingest", json=ARTICLE, headers=KEY)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] == 1 and body["items"][0]["status"] == "new"
    again = client.post("/api/ingest", json=ARTICLE, headers=KEY).json()
    assert again["items"][0]["status"] == "unchanged" and again["stored"] == 0


def test_writes_disabled_without_a_configured_key(fake_repo: FakeRepository) -> None:
    c = make_fake_client(fake_repo, api_key="")
    r = c.post("/api/ingest", json=ARTICLE, headers={"X-API-Key": ""})
    assert r.status_code == 403 and "VNEWSGRAPH_API_KEY" in r.json()["message"]
    assert c.delete(f"/api/documents/{next(iter(fake_repo.docs))}").status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        {"text": ""},
        {"title": "không có nội dung"},
        {"text": "x", "published": "2026-02-30"},
        {"text": "x", "url": "javascript:alert(1)"},
        {"text": "x", "extra": 1},
        {"urls": []},
        {"urls": ["file:///etc/passwd"]},
        {"text": "x", "url": "http://[::1"},
        {"urls": ["http://example.vn:99999/"]},
        {"urls": ["https://"]},
        [],
    ],
)
def test_bad_ingest_bodies(client: TestClient, body: Any) -> None:
    r = client.post("/api/ingest", json=body, headers=KEY)
    assert r.status_code == 422, r.text


def test_blank_text_and_too_large(fake_repo: FakeRepository) -> None:
    c = make_fake_client(fake_repo, max_input_bytes=100)
    r = c.post("/api/ingest", json={"text": "   \n "}, headers=KEY)
    assert r.status_code == 400 and "text" in r.json()["message"]
    r = c.post("/api/ingest", json={"text": "Hà Nội " * 40}, headers=KEY)
    assert r.status_code == 413 and "bytes" in r.json()["message"]


def test_url_list_reports_fetch_errors_per_item(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"urls": ["https://example.vn/a", "http://example.vn/b"]}, headers=KEY)
    assert r.status_code == 200
    body = r.json()
    assert body["failed"] == 2 and all(i["status"] == "error" and "network" in i["error"] for i in body["items"])


def test_delete_document(client: TestClient, fake_repo: FakeRepository) -> None:
    did = next(iter(fake_repo.docs))
    assert client.delete(f"/api/documents/{did}").status_code == 401
    assert client.delete(f"/api/documents/{did}", headers=KEY).json() == {"deleted": True, "id": did}
    assert client.delete(f"/api/documents/{did}", headers=KEY).status_code == 404
    assert client.get(f"/api/documents/{did}").status_code == 404


def test_read_key_closes_reads(fake_repo: FakeRepository) -> None:
    c = make_fake_client(fake_repo, read_key="doc-thoi")
    assert c.get("/api/stats").status_code == 401
    assert c.get("/", headers={"accept": "text/html"}).status_code == 401
    assert c.get("/api/stats", headers={"X-API-Key": "doc-thoi"}).status_code == 200
    assert c.get("/api/stats", headers=KEY).status_code == 200  # the write key reads too


def test_errors_from_the_store_are_4xx_and_the_unexpected_a_logged_500(fake_repo: FakeRepository) -> None:
    def broken_store(*a: Any, **k: Any) -> Any:
        raise StoreError("database is locked", "kb.db")

    def bug(*a: Any, **k: Any) -> Any:
        raise RuntimeError("secret internals")

    fake_repo.stats = broken_store  # type: ignore[method-assign]
    fake_repo.list_documents = bug  # type: ignore[method-assign]
    c = make_fake_client(fake_repo)
    r = c.get("/api/stats")
    assert r.status_code == 409 and r.json()["error"] == "store" and "locked" in r.json()["message"]
    r = c.get("/api/documents")
    assert r.status_code == 500 and "secret" not in r.text and r.json()["error"] == "internal"


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/entities", "/api/entities/{entity_id}", "/api/events", "/api/facts", "/api/search",
                 "/api/timeline", "/api/graph", "/api/ingest", "/api/documents/{document_id}"):
        assert path in spec["paths"], path
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert "https://" not in docs.split("<body>")[0]
    js = client.get("/static/swagger/swagger-ui-bundle.js")
    assert js.status_code == 200 and "SwaggerUIBundle" in js.text[:2000]


def test_static_files_only_from_the_package(client: TestClient) -> None:
    assert client.get("/static/style.css").status_code == 200
    for probe in ("/static/../api/app.py", "/static/%2e%2e/%2e%2e/config.py", "/static/..%2F..%2Fconfig.py"):
        assert client.get(probe).status_code == 404, probe


def test_browsers_sign_in_with_the_read_key(fake_repo: FakeRepository) -> None:
    c = make_fake_client(fake_repo, read_key="doc-thoi")
    page = c.get("/", headers={"accept": "text/html"})
    assert page.status_code == 401 and 'href="/login"' in page.text
    assert c.post("/login", data={"key": "sai"}).status_code == 401
    r = c.post("/login", data={"key": "doc-thoi"}, follow_redirects=False)
    assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
    assert c.get("/", headers={"accept": "text/html"}).status_code == 200  # the cookie opens reads
    assert c.post("/api/ingest", json={"text": "Hà Nội"}).status_code == 401  # but never writes
    c.post("/logout")
    assert c.get("/api/stats").status_code == 401
