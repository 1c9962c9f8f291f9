"""The bot end to end: python-telegram-bot's real Application polls a Bot API endpoint on
127.0.0.1, a user writes commands, and the replies are read back from the endpoint.

The monitor's data are real too: news pages on 127.0.0.1 run through the pipeline into a
SQLite file, so the alerts, facts and feed states the bot shows are the stored ones.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from support.botapi import DEFAULT_TOKEN, BotApi, StoredMessage, parse_html
from support.newsworld import NewsWorld

from monitor.edges.splitting import split_html
from monitor.edges.store import AlertRecord
from monitor.files.config import Config, load_config
from monitor.shell import replies
from monitor.shell.app import open_context, run_daemon, run_once
from monitor.shell.bot import BotService
from monitor.stages.pipeline import Context, run_cycle

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "data" / "articles"
CHANNEL = "@kuril_test"
ADMIN = 4242
USER = 1001
GROUP = -4005
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
REPLY_WAIT = 15.0  # seconds to wait for the bot's answer

DRILLS = ("new-shikotan-drills", "Russian troops drill on Shikotan", T0)
GRAVES = ("status-grave-visits", "Grave visits to the islands", T0 + timedelta(days=1))
LOOKALIKE = ("lookalike-northern-territory", "Crocodile campaign", T0 - timedelta(days=1))


@dataclass
class World:
    """News pages, a Bot API endpoint and a config pointing at both."""

    news: NewsWorld
    api: BotApi
    config: Config

    def publish(self, *articles: tuple[str, str, datetime]) -> None:
        """Serve these articles (and only these) in the `wire` feed."""
        items = []
        for name, title, when in articles:
            self.news.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
            link = self.news.url(f"/articles/{name}.html")
            items.append(
                {"title": title, "link": link, "summary": title, "published": when, "guid": name}
            )
        self.news.add_feed("/feeds/wire.xml", items)


@pytest.fixture
def bot_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """A failing feed beside a working one, a Bot API endpoint, and the token set."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", DEFAULT_TOKEN)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with NewsWorld() as news, BotApi() as api:
        news.fail("/feeds/broken.xml", 500)
        raw = {
            "database": f"sqlite:///{tmp_path / 'state' / 'monitor.db'}",
            "rules_dir": str(ROOT / "rules"),
            "seeds_dir": str(ROOT / "seeds"),
            "feeds": [
                {"id": "wire", "url": news.url("/feeds/wire.xml"), "title": "Wire <agency>"},
                {"id": "broken", "url": news.url("/feeds/broken.xml")},
            ],
            "polling": {
                "interval": 60,
                "timeout": 3.0,
                "max_item_age_days": None,
                "allow_private_addresses": True,
                "page_attempts": 2,
            },
            "telegram": {
                "api_base_url": api.base_url,
                "chat_ids": [CHANNEL],
                "admin_ids": [ADMIN],
                "timeout": 5.0,
            },
        }
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(raw), encoding="utf-8")
        w = World(news, api, load_config(path))
        w.publish(DRILLS, GRAVES)
        yield w


@dataclass(frozen=True)
class Answer:
    """The bot's answer as the user sees it (`text`) and as it was sent (`html`)."""

    text: str
    html: str

    def __contains__(self, fragment: str) -> bool:
        return fragment in self.text


async def ask(api: BotApi, text: str, *, chat: int = USER, parts: int = 1) -> Answer:
    """Write `text` to the bot from the user `chat` and return its answer (all its parts)."""

    def answers() -> list[StoredMessage]:
        return [m for m in api.messages.get(chat, []) if m.by_bot]

    before = len(answers())
    api.push_text(chat, text, user_id=chat)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + REPLY_WAIT
    while len(answers()) < before + parts:
        if loop.time() > deadline:
            raise AssertionError(f"no answer to {text!r} in {REPLY_WAIT:g} s")
        await asyncio.sleep(0.02)
    new = answers()[before:]
    return Answer("\n".join(m.text for m in new), "\n".join(m.html for m in new))


Scenario = Callable[[Context], Awaitable[None]]


