"""The monitor's configuration: one YAML file, validated strictly into frozen objects.

Unknown keys, wrong types and bad URLs fail at start with `file:line:column: key.path: ...`.
Secrets never live here: the bot token comes from TELEGRAM_BOT_TOKEN only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from monitor.errors import ConfigError, Problem
from monitor.files.yamlfile import as_mapping, load_yaml, pydantic_problems

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
DATABASE_ENV = "KURIL_DATABASE"  # overrides `database:` (a URL with a password is a secret)
# Settings a container sets from its environment, over the file: variable -> key path.
# Lists are comma-separated; an empty variable counts as unset.
ENV_SETTINGS: dict[str, tuple[str, ...]] = {
    DATABASE_ENV: ("database",),
    "KURIL_CHAT_IDS": ("telegram", "chat_ids"),
    "KURIL_ADMIN_IDS": ("telegram", "admin_ids"),
    "KURIL_HEALTH_HOST": ("health", "host"),
    "KURIL_HEALTH_PORT": ("health", "port"),
    "KURIL_LOG_LEVEL": ("log", "level"),
}
_ENV_LISTS = {"KURIL_CHAT_IDS", "KURIL_ADMIN_IDS"}


# Upper bounds: past them a value is a typo, and some would overflow a date or a timer at
# run time (`interval: 1e308`); floats must be finite (no .inf, no .nan).
WEEK = 7 * 24 * 3600.0
MAX_AGE_DAYS = 3650.0
MAX_BODY_BYTES = 500_000_000
MAX_RETENTION_DAYS = 36500.0
Interval = Annotated[float, Field(gt=0, le=WEEK, allow_inf_nan=False)]  # seconds
Timeout = Annotated[float, Field(gt=0, le=600, allow_inf_nan=False)]  # seconds


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


def _http_url(value: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {value!r}")
    return value


class FeedConfig(_Strict):
    """One feed to poll."""

    id: Annotated[str, Field(min_length=1, pattern=r"^[A-Za-z0-9_.\-]+$")]
    url: str
    lang: Literal["en", "ru", "ja"] | None = None
    interval: Interval | None = None  # overrides polling.interval
    title: str | None = None

    _check_url = field_validator("url")(_http_url)


class PollingConfig(_Strict):
    """How feeds and pages are fetched."""

    interval: Interval = 900.0
    timeout: Timeout = 10.0
    # seconds one feed's parse or one page's extraction may take (in a worker process)
    parse_timeout: Timeout = 30.0
    max_item_age_days: (
        Annotated[float, Field(ge=0, le=MAX_AGE_DAYS, allow_inf_nan=False)] | None
    ) = 2.0
    allow_private_addresses: bool = False
    max_bytes: Annotated[int, Field(gt=1000, le=MAX_BODY_BYTES)] = 5_000_000
    concurrency: Annotated[int, Field(ge=1, le=512)] = 32
    per_host: Annotated[int, Field(ge=1, le=64)] = 4
    jitter: Annotated[float, Field(ge=0, le=1)] = 0.1  # share of the interval
    max_backoff: Interval = 6 * 3600.0
    page_attempts: Annotated[int, Field(ge=1, le=50)] = 4  # then fall back to feed text
    unhealthy_after: Annotated[int, Field(ge=1, le=10_000)] = (
        5  # failed polls in a row: feed.unhealthy
    )
    user_agent: str = "kuril-monitor/0.1 (+news monitor; polite polling)"


Severity = Literal["low", "normal", "high"]
Kind = Literal["new_development", "status_change"]


def _clock_range(value: str) -> str:
    import re

    match = re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)", value)
    if match is None:
        raise ValueError(f"quiet hours are HH:MM-HH:MM, e.g. 22:00-07:00, not {value!r}")
    return value


def _zone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (an IANA name, e.g. Asia/Tokyo)") from None
    return value


class SilentConfig(_Strict):
    """When an alert is posted without a notification sound (`disable_notification`)."""

    severities: tuple[Severity, ...] = ()  # alerts of these severities are always silent
    quiet_hours: str | None = None  # "22:00-07:00" in the chat's time zone: all silent

    _check_hours = field_validator("quiet_hours")(lambda v: v if v is None else _clock_range(v))


class DigestConfig(_Strict):
    """A burst of alerts waiting for one chat goes out as one digest message."""

    enabled: bool = True
    threshold: Annotated[int, Field(ge=2, le=1000)] = 5  # alerts waiting at once


class ChatSettings(_Strict):
    """How one chat gets its alerts (README, "Per-chat settings")."""

    lang: Literal["en", "ru", "ja"] = "en"  # the language of the labels
    form: Literal["brief", "full"] = "brief"
    template: str | None = None  # a Jinja2 file of the chat's own (relative to the config)
    timezone: str = "UTC"
    kinds: tuple[Kind, ...] = ("new_development", "status_change")
    matters: tuple[str, ...] = ()  # status ids; when set, only status moves of these
    silent: SilentConfig = SilentConfig()
    digest: DigestConfig = DigestConfig()

    _check_zone = field_validator("timezone")(_zone)

    @field_validator("kinds")
    @classmethod
    def _some_kind(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("name at least one kind: new_development, status_change")
        return value


class TelegramConfig(_Strict):
    """Where alerts go."""

    api_base_url: str = "https://api.telegram.org/bot"
    chat_ids: tuple[str | int, ...] = ()
    admin_ids: tuple[int, ...] = ()
    timeout: Timeout = 10.0
    send_budget: Annotated[float, Field(gt=0, le=3600, allow_inf_nan=False)] = (
        30.0  # seconds a `run --once` may spend sending
    )
    # private chats the bot sends every alert to (each is a send per alert)
    max_subscribers: Annotated[int, Field(ge=0, le=100_000)] = 1000
    # per chat (a chat id or @name as in chat_ids): language, form, filters, sound, digest
    chats: dict[str, ChatSettings] = {}
    # for chats not listed under `chats` (subscribers' private chats without /settings)
    defaults: ChatSettings = ChatSettings()

    _check_url = field_validator("api_base_url")(_http_url)

    @field_validator("chats", mode="before")
    @classmethod
    def _chat_keys(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        for chat, settings in value.items():
            key = str(chat)
            if not (key.startswith("@") or key.lstrip("-").isdigit()):
                raise ValueError(f"chat {key!r} must be a number or an @channel name")
            out[key] = settings
        return out

    def settings(self, chat_id: str | int) -> ChatSettings:
        """The chat's own settings, else the defaults."""
        return self.chats.get(str(chat_id), self.defaults)

    @field_validator("chat_ids")
    @classmethod
    def _chat_ids(cls, value: tuple[str | int, ...]) -> tuple[str | int, ...]:
        for chat in value:
            if isinstance(chat, str) and not (chat.startswith("@") or chat.lstrip("-").isdigit()):
                raise ValueError(f"chat id {chat!r} must be a number or an @channel name")
        return value


