"""Faults the daemon lives through, each with a real process: a feed server that is down,
Telegram answering 5xx, a full disk under state/, and SIGTERM in the middle of a cycle.

"An hour" is a few polling cycles here: intervals are half a second.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.botapi import BotApi
from support.daemon import ARTICLES, Daemon, events, run_cli, write_config
from support.disk import fill, small_tmpfs
from support.newsworld import NewsWorld

from monitor.core.models import FeedItem
from monitor.edges.extract import article_from_feed
from monitor.edges.store import Store
from monitor.errors import StoreError

CHANNEL = "@kuril_test"
ADMIN = 4242
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
FEED = "/feeds/wire.xml"


def _item(world: NewsWorld, name: str, when: datetime) -> dict[str, object]:
    world.add_page(f"/articles/{name}.html", (ARTICLES / f"{name}.html").read_bytes())
    return {
        "title": name.replace("-", " "),
        "link": world.url(f"/articles/{name}.html"),
        "summary": name,
        "published": when,
        "guid": name,
    }


def _db(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path / "state" / "monitor.db", timeout=10)


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db, timeout=10)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


# ----------------------------------------------------------------------------- a feed down


def test_feed_down_for_many_cycles_is_marked_unhealthy_then_recovers(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """A feed that keeps failing is reported once, backed off, and noticed when it recovers."""
    world.fail(FEED, 503)
    config = write_config(
        tmp_path,
        [("wire", world.url(FEED))],
        api_base_url=bot.base_url,
        admin_ids=[ADMIN],
        polling={"unhealthy_after": 3, "interval": 0.3, "max_backoff": 1.0},
    )
    with Daemon(config, token=bot.token) as proc:
        assert proc.wait_for("feed.unhealthy"), proc.output()
        world.reset(FEED)  # from errors to no answer at all: still down
        assert proc.wait_for("feed.failed", count=6), proc.output()
        with _db(tmp_path) as db:
            polled, next_poll, errors = db.execute(
                "SELECT last_polled_at, next_poll_at, error_count FROM feeds"
            ).fetchone()
        assert errors >= 5
        wait = datetime.fromisoformat(next_poll) - datetime.fromisoformat(polled)
        assert wait >= timedelta(seconds=0.99)  # backoff: longer than the 0.3 s interval
        world.add_feed(FEED, [_item(world, "new-shikotan-drills", T0)])
        assert proc.wait_for("delivery.sent"), proc.output()
        assert proc.wait_for("feed.recovered"), proc.output()
        assert proc.wait_for(lambda: len(bot.sent(ADMIN)) >= 2)
        assert proc.returncode is None, "the daemon kept running"
        assert proc.terminate() < 10
        output = proc.output()
    assert proc.returncode == 0, output
    assert len(events(output, "feed.unhealthy")) == 1
    assert len(events(output, "feed.recovered")) == 1
    assert "feed=wire" in events(output, "feed.unhealthy")[0]
    assert len(bot.sent(CHANNEL)) == 1
    told = bot.sent(ADMIN)
    assert "unhealthy" in told[0]
    assert "recovered" in told[1]
    assert len(told) == 2


# ----------------------------------------------------------------------------- Telegram 5xx


def test_telegram_5xx_for_many_cycles_then_alert_sent_once(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """Telegram answering 5xx to everything, from start-up on, delays the alert; it arrives once."""
    for method in ("getMe", "sendMessage", "getUpdates", "deleteWebhook", "setMyCommands"):
        bot.fail_next(method, 502, description="Bad Gateway", count=10**6)
    world.add_feed(FEED, [_item(world, "new-shikotan-drills", T0)])
    config = write_config(tmp_path, [("wire", world.url(FEED))], api_base_url=bot.base_url)
    with Daemon(config, token=bot.token) as proc:
        assert proc.wait_for("article.alert"), proc.output()
        assert proc.wait_for("cycle.done", count=6), proc.output()
        assert proc.wait_for("telegram.unavailable") or proc.count("delivery.deferred")
        assert bot.sent(CHANNEL) == []
        with _db(tmp_path) as db:
            assert db.execute("SELECT state FROM outbox").fetchall() == [("pending",)]
        bot.clear_faults()
        assert proc.wait_for("delivery.sent", timeout=30), proc.output()
        assert proc.wait_for("cycle.done", count=proc.count("cycle.done") + 4)
        assert proc.returncode is None
        assert proc.terminate() < 10
    assert proc.returncode == 0, proc.output()
    assert len(bot.sent(CHANNEL)) == 1
    with _db(tmp_path) as db:
        assert db.execute("SELECT state FROM outbox").fetchall() == [("sent",)]


# ----------------------------------------------------------------------------- a full disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB tmpfs mounted at tmp_path/state: the database can really run out of space."""
    with small_tmpfs(tmp_path / "state") as state:
        yield state


