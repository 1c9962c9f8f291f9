"""Bounded rule, seed and config files: `check` as a real process refuses what is too big,
too deep, aliased, or unreadable as a value, with file:line:column and no traceback, in
bounded time and memory; and a live reload loads off the event loop.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.yamlbombs import alias_keys, deep_nesting, many_concepts

from monitor.errors import ConfigError
from monitor.files.config import load_config
from monitor.files.rulefiles import MAX_RULES_BYTES
from monitor.files.yamlfile import MAX_BYTES, MAX_DEPTH, YamlDoc, parse_yaml
from monitor.shell import app, runtime

ROOT = Path(__file__).resolve().parent.parent
PEAK_MB = 300  # `check` on the shipped files peaks near 120 MB


def _project(tmp: Path) -> Path:
    """A copy of the shipped rules and seeds with a config naming them; its path."""
    shutil.copytree(ROOT / "rules", tmp / "rules", ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(ROOT / "seeds", tmp / "seeds", ignore=shutil.ignore_patterns("*.md"))
    config = tmp / "config.yaml"
    config.write_text(
        "database: sqlite:///state/monitor.db\nrules_dir: rules\nseeds_dir: seeds\nfeeds: []\n",
        encoding="utf-8",
    )
    return config


def _check(config: Path, timeout: float = 60) -> tuple[int, str, float, float]:
    """`python -m monitor --config X check`: (exit status, output, seconds, peak RSS MB)."""
    out = config.parent / "check.log"
    started = time.monotonic()
    with out.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(config), "check"],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    while True:  # os.wait4: this child's own peak memory
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > timeout:
            proc.kill()
            proc.wait()
            pytest.fail(f"check still running after {timeout} s")
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    seconds = time.monotonic() - started
    text = out.read_text("utf-8", "replace")
    return proc.returncode, text, seconds, usage.ru_maxrss / 1024


@pytest.mark.system
def test_shipped_files_pass_check(tmp_path: Path) -> None:
    """The copy of the shipped rules and seeds, as the other tests start from, is valid."""
    code, out, _, _ = _check(_project(tmp_path))
    assert code == 0, out
    assert out.startswith("ok: ")


@pytest.mark.parametrize(
    ("folder", "name", "text", "expected"),
    [
        (
            "rules",
            "zz.yaml",
            alias_keys(8),
            "zz.yaml:1:5: YAML anchors and aliases (&name, *name) are not allowed",
        ),
        ("rules", "zz.yaml", deep_nesting(600), f"zz.yaml:3:{MAX_DEPTH + 6}: nested more than"),
        (
            "rules",
            "zz.yaml",
            "# padding\n" * (MAX_BYTES // 10 + 1),
            f"zz.yaml:1:1: file too large: more than {MAX_BYTES:,} bytes",
        ),
        ("rules", "zz.yaml", "concepts:\n  x:\n    ru: [=]\n", "zz.yaml:3:10: concepts.x.ru[0]"),
        (
            "rules",
            "zz.yaml",
            "concepts:\n  x: {en: [!!python/name:os.system a]}\n",
            "zz.yaml:2:12: cannot read this value: unknown tag",
        ),
        (
            "rules",
            "zz.yaml",
            "concepts:\n  x: {en: ['re:(a+)+$']}\n",
            "zz.yaml:2:12: concepts.x.en[0]: regular expression '(a+)+$' is too slow",
        ),
        (
            "seeds",
            "facts.yaml",
            "facts:\n  - {id: f, kind: event, summary: s, sources: [], date: 2020-13-45}\n",
            "facts.yaml:2:57: cannot read this value: month must be in 1..12",
        ),
        (
            "seeds",
            "sources.yaml",
            "? [a, b]\n: 1\n",
            "sources.yaml:1:3: the document: a key must be a plain",
        ),
        (
            "seeds",
            "statuses.yaml",
            "statuses:\n  - id: \x01\n",
            "statuses.yaml:2:9: invalid YAML: a control character (#x0001)",
        ),
    ],
    ids=[
        "alias-keys",
        "deep",
        "too-large",
        "lone-equals",
        "python-tag",
        "catastrophic-regex",
        "bad-date",
        "list-as-key",
        "control-char",
    ],
)
@pytest.mark.system
def test_check_refuses_hostile_files_quickly_with_their_place(
    tmp_path: Path, folder: str, name: str, text: str, expected: str
) -> None:
    """Each hostile file makes `check` exit 1 naming file:line:column, within seconds and
    a bounded amount of memory, and never with a traceback."""
    config = _project(tmp_path)
    (tmp_path / folder / name).write_text(text, encoding="utf-8")
    code, out, seconds, peak = _check(config)
    assert code == 1, out
    assert expected in out, out
    assert "Traceback" not in out
    assert seconds < 20, seconds
    assert peak < PEAK_MB, peak


@pytest.mark.system
def test_rule_files_together_are_capped(tmp_path: Path) -> None:
    """Many files each within the cap, together over MAX_RULES_BYTES, are refused unread."""
    config = _project(tmp_path)
    each = MAX_BYTES - 1000
    for k in range(MAX_RULES_BYTES // each + 1):
        (tmp_path / "rules" / f"zz{k}.yaml").write_text("#\n" * (each // 2), encoding="utf-8")
    code, out, seconds, _ = _check(config)
    assert code == 1
    assert "rule files too large" in out, out
    assert f"at most {MAX_RULES_BYTES:,}" in out
    assert seconds < 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("polling: &p {interval: 5}\nfeeds: []\n", "config.yaml:1:10: YAML anchors and aliases"),
        ("feeds: " + "[" * 100 + "]" * 100 + "\n", "nested more than"),
        ("# padding\n" * (MAX_BYTES // 10 + 1), "file too large"),
    ],
    ids=["anchor", "deep", "too-large"],
)
@pytest.mark.system
def test_check_refuses_a_hostile_config(tmp_path: Path, text: str, expected: str) -> None:
    """The config file has the same bounds; `check` exits 1 with the config's problem."""
    config = _project(tmp_path)
    config.write_text(text, encoding="utf-8")
    code, out, _, _ = _check(config)
    assert code == 1, out
    assert expected in out, out
    assert "Traceback" not in out


