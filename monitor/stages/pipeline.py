"""The pipeline: one full cycle of the monitor, top to bottom (`run_cycle`).

Stages, in order:
1. poll     — conditional GET of every due feed; new items are stored as pending
2. fetch    — each pending item's page, at the publisher's URL for a Google News link
              (gnews); a failure is retried on later cycles, then the item is decided on
              its headline and the feed's description (a paywall at once)
3. extract  — text and metadata from the page, off the event loop; the outlet named
              (outlets) and the URL cleaned of tracking parameters
4. decide   — read the article against the rules and what is known (novelty); record the
              decision, and the alert or the attached source, in one transaction; learn
5. deliver  — send the outbox: new alerts, and updates listing later sources (outbox.py)

It wires the edges (feeds, extract, store, delivery) to the core (rules, knowledge,
novelty, compose); it holds no SQL and no parsing of its own. Polling is monitor.stages.polling's,
fetching and extracting monitor.stages.fetching's; this module keeps the knowledge, the decision
and the cycle that drives every stage.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from monitor.core.decision import Decision, Earlier, Routing, copied
from monitor.core.decision import decide as decide_on
from monitor.core.knowledge import Development, Knowledge
from monitor.core.models import Article, Assessment, Fact, FeedItem, StatusState
from monitor.edges.claims import CycleLease
from monitor.edges.extract import canonical_link, clean_url
from monitor.edges.store import PendingItem, Store, learned_state
from monitor.errors import (
    StoreError,
)
from monitor.files.config import FeedConfig
from monitor.stages.chatview import alert_view as alert_view
from monitor.stages.context import Context as Context
from monitor.stages.context import CycleReport as CycleReport
from monitor.stages.context import CycleTally as CycleTally
from monitor.stages.fetching import fetch_and_extract as fetch_and_extract
from monitor.stages.outbox import deliver as deliver
from monitor.stages.outbox import say_how_to_connect as say_how_to_connect
from monitor.stages.polling import poll_feeds as poll_feeds

log = logging.getLogger("monitor.stages.pipeline")

DEVELOPMENT_MEMORY = 5000  # recent developments kept in memory for grouping
SUMMARY_EVERY = dt.timedelta(minutes=15)  # how often the daemon logs a cycle.summary


# ----------------------------------------------------------------------------- knowledge


def knowledge_with_history(
    seeds: Knowledge, store: Store, before: dt.datetime | None = None
) -> Knowledge:
    """The seeds plus everything learned from earlier alerts, as stored (only from alerts
    published before `before`, when given: what the monitor knew at that time)."""
    known = seeds
    facts_by_dev: dict[str, list[Fact]] = {}
    for r in store.learned_facts():
        facts_by_dev.setdefault(r["development_id"], []).append(
            Fact(
                id=r["id"],
                date=dt.date.fromisoformat(r["date"]),
                kind="event",
                actors=(),
                summary=r["summary"],
                sources=(r["source"],),
                entities=frozenset(json.loads(r["entities"])),
                event=r["event"],
                learned=True,
            )
        )
    moves_by_dev: dict[str, list[tuple[str, StatusState]]] = {}
    for r in store.status_moves():
        moves_by_dev.setdefault(r["development_id"], []).append((r["status_id"], learned_state(r)))
    learned: list[tuple[Development, tuple[Fact, ...], tuple[tuple[str, StatusState], ...]]] = []
    rows = store.developments() if before is None else store.developments_before(before)
    for r in rows[-DEVELOPMENT_MEMORY:]:
        change = json.loads(r["status_change"]) if r["status_change"] else None
        dev = Development(
            id=r["id"],
            alert_id=int(r["alert_id"]),
            published=dt.datetime.fromisoformat(r["published"]),
            signature=frozenset(json.loads(r["signature"])),
            events=frozenset(json.loads(r["events"])),
            title=r["title"],
            url=r["url"],
            status_change=(str(change[0]), str(change[1])) if change else None,
            words=frozenset(json.loads(r["words"] or "[]")),
            expected=frozenset(json.loads(r["expected"] or "[]")),
            dates=frozenset(json.loads(r["dates"] or "[]")),
        )
        learned.append(
            (dev, tuple(facts_by_dev.get(dev.id, ())), tuple(moves_by_dev.get(dev.id, ())))
        )
    return known.learn_all(learned)


def refresh_knowledge(ctx: Context) -> bool:
    """Rebuild the judge's knowledge from the seeds and the store when an alert was
    retracted since it was built (`kuril-monitor retract` in another process, or the bot's
    /retract): what a retracted alert taught stops counting; or when another process
    sharing the database recorded alerts meanwhile. True when it was rebuilt."""
    if ctx.seeds is None:
        return False
    mark = ctx.store.retraction_mark()  # read first: a retraction meanwhile rebuilds again
    alerts = ctx.store.alert_count()
    # None: not counted yet (nothing to compare with); 0 is a count like any other, so
    # alerts another process records in a store that was empty are learned too
    seen = alerts if ctx.alerts_seen is None else ctx.alerts_seen
    if mark == ctx.retractions_seen and alerts == seen:
        ctx.alerts_seen = alerts
        return False
    ctx.judge = ctx.judge.with_knowledge(knowledge_with_history(ctx.seeds, ctx.store))
    ctx.retractions_seen = mark
    ctx.alerts_seen = alerts
    log.info("knowledge.rebuilt", extra={"retractions": mark.split(":", 1)[0], "alerts": alerts})
    return True


# ----------------------------------------------------------------------------- 4. decide


def decide(ctx: Context, item: FeedItem, article: Article, now: dt.datetime) -> Assessment:
    """Assess one article, record the outcome atomically, and learn from an alert.

    What is to happen is decided as a value (monitor/core/decision.py): a copy of an article
    assessed before keeps that article's decision, any other is judged. The store applies
    the decision in one transaction; an alert's lesson is learned once it has its id.
    """
    judge = ctx.judge
    decision = copied(item, article, _earlier(ctx.store, article), now)
    if decision is None:
        assessment = judge.assess(article)
        routing = Routing(
            default_chats=tuple(str(c) for c in ctx.config.telegram.chat_ids),
            subscribers=ctx.store.subscriber_chat_ids() if assessment.alerts else (),
        )
        via_google = ctx.google is not None and ctx.google.owns(article.url)
        decision = decide_on(
            item, article, assessment, judge.knowledge, now, routing, via_google=via_google
        )
    alert_id = ctx.store.apply(decision)
    if decision.alert is not None:
        ctx.judge = judge.with_knowledge(decision.alert.knowledge(alert_id or 0))
    elif decision.attached is not None:
        ctx.judge = judge.with_knowledge(decision.attached)
    _log_decision(decision, alert_id)
    return decision.assessment


def _earlier(store: Store, article: Article) -> Earlier | None:
    """The article assessed before at this one's canonical link: only a link the page may
    give (its own site, checked again for what older versions stored)."""
    link = canonical_link(article.canonical_url, article.url) if article.canonical_url else None
    row = store.article_by_url(link) if link else None
    if row is None:
        return None
    alert_id = row["alert_id"]
    return Earlier(
        url=row["url"],
        text=row["text"] or "",
        decision=row["decision"],
        reason=row["reason"],
        alert_id=int(alert_id) if alert_id else None,
    )


def _log_decision(decision: Decision, alert_id: int | None) -> None:
    """One log line per decision (none for a copy attached to its original's alert)."""
    url = decision.article.url
    if decision.copy_of is not None:
        if decision.attach_to is None:
            log.info("article.copy", extra={"url": url, "of": decision.copy_of})
    elif decision.alert is not None:
        extra = {"alert": alert_id, "kind": decision.kind, "url": url, "reason": decision.reason}
        log.info("article.alert", extra=extra)
    elif decision.attach_to is not None:
        log.info("article.attached", extra={"alert": decision.attach_to, "url": url})
    else:
        log.info(
            "article.decided",
            extra={"decision": decision.kind, "url": url, "reason": decision.reason},
        )


async def process_items(
    ctx: Context, now: dt.datetime, due_only: bool, report: CycleReport, refresh: bool = True
) -> None:
    """Fetch and extract every pending item concurrently, and decide them one at a time.

    Decisions depend on earlier ones, so they take the work lock (and, when `refresh`,
    first catch up with what other processes alerted or retracted); fetching and
    extracting do not, so a slow host delays only its own items, never another cycle's.
    What is ready is decided in publication order; a page still on its way after one
    request timeout no longer holds back the others and is decided when it arrives. An
    item another cycle of this process is working on is left to it.
    """
    if refresh:  # what another process alerted or retracted counts from this cycle on
        async with ctx.work_lock:
            refresh_knowledge(ctx)
    horizon = now if due_only else now + dt.timedelta(days=36500)
    pending = ctx.store.pending_items(horizon)
    todo: list[PendingItem] = []
    for p in pending:
        if (p.item.feed_id, p.item.key) in ctx.in_flight:
            continue
        copy = ctx.store.assessed_decision(p.item.link) or ctx.store.assessed_decision(
            clean_url(p.item.link)
        )
        if copy is not None:
            ctx.store.mark_item_done(p.item, f"same link as an article already assessed ({copy})")
            continue
        todo.append(p)
    keys = {(p.item.feed_id, p.item.key) for p in todo}
    ctx.in_flight |= keys
    tasks = {asyncio.create_task(fetch_and_extract(ctx, p, now)): p for p in todo}
    failure: BaseException | None = None
    try:
        running = set(tasks)
        settle: float | None = ctx.config.polling.timeout
        while running:
            done, running = await asyncio.wait(
                running,
                timeout=settle,
                return_when=asyncio.ALL_COMPLETED if settle else asyncio.FIRST_COMPLETED,
            )
            settle = None  # past the first wait, each page is decided as it arrives
            ready: list[tuple[FeedItem, Article]] = []
            for task in done:
                if task.exception() is not None:  # a database error ends the cycle
                    failure = failure or task.exception()
                elif (article := task.result()) is not None:
                    ready.append((tasks[task].item, article))
            if ready and failure is None:
                await _decide_ready(ctx, now, ready, report, refresh)
    finally:
        for task in tasks:
            task.cancel()  # only when the cycle itself was cancelled or failed
        ctx.in_flight -= keys
    if failure is not None:
        raise failure


async def _decide_ready(
    ctx: Context,
    now: dt.datetime,
    ready: list[tuple[FeedItem, Article]],
    report: CycleReport,
    refresh: bool,
) -> None:
    """Decide extracted articles in publication order, one decider at a time."""
    ready.sort(key=lambda pa: (pa[1].published, pa[1].url))
    async with ctx.work_lock:  # one decider at a time: decisions depend on earlier ones
        if refresh:
            refresh_knowledge(ctx)
        alerts = report.alerts
        for item, article in ready:
            if ctx.store.assessed_decision(article.url) is not None:
                ctx.store.mark_item_done(item, "same link as an article already assessed")
                continue
            assessment = decide(ctx, item, article, now)
            await asyncio.sleep(0)  # let polls and the bot run between decisions
            ctx.metrics.articles.labels(assessment.decision).inc()
            report.articles += 1
            report.decisions[assessment.decision] = report.decisions.get(assessment.decision, 0) + 1
            report.alerts += int(assessment.alerts)
        if refresh and report.alerts > alerts:  # this process's own alerts are learned already
            ctx.alerts_seen = ctx.store.alert_count()


# ----------------------------------------------------------------------------- 5. deliver
# (monitor/stages/outbox.py)


# ----------------------------------------------------------------------------- the cycle


async def run_cycle(
    ctx: Context, due_only: bool = False, feeds: Sequence[FeedConfig] | None = None
) -> CycleReport:
    """One full cycle: poll → fetch → extract → decide → deliver (see the module docstring).

    `run --once` polls every feed; the daemon polls the feeds a scheduler job says are due.
    One process at a time runs cycles on a database (its cycle lease, `claims`): a cycle
    that finds another process holding it does nothing and says so (`cycle.skipped`).
    """
    started = time.monotonic()
    now = ctx.clock()
    if ctx.lease is None:
        ctx.lease = CycleLease(ctx.store, ctx.owner)
    try:
        async with ctx.lease.held() as mine:
            if not mine:
                return CycleReport(skipped=True)
            report = await poll_feeds(ctx, now, due_only, feeds)
            await process_items(ctx, now, due_only, report)  # decides under ctx.work_lock
            async with ctx.send_lock:  # one sender per process (claims are per process)
                await deliver(ctx, report)
    except StoreError as exc:  # every write rolled back; what is pending stays pending
        ctx.metrics.cycle_failed(str(exc))
        raise
    report.seconds = time.monotonic() - started
    ctx.metrics.cycle_done(report.seconds, report.pending, time.time())
    ctx.tally = log_cycle(ctx.tally, report, now)
    return report


def log_cycle(tally: CycleTally, report: CycleReport, now: dt.datetime) -> CycleTally:
    """`cycle.done` at info when the cycle did something, at debug when it did not (feeds in
    backoff are skipped: the daemon would log dozens of empty cycles a minute); every
    SUMMARY_EVERY a `cycle.summary` of the cycles since the last one. The tally to keep."""
    fields: dict[str, Any] = {k: v for k, v in asdict(report).items() if k != "seconds"}
    fields["decisions"] = json.dumps(report.decisions) if report.decisions else None
    busy = bool(report.feeds_polled or report.new_items or report.articles or report.sent)
    log.log(
        logging.INFO if busy else logging.DEBUG,
        "cycle.done",
        extra=fields | {"ms": report.seconds * 1000},
    )
    tally.cycles += 1
    tally.quiet += 0 if busy else 1
    for key in ("feeds_polled", "feed_errors", "new_items", "articles", "alerts", "sent"):
        setattr(tally, key, getattr(tally, key) + getattr(report, key))
    if tally.since is None:
        tally.since = now
    elif now - tally.since >= SUMMARY_EVERY:
        summary = asdict(tally) | {"minutes": (now - tally.since).total_seconds() / 60}
        del summary["since"]
        log.info("cycle.summary", extra=summary | {"pending": report.pending})
        return CycleTally(since=now)
    return tally
