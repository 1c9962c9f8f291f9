"""Exactly once across processes and faults, with real processes: `run --once` several
times at once, `run` beside `run --once`, on a real SQLite file and on the machine's
PostgreSQL; a process killed, or its disk filled, between Telegram posting an alert and
the database recording it. Feeds and pages are served on 127.0.0.1; the Bot API endpoint
records every message, so a second post of one development would be seen.

Overlaps are made certain, not hoped for: the Bot API holds its answer to a post until
the test lets it go, and the next process starts once the post has arrived (polled with a
deadline)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml
from support.botapi import BotApi
from support.daemon import ARTICLES, ROOT, Daemon, child_env, events, run_cli, write_config
from support.disk import fill, small_tmpfs
from support.newsworld import NewsWorld
from support.pg import fresh_schema

from monitor.edges.claims import CYCLE_LEASE, CycleLease
from monitor.edges.store import Store

CHANNEL = "@kuril_test"
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
FEED = "/feeds/wire.xml"
# (article, hours after T0): two developments (the Shikotan drills, reported twice, and
# the grave visits) and a look-alike; two alerts, each to be posted exactly once
STREAM = [
    ("new-shikotan-drills", 0),
    ("same-shikotan-drills-ru", 6),
    ("status-grave-visits", 48),
    ("lookalike-cat", 60),
]
ALERTS = 2


@pytest.fixture
def stream_world() -> Iterator[NewsWorld]:
    """The news web on 127.0.0.1, serving the stream."""
    with NewsWorld() as w:
        items = []
        for name, hours in STREAM:
            w.add_page(f"/articles/{name}.html", (ARTICLES / f"{name}.html").read_bytes())
            items.append(
                {
                    "title": name.replace("-", " "),
                    "link": w.url(f"/articles/{name}.html"),
                    "summary": name,
                    "published": T0 + timedelta(hours=hours),
                    "guid": name,
                }
            )
        w.add_feed(FEED, items)
        yield w


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where the processes keep their state: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'state' / 'monitor.db'}"
        return
    with fresh_schema("once") as url:
        yield url


def _config(
    tmp: Path, stream_world: NewsWorld, bot: BotApi, database: str, telegram_timeout: float = 2.0
) -> Path:
    path = write_config(tmp, [("wire", stream_world.url(FEED))], api_base_url=bot.base_url)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["database"] = database
    raw["telegram"]["timeout"] = telegram_timeout
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def _query(database: str, sql: str) -> list[tuple[Any, ...]]:
    if database.startswith("sqlite:///"):
        with contextlib.closing(sqlite3.connect(database.removeprefix("sqlite:///"))) as db:
            return db.execute(sql).fetchall()
    with psycopg.connect(database, autocommit=True) as conn:
        return list(conn.execute(sql).fetchall())


def _posts(bot: BotApi) -> list[str]:
    """The texts of every sendMessage the channel received, in order."""
    return [str(p["text"]) for p in bot.params_of("sendMessage") if p.get("chat_id") == CHANNEL]


def _assert_each_development_posted_once(bot: BotApi, database: str) -> None:
    posts = _posts(bot)
    assert len(posts) == ALERTS, posts
    assert len(set(posts)) == ALERTS
    assert "Shikotan" in posts[0] or "Shikotan" in posts[1]
    assert _query(database, "SELECT COUNT(*) FROM alerts") == [(ALERTS,)]
    states = _query(database, "SELECT action, state FROM outbox WHERE action = 'send'")
    assert sorted(states) == [("send", "sent")] * ALERTS


def _wait(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def _once(config: Path, token: str, out: Path) -> subprocess.Popen[bytes]:
    """`run --once` started, not waited for; its output in `out`."""
    with out.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(config), "run", "--once"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=child_env(token),
            cwd=ROOT,
        )


def _finish(procs: list[subprocess.Popen[bytes]], outs: list[Path]) -> list[str]:
    """Wait for every process; each one's output (all must have exited 0)."""
    texts = []
    for proc, out in zip(procs, outs, strict=True):
        code = proc.wait(timeout=120)
        text = out.read_text(encoding="utf-8", errors="replace")
        assert code == 0, text
        assert "Traceback" not in text, text
        texts.append(text)
    return texts


