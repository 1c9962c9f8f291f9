"""Google News links resolved to the publisher's URL.

An edge. Items of Google News feeds link to `news.google.com/rss/articles/ID`, which
answers with Google's own page, not the article. The publisher's URL is found the way the
registry package `googlenewsdecoder` (0.2) finds it, over the monitor's own guarded
fetcher instead of a client of its own:

1. an ID of the old format (base64 of a small protobuf, `CBMi…`) holds the URL itself;
2. otherwise GET `/rss/articles/ID?hl=…&gl=…&ceid=…` (redirects followed on Google's host
   only) and read the page's `data-n-a-sg` (signature) and `data-n-a-ts` (timestamp);
3. POST them to `/_/DotsSplashUi/data/batchexecute` (`f.req` = a `garturlreq` envelope of
   the RPC `Fbv4je`); the answer's `garturlres` row holds the URL.

Requests to Google keep a pace of their own (`google_news.interval` between two) and stop
for a while after a 429 (its Retry-After, else doubling from a minute up to
`google_news.max_backoff`). The pause is written to a `PauseBook` the caller gives (the
store), and read from it before each request, so that a restarted monitor, a `run --once`
from cron and the other workers of scaled mode honour it too. Every failure is a value
(`Resolution` with an error and whether a later try may succeed); this module imports
nothing of the store.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol
from urllib.parse import parse_qs, quote, urljoin, urlsplit

from monitor.edges.feeds import Fetcher, parse_retry_after
from monitor.errors import FetchError

__all__ = [
    "GoogleNews",
    "PauseBook",
    "Resolution",
    "article_id",
    "clean_title",
    "decode_offline",
    "is_google_news",
]

GOOGLE_HOSTS = frozenset({"news.google.com"})
BATCH_PATH = "/_/DotsSplashUi/data/batchexecute"
_CONTEXT = [
    [
        "X",
        "X",
        ["X", "X"],
        None,
        None,
        1,
        1,
        "US:en",
        None,
        1,
        None,
        None,
        None,
        None,
        None,
        0,
        1,
    ],
    "X",
    "X",
    1,
    [1, 1, 1],
    1,
    1,
    None,
    0,
    0,
    None,
    0,
]
_SIGNATURE = re.compile(r'data-n-a-sg="([^"]+)"')
_TIMESTAMP = re.compile(r'data-n-a-ts="([^"]+)"')
FIRST_BACKOFF = 60.0


def is_google_news(url: str, hosts: frozenset[str] = GOOGLE_HOSTS) -> bool:
    """Is this a Google News article link (`/rss/articles/ID`, `/articles/ID`, `/read/ID`)?"""
    return article_id(url, hosts) is not None


def article_id(url: str, hosts: frozenset[str] = GOOGLE_HOSTS) -> str | None:
    """The article ID of a Google News link, or None."""
    try:
        parts = urlsplit(url)
        host = (parts.netloc if parts.port else parts.hostname) or ""
    except ValueError:
        return None
    segments = parts.path.rstrip("/").split("/")
    if host.lower() not in hosts or len(segments) < 2 or segments[-2] not in ("articles", "read"):
        return None
    return segments[-1] or None


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while at < len(data):
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at += 1
        if not byte & 0x80:
            return value, at
        shift += 7
    raise ValueError("truncated varint")


def decode_offline(art_id: str) -> str | None:
    """The publisher's URL held in an ID of the old format (protobuf field 4), or None when
    the ID needs Google's answer (the newer `AU_yqL…` kind) or is not one."""
    try:
        raw = base64.urlsafe_b64decode(art_id + "=" * (-len(art_id) % 4))
    except (binascii.Error, ValueError):
        return None
    at = 0
    try:
        while at < len(raw):
            key, at = _varint(raw, at)
            kind = key & 7
            if kind == 0:
                _, at = _varint(raw, at)
            elif kind == 2:
                size, at = _varint(raw, at)
                value = raw[at : at + size]
                at += size
                if key >> 3 == 4:
                    text = value.decode("utf-8", "replace")
                    return text if text.startswith(("http://", "https://")) else None
            else:
                return None
    except ValueError:
        return None
    return None


