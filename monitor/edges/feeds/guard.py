"""The private-address guard: which IP addresses and URLs a fetch may reach.

Every request passes it on the first URL and on each redirect hop (`check_url`), and
again at connect time (`_guarded_transport`), so a second DNS answer cannot differ from
the one checked. It must not fetch anything itself: it resolves, checks and connects.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from monitor.edges.feeds.limits import FetchLimits
from monitor.errors import BlockedAddress, FetchError

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""Resolve (host, port) to IP address strings; the default asks the system resolver."""


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
