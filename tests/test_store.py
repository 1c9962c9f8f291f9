"""The store's API, the same tests on both databases: a SQLite file and a fresh schema on
the machine's PostgreSQL (`database: postgresql://…`), dropped after each test."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from support.pg import fresh_schema

from monitor.core.decision import Earlier, Routing, copied, decide
from monitor.core.models import Article, FeedItem, HttpState, StatusState
from monitor.core.novelty import Judge
from monitor.edges.extract import extract_article
from monitor.edges.store import MIGRATIONS, Store
from monitor.errors import StoreError
from monitor.files.rulefiles import load_rules
from monitor.files.seedfiles import load_seeds

T0 = dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.UTC)

Opener = Callable[..., Store]


@pytest.fixture(params=["sqlite", "postgresql"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    """Opens stores on one fresh database of the parameter's kind; closes them after."""
    opened: list[Store] = []

    def opener(url: str) -> Opener:
        def open_(readonly: bool = False, keep: bool = True) -> Store:
            if url.startswith("sqlite:///"):
                store = Store.open(Path(url[len("sqlite:///") :]), readonly=readonly)
            else:
                store = Store.open_url(url, readonly=readonly)
            if keep:  # closed after the test (else the caller closes it, in its thread)
                opened.append(store)
            return store

        return open_

    try:
        if request.param == "sqlite":
            yield opener(f"sqlite:///{tmp_path / 'monitor.db'}")
        else:
            with fresh_schema() as url:
                try:
                    yield opener(url)
                finally:
                    for store in opened:
                        store.close()
    finally:
        for store in opened:
            store.close()


@pytest.fixture
def store(open_store: Opener) -> Store:
    """A migrated, empty store."""
    return open_store()


def _item(key: str, published: dt.datetime | None, feed: str = "wire") -> FeedItem:
    return FeedItem(feed, key, f"https://news.test/{key}", f"Title {key}", "summary", published)


def _article(item: FeedItem, **kw: object) -> Article:
    fields: dict[str, object] = {
        "url": item.link,
        "feed_id": item.feed_id,
        "title": item.title,
        "text": "Учения на Шикотане. Drills on Shikotan.",
        "lang": "en",
        "published": item.published or T0,
        "outlet": "Wire",
    }
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def _alert(store: Store, item: FeedItem, dev: str, chats: tuple[str, ...] = ("@a", "@b")) -> int:
    store.record_poll(item.feed_id, T0, 200, None, None, None, (item,))
    alert_id = store.record_assessment(
        item,
        _article(item),
        "new_development",
        "troops drill on Shikotan",
        ["military"],
        T0,
        alert={"kind": "new_development", "rule": "military", "diff": {"new": ["Учения"]}},
        development={
            "id": dev,
            "signature": {"shikotan", "drills"},
            "events": {"exercise"},
            "status_change": ["troops", "deployed"],
        },
        facts=[
            {
                "id": f"fact-{dev}",
                "date": "2026-03-03",
                "summary": "Drills on Shikotan",
                "entities": {"shikotan"},
                "event": "exercise",
            }
        ],
        moves=[("troops", StatusState("deployed", T0.date(), item.link, "Wire"), dev)],
        chat_ids=chats,
    )
    assert alert_id is not None
    return alert_id


# ----------------------------------------------------------------------------- migrations


def test_migrations_apply_once_and_reopening_is_idempotent(open_store: Opener) -> None:
    """A new database reaches the last schema version; migrating again changes nothing."""
    first = open_store()
    assert first.schema_version() == len(MIGRATIONS)
    first.migrate()
    second = open_store()
    assert second.schema_version() == len(MIGRATIONS)
    assert second.all_feed_states() == []


def test_processes_opening_a_new_database_at_once_migrate_it_once(open_store: Opener) -> None:
    """Several stores opening one new database together all end on the last version."""
    errors: list[BaseException] = []
    versions: list[int] = []

    def one() -> None:
        try:
            store = open_store(keep=False)
            versions.append(store.schema_version())
            store.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert versions == [len(MIGRATIONS)] * 4


