"""Tests for monitor.edges.delivery: the real python-telegram-bot against a local Bot API
endpoint."""

from __future__ import annotations

import asyncio
import html
import itertools
import logging
import random
import socket
import threading
import traceback
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.botapi import BotApi, EntityError, parse_html
from telegram import Bot, BotCommand

from monitor.edges.delivery import (
    DeliveryUnconfirmed,
    RateLimited,
    RedactToken,
    Telegram,
    TelegramLink,
)
from monitor.edges.pacing import RateBudget
from monitor.edges.splitting import split_html
from monitor.errors import DeliveryError, PermanentDeliveryError

T = TypeVar("T")
CHANNEL = "@kuril_news"


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[BotApi]:
    """A Bot API endpoint on 127.0.0.1 for one test."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with BotApi() as endpoint:
        yield endpoint


def deliver(
    api: BotApi,
    body: Callable[[Telegram], Awaitable[T]],
    *,
    token: str | None = None,
    base_url: str | None = None,
    timeout: float = 5.0,
) -> T:
    """Open a Telegram client on the endpoint, run `body` with it, and close it."""

    async def main() -> T:
        telegram = Telegram(
            token or api.token, api_base_url=base_url or api.base_url, timeout=timeout
        )
        async with telegram:
            return await body(telegram)

    return asyncio.run(main())


def failure(
    api: BotApi, body: Callable[[Telegram], Awaitable[Any]], **kwargs: Any
) -> BaseException:
    """The exception `deliver` raised (the test fails if none was)."""
    with pytest.raises(DeliveryError) as info:
        deliver(api, body, **kwargs)
    return info.value


def visible(part: str) -> str:
    """The text Telegram shows for an HTML part."""
    return parse_html(part)[0]


def free_port() -> int:
    """A port on 127.0.0.1 with nobody listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ----------------------------------------------------------------------------- sending


def test_send_returns_message_ids_and_html_reaches_endpoint(api: BotApi) -> None:
    """Each send returns Telegram's message id; the HTML arrives intact, previews off."""
    text = '<b>Kunashir</b> &amp; <i>Iturup</i>: talks <a href="https://e.org/a">resume</a>'

    async def body(telegram: Telegram) -> list[int]:
        return [await telegram.send(CHANNEL, text), await telegram.send(CHANNEL, "second")]

    assert deliver(api, body) == [1, 2]
    assert api.sent(CHANNEL) == [text, "second"]
    first = api.params_of("sendMessage")[0]
    assert first["parse_mode"] == "HTML"
    assert first["link_preview_options"] == {"is_disabled": True}
    assert "reply_parameters" not in first
    assert api.messages[CHANNEL][0].text == "Kunashir & Iturup: talks resume"


def test_numeric_chat_ids_work_as_int_and_str(api: BotApi) -> None:
    """A chat id given as an int or a numeric string reaches the same chat."""

    async def body(telegram: Telegram) -> list[int]:
        return [
            await telegram.send(-1001234567890, "a"),
            await telegram.send("-1001234567890", "b"),
        ]

    assert deliver(api, body) == [1, 2]
    assert api.sent(-1001234567890) == ["a", "b"]


def test_reply_to_is_carried(api: BotApi) -> None:
    """A reply names its target and allows sending if the target is gone."""

    async def body(telegram: Telegram) -> int:
        first = await telegram.send(CHANNEL, "alert")
        return await telegram.send(CHANNEL, "update", reply_to=first)

    assert deliver(api, body) == 2
    assert api.params_of("sendMessage")[1]["reply_parameters"] == {
        "message_id": 1,
        "allow_sending_without_reply": True,
    }
    assert api.messages[CHANNEL][1].reply_to == 1


def test_reply_to_a_missing_message_still_sends(api: BotApi) -> None:
    """Replying to a deleted or unknown message posts the message without the reply."""
    assert deliver(api, lambda telegram: telegram.send(CHANNEL, "update", reply_to=77)) == 1
    assert api.messages[CHANNEL][0].reply_to is None


