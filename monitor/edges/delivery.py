"""Telegram delivery: send and edit HTML messages through one client, its errors translated.

`Telegram` owns one python-telegram-bot `Bot` and translates its errors at the boundary:

    telegram.error.RetryAfter                  -> RateLimited (a DeliveryError, with retry_after)
    ChatMigrated, BadRequest, Forbidden,
    InvalidToken                               -> PermanentDeliveryError (never retried)
    TimedOut                                   -> DeliveryUnconfirmed (may have been delivered)
    NetworkError, other TelegramError          -> DeliveryError (retry later)

Failures a person can fix carry a `kind` (unauthorized, chat_not_found, forbidden,
unreachable) and a message in plain words; `advice` says what to do about each.

Pacing (`RateBudget`) is monitor.edges.pacing's; splitting long messages (`split_html`) is
monitor.edges.splitting's.

Building a `Telegram` sets PTB_TIMEDELTA=true unless it is already set: python-telegram-bot
22.2+ otherwise warns while building `RetryAfter`, which `-W error` turns into a crash.

This module must not: retry or sleep (the caller decides with `pacing.RateBudget` and the errors),
log or raise anything that contains the bot token, read proxies from the environment, build
alert text (that is `compose`), or import anything of the project beyond `models` and `errors`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import AsyncExitStack, contextmanager
from datetime import timedelta
from types import TracebackType

from telegram import Bot, LinkPreviewOptions, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from monitor.errors import DeliveryError, PermanentDeliveryError

__all__ = [
    "BAD_TOKEN",
    "DeliveryUnconfirmed",
    "RateLimited",
    "RedactToken",
    "Telegram",
    "TelegramLink",
    "advice",
    "prefer_timedelta",
    "redact",
    "telegram_down",
    "telegram_request",
]

TELEGRAM_API = "https://api.telegram.org/bot"
_REDACTED = "<token>"
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Loggers that print request URLs, which hold the token: httpx logs each request at INFO,
# python-telegram-bot's Bot logs its base URLs at DEBUG.
_URL_LOGGERS = ("httpx", "telegram.Bot")


# ----------------------------------------------------------------------------- errors

BAD_TOKEN = "Telegram rejected the bot token (unauthorized)"
# 400s that mean the bot lacks a right in the chat, like a 403
_NO_RIGHTS = ("need administrator rights", "not enough rights", "have no rights")


def advice(error: DeliveryError, chat: str | int | None = None) -> str | None:
    """What a person should do about a Telegram failure of a known kind (None: no advice)."""
    where = f" {chat}" if chat is not None else ""
    if error.kind == "unauthorized":
        return (
            f"{BAD_TOKEN}: TELEGRAM_BOT_TOKEN is wrong or was revoked. Copy it again from "
            "@BotFather (/mybots, API Token); alerts are kept in the database meanwhile."
        )
    if error.kind == "chat_not_found":
        return (
            f"Telegram cannot find the chat{where}: check telegram.chat_ids (a channel's "
            "@username or its numeric id, such as -1001234567890) and that the bot was "
            "added to it."
        )
    if error.kind == "forbidden":
        return (
            f"The bot may not post in{where or ' this chat'}: add it to the channel as an "
            "administrator with the right to post messages."
        )
    if error.kind == "unreachable":
        return (
            "Telegram cannot be reached: check the network (a proxy, a firewall) and "
            "telegram.api_base_url; alerts wait in the outbox until it answers."
        )
    return None


class RateLimited(DeliveryError):
    """Telegram's flood control answered 429: wait `retry_after` seconds for this chat."""

    def __init__(self, retry_after: float, chat_id: str | int | None = None) -> None:
        self.retry_after = retry_after
        self.chat_id = chat_id
        where = f" for chat {chat_id}" if chat_id is not None else ""
        super().__init__(f"Telegram flood control{where}: retry after {retry_after:g} s")


class DeliveryUnconfirmed(DeliveryError):
    """The request timed out: Telegram may or may not have posted the message."""


# ----------------------------------------------------------------------------- the client


