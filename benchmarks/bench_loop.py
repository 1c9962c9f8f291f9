"""Event-loop blocking during a cycle, and how much of the two cores extraction uses.

A loopback news server (its own process) serves a few hundred feeds, each with one new
item whose page is a corpus page (or a generated one). One `pipeline.run_cycle` runs on
a real Context from `app.open_context` while a watchdog task sleeps 10 ms at a time and
records how late it wakes up (the loop's lag). The stages are timed by wrapping the
pipeline's own functions (`poll_feeds`, `process_items`, `decide`, `deliver`), so each
lag is attributed to a stage. Target: max lag ≤ 100 ms.

Then the same pages are extracted (`extract.extract_article`) under the watchdog with
2 threads and with 2 processes (the monitor extracts in worker processes): wall time,
CPU use (process CPU seconds / wall seconds; 2.0 = both cores busy) and lag.

    .venv/bin/python benchmarks/bench_loop.py               # 300 feeds and pages
    .venv/bin/python benchmarks/bench_loop.py --feeds 100
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import io
import multiprocessing
import tempfile
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import _support as sup
import httpx

from monitor.core.models import FeedItem
from monitor.edges.extract import extract_article
from monitor.files.config import load_config
from monitor.shell.app import open_context
from monitor.stages import pipeline

LAG_TARGET_MS = 100.0


@dataclass
class Watchdog:
    """Sleeps `period` seconds at a time and records how late each wake-up is."""

    period: float = 0.01
    samples: list[tuple[float, float]] = field(default_factory=list)  # (woke at, lag)
    _task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(self.period)
            t1 = time.perf_counter()
            self.samples.append((t1, t1 - t0 - self.period))

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    def lags(self, start: float = float("-inf"), end: float = float("inf")) -> list[float]:
        """Lags of the wake-ups that were due inside [start, end]."""
        return [lag for woke, lag in self.samples if start <= woke - lag <= end]


@dataclass
class Window:
    start: float = 0.0
    end: float = 0.0
    cpu0: float = 0.0
    cpu1: float = 0.0
    calls: list[float] = field(default_factory=list)

    def open(self) -> None:
        if not self.start:
            self.start, self.cpu0 = time.perf_counter(), time.process_time()

    def close(self) -> None:
        self.end, self.cpu1 = time.perf_counter(), time.process_time()

    @property
    def wall(self) -> float:
        return max(0.0, self.end - self.start)

    @property
    def cores(self) -> float:
        return (self.cpu1 - self.cpu0) / self.wall if self.wall else 0.0


def _instrument(windows: dict[str, Window]) -> Callable[[], None]:
    """Wrap the pipeline's stage functions to time them; returns the undo."""
    originals = {
        name: getattr(pipeline, name)
        for name in ("poll_feeds", "process_items", "decide", "deliver")
    }

    def wrap_async(name: str, after: Callable[[], None] | None = None) -> Any:
        fn = originals[name]

        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            windows[name].open()
            try:
                return await fn(*args, **kwargs)
            finally:
                windows[name].close()
                if after:
                    after()

        return wrapper

    def decide(*args: Any, **kwargs: Any) -> Any:
        if not windows["decide"].start:
            windows["fetch+extract"].close()  # the first decision ends the gather of pages
        windows["decide"].open()
        t0 = time.perf_counter()
        try:
            return originals["decide"](*args, **kwargs)
        finally:
            windows["decide"].calls.append(time.perf_counter() - t0)
            windows["decide"].close()

    async def process_items(*args: Any, **kwargs: Any) -> Any:
        windows["fetch+extract"].open()
        windows["process_items"].open()
        try:
            return await originals["process_items"](*args, **kwargs)
        finally:
            windows["process_items"].close()
            if not windows["decide"].start:
                windows["fetch+extract"].close()

    pipeline.poll_feeds = wrap_async("poll_feeds")  # type: ignore[assignment]
    pipeline.process_items = process_items  # type: ignore[assignment]
    pipeline.decide = decide  # type: ignore[assignment]
    pipeline.deliver = wrap_async("deliver")  # type: ignore[assignment]

    def undo() -> None:
        for name, fn in originals.items():
            setattr(pipeline, name, fn)

    return undo


def _lag_row(name: str, w: Window, dog: Watchdog) -> tuple[object, ...]:
    lags = dog.lags(w.start, w.end)
    worst = max(lags, default=0.0)
    return (
        name,
        f"{w.wall:.2f}",
        f"{w.cores:.2f}",
        f"{1e3 * worst:.0f}",
        f"{1e3 * sup.pct(lags, 0.99):.0f}",
        sum(1 for lag in lags if lag > LAG_TARGET_MS / 1e3),
    )


