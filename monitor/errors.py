"""The project's exception tree; third-party errors are translated into it at the edges.

    MonitorError
    ├── UsageError           a command was given arguments it cannot use (exit status 2)
    ├── ConfigError          bad config, rules or seeds (exit status 2; lists every problem)
    ├── FetchError           a feed or page could not be fetched or parsed (a value for one feed)
    │   └── BlockedAddress   the private-address guard refused the request
    ├── ExtractError         a page gave no usable article text
    │   └── NoArticleText    it was read whole and holds none (paywall, scripts, empty)
    ├── WorkError            parsing or extraction overran its time or its worker process died
    ├── StoreError           the database failed (disk full, locked, corrupt)
    └── DeliveryError        Telegram refused or failed a send
        └── PermanentDeliveryError   400/403: retrying will not help

Only what a user can act on is wrapped; anything else is a bug and propagates.
"""

from __future__ import annotations

from dataclasses import dataclass


class MonitorError(Exception):
    """Base of every error the monitor expects and reports."""


@dataclass(frozen=True)
class Problem:
    """One problem in a user-edited file, located for a human to fix."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class UsageError(MonitorError):
    """A command was given arguments it cannot use (a date that is not a date, …)."""


class ConfigError(MonitorError):
    """Config, rules or seeds are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class FetchError(MonitorError):
    """A feed or page could not be fetched or parsed."""


class BlockedAddress(FetchError):
    """The request would reach a loopback, private, link-local or metadata address."""


class ExtractError(MonitorError):
    """A fetched page held no article text."""


class NoArticleText(ExtractError):
    """A page read whole holds no article text: a paywall, a page its scripts build, an
    empty one; the item is decided on its headline. A paywall is `settled` (decided at
    once); the others are tried again first, as a bot challenge or a broken deploy passes.
    Carries the page's own title and description, for when the feed gives none."""

    def __init__(
        self, message: str, title: str = "", description: str = "", *, settled: bool = False
    ) -> None:
        super().__init__(message)
        self.title = title
        self.description = description
        self.settled = settled  # the page says so itself (a paywall): not worth another try


class WorkError(MonitorError):
    """Work on untrusted bytes (a feed's parse, a page's extraction) overran its wall-clock
    limit, and its worker process was stopped, or its worker process died."""


class StoreError(MonitorError):
    """The database refused a read or write."""


class DeliveryError(MonitorError):
    """Telegram did not accept a message; may succeed later.

    `kind` names what failed when it is known, for a person to act on: `unauthorized` (the
    bot token), `chat_not_found`, `forbidden` (the bot may not post there), `unreachable`
    (no answer from the Bot API); None otherwise.
    """

    def __init__(self, message: str = "", kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class PermanentDeliveryError(DeliveryError):
    """Telegram rejected a message for good (400, 403); never retried."""
