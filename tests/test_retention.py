"""Retention: `retention:` settings, `Store.prune` on SQLite and PostgreSQL, `kuril-monitor
prune [--dry-run]` and the daemon's prune job as real processes, and the fetcher's host
table. What the monitor knows (alerts, developments, learned facts, status moves) is never
pruned, and an article whose decision was pruned is not assessed again."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from support.daemon import Daemon, events, run_cli, write_config
from support.newsworld import NewsWorld, wait_until
from support.pg import fresh_schema

from monitor.core.models import Article, FeedItem
from monitor.edges.feeds import Fetcher, FetchLimits
from monitor.edges.store import Cutoffs, Store
from monitor.errors import ConfigError
from monitor.files.config import load_config

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
PAGES = Path(__file__).parent / "data" / "articles"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty store on a SQLite file or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        s = Store.open(tmp_path / "monitor.db")
        try:
            yield s
        finally:
            s.close()
        return
    with fresh_schema() as url:
        s = Store.open_url(url)
        try:
            yield s
        finally:
            s.close()


def _item(key: str) -> FeedItem:
    return FeedItem("wire", key, f"https://news.test/{key}", f"Title {key}", "a summary", T0)


def _article(item: FeedItem, **kw: object) -> Article:
    fields: dict[str, object] = {
        "url": item.link,
        "feed_id": item.feed_id,
        "title": item.title,
        "text": "Drills on Shikotan. " * 50,
        "lang": "en",
        "published": T0,
        "outlet": "Wire",
    }
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def _assess(store: Store, key: str, when: dt.datetime, **kw: object) -> FeedItem:
    """An item seen and decided at `when`, raising no alert."""
    item = _item(key)
    store.record_poll("wire", when, 200, None, None, None, items=(item,))
    store.record_assessment(item, _article(item, **kw), "off_topic", "no rule", [], when)
    return item


def _alert(store: Store, key: str, when: dt.datetime) -> int:
    """An item that raised an alert at `when`, with a learned fact, sent to one chat."""
    item = _item(key)
    store.record_poll("wire", when, 200, None, None, None, items=(item,))
    alert_id = store.record_assessment(
        item,
        _article(item),
        "new_development",
        "drills",
        ["drills"],
        when,
        alert={"kind": "new_development", "rule": "drills", "diff": {"new": ["drills"]}},
        development={
            "id": f"dev-{key}",
            "signature": {"shikotan"},
            "events": {"drills"},
            "status_change": None,
        },
        facts=[
            {
                "id": f"fact-{key}",
                "date": "2026-01-05",
                "summary": "drills",
                "entities": {"shikotan"},
                "event": "drills",
            }
        ],
        chat_ids=("@a",),
    )
    assert alert_id is not None
    return alert_id


def _count(store: Store, sql: str) -> int:
    return int(store._query(sql)[0][0])


def test_prune_keeps_what_the_monitor_knows_and_the_urls_dedup_needs(store: Store) -> None:
    """Old texts are emptied, old decisions deleted (their URLs still known), finished
    edits deleted; alerts, facts, recent rows and the sent alert's message ids stay."""
    old = _assess(store, "old", T0, canonical_url="https://news.test/canon-old")
    _assess(store, "recent", T0 + dt.timedelta(days=300))
    alert_id = _alert(store, "alerted", T0)
    (send,) = store.pending_outbox(T0)
    store.outbox_done(send.id, T0, (41,))
    # a later source edits the alert: an 'update' row, finished long ago
    copy = _item("copy")
    store.record_assessment(
        copy, _article(copy), "same_development", "a copy", [], T0, attach_to=alert_id
    )
    (update,) = store.pending_outbox(T0)
    store.outbox_done(update.id, T0, (41,))
    now = T0 + dt.timedelta(days=400)
    cutoffs = Cutoffs(
        article_text=now - dt.timedelta(days=90),
        decisions=now - dt.timedelta(days=200),
        outbox=now - dt.timedelta(days=30),
    )

    planned = store.prune(cutoffs, now, dry_run=True)
    assert planned == {"articles.text": 2, "items.summary": 3, "articles": 1, "outbox": 1}
    assert _count(store, "SELECT COUNT(*) FROM articles") == 4  # a dry run changes nothing

    assert store.prune(cutoffs, now) == planned
    assert store.prune(cutoffs, now) == dict.fromkeys(planned, 0)  # nothing left to prune
    keys = {r["item_key"] for r in store._query("SELECT item_key FROM articles")}
    assert keys == {"recent", "alerted", "copy"}
    texts = {r["item_key"]: r["text"] for r in store._query("SELECT * FROM articles")}
    assert texts["recent"] == ""  # older than 90 days: emptied, its decision kept
    assert texts["alerted"].startswith("Drills")  # an alert's article keeps its text
    assert _count(store, "SELECT COUNT(*) FROM items") == 3  # every item key stays
    assert _count(store, "SELECT COUNT(*) FROM items WHERE summary <> ''") == 0
    # the deleted decision's link and canonical link are still known as assessed
    assert store.assessed_decision(old.link) == "off_topic"
    assert store.assessed_decision("https://news.test/canon-old") == "off_topic"
    assert store.assessed_decision("https://news.test/never") is None
    # what the monitor knows, and the message ids a retraction would edit
    assert store.alert(alert_id) is not None
    assert len(store.developments()) == 1
    assert len(store.learned_facts()) == 1
    assert store.sent_message_ids(alert_id, "@a") == (41,)
    assert _count(store, "SELECT COUNT(*) FROM outbox") == 1


