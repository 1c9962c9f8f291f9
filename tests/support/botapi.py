"""A Telegram Bot API endpoint on 127.0.0.1 that python-telegram-bot talks to unmodified.

    with BotApi() as api:
        bot = telegram.Bot(api.token, base_url=api.base_url)
        ...
        api.calls                      # [(method, params), ...] in arrival order
        api.messages[chat]             # [StoredMessage, ...] per chat, as the chat was named
        api.fail_next("sendMessage", 429, retry_after=7)
        gate = api.hold_next("sendMessage")   # handled now, answered once gate.set()
        api.fail_chat("@kuril_news", 403)
        api.push_text(42, "/status")   # a user writes to the bot; read it with getUpdates

Paths are `/bot<TOKEN>/<method>`; another token gets 401. Bodies may be JSON, URL-encoded
or multipart forms. Implemented: getMe, sendMessage, editMessageText, deleteMessage,
setMyCommands, getMyCommands, deleteMyCommands, getUpdates (offset, limit, long-poll
timeout), deleteWebhook and getChat; other methods get 404 like Telegram's. As Telegram
does, a getUpdates that arrives while another one waits ends the waiting one with 409
Conflict ("make sure that only one bot instance is running"); `api.conflicts` counts them.

It validates what Telegram validates for text: HTML is parsed the way Telegram parses it
(supported tags only, balanced, `&lt;` `&gt;` `&amp;` `&quot;` and numeric entities, an
unknown `&...` is literal text), then the text must be 1..4096 characters (Unicode code
points, as Telegram counts them). Chat ids are integers or "@username".
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["BotApi", "EntityError", "StoredMessage", "parse_html"]

MAX_TEXT = 4096
DEFAULT_TOKEN = "7000000001:AAF-local-test-token-0123456789abcde"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup"
    " are exactly the same as a current content and reply markup of the message"
)
NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot is not a member of the channel chat",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request;"
    " make sure that only one bot instance is running",
    500: "Internal Server Error",
}
# Parameters that arrive JSON-serialized in form bodies, and ones that are integers.
_JSON_PARAMS = frozenset(
    {
        "reply_parameters",
        "link_preview_options",
        "reply_markup",
        "entities",
        "commands",
        "scope",
        "allowed_updates",
    }
)
_INT_PARAMS = frozenset(
    {"message_id", "reply_to_message_id", "offset", "limit", "timeout", "message_thread_id"}
)
_BOOL_PARAMS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "allow_sending_without_reply",
        "disable_web_page_preview",
    }
)


# ----------------------------------------------------------------------------- HTML


class EntityError(ValueError):
    """Telegram could not parse the entities of a text (its message follows)."""


_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


@dataclass
class _Open:
    tag: str
    argument: str
    expandable: bool
    offset: int  # UTF-16 offset in the parsed text
    start: int  # index into the output characters
    begin: int  # index into the source, for messages


def _utf16(text: str) -> int:
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def _decode_entity(src: str, pos: int) -> tuple[str, int] | None:
    """Telegram's rule: numeric references and four named ones, `;` optional; else None."""
    n = len(src)
    end = pos + 1
    if end < n and src[end] == "#":
        end += 1
        value = 0
        if end < n and src[end] == "x":
            end += 1
            while end < n and src[end] in "0123456789abcdefABCDEF":
                value = value * 16 + int(src[end], 16)
                end += 1
        else:
            while end < n and src[end].isascii() and src[end].isdigit():
                value = value * 10 + int(src[end])
                end += 1
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None
        char = chr(value)
    else:
        while end < n and src[end].isascii() and src[end].isalpha():
            end += 1
        name = src[pos + 1 : end]
        if name not in _NAMED:
            return None
        char = _NAMED[name]
    if end < n and src[end] == ";":
        end += 1
    return char, end


