"""The composition root: builds the real clients, in order, and closes them in reverse.

Only this module constructs the store, the fetcher, the worker pool and the Telegram client.
`run_once` and `run_daemon` are what the CLI calls; both drive `pipeline.run_cycle`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import os
import signal
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.bot import BotService
from monitor.config import Config, FeedConfig, with_feed_file
from monitor.delivery import Telegram
from monitor.errors import ConfigError, DeliveryError, StoreError
from monitor.feeds import Fetcher, FetchLimits
from monitor.gnews import GoogleNews
from monitor.health import HealthServer, Metrics
from monitor.knowledge import Knowledge, load_seeds
from monitor.novelty import Judge
from monitor.pipeline import (
    Context,
    CycleReport,
    knowledge_with_history,
    run_cycle,
    say_how_to_connect,
)
from monitor.reading import CONCEPTS_READ
from monitor.retention import PRUNE_EVERY, prune
from monitor.rules import RuleSet, load_rules
from monitor.store import Store
from monitor.workpool import WorkPool

log = logging.getLogger("monitor.app")

# On SIGTERM a cycle in progress gets this long to finish, then it is cancelled: safe, as no
# transaction spans an await (an item is pending or done, never between).
STOP_GRACE = 5.0


def load_knowledge(config: Config) -> tuple[RuleSet, Knowledge]:
    """Rules and seeds, validated together; raises ConfigError listing every problem."""
    problems = []
    rules: RuleSet | None = None
    try:
        feed_ids = frozenset(f.id for f in config.feeds)
        rules = load_rules(config.rules_path, feed_ids, CONCEPTS_READ)
    except ConfigError as exc:
        problems.extend(exc.problems)
    try:
        seeds = load_seeds(config.seeds_path, frozenset(rules.entities) if rules else None)
    except ConfigError as exc:
        problems.extend(exc.problems)
    if problems or rules is None:
        raise ConfigError(problems)
    return rules, seeds


def telegram_down(exc: DeliveryError) -> str:
    """Why alerts cannot reach Telegram, in words that name Telegram once."""
    text = str(exc)
    return text if text.startswith("Telegram") else f"Telegram unavailable: {text}"


def open_store(config: Config, readonly: bool = False) -> Store:
    path = config.sqlite_path
    if path is None:  # postgresql://: the same store, its SQL translated by `dialect`
        return Store.open_url(config.database, readonly=readonly)
    return Store.open(path, readonly=readonly)


def fetch_limits(config: Config) -> FetchLimits:
    p = config.polling
    return FetchLimits(
        timeout=p.timeout,
        deadline=max(p.timeout * 3, p.timeout + 5),
        max_bytes=p.max_bytes,
        allow_private_addresses=p.allow_private_addresses,
        per_host=p.per_host,
        concurrency=p.concurrency,
        user_agent=p.user_agent,
    )


@asynccontextmanager
async def open_context(config: Config) -> AsyncIterator[Context]:
    """Every resource of a running monitor, opened in order and closed in reverse.

    Feed parsing and extraction run in a pool of worker processes, one per core (up to
    four), each call within `polling.parse_timeout`: the bytes are anyone's, and a worker
    that overruns is stopped and replaced (`workpool`). Workers start on first use.
    """
    rules, seeds = load_knowledge(config)
    async with AsyncExitStack() as stack:
        store = open_store(config)
        stack.callback(store.close)
        pool = await stack.enter_async_context(
            WorkPool(
                max(1, min(4, os.cpu_count() or 1)),
                config.polling.parse_timeout,
                preload=("monitor.extract", "monitor.feeds"),
            )
        )
        fetcher = await stack.enter_async_context(Fetcher(fetch_limits(config), offload=pool.run))
        retractions, alerts = store.retraction_mark(), store.alert_count()
        judge = Judge.build(rules, knowledge_with_history(seeds, store))
        ctx = Context(
            config=config,
            store=store,
            fetcher=fetcher,
            judge=judge,
            work=pool.run,
            metrics=Metrics(),
            seeds=seeds,
            retractions_seen=retractions,
            alerts_seen=alerts,
        )
        stack.enter_context(ctx.metrics.counting_regex_timeouts())
        gn = config.google_news
        # the pause after Google's 429 is kept in the store: a restart honours it
        ctx.google = GoogleNews(fetcher, gn.base_url, gn.interval, gn.max_backoff, book=store)
        token = config.token
        if token:  # even with no chat_ids: the bot's subscribers get alerts privately
            try:
                ctx.telegram = await stack.enter_async_context(
                    Telegram(
                        token,
                        api_base_url=config.telegram.api_base_url,
                        timeout=config.telegram.timeout,
                    )
                )
            except DeliveryError as exc:
                ctx.telegram_down = telegram_down(exc)
                log.warning("telegram.unavailable", extra={"error": ctx.telegram_down})
        yield ctx


async def run_once(config: Config) -> CycleReport:
    """`kuril-monitor run --once`: one full cycle over every feed, then exit."""
    async with open_context(config) as ctx:
        if not config.token or not config.telegram.chat_ids or ctx.telegram_down:
            say_how_to_connect(ctx)
        return await run_cycle(ctx, due_only=False)


@dataclass
class RuleWatch:
    """What live reload has seen of rules/ and seeds/; one reload at a time."""

    stamps: dict[str, float] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


def rule_file_stamps(config: Config) -> dict[str, float]:
    """The modification time of every rules/ and seeds/ YAML file."""
    current: dict[str, float] = {}
    for folder in (config.rules_path, config.seeds_path):
        for path in sorted(Path(folder).glob("*.yaml")):
            with suppress(OSError):
                current[str(path)] = path.stat().st_mtime
    return current


async def reload_if_changed(ctx: Context, config: Config, watch: RuleWatch) -> ConfigError | None:
    """Live reload: a saved change to rules/ or seeds/ takes effect at the next cycle.

    An invalid change is rejected (and returned, so the caller tells the admins) and the
    last good rules stay active. Loading and building happen off the event loop.
    """
    async with watch.lock:
        current = rule_file_stamps(config)
        if current == watch.stamps:
            return None
        first = not watch.stamps
        watch.stamps.clear()
        watch.stamps.update(current)
        if first:
            return None
        retractions = ctx.store.retraction_mark()
        alerts = ctx.store.alert_count()
        try:
            rules, seeds = await asyncio.to_thread(load_knowledge, config)
        except ConfigError as exc:
            log.error(
                "rules.rejected",
                extra={"count": len(exc.problems), "problems": str(exc), "kept": "last good rules"},
            )
            return exc
        # the store is read here, on the loop (its connection belongs to this thread)
        knowledge = knowledge_with_history(seeds, ctx.store)
        judge = await asyncio.to_thread(Judge.build, rules, knowledge)
        ctx.retractions_seen = retractions
        ctx.alerts_seen = alerts
        ctx.judge = judge
        ctx.seeds = seeds
        log.info(
            "rules.reloaded",
            extra={"rules": len(judge.rules.rules), "concepts": len(judge.rules.concepts)},
        )
        return None


@dataclass
class FeedsWatch:
    """The modification time of the feeds file as last read (None: there was none)."""

    stamp: float | None


# a stamp no file has: the first look reads the feeds file whatever its time
UNREAD = float("-inf")


def feeds_file_stamp(config: Config) -> float | None:
    try:
        return config.feeds_path.stat().st_mtime
    except OSError:
        return None


@dataclass(frozen=True)
class FeedsChange:
    """The feeds file read again: the config with its feeds, those it adds or changes,
    and the ids it drops."""

    config: Config
    added: list[FeedConfig]
    removed: list[str]


async def read_feeds_file(
    config: Config, watch: FeedsWatch, *, quiet: bool = False
) -> FeedsChange | ConfigError | None:
    """Live reload of the feeds file, for every process that polls (`run`, and in scaled
    mode the scheduler and the workers): when it was saved since `watch` last saw it, the
    change against `config`, or the ConfigError of an invalid file (logged as
    `feeds.rejected`; the caller keeps its last good feeds); None when it was not saved.
    The file is read in a thread, off the event loop; `quiet` logs nothing (a second
    reader in a process that logs it already)."""
    stamp = feeds_file_stamp(config)
    if stamp == watch.stamp:
        return None
    watch.stamp = stamp
    try:
        fresh = await asyncio.to_thread(with_feed_file, config)
    except ConfigError as exc:
        if not quiet:
            log.error(
                "feeds.rejected",
                extra={
                    "count": len(exc.problems),
                    "problems": str(exc),
                    "kept": "last good feeds",
                },
            )
        return exc
    before = {f.id: f for f in config.feeds}
    after = {f.id: f for f in fresh.feeds}
    added = [f for i, f in after.items() if before.get(i) != f]
    removed = [i for i in before if i not in after]
    if (added or removed) and not quiet:
        log.info(
            "feeds.reloaded",
            extra={
                "feeds": len(after),
                "added": ",".join(f.id for f in added) or None,
                "removed": ",".join(removed) or None,
            },
        )
    return FeedsChange(fresh, added, removed)


async def _reload_feeds(
    ctx: Context, watch: FeedsWatch
) -> tuple[list[FeedConfig], list[str]] | None:
    """The daemon's live reload of the feeds file: the feeds it adds or changes and the
    ids it drops (None: no change, or an invalid file, which is told to the admins while
    the last good feeds stay polled)."""
    change = await read_feeds_file(ctx.config, watch)
    if change is None:
        return None
    if isinstance(change, ConfigError):
        await tell_admins_rejected(ctx.telegram, ctx.config, change, what="Feeds file change")
        return None
    ctx.config = change.config
    return change.added, change.removed


async def tell_admins_rejected(
    telegram: Telegram | None, config: Config, rejected: ConfigError, what: str = "Rules change"
) -> None:
    """A rejected rules (or feeds file) change also reaches the admins' chats, when
    Telegram is connected."""
    if telegram is None or not config.telegram.admin_ids:
        return
    lines = [html.escape(str(p)[:300]) for p in rejected.problems[:20]]
    kept = "rules" if what.startswith("Rules") else "feeds"
    text = f"<b>{what} rejected</b>; the last good {kept} stay active.\n" + "\n".join(lines)
    for admin in config.telegram.admin_ids:
        try:
            await telegram.send(admin, text)
        except DeliveryError as exc:
            log.warning("rules.rejected_not_sent", extra={"chat": admin, "error": str(exc)})


async def run_daemon(config: Config, stop: asyncio.Event | None = None) -> None:
    """`kuril-monitor run`: each feed polled on its interval (with jitter) until SIGTERM/SIGINT.

    APScheduler runs one job per feed (never two runs of one feed at once; missed runs
    coalesce), one job that retries the outbox and one that prunes (at start, then daily).
    Decisions are serialised by the pipeline's work lock (fetching and extraction are not);
    a feed in backoff is skipped until it is due.
    """
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    watch = RuleWatch()
    async with (
        open_context(config) as ctx,
        _serve_health(ctx, config) as health,
        _serve_bot(ctx, config),
    ):
        ctx.stop = stop
        if not config.token or not config.telegram.chat_ids or ctx.telegram_down:
            say_how_to_connect(ctx)
        await reload_if_changed(ctx, config, watch)
        running: set[asyncio.Task[object]] = set()

        @contextmanager
        def tracked() -> Iterator[None]:
            task = asyncio.current_task()
            if task is not None:
                running.add(task)
            try:
                yield
            finally:
                running.discard(task)

        @contextmanager
        def cancelled_at_stop() -> Iterator[None]:
            # a cycle still running after the grace period is cancelled by `_stop`, which
            # says so once (`monitor.cycle_cancelled`); the scheduler would log it again as
            # a job that raised, with a traceback
            try:
                yield
            except asyncio.CancelledError:
                if not stop.is_set():
                    raise

        async def poll(feed: FeedConfig) -> None:
            if stop.is_set():
                return
            with tracked(), cancelled_at_stop():
                await poll_feed(feed)

        async def poll_feed(feed: FeedConfig) -> None:
            try:
                rejected = await reload_if_changed(ctx, config, watch)
                if rejected is not None:
                    await tell_admins_rejected(ctx.telegram, config, rejected)
                await run_cycle(ctx, due_only=True, feeds=[feed])
            except StoreError as exc:
                log.error("cycle.store_failed", extra={"feed": feed.id, "error": str(exc)})

        async def outbox() -> None:
            if stop.is_set():
                return
            with tracked(), cancelled_at_stop():
                await send_outbox()

        async def send_outbox() -> None:
            try:
                if not ctx.store.outbox_backlog():
                    return
            except StoreError as exc:
                log.error("cycle.store_failed", extra={"error": str(exc)})
                return
            if ctx.telegram is None and ctx.telegram_down and config.token:
                ctx.telegram_down = await _reconnect(ctx, config)
            try:
                await run_cycle(ctx, due_only=True, feeds=[])
            except StoreError as exc:
                log.error("cycle.store_failed", extra={"error": str(exc)})

        scheduler = AsyncIOScheduler(
            timezone=dt.UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        now = dt.datetime.now(dt.UTC)
        for n, feed in enumerate(config.feeds):
            interval = feed.interval or config.polling.interval
            scheduler.add_job(
                poll,
                IntervalTrigger(seconds=interval, jitter=config.polling.jitter * interval),
                args=[feed],
                id=f"feed:{feed.id}",
                # spread the first polls over the first interval instead of all at once
                next_run_time=now
                + dt.timedelta(seconds=min(interval, 5.0) * n / max(1, len(config.feeds))),
            )
        scheduler.add_job(
            outbox, IntervalTrigger(seconds=min(5.0, config.polling.interval)), id="outbox"
        )

        # read again at the first look: a save since the config was read counts
        feeds_seen = FeedsWatch(UNREAD)

        async def feeds_file() -> None:
            if stop.is_set():
                return
            with tracked():
                changed = await _reload_feeds(ctx, feeds_seen)
            if changed is None:
                return
            added, removed = changed
            for feed_id in removed:
                with suppress(JobLookupError):
                    scheduler.remove_job(f"feed:{feed_id}")
            for feed in added:
                interval = feed.interval or ctx.config.polling.interval
                scheduler.add_job(
                    poll,
                    IntervalTrigger(seconds=interval, jitter=ctx.config.polling.jitter * interval),
                    args=[feed],
                    id=f"feed:{feed.id}",
                    replace_existing=True,
                    next_run_time=dt.datetime.now(dt.UTC),
                )
            if health is not None:
                health.use_config(ctx.config)

        # the feeds file (`kuril-monitor feeds add|remove|import`) is read again when saved
        scheduler.add_job(
            feeds_file, IntervalTrigger(seconds=min(5.0, config.polling.interval)), id="feeds"
        )

        async def prune() -> None:
            if stop.is_set():
                return
            with tracked():
                _prune(ctx, config)

        # at start (a monitor restarted daily would otherwise never prune), then daily
        scheduler.add_job(
            prune,
            IntervalTrigger(seconds=PRUNE_EVERY.total_seconds()),
            id="prune",
            next_run_time=now,
        )
        scheduler.start()
        log.info(
            "monitor.started",
            extra={
                "feeds": len(config.feeds),
                "interval": config.polling.interval,
                "telegram": ctx.telegram is not None,
            },
        )
        try:
            await stop.wait()
        finally:
            # no new runs; runs in progress get STOP_GRACE to finish (shutdown would cancel them)
            scheduler.pause()
            await _finish(running)
            scheduler.shutdown(wait=False)
            # no cycle is left in progress; close in reverse order
            async with ctx.work_lock, ctx.send_lock:
                pass
    log.info("monitor.stopped")


def _prune(ctx: Context, config: Config) -> None:
    """The daily prune: the store as `retention:` says (`retention.pruned` logs what went),
    and the fetcher's slots of hosts it no longer fetches from."""
    try:
        prune(ctx.store, config.retention, ctx.clock())
    except StoreError as exc:
        log.error("retention.failed", extra={"error": str(exc)})
    hosts = ctx.fetcher.prune_hosts()
    log.info("retention.hosts", extra={"dropped": hosts, "kept": ctx.fetcher.hosts})


