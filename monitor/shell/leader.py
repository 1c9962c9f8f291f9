"""The scaled mode's scheduler: standing by for the leadership lock, then, as the active
scheduler, deferring each feed's polls when due, reading the feeds file and rule files again
when saved (an invalid change told to the admins), housekeeping (leadership, stalled jobs,
leftovers), pruning, and the Telegram bot's commands.

It runs no job (the workers, in monitor.shell.scaled, do), holds no SQL (`store` and `dialect`
do) and decides nothing (the pipeline does). Only the process holding the leadership lock
schedules or answers the bot.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Any

import procrastinate
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.edges.claims import wall_clock
from monitor.edges.delivery import TelegramLink
from monitor.edges.dialect import AdvisoryLocks, redact
from monitor.edges.store import Store
from monitor.errors import ConfigError, DeliveryError, MonitorError, StoreError
from monitor.files.config import Config, FeedConfig
from monitor.shell.app import open_context, open_store, start_bot
from monitor.shell.jobs import (
    Jobs,
)
from monitor.shell.runtime import (
    STOP_GRACE,
    UNREAD,
    FeedsChange,
    FeedsWatch,
    RuleWatch,
    read_feeds_file,
    reload_if_changed,
    serve_health,
    stop_on_signals,
    tell_admins_rejected,
    wait_for_stop,
)
from monitor.stages.metrics import Metrics
from monitor.stages.pipeline import (
    refresh_knowledge,
)

log = logging.getLogger("monitor.shell.scaled")

HOUSEKEEPING = 2.0  # the active scheduler's round: leadership, stalled jobs, leftovers
STANDBY_POLL = 1.0  # a standby scheduler asks for the leadership lock this often
BOT_REFRESH = 2.0  # the leader's bot rereads what the workers learned this often
BOT_RETRY = 60.0  # a bot that could not start (Telegram unreachable, bad rules) tries again
LEADER_LOCK = "scheduler"


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
