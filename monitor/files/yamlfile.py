"""Load a user-edited YAML file with the line of every key, to locate problems for a human.

Pure apart from reading the one file it is given; raises ConfigError with file:line:column.
Every file is bounded before it is parsed: a size cap, a nesting depth cap, and no anchors
or aliases (a few lines of them expand exponentially). Whatever the parser or a value's
constructor raises becomes a located Problem in plain words, never a traceback.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from monitor.errors import ConfigError, Problem

PathKey = tuple[str | int, ...]

MAX_BYTES = 512_000  # one file: 8 times the longest shipped one (entities.yaml); ~2 s to read
MAX_DEPTH = 32  # nested lists and mappings; the shipped files need 5
_ALIAS = "YAML anchors and aliases (&name, *name) are not allowed; write the value out"

# PyYAML's own words, and what they usually mean in a hand-edited file
_PLAIN = (
    (
        "mapping values are not allowed here",
        "a ': ' inside a value: put the value in quotes, or start a nested key on its own "
        "line, indented",
    ),
    (
        "expected <block end>, but found",
        "this line is not indented like the lines above it",
    ),
    ("did not find expected key", "this line is not indented like the lines above it"),
    (
        "did not find expected '-' indicator",
        "a list item must start with '- ' at the same indentation as the others",
    ),
    ("could not find expected ':'", "a key without ':' after it (or an unclosed quote)"),
    ("found character '\\t'", "a tab: indent with spaces only"),
    ("found unexpected end of stream", "a quote or bracket is opened but never closed"),
    ("expected ',' or ']'", "a list in [ ] is not closed, or an item holds an unquoted ':'"),
    ("expected ',' or '}'", "a mapping in { } is not closed, or a value holds an unquoted ':'"),
    ("found undefined alias", _ALIAS),
    ("found unhashable key", "a key must be a plain word, not a list or mapping"),
    (
        "found character that cannot start any token",
        "a value cannot start with this character ('@', '`', '%'): put it in quotes",
    ),
    ("found unknown escape character", "an unknown \\ escape in double quotes: use '…' quotes"),
)


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


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the nearest of `choices` to a misspelt `word`, or ``."""
    if not isinstance(word, str):
        return ""
    near = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.75)
    return f" (did you mean {near[0]!r}?)" if near else ""


def unknown_key(word: object, choices: Iterable[str]) -> str:
    """The message for a key that is not one of `choices`, with the nearest one."""
    return "unknown key" + did_you_mean(word, choices)


class _TooDeep(Exception):
    def __init__(self, mark: Any) -> None:
        self.mark = mark


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases as it composes (before anything can
    expand) and nesting deeper than MAX_DEPTH (before Python's recursion limit)."""

    def __init__(self, stream: str, file: str) -> None:
        super().__init__(stream)
        self.file = file
        self.problems: list[Problem] = []
        self.depth = 0

    def _refuse(self, mark: Any) -> None:
        self.problems.append(Problem(self.file, mark.line + 1, mark.column + 1, _ALIAS))

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()  # type: ignore[no-untyped-call]  # PyYAML's stubs
            self._refuse(event.start_mark)
            return yaml.ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
        event = self.peek_event()  # type: ignore[no-untyped-call]  # PyYAML's stubs
        if getattr(event, "anchor", None) is not None:
            self._refuse(event.start_mark)
            event.anchor = None  # nothing may refer to it (a later alias is refused too)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeep(event.start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _word(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    """A lone `=` is YAML 1.1's "value" key, which SafeLoader cannot build: a word here."""
    return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:value", _word)


def _scalar(node: yaml.Node, loader: _Loader, file: str, problems: list[Problem]) -> Any:
    """One scalar built by the safe constructor; what it cannot build is a Problem."""
    try:
        return loader.construct_object(node, deep=True)
    except Exception as exc:  # the safe constructors raise anything on odd
        # tagged scalars (ValueError, IndexError, AttributeError for `!!timestamp ""`)
        mark = node.start_mark
        reason = getattr(exc, "problem", None) or str(exc)
        if node.tag == "tag:yaml.org,2002:merge":  # `<<` unquoted, as a key or a value
            reason = "'<<' (YAML's merge key) is not allowed: write the keys out, or quote it"
        elif "could not determine a constructor" in reason:
            reason = f"unknown tag {node.tag!r}: write the value without it"
        elif not isinstance(exc, ValueError | yaml.YAMLError):
            # Python's own words (`'NoneType' object has no attribute 'groupdict'` for
            # `!!timestamp ""`) would not help: say what the value is not
            kind = str(node.tag).removeprefix("tag:yaml.org,2002:")
            reason = f"not a valid {kind}: write it without the tag, or in quotes as text"
        problems.append(
            Problem(file, mark.line + 1, mark.column + 1, f"cannot read this value: {reason}")
        )
        return None


_COLLECTION_TAGS: dict[type, str] = {
    yaml.MappingNode: "tag:yaml.org,2002:map",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
}


def _construct(
    node: yaml.Node,
    path: PathKey,
    marks: dict[PathKey, tuple[int, int]],
    loader: _Loader,
    file: str,
    problems: list[Problem],
) -> Any:
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    plain = _COLLECTION_TAGS.get(type(node))
    if plain is not None and node.tag != plain:  # built by hand below, so a tag would be
        # ignored silently (`!!python/object/apply:…` read as a list): refuse it instead
        line, col = marks[path]
        problems.append(
            Problem(file, line, col, f"unknown tag {node.tag!r}: write the value without it")
        )
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                where = dotted_path(path) or "the document"
                problems.append(
                    Problem(file, line, col, f"{where}: a key must be a plain word, not a list")
                )
                continue
            key = _scalar(key_node, loader, file, problems)
            if not isinstance(key, str | int):
                key = str(key)
            if key in out:
                where = dotted_path((*path, key))
                problems.append(Problem(file, line, col, f"{where}: duplicate key"))
            out[key] = _construct(value_node, (*path, key), marks, loader, file, problems)
            marks[(*path, key)] = (line, col)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(child, (*path, i), marks, loader, file, problems)
            for i, child in enumerate(node.value)
        ]
    return _scalar(node, loader, file, problems)


