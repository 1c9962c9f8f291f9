#!/usr/bin/env python3
"""Trivial alerter for checking that the blind12 world loads and serves.

NOT a monitor: it reads the harness config, fetches every feed, fetches every new
article page, and sends one Telegram message per new item (title + link). State is a
JSON file next to the configured SQLite path. Usage (via the harness):
    trivial_alerter.py --config CONFIG run --once
"""
import json
import os
import re
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml


def main() -> int:
    cfg = yaml.safe_load(Path(sys.argv[sys.argv.index("--config") + 1]).read_text())
    db = cfg["database"].split("sqlite:///", 1)[1]
    state_path = Path(db).with_suffix(".seen.json")
    seen = set(json.loads(state_path.read_text())) if state_path.exists() else set()
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    api = cfg["telegram"]["api_base_url"].rstrip("/") + token
    pages = 0
    for feed in cfg["feeds"]:
        xml = urllib.request.urlopen(feed["url"], timeout=5).read()
        root = ET.fromstring(xml)
        items = []
        for it in root.iter("item"):
            items.append((it.findtext("title"), it.findtext("link")))
        ns = "{http://www.w3.org/2005/Atom}"
        for e in root.iter(ns + "entry"):
            items.append((e.findtext(ns + "title"), e.find(ns + "link").get("href")))
        for title, link in reversed(items):
            if link in seen:
                continue
            html = urllib.request.urlopen(link, timeout=5).read().decode("utf-8")
            assert "<title>" in html
            pages += 1
            for chat in cfg["telegram"]["chat_ids"]:
                data = urllib.parse.urlencode({"chat_id": chat, "text": f"{title}\n{link}"}).encode()
                urllib.request.urlopen(api + "/sendMessage", data=data, timeout=5).read()
            seen.add(link)
    state_path.write_text(json.dumps(sorted(seen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
