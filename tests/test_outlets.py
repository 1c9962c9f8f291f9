"""Outlet names: the order of the names a feed and a page give, and alerts that name the
outlet instead of a host and port (a real feed and pages on 127.0.0.1, a real run)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from support.botapi import BotApi
from support.monitorrun import CHANNEL, run_cli, write_config
from support.newsworld import NewsWorld

from monitor.core.models import FeedItem
from monitor.core.outlets import host_name, outlet_name
from monitor.edges.extract import extract_article, page_publisher
from monitor.edges.feeds import parse_feed

PAGES = Path(__file__).parent / "data" / "articles"
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)

ITEM = FeedItem("wire", "k", "http://127.0.0.1:8000/a", "T", "", T0)


def test_config_title_then_source_then_publisher_then_channel_then_host() -> None:
    """Each name is used only when every name before it is missing: the configured title
    first, even over an item's own <source>."""
    full = FeedItem(
        "wire", "k", "https://x.test/a", "T", "", T0, source="Reuters", channel="Kuril news"
    )
    url = "https://www.example.com:8443/a"
    assert outlet_name("NHK World", full, "Example", url) == "NHK World"
    assert outlet_name(None, full, "Example", url) == "Reuters"
    assert outlet_name("  ", full, "Example", url) == "Reuters"
    no_source = FeedItem("wire", "k", url, "T", "", T0, channel="Kuril news")
    assert outlet_name("NHK World", no_source, "Example", url) == "NHK World"
    assert outlet_name(None, no_source, "Example", url) == "Example"
    assert outlet_name(None, no_source, "", url) == "Kuril news"
    assert outlet_name(None, ITEM, "", url) == "example.com"
    assert outlet_name(None, ITEM, "  ", "not a url") == "wire"


def test_host_name_drops_the_port_and_www() -> None:
    """A host is named without its port or a leading www."""
    assert host_name("http://127.0.0.1:34189/a/1") == "127.0.0.1"
    assert host_name("https://www.japantimes.co.jp/news/") == "japantimes.co.jp"
    assert host_name("https://[::1]:8080/x") == "::1"


def test_publisher_from_og_site_name_and_json_ld() -> None:
    """og:site_name (either attribute order), then JSON-LD publisher, also in an @graph."""
    og = '<meta content="The Japan Times" property="og:site_name">'
    assert page_publisher(og) == "The Japan Times"
    graph = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
        '"name": "Hokkaido  Shimbun"}}]}</script>'
    )
    assert page_publisher(graph) == "Hokkaido Shimbun"
    listed = '<script type="application/ld+json">[{"publisher": [{"name": "TASS"}]}]</script>'
    assert page_publisher(listed) == "TASS"
    broken = '<script type="application/ld+json">{"publisher": </script>'
    assert page_publisher(broken) == ""
    assert page_publisher("<title>Drills | Kyodo News</title>") == ""  # a guess, not a tag


def test_page_without_metadata_gives_no_publisher_not_its_host() -> None:
    """trafilatura names a page without metadata by its host; extraction does not."""
    url = "http://127.0.0.1:34189/articles/new-shikotan-drills.html"
    body = (PAGES / "new-shikotan-drills.html").read_bytes()
    article = extract_article(
        FeedItem("wire", "k", url, "", "", T0), url, body, now=datetime.now(UTC)
    )
    assert article.outlet == ""
    elsewhere = body.replace(
        b"</head>", b'<meta property="og:url" content="https://asiapacificdesk.com/a/1"></head>'
    )
    assert (
        extract_article(ITEM, url, elsewhere, now=datetime.now(UTC)).outlet == ""
    )  # not "asiapacificdesk.com"
    tagged = body.replace(
        b"</head>", b'<meta property="og:site_name" content="Sakhalin.info"></head>'
    )
    assert extract_article(ITEM, url, tagged, now=datetime.now(UTC)).outlet == "Sakhalin.info"


def test_feed_items_carry_their_source_and_the_channel_title() -> None:
    """An item's <source url> and the channel's title are kept with every item."""
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kuril &amp; Sakhalin news</title>
<item><title>Drills - Reuters</title><link>https://news.example/a</link>
<source url="https://www.reuters.com">Reuters</source></item>
<item><title>Plain</title><link>https://news.example/b</link></item>
</channel></rss>"""
    a, b = parse_feed("wire", body, "https://news.example/feed.xml")
    assert (a.source, a.source_url, a.channel) == (
        "Reuters",
        "https://www.reuters.com",
        "Kuril & Sakhalin news",
    )
    assert (b.source, b.source_url, b.channel) == ("", "", "Kuril & Sakhalin news")


def test_alert_names_the_feeds_own_title_not_host_and_port(
    tmp_path: Path, world: NewsWorld, bot: BotApi
) -> None:
    """A page without publisher metadata, a config without a title: the alert and its
    Russian source are named by their feeds' channel titles, never "127.0.0.1:port"."""
    en = "new-shikotan-drills"
    ru = "same-shikotan-drills-ru"
    for name in (en, ru):
        world.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
    world.add_feed(
        "/en.xml",
        [
            {
                "title": "Drills on Shikotan",
                "link": world.url(f"/articles/{en}.html"),
                "published": T0,
            }
        ],
        title="Sakhalin Wire",
    )
    world.add_feed(
        "/ru.xml",
        [{"title": "Учения", "link": world.url(f"/articles/{ru}.html"), "published": T0}],
        title="Вести Курил",
    )
    config = write_config(
        tmp_path,
        [{"id": "en", "url": world.url("/en.xml")}, {"id": "ru", "url": world.url("/ru.xml")}],
        bot,
        page_attempts=1,
    )
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr
    (alert,) = bot.sent(CHANNEL)
    assert "Sakhalin Wire" in alert
    assert "Вести Курил" in alert  # the Russian report, attached by editing the alert
    assert "127.0.0.1:" not in alert.replace(world.base_url, "")
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    outlets = dict(db.execute("SELECT feed_id, outlet FROM articles").fetchall())
    assert outlets == {"en": "Sakhalin Wire", "ru": "Вести Курил"}
    (sources,) = db.execute("SELECT group_concat(outlet) FROM alert_sources").fetchone()
    assert "Вести Курил" in sources
