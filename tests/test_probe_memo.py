"""The load-time probe of `re:` terms, remembered between runs: a `run --once` does not
probe the shipped patterns again (`monitor.files.probememo`), a pattern that is refused is
refused on every load, and a broken or foreign memo costs only the probing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import regex
import yaml

from monitor.core import rules as core_rules
from monitor.files import probememo

ROOT = Path(__file__).resolve().parent.parent
SLOW = "(a|aa)+$"


def _project(tmp: Path, extra_rule: str | None = None) -> Path:
    shutil.copytree(ROOT / "rules", tmp / "rules", ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(ROOT / "seeds", tmp / "seeds", ignore=shutil.ignore_patterns("*.md"))
    if extra_rule is not None:
        (tmp / "rules" / "local.yaml").write_text(
            f"concepts:\n  local.odd:\n    en: ['re:{extra_rule}']\n", encoding="utf-8"
        )
    (tmp / "state").mkdir()  # as shipped (state/.gitkeep): the memo is kept beside the database
    config = tmp / "config.yaml"
    config.write_text(
        "database: sqlite:///state/monitor.db\nrules_dir: rules\nseeds_dir: seeds\nfeeds: []\n",
        encoding="utf-8",
    )
    return config


def _check(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def _shipped_patterns() -> set[str]:
    """The `re:` terms of the shipped rules and seeds."""

    def walk(value: object) -> Iterator[str]:
        if isinstance(value, str) and value.startswith("re:"):
            yield value[3:]
        elif isinstance(value, dict):
            for v in value.values():
                yield from walk(v)
        elif isinstance(value, list):
            for v in value:
                yield from walk(v)

    paths = [*(ROOT / "rules").glob("*.yaml"), *(ROOT / "seeds").glob("*.yaml")]
    return {p for path in paths for p in walk(yaml.safe_load(path.read_text("utf-8")))}


def _digest(source: str) -> str:
    return core_rules._digest(regex.compile(source, flags=core_rules.REGEX_FLAGS))


def test_a_load_keeps_every_linear_pattern_and_the_next_load_keeps_the_file(
    tmp_path: Path,
) -> None:
    config = _project(tmp_path)
    first = _check(config)
    assert first.returncode == 0, first.stderr
    memo = tmp_path / "state" / probememo.NAME
    kept = probememo.read_memo(memo)
    shipped = {_digest(p) for p in _shipped_patterns()}
    assert len(shipped) > 100
    assert shipped <= kept, len(shipped - kept)
    before = memo.read_text("ascii")
    second = _check(config)
    assert second.returncode == 0, second.stderr
    assert memo.read_text("ascii") == before


def test_a_refused_pattern_is_never_kept_and_is_refused_again(tmp_path: Path) -> None:
    config = _project(tmp_path, SLOW)
    for _ in range(2):
        proc = _check(config)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        out = proc.stdout + proc.stderr
        assert "local.yaml:3:" in out, out
        assert "is too slow" in out, out
        assert _digest(SLOW) not in probememo.read_memo(tmp_path / "state" / probememo.NAME)


def test_a_broken_memo_only_costs_the_probing(tmp_path: Path) -> None:
    config = _project(tmp_path)
    memo = tmp_path / "state" / probememo.NAME
    memo.write_bytes(b"\x00\xff not a memo \n" + b"0" * 32 + b"\n")
    assert probememo.read_memo(memo) == frozenset()
    proc = _check(config)
    assert proc.returncode == 0, proc.stderr
    assert len(probememo.read_memo(memo)) > 100


def test_the_memo_is_what_the_loader_trusts(tmp_path: Path) -> None:
    """A digest in the memo is taken as a pass: the loader reads it (a pattern refused
    without it loads with it), which is why only the monitor's own state folder holds it."""
    config = _project(tmp_path, SLOW)
    memo = tmp_path / "state" / probememo.NAME
    probememo.write_memo(memo, frozenset({_digest(SLOW)}))
    proc = _check(config)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_pattern_edited_away_is_not_carried_on(tmp_path: Path) -> None:
    config = _project(tmp_path)
    memo = tmp_path / "state" / probememo.NAME
    gone = _digest("edited(?:away)")
    probememo.write_memo(memo, frozenset({gone}))
    proc = _check(config)
    assert proc.returncode == 0, proc.stderr
    kept = probememo.read_memo(memo)
    assert gone not in kept
    assert len(kept) > 100
