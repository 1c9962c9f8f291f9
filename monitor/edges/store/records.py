"""What the store hands back: frozen records read from its tables (no SQL here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from monitor.core.models import FeedItem, HttpState, StatusState


@dataclass(frozen=True)
class FeedState:
    """What the store knows about one feed."""

    id: str
    http: HttpState
    first_polled_at: dt.datetime | None
    last_success_at: dt.datetime | None
    last_error: str | None
    error_count: int
    next_poll_at: dt.datetime | None


@dataclass(frozen=True)
class PendingItem:
    """An item waiting for its page to be fetched and assessed."""

    item: FeedItem
    attempts: int


@dataclass(frozen=True)
class OutboxRow:
    """One delivery waiting or done."""

    id: int
    alert_id: int
    chat_id: str
    action: str
    state: str
    message_ids: tuple[int, ...]
    attempts: int
    next_attempt_at: dt.datetime | None
    claimed_by: str | None = None  # the process working on it, until `claimed_until`
    claimed_until: dt.datetime | None = None
    sending_at: dt.datetime | None = None  # a post began then; its outcome is not recorded
    last_error: str | None = None


@dataclass(frozen=True)
class AlertRecord:
    """A stored alert with its diff and sources."""

    id: int
    development_id: str
    kind: str
    article_url: str
    title: str
    outlet: str
    lang: str
    published: dt.datetime
    rule: str
    diff: dict[str, Any]
    created_at: dt.datetime
    sources: tuple[dict[str, str], ...]
    retracted_at: dt.datetime | None = None
    retraction: str | None = None  # why it was retracted


@dataclass(frozen=True)
class Retraction:
    """An alert just retracted, and what that did to its deliveries."""

    alert_id: int
    at: dt.datetime
    reason: str
    edits: int  # messages queued for a correction ('retract' outbox rows)
    cancelled: int  # sends not begun yet, now never made


@dataclass(frozen=True)
class Cutoffs:
    """What `Store.prune` may remove: records older than each moment (None: keep)."""

    article_text: dt.datetime | None
    decisions: dt.datetime | None
    outbox: dt.datetime | None


@dataclass(frozen=True)
class Subscriber:
    """A private chat that gets every alert from the bot."""

    chat_id: str
    user_name: str
    subscribed_at: dt.datetime


def learned_state(row: Any) -> StatusState:
    """A status move as stored (a `status_moves` row), as the state it records."""
    since = dt.date.fromisoformat(row["since"]) if row["since"] else None
    return StatusState(row["state"], since, row["source"], row["said_by"])