def test_edit_replaces_text(api: BotApi) -> None:
    """An edit changes the stored message and keeps its id."""

    async def body(telegram: Telegram) -> int:
        message_id = await telegram.send(CHANNEL, "<b>old</b>")
        await telegram.edit(CHANNEL, message_id, "<b>new</b> &amp; better")
        return message_id

    assert deliver(api, body) == 1
    message = api.messages[CHANNEL][0]
    assert (message.html, message.text, message.edits) == (
        "<b>new</b> &amp; better",
        "new & better",
        ["<b>new</b> &amp; better"],
    )
    assert api.params_of("editMessageText")[0]["link_preview_options"] == {"is_disabled": True}


def test_edit_to_the_same_text_counts_as_success(api: BotApi) -> None:
    """Telegram's "message is not modified" means the message already says it."""

    async def body(telegram: Telegram) -> None:
        message_id = await telegram.send(CHANNEL, "<b>same</b>")
        await telegram.edit(CHANNEL, message_id, "<b>same</b>")

    deliver(api, body)
    assert len(api.params_of("editMessageText")) == 1
    assert api.messages[CHANNEL][0].edits == []


def test_edit_of_an_unknown_message_is_permanent(api: BotApi) -> None:
    """Editing a message that does not exist raises PermanentDeliveryError."""
    error = failure(api, lambda telegram: telegram.edit(CHANNEL, 99, "text"))
    assert isinstance(error, PermanentDeliveryError)
    assert "message to edit not found" in str(error).lower()


def test_edit_of_a_message_that_cannot_be_edited_is_permanent(api: BotApi) -> None:
    """Telegram's "message can't be edited" is permanent, so the caller replies instead."""

    async def body(telegram: Telegram) -> None:
        message_id = await telegram.send(CHANNEL, "old")
        api.fail_next("editMessageText", 400, "Bad Request: message can't be edited")
        await telegram.edit(CHANNEL, message_id, "new")

    assert isinstance(failure(api, body), PermanentDeliveryError)


def test_rate_limit_becomes_rate_limited_with_retry_after(api: BotApi) -> None:
    """A 429 raises RateLimited carrying retry_after in seconds, not a permanent error."""
    api.fail_next("sendMessage", 429, retry_after=17)
    error = failure(api, lambda telegram: telegram.send(CHANNEL, "text"))
    assert isinstance(error, RateLimited)
    assert not isinstance(error, PermanentDeliveryError)
    assert error.retry_after == 17.0
    assert error.chat_id == CHANNEL


def test_bad_gateway_is_transient(api: BotApi) -> None:
    """A 502 (nginx's HTML page) raises a DeliveryError that is not permanent."""
    api.fail_next("sendMessage", 502)
    error = failure(api, lambda telegram: telegram.send(CHANNEL, "text"))
    assert type(error) is DeliveryError
    assert "Bad Gateway" in str(error)
    assert "<html>" not in str(error)


def test_server_error_is_transient(api: BotApi) -> None:
    """A 500 with a JSON description raises a plain DeliveryError."""
    api.fail_next("sendMessage", 500)
    assert type(failure(api, lambda telegram: telegram.send(CHANNEL, "x"))) is DeliveryError


def test_forbidden_is_permanent(api: BotApi) -> None:
    """A 403 (bot removed from the channel) raises PermanentDeliveryError with the reason."""
    api.fail_next("sendMessage", 403, "Forbidden: bot was kicked from the channel chat")
    error = failure(api, lambda telegram: telegram.send(CHANNEL, "text"))
    assert isinstance(error, PermanentDeliveryError)
    assert "bot was kicked from the channel chat" in str(error)


def test_bad_html_is_permanent(api: BotApi) -> None:
    """Unbalanced HTML is refused with 400 "can't parse entities": permanent."""
    error = failure(api, lambda telegram: telegram.send(CHANNEL, "<b>unclosed"))
    assert isinstance(error, PermanentDeliveryError)
    assert "can't parse entities" in str(error).lower()
    assert api.messages == {}


