"""Bounded work on untrusted bytes: decoding, feed parsing and extraction run in worker
processes with a wall-clock limit; a stuck worker is stopped and replaced, and its item
fails alone. Charsets that name no text encoding (punycode, rot13, zlib, …) are read as
if nothing was declared. Feeds and pages come from a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from support.daemon import ROOT, write_config
from support.newsworld import NewsWorld, rss_feed

from monitor.core.models import FeedItem, HttpState, text_codec
from monitor.edges.extract import extract_article
from monitor.edges.feeds import MAX_DEPTH, MAX_ELEMENTS, Fetcher, FetchLimits, parse_feed
from monitor.edges.workpool import WorkPool
from monitor.errors import ExtractError, FetchError, WorkError
from monitor.files.config import load_config
from monitor.shell.app import open_context
from monitor.stages.pipeline import run_cycle

T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
ITEM = FeedItem("f", "k", "https://news.example/a", "Title", "Summary", T0)
ARTICLES = Path(__file__).parent / "data" / "articles"
EN = "Russia held live-fire drills on Shikotan in the southern Kurils; Japan lodged a protest."
# After a hyphen, a long run of letters is what punycode decodes one insertion at a time:
# quadratic (200,000 letters took 7 s, 1.5 MB of a real page 237 s) before it fails.
PUNY_BAIT = "-" + "a" * 200_000
NOT_TEXT = [
    "punycode",
    "idna",
    "rot13",
    "rot-13",
    "uu",
    "zlib",
    "base64",
    "hex",
    "bz2",
    "quopri",
    "unicode_escape",
    "raw_unicode_escape",
    "utf-7",
]
LIMITS = FetchLimits(timeout=5.0, allow_private_addresses=True)
# what the monitor's pool preloads: the fork server is one per process, started by the first
# pool with the preload of that moment, so every pool here names it, as `app` does (a worker
# forked without it imports trafilatura on its first call, past the small limits below)
PRELOAD = ("monitor.edges.extract", "monitor.edges.feeds")
# a page in the pool is dated, when it gives no date, by the time the test ran
EXTRACT = partial(extract_article, now=datetime.now(UTC))


def _page(text: str, tail: str = "") -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for _ in range(6))
    return (
        "<!DOCTYPE html><html><head><title>Drills</title></head><body><article>"
        f"<h1>Drills</h1>{paragraphs}<p>{tail}</p></article></body></html>"
    ).encode()


def test_only_text_encodings_count_as_charsets() -> None:
    """Transforms and Python's own codecs are no charset; real ones resolve to their codec."""
    for label in NOT_TEXT:
        assert text_codec(label) is None, label
    assert text_codec("windows-1251") == "cp1251"
    assert text_codec("Shift_JIS") == "shift_jis"
    assert text_codec("KOI8-R") == "koi8-r"
    assert text_codec("no-such-charset") is None


@pytest.mark.parametrize("label", NOT_TEXT)
def test_page_declaring_a_non_text_codec_is_read_as_undeclared(label: str) -> None:
    """A page whose header and meta name a codec that is no text encoding reads right."""
    body = _page(EN).replace(b"<head>", f'<head><meta charset="{label}">'.encode())
    article = extract_article(
        ITEM, ITEM.link, body, f"text/html; charset={label}", now=datetime.now(UTC)
    )
    assert EN in article.text


def test_unclosed_meta_and_link_tags_cost_no_more_than_text() -> None:
    """12,000 unclosed `<meta ` and as many `<link ` (each used to be scanned to the end of
    the page and back by the date and canonical-link patterns: about a minute) are read
    about as fast as the same length of plain text."""
    bait = _page(EN, "<meta " * 12_000 + "<link " * 12_000)
    text = _page(EN, "x " * 72_000)
    assert len(bait) == len(text)
    timings: dict[bytes, float] = {}
    for body in (text, bait, text, bait):
        started = time.monotonic()
        article = extract_article(ITEM, ITEM.link, body, "text/html", now=datetime.now(UTC))
        seconds = time.monotonic() - started
        timings[body] = min(seconds, timings.get(body, seconds))
        assert EN in article.text
    assert timings[bait] < 3 * timings[text] + 0.5, timings


