"""`kuril-monitor explain`: how one page would be decided, claim by claim, and why.

Shell module: reads a file, standard input or a URL, then runs the same reading and
novelty stages as the pipeline against the known facts (seeds plus what the store has
learned), sending and storing nothing.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from pathlib import Path

from monitor.core.knowledge import Knowledge
from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge
from monitor.core.rules import RuleSet
from monitor.edges.extract import extract_article
from monitor.edges.feeds import Fetcher
from monitor.edges.gnews import GoogleNews
from monitor.errors import FetchError, NoArticleText, UsageError
from monitor.files.config import Config
from monitor.shell.app import fetch_limits, load_knowledge, open_store
from monitor.stages.fetching import headline_only
from monitor.stages.pipeline import knowledge_with_history


def load_source(config: Config, source: str) -> tuple[str, bytes, str]:
    """A page's URL, bytes and content type, from a file, standard input or a URL."""
    if source == "-":
        return "stdin", sys.stdin.buffer.read(), ""
    if source.startswith(("http://", "https://")):

        async def fetch() -> tuple[str, bytes, str]:
            async with Fetcher(fetch_limits(config)) as fetcher:
                gn = config.google_news
                google = GoogleNews(fetcher, gn.base_url, gn.interval, gn.max_backoff)
                target = source
                if google.owns(source):  # the publisher's page, as the pipeline reads it
                    found = await google.resolve(source)
                    if found.url is None:
                        raise FetchError(str(found.error))
                    target = found.url
                page = await fetcher.page(target)
                return page.final_url, page.body, page.content_type

        return asyncio.run(fetch())
    return Path(source).resolve().as_uri(), Path(source).read_bytes(), ""


def current_knowledge(config: Config) -> tuple[RuleSet, Knowledge]:
    """The rules, and what the monitor knows now: seeds plus what the store has learned."""
    rules, seeds = load_knowledge(config)
    if config.sqlite_path is None or not config.sqlite_path.exists():
        return rules, seeds
    store = open_store(config, readonly=True)
    try:
        return rules, knowledge_with_history(seeds, store)
    finally:
        store.close()


def moment(text: str) -> dt.datetime:
    """A date or date-time a person typed (ISO; naive is UTC); UsageError when it is not."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"not an ISO date or time: {text!r}") from None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _deciding_item(judge: Judge, article: Article, decision: str) -> Article | None:
    """The item of a page of several stories, or the announcement of a page of talk, that
    decided it, when one did (the page read as one story decides otherwise)."""
    if decision == judge.assess(article, whole=False).decision:
        return None
    return next(
        (i for i in judge.items(article) if judge.assess(i, whole=False).decision == decision),
        None,
    )


def explain(config: Config, source: str, date: str | None = None) -> str:
    """A human-readable account of the decision on one page."""
    rules, knowledge = current_knowledge(config)
    url, body, content_type = load_source(config, source)
    published = moment(date) if date else None
    item = FeedItem("explain", url, url, "", "", published)
    try:
        article = extract_article(item, url, body, content_type, now=dt.datetime.now(dt.UTC))
        text_line = f"Text:      the page's article ({len(article.text)} characters)"
    except NoArticleText as exc:  # decided as the pipeline would: on the headline alone
        fallback = FeedItem("explain", url, url, exc.title, exc.description, published)
        article = headline_only(fallback, dt.datetime.now(dt.UTC), str(exc))
        text_line = f"Text:      HEADLINE ONLY ({exc}); decided on the page's title and description"
    judge = Judge.build(rules, knowledge)
    assessment = judge.assess(article)
    page = article
    deciding = _deciding_item(judge, article, assessment.decision)
    item_line = ""
    if deciding is not None:  # a digest or a page of talk: show the reading of its item
        item_line = f"Item:      the page read item by item, decided by its item: {deciding.title}"
        article = deciding
    reading = judge.read(article)
    out = [
        f"Article:   {page.title}",
        f"Language:  {page.lang}   Published: {page.published:%Y-%m-%d %H:%M} UTC",
        text_line,
        "Rules:     "
        + (
            ", ".join(f"{h.rule} ({', '.join(h.terms[:6])})" for h in reading.rule_hits)
            or "none matched"
        ),
    ]
    if item_line:
        out.append(item_line)
    if reading.vetoed:
        out.append("Vetoed by exclusions: " + ", ".join(reading.vetoed))
    if reading.masked_topic:
        out.append("Look-alike: topic words appear only inside look-alike names")
    out.append("Claims (headline and lead):")
    for c in reading.claims:
        flags = c.flags
        kind = "EVENT" if c.reports_event else ("change" if c.changes else "position/other")
        out.append(f"  [{kind}] {c.text[:220]}")
        detail = []
        if c.events:
            detail.append("events: " + ", ".join(sorted(c.events)))
        if c.changes:
            detail.append("status moves: " + ", ".join(f"{s} {d}" for s, d in c.changes))
        if c.entities:
            detail.append("names: " + ", ".join(sorted(c.entities)))
        if flags:
            detail.append("read as: " + ", ".join(flags))
        if detail:
            out.append("      " + "; ".join(detail))
    out.append(f"Decision:  {assessment.decision} — {assessment.reason}")
    return "\n".join(out)
