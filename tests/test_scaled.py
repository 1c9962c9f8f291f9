"""Scaled mode as real processes: schedulers and workers (`kuril-monitor scheduler`,
`kuril-monitor worker`) on the machine's PostgreSQL, feeds and pages on 127.0.0.1 and a
Bot API endpoint, like the evaluation world. Processes are killed with SIGKILL, as a
crash or an OOM kill would."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

import psycopg
import pytest
import yaml
from support.botapi import DEFAULT_TOKEN, BotApi
from support.monitorrun import run_cli
from support.newsworld import NewsWorld
from support.pg import fresh_schema

from monitor.files.config import load_config
from monitor.shell import leader, runtime

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "data" / "articles"
CHANNEL = "@kuril_scaled"
ADMIN = 4242  # may use /status
USER = 1001
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)

# (feed, article, hours after T0): two developments (the Shikotan drills, reported in
# three languages, and the grave visits) among restatements and look-alikes
STREAM = [
    ("wire", "lookalike-northern-territory", -24),
    ("wire", "new-shikotan-drills", 0),
    ("tass-ru", "same-shikotan-drills-ru", 6),
    ("nhk-ja", "same-shikotan-drills-ja", 17),
    ("wire", "restatement-sovereignty", 30),
    ("nhk-ja", "status-grave-visits", 48),
    ("tass-ru", "lookalike-other-treaty", 50),
    ("wire", "lookalike-cat", 60),
]
DEVELOPMENTS = {
    "drills": {"new-shikotan-drills", "same-shikotan-drills-ru", "same-shikotan-drills-ja"},
    "graves": {"status-grave-visits"},
}


class Cluster:
    """Scheduler and worker processes on one config; each one's log in its own file."""

    def __init__(self, tmp: Path, config: Path) -> None:
        self.tmp = tmp
        self.config = config
        self.procs: dict[str, subprocess.Popen[str]] = {}
        self._logs: dict[str, IO[str]] = {}

    def start(self, name: str, *args: str) -> subprocess.Popen[str]:
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        env |= {"NO_PROXY": "127.0.0.1,localhost", "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN}
        out = (self.tmp / f"{name}.log").open("w", encoding="utf-8")
        self._logs[name] = out
        cmd = [sys.executable, "-m", "monitor", "--config", str(self.config), *args]
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, text=True
        )
        self.procs[name] = proc
        return proc

    def log(self, name: str) -> str:
        return (self.tmp / f"{name}.log").read_text(encoding="utf-8")

    def kill(self, name: str) -> None:
        self.procs[name].send_signal(signal.SIGKILL)
        self.procs[name].wait(timeout=10)

    def stop(self) -> dict[str, int | None]:
        """SIGTERM to every live process; their exit statuses."""
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        codes: dict[str, int | None] = {}
        for name, proc in self.procs.items():
            try:
                codes[name] = proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                codes[name] = None
        for out in self._logs.values():
            out.close()
        return codes


def _publish(world: NewsWorld, upto: int | None = None) -> None:
    """Serve the stream's feeds with their first `upto` articles."""
    feeds: dict[str, list[dict[str, object]]] = {"wire": [], "tass-ru": [], "nhk-ja": []}
    for feed, name, hours in STREAM[:upto]:
        world.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
        feeds[feed].append(
            {
                "title": name,
                "link": world.url(f"/articles/{name}.html"),
                "summary": name,
                "published": T0 + timedelta(hours=hours),
                "guid": name,
            }
        )
    for feed, items in feeds.items():
        world.add_feed(f"/feeds/{feed}.xml", items)


