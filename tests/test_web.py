"""`kuril-monitor web` in real headless Chromium, on a history the monitor stored itself.

Two real `run --once` cycles fill the database; the web command runs as a process on a
free 127.0.0.1 port; Chromium (Debian's, driven by Playwright) reads the pages, with and
without JavaScript, on a desktop and a phone-sized screen.
"""

from __future__ import annotations

import fnmatch
import hashlib
import itertools
import os
import socket
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from support.reviewworld import (
    ALERT_KINDS,
    CHANNEL,
    EXPECTED,
    HOSTILE,
    HOSTILE_TITLE,
    ROOT,
    ReviewWorld,
    published,
)

from monitor.web.site import safe_href

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TOKEN_ENV = "KURIL_WEB_TOKEN"
ATOM = "{http://www.w3.org/2005/Atom}"
DRILLS = "new-shikotan-drills"
GRAVES = "status-grave-visits"
DRILLS_TITLE = "Russian troops hold live-fire drills on Shikotan, Tokyo protests"
GRAVES_TITLE = "Russia allows former islanders to resume grave visits to the southern Kurils"
ALERTING = sorted((n for n, d in EXPECTED.items() if d in ALERT_KINDS), key=published)
QUIET = [n for n, d in EXPECTED.items() if d not in ALERT_KINDS]  # did not alert


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _env(token: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (TOKEN_ENV, "TELEGRAM_BOT_TOKEN")}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    if token is not None:
        env[TOKEN_ENV] = token
    return env


def _http() -> httpx.Client:
    return httpx.Client(trust_env=False, timeout=10, follow_redirects=False)


@contextmanager
def serve(
    config: Path, log: Path, token: str | None = None, host: str = "127.0.0.1"
) -> Iterator[str]:
    """`kuril-monitor web --host HOST` as a process on a free loopback port; stopped on exit."""
    port = _free_port()
    address = host.strip("[]")
    base = f"http://{'[' + address + ']' if ':' in address else address}:{port}"
    argv = ["web", "--host", host, "--port", str(port)]
    with log.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(config), *argv],
            stdout=err,
            stderr=err,
            env=_env(token),
            cwd=ROOT,
        )
        try:
            deadline = time.monotonic() + 30
            with _http() as client:
                while True:
                    assert proc.poll() is None, log.read_text(encoding="utf-8")
                    try:
                        client.get(base + "/static/style.css")
                        break
                    except httpx.TransportError:
                        assert time.monotonic() < deadline, "the web server did not start"
                        time.sleep(0.1)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@pytest.fixture(scope="module")
def site(review: ReviewWorld) -> Iterator[str]:
    """The web command serving that history on 127.0.0.1, without a token."""
    with serve(review.config, review.config.parent / "web.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make chromium` installs it")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh desktop-sized page with JavaScript on, as a person's browser has it."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    yield context.new_page()
    context.close()


def _headlines(page: Page) -> list[str]:
    return [t.strip() for t in page.locator(".timeline .headline").all_inner_texts()]


