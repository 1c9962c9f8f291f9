"""A stored history made the way production makes it: the monitor runs as a process.

    with review_world(tmp_path) as world:
        world.config   # a config file whose SQLite database holds what two cycles stored
        world.bot      # the Bot API endpoint the alerts were posted to

Two `run --once` cycles against a NewsWorld serving the owned pages of tests/data/articles
(in publication order, as expected.yaml lists them, plus a page whose title carries
markup and a script) and a BotApi: the first cycle alerts on the Shikotan drills, the
second attaches the Russian and Japanese reports to that alert and decides the rest.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml

from support.botapi import DEFAULT_TOKEN, BotApi
from support.newsworld import NewsWorld

ROOT = Path(__file__).resolve().parent.parent.parent
PAGES = ROOT / "tests" / "data" / "articles"
CHANNEL = "@kuril_review"
HOSTILE = "hostile-title-iturup-missiles"
HOSTILE_TITLE = "<script>window.__pwned=1</script><b>Kuril</b> missile brigade deploys on Iturup"
FIRST_CYCLE = ("lookalike-northern-territory", "new-shikotan-drills")
ALERT_KINDS = ("new_development", "status_change")
# every page the world serves, with the decision it must get (expected.yaml, then ours)
EXPECTED: dict[str, str] = {
    e["id"]: e["decision"]
    for e in yaml.safe_load((PAGES / "expected.yaml").read_text(encoding="utf-8"))
} | {HOSTILE: "new_development"}


@dataclass(frozen=True)
class ReviewWorld:
    """What a test reviews: the config (and so the database), the chat the alerts reached,
    and which alert each alerting page raised (as the pipeline numbered them)."""

    config: Path
    database: Path
    bot: BotApi
    alerts: dict[str, int]  # page name -> alert id
    decisions: dict[str, str]  # page name -> decision, as stored

    def alert(self, name: str) -> int:
        return self.alerts[name]


def published(name: str) -> datetime:
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    marker = 'article:published_time" content="'
    start = html.index(marker) + len(marker)
    return datetime.fromisoformat(html[start : html.index('"', start)].replace("Z", "+00:00"))


def _items(world: NewsWorld, names: list[str]) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    for name in names:
        world.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
        items.append(
            {
                "title": name.replace("-", " "),
                "link": world.url(f"/articles/{name}.html"),
                "summary": name.replace("-", " "),
                "published": published(name),
                "guid": name,
            }
        )
    return items


def run_once(config: Path) -> subprocess.CompletedProcess[str]:
    """`python -m monitor --config CONFIG run --once`, as a process, with the test token."""
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    env["TELEGRAM_BOT_TOKEN"] = DEFAULT_TOKEN
    return subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        check=False,
        cwd=ROOT,
    )


def write_config(tmp: Path, news: NewsWorld, bot: BotApi) -> Path:
    """The config of a monitor that polls the world's wire feed and posts to `bot`."""
    config = tmp / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "database": f"sqlite:///{tmp / 'state' / 'monitor.db'}",
                "rules_dir": str(ROOT / "rules"),
                "seeds_dir": str(ROOT / "seeds"),
                "feeds": [{"id": "wire", "url": news.url("/feeds/wire.xml"), "title": "Wire"}],
                "polling": {
                    "interval": 60,
                    "timeout": 3.0,
                    "max_item_age_days": None,
                    "allow_private_addresses": True,
                    "page_attempts": 2,
                },
                "telegram": {"api_base_url": bot.base_url, "chat_ids": [CHANNEL]},
            }
        ),
        encoding="utf-8",
    )
    return config


@contextmanager
def review_world(tmp: Path) -> Iterator[ReviewWorld]:
    """Run two cycles of the monitor and yield the stored result; servers stop on exit."""
    stream = list(EXPECTED)
    with NewsWorld() as news, BotApi() as bot:
        database = tmp / "state" / "monitor.db"
        config = write_config(tmp, news, bot)
        first = [n for n in stream if n in FIRST_CYCLE]
        for names in (first, stream):
            news.add_feed("/feeds/wire.xml", _items(news, names))
            proc = run_once(config)
            if proc.returncode != 0:
                raise RuntimeError(f"run --once failed: {proc.stderr}")
        db = sqlite3.connect(database)
        try:
            rows = db.execute("SELECT item_key, decision, development_id, alert_id FROM articles")
            stored = rows.fetchall()
        finally:
            db.close()
        yield ReviewWorld(
            config=config,
            database=database,
            bot=bot,
            alerts={key: int(alert) for key, _, dev, alert in stored if dev is not None},
            decisions={key: decision for key, decision, _, _ in stored},
        )
