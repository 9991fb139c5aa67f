"""Removing a document and repairing the cross-document records that cited it."""

from __future__ import annotations

import json

from sqlalchemy import Connection, and_, delete, func, insert, select, text, update

from vnewsgraph.kb import schema as s
from vnewsgraph.kb.keys import name_key, search_key
from vnewsgraph.kb.resolve import Resolver, choose_name


def delete_document_rows(conn: Connection, dialect: str, doc_id: str) -> bool:
    """Delete one document; recount or drop the entities, claims and events it supported."""
    doc = conn.execute(select(s.documents.c.seq, s.documents.c.id).where(s.documents.c.id == doc_id)).first()
    if doc is None:
        return False
    entity_ids = set(conn.execute(select(s.mentions.c.entity_id).where(s.mentions.c.doc_id == doc_id)).scalars())
    claim_ids = set(conn.execute(select(s.fact_reports.c.claim_id).where(s.fact_reports.c.doc_id == doc_id)).scalars())
    event_ids = set(conn.execute(select(s.event_reports.c.event_id).where(s.event_reports.c.doc_id == doc_id)).scalars())
    # Near-duplicates of this document: the earliest becomes the original.
    dups = list(
        conn.execute(
            select(s.documents.c.id).where(s.documents.c.duplicate_of == doc_id).order_by(s.documents.c.seq)
        ).scalars()
    )
    if dups:
        head = dups[0]
        conn.execute(update(s.documents).where(s.documents.c.id == head).values(duplicate_of=None))
        conn.execute(update(s.documents).where(s.documents.c.duplicate_of == doc_id).values(duplicate_of=head))
        entity_ids |= set(conn.execute(select(s.mentions.c.entity_id).where(s.mentions.c.doc_id == head)).scalars())
        claim_ids |= set(
            conn.execute(select(s.fact_reports.c.claim_id).where(s.fact_reports.c.doc_id == head)).scalars()
        )
        event_ids |= set(
            conn.execute(select(s.event_reports.c.event_id).where(s.event_reports.c.doc_id == head)).scalars()
        )
    for table in (s.mentions, s.fact_reports, s.event_reports, s.doc_bands):
        conn.execute(delete(table).where(table.c.doc_id == doc_id))
    if dialect == "sqlite":
        conn.execute(text("DELETE FROM documents_fts WHERE rowid = :r"), {"r": doc.seq})
    conn.execute(delete(s.documents).where(s.documents.c.id == doc_id))
    resolver = Resolver(conn)
    for cid in claim_ids - {None}:
        resolver.refresh_claim(cid)
    for eid in entity_ids - {None}:
        recount_entity(conn, eid)
    for evid in event_ids - {None}:
        resolver.refresh_event(evid)
    return True


def recount_entity(conn: Connection, eid: str) -> None:
    """Rebuild an entity's spellings, document count and first/last seen from its mentions."""
    rows = conn.execute(
        select(s.mentions.c.name, s.mentions.c.aliases, s.mentions.c.titles, s.documents.c.id, s.documents.c.published,
               s.documents.c.duplicate_of)
        .join(s.documents, s.documents.c.id == s.mentions.c.doc_id)
        .where(s.mentions.c.entity_id == eid)
    ).all()
    conn.execute(delete(s.entity_forms).where(s.entity_forms.c.entity_id == eid))
    conn.execute(delete(s.entity_titles).where(s.entity_titles.c.entity_id == eid))
    if not rows:
        conn.execute(delete(s.entities).where(s.entities.c.id == eid))
        conn.execute(delete(s.entity_keys).where(s.entity_keys.c.entity_id == eid))
        conn.execute(delete(s.event_participants).where(s.event_participants.c.entity_id == eid))
        return
    forms: dict[str, list[int]] = {}
    for r in rows:
        forms.setdefault(r.name, [0, 0])[0] += 1
        for a in json.loads(r.aliases):
            if a != r.name:
                forms.setdefault(a, [0, 0])[1] += 1
    conn.execute(
        insert(s.entity_forms),
        [{"entity_id": eid, "form": f, "n_name": n[0], "n_alias": n[1]} for f, n in forms.items()],
    )
    titles: dict[str, tuple[str | None, str | None, int]] = {}
    shown: dict[str, str] = {}
    for r in rows:
        for raw in dict.fromkeys(t.strip() for t in json.loads(r.titles) if t and t.strip()):
            title = shown.setdefault(name_key(raw), raw)
            first, last, n = titles.get(title, (r.published, r.published, 0))
            if r.published:
                first = min(x for x in (first, r.published) if x)
                last = max(x for x in (last, r.published) if x)
            titles[title] = (first, last, n + 1)
    if titles:
        conn.execute(
            insert(s.entity_titles),
            [{"entity_id": eid, "title": t, "first_seen": v[0], "last_seen": v[1], "n": v[2]} for t, v in titles.items()],
        )
    name, aliases = choose_name([(f, n[0], n[1]) for f, n in forms.items()])
    dates = [r.published for r in rows if r.published]
    conn.execute(
        update(s.entities)
        .where(s.entities.c.id == eid)
        .values(
            name=name,
            aliases=json.dumps(aliases, ensure_ascii=False),
            search=search_key(" ".join([name, *aliases])),
            doc_count=len({r.id for r in rows if r.duplicate_of is None}),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
        )
    )


def entity_doc_count(conn: Connection, eid: str) -> int:
    return int(
        conn.execute(
            select(func.count(func.distinct(s.mentions.c.doc_id)))
            .join(s.documents, s.documents.c.id == s.mentions.c.doc_id)
            .where(and_(s.mentions.c.entity_id == eid, s.documents.c.duplicate_of.is_(None)))
        ).scalar()
        or 0
    )
