"""The one query layer over the knowledge base, used by the CLI, the REST API and the web pages.

Every method returns plain JSON-able dicts shaped as in ``contract/KB.md``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, and_, func, literal_column, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from vnewsgraph.kb import schema as s
from vnewsgraph.kb.keys import fold, indicator_similarity, search_terms
from vnewsgraph.kb.snippets import snippet
from vnewsgraph.kb.store import Store

MAX_LIMIT = 500
DOC_COLS = tuple(s.documents.c[k] for k in ("id", "source", "url", "title", "outlet", "published", "duplicate_of"))


def _page(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def _like_all(column: Any, words: list[str]) -> ColumnElement[bool]:
    return and_(*[column.like(f"% {w}%") for w in words])  # word starts: "lam" finds "Lâm", not "Thâm"


def _int(value: float | None) -> float | int | None:
    if value is not None and float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return value


class Repository:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------- summary
    def stats(self) -> dict[str, Any]:
        with self.store.read() as c:
            def n(q: Any) -> int:
                return int(c.execute(q).scalar() or 0)

            return {
                "documents": n(select(func.count()).select_from(s.documents)),
                "entities": n(select(func.count()).select_from(s.entities)),
                "events": n(select(func.count()).select_from(s.events).where(s.events.c.n_sources > 0)),
                "facts": n(select(func.count()).select_from(s.claims).where(s.claims.c.n_sources > 0)),
                "sources": n(select(func.count(func.distinct(s.documents.c.outlet)))),
                "duplicates": n(select(func.count()).select_from(s.documents).where(
                    s.documents.c.duplicate_of.is_not(None))),
                "latest_published": c.execute(select(func.max(s.documents.c.published))).scalar(),
            }

    # ------------------------------------------------------------ entities
    def list_entities(self, query: str | None = None, type: str | None = None,
                      limit: int = 50, offset: int = 0) -> dict[str, Any]:
        limit, offset = _page(limit, offset)
        cond: list[ColumnElement[bool]] = [s.entities.c.doc_count > 0]
        if query:
            cond.append(_like_all(s.entities.c.search, search_terms(query)))
        if type:
            cond.append(s.entities.c.type == type.upper())
        with self.store.read() as c:
            total = c.execute(select(func.count()).select_from(s.entities).where(*cond)).scalar() or 0
            rows = c.execute(
                select(s.entities).where(*cond)
                .order_by(s.entities.c.doc_count.desc(), s.entities.c.name).limit(limit).offset(offset)
            ).all()
            titles = self._titles(c, [r.id for r in rows])
        items = [self._entity(r, titles.get(r.id, [])) for r in rows]
        return {"items": items, "total": int(total), "limit": limit, "offset": offset}

    def get_entity(self, entity_id: str) -> dict[str, Any] | None:
        with self.store.read() as c:
            row = c.execute(select(s.entities).where(s.entities.c.id == entity_id)).first()
            if row is None:
                return None
            out = self._entity(row, self._titles(c, [entity_id]).get(entity_id, []))
            ev_ids = list(c.execute(
                select(s.events.c.id).join(s.event_participants, s.event_participants.c.event_id == s.events.c.id)
                .where(s.event_participants.c.entity_id == entity_id, s.events.c.n_sources > 0)
                .order_by(s.events.c.date.is_(None), s.events.c.date.desc()).limit(100)
            ).scalars())
            out["events"] = self._events(c, ev_ids)
            m1, m2 = s.mentions.alias("m1"), s.mentions.alias("m2")
            co = c.execute(
                select(s.entities.c.id, s.entities.c.name, s.entities.c.type, func.count(func.distinct(m2.c.doc_id)))
                .select_from(m1.join(m2, m1.c.doc_id == m2.c.doc_id).join(s.entities, s.entities.c.id == m2.c.entity_id))
                .where(m1.c.entity_id == entity_id, m2.c.entity_id != entity_id)
                .group_by(s.entities.c.id, s.entities.c.name, s.entities.c.type)
                .order_by(func.count(func.distinct(m2.c.doc_id)).desc(), s.entities.c.name).limit(30)
            ).all()
            out["cooccurring"] = [{"id": r[0], "name": r[1], "type": r[2], "count": int(r[3])} for r in co]
            docs = c.execute(
                select(*DOC_COLS)
                .where(s.documents.c.id.in_(select(s.mentions.c.doc_id).where(s.mentions.c.entity_id == entity_id)))
                .order_by(s.documents.c.published.is_(None), s.documents.c.published.desc()).limit(100)
            ).all()
            out["document_list"] = [self._doc(d) for d in docs]
        return out

    @staticmethod
    def _titles(c: Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if not ids:
            return out
        for r in c.execute(
            select(s.entity_titles).where(s.entity_titles.c.entity_id.in_(ids))
            .order_by(s.entity_titles.c.first_seen.is_(None), s.entity_titles.c.first_seen, s.entity_titles.c.title)
        ):
            out[r.entity_id].append({"title": r.title, "first_seen": r.first_seen, "last_seen": r.last_seen,
                                     "count": r.n})
        return out

    @staticmethod
    def _entity(r: Any, titles: list[dict[str, Any]]) -> dict[str, Any]:
        return {"id": r.id, "name": r.name, "type": r.type, "country": r.country,
                "aliases": json.loads(r.aliases), "titles": titles, "documents": r.doc_count,
                "first_seen": r.first_seen, "last_seen": r.last_seen}

    def _entity_ids(self, c: Connection, name_or_id: str) -> list[str]:
        if name_or_id.startswith("ent_"):
            return [name_or_id]
        words = search_terms(name_or_id)
        if not words:
            return []
        rows = c.execute(select(s.entities.c.id, s.entities.c.name).where(_like_all(s.entities.c.search, words))
                         .order_by(s.entities.c.doc_count.desc()).limit(200)).all()
        exact = [r.id for r in rows if fold(r.name) == fold(name_or_id)]
        return exact or [r.id for r in rows]

    # -------------------------------------------------------------- events
    def list_events(self, type: str | None = None, entity: str | None = None, since: str | None = None,
                    until: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        limit, offset = _page(limit, offset)
        with self.store.read() as c:
            cond = self._event_filter(c, type, entity, since, until)
            if cond is None:
                return {"items": [], "total": 0, "limit": limit, "offset": offset}
            total = c.execute(select(func.count()).select_from(s.events).where(*cond)).scalar() or 0
            ids = list(c.execute(
                select(s.events.c.id).where(*cond)
                .order_by(s.events.c.date.is_(None), s.events.c.date.desc(), s.events.c.id)
                .limit(limit).offset(offset)).scalars())
            items = self._events(c, ids)
        return {"items": items, "total": int(total), "limit": limit, "offset": offset}

    def _event_filter(self, c: Connection, type: str | None, entity: str | None, since: str | None,
                      until: str | None) -> list[ColumnElement[bool]] | None:
        cond: list[ColumnElement[bool]] = [s.events.c.n_sources > 0]
        if type:
            cond.append(s.events.c.type == type.upper())
        if entity:
            ids = self._entity_ids(c, entity)
            if not ids:
                return None
            cond.append(s.events.c.id.in_(
                select(s.event_participants.c.event_id).where(s.event_participants.c.entity_id.in_(ids))))
        if since:  # a month-precision date "2026-02" counts as within since="2026-02-05"
            cond.append(s.events.c.date >= func.substr(since, 1, func.length(s.events.c.date)))
        if until:
            cond.append(s.events.c.date <= until + "\uffff")
        return cond

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        with self.store.read() as c:
            found = self._events(c, [event_id], all_sources=True)
        return found[0] if found else None

    def _events(self, c: Connection, ids: list[str], all_sources: bool = False) -> list[dict[str, Any]]:
        if not ids:
            return []
        rows = {r.id: r for r in c.execute(select(s.events).where(s.events.c.id.in_(ids)))}
        parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        ent_ids = {r.location_id for r in rows.values() if r.location_id}
        prow = c.execute(select(s.event_participants).where(s.event_participants.c.event_id.in_(ids))).all()
        ent_ids |= {p.entity_id for p in prow}
        names = {e.id: e for e in c.execute(
            select(s.entities.c.id, s.entities.c.name, s.entities.c.type, s.entities.c.country)
            .where(s.entities.c.id.in_(ent_ids)))}
        for p in prow:
            e = names.get(p.entity_id)
            if e:
                parts[p.event_id].append({"id": e.id, "name": e.name, "type": e.type, "country": e.country,
                                          "role": p.role})
        sources = self._sources(c, s.event_reports, s.event_reports.c.event_id, ids, all_sources)
        out = []
        for i in ids:
            r = rows.get(i)
            if r is None:
                continue
            loc = names.get(r.location_id) if r.location_id else None
            ps = sorted(parts[i], key=lambda p: (p["role"] != "actor", p["name"]))
            out.append({
                "id": r.id, "type": r.type, "cameo": r.cameo, "date": r.date, "status": r.status,
                "location": {"id": loc.id, "name": loc.name} if loc else None,
                "participants": ps, "sources": sources.get(i, []), "n_sources": r.n_sources,
                "title": _event_title(r.type, ps, loc.name if loc else None),
            })
        return out

    @staticmethod
    def _sources(c: Connection, table: Any, key: Any, ids: list[str], include_dups: bool,
                 extra: tuple[Any, ...] = ()) -> dict[str, list[dict[str, Any]]]:
        cols = [key, table.c.ev_start, table.c.ev_end, *extra, s.documents.c.id, s.documents.c.seq, s.documents.c.outlet,
                s.documents.c.published, s.documents.c.source, s.documents.c.url, s.documents.c.title,
                s.documents.c.duplicate_of, func.substr(s.documents.c.text, table.c.ev_start + 1,
                                                        table.c.ev_end - table.c.ev_start).label("evidence")]
        q = select(*cols).join(s.documents, s.documents.c.id == table.c.doc_id).where(key.in_(ids))
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        # Sorted here, not in SQL: an ORDER BY on documents lures SQLite into scanning them all.
        # Copies are filtered here too: "duplicate_of IS NULL" would make SQLite walk that index.
        rows = sorted((r for r in c.execute(q) if include_dups or r.duplicate_of is None),
                      key=lambda r: (r.published is not None, r.published or "", r.seq))
        for r in rows:
            m = r._mapping
            item = {"document": r.id, "outlet": r.outlet, "published": r.published, "source": r.url or r.source,
                    "title": r.title, "evidence": r.evidence, "evidence_start": r.ev_start,
                    "evidence_end": r.ev_end, "duplicate_of": r.duplicate_of}
            for col in extra:
                item[col.name] = m[col.name]
            out[m[key.name]].append(item)
        return out

    # --------------------------------------------------------------- facts
    def list_facts(self, query: str | None = None, entity: str | None = None, kind: str | None = None,
                   limit: int = 50, offset: int = 0) -> dict[str, Any]:
        limit, offset = _page(limit, offset)
        cond: list[ColumnElement[bool]] = [s.claims.c.n_sources > 0]
        if query:
            cond.append(_like_all(s.claims.c.search, search_terms(query)))
        if kind:
            cond.append(s.claims.c.kind == kind)
        with self.store.read() as c:
            if entity:
                ids = self._entity_ids(c, entity)
                countries = [x for x in c.execute(select(s.entities.c.country).where(
                    s.entities.c.id.in_(ids), s.entities.c.type == "LOCATION")).scalars() if x]
                keys = ids + countries
                if not keys:
                    return {"items": [], "total": 0, "limit": limit, "offset": offset}
                cond.append(or_(*[s.claims.c.subj_key.like(f"%{k}%") for k in keys]))
            total = c.execute(select(func.count()).select_from(s.claims).where(*cond)).scalar() or 0
            ids = list(c.execute(
                select(s.claims.c.id).where(*cond)
                .order_by(s.claims.c.n_sources.desc(), s.claims.c.first_published.is_(None),
                          s.claims.c.first_published.desc(), s.claims.c.id)
                .limit(limit).offset(offset)).scalars())
            items = self._claims(c, ids)
        return {"items": items, "total": int(total), "limit": limit, "offset": offset}

    def get_fact(self, fact_id: str) -> dict[str, Any] | None:
        with self.store.read() as c:
            found = self._claims(c, [fact_id], all_sources=True)
        return found[0] if found else None

    def _claims(self, c: Connection, ids: list[str], all_sources: bool = False) -> list[dict[str, Any]]:
        if not ids:
            return []
        rows = {r.id: r for r in c.execute(select(s.claims).where(s.claims.c.id.in_(ids)))}
        fr = s.fact_reports
        sources = self._sources(c, fr, fr.c.claim_id, ids, all_sources, extra=(fr.c.value, fr.c.qualifier, fr.c.change))
        subj_ids = {x for r in rows.values() for x in json.loads(r.subjects) if x.startswith("ent_")}
        names = dict(c.execute(select(s.entities.c.id, s.entities.c.name).where(
            s.entities.c.id.in_(subj_ids))).all()) if subj_ids else {}
        out = []
        for i in ids:
            r = rows.get(i)
            if r is None:
                continue
            srcs = sources.get(i, [])
            for src in srcs:
                src["value"] = _int(src["value"])
                src["change"] = json.loads(src["change"]) if src["change"] else None
            subjects = json.loads(r.subjects)
            item = {"id": r.id, "indicator": r.indicator, "subjects": subjects,
                    "subject_names": [names.get(x, x) for x in subjects], "period": r.period, "unit": r.unit,
                    "kind": r.kind, "value": _int(r.value), "agreement": r.agreement, "n_sources": r.n_sources,
                    "sources": srcs, "target": None, "actual": None}
            linked = self._linked(c, r)
            if linked is not None:
                item["target" if r.kind == "actual" else "actual"] = linked
            out.append(item)
        return out

    @staticmethod
    def _linked(c: Connection, r: Any) -> dict[str, Any] | None:
        """For an actual figure its target; for a target the latest actual figure; with progress."""
        if r.kind not in ("actual", "target") or not r.ind_key:
            return None
        other = "target" if r.kind == "actual" else "actual"
        cands = c.execute(select(s.claims).where(
            s.claims.c.kind == other, s.claims.c.unit == r.unit, s.claims.c.subj_key == r.subj_key,
            s.claims.c.n_sources > 0)).all()
        cands = [x for x in cands if indicator_similarity(r.ind_key, x.ind_key) >= 0.6 and x.value]
        if not cands:
            return None
        if other == "actual":
            best = max(cands, key=lambda x: (x.period or "", x.first_published or ""))
            actual, target = best.value, r.value
        else:
            later = [x for x in cands if not r.period or not x.period or x.period >= r.period]
            best = min(later or cands, key=lambda x: (x.period or "9999"))
            actual, target = r.value, best.value
        progress = round(actual / target, 4) if target else None
        return {"id": best.id, "indicator": best.indicator, "value": _int(best.value), "period": best.period,
                "unit": best.unit, "progress": progress}

    # ----------------------------------------------------------- documents
    @staticmethod
    def _doc(d: Any) -> dict[str, Any]:
        return {"id": d.id, "source": d.url or d.source, "title": d.title, "outlet": d.outlet,
                "published": d.published, "duplicate_of": d.duplicate_of}

    def list_documents(self, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        limit, offset = _page(limit, offset)
        with self.store.read() as c:
            total = c.execute(select(func.count()).select_from(s.documents)).scalar() or 0
            rows = c.execute(select(*DOC_COLS).order_by(
                s.documents.c.published.is_(None), s.documents.c.published.desc(), s.documents.c.seq.desc())
                .limit(limit).offset(offset)).all()
        return {"items": [self._doc(d) for d in rows], "total": int(total), "limit": limit, "offset": offset}

    def get_document(self, document_id: str) -> dict[str, Any] | None:
        with self.store.read() as c:
            d = c.execute(select(s.documents).where(s.documents.c.id == document_id)).first()
            if d is None:
                return None
            out = self._doc(d)
            out["text"] = d.text
            out["duplicates"] = list(c.execute(
                select(s.documents.c.id).where(s.documents.c.duplicate_of == d.id).order_by(s.documents.c.seq)
            ).scalars())
            out["entities"] = [
                {"id": m.entity_id, "local_id": m.local_id, "name": m.name, "type": m.type,
                 "aliases": json.loads(m.aliases), "titles": json.loads(m.titles), "country": m.country,
                 "mentions": json.loads(m.spans)}
                for m in c.execute(select(s.mentions).where(s.mentions.c.doc_id == d.id))
            ]
            out["facts"] = [
                {"id": f.claim_id, "value": _int(f.value), "unit": f.unit, "qualifier": f.qualifier, "kind": f.kind,
                 "indicator": f.indicator, "subjects": json.loads(f.subjects), "period": f.period,
                 "evidence_start": f.ev_start, "evidence_end": f.ev_end}
                for f in c.execute(select(s.fact_reports).where(s.fact_reports.c.doc_id == d.id)
                                   .order_by(s.fact_reports.c.idx))
            ]
            out["events"] = [
                {"id": e.event_id, "type": e.type, "cameo": e.cameo, "date": e.date, "status": e.status,
                 "participants": json.loads(e.participants), "location": e.location_id,
                 "evidence_start": e.ev_start, "evidence_end": e.ev_end}
                for e in c.execute(select(s.event_reports).where(s.event_reports.c.doc_id == d.id)
                                   .order_by(s.event_reports.c.idx))
            ]
        return out

    def delete_document(self, document_id: str) -> bool:
        return self.store.delete_document(document_id)

    # -------------------------------------------------------------- search
    def search(self, q: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        limit, offset = _page(limit, offset)
        terms = search_terms(q)
        if not terms:
            return {"items": [], "total": 0, "limit": limit, "offset": offset, "query": q}
        want = offset + limit
        items: list[dict[str, Any]] = []
        total = 0
        with self.store.read() as c:
            cond = _like_all(s.entities.c.search, terms)
            total += c.execute(select(func.count()).select_from(s.entities).where(cond)).scalar() or 0
            for r in c.execute(select(s.entities).where(cond).order_by(s.entities.c.doc_count.desc()).limit(want)):
                label = " · ".join([r.name, *json.loads(r.aliases)])
                items.append({"kind": "entity", "id": r.id, "name": r.name, "title": r.name, "type": r.type,
                              "snippet": snippet(label, terms), "score": 100.0 + r.doc_count})
            cond = and_(_like_all(s.events.c.search, terms), s.events.c.n_sources > 0)
            total += c.execute(select(func.count()).select_from(s.events).where(cond)).scalar() or 0
            ev_ids = list(c.execute(select(s.events.c.id).where(cond).order_by(s.events.c.date.desc()).limit(want))
                          .scalars())
            for ev in self._events(c, ev_ids):
                label = ev["title"] + (f" ({ev['date']})" if ev["date"] else "")
                items.append({"kind": "event", "id": ev["id"], "title": label, "snippet": snippet(label, terms),
                              "score": 50.0 + ev["n_sources"]})
            cond = and_(_like_all(s.claims.c.search, terms), s.claims.c.n_sources > 0)
            total += c.execute(select(func.count()).select_from(s.claims).where(cond)).scalar() or 0
            for r in c.execute(select(s.claims).where(cond).order_by(s.claims.c.n_sources.desc()).limit(want)):
                label = f"{r.indicator or ''} {r.period or ''}: {_int(r.value)} {r.unit}".strip()
                items.append({"kind": "fact", "id": r.id, "title": label, "snippet": snippet(label, terms),
                              "score": 40.0 + r.n_sources})
            n_docs, docs = self._search_documents(c, terms, want)
            total += n_docs
            for d, score in docs:
                items.append({"kind": "document", "id": d.id, "title": d.title, "outlet": d.outlet,
                              "published": d.published, "snippet": snippet(d.text, terms), "score": score})
        return {"items": items[offset:offset + limit], "total": int(total), "limit": limit, "offset": offset,
                "query": q}

    def _search_documents(self, c: Connection, terms: list[str], want: int) -> tuple[int, list[tuple[Any, float]]]:
        cols = (s.documents.c.id, s.documents.c.title, s.documents.c.outlet, s.documents.c.published,
                s.documents.c.text)
        if self.store.dialect == "sqlite":
            match = " AND ".join('"' + t.replace('"', "") + '"' for t in terms)
            n = c.execute(text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :m"), {"m": match}).scalar()
            ranked = c.execute(text(
                "SELECT rowid, bm25(documents_fts, 5.0, 1.0) AS r FROM documents_fts WHERE documents_fts MATCH :m "
                "ORDER BY r LIMIT :k"), {"m": match, "k": want}).all()
            order = {row[0]: -float(row[1]) for row in ranked}
            rows = c.execute(select(s.documents.c.seq, *cols).where(s.documents.c.seq.in_(list(order)))).all()
            found = sorted(((r, order[r.seq]) for r in rows), key=lambda x: -x[1])
            return int(n or 0), found
        tsq = func.to_tsquery("simple", " & ".join(t.replace("'", "") for t in terms))
        tsv: Any = literal_column("documents.tsv")
        n = c.execute(select(func.count()).select_from(s.documents).where(tsv.op("@@")(tsq))).scalar()
        rank = func.ts_rank(tsv, tsq).label("rank")
        rows = c.execute(select(*cols, rank).where(tsv.op("@@")(tsq)).order_by(rank.desc()).limit(want)).all()
        return int(n or 0), [(r, float(r.rank)) for r in rows]

    # ------------------------------------------------------ timeline/graph
    def timeline(self, entity: str | None = None, since: str | None = None, until: str | None = None,
                 limit: int = 200) -> dict[str, Any]:
        limit, _ = _page(limit, 0)
        with self.store.read() as c:
            cond = self._event_filter(c, None, entity, since, until)
            if cond is None:
                return {"items": []}
            cond.append(s.events.c.date.is_not(None))
            ids = list(c.execute(select(s.events.c.id).where(*cond).order_by(s.events.c.date.desc())
                                 .limit(limit)).scalars())
            evs = self._events(c, ids)
        items = [{k: e[k] for k in ("id", "type", "cameo", "date", "status", "title", "location", "participants",
                                    "n_sources")} for e in evs]
        items.sort(key=lambda e: (e["date"], e["id"]))
        return {"items": items}

    def graph(self, entity: str | None = None, limit: int = 100) -> dict[str, Any]:
        limit, _ = _page(limit, 0)
        ep = s.event_participants
        with self.store.read() as c:
            q = select(ep.c.event_id, ep.c.entity_id).join(s.events, s.events.c.id == ep.c.event_id).where(
                s.events.c.n_sources > 0)
            if entity:
                ids = self._entity_ids(c, entity)
                q = q.where(ep.c.event_id.in_(select(ep.c.event_id).where(ep.c.entity_id.in_(ids))))
            rows = c.execute(q.order_by(s.events.c.date.desc()).limit(20000)).all()
            by_event: dict[str, list[str]] = defaultdict(list)
            for evid, eid in rows:
                by_event[evid].append(eid)
            pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
            for evid, members in by_event.items():
                ms = sorted(set(members))
                for i, a in enumerate(ms):
                    for b in ms[i + 1:]:
                        pairs[(a, b)].append(evid)
            top = sorted(pairs.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
            node_ids = {x for (a, b), _ in top for x in (a, b)}
            if entity and not top:
                node_ids = set(self._entity_ids(c, entity)[:1])
            nodes = [{"id": r.id, "name": r.name, "type": r.type, "weight": r.doc_count}
                     for r in c.execute(select(s.entities).where(s.entities.c.id.in_(node_ids)))]
        edges = [{"source": a, "target": b, "weight": len(evs), "events": evs} for (a, b), evs in top]
        return {"nodes": sorted(nodes, key=lambda n: -n["weight"]), "edges": edges}


def _event_title(type_: str, parts: list[dict[str, Any]], place: str | None) -> str:
    names = ", ".join(p["name"] for p in parts[:4])
    label = f"{type_}: {names}" if names else type_
    return f"{label} @ {place}" if place and place not in names else label
