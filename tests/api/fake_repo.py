"""A small in-memory stand-in for ``vnewsgraph.kb.query.Repository`` and the store's ingest.

Hand-written Vietnamese data (trade, FDI, diplomacy, disaster aid) shaped as in
contract/KB.md, so the API and the pages can be tested without the real store.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from vnewsgraph.model import Article


def fold(text: str) -> str:
    """Lower case, no diacritics, đ -> d: 'Tô Lâm' -> 'to lam'."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def doc_id(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


TEXT_1 = (
    "Hà Nội, ngày 12/3/2026 – Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào Sonexay Siphandone tại Hà Nội. "
    "Hai bên ký Bản ghi nhớ hợp tác năng lượng. Kim ngạch thương mại Việt Nam – Lào năm 2025 đạt 2,3 tỷ USD, "
    "tăng 12%. Hai bên đặt mục tiêu đưa kim ngạch lên 5 tỷ USD vào năm 2030."
)
TEXT_2 = (
    "Seoul, 20/4/2026 – Tổng Bí thư Tô Lâm hội đàm với Tổng thống Hàn Quốc Lee Jae-myung. "
    "Vốn FDI của Hàn Quốc vào Việt Nam lũy kế đạt 92 tỷ USD. Kim ngạch thương mại Việt Nam – Lào năm 2025 "
    "đạt 2,4 tỷ USD theo số liệu của Bộ Công Thương."
)
TEXT_3 = (
    "Ngày 5/5/2026, Bộ Ngoại giao trao 500.000 USD viện trợ khẩn cấp cho Lào khắc phục hậu quả lũ lụt. "
    "Kim ngạch thương mại Việt Nam – Lào năm 2024 đạt 2,05 tỷ USD."
)


def _span(text: str, needle: str) -> dict[str, int]:
    i = text.index(needle)
    return {"start": i, "end": i + len(needle)}


def _sentence(text: str, needle: str) -> tuple[str, int, int]:
    i = text.index(needle)
    start = max(text.rfind(". ", 0, i) + 2, 0) if text.rfind(". ", 0, i) >= 0 else 0
    end = text.find(". ", i)
    end = len(text) if end < 0 else end + 1
    return text[start:end], start, end


