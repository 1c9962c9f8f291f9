"""The web site's access control: the token gate every request passes when
KURIL_WEB_TOKEN is set (`?token=`, the cookie set after a `?token=` visit, or
`Authorization: Bearer`), and the security headers (a Content-Security-Policy that forbids
scripts) on every response.

It renders no page beyond the form that asks for the token, reads no database, and never
logs or echoes the token.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "kuril_web"
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",  # article links must not carry a ?token= onwards
    "x-frame-options": "DENY",
}


def _cookie_value(token: str) -> str:
    """What the cookie holds: derived from the token, so a leaked cookie is not the token."""
    return hmac.new(token.encode(), b"kuril-monitor web cookie", hashlib.sha256).hexdigest()


ASK_FOR_TOKEN = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Access token · Kuril monitor</title><link rel="stylesheet" href="/static/style.css">
</head><body><main class="wrap"><div class="page-head"><h1>Access token needed</h1>
<p class="lede">This monitor's pages are private. Enter the access token you were given.</p>
</div><form class="filters" method="get"><div class="field grow">
<label for="token">Access token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
</div><div class="actions"><button type="submit">Open</button></div></form>
</main></body></html>
"""


class TokenGate:
    """ASGI middleware: with a token set, a request without it gets 401.

    The token is accepted as `?token=` (a page visit then drops it from the address and
    sets a cookie derived from it), as that cookie, or as `Authorization: Bearer`. The
    stylesheet is public: the page asking for the token needs it.
    """

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    def _matches(self, given: str, expected: str) -> bool:
        return hmac.compare_digest(given.encode(), expected.encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.token is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        given = request.query_params.get("token")
        if given is not None and self._matches(given, self.token):
            if request.method == "GET" and request.url.path != "/alerts.atom":
                # take the token out of the address bar and history; the cookie carries it
                kept = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                target = request.url.path + (f"?{urlencode(kept)}" if kept else "")
                response: Response = RedirectResponse(target, status_code=303)
                self._set_cookie(response, request)
                await response(scope, receive, send)
                return
            await self.app(scope, receive, send)  # a feed reader keeps ?token= in its URL
            return
        bearer = request.headers.get("authorization", "")
        allowed = (
            request.url.path == "/static/style.css"
            or (bearer[:7].lower() == "bearer " and self._matches(bearer[7:].strip(), self.token))
            or self._matches(request.cookies.get(COOKIE, ""), _cookie_value(self.token))
        )
        if allowed:
            await self.app(scope, receive, send)
            return
        headers = {"www-authenticate": 'Bearer realm="kuril-monitor"'}
        if "text/html" in request.headers.get("accept", ""):
            response = HTMLResponse(ASK_FOR_TOKEN, status_code=401, headers=headers)
        else:
            response = PlainTextResponse(
                "401: an access token is needed: add ?token=… to the address, or send "
                "Authorization: Bearer …\n",
                status_code=401,
                headers=headers,
            )
        await response(scope, receive, send)

    def _set_cookie(self, response: Response, request: Request) -> None:
        assert self.token is not None
        response.set_cookie(
            COOKIE,
            _cookie_value(self.token),
            max_age=30 * 24 * 3600,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
        )


class SecurityHeaders:
    """ASGI middleware: the same protective headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for key, value in SECURITY_HEADERS.items():
                    if key.encode() not in present:
                        headers.append((key.encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
