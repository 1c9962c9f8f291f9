"""`kuril-monitor run` as a real process, and `explain`, from the command line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_daemon_keeps_running_without_network_or_token(tmp_path: Path) -> None:
    """With feeds unreachable and no token, the daemon runs, logs failures, backs off, and
    stops cleanly on SIGTERM."""
    port = _closed_port()
    config = tmp_path / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "database": f"sqlite:///{tmp_path / 'state' / 'monitor.db'}",
                "rules_dir": str(ROOT / "rules"),
                "seeds_dir": str(ROOT / "seeds"),
                "feeds": [{"id": "down", "url": f"http://127.0.0.1:{port}/feed.xml"}],
                "polling": {"interval": 0.3, "timeout": 1.0, "allow_private_addresses": True},
            }
        ),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "--config", str(config), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        time.sleep(4)
        assert proc.poll() is None, "the daemon must keep running"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert out.count("TELEGRAM_BOT_TOKEN") == 1
    failures = [line for line in err.splitlines() if "event=feed.failed" in line]
    # backoff: polled every 0.3 s it would fail ~13 times in 4 s; doubling waits allow few
    assert 1 <= len(failures) <= 6, err
    assert "event=monitor.stopped" in err


def test_explain_prints_claims_and_decision(tmp_path: Path) -> None:
    """`explain FILE` shows the rules, each claim with how it reads, and the decision."""
    config = tmp_path / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "database": f"sqlite:///{tmp_path / 'monitor.db'}",
                "rules_dir": str(ROOT / "rules"),
                "seeds_dir": str(ROOT / "seeds"),
            }
        ),
        encoding="utf-8",
    )
    page = ROOT / "tests" / "data" / "articles" / "negated-resume.html"
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), "explain", str(page)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Rules:" in proc.stdout
    assert "read as: negated" in proc.stdout
    assert "Decision:  restatement" in proc.stdout
