"""What people read back (`history`, `facts`, the web page, the test bench): read-only
queries that page with LIMIT/OFFSET and aggregate in SQL."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from monitor.edges.dialect import DB_ERRORS, Row
from monitor.edges.store.plumbing import _NOT_RETRACTED, StoreBase, _iso, alert_record
from monitor.edges.store.records import (
    AlertRecord,
)
from monitor.errors import StoreError


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


class ReviewPart(StoreBase):
    """Read-only pages of alerts, decisions, weekly counts and learned knowledge."""

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
        return [alert_record(r, tuple(sources[int(r["id"])])) for r in rows]

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