def clean_title(title: str, outlet: str) -> str:
    """A Google News title without its " - Outlet" suffix."""
    for dash in (" - ", " – ", " — ", " | "):
        suffix = f"{dash}{outlet}"
        if outlet and title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)].rstrip()
    return title


@dataclass(frozen=True)
class Resolution:
    """A Google News link resolved (url) or not (error; `again`: a later try may work)."""

    url: str | None = None
    error: str | None = None
    again: bool = False


def _now() -> float:
    return time.monotonic()


def _utcnow() -> datetime:
    return datetime.now(UTC)


class PauseBook(Protocol):
    """Where the pause after a 429 is kept beyond the process (the store)."""

    def google_pause(self) -> tuple[datetime, float] | None:
        """Until when requests to Google wait (aware UTC), and the last pause's length in
        seconds (the next 429 doubles it); None when Google asked for none."""
        ...

    def save_google_pause(self, until: datetime | None, backoff: float) -> None:
        """Record a pause (None: Google answered again, the pause is over)."""
        ...


class GoogleNews:
    """Resolves Google News links through a `Fetcher`, at its own pace; one per monitor."""

    def __init__(
        self,
        fetcher: Fetcher,
        base_url: str = "https://news.google.com",
        interval: float = 1.0,
        max_backoff: float = 3600.0,
        clock: Callable[[], float] = _now,
        *,
        book: PauseBook | None = None,
        wall: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._fetcher = fetcher
        self.base_url = base_url.rstrip("/")
        parts = urlsplit(self.base_url)
        self.hosts = frozenset({*GOOGLE_HOSTS, parts.netloc.lower()})
        self._interval = interval
        self._max_backoff = max_backoff
        self._clock = clock
        self._pace = asyncio.Lock()
        self._last = float("-inf")  # when the last request to Google began
        self._blocked_until = float("-inf")  # no request before this, after a 429
        self._backoff = 0.0
        self._book = book
        self._wall = wall

    def owns(self, url: str) -> bool:
        """Is `url` a Google News article link this resolver handles?"""
        return article_id(url, self.hosts) is not None

    async def resolve(self, url: str) -> Resolution:
        """The publisher's URL behind a Google News link."""
        art = article_id(url, self.hosts)
        if art is None:
            return Resolution(error=f"not a Google News article link: {url}")
        if offline := decode_offline(art):
            return _checked(offline, self.hosts)
        try:
            found = await self._params(art, url)
            if isinstance(found, Resolution):
                return found
            signature, stamp = found
            return await self._batch(art, signature, stamp)
        except FetchError as exc:
            return Resolution(error=f"Google News did not answer: {exc}", again=True)

    # ------------------------------------------------------------------------- steps

    async def _params(self, art: str, url: str) -> tuple[str, str] | Resolution:
        query = parse_qs(urlsplit(url).query)
        hl, gl, ceid = (
            query.get(k, [d])[0] for k, d in (("hl", "en-US"), ("gl", "US"), ("ceid", "US:en"))
        )
        current = (
            f"{self.base_url}/rss/articles/{art}?hl={quote(hl, safe='')}"
            f"&gl={quote(gl, safe='')}&ceid={quote(ceid, safe='')}"
        )
        for _ in range(3):
            reply = await self._request("GET", current)
            if isinstance(reply, Resolution):
                return reply
            status, headers, body = reply
            location = headers.get("location")
            if status in (301, 302, 303, 307, 308) and location:
                nxt = urljoin(current, location)
                if (urlsplit(nxt).netloc or "").lower() not in self.hosts:
                    return Resolution(error=f"Google News sent the request away, to {nxt}")
                current = nxt
                continue
            if not 200 <= status < 300:
                return Resolution(error=f"Google News answered HTTP {status}", again=status >= 500)
            text = body.decode("utf-8", "replace")
            sg, ts = _SIGNATURE.search(text), _TIMESTAMP.search(text)
            if not (sg and ts):
                return Resolution(error="Google News's page holds no decoding parameters")
            return sg.group(1), ts.group(1)
        return Resolution(error="Google News redirected more than 3 times")

    async def _batch(self, art: str, signature: str, stamp: str) -> Resolution:
        inner = ["garturlreq", _CONTEXT, art, int(stamp) if stamp.isdigit() else stamp, signature]
        envelope = [[["Fbv4je", json.dumps(inner, separators=(",", ":")), None, "generic"]]]
        body = "f.req=" + quote(json.dumps(envelope, separators=(",", ":")))
        reply = await self._request(
            "POST",
            self.base_url + BATCH_PATH,
            {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
            body.encode(),
        )
        if isinstance(reply, Resolution):
            return reply
        status, _, data = reply
        if not 200 <= status < 300:
            return Resolution(error=f"Google News answered HTTP {status}", again=status >= 500)
        found = parse_batch(data.decode("utf-8", "replace"))
        if found is None:
            return Resolution(error="Google News's answer holds no article URL")
        return _checked(found, self.hosts)

    async def _request(
        self,
        method: str,
        url: str,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
    ) -> tuple[int, dict[str, str], bytes] | Resolution:
        """One request at Google's pace; a 429 starts (or doubles) the pause, which is
        written down, and a pause written down by anyone is honoured."""
        async with self._pace:
            self._read_book()
            now = self._clock()
            if now < self._blocked_until:
                wait = self._blocked_until - now
                return Resolution(
                    error=f"Google News asked us to slow down (429); paused {wait:.0f} s more",
                    again=True,
                )
            if (wait := self._last + self._interval - now) > 0:
                await asyncio.sleep(wait)
            self._last = self._clock()
            reply = await self._fetcher.exchange(method, url, headers, body)
            if reply.status == 429:
                asked = parse_retry_after(reply.headers.get("retry-after"), self._wall())
                self._backoff = min(self._max_backoff, max(FIRST_BACKOFF, self._backoff * 2))
                pause = min(self._max_backoff, asked) if asked is not None else self._backoff
                self._blocked_until = self._clock() + pause
                if self._book is not None:
                    until = self._wall() + timedelta(seconds=pause)
                    self._book.save_google_pause(until, self._backoff)
                return Resolution(
                    error=f"Google News asked us to slow down (429); paused {pause:.0f} s",
                    again=True,
                )
            if self._backoff and self._book is not None:
                self._book.save_google_pause(None, 0.0)
            self._backoff = 0.0
            return reply.status, reply.headers, reply.body

    def _read_book(self) -> None:
        """Take over a pause written down by this or another process (a restart, a worker
        of scaled mode); a longer one kept here stays."""
        if self._book is None or (stored := self._book.google_pause()) is None:
            return
        until, backoff = stored
        left = (until - self._wall()).total_seconds()
        if left > 0:
            self._blocked_until = max(self._blocked_until, self._clock() + left)
        self._backoff = max(self._backoff, backoff)

    @property
    def paused_for(self) -> float:
        """Seconds left of the pause after a 429 (0 when none)."""
        return max(0.0, self._blocked_until - self._clock())


def parse_batch(text: str) -> str | None:
    """The URL of the first `garturlres` row of a batchexecute answer, or None; the answer
    starts with `)]}'` and may carry length lines between its JSON rows."""
    body = text.removeprefix(")]}'").strip()
    candidates = [body, *body.splitlines()]
    for candidate in candidates:
        candidate = candidate.strip()
        if not candidate.startswith("["):
            continue
        try:
            rows = json.loads(candidate)
        except (ValueError, RecursionError):
            continue
        for row in rows if isinstance(rows, list) else []:
            if not (isinstance(row, list) and len(row) >= 3 and row[0] == "wrb.fr"):
                continue
            payload = row[2]
            try:
                payload = json.loads(payload) if isinstance(payload, str) else payload
            except (ValueError, RecursionError):
                continue
            if (
                isinstance(payload, list)
                and len(payload) > 1
                and payload[0] == "garturlres"
                and isinstance(payload[1], str)
            ):
                return payload[1]
    return None


def _checked(url: str, hosts: frozenset[str]) -> Resolution:
    """A decoded URL is used only when it is http(s) and not Google's own."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return Resolution(error=f"Google News gave a URL that is not one: {url[:200]!r}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Resolution(error=f"Google News gave a URL that is not http(s): {url[:200]!r}")
    if parts.netloc.lower() in hosts or (parts.hostname or "").lower() in hosts:
        return Resolution(error=f"Google News gave one of its own URLs: {url[:200]!r}")
    return Resolution(url=url.strip())
