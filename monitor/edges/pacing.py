"""Telegram's sending limits, applied before Telegram has to enforce them: one budget per
process, asked how long a chat must wait and told when a message went out or a chat was
blocked by a 429.

Pure: no I/O, no clock (every method takes `now`), no sleeping (the caller waits), no
Telegram client (monitor.edges.delivery is that).
"""

from __future__ import annotations

from collections import deque


class RateBudget:
    """Telegram's sending limits, applied before Telegram has to enforce them.

    Per chat: one message per `chat_interval` seconds and `chat_per_minute` in any rolling
    60 s; overall: `total_per_second` in any rolling second. A chat blocked by a 429 waits
    alone. Pure: every method takes `now` (seconds on any monotonic scale, never decreasing).
    """

    def __init__(
        self,
        *,
        chat_interval: float = 1.0,
        chat_per_minute: int = 20,
        total_per_second: int = 30,
    ) -> None:
        self._interval = chat_interval
        self._per_minute = chat_per_minute
        self._per_second = total_per_second
        self._chats: dict[str, deque[float]] = {}
        self._all: deque[float] = deque(maxlen=total_per_second)
        self._blocked: dict[str, float] = {}

    def wait_for(self, chat_id: str | int, now: float) -> float:
        """Seconds until a message to `chat_id` may be sent; 0 when it may go now."""
        key = str(chat_id)
        ready = self._blocked.get(key, now)
        sent = self._chats.get(key)
        if sent:
            ready = max(ready, sent[-1] + self._interval)
            if len(sent) >= self._per_minute:
                ready = max(ready, sent[-self._per_minute] + 60.0)
        if len(self._all) >= self._per_second:
            ready = max(ready, self._all[-self._per_second] + 1.0)
        return max(0.0, ready - now)

    def record(self, chat_id: str | int, now: float) -> None:
        """Count a message sent to `chat_id` at `now`."""
        key = str(chat_id)
        sent = self._chats.setdefault(key, deque(maxlen=self._per_minute))
        sent.append(now)
        self._all.append(now)

    def block(self, chat_id: str | int, until: float) -> None:
        """Hold `chat_id` until `until` (after Telegram's 429); other chats are unaffected."""
        key = str(chat_id)
        self._blocked[key] = max(until, self._blocked.get(key, until))
