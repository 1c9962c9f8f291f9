"""Tests for monitor.edges.feeds: golden parsing, HTTP behaviour against a real server, the
guard."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import itertools
import json
import zlib
from collections.abc import Coroutine, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.newsworld import NewsWorld, rss_feed, wait_until

from monitor.core.models import FeedResult, HttpState, Page
from monitor.edges.feeds import (
    MAX_ITEMS,
    Fetcher,
    FetchLimits,
    blocked_reason,
    check_url,
    parse_feed,
    parse_retry_after,
)
from monitor.errors import BlockedAddress, FetchError

DATA = Path(__file__).parent / "data" / "feeds"
GOLDEN = sorted(DATA.glob("*.expected.json"))
LOCAL = FetchLimits(timeout=2.0, allow_private_addresses=True)
PUBLIC_IP = "93.184.216.34"  # never contacted: tests that resolve to it use a fake transport

T = TypeVar("T")

ITEMS = [
    {
        "title": "Peace treaty talks resume",
        "link": "https://news.example.com/a/1",
        "summary": "<p>Ministers met in <b>Tokyo</b>.</p>",
        "published": "2024-03-11T06:30:00Z",
        "guid": "a-1",
    },
    {
        "title": "Kunashir ferry delayed",
        "link": "/a/2",
        "summary": "Weather.",
        "published": "2024-03-10T22:00:00+03:00",
    },
]

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>https://x.example/1</link></item>
</channel></rss>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!-- a comment first -->
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>t</title>
<item><title>&xxe;</title><link>https://x.example/1</link></item>
</channel></rss>
"""


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run one coroutine on a fresh event loop (the project does not use pytest-asyncio)."""
    return asyncio.run(coro)


async def poll(
    url: str, limits: FetchLimits = LOCAL, http: HttpState | None = None, **kw: Any
) -> FeedResult:
    async with Fetcher(limits, **kw) as fetcher:
        return await fetcher.poll("feed", url, http or HttpState())


async def page(url: str, limits: FetchLimits = LOCAL, **kw: Any) -> Page:
    async with Fetcher(limits, **kw) as fetcher:
        return await fetcher.page(url)


def fake_resolver(table: dict[str, Sequence[str]]) -> Any:
    async def resolve(host: str, port: int) -> Sequence[str]:
        if host not in table:
            raise OSError(f"no such host {host}")
        return table[host]

    return resolve


# ----------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("expected_file", GOLDEN, ids=lambda p: p.name.split(".")[0])
def test_golden_feeds(expected_file: Path) -> None:
    """Each sample feed parses to exactly the items listed beside it."""
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    feed = expected_file.with_name(expected_file.name.replace(".expected.json", ".xml"))
    items = parse_feed("golden", feed.read_bytes(), expected["url"], expected["content_type"])
    got = [
        {
            "key": i.key,
            "link": i.link,
            "title": i.title,
            "summary": i.summary,
            "published": i.published.isoformat() if i.published else None,
        }
        for i in items
    ]
    assert got == expected["items"]
    assert all(i.feed_id == "golden" for i in items)
    assert all(i.published is None or i.published.tzinfo == UTC for i in items)


def test_golden_set_is_complete() -> None:
    """Every sample feed has its expected results beside it."""
    feeds = {p.name.removesuffix(".xml") for p in DATA.glob("*.xml")}
    expected = {p.name.removesuffix(".expected.json") for p in GOLDEN}
    assert feeds == expected
    assert len(feeds) >= 5


@pytest.mark.parametrize("doc", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "external"])
def test_entity_declarations_are_refused(doc: bytes) -> None:
    """Documents declaring a DOCTYPE or entities are refused before parsing."""
    with pytest.raises(FetchError, match="DOCTYPE"):
        parse_feed("f", doc, "https://x.example/")


def test_entity_declarations_refused_in_utf16() -> None:
    """The DOCTYPE check also reads UTF-16 documents."""
    doc = BILLION_LAUGHS.decode().replace('<?xml version="1.0"?>', "").strip()
    with pytest.raises(FetchError, match="DOCTYPE"):
        parse_feed("f", doc.encode("utf-16"), "https://x.example/")


NETSCAPE_RSS = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
 "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Wire</title><link>https://x.example/</link>
<description>d</description><language>en</language>
<item><title>Talks &amp; visits</title><link>https://x.example/1</link></item>
</channel></rss>"""


