"""Storing a batch of records at once (the document-level rows), for ``Store.bulk_load``.

Does what ``Store._store`` does for one record — skip known documents, find
near-duplicates, write the document, its MinHash bands, its search entry and
its mentions/facts/events — with a handful of statements per batch instead of
a dozen per document: one look-up of known ids, one of LSH band matches, and
bulk writes (``COPY`` on PostgreSQL, ``executemany`` elsewhere).  Near-duplicate
decisions are made in ingestion order, within the batch too, exactly as one
``add_extraction`` after another would make them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, text

from vnewsgraph.kb import dedup
from vnewsgraph.kb import schema as s
from vnewsgraph.kb.keys import fold

CHUNK = 500
MAX_CANDIDATES = 50


def _chunks(items: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _span(obj: Any) -> tuple[int, int]:
    if isinstance(obj, dict):
        try:
            return int(obj.get("start") or 0), int(obj.get("end") or 0)
        except (TypeError, ValueError):
            return 0, 0
    return 0, 0


def report_rows(doc_id: str, record: dict[str, Any]) -> tuple[list[dict[str, Any]], ...]:
    """The mentions, fact_reports and event_reports rows of one (cleaned) record."""
    seen: set[str] = set()
    mentions = []
    for i, e in enumerate(record["entities"]):
        lid = str(e.get("id") or f"e{i}")
        if lid in seen:
            continue
        seen.add(lid)
        mentions.append({
            "doc_id": doc_id, "local_id": lid, "entity_id": None, "name": str(e["name"]),
            "type": str(e.get("type") or "MISC"),
            "aliases": json.dumps(e.get("aliases") or [], ensure_ascii=False),
            "titles": json.dumps(e.get("titles") or [], ensure_ascii=False),
            "country": e.get("country"), "spans": json.dumps(e.get("mentions") or []),
        })
    facts = []
    for i, f in enumerate(record["facts"]):
        start, end = _span(f.get("evidence"))
        facts.append({
            "doc_id": doc_id, "idx": i, "claim_id": None, "value": float(f["value"]),
            "unit": str(f.get("unit") or ""), "qualifier": str(f.get("qualifier") or "exact"),
            "kind": str(f.get("kind") or "actual"), "indicator": f.get("indicator"),
            "subjects": json.dumps(f.get("subjects") or [], ensure_ascii=False), "period": f.get("period"),
            "change": json.dumps(f["change"], ensure_ascii=False) if f.get("change") else None,
            "ev_start": start, "ev_end": end,
        })
    events = []
    for i, e in enumerate(record["events"]):
        start, end = _span(e.get("evidence"))
        events.append({
            "doc_id": doc_id, "idx": i, "event_id": None, "type": str(e.get("type") or "OTHER"),
            "cameo": e.get("cameo"), "date": e.get("date"), "status": str(e.get("status") or "occurred"),
            "location_id": None, "participants": json.dumps(e.get("participants") or []),
            "ev_start": start, "ev_end": end,
        })
    return mentions, facts, events


def document_row(record: dict[str, Any], url: str | None, sig: Any, dup_of: str | None) -> dict[str, Any]:
    doc = record["document"]
    kept = dict(record)
    kept["document"] = {k: v for k, v in doc.items() if k != "text"}
    return {
        "id": doc["id"], "source": doc.get("source"), "url": url or doc.get("url"), "title": doc.get("title"),
        "outlet": doc.get("outlet"), "published": doc.get("published"), "text": doc["text"],
        "record": json.dumps(kept, ensure_ascii=False), "duplicate_of": dup_of, "minhash": dedup.to_bytes(sig),
        "resolved": 0, "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def write_rows(conn: Connection, dialect: str, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows: COPY on PostgreSQL, executemany elsewhere."""
    if not rows:
        return
    if dialect != "postgresql":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])


