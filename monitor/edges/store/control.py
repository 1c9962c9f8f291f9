"""Shared switches and claims: a service's pause (Google News's 429), leases (one cycle at
a time per database), subscribers and settings (an admin's pause of delivery)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from monitor.edges.store.plumbing import StoreBase, _dt, _iso
from monitor.edges.store.records import (
    Subscriber,
)

_GOOGLE_PAUSE = "google_news"  # its row in `pauses`


class ControlPart(StoreBase):
    """Pauses, leases, subscribers and settings."""

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
