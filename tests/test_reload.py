"""Live reload, end to end: the real daemon, feeds and pages on 127.0.0.1, a Bot API endpoint.

A broken change to rules/ is rejected with its file:line, reported to the admin chat, and
the last good rules keep deciding; a valid change takes effect at the next cycle.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml
from support.botapi import DEFAULT_TOKEN, BotApi
from support.newsworld import NewsWorld, wait_until
from support.yamlbombs import alias_keys, deep_nesting, many_concepts

from monitor.files.yamlfile import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "data" / "articles"
CHANNEL = "@kuril_test"
SECOND = "@second_desk"
ADMIN = 4242
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)

ITURUP = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Russia deploys Bastion missile systems on Iturup</title></head>
<body><article>
<h1>Russia deploys Bastion missile systems on Iturup</h1>
<p>YUZHNO-KURILSK, March 23. Russia's Pacific Fleet deployed Bastion coastal missile systems
on Iturup Island on Monday, the fleet's press office said, adding that the launchers had
taken up combat duty.</p>
<p>The systems, with a range of about 500 kilometres, cover the straits between the Sea of
Okhotsk and the Pacific, the statement said. Japan's foreign ministry called the deployment
unacceptable.</p>
<p>Iturup is the largest of the four islands that Japan calls its Northern Territories.</p>
</article></body></html>
"""

# Accepted, this would make the grave-visits story a look-alike; its unknown concept on
# line 6 (column 24) gets the whole change rejected, so the story still alerts.
BROKEN = """concepts:
  lookalike.graves:
    mask: true
    en: ["grave visits to the southern kurils"]
rules:
  - {id: broken, all: [no_such_concept]}
"""

ROUTED = """rules:
  - id: second-desk
    description: Military moves on the islands also go to the second desk.
    all: [islands]
    any: [military]
    chat_ids: ["@second_desk"]
"""


def _write(path: Path, text: str) -> None:
    """Save the way an editor does: the whole file appears at once."""
    part = path.with_suffix(".part")
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)


class Daemon:
    """`kuril-monitor run` as a child process, its log in a file."""

    def __init__(self, config: Path, log: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        env["NO_PROXY"] = "127.0.0.1,localhost"
        env["TELEGRAM_BOT_TOKEN"] = DEFAULT_TOKEN
        self.log_path = log
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(config), "run"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=10)
        finally:
            self._log.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._log.close()


def _item(
    world: NewsWorld, name: str, when: datetime, body: bytes | None = None
) -> dict[str, object]:
    world.add_page(f"/articles/{name}.html", body or (PAGES / f"{name}.html").read_bytes())
    link = world.url(f"/articles/{name}.html")
    return {"title": name, "link": link, "summary": name, "published": when, "guid": name}


