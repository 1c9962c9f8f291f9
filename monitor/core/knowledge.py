"""Known facts and tracked statuses: the seeds, plus what the monitor learned from its alerts.

Core module: `Knowledge` is plain data that the novelty stage compares articles with; no
I/O (the seed files are read and checked by `monitor.files.seedfiles`). Seed facts are never
overwritten: learning appends facts and status states with their provenance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from monitor.core.models import Fact, Source, Status, StatusState
from monitor.core.rules import Term

EVENT_TYPES = (
    "deployment", "military_exercise", "official_visit", "agreement", "legislation", "protest",
    "talks_held", "talks_suspended", "talks_resumed", "detention", "sanctions", "election",
    "statement",
)  # fmt: skip


# how a matter moves, and the words its new state begins with (stored with the state):
# it resumes, it halts, it ends for good (terminated, abolished, declared void: news even
# when it was halted already), or, while halted, it is allowed once (this season, this trip
# only) and stays halted; what was allowed once may be put off with no new date (the trip
# postponed, "not cancelled but postponed"): the permission taken back for now
MOVES = {
    "resume": "resumed", "halt": "halted", "end": "ended", "once": "allowed once",
    "putoff": "put off",
}  # fmt: skip
# a learned state that takes back the moves of one report, as a later alert said that
# report was wrong: "withdrawn: <the report's URL>" (its own source is the correcting one)
WITHDRAWN = "withdrawn:"
# which way each move takes the matter: a move of another way is no further report of it
MOVE_WAY = {"resume": "on", "halt": "off", "end": "off", "once": "once", "putoff": "off"}


def move_event(move: str) -> str:
    """The kind of event a matter's move is, told of something unnamed: an ending for good
    is a termination, any other move a halt or a lifting (a reversal)."""
    return "termination" if move == "end" else "reversal"


def move_of(state: str) -> str | None:
    """The move a learned state records ("resumed: …" → "resume"), None for a seed's state."""
    return next((m for m, label in MOVES.items() if state.startswith(f"{label}:")), None)


def development_move(status_id: str, state: StatusState) -> tuple[str, str]:
    """A development's move, from the state its report taught: (status id, move)."""
    return (status_id, move_of(state.state) or "resume")


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
    # the kinds of event it is made of (visits, talks): a report of such an event on the
    # matter days after its move is another report of that move (monitor/core/learning.py)
    made_of: frozenset[str] = frozenset()
    # (active, ended) as the seeds leave it, before any learned move: what a withdrawn
    # move's matter is replayed from
    base: tuple[bool, bool] | None = None

    def allows(self, move: str) -> bool:
        """Can the matter make this move from where it stands? A halted matter allowed once
        can be halted again: the one-off permission withdrawn; only what was allowed once
        can be put off (a running matter's trip postponed is one trip, not the matter)."""
        if move == "end":
            return self.active or not self.ended
        if move in ("halt", "putoff") and move_of(self.status.current.state) == "once":
            return True
        if move == "putoff":
            return False
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
    # what its reports say it is about, in every language they were read in
    # (monitor/core/subjects.py): what a later halt or lifting of it names
    words: frozenset[str] = frozenset()
    # the months ("2026-07") its report said its act is to happen in (monitor/core/grouping.py)
    expected: frozenset[str] = frozenset()
    # the days ("2026-05-12") its report named ahead for its act (monitor/core/grouping.py)
    dates: frozenset[str] = frozenset()


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

    def with_words(self, development_id: str, words: frozenset[str]) -> Knowledge:
        """A new Knowledge whose development also knows these words (a later report of it,
        perhaps in another language)."""
        if not words:
            return self
        developments = tuple(
            replace(d, words=d.words | words) if d.id == development_id else d
            for d in self.developments
        )
        return replace(self, developments=developments)

    def learn_all(
        self,
        learned: list[tuple[Development, tuple[Fact, ...], tuple[tuple[str, StatusState], ...]]],
    ) -> Knowledge:
        """`learn` for many developments at once, in order, copying the knowledge once."""
        statuses = dict(self.statuses)
        facts = list(self.facts)
        developments = list(self.developments)
        for development, dev_facts, moves in learned:
            _move(statuses, moves)
            facts.extend(dev_facts)
            developments.append(development)
        return replace(
            self, facts=tuple(facts), statuses=statuses, developments=tuple(developments)
        )

    def with_moves(
        self, moves: tuple[tuple[str, StatusState], ...], development_id: str = ""
    ) -> Knowledge:
        """A new Knowledge whose tracked matters also made these moves (a later report of an
        alerted development that asserts a move its first report did not). The development
        that had no move of its own takes the first as its move, so the next report of that
        move is one of it, not a move of its own."""
        if not moves:
            return self
        statuses = dict(self.statuses)
        _move(statuses, moves)
        developments = tuple(
            replace(d, status_change=development_move(*moves[0]))
            if d.id == development_id and d.status_change is None
            else d
            for d in self.developments
        )
        return replace(self, statuses=statuses, developments=developments)


def _move(statuses: dict[str, TrackedStatus], moves: tuple[tuple[str, StatusState], ...]) -> None:
    """Each tracked matter in `statuses` makes its moves, in order (in place)."""
    for status_id, state in moves:
        tracked = statuses.get(status_id)
        if tracked is None:
            continue
        if state.state.startswith(WITHDRAWN):
            statuses[status_id] = _withdrawn(tracked, state.state[len(WITHDRAWN) :].strip())
            continue
        status = replace(tracked.status, history=(*tracked.status.history, state))
        active, ended = _after(move_of(state.state), tracked.active, tracked.ended)
        statuses[status_id] = replace(tracked, status=status, active=active, ended=ended)


def _after(move: str | None, active: bool, ended: bool) -> tuple[bool, bool]:
    """(active, ended) once a matter makes this move."""
    if move is None:  # a state stored before moves were named: a toggle
        return not active, ended
    if move == "once":
        return active, ended
    if move == "putoff":
        return False, ended
    return move == "resume", move == "end" or (ended and move == "halt")


def _withdrawn(tracked: TrackedStatus, source: str) -> TrackedStatus:
    """The matter without the states one report taught, as if it had never been read: its
    history without them, and where it stands replayed from the seeds' state."""
    kept = tuple(s for s in tracked.status.history if s.source != source)
    if len(kept) == len(tracked.status.history) or tracked.base is None:
        return tracked
    active, ended = tracked.base
    for s in kept:
        if (move := move_of(s.state)) is not None:
            active, ended = _after(move, active, ended)
    return replace(
        tracked, status=replace(tracked.status, history=kept), active=active, ended=ended
    )
