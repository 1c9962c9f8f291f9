#!/usr/bin/env python3
"""Trivial alerter used only to check that the blind13 world loads.

NOT a monitor: it fetches every configured feed, fetches every new item's page, and sends
one Telegram message per new item (title + link). State (links already sent) is kept in
a JSON file next to the configured sqlite database path.

Usage: trivial_alerter.py --config CONFIG run --once
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ATOM = "{http://www.w3.org/2005/Atom}"


def state_path(cfg: dict) -> Path:
    db = cfg.get("database", "sqlite:///state.db")
    p = db.split("sqlite:///", 1)[1] if db.startswith("sqlite:///") else "state.db"
    return Path(p).with_name("trivial_alerter_state.json")


def get(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read()


def items(xml: bytes) -> list[tuple[str, str]]:
    root = ET.fromstring(xml)
    out = []
    if root.tag == ATOM + "feed":
        for en in root.findall(ATOM + "entry"):
            title = en.findtext(ATOM + "title") or ""
            link = en.find(ATOM + "link")
            if link is not None:
                out.append((title, link.get("href")))
    else:
        for it in root.iter("item"):
            out.append((it.findtext("title") or "", it.findtext("link") or ""))
    return out


def send(cfg: dict, text: str) -> None:
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"].rstrip("/")
    for chat in cfg["telegram"]["chat_ids"]:
        data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
        with urllib.request.urlopen(f"{base}{token}/sendMessage", data=data, timeout=10) as r:
            r.read()


def run_once(cfg: dict) -> int:
    sp = state_path(cfg)
    state = json.loads(sp.read_text()) if sp.exists() else {"sent": [], "fetched": []}
    sent, fetched = set(state["sent"]), set(state["fetched"])
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    for feed in cfg["feeds"]:
        try:
            xml = get(feed["url"], timeout)
            its = items(xml)
        except Exception as exc:  # noqa: BLE001
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for title, link in reversed(its):
            if link in sent:
                continue
            try:
                get(link, timeout)
                fetched.add(link)
            except Exception as exc:  # noqa: BLE001
                print(f"page {link}: {exc}", file=sys.stderr)
                continue
            send(cfg, f"{title}\n{link}")
            sent.add(link)
            sp.parent.mkdir(parents=True, exist_ok=True)
            sp.write_text(json.dumps({"sent": sorted(sent), "fetched": sorted(fetched)}))
    sp.parent.mkdir(parents=True, exist_ok=True)
    sp.write_text(json.dumps({"sent": sorted(sent), "fetched": sorted(fetched)}))
    print(f"sent so far: {len(sent)}; pages fetched: {len(fetched)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    return run_once(cfg)


if __name__ == "__main__":
    sys.exit(main())
