#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that the corpus world loads.

It speaks the harness' config contract (database, feeds, polling, telegram), reads every
feed, and sends one Telegram message per unseen item whose title or summary contains an
island name. It knows nothing about developments; its score means nothing.

Usage: trivial_alerter.py --config CONFIG run [--once]
Standard library plus PyYAML only.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import sys
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import yaml

KEYWORDS = ["kunashir", "iturup", "shikotan", "habomai", "kuril", "northern territories",
            "кунашир", "итуруп", "шикотан", "курил", "国後", "択捉", "色丹", "歯舞", "北方領土",
            "北方四島"]
ATOM = "{http://www.w3.org/2005/Atom}"


def db_path(url: str) -> str:
    return url[len("sqlite:///"):] if url.startswith("sqlite:///") else "trivial-state.db"


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:
        return None


def items(xml: bytes) -> list[tuple[str, str, str]]:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    for it in root.iter("item"):
        out.append((it.findtext("link") or "", it.findtext("title") or "",
                    it.findtext("description") or ""))
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        out.append((link.get("href") if link is not None else "",
                    e.findtext(ATOM + "title") or "", e.findtext(ATOM + "summary") or ""))
    return [o for o in out if o[0]]


def send(cfg: dict, text: str) -> bool:
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"]
    ok = True
    for chat in cfg["telegram"]["chat_ids"]:
        body = json.dumps({"chat_id": chat, "text": text}).encode()
        for _ in range(5):
            req = urllib.request.Request(f"{base}{token}/sendMessage", data=body,
                                         headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    if json.loads(r.read()).get("ok"):
                        break
            except urllib.error.HTTPError as e:
                if e.code == 429:
                    time.sleep(1.1)
                    continue
                time.sleep(0.5)
            except Exception:
                time.sleep(0.5)
        else:
            ok = False
    return ok


def poll(cfg: dict, con: sqlite3.Connection) -> None:
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    for feed in cfg["feeds"]:
        xml = fetch(feed["url"], timeout)
        if xml is None:
            continue
        for link, title, summary in items(xml):
            if con.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            text = (title + " " + summary).lower()
            if any(k in text for k in KEYWORDS):
                if not send(cfg, f"{title}\n{link}"):
                    continue  # try again next poll
            con.execute("INSERT INTO seen(link) VALUES (?)", (link,))
            con.commit()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run")
    run.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(open(args.config, encoding="utf-8"))
    con = sqlite3.connect(db_path(cfg["database"]))
    con.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    if args.once:
        poll(cfg, con)
        return 0
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    interval = float(cfg.get("polling", {}).get("interval", 60))
    while not stop:
        poll(cfg, con)
        end = time.time() + interval
        while not stop and time.time() < end:
            time.sleep(min(0.1, interval))
    return 0


if __name__ == "__main__":
    sys.exit(main())
