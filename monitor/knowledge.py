"""Known facts and tracked statuses: the seeds, plus what the monitor learned from its alerts.

Core module: `load_seeds` reads seeds/*.yaml once and validates them strictly; `Knowledge`
is plain data that the novelty stage compares articles with. Seed facts are never
overwritten: learning appends facts and status states with their provenance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from monitor.errors import ConfigError, Problem
from monitor.models import LANGS, Fact, Source, Status, StatusState
from monitor.rules import Term, compile_term
from monitor.yamlfile import YamlDoc, load_yaml, unknown_key

EVENT_TYPES = (
    "deployment", "military_exercise", "official_visit", "agreement", "legislation", "protest",
    "talks_held", "talks_suspended", "talks_resumed", "detention", "sanctions", "election",
    "statement",
)  # fmt: skip


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
    frozenset({"id", "matter", "active", "terms", "history", "ended", "held_in_talks"}),
    frozenset({"id", "matter", "active", "terms", "history"}),
)
HISTORY_KEYS = (
    frozenset({"state", "since", "source", "said_by"}),
    frozenset({"state", "since", "source"}),
)
FACT_KINDS = ("event", "position")
SEED_FILES = ("sources", "facts", "statuses")  # seeds/NAME.yaml, each a list under NAME:

# how a matter moves, and the words its new state begins with (stored with the state):
# it resumes, it halts, it ends for good (terminated, abolished, declared void: news even
# when it was halted already), or, while halted, it is allowed once (this season, this trip
# only) and stays halted
MOVES = {"resume": "resumed", "halt": "halted", "end": "ended", "once": "allowed once"}
# which way each move takes the matter: a move of another way is no further report of it
MOVE_WAY = {"resume": "on", "halt": "off", "end": "off", "once": "once"}


def move_of(state: str) -> str | None:
    """The move a learned state records ("resumed: …" → "resume"), None for a seed's state."""
    return next((m for m, label in MOVES.items() if state.startswith(f"{label}:")), None)


@dataclass(frozen=True)
class TrackedStatus:
    """A tracked matter: how articles name it, whether it is running, and its history."""

    status: Status
    active: bool
    terms: tuple[Term, ...]
    ended: bool = False  # halted for good: terminated, abolished, void
    # carried on through talks between the governments: talks about it that resume or
    # stop move the matter itself ("talks on joint economic projects revived")
    in_talks: bool = False

    def allows(self, move: str) -> bool:
        """Can the matter make this move from where it stands?"""
        if move == "end":
            return self.active or not self.ended
        return self.active == (move == "halt")


@dataclass(frozen=True)
class Development:
    """An alerted development, remembered so later reports attach to it."""

    id: str
    alert_id: int
    published: dt.datetime
    signature: frozenset[str]
    events: frozenset[str]
    title: str
    url: str
    status_change: tuple[str, str] | None = None  # (status id, new state)


@dataclass(frozen=True)
class Knowledge:
    """What is known: seed sources, facts and statuses, and developments learned since."""

    sources: dict[str, Source]
    facts: tuple[Fact, ...]
    statuses: dict[str, TrackedStatus]
    developments: tuple[Development, ...] = ()
    known_as_of: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def source_label(self, ref: str) -> str:
        """A short human label for a source id or URL: 'Outlet, 2022-03-21'."""
        src = self.sources.get(ref)
        if src is None:
            return ref
        return f"{src.outlet}, {src.date.isoformat()}" if src.date else src.outlet

    def learn(
        self,
        development: Development,
        facts: tuple[Fact, ...] = (),
        moves: tuple[tuple[str, StatusState], ...] = (),
    ) -> Knowledge:
        """A new Knowledge that also knows an alerted development, its facts and status moves."""
        return self.learn_all([(development, facts, moves)])

    def learn_all(
        self,
        learned: list[tuple[Development, tuple[Fact, ...], tuple[tuple[str, StatusState], ...]]],
    ) -> Knowledge:
        """`learn` for many developments at once, in order, copying the knowledge once."""
        statuses = dict(self.statuses)
        facts = list(self.facts)
        developments = list(self.developments)
        for development, dev_facts, moves in learned:
            for status_id, state in moves:
                tracked = statuses.get(status_id)
                if tracked is None:
                    continue
                status = replace(tracked.status, history=(*tracked.status.history, state))
                move = move_of(state.state)
                ended = tracked.ended
                if move is None:  # a state stored before moves were named: a toggle
                    active = not tracked.active
                elif move == "once":
                    active = tracked.active
                else:
                    active = move == "resume"
                    ended = move == "end" or (ended and move == "halt")
                statuses[status_id] = replace(tracked, status=status, active=active, ended=ended)
            facts.extend(dev_facts)
            developments.append(development)
        return replace(
            self, facts=tuple(facts), statuses=statuses, developments=tuple(developments)
        )


