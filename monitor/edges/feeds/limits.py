"""How far one fetch may go, and how the parse of a feed is run off the event loop.

Plain settings: no I/O. Shared by the guard and the fetcher.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Offload(Protocol):
    """Runs `fn(*args)` off the event loop: the monitor's worker pool, bounded in time
    (a `WorkError` when it overran), or a thread (`asyncio.to_thread`, the default)."""

    async def __call__(self, fn: Callable[..., T], /, *args: Any) -> T: ...


@dataclass(frozen=True)
class FetchLimits:
    """How far one fetch may go: time, size, redirects, addresses and concurrency."""

    timeout: float = 20.0  # per network operation (connect, each read, write)
    deadline: float = 0.0  # whole fetch including the body; 0 means 3 × timeout
    max_bytes: int = 5_000_000  # decompressed body
    max_redirects: int = 5
    allow_private_addresses: bool = False
    per_host: int = 4
    concurrency: int = 32
    user_agent: str = "kuril-monitor/0.1 (news monitor; feed reader)"

    def __post_init__(self) -> None:
        if self.deadline <= 0:
            object.__setattr__(self, "deadline", 3 * self.timeout)
        for name in ("timeout", "deadline"):
            if not getattr(self, name) > 0:
                raise ValueError(f"FetchLimits.{name} must be positive")
        for name in ("max_bytes", "per_host", "concurrency"):
            if getattr(self, name) < 1:
                raise ValueError(f"FetchLimits.{name} must be at least 1")
        if self.max_redirects < 0:
            raise ValueError("FetchLimits.max_redirects must not be negative")


# ----------------------------------------------------------------------------- the guard