def test_a_doctype_naming_only_an_external_dtd_is_accepted() -> None:
    """Real RSS 0.91 feeds carry the Netscape DTD: a DOCTYPE without an internal subset
    declares no entities, so the feed is read (and the DTD never fetched)."""
    (item,) = parse_feed("f", NETSCAPE_RSS, "https://x.example/")
    assert item.title == "Talks & visits"
    system_only = NETSCAPE_RSS.replace(
        b'PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n', b"SYSTEM"
    )
    assert len(parse_feed("f", system_only, "https://x.example/")) == 1


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE rss SYSTEM "x.dtd" [ ]>',
        b'<!DOCTYPE rss PUBLIC "-//a//b" "x.dtd" [<!ENTITY a "b">]>',
        b'<!DOCTYPE rss SYSTEM "x.dtd"><!DOCTYPE rss SYSTEM "y.dtd">',
        b'<!ENTITY a "b">',
    ],
    ids=["empty-subset", "subset", "two", "entity"],
)
def test_a_doctype_with_declarations_is_still_refused(doctype: bytes) -> None:
    """An internal subset (even empty), a second DOCTYPE or a bare ENTITY is refused."""
    doc = b'<?xml version="1.0"?>' + doctype + b'<rss version="2.0"><channel/></rss>'
    with pytest.raises(FetchError, match="refused: the document declares"):
        parse_feed("f", doc, "https://x.example/")


@pytest.mark.parametrize("filler", ["<!-- {} -->", "<?pi {} ?>", "{}"])
def test_a_doctype_past_the_first_64_kb_is_refused(filler: str) -> None:
    """A prolog longer than the window read (comments, instructions or whitespace hiding
    a DOCTYPE past 64 KB) is refused rather than passed unread."""
    pad = filler.format(" " * 70_000)
    doc = ('<?xml version="1.0"?>' + pad + BILLION_LAUGHS.decode().split("?>", 1)[1]).encode()
    with pytest.raises(FetchError, match=r"prolog .* longer than 64 KB"):
        parse_feed("f", doc, "https://x.example/")


def test_a_long_feed_with_a_short_prolog_is_read() -> None:
    """Only the prolog is bounded: a feed past 64 KB whose root comes early is read."""
    items = "".join(
        f"<item><title>t{n}</title><link>https://x.example/{n}</link>"
        f"<description>{'word ' * 40}</description></item>"
        for n in range(300)
    )
    doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
    body = (doc + "</channel></rss>").encode()
    assert len(body) > 65_536
    assert len(parse_feed("f", body, "https://x.example/")) > 0


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32", "utf-32-be"])
@pytest.mark.parametrize("content_type", ["text/xml", "text/xml; charset=iso-8859-1"])
def test_a_byte_order_mark_wins_over_the_content_type(codec: str, content_type: str) -> None:
    """A UTF-16/32 feed with a BOM served as text/xml (whose default charset is US-ASCII)
    or with a wrong charset is read by its BOM."""
    doc = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Курилы 北方領土</title><link>https://x.example/1</link></item>"
        "</channel></rss>"
    )
    body = doc.encode(codec)
    if not codec.endswith(("16", "32")):  # an explicit byte order: add its BOM by hand
        body = "\ufeff".encode(codec) + body
    (item,) = parse_feed("f", body, "https://x.example/", content_type)
    assert item.title == "Курилы 北方領土"


def test_doctype_inside_content_is_allowed() -> None:
    """A DOCTYPE inside an item's CDATA content is text, not a declaration."""
    doc = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
        b"<title>Page</title><link>https://x.example/1</link>"
        b"<description><![CDATA[<!DOCTYPE html><p>Body</p>]]></description>"
        b"</item></channel></rss>"
    )
    (item,) = parse_feed("f", doc, "https://x.example/")
    assert item.summary == "Body"


