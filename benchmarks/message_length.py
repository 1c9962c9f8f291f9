"""How long the alerts subscribers read are: median and longest, per corpus.

Reads the messages the evaluation harness recorded (`harness.py CORPUS --json R.json`
writes them to `R.messages.json`) and prints, for the alert channel, the visible length
of each new alert (its first message, as Telegram counts characters: tags off, entities
read) and of the text it ends with after edits adding later sources. Target of the brief
form: median ≤ 600 characters, none over 1,000.

    .venv/bin/python benchmarks/message_length.py R-dev.messages.json R-dev2.messages.json
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
from pathlib import Path
from typing import Any

CHANNEL = "@kuril_watch_eval"
MEDIAN_TARGET = 600
MAX_TARGET = 1000


def visible(text: str) -> int:
    """Characters Telegram shows: tags removed, entities decoded."""
    return len(html.unescape(re.sub(r"<[^>]+>", "", text)))


def _reply_to(params: dict[str, Any]) -> int | None:
    if params.get("reply_to_message_id"):
        return int(params["reply_to_message_id"])
    rp = params.get("reply_parameters")
    if isinstance(rp, str):
        rp = json.loads(rp)
    return int(rp.get("message_id") or 0) or None if isinstance(rp, dict) else None


def lengths(messages: list[dict[str, Any]]) -> tuple[list[int], list[int]]:
    """(first message of each alert, its final text) visible lengths, in sending order."""
    first: dict[int, int] = {}
    final: dict[int, int] = {}
    for msg in sorted(messages, key=lambda m: m["time"]):
        if msg["chat_id"] != CHANNEL:
            continue
        params = msg.get("params") or {}
        text = str(params.get("text") or msg.get("text") or "")
        if msg["method"].lower().startswith("edit"):
            target = int(params.get("message_id") or 0)
            if target in final:
                final[target] = visible(text)
            continue
        if _reply_to(params) is not None:
            continue  # a continuation or a later source: part of an alert already counted
        first[int(msg["message_id"])] = final[int(msg["message_id"])] = visible(text)
    return list(first.values()), list(final.values())


def _line(name: str, values: list[int]) -> str:
    if not values:
        return f"{name:<14} no alerts"
    median, top = statistics.median(values), max(values)
    met = "met" if median <= MEDIAN_TARGET and top <= MAX_TARGET else "MISSED"
    return (
        f"{name:<14} alerts {len(values):>3}  median {median:>6.0f}  max {top:>5}  "
        f"(target median ≤ {MEDIAN_TARGET}, max ≤ {MAX_TARGET}: {met})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("messages", nargs="+", type=Path, help="R.messages.json files")
    args = parser.parse_args()
    for path in args.messages:
        first, final = lengths(json.loads(path.read_text(encoding="utf-8")))
        name = path.name.removesuffix(".messages.json")
        print(_line(f"{name} sent", first))
        print(_line(f"{name} final", final))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