def _open_and_close(path: str) -> str:
    try:
        Store.open(Path(path)).close()
    except StoreError as exc:
        return str(exc)
    return ""


@pytest.mark.system
def test_eight_processes_creating_one_sqlite_database_all_open_it(tmp_path: Path) -> None:
    """Processes that create the same SQLite file at the same moment race to switch it to
    write-ahead logging, and SQLite refuses the loser at once ("database is locked", not
    covered by its busy timeout): every one of them must still open the database."""
    with multiprocessing.get_context("fork").Pool(8) as pool:
        for n in range(50):
            path = str(tmp_path / f"new{n}.db")
            assert pool.map(_open_and_close, [path] * 8, chunksize=1) == [""] * 8
            assert Store.open(Path(path)).schema_version() == len(MIGRATIONS)


def test_readonly_store_reads_but_refuses_writes(open_store: Opener) -> None:
    """A read-only store answers queries and turns a write into a StoreError."""
    open_store().feed_state("wire", "https://news.test/feed")
    readonly = open_store(readonly=True)
    assert [r["id"] for r in readonly.all_feed_states()] == ["wire"]
    with pytest.raises(StoreError):
        readonly.set_setting("paused", "now")


# ----------------------------------------------------------------------------- feeds and items


def test_feed_state_records_success_and_failure(store: Store) -> None:
    """A success stores validators and clears errors; a failure counts and keeps them."""
    state = store.feed_state("wire", "https://news.test/feed")
    assert state.error_count == 0
    assert state.http == HttpState()
    store.record_poll("wire", T0, 200, HttpState('"v1"', "Tue"), None, T0 + dt.timedelta(60))
    store.record_poll("wire", T0 + dt.timedelta(1), 503, None, "HTTP 503", T0 + dt.timedelta(2))
    state = store.feed_state("wire", "https://news.test/feed")
    assert state.http == HttpState('"v1"', "Tue")
    assert state.first_polled_at == T0
    assert state.last_success_at == T0
    assert state.error_count == 1
    assert state.last_error == "HTTP 503"
    assert state.next_poll_at == T0 + dt.timedelta(2)
    store.record_poll("wire", T0 + dt.timedelta(3), 304, HttpState(None, None), None, None)
    state = store.feed_state("wire", "https://news.test/feed")
    assert (state.error_count, state.last_error, state.http.etag) == (0, None, '"v1"')


def test_record_poll_counts_new_items_and_skips_old_ones(store: Store) -> None:
    """Items older than skip_before are stored as skipped; a second sighting is not new."""
    store.feed_state("wire", "https://news.test/feed")
    old = _item("old", T0 - dt.timedelta(days=10))
    fresh = _item("fresh", T0)
    assert store.record_poll("wire", T0, 200, None, None, None, (old, fresh), T0 - dt.timedelta(2))
    assert store.record_poll("wire", T0, 200, None, None, None, (old, fresh)) == 0
    assert [p.item.key for p in store.pending_items(T0)] == ["fresh"]


def test_pending_items_in_publication_order_undated_first(store: Store) -> None:
    """Pending items come oldest first (undated ones before), then by when they were seen;
    an item whose page failed waits until its retry time."""
    store.feed_state("wire", "https://news.test/feed")
    items = (_item("c", T0 + dt.timedelta(2)), _item("a", T0), _item("undated", None))
    store.record_poll("wire", T0, 200, None, None, None, items)
    store.record_poll("wire", T0 + dt.timedelta(1), 200, None, None, None, (_item("b", T0),))
    assert [p.item.key for p in store.pending_items(T0)] == ["undated", "a", "b", "c"]
    assert [p.item.key for p in store.pending_items(T0, limit=2)] == ["undated", "a"]
    store.item_failed(items[1], "HTTP 500", T0 + dt.timedelta(hours=1))
    assert [p.item.key for p in store.pending_items(T0)] == ["undated", "b", "c"]
    later = store.pending_items(T0 + dt.timedelta(hours=2))
    assert [(p.item.key, p.attempts) for p in later][:2] == [("undated", 0), ("a", 1)]
    assert later[1].item == items[1]
    store.mark_item_done(items[2], "no link")
    assert "undated" not in [p.item.key for p in store.pending_items(T0)]


