"""Hostile and broken input: each gets a clear log line and a recorded failure for that feed
or page, never a crash, a hang or unbounded memory. Through a real `run --once` process
(timed, with its peak memory measured), then piece by piece, then with Hypothesis.

What tests/test_feeds.py already covers for one fetch at a time is not repeated here.
"""

from __future__ import annotations

import contextlib
import gzip
import html
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.botapi import parse_html
from support.daemon import ROOT, child_env, events, write_config
from support.newsworld import NewsWorld, atom_feed, rss_feed

from monitor.core import compose
from monitor.core.models import FeedItem
from monitor.core.rules import RuleSet
from monitor.edges.extract import MAX_ELEMENTS, MAX_TEXT, extract_article
from monitor.edges.feeds import MAX_ITEMS, MAX_SUMMARY, MAX_TITLE, parse_feed
from monitor.edges.splitting import split_html
from monitor.errors import ConfigError, ExtractError, FetchError
from monitor.files.config import load_config
from monitor.files.rulefiles import load_rules

T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
ITEM = FeedItem("f", "k", "https://news.example/a", "Title", "Summary", T0)
PEAK_MB = 400  # a run --once over these hostile feeds or pages peaks near 170 MB

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<rss version="2.0"><channel><title>&f;</title>
<item><title>&f;</title><link>https://x.example/1</link></item></channel></rss>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>t</title>
<item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>
"""
RU = (
    "Восточный военный округ провёл учения на острове Шикотан Курильской гряды; "
    "Япония заявила протест по дипломатическим каналам."
)
JA = "ロシア軍は北方領土の色丹島で軍事演習を実施し、日本政府は外交ルートを通じて抗議した。"
EN = "Russia held live-fire drills on Shikotan in the southern Kurils; Japan lodged a protest."


def _article(text: str, title: str = "Drills", meta: str | None = None) -> str:
    charset = f'<meta charset="{meta}">' if meta else ""
    paragraphs = "".join(f"<p>{html.escape(text)}</p>" for _ in range(4))
    return (
        f"<!DOCTYPE html><html><head>{charset}<title>{html.escape(title)}</title></head>"
        f"<body><article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
    )


# Linux keeps the largest memory a process had before exec in its ru_maxrss, so a child
# forked from this test process (hundreds of MB late in the suite) would report that size.
# A small launcher runs the monitor as its own child and reports that child's peak alone.
_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(proc.pid, 0)
with open(sys.argv[1], "w") as peak:
    peak.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _run_measured(config: Path, timeout: float = 90) -> tuple[int, str, float, float]:
    """`run --once` as a child: (exit status, its output, seconds, peak RSS in MB)."""
    out = config.parent / "once.log"
    peak = config.parent / "once.peak"
    command = [sys.executable, "-m", "monitor", "--config", str(config), "run", "--once"]
    started = time.monotonic()
    with out.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(peak), *command],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=child_env(None),
            cwd=ROOT,
            start_new_session=True,
        )
    try:
        status = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()
        pytest.fail(f"run --once still running after {timeout} s:\n{out.read_text()}")
    seconds = time.monotonic() - started
    return status, out.read_text("utf-8", "replace"), seconds, int(peak.read_text()) / 1024


# ----------------------------------------------------------------------------- a real run


@pytest.mark.system
def test_hostile_feeds_each_fail_alone_in_one_bounded_run(tmp_path: Path, world: NewsWorld) -> None:
    """Broken, huge, bombing, looping and trickling feeds: each a recorded failure, quickly."""
    xml = {"Content-Type": "application/rss+xml"}
    world.add_raw("/f/garbage.xml", b"\x00\x01<<<>>> &&& not xml ]]>", xml)
    world.add_raw("/f/truncated.xml", rss_feed([{"title": "a", "link": "https://x/1"}])[:60], xml)
    world.add_raw("/f/laughs.xml", LAUGHS, xml)
    world.add_raw("/f/external.xml", EXTERNAL, xml)
    bomb = gzip.compress(b"\0" * 60_000_000, compresslevel=9)
    world.add_raw("/f/bomb.xml", bomb, {**xml, "Content-Encoding": "gzip"})
    world.stream("/f/huge.xml", (b"<" * 65_536 for _ in range(800)), xml)  # 50 MB, no length
    world.redirect("/f/loop.xml", "/f/loop2.xml")
    world.redirect("/f/loop2.xml", "/f/loop.xml")
    world.trickle("/f/trickle.xml", rss_feed([{"title": "a", "link": "https://x/1"}] * 20), 20)
    old = T0 - timedelta(days=30)
    many = [
        {"title": f"t{i}", "link": f"https://x.example/{i}", "published": old}
        for i in range(100_000)
    ]
    world.add_raw("/f/many.xml", rss_feed(many), xml)
    expected = {
        "garbage": "not a feed",
        "truncated": "feed",
        "laughs": "DOCTYPE",
        "external": "DOCTYPE",
        "bomb": "body larger than",
        "huge": "body larger than",
        "loop": "redirect loop",
        "trickle": "no complete answer within",
    }
    feeds = [(name, world.url(f"/f/{name}.xml")) for name in [*expected, "many"]]
    config = write_config(
        tmp_path,
        feeds,
        polling={"timeout": 1.0, "max_bytes": 20_000_000, "max_item_age_days": 2},
    )
    status, output, seconds, peak = _run_measured(config)
    assert status == 0, output
    assert seconds < 45, output
    assert peak < PEAK_MB, f"peak memory {peak:.0f} MB"
    assert "Traceback" not in output
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    with contextlib.closing(db):
        recorded = {
            r[0]: r[1:] for r in db.execute("SELECT id, error_count, last_error FROM feeds")
        }
        states = db.execute("SELECT state, COUNT(*) FROM items GROUP BY state").fetchall()
    failed = events(output, "feed.failed")
    for name, text in expected.items():
        count, error = recorded[name]
        assert count == 1, name
        assert text in error, (name, error)
        assert any(f" feed={name} " in line for line in failed), name
    assert recorded["many"][0] == 0
    assert states == [("skipped", MAX_ITEMS)]  # capped, and too old to alert on
    assert events(output, "cycle.done")


@pytest.mark.system
def test_hostile_pages_each_fail_alone_in_one_bounded_run(tmp_path: Path, world: NewsWorld) -> None:
    """PDFs, images, bombs, loops, trickles, entity tricks and monster pages: each a recorded
    page failure; a 2 MB one-line page and mislabelled charsets are read."""
    pages: dict[str, tuple[str | None, bytes, str]] = {
        "pdf": ("application/pdf", b"%PDF-1.7\n" + b"0" * 5000, "not an HTML page"),
        "pdf-as-html": ("text/html", b"%PDF-1.7\n" + b"0" * 5000, "PDF"),
        "png": ("image/png", b"\x89PNG\r\n\x1a\n" + os.urandom(5000), "not an HTML page"),
        "png-as-html": ("text/html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, ""),
        "laughs": (
            "text/html",
            LAUGHS.replace(b"rss", b"html").replace(b"<item>", b"<body><p>"),
            "",
        ),
        "elements": ("text/html", b"<html><body>" + b"<div>x</div>" * 100_000, "too complex"),
        "truncated": ("text/html", _article(EN).encode()[:-60], "truncated"),
    }
    for name, (kind, body, _) in pages.items():
        world.add_raw(f"/p/{name}", body, {"Content-Type": kind} if kind else {})
    bomb = gzip.compress(b" " * 60_000_000, compresslevel=9)
    world.add_raw("/p/bomb", bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
    world.redirect("/p/loop", "/p/loop2")
    world.redirect("/p/loop2", "/p/loop")
    world.trickle("/p/trickle", _article(EN).encode(), 20, {"Content-Type": "text/html"})
    failing = {name: text for name, (_, _, text) in pages.items()}
    failing |= {"bomb": "body larger than", "loop": "redirect loop", "trickle": "no complete"}
    one_line = f"<html><body><p>{(EN + ' ') * 23_000}</p></body></html>".encode()
    world.add_raw("/p/one-line", one_line, {"Content-Type": "text/html"})
    utf8 = "text/html; charset=utf-8"
    world.add_raw("/p/cp1251", _article(RU, "Учения").encode("cp1251"), {"Content-Type": utf8})
    world.add_raw("/p/sjis", _article(JA, "演習").encode("shift_jis"), {"Content-Type": utf8})
    world.add_raw(
        "/p/utf8-as-koi8",
        _article(RU, "Учения", meta="koi8-r").encode(),
        {"Content-Type": "text/html; charset=koi8-r"},
    )
    readable = ["one-line", "cp1251", "sjis", "utf8-as-koi8"]
    items = [
        {
            "title": f"Item {name}",
            "link": world.url(f"/p/{name}"),
            "guid": name,
            "published": T0 + timedelta(minutes=n),
        }
        for n, name in enumerate([*failing, *readable])
    ]
    world.add_feed("/feed.xml", items)
    config = write_config(tmp_path, [("wire", world.url("/feed.xml"))], polling={"timeout": 1.0})
    status, output, seconds, peak = _run_measured(config)
    assert status == 0, output
    assert seconds < 45, output
    assert peak < PEAK_MB, f"peak memory {peak:.0f} MB"
    assert "Traceback" not in output
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    with contextlib.closing(db):
        rows = {r[0]: r[1:] for r in db.execute("SELECT key, state, last_error FROM items")}
        texts = dict(db.execute("SELECT item_key, text FROM articles").fetchall())
    failed = events(output, "page.failed")
    for name, text in failing.items():
        state, error = rows[name]
        assert state == "new", name  # retried later, then the feed's own text is used
        assert error, name
        assert text in error, (name, error)
        assert any(world.url(f"/p/{name}") in line for line in failed), name
    assert set(texts) == set(readable)
    assert len(texts["one-line"]) <= MAX_TEXT
    assert "Шикотан" in texts["cp1251"]
    assert "色丹島" in texts["sjis"]
    assert "Шикотан" in texts["utf8-as-koi8"]


# ----------------------------------------------------------------------------- feeds


def test_feed_of_100k_items_is_cut_before_parsing() -> None:
    """100,000 entries parse in well under the seconds a full parse takes, to MAX_ITEMS."""
    for fmt in (rss_feed, atom_feed):
        many = [{"title": f"t{i}", "link": f"https://x.example/{i}"} for i in range(100_000)]
        body = fmt(many)
        started = time.monotonic()
        items = parse_feed("f", body, "https://x.example/")
        assert time.monotonic() - started < 5
        assert len(items) == MAX_ITEMS
        assert [items[0].link, items[-1].link] == ["https://x.example/0", "https://x.example/999"]


def test_item_titles_and_summaries_are_capped() -> None:
    """A feed field of megabytes is kept to its cap."""
    feed = rss_feed([{"title": "T" * 2_000_000, "link": "https://x/1", "summary": "s " * 900_000}])
    (item,) = parse_feed("f", feed, "https://x.example/")
    assert len(item.title) == MAX_TITLE
    assert len(item.summary) <= MAX_SUMMARY


# ----------------------------------------------------------------------------- pages


CHARSETS = [(RU, "cp1251"), (RU, "koi8-r"), (JA, "shift_jis"), (JA, "euc-jp")]


@pytest.mark.parametrize(("text", "codec"), CHARSETS, ids=[c for _, c in CHARSETS])
@pytest.mark.parametrize(
    "label", ["header says utf-8", "meta says utf-8", "undeclared", "utf-8 labelled as codec"]
)
def test_mislabelled_charsets_are_read(text: str, codec: str, label: str) -> None:
    """Legacy pages declared UTF-8 (or not at all), and UTF-8 pages declared legacy, read right."""
    if label == "header says utf-8":
        body, kind = _article(text).encode(codec), "text/html; charset=utf-8"
    elif label == "meta says utf-8":
        body, kind = _article(text, meta="utf-8").encode(codec), "text/html"
    elif label == "undeclared":
        body, kind = _article(text).encode(codec), "text/html"
    else:
        body, kind = _article(text, meta=codec).encode(), f"text/html; charset={codec}"
    article = extract_article(ITEM, ITEM.link, body, kind, now=datetime.now(UTC))
    assert text[:30] in article.text


def test_page_of_too_many_elements_is_refused_quickly() -> None:
    """A page of 100,000 elements is refused at once, not read for minutes."""
    body = b"<html><body>" + b"<div><p>Kuril islands.</p></div>" * 50_000 + b"</body></html>"
    started = time.monotonic()
    with pytest.raises(ExtractError, match="too complex"):
        extract_article(ITEM, ITEM.link, body, "text/html", now=datetime.now(UTC))
    assert time.monotonic() - started < 1
    fine = b"<html><body>" + b"<p>Kuril islands drills and protests.</p>" * 2000 + b"</body></html>"
    assert fine.count(b"<p>") < MAX_ELEMENTS
    extract_article(ITEM, ITEM.link, fine, "text/html", now=datetime.now(UTC))


def test_two_megabyte_single_line_page_is_read_within_bounds() -> None:
    """A 2 MB page on one line is read in seconds, its text kept to MAX_TEXT characters."""
    body = f"<html><body><p>{(EN + ' ') * 23_000}</p></body></html>".encode()
    assert len(body) > 2_000_000
    started = time.monotonic()
    article = extract_article(ITEM, ITEM.link, body, "text/html", now=datetime.now(UTC))
    assert time.monotonic() - started < 15
    assert 80 < len(article.text) <= MAX_TEXT


# ----------------------------------------------------------------------------- YAML


ALIAS_BOMB = """
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
concepts: {x: {en: *i}}
"""


@pytest.mark.parametrize("text", [ALIAS_BOMB, "a: &a [*a]\n"], ids=["laughs", "recursive"])
def test_yaml_alias_bombs_are_refused_quickly(tmp_path: Path, text: str) -> None:
    """YAML anchors that expand exponentially (or refer to themselves) are a ConfigError."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bomb.yaml").write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ConfigError, match="aliases"):
        load_rules(rules)
    (tmp_path / "config.yaml").write_text(text.replace("concepts", "polling"), encoding="utf-8")
    with pytest.raises(ConfigError, match="aliases"):
        load_config(tmp_path / "config.yaml")
    assert time.monotonic() - started < 2


