#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove that the corpus loads.

It reads the harness' config, polls every feed once, and sends one Telegram message
per new feed item whose title or summary contains a Kuril-related keyword. It knows
nothing about developments, restatements or groups; its score is a floor, not a target.

    python3 check/trivial_alerter.py --config CONFIG run --once

Python 3 standard library + PyYAML only.
"""

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
    "kuril", "kunashir", "iturup", "etorofu", "shikotan", "habomai", "northern territories",
    "курил", "кунашир", "итуруп", "шикотан", "хабомаи", "малой курильской",
    "北方領土", "北方四島", "国後", "択捉", "色丹", "歯舞", "千島",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def db_path(url: str) -> str:
    return url[len("sqlite:///"):] if url.startswith("sqlite:///") else url


def fetch(url: str, timeout: float) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": "trivial-alerter/1.0"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.read()


def items(xml_bytes: bytes):
    root = ET.fromstring(xml_bytes)
    for it in root.iter("item"):
        yield (it.findtext("title") or "", it.findtext("link") or "", it.findtext("description") or "")
    for en in root.iter(ATOM + "entry"):
        link = en.find(ATOM + "link")
        yield (en.findtext(ATOM + "title") or "", link.get("href") if link is not None else "",
               en.findtext(ATOM + "summary") or "")


def send(api_base: str, token: str, chat_id: str, text: str, timeout: float) -> bool:
    url = f"{api_base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat_id, "text": text}).encode()
    for _ in range(5):
        req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return json.loads(resp.read() or b"{}").get("ok", False)
        except urllib.error.HTTPError as err:
            try:
                wait = json.loads(err.read() or b"{}").get("parameters", {}).get("retry_after", 1)
            except ValueError:
                wait = 1
            time.sleep(min(float(wait), 5.0))
        except (urllib.error.URLError, OSError):
            time.sleep(1)
    return False


def run_once(cfg: dict) -> None:
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    tg = cfg.get("telegram", {})
    db = sqlite3.connect(db_path(cfg["database"]))
    db.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    for feed in cfg.get("feeds", []):
        try:
            entries = list(items(fetch(feed["url"], timeout)))
        except Exception as exc:  # a broken feed must not stop the run
            print(f"feed {feed.get('id')}: {exc}", file=sys.stderr)
            continue
        for title, link, summary in reversed(entries):
            if not link or db.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            text = f"{title} {summary}".lower()
            if any(k in text for k in KEYWORDS):
                ok = all(send(tg["api_base_url"], token, str(c), f"{title}\n{link}", timeout)
                         for c in tg.get("chat_ids", []))
                if not ok:
                    continue
            db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (link,))
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
    if not args.once:
        interval = float(cfg.get("polling", {}).get("interval", 60))
        while True:
            time.sleep(interval)
            run_once(cfg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
