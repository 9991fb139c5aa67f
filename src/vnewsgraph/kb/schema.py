"""The knowledge-base schema (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Two layers:

* per-document rows, exactly what one extraction (contract v1) said:
  ``documents``, ``mentions`` (one row per document-level entity),
  ``fact_reports`` and ``event_reports`` (one row per fact / event, with its
  evidence span);
* cross-document records built from them by resolution: ``entities`` (one per
  real-world referent, with ``entity_keys`` used to match new mentions and
  ``entity_forms`` counting the spellings seen), ``claims`` (one per figure)
  and ``events`` (one per happening, with ``event_participants``).

Full-text search over documents uses an FTS5 table on SQLite
(``documents_fts``) and a ``tsvector`` column on PostgreSQL, both over a
diacritic-folded copy of the text; they are created by the migration, not
declared here, because they differ by dialect.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(80), nullable=False, unique=True),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", String(200)),
    Column("published", String(10)),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),  # the contract-v1 record without document.text (JSON)
    Column("duplicate_of", String(80)),
    Column("minhash", LargeBinary),
    Column("resolved", Integer, nullable=False, default=0),
    Column("ingested_at", String(32)),
)
Index("ix_documents_published", documents.c.published)
Index("ix_documents_duplicate_of", documents.c.duplicate_of)
Index("ix_documents_resolved", documents.c.resolved)

# MinHash LSH bands: (band number, hash of the band's values) -> document.
doc_bands = Table(
    "doc_bands",
    metadata,
    Column("band", Integer, primary_key=True),
    Column("hash", BigInteger, primary_key=True),
    Column("doc_id", String(80), primary_key=True),
)

mentions = Table(
    "mentions",
    metadata,
    Column("doc_id", String(80), primary_key=True),
    Column("local_id", String(40), primary_key=True),
    Column("entity_id", String(40)),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("aliases", Text, nullable=False, default="[]"),
    Column("titles", Text, nullable=False, default="[]"),
    Column("country", String(8)),
    Column("spans", Text, nullable=False, default="[]"),
)
Index("ix_mentions_entity", mentions.c.entity_id)

entities = Table(
    "entities",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("aliases", Text, nullable=False, default="[]"),
    Column("search", Text, nullable=False, default=""),  # folded name + aliases
    Column("doc_count", Integer, nullable=False, default=0),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
)
Index("ix_entities_doc_count", entities.c.doc_count)
Index("ix_entities_type", entities.c.type)

entity_keys = Table(
    "entity_keys",
    metadata,
    Column("type", String(20), primary_key=True),
    Column("key", String(400), primary_key=True),
    Column("entity_id", String(40), primary_key=True),
)
Index("ix_entity_keys_entity", entity_keys.c.entity_id)

entity_forms = Table(
    "entity_forms",
    metadata,
    Column("entity_id", String(40), primary_key=True),
    Column("form", String(400), primary_key=True),
    Column("n_name", Integer, nullable=False, default=0),
    Column("n_alias", Integer, nullable=False, default=0),
)

# A person's titles over time (first and last seen by publication date).
entity_titles = Table(
    "entity_titles",
    metadata,
    Column("entity_id", String(40), primary_key=True),
    Column("title", String(400), primary_key=True),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("n", Integer, nullable=False, default=0),
)

fact_reports = Table(
    "fact_reports",
    metadata,
    Column("doc_id", String(80), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("claim_id", String(40)),
    Column("value", Float, nullable=False),
    Column("unit", String(60), nullable=False),
    Column("qualifier", String(20), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("indicator", Text),
    Column("subjects", Text, nullable=False, default="[]"),  # KB entity ids or country codes
    Column("period", String(40)),
    Column("change", Text),
    Column("ev_start", Integer, nullable=False),
    Column("ev_end", Integer, nullable=False),
)
Index("ix_fact_reports_claim", fact_reports.c.claim_id)

claims = Table(
    "claims",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("indicator", Text),
    Column("ind_key", String(400), nullable=False, default=""),
    Column("subjects", Text, nullable=False, default="[]"),
    Column("subj_key", String(400), nullable=False, default=""),
    Column("period", String(40)),
    Column("unit", String(60), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("value", Float),
    Column("agreement", String(10), nullable=False, default="single"),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("first_published", String(10)),
    Column("search", Text, nullable=False, default=""),
)
Index("ix_claims_match", claims.c.unit, claims.c.kind, claims.c.subj_key, claims.c.period)

event_reports = Table(
    "event_reports",
    metadata,
    Column("doc_id", String(80), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("event_id", String(40)),
    Column("type", String(20), nullable=False),
    Column("cameo", String(10)),
    Column("date", String(40)),
    Column("status", String(20), nullable=False),
    Column("location_id", String(40)),
    Column("participants", Text, nullable=False, default="[]"),  # [{"entity": KB id, "role": …}]
    Column("ev_start", Integer, nullable=False),
    Column("ev_end", Integer, nullable=False),
)
Index("ix_event_reports_event", event_reports.c.event_id)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(20), nullable=False),
    Column("cameo", String(10)),
    Column("date", String(40)),
    Column("status", String(20), nullable=False),
    Column("location_id", String(40)),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("first_published", String(10)),
    Column("search", Text, nullable=False, default=""),
)
Index("ix_events_type_date", events.c.type, events.c.date)
Index("ix_events_date", events.c.date)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("entity_id", String(40), primary_key=True),
    Column("role", String(20)),
)
Index("ix_event_participants_entity", event_participants.c.entity_id)

# Cross-document tables, cleared by a full re-resolution.
RESOLVED_TABLES = (entities, entity_keys, entity_forms, entity_titles, claims, events, event_participants)