def with_bot(w: World, scenario: Scenario, *, cycle: bool = True) -> None:
    """Open the monitor (after one cycle), start the bot, run `scenario`, stop everything."""

    async def main() -> None:
        async with open_context(w.config) as ctx:
            if cycle:
                await run_cycle(ctx)
            async with BotService(ctx, DEFAULT_TOKEN, poll_timeout=5):
                await scenario(ctx)

    asyncio.run(main())


# ----------------------------------------------------------------------------- everyone


def test_start_and_help_list_the_commands(bot_world: World) -> None:
    """/start explains the bot and lists the commands; admins also see theirs."""

    async def scenario(ctx: Context) -> None:
        start = await ask(bot_world.api, "/start")
        assert "Kuril monitor" in start
        assert "/subscribe" in start
        assert "/status" not in start
        helped = await ask(bot_world.api, "/help")
        for name, _ in replies.PUBLIC_COMMANDS:
            assert f"/{name}" in helped
        assert "/status" not in helped
        admin = await ask(bot_world.api, "/help", chat=ADMIN)
        for name, _ in replies.ADMIN_COMMANDS:
            assert f"/{name}" in admin

    with_bot(bot_world, scenario, cycle=False)


def test_command_list_is_registered_with_set_my_commands(bot_world: World) -> None:
    """At start the bot registers everyone's commands, and the admin list in admins' chats."""

    async def scenario(ctx: Context) -> None:
        await ask(bot_world.api, "/help")

    with_bot(bot_world, scenario, cycle=False)
    default = bot_world.api.commands[(json.dumps({"type": "default"}), "")]
    assert [c["command"] for c in default] == [c for c, _ in replies.PUBLIC_COMMANDS]
    admin_scope = json.dumps({"chat_id": ADMIN, "type": "chat"}, sort_keys=True)
    admin = [c["command"] for c in bot_world.api.commands[(admin_scope, "")]]
    assert admin == [c for c, _ in replies.PUBLIC_COMMANDS + replies.ADMIN_COMMANDS]


def test_latest_lists_the_newest_alerts_first(bot_world: World) -> None:
    """/latest 2 lists both stored alerts newest first; a bad count gets the usage."""

    async def scenario(ctx: Context) -> None:
        alerts = ctx.store.alerts()
        assert [a.kind for a in alerts] == ["status_change", "new_development"]
        newest, older = alerts
        text = await ask(bot_world.api, "/latest 2")
        assert f"#{newest.id}" in text
        assert f"#{older.id}" in text
        assert text.text.index(f"#{newest.id}") < text.text.index(f"#{older.id}")
        assert "Shikotan" in text
        assert "new-shikotan-drills.html" in text.html
        one = await ask(bot_world.api, "/latest 1")
        assert f"#{newest.id}" in one
        assert f"#{older.id}" not in one
        assert "Usage" in await ask(bot_world.api, "/latest many")

    with_bot(bot_world, scenario)


def test_alert_shows_the_full_diff(bot_world: World) -> None:
    """/alert ID shows the alert with what changed (was, now, since, source) and the rest."""

    async def scenario(ctx: Context) -> None:
        change = next(a for a in ctx.store.alerts() if a.kind == "status_change")
        text = await ask(bot_world.api, f"/alert {change.id}")
        assert f"#{change.id}" in text
        assert "Status change" in text
        assert "What changed" in text
        assert "was:" in text
        assert "now:" in text
        assert "since" in text
        assert "status-grave-visits.html" in text.html
        assert change.rule in text
        for claim in change.diff["new"]:
            assert claim in text
        assert f"No alert #{change.id + 50}" in await ask(bot_world.api, f"/alert {change.id + 50}")
        assert "Usage" in await ask(bot_world.api, "/alert")

    with_bot(bot_world, scenario)


def test_alert_and_latest_answer_odd_numbers_clearly(bot_world: World) -> None:
    """/alert ² (a digit int() refuses), another script's digits or a 20-digit id, and
    /latest ², get a clear answer instead of silence and an exception in the log."""

    async def scenario(ctx: Context) -> None:
        for odd in ("²", "#٣", "1²"):
            answer = await ask(bot_world.api, f"/alert {odd}")
            assert "Its ID is a number" in answer
            assert "Usage" in answer
        huge = "12345678901234567890"
        assert f"No alert #{huge}" in await ask(bot_world.api, f"/alert {huge}")
        assert "No alert #" in await ask(bot_world.api, f"/alert {'9' * 400}")
        assert "n is a number from 1 to" in await ask(bot_world.api, "/latest ²")

    with_bot(bot_world, scenario, cycle=False)


