"""Health operators can watch: /healthz and /metrics, feed health, and the log format."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families
from support.botapi import BotApi
from support.daemon import ARTICLES, Daemon, events, run_cli, write_config
from support.newsworld import NewsWorld

from monitor.core.models import Article, FeedItem
from monitor.core.rules import Matcher, Term
from monitor.edges.store import Store
from monitor.files.config import Config, load_config
from monitor.log import KeyValueFormatter
from monitor.shell.app import open_context
from monitor.shell.health import HealthServer, health_report
from monitor.stages.metrics import Metrics
from monitor.stages.pipeline import SUMMARY_EVERY, CycleReport, CycleTally, log_cycle, run_cycle

CHANNEL = "@kuril_test"
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str, str]:
    """(status, content type, body) of a GET, error statuses included."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=5) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode()


def _samples(text: str) -> Samples:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def _config(tmp_path: Path, **extra: Any) -> Config:
    return Config.model_validate(
        {
            "database": f"sqlite:///{tmp_path / 'monitor.db'}",
            "feeds": [{"id": "wire", "url": "https://news.example/feed", "interval": 60}],
            "base_dir": str(tmp_path),
            **extra,
        }
    )


# ----------------------------------------------------------------------------- /healthz logic


def test_healthz_is_ok_after_a_cycle_and_stale_without_one(tmp_path: Path) -> None:
    """200 while cycles complete; 503 "failing" (stale) once none has for longer than
    stale_after."""
    config = _config(tmp_path, feeds=[], health={"stale_after": 30})
    store = Store.open(tmp_path / "monitor.db")
    metrics = Metrics()
    try:
        status, body = health_report(config, store, metrics, started=1000.0, now=1010.0)
        assert (status, body["status"], body["last_cycle"]) == (200, "ok", None)
        assert body["outbox_backlog"] == 0
        assert body["database"] == "ok"
        status, body = health_report(config, store, metrics, started=1000.0, now=1031.0)
        assert (status, body["status"]) == (503, "failing")
        assert body["reasons"] == ["stale: no cycle completed for 31 s (limit 30 s)"]
        metrics.cycle_done(0.5, 0, at=1025.0)
        status, body = health_report(config, store, metrics, started=1000.0, now=1031.0)
        assert (status, body["status"]) == (200, "ok")
        assert body["last_cycle"].startswith("1970-01-01T00:17:05")
        assert body["seconds_since_cycle"] == 6.0
    finally:
        store.close()


def test_stale_after_defaults_to_three_intervals(tmp_path: Path) -> None:
    """Without health.stale_after, three of the longest polling intervals plus a minute."""
    config = _config(tmp_path)
    store = Store.open(tmp_path / "monitor.db")
    try:
        status, body = health_report(config, store, Metrics(), started=0.0, now=240.0)
        assert (status, body["stale_after"]) == (200, 240)
        assert health_report(config, store, Metrics(), started=0.0, now=241.0)[0] == 503
    finally:
        store.close()


def test_healthz_reports_an_unreachable_database(tmp_path: Path) -> None:
    """A database that does not answer makes /healthz 503 with the reason."""
    config = _config(tmp_path)
    store = Store.open(tmp_path / "monitor.db")
    store.close()
    status, body = health_report(config, store, Metrics(), started=0.0, now=1.0)
    assert status == 503
    assert body["status"] == "failing"
    assert body["reasons"][0].startswith("database unreachable: ")
    assert "closed" in body["database"]


def _feeds_polled(store: Store, outcomes: dict[str, list[bool]], at: datetime) -> None:
    """Record polls of each feed (True: answered, False: failed), one a minute up to `at`."""
    for feed, polls in outcomes.items():
        store.feed_state(feed, f"https://news.example/{feed}")
        for n, ok in enumerate(polls):
            when = at - timedelta(minutes=len(polls) - 1 - n)
            error = None if ok else "connection refused"
            store.record_poll(feed, when, 200 if ok else None, None, error, when)


