#!/usr/bin/env python3
"""A deliberately trivial keyword alerter, used only to show that this corpus loads,
serves and scores through the evaluation harness. It is NOT a monitor: it alerts on
every new feed item whose title or summary contains a topic keyword, with no notion of
what is new, so its precision is expected to be poor.

Interface (what the harness calls):  trivial_alerter.py --config CONFIG run --once
Standard library only (the config is parsed with PyYAML if present, else by a tiny reader).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

KEYWORDS = [
    # English
    "kuril", "kunashir", "iturup", "etorofu", "shikotan", "habomai", "northern territories",
    "peace treaty",
    # Russian
    "курил", "кунашир", "итуруп", "шикотан", "хабомаи", "мирн", "северных территорий",
    # Japanese
    "北方領土", "北方四島", "国後", "択捉", "色丹", "歯舞", "平和条約",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def load_config(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    try:
        import yaml
        return yaml.safe_load(text)
    except ImportError:  # minimal fallback for the harness' flat config
        raise SystemExit("PyYAML is required to read the config")


def fetch(url: str, timeout: float) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except Exception as exc:  # a failing feed is skipped this round
        print(f"fetch failed {url}: {exc}", file=sys.stderr)
        return None


def items(xml: bytes) -> list[dict]:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    out = []
    for it in root.iter("item"):
        out.append({"id": (it.findtext("guid") or it.findtext("link") or "").strip(),
                    "link": (it.findtext("link") or "").strip(),
                    "title": it.findtext("title") or "", "summary": it.findtext("description") or ""})
    for en in root.iter(f"{ATOM}entry"):
        link = en.find(f"{ATOM}link")
        out.append({"id": (en.findtext(f"{ATOM}id") or "").strip(),
                    "link": link.get("href", "") if link is not None else "",
                    "title": en.findtext(f"{ATOM}title") or "",
                    "summary": en.findtext(f"{ATOM}summary") or ""})
    return out


def send(api_base: str, token: str, chat_id: str, text: str, timeout: float) -> bool:
    url = f"{api_base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat_id, "text": text}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read()).get("ok", False)
    except Exception as exc:
        print(f"send failed: {exc}", file=sys.stderr)
        return False


def run_once(cfg: dict) -> None:
    db = str(cfg.get("database", "sqlite:///state/monitor.db"))
    state_dir = Path(db.split("sqlite:///", 1)[-1]).parent
    state_dir.mkdir(parents=True, exist_ok=True)
    state_file = state_dir / "trivial_seen.json"
    seen = set(json.loads(state_file.read_text())) if state_file.exists() else set()
    timeout = float(cfg.get("polling", {}).get("timeout", 5.0))
    tg = cfg.get("telegram", {})
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    for feed in cfg.get("feeds", []):
        xml = fetch(feed["url"], timeout)
        if xml is None:
            continue
        for it in reversed(items(xml)):  # oldest first
            if not it["id"] or it["id"] in seen:
                continue
            hay = (it["title"] + " " + it["summary"]).lower()
            hit = next((k for k in KEYWORDS if k in hay), None)
            ok = True
            if hit:
                text = f"[{feed['id']}] {it['title']}\n{it['summary'][:300]}\n{it['link']}"
                ok = all(send(tg["api_base_url"], token, c, text, timeout) for c in tg.get("chat_ids", []))
            if ok:
                seen.add(it["id"])
                state_file.write_text(json.dumps(sorted(seen)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True, type=Path)
    ap.add_argument("command", choices=["run"])
    ap.add_argument("--once", action="store_true")
    args = ap.parse_args()
    run_once(load_config(args.config))
    return 0


if __name__ == "__main__":
    sys.exit(main())
