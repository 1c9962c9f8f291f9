"""The config file: the evaluation contract's keys, strict validation, located errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.errors import ConfigError

CONTRACT = """\
database: sqlite:///{tmp}/state/monitor.db
rules_dir: {root}/rules
seeds_dir: {root}/seeds
feeds:
  - {{id: tass-en, url: "http://127.0.0.1:8000/feeds/tass-en.xml"}}
polling:
  interval: 0.5
  timeout: 5.0
  max_item_age_days: null
  allow_private_addresses: true
telegram:
  api_base_url: "http://127.0.0.1:8001/bot"
  chat_ids: ["@kuril_watch_eval"]
"""
ROOT = Path(__file__).resolve().parent.parent


def test_contract_keys_are_accepted(tmp_path: Path) -> None:
    """Every key the evaluation world writes is accepted, fractions of a second included."""
    path = tmp_path / "c.yaml"
    path.write_text(CONTRACT.format(tmp=tmp_path, root=ROOT), encoding="utf-8")
    config = load_config(path)
    assert config.polling.interval == 0.5
    assert config.polling.max_item_age_days is None
    assert config.telegram.chat_ids == ("@kuril_watch_eval",)
    assert config.sqlite_path == tmp_path / "state" / "monitor.db"


def test_defaults_are_safe(tmp_path: Path) -> None:
    """Without polling keys: private addresses refused, two days of backlog."""
    path = tmp_path / "c.yaml"
    path.write_text("feeds: []\n", encoding="utf-8")
    config = load_config(path)
    assert config.polling.allow_private_addresses is False
    assert config.polling.max_item_age_days == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feeds:\n  - {id: a, url: 'ftp://x/y'}\n", ":2:13: feeds[0].url: not an http(s) URL"),
        ("polling:\n  interval: 0\n", ":2:3: polling.interval: Input should be greater than 0"),
        ("telegram:\n  chat_id: [1]\n", ":2:3: telegram.chat_id: unknown key"),
        (
            "feeds:\n  - {id: a, url: 'http://x/1'}\n  - {id: a, url: 'http://x/2'}\n",
            "duplicate feed id 'a'",
        ),
        ("polling: {interval: 1, interval: 2}\n", ":1:24: polling.interval: duplicate key"),
        ("feeds: [\n", "invalid YAML"),
    ],
)
def test_bad_config_names_file_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    """Each mistake is reported with the file, line, column and key path."""
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_cli_exits_2_on_bad_config(tmp_path: Path) -> None:
    """`kuril-monitor run --once` with a broken config exits 2 and says where."""
    path = tmp_path / "c.yaml"
    path.write_text("polling:\n  colour: red\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(path), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert f"{path}:2:3: polling.colour: unknown key" in proc.stderr
