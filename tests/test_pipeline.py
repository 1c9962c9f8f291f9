"""The monitor end to end, as a real process: feeds and pages on 127.0.0.1, a Bot API
endpoint driven by python-telegram-bot, a real SQLite file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from support.botapi import DEFAULT_TOKEN, BotApi
from support.newsworld import NewsWorld

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "data" / "articles"
CHANNEL = "@kuril_test"


def _item(broken_feed_world: NewsWorld, name: str, title: str, when: datetime) -> dict[str, object]:
    broken_feed_world.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
    return {
        "title": title,
        "link": broken_feed_world.url(f"/articles/{name}.html"),
        "summary": title,
        "published": when,
        "guid": name,
    }


def _config(tmp: Path, broken_feed_world: NewsWorld, bot: BotApi | None, **polling: object) -> Path:
    config = {
        "database": f"sqlite:///{tmp / 'state' / 'monitor.db'}",
        "rules_dir": str(ROOT / "rules"),
        "seeds_dir": str(ROOT / "seeds"),
        "feeds": [
            {"id": "wire", "url": broken_feed_world.url("/feeds/wire.xml")},
            {"id": "broken", "url": broken_feed_world.url("/feeds/broken.xml")},
        ],
        "polling": {
            "interval": 60,
            "timeout": 3.0,
            "max_item_age_days": None,
            "allow_private_addresses": True,
            "page_attempts": 2,
            **polling,
        },
        "telegram": {
            "api_base_url": bot.base_url if bot else "http://127.0.0.1:9/bot",
            "chat_ids": [CHANNEL],
        },
    }
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def _run_once(config: Path, token: str | None = DEFAULT_TOKEN) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    if token:
        env["TELEGRAM_BOT_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        check=False,
        cwd=ROOT,
    )


@pytest.fixture
def broken_feed_world() -> Iterator[NewsWorld]:
    """A news server with a failing feed beside the working one."""
    with NewsWorld() as w:
        w.fail("/feeds/broken.xml", 500)
        yield w


T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)


def test_alert_once_then_attach_other_languages(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """A development alerts once; its Russian and Japanese reports edit the alert."""
    items = [
        _item(
            broken_feed_world,
            "lookalike-northern-territory",
            "Crocodile campaign",
            T0 - timedelta(1),
        ),
        _item(broken_feed_world, "new-shikotan-drills", "Russian troops drill on Shikotan", T0),
    ]
    broken_feed_world.add_feed("/feeds/wire.xml", items)
    config = _config(tmp_path, broken_feed_world, bot)
    first = _run_once(config)
    assert first.returncode == 0, first.stderr
    sent = bot.sent(CHANNEL)
    assert len(sent) == 1
    assert "new-shikotan-drills.html" in sent[0]
    assert "Shikotan" in sent[0]
    assert "New development" in sent[0]

    items += [
        _item(
            broken_feed_world,
            "same-shikotan-drills-ru",
            "Учения на Шикотане",
            T0 + timedelta(hours=6),
        ),
        _item(
            broken_feed_world, "same-shikotan-drills-ja", "色丹島で演習", T0 + timedelta(hours=17)
        ),
    ]
    broken_feed_world.add_feed("/feeds/wire.xml", items)
    second = _run_once(config)
    assert second.returncode == 0, second.stderr
    assert len(bot.sent(CHANNEL)) == 1  # no second alert
    assert bot.params_of("editMessageText"), "later sources are attached by editing"
    assert "same-shikotan-drills-ja.html" in bot.sent(CHANNEL)[0]

    third = _run_once(config)
    assert third.returncode == 0
    assert len(bot.sent(CHANNEL)) == 1
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    decisions = dict(db.execute("SELECT item_key, decision FROM articles").fetchall())
    assert decisions == {
        "lookalike-northern-territory": "look_alike",
        "new-shikotan-drills": "new_development",
        "same-shikotan-drills-ru": "same_development",
        "same-shikotan-drills-ja": "same_development",
    }
    (errors,) = db.execute("SELECT error_count FROM feeds WHERE id = 'broken'").fetchone()
    assert errors == 3


def test_without_token_alerts_are_printed_with_a_hint(
    tmp_path: Path, broken_feed_world: NewsWorld
) -> None:
    """With no TELEGRAM_BOT_TOKEN the alert is stored and printed, with how to connect."""
    broken_feed_world.add_feed(
        "/feeds/wire.xml", [_item(broken_feed_world, "new-shikotan-drills", "Drills", T0)]
    )
    proc = _run_once(_config(tmp_path, broken_feed_world, None), token=None)
    assert proc.returncode == 0, proc.stderr
    assert "Shikotan" in proc.stdout
    assert proc.stdout.count("TELEGRAM_BOT_TOKEN") == 1
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    assert db.execute("SELECT COUNT(*) FROM alerts").fetchone() == (1,)


def test_flood_control_and_bad_gateway_are_retried_once_sent(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """A 429 with retry_after and a 502 are waited out; the alert arrives exactly once."""
    broken_feed_world.add_feed(
        "/feeds/wire.xml", [_item(broken_feed_world, "new-shikotan-drills", "Drills", T0)]
    )
    bot.fail_next("sendMessage", 429, description="Too Many Requests: retry after 1", retry_after=1)
    bot.fail_next("sendMessage", 502, description="Bad Gateway")
    proc = _run_once(_config(tmp_path, broken_feed_world, bot))
    assert proc.returncode == 0, proc.stderr
    assert len(bot.sent(CHANNEL)) == 1


def test_forbidden_chat_is_recorded_not_retried(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """A 403 is recorded as a failure with its reason and never retried."""
    broken_feed_world.add_feed(
        "/feeds/wire.xml", [_item(broken_feed_world, "new-shikotan-drills", "Drills", T0)]
    )
    bot.fail_chat(CHANNEL, 403, description="Forbidden: bot is not a member of the channel")
    config = _config(tmp_path, broken_feed_world, bot)
    assert _run_once(config).returncode == 0
    assert _run_once(config).returncode == 0
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    state, error = db.execute("SELECT state, last_error FROM outbox").fetchone()
    assert state == "failed"
    assert "not a member" in error
    assert len(bot.params_of("sendMessage")) == 1


@pytest.mark.parametrize(
    ("status", "description", "logged", "hint"),
    [
        (
            400,
            "Bad Request: chat not found",
            'reason=chat_not_found error="chat @kuril_test: chat not found: Telegram knows no chat',
            "Telegram cannot find the chat @kuril_test: check telegram.chat_ids",
        ),
        (
            403,
            "Forbidden: bot is not a member of the channel chat",
            'reason=forbidden error="chat @kuril_test: forbidden: the bot may not post',
            "The bot may not post in @kuril_test: add it to the channel as an administrator",
        ),
        (
            400,
            "Bad Request: need administrator rights in the channel chat",
            'reason=forbidden error="chat @kuril_test: forbidden: the bot may not post',
            "The bot may not post in @kuril_test: add it to the channel as an administrator",
        ),
    ],
)
def test_a_refused_chat_is_named_in_the_log_and_explained_on_the_console(
    tmp_path: Path,
    broken_feed_world: NewsWorld,
    bot: BotApi,
    status: int,
    description: str,
    logged: str,
    hint: str,
) -> None:
    """A chat Telegram does not know, or where the bot may not post, gives one
    `delivery.failed` line saying what failed and one console line saying what to do."""
    broken_feed_world.add_feed(
        "/feeds/wire.xml", [_item(broken_feed_world, "new-shikotan-drills", "Drills", T0)]
    )
    bot.fail_chat(CHANNEL, status, description=description)
    proc = _run_once(_config(tmp_path, broken_feed_world, bot))
    assert proc.returncode == 0, proc.stderr
    failed = [line for line in proc.stderr.splitlines() if "event=delivery.failed" in line]
    assert len(failed) == 1, proc.stderr
    assert logged in failed[0]
    assert [line for line in proc.stdout.splitlines() if line.startswith(hint)] != [], proc.stdout


def test_a_rejected_token_says_so_and_how_to_fix_it(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """A token the Bot API refuses (401) is named as such in the log and on the console,
    with where to get a good one; alerts stay in the outbox."""
    broken_feed_world.add_feed(
        "/feeds/wire.xml", [_item(broken_feed_world, "new-shikotan-drills", "Drills", T0)]
    )
    proc = _run_once(_config(tmp_path, broken_feed_world, bot), token="123:wrong-token")
    assert proc.returncode == 0, proc.stderr
    assert 'event=telegram.unavailable error="Telegram rejected the bot token (unauthorized)"' in (
        proc.stderr
    )
    assert proc.stdout.startswith(
        "Telegram rejected the bot token (unauthorized): TELEGRAM_BOT_TOKEN is wrong or was "
        "revoked. Copy it again from @BotFather"
    ), proc.stdout
    assert "wrong-token" not in proc.stdout + proc.stderr
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    assert db.execute("SELECT state FROM outbox").fetchall() == [("pending",)]


def test_page_failure_is_retried_then_feed_text_is_used(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """A page that keeps failing is retried, then the feed's own text is assessed."""
    broken_feed_world.add_feed(
        "/feeds/wire.xml",
        [
            {
                "title": "Russian troops hold live-fire drills on Shikotan, Tokyo protests",
                "link": broken_feed_world.url("/articles/gone.html"),
                "guid": "gone",
                "published": T0,
                "summary": "Russia held live-fire drills on Shikotan Island in the southern "
                "Kurils on "
                "Monday; Japan lodged a protest.",
            }
        ],
    )
    broken_feed_world.fail("/articles/gone.html", 503)
    config = _config(tmp_path, broken_feed_world, bot)
    assert _run_once(config).returncode == 0
    assert bot.sent(CHANNEL) == []
    assert _run_once(config).returncode == 0
    assert len(bot.sent(CHANNEL)) == 1
    assert broken_feed_world.hits("/articles/gone.html") == 2


