"""Soak: the daemon for half an hour under faults and kills; nothing lost, nothing twice.

`kuril-monitor run` polls 500 feeds on loopback (tests/support's NewsWorld) and posts to
the Bot API stand-in (tests/support's BotApi) while:

- the labelled articles of the blind corpora in tests/data are published over the first
  three quarters of the run, in publication order, spread over the feeds;
- feeds fail at random (about 5 % of them at any time: 503 with Retry-After, 429, reset
  connections, answers stalled past the request timeout, pages that are not feeds);
- Telegram fails at random (500, 429 with retry_after, an edit refused, a post answered
  after the client's timeout, which the monitor must hold rather than post again);
- one hostile host (`localhost`, the same server by another name) serves a feed whose
  items are pages trickling a byte a second, 4.5 MB of nested elements, 4.9 MB of text,
  a page declaring `charset=punycode` over a punycode trap and 12,000 unclosed meta tags,
  plus a trickling feed and a feed of 1.5 million nested elements;
- the daemon is killed with SIGKILL every few minutes (at random, 0.6 to 1.4 times
  `--kill-every`) and started again at once.

At the end faults and kills stop and the daemon is given time to finish what is pending
(`--drain`), then stopped. It prints: alerts recorded and posted, duplicate posts (must be
0), alerts never posted (must be 0; a post left in doubt by a kill is counted apart: the
README's one window), the articles decided against those published, the developments a
reference run (`run --once` over the whole stream, no faults) alerted and how the soak's
posts cover them, RSS of the daemon and of its worker processes over time, cycles, and
the /healthz answers.

    .venv/bin/python benchmarks/bench_soak.py                  # 30 minutes
    .venv/bin/python benchmarks/bench_soak.py --minutes 3      # a short run
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.botapi import BotApi  # noqa: E402
from support.daemon import Daemon, child_env, events  # noqa: E402
from support.newsworld import NewsWorld  # noqa: E402

CHANNEL = "@kuril_soak"
CORPORA = sorted((ROOT / "tests" / "data").glob("corpus-*/labels.yaml"))
MB = 1024 * 1024


# ----------------------------------------------------------------------------- the stream


@dataclass(frozen=True)
class Story:
    """One labelled article of a corpus, as published in the soak."""

    key: str  # corpus/id
    published: datetime
    title: str
    summary: str
    page: Path
    feed: int  # index of the soak feed that carries it


def load_stream(feeds: int) -> list[Story]:
    """Every labelled article whose page is in tests/data, in publication order."""
    stories: list[tuple[datetime, str, str, str, Path]] = []
    for labels in CORPORA:
        raw = yaml.safe_load(labels.read_text(encoding="utf-8")) or {}
        corpus = labels.parent.name.removeprefix("corpus-")
        for art in raw.get("articles") or []:
            page = labels.parent / "articles" / f"{art['id']}.html"
            if not page.exists() or not art.get("published"):
                continue
            when = datetime.fromisoformat(str(art["published"]).replace("Z", "+00:00"))
            key = f"{corpus}/{art['id']}"
            stories.append(
                (when, key, str(art.get("title", "")), str(art.get("summary", "")), page)
            )
    stories.sort(key=lambda s: (s[0], s[1]))
    # spread over the feeds (feed 0 is left to the hostile host's neighbours)
    return [
        Story(key, when, title, summary, page, 1 + (n * 7) % (feeds - 1))
        for n, (when, key, title, summary, page) in enumerate(stories)
    ]


def story_path(story: Story) -> str:
    return f"/a/{story.key}.html"


def feed_path(i: int) -> str:
    return f"/f/{i}.xml"


# ----------------------------------------------------------------------------- the hostile host


def hostile_bodies() -> dict[str, tuple[str, bytes]]:
    """What the hostile host serves, by kind: (how, bytes)."""
    nested = b"<html><body>" + b"<div>" * 450_000 + b"x" + b"</div>" * 450_000 + b"</body></html>"
    text = ("<p>" + "Kuril islands treaty talks " * 40 + "</p>") * 4_300
    big_text = f"<html><body><article>{text}</article></body></html>".encode()[:4_900_000]
    puny = (
        '<html><head><meta charset="punycode"></head><body><article><p>-'
        + "a" * 1_500_000
        + "</p></article></body></html>"
    ).encode()
    metas = ("<html><head>" + "<meta name=x content=y " * 12_000 + "</head></html>").encode()
    return {
        "trickling page": ("trickle", b"<html>" + b"x" * 30_000),
        "nested page": ("page", nested),
        "huge page": ("page", big_text),
        "punycode page": ("page", puny),
        "unclosed meta tags": ("page", metas),
    }


def deep_feed() -> bytes:
    depth = 1_500_000
    return (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>deep</title>'
        + b"<x>" * depth
        + b"</x>" * depth
        + b"</channel></rss>"
    )


# ----------------------------------------------------------------------------- the world


@dataclass
class Soak:
    """The world the daemon lives in, and what was seen of it."""

    world: NewsWorld
    bot: BotApi
    stream: list[Story]
    feeds: int
    rng: random.Random
    released: int = 0
    hostile_batches: int = 0
    feed_faults: Counter[str] = field(default_factory=Counter)
    bot_faults: Counter[str] = field(default_factory=Counter)
    faulty: dict[int, float] = field(default_factory=dict)  # feed → when its fault ends
    by_feed: dict[int, list[Story]] = field(default_factory=dict)
    hostile: dict[str, tuple[str, bytes]] = field(default_factory=hostile_bodies)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return self.world.url(path).replace("127.0.0.1", host)

    def publish_feed(self, i: int) -> None:
        items = [
            {
                "title": s.title,
                "link": self.url(story_path(s)),
                "summary": s.summary,
                "published": s.published,
                "guid": s.key,
            }
            for s in self.by_feed.get(i, [])[-20:]
        ]
        self.world.add_feed(feed_path(i), items, title=f"Feed {i}")

    def setup(self) -> None:
        for story in self.stream:
            self.world.add_page(story_path(story), story.page.read_bytes())
        for i in range(self.feeds):
            self.publish_feed(i)
        self.world.add_feed("/hostile.xml", [])
        self.world.trickle(
            "/hostile-trickle.xml", b"<rss>" + b" " * 20_000, 1, {"Content-Type": "text/xml"}
        )
        self.world.add_page("/hostile-deep.xml", deep_feed(), "application/rss+xml")

    def release(self, upto: int) -> None:
        """Publish the stream's first `upto` stories."""
        changed: set[int] = set()
        while self.released < min(upto, len(self.stream)):
            story = self.stream[self.released]
            self.by_feed.setdefault(story.feed, []).append(story)
            changed.add(story.feed)
            self.released += 1
        for i in changed:
            if i not in self.faulty:
                self.publish_feed(i)

    def add_hostile_batch(self) -> None:
        """Five more hostile pages in the hostile feed (every batch so far stays in it)."""
        n = self.hostile_batches
        self.hostile_batches += 1
        items = []
        for b in range(self.hostile_batches):
            for k, (title, (how, body)) in enumerate(self.hostile.items()):
                path = f"/h/{b}/{k}.html"
                if b == n and how == "trickle":
                    self.world.trickle(path, body, 1, {"Content-Type": "text/html"})
                elif b == n:
                    self.world.add_page(path, body)
                items.append(
                    {
                        "title": f"Hostile {b}: {title}",
                        "link": self.url(path, "localhost"),
                        "guid": f"hostile-{b}-{title}",
                        "published": datetime(2024, 1, 1, tzinfo=UTC),
                    }
                )
        self.world.add_feed("/hostile.xml", items, title="Hostile")

    def feed_fault_tick(self, now: float, share: float) -> None:
        """End the faults that ran out; start new ones so about `share` of the feeds fail."""
        for i, until in list(self.faulty.items()):
            if until <= now:
                del self.faulty[i]
                self.publish_feed(i)
        want = int(share * self.feeds)
        while len(self.faulty) < want:
            i = self.rng.randrange(self.feeds)
            if i in self.faulty:
                continue
            kind = self.rng.choice(["503", "429", "reset", "stall", "not-a-feed"])
            path = feed_path(i)
            if kind == "503":
                self.world.fail(path, 503, {"Retry-After": "10"})
            elif kind == "429":
                self.world.fail(path, 429, {"Retry-After": "20"})
            elif kind == "reset":
                self.world.reset(path)
            elif kind == "stall":
                self.world.stall(path, 30, b"")
            else:
                self.world.add_raw(path, b"<html><body>Maintenance</body></html>", {})
            self.faulty[i] = now + self.rng.uniform(5, 20)
            self.feed_faults[kind] += 1

    def bot_fault(self, timeout: float) -> None:
        kind = self.rng.choice(["500", "429", "edit-502", "late-answer"])
        if kind == "500":
            self.bot.fail_next("sendMessage", 500, "Internal Server Error")
        elif kind == "429":
            self.bot.fail_next("sendMessage", 429, retry_after=3)
        elif kind == "edit-502":
            self.bot.fail_next("editMessageText", 502, "Bad Gateway")
        else:  # posted at once, answered after the client gave up: held, not posted again
            self.bot.slow_next("sendMessage", timeout + 2)
        self.bot_faults[kind] += 1