def parse_html(src: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into (text, entities) as Telegram does; raise EntityError."""

    def at(index: int) -> str:
        return f"byte offset {len(src[:index].encode('utf-8', 'surrogatepass'))}"

    out: list[str] = []
    utf16 = 0
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i, n = 0, len(src)

    def skip_spaces(k: int) -> int:
        while k < n and src[k].isspace():
            k += 1
        return k

    while i < n:
        char = src[i]
        if char == "&":
            decoded = _decode_entity(src, i)
            if decoded is not None:
                text, i = decoded
                out.append(text)
                utf16 += _utf16(text)
                continue
        if char != "<":
            out.append(char)
            utf16 += _utf16(char)
            i += 1
            continue
        begin = i
        i += 1
        if i >= n or src[i] != "/":
            j = i
            while j < n and not src[j].isspace() and src[j] != ">":
                j += 1
            if j >= n:
                raise EntityError(f"Unclosed start tag at {at(begin)}")
            tag = src[i:j].lower()
            if tag not in _TAG_ENTITY:
                raise EntityError(f'Unsupported start tag "{tag}" at {at(begin)}')
            i = j
            argument, expandable = "", False
            while True:
                i = skip_spaces(i)
                if i >= n:
                    raise EntityError(f'Unclosed start tag "{tag}" at {at(begin)}')
                if src[i] == ">":
                    break
                name_begin = i
                while i < n and not src[i].isspace() and src[i] not in "=>":
                    i += 1
                name = src[name_begin:i].lower()
                i = skip_spaces(i)
                if i >= n:
                    raise EntityError(f'Unclosed start tag "{tag}" at {at(begin)}')
                if src[i] != "=":
                    if tag == "blockquote" and name == "expandable":
                        expandable = True
                        continue
                    raise EntityError(
                        "Expected equal sign in declaration of an attribute of the tag"
                        f' "{tag}" at {at(begin)}'
                    )
                i = skip_spaces(i + 1)
                if i >= n:
                    raise EntityError(f'Unclosed start tag "{tag}" at {at(begin)}')
                if src[i] in "'\"":
                    quote = src[i]
                    i += 1
                    value: list[str] = []
                    while i < n and src[i] != quote:
                        decoded = _decode_entity(src, i) if src[i] == "&" else None
                        if decoded is not None:
                            value.append(decoded[0])
                            i = decoded[1]
                        else:
                            value.append(src[i])
                            i += 1
                    if i >= n:
                        raise EntityError(f"Unclosed start tag at {at(begin)}")
                    i += 1
                    attribute = "".join(value)
                else:
                    token_begin = i
                    while i < n and (src[i].isalnum() or src[i] in ".-"):
                        i += 1
                    attribute = src[token_begin:i].lower()
                    if i >= n or (not src[i].isspace() and src[i] != ">"):
                        raise EntityError(f"Unexpected end of name token at {at(token_begin)}")
                if tag == "a" and name == "href":
                    argument = attribute
                elif tag == "code" and name == "class" and attribute.startswith("language-"):
                    argument = attribute.removeprefix("language-")
                elif tag == "span" and name == "class":
                    argument = attribute
            if tag == "span" and argument != "tg-spoiler":
                raise EntityError('Tag "span" must have class "tg-spoiler"')
            i += 1
            stack.append(_Open(tag, argument, expandable, utf16, len(out), begin))
            continue
        # an end tag
        if not stack:
            raise EntityError(f"Unexpected end tag at {at(begin)}")
        j = i + 1
        while j < n and not src[j].isspace() and src[j] != ">":
            j += 1
        end_tag = src[i + 1 : j].lower()
        j = skip_spaces(j)
        if j >= n or src[j] != ">":
            raise EntityError(f"Unclosed end tag at {at(begin)}")
        top = stack.pop()
        if end_tag and end_tag != top.tag:
            raise EntityError(
                f'Unmatched end tag at {at(begin)}, expected "</{top.tag}>", found "</{end_tag}>"'
            )
        i = j + 1
        length = utf16 - top.offset
        if length > 0:
            entity = _make_entity(top, length, "".join(out[top.start :]), entities)
            if entity is not None:
                entities.append(entity)
    if stack:
        raise EntityError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    text = "".join(out)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise EntityError(
            "Text contains invalid Unicode characters after decoding HTML entities,"
            " check for unmatched surrogate code units"
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return text, entities


def _make_entity(
    top: _Open, length: int, inner: str, entities: list[dict[str, Any]]
) -> dict[str, Any] | None:
    kind = _TAG_ENTITY[top.tag]
    entity: dict[str, Any] = {"type": kind, "offset": top.offset, "length": length}
    if kind == "text_link":
        url = top.argument or inner
        scheme = url.split(":", 1)[0].lower() if "://" in url else ""
        if not scheme and url:
            url = "http://" + url
        elif scheme not in ("http", "https", "tg", "ton"):
            return None  # Telegram drops links it cannot use, without an error
        entity["url"] = url
    elif kind == "blockquote" and top.expandable:
        entity["type"] = "expandable_blockquote"
    elif kind == "pre":
        last = entities[-1] if entities else None
        if (
            last is not None
            and last["type"] == "code"
            and (last["offset"], last["length"]) == (top.offset, length)
            and last.get("language")
        ):
            entities.pop()
            entity["language"] = last["language"]
    elif kind == "code" and top.argument:
        entity["language"] = top.argument  # kept only if a <pre> wraps it
    return entity


def visible_length(html: str) -> int:
    """Characters Telegram counts in `html` once parsed (raises EntityError)."""
    return len(parse_html(html)[0])


# ----------------------------------------------------------------------------- state


@dataclass
class StoredMessage:
    """A message in a chat: sent by the bot (or pushed as a user's), with its history."""

    message_id: int
    chat: int | str  # as the sender named the chat
    html: str  # the current text as sent (raw HTML when parse_mode was HTML)
    text: str  # the text after entity parsing
    entities: list[dict[str, Any]]
    parse_mode: str | None
    reply_to: int | None  # the message it answers, if that message existed
    date: int
    params: dict[str, Any]
    edits: list[str] = field(default_factory=list)  # each new html, in order
    edit_date: int | None = None
    deleted: bool = False
    by_bot: bool = True


@dataclass
class _Fault:
    status: int
    description: str | None
    retry_after: float | None
    remaining: int | None  # None: until cleared
    methods: frozenset[str]
    chat: int | str | None = None
    delay: float = 0.0
    gate: threading.Event | None = None  # answer only once it is set


class ApiError(Exception):
    """An answer other than ok: status, description and optional retry_after."""

    def __init__(
        self,
        status: int,
        description: str,
        retry_after: float | None = None,
        *,
        html_body: bool = False,
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after
        self.html_body = html_body  # answer like Telegram's nginx does, not with JSON


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


_CHANNEL_NAME = re.compile(r"@[A-Za-z][A-Za-z0-9_]{3,31}")
_NUMERIC = re.compile(r"-?[0-9]{1,20}")
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")


# ----------------------------------------------------------------------------- server


class BotApi:
    """The endpoint; a context manager that serves on 127.0.0.1 in a daemon thread."""

    def __init__(self, token: str = DEFAULT_TOKEN, *, username: str = "kuril_test_bot") -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.messages: dict[int | str, list[StoredMessage]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.updates: list[dict[str, Any]] = []
        self.conflicts = 0  # long polls ended by a newer getUpdates (two pollers, or a stale one)
        self._polls = 0  # getUpdates calls so far: a waiting poll that is not the last one ends
        self._cond = threading.Condition()
        self._closing = threading.Event()
        self._faults: list[_Fault] = []
        self._next_update = 1
        self._channel_ids: dict[str, int] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._methods = {
            name.lower(): (name, handler)
            for name, handler in (
                ("getMe", self._get_me),
                ("sendMessage", self._send_message),
                ("editMessageText", self._edit_message_text),
                ("deleteMessage", self._delete_message),
                ("setMyCommands", self._set_my_commands),
                ("getMyCommands", self._get_my_commands),
                ("deleteMyCommands", self._delete_my_commands),
                ("getUpdates", self._get_updates),
                ("getChat", self._get_chat),
                ("deleteWebhook", self._delete_webhook),
            )
        }

    # -- life cycle

    def start(self) -> BotApi:
        """Listen on a free port of 127.0.0.1."""
        server = _Server(self)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving; long polls in progress return at once."""
        self._closing.set()
        with self._cond:
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> BotApi:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the endpoint first"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """What to pass as python-telegram-bot's `base_url` (the token is appended)."""
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what tests use

    def fail_next(
        self,
        method: str,
        status: int,
        description: str | None = None,
        retry_after: float | None = None,
        count: int = 1,
    ) -> None:
        """Answer the next `count` calls of `method` with `status` (429 carries retry_after)."""
        self._add_fault(_Fault(status, description, retry_after, count, frozenset({method})))

    def fail_chat(
        self,
        chat_id: int | str,
        status: int,
        description: str | None = None,
        retry_after: float | None = None,
        count: int | None = None,
        methods: tuple[str, ...] = ("sendMessage",),
    ) -> None:
        """Fail calls of `methods` naming `chat_id` (all of them unless `count` is given)."""
        chat = _chat_key(chat_id)
        fault = _Fault(status, description, retry_after, count, frozenset(methods), chat)
        self._add_fault(fault)

    def slow_next(self, method: str, seconds: float, count: int = 1) -> None:
        """Handle the next calls of `method` normally but answer only after `seconds`."""
        self._add_fault(_Fault(200, None, None, count, frozenset({method}), delay=seconds))

    def hold_next(self, method: str, count: int = 1) -> threading.Event:
        """Handle the next calls of `method` normally (a message is stored at once) but
        answer only once the returned event is set, or the endpoint closes."""
        gate = threading.Event()
        self._add_fault(_Fault(200, None, None, count, frozenset({method}), gate=gate))
        return gate

    def clear_faults(self) -> None:
        """Forget every fault still pending."""
        with self._cond:
            self._faults.clear()

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates (an update_id is assigned if absent); returns it."""
        with self._cond:
            update = dict(update)
            update.setdefault("update_id", self._next_update)
            self._next_update = max(self._next_update, int(update["update_id"])) + 1
            self.updates.append(update)
            self._cond.notify_all()
            return int(update["update_id"])

    def push_text(
        self, chat_id: int | str, text: str, *, user_id: int = 1001, first_name: str = "Tester"
    ) -> int:
        """Queue a user's text message (a command if it starts with "/"); returns update_id."""
        chat = _chat_key(chat_id)
        with self._cond:
            stored = self._store(chat, text, text, [], None, None, {}, by_bot=False)
        message = self._message_json(stored)
        if text[:1] == "/":
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        kind = "channel_post" if message["chat"]["type"] == "channel" else "message"
        if kind == "message":
            message["from"] = {"id": user_id, "is_bot": False, "first_name": first_name}
            message.pop("sender_chat", None)
        return self.push_update({kind: message})

    def sent(self, chat_id: int | str) -> list[str]:
        """The current HTML of the bot's messages in a chat, oldest first (deleted ones too)."""
        return [m.html for m in self.messages.get(_chat_key(chat_id), []) if m.by_bot]

    def params_of(self, method: str) -> list[dict[str, Any]]:
        """The parameters of every call of `method`, in order."""
        return [params for name, params in self.calls if name == method]

    # -- request handling

    def _add_fault(self, fault: _Fault) -> None:
        with self._cond:
            self._faults.append(fault)

    def serve(self, path: str, content_type: str, body: bytes) -> tuple[int, str, bytes, float]:
        """Answer one request: (status, content type, body, delay before answering)."""
        prefix = f"/bot{self.token}/"
        url = urlsplit(path)
        if not url.path.startswith("/bot"):
            return _error(ApiError(404, "Not Found"))
        if not url.path.startswith(prefix):
            return _error(ApiError(401, "Unauthorized"))
        requested = url.path[len(prefix) :]
        found = self._methods.get(requested.lower())
        try:
            params = _params(content_type, body, url.query)
        except ApiError as exc:
            return _error(exc)
        method = found[0] if found else requested
        with self._cond:
            self.calls.append((method, params))
        if found is None:
            return _error(ApiError(404, "Not Found"))
        delay, gate = 0.0, None
        try:
            delay, gate = self._fault_for(method, params)
            result = found[1](params)
        except ApiError as exc:
            return _error(exc, delay)
        while gate is not None and not gate.wait(0.05) and not self._closing.is_set():
            pass
        body = json.dumps({"ok": True, "result": result}).encode()
        return 200, "application/json", body, delay

    def _fault_for(
        self, method: str, params: dict[str, Any]
    ) -> tuple[float, threading.Event | None]:
        """Raise the first pending fault that applies; returns a delay to add, if any, and
        an event to wait for before answering."""
        chat: int | str | None = None
        if "chat_id" in params:
            try:
                chat = _chat_key(params["chat_id"])
            except ApiError:
                chat = None
        delay = 0.0
        gate: threading.Event | None = None
        with self._cond:
            for fault in list(self._faults):
                if method not in fault.methods:
                    continue
                if fault.chat is not None and fault.chat != chat:
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                if fault.status == 200:
                    delay = max(delay, fault.delay)
                    gate = fault.gate or gate
                    continue
                raise _fault_error(fault)
        return delay, gate

    # -- chats and messages

    def _chat_json(self, chat: int | str) -> dict[str, Any]:
        if isinstance(chat, str):
            name = chat[1:]
            chat_id = self._channel_ids.setdefault(chat, -1001000000000 - len(self._channel_ids))
            return {"id": chat_id, "type": "channel", "title": name, "username": name}
        if chat > 0:
            return {"id": chat, "type": "private", "first_name": "Tester"}
        if str(chat).startswith("-100"):
            return {"id": chat, "type": "channel", "title": f"Channel {chat}"}
        return {"id": chat, "type": "group", "title": f"Group {chat}"}

    def _store(
        self,
        chat: int | str,
        html: str,
        text: str,
        entities: list[dict[str, Any]],
        parse_mode: str | None,
        reply_to: int | None,
        params: dict[str, Any],
        *,
        by_bot: bool = True,
    ) -> StoredMessage:
        history = self.messages.setdefault(chat, [])
        message = StoredMessage(
            message_id=len(history) + 1,
            chat=chat,
            html=html,
            text=text,
            entities=entities,
            parse_mode=parse_mode,
            reply_to=reply_to,
            date=int(time.time()),
            params=params,
            by_bot=by_bot,
        )
        history.append(message)
        return message

    def _find(self, chat: int | str, message_id: int) -> StoredMessage | None:
        for message in self.messages.get(chat, []):
            if message.message_id == message_id and not message.deleted:
                return message
        return None

    def _message_json(self, message: StoredMessage, *, nested: bool = False) -> dict[str, Any]:
        chat = self._chat_json(message.chat)
        data: dict[str, Any] = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": chat,
            "text": message.text,
        }
        if message.entities:
            data["entities"] = message.entities
        if message.by_bot:
            if chat["type"] == "channel":
                data["sender_chat"] = chat
            else:
                data["from"] = self._me()
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        if message.reply_to is not None and not nested:
            target = self._find(message.chat, message.reply_to)
            if target is not None:
                data["reply_to_message"] = self._message_json(target, nested=True)
        return data

    def _me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Kuril Monitor (test)",
            "username": self.username,
        }

    # -- methods

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self._me(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = _chat_key(params.get("chat_id"))
        html, text, entities, parse_mode = _text(params)
        reply = params.get("reply_parameters")
        reply_to = params.get("reply_to_message_id")
        allow = bool(params.get("allow_sending_without_reply", False))
        if isinstance(reply, dict):
            reply_to = reply.get("message_id", reply_to)
            allow = bool(reply.get("allow_sending_without_reply", allow))
        with self._cond:
            if reply_to is not None and self._find(chat, _as_int(reply_to, "message_id")) is None:
                if not allow:
                    raise _bad("message to be replied not found")
                reply_to = None
            target = None if reply_to is None else _as_int(reply_to, "message_id")
            stored = self._store(chat, html, text, entities, parse_mode, target, params)
            return self._message_json(stored)

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        if "inline_message_id" in params:
            raise _bad("inline messages are not supported by this endpoint")
        chat = _chat_key(params.get("chat_id"))
        message_id = _as_int(params.get("message_id"), "message_id")
        html, text, entities, parse_mode = _text(params)
        with self._cond:
            message = self._find(chat, message_id)
            if message is None:
                raise _bad("message to edit not found")
            if not message.by_bot:
                raise _bad("message can't be edited")
            if (message.text, message.entities) == (text, entities):
                raise ApiError(400, NOT_MODIFIED)
            message.html, message.text, message.entities = html, text, entities
            message.parse_mode = parse_mode
            message.edits.append(html)
            message.edit_date = int(time.time())
            return self._message_json(message)

    def _delete_message(self, params: dict[str, Any]) -> bool:
        chat = _chat_key(params.get("chat_id"))
        message_id = _as_int(params.get("message_id"), "message_id")
        with self._cond:
            message = self._find(chat, message_id)
            if message is None:
                raise _bad("message to delete not found")
            message.deleted = True
        return True

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad("commands must be a list of at most 100 BotCommand")
        for command in commands:
            if not isinstance(command, dict):
                raise _bad("can't parse BotCommand")
            name, description = command.get("command"), command.get("description")
            if not isinstance(name, str) or not _COMMAND.fullmatch(name):
                raise _bad("BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        with self._cond:
            self.commands[_scope_key(params)] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        with self._cond:
            return list(self.commands.get(_scope_key(params), []))

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        with self._cond:
            self.commands.pop(_scope_key(params), None)
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        """No webhook is ever set here; polling clients call this before getUpdates."""
        if params.get("drop_pending_updates") in (True, "true", "True"):
            with self._cond:
                self.updates.clear()
        return True

    def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = _chat_key(params.get("chat_id"))
        with self._cond:
            info = self._chat_json(chat)
        return {
            **info,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = _as_int(params.get("offset", 0), "offset")
        limit = min(max(_as_int(params.get("limit", 100), "limit"), 1), 100)
        timeout = max(float(params.get("timeout", 0) or 0), 0.0)
        deadline = time.monotonic() + timeout
        with self._cond:
            self._polls += 1
            mine = self._polls
            self._cond.notify_all()  # a poll still waiting is ended by this newer one
            # Asking from `offset` confirms (forgets) every earlier update.
            if offset > 0:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            elif offset < 0:
                self.updates = self.updates[offset:]
            while not self.updates and not self._closing.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
                if self._polls != mine:
                    self.conflicts += 1
                    raise ApiError(409, _DEFAULT_DESCRIPTIONS[409])
            return list(self.updates[:limit])


# ----------------------------------------------------------------------------- helpers


def _chat_key(value: Any) -> int | str:
    """An int chat id or "@username"; anything else is Telegram's "chat not found"."""
    if isinstance(value, bool):
        raise _bad("chat not found")
    if isinstance(value, int) and value != 0:
        return value
    if isinstance(value, str):
        if _NUMERIC.fullmatch(value) and int(value) != 0:
            return int(value)
        if _CHANNEL_NAME.fullmatch(value):
            return value
    if value is None or value == "":
        raise _bad("chat_id is empty")
    raise _bad("chat not found")


def _as_int(value: Any, name: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _NUMERIC.fullmatch(value):
        return int(value)
    raise _bad(f"invalid {name} specified")


def _text(params: dict[str, Any]) -> tuple[str, str, list[dict[str, Any]], str | None]:
    """Validate a message text: (html as sent, parsed text, entities, parse_mode)."""
    raw = params.get("text")
    if not isinstance(raw, str) or not raw.strip():
        raise _bad("message text is empty")
    parse_mode = params.get("parse_mode") or None
    if parse_mode is None:
        entities = params.get("entities") or []
        text = raw
    elif str(parse_mode).lower() == "html":
        try:
            text, entities = parse_html(raw)
        except EntityError as exc:
            raise _bad(f"can't parse entities: {exc}") from exc
    else:
        raise _bad("unsupported parse_mode")
    if not text.strip():
        raise _bad("message text is empty")
    if len(text) > MAX_TEXT:
        raise _bad("message is too long")
    return raw, text, list(entities), parse_mode


def _scope_key(params: dict[str, Any]) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")


def _params(content_type: str, body: bytes, query: str) -> dict[str, Any]:
    """Decode the request's parameters from the query, a JSON body or a form body."""
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/json" and body:
        try:
            decoded = json.loads(body)
        except ValueError as exc:
            raise _bad("can't parse JSON object") from exc
        if not isinstance(decoded, dict):
            raise _bad("JSON object expected")
        params.update(decoded)
    elif kind == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    elif kind == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(head + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                params[name] = payload.decode("utf-8", "replace")
    return _normalize(params)


def _normalize(params: dict[str, Any]) -> dict[str, Any]:
    """Decode form strings the way Telegram reads them: JSON objects, integers, booleans."""
    out = dict(params)
    for name, value in params.items():
        if not isinstance(value, str):
            continue
        if name in _JSON_PARAMS:
            try:
                out[name] = json.loads(value)
            except ValueError as exc:
                raise _bad(f"can't parse {name} JSON object") from exc
        elif (name in _INT_PARAMS or name == "chat_id") and _NUMERIC.fullmatch(value):
            out[name] = int(value)
        elif name in _BOOL_PARAMS:
            out[name] = value.lower() in ("true", "1")
    return out


def _fault_error(fault: _Fault) -> ApiError:
    retry_after = fault.retry_after
    if fault.status == 429 and retry_after is None:
        retry_after = 5
    description = fault.description
    if description is None:
        if fault.status == 429:
            description = f"Too Many Requests: retry after {retry_after:g}"
        else:
            description = _DEFAULT_DESCRIPTIONS.get(fault.status) or _phrase(fault.status)
    html_body = fault.status == 502 and fault.description is None
    return ApiError(fault.status, description, retry_after, html_body=html_body)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"Error {status}"


def _error(exc: ApiError, delay: float = 0.0) -> tuple[int, str, bytes, float]:
    if exc.html_body:
        return exc.status, "text/html", NGINX_502, delay
    data: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
    if exc.retry_after is not None:
        value = int(exc.retry_after) if float(exc.retry_after).is_integer() else exc.retry_after
        data["parameters"] = {"retry_after": value}
    return exc.status, "application/json", json.dumps(data).encode(), delay


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, api: BotApi) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.api = api

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up mid-request is normal here (timeouts); stay quiet about it."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_POST(self) -> None:
        api = self.server.api
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, content_type, payload, delay = api.serve(
            self.path, self.headers.get("Content-Type", ""), body
        )
        if delay and api._closing.wait(delay):
            return
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_GET = do_POST

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: request lines would print the token."""
