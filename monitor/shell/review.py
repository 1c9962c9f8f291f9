"""Review: the stored history arranged for people — alerts with their sources and
deliveries, the status board, known facts with provenance, and the weekly chart.

Shell module shared by the CLI (`history`) and the web page (`web`): it turns what the
store reads and what the seeds say into plain dicts and frozen dataclasses. It must not
query SQL itself, write anything, decide anything, or format for one medium (text
tables belong to `history`, HTML to `web` and its templates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, get_args

from monitor.core.knowledge import Knowledge
from monitor.core.models import Decision
from monitor.edges.store import AlertRecord, Store, learned_state

ALERT_KINDS = ("new_development", "status_change")
DECISIONS: tuple[str, ...] = get_args(Decision)
LANGS = ("en", "ru", "ja")
PAGE = 500  # rows per query when a command walks a whole list


def parse_when(text: str) -> dt.datetime:
    """An ISO date or date-time from a person; a naive value is read as UTC."""
    value = text.strip()
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"not an ISO date or date-time: {text!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)


@dataclass(frozen=True)
class Filters:
    """What a person narrowed the list to; empty fields do not filter."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None
    rule: str | None = None
    lang: str | None = None
    kind: str | None = None  # an alert kind, or for decisions a decision
    search: str | None = None

    def alert_args(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "until": self.until,
            "rule": self.rule or None,
            "lang": self.lang or None,
            "kind": self.kind or None,
            "search": self.search or None,
        }

    def decision_args(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "until": self.until,
            "rule": self.rule or None,
            "lang": self.lang or None,
            "decision": self.kind or None,
            "search": self.search or None,
        }


# ----------------------------------------------------------------------------- alerts


def alert_sources(rec: AlertRecord) -> list[dict[str, Any]]:
    """Every source of an alert: the article that raised it first, then those attached."""
    first = {
        "url": rec.article_url,
        "title": rec.title,
        "outlet": rec.outlet,
        "lang": rec.lang,
        "published": rec.published.isoformat(),
        "primary": True,
    }
    return [first, *({**s, "primary": False} for s in rec.sources if s["url"] != rec.article_url)]


def delivery_state(deliveries: Sequence[Mapping[str, Any]]) -> str:
    """One word for an alert's delivery: sent, partly sent, pending, failed, … or none."""
    states = {str(d["state"]) for d in deliveries if d["action"] == "send"}
    if not states:
        return "none"
    if len(states) == 1:
        return states.pop()
    if "sent" in states:
        return "partly sent"
    return "pending" if "pending" in states else sorted(states)[0]