@pytest.mark.system
def test_config_run_refuses_aliases_with_exit_2(tmp_path: Path) -> None:
    """`run --once` on a config with an alias exits 2 with the place, not a traceback."""
    config = _project(tmp_path)
    config.write_text("polling: {interval: &i 5, timeout: *i}\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 2
    assert "config.yaml:1:21: YAML anchors and aliases" in proc.stderr
    assert "Traceback" not in proc.stderr


YAMLISH = st.lists(
    st.sampled_from(
        [
            "=",
            "!!int ",
            "!!float ",
            "!!binary ",
            "!!timestamp ",
            "!!python/name:os.system ",
            "!custom ",
            "&a ",
            "*a ",
            "? ",
            ": ",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ", ",
            "\n",
            "  ",
            "2020-13-45",
            "1e308",
            ".inf",
            "x",
            "'",
            '"',
            "~",
            "0x",
            "9" * 50,
            "\t",
            "#",
            "<<: ",
            "|\n",
            ">\n",
            "\\",
            "%YAML 1.1\n",
            "---\n",
            "...\n",
            "@",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(YAMLISH)
def test_yaml_like_text_parses_or_gives_located_problems(text: str) -> None:
    """Any mix of YAML's punctuation, tags, anchors and odd scalars is a document or a
    ConfigError of located problems; no other exception escapes."""
    problems = []
    try:
        doc = parse_yaml(text, "f.yaml")
    except ConfigError as exc:
        problems = exc.problems
    else:
        assert isinstance(doc, YamlDoc)
        return
    assert problems
    assert all(p.file == "f.yaml" and p.line >= 1 and p.column >= 1 for p in problems)


def test_values_that_crash_a_constructor_are_located(tmp_path: Path) -> None:
    """`!!int zz`, an impossible date, a 5,000-digit integer: located problems, no traceback."""
    path = tmp_path / "config.yaml"
    path.write_text(
        "polling:\n  timeout: !!int zz\n  interval: 2020-13-45\n  max_bytes: " + "9" * 5000 + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_config(path)
    lines = str(err.value).splitlines()
    assert lines[0].startswith(f"{path}:2:12: cannot read this value")
    assert lines[1].startswith(f"{path}:3:13: cannot read this value: month must be in 1..12")
    assert lines[2].startswith(f"{path}:4:14: cannot read this value")


@pytest.mark.edge
def test_live_reload_loads_a_big_change_off_the_event_loop(tmp_path: Path) -> None:
    """A big (valid) rules change is read and built in a thread: the loop keeps ticking
    while it loads, and the new rules are in force after it."""
    config = load_config(_project(tmp_path))
    (tmp_path / "state").mkdir()

    async def scenario() -> tuple[float, float, int]:
        async with app.open_context(config) as ctx:
            watch = runtime.RuleWatch()
            await runtime.reload_if_changed(ctx, config, watch)  # the first look records stamps
            (tmp_path / "rules" / "zz-big.yaml").write_text(
                many_concepts(MAX_BYTES - 20_000), encoding="utf-8"
            )
            gaps: list[float] = []

            async def tick() -> None:
                last = time.monotonic()
                while True:
                    await asyncio.sleep(0.01)
                    now = time.monotonic()
                    gaps.append(now - last)
                    last = now

            ticker = asyncio.create_task(tick())
            started = time.monotonic()
            rejected = await runtime.reload_if_changed(ctx, config, watch)
            took = time.monotonic() - started
            ticker.cancel()
            assert rejected is None
            return took, max(gaps), len(ctx.judge.rules.concepts)

    took, worst_gap, concepts = asyncio.run(scenario())
    assert concepts > 7_000  # the change is in force
    assert took > 1.0  # it is a slow load ...
    # ... that never held the loop for long: on the loop, one gap would be the whole load
    # (a share of it, not seconds, so that a busy machine does not decide the outcome)
    assert worst_gap < took / 4, (took, worst_gap)


@pytest.mark.edge
def test_live_reload_returns_a_hostile_change_for_the_admins(tmp_path: Path) -> None:
    """An alias bomb saved into rules/ is rejected by live reload and handed back (the
    daemon sends it to the admins), quickly; the last good rules stay."""
    config = load_config(_project(tmp_path))
    (tmp_path / "state").mkdir()

    async def scenario() -> tuple[ConfigError | None, float, int, int]:
        async with app.open_context(config) as ctx:
            before = len(ctx.judge.rules.concepts)
            watch = runtime.RuleWatch()
            await runtime.reload_if_changed(ctx, config, watch)
            (tmp_path / "rules" / "zz-bomb.yaml").write_text(alias_keys(9), encoding="utf-8")
            started = time.monotonic()
            rejected = await runtime.reload_if_changed(ctx, config, watch)
            return rejected, time.monotonic() - started, before, len(ctx.judge.rules.concepts)

    rejected, seconds, before, after = asyncio.run(scenario())
    assert rejected is not None
    assert "zz-bomb.yaml:1:5: YAML anchors and aliases" in str(rejected)
    assert seconds < 5
    assert after == before


def test_yaml_problems_survive_the_safe_dump_round_trip(tmp_path: Path) -> None:
    """What `yaml.safe_dump` writes (no anchors for distinct values) loads unchanged."""
    data = {"concepts": {"a": {"en": ["x", "y"]}, "b": {"en": ["x", "y"]}}}
    doc = parse_yaml(yaml.safe_dump(data), "f.yaml")
    assert doc.data == data
