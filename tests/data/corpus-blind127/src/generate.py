#!/usr/bin/env python3
"""Build the blind127 corpus: labels.yaml and articles/<id>.html.

Run from anywhere:  python3 src/generate.py
Paths are taken relative to this file (the corpus root is its parent folder).
Needs Python 3 and PyYAML.
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
import outlets  # noqa: E402

NAME = ROOT.name  # the corpus name is the folder's basename
KNOWN_AS_OF = "2024-02-08"
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


def all_articles():
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            arts.append(a)
    arts.sort(key=lambda a: (a["published"], a["id"]))
    return arts


def check(arts):
    feeds = {f["id"]: f for f in outlets.FEEDS}
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), "ids must follow publication order"
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], f"{a['id']}: feed language mismatch"
        assert a["label"] in LABELS, a["id"]
        assert "2024-02-10" <= a["published"][:10] <= "2027-01-31", a["id"]
        assert a.get("note"), f"{a['id']}: note missing"
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), f"{a['id']}: only alerting labels carry a group"
        text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
        for alt in a.get("must_mention") or []:
            assert any(w.lower() in text for w in alt), f"{a['id']}: none of {alt} in the article text"
        words = len(" ".join(a["body"]).split()) if a["lang"] != "ja" else len("".join(a["body"])) // 2
        assert 150 <= words <= 650, f"{a['id']}: body length {words}"
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    groups = Counter(a["group"] for a in arts if a.get("group"))
    assert 50 <= len(arts) <= 60
    assert 6 <= len(groups) <= 8 and all(1 <= n <= 4 for n in groups.values())
    assert 3 <= labels["neutral"] <= 5
    return langs, labels, groups


def label_entry(a):
    e = {
        "id": a["id"], "feed": a["feed"], "lang": a["lang"],
        "published": a["published"], "title": a["title"], "summary": a["summary"],
        "label": a["label"],
    }
    if a.get("group"):
        e["group"] = a["group"]
    if a.get("new_facts"):
        e["new_facts"] = a["new_facts"]
    if a.get("must_mention"):
        e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
    e["note"] = a["note"]
    return e


def main() -> int:
    arts = all_articles()
    langs, labels, groups = check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        (out_dir / f"{a['id']}.html").write_text(outlets.render(a), encoding="utf-8")
    data = {
        "name": NAME,
        "known_as_of": date.fromisoformat(KNOWN_AS_OF),
        "feeds": [dict(f) for f in outlets.FEEDS],
        "articles": [label_entry(a) for a in arts],
    }
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"{NAME}: {len(arts)} articles  langs={dict(langs)}  labels={dict(labels)}")
    for g in sorted(groups):
        members = [a for a in arts if a.get("group") == g]
        first = members[0]
        print(f"  {g}: {first['label']} {len(members)} reports, first {first['id']} ({first['lang']}) "
              f"langs={[m['lang'] for m in members]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
