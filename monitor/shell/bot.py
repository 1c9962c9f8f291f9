"""The bot: answers commands in private chats while `kuril-monitor run` runs, or in scaled
mode while this process is the active scheduler (`scaled`); `app.start_bot` starts it.

`BotService` owns one python-telegram-bot `Application`, polls getUpdates (long polling)
and registers its command list with setMyCommands when it starts. Everyone may use
/start, /help, /subscribe, /unsubscribe, /latest [n], /alert ID, /settings (a
subscriber's own alert settings), /facts and /rules; the
user ids in `telegram.admin_ids` may also use /status, /pause, /resume and /retract ID
reason (`retraction`). Any other command or text gets the help; groups and channels are
ignored.

It reads through the pipeline's `Context`: the store, and the current `Judge` (rules and
knowledge, which change as the monitor learns). Replies are composed by `replies` and cut
to Telegram's 4096 characters by `splitting.split_html`.

Errors: python-telegram-bot's errors while starting become `DeliveryError` (the caller
decides whether the monitor runs without the bot); a failed reply is logged, never raised.
This module must not send alerts (that is `pipeline.deliver`), run pipeline stages, or log
anything that contains the bot token.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Coroutine
from contextlib import suppress
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from monitor.core.compose import esc
from monitor.edges.delivery import RedactToken, prefer_timedelta, redact, telegram_request
from monitor.edges.splitting import split_html
from monitor.errors import DeliveryError, MonitorError
from monitor.shell import replies, retraction
from monitor.stages import chatsettings
from monitor.stages.pipeline import Context, refresh_knowledge

log = logging.getLogger("monitor.shell.bot")

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]

_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Loggers that may print request URLs (which hold the token) or the Bot's repr.
_URL_LOGGERS = (
    "httpx",
    "telegram.Bot",
    "telegram.ext",
    "telegram.ext.ExtBot",
    "telegram.ext.Updater",
    "telegram.ext.Application",
)


class BotService:
    """The bot's command handlers, opened with `async with` (or `start()` and `stop()`)."""

    def __init__(
        self,
        ctx: Context,
        token: str,
        *,
        poll_timeout: float = 30.0,
        timeout: float | None = None,
    ) -> None:
        prefer_timedelta()  # PTB 22.2+ warns about integer time periods otherwise
        self._ctx = ctx
        self._token = token
        self._poll_timeout = dt.timedelta(seconds=poll_timeout)
        self._redact = RedactToken(token)
        self._admins = frozenset(ctx.config.telegram.admin_ids)
        request_timeout = timeout or ctx.config.telegram.timeout
        self._app: Application[Any, Any, Any, Any, Any, Any] = (
            ApplicationBuilder()
            .token(token)
            .base_url(ctx.config.telegram.api_base_url)
            .request(telegram_request(request_timeout, 4))
            .get_updates_request(telegram_request(request_timeout, 1))
            .job_queue(None)
            .build()
        )
        self._add_handlers()

    def __repr__(self) -> str:
        return f"BotService(admins={len(self._admins)})"

    # ------------------------------------------------------------------ life cycle

    async def __aenter__(self) -> BotService:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def start(self) -> None:
        """Initialize, register the commands, start answering; DeliveryError on failure."""
        self._watch_logs(True)
        app = self._app
        try:
            await app.initialize()
            await self._set_commands()
            await app.start()
            assert app.updater is not None  # ApplicationBuilder always builds one
            await app.updater.start_polling(
                timeout=self._poll_timeout,
                allowed_updates=[Update.MESSAGE],
                error_callback=self._polling_failed,
            )
        except TelegramError as exc:
            await self.stop()
            raise DeliveryError(f"the bot could not start: {self._safe(exc)}") from None
        except BaseException:
            await self.stop()
            raise
        log.info("bot.started", extra={"username": app.bot.username, "admins": len(self._admins)})

    async def stop(self) -> None:
        """Stop polling and answering, then release the connections (safe to call twice)."""
        app = self._app
        try:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
        finally:
            try:
                await app.shutdown()
                # an Application whose start failed (getMe refused) is not initialized, and
                # its shutdown skips the bot's: close the bot's connections here (a no-op
                # when they are closed already)
                await app.bot.shutdown()
            finally:
                self._watch_logs(False)

    async def _set_commands(self) -> None:
        """setMyCommands: everyone's list, and the longer one in each admin's private chat."""
        public = [BotCommand(c, d) for c, d in replies.PUBLIC_COMMANDS]
        admin = public + [BotCommand(c, d) for c, d in replies.ADMIN_COMMANDS]
        bot = self._app.bot
        try:
            await bot.set_my_commands(public)
        except TelegramError as exc:
            log.warning("bot.commands_not_set", extra={"error": self._safe(exc)})
        for user_id in sorted(self._admins):
            try:
                await bot.set_my_commands(admin, scope=BotCommandScopeChat(user_id))
            except TelegramError as exc:  # e.g. the admin has not opened the bot yet
                log.warning(
                    "bot.admin_commands_not_set",
                    extra={"admin": user_id, "error": self._safe(exc)},
                )

    def _polling_failed(self, exc: TelegramError) -> None:
        # PTB retries getUpdates on its own; one line per failure, never the token
        log.warning("bot.polling_failed", extra={"error": self._safe(exc)})

    def _safe(self, exc: BaseException) -> str:
        return redact(str(exc), self._token)

    def _watch_logs(self, on: bool) -> None:
        self._redact.watch(_URL_LOGGERS, on)

    # ------------------------------------------------------------------ handlers

    def _add_handlers(self) -> None:
        private = filters.ChatType.PRIVATE
        commands: dict[str, Handler] = {
            "start": self._start,
            "help": self._help,
            "subscribe": self._subscribe,
            "unsubscribe": self._unsubscribe,
            "latest": self._latest,
            "alert": self._alert,
            "settings": self._settings,
            "facts": self._facts,
            "rules": self._rules,
            "status": self._admin(self._status),
            "pause": self._admin(self._pause),
            "resume": self._admin(self._resume),
            "retract": self._admin(self._retract),
        }
        for name, callback in commands.items():
            self._app.add_handler(CommandHandler(name, callback, filters=private))
        # anything else said in private — an unknown command or plain text — gets the help
        self._app.add_handler(MessageHandler(private, self._help))
        self._app.add_error_handler(self._on_error)

    def _is_admin(self, update: Update) -> bool:
        user = update.effective_user
        return user is not None and user.id in self._admins

    def _admin(self, handler: Handler) -> Handler:
        async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            if not self._is_admin(update):
                message = update.effective_message
                command = (message.text or "").split()[0].lstrip("/") if message else ""
                user = update.effective_user
                log.info(
                    "bot.refused",
                    extra={"command": command, "user": user.id if user else None},
                )
                await self._reply(update, replies.refusal(command.split("@")[0]))
                return
            await handler(update, context)

        return guarded

    async def _reply(self, update: Update, html: str) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        for part in split_html(html):
            await self._app.bot.send_message(
                chat_id=chat.id,
                text=part,
                parse_mode=ParseMode.HTML,
                link_preview_options=_NO_PREVIEW,
            )

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        log.error(
            "bot.command_failed",
            extra={"error": self._safe(error) if error else "", "kind": type(error).__name__},
        )
        if isinstance(error, MonitorError) and isinstance(update, Update):
            with suppress(TelegramError):
                await self._reply(update, "Sorry, that failed on our side; please try again.")

    async def _start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._reply(update, replies.welcome(self._is_admin(update)))

    async def _help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._reply(update, replies.help_text(self._is_admin(update)))

    async def _subscribe(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        name = ""
        if user is not None:
            name = f"@{user.username}" if user.username else user.full_name
        limit = self._ctx.config.telegram.max_subscribers
        outcome = self._ctx.store.add_subscriber(str(chat.id), name, self._ctx.clock(), limit)
        if outcome == "added":
            log.info("bot.subscribed", extra={"chat": chat.id})
        elif outcome == "full":
            log.warning("bot.subscribers_full", extra={"chat": chat.id, "limit": limit})
        await self._reply(update, replies.subscribed(outcome, limit))

    async def _unsubscribe(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        key = str(chat.id)
        # a chat that is also a configured destination keeps what the config sends it
        configured = {str(c) for c in self._ctx.config.telegram.chat_ids}
        removed = self._ctx.store.remove_subscriber(key, cancel_pending=key not in configured)
        if removed:
            log.info("bot.unsubscribed", extra={"chat": chat.id})
        await self._reply(update, replies.unsubscribed(removed))

    async def _latest(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        args = context.args or []
        count = replies.LATEST_DEFAULT
        if args:
            # isdigit() alone admits "²" and other digits int() refuses
            if not _number(args[0]) or not 1 <= int(args[0]) <= replies.LATEST_MAX:
                why = f"n is a number from 1 to {replies.LATEST_MAX}."
                await self._reply(update, replies.usage("latest", "[n]", why))
                return
            count = int(args[0])
        await self._reply(update, replies.latest(self._ctx.store.alerts(limit=count)))

    async def _alert(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        args = context.args or []
        raw = args[0].lstrip("#") if args else ""
        if not _number(raw):
            why = "Which alert? Its ID is a number, as /latest shows."
            await self._reply(update, replies.usage("alert", "ID", why))
            return
        alert = self._ctx.store.alert(int(raw))
        if alert is None:
            shown = raw if len(raw) <= 24 else raw[:20] + "…"
            await self._reply(update, f"No alert #{shown}. Send /latest to see recent ones.")
            return
        chat = update.effective_chat
        settings = chatsettings.effective(
            self._ctx.config, self._ctx.store, chat.id if chat is not None else ""
        )
        await self._reply(
            update, replies.alert_full(alert, settings.lang, ZoneInfo(settings.timezone))
        )

    async def _settings(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A subscriber's own settings: shown, or one changed (`/settings KEY VALUE`)."""
        chat = update.effective_chat
        if chat is None:
            return
        key = str(chat.id)
        store, config = self._ctx.store, self._ctx.config
        if key not in store.subscriber_chat_ids():
            await self._reply(update, replies.not_subscribed_settings())
            return
        args = context.args or []
        note = ""
        if args:
            try:
                chatsettings.apply(config, store, key, args)
            except chatsettings.SettingRefused as exc:
                await self._reply(
                    update,
                    replies.chat_settings(
                        chatsettings.effective(config, store, key), chatsettings.USAGE, str(exc)
                    ),
                )
                return
            log.info("bot.settings", extra={"chat": chat.id, "set": args[0].lower()})
            note = "✅ Saved."
        settings = chatsettings.effective(config, store, key)
        await self._reply(update, replies.chat_settings(settings, chatsettings.USAGE, note))

    async def _facts(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._reply(update, replies.facts(self._ctx.judge.knowledge))

    async def _rules(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._reply(update, replies.rules(self._ctx.judge.rules))

    async def _status(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        store, config = self._ctx.store, self._ctx.config
        stored = {str(r["id"]): r for r in store.all_feed_states()}
        feeds = []
        for feed in config.feeds:
            r = stored.get(feed.id, {})
            feeds.append(
                replies.FeedHealth(
                    id=feed.id,
                    title=feed.title or "",
                    last_success=_dt(r.get("last_success_at")),
                    last_polled=_dt(r.get("last_polled_at")),
                    last_status=r.get("last_status"),
                    last_error=r.get("last_error"),
                    errors=int(r.get("error_count") or 0),
                    next_poll=_dt(r.get("next_poll_at")),
                )
            )
        text = replies.status(
            feeds,
            store.outbox_backlog(),
            store.paused_since(),
            len(store.subscriber_chat_ids()),
            self._ctx.clock(),
        )
        await self._reply(update, text)

    async def _pause(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        store = self._ctx.store
        since = store.paused_since()
        if since is None:
            since = self._ctx.clock()
            store.set_paused(since)
            user = update.effective_user
            log.warning("delivery.paused", extra={"by": user.id if user else None})
            await self._reply(update, replies.paused(since, already=False))
            return
        await self._reply(update, replies.paused(since, already=True))

    async def _resume(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        store = self._ctx.store
        was_paused = store.paused_since() is not None
        if was_paused:
            store.set_paused(None)
            user = update.effective_user
            log.warning("delivery.resumed", extra={"by": user.id if user else None})
        await self._reply(update, replies.resumed(was_paused, store.outbox_backlog()))

    async def _retract(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        args = context.args or []
        raw, why = (args[0] if args else None), " ".join(args[1:])
        try:
            done = retraction.retract(self._ctx.store, raw, why, self._ctx.clock())
        except retraction.RetractionRefused as exc:
            text = str(exc)
            await self._reply(update, esc(text[:1].upper() + text[1:]))
            return
        # the judge, /facts and the next decisions stop using what the alert taught
        refresh_knowledge(self._ctx)
        user = update.effective_user
        log.warning(
            "alert.retracted",
            extra={"alert": done.alert_id, "by": user.id if user else None, "edits": done.edits},
        )
        text = retraction.summary(done)
        await self._reply(update, "✅ " + esc(text[:1].upper() + text[1:]))


def _dt(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _number(text: str) -> bool:
    """A whole number written in ASCII digits (`str.isdigit` also admits "²" and "٣")."""
    return text.isascii() and text.isdigit()
