"""Scaled mode: one scheduler and N workers sharing PostgreSQL through procrastinate.

`kuril-monitor scheduler` decides when each feed is due (APScheduler, rebuilt from the
config and each feed's stored `next_poll_at`) and defers one `poll_feed` job per feed
(its queueing lock keeps at most one waiting per feed). One scheduler is active: it holds
a PostgreSQL advisory lock for as long as its session lives; a standby asks for that
lock every second and takes over when the active one dies. The active scheduler also
requeues the jobs of workers whose heartbeat stopped (a killed worker's job runs again
elsewhere) and re-defers work left pending (page retries, deliveries to retry).

`kuril-monitor worker --concurrency N` runs the jobs with the pipeline's own stage
functions, the ones `run --once` drives:

    poll_feed(feed_id)   poll_feeds for that feed; new items → process_pending
    process_pending()    process_items: fetch, extract and decide, serialised across
                         workers (a procrastinate lock and an advisory lock) and with any
                         `run` or `run --once` on the same database (the cycle lease: the
                         job does nothing while one holds it, and is deferred again), with
                         the knowledge reloaded from the store when another worker alerted
    deliver_chat(chat)   deliver for that chat only, serialised per chat (a procrastinate
                         lock and an advisory lock): alerts keep their order and a row is
                         never sent by two workers at once

The Telegram bot (/status, /latest, /pause, …) runs in the active scheduler only, the
daemon's own `BotService`: one process answers the commands, and a standby that takes over
starts it. Workers deliver alerts; they never poll for commands.

The feeds file (`kuril-monitor feeds add|remove|import`) is read again when saved, as
`run` reads it: the active scheduler adds and drops each feed's schedule (and tells the
admins of an invalid edit, keeping the last good feeds), and each worker reads it before
a job, so that a poll of a feed added since it started finds the feed and its title.

Every job may run twice (a killed worker's job is run again): an item is pending or done,
and a delivery records its message ids as Telegram returns them. This module holds no SQL
(`store` and `dialect` do) and decides nothing (the pipeline does).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

import procrastinate
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from procrastinate.exceptions import AlreadyEnqueued, UniqueViolation

from monitor.app import (
    STOP_GRACE,
    UNREAD,
    FeedsChange,
    FeedsWatch,
    RuleWatch,
    load_knowledge,
    open_context,
    open_store,
    read_feeds_file,
    reload_if_changed,
    start_bot,
    telegram_down,
    tell_admins_rejected,
)
from monitor.claims import CycleLease
from monitor.config import Config, FeedConfig
from monitor.delivery import Telegram
from monitor.dialect import AdvisoryLocks, is_postgres, redact
from monitor.errors import ConfigError, DeliveryError, MonitorError, StoreError
from monitor.health import HealthServer, Metrics
from monitor.knowledge import Knowledge
from monitor.novelty import Judge
from monitor.pipeline import (
    Context,
    CycleReport,
    deliver,
    knowledge_with_history,
    poll_feeds,
    process_items,
    refresh_knowledge,
)
from monitor.rules import RuleSet
from monitor.store import Store

log = logging.getLogger("monitor.scaled")

HEARTBEAT = 2.0  # seconds between a worker's heartbeats
STALLED_AFTER = 15.0  # a worker silent this long is gone: its running jobs are run again
HOUSEKEEPING = 2.0  # the active scheduler's round: leadership, stalled jobs, leftovers
STANDBY_POLL = 1.0  # a standby scheduler asks for the leadership lock this often
BOT_REFRESH = 2.0  # the leader's bot rereads what the workers learned this often
BOT_RETRY = 60.0  # a bot that could not start (Telegram unreachable, bad rules) tries again
LEADER_LOCK = "scheduler"
DECIDE_LOCK = "decide"
SCHEMA_LOCK = "procrastinate-schema"


def _chat_lock(chat: str) -> str:
    return f"chat:{chat}"


# ----------------------------------------------------------------------------- the queue


class Jobs:
    """The task queue on one procrastinate App: the three tasks and how to defer them.

    A worker attaches its `WorkerRuntime`; the scheduler only defers.
    """

    def __init__(self, url: str, pool_size: int) -> None:
        self.app = procrastinate.App(
            connector=procrastinate.PsycopgConnector(
                conninfo=url,
                min_size=1,
                max_size=pool_size,
                kwargs={"application_name": "kuril-monitor queue"},
            )
        )
        self.runtime: WorkerRuntime | None = None

        @self.app.task(name="poll_feed")
        async def poll_feed(feed_id: str) -> None:
            await self._runtime().poll(feed_id)

        @self.app.task(name="process_pending")
        async def process_pending() -> None:
            await self._runtime().process()

        @self.app.task(name="deliver_chat")
        async def deliver_chat(chat_id: str) -> None:
            await self._runtime().deliver(chat_id)

        self._poll = poll_feed
        self._process = process_pending
        self._deliver = deliver_chat

    def _runtime(self) -> WorkerRuntime:
        if self.runtime is None:
            raise RuntimeError("a job arrived before the worker was ready")
        return self.runtime

    async def ensure_schema(self, locks: AdvisoryLocks) -> None:
        """procrastinate's tables, created once even when several processes start."""
        async with _holding(locks, SCHEMA_LOCK):
            row = await self.app.connector.execute_query_one_async(
                "SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS present"
            )
            if not row["present"]:
                await self.app.schema_manager.apply_schema_async()
                log.info("queue.schema_created")

    @staticmethod
    async def _defer(send: Awaitable[int]) -> bool:
        try:
            await send
        except AlreadyEnqueued:
            return False  # one is already waiting: it will do this work too
        return True

    async def defer_poll(self, feed_id: str) -> bool:
        job = self._poll.configure(queueing_lock=f"poll:{feed_id}")
        return await self._defer(job.defer_async(feed_id=feed_id))

    async def defer_process(self) -> bool:
        job = self._process.configure(queueing_lock="process", lock=DECIDE_LOCK)
        return await self._defer(job.defer_async())

    async def defer_deliver(self, chat_id: str) -> bool:
        job = self._deliver.configure(queueing_lock=f"deliver:{chat_id}", lock=_chat_lock(chat_id))
        return await self._defer(job.defer_async(chat_id=chat_id))

    async def recover_stalled(self) -> int:
        """Requeue the running jobs of workers whose heartbeat stopped; how many."""
        manager = self.app.job_manager
        stalled = list(await manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_AFTER))
        for job in stalled:
            assert job.id is not None
            if job.queueing_lock:
                # a twin deferred meanwhile waits under the same queueing lock: the stalled
                # job runs again instead (its twin would do the same work)
                twins = await manager.list_jobs_async(
                    queueing_lock=job.queueing_lock, status="todo"
                )
                for twin in twins:
                    if twin.id is not None and twin.id != job.id:
                        await manager.cancel_job_by_id_async(twin.id)
            try:
                await manager.retry_job(job)
            except UniqueViolation:
                continue  # another twin arrived just now: the next round tries again
            log.warning(
                "job.recovered",
                extra={"job": job.id, "task": job.task_name, "worker": job.worker_id},
            )
        if stalled:
            await manager.prune_stalled_workers(STALLED_AFTER)
        return len(stalled)


