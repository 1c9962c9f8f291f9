"""Generate the blind86 evaluation corpus.

Writes ../labels.yaml and ../articles/<id>.html (relative to this script's folder).
Needs Python 3 with PyYAML only.

    python3 src/generate.py
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

from outlets import FEEDS, render_page
from articles_2024 import ARTICLES as A2024
from articles_2025 import ARTICLES as A2025
from articles_2026 import ARTICLES as A2026

ROOT = Path(__file__).resolve().parent.parent
KNOWN_AS_OF = "2024-02-08"


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def main() -> None:
    articles = A2024 + A2025 + A2026
    articles.sort(key=lambda a: parse(a["published"]))
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}

    out_dir = ROOT / "articles"
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()

    entries = []
    for a in articles:
        feed = feeds[a["feed"]]
        a["lang"] = feed["lang"]
        page = render_page(a, feed)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {
            "id": a["id"],
            "feed": a["feed"],
            "lang": feed["lang"],
            "published": a["published"],
            "title": a["title"],
            "summary": a["summary"],
            "label": a["label"],
        }
        if a["label"] in ("new_development", "status_change"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)

    labels = {
        "name": "blind86",
        "known_as_of": KNOWN_AS_OF,
        "feeds": [{"id": f["id"], "title": f["title"], "format": f["format"], "lang": f["lang"]}
                  for f in FEEDS],
        "articles": entries,
    }
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} articles to {out_dir.name}/ and labels.yaml")


if __name__ == "__main__":
    main()
