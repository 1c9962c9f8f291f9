"""The shipped feed list, reviewed: each Google News search has the URL shape Google
serves (its query the one its comment states, its locale its language's) and its
language's recorded Google News document in its real format gives items the monitor reads
at the publisher; every other feed is https with a language."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from monitor.edges.feeds import parse_feed
from monitor.edges.gnews import article_id, decode_offline
from monitor.files.config import load_config

ROOT = Path(__file__).resolve().parent.parent
RECORDED = Path(__file__).parent / "data" / "googlenews"
TEXT = (ROOT / "config.yaml").read_text(encoding="utf-8")
FEEDS = yaml.safe_load(TEXT)["feeds"]
LOCALES = {"en": ("en-US", "US", "US:en"), "ru": ("ru", "RU", "RU:ru"), "ja": ("ja", "JP", "JP:ja")}


def _google(feed: dict[str, str]) -> bool:
    return urlsplit(feed["url"]).hostname == "news.google.com"


@pytest.mark.parametrize("feed", [f for f in FEEDS if _google(f)], ids=lambda f: f["id"])
def test_google_news_searches_have_googles_shape_and_their_languages_locale(
    feed: dict[str, str],
) -> None:
    """/rss/search?q=…&hl=…&gl=…&ceid=… in the feed's language; the query is the one
    written in the comment above the feed, and the id says the language too."""
    parts = urlsplit(feed["url"])
    assert (parts.scheme, parts.path) == ("https", "/rss/search")
    query = parse_qs(parts.query)
    assert sorted(query) == ["ceid", "gl", "hl", "q"]
    lang = feed["lang"]
    assert (query["hl"][0], query["gl"][0], query["ceid"][0]) == LOCALES[lang]
    assert feed["id"].startswith(f"gnews-{lang}-")
    lines = TEXT.splitlines()
    at = next(n for n, line in enumerate(lines) if line.strip() == f"- id: {feed['id']}")
    comment = lines[at - 1].strip()
    assert comment.startswith("# q: ")
    assert comment.removeprefix("# q: ").startswith(query["q"][0])


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_each_languages_google_news_format_is_read_at_the_publisher(lang: str) -> None:
    """The recorded document of a search in this language: every item names its outlet
    and links to Google with an ID that gives the publisher's URL."""
    searches = [f for f in FEEDS if _google(f) and f["lang"] == lang]
    assert searches, f"no Google News search in {lang}"
    items = parse_feed(
        searches[0]["id"], (RECORDED / f"{lang}.xml").read_bytes(), searches[0]["url"]
    )
    assert items
    for item in items:
        assert item.source
        art = article_id(item.link)
        assert art is not None
        publisher = decode_offline(art)
        assert publisher is not None
        assert urlsplit(publisher).hostname != "news.google.com"


def test_other_feeds_are_https_with_a_language_and_the_list_loads() -> None:
    """Publishers' own feeds: https and a language each; the whole config is valid."""
    for feed in FEEDS:
        assert feed["url"].startswith("https://"), feed["id"]
        assert feed.get("lang") in ("en", "ru", "ja"), feed["id"]
    assert len(load_config(ROOT / "config.yaml").feeds) == len(FEEDS)


@pytest.mark.parametrize("feed", [f for f in FEEDS if _google(f)], ids=lambda f: f["id"])
def test_google_news_searches_have_no_title(feed: dict[str, str]) -> None:
    """A configured title names every item of its feed before the item's <source>: a
    search has none, so each alert names the outlet its item gives."""
    assert "title" not in feed
