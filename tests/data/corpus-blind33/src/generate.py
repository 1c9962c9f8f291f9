#!/usr/bin/env python3
"""Generate the blind33 evaluation corpus: labels.yaml and articles/*.html.

Usage: python3 src/generate.py   (from <corpus> or anywhere; output goes next to src/)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from templates import FEEDS, render  # noqa: E402
from content_en import ARTICLES as EN  # noqa: E402
from content_ru import ARTICLES as RU  # noqa: E402
from content_ja import ARTICLES as JA  # noqa: E402

ROOT = HERE.parent
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


def check(arts):
    feeds = {f["id"]: f for f in FEEDS}
    ids = set()
    for a in arts:
        assert a["id"] not in ids, f"duplicate id {a['id']}"
        ids.add(a["id"])
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], f"{a['id']}: language of feed"
        assert a["label"] in LABELS, a["id"]
        assert "2024-02-09" <= a["published"][:10] <= "2026-11-30", a["id"]
        if a["label"] in ALERTING:
            assert a.get("group"), f"{a['id']}: alerting article without group"
            assert a.get("new_facts"), f"{a['id']}: no new_facts"
            mm = a.get("must_mention")
            assert mm and all(isinstance(x, list) and x for x in mm), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in mm:
                for w in alt:
                    assert w == w.lower(), f"{a['id']}: must_mention not lowercase: {w}"
                assert any(w in text for w in alt), f"{a['id']}: none of {alt} occurs in the article"
        else:
            assert not a.get("group"), f"{a['id']}: group on a non-alerting label"
        assert a.get("note"), a["id"]


def size(a) -> int:
    text = " ".join(a["body"])
    if a["lang"] == "ja":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


def main() -> None:
    arts = sorted(EN + RU + JA, key=lambda a: (a["published"], a["id"]))
    check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        (out / f"{a['id']}.html").write_text(render(a), encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a["label"] in ALERTING:
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    data = {"name": "blind33", "known_as_of": "2024-02-08",
            "feeds": [dict(f) for f in FEEDS], "articles": entries}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    # keep feed lines compact as in FORMAT.md
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    # summary
    from collections import Counter
    print(f"{len(arts)} articles")
    print("by lang:", dict(Counter(a["lang"] for a in arts)))
    print("by label:", dict(Counter(a["label"] for a in arts)))
    print("by feed:", dict(Counter(a["feed"] for a in arts)))
    groups = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(f"{a['id']}({a['lang']})")
    for g, m in groups.items():
        print(f"  {g}: {', '.join(m)}")
    sizes = [(size(a), a["id"], a["lang"]) for a in arts]
    print("smallest bodies:", sorted(sizes)[:5])
    print("largest bodies:", sorted(sizes)[-3:])


if __name__ == "__main__":
    main()