# ----------------------------------------------------------------------------- properties

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONTENT_TYPES = st.sampled_from(
    [
        "",
        "text/html",
        "text/html; charset=utf-8",
        "text/html; charset=cp1251",
        "text/html; charset=shift_jis",
        "text/html; charset=utf-16",
        "text/html; charset=utf-7",
        "text/html; charset=rot13",
        "text/html; charset=base64",
        "text/html; charset=no-such-codec",
        "application/xhtml+xml",
    ]
)
FRAGMENTS = st.sampled_from(
    [
        "<html>",
        "</html>",
        "<body>",
        "</body>",
        "<p>",
        "</p>",
        "<div>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "<?xml version='1.0' encoding='utf-16'?>",
        '<meta charset="koi8-r">',
        '<link rel="canonical" href="javascript:x">',
        '<script type="application/ld+json">{"datePublished": "9999-99-99"}</script>',
        '<meta property="article:published_time" content="not a date">',
        "<!DOCTYPE html [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
        "&e;",
        "&#0;",
        "&#xD800;",
        "\x00",
        "\ufeff",
        "Шикотан",
        "色丹島",
        EN,
    ]
)


@FUZZ
@given(st.binary(max_size=4000), CONTENT_TYPES)
def test_extract_article_on_arbitrary_bytes_raises_only_extract_error(
    body: bytes, content_type: str
) -> None:
    """extract_article on any bytes returns an article or raises ExtractError, nothing else."""
    with contextlib.suppress(ExtractError):
        article = extract_article(ITEM, ITEM.link, body, content_type, now=datetime.now(UTC))
        assert len(article.text) <= MAX_TEXT


