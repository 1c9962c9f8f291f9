"""Feeds and their items: HTTP state and poll outcomes, items pending a read, Google News
links resolved. Writes what the pipeline polled; decides nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from monitor.core.models import FeedItem, HttpState
from monitor.edges.dialect import PgConnection
from monitor.edges.store.plumbing import StoreBase, _dt, _iso
from monitor.edges.store.records import (
    FeedState,
    PendingItem,
)


class FeedsPart(StoreBase):
    """Feeds' HTTP state, the items they listed, and resolved Google News links."""

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
                new += _insert_item(conn, item, now, skip_before)
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


def _insert_item(
    conn: sqlite3.Connection | PgConnection,
    item: FeedItem,
    now: dt.datetime,
    skip_before: dt.datetime | None,
) -> int:
    """A feed item stored once (1 when it is new; an item published before `skip_before`
    is stored as seen and skipped, 0)."""
    skip = skip_before is not None and item.published is not None and item.published < skip_before
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
    return int(cur.rowcount) if not skip else 0
