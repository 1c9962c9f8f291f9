"""The monitor as a real process for fault tests: a config writer and a `Daemon` handle.

    config = write_config(tmp, feeds=[("wire", world.url("/wire.xml"))], bot=api)
    with Daemon(config, token=api.token) as proc:
        assert proc.wait_for("cycle.done")
        proc.terminate()          # SIGTERM; returns the seconds it took to exit
        proc.output()             # everything it wrote to stdout and stderr

Output goes to files (never pipes, which a chatty process could fill and block on).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"

__all__ = ["ARTICLES", "ROOT", "Daemon", "child_env", "events", "run_cli", "write_config"]


def write_config(
    folder: Path,
    feeds: Sequence[tuple[str, str]],
    *,
    api_base_url: str = "http://127.0.0.1:9/bot",
    chat_ids: Sequence[str] = ("@kuril_test",),
    admin_ids: Sequence[int] = (),
    database: Path | None = None,
    polling: Mapping[str, Any] | None = None,
    health: Mapping[str, Any] | None = None,
    log_level: str = "INFO",
) -> Path:
    """A config.yaml in `folder` for these (id, url) feeds, with short test intervals."""
    config = {
        "database": f"sqlite:///{database or folder / 'state' / 'monitor.db'}",
        "rules_dir": str(ROOT / "rules"),
        "seeds_dir": str(ROOT / "seeds"),
        "feeds": [{"id": i, "url": u} for i, u in feeds],
        "polling": {
            "interval": 0.5,
            "timeout": 2.0,
            "jitter": 0,
            "max_backoff": 1.0,
            "max_item_age_days": None,
            "allow_private_addresses": True,
            "page_attempts": 2,
            **(polling or {}),
        },
        "telegram": {
            "api_base_url": api_base_url,
            "chat_ids": list(chat_ids),
            "admin_ids": list(admin_ids),
            "timeout": 2.0,
            "send_budget": 3.0,
        },
        "health": {"port": None, **(health or {})},
        "log": {"level": log_level},
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def child_env(token: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    env["PYTHONUNBUFFERED"] = "1"
    if token:
        env["TELEGRAM_BOT_TOKEN"] = token
    return env


def run_cli(
    config: Path, *args: str, token: str | None = None, timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    """`kuril-monitor --config CONFIG ARGS…` to completion, output captured."""
    return subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(token),
        check=False,
        cwd=ROOT,
    )


def events(output: str, name: str) -> list[str]:
    """The log lines of one event (`event=NAME`)."""
    return [line for line in output.splitlines() if f" event={name} " in f"{line} "]


class Daemon:
    """`kuril-monitor run` (or other arguments) in a process of its own."""

    def __init__(
        self,
        config: Path,
        *,
        token: str | None = None,
        args: Sequence[str] = ("run",),
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.config = config
        self._argv = [sys.executable, "-m", "monitor", "--config", str(config), *args]
        self._env = {**child_env(token), **(env or {})}
        self._out = config.parent / f"daemon-{os.getpid()}-{time.monotonic_ns()}.log"
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Daemon:
        with self._out.open("wb") as out:
            self._proc = subprocess.Popen(
                self._argv, stdout=out, stderr=subprocess.STDOUT, env=self._env, cwd=ROOT
            )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(timeout=10)

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    @property
    def returncode(self) -> int | None:
        assert self._proc is not None
        return self._proc.poll()

    def output(self) -> str:
        """Everything the process wrote so far (stdout and stderr interleaved)."""
        return self._out.read_bytes().decode("utf-8", "replace")

    def count(self, event: str) -> int:
        return len(events(self.output(), event))

    def wait_for(
        self, what: str | Callable[[], bool], timeout: float = 60.0, count: int = 1
    ) -> bool:
        """Wait until the log holds `count` lines of event `what` (or `what()` is true);
        the limit only matters when it never comes (a loaded machine starts a process
        slowly, so it is generous).

        Gives up early, returning False, if the process exits.
        """

        def ready() -> bool:
            return what() if callable(what) else self.count(what) >= count

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if ready():
                return True
            if self.returncode is not None:
                return ready()
            time.sleep(0.05)
        return ready()

    def terminate(self, timeout: float = 30.0) -> float:
        """SIGTERM, then wait for the exit; the seconds it took."""
        assert self._proc is not None
        started = time.monotonic()
        self._proc.send_signal(signal.SIGTERM)
        self._proc.wait(timeout=timeout)
        return time.monotonic() - started
