"""Every test file has a tier, so `make test-fast` and the other tiers leave none out."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import TIER_NAMES, TIERS

HERE = Path(__file__).parent


def test_every_test_file_has_a_tier() -> None:
    """Each tests/test_*.py is named in conftest.TIERS; a new file without one fails here."""
    files = {p.name for p in HERE.glob("test_*.py")}
    missing = sorted(files - TIERS.keys())
    assert not missing, f"test files without a tier (add them to TIERS in conftest.py): {missing}"


def test_every_tier_names_a_file_that_exists_and_a_known_tier() -> None:
    """TIERS holds no file that is gone and no tier that is not registered."""
    files = {p.name for p in HERE.glob("test_*.py")}
    assert sorted(TIERS.keys() - files) == []
    assert set(TIERS.values()) <= set(TIER_NAMES)


def test_the_tiers_are_the_markers_pytest_knows() -> None:
    """The tiers are registered as markers in pyproject.toml (pytest runs --strict-markers)."""
    text = (HERE.parent / "pyproject.toml").read_text(encoding="utf-8")
    for tier in TIER_NAMES:
        assert f'"{tier}: ' in text, tier


PROCESS = re.compile(r"\b(subprocess|Popen|sys\.executable|run_cli|multiprocessing)\b")


def _starts_processes(tree: ast.Module, text: str) -> dict[str, bool]:
    """For each top-level function, whether it starts a process itself or through a
    helper of the same file that does (one level down)."""
    funcs = {
        node.name: ast.get_source_segment(text, node) or ""
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    direct = {name for name, src in funcs.items() if PROCESS.search(src)}
    return {
        name: name in direct or any(re.search(rf"\b{h}\(", src) for h in direct if h != name)
        for name, src in funcs.items()
    }


def test_fast_tests_start_no_process() -> None:
    """A test in a fast file that runs the CLI or another process is marked system."""
    wrong = []
    for name, tier in TIERS.items():
        if tier != "fast":
            continue
        text = (HERE / name).read_text(encoding="utf-8")
        tree = ast.parse(text)
        starts = _starts_processes(tree, text)
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or not node.name.startswith("test_"):
                continue
            marks = {ast.unparse(d) for d in node.decorator_list}
            if starts[node.name] and not marks & {"pytest.mark.system", "pytest.mark.edge"}:
                wrong.append(f"{name}::{node.name}")
    assert not wrong, f"fast tests that start processes (mark them system): {wrong}"
