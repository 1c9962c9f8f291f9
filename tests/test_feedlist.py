"""`kuril-monitor feeds`: list, add, remove, import and export, against real feeds on
127.0.0.1 and OPML files as other readers export them; a running monitor picks changes up."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from support import daemon
from support.monitorrun import ROOT, run_cli
from support.newsworld import NewsWorld, wait_until

from monitor.errors import ConfigError
from monitor.files.config import load_config
from monitor.files.opml import read_opml
from monitor.shell.app import run_daemon

OPML = Path(__file__).parent / "data" / "opml"
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)

CONFIG = """\
# the monitor's config, with a comment that must survive every edit
database: sqlite:///{db}
rules_dir: {root}/rules
seeds_dir: {root}/seeds
polling:
  timeout: 3
  max_item_age_days: null
  allow_private_addresses: true   # the test world is on 127.0.0.1
health:
  port: null
feeds:
  # the wire, kept
  - id: wire
    url: {wire}
    title: Kuril Wire
  - id: gone
    url: {gone}  # to be removed
  # a trailing comment
"""


@pytest.fixture
def feedlist_world() -> Iterator[NewsWorld]:
    """A news server with one working feed, one failing, and a page that is no feed."""
    with NewsWorld() as w:
        item = {"title": "Drills on Shikotan", "link": w.url("/a/1"), "published": T0}
        w.add_feed("/wire.xml", [item], title="Kuril Wire")
        w.add_feed("/sakh.xml", [{**item, "title": "Учения на Шикотане"}], title="Sakhalin.info")
        w.fail("/gone.xml", 500)
        w.add_page("/a/1", "<html><body><p>Not a feed</p></body></html>")
        yield w


@pytest.fixture
def config(tmp_path: Path, feedlist_world: NewsWorld) -> Path:
    """A hand-written config with comments, polling the wire and a failing feed."""
    path = tmp_path / "config.yaml"
    path.write_text(
        CONFIG.format(
            db=tmp_path / "state" / "monitor.db",
            root=ROOT,
            wire=feedlist_world.url("/wire.xml"),
            gone=feedlist_world.url("/gone.xml"),
        ),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("name", ["miniflux", "feedly", "netnewswire", "inoreader"])
def test_opml_as_other_readers_export_it(name: str) -> None:
    """Each reader's export gives its feeds, titles and folders, in order."""
    expected = yaml.safe_load((OPML / "expected.yaml").read_text(encoding="utf-8"))
    outlines = read_opml((OPML / f"{name}.opml").read_bytes(), f"{name}.opml")
    found = [[o.url, o.title, list(o.folders)] for o in outlines]
    assert found == expected[f"{name}.opml"]


@pytest.mark.parametrize(
    ("body", "where", "message"),
    [
        (b"<opml><body><outline xmlUrl='https://a.test/f'>", "bad.opml:1:", "not well-formed"),
        (
            b'<opml version="2.0">\n<body>\n  <outline type="rss" text="No URL"/>\n</body></opml>',
            "bad.opml:3:3:",
            "outline of type rss has no xmlUrl",
        ),
        (
            b'<opml>\n<body><outline xmlUrl="file:///etc/passwd"/></body></opml>',
            "bad.opml:2:7:",
            "not an http(s) URL",
        ),
        (b'<!DOCTYPE x [<!ENTITY a "b">]><opml/>', "bad.opml:1:1:", "declares a DOCTYPE"),
        (b"<rss><channel/></rss>", "bad.opml:1:1:", "not an OPML file"),
    ],
)
def test_bad_opml_is_located(body: bytes, where: str, message: str) -> None:
    """Broken XML, unusable outlines, entity tricks and other documents: file:line:col."""
    with pytest.raises(ConfigError) as caught:
        read_opml(body, "bad.opml")
    text = str(caught.value)
    assert where in text
    assert message in text


