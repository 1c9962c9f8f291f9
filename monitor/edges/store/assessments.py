"""Assessed articles: a `Decision` (monitor/core/decision.py) applied in one transaction — the item
done, the article and its decision stored, and the alert or attached source it carries.
It applies decisions; it never makes one."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import TYPE_CHECKING, Any

from monitor.core.knowledge import development_move
from monitor.core.models import Article, FeedItem, StatusState
from monitor.edges.dialect import PgConnection, Row
from monitor.edges.store.plumbing import StoreBase, _iso

Conn = sqlite3.Connection | PgConnection  # a transaction's connection, either database

if TYPE_CHECKING:  # the store applies decisions; it needs their shape, not their making
    from monitor.core.decision import Decision


class AssessmentsPart(StoreBase):
    """Articles with their decisions, and what a decision writes."""

    def article_by_url(self, url: str) -> Row | None:
        rows = self._query(
            "SELECT * FROM articles WHERE url = ? OR canonical_url = ? LIMIT 1", (url, url)
        )
        return rows[0] if rows else None

    # ------------------------------------------------------------------ decisions

    def apply(self, decision: Decision) -> int | None:
        """Write a decision (monitor/core/decision.py) in one transaction: the item is done, the
        article is stored with its decision, and its new alert (with its development, the
        facts and status moves it teaches, and an outbox row per chat) or its source
        attached to an earlier alert is recorded. Returns the new alert's id, if any."""
        new = decision.alert
        if new is None:
            return self.record_assessment(
                decision.item,
                decision.article,
                decision.kind,
                decision.reason,
                list(decision.rules),
                decision.now,
                attach_to=decision.attach_to,
                attach_words=decision.assessment.subject,
                joined=[(m.status_id, m.new) for m in decision.assessment.changes],
                joined_diff=list(decision.joined),
            )
        dev = new.development
        return self.record_assessment(
            decision.item,
            decision.article,
            decision.kind,
            decision.reason,
            list(decision.rules),
            decision.now,
            alert={"kind": new.kind, "rule": new.rule, "diff": new.diff},
            development={
                "id": dev.id,
                "signature": dev.signature,
                "events": dev.events,
                "words": dev.words,
                "expected": dev.expected,
                "dates": dev.dates,
                "status_change": list(dev.status_change) if dev.status_change else None,
            },
            facts=[
                {
                    "id": f.id,
                    "date": f.date.isoformat() if f.date else "",
                    "summary": f.summary,
                    "entities": f.entities,
                    "event": f.event,
                }
                for f in new.facts
            ],
            moves=[(status_id, state, dev.id) for status_id, state in new.moves],
            chat_ids=new.chat_ids,
        )

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
        attach_words: frozenset[str] = frozenset(),
        joined: list[tuple[str, StatusState]] | None = None,
        joined_diff: list[dict[str, Any]] | None = None,
    ) -> int | None:
        """`apply` in the rows' own form (dicts as stored; tests and tools write these).
        One transaction: the item is done, the article and its decision are stored, and
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
                alert_id = _insert_alert(conn, article, alert, development, now)
                _insert_learned(conn, article, development, facts or [], moves or [])
                for chat in chat_ids:
                    conn.execute(
                        "INSERT INTO outbox (alert_id, chat_id, action, state, created_at) "
                        "VALUES (?, ?, 'send', 'pending', ?)",
                        (alert_id, str(chat), _iso(now)),
                    )
            elif attach_to is not None:
                _attach_source(conn, attach_to, article, now)
                _add_words(conn, attach_to, attach_words)
                _join_moves(conn, attach_to, joined or [], joined_diff or [])
            _insert_article(
                conn,
                item,
                article,
                (decision, reason, rules),
                development["id"] if development else None,
                alert_id or attach_to,
                now,
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


def _insert_alert(
    conn: Conn,
    article: Article,
    alert: dict[str, Any],
    development: dict[str, Any],
    now: dt.datetime,
) -> int:
    """The alert row and its development's; the new alert's id."""
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
        "url, status_change, words, expected, dates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            development["id"],
            alert_id,
            _iso(article.published),
            json.dumps(sorted(development["signature"])),
            json.dumps(sorted(development["events"])),
            article.title,
            article.url,
            json.dumps(development["status_change"]) if development["status_change"] else None,
            json.dumps(sorted(development.get("words", ())), ensure_ascii=False),
            json.dumps(sorted(development.get("expected", ()))),
            json.dumps(sorted(development.get("dates", ()))),
        ),
    )
    return alert_id


def _add_words(conn: Conn, alert_id: int, words: frozenset[str]) -> None:
    """The words a later report says the alert's development is about join its own."""
    if not words:
        return
    row = conn.execute(
        "SELECT id, words FROM developments WHERE alert_id = ?", (alert_id,)
    ).fetchone()
    if row is None:
        return
    known = set(json.loads(row["words"] or "[]"))
    if words <= known:
        return
    conn.execute(
        "UPDATE developments SET words = ? WHERE id = ?",
        (json.dumps(sorted(known | words), ensure_ascii=False), row["id"]),
    )


