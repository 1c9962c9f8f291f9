"""The outbox: stage 5 of the pipeline — pending alerts and updates delivered to Telegram.

Each chat is served in its own order and at its own pace (a flood wait in one chat never
holds another), within Telegram's limits; a burst goes out as one digest; a later source
edits the alert, or replies to it past the edit window; a retraction edits the alert's
first message to open with the correction, or replies with it when that message cannot
carry it. It holds no SQL (the store does) and no Bot API details (the delivery edge does).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from monitor import compose
from monitor.delivery import RateLimited, Telegram, split_html
from monitor.errors import DeliveryError, PermanentDeliveryError
from monitor.store import OutboxRow, Store

if TYPE_CHECKING:
    from monitor.pipeline import Context, CycleReport

log = logging.getLogger("monitor.outbox")


def alert_view(store: Store, alert_id: int) -> compose.AlertView | None:
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
    )


def _plain(html_text: str) -> str:

    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


DIGEST_AT = 5  # this many alerts waiting for one chat go out as one digest message
EDIT_WINDOW = dt.timedelta(hours=48)  # older alerts get a reply instead of an edit


async def deliver(ctx: Context, report: CycleReport, chat_id: str | None = None) -> None:
    """Send pending outbox rows (every chat's, or `chat_id`'s), each chat in its own order
    and at its own pace: one chat's flood wait never holds the others."""
    deadline = time.monotonic() + ctx.config.telegram.send_budget
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


async def _deliver_chat(
    ctx: Context, chat: str, rows: list[OutboxRow], deadline: float, report: CycleReport
) -> None:
    """One chat's pending rows in order; a burst of new alerts goes out as one digest."""
    live = ctx.telegram is not None and chat != "console"
    if chat != "console" and ctx.telegram_down is not None:  # rows wait for Telegram to return
        log.warning("delivery.skipped", extra={"chat": chat, "reason": ctx.telegram_down})
        return
    sends = [r for r in rows if r.action == "send" and not r.message_ids]
    if live and len(sends) >= DIGEST_AT:
        try:
            await _deliver_digest(ctx, chat, sends, deadline)
        except PermanentDeliveryError as exc:
            for r in sends:
                ctx.store.outbox_failed(r.id, str(exc))
            return
        except DeliveryError as exc:
            log.warning("delivery.deferred", extra={"chat": chat, "error": str(exc)})
            return
        report.sent += len(sends)
        ctx.metrics.sent.inc(len(sends))
        rows = [r for r in rows if r not in sends]
    for row in rows:
        if ctx.stop.is_set():
            break
        view = alert_view(ctx.store, row.alert_id)
        if view is None:
            ctx.store.outbox_failed(row.id, "alert not found")
            continue
        # a database that cannot record the send (a full disk) refuses it before it goes out
        ctx.store.outbox_sending(row.id, ctx.clock())
        if not live:
            _print_alert(ctx, row, view)
            continue
        try:
            sent = await _deliver_row(ctx, row, view, deadline)
        except PermanentDeliveryError as exc:
            ctx.store.outbox_failed(row.id, str(exc))
            log.error(
                "delivery.failed",
                extra={"alert": row.alert_id, "chat": row.chat_id, "error": str(exc)},
            )
            continue
        except DeliveryError as exc:
            retry = getattr(exc, "retry_after", None) or 5.0 * 2 ** min(row.attempts, 10)
            ctx.store.outbox_retry(
                row.id, str(exc), ctx.clock() + dt.timedelta(seconds=min(retry, 3600))
            )
            log.warning(
                "delivery.deferred",
                extra={"alert": row.alert_id, "chat": row.chat_id, "error": str(exc)},
            )
            break  # later alerts wait, so the chat keeps their order
        report.sent += int(sent)
        ctx.metrics.sent.inc(int(sent))


async def _deliver_digest(ctx: Context, chat: str, rows: list[OutboxRow], deadline: float) -> None:
    """Many alerts for one chat at once (a backlog after an outage, a busy day): one digest
    message instead of an hour of queued sends; every row records the digest's id."""
    tg = ctx.telegram
    assert tg is not None
    views = [v for r in rows if (v := alert_view(ctx.store, r.alert_id)) is not None]
    for r in rows:
        ctx.store.outbox_sending(r.id, ctx.clock())
    ids: list[int] = []
    for part in split_html(compose.render_digest(views)):
        mid = await _call(ctx, chat, deadline, _sender(tg, chat, part, ids[0] if ids else None))
        ids.append(int(mid))
    for r in rows:
        ctx.store.outbox_done(r.id, ctx.clock(), tuple(ids))
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


