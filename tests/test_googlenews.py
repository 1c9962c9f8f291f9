"""Google News items: recorded feeds in the three languages, and the real decoding code
path against a stand-in for Google's endpoints on 127.0.0.1 (429 and garbage included),
then the publisher's page through the same guarded fetcher, in real runs."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from support.botapi import BotApi
from support.googlenews import GoogleNewsStandIn, article_id
from support.monitorrun import CHANNEL, run_cli, write_config
from support.newsworld import NewsWorld

from monitor.edges.feeds import parse_feed
from monitor.edges.gnews import article_id as google_id
from monitor.edges.gnews import clean_title, decode_offline, is_google_news, parse_batch

RECORDED = Path(__file__).parent / "data" / "googlenews"
PAGES = Path(__file__).parent / "data" / "articles"
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_recorded_feeds_give_outlet_title_and_publisher_url(lang: str) -> None:
    """Each recorded item: its outlet from <source>, its title without " - Outlet", and
    the publisher's URL decoded from its CBMi… link without asking Google."""
    expected = json.loads((RECORDED / f"{lang}.expected.json").read_text(encoding="utf-8"))
    body = (RECORDED / f"{lang}.xml").read_bytes()
    items = parse_feed("gnews", body, "https://news.google.com/rss/search?q=x")
    found = []
    for item in items:
        art = google_id(item.link)
        assert art is not None
        assert art.startswith("CBMi")
        found.append(
            {
                "title": clean_title(item.title, item.source),
                "outlet": item.source,
                "outlet_site": item.source_url,
                "publisher_url": decode_offline(art),
                "google_link": item.link,
            }
        )
        assert item.channel == expected["channel"]
    assert found == expected["items"]


def test_links_ids_titles_and_answers() -> None:
    """What is a Google News link; a newer ID needs Google; titles; batchexecute answers."""
    assert is_google_news("https://news.google.com/rss/articles/CBMiabc?oc=5")
    assert is_google_news("https://news.google.com/read/CBMiabc")
    assert not is_google_news("https://news.google.com/rss/search?q=Kuril")
    assert not is_google_news("https://example.com/rss/articles/CBMiabc")
    assert decode_offline(article_id(b"AU_yqLsomething")) is None
    assert decode_offline("%%%") is None
    assert clean_title("Drills - Reuters", "Reuters") == "Drills"
    assert clean_title("Reuters", "Reuters") == "Reuters"
    assert clean_title("A - B - C", "") == "A - B - C"
    url = "https://tass.com/politics/1"
    row = ["wrb.fr", "Fbv4je", json.dumps(["garturlres", url, 1]), None, None, None, "generic"]
    assert parse_batch(")]}'\n\n" + json.dumps([row, ["di", 10]])) == url
    assert parse_batch(")]}'\n\n120\n" + json.dumps([row]) + '\n25\n[["e",4]]') == url
    assert parse_batch("<html>Sorry…</html>") is None
    assert parse_batch(')]}\'\n\n[["wrb.fr","Fbv4je","[\\"garturlres\\""]]') is None


def google_feed(world: NewsWorld, items: list[tuple[str, str, str]]) -> str:
    """A Google News search feed in its real shape: (title, link, outlet) per item."""
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0"><channel>',
        "<title>&quot;Shikotan&quot; - Google News</title><description>Google News</description>",
    ]
    for n, (title, link, outlet) in enumerate(items):
        desc = f'<a href="{link}" target="_blank">{title}</a>&nbsp;&nbsp;<font>{outlet}</font>'
        out.append(
            f"<item><title>{escape(title)} - {escape(outlet)}</title><link>{escape(link)}</link>"
            f'<guid isPermaLink="false">g{n}</guid><pubDate>Tue, 03 Mar 2026 0{n}:00:00 GMT'
            f"</pubDate><description>{escape(desc)}</description>"
            f'<source url="https://outlet{n}.example">{escape(outlet)}</source></item>'
        )
    out.append("</channel></rss>")
    body = "".join(out).encode()
    world.add_raw("/gnews.xml", body, {"Content-Type": "application/xml; charset=UTF-8"})
    return world.url("/gnews.xml")


def config_for(
    tmp: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi, **polling: object
) -> Path:
    path = write_config(tmp, [{"id": "gnews", "url": world.url("/gnews.xml")}], bot, **polling)
    text = path.read_text(encoding="utf-8")
    text += f"google_news:\n  base_url: {google.world.base_url}\n  interval: 0\n"
    path.write_text(text, encoding="utf-8")
    return path


