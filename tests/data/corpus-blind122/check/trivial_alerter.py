#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove that corpus blind122 loads.

It is NOT the monitor and is not meant to score well: it polls every feed in the config,
and for each item it has not seen before whose title or summary contains one of a few
keywords, it sends "title + link" to the alert chats. No grouping, no dedup by meaning.

Usage (as the harness calls it):
    python3 check/trivial_alerter.py --config CONFIG run --once
Needs Python 3 stdlib + PyYAML.
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
    "kuril", "northern territor", "peace treaty", "iturup", "kunashir", "shikotan", "habomai",
    "курил", "мирн", "итуруп", "кунашир", "шикотан",
    "北方領土", "北方四島", "平和条約", "国後", "択捉", "色丹", "歯舞",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.read()


def items(xml: bytes) -> list[tuple[str, str, str]]:
    root = ET.fromstring(xml)
    out = []
    if root.tag == ATOM + "feed":
        for e in root.findall(ATOM + "entry"):
            link = e.find(ATOM + "link")
            out.append(((e.findtext(ATOM + "title") or "").strip(),
                        link.get("href", "") if link is not None else "",
                        (e.findtext(ATOM + "summary") or "").strip()))
    else:
        for e in root.iter("item"):
            out.append(((e.findtext("title") or "").strip(), (e.findtext("link") or "").strip(),
                        (e.findtext("description") or "").strip()))
    return list(reversed(out))  # oldest first


def send(base: str, token: str, chat: str, text: str, timeout: float) -> bool:
    url = f"{base}{token}/sendMessage"
    data = json.dumps({"chat_id": chat, "text": text}).encode()
    for _ in range(4):
        req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return json.loads(resp.read() or b"{}").get("ok", False)
        except urllib.error.HTTPError as err:
            try:
                retry = json.loads(err.read() or b"{}").get("parameters", {}).get("retry_after", 1)
            except ValueError:
                retry = 1
            time.sleep(min(float(retry), 3.0))
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    return False


def run_once(cfg: dict) -> None:
    db_url = cfg.get("database", "sqlite:///trivial-alerter.db")
    path = db_url.split("sqlite:///", 1)[-1]
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    tg = cfg.get("telegram", {})
    base, chats = tg.get("api_base_url", ""), tg.get("chat_ids", [])
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    for feed in cfg.get("feeds", []):
        try:
            entries = items(fetch(feed["url"], timeout))
        except Exception as exc:  # a bad feed must not stop the run
            print(f"feed {feed.get('id')}: {exc}", file=sys.stderr)
            continue
        for title, link, summary in entries:
            if not link or db.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            text = f"{title} {summary}".lower()
            if any(k in text for k in KEYWORDS):
                if not all(send(base, token, c, f"{title}\n{link}", timeout) for c in chats):
                    continue  # retry next run
            db.execute("INSERT OR IGNORE INTO seen (link) VALUES (?)", (link,))
            db.commit()
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
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
    raise SystemExit(main())
