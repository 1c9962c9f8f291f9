"""`kuril-monitor web`: the alert history as a small read-only web site.

Shell module: a Starlette app rendered with Jinja2 templates (monitor/templates) and served
by uvicorn. Pages: the timeline of alerts with filters and search (and a weekly chart),
one alert with its diff, sources and deliveries, the status board, the decisions on
articles that did not alert, and an Atom feed of alerts (/alerts.atom). A retracted alert
shows its correction (when and why) everywhere it appears.

It must not write: the database is opened read-only (`Store.open(path, readonly=True)`)
and every read goes through `review` and the store. Templates autoescape everything, and
links are emitted only for http(s) URLs. No JavaScript and no external assets; a
Content-Security-Policy forbids scripts outright. Bound to loopback it is open to the
machine; bound anywhere else it refuses to start without KURIL_WEB_TOKEN, and whenever
that token is set every request must carry it (`?token=`, the cookie set after a
`?token=` visit, or `Authorization: Bearer`). The token gate and the security headers are
monitor.web.webaccess's; this module is the command, the templates and the pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import logging
import math
import os
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp

from monitor.core.knowledge import Knowledge
from monitor.edges.store import Store
from monitor.files.config import Config
from monitor.shell import review
from monitor.shell.app import load_knowledge, open_store
from monitor.web.webaccess import SecurityHeaders, TokenGate

log = logging.getLogger("monitor.web.site")

TOKEN_ENV = "KURIL_WEB_TOKEN"
PER_PAGE = 30
FEED_SIZE = 50
WEEKS = 52
KIND_LABELS = {"new_development": "New development", "status_change": "Status change"}


# ----------------------------------------------------------------------------- the command


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind_host(host: str) -> str | None:
    """The address to bind: an IPv6 literal may come in brackets, as in URLs (`[::1]`), and
    is bound without them. None for brackets around anything but an IPv6 address."""
    if not (host.startswith("[") and host.endswith("]")):
        return host
    try:
        return str(ipaddress.IPv6Address(host[1:-1]))
    except ValueError:
        return None


def command(config: Config, args: argparse.Namespace) -> int:
    """Serve until interrupted; 2 when a non-loopback bind has no token or the host is not
    a host, 1 with no database."""
    import uvicorn

    token = os.environ.get(TOKEN_ENV) or None
    host = bind_host(args.host)
    if host is None:
        print(
            f"kuril-monitor web: --host {args.host}: brackets hold an IPv6 address "
            "(e.g. [::1]); give a name or an IPv4 address without them",
            file=sys.stderr,
        )
        return 2
    if token is None and not is_loopback(host):
        print(
            f"kuril-monitor web: refusing to listen on {args.host} without an access token; "
            f"set {TOKEN_ENV} (or listen on 127.0.0.1)",
            file=sys.stderr,
        )
        return 2
    path = config.sqlite_path
    if path is not None and not path.exists():
        print(
            f"kuril-monitor web: no database at {path} yet (run the monitor first)",
            file=sys.stderr,
        )
        return 1
    rules, seeds = load_knowledge(config)
    app = create_app(config, seeds, tuple(r.id for r in rules.rules), token)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).setLevel(logging.WARNING)
    log.info("web.serving", extra={"host": host, "port": args.port, "token": bool(token)})
    # access_log off: uvicorn would write each request's query string, ?token= included
    uvicorn.run(app, host=host, port=args.port, log_config=None, access_log=False)
    return 0


# ----------------------------------------------------------------------------- templates


def safe_href(url: object) -> str:
    """The URL if it is http(s), else "" — a feed's `javascript:` link never becomes a link."""
    text = str(url or "").strip()
    parts = urlsplit(text)
    return text if parts.scheme in ("http", "https") and parts.netloc else ""


