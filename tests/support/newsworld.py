"""A real HTTP server on 127.0.0.1 that plays the news web for tests.

    with NewsWorld() as world:
        url = world.add_feed("/feed.xml", [{"title": "...", "link": world.url("/a/1")}])
        world.add_page("/a/1", "<html>...</html>")
        world.fail("/down.xml", 503, {"Retry-After": "120"})
        ...
        world.requests  # [(method, path, headers), ...] in arrival order
        world.most_at_once  # the most requests it was answering at one time

Feeds and pages get an ETag and a Last-Modified and answer conditional requests with
304; `add_raw` answers exactly what it is given (validators only if its headers hold
them). Fault helpers: `fail`, `redirect`, `trickle`, `stall`, `reset`, `stream`.
A path registered again replaces the earlier answer. Unknown paths get 404.
"""

from __future__ import annotations

import hashlib
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal, NamedTuple
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

__all__ = ["NewsWorld", "Received", "atom_feed", "rss_feed"]


class Received(NamedTuple):
    """One request the world received; header names are lower-cased."""

    method: str
    path: str
    headers: dict[str, str]
    port: int = 0  # the client's port: one per connection


Respond = Callable[["_Handler"], None]


def _date(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def rss_feed(items: Sequence[Mapping[str, Any]], *, title: str = "News", link: str = "") -> bytes:
    """An RSS 2.0 document (UTF-8) from dicts with title, link, summary, published, guid."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>{escape(link)}</link>",
        "<description>Test feed</description>",
    ]
    for item in items:
        out.append("<item>")
        if item.get("title") is not None:
            out.append(f"<title>{escape(str(item['title']))}</title>")
        if item.get("link"):
            out.append(f"<link>{escape(str(item['link']))}</link>")
        if item.get("summary") is not None:
            out.append(f"<description>{escape(str(item['summary']))}</description>")
        published = _date(item.get("published"))
        if published is not None:
            out.append(f"<pubDate>{format_datetime(published.astimezone(UTC), True)}</pubDate>")
        if item.get("guid"):
            out.append(f'<guid isPermaLink="false">{escape(str(item["guid"]))}</guid>')
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode()


def atom_feed(items: Sequence[Mapping[str, Any]], *, title: str = "News", link: str = "") -> bytes:
    """An Atom 1.0 document (UTF-8) from the same dicts as `rss_feed`."""
    stamps = [d for d in (_date(i.get("published")) for i in items) if d is not None]
    updated = max(stamps, default=datetime(2024, 1, 1, tzinfo=UTC))
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title><id>urn:newsworld:{escape(title)}</id>",
        f"<updated>{updated.isoformat()}</updated>",
    ]
    if link:
        out.append(f"<link href={quoteattr(link)}/>")
    for item in items:
        out.append("<entry>")
        out.append(f"<title>{escape(str(item.get('title') or ''))}</title>")
        if item.get("link"):
            out.append(f"<link href={quoteattr(str(item['link']))}/>")
        ident = item.get("guid") or item.get("link") or ""
        out.append(f"<id>{escape(str(ident))}</id>")
        if item.get("summary") is not None:
            out.append(f"<summary>{escape(str(item['summary']))}</summary>")
        published = _date(item.get("published"))
        if published is not None:
            out.append(f"<published>{published.isoformat()}</published>")
            out.append(f"<updated>{published.isoformat()}</updated>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self.server.world._dispatch(self)

    def do_HEAD(self) -> None:
        self.server.world._dispatch(self)

    def do_POST(self) -> None:
        self.server.world._dispatch(self)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the test output is not the place for an access log

    def send(self, status: int, headers: Mapping[str, str], body: bytes = b"") -> None:
        self.send_response(status)
        names = {k.lower() for k in headers}
        for name, value in headers.items():
            self.send_header(name, value)
        if "content-length" not in names and status not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and status not in (204, 304):
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    world: NewsWorld

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up mid-answer are what the fault helpers are for


class NewsWorld:
    """Feeds, pages and faults served over real HTTP on 127.0.0.1 (a context manager)."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.most_at_once = 0  # the most requests answered at one time, to see overlap
        self.answering = 0  # requests being answered now
        self._routes: dict[str, Respond] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------------- lifecycle

    def __enter__(self) -> NewsWorld:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.world = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()  # wakes stalled and trickling answers
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("NewsWorld is not running; use it with `with`")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def hits(self, path: str) -> int:
        """How many requests arrived for a path (query strings ignored)."""
        return sum(1 for r in list(self.requests) if urlsplit(r.path).path == path)

    # ------------------------------------------------------------------------- content

    def add_feed(
        self,
        path: str,
        items: Sequence[Mapping[str, Any]],
        fmt: Literal["rss", "atom"] = "rss",
        *,
        title: str = "News",
        last_modified: datetime | None = None,
    ) -> str:
        """Serve a feed built from item dicts; returns its URL."""
        if fmt == "rss":
            body, media = rss_feed(items, title=title, link=self.base_url), "application/rss+xml"
        elif fmt == "atom":
            body, media = atom_feed(items, title=title, link=self.base_url), "application/atom+xml"
        else:
            raise ValueError(f"unknown feed format {fmt!r}")
        return self._add_versioned(path, body, f"{media}; charset=utf-8", last_modified)

    def add_page(
        self,
        path: str,
        html: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        *,
        last_modified: datetime | None = None,
    ) -> str:
        """Serve an HTML page (or any document); returns its URL."""
        body = html.encode() if isinstance(html, str) else html
        return self._add_versioned(path, body, content_type, last_modified)

    def add_raw(
        self, path: str, body: bytes, headers: Mapping[str, str] | None = None, status: int = 200
    ) -> str:
        """Serve exactly this status, these headers and these bytes; returns its URL."""
        fixed = dict(headers or {})

        def respond(h: _Handler) -> None:
            if status < 300 and _not_modified(h, fixed):
                h.send(304, _validators(fixed))
            else:
                h.send(status, fixed, body)

        return self._route(path, respond)

    def _add_versioned(
        self, path: str, body: bytes, content_type: str, last_modified: datetime | None
    ) -> str:
        stamp = last_modified or datetime.now(UTC).replace(microsecond=0)
        headers = {
            "Content-Type": content_type,
            "ETag": '"' + hashlib.sha256(body).hexdigest()[:20] + '"',
            "Last-Modified": format_datetime(stamp.astimezone(UTC), True),
        }
        return self.add_raw(path, body, headers)

    # ------------------------------------------------------------------------- faults

    def fail(self, path: str, status: int, headers: Mapping[str, str] | None = None) -> str:
        """Answer with an error status (and headers such as Retry-After)."""
        body = f"error {status}\n".encode()
        merged = {"Content-Type": "text/plain", **(headers or {})}
        return self._route(path, lambda h: h.send(status, merged, body))

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Redirect to another path or URL (Location is sent as given)."""
        return self._route(path, lambda h: h.send(status, {"Location": to}))

    def trickle(
        self,
        path: str,
        body: bytes,
        bytes_per_second: float,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Send the full Content-Length at once, then the body a byte at a time, slowly."""
        merged = {"Content-Type": "application/rss+xml", **(headers or {})}
        merged["Content-Length"] = str(len(body))
        pause = 1.0 / bytes_per_second

        def respond(h: _Handler) -> None:
            h.send(200, merged)
            for i in range(len(body)):
                if self._stop.wait(pause):
                    return
                h.wfile.write(body[i : i + 1])
                h.wfile.flush()

        return self._route(path, respond)

    def stall(
        self,
        path: str,
        seconds: float,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Say nothing for `seconds`, then answer 200 with `body`."""
        merged = dict(headers or {})

        def respond(h: _Handler) -> None:
            if not self._stop.wait(seconds):
                h.send(200, merged, body)

        return self._route(path, respond)

    def reset(self, path: str) -> str:
        """Close the connection (with a TCP reset) without any response."""

        def respond(h: _Handler) -> None:
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.close_connection = True

        return self._route(path, respond)

    def stream(
        self, path: str, chunks: Iterable[bytes], headers: Mapping[str, str] | None = None
    ) -> str:
        """Send chunks as they come, with no Content-Length, closing the connection at the end.

        Pass a generator to see how much a client read before it hung up.
        """
        merged = {"Content-Type": "application/octet-stream", **(headers or {})}
        merged["Connection"] = "close"

        def respond(h: _Handler) -> None:
            h.close_connection = True
            h.send_response(200)
            for name, value in merged.items():
                h.send_header(name, value)
            h.end_headers()
            for chunk in chunks:
                if self._stop.is_set():
                    return
                h.wfile.write(chunk)

        return self._route(path, respond)

    # ------------------------------------------------------------------------- plumbing

    def _route(self, path: str, respond: Respond) -> str:
        with self._lock:
            self._routes[path] = respond
        return self.url(path)

    def _dispatch(self, h: _Handler) -> None:
        headers = {k.lower(): v for k, v in h.headers.items()}
        self.requests.append(Received(h.command, h.path, headers, h.client_address[1]))
        with self._lock:
            respond = self._routes.get(h.path) or self._routes.get(urlsplit(h.path).path)
        if respond is None:
            h.send(404, {"Content-Type": "text/plain"}, b"not found\n")
            return
        with self._lock:
            self.answering += 1
            self.most_at_once = max(self.most_at_once, self.answering)
        try:
            respond(h)
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True
        finally:
            with self._lock:
                self.answering -= 1


def _validators(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() in ("etag", "last-modified")}


def _not_modified(h: _Handler, headers: Mapping[str, str]) -> bool:
    """Whether a conditional request matches the resource's validators (RFC 9110 order)."""
    lower = {k.lower(): v for k, v in headers.items()}
    etag, modified = lower.get("etag"), lower.get("last-modified")
    if_none_match = h.headers.get("If-None-Match")
    if if_none_match is not None:
        if etag is None:
            return False
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or etag.removeprefix("W/") in tags
    since = h.headers.get("If-Modified-Since")
    if since and modified:
        try:
            return parsedate_to_datetime(modified) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll `predicate` until it is true or `timeout` passes; for threads in tests."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
