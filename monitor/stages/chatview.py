"""The alert as one chat sees it: its view from the store, the chat's style, whether the chat
takes it, and whether it goes out without a sound.

It decides nothing about sending (the outbox does) and holds no SQL (the store does) and no
Bot API details (the delivery edge does).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from monitor.core import compose
from monitor.edges.store import Store
from monitor.errors import ConfigError
from monitor.files import templatefiles
from monitor.files.config import ChatSettings
from monitor.stages import chatsettings

if TYPE_CHECKING:
    from monitor.core.novelty import Judge
    from monitor.stages.context import Context

log = logging.getLogger("monitor.stages.outbox")


def matters_named(judge: Judge | None, texts: list[str]) -> frozenset[str]:
    """The tracked matters (by name) the texts speak of, in any language, by the statuses'
    own terms: what an alert's "already known" lines may be about."""
    if judge is None:
        return frozenset()
    found: set[str] = set()
    for hits in judge.matcher.find_each([" ".join(t.split()) for t in texts if t.strip()]):
        for hit in hits:
            if hit.concept.startswith("status:"):
                tracked = judge.knowledge.statuses.get(hit.concept[len("status:") :])
                if tracked is not None:
                    found.add(tracked.status.matter)
    return frozenset(found)


def alert_view(store: Store, alert_id: int, judge: Judge | None = None) -> compose.AlertView | None:
    rec = store.alert(alert_id)
    if rec is None:
        return None
    diff = rec.diff
    sources = [s for s in rec.sources if s["url"] != rec.article_url]
    return compose.AlertView(
        id=rec.id,
        kind=rec.kind,
        title=rec.title,
        url=rec.article_url,
        outlet=rec.outlet,
        published=rec.published,
        rule=rec.rule,
        new=diff.get("new", []),
        changes=diff.get("changes", []),
        known=diff.get("known", []),
        sources=[{"url": rec.article_url, "outlet": rec.outlet}, *sources] if sources else [],
        retracted_at=rec.retracted_at,
        retraction=rec.retraction or "",
        headline_only=str(diff.get("headline_only") or ""),
        via=str(diff.get("via") or ""),
        reason=str(diff.get("reason") or ""),
        matters=matters_named(judge, [rec.title, *diff.get("new", [])]),
    )


def style_for(ctx: Context, chat: str) -> compose.Style:
    """How a chat reads its alerts: its settings' form, language, time zone and template
    (a template that no longer passes `check` is logged and the default form used)."""
    s = chatsettings.effective(ctx.config, ctx.store, chat)
    template = None
    if s.template:
        try:
            template = templatefiles.load(ctx.config.path(s.template))
        except ConfigError as exc:
            log.error("delivery.template_refused", extra={"chat": chat, "error": str(exc)})
    return compose.Style(form=s.form, lang=s.lang, tz=ZoneInfo(s.timezone), template=template)


def wanted(settings: ChatSettings, view: compose.AlertView) -> bool:
    """Whether a chat takes this alert: its kind, and its matters when it names some."""
    if view.kind not in settings.kinds:
        return False
    if settings.matters:
        moved = {str(ch.get("status_id") or "") for ch in view.changes}
        return bool(moved & set(settings.matters))
    return True


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def silent(settings: ChatSettings, severity: str, now: dt.datetime) -> bool:
    """Whether an alert goes out without a sound: its severity is one the chat mutes, or
    it is sent in the chat's quiet hours (its own time zone; a range may cross midnight)."""
    if severity in settings.silent.severities:
        return True
    hours = settings.silent.quiet_hours
    if not hours:
        return False
    start, end = (_minutes(h) for h in hours.split("-"))
    local = now.astimezone(ZoneInfo(settings.timezone))
    at = local.hour * 60 + local.minute
    return start <= at < end if start <= end else (at >= start or at < end)


SEVERITY_ORDER = ("low", "normal", "high")


def severity_of(ctx: Context, view: compose.AlertView) -> str:
    """An alert's severity: the highest of the rules it matched, as the rules say now."""
    by_id = {r.id: r.severity for r in ctx.judge.rules.rules}
    found = [by_id[r.strip()] for r in view.rule.split(",") if r.strip() in by_id]
    return max(found, key=SEVERITY_ORDER.index, default="normal")