@pytest.mark.parametrize(
    ("outcomes", "telegram", "status", "reasons"),
    [
        ({"a": [True], "b": [True]}, None, (200, "ok"), []),
        (
            {"a": [True], "b": [False] * 3},
            None,
            (200, "degraded"),
            ["1 of 2 feeds unhealthy: b"],
        ),
        (
            {"a": [True], "b": [True]},
            "Telegram unavailable: connection refused",
            (200, "degraded"),
            ["Telegram unavailable: connection refused"],
        ),
        (
            {"a": [True] + [False] * 3, "b": [False] * 3},
            None,
            (503, "failing"),
            ["all 2 feeds unhealthy (3+ failed polls in a row)"],
        ),
    ],
)
def test_healthz_is_degraded_by_some_feeds_and_failing_without_any(
    tmp_path: Path,
    outcomes: dict[str, list[bool]],
    telegram: str | None,
    status: tuple[int, str],
    reasons: list[str],
) -> None:
    """Some feeds unhealthy, or Telegram down: 200 "degraded" naming them; every feed
    unhealthy: 503 "failing" — never "ok" while nothing is read."""
    feeds = [{"id": f, "url": f"https://news.example/{f}"} for f in ("a", "b")]
    config = _config(tmp_path, feeds=feeds, polling={"unhealthy_after": 3})
    store = Store.open(tmp_path / "monitor.db")
    now = datetime.now(UTC)
    try:
        _feeds_polled(store, outcomes, now)
        metrics = Metrics()
        metrics.cycle_done(0.1, 0, at=now.timestamp())
        code, body = health_report(
            config, store, metrics, now.timestamp() - 60, now.timestamp(), telegram
        )
    finally:
        store.close()
    assert (code, body["status"]) == status
    assert body["reasons"] == reasons
    assert body["unhealthy_feeds"] == [f for f, p in outcomes.items() if p[-3:] == [False] * 3]


def _queued_alert(store: Store, at: datetime) -> None:
    """An alert decided at `at`, its row for CHANNEL waiting in the outbox."""
    item = FeedItem("a", "drills", "https://news.example/drills", "Drills", "", at)
    store.record_poll("a", at, 200, None, None, None, (item,))
    article = Article(
        url=item.link,
        feed_id="a",
        title="Drills",
        text="Drills on Shikotan.",
        lang="en",
        published=at,
        outlet="Wire",
    )
    store.record_assessment(
        item,
        article,
        "new_development",
        "drills",
        ["military"],
        at,
        alert={"kind": "new_development", "rule": "military", "diff": {"new": ["Drills"]}},
        development={"id": "d1", "signature": {"drills"}, "events": set(), "status_change": None},
        chat_ids=(CHANNEL,),
    )


@pytest.mark.parametrize(("waited", "status"), [(599.0, "ok"), (601.0, "degraded")])
def test_healthz_is_degraded_by_an_old_outbox_backlog(
    tmp_path: Path, waited: float, status: str
) -> None:
    """An alert waiting in the outbox longer than health.outbox_after makes /healthz 200
    "degraded", saying how many wait and for how long; the metric shows its age."""
    feeds = [{"id": "a", "url": "https://news.example/a"}]
    config = _config(tmp_path, feeds=feeds, health={"outbox_after": 600})
    store = Store.open(tmp_path / "monitor.db")
    now = datetime.now(UTC)
    try:
        _queued_alert(store, now - timedelta(seconds=waited))
        metrics = Metrics()
        metrics.cycle_done(0.1, 1, at=now.timestamp())
        code, body = health_report(config, store, metrics, now.timestamp() - 60, now.timestamp())
    finally:
        store.close()
    assert (code, body["status"]) == (200, status)
    assert body["outbox_backlog"] == 1
    assert body["outbox_oldest_seconds"] == pytest.approx(waited, abs=0.2)
    assert body["outbox_after"] == 600
    expected = ["outbox backlog: 1 waiting, the oldest for 10 min (limit 10 min)"]
    assert body["reasons"] == (expected if status == "degraded" else [])
    samples = _samples(metrics.exposition().decode())
    assert _value(samples, "kuril_outbox_oldest_pending_seconds") == pytest.approx(waited, abs=0.2)