# ----------------------------------------------------------------------------- decisions


def test_alert_is_recorded_with_its_development_in_one_transaction(store: Store) -> None:
    """An alert stores the decision, development, facts, status moves and one send per chat."""
    item = _item("drills", T0)
    alert_id = _alert(store, item, "dev-1")
    assert store.pending_items(T0) == []
    article = store.article_by_url(item.link)
    assert article is not None
    assert (article["decision"], article["alert_id"], article["development_id"]) == (
        "new_development",
        alert_id,
        "dev-1",
    )
    record = store.alert(alert_id)
    assert record is not None
    assert (record.development_id, record.kind, record.rule) == (
        "dev-1",
        "new_development",
        "military",
    )
    assert record.diff == {"new": ["Учения"]}
    assert record.published == T0
    [dev] = store.developments()
    assert (dev["id"], dev["alert_id"], dev["signature"]) == (
        "dev-1",
        alert_id,
        '["drills", "shikotan"]',
    )
    assert [dict(r)["id"] for r in store.developments(since=T0 + dt.timedelta(1))] == []
    [fact] = store.learned_facts()
    assert (fact["id"], fact["development_id"], fact["source"]) == (
        "fact-dev-1",
        "dev-1",
        item.link,
    )
    [move] = store.status_moves()
    assert (move["status_id"], move["state"], move["since"], move["said_by"]) == (
        "troops",
        "deployed",
        "2026-03-03",
        "Wire",
    )
    rows = store.pending_outbox(T0)
    assert [(r.alert_id, r.chat_id, r.action, r.state) for r in rows] == [
        (alert_id, "@a", "send", "pending"),
        (alert_id, "@b", "send", "pending"),
    ]
    assert [a.id for a in store.alerts()] == [alert_id]


def test_second_alert_gets_a_new_id_and_a_learned_fact_is_replaced(store: Store) -> None:
    """Alert ids grow; a fact learned again under the same id replaces the earlier one."""
    first = _alert(store, _item("one", T0), "dev-1")
    second = _alert(store, _item("two", T0 + dt.timedelta(1)), "dev-2")
    assert second > first
    item = _item("three", T0 + dt.timedelta(2))
    store.record_poll("wire", T0, 200, None, None, None, (item,))
    store.record_assessment(
        item,
        _article(item),
        "new_development",
        "again",
        [],
        T0,
        alert={"kind": "new_development", "rule": "", "diff": {}},
        development={"id": "dev-3", "signature": set(), "events": set(), "status_change": None},
        facts=[
            {
                "id": "fact-dev-1",
                "date": "2026-03-05",
                "summary": "Updated",
                "entities": set(),
                "event": None,
            }
        ],
    )
    facts = {r["id"]: dict(r) for r in store.learned_facts()}
    assert facts["fact-dev-1"]["summary"] == "Updated"
    assert facts["fact-dev-1"]["development_id"] == "dev-3"
    assert len(facts) == 2


def test_attached_source_adds_one_pending_update_per_chat(store: Store) -> None:
    """A later report attaches to the alert: one source, one pending update per chat."""
    alert_id = _alert(store, _item("drills", T0), "dev-1")
    for hours, key in ((17, "ru"), (6, "ja")):
        item = _item(key, T0 + dt.timedelta(hours=hours))
        store.record_poll("wire", T0, 200, None, None, None, (item,))
        store.record_assessment(
            item, _article(item, lang=key), "same_development", "same", [], T0, attach_to=alert_id
        )
    record = store.alert(alert_id)
    assert record is not None
    assert [s["url"] for s in record.sources] == ["https://news.test/ja", "https://news.test/ru"]
    updates = [(r.chat_id, r.action) for r in store.pending_outbox(T0) if r.action == "update"]
    assert updates == [("@a", "update"), ("@b", "update")]
    ja = store.article_by_url("https://news.test/ja")
    assert ja is not None
    assert (ja["decision"], ja["alert_id"]) == ("same_development", alert_id)


