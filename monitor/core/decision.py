"""The decision on one article as a value: what is to happen, not the doing of it.

From the article, its assessment (monitor/core/novelty.py) and `now`, `decide` returns a frozen
`Decision` saying one of three things: a new alert (its diff, its chats, and what it
teaches), a source attached to an earlier alert, or the decision recorded only (with its
reason). `copied` does the same for an article that is a copy of one assessed before.
`Store.apply` writes a decision in one transaction; the pipeline then learns from it.

It must not do I/O, read the clock or touch asyncio: what it needs from the store (an
earlier copy, the subscribers) comes in as plain values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, Literal

from monitor.core.grouping import same_text
from monitor.core.knowledge import Development, Knowledge
from monitor.core.learning import learn_from, lessons
from monitor.core.models import Article, Assessment, Fact, FeedItem, StatusChange, StatusState
from monitor.core.models import Decision as Kind


@dataclass(frozen=True)
class Earlier:
    """An article assessed before, stored at this one's canonical link."""

    url: str
    text: str
    decision: Kind
    reason: str
    alert_id: int | None  # the alert it raised or joined


@dataclass(frozen=True)
class Routing:
    """Where an alert goes: the configured chats (a rule may name its own) and the bot's
    subscribers, who get every alert privately."""

    default_chats: tuple[str, ...]
    subscribers: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewAlert:
    """An alert to record: its text's parts, its chats, and what it teaches."""

    kind: str
    rule: str  # the matching rules, comma-separated
    diff: dict[str, Any]
    development: Development  # its alert id is 0 until the store gives one
    facts: tuple[Fact, ...]  # facts newly learned from it
    moves: tuple[tuple[str, StatusState], ...]  # (status id, new state)
    chat_ids: tuple[str, ...]  # an outbox row each
    learned: Knowledge  # what is known once it is, the development last

    def knowledge(self, alert_id: int) -> Knowledge:
        """The knowledge learned, its development knowing the alert id it was stored with."""
        stored = replace(self.development, alert_id=alert_id)
        return replace(self.learned, developments=(*self.learned.developments[:-1], stored))


@dataclass(frozen=True)
class Decision:
    """What is to happen with one article: recorded with its decision, and either a new
    alert (`alert`), a source attached to an earlier alert (`attach_to`), or nothing more."""

    item: FeedItem
    article: Article
    assessment: Assessment
    now: dt.datetime
    rules: tuple[str, ...] = ()
    alert: NewAlert | None = None
    attach_to: int | None = None  # the earlier alert's id
    # what is known once the source is attached: the words it says its development is about
    # join the development's (a later halt of it may be reported in this one's language)
    attached: Knowledge | None = None
    # the moves the attached source asserts that its alert did not make, as an alert's diff
    # shows them: they join the alert (its message shows them) and the status board
    joined: tuple[dict[str, Any], ...] = ()
    copy_of: str | None = None  # the URL of the article this one copies

    @property
    def kind(self) -> Kind:
        return self.assessment.decision

    @property
    def reason(self) -> str:
        return self.assessment.reason

    @property
    def outcome(self) -> Literal["alert", "attach", "record"]:
        if self.alert is not None:
            return "alert"
        return "attach" if self.attach_to is not None else "record"


def copied(
    item: FeedItem, article: Article, earlier: Earlier | None, now: dt.datetime
) -> Decision | None:
    """The decision on an article that is a copy of `earlier` (one article reached another
    way: an AMP page, a Google News link), or None when it is not one: another URL with
    the same text. The decision made on it holds; nothing is judged or alerted twice."""
    if earlier is None or earlier.url == article.url or not same_text(earlier.text, article.text):
        return None
    if not earlier.alert_id:
        reason = f"a copy of {earlier.url} (canonical link): {earlier.reason}"
        return Decision(
            item, article, Assessment(earlier.decision, reason), now, copy_of=earlier.url
        )
    assessment = Assessment("same_development", f"a copy of {earlier.url} (canonical link)")
    return Decision(
        item, article, assessment, now, attach_to=int(earlier.alert_id), copy_of=earlier.url
    )