Days = Annotated[float, Field(ge=1, le=MAX_RETENTION_DAYS, allow_inf_nan=False)]


class RetentionConfig(_Strict):
    """How long bulky records are kept (days; `null`: for ever). Alerts, their
    developments, learned facts and status moves are never pruned, nor are the item keys and
    URLs that tell an item already seen from a new one."""

    article_text_days: Days | None = 90.0  # articles' text and feed summaries, then emptied
    decisions_days: Days | None = 365.0  # decisions that raised no alert, then deleted
    outbox_days: Days | None = 30.0  # finished deliveries (edits, failures), then deleted


class GoogleNewsConfig(_Strict):
    """How Google News links are resolved to the publisher's URL (monitor/edges/gnews.py)."""

    base_url: str = "https://news.google.com"  # a stand-in in tests
    interval: Annotated[float, Field(ge=0, le=3600, allow_inf_nan=False)] = (
        1.0  # seconds between two requests to Google, whatever else is fetched
    )
    max_backoff: Interval = 3600.0  # longest pause after Google answered 429

    _check_url = field_validator("base_url")(_http_url)


class LogConfig(_Strict):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class HealthConfig(_Strict):
    """Where the daemon serves /healthz and /metrics (`port: null` turns them off)."""

    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] | None = 9464
    stale_after: Annotated[float, Field(gt=0, le=4 * WEEK, allow_inf_nan=False)] | None = (
        None  # default: 3 × longest interval
    )
    # an alert waiting this long in the outbox makes /healthz `degraded` (Telegram refusing,
    # delivery paused, a chat that keeps failing): seconds, 30 minutes by default
    outbox_after: Annotated[float, Field(gt=0, le=4 * WEEK, allow_inf_nan=False)] = 1800.0


