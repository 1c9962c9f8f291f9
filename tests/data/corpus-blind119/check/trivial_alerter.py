#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove that the corpus world loads.

It is NOT a monitor: it polls every feed in the harness config, and for every item it has
not seen before whose title or summary contains a topic keyword it sends one Telegram
message (title + link). No deduplication of developments, no understanding of negation.

    python3 check/trivial_alerter.py --config CONFIG run --once

Standard library + PyYAML only.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

import yaml

KEYWORDS = [
    "kuril", "northern territories", "peace treaty", "iturup", "kunashir", "shikotan", "habomai",
    "курил", "мирн", "итуруп", "кунашир", "шикотан", "хабомаи",
    "北方", "平和条約", "択捉", "国後", "色丹", "歯舞",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.read()


def items_of(xml: bytes):
    root = ET.fromstring(xml)
    if root.tag == ATOM + "feed":
        for e in root.findall(ATOM + "entry"):
            link = e.find(ATOM + "link")
            yield (e.findtext(ATOM + "title") or "", e.findtext(ATOM + "summary") or "",
                   link.get("href") if link is not None else "")
    else:
        for it in root.iter("item"):
            yield (it.findtext("title") or "", it.findtext("description") or "",
                   it.findtext("link") or "")


def send(api: str, token: str, chat: str, text: str, timeout: float) -> None:
    url = f"{api}{token}/sendMessage"
    body = json.dumps({"chat_id": chat, "text": text}).encode()
    for _ in range(6):
        req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                if json.loads(resp.read() or b"{}").get("ok"):
                    return
        except urllib.error.HTTPError as err:
            try:
                wait = json.loads(err.read() or b"{}").get("parameters", {}).get("retry_after", 1)
            except ValueError:
                wait = 1
            time.sleep(min(float(wait), 5))
            continue
        except (urllib.error.URLError, OSError):
            time.sleep(1)
            continue
    raise RuntimeError("could not send")


def run_once(cfg: dict) -> None:
    db_path = cfg["database"].split("sqlite:///", 1)[1]
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    poll = cfg.get("polling") or {}
    timeout = float(poll.get("timeout") or 5)
    tg = cfg["telegram"]
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    for feed in cfg["feeds"]:
        try:
            xml = fetch(feed["url"], timeout)
            items = list(items_of(xml))
        except Exception as exc:  # a broken feed must not stop the run
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for title, summary, link in reversed(items):
            if not link or db.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            text = f"{title} {summary}".lower()
            if any(k in text for k in KEYWORDS):
                for chat in tg["chat_ids"]:
                    send(tg["api_base_url"], token, chat, f"{title}\n{link}", timeout)
            db.execute("INSERT INTO seen VALUES (?)", (link,))
            db.commit()
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run")
    run.add_argument("--once", action="store_true")
    args = ap.parse_args()
    with open(args.config, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh)
    run_once(cfg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