# ----------------------------------------------------------------------------- loading


def _date(
    doc: YamlDoc, path: tuple[str | int, ...], value: Any, problems: list[Problem]
) -> dt.date | None:
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
    path: tuple[str | int, ...],
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


def load_seeds(seeds_dir: Path, entity_ids: frozenset[str] | None = None) -> Knowledge:
    """Read seeds/sources.yaml, facts.yaml and statuses.yaml; every problem is reported."""
    problems: list[Problem] = []
    docs: dict[str, YamlDoc] = {}
    for name in SEED_FILES:
        try:
            docs[name] = load_yaml(seeds_dir / f"{name}.yaml")
        except ConfigError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ConfigError(problems)

    sources: dict[str, Source] = {}
    doc = docs["sources"]
    for i, spec in enumerate(_section(doc, "sources", problems)):
        path: tuple[str | int, ...] = ("sources", i)
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

    facts: list[Fact] = []
    doc = docs["facts"]
    fact_ids: set[str] = set()
    for i, spec in enumerate(_section(doc, "facts", problems)):
        path = ("facts", i)
        if not isinstance(spec, dict):
            problems.append(doc.problem(path, "a fact is a mapping"))
            continue
        _check_keys(doc, path, spec, *FACT_KEYS, problems)
        fid = str(spec.get("id", ""))
        if fid in fact_ids:
            problems.append(doc.problem((*path, "id"), f"duplicate fact id {fid!r}"))
        fact_ids.add(fid)
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
        facts.append(
            Fact(
                id=fid,
                date=_date(doc, (*path, "date"), spec.get("date"), problems),
                kind=kind,
                actors=tuple(str(a) for a in spec.get("actors") or []),
                summary=str(spec.get("summary", "")),
                sources=tuple(refs),
                entities=frozenset(ents),
                event=event,
            )
        )

    statuses: dict[str, TrackedStatus] = {}
    doc = docs["statuses"]
    for i, spec in enumerate(_section(doc, "statuses", problems)):
        path = ("statuses", i)
        if not isinstance(spec, dict):
            problems.append(doc.problem(path, "a status is a mapping"))
            continue
        _check_keys(doc, path, spec, *STATUS_KEYS, problems)
        sid = str(spec.get("id", ""))
        if sid in statuses:
            problems.append(doc.problem((*path, "id"), f"duplicate status id {sid!r}"))
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
        if not history:
            problems.append(doc.problem((*path, "history"), "at least one state is needed"))
            continue
        if not isinstance(spec.get("active"), bool):
            problems.append(doc.problem((*path, "active"), "must be true or false"))
        if not isinstance(spec.get("ended", False), bool):
            problems.append(doc.problem((*path, "ended"), "must be true or false"))
        elif spec.get("ended") and spec.get("active"):
            problems.append(doc.problem((*path, "ended"), "an active matter has not ended"))
        if not isinstance(spec.get("held_in_talks", False), bool):
            problems.append(doc.problem((*path, "held_in_talks"), "must be true or false"))
        statuses[sid] = TrackedStatus(
            Status(sid, str(spec.get("matter", "")), tuple(history)),
            bool(spec.get("active")),
            tuple(terms),
            ended=bool(spec.get("ended", False)),
            in_talks=bool(spec.get("held_in_talks", False)),
        )
    if problems:
        raise ConfigError(problems)
    dates = [s.date for s in sources.values() if s.date]
    return Knowledge(sources, tuple(facts), statuses, known_as_of=max(dates) if dates else None)
