#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove that the corpus world loads.

It polls every feed in the harness config, and for each item it has not seen before
sends one Telegram message (title + link) when the title or summary contains any of a
few keywords. It knows nothing about seeds, groups or restatements, so it is expected
to score badly on precision. Standard library + PyYAML only.

Usage: python3 check/trivial_alerter.py --config CONFIG run --once
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import urllib.request
import xml.etree.ElementTree as ET

import yaml

KEYWORDS = ["kuril", "island", "visa", "grave", "former resident", "islander",
            "курил", "кунашир", "шикотан", "итуруп", "виз", "могил", "бывш",
            "北方", "元島民", "墓参", "ビザ", "自由訪問", "四島"]
ATOM = "{http://www.w3.org/2005/Atom}"


def items(xml_bytes: bytes):
    root = ET.fromstring(xml_bytes)
    for it in root.iter("item"):
        yield (it.findtext("title") or "", it.findtext("description") or "", it.findtext("link") or "")
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        yield (e.findtext(ATOM + "title") or "", e.findtext(ATOM + "summary") or "",
               link.get("href") if link is not None else "")


def send(cfg: dict, text: str) -> None:
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"]
    for chat in cfg["telegram"]["chat_ids"]:
        body = json.dumps({"chat_id": chat, "text": text}).encode()
        req = urllib.request.Request(f"{base}{token}/sendMessage", data=body,
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10).read()


def run_once(cfg: dict) -> None:
    db_path = cfg["database"].replace("sqlite:///", "", 1)
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    for feed in cfg["feeds"]:
        try:
            data = urllib.request.urlopen(feed["url"], timeout=timeout).read()
            entries = list(items(data))
        except Exception as exc:  # a trivial alerter just skips a bad feed
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for title, summary, link in reversed(entries):
            if not link or db.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            text = f"{title}\n{summary}".lower()
            if any(k in text for k in KEYWORDS):
                try:
                    send(cfg, f"{title}\n{link}")
                except Exception as exc:
                    print(f"send failed: {exc}", file=sys.stderr)
                    continue
            db.execute("INSERT INTO seen VALUES (?)", (link,))
            db.commit()
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--once", action="store_true")
    args = ap.parse_args()
    with open(args.config, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh)
    run_once(cfg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
