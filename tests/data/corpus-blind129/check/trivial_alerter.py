#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that this corpus loads,
serves and scores through the evaluation harness. It is NOT a monitor and knows
nothing about what is new: every unseen feed item whose title or summary contains a
Kuril/peace-treaty keyword is sent to the alert channel with its link.

Usage (what the harness runs):
    python3 check/trivial_alerter.py --config CONFIG run --once
    python3 check/trivial_alerter.py --config CONFIG run          # loop until SIGTERM

Standard library + PyYAML only. State (links already handled) lives in the SQLite
file named by `database:` in the config.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import yaml

KEYWORDS = [
    "kuril", "northern territor", "iturup", "etorofu", "kunashir", "shikotan", "habomai",
    "peace treaty",
    "курил", "итуруп", "кунашир", "шикотан", "хабомаи", "мирн",
    "北方領土", "北方四島", "千島", "択捉", "国後", "色丹", "歯舞", "平和条約",
]
ATOM = "{http://www.w3.org/2005/Atom}"
STOP = False


def db_path(url: str) -> str:
    # sqlite:///relative/path or sqlite:////absolute/path (SQLAlchemy style)
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    return url


def open_db(url: str) -> sqlite3.Connection:
    path = db_path(url)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY, at REAL)")
    return con


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:
        return None


def items(xml: bytes) -> list[dict]:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    for it in root.iter("item"):
        out.append({"title": it.findtext("title") or "", "link": it.findtext("link") or "",
                    "summary": it.findtext("description") or ""})
    for e in root.iter(f"{ATOM}entry"):
        link = e.find(f"{ATOM}link")
        out.append({"title": e.findtext(f"{ATOM}title") or "",
                    "link": link.get("href") if link is not None else "",
                    "summary": e.findtext(f"{ATOM}summary") or ""})
    return [i for i in out if i["link"]]


def send(cfg: dict, token: str, text: str, timeout: float) -> bool:
    base = cfg["telegram"]["api_base_url"]
    ok_all = True
    for chat in cfg["telegram"]["chat_ids"]:
        data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
        for _attempt in range(5):
            try:
                with urllib.request.urlopen(f"{base}{token}/sendMessage", data=data, timeout=timeout) as r:
                    json.loads(r.read() or b"{}")
                break
            except urllib.error.HTTPError as e:
                wait = 1.0
                try:
                    wait = float(json.loads(e.read()).get("parameters", {}).get("retry_after", 1))
                except Exception:
                    pass
                time.sleep(min(wait, 5))
            except Exception:
                time.sleep(1)
        else:
            ok_all = False
    return ok_all


def poll_once(cfg: dict, con: sqlite3.Connection, token: str) -> None:
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    for feed in cfg.get("feeds", []):
        xml = fetch(feed["url"], timeout)
        if not xml:
            continue
        for it in reversed(items(xml)):
            if con.execute("SELECT 1 FROM seen WHERE link=?", (it["link"],)).fetchone():
                continue
            text = f"{it['title']} {it['summary']}".lower()
            if any(k in text for k in KEYWORDS):
                if not send(cfg, token, f"{it['title']}\n{it['link']}", timeout):
                    continue  # try again next poll
            con.execute("INSERT OR IGNORE INTO seen VALUES (?, ?)", (it["link"], time.time()))
            con.commit()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("command", choices=["run"])
    ap.add_argument("--once", action="store_true")
    args = ap.parse_args()
    with open(args.config, encoding="utf-8") as f:
        cfg = yaml.safe_load(f)
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    con = open_db(cfg["database"])

    def stop(*_):
        global STOP
        STOP = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if args.once:
        poll_once(cfg, con, token)
        return 0
    interval = float(cfg.get("polling", {}).get("interval", 60))
    while not STOP:
        poll_once(cfg, con, token)
        end = time.time() + interval
        while not STOP and time.time() < end:
            time.sleep(min(0.1, interval))
    return 0


if __name__ == "__main__":
    sys.exit(main())
