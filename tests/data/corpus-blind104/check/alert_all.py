#!/usr/bin/env python3
"""A trivial alerter used only to show that the blind104 world loads and is scored.

It is NOT a monitor: it reads the config file the harness writes, polls every feed
once, and sends one Telegram message for every feed item it has not sent before
(optionally only for items whose title or summary contains one of --keywords).
State (the links already sent) is kept in a JSON file next to the configured database.

    python3 check/alert_all.py --config CONFIG            # alert on everything
    python3 check/alert_all.py --config CONFIG --keywords kuril,курил,北方

Standard library plus PyYAML only.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:
        return None


def items_of(xml: bytes) -> list[dict]:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    if root.tag == f"{ATOM}feed":
        for e in root.findall(f"{ATOM}entry"):
            link = e.find(f"{ATOM}link")
            out.append({"title": e.findtext(f"{ATOM}title", ""),
                        "summary": e.findtext(f"{ATOM}summary", ""),
                        "link": link.get("href") if link is not None else "",
                        "published": e.findtext(f"{ATOM}published", "")})
    else:
        for e in root.iter("item"):
            out.append({"title": e.findtext("title", ""), "summary": e.findtext("description", ""),
                        "link": e.findtext("link", ""), "published": e.findtext("pubDate", "")})
    return [i for i in out if i["link"]]


def send(base: str, token: str, chat: str, text: str, timeout: float) -> bool:
    url = f"{base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat, "text": text}).encode()
    for _ in range(5):
        req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.loads(r.read()).get("ok", False)
        except urllib.error.HTTPError as e:
            try:
                wait = json.loads(e.read()).get("parameters", {}).get("retry_after", 1)
            except Exception:
                wait = 1
            time.sleep(min(float(wait), 3))
        except Exception:
            time.sleep(1)
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("--keywords", default="", help="comma-separated; empty: alert on every item")
    ap.add_argument("rest", nargs="*", help="ignored (e.g. 'run --once')")
    args = ap.parse_args()

    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    db = str(cfg.get("database", "sqlite:///state.db"))
    state_dir = Path(db.split("sqlite:///", 1)[-1]).parent if db.startswith("sqlite:///") else Path(".")
    state_dir.mkdir(parents=True, exist_ok=True)
    state_file = state_dir / "alert_all_state.json"
    sent = set(json.loads(state_file.read_text())) if state_file.exists() else set()

    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"]
    chats = cfg["telegram"]["chat_ids"]
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    keys = [k.strip().lower() for k in args.keywords.split(",") if k.strip()]

    new = []
    for feed in cfg["feeds"]:
        xml = fetch(feed["url"], timeout)
        if xml is None:
            continue
        for it in items_of(xml):
            if it["link"] in sent:
                continue
            hay = (it["title"] + " " + it["summary"]).lower()
            if keys and not any(k in hay for k in keys):
                sent.add(it["link"])        # looked at, not alert-worthy
                continue
            new.append(it)
    new.sort(key=lambda i: i["published"])
    for it in new:
        text = f"{it['title']}\n\n{it['summary']}\n{it['link']}"
        if all(send(base, token, chat, text, timeout) for chat in chats):
            sent.add(it["link"])
            state_file.write_text(json.dumps(sorted(sent)))
    state_file.write_text(json.dumps(sorted(sent)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
