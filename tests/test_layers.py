"""The layers of monitor/ hold: each folder imports only the layers below it, and the pure
core does no I/O, reads no clock and runs no event loop. Read from the source (imports and
calls parsed), so a new module is checked the day it is added."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "monitor"

# the layers a layer may import, besides itself and the package's own top-level modules
# (`errors`, `log`); `cli` and `web` are the outermost
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "files": {"core"},
    "edges": {"core"},
    "stages": {"core", "files", "edges"},
    "shell": {"core", "files", "edges", "stages"},
    "cli": {"core", "files", "edges", "stages", "shell", "web"},
    "web": {"core", "files", "edges", "stages", "shell"},
}
TOP = {"errors", "log", "__main__", "__init__"}
# what the core may not touch: I/O, processes, the network, the event loop
CORE_FORBIDDEN_MODULES = {
    "asyncio", "socket", "sqlite3", "subprocess", "httpx", "telegram", "psycopg",
    "procrastinate", "trafilatura", "feedparser", "shutil", "urllib.request",
}  # fmt: skip
# clock reads and file opening (`dt.time(12)` builds a time of day: allowed)
CORE_CLOCK_CALLS = {"now", "utcnow", "today", "monotonic", "perf_counter", "process_time", "sleep"}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else "top"


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "monitor":
                found += [(node.lineno, f"monitor.{a.name}") for a in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def test_every_module_is_in_a_layer() -> None:
    """monitor/ holds only the layer folders and the package's own few top-level modules."""
    for path in _modules():
        layer = _layer(path)
        if layer == "top":
            assert path.stem in TOP, f"{path.relative_to(ROOT)} belongs in a layer folder"
        else:
            assert layer in ALLOWED, f"{path.relative_to(ROOT)}: unknown layer {layer!r}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_inward(path: Path) -> None:
    """A module imports its own layer, the layers inside it and `errors`/`log` only."""
    layer = _layer(path)
    if layer == "top":
        return
    allowed = ALLOWED[layer] | {layer}
    for line, name in _imports(path):
        parts = name.split(".")
        if parts[0] != "monitor" or len(parts) < 2 or parts[1] in TOP:
            continue
        assert parts[1] in allowed, (
            f"{path.relative_to(ROOT)}:{line} imports {name}: the {layer} layer may import "
            f"only {sorted(allowed)}"
        )


@pytest.mark.parametrize(
    "path",
    [p for p in _modules() if _layer(p) == "core"],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_the_core_is_pure(path: Path) -> None:
    """No I/O library, no event loop, no clock read and no file opened in the core."""
    for line, name in _imports(path):
        root = name.split(".")[0]
        assert root not in CORE_FORBIDDEN_MODULES, f"{path.relative_to(ROOT)}:{line} imports {name}"
        assert name not in CORE_FORBIDDEN_MODULES, f"{path.relative_to(ROOT)}:{line} imports {name}"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                owner = func.value.id if isinstance(func.value, ast.Name) else ""
                clock = func.attr in CORE_CLOCK_CALLS or (owner, func.attr) == ("time", "time")
                assert not clock, f"{path.relative_to(ROOT)}:{node.lineno} reads the clock"
            elif isinstance(func, ast.Name):
                assert func.id != "open", f"{path.relative_to(ROOT)}:{node.lineno} opens a file"
        assert not isinstance(node, ast.AsyncFunctionDef | ast.Await), (
            f"{path.relative_to(ROOT)}:{node.lineno} runs on an event loop"
        )
