"""The config file: the evaluation contract's keys, strict validation, located errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.files.config import load_config

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


@pytest.mark.system
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("polling:\n  interval: .inf\n", ":2:3: polling.interval: Input should be a finite number"),
        ("polling:\n  interval: .nan\n", ":2:3: polling.interval: Input should be a finite number"),
        ("polling:\n  interval: 1e308\n", "polling.interval: Input should be less than or equal"),
        ("polling:\n  max_item_age_days: 1e308\n", "max_item_age_days: Input should be less than"),
        ("polling:\n  max_bytes: 18446744073709551616\n", "polling.max_bytes: Input should be"),
        ("polling:\n  timeout: 1.0e300\n", "polling.timeout: Input should be less than or equal"),
        ("polling:\n  max_backoff: .inf\n", "polling.max_backoff: Input should be a finite"),
        ("feeds:\n  - {id: a, url: 'http://x/', interval: 1e12}\n", "feeds[0].interval: Input"),
        ("telegram:\n  send_budget: .inf\n", "telegram.send_budget: Input should be a finite"),
        ("health:\n  stale_after: 1e308\n", "health.stale_after: Input should be less than"),
    ],
)
def test_numbers_that_would_crash_run_are_refused(tmp_path: Path, text: str, expected: str) -> None:
    """Infinite, NaN and absurd numbers (timers and dates would overflow) are refused,
    naming the key and the bound."""
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert expected in str(err.value)


def test_largest_documented_numbers_are_accepted(tmp_path: Path) -> None:
    """The documented upper bounds themselves are valid."""
    path = tmp_path / "c.yaml"
    path.write_text(
        "polling: {interval: 604800, max_item_age_days: 3650, max_bytes: 500000000,"
        " timeout: 600, max_backoff: 604800}\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.polling.max_bytes == 500_000_000


@pytest.mark.system
def test_check_exits_1_naming_an_absurd_interval_and_its_bound(tmp_path: Path) -> None:
    """`check` refuses `polling.interval: 1e308` (which `run` could not schedule)."""
    path = tmp_path / "c.yaml"
    path.write_text(
        f"rules_dir: {ROOT / 'rules'}\nseeds_dir: {ROOT / 'seeds'}\npolling:\n  interval: 1e308\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(path), "check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert f"{path}:4:3: polling.interval: Input should be less than or equal to 604800" in (
        proc.stdout
    )


def test_a_misspelt_config_key_gets_the_nearest_one(tmp_path: Path) -> None:
    """`polling.intervall` is an unknown key, with `interval` suggested."""
    path = tmp_path / "c.yaml"
    path.write_text("polling:\n  intervall: 5\nfeeds:\n  - {id: a, url: 'http://x/', titel: b}\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert ":2:3: polling.intervall: unknown key (did you mean 'interval'?)" in str(err.value)
    assert "feeds[0].titel: unknown key (did you mean 'title'?)" in str(err.value)
