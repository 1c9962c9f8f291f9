"""The composition root: builds the real clients, in order, and closes them in reverse.

Only this module constructs the store, the fetcher, the executor and the Telegram client.
`run_once` and `run_daemon` are what the CLI calls; both drive `pipeline.run_cycle`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import signal
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from pathlib import Path

from monitor.config import Config
from monitor.delivery import Telegram
from monitor.errors import ConfigError, DeliveryError, StoreError
from monitor.feeds import Fetcher, FetchLimits
from monitor.knowledge import Knowledge, load_seeds
from monitor.novelty import Judge
from monitor.pipeline import Context, CycleReport, knowledge_with_history, run_cycle
from monitor.rules import RuleSet, load_rules
from monitor.store import Store

log = logging.getLogger("monitor.app")


def load_knowledge(config: Config) -> tuple[RuleSet, Knowledge]:
    """Rules and seeds, validated together; raises ConfigError listing every problem."""
    problems = []
    rules: RuleSet | None = None
    try:
        rules = load_rules(config.rules_path)
    except ConfigError as exc:
        problems.extend(exc.problems)
    try:
        seeds = load_seeds(config.seeds_path, frozenset(rules.entities) if rules else None)
    except ConfigError as exc:
        problems.extend(exc.problems)
    if problems or rules is None:
        raise ConfigError(problems)
    return rules, seeds


def open_store(config: Config, readonly: bool = False) -> Store:
    path = config.sqlite_path
    if path is None:
        raise ConfigError([])  # PostgreSQL is served by the scaled mode
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
    """Every resource of a running monitor, opened in order and closed in reverse."""
    rules, seeds = load_knowledge(config)
    async with AsyncExitStack() as stack:
        store = open_store(config)
        stack.callback(store.close)
        executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="extract")
        stack.callback(executor.shutdown, wait=True, cancel_futures=True)
        fetcher = await stack.enter_async_context(Fetcher(fetch_limits(config)))
        judge = Judge.build(rules, knowledge_with_history(seeds, store))
        ctx = Context(config=config, store=store, fetcher=fetcher, judge=judge, executor=executor)
        token = config.token
        if token and config.telegram.chat_ids:
            try:
                ctx.telegram = await stack.enter_async_context(
                    Telegram(
                        token,
                        api_base_url=config.telegram.api_base_url,
                        timeout=config.telegram.timeout,
                    )
                )
            except DeliveryError as exc:
                ctx.telegram_down = f"Telegram unavailable: {exc}"
                log.warning("telegram.unavailable", extra={"error": str(exc)})
        yield ctx


async def run_once(config: Config) -> CycleReport:
    """`kuril-monitor run --once`: one full cycle over every feed, then exit."""
    async with open_context(config) as ctx:
        return await run_cycle(ctx, due_only=False)


def _reload_if_changed(ctx: Context, config: Config, stamps: dict[str, float]) -> None:
    """Live reload: a saved change to rules/ or seeds/ takes effect at the next cycle."""
    current: dict[str, float] = {}
    for folder in (config.rules_path, config.seeds_path):
        for path in sorted(Path(folder).glob("*.yaml")):
            with suppress(OSError):
                current[str(path)] = path.stat().st_mtime
    if current == stamps:
        return
    first = not stamps
    stamps.clear()
    stamps.update(current)
    if first:
        return
    try:
        rules, seeds = load_knowledge(config)
    except ConfigError as exc:
        log.error("rules.rejected", extra={"problems": str(exc)})
        return
    ctx.judge = Judge.build(rules, knowledge_with_history(seeds, ctx.store))
    log.info("rules.reloaded", extra={"rules": len(rules.rules), "concepts": len(rules.concepts)})


async def run_daemon(config: Config, stop: asyncio.Event | None = None) -> None:
    """`kuril-monitor run`: poll each feed on its interval (with jitter) until SIGTERM/SIGINT."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    interval = config.polling.interval
    stamps: dict[str, float] = {}
    async with open_context(config) as ctx:
        ctx.stop = stop
        _reload_if_changed(ctx, config, stamps)
        log.info(
            "monitor.started",
            extra={
                "feeds": len(config.feeds),
                "interval": interval,
                "telegram": ctx.telegram is not None,
            },
        )
        while not stop.is_set():
            try:
                _reload_if_changed(ctx, config, stamps)
                await run_cycle(ctx, due_only=True)
            except StoreError as exc:
                log.error("cycle.store_failed", extra={"error": str(exc)})
            if ctx.telegram is None and ctx.telegram_down and config.token:
                ctx.telegram_down = await _reconnect(ctx, config)
            wait = _next_wake(ctx, config)
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
    log.info("monitor.stopped")


async def _reconnect(ctx: Context, config: Config) -> str | None:
    token = config.token
    assert token is not None
    tg = Telegram(token, api_base_url=config.telegram.api_base_url, timeout=config.telegram.timeout)
    try:
        ctx.telegram = await tg.__aenter__()
    except DeliveryError as exc:
        return f"Telegram unavailable: {exc}"
    return None


def _next_wake(ctx: Context, config: Config) -> float:
    """Seconds until the next feed is due, with jitter; short when work is pending."""
    now = dt.datetime.now(dt.UTC)
    nexts = []
    for feed in config.feeds:
        state = ctx.store.feed_state(feed.id, feed.url)
        nexts.append((state.next_poll_at - now).total_seconds() if state.next_poll_at else 0.0)
    wait = max(0.05, min(nexts, default=config.polling.interval))
    if ctx.store.outbox_backlog():
        wait = min(wait, 5.0)
    jitter = config.polling.jitter * min(wait, config.polling.interval)
    return wait + random.uniform(0, jitter)
