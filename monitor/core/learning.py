"""Learning: what an alerted development adds to the knowledge — the development itself
(its id, named things, kinds of event and move), its facts and its status moves — so that
later reports of it group with it.

Core module: plain data in, new plain data out — no I/O, no clock (time is the article's
publication time), no asyncio. It records what was decided; it decides nothing.
"""

from __future__ import annotations

import hashlib

from monitor.core.grouping import days_named, lead_texts, months_ahead
from monitor.core.knowledge import (
    WITHDRAWN,
    Development,
    Knowledge,
    development_move,
    move_event,
)
from monitor.core.models import Article, Assessment, Fact, StatusState


def development_id(article: Article) -> str:
    """A stable id for the development an article is the first to report."""
    digest = hashlib.sha1(article.url.encode("utf-8")).hexdigest()[:10]
    return f"{article.published:%Y%m%d}-{digest}"


def learn_from(
    assessment: Assessment, article: Article, alert_id: int, knowledge: Knowledge
) -> Knowledge:
    """Knowledge that also knows this alerted development, its facts and status moves."""
    dev_id = development_id(article)
    change = None
    if assessment.changes:
        first = assessment.changes[0]
        change = development_move(first.status_id, first.new)
    # the kinds of event the story reports, the headline's too (a later report of the same
    # development in another language may carry only the headline's kind)
    events = assessment.events | frozenset(c.event for c in assessment.new_claims if c.event)
    # a matter's move is a halt or a lifting: a report that does not name the matter (or
    # names it another way) reads it as one
    if change is not None:
        events |= {move_event(change[1])}
    # what it is about; a halt or lifting is also about what it undoes, in every language
    # that was read in (so that its reports in those languages join it)
    words = assessment.subject.union(
        *(d.words for d in knowledge.developments if d.id in assessment.undoes)
    )
    # the months its headline and lead announce its act for ("first trip in late July")
    lead = lead_texts(article.title, article.text)
    expected = months_ahead(lead, article.lang, article.published)
    development = Development(
        id=dev_id,
        alert_id=alert_id,
        published=article.published,
        signature=assessment.signature,
        events=events,
        title=article.title,
        url=article.url,
        status_change=change,
        words=words,
        expected=expected,
        # the days it names ahead for its act (a notice's days)
        dates=days_named(lead, article.lang, article.published),
    )
    facts = tuple(
        Fact(
            id=f"{dev_id}-{i}",
            date=article.published.date(),
            kind="event",
            actors=(),
            summary=c.text,
            sources=(article.url,),
            entities=c.entities,
            event=c.event,
            learned=True,
        )
        for i, c in enumerate(assessment.new_claims)
    )
    return knowledge.learn(development, facts, lessons(assessment, article, knowledge))


def lessons(
    assessment: Assessment, article: Article, knowledge: Knowledge
) -> tuple[tuple[str, StatusState], ...]:
    """The moves an alert teaches: the moves it reports, and, where it says an alerted
    report was wrong, the withdrawal of every state that report taught (a matter it said
    resumed stands as it did before)."""
    moves = [(m.status_id, m.new) for m in assessment.changes]
    for dev in knowledge.developments:
        if dev.id not in assessment.corrects:
            continue
        for sid, tracked in knowledge.statuses.items():
            if any(s.source == dev.url for s in tracked.status.history):
                moves.append(
                    (
                        sid,
                        StatusState(
                            f"{WITHDRAWN} {dev.url}",
                            article.published.date(),
                            article.url,
                            article.outlet,
                        ),
                    )
                )
    return tuple(moves)
