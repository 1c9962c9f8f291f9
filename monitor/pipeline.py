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
novelty, compose); it holds no SQL and no parsing of its own.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import asdict, replace
from functools import partial
from typing import Any

from monitor import compose
from monitor.chatview import alert_view as alert_view
from monitor.claims import CycleLease
from monitor.config import Config, FeedConfig
from monitor.context import Context as Context
from monitor.context import CycleReport as CycleReport
from monitor.context import CycleTally as CycleTally
from monitor.decision import Decision, Earlier, Routing, copied
from monitor.decision import decide as decide_on
from monitor.errors import (
    DeliveryError,
    ExtractError,
    FetchError,
    MonitorError,
    NoArticleText,
    StoreError,
    WorkError,
)
from monitor.extract import article_from_feed, canonical_link, clean_url, extract_article
from monitor.gnews import GoogleNews, clean_title
from monitor.knowledge import Development, Knowledge
from monitor.models import Article, Assessment, Fact, FeedItem, StatusState
from monitor.outbox import deliver as deliver
from monitor.outbox import say_how_to_connect as say_how_to_connect
from monitor.outlets import outlet_name
from monitor.store import PendingItem, Store

log = logging.getLogger("monitor.pipeline")

BACKOFF_DOUBLINGS = 6
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
        since = dt.date.fromisoformat(r["since"]) if r["since"] else None
        moves_by_dev.setdefault(r["development_id"], []).append(
            (r["status_id"], StatusState(r["state"], since, r["source"], r["said_by"]))
        )
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


# ----------------------------------------------------------------------------- 1. poll


def _backoff(config: Config, feed: FeedConfig, errors: int, retry_after: float | None) -> float:
    # doubling from the feed's own interval, at most 64 intervals (and max_backoff): a feed
    # that comes back is noticed within a bounded number of its own intervals
    interval = feed.interval or config.polling.interval
    wait = min(config.polling.max_backoff, interval * (2.0 ** min(errors, BACKOFF_DOUBLINGS)))
    return float(max(wait, min(retry_after or 0.0, config.polling.max_backoff)))


async def poll_feeds(
    ctx: Context, now: dt.datetime, due_only: bool, feeds: Sequence[FeedConfig] | None = None
) -> CycleReport:
    """Poll every (due) feed concurrently; store new items; one log line per failure."""
    report = CycleReport()
    cfg = ctx.config
    max_age = cfg.polling.max_item_age_days
    unhealthy_after = cfg.polling.unhealthy_after
    notices: list[str] = []  # feeds that turned unhealthy or recovered, for the admins

    async def one(feed: FeedConfig) -> None:
        state = ctx.store.feed_state(feed.id, feed.url)
        if due_only and state.next_poll_at and state.next_poll_at > now:
            return
        result = await ctx.fetcher.poll(feed.id, feed.url, state.http)
        report.feeds_polled += 1
        ctx.metrics.feed_polled(feed.id, result.status, result.error is not None)
        interval = feed.interval or cfg.polling.interval
        if result.error is not None:
            report.feed_errors += 1
            wait = _backoff(cfg, feed, state.error_count, result.retry_after)
            ctx.store.record_poll(
                feed.id, now, result.status, None, result.error, now + dt.timedelta(seconds=wait)
            )
            log.warning(
                "feed.failed",
                extra={
                    "feed": feed.id,
                    "status": result.status,
                    "error": result.error,
                    "retry_in": round(wait),
                },
            )
            errors = state.error_count + 1
            ctx.metrics.feed_health(feed.id, errors >= unhealthy_after)
            if errors == unhealthy_after:  # once per run of failures
                log.error(
                    "feed.unhealthy",
                    extra={"feed": feed.id, "errors": errors, "error": result.error},
                )
                notices.append(
                    f"⚠️ Feed <b>{compose.esc(feed.id)}</b> is unhealthy: {errors} failed polls "
                    f"in a row ({compose.esc(result.error[:300])}); it is polled with backoff."
                )
            return
        skip_before = None
        if max_age is not None:
            skip_before = now - dt.timedelta(days=max_age)
        new = ctx.store.record_poll(
            feed.id,
            now,
            result.status,
            result.http,
            None,
            now + dt.timedelta(seconds=interval),
            result.items,
            skip_before,
        )
        report.new_items += new
        ctx.metrics.feed_health(feed.id, False)
        if state.error_count >= unhealthy_after:
            log.info("feed.recovered", extra={"feed": feed.id, "after_errors": state.error_count})
            notices.append(
                f"✅ Feed <b>{compose.esc(feed.id)}</b> recovered after "
                f"{state.error_count} failed polls."
            )
        log.info(
            "feed.polled",
            extra={
                "feed": feed.id,
                "status": result.status,
                "not_modified": result.not_modified,
                "items": len(result.items),
                "new": new,
            },
        )

    polls = [one(f) for f in (cfg.feeds if feeds is None else feeds)]
    # every feed's poll finishes (and is recorded) before a database error ends the cycle
    outcomes = await asyncio.gather(*polls, return_exceptions=True)
    if notices:
        await tell_admins(ctx, "\n".join(notices))
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return report


