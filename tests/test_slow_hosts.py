"""A slow host delays only its own items: fetching and extraction are not held behind the
lock that serialises decisions, and the wait for one of a host's connections counts
against each item's deadline. Pages trickle from a real HTTP server on 127.0.0.1; the
slow host is the same server named `localhost`, which the fetcher counts as another host.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from support.daemon import write_config
from support.newsworld import NewsWorld

from monitor.files.config import Config, load_config
from monitor.shell.app import open_context
from monitor.shell.health import health_report
from monitor.stages.pipeline import run_cycle

T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
ARTICLES = Path(__file__).parent / "data" / "articles"
DRILLS = ARTICLES / "new-shikotan-drills.html"
TIMEOUT = 1.0  # polling.timeout; a whole fetch then has a deadline of 6 s (app.fetch_limits)
DEADLINE = 6.0


def _slow_feed(world: NewsWorld, pages: int) -> str:
    """A feed of `pages` items whose pages, on `localhost`, trickle two bytes a second
    (each byte within the read timeout: only the whole fetch's deadline stops them)."""
    items = []
    for n in range(pages):
        path = f"/slow/{n}.html"
        world.trickle(path, DRILLS.read_bytes(), 2, {"Content-Type": "text/html"})
        link = world.url(path).replace("127.0.0.1", "localhost")
        items.append({"title": f"Slow {n}", "link": link, "guid": f"slow-{n}", "published": T0})
    return world.add_feed("/slow.xml", items)


def _fast_feed(world: NewsWorld) -> str:
    """A feed of one alerting article whose page answers at once."""
    world.add_page("/fast/drills.html", DRILLS.read_bytes())
    item = {
        "title": "Drills on Shikotan",
        "link": world.url("/fast/drills.html"),
        "guid": "fast",
        "published": T0 + timedelta(minutes=5),
    }
    return world.add_feed("/fast.xml", [item])


def _config(tmp: Path, world: NewsWorld, **polling: Any) -> Config:
    feeds = [("slow", world.url("/slow.xml")), ("fast", world.url("/fast.xml"))]
    path = write_config(
        tmp, feeds, polling={"timeout": TIMEOUT, **polling}, health={"stale_after": 30}
    )
    return load_config(path)


def _rows(tmp: Path, sql: str) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(tmp / "state" / "monitor.db")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


async def _until(condition: Any, what: str, within: float = 30.0) -> None:
    """Wait for a condition the test cannot await directly, checking it often."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + within
    while not condition():
        assert loop.time() < give_up, f"still waiting for {what}"
        await asyncio.sleep(0.02)


def test_another_feeds_alert_is_not_held_behind_a_trickling_host(
    tmp_path: Path, world: NewsWorld
) -> None:
    """While one feed's cycle waits on pages that trickle, another feed's cycle (the daemon
    runs one per feed) fetches, decides and records its alert, and /healthz sees it."""
    _slow_feed(world, 6)
    _fast_feed(world)
    config = _config(tmp_path, world)
    slow_feed, fast_feed = config.feeds

    async def scenario() -> None:
        async with open_context(config) as ctx:
            started = time.time()
            slow = asyncio.create_task(run_cycle(ctx, due_only=True, feeds=[slow_feed]))
            await _until(lambda: world.hits("/slow/0.html") > 0, "the slow pages' requests")
            fast = await run_cycle(ctx, due_only=True, feeds=[fast_feed])
            assert not slow.done(), "the fast feed's cycle waited for the slow host"
            assert fast.alerts == 1
            status, body = health_report(config, ctx.store, ctx.metrics, started, time.time())
            assert status == 200, body  # a cycle completed: the monitor works
            assert body["last_cycle"] is not None, body
            report = await slow
            assert report.articles == 0  # every slow page failed at its deadline

    asyncio.run(scenario())
    decided = _rows(tmp_path, "SELECT item_key, decision FROM articles")
    assert decided == [("fast", "new_development")]


def test_one_cycle_decides_a_fast_page_without_waiting_for_a_slow_host(
    tmp_path: Path, world: NewsWorld
) -> None:
    """In a single cycle over both feeds (`run --once`), the page that arrived is decided
    after one request timeout at most, not when the trickling pages give up."""
    _slow_feed(world, 4)
    _fast_feed(world)
    config = _config(tmp_path, world)

    async def scenario() -> None:
        async with open_context(config) as ctx:
            cycle = asyncio.create_task(run_cycle(ctx))

            def decided() -> bool:
                return bool(_rows(tmp_path, "SELECT 1 FROM articles WHERE item_key = 'fast'"))

            await _until(decided, "the fast page's decision")
            assert not cycle.done(), "the fast page waited for the slow host"
            report = await cycle
            assert (report.articles, report.alerts) == (1, 1)

    asyncio.run(scenario())


def test_pages_queued_for_a_slow_host_fail_at_their_deadline_and_count_an_attempt(
    tmp_path: Path, world: NewsWorld
) -> None:
    """Twelve trickling pages, two connections to their host: the ten waiting for a
    connection fail at their deadline too (six rounds of deadlines before), saying why.
    Each failure, queued or not, is one of the page's attempts: retried later with backoff,
    and after `page_attempts` (two here) decided on the feed's text, never dropped."""
    _slow_feed(world, 12)
    world.add_feed("/fast.xml", [])
    config = _config(tmp_path, world, per_host=2, page_attempts=2)

    async def scenario() -> tuple[float, list[tuple[Any, ...]]]:
        async with open_context(config) as ctx:
            started = time.monotonic()
            await run_cycle(ctx)
            seconds = time.monotonic() - started
            after_one = _rows(
                tmp_path, "SELECT state, attempts, next_attempt_at, last_error FROM items"
            )
            await run_cycle(ctx)  # `run --once` again: every pending page is tried again
            return seconds, after_one

    seconds, after_one = asyncio.run(scenario())
    assert len(after_one) == 12
    assert {(state, attempts) for state, attempts, _, _ in after_one} == {("new", 1)}
    assert all(retry for _, _, retry, _ in after_one)  # a time to try again, with backoff
    errors = [error for _, _, _, error in after_one]
    assert all(f"no complete answer within {DEADLINE:g} s" in e for e in errors), errors
    queued = [e for e in errors if "waiting for one of 2 connections to localhost" in e]
    # ten wait the whole time; on a loaded machine a trickle may end a moment before its
    # deadline and hand its connection to one of them, which then says it was connected
    assert 8 <= len(queued) <= 10, errors
    assert seconds < 3 * DEADLINE  # one deadline and change; waiting turns took 6 of them
    # the second failure was the last attempt: each item is decided on the feed's text
    assert _rows(tmp_path, "SELECT DISTINCT state FROM items") == [("done",)]
    decided = _rows(tmp_path, "SELECT COUNT(*), SUM(from_feed_only) FROM articles")
    assert decided == [(12, 12)]
