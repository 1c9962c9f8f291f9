#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that the blind126 world loads
and that the harness scores it. It is NOT a monitor and makes no attempt to be good.

Usage (as the harness calls it):  trivial_alerter.py --config CONFIG [run --once]

Reads the feeds listed in the harness config, and for every feed item not seen before
whose title or summary contains one of a few island/treaty keywords, sends one Telegram
message with the item's title and link. State (seen links) is kept in a JSON file next to
the database file the config names. Stdlib + PyYAML only.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

KEYWORDS = [
    "kuril", "shikotan", "iturup", "kunashir", "habomai", "northern territories", "peace treaty",
    "курил", "шикотан", "итуруп", "кунашир", "хабомаи", "мирн",
    "北方領土", "北方四島", "千島", "色丹", "択捉", "国後", "歯舞", "平和条約",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def state_path(cfg: dict) -> Path:
    db = str(cfg.get("database", ""))
    if db.startswith("sqlite:///"):
        return Path(db[len("sqlite:///"):]).with_name("trivial_state.json")
    return Path("trivial_state.json")


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:  # any network or HTTP problem: skip this feed this time
        return None


def items(xml: bytes) -> list[tuple[str, str, str]]:
    """(title, link, summary) for RSS 2.0 or Atom; [] if the document does not parse."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    if root.tag == ATOM + "feed":
        for e in root.findall(ATOM + "entry"):
            link = e.find(ATOM + "link")
            out.append(((e.findtext(ATOM + "title") or "").strip(),
                        link.get("href", "") if link is not None else "",
                        (e.findtext(ATOM + "summary") or "").strip()))
    else:
        for it in root.iter("item"):
            out.append(((it.findtext("title") or "").strip(), (it.findtext("link") or "").strip(),
                        (it.findtext("description") or "").strip()))
    return out


def send(cfg: dict, token: str, text: str) -> bool:
    base = cfg["telegram"]["api_base_url"].rstrip("/")
    for chat in cfg["telegram"]["chat_ids"]:
        data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
        for _ in range(6):
            try:
                with urllib.request.urlopen(f"{base}{token}/sendMessage", data=data, timeout=10) as r:
                    r.read()
                break
            except urllib.error.HTTPError as e:
                wait = 1.0
                try:
                    wait = float(json.loads(e.read()).get("parameters", {}).get("retry_after", 1))
                except Exception:
                    pass
                time.sleep(wait)
            except Exception:
                time.sleep(1.0)
        else:
            return False
    return True


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("rest", nargs="*")  # "run", "--once" are accepted and ignored
    args, _ = ap.parse_known_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    sp = state_path(cfg)
    seen = set(json.loads(sp.read_text())) if sp.exists() else set()
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    for feed in cfg.get("feeds", []):
        xml = fetch(feed["url"], timeout)
        if not xml:
            continue
        for title, link, summary in reversed(items(xml)):
            if not link or link in seen:
                continue
            text = f"{title} {summary}".lower()
            if any(k in text for k in KEYWORDS):
                if not send(cfg, token, f"{title}\n{link}"):
                    continue  # try again next run
            seen.add(link)
            sp.write_text(json.dumps(sorted(seen)))
    sp.write_text(json.dumps(sorted(seen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