def test_timeline_lists_alerts_and_shows_markup_as_text(site: str, page: Page) -> None:
    """The timeline lists every alert; a title carrying a script is shown, never run."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site + "/")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    headlines = _headlines(page)
    assert len(headlines) == len(ALERTING)
    known = [h for h in headlines if h in (GRAVES_TITLE, HOSTILE_TITLE, DRILLS_TITLE)]
    assert known == [GRAVES_TITLE, HOSTILE_TITLE, DRILLS_TITLE]  # newest first
    assert page.get_by_text(HOSTILE_TITLE, exact=True).is_visible()
    assert page.locator("script").count() == 0
    assert page.locator(".headline b").count() == 0
    assert page.locator(".lede").inner_text() == f"{len(ALERTING)} alerts"
    badges = [b.strip().lower() for b in page.locator(".timeline .badge").all_inner_texts()]
    assert badges[headlines.index(GRAVES_TITLE)] == "status change"
    assert badges[headlines.index(DRILLS_TITLE)] == "new development"
    assert all(url.startswith(site) for url in requests), requests  # no external assets


def test_alert_page_shows_the_diff_and_every_source(
    site: str, page: Page, review: ReviewWorld
) -> None:
    """Following an alert shows what is new, what was known, all sources and deliveries."""
    page.goto(site + "/")
    page.get_by_role("link", name="Russian troops hold live-fire drills on Shikotan").click()
    page.wait_for_url(site + f"/alerts/{review.alert(DRILLS)}")
    assert page.locator("h1").inner_text() == (
        "Russian troops hold live-fire drills on Shikotan, Tokyo protests"
    )
    new = page.locator(".block.new li").all_inner_texts()
    assert any("Eastern Military District" in claim for claim in new)
    assert page.locator(".block.known li").count() >= 1
    sources = page.locator(".source-list li")
    assert sources.count() == 3
    hrefs = [a.get_attribute("href") or "" for a in sources.locator("a").all()]
    assert [h.rsplit("/", 1)[-1] for h in hrefs] == [
        "new-shikotan-drills.html",
        "same-shikotan-drills-ru.html",
        "same-shikotan-drills-ja.html",
    ]
    assert [li.get_attribute("lang") for li in sources.all()] == ["en", "ru", "ja"]
    assert "На Шикотане прошли учения" in sources.nth(1).inner_text()
    rows = page.locator(".deliveries tbody tr").all_inner_texts()
    assert any(CHANNEL in r and "send" in r and "sent" in r for r in rows), rows
    assert page.locator(".deliveries h2 .delivery").inner_text() == "sent"


def test_hostile_alert_page_never_runs_the_script(
    site: str, page: Page, review: ReviewWorld
) -> None:
    """The alert whose title is `<script>…</script><b>…</b>` shows it as literal text."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site + f"/alerts/{review.alert(HOSTILE)}")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert page.locator("h1 b").count() == 0
    assert page.locator("script").count() == 0
    assert page.title().startswith(f"#{review.alert(HOSTILE)} <script>window.__pwned=1</script>")
    assert page.locator(".source-list a").first.inner_text() == HOSTILE_TITLE
    assert dialogs == []


def test_search_and_filters_work_without_javascript(site: str, browser: Browser) -> None:
    """With JavaScript off, the search box and the filters narrow the timeline."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site + "/")
        page.fill("#q", "bastion")  # only in the article's text
        page.click("button[type=submit]")
        assert _headlines(page) == [HOSTILE_TITLE]
        assert "q=bastion" in page.url

        page.goto(site + "/")
        page.fill("#q", "шикотан")  # an attached Russian report, any case
        page.click("button[type=submit]")
        assert _headlines(page) == [DRILLS_TITLE]

        page.goto(site + "/")
        page.select_option("#kind", "status_change")
        page.click("button[type=submit]")
        assert GRAVES_TITLE in _headlines(page)
        assert page.locator(".timeline .badge.new_development").count() == 0

        page.goto(site + "/")
        page.fill("#since", "2026-03-01")
        page.fill("#until", "2026-05-12")
        page.click("button[type=submit]")
        spring = [
            n for n in ALERTING if "2026-03-01" <= published(n).date().isoformat() <= "2026-05-12"
        ]
        assert len(_headlines(page)) == len(spring)  # the end date is inclusive
        assert HOSTILE_TITLE in _headlines(page)  # published on 2026-05-12

        page.goto(site + "/?lang=ja")
        assert _headlines(page) == []
        assert "No alert matches" in page.locator(".timeline").inner_text()
    finally:
        context.close()


def test_status_board_shows_seed_history_and_learned_moves(
    site: str, page: Page, review: ReviewWorld
) -> None:
    """Each tracked status shows its state now and its history, seeds then alerts."""
    page.goto(site + "/")
    page.get_by_role("link", name="Statuses").click()
    page.wait_for_url(site + "/statuses")
    visas = page.locator("#former-residents-visits")
    assert visas.locator(".badge").inner_text().lower() == "running"
    assert visas.locator(".current").inner_text().startswith("NOW")
    assert "resumed" in visas.locator(".current").inner_text()
    graves = review.alert(GRAVES)
    link = visas.get_by_role("link", name=f"alert #{graves}")
    assert link.get_attribute("href") == f"/alerts/{graves}"
    earlier = visas.locator(".history li").all_inner_texts()
    assert len(earlier) == 3
    assert "NHK World, 2022-09-06" in earlier[0]
    assert earlier[0].strip().startswith("2022-09-05")
    assert all("seed" in e for e in earlier)
    talks = page.locator("#peace-treaty-talks")
    assert talks.locator(".badge").inner_text().lower() == "not running"
    assert "Halted by Russia" in talks.locator(".current").inner_text()
    assert page.locator(".board > section").count() >= 6


def test_decisions_view_explains_articles_that_did_not_alert(
    site: str, page: Page, review: ReviewWorld
) -> None:
    """The decisions view lists the articles that did not alert, each with its reason."""
    page.goto(site + "/decisions")
    cards = page.locator(".decision-card")
    assert cards.count() == len(QUIET)
    decisions = {c.locator(".badge").inner_text().lower() for c in cards.all()}
    assert decisions == {EXPECTED[n].replace("_", " ") for n in QUIET}
    assert all(r.strip() for r in page.locator(".decision-card .reason").all_inner_texts())
    japanese = cards.filter(has_text="色丹島でロシア軍が実弾演習")
    drills = review.alert(DRILLS)
    assert f"alert #{drills}" in japanese.locator(".reason").inner_text()
    link = japanese.get_by_role("link", name=f"alert #{drills}")
    assert link.get_attribute("href") == f"/alerts/{drills}"
    page.select_option("#kind", "restatement")
    page.click("button[type=submit]")
    assert page.locator(".decision-card").count() == list(EXPECTED.values()).count("restatement")
    assert "restatement" in page.locator(".lede").inner_text()


def test_weekly_chart_is_inline_svg_drawn_by_the_server(site: str, browser: Browser) -> None:
    """Articles and alerts per week are inline SVG bars, present with JavaScript off."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site + "/")
        chart = page.locator(".chart svg")
        assert chart.count() == 1
        weeks: dict[str, list[int]] = {}
        for name, decision in EXPECTED.items():
            day = published(name).date()
            week = weeks.setdefault((day - timedelta(days=day.weekday())).isoformat(), [0, 0])
            week[0] += 1
            week[1] += decision in ALERT_KINDS
        titles = chart.locator("rect.bar title").all_text_contents()
        for week, (articles, alerts) in weeks.items():
            assert f"Week of {week}: {articles} article{'s' if articles > 1 else ''}" in titles
            if alerts:
                assert f"Week of {week}: {alerts} alert{'s' if alerts > 1 else ''}" in titles
        assert chart.locator("rect.bar.alerts").count() == sum(1 for w in weeks.values() if w[1])
        rows = [
            [cell.text_content() or "" for cell in row.locator("td").all()]
            for row in page.locator(".chart-data tbody tr").all()
        ]
        table = {r[0]: [int(r[1]), int(r[2])] for r in rows}
        assert {w: v for w, v in table.items() if v != [0, 0]} == weeks
        assert list(table) == sorted(table)  # every week of the span, empty ones too
        mondays = [date.fromisoformat(w) for w in table]
        assert {(b - a).days for a, b in itertools.pairwise(mondays)} == {7}
    finally:
        context.close()


