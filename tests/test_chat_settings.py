"""Per-chat settings end to end, as a real process: feeds and pages on 127.0.0.1, the Bot
API stand-in driven by python-telegram-bot, a real SQLite file. What a channel reads (no
rule id, no dateline, brief), in its language, muted, filtered; and `check` on a chat's
template and settings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from support.botapi import BotApi, parse_html
from support.monitorrun import run_cli
from support.newsworld import NewsWorld

from monitor.core.compose import SAMPLES
from monitor.files.config import ChatSettings
from monitor.files.rulefiles import load_rules
from monitor.stages.chatsettings import SettingRefused, change
from monitor.stages.chatview import silent, wanted

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "data" / "articles"
CHANNEL = "@kuril_test"
STATUS_ONLY = "@kuril_status"
T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
# a wire dateline at the start of a line: "YUZHNO-KURILSK, March 3." or "/TASS/."
DATELINE = re.compile(r"(?m)^[A-ZА-ЯЁ][A-ZА-ЯЁ\- ]{2,}, |/[A-ZА-ЯЁ][\w ]+/\.")


@pytest.fixture
def reports_world() -> Iterator[NewsWorld]:
    """A news server with two reports: a new development and a status change."""
    with NewsWorld() as w:
        items = []
        for name, title in (
            ("new-shikotan-drills", "Russian troops hold live-fire drills on Shikotan"),
            ("status-grave-visits", "Russia allows former islanders to resume grave visits"),
        ):
            w.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
            items.append(
                {
                    "title": title,
                    "link": w.url(f"/articles/{name}.html"),
                    "summary": title,
                    "published": T0,
                    "guid": name,
                }
            )
        w.add_feed("/feeds/wire.xml", items)
        yield w


def _config(tmp: Path, reports_world: NewsWorld, bot: BotApi, chats: dict[str, Any]) -> Path:
    config = {
        "database": f"sqlite:///{tmp / 'state' / 'monitor.db'}",
        "rules_dir": str(ROOT / "rules"),
        "seeds_dir": str(ROOT / "seeds"),
        "feeds": [{"id": "wire", "url": reports_world.url("/feeds/wire.xml")}],
        "polling": {
            "interval": 60,
            "timeout": 3.0,
            "max_item_age_days": None,
            "allow_private_addresses": True,
        },
        "telegram": {
            "api_base_url": bot.base_url,
            "chat_ids": [CHANNEL, STATUS_ONLY],
            "chats": chats,
        },
    }
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def test_no_channel_message_has_a_rule_id_or_a_dateline(
    tmp_path: Path, reports_world: NewsWorld, bot: BotApi
) -> None:
    """The default brief alerts: parsed as Telegram parses them, under 1,000 characters,
    with the time and its zone, and never a rule id or a wire dateline."""
    config = _config(tmp_path, reports_world, bot, {})
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr
    sent = bot.sent(CHANNEL)
    assert len(sent) == 2
    rule_ids = [r.id for r in load_rules(ROOT / "rules").rules]
    for html in sent:
        text, entities = parse_html(html)
        assert len(text) <= 1000
        assert any(e["type"] == "text_link" for e in entities)
        assert " UTC · #" in text
        for rule in rule_ids:
            assert rule not in text, (rule, text)
        assert not DATELINE.search(text), text
    assert any("YUZHNO-KURILSK" in c for c in _claims(tmp_path)), "the article has one"


def _claims(tmp: Path) -> list[str]:
    import json
    import sqlite3

    db = sqlite3.connect(tmp / "state" / "monitor.db")
    try:
        return [
            c for (diff,) in db.execute("SELECT diff FROM alerts") for c in json.loads(diff)["new"]
        ]
    finally:
        db.close()


def test_a_chat_reads_its_language_muted_and_another_only_status_changes(
    tmp_path: Path, reports_world: NewsWorld, bot: BotApi
) -> None:
    """Russian labels and no sound in one chat (every severity muted); only the status
    change, in full, in the other, with the rules that matched."""
    chats = {
        CHANNEL: {"lang": "ru", "silent": {"severities": ["low", "normal", "high"]}},
        STATUS_ONLY: {"kinds": ["status_change"], "form": "full", "timezone": "Asia/Tokyo"},
    }
    config = _config(tmp_path, reports_world, bot, chats)
    proc = run_cli(config, "run", "--once")
    assert proc.returncode == 0, proc.stderr
    ru = bot.sent(CHANNEL)
    assert len(ru) == 2
    assert any(m.startswith("🆕 Новое событие: <b>") for m in ru)
    assert any(m.startswith("🔄 Смена статуса: <b>") for m in ru)
    sends = [p for p in bot.params_of("sendMessage") if p["chat_id"] == CHANNEL]
    assert sends
    assert all(p.get("disable_notification") is True for p in sends)
    (status,) = bot.sent(STATUS_ONLY)
    assert status.startswith("<b>🔄 Status change</b>")
    assert "JST" in status
    assert "<i>Rules:</i> " in status
    others = [p for p in bot.params_of("sendMessage") if p["chat_id"] == STATUS_ONLY]
    assert all(not p.get("disable_notification") for p in others)


def test_quiet_hours_mute_what_is_sent_in_them(
    tmp_path: Path, reports_world: NewsWorld, bot: BotApi
) -> None:
    """Quiet hours that cover the whole day mute every post; none are muted otherwise."""
    chats = {CHANNEL: {"silent": {"quiet_hours": "00:00-23:59"}}, STATUS_ONLY: {}}
    config = _config(tmp_path, reports_world, bot, chats)
    assert run_cli(config, "run", "--once").returncode == 0
    by_chat: dict[str, list[Any]] = {}
    for p in bot.params_of("sendMessage"):
        by_chat.setdefault(p["chat_id"], []).append(p.get("disable_notification"))
    assert by_chat[CHANNEL] == [True, True]
    assert by_chat[STATUS_ONLY] == [None, None]


def test_check_names_the_key_of_a_bad_setting_and_the_place_of_a_template_error(
    tmp_path: Path, reports_world: NewsWorld, bot: BotApi
) -> None:
    """A bad value is `file:line:column: telegram.chats.CHAT.key: …`; a chat's template is
    checked (a field that does not exist, at its line and column)."""
    bad = _config(
        tmp_path, reports_world, bot, {CHANNEL: {"lang": "de", "digest": {"threshold": 1}}}
    )
    proc = run_cli(bad, "check")
    assert proc.returncode != 0
    assert "config.yaml:" in proc.stdout + proc.stderr
    out = proc.stdout + proc.stderr
    assert f"telegram.chats.{CHANNEL}.lang: Input should be 'en', 'ru' or 'ja'" in out
    assert f"telegram.chats.{CHANNEL}.digest.threshold" in out
    template = tmp_path / "mine.html"
    template.write_text("{{ alert.marker }} <b>{{ alert.headline }}</b>\n{{ alert.title }}\n")
    config = _config(tmp_path, reports_world, bot, {CHANNEL: {"template": "mine.html"}})
    proc = run_cli(config, "check")
    assert proc.returncode != 0
    assert f"{template}:2:10: unknown field alert.title" in proc.stdout + proc.stderr
    missing = _config(tmp_path, reports_world, bot, {CHANNEL: {"template": "gone.html"}})
    proc = run_cli(missing, "check")
    assert f"telegram.chats.{CHANNEL}.template: no template file 'gone.html'" in (
        proc.stdout + proc.stderr
    )
    template.write_text(
        "{{ alert.marker }} <b>{{ alert.headline }}</b> · "
        '<a href="{{ alert.url }}">{{ alert.outlet }}</a>\n'
    )
    config = _config(tmp_path, reports_world, bot, {CHANNEL: {"template": "mine.html"}})
    assert run_cli(config, "check").returncode == 0
    assert run_cli(config, "run", "--once").returncode == 0
    mine = bot.sent(CHANNEL)
    assert mine
    assert all(m.startswith(("🆕 <b>", "🔄 <b>")) for m in mine)


def test_a_burst_becomes_a_digest_at_the_chats_threshold_in_its_language(
    tmp_path: Path, reports_world: NewsWorld, bot: BotApi
) -> None:
    """With a threshold of 2 the two alerts go out as one digest, labelled in Japanese; a
    chat with digests off gets them one by one."""
    chats = {
        CHANNEL: {"lang": "ja", "digest": {"threshold": 2}},
        STATUS_ONLY: {"digest": {"enabled": False}},
    }
    config = _config(tmp_path, reports_world, bot, chats)
    assert run_cli(config, "run", "--once").returncode == 0
    (digest,) = bot.sent(CHANNEL)
    assert digest.startswith("<b>📰 2 件の新着</b>")
    assert "new-shikotan-drills.html" in digest
    assert "status-grave-visits.html" in digest
    assert not DATELINE.search(parse_html(digest)[0])
    assert len(bot.sent(STATUS_ONLY)) == 2


@pytest.mark.parametrize(
    ("hours", "at", "muted"),
    [
        ("22:00-07:00", "23:30", True),
        ("22:00-07:00", "06:59", True),
        ("22:00-07:00", "07:00", False),
        ("22:00-07:00", "12:00", False),
        ("09:00-17:00", "12:00", True),
        ("09:00-17:00", "17:30", False),
    ],
)
def test_quiet_hours_are_read_in_the_chats_zone_and_may_cross_midnight(
    hours: str, at: str, muted: bool
) -> None:
    """A range like 22:00-07:00 covers the night; times are the chat's own (Tokyo here)."""
    settings = ChatSettings.model_validate(
        {"timezone": "Asia/Tokyo", "silent": {"quiet_hours": hours}}
    )
    hour, minute = (int(x) for x in at.split(":"))
    local = datetime(2026, 5, 1, hour, minute, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert silent(settings, "high", local.astimezone(UTC)) is muted


def test_severities_mute_and_kinds_and_matters_filter() -> None:
    """A muted severity is silent at any hour; a chat takes only its kinds, and with
    matters only the status moves of those matters."""
    settings = ChatSettings.model_validate({"silent": {"severities": ["low"]}})
    assert silent(settings, "low", T0)
    assert not silent(settings, "normal", T0)
    new, moved = SAMPLES
    assert wanted(ChatSettings(), new)
    assert not wanted(ChatSettings.model_validate({"kinds": ["status_change"]}), new)
    assert wanted(ChatSettings.model_validate({"matters": ["visa-free-exchanges"]}), moved)
    assert not wanted(ChatSettings.model_validate({"matters": ["peace-treaty-talks"]}), moved)
    assert not wanted(ChatSettings.model_validate({"matters": ["visa-free-exchanges"]}), new)


def test_settings_command_words_become_config_keys() -> None:
    """`/settings KEY VALUE` maps onto the config's keys; an unknown key is refused."""
    assert change(["lang", "RU"]) == {"lang": "ru"}
    assert change(["quiet", "off"]) == {"silent": {"quiet_hours": None}}
    assert change(["silent", "low,normal"]) == {"silent": {"severities": ["low", "normal"]}}
    assert change(["digest", "10"]) == {"digest": {"enabled": True, "threshold": 10}}
    assert change(["kinds", "all"]) == {"kinds": ["new_development", "status_change"]}
    assert change(["reset"]) == {}
    with pytest.raises(SettingRefused, match="no setting 'colour'"):
        change(["colour", "red"])
    with pytest.raises(SettingRefused, match="digest is on, off or a number"):
        change(["digest", "many"])
