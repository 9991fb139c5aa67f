"""The knowledge-base store: open (with migrations), add extractions, resolve, delete.

``open_store(url)`` takes a path or ``sqlite:///path`` (embedded: one file, WAL,
FTS5) or ``postgresql+psycopg://…`` (shared deployments).  Every article is
stored and linked into the cross-document records in ONE transaction, so a
crash (even ``kill -9``) leaves the store consistent and running the same
ingest again finishes the job.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from vnewsgraph.errors import StoreError
from vnewsgraph.kb import dedup
from vnewsgraph.kb import schema as s
from vnewsgraph.kb.bulk import document_row, report_rows, store_batch
from vnewsgraph.kb.keys import fold
from vnewsgraph.kb.maintenance import delete_document_rows
from vnewsgraph.kb.resolve import Resolver

if TYPE_CHECKING:
    from vnewsgraph.model import Article
    from vnewsgraph.nlp.pipeline import Pipeline

BATCH = 200
_PG_LOCK = 73_409_120  # advisory lock class serialising the writers of one store on PostgreSQL


@dataclass(frozen=True, slots=True)
class IngestResult:
    document_id: str
    status: str  # new | unchanged | duplicate
    duplicate_of: str | None = None


def normalise_url(url: str | None) -> str:
    """A store URL from a setting: a plain path becomes ``sqlite:///path``."""
    if not url:
        from vnewsgraph.config import Settings

        url = str(Settings.load().db)
    if "://" in url:
        if url.startswith("postgres://") or url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    return "sqlite:///" + str(Path(url).expanduser().resolve())


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``."""
    return Store(normalise_url(url))


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        self._pipeline: Pipeline | None = None
        try:
            self.engine: Engine = _make_engine(url)
            self.dialect = self.engine.dialect.name
            self._migrate()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store: {exc.__class__.__name__}: {exc}", _safe(url)) from exc
        except ModuleNotFoundError as exc:
            raise StoreError(f"no driver for this store URL ({exc.name} is not installed)", _safe(url)) from exc

    # ------------------------------------------------------------ plumbing
    def _migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self.write() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE on SQLite; an advisory lock on PostgreSQL)."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            with conn.begin():
                if self.dialect == "postgresql":
                    # One writer per store (schema), not per server: stores in other schemas go on.
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k, hashtext(current_schema()))"), {"k": _PG_LOCK})
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------- writes
    def ingest_article(self, article: Article, pipeline: Pipeline | None = None) -> IngestResult:
        """Extract one article and store it (idempotent: the same normalised text is stored once)."""
        from vnewsgraph.extract.contract import Extraction
        from vnewsgraph.nlp.pipeline import Pipeline, make_document

        doc = make_document(article)
        existing = self._existing(doc.id)
        if existing is not None:
            return existing
        if pipeline is None:
            if self._pipeline is None:
                self._pipeline = Pipeline()  # loaded once per store, reused
            pipeline = self._pipeline
        pipe = pipeline
        record = Extraction(pipe(doc)).to_dict()
        return self.add_extraction(record, url=article.url)

    def add_extraction(self, record: dict[str, Any], *, url: str | None = None) -> IngestResult:
        """Store one contract-v1 record and resolve it, in one transaction."""
        clean = _clean_record(record)
        try:
            with self.write() as conn:
                self._resolve_pending(conn)
                result = self._store(conn, clean, url)
                if result.status != "unchanged":
                    self._resolve_one(conn, result.document_id)
                return result
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store the document: {exc}", clean["document"].get("source")) from exc

    def bulk_load(self, records: Iterable[dict[str, Any]], *, resolve: bool = True) -> int:
        """Store many records (batched transactions), then resolve them in ingestion order.

        The result equals calling :meth:`add_extraction` on each record in turn.
        Returns the number of documents newly stored.
        """
        stored = 0
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            nonlocal stored
            if not batch:
                return
            with self.write() as conn:
                results = store_batch(conn, self.dialect, batch)
            stored += sum(1 for _, status, _ in results if status != "unchanged")
            batch.clear()

        for record in records:
            batch.append(_clean_record(record))
            if len(batch) >= BATCH:
                flush()
        flush()
        if resolve:
            self.resolve(full=False)
        return stored

    def resolve(self, full: bool = True) -> None:
        """(Re)run cross-document resolution: over everything (``full``) or only what is pending."""
        if full:
            with self.write() as conn:
                for table in s.RESOLVED_TABLES:
                    conn.execute(table.delete())
                conn.execute(update(s.mentions).values(entity_id=None))
                conn.execute(update(s.fact_reports).values(claim_id=None))
                conn.execute(update(s.event_reports).values(event_id=None))
                conn.execute(update(s.documents).values(resolved=0))
        while True:
            with self.write() as conn:
                if not self._resolve_pending(conn, limit=BATCH):
                    break

    def delete_document(self, document_id: str) -> bool:
        with self.write() as conn:
            return delete_document_rows(conn, self.dialect, document_id)

    # ----------------------------------------------------------- internals
    def _existing(self, doc_id: str) -> IngestResult | None:
        with self.read() as conn:
            row = conn.execute(
                select(s.documents.c.id, s.documents.c.duplicate_of).where(s.documents.c.id == doc_id)
            ).first()
        return IngestResult(row.id, "unchanged", row.duplicate_of) if row else None

    def _store(self, conn: Connection, record: dict[str, Any], url: str | None) -> IngestResult:
        doc = record["document"]
        doc_id = doc["id"]
        row = conn.execute(
            select(s.documents.c.id, s.documents.c.duplicate_of).where(s.documents.c.id == doc_id)
        ).first()
        if row:
            return IngestResult(row.id, "unchanged", row.duplicate_of)
        body = doc["text"]
        sig = dedup.signature(body)
        bands = dedup.band_hashes(sig)
        dup_of = _find_duplicate(conn, sig, bands)
        result = conn.execute(insert(s.documents).values(**document_row(record, url, sig, dup_of)))
        seq = result.inserted_primary_key[0] if result.inserted_primary_key else None
        conn.execute(insert(s.doc_bands), [{"band": b, "hash": h, "doc_id": doc_id} for b, h in bands])
        folded_title, folded_body = fold(doc.get("title") or ""), fold(body)
        if self.dialect == "sqlite":
            conn.execute(
                text("INSERT INTO documents_fts(rowid, title, body) VALUES (:r, :t, :b)"),
                {"r": seq, "t": folded_title, "b": folded_body},
            )
        elif self.dialect == "postgresql":
            conn.execute(
                text(
                    "UPDATE documents SET tsv = setweight(to_tsvector('simple', :t), 'A') || "
                    "to_tsvector('simple', :b) WHERE id = :id"
                ),
                {"t": folded_title, "b": folded_body[:900_000], "id": doc_id},
            )
        for table, rows in zip((s.mentions, s.fact_reports, s.event_reports), report_rows(doc_id, record), strict=True):
            if rows:
                conn.execute(insert(table), rows)
        return IngestResult(doc_id, "duplicate" if dup_of else "new", dup_of)

    def _resolve_one(self, conn: Connection, doc_id: str) -> None:
        row = conn.execute(
            select(s.documents.c.record, s.documents.c.published, s.documents.c.duplicate_of).where(
                s.documents.c.id == doc_id
            )
        ).one()
        Resolver(conn).resolve_document(doc_id, json.loads(row.record), row.published, row.duplicate_of is not None)

    def _resolve_pending(self, conn: Connection, limit: int | None = None) -> int:
        query = (
            select(s.documents.c.id, s.documents.c.record, s.documents.c.published, s.documents.c.duplicate_of)
            .where(s.documents.c.resolved == 0)
            .order_by(s.documents.c.seq)
        )
        if limit:
            query = query.limit(limit)
        rows = conn.execute(query).all()
        resolver = Resolver(conn)
        for row in rows:
            resolver.resolve_document(row.id, json.loads(row.record), row.published, row.duplicate_of is not None)
        return len(rows)

    def counts(self) -> dict[str, int]:
        with self.read() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                for t in (s.documents, s.entities, s.events, s.claims)
            }


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("sqlite:///", 1)[-1]
        if path and path != ":memory:" and "://" not in path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url, connect_args={"timeout": 60, "check_same_thread": False},
            # An in-memory database lives in one connection: share it.
            **({"poolclass": StaticPool} if memory else {}),
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # transactions are begun explicitly below
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

        return engine
    return create_engine(url, pool_pre_ping=True)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return url


_Q_BAND_CANDIDATES = (
    select(s.doc_bands.c.doc_id)
    .where(or_(*[and_(s.doc_bands.c.band == b, s.doc_bands.c.hash == bindparam(f"h{b}")) for b in range(dedup.BANDS)]))
    .group_by(s.doc_bands.c.doc_id)
    .order_by(func.count().desc(), s.doc_bands.c.doc_id)
    .limit(50)
)


def _find_duplicate(conn: Connection, sig: Any, bands: list[tuple[int, int]]) -> str | None:
    cands = set(conn.execute(_Q_BAND_CANDIDATES, {f"h{b}": h for b, h in bands}).scalars())
    if not cands:
        return None
    best: tuple[float, int, str, str | None] | None = None
    for row in conn.execute(
        select(s.documents.c.id, s.documents.c.seq, s.documents.c.minhash, s.documents.c.duplicate_of).where(
            s.documents.c.id.in_(cands)
        )
    ):
        if row.minhash is None:
            continue
        sim = dedup.similarity(sig, dedup.from_bytes(row.minhash))
        if sim >= dedup.THRESHOLD and (best is None or (sim, -row.seq) > (best[0], -best[1])):
            best = (sim, row.seq, row.id, row.duplicate_of)
    if best is None:
        return None
    return best[3] or best[2]


def _clean_record(record: dict[str, Any]) -> dict[str, Any]:
    """Validate the parts the store relies on; drop unusable facts/events."""
    if not isinstance(record, dict) or not isinstance(record.get("document"), dict):
        raise StoreError("not a contract-v1 record: no 'document' object")
    doc = dict(record["document"])
    body = doc.get("text")
    if not isinstance(body, str) or not body.strip():
        raise StoreError("the record has no document text", doc.get("source"))
    doc["id"] = doc.get("id") or "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()
    published = doc.get("published")
    if published is not None and not (isinstance(published, str) and len(published) >= 4):
        doc["published"] = None
    facts = [
        f for f in record.get("facts") or []
        if isinstance(f, dict) and isinstance(f.get("value"), (int, float)) and not isinstance(f.get("value"), bool)
    ]
    events = [e for e in record.get("events") or [] if isinstance(e, dict)]
    ents = [e for e in record.get("entities") or [] if isinstance(e, dict) and e.get("name")]
    return {**record, "document": doc, "entities": ents, "facts": facts, "events": events}