async def cycle(args: argparse.Namespace, server: sup.NewsServer, folder: Path) -> None:
    feeds = [{"id": server.spec.feed_id(i), "url": server.feed_url(i)} for i in range(args.feeds)]
    config = load_config(sup.write_config(folder, feeds, folder / "monitor.db"))
    sup.quiet_logs("INFO")
    windows = {
        name: Window()
        for name in ("poll_feeds", "process_items", "fetch+extract", "decide", "deliver")
    }
    undo = _instrument(windows)
    dog = Watchdog()
    try:
        async with open_context(config) as ctx:
            dog.start()
            w0, c0 = time.perf_counter(), time.process_time()
            with contextlib.redirect_stdout(io.StringIO()):
                report = await pipeline.run_cycle(ctx)  # alerts go to the console: hide them
            whole = Window(w0, time.perf_counter(), c0, time.process_time())
            await dog.stop()
    finally:
        undo()
    print(
        f"\n1. one cycle: {report.feeds_polled} feeds polled, {report.new_items} new items, "
        f"{report.articles} articles decided, {report.alerts} alerts"
    )
    rows = [_lag_row(name, w, dog) for name, w in windows.items() if name != "process_items"]
    rows.append(_lag_row("whole cycle", whole, dog))
    print(
        sup.table(
            rows, ["stage", "wall s", "CPU/wall", "max lag ms", "p99 lag ms", "lags > 100 ms"]
        )
    )
    worst = max(dog.lags(whole.start, whole.end), default=0.0) * 1e3
    print(
        f"max loop lag: {worst:.0f} ms  target ≤ {LAG_TARGET_MS:.0f} ms  "
        f"{sup.verdict(worst, LAG_TARGET_MS)}"
    )
    calls = windows["decide"].calls
    if calls:
        print(
            f"decide: {len(calls)} articles decided back to back on the loop, "
            f"{1e3 * sum(calls) / len(calls):.1f} ms each on average, "
            f"{1e3 * max(calls):.0f} ms the longest, {sum(calls):.2f} s in all without a yield"
        )
    print(
        f"CPU use while fetching and extracting: {windows['fetch+extract'].cores:.2f} of 2 "
        "cores (process CPU s / wall s)"
    )


def _extract(args: tuple[FeedItem, str, bytes, str]) -> float:
    """Extract one page; returns the CPU seconds this worker spent on it."""
    t0 = time.thread_time()
    with contextlib.suppress(Exception):  # an ExtractError: the work was done all the same
        extract_article(*args, now=dt.datetime.now(dt.UTC))
    return time.thread_time() - t0


async def extraction(pages: list[tuple[FeedItem, str, bytes, str]]) -> None:
    print(f"\n2. extracting the same {len(pages)} pages under the watchdog:")
    rows = []
    base = None
    for label, make in (
        ("2 threads", lambda: ThreadPoolExecutor(2)),
        ("2 processes", lambda: ProcessPoolExecutor(2, multiprocessing.get_context("spawn"))),
    ):
        executor: Executor = make()
        loop = asyncio.get_running_loop()
        try:
            # start the workers and import everything before timing
            await asyncio.gather(*(loop.run_in_executor(executor, _extract, p) for p in pages[:4]))
            dog = Watchdog()
            dog.start()
            w0, c0 = time.perf_counter(), time.process_time()
            jobs: list[Awaitable[float]] = [
                loop.run_in_executor(executor, _extract, p) for p in pages
            ]
            worker_cpu = sum(await asyncio.gather(*jobs))
            wall = time.perf_counter() - w0
            here_cpu = time.process_time() - c0
            await dog.stop()
        finally:
            executor.shutdown()
        # threads: the process's CPU time; processes: the workers' time plus this process's
        cpu = here_cpu if isinstance(executor, ThreadPoolExecutor) else here_cpu + worker_cpu
        base = base or wall
        lags = dog.lags()
        rows.append(
            (label, f"{wall:.2f}", f"{cpu / wall:.2f}", f"{base / wall:.2f}",
             f"{1e3 * max(lags, default=0):.0f}", f"{1e3 * sup.pct(lags, 0.99):.0f}")
        )  # fmt: skip
    print(
        sup.table(rows, ["executor", "wall s", "CPU/wall", "speed-up", "max lag ms", "p99 lag ms"])
    )


def fetch_pages(server: sup.NewsServer, feeds: int) -> list[tuple[FeedItem, str, bytes, str]]:
    out = []
    with httpx.Client(trust_env=False) as client:
        for i in range(feeds):
            for key in server.spec.new_keys(i, 1):
                url = server.page_url(i, key)
                body = client.get(url).content
                item = FeedItem(server.spec.feed_id(i), key, url, "", "", None)
                out.append((item, url, body, "text/html; charset=utf-8"))
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--feeds", type=int, default=300, help="feeds, each with one new page")
    p.add_argument("--hosts", type=int, default=50)
    p.add_argument("--skip-executors", action="store_true", help="only the cycle")
    args = p.parse_args()
    print(f"machine: {sup.machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        pages = tuple(str(x) for x in sup.corpus_pages())
        spec = sup.WorldSpec(
            feeds=args.feeds,
            hosts=args.hosts,
            items_per_feed=1,
            new_items=1,
            changed_every=1,
            start=dt.datetime.now(dt.UTC).timestamp(),
            pages=pages,
        )
        with sup.NewsServer(spec, Path(tmp) / "world.json") as server:
            server.set_generation(1)
            print(
                f"{args.feeds} feeds on {args.hosts} loopback addresses, one new item each; "
                f"pages: {'corpus pages' if pages else 'generated pages'}"
            )
            asyncio.run(cycle(args, server, Path(tmp)))
            if not args.skip_executors:
                asyncio.run(extraction(fetch_pages(server, args.feeds)))


if __name__ == "__main__":
    main()