def _config(
    tmp: Path, world: NewsWorld, bot: BotApi, health: dict[str, object] | None = None
) -> Path:
    shutil.copytree(ROOT / "rules", tmp / "rules", ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(ROOT / "seeds", tmp / "seeds", ignore=shutil.ignore_patterns("*.md"))
    config = {
        "database": "sqlite:///state/monitor.db",
        "rules_dir": "rules",
        "seeds_dir": "seeds",
        "feeds": [{"id": "wire", "url": world.url("/feeds/wire.xml")}],
        "polling": {
            "interval": 0.5,
            "timeout": 3.0,
            "max_item_age_days": None,
            "allow_private_addresses": True,
            "page_attempts": 2,
        },
        "telegram": {
            "api_base_url": bot.base_url,
            "chat_ids": [CHANNEL],
            "admin_ids": [ADMIN],
        },
        "health": health or {"port": None},
    }
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def test_broken_change_is_rejected_and_a_valid_one_applies_next_cycle(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """Bad rules are logged with file:line and the old rules keep alerting; good ones apply."""
    items = [_item(world, "new-shikotan-drills", T0)]
    world.add_feed("/feeds/wire.xml", items)
    config = _config(tmp_path, world, bot)
    change = tmp_path / "rules" / "zz-change.yaml"
    daemon = Daemon(config, tmp_path / "daemon.log")
    try:
        assert wait_until(lambda: len(bot.sent(CHANNEL)) == 1, 45), daemon.log()
        assert "Shikotan" in bot.sent(CHANNEL)[0]

        # (a) a broken change: rejected, reported, and the last good rules stay active
        _write(change, BROKEN)
        assert wait_until(lambda: "rules.rejected" in daemon.log(), 20), daemon.log()
        log = daemon.log()
        assert "zz-change.yaml:6:24: rules[0].all[0]: unknown concept 'no_such_concept'" in log
        assert "rules.reloaded" not in log
        assert wait_until(lambda: bool(bot.sent(ADMIN)), 10), daemon.log()
        assert "Rules change rejected" in bot.sent(ADMIN)[0]
        assert "zz-change.yaml:6:24" in bot.sent(ADMIN)[0]
        items.append(_item(world, "status-grave-visits", T0 + timedelta(days=3)))
        world.add_feed("/feeds/wire.xml", items)
        assert wait_until(lambda: len(bot.sent(CHANNEL)) == 2, 30), daemon.log()
        assert "grave" in bot.sent(CHANNEL)[1].lower()
        assert daemon.proc.poll() is None

        # (b) a valid change: a rule routing military moves to a second chat
        _write(change, ROUTED)
        assert wait_until(lambda: "rules.reloaded" in daemon.log(), 20), daemon.log()
        items.append(_item(world, "iturup-bastion", T0 + timedelta(days=20), ITURUP.encode()))
        world.add_feed("/feeds/wire.xml", items)
        assert wait_until(lambda: len(bot.sent(SECOND)) == 1, 30), daemon.log()
        assert "Iturup" in bot.sent(SECOND)[0]
        assert daemon.log().count("rules.rejected") == 1

        started = time.monotonic()
        assert daemon.stop() == 0, daemon.log()
        assert time.monotonic() - started < 10
    finally:
        daemon.kill()

    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    decisions = dict(db.execute("SELECT item_key, decision FROM articles").fetchall())
    assert decisions == {
        "new-shikotan-drills": "new_development",
        "status-grave-visits": "status_change",
        "iturup-bastion": "new_development",
    }
    rules = dict(db.execute("SELECT title, rule FROM alerts").fetchall())
    assert "second-desk" in rules["Russia deploys Bastion missile systems on Iturup"]
    assert db.execute("SELECT COUNT(*) FROM outbox WHERE state != 'sent'").fetchone() == (0,)


def _healthz_seconds(port: int) -> float:
    """How long /healthz takes to answer (any status)."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as resp:
            resp.read()
    except urllib.error.HTTPError:
        pass  # 503 is an answer too
    return time.monotonic() - started


def test_hostile_changes_are_rejected_told_and_a_big_one_never_freezes_the_daemon(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """An alias bomb and a 600-deep nesting saved into rules/ are each rejected within
    seconds and reported to the admin with file:line:column; a big valid change loads
    while /healthz keeps answering promptly, then applies."""
    world.add_feed("/feeds/wire.xml", [])
    config = _config(tmp_path, world, bot, health={"port": 0})
    change = tmp_path / "rules" / "zz-change.yaml"
    daemon = Daemon(config, tmp_path / "daemon.log")
    try:
        assert wait_until(lambda: "health.listening" in daemon.log(), 45), daemon.log()
        port = int(daemon.log().split("health.listening", 1)[1].split("port=")[1].split()[0])
        assert wait_until(lambda: "cycle.done" in daemon.log(), 30), daemon.log()

        _write(change, alias_keys(9))
        assert wait_until(lambda: len(bot.sent(ADMIN)) == 1, 20), daemon.log()
        assert "zz-change.yaml:1:5: YAML anchors and aliases" in bot.sent(ADMIN)[0]

        _write(change, deep_nesting(600))
        assert wait_until(lambda: len(bot.sent(ADMIN)) == 2, 20), daemon.log()
        assert "zz-change.yaml:3:" in bot.sent(ADMIN)[1]
        assert "nested more than" in bot.sent(ADMIN)[1]
        assert "Traceback" not in daemon.log()

        _write(change, many_concepts(MAX_BYTES - 20_000))
        slowest = 0.0
        deadline = time.monotonic() + 60
        while "rules.reloaded" not in daemon.log() and time.monotonic() < deadline:
            slowest = max(slowest, _healthz_seconds(port))
            time.sleep(0.05)
        assert "rules.reloaded" in daemon.log(), daemon.log()
        assert slowest < 1.0, slowest
        assert daemon.proc.poll() is None
        assert daemon.stop() == 0, daemon.log()
    finally:
        daemon.kill()
