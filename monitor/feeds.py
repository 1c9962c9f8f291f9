"""Fetch feeds and article pages over HTTP, and parse feed documents into `FeedItem`s.

The edge between the monitor and the web: httpx for transport, feedparser for parsing.
Every request passes the private-address guard (on the first URL and on each redirect
hop, and again at connect time so a second DNS answer cannot differ), a total deadline,
a cap on the decompressed body and per-host and global concurrency limits.

It must not decide anything about the news, touch the store or keep state between
fetches beyond the connection pool; a feed that fails is a `FeedResult` carrying an
error, never an exception, and third-party errors never leave this module untranslated.
`parse_feed` is pure: bytes in, items out.
"""

from __future__ import annotations

import asyncio
import calendar
import codecs
import html
import io
import ipaddress
import re
import socket
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar
from urllib.parse import urljoin, urlsplit

import feedparser
import httpcore
import httpx

from monitor.errors import BlockedAddress, FetchError, WorkError
from monitor.models import FeedItem, FeedResult, HttpState, Page, text_codec

__all__ = [
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "MAX_ITEMS",
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

MAX_ITEMS = 1000
MAX_ELEMENTS = 100_000  # elements of a feed's document, once cut to MAX_ITEMS entries
MAX_DEPTH = 256  # how deep they may nest (real feeds: a dozen, XHTML content included)
MAX_TITLE = 1_000  # characters kept of an item's title
MAX_SUMMARY = 20_000  # and of its summary: the fallback text when the page cannot be had

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""Resolve (host, port) to IP address strings; the default asks the system resolver."""

T = TypeVar("T")


class Offload(Protocol):
    """Runs `fn(*args)` off the event loop: the monitor's worker pool, bounded in time
    (a `WorkError` when it overran), or a thread (`asyncio.to_thread`, the default)."""

    async def __call__(self, fn: Callable[..., T], /, *args: Any) -> T: ...


@dataclass(frozen=True)
class FetchLimits:
    """How far one fetch may go: time, size, redirects, addresses and concurrency."""

    timeout: float = 20.0  # per network operation (connect, each read, write)
    deadline: float = 0.0  # whole fetch including the body; 0 means 3 × timeout
    max_bytes: int = 5_000_000  # decompressed body
    max_redirects: int = 5
    allow_private_addresses: bool = False
    per_host: int = 4
    concurrency: int = 32
    user_agent: str = "kuril-monitor/0.1 (news monitor; feed reader)"

    def __post_init__(self) -> None:
        if self.deadline <= 0:
            object.__setattr__(self, "deadline", 3 * self.timeout)
        for name in ("timeout", "deadline"):
            if not getattr(self, name) > 0:
                raise ValueError(f"FetchLimits.{name} must be positive")
        for name in ("max_bytes", "per_host", "concurrency"):
            if getattr(self, name) < 1:
                raise ValueError(f"FetchLimits.{name} must be at least 1")
        if self.max_redirects < 0:
            raise ValueError("FetchLimits.max_redirects must not be negative")


# ----------------------------------------------------------------------------- the guard

_METADATA = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack
        ipaddress.ip_address("fd00:ec2::254"),  # AWS over IPv6
        ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
    }
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def blocked_reason(address: str) -> str | None:
    """Why the guard refuses an IP address string, or None when it may be reached."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if ip in _METADATA:
        return "cloud metadata address"
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv6 address can carry an IPv4 one that the socket layer would reach.
        nat64 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None
        teredo = ip.teredo[1] if ip.teredo else None
        for inner in (ip.ipv4_mapped, ip.sixtofour, teredo, nat64):
            if inner is not None:
                reason = blocked_reason(str(inner))
                if reason:
                    return f"{reason} (inside {ip})"
    checks = (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("not globally routable", not ip.is_global),
    )
    for reason, hit in checks:
        if hit:
            return reason
    return None


async def _system_resolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def _addresses(host: str, port: int, resolve: Resolver, *, check: bool) -> list[str]:
    """Resolve a host and, when `check`, refuse it if any of its addresses is blocked."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        found: Sequence[str] = [host]
    except ValueError:
        try:
            found = await resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host}: {exc}") from exc
    addresses = list(dict.fromkeys(found))
    if not addresses:
        raise FetchError(f"cannot resolve {host}: no addresses")
    if check:
        for address in addresses:
            reason = blocked_reason(address)
            if reason:
                raise BlockedAddress(f"blocked: {host} resolves to {address} ({reason})")
    return addresses


def _split(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of an http(s) URL; BlockedAddress for any other scheme."""
    try:
        parts = urlsplit(url)
        scheme, host, port = parts.scheme.lower(), parts.hostname, parts.port
    except ValueError as exc:
        raise FetchError(f"invalid URL {url!r}: {exc}") from exc
    if scheme not in ("http", "https"):
        raise BlockedAddress(f"blocked: scheme {scheme or '(none)'!r} in {url!r}")
    if not host:
        raise FetchError(f"invalid URL {url!r}: no host")
    return scheme, host, port or (443 if scheme == "https" else 80)


async def check_url(url: str, resolve: Resolver | None = None) -> tuple[str, ...]:
    """Refuse (BlockedAddress) a URL that is not http(s) or whose host reaches a private,
    loopback, link-local, reserved, multicast, unspecified or metadata address.

    Returns the resolved addresses.
    """
    _, host, port = _split(url)
    found = await _addresses(host, port, resolve or _system_resolve, check=True)
    return tuple(found)


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Connects only to addresses it resolved and checked itself (no DNS rebinding)."""

    def __init__(self, resolve: Resolver, *, check: bool) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._resolve = resolve
        self._check = check

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface names it
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await _addresses(host, port, self._resolve, check=self._check)
        last: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None  # _addresses never returns an empty list
        raise last

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface names it
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress("blocked: unix sockets")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _guarded_transport(limits: FetchLimits, resolve: Resolver) -> httpx.AsyncHTTPTransport:
    httpx_limits = httpx.Limits(
        max_connections=limits.concurrency, max_keepalive_connections=limits.concurrency
    )
    transport = httpx.AsyncHTTPTransport(trust_env=False, limits=httpx_limits)
    # httpx does not expose httpcore's network_backend; the pool is swapped for one that
    # resolves and checks at connect time, so the checked address is the one connected.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=httpx_limits.max_connections,
        max_keepalive_connections=httpx_limits.max_keepalive_connections,
        keepalive_expiry=httpx_limits.keepalive_expiry,
        network_backend=_GuardedBackend(resolve, check=not limits.allow_private_addresses),
    )
    return transport


# ----------------------------------------------------------------------------- bodies


class _BodyTooLarge(Exception):
    pass


class _Decoder:
    """Undoes a Content-Encoding chunk by chunk without ever inflating past the cap."""

    def __init__(self, encoding: str, limit: int) -> None:
        self._limit = limit
        self.total = 0
        self._raw_deflate_fallback = False
        enc = encoding.strip().lower()
        self._z: Any
        if enc in ("", "identity"):
            self._z = None
        elif enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._z = zlib.decompressobj()
            self._raw_deflate_fallback = True  # some servers send raw deflate
        else:
            raise FetchError(f"unsupported content encoding {encoding!r}")

    def _count(self, n: int) -> None:
        self.total += n
        if self.total > self._limit:
            raise _BodyTooLarge

    def feed(self, data: bytes) -> bytes:
        if self._z is None:
            self._count(len(data))
            return data
        try:
            return self._inflate(data)
        except zlib.error as exc:
            if not (self._raw_deflate_fallback and self.total == 0):
                raise FetchError(f"cannot decompress the body: {exc}") from exc
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            self._raw_deflate_fallback = False
            try:
                return self._inflate(data)
            except zlib.error as exc2:
                raise FetchError(f"cannot decompress the body: {exc2}") from exc2

    def _inflate(self, data: bytes) -> bytes:
        out: list[bytes] = []
        while data and not self._z.eof:
            # Ask for at most one byte past the cap: a bomb stops here, not in memory.
            chunk = self._z.decompress(data, self._limit - self.total + 1)
            self._raw_deflate_fallback = False
            self._count(len(chunk))
            out.append(chunk)
            data = self._z.unconsumed_tail
        return b"".join(out)

    def finish(self) -> bytes:
        if self._z is None:
            return b""
        if not self._z.eof:
            raise FetchError("the compressed body is truncated")
        return b""


@dataclass(frozen=True)
class _Response:
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes
    url: str


class _ResponseError(FetchError):
    """A response arrived but could not be used; carries its status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


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


DRAIN_LIMIT = 64 * 1024  # bytes of an unwanted body read to keep its connection


async def _drain(resp: httpx.Response) -> None:
    """Read a body the monitor does not want (a 304's empty one, an error page) to its
    end, so that the connection goes back to the pool for the next request instead of
    being closed with the response; past `DRAIN_LIMIT` it is closed after all."""
    size = 0
    try:
        async for chunk in resp.aiter_raw():
            size += len(chunk)
            if size > DRAIN_LIMIT:
                return
    except (httpx.StreamError, httpx.TransportError):
        return  # nothing left to read, or a broken body: the status is what counts


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

_XML_DECL = re.compile(r"<\?.*?\?>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_PROLOG_PEEK = 65_536


def _prolog_text(body: bytes) -> str:
    """The start of a document as text, decoded just enough to read its markup."""
    head = body[:_PROLOG_PEEK]
    for bom, codec in (
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\x00\x00\x00<", "utf-32-be"),
        (b"<\x00\x00\x00", "utf-32-le"),
        (b"\x00<", "utf-16-be"),
        (b"<\x00", "utf-16-le"),
        (b"\x4c\x6f\xa7\x94", "cp037"),  # "<?xm" in EBCDIC
    ):
        if head.startswith(bom):
            return head.decode(codec, errors="ignore")
    # Every ASCII-compatible encoding keeps "<!DOCTYPE" as these bytes.
    return head.decode("latin-1")


# A DOCTYPE that only names the document type and its external DTD (RSS 0.91's Netscape
# DTD) declares nothing: no internal subset, so no entities. The external DTD is never read.
_PLAIN_DOCTYPE = re.compile(
    r"""<!DOCTYPE\s+[A-Za-z_][\w:.\-]*"""
    r"""(?:\s+(?:PUBLIC\s+(?:"[^"]*"|'[^']*')(?:\s+(?:"[^"]*"|'[^']*'))?"""
    r"""|SYSTEM\s+(?:"[^"]*"|'[^']*')))?\s*>""",
    re.I,
)


def _refuse_dtd(body: bytes) -> None:
    """Refuse an ENTITY declaration, or a DOCTYPE with an internal subset, before the root
    element (entity attacks); a prolog too long to read in full is refused too, since what
    it hides past the window could be either."""
    text = _prolog_text(body).lstrip("\ufeff\ufffe \t\r\n")
    cut = len(body) > _PROLOG_PEEK  # the text read is only the start of the document
    too_long = FetchError(
        f"refused: the document's prolog (before its root element) is longer than "
        f"{_PROLOG_PEEK // 1024} KB"
    )
    pos = 0
    doctypes = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos >= len(text):
            if cut:
                raise too_long
            return
        if text.startswith("<?", pos) or text.startswith("<!--", pos):
            m = (_XML_DECL if text[pos + 1] == "?" else _COMMENT).match(text, pos)
            if not m:
                if cut:
                    raise too_long
                return
            pos = m.end()
        elif text[pos : pos + 2] == "<!":
            word = text[pos + 2 : pos + 9].upper()
            if not word.startswith(("DOCTYPE", "ENTITY")):
                return
            m = _PLAIN_DOCTYPE.match(text, pos) if word.startswith("DOCTYPE") else None
            if m is None or doctypes:
                if m is None and cut and ">" not in text[pos:]:
                    raise too_long
                what = "DOCTYPE with declarations" if word.startswith("DOCTYPE") else "ENTITY"
                raise FetchError(f"refused: the document declares a {what}")
            doctypes += 1
            pos = m.end()
        else:
            return


_DROP = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|"
    r"footer|figure|figcaption|hr|pre|dd|dt|dl)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<![^>]*>|<\?[^>]*>")
_SPACE = re.compile(r"\s+")


def _plain(value: str, kind: str) -> str:
    """Text from a feed field: HTML stripped and unescaped, whitespace collapsed."""
    if "html" in kind:
        value = _COMMENT.sub(" ", value)
        value = _DROP.sub(" ", value)
        value = _BLOCK_TAG.sub(" ", value)
        value = _TAG.sub("", value)
        value = html.unescape(value)
    return _SPACE.sub(" ", value).strip()


# Mislabelled but readable documents: an empty feed with only these is still a feed.
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def _get(entry: Any, name: str) -> Any:
    # Plain dict lookup: FeedParserDict.get maps some missing keys to others, with a
    # DeprecationWarning (updated_parsed -> published_parsed).
    return dict.get(entry, name) if isinstance(entry, dict) else None


def _field(entry: Any, name: str, limit: int) -> str:
    value = _get(entry, name)
    if not isinstance(value, str):
        return ""
    detail = _get(entry, f"{name}_detail")
    kind = detail.get("type") if isinstance(detail, dict) else None
    # markup can be many times the text it holds: cut the raw value generously first
    text = _plain(value[: limit * 20], kind if isinstance(kind, str) else "text/html")
    return text[:limit]


_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.\-]*:)?(?:item|entry)\s*>", re.I)


