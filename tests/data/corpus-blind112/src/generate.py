#!/usr/bin/env python3
"""Write labels.yaml and articles/<id>.html of corpus blind112, deterministically.

Usage (from anywhere): python3 src/generate.py
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from outlets import EVERGREEN, FEEDS, RENDER  # noqa: E402

NAME = ROOT.name if ROOT.name.startswith("blind") else "blind112"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def collect() -> list[dict]:
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            arts.append({**a, "lang": lang})
    arts.sort(key=lambda a: (a["published"], a["id"]))
    return arts


def check(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"b112-{i:02d}" for i in range(1, len(ids) + 1)], "ids not in publication order"
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        assert a.get("note"), a["id"]
        t = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
        assert "2024-02-10" <= t.date().isoformat() <= "2027-01-31", a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            text = " ".join([a["title"], a["summary"]] + a["body"]).lower()
            for alt in a["must_mention"]:
                assert all(w == w.lower() for w in alt), (a["id"], alt)
                assert any(w in text for w in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]
        words = sum(len(p.split()) for p in a["body"]) if a["lang"] != "ja" else \
            sum(len(p) for p in a["body"]) // 2.5
        assert 120 <= words <= 650, (a["id"], words)
    groups = Counter(a["group"] for a in arts if a.get("group"))
    assert 6 <= len(groups) <= 8 and all(1 <= n <= 4 for n in groups.values()), groups


def labels_doc(arts: list[dict]) -> dict:
    out = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a["label"] in ALERTING:
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        out.append(e)
    return {"name": NAME, "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": out}


def main() -> None:
    arts = collect()
    check(arts)
    (ROOT / "articles").mkdir(exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    seen: dict[str, list[dict]] = {}
    for a in arts:
        prev = seen.setdefault(a["feed"], [])
        related = list(reversed(prev[-3:]))
        html = RENDER[a["feed"]](a, related, EVERGREEN[a["feed"]])
        (ROOT / "articles" / f"{a['id']}.html").write_text(html, encoding="utf-8")
        prev.append(a)
    doc = labels_doc(arts)
    (ROOT / "labels.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    print(f"{NAME}: {len(arts)} articles; langs {dict(langs)}; labels {dict(labels)}")


if __name__ == "__main__":
    main()