def test_too_long_text_is_permanent(api: BotApi) -> None:
    """More than 4096 visible characters is refused: permanent (split before sending)."""
    error = failure(api, lambda telegram: telegram.send(CHANNEL, "x" * 4097))
    assert isinstance(error, PermanentDeliveryError)
    assert "too long" in str(error).lower()


def test_unknown_chat_is_permanent(api: BotApi) -> None:
    """A chat id that is neither a number nor @username is "chat not found": permanent."""
    error = failure(api, lambda telegram: telegram.send("kuril news", "text"))
    assert isinstance(error, PermanentDeliveryError)
    assert "chat not found" in str(error).lower()


def test_timeout_is_unconfirmed(api: BotApi) -> None:
    """A send whose answer never came raises DeliveryUnconfirmed; it may have been posted."""
    api.slow_next("sendMessage", 3.0)
    error = failure(api, lambda telegram: telegram.send(CHANNEL, "text"), timeout=0.5)
    assert isinstance(error, DeliveryUnconfirmed)
    assert not isinstance(error, PermanentDeliveryError)
    assert api.sent(CHANNEL) == ["text"]


def test_unreachable_server_is_transient(api: BotApi) -> None:
    """No server listening raises a DeliveryError that is not permanent."""
    base_url = f"http://127.0.0.1:{free_port()}/bot"
    error = failure(api, lambda telegram: telegram.send(CHANNEL, "x"), base_url=base_url)
    assert not isinstance(error, PermanentDeliveryError)


def test_wrong_token_is_permanent(api: BotApi) -> None:
    """A token the server rejects fails on opening, permanently."""
    error = failure(api, lambda telegram: telegram.send(CHANNEL, "x"), token="1:not-the-token")
    assert isinstance(error, PermanentDeliveryError)
    assert "token" in str(error)


def test_one_chat_failing_leaves_the_others_alone(api: BotApi) -> None:
    """A chat answered with 429 raises for that chat only."""
    api.fail_chat("@blocked_chat", 429, retry_after=3600)

    async def body(telegram: Telegram) -> tuple[int, BaseException | None]:
        try:
            await telegram.send("@blocked_chat", "x")
        except RateLimited as exc:
            return await telegram.send(CHANNEL, "y"), exc
        return 0, None

    message_id, error = deliver(api, body)
    assert message_id == 1
    assert isinstance(error, RateLimited)
    assert error.retry_after == 3600.0