def alert_dict(rec: AlertRecord, deliveries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """An alert as JSON-ready data: the diff, every source, every delivery."""
    return {
        "id": rec.id,
        "kind": rec.kind,
        "published": rec.published.isoformat(),
        "created_at": rec.created_at.isoformat(),
        "title": rec.title,
        "url": rec.article_url,
        "outlet": rec.outlet,
        "lang": rec.lang,
        "rules": [r.strip() for r in rec.rule.split(",") if r.strip()],
        "development_id": rec.development_id,
        "diff": rec.diff,
        "sources": alert_sources(rec),
        "delivery": delivery_state(deliveries),
        "deliveries": [dict(d) for d in deliveries],
        "retracted_at": rec.retracted_at.isoformat() if rec.retracted_at else None,
        "retraction": rec.retraction if rec.retracted_at else None,
    }


def iter_alerts(store: Store, filters: Filters) -> Iterator[dict[str, Any]]:
    """Every matching alert as `alert_dict`, newest first, read page by page."""
    offset = 0
    while True:
        page = store.review_alerts(**filters.alert_args(), limit=PAGE, offset=offset)
        deliveries = store.review_deliveries([a.id for a in page])
        for rec in page:
            yield alert_dict(rec, deliveries[rec.id])
        if len(page) < PAGE:
            return
        offset += PAGE


def iter_decisions(store: Store, filters: Filters) -> Iterator[dict[str, Any]]:
    """Every matching assessed article, newest first, read page by page."""
    offset = 0
    while True:
        page = store.review_decisions(**filters.decision_args(), limit=PAGE, offset=offset)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def alert_detail(store: Store, alert_id: int) -> dict[str, Any] | None:
    """One alert in full, with each source's own assessment (decision and reason)."""
    rec = store.alert(alert_id)
    if rec is None:
        return None
    detail = alert_dict(rec, store.review_deliveries([rec.id])[rec.id])
    assessed = {
        a["url"]: a for a in store.review_articles_by_url([s["url"] for s in detail["sources"]])
    }
    for source in detail["sources"]:
        article = assessed.get(source["url"])
        source["decision"] = article["decision"] if article else None
        source["reason"] = article["reason"] if article else None
    return detail


# ----------------------------------------------------------------------------- statuses, facts


@dataclass(frozen=True)
class StateEntry:
    """One state in a tracked status' history, with where it came from."""

    state: str
    since: str  # ISO date or ""
    source: str  # a human label: 'Outlet, date', or the article URL
    source_url: str | None
    said_by: str
    learned: bool  # False: from the seeds; True: reported by an alert
    alert_id: int | None = None


@dataclass(frozen=True)
class StatusView:
    """A tracked matter, its history (oldest first) and whether it runs now."""

    id: str
    matter: str
    active: bool
    history: tuple[StateEntry, ...]

    @property
    def current(self) -> StateEntry:
        return self.history[-1]


def _seed_source(knowledge: Knowledge, ref: str) -> tuple[str, str | None]:
    src = knowledge.sources.get(ref)
    if src is None:
        return ref, ref if ref.startswith(("http://", "https://")) else None
    return knowledge.source_label(ref), src.url


def status_board(knowledge: Knowledge, moves: Iterable[Mapping[str, Any]]) -> list[StatusView]:
    """Each tracked status: its seed history, then the moves learned from alerts."""
    learned: dict[str, list[Mapping[str, Any]]] = {}
    for move in moves:
        learned.setdefault(str(move["status_id"]), []).append(move)
    # where each matter stands once its learned moves are made (a move once allowed
    # leaves it halted; a withdrawal takes a wrong report's states back)
    now = knowledge.with_moves(
        tuple((sid, learned_state(m)) for sid, rows in learned.items() for m in rows)
    )
    board = []
    for sid, tracked in knowledge.statuses.items():
        entries = []
        for h in tracked.status.history:
            label, url = _seed_source(knowledge, h.source)
            since = h.since.isoformat() if h.since else ""
            entries.append(StateEntry(h.state, since, label, url, h.said_by, learned=False))
        for m in learned.get(sid, []):
            label, url = _seed_source(knowledge, str(m["source"]))
            alert = m.get("alert_id")
            entries.append(
                StateEntry(
                    str(m["state"]),
                    str(m["since"] or ""),
                    label,
                    url,
                    str(m["said_by"] or ""),
                    learned=True,
                    alert_id=int(alert) if alert is not None else None,
                )
            )
        board.append(
            StatusView(sid, tracked.status.matter, now.statuses[sid].active, tuple(entries))
        )
    return board


@dataclass(frozen=True)
class FactView:
    """A known fact with its provenance."""

    id: str
    date: str
    kind: str
    summary: str
    sources: tuple[tuple[str, str | None], ...]  # (label, url)
    learned: bool
    alert_id: int | None = None


def seed_facts(knowledge: Knowledge) -> list[FactView]:
    """The facts the seeds hold, oldest first, with their sources."""
    facts = [f for f in knowledge.facts if not f.learned]
    facts.sort(key=lambda f: (f.date or dt.date.min, f.id))
    return [
        FactView(
            f.id,
            f.date.isoformat() if f.date else "",
            f.kind,
            f.summary,
            tuple(_seed_source(knowledge, ref) for ref in f.sources),
            learned=False,
        )
        for f in facts
    ]


def iter_learned_facts(store: Store) -> Iterator[FactView]:
    """The facts learned from alerts, oldest first, each with its article and alert."""
    offset = 0
    while True:
        page = store.review_learned_facts(limit=PAGE, offset=offset)
        for f in page:
            alert = f.get("alert_id")
            yield FactView(
                str(f["id"]),
                str(f["date"] or ""),
                "event",
                str(f["summary"]),
                ((str(f["source"]), str(f["source"])),),
                learned=True,
                alert_id=int(alert) if alert is not None else None,
            )
        if len(page) < PAGE:
            return
        offset += PAGE


# ----------------------------------------------------------------------------- the chart


@dataclass(frozen=True)
class Bar:
    """One bar of the weekly chart, in SVG user units."""

    x: float
    y: float
    width: float
    height: float
    value: int
    series: str  # articles | alerts
    week: str  # ISO date of the week's Monday


@dataclass(frozen=True)
class Chart:
    """Articles seen and alerts raised per week, laid out for an SVG of `width`×`height`."""

    width: int
    height: int
    bars: tuple[Bar, ...]
    x_labels: tuple[tuple[float, str], ...]  # (x, label)
    y_ticks: tuple[tuple[float, int], ...]  # (y, value)
    weeks: tuple[dict[str, Any], ...]  # {week, articles, alerts}, every week of the span
    plot: tuple[float, float, float, float]  # left, top, right, bottom


def _nice_max(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, … that is at least `value`."""
    scale = 1
    while True:
        for step in (1, 2, 5):
            if step * scale >= value:
                return step * scale
        scale *= 10


def weekly_chart(rows: Sequence[Mapping[str, Any]], width: int = 720, height: int = 220) -> Chart:
    """Lay out per-week counts as paired bars, filling weeks without any with zeros."""
    by_week = {dt.date.fromisoformat(str(r["week"])): r for r in rows}
    weeks: list[dict[str, Any]] = []
    if by_week:
        day, last = min(by_week), max(by_week)
        while day <= last:
            r = by_week.get(day, {})
            weeks.append(
                {
                    "week": day.isoformat(),
                    "articles": int(r.get("articles", 0)),
                    "alerts": int(r.get("alerts", 0)),
                }
            )
            day += dt.timedelta(days=7)
    left, top, right, bottom = 34.0, 12.0, width - 8.0, height - 26.0
    peak = _nice_max(max((max(w["articles"], w["alerts"]) for w in weeks), default=1))
    scale = (bottom - top) / peak
    slot = (right - left) / max(len(weeks), 1)
    bar = max(slot * 0.4, 0.5)
    bars: list[Bar] = []
    labels: list[tuple[float, str]] = []
    every = max(1, round(len(weeks) / 8))
    for i, w in enumerate(weeks):
        x = left + i * slot + slot * 0.1
        for j, series in enumerate(("articles", "alerts")):
            value = int(w[series])
            h = value * scale
            bars.append(Bar(x + j * bar, bottom - h, bar, h, value, series, w["week"]))
        if i % every == 0:
            labels.append(
                (
                    round(left + i * slot + slot / 2, 2),
                    dt.date.fromisoformat(w["week"]).strftime("%d %b"),
                )
            )
    marks = {0, peak, *((peak // 2,) if peak % 2 == 0 else ())}
    ticks = tuple((round(bottom - v * scale, 2), v) for v in sorted(marks))
    return Chart(
        width, height, tuple(bars), tuple(labels), ticks, tuple(weeks), (left, top, right, bottom)
    )