async def _timed_extract(fetcher: Fetcher, pool: WorkPool, url: str) -> tuple[float, str]:
    page = await fetcher.page(url)
    started = time.monotonic()
    article = await pool.run(EXTRACT, ITEM, url, page.body, page.content_type, "")
    return time.monotonic() - started, article.text


def test_punycode_page_costs_no_more_than_a_normal_one(world: NewsWorld) -> None:
    """The same page declared punycode and declared UTF-8 take about the same time."""
    body = _page(EN, PUNY_BAIT)
    world.add_raw("/plain", body, {"Content-Type": "text/html; charset=utf-8"})
    world.add_raw("/puny", body, {"Content-Type": "text/html; charset=punycode"})

    async def scenario() -> tuple[list[float], list[float], str]:
        plain, puny = [], []
        async with WorkPool(1, 120.0, PRELOAD) as pool, Fetcher(LIMITS) as fetcher:
            await _timed_extract(fetcher, pool, world.url("/plain"))  # a warm worker
            for _ in range(3):
                plain.append((await _timed_extract(fetcher, pool, world.url("/plain")))[0])
                seconds, text = await _timed_extract(fetcher, pool, world.url("/puny"))
                puny.append(seconds)
        return plain, puny, text

    plain, puny, text = asyncio.run(scenario())
    assert EN in text
    # the same work either way: the ratio only guards against the quadratic decode (7 s)
    assert min(puny) < 3 * min(plain) + 0.5, (plain, puny)


def test_punycode_feed_is_read_as_undeclared(world: NewsWorld) -> None:
    """A feed declaring punycode (header and XML declaration) parses as fast as UTF-8."""
    items = [{"title": f"Drills {PUNY_BAIT}", "link": "https://news.example/1"}]
    utf8 = rss_feed(items)
    puny = utf8.replace(b'encoding="utf-8"', b'encoding="punycode"')
    assert puny != utf8
    world.add_raw("/utf8.xml", utf8, {"Content-Type": "application/rss+xml; charset=utf-8"})
    world.add_raw("/puny.xml", puny, {"Content-Type": "application/rss+xml; charset=punycode"})
    world.add_raw("/puny-text.xml", puny, {"Content-Type": "text/xml"})

    async def poll(fetcher: Fetcher, path: str) -> tuple[float, int, str | None]:
        started = time.monotonic()
        result = await fetcher.poll(path, world.url(path), HttpState())
        return time.monotonic() - started, len(result.items), result.error

    async def scenario() -> dict[str, list[tuple[float, int, str | None]]]:
        seen: dict[str, list[tuple[float, int, str | None]]] = {}
        async with (
            WorkPool(1, 120.0, PRELOAD) as pool,
            Fetcher(LIMITS, offload=pool.run) as fetcher,
        ):
            await poll(fetcher, "/utf8.xml")  # a warm worker
            for _ in range(3):
                for path in ("/utf8.xml", "/puny.xml", "/puny-text.xml"):
                    seen.setdefault(path, []).append(await poll(fetcher, path))
        return seen

    seen = asyncio.run(scenario())
    for path, polls in seen.items():
        assert all(p[1:] == (1, None) for p in polls), (path, polls)
    fastest = {path: min(p[0] for p in polls) for path, polls in seen.items()}
    for path in ("/puny.xml", "/puny-text.xml"):
        assert fastest[path] < 3 * fastest["/utf8.xml"] + 0.5, fastest


def test_feed_declaring_a_non_text_codec_in_utf16_is_refused() -> None:
    """A UTF-16 feed whose declaration names punycode is refused with the reason."""
    body = rss_feed([{"title": "t", "link": "https://x.example/1"}])
    body = body.replace(b'encoding="utf-8"', b'encoding="punycode"').decode().encode("utf-16")
    with pytest.raises(FetchError, match="punycode"):
        parse_feed("f", body, "https://x.example/", "application/rss+xml")