def _config(tmp: Path, world: NewsWorld, bot: BotApi, database: str) -> Path:
    config = {
        "database": database,
        "rules_dir": str(ROOT / "rules"),
        "seeds_dir": str(ROOT / "seeds"),
        "feeds": [
            {"id": feed, "url": world.url(f"/feeds/{feed}.xml")}
            for feed in ("wire", "tass-ru", "nhk-ja")
        ],
        "polling": {
            "interval": 1.5,
            "timeout": 5.0,
            "max_item_age_days": None,
            "allow_private_addresses": True,
        },
        "telegram": {"api_base_url": bot.base_url, "chat_ids": [CHANNEL], "admin_ids": [ADMIN]},
        "health": {"port": None},
    }
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def _wait(predicate: Callable[[], bool], timeout: float, what: str) -> float:
    """Seconds until `predicate` held; fails the test after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.2)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")


def _query(url: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql).fetchall()


def _alerted(bot: BotApi) -> list[set[str]]:
    """For each message sent to the channel, the stream's articles it links."""
    names = [name for _, name, _ in STREAM]
    return [{n for n in names if f"/articles/{n}.html" in text} for text in bot.sent(CHANNEL)]


def _assert_each_development_alerted_once(bot: BotApi, url: str) -> None:
    messages = _alerted(bot)
    assert len(messages) == len(DEVELOPMENTS), messages
    for group in DEVELOPMENTS.values():
        assert sum(1 for linked in messages if linked & group) == 1, (group, messages)
    assert _query(url, "SELECT COUNT(*) FROM alerts") == [(len(DEVELOPMENTS),)]
    articles = _query(url, "SELECT COUNT(*), COUNT(DISTINCT url) FROM articles")
    assert articles == [(len(STREAM), len(STREAM))]
    states = _query(url, "SELECT DISTINCT state FROM outbox")
    assert states == [("sent",)], states  # sends and source updates, all delivered
    sends = _query(url, "SELECT alert_id, COUNT(*) FROM outbox WHERE action = 'send' GROUP BY 1")
    assert [n for _, n in sends] == [1] * len(DEVELOPMENTS), sends


