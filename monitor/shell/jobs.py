"""The scaled mode's task queue: one procrastinate App with its three tasks (poll_feed,
process_pending, deliver_chat), how each is deferred under its queueing lock, the stalled
jobs of dead workers requeued, and the advisory-lock names the processes share.

It runs no job itself (a worker's runtime, in monitor.shell.scaled, does), schedules nothing (the
leader does), holds no SQL beyond procrastinate's own schema check, and decides nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

import procrastinate
from procrastinate.exceptions import AlreadyEnqueued, UniqueViolation

from monitor.edges.dialect import AdvisoryLocks

if TYPE_CHECKING:
    from monitor.shell.scaled import WorkerRuntime
log = logging.getLogger("monitor.shell.scaled")

HEARTBEAT = 2.0  # seconds between a worker's heartbeats
STALLED_AFTER = 15.0  # a worker silent this long is gone: its running jobs are run again
DECIDE_LOCK = "decide"
SCHEMA_LOCK = "procrastinate-schema"


def chat_lock(chat: str) -> str:
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
        async with holding(locks, SCHEMA_LOCK):
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
        job = self._deliver.configure(queueing_lock=f"deliver:{chat_id}", lock=chat_lock(chat_id))
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
async def holding(locks: AdvisoryLocks, name: str) -> AsyncIterator[None]:
    """An advisory lock held across awaits, waited for without blocking the event loop."""
    while True:
        if locks.try_acquire(name):
            break
        await asyncio.sleep(0.05)
    try:
        yield
    finally:
        locks.release(name)