def test_backlog_older_than_max_age_is_recorded_not_alerted(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """On a first poll, items older than max_item_age_days are seen, not alerted."""
    old = datetime.now(UTC) - timedelta(days=10)
    broken_feed_world.add_feed(
        "/feeds/wire.xml", [_item(broken_feed_world, "new-shikotan-drills", "Drills", old)]
    )
    proc = _run_once(_config(tmp_path, broken_feed_world, bot, max_item_age_days=2))
    assert proc.returncode == 0, proc.stderr
    assert bot.sent(CHANNEL) == []
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    assert db.execute("SELECT state FROM items").fetchall() == [("skipped",)]


HOLDOUT = Path(__file__).parent / "data" / "corpus-holdout"
BURST = {  # five different developments, published on different days
    "h006": datetime(2024, 6, 11, 7, 30, tzinfo=UTC),
    "h015": datetime(2024, 10, 15, 8, 40, tzinfo=UTC),
    "h027": datetime(2025, 6, 17, 12, 30, tzinfo=UTC),
    "h035": datetime(2025, 9, 12, 5, 0, tzinfo=UTC),
    "h050": datetime(2026, 10, 14, 8, 10, tzinfo=UTC),
}


def _holdout_feed(broken_feed_world: NewsWorld) -> None:
    items = []
    for name, when in BURST.items():
        broken_feed_world.add_page(
            f"/articles/{name}.html", (HOLDOUT / "articles" / f"{name}.html").read_bytes()
        )
        items.append(
            {
                "title": name,
                "link": broken_feed_world.url(f"/articles/{name}.html"),
                "summary": name,
                "published": when,
                "guid": name,
            }
        )
    broken_feed_world.add_feed("/feeds/wire.xml", items)


def test_burst_of_alerts_goes_out_as_one_digest(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """Five developments at once reach the chat as one digest linking every article."""
    _holdout_feed(broken_feed_world)
    proc = _run_once(_config(tmp_path, broken_feed_world, bot))
    assert proc.returncode == 0, proc.stderr
    sent = bot.sent(CHANNEL)
    assert len(sent) == 1
    for name in BURST:
        assert f"/articles/{name}.html" in sent[0]
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    states = db.execute("SELECT DISTINCT state, message_ids FROM outbox").fetchall()
    assert len(states) == 1
    assert states[0][0] == "sent"


def test_flood_wait_in_one_chat_does_not_hold_another(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """A long 429 for one chat leaves its alert pending while the other chat gets it."""
    broken_feed_world.add_feed(
        "/feeds/wire.xml", [_item(broken_feed_world, "new-shikotan-drills", "Drills", T0)]
    )
    config = _config(tmp_path, broken_feed_world, bot)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["telegram"]["chat_ids"] = [CHANNEL, "@second_channel"]
    data["telegram"]["send_budget"] = 3
    config.write_text(yaml.safe_dump(data), encoding="utf-8")
    bot.fail_chat(CHANNEL, 429, description="Too Many Requests: retry after 60", retry_after=60)
    proc = _run_once(config)
    assert proc.returncode == 0, proc.stderr
    assert len(bot.sent("@second_channel")) == 1
    assert bot.sent(CHANNEL) == []
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    pending = db.execute("SELECT chat_id FROM outbox WHERE state = 'pending'").fetchall()
    assert pending == [(CHANNEL,)]


def test_old_alert_gets_a_reply_instead_of_an_edit(
    tmp_path: Path, broken_feed_world: NewsWorld, bot: BotApi
) -> None:
    """Past the edit window, a later source is posted as a reply to the alert."""
    items = [_item(broken_feed_world, "new-shikotan-drills", "Drills", T0)]
    broken_feed_world.add_feed("/feeds/wire.xml", items)
    config = _config(tmp_path, broken_feed_world, bot)
    assert _run_once(config).returncode == 0
    db = sqlite3.connect(tmp_path / "state" / "monitor.db")
    with db:
        db.execute(
            "UPDATE outbox SET sent_at = ?", ((datetime.now(UTC) - timedelta(days=3)).isoformat(),)
        )
    db.close()
    items.append(
        _item(broken_feed_world, "same-shikotan-drills-ru", "Учения", T0 + timedelta(hours=6))
    )
    broken_feed_world.add_feed("/feeds/wire.xml", items)
    assert _run_once(config).returncode == 0
    assert bot.params_of("editMessageText") == []
    messages = bot.messages[CHANNEL]
    assert len(messages) == 2
    assert messages[1].reply_to == messages[0].message_id
    assert "same-shikotan-drills-ru.html" in messages[1].html