async def _call(ctx: Context, chat: str, deadline: float, send: Callable[[], Any]) -> Any:
    """One Telegram call within the rate budget, retrying flood waits and 5xx in budget."""
    attempt = 0
    while True:
        wait = ctx.budget.wait_for(chat, time.monotonic())
        if wait > 0:
            if time.monotonic() + wait > deadline:
                raise DeliveryError(f"sending budget exhausted for chat {chat}")
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
        except DeliveryError:
            attempt += 1
            pause = min(8.0, 0.5 * 2**attempt)
            if attempt > 4 or time.monotonic() + pause > deadline:
                raise
            await asyncio.sleep(pause)


def _sender(
    tg: Telegram, chat: str, text: str, reply_to: int | None
) -> Callable[[], Awaitable[int]]:
    async def send() -> int:
        return await tg.send(chat, text, reply_to=reply_to)

    return send


async def _deliver_row(
    ctx: Context, row: OutboxRow, view: compose.AlertView, deadline: float
) -> bool:
    tg = ctx.telegram
    assert tg is not None
    chat = row.chat_id
    if row.action == "send":
        parts = split_html(compose.render_alert(view))
        sent_ids = list(row.message_ids)  # parts sent before a crash are not sent again
        for part in parts[len(sent_ids) :]:
            first = sent_ids[0] if sent_ids else None
            mid = await _call(ctx, chat, deadline, _sender(tg, chat, part, first))
            sent_ids.append(int(mid))
            ctx.store.record_sent_part(row.id, tuple(sent_ids))
        ctx.store.outbox_done(row.id, ctx.clock(), tuple(sent_ids))
        log.info(
            "delivery.sent", extra={"alert": row.alert_id, "chat": chat, "messages": len(sent_ids)}
        )
        return True
    if row.action == "retract":
        return await _deliver_retraction(ctx, row, view, deadline)
    # an update: edit the alert to list the sources, or reply when it cannot be edited
    sent, sent_at, in_digest = ctx.store.sent_record(row.alert_id, chat)
    if not sent:
        ctx.store.outbox_done(row.id, ctx.clock(), ())  # the send will carry the sources
        return False
    parts = split_html(compose.render_alert(view))
    try:
        if len(parts) != len(sent) or in_digest:
            raise PermanentDeliveryError("the alert's parts changed; replying instead")
        if sent_at is not None and ctx.clock() - sent_at > EDIT_WINDOW:
            raise PermanentDeliveryError("past the edit window; replying instead")
        await _call(ctx, chat, deadline, lambda: tg.edit(chat, sent[-1], parts[-1]))
        ids: tuple[int, ...] = ()
    except PermanentDeliveryError:
        reply = compose.render_update_reply(view, view.sources[-1:])
        mid = await _call(ctx, chat, deadline, _sender(tg, chat, reply, sent[0]))
        ids = (int(mid),)
    ctx.store.outbox_done(row.id, ctx.clock(), ids)
    log.info("delivery.updated", extra={"alert": row.alert_id, "chat": chat})
    return True


async def _deliver_retraction(
    ctx: Context, row: OutboxRow, view: compose.AlertView, deadline: float
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
    original = split_html(compose.render_alert(replace(view, retracted_at=None, retraction="")))
    correction = compose.render_correction(view.retracted_at, view.retraction)
    first = f"{correction}\n\n{original[0]}"
    try:
        if in_digest or len(original) != len(sent) or len(split_html(first)) != 1:
            raise PermanentDeliveryError("the message cannot carry the correction; replying")
        await _call(ctx, chat, deadline, lambda: tg.edit(chat, sent[0], first))
        ids: tuple[int, ...] = ()
    except PermanentDeliveryError:
        reply = compose.render_retraction_reply(view)
        mid = await _call(ctx, chat, deadline, _sender(tg, chat, reply, sent[0]))
        ids = (int(mid),)
        ctx.store.record_sent_part(row.id, ids)
    ctx.store.outbox_done(row.id, ctx.clock(), ids)
    log.info("delivery.retracted", extra={"alert": row.alert_id, "chat": chat, "reply": bool(ids)})
    return True