def test_truncated_xml_gives_partial_items_or_error() -> None:
    """A feed cut off mid-document yields usable items or a FetchError, nothing else."""
    body = (DATA / "rss2.xml").read_bytes()
    for cut in range(0, len(body), 97):
        try:
            items = parse_feed("f", body[:cut], "https://news.example.com/rss.xml")
        except FetchError:
            continue
        assert all(i.link.startswith("https://") for i in items)


def test_html_page_is_not_a_feed() -> None:
    """An HTML page parses to an error, an empty valid feed to no items."""
    with pytest.raises(FetchError):
        parse_feed("f", b"<html><body><p>Hello</p></body></html>", "https://x.example/")
    with pytest.raises(FetchError):
        parse_feed("f", b"", "https://x.example/")
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert parse_feed("f", empty, "https://x.example/") == ()


def test_bytes_naming_a_file_are_not_opened() -> None:
    """A body that happens to be a file path is parsed as a document, not read from disk."""
    path = str(DATA / "rss2.xml").encode()
    with pytest.raises(FetchError):
        parse_feed("f", path, "https://x.example/")


def test_items_are_capped() -> None:
    """A feed with more than MAX_ITEMS entries yields the first MAX_ITEMS."""
    many = [{"title": f"t{i}", "link": f"https://x.example/{i}"} for i in range(MAX_ITEMS + 50)]
    items = parse_feed("f", rss_feed(many), "https://x.example/")
    assert len(items) == MAX_ITEMS
    assert items[0].link == "https://x.example/0"


def test_unsafe_link_schemes_are_skipped() -> None:
    """Entries whose link is not http(s) are dropped."""
    feed = rss_feed(
        [
            {"title": "a", "link": "javascript:alert(1)"},
            {"title": "b", "link": "mailto:a@example.com"},
            {"title": "c", "link": "https://x.example/c"},
        ]
    )
    assert [i.title for i in parse_feed("f", feed, "https://x.example/")] == ["c"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_parse_feed_on_arbitrary_bytes_raises_only_fetch_error(body: bytes) -> None:
    """parse_feed on any bytes returns items or raises FetchError, never anything else."""
    with contextlib.suppress(FetchError):
        parse_feed("f", body, "https://x.example/")


_SAMPLE = (DATA / "rss2.xml").read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, len(_SAMPLE)),
    st.integers(0, len(_SAMPLE)),
    st.binary(max_size=40),
)
def test_parse_feed_on_mangled_feeds_raises_only_fetch_error(
    start: int, stop: int, junk: bytes
) -> None:
    """A real feed with bytes replaced anywhere returns items or raises FetchError."""
    body = _SAMPLE[:start] + junk + _SAMPLE[stop:]
    try:
        items = parse_feed("f", body, "https://news.example.com/rss.xml")
    except FetchError:
        return
    assert all(i.link.startswith(("http://", "https://")) for i in items)


# ----------------------------------------------------------------------------- limits


def test_default_deadline_is_three_timeouts() -> None:
    """The total deadline defaults to three times the per-request timeout."""
    assert FetchLimits(timeout=5).deadline == 15
    assert FetchLimits(timeout=5, deadline=7).deadline == 7
    with pytest.raises(ValueError, match="max_bytes"):
        FetchLimits(max_bytes=0)


def test_parse_retry_after() -> None:
    """Retry-After is read as seconds or as an HTTP date; junk gives None."""
    now = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after(format_datetime(now + timedelta(minutes=5), True), now) == 300
    assert parse_retry_after(format_datetime(now - timedelta(minutes=5), True), now) == 0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


# ----------------------------------------------------------------------------- polling


def test_poll_parses_a_served_feed(world: NewsWorld) -> None:
    """A 200 feed gives its items, its validators and relative links made absolute."""
    url = world.add_feed("/rss.xml", ITEMS)
    result = run(poll(url))
    assert result.error is None
    assert result.status == 200
    assert [i.title for i in result.items] == [
        "Peace treaty talks resume",
        "Kunashir ferry delayed",
    ]
    assert result.items[0].summary == "Ministers met in Tokyo."
    assert result.items[1].link == world.url("/a/2")
    assert result.items[1].published == datetime(2024, 3, 10, 19, 0, tzinfo=UTC)
    assert result.http.etag
    assert result.http.last_modified
    (req,) = world.requests
    assert req.headers["user-agent"] == LOCAL.user_agent
    assert "application/rss+xml" in req.headers["accept"]