@asynccontextmanager
async def _holding(locks: AdvisoryLocks, name: str) -> AsyncIterator[None]:
    """An advisory lock held across awaits, waited for without blocking the event loop."""
    while True:
        if locks.try_acquire(name):
            break
        await asyncio.sleep(0.05)
    try:
        yield
    finally:
        locks.release(name)


# ----------------------------------------------------------------------------- the worker


class WorkerRuntime:
    """What a worker's jobs work with: the pipeline's Context and the locks."""

    def __init__(
        self,
        ctx: Context,
        config: Config,
        jobs: Jobs,
        locks: AdvisoryLocks,
        rules: RuleSet,
        seeds: Knowledge,
    ) -> None:
        self.ctx = ctx
        self.config = config
        self.jobs = jobs
        self.locks = locks
        self.rules = rules
        self.seeds = seeds
        self.known: tuple[int, str] | None = None  # the first decisions read it afresh
        self._stamps = self._rule_files()
        # not the file's time now: a save between reading the config and this line would
        # never be seen; the first job reads the file again and finds what changed since
        self._feeds_seen = FeedsWatch(UNREAD)
        self._feeds_lock = asyncio.Lock()
        # session advisory locks are re-entrant: jobs of this process also take these
        self._decide = asyncio.Lock()
        self._chats: dict[str, asyncio.Lock] = {}

    def _rule_files(self) -> dict[str, float]:
        stamps: dict[str, float] = {}
        for folder in (self.config.rules_path, self.config.seeds_path):
            for path in sorted(Path(folder).glob("*.yaml")):
                with suppress(OSError):
                    stamps[str(path)] = path.stat().st_mtime
        return stamps

    async def _refresh(self) -> None:
        """Before deciding: the store's knowledge (other workers alert too) and any saved
        change to rules/ or seeds/ (an invalid one is rejected; the last good stays).
        Files are read and the judge built in a thread, off the event loop."""
        stamps = self._rule_files()
        reload = stamps != self._stamps
        if reload:
            self._stamps = stamps
            try:
                self.rules, self.seeds = await asyncio.to_thread(load_knowledge, self.config)
                log.info("rules.reloaded", extra={"rules": len(self.rules.rules)})
            except ConfigError as exc:
                log.error("rules.rejected", extra={"problems": str(exc)})
        known = self._learned()
        if reload or known != self.known:
            knowledge = knowledge_with_history(self.seeds, self.ctx.store)
            self.ctx.judge = await asyncio.to_thread(Judge.build, self.rules, knowledge)
            self.known = known

    async def _feeds(self) -> None:
        """Before a job: the feeds file read again when it was saved (an invalid one is
        logged and the last good feeds kept; the active scheduler tells the admins)."""
        async with self._feeds_lock:
            change = await read_feeds_file(self.config, self._feeds_seen)
            if isinstance(change, FeedsChange):
                self.config = change.config
                self.ctx.config = change.config

    def _learned(self) -> tuple[int, str]:
        """What changes when the store's learned history does: an alert recorded (by any
        worker) or retracted."""
        store = self.ctx.store
        return store.review_alert_count(), store.retraction_mark()

    def _done(self, started: float, report: CycleReport) -> None:
        self.ctx.metrics.cycle_done(time.monotonic() - started, report.pending, time.time())

    async def poll(self, feed_id: str) -> None:
        """Poll one feed (if it is due: a requeued job may find it polled already)."""
        await self._feeds()
        feed = next((f for f in self.config.feeds if f.id == feed_id), None)
        if feed is None:
            log.warning("job.unknown_feed", extra={"feed": feed_id})
            return
        started = time.monotonic()
        report = await poll_feeds(self.ctx, self.ctx.clock(), True, [feed])
        if report.new_items or self.ctx.store.pending_items(self.ctx.clock(), limit=1):
            await self.jobs.defer_process()
        self._done(started, report)

    async def process(self) -> None:
        """Fetch, extract and decide every pending item: one decider across all workers."""
        started = time.monotonic()
        report = CycleReport()
        log.info("job.processing", extra={"pid": os.getpid()})
        await self._feeds()  # the configured titles name the outlets
        if self.ctx.lease is None:
            self.ctx.lease = CycleLease(self.ctx.store, self.ctx.owner)
        # the database's cycle lease too, which `run` and `run --once` take for their cycles:
        # decisions depend on earlier ones, so one decider per database, whatever its mode
        async with (
            self._decide,
            _holding(self.locks, DECIDE_LOCK),
            self.ctx.lease.held() as mine,
        ):
            if not mine:  # the scheduler defers this job again while items are pending
                log.info("job.processed", extra={"articles": 0, "alerts": 0, "skipped": True})
                return
            await self._refresh()
            await process_items(self.ctx, self.ctx.clock(), True, report, refresh=False)
            # this worker's own alerts are learned already; a retraction meanwhile is not
            assert self.known is not None  # set by _refresh
            self.known = (self.ctx.store.review_alert_count(), self.known[1])
        for chat in dict.fromkeys(
            r.chat_id for r in self.ctx.store.pending_outbox(self.ctx.clock())
        ):
            await self.jobs.defer_deliver(chat)
        log.info(
            "job.processed",
            extra={"articles": report.articles, "alerts": report.alerts},
        )
        self._done(started, report)

    async def deliver(self, chat_id: str) -> None:
        """Send one chat's due rows in order; no other worker sends to it meanwhile."""
        started = time.monotonic()
        report = CycleReport()
        await self._reconnect()
        lock = self._chats.setdefault(chat_id, asyncio.Lock())
        async with lock, _holding(self.locks, _chat_lock(chat_id)):
            await deliver(self.ctx, report, chat_id=chat_id)
        self._done(started, report)

    async def _reconnect(self) -> None:
        ctx, token = self.ctx, self.config.token
        if ctx.telegram is not None or ctx.telegram_down is None or not token:
            return
        tg = Telegram(
            token,
            api_base_url=self.config.telegram.api_base_url,
            timeout=self.config.telegram.timeout,
        )
        try:
            ctx.telegram = await tg.__aenter__()
            ctx.telegram_down = None
        except DeliveryError as exc:
            ctx.telegram_down = telegram_down(exc)


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)


