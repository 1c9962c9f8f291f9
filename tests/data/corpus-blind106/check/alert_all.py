#!/usr/bin/env python3
"""A trivial alerter for checking that the blind106 world loads and is scored.

It is NOT a monitor: it sends one Telegram message for every feed item it has not
seen before (optionally only for items whose title/summary contains a keyword).

Two ways to run it, from the corpus folder:

    python3 check/alert_all.py                 # runs the evaluation harness with itself
    python3 check/alert_all.py --keyword kuril # same, alerting only on a keyword

The first form looks for the harness at $HARNESS, then at a few relative places
(../harness.py, ../eval/harness.py, ../../eval/harness.py, ../shared/eval/harness.py,
../../shared/eval/harness.py) and calls it with `--cmd` pointing back at this script.

When the harness calls it (`--config CONFIG`), it behaves like one `run --once` of a
monitor: reads the config the harness wrote, polls every feed, remembers what it has
sent in a small SQLite file next to the configured database, and posts to the Bot API.
Standard library plus PyYAML only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sqlite3
import subprocess
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
ATOM = "{http://www.w3.org/2005/Atom}"


def find_harness() -> Path | None:
    env = os.environ.get("HARNESS")
    if env and Path(env).is_file():
        return Path(env)
    for rel in ("../harness.py", "../eval/harness.py", "../../eval/harness.py",
                "../shared/eval/harness.py", "../../shared/eval/harness.py"):
        p = (CORPUS / rel).resolve()
        if p.is_file():
            return p
    return None


def run_harness(keyword: str | None, extra: list[str]) -> int:
    harness = find_harness()
    if harness is None:
        print("harness.py not found; set HARNESS=path/to/harness.py", file=sys.stderr)
        return 2
    me = f"{shlex.quote(sys.executable)} {shlex.quote(str(Path(__file__).resolve()))} --config {{config}}"
    if keyword:
        me += f" --keyword {shlex.quote(keyword)}"
    cmd = [sys.executable, str(harness), str(CORPUS), "--project", str(CORPUS), "--cmd", me, *extra]
    return subprocess.call(cmd)


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:
        return None


def items_of(xml: bytes) -> list[tuple[str, str, str]]:
    """(link, title, summary) of every item of an RSS or Atom document."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    for it in root.iter("item"):
        out.append(((it.findtext("link") or "").strip(), it.findtext("title") or "",
                    it.findtext("description") or ""))
    for en in root.iter(f"{ATOM}entry"):
        link = ""
        for ln in en.findall(f"{ATOM}link"):
            link = ln.get("href") or link
        out.append((link.strip(), en.findtext(f"{ATOM}title") or "", en.findtext(f"{ATOM}summary") or ""))
    return out


def send(api_base: str, token: str, chat_id: str, text: str, timeout: float) -> bool:
    url = f"{api_base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat_id, "text": text, "disable_web_page_preview": True}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read() or b"{}").get("ok", False)
    except Exception:
        return False


def run_once(config_path: Path, keyword: str | None) -> int:
    cfg = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    db_url = cfg.get("database") or "sqlite:///alert_all.db"
    db_path = Path(re.sub(r"^sqlite:///", "", db_url)).with_name("alert_all_seen.sqlite")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    tg = cfg.get("telegram", {})
    api_base = tg.get("api_base_url", "https://api.telegram.org/bot")
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    chats = tg.get("chat_ids") or []
    kw = keyword.lower() if keyword else None
    for feed in cfg.get("feeds", []):
        xml = fetch(feed["url"], timeout)
        if not xml:
            continue
        for link, title, summary in reversed(items_of(xml)):
            if not link:
                continue
            if con.execute("SELECT 1 FROM seen WHERE link=?", (link,)).fetchone():
                continue
            if kw and kw not in (title + " " + summary).lower():
                con.execute("INSERT OR IGNORE INTO seen VALUES (?)", (link,))
                con.commit()
                continue
            text = f"{title}\n{summary}\n{link}"
            if all(send(api_base, token, c, text, timeout) for c in chats):
                con.execute("INSERT OR IGNORE INTO seen VALUES (?)", (link,))
                con.commit()
    con.close()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", type=Path, help="config written by the harness (monitor mode)")
    ap.add_argument("--keyword", default=None, help="alert only on items containing this word")
    ap.add_argument("rest", nargs="*", help="extra arguments passed on to harness.py (after --)")
    args = ap.parse_args()
    if args.config:
        return run_once(args.config, args.keyword)
    return run_harness(args.keyword, args.rest)


if __name__ == "__main__":
    sys.exit(main())
