"""Plain, frozen data passed between the stages; no behaviour beyond small derivations."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

Lang = Literal["en", "ru", "ja"]
LANGS: tuple[Lang, ...] = ("en", "ru", "ja")


# ----------------------------------------------------------------------------- charsets

# Codecs Python knows that are no charset of text, besides the transforms it marks as not
# text encodings (base64, hex, zlib, bz2, uu, quopri, rot13): punycode and idna are for
# host names (decoding a page with them takes quadratic time: minutes for a megabyte),
# the escape codecs read Python's backslashes, and browsers refuse UTF-7.
NOT_CHARSETS = frozenset(
    {"punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7", "undefined"}
)


def text_codec(label: str) -> str | None:
    """The Python codec a declared charset names, or None when it names no text encoding
    (a page or feed that declares one is read as if it declared nothing)."""
    try:
        info = codecs.lookup(label.strip())
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_CHARSETS:
        return None
    return info.name


# ----------------------------------------------------------------------------- feeds


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, as the feed describes it."""

    feed_id: str
    key: str  # stable identity within the feed: guid, else link
    link: str
    title: str
    summary: str
    published: datetime | None  # aware UTC
    source: str = ""  # the outlet the item names itself (RSS `<source>`, e.g. Google News)
    source_url: str = ""  # that outlet's site (`<source url="…">`)
    channel: str = ""  # the feed's own title (its channel's `<title>`)


@dataclass(frozen=True)
class HttpState:
    """What the last successful fetch of a feed told us, for conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FeedResult:
    """The outcome of polling one feed: new items, not modified, or an error (a value)."""

    feed_id: str
    status: int | None  # HTTP status, None when no response arrived
    items: tuple[FeedItem, ...] = ()
    http: HttpState = HttpState()
    not_modified: bool = False
    error: str | None = None
    retry_after: float | None = None  # seconds, when the server asked for it


@dataclass(frozen=True)
class Page:
    """A fetched article page."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str


# ----------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class Article:
    """An article's text and metadata, extracted from its page or from the feed item."""

    url: str
    feed_id: str
    title: str
    text: str  # body paragraphs separated by newlines
    lang: str
    published: datetime  # aware UTC; falls back to the feed item's date, then the fetch time
    outlet: str = ""
    canonical_url: str | None = None
    from_feed_only: bool = False  # page extraction failed; text is the feed's own summary
    why_feed_only: str = ""  # when from_feed_only: why the page gave no text


# ----------------------------------------------------------------------------- knowledge


@dataclass(frozen=True)
class Source:
    """Where a known fact came from."""

    id: str
    outlet: str
    date: date | None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Fact:
    """One atomic known fact: an event or an official position, with provenance."""

    id: str
    date: date | None
    kind: Literal["event", "position"]
    actors: tuple[str, ...]
    summary: str
    sources: tuple[str, ...]  # Source ids or article URLs
    entities: frozenset[str] = frozenset()  # concept names of named things it involves
    event: str | None = None  # event-type concept name, for events
    learned: bool = False  # True: learned from an alert, not a seed


@dataclass(frozen=True)
class StatusState:
    """One state a tracked matter was in."""

    state: str
    since: date | None
    source: str  # outlet / URL / source id
    said_by: str = ""


@dataclass(frozen=True)
class Status:
    """A tracked matter and its history (newest last)."""

    id: str
    matter: str
    history: tuple[StatusState, ...]

    @property
    def current(self) -> StatusState:
        return self.history[-1]


# ----------------------------------------------------------------------------- decisions


Decision = Literal[
    "new_development",  # alert
    "status_change",  # alert
    "same_development",  # attach to an earlier alert
    "restatement",
    "background",
    "off_topic",
    "look_alike",
]


@dataclass(frozen=True)
class RuleHit:
    """A watch rule that matched an article, with the terms that made it match."""

    rule: str
    severity: str
    terms: tuple[str, ...]
    chat_ids: tuple[str | int, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One sentence of an article, read as a claim and compared with what is known."""

    text: str
    kind: Literal["event", "position", "background", "other"]
    event: str | None = None  # event-type concept
    entities: frozenset[str] = frozenset()
    negated: bool = False
    modal: bool = False
    known_as: str | None = None  # id of the fact it restates
    status_change: tuple[str, str] | None = None  # (status id, new state)


@dataclass(frozen=True)
class StatusChange:
    """A tracked status moving from its known state to a new one."""

    status_id: str
    matter: str
    old: StatusState
    new: StatusState


@dataclass(frozen=True)
class Assessment:
    """The decision on one article, and everything that explains it."""

    decision: Decision
    reason: str
    hits: tuple[RuleHit, ...] = ()
    new_claims: tuple[Claim, ...] = ()
    known_claims: tuple[Claim, ...] = ()
    changes: tuple[StatusChange, ...] = ()
    same_as: str | None = None  # development id of an earlier alert
    signature: frozenset[str] = frozenset()  # entities and event types that identify it
    event: str | None = None
    mentioned_statuses: tuple[str, ...] = ()  # tracked statuses the article refers to
    events: frozenset[str] = frozenset()  # every kind of event it reports, headline included
    undoes: tuple[str, ...] = ()  # developments of earlier alerts it undoes
    corrects: tuple[str, ...] = ()  # developments of earlier alerts it says were wrong
    # content words of what it reports (monitor/core/subjects.py), for alerts and the
    # reports attached to them: what a later halt or lifting of it is recognised by
    subject: frozenset[str] = frozenset()

    @property
    def alerts(self) -> bool:
        return self.decision in ("new_development", "status_change")
