"""The outbox: stage 5 of the pipeline — pending alerts and updates delivered to Telegram.

Each chat is served in its own order and at its own pace (a flood wait in one chat never
holds another), within Telegram's limits; a burst goes out as one digest; a later source
edits the alert, or replies to it past the edit window; a retraction edits the alert's
first message to open with the correction, or replies with it when that message cannot
carry it. Each row is claimed before it is worked on (other processes may share the
database), and a new message's intent is written before it is posted; a post whose
outcome nobody recorded is held for an admin, never posted again (README, "Exactly
once"). This module claims rows and chooses what each chat gets; sending a row is
`sending`'s, the alert as a chat sees it `chatview`'s. It holds no SQL (the store does)
and no Bot API details (the delivery edge does).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import re
import time
from functools import partial
from typing import TYPE_CHECKING

from monitor.core import compose
from monitor.edges.claims import gone, wall_clock
from monitor.edges.delivery import BAD_TOKEN, advice
from monitor.edges.store import OutboxRow
from monitor.errors import DeliveryError, PermanentDeliveryError, StoreError
from monitor.files.config import ChatSettings
from monitor.stages import chatsettings
from monitor.stages.chatview import alert_view, severity_of, silent, style_for, wanted
from monitor.stages.sending import (
    BudgetSpent,
    PostUnconfirmed,
    deliver_digest,
    deliver_row,
    record,
    record_late,
)

if TYPE_CHECKING:
    from monitor.stages.context import Context, CycleReport

log = logging.getLogger("monitor.stages.outbox")


def claim_seconds(ctx: Context) -> float:
    """How long a claim on a chat's rows lasts: longer than one delivery of the chat can
    take (the sending budget, plus the last calls' timeouts)."""
    t = ctx.config.telegram
    return t.send_budget + 3 * t.timeout + 10.0


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
    """The chat's claimed rows, in order: a burst of new alerts as one digest, the rest one
    by one, until one must wait (the later ones wait with it, keeping the chat's order)."""
    live = ctx.telegram is not None and chat != "console"
    settings = chatsettings.effective(ctx.config, ctx.store, chat)
    style = style_for(ctx, chat)
    rows = _filtered(ctx, chat, rows, settings)
    sends = [r for r in rows if r.action == "send" and not r.message_ids]
    if live and settings.digest.enabled and len(sends) >= settings.digest.threshold:
        if not await _send_digest(ctx, chat, sends, deadline, style, report):
            return
        rows = [r for r in rows if r not in sends]
    for row in rows:
        if ctx.stop.is_set():
            break
        if not await _send_one(ctx, chat, row, settings, live, deadline, style, report):
            break  # later alerts wait, so the chat keeps their order


async def _send_digest(
    ctx: Context,
    chat: str,
    sends: list[OutboxRow],
    deadline: float,
    style: compose.Style,
    report: CycleReport,
) -> bool:
    """The burst of new alerts as one digest; whether it went out (when not, each row's
    outcome is recorded: held, failed, or due again)."""
    try:
        await deliver_digest(ctx, chat, sends, deadline, style)
    except PostUnconfirmed as exc:
        for r in sends:
            await _hold(ctx, r, str(exc))
        return False
    except PermanentDeliveryError as exc:
        for r in sends:
            record(ctx, r.id, partial(ctx.store.outbox_failed, r.id, str(exc)))
        _failed(ctx, chat, exc, alerts=len(sends))
        return False
    except DeliveryError as exc:
        for r in sends:
            record(ctx, r.id, partial(ctx.store.outbox_retry, r.id, str(exc), None))
        _failed(ctx, chat, exc, alerts=len(sends))
        return False
    report.sent += len(sends)
    ctx.metrics.sent.inc(len(sends))
    return True


async def _send_one(
    ctx: Context,
    chat: str,
    row: OutboxRow,
    settings: ChatSettings,
    live: bool,
    deadline: float,
    style: compose.Style,
    report: CycleReport,
) -> bool:
    """One row sent (or printed, without Telegram); False when it must wait, and the
    chat's later rows with it."""
    view = alert_view(ctx.store, row.alert_id, ctx.judge)
    if view is None:
        ctx.store.outbox_failed(row.id, "alert not found")
        return True
    if not live:
        _print_alert(ctx, row, view)
        return True
    quiet = silent(settings, severity_of(ctx, view), ctx.clock())
    try:
        sent = await deliver_row(ctx, row, view, deadline, style, quiet)
    except PostUnconfirmed as exc:
        await _hold(ctx, row, str(exc))
        return True
    except PermanentDeliveryError as exc:
        record(ctx, row.id, partial(ctx.store.outbox_failed, row.id, str(exc)))
        _failed(ctx, chat, exc, alert=row.alert_id)
        return True
    except DeliveryError as exc:
        retry = getattr(exc, "retry_after", None) or 5.0 * 2 ** min(row.attempts, 10)
        # a run that spent its sending budget leaves the rest due at once, for the next
        # run or cycle: nothing failed
        retry = 0.0 if isinstance(exc, BudgetSpent) else retry
        at = ctx.clock() + dt.timedelta(seconds=min(retry, 3600))
        record(ctx, row.id, partial(ctx.store.outbox_retry, row.id, str(exc), at))
        _failed(ctx, chat, exc, alert=row.alert_id)
        return False
    report.sent += int(sent)
    ctx.metrics.sent.inc(int(sent))
    return True


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


def _plain(html_text: str) -> str:

    return html.unescape(re.sub(r"<[^>]+>", "", html_text))
