"""Polling throughput of the scaled mode with 1, 2 and 4 worker processes (I/O-bound).

A loopback feed server answers every feed after a fixed latency (a slow news site); each
feed holds one item older than `max_item_age_days`, so a poll is pure I/O plus its
bookkeeping (the item is stored as skipped, nothing is decided or sent). For each worker
count, `kuril-monitor worker --concurrency C` processes start on a fresh PostgreSQL
schema; once they are all registered, one `poll_feed` job per feed is deferred at once
and the clock runs until every feed has a recorded poll.

With latency L and concurrency C a worker can do at most C / L polls a second; the point
is that throughput grows with the number of workers (about linearly while I/O-bound).

    .venv/bin/python benchmarks/bench_workers.py                    # 48 feeds, 0.25 s
    .venv/bin/python benchmarks/bench_workers.py --feeds 96 --concurrency 2

The server is KURIL_TEST_POSTGRES (default: 127.0.0.1:5432, database `test`).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
import yaml
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.files.config import load_config  # noqa: E402  (after the path is set)
from monitor.shell.jobs import Jobs  # noqa: E402

SERVER = os.environ.get("KURIL_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
OLD = format_datetime(dt.datetime(2020, 1, 1, tzinfo=dt.UTC), True)  # older than max age


def _feed(i: int) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {i}</title><link>http://127.0.0.1/</link><description>bench</description>"
        f"<item><title>Old news {i}</title><link>http://127.0.0.1/old/{i}</link>"
        f"<pubDate>{OLD}</pubDate><guid>old-{i}</guid></item></channel></rss>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    latency = 0.25

    def do_GET(self) -> None:
        time.sleep(self.latency)  # the slow site: the worker waits, it does not compute
        body = _feed(int(self.path.rsplit("/", 1)[-1].split(".")[0]))
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def feed_server(latency: float) -> Iterator[str]:
    handler = type("Handler", (_Handler,), {"latency": latency})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def fresh_schema() -> Iterator[str]:
    name = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(SERVER, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    joiner = "&" if "?" in SERVER else "?"
    try:
        yield f"{SERVER}{joiner}options={quote(f'-csearch_path={name}', safe='')}"
    finally:
        with psycopg.connect(SERVER, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))


def _count(url: str, query: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(query).fetchone()
    return int(row[0]) if row else 0


def _config(folder: Path, base: str, feeds: int, database: str) -> Path:
    config = {
        "database": database,
        "rules_dir": str(ROOT / "rules"),
        "seeds_dir": str(ROOT / "seeds"),
        "feeds": [{"id": f"f{i}", "url": f"{base}/feeds/{i}.xml"} for i in range(feeds)],
        "polling": {
            "interval": 3600,
            "timeout": 10.0,
            "max_item_age_days": 2,
            "allow_private_addresses": True,
            "per_host": 64,
        },
        "health": {"port": None},
        "log": {"level": "WARNING"},
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


async def _defer_all(config_path: Path) -> None:
    config = load_config(config_path)
    jobs = Jobs(config.database, pool_size=2)
    async with jobs.app.open_async():
        for feed in config.feeds:
            await jobs.defer_poll(feed.id)


def measure(workers: int, concurrency: int, feeds: int, base: str) -> float:
    """Polls per second with `workers` processes of `concurrency` jobs each."""
    with fresh_schema() as database, tempfile.TemporaryDirectory() as tmp:
        config = _config(Path(tmp), base, feeds, database)
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        env["NO_PROXY"] = "127.0.0.1,localhost"
        cmd = [sys.executable, "-m", "monitor", "--config", str(config)]
        procs = [
            subprocess.Popen(
                [*cmd, "worker", "--concurrency", str(concurrency)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(workers)
        ]
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if _count(database, "SELECT COUNT(*) FROM procrastinate_workers") == workers:
                        break
                except psycopg.errors.UndefinedTable:
                    pass
                time.sleep(0.1)
            else:
                raise SystemExit("workers did not start within 60 s")
            started = time.monotonic()
            asyncio.run(_defer_all(config))
            polled = "SELECT COUNT(*) FROM feeds WHERE last_polled_at IS NOT NULL"
            while _count(database, polled) < feeds:
                if time.monotonic() - started > 300:
                    raise SystemExit("polls did not finish within 300 s")
                time.sleep(0.05)
            return feeds / (time.monotonic() - started)
        finally:
            for proc in procs:
                proc.send_signal(signal.SIGTERM)
            for proc in procs:
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=48)
    ap.add_argument("--latency", type=float, default=0.25, help="seconds per feed answer")
    ap.add_argument("--concurrency", type=int, default=1, help="jobs at once per worker")
    ap.add_argument("--workers", default="1,2,4", help="worker counts to measure")
    args = ap.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    print(
        f"{args.feeds} feeds, {args.latency:.2f} s per answer, "
        f"--concurrency {args.concurrency} per worker, {os.cpu_count()} cores"
    )
    print(f"{'workers':>7}  {'polls/s':>8}  {'speed-up':>8}  {'ceiling':>8}")
    first: float | None = None
    with feed_server(args.latency) as base:
        for n in counts:
            rate = measure(n, args.concurrency, args.feeds, base)
            first = first or rate
            ceiling = n * args.concurrency / args.latency
            print(f"{n:>7}  {rate:>8.1f}  {rate / first:>7.2f}x  {ceiling:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
