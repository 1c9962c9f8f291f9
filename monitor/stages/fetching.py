"""Stages 2 and 3 of the pipeline: a pending item's page fetched (at the publisher's URL
for a Google News link) and its text and metadata extracted off the event loop; an item
whose page cannot be had is read on its headline and the feed's description.

It polls no feed (monitor.stages.polling does), decides nothing (monitor.stages.pipeline does), and
holds no SQL (the store does) and no HTML parsing of its own (monitor.edges.extract does).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from functools import partial

from monitor.core.models import Article, FeedItem
from monitor.core.outlets import outlet_name
from monitor.edges.extract import article_from_feed, clean_url, extract_article
from monitor.edges.gnews import GoogleNews, clean_title
from monitor.edges.store import PendingItem
from monitor.errors import ExtractError, FetchError, MonitorError, NoArticleText, WorkError
from monitor.files.config import Config
from monitor.stages.context import Context

log = logging.getLogger("monitor.stages.pipeline")


def _configured_title(cfg: Config, feed_id: str) -> str | None:
    return next((f.title for f in cfg.feeds if f.id == feed_id and f.title), None)


async def fetch_and_extract(ctx: Context, pending: PendingItem, now: dt.datetime) -> Article | None:
    """The article of one item, or None when its page failed and will be retried."""
    item = pending.item
    cfg = ctx.config
    google = ctx.google if ctx.google is not None and ctx.google.owns(item.link) else None
    if google is not None:  # "Drills on Shikotan - Reuters": the outlet is named apart
        item = replace(item, title=clean_title(item.title, item.source))
    url = item.link
    try:
        if google is not None:
            url = await publisher_url(ctx, google, item.link, now)
        try:
            page = await ctx.fetcher.page(url)
        except FetchError as exc:
            ctx.metrics.page_fetched(getattr(exc, "status", None), failed=True)
            raise
        ctx.metrics.page_fetched(page.status, failed=False)
        with ctx.metrics.extract_seconds.time():
            try:
                # a partial pickles: the clock is read here, the page read in the pool
                read_page = partial(extract_article, now=ctx.clock())
                article = await ctx.work(read_page, item, url, page.body, page.content_type, "")
            except WorkError as exc:
                raise ExtractError(f"extraction {exc}") from exc
        return _named(cfg, item, article)
    except (FetchError, ExtractError) as exc:
        if isinstance(exc, ExtractError):
            ctx.metrics.page_errors.inc()
        attempts = pending.attempts + 1
        # a paywall says so itself; a link Google will not resolve stays so
        settled = getattr(exc, "settled", False)
        if settled or attempts >= cfg.polling.page_attempts:
            log.warning(
                "page.fallback_to_feed_text",
                extra={
                    "feed": item.feed_id,
                    "url": item.link,
                    "error": str(exc),
                    "attempts": attempts,
                },
            )
            # the publisher's URL when a Google News link was resolved, else the link itself
            reached = replace(item, link=url)
            return _named(cfg, item, _without_page(reached, now, exc))
        # a page is retried on the scale of polling (a minute at most, doubling)
        step = min(60.0, cfg.polling.interval)
        retry = now + dt.timedelta(seconds=min(3600.0, step * 2**attempts))
        ctx.store.item_failed(item, str(exc), retry)
        log.warning(
            "page.failed",
            extra={"feed": item.feed_id, "url": item.link, "error": str(exc), "attempt": attempts},
        )
        return None


class Unresolved(FetchError):
    """A Google News link not resolved to the publisher's URL (`settled`: a try later
    would give the same answer)."""

    def __init__(self, message: str, *, settled: bool) -> None:
        super().__init__(message)
        self.settled = settled


async def publisher_url(ctx: Context, google: GoogleNews, link: str, now: dt.datetime) -> str:
    """The publisher's URL behind a Google News link: stored, else asked of Google (and
    stored); Unresolved when Google does not tell."""
    if known := ctx.store.google_link(link):
        return known
    found = await google.resolve(link)
    if found.url is None:
        raise Unresolved(
            f"the Google News link could not be resolved to the publisher: {found.error}",
            settled=not found.again,
        )
    ctx.store.save_google_link(link, found.url, now)
    log.info("google.resolved", extra={"link": link, "url": found.url})
    return found.url


def _without_page(item: FeedItem, now: dt.datetime, exc: MonitorError) -> Article:
    """The item decided on its headline, saying why its page gave no text."""
    if isinstance(exc, Unresolved):
        return headline_only(item, now, str(exc))
    if isinstance(exc, NoArticleText):
        return headline_only(item, now, str(exc), exc.description)
    what = "fetched" if isinstance(exc, FetchError) else "read"
    return headline_only(item, now, f"the page could not be {what} ({exc})")


def headline_only(item: FeedItem, now: dt.datetime, why: str, description: str = "") -> Article:
    """The article decided on the item's headline and the feed's description (the page's
    own description when the feed gives none), marked with why the page gave no text."""
    article = article_from_feed(item, now)
    text = article.text or description
    return replace(article, text=text, why_feed_only=why)


def _named(cfg: Config, item: FeedItem, article: Article) -> Article:
    """The article with the outlet alerts name (monitor/core/outlets.py: the configured title,
    the item's `<source>`, the page's publisher, the channel title, the host) and its URL
    without tracking parameters, so that one article reached two ways has one URL."""
    configured = _configured_title(cfg, item.feed_id)
    outlet = outlet_name(configured, item, article.outlet, article.url)
    return replace(article, outlet=outlet, url=clean_url(article.url))
