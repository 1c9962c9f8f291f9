"""One article, however reached: through Google News and the publisher's own feed, with
tracking parameters or without, on its AMP page or its own; real runs on 127.0.0.1."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from support.botapi import BotApi
from support.googlenews import GoogleNewsStandIn
from support.monitorrun import CHANNEL, run_cli, write_config
from support.newsworld import NewsWorld

from monitor.core.models import FeedItem
from monitor.edges.extract import canonical_link, clean_url, extract_article

PAGES = Path(__file__).parent / "data" / "articles"
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)


def test_clean_url_drops_tracking_and_keeps_the_rest() -> None:
    """utm_*, fbclid, gclid and the fragment go; other parameters stay in their order."""
    assert (
        clean_url("HTTPS://Www.Example.com:443/a/b?id=7&utm_source=gn&utm_medium=rss&p=2#top")
        == "https://www.example.com/a/b?id=7&p=2"
    )
    assert clean_url("https://tass.ru/politika/1?fbclid=x&gclid=y") == "https://tass.ru/politika/1"
    assert clean_url("http://127.0.0.1:8080/a?page=1") == "http://127.0.0.1:8080/a?page=1"
    assert clean_url("https://example.com") == "https://example.com/"
    assert clean_url("mailto:x@example.com") == "mailto:x@example.com"


def test_og_url_speaks_for_a_page_without_a_canonical_link() -> None:
    """og:url is the page's word about itself when it has no rel=canonical; cleaned."""
    url = "https://news.example/amp/a.html?utm_source=google"
    page = (
        (PAGES / "new-shikotan-drills.html")
        .read_bytes()
        .replace(
            b"</head>",
            b'<meta property="og:url" content="https://news.example/a.html?utm_campaign=x"></head>',
        )
    )
    article = extract_article(FeedItem("f", "k", url, "", "", T0), url, page, now=datetime.now(UTC))
    assert article.canonical_url == "https://news.example/a.html"
    assert canonical_link("https://other.example/a.html", url) is None


def _config(tmp: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi) -> Path:
    feeds = [
        {"id": "gnews", "url": world.url("/gnews.xml")},
        {"id": "publisher", "url": world.url("/publisher.xml")},
    ]
    path = write_config(tmp, feeds, bot, page_attempts=1)
    text = path.read_text(encoding="utf-8")
    text += f"google_news:\n  base_url: {google.world.base_url}\n  interval: 0\n"
    path.write_text(text, encoding="utf-8")
    return path


def _rows(tmp: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(tmp / "state" / "monitor.db") as db:
        return db.execute(sql).fetchall()


def test_the_same_story_via_google_news_and_the_publishers_feed_is_one_article(
    tmp_path: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi
) -> None:
    """Google's link resolves to the page with utm parameters, the publisher's feed links
    it plainly: one article stored, one alert with one source, both items done."""
    world.add_page("/pub/drills.html", (PAGES / "new-shikotan-drills.html").read_bytes())
    title = "Russian troops hold live-fire drills on Shikotan, Tokyo protests"
    link = google.link_via_api(world.url("/pub/drills.html?utm_source=gn&utm_medium=rss"))
    world.add_feed("/gnews.xml", [{"title": f"{title} - Wire", "link": link, "published": T0}])
    plain = world.url("/pub/drills.html")
    world.add_feed(
        "/publisher.xml", [{"title": title, "link": plain + "?fbclid=abc", "published": T0}]
    )
    config = _config(tmp_path, world, google, bot)
    assert run_cli(config, "run", "--once").returncode == 0
    assert run_cli(config, "run", "--once").returncode == 0
    assert _rows(tmp_path, "SELECT url FROM articles") == [(plain,)]
    (alert,) = bot.sent(CHANNEL)
    assert "Sources:" not in alert
    assert _rows(tmp_path, "SELECT COUNT(*) FROM items WHERE state = 'done'") == [(2,)]


def test_an_amp_copy_reached_through_google_keeps_the_first_decision(
    tmp_path: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi
) -> None:
    """A story that raised no alert, reached again on its AMP page (rel=canonical to the
    first): recorded as a copy with the first decision, not judged again."""
    body = (PAGES / "restatement-sovereignty.html").read_bytes()
    world.add_page("/pub/view.html", body)
    amp = body.replace(
        b"</head>", f'<link rel="canonical" href="{world.url("/pub/view.html")}"></head>'.encode()
    )
    world.add_page("/pub/amp/view.html", amp)
    world.add_feed(
        "/publisher.xml",
        [{"title": "Sovereignty", "link": world.url("/pub/view.html"), "published": T0}],
    )
    link = google.link_offline(world.url("/pub/amp/view.html"))
    later = T0 + timedelta(hours=1)  # read after the publisher's own item
    world.add_feed(
        "/gnews.xml", [{"title": "Sovereignty - Wire", "link": link, "published": later}]
    )
    config = _config(tmp_path, world, google, bot)
    assert run_cli(config, "run", "--once").returncode == 0
    rows = _rows(tmp_path, "SELECT feed_id, decision, reason FROM articles ORDER BY id")
    assert len(rows) == 2
    first, second = sorted(rows, key=lambda r: r[0] != "publisher")
    assert first[1] != "new_development"
    assert second[1] == first[1]
    assert str(second[2]).startswith(f"a copy of {world.url('/pub/view.html')} (canonical link)")
    assert bot.sent(CHANNEL) == []
