#!/usr/bin/env python3
"""Trivial alerter used only to check that the blind14 world loads.

NOT a monitor: it fetches every feed, fetches every new item's page, and sends one
Telegram message per new item (title + link). State: a JSON file next to the sqlite
path in the config.  Usage: trivial_alerter.py --config CONFIG run --once
"""
import argparse
import json
import os
import sys
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ATOM = "{http://www.w3.org/2005/Atom}"


def get(url, timeout):
    for attempt in range(3):
        try:
            with urllib.request.urlopen(url, timeout=timeout) as r:
                return r.read()
        except Exception as exc:  # noqa: BLE001
            err = exc
            time.sleep(0.5)
    raise err


def items(xml_bytes):
    root = ET.fromstring(xml_bytes)
    out = []
    for it in root.iter("item"):
        out.append((it.findtext("title") or "", it.findtext("link") or ""))
    for en in root.iter(ATOM + "entry"):
        link = en.find(ATOM + "link")
        out.append((en.findtext(ATOM + "title") or "", link.get("href") if link is not None else ""))
    return out


def send(api_base, token, chat_id, text, timeout):
    url = f"{api_base}{token}/sendMessage"
    data = urllib.parse.urlencode({"chat_id": chat_id, "text": text}).encode()
    for attempt in range(5):
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=timeout) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as exc:
            if exc.code in (429, 502, 503):
                time.sleep(1.0)
                continue
            raise
    raise RuntimeError("send failed")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("cmd", choices=["run"])
    ap.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    db = cfg["database"]
    db_path = Path(db.split("sqlite:///", 1)[1]) if db.startswith("sqlite:///") else Path("state.db")
    state_path = db_path.with_name("trivial_alerter_state.json")
    seen = set(json.loads(state_path.read_text())) if state_path.exists() else set()
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    tg = cfg["telegram"]
    while True:
        for feed in cfg["feeds"]:
            try:
                its = items(get(feed["url"], timeout))
            except Exception as exc:  # noqa: BLE001
                print(f"feed {feed['id']}: {exc}", file=sys.stderr)
                continue
            for title, link in reversed(its):
                if not link or link in seen:
                    continue
                try:
                    get(link, timeout)  # fetch the page
                except Exception as exc:  # noqa: BLE001
                    print(f"page {link}: {exc}", file=sys.stderr)
                    continue
                for chat in tg["chat_ids"]:
                    send(tg["api_base_url"], token, chat, f"{title}\n{link}", timeout)
                seen.add(link)
                state_path.write_text(json.dumps(sorted(seen)))
                print(f"fetched and sent: {link}")
        if args.once:
            return 0
        time.sleep(float(cfg.get("polling", {}).get("interval", 60)))


if __name__ == "__main__":
    sys.exit(main())
