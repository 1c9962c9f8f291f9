#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used ONLY to show that the corpus world loads.

It is not the monitor and makes no attempt to be good. It accepts the harness' config
contract (`--config CONFIG run [--once]`), polls every feed, and for each new feed item
whose title or summary contains a trigger word sends one Telegram message with the
article link. State (links already seen) is kept in a JSON file next to the database
path given in the config.

Standard library + PyYAML only.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

TRIGGERS = [
    # en
    "first", "resum", "withdr", "named", "unesco", "revok", "reinstat", "allow",
    # ru
    "впервые", "возобнов", "отозвал", "присвоен", "пустят", "суд ",
    # ja
    "初", "再開", "撤回", "命名", "容認", "禁止",
]
ATOM = "{http://www.w3.org/2005/Atom}"
STOP = False


def state_path(cfg: dict) -> Path:
    db = str(cfg.get("database") or "")
    if db.startswith("sqlite:///"):
        return Path(db[len("sqlite:///"):]).with_suffix(".trivial.json")
    return Path("trivial_state.json")


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:
        return None


def entries(xml: bytes) -> list[tuple[str, str, str]]:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    for item in root.iter("item"):
        out.append(((item.findtext("title") or ""), (item.findtext("link") or ""),
                    (item.findtext("description") or "")))
    for e in root.iter(f"{ATOM}entry"):
        link = e.find(f"{ATOM}link")
        out.append(((e.findtext(f"{ATOM}title") or ""),
                    (link.get("href") if link is not None else ""),
                    (e.findtext(f"{ATOM}summary") or "")))
    return out


def send(api_base: str, token: str, chat_id: str, text: str) -> bool:
    url = f"{api_base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat_id, "text": text}).encode()
    for _ in range(8):
        req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return json.loads(r.read()).get("ok", False)
        except urllib.error.HTTPError as e:
            wait = 1.0
            try:
                wait = float(json.loads(e.read()).get("parameters", {}).get("retry_after", 1))
            except Exception:
                pass
            time.sleep(wait)
        except Exception:
            time.sleep(1)
    return False


def poll(cfg: dict) -> None:
    sp = state_path(cfg)
    seen = set(json.loads(sp.read_text())) if sp.exists() else set()
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    api = cfg["telegram"]["api_base_url"]
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    for feed in cfg.get("feeds", []):
        xml = fetch(feed["url"], timeout)
        if not xml:
            continue
        for title, link, summary in reversed(entries(xml)):
            if not link or link in seen:
                continue
            text = f"{title} {summary}".lower()
            if any(t in text for t in TRIGGERS):
                ok = all(send(api, token, str(c), f"{title}\n{link}")
                         for c in cfg["telegram"]["chat_ids"])
                if not ok:
                    continue
            seen.add(link)
            sp.write_text(json.dumps(sorted(seen)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("command", choices=["run"])
    ap.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    if args.once:
        poll(cfg)
        return 0

    def stop(*_):
        global STOP
        STOP = True
    signal.signal(signal.SIGTERM, stop)
    interval = float(cfg.get("polling", {}).get("interval", 60))
    while not STOP:
        poll(cfg)
        t = time.time()
        while not STOP and time.time() - t < interval:
            time.sleep(min(0.2, interval))
    return 0


if __name__ == "__main__":
    sys.exit(main())
