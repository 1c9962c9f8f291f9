#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove that the corpus loads.

Usage: python3 check/trivial_alerter.py --config CONFIG run --once

It reads the harness config, polls every feed once, and sends one Telegram message for
each unseen item whose title or summary contains a topic keyword. No grouping, no
negation handling, no memory of developments: it is the floor, not a monitor.
Needs Python 3 and PyYAML.
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

KEYWORDS = ["kuril", "northern territor", "peace treaty", "kunashir", "iturup", "shikotan",
            "habomai", "курил", "мирн", "кунашир", "итуруп", "шикотан", "хабомаи",
            "北方", "千島", "平和条約", "国後", "択捉", "色丹", "歯舞"]
ATOM = "{http://www.w3.org/2005/Atom}"


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
    return out


def send(base: str, token: str, chat: str, text: str) -> bool:
    url = f"{base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat, "text": text}).encode()
    for _ in range(5):
        req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return json.loads(r.read()).get("ok", False)
        except urllib.error.HTTPError as e:
            try:
                wait = json.loads(e.read()).get("parameters", {}).get("retry_after", 1)
            except Exception:
                wait = 1
            time.sleep(float(wait))
        except Exception:
            time.sleep(1)
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("command", choices=["run"])
    ap.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(open(args.config, encoding="utf-8"))
    db_path = cfg["database"].split("sqlite:///", 1)[-1]
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    tg = cfg["telegram"]
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    for feed in cfg["feeds"]:
        xml = fetch(feed["url"], timeout)
        if not xml:
            continue
        for link, title, summary in reversed(items(xml)):
            if not link or db.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            text = f"{title}\n{summary}".lower()
            ok = True
            if any(k in text for k in KEYWORDS):
                ok = all(send(tg["api_base_url"], token, chat, f"{title}\n{link}")
                         for chat in tg["chat_ids"])
            if ok:
                db.execute("INSERT INTO seen VALUES (?)", (link,))
                db.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