# ----------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(
    folder: Path, soak: Soak, db: Path, args: argparse.Namespace, health_port: int | None
) -> Path:
    feeds = [{"id": f"f{i}", "url": soak.url(feed_path(i))} for i in range(soak.feeds)]
    if health_port is not None:  # the hostile host's feeds: not in the reference run
        feeds += [
            {"id": "hostile", "url": soak.url("/hostile.xml", "localhost")},
            {"id": "hostile-trickle", "url": soak.url("/hostile-trickle.xml", "localhost")},
            {"id": "hostile-deep", "url": soak.url("/hostile-deep.xml", "localhost")},
        ]
    config = {
        "database": f"sqlite:///{db}",
        "rules_dir": str(ROOT / "rules"),
        "seeds_dir": str(ROOT / "seeds"),
        "feeds": feeds,
        "polling": {
            "interval": args.interval,
            "timeout": 5,
            "parse_timeout": 10,
            "jitter": 0.1,
            "max_backoff": 120,
            "max_item_age_days": None,
            "allow_private_addresses": True,
            "page_attempts": 4,
        },
        "telegram": {
            "api_base_url": soak.bot.base_url,
            "chat_ids": [CHANNEL],
            "timeout": args.telegram_timeout,
            "send_budget": 30,
        },
        "health": {"host": "127.0.0.1", "port": health_port},
        "retention": {"article_text_days": None},
        "log": {"level": "INFO"},
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (the fork server and the worker processes)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def rss_mb(pid: int) -> float:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def ask(url: str) -> tuple[int | None, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")
    except (OSError, urllib.error.URLError):
        return None, ""


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as c:
        return c.execute(sql).fetchall()


# ----------------------------------------------------------------------------- the run


@dataclass
class Life:
    pid: int
    started: float
    ended: float = 0.0
    how: str = ""
    cycles: int = 0  # kuril_cycle_duration_seconds_count last read from /metrics
    rss: list[tuple[float, float, float]] = field(default_factory=list)  # t, daemon, workers


def reference(soak: Soak, tmp: Path, args: argparse.Namespace) -> dict[str, int]:
    """`run --once` over the whole stream, no faults: each article's development."""
    folder = tmp / "reference"
    folder.mkdir()
    soak.release(len(soak.stream))
    config = write_config(folder, soak, folder / "monitor.db", args, None)
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), "run", "--once"],
        capture_output=True,
        text=True,
        env=child_env(None),
        cwd=ROOT,
        timeout=1800,
        check=False,
    )
    if proc.returncode != 0:
        sys.exit(f"the reference run failed:\n{proc.stderr[-3000:]}")
    rows = query(folder / "monitor.db", "SELECT url, alert_id FROM articles")
    print(
        f"reference: run --once over {len(soak.stream)} articles in "
        f"{time.monotonic() - started:.0f} s; "
        f"{len({a for _, a in rows if a})} developments alerted",
        flush=True,
    )
    # the soak starts on an empty web again
    soak.released = 0
    soak.by_feed.clear()
    for i in range(soak.feeds):
        soak.publish_feed(i)
    return {url: int(alert) for url, alert in rows if alert}


