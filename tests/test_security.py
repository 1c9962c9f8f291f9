"""Security end to end: no request reaches a private address, the bot token is never shown,
and `kuril-monitor backup` copies a running monitor's database consistently."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from support.botapi import BotApi
from support.daemon import ARTICLES, Daemon, run_cli, write_config
from support.newsworld import NewsWorld

from monitor.core.novelty import Judge
from monitor.edges.feeds import Fetcher
from monitor.edges.store import Store
from monitor.files.config import load_config
from monitor.shell.app import fetch_limits, load_knowledge
from monitor.stages.pipeline import Context, knowledge_with_history, run_cycle

T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
PUBLIC_IP = "93.184.216.34"  # what "feeds.example" resolves to; never contacted
CHANNEL = "@kuril_test"
TOKEN = "7000000002:AAH-leak-canary-9f8e7d6c5b4a3f2e1d0c"
SECRET = "the instance's credentials"


@pytest.fixture
def secret_world() -> Iterator[NewsWorld]:
    """The news web on 127.0.0.1, with a page that must never be read."""
    with NewsWorld() as w:
        w.add_page("/secret", f"<html><body><p>{SECRET}</p></body></html>")
        yield w


# ----------------------------------------------------------------------------- private addresses


class _Network(httpx.AsyncBaseTransport):
    """The network as the monitor sees it: the public host "feeds.example" is served by the
    news world; a request for any other host is recorded and answered with a secret, as a
    reachable internal service would."""

    def __init__(self, secret_world: NewsWorld) -> None:
        self.asked: list[str] = []
        self._port = urlsplit(secret_world.base_url).port
        self._inner = httpx.AsyncHTTPTransport(trust_env=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.asked.append(str(request.url))
        if request.url.host in ("feeds.example", "127.0.0.1"):
            if request.url.host == "feeds.example":
                request.url = request.url.copy_with(host="127.0.0.1", port=self._port)
            return await self._inner.handle_async_request(request)
        page = f"<html><body><p>{SECRET}</p></body></html>"
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=page.encode())

    async def aclose(self) -> None:
        await self._inner.aclose()


def test_feed_items_linking_inward_are_never_fetched(
    tmp_path: Path, secret_world: NewsWorld
) -> None:
    """An allowed feed's items pointing at loopback, metadata or private hosts are refused,
    through the whole pipeline with the real Fetcher; the feed's own text is used instead."""
    port = urlsplit(secret_world.base_url).port
    secret_world.redirect("/bounce", f"http://127.0.0.1:{port}/secret")
    secret_world.add_page("/ok.html", (ARTICLES / "new-shikotan-drills.html").read_bytes())
    inward = {
        "loopback": f"http://127.0.0.1:{port}/secret",
        "loopback6": f"http://[::1]:{port}/secret",
        "metadata": "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "intranet": "http://intranet.example/wiki",
        "bounce": "http://feeds.example/bounce",  # a public page redirecting inward
    }
    items = [
        {"title": f"Item {k}", "link": url, "guid": k, "published": T0, "summary": f"About {k}"}
        for k, url in inward.items()
    ]
    items.append({"title": "Drills", "link": "http://feeds.example/ok.html", "guid": "ok"})
    secret_world.add_feed("/rss.xml", items)
    config = load_config(
        write_config(
            tmp_path,
            [("wire", "http://feeds.example/rss.xml")],
            polling={"allow_private_addresses": False, "page_attempts": 2},
        )
    )
    network = _Network(secret_world)
    table: dict[str, Sequence[str]] = {
        "feeds.example": [PUBLIC_IP],
        "intranet.example": ["10.20.30.40"],
    }

    async def resolve(host: str, port: int) -> Sequence[str]:
        if host not in table:
            raise OSError(f"no such host {host}")
        return table[host]

    async def scenario() -> None:
        rules, seeds = load_knowledge(config)
        store = Store.open(tmp_path / "monitor.db")
        try:
            async with Fetcher(fetch_limits(config), transport=network, resolve=resolve) as f:
                judge = Judge.build(rules, knowledge_with_history(seeds, store))
                ctx = Context(config=config, store=store, fetcher=f, judge=judge)
                await run_cycle(ctx)
                with contextlib.closing(sqlite3.connect(tmp_path / "monitor.db")) as db:
                    errors = dict(db.execute("SELECT key, last_error FROM items").fetchall())
                for key in inward:
                    assert errors[key].startswith("blocked"), (key, errors[key])
                await run_cycle(ctx)  # the second attempt falls back to the feed's text
        finally:
            store.close()

    asyncio.run(scenario())
    assert secret_world.hits("/secret") == 0
    assert {urlsplit(u).hostname for u in network.asked} == {"feeds.example"}, network.asked
    assert {urlsplit(u).path for u in network.asked} == {"/rss.xml", "/ok.html", "/bounce"}
    db = sqlite3.connect(tmp_path / "monitor.db")
    with contextlib.closing(db):
        rows = db.execute("SELECT item_key, from_feed_only, text FROM articles").fetchall()
    assert {k: bool(f) for k, f, _ in rows} == {**dict.fromkeys(inward, True), "ok": False}
    assert all(SECRET not in text for _, _, text in rows)


