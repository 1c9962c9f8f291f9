"""The outbox: deliveries waiting, claimed, begun, sent, failed or held for an admin.
Each step is its own transaction, written before the step it allows."""

from __future__ import annotations

import datetime as dt
import json

from monitor.edges.dialect import Row
from monitor.edges.store.plumbing import StoreBase, _dt, _iso
from monitor.edges.store.records import (
    OutboxRow,
)
from monitor.errors import StoreError


class OutboxPart(StoreBase):
    """Outbox rows through their states, exactly once across processes."""

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