def _settled(bot: BotApi, url: str) -> Callable[[], bool]:
    def check() -> bool:
        try:
            done = _query(url, "SELECT COUNT(*) FROM articles")[0][0] == len(STREAM)
            idle = _query(url, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'")[0][0] == 0
        except psycopg.errors.UndefinedTable:
            return False  # not migrated yet
        return bool(done and idle and len(bot.sent(CHANNEL)) >= len(DEVELOPMENTS))

    return check


FEED_PATHS = ("/feeds/wire.xml", "/feeds/tass-ru.xml", "/feeds/nhk-ja.xml")


def _more_polls(world: NewsWorld, rounds: int = 2) -> Callable[[], bool]:
    """True once every feed has been polled `rounds` more times than now."""
    before = {path: world.hits(path) for path in FEED_PATHS}
    return lambda: all(world.hits(path) >= n + rounds for path, n in before.items())


def _no_poll_queued(database: str, feed: str) -> Callable[[], bool]:
    """True once no poll of `feed` waits in the queue or runs: its last request is over."""
    sql = (
        "SELECT COUNT(*) FROM procrastinate_jobs WHERE task_name = 'poll_feed' "
        f"AND args->>'feed_id' = '{feed}' AND status IN ('todo', 'doing')"
    )
    return lambda: _query(database, sql) == [(0,)]


@pytest.fixture
def database() -> Iterator[str]:
    """A fresh schema on the machine's PostgreSQL."""
    with fresh_schema("scaled") as url:
        yield url


@pytest.fixture
def cluster(tmp_path: Path, world: NewsWorld, bot: BotApi, database: str) -> Iterator[Cluster]:
    """Processes on a config for this world; all stopped after the test."""
    c = Cluster(tmp_path, _config(tmp_path, world, bot, database))
    try:
        yield c
    finally:
        c.stop()


def test_scheduler_and_three_workers_alert_each_development_once(
    cluster: Cluster, world: NewsWorld, bot: BotApi, database: str
) -> None:
    """Three feeds polled by three workers: each development is alerted once, its later
    reports edit that alert, and every process stops cleanly on SIGTERM."""
    _publish(world)
    cluster.start("scheduler", "scheduler")
    for n in range(3):
        cluster.start(f"worker{n}", "worker", "--concurrency", "2")
    _wait(_settled(bot, database), 90, "every article decided and delivered")
    _wait(_more_polls(world), 60, "two more polls of every feed")  # that send nothing
    _wait(_settled(bot, database), 30, "the outbox idle after them")
    _assert_each_development_alerted_once(bot, database)
    assert bot.params_of("editMessageText"), "later sources are attached by editing"
    busy = [n for n in range(3) if "job.processing" in cluster.log(f"worker{n}")]
    polled = [n for n in range(3) if "feed.polled" in cluster.log(f"worker{n}")]
    assert len(polled) >= 2, "polls are spread over the workers"
    assert busy
    assert cluster.stop() == {"scheduler": 0, "worker0": 0, "worker1": 0, "worker2": 0}


def test_worker_killed_mid_job_its_job_runs_again_elsewhere(
    cluster: Cluster, world: NewsWorld, bot: BotApi, database: str
) -> None:
    """A worker SIGKILLed while it fetches a page: its job is requeued and done by another
    worker; every development is alerted once, nothing is lost or sent twice."""
    _publish(world)
    slow = "/articles/status-grave-visits.html"
    world.stall(slow, 60, (PAGES / "status-grave-visits.html").read_bytes())
    cluster.start("scheduler", "scheduler")
    for n in range(3):
        cluster.start(f"worker{n}", "worker", "--concurrency", "2")
    _wait(lambda: world.hits(slow) >= 1, 60, "a worker fetching the stalled page")

    def busy() -> list[int]:
        logs = [cluster.log(f"worker{n}") for n in range(3)]
        return [
            n
            for n, log in enumerate(logs)
            if log.count("job.processing") > log.count("job.processed")
        ]

    _wait(lambda: len(busy()) == 1, 30, "one worker busy with the stalled page")
    [victim] = busy()
    cluster.kill(f"worker{victim}")
    doing = _query(database, "SELECT id FROM procrastinate_jobs WHERE status = 'doing'")
    world.add_page(slow, (PAGES / "status-grave-visits.html").read_bytes())  # answers now
    _wait(_settled(bot, database), 90, "the killed worker's job done by another")
    _wait(_more_polls(world), 60, "two more polls of every feed")
    _wait(_settled(bot, database), 30, "the outbox idle after them")
    _assert_each_development_alerted_once(bot, database)
    assert "job.recovered" in cluster.log("scheduler")
    ids = ", ".join(str(row[0]) for row in doing) or "0"
    retried = _query(
        database, f"SELECT status, attempts FROM procrastinate_jobs WHERE id IN ({ids})"
    )
    assert retried
    assert all(status == "succeeded" for status, _ in retried), retried


def test_standby_scheduler_takes_over_within_30_seconds(
    cluster: Cluster, world: NewsWorld, bot: BotApi, database: str
) -> None:
    """Two schedulers: one is active, the other stands by; when the active one is killed
    the standby takes over within 30 s and new articles are still polled and alerted."""
    _publish(world, upto=4)  # the Shikotan drills only
    first = cluster.start("scheduler-a", "scheduler")
    _wait(lambda: "scheduler.active" in cluster.log("scheduler-a"), 30, "an active scheduler")
    cluster.start("scheduler-b", "scheduler")
    cluster.start("worker0", "worker", "--concurrency", "2")
    cluster.start("worker1", "worker", "--concurrency", "2")
    _wait(lambda: "scheduler.standby" in cluster.log("scheduler-b"), 30, "a standby scheduler")
    _wait(lambda: len(bot.sent(CHANNEL)) == 1, 60, "the first alert")
    assert "scheduler.active" not in cluster.log("scheduler-b")
    cluster.kill("scheduler-a")
    assert first.returncode == -signal.SIGKILL
    took = _wait(
        lambda: "scheduler.active" in cluster.log("scheduler-b"), 30, "the standby taking over"
    )
    assert took < 30
    _publish(world)  # the rest of the stream, polled on the new scheduler's schedule
    _wait(_settled(bot, database), 90, "the rest of the stream")
    _wait(_more_polls(world), 60, "two more polls of every feed")
    _wait(_settled(bot, database), 30, "the outbox idle after them")
    _assert_each_development_alerted_once(bot, database)


def _ask(api: BotApi, chat: int, text: str) -> str:
    """Write `text` to the bot from the private chat `chat`; the first answer's HTML."""
    before = len(api.sent(chat))
    api.push_text(chat, text, user_id=chat)
    _wait(lambda: len(api.sent(chat)) > before, 30, f"an answer to {text}")
    return api.sent(chat)[before]


def test_the_bot_runs_in_the_active_scheduler_only_and_moves_when_it_dies(
    cluster: Cluster, world: NewsWorld, bot: BotApi, database: str
) -> None:
    """Two schedulers and a worker: only the active scheduler polls the Bot API for
    commands (Telegram would answer a second poller 409 Conflict); /status is answered
    once; /facts shows the status a worker's alert moved; when the active scheduler is
    SIGKILLed, the standby's bot takes over and answers."""
    _publish(world, upto=0)  # empty feeds: the bot starts before anything is alerted
    cluster.start("scheduler-a", "scheduler")
    _wait(lambda: "bot.started" in cluster.log("scheduler-a"), 30, "the active scheduler's bot")
    cluster.start("scheduler-b", "scheduler")
    cluster.start("worker0", "worker", "--concurrency", "2")
    _wait(lambda: "scheduler.standby" in cluster.log("scheduler-b"), 30, "a standby scheduler")

    status = _ask(bot, ADMIN, "/status")
    assert "Monitor status" in status
    assert all(f"<b>{feed}</b>" in status for feed in ("wire", "tass-ru", "nhk-ja")), status

    _publish(world)
    _wait(_settled(bot, database), 90, "every article decided and delivered")
    before = len(bot.sent(USER))
    bot.push_text(USER, "/facts", user_id=USER)
    _wait(
        lambda: "status-grave-visits.html" in "".join(bot.sent(USER)[before:]),
        30,
        "/facts with the status the worker's alert moved, and its source",
    )
    latest = _ask(bot, USER, "/latest")
    assert "Shikotan" in latest
    assert "new-shikotan-drills.html" in latest

    assert len(bot.sent(ADMIN)) == 1, bot.sent(ADMIN)  # one answer: one bot
    assert bot.conflicts == 0, "two processes polled for commands"
    assert "bot.started" in cluster.log("scheduler-a")
    assert "bot.started" not in cluster.log("scheduler-b")
    assert all("bot." not in cluster.log(name) for name in ("scheduler-b", "worker0"))

    cluster.kill("scheduler-a")
    took = _wait(lambda: "bot.started" in cluster.log("scheduler-b"), 30, "the standby's bot")
    assert took < 30
    again = _ask(bot, ADMIN, "/status")
    assert "Monitor status" in again
    assert "✅ <b>wire</b>" in again  # the feeds' states, as the workers stored them
    assert len(bot.sent(ADMIN)) == 2
    assert cluster.stop() == {"scheduler-a": -signal.SIGKILL, "scheduler-b": 0, "worker0": 0}


def test_a_leaders_bot_that_cannot_start_is_tried_again(
    tmp_path: Path,
    world: NewsWorld,
    bot: BotApi,
    database: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Telegram failing as a scheduler takes the lead: `bot.unavailable` is logged, the
    scheduler leads on, and the bot is tried again (every BOT_RETRY seconds: a minute,
    here 0.2 s) until it answers; it stops with the scheduler."""
    monkeypatch.setattr(leader, "BOT_RETRY", 0.2)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", DEFAULT_TOKEN)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    _publish(world, upto=0)
    config = load_config(_config(tmp_path, world, bot, database))
    # getMe fails twice: the Context's client, then the bot's first start
    bot.fail_next("getMe", 502, count=2)

    def logged(event: str) -> bool:
        return any(r.msg == event for r in caplog.records)

    async def main() -> int:
        stop = asyncio.Event()
        scheduler = asyncio.create_task(leader.run_scheduler(config, stop))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while not logged("bot.started"):
            assert loop.time() < deadline, "the bot was not tried again"
            assert not scheduler.done()
            await asyncio.sleep(0.05)
        bot.push_text(USER, "/start", user_id=USER)
        while not bot.sent(USER):
            assert loop.time() < deadline, "no answer to /start"
            await asyncio.sleep(0.05)
        stop.set()
        return await scheduler

    with caplog.at_level(logging.INFO):
        assert asyncio.run(main()) == 0
    events = [r.msg for r in caplog.records]
    assert events.index("scheduler.started") < events.index("bot.unavailable")
    assert events.index("bot.unavailable") < events.index("bot.started")
    assert "Kuril monitor" in bot.sent(USER)[0]
    assert events[-1] == "scheduler.stopped"


def test_a_scheduler_stops_promptly_while_its_bot_waits_for_telegram(
    tmp_path: Path,
    world: NewsWorld,
    bot: BotApi,
    database: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Stopped while Telegram does not answer the bot's start (getMe held; 10 s a try): the
    scheduler cancels the starting bot after STOP_GRACE and exits 0, not after the tries."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", DEFAULT_TOKEN)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    _publish(world, upto=0)
    config = load_config(_config(tmp_path, world, bot, database))
    held = bot.hold_next("getMe", count=2)

    async def main() -> tuple[int, float]:
        stop = asyncio.Event()
        scheduler = asyncio.create_task(leader.run_scheduler(config, stop))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while not bot.params_of("getMe"):
            assert loop.time() < deadline, "the bot was not started"
            await asyncio.sleep(0.05)
        assert not scheduler.done()
        stop.set()
        asked = loop.time()
        code = await scheduler
        return code, loop.time() - asked

    try:
        with caplog.at_level(logging.INFO):
            code, took = asyncio.run(main())
    finally:
        held.set()
    assert code == 0
    assert runtime.STOP_GRACE - 1 < took < runtime.STOP_GRACE + 3, took
    assert not any(r.msg == "bot.started" for r in caplog.records)
    assert [r.msg for r in caplog.records][-1] == "scheduler.stopped"


def test_scheduler_and_workers_reload_the_feeds_file_live(
    cluster: Cluster, world: NewsWorld, bot: BotApi, database: str, tmp_path: Path
) -> None:
    """`feeds add` while a scheduler and a worker run: the feed is polled without a
    restart and its alert names the outlet by the title given; an invalid edit is
    rejected, told to the admin once, and the last good feeds stay polled; `feeds remove`:
    the feed is polled no more."""
    _publish(world, upto=0)
    name = "new-shikotan-drills"
    world.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
    item = {"title": name, "link": world.url(f"/articles/{name}.html"), "published": T0}
    world.add_feed("/feeds/extra.xml", [item], title="Channel name")
    cluster.start("scheduler", "scheduler")
    cluster.start("worker0", "worker", "--concurrency", "2")
    _wait(lambda: world.hits("/feeds/wire.xml") >= 2, 60, "the configured feeds polled")
    assert world.hits("/feeds/extra.xml") == 0

    url = world.url("/feeds/extra.xml")
    added = run_cli(cluster.config, "feeds", "add", url, "--id", "extra", "--title", "Extra Wire")
    assert added.returncode == 0, added.stderr
    _wait(lambda: len(bot.sent(CHANNEL)) == 1, 60, "the added feed's alert")
    assert ">Extra Wire</a>" in bot.sent(CHANNEL)[0]  # the worker knows its title
    assert "Channel name" not in bot.sent(CHANNEL)[0]
    assert "feeds.reloaded" in cluster.log("scheduler")
    assert "job.unknown_feed" not in cluster.log("worker0")

    feeds_file = tmp_path / "feeds.yaml"
    good = feeds_file.read_text(encoding="utf-8")
    feeds_file.write_text(good + "    titel: typo\n", encoding="utf-8")
    _wait(lambda: "feeds.rejected" in cluster.log("scheduler"), 30, "the edit rejected")
    _wait(lambda: len(bot.sent(ADMIN)) == 1, 30, "the admin told")
    assert "Feeds file change rejected" in bot.sent(ADMIN)[0]
    assert "feeds[0].titel: unknown key" in bot.sent(ADMIN)[0]
    polls = world.hits("/feeds/extra.xml")
    _wait(lambda: world.hits("/feeds/extra.xml") >= polls + 2, 30, "the last good feeds")

    feeds_file.write_text(good, encoding="utf-8")
    removed = run_cli(cluster.config, "feeds", "remove", "extra")
    assert removed.returncode == 0, removed.stderr
    _wait(
        lambda: (
            cluster.log("scheduler").count("feeds.reloaded") >= 2
            and cluster.log("worker0").count("feeds.reloaded") >= 2
        ),
        30,
        "the removal read",
    )
    _wait(_no_poll_queued(database, "extra"), 30, "a poll already under way to end")
    polls = world.hits("/feeds/extra.xml")
    wire = world.hits("/feeds/wire.xml")
    _wait(lambda: world.hits("/feeds/wire.xml") >= wire + 3, 30, "more polls of the rest")
    assert world.hits("/feeds/extra.xml") == polls
    assert len(bot.sent(ADMIN)) == 1
    assert cluster.stop() == {"scheduler": 0, "worker0": 0}


# an unknown concept on line 6 (column 24): the whole file is rejected
BROKEN_RULES = """concepts:
  lookalike.drills:
    mask: true
    en: ["drills on shikotan"]
rules:
  - {id: broken, all: [no_such_concept]}
"""


def test_a_rejected_rules_change_is_told_to_the_admins_and_the_last_good_rules_decide(
    cluster: Cluster, world: NewsWorld, bot: BotApi, tmp_path: Path
) -> None:
    """A broken file saved into rules/ while a scheduler and a worker run: the scheduler
    rejects it with its file:line and tells the admin once, as `run` does; the worker
    rejects it too and keeps deciding with the last good rules."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    config = yaml.safe_load(cluster.config.read_text(encoding="utf-8"))
    config["rules_dir"] = str(rules)
    cluster.config.write_text(yaml.safe_dump(config), encoding="utf-8")
    _publish(world, upto=0)
    cluster.start("scheduler", "scheduler")
    cluster.start("worker0", "worker", "--concurrency", "2")
    _wait(lambda: "scheduler.started" in cluster.log("scheduler"), 60, "an active scheduler")
    _wait(lambda: world.hits("/feeds/wire.xml") >= 2, 60, "the feeds polled")
    assert not bot.sent(ADMIN)

    (rules / "zz-change.yaml").write_text(BROKEN_RULES, encoding="utf-8")
    _wait(lambda: len(bot.sent(ADMIN)) == 1, 30, "the admin told")
    assert "Rules change rejected" in bot.sent(ADMIN)[0]
    assert "zz-change.yaml:6:24" in bot.sent(ADMIN)[0]
    assert cluster.log("scheduler").count("rules.rejected") == 1

    _publish(world, upto=2)  # the Shikotan drills (and a look-alike)
    _wait(lambda: len(bot.sent(CHANNEL)) == 1, 60, "the drills alerted by the last good rules")
    assert "Shikotan" in bot.sent(CHANNEL)[0]
    assert "rules.rejected" in cluster.log("worker0")
    assert "rules.reloaded" not in cluster.log("worker0")
    assert len(bot.sent(ADMIN)) == 1
    assert cluster.stop() == {"scheduler": 0, "worker0": 0}


def test_a_standby_that_takes_over_polls_the_feeds_file_as_it_is_then(
    cluster: Cluster, world: NewsWorld, database: str, tmp_path: Path
) -> None:
    """A feed added while a scheduler stands by, and dropped again after it took over:
    the new leader schedules the feed as the file says at takeover, then drops it."""
    _publish(world, upto=0)
    world.add_feed("/feeds/extra.xml", [], title="Extra")
    first = cluster.start("scheduler-a", "scheduler")
    _wait(lambda: "scheduler.active" in cluster.log("scheduler-a"), 60, "an active scheduler")
    cluster.start("scheduler-b", "scheduler")
    cluster.start("worker0", "worker", "--concurrency", "2")
    _wait(lambda: "scheduler.standby" in cluster.log("scheduler-b"), 60, "a standby scheduler")
    url = world.url("/feeds/extra.xml")
    assert run_cli(cluster.config, "feeds", "add", url, "--id", "extra").returncode == 0
    _wait(lambda: world.hits("/feeds/extra.xml") >= 3, 60, "the leader polling the new feed")
    cluster.kill("scheduler-a")
    assert first.returncode == -signal.SIGKILL
    _wait(lambda: "scheduler.active" in cluster.log("scheduler-b"), 60, "the takeover")
    polls = world.hits("/feeds/extra.xml")
    _wait(lambda: world.hits("/feeds/extra.xml") >= polls + 2, 60, "the new leader's polls")
    assert run_cli(cluster.config, "feeds", "remove", "extra").returncode == 0
    _wait(lambda: "feeds.reloaded" in cluster.log("scheduler-b"), 60, "the removal read")
    _wait(_no_poll_queued(database, "extra"), 30, "a poll already under way to end")
    polls = world.hits("/feeds/extra.xml")
    wire = world.hits("/feeds/wire.xml")
    _wait(lambda: world.hits("/feeds/wire.xml") >= wire + 3, 60, "more polls of the rest")
    assert world.hits("/feeds/extra.xml") == polls
    assert cluster.stop() == {"scheduler-a": -signal.SIGKILL, "scheduler-b": 0, "worker0": 0}


@pytest.mark.parametrize("command", [["scheduler"], ["worker", "--concurrency", "2"]])
def test_scaled_commands_refuse_sqlite(tmp_path: Path, command: list[str]) -> None:
    """`scheduler` and `worker` need PostgreSQL: on SQLite they exit 2 and say so."""
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"database": "sqlite:///state/monitor.db"}), "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "postgresql://" in proc.stderr


