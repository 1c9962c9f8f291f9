#!/usr/bin/env python3
"""A trivial alerter for checking that the blind105 world loads and is scored.

It is NOT a monitor. It alerts on every feed item it has not seen before (or, with
--keyword, on items whose title/summary mention the islands or the treaty), one Telegram
message per item, with the article link in the text.

Two ways to call it:

  python3 check/alert_all.py [--keyword] [--harness PATH]
      runs the evaluation harness on this corpus with this script as the monitor
      (run it from the corpus folder; PATH defaults to the first of
      ../../eval/harness.py, ../eval/harness.py, ./harness.py that exists)

  python3 check/alert_all.py --config CONFIG [run [--once]] [--keyword]
      what the harness calls at every step: reads the harness' config file, polls the
      feeds once, sends the alerts, remembers what it sent, exits 0.

Standard library plus PyYAML.
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
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
ATOM = "{http://www.w3.org/2005/Atom}"
KEYWORDS = re.compile(
    r"kuril|kunashir|iturup|etorofu|shikotan|habomai|northern territor|peace treaty|"
    r"курил|кунашир|итуруп|шикотан|хабомаи|мирн\w+ договор|"
    r"北方|国後|択捉|色丹|歯舞|平和条約|四島", re.I)


# --------------------------------------------------------------------------- monitor mode
def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception:  # a failed poll is retried at the next step
        return None


def parse_feed(data: bytes) -> list[dict]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return []
    items = []
    for it in root.iter("item"):
        items.append({"title": it.findtext("title") or "", "link": it.findtext("link") or "",
                      "summary": it.findtext("description") or ""})
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        items.append({"title": e.findtext(ATOM + "title") or "",
                      "link": link.get("href") if link is not None else "",
                      "summary": e.findtext(ATOM + "summary") or ""})
    return [i for i in items if i["link"]]


def send(api_base: str, token: str, chat_id: str, text: str, timeout: float) -> bool:
    url = f"{api_base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat_id, "text": text, "disable_web_page_preview": True}).encode()
    for _ in range(5):
        req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.loads(r.read() or b"{}").get("ok", False)
        except urllib.error.HTTPError as e:
            if e.code == 429:
                try:
                    wait = json.loads(e.read()).get("parameters", {}).get("retry_after", 1)
                except Exception:
                    wait = 1
                time.sleep(float(wait))
                continue
            time.sleep(0.5)
        except Exception:
            time.sleep(0.5)
    return False


def run_monitor(config_path: str, keyword: bool) -> int:
    cfg = yaml.safe_load(Path(config_path).read_text(encoding="utf-8"))
    db_url = cfg.get("database") or "sqlite:///alert_all.db"
    db_path = db_url.split("sqlite:///", 1)[-1]
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE IF NOT EXISTS seen (link TEXT PRIMARY KEY)")
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    tg = cfg["telegram"]
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    for feed in cfg["feeds"]:
        data = fetch(feed["url"], timeout)
        if not data:
            continue
        for item in reversed(parse_feed(data)):  # oldest first
            if con.execute("SELECT 1 FROM seen WHERE link=?", (item["link"],)).fetchone():
                continue
            if keyword and not KEYWORDS.search(item["title"] + " " + item["summary"]):
                con.execute("INSERT OR IGNORE INTO seen VALUES (?)", (item["link"],))
                con.commit()
                continue
            text = f"{item['title']}\n{item['summary']}\n{item['link']}"
            if all(send(tg["api_base_url"], token, chat, text, timeout) for chat in tg["chat_ids"]):
                con.execute("INSERT OR IGNORE INTO seen VALUES (?)", (item["link"],))
                con.commit()
    con.close()
    return 0


# --------------------------------------------------------------------------- runner mode
def find_harness(given: str | None) -> Path:
    candidates = [given] if given else [os.environ.get("HARNESS"), "../../eval/harness.py",
                                        "../eval/harness.py", "harness.py"]
    for c in candidates:
        if c and (CORPUS / c).exists():
            return (CORPUS / c)
        if c and Path(c).exists():
            return Path(c)
    raise SystemExit("harness.py not found: pass --harness PATH (relative to the corpus folder)")


def run_harness(harness: str | None, keyword: bool, extra: list[str]) -> int:
    h = find_harness(harness)
    me = "check/alert_all.py" + (" --keyword" if keyword else "")
    cmd = [sys.executable, str(h), ".", "--project", ".",
           "--cmd", f"{shlex.quote(sys.executable)} {me} --config {{config}}"] + extra
    return subprocess.call(cmd, cwd=CORPUS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", help="harness config file (monitor mode)")
    ap.add_argument("--keyword", action="store_true", help="alert only on items mentioning the islands/treaty")
    ap.add_argument("--harness", help="path to harness.py, relative to the corpus folder (runner mode)")
    ap.add_argument("rest", nargs="*", help="'run --once' in monitor mode; extra harness flags in runner mode")
    args, unknown = ap.parse_known_args()
    if args.config:
        return run_monitor(args.config, args.keyword)
    return run_harness(args.harness, args.keyword, [r for r in args.rest + unknown if r not in ("run",)])


if __name__ == "__main__":
    sys.exit(main())
