#!/usr/bin/env python3
"""A trivial alerter for checking that the blind109 world loads and is scored.

It is NOT a monitor. It reads the harness config, polls every feed, and sends one
Telegram message per feed item it has not seen before (optionally only when the
title or summary contains a keyword). State lives in a JSON file next to the
database named in the config. Standard library plus PyYAML.

    python3 check/alert_all.py --config CONFIG run --once [--keyword kuril]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ATOM = "{http://www.w3.org/2005/Atom}"


def items(xml: bytes) -> list[dict]:
    root = ET.fromstring(xml)
    out = []
    for it in root.iter("item"):
        out.append({"title": it.findtext("title") or "", "link": it.findtext("link") or "",
                    "summary": it.findtext("description") or ""})
    for e in root.iter(ATOM + "entry"):
        link = e.find(ATOM + "link")
        out.append({"title": e.findtext(ATOM + "title") or "",
                    "link": link.get("href") if link is not None else "",
                    "summary": e.findtext(ATOM + "summary") or ""})
    return out


def get(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception as exc:  # a broken feed must not stop the run
        print(f"fetch failed {url}: {exc}", file=sys.stderr)
        return None


def send(base: str, token: str, chat: str, text: str) -> bool:
    data = urllib.parse.urlencode({"chat_id": chat, "text": text}).encode()
    for _ in range(5):
        try:
            with urllib.request.urlopen(f"{base}{token}/sendMessage", data=data, timeout=10) as r:
                return json.load(r).get("ok", False)
        except urllib.error.HTTPError as exc:
            if exc.code in (429, 502, 503):
                time.sleep(1.0)
                continue
            return False
        except Exception:
            time.sleep(0.5)
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("--keyword", action="append", default=[],
                    help="alert only when title/summary contains one of these (case-insensitive)")
    ap.add_argument("rest", nargs="*", help="ignored (e.g. `run --once`)")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    db = cfg.get("database", "sqlite:///state/monitor.db").split("sqlite:///", 1)[-1]
    state_file = Path(db).parent / "alert_all_state.json"
    seen = set(json.loads(state_file.read_text())) if state_file.exists() else set()
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    base = cfg["telegram"]["api_base_url"]
    timeout = float(cfg.get("polling", {}).get("timeout", 5))
    kws = [k.lower() for k in args.keyword]
    for feed in cfg["feeds"]:
        body = get(feed["url"], timeout)
        if not body:
            continue
        try:
            entries = items(body)
        except ET.ParseError:
            continue
        for it in reversed(entries):            # oldest first
            if not it["link"] or it["link"] in seen:
                continue
            text = f"{it['title']}\n{it['summary']}"
            if kws and not any(k in text.lower() for k in kws):
                seen.add(it["link"])
                continue
            ok = all(send(base, token, chat, f"{it['title']}\n{it['link']}")
                     for chat in cfg["telegram"]["chat_ids"])
            if ok:
                seen.add(it["link"])
        state_file.write_text(json.dumps(sorted(seen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
