#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove that the corpus world loads
through the evaluation harness (feeds are served, pages fetched, alerts recorded).

It is NOT a monitor: it alerts on every unseen feed item whose title or summary contains
an island/dispute keyword.  Standard library + PyYAML only.

Usage (as the harness calls it):
    python3 check/trivial_alerter.py --config CONFIG run --once
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
    "kuril", "kunashir", "iturup", "etorofu", "shikotan", "habomai", "northern territories",
    "курил", "кунашир", "итуруп", "шикотан", "хабомаи", "сигнальн",
    "北方領土", "北方四島", "国後", "択捉", "色丹", "歯舞", "貝殻島",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception as exc:  # noqa: BLE001 - a trivial tool: skip what fails
        print(f"fetch failed {url}: {exc}", file=sys.stderr)
        return None


def items(xml: bytes) -> list[dict]:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    for it in root.iter("item"):
        out.append({"link": (it.findtext("link") or "").strip(),
                    "title": it.findtext("title") or "",
                    "summary": it.findtext("description") or ""})
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        out.append({"link": link.get("href", "") if link is not None else "",
                    "title": e.findtext(ATOM + "title") or "",
                    "summary": e.findtext(ATOM + "summary") or ""})
    return out


def send(api_base: str, token: str, chat_id: str, text: str, timeout: float) -> bool:
    url = f"{api_base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat_id, "text": text}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read() or b"{}").get("ok", False)
    except Exception as exc:  # noqa: BLE001
        print(f"send failed: {exc}", file=sys.stderr)
        return False


def run_once(cfg: dict) -> None:
    db_url = cfg["database"]
    path = db_url.split("sqlite:///", 1)[1] if db_url.startswith("sqlite:///") else "trivial.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    poll = cfg.get("polling") or {}
    timeout = float(poll.get("timeout", 5.0))
    tg = cfg["telegram"]
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    for feed in cfg.get("feeds", []):
        xml = fetch(feed["url"], timeout)
        if not xml:
            continue
        for it in reversed(items(xml)):
            link = it["link"]
            if not link or db.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            text = (it["title"] + " " + it["summary"]).lower()
            ok = True
            if any(k in text for k in KEYWORDS):
                for chat in tg.get("chat_ids", []):
                    ok = send(tg["api_base_url"], token, chat, f"{it['title']}\n{link}", timeout) and ok
            if ok:
                db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (link,))
                db.commit()
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
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
    sys.exit(main())