def test_full_disk_rolls_back_the_decision_and_keeps_the_item_pending(small_disk: Path) -> None:
    """On a full disk the decision transaction fails as a StoreError and writes nothing."""
    store = Store.open(small_disk / "monitor.db")
    try:
        item = FeedItem("wire", "k1", "https://news.example/a", "Title", "Summary", T0)
        store.feed_state("wire", "https://news.example/feed")
        assert store.record_poll("wire", T0, 200, None, None, None, (item,)) == 1
        article = article_from_feed(item, T0)
        big = replace(article, text="Shikotan drills. " * 40_000)
        filler = fill(small_disk)
        with pytest.raises(StoreError, match="no space left"):
            store.record_assessment(item, big, "off_topic", "r", [], T0)
        assert [p.item.key for p in store.pending_items(T0)] == ["k1"]
        assert store.article_by_url(item.link) is None
        filler.unlink()
        store.record_assessment(item, big, "off_topic", "r", [], T0)
        assert store.pending_items(T0) == []
        assert store.article_by_url(item.link) is not None
    finally:
        store.close()
    assert _integrity(small_disk / "monitor.db") == "ok"


def test_daemon_on_full_disk_reports_sends_nothing_twice_and_resumes(
    tmp_path: Path, small_disk: Path, world: NewsWorld, bot: BotApi
) -> None:
    """A full state/ disk: clear errors, the daemon goes on, nothing is lost or sent twice."""
    bot.fail_next("sendMessage", 502, description="Bad Gateway", count=10**6)
    items = [_item(world, "new-shikotan-drills", T0)]
    world.add_feed(FEED, items)
    config = write_config(tmp_path, [("wire", world.url(FEED))], api_base_url=bot.base_url)
    with Daemon(config, token=bot.token) as proc:
        # the first alert is recorded, and waits in the outbox while Telegram fails
        assert proc.wait_for("delivery.deferred"), proc.output()
        with _db(tmp_path) as db:
            (retry_at,) = db.execute("SELECT next_attempt_at FROM outbox").fetchone()
        filler = fill(small_disk)
        bot.clear_faults()
        items.append(_item(world, "status-grave-visits", T0 + timedelta(hours=2)))
        world.add_feed(FEED, items)

        def outbox_refused() -> bool:  # the outbox job (no feed=) met the full disk
            return any("feed=" not in line for line in events(proc.output(), "cycle.store_failed"))

        assert proc.wait_for(outbox_refused, timeout=30), proc.output()
        # the deferred alert falls due while the disk is still full: its send is refused too
        due = datetime.fromisoformat(retry_at)
        assert proc.wait_for(lambda: datetime.now(UTC) > due, timeout=30)
        refused = proc.count("cycle.store_failed")
        assert proc.wait_for("cycle.store_failed", count=refused + 4)
        assert bot.sent(CHANNEL) == [], "a send the database cannot record is not made"
        assert proc.returncode is None
        filler.unlink()
        assert proc.wait_for("delivery.sent", count=2, timeout=30), proc.output()
        assert proc.terminate() < 10
        output = proc.output()
    assert proc.returncode == 0, output
    failed = events(output, "cycle.store_failed")
    assert all("no space left" in line for line in failed), failed[:3]
    assert "Traceback" not in output
    sent = bot.sent(CHANNEL)
    assert len(sent) == 2
    assert "new-shikotan-drills" in sent[0]
    assert "status-grave-visits" in sent[1]
    db_path = small_disk / "monitor.db"
    assert _integrity(db_path) == "ok"
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        assert db.execute("SELECT DISTINCT state FROM items").fetchall() == [("done",)]
        assert db.execute("SELECT COUNT(*), MIN(state) FROM outbox").fetchone() == (2, "sent")


