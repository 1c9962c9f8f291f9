"""Load a user-edited YAML file with the line of every key, to locate problems for a human.

Pure apart from reading the one file it is given; raises ConfigError with file:line:column.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from monitor.errors import ConfigError, Problem

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML document and where each of its nodes starts."""

    file: str
    data: Any
    marks: dict[PathKey, tuple[int, int]]

    def where(self, path: Iterable[str | int]) -> tuple[int, int]:
        """Line and column (1-based) of the deepest known node on `path`."""
        key = tuple(path)
        while key:
            if key in self.marks:
                return self.marks[key]
            key = key[:-1]
        return self.marks.get((), (1, 1))

    def problem(self, path: Iterable[str | int], message: str) -> Problem:
        """A Problem located at `path`, naming the key path in the message."""
        key = tuple(path)
        line, col = self.where(key)
        dotted = dotted_path(key)
        return Problem(self.file, line, col, f"{dotted}: {message}" if dotted else message)


def dotted_path(path: Iterable[str | int]) -> str:
    """`("feeds", 2, "url")` → `feeds[2].url`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys (a silent override hides mistakes)."""


def _construct(
    node: yaml.Node,
    path: PathKey,
    marks: dict[PathKey, tuple[int, int]],
    loader: _Loader,
    file: str,
    problems: list[Problem],
    seen: set[int],
) -> Any:
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    # An alias is a node met twice: walking it again would let a few lines of anchors
    # expand exponentially (the YAML "billion laughs"), or forever when one refers to itself.
    if id(node) in seen:
        line, col = marks[path]
        where = dotted_path(path) or "the document"
        problems.append(Problem(file, line, col, f"{where}: YAML aliases (*name) are not allowed"))
        return None
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int):
                key = str(key)
            if key in out:
                line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                where = dotted_path((*path, key))
                problems.append(Problem(file, line, col, f"{where}: duplicate key"))
            out[key] = _construct(value_node, (*path, key), marks, loader, file, problems, seen)
            marks[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(child, (*path, i), marks, loader, file, problems, seen)
            for i, child in enumerate(node.value)
        ]
    return loader.construct_object(node, deep=True)


def load_yaml(path: Path, display: str | None = None) -> YamlDoc:
    """Parse one YAML file; syntax errors and duplicate keys become a ConfigError."""
    file = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([Problem(file, 1, 1, "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([Problem(file, 1, 1, f"cannot read: {exc}")]) from None
    return parse_yaml(text, file)


def parse_yaml(text: str, file: str) -> YamlDoc:
    """Parse YAML text; see load_yaml."""
    loader: _Loader | None = None
    try:
        loader = _Loader(text)  # its reader already refuses control characters
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ConfigError([Problem(file, line, col, f"invalid YAML: {exc.problem}")]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([Problem(file, 1, 1, f"invalid YAML: {exc}")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    marks: dict[PathKey, tuple[int, int]] = {}
    problems: list[Problem] = []
    data = None if node is None else _construct(node, (), marks, _Loader(""), file, problems, set())
    if problems:
        raise ConfigError(problems)
    return YamlDoc(file, data, marks)


def pydantic_problems(doc: YamlDoc, exc: Any, prefix: PathKey = ()) -> list[Problem]:
    """Turn a pydantic ValidationError into located Problems."""
    problems = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function")))
        msg = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif err["type"] == "missing":
            msg = "required key is missing"
        problems.append(doc.problem((*prefix, *loc), msg))
    return problems


def as_mapping(doc: YamlDoc) -> Mapping[str, Any]:
    """The document's top level, which must be a mapping."""
    if doc.data is None:
        return {}
    if not isinstance(doc.data, dict):
        raise ConfigError([doc.problem((), "the file must hold a mapping of keys")])
    return doc.data
