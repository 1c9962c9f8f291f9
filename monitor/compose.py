"""Compose: an alert's diff as Telegram HTML that a person reads in five seconds.

Core module: data in, text out; no I/O. Every piece of article text is escaped; only
<b>, <i>, <a href> are emitted. Blocks are separated by a blank line and claims start
with "• ", so a long alert can be cut at a claim boundary (delivery.split_html).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

MAX_CLAIM = 400  # characters of one quoted claim
MAX_CLAIMS = 4
MAX_REASON = 500  # characters of a retraction's reason

MARKERS = {"new_development": "🆕 New development", "status_change": "🔄 Status change"}


@dataclass(frozen=True)
class AlertView:
    """What an alert message shows."""

    id: int
    kind: str
    title: str
    url: str
    outlet: str
    published: dt.datetime
    rule: str
    new: Sequence[str] = ()
    changes: Sequence[dict[str, Any]] = ()  # {matter, old: {state, since, source}, new: {...}}
    known: Sequence[str] = ()
    sources: Sequence[dict[str, str]] = field(default=())  # {url, outlet, title, lang}
    retracted_at: dt.datetime | None = None
    retraction: str = ""  # why it was retracted
    headline_only: str = ""  # decided on the headline and the feed's summary: why
    via: str = ""  # the aggregator linked to, when the publisher's URL is not known


def esc(text: str) -> str:
    """Escape text for Telegram HTML (&, <, > and quotes)."""
    return html.escape(text, quote=True)


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _link(url: str, label: str) -> str:
    return f'<a href="{esc(url)}">{esc(label)}</a>'


def _when(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    return str(value) if value else "date unknown"


def render_correction(at: dt.datetime, reason: str) -> str:
    """The line a retracted alert shows at its top: when (UTC) and why."""
    when = at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
    return f"⚠️ <b>Retracted {when} UTC:</b> {esc(_cut(reason, MAX_REASON))}"


def render_alert(view: AlertView) -> str:
    """The alert as Telegram HTML (may exceed 4096 characters; delivery splits it); a
    retracted one opens with its correction line, the original text kept below it."""
    blocks: list[str] = []
    if view.retracted_at is not None:
        blocks.append(render_correction(view.retracted_at, view.retraction))
    marker = MARKERS.get(view.kind, "🆕 New development")
    blocks.append(f"<b>{marker}</b> · #{view.id}\n<b>{esc(_cut(view.title, 300))}</b>")
    outlet = view.outlet or "source"
    via = f" via {esc(view.via)}" if view.via else ""
    blocks.append(
        f"{esc(outlet)}{via}, {_when(view.published)} · {_link(view.url, 'read the article')}"
    )
    if view.headline_only:
        blocks.append(
            "<i>Headline only:</i> decided on the headline and the feed's summary; "
            + esc(_cut(view.headline_only, 200))
        )
    if view.changes:
        lines = ["<b>What changed</b>"]
        for ch in view.changes:
            old, new = ch["old"], ch["new"]
            lines.append(
                f"• <b>{esc(ch['matter'])}</b>\n"
                f"  was: {esc(_cut(old['state'], 200))} "
                f"(since {esc(old.get('since') or '?')}, {esc(old.get('source') or '?')})\n"
                f"  now: {esc(_cut(new['state'], 300))} "
                f"({esc(new.get('since') or '?')}, {esc(new.get('source') or '?')})"
            )
        blocks.append("\n".join(lines))
    if view.new:
        lines = ["<b>What is new</b>"]
        lines += [f"• {esc(_cut(c, MAX_CLAIM))}" for c in list(view.new)[:MAX_CLAIMS]]
        blocks.append("\n".join(lines))
    if view.known:
        blocks.append("<i>Already known:</i> " + esc("; ".join(_cut(k, 200) for k in view.known)))
    blocks.append(f"<i>Rule:</i> {esc(view.rule)}")
    if view.sources:
        links = ", ".join(
            _link(s["url"], s.get("outlet") or s.get("title") or "source") for s in view.sources
        )
        blocks.append(f"<b>Sources:</b> {links}")
    return "\n\n".join(blocks)


def render_update_reply(view: AlertView, new_sources: Sequence[dict[str, str]]) -> str:
    """A reply to an alert that can no longer be edited: the sources reported since."""
    links = ", ".join(
        _link(s["url"], s.get("outlet") or s.get("title") or "source") for s in new_sources
    )
    return f"<b>More sources</b> for #{view.id} {esc(_cut(view.title, 120))}: {links}"


def render_retraction_reply(view: AlertView) -> str:
    """A reply to an alert whose message cannot carry the correction itself (a digest, a
    message Telegram will not edit): the correction, naming the alert."""
    assert view.retracted_at is not None
    correction = render_correction(view.retracted_at, view.retraction)
    return f"{correction}\n#{view.id} {esc(_cut(view.title, 200))}"


def render_digest(views: Sequence[AlertView]) -> str:
    """Several alerts in one message, when a burst exceeds a chat's sending budget."""
    blocks = [f"<b>📰 {len(views)} new developments</b>"]
    for v in views:
        marker = "🔄" if v.kind == "status_change" else "🆕"
        first = _cut(v.new[0], 240) if v.new else ""
        blocks.append(
            f"{marker} <b>{esc(_cut(v.title, 200))}</b> · #{v.id}\n"
            f"{esc(v.outlet or 'source')}, {_when(v.published)} · {_link(v.url, 'read')}"
            + (f"\n• {esc(first)}" if first else "")
        )
    return "\n\n".join(blocks)
