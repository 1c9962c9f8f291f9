"""What the long-running modes share: `run` (`app.Daemon`) and scaled mode (`scaled`).

    load_knowledge        rules and seeds, read and validated together
    RuleWatch             rules/ and seeds/ watched for saves: a change is loaded off the
                          event loop; an invalid one is rejected (`rules.rejected`) and the
                          last good rules stay active
    reload_if_changed     the same, applied to a running Context (its judge rebuilt)
    read_feeds_file       the feeds file read again when saved
    tell_admins_rejected  a rejected rules or feeds file change told to the admins' chats
    reconnect_telegram    the Context's Telegram link tried again after Telegram was down
    serve_health          /healthz and /metrics while the process runs
    stop_on_signals       SIGTERM and SIGINT set the process's stop event
    finish                jobs in progress get STOP_GRACE seconds at stop, then are cancelled

This module decides nothing (the pipeline does), holds no SQL (the store does) and builds
no clients beyond those of a `TelegramLink` (`app` builds the rest).
"""

from __future__ import annotations

import asyncio
import html
import logging
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from monitor.core.knowledge import Knowledge
from monitor.core.novelty import Judge
from monitor.core.reading import CONCEPTS_READ
from monitor.core.rules import RuleSet, probed_linear, trust_linear
from monitor.edges.delivery import Telegram
from monitor.edges.store import Store
from monitor.errors import ConfigError, DeliveryError
from monitor.files import probememo
from monitor.files.config import Config, FeedConfig, with_feed_file
from monitor.files.rulefiles import load_rules
from monitor.files.seedfiles import load_seeds
from monitor.shell.health import HealthServer
from monitor.stages.metrics import Metrics
from monitor.stages.pipeline import Context, knowledge_with_history

log = logging.getLogger("monitor.shell.runtime")

# On SIGTERM a cycle in progress gets this long to finish, then it is cancelled: safe, as no
# transaction spans an await (an item is pending or done, never between).
STOP_GRACE = 5.0


def load_knowledge(config: Config) -> tuple[RuleSet, Knowledge]:
    """Rules and seeds, validated together; raises ConfigError listing every problem.

    The patterns found linear by an earlier load are not probed again (`probememo`)."""
    memo = config.sqlite_path.parent / probememo.NAME if config.sqlite_path else None
    kept = probememo.read_memo(memo) if memo is not None else frozenset()
    trust_linear(kept)
    rules, seeds = _load_knowledge(config)
    # what this process loaded: a pattern since edited away is not carried on
    if memo is not None and probed_linear() != kept:
        probememo.write_memo(memo, probed_linear())
    return rules, seeds


def _load_knowledge(config: Config) -> tuple[RuleSet, Knowledge]:
    problems = []
    rules: RuleSet | None = None
    try:
        feed_ids = frozenset(f.id for f in config.feeds)
        rules = load_rules(config.rules_path, feed_ids, CONCEPTS_READ)
    except ConfigError as exc:
        problems.extend(exc.problems)
    try:
        seeds = load_seeds(
            config.seeds_path,
            frozenset(rules.entities) if rules else None,
            rules.event_kinds if rules else None,
        )
    except ConfigError as exc:
        problems.extend(exc.problems)
    if problems or rules is None:
        raise ConfigError(problems)
    return rules, seeds


# ----------------------------------------------------------------------------- rules and seeds


def rule_file_stamps(config: Config) -> dict[str, float]:
    """The modification time of every rules/ and seeds/ YAML file."""
    current: dict[str, float] = {}
    for folder in (config.rules_path, config.seeds_path):
        for path in sorted(Path(folder).glob("*.yaml")):
            with suppress(OSError):
                current[str(path)] = path.stat().st_mtime
    return current