def test_healthz_reports_posts_held_for_an_admin(tmp_path: Path) -> None:
    """A post held because nobody knows whether it reached the chat makes /healthz 200
    "degraded", naming its row and the command that lists it, and shows on /metrics;
    once an admin says it arrived, the health is ok again."""
    feeds = [{"id": "a", "url": "https://news.example/a"}]
    config = _config(tmp_path, feeds=feeds)
    store = Store.open(tmp_path / "monitor.db")
    now = datetime.now(UTC)
    metrics = Metrics()
    metrics.cycle_done(0.1, 0, at=now.timestamp())
    try:
        _queued_alert(store, now)
        (row,) = store.pending_outbox(now)
        store.outbox_hold(row.id, "the post timed out")
        code, body = health_report(config, store, metrics, now.timestamp() - 60, now.timestamp())
        reported = _samples(metrics.exposition().decode())
        scraped = Metrics()
        scraped.refresh(config, store, now.timestamp())
        store.resolve_held(row.id, True, now)
        after = health_report(config, store, metrics, now.timestamp() - 60, now.timestamp())
    finally:
        store.close()
    assert (code, body["status"]) == (200, "degraded")
    assert body["outbox_held"] == [row.id]
    assert body["outbox_backlog"] == 0
    assert body["reasons"] == [
        f"1 held in the outbox (rows {row.id}): nobody knows whether they reached the chat; "
        "`kuril-monitor outbox` lists them"
    ]
    assert _value(reported, "kuril_outbox_held") == 1
    assert _value(_samples(scraped.exposition().decode()), "kuril_outbox_held") == 1
    assert (after[0], after[1]["status"], after[1]["outbox_held"]) == (200, "ok", [])
    assert _value(_samples(metrics.exposition().decode()), "kuril_outbox_held") == 0


def test_regex_timeouts_are_counted_while_the_metrics_watch() -> None:
    """A rule regex cut off by its time limit adds one to kuril_regex_timeouts_total while
    the owner counts them, and nothing once it stopped."""
    matcher = Matcher([Term("bad", "re:(a+)+$", "en", "regex")])
    metrics = Metrics()
    with metrics.counting_regex_timeouts():
        matcher.find("a" * 5000 + "!")
    matcher.find("a" * 5000 + "!")
    samples = _samples(metrics.exposition().decode())
    assert _value(samples, "kuril_regex_timeouts_total") == 1


def test_outbox_after_is_bounded(tmp_path: Path) -> None:
    """health.outbox_after must be a positive, finite number of seconds of at most 4 weeks."""
    for bad in (0, -1, 4 * 7 * 86400 + 1, float("inf")):
        with pytest.raises(ValueError, match="outbox_after"):
            _config(tmp_path, health={"outbox_after": bad})
    assert _config(tmp_path).health.outbox_after == 1800


def test_healthz_is_failing_when_no_feed_answered_within_the_window(tmp_path: Path) -> None:
    """Feeds that failed (but not yet often enough to count as unhealthy) for longer than
    stale_after since the last success, or since start, make /healthz 503."""
    feeds = [{"id": "a", "url": "https://news.example/a"}]
    config = _config(tmp_path, feeds=feeds, health={"stale_after": 120})
    store = Store.open(tmp_path / "monitor.db")
    now = datetime.now(UTC)
    metrics = Metrics()
    metrics.cycle_done(0.1, 0, at=now.timestamp())
    try:
        fresh = health_report(config, store, metrics, now.timestamp() - 100, now.timestamp())
        late = health_report(config, store, metrics, now.timestamp() - 121, now.timestamp())
        _feeds_polled(store, {"a": [True, False, False, False]}, now)  # success 3 min ago
        answered = health_report(config, store, metrics, now.timestamp() - 600, now.timestamp())
    finally:
        store.close()
    assert (fresh[0], fresh[1]["status"]) == (200, "ok")
    assert (late[0], late[1]["reasons"]) == (
        503,
        ["no feed polled successfully for 121 s (limit 120 s)"],
    )
    assert (answered[0], answered[1]["reasons"]) == (
        503,
        ["no feed polled successfully for 180 s (limit 120 s)"],
    )
    assert answered[1]["last_feed_success"] == (now - timedelta(minutes=3)).isoformat()


