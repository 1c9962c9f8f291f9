"""Peak memory of `run --once` over many feeds and a large history, and per-cycle cost
as the history grows.

A loopback news server (its own process) serves N feeds (default 2,000) on 50 loopback
addresses; a database is filled through the schema `monitor.edges.store` creates, with bulk
inserts: the feeds' HTTP state (so 90 % of them answer 304), seen items, assessed
articles, and 2 % of the articles as alerts with their developments and learned facts.
Each run is `kuril-monitor --config CFG run --once` as a subprocess on a fresh copy of
a database; 10 % of the feeds carry 2 new items each, whose pages are fetched,
extracted and decided.

- peak RSS of the process (VmHWM from /proc), big history: target ≤ 400 MB;
- cycle cost (wall and CPU) with 10,000 vs 1,000,000 seen items (and 20 % as many
  articles): target within 20 %.

    .venv/bin/python benchmarks/bench_memory.py            # about 3 minutes
    .venv/bin/python benchmarks/bench_memory.py --quick    # 500 feeds, 100,000 items
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import _support as sup

from monitor.edges.store import Store
from monitor.files.rulefiles import load_rules
from monitor.files.seedfiles import load_seeds
from monitor.stages.pipeline import knowledge_with_history

RSS_TARGET_MB = 400.0
GROWTH_TARGET = 1.20
EVENTS = ["deployment", "military_exercise", "official_visit", "agreement", "protest"]
ENTITIES = ["iturup", "kunashir", "shikotan", "habomai", "matua", "lavrov", "kishida", "mofa"]
DECISIONS = ["off_topic"] * 6 + ["restatement"] * 2 + ["look_alike", "same_development"]


def _iso(t: dt.datetime) -> str:
    return t.isoformat()


def build_db(
    path: Path, spec: sup.WorldSpec, port: int, n_items: int, n_articles: int, seed: int = 1
) -> dict[str, int]:
    """A database in the monitor's schema with the given history; returns row counts."""
    Store.open(path).close()  # the schema, through the monitor's own migrations
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    texts = [
        "\n".join(sup.paragraphs(lang, rng.randint(150, 400), rng))
        for lang in ("en", "ru", "ja")
        for _ in range(30)
    ]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.executemany(
            "INSERT INTO feeds (id, url, etag, first_polled_at, last_polled_at, "
            "last_success_at, last_status, error_count, next_poll_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 200, 0, ?)",
            (
                (
                    spec.feed_id(i),
                    spec.feed_url(i, port),
                    spec.etag(i, 0),
                    _iso(now - dt.timedelta(days=200)),
                    _iso(now - dt.timedelta(minutes=10)),
                    _iso(now - dt.timedelta(minutes=10)),
                    _iso(now - dt.timedelta(seconds=1)),
                )
                for i in range(spec.feeds)
            ),
        )

    def items() -> Iterator[tuple[str, str, str, str]]:
        """(feed id, key, link, published): first what the feeds show (the changing feeds
        first, so that even a small history holds every item they still list), then older
        ones."""
        start = dt.datetime.fromtimestamp(spec.start, dt.UTC)
        n = 0
        order = sorted(range(spec.feeds), key=lambda i: not spec.changed(i))
        for i in order:
            for k, key in enumerate(spec.old_keys(i)):
                if n >= n_items:
                    return
                n += 1
                when = start - dt.timedelta(minutes=30 * (k + 1))
                yield spec.feed_id(i), key, spec.page_url(i, key, port), _iso(when)
        k = 0
        while n < n_items:
            i = k % spec.feeds
            key = f"{i}-hist-{k}"
            when = now - dt.timedelta(minutes=1 + (n_items - n) // 4)
            yield spec.feed_id(i), key, spec.page_url(i, key, port), _iso(when)
            n += 1
            k += 1

    seen = _iso(now - dt.timedelta(days=1))
    alerts = 0
    with conn:
        conn.executemany(
            "INSERT INTO items (feed_id, key, link, title, summary, published, seen_at, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'done')",
            ((f, k, link, f"Headline {k}", "", p, seen) for f, k, link, p in items()),
        )
        rows = conn.execute(
            "SELECT feed_id, key, link, published FROM items ORDER BY rowid DESC LIMIT ?",
            (n_articles,),
        ).fetchall()
        articles = []
        for n, (feed_id, key, link, published) in enumerate(rows):
            dev_id = None
            alert_id = None
            decision = rng.choice(DECISIONS)
            if n % 50 == 0:  # 2 % of the articles alerted
                alerts += 1
                alert_id = alerts
                decision = "new_development"
                dev_id = f"dev-{n:07d}"
                ents = sorted(rng.sample(ENTITIES, 2))
                event = rng.choice(EVENTS)
                conn.execute(
                    "INSERT INTO alerts (id, development_id, kind, article_url, title, outlet, "
                    "lang, published, rule, diff, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?)",
                    (alert_id, dev_id, decision, link, f"Headline {key}", "Outlet", "en",
                     published, "kuril-islands",
                     json.dumps({"new": [f"Event {n}"], "changes": [], "known": [],
                                 "reason": "reports " + event}),
                     published),
                )  # fmt: skip
                conn.execute(
                    "INSERT INTO developments (id, alert_id, published, signature, events, "
                    "title, url, status_change) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                    (dev_id, alert_id, published, json.dumps(ents), json.dumps([event]),
                     f"Headline {key}", link),
                )  # fmt: skip
                for f in range(2):
                    conn.execute(
                        "INSERT INTO learned_facts (id, development_id, date, summary, "
                        "entities, event, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (f"{dev_id}-{f}", dev_id, published[:10], f"Event {n} fact {f}",
                         json.dumps(ents), event, link),
                    )  # fmt: skip
                conn.execute(
                    "INSERT INTO outbox (alert_id, chat_id, action, state, message_ids, "
                    "attempts, created_at, sent_at) VALUES (?, 'console', 'send', 'sent', "
                    "'[]', 1, ?, ?)",
                    (alert_id, published, published),
                )
            articles.append(
                (link, link, feed_id, key, f"Headline {key}", texts[n % len(texts)], "en",
                 published, "Outlet", decision, "bench history", "[]", dev_id, alert_id, seen)
            )  # fmt: skip
        conn.executemany(
            "INSERT INTO articles (url, canonical_url, feed_id, item_key, title, text, lang, "
            "published, outlet, from_feed_only, decision, reason, rules, development_id, "
            "alert_id, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
            articles,
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {
        t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("feeds", "items", "articles", "developments", "learned_facts")
    }
    conn.close()
    return counts


class PeakWatcher:
    """Samples a process's VmHWM (its peak resident set since exec) every 20 ms.

    Not rusage's ru_maxrss: on Linux a child's ru_maxrss also counts the memory of the
    process it was forked from before exec, here this benchmark with its big history.
    VmHWM is a high-water mark, so sampling misses only growth in the last 20 ms.
    """

    def __init__(self, pid: int) -> None:
        self.hwm_kb = 0
        self._path = Path(f"/proc/{pid}/status")
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.is_set():
            try:
                for line in self._path.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        self.hwm_kb = max(self.hwm_kb, int(line.split()[1]))
            except (OSError, ValueError):
                pass
            self._done.wait(0.02)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def run_once(config: Path, log: Path) -> dict[str, float]:
    """`kuril-monitor run --once` as a child process: wall, CPU, peak RSS, its report."""
    exe = Path(sys.executable).parent / "kuril-monitor"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "monitor"]
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    with log.open("w") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [*cmd, "--config", str(config), "run", "--once"],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=env,
            cwd=sup.ROOT,
        )
        peak = PeakWatcher(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        peak.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    done = next((line for line in reversed(lines) if "event=cycle.done" in line), "")
    fields = dict(part.split("=", 1) for part in done.split() if "=" in part)
    return {
        "exit": float(proc.returncode),
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mb": peak.hwm_kb / 1024,
        # the log gives a cycle's duration in ms (older versions: seconds)
        "cycle_s": (
            float(fields["ms"]) / 1000 if "ms" in fields else float(fields.get("seconds", "nan"))
        ),
        "polled": float(fields.get("feeds_polled", "nan")),
        "new": float(fields.get("new_items", "nan")),
        "articles": float(fields.get("articles", "nan")),
        "alerts": float(fields.get("alerts", "nan")),
        "warnings": float(sum(1 for line in lines if "level=warning" in line)),
        "errors": float(sum(1 for line in lines if "level=error" in line)),
    }


def knowledge_cost(db: Path) -> tuple[float, float]:
    """Seconds to load rules and seeds, and to rebuild knowledge from the stored history."""
    t0 = time.perf_counter()
    rules = load_rules(sup.ROOT / "rules")
    seeds = load_seeds(sup.ROOT / "seeds", frozenset(rules.entities))
    t1 = time.perf_counter()
    store = Store.open(db, readonly=True)
    try:
        knowledge_with_history(seeds, store)
    finally:
        store.close()
    return t1 - t0, time.perf_counter() - t1


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--feeds", type=int, default=2000)
    p.add_argument("--hosts", type=int, default=50)
    p.add_argument("--items-small", type=int, default=10_000)
    p.add_argument("--items-big", type=int, default=1_000_000)
    p.add_argument("--article-share", type=float, default=0.2, help="articles per seen item")
    p.add_argument("--runs", type=int, default=3, help="runs per database size")
    p.add_argument("--quick", action="store_true", help="500 feeds, 100,000 items, 1 run")
    args = p.parse_args()
    if args.quick:
        args.feeds, args.items_big, args.runs = 500, 100_000, 1
    print(f"machine: {sup.machine()}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pages = tuple(str(x) for x in sup.corpus_pages())
        spec = sup.WorldSpec(
            feeds=args.feeds,
            hosts=args.hosts,
            start=(dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).timestamp(),
            pages=pages,
        )
        with sup.NewsServer(spec, tmp / "world.json") as server:
            server.set_generation(1)
            print(
                f"{args.feeds} feeds; pages: "
                f"{'corpus pages' if pages else 'generated pages'}; each run: "
                f"{args.feeds - args.feeds // spec.changed_every} feeds answer 304, "
                f"{args.feeds // spec.changed_every} carry {spec.new_items} new items"
            )
            dbs = {}
            for label, n_items in (("small", args.items_small), ("big", args.items_big)):
                db = tmp / f"{label}.db"
                t0 = time.perf_counter()
                counts = build_db(db, spec, server.port, n_items, int(n_items * args.article_share))
                size = db.stat().st_size / 2**20
                print(
                    f"database {label}: {counts} ({size:.0f} MiB, built in "
                    f"{time.perf_counter() - t0:.0f} s)"
                )
                dbs[label] = db
            feeds = [{"id": spec.feed_id(i), "url": server.feed_url(i)} for i in range(args.feeds)]
            results: dict[str, list[dict[str, float]]] = {"small": [], "big": []}
            rows = []
            for r in range(args.runs):
                for label in ("small", "big") if r % 2 == 0 else ("big", "small"):
                    folder = tmp / f"run-{label}-{r}"
                    folder.mkdir()
                    db = folder / "monitor.db"
                    shutil.copyfile(dbs[label], db)
                    config = sup.write_config(folder, feeds, db)
                    res = run_once(config, folder / "stderr.log")
                    results[label].append(res)
                    rows.append(
                        (label, r + 1, f"{res['exit']:.0f}", f"{res['wall']:.1f}",
                         f"{res['cpu']:.1f}", f"{res['cycle_s']:.1f}", f"{res['rss_mb']:.0f}",
                         f"{res['polled']:.0f}", f"{res['new']:.0f}", f"{res['articles']:.0f}",
                         f"{res['alerts']:.0f}", f"{res['warnings']:.0f}/{res['errors']:.0f}")
                    )  # fmt: skip
            print("\nruns of `kuril-monitor run --once`:")
            header = ["db", "run", "exit", "wall s", "cpu s", "cycle s", "peak RSS MB"]
            header += ["polled", "new", "articles", "alerts", "warn/err"]
            print(sup.table(rows, header))
            startup = {label: knowledge_cost(db) for label, db in dbs.items()}

    peak = max(r["rss_mb"] for r in results["big"])
    print(
        f"\npeak RSS with {args.feeds} feeds and the big history: {peak:.0f} MB  "
        f"target ≤ {RSS_TARGET_MB:.0f} MB  {sup.verdict(peak, RSS_TARGET_MB)}"
    )
    print(f"peak RSS with the small history: {max(r['rss_mb'] for r in results['small']):.0f} MB")
    for what in ("wall", "cpu", "cycle_s"):
        small = statistics.median(r[what] for r in results["small"])
        big = statistics.median(r[what] for r in results["big"])
        ratio = big / small
        label = {"wall": "process wall", "cpu": "process CPU", "cycle_s": "cycle (as logged)"}
        print(
            f"{label[what]}: {small:.1f} s with {args.items_small:,} items, {big:.1f} s with "
            f"{args.items_big:,} items: ×{ratio:.2f}  target ≤ ×{GROWTH_TARGET}  "
            f"{sup.verdict(ratio, GROWTH_TARGET)}"
        )
    for label, (rules_s, know_s) in startup.items():
        print(
            f"start-up, {label} history: rules and seeds {rules_s:.2f} s, "
            f"knowledge_with_history {know_s:.2f} s"
        )


if __name__ == "__main__":
    main()
