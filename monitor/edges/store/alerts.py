"""Alerts and what they taught (developments, learned facts, status moves), and retraction:
the reads that rebuild knowledge and show alerts, and the one write that retracts."""

from __future__ import annotations

import datetime as dt
import json

from monitor.edges.dialect import Row
from monitor.edges.store.plumbing import (
    _NOT_RETRACTED,
    MAX_ROW_ID,
    StoreBase,
    _iso,
    alert_record,
)
from monitor.edges.store.records import (
    AlertRecord,
    Retraction,
)


class AlertsPart(StoreBase):
    """Alerts, developments and learned knowledge, and retracting an alert."""

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
        return alert_record(r, tuple(dict(s) for s in sources))

    def alerts(self, limit: int = 1000) -> list[AlertRecord]:
        rows = self._query("SELECT id FROM alerts ORDER BY id DESC LIMIT ?", (limit,))
        return [a for r in rows if (a := self.alert(int(r["id"]))) is not None]

    def alert_count(self) -> int:
        """How many alerts were recorded, by any process."""
        return int(self._query("SELECT COUNT(*) FROM alerts")[0][0])