# ----------------------------------------------------------------------------- the lease


def test_the_cycle_lease_is_shared_by_one_process_cycles_and_refused_to_another(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Overlapping cycles of one process share the lease; another process's cycles are
    refused (one `cycle.skipped` line naming the holder) until the last one gives it back."""
    caplog.set_level(logging.INFO, logger="monitor.edges.claims")
    store = Store.open(tmp_path / "monitor.db")
    mine, theirs = CycleLease(store, "elsewhere:1:a"), CycleLease(store, "elsewhere:2:b")

    async def scenario() -> None:
        async with mine.held() as first, mine.held() as second:
            assert first
            assert second
            for _ in range(3):
                async with theirs.held() as refused:
                    assert not refused
        assert store.lease_holder(CYCLE_LEASE) is None
        async with theirs.held() as taken:
            assert taken
            assert store.lease_holder(CYCLE_LEASE) is not None

    try:
        asyncio.run(scenario())
    finally:
        store.close()
    skipped = [r for r in caplog.records if r.getMessage() == "cycle.skipped"]
    assert len(skipped) == 1
    assert skipped[0].__dict__["holder"] == "elsewhere:1:a"


# ----------------------------------------------------------------------------- races


@pytest.mark.parametrize("processes", [2, 4])
def test_run_once_started_together_posts_each_development_once(
    tmp_path: Path, stream_world: NewsWorld, bot: BotApi, database: str, processes: int
) -> None:
    """N `run --once` started at the same instant on one database: every process exits 0,
    one alert per development is recorded and each is posted exactly once."""
    config = _config(tmp_path, stream_world, bot, database)
    outs = [tmp_path / f"once-{n}.log" for n in range(processes)]
    procs = [_once(config, bot.token, out) for out in outs]
    texts = _finish(procs, outs)
    _assert_each_development_posted_once(bot, database)
    ran = [t for t in texts if events(t, "cycle.done")]
    assert len(ran) + sum(bool(events(t, "cycle.skipped")) for t in texts) == processes
    again = run_cli(config, "run", "--once", token=bot.token)
    assert again.returncode == 0, again.stderr
    _assert_each_development_posted_once(bot, database)


def test_run_once_beside_a_cycle_in_progress_is_skipped_and_says_so(
    tmp_path: Path, stream_world: NewsWorld, bot: BotApi, database: str
) -> None:
    """While one `run --once` is in its cycle (a post under way), three more start: each
    skips its cycle with one `cycle.skipped` line naming the holder, and nothing is
    posted twice."""
    gate = bot.hold_next("sendMessage")  # the first post is answered when the test says
    config = _config(tmp_path, stream_world, bot, database, telegram_timeout=60.0)
    first = tmp_path / "first.log"
    holder = _once(config, bot.token, first)
    assert _wait(lambda: len(_posts(bot)) >= 1), first.read_text(encoding="utf-8")
    outs = [tmp_path / f"late-{n}.log" for n in range(3)]
    late = [_once(config, bot.token, out) for out in outs]
    texts = _finish(late, outs)
    gate.set()
    _finish([holder], [first])
    for text in texts:
        (skipped,) = events(text, "cycle.skipped")
        assert f"holder={_owner_prefix(holder.pid)}" in skipped, skipped
        assert not events(text, "cycle.done")
    # the holder's sending budget ran out while its post was held: the rest goes now
    rest = run_cli(config, "run", "--once", token=bot.token)
    assert rest.returncode == 0, rest.stderr
    assert len(_posts(bot)) == ALERTS, (
        f"holder:\n{first.read_text(encoding='utf-8')}\nthe run after:\n{rest.stderr}"
    )
    _assert_each_development_posted_once(bot, database)


def _owner_prefix(pid: int) -> str:
    return f"{socket.gethostname()}:{pid}:"


def test_run_beside_run_once_posts_each_development_once(
    tmp_path: Path, stream_world: NewsWorld, bot: BotApi, database: str
) -> None:
    """The daemon and `run --once` on one database, the latter started while the daemon
    posts and again when it is idle: each development is posted once, nothing crashes."""
    gate = bot.hold_next("sendMessage")
    config = _config(tmp_path, stream_world, bot, database, telegram_timeout=60.0)
    with Daemon(config, token=bot.token) as daemon:
        assert daemon.wait_for(lambda: len(_posts(bot)) >= 1), daemon.output()
        during = run_cli(config, "run", "--once", token=bot.token)
        assert during.returncode == 0, during.stderr
        assert events(during.stderr, "cycle.skipped"), during.stderr
        gate.set()
        assert daemon.wait_for("delivery.sent", count=ALERTS), daemon.output()
        outs = [tmp_path / f"idle-{n}.log" for n in range(2)]
        _finish([_once(config, bot.token, out) for out in outs], outs)
        assert daemon.wait_for("cycle.done", count=daemon.count("cycle.done") + 2)
        assert daemon.terminate() < 10
        output = daemon.output()
    assert daemon.returncode == 0, output
    assert "Traceback" not in output
    _assert_each_development_posted_once(bot, database)


# ----------------------------------------------------------------------------- sent, not recorded


def test_a_process_killed_after_the_post_and_before_the_record_never_posts_again(
    tmp_path: Path, stream_world: NewsWorld, bot: BotApi, database: str
) -> None:
    """SIGKILL between Telegram posting an alert and the database recording it: the next
    run does not post it again; it holds the row with a `delivery.unconfirmed` line, and
    the admin's `outbox sent ROW` records it as sent (`outbox resend` would post it)."""
    gate = bot.hold_next("sendMessage")  # posted at once, answered after the kill
    config = _config(tmp_path, stream_world, bot, database, telegram_timeout=60.0)
    with Daemon(config, token=bot.token, args=("run", "--once")) as killed:
        assert killed.wait_for(lambda: len(_posts(bot)) >= 1), killed.output()
        os.kill(killed.pid, signal.SIGKILL)
        assert _wait(lambda: killed.returncode is not None)
    gate.set()
    assert len(_posts(bot)) == 1
    after = run_cli(config, "run", "--once", token=bot.token)
    assert after.returncode == 0, after.stderr
    (held,) = events(after.stderr, "delivery.unconfirmed")
    assert "outcome was never recorded" in held
    posts = _posts(bot)
    assert len(posts) == ALERTS, "the unconfirmed alert was not posted again"
    assert len(set(posts)) == ALERTS
    listing = run_cli(config, "outbox")
    assert listing.returncode == 0, listing.stderr
    (line,) = listing.stdout.splitlines()
    row = line.split("\t")[0]
    assert _query(database, f"SELECT state FROM outbox WHERE id = {row}") == [("unconfirmed",)]
    again = run_cli(config, "run", "--once", token=bot.token)
    assert again.returncode == 0, again.stderr
    assert len(_posts(bot)) == ALERTS, "a held row stays held"
    settled = run_cli(config, "outbox", "sent", row)
    assert settled.returncode == 0, settled.stderr
    assert run_cli(config, "outbox", "sent", row).returncode == 1  # not held any more
    _assert_each_development_posted_once(bot, database)


def test_a_process_killed_while_waiting_out_a_flood_wait_posts_later(
    tmp_path: Path, stream_world: NewsWorld, bot: BotApi, database: str
) -> None:
    """Telegram refuses the first post with 429 (retry after 20 s) and the process is
    killed while it waits: nothing was posted, so nothing is in doubt — the next run posts
    every alert once, and no row is held."""
    bot.fail_next("sendMessage", 429, retry_after=20)
    config = _config(tmp_path, stream_world, bot, database, telegram_timeout=60.0)
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["telegram"]["send_budget"] = 120  # long enough to wait out the flood wait
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")

    def refused() -> bool:
        # the call reached Telegram and the process has recorded the refusal (the intent it
        # wrote before the post is withdrawn); a kill before that leaves the post in doubt
        called = any(method == "sendMessage" for method, _ in bot.calls)
        return (
            called and _query(database, "SELECT id FROM outbox WHERE sending_at IS NOT NULL") == []
        )

    with Daemon(config, token=bot.token, args=("run", "--once")) as killed:
        assert killed.wait_for(refused), killed.output()
        os.kill(killed.pid, signal.SIGKILL)
        assert _wait(lambda: killed.returncode is not None)
    assert bot.sent(CHANNEL) == []  # the one call was refused
    after = run_cli(config, "run", "--once", token=bot.token)
    assert after.returncode == 0, after.stderr
    assert not events(after.stderr, "delivery.unconfirmed"), after.stderr
    posted = bot.sent(CHANNEL)
    assert len(posted) == ALERTS, posted
    assert len(set(posted)) == ALERTS
    states = _query(database, "SELECT state FROM outbox WHERE action = 'send'")
    assert sorted(states) == [("sent",)] * ALERTS


def test_resend_posts_a_held_row_at_the_next_run(
    tmp_path: Path, stream_world: NewsWorld, bot: BotApi
) -> None:
    """A post that timed out is held, not repeated; `outbox resend ROW` posts it once more
    at the next run, when the admin knows it never arrived."""
    database = f"sqlite:///{tmp_path / 'state' / 'monitor.db'}"
    bot.slow_next("sendMessage", 3.0)  # the answer comes after the client's 1 s timeout
    config = _config(tmp_path, stream_world, bot, database, telegram_timeout=1.0)
    first = run_cli(config, "run", "--once", token=bot.token)
    assert first.returncode == 0, first.stderr
    (held,) = events(first.stderr, "delivery.unconfirmed")
    assert "did not answer" in held
    assert len(_posts(bot)) == ALERTS  # the timed-out one arrived, and was not posted twice
    (row,) = [r[0] for r in _query(database, "SELECT id FROM outbox WHERE state='unconfirmed'")]
    # say it never arrived (here it did: the admin's word is what counts)
    assert run_cli(config, "outbox", "resend", str(row)).returncode == 0
    again = run_cli(config, "run", "--once", token=bot.token)
    assert again.returncode == 0, again.stderr
    assert len(_posts(bot)) == ALERTS + 1
    assert _query(database, f"SELECT state FROM outbox WHERE id = {row}") == [("sent",)]


def test_a_full_disk_between_the_post_and_the_record_never_posts_again(
    tmp_path: Path, stream_world: NewsWorld, bot: BotApi
) -> None:
    """The disk fills while Telegram is posting an alert: recording its message id fails,
    every cycle fails while the disk is full, and when space returns the process records
    the id it kept: the alert is posted once, the other one after it, nothing twice."""
    gate = bot.hold_next("sendMessage")
    with small_tmpfs(tmp_path / "state") as small_disk:
        database = f"sqlite:///{small_disk / 'monitor.db'}"
        config = _config(tmp_path, stream_world, bot, database, telegram_timeout=60.0)
        _full_disk_during_a_post(config, small_disk, bot, gate)
        _assert_each_development_posted_once(bot, database)


def _full_disk_during_a_post(
    config: Path, small_disk: Path, bot: BotApi, gate: threading.Event
) -> None:
    with Daemon(config, token=bot.token) as proc:
        assert proc.wait_for(lambda: len(_posts(bot)) >= 1), proc.output()
        filler = fill(small_disk)
        gate.set()  # Telegram answers now: the message id cannot be written
        assert proc.wait_for("cycle.store_failed", count=4, timeout=30), proc.output()
        assert len(_posts(bot)) == 1
        assert proc.returncode is None
        filler.unlink()
        assert proc.wait_for("delivery.recorded_late"), proc.output()
        assert proc.wait_for("delivery.sent", count=ALERTS, timeout=30), proc.output()
        assert proc.terminate() < 10
        output = proc.output()
    assert proc.returncode == 0, output
    assert "Traceback" not in output
    assert all("no space left" in line for line in events(output, "cycle.store_failed"))
    assert not events(output, "delivery.unconfirmed")
    first_id = bot.messages[CHANNEL][0].message_id
    with contextlib.closing(sqlite3.connect(small_disk / "monitor.db")) as db:
        ids = db.execute("SELECT message_ids FROM outbox WHERE action = 'send' ORDER BY id")
        assert ids.fetchone() == (f"[{first_id}]",)
