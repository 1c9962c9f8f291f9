"""Health that operators can watch: Prometheus metrics and a tiny local HTTP endpoint.

`HealthServer` answers, with
asyncio streams only, `GET /healthz` (JSON: `ok`, `degraded` or `failing` with the reasons
and the figures behind them — the last completed cycle, the database, the outbox backlog,
unhealthy feeds, the last successful poll, Telegram; 503 when failing) and `GET /metrics`
(the Prometheus text format). `probe` is the `kuril-monitor health` command behind the
container's health check: exit 0 while the monitor works (ok or degraded), 1 otherwise;
`probe_url` is `kuril-monitor health --url URL`, for services without /healthz (the web page).

It must not decide anything or write to the store: it only reads the backlog and the
feeds' error counts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from contextlib import suppress
from types import TracebackType
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
)

from monitor.edges.store import Store
from monitor.errors import StoreError
from monitor.files.config import Config
from monitor.stages.metrics import Metrics, timestamp

log = logging.getLogger("monitor.shell.health")

_MAX_REQUEST_LINE = 8192
_MAX_HEADERS = 100
_REQUEST_TIMEOUT = 5.0


# ----------------------------------------------------------------------------- /healthz


def stale_after(config: Config) -> float:
    """Seconds without a completed cycle before the monitor counts as stale."""
    if config.health.stale_after is not None:
        return config.health.stale_after
    intervals = [f.interval or config.polling.interval for f in config.feeds]
    return 3 * max(intervals or [config.polling.interval]) + 60


def health_report(
    config: Config,
    store: Store,
    metrics: Metrics,
    started: float,
    now: float,
    telegram_down: str | None = None,
) -> tuple[int, dict[str, Any]]:
    """The /healthz answer: (HTTP status, JSON body), with `status` one of

    - `failing` (503): the database does not answer; no cycle completed within
      `stale_after` (stuck or dead); every feed is unhealthy; or no feed was polled
      successfully within `stale_after` (since start, at the earliest);
    - `degraded` (200): it works, but some feeds are unhealthy, Telegram is failing, or
      an outbox row has waited longer than `health.outbox_after`;
    - `ok` (200): none of these.

    `reasons` says why in words; the other fields are the figures behind them.
    """
    since = metrics.last_cycle_at if metrics.last_cycle_at is not None else started
    age = max(0.0, now - since)
    limit = stale_after(config)
    body = _figures(config, metrics, age, limit, telegram_down)
    try:
        backlog = store.outbox_backlog()
        oldest = store.outbox_oldest_pending()
        held = [row.id for row in store.held_outbox()]
        states = {str(r["id"]): r for r in store.all_feed_states()}
    except StoreError as exc:
        body["database"] = str(exc)
        body["status"] = "failing"
        body["reasons"] = [f"database unreachable: {exc}"]
        return 503, body
    failing: list[str] = []
    degraded: list[str] = []
    if age > limit:
        failing.append(f"stale: no cycle completed for {age:.0f} s (limit {limit:g} s)")
    _feeds(body, config, states, (started, now, limit), failing, degraded)
    if telegram_down:
        degraded.append(telegram_down)
    _outbox(body, config, metrics, (backlog, oldest, held), now, degraded)
    body["reasons"] = failing + degraded
    if failing:
        body["status"] = "failing"
        return 503, body
    if degraded:
        body["status"] = "degraded"
    return 200, body


def _figures(
    config: Config, metrics: Metrics, age: float, limit: float, telegram_down: str | None
) -> dict[str, Any]:
    """The body before the store is read: every figure at its empty value."""
    return {
        "status": "ok",
        "reasons": [],
        "last_cycle": (
            dt.datetime.fromtimestamp(metrics.last_cycle_at, dt.UTC).isoformat()
            if metrics.last_cycle_at is not None
            else None
        ),
        "seconds_since_cycle": round(age, 1),
        "stale_after": limit,
        "database": "ok",
        "outbox_backlog": None,
        "outbox_oldest_seconds": None,
        "outbox_held": None,
        "outbox_after": config.health.outbox_after,
        "feeds": len(config.feeds),
        "unhealthy_feeds": [],
        "last_feed_success": None,
        "telegram": telegram_down or "ok",
        "last_error": metrics.last_error,
    }


def _feeds(
    body: dict[str, Any],
    config: Config,
    states: dict[str, Any],
    times: tuple[float, float, float],
    failing: list[str],
    degraded: list[str],
) -> None:
    """The feeds' part: unhealthy feeds (all: failing; some: degraded) and no successful
    poll within the limit (`times`: started, now, limit) since start (failing)."""
    started, now, limit = times
    threshold = config.polling.unhealthy_after
    ids = [f.id for f in config.feeds]
    unhealthy = [i for i in ids if i in states and int(states[i]["error_count"]) >= threshold]
    body["unhealthy_feeds"] = unhealthy
    successes = [t for i in ids if i in states if (t := timestamp(states[i]["last_success_at"]))]
    if successes:
        body["last_feed_success"] = dt.datetime.fromtimestamp(max(successes), dt.UTC).isoformat()
    if ids and len(unhealthy) == len(ids):
        failing.append(f"all {len(ids)} feeds unhealthy ({threshold}+ failed polls in a row)")
    elif unhealthy:
        degraded.append(f"{len(unhealthy)} of {len(ids)} feeds unhealthy: {', '.join(unhealthy)}")
    quiet = now - max([started, *successes])
    if ids and quiet > limit:
        failing.append(f"no feed polled successfully for {quiet:.0f} s (limit {limit:g} s)")


def _outbox(
    body: dict[str, Any],
    config: Config,
    metrics: Metrics,
    outbox: tuple[int, dt.datetime | None, list[int]],
    now: float,
    degraded: list[str],
) -> None:
    """The outbox's part (`outbox`: backlog, oldest pending row's time, held rows): a row
    waiting past `health.outbox_after`, or rows held for an admin, make it degraded."""
    backlog, oldest, held = outbox
    body["outbox_backlog"] = backlog
    metrics.pending.set(backlog)
    waited = max(0.0, now - oldest.timestamp()) if oldest else 0.0
    metrics.outbox_age.set(waited)
    body["outbox_oldest_seconds"] = round(waited, 1) if oldest else None
    body["outbox_held"] = held
    metrics.held.set(len(held))
    if waited > config.health.outbox_after:
        degraded.append(
            f"outbox backlog: {backlog} waiting, the oldest for {waited / 60:.0f} min "
            f"(limit {config.health.outbox_after / 60:g} min)"
        )
    if held:
        rows = ", ".join(map(str, held[:10])) + (", …" if len(held) > 10 else "")
        degraded.append(
            f"{len(held)} held in the outbox (rows {rows}): nobody knows whether they "
            "reached the chat; `kuril-monitor outbox` lists them"
        )


class HealthServer:
    """GET /healthz and /metrics on a local port; `async with` starts and stops it."""

    def __init__(
        self,
        config: Config,
        store: Store,
        metrics: Metrics,
        *,
        clock: Callable[[], float] = time.time,
        telegram_down: Callable[[], str | None] = lambda: None,
    ) -> None:
        self._config = config
        self._telegram_down = telegram_down
        self._store = store
        self._metrics = metrics
        self._clock = clock
        self._started = clock()
        self._server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        """The port actually bound (useful with `port: 0`)."""
        assert self._server is not None, "start the server first"
        return int(self._server.sockets[0].getsockname()[1])

    def use_config(self, config: Config) -> None:
        """Report on this config from now on (the feeds file was reloaded)."""
        self._config = config

    async def __aenter__(self) -> HealthServer:
        port = self._config.health.port
        assert port is not None
        self._server = await asyncio.start_server(
            self._handle, self._config.health.host, port, limit=_MAX_REQUEST_LINE
        )
        log.info("health.listening", extra={"host": self._config.health.host, "port": self.port})
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._server is not None:
            self._server.close()
            with suppress(TimeoutError):
                async with asyncio.timeout(2):
                    await self._server.wait_closed()
            self._server = None

    def _answer(self, method: str, path: str) -> tuple[int, str, bytes]:
        route = path.split("?", 1)[0]
        if method not in ("GET", "HEAD"):
            return 405, "text/plain; charset=utf-8", b"method not allowed\n"
        if route == "/healthz":
            status, body = health_report(
                self._config,
                self._store,
                self._metrics,
                self._started,
                self._clock(),
                self._telegram_down(),
            )
            return status, "application/json", json.dumps(body).encode() + b"\n"
        if route == "/metrics":
            with suppress(StoreError):
                self._metrics.refresh(self._config, self._store, self._clock())
            return 200, CONTENT_TYPE_LATEST, self._metrics.exposition()
        return 404, "text/plain; charset=utf-8", b"not found\n"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(_REQUEST_TIMEOUT):
                request = (await reader.readline()).decode("latin-1").split()
                for _ in range(_MAX_HEADERS):
                    if (await reader.readline()).strip() in (b"", b"\r\n"):
                        break
                if len(request) != 3:
                    status, kind, body = 400, "text/plain; charset=utf-8", b"bad request\n"
                    method = "GET"
                else:
                    method = request[0]
                    status, kind, body = self._answer(method, request[1])
                head = (
                    f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
                    f"Content-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
                    "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
                )
                writer.write(head.encode() + (body if method != "HEAD" else b""))
                await writer.drain()
        except (TimeoutError, ValueError, ConnectionError):
            pass  # a slow, oversized or vanished client gets nothing
        finally:
            writer.close()
            with suppress(ConnectionError, TimeoutError):
                async with asyncio.timeout(1):
                    await writer.wait_closed()


_REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    503: "Service Unavailable",
}


# ----------------------------------------------------------------------------- the probe


def probe(config: Config, timeout: float = 5.0) -> int:
    """`kuril-monitor health`: 0 when the running monitor's /healthz answers 200 (ok or
    degraded: it works, a restart would not help), else 1 (failing, or no answer)."""
    port = config.health.port
    if port is None:
        print("health endpoint disabled (health.port is null)")
        return 1
    host = config.health.host
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/healthz"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as resp:
            print(resp.read().decode("utf-8", "replace").strip())
            return 0
    except urllib.error.HTTPError as exc:
        print(exc.read().decode("utf-8", "replace").strip() or f"HTTP {exc.code}")
        return 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"no answer from {url}: {exc}")
        return 1


def probe_url(url: str, timeout: float = 5.0) -> int:
    """`kuril-monitor health --url URL`: 0 when the URL answers below 500 (a web page that
    asks for its token answers, so it is up), else 1."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as resp:
            print(f"{url}: HTTP {resp.status}")
            return 0
    except urllib.error.HTTPError as exc:
        print(f"{url}: HTTP {exc.code}")
        return 0 if exc.code < 500 else 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"no answer from {url}: {exc}")
        return 1