# ----------------------------------------------------------------------------- SIGTERM


def test_sigterm_mid_fetch_stops_within_ten_seconds_with_nothing_half_done(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """SIGTERM while a page hangs: out within 10 s, the items still pending, then done once."""
    stalled = "/articles/stalled.html"
    world.stall(stalled, 60, b"<html></html>", {"Content-Type": "text/html"})
    items = [
        _item(world, "new-shikotan-drills", T0),
        {"title": "Stalled", "link": world.url(stalled), "guid": "stalled", "published": T0},
    ]
    world.add_feed(FEED, items)
    config = write_config(
        tmp_path,
        [("wire", world.url(FEED))],
        api_base_url=bot.base_url,
        polling={"timeout": 30.0},  # the page would hold a cycle for 30 s and more
    )
    with Daemon(config, token=bot.token) as proc:
        assert proc.wait_for(lambda: world.hits(stalled) >= 1), proc.output()
        assert proc.terminate() < 10
        output = proc.output()
    assert proc.returncode == 0, output
    assert events(output, "monitor.stopped")
    # the cycle cancelled after the grace period is said once, not as a job's traceback
    assert events(output, "monitor.cycle_cancelled"), output
    assert "Traceback" not in output, output
    db_path = tmp_path / "state" / "monitor.db"
    assert _integrity(db_path) == "ok"
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        assert db.execute("SELECT COUNT(*) FROM items WHERE state = 'new'").fetchone() == (2,)
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone() == (0,)
    world.add_page(stalled, (ARTICLES / "lookalike-cat.html").read_bytes())
    done = run_cli(config, "run", "--once", token=bot.token)
    assert done.returncode == 0, done.stderr
    assert len(bot.sent(CHANNEL)) == 1
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone() == (2,)


def test_sigterm_during_a_send_lets_it_finish_and_records_it(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """A send in flight at SIGTERM completes and is recorded: a restart does not repeat it."""
    bot.slow_next("sendMessage", 2.0)
    world.add_feed(FEED, [_item(world, "new-shikotan-drills", T0)])
    config = write_config(tmp_path, [("wire", world.url(FEED))], api_base_url=bot.base_url)
    with Daemon(config, token=bot.token) as proc:
        assert proc.wait_for(lambda: bool(bot.params_of("sendMessage"))), proc.output()
        assert proc.terminate() < 10
    assert proc.returncode == 0, proc.output()
    assert len(bot.sent(CHANNEL)) == 1
    again = run_cli(config, "run", "--once", token=bot.token)
    assert again.returncode == 0, again.stderr
    assert len(bot.sent(CHANNEL)) == 1


def test_sigterm_on_idle_daemon_is_prompt(tmp_path: Path, world: NewsWorld) -> None:
    """An idle daemon (no token) stops on SIGTERM in well under 10 s and says so."""
    world.add_feed(FEED, [])
    config = write_config(tmp_path, [("wire", world.url(FEED))])
    with Daemon(config) as proc:
        assert proc.wait_for("cycle.done", count=2), proc.output()
        assert proc.terminate() < 5
    assert proc.returncode == 0
    assert events(proc.output(), "monitor.stopped")
