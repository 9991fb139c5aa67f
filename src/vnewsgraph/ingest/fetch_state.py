"""What has been fetched before: a small SQLite file of its own.

Remembers, per feed or page URL, the validators the server sent (ETag,
Last-Modified) so the next request can be conditional; per article URL and
per content hash, that the article was already handed on; and each host's
robots.txt (kept for a day, as RFC 9309 advises).

The file lives at ``VNEWSGRAPH_FETCH_STATE`` when set, else next to the store
file (``<db>.fetch.sqlite``); ``none`` (or ``:memory:``) keeps it in memory
only, so nothing is remembered between runs.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import threading
import time
from pathlib import Path

from vnewsgraph.config import Settings

ROBOTS_MAX_AGE = 24 * 3600.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS seen_urls (
    url TEXT PRIMARY KEY,
    content_hash TEXT,
    status TEXT NOT NULL,
    seen_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS seen_hashes (
    content_hash TEXT PRIMARY KEY,
    url TEXT,
    seen_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS robots (
    origin TEXT PRIMARY KEY,
    body TEXT,
    status INTEGER NOT NULL,
    fetched_at REAL NOT NULL
);
"""


def content_hash(text: str) -> str:
    """Hash of an article's text with whitespace collapsed (same text -> same hash)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _store_path(db: str) -> str | None:
    """The store's file path when the store is a SQLite file, else None."""
    if "://" in db:
        if db.startswith("sqlite:///"):
            return db[len("sqlite:///") :] or None
        return None
    return db or None


def default_state_path(settings: Settings | None = None) -> str:
    """Where the fetch state lives: the setting, else next to the store file."""
    settings = settings or Settings.load()
    configured = str(getattr(settings, "fetch_state", "") or "")
    if configured:
        return configured
    db: str | None = None
    cli = sys.modules.get("vnewsgraph.cli")  # `vnewsgraph --db X ingest …` names the store there
    if cli is not None:
        db = getattr(getattr(cli, "state", None), "db", None)
    store_file = _store_path(db or str(settings.db))
    if store_file is None or store_file == ":memory:":
        return "vnewsgraph.fetch.sqlite"
    return store_file + ".fetch.sqlite"


def normalise_state_path(path: str) -> str:
    """``none`` and ``:memory:`` both mean a state kept in memory only."""
    return ":memory:" if path.strip().lower() in {"none", ":memory:"} else path


class FetchState:
    """Thread-safe access to the seen-state file."""

    def __init__(self, path: str | Path | None = None) -> None:
        target = normalise_state_path(str(path) if path is not None else default_state_path())
        if target != ":memory:":
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        self.path = target
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(target, check_same_thread=False, isolation_level=None, timeout=30)
        if target != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> FetchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- conditional requests ------------------------------------------------
    def validators(self, url: str) -> tuple[str | None, str | None]:
        with self._lock:
            row = self._conn.execute("SELECT etag, last_modified FROM validators WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        if not etag and not last_modified:
            return
        with self._lock:
            self._conn.execute(
                "INSERT INTO validators(url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                "checked_at = excluded.checked_at",
                (url, etag, last_modified, time.time()),
            )

    # -- articles ------------------------------------------------------------
    def seen_url(self, url: str) -> bool:
        with self._lock:
            row = self._conn.execute("SELECT 1 FROM seen_urls WHERE url = ?", (url,)).fetchone()
        return row is not None

    def seen_hash(self, digest: str) -> bool:
        with self._lock:
            row = self._conn.execute("SELECT 1 FROM seen_hashes WHERE content_hash = ?", (digest,)).fetchone()
        return row is not None

    def mark_seen(self, url: str, digest: str | None, status: str = "ok") -> None:
        now = time.time()
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                self._conn.execute(
                    "INSERT OR REPLACE INTO seen_urls(url, content_hash, status, seen_at) VALUES (?, ?, ?, ?)",
                    (url, digest, status, now),
                )
                if digest:
                    self._conn.execute(
                        "INSERT OR IGNORE INTO seen_hashes(content_hash, url, seen_at) VALUES (?, ?, ?)",
                        (digest, url, now),
                    )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {
                table: int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("validators", "seen_urls", "seen_hashes", "robots")
            }

    # -- robots.txt ----------------------------------------------------------
    def robots(self, origin: str, max_age: float = ROBOTS_MAX_AGE) -> tuple[int, str] | None:
        with self._lock:
            row = self._conn.execute("SELECT status, body, fetched_at FROM robots WHERE origin = ?", (origin,)).fetchone()
        if row is None or time.time() - float(row[2]) > max_age:
            return None
        return int(row[0]), str(row[1] or "")

    def save_robots(self, origin: str, status: int, body: str) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO robots(origin, body, status, fetched_at) VALUES (?, ?, ?, ?)",
                (origin, body, status, time.time()),
            )
