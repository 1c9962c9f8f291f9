#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that the corpus world loads.

It is NOT the monitor. It reads the harness' config file, polls every feed, and sends one
Telegram message (title + link) for every new item whose title or summary contains one
of a few keywords. No dedup by development, no understanding: expect poor precision.

    python3 check/trivial_alerter.py --config CONFIG run --once
    python3 check/trivial_alerter.py --config CONFIG run          # poll until SIGTERM
Standard library plus PyYAML.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET

import yaml

KEYWORDS = ["kuril", "kunashir", "iturup", "etorofu", "shikotan", "habomai", "northern territories",
            "peace treaty", "курил", "кунашир", "итуруп", "шикотан", "мирн", "北方", "国後", "択捉",
            "色丹", "歯舞", "平和条約", "四島"]
ATOM = "{http://www.w3.org/2005/Atom}"


def state_path(database: str) -> str:
    return database[len("sqlite:///"):] if database.startswith("sqlite:///") else "trivial_state.db"


def fetch(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.read()


def items(xml: bytes) -> list[tuple[str, str, str]]:
    root = ET.fromstring(xml)
    out = []
    for it in root.iter("item"):
        out.append((it.findtext("title") or "", it.findtext("link") or "", it.findtext("description") or ""))
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        out.append((e.findtext(ATOM + "title") or "", link.get("href") if link is not None else "",
                    e.findtext(ATOM + "summary") or ""))
    return out


def send(base: str, token: str, chat: str, text: str, timeout: float) -> bool:
    data = json.dumps({"chat_id": chat, "text": text}).encode()
    req = urllib.request.Request(f"{base}{token}/sendMessage", data=data,
                                 headers={"Content-Type": "application/json"})
    for _ in range(5):
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return json.loads(resp.read()).get("ok", False)
        except urllib.error.HTTPError as exc:
            if exc.code in (429, 502, 503):
                time.sleep(1.0)
                continue
            return False
        except OSError:
            time.sleep(0.5)
    return False


def poll(cfg: dict, db: sqlite3.Connection, token: str) -> None:
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    tg = cfg.get("telegram", {})
    for feed in cfg.get("feeds", []):
        try:
            entries = items(fetch(feed["url"], timeout))
        except Exception:  # a broken feed is skipped this round
            continue
        for title, link, summary in reversed(entries):
            if not link or db.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            text = f"{title} {summary}".lower()
            ok = True
            if any(k in text for k in KEYWORDS):
                ok = all(send(tg["api_base_url"], token, chat, f"{title}\n{link}", timeout)
                         for chat in tg.get("chat_ids", []))
            if ok:
                db.execute("INSERT OR IGNORE INTO seen(link) VALUES (?)", (link,))
                db.commit()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run")
    run.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(open(args.config, encoding="utf-8"))
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    db = sqlite3.connect(state_path(cfg.get("database", "")))
    db.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    if args.once:
        poll(cfg, db, token)
        return 0
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    interval = float(cfg.get("polling", {}).get("interval", 60))
    while not stop:
        poll(cfg, db, token)
        end = time.time() + interval
        while not stop and time.time() < end:
            time.sleep(min(0.2, interval))
    return 0


if __name__ == "__main__":
    sys.exit(main())
