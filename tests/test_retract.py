"""Correcting the record: `kuril-monitor retract` on a history the monitor stored itself.

Two real `run --once` cycles fill a SQLite file and post the alerts to a Bot API endpoint
driven by python-telegram-bot; the CLI retracts the status-change alert as a process; the
next `run --once` edits its message. Then everything that reads the history is asked: the
knowledge the judge is built from, `facts`, `history`, the web page and the Atom feed.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import yaml
from support.botapi import DEFAULT_TOKEN, BotApi, StoredMessage, parse_html
from support.newsworld import NewsWorld
from support.reviewworld import (
    CHANNEL,
    ROOT,
    ReviewWorld,
    review_world,
    run_once,
    write_config,
)

from monitor.core.knowledge import Knowledge
from monitor.edges.store import Store
from monitor.files.config import load_config
from monitor.shell.app import load_knowledge, open_context
from monitor.stages.pipeline import knowledge_with_history, run_cycle

DRILLS = "new-shikotan-drills"
GRAVES = "status-grave-visits"
STATUS = "former-residents-visits"  # the status the grave-visits alert moved
WHY = "Moscow denied the report; visits stay suspended"
ATOM = "{http://www.w3.org/2005/Atom}"
CORRECTION = re.compile(r"^⚠️ Retracted (\d{4}-\d\d-\d\d \d\d:\d\d) UTC: (.*)$")
PAGES = ROOT / "tests" / "data" / "articles"


def _cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
        cwd=ROOT,
    )


def _knowledge(config: Path) -> Knowledge:
    _, seeds = load_knowledge(load_config(config))
    store = Store.open(_database(config), readonly=True)
    try:
        return knowledge_with_history(seeds, store)
    finally:
        store.close()


def _database(config: Path) -> Path:
    url = str(yaml.safe_load(config.read_text(encoding="utf-8"))["database"])
    return Path(url.removeprefix("sqlite:///"))


def _message_of(bot: BotApi, chat: int | str, page: str) -> StoredMessage:
    """The bot's message in `chat` that first posted the alert raised by `page`."""
    found = [
        m
        for m in bot.messages.get(chat, [])
        if m.by_bot and f"/articles/{page}.html" in str(m.params.get("text", ""))
    ]
    assert len(found) == 1, [m.text[:80] for m in bot.messages.get(chat, [])]
    return found[0]


@dataclass(frozen=True)
class Retracted:
    """The world after `retract` and one more `run --once`."""

    world: ReviewWorld
    proc: subprocess.CompletedProcess[str]  # the `retract` command
    at: str  # "YYYY-MM-DD HH:MM" (UTC), as the command printed it
    before: Knowledge  # what the judge was built from before the retraction

    @property
    def graves(self) -> int:
        return self.world.alert(GRAVES)


@pytest.fixture(scope="module")
def retracted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Retracted]:
    """The review history with the grave-visits alert retracted, its edit delivered by a
    `run --once` whose first editMessageText is answered only after the client gave up."""
    with review_world(tmp_path_factory.mktemp("retract")) as world:
        raw = yaml.safe_load(world.config.read_text(encoding="utf-8"))
        raw["telegram"]["timeout"] = 1.0
        world.config.write_text(yaml.safe_dump(raw), encoding="utf-8")
        before = _knowledge(world.config)
        proc = _cli(world.config, "retract", str(world.alert(GRAVES)), "--why", WHY)
        match = re.search(r"retracted (\d{4}-\d\d-\d\d \d\d:\d\d) UTC", proc.stdout)
        assert proc.returncode == 0, proc.stderr
        assert match, proc.stdout
        # Telegram applies the edit, but its answer comes after the client's timeout: the
        # delivery is retried and must not put the correction in twice
        world.bot.slow_next("editMessageText", 2.5)
        delivered = run_once(world.config)
        assert delivered.returncode == 0, delivered.stderr
        yield Retracted(world, proc, match.group(1), before)


def test_retract_says_what_it_did(retracted: Retracted) -> None:
    """`retract ID --why` exits 0 with one line: the alert, when (UTC), why, the edits queued."""
    assert retracted.proc.stdout == (
        f"alert #{retracted.graves} retracted {retracted.at} UTC: {WHY}; "
        "1 message will be edited to show it\n"
    )
    assert retracted.proc.stderr == ""
    stamp = datetime.strptime(retracted.at, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - stamp) < timedelta(minutes=10)


