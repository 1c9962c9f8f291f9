"""A stand-in for Google News's endpoints on a `NewsWorld`, for the real decoding code path.

    google = GoogleNewsStandIn(world)
    link = google.link_via_api("https://publisher.example/a")   # needs the two requests
    link = google.link_offline("https://publisher.example/a")   # the URL is in the ID
    google.answer = "garbage"      # or "429", "ok"
    google.requests                # ("params" | "batch", article id) in arrival order

It answers `GET /rss/articles/ID` with a page holding `data-n-a-sg` and `data-n-a-ts`,
and `POST /_/DotsSplashUi/data/batchexecute` with a `garturlres` row, checking that the
signature and timestamp sent are the ones its page gave.
"""

from __future__ import annotations

import base64
import json
import secrets
from typing import Literal
from urllib.parse import parse_qs

from support.newsworld import NewsWorld, _Handler

Answer = Literal["ok", "garbage", "429"]


def _varint(n: int) -> bytes:
    out = b""
    while True:
        byte, n = n & 0x7F, n >> 7
        out += bytes([byte | (0x80 if n else 0)])
        if not n:
            return out


def article_id(payload: bytes) -> str:
    """An ID as Google writes it: base64url of a protobuf whose field 4 holds `payload`."""
    proto = b"\x08\x13\x22" + _varint(len(payload)) + payload + b"\xd2\x01\x00"
    return base64.urlsafe_b64encode(proto).decode().rstrip("=")


class GoogleNewsStandIn:
    """Google News's article and batchexecute endpoints, played on a NewsWorld."""

    def __init__(self, world: NewsWorld) -> None:
        self.world = world
        self.answer: Answer = "ok"
        self.retry_after = "120"
        self.requests: list[tuple[str, str]] = []
        self._targets: dict[str, str] = {}  # article id -> publisher URL
        self._signatures: dict[str, tuple[str, str]] = {}
        world._route("/_/DotsSplashUi/data/batchexecute", self._batch)

    def link_offline(self, url: str) -> str:
        """A link of the old format: the publisher's URL is inside its ID."""
        return f"https://news.google.com/rss/articles/{article_id(url.encode())}?oc=5"

    def link_via_api(self, url: str) -> str:
        """A link of the newer format (`AU_yqL…`): only Google's answer tells the URL."""
        art = article_id(b"AU_yqL" + secrets.token_urlsafe(60).encode())
        self._targets[art] = url
        self._signatures[art] = (secrets.token_urlsafe(24), "1764000000")
        self.world._route(f"/rss/articles/{art}", lambda h: self._params(h, art))
        return f"https://news.google.com/rss/articles/{art}?oc=5"

    def _refuse(self, h: _Handler) -> bool:
        if self.answer == "429":
            h.send(
                429, {"Retry-After": self.retry_after, "Content-Type": "text/html"}, b"slow down"
            )
            return True
        return False

    def _params(self, h: _Handler, art: str) -> None:
        self.requests.append(("params", art))
        if self._refuse(h):
            return
        sg, ts = self._signatures[art]
        if self.answer == "garbage":
            page = "<html><body>Before you continue to Google</body></html>"
        else:
            page = (
                '<html><body><c-wiz><div jscontroller="aLI87" jsdata="x" '
                f'data-n-a-id="{art}" data-n-a-ts="{ts}" data-n-a-sg="{sg}">'
                "</div></c-wiz></body></html>"
            )
        h.send(200, {"Content-Type": "text/html; charset=utf-8"}, page.encode())

    def _batch(self, h: _Handler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        form = parse_qs(h.rfile.read(length).decode())
        envelopes = json.loads(form["f.req"][0])[0]
        inner = json.loads(envelopes[0][1])
        art, ts, sg = inner[2], inner[3], inner[4]
        self.requests.append(("batch", art))
        if self._refuse(h):
            return
        if self._signatures.get(art) != (sg, str(ts)) or inner[0] != "garturlreq":
            h.send(400, {"Content-Type": "text/plain"}, b"bad request")
            return
        payload = json.dumps(["garturlres", self._targets[art], 1])
        rows = [["wrb.fr", "Fbv4je", payload, None, None, None, "generic"], ["di", 42]]
        body = ")]}'\n\n" + json.dumps(rows)
        h.send(200, {"Content-Type": "application/json; charset=utf-8"}, body.encode())
