"""The store: the only package that speaks SQL. SQLite (WAL) with versioned migrations.

Holds feeds' HTTP state, items seen, articles with their decisions, developments and what
was learned from them, alerts with their sources, and the outbox of deliveries. Marking an
item processed and recording its alert happen in one transaction (`Store.apply`).
It must not decide anything: callers pass decisions in, and read facts back out.

`Store` is one class made of parts, one module each, all on one connection (`plumbing`):

    feedstate    feeds, items, Google News links
    assessments  articles and their decisions (`apply`)
    alerts       alerts, developments, learned facts, status moves, retraction
    deliveries   the outbox
    control      pauses, leases, subscribers, settings
    pruning      retention
    readback     what `history`, `facts`, the web page and the test bench read
    migrations   the schema, from sql/NNN_name.sql
"""

from __future__ import annotations

from monitor.edges.store.alerts import AlertsPart
from monitor.edges.store.assessments import AssessmentsPart
from monitor.edges.store.control import ControlPart
from monitor.edges.store.deliveries import OutboxPart
from monitor.edges.store.feedstate import FeedsPart
from monitor.edges.store.migrations import MIGRATIONS
from monitor.edges.store.plumbing import MAX_ROW_ID, OPEN_TIMEOUT, StoreBase
from monitor.edges.store.pruning import PruningPart
from monitor.edges.store.readback import ReviewPart
from monitor.edges.store.records import (
    AlertRecord,
    Cutoffs,
    FeedState,
    OutboxRow,
    PendingItem,
    Retraction,
    Subscriber,
    learned_state,
)

__all__ = [
    "MAX_ROW_ID",
    "MIGRATIONS",
    "OPEN_TIMEOUT",
    "AlertRecord",
    "Cutoffs",
    "FeedState",
    "OutboxRow",
    "PendingItem",
    "Retraction",
    "Store",
    "Subscriber",
    "learned_state",
]


class Store(
    FeedsPart,
    AssessmentsPart,
    AlertsPart,
    OutboxPart,
    ControlPart,
    PruningPart,
    ReviewPart,
    StoreBase,
):
    """One database; open with `Store.open(path)` (SQLite) or `Store.open_url(url)`
    (`postgresql://`, the same SQL translated by `dialect`), close with `close()`."""