def test_article_found_by_canonical_url(store: Store) -> None:
    """An article is found by its URL or by its canonical link."""
    item = _item("amp", T0)
    store.record_poll("wire", T0, 200, None, None, None, (item,))
    article = _article(item, canonical_url="https://news.test/canonical")
    store.record_assessment(item, article, "off_topic", "no rule", [], T0)
    found = store.article_by_url("https://news.test/canonical")
    assert found is not None
    assert found["url"] == item.link
    assert found["from_feed_only"] == 0
    assert store.article_by_url("https://news.test/nothing") is None


# ----------------------------------------------------------------------------- outbox


def test_outbox_lifecycle_send_retry_fail(store: Store) -> None:
    """Rows go pending → claimed → a post begun → sent (with message ids) or wait for a
    retry or fail; the oldest row still waiting is known (for /healthz)."""
    assert store.outbox_oldest_pending() is None
    alert_id = _alert(store, _item("drills", T0), "dev-1", chats=("@a", "@b", "@c"))
    assert store.outbox_oldest_pending() == T0
    a, b, c = store.pending_outbox(T0)
    assert [r.chat_id for r in store.pending_outbox(T0, "@b")] == ["@b"]
    assert store.outbox_backlog() == 3
    assert store.outbox_claim(a.id, "p1", T0, T0 + dt.timedelta(minutes=1)) is not None
    store.outbox_attempt((a.id,), "p1", T0)
    assert store.pending_outbox(T0, "@a")[0].sending_at == T0
    store.record_sent_part(a.id, (101,))
    assert store.pending_outbox(T0, "@a")[0].message_ids == (101,)
    assert store.pending_outbox(T0, "@a")[0].sending_at is None
    store.outbox_done(a.id, T0, (101, 102))
    assert store.sent_message_ids(alert_id, "@a") == (101, 102)
    assert store.sent_message_ids(alert_id, "@b") == ()
    store.outbox_retry(b.id, "429", T0 + dt.timedelta(minutes=5))
    assert [r.chat_id for r in store.pending_outbox(T0)] == ["@c"]
    retried = store.pending_outbox(T0 + dt.timedelta(minutes=6), "@b")
    assert [(r.chat_id, r.attempts) for r in retried] == [("@b", 1)]
    store.outbox_failed(c.id, "403 Forbidden")
    assert store.outbox_backlog() == 1
    assert store.outbox_oldest_pending() == T0
    deliveries = store.review_deliveries([alert_id])[alert_id]
    assert {d["chat_id"]: d["state"] for d in deliveries} == {
        "@a": "sent",
        "@b": "pending",
        "@c": "failed",
    }
    assert deliveries[0]["message_ids"] == [101, 102]
    store.outbox_done(b.id, T0, (103,))
    assert store.outbox_oldest_pending() is None


def test_an_outbox_row_is_claimed_by_one_owner_until_its_claim_runs_out(store: Store) -> None:
    """Compare-and-set: a second owner gets nothing while the claim lasts, then the row;
    a post is begun only by the row's owner; a row left mid-post is held, then resolved."""
    _alert(store, _item("drills", T0), "dev-1", chats=("@a",))
    (row,) = store.pending_outbox(T0)
    until = T0 + dt.timedelta(minutes=1)
    mine = store.outbox_claim(row.id, "p1", T0, until)
    assert mine is not None
    assert (mine.claimed_by, mine.claimed_until) == ("p1", until)
    assert store.outbox_claim(row.id, "p2", T0, until) is None
    assert store.outbox_claim(row.id, "p1", T0, until) is not None  # its own again
    with pytest.raises(StoreError, match="no longer claimed"):
        store.outbox_attempt((row.id,), "p2", T0)
    store.outbox_attempt((row.id,), "p1", T0)
    later = until + dt.timedelta(seconds=1)
    taken = store.outbox_claim(row.id, "p2", later, later + dt.timedelta(minutes=1))
    assert taken is not None
    assert taken.sending_at == T0  # p1 began a post; nobody knows how it ended
    assert store.outbox_claim(row.id, "p3", T0, until, stale_owner="p2") is not None
    store.outbox_hold(row.id, "outcome unknown")
    assert store.pending_outbox(later) == []
    assert [r.id for r in store.held_outbox()] == [row.id]
    assert store.resolve_held(row.id, reached=False, now=later)
    assert not store.resolve_held(row.id, reached=True, now=later)  # not held any more
    again = store.pending_outbox(later)
    assert [(r.id, r.sending_at) for r in again] == [(row.id, None)]


