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
Saved rules/ and seeds/ are reloaded by each worker before it decides; the active
scheduler watches them too and tells the admins of an invalid change, as `run` does. The
watchers, the Telegram link, health serving and signal handling are `runtime`'s, shared
with `run`.

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
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from typing import Any

import procrastinate
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from procrastinate.exceptions import AlreadyEnqueued, UniqueViolation

from monitor.app import open_context, open_store, start_bot
from monitor.claims import CycleLease, wall_clock
from monitor.config import Config, FeedConfig
from monitor.delivery import TelegramLink
from monitor.dialect import AdvisoryLocks, is_postgres, redact
from monitor.errors import ConfigError, DeliveryError, MonitorError, StoreError
from monitor.knowledge import Knowledge
from monitor.metrics import Metrics
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
from monitor.runtime import (
    STOP_GRACE,
    UNREAD,
    FeedsChange,
    FeedsWatch,
    RuleWatch,
    load_knowledge,
    log_reloaded,
    read_feeds_file,
    reconnect_telegram,
    reload_if_changed,
    rule_file_stamps,
    serve_health,
    stop_on_signals,
    tell_admins_rejected,
    wait_for_stop,
)
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
        # the rule files as `rules` and `seeds` were read from them
        self._rules = RuleWatch(stamps=rule_file_stamps(config))
        # not the file's time now: a save between reading the config and this line would
        # never be seen; the first job reads the file again and finds what changed since
        self._feeds_seen = FeedsWatch(UNREAD)
        self._feeds_lock = asyncio.Lock()
        # session advisory locks are re-entrant: jobs of this process also take these
        self._decide = asyncio.Lock()
        self._chats: dict[str, asyncio.Lock] = {}

    async def _refresh(self) -> None:
        """Before deciding: the store's knowledge (other workers alert too) and any saved
        change to rules/ or seeds/ (an invalid one is rejected; the last good stays).
        Files are read and the judge built in a thread, off the event loop."""
        loaded = await self._rules.look(self.config)
        reload = isinstance(loaded, tuple)  # None: not saved; a ConfigError: rejected
        if isinstance(loaded, tuple):
            self.rules, self.seeds = loaded
        known = self._learned()
        if reload or known != self.known:
            knowledge = knowledge_with_history(self.seeds, self.ctx.store)
            self.ctx.judge = await asyncio.to_thread(Judge.build, self.rules, knowledge)
            self.known = known
            if reload:
                log_reloaded(self.rules)

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
        await reconnect_telegram(self.ctx)
        lock = self._chats.setdefault(chat_id, asyncio.Lock())
        async with lock, _holding(self.locks, _chat_lock(chat_id)):
            await deliver(self.ctx, report, chat_id=chat_id)
        self._done(started, report)


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
    stop_on_signals(stop)
    locks = AdvisoryLocks(config.database)
    jobs = Jobs(config.database, pool_size=concurrency + 3)
    try:
        async with jobs.app.open_async():
            await jobs.ensure_schema(locks)
            rules, seeds = load_knowledge(config)
            async with (
                open_context(config) as ctx,
                serve_health(config, ctx.store, ctx.metrics),
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


async def run_scheduler(config: Config, stop: asyncio.Event | None = None) -> int:
    """`kuril-monitor scheduler`: stand by until this process holds the leadership lock,
    then queue each feed's polls when due, until SIGTERM. 1 when leadership was lost."""
    stop = stop or asyncio.Event()
    stop_on_signals(stop)
    locks = AdvisoryLocks(config.database)
    store = open_store(config)
    metrics = Metrics()
    try:
        async with serve_health(config, store, metrics):
            log.info("scheduler.standby", extra={"database": redact(config.database)})
            while not locks.try_acquire(LEADER_LOCK):
                metrics.cycle_done(0.0, 0, time.time())  # a standby is healthy too
                if await wait_for_stop(stop, STANDBY_POLL):
                    return 0
            log.info("scheduler.active", extra={"pid": os.getpid()})
            return await _lead(config, store, locks, metrics, stop)
    finally:
        store.close()
        locks.close()


class Leader:
    """The active scheduler's jobs, on one APScheduler: each feed's polls deferred when
    due, the feeds file and the rule files read again when saved (an invalid change told
    to the admins), housekeeping (leadership, stalled jobs, leftovers) and pruning."""

    def __init__(
        self,
        config: Config,
        store: Store,
        locks: AdvisoryLocks,
        metrics: Metrics,
        jobs: Jobs,
        stop: asyncio.Event,
        clock: Callable[[], dt.datetime] = wall_clock,
    ) -> None:
        self.config = config  # with the feeds file as last read
        self.store = store
        self.locks = locks
        self.metrics = metrics
        self.jobs = jobs
        self.stop_event = stop
        self.clock = clock
        self.lost = False  # the leadership lock's session died
        self.feeds_seen = FeedsWatch(UNREAD)
        self.rules = RuleWatch()
        self.scheduler = AsyncIOScheduler(
            timezone=dt.UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    async def start(self) -> None:
        """Read the feeds file as it is now (a standby may take over long after it started),
        record the rule files, schedule every job and start the scheduler."""
        change = await read_feeds_file(self.config, self.feeds_seen)
        if isinstance(change, FeedsChange):
            self.config = change.config
        elif change is not None:
            await _tell_admins(self.config, change, what="Feeds file change")
        await self.rules.look(self.config)  # the first look records the files
        now = self.clock()
        feeds = self.config.feeds
        for n, feed in enumerate(feeds):
            interval = feed.interval or self.config.polling.interval
            spread = dt.timedelta(seconds=min(interval, 5.0) * n / max(1, len(feeds)))
            due = self.store.feed_state(feed.id, feed.url).next_poll_at
            # a takeover keeps each feed's pace: the next poll is when it is due
            self._schedule(feed, max(now + spread, due or now))
        often = IntervalTrigger(seconds=min(5.0, self.config.polling.interval))
        add = self.scheduler.add_job
        add(self._guarded("feeds", self.feeds_file), often, id="feeds")
        add(self._guarded("rules", self.rule_files), often, id="rules")
        housekeeping = self._guarded("housekeeping", self.housekeeping)
        add(
            housekeeping,
            IntervalTrigger(seconds=HOUSEKEEPING),
            id="housekeeping",
            next_run_time=now,
        )
        add(self._guarded("prune", self.prune), IntervalTrigger(hours=1), id="prune")
        self.scheduler.start()
        log.info("scheduler.started", extra={"feeds": len(feeds)})

    def stop(self) -> None:
        """No more jobs deferred."""
        self.scheduler.shutdown(wait=False)

    def _guarded(self, what: str, work: Callable[..., Awaitable[Any]]) -> Callable[..., Any]:
        """`work` as a job: nothing once stopping, and an expected failure logged."""

        async def run(*args: Any) -> None:
            if self.stop_event.is_set():
                return
            try:
                await work(*args)
            except (MonitorError, procrastinate.exceptions.ProcrastinateException) as exc:
                log.error("scheduler.failed", extra={"work": what, "error": str(exc)})

        return run

    def _schedule(self, feed: FeedConfig, first: dt.datetime) -> None:
        interval = feed.interval or self.config.polling.interval
        self.scheduler.add_job(
            self._guarded("poll", self.jobs.defer_poll),
            IntervalTrigger(seconds=interval, jitter=self.config.polling.jitter * interval),
            args=[feed.id],
            id=f"feed:{feed.id}",
            replace_existing=True,
            next_run_time=first,
        )

    async def housekeeping(self) -> None:
        """Leadership still held, stalled jobs requeued, leftover work deferred."""
        if not self.locks.alive():  # the session, and with it the leadership, is gone
            log.error("scheduler.leadership_lost")
            self.lost = True
            self.stop_event.set()
            return
        await self._guarded("recover", self.jobs.recover_stalled)()
        await self._guarded("leftovers", self.leftovers)()
        with suppress(StoreError):
            self.metrics.cycle_done(0.0, self.store.outbox_backlog(), time.time())

    async def leftovers(self) -> None:
        """Work whose job was lost or is due again: pages to retry, rows to resend."""
        now = self.clock()
        if self.store.pending_items(now, limit=1):
            await self.jobs.defer_process()
        if self.store.paused_since() is None:
            for chat in dict.fromkeys(r.chat_id for r in self.store.pending_outbox(now)):
                await self.jobs.defer_deliver(chat)

    async def prune(self) -> None:
        """procrastinate's finished jobs older than a day."""
        await self.jobs.app.job_manager.delete_old_jobs(nb_hours=24)

    async def feeds_file(self) -> None:
        """The feeds file read again when saved: new feeds polled at once, dropped
        ones no more; an invalid edit told to the admins, the last good feeds kept."""
        change = await read_feeds_file(self.config, self.feeds_seen)
        if change is None:
            return
        if not isinstance(change, FeedsChange):
            await _tell_admins(self.config, change, what="Feeds file change")
            return
        self.config = change.config
        for feed_id in change.removed:
            with suppress(JobLookupError):
                self.scheduler.remove_job(f"feed:{feed_id}")
        for feed in change.added:
            self._schedule(feed, self.clock())

    async def rule_files(self) -> None:
        """rules/ and seeds/ read again when saved: an invalid change told to the admins,
        as `run` tells them (the workers keep deciding with the last good rules)."""
        loaded = await self.rules.look(self.config)
        if isinstance(loaded, ConfigError):
            await _tell_admins(self.config, loaded, what="Rules change")


async def _lead(
    config: Config, store: Store, locks: AdvisoryLocks, metrics: Metrics, stop: asyncio.Event
) -> int:
    jobs = Jobs(config.database, pool_size=4)
    async with jobs.app.open_async():
        await jobs.ensure_schema(locks)
        leader = Leader(config, store, locks, metrics, jobs, stop)
        await leader.start()
        bot = asyncio.create_task(_lead_bot(config, stop))
        try:
            await stop.wait()
        finally:
            leader.stop()
            await _stop_bot(bot)
    log.info("scheduler.stopped")
    return 1 if leader.lost else 0


async def _stop_bot(bot: asyncio.Task[None]) -> None:
    """The bot stops once `stop` is set: no bot outlives the leadership; one still
    starting (Telegram slow to answer) is cancelled after STOP_GRACE."""
    await asyncio.wait({bot}, timeout=STOP_GRACE)
    if not bot.done():
        bot.cancel()
        with suppress(asyncio.CancelledError):
            await bot
    if not bot.cancelled():
        bot.result()  # a bug in the bot is raised, not swallowed


async def _tell_admins(config: Config, rejected: ConfigError, what: str) -> None:
    """An invalid rules or feeds file change told to the admins, as `run` tells them,
    through a Telegram link of its own (the bot's Context may not be running)."""
    token = config.token
    if not token or not config.telegram.admin_ids:
        return
    link = TelegramLink(
        token, api_base_url=config.telegram.api_base_url, timeout=config.telegram.timeout
    )
    try:
        async with link:
            telegram = await link.connect()
            if telegram is None:
                log.warning("rules.rejected_not_sent", extra={"error": link.down})
                return
            await tell_admins_rejected(telegram, config, rejected, what=what)
    except DeliveryError as exc:  # closing the client failed: nothing is left to tell
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
        if await wait_for_stop(stop, BOT_RETRY):
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
            # quiet: the leader's own watch logs a rejected change and tells the admins
            watch = RuleWatch(quiet=True)
            await reload_if_changed(ctx, config, watch)  # the first look records the files
            feeds_seen = FeedsWatch(UNREAD)  # /status lists the feeds the scheduler polls
            while not await wait_for_stop(stop, BOT_REFRESH):
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