def load_yaml(path: Path, display: str | None = None, max_bytes: int = MAX_BYTES) -> YamlDoc:
    """Parse one YAML file of at most `max_bytes`; every problem becomes a ConfigError."""
    file = display or str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise ConfigError([Problem(file, 1, 1, "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([Problem(file, 1, 1, f"cannot read: {exc}")]) from None
    if len(raw) > max_bytes:
        raise ConfigError([Problem(file, 1, 1, f"file too large: more than {max_bytes:,} bytes")])
    return parse_yaml(text, file)


def _explain(problem: str) -> str:
    for raw, plain in _PLAIN:
        if raw in problem:
            return f"{plain} (YAML: {problem})"
    return problem


def _shown(text: str, line: int, col: int) -> str:
    """The line of `text` at `line` (1-based), with a caret under `col`."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return ""
    shown = lines[line - 1]
    if len(shown) > 120:  # a long line is shown around the column
        start = max(0, col - 60)
        shown, col = shown[start : start + 120], col - start
    return f"\n    {shown}\n    {' ' * (col - 1)}^"


def _syntax_problem(text: str, file: str, exc: yaml.YAMLError) -> Problem:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = _explain(str(exc.problem or exc.context or "invalid YAML"))
        return Problem(file, line, col, f"invalid YAML: {what}{_shown(text, line, col)}")
    if isinstance(exc, yaml.reader.ReaderError):
        before = text[: exc.position]
        line, col = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        return Problem(
            file,
            line,
            col,
            f"invalid YAML: a control character (#x{exc.character:04x}) in the text",
        )
    return Problem(file, 1, 1, f"invalid YAML: {exc}")


def parse_yaml(text: str, file: str) -> YamlDoc:
    """Parse YAML text; see load_yaml."""
    try:
        loader = _Loader(text, file)  # its reader refuses control characters
    except yaml.YAMLError as exc:
        raise ConfigError([_syntax_problem(text, file, exc)]) from None
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        raise ConfigError([*loader.problems, _syntax_problem(text, file, exc)]) from None
    except _TooDeep as exc:
        line, col = exc.mark.line + 1, exc.mark.column + 1
        raise ConfigError(
            [Problem(file, line, col, f"nested more than {MAX_DEPTH} levels deep")]
        ) from None
    finally:
        loader.dispose()
    marks: dict[PathKey, tuple[int, int]] = {}
    problems = list(loader.problems)
    data = None if node is None else _construct(node, (), marks, loader, file, problems)
    if problems:
        raise ConfigError(problems)
    return YamlDoc(file, data, marks)


def _keys_at(model: Any, loc: PathKey) -> list[str]:
    """The keys a pydantic model accepts at `loc` (the path of an unknown key's parent)."""
    for part in loc:
        if isinstance(part, int):
            continue  # an item of a tuple of models: the same model
        field = getattr(model, "model_fields", {}).get(part)
        if field is None:
            return []
        candidates = [field.annotation, *typing.get_args(field.annotation)]
        model = next((c for c in candidates if hasattr(c, "model_fields")), None)
        if model is None:
            return []
    return [k for k, f in getattr(model, "model_fields", {}).items() if not f.exclude]


def pydantic_problems(
    doc: YamlDoc, exc: Any, prefix: PathKey = (), model: Any = None
) -> list[Problem]:
    """Turn a pydantic ValidationError into located Problems (with `model`, the class
    validated, an unknown key gets the nearest known one)."""
    problems = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function")))
        msg = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = unknown_key(loc[-1], _keys_at(model, loc[:-1])) if loc else "unknown key"
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
