"""Replies: what the bot answers in private chats, as Telegram HTML.

A view module: stored alerts, knowledge, rules and feed health in, text out. No I/O, no
clock (the caller passes `now`), no python-telegram-bot. Every stored or configured piece
of text is escaped with `compose.esc`; only <b>, <i>, <code> and <a href> are emitted.
Replies may exceed 4096 characters: the bot splits them with `splitting.split_html`, so
blocks are separated by a blank line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from monitor.core.compose import MARKERS, cut, esc, link, render_correction
from monitor.core.knowledge import Knowledge
from monitor.core.labels import LABELS
from monitor.core.rules import RuleSet
from monitor.edges.store import AlertRecord
from monitor.files.config import ChatSettings

LATEST_DEFAULT = 5
LATEST_MAX = 20

# (command, description) as registered with setMyCommands and listed by /help.
PUBLIC_COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "what this bot does"),
    ("help", "the commands"),
    ("subscribe", "get every alert here, privately"),
    ("unsubscribe", "stop getting alerts here"),
    ("latest", "the latest alerts: /latest [n]"),
    ("alert", "one alert in full, with its diff: /alert ID"),
    ("settings", "how alerts come to you: /settings KEY VALUE"),
    ("facts", "tracked statuses: state, since when, source"),
    ("rules", "the active watch rules"),
)
ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("status", "feeds' health and the delivery backlog"),
    ("pause", "pause delivery of alerts"),
    ("resume", "resume delivery of alerts"),
    ("retract", "correct the record: /retract ID reason"),
)


@dataclass(frozen=True)
class FeedHealth:
    """One configured feed as the store last saw it."""

    id: str
    title: str
    last_success: dt.datetime | None
    last_polled: dt.datetime | None
    last_status: int | None
    last_error: str | None
    errors: int  # consecutive failures
    next_poll: dt.datetime | None


def _time(value: dt.datetime | None) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if value else "never"


def _day(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    return str(value) if value else "?"


def _source(label: str) -> str:
    """A source label; an article URL (a learned state's source) is linked by its site."""
    if label.startswith(("http://", "https://")):
        return link(label, urlsplit(label).hostname or "article")
    return esc(label) if label else "?"


# ----------------------------------------------------------------------------- everyone


def help_text(is_admin: bool) -> str:
    """The command list; admins also see theirs."""
    lines = [f"/{name} — {esc(about)}" for name, about in PUBLIC_COMMANDS]
    blocks = ["<b>Commands</b>\n" + "\n".join(lines)]
    if is_admin:
        admin = [f"/{name} — {esc(about)}" for name, about in ADMIN_COMMANDS]
        blocks.append("<b>Admin</b>\n" + "\n".join(admin))
    return "\n\n".join(blocks)


def welcome(is_admin: bool) -> str:
    """The answer to /start."""
    intro = (
        "<b>Kuril monitor</b> watches the news on the Russia–Japan peace treaty and the "
        "Kuril Islands (the Northern Territories) and alerts on new developments, with what "
        "changed against the known facts.\n\n"
        "Send /subscribe to get every alert in this chat."
    )
    return f"{intro}\n\n{help_text(is_admin)}"


def refusal(command: str) -> str:
    """A non-admin asked for an admin command."""
    return (
        f"Sorry, /{esc(command)} is only for the monitor's administrators. "
        "Send /help to see what you can do."
    )


def subscribed(outcome: str, limit: int) -> str:
    """The answer to /subscribe: added, already subscribed, or no room left."""
    if outcome == "added":
        return (
            "✅ Subscribed: every new alert will also come to this chat. Send /unsubscribe to stop."
        )
    if outcome == "full":
        return (
            f"Sorry, this monitor takes no more subscribers: its limit of {limit} is reached. "
            "Ask its admins, or follow its channel."
        )
    return "You are already subscribed. Send /unsubscribe to stop."


def unsubscribed(removed: bool) -> str:
    if removed:
        return "Unsubscribed: no more alerts in this chat. Send /subscribe to start again."
    return "You were not subscribed. Send /subscribe to get alerts here."


def usage(command: str, args: str, why: str = "") -> str:
    prefix = f"{esc(why)} " if why else ""
    return f"{prefix}Usage: <code>/{esc(command)} {esc(args)}</code>"


def latest(alerts: Sequence[AlertRecord]) -> str:
    """The latest alerts, newest first, one short block each."""
    if not alerts:
        return "No alerts yet."
    blocks = [f"<b>Latest alerts</b> ({len(alerts)})"]
    for a in alerts:
        marker = "🔄" if a.kind == "status_change" else "🆕"
        retracted = ""
        if a.retracted_at is not None:
            retracted = render_correction(a.retracted_at, cut(a.retraction or "", 200)) + "\n"
        blocks.append(
            f"{retracted}{marker} <b>#{a.id}</b> {esc(cut(a.title, 200))}\n"
            f"{esc(a.outlet or 'source')}, {_day(a.published)} · {link(a.article_url, 'article')}"
            f" · full diff: <code>/alert {a.id}</code>"
        )
    return "\n\n".join(blocks)


def _via(diff: dict[str, Any]) -> str:
    """ " via Google News" when the alert links to the aggregator, not the publisher."""
    return f" via {esc(str(diff['via']))}" if diff.get("via") else ""


def _state(side: str, state: dict[str, Any]) -> str:
    said = f"; said by {esc(state['said_by'])}" if state.get("said_by") else ""
    return (
        f"  {side}: {esc(state.get('state') or '?')} "
        f"(since {esc(state.get('since') or '?')}, {_source(state.get('source') or '')}{said})"
    )


def alert_full(alert: AlertRecord, lang: str = "en", tz: dt.tzinfo = dt.UTC) -> str:
    """One alert with its whole diff: every change, every new claim, what was known;
    labelled in the chat's language, its times in the chat's zone."""
    diff = alert.diff
    labels = LABELS.get(lang, LABELS["en"])

    def when(value: dt.datetime | None) -> str:
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z") if value else "—"

    label = labels.get(alert.kind, alert.kind)
    marker = f"{MARKERS.get(alert.kind, '🆕')} {esc(label)}"
    blocks = (
        []
        if alert.retracted_at is None
        else [render_correction(alert.retracted_at, alert.retraction or "")]
    )
    blocks += [
        f"<b>{marker}</b> · #{alert.id}\n<b>{esc(alert.title)}</b>\n"
        f"{esc(alert.outlet or 'source')}{_via(diff)}, {when(alert.published)} · "
        f"{link(alert.article_url, 'read the article')}",
        f"<i>{esc(labels['rules'])}:</i> {esc(alert.rule or '?')}\n"
        f"<i>{esc(labels['why'])}:</i> {esc(diff.get('reason') or '?')}",
    ]
    if diff.get("headline_only"):
        blocks.append(f"<i>{esc(labels['headline_only'])}:</i> {esc(str(diff['headline_only']))}")
    changes = diff.get("changes") or []
    if changes:
        lines = [f"<b>{esc(labels['what_changed'])}</b>"]
        for ch in changes:
            lines.append(f"• <b>{esc(ch.get('matter') or ch.get('status_id') or '?')}</b>")
            lines.append(_state(labels["was"], ch.get("old") or {}))
            lines.append(_state(labels["now"], ch.get("new") or {}))
        blocks.append("\n".join(lines))
    new = diff.get("new") or []
    if new:
        blocks.append(
            f"<b>{esc(labels['what_is_new'])}</b>\n" + "\n".join(f"• {esc(c)}" for c in new)
        )
    known = diff.get("known") or []
    if known:
        blocks.append(
            f"<b>{esc(labels['already_known'])}</b>\n" + "\n".join(f"• {esc(k)}" for k in known)
        )
    sources = [{"url": alert.article_url, "outlet": alert.outlet, "lang": alert.lang}]
    sources += [s for s in alert.sources if s.get("url") != alert.article_url]
    lines = [f"<b>{esc(labels['sources'])}</b> ({len(sources)})"]
    for s in sources:
        label = s.get("outlet") or s.get("title") or "source"
        lang = f" ({esc(s['lang'])})" if s.get("lang") else ""
        lines.append(f"• {link(s['url'], label)}{lang}")
    blocks.append("\n".join(lines))
    blocks.append(f"<i>#{alert.id} · {when(alert.created_at)}</i>")
    return "\n\n".join(blocks)


def facts(knowledge: Knowledge) -> str:
    """The tracked statuses, each with its current state, since when and its source."""
    if not knowledge.statuses:
        return "No statuses are tracked."
    blocks = [f"<b>Tracked statuses</b> ({len(knowledge.statuses)})"]
    for tracked in knowledge.statuses.values():
        status = tracked.status
        now = status.current
        said = f" · said by {esc(now.said_by)}" if now.said_by else ""
        label = knowledge.source_label(now.source) if now.source else ""
        earlier = len(status.history) - 1
        history = f" · {earlier} earlier state{'s' if earlier != 1 else ''}" if earlier else ""
        blocks.append(
            f"{'▶️' if tracked.active else '⏸'} <b>{esc(status.matter)}</b>\n"
            f"{esc(now.state)}\n"
            f"since {_day(now.since)} · source: {_source(label)}{said}{history}"
        )
    return "\n\n".join(blocks)


def rules(ruleset: RuleSet) -> str:
    """The watch rules in force."""
    if not ruleset.rules:
        return "No rules are active."
    blocks = [f"<b>Active rules</b> ({len(ruleset.rules)})"]
    for rule in ruleset.rules:
        parts = [f"<b>{esc(rule.id)}</b> ({esc(rule.severity)})"]
        if rule.description:
            parts.append(esc(rule.description))
        looks = [f"in: {esc(', '.join(rule.where))}"]
        for name, concepts in (
            ("all of", rule.all),
            ("any of", rule.any),
            ("none of", rule.none),
            ("in one sentence", rule.sentence),
        ):
            if concepts:
                looks.append(f"{name}: {esc(', '.join(concepts))}")
        if rule.feeds:
            looks.append(f"feeds: {esc(', '.join(rule.feeds))}")
        parts.append("<i>" + " · ".join(looks) + "</i>")
        blocks.append("\n".join(parts))
    return "\n\n".join(blocks)


def chat_settings(settings: ChatSettings, usage: Sequence[tuple[str, str]], note: str = "") -> str:
    """The answer to /settings: this chat's settings now, and how to change each."""
    silent = settings.silent
    kinds = ", ".join(settings.kinds)
    lines = [
        f"lang: <b>{esc(settings.lang)}</b>",
        f"form: <b>{esc(settings.form)}</b>",
        f"kinds: <b>{esc(kinds)}</b>",
        f"matters: <b>{esc(', '.join(settings.matters) or 'all')}</b>",
        f"silent: <b>{esc(', '.join(silent.severities) or 'off')}</b>",
        f"quiet: <b>{esc(silent.quiet_hours or 'off')}</b>",
        f"timezone: <b>{esc(settings.timezone)}</b>",
        "digest: <b>"
        + (f"{settings.digest.threshold} or more alerts" if settings.digest.enabled else "off")
        + "</b>",
    ]
    how = "\n".join(f"<code>/settings {esc(k)}</code> {esc(v)}" for k, v in usage)
    head = f"{esc(note)}\n\n" if note else ""
    return f"{head}<b>Your alert settings</b>\n" + "\n".join(lines) + f"\n\n{how}"


def not_subscribed_settings() -> str:
    return "Settings apply to the alerts this chat gets: send /subscribe first."


# ----------------------------------------------------------------------------- admins


def status(
    feeds: Sequence[FeedHealth],
    backlog: int,
    paused_since: dt.datetime | None,
    subscribers: int,
    now: dt.datetime,
) -> str:
    """Feeds' health (last success, errors, backoff) and the delivery backlog."""
    failing = sum(1 for f in feeds if f.errors)
    delivery = f"⏸ paused since {_time(paused_since)}" if paused_since else "▶️ running"
    blocks = [
        f"<b>Monitor status</b> · {_time(now)}\n"
        f"Delivery: {delivery}\n"
        f"Outbox backlog: {backlog} pending\n"
        f"Subscribers: {subscribers}",
    ]
    lines = [f"<b>Feeds</b> ({len(feeds)}, {failing} failing)"]
    for f in feeds:
        name = f"<b>{esc(f.id)}</b>"
        if f.last_polled is None and f.last_success is None:
            lines.append(f"⏳ {name} — not polled yet")
        elif f.errors:
            error = esc(cut(f.last_error or f"HTTP {f.last_status}", 160))
            retry = (
                f"backoff until {_time(f.next_poll)}"
                if f.next_poll and f.next_poll > now
                else "retry due"
            )
            lines.append(
                f"⚠️ {name} — {f.errors} error{'s' if f.errors != 1 else ''}: {error}; "
                f"last success {_time(f.last_success)}; {retry}"
            )
        else:
            lines.append(
                f"✅ {name} — last success {_time(f.last_success)}; next poll {_time(f.next_poll)}"
            )
    blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def paused(since: dt.datetime, already: bool) -> str:
    if already:
        return f"Delivery is already paused (since {_time(since)}). Send /resume to restart it."
    return (
        "⏸ Delivery paused. Alerts are still recorded and wait in the outbox; "
        "send /resume to send them."
    )


def resumed(was_paused: bool, backlog: int) -> str:
    if not was_paused:
        return "Delivery is running (it was not paused)."
    waiting = f" {backlog} pending alert message{'s' if backlog != 1 else ''} will go out shortly."
    return "▶️ Delivery resumed." + (waiting if backlog else "")
