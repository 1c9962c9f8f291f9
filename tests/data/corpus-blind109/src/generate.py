#!/usr/bin/env python3
"""Generate the blind109 corpus: labels.yaml and articles/*.html.

Usage (from the corpus folder or anywhere):  python3 src/generate.py
Standard library plus PyYAML only. Deterministic: running it again reproduces the corpus.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import FEEDS, RENDER  # noqa: E402
import articles_en  # noqa: E402
import articles_ru  # noqa: E402
import articles_ja  # noqa: E402

NAME = ROOT.name if ROOT.name.startswith("blind") else "blind109"
PREFIX = "b109"
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}


def load() -> list[dict]:
    arts = articles_en.ARTICLES + articles_ru.ARTICLES + articles_ja.ARTICLES
    for a in arts:
        a["dt"] = datetime.fromisoformat(a["dt"].replace("Z", "+00:00"))
    arts.sort(key=lambda a: (a["dt"], a["key"]))
    keys = [a["key"] for a in arts]
    dup = [k for k, n in Counter(keys).items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate keys: {dup}")
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
    return arts


def check(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["key"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["key"]
        assert a["dt"] > datetime.fromisoformat("2024-02-09T00:00:00+00:00"), a["key"]
        assert a["label"] in ALERTING | {"restatement", "off_topic", "neutral"}, a["key"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("must_mention") and a.get("new_facts"), a["key"]
            for alt in a["must_mention"]:
                assert alt and all(w == w.lower() for w in alt), a["key"]
        else:
            assert not a.get("group"), a["key"]
        assert a.get("note"), a["key"]


def words(a: dict) -> int:
    text = " ".join(a["body"])
    if a["lang"] == "ja":
        return len(re.sub(r"\s", "", text)) // 2   # rough: two characters per word
    return len(text.split())


def labels_doc(arts: list[dict]) -> dict:
    out = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
             "published": a["dt"].strftime("%Y-%m-%dT%H:%M:%SZ"),
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ALERTING:
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        out.append(e)
    return {"name": NAME, "known_as_of": KNOWN_AS_OF,
            "feeds": [dict(f) for f in FEEDS], "articles": out}


def main() -> int:
    arts = load()
    check(arts)
    adir = ROOT / "articles"
    adir.mkdir(exist_ok=True)
    for old in adir.glob("*.html"):
        old.unlink()
    for a in arts:
        html = RENDER[a["feed"]](a)
        (adir / f"{a['id']}.html").write_text(html, encoding="utf-8")
    doc = labels_doc(arts)
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")

    # summary
    lang = Counter(a["lang"] for a in arts)
    lab = Counter(a["label"] for a in arts)
    groups: dict[str, list[dict]] = {}
    for a in arts:
        if a["label"] in ALERTING:
            groups.setdefault(a["group"], []).append(a)
    print(f"{NAME}: {len(arts)} articles -> {adir}")
    print("languages:", dict(lang))
    print("labels:", dict(lab))
    print("feeds:", dict(Counter(a["feed"] for a in arts)))
    for g, members in sorted(groups.items()):
        first = members[0]
        print(f"  {g}: {len(members)} reports; first {first['id']} [{first['lang']}] "
              f"{first['dt']:%Y-%m-%d} {first['title']}")
    short = [(a["id"], words(a)) for a in arts if not 150 <= words(a) <= 600]
    if short:
        print("length outside 150-600 words:", short)
    return 0


if __name__ == "__main__":
    sys.exit(main())
