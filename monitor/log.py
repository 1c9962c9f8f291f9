"""Logging: one line per event, `key=value` fields, to stderr. Secrets never reach it.

Fields whose value is None are left out; fractions print with three significant digits
(`0.000605`, `12.3`, `1235`), whole numbers as integers.
"""

from __future__ import annotations

import logging
import math
import sys
from typing import Any

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


def _number(v: float) -> str:
    """A float for people: no binary noise, three significant digits, no exponent."""
    if not math.isfinite(v) or (v.is_integer() and abs(v) < 1e15):
        return str(int(v)) if math.isfinite(v) else str(v)
    decimals = max(0, 2 - math.floor(math.log10(abs(v))))
    return f"{v:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{v:.0f}"


def _value(v: Any) -> str:
    text = _number(v) if isinstance(v, float) else str(v)
    if not text or any(c in text for c in ' ="\n'):
        text = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return text


def _event(record: logging.LogRecord) -> str:
    """The event: the monitor's own name (`feed.polled`), or a library's message with its
    %-arguments put in (`Job "poll" raised …`); a message its arguments do not fit is
    kept as written, the arguments beside it."""
    if not record.args:
        return _value(record.msg)
    try:
        return _value(record.getMessage())
    except (TypeError, ValueError, KeyError):
        return f"{_value(record.msg)} args={_value(repr(record.args))}"


class KeyValueFormatter(logging.Formatter):
    """`2026-01-01T00:00:00Z level=info event=feed.polled feed=tass status=200`."""

    def format(self, record: logging.LogRecord) -> str:
        stamp = self.formatTime(record, "%Y-%m-%dT%H:%M:%S")
        fields = {k: v for k, v in record.__dict__.items() if k not in _RESERVED and v is not None}
        parts = [f"{stamp}Z", f"level={record.levelname.lower()}", f"event={_event(record)}"]
        parts += [f"{k}={_value(v)}" for k, v in fields.items()]
        if record.exc_info:
            parts.append(f"error={_value(self.formatException(record.exc_info))}")
        return " ".join(parts)


def setup(level: str = "INFO") -> None:
    """Route the monitor's logs to stderr as key=value lines; quiet chatty libraries."""
    import time

    handler = logging.StreamHandler(sys.stderr)
    formatter = KeyValueFormatter()
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in (
        "httpx",
        "httpcore",
        "telegram",
        "apscheduler",
        "trafilatura",
        "htmldate",
        "charset_normalizer",
        "courlan",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)