@asynccontextmanager
async def _serve_health(config: Config, store: Store, metrics: Metrics) -> AsyncIterator[None]:
    """/healthz and /metrics (unless `health.port` is null); a busy port is only logged."""
    if config.health.port is None:
        yield
        return
    server = HealthServer(config, store, metrics)
    try:
        await server.__aenter__()
    except OSError as exc:
        log.error("health.unavailable", extra={"port": config.health.port, "error": str(exc)})
        yield
        return
    try:
        yield
    finally:
        await server.__aexit__(None, None, None)


async def _alive(metrics: Metrics, store: Store, stop: asyncio.Event) -> None:
    """Liveness for /healthz between jobs: the database answers, so the process is fine."""
    while not stop.is_set():
        with suppress(StoreError):
            metrics.cycle_done(0.0, store.outbox_backlog(), time.time())
        with suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=10.0)


async def run_worker(config: Config, concurrency: int, stop: asyncio.Event | None = None) -> None:
    """`kuril-monitor worker`: run queued jobs, `concurrency` at a time, until SIGTERM."""
    stop = stop or asyncio.Event()
    _stop_on_signals(stop)
    locks = AdvisoryLocks(config.database)
    jobs = Jobs(config.database, pool_size=concurrency + 3)
    try:
        async with jobs.app.open_async():
            await jobs.ensure_schema(locks)
            rules, seeds = load_knowledge(config)
            async with (
                open_context(config) as ctx,
                _serve_health(config, ctx.store, ctx.metrics),
            ):
                ctx.stop = stop
                jobs.runtime = WorkerRuntime(ctx, config, jobs, locks, rules, seeds)
                alive = asyncio.create_task(_alive(ctx.metrics, ctx.store, stop))
                worker = asyncio.create_task(
                    jobs.app.run_worker_async(
                        name=f"worker-{os.getpid()}",
                        concurrency=concurrency,
                        wait=True,
                        install_signal_handlers=False,
                        update_heartbeat_interval=HEARTBEAT,
                        stalled_worker_timeout=STALLED_AFTER,
                        fetch_job_polling_interval=1.0,
                        shutdown_graceful_timeout=STOP_GRACE,
                    )
                )
                log.info(
                    "worker.started",
                    extra={"concurrency": concurrency, "database": redact(config.database)},
                )
                stopping = asyncio.create_task(stop.wait())
                await asyncio.wait({worker, stopping}, return_when=asyncio.FIRST_COMPLETED)
                stop.set()
                worker.cancel()
                with suppress(asyncio.CancelledError):
                    await worker
                await alive
                stopping.cancel()
    finally:
        locks.close()
    log.info("worker.stopped")