def _when(value: object, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime(fmt)
    text = str(value or "")
    try:
        return dt.datetime.fromisoformat(text).astimezone(dt.UTC).strftime(fmt)
    except ValueError:
        return text


def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("monitor", "templates"),
        autoescape=True,  # every template, .atom included: article text is never markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["href"] = safe_href
    env.filters["when"] = _when
    env.filters["day"] = lambda v: _when(v, "%Y-%m-%d")
    env.filters["decision"] = lambda d: str(d).replace("_", " ")
    env.globals["KIND_LABELS"] = KIND_LABELS
    return Jinja2Templates(env=env)


# ----------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Site:
    """What the pages read: the open store, the seeds, the rule names."""

    knowledge: Knowledge
    rules: tuple[str, ...]
    templates: Jinja2Templates
    css: bytes


def _site(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _filters(
    request: Request, kinds: tuple[str, ...]
) -> tuple[review.Filters, dict[str, str], list[str]]:
    """Filters from the query string (bad values are reported and ignored)."""
    q = request.query_params
    values = {k: q.get(k, "").strip() for k in ("q", "since", "until", "rule", "lang", "kind")}
    errors: list[str] = []
    since = until = None
    for key in ("since", "until"):
        if not values[key]:
            continue
        try:
            when = review.parse_when(values[key])
        except ValueError:
            errors.append(f"“{values[key]}” is not a date (YYYY-MM-DD)")
            values[key] = ""
            continue
        if key == "since":
            since = when
        else:
            # a date in the form is inclusive: up to the end of that day
            until = when + dt.timedelta(days=1) if len(values[key]) <= 10 else when
    if values["lang"] not in ("", *review.LANGS):
        values["lang"] = ""
    if values["kind"] not in ("", *kinds):
        values["kind"] = ""
    filters = review.Filters(
        since=since,
        until=until,
        rule=values["rule"] or None,
        lang=values["lang"] or None,
        kind=values["kind"] or None,
        search=values["q"] or None,
    )
    return filters, values, errors


def _page(request: Request) -> int:
    try:
        return max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        return 1


def _page_url(request: Request, values: Mapping[str, str], page: int) -> str:
    kept = [(k, v) for k, v in values.items() if v]
    if page > 1:
        kept.append(("page", str(page)))
    return request.url.path + (f"?{urlencode(kept)}" if kept else "")


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    base = str(request.scope.get("root_path", "")).rstrip("/")
    return _site(request).templates.TemplateResponse(
        request, name, {"base": base, **context}, status_code=status
    )


async def timeline(request: Request) -> Response:
    """The alerts, newest first, with filters, search and the weekly chart."""
    store = _store(request)
    filters, values, errors = _filters(request, review.ALERT_KINDS)
    page = _page(request)
    total = store.review_alert_count(**filters.alert_args())
    pages = max(1, math.ceil(total / PER_PAGE))
    page = min(page, pages)
    records = store.review_alerts(
        **filters.alert_args(), limit=PER_PAGE, offset=(page - 1) * PER_PAGE
    )
    deliveries = store.review_deliveries([r.id for r in records])
    alerts = [review.alert_dict(r, deliveries[r.id]) for r in records]
    return _render(
        request,
        "timeline.html",
        {
            "nav": "timeline",
            "alerts": alerts,
            "total": total,
            "values": values,
            "errors": errors,
            "rules": _site(request).rules,
            "langs": review.LANGS,
            "kinds": review.ALERT_KINDS,
            "chart": review.weekly_chart(store.review_weekly(WEEKS)),
            "newer": _page_url(request, values, page - 1) if page > 1 else None,
            "older": _page_url(request, values, page + 1) if page < pages else None,
            "page": page,
            "pages": pages,
            "filtered": any(values.values()),
        },
    )


async def alert_page(request: Request) -> Response:
    """One alert: the diff, every source with its own decision, and its deliveries."""
    alert_id = int(request.path_params["alert_id"])
    detail = review.alert_detail(_store(request), alert_id)
    if detail is None:
        raise HTTPException(404, f"There is no alert #{alert_id}.")
    return _render(request, "alert.html", {"nav": "timeline", "alert": detail})


async def statuses(request: Request) -> Response:
    """The status board: each tracked matter, its current state and its history."""
    board = review.status_board(_site(request).knowledge, _store(request).review_status_moves())
    return _render(request, "statuses.html", {"nav": "statuses", "board": board})


async def decisions(request: Request) -> Response:
    """Articles that did not alert (or any one decision), with the reason."""
    store = _store(request)
    filters, values, errors = _filters(request, review.DECISIONS)
    args = filters.decision_args()
    args["alerted"] = None if filters.kind else False
    page = _page(request)
    total = store.review_decision_count(**args)
    pages = max(1, math.ceil(total / PER_PAGE))
    page = min(page, pages)
    rows = store.review_decisions(**args, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return _render(
        request,
        "decisions.html",
        {
            "nav": "decisions",
            "rows": rows,
            "total": total,
            "values": values,
            "errors": errors,
            "rules": _site(request).rules,
            "langs": review.LANGS,
            "kinds": review.DECISIONS,
            "newer": _page_url(request, values, page - 1) if page > 1 else None,
            "older": _page_url(request, values, page + 1) if page < pages else None,
            "page": page,
            "pages": pages,
            "filtered": any(values.values()),
        },
    )


async def atom(request: Request) -> Response:
    """The newest alerts as an Atom feed; the timeline's filters apply."""
    store = _store(request)
    filters, _, _ = _filters(request, review.ALERT_KINDS)
    records = store.review_alerts(**filters.alert_args(), limit=FEED_SIZE)
    deliveries = store.review_deliveries([r.id for r in records])
    alerts = [review.alert_dict(r, deliveries[r.id]) for r in records]
    env = _site(request).templates.env
    diff = env.get_template("_diff.html")
    correction = env.get_template("_retraction.html")
    base = str(request.base_url).rstrip("/")
    entries = [
        {"alert": a, "content": correction.render(alert=a) + diff.render(alert=a, base="")}
        for a in alerts
    ]
    # a retraction updates its entry, so feed readers show the correction
    updated = max(
        (a["retracted_at"] or a["created_at"] for a in alerts),
        default="1970-01-01T00:00:00+00:00",
    )
    body = env.get_template("alerts.atom").render(
        entries=entries,
        base=base,
        updated=updated,
        self_url=str(request.url.remove_query_params("token")),
    )
    return Response(body, media_type="application/atom+xml; charset=utf-8")


async def stylesheet(request: Request) -> Response:
    return Response(
        _site(request).css,
        media_type="text/css; charset=utf-8",
        headers={"cache-control": "public, max-age=3600"},
    )


async def not_found(request: Request, exc: Exception) -> Response:
    detail = exc.detail if isinstance(exc, HTTPException) else "Not found."
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    return _render(request, "error.html", {"nav": "", "message": detail}, status=status)


# ----------------------------------------------------------------------------- the app


def create_app(
    config: Config, knowledge: Knowledge, rules: tuple[str, ...], token: str | None
) -> ASGIApp:
    """The web app over the config's database, opened read-only for the app's lifetime."""
    css = resources.files("monitor").joinpath("static/style.css").read_bytes()
    site = Site(knowledge, rules, templates(), css)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # opened on the event loop's thread; every page reads there, in short queries
        store = open_store(config, readonly=True)
        app.state.store = store
        try:
            yield
        finally:
            store.close()

    app = Starlette(
        routes=[
            Route("/", timeline),
            Route("/alerts/{alert_id:int}", alert_page),
            Route("/statuses", statuses),
            Route("/decisions", decisions),
            Route("/alerts.atom", atom),
            Route("/static/style.css", stylesheet),
        ],
        exception_handlers={HTTPException: not_found},
        lifespan=lifespan,
    )
    app.state.site = site
    return SecurityHeaders(TokenGate(app, token))