async def _finish(running: set[asyncio.Task[object]]) -> None:
    """Give cycles in progress STOP_GRACE seconds, then cancel what is left and wait for it."""
    tasks = {t for t in running if not t.done()}
    if not tasks:
        return
    _, late = await asyncio.wait(tasks, timeout=STOP_GRACE)
    for task in late:
        task.cancel()
    if late:
        await asyncio.wait(late, timeout=2.0)
        log.info("monitor.cycle_cancelled", extra={"cycles": len(late)})


@asynccontextmanager
async def _serve_health(ctx: Context, config: Config) -> AsyncIterator[HealthServer | None]:
    """/healthz and /metrics while the daemon runs (unless `health.port` is null).

    A port that cannot be bound is logged; the monitor keeps working without the endpoint.
    """
    if config.health.port is None:
        yield None
        return
    server = HealthServer(config, ctx.store, ctx.metrics, telegram_down=lambda: ctx.telegram_down)
    try:
        await server.__aenter__()
    except OSError as exc:
        log.error(
            "health.unavailable",
            extra={"host": config.health.host, "port": config.health.port, "error": str(exc)},
        )
        yield None
        return
    try:
        yield server
    finally:
        await server.__aexit__(None, None, None)


async def _reconnect(ctx: Context, config: Config) -> str | None:
    token = config.token
    assert token is not None
    tg = Telegram(token, api_base_url=config.telegram.api_base_url, timeout=config.telegram.timeout)
    try:
        ctx.telegram = await tg.__aenter__()
    except DeliveryError as exc:
        return telegram_down(exc)
    return None


async def start_bot(ctx: Context, config: Config) -> BotService | None:
    """The bot's private-chat commands, answering from `ctx`; None without a token, or when
    it cannot start (logged as `bot.unavailable`). The caller stops what it gets."""
    token = config.token
    if not token:
        return None
    bot = BotService(ctx, token)
    try:
        await bot.start()
    except DeliveryError as exc:
        log.warning("bot.unavailable", extra={"error": str(exc)})
        return None
    return bot


@asynccontextmanager
async def _serve_bot(ctx: Context, config: Config) -> AsyncIterator[BotService | None]:
    """The bot while the daemon runs, when a token is set. A bot that cannot start is
    logged once; the monitor keeps polling and sending without it."""
    bot = await start_bot(ctx, config)
    try:
        yield bot
    finally:
        if bot is not None:
            await bot.stop()
