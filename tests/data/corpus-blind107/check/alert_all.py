#!/usr/bin/env python3
"""A trivial alerter used only to show that the blind107 world loads and is scored.

It is NOT a monitor: it sends one Telegram message for every feed item it has not seen
before (or, with --keyword, only for items whose title or summary contains one of the
keywords). Standard library plus PyYAML.

Two ways to run it, from the corpus folder:

  python3 check/alert_all.py                      # runs the harness with this alerter
  python3 check/alert_all.py --keyword            # same, keyword variant
  python3 check/alert_all.py --harness ../eval/harness.py

Without --config it looks for harness.py (given with --harness, or in $KURIL_HARNESS, or at a
few usual relative places) and runs it on this corpus with itself as the monitor command.
With --config (as the harness calls it) it does one polling pass and exits.
"""
from __future__ import annotations

import argparse
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
KEYWORDS = ["kuril", "kunashir", "iturup", "shikotan", "habomai", "northern territories",
            "курил", "кунашир", "итуруп", "шикотан", "хабомаи",
            "北方", "国後", "択捉", "色丹", "歯舞", "四島"]
ATOM = "{http://www.w3.org/2005/Atom}"


def items(xml: bytes) -> list[tuple[str, str, str]]:
    root = ET.fromstring(xml)
    out = []
    for it in root.iter("item"):
        out.append((it.findtext("link") or "", it.findtext("title") or "", it.findtext("description") or ""))
    for e in root.iter(f"{ATOM}entry"):
        link = e.find(f"{ATOM}link")
        out.append((link.get("href") if link is not None else "", e.findtext(f"{ATOM}title") or "",
                    e.findtext(f"{ATOM}summary") or ""))
    return out


def poll(config_path: str, keyword: bool) -> int:
    cfg = yaml.safe_load(Path(config_path).read_text(encoding="utf-8"))
    db = cfg["database"]
    state_file = Path(db.replace("sqlite:///", "")).with_suffix(".seen.json")
    seen = set(json.loads(state_file.read_text())) if state_file.exists() else set()
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    api = cfg["telegram"]["api_base_url"].rstrip("/")
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    for feed in cfg["feeds"]:
        try:
            with urllib.request.urlopen(feed["url"], timeout=timeout) as r:
                entries = items(r.read())
        except Exception as exc:  # a trivial alerter: skip the feed this time
            print(f"feed {feed['id']}: {exc}", file=sys.stderr)
            continue
        for link, title, summary in reversed(entries):
            if not link or link in seen:
                continue
            if keyword and not any(k in (title + " " + summary).lower() for k in KEYWORDS):
                seen.add(link)
                continue
            text = f"{title}\n{link}"
            sent = False
            for chat in cfg["telegram"]["chat_ids"]:
                data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
                for _ in range(5):
                    try:
                        with urllib.request.urlopen(f"{api}{token}/sendMessage", data=data,
                                                    timeout=timeout) as r:
                            sent = json.loads(r.read()).get("ok", False)
                        break
                    except urllib.error.HTTPError as exc:
                        if exc.code in (429, 502):
                            import time
                            time.sleep(1)
                            continue
                        break
                    except Exception:
                        break
            if sent:
                seen.add(link)
                state_file.write_text(json.dumps(sorted(seen)))
    state_file.write_text(json.dumps(sorted(seen)))
    return 0


def find_harness(given: str | None) -> Path | None:
    cands = [given, os.environ.get("KURIL_HARNESS"), "../eval/harness.py", "../../eval/harness.py",
             "../shared/eval/harness.py", "../../shared/eval/harness.py", "harness.py"]
    for c in cands:
        if c and (CORPUS / c).resolve().is_file():
            return (CORPUS / c).resolve()
        if c and Path(c).is_file():
            return Path(c).resolve()
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", help="config file written by the harness (one polling pass)")
    ap.add_argument("--keyword", action="store_true", help="alert only on items mentioning the islands")
    ap.add_argument("--harness", help="path to harness.py")
    ap.add_argument("run", nargs="*", help="ignored ('run --once' as the harness passes it)")
    args, extra = ap.parse_known_args()
    if args.config:
        return poll(args.config, args.keyword)
    harness = find_harness(args.harness)
    if harness is None:
        print("harness.py not found: pass --harness PATH or set KURIL_HARNESS", file=sys.stderr)
        return 2
    me = "python3 check/alert_all.py" + (" --keyword" if args.keyword else "") + " --config {config}"
    cmd = [sys.executable, str(harness), ".", "--project", ".", "--cmd", me] + extra
    return subprocess.call(cmd, cwd=CORPUS)


if __name__ == "__main__":
    sys.exit(main())
