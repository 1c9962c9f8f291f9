"""A poll cycle of many feeds: the monitor's poll stage vs a bare httpx + feedparser loop.

A loopback news server (its own process, so it has the other core) serves N feeds over
50 loopback addresses. After a first cycle has stored every feed's ETag, each measured
cycle finds 90 % of the feeds unchanged (304 to If-None-Match) and 10 % with new items.

- monitor: `pipeline.poll_feeds` with a real Context from `app.open_context` (a temporary
  config and SQLite file, the shipped config's concurrency limits, the monitor's own
  key=value logging written to the null device);
- bare: the same conditional requests with one `httpx.AsyncClient` and `feedparser.parse`,
  under the same global and per-host concurrency, keeping ETags in a dict.

Rounds alternate which one goes first. Target: monitor / bare wall time ≤ 1.5.

    .venv/bin/python benchmarks/bench_poll.py                 # 2,000 feeds, 3 rounds
    .venv/bin/python benchmarks/bench_poll.py --feeds 500 --rounds 1
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import importlib.util
import statistics
import sys
import tempfile
import time
import types
from collections import Counter, defaultdict
from pathlib import Path

import _support as sup
import feedparser
import httpx

from monitor.files.config import load_config
from monitor.shell.app import open_context
from monitor.stages import pipeline

TARGET = 1.5


class Bare:
    """The least a poller must do: conditional GET, parse what changed, keep the ETag."""

    def __init__(self, server: sup.NewsServer, concurrency: int, per_host: int, timeout: float):
        self.urls = [server.feed_url(i) for i in range(server.spec.feeds)]
        self.concurrency = concurrency
        self.per_host = per_host
        self.timeout = timeout
        self.etags: dict[int, str] = {}
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        # one client for the whole run, as the monitor keeps its Fetcher's
        self.client = httpx.AsyncClient(limits=limits, timeout=timeout, trust_env=False)

    async def cycle(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        gate = asyncio.Semaphore(self.concurrency)
        hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(self.per_host))

        async def one(i: int, url: str) -> None:
            headers = {"If-None-Match": self.etags[i]} if i in self.etags else {}
            async with gate, hosts[httpx.URL(url).host]:
                resp = await self.client.get(url, headers=headers)
            if resp.status_code == 304:
                counts["304"] += 1
                return
            parsed = feedparser.parse(resp.content)
            counts[str(resp.status_code)] += 1
            counts["items"] += len(parsed.entries)
            if etag := resp.headers.get("etag"):
                self.etags[i] = etag

        await asyncio.gather(*(one(i, u) for i, u in enumerate(self.urls)))
        return counts


async def measure(args: argparse.Namespace, server: sup.NewsServer, folder: Path) -> None:
    feeds = [{"id": server.spec.feed_id(i), "url": server.feed_url(i)} for i in range(args.feeds)]
    polling = {}
    if args.concurrency:
        polling["concurrency"] = args.concurrency
    if args.per_host:
        polling["per_host"] = args.per_host
    config = load_config(sup.write_config(folder, feeds, folder / "monitor.db", **polling))
    p = config.polling
    sup.quiet_logs(args.log_level)
    print(
        f"{args.feeds} feeds on {server.spec.hosts} loopback addresses; concurrency "
        f"{p.concurrency}, per host {p.per_host} (the same for both)"
    )
    bare = Bare(server, p.concurrency, p.per_host, p.timeout)
    gen = 1
    server.set_generation(gen)
    async with open_context(config) as ctx:
        t0 = time.perf_counter()
        first = await pipeline.poll_feeds(ctx, ctx.clock(), False)
        prime_m = time.perf_counter() - t0
        t0 = time.perf_counter()
        await bare.cycle()
        prime_b = time.perf_counter() - t0
        print(
            f"priming cycle (every feed 200, {first.new_items} items stored): monitor "
            f"{prime_m:.2f} s, bare {prime_b:.2f} s"
        )

        results: dict[str, list[tuple[float, float]]] = {"monitor": [], "bare": []}
        rows = []
        for r in range(args.rounds):
            order = ("monitor", "bare") if r % 2 == 0 else ("bare", "monitor")
            for who in order:
                gen += 1
                server.set_generation(gen)
                w0, c0 = time.perf_counter(), time.process_time()
                if who == "monitor":
                    report = await pipeline.poll_feeds(ctx, ctx.clock(), False)
                    detail = (
                        f"polled {report.feeds_polled}, errors {report.feed_errors}, "
                        f"new items {report.new_items}"
                    )
                else:
                    counts = await bare.cycle()
                    detail = (
                        f"304: {counts['304']}, 200: {counts['200']}, items parsed "
                        f"{counts['items']}"
                    )
                wall, cpu = time.perf_counter() - w0, time.process_time() - c0
                results[who].append((wall, cpu))
                rows.append((r + 1, who, f"{wall:.2f}", f"{cpu:.2f}", f"{cpu / wall:.2f}", detail))
    print("\nmeasured cycles (90 % 304, 10 % new items):")
    print(sup.table(rows, ["round", "who", "wall s", "cpu s", "cpu/wall", "what"]))
    m_wall = statistics.median(w for w, _ in results["monitor"])
    b_wall = statistics.median(w for w, _ in results["bare"])
    m_cpu = statistics.median(c for _, c in results["monitor"])
    b_cpu = statistics.median(c for _, c in results["bare"])
    ratio = m_wall / b_wall
    print(
        f"\nmedian wall: monitor {m_wall:.2f} s ({1e3 * m_wall / args.feeds:.2f} ms per feed), "
        f"bare {b_wall:.2f} s ({1e3 * b_wall / args.feeds:.2f} ms per feed)"
    )
    print(f"median CPU:  monitor {m_cpu:.2f} s, bare {b_cpu:.2f} s (ratio {m_cpu / b_cpu:.2f})")
    print(
        f"ratio monitor / bare (wall): {ratio:.2f}  target ≤ {TARGET}  {sup.verdict(ratio, TARGET)}"
    )
    if args.profile:
        gen += 1
        server.set_generation(gen)
        async with open_context(config) as ctx:
            prof = cProfile.Profile()
            prof.enable()
            await pipeline.poll_feeds(ctx, ctx.clock(), False)
            prof.disable()
        print("\ncProfile of one more monitor cycle (event-loop thread), top 15 by own time:")
        print(sup.profile_text(prof, "tottime", 15))
    await bare.client.aclose()


def sniffio_state(stand_in: bool) -> str:
    """Whether sniffio can be imported; httpcore tries to import it for every lock it sets
    up, so without it every request pays for several failed imports."""
    if importlib.util.find_spec("sniffio") is not None:
        return "sniffio: installed"
    if not stand_in:
        return "sniffio: not installed (httpcore retries the import for each of its locks)"
    module = types.ModuleType("sniffio")

    def current_async_library() -> str:
        asyncio.get_running_loop()
        return "asyncio"

    module.current_async_library = current_async_library  # type: ignore[attr-defined]
    sys.modules["sniffio"] = module
    return "sniffio: not installed; a stand-in module answers 'asyncio' (--stand-in-sniffio)"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--feeds", type=int, default=2000)
    p.add_argument("--hosts", type=int, default=50, help="loopback addresses the feeds use")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--concurrency", type=int, help="default: the shipped config's")
    p.add_argument("--per-host", type=int, help="default: the shipped config's")
    p.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING"])
    p.add_argument("--profile", action="store_true", help="profile one more monitor cycle")
    p.add_argument(
        "--stand-in-sniffio",
        action="store_true",
        help="when sniffio is missing, put a stand-in in its place (what installing it saves)",
    )
    args = p.parse_args()
    print(f"machine: {sup.machine()}")
    print(sniffio_state(args.stand_in_sniffio))
    with tempfile.TemporaryDirectory() as tmp:
        spec = sup.WorldSpec(
            feeds=args.feeds,
            hosts=args.hosts,
            start=dt.datetime.now(dt.UTC).timestamp(),
        )
        with sup.NewsServer(spec, Path(tmp) / "world.json") as server:
            asyncio.run(measure(args, server, Path(tmp)))
            print(f"requests served: {server.requests()}")


if __name__ == "__main__":
    main()
