#!/usr/bin/env python3
"""A deliberately naive keyword alerter, used only to show that the corpus loads and
that the harness scores it. It is NOT a monitor and knows nothing about the seeds.

Each run (`--config CONFIG`, as the harness calls `run --once`):
  * reads the harness config (feeds, Telegram endpoint, chat ids, database URL);
  * fetches every RSS/Atom feed;
  * for each item not seen before whose title or summary contains a Kuril / peace-treaty
    keyword, sends one Telegram message with the title and the article link;
  * remembers the items it has seen in a JSON file next to the configured database.
Stdlib + PyYAML only. Always exits 0 unless the config cannot be read.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

KEYWORDS = [
    # en
    "kuril", "northern territories", "iturup", "kunashir", "shikotan", "habomai", "peace treaty",
    # ru
    "курил", "итуруп", "кунашир", "шикотан", "хабомаи", "мирн",
    # ja
    "北方領土", "北方四島", "択捉", "国後", "色丹", "歯舞", "平和条約", "クリール",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def state_path(cfg: dict) -> Path:
    db = str(cfg.get("database") or "sqlite:///state/monitor.db")
    path = db.split("sqlite:///", 1)[-1]
    return Path(path).parent / "trivial_alerter_state.json"


def fetch(url: str, timeout: float) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": "trivial-alerter/1.0"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.read()


def items(xml_bytes: bytes):
    root = ET.fromstring(xml_bytes)
    if root.tag == f"{ATOM}feed":
        for e in root.findall(f"{ATOM}entry"):
            link = e.find(f"{ATOM}link")
            yield {"id": (e.findtext(f"{ATOM}id") or "").strip(),
                   "title": (e.findtext(f"{ATOM}title") or "").strip(),
                   "summary": (e.findtext(f"{ATOM}summary") or "").strip(),
                   "link": link.get("href") if link is not None else ""}
    else:
        for it in root.iter("item"):
            yield {"id": (it.findtext("guid") or it.findtext("link") or "").strip(),
                   "title": (it.findtext("title") or "").strip(),
                   "summary": (it.findtext("description") or "").strip(),
                   "link": (it.findtext("link") or "").strip()}


def send(api_base: str, token: str, chat_id: str, text: str, timeout: float) -> bool:
    url = f"{api_base}{token}/sendMessage"
    body = json.dumps({"chat_id": chat_id, "text": text,
                       "link_preview_options": {"is_disabled": True}}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return json.loads(resp.read() or b"{}").get("ok", False)
    except Exception:
        return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text(encoding="utf-8"))
    timeout = float((cfg.get("polling") or {}).get("timeout", 5.0))
    tg = cfg.get("telegram") or {}
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    sp = state_path(cfg)
    seen = set(json.loads(sp.read_text())) if sp.exists() else set()
    for feed in cfg.get("feeds") or []:
        try:
            entries = list(items(fetch(feed["url"], timeout)))
        except Exception as exc:  # a broken feed must not stop the run
            print(f"feed {feed.get('id')}: {exc}", file=sys.stderr)
            continue
        for it in reversed(entries):  # oldest first
            key = it["id"] or it["link"]
            if not key or key in seen:
                continue
            text = f"{it['title']} {it['summary']}".lower()
            if any(k in text for k in KEYWORDS):
                msg = f"{it['title']}\n{it['link']}"
                if not all(send(tg.get("api_base_url", ""), token, str(c), msg, timeout)
                           for c in tg.get("chat_ids") or []):
                    continue  # not marked seen: retried next run
            seen.add(key)
    sp.parent.mkdir(parents=True, exist_ok=True)
    sp.write_text(json.dumps(sorted(seen)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