def _cap_entries(body: bytes, limit: int = MAX_ITEMS) -> bytes:
    """The document with at most `limit` entries: the rest are cut out before parsing.

    feedparser needs seconds and hundreds of MB for 100,000 entries, and only the first
    MAX_ITEMS are kept anyway. What follows the last entry (the closing tags) is kept.
    """
    ends = _ENTRY_END.finditer(body)
    cut = next((m.end() for n, m in enumerate(ends, 1) if n == limit), None)
    if cut is None:
        return body
    last = cut
    for m in ends:
        last = m.end()
    return body[:cut] + body[last:]


_TAG_AT = re.compile(rb"<(/?)[A-Za-z_][^<>]*>")


def _refuse_oversized(body: bytes) -> None:
    """Refuse a document of more than MAX_ELEMENTS elements, or nested deeper than
    MAX_DEPTH, before feedparser reads it (about 25,000 elements a second, and more slowly
    the deeper they nest: 1.5 million nested elements took minutes and 590 MB). Text in
    CDATA sections and comments is not counted; one pass, each byte looked at once."""
    depth = elements = 0
    pos = body.find(b"<")
    while pos >= 0:
        for opener, closer in ((b"<![CDATA[", b"]]>"), (b"<!--", b"-->")):
            if body.startswith(opener, pos):
                end = body.find(closer, pos + len(opener))
                if end < 0:
                    return
                pos = body.find(b"<", end + len(closer))
                break
        else:
            m = _TAG_AT.match(body, pos)
            if m is None:
                pos = body.find(b"<", pos + 1)
                continue
            if m.group(1):
                depth -= 1
            else:
                elements += 1
                depth += 0 if m.group().endswith(b"/>") else 1
                if elements > MAX_ELEMENTS:
                    raise FetchError(f"refused: more than {MAX_ELEMENTS} elements")
                if depth > MAX_DEPTH:
                    raise FetchError(f"refused: elements nested more than {MAX_DEPTH} deep")
            pos = body.find(b"<", m.end())


