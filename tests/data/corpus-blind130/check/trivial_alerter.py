#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that the corpus loads and
scores through the evaluation harness. It is NOT a monitor and knows nothing about
developments: it alerts on every new feed item whose title or summary contains a
Kuril / peace-treaty keyword.

Usage (the harness calls it):  python3 check/trivial_alerter.py --config CONFIG
Keeps the links it has seen in a JSON file next to the database named in the config.
Needs Python 3 and PyYAML.
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

KEYWORDS = [
    "kuril", "kurile", "kunashir", "iturup", "shikotan", "habomai", "northern territories",
    "peace treaty",
    "курил", "кунашир", "итуруп", "шикотан", "хабомаи", "мирн",
    "北方領土", "北方四島", "国後", "択捉", "色丹", "歯舞", "平和条約",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def items(xml_bytes: bytes):
    root = ET.fromstring(xml_bytes)
    if root.tag == f"{ATOM}feed":
        for e in root.findall(f"{ATOM}entry"):
            link = e.find(f"{ATOM}link")
            yield ((e.findtext(f"{ATOM}title") or ""), (e.findtext(f"{ATOM}summary") or ""),
                   link.get("href") if link is not None else "")
    else:
        for it in root.iter("item"):
            yield (it.findtext("title") or "", it.findtext("description") or "",
                   it.findtext("link") or "")


def send(api_base: str, token: str, chat_id: str, text: str, timeout: float) -> None:
    url = f"{api_base}{token}/sendMessage"
    data = urllib.parse.urlencode({"chat_id": chat_id, "text": text}).encode()
    for _ in range(5):
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=timeout):
                return
        except Exception:  # flood control / server error: try again
            continue


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("rest", nargs="*")          # tolerates "run --once"
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    db = cfg.get("database", "sqlite:///state.db").split("sqlite:///")[-1]
    state_file = Path(db).with_suffix(".seen.json")
    seen = set(json.loads(state_file.read_text())) if state_file.exists() else set()
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    tg = cfg["telegram"]
    for feed in cfg["feeds"]:
        try:
            with urllib.request.urlopen(feed["url"], timeout=timeout) as r:
                body = r.read()
            entries = list(items(body))
        except Exception:
            continue
        for title, summary, link in reversed(entries):
            if not link or link in seen:
                continue
            seen.add(link)
            text = f"{title} {summary}".lower()
            if any(k in text for k in KEYWORDS):
                for chat in tg["chat_ids"]:
                    send(tg["api_base_url"], token, chat, f"{title}\n{link}", timeout)
    state_file.parent.mkdir(parents=True, exist_ok=True)
    state_file.write_text(json.dumps(sorted(seen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
