#!/usr/bin/env python3
"""Build the b121 corpus: labels.yaml and articles/<id>.html.

Deterministic; needs Python 3 standard library and PyYAML only.
Run from anywhere:  python3 src/generate.py
Output goes to the corpus folder (the parent of this src/ folder).
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
import outlets  # noqa: E402

NAME = ROOT.name if ROOT.name.startswith("blind") else "blind121"
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def load() -> list[dict]:
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            a["published_str"] = a["published"]
            a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            arts.append(a)
    arts.sort(key=lambda a: a["published"])
    return arts


def validate(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in outlets.FEEDS}
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), f"ids are not in publication order: {ids}"
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], (a["id"], a["feed"])
        assert a["label"] in LABELS, a["id"]
        assert a.get("note"), a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
        assert "2024-02-10" <= a["published_str"][:10] <= "2027-01-31", a["id"]
    groups = Counter(a["group"] for a in arts if a.get("group"))
    assert 6 <= len(groups) <= 8, groups
    assert all(1 <= n <= 4 for n in groups.values()), groups
    # every group has one label
    for g in groups:
        assert len({a["label"] for a in arts if a.get("group") == g}) == 1, g


def labels_doc(arts: list[dict]) -> dict:
    entries = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published_str"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a["label"] in ALERTING:
            e["new_facts"] = list(a["new_facts"])
            e["must_mention"] = [list(x) for x in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    return {"name": NAME, "known_as_of": KNOWN_AS_OF,
            "feeds": [dict(f) for f in outlets.FEEDS], "articles": entries}


def main() -> int:
    arts = load()
    validate(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        (out / f"{a['id']}.html").write_text(outlets.render(a), encoding="utf-8")
    text = yaml.safe_dump(labels_doc(arts), allow_unicode=True, sort_keys=False, width=110)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    print(f"{NAME}: {len(arts)} articles; languages {dict(langs)}; labels {dict(labels)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