def test_proxies_from_the_environment_are_not_used(
    api: BotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP(S)_PROXY and ALL_PROXY pointing nowhere do not affect delivery."""
    dead = f"http://127.0.0.1:{free_port()}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, dead)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert deliver(api, lambda telegram: telegram.send(CHANNEL, "through")) == 1


def _rate_limited(api: BotApi) -> dict[str, Any]:
    api.fail_next("sendMessage", 429, retry_after=5)
    return {}


def _bad_gateway(api: BotApi) -> dict[str, Any]:
    api.fail_next("sendMessage", 502)
    return {}


def _forbidden(api: BotApi) -> dict[str, Any]:
    api.fail_next("sendMessage", 403)
    return {}


def _timed_out(api: BotApi) -> dict[str, Any]:
    api.slow_next("sendMessage", 3.0)
    return {"timeout": 0.5}


SCENARIOS: dict[str, Callable[[BotApi], dict[str, Any]]] = {
    "429": _rate_limited,
    "502": _bad_gateway,
    "403": _forbidden,
    "bad html": lambda api: {"text": "<b>x"},
    "timeout": _timed_out,
    "wrong token": lambda api: {"token": "1:" + api.token.split(":", 1)[1][::-1]},
    "unreachable": lambda api: {"base_url": f"http://127.0.0.1:{free_port()}/bot"},
}


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_token_never_appears_in_errors(api: BotApi, scenario: str) -> None:
    """Neither the token nor its secret half appears in any raised error or its chain."""
    options = SCENARIOS[scenario](api)
    text = options.pop("text", "text")
    token = options.get("token", api.token)
    error = failure(api, lambda telegram: telegram.send(CHANNEL, text), **options)
    shown = "".join(traceback.format_exception(error)) + repr(error) + str(error)
    for secret in (token, token.split(":", 1)[1]):
        assert secret not in shown


def test_token_never_appears_in_logs(api: BotApi, caplog: pytest.LogCaptureFixture) -> None:
    """Debug logging of httpx and python-telegram-bot never prints the token."""
    caplog.set_level(logging.DEBUG)
    api.fail_next("sendMessage", 429, retry_after=1)

    async def body(telegram: Telegram) -> None:
        with pytest.raises(RateLimited):
            await telegram.send(CHANNEL, "x")
        await telegram.send(CHANNEL, "y")

    deliver(api, body)
    assert "HTTP Request" in caplog.text  # httpx did log the requests
    assert api.token not in caplog.text
    assert api.token.split(":", 1)[1] not in caplog.text
    assert api.token not in repr(Telegram(api.token, api_base_url=api.base_url))


# ----------------------------------------------------------------------------- splitting


def long_alert(size: int = 10_000, seed: int = 7) -> str:
    """An alert in the shape compose makes, of about `size` visible characters."""
    rng = random.Random(seed)
    words = ["Kuril", "treaty", "Tokyo", "Moscow", "<talks>", "&", '"islands"', "Шикотан", "択捉"]
    blocks = ["<b>" + html.escape("New development: peace treaty & the Kurils") + "</b>"]
    length = 0
    while length < size:
        claims = []
        for _ in range(rng.randint(2, 6)):
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(5, 40)))
            claims.append("• " + html.escape(sentence))
            length += len(sentence) + 2
        blocks.append("\n".join(claims))
        blocks.append(f'<i>Source:</i> <a href="https://news.example.com/a/{length}">outlet</a>')
    blocks.append("<blockquote>" + html.escape(" ".join(words * 80)) + "</blockquote>")
    return "\n\n".join(blocks)


def squeeze(text: str) -> str:
    """Text without whitespace and ellipses, to compare content across a split."""
    return "".join(c for c in text if not c.isspace() and c != "…")


def test_split_parts_are_all_accepted_by_the_endpoint(api: BotApi) -> None:
    """A 10,000-character alert splits into parts Telegram accepts, losing nothing."""
    alert = long_alert()
    assert len(visible(alert)) > 10_000
    parts = split_html(alert)
    assert len(parts) >= 3

    async def body(telegram: Telegram) -> list[int]:
        first = await telegram.send(CHANNEL, parts[0])
        return [first] + [await telegram.send(CHANNEL, p, reply_to=first) for p in parts[1:]]

    assert deliver(api, body) == list(range(1, len(parts) + 1))
    assert squeeze("".join(visible(p) for p in parts)) == squeeze(visible(alert))


def test_short_alert_is_one_part() -> None:
    """An alert within the limit comes back unchanged as one part."""
    alert = "<b>Title</b>\n\n• claim one\n• claim two"
    assert split_html(alert) == [alert]
    assert split_html("") == []


def test_split_prefers_block_boundaries() -> None:
    """Parts end where blocks end when a block boundary is available."""
    blocks = ["<b>" + "a" * 30 + "</b>", "• " + "b" * 30, "• " + "c" * 30]
    assert split_html("\n\n".join(blocks), limit=70) == [
        blocks[0] + "\n\n" + blocks[1],
        blocks[2],
    ]


def test_split_falls_back_to_lines_within_a_block() -> None:
    """A block too long for one part is split between its claim lines."""
    lines = ["• " + "x" * 25, "• " + "y" * 25, "• " + "z" * 25]
    assert split_html("\n".join(lines), limit=60) == [lines[0] + "\n" + lines[1], lines[2]]


def test_long_line_is_cut_at_a_word_with_an_ellipsis() -> None:
    """A single over-long line is cut after a whole word and marked with "…"."""
    parts = split_html("• " + " ".join(["word"] * 20), limit=30)
    assert parts[0] == "• word word word word word…"
    assert all(len(visible(p)) <= 30 for p in parts)
    assert all(p.endswith("…") for p in parts[:-1])
    assert squeeze("".join(parts)) == squeeze("• " + "word" * 20)


def test_split_never_cuts_inside_an_entity() -> None:
    """Entities count as one character and are never broken."""
    parts = split_html("&amp;" * 50, limit=20)
    assert all(len(visible(p)) <= 20 for p in parts)
    assert "".join(visible(p) for p in parts).replace("…", "") == "&" * 50
    assert split_html("&amp;" * 20, limit=20, raw_limit=100) == ["&amp;" * 20]


def test_split_closes_and_reopens_tags() -> None:
    """Tags open at a cut are closed in the part and reopened in the next."""
    alert = '<a href="https://e.org/x">' + "link text " * 10 + "</a>"
    parts = split_html(alert, limit=40)
    assert len(parts) > 1
    for part in parts:
        assert part.startswith('<a href="https://e.org/x">')
        _, entities = parse_html(part)
        assert entities[0]["url"] == "https://e.org/x"


def test_split_bounds_the_raw_size() -> None:
    """Markup-heavy text is split by its raw size too."""
    link = '<a href="https://news.example.com/' + "p" * 60 + '">x</a>'
    parts = split_html("\n".join([link] * 50), limit=100)
    assert all(len(p) <= 200 for p in parts)
    assert sum(visible(p).count("x") for p in parts) == 50


def test_split_refuses_a_tiny_limit() -> None:
    """A limit too small to hold a word and an ellipsis is a programming error."""
    with pytest.raises(ValueError, match="limit"):
        split_html("text", limit=3)


TAGS = [
    ("<b>", "</b>"),
    ("<i>", "</i>"),
    ("<code>", "</code>"),
    ("<blockquote>", "</blockquote>"),
    ('<a href="https://e.org/?a=1&amp;b=2">', "</a>"),
]


@st.composite
def alerts(draw: st.DrawFn) -> str:
    """Escaped arbitrary text in blocks and lines, some of it wrapped in tags."""
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        lines = []
        for _ in range(draw(st.integers(1, 5))):
            pieces = []
            for _ in range(draw(st.integers(1, 4))):
                text = html.escape(draw(st.text(max_size=60))) * draw(st.integers(1, 12))
                tag = draw(st.sampled_from([None, *TAGS]))
                pieces.append(text if tag is None else tag[0] + text + tag[1])
            lines.append(draw(st.sampled_from(["", "• "])) + " ".join(pieces))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(alerts(), st.integers(40, 4096))
def test_split_property_parts_fit_and_parse(alert: str, limit: int) -> None:
    """Every part parses as balanced Telegram HTML, fits the limits, and nothing is lost."""
    parts = split_html(alert, limit)
    for part in parts:
        text, _ = parse_html(part)
        assert 0 < len(text) <= limit
        assert text.strip()
        assert len(part) <= 2 * limit
    assert squeeze("".join(visible(p) for p in parts)) == squeeze(visible(alert))


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 2**32))
def test_split_property_at_telegram_size(seed: int) -> None:
    """Long alerts split at the default limit into parts of at most 4096 characters."""
    alert = long_alert(size=15_000, seed=seed)
    parts = split_html(alert)
    assert all(len(visible(p)) <= 4096 for p in parts)
    assert squeeze("".join(visible(p) for p in parts)) == squeeze(visible(alert))


# ----------------------------------------------------------------------------- pacing


def test_budget_spaces_messages_to_one_chat() -> None:
    """The first message goes at once; the next to that chat waits one second."""
    budget = RateBudget()
    assert budget.wait_for(CHANNEL, 100.0) == 0
    budget.record(CHANNEL, 100.0)
    assert budget.wait_for(CHANNEL, 100.25) == pytest.approx(0.75)
    assert budget.wait_for("@other_chat", 100.25) == 0
    assert budget.wait_for(CHANNEL, 101.0) == 0


def test_budget_allows_twenty_per_minute_per_chat() -> None:
    """The 21st message to a chat within a minute waits until the first is 60 s old."""
    budget = RateBudget()
    for second in range(20):
        assert budget.wait_for(CHANNEL, float(second)) == 0
        budget.record(CHANNEL, float(second))
    assert budget.wait_for(CHANNEL, 20.0) == pytest.approx(40.0)
    assert budget.wait_for(CHANNEL, 60.0) == 0


def test_budget_allows_thirty_per_second_overall() -> None:
    """The 31st message within a second, to any chat, waits."""
    budget = RateBudget()
    for chat in range(30):
        assert budget.wait_for(chat, 5.0) == 0
        budget.record(chat, 5.0)
    assert budget.wait_for(99, 5.5) == pytest.approx(0.5)
    assert budget.wait_for(99, 6.0) == 0


def test_budget_block_holds_only_that_chat() -> None:
    """After a 429 the blocked chat waits until the given time; other chats do not."""
    budget = RateBudget()
    budget.block(CHANNEL, until=3600.0)
    assert budget.wait_for(CHANNEL, 0.0) == 3600.0
    assert budget.wait_for("@other_chat", 0.0) == 0
    budget.block(CHANNEL, until=10.0)  # a shorter block does not shorten the longer one
    assert budget.wait_for(CHANNEL, 3599.0) == 1.0
    assert budget.wait_for(CHANNEL, 3600.0) == 0


operations = st.lists(
    st.tuples(
        st.sampled_from(["send", "send", "send", "block"]),
        st.integers(0, 40),  # chat
        st.floats(0, 90, allow_nan=False),  # gap before it, or block length
    ),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(operations)
def test_budget_property_never_exceeds_limits(ops: list[tuple[str, int, float]]) -> None:
    """Following wait_for, no chat gets 2 messages within 1 s or 21 within 60 s, nor 31/s."""
    budget = RateBudget()
    now = 0.0
    sent: dict[int, list[float]] = defaultdict(list)
    every: list[float] = []
    blocked: dict[int, float] = {}
    for kind, chat, value in ops:
        if kind == "block":
            budget.block(chat, now + value)
            blocked[chat] = max(blocked.get(chat, 0.0), now + value)
            continue
        now += value / 30
        for _ in range(10):
            wait = budget.wait_for(chat, now)
            assert wait >= 0
            if wait == 0:
                break
            now += wait
        assert budget.wait_for(chat, now) == 0
        assert now >= blocked.get(chat, 0.0)
        budget.record(chat, now)
        sent[chat].append(now)
        every.append(now)
    for times in sent.values():
        assert all(later >= earlier + 1.0 for earlier, later in itertools.pairwise(times))
        assert all(times[i + 20] >= times[i] + 60.0 for i in range(len(times) - 20))
    assert all(every[i + 30] >= every[i] + 1.0 for i in range(len(every) - 30))


# ----------------------------------------------------------------------------- the endpoint


def test_endpoint_rejects_a_wrong_token_and_unknown_methods(api: BotApi) -> None:
    """Another token gets 401; an unknown method gets 404, both as Telegram answers."""
    with httpx.Client(trust_env=False) as client:
        wrong = client.post(f"{api.base_url}1:nope/getMe")
        unknown = client.post(f"{api.base_url}{api.token}/sendPigeon")
    assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
    assert unknown.status_code == 404


def test_endpoint_accepts_json_and_form_bodies(api: BotApi) -> None:
    """JSON and URL-encoded bodies both work; JSON-typed form fields are decoded."""
    url = f"{api.base_url}{api.token}/sendMessage"
    with httpx.Client(trust_env=False) as client:
        by_json = client.post(url, json={"chat_id": 5, "text": "<b>a</b>", "parse_mode": "HTML"})
        by_form = client.post(
            url,
            data={"chat_id": "5", "text": "b", "reply_parameters": '{"message_id": 1}'},
        )
        too_long = client.post(url, json={"chat_id": 5, "text": "x" * 4097})
        entities_count_once = client.post(
            url, json={"chat_id": 5, "text": "&amp;" * 4096, "parse_mode": "HTML"}
        )
    assert by_json.json()["result"]["message_id"] == 1
    result = by_form.json()["result"]
    assert result["reply_to_message"]["message_id"] == 1
    assert isinstance(result["date"], int)
    assert result["date"] < 10**10  # seconds, not milliseconds
    assert too_long.json()["description"] == "Bad Request: message is too long"
    assert entities_count_once.status_code == 200


def test_endpoint_long_poll_returns_a_pushed_update(api: BotApi) -> None:
    """getUpdates waits for an update pushed later, and offset confirms it."""

    async def main() -> tuple[Any, ...]:
        async with Bot(api.token, base_url=api.base_url) as bot:
            timer = threading.Timer(0.2, api.push_text, args=(42, "/status now"))
            timer.start()
            try:
                updates = await bot.get_updates(timeout=5)
            finally:
                timer.join()
            again = await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
            return updates, again

    updates, again = asyncio.run(main())
    assert [u.message.text for u in updates] == ["/status now"]
    assert updates[0].message.chat.id == 42
    assert updates[0].message.entities[0].type == "bot_command"
    assert again == ()


def test_endpoint_commands_chats_and_deletes(api: BotApi) -> None:
    """setMyCommands/getMyCommands, getChat and deleteMessage behave like Telegram's."""

    async def main() -> tuple[Any, ...]:
        async with Bot(api.token, base_url=api.base_url) as bot:
            await bot.set_my_commands([BotCommand("status", "Show the monitor's status")])
            commands = await bot.get_my_commands()
            chat = await bot.get_chat(CHANNEL)
            message = await bot.send_message(CHANNEL, "to delete")
            deleted = await bot.delete_message(CHANNEL, message.message_id)
            return commands, chat, deleted, bot.username

    commands, chat, deleted, username = asyncio.run(main())
    assert [(c.command, c.description) for c in commands] == [
        ("status", "Show the monitor's status")
    ]
    assert (chat.type, chat.username) == ("channel", "kuril_news")
    assert deleted is True
    assert api.messages[CHANNEL][0].deleted
    assert username == api.username


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("AT&T &amp; &lt;b&gt; &quot;q&quot; &nbsp;", 'AT&T & <b> "q" &nbsp;'),
        ("&#65;&#x42;&#67", "ABC"),
        ("<b>bold <i>both</i></b> <a href='https://e.org'>link</a>", "bold both link"),
        ('<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>', "st"),
        ("<blockquote expandable>q</blockquote>", "q"),
    ],
)
def test_endpoint_parses_html_like_telegram(source: str, text: str) -> None:
    """Supported tags and entities parse to the text Telegram would show."""
    assert parse_html(source)[0] == text


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<p>x</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
    ],
)
def test_endpoint_rejects_html_telegram_rejects(source: str, message: str) -> None:
    """Unsupported or unbalanced tags fail with Telegram's messages."""
    with pytest.raises(EntityError) as info:
        parse_html(source)
    assert str(info.value) == message


def test_telegram_link_reconnects_and_closes_every_client_it_opened(api: BotApi) -> None:
    """Telegram down at the first try: the link says why; the next try opens a client that
    sends, and closing the link closes it (its token filter leaves the httpx logger)."""

    async def scenario() -> None:
        api.fail_next("getMe", 502, "Bad Gateway")
        async with TelegramLink(api.token, api_base_url=api.base_url, timeout=5.0) as link:
            assert await link.connect() is None
            assert link.down is not None
            assert link.down.startswith("Telegram")
            client = await link.connect()
            assert client is not None
            assert link.down is None
            assert await link.connect() is client  # one client while it is up
            await client.send(CHANNEL, "back")
            assert any(isinstance(f, RedactToken) for f in logging.getLogger("httpx").filters)
        assert link.client is None
        assert not any(isinstance(f, RedactToken) for f in logging.getLogger("httpx").filters)

    asyncio.run(scenario())
    assert api.sent(CHANNEL) == ["back"]
