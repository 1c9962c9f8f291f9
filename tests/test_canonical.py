"""An untrusted canonical link: resolved against the page, http(s) only, trusted on the
page's own site only, and never a reason to skip judging a text that differs. Pure checks,
then a real `run --once` over two outlets whose templates say `rel="canonical" href="/"`.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.daemon import ARTICLES, run_cli, write_config
from support.newsworld import NewsWorld

from monitor.core.grouping import same_text
from monitor.edges.extract import canonical_link, same_site

PAGE = "https://news.example/world/2026/03/drills.html"
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/world/drills-original.html", "https://news.example/world/drills-original.html"),
        ("drills-amp.html", "https://news.example/world/2026/03/drills-amp.html"),
        ("https://www.news.example/a?id=1#top", "https://www.news.example/a?id=1"),
        ("https://m.news.example/a", "https://m.news.example/a"),
        (" https://news.example/a&amp;b ", "https://news.example/a&b"),
        ("/", None),
        ("https://news.example", None),
        ("javascript:alert(1)", None),
        ("ftp://news.example/a", None),
        ("data:text/html,x", None),
        ("https://other.example/world/drills.html", None),
        ("https://news.example.evil/a", None),
        ("//other.example/a", None),
        ("http://[::1", None),
    ],
)
def test_canonical_link_is_resolved_and_trusted_on_the_same_site_only(
    href: str, expected: str | None
) -> None:
    """Relative links are resolved; other sites, other schemes and the front page are not
    trusted."""
    assert canonical_link(href, PAGE) == expected


def test_same_site_ignores_www_and_accepts_subdomains_only() -> None:
    """`www.` and subdomains are one site; a longer look-alike host is not."""
    assert same_site("https://www.tass.ru/a", "https://tass.ru/b")
    assert same_site("https://m.tass.ru/a", "https://tass.ru/b")
    assert not same_site("https://tass.ru.example/a", "https://tass.ru/b")
    assert not same_site("https://nottass.ru/a", "https://tass.ru/b")


def test_same_text_allows_a_footer_but_not_another_story() -> None:
    """A copy with a byline added is the same text; two stories of one template are not."""
    story = " ".join(f"word{i}" for i in range(200))
    assert same_text(story, "By a staff writer. " + story + " Subscribe to our newsletter.")
    other = " ".join(f"other{i}" for i in range(200))
    assert not same_text(story, other)


def _page(name: str, canonical: str) -> bytes:
    html = (ARTICLES / f"{name}.html").read_text(encoding="utf-8")
    link = f'<link rel="canonical" href="{canonical}">'
    head = html.index(">", html.index("<head")) + 1
    return (html[:head] + link + html[head:]).encode()


def _item(
    world: NewsWorld, path: str, name: str, when: datetime, canonical: str
) -> dict[str, object]:
    world.add_page(path, _page(name, canonical))
    return {
        "title": name,
        "link": world.url(path),
        "summary": name,
        "published": when,
        "guid": path,
    }


def test_template_canonical_links_never_turn_developments_into_copies(
    tmp_path: Path, world: NewsWorld
) -> None:
    """Two outlets whose pages all say `href="/"`: each development is judged. A page
    naming another page of its site as canonical is a copy only when its text is the
    same; a `javascript:` link is not stored."""
    shikotan = "/a/new-shikotan-drills.html"
    world.add_feed(
        "/a/feed.xml",
        [
            _item(world, shikotan, "new-shikotan-drills", T0, "/"),
            # another development whose page claims to be the drills story: judged anyway
            _item(world, "/a/talks.html", "first-since-talks", T0 + timedelta(days=20), shikotan),
        ],
    )
    world.add_feed(
        "/b/feed.xml",
        [
            # a true copy, same text, pointing at the original on the same site
            _item(world, "/b/copy.html", "new-shikotan-drills", T0 + timedelta(hours=2), shikotan),
            _item(
                world,
                "/b/graves.html",
                "status-grave-visits",
                T0 + timedelta(days=3),
                "javascript:x",
            ),
        ],
    )
    config = write_config(
        tmp_path, feeds=[("a", world.url("/a/feed.xml")), ("b", world.url("/b/feed.xml"))]
    )
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr

    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    rows = db.execute("SELECT url, decision, reason, canonical_url FROM articles").fetchall()
    got = {url.rsplit("/", 2)[-2] + "/" + url.rsplit("/", 1)[-1]: row for url, *row in rows}
    assert got["a/new-shikotan-drills.html"][0] == "new_development"
    assert got["a/new-shikotan-drills.html"][2] is None  # "/" names the front page
    assert got["a/talks.html"][0] == "new_development", got["a/talks.html"]
    assert got["a/talks.html"][2] == world.url(shikotan)
    assert got["b/graves.html"][0] == "status_change", got["b/graves.html"]
    assert got["b/graves.html"][2] is None
    assert got["b/copy.html"][0] == "same_development"
    assert "(canonical link)" in got["b/copy.html"][1]
