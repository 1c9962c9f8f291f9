"""The shipped artefacts agree with the code: config.yaml, the Dockerfile, docker-compose.yml.

No network and no Docker daemon: the files are parsed and checked against the CLI's own
argument parser and the console script declared in pyproject.toml.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from monitor.cli import _parser
from monitor.config import load_config

ROOT = Path(__file__).resolve().parent.parent
LANGS = {"en", "ru", "ja"}


def _console_scripts() -> dict[str, str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        scripts: dict[str, str] = tomllib.load(f)["project"]["scripts"]
    return scripts


def _subcommands() -> set[str]:
    for action in _parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    raise AssertionError("the CLI parser declares no subcommands")


def _dockerfile_exec(instruction: str) -> list[str]:
    """The exec-form (JSON list) argument of the last `instruction` in the Dockerfile."""
    found: list[str] | None = None
    for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        keyword, _, rest = line.strip().partition(" ")
        if keyword.upper() == instruction:
            found = json.loads(rest)
    assert found is not None, f"Dockerfile has no {instruction}"
    return found


def _argv(value: Any) -> list[str]:
    """A compose command/entrypoint (string or list) as an argument list."""
    if value is None:
        return []
    return shlex.split(value) if isinstance(value, str) else [str(v) for v in value]


def _assert_cli_command(argv: list[str]) -> None:
    """`argv` runs the console script with a subcommand the CLI parser accepts."""
    assert argv, "empty command"
    assert argv[0] in _console_scripts(), f"{argv[0]!r} is not the project's console script"
    try:
        args = _parser().parse_args(argv[1:])
    except SystemExit:
        pytest.fail(f"the CLI rejects {shlex.join(argv)!r}")
    assert args.command in _subcommands()


def _compose() -> dict[str, Any]:
    doc = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


def _ours(service: dict[str, Any]) -> bool:
    """Whether a compose service runs the project's image (not a third-party one)."""
    return "build" in service or str(service.get("image", "")).startswith("kuril-monitor")


def test_shipped_config_validates_with_https_feeds_in_all_languages() -> None:
    """config.yaml loads; every feed is https and tagged en, ru or ja, covering all three."""
    config = load_config(ROOT / "config.yaml")
    assert config.feeds
    for feed in config.feeds:
        assert urlsplit(feed.url).scheme == "https", feed.id
        assert feed.lang in LANGS, feed.id
        assert feed.title, feed.id
    assert {feed.lang for feed in config.feeds} == LANGS


def test_compose_services_run_real_cli_commands() -> None:
    """Each compose service's entrypoint + command is a subcommand the CLI accepts."""
    services = _compose()["services"]
    assert services
    for name, service in services.items():
        if not _ours(service):
            continue
        entrypoint = _argv(service.get("entrypoint")) or _dockerfile_exec("ENTRYPOINT")
        command = _argv(service.get("command")) or _dockerfile_exec("CMD")
        try:
            _assert_cli_command(entrypoint + command)
        except AssertionError as exc:
            raise AssertionError(f"service {name!r}: {exc}") from None


def test_compose_healthchecks_run_real_cli_commands() -> None:
    """Each compose service's healthcheck is a real CLI command."""
    for name, service in _compose()["services"].items():
        assert "healthcheck" in service, f"service {name!r} has no healthcheck"
        test = service["healthcheck"]["test"]
        if isinstance(test, str):
            argv = shlex.split(test)
        elif test[0] == "CMD-SHELL":
            argv = shlex.split(test[1])
        else:
            assert test[0] == "CMD", f"service {name!r}: unexpected healthcheck form {test[0]!r}"
            argv = [str(v) for v in test[1:]]
        if _ours(service):
            _assert_cli_command(argv)
        else:
            assert argv[0] == "pg_isready", f"service {name!r}: {argv[0]!r} checks nothing known"


def test_compose_scaled_profile_structure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scaled profile: PostgreSQL with a data volume and a health check; schedulers,
    two workers and the web page on the project's image, started once PostgreSQL is
    healthy, all pointed at it by KURIL_DATABASE (which the config then uses)."""
    doc = _compose()
    services = doc["services"]
    scaled = {n for n, s in services.items() if "scaled" in s.get("profiles", [])}
    assert scaled == {"postgres", "scheduler", "worker", "web"}
    postgres = services["postgres"]
    assert str(postgres["image"]).startswith("postgres:")
    [data] = [v for v in postgres["volumes"] if v.endswith(":/var/lib/postgresql/data")]
    assert data.split(":")[0] in doc["volumes"], "the database lives in a named volume"
    assert services["worker"]["deploy"]["replicas"] == 2
    assert services["scheduler"]["deploy"]["replicas"] >= 1
    commands = {n: _argv(services[n]["command"])[0] for n in scaled - {"postgres"}}
    assert commands == {"scheduler": "scheduler", "worker": "worker", "web": "web"}
    for name in scaled - {"postgres"}:
        service = services[name]
        assert _ours(service), name
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy", name
        url = service["environment"]["KURIL_DATABASE"]
        assert urlsplit(url).scheme == "postgresql", name
        assert urlsplit(url).hostname == "postgres", name
        monkeypatch.setenv("KURIL_DATABASE", url)
        assert load_config(ROOT / "config.yaml").database == url


def test_compose_bind_mounts_exist() -> None:
    """Every relative bind mount in docker-compose.yml names a folder of the project."""
    for service in _compose()["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0] if isinstance(volume, str) else volume["source"]
            if source.startswith("."):
                assert (ROOT / source).is_dir(), source


def test_dockerfile_runs_the_declared_console_script() -> None:
    """The Dockerfile's ENTRYPOINT names pyproject's console script, and its CMD is valid."""
    entrypoint = _dockerfile_exec("ENTRYPOINT")
    assert entrypoint[0] in _console_scripts()
    _assert_cli_command(entrypoint + _dockerfile_exec("CMD"))


def test_python_dash_m_monitor_help() -> None:
    """`python -m monitor --help` exits 0 and shows the subcommands."""
    result = subprocess.run(
        [sys.executable, "-m", "monitor", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for name in _subcommands():
        assert name in result.stdout