def test_poll_parses_atom(world: NewsWorld) -> None:
    """An Atom feed served over HTTP gives the same items as RSS."""
    url = world.add_feed("/atom.xml", ITEMS, fmt="atom")
    result = run(poll(url))
    assert [i.key for i in result.items] == ["a-1", "/a/2"]  # Atom ids are kept as written
    assert result.items[1].link == world.url("/a/2")


def test_conditional_get_gives_not_modified(world: NewsWorld) -> None:
    """Validators from the last fetch are sent back and a 304 becomes not_modified."""
    url = world.add_feed("/rss.xml", ITEMS)
    first = run(poll(url))
    second = run(poll(url, http=first.http))
    assert second.not_modified
    assert second.status == 304
    assert second.items == ()
    assert second.error is None
    assert second.http == first.http
    sent = world.requests[-1].headers
    assert sent["if-none-match"] == first.http.etag
    assert sent["if-modified-since"] == first.http.last_modified


def test_connection_is_kept_across_not_modified_and_error_answers(world: NewsWorld) -> None:
    """A 304 or an error page is read to its end, so the next request to the host goes
    over the same connection instead of a new one (most polls of a cycle are 304s)."""
    url = world.add_feed("/rss.xml", ITEMS)
    missing = world.url("/gone.xml")

    async def polls() -> list[FeedResult]:
        async with Fetcher(LOCAL) as fetcher:
            first = await fetcher.poll("feed", url, HttpState())
            return [
                first,
                await fetcher.poll("feed", url, first.http),
                await fetcher.poll("feed", missing, HttpState()),
                await fetcher.poll("feed", url, HttpState()),
            ]

    results = run(polls())
    assert [r.status for r in results] == [200, 304, 404, 200]
    assert len({r.port for r in world.requests}) == 1


def test_last_modified_alone_gives_not_modified(world: NewsWorld) -> None:
    """If-Modified-Since without an ETag is honoured too."""
    stamp = datetime(2024, 3, 1, tzinfo=UTC)
    url = world.add_feed("/rss.xml", ITEMS, last_modified=stamp)
    result = run(poll(url, http=HttpState(last_modified=format_datetime(stamp, True))))
    assert result.not_modified


def test_changed_feed_is_fetched_again(world: NewsWorld) -> None:
    """A stale ETag gets the new document, not a 304."""
    url = world.add_feed("/rss.xml", ITEMS)
    first = run(poll(url))
    world.add_feed("/rss.xml", [*ITEMS, {"title": "New", "link": "https://x.example/3"}])
    second = run(poll(url, http=HttpState(etag=first.http.etag)))
    assert not second.not_modified
    assert len(second.items) == 3
    assert second.http.etag != first.http.etag


def test_unusable_validators_are_neither_kept_nor_sent(world: NewsWorld) -> None:
    """A non-ASCII ETag is not stored, and a stored one with a line break is not sent."""
    headers = {"Content-Type": "application/rss+xml", "ETag": '"caf\u00e9"'}
    url = world.add_raw("/rss.xml", rss_feed(ITEMS), headers)
    result = run(poll(url, http=HttpState(etag='"x"\r\nX-Injected: 1', last_modified="\u00e9")))
    assert result.error is None
    assert result.http.etag is None
    sent = world.requests[0].headers
    assert "if-none-match" not in sent
    assert "if-modified-since" not in sent
    assert "x-injected" not in sent


def test_server_error_is_a_value(world: NewsWorld) -> None:
    """A 500 becomes an error value with its status and no retry hint."""
    url = world.fail("/rss.xml", 500)
    result = run(poll(url, http=HttpState(etag='"x"')))
    assert result.status == 500
    assert result.error == "HTTP 500 Internal Server Error"
    assert result.retry_after is None
    assert result.http == HttpState(etag='"x"')