def test_a_send_under_way_is_not_cancelled_by_a_retraction(store: Store) -> None:
    """A row whose post has begun may reach the chat: retracting the alert leaves it to
    finish (or to be held), while a row not begun is cancelled."""
    alert_id = _alert(store, _item("drills", T0), "dev-1", chats=("@a", "@b"))
    a, _ = store.pending_outbox(T0)
    assert store.outbox_claim(a.id, "p1", T0, T0 + dt.timedelta(minutes=1)) is not None
    store.outbox_attempt((a.id,), "p1", T0)
    done = store.retract_alert(alert_id, "denied", T0)
    assert done is not None
    assert done.cancelled == 1
    assert [r.id for r in store.pending_outbox(T0)] == [a.id]


def test_the_cycle_lease_has_one_holder_until_it_runs_out_or_is_dropped(store: Store) -> None:
    """A lease is taken by one owner, renewed by it, refused to others until it runs out,
    handed over from a holder known to be gone, and free again once dropped."""
    until = T0 + dt.timedelta(seconds=30)
    assert store.lease_holder("cycle") is None
    assert store.take_lease("cycle", "p1", T0, until)
    assert not store.take_lease("cycle", "p2", T0, until)
    assert store.take_lease("cycle", "p1", T0, until + dt.timedelta(seconds=5))  # renewed
    assert store.lease_holder("cycle") == ("p1", until + dt.timedelta(seconds=5))
    assert store.take_lease("cycle", "p2", T0, until, stale_owner="p1")
    store.drop_lease("cycle", "p1")  # not its lease any more: nothing happens
    assert store.lease_holder("cycle") == ("p2", until)
    late = until + dt.timedelta(seconds=1)
    assert store.take_lease("cycle", "p3", late, late + dt.timedelta(seconds=30))
    store.drop_lease("cycle", "p3")
    assert store.lease_holder("cycle") is None


def test_retracting_an_alert_forgets_what_it_taught_and_queues_corrections(
    store: Store,
) -> None:
    """A retraction is stored once; its development, facts and status moves stop being read;
    chats holding a message get a 'retract' row, a send not begun is cancelled."""
    kept = _alert(store, _item("kept", T0), "dev-kept", chats=("@a",))
    wrong = _alert(store, _item("wrong", T0 + dt.timedelta(1)), "dev-wrong", chats=("@a", "@b"))
    rows = {(r.alert_id, r.chat_id): r for r in store.pending_outbox(T0)}
    store.outbox_done(rows[(wrong, "@a")].id, T0, (7, 8))  # @b's send has not begun
    assert store.retraction_mark() == "0:"
    when = T0 + dt.timedelta(days=2)

    done = store.retract_alert(wrong, "the report was denied", when)

    assert done is not None
    assert (done.alert_id, done.at, done.reason, done.edits, done.cancelled) == (
        wrong,
        when,
        "the report was denied",
        1,
        1,
    )
    record = store.alert(wrong)
    assert record is not None
    assert (record.retracted_at, record.retraction) == (when, "the report was denied")
    assert store.retraction_mark() == f"1:{when.isoformat()}"
    assert [r["id"] for r in store.developments()] == ["dev-kept"]
    assert [r["id"] for r in store.developments_before(T0 + dt.timedelta(days=9))] == ["dev-kept"]
    assert [r["id"] for r in store.learned_facts()] == ["fact-dev-kept"]
    assert [r["development_id"] for r in store.status_moves()] == ["dev-kept"]
    assert [m["alert_id"] for m in store.review_status_moves()] == [kept]
    assert [f["alert_id"] for f in store.review_learned_facts()] == [kept]
    pending = [(r.alert_id, r.chat_id, r.action) for r in store.pending_outbox(T0)]
    assert pending == [(kept, "@a", "send"), (wrong, "@a", "retract")]
    states = {
        (d["chat_id"], d["action"]): d["state"] for d in store.review_deliveries([wrong])[wrong]
    }
    assert states == {
        ("@a", "send"): "sent",
        ("@b", "send"): "cancelled",
        ("@a", "retract"): "pending",
    }

    assert store.retract_alert(wrong, "again", when + dt.timedelta(1)) is None
    assert store.retract_alert(9999, "no such alert", when) is None
    again = store.alert(wrong)
    assert again is not None
    assert (again.retracted_at, again.retraction) == (when, "the report was denied")
    [listed] = [a for a in store.review_alerts() if a.id == wrong]
    assert listed.retraction == "the report was denied"


