"""Schema migrations: from every earlier version to the latest, keeping every row; atomic;
and a database newer than the code is refused rather than misread."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from monitor.edges.store import MIGRATIONS, Store
from monitor.edges.store import migrations as store_migrations
from monitor.errors import StoreError

LATEST = len(MIGRATIONS)


def _build(path: Path, version: int) -> None:
    """A database as a monitor of schema `version` left it (MIGRATIONS[:version] applied)."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        for script in MIGRATIONS[:version]:
            db.executescript(script)
        db.execute(f"PRAGMA user_version = {version}")
        db.commit()


def _tables(db: sqlite3.Connection) -> list[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [str(r[0]) for r in rows]


def _sample(kind: str, n: int) -> Any:
    kind = kind.upper()
    if "INT" in kind:
        return 1000 + n
    if "REAL" in kind or "FLOA" in kind:
        return 1.5 + n
    return f"2026-03-0{n % 9 + 1}T00:00:00+00:00"  # a text that also reads as a date


def _fill(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """One row in every table, every column set; returns each table's rows."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        for table in _tables(db):
            columns = db.execute(f"PRAGMA table_info({table})").fetchall()
            names = [c[1] for c in columns]
            values = [_sample(c[2], i) for i, c in enumerate(columns)]
            marks = ", ".join("?" * len(names))
            db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)
        db.commit()
        return {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in _tables(db)}


def _schema(path: Path) -> set[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = db.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        return {(name, " ".join(sql.split())) for name, sql in rows}


@pytest.mark.parametrize("version", range(LATEST + 1))
def test_migrates_from_every_version_keeping_rows(tmp_path: Path, version: int) -> None:
    """A database at any earlier version migrates to the latest with all its rows intact."""
    path = tmp_path / "monitor.db"
    _build(path, version)
    before = _fill(path)
    store = Store.open(path)
    try:
        assert store.schema_version() == LATEST
        store.outbox_backlog()  # the migrated database works for the monitor
        store.all_feed_states()
    finally:
        store.close()
    with contextlib.closing(sqlite3.connect(path)) as db:
        for table, rows in before.items():
            width = len(rows[0])
            kept = [row[:width] for row in db.execute(f"SELECT * FROM {table}").fetchall()]
            assert kept == rows, table
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()
    assert _schema(path) == _schema(fresh)


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that fails half way is rolled back whole, and the version is unchanged."""
    path = tmp_path / "monitor.db"
    Store.open(path).close()
    broken = "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1)"
    monkeypatch.setattr(store_migrations, "MIGRATIONS", (*MIGRATIONS, broken))
    with pytest.raises(StoreError, match="no_such_table"):
        Store.open(path)
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (LATEST,)
        assert "half_done" not in _tables(db)


def test_a_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    """A database from a newer monitor is refused with a clear error, not half understood."""
    path = tmp_path / "monitor.db"
    Store.open(path).close()
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(StoreError, match="newer than this monitor"):
        Store.open(path)


def test_items_gain_their_outlet_names_and_google_links_a_table(tmp_path: Path) -> None:
    """Migrations 6 and 7 keep every item (empty names for the old ones) and add the table
    of resolved Google News links; a read-only look before them still counts items."""
    path = tmp_path / "monitor.db"
    _build(path, 5)
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute(
            "INSERT INTO items (feed_id, key, link, title, summary, seen_at, state) "
            "VALUES ('wire', 'k', 'https://x.test/a', 'T', 'S', '2026-03-03T08:00:00+00:00', 'new')"
        )
        db.commit()
    old = Store.open(path, readonly=True)
    try:
        assert old.feed_item_counts() == {"wire": (1, "")}
    finally:
        old.close()
    store = Store.open(path)
    try:
        (pending,) = store.pending_items(dt.datetime(2026, 3, 4, tzinfo=dt.UTC))
        assert (pending.item.title, pending.item.source, pending.item.channel) == ("T", "", "")
        assert store.google_link("https://news.google.com/rss/articles/x") is None
    finally:
        store.close()