def test_503_retry_after_seconds(world: NewsWorld) -> None:
    """A 503 with Retry-After in seconds carries the delay."""
    url = world.fail("/rss.xml", 503, {"Retry-After": "120"})
    result = run(poll(url))
    assert result.status == 503
    assert result.error is not None
    assert "503" in result.error
    assert result.retry_after == 120


def test_429_retry_after_http_date(world: NewsWorld) -> None:
    """A Retry-After HTTP date is measured against the server's Date header."""
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=120)
    url = world.fail("/rss.xml", 429, {"Retry-After": format_datetime(when, True)})
    result = run(poll(url))
    assert result.status == 429
    assert result.retry_after is not None
    assert 100 <= result.retry_after <= 121


def test_garbage_body_is_an_error(world: NewsWorld) -> None:
    """A 200 whose body is not a feed is an error value with status 200."""
    url = world.add_page("/rss.xml", "<html><body>Maintenance</body></html>")
    result = run(poll(url))
    assert result.status == 200
    assert result.error is not None
    assert result.items == ()


def test_billion_laughs_feed_is_an_error(world: NewsWorld) -> None:
    """A served entity-expansion feed becomes an error value."""
    url = world.add_raw("/rss.xml", BILLION_LAUGHS, {"Content-Type": "application/rss+xml"})
    result = run(poll(url))
    assert result.error is not None
    assert "DOCTYPE" in result.error


def test_redirect_is_followed(world: NewsWorld) -> None:
    """A redirect is followed and links resolve against the final URL."""
    world.add_feed("/new/rss.xml", ITEMS)
    url = world.redirect("/old.xml", "/new/rss.xml", status=301)
    result = run(poll(url))
    assert result.error is None
    assert result.items[1].link == world.url("/a/2")
    assert [r.path for r in world.requests] == ["/old.xml", "/new/rss.xml"]


def test_redirect_loop_is_an_error(world: NewsWorld) -> None:
    """Redirects that come back to a URL already visited stop with an error."""
    world.redirect("/a.xml", "/b.xml")
    world.redirect("/b.xml", world.url("/a.xml"))
    limits = FetchLimits(timeout=2.0, allow_private_addresses=True, max_redirects=20)
    result = run(poll(world.url("/a.xml"), limits))
    assert result.error is not None
    assert "redirect loop" in result.error
    assert len(world.requests) == 4  # a, b, a again (allowed once), b again


def test_short_redirect_loop_is_named(world: NewsWorld) -> None:
    """A loop that runs into max_redirects is still reported as a loop."""
    url = world.redirect("/self.xml", "/self.xml")
    result = run(poll(url, FetchLimits(timeout=2.0, allow_private_addresses=True, max_redirects=1)))
    assert result.error is not None
    assert "redirect loop" in result.error


def test_too_many_redirects_is_an_error(world: NewsWorld) -> None:
    """A redirect chain longer than max_redirects stops with an error."""
    for i in range(10):
        world.redirect(f"/r{i}", f"/r{i + 1}")
    limits = FetchLimits(timeout=2.0, allow_private_addresses=True, max_redirects=3)
    result = run(poll(world.url("/r0"), limits))
    assert result.error == "more than 3 redirects"
    assert len(world.requests) == 4


def test_redirect_to_other_scheme_is_refused(world: NewsWorld) -> None:
    """A redirect to a non-http(s) URL is refused by the guard."""
    url = world.redirect("/rss.xml", "file:///etc/passwd")
    result = run(poll(url))
    assert result.error is not None
    assert result.error.startswith("blocked")


def test_reset_connection_is_an_error(world: NewsWorld) -> None:
    """A connection closed without a response is an error with no status."""
    url = world.reset("/rss.xml")
    result = run(poll(url))
    assert result.status is None
    assert result.error is not None


def test_refused_connection_is_an_error(world: NewsWorld) -> None:
    """Nothing listening on the port is an error value."""
    with NewsWorld() as gone:
        url = gone.url("/rss.xml")
    result = run(poll(url))
    assert result.status is None
    assert result.error is not None
    assert "cannot connect" in result.error