def test_unsubscribing_cancels_pending_rows(store: Store) -> None:
    """Subscribers round-trip; removing one cancels its pending deliveries."""
    assert store.add_subscriber("42", "ann", T0) == "added"
    assert store.add_subscriber("42", "ann", T0) == "already"
    assert store.add_subscriber("9", "eve", T0, limit=1) == "full"
    assert store.add_subscriber("42", "ann", T0, limit=1) == "already"
    assert store.add_subscriber("7", "bob", T0 + dt.timedelta(1)) == "added"
    assert store.subscriber_chat_ids() == ("42", "7")
    assert [s.user_name for s in store.subscribers()] == ["ann", "bob"]
    _alert(store, _item("drills", T0), "dev-1", chats=("42", "7"))
    assert store.remove_subscriber("42")
    assert not store.remove_subscriber("42")
    assert [r.chat_id for r in store.pending_outbox(T0)] == ["7"]


def test_settings_and_pause(store: Store) -> None:
    """Settings are set, replaced and cleared; pause round-trips a datetime."""
    assert store.setting("x") is None
    store.set_setting("x", "1")
    store.set_setting("x", "2")
    assert store.setting("x") == "2"
    store.set_setting("x", None)
    assert store.setting("x") is None
    store.set_paused(T0)
    assert store.paused_since() == T0
    store.set_paused(None)
    assert store.paused_since() is None


def test_google_pause_is_kept_replaced_and_ended(store: Store) -> None:
    """Google News's pause round-trips an aware UTC deadline and the backoff; a later
    pause replaces it and None ends it."""
    assert store.google_pause() is None
    store.save_google_pause(T0 + dt.timedelta(seconds=60), 60.0)
    assert store.google_pause() == (T0 + dt.timedelta(seconds=60), 60.0)
    tokyo = dt.timezone(dt.timedelta(hours=9))
    store.save_google_pause((T0 + dt.timedelta(seconds=120)).astimezone(tokyo), 120.0)
    until, backoff = store.google_pause() or (None, 0.0)
    assert until == T0 + dt.timedelta(seconds=120)
    assert until is not None
    assert until.utcoffset() == dt.timedelta(0)
    assert backoff == 120.0
    store.save_google_pause(None, 0.0)
    assert store.google_pause() is None


# ----------------------------------------------------------------------------- review


