#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to prove the corpus world loads.

Usage: trivial_alerter.py --config CONFIG run --once
Reads every feed in the config, and for each item not seen before whose title or
summary contains a Kuril keyword, sends one Telegram message with the link.
"""
import argparse
import json
import os
import re
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

KEYWORDS = re.compile(r"kuril|iturup|kunashir|shikotan|habomai|курил|итуруп|кунашир|шикотан|"
                      r"北方|択捉|国後|色丹|歯舞|四島", re.I)


def items(xml_bytes):
    root = ET.fromstring(xml_bytes)
    ns = "{http://www.w3.org/2005/Atom}"
    for it in root.iter("item"):
        yield it.findtext("title", ""), it.findtext("description", ""), it.findtext("link", "")
    for e in root.iter(ns + "entry"):
        link = e.find(ns + "link")
        yield (e.findtext(ns + "title", ""), e.findtext(ns + "summary", ""),
               link.get("href") if link is not None else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("cmd")
    ap.add_argument("--once", action="store_true")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    db = cfg["database"].split("sqlite:///", 1)[-1]
    state = Path(db).with_suffix(".seen.json")
    state.parent.mkdir(parents=True, exist_ok=True)
    seen = set(json.loads(state.read_text())) if state.exists() else set()
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    api = cfg["telegram"]["api_base_url"] + token + "/sendMessage"
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    for feed in cfg["feeds"]:
        try:
            raw = urllib.request.urlopen(feed["url"], timeout=timeout).read()
            found = list(items(raw))
        except Exception:
            continue
        for title, summary, link in found:
            if link in seen:
                continue
            if KEYWORDS.search(title + " " + summary):
                for chat in cfg["telegram"]["chat_ids"]:
                    body = json.dumps({"chat_id": chat, "text": f"{title}\n{link}"}).encode()
                    req = urllib.request.Request(api, data=body,
                                                 headers={"Content-Type": "application/json"})
                    try:
                        urllib.request.urlopen(req, timeout=timeout).read()
                    except Exception:
                        pass
            seen.add(link)
    state.write_text(json.dumps(sorted(seen)))


if __name__ == "__main__":
    main()