# ----------------------------------------------------------------------------- the server


def test_health_server_routes_and_refuses(tmp_path: Path) -> None:
    """/healthz is JSON, /metrics is Prometheus text; other paths, methods and junk are refused."""
    config = _config(tmp_path, health={"port": 0})
    store = Store.open(tmp_path / "monitor.db")

    async def scenario() -> list[bytes]:
        answers = []
        async with HealthServer(config, store, Metrics()) as server:
            for raw in (
                b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
                b"GET /metrics HTTP/1.1\r\n\r\n",
                b"GET /other HTTP/1.1\r\n\r\n",
                b"POST /healthz HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
                b"\x00\xff garbage\r\n\r\n",
                b"GET /" + b"a" * 20_000 + b" HTTP/1.1\r\n\r\n",
            ):
                reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
                writer.write(raw)
                await writer.drain()
                async with asyncio.timeout(5):
                    answers.append(await reader.read())
                writer.close()
        return answers

    try:
        healthz, metrics, other, post, junk, huge = asyncio.run(scenario())
    finally:
        store.close()
    assert healthz.startswith(b"HTTP/1.1 200 OK\r\n")
    assert json.loads(healthz.split(b"\r\n\r\n", 1)[1])["status"] == "ok"
    assert metrics.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"kuril_alerts_pending 0.0" in metrics
    assert other.startswith(b"HTTP/1.1 404")
    assert post.startswith(b"HTTP/1.1 405")
    assert junk.startswith(b"HTTP/1.1 400")
    assert huge == b""  # an oversized request line gets no answer, and no crash


def test_metrics_registries_are_separate() -> None:
    """Each Metrics owns its registry: two monitors in one process do not share counts."""
    a, b = Metrics(), Metrics()
    a.feed_polled("wire", 200, failed=False)
    assert b'kuril_feed_polls_total{feed="wire"} 1.0' in a.exposition()
    assert b"kuril_feed_polls_total{" not in b.exposition()


# ----------------------------------------------------------------------------- the daemon