# ----------------------------------------------------------------------------- sizes and time


def test_oversize_body_with_length_is_refused_unread(world: NewsWorld) -> None:
    """A Content-Length over max_bytes is refused before the body is read."""
    url = world.add_raw("/rss.xml", b"x" * 3_000_000, {"Content-Type": "application/rss+xml"})
    limits = FetchLimits(timeout=2.0, allow_private_addresses=True, max_bytes=100_000)
    result = run(poll(url, limits))
    assert result.status == 200
    assert result.error == "body larger than 100000 bytes"


def test_oversize_stream_is_cut_off(world: NewsWorld) -> None:
    """A body without a length stops being read once it passes max_bytes."""
    sent = itertools.count()

    def endless() -> Iterator[bytes]:
        for _ in sent:
            yield b"<" * 65536

    url = world.stream("/rss.xml", endless(), {"Content-Type": "application/rss+xml"})
    limits = FetchLimits(timeout=2.0, allow_private_addresses=True, max_bytes=200_000)
    result = run(poll(url, limits))
    assert result.error == "body larger than 200000 bytes"
    assert wait_until(lambda: world.answering == 0, 10)  # the server saw the hang-up
    assert next(sent) < 300  # far less than an endless body; socket buffers hold a few MB


def test_gzip_bomb_is_cut_off(world: NewsWorld) -> None:
    """A small gzip body that inflates past max_bytes is refused."""
    bomb = gzip.compress(b"\0" * 30_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    url = world.add_raw(
        "/rss.xml", bomb, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
    )
    limits = FetchLimits(timeout=5.0, allow_private_addresses=True, max_bytes=1_000_000)
    result = run(poll(url, limits))
    assert result.error == "body larger than 1000000 bytes"


@pytest.mark.parametrize("encoding", ["gzip", "deflate-zlib", "deflate-raw", "identity"])
def test_compressed_feed_is_decoded(world: NewsWorld, encoding: str) -> None:
    """gzip and both kinds of deflate bodies are decoded."""
    body = rss_feed(ITEMS)
    if encoding == "gzip":
        body = gzip.compress(body)
    elif encoding == "deflate-zlib":
        body = zlib.compress(body)
    elif encoding == "deflate-raw":
        z = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = z.compress(body) + z.flush()
    headers = {"Content-Type": "application/rss+xml"}
    headers["Content-Encoding"] = encoding.split("-")[0]
    result = run(poll(world.add_raw("/rss.xml", body, headers)))
    assert result.error is None
    assert len(result.items) == 2
    assert world.requests[0].headers["accept-encoding"] == "gzip, deflate"


def test_truncated_gzip_is_an_error(world: NewsWorld) -> None:
    """A gzip body cut short is an error, not a half document."""
    body = gzip.compress(rss_feed(ITEMS))[:-20]
    headers = {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
    result = run(poll(world.add_raw("/rss.xml", body, headers)))
    assert result.error is not None
    assert "truncated" in result.error


def test_unknown_content_encoding_is_an_error(world: NewsWorld) -> None:
    """A Content-Encoding we did not ask for is an error value."""
    headers = {"Content-Type": "application/rss+xml", "Content-Encoding": "br"}
    result = run(poll(world.add_raw("/rss.xml", b"\x0b\x02\x80", headers)))
    assert result.error is not None
    assert "content encoding" in result.error


def test_trickling_server_is_cut_off_by_the_deadline(world: NewsWorld) -> None:
    """A body sent a few bytes a second is abandoned at the total deadline, not read to its
    end (minutes at this rate) nor cut by the per-request timeout (each byte comes sooner)."""
    body = rss_feed(ITEMS)
    assert len(body) / 4 > 120  # read to its end, the poll would outlast the test's timeout
    url = world.trickle("/rss.xml", body, bytes_per_second=4)
    limits = FetchLimits(timeout=1.0, deadline=2.0, allow_private_addresses=True)
    result = run(poll(url, limits))
    assert result.error == "no complete answer within 2 s"
    assert world.hits("/rss.xml") == 1  # abandoned, not asked again


def test_stalled_server_times_out(world: NewsWorld) -> None:
    """A server that never answers is abandoned at the per-request timeout, well before
    the total deadline (the error names the read timeout, not the deadline)."""
    url = world.stall("/rss.xml", 30)
    limits = FetchLimits(timeout=0.5, deadline=10, allow_private_addresses=True)
    result = run(poll(url, limits))
    assert result.error is not None
    assert result.error.startswith("timed out (read)")


def _three_at_once(world: NewsWorld, per_host: int) -> int:
    """Poll one slow feed three times at once with `per_host`; the most requests the server
    was answering at one time."""
    url = world.stall("/slow.xml", 0.3, rss_feed(ITEMS), {"Content-Type": "application/rss+xml"})
    limits = FetchLimits(timeout=5.0, allow_private_addresses=True, per_host=per_host)

    async def three() -> list[FeedResult]:
        async with Fetcher(limits) as fetcher:
            return list(
                await asyncio.gather(*(fetcher.poll(f"f{i}", url, HttpState()) for i in range(3)))
            )

    results = run(three())
    assert all(r.error is None for r in results)
    assert world.hits("/slow.xml") == 3
    return world.most_at_once


def test_per_host_limit_serialises_requests(world: NewsWorld) -> None:
    """With per_host=1, requests to one host wait for each other: the server never answers
    two at once (counted at the server, whatever the machine's speed)."""
    assert _three_at_once(world, per_host=1) == 1


def test_without_a_tight_per_host_limit_requests_overlap(world: NewsWorld) -> None:
    """The counter above can see overlap: with per_host=3 the three slow answers overlap."""
    assert _three_at_once(world, per_host=3) >= 2


# ----------------------------------------------------------------------------- pages


def test_page_is_fetched_through_redirects(world: NewsWorld) -> None:
    """page() returns the body, content type and the URL it ended at."""
    world.add_page("/articles/1", "<html><body><p>Kurils</p></body></html>")
    url = world.redirect("/a/1", "/articles/1")
    got = run(page(url))
    assert got.url == url
    assert got.final_url == world.url("/articles/1")
    assert got.status == 200
    assert b"Kurils" in got.body
    assert got.content_type.startswith("text/html")


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/pdf", b"%PDF-1.7 ..."),
        ("image/jpeg", b"\xff\xd8\xff\xe0"),
        (None, b"%PDF-1.4 no content type"),
    ],
)
def test_page_refuses_non_html(world: NewsWorld, content_type: str | None, body: bytes) -> None:
    """PDFs and images are refused with FetchError."""
    headers = {"Content-Type": content_type} if content_type else {}
    url = world.add_raw("/doc", body, headers)
    with pytest.raises(FetchError, match="not an HTML page"):
        run(page(url))


