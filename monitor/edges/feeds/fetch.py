"""Fetch feeds and article pages over HTTP with httpx, within `FetchLimits`.

A total deadline, a cap on the decompressed body and per-host and global concurrency
limits hold for every request; every hop passes the guard. A feed that fails is a
`FeedResult` carrying an error, never an exception, and httpx's errors never leave this
module untranslated. It must not decide anything about the news, touch the store or keep
state between fetches beyond the connection pool and the per-host slots.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Self
from urllib.parse import urljoin

import httpx

from monitor.core.models import FeedResult, HttpState, Page
from monitor.edges.feeds.body import (
    _BodyTooLarge,
    _Decoder,
    _drain,
    _media_type,
    _Response,
    _ResponseError,
)
from monitor.edges.feeds.guard import (
    Resolver,
    _guarded_transport,
    _split,
    _system_resolve,
    check_url,
)
from monitor.edges.feeds.limits import FetchLimits, Offload
from monitor.edges.feeds.parse import parse_feed
from monitor.errors import FetchError, WorkError

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})

# ----------------------------------------------------------------------------- fetching


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After value (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _now() -> datetime:
    return datetime.now(UTC)


class Fetcher:
    """Owns one httpx client; polls feeds and fetches pages within `FetchLimits`.

    Use as `async with Fetcher(limits) as fetcher:`. `transport` replaces the network
    (tests); `resolve` replaces the system resolver; `clock` gives aware UTC now; `offload`
    runs the parse of a feed's bytes (the monitor passes its worker pool).
    """

    def __init__(
        self,
        limits: FetchLimits,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        resolve: Resolver | None = None,
        clock: Callable[[], datetime] = _now,
        offload: Offload = asyncio.to_thread,
    ) -> None:
        self.limits = limits
        self._offload = offload
        self._transport = transport
        self._resolve: Resolver = resolve or _system_resolve
        self._clock = clock
        self._client: httpx.AsyncClient | None = None
        self._global = asyncio.Semaphore(limits.concurrency)
        # per-host slots, with how many fetches hold or wait for each: an idle host's slot
        # is dropped by `prune_hosts` (the daemon's daily prune), so the table stays small
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._host_users: dict[str, int] = {}

    async def __aenter__(self) -> Self:
        transport = self._transport or _guarded_transport(self.limits, self._resolve)
        self._client = httpx.AsyncClient(
            transport=transport,
            trust_env=False,
            follow_redirects=False,
            timeout=httpx.Timeout(self.limits.timeout),
            headers={"User-Agent": self.limits.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def poll(self, feed_id: str, url: str, http: HttpState) -> FeedResult:
        """Conditionally GET a feed and parse it; every expected failure is a value."""
        headers = {"Accept": FEED_ACCEPT}
        etag, last_modified = _validator(http.etag), _validator(http.last_modified)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            resp = await self._fetch(url, headers, html_only=False)
        except FetchError as exc:
            status = exc.status if isinstance(exc, _ResponseError) else None
            return FeedResult(feed_id, status=status, http=http, error=str(exc))
        retry_after = parse_retry_after(resp.headers.get("retry-after"), self._server_now(resp))
        if resp.status == 304:
            fresh = HttpState(
                etag=_validator(resp.headers.get("etag")) or http.etag,
                last_modified=_validator(resp.headers.get("last-modified")) or http.last_modified,
            )
            return FeedResult(feed_id, status=304, http=fresh, not_modified=True)
        if not 200 <= resp.status < 300:
            return FeedResult(
                feed_id,
                status=resp.status,
                http=http,
                error=_status_text(resp),
                retry_after=retry_after,
            )
        content_type = resp.headers.get("content-type")
        try:
            # feedparser is CPU-bound and the bytes are anyone's: off the loop, in time
            items = await self._offload(parse_feed, feed_id, resp.body, resp.url, content_type)
        except FetchError as exc:
            return FeedResult(feed_id, status=resp.status, http=http, error=str(exc))
        except WorkError as exc:
            error = f"not parsed: {exc}"
            return FeedResult(feed_id, status=resp.status, http=http, error=error)
        fresh = HttpState(
            etag=_validator(resp.headers.get("etag")),
            last_modified=_validator(resp.headers.get("last-modified")),
        )
        return FeedResult(feed_id, status=resp.status, items=items, http=fresh)

    async def page(self, url: str) -> Page:
        """GET an HTML article page; FetchError (or BlockedAddress) when that fails."""
        resp = await self._fetch(url, {"Accept": PAGE_ACCEPT}, html_only=True)
        if not 200 <= resp.status < 300:
            raise _ResponseError(f"{_status_text(resp)} for {url}", resp.status)
        if resp.body.startswith(b"%PDF-"):
            raise _ResponseError(f"not an HTML page (a PDF document) at {url}", resp.status)
        return Page(
            url=url,
            final_url=resp.url,
            status=resp.status,
            body=resp.body,
            content_type=resp.headers.get("content-type", ""),
        )

    def _server_now(self, resp: _Response) -> datetime:
        # Retry-After dates are relative to the server's clock when it tells us its time.
        date = resp.headers.get("date")
        if date:
            try:
                when = parsedate_to_datetime(date)
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
            else:
                return when if when.tzinfo else when.replace(tzinfo=UTC)
        return self._clock()

    @property
    def hosts(self) -> int:
        """How many hosts the fetcher keeps a slot for."""
        return len(self._hosts)

    def prune_hosts(self) -> int:
        """Drop the slots of hosts nothing is fetching from or waiting for; how many went."""
        idle = [host for host in self._hosts if not self._host_users.get(host)]
        for host in idle:
            del self._hosts[host]
            self._host_users.pop(host, None)
        return len(idle)

    @asynccontextmanager
    async def _host_slot(self, host: str, deadline_at: float) -> AsyncIterator[float]:
        """One of the host's `per_host` connections, waited for until `deadline_at` at most
        (then FetchError); yields the seconds it waited."""
        slot = self._hosts.get(host)
        if slot is None:
            slot = self._hosts[host] = asyncio.Semaphore(self.limits.per_host)
        self._host_users[host] = self._host_users.get(host, 0) + 1
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            try:
                async with asyncio.timeout_at(deadline_at):
                    await slot.acquire()
            except TimeoutError as exc:
                raise FetchError(
                    f"no complete answer within {self.limits.deadline:g} s (all of it waiting "
                    f"for one of {self.limits.per_host} connections to {host})"
                ) from exc
            try:
                yield loop.time() - started
            finally:
                slot.release()
        finally:
            self._host_users[host] -= 1

    async def _fetch(self, url: str, headers: dict[str, str], *, html_only: bool) -> _Response:
        """GET `url`, following redirects by hand so the guard sees every hop.

        The deadline counts from the call: the wait for one of a host's `per_host`
        connections is part of it, so the items queued behind a slow host fail at their
        deadline instead of waiting their turn for hours. A host's slot is taken before a
        global one, so waiting for a slow host never holds a connection others could use;
        the wait for a global slot (the monitor's own limit) is not counted.
        """
        if self._client is None:
            raise RuntimeError("Fetcher used outside `async with`")
        limits = self.limits
        loop = asyncio.get_running_loop()
        visits: dict[str, int] = {}
        current = url
        deadline_at = loop.time() + limits.deadline
        for _ in range(limits.max_redirects + 1):
            visits[current] = visits.get(current, 0) + 1
            _, host, _ = _split(current)
            async with self._host_slot(host.lower(), deadline_at) as waited:
                waiting = loop.time()
                async with self._global:
                    deadline_at += loop.time() - waiting
                    try:
                        async with asyncio.timeout_at(deadline_at):
                            if not limits.allow_private_addresses:
                                await check_url(current, self._resolve)
                            resp = await self._get(current, headers, html_only=html_only)
                    except TimeoutError as exc:
                        queued = ""
                        if waited >= 1:
                            queued = f" ({waited:.0f} s of it waiting for {host})"
                        raise FetchError(
                            f"no complete answer within {limits.deadline:g} s{queued}"
                        ) from exc
            location = resp.headers.get("location")
            if resp.status not in REDIRECTS or not location:
                return resp
            current = urljoin(current, location.strip())
            # One return to a URL is allowed (cookie-setting sites redirect to themselves).
            if visits.get(current, 0) >= 2:
                raise _ResponseError(f"redirect loop at {current}", resp.status)
        if max(visits.values()) > 1:
            raise _ResponseError(f"redirect loop at {current}", resp.status)
        raise _ResponseError(f"more than {limits.max_redirects} redirects", resp.status)

    async def _get(self, url: str, headers: dict[str, str], *, html_only: bool) -> _Response:
        """One request and its capped body; httpx errors become FetchError."""
        assert self._client is not None
        try:
            request = self._client.build_request("GET", url, headers=headers)
            resp = await self._client.send(request, stream=True)
        except (httpx.InvalidURL, httpx.TransportError) as exc:
            raise _fetch_error(exc, url, self.limits.timeout) from exc
        try:
            status = resp.status_code
            if not 200 <= status < 300:
                await _drain(resp)
                return _Response(status, resp.reason_phrase, resp.headers, b"", str(resp.url))
            if html_only:
                _require_html(resp)
            body = await self._read(resp)
            return _Response(status, resp.reason_phrase, resp.headers, body, str(resp.url))
        except httpx.TimeoutException as exc:
            raise _ResponseError(
                f"timed out ({_timeout_kind(exc)}) after {self.limits.timeout:g} s",
                resp.status_code,
            ) from exc
        except httpx.TransportError as exc:
            raise _ResponseError(_network_text(exc), resp.status_code) from exc
        finally:
            await resp.aclose()

    async def _read(self, resp: httpx.Response) -> bytes:
        limit = self.limits.max_bytes
        encoding = resp.headers.get("content-encoding", "")
        too_large = _ResponseError(f"body larger than {limit} bytes", resp.status_code)
        length = resp.headers.get("content-length", "")
        if (
            encoding.strip().lower() in ("", "identity")
            and length.isdigit()
            and int(length) > limit
        ):
            raise too_large
        try:
            decoder = _Decoder(encoding, limit)
        except FetchError as exc:
            raise _ResponseError(str(exc), resp.status_code) from exc
        parts: list[bytes] = []
        try:
            async for chunk in resp.aiter_raw():
                parts.append(decoder.feed(chunk))
            parts.append(decoder.finish())
        except _BodyTooLarge:
            raise too_large from None
        except FetchError as exc:
            raise _ResponseError(str(exc), resp.status_code) from exc
        return b"".join(parts)

    # ------------------------------------------------------------------------- exchanges

    async def exchange(
        self,
        method: str,
        url: str,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
    ) -> Reply:
        """One request (a GET or a POST to an API such as Google News's), redirects not
        followed: the caller decides where to go. The same guard, host slot, deadline and
        body cap as every fetch; FetchError when no usable answer arrived."""
        if self._client is None:
            raise RuntimeError("Fetcher used outside `async with`")
        _, host, _ = _split(url)
        limits = self.limits
        deadline_at = asyncio.get_running_loop().time() + limits.deadline
        # a host's slot before a global one, and the deadline counted from the call (_fetch)
        async with self._host_slot(host.lower(), deadline_at), self._global:
            try:
                async with asyncio.timeout_at(deadline_at):
                    if not limits.allow_private_addresses:
                        await check_url(url, self._resolve)
                    request = self._client.build_request(
                        method, url, headers=headers or {}, content=body
                    )
                    resp = await self._client.send(request, stream=True)
                    try:
                        if 200 <= resp.status_code < 300:
                            data = await self._read(resp)
                        else:
                            await _drain(resp)
                            data = b""
                        answer = {k.lower(): v for k, v in resp.headers.items()}
                        return Reply(resp.status_code, answer, data, str(resp.url))
                    finally:
                        await resp.aclose()
            except TimeoutError as exc:
                raise FetchError(f"no complete answer within {limits.deadline:g} s") from exc
            except (httpx.InvalidURL, httpx.TransportError) as exc:
                raise _fetch_error(exc, url, limits.timeout) from exc


def _fetch_error(
    exc: httpx.InvalidURL | httpx.TransportError, url: str, timeout: float
) -> FetchError:
    """What an httpx failure of one request says to the operator."""
    if isinstance(exc, httpx.InvalidURL):
        return FetchError(f"invalid URL {url!r}: {exc}")
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(f"timed out ({_timeout_kind(exc)}) after {timeout:g} s")
    return FetchError(_network_text(exc))


@dataclass(frozen=True)
class Reply:
    """The answer to `Fetcher.exchange`: status, headers (names lower-cased), body."""

    status: int
    headers: dict[str, str]
    body: bytes
    url: str


def _validator(value: str | None) -> str | None:
    """A validator fit to send back: printable ASCII of sane length, else None.

    A server's odd ETag must not make every later request to it invalid.
    """
    if not value or len(value) > 1024 or not all(" " <= c <= "~" for c in value):
        return None
    return value


def _require_html(resp: httpx.Response) -> None:
    content_type = resp.headers.get("content-type")
    media = _media_type(content_type)
    if media and media not in PAGE_TYPES:
        raise _ResponseError(f"not an HTML page ({media})", resp.status_code)


def _status_text(resp: _Response) -> str:
    return f"HTTP {resp.status} {resp.reason}".rstrip()


def _timeout_kind(exc: httpx.TimeoutException) -> str:
    names = {
        httpx.ConnectTimeout: "connect",
        httpx.ReadTimeout: "read",
        httpx.WriteTimeout: "write",
        httpx.PoolTimeout: "waiting for a connection",
    }
    return next((v for k, v in names.items() if isinstance(exc, k)), "network")


def _network_text(exc: httpx.TransportError) -> str:
    detail = str(exc).strip() or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {detail}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"bad or cut-off response: {detail}"
    return f"network error: {detail}"


# ----------------------------------------------------------------------------- parsing
