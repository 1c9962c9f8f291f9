"""Work shared by processes on one database: who this process is, whether another
process is gone, and the cycle lease.

Two monitors may share a database (a `run --once` from cron beside `run`, two cron runs
overlapping). What keeps them from doing the same work twice lives in the database, not
in a process: the cycle lease — one poll/decide/deliver cycle at a time per database — and
a claim on each outbox row (`Store.outbox_claim`). Both carry an owner and an expiry; a
holder renews its lease while it works, and one that dies is replaced once its lease runs
out, or at once when it ran on this machine and its process is gone.

Leases and claims are compared across processes, so they use the wall clock (UTC), never
the pipeline's injected clock. This module holds no SQL (the store does).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator

from monitor.edges.store import Store
from monitor.errors import StoreError

log = logging.getLogger("monitor.edges.claims")

CYCLE_LEASE = "cycle"
LEASE_SECONDS = 30.0  # a dead holder's cycle lease runs out after this long
RENEW_EVERY = LEASE_SECONDS / 3


def wall_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_owner() -> str:
    """This process's name in leases and claims: host, pid and a random part (a pid can
    be reused by a later process)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def gone(owner: str | None) -> bool:
    """Whether `owner` was a process of this machine that no longer runs."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():  # this process (or one whose pid it reuses): not known gone
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, someone else's
        return False
    return False


class CycleLease:
    """The database's cycle lease, held by this process while any of its cycles runs.

    `async with lease.held() as mine:` — `mine` is False when another process holds it
    (the cycle is skipped, with one `cycle.skipped` line per run of skips). The daemon's
    cycles overlap (one per feed): the lease is taken by the first, renewed in the
    background, and given back when the last one ends.
    """

    def __init__(self, store: Store, owner: str, seconds: float = LEASE_SECONDS) -> None:
        self.store = store
        self.owner = owner
        self.seconds = seconds
        self._users = 0
        self._renewer: asyncio.Task[None] | None = None
        self._skipping: str | None = None  # the holder while this process is skipping

    def _take(self) -> bool:
        now = wall_clock()
        holder = self.store.lease_holder(CYCLE_LEASE)
        stale = holder[0] if holder is not None and gone(holder[0]) else None
        until = now + dt.timedelta(seconds=self.seconds)
        if self.store.take_lease(CYCLE_LEASE, self.owner, now, until, stale):
            if stale is not None:
                log.info("cycle.lease_taken_over", extra={"from": stale, "reason": "gone"})
            return True
        holder = self.store.lease_holder(CYCLE_LEASE)
        who = holder[0] if holder else "?"
        if self._skipping != who:
            log.info(
                "cycle.skipped",
                extra={
                    "reason": "another process holds the database's cycle lease",
                    "holder": who,
                    "until": holder[1].isoformat(timespec="seconds") if holder else "?",
                },
            )
        self._skipping = who
        return False

    async def _renew(self) -> None:
        while True:
            await asyncio.sleep(RENEW_EVERY * self.seconds / LEASE_SECONDS)
            try:
                now = wall_clock()
                until = now + dt.timedelta(seconds=self.seconds)
                if not self.store.take_lease(CYCLE_LEASE, self.owner, now, until):
                    log.error("cycle.lease_lost", extra={"owner": self.owner})
            except StoreError as exc:  # the next renewal tries again; the lease may run out
                log.warning("cycle.lease_not_renewed", extra={"error": str(exc)})

    @contextlib.asynccontextmanager
    async def held(self) -> AsyncIterator[bool]:
        if self._users == 0:
            if not self._take():
                yield False
                return
            self._skipping = None
            self._renewer = asyncio.create_task(self._renew())
        self._users += 1
        try:
            yield True
        finally:
            self._users -= 1
            if self._users == 0:
                await self._give_back()

    async def _give_back(self) -> None:
        renewer, self._renewer = self._renewer, None
        if renewer is not None:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer
        if self._users:  # a cycle began meanwhile and holds the lease again
            return
        try:
            self.store.drop_lease(CYCLE_LEASE, self.owner)
        except StoreError as exc:  # it runs out on its own
            log.warning("cycle.lease_not_released", extra={"error": str(exc)})