@dataclass
class RuleWatch:
    """What live reload has seen of rules/ and seeds/; one reload at a time.

    The first look only records the files. `quiet` logs no `rules.rejected`: a second
    watch in a process whose first one logs (and tells) it already.
    """

    stamps: dict[str, float] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    quiet: bool = False

    async def look(self, config: Config) -> tuple[RuleSet, Knowledge] | ConfigError | None:
        """Rules and seeds read again when a file was saved since the last look; the
        ConfigError of an invalid change; None when nothing was saved."""
        async with self.lock:
            return await self._load(config) if self._saved(config) else None

    def _saved(self, config: Config) -> bool:
        """Whether a file was saved since the last look (the first look only records)."""
        current = rule_file_stamps(config)
        if current == self.stamps:
            return False
        first = not self.stamps
        self.stamps = current
        return not first

    async def _load(self, config: Config) -> tuple[RuleSet, Knowledge] | ConfigError:
        try:
            return await asyncio.to_thread(load_knowledge, config)
        except ConfigError as exc:
            if not self.quiet:
                log.error(
                    "rules.rejected",
                    extra={
                        "count": len(exc.problems),
                        "problems": str(exc),
                        "kept": "last good rules",
                    },
                )
            return exc


def log_reloaded(rules: RuleSet) -> None:
    """`rules.reloaded`, once the new rules are the ones decided with."""
    log.info("rules.reloaded", extra={"rules": len(rules.rules), "concepts": len(rules.concepts)})


async def reload_if_changed(ctx: Context, config: Config, watch: RuleWatch) -> ConfigError | None:
    """Live reload: a saved change to rules/ or seeds/ takes effect at the next cycle.

    An invalid change is rejected (and returned, so the caller tells the admins) and the
    last good rules stay active. Loading and building happen off the event loop.
    """
    async with watch.lock:
        if not watch._saved(config):
            return None
        retractions = ctx.store.retraction_mark()
        alerts = ctx.store.alert_count()
        loaded = await watch._load(config)
        if isinstance(loaded, ConfigError):
            return loaded
        rules, seeds = loaded
        # the store is read here, on the loop (its connection belongs to this thread)
        knowledge = knowledge_with_history(seeds, ctx.store)
        judge = await asyncio.to_thread(Judge.build, rules, knowledge)
        ctx.retractions_seen = retractions
        ctx.alerts_seen = alerts
        ctx.judge = judge
        ctx.seeds = seeds
        log_reloaded(judge.rules)
        return None


# ----------------------------------------------------------------------------- the feeds file


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


# ----------------------------------------------------------------------------- Telegram


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


async def reconnect_telegram(ctx: Context) -> None:
    """After Telegram was down, its link connects again (the client it opens is closed with
    the link); `ctx.telegram_down` says why when it is still down."""
    if ctx.link is None or ctx.telegram is not None or ctx.telegram_down is None:
        return
    ctx.telegram = await ctx.link.connect()
    ctx.telegram_down = ctx.link.down


# ----------------------------------------------------------------------------- the process


@asynccontextmanager
async def serve_health(
    config: Config,
    store: Store,
    metrics: Metrics,
    telegram_down: Callable[[], str | None] = lambda: None,
) -> AsyncIterator[HealthServer | None]:
    """/healthz and /metrics while the process runs (unless `health.port` is null).

    A port that cannot be bound is logged; the process keeps working without the endpoint.
    """
    if config.health.port is None:
        yield None
        return
    server = HealthServer(config, store, metrics, telegram_down=telegram_down)
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


def stop_on_signals(stop: asyncio.Event) -> None:
    """SIGTERM and SIGINT set `stop` (where the loop can handle signals)."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)


async def finish(running: set[asyncio.Task[object]]) -> None:
    """Give jobs in progress STOP_GRACE seconds, then cancel what is left and wait for it."""
    tasks = {t for t in running if not t.done()}
    if not tasks:
        return
    _, late = await asyncio.wait(tasks, timeout=STOP_GRACE)
    for task in late:
        task.cancel()
    if late:
        await asyncio.wait(late, timeout=2.0)
        log.info("monitor.cycle_cancelled", extra={"cycles": len(late)})


async def wait_for_stop(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep up to `seconds`; True when `stop` was set meanwhile."""
    with suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    return stop.is_set()
