#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that the corpus world loads.

It reads the harness' config, polls every feed once, and sends one Telegram message
(title + link) for each unseen feed item whose title or summary contains a place-name
keyword. It knows nothing about developments; expect a poor score.
Usage: trivial_alerter.py --config CONFIG [run --once]
"""
import json
import os
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import yaml

KEYWORDS = ["kuril", "kunashir", "iturup", "shikotan", "habomai", "northern territories",
            "курил", "кунашир", "итуруп", "шикотан", "北方領土", "北方四島", "国後", "択捉", "色丹", "歯舞"]
ATOM = "{http://www.w3.org/2005/Atom}"


def items(xml_bytes):
    root = ET.fromstring(xml_bytes)
    for it in root.iter("item"):
        yield (it.findtext("link") or "", it.findtext("title") or "", it.findtext("description") or "")
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        yield (link.get("href") if link is not None else "", e.findtext(ATOM + "title") or "",
               e.findtext(ATOM + "summary") or "")


def main():
    args = sys.argv[1:]
    config = yaml.safe_load(open(args[args.index("--config") + 1], encoding="utf-8"))
    db = config["database"].split("sqlite:///", 1)[-1]
    state_path = db + ".trivial.json"
    seen = set(json.load(open(state_path))) if os.path.exists(state_path) else set()
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    api = config["telegram"]["api_base_url"] + token
    timeout = float(config["polling"].get("timeout", 5))
    for feed in config["feeds"]:
        try:
            with urllib.request.urlopen(feed["url"], timeout=timeout) as r:
                entries = list(items(r.read()))
        except Exception as exc:  # a fault: try again next run
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for link, title, summary in reversed(entries):
            if not link or link in seen:
                continue
            text = (title + " " + summary).lower()
            if any(k in text for k in KEYWORDS):
                for chat in config["telegram"]["chat_ids"]:
                    data = urllib.parse.urlencode({"chat_id": chat, "text": f"{title}\n{link}"}).encode()
                    try:
                        urllib.request.urlopen(api + "/sendMessage", data=data, timeout=timeout).read()
                    except Exception as exc:
                        print(f"send failed: {exc}", file=sys.stderr)
                        break
                else:
                    seen.add(link)
                continue
            seen.add(link)
    with open(state_path, "w") as f:
        json.dump(sorted(seen), f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
