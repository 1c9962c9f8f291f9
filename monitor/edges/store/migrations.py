"""The store's schema migrations, read from `sql/NNN_name.sql` in version order.

Each file is one version: its leading `--` lines say what it adds and are not run; the
rest is run as written, statement by statement (split at semicolons), PostgreSQL getting
the same text through `monitor/edges/dialect.py`. A version's file never changes once released:
a database made by any release upgrades by the files after its `user_version`.
"""

from __future__ import annotations

from importlib import resources


def _script(text: str) -> str:
    """The statements of one migration file: everything after its header comment."""
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and lines[start].startswith("--"):
        start += 1
    return "".join(lines[start:])


def load() -> tuple[str, ...]:
    """Every migration's statements, version 1 first (files named by number)."""
    folder = resources.files("monitor.edges.store").joinpath("sql")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    numbers = [int(f.name.split("_", 1)[0]) for f in files]
    if numbers != list(range(1, len(files) + 1)):
        raise RuntimeError(f"migration files are not numbered 1..n: {numbers}")
    return tuple(_script(f.read_text(encoding="utf-8")) for f in files)


MIGRATIONS: tuple[str, ...] = load()
