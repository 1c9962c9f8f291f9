"""Read the rule files (rules/*.yaml) into a `RuleSet`: YAML in, frozen objects out.

The files people edit, read apart from the core: each file is parsed by `yamlfile` (so
every problem carries file:line:column), checked strictly (unknown keys, unknown concepts,
feeds and languages, duplicate names, terms that cannot match or run too slowly), and
every problem of every file is reported at once as one ConfigError. Matching what the
rules say is `monitor.core.rules`'s work, not this module's.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.core.models import LANGS
from monitor.core.rules import (
    ENTITY_PREFIX,
    FOLLOW_UP,
    WHERE,
    Concept,
    Entity,
    Rule,
    RuleSet,
    Term,
    compile_term,
)
from monitor.errors import ConfigError, Problem
from monitor.files.yamlfile import YamlDoc, did_you_mean, load_yaml, unknown_key

MAX_RULES_BYTES = 1_000_000  # all rule files together (each also within yamlfile.MAX_BYTES)

# What a rule file may hold; the loader checks it, and `kuril-monitor schema rules` writes
# it into the rule files' JSON Schema.
CONCEPT_KEYS = frozenset({"description", "mask", "refers_to", "when_named", *LANGS})
RULE_KEYS = frozenset({
    "id", "severity", "description", "where", "all", "any", "none", "sentence",
    "within_words", "feeds", "chat_ids",
})  # fmt: skip
RULE_LISTS = ("all", "any", "none", "sentence", "where", "feeds", "chat_ids")
RULE_CONCEPT_LISTS = ("all", "any", "none", "sentence")  # lists that name concepts
ENTITY_KEYS = frozenset(
    {"id", "kind", "generic", "anchor", "off_islands", "side", "regional", *LANGS}
)
SIDES = ("japan", "russia")
SEVERITIES = ("low", "normal", "high")
SECTIONS = ("concepts", "rules", "entities")

_Path = tuple[str | int, ...]


@dataclass
class _Loading:
    """What the files have said so far, and what is wrong with them."""

    problems: list[Problem] = field(default_factory=list)
    concepts: dict[str, Concept] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    rule_specs: list[tuple[YamlDoc, int, Any]] = field(default_factory=list)
    references: list[tuple[YamlDoc, str]] = field(default_factory=list)  # checked at the end


def load_rules(
    rules_dir: Path, feed_ids: frozenset[str] | None = None, required: Iterable[str] = ()
) -> RuleSet:
    """Read every *.yaml file in rules/ (concepts:, rules:, entities: sections); strict.

    With `feed_ids` (the config's feeds), a rule scoped to an unknown feed is a problem;
    a `required` concept name (one the code reads) that no file defines is one too.
    """
    files = _rule_files(rules_dir)
    loading = _Loading()
    for path in files:
        try:
            doc = load_yaml(path)
        except ConfigError as exc:
            loading.problems.extend(exc.problems)
            continue
        _read_file(doc, loading)
    _check_references(loading)
    for name in required:
        if name not in loading.concepts:
            loading.problems.append(
                Problem(str(rules_dir), 1, 1, f"concept {name!r} is missing; the monitor reads it")
            )
    rules = _rules(loading, feed_ids)
    if loading.problems:
        raise ConfigError(loading.problems)
    return RuleSet(loading.concepts, tuple(rules), loading.entities)


def _rule_files(rules_dir: Path) -> list[Path]:
    """The rule files, refused unread when there are none or they are too large together."""
    files = sorted(rules_dir.glob("*.yaml")) if rules_dir.is_dir() else []
    if not files:
        raise ConfigError([Problem(str(rules_dir), 1, 1, "no rule files (*.yaml) found")])
    total = 0
    for path in files:
        with suppress(OSError):  # a file that cannot be read is reported when it is read
            total += path.stat().st_size
    if total > MAX_RULES_BYTES:
        raise ConfigError(
            [
                Problem(
                    str(rules_dir),
                    1,
                    1,
                    f"rule files too large: {total:,} bytes together, at most {MAX_RULES_BYTES:,}",
                )
            ]
        )
    return files


def _read_file(doc: YamlDoc, loading: _Loading) -> None:
    """One rule file's concepts and entities, and its rules kept for when all are known."""
    problems = loading.problems
    data = doc.data or {}
    if not isinstance(data, dict):
        problems.append(doc.problem((), "the file must hold a mapping"))
        return
    for key in data:
        if key not in SECTIONS:
            problems.append(
                doc.problem(
                    (key,),
                    unknown_key(key, SECTIONS) + " (expected concepts, rules, entities)",
                )
            )
    for name, spec in _section(doc, data, "concepts", dict, problems).items():
        _read_concept(doc, name, spec, loading)
    for i, spec in enumerate(_section(doc, data, "entities", list, problems)):
        _read_entity(doc, i, spec, loading)
    for i, spec in enumerate(_section(doc, data, "rules", list, problems)):
        loading.rule_specs.append((doc, i, spec))


def _section(
    doc: YamlDoc, data: dict[str, Any], name: str, kind: type[Any], problems: list[Problem]
) -> Any:
    """A top-level section of a rules file, or an empty one (and a problem) if mistyped."""
    value = data.get(name)
    if not value:
        return kind()
    if not isinstance(value, kind):
        problems.append(doc.problem((name,), f"must be a {'mapping' if kind is dict else 'list'}"))
        return kind()
    return value


def _read_concept(doc: YamlDoc, name: str, spec: Any, loading: _Loading) -> None:
    problems = loading.problems
    path_: _Path = ("concepts", name)
    if not isinstance(spec, dict):
        problems.append(doc.problem(path_, "a concept is a mapping of en/ru/ja term lists"))
        return
    _check_keys(doc, path_, spec, CONCEPT_KEYS, problems)
    if name in loading.concepts:
        problems.append(doc.problem(path_, f"duplicate concept name {name!r}"))
    terms = _term_set(doc, path_, name, spec, problems)
    refers_to = spec.get("refers_to", "")
    when_named = spec.get("when_named", [])
    if not isinstance(refers_to, str):
        problems.append(doc.problem((*path_, "refers_to"), "must be the name of a concept"))
        refers_to = ""
    if not isinstance(when_named, list) or not all(isinstance(n, str) for n in when_named):
        problems.append(doc.problem((*path_, "when_named"), "must be a list of concept names"))
        when_named = []
    if refers_to or when_named:
        loading.references.append((doc, name))
    loading.concepts[name] = Concept(
        name,
        tuple(terms),
        bool(spec.get("mask", False)),
        str(spec.get("description", "")),
        refers_to,
        tuple(when_named),
    )


def _check_references(loading: _Loading) -> None:
    """A description names a concept defined somewhere under rules/, in articles that name
    one of its `when_named` concepts (both keys are needed, and neither names itself)."""
    concepts = loading.concepts
    for doc, name in loading.references:
        concept = concepts[name]
        path_: _Path = ("concepts", name)
        if not concept.refers_to or not concept.when_named:
            missing = "when_named" if concept.refers_to else "refers_to"
            loading.problems.append(
                doc.problem(path_, f"refers_to and when_named go together: {missing} is missing")
            )
            continue
        target = concepts.get(concept.refers_to)
        if target is None or target.refers_to or target.mask or concept.refers_to == name:
            why = "is not defined" if target is None else "is not a plain concept"
            near = did_you_mean(concept.refers_to, concepts) if target is None else ""
            loading.problems.append(
                doc.problem((*path_, "refers_to"), f"{concept.refers_to!r} {why}{near}")
            )
        for j, other in enumerate(concept.when_named):
            if other not in concepts or other == name:
                near = did_you_mean(other, concepts) if other not in concepts else ""
                loading.problems.append(
                    doc.problem((*path_, "when_named", j), f"unknown concept {other!r}{near}")
                )


def _read_entity(doc: YamlDoc, i: int, spec: Any, loading: _Loading) -> None:
    problems = loading.problems
    path_: _Path = ("entities", i)
    if not isinstance(spec, dict) or not isinstance(spec.get("id"), str):
        problems.append(doc.problem(path_, "an entity needs an id"))
        return
    _check_keys(doc, path_, spec, ENTITY_KEYS, problems)
    eid = spec["id"]
    name = ENTITY_PREFIX + eid  # entities live beside concepts, named @id in rules
    if eid in loading.entities:
        problems.append(doc.problem((*path_, "id"), f"duplicate entity id {eid!r}"))
    terms = _term_set(doc, path_, name, spec, problems)
    loading.concepts[name] = Concept(name, tuple(terms))
    kind = str(spec.get("kind", "thing"))
    # a place anchors unless it says not; a thing only when it says so
    anchor = spec.get("anchor", kind == "place")
    if not isinstance(anchor, bool):
        problems.append(doc.problem((*path_, "anchor"), "must be true or false"))
    off = spec.get("off_islands", False)
    if not isinstance(off, bool):
        problems.append(doc.problem((*path_, "off_islands"), "must be true or false"))
    side = spec.get("side")
    if side is not None and side not in SIDES:
        problems.append(doc.problem((*path_, "side"), f"must be one of {', '.join(SIDES)}"))
        side = None
    regional = spec.get("regional", False)
    if not isinstance(regional, bool):
        problems.append(doc.problem((*path_, "regional"), "must be true or false"))
    elif regional and side is not None:
        problems.append(
            doc.problem(
                (*path_, "regional"),
                "a region's own official or body speaks for no national government: "
                "give `side` or `regional: true`, not both",
            )
        )
    loading.entities[eid] = Entity(
        eid,
        kind,
        bool(spec.get("generic")),
        anchor is True,
        off_islands=off is True,
        side=side,
        regional=regional is True,
    )


def _check_keys(
    doc: YamlDoc,
    path: _Path,
    spec: dict[str, Any],
    allowed: frozenset[str],
    problems: list[Problem],
) -> None:
    for key in spec:
        if key not in allowed:
            problems.append(doc.problem((*path, key), unknown_key(key, allowed)))


def _term_set(
    doc: YamlDoc, path: _Path, name: str, spec: dict[str, Any], problems: list[Problem]
) -> list[Term]:
    """The terms of a concept or entity; an empty set is a problem unless a term was."""
    known = len(problems)
    terms = _terms(doc, path, name, spec, problems)
    if not terms and len(problems) == known:  # a bad term is reported already
        problems.append(doc.problem(path, "empty term set"))
    return terms


def _terms(
    doc: YamlDoc, path: _Path, name: str, spec: dict[str, Any], problems: list[Problem]
) -> list[Term]:
    terms: list[Term] = []
    for lang in LANGS:
        for i, raw in enumerate(_str_list(doc, (*path, lang), spec.get(lang), problems)):
            try:
                terms.append(compile_term(name, lang, raw))
            except ValueError as exc:
                problems.append(doc.problem((*path, lang, i), str(exc)))
    return terms


def _str_list(doc: YamlDoc, path: _Path, value: Any, problems: list[Problem]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        problems.append(doc.problem(path, "must be a list of strings"))
        return []
    return [str(v) for v in value]


# ----------------------------------------------------------------------------- rules


def _rules(loading: _Loading, feed_ids: frozenset[str] | None) -> list[Rule]:
    """The rules of every file, checked against every concept (any file may define one)."""
    rules: list[Rule] = []
    ids: set[str] = set()
    for doc, i, spec in loading.rule_specs:
        rid = spec.get("id") if isinstance(spec, dict) else None
        if isinstance(rid, str):
            if rid in ids:
                loading.problems.append(
                    doc.problem(("rules", i, "id"), f"duplicate rule id {rid!r}")
                )
            ids.add(rid)
        rule = _rule(doc, i, spec, loading.concepts, loading.problems, feed_ids)
        if rule is not None:
            rules.append(rule)
    return rules


def _rule(
    doc: YamlDoc,
    i: int,
    spec: Any,
    concepts: dict[str, Concept],
    problems: list[Problem],
    feed_ids: frozenset[str] | None = None,
) -> Rule | None:
    """One rule, or None (and its problems) when anything in it is wrong."""
    path: _Path = ("rules", i)
    if not isinstance(spec, dict):
        problems.append(doc.problem(path, "a rule is a mapping"))
        return None
    before = len(problems)
    _check_keys(doc, path, spec, RULE_KEYS, problems)
    rid = _rule_id(doc, path, i, spec, problems)
    lists = {key: _str_list(doc, (*path, key), spec.get(key), problems) for key in RULE_LISTS}
    _check_lists(doc, path, lists, concepts, feed_ids, problems)
    severity = spec.get("severity", "normal")
    if severity not in SEVERITIES:
        problems.append(doc.problem((*path, "severity"), f"must be one of {', '.join(SEVERITIES)}"))
    within = spec.get("within_words")
    if within is not None and (not isinstance(within, int) or within < 1):
        problems.append(doc.problem((*path, "within_words"), "must be a positive integer"))
    if len(problems) > before:
        return None
    return Rule(
        id=rid,
        severity=str(severity),
        description=str(spec.get("description", "")),
        where=tuple(lists["where"]) or ("title", "lead"),
        all=tuple(lists["all"]),
        any=tuple(lists["any"]),
        none=tuple(lists["none"]),
        sentence=tuple(lists["sentence"]),
        within_words=within,
        feeds=tuple(lists["feeds"]),
        chat_ids=tuple(lists["chat_ids"]),
    )


def _rule_id(
    doc: YamlDoc, path: _Path, i: int, spec: dict[str, Any], problems: list[Problem]
) -> str:
    """The rule's id; a stand-in (and a problem) when it has none or takes a reserved one."""
    rid = spec.get("id")
    if not isinstance(rid, str) or not rid:
        problems.append(doc.problem((*path, "id"), "required key is missing"))
        return f"rule-{i}"
    if rid == FOLLOW_UP:
        problems.append(
            doc.problem(
                (*path, "id"),
                f"{FOLLOW_UP!r} is the built-in rule for follow-ups of alerts; choose another id",
            )
        )
    return rid


def _check_lists(
    doc: YamlDoc,
    path: _Path,
    lists: dict[str, list[str]],
    concepts: dict[str, Concept],
    feed_ids: frozenset[str] | None,
    problems: list[Problem],
) -> None:
    """What a rule's lists name must exist: concepts, places to look, feeds, chats."""
    for key in RULE_CONCEPT_LISTS:
        for j, name in enumerate(lists[key]):
            if name not in concepts:
                near = did_you_mean(name, concepts)
                problems.append(doc.problem((*path, key, j), f"unknown concept {name!r}{near}"))
    if not (lists["all"] or lists["any"] or lists["sentence"]):
        problems.append(doc.problem(path, "a rule needs at least one of all, any, sentence"))
    for j, w in enumerate(lists["where"]):
        if w not in WHERE:
            near = did_you_mean(w, WHERE)
            problems.append(
                doc.problem((*path, "where", j), f"must be one of {', '.join(WHERE)}{near}")
            )
    for j, feed in enumerate(lists["feeds"]):
        if feed_ids is not None and feed not in feed_ids:
            near = did_you_mean(feed, feed_ids)
            problems.append(doc.problem((*path, "feeds", j), f"unknown feed id {feed!r}{near}"))
    for j, chat in enumerate(lists["chat_ids"]):
        if not ((chat.startswith("@") and len(chat) > 1) or chat.lstrip("-").isdigit()):
            problems.append(
                doc.problem((*path, "chat_ids", j), "must be a number or an @channel name")
            )
