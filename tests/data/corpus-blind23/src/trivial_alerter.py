#!/usr/bin/env python3
"""A trivial alerter used only to check that the blind23 world loads in the harness.

It is NOT a monitor: it sends one Telegram message for every feed item it has not seen
before (title + link), after fetching the article page to check that it is served.
State (seen links) is a JSON file next to the database path from the harness config.

    python3 ../path/to/harness.py <corpus> --project <corpus> \
        --cmd "python3 src/trivial_alerter.py --config {config}"
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


def items(xml: bytes):
    root = ET.fromstring(xml)
    if root.tag == ATOM + "feed":
        for en in root.findall(ATOM + "entry"):
            link = en.find(ATOM + "link").get("href")
            yield en.findtext(ATOM + "title"), link
    else:
        for it in root.iter("item"):
            yield it.findtext("title"), it.findtext("link")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    args, _ = ap.parse_known_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    db = cfg["database"].split("sqlite:///", 1)[-1]
    state_path = Path(db).parent / "trivial_seen.json"
    seen = set(json.loads(state_path.read_text())) if state_path.exists() else set()
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    api = cfg["telegram"]["api_base_url"].rstrip("/") + token
    timeout = float(cfg["polling"]["timeout"])
    for feed in cfg["feeds"]:
        with urllib.request.urlopen(feed["url"], timeout=timeout) as r:
            xml = r.read()
        for title, link in items(xml):
            if link in seen:
                continue
            with urllib.request.urlopen(link, timeout=timeout) as r:
                page = r.read().decode("utf-8")
            if "<title>" not in page:
                print(f"page without <title>: {link}", file=sys.stderr)
            for chat in cfg["telegram"]["chat_ids"]:
                data = urllib.parse.urlencode({"chat_id": chat, "text": f"{title}\n{link}"}).encode()
                with urllib.request.urlopen(api + "/sendMessage", data=data, timeout=timeout) as r:
                    r.read()
            seen.add(link)
            state_path.write_text(json.dumps(sorted(seen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
