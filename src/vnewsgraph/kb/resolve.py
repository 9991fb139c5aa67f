"""Cross-document resolution: one entity per referent, one event per happening,
one claim per figure.

Runs inside the transaction that stores a document (so a crash leaves either
the document with all its links or nothing).  Works from the contract-v1
record kept in ``documents.record``, so a full re-resolution
(:meth:`Resolver.resolve_document` over every document in ingestion order)
gives the same result as resolving them one by one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from vnewsgraph.kb import schema as s
from vnewsgraph.kb.agreement import agreement_of
from vnewsgraph.kb.keys import (
    entity_keys,
    indicator_key,
    indicator_similarity,
    indicator_tokens,
    lookup_keys,
    name_key,
    search_key,
)

INDICATOR_MATCH = 0.6
MAX_CANDIDATES = 50  # candidate events / claims / duplicates examined per new report
STATUS_RANK = {"occurred": 3, "ongoing": 2, "planned": 1}


_Q_KEYS = select(s.entity_keys.c.key, s.entity_keys.c.entity_id).where(
    s.entity_keys.c.type == bindparam("type"), s.entity_keys.c.key.in_(bindparam("keys", expanding=True))
)
_Q_ENTITY = select(s.entities.c.country, s.entities.c.first_seen, s.entities.c.last_seen).where(
    s.entities.c.id == bindparam("eid")
)
_Q_FORMS = select(s.entity_forms.c.form, s.entity_forms.c.n_name, s.entity_forms.c.n_alias).where(
    s.entity_forms.c.entity_id == bindparam("eid")
)
_U_FORM = (
    update(s.entity_forms)
    .where(s.entity_forms.c.entity_id == bindparam("b_eid"), s.entity_forms.c.form == bindparam("b_form"))
    .values(n_name=s.entity_forms.c.n_name + bindparam("dn"), n_alias=s.entity_forms.c.n_alias + bindparam("da"))
)
_U_ENTITY = (
    update(s.entities)
    .where(s.entities.c.id == bindparam("b_id"))
    .values(
        name=bindparam("name"), aliases=bindparam("aliases"), search=bindparam("search"),
        first_seen=bindparam("first_seen"), last_seen=bindparam("last_seen"), country=bindparam("country"),
        doc_count=s.entities.c.doc_count + bindparam("bump"),
    )
)
_U_MENTION = (
    update(s.mentions)
    .where(s.mentions.c.doc_id == bindparam("b_doc"), s.mentions.c.local_id == bindparam("b_local"))
    .values(entity_id=bindparam("entity_id"))
)


_Q_CLAIMS = select(s.claims.c.id, s.claims.c.ind_key).where(
    s.claims.c.unit == bindparam("unit"), s.claims.c.kind == bindparam("kind"),
    s.claims.c.subj_key == bindparam("subj_key"), s.claims.c.period == bindparam("period"),
)
_Q_CLAIMS_NULL_PERIOD = select(s.claims.c.id, s.claims.c.ind_key).where(
    s.claims.c.unit == bindparam("unit"), s.claims.c.kind == bindparam("kind"),
    s.claims.c.subj_key == bindparam("subj_key"), s.claims.c.period.is_(None),
)
_Q_SAME_DOC = select(func.count()).where(
    s.fact_reports.c.claim_id == bindparam("cid"), s.fact_reports.c.doc_id == bindparam("doc")
)
_U_FACT_REPORT = (
    update(s.fact_reports)
    .where(s.fact_reports.c.doc_id == bindparam("b_doc"), s.fact_reports.c.idx == bindparam("b_idx"))
    .values(claim_id=bindparam("claim_id"), subjects=bindparam("subjects"))
)
_Q_CLAIM_ROWS = (
    select(
        s.fact_reports.c.value, s.fact_reports.c.qualifier, s.fact_reports.c.indicator,
        s.documents.c.id, s.documents.c.published, s.documents.c.duplicate_of,
    )
    .join(s.documents, s.documents.c.id == s.fact_reports.c.doc_id)
    .where(s.fact_reports.c.claim_id == bindparam("cid"))
    .order_by(s.documents.c.seq, s.fact_reports.c.idx)
)
_U_CLAIM = (
    update(s.claims)
    .where(s.claims.c.id == bindparam("b_id"))
    .values(
        value=bindparam("value"), indicator=bindparam("indicator"), agreement=bindparam("agreement"),
        n_sources=bindparam("n_sources"), first_published=bindparam("first_published"), search=bindparam("search"),
    )
)
_U_EVENT_REPORT = (
    update(s.event_reports)
    .where(s.event_reports.c.doc_id == bindparam("b_doc"), s.event_reports.c.idx == bindparam("b_idx"))
    .values(event_id=bindparam("event_id"), participants=bindparam("participants"),
            location_id=bindparam("location_id"))
)
_Q_EVENT_ROWS = (
    select(s.event_reports, s.documents.c.published, s.documents.c.duplicate_of)
    .join(s.documents, s.documents.c.id == s.event_reports.c.doc_id)
    .where(s.event_reports.c.event_id == bindparam("evid"))
    .order_by(s.documents.c.seq, s.event_reports.c.idx)
)
_Q_NAMES = select(s.entities.c.id, s.entities.c.name).where(s.entities.c.id.in_(bindparam("ids", expanding=True)))
_U_EVENT = (
    update(s.events)
    .where(s.events.c.id == bindparam("b_id"))
    .values(
        status=bindparam("status"), date=bindparam("date"), location_id=bindparam("location_id"),
        cameo=bindparam("cameo"), n_sources=bindparam("n_sources"), first_published=bindparam("first_published"),
        search=bindparam("search"),
    )
)
_Q_EVENT_PARTS = select(s.event_participants.c.entity_id, s.event_participants.c.role).where(
    s.event_participants.c.event_id == bindparam("evid")
)


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{digest}"


def dates_compatible(a: str | None, b: str | None, days: int = 0) -> bool:
    """Day vs day must be within ``days``; day vs month (or year) must share the prefix; null fits anything."""
    if not a or not b:
        return True
    a0, b0 = a.split("/")[0], b.split("/")[0]
    if a0.startswith(b0) or b0.startswith(a0):
        return True
    if days and len(a0) == 10 and len(b0) == 10:
        try:
            return abs((dt.date.fromisoformat(a0) - dt.date.fromisoformat(b0)).days) <= days
        except ValueError:
            return False
    return False


def _date_window(date: str | None, days: int) -> ColumnElement[bool] | None:
    """An SQL condition selecting events whose date may be compatible with ``date`` (None: any)."""
    if not date:
        return None
    d0 = date.split("/")[0]
    col = s.events.c.date
    coarser = [d0[:n] for n in (4, 7) if n < len(d0)]
    conds: list[ColumnElement[bool]] = [col.is_(None), col.like(d0 + "%")]
    if coarser:
        conds.append(col.in_(coarser))
    if len(d0) == 10 and days:
        try:
            day = dt.date.fromisoformat(d0)
        except ValueError:
            return or_(*conds)
        lo, hi = (day - dt.timedelta(days=days)).isoformat(), (day + dt.timedelta(days=days)).isoformat()
        conds.append(and_(col >= lo, col <= hi + "\uffff"))
    return or_(*conds)


def date_tolerance(type_: str, status: str, other_status: str) -> int:
    """Days two reports' dates of one happening may differ: a state visit lasts several days;
    a plan may be dated a day off the day it happened."""
    days = 2 if type_ == "VISIT" else 0
    if "planned" in (status, other_status) and status != other_status:
        days += 1
    return days


def _min(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


class Resolver:
    """Links one stored document's extraction into the cross-document records."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # ------------------------------------------------------------------ entry
    def resolve_document(self, doc_id: str, record: dict[str, Any], published: str | None, is_dup: bool) -> None:
        local = self._resolve_entities(doc_id, record.get("entities") or [], published, is_dup)
        self._resolve_facts(doc_id, record.get("facts") or [], local)
        self._resolve_events(doc_id, record.get("events") or [], local)
        self.conn.execute(update(s.documents).where(s.documents.c.id == doc_id).values(resolved=1))

    # --------------------------------------------------------------- entities
    def _resolve_entities(
        self, doc_id: str, ents: list[dict[str, Any]], published: str | None, is_dup: bool
    ) -> dict[str, str]:
        local: dict[str, str] = {}
        counted: set[str] = set()
        for ent in ents:
            lid = str(ent.get("id"))
            name = str(ent.get("name") or "").strip()
            if not name:
                continue
            type_ = str(ent.get("type") or "MISC")
            titles = [str(x) for x in ent.get("titles") or [] if x]
            title_keys = {name_key(x) for x in titles}
            aliases = [str(a) for a in ent.get("aliases") or [] if a and name_key(str(a)) not in title_keys]
            country = ent.get("country")
            keys = entity_keys(name, aliases, type_)
            eid, have_keys, row = self._match_entity(type_, name, keys, country)
            if eid is None:
                eid = stable_id("ent", doc_id, lid, type_, name_key(name))
                self.conn.execute(
                    insert(s.entities).values(
                        id=eid, type=type_, name=name, country=country, aliases="[]", search=search_key(name),
                        doc_count=0, first_seen=published, last_seen=published,
                    )
                )
            local[lid] = eid
            new_keys = [{"type": type_, "key": k, "entity_id": eid} for k in keys if k not in have_keys]
            if new_keys:
                self.conn.execute(insert(s.entity_keys), new_keys)
            forms = self._add_forms(eid, name, aliases, fresh=row is None)
            self._add_titles(eid, titles, published)
            bump = 1 if (not is_dup and eid not in counted) else 0
            counted.add(eid)
            self._refresh_entity(eid, row, forms, country, published, bump)
        if local:
            self.conn.execute(
                _U_MENTION, [{"b_doc": doc_id, "b_local": lid, "entity_id": eid} for lid, eid in local.items()]
            )
        return local

    def _match_entity(
        self, type_: str, name: str, keys: list[str], country: str | None
    ) -> tuple[str | None, set[str], Any]:
        """The entity these keys point at unambiguously (with its stored keys and row), or None."""
        if not keys:
            return None, set(), None
        wanted = {lk for k in keys for lk in lookup_keys(k)} | set(keys)
        rows = self.conn.execute(_Q_KEYS, {"type": type_, "keys": sorted(wanted)}).all()
        if not rows:
            return None, set(), None
        by_key: dict[str, set[str]] = {}
        for key, eid in rows:
            by_key.setdefault(key, set()).add(eid)
        per_own: dict[str, set[str]] = {}
        for k in keys:
            found: set[str] = set()
            for lk in lookup_keys(k):
                found |= by_key.get(lk, set())
            if found:
                per_own[k] = found
        own_name = "n:" + name_key(name)
        if len(per_own.get(own_name, ())) > 1:
            return None, set(), None  # the name itself is shared by several referents: do not guess
        votes = Counter(next(iter(v)) for v in per_own.values() if len(v) == 1)
        if not votes:
            return None, set(), None
        ranked = votes.most_common(2)
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None, set(), None
        eid = ranked[0][0]
        row = self.conn.execute(_Q_ENTITY, {"eid": eid}).one()
        if country and row.country and row.country != country:
            return None, set(), None
        return eid, {k for k, e in rows if e == eid}, row

    def _add_forms(self, eid: str, name: str, aliases: list[str], fresh: bool) -> list[tuple[str, int, int]]:
        """Count this mention's spellings; return every spelling of the entity with its counts."""
        counts: dict[str, tuple[int, int]] = {name: (1, 0)}
        for a in aliases:
            if a != name:
                counts.setdefault(a, (0, 1))
        existing: dict[str, tuple[int, int]] = {}
        if not fresh:
            existing = {r[0]: (r[1], r[2]) for r in self.conn.execute(_Q_FORMS, {"eid": eid})}
        updates, inserts = [], []
        for form, (nn, na) in counts.items():
            if form in existing:
                updates.append({"b_eid": eid, "b_form": form, "dn": nn, "da": na})
                existing[form] = (existing[form][0] + nn, existing[form][1] + na)
            else:
                inserts.append({"entity_id": eid, "form": form, "n_name": nn, "n_alias": na})
                existing[form] = (nn, na)
        if updates:
            self.conn.execute(_U_FORM, updates)
        if inserts:
            self.conn.execute(insert(s.entity_forms), inserts)
        return [(f, n[0], n[1]) for f, n in existing.items()]

    def _add_titles(self, eid: str, titles: list[str], published: str | None) -> None:
        if not titles:
            return
        known: dict[str, tuple[str, str | None, str | None]] = {
            name_key(r.title): (r.title, r.first_seen, r.last_seen)
            for r in self.conn.execute(select(s.entity_titles).where(s.entity_titles.c.entity_id == eid))
        }
        for title in dict.fromkeys(x.strip() for x in titles if x.strip()):
            key = name_key(title)  # "Tổng bí thư" is "Tổng Bí thư"
            if key not in known:
                known[key] = (title, published, published)
                self.conn.execute(
                    insert(s.entity_titles).values(
                        entity_id=eid, title=title, first_seen=published, last_seen=published, n=1
                    )
                )
                continue
            shown, first, last = known[key]
            known[key] = (shown, _min(first, published), _max(last, published))
            self.conn.execute(
                update(s.entity_titles)
                .where(and_(s.entity_titles.c.entity_id == eid, s.entity_titles.c.title == shown))
                .values(first_seen=known[key][1], last_seen=known[key][2], n=s.entity_titles.c.n + 1)
            )

    def _refresh_entity(
        self, eid: str, row: Any, forms: list[tuple[str, int, int]], country: str | None,
        published: str | None, bump: int,
    ) -> None:
        name, aliases = choose_name(forms)
        first = _min(row.first_seen, published) if row is not None else published
        last = _max(row.last_seen, published) if row is not None else published
        self.conn.execute(_U_ENTITY, {
            "b_id": eid, "name": name, "aliases": json.dumps(aliases, ensure_ascii=False),
            "search": search_key(" ".join([name, *aliases])), "first_seen": first, "last_seen": last,
            "country": (row.country if row is not None and row.country else country), "bump": bump,
        })

    # ------------------------------------------------------------------ facts
    def _resolve_facts(self, doc_id: str, facts: list[dict[str, Any]], local: dict[str, str]) -> None:
        for idx, fact in enumerate(facts):
            subjects = sorted({local.get(str(x), str(x)) for x in fact.get("subjects") or []})
            subj_key = "|".join(subjects)
            ikey = indicator_key(fact.get("indicator"))
            unit, kind, period = str(fact.get("unit") or ""), str(fact.get("kind") or "actual"), fact.get("period")
            cid = self._match_claim(doc_id, ikey, subj_key, unit, kind, period)
            if cid is None:
                cid = stable_id("clm", doc_id, idx, ikey, subj_key, unit, kind, period)
                self.conn.execute(
                    insert(s.claims).values(
                        id=cid, indicator=fact.get("indicator"), ind_key=ikey,
                        subjects=json.dumps(subjects, ensure_ascii=False), subj_key=subj_key, period=period,
                        unit=unit, kind=kind, value=fact.get("value"), agreement="single", n_sources=0,
                        search=search_key(str(fact.get("indicator") or "")),
                    )
                )
            self.conn.execute(_U_FACT_REPORT, {"b_doc": doc_id, "b_idx": idx, "claim_id": cid,
                                               "subjects": json.dumps(subjects, ensure_ascii=False)})
            self.refresh_claim(cid)

    def _match_claim(
        self, doc_id: str, ikey: str, subj_key: str, unit: str, kind: str, period: str | None
    ) -> str | None:
        if not ikey:
            return None
        params = {"unit": unit, "kind": kind, "subj_key": subj_key, "period": period}
        query = _Q_CLAIMS_NULL_PERIOD if period is None else _Q_CLAIMS
        best: tuple[float, str] | None = None
        for cid, ckey in self.conn.execute(query, params):
            sim = indicator_similarity(ikey, ckey)
            if sim >= INDICATOR_MATCH and (best is None or sim > best[0]):
                same_doc = self.conn.execute(_Q_SAME_DOC, {"cid": cid, "doc": doc_id}).scalar()
                if not same_doc:  # two figures in one article are two claims
                    best = (sim, cid)
        return best[1] if best else None

    def refresh_claim(self, cid: str) -> None:
        """Recompute a claim's value, agreement and source count from its reports."""
        rows = self.conn.execute(_Q_CLAIM_ROWS, {"cid": cid}).all()
        if not rows:
            self.conn.execute(delete(s.claims).where(s.claims.c.id == cid))
            return
        counted = [r for r in rows if r.duplicate_of is None] or rows
        exact = [r for r in counted if r.qualifier == "exact"]
        value = (exact or counted)[0].value
        indicators = Counter(r.indicator for r in counted if r.indicator)
        indicator = min(indicators, key=lambda i: (-indicators[i], _noise(i), len(i))) if indicators else None
        published = [r.published for r in counted if r.published]
        self.conn.execute(_U_CLAIM, {
            "b_id": cid, "value": value, "indicator": indicator,
            "agreement": agreement_of([(r.value, r.qualifier) for r in counted]),
            "n_sources": len({r.id for r in rows if r.duplicate_of is None}),
            "first_published": min(published) if published else None,
            "search": search_key(" ".join(indicators) or ""),
        })

    # ----------------------------------------------------------------- events
    def _resolve_events(self, doc_id: str, evs: list[dict[str, Any]], local: dict[str, str]) -> None:
        for idx, ev in enumerate(evs):
            parts: list[dict[str, Any]] = []
            for p in ev.get("participants") or []:
                kb = local.get(str(p.get("entity")))
                if kb and all(q["entity"] != kb for q in parts):
                    parts.append({"entity": kb, "role": p.get("role")})
            loc = local.get(str(ev.get("location"))) if ev.get("location") else None
            type_ = str(ev.get("type") or "OTHER")
            status = str(ev.get("status") or "occurred")
            eid = self._match_event(type_, [p["entity"] for p in parts], ev.get("date"), loc, status)
            if eid is None:
                eid = stable_id("evt", doc_id, idx, type_)
                self.conn.execute(
                    insert(s.events).values(
                        id=eid, type=type_, cameo=ev.get("cameo"), date=ev.get("date"),
                        status=status, location_id=loc, n_sources=0,
                    )
                )
            self.conn.execute(_U_EVENT_REPORT, {"b_doc": doc_id, "b_idx": idx, "event_id": eid,
                                                "participants": json.dumps(parts), "location_id": loc})
            self.refresh_event(eid)

    def _match_event(
        self, type_: str, parts: list[str], date: str | None, loc: str | None, status: str
    ) -> str | None:
        if not parts:
            return None
        ep, ev = s.event_participants, s.events
        ep2 = ep.alias("ep2")
        n_theirs = select(func.count()).where(ep2.c.event_id == ep.c.event_id).scalar_subquery()
        shared = func.count()
        cond = [ev.c.type == type_, ep.c.entity_id.in_(parts)]
        window = _date_window(date, date_tolerance(type_, "occurred", "planned"))
        if window is not None:
            cond.append(window)
        rows = self.conn.execute(
            select(ep.c.event_id, shared, ev.c.date, ev.c.status, ev.c.location_id, n_theirs.label("n_theirs"))
            .join(ev, ev.c.id == ep.c.event_id)
            .where(and_(*cond))
            .group_by(ep.c.event_id, ev.c.date, ev.c.status, ev.c.location_id)
            .order_by(shared.desc(), ep.c.event_id)
            .limit(MAX_CANDIDATES)
        ).all()
        best: tuple[int, int, str] | None = None
        for evid, n_shared, ev_date, ev_status, ev_loc, n_other in rows:
            need = min(2, len(parts), int(n_other or 0))
            if n_shared < need or not dates_compatible(date, ev_date, date_tolerance(type_, status, ev_status)):
                continue
            if loc and ev_loc and loc != ev_loc and not self._same_country(loc, ev_loc):
                continue
            exact_date = 1 if (date and ev_date == date) else 0
            cand = (int(n_shared), exact_date, evid)
            if best is None or cand[:2] > best[:2]:
                best = cand
        return best[2] if best else None

    def _same_country(self, a: str, b: str) -> bool:
        """Two places in one country (Tokyo and Nhật Bản) are compatible locations of one event."""
        rows = self.conn.execute(select(s.entities.c.country).where(s.entities.c.id.in_([a, b]))).scalars().all()
        return len(rows) == 2 and rows[0] is not None and rows[0] == rows[1]

    def refresh_event(self, evid: str) -> None:
        """Recompute an event's date, status, place, participants and sources from its reports."""
        rows = self.conn.execute(_Q_EVENT_ROWS, {"evid": evid}).all()
        if not rows:
            self.conn.execute(delete(s.events).where(s.events.c.id == evid))
            self.conn.execute(delete(s.event_participants).where(s.event_participants.c.event_id == evid))
            return
        status = max((r.status for r in rows), key=lambda st: STATUS_RANK.get(st, 0))
        pool = [r for r in rows if r.status == status and r.date] or [r for r in rows if r.date]
        date = max(pool, key=lambda r: len(r.date.split("/")[0])).date if pool else None
        location = next((r.location_id for r in rows if r.location_id), None)
        cameo = Counter(r.cameo for r in rows if r.cameo).most_common(1)
        roles: dict[str, str | None] = {}
        for r in rows:
            for p in json.loads(r.participants):
                roles.setdefault(p["entity"], p.get("role"))
        wanted = [*roles, location] if location else list(roles)
        names: dict[str, str] = {r[0]: r[1] for r in self.conn.execute(_Q_NAMES, {"ids": wanted})} if wanted else {}
        loc_name = names.get(location, "") if location else ""
        published = [r.published for r in rows if r.published and r.duplicate_of is None]
        self.conn.execute(_U_EVENT, {
            "b_id": evid, "status": status, "date": date, "location_id": location,
            "cameo": cameo[0][0] if cameo else None,
            "n_sources": len({r.doc_id for r in rows if r.duplicate_of is None}),
            "first_published": min(published) if published else None,
            "search": search_key(" ".join([rows[0].type, *(names[e] for e in roles if e in names), loc_name])),
        })
        current = {r[0]: r[1] for r in self.conn.execute(_Q_EVENT_PARTS, {"evid": evid})}
        new = [{"event_id": evid, "entity_id": e, "role": r} for e, r in roles.items() if e not in current]
        if new:
            self.conn.execute(insert(s.event_participants), new)
        gone = [e for e in current if e not in roles]
        if gone:
            self.conn.execute(
                delete(s.event_participants).where(
                    and_(s.event_participants.c.event_id == evid, s.event_participants.c.entity_id.in_(gone))
                )
            )


def _noise(indicator: str) -> int:
    """How many words of an indicator are not content words ("là điểm sáng khi kim ngạch…")."""
    return len(indicator.split()) - len(indicator_tokens(indicator))


def choose_name(forms: Sequence[Any]) -> tuple[str, list[str]]:
    """The canonical name (most often given as the name, then longest) and the other spellings."""
    ranked = sorted(forms, key=lambda f: (-f[1], -f[2], -len(f[0]), f[0]))
    name = ranked[0][0]
    seen = {name_key(name)}
    aliases = []
    for form, _, _ in ranked[1:]:
        key = name_key(form)
        if key not in seen:
            seen.add(key)
            aliases.append(form)
    return name, aliases