def soak_run(soak: Soak, tmp: Path, args: argparse.Namespace) -> dict[str, Any]:
    folder = tmp / "soak"
    folder.mkdir()
    db = folder / "monitor.db"
    health_port = free_port()
    config = write_config(folder, soak, db, args, health_port)
    seconds = args.minutes * 60
    release_span = 0.75 * seconds
    lives: list[Life] = []
    health: Counter[str] = Counter()
    outputs: list[str] = []
    began = time.monotonic()

    def start() -> Daemon:
        daemon = Daemon(config, token=soak.bot.token).__enter__()
        lives.append(Life(daemon.pid, time.monotonic() - began))
        return daemon

    daemon = start()
    next_kill = began + soak.rng.uniform(0.6, 1.4) * args.kill_every
    next_bot_fault = began + 20
    next_hostile = began + 10
    next_sample = began
    faults_on = True
    drain_until = began + seconds + args.drain
    settled_at: float | None = None
    while True:
        now = time.monotonic()
        t = now - began
        if t >= seconds and faults_on:
            faults_on = False
            soak.bot.clear_faults()
            soak.feed_fault_tick(float("inf"), 0.0)  # every feed answers again
            print(f"{t / 60:5.1f} min  faults and kills stop; draining", flush=True)
        if faults_on:
            soak.release(int(len(soak.stream) * min(1.0, t / release_span)))
            soak.feed_fault_tick(now, args.feed_faults)
            if now >= next_hostile:
                soak.add_hostile_batch()
                next_hostile = now + 60
            if now >= next_bot_fault:
                soak.bot_fault(args.telegram_timeout)
                next_bot_fault = now + soak.rng.uniform(10, 30)
            if now >= next_kill:
                os.kill(daemon.pid, signal.SIGKILL)
                daemon.wait_for(lambda: False, timeout=10)  # returns once it has exited
                lives[-1].ended, lives[-1].how = t, "SIGKILL"
                outputs.append(daemon.output())
                daemon = start()
                next_kill = now + soak.rng.uniform(0.6, 1.4) * args.kill_every
        if now >= next_sample:
            next_sample = now + 5
            status, body = ask(f"http://127.0.0.1:{health_port}/healthz")
            if status is None:
                health["no answer"] += 1
            else:
                with contextlib.suppress(ValueError):
                    health[f"{status} {json.loads(body).get('status', '?')}"] += 1
            status, metrics = ask(f"http://127.0.0.1:{health_port}/metrics")
            if status == 200:
                m = re.search(r"^kuril_cycle_duration_seconds_count (\S+)$", metrics, re.M)
                if m:
                    lives[-1].cycles = int(float(m.group(1)))
            workers = sum(rss_mb(p) for p in descendants(daemon.pid))
            lives[-1].rss.append((t, rss_mb(daemon.pid), workers))
        if not faults_on:
            pending = query(db, "SELECT COUNT(*) FROM items WHERE state = 'new'")[0][0]
            outbox = query(db, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'")[0][0]
            if pending == 0 and outbox == 0:
                settled_at = settled_at or t
                if t - settled_at > 15:  # a few more rounds of polls: nothing more comes
                    break
            else:
                settled_at = None
            if now >= drain_until:
                print(f"drain ended with {pending} items and {outbox} posts pending", flush=True)
                break
        time.sleep(0.5)
    t = time.monotonic() - began
    took = daemon.terminate()
    lives[-1].ended, lives[-1].how = t, f"SIGTERM (exit {daemon.returncode}, {took:.1f} s)"
    outputs.append(daemon.output())
    return {"db": db, "lives": lives, "health": health, "outputs": outputs, "seconds": t}


# ----------------------------------------------------------------------------- figures


URL = re.compile(r'href="(http://127\.0\.0\.1:\d+/a/[^"]+)"')


def report(soak: Soak, ref: dict[str, int], run: dict[str, Any]) -> int:
    db: Path = run["db"]
    lives: list[Life] = run["lives"]
    text = "\n".join(run["outputs"])
    alert_of = {u: int(a) for u, a in query(db, "SELECT url, alert_id FROM articles") if a}
    alerts = {int(a): u for a, u in query(db, "SELECT id, article_url FROM alerts")}
    sends = dict(
        query(
            db,
            f"SELECT alert_id, state FROM outbox WHERE action = 'send' AND chat_id = '{CHANNEL}'",
        )
    )
    # a post is a first message with the parts that continue it (replies to it, in a chain:
    # a long alert, or a digest of many); each alert linked in it counts once for the post
    messages = soak.bot.messages.get(CHANNEL, [])
    parent = {m.message_id: m.reply_to for m in messages}

    def root(message_id: int) -> int:
        while parent.get(message_id) is not None:
            message_id = parent[message_id] or message_id
        return message_id

    linked: dict[int, set[int]] = {}
    for message in messages:
        urls = URL.findall(str(message.params.get("text", "")))
        linked.setdefault(root(message.message_id), set()).update(
            alert_of[u] for u in urls if u in alert_of
        )
    posts: Counter[int] = Counter(a for alerts_in in linked.values() for a in alerts_in)
    duplicates = sum(n - 1 for n in posts.values() if n > 1)
    never = [a for a in alerts if posts[a] == 0]
    in_doubt = [a for a in never if sends.get(a) == "unconfirmed"]
    stream_urls = {soak.url(story_path(s)) for s in soak.stream[: soak.released]}
    decided = {u for (u,) in query(db, "SELECT url FROM articles")}
    items = dict(query(db, "SELECT state, COUNT(*) FROM items GROUP BY state"))
    # the reference's developments, and the soak's posts that reached each of them
    groups: dict[int, set[int]] = {}
    for url, ref_alert in ref.items():
        groups.setdefault(ref_alert, set())
        if url in alert_of and posts[alert_of[url]] and alerts.get(alert_of[url]) == url:
            groups[ref_alert].add(alert_of[url])
    covered = Counter(min(len(v), 2) for v in groups.values())
    outside = [a for a, u in alerts.items() if u not in ref]  # no development in the reference
    headline_only = query(db, "SELECT COUNT(*) FROM articles WHERE from_feed_only = 1")[0][0]
    hostile = query(db, "SELECT COUNT(*) FROM items WHERE feed_id = 'hostile'")[0][0]
    print()
    print(
        f"soak: {run['seconds'] / 60:.1f} min, {soak.feeds} feeds, {len(lives)} lives of the daemon"
    )
    kills = sum(1 for life in lives if life.how == "SIGKILL")
    print(f"  kills: {kills} (SIGKILL), then {lives[-1].how}")
    print(f"  feed faults started: {dict(soak.feed_faults)}")
    print(f"  Telegram faults: {dict(soak.bot_faults)}")
    print(f"  hostile host: {soak.hostile_batches} batches, {hostile} items")
    print(
        f"  articles published {len(stream_urls)}, decided {len(stream_urls & decided)} "
        f"(all articles decided {len(decided)}, headline only {headline_only}); "
        f"items {items}"
    )
    print(
        f"  alerts recorded {len(alerts)}, posted {sum(1 for a in alerts if posts[a])}, "
        f"duplicate posts {duplicates} (target 0), never posted {len(never)} (target 0; "
        f"{len(in_doubt)} of them held in doubt after a kill)"
    )
    rows = query(db, "SELECT action || ' ' || state, COUNT(*) FROM outbox GROUP BY 1")
    print(f"  outbox rows (action state: count): {dict(rows)}")
    print(
        f"  reference developments {len(groups)}: posted once {covered[1]}, "
        f"twice or more {covered[2]}, not posted {covered[0]}; soak alerts on articles the "
        f"reference did not alert or attach: {len(outside)}"
    )
    cycles = sum(life.cycles for life in lives)
    print(
        f"  cycles (kuril_cycle_duration_seconds_count, summed over lives): {cycles}; "
        f"cycle.done lines {len(events(text, 'cycle.done'))}, "
        f"cycle.skipped {len(events(text, 'cycle.skipped'))}, "
        f"delivery.unconfirmed {len(events(text, 'delivery.unconfirmed'))}, "
        f"Tracebacks {text.count('Traceback')}"
    )
    print(f"  /healthz answers (every 5 s): {dict(run['health'])}")
    print(
        "  RSS, MB (daemon / fork server and workers), per life: first sample past 60 s, peak, last"
    )
    for n, life in enumerate(lives):
        late = [s for s in life.rss if s[0] - life.started >= 60] or life.rss
        if not late:
            continue
        first, last = late[0], late[-1]
        peak = max(late, key=lambda s: s[1] + s[2])
        print(
            f"    life {n + 1} ({life.started / 60:4.1f}–{life.ended / 60:4.1f} min, "
            f"{life.how.split(' ')[0]}): {first[1]:.0f}/{first[2]:.0f} → peak "
            f"{peak[1]:.0f}/{peak[2]:.0f} → {last[1]:.0f}/{last[2]:.0f}"
        )
    timeline = [s for life in lives for s in life.rss]
    marks = []
    for minute in range(0, int(run["seconds"] // 60) + 1, max(1, int(run["seconds"] // 600))):
        near = [s for s in timeline if minute * 60 <= s[0] < minute * 60 + 60]
        if near:
            marks.append(f"{minute}:{near[-1][1]:.0f}+{near[-1][2]:.0f}")
    print(f"  RSS over time (minute:daemon+workers MB): {' '.join(marks)}")
    return 0 if duplicates == 0 and not never else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="faults and kills (30)")
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--interval", type=float, default=30.0, help="polling.interval (30)")
    parser.add_argument("--kill-every", type=float, default=180.0, help="seconds, about (180)")
    parser.add_argument("--feed-faults", type=float, default=0.05, help="share failing (0.05)")
    parser.add_argument("--telegram-timeout", type=float, default=3.0)
    # a page without text is retried for about 8 minutes (4 attempts) before its headline
    # is used: the drain waits for that, and ends as soon as nothing is pending
    parser.add_argument("--drain", type=float, default=600.0, help="seconds at most (600)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--keep", type=Path, help="keep the databases and logs here")
    args = parser.parse_args()
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    rng = random.Random(args.seed)
    stream = load_stream(args.feeds)
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            tmp = args.keep
        else:
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="soak-")))
        world = stack.enter_context(NewsWorld())
        bot = stack.enter_context(BotApi())
        soak = Soak(world, bot, stream, args.feeds, rng)
        soak.setup()
        print(
            f"{len(stream)} articles of {len(CORPORA)} corpora over {args.feeds} feeds; "
            f"{args.minutes:g} min of faults, a kill about every {args.kill_every:g} s",
            flush=True,
        )
        ref = reference(soak, tmp, args)
        run = soak_run(soak, tmp, args)
        return report(soak, ref, run)


if __name__ == "__main__":
    sys.exit(main())