class Config(_Strict):
    """The whole configuration; paths are resolved against the config file's folder."""

    database: str = "sqlite:///state/monitor.db"
    rules_dir: str = "rules"
    seeds_dir: str = "seeds"
    feeds: tuple[FeedConfig, ...] = ()
    polling: PollingConfig = PollingConfig()
    telegram: TelegramConfig = TelegramConfig()
    log: LogConfig = LogConfig()
    health: HealthConfig = HealthConfig()
    retention: RetentionConfig = RetentionConfig()
    google_news: GoogleNewsConfig = GoogleNewsConfig()
    # feeds added with `kuril-monitor feeds add|import`, beside `feeds:` (monitor/cli/feedlist.py)
    feeds_file: str = "feeds.yaml"
    base_dir: str = Field(default=".", exclude=True)
    feeds_from_file: frozenset[str] = Field(default=frozenset(), exclude=True)

    @field_validator("database")
    @classmethod
    def _database(cls, value: str) -> str:
        if not value.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        return value

    @field_validator("feeds")
    @classmethod
    def _unique_feeds(cls, value: tuple[FeedConfig, ...]) -> tuple[FeedConfig, ...]:
        seen: set[str] = set()
        for feed in value:
            if feed.id in seen:
                raise ValueError(f"duplicate feed id {feed.id!r}")
            seen.add(feed.id)
        return value

    def path(self, value: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(value)
        return p if p.is_absolute() else Path(self.base_dir) / p

    @property
    def feeds_path(self) -> Path:
        return self.path(self.feeds_file)

    @property
    def rules_path(self) -> Path:
        return self.path(self.rules_dir)

    @property
    def seeds_path(self) -> Path:
        return self.path(self.seeds_dir)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.database.startswith("sqlite:///"):
            return None
        return self.path(self.database[len("sqlite:///") :])

    @property
    def token(self) -> str | None:
        return os.environ.get(TOKEN_ENV) or None


def with_environment(data: dict[str, Any], env: Mapping[str, str]) -> dict[str, Any]:
    """The config's mapping with the ENV_SETTINGS variables that are set put over it."""
    merged = dict(data)
    for name, (*parents, key) in ENV_SETTINGS.items():
        raw = env.get(name, "").strip()
        if not raw:
            continue
        value: Any = [v.strip() for v in raw.split(",") if v.strip()] if name in _ENV_LISTS else raw
        if name == "KURIL_HEALTH_PORT" and raw.lower() in ("null", "none", "off"):
            value = None
        target = merged
        for parent in parents:
            section = target.get(parent)
            target[parent] = dict(section) if isinstance(section, dict) else {}
            target = target[parent]
        target[key] = value
    return merged


def load_config(path: Path) -> Config:
    """Read and validate the config file; raise ConfigError listing every problem."""
    doc = load_yaml(path)
    data = dict(as_mapping(doc))
    for internal in ("base_dir", "feeds_from_file"):
        if internal in data:
            raise ConfigError([doc.problem((internal,), "unknown key")])
    data = with_environment(data, os.environ)
    try:
        config = Config.model_validate({**data, "base_dir": str(path.resolve().parent)})
    except ValidationError as exc:
        problems = pydantic_problems(doc, exc, model=Config)
        raise ConfigError(problems or [Problem(str(path), 1, 1, str(exc))]) from None
    template_problems = check_templates(config, doc)
    if template_problems:
        raise ConfigError(template_problems)
    return with_feed_file(config)


def check_templates(config: Config, doc: Any) -> list[Problem]:
    """The problems of each chat's own template file (`templatefiles.check`); a file that is
    not there is a problem of the config key that names it."""
    from monitor.files import templatefiles

    named: list[tuple[tuple[str | int, ...], str]] = [
        (("telegram", "chats", chat, "template"), s.template)
        for chat, s in config.telegram.chats.items()
        if s.template
    ]
    if config.telegram.defaults.template:
        named.append((("telegram", "defaults", "template"), config.telegram.defaults.template))
    problems: list[Problem] = []
    for key, name in named:
        file = config.path(name)
        if not file.is_file():
            problems.append(doc.problem(key, f"no template file {name!r} ({file})"))
            continue
        problems += templatefiles.check(file)
    return problems


class FeedFile(_Strict):
    """The feeds file: `feeds:` and nothing else, each entry as in the config."""

    feeds: tuple[FeedConfig, ...] = ()


def load_feed_file(path: Path) -> tuple[FeedConfig, ...]:
    """The feeds of the feeds file (none when it does not exist), validated like the
    config's; ConfigError naming the file, line and key of every problem."""
    if not path.exists():
        return ()
    doc = load_yaml(path)
    data = as_mapping(doc)
    try:
        return FeedFile.model_validate(dict(data)).feeds
    except ValidationError as exc:
        raise ConfigError(pydantic_problems(doc, exc, model=FeedFile)) from None


def with_feed_file(config: Config) -> Config:
    """The config with the feeds file's feeds after its own (read again: live reload);
    a feed id given in both is a problem located in the feeds file."""
    own = tuple(f for f in config.feeds if f.id not in config.feeds_from_file)
    path = config.feeds_path
    added = load_feed_file(path)
    taken = {f.id for f in own}
    problems = []
    for n, feed in enumerate(added):
        if feed.id in taken:
            doc = load_yaml(path)
            where = "the config" if feed.id in {f.id for f in own} else "this file"
            problems.append(
                doc.problem(("feeds", n, "id"), f"duplicate feed id {feed.id!r} (also in {where})")
            )
        taken.add(feed.id)
    if problems:
        raise ConfigError(problems)
    return config.model_copy(
        update={"feeds": own + added, "feeds_from_file": frozenset(f.id for f in added)}
    )