def test_facts_lists_statuses_with_since_and_source(bot_world: World) -> None:
    """/facts lists every tracked status with its state, since when and its source."""

    async def scenario(ctx: Context) -> None:
        text = await ask(bot_world.api, "/facts")
        knowledge = ctx.judge.knowledge
        for tracked in knowledge.statuses.values():
            assert tracked.status.matter in text
            current = tracked.status.current
            if current.since is not None:
                assert f"since {current.since.isoformat()}" in text
        assert text.text.count("source:") == len(knowledge.statuses)
        # the status the grave-visits alert changed shows its new state and the article
        assert "status-grave-visits.html" in text.html

    with_bot(bot_world, scenario)


def test_rules_lists_the_active_rules(bot_world: World) -> None:
    """/rules lists every loaded watch rule with its severity."""

    async def scenario(ctx: Context) -> None:
        text = await ask(bot_world.api, "/rules")
        for rule in ctx.judge.rules.rules:
            assert rule.id in text
        assert "(high)" in text

    with_bot(bot_world, scenario, cycle=False)


def test_subscribers_get_alerts_privately_until_they_unsubscribe(bot_world: World) -> None:
    """/subscribe stores the chat and its alerts arrive privately; /unsubscribe stops them."""
    bot_world.publish(LOOKALIKE)

    async def scenario(ctx: Context) -> None:
        assert "Subscribed" in await ask(bot_world.api, "/subscribe")
        assert "already subscribed" in await ask(bot_world.api, "/subscribe")
        (sub,) = ctx.store.subscribers()
        assert sub.chat_id == str(USER)
        assert sub.user_name == "Tester"

        bot_world.publish(LOOKALIKE, DRILLS)
        await run_cycle(ctx)
        private = bot_world.api.sent(USER)
        assert "Shikotan" in private[-1]
        assert "New development" in private[-1]
        assert len(bot_world.api.sent(CHANNEL)) == 1

        assert "Unsubscribed" in await ask(bot_world.api, "/unsubscribe")
        assert ctx.store.subscribers() == []
        before = len(bot_world.api.sent(USER))
        bot_world.publish(LOOKALIKE, DRILLS, GRAVES)
        await run_cycle(ctx)
        assert len(bot_world.api.sent(CHANNEL)) == 2
        assert len(bot_world.api.sent(USER)) == before
        assert "not subscribed" in await ask(bot_world.api, "/unsubscribe")

    with_bot(bot_world, scenario)


def test_a_subscriber_sets_how_alerts_come_with_settings(bot_world: World) -> None:
    """/settings in a subscriber's private chat: shown, changed one key at a time (checked
    as the config is), and followed by the next alerts: Russian labels, the full form,
    posted without a sound; a chat that is not subscribed is told to subscribe."""
    bot_world.publish(LOOKALIKE)

    async def scenario(ctx: Context) -> None:
        assert "send /subscribe first" in await ask(bot_world.api, "/settings")
        await ask(bot_world.api, "/subscribe")
        shown = await ask(bot_world.api, "/settings")
        assert "lang: en" in shown
        assert "form: brief" in shown
        assert "Saved" in await ask(bot_world.api, "/settings lang ru")
        assert "Saved" in await ask(bot_world.api, "/settings form full")
        assert "Saved" in await ask(bot_world.api, "/settings silent low,normal,high")
        refused = await ask(bot_world.api, "/settings lang de")
        assert "lang: Input should be 'en', 'ru' or 'ja'" in refused
        assert "lang: ru" in refused
        assert "quiet hours are HH:MM-HH:MM" in await ask(bot_world.api, "/settings quiet 25-26")
        assert "no setting 'colour'" in await ask(bot_world.api, "/settings colour red")

        bot_world.publish(LOOKALIKE, DRILLS)
        await run_cycle(ctx)
        private = bot_world.api.sent(USER)[-1]
        assert private.startswith("<b>🆕 Новое событие</b>")
        assert "<i>Правила:</i> " in private
        params = [p for p in bot_world.api.params_of("sendMessage") if p["chat_id"] == USER]
        assert params[-1].get("disable_notification") is True
        channel = bot_world.api.sent(CHANNEL)[-1]
        assert channel.startswith("🆕 New development: <b>")
        # /alert answers in the chat's language and time zone too
        assert "Saved" in await ask(bot_world.api, "/settings timezone Asia/Tokyo")
        newest = ctx.store.alerts(1)[0]
        full = await ask(bot_world.api, f"/alert {newest.id}")
        assert "Новое событие" in full
        assert "Источники" in full
        assert "JST" in full
        assert "UTC" not in full

        assert "lang: en" in await ask(bot_world.api, "/settings reset")

    with_bot(bot_world, scenario)