def test_review_queries_filter_search_and_aggregate(store: Store) -> None:
    """History filters (rule, language, Unicode search), decisions by rule, weekly counts."""
    alert_id = _alert(store, _item("drills", T0), "dev-1")
    item = _item("other", T0 + dt.timedelta(days=8))
    store.record_poll("wire", T0, 200, None, None, None, (item,))
    store.record_assessment(item, _article(item, title="Погода"), "off_topic", "weather", [], T0)
    assert [a.id for a in store.review_alerts(rule="military")] == [alert_id]
    assert store.review_alerts(rule="milit") == []
    assert store.review_alert_count(search="ШИКОТАН") == 1
    assert store.review_alert_count(search="nothing") == 0
    assert store.review_alert_count(since=T0 + dt.timedelta(1)) == 0
    assert [d["url"] for d in store.review_decisions(rule="military")] == [
        "https://news.test/drills"
    ]
    assert store.review_decisions(rule="military")[0]["rules"] == ["military"]
    assert store.review_decision_count(alerted=False) == 1
    assert store.review_decision_count(search="погода") == 1
    weekly = store.review_weekly()
    assert weekly == [
        {"week": "2026-03-02", "articles": 1, "alerts": 1},
        {"week": "2026-03-09", "articles": 1, "alerts": 0},
    ]
    assert [m["alert_id"] for m in store.review_status_moves()] == [alert_id]
    assert store.review_learned_facts()[0]["entities"] == ["shikotan"]
    assert [r["url"] for r in store.review_articles_by_url(["https://news.test/other"])] == [
        "https://news.test/other"
    ]
    assert [r["url"] for r in store.articles_since(T0 + dt.timedelta(1))] == [item.link]
    assert [r["id"] for r in store.developments_before(T0 + dt.timedelta(1))] == ["dev-1"]
    assert len(store.decisions()) == 2


# ----------------------------------------------------------------------------- backup


def test_backup_copies_sqlite_and_postgres_refers_to_its_tools(
    store: Store, tmp_path: Path
) -> None:
    """SQLite is copied consistently; PostgreSQL's backup is pg_dump's job."""
    _alert(store, _item("drills", T0), "dev-1")
    target = tmp_path / "copy.db"
    if store.is_postgres:
        with pytest.raises(StoreError, match="pg_dump"):
            store.backup(target)
        return
    store.backup(target)
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT COUNT(*) FROM alerts").fetchone() == (1,)
    finally:
        copy.close()


@pytest.fixture(scope="module")
def judge() -> Judge:
    """The shipped rules and seeds."""
    root = Path(__file__).resolve().parent.parent
    rules = load_rules(root / "rules")
    return Judge.build(rules, load_seeds(root / "seeds", frozenset(rules.entities)))


def test_apply_writes_a_decision_and_a_copy_attaches_to_its_alert(
    store: Store, judge: Judge
) -> None:
    """`apply` records a real status change's alert with its development, facts, status
    moves and one outbox row per chat; a copy's decision then attaches it as a source."""
    page = Path(__file__).parent / "data" / "articles" / "status-grave-visits.html"
    url = "https://news.test/status-grave-visits"
    item = FeedItem("wire", "graves", url, "", "", None)
    article = extract_article(item, url, page.read_bytes(), now=T0)
    decision = decide(
        item, article, judge.assess(article), judge.knowledge, T0, Routing(("@a",), ("9", "@a"))
    )
    assert decision.alert is not None
    store.record_poll(item.feed_id, T0, 200, None, None, None, (item,))
    alert_id = store.apply(decision)
    assert alert_id is not None
    record = store.alert(alert_id)
    assert record is not None
    assert (record.kind, record.rule, record.diff) == (
        "status_change",
        decision.alert.rule,
        decision.alert.diff,
    )
    assert [r.chat_id for r in store.pending_outbox(T0)] == ["@a", "9"]
    assert [(d["id"], d["alert_id"]) for d in store.developments()] == [
        (decision.alert.development.id, alert_id)
    ]
    assert [f["id"] for f in store.learned_facts()] == [f.id for f in decision.alert.facts]
    moves = [(m["status_id"], m["state"]) for m in store.status_moves()]
    assert moves == [(sid, state.state) for sid, state in decision.alert.moves] != []
    assert store.assessed_decision(url) == "status_change"
    assert store.pending_items(T0) == []

    amp = "https://news.test/amp/status-grave-visits"
    copy_item = FeedItem("wire", "graves-amp", amp, "", "", None)
    earlier = Earlier(url, article.text, decision.kind, decision.reason, alert_id)
    copy = copied(copy_item, replace(article, url=amp), earlier, T0)
    assert copy is not None
    store.record_poll(copy_item.feed_id, T0, 200, None, None, None, (copy_item,))
    assert store.apply(copy) is None
    record = store.alert(alert_id)
    assert record is not None
    assert [s["url"] for s in record.sources] == [amp]
    assert store.assessed_decision(amp) == "same_development"
    assert store.alert_count() == 1
