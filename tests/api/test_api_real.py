"""The API and pages over a real SQLite store built from the sample corpus (vnewsgraph.kb)."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import API_KEY

HTML = {"accept": "text/html"}
KEY = {"X-API-Key": API_KEY}
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '"><svg onload=alert(3)>']


def _items(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    r = client.get(path, params=params)
    assert r.status_code == 200, (path, r.text[:300])
    body = r.json()
    assert {"items", "total", "limit", "offset"} <= body.keys()
    return list(body["items"])


def test_store_holds_the_corpus(real_client: TestClient, seed_files: list) -> None:
    stats = real_client.get("/api/stats").json()
    assert stats["documents"] == len(seed_files)
    docs = _items(real_client, "/api/documents", limit=100)
    assert len(docs) == len(seed_files) and all(d["id"].startswith("sha256:") for d in docs)


def test_search_is_diacritic_insensitive(real_client: TestClient) -> None:
    hits = real_client.get("/api/search", params={"q": "to lam"}).json()["items"]
    assert hits, "'to lam' must find 'Tô Lâm' in the sample corpus"
    assert any("<mark>" in (h.get("snippet") or "") for h in hits)
    page = real_client.get("/search", params={"q": "to lam"}, headers=HTML)
    assert page.status_code == 200 and "<mark>" in page.text


def test_every_page_and_twin_renders(real_client: TestClient) -> None:
    for path in ("/", "/entities", "/events", "/facts", "/documents", "/graph", "/search?q=campuchia"):
        r = real_client.get(path, headers=HTML)
        assert r.status_code == 200, (path, r.text[:300])
        assert real_client.get(path, params={"format": "json"}).status_code == 200
    for section, key in (("documents", "id"), ("entities", "id"), ("events", "id"), ("facts", "id")):
        for item in _items(real_client, f"/api/{section}", limit=5):
            ident = item[key]
            api = real_client.get(f"/api/{section}/{ident}")
            assert api.status_code == 200, (section, ident)
            page = real_client.get(f"/{section}/{ident}", headers=HTML)
            assert page.status_code == 200, (section, ident, page.text[:300])
            twin = real_client.get(f"/{section}/{ident}.json").json()
            assert twin["id"] == api.json()["id"]


def test_document_page_shows_the_text(real_client: TestClient) -> None:
    doc = _items(real_client, "/api/documents", limit=1)[0]
    full = real_client.get(f"/api/documents/{doc['id']}").json()
    page = real_client.get(f"/documents/{doc['id']}", headers=HTML).text
    first_words = full["text"].split()[:3]
    assert all(w in page for w in first_words if "<" not in w and "&" not in w)


def test_ingest_is_idempotent_and_untrusted_text_inert(real_client: TestClient) -> None:
    text = (
        "Hà Nội, ngày 9/9/2026 – Bộ trưởng Bộ Công Thương tiếp Đại sứ Nhật Bản tại Việt Nam. "
        + " ".join(PAYLOADS)
        + " Kim ngạch thương mại Việt Nam – Nhật Bản năm 2025 đạt 50 tỷ USD."
    )
    body = {"text": text, "title": "Tiếp đại sứ " + PAYLOADS[1], "outlet": PAYLOADS[2], "published": "2026-09-09",
            "url": "https://example.vn/tin-thu"}
    r = real_client.post("/api/ingest", json=body, headers=KEY)
    assert r.status_code == 200, r.text
    item = r.json()["items"][0]
    assert item["status"] == "new"
    again = real_client.post("/api/ingest", json=body, headers=KEY).json()["items"][0]
    assert again["status"] == "unchanged" and again["document_id"] == item["document_id"]
    did = item["document_id"]
    paths = ["/", "/documents", f"/documents/{did}", "/search?q=script", "/search?q=onerror", "/search?q=nhat+ban",
             "/entities", "/events", "/facts"]
    paths += [f"/entities/{e['id']}" for e in _items(real_client, "/api/entities", query="Nhật Bản", limit=3)]
    for path in paths:
        page = real_client.get(path, headers=HTML)
        assert page.status_code == 200, (path, page.text[:300])
        for p in PAYLOADS:
            assert p not in page.text, (path, p)
    shown = re.sub(r"<[^>]+>", "", real_client.get(f"/documents/{did}", headers=HTML).text)  # drop our own spans
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert real_client.delete(f"/api/documents/{did}", headers=KEY).json()["deleted"] is True
    assert real_client.get(f"/api/documents/{did}").status_code == 404


ARTICLE_HTML = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Xuất khẩu cà phê tăng mạnh</title>
<meta property="og:site_name" content="Báo Thử Nghiệm">
<meta property="article:published_time" content="2026-10-02T08:00:00+07:00"></head>
<body><article><h1>Xuất khẩu cà phê tăng mạnh</h1>
<p>Hà Nội, ngày 2/10/2026 – Theo Bộ Nông nghiệp và Môi trường, xuất khẩu cà phê 9 tháng đầu năm 2026 đạt
6,1 tỷ USD, tăng 28% so với cùng kỳ năm trước. Đức, Italy và Tây Ban Nha là ba thị trường lớn nhất.</p>
<p>Các doanh nghiệp kỳ vọng kim ngạch cả năm vượt 8 tỷ USD nhờ giá cà phê thế giới ở mức cao.</p>
</article></body></html>"""