def test_subscribers_are_limited_by_the_config_with_a_clear_reply(bot_world: World) -> None:
    """Past `telegram.max_subscribers` chats, /subscribe says the limit is reached and
    stores nothing; a chat already subscribed is still told so, and a freed place is taken."""
    telegram = bot_world.config.telegram.model_copy(update={"max_subscribers": 1})
    limited = World(
        bot_world.news, bot_world.api, bot_world.config.model_copy(update={"telegram": telegram})
    )
    other = USER + 1

    async def scenario(ctx: Context) -> None:
        assert "Subscribed" in await ask(bot_world.api, "/subscribe")
        full = await ask(bot_world.api, "/subscribe", chat=other)
        assert "limit of 1 is reached" in full
        assert [s.chat_id for s in ctx.store.subscribers()] == [str(USER)]
        assert "already subscribed" in await ask(bot_world.api, "/subscribe")
        assert "Unsubscribed" in await ask(bot_world.api, "/unsubscribe")
        assert "Subscribed" in await ask(bot_world.api, "/subscribe", chat=other)

    with_bot(limited, scenario, cycle=False)


def test_unknown_commands_and_text_get_the_help(bot_world: World) -> None:
    """An unknown command, or plain text, is answered with the command list."""

    async def scenario(ctx: Context) -> None:
        for text in ("/frobnicate", "hello?"):
            answer = await ask(bot_world.api, text)
            assert "/latest" in answer
            assert "/subscribe" in answer

    with_bot(bot_world, scenario, cycle=False)


# ----------------------------------------------------------------------------- admins


def test_admin_commands_politely_refuse_others(bot_world: World) -> None:
    """/status, /pause and /resume from a user not in admin_ids get a polite refusal."""

    async def scenario(ctx: Context) -> None:
        for command in ("status", "pause", "resume"):
            answer = await ask(bot_world.api, f"/{command}")
            assert answer.text.startswith("Sorry")
            assert f"/{command} is only for the monitor's administrators" in answer
        assert ctx.store.paused_since() is None

    with_bot(bot_world, scenario, cycle=False)


def test_admin_status_shows_feeds_and_backlog(bot_world: World) -> None:
    """/status shows each feed's last success, errors and backoff, and the outbox backlog."""

    async def scenario(ctx: Context) -> None:
        text = await ask(bot_world.api, "/status", chat=ADMIN)
        assert "Delivery: ▶️ running" in text
        assert "Outbox backlog: 0 pending" in text
        wire = next(line for line in text.text.splitlines() if "wire —" in line)
        assert wire.startswith("✅")
        assert "last success 20" in wire
        broken = next(line for line in text.text.splitlines() if "broken —" in line)
        assert broken.startswith("⚠️")
        assert "1 error" in broken
        assert "500" in broken
        assert "last success never" in broken
        assert "backoff until" in broken
        assert "(2, 1 failing)" in text

    with_bot(bot_world, scenario)


