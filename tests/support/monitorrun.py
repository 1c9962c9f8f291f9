"""The monitor as a real process against a world on 127.0.0.1: a config file and the CLI.

config = write_config(tmp_path, [{"id": "wire", "url": world.url("/feed.xml")}], bot)
proc = run_cli(config, "run", "--once")
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from support.botapi import DEFAULT_TOKEN, BotApi

ROOT = Path(__file__).resolve().parent.parent.parent
CHANNEL = "@kuril_test"


def write_config(
    tmp: Path,
    feeds: Sequence[Mapping[str, Any]],
    bot: BotApi | None = None,
    **polling: Any,
) -> Path:
    """A config polling `feeds` (private addresses allowed), alerting to CHANNEL."""
    config = {
        "database": f"sqlite:///{tmp / 'state' / 'monitor.db'}",
        "rules_dir": str(ROOT / "rules"),
        "seeds_dir": str(ROOT / "seeds"),
        "feeds": [dict(f) for f in feeds],
        "polling": {
            "timeout": 3.0,
            "max_item_age_days": None,
            "allow_private_addresses": True,
            **polling,
        },
        "telegram": {
            "api_base_url": bot.base_url if bot else "http://127.0.0.1:9/bot",
            "chat_ids": [CHANNEL],
        },
        "health": {"port": None},
    }
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def run_cli(
    config: Path, *args: str, token: str | None = DEFAULT_TOKEN, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`kuril-monitor --config CONFIG ARGS…` as a process; its output as text."""
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    if token:
        env["TELEGRAM_BOT_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        check=False,
        cwd=ROOT,
        input=stdin,
    )
