#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind55 corpus: labels.yaml + articles/*.html (python3 + pyyaml).

Usage: python3 src/generate.py   (writes into the folder above src/)
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from data_en import ARTICLES as EN  # noqa: E402
from data_ja import ARTICLES as JA  # noqa: E402
from data_ru import ARTICLES as RU  # noqa: E402
from templates import FEEDS, RENDER  # noqa: E402

OUT = HERE.parent
PREFIX = "b55"
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def main() -> None:
    arts = sorted(EN + RU + JA, key=lambda a: parse(a["published"]))
    feeds = {f["id"]: f for f in FEEDS}
    seen_times, seen_keys = set(), set()
    for a in arts:
        assert a["label"] in LABELS, a["key"]
        assert a["feed"] in feeds, a["key"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["key"]
        assert a["key"] not in seen_keys, a["key"]
        assert a["published"] not in seen_times, ("duplicate time", a["key"])
        seen_keys.add(a["key"]); seen_times.add(a["published"])
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["key"]
        else:
            assert not a.get("group"), a["key"]
    (OUT / "articles").mkdir(parents=True, exist_ok=True)
    for old in (OUT / "articles").glob("*.html"):
        old.unlink()
    entries = []
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
        dt = parse(a["published"])
        page = RENDER[a["feed"]](a, dt)
        (OUT / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    data = {"name": "blind55", "known_as_of": "2024-02-08",
            "feeds": [dict(f) for f in FEEDS], "articles": entries}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")

    # sanity: every must_mention stem occurs in its own article text
    for a in arts:
        if a.get("must_mention"):
            low = (a["title"] + " " + a["summary"] + " " + a["body"]).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in low for w in alt), (a["key"], alt)
    by_lang = {}
    for a in arts:
        by_lang[a["lang"]] = by_lang.get(a["lang"], 0) + 1
    groups = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(a["id"])
    print(f"{len(arts)} articles {by_lang}; {len(groups)} groups")
    for g, ids in groups.items():
        print(f"  {g}: {', '.join(ids)}")


if __name__ == "__main__":
    main()