def test_pause_holds_delivery_until_resume(bot_world: World) -> None:
    """While paused the outbox keeps its rows; /resume lets the next cycle send them."""
    bot_world.publish(DRILLS)

    async def scenario(ctx: Context) -> None:
        assert len(bot_world.api.sent(CHANNEL)) == 1
        assert "Delivery paused" in await ask(bot_world.api, "/pause", chat=ADMIN)
        assert "already paused" in await ask(bot_world.api, "/pause", chat=ADMIN)
        assert ctx.store.paused_since() is not None

        bot_world.publish(DRILLS, GRAVES)
        report = await run_cycle(ctx)
        assert report.alerts == 1
        assert report.pending == 1
        assert len(bot_world.api.sent(CHANNEL)) == 1
        status = await ask(bot_world.api, "/status", chat=ADMIN)
        assert "paused since" in status
        assert "Outbox backlog: 1 pending" in status

        resumed = await ask(bot_world.api, "/resume", chat=ADMIN)
        assert "Delivery resumed" in resumed
        assert "1 pending" in resumed
        assert ctx.store.paused_since() is None
        report = await run_cycle(ctx)
        assert report.pending == 0
        assert len(bot_world.api.sent(CHANNEL)) == 2
        assert "Status change" in bot_world.api.sent(CHANNEL)[-1]

    with_bot(bot_world, scenario)


def test_admin_retracts_an_alert_and_every_copy_is_corrected(bot_world: World) -> None:
    """/retract ID reason from an admin stores the retraction, forgets what the alert
    taught (/facts no longer cites it), and the next cycle edits the channel's message and
    a subscriber's copy to open with the correction; mistakes get a one-line answer."""

    async def scenario(ctx: Context) -> None:
        assert "Subscribed" in await ask(bot_world.api, "/subscribe")
        bot_world.publish(DRILLS, GRAVES)
        await run_cycle(ctx)
        graves = next(a for a in ctx.store.alerts() if a.kind == "status_change")
        assert any(
            str(USER) == d["chat_id"] for d in ctx.store.review_deliveries([graves.id])[graves.id]
        )
        assert "status-grave-visits.html" in (await ask(bot_world.api, "/facts")).html

        answer = await ask(
            bot_world.api, f"/retract {graves.id} Visits were  not resumed", chat=ADMIN
        )
        when = ctx.clock().strftime("%Y-%m-%d")
        assert answer.text.startswith(f"✅ Alert #{graves.id} retracted {when}")
        assert answer.text.endswith(
            "UTC: Visits were not resumed; 2 messages will be edited to show it"
        )
        stored = ctx.store.alert(graves.id)
        assert stored is not None
        assert stored.retraction == "Visits were not resumed"
        assert "status-grave-visits.html" not in (await ask(bot_world.api, "/facts")).html
        assert all(d.alert_id != graves.id for d in ctx.judge.knowledge.developments)
        assert (await ask(bot_world.api, f"/alert {graves.id}")).text.startswith("⚠️ Retracted")

        for text, reply in (
            (f"/retract {graves.id} again", f"Alert #{graves.id} was already retracted on "),
            ("/retract 9999 why", "There is no alert #9999"),
            ("/retract twelve because", "The alert id must be a number, not 'twelve'"),
            ("/retract", "Which alert? give its id"),
            (f"/retract {graves.id + 100}", f"There is no alert #{graves.id + 100}"),
        ):
            got = await ask(bot_world.api, text, chat=ADMIN)
            assert got.text.startswith(reply), got.text
            assert len(got.text.splitlines()) == 1
        drills = next(a for a in ctx.store.alerts() if a.kind == "new_development")
        missing = await ask(bot_world.api, f"/retract {drills.id}", chat=ADMIN)
        assert missing.text == f"Give the reason why alert #{drills.id} is retracted"

        await run_cycle(ctx)
        for chat in (CHANNEL, USER):
            (sent,) = ctx.store.sent_message_ids(graves.id, str(chat))
            (message,) = [m for m in bot_world.api.messages[chat] if m.message_id == sent]
            assert len(message.edits) == 1
            first = message.text.split("\n", 1)[0]
            assert first.startswith(f"⚠️ Retracted {when}")
            assert first.endswith(" UTC: Visits were not resumed")
            assert message.text.split("\n\n", 1)[1].startswith("🔄 Status change")

    with_bot(bot_world, scenario, cycle=False)