class FakeRepository:
    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.entities: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.facts: dict[str, dict[str, Any]] = {}
        self._seed()

    # ------------------------------------------------------------ data
    def _add_doc(self, text: str, title: str, outlet: str, published: str, url: str | None = None) -> str:
        did = doc_id(text)
        self.docs[did] = {"id": did, "source": url or f"file:{did[7:15]}.txt", "title": title, "outlet": outlet,
                          "published": published, "duplicate_of": None, "text": text, "url": url,
                          "mentions": [], "facts": [], "events": []}
        return did

    def _ent(self, eid: str, name: str, type_: str, aliases: list[str] | None = None, country: str | None = None,
             titles: list[dict[str, str]] | None = None) -> None:
        self.entities[eid] = {"id": eid, "name": name, "type": type_, "country": country, "aliases": aliases or [],
                              "titles": titles or [], "documents": 0}

    def _mention(self, did: str, eid: str, surface: str) -> None:
        d = self.docs[did]
        sp = _span(d["text"], surface)
        d["mentions"].append({"entity": eid, "name": self.entities[eid]["name"], "type": self.entities[eid]["type"],
                              **sp})

    def _event(self, eid: str, type_: str, cameo: str, date: str, parts: list[tuple[str, str]], loc: str | None,
               sources: list[tuple[str, str]], status: str = "occurred") -> None:
        srcs = []
        for did, needle in sources:
            d = self.docs[did]
            sent, a, b = _sentence(d["text"], needle)
            srcs.append({"document": did, "outlet": d["outlet"], "published": d["published"], "source": d["source"],
                         "title": d["title"], "evidence": sent, "evidence_start": a, "evidence_end": b})
            d["events"].append({"id": eid, "type": type_, "evidence": {"start": a, "end": b}})
        self.events[eid] = {
            "id": eid, "type": type_, "cameo": cameo, "date": date, "status": status,
            "location": {"id": loc, "name": self.entities[loc]["name"]} if loc else None,
            "participants": [{"id": p, "name": self.entities[p]["name"], "type": self.entities[p]["type"],
                              "role": role} for p, role in parts],
            "sources": srcs,
        }

    def _fact(self, fid: str, indicator: str, subjects: list[str], period: str, unit: str, kind: str,
              sources: list[tuple[str, float, str]], target: dict[str, Any] | None = None) -> None:
        srcs = []
        for did, value, needle in sources:
            d = self.docs[did]
            sent, a, b = _sentence(d["text"], needle)
            srcs.append({"document": did, "outlet": d["outlet"], "published": d["published"], "title": d["title"],
                         "value": value, "qualifier": "exact", "evidence": sent, "evidence_start": a,
                         "evidence_end": b})
            d["facts"].append({"id": fid, "indicator": indicator, "evidence": _span(d["text"], needle)})
        values = {s["value"] for s in srcs}
        self.facts[fid] = {"id": fid, "indicator": indicator, "subjects": subjects, "period": period, "unit": unit,
                           "kind": kind, "value": srcs[0]["value"],
                           "agreement": "single" if len(srcs) == 1 else ("agree" if len(values) == 1 else "conflict"),
                           "sources": srcs, "target": target}

    def _seed(self) -> None:
        d1 = self._add_doc(TEXT_1, "Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào", "Báo Mẫu", "2026-03-12")
        d2 = self._add_doc(TEXT_2, "Hội đàm cấp cao Việt Nam – Hàn Quốc", "Tin Thử", "2026-04-20")
        d3 = self._add_doc(TEXT_3, "Viện trợ khẩn cấp cho Lào", "Báo Mẫu", "2026-05-05")
        self._ent("ent_to_lam", "Tô Lâm", "PERSON", [], "VN",
                  [{"title": "Tổng Bí thư", "first_seen": "2026-03-12", "last_seen": "2026-04-20"}])
        self._ent("ent_sonexay", "Sonexay Siphandone", "PERSON", [], "LA",
                  [{"title": "Thủ tướng Lào", "first_seen": "2026-03-12", "last_seen": "2026-03-12"}])
        self._ent("ent_lee", "Lee Jae-myung", "PERSON", [], "KR",
                  [{"title": "Tổng thống Hàn Quốc", "first_seen": "2026-04-20", "last_seen": "2026-04-20"}])
        self._ent("ent_lao", "Lào", "LOCATION", ["CHDCND Lào"], "LA")
        self._ent("ent_han_quoc", "Hàn Quốc", "LOCATION", [], "KR")
        self._ent("ent_ha_noi", "Hà Nội", "LOCATION", [], "VN")
        self._ent("ent_bo_ngoai_giao", "Bộ Ngoại giao", "ORGANIZATION", [], "VN")
        for did, eid, surface in [
            (d1, "ent_to_lam", "Tô Lâm"), (d1, "ent_sonexay", "Sonexay Siphandone"), (d1, "ent_ha_noi", "Hà Nội"),
            (d1, "ent_lao", "Lào"), (d2, "ent_to_lam", "Tô Lâm"), (d2, "ent_lee", "Lee Jae-myung"),
            (d2, "ent_han_quoc", "Hàn Quốc"), (d3, "ent_bo_ngoai_giao", "Bộ Ngoại giao"), (d3, "ent_lao", "Lào"),
        ]:
            self._mention(did, eid, surface)
        self._event("evt_meet_lao", "MEETING", "040", "2026-03-12",
                    [("ent_to_lam", "actor"), ("ent_sonexay", "target")], "ent_ha_noi", [(d1, "tiếp Thủ tướng")])
        self._event("evt_mou_lao", "AGREEMENT", "057", "2026-03-12",
                    [("ent_to_lam", "actor"), ("ent_sonexay", "target")], "ent_ha_noi", [(d1, "Bản ghi nhớ")])
        self._event("evt_talks_kr", "MEETING", "040", "2026-04-20",
                    [("ent_to_lam", "actor"), ("ent_lee", "target")], "ent_han_quoc", [(d2, "hội đàm")])
        self._event("evt_aid_lao", "AID", "073", "2026-05-05",
                    [("ent_bo_ngoai_giao", "actor"), ("ent_lao", "target")], None, [(d3, "viện trợ")])
        self._fact("clm_trade_2025", "kim ngạch thương mại", ["VN", "LA"], "2025", "USD", "actual",
                   [(d1, 2_300_000_000, "2,3 tỷ USD"), (d2, 2_400_000_000, "2,4 tỷ USD")],
                   target={"id": "clm_trade_target", "value": 5_000_000_000, "period": "2030", "unit": "USD",
                           "progress": 0.46})
        self._fact("clm_trade_2024", "kim ngạch thương mại", ["VN", "LA"], "2024", "USD", "actual",
                   [(d3, 2_050_000_000, "2,05 tỷ USD")])
        self._fact("clm_trade_target", "kim ngạch thương mại", ["VN", "LA"], "2030", "USD", "target",
                   [(d1, 5_000_000_000, "5 tỷ USD")])
        self._fact("clm_fdi_kr", "vốn FDI lũy kế", ["KR", "VN"], "2026", "USD", "actual",
                   [(d2, 92_000_000_000, "92 tỷ USD")])
        self._fact("clm_aid_lao", "viện trợ khẩn cấp", ["VN", "LA"], "2026-05-05", "USD", "actual",
                   [(d3, 500_000, "500.000 USD")])
        self._recount()

    def _recount(self) -> None:
        for e in self.entities.values():
            e["documents"] = sum(1 for d in self.docs.values() if any(m["entity"] == e["id"] for m in d["mentions"]))

    # ------------------------------------------------------------ queries
    @staticmethod
    def _page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
        return {"items": items[offset : offset + limit], "total": len(items), "limit": limit, "offset": offset}

    def stats(self) -> dict[str, Any]:
        return {"documents": len(self.docs), "entities": len(self.entities), "events": len(self.events),
                "facts": len(self.facts), "sources": len({d["outlet"] for d in self.docs.values()}),
                "latest_published": max((d["published"] for d in self.docs.values() if d["published"]), default=None)}

    def list_entities(self, query: str | None = None, type: str | None = None, limit: int = 50,
                      offset: int = 0) -> dict[str, Any]:
        items = [e for e in self.entities.values() if (not type or e["type"] == type)
                 and (not query or fold(query) in fold(" ".join([e["name"], *e["aliases"]])))]
        items.sort(key=lambda e: -e["documents"])
        return self._page(items, limit, offset)

    def _entity_events(self, eid: str) -> list[dict[str, Any]]:
        evs = [e for e in self.events.values() if any(p["id"] == eid for p in e["participants"])
               or (e["location"] or {}).get("id") == eid]
        return sorted(evs, key=lambda e: e["date"] or "", reverse=True)

    def get_entity(self, entity_id: str) -> dict[str, Any] | None:
        e = self.entities.get(entity_id)
        if e is None:
            return None
        cooc: dict[str, int] = {}
        for ev in self._entity_events(entity_id):
            for p in ev["participants"]:
                if p["id"] != entity_id:
                    cooc[p["id"]] = cooc.get(p["id"], 0) + 1
        docs = [{k: d[k] for k in ("id", "title", "outlet", "published")} for d in self.docs.values()
                if any(m["entity"] == entity_id for m in d["mentions"])]
        return {**e, "events": self._entity_events(entity_id), "documents": len(docs), "document_list": docs,
                "cooccurring": [{"id": k, "name": self.entities[k]["name"], "type": self.entities[k]["type"],
                                 "count": n} for k, n in sorted(cooc.items(), key=lambda kv: -kv[1])]}

    def list_events(self, type: str | None = None, entity: str | None = None, since: str | None = None,
                    until: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        items = sorted(self.events.values(), key=lambda e: e["date"] or "", reverse=True)
        if type:
            items = [e for e in items if e["type"] == type]
        if entity:
            items = [e for e in items if any(p["id"] == entity or fold(entity) in fold(p["name"])
                                             for p in e["participants"])]
        if since:
            items = [e for e in items if (e["date"] or "") >= since]
        if until:
            items = [e for e in items if (e["date"] or "9999")[: len(until)] <= until]
        return self._page(items, limit, offset)

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        return self.events.get(event_id)

    def list_facts(self, query: str | None = None, entity: str | None = None, kind: str | None = None,
                   limit: int = 50, offset: int = 0) -> dict[str, Any]:
        items = [f for f in self.facts.values() if (not kind or f["kind"] == kind)
                 and (not query or fold(query) in fold(f["indicator"] or ""))]
        return self._page(items, limit, offset)

    def get_fact(self, fact_id: str) -> dict[str, Any] | None:
        return self.facts.get(fact_id)

    def list_documents(self, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        items = [{k: v for k, v in d.items() if k not in ("text", "mentions", "facts", "events")}
                 for d in sorted(self.docs.values(), key=lambda d: d["published"] or "", reverse=True)]
        return self._page(items, limit, offset)

    def get_document(self, document_id: str) -> dict[str, Any] | None:
        return self.docs.get(document_id)

    @staticmethod
    def _snippet(text: str, q: str) -> str | None:
        folded, fq = fold(text), fold(q)
        i = folded.find(fq)
        if i < 0:
            return None
        a, b = max(0, i - 60), min(len(text), i + len(fq) + 60)
        return (html.escape(text[a:i]) + "<mark>" + html.escape(text[i : i + len(fq)]) + "</mark>"
                + html.escape(text[i + len(fq) : b]))

    def search(self, q: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        for e in self.entities.values():
            if (s := self._snippet(" · ".join([e["name"], *e["aliases"]]), q)):
                items.append({"kind": "entity", "id": e["id"], "name": e["name"], "snippet": s, "score": 2.0})
        for d in self.docs.values():
            if (s := self._snippet(d["title"] + " — " + d["text"], q)):
                items.append({"kind": "document", "id": d["id"], "title": d["title"], "snippet": s, "score": 1.0})
        for f in self.facts.values():
            if (s := self._snippet(f["indicator"] or "", q)):
                items.append({"kind": "fact", "id": f["id"], "title": f["indicator"], "snippet": s, "score": 0.5})
        return self._page(items, limit, offset)

    def timeline(self, entity: str | None = None, since: str | None = None, until: str | None = None,
                 limit: int = 200) -> dict[str, Any]:
        evs = self._entity_events(entity) if entity else list(self.events.values())
        return {"items": sorted(evs, key=lambda e: e["date"] or "")[:limit]}

    def graph(self, entity: str | None = None, limit: int = 100) -> dict[str, Any]:
        evs = self._entity_events(entity) if entity else list(self.events.values())
        weights: dict[str, int] = {}
        edges: dict[tuple[str, str], list[str]] = {}
        for ev in evs:
            ids = sorted({p["id"] for p in ev["participants"]})
            for i in ids:
                weights[i] = weights.get(i, 0) + 1
            for a in range(len(ids)):
                for b in range(a + 1, len(ids)):
                    edges.setdefault((ids[a], ids[b]), []).append(ev["id"])
        nodes = [{"id": i, "name": self.entities[i]["name"], "type": self.entities[i]["type"], "weight": w}
                 for i, w in sorted(weights.items(), key=lambda kv: -kv[1])[:limit]]
        keep = {n["id"] for n in nodes}
        return {"nodes": nodes, "edges": [{"source": a, "target": b, "weight": len(v), "events": v}
                                          for (a, b), v in edges.items() if a in keep and b in keep]}

    def delete_document(self, document_id: str) -> bool:
        return self.docs.pop(document_id, None) is not None


@dataclass
class FakeIngestResult:
    document_id: str
    status: str
    duplicate_of: str | None = None


class FakeStore:
    """Stores the article as a document (no extraction); idempotent on the text."""

    def __init__(self, repo: FakeRepository) -> None:
        self.repo = repo

    def ingest_article(self, article: Article, pipeline: Any = None) -> FakeIngestResult:
        text = re.sub(r"\s+", " ", article.raw_text).strip()
        did = doc_id(text)
        if did in self.repo.docs:
            return FakeIngestResult(did, "unchanged")
        self.repo._add_doc(text, article.title or text[:80], article.outlet or "",
                           article.published.isoformat() if article.published else "", article.url)
        return FakeIngestResult(did, "new")

    def close(self) -> None:
        pass