def _published(entry: Any) -> datetime | None:
    for name in ("published_parsed", "updated_parsed"):
        parsed = _get(entry, name)
        if isinstance(parsed, time.struct_time | tuple):
            try:
                return datetime.fromtimestamp(calendar.timegm(tuple(parsed)), UTC)
            except (ValueError, OverflowError, OSError, TypeError):
                continue
    return None


def _link(entry: Any, base: str) -> str | None:
    raw = _get(entry, "link")
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        link = urljoin(base, raw.strip())
        scheme = urlsplit(link).scheme.lower()
    except ValueError:
        return None
    return link if scheme in ("http", "https") else None


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"),
    (b"\xef\xbb\xbf", "utf-8"),
)


def _bom_wins(body: bytes, content_type: str) -> str:
    """The content type with the charset a byte order mark says, when the body has one.

    A BOM is the document's own word and wins over the header: without a charset,
    `text/xml` means US-ASCII (RFC 3023), which would make a UTF-16 feed unreadable.
    """
    codec = next((c for bom, c in _BOMS if body.startswith(bom)), None)
    if codec is None:
        return content_type
    mime = content_type.split(";", 1)[0].strip() or "application/xml"
    return f"{mime}; charset={codec}"


def _text_charset_header(content_type: str) -> str:
    """The content type without a charset parameter that names no text encoding."""
    kept = [
        part
        for n, part in enumerate(content_type.split(";"))
        if n == 0
        or part.partition("=")[0].strip().lower() != "charset"
        or text_codec(part.partition("=")[2].strip().strip("\"'"))
    ]
    return ";".join(kept)


