#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that the corpus world loads.

It is NOT the monitor. It reads the harness' config file, polls every feed once, and sends
one Telegram message per unseen feed item whose title or summary contains a topic keyword.
State (the links already seen) is a JSON file next to the configured SQLite database.

Usage: trivial_alerter.py --config CONFIG [run --once]    (extra arguments are ignored)
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

KEYWORDS = ["kuril", "etorofu", "kunashir", "shikotan", "habomai", "northern territories",
            "peace treaty", "курил", "итуруп", "кунашир", "шикотан", "мирн", "北方", "択捉",
            "国後", "色丹", "歯舞", "平和条約"]
ATOM = "{http://www.w3.org/2005/Atom}"


def state_file(cfg: dict) -> Path:
    db = str(cfg.get("database", "sqlite:///state.db"))
    path = Path(db.split("sqlite:///", 1)[-1]) if db.startswith("sqlite:///") else Path("state.db")
    return path.parent / "trivial-alerter-state.json"


def items(xml: bytes) -> list[tuple[str, str]]:
    root = ET.fromstring(xml)
    out = []
    for it in root.iter("item"):
        out.append(((it.findtext("link") or "").strip(),
                    (it.findtext("title") or "") + " " + (it.findtext("description") or "")))
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        out.append(((link.get("href") if link is not None else "") or "",
                    (e.findtext(ATOM + "title") or "") + " " + (e.findtext(ATOM + "summary") or "")))
    return out


def send(cfg: dict, text: str) -> None:
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"].rstrip("/")
    for chat in cfg["telegram"]["chat_ids"]:
        data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
        for _ in range(5):
            try:
                urllib.request.urlopen(f"{base}{token}/sendMessage", data=data, timeout=10).read()
                break
            except Exception:  # flood control / server errors: try again
                import time
                time.sleep(1.2)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    args, _ = ap.parse_known_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    sf = state_file(cfg)
    seen = set(json.loads(sf.read_text())) if sf.exists() else set()
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    for feed in cfg["feeds"]:
        try:
            xml = urllib.request.urlopen(feed["url"], timeout=timeout).read()
            entries = items(xml)
        except Exception as exc:  # a failing feed is skipped this round
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for link, text in reversed(entries):
            if not link or link in seen:
                continue
            seen.add(link)
            if any(k in text.lower() for k in KEYWORDS):
                send(cfg, f"{text.strip()[:300]}\n{link}")
    sf.write_text(json.dumps(sorted(seen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