# ----------------------------------------------------------------------------- the scheduler


async def _wait(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep up to `seconds`; True when `stop` was set meanwhile."""
    with suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    return stop.is_set()


async def run_scheduler(config: Config, stop: asyncio.Event | None = None) -> int:
    """`kuril-monitor scheduler`: stand by until this process holds the leadership lock,
    then queue each feed's polls when due, until SIGTERM. 1 when leadership was lost."""
    stop = stop or asyncio.Event()
    _stop_on_signals(stop)
    locks = AdvisoryLocks(config.database)
    store = open_store(config)
    metrics = Metrics()
    try:
        async with _serve_health(config, store, metrics):
            log.info("scheduler.standby", extra={"database": redact(config.database)})
            while not locks.try_acquire(LEADER_LOCK):
                metrics.cycle_done(0.0, 0, time.time())  # a standby is healthy too
                if await _wait(stop, STANDBY_POLL):
                    return 0
            log.info("scheduler.active", extra={"pid": os.getpid()})
            return await _lead(config, store, locks, metrics, stop)
    finally:
        store.close()
        locks.close()


async def _lead(
    config: Config, store: Store, locks: AdvisoryLocks, metrics: Metrics, stop: asyncio.Event
) -> int:
    jobs = Jobs(config.database, pool_size=4)
    lost = False
    async with jobs.app.open_async():
        await jobs.ensure_schema(locks)

        def guarded(what: str, work: Callable[..., Awaitable[Any]]) -> Callable[..., Any]:
            async def run(*args: Any) -> None:
                if stop.is_set():
                    return
                try:
                    await work(*args)
                except (MonitorError, procrastinate.exceptions.ProcrastinateException) as exc:
                    log.error("scheduler.failed", extra={"work": what, "error": str(exc)})

            return run

        async def housekeeping() -> None:
            nonlocal lost
            if not locks.alive():  # the session, and with it the leadership, is gone
                log.error("scheduler.leadership_lost")
                lost = True
                stop.set()
                return
            await guarded("recover", jobs.recover_stalled)()
            await guarded("leftovers", leftovers)()
            with suppress(StoreError):
                metrics.cycle_done(0.0, store.outbox_backlog(), time.time())

        async def leftovers() -> None:
            """Work whose job was lost or is due again: pages to retry, rows to resend."""
            now = dt.datetime.now(dt.UTC)
            if store.pending_items(now, limit=1):
                await jobs.defer_process()
            if store.paused_since() is None:
                for chat in dict.fromkeys(r.chat_id for r in store.pending_outbox(now)):
                    await jobs.defer_deliver(chat)

        async def prune() -> None:
            await jobs.app.job_manager.delete_old_jobs(nb_hours=24)

        scheduler = AsyncIOScheduler(
            timezone=dt.UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

        def schedule(feed: FeedConfig, first: dt.datetime) -> None:
            interval = feed.interval or config.polling.interval
            scheduler.add_job(
                guarded("poll", jobs.defer_poll),
                IntervalTrigger(seconds=interval, jitter=config.polling.jitter * interval),
                args=[feed.id],
                id=f"feed:{feed.id}",
                replace_existing=True,
                next_run_time=first,
            )

        # the feeds file as it is now: a standby may take over long after it started
        feeds_seen = FeedsWatch(UNREAD)
        feeds = config
        change = await read_feeds_file(config, feeds_seen)
        if isinstance(change, FeedsChange):
            feeds = change.config
        elif change is not None:
            await _tell_admins(config, change)

        async def feeds_file() -> None:
            """The feeds file read again when saved: new feeds polled at once, dropped
            ones no more; an invalid edit told to the admins, the last good feeds kept."""
            nonlocal feeds
            change = await read_feeds_file(feeds, feeds_seen)
            if change is None:
                return
            if not isinstance(change, FeedsChange):
                await _tell_admins(feeds, change)
                return
            feeds = change.config
            for feed_id in change.removed:
                with suppress(JobLookupError):
                    scheduler.remove_job(f"feed:{feed_id}")
            for feed in change.added:
                schedule(feed, dt.datetime.now(dt.UTC))

        now = dt.datetime.now(dt.UTC)
        for n, feed in enumerate(feeds.feeds):
            interval = feed.interval or config.polling.interval
            spread = dt.timedelta(seconds=min(interval, 5.0) * n / max(1, len(feeds.feeds)))
            due = store.feed_state(feed.id, feed.url).next_poll_at
            # a takeover keeps each feed's pace: the next poll is when it is due
            schedule(feed, max(now + spread, due or now))
        scheduler.add_job(
            guarded("feeds", feeds_file),
            IntervalTrigger(seconds=min(5.0, config.polling.interval)),
            id="feeds",
        )
        scheduler.add_job(
            guarded("housekeeping", housekeeping),
            IntervalTrigger(seconds=HOUSEKEEPING),
            id="housekeeping",
            next_run_time=now,
        )
        scheduler.add_job(guarded("prune", prune), IntervalTrigger(hours=1), id="prune")
        scheduler.start()
        log.info("scheduler.started", extra={"feeds": len(feeds.feeds)})
        bot = asyncio.create_task(_lead_bot(config, stop))
        try:
            await stop.wait()
        finally:
            scheduler.shutdown(wait=False)
            # the bot stops once `stop` is set: no bot outlives the leadership; one still
            # starting (Telegram slow to answer) is cancelled after STOP_GRACE
            await asyncio.wait({bot}, timeout=STOP_GRACE)
            if not bot.done():
                bot.cancel()
                with suppress(asyncio.CancelledError):
                    await bot
            if not bot.cancelled():
                bot.result()  # a bug in the bot is raised, not swallowed
    log.info("scheduler.stopped")
    return 1 if lost else 0


async def _tell_admins(config: Config, rejected: ConfigError) -> None:
    """An invalid feeds file told to the admins, as `run` tells them, through a Telegram
    client of its own (the bot's Context may not be running)."""
    token = config.token
    if not token or not config.telegram.admin_ids:
        return
    try:
        async with Telegram(
            token, api_base_url=config.telegram.api_base_url, timeout=config.telegram.timeout
        ) as telegram:
            await tell_admins_rejected(telegram, config, rejected, what="Feeds file change")
    except DeliveryError as exc:
        log.warning("rules.rejected_not_sent", extra={"error": str(exc)})


async def _lead_bot(config: Config, stop: asyncio.Event) -> None:
    """The Telegram bot's private-chat commands, run by the active scheduler only, so that
    scaled mode answers each command in one place; a standby that takes over starts it.

    It is the daemon's bot (`app.start_bot`) on a Context of its own. A bot that cannot
    start (Telegram unreachable, the token refused, rules or seeds invalid) is logged as
    `bot.unavailable` and tried again every BOT_RETRY seconds; the scheduler leads on."""
    if not config.token:
        return
    while True:
        try:
            await _bot_term(config, stop)
        except (ConfigError, StoreError) as exc:
            log.error("bot.unavailable", extra={"error": str(exc)})
        if await _wait(stop, BOT_RETRY):
            return


async def _bot_term(config: Config, stop: asyncio.Event) -> None:
    """Run the bot until `stop`; return at once when it cannot start.

    The workers learn (alerts, retractions) and rule files change meanwhile: every
    BOT_REFRESH seconds the Context's judge is brought up to date, as the daemon's cycles
    do, so /facts and /rules show what the workers decide with. The Context also opens a
    fetcher and a Telegram client the bot does not use: the price of building it the one
    way `app` builds a Context."""
    async with open_context(config) as ctx:
        bot = await start_bot(ctx, config)
        if bot is None:
            return
        try:
            watch = RuleWatch()
            await reload_if_changed(ctx, config, watch)  # the first look records the files
            feeds_seen = FeedsWatch(UNREAD)  # /status lists the feeds the scheduler polls
            while not await _wait(stop, BOT_REFRESH):
                change = await read_feeds_file(ctx.config, feeds_seen, quiet=True)
                if isinstance(change, FeedsChange):
                    ctx.config = change.config
                with suppress(StoreError):  # the database is down: try again next round
                    refresh_knowledge(ctx)
                    await reload_if_changed(ctx, config, watch)
        finally:
            await bot.stop()


# ----------------------------------------------------------------------------- the shell


def command(config: Config, args: argparse.Namespace) -> int:
    """`kuril-monitor scheduler` and `kuril-monitor worker`."""
    if not is_postgres(config.database):
        print(
            f"kuril-monitor {args.command}: the scaled mode needs `database: postgresql://…` "
            f"(this config has {config.database.split(':', 1)[0]}); use `run` with SQLite",
            file=sys.stderr,
        )
        return 2
    # one line per job from procrastinate is too many; its warnings and errors stay
    logging.getLogger("procrastinate").setLevel(logging.WARNING)
    if args.command == "worker":
        if args.concurrency < 1:
            print("kuril-monitor worker: --concurrency must be at least 1", file=sys.stderr)
            return 2
        asyncio.run(run_worker(config, args.concurrency))
        return 0
    return asyncio.run(run_scheduler(config))
