#!/usr/bin/env python3
"""A deliberately dumb keyword alerter, used only to show that the corpus loads and
scores through the evaluation harness. It is NOT a monitor and makes no attempt to
tell new developments from restatements.

    python3 check/trivial_alerter.py --config CONFIG run --once

Reads the harness config (feeds, telegram.api_base_url, database), fetches every feed,
and for each item it has not seen before whose title or summary contains a keyword,
sends one Telegram message with the item's link. Seen items are kept in the SQLite file
named by `database`. Standard library + PyYAML only.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import yaml

KEYWORDS = [
    # en
    "kuril", "northern territor", "peace treaty", "kunashir", "shikotan", "habomai", "iturup", "etorofu",
    # ru
    "курил", "мирн", "кунашир", "шикотан", "хабомаи", "итуруп", "малой курильской",
    # ja
    "北方領土", "北方四島", "平和条約", "国後", "択捉", "色丹", "歯舞",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read()


def items(xml: bytes):
    root = ET.fromstring(xml)
    for it in root.iter("item"):
        yield (it.findtext("link") or "", it.findtext("title") or "", it.findtext("description") or "")
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        yield (link.get("href") if link is not None else "", e.findtext(ATOM + "title") or "",
               e.findtext(ATOM + "summary") or "")


def send(base: str, token: str, chat: str, text: str, timeout: float) -> bool:
    data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
    for _ in range(5):
        try:
            with urllib.request.urlopen(f"{base}{token}/sendMessage", data=data, timeout=timeout) as r:
                return json.loads(r.read()).get("ok", False)
        except urllib.error.HTTPError as e:
            if e.code in (429, 502):
                import time
                time.sleep(1.1)
                continue
            return False
        except OSError:
            return False
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("rest", nargs="*")
    args, _ = ap.parse_known_args()
    cfg = yaml.safe_load(open(args.config, encoding="utf-8"))
    db_path = cfg["database"].split("sqlite:///", 1)[-1]
    os.makedirs(os.path.dirname(db_path) or ".", exist_ok=True)
    db = sqlite3.connect(db_path)
    db.execute("create table if not exists seen (link text primary key)")
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"]
    for feed in cfg["feeds"]:
        try:
            xml = fetch(feed["url"], timeout)
            found = list(items(xml))
        except Exception as exc:  # a broken feed must not stop the run
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for link, title, summary in reversed(found):
            if not link or db.execute("select 1 from seen where link=?", (link,)).fetchone():
                continue
            text = f"{title}\n{summary}".lower()
            if any(k in text for k in KEYWORDS):
                ok = all(send(base, token, chat, f"{title}\n{summary}\n{link}", timeout)
                         for chat in cfg["telegram"]["chat_ids"])
                if not ok:
                    continue  # retry next run
            db.execute("insert or ignore into seen values (?)", (link,))
            db.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
