"""Stage 1 of the pipeline: a conditional GET of every due feed, new items stored as
pending, a failing feed backed off (doubling from its own interval) and the admins told
when a feed fails for long.

It fetches no article page (monitor.stages.fetching does), decides nothing (monitor.stages.pipeline
does), and holds no SQL (the store does) and no feed parsing (monitor.edges.feeds does).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence

from monitor.core import compose
from monitor.core.models import FeedResult
from monitor.edges.store import FeedState
from monitor.errors import DeliveryError
from monitor.files.config import Config, FeedConfig
from monitor.stages.context import Context, CycleReport

log = logging.getLogger("monitor.stages.pipeline")

BACKOFF_DOUBLINGS = 6


def _backoff(config: Config, feed: FeedConfig, errors: int, retry_after: float | None) -> float:
    # doubling from the feed's own interval, at most 64 intervals (and max_backoff): a feed
    # that comes back is noticed within a bounded number of its own intervals
    interval = feed.interval or config.polling.interval
    wait = min(config.polling.max_backoff, interval * (2.0 ** min(errors, BACKOFF_DOUBLINGS)))
    return float(max(wait, min(retry_after or 0.0, config.polling.max_backoff)))


async def poll_feeds(
    ctx: Context, now: dt.datetime, due_only: bool, feeds: Sequence[FeedConfig] | None = None
) -> CycleReport:
    """Poll every (due) feed concurrently; store new items; one log line per failure."""
    report = CycleReport()
    notices: list[str] = []  # feeds that turned unhealthy or recovered, for the admins
    chosen = ctx.config.feeds if feeds is None else feeds
    polls = [_poll_one(ctx, f, now, due_only, report, notices) for f in chosen]
    # every feed's poll finishes (and is recorded) before a database error ends the cycle
    outcomes = await asyncio.gather(*polls, return_exceptions=True)
    if notices:
        await tell_admins(ctx, "\n".join(notices))
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return report


async def _poll_one(
    ctx: Context,
    feed: FeedConfig,
    now: dt.datetime,
    due_only: bool,
    report: CycleReport,
    notices: list[str],
) -> None:
    """Poll one feed when it is due and record the outcome (counted in `report`; a feed
    turning unhealthy or recovering adds a line to `notices`)."""
    state = ctx.store.feed_state(feed.id, feed.url)
    if due_only and state.next_poll_at and state.next_poll_at > now:
        return
    result = await ctx.fetcher.poll(feed.id, feed.url, state.http)
    report.feeds_polled += 1
    ctx.metrics.feed_polled(feed.id, result.status, result.error is not None)
    if result.error is not None:
        report.feed_errors += 1
        _failed(ctx, feed, now, state, result, notices)
        return
    cfg = ctx.config
    max_age = cfg.polling.max_item_age_days
    skip_before = now - dt.timedelta(days=max_age) if max_age is not None else None
    interval = feed.interval or cfg.polling.interval
    new = ctx.store.record_poll(
        feed.id,
        now,
        result.status,
        result.http,
        None,
        now + dt.timedelta(seconds=interval),
        result.items,
        skip_before,
    )
    report.new_items += new
    ctx.metrics.feed_health(feed.id, False)
    if state.error_count >= cfg.polling.unhealthy_after:
        log.info("feed.recovered", extra={"feed": feed.id, "after_errors": state.error_count})
        notices.append(
            f"✅ Feed <b>{compose.esc(feed.id)}</b> recovered after "
            f"{state.error_count} failed polls."
        )
    log.info(
        "feed.polled",
        extra={
            "feed": feed.id,
            "status": result.status,
            "not_modified": result.not_modified,
            "items": len(result.items),
            "new": new,
        },
    )


def _failed(
    ctx: Context,
    feed: FeedConfig,
    now: dt.datetime,
    state: FeedState,
    result: FeedResult,
    notices: list[str],
) -> None:
    """A failed poll: recorded with its backoff, logged, and told to the admins once when
    it makes the feed unhealthy."""
    error = result.error or ""
    wait = _backoff(ctx.config, feed, state.error_count, result.retry_after)
    ctx.store.record_poll(
        feed.id, now, result.status, None, result.error, now + dt.timedelta(seconds=wait)
    )
    log.warning(
        "feed.failed",
        extra={
            "feed": feed.id,
            "status": result.status,
            "error": result.error,
            "retry_in": round(wait),
        },
    )
    errors = state.error_count + 1
    unhealthy_after = ctx.config.polling.unhealthy_after
    ctx.metrics.feed_health(feed.id, errors >= unhealthy_after)
    if errors == unhealthy_after:  # once per run of failures
        log.error("feed.unhealthy", extra={"feed": feed.id, "errors": errors, "error": error})
        notices.append(
            f"⚠️ Feed <b>{compose.esc(feed.id)}</b> is unhealthy: {errors} failed polls "
            f"in a row ({compose.esc(error[:300])}); it is polled with backoff."
        )


async def tell_admins(ctx: Context, text: str) -> None:
    """A notice to each admin's private chat, when Telegram is connected; never raises."""
    if ctx.telegram is None or ctx.telegram_down is not None:
        return
    for admin in ctx.config.telegram.admin_ids:
        try:
            await ctx.telegram.send(admin, text)
        except DeliveryError as exc:
            log.warning("admins.not_told", extra={"chat": admin, "error": str(exc)})