def test_ingest_a_url_list_from_a_local_site(seed_store_path: Any, tmp_path: Any) -> None:
    import shutil
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from vnewsgraph.api.app import create_app
    from vnewsgraph.config import Settings

    class Site(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/tin/ca-phe":
                body = ARTICLE_HTML.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
            else:
                body = b"not here"
                self.send_response(404)
                self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    db = tmp_path / "kb.db"
    shutil.copy(seed_store_path, db)
    settings = Settings.load(overrides={"db": str(db), "api_key": API_KEY, "fetch_delay": 0, "fetch_retries": 0,
                                        "fetch_state": str(tmp_path / "seen.sqlite")}, environ={})
    try:
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            urls = {"urls": [base + "/tin/ca-phe", base + "/khong-co"]}
            body = client.post("/api/ingest", json=urls, headers=KEY).json()
            by_source = {i["source"]: i for i in body["items"]}
            assert body["stored"] == 1 and body["failed"] == 1, body
            assert by_source[base + "/khong-co"]["status"] == "error"
            assert "404" in by_source[base + "/khong-co"]["error"]
            did = next(i["document_id"] for i in body["items"] if i["status"] == "new")
            doc = client.get(f"/api/documents/{did}").json()
            assert "cà phê" in doc["text"] and doc["title"] == "Xuất khẩu cà phê tăng mạnh"
            again = client.post("/api/ingest", json={"urls": [base + "/tin/ca-phe"]}, headers=KEY).json()
            assert again["stored"] == 0 and again["items"][0]["status"] == "unchanged"
    finally:
        server.shutdown()


def test_entity_pages_timeline_and_graph_by_name(real_client: TestClient) -> None:
    ents = _items(real_client, "/api/entities", query="to lam", type="PERSON", limit=5)
    assert ents, "the sample corpus names Tô Lâm; 'to lam' must find him"
    eid = ents[0]["id"]
    assert ents[0]["name"] == "Tô Lâm"
    entity = real_client.get(f"/api/entities/{eid}").json()
    assert entity["events"] and entity["cooccurring"] and entity["titles"]
    by_name = real_client.get("/api/graph", params={"entity": "Tô Lâm"}).json()
    by_id = real_client.get("/api/graph", params={"entity": eid}).json()
    assert {n["id"] for n in by_name["nodes"]} == {n["id"] for n in by_id["nodes"]} and eid in {n["id"] for n in by_id["nodes"]}
    tl = real_client.get("/api/timeline", params={"entity": eid}).json()["items"]
    dates = [e["date"] for e in tl]
    assert dates == sorted(dates) and len(tl) >= 1
    page = real_client.get(f"/entities/{eid}", headers=HTML).text
    assert "Tổng Bí thư" in page and 'id="graph-data"' in page
