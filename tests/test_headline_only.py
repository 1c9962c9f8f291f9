"""Headline-only items: a paywall, a page built by scripts, an empty page or a page that
never arrives is decided on the headline and the feed's description, and the alert and
`explain` say so (real pages on 127.0.0.1, real runs)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.botapi import BotApi
from support.monitorrun import CHANNEL, run_cli, write_config
from support.newsworld import NewsWorld

from monitor.core.models import FeedItem
from monitor.edges.extract import extract_article, page_headline, why_no_text
from monitor.errors import NoArticleText

T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
HEADLINE = "Russian troops hold live-fire drills on Shikotan, Tokyo protests"
SUMMARY = (
    "Russia held live-fire drills on Shikotan Island in the southern Kurils on Monday; "
    "Japan lodged a protest."
)
TEASER = "Russia held drills on Shikotan on Monday. " * 3
PAYWALL = f"""<!DOCTYPE html><html><head><title>{HEADLINE}</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "isAccessibleForFree": "False",
"hasPart": {{"@type": "WebPageElement", "isAccessibleForFree": "False"}}}}</script>
</head><body><article><h1>{HEADLINE}</h1><p>{TEASER}</p>
<div class="paywall">Subscribe to read the rest.</div></article></body></html>"""
SCRIPTED = f"""<!DOCTYPE html><html><head><title>{HEADLINE}</title>
<meta name="description" content="{SUMMARY}">
<script src="/static/app.js"></script></head>
<body><div id="root"></div><noscript>Please enable JavaScript.</noscript></body></html>"""
ITEM = FeedItem("wire", "k", "https://news.example/a", HEADLINE, SUMMARY, T0)


def test_a_paywalled_teaser_is_no_article() -> None:
    """A page that says it is not free and shows a teaser gives no text, with the reason."""
    with pytest.raises(NoArticleText, match="paywall") as caught:
        extract_article(ITEM, ITEM.link, PAYWALL.encode(), now=datetime.now(UTC))
    assert caught.value.title == HEADLINE


def test_a_page_built_by_scripts_is_no_article_and_keeps_its_description() -> None:
    """A script-only page is named as such, with its own title and description."""
    with pytest.raises(NoArticleText, match="built by scripts") as caught:
        extract_article(ITEM, ITEM.link, SCRIPTED.encode(), now=datetime.now(UTC))
    assert (caught.value.title, caught.value.description) == (HEADLINE, SUMMARY)


def test_a_full_paid_article_is_read() -> None:
    """A paid page that shows the whole story is an article, not a teaser."""
    body = PAYWALL.replace(TEASER, "Russia held live-fire drills on Shikotan. " * 40)
    assert "Shikotan" in extract_article(ITEM, ITEM.link, body.encode(), now=datetime.now(UTC)).text


def test_why_no_text_and_page_headline() -> None:
    """An empty page has no text; a page's og:title wins over its <title>."""
    assert why_no_text("<html><body></body></html>", "") == "no article text found on the page"
    assert why_no_text("<html></html>", "x" * 500) == ""
    page = '<title>Site | A</title><meta content="A &amp; B" property="og:title">'
    assert page_headline(page) == ("A & B", "")


def _serve(world: NewsWorld, page: str, html: str) -> str:
    world.add_page(f"/a/{page}.html", html)
    item = {
        "title": HEADLINE,
        "link": world.url(f"/a/{page}.html"),
        "summary": SUMMARY,
        "published": T0,
    }
    world.add_feed("/feed.xml", [item], title="Kuril Wire")
    return world.url("/feed.xml")


def test_a_paywalled_page_alerts_on_its_headline_at_once_and_says_so(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """A paywall is not tried again: the first run alerts, marked "Headline only" with the
    reason, and the article is stored as decided on the feed's text."""
    feed = _serve(world, "paid", PAYWALL)
    config = write_config(tmp_path, [{"id": "wire", "url": feed}], bot, page_attempts=4)
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr
    (alert,) = bot.sent(CHANNEL)
    assert "Headline only:" in alert
    assert "the page is behind a paywall" in alert
    assert world.hits("/a/paid.html") == 1
    shown = run_cli(config, "history", "show", "1", token=None)
    assert "Text:  headline only: the page is behind a paywall" in shown.stdout
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    assert db.execute("SELECT from_feed_only, text FROM articles").fetchall() == [(1, SUMMARY)]


def test_a_page_built_by_scripts_is_tried_again_then_alerts_on_its_headline(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """A script-only page may be a passing bot challenge: tried `page_attempts` times, then
    decided on the headline, the alert saying why."""
    feed = _serve(world, "app", SCRIPTED)
    config = write_config(tmp_path, [{"id": "wire", "url": feed}], bot, page_attempts=2)
    assert run_cli(config, "run", "--once").returncode == 0
    assert bot.sent(CHANNEL) == []
    assert run_cli(config, "run", "--once").returncode == 0
    (alert,) = bot.sent(CHANNEL)
    assert "Headline only:" in alert
    assert "built by scripts" in alert
    assert world.hits("/a/app.html") == 2


def test_a_page_that_never_arrives_alerts_on_its_headline_after_its_tries(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """A page failing with 503 is tried `page_attempts` times; the alert names why."""
    item = {"title": HEADLINE, "link": world.url("/a/gone.html"), "summary": SUMMARY}
    world.add_feed("/feed.xml", [{**item, "published": T0}])
    world.fail("/a/gone.html", 503)
    config = write_config(
        tmp_path, [{"id": "wire", "url": world.url("/feed.xml")}], bot, page_attempts=1
    )
    assert run_cli(config, "run", "--once").returncode == 0
    (alert,) = bot.sent(CHANNEL)
    assert "Headline only:" in alert
    assert "could not be fetched (HTTP 503" in alert


def test_explain_says_headline_only_and_decides_on_title_and_description(
    tmp_path: Path,
) -> None:
    """`explain` on a script-only page reads its title and description, and says so."""
    page = tmp_path / "scripted.html"
    page.write_text(SCRIPTED, encoding="utf-8")
    config = write_config(tmp_path, [])
    proc = run_cli(config, "explain", str(page), "--date", "2026-03-03", token=None)
    assert proc.returncode == 0, proc.stderr
    assert "HEADLINE ONLY (the page is built by scripts" in proc.stdout
    assert f"Article:   {HEADLINE}" in proc.stdout
    assert "Decision:  new_development" in proc.stdout
