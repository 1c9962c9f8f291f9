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

This module is the worker and the commands; the queue is monitor.shell.jobs's, the scheduler
monitor.shell.leader's.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from contextlib import suppress

from monitor.core.knowledge import Knowledge
from monitor.core.novelty import Judge
from monitor.core.rules import RuleSet
from monitor.edges.claims import CycleLease
from monitor.edges.dialect import AdvisoryLocks, is_postgres, redact
from monitor.edges.store import Store
from monitor.errors import StoreError
from monitor.files.config import Config
from monitor.shell.app import open_context
from monitor.shell.jobs import (
    DECIDE_LOCK,
    HEARTBEAT,
    STALLED_AFTER,
    Jobs,
    chat_lock,
    holding,
)
from monitor.shell.leader import run_scheduler
from monitor.shell.runtime import (
    STOP_GRACE,
    UNREAD,
    FeedsChange,
    FeedsWatch,
    RuleWatch,
    load_knowledge,
    log_reloaded,
    read_feeds_file,
    reconnect_telegram,
    rule_file_stamps,
    serve_health,
    stop_on_signals,
)
from monitor.stages.metrics import Metrics
from monitor.stages.pipeline import (
    Context,
    CycleReport,
    deliver,
    knowledge_with_history,
    process_items,
)
from monitor.stages.polling import poll_feeds

log = logging.getLogger("monitor.shell.scaled")


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
            holding(self.locks, DECIDE_LOCK),
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
        async with lock, holding(self.locks, chat_lock(chat_id)):
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