def test_prune_with_null_settings_keeps_everything(store: Store) -> None:
    """A setting of null (None) keeps its records for ever: the step is not run."""
    _assess(store, "old", T0)
    now = T0 + dt.timedelta(days=4000)
    assert store.prune(Cutoffs(None, None, None), now) == {}
    assert store._query("SELECT text FROM articles")[0]["text"].startswith("Drills")


def _write(tmp_path: Path, retention: object) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({"retention": retention}), encoding="utf-8")
    return path


def test_retention_settings_have_defaults_and_bounds(tmp_path: Path) -> None:
    """Defaults apply; days must be at least 1, at most 36500, finite; null keeps."""
    config = load_config(_write(tmp_path, {"decisions_days": None}))
    assert config.retention.article_text_days == 90
    assert config.retention.decisions_days is None
    for bad in ({"outbox_days": 0}, {"article_text_days": 1e308}, {"outbox_days": ".inf"}):
        with pytest.raises(ConfigError, match="retention"):
            load_config(_write(tmp_path, bad))
    with pytest.raises(ConfigError, match="article_text_days"):
        load_config(_write(tmp_path, {"article_text_day": 3}))


def _age(db_path: Path, days: int) -> None:
    """Make every stored record `days` older, as if the monitor had run back then."""
    shift = f"-{days} days"
    with sqlite3.connect(db_path) as db:
        for table, column in (("articles", "assessed_at"), ("items", "seen_at")):
            db.execute(
                f"UPDATE {table} SET {column} = strftime('%Y-%m-%dT%H:%M:%S+00:00', {column}, ?)",
                (shift,),
            )


def _page_item(world: NewsWorld, name: str, guid: str) -> dict[str, object]:
    world.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
    when = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    link = world.url(f"/articles/{name}.html")
    return {"title": name, "link": link, "published": when, "guid": guid, "summary": "a summary"}