def test_running_monitor_never_requests_a_private_feed(
    tmp_path: Path, secret_world: NewsWorld
) -> None:
    """`run --once` with allow_private_addresses: false sends nothing to a loopback feed."""
    secret_world.add_feed(
        "/rss.xml", [{"title": "x", "link": secret_world.url("/secret"), "guid": "x"}]
    )
    config = write_config(
        tmp_path,
        [("wire", secret_world.url("/rss.xml"))],
        polling={"allow_private_addresses": False},
    )
    done = run_cli(config, "run", "--once")
    assert done.returncode == 0, done.stderr
    assert secret_world.requests == []
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    with contextlib.closing(db):
        (error,) = db.execute("SELECT last_error FROM feeds").fetchone()
    assert error.startswith("blocked")
    assert "loopback" in error


# ----------------------------------------------------------------------------- the token


def _leaks(text: str | bytes) -> list[str]:
    """Which forms of the token appear in `text`."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "replace")
    secret = TOKEN.split(":", 1)[1]
    forms = {"token": TOKEN, "secret": secret, "url-encoded": TOKEN.replace(":", "%3A")}
    return [name for name, form in forms.items() if form.encode() in data]


def _state_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob("*")) if p.is_file())


def test_bot_token_never_appears_in_output_or_database(
    tmp_path: Path, secret_world: NewsWorld
) -> None:
    """With a token and a failing Telegram (down, 5xx, token refused), neither `run --once`
    nor the daemon writes the token to stdout, stderr, logs or the database."""
    secret_world.add_page("/a.html", (ARTICLES / "new-shikotan-drills.html").read_bytes())
    secret_world.add_feed(
        "/rss.xml",
        [{"title": "Drills", "link": secret_world.url("/a.html"), "guid": "a", "published": T0}],
    )
    secret_world.fail("/down.xml", 500)
    feeds = [("wire", secret_world.url("/rss.xml")), ("down", secret_world.url("/down.xml"))]
    outputs: list[str] = []
    with (
        BotApi(token=TOKEN) as failing,
        BotApi(token="7000000003:AAH-another-bot-token-xyz") as other,
    ):
        for method in ("sendMessage", "getUpdates", "setMyCommands", "deleteWebhook"):
            failing.fail_next(method, 502, description="Bad Gateway", count=10**6)
        for n, base in enumerate(["http://127.0.0.1:9/bot", failing.base_url, other.base_url]):
            folder = tmp_path / f"once-{n}"
            folder.mkdir()
            config = write_config(folder, feeds, api_base_url=base, log_level="DEBUG")
            done = run_cli(config, "run", "--once", token=TOKEN)
            assert done.returncode == 0, done.stderr
            outputs += [done.stdout, done.stderr]
            assert not _leaks(_state_bytes(folder / "state")), base
        folder = tmp_path / "daemon"
        folder.mkdir()
        config = write_config(
            folder,
            feeds,
            api_base_url=failing.base_url,
            admin_ids=[4242],
            polling={"unhealthy_after": 2},
            log_level="DEBUG",
        )
        with Daemon(config, token=TOKEN) as proc:
            assert proc.wait_for("delivery.deferred"), proc.output()
            assert proc.wait_for("feed.unhealthy"), proc.output()
            assert proc.terminate() < 10
            outputs.append(proc.output())
        assert not _leaks(_state_bytes(folder / "state"))
    everything = "\n".join(outputs)
    assert "event=delivery.deferred" in everything  # the failures were met and logged
    assert "rejected the bot token" in everything or "Unauthorized" in everything
    assert not _leaks(everything), [line for line in everything.splitlines() if _leaks(line)][:5]


# ----------------------------------------------------------------------------- backup


def test_backup_while_the_daemon_runs_is_a_consistent_copy(
    tmp_path: Path, secret_world: NewsWorld
) -> None:
    """`kuril-monitor backup FILE` during a daemon run gives a self-contained, intact copy."""
    secret_world.add_page("/a.html", (ARTICLES / "new-shikotan-drills.html").read_bytes())
    secret_world.add_page("/b.html", (ARTICLES / "status-grave-visits.html").read_bytes())
    secret_world.add_feed(
        "/rss.xml",
        [
            {"title": "Drills", "link": secret_world.url("/a.html"), "guid": "a", "published": T0},
            {"title": "Visits", "link": secret_world.url("/b.html"), "guid": "b", "published": T0},
        ],
    )
    config = write_config(tmp_path, [("wire", secret_world.url("/rss.xml"))])
    live = tmp_path / "state" / "monitor.db"
    tables = ("items", "articles", "alerts", "outbox", "developments", "feeds")

    def counts(path: Path) -> dict[str, int]:
        with contextlib.closing(sqlite3.connect(path, timeout=10)) as db:
            return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    with Daemon(config) as proc:
        assert proc.wait_for("cycle.done", count=3), proc.output()
        assert proc.wait_for(lambda: counts(live)["outbox"] == 2), proc.output()
        # the daemon keeps writing (every poll) while the copy is made
        naive = tmp_path / "naive.db"
        shutil.copyfile(live, naive)  # what a plain file copy would get: the WAL is missed
        target = tmp_path / "backup" / "copy.db"
        target.parent.mkdir()
        done = run_cli(config, "backup", str(target))
        expected = counts(live)
        assert proc.returncode is None
        assert proc.terminate() < 10
    assert done.returncode == 0, done.stderr
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copyfile(target, alone / "copy.db")  # the copy needs no -wal file beside it
    with contextlib.closing(sqlite3.connect(alone / "copy.db")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert counts(alone / "copy.db") == expected
    assert expected["alerts"] == 2
    with contextlib.closing(sqlite3.connect(naive)) as db:
        found = db.execute("SELECT name FROM sqlite_master WHERE name = 'alerts'").fetchall()
        assert not found or db.execute("SELECT COUNT(*) FROM alerts").fetchone()[0] < 2


def test_backup_to_an_unwritable_place_is_a_clear_error(
    tmp_path: Path, secret_world: NewsWorld
) -> None:
    """A backup that cannot be written fails with a message, not a traceback."""
    config = write_config(tmp_path, [])
    done = run_cli(config, "backup", str(tmp_path / "no" / "such" / "dir" / "copy.db"))
    assert done.returncode == 1
    assert "backup to" in done.stderr
    assert "Traceback" not in done.stderr
