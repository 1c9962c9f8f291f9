#!/usr/bin/env python3
"""A trivial alerter for loading this corpus through the evaluation harness.

It is NOT a monitor. It polls every feed in the harness config and sends one Telegram
message per feed item it has not seen before (title + link). With --keywords it only
alerts on items whose title or summary contains one of a few naive keywords.

Two ways to call it:
  python3 check/alert_all.py [--keywords]     run the harness (check/harness.py, a copy of
                                               the evaluation harness) on this corpus with
                                               this script as the monitor command
  python3 check/alert_all.py --config CONFIG run --once
                                               one poll, as the harness calls it
Standard library plus PyYAML.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
KEYWORDS = ["kuril", "northern territories", "peace treaty", "курил", "мирн", "北方", "平和条約"]
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:
        return None


def items(xml: bytes):
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    for it in root.iter("item"):
        out.append((it.findtext("link") or "", it.findtext("title") or "", it.findtext("description") or ""))
    for en in root.iter(ATOM + "entry"):
        link = en.find(ATOM + "link")
        out.append((link.get("href") if link is not None else "", en.findtext(ATOM + "title") or "",
                    en.findtext(ATOM + "summary") or ""))
    return [x for x in out if x[0]]


def send(api_base: str, token: str, chat: str, text: str) -> bool:
    data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
    try:
        with urllib.request.urlopen(f"{api_base}{token}/sendMessage", data=data, timeout=10) as r:
            return json.loads(r.read()).get("ok", False)
    except Exception:
        return False


def poll(config_path: str, keywords_only: bool) -> int:
    cfg = yaml.safe_load(Path(config_path).read_text(encoding="utf-8"))
    db = cfg["database"]
    state_dir = Path(db.split("sqlite:///", 1)[1]).parent if db.startswith("sqlite:///") else Path(".")
    state_file = state_dir / "alert_all_seen.json"
    seen = set(json.loads(state_file.read_text())) if state_file.exists() else set()
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    for feed in cfg["feeds"]:
        xml = fetch(feed["url"], timeout)
        if not xml:
            continue
        for link, title, summary in reversed(items(xml)):
            if link in seen:
                continue
            if keywords_only and not any(k in (title + " " + summary).lower() for k in KEYWORDS):
                seen.add(link)
                continue
            ok = all(send(cfg["telegram"]["api_base_url"], token, chat, f"{title}\n{link}")
                     for chat in cfg["telegram"]["chat_ids"])
            if ok:
                seen.add(link)
    state_file.write_text(json.dumps(sorted(seen)))
    return 0


def main() -> int:
    args = sys.argv[1:]
    keywords_only = "--keywords" in args
    if "--config" in args:
        return poll(args[args.index("--config") + 1], keywords_only)
    me = Path(__file__).resolve()
    cmd = f"{sys.executable} {me} --config {{config}} run --once" + (" --keywords" if keywords_only else "")
    harness = HERE / "harness.py"
    return subprocess.call([sys.executable, str(harness), str(CORPUS), "--project", str(CORPUS),
                            "--cmd", cmd, "-v"])


if __name__ == "__main__":
    sys.exit(main())