def test_prune_command_and_a_pruned_article_is_not_assessed_again(tmp_path: Path) -> None:
    """`prune --dry-run` counts and changes nothing; `prune` removes and says so per table;
    the pruned article's link, met again in another feed, is not assessed as new."""
    db_path = tmp_path / "state" / "monitor.db"
    with NewsWorld() as world:
        world.add_feed("/wire.xml", [_page_item(world, "lookalike-cat", "cat")])
        world.add_feed("/other.xml", [])
        config = write_config(
            tmp_path, [("wire", world.url("/wire.xml")), ("other", world.url("/other.xml"))]
        )
        first = run_cli(config, "run", "--once")
        assert first.returncode == 0, first.stderr
        _age(db_path, 400)

        dry = run_cli(config, "prune", "--dry-run")
        assert dry.returncode == 0, dry.stderr
        assert "articles.text: 1 article texts would be emptied (older than 90 days)" in dry.stdout
        assert "articles: 1 decisions without an alert would be deleted" in dry.stdout
        with sqlite3.connect(db_path) as db:
            assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1

        done = run_cli(config, "prune")
        assert done.returncode == 0, done.stderr
        assert "articles: 1 decisions without an alert deleted (their URLs kept)" in done.stdout
        assert "items.summary: 1 feed summaries emptied" in done.stdout
        assert "outbox: 0 finished deliveries deleted (older than 30 days)" in done.stdout
        with sqlite3.connect(db_path) as db:
            assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0

        # the same page, listed by another feed under another key
        world.add_feed("/other.xml", [_page_item(world, "lookalike-cat", "cat-again")])
        again = run_cli(config, "run", "--once")
        assert again.returncode == 0, again.stderr
        with sqlite3.connect(db_path) as db:
            assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
            state, why = db.execute(
                "SELECT state, last_error FROM items WHERE feed_id = 'other'"
            ).fetchone()
        assert state == "done"
        assert why.startswith("same link as an article already assessed")
        assert world.hits("/articles/lookalike-cat.html") == 1  # not even fetched again


def test_the_daemon_prunes_at_start_and_drops_idle_host_slots(tmp_path: Path) -> None:
    """`run` prunes when it starts (then daily): old decisions go, logged per table, and
    the fetcher's slots of hosts it is not fetching from are dropped."""
    db_path = tmp_path / "state" / "monitor.db"
    with NewsWorld() as world:
        world.add_feed("/wire.xml", [_page_item(world, "lookalike-cat", "cat")])
        config = write_config(tmp_path, [("wire", world.url("/wire.xml"))])
        assert run_cli(config, "run", "--once").returncode == 0
        _age(db_path, 400)
        with Daemon(config) as daemon:
            assert daemon.wait_for("retention.hosts"), daemon.output()
            daemon.terminate()
            output = daemon.output()
    (pruned,) = events(output, "retention.pruned")
    assert " articles=1" in pruned
    assert "articles_text=1" in pruned
    assert len(events(output, "retention.hosts")) == 1
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
        assert db.execute("SELECT decision FROM seen_urls").fetchone()[0] == "look_alike"


def test_the_fetcher_drops_idle_host_slots_only() -> None:
    """A host with a fetch under way keeps its slot; once nothing uses it, it is dropped."""

    async def scenario() -> None:
        with NewsWorld() as world:
            world.add_page("/a.html", b"<html><body><p>a</p></body></html>")
            world.stall("/slow.html", 30.0, b"<html></html>", {"Content-Type": "text/html"})
            limits = FetchLimits(timeout=10.0, allow_private_addresses=True)
            async with Fetcher(limits) as fetcher:
                await fetcher.page(world.url("/a.html"))
                assert fetcher.hosts == 1
                slow = asyncio.create_task(fetcher.page(world.url("/slow.html")))
                arrived = await asyncio.to_thread(wait_until, lambda: world.hits("/slow.html") > 0)
                assert arrived
                assert fetcher.prune_hosts() == 0  # in use: kept
                assert fetcher.hosts == 1
                slow.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await slow
                assert fetcher.prune_hosts() == 1
                assert fetcher.hosts == 0
                await fetcher.page(world.url("/a.html"))  # a dropped host gets a new slot
                assert fetcher.hosts == 1

    asyncio.run(scenario())
