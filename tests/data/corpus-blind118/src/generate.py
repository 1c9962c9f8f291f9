#!/usr/bin/env python3
"""Build corpus blind118: writes ../labels.yaml and ../articles/<id>.html.

Deterministic; needs only the Python standard library and PyYAML.
Run from anywhere:  python3 src/generate.py
"""
from __future__ import annotations

import re
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

NAME = ROOT.name if ROOT.name.startswith("blind") else "blind118"
KNOWN_AS_OF = "2024-02-08"
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


def collect() -> list[dict]:
    arts = []
    for lang, mod in (("en", articles_en), ("ru", articles_ru), ("ja", articles_ja)):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            arts.append(a)
    arts.sort(key=lambda a: (a["published"], a["id"]))
    return arts


def words(a: dict) -> int:
    text = " ".join(a["body"])
    if a["lang"] == "ja":
        return len(re.sub(r"\s", "", text)) // 2      # rough: 2 characters per word
    return len(text.split())


def validate(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in outlets.FEEDS}
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), "ids must follow publication order"
    assert 50 <= len(arts) <= 60, len(arts)
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        assert "2024-02-10" <= a["published"][:10] <= "2027-01-31", a["id"]
        assert a.get("note"), a["id"]
        n = words(a)
        assert 150 <= n <= 600, (a["id"], n)
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert all(s == s.lower() for s in alt), (a["id"], alt)
                assert any(s in text for s in alt), (a["id"], "no stem of", alt)
        else:
            assert not a.get("group"), a["id"]


def labels_doc(arts: list[dict]) -> dict:
    out = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ALERTING:
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        out.append(e)
    return {"name": NAME, "known_as_of": KNOWN_AS_OF,
            "feeds": [dict(f) for f in outlets.FEEDS], "articles": out}


def main() -> int:
    arts = collect()
    validate(arts)
    adir = ROOT / "articles"
    adir.mkdir(exist_ok=True)
    for old in adir.glob("*.html"):
        old.unlink()
    for a in arts:
        (adir / f"{a['id']}.html").write_text(outlets.render(a), encoding="utf-8")
    doc = labels_doc(arts)
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    langs = Counter(a["lang"] for a in arts)
    labs = Counter(a["label"] for a in arts)
    groups = Counter(a["group"] for a in arts if a.get("group"))
    print(f"{NAME}: {len(arts)} articles; langs {dict(langs)}; labels {dict(labs)}; "
          f"groups {len(groups)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