@FUZZ
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=80)), max_size=60), CONTENT_TYPES)
def test_extract_article_on_html_like_text_raises_only_extract_error(
    pieces: list[str], content_type: str
) -> None:
    """Pages built from HTML fragments and any text give an article or an ExtractError."""
    body = "".join(pieces).encode("utf-8", "surrogatepass")
    with contextlib.suppress(ExtractError):
        extract_article(ITEM, ITEM.link, body, content_type, now=datetime.now(UTC))


FEED_ITEM = st.fixed_dictionaries(
    {
        "title": st.one_of(st.none(), st.text(max_size=100)),
        "link": st.one_of(
            st.none(),
            st.sampled_from(["https://x.example/a", "/relative", "javascript:x", "ftp://x/"]),
            st.text(max_size=40),
        ),
        "summary": st.one_of(st.none(), st.text(max_size=200), FRAGMENTS),
        "published": st.one_of(
            st.none(),
            st.datetimes(
                min_value=datetime(1, 1, 2),
                max_value=datetime(9999, 12, 30),
                timezones=st.just(UTC),
            ),
        ),
        "guid": st.one_of(st.none(), st.text(max_size=30)),
    }
)


@FUZZ
@given(st.lists(FEED_ITEM, max_size=12), st.sampled_from([rss_feed, atom_feed]))
def test_parse_feed_on_generated_feeds_gives_items_or_fetch_error(
    items: list[dict[str, Any]], fmt: Any
) -> None:
    """Feeds of arbitrary titles, links, dates and ids parse to safe items or a FetchError."""
    try:
        parsed = parse_feed("f", fmt(items), "https://feeds.example/rss")
    except FetchError:
        return
    assert len(parsed) <= len(items)
    for item in parsed:
        assert item.link.startswith(("http://", "https://"))
        assert item.published is None or item.published.tzinfo == UTC
        assert len(item.title) <= MAX_TITLE
        assert len({i.key for i in parsed}) == len(parsed)


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.text(max_size=20),
    st.sampled_from(["re:(", "re:[a-", "re:(a+)+$", "re:.*", "title", "lead", "high", "x"]),
)
TERMS = st.lists(st.one_of(st.text(max_size=15), st.sampled_from(["re:(", "re:a{99999}", "*"])))
RULES_DOC = st.fixed_dictionaries(
    {},
    optional={
        "concepts": st.one_of(
            SCALARS,
            st.dictionaries(
                st.text(max_size=12),
                st.one_of(
                    SCALARS, st.dictionaries(st.sampled_from(["en", "ru", "ja", "z"]), TERMS)
                ),
                max_size=4,
            ),
        ),
        "rules": st.one_of(
            SCALARS,
            st.lists(
                st.dictionaries(
                    st.sampled_from(
                        [
                            "id",
                            "description",
                            "severity",
                            "where",
                            "all",
                            "any",
                            "none",
                            "sentence",
                            "feeds",
                            "chat_ids",
                            "bogus",
                        ]
                    ),
                    st.one_of(SCALARS, st.lists(SCALARS, max_size=4)),
                ),
                max_size=4,
            ),
        ),
        "entities": st.one_of(
            SCALARS,
            st.lists(
                st.dictionaries(
                    st.sampled_from(["id", "kind", "generic", "en", "ru", "ja", "other"]),
                    st.one_of(SCALARS, TERMS),
                ),
                max_size=4,
            ),
        ),
        "extra": SCALARS,
    },
)


