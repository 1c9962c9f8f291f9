"""Health operators can watch: /healthz and /metrics, feed health, and the log format."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families
from support.botapi import BotApi
from support.daemon import ARTICLES, Daemon, run_cli, write_config
from support.newsworld import NewsWorld

from monitor.app import open_context
from monitor.config import Config, load_config
from monitor.health import HealthServer, Metrics, health_report
from monitor.pipeline import run_cycle
from monitor.store import Store

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


@pytest.fixture
def world() -> Iterator[NewsWorld]:
    """The news web on 127.0.0.1."""
    with NewsWorld() as w:
        yield w


@pytest.fixture
def bot() -> Iterator[BotApi]:
    """A Bot API endpoint on 127.0.0.1."""
    with BotApi() as api:
        yield api


# ----------------------------------------------------------------------------- /healthz logic


def test_healthz_is_ok_after_a_cycle_and_stale_without_one(tmp_path: Path) -> None:
    """200 while cycles complete; 503 "stale" once none has for longer than stale_after."""
    config = _config(tmp_path, health={"stale_after": 30})
    store = Store.open(tmp_path / "monitor.db")
    metrics = Metrics()
    try:
        status, body = health_report(config, store, metrics, started=1000.0, now=1010.0)
        assert (status, body["status"], body["last_cycle"]) == (200, "ok", None)
        assert body["outbox_backlog"] == 0
        assert body["database"] == "ok"
        status, body = health_report(config, store, metrics, started=1000.0, now=1031.0)
        assert (status, body["status"]) == (503, "stale")
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
    assert body["status"] == "database unreachable"
    assert "closed" in body["database"]


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
    assert json.loads(body)["status"] == "stale"
    assert probe.returncode == 1
    assert "stale" in probe.stdout


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