# feedparser's own test for the declared encoding (at the very start, after a BOM)
_XML_ENCODING = re.compile(rb"^<\?.*encoding=['\"](.*?)['\"].*\?>")
_PROLOG_ENCODING = re.compile(r"^<\?.*encoding=['\"](.*?)['\"].*\?>")


def _text_charset_declared(body: bytes) -> bytes:
    """The document with an XML declaration's encoding emptied when it names no text
    encoding (`encoding="punycode"`): feedparser then reads it as if none was declared."""
    start = 3 if body.startswith(codecs.BOM_UTF8) else 0
    m = _XML_ENCODING.match(body, start)
    if m is not None:
        label = m.group(1).decode("latin-1")
        return body if text_codec(label) else body[: m.start(1)] + body[m.end(1) :]
    # a UTF-16 or UTF-32 document: feedparser reads its declaration after decoding
    head = _prolog_text(body[:1024]).lstrip("\ufeff")
    declared = _PROLOG_ENCODING.match(head)
    if declared is not None and not text_codec(declared.group(1)):
        raise FetchError(f"refused: the feed declares {declared.group(1)!r}, not a text encoding")
    return body


def parse_feed(
    feed_id: str, body: bytes, url: str, content_type: str | None = None
) -> tuple[FeedItem, ...]:
    """Parse an RSS, Atom or RDF document into items; FetchError when it is not a feed."""
    _refuse_dtd(body)
    body = _cap_entries(body)
    _refuse_oversized(body)
    body = _text_charset_declared(body)
    # No content-location: feedparser would then resolve Atom ids, which are keys, not
    # links. Links are resolved here instead, against the URL the feed came from.
    headers = (
        {"content-type": _text_charset_header(_bom_wins(body, content_type))}
        if content_type
        else None
    )
    # A BytesIO, never bytes: feedparser opens bytes that look like a path as a local file.
    try:
        parsed = feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except (UnicodeError, LookupError, ValueError) as exc:
        # feedparser's encoding detection trips over mangled XML declarations.
        raise FetchError(f"not a feed: unreadable document ({exc})") from exc
    entries = parsed.get("entries") or []
    if not entries:
        if not parsed.get("version"):
            reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
            raise FetchError(f"not a feed: {reason or 'no RSS, Atom or RDF document found'}")
        if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), _BENIGN):
            raise FetchError(f"not a usable feed: {parsed.get('bozo_exception')}")
    items: list[FeedItem] = []
    keys: set[str] = set()
    channel = _channel_title(parsed)
    for entry in entries:
        link = _link(entry, url)
        if link is None:
            continue
        guid = _get(entry, "id")
        key = guid.strip() if isinstance(guid, str) and guid.strip() else link
        if key in keys:
            continue
        keys.add(key)
        items.append(
            FeedItem(
                feed_id=feed_id,
                key=key,
                link=link,
                title=_field(entry, "title", MAX_TITLE),
                summary=_field(entry, "summary", MAX_SUMMARY),
                published=_published(entry),
                channel=channel,
                **_source(entry, url),
            )
        )
        if len(items) >= MAX_ITEMS:
            break
    return tuple(items)


# ----------------------------------------------------------------------------- outlet names
# What a feed says about who published its items: the channel's own title, and an item's
# `<source url="…">Outlet</source>` (RSS 2.0; every Google News item has one).

MAX_NAME = 200  # characters kept of an outlet's name


def _channel_title(parsed: Any) -> str:
    feed = parsed.get("feed")
    title = _get(feed, "title")
    return _plain(title, "text/plain")[:MAX_NAME] if isinstance(title, str) else ""


def _source(entry: Any, base: str) -> dict[str, str]:
    """The item's `<source>`: the outlet's name and its site (http(s) only), or nothing."""
    source = _get(entry, "source")
    if not isinstance(source, dict):
        return {}
    title, href = source.get("title"), source.get("href")
    name = _plain(title, "text/plain")[:MAX_NAME] if isinstance(title, str) else ""
    site = ""
    if isinstance(href, str) and href.strip():
        try:
            site = urljoin(base, href.strip())
            if urlsplit(site).scheme.lower() not in ("http", "https"):
                site = ""
        except ValueError:
            site = ""
    return {"source": name, "source_url": site[:2000]} if name or site else {}
