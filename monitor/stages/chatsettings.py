"""Chat settings: what the config says for a chat, and what a subscriber changed with the
bot's `/settings` in their private chat, merged into one `ChatSettings`.

A subscriber's changes are kept in the store's settings table under `chat:<id>` as JSON
(only the keys they changed); each change is validated by the same model as the config,
so a value the config would refuse is refused here too. This module parses and merges; it
sends nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from monitor.edges.store import Store
from monitor.files.config import ChatSettings, Config

# /settings KEY VALUE: what each key sets (README, "Per-chat settings").
USAGE: tuple[tuple[str, str], ...] = (
    ("lang", "en | ru | ja — the language of the labels"),
    ("form", "brief | full — the alert's form"),
    ("kinds", "all | new_development | status_change"),
    ("matters", "all | STATUS_ID[,STATUS_ID…] — only status moves of these matters"),
    ("silent", "off | low[,normal,high] — severities posted without a sound"),
    ("quiet", "off | HH:MM-HH:MM — quiet hours, in your time zone"),
    ("timezone", "an IANA name, e.g. Asia/Tokyo"),
    ("digest", "on | off | N — a burst of N or more alerts as one digest"),
    ("reset", "back to the defaults"),
)


class SettingRefused(ValueError):
    """A /settings change that cannot be made; the message says why, for the user."""


def key(chat_id: str | int) -> str:
    return f"chat:{chat_id}"


def _overrides(store: Store, chat_id: str | int) -> dict[str, Any]:
    raw = store.setting(key(chat_id))
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _merged(base: ChatSettings, overrides: Mapping[str, Any]) -> ChatSettings:
    data = base.model_dump()
    for name, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(name), dict):
            data[name] = {**data[name], **value}
        else:
            data[name] = value
    return ChatSettings.model_validate(data)


def effective(config: Config, store: Store | None, chat_id: str | int) -> ChatSettings:
    """The chat's settings: the config's (or its defaults), with a subscriber's changes."""
    base = config.telegram.settings(chat_id)
    if store is None:
        return base
    overrides = _overrides(store, chat_id)
    if not overrides:
        return base
    try:
        return _merged(base, overrides)
    except ValidationError:  # stored under an older version: the config's settings hold
        return base


def _list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def change(args: Sequence[str]) -> dict[str, Any]:
    """The override one `/settings KEY VALUE` makes; SettingRefused when it is not one."""
    if not args:
        raise SettingRefused("Which setting?")
    name, value = args[0].lower(), " ".join(args[1:]).strip()
    if name == "reset":
        return {}
    if not value:
        raise SettingRefused(f"Give a value for {name}.")
    lowered = value.lower()
    if name in ("lang", "form", "timezone"):
        return {name: value if name == "timezone" else lowered}
    if name == "kinds":
        kinds = ["new_development", "status_change"] if lowered == "all" else _list(lowered)
        return {"kinds": kinds}
    if name == "matters":
        return {"matters": [] if lowered == "all" else _list(value)}
    if name == "silent":
        return {"silent": {"severities": [] if lowered == "off" else _list(lowered)}}
    if name == "quiet":
        return {"silent": {"quiet_hours": None if lowered == "off" else value}}
    if name == "digest":
        if lowered in ("on", "off"):
            return {"digest": {"enabled": lowered == "on"}}
        if lowered.isascii() and lowered.isdigit():
            return {"digest": {"enabled": True, "threshold": int(lowered)}}
        raise SettingRefused("digest is on, off or a number of alerts (2 or more).")
    raise SettingRefused(f"There is no setting {name!r}.")


def apply(config: Config, store: Store, chat_id: str | int, args: Sequence[str]) -> ChatSettings:
    """Make one change for a chat, validated as the config would be; the new settings."""
    update = change(args)
    overrides = {} if not update else _overrides(store, chat_id)
    for name, value in update.items():
        if isinstance(value, dict) and isinstance(overrides.get(name), dict):
            overrides[name] = {**overrides[name], **value}
        else:
            overrides[name] = value
    try:
        settings = _merged(config.telegram.settings(chat_id), overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise SettingRefused(f"{where}: {first['msg']}") from None
    store.set_setting(key(chat_id), json.dumps(overrides) if overrides else None)
    return settings