def test_page_error_status_raises(world: NewsWorld) -> None:
    """A 404 page raises FetchError naming the status."""
    with pytest.raises(FetchError, match="HTTP 404"):
        run(page(world.url("/missing")))


def test_page_deadline_raises(world: NewsWorld) -> None:
    """A trickled page raises FetchError at the deadline."""
    body = b"<html>" + b" " * 100 + b"</html>"
    url = world.trickle("/slow", body, bytes_per_second=10, headers={"Content-Type": "text/html"})
    limits = FetchLimits(timeout=1.0, deadline=1.0, allow_private_addresses=True)
    with pytest.raises(FetchError, match="within 1 s"):
        run(page(url, limits))


def test_page_to_loopback_is_blocked(world: NewsWorld) -> None:
    """page() raises BlockedAddress for a loopback URL when private addresses are not allowed."""
    url = world.add_page("/a", "<html></html>")
    with pytest.raises(BlockedAddress):
        run(page(url, FetchLimits(timeout=2.0)))
    assert world.requests == []


# ----------------------------------------------------------------------------- the guard


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "169.254.1.1",
        "100.64.0.1",
        "100.100.100.200",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "[::1]",
        "[::]",
        "[fe80::1]",
        "[fd00:ec2::254]",
        "[fc00::1]",
        "[ff02::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:169.254.169.254]",
        "[2002:7f00:1::1]",
        "[64:ff9b::a00:1]",
    ],
)
def test_guard_refuses_non_public_addresses(host: str) -> None:
    """check_url refuses loopback, private, link-local, metadata and similar addresses."""
    with pytest.raises(BlockedAddress, match="blocked"):
        run(check_url(f"http://{host}:8080/feed"))


