"""What one cycle works with (`Context`) and what it did (`CycleReport`, `CycleTally`).

Shared by the pipeline's stages (`pipeline`, `outbox`) and the shell that builds a Context
(`app`, `runtime`, `scaled`, `bot`). This module holds data only: it does no I/O and
decides nothing.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from monitor.core.knowledge import Knowledge
from monitor.core.novelty import Judge
from monitor.edges.claims import CycleLease, new_owner
from monitor.edges.delivery import Telegram, TelegramLink
from monitor.edges.feeds import Fetcher, Offload
from monitor.edges.gnews import GoogleNews
from monitor.edges.pacing import RateBudget
from monitor.edges.store import Store
from monitor.files.config import Config
from monitor.stages.metrics import Metrics


@dataclass
class CycleTally:
    """What the cycles since the last `cycle.summary` did, added up."""

    since: dt.datetime | None = None
    cycles: int = 0
    quiet: int = 0  # cycles that polled, read and sent nothing
    feeds_polled: int = 0
    feed_errors: int = 0
    new_items: int = 0
    articles: int = 0
    alerts: int = 0
    sent: int = 0


@dataclass
class Context:
    """What one cycle works with; built and owned by `app`."""

    config: Config
    store: Store
    fetcher: Fetcher
    judge: Judge
    # runs parsing and extraction off the loop: the worker pool (bounded in time) in `app`
    work: Offload = asyncio.to_thread
    telegram: Telegram | None = None  # the link's client while Telegram is up
    link: TelegramLink | None = None  # owns the client and its reconnects (None: no token)
    google: GoogleNews | None = None  # resolves Google News links to the publisher's URL
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
    budget: RateBudget = field(default_factory=RateBudget)
    printed_hint: bool = False
    told: set[tuple[str, str]] = field(default_factory=set)  # (failure kind, chat) explained
    telegram_down: str | None = None  # why delivery is skipped this cycle (rows stay pending)
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    work_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # held while deciding
    send_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # held while delivering
    in_flight: set[tuple[str, str]] = field(default_factory=set)  # items a cycle works on
    metrics: Metrics = field(default_factory=Metrics)
    seeds: Knowledge | None = None  # what the judge's knowledge is rebuilt from
    retractions_seen: str | None = None  # the store's retraction mark the judge reflects
    tally: CycleTally = field(default_factory=CycleTally)  # for the periodic cycle.summary
    alerts_seen: int | None = None  # alerts in the store (any process's) the judge reflects
    owner: str = field(default_factory=new_owner)  # this process in leases and claims
    lease: CycleLease | None = None  # the database's cycle lease (made on first use)
    # outcomes of posts the database could not record when they happened (a full disk),
    # written before anything else is sent: row id → the write to retry
    unrecorded: dict[int, Callable[[], None]] = field(default_factory=dict)


@dataclass
class CycleReport:
    """What one cycle did, for logs, metrics and tests."""

    feeds_polled: int = 0
    feed_errors: int = 0
    new_items: int = 0
    articles: int = 0
    decisions: dict[str, int] = field(default_factory=dict)
    alerts: int = 0
    sent: int = 0
    pending: int = 0
    seconds: float = 0.0
    skipped: bool = False  # another process held the database's cycle lease