def _join_moves(
    conn: Conn, alert_id: int, moves: list[tuple[str, StatusState]], diff: list[dict[str, Any]]
) -> None:
    """Moves a later report of the alert's development asserts: learned as the
    development's (a retraction of the alert takes them back too), and shown in its
    message among its changes (the source's update edits it)."""
    if not moves:
        return
    row = conn.execute(
        "SELECT a.diff, d.id AS development_id FROM alerts a "
        "JOIN developments d ON d.alert_id = a.id WHERE a.id = ?",
        (alert_id,),
    ).fetchone()
    if row is None:
        return
    for status_id, state in moves:
        _insert_move(conn, status_id, state, row["development_id"])
    # a development that had no move of its own takes the first it is told of
    # (`Knowledge.with_moves`)
    conn.execute(
        "UPDATE developments SET status_change = ? WHERE id = ? AND status_change IS NULL",
        (json.dumps(list(development_move(*moves[0]))), row["development_id"]),
    )
    shown = json.loads(row["diff"] or "{}")
    shown["changes"] = [*(shown.get("changes") or []), *diff]
    conn.execute(
        "UPDATE alerts SET diff = ? WHERE id = ?",
        (json.dumps(shown, ensure_ascii=False), alert_id),
    )


def _insert_learned(
    conn: Conn,
    article: Article,
    development: dict[str, Any],
    facts: list[dict[str, Any]],
    moves: list[tuple[str, StatusState, str]],
) -> None:
    """What an alert teaches: its facts (a fact learned again is replaced) and the status
    moves it reports."""
    for fact in facts:
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
    for status_id, state, dev_id in moves:
        _insert_move(conn, status_id, state, dev_id)


def _insert_move(conn: Conn, status_id: str, state: StatusState, dev_id: str) -> None:
    """A tracked matter's move, learned as the development's."""
    conn.execute(
        "INSERT INTO status_moves (status_id, state, since, source, said_by, "
        "development_id) VALUES (?, ?, ?, ?, ?, ?)",
        (status_id, state.state, _iso(state.since), state.source, state.said_by, dev_id),
    )


def _attach_source(conn: Conn, attach_to: int, article: Article, now: dt.datetime) -> None:
    """A later report attached to an alert as a source; chats that already hold the alert
    get an update (a pending send will carry the new source anyway when it goes out)."""
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


def _insert_article(
    conn: Conn,
    item: FeedItem,
    article: Article,
    outcome: tuple[str, str, list[str]],
    development_id: str | None,
    alert_id: int | None,
    now: dt.datetime,
) -> None:
    """The article with its decision (`outcome`: decision, reason, rules), once."""
    decision, reason, rules = outcome
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
            development_id,
            alert_id,
            _iso(now),
        ),
    )