def test_the_message_is_edited_once_with_the_correction_on_top(retracted: Retracted) -> None:
    """The channel's message of the alert is edited (not deleted, not reposted): the
    correction line first, the original text below; the timed-out edit's retry and a
    later cycle change nothing more."""
    bot = retracted.world.bot
    message = _message_of(bot, CHANNEL, GRAVES)
    calls = [p for p in bot.params_of("editMessageText") if p["message_id"] == message.message_id]
    assert len(calls) >= 2  # the first answer came too late; the edit was sent again
    assert len(message.edits) == 1
    assert not message.deleted
    first, _, rest = message.text.partition("\n\n")
    assert CORRECTION.match(first).groups() == (retracted.at, WHY)  # type: ignore[union-attr]
    original, _ = parse_html(str(message.params["text"]))
    assert rest == original
    assert len(bot.sent(CHANNEL)) == len(retracted.world.alerts)  # nothing new was posted

    again = run_once(retracted.world.config)
    assert again.returncode == 0, again.stderr
    assert len(message.edits) == 1
    assert len(bot.sent(CHANNEL)) == len(retracted.world.alerts)
    detail = json.loads(
        _cli(
            retracted.world.config, "history", "show", str(retracted.graves), "--format", "json"
        ).stdout
    )
    done = [(d["action"], d["state"]) for d in detail["deliveries"]]
    assert done == [("send", "sent"), ("retract", "sent")]


@pytest.mark.parametrize(
    ("args", "error", "status"),
    [
        (("9999", "--why", "wrong"), "there is no alert #9999", 1),
        (("abc", "--why", "wrong"), "the alert id must be a number, not 'abc'", 2),
        (("--why", "wrong"), "which alert? give its id", 2),
    ],
)
def test_refusals_exit_with_one_line(
    retracted: Retracted, args: tuple[str, ...], error: str, status: int
) -> None:
    """An unknown id exits 1; an id that is not a number, or none at all, is a usage error
    (exit 2); either way one line."""
    proc = _cli(retracted.world.config, "retract", *args)
    assert proc.returncode == status
    assert proc.stdout == ""
    assert proc.stderr.startswith(f"kuril-monitor retract: {error}")
    assert len(proc.stderr.splitlines()) == 1


def test_a_reason_is_required(retracted: Retracted) -> None:
    """No --why, or only blanks: exit 2 asking for the reason; the alert stays as it was."""
    drills = str(retracted.world.alert(DRILLS))
    for args in ((drills,), (drills, "--why", "   ")):
        proc = _cli(retracted.world.config, "retract", *args)
        assert proc.returncode == 2
        assert proc.stderr == (
            f"kuril-monitor retract: give the reason why alert #{drills} is retracted\n"
        )
    shown = json.loads(
        _cli(retracted.world.config, "history", "show", drills, "--format", "json").stdout
    )
    assert shown["retracted_at"] is None


def test_retracting_twice_says_when_and_why(retracted: Retracted) -> None:
    """A second retraction is refused with the first one's time and reason."""
    proc = _cli(retracted.world.config, "retract", f"#{retracted.graves}", "--why", "again")
    assert proc.returncode == 1
    assert proc.stderr == (
        f"kuril-monitor retract: alert #{retracted.graves} was already retracted on "
        f"{retracted.at} UTC: {WHY}\n"
    )


def test_knowledge_no_longer_holds_what_the_alert_taught(retracted: Retracted) -> None:
    """The judge's knowledge loses the alert's status move, development and facts; what
    other alerts taught stays."""
    before, after = retracted.before, _knowledge(retracted.world.config)
    moved = before.statuses[STATUS]
    assert moved.status.current.state.startswith("resumed")
    assert after.statuses[STATUS].status.history == moved.status.history[:-1]
    assert after.statuses[STATUS].active is not moved.active
    graves_devs = [d.id for d in before.developments if d.alert_id == retracted.graves]
    assert len(graves_devs) == 1
    assert [d.id for d in after.developments] == [
        d.id for d in before.developments if d.alert_id != retracted.graves
    ]
    drills = retracted.world.alert(DRILLS)
    assert any(d.alert_id == drills for d in after.developments)
    learned = {f.id for f in before.facts if f.learned}
    kept = {f.id for f in after.facts if f.learned}
    assert kept < learned
    assert after.facts == tuple(
        f for f in before.facts if not f.learned or f.id in kept
    )  # only learned facts went


