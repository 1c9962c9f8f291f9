"""The verdict of the assertion readers: whether a clause asserts its event or status word,
and if not, why; and the word lists they read with.

Core module: plain data only — no I/O, no clock, no asyncio, no analyzers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    """How a clause presents an event: asserted, or the reason it is not."""

    asserted: bool
    why: str = ""  # negated | requested | conditional | future | prospect | modifier | question


ASSERTED = Verdict(True)


def lemmas(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated words."""
    return frozenset(text.split())
