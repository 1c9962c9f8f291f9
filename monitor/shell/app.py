"""The composition root: builds the real clients, in order, and closes them in reverse.

Only this module constructs the store, the fetcher, the worker pool and the Telegram link.
`run_once` and `run_daemon` are what the CLI calls; both drive `pipeline.run_cycle`. The
daemon (`Daemon`) shares its watchers, Telegram reconnects, health serving and signal
handling with scaled mode (`runtime`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager, suppress

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.core.novelty import Judge
from monitor.edges.delivery import TelegramLink
from monitor.edges.feeds import Fetcher, FetchLimits
from monitor.edges.gnews import GoogleNews
from monitor.edges.store import Store
from monitor.edges.workpool import WorkPool
from monitor.errors import ConfigError, DeliveryError, StoreError
from monitor.files.config import Config, FeedConfig
from monitor.shell.bot import BotService
from monitor.shell.health import HealthServer
from monitor.shell.retention import PRUNE_EVERY, prune
from monitor.shell.runtime import (
    UNREAD,
    FeedsWatch,
    RuleWatch,
    finish,
    load_knowledge,
    read_feeds_file,
    reconnect_telegram,
    reload_if_changed,
    serve_health,
    stop_on_signals,
    tell_admins_rejected,
)
from monitor.stages.metrics import Metrics
from monitor.stages.pipeline import (
    Context,
    CycleReport,
    knowledge_with_history,
    run_cycle,
    say_how_to_connect,
)

__all__ = [
    "Daemon",
    "fetch_limits",
    "load_knowledge",
    "open_context",
    "open_store",
    "run_daemon",
    "run_once",
    "start_bot",
]

log = logging.getLogger("monitor.shell.app")


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
                preload=("monitor.edges.extract", "monitor.edges.feeds"),
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
            ctx.link = await stack.enter_async_context(
                TelegramLink(
                    token,
                    api_base_url=config.telegram.api_base_url,
                    timeout=config.telegram.timeout,
                )
            )
            ctx.telegram = await ctx.link.connect()
            ctx.telegram_down = ctx.link.down
            if ctx.telegram_down is not None:
                log.warning("telegram.unavailable", extra={"error": ctx.telegram_down})
        yield ctx


async def run_once(config: Config) -> CycleReport:
    """`kuril-monitor run --once`: one full cycle over every feed, then exit."""
    async with open_context(config) as ctx:
        if not config.token or not config.telegram.chat_ids or ctx.telegram_down:
            say_how_to_connect(ctx)
        return await run_cycle(ctx, due_only=False)


class Daemon:
    """`kuril-monitor run` on an open Context: each feed polled on its interval (with
    jitter) from `start()` until `stop()`.

    APScheduler runs one job per feed (never two runs of one feed at once; missed runs
    coalesce), one that retries the outbox, one that reads the feeds file again when saved
    and one that prunes (at start, then daily). Decisions are serialised by the pipeline's
    work lock (fetching and extraction are not); a feed in backoff is skipped until due.
    """

    def __init__(self, ctx: Context, stop: asyncio.Event, health: HealthServer | None) -> None:
        self.ctx = ctx
        self.stop_event = stop
        self.health = health
        self.rules = RuleWatch()
        # read again at the first look: a save since the config was read counts
        self.feeds_seen = FeedsWatch(UNREAD)
        self.running: set[asyncio.Task[object]] = set()
        self.scheduler = AsyncIOScheduler(
            timezone=dt.UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    async def start(self) -> None:
        """Record the rule files, schedule every job and start the scheduler."""
        ctx, config = self.ctx, self.ctx.config
        await reload_if_changed(ctx, config, self.rules)  # the first look records the files
        now = ctx.clock()
        for n, feed in enumerate(config.feeds):
            interval = feed.interval or config.polling.interval
            # spread the first polls over the first interval instead of all at once
            spread = min(interval, 5.0) * n / max(1, len(config.feeds))
            self._schedule(feed, now + dt.timedelta(seconds=spread))
        often = min(5.0, config.polling.interval)
        self.scheduler.add_job(self.outbox, IntervalTrigger(seconds=often), id="outbox")
        # the feeds file (`kuril-monitor feeds add|remove|import`) is read again when saved
        self.scheduler.add_job(self.feeds_file, IntervalTrigger(seconds=often), id="feeds")
        # at start (a monitor restarted daily would otherwise never prune), then daily
        daily = IntervalTrigger(seconds=PRUNE_EVERY.total_seconds())
        self.scheduler.add_job(self.prune, daily, id="prune", next_run_time=now)
        self.scheduler.start()
        log.info(
            "monitor.started",
            extra={
                "feeds": len(config.feeds),
                "interval": config.polling.interval,
                "telegram": ctx.telegram is not None,
            },
        )

    async def stop(self) -> None:
        """No new runs; runs in progress get STOP_GRACE to finish (the scheduler's own
        shutdown would cancel them); then no cycle is left in progress."""
        self.scheduler.pause()
        await finish(self.running)
        self.scheduler.shutdown(wait=False)
        async with self.ctx.work_lock, self.ctx.send_lock:
            pass

    def _schedule(self, feed: FeedConfig, first: dt.datetime) -> None:
        polling = self.ctx.config.polling
        interval = feed.interval or polling.interval
        self.scheduler.add_job(
            self.poll,
            IntervalTrigger(seconds=interval, jitter=polling.jitter * interval),
            args=[feed],
            id=f"feed:{feed.id}",
            replace_existing=True,
            next_run_time=first,
        )

    @contextmanager
    def _tracked(self) -> Iterator[None]:
        """The job's task is waited for (then cancelled) at stop."""
        task = asyncio.current_task()
        if task is not None:
            self.running.add(task)
        try:
            yield
        finally:
            if task is not None:
                self.running.discard(task)

    @contextmanager
    def _cancelled_at_stop(self) -> Iterator[None]:
        # a cycle still running after the grace period is cancelled by `stop`, which says
        # so once (`monitor.cycle_cancelled`); the scheduler would log it again as a job
        # that raised, with a traceback
        try:
            yield
        except asyncio.CancelledError:
            if not self.stop_event.is_set():
                raise

    async def poll(self, feed: FeedConfig) -> None:
        """One feed's job: rules/ and seeds/ reloaded when saved, then its cycle."""
        if self.stop_event.is_set():
            return
        with self._tracked(), self._cancelled_at_stop():
            try:
                rejected = await reload_if_changed(self.ctx, self.ctx.config, self.rules)
                if rejected is not None:
                    await tell_admins_rejected(self.ctx.telegram, self.ctx.config, rejected)
                await run_cycle(self.ctx, due_only=True, feeds=[feed])
            except StoreError as exc:
                log.error("cycle.store_failed", extra={"feed": feed.id, "error": str(exc)})

    async def outbox(self) -> None:
        """The outbox job: rows due again are sent (Telegram reconnected if it was down)."""
        if self.stop_event.is_set():
            return
        with self._tracked(), self._cancelled_at_stop():
            try:
                if not self.ctx.store.outbox_backlog():
                    return
                await reconnect_telegram(self.ctx)
                await run_cycle(self.ctx, due_only=True, feeds=[])
            except StoreError as exc:
                log.error("cycle.store_failed", extra={"error": str(exc)})

    async def feeds_file(self) -> None:
        """The feeds file read again when saved: new feeds polled at once, dropped ones no
        more; an invalid edit told to the admins while the last good feeds stay polled."""
        if self.stop_event.is_set():
            return
        ctx = self.ctx
        with self._tracked():
            change = await read_feeds_file(ctx.config, self.feeds_seen)
            if change is None:
                return
            if isinstance(change, ConfigError):
                await tell_admins_rejected(
                    ctx.telegram, ctx.config, change, what="Feeds file change"
                )
                return
        ctx.config = change.config
        for feed_id in change.removed:
            with suppress(JobLookupError):
                self.scheduler.remove_job(f"feed:{feed_id}")
        for feed in change.added:
            self._schedule(feed, ctx.clock())
        if self.health is not None:
            self.health.use_config(ctx.config)

    async def prune(self) -> None:
        """The daily prune: the store as `retention:` says (`retention.pruned` logs what
        went), and the fetcher's slots of hosts it no longer fetches from."""
        if self.stop_event.is_set():
            return
        with self._tracked():
            ctx = self.ctx
            try:
                prune(ctx.store, ctx.config.retention, ctx.clock())
            except StoreError as exc:
                log.error("retention.failed", extra={"error": str(exc)})
            hosts = ctx.fetcher.prune_hosts()
            log.info("retention.hosts", extra={"dropped": hosts, "kept": ctx.fetcher.hosts})


async def run_daemon(config: Config, stop: asyncio.Event | None = None) -> None:
    """`kuril-monitor run`: the Daemon on every resource, until SIGTERM/SIGINT (or `stop`)."""
    stop = stop or asyncio.Event()
    stop_on_signals(stop)
    async with open_context(config) as ctx:
        health_server = serve_health(
            config, ctx.store, ctx.metrics, telegram_down=lambda: ctx.telegram_down
        )
        async with health_server as health, _serve_bot(ctx, config):
            ctx.stop = stop
            if not config.token or not config.telegram.chat_ids or ctx.telegram_down:
                say_how_to_connect(ctx)
            daemon = Daemon(ctx, stop, health)
            await daemon.start()
            try:
                await stop.wait()
            finally:
                await daemon.stop()
    log.info("monitor.stopped")


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