def test_run_once_beside_scheduler_and_workers_posts_each_development_once(
    cluster: Cluster, world: NewsWorld, bot: BotApi, database: str
) -> None:
    """`run --once` on the database the scaled mode works on (a cron job left in place):
    started while a worker's job is deciding (one of its pages stalled) it skips its cycle
    and says so; started again as that job ends, it races the workers for what is left.
    Each development is posted once, every process exits 0."""
    _publish(world)
    slow = "/articles/lookalike-cat.html"
    page = (PAGES / "lookalike-cat.html").read_bytes()
    world.stall(slow, 60, page)
    cluster.start("scheduler", "scheduler")
    for n in range(2):
        cluster.start(f"worker{n}", "worker", "--concurrency", "2")
    _wait(lambda: world.hits(slow) >= 1, 60, "a worker's job fetching the stalled page")
    during = [cluster.start(f"during{n}", "run", "--once") for n in range(2)]
    for n, proc in enumerate(during):
        assert proc.wait(timeout=60) == 0, cluster.log(f"during{n}")
        text = cluster.log(f"during{n}")
        assert "event=cycle.skipped" in text, text
        assert "event=cycle.done" not in text, text
        assert "Traceback" not in text, text
    world.add_page(slow, page)  # the page answers now: the item is retried
    after = [cluster.start(f"after{n}", "run", "--once") for n in range(2)]
    for n, proc in enumerate(after):
        assert proc.wait(timeout=60) == 0, cluster.log(f"after{n}")
        assert "Traceback" not in cluster.log(f"after{n}")
    _wait(_settled(bot, database), 90, "every article decided and delivered")
    last = cluster.start("idle", "run", "--once")  # with nothing left: nothing is sent
    assert last.wait(timeout=60) == 0, cluster.log("idle")
    _assert_each_development_alerted_once(bot, database)
    codes = cluster.stop()
    assert {name: codes[name] for name in ("scheduler", "worker0", "worker1")} == {
        "scheduler": 0,
        "worker0": 0,
        "worker1": 0,
    }
    for name in ("scheduler", "worker0", "worker1"):
        assert "Traceback" not in cluster.log(name), cluster.log(name)