def store_batch(conn: Connection, dialect: str, records: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    """Store cleaned records; return (document id, new|unchanged|duplicate, duplicate_of) for each."""
    ids = list(dict.fromkeys(r["document"]["id"] for r in records))
    known: dict[str, str | None] = {}
    q_known = select(s.documents.c.id, s.documents.c.duplicate_of).where(
        s.documents.c.id.in_(bindparam("ids", expanding=True)))
    for chunk in _chunks(ids):
        known.update({r.id: r.duplicate_of for r in conn.execute(q_known, {"ids": list(chunk)})})
    fresh: list[tuple[dict[str, Any], Any, list[tuple[int, int]]]] = []
    results: list[tuple[str, str, str | None]] = []
    in_batch: dict[str, str | None] = {}
    for rec in records:
        did = rec["document"]["id"]
        if did in known or did in in_batch:
            results.append((did, "unchanged", known.get(did, in_batch.get(did))))
            continue
        sig = dedup.signature(rec["document"]["text"])
        fresh.append((rec, sig, dedup.band_hashes(sig)))
        in_batch[did] = None
    # LSH matches among stored documents, in one pass.
    by_band: dict[int, set[int]] = {}
    for _, _, bands in fresh:
        for b, h in bands:
            by_band.setdefault(b, set()).add(h)
    stored_bands: dict[tuple[int, int], list[str]] = {}
    # One look-up per band, so that the (band, hash) primary key serves it.
    q_bands = select(s.doc_bands.c.band, s.doc_bands.c.hash, s.doc_bands.c.doc_id).where(
        s.doc_bands.c.band == bindparam("band"), s.doc_bands.c.hash.in_(bindparam("hashes", expanding=True)))
    for band, hashes in sorted(by_band.items()):
        for chunk in _chunks(sorted(hashes)):
            for b, h, d in conn.execute(q_bands, {"band": band, "hashes": list(chunk)}):
                stored_bands.setdefault((b, h), []).append(d)
    cand_ids = sorted({d for docs in stored_bands.values() for d in docs})
    rank: dict[str, tuple[int, Any, str | None]] = {}  # doc -> (order, signature, duplicate_of)
    q_docs = select(s.documents.c.id, s.documents.c.seq, s.documents.c.minhash, s.documents.c.duplicate_of).where(
        s.documents.c.id.in_(bindparam("ids", expanding=True)))
    for chunk in _chunks(cand_ids):
        for r in conn.execute(q_docs, {"ids": list(chunk)}):
            if r.minhash is not None:
                rank[r.id] = (int(r.seq), dedup.from_bytes(r.minhash), r.duplicate_of)
    order = 10**15
    doc_rows: list[dict[str, Any]] = []
    band_rows: list[dict[str, Any]] = []
    mention_rows: list[dict[str, Any]] = []
    fact_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    for rec, sig, bands in fresh:
        did = rec["document"]["id"]
        votes: Counter[str] = Counter()
        for key in bands:
            votes.update(stored_bands.get(key, ()))
        best: tuple[float, int, str, str | None] | None = None
        for cand, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]:
            if cand not in rank:
                continue
            seq, other, its_dup = rank[cand]
            sim = dedup.similarity(sig, other)
            if sim >= dedup.THRESHOLD and (best is None or (sim, -seq) > (best[0], -best[1])):
                best = (sim, seq, cand, its_dup)
        dup_of = (best[3] or best[2]) if best else None
        in_batch[did] = dup_of
        results.append((did, "duplicate" if dup_of else "new", dup_of))
        order += 1
        rank[did] = (order, sig, dup_of)
        for key in bands:
            stored_bands.setdefault(key, []).append(did)
        doc_rows.append(document_row(rec, rec["document"].get("url"), sig, dup_of))
        band_rows.extend({"band": b, "hash": h, "doc_id": did} for b, h in bands)
        m, f, e = report_rows(did, rec)
        mention_rows.extend(m)
        fact_rows.extend(f)
        event_rows.extend(e)
    if not doc_rows:
        return results
    conn.execute(insert(s.documents), doc_rows)  # seq follows this order
    for table, rows in ((s.doc_bands, band_rows), (s.mentions, mention_rows), (s.fact_reports, fact_rows),
                        (s.event_reports, event_rows)):
        write_rows(conn, dialect, table, rows)
    _index_batch(conn, dialect, doc_rows)
    return results


def _index_batch(conn: Connection, dialect: str, doc_rows: list[dict[str, Any]]) -> None:
    if dialect == "sqlite":
        seqs: dict[str, int] = {}
        q = select(s.documents.c.id, s.documents.c.seq).where(s.documents.c.id.in_(bindparam("ids", expanding=True)))
        for chunk in _chunks([r["id"] for r in doc_rows]):
            seqs.update({r.id: r.seq for r in conn.execute(q, {"ids": list(chunk)})})
        conn.execute(
            text("INSERT INTO documents_fts(rowid, title, body) VALUES (:r, :t, :b)"),
            [{"r": seqs[d["id"]], "t": fold(d["title"] or ""), "b": fold(d["text"])} for d in doc_rows],
        )
    elif dialect == "postgresql":
        conn.execute(
            text("UPDATE documents SET tsv = setweight(to_tsvector('simple', :t), 'A') || "
                 "to_tsvector('simple', :b) WHERE id = :id"),
            [{"t": fold(d["title"] or ""), "b": fold(d["text"])[:900_000], "id": d["id"]} for d in doc_rows],
        )
