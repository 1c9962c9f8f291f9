"""Fetch feeds and article pages over HTTP, and parse feed documents into `FeedItem`s.

The edge between the monitor and the web, in four parts:
- `guard`: the private-address guard, on the first URL, on each redirect hop and again
  at connect time, so a second DNS answer cannot differ;
- `fetch`: the `Fetcher`, owning one httpx client, with a total deadline, per-host and
  global concurrency limits (`limits`: `FetchLimits`);
- `body`: reading a body within its decompressed size cap;
- `parse`: `parse_feed`, pure, bytes in, items out (feedparser).

It must not decide anything about the news or touch the store; a feed that fails is a
`FeedResult` carrying an error, never an exception, and third-party errors never leave
this package untranslated. Other modules import from `monitor.edges.feeds`, not its parts.
"""

from __future__ import annotations

from monitor.edges.feeds.fetch import Fetcher, Reply, parse_retry_after
from monitor.edges.feeds.guard import Resolver, blocked_reason, check_url
from monitor.edges.feeds.limits import FetchLimits, Offload
from monitor.edges.feeds.parse import (
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_ITEMS,
    MAX_SUMMARY,
    MAX_TITLE,
    parse_feed,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "MAX_ITEMS",
    "MAX_SUMMARY",
    "MAX_TITLE",
    "FetchLimits",
    "Fetcher",
    "Offload",
    "Reply",
    "Resolver",
    "blocked_reason",
    "check_url",
    "parse_feed",
    "parse_retry_after",
]
