"""Initial knowledge-base schema, with dialect-specific full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

from vnewsgraph.kb import schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # The tables of schema version 1 (later revisions alter them with op.*).
    schema.metadata.create_all(bind)
    if bind.dialect.name == "sqlite":
        # rowid = documents.seq; columns hold diacritic-folded text.
        op.execute("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, body, tokenize='unicode61')")
    elif bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector")
        op.execute("CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin (tsv)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    schema.metadata.drop_all(bind)
