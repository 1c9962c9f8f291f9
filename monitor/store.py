"""The store: the only module that speaks SQL. SQLite (WAL) with versioned migrations.

Holds feeds' HTTP state, items seen, articles with their decisions, developments and what
was learned from them, alerts with their sources, and the outbox of deliveries. Marking an
item processed and recording its alert happen in one transaction (`record_assessment`).
It must not decide anything: callers pass decisions in, and read facts back out.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from monitor import dialect
from monitor.dialect import DB_ERRORS, PgConnection, Row
from monitor.errors import StoreError
from monitor.models import Article, FeedItem, HttpState, StatusState

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        first_polled_at TEXT,
        last_polled_at TEXT,
        last_success_at TEXT,
        last_status INTEGER,
        last_error TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        next_poll_at TEXT
    );
    CREATE TABLE items (
        feed_id TEXT NOT NULL,
        key TEXT NOT NULL,
        link TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        published TEXT,
        seen_at TEXT NOT NULL,
        state TEXT NOT NULL,            -- new | done | skipped
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        PRIMARY KEY (feed_id, key)
    );
    CREATE INDEX items_pending ON items (state, next_attempt_at);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        canonical_url TEXT,
        feed_id TEXT NOT NULL,
        item_key TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        published TEXT NOT NULL,
        outlet TEXT NOT NULL,
        from_feed_only INTEGER NOT NULL,
        decision TEXT NOT NULL,
        reason TEXT NOT NULL,
        rules TEXT NOT NULL,
        development_id TEXT,
        alert_id INTEGER,
        assessed_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_canonical ON articles (canonical_url);
    CREATE TABLE developments (
        id TEXT PRIMARY KEY,
        alert_id INTEGER NOT NULL,
        published TEXT NOT NULL,
        signature TEXT NOT NULL,
        events TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        status_change TEXT
    );
    CREATE INDEX developments_published ON developments (published);
    CREATE TABLE learned_facts (
        id TEXT PRIMARY KEY,
        development_id TEXT NOT NULL,
        date TEXT NOT NULL,
        summary TEXT NOT NULL,
        entities TEXT NOT NULL,
        event TEXT,
        source TEXT NOT NULL
    );
    CREATE TABLE status_moves (
        id INTEGER PRIMARY KEY,
        status_id TEXT NOT NULL,
        state TEXT NOT NULL,
        since TEXT,
        source TEXT NOT NULL,
        said_by TEXT NOT NULL,
        development_id TEXT NOT NULL
    );
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        development_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        article_url TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT NOT NULL,
        lang TEXT NOT NULL,
        published TEXT NOT NULL,
        rule TEXT NOT NULL,
        diff TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE alert_sources (
        alert_id INTEGER NOT NULL,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT NOT NULL,
        lang TEXT NOT NULL,
        published TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (alert_id, url)
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER NOT NULL,
        chat_id TEXT NOT NULL,
        action TEXT NOT NULL,          -- send | update
        state TEXT NOT NULL,           -- pending | sent | failed
        message_ids TEXT NOT NULL DEFAULT '[]',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT
    );
    CREATE INDEX outbox_pending ON outbox (state, id);
    CREATE TABLE chats (
        chat_id TEXT PRIMARY KEY,
        blocked_until TEXT
    );
    """,
    # 2: people who get alerts privately from the bot; switches set by admins (`paused`)
    """
    CREATE TABLE subscribers (
        chat_id TEXT PRIMARY KEY,
        user_name TEXT NOT NULL,
        subscribed_at TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 3: an alert retracted by an admin (`retract`): when, and why; what it taught is
    # no longer read back, and its messages get a 'retract' outbox row (an edit)
    """
    ALTER TABLE alerts ADD COLUMN retracted_at TEXT;
    ALTER TABLE alerts ADD COLUMN retraction TEXT;
    CREATE INDEX alerts_retracted ON alerts (retracted_at);
    """,
    # 4: exactly once across processes. An outbox row is claimed by one process (owner and
    # lease) before it is worked on, and `sending_at` records that a new message is being
    # posted until its outcome is recorded; a row whose outcome nobody recorded is held
    # ('unconfirmed') for an admin instead of being posted again. `leases` holds the cycle
    # lease: one poll/decide/deliver cycle at a time per database.
    """
    ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
    ALTER TABLE outbox ADD COLUMN sending_at TEXT;
    CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    """,
    # 5: retention (`prune`). An article's text may be emptied after a while
    # (`text_pruned_at` says when); a decision that raised no alert may be deleted, its URLs
    # kept in `seen_urls` so that the same link is never assessed as new again.
    """
    ALTER TABLE articles ADD COLUMN text_pruned_at TEXT;
    CREATE TABLE seen_urls (
        url TEXT PRIMARY KEY,
        decision TEXT NOT NULL,
        forgotten_at TEXT NOT NULL
    );
    """,
    # 6: outlet names from the feed: an item's own `<source>` (name and site) and its
    # feed's channel title, kept with the item until its page is read
    """
    ALTER TABLE items ADD COLUMN source TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN source_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN channel TEXT NOT NULL DEFAULT '';
    """,
    # 7: Google News links resolved to the publisher's URL, so each is asked of Google once
    """
    CREATE TABLE google_links (
        url TEXT PRIMARY KEY,
        publisher_url TEXT NOT NULL,
        resolved_at TEXT NOT NULL
    );
    """,
    # 8: a pause a service asked for (Google News's 429), kept across restarts and shared
    # by every process: no request to it before `paused_until`; `backoff` is the last
    # pause in seconds, which the next 429 doubles
    """
    CREATE TABLE pauses (
        name TEXT PRIMARY KEY,
        paused_until TEXT NOT NULL,
        backoff REAL NOT NULL
    );
    """,
)

_GOOGLE_PAUSE = "google_news"  # its row in `pauses`

# what an alert taught stops counting once it is retracted
_NOT_RETRACTED = (
    "development_id NOT IN (SELECT development_id FROM alerts WHERE retracted_at IS NOT NULL)"
)


def _period_and_lang(
    prefix: str, since: dt.datetime | None, until: dt.datetime | None, lang: str | None
) -> tuple[list[str], list[Any]]:
    """The filters alerts and decisions share: a publication period and a language."""
    where: list[str] = []
    args: list[Any] = []
    if since is not None:
        where.append(f"{prefix}published >= ?")
        args.append(_iso(since))
    if until is not None:
        where.append(f"{prefix}published < ?")
        args.append(_iso(until))
    if lang:
        where.append(f"{prefix}lang = ?")
        args.append(lang)
    return where, args


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class FeedState:
    """What the store knows about one feed."""

    id: str
    http: HttpState
    first_polled_at: dt.datetime | None
    last_success_at: dt.datetime | None
    last_error: str | None
    error_count: int
    next_poll_at: dt.datetime | None


@dataclass(frozen=True)
class PendingItem:
    """An item waiting for its page to be fetched and assessed."""

    item: FeedItem
    attempts: int


@dataclass(frozen=True)
class OutboxRow:
    """One delivery waiting or done."""

    id: int
    alert_id: int
    chat_id: str
    action: str
    state: str
    message_ids: tuple[int, ...]
    attempts: int
    next_attempt_at: dt.datetime | None
    claimed_by: str | None = None  # the process working on it, until `claimed_until`
    claimed_until: dt.datetime | None = None
    sending_at: dt.datetime | None = None  # a post began then; its outcome is not recorded
    last_error: str | None = None


@dataclass(frozen=True)
class AlertRecord:
    """A stored alert with its diff and sources."""

    id: int
    development_id: str
    kind: str
    article_url: str
    title: str
    outlet: str
    lang: str
    published: dt.datetime
    rule: str
    diff: dict[str, Any]
    created_at: dt.datetime
    sources: tuple[dict[str, str], ...]
    retracted_at: dt.datetime | None = None
    retraction: str | None = None  # why it was retracted


@dataclass(frozen=True)
class Retraction:
    """An alert just retracted, and what that did to its deliveries."""

    alert_id: int
    at: dt.datetime
    reason: str
    edits: int  # messages queued for a correction ('retract' outbox rows)
    cancelled: int  # sends not begun yet, now never made


@dataclass(frozen=True)
class Cutoffs:
    """What `Store.prune` may remove: records older than each moment (None: keep)."""

    article_text: dt.datetime | None
    decisions: dt.datetime | None
    outbox: dt.datetime | None


# What pruning does, table by table: (table, what is removed, the rows it touches). Alerts,
# developments, learned facts, status moves, item keys and assessed URLs are never removed.
# Articles that raised or joined an alert keep their text and their decision; a sent 'send'
# row keeps the message ids that later edits (a new source, a retraction) need.
_PRUNE_TEXT = "text_pruned_at IS NULL AND alert_id IS NULL AND assessed_at < ?"
_PRUNE_SUMMARY = "state <> 'new' AND summary <> '' AND seen_at < ?"
_PRUNE_DECISIONS = "alert_id IS NULL AND assessed_at < ?"
_PRUNE_OUTBOX = (
    "state IN ('sent', 'failed', 'cancelled') AND NOT (action = 'send' AND state = 'sent') "
    "AND COALESCE(sent_at, created_at) < ?"
)


@dataclass(frozen=True)
class Subscriber:
    """A private chat that gets every alert from the bot."""

    chat_id: str
    user_name: str
    subscribed_at: dt.datetime


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


class Store:
    """One database; open with `Store.open(path)` (SQLite) or `Store.open_url(url)`
    (`postgresql://`, the same SQL translated by `dialect`), close with `close()`."""

    def __init__(self, conn: sqlite3.Connection | PgConnection, path: str) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path, readonly: bool = False) -> Store:
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
    def open_url(cls, url: str, readonly: bool = False) -> Store:
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
        version = self.schema_version()
        if version > len(MIGRATIONS):
            raise StoreError(
                f"database {self.path} has schema version {version}, newer than this "
                f"monitor's {len(MIGRATIONS)}: upgrade the monitor"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
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

    # ------------------------------------------------------------------ feeds

    def feed_state(self, feed_id: str, url: str) -> FeedState:
        rows = self._query("SELECT * FROM feeds WHERE id = ?", (feed_id,))
        if not rows:
            with self.transaction() as conn:
                conn.execute("INSERT OR IGNORE INTO feeds (id, url) VALUES (?, ?)", (feed_id, url))
            rows = self._query("SELECT * FROM feeds WHERE id = ?", (feed_id,))
        r = rows[0]
        return FeedState(
            id=feed_id,
            http=HttpState(r["etag"], r["last_modified"]),
            first_polled_at=_dt(r["first_polled_at"]),
            last_success_at=_dt(r["last_success_at"]),
            last_error=r["last_error"],
            error_count=int(r["error_count"]),
            next_poll_at=_dt(r["next_poll_at"]),
        )

    def all_feed_states(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._query("SELECT * FROM feeds ORDER BY id")]

    def feed_item_counts(self) -> dict[str, tuple[int, str]]:
        """Per feed: how many items were ever seen, and the channel title one of them has."""
        # a database opened read-only may predate migration 6 (no `channel` yet)
        channel = "MAX(channel)" if self.schema_version() >= 6 else "''"
        rows = self._query(
            f"SELECT feed_id, COUNT(*) AS n, {channel} AS channel FROM items GROUP BY feed_id"
        )
        return {str(r["feed_id"]): (int(r["n"]), str(r["channel"] or "")) for r in rows}

    def record_poll(
        self,
        feed_id: str,
        now: dt.datetime,
        status: int | None,
        http: HttpState | None,
        error: str | None,
        next_poll_at: dt.datetime | None,
        items: tuple[FeedItem, ...] = (),
        skip_before: dt.datetime | None = None,
    ) -> int:
        """Store a poll's outcome and its new items (older than `skip_before`: seen, skipped).

        Returns how many items were new.
        """
        new = 0
        with self.transaction() as conn:
            if error is None:
                conn.execute(
                    "UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, "
                    "last_modified), first_polled_at = COALESCE(first_polled_at, ?), "
                    "last_polled_at = ?, last_success_at = ?, last_status = ?, last_error = NULL, "
                    "error_count = 0, next_poll_at = ? WHERE id = ?",
                    (
                        http.etag if http else None,
                        http.last_modified if http else None,
                        _iso(now),
                        _iso(now),
                        _iso(now),
                        status,
                        _iso(next_poll_at),
                        feed_id,
                    ),
                )
            else:
                conn.execute(
                    "UPDATE feeds SET last_polled_at = ?, last_status = ?, last_error = ?, "
                    "error_count = error_count + 1, next_poll_at = ? WHERE id = ?",
                    (_iso(now), status, error, _iso(next_poll_at), feed_id),
                )
            for item in items:
                skip = (
                    skip_before is not None
                    and item.published is not None
                    and (item.published < skip_before)
                )
                cur = conn.execute(
                    "INSERT OR IGNORE INTO items (feed_id, key, link, title, summary, published, "
                    "seen_at, state, source, source_url, channel) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        item.feed_id,
                        item.key,
                        item.link,
                        item.title,
                        item.summary,
                        _iso(item.published),
                        _iso(now),
                        "skipped" if skip else "new",
                        item.source,
                        item.source_url,
                        item.channel,
                    ),
                )
                new += cur.rowcount if not skip else 0
        return new

    # ------------------------------------------------------------------ items

    def pending_items(self, now: dt.datetime, limit: int = 500) -> list[PendingItem]:
        rows = self._query(
            "SELECT * FROM items WHERE state = 'new' AND (next_attempt_at IS NULL OR "
            "next_attempt_at <= ?) ORDER BY published NULLS FIRST, seen_at LIMIT ?",
            (_iso(now), limit),
        )
        return [
            PendingItem(
                FeedItem(
                    r["feed_id"],
                    r["key"],
                    r["link"],
                    r["title"],
                    r["summary"],
                    _dt(r["published"]),
                    source=r["source"],
                    source_url=r["source_url"],
                    channel=r["channel"],
                ),
                int(r["attempts"]),
            )
            for r in rows
        ]

    def item_failed(self, item: FeedItem, error: str, retry_at: dt.datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE items SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                "WHERE feed_id = ? AND key = ?",
                (error, _iso(retry_at), item.feed_id, item.key),
            )

    def google_link(self, url: str) -> str | None:
        """The publisher's URL a Google News link was resolved to, when it was."""
        rows = self._query("SELECT publisher_url FROM google_links WHERE url = ?", (url,))
        return str(rows[0]["publisher_url"]) if rows else None

    def save_google_link(self, url: str, publisher_url: str, now: dt.datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO google_links (url, publisher_url, resolved_at) "
                "VALUES (?, ?, ?)",
                (url, publisher_url, _iso(now)),
            )

    def google_pause(self) -> tuple[dt.datetime, float] | None:
        """Until when requests to Google News wait after its 429, and the last pause's
        length in seconds; None when none was asked for (or it was ended)."""
        rows = self._query(
            "SELECT paused_until, backoff FROM pauses WHERE name = ?", (_GOOGLE_PAUSE,)
        )
        if not rows:
            return None
        until = _dt(rows[0]["paused_until"])
        assert until is not None  # NOT NULL
        return until, float(rows[0]["backoff"])

    def save_google_pause(self, until: dt.datetime | None, backoff: float) -> None:
        """Record Google News's pause, or end it with None (it answered again)."""
        with self.transaction() as conn:
            if until is None:
                conn.execute("DELETE FROM pauses WHERE name = ?", (_GOOGLE_PAUSE,))
            else:
                conn.execute(
                    "INSERT INTO pauses (name, paused_until, backoff) VALUES (?, ?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET paused_until = excluded.paused_until, "
                    "backoff = excluded.backoff",
                    (_GOOGLE_PAUSE, _iso(until.astimezone(dt.UTC)), backoff),
                )

    def article_by_url(self, url: str) -> Row | None:
        rows = self._query(
            "SELECT * FROM articles WHERE url = ? OR canonical_url = ? LIMIT 1", (url, url)
        )
        return rows[0] if rows else None

    # ------------------------------------------------------------------ decisions

    def record_assessment(
        self,
        item: FeedItem,
        article: Article,
        decision: str,
        reason: str,
        rules: list[str],
        now: dt.datetime,
        alert: dict[str, Any] | None = None,
        development: dict[str, Any] | None = None,
        facts: list[dict[str, Any]] | None = None,
        moves: list[tuple[str, StatusState, str]] | None = None,
        attach_to: int | None = None,
        chat_ids: tuple[str, ...] = (),
    ) -> int | None:
        """One transaction: the item is done, the article and its decision are stored, and
        an alert (with its development, facts, status moves and outbox rows) or an attached
        source (with update rows for chats already holding the alert) is recorded.

        Returns the new alert's id, if any.
        """
        alert_id: int | None = None
        with self.transaction() as conn:
            conn.execute(
                "UPDATE items SET state = 'done', last_error = NULL WHERE feed_id = ? AND key = ?",
                (item.feed_id, item.key),
            )
            if alert is not None and development is not None:
                cur = conn.execute(
                    "INSERT INTO alerts (development_id, kind, article_url, title, outlet, lang, "
                    "published, rule, diff, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        development["id"],
                        alert["kind"],
                        article.url,
                        article.title,
                        article.outlet,
                        article.lang,
                        _iso(article.published),
                        alert["rule"],
                        json.dumps(alert["diff"], ensure_ascii=False),
                        _iso(now),
                    ),
                )
                alert_id = int(cur.lastrowid or 0)
                conn.execute(
                    "INSERT INTO developments (id, alert_id, published, signature, events, title, "
                    "url, status_change) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        development["id"],
                        alert_id,
                        _iso(article.published),
                        json.dumps(sorted(development["signature"])),
                        json.dumps(sorted(development["events"])),
                        article.title,
                        article.url,
                        json.dumps(development["status_change"])
                        if development["status_change"]
                        else None,
                    ),
                )
                for fact in facts or []:
                    conn.execute(
                        "INSERT INTO learned_facts (id, development_id, date, summary, "
                        "entities, event, source) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (id) DO UPDATE SET development_id = excluded.development_id, "
                        "date = excluded.date, summary = excluded.summary, "
                        "entities = excluded.entities, event = excluded.event, "
                        "source = excluded.source",
                        (
                            fact["id"],
                            development["id"],
                            fact["date"],
                            fact["summary"],
                            json.dumps(sorted(fact["entities"])),
                            fact["event"],
                            article.url,
                        ),
                    )
                for status_id, state, dev_id in moves or []:
                    conn.execute(
                        "INSERT INTO status_moves (status_id, state, since, source, said_by, "
                        "development_id) VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            status_id,
                            state.state,
                            _iso(state.since),
                            state.source,
                            state.said_by,
                            dev_id,
                        ),
                    )
                for chat in chat_ids:
                    conn.execute(
                        "INSERT INTO outbox (alert_id, chat_id, action, state, created_at) "
                        "VALUES (?, ?, 'send', 'pending', ?)",
                        (alert_id, str(chat), _iso(now)),
                    )
            elif attach_to is not None:
                conn.execute(
                    "INSERT OR IGNORE INTO alert_sources (alert_id, url, title, outlet, lang, "
                    "published, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        attach_to,
                        article.url,
                        article.title,
                        article.outlet,
                        article.lang,
                        _iso(article.published),
                        _iso(now),
                    ),
                )
                # chats that already hold the alert get an update; a pending send will
                # carry the new source anyway when it goes out
                for row in conn.execute(
                    "SELECT DISTINCT chat_id FROM outbox WHERE alert_id = ? AND action = 'send'",
                    (attach_to,),
                ).fetchall():
                    pending_update = conn.execute(
                        "SELECT 1 FROM outbox WHERE alert_id = ? AND chat_id = ? AND "
                        "action = 'update' AND state = 'pending'",
                        (attach_to, row["chat_id"]),
                    ).fetchone()
                    if not pending_update:
                        conn.execute(
                            "INSERT INTO outbox (alert_id, chat_id, action, state, created_at) "
                            "VALUES (?, ?, 'update', 'pending', ?)",
                            (attach_to, row["chat_id"], _iso(now)),
                        )
            conn.execute(
                "INSERT OR IGNORE INTO articles (url, canonical_url, feed_id, item_key, title, "
                "text, lang, published, outlet, from_feed_only, decision, reason, rules, "
                "development_id, alert_id, assessed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.url,
                    article.canonical_url,
                    article.feed_id,
                    item.key,
                    article.title,
                    article.text,
                    article.lang,
                    _iso(article.published),
                    article.outlet,
                    int(article.from_feed_only),
                    decision,
                    reason,
                    json.dumps(rules),
                    development["id"] if development else None,
                    alert_id or attach_to,
                    _iso(now),
                ),
            )
        return alert_id

    def assessed_decision(self, url: str) -> str | None:
        """The decision on an article at `url` (its link or canonical link), also when the
        decision itself was pruned since; None when no article there was ever assessed."""
        if (row := self.article_by_url(url)) is not None:
            return str(row["decision"])
        rows = self._query("SELECT decision FROM seen_urls WHERE url = ?", (url,))
        return str(rows[0]["decision"]) if rows else None

    def mark_item_done(self, item: FeedItem, reason: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE items SET state = 'done', last_error = ? WHERE feed_id = ? AND key = ?",
                (reason, item.feed_id, item.key),
            )

    # ------------------------------------------------------------------ knowledge learned

    # A retracted alert's development, facts and status moves are left out of every read
    # below: the record stays, but nothing it taught counts for later decisions.

    def developments(self, since: dt.datetime | None = None) -> list[Row]:
        if since is None:
            return self._query(
                "SELECT * FROM developments WHERE id NOT IN (SELECT development_id FROM alerts "
                "WHERE retracted_at IS NOT NULL) ORDER BY published"
            )
        return self._query(
            "SELECT * FROM developments WHERE published >= ? AND id NOT IN (SELECT "
            "development_id FROM alerts WHERE retracted_at IS NOT NULL) ORDER BY published",
            (_iso(since),),
        )

    def learned_facts(self) -> list[Row]:
        return self._query(f"SELECT * FROM learned_facts WHERE {_NOT_RETRACTED} ORDER BY date")

    def status_moves(self) -> list[Row]:
        return self._query(f"SELECT * FROM status_moves WHERE {_NOT_RETRACTED} ORDER BY id")

    def retraction_mark(self) -> str:
        """Changes whenever an alert is retracted: a running monitor compares it before
        deciding, and rebuilds its knowledge when it moved."""
        r = self._query("SELECT COUNT(retracted_at), MAX(retracted_at) FROM alerts")[0]
        return f"{int(r[0])}:{r[1] or ''}"

    def retract_alert(self, alert_id: int, reason: str, now: dt.datetime) -> Retraction | None:
        """One transaction: the alert is marked retracted (`now`, `reason`); each chat holding
        a message of it gets a 'retract' row (the message is edited to show the correction);
        sends and source updates not begun are cancelled. None when there is no such alert
        or it was retracted already (nothing changes then)."""
        if not 0 < alert_id <= MAX_ROW_ID:
            return None
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE alerts SET retracted_at = ?, retraction = ? "
                "WHERE id = ? AND retracted_at IS NULL",
                (_iso(now), reason, alert_id),
            )
            if cur.rowcount != 1:
                return None
            edits = cancelled = 0
            rows = conn.execute(
                "SELECT id, chat_id, action, state, message_ids, sending_at FROM outbox "
                "WHERE alert_id = ? ORDER BY id",
                (alert_id,),
            ).fetchall()
            for row in rows:
                begun = json.loads(row["message_ids"])
                # a post under way (`sending_at`) may reach the chat: not cancelled
                if row["state"] == "pending" and not begun and row["sending_at"] is None:
                    conn.execute(
                        "UPDATE outbox SET state = 'cancelled', last_error = ? WHERE id = ?",
                        ("alert retracted before this was sent", row["id"]),
                    )
                    cancelled += row["action"] == "send"
                elif row["action"] == "send" and begun:
                    # sent, or begun before a crash: Telegram holds a message to correct
                    conn.execute(
                        "INSERT INTO outbox (alert_id, chat_id, action, state, created_at) "
                        "VALUES (?, ?, 'retract', 'pending', ?)",
                        (alert_id, row["chat_id"], _iso(now)),
                    )
                    edits += 1
        return Retraction(alert_id, now, reason, edits, cancelled)

    # ------------------------------------------------------------------ alerts and outbox

    def alert(self, alert_id: int) -> AlertRecord | None:
        """The alert with this id; None when there is none (an id past any row id too)."""
        if not 0 < alert_id <= MAX_ROW_ID:
            return None
        rows = self._query("SELECT * FROM alerts WHERE id = ?", (alert_id,))
        if not rows:
            return None
        r = rows[0]
        sources = self._query(
            "SELECT url, title, outlet, lang, published FROM alert_sources WHERE alert_id = ? "
            "ORDER BY published, added_at",
            (alert_id,),
        )
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
            sources=tuple(dict(s) for s in sources),
            retracted_at=_dt(r["retracted_at"]),
            retraction=r["retraction"],
        )

    def alerts(self, limit: int = 1000) -> list[AlertRecord]:
        rows = self._query("SELECT id FROM alerts ORDER BY id DESC LIMIT ?", (limit,))
        return [a for r in rows if (a := self.alert(int(r["id"]))) is not None]

    def pending_outbox(self, now: dt.datetime, chat_id: str | None = None) -> list[OutboxRow]:
        """Rows due for delivery in order, all chats' or one chat's."""
        one_chat = "" if chat_id is None else " AND chat_id = ?"
        rows = self._query(
            "SELECT * FROM outbox WHERE state = 'pending' AND (next_attempt_at IS NULL OR "
            f"next_attempt_at <= ?){one_chat} ORDER BY id",
            (_iso(now),) if chat_id is None else (_iso(now), str(chat_id)),
        )
        return [self._outbox_row(r) for r in rows]

    def outbox_backlog(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")[0][0])

    def outbox_oldest_pending(self) -> dt.datetime | None:
        """When the oldest row still waiting to be sent was queued (None: nothing waits)."""
        rows = self._query("SELECT MIN(created_at) FROM outbox WHERE state = 'pending'")
        return _dt(rows[0][0]) if rows and rows[0][0] else None

    @staticmethod
    def _outbox_row(r: Row) -> OutboxRow:
        return OutboxRow(
            id=int(r["id"]),
            alert_id=int(r["alert_id"]),
            chat_id=r["chat_id"],
            action=r["action"],
            state=r["state"],
            message_ids=tuple(json.loads(r["message_ids"])),
            attempts=int(r["attempts"]),
            next_attempt_at=_dt(r["next_attempt_at"]),
            claimed_by=r["claimed_by"],
            claimed_until=_dt(r["claimed_until"]),
            sending_at=_dt(r["sending_at"]),
            last_error=r["last_error"],
        )

    def sent_message_ids(self, alert_id: int, chat_id: str) -> tuple[int, ...]:
        """The message ids of an alert's first send to a chat (empty if not sent yet)."""
        rows = self._query(
            "SELECT message_ids FROM outbox WHERE alert_id = ? AND chat_id = ? AND "
            "action = 'send' AND state = 'sent'",
            (alert_id, chat_id),
        )
        return tuple(json.loads(rows[0]["message_ids"])) if rows else ()

    def sent_record(
        self, alert_id: int, chat_id: str
    ) -> tuple[tuple[int, ...], dt.datetime | None, bool]:
        """An alert's first send to a chat: message ids, when, and whether it went out in a
        digest (one message shared with other alerts, which must not be edited into one)."""
        rows = self._query(
            "SELECT message_ids, sent_at FROM outbox WHERE alert_id = ? AND chat_id = ? AND "
            "action = 'send' AND state = 'sent'",
            (alert_id, chat_id),
        )
        if not rows:
            return (), None, False
        ids = tuple(json.loads(rows[0]["message_ids"]))
        shared = self._query(
            "SELECT COUNT(*) FROM outbox WHERE chat_id = ? AND action = 'send' AND "
            "state = 'sent' AND message_ids = ?",
            (chat_id, rows[0]["message_ids"]),
        )[0][0]
        return ids, _dt(rows[0]["sent_at"]), bool(ids) and int(shared) > 1

    # An outbox row goes pending → claimed (one owner, until its lease ends) → a post
    # begins (`sending_at`, written before the Bot API is called) → its message ids are
    # recorded (`sending_at` cleared) → sent. Every write is its own transaction, made
    # before the step it allows: a database that cannot record a step refuses the step.

    def outbox_claim(
        self,
        row_id: int,
        owner: str,
        now: dt.datetime,
        until: dt.datetime,
        stale_owner: str | None = None,
    ) -> OutboxRow | None:
        """Compare-and-set: the row is `owner`'s until `until` when it is pending and
        unclaimed, claimed by `owner` already, claimed by `stale_owner` (a process known to
        be gone) or its claim ran out. None when another process holds it (on PostgreSQL
        a row locked by another claimer is skipped: FOR UPDATE SKIP LOCKED)."""
        lock = " FOR UPDATE SKIP LOCKED" if self.is_postgres else ""
        with self.transaction() as conn:
            rows = conn.execute(f"SELECT * FROM outbox WHERE id = ?{lock}", (row_id,)).fetchall()
            if not rows or rows[0]["state"] != "pending":
                return None
            cur = conn.execute(
                "UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND "
                "state = 'pending' AND (claimed_by IS NULL OR claimed_by = ? OR claimed_by = ? "
                "OR claimed_until IS NULL OR claimed_until <= ?)",
                (owner, _iso(until), row_id, owner, stale_owner or owner, _iso(now)),
            )
            if cur.rowcount != 1:
                return None
            row = conn.execute("SELECT * FROM outbox WHERE id = ?", (row_id,)).fetchone()
        return self._outbox_row(row) if row is not None else None

    def outbox_release(self, owner: str, chat_id: str) -> None:
        """Give back `owner`'s claims on a chat's rows that no post began on."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE "
                "claimed_by = ? AND chat_id = ? AND sending_at IS NULL",
                (owner, str(chat_id)),
            )

    def outbox_attempt(self, row_ids: tuple[int, ...], owner: str, now: dt.datetime) -> None:
        """The intent, written before a new message is posted: until its outcome is recorded
        the post may or may not have happened. Raises StoreError (and nothing is posted)
        when the database cannot write it or a row is no longer `owner`'s."""
        with self.transaction() as conn:
            for row_id in row_ids:
                cur = conn.execute(
                    "UPDATE outbox SET sending_at = ?, next_attempt_at = ? WHERE id = ? AND "
                    "claimed_by = ? AND state = 'pending'",
                    (_iso(now), _iso(now), row_id, owner),
                )
                if cur.rowcount != 1:
                    raise StoreError(f"outbox row {row_id} is no longer claimed by this process")

    def outbox_not_sent(self, row_ids: tuple[int, ...]) -> None:
        """Telegram answered a post with a refusal (a flood wait, a 5xx, a bad request):
        nothing was posted, so the intent written before it is withdrawn."""
        with self.transaction() as conn:
            for row_id in row_ids:
                conn.execute("UPDATE outbox SET sending_at = NULL WHERE id = ?", (row_id,))

    def record_sent_part(self, row_id: int, message_ids: tuple[int, ...]) -> None:
        """Record message ids as soon as Telegram returns them (a part of a long alert):
        the post's outcome is known."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET message_ids = ?, sending_at = NULL WHERE id = ?",
                (json.dumps(list(message_ids)), row_id),
            )

    def outbox_done(self, row_id: int, now: dt.datetime, message_ids: tuple[int, ...]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, message_ids = ?, "
                "attempts = attempts + 1, last_error = NULL, sending_at = NULL, "
                "claimed_by = NULL, claimed_until = NULL WHERE id = ?",
                (_iso(now), json.dumps(list(message_ids)), row_id),
            )

    def outbox_retry(self, row_id: int, error: str, retry_at: dt.datetime | None) -> None:
        """Telegram answered that nothing was posted: try again at `retry_at`."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                "sending_at = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = ?",
                (error, _iso(retry_at), row_id),
            )

    def outbox_failed(self, row_id: int, error: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, "
                "sending_at = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = ?",
                (error, row_id),
            )

    def outbox_hold(self, row_id: int, reason: str) -> None:
        """A post whose outcome nobody recorded: held ('unconfirmed') for an admin to say
        whether it reached the chat, never posted again on its own."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'unconfirmed', last_error = ?, claimed_by = NULL, "
                "claimed_until = NULL WHERE id = ? AND state = 'pending'",
                (reason, row_id),
            )

    def held_outbox(self) -> list[OutboxRow]:
        """Rows held for an admin's decision, oldest first."""
        rows = self._query("SELECT * FROM outbox WHERE state = 'unconfirmed' ORDER BY id")
        return [self._outbox_row(r) for r in rows]

    def resolve_held(self, row_id: int, reached: bool, now: dt.datetime) -> bool:
        """An admin's decision on a held row: it reached the chat (recorded as sent, with
        the message ids recorded before the unknown post), or it did not (pending again,
        to be posted). False when the row is not held."""
        with self.transaction() as conn:
            if reached:
                cur = conn.execute(
                    "UPDATE outbox SET state = 'sent', sent_at = ?, sending_at = NULL, "
                    "last_error = 'confirmed by an admin' WHERE id = ? AND state = 'unconfirmed'",
                    (_iso(now), row_id),
                )
            else:
                cur = conn.execute(
                    "UPDATE outbox SET state = 'pending', sending_at = NULL, "
                    "next_attempt_at = NULL, last_error = 'to be sent again, said an admin' "
                    "WHERE id = ? AND state = 'unconfirmed'",
                    (row_id,),
                )
        return cur.rowcount == 1

    # ------------------------------------------------------------------ leases

    def take_lease(
        self,
        name: str,
        owner: str,
        now: dt.datetime,
        until: dt.datetime,
        stale_owner: str | None = None,
    ) -> bool:
        """Compare-and-set: the lease `name` is `owner`'s until `until` when it is free,
        `owner`'s already (a renewal), run out, or held by `stale_owner` (gone)."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO leases (name, owner, expires_at) VALUES (?, ?, ?)",
                (name, owner, _iso(until)),
            )
            if cur.rowcount == 1:
                return True
            cur = conn.execute(
                "UPDATE leases SET owner = ?, expires_at = ? WHERE name = ? AND "
                "(owner = ? OR owner = ? OR expires_at <= ?)",
                (owner, _iso(until), name, owner, stale_owner or owner, _iso(now)),
            )
            return cur.rowcount == 1

    def lease_holder(self, name: str) -> tuple[str, dt.datetime] | None:
        rows = self._query("SELECT owner, expires_at FROM leases WHERE name = ?", (name,))
        if not rows:
            return None
        return str(rows[0]["owner"]), dt.datetime.fromisoformat(rows[0]["expires_at"])

    def drop_lease(self, name: str, owner: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM leases WHERE name = ? AND owner = ?", (name, owner))

    def alert_count(self) -> int:
        """How many alerts were recorded, by any process."""
        return int(self._query("SELECT COUNT(*) FROM alerts")[0][0])

    # ------------------------------------------------------------------ subscribers, settings

    def add_subscriber(
        self, chat_id: str, user_name: str, now: dt.datetime, limit: int | None = None
    ) -> Literal["added", "already", "full"]:
        """Subscribe a private chat to alerts, unless it already was or `limit` chats are."""
        with self.transaction() as conn:
            known = conn.execute(
                "SELECT 1 FROM subscribers WHERE chat_id = ?", (str(chat_id),)
            ).fetchall()
            if known:
                return "already"
            if limit is not None:
                count = conn.execute("SELECT COUNT(*) FROM subscribers").fetchall()[0][0]
                if int(count) >= limit:
                    return "full"
            cur = conn.execute(
                "INSERT OR IGNORE INTO subscribers (chat_id, user_name, subscribed_at) "
                "VALUES (?, ?, ?)",
                (str(chat_id), user_name, _iso(now)),
            )
        return "added" if cur.rowcount > 0 else "already"

    def remove_subscriber(self, chat_id: str, *, cancel_pending: bool = True) -> bool:
        """Unsubscribe a chat (and cancel its undelivered alerts); False if it was not one."""
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM subscribers WHERE chat_id = ?", (str(chat_id),))
            if cur.rowcount and cancel_pending:
                conn.execute(
                    "UPDATE outbox SET state = 'cancelled', last_error = 'unsubscribed' "
                    "WHERE chat_id = ? AND state = 'pending'",
                    (str(chat_id),),
                )
        return cur.rowcount > 0

    def subscribers(self) -> list[Subscriber]:
        return [
            Subscriber(r["chat_id"], r["user_name"], dt.datetime.fromisoformat(r["subscribed_at"]))
            for r in self._query("SELECT * FROM subscribers ORDER BY subscribed_at, chat_id")
        ]

    def subscriber_chat_ids(self) -> tuple[str, ...]:
        rows = self._query("SELECT chat_id FROM subscribers ORDER BY subscribed_at, chat_id")
        return tuple(str(r["chat_id"]) for r in rows)

    def setting(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else None

    def set_setting(self, key: str, value: str | None) -> None:
        """Set a setting, or clear it with None."""
        with self.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def paused_since(self) -> dt.datetime | None:
        """When an admin paused delivery (None: delivery runs)."""
        return _dt(self.setting("paused"))

    def set_paused(self, since: dt.datetime | None) -> None:
        """Pause delivery from `since` (pending alerts stay pending), or resume with None."""
        self.set_setting("paused", _iso(since))

    # ------------------------------------------------------------------ retention

    def prune(self, cutoffs: Cutoffs, now: dt.datetime, dry_run: bool = False) -> dict[str, int]:
        """Remove what `cutoffs` let go, in one transaction; how many rows each step
        touched (or would touch, with `dry_run`), by name: `articles.text` and
        `items.summary` emptied, `articles` (decisions) and `outbox` rows deleted."""
        steps: list[tuple[str, str, dt.datetime | None, str]] = [
            ("articles.text", "articles", cutoffs.article_text, _PRUNE_TEXT),
            ("items.summary", "items", cutoffs.article_text, _PRUNE_SUMMARY),
            ("articles", "articles", cutoffs.decisions, _PRUNE_DECISIONS),
            ("outbox", "outbox", cutoffs.outbox, _PRUNE_OUTBOX),
        ]
        counts: dict[str, int] = {}
        with self.transaction() as conn:
            for name, table, cutoff, where in steps:
                if cutoff is None:
                    continue
                args = (_iso(cutoff),)
                found = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", args)
                counts[name] = int(found.fetchall()[0][0])
                if dry_run or not counts[name]:
                    continue
                if name == "articles.text":
                    conn.execute(
                        f"UPDATE articles SET text = '', text_pruned_at = ? WHERE {where}",
                        (_iso(now), *args),
                    )
                elif name == "items.summary":
                    conn.execute(f"UPDATE items SET summary = '' WHERE {where}", args)
                else:
                    if name == "articles":  # the URLs stay known: never assessed as new again
                        for column in ("url", "canonical_url"):
                            conn.execute(
                                "INSERT OR IGNORE INTO seen_urls (url, decision, forgotten_at) "
                                f"SELECT {column}, decision, ? FROM articles WHERE {where} "
                                f"AND {column} IS NOT NULL",
                                (_iso(now), *args),
                            )
                    conn.execute(f"DELETE FROM {table} WHERE {where}", args)
        return counts

    # ------------------------------------------------------------------ review

    def decisions(self, limit: int = 200) -> list[Row]:
        return self._query(
            "SELECT url, title, outlet, lang, published, decision, reason, alert_id, feed_id "
            "FROM articles ORDER BY published DESC LIMIT ?",
            (limit,),
        )

    # ------------------------------------------------------------------ review (read-only)
    # What people read back: `kuril-monitor history`/`facts` and the web page. Every query
    # here only reads, pages with LIMIT/OFFSET, and aggregates in SQL.

    @staticmethod
    def _fold(value: str | None) -> str | None:
        return value.casefold() if value is not None else None

    def _review_fold(self) -> None:
        """Register `review_fold`, a Unicode case fold (SQLite's own lower() is ASCII-only)."""
        try:
            self._conn.create_function("review_fold", 1, self._fold, deterministic=True)
        except DB_ERRORS as exc:
            raise StoreError(f"database read failed: {exc}") from exc

    def _alert_where(
        self,
        since: dt.datetime | None,
        until: dt.datetime | None,
        rule: str | None,
        lang: str | None,
        kind: str | None,
        search: str | None,
    ) -> tuple[str, list[Any]]:
        where, args = _period_and_lang("a.", since, until, lang)
        if rule:
            where.append("instr(', ' || a.rule || ', ', ?) > 0")
            args.append(f", {rule}, ")
        if kind:
            where.append("a.kind = ?")
            args.append(kind)
        if search:
            self._review_fold()
            # one pass over the article texts (an uncorrelated subquery), not one per alert
            where.append(
                "(instr(review_fold(a.title || ' ' || a.outlet || ' ' || a.diff), ?) > 0 "
                "OR a.id IN (SELECT alert_id FROM alert_sources "
                "WHERE instr(review_fold(title || ' ' || outlet), ?) > 0) "
                "OR a.id IN (SELECT alert_id FROM articles WHERE alert_id IS NOT NULL "
                "AND instr(review_fold(title || ' ' || text), ?) > 0))"
            )
            args += [search.casefold()] * 3
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def review_alerts(
        self,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        rule: str | None = None,
        lang: str | None = None,
        kind: str | None = None,
        search: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[AlertRecord]:
        """One page of alerts, newest first, with their sources (three queries in all)."""
        where, args = self._alert_where(since, until, rule, lang, kind, search)
        rows = self._query(
            f"SELECT a.* FROM alerts a{where} ORDER BY a.published DESC, a.id DESC "
            "LIMIT ? OFFSET ?",
            (*args, limit, offset),
        )
        ids = [int(r["id"]) for r in rows]
        sources: dict[int, list[dict[str, str]]] = {i: [] for i in ids}
        if ids:
            marks = ", ".join("?" * len(ids))
            for s in self._query(
                "SELECT alert_id, url, title, outlet, lang, published FROM alert_sources "
                f"WHERE alert_id IN ({marks}) ORDER BY published, added_at",
                tuple(ids),
            ):
                sources[int(s["alert_id"])].append(
                    {k: s[k] for k in ("url", "title", "outlet", "lang", "published")}
                )
        return [
            AlertRecord(
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
                sources=tuple(sources[int(r["id"])]),
                retracted_at=_dt(r["retracted_at"]),
                retraction=r["retraction"],
            )
            for r in rows
        ]

    def review_alert_count(
        self,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        rule: str | None = None,
        lang: str | None = None,
        kind: str | None = None,
        search: str | None = None,
    ) -> int:
        where, args = self._alert_where(since, until, rule, lang, kind, search)
        return int(self._query(f"SELECT COUNT(*) FROM alerts a{where}", tuple(args))[0][0])

    def review_deliveries(self, alert_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        """Each alert's outbox rows (sends and updates), oldest first."""
        found: dict[int, list[dict[str, Any]]] = {i: [] for i in alert_ids}
        if not alert_ids:
            return found
        marks = ", ".join("?" * len(alert_ids))
        for r in self._query(
            "SELECT id, alert_id, chat_id, action, state, message_ids, attempts, last_error, "
            f"created_at, sent_at FROM outbox WHERE alert_id IN ({marks}) ORDER BY id",
            tuple(alert_ids),
        ):
            row = dict(r)
            row["message_ids"] = json.loads(r["message_ids"])
            found[int(r["alert_id"])].append(row)
        return found

    def review_articles_by_url(self, urls: list[str]) -> list[dict[str, Any]]:
        """The assessed articles at these URLs (the unique index on url), with decisions."""
        if not urls:
            return []
        marks = ", ".join("?" * len(urls))
        return [
            dict(r)
            for r in self._query(
                "SELECT url, title, outlet, lang, published, decision, reason, rules, "
                f"alert_id, assessed_at FROM articles WHERE url IN ({marks}) ORDER BY published",
                tuple(urls),
            )
        ]

    def _decision_where(
        self,
        since: dt.datetime | None,
        until: dt.datetime | None,
        lang: str | None,
        decision: str | None,
        rule: str | None,
        search: str | None,
        alerted: bool | None,
    ) -> tuple[str, list[Any]]:
        where, args = _period_and_lang("", since, until, lang)
        if decision:
            where.append("decision = ?")
            args.append(decision)
        if rule:
            where.append("EXISTS (SELECT 1 FROM json_each(articles.rules) WHERE value = ?)")
            args.append(rule)
        if alerted is not None:
            # only an alerting article starts a development
            where.append("development_id IS NOT NULL" if alerted else "development_id IS NULL")
        if search:
            self._review_fold()
            where.append("instr(review_fold(title || ' ' || outlet || ' ' || reason), ?) > 0")
            args.append(search.casefold())
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def review_decisions(
        self,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        lang: str | None = None,
        decision: str | None = None,
        rule: str | None = None,
        search: str | None = None,
        alerted: bool | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """One page of assessed articles, newest first, with their decision and reason."""
        where, args = self._decision_where(since, until, lang, decision, rule, search, alerted)
        rows = self._query(
            "SELECT id, url, title, outlet, lang, published, feed_id, decision, reason, rules, "
            f"alert_id, development_id, assessed_at FROM articles{where} "
            "ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
            (*args, limit, offset),
        )
        out = []
        for r in rows:
            row = dict(r)
            row["rules"] = json.loads(r["rules"])
            out.append(row)
        return out

    def review_decision_count(
        self,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        lang: str | None = None,
        decision: str | None = None,
        rule: str | None = None,
        search: str | None = None,
        alerted: bool | None = None,
    ) -> int:
        where, args = self._decision_where(since, until, lang, decision, rule, search, alerted)
        return int(self._query(f"SELECT COUNT(*) FROM articles{where}", tuple(args))[0][0])

    def review_weekly(self, weeks: int = 52) -> list[dict[str, Any]]:
        """Articles assessed and alerts recorded per week of publication (weeks start on
        Monday), for the `weeks` weeks up to the newest article; weeks without any are absent.
        """
        newest = self._query("SELECT MAX(published) FROM articles")[0][0]
        if newest is None:
            return []
        end = dt.datetime.fromisoformat(newest).date()
        start = end - dt.timedelta(days=end.weekday() + 7 * (weeks - 1))
        week = "date(published, 'weekday 0', '-6 days')"
        counts: dict[str, dict[str, Any]] = {}
        for table in ("articles", "alerts"):
            for r in self._query(
                f"SELECT {week} AS week, COUNT(*) AS n FROM {table} WHERE published >= ? "
                "GROUP BY week",
                (start.isoformat(),),
            ):
                entry = counts.setdefault(r["week"], {"week": r["week"], "articles": 0})
                entry.setdefault("alerts", 0)
                entry[table] = int(r["n"])
        return [counts[k] for k in sorted(counts)]

    def review_status_moves(self) -> list[dict[str, Any]]:
        """Learned status moves, oldest first, with the alert that reported each."""
        return [
            dict(r)
            for r in self._query(
                "SELECT m.status_id, m.state, m.since, m.source, m.said_by, m.development_id, "
                "d.alert_id FROM status_moves m LEFT JOIN developments d "
                f"ON d.id = m.development_id WHERE m.{_NOT_RETRACTED} ORDER BY m.id"
            )
        ]

    def review_learned_facts(self, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Facts learned from alerts, oldest first, with the alert each came from."""
        rows = self._query(
            "SELECT f.id, f.date, f.summary, f.entities, f.event, f.source, f.development_id, "
            "d.alert_id FROM learned_facts f LEFT JOIN developments d "
            f"ON d.id = f.development_id WHERE f.{_NOT_RETRACTED} "
            "ORDER BY f.date, f.id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        out = []
        for r in rows:
            row = dict(r)
            row["entities"] = json.loads(r["entities"])
            out.append(row)
        return out

    # -- test bench (read-only)

    def articles_since(self, since: dt.datetime) -> list[Row]:
        """Stored articles published on or after `since`, in publication order (those whose
        text was pruned are left out: there is nothing left to read)."""
        return self._query(
            "SELECT * FROM articles WHERE published >= ? AND text_pruned_at IS NULL "
            "ORDER BY published, url",
            (_iso(since),),
        )

    def developments_before(self, before: dt.datetime) -> list[Row]:
        """Alerted developments published before `before`, oldest first (not retracted)."""
        return self._query(
            "SELECT * FROM developments WHERE published < ? AND id NOT IN (SELECT "
            "development_id FROM alerts WHERE retracted_at IS NOT NULL) ORDER BY published",
            (_iso(before),),
        )