def stored(tmp: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(tmp / "state" / "monitor.db") as db:
        return db.execute(sql).fetchall()


def test_items_are_read_at_the_publisher_named_by_source_and_links_are_cached(
    tmp_path: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi
) -> None:
    """An ID holding its URL and one Google must resolve: both pages are fetched from the
    publisher, the alert names the outlet and links to the publisher, the title has no
    " - Outlet"; a resolved link is stored and never asked again."""
    world.add_page("/pub/drills.html", (PAGES / "new-shikotan-drills.html").read_bytes())
    world.fail("/pub/drills-ja.html", 503)  # fetched from the publisher on the next run
    offline = google.link_offline(world.url("/pub/drills.html"))
    via_api = google.link_via_api(world.url("/pub/drills-ja.html"))
    google_feed(
        world,
        [
            ("Russian troops hold live-fire drills on Shikotan", offline, "Sakhalin Wire"),
            ("色丹島で演習", via_api, "北海道新聞"),
        ],
    )
    config = config_for(tmp_path, world, google, bot, page_attempts=3)
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr
    (alert,) = bot.sent(CHANNEL)
    assert ">Sakhalin Wire</a> · 2026-03-03 00:00 UTC" in alert
    assert world.url("/pub/drills.html") in alert
    assert "news.google.com" not in alert
    assert "via Google News" not in alert
    assert google.requests == [("params", google_id(via_api)), ("batch", google_id(via_api))]
    assert set(stored(tmp_path, "SELECT url, publisher_url FROM google_links")) == {
        (offline, world.url("/pub/drills.html")),
        (via_api, world.url("/pub/drills-ja.html")),
    }
    world.add_page("/pub/drills-ja.html", (PAGES / "same-shikotan-drills-ja.html").read_bytes())
    assert run_cli(config, "run", "--once").returncode == 0
    assert len(google.requests) == 2  # the stored link, not Google, gave the URL
    assert world.hits("/pub/drills-ja.html") == 2
    rows = stored(tmp_path, "SELECT url, title, outlet, decision FROM articles ORDER BY id")
    assert rows[0][:3] == (
        world.url("/pub/drills.html"),
        "Russian troops hold live-fire drills on Shikotan, Tokyo protests",
        "Sakhalin Wire",
    )
    assert rows[1][0] == world.url("/pub/drills-ja.html")
    assert (rows[1][2], rows[1][3]) == ("北海道新聞", "same_development")
    assert "北海道新聞" in bot.sent(CHANNEL)[0]


def test_a_link_google_will_not_resolve_alerts_on_the_headline_via_google_news(
    tmp_path: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi
) -> None:
    """Google's page without decoding parameters (a consent page): decided at once on the
    headline and description, the title without " - Outlet", linked to Google's URL, and
    the alert says "via Google News"."""
    google.answer = "garbage"
    link = google.link_via_api(world.url("/pub/never.html"))
    title = "Russian troops hold live-fire drills on Shikotan, Tokyo protests"
    google_feed(world, [(title, link, "Kyodo News")])
    config = config_for(tmp_path, world, google, bot, page_attempts=3)
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr
    (alert,) = bot.sent(CHANNEL)
    assert "Kyodo News</a> via Google News" in alert
    assert "Headline only:" in alert
    assert "holds no decoding parameters" in alert
    assert link.replace("&", "&amp;") in alert or link in alert
    assert world.hits("/pub/never.html") == 0
    shown = run_cli(config, "history", "show", "1", token=None).stdout
    assert "Kyodo News via Google News, 2026-03-03" in shown
    assert "holds no decoding parameters" in shown
    assert stored(tmp_path, "SELECT title, from_feed_only FROM articles") == [(title, 1)]
    assert stored(tmp_path, "SELECT COUNT(*) FROM google_links") == [(0,)]


def test_a_429_pauses_every_request_to_google_and_a_restart_honours_it(
    tmp_path: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi
) -> None:
    """Google answers 429: the first request is the only one made in that run, the items
    stay pending, and the pause is stored: the next run, a new process, asks Google
    nothing while it lasts."""
    google.answer = "429"
    world.add_page("/pub/a.html", (PAGES / "new-shikotan-drills.html").read_bytes())
    links = [google.link_via_api(world.url("/pub/a.html")) for _ in range(3)]
    google_feed(world, [(f"Drills {n}", link, "Wire") for n, link in enumerate(links)])
    config = config_for(tmp_path, world, google, bot, page_attempts=3)
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr
    assert len(google.requests) == 1
    assert "slow down (429); paused 120 s" in proc.stderr
    ((until, backoff),) = stored(tmp_path, "SELECT paused_until, backoff FROM pauses")
    left = datetime.fromisoformat(str(until)) - datetime.now(UTC)
    assert 100 < left.total_seconds() <= 120
    assert backoff == 60.0  # the next 429 without a Retry-After pauses 120 s
    google.answer = "ok"
    again = run_cli(config, "run", "--once")
    assert again.returncode == 0, again.stderr
    assert len(google.requests) == 1  # the restarted monitor waited
    assert "s more" in again.stderr
    assert stored(tmp_path, "SELECT state FROM items") == [("new",)] * 3
    assert bot.sent(CHANNEL) == []


def test_a_stored_pause_that_has_passed_lets_the_next_run_resolve_and_is_ended(
    tmp_path: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi
) -> None:
    """A 429 asking for 3 s: once they passed, the next run asks Google, resolves every
    link, and the stored pause is removed (Google answered again)."""
    google.answer = "429"
    google.retry_after = "3"
    world.add_page("/pub/a.html", (PAGES / "new-shikotan-drills.html").read_bytes())
    links = [google.link_via_api(world.url("/pub/a.html")) for _ in range(3)]
    google_feed(world, [(f"Drills {n}", link, "Wire") for n, link in enumerate(links)])
    config = config_for(tmp_path, world, google, bot, page_attempts=3)
    assert run_cli(config, "run", "--once").returncode == 0
    assert len(google.requests) == 1
    assert len(stored(tmp_path, "SELECT * FROM pauses")) == 1
    google.answer = "ok"
    time.sleep(3.2)  # the 429 was answered before the run ended
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr
    assert len(google.requests) == 1 + 2 * 3
    assert len(stored(tmp_path, "SELECT * FROM google_links")) == 3
    assert stored(tmp_path, "SELECT * FROM pauses") == []
    assert len(bot.sent(CHANNEL)) == 1


def test_explain_reads_a_google_news_link_at_the_publisher(
    tmp_path: Path, world: NewsWorld, google: GoogleNewsStandIn, bot: BotApi
) -> None:
    """`explain` on a Google News link resolves it and explains the publisher's page; a
    link Google will not resolve is a one-line error."""
    world.add_page("/pub/drills.html", (PAGES / "new-shikotan-drills.html").read_bytes())
    link = google.link_via_api(world.url("/pub/drills.html"))
    config = config_for(tmp_path, world, google, bot)
    proc = run_cli(config, "explain", link, token=None)
    assert proc.returncode == 0, proc.stderr
    assert "Article:   Russian troops hold live-fire drills on Shikotan" in proc.stdout
    assert "Decision:  new_development" in proc.stdout
    google.answer = "garbage"
    refused = run_cli(config, "explain", google.link_via_api(world.url("/x")), token=None)
    assert refused.returncode == 1
    assert "holds no decoding parameters" in refused.stderr


def test_the_bots_alert_and_the_message_say_via_google_news_and_headline_only() -> None:
    """/alert ID and the channel message both show how the alert was reached and read."""
    from monitor.core.compose import AlertView, render_alert
    from monitor.edges.store import AlertRecord
    from monitor.shell import replies

    link = "https://news.google.com/rss/articles/CBMiX?oc=5"
    diff = {"new": [], "reason": "r", "via": "Google News", "headline_only": "no <URL>"}
    record = AlertRecord(
        id=3,
        development_id="d",
        kind="new_development",
        article_url=link,
        title="Drills",
        outlet="Kyodo News",
        lang="en",
        published=T0,
        rule="kuril-islands",
        diff=diff,
        created_at=T0,
        sources=(),
    )
    full = replies.alert_full(record)
    assert "Kyodo News via Google News, " in full
    assert "<i>Headline only:</i> no &lt;URL&gt;" in full
    view = AlertView(3, "new_development", "Drills", link, "Kyodo News", T0, "r", via="Google News")
    assert "Kyodo News</a> via Google News · 2026-03-03 08:00 UTC" in render_alert(view)
    assert " via " not in render_alert(AlertView(3, "new_development", "D", link, "K", T0, "r"))
