#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that the blind114 world loads.

It is NOT the monitor. It speaks the harness' config contract:
    trivial_alerter.py --config CONFIG run [--once]
polls every feed, and for each item not seen before whose title or summary contains one of a
few keywords it sends "title + link" to every chat in the config via the Bot API. No grouping,
no reading of the page, no notion of what is new: it will alert on restatements and look-alikes.
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

KEYWORDS = [
    "kuril", "northern territor", "peace treaty", "kunashir", "iturup", "etorofu", "shikotan", "habomai",
    "курил", "мирн", "кунашир", "итуруп", "шикотан", "хабомаи",
    "北方領土", "北方四島", "平和条約", "国後", "択捉", "色丹", "歯舞",
]
ATOM = "{http://www.w3.org/2005/Atom}"
STOP = False


def items(xml_bytes: bytes) -> list[tuple[str, str, str]]:
    root = ET.fromstring(xml_bytes)
    out = []
    for it in root.iter("item"):
        out.append(((it.findtext("title") or ""), (it.findtext("link") or "").strip(),
                    (it.findtext("description") or "")))
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        out.append(((e.findtext(ATOM + "title") or ""), link.get("href", "") if link is not None else "",
                    (e.findtext(ATOM + "summary") or "")))
    return out


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:
        return None


def send(api: str, token: str, chat: str, text: str) -> bool:
    data = json.dumps({"chat_id": chat, "text": text}).encode()
    for _ in range(5):
        req = urllib.request.Request(f"{api}{token}/sendMessage", data=data,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return json.loads(r.read()).get("ok", False)
        except urllib.error.HTTPError as e:
            wait = 1.0
            try:
                wait = float(json.loads(e.read()).get("parameters", {}).get("retry_after", 1))
            except Exception:
                pass
            time.sleep(min(wait, 5))
        except Exception:
            time.sleep(1)
    return False


def poll(cfg: dict, state_file: Path, token: str) -> None:
    seen = set(json.loads(state_file.read_text())) if state_file.exists() else set()
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    api = cfg["telegram"]["api_base_url"]
    for feed in cfg["feeds"]:
        body = fetch(feed["url"], timeout)
        if not body:
            continue
        try:
            entries = items(body)
        except ET.ParseError:
            continue
        for title, link, summary in reversed(entries):
            if not link or link in seen:
                continue
            hay = (title + " " + summary).lower()
            if any(k in hay for k in KEYWORDS):
                ok = all(send(api, token, chat, f"{title}\n{link}") for chat in cfg["telegram"]["chat_ids"])
                if not ok:
                    continue
            seen.add(link)
            state_file.write_text(json.dumps(sorted(seen)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run")
    run.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    db = str(cfg.get("database", ""))
    state_dir = Path(db.split("sqlite:///", 1)[1]).parent if db.startswith("sqlite:///") \
        else Path(args.config).parent
    state_dir.mkdir(parents=True, exist_ok=True)
    state_file = state_dir / "trivial-alerter-seen.json"
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")

    def stop(*_):
        global STOP
        STOP = True
    signal.signal(signal.SIGTERM, stop)
    if args.once:
        poll(cfg, state_file, token)
        return 0
    interval = float(cfg.get("polling", {}).get("interval", 60))
    while not STOP:
        poll(cfg, state_file, token)
        end = time.time() + interval
        while not STOP and time.time() < end:
            time.sleep(min(0.1, interval))
    return 0


if __name__ == "__main__":
    sys.exit(main())