def test_feeds_of_too_many_or_too_deep_elements_are_refused_quickly() -> None:
    """1.5 million nested elements (minutes in feedparser) or too many flat ones are refused
    in a fraction of that; a feed within the caps, CDATA markup included, parses."""
    head = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>x</title><link>https://x.example/1</link><description>"
    )
    tail = b"</description></item></channel></rss>"
    nested = head + b"<a>" * 1_500_000 + b"</a>" * 1_500_000 + tail
    flat = head + b"<a/>" * (MAX_ELEMENTS + 10) + tail
    for body, reason in ((nested, f"nested more than {MAX_DEPTH}"), (flat, "elements")):
        started = time.monotonic()
        with pytest.raises(FetchError, match=reason):
            parse_feed("f", body, "https://x.example/")
        assert time.monotonic() - started < 10
    fine = head + b"<![CDATA[" + b"<p><b>x</b></p>" * (MAX_ELEMENTS // 2) + b"]]>" + tail
    (item,) = parse_feed("f", fine, "https://x.example/")
    assert item.link == "https://x.example/1"


def test_a_call_past_its_limit_is_stopped_and_its_worker_replaced() -> None:
    """A call that overruns fails alone with WorkError; the next runs in a fresh worker; a
    worker that dies fails only its call; exceptions come back as they were raised."""

    async def scenario() -> None:
        async with WorkPool(1, 1.0, PRELOAD) as pool:
            body = _page(EN)
            await pool.run(
                EXTRACT,
                ITEM,
                ITEM.link,
                body,
                "text/html",
                "",
            )
            started = time.monotonic()
            with pytest.raises(WorkError, match="longer than 1 s"):
                await pool.run(time.sleep, 60)
            assert time.monotonic() - started < 30  # stopped, not waited out
            article = await pool.run(
                EXTRACT,
                ITEM,
                ITEM.link,
                body,
                "text/html",
                "",
            )
            assert EN in article.text
            with pytest.raises(WorkError, match=r"died.*exit status 3"):
                await pool.run(os._exit, 3)
            with pytest.raises(ExtractError, match="no article text"):
                await pool.run(
                    EXTRACT,
                    ITEM,
                    ITEM.link,
                    b"<html></html>",
                    "",
                    "",
                )
            assert (await pool.run(EXTRACT, ITEM, ITEM.link, body, "", "")).text

    asyncio.run(scenario())


def test_a_worker_is_replaced_after_its_share_of_calls() -> None:
    """Workers are reused (warm), and retired after `calls_per_worker` calls, so nothing a
    parser keeps between calls grows for the life of the monitor."""

    async def scenario() -> list[int]:
        async with WorkPool(1, 30.0, PRELOAD, calls_per_worker=3) as pool:
            return [await pool.run(os.getpid) for _ in range(7)]

    pids = asyncio.run(scenario())
    assert len(set(pids[:3])) == len(set(pids[3:6])) == 1
    assert len({pids[0], pids[3], pids[6]}) == 3
    assert os.getpid() not in pids


def test_the_wait_for_a_free_worker_counts_against_the_limit() -> None:
    """One worker, a limit of 3 s: a call queued behind one of 2 s has 1 s left when the
    worker takes it, so its 2 s of work is stopped at 3 s from its call (not at 4 s, its
    own 3 s counted from the start); the one ahead is untouched. A call that never gets a
    worker within its limit fails without running."""

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        async with WorkPool(1, 3.0, PRELOAD) as pool:
            await pool.run(os.getpid)  # the worker started and warm
            ahead = asyncio.create_task(pool.run(time.sleep, 2.0))
            await asyncio.sleep(0)  # the call ahead runs up to its first wait, its worker taken
            assert not pool.started
            called = loop.time()
            with pytest.raises(
                WorkError, match=r"longer than 3 s \([12]\.\d s of it waiting for a free worker"
            ):
                await pool.run(time.sleep, 2.0)
            assert loop.time() - called < 3.0 + 0.9  # its limit, not the one ahead's end + 3
            assert await ahead is None
        async with WorkPool(1, 1.0, PRELOAD) as pool:
            await pool.run(os.getpid)
            ahead = asyncio.create_task(pool.run(time.sleep, 60))
            await asyncio.sleep(0)
            assert not pool.started
            with pytest.raises(WorkError, match=r"not started: waited 1 s for one of 1 busy"):
                await pool.run(os.getpid)
            with pytest.raises(WorkError, match="longer than 1 s"):
                await ahead

    asyncio.run(scenario())


# the monitor's side of a busy worker, killed while the worker is still at its call
_KILLED_MID_CALL = """
import asyncio, os, signal, time
from monitor.edges.workpool import WorkPool

async def main():
    async with WorkPool(1, 30.0) as pool:
        await pool.run(os.getpid)
        busy = asyncio.create_task(pool.run(time.sleep, 1.0))
        while pool.started:  # the call is sent: its worker is no longer idle
            await asyncio.sleep(0)
        os.kill(os.getpid(), signal.SIGKILL)
        await busy

asyncio.run(main())
"""


def test_a_worker_ends_quietly_when_the_monitor_is_killed() -> None:
    """SIGKILL of the monitor while a worker runs a call (the daemon killed, as the soak
    does): the worker finds nobody to answer and ends, without a traceback on the stderr
    it shares with the monitor. The output is read to its end, so every process that held
    it has exited."""
    proc = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_CALL],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL
    assert "Traceback" not in proc.stderr, proc.stderr


