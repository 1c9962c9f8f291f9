#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that the blind125 world loads
and that the harness scores it. It is NOT a monitor and knows nothing about the labels.

Usage (as the harness calls it):  trivial_alerter.py --config CONFIG run --once
Reads every feed in the config, and for each item never seen before whose title or summary
contains a dispute keyword, sends one Telegram message with the title and the link.
State (seen links) is kept in the SQLite file named by `database:` in the config.
"""
import argparse
import json
import os
import sqlite3
import sys
import urllib.request
import xml.etree.ElementTree as ET

import yaml

KEYWORDS = [
    "kuril", "northern territories", "peace treaty", "kunashir", "iturup", "shikotan", "habomai",
    "курил", "мирн", "кунашир", "итуруп", "шикотан", "хабомаи",
    "北方", "平和条約", "国後", "択捉", "色丹", "歯舞", "四島",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def items_of(xml_bytes):
    root = ET.fromstring(xml_bytes)
    out = []
    if root.tag == ATOM + "feed":
        for e in root.findall(ATOM + "entry"):
            link = e.find(ATOM + "link")
            out.append((e.findtext(ATOM + "title") or "", e.findtext(ATOM + "summary") or "",
                        link.get("href") if link is not None else ""))
    else:
        for i in root.iter("item"):
            out.append((i.findtext("title") or "", i.findtext("description") or "",
                        i.findtext("link") or ""))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("command", nargs="*")
    ap.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(open(args.config, encoding="utf-8"))
    db_path = cfg["database"].split("sqlite:///", 1)[-1]
    db = sqlite3.connect(db_path)
    db.execute("create table if not exists seen (link text primary key)")
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    api = cfg["telegram"]["api_base_url"].rstrip("/") + token
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    for feed in cfg["feeds"]:
        try:
            data = urllib.request.urlopen(feed["url"], timeout=timeout).read()
            items = items_of(data)
        except Exception as exc:  # a trivial alerter just skips a bad feed
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for title, summary, link in reversed(items):
            if not link or db.execute("select 1 from seen where link=?", (link,)).fetchone():
                continue
            text = (title + " " + summary).lower()
            if any(k in text for k in KEYWORDS):
                for chat in cfg["telegram"]["chat_ids"]:
                    body = json.dumps({"chat_id": chat, "text": f"{title}\n{summary}\n{link}"}).encode()
                    req = urllib.request.Request(api + "/sendMessage", data=body,
                                                 headers={"Content-Type": "application/json"})
                    try:
                        urllib.request.urlopen(req, timeout=timeout).read()
                    except Exception as exc:
                        print(f"send failed: {exc}", file=sys.stderr)
                        continue
            db.execute("insert or ignore into seen values (?)", (link,))
            db.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
