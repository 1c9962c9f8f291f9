"""The command line as a user meets it: where the config comes from, exit statuses, and
what an empty history says. Each case runs `python -m monitor` as a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support.daemon import ROOT, child_env


def _config(folder: Path, feeds: int) -> Path:
    """A config with `feeds` feeds (so `check` tells which file it read) and its database."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "database": f"sqlite:///{folder / 'monitor.db'}",
                "rules_dir": str(ROOT / "rules"),
                "seeds_dir": str(ROOT / "seeds"),
                "feeds": [
                    {"id": f"f{n}", "url": f"https://news.example/{n}.xml"} for n in range(feeds)
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


def _cli(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m monitor ARGS…` with no --config added."""
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        capture_output=True,
        text=True,
        timeout=90,
        env={**child_env(None), "PYTHONPATH": str(ROOT), **(env or {})},
        check=False,
        cwd=cwd,
    )


def _feeds_checked(proc: subprocess.CompletedProcess[str]) -> int:
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("ok: "), proc.stdout
    return int(proc.stdout.split()[1])


# ----------------------------------------------------------------------------- --config


@pytest.mark.parametrize(
    "args",
    [
        ("--config", "{one}", "check"),
        ("check", "--config", "{one}"),
        ("-c", "{one}", "check"),
        ("check", "-c", "{one}"),
    ],
)
def test_config_option_before_or_after_the_command(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`--config` and `-c` are read before or after the command, over $KURIL_CONFIG."""
    one = _config(tmp_path / "one", feeds=1)
    other = _config(tmp_path / "other", feeds=3)
    argv = [a.format(one=one) for a in args]
    assert _feeds_checked(_cli(*argv, env={"KURIL_CONFIG": str(other)})) == 1


def test_config_option_after_a_nested_command(tmp_path: Path) -> None:
    """`rules replay --since … --config FILE` reads FILE (here: a database not there yet)."""
    config = _config(tmp_path / "nested", feeds=0)
    proc = _cli("rules", "replay", "--since", "2026-01-01", "--config", str(config))
    assert proc.returncode == 1, proc.stderr
    assert str(tmp_path / "nested" / "monitor.db") in proc.stderr


def test_config_from_the_environment_then_the_default(tmp_path: Path) -> None:
    """Without --config: $KURIL_CONFIG, else config.yaml in the working folder."""
    here = _config(tmp_path / "cwd", feeds=2)
    elsewhere = _config(tmp_path / "env", feeds=4)
    assert _feeds_checked(_cli("check", cwd=here.parent)) == 2
    assert _feeds_checked(_cli("check", cwd=here.parent, env={"KURIL_CONFIG": str(elsewhere)})) == 4
    missing = _cli("history", cwd=tmp_path)
    assert missing.returncode == 2
    assert "config.yaml:1:1: file not found" in missing.stderr


# ----------------------------------------------------------------------------- exit statuses


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("rules", "replay", "--since", "yesterday"), "kuril-monitor rules replay: not an ISO"),
        (("rules", "test", "-", "--date", "soon"), "kuril-monitor rules test: not an ISO"),
        (("explain", "-", "--date", "soon"), "kuril-monitor explain: not an ISO"),
        (("history", "--since", "last tuesday"), "kuril-monitor history: not an ISO"),
        (("history", "--lang", "fr"), "invalid choice: 'fr'"),
        (("retract", "abc", "--why", "wrong"), "the alert id must be a number"),
        (("retract", "--why", "wrong"), "which alert? give its id"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    """Arguments a command cannot use exit 2 with the reason, whatever the command."""
    config = _config(tmp_path, feeds=0)
    assert _cli("--config", str(config), "run", "--once").returncode == 0  # a database
    proc = _cli("--config", str(config), *args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_failures_exit_1(tmp_path: Path) -> None:
    """Well-formed requests that cannot be met exit 1: an unknown alert, nothing to replay."""
    config = _config(tmp_path, feeds=0)
    replay = _cli("-c", str(config), "rules", "replay", "--since", "2026-01-01")
    assert (replay.returncode, "nothing stored to replay" in replay.stderr) == (1, True)
    assert _cli("-c", str(config), "run", "--once").returncode == 0
    show = _cli("-c", str(config), "history", "show", "9999")
    assert (show.returncode, show.stderr) == (1, "kuril-monitor history: no alert #9999\n")
    retract = _cli("-c", str(config), "retract", "9999", "--why", "wrong")
    assert (retract.returncode, retract.stderr) == (
        1,
        "kuril-monitor retract: there is no alert #9999\n",
    )


# ----------------------------------------------------------------------------- empty history


def test_an_empty_history_says_so(tmp_path: Path) -> None:
    """With a database but no alerts, `history` prints its header and says there are none
    (on stderr, so JSON and CSV stay parseable)."""
    config = _config(tmp_path, feeds=0)
    assert _cli("-c", str(config), "run", "--once").returncode == 0
    table = _cli("-c", str(config), "history")
    assert table.returncode == 0, table.stderr
    assert table.stdout.split()[:2] == ["ID", "WHEN"]
    assert table.stderr.startswith("no alerts yet")
    as_json = _cli("-c", str(config), "history", "--format", "json")
    assert as_json.stdout.split() == ["[", "]"]
    assert as_json.stderr.startswith("no alerts yet")
    decisions = _cli("-c", str(config), "history", "--decisions")
    assert decisions.stderr.startswith("no articles assessed yet")


# ----------------------------------------------------------------------------- environment


def test_settings_from_the_environment_override_the_file(tmp_path: Path) -> None:
    """KURIL_CHAT_IDS, KURIL_ADMIN_IDS (comma-separated), KURIL_HEALTH_HOST/PORT and
    KURIL_LOG_LEVEL replace the file's values; a bad one is refused like a bad file value."""
    config = _config(tmp_path, feeds=0)
    env = {
        "KURIL_CHAT_IDS": "@alerts, -1001234567890",
        "KURIL_ADMIN_IDS": "123456789",
        "KURIL_HEALTH_HOST": "0.0.0.0",
        "KURIL_HEALTH_PORT": str(_closed_port()),
        "KURIL_LOG_LEVEL": "DEBUG",
    }
    probe = _cli("-c", str(config), "health", env=env)
    assert probe.returncode == 1
    # the probe asked the port from the environment (on 127.0.0.1 for 0.0.0.0)
    assert f"no answer from http://127.0.0.1:{env['KURIL_HEALTH_PORT']}/healthz" in probe.stdout
    script = (
        "from pathlib import Path; from monitor.files.config import load_config; "
        f"c = load_config(Path({str(config)!r})); "
        "print(c.telegram.chat_ids, c.telegram.admin_ids, c.health.host, c.log.level)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**child_env(None), **env},
        check=False,
        cwd=ROOT,
    )
    assert shown.stdout.split(" ", 3) == [
        "('@alerts',",
        "'-1001234567890')",
        "(123456789,)",
        "0.0.0.0 DEBUG\n",
    ], shown.stderr
    bad = _cli("-c", str(config), "check", env={"KURIL_CHAT_IDS": "alerts"})
    assert bad.returncode == 1
    assert "chat id 'alerts' must be a number or an @channel name" in bad.stdout


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ----------------------------------------------------------------------------- the docs


def test_the_rules_readme_shows_what_check_prints() -> None:
    """rules/README.md's `check` example is the output of `check` on the shipped config."""
    text = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    command = "$ kuril-monitor --config config.yaml check\nok: "
    assert command in text
    shown = "ok: " + text.split(command, 1)[1].split("\n", 1)[0]
    real = _cli("--config", "config.yaml", "check")
    assert real.returncode == 0, real.stdout + real.stderr
    assert real.stdout == shown + "\n"


# ----------------------------------------------------------------------------- config show


def test_config_show_names_each_source_and_masks_secrets(tmp_path: Path) -> None:
    """`config show` prints every effective value with its source (file:line, $VARIABLE or
    default), masks a database password and the tokens, and is itself a valid config."""
    path = tmp_path / "config.yaml"
    path.write_text(
        "database: postgresql://kuril:s3cret@db.example:5432/kuril\n"
        f"rules_dir: {ROOT / 'rules'}\n"
        "feeds:\n"
        "  - id: wire\n"
        "    url: https://news.example/feed\n"
        "telegram:\n"
        "  chat_ids: ['@from_file']\n",
        encoding="utf-8",
    )
    env = {"KURIL_CHAT_IDS": "@from_env", "TELEGRAM_BOT_TOKEN": "123456:very-secret-token"}
    proc = _cli("config", "show", "--config", str(path), env=env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert f"database: postgresql://kuril:***@db.example:5432/kuril  # {path}:1" in lines
    assert f"    url: https://news.example/feed  # {path}:5" in lines
    assert "  chat_ids: ['@from_env']  # $KURIL_CHAT_IDS" in lines
    assert "  interval: 900.0  # default" in lines
    assert "#   TELEGRAM_BOT_TOKEN: *** (set)" in lines
    assert "#   KURIL_WEB_TOKEN: not set" in lines
    assert "s3cret" not in proc.stdout
    assert "very-secret" not in proc.stdout
    shown = tmp_path / "shown.yaml"
    shown.write_text(proc.stdout.replace(":***@", ":pw@"), encoding="utf-8")
    again = _cli("config", "show", "-c", str(shown))
    assert again.returncode == 0, again.stderr
    assert f"  chat_ids: ['@from_env']  # {shown}:" in again.stdout


def test_config_show_refuses_a_bad_config_and_bad_usage(tmp_path: Path) -> None:
    """A bad config exits 1 with the located message; a missing or unknown action exits 2."""
    path = tmp_path / "config.yaml"
    path.write_text("polling:\n  intervl: 60\n", encoding="utf-8")
    bad = _cli("config", "show", "-c", str(path))
    assert bad.returncode == 1
    assert f"{path}:2:3: polling.intervl: unknown key (did you mean 'interval'?)" in bad.stderr
    assert bad.stdout == ""
    for args in (("config",), ("config", "print"), ("config", "show", "extra")):
        usage = _cli(*args, "-c", str(path))
        assert usage.returncode == 2, args
        assert "Traceback" not in usage.stderr


def test_config_show_knows_the_web_token_variable() -> None:
    """The web token `config show` reports is the variable the web page reads."""
    from monitor.cli import configshow
    from monitor.web import site as web

    assert configshow.WEB_TOKEN_ENV == web.TOKEN_ENV


# ----------------------------------------------------------------------------- closed output


def _popen(*args: str) -> subprocess.Popen[bytes]:
    """`python -m monitor ARGS…` with stdout and stderr on pipes of their own, its output
    buffered as in a shell (unbuffered, a write cut short by a closed pipe is dropped
    silently: Python raises only on the next one)."""
    env = {k: v for k, v in child_env(None).items() if k != "PYTHONUNBUFFERED"}
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("rules", "test", str(ROOT / "tests" / "data" / "articles" / "new-shikotan-drills.html")),
        ("schema", "rules"),
        ("config", "show"),
        ("facts",),
        ("check",),
    ],
)
def test_output_closed_before_the_command_writes_ends_quietly(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """A reader that closed the pipe before anything was written: exit 0, and nothing on
    stderr (no BrokenPipeError traceback, no "Exception ignored" at exit)."""
    with _popen(*args, "--config", str(_config(tmp_path, 1))) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.close()  # the only read end: every write meets a closed pipe
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=90) == 0, err
    assert err == ""


def test_a_pipe_to_head_ends_quietly(tmp_path: Path) -> None:
    """`kuril-monitor config show | head -n 1` with more output than a pipe holds: head
    prints the first line, and the command stops writing and exits 0 with a silent stderr."""
    config = _config(tmp_path, 4000)
    whole = _cli("config", "show", "--config", str(config))
    assert whole.returncode == 0, whole.stderr
    assert len(whole.stdout.encode()) > 1_000_000  # far more than a pipe and head's buffer
    with _popen("config", "show", "--config", str(config)) as writer:
        assert writer.stdout is not None
        assert writer.stderr is not None
        with subprocess.Popen(
            ["head", "-n", "1"], stdin=writer.stdout, stdout=subprocess.PIPE
        ) as head:
            writer.stdout.close()  # head holds the only read end now
            shown, _ = head.communicate(timeout=90)
        err = writer.stderr.read().decode()
        assert (writer.wait(timeout=90), head.returncode) == (0, 0), err
    assert err == ""
    assert shown.decode() == whole.stdout.splitlines(keepends=True)[0]


# ----------------------------------------------------------------------------- health --url


def test_health_url_is_up_below_500(tmp_path: Path) -> None:
    """`health --url URL` (the web page's container health check): 0 for a page that
    answers, a 401 included (the page asks for its token, so it is up); 1 for a 5xx and
    for no answer at all."""
    from support.newsworld import NewsWorld

    config = str(_config(tmp_path, 0))
    with NewsWorld() as world:
        world.add_page("/", "<html><body>history</body></html>")
        world.fail("/locked", 401)
        world.fail("/broken", 503)
        for path, code, said in (
            ("/", 0, "HTTP 200"),
            ("/locked", 0, "HTTP 401"),
            ("/broken", 1, "HTTP 503"),
        ):
            url = world.url(path)
            proc = _cli("health", "--url", url, "-c", config)
            assert (proc.returncode, proc.stdout) == (code, f"{url}: {said}\n"), proc.stderr
    url = f"http://127.0.0.1:{_closed_port()}/"
    gone = _cli("health", "--url", url, "-c", config)
    assert gone.returncode == 1
    assert gone.stdout.startswith(f"no answer from {url}: ")