def test_facts_command_no_longer_shows_it(retracted: Retracted) -> None:
    """`facts`: the status is back to its seed state, and nothing cites the alert."""
    proc = _cli(retracted.world.config, "facts")
    assert proc.returncode == 0, proc.stderr
    assert f"alert #{retracted.graves}" not in proc.stdout
    assert f"{STATUS} (not active):" in proc.stdout
    assert f"(alert #{retracted.world.alert(DRILLS)})" in proc.stdout


def test_history_shows_the_retraction(retracted: Retracted) -> None:
    """`history` lists when and why in its last column (JSON and CSV carry both), and
    `history show` opens with the correction."""
    config, graves = retracted.world.config, retracted.graves
    table = _cli(config, "history").stdout.splitlines()
    header = re.split(r"\s{2,}", table[0].strip())
    assert header[-1] == "RETRACTED"
    rows = {int(r.split()[0]): re.split(r"\s{2,}", r.strip()) for r in table[1:]}
    assert rows[graves][-1] == f"{retracted.at} UTC: {WHY}"
    assert {r[-1] for i, r in rows.items() if i != graves} == {"-"}
    alerts = json.loads(_cli(config, "history", "--format", "json").stdout)
    [entry] = [a for a in alerts if a["id"] == graves]
    assert entry["retraction"] == WHY
    assert entry["retracted_at"].startswith(retracted.at.replace(" ", "T"))
    assert all(a["retracted_at"] is None for a in alerts if a["id"] != graves)
    csv = _cli(config, "history", "--format", "csv").stdout
    assert f"{WHY}" in csv.splitlines()[[a["id"] for a in alerts].index(graves) + 1]
    shown = _cli(config, "history", "show", str(graves)).stdout
    assert shown.startswith(f"⚠️ Retracted {retracted.at} UTC: {WHY}\n#{graves}  Status change\n")


def _free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _web(config: Path, log: Path) -> Iterator[str]:
    """`kuril-monitor web` as a process on a free loopback port; stopped on exit."""
    port = _free_port()
    env = {
        k: v for k, v in os.environ.items() if k not in ("KURIL_WEB_TOKEN", "TELEGRAM_BOT_TOKEN")
    }
    env["NO_PROXY"] = "127.0.0.1,localhost"
    base = f"http://127.0.0.1:{port}"
    with log.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(config), "web", "--port", str(port)],
            stdout=err,
            stderr=err,
            env=env,
            cwd=ROOT,
        )
        try:
            deadline = time.monotonic() + 30
            with httpx.Client(trust_env=False, timeout=10) as client:
                while True:
                    assert proc.poll() is None, log.read_text(encoding="utf-8")
                    try:
                        client.get(base + "/static/style.css")
                        break
                    except httpx.TransportError:
                        assert time.monotonic() < deadline, "the web server did not start"
                        time.sleep(0.1)
            yield base
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_web_pages_and_atom_feed_show_the_retraction(retracted: Retracted) -> None:
    """The timeline and the alert page show the correction; the status board no longer
    cites the alert; its Atom entry is retitled, updated and opens with the correction."""
    config, graves = retracted.world.config, retracted.graves
    correction = f"⚠️ Retracted {retracted.at} UTC:</b> {WHY}"
    with _web(config, config.parent / "web.log") as base, httpx.Client(trust_env=False) as http:
        timeline = http.get(base + "/").text
        page = http.get(f"{base}/alerts/{graves}").text
        statuses = http.get(base + "/statuses").text
        feed = ET.fromstring(http.get(base + "/alerts.atom").content)
    assert timeline.count('class="retraction"') == 1
    assert correction in timeline
    assert correction in page
    assert page.index('class="retraction"') < page.index("<h1")
    assert f"/alerts/{graves}" not in statuses
    entries = {e.findtext(f"{ATOM}id"): e for e in feed.findall(f"{ATOM}entry")}
    [entry] = [
        e for e in entries.values() if (e.findtext(f"{ATOM}title") or "").startswith("Retracted")
    ]
    assert (entry.findtext(f"{ATOM}title") or "").startswith("Retracted: Status change: ")
    link = entry.find(f"{ATOM}link[@rel='alternate']")
    assert link is not None
    assert link.get("href") == f"{base}/alerts/{graves}"
    updated = entry.findtext(f"{ATOM}updated") or ""
    assert updated.startswith(retracted.at.replace(" ", "T"))
    assert feed.findtext(f"{ATOM}updated") == updated
    assert (entry.findtext(f"{ATOM}content") or "").startswith(
        f'<p class="retraction"><b>{correction}</p>'
    )


