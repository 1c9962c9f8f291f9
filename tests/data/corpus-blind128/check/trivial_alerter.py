#!/usr/bin/env python3
"""A deliberately dumb keyword alerter, used only to show that the b128 world loads and
that the harness scores it. It is NOT a monitor and says nothing about detection quality.

It reads the harness' config file, fetches every feed (RSS or Atom), and for every item it
has not seen before whose title or summary contains one of a few keywords it sends one
Telegram message with the title and the link. State (seen links) is a JSON file next to
the database path given in the config. Stdlib + PyYAML only.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

KEYWORDS = ["kuril", "northern territor", "peace treaty", "iturup", "kunashir", "shikotan", "habomai",
            "курил", "мирн", "итуруп", "кунашир", "шикотан", "хабомаи",
            "北方領土", "平和条約", "択捉", "国後", "色丹", "歯舞"]
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read()


def items(xml: bytes) -> list[tuple[str, str, str]]:
    root = ET.fromstring(xml)
    out = []
    for it in root.iter("item"):
        out.append((it.findtext("title") or "", it.findtext("link") or "", it.findtext("description") or ""))
    for e in root.iter(f"{ATOM}entry"):
        link = e.find(f"{ATOM}link")
        out.append((e.findtext(f"{ATOM}title") or "", link.get("href") if link is not None else "",
                    e.findtext(f"{ATOM}summary") or ""))
    return out


def send(api: str, token: str, chat: str, text: str, timeout: float) -> None:
    data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
    for _ in range(5):
        try:
            with urllib.request.urlopen(f"{api}{token}/sendMessage", data=data, timeout=timeout) as r:
                r.read()
                return
        except urllib.error.HTTPError as err:
            if err.code in (429, 502, 503):
                time.sleep(1.0)
                continue
            raise
    raise RuntimeError("sendMessage kept failing")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("rest", nargs="*")  # tolerate `run --once`
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    db = str(cfg.get("database", "sqlite:///state.db"))
    state_path = Path(db.split("sqlite:///", 1)[-1]).parent / "trivial_alerter_seen.json"
    seen = set(json.loads(state_path.read_text())) if state_path.exists() else set()
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    api = cfg["telegram"]["api_base_url"]
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    for feed in cfg["feeds"]:
        try:
            entries = items(fetch(feed["url"], timeout))
        except Exception as err:  # a broken feed is skipped this round
            print(f"feed {feed['id']}: {err}", file=sys.stderr)
            continue
        for title, link, summary in reversed(entries):
            if not link or link in seen:
                continue
            seen.add(link)
            text = f"{title} {summary}".lower()
            if any(k in text for k in KEYWORDS):
                for chat in cfg["telegram"]["chat_ids"]:
                    send(api, token, chat, f"{title}\n{link}", timeout)
    state_path.write_text(json.dumps(sorted(seen)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
