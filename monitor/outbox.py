"""The outbox: stage 5 of the pipeline — pending alerts and updates delivered to Telegram.

Each chat is served in its own order and at its own pace (a flood wait in one chat never
holds another), within Telegram's limits; a burst goes out as one digest; a later source
edits the alert, or replies to it past the edit window; a retraction edits the alert's
first message to open with the correction, or replies with it when that message cannot
carry it. Each row is claimed before it is worked on (other processes may share the
database), and a new message's intent is written before it is posted; a post whose
outcome nobody recorded is held for an admin, never posted again (README, "Exactly
once"). It holds no SQL (the store does) and no Bot API details (the delivery edge does).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import re
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from monitor import chatsettings, compose, templatefiles
from monitor.claims import gone, wall_clock
from monitor.config import ChatSettings
from monitor.delivery import (
    BAD_TOKEN,
    DeliveryUnconfirmed,
    RateLimited,
    Telegram,
    advice,
    split_html,
)
from monitor.errors import ConfigError, DeliveryError, PermanentDeliveryError, StoreError
from monitor.store import OutboxRow, Store

if TYPE_CHECKING:
    from monitor.context import Context, CycleReport
    from monitor.novelty import Judge

log = logging.getLogger("monitor.outbox")


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


def _plain(html_text: str) -> str:

    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


EDIT_WINDOW = dt.timedelta(hours=48)  # older alerts get a reply instead of an edit


class PostUnconfirmed(DeliveryError):
    """A new message was posted, or not: Telegram's answer never came. Never posted again
    on its own; the row is held for an admin."""


def claim_seconds(ctx: Context) -> float:
    """How long a claim on a chat's rows lasts: longer than one delivery of the chat can
    take (the sending budget, plus the last calls' timeouts)."""
    t = ctx.config.telegram
    return t.send_budget + 3 * t.timeout + 10.0


def _record(ctx: Context, row_id: int, write: Callable[[], None]) -> None:
    """Record a post's outcome; when the database refuses (a full disk), keep the write
    to make before anything else is sent, and end the cycle."""
    try:
        write()
    except StoreError:
        ctx.unrecorded[row_id] = write
        raise


def record_late(ctx: Context) -> None:
    """Outcomes this process could not record when they happened, recorded now (raises
    StoreError, and nothing is sent, while the database still refuses)."""
    for row_id, write in list(ctx.unrecorded.items()):
        write()
        del ctx.unrecorded[row_id]
        log.info("delivery.recorded_late", extra={"row": row_id})


async def deliver(ctx: Context, report: CycleReport, chat_id: str | None = None) -> None:
    """Send pending outbox rows (every chat's, or `chat_id`'s), each chat in its own order
    and at its own pace: one chat's flood wait never holds the others."""
    deadline = time.monotonic() + ctx.config.telegram.send_budget
    record_late(ctx)
    if ctx.store.paused_since() is not None:  # an admin sent /pause: every row stays pending
        log.debug("delivery.paused")
        report.pending = ctx.store.outbox_backlog()
        return
    by_chat: dict[str, list[OutboxRow]] = {}
    for row in ctx.store.pending_outbox(ctx.clock(), chat_id):
        by_chat.setdefault(row.chat_id, []).append(row)
    await asyncio.gather(
        *(_deliver_chat(ctx, chat, rows, deadline, report) for chat, rows in by_chat.items())
    )
    report.pending = ctx.store.outbox_backlog()


async def _claim(ctx: Context, chat: str, rows: list[OutboxRow]) -> list[OutboxRow]:
    """Claim the chat's rows in order, up to the first another process holds (the chat
    keeps its order). A row a post began on whose outcome nobody recorded — its process
    died, or its disk filled, between Telegram's answer and the record — is held."""
    now = wall_clock()
    until = now + dt.timedelta(seconds=claim_seconds(ctx))
    claimed: list[OutboxRow] = []
    for row in rows:
        stale = row.claimed_by if gone(row.claimed_by) else None
        mine = ctx.store.outbox_claim(row.id, ctx.owner, now, until, stale)
        if mine is None:
            log.info(
                "delivery.claimed_elsewhere",
                extra={"alert": row.alert_id, "chat": chat, "by": row.claimed_by},
            )
            break
        if mine.sending_at is not None:
            await _hold(ctx, mine, "a post began and its outcome was never recorded")
            continue
        claimed.append(mine)
    return claimed


async def _hold(ctx: Context, row: OutboxRow, reason: str) -> None:
    """Hold a row whose post may have reached the chat: never posted again on its own."""
    ctx.store.outbox_hold(row.id, reason)
    log.error(
        "delivery.unconfirmed",
        extra={
            "row": row.id,
            "alert": row.alert_id,
            "chat": row.chat_id,
            "reason": reason,
            "held": f"run `kuril-monitor outbox sent {row.id}` if it reached the chat, "
            f"`kuril-monitor outbox resend {row.id}` if not",
        },
    )
    tg = ctx.telegram
    if tg is None or ctx.telegram_down is not None:
        return
    text = (
        f"⚠️ Alert #{row.alert_id} to {html.escape(row.chat_id)}: {html.escape(reason)}. "
        "It is not posted again on its own. If it reached the chat, run "
        f"<code>kuril-monitor outbox sent {row.id}</code>; if not, "
        f"<code>kuril-monitor outbox resend {row.id}</code>."
    )
    for admin in ctx.config.telegram.admin_ids:
        try:
            await tg.send(admin, text)
        except DeliveryError as exc:
            log.warning("admins.not_told", extra={"chat": admin, "error": str(exc)})


async def _deliver_chat(
    ctx: Context, chat: str, rows: list[OutboxRow], deadline: float, report: CycleReport
) -> None:
    """One chat's pending rows, claimed, in order; a burst of new alerts is one digest."""
    if chat != "console" and ctx.telegram_down is not None:  # rows wait for Telegram to return
        log.warning("delivery.skipped", extra={"chat": chat, "reason": ctx.telegram_down})
        return
    claimed = await _claim(ctx, chat, rows)
    try:
        await _deliver_claimed(ctx, chat, claimed, deadline, report)
    finally:
        if claimed:
            try:
                ctx.store.outbox_release(ctx.owner, chat)
            except StoreError as exc:  # the claims run out on their own
                log.warning("delivery.claims_kept", extra={"chat": chat, "error": str(exc)})


async def _deliver_claimed(
    ctx: Context, chat: str, rows: list[OutboxRow], deadline: float, report: CycleReport
) -> None:
    live = ctx.telegram is not None and chat != "console"
    settings = chatsettings.effective(ctx.config, ctx.store, chat)
    style = style_for(ctx, chat)
    rows = _filtered(ctx, chat, rows, settings)
    sends = [r for r in rows if r.action == "send" and not r.message_ids]
    if live and settings.digest.enabled and len(sends) >= settings.digest.threshold:
        try:
            await _deliver_digest(ctx, chat, sends, deadline, style)
        except PostUnconfirmed as exc:
            for r in sends:
                await _hold(ctx, r, str(exc))
            return
        except PermanentDeliveryError as exc:
            for r in sends:
                _record(ctx, r.id, partial(ctx.store.outbox_failed, r.id, str(exc)))
            _failed(ctx, chat, exc, alerts=len(sends))
            return
        except DeliveryError as exc:
            for r in sends:
                _record(ctx, r.id, partial(ctx.store.outbox_retry, r.id, str(exc), None))
            _failed(ctx, chat, exc, alerts=len(sends))
            return
        report.sent += len(sends)
        ctx.metrics.sent.inc(len(sends))
        rows = [r for r in rows if r not in sends]
    for row in rows:
        if ctx.stop.is_set():
            break
        view = alert_view(ctx.store, row.alert_id, ctx.judge)
        if view is None:
            ctx.store.outbox_failed(row.id, "alert not found")
            continue
        if not live:
            _print_alert(ctx, row, view)
            continue
        quiet = silent(settings, severity_of(ctx, view), ctx.clock())
        try:
            sent = await _deliver_row(ctx, row, view, deadline, style, quiet)
        except PostUnconfirmed as exc:
            await _hold(ctx, row, str(exc))
            continue
        except PermanentDeliveryError as exc:
            _record(ctx, row.id, partial(ctx.store.outbox_failed, row.id, str(exc)))
            _failed(ctx, chat, exc, alert=row.alert_id)
            continue
        except DeliveryError as exc:
            retry = getattr(exc, "retry_after", None) or 5.0 * 2 ** min(row.attempts, 10)
            # a run that spent its sending budget leaves the rest due at once, for the next
            # run or cycle: nothing failed
            retry = 0.0 if isinstance(exc, BudgetSpent) else retry
            at = ctx.clock() + dt.timedelta(seconds=min(retry, 3600))
            _record(ctx, row.id, partial(ctx.store.outbox_retry, row.id, str(exc), at))
            _failed(ctx, chat, exc, alert=row.alert_id)
            break  # later alerts wait, so the chat keeps their order
        report.sent += int(sent)
        ctx.metrics.sent.inc(int(sent))


def _filtered(
    ctx: Context, chat: str, rows: list[OutboxRow], settings: ChatSettings
) -> list[OutboxRow]:
    """The rows of alerts the chat takes; the others are done without a message (their
    later edits find nothing sent and end too)."""
    kept: list[OutboxRow] = []
    for row in rows:
        view = alert_view(ctx.store, row.alert_id, ctx.judge) if row.action == "send" else None
        if view is not None and not row.message_ids and not wanted(settings, view):
            ctx.store.outbox_done(row.id, ctx.clock(), ())
            log.info("delivery.filtered", extra={"alert": row.alert_id, "chat": chat})
            continue
        kept.append(row)
    return kept


class BudgetSpent(DeliveryError):
    """This run's sending budget ran out before the call: nothing was tried."""


def _failed(ctx: Context, chat: str, exc: DeliveryError, **fields: int) -> None:
    """One log line for a send Telegram refused (`delivery.failed`, for good) or that waits
    (`delivery.deferred`), naming what failed; the console is told what to do about it
    once per process for each chat and kind of failure."""
    permanent = isinstance(exc, PermanentDeliveryError)
    log.log(
        logging.ERROR if permanent else logging.WARNING,
        "delivery.failed" if permanent else "delivery.deferred",
        extra={**fields, "chat": chat, "reason": exc.kind, "error": str(exc)},
    )
    tip, key = advice(exc, chat), (exc.kind or "", chat)
    if tip is not None and key not in ctx.told:
        ctx.told.add(key)
        print(tip, flush=True)


async def _deliver_digest(
    ctx: Context, chat: str, rows: list[OutboxRow], deadline: float, style: compose.Style
) -> None:
    """Many alerts for one chat at once (a backlog after an outage, a busy day): one digest
    message instead of an hour of queued sends; every row records the digest's id."""
    views = [v for r in rows if (v := alert_view(ctx.store, r.alert_id, ctx.judge)) is not None]
    row_ids = tuple(r.id for r in rows)
    ids: list[int] = []
    for part in split_html(compose.render_digest(views, style)):
        ids.append(await _post(ctx, row_ids, chat, deadline, part, ids[0] if ids else None))
        for r in rows:
            _record(ctx, r.id, partial(ctx.store.record_sent_part, r.id, tuple(ids)))
    for r in rows:
        _record(ctx, r.id, partial(ctx.store.outbox_done, r.id, ctx.clock(), tuple(ids)))
    log.info("delivery.digest", extra={"chat": chat, "alerts": len(rows), "messages": len(ids)})


CONNECT_HINT = (
    "Telegram is not connected: alerts are stored and printed here. To post them to a "
    "channel, create a bot with @BotFather, add it as an administrator of the channel, set "
    "TELEGRAM_BOT_TOKEN, and list the channel under telegram.chat_ids in the config."
)


def connect_hint(token: bool, down: str | None, chats: bool) -> str:
    """What to tell a person whose alerts do not reach a channel, by what is missing."""
    if not token:
        return CONNECT_HINT
    if down is not None and down.startswith(BAD_TOKEN):
        return advice(DeliveryError(down, kind="unauthorized")) or down
    if down is not None:
        where = "printed here and kept" if not chats else "kept"
        return (
            f"{down}. Alerts are stored, {where} in the outbox, and sent when Telegram "
            "answers again; check the network, telegram.api_base_url and the bot token."
        )
    return (
        "Telegram is connected, but telegram.chat_ids is empty: alerts are stored and "
        "printed here (and sent to the bot's subscribers). To post them to a channel, add "
        "the bot as an administrator of the channel and list it under telegram.chat_ids."
    )


def say_how_to_connect(ctx: Context) -> None:
    """Once per process, when alerts cannot reach a channel: why, and what to do."""
    if not ctx.printed_hint:
        ctx.printed_hint = True
        cfg = ctx.config
        print(
            connect_hint(bool(cfg.token), ctx.telegram_down, bool(cfg.telegram.chat_ids)),
            flush=True,
        )


def _print_alert(ctx: Context, row: OutboxRow, view: compose.AlertView) -> None:
    if row.action == "send":
        print("\n" + _plain(compose.render_alert(view)) + "\n", flush=True)
    elif row.action == "retract" and view.retracted_at is not None:
        print("\n" + _plain(compose.render_retraction_reply(view)) + "\n", flush=True)
    say_how_to_connect(ctx)
    ctx.store.outbox_done(row.id, ctx.clock(), ())


async def _call(
    ctx: Context, chat: str, deadline: float, send: Callable[[], Any], repeatable: bool = True
) -> Any:
    """One Telegram call within the rate budget, retrying flood waits and 5xx in budget.
    A call that is not `repeatable` (a new message) is never retried after a timeout: it
    may have been posted."""
    attempt = 0
    while True:
        wait = ctx.budget.wait_for(chat, time.monotonic())
        if wait > 0:
            if time.monotonic() + wait > deadline:
                raise BudgetSpent(f"sending budget exhausted for chat {chat}")
            await asyncio.sleep(wait)
        try:
            result = await send()
            ctx.budget.record(chat, time.monotonic())
            return result
        except RateLimited as exc:
            ctx.budget.block(chat, time.monotonic() + exc.retry_after)
            if time.monotonic() + exc.retry_after > deadline:
                raise
        except PermanentDeliveryError:
            raise
        except DeliveryUnconfirmed as exc:
            if not repeatable:
                raise PostUnconfirmed(f"Telegram did not answer a post: {exc}") from exc
            attempt += 1
            pause = min(8.0, 0.5 * 2**attempt)
            if attempt > 4 or time.monotonic() + pause > deadline:
                raise
            await asyncio.sleep(pause)
        except DeliveryError:
            attempt += 1
            pause = min(8.0, 0.5 * 2**attempt)
            if attempt > 4 or time.monotonic() + pause > deadline:
                raise
            await asyncio.sleep(pause)


def _sender(
    tg: Telegram, chat: str, text: str, reply_to: int | None, silent: bool = False
) -> Callable[[], Awaitable[int]]:
    async def send() -> int:
        return await tg.send(chat, text, reply_to=reply_to, silent=silent)

    return send


async def _post(
    ctx: Context,
    row_ids: tuple[int, ...],
    chat: str,
    deadline: float,
    text: str,
    reply_to: int | None = None,
    silent: bool = False,
) -> int:
    """Post a new message for these rows; its message id. Before each try the intent is
    written (a database that cannot write it refuses the post); a try Telegram answered
    with a refusal (a flood wait, a 5xx) withdraws it, so a crash while waiting to try
    again leaves nothing in doubt. Only a try without an answer stays unconfirmed."""
    tg = ctx.telegram
    assert tg is not None
    post = _sender(tg, chat, text, reply_to, silent)

    async def attempt() -> int:
        ctx.store.outbox_attempt(row_ids, ctx.owner, ctx.clock())
        try:
            return await post()
        except DeliveryUnconfirmed:
            raise
        except DeliveryError:
            with suppress(StoreError):  # kept in doubt, then: held rather than re-sent
                ctx.store.outbox_not_sent(row_ids)
            raise

    return int(await _call(ctx, chat, deadline, attempt, False))


async def _deliver_row(
    ctx: Context,
    row: OutboxRow,
    view: compose.AlertView,
    deadline: float,
    style: compose.Style = compose.BRIEF,
    quiet: bool = False,
) -> bool:
    tg = ctx.telegram
    assert tg is not None
    chat = row.chat_id
    if row.action == "send":
        parts = split_html(compose.render_alert(view, style))
        sent_ids = list(row.message_ids)  # parts sent before a crash are not sent again
        for part in parts[len(sent_ids) :]:
            first = sent_ids[0] if sent_ids else None
            # a continuation never rings: the first part did, or was muted
            sent_ids.append(
                await _post(ctx, (row.id,), chat, deadline, part, first, quiet or bool(first))
            )
            _record(ctx, row.id, partial(ctx.store.record_sent_part, row.id, tuple(sent_ids)))
        _record(ctx, row.id, partial(ctx.store.outbox_done, row.id, ctx.clock(), tuple(sent_ids)))
        log.info(
            "delivery.sent", extra={"alert": row.alert_id, "chat": chat, "messages": len(sent_ids)}
        )
        return True
    if row.action == "retract":
        return await _deliver_retraction(ctx, row, view, deadline, style)
    # an update: edit the alert to list the sources, or reply when it cannot be edited
    sent, sent_at, in_digest = ctx.store.sent_record(row.alert_id, chat)
    if not sent:
        ctx.store.outbox_done(row.id, ctx.clock(), ())  # the send will carry the sources
        return False
    parts = split_html(compose.render_alert(view, style))
    try:
        if len(parts) != len(sent) or in_digest:
            raise PermanentDeliveryError("the alert's parts changed; replying instead")
        if sent_at is not None and ctx.clock() - sent_at > EDIT_WINDOW:
            raise PermanentDeliveryError("past the edit window; replying instead")
        await _call(ctx, chat, deadline, lambda: tg.edit(chat, sent[-1], parts[-1]))
        ids: tuple[int, ...] = ()
    except PermanentDeliveryError:
        reply = compose.render_update_reply(view, view.sources[-1:], style)
        ids = (await _post(ctx, (row.id,), chat, deadline, reply, sent[0], True),)
        _record(ctx, row.id, partial(ctx.store.record_sent_part, row.id, ids))
    _record(ctx, row.id, partial(ctx.store.outbox_done, row.id, ctx.clock(), ids))
    log.info("delivery.updated", extra={"alert": row.alert_id, "chat": chat})
    return True


async def _deliver_retraction(
    ctx: Context,
    row: OutboxRow,
    view: compose.AlertView,
    deadline: float,
    style: compose.Style = compose.BRIEF,
) -> bool:
    """Edit the alert's first message to open with the correction line, its original text
    kept below. Repeating the edit is harmless (Telegram's "message is not modified" counts
    as done), so a retry after a timeout or a crash never shows the correction twice. A
    message that cannot carry it (a digest, an edit Telegram refuses, a text that would no
    longer fit) gets the correction as a reply, whose id is recorded at once."""
    tg = ctx.telegram
    assert tg is not None
    chat = row.chat_id
    sent, _, in_digest = ctx.store.sent_record(row.alert_id, chat)
    if row.message_ids or not sent or view.retracted_at is None:
        # the reply went out before a crash, or no message of the alert reached this chat
        ctx.store.outbox_done(row.id, ctx.clock(), row.message_ids)
        return False
    # The edit window of source updates does not apply: a correction belongs on the
    # message itself whenever Telegram still allows it.
    original = split_html(
        compose.render_alert(replace(view, retracted_at=None, retraction=""), style)
    )
    correction = compose.render_correction(view.retracted_at, view.retraction, style)
    first = f"{correction}\n\n{original[0]}"
    try:
        if in_digest or len(original) != len(sent) or len(split_html(first)) != 1:
            raise PermanentDeliveryError("the message cannot carry the correction; replying")
        await _call(ctx, chat, deadline, lambda: tg.edit(chat, sent[0], first))
        ids: tuple[int, ...] = ()
    except PermanentDeliveryError:
        reply = compose.render_retraction_reply(view, style)
        ids = (await _post(ctx, (row.id,), chat, deadline, reply, sent[0]),)
        _record(ctx, row.id, partial(ctx.store.record_sent_part, row.id, ids))
    _record(ctx, row.id, partial(ctx.store.outbox_done, row.id, ctx.clock(), ids))
    log.info("delivery.retracted", extra={"alert": row.alert_id, "chat": chat, "reply": bool(ids)})
    return True