# ----------------------------------------------------------------------------- a running monitor


def _publish(news: NewsWorld, *pages: tuple[str, datetime]) -> None:
    items = []
    for name, when in pages:
        news.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
        link = news.url(f"/articles/{name}.html")
        items.append(
            {"title": name, "link": link, "summary": name, "published": when, "guid": name}
        )
    news.add_feed("/feeds/wire.xml", items)


T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)


def test_a_running_monitor_sees_a_retraction_at_its_next_cycle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A monitor that is running while `retract` runs elsewhere rebuilds its knowledge at
    its next cycle: the development is forgotten, so a later report of it is not grouped
    with the retracted alert, and the correction reaches the channel in that cycle."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", DEFAULT_TOKEN)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with NewsWorld() as news, BotApi() as bot:
        path = write_config(tmp_path, news, bot)
        _publish(news, (DRILLS, T0))

        async def main() -> None:
            async with open_context(load_config(path)) as ctx:
                await run_cycle(ctx)
                (alert,) = ctx.store.alerts()
                assert [d.alert_id for d in ctx.judge.knowledge.developments] == [alert.id]
                proc = await asyncio.to_thread(
                    _cli, path, "retract", str(alert.id), "--why", "a staged photo"
                )
                assert proc.returncode == 0, proc.stderr
                assert ctx.judge.knowledge.developments  # not seen before the next cycle
                _publish(news, (DRILLS, T0), ("same-shikotan-drills-ru", T0 + timedelta(hours=6)))
                await run_cycle(ctx)
                assert all(d.alert_id != alert.id for d in ctx.judge.knowledge.developments)
                ru = ctx.store.article_by_url(news.url("/articles/same-shikotan-drills-ru.html"))
                assert ru is not None
                assert ru["alert_id"] != alert.id
                assert ru["decision"] != "same_development"

        asyncio.run(main())
        message = _message_of(bot, CHANNEL, DRILLS)
        assert len(message.edits) == 1
        assert message.text.split("\n", 1)[0].endswith("UTC: a staged photo")


def test_without_telegram_the_retraction_is_stored_and_nothing_waits(tmp_path: Path) -> None:
    """With no token the alert was only printed: retracting it is stored and says there is
    no Telegram message to edit; no delivery is left waiting for one."""
    with NewsWorld() as news:
        config = tmp_path / "config.yaml"
        config.write_text(
            yaml.safe_dump(
                {
                    "database": f"sqlite:///{tmp_path / 'state' / 'monitor.db'}",
                    "rules_dir": str(ROOT / "rules"),
                    "seeds_dir": str(ROOT / "seeds"),
                    "feeds": [{"id": "wire", "url": news.url("/feeds/wire.xml")}],
                    "polling": {"max_item_age_days": None, "allow_private_addresses": True},
                }
            ),
            encoding="utf-8",
        )
        _publish(news, (DRILLS, T0))
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        env["NO_PROXY"] = "127.0.0.1,localhost"
        cycle = [sys.executable, "-m", "monitor", "--config", str(config), "run", "--once"]
        first = subprocess.run(
            cycle, capture_output=True, text=True, env=env, cwd=ROOT, timeout=90, check=False
        )
        assert first.returncode == 0, first.stderr
        assert "Shikotan" in first.stdout
        proc = _cli(config, "retract", "1", "--why", "wrong island")
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.endswith("UTC: wrong island; no Telegram message of it to edit\n")
        detail = json.loads(_cli(config, "history", "show", "1", "--format", "json").stdout)
        assert detail["retraction"] == "wrong island"
        assert [d["action"] for d in detail["deliveries"]] == ["send"]