def test_daemon_serves_healthz_and_metrics(tmp_path: Path, world: NewsWorld, bot: BotApi) -> None:
    """`kuril-monitor run` serves /healthz and /metrics; `kuril-monitor health` agrees."""
    world.add_page("/a/drills.html", (ARTICLES / "new-shikotan-drills.html").read_bytes())
    world.add_feed(
        "/wire.xml",
        [{"title": "Drills", "link": world.url("/a/drills.html"), "guid": "d", "published": T0}],
    )
    world.fail("/broken.xml", 500)
    port = _free_port()
    config = write_config(
        tmp_path,
        [("wire", world.url("/wire.xml")), ("broken", world.url("/broken.xml"))],
        api_base_url=bot.base_url,
        health={"port": port},
        polling={"unhealthy_after": 1000},  # "broken" fails, but not yet for long: ok
    )
    with Daemon(config, token=bot.token) as proc:
        assert proc.wait_for("delivery.sent"), proc.output()
        assert proc.wait_for("cycle.done", count=proc.count("cycle.done") + 2)
        status, kind, body = _get(f"http://127.0.0.1:{port}/healthz")
        assert (status, kind) == (200, "application/json"), body
        health = json.loads(body)
        assert health["status"] == "ok"
        assert health["database"] == "ok"
        assert health["outbox_backlog"] == 0
        assert datetime.fromisoformat(health["last_cycle"]) <= datetime.now(UTC)
        status, kind, text = _get(f"http://127.0.0.1:{port}/metrics")
        probe = run_cli(config, "health")
        assert proc.terminate() < 10
    assert status == 200
    assert kind.startswith("text/plain; version=")
    samples = _samples(text)
    assert _value(samples, "kuril_feed_polls_total", feed="wire") >= 1
    assert _value(samples, "kuril_feed_errors_total", feed="broken") >= 1
    assert _value(samples, "kuril_feed_errors_total", feed="wire") == 0
    assert _value(samples, "kuril_http_responses_total", kind="feed", status="200") >= 1
    assert _value(samples, "kuril_http_responses_total", kind="feed", status="500") >= 1
    assert _value(samples, "kuril_http_responses_total", kind="page", status="200") == 1
    assert _value(samples, "kuril_articles_total", decision="new_development") == 1
    assert _value(samples, "kuril_alerts_sent_total") == 1
    assert _value(samples, "kuril_alerts_pending") == 0
    assert _value(samples, "kuril_cycle_duration_seconds_count") >= 2
    assert _value(samples, "kuril_extraction_seconds_count") == 1
    assert _value(samples, "kuril_last_cycle_timestamp_seconds") > 0
    wire_ok = _value(samples, "kuril_feed_last_success_timestamp_seconds", feed="wire")
    assert datetime.now(UTC).timestamp() - 120 < wire_ok <= datetime.now(UTC).timestamp()
    never = ("kuril_feed_last_success_timestamp_seconds", frozenset({("feed", "broken")}))
    assert never not in samples  # never polled successfully: no sample
    assert _value(samples, "kuril_outbox_oldest_pending_seconds") == 0
    assert _value(samples, "kuril_regex_timeouts_total") == 0
    # every kind of decision has its series, at 0 until it happens
    assert ("kuril_articles_total", frozenset({("decision", "restatement")})) in samples
    assert _value(samples, "kuril_articles_total", decision="restatement") == 0
    assert probe.returncode == 0, probe.stdout + probe.stderr
    assert json.loads(probe.stdout)["status"] == "ok"


def test_daemon_without_completed_cycles_turns_stale(tmp_path: Path) -> None:
    """With no cycle completing, /healthz turns 503 and `kuril-monitor health` exits 1."""
    port = _free_port()
    config = write_config(tmp_path, [], health={"port": port, "stale_after": 1})
    with Daemon(config) as proc:
        assert proc.wait_for("health.listening"), proc.output()
        assert _get(f"http://127.0.0.1:{port}/healthz")[0] == 200
        assert proc.wait_for(lambda: _get(f"http://127.0.0.1:{port}/healthz")[0] == 503, 10)
        body = _get(f"http://127.0.0.1:{port}/healthz")[2]
        probe = run_cli(config, "health")
        assert proc.terminate() < 10
    assert json.loads(body)["status"] == "failing"
    assert probe.returncode == 1
    assert "stale" in probe.stdout


def test_daemon_with_every_feed_down_is_failing_and_with_one_down_degraded(
    tmp_path: Path, world: NewsWorld
) -> None:
    """A real `run`: every feed refused makes /healthz 503 "failing" and `health` exit 1;
    one feed of two refused makes it 200 "degraded" naming that feed, and `health` exit 0."""
    world.add_feed("/wire.xml", [])
    down = f"http://127.0.0.1:{_free_port()}/feed.xml"  # nothing listens there
    answers: dict[str, tuple[int, dict[str, Any], int]] = {}
    for case, feeds in {
        "all": [("down1", down), ("down2", down + "?2")],
        "one": [("wire", world.url("/wire.xml")), ("down", down)],
    }.items():
        port = _free_port()
        (tmp_path / case).mkdir()
        config = write_config(
            tmp_path / case,
            feeds,
            polling={"unhealthy_after": 2},
            health={"port": port},
        )
        url = f"http://127.0.0.1:{port}/healthz"

        def settled(
            url: str = url, down: int = sum("down" in f for f, _ in feeds), up: bool = case == "one"
        ) -> bool:
            # the refused feed fails at once; the working one is read in a worker process,
            # which may start later: settled when every feed's state is known
            try:
                body = json.loads(_get(url)[2])
            except (urllib.error.URLError, OSError):
                return False  # not listening yet
            polled = body["last_feed_success"] is not None
            return len(body["unhealthy_feeds"]) == down and polled == up

        with Daemon(config) as proc:
            assert proc.wait_for(settled, timeout=30), proc.output()
            status, _, body = _get(url)
            probe = run_cli(config, "health")
            proc.terminate()
        answers[case] = (status, json.loads(body), probe.returncode)
    status, body, probe_status = answers["all"]
    assert (status, body["status"], probe_status) == (503, "failing", 1)
    assert "all 2 feeds unhealthy (2+ failed polls in a row)" in body["reasons"]
    status, body, probe_status = answers["one"]
    assert (status, body["status"], probe_status) == (200, "degraded", 0)
    assert body["reasons"] == ["1 of 2 feeds unhealthy: down"]
    assert body["last_feed_success"] is not None