def _large_page() -> bytes:
    """A real article page grown to over 20,000 elements, under the cap of 25,000 (about
    0.6 s to extract here, some 300 times the page it grew from)."""
    page = (ARTICLES / "new-shikotan-drills.html").read_text("utf-8")
    filler = "".join(
        f"<div class='related'><p>Related story {n}: <a href='/s/{n}'>{EN}</a></p></div>"
        for n in range(7_500)
    )
    return page.replace("</article>", f"</article><aside>{filler}</aside>").encode()


def test_overrunning_extraction_is_abandoned_and_the_next_item_decided(
    tmp_path: Path, world: NewsWorld
) -> None:
    """With a small limit (0.2 s: the large page takes three times that, the other page a
    hundredth of it), the large page's extraction is stopped and recorded as that item's
    failure; the other item of the cycle is still extracted and decided. A first cycle on
    two small pages starts both worker processes, so that a worker's first call (its lazy
    imports) is not what the limit measures on a loaded machine."""
    small = (ARTICLES / "new-shikotan-drills.html").read_bytes()
    warm_up = []
    for n in (1, 2):
        world.add_page(f"/warm{n}.html", small)
        warm_up.append(
            {
                "title": f"Warm {n}",
                "link": world.url(f"/warm{n}.html"),
                "guid": f"warm{n}",
                "published": T0 - timedelta(hours=n),
            }
        )
    world.add_page("/big.html", _large_page())
    world.add_page("/small.html", small)
    items = [
        {"title": "Big", "link": world.url("/big.html"), "guid": "big", "published": T0},
        {
            "title": "Small",
            "link": world.url("/small.html"),
            "guid": "small",
            "published": T0 + timedelta(minutes=1),
        },
    ]
    world.add_feed("/wire.xml", warm_up)
    config = load_config(
        write_config(tmp_path, [("wire", world.url("/wire.xml"))], polling={"parse_timeout": 0.2})
    )

    async def scenario() -> None:
        async with open_context(config) as ctx:
            await run_cycle(ctx)
            world.add_feed("/wire.xml", [*warm_up, *items])
            await run_cycle(ctx)

    asyncio.run(scenario())
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    try:
        rows = {r[0]: r[1:] for r in db.execute("SELECT key, state, last_error FROM items")}
        decided = {r[0] for r in db.execute("SELECT item_key FROM articles")}
    finally:
        db.close()
    state, error = rows["big"]
    assert state == "new"  # retried later, then the feed's own text is used
    assert "longer than 0.2 s" in error
    assert decided == {"warm1", "warm2", "small"}