def decide(
    item: FeedItem,
    article: Article,
    assessment: Assessment,
    knowledge: Knowledge,
    now: dt.datetime,
    routing: Routing,
    *,
    via_google: bool = False,
) -> Decision:
    """What to do with an assessed article, given what was known when it was assessed.
    `via_google`: its URL is a Google News link that could not be resolved."""
    rules = tuple(h.rule for h in assessment.hits)
    if assessment.alerts:
        # each matching rule routes to its own chats, or to the configured ones
        chats: list[str] = []
        for hit in assessment.hits:
            chats += [str(c) for c in hit.chat_ids] or list(routing.default_chats)
        chats = list(dict.fromkeys(chats))
        learned = learn_from(assessment, article, 0, knowledge)
        diff = alert_diff(assessment, knowledge)
        if article.from_feed_only:  # the alert says it was decided on the headline, and why
            diff["headline_only"] = article.why_feed_only or "the page gave no article text"
        if via_google:
            diff["via"] = "Google News"  # its link could not be resolved to the publisher
        alert = NewAlert(
            kind=assessment.decision,
            rule=", ".join(rules),
            diff=diff,
            development=learned.developments[-1],
            facts=learned.facts[len(knowledge.facts) :],
            moves=lessons(assessment, article, knowledge),
            chat_ids=tuple(dict.fromkeys([*(chats or ["console"]), *routing.subscribers])),
            learned=learned,
        )
        return Decision(item, article, assessment, now, rules, alert=alert)
    if assessment.decision == "same_development" and assessment.same_as:
        dev = next(d for d in knowledge.developments if d.id == assessment.same_as)
        attached = knowledge.with_words(dev.id, assessment.subject).with_moves(
            tuple((m.status_id, m.new) for m in assessment.changes), dev.id
        )
        return Decision(
            item,
            article,
            assessment,
            now,
            rules,
            attach_to=dev.alert_id,
            attached=attached,
            joined=tuple(_change(ch, knowledge) for ch in assessment.changes),
        )
    return Decision(item, article, assessment, now, rules)


def _earlier_alert(dev: Development, what: str) -> str:
    """An earlier alert's line among what was known: "Alert #3 of 2025-03-04, now undone: …"."""
    return f"Alert #{dev.alert_id} of {dev.published:%Y-%m-%d}, {what}: {dev.title}"


def _state(s: StatusState, knowledge: Knowledge) -> dict[str, str]:
    """A state as an alert shows it: what, since when, and its source's label."""
    label = knowledge.source_label(s.source) if s.source else ""
    if label.startswith(("http://", "https://")):
        label = s.said_by or label  # a learned state: name the outlet, not the URL
    return {
        "state": s.state,
        "since": s.since.isoformat() if s.since else "",
        "source": label,
        "said_by": s.said_by,
    }


def _change(ch: StatusChange, knowledge: Knowledge) -> dict[str, Any]:
    """A status change as an alert shows it: the matter, its old state and its new one."""
    return {
        "status_id": ch.status_id,
        "matter": ch.matter,
        "old": _state(ch.old, knowledge),
        "new": _state(ch.new, knowledge),
    }


def alert_diff(assessment: Assessment, knowledge: Knowledge) -> dict[str, Any]:
    """What an alert shows: the new claims, the status changes, and what was known."""

    changed = {ch.status_id for ch in assessment.changes}
    known: list[str] = []
    for sid in assessment.mentioned_statuses:
        tracked = knowledge.statuses.get(sid)
        if tracked is None or sid in changed:
            continue
        cur = _state(tracked.status.current, knowledge)
        known.append(
            f"{tracked.status.matter}: {cur['state']} (since {cur['since'] or '?'}, "
            f"{cur['source'] or '?'})"
        )
    known = known[:2] or [c.text for c in assessment.known_claims[:2]]
    # what an alert of earlier reported, and this one undoes, comes first
    undone = [d for d in knowledge.developments if d.id in assessment.undoes]
    corrected = [d for d in knowledge.developments if d.id in assessment.corrects]
    known = [
        *(_earlier_alert(d, "now said to be wrong") for d in corrected),
        *(_earlier_alert(d, "now undone") for d in undone),
        *known,
    ]
    return {
        "new": [c.text for c in assessment.new_claims],
        "changes": [_change(ch, knowledge) for ch in assessment.changes],
        "known": known,
        "reason": assessment.reason,
    }
