"""Alembic environment: run programmatically by ``vnewsgraph.kb.store`` on open.

The store passes an open connection in ``config.attributes["connection"]``;
nothing here reads an ini file or the environment.
"""

from __future__ import annotations

from alembic import context

from vnewsgraph.kb.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a bare `alembic` command
    raise RuntimeError("vnewsgraph migrations run through vnewsgraph.kb.store.open_store()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