# what each golden file's feeds are served as on 127.0.0.1: channel title, a headline
SERVED = {
    "www3.nhk.or.jp/rss/news/cat6.xml": ("NHK WORLD-JAPAN News", "Drills on Shikotan"),
    "english.kyodonews.net/rss/all.xml": ("Kyodo News", "Japan protests drills"),
    "www.themoscowtimes.com/rss/news": ("The Moscow Times", "Kremlin on Japan talks"),
    "www.hokkaido-np.co.jp/rss/politics.xml": ("北海道新聞 政治", "北方領土の交流事業を再開"),
    "meduza.io/rss/all": ("Медуза", "Учения на Курилах"),
    "thediplomat.com/feed/": ("The Diplomat", "A treaty out of reach"),
}


def served_opml(name: str, feedlist_world: NewsWorld, tmp_path: Path) -> Path:
    """A golden OPML export with each feed's https URL moved to this world's 127.0.0.1,
    where a feed with one item is served under the same host and path."""
    text = (OPML / f"{name}.opml").read_text(encoding="utf-8")
    for where, (channel, headline) in SERVED.items():
        item = {"title": headline, "link": feedlist_world.url(f"/{where}/1"), "published": T0}
        feedlist_world.add_feed(f"/{where}", [item], title=channel)
        text = text.replace(f'"https://{where}"', f'"{feedlist_world.url("/" + where)}"')
    path = tmp_path / f"{name}.opml"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_list_export_round_trip(
    config: Path, tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """Import a Feedly and a NetNewsWire export into the feeds file, each feed fetched
    once, keeping the config untouched; list them; export OPML that imports back to the
    same feeds."""
    before = config.read_text(encoding="utf-8")
    for name in ("feedly", "netnewswire"):
        proc = run_cli(config, "feeds", "import", str(served_opml(name, feedlist_world, tmp_path)))
        assert proc.returncode == 0, proc.stderr
        assert "imported 3 feeds" in proc.stdout
    assert all(feedlist_world.hits(f"/{where}") == 1 for where in SERVED)
    again = run_cli(config, "feeds", "import", str(tmp_path / "feedly.opml"))
    assert "imported 0 feeds" in again.stdout
    nhk = feedlist_world.url("/www3.nhk.or.jp/rss/news/cat6.xml")
    assert f"skipped line 9: {nhk} (polled already" in again.stderr
    assert feedlist_world.hits("/www3.nhk.or.jp/rss/news/cat6.xml") == 1  # not fetched again
    assert config.read_text(encoding="utf-8") == before
    listed = run_cli(config, "feeds", "list", "--format", "json")
    rows = {r["id"]: r for r in json.loads(listed.stdout)}
    assert list(rows) == [
        "wire",
        "gone",
        "nhk-world-japan-news",
        "kyodo-news",
        "the-moscow-times",
        "127-0-0-1",  # 北海道新聞 (outline and channel): no letter an id may hold: its host
        "meduza",
        "the-diplomat",
    ]
    assert rows["meduza"]["title"] == "Meduza"  # the outline's title, not the channel's
    assert rows["meduza"]["lang"] == "ru"  # guessed from its headlines
    assert rows["127-0-0-1"]["lang"] == "ja"
    assert rows["meduza"]["from"] == "feeds file"
    assert all(r["health"] == "never polled" for r in rows.values())
    exported = run_cli(config, "feeds", "export")
    assert exported.returncode == 0
    urls = [o.url for o in read_opml(exported.stdout.encode(), "export.opml")]
    assert urls == [r["url"] for r in rows.values()]
    assert run_cli(config, "check").returncode == 0


def test_import_fetches_each_feed_and_refuses_what_is_not_one(
    config: Path, tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """Each outline is fetched once, like `feeds add`: a page, an error answer and a URL
    the config does not accept are refused with the reason, a line each, and the feeds are
    imported; an aggregator's feed (its items name their outlets) keeps no title."""
    gnews = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>"Kuril" - Google News'
        b"</title><item><title>Drills - Reuters</title><link>https://news.example/a</link>"
        b'<source url="https://www.reuters.com">Reuters</source></item></channel></rss>'
    )
    feedlist_world.add_raw("/gnews.xml", gnews, {"Content-Type": "application/rss+xml"})
    feedlist_world.fail("/down.xml", 503)
    opml = tmp_path / "mixed.opml"
    opml.write_text(
        '<opml version="2.0"><body>\n'
        f'<outline type="rss" text="Sakhalin" xmlUrl="{feedlist_world.url("/sakh.xml")}"/>\n'
        f'<outline type="rss" text="A page" xmlUrl="{feedlist_world.url("/a/1")}"/>\n'
        f'<outline type="rss" text="Down" xmlUrl="{feedlist_world.url("/down.xml")}"/>\n'
        '<outline type="rss" text="Google News - Kuril" '
        f'xmlUrl="{feedlist_world.url("/gnews.xml")}"/>\n'
        f'<outline type="rss" text="Wire again" xmlUrl="{feedlist_world.url("/wire.xml")}"/>\n'
        "</body></opml>",
        encoding="utf-8",
    )
    proc = run_cli(config, "feeds", "import", str(opml))
    assert proc.returncode == 1, proc.stderr
    assert f"imported sakhalin: {feedlist_world.url('/sakh.xml')} (Sakhalin)" in proc.stdout
    assert (
        f"imported google-news-kuril: {feedlist_world.url('/gnews.xml')} (no title)" in proc.stdout
    )
    assert (
        f"refused line 3: {feedlist_world.url('/a/1')}: not a usable feed: not a feed"
        in proc.stderr
    )
    down = feedlist_world.url("/down.xml")
    assert f"refused line 4: {down}: not a usable feed: HTTP 503" in proc.stderr
    assert (
        f"skipped line 6: {feedlist_world.url('/wire.xml')} (polled already, as 'wire')"
        in proc.stderr
    )
    assert "imported 2 feeds" in proc.stdout
    assert "skipped 1, refused 2" in proc.stdout
    added = yaml.safe_load((tmp_path / "feeds.yaml").read_text(encoding="utf-8"))["feeds"]
    assert added == [
        {
            "id": "sakhalin",
            "url": feedlist_world.url("/sakh.xml"),
            "lang": "ru",
            "title": "Sakhalin",
        },
        {"id": "google-news-kuril", "url": feedlist_world.url("/gnews.xml"), "lang": "en"},
    ]
    for path in ("/sakh.xml", "/a/1", "/down.xml", "/gnews.xml"):
        assert feedlist_world.hits(path) == 1, path
    assert feedlist_world.hits("/wire.xml") == 0


def test_add_keeps_no_title_for_an_aggregator_unless_one_is_given(
    config: Path, tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """A feed whose items carry <source> is added without its channel title (which names
    the search), so each item's outlet names it; `--title` still sets one."""
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>"Kuril" - Google News'
        b"</title><item><title>Drills - Kyodo</title><link>https://news.example/a</link>"
        b'<source url="https://english.kyodonews.net">Kyodo News</source></item>'
        b"</channel></rss>"
    )
    feedlist_world.add_raw("/gn.xml", body, {"Content-Type": "application/rss+xml"})
    assert run_cli(config, "feeds", "add", feedlist_world.url("/gn.xml")).returncode == 0
    titled = run_cli(
        config, "feeds", "add", feedlist_world.url("/gn.xml") + "?b", "--title", "Mine"
    )
    assert titled.returncode == 0, titled.stderr
    added = yaml.safe_load((tmp_path / "feeds.yaml").read_text(encoding="utf-8"))["feeds"]
    assert added == [
        {"id": "kuril-google-news", "url": feedlist_world.url("/gn.xml"), "lang": "en"},
        {"id": "mine", "url": feedlist_world.url("/gn.xml") + "?b", "lang": "en", "title": "Mine"},
    ]


def test_a_bad_opml_file_changes_nothing_and_says_where(config: Path, tmp_path: Path) -> None:
    """One unusable outline refuses the whole import, naming its file and line."""
    bad = tmp_path / "bad.opml"
    bad.write_text(
        '<opml version="2.0"><body>\n<outline type="rss" text="a" xmlUrl="https://a.test/f"/>\n'
        '<outline type="rss" text="b"/>\n</body></opml>',
        encoding="utf-8",
    )
    proc = run_cli(config, "feeds", "import", str(bad))
    assert proc.returncode == 1
    assert f"{bad}:3:1: outline of type rss has no xmlUrl" in proc.stderr
    assert "nothing was changed" in proc.stderr
    assert not (tmp_path / "feeds.yaml").exists()


def test_add_fetches_once_and_refuses_what_is_not_a_feed(
    config: Path, tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """A real feed is added with its own title and language; a page, a 500 and a feed
    polled already are refused with the reason, and nothing is written for them."""
    proc = run_cli(config, "feeds", "add", feedlist_world.url("/sakh.xml"))
    assert proc.returncode == 0, proc.stderr
    added = yaml.safe_load((tmp_path / "feeds.yaml").read_text(encoding="utf-8"))["feeds"]
    assert added == [
        {
            "id": "sakhalin-info",
            "url": feedlist_world.url("/sakh.xml"),
            "lang": "ru",
            "title": "Sakhalin.info",
        }
    ]
    page = run_cli(config, "feeds", "add", feedlist_world.url("/a/1"), "--id", "page")
    assert page.returncode == 1
    assert "is not a usable feed: not a feed" in page.stderr
    failing = run_cli(config, "feeds", "add", feedlist_world.url("/gone.xml") + "?x", "--id", "x")
    assert failing.returncode == 1
    assert "HTTP 500" in failing.stderr
    twice = run_cli(config, "feeds", "add", feedlist_world.url("/sakh.xml"))
    assert twice.returncode == 1
    assert "polled already, as 'sakhalin-info'" in twice.stderr
    bad_id = run_cli(config, "feeds", "add", feedlist_world.url("/wire.xml") + "?2", "--id", "a b")
    assert bad_id.returncode == 2
    assert "id: String should match pattern" in bad_id.stderr
    assert len(yaml.safe_load((tmp_path / "feeds.yaml").read_text())["feeds"]) == 1


def test_remove_cuts_only_the_entry_and_keeps_comments(
    config: Path, tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """Removing a feed of the config or of the feeds file leaves every other line."""
    assert (
        run_cli(
            config, "feeds", "add", feedlist_world.url("/sakh.xml"), "--title", "Sakh"
        ).returncode
        == 0
    )
    feeds_file = tmp_path / "feeds.yaml"
    header = feeds_file.read_text(encoding="utf-8").split("\nfeeds:\n")[0]
    proc = run_cli(config, "feeds", "remove", "gone")
    assert proc.returncode == 0, proc.stderr
    text = config.read_text(encoding="utf-8")
    assert "gone" not in text
    assert "# the wire, kept" in text
    assert "# a trailing comment" in text
    assert "allow_private_addresses: true   # the test world is on 127.0.0.1" in text
    assert run_cli(config, "feeds", "remove", "sakh").returncode == 0
    assert feeds_file.read_text(encoding="utf-8") == header + "\nfeeds: []\n"
    unknown = run_cli(config, "feeds", "remove", "nope")
    assert unknown.returncode == 1
    assert "no feed with id 'nope'" in unknown.stderr
    ids = [r["id"] for r in json.loads(run_cli(config, "feeds", "list", "--format", "json").stdout)]
    assert ids == ["wire"]


def test_a_hand_edited_feeds_file_is_validated_like_the_config(
    config: Path, tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """An unknown key, a bad URL and an id the config uses: each named with its line."""
    (tmp_path / "feeds.yaml").write_text(
        "feeds:\n  - id: a\n    url: ftp://x.test/f\n  - id: wire\n    url: https://x.test/"
        "\n    titel: X\n",
        encoding="utf-8",
    )
    proc = run_cli(config, "check")
    assert proc.returncode == 1
    assert "feeds.yaml:3:5: feeds[0].url: not an http(s) URL" in proc.stdout
    assert "feeds.yaml:6:5: feeds[1].titel: unknown key (did you mean 'title'?)" in proc.stdout
    (tmp_path / "feeds.yaml").write_text(
        f"feeds:\n  - id: wire\n    url: {feedlist_world.url('/sakh.xml')}\n", encoding="utf-8"
    )
    dup = run_cli(config, "feeds", "list")
    assert dup.returncode == 2
    assert (
        "feeds.yaml:2:5: feeds[0].id: duplicate feed id 'wire' (also in the config)" in dup.stderr
    )


def test_list_shows_health_last_success_last_error_and_items(
    config: Path, feedlist_world: NewsWorld
) -> None:
    """After a cycle: the wire is ok with its item, the failing feed shows its error."""
    assert run_cli(config, "run", "--once", token=None).returncode == 0
    table = run_cli(config, "feeds", "list")
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].split() == [
        "ID", "TITLE", "LANG", "HEALTH", "LAST", "SUCCESS", "LAST", "ERROR", "ITEMS"
    ]  # fmt: skip
    wire = next(line for line in lines if line.startswith("wire "))
    assert "Kuril Wire" in wire
    assert " ok " in wire
    assert wire.rstrip().endswith(" 1")
    gone = next(line for line in lines if line.startswith("gone "))
    assert "failing (1)" in gone
    assert "HTTP 500" in gone
    assert gone.rstrip().endswith(" 0")


def test_the_running_monitor_polls_added_feeds_and_drops_removed_ones(
    tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """`feeds add` while `run` runs: the new feed is polled without a restart; `feeds
    remove`: it is polled no more."""
    config = daemon.write_config(tmp_path, [("wire", feedlist_world.url("/wire.xml"))])
    db = tmp_path / "state" / "monitor.db"

    def items_of(feed: str) -> int:
        if not db.exists():
            return 0
        with sqlite3.connect(db) as conn:
            return int(
                conn.execute("SELECT COUNT(*) FROM items WHERE feed_id = ?", (feed,)).fetchone()[0]
            )

    with daemon.Daemon(config) as proc:
        assert proc.wait_for("feed.polled"), proc.output()
        added = run_cli(config, "feeds", "add", feedlist_world.url("/sakh.xml"), "--id", "sakh")
        assert added.returncode == 0, added.stderr
        assert proc.wait_for("feeds.reloaded"), proc.output()
        assert wait_until(lambda: items_of("sakh") == 1, timeout=20), proc.output()
        assert run_cli(config, "feeds", "remove", "sakh").returncode == 0
        assert proc.wait_for("feeds.reloaded", count=2), proc.output()
        polls = feedlist_world.hits("/sakh.xml")
        wire_before = feedlist_world.hits("/wire.xml")
        assert wait_until(lambda: feedlist_world.hits("/wire.xml") >= wire_before + 3, timeout=20)
        assert feedlist_world.hits("/sakh.xml") == polls
        proc.terminate()
    assert "feeds.rejected" not in proc.output()


def test_a_feed_added_while_the_monitor_starts_is_polled(
    tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """`feeds add` saved after `run` read its config but before it began to watch the
    file: the added feed is polled all the same (the first look reads the file again)."""
    config_path = daemon.write_config(tmp_path, [("wire", feedlist_world.url("/wire.xml"))])
    config = load_config(config_path)  # what `run` read at its start
    added = run_cli(config_path, "feeds", "add", feedlist_world.url("/sakh.xml"), "--id", "sakh")
    assert added.returncode == 0, added.stderr
    checked = feedlist_world.hits("/sakh.xml")  # `feeds add` fetched it once to check it

    async def main() -> None:
        stop = asyncio.Event()
        running = asyncio.create_task(run_daemon(config, stop))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        try:
            while feedlist_world.hits("/sakh.xml") == checked:
                assert not running.done(), "the monitor stopped"
                assert loop.time() < deadline, "the added feed was never polled"
                await asyncio.sleep(0.05)
        finally:
            stop.set()
            await asyncio.wait_for(running, 30)

    asyncio.run(main())
    assert feedlist_world.hits("/sakh.xml") > checked


def test_config_show_names_the_feeds_file_line_of_an_added_feed(
    config: Path, tmp_path: Path, feedlist_world: NewsWorld
) -> None:
    """`config show` lists the added feed after the config's, located in the feeds file."""
    assert (
        run_cli(config, "feeds", "add", feedlist_world.url("/sakh.xml"), "--id", "sakh").returncode
        == 0
    )
    shown = run_cli(config, "config", "show")
    assert shown.returncode == 0, shown.stderr
    assert f"  - id: sakh  # {tmp_path / 'feeds.yaml'}:5" in shown.stdout
    assert f"  - id: wire  # {config}:13" in shown.stdout