async def tell_admins(ctx: Context, text: str) -> None:
    """A notice to each admin's private chat, when Telegram is connected; never raises."""
    if ctx.telegram is None or ctx.telegram_down is not None:
        return
    for admin in ctx.config.telegram.admin_ids:
        try:
            await ctx.telegram.send(admin, text)
        except DeliveryError as exc:
            log.warning("admins.not_told", extra={"chat": admin, "error": str(exc)})


# ----------------------------------------------------------------------------- 2–3. fetch, extract


def _configured_title(cfg: Config, feed_id: str) -> str | None:
    return next((f.title for f in cfg.feeds if f.id == feed_id and f.title), None)


async def fetch_and_extract(ctx: Context, pending: PendingItem, now: dt.datetime) -> Article | None:
    """The article of one item, or None when its page failed and will be retried."""
    item = pending.item
    cfg = ctx.config
    google = ctx.google if ctx.google is not None and ctx.google.owns(item.link) else None
    if google is not None:  # "Drills on Shikotan - Reuters": the outlet is named apart
        item = replace(item, title=clean_title(item.title, item.source))
    url = item.link
    try:
        if google is not None:
            url = await publisher_url(ctx, google, item.link, now)
        try:
            page = await ctx.fetcher.page(url)
        except FetchError as exc:
            ctx.metrics.page_fetched(getattr(exc, "status", None), failed=True)
            raise
        ctx.metrics.page_fetched(page.status, failed=False)
        with ctx.metrics.extract_seconds.time():
            try:
                # a partial pickles: the clock is read here, the page read in the pool
                read_page = partial(extract_article, now=ctx.clock())
                article = await ctx.work(read_page, item, url, page.body, page.content_type, "")
            except WorkError as exc:
                raise ExtractError(f"extraction {exc}") from exc
        return _named(cfg, item, article)
    except (FetchError, ExtractError) as exc:
        if isinstance(exc, ExtractError):
            ctx.metrics.page_errors.inc()
        attempts = pending.attempts + 1
        # a paywall says so itself; a link Google will not resolve stays so
        settled = getattr(exc, "settled", False)
        if settled or attempts >= cfg.polling.page_attempts:
            log.warning(
                "page.fallback_to_feed_text",
                extra={
                    "feed": item.feed_id,
                    "url": item.link,
                    "error": str(exc),
                    "attempts": attempts,
                },
            )
            # the publisher's URL when a Google News link was resolved, else the link itself
            reached = replace(item, link=url)
            return _named(cfg, item, _without_page(reached, now, exc))
        # a page is retried on the scale of polling (a minute at most, doubling)
        step = min(60.0, cfg.polling.interval)
        retry = now + dt.timedelta(seconds=min(3600.0, step * 2**attempts))
        ctx.store.item_failed(item, str(exc), retry)
        log.warning(
            "page.failed",
            extra={"feed": item.feed_id, "url": item.link, "error": str(exc), "attempt": attempts},
        )
        return None


class Unresolved(FetchError):
    """A Google News link not resolved to the publisher's URL (`settled`: a try later
    would give the same answer)."""

    def __init__(self, message: str, *, settled: bool) -> None:
        super().__init__(message)
        self.settled = settled


async def publisher_url(ctx: Context, google: GoogleNews, link: str, now: dt.datetime) -> str:
    """The publisher's URL behind a Google News link: stored, else asked of Google (and
    stored); Unresolved when Google does not tell."""
    if known := ctx.store.google_link(link):
        return known
    found = await google.resolve(link)
    if found.url is None:
        raise Unresolved(
            f"the Google News link could not be resolved to the publisher: {found.error}",
            settled=not found.again,
        )
    ctx.store.save_google_link(link, found.url, now)
    log.info("google.resolved", extra={"link": link, "url": found.url})
    return found.url


def _without_page(item: FeedItem, now: dt.datetime, exc: MonitorError) -> Article:
    """The item decided on its headline, saying why its page gave no text."""
    if isinstance(exc, Unresolved):
        return headline_only(item, now, str(exc))
    if isinstance(exc, NoArticleText):
        return headline_only(item, now, str(exc), exc.description)
    what = "fetched" if isinstance(exc, FetchError) else "read"
    return headline_only(item, now, f"the page could not be {what} ({exc})")


def headline_only(item: FeedItem, now: dt.datetime, why: str, description: str = "") -> Article:
    """The article decided on the item's headline and the feed's description (the page's
    own description when the feed gives none), marked with why the page gave no text."""
    article = article_from_feed(item, now)
    text = article.text or description
    return replace(article, text=text, why_feed_only=why)


def _named(cfg: Config, item: FeedItem, article: Article) -> Article:
    """The article with the outlet alerts name (monitor/outlets.py: the configured title,
    the item's `<source>`, the page's publisher, the channel title, the host) and its URL
    without tracking parameters, so that one article reached two ways has one URL."""
    configured = _configured_title(cfg, item.feed_id)
    outlet = outlet_name(configured, item, article.outlet, article.url)
    return replace(article, outlet=outlet, url=clean_url(article.url))


# ----------------------------------------------------------------------------- 4. decide


def decide(ctx: Context, item: FeedItem, article: Article, now: dt.datetime) -> Assessment:
    """Assess one article, record the outcome atomically, and learn from an alert.

    What is to happen is decided as a value (monitor/decision.py): a copy of an article
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
# (monitor/outbox.py)


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
