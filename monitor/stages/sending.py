"""Sending one claimed outbox row (or a digest of several) to Telegram: the call within the
chat's rate budget, the intent written before each new message, an update as an edit or a
reply, a retraction on the alert's first message; every outcome recorded as it happens.

It claims nothing and chooses no rows (the outbox does), holds no SQL (the store does) and
no Bot API details (the delivery edge does). A new message is never posted twice: a post
without an answer raises PostUnconfirmed and is held, never retried here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from monitor.core import compose
from monitor.edges.delivery import DeliveryUnconfirmed, RateLimited, Telegram
from monitor.edges.splitting import split_html
from monitor.edges.store import OutboxRow
from monitor.errors import DeliveryError, PermanentDeliveryError, StoreError
from monitor.stages.chatview import alert_view

if TYPE_CHECKING:
    from monitor.stages.context import Context

log = logging.getLogger("monitor.stages.outbox")


EDIT_WINDOW = dt.timedelta(hours=48)  # older alerts get a reply instead of an edit


class PostUnconfirmed(DeliveryError):
    """A new message was posted, or not: Telegram's answer never came. Never posted again
    on its own; the row is held for an admin."""


def record(ctx: Context, row_id: int, write: Callable[[], None]) -> None:
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


class BudgetSpent(DeliveryError):
    """This run's sending budget ran out before the call: nothing was tried."""


async def deliver_digest(
    ctx: Context, chat: str, rows: list[OutboxRow], deadline: float, style: compose.Style
) -> None:
    """Many alerts for one chat at once (a backlog after an outage, a busy day): one digest
    message instead of an hour of queued sends; every row records the digest's id."""
    views = [v for r in rows if (v := alert_view(ctx.store, r.alert_id, ctx.judge)) is not None]
    row_ids = tuple(r.id for r in rows)
    ids: list[int] = []
    for part in split_html(compose.render_digest(views, style)):
        ids.append(await post(ctx, row_ids, chat, deadline, part, ids[0] if ids else None))
        for r in rows:
            record(ctx, r.id, partial(ctx.store.record_sent_part, r.id, tuple(ids)))
    for r in rows:
        record(ctx, r.id, partial(ctx.store.outbox_done, r.id, ctx.clock(), tuple(ids)))
    log.info("delivery.digest", extra={"chat": chat, "alerts": len(rows), "messages": len(ids)})


async def call(
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


async def post(
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

    return int(await call(ctx, chat, deadline, attempt, False))


async def deliver_row(
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
                await post(ctx, (row.id,), chat, deadline, part, first, quiet or bool(first))
            )
            record(ctx, row.id, partial(ctx.store.record_sent_part, row.id, tuple(sent_ids)))
        record(ctx, row.id, partial(ctx.store.outbox_done, row.id, ctx.clock(), tuple(sent_ids)))
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
        await call(ctx, chat, deadline, lambda: tg.edit(chat, sent[-1], parts[-1]))
        ids: tuple[int, ...] = ()
    except PermanentDeliveryError:
        reply = compose.render_update_reply(view, view.sources[-1:], style)
        ids = (await post(ctx, (row.id,), chat, deadline, reply, sent[0], True),)
        record(ctx, row.id, partial(ctx.store.record_sent_part, row.id, ids))
    record(ctx, row.id, partial(ctx.store.outbox_done, row.id, ctx.clock(), ids))
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
        await call(ctx, chat, deadline, lambda: tg.edit(chat, sent[0], first))
        ids: tuple[int, ...] = ()
    except PermanentDeliveryError:
        reply = compose.render_retraction_reply(view, style)
        ids = (await post(ctx, (row.id,), chat, deadline, reply, sent[0]),)
        record(ctx, row.id, partial(ctx.store.record_sent_part, row.id, ids))
    record(ctx, row.id, partial(ctx.store.outbox_done, row.id, ctx.clock(), ids))
    log.info("delivery.retracted", extra={"alert": row.alert_id, "chat": chat, "reply": bool(ids)})
    return True