def test_health_command_without_endpoint_fails(tmp_path: Path) -> None:
    """`kuril-monitor health` exits 1 when the endpoint is off or nothing listens."""
    off = run_cli(write_config(tmp_path, []), "health")
    assert (off.returncode, "disabled" in off.stdout) == (1, True)
    down = run_cli(write_config(tmp_path, [], health={"port": _free_port()}), "health")
    assert (down.returncode, "no answer" in down.stdout) == (1, True)


# ----------------------------------------------------------------------------- feed health


def test_unhealthy_feed_is_reported_once_and_recovery_noticed(
    tmp_path: Path, world: NewsWorld, caplog: pytest.LogCaptureFixture
) -> None:
    """Crossing unhealthy_after logs feed.unhealthy once; the first success logs recovery."""
    world.fail("/wire.xml", 503)
    config = load_config(
        write_config(tmp_path, [("wire", world.url("/wire.xml"))], polling={"unhealthy_after": 3})
    )

    def logged(event: str) -> int:
        return sum(1 for r in caplog.records if r.getMessage() == event)

    async def scenario() -> list[tuple[int, list[str], float]]:
        seen = []
        async with open_context(config) as ctx:
            for n in range(7):
                if n == 5:
                    world.add_feed("/wire.xml", [])
                await run_cycle(ctx)
                _, body = health_report(config, ctx.store, ctx.metrics, 0.0, 0.0)
                samples = _samples(ctx.metrics.exposition().decode())
                gauge = _value(samples, "kuril_feed_unhealthy", feed="wire")
                seen.append((logged("feed.unhealthy"), body["unhealthy_feeds"], gauge))
        return seen

    with caplog.at_level(logging.INFO, logger="monitor"):
        seen = asyncio.run(scenario())
    assert [s[0] for s in seen] == [0, 0, 1, 1, 1, 1, 1]
    assert [s[1] for s in seen] == [[], [], ["wire"], ["wire"], ["wire"], [], []]
    assert [s[2] for s in seen] == [0, 0, 1, 1, 1, 0, 0]
    assert logged("feed.recovered") == 1
    assert logged("feed.failed") == 5


# ----------------------------------------------------------------------------- logs

_VALUE = r'("([^"\\]|\\.)*"|[^ "\n]+)'
_LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ level=(debug|info|warning|error|critical) "
    rf"event={_VALUE}( [A-Za-z_][\w.]*={_VALUE})*$"
)


def test_logs_are_one_key_value_line_per_event(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """Every line a run writes to stderr is one event with key=value fields."""
    world.add_page("/a/drills.html", (ARTICLES / "new-shikotan-drills.html").read_bytes())
    world.add_feed(
        "/wire.xml",
        [{"title": "Drills", "link": world.url("/a/drills.html"), "guid": "d", "published": T0}],
    )
    world.add_raw("/broken.xml", b'<html>\n"not" a feed\n</html>', {"Content-Type": "text/html"})
    config = write_config(
        tmp_path,
        [("wire", world.url("/wire.xml")), ("broken", world.url("/broken.xml"))],
        api_base_url=bot.base_url,
        log_level="DEBUG",
    )
    done = run_cli(config, "run", "--once", token=bot.token)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) >= 5
    for line in lines:
        assert _LINE.match(line), line
    assert any("event=feed.failed feed=broken" in line for line in lines)