class Telegram:
    """One bot, opened with `async with`; sends and edits HTML messages in chats."""

    def __init__(
        self,
        token: str,
        *,
        api_base_url: str = TELEGRAM_API,
        timeout: float = 10.0,
        connections: int = 8,
    ) -> None:
        prefer_timedelta()
        self._token = token
        self._log_filter = RedactToken(token)
        self._watch_logs(True)  # Bot() logs its URLs, token included, at DEBUG
        try:
            self._bot = Bot(
                token,
                base_url=api_base_url,
                request=telegram_request(timeout, connections),
                get_updates_request=telegram_request(timeout, 1),
            )
        finally:
            self._watch_logs(False)

    def __repr__(self) -> str:
        # Bot's own repr shows the token; never let it out.
        return f"Telegram(username={self.username!r})"

    @property
    def username(self) -> str | None:
        """The bot's @username as Telegram reported it, once opened."""
        try:
            return self._bot.username
        except RuntimeError:  # not initialized yet
            return None

    async def __aenter__(self) -> Telegram:
        self._watch_logs(True)
        try:
            with self._translated(None):
                await self._bot.initialize()
        except BaseException:
            await self._close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._close()

    async def _close(self) -> None:
        try:
            await self._bot.shutdown()
        finally:
            self._watch_logs(False)

    def _watch_logs(self, on: bool) -> None:
        """Redact the token from the loggers that print URLs while this client is open."""
        self._log_filter.watch(_URL_LOGGERS, on)

    async def send(
        self, chat_id: str | int, html: str, reply_to: int | None = None, *, silent: bool = False
    ) -> int:
        """Post `html` (Telegram HTML, ≤ 4096 visible characters) and return its message id;
        `silent`: without a notification sound (`disable_notification`)."""
        reply = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to is not None
            else None
        )
        with self._translated(chat_id):
            message = await self._bot.send_message(
                chat_id=chat_id,
                text=html,
                parse_mode=ParseMode.HTML,
                link_preview_options=_NO_PREVIEW,
                reply_parameters=reply,
                disable_notification=silent or None,
            )
        return message.message_id

    async def edit(self, chat_id: str | int, message_id: int, html: str) -> None:
        """Replace a message's text; raises PermanentDeliveryError when it cannot be edited."""
        try:
            with self._translated(chat_id):
                await self._bot.edit_message_text(
                    text=html,
                    chat_id=chat_id,
                    message_id=message_id,
                    parse_mode=ParseMode.HTML,
                    link_preview_options=_NO_PREVIEW,
                )
        except PermanentDeliveryError as exc:
            # The text is already what we want: that is the outcome the caller asked for.
            if "message is not modified" not in str(exc).lower():
                raise

    @contextmanager
    def _translated(self, chat_id: str | int | None) -> Iterator[None]:
        """Turn python-telegram-bot's errors into the project's, with the token removed."""
        try:
            yield
        except TelegramError as exc:
            error = self._translate(exc, chat_id)
            if self._leaks(exc):
                raise error from None
            raise error from exc

    def _translate(self, exc: TelegramError, chat_id: str | int | None) -> DeliveryError:
        where = f"chat {chat_id}: " if chat_id is not None else ""
        # PTB appends a non-JSON body (nginx's 502 page) to the message: keep the status only.
        text = self._redact(exc.message.split(". Parsing the server response", 1)[0])
        # Order matters: BadRequest and TimedOut are subclasses of NetworkError.
        if isinstance(exc, RetryAfter):
            return RateLimited(_seconds(exc.retry_after), chat_id)
        if isinstance(exc, ChatMigrated):
            return PermanentDeliveryError(f"{where}group moved to chat {exc.new_chat_id}")
        if isinstance(exc, InvalidToken):
            return PermanentDeliveryError(BAD_TOKEN, kind="unauthorized")
        lowered = text.lower()
        if isinstance(exc, Forbidden) or (
            isinstance(exc, BadRequest) and any(w in lowered for w in _NO_RIGHTS)
        ):
            return PermanentDeliveryError(
                f"{where}forbidden: the bot may not post in this chat (Telegram: {text})",
                kind="forbidden",
            )
        if isinstance(exc, BadRequest) and "chat not found" in lowered:
            return PermanentDeliveryError(
                f"{where}chat not found: Telegram knows no chat by this id or name",
                kind="chat_not_found",
            )
        if isinstance(exc, BadRequest):
            return PermanentDeliveryError(f"{where}{text}")
        if isinstance(exc, TimedOut):
            return DeliveryUnconfirmed(f"{where}timed out; the message may have been posted")
        if isinstance(exc, NetworkError):
            # python-telegram-bot names the httpx error when no answer came at all
            if text.startswith("httpx."):
                return DeliveryError(f"{where}Telegram unreachable: {text}", kind="unreachable")
            return DeliveryError(f"{where}{text}")
        return DeliveryError(f"{where}Telegram error: {text}")

    def _redact(self, text: str) -> str:
        return redact(text, self._token)

    def _leaks(self, exc: BaseException) -> bool:
        """Whether the token appears anywhere in an exception chain we would attach."""
        seen: set[int] = set()
        current: BaseException | None = exc
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            shown = f"{current}{current!r}"
            if redact(shown, self._token) != shown:
                return True
            current = current.__cause__ or current.__context__
        return False


