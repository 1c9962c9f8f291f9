"""Read the seed files (seeds/sources.yaml, facts.yaml, statuses.yaml) into `Knowledge`.

The files people edit, read apart from the core: each file is parsed by `yamlfile` (so
every problem carries file:line:column), checked strictly (unknown and missing keys,
duplicate ids, unknown sources, entities and event types, bad dates and terms), and every
problem of the three files is reported at once as one ConfigError. What the knowledge
means and how it learns is `monitor.core.knowledge`'s work, not this module's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

from monitor.core.knowledge import EVENT_TYPES, Knowledge, TrackedStatus
from monitor.core.models import LANGS, Fact, Source, Status, StatusState
from monitor.core.rules import Term, compile_term
from monitor.errors import ConfigError, Problem
from monitor.files.yamlfile import YamlDoc, did_you_mean, load_yaml, unknown_key

# The keys of each kind of seed entry, (allowed, required): the loader checks them, and
# `kuril-monitor schema seeds` writes them into the seed files' JSON Schema.
SOURCE_KEYS = (frozenset({"id", "outlet", "date", "url", "title"}), frozenset({"id", "outlet"}))
FACT_KEYS = (
    frozenset(
        {"id", "date", "date_precision", "kind", "actors", "summary", "entities", "event",
         "sources"}
    ),
    frozenset({"id", "kind", "summary", "sources"}),
)  # fmt: skip
STATUS_KEYS = (
    frozenset({"id", "matter", "active", "terms", "history", "ended", "held_in_talks", "made_of"}),
    frozenset({"id", "matter", "active", "terms", "history"}),
)
HISTORY_KEYS = (
    frozenset({"state", "since", "source", "said_by"}),
    frozenset({"state", "since", "source"}),
)
FACT_KINDS = ("event", "position")
SEED_FILES = ("sources", "facts", "statuses")  # seeds/NAME.yaml, each a list under NAME:

_Path = tuple[str | int, ...]


def load_seeds(
    seeds_dir: Path,
    entity_ids: frozenset[str] | None = None,
    event_kinds: frozenset[str] | None = None,
) -> Knowledge:
    """Read seeds/sources.yaml, facts.yaml and statuses.yaml; every problem is reported.
    `entity_ids` and `event_kinds` (the rules' `event.*` concepts, without the prefix) are
    what facts and statuses may name, when known."""
    problems: list[Problem] = []
    docs: dict[str, YamlDoc] = {}
    for name in SEED_FILES:
        try:
            docs[name] = load_yaml(seeds_dir / f"{name}.yaml")
        except ConfigError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ConfigError(problems)
    sources = _read_sources(docs["sources"], problems)
    facts = _read_facts(docs["facts"], sources, entity_ids, problems)
    statuses = _read_statuses(docs["statuses"], sources, event_kinds, problems)
    if problems:
        raise ConfigError(problems)
    dates = [s.date for s in sources.values() if s.date]
    return Knowledge(sources, tuple(facts), statuses, known_as_of=max(dates) if dates else None)


# ----------------------------------------------------------------------------- sources


def _read_sources(doc: YamlDoc, problems: list[Problem]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for i, spec in enumerate(_section(doc, "sources", problems)):
        path: _Path = ("sources", i)
        if not isinstance(spec, dict):
            problems.append(doc.problem(path, "a source is a mapping"))
            continue
        _check_keys(doc, path, spec, *SOURCE_KEYS, problems)
        sid = str(spec.get("id", ""))
        if sid in sources:
            problems.append(doc.problem((*path, "id"), f"duplicate source id {sid!r}"))
        sources[sid] = Source(
            sid,
            str(spec.get("outlet", "")),
            _date(doc, (*path, "date"), spec.get("date"), problems),
            spec.get("url"),
            spec.get("title"),
        )
    return sources


# ----------------------------------------------------------------------------- facts


def _read_facts(
    doc: YamlDoc,
    sources: dict[str, Source],
    entity_ids: frozenset[str] | None,
    problems: list[Problem],
) -> list[Fact]:
    facts: list[Fact] = []
    fact_ids: set[str] = set()
    for i, spec in enumerate(_section(doc, "facts", problems)):
        path: _Path = ("facts", i)
        if not isinstance(spec, dict):
            problems.append(doc.problem(path, "a fact is a mapping"))
            continue
        _check_keys(doc, path, spec, *FACT_KEYS, problems)
        fid = str(spec.get("id", ""))
        if fid in fact_ids:
            problems.append(doc.problem((*path, "id"), f"duplicate fact id {fid!r}"))
        fact_ids.add(fid)
        facts.append(_read_fact(doc, path, fid, spec, sources, entity_ids, problems))
    return facts


def _read_fact(
    doc: YamlDoc,
    path: _Path,
    fid: str,
    spec: dict[str, Any],
    sources: dict[str, Source],
    entity_ids: frozenset[str] | None,
    problems: list[Problem],
) -> Fact:
    """One fact (its id checked already); what it names must be known."""
    kind: Literal["event", "position"] = "event"
    if spec.get("kind") == "position":
        kind = "position"
    elif spec.get("kind") != "event":
        problems.append(doc.problem((*path, "kind"), "must be event or position"))
    event = spec.get("event")
    if event is not None and event not in EVENT_TYPES:
        problems.append(doc.problem((*path, "event"), f"unknown event type {event!r}"))
    refs = [str(s) for s in spec.get("sources") or []]
    for j, ref in enumerate(refs):
        if ref not in sources:
            problems.append(doc.problem((*path, "sources", j), f"unknown source {ref!r}"))
    ents = [str(e) for e in spec.get("entities") or []]
    if entity_ids is not None:
        for j, ent in enumerate(ents):
            if ent not in entity_ids:
                problems.append(doc.problem((*path, "entities", j), f"unknown entity {ent!r}"))
    return Fact(
        id=fid,
        date=_date(doc, (*path, "date"), spec.get("date"), problems),
        kind=kind,
        actors=tuple(str(a) for a in spec.get("actors") or []),
        summary=str(spec.get("summary", "")),
        sources=tuple(refs),
        entities=frozenset(ents),
        event=event,
    )


# ----------------------------------------------------------------------------- statuses


def _read_statuses(
    doc: YamlDoc,
    sources: dict[str, Source],
    event_kinds: frozenset[str] | None,
    problems: list[Problem],
) -> dict[str, TrackedStatus]:
    statuses: dict[str, TrackedStatus] = {}
    for i, spec in enumerate(_section(doc, "statuses", problems)):
        path: _Path = ("statuses", i)
        if not isinstance(spec, dict):
            problems.append(doc.problem(path, "a status is a mapping"))
            continue
        _check_keys(doc, path, spec, *STATUS_KEYS, problems)
        sid = str(spec.get("id", ""))
        if sid in statuses:
            problems.append(doc.problem((*path, "id"), f"duplicate status id {sid!r}"))
        terms = _status_terms(doc, path, sid, spec, problems)
        history = _history(doc, path, spec, sources, problems)
        if not history:
            problems.append(doc.problem((*path, "history"), "at least one state is needed"))
            continue
        _check_flags(doc, path, spec, problems)
        statuses[sid] = TrackedStatus(
            Status(sid, str(spec.get("matter", "")), tuple(history)),
            bool(spec.get("active")),
            tuple(terms),
            ended=bool(spec.get("ended", False)),
            in_talks=bool(spec.get("held_in_talks", False)),
            made_of=_made_of(doc, path, spec, event_kinds, problems),
            base=(bool(spec.get("active")), bool(spec.get("ended", False))),
        )
    return statuses


def _made_of(
    doc: YamlDoc,
    path: _Path,
    spec: dict[str, Any],
    event_kinds: frozenset[str] | None,
    problems: list[Problem],
) -> frozenset[str]:
    """The kinds of event a matter is made of (visits, talks): a later report of such an
    event on the matter, days after its move, is another report of that move."""
    raw = spec.get("made_of", [])
    if not isinstance(raw, list) or not all(isinstance(k, str) for k in raw):
        problems.append(doc.problem((*path, "made_of"), "a list of kinds of event"))
        return frozenset()
    for j, kind in enumerate(raw):
        if event_kinds is not None and kind not in event_kinds:
            near = did_you_mean(kind, event_kinds)
            problems.append(
                doc.problem((*path, "made_of", j), f"unknown kind of event {kind!r}{near}")
            )
    return frozenset(raw)


def _status_terms(
    doc: YamlDoc, path: _Path, sid: str, spec: dict[str, Any], problems: list[Problem]
) -> list[Term]:
    """The terms that name a tracked matter, by language; at least one is needed."""
    terms: list[Term] = []
    term_spec = spec.get("terms") or {}
    if not isinstance(term_spec, dict):
        problems.append(doc.problem((*path, "terms"), "a mapping of en/ru/ja term lists"))
        term_spec = {}
    for lang, values in term_spec.items():
        if lang not in LANGS:
            problems.append(doc.problem((*path, "terms", lang), "unknown language"))
            continue
        for j, raw in enumerate(values or []):
            try:
                terms.append(compile_term(f"status:{sid}", lang, str(raw)))
            except ValueError as exc:
                problems.append(doc.problem((*path, "terms", lang, j), str(exc)))
    if not terms:
        problems.append(doc.problem((*path, "terms"), "empty term set"))
    return terms


def _history(
    doc: YamlDoc,
    path: _Path,
    spec: dict[str, Any],
    sources: dict[str, Source],
    problems: list[Problem],
) -> list[StatusState]:
    """A matter's states as the seeds give them, each citing a known source."""
    history: list[StatusState] = []
    for j, h in enumerate(spec.get("history") or []):
        hpath = (*path, "history", j)
        if not isinstance(h, dict):
            problems.append(doc.problem(hpath, "a history entry is a mapping"))
            continue
        _check_keys(doc, hpath, h, *HISTORY_KEYS, problems)
        src = str(h.get("source", ""))
        if src and src not in sources:
            problems.append(doc.problem((*hpath, "source"), f"unknown source {src!r}"))
        history.append(
            StatusState(
                str(h.get("state", "")),
                _date(doc, (*hpath, "since"), h.get("since"), problems),
                src,
                str(h.get("said_by", "")),
            )
        )
    return history


def _check_flags(doc: YamlDoc, path: _Path, spec: dict[str, Any], problems: list[Problem]) -> None:
    """A status's true-or-false keys, and that an active matter has not ended."""
    if not isinstance(spec.get("active"), bool):
        problems.append(doc.problem((*path, "active"), "must be true or false"))
    if not isinstance(spec.get("ended", False), bool):
        problems.append(doc.problem((*path, "ended"), "must be true or false"))
    elif spec.get("ended") and spec.get("active"):
        problems.append(doc.problem((*path, "ended"), "an active matter has not ended"))
    if not isinstance(spec.get("held_in_talks", False), bool):
        problems.append(doc.problem((*path, "held_in_talks"), "must be true or false"))


# ----------------------------------------------------------------------------- shared


def _date(doc: YamlDoc, path: _Path, value: Any, problems: list[Problem]) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(doc.problem(path, f"not a date (YYYY-MM-DD): {value!r}"))
        return None


def _check_keys(
    doc: YamlDoc,
    path: _Path,
    spec: dict[str, Any],
    allowed: frozenset[str],
    required: frozenset[str],
    problems: list[Problem],
) -> None:
    for key in spec:
        if key not in allowed:
            problems.append(doc.problem((*path, key), unknown_key(key, allowed)))
    for key in sorted(required - set(spec)):
        problems.append(doc.problem((*path, key), "required key is missing"))


def _section(doc: YamlDoc, name: str, problems: list[Problem]) -> list[Any]:
    data = doc.data or {}
    if not isinstance(data, dict):
        problems.append(doc.problem((), "the file must hold a mapping"))
        return []
    value = data.get(name) or []
    if not isinstance(value, list):
        problems.append(doc.problem((name,), "must be a list"))
        return []
    return value