@pytest.mark.parametrize("address", [PUBLIC_IP, "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"])
def test_guard_passes_public_addresses(address: str) -> None:
    """Ordinary public addresses pass the guard."""
    assert blocked_reason(address) is None


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://a/"])
def test_guard_refuses_other_schemes(url: str) -> None:
    """Only http and https URLs pass the guard."""
    with pytest.raises(BlockedAddress):
        run(check_url(url))


def test_guard_refuses_when_any_resolved_address_is_private() -> None:
    """A host with one public and one private address is refused."""
    resolve = fake_resolver({"mixed.example": [PUBLIC_IP, "10.0.0.5"]})
    with pytest.raises(BlockedAddress, match=r"10\.0\.0\.5"):
        run(check_url("https://mixed.example/", resolve))
    assert run(check_url("https://pub.example/", fake_resolver({"pub.example": [PUBLIC_IP]}))) == (
        PUBLIC_IP,
    )


def test_guard_reports_unresolvable_hosts() -> None:
    """A host that does not resolve is a FetchError, not a BlockedAddress."""
    with pytest.raises(FetchError, match="cannot resolve") as info:
        run(check_url("https://nowhere.example/", fake_resolver({})))
    assert not isinstance(info.value, BlockedAddress)


def test_poll_of_loopback_is_blocked(world: NewsWorld) -> None:
    """With private addresses disallowed, polling 127.0.0.1 is refused before any request."""
    url = world.add_feed("/rss.xml", ITEMS)
    result = run(poll(url, FetchLimits(timeout=2.0)))
    assert result.error is not None
    assert result.error.startswith("blocked")
    assert result.status is None
    assert world.requests == []


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:9/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://intra.example/",
    ],
)
def test_redirect_hop_to_private_address_is_blocked(target: str) -> None:
    """Every redirect hop passes the guard: a public feed redirecting inward is refused."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": target})

    resolve = fake_resolver({"feeds.example": [PUBLIC_IP], "intra.example": ["10.9.8.7"]})
    result = run(
        poll(
            "https://feeds.example/rss",
            FetchLimits(timeout=2.0),
            transport=httpx.MockTransport(handler),
            resolve=resolve,
        )
    )
    assert result.error is not None
    assert result.error.startswith("blocked")
    assert seen == ["https://feeds.example/rss"]


def test_dns_rebinding_is_blocked_at_connect(world: NewsWorld) -> None:
    """A host that resolves publicly for the check and to loopback at connect is refused."""
    world.add_feed("/rss.xml", ITEMS)
    answers = iter([[PUBLIC_IP], ["127.0.0.1"], ["127.0.0.1"]])

    async def rebinding(host: str, port: int) -> Sequence[str]:
        return next(answers)

    url = world.url("/rss.xml").replace("127.0.0.1", "rebind.example")
    result = run(poll(url, FetchLimits(timeout=2.0), resolve=rebinding))
    assert result.error is not None
    assert "127.0.0.1" in result.error
    assert result.error.startswith("blocked")
    assert world.requests == []


def test_connection_goes_to_the_resolved_address(world: NewsWorld) -> None:
    """The client connects to the address the resolver gave, keeping the URL's host name."""
    world.add_feed("/rss.xml", ITEMS)
    url = world.url("/rss.xml").replace("127.0.0.1", "feeds.example")
    result = run(poll(url, resolve=fake_resolver({"feeds.example": ["127.0.0.1"]})))
    assert result.error is None
    assert len(result.items) == 2
    assert world.requests[0].headers["host"].startswith("feeds.example:")


def test_wait_until_helper() -> None:
    """The newsworld polling helper reports a predicate that becomes true."""
    assert wait_until(lambda: True, timeout=0.1)
    assert not wait_until(lambda: False, timeout=0.05)
