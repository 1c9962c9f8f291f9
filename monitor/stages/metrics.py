"""The monitor's metrics: one prometheus_client registry of counters, gauges and histograms.

`app` creates a `Metrics`, the pipeline's stages record into it through their Context
(no module-level metrics), and `health` serves it on /metrics and reads it for /healthz.
It reads the store's backlog and feed states for its gauges; it must not write to the
store or decide anything.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import get_args

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from monitor.core.models import Decision
from monitor.edges.store import Store
from monitor.files.config import Config


def _status_label(status: int | None) -> str:
    return str(status) if status is not None else "none"  # no answer: refused, blocked…


class Metrics:
    """The monitor's counters, gauges and histograms, in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.polls = Counter("kuril_feed_polls", "Feed polls, by feed", ["feed"], registry=r)
        self.poll_errors = Counter(
            "kuril_feed_errors", "Feed polls that failed, by feed", ["feed"], registry=r
        )
        self.http = Counter(
            "kuril_http_responses",
            "HTTP answers by kind (feed, page) and status (none: no answer)",
            ["kind", "status"],
            registry=r,
        )
        self.page_errors = Counter(
            "kuril_page_errors", "Article pages that could not be fetched or read", registry=r
        )
        self.articles = Counter(
            "kuril_articles", "Articles assessed, by decision", ["decision"], registry=r
        )
        self.sent = Counter(
            "kuril_alerts_sent", "Alert deliveries completed (sends and updates)", registry=r
        )
        self.pending = Gauge("kuril_alerts_pending", "Outbox rows waiting to be sent", registry=r)
        self._cycle_metrics(r)
        self._state_metrics(r)
        for decision in get_args(Decision):  # every kind shows, at 0 until it happens
            self.articles.labels(decision)
        self.last_cycle_at: float | None = None  # wall clock, seconds
        self.last_error: str | None = None

    def _cycle_metrics(self, r: CollectorRegistry) -> None:
        """How long cycles and extractions take, and how cycles end."""
        self.cycle_seconds = Histogram(
            "kuril_cycle_duration_seconds",
            "Duration of one cycle",
            buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
            registry=r,
        )
        self.extract_seconds = Histogram(
            "kuril_extraction_seconds",
            "Time to extract one article page",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=r,
        )
        self.cycle_failures = Counter(
            "kuril_cycle_failures", "Cycles abandoned on a database error", registry=r
        )
        self.last_cycle = Gauge(
            "kuril_last_cycle_timestamp_seconds", "When the last cycle completed", registry=r
        )
        self.regex_timeouts = Counter(
            "kuril_regex_timeouts",
            "Rule regexes abandoned on their time limit (rules.regex_timeout)",
            registry=r,
        )

    def _state_metrics(self, r: CollectorRegistry) -> None:
        """The state of the feeds and the outbox, as gauges."""
        self.unhealthy = Gauge(
            "kuril_feed_unhealthy", "1 while a feed keeps failing", ["feed"], registry=r
        )
        # read from the store at each scrape, for the configured feeds only (bounded labels;
        # right in scaled mode too, where other processes poll)
        self.last_success = Gauge(
            "kuril_feed_last_success_timestamp_seconds",
            "When each configured feed was last polled successfully (absent: never)",
            ["feed"],
            registry=r,
        )
        self.outbox_age = Gauge(
            "kuril_outbox_oldest_pending_seconds",
            "How long the oldest row waiting in the outbox has waited (0: none waits)",
            registry=r,
        )
        self.held = Gauge(
            "kuril_outbox_held",
            "Posts held for an admin: nobody knows whether they reached the chat",
            registry=r,
        )

    def feed_polled(self, feed: str, status: int | None, failed: bool) -> None:
        self.polls.labels(feed).inc()
        self.http.labels("feed", _status_label(status)).inc()
        if failed:
            self.poll_errors.labels(feed).inc()

    def feed_health(self, feed: str, unhealthy: bool) -> None:
        self.unhealthy.labels(feed).set(int(unhealthy))

    def page_fetched(self, status: int | None, failed: bool) -> None:
        self.http.labels("page", _status_label(status)).inc()
        if failed:
            self.page_errors.inc()

    def cycle_done(self, seconds: float, pending: int, at: float) -> None:
        self.cycle_seconds.observe(seconds)
        self.pending.set(pending)
        self.last_cycle.set(at)
        self.last_cycle_at = at
        self.last_error = None

    def cycle_failed(self, error: str) -> None:
        self.cycle_failures.inc()
        self.last_error = error

    def refresh(self, config: Config, store: Store, now: float) -> None:
        """Set the gauges read from the store: the backlog, its oldest row's age, the rows
        held for an admin, and each configured feed's last success. Raises StoreError when
        the database fails."""
        self.pending.set(store.outbox_backlog())
        oldest = store.outbox_oldest_pending()
        self.outbox_age.set(max(0.0, now - oldest.timestamp()) if oldest else 0.0)
        self.held.set(len(store.held_outbox()))
        states = {str(r["id"]): r for r in store.all_feed_states()}
        self.last_success.clear()  # a feed no longer configured leaves no series behind
        for feed in config.feeds:
            at = timestamp(states[feed.id]["last_success_at"]) if feed.id in states else None
            if at is not None:
                self.last_success.labels(feed.id).set(at)

    @contextmanager
    def counting_regex_timeouts(self) -> Iterator[None]:
        """Count the rules' `rules.regex_timeout` events while this is open (the core only
        logs them; a record filtered out by `log.level` above WARNING is not counted)."""
        handler = _EventCounter("rules.regex_timeout", self.regex_timeouts)
        logger = logging.getLogger("monitor.core.rules")
        logger.addHandler(handler)
        try:
            yield
        finally:
            logger.removeHandler(handler)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class _EventCounter(logging.Handler):
    """Increments a counter for each log record of one event."""

    def __init__(self, event: str, counter: Counter) -> None:
        super().__init__(logging.DEBUG)
        self._event = event
        self._counter = counter

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == self._event:
            self._counter.inc()


def timestamp(iso: str | None) -> float | None:
    """An ISO 8601 time as Unix seconds (None stays None)."""
    return dt.datetime.fromisoformat(iso).timestamp() if iso else None
