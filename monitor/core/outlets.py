"""Outlet names: who published an article, as alerts name it.

Core module: names in, one name out; no I/O. The candidates, first found wins:

1. the feed's `title` in the config (the operator's word: it names every item of the feed);
2. the item's own `<source>` (an aggregator such as Google News names each item's outlet);
3. the page's publisher metadata (`og:site_name`, JSON-LD `publisher`; `extract`);
4. the feed's channel title, as the feed document gives it;
5. the host name of the article's URL, without port or `www.`.

An aggregator's feed is therefore left without a title, so that its items' `<source>`
names them (docs/decisions.md, "Outlet names").
"""

from __future__ import annotations

from urllib.parse import urlsplit

from monitor.core.models import FeedItem

__all__ = ["host_name", "outlet_name"]


def host_name(url: str) -> str:
    """The host of a URL without port or a leading `www.`; "" when it has none."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""
    return host.removeprefix("www.")


def outlet_name(configured: str | None, item: FeedItem, publisher: str, url: str) -> str:
    """The outlet to name for an article at `url` reached through `item` (see the module
    docstring for the order); the feed's id when nothing else names one."""
    for name in (configured or "", item.source, publisher, item.channel, host_name(url)):
        name = " ".join(name.split())
        if name:
            return name
    return item.feed_id
