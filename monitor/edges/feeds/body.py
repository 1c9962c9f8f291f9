"""Reading a response body within the size cap, and draining a body nobody wants.

`_Decoder` undoes a Content-Encoding chunk by chunk without inflating past the cap; the
response and error types here are the fetcher's own, never seen outside the package.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

import httpx

from monitor.errors import FetchError


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
