#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove that the corpus loads.

It is NOT a monitor: it alerts on every new feed item whose title or summary contains a
dispute keyword, with no notion of known facts, grouping or negation. Its score is a
floor, not a target.

Usage (as the harness calls it):
    python3 check/trivial_alerter.py --config CONFIG run --once
Stdlib + PyYAML only.
"""
import argparse
import json
import os
import sqlite3
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

KEYWORDS = [
    "kuril", "northern territor", "peace treaty", "etorofu", "kunashir", "shikotan", "habomai",
    "iturup",
    "курил", "мирн", "кунашир", "итуруп", "шикотан", "хабомаи",
    "北方", "平和条約", "国後", "択捉", "色丹", "歯舞",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def db_path(cfg):
    url = cfg.get("database", "sqlite:///state/monitor.db")
    path = url.split("sqlite:///", 1)[-1]
    return Path(path).with_name("trivial_alerter.sqlite")


def fetch(url, timeout):
    req = urllib.request.Request(url, headers={"User-Agent": "trivial-alerter/0.1"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.read()


def items(xml_bytes):
    root = ET.fromstring(xml_bytes)
    out = []
    if root.tag == ATOM + "feed":
        for e in root.findall(ATOM + "entry"):
            link = e.find(ATOM + "link")
            out.append({
                "link": link.get("href") if link is not None else "",
                "title": (e.findtext(ATOM + "title") or ""),
                "summary": (e.findtext(ATOM + "summary") or ""),
            })
    else:
        for it in root.iter("item"):
            out.append({
                "link": it.findtext("link") or "",
                "title": it.findtext("title") or "",
                "summary": it.findtext("description") or "",
            })
    return out


def send(cfg, text):
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"]
    for chat in cfg["telegram"]["chat_ids"]:
        data = json.dumps({"chat_id": chat, "text": text,
                           "link_preview_options": {"is_disabled": True}}).encode()
        req = urllib.request.Request(f"{base}{token}/sendMessage", data=data,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            r.read()


def run_once(cfg):
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    path = db_path(cfg)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("create table if not exists seen (link text primary key)")
    for feed in cfg.get("feeds", []):
        try:
            found = items(fetch(feed["url"], timeout))
        except Exception as exc:  # a failing feed must not stop the run
            print(f"feed {feed.get('id')}: {exc}", file=sys.stderr)
            continue
        for it in reversed(found):
            if db.execute("select 1 from seen where link=?", (it["link"],)).fetchone():
                continue
            text = (it["title"] + " " + it["summary"]).lower()
            if any(k in text for k in KEYWORDS):
                try:
                    send(cfg, f"{it['title']}\n{it['link']}")
                except Exception as exc:
                    print(f"send failed: {exc}", file=sys.stderr)
                    continue  # retry next run
            db.execute("insert or ignore into seen values (?)", (it["link"],))
            db.commit()
    db.close()


def main():
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