def test_pages_fit_a_phone_screen(site: str, browser: Browser, review: ReviewWorld) -> None:
    """On a phone-sized screen no page scrolls sideways (wide tables and the chart scroll)."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        paths = ["/", "/statuses", "/decisions", *(f"/alerts/{i}" for i in review.alerts.values())]
        for path in paths:
            page.goto(site + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, (path, width)
            assert page.evaluate("typeof window.__pwned") == "undefined"
    finally:
        context.close()


def test_unknown_alert_is_a_404_page(site: str, page: Page) -> None:
    """An alert id that does not exist answers 404 with a page that links back."""
    response = page.goto(site + "/alerts/9999")
    assert response is not None
    assert response.status == 404
    assert "There is no alert #9999." in page.locator(".lede").inner_text()


def test_atom_feed_lists_alerts_with_titles_as_text(site: str, review: ReviewWorld) -> None:
    """/alerts.atom is Atom with one entry per alert; markup in a title stays text."""
    with _http() as client:
        response = client.get(site + "/alerts.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(ALERTING)
    links = [e.find(f"{ATOM}link[@rel='alternate']") for e in entries]
    hrefs = [link.get("href") if link is not None else None for link in links]
    assert hrefs == [f"{site}/alerts/{review.alert(n)}" for n in ALERTING[::-1]]
    by_name = dict(zip(ALERTING[::-1], entries, strict=True))
    assert by_name[HOSTILE].findtext(f"{ATOM}title") == f"New development: {HOSTILE_TITLE}"
    assert by_name[GRAVES].findtext(f"{ATOM}title") == f"Status change: {GRAVES_TITLE}"
    content = by_name[HOSTILE].findtext(f"{ATOM}content") or ""
    assert "&lt;script&gt;" in content  # HTML content: the title's markup escaped once more
    assert "<script>" not in content
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(entries)


def test_database_is_only_read(site: str, review: ReviewWorld, browser: Browser) -> None:
    """Browsing every page leaves the database file byte for byte as it was."""
    before = hashlib.sha256(review.database.read_bytes()).hexdigest()
    context = browser.new_context()
    try:
        page = context.new_page()
        for path in ("/", "/alerts/1", "/statuses", "/decisions", "/?q=kuril", "/alerts.atom"):
            page.goto(site + path)
    finally:
        context.close()
    assert hashlib.sha256(review.database.read_bytes()).hexdigest() == before


def test_token_is_required_when_set(review: ReviewWorld, browser: Browser) -> None:
    """With KURIL_WEB_TOKEN set, pages need it: ?token= once (then a cookie), or a bearer."""
    token = "s3cret-review-token"
    with serve(review.config, review.config.parent / "web-token.log", token=token) as base:
        with _http() as client:
            assert client.get(base + "/").status_code == 401
            assert client.get(base + "/alerts.atom").status_code == 401
            assert client.get(base + "/?token=wrong").status_code == 401
            bearer = {"authorization": f"Bearer {token}"}
            assert client.get(base + "/statuses", headers=bearer).status_code == 200
            assert client.get(base + f"/alerts.atom?token={token}").status_code == 200
            first = client.get(base + f"/decisions?kind=restatement&token={token}")
            assert first.status_code == 303
            assert first.headers["location"] == "/decisions?kind=restatement"
            assert token not in first.headers["set-cookie"]
        context = browser.new_context(java_script_enabled=False)
        try:
            page = context.new_page()
            response = page.goto(base + "/")
            assert response is not None
            assert response.status == 401
            assert page.locator("h1").inner_text() == "Access token needed"
            page.fill("#token", token)
            page.click("button[type=submit]")
            assert page.url == base + "/"  # the token left the address bar
            assert len(_headlines(page)) == len(ALERTING)
            page.get_by_role("link", name="Statuses").click()  # the cookie carries on
            page.wait_for_url(base + "/statuses")
            assert page.locator(".board > section").count() >= 6
            assert token not in str(context.cookies())
        finally:
            context.close()


def test_refuses_a_public_bind_without_a_token(review: ReviewWorld) -> None:
    """Listening beyond loopback without KURIL_WEB_TOKEN is refused before binding."""
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(review.config), "web",
         "--host", "0.0.0.0", "--port", str(_free_port())],
        capture_output=True, text=True, timeout=60, env=_env(), cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert TOKEN_ENV in proc.stderr


@pytest.mark.parametrize("host", ["[::1]", "::1"])
def test_serves_on_an_ipv6_loopback_literal_with_or_without_brackets(
    review: ReviewWorld, host: str
) -> None:
    """`--host [::1]` (as in a URL) and `--host ::1` both bind IPv6 loopback and serve."""
    with serve(review.config, review.config.parent / "web6.log", host=host) as base:
        assert base.startswith("http://[::1]:")
        with _http() as client:
            assert client.get(base + "/").status_code == 200


def test_brackets_around_anything_but_ipv6_are_refused_clearly(review: ReviewWorld) -> None:
    """`--host [localhost]` is refused before binding, saying what brackets are for."""
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(review.config), "web",
         "--host", "[localhost]", "--port", str(_free_port())],
        capture_output=True, text=True, timeout=60, env=_env(), cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "brackets hold an IPv6 address" in proc.stderr


def test_only_http_links_become_links() -> None:
    """A `javascript:` or other non-web URL from a feed is never emitted as an href."""
    assert safe_href("https://tass.com/politics/1") == "https://tass.com/politics/1"
    assert safe_href("http://127.0.0.1:8080/a") == "http://127.0.0.1:8080/a"
    for url in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//x.org/", ""):
        assert safe_href(url) == ""


def test_templates_and_stylesheet_ship_with_the_package() -> None:
    """Every template and the stylesheet fall under pyproject's package-data globs."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        globs = tomllib.load(f)["tool"]["setuptools"]["package-data"]["monitor"]
    files = [
        p.relative_to(ROOT / "monitor").as_posix()
        for folder in ("templates", "static")
        for p in (ROOT / "monitor" / folder).iterdir()
    ]
    assert "templates/timeline.html" in files
    assert "static/style.css" in files
    assert all(any(fnmatch.fnmatch(f, g) for g in globs) for f in files), (files, globs)