def test_retract_is_refused_to_others(bot_world: World) -> None:
    """/retract from a user not in admin_ids is refused and changes nothing."""

    async def scenario(ctx: Context) -> None:
        (alert, *_) = ctx.store.alerts()
        answer = await ask(bot_world.api, f"/retract {alert.id} I do not like it")
        assert answer.text.startswith("Sorry, /retract is only for the monitor's administrators")
        stored = ctx.store.alert(alert.id)
        assert stored is not None
        assert stored.retracted_at is None

    with_bot(bot_world, scenario)


# ----------------------------------------------------------------------------- scope


def test_group_and_channel_messages_are_ignored(bot_world: World) -> None:
    """Commands in a group or a channel get no answer; private chats still do."""

    async def scenario(ctx: Context) -> None:
        bot_world.api.push_text(GROUP, "/help", user_id=USER)
        bot_world.api.push_text(GROUP, "/status", user_id=ADMIN)
        bot_world.api.push_text(CHANNEL, "/latest")
        # updates are handled in order: once the private answer is in, the others were seen
        assert "/latest" in await ask(bot_world.api, "/help")
        assert bot_world.api.sent(GROUP) == []
        assert len(bot_world.api.sent(CHANNEL)) == 2  # only the two alerts

    with_bot(bot_world, scenario)


def test_daemon_answers_commands_and_run_once_does_not_start_the_bot(bot_world: World) -> None:
    """`run` starts the bot with the monitor; `run --once` never polls for updates."""
    asyncio.run(run_once(bot_world.config))
    assert bot_world.api.params_of("getUpdates") == []
    assert bot_world.api.params_of("setMyCommands") == []

    async def main() -> None:
        stop = asyncio.Event()
        daemon = asyncio.create_task(run_daemon(bot_world.config, stop))
        try:
            assert "/subscribe" in await ask(bot_world.api, "/start")
        finally:
            stop.set()
            await asyncio.wait_for(daemon, 30)

    asyncio.run(main())
    assert bot_world.api.params_of("setMyCommands")


def test_daemon_runs_on_when_the_bot_cannot_start(
    bot_world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """A bot that fails to start is logged; the monitor still polls and sends alerts."""
    bot_world.api.fail_next("deleteWebhook", 500, description="Internal Server Error")
    bot_world.publish(DRILLS)
    caplog.set_level(logging.WARNING, logger="monitor.shell.app")

    async def main() -> None:
        stop = asyncio.Event()
        daemon = asyncio.create_task(run_daemon(bot_world.config, stop))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        try:
            while not bot_world.api.sent(CHANNEL):
                assert not daemon.done(), "the daemon stopped"
                assert loop.time() < deadline, "no alert was sent"
                await asyncio.sleep(0.05)
        finally:
            stop.set()
            await asyncio.wait_for(daemon, 30)

    asyncio.run(main())
    assert any(r.msg == "bot.unavailable" for r in caplog.records)
    assert "Shikotan" in bot_world.api.sent(CHANNEL)[0]
    assert bot_world.api.params_of("getUpdates") == []


def test_replies_escape_stored_text_and_fit_telegram() -> None:
    """Hostile stored text is escaped and a long alert is split into valid messages."""
    claim = "<script>alert('x')</script> & <b>bold?</b> " * 30
    alert = AlertRecord(
        id=7,
        development_id="dev",
        kind="new_development",
        article_url='https://example.org/a?x=1&y="2"',
        title="Title <i>with tags</i> & ampersands",
        outlet="Outlet <&>",
        lang="en",
        published=T0,
        rule="kuril-islands",
        diff={"new": [claim] * 12, "changes": [], "known": ["a < b"], "reason": "r & d"},
        created_at=T0,
        sources=(),
    )
    parts = split_html(replies.alert_full(alert))
    assert len(parts) > 1
    text = ""
    for part in parts:
        visible, _ = parse_html(part)  # raises on anything Telegram would reject
        assert len(visible) <= 4096
        text += visible
    assert "<script>alert('x')</script>" in text
    assert "Title <i>with tags</i> & ampersands" in text
    assert "Outlet <&>" in text