def test_feeds_in_backoff_log_no_empty_cycles(tmp_path: Path) -> None:
    """A feed in backoff is skipped by most scheduled runs: those cycles log nothing at
    info; every `cycle.done` line that is written polled something, with a duration in
    rounded milliseconds and no `None` field."""
    down = f"http://127.0.0.1:{_free_port()}/feed.xml"  # nothing listens there
    config = write_config(tmp_path, [("down", down)], polling={"interval": 0.1, "max_backoff": 0.8})
    with Daemon(config) as proc:
        assert proc.wait_for("feed.failed", count=4), proc.output()
        proc.terminate()
    output = proc.output()
    done = events(output, "cycle.done")
    assert done, output
    assert all(" feeds_polled=1 " in f"{line} " for line in done), done
    # four failures with waits of 0.2, 0.4, 0.8 s: at 0.1 s a run, most runs were skipped
    assert len(done) <= len(events(output, "feed.failed")) + 1
    assert re.search(r" ms=\d+(\.\d{1,3})?( |$)", done[0]), done[0]
    assert "=None" not in output
    assert not re.search(r"=\d+\.\d{5,}", output), output


def test_quiet_cycles_are_debug_and_a_summary_adds_them_up(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Empty cycles log at debug; after SUMMARY_EVERY one `cycle.summary` adds up the
    cycles since the last, and the tally starts again."""
    quiet = CycleReport(seconds=0.0006053360000350949)
    busy = CycleReport(feeds_polled=2, feed_errors=1, new_items=3, articles=3, alerts=1, sent=1)
    tally = CycleTally()
    with caplog.at_level(logging.DEBUG, logger="monitor"):
        for n, report in enumerate([busy, quiet, quiet, busy, quiet]):
            tally = log_cycle(tally, report, T0 + n * SUMMARY_EVERY / 4)
    done = [r for r in caplog.records if r.getMessage() == "cycle.done"]
    assert [r.levelname for r in done] == ["INFO", "DEBUG", "DEBUG", "INFO", "DEBUG"]
    [summary] = [r for r in caplog.records if r.getMessage() == "cycle.summary"]
    fields = summary.__dict__
    assert (fields["cycles"], fields["quiet"], fields["feeds_polled"]) == (5, 3, 4)
    assert (fields["feed_errors"], fields["alerts"], fields["sent"]) == (2, 2, 2)
    assert fields["minutes"] == 15
    assert (tally.cycles, tally.since) == (0, T0 + SUMMARY_EVERY)


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0.0006053360000350949, "0.000605"), (12.345, "12.3"), (1234.567, "1235"), (600.0, "600")],
)
def test_log_numbers_are_rounded_and_none_left_out(value: float, shown: str) -> None:
    """Floats print with three significant digits; a None field is not printed at all."""
    record = logging.LogRecord("monitor.x", logging.INFO, "", 0, "feed.failed", (), None)
    record.__dict__.update({"feed": "wire", "status": None, "retry_in": value})
    line = KeyValueFormatter().format(record)
    assert line.endswith(f"event=feed.failed feed=wire retry_in={shown}")


def test_an_unreachable_telegram_is_named_with_its_error(tmp_path: Path) -> None:
    """With a token set but the Bot API unreachable, the log and the console say Telegram
    is unreachable and why, not how to set a token."""
    config = write_config(tmp_path, [], api_base_url=f"http://127.0.0.1:{_free_port()}/bot")
    done = run_cli(config, "run", "--once", token="123456:not-a-real-token")
    assert done.returncode == 0, done.stderr
    [warning] = events(done.stderr, "telegram.unavailable")
    assert 'error="Telegram unreachable: httpx.ConnectError' in warning, warning
    assert done.stdout.startswith("Telegram unreachable: httpx.ConnectError"), done.stdout
    assert "kept in the outbox" in done.stdout
    assert "TELEGRAM_BOT_TOKEN" not in done.stdout + done.stderr
