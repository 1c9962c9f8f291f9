"""`kuril-monitor run` as a real process, and `explain`, from the command line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import yaml
from support.newsworld import wait_until

ROOT = Path(__file__).resolve().parent.parent


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _retry_in(line: str) -> int:
    """The `retry_in=N` of a feed.failed log line."""
    return int(line.split("retry_in=")[1].split()[0])


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
    assert proc.stderr is not None
    err_lines: list[str] = []  # the log, read as it is written
    reader = threading.Thread(target=lambda: err_lines.extend(proc.stderr or ()), daemon=True)
    reader.start()

    def failures() -> list[str]:
        return [line for line in list(err_lines) if "event=feed.failed" in line]

    try:
        # four failed polls: the waits between them double from the 0.3 s interval
        assert wait_until(lambda: len(failures()) >= 4, 60), "".join(err_lines)
        assert proc.poll() is None, "the daemon must keep running"
        proc.send_signal(signal.SIGTERM)
        out = proc.stdout.read() if proc.stdout else ""
        proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=15)
        reader.join(timeout=15)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    err = "".join(err_lines)
    assert proc.returncode == 0
    assert out.count("TELEGRAM_BOT_TOKEN") == 1
    waits = [_retry_in(line) for line in failures()[:4]]
    assert waits == sorted(waits), waits  # backoff: each wait at least the one before
    assert waits[-1] > waits[0], waits  # 0.3 s doubled three times: 2.4 s
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
