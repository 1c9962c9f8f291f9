"""The shipped artefacts agree with the code: config.yaml, the Dockerfile, docker-compose.yml.

No network and no Docker daemon: the files are parsed and checked against the CLI's own
argument parser and the console script declared in pyproject.toml, and docker-compose.yml is
read by a real compose implementation (`make compose` installs one where none is).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from monitor.cli.main import _parser
from monitor.files.config import load_config

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


def _compose_command() -> list[str]:
    """The machine's compose: the docker plugin, else the standalone docker-compose."""
    plugin = (
        subprocess.run(
            ["docker", "compose", "version"], capture_output=True, check=False, text=True
        )
        if shutil.which("docker")
        else None
    )
    if plugin is not None and plugin.returncode == 0:
        return ["docker", "compose"]
    standalone = shutil.which("docker-compose")
    assert standalone, "no compose implementation: `make compose` installs Debian's docker-compose"
    return [standalone]


@pytest.mark.parametrize("profile", [[], ["--profile", "scaled"]], ids=["default", "scaled"])
def test_compose_file_is_valid_for_compose_itself(profile: list[str], tmp_path: Path) -> None:
    """`compose config` accepts docker-compose.yml in both profiles, with no variable set,
    and lists the services the README names; the same check refuses a misspelt key."""
    command = [*_compose_command(), "--project-directory", str(ROOT)]
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("KURIL_", "TELEGRAM_"))}
    done = subprocess.run(
        [*command, "-f", str(ROOT / "docker-compose.yml"), *profile, "config", "--services"],
        capture_output=True,
        text=True,
        check=False,
        env=clean,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    # every service is listed (the standalone compose lists profiled ones in any profile;
    # which profile runs what is checked structurally below)
    assert set(done.stdout.split()) == {
        "monitor",
        "web",
        "postgres",
        "scheduler",
        "worker",
        "web-scaled",
    }
    bad = tmp_path / "docker-compose.yml"
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    bad.write_text(
        text.replace("\n  monitor:\n", "\n  monitor:\n    restartt: always\n", 1), "utf-8"
    )
    refused = subprocess.run(
        [*command, "-f", str(bad), *profile, "config", "-q"],
        capture_output=True,
        text=True,
        check=False,
        env=clean,
        timeout=60,
    )
    assert refused.returncode != 0
    assert "restartt" in refused.stderr


def _compose() -> dict[str, Any]:
    doc = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


def _ours(service: dict[str, Any]) -> bool:
    """Whether a compose service runs the project's image (not a third-party one)."""
    return "build" in service or str(service.get("image", "")).startswith("kuril-monitor")


def test_shipped_config_validates_with_https_feeds_in_all_languages() -> None:
    """config.yaml loads; every feed is https and tagged en, ru or ja, covering all three;
    each publisher's feed has a title (a Google News search has none: its items name their
    outlets, tests/test_shipped_feeds.py)."""
    config = load_config(ROOT / "config.yaml")
    assert config.feeds
    for feed in config.feeds:
        assert urlsplit(feed.url).scheme == "https", feed.id
        assert feed.lang in LANGS, feed.id
        if urlsplit(feed.url).hostname != "news.google.com":
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
    assert scaled == {"postgres", "scheduler", "worker", "web-scaled"}
    postgres = services["postgres"]
    assert str(postgres["image"]).startswith("postgres:")
    [data] = [v for v in postgres["volumes"] if v.endswith(":/var/lib/postgresql/data")]
    assert data.split(":")[0] in doc["volumes"], "the database lives in a named volume"
    assert services["worker"]["deploy"]["replicas"] == 2
    assert services["scheduler"]["deploy"]["replicas"] >= 1
    commands = {n: _argv(services[n]["command"])[0] for n in scaled - {"postgres"}}
    assert commands == {"scheduler": "scheduler", "worker": "worker", "web-scaled": "web"}
    for name in scaled - {"postgres"}:
        service = services[name]
        assert _ours(service), name
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy", name
        url = _environment(service)["KURIL_DATABASE"]
        assert urlsplit(url).scheme == "postgresql", name
        assert urlsplit(url).hostname == "postgres", name
        monkeypatch.setenv("KURIL_DATABASE", url)
        assert load_config(ROOT / "config.yaml").database == url


def _environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment as the container gets it with none of the variables set on
    the host: `${NAME:-default}` is the default, `${NAME}` empty."""
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {
        k: re.sub(r"\$\{[A-Za-z_]\w*(?::?-([^}]*))?\}", lambda m: m.group(1) or "", str(v))
        for k, v in env.items()
    }


def _mounts(service: dict[str, Any]) -> dict[str, str]:
    """Container path -> source of each volume of a service."""
    out = {}
    for volume in service.get("volumes", []):
        source, target = volume.split(":")[:2]
        out[target] = source
    return out


def _dockerfile_env() -> dict[str, str]:
    env = {}
    for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if line.startswith("ENV ") and "=" in line and "\\" not in line:
            key, _, value = line[4:].strip().partition("=")
            env[key] = value
    return env


def test_compose_default_profile_runs_the_monitor_and_its_web_page() -> None:
    """Without a profile: the monitor and the web page, sharing the SQLite volume."""
    services = _compose()["services"]
    default = {n for n, s in services.items() if not s.get("profiles")}
    assert default == {"monitor", "web"}
    assert _argv(services["web"]["command"])[0] == "web"
    assert "8080:8080" in services["web"]["ports"]
    for name in default:
        assert _mounts(services[name])["/app/state"] == "state", name
        assert "KURIL_DATABASE" not in _environment(services[name]), name


def test_compose_builds_every_service_on_the_project_image() -> None:
    """Each service that runs the project's image can build it: a first `up` never pulls."""
    for name, service in _compose()["services"].items():
        if str(service.get("image", "")).startswith("kuril-monitor") or _ours(service):
            assert "build" in service, f"service {name!r} uses the image without build:"
            assert service["build"]["context"] == "."


def test_compose_mounts_the_config_read_by_every_command() -> None:
    """config.yaml, rules and seeds come from the host into every project service, at the
    path the image's KURIL_CONFIG names; no command points elsewhere with --config."""
    config_path = _dockerfile_env()["KURIL_CONFIG"]
    assert config_path == "/app/config.yaml"
    for name, service in _compose()["services"].items():
        if not _ours(service):
            continue
        mounts = _mounts(service)
        assert mounts.get(config_path) == "./config.yaml", name
        assert (mounts.get("/app/rules"), mounts.get("/app/seeds")) == ("./rules", "./seeds")
        argv = _argv(service.get("entrypoint")) + _argv(service.get("command"))
        assert not {"--config", "-c"} & set(argv), name


def test_compose_publishes_metrics_where_the_monitor_listens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The monitor's /healthz and /metrics listen on the container's addresses (set from
    the environment, which the config then uses) on the port that is published."""
    monitor = _compose()["services"]["monitor"]
    env = _environment(monitor)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    config = load_config(ROOT / "config.yaml")
    assert config.health.host == "0.0.0.0"
    published = [str(p).rsplit(":", 2) for p in monitor["ports"]]
    assert [config.health.port] == [int(p[-1]) for p in published]
    assert published[0][0] == "127.0.0.1", "metrics are unauthenticated: the host's loopback"


def test_compose_bind_mounts_exist() -> None:
    """Every relative bind mount in docker-compose.yml names a folder of the project."""
    for service in _compose()["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0] if isinstance(volume, str) else volume["source"]
            if source.startswith("."):
                assert (ROOT / source).exists(), source


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