def _load_rules_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "rules.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            loaded = load_rules(Path(folder))
        except ConfigError as exc:
            problems = exc.problems
        else:
            assert isinstance(loaded, RuleSet)
            return
    assert problems, "a ConfigError names its problems"


# `ru: [=]` once escaped yamlfile.parse_yaml as a ConstructorError (a lone `=` is YAML
# 1.1's "value" key, which SafeLoader cannot build) and crashed `check` with a traceback:
# the fuzzing below found it only now and then, so it is pinned here and as an @example.
LONE_EQUALS = "concepts:\n  x:\n    ru: [=]\n"

YAML_CONSTRUCTION_ERRORS = [
    (LONE_EQUALS, "3:10: concepts.x.ru[0]: term '=' has no letters"),
    (
        "concepts:\n  x:\n    ru: [!!timestamp '']\n",
        "3:10: cannot read this value: not a valid timestamp",
    ),
    ("concepts:\n  x:\n    en: [!!bool maybe]\n", "3:10: cannot read this value: not a valid bool"),
    ("concepts:\n  x:\n    en: [!!float '']\n", "3:10: cannot read this value: not a valid float"),
    ("concepts:\n  x:\n    en: [!!int x]\n", "3:10: cannot read this value: invalid literal"),
    ("concepts:\n  x:\n    en: [!!binary x]\n", "3:10: cannot read this value: failed to decode"),
    (
        "concepts:\n  x:\n    en: [!drills x]\n",
        "3:10: cannot read this value: unknown tag '!drills'",
    ),
    (
        "concepts:\n  x:\n    en: [!!python/object/apply:os.system [ls]]\n",
        "3:10: unknown tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    ("concepts:\n  x: !!set {en: [a]}\n", "2:6: unknown tag 'tag:yaml.org,2002:set'"),
    ("concepts:\n  <<: {x: {en: [a]}}\n", "2:3: cannot read this value: '<<' (YAML's merge key)"),
    ("concepts:\n  !!int x: {en: [a]}\n", "2:3: cannot read this value: invalid literal"),
]


@pytest.mark.parametrize(("text", "expected"), YAML_CONSTRUCTION_ERRORS)
def test_yaml_construction_errors_are_located_problems(
    tmp_path: Path, text: str, expected: str
) -> None:
    """A value YAML cannot build (a lone `=`, a bad or unknown tag, a merge key) is a
    problem naming rules.yaml:line:column and what is wrong, never a traceback."""
    (tmp_path / "rules.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rules(tmp_path)
    shown = [str(p) for p in caught.value.problems]
    assert any(line.startswith(f"{tmp_path / 'rules.yaml'}:{expected}") for line in shown), shown


@FUZZ
@given(st.text(max_size=400))
@example(LONE_EQUALS)
def test_rule_loading_on_arbitrary_text_gives_rules_or_config_error(text: str) -> None:
    """Any text as a rules file is a RuleSet or a ConfigError listing problems, nothing else."""
    _load_rules_text(text)


@FUZZ
@given(RULES_DOC)
@example({"concepts": {"x": {"ru": ["="]}}})
def test_rule_loading_on_rule_shaped_yaml_gives_rules_or_config_error(doc: dict[str, Any]) -> None:
    """YAML shaped like rules, with wrong types, bad regexes and unknown keys, never crashes."""
    _load_rules_text(yaml.safe_dump(doc, allow_unicode=True))


ANY_TEXT = st.text(max_size=300) | st.sampled_from(["", " ", "<b>", "&amp;", "a" * 5000, "\u200b"])
CHANGE = st.fixed_dictionaries(
    {
        "matter": ANY_TEXT,
        "old": st.fixed_dictionaries({"state": ANY_TEXT, "since": ANY_TEXT, "source": ANY_TEXT}),
        "new": st.fixed_dictionaries({"state": ANY_TEXT, "since": ANY_TEXT, "source": ANY_TEXT}),
    }
)
SOURCE = st.fixed_dictionaries({"url": ANY_TEXT, "outlet": ANY_TEXT, "title": ANY_TEXT})
VIEWS = st.builds(
    compose.AlertView,
    id=st.integers(1, 10**9),
    kind=st.sampled_from(["new_development", "status_change", "other"]),
    title=ANY_TEXT,
    url=ANY_TEXT,
    outlet=ANY_TEXT,
    published=st.datetimes(timezones=st.just(UTC)),
    rule=ANY_TEXT,
    new=st.lists(ANY_TEXT, max_size=8),
    changes=st.lists(CHANGE, max_size=3),
    known=st.lists(ANY_TEXT, max_size=3),
    sources=st.lists(SOURCE, max_size=30),
)


def _assert_sendable(rendered: str) -> None:
    parts = split_html(rendered)
    assert parts
    for part in parts:
        text, _ = parse_html(part)  # raises EntityError where Telegram would refuse it
        assert 0 < len(text) <= 4096


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VIEWS)
def test_rendered_alerts_split_into_valid_telegram_html(view: compose.AlertView) -> None:
    """Any alert text renders and splits into parts Telegram accepts, each ≤ 4096 characters."""
    _assert_sendable(compose.render_alert(view))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(VIEWS, min_size=1, max_size=6), st.lists(SOURCE, min_size=1, max_size=5))
def test_digests_and_update_replies_are_valid_telegram_html(
    views: list[compose.AlertView], sources: list[dict[str, str]]
) -> None:
    """Digests and update replies made of any text are valid Telegram HTML within the limit."""
    _assert_sendable(compose.render_digest(views))
    _assert_sendable(compose.render_update_reply(views[0], sources))
