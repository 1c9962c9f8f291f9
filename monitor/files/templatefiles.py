"""A chat's own alert template file: read, checked and compiled.

`check` validates a file — its syntax, the fields it uses, the tags Telegram accepts — and
renders it against sample alerts of each kind and label language, each problem as
`file:line:column: message`; `load` compiles a file `check` accepts, again only when it
changed. Rendering itself is `templating`'s.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import jinja2
import jinja2.meta
from jinja2 import nodes

from monitor.core import compose
from monitor.core.labels import LABELS
from monitor.core.templating import ALERT_FIELDS, TOP_LEVEL, _environment
from monitor.errors import ConfigError, Problem

# Tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style).
TELEGRAM_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "a",
        "code",
        "pre",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "blockquote",
    }
)
_TAG = re.compile(r"</?([a-zA-Z][\w-]*)")


def load(path: Path) -> jinja2.Template:
    """A chat's template file, checked and compiled (again only when the file changed);
    ConfigError with its problems when `check` refuses it."""
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise ConfigError([Problem(str(path), 1, 1, f"cannot read the template: {exc}")]) from None
    return _loaded(str(path), mtime)


@lru_cache(maxsize=64)
def _loaded(path: str, mtime: float) -> jinja2.Template:
    problems = check(Path(path))
    if problems:
        raise ConfigError(problems)
    return _environment().from_string(Path(path).read_text(encoding="utf-8"))


def _column(source: str, line: int, needle: str) -> int:
    lines = source.splitlines()
    if 1 <= line <= len(lines):
        at = lines[line - 1].find(needle)
        if at >= 0:
            return at + 1
    return 1


def _fields_used(tree: nodes.Template) -> Iterator[tuple[str, str, int]]:
    """(name, field, line) of each `alert.FIELD`, `alert['FIELD']` and `labels.KEY`."""
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        base = getattr(node, "node", None)
        if not isinstance(base, nodes.Name) or base.name not in TOP_LEVEL:
            continue
        if isinstance(node, nodes.Getattr):
            yield base.name, node.attr, node.lineno
        elif isinstance(node, nodes.Getitem):
            arg = node.arg
            if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                yield base.name, arg.value, node.lineno


def check(path: Path) -> list[Problem]:
    """Every problem of a template file: syntax, unknown names and fields, tags Telegram
    refuses, and errors rendering it against the sample alerts."""
    where = str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [Problem(where, 1, 1, f"cannot read the template: {exc}")]
    env = _environment()
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError as exc:
        line = exc.lineno or 1
        near = source.splitlines()[line - 1].lstrip() if source.splitlines() else ""
        column = len(source.splitlines()[line - 1]) - len(near) + 1 if near else 1
        return [Problem(where, line, column, f"template syntax: {exc.message}")]
    return _unknown(where, source, tree) or _rendered(where, source, env.from_string(source))


def _unknown(where: str, source: str, tree: nodes.Template) -> list[Problem]:
    """The names and fields a template uses that no alert has."""
    problems: list[Problem] = []
    for name in sorted(jinja2.meta.find_undeclared_variables(tree) - TOP_LEVEL):
        line = next((n.lineno for n in tree.find_all(nodes.Name) if n.name == name), 1)
        problems.append(
            Problem(
                where,
                line,
                _column(source, line, name),
                f"unknown name {name!r}: a template sees `alert` and `labels`",
            )
        )
    for base, attr, line in _fields_used(tree):
        known = ALERT_FIELDS if base == "alert" else LABELS["en"].keys()
        if attr not in known:
            problems.append(
                Problem(
                    where,
                    line,
                    _column(source, line, attr),
                    f"unknown field {base}.{attr}: one of {', '.join(sorted(known))}",
                )
            )
    return problems


def _rendered(where: str, source: str, template: jinja2.Template) -> list[Problem]:
    """The first problem of the template rendered against every sample alert in every
    label language: an error, a tag Telegram refuses, or an empty message."""
    for view in compose.SAMPLES:
        for lang in LABELS:
            style = compose.Style(lang=lang, template=template)
            try:
                text = compose.render_alert(view, style)
            except Exception as exc:  # any error of a user's template is a problem to show
                line = _template_line(exc)
                return [Problem(where, line, 1, f"rendering a sample alert: {exc}")]
            for match in _TAG.finditer(text):
                if match.group(1).lower() not in TELEGRAM_TAGS:
                    tag = match.group(1)
                    line = next(
                        (n for n, t in enumerate(source.splitlines(), 1) if f"<{tag}" in t), 1
                    )
                    return [
                        Problem(
                            where,
                            line,
                            _column(source, line, f"<{tag}"),
                            f"<{tag}> is not a tag Telegram accepts",
                        )
                    ]
            if not text.strip():
                return [Problem(where, 1, 1, "renders an empty message")]
    return []


def _template_line(exc: BaseException) -> int:
    """The template line an exception was raised at (Jinja2 names it `<template>`)."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == "<template>" and frame.lineno:
            return frame.lineno
    return 1