class TelegramLink:
    """A running process's Telegram client and its reconnects, opened with `async with`.

    `connect()` opens a client when none is open; every client it opens is closed when
    the link closes, so a client reconnected after Telegram was down is closed too.
    `client` is the open client (None while Telegram is down); `down` says why it is down.
    """

    def __init__(self, token: str, *, api_base_url: str = TELEGRAM_API, timeout: float = 10.0):
        self._token = token
        self._api_base_url = api_base_url
        self._timeout = timeout
        self._stack = AsyncExitStack()
        self.client: Telegram | None = None
        self.down: str | None = None

    def __repr__(self) -> str:
        return f"TelegramLink(client={self.client!r}, down={self.down!r})"

    async def __aenter__(self) -> TelegramLink:
        await self._stack.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.client = None
        await self._stack.__aexit__(exc_type, exc, tb)

    async def connect(self) -> Telegram | None:
        """The open client, opening one if none is; None (and `down` says why) when
        Telegram cannot be reached or refuses the token."""
        if self.client is not None:
            return self.client
        telegram = Telegram(self._token, api_base_url=self._api_base_url, timeout=self._timeout)
        try:
            self.client = await self._stack.enter_async_context(telegram)
        except DeliveryError as exc:
            self.down = telegram_down(exc)
            return None
        self.down = None
        return self.client


def telegram_down(exc: DeliveryError) -> str:
    """Why alerts cannot reach Telegram, in words that name Telegram once."""
    text = str(exc)
    return text if text.startswith("Telegram") else f"Telegram unavailable: {text}"


def telegram_request(timeout: float, connections: int) -> HTTPXRequest:
    """The HTTP transport of every bot client (`Telegram` and the bot's commands)."""
    return HTTPXRequest(
        connection_pool_size=connections,
        connect_timeout=timeout,
        read_timeout=timeout,
        write_timeout=timeout,
        pool_timeout=timeout,
        # Never route the bot through HTTP(S)_PROXY/ALL_PROXY from the environment.
        httpx_kwargs={"trust_env": False},
    )


def prefer_timedelta() -> None:
    """Opt in to python-telegram-bot's timedelta periods (22.2+).

    Without it PTB warns while *building* `RetryAfter`, so under `-W error` a 429 surfaces as
    a PTBDeprecationWarning instead of RetryAfter. An explicit setting is left alone.
    """
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def _seconds(value: float | timedelta) -> float:
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)


def redact(text: str, token: str) -> str:
    """`text` with the bot token (and its secret half) replaced."""
    if not token:
        return text
    text = text.replace(token, _REDACTED)
    _, _, secret = token.partition(":")
    if len(secret) >= 8:
        text = text.replace(secret, _REDACTED)
    return text


class RedactToken(logging.Filter):
    """Rewrites log records that would print the token (httpx logs request URLs)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging system's to report, not ours
            return True
        redacted = redact(message, self._token)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True

    def watch(self, loggers: Iterable[str], on: bool) -> None:
        """Filter the named loggers' records from now on (`on`), or no more."""
        for name in loggers:
            logger = logging.getLogger(name)
            if on:
                logger.addFilter(self)
            else:
                logger.removeFilter(self)
