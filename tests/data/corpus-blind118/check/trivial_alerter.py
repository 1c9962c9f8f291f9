#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove that the corpus world loads.

It reads the harness config, polls every feed once, and sends one Telegram message per
unseen feed item whose title or summary contains a Kuril keyword. It is not a monitor and
is not meant to score well.

Usage: python3 check/trivial_alerter.py --config CONFIG run --once
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

KEYWORDS = ["kuril", "kunashir", "iturup", "etorofu", "shikotan", "habomai",
            "northern territories", "курил", "кунашир", "итуруп", "шикотан",
            "北方領土", "北方四島", "国後", "択捉", "色丹", "歯舞"]
ATOM = "{http://www.w3.org/2005/Atom}"


def state_dir(cfg: dict) -> Path:
    db = str(cfg.get("database", ""))
    if db.startswith("sqlite:///"):
        return Path(db[len("sqlite:///"):]).parent
    return Path(".")


def items(xml: bytes):
    root = ET.fromstring(xml)
    for it in root.iter("item"):
        yield (it.findtext("link") or "", it.findtext("title") or "",
               it.findtext("description") or "")
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        yield (link.get("href") if link is not None else "", e.findtext(ATOM + "title") or "",
               e.findtext(ATOM + "summary") or "")


def send(cfg: dict, text: str) -> None:
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"].rstrip("/")
    for chat in cfg["telegram"]["chat_ids"]:
        data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
        urllib.request.urlopen(f"{base}{token}/sendMessage", data=data, timeout=10).read()


def run_once(cfg: dict) -> None:
    sd = state_dir(cfg)
    sd.mkdir(parents=True, exist_ok=True)
    seen_path = sd / "trivial_seen.json"
    seen = set(json.loads(seen_path.read_text())) if seen_path.exists() else set()
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    for feed in cfg["feeds"]:
        try:
            xml = urllib.request.urlopen(feed["url"], timeout=timeout).read()
            entries = list(items(xml))
        except Exception as exc:  # a broken feed must not stop the run
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for link, title, summary in reversed(entries):
            if not link or link in seen:
                continue
            seen.add(link)
            low = (title + " " + summary).lower()
            if any(k in low for k in KEYWORDS):
                send(cfg, f"{title}\n{summary}\n{link}")
    seen_path.write_text(json.dumps(sorted(seen)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    run_once(cfg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
