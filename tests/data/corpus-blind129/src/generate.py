#!/usr/bin/env python3
"""Build the blind129 corpus: labels.yaml and articles/*.html.

Run from the corpus folder:   python3 src/generate.py
Needs only the standard library and PyYAML.

Articles live in three data modules (articles_en, articles_ru, articles_ja); each
article has a stable `key`. Here they are sorted by publication time and numbered
b129-01, b129-02, ... in that order; group keys g1..g8 become b129-g1..b129-g8.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
import outlets  # noqa: E402

NAME = ROOT.name
KNOWN_AS_OF = "2024-02-08"
PREFIX = "b129"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def collect() -> list[dict]:
    arts = list(articles_en.ARTICLES) + list(articles_ru.ARTICLES) + list(articles_ja.ARTICLES)
    keys = Counter(a["key"] for a in arts)
    dup = [k for k, n in keys.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate article keys: {dup}")
    arts.sort(key=lambda a: (a["published"], a["key"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
    return arts


def check(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in outlets.FEEDS}
    for a in arts:
        where = f"{a['key']} ({a['id']})"
        assert a["feed"] in feeds, where
        assert feeds[a["feed"]]["lang"] == a["lang"], where
        assert a["label"] in LABELS, where
        assert "2024-02-10" <= a["published"][:10] <= "2027-01-31", where
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), where
            for alt in a["must_mention"]:
                assert alt and all(w == w.lower() for w in alt), where
        else:
            assert not a.get("group"), where
        assert a.get("note"), where


def label_entry(a: dict) -> dict:
    e = {
        "id": a["id"],
        "feed": a["feed"],
        "lang": a["lang"],
        "published": a["published"],
        "title": a["title"],
        "summary": a["summary"],
        "label": a["label"],
    }
    if a["label"] in ALERTING:
        e["group"] = f"{PREFIX}-{a['group']}"
        e["new_facts"] = a["new_facts"]
        e["must_mention"] = a["must_mention"]
    e["note"] = a["note"]
    return e


def main() -> int:
    arts = collect()
    check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        html = outlets.TEMPLATES[a["feed"]](a)
        (out / f"{a['id']}.html").write_text(html, encoding="utf-8")
    data = {
        "name": NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": outlets.FEEDS,
        "articles": [label_entry(a) for a in arts],
    }
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    by_lang = Counter(a["lang"] for a in arts)
    by_label = Counter(a["label"] for a in arts)
    groups = Counter(a["group"] for a in arts if a.get("group"))
    print(f"{NAME}: {len(arts)} articles; lang {dict(by_lang)}; labels {dict(by_label)}; "
          f"groups {dict(sorted(groups.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
