"""Hand-made contract-v1 records for the knowledge-base tests (independent of extraction quality).

``record(text, entities=…, facts=…, events=…)`` computes the ids, mention spans
and evidence spans from the text, so a test only says what an extractor
would have found.
"""

from __future__ import annotations

import hashlib
from typing import Any


def ent(name: str, type_: str, *, aliases: list[str] | None = None, titles: list[str] | None = None,
        country: str | None = None) -> dict[str, Any]:
    return {"name": name, "type": type_, "aliases": aliases or [], "titles": titles or [], "country": country}


def fact(value: float, unit: str, indicator: str | None, evidence: str, *, qualifier: str = "exact",
         kind: str = "actual", subjects: list[str] | None = None, period: str | None = None) -> dict[str, Any]:
    return {"value": value, "unit": unit, "qualifier": qualifier, "kind": kind, "indicator": indicator,
            "subjects": subjects or [], "period": period, "change": None, "evidence": evidence}


def event(type_: str, participants: list[tuple[str, str]], evidence: str, *, date: str | None = None,
          location: str | None = None, status: str = "occurred", cameo: str | None = None) -> dict[str, Any]:
    return {"type": type_, "cameo": cameo, "participants": participants, "date": date, "location": location,
            "status": status, "evidence": evidence}


def _span(text: str, needle: str) -> dict[str, int]:
    i = text.find(needle)
    if i < 0:
        raise AssertionError(f"{needle!r} is not in the text")
    return {"start": i, "end": i + len(needle)}


def record(text: str, *, outlet: str | None = None, published: str | None = None, source: str | None = None,
           title: str | None = None, entities: list[dict[str, Any]] = (),  # type: ignore[assignment]
           facts: list[dict[str, Any]] = (), events: list[dict[str, Any]] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    ids: dict[str, str] = {}
    out_ents = []
    for i, e in enumerate(entities, 1):
        lid = f"e{i}"
        ids[e["name"]] = lid
        mentions = []
        for form in [e["name"], *e["aliases"]]:
            if form in text:
                mentions.append(_span(text, form))
        out_ents.append({"id": lid, **e, "kb_id": None, "mentions": mentions})
    out_facts = []
    for f in facts:
        subjects = [ids.get(s, s) for s in f["subjects"]]
        out_facts.append({**f, "subjects": subjects, "evidence": _span(text, f["evidence"])})
    out_events = []
    for ev in events:
        parts = [{"entity": ids[name], "role": role} for name, role in ev["participants"]]
        out_events.append({**ev, "participants": parts, "location": ids.get(ev["location"]) if ev["location"] else None,
                           "evidence": _span(text, ev["evidence"])})
    return {
        "schema_version": "1",
        "document": {
            "id": "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "source": source or f"test/{hashlib.md5(text.encode()).hexdigest()[:8]}.txt",
            "title": title,
            "outlet": outlet,
            "published": published,
            "text": text,
        },
        "entities": out_ents,
        "facts": out_facts,
        "events": out_events,
    }
