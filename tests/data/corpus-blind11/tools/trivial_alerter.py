#!/usr/bin/env python3
"""Trivial alerter for checking that the blind11 world loads: it alerts on EVERY new feed
item (fetching its page first), remembering what it sent in a JSON file beside the
configured database. Not a monitor; used only with harness.py --cmd."""
import json, os, re, sys, urllib.parse, urllib.request
from pathlib import Path
import yaml

cfg = yaml.safe_load(open(sys.argv[sys.argv.index("--config") + 1]))
db = cfg["database"].split("sqlite:///", 1)[-1]
state_file = Path(db).with_suffix(".seen.json")
seen = set(json.loads(state_file.read_text())) if state_file.exists() else set()
token = os.environ["TELEGRAM_BOT_TOKEN"]
api = cfg["telegram"]["api_base_url"].rstrip("/")
chat = cfg["telegram"]["chat_ids"][0]
for feed in cfg["feeds"]:
    xml = urllib.request.urlopen(feed["url"], timeout=10).read().decode("utf-8")
    items = re.findall(r"<(?:item|entry)>(.*?)</(?:item|entry)>", xml, re.S)
    for it in items:
        link = re.search(r'(https?://[^"<]+/articles/[A-Za-z0-9_-]+\.html)', it).group(1)
        if link in seen:
            continue
        page = urllib.request.urlopen(link, timeout=10).read().decode("utf-8")
        title = re.search(r"<title>(.*?)</title>", it, re.S).group(1)
        text = f"[trivial] {title}\n{link}\n({len(page)} bytes)"
        data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
        urllib.request.urlopen(f"{api}{token}/sendMessage", data=data, timeout=10).read()
        seen.add(link)
state_file.write_text(json.dumps(sorted(seen)))
