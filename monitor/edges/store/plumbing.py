"""The store's plumbing: opening SQLite or PostgreSQL, transactions, reads, migrations.

Every part of `Store` (monitor/edges/store/__init__.py) builds on `StoreBase`: one connection,
`transaction()` (BEGIN IMMEDIATE … COMMIT, an error rolls back and becomes a StoreError)
and `_query()`. It must not know any table but through the migrations it applies.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Self

from monitor.edges import dialect
from monitor.edges.dialect import DB_ERRORS, PgConnection, Row
from monitor.edges.store import migrations
from monitor.edges.store.records import AlertRecord
from monitor.errors import StoreError

# what an alert taught stops counting once it is retracted
_NOT_RETRACTED = (
    "development_id NOT IN (SELECT development_id FROM alerts WHERE retracted_at IS NOT NULL)"
)


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


MAX_ROW_ID = 2**63 - 1  # a larger number is no row's id (and overflows SQLite's INTEGER)
OPEN_TIMEOUT = 30.0  # seconds to wait for another process holding the database


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to write-ahead logging. Two processes opening a new database together can
    both try the switch; SQLite then answers one of them "database is locked" at once,
    without waiting (its busy timeout does not cover this), so the switch is retried."""
    deadline = time.monotonic() + OPEN_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorcode", None) in (
                sqlite3.SQLITE_BUSY,
                sqlite3.SQLITE_LOCKED,
            )
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class StoreBase:
    """One database connection and its plumbing; the parts of `Store` add what it holds."""

    def __init__(self, conn: sqlite3.Connection | PgConnection, path: str) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path, readonly: bool = False) -> Self:
        """Open (creating and migrating unless read-only) the database at `path`."""
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), isolation_level=None, timeout=OPEN_TIMEOUT)
                _use_wal(conn)
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.row_factory = sqlite3.Row
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        store = cls(conn, str(path))
        if not readonly:
            store.migrate()
        return store

    @classmethod
    def open_url(cls, url: str, readonly: bool = False) -> Self:
        """Open (migrating unless read-only) the PostgreSQL database at `url`."""
        store = cls(dialect.connect(url, readonly=readonly), dialect.redact(url))
        if not readonly:
            store.migrate()
        return store

    @property
    def is_postgres(self) -> bool:
        return isinstance(self._conn, PgConnection)

    def close(self) -> None:
        self._conn.close()

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection | PgConnection]:
        """BEGIN IMMEDIATE … COMMIT; any error rolls back and becomes a StoreError."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except DB_ERRORS as exc:
            raise StoreError(self._failure("database busy or unwritable", exc)) from exc
        try:
            yield self._conn
        except DB_ERRORS as exc:
            self._rollback()
            raise StoreError(self._failure("database write failed", exc)) from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self._conn.execute("COMMIT")
        except DB_ERRORS as exc:
            self._rollback()
            raise StoreError(self._failure("database commit failed", exc)) from exc

    def _rollback(self) -> None:
        # A full disk (SQLITE_FULL) may end the transaction inside SQLite already; a second
        # ROLLBACK would then raise over the error that matters.
        if self._conn.in_transaction:
            with suppress(*DB_ERRORS):
                self._conn.execute("ROLLBACK")

    def _failure(self, what: str, exc: Exception) -> str:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            return f"{what}: no space left for {self.path} ({exc}); nothing was written"
        return f"{what}: {exc}"

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[Row]:
        try:
            return list(self._conn.execute(sql, args))
        except DB_ERRORS as exc:
            raise StoreError(f"database read failed: {exc}") from exc

    def schema_version(self) -> int:
        return int(self._query("PRAGMA user_version")[0][0])

    def migrate(self) -> None:
        """Apply every migration newer than the database's user_version, each atomically."""
        scripts = migrations.MIGRATIONS
        version = self.schema_version()
        if version > len(scripts):
            raise StoreError(
                f"database {self.path} has schema version {version}, newer than this "
                f"monitor's {len(scripts)}: upgrade the monitor"
            )
        for number, script in enumerate(scripts[version:], start=version + 1):
            with self.transaction() as conn:
                if self.schema_version() >= number:  # another process applied it meanwhile
                    continue
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    def backup(self, target: Path) -> None:
        """A consistent copy of the database, safe while the monitor runs."""
        if not isinstance(self._conn, sqlite3.Connection):
            raise StoreError("PostgreSQL is backed up with its own tools (pg_dump)")
        try:
            dest = sqlite3.connect(str(target))
            try:
                self._conn.backup(dest)  # one step: a snapshot, even while others write
            finally:
                dest.close()
        except sqlite3.Error as exc:
            raise StoreError(f"backup to {target} failed: {exc}") from exc


def alert_record(r: Any, sources: tuple[dict[str, Any], ...]) -> AlertRecord:
    """An `alerts` row as the record callers read, with its later sources."""
    return AlertRecord(
        id=int(r["id"]),
        development_id=r["development_id"],
        kind=r["kind"],
        article_url=r["article_url"],
        title=r["title"],
        outlet=r["outlet"],
        lang=r["lang"],
        published=dt.datetime.fromisoformat(r["published"]),
        rule=r["rule"],
        diff=json.loads(r["diff"]),
        created_at=dt.datetime.fromisoformat(r["created_at"]),
        sources=sources,
        retracted_at=_dt(r["retracted_at"]),
        retraction=r["retraction"],
    )
