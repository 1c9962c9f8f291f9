#!/usr/bin/env python3
"""Write labels.yaml and articles/<id>.html for the blind113 corpus.

Deterministic: ids are assigned in publication order (b113-01 ...), groups keep the
numbering of their first report (b113-g1 ...). Run from anywhere:
    python3 src/generate.py
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from outlets import OUTLETS, RENDER  # noqa: E402

NAME = "blind113"
PREFIX = "b113"
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}


def load() -> list[dict]:
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            a["dt"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            arts.append(a)
    arts.sort(key=lambda a: (a["dt"], a["key"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
    return arts


def check(arts: list[dict]) -> None:
    keys = [a["key"] for a in arts]
    assert len(keys) == len(set(keys)), "duplicate keys"
    first_seen: dict[str, datetime] = {}
    for a in arts:
        assert a["feed"] in OUTLETS, a["key"]
        assert OUTLETS[a["feed"]]["lang"] == a["lang"], a["key"]
        assert a["label"] in ALERTING | {"restatement", "off_topic", "neutral"}, a["key"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["key"]
            first_seen.setdefault(a["group"], a["dt"])
        else:
            assert not a.get("group"), a["key"]
        assert a.get("note"), a["key"]
        for alt in a.get("must_mention", []):
            for stem in alt:
                assert stem == stem.lower(), (a["key"], stem)
    order = sorted(first_seen, key=lambda g: first_seen[g])
    assert order == [f"g{i}" for i in range(1, len(order) + 1)], order
    assert datetime.fromisoformat("2024-02-10T00:00:00+00:00") <= arts[0]["dt"]
    assert arts[-1]["dt"] <= datetime.fromisoformat("2027-01-31T23:59:59+00:00")


def labels(arts: list[dict]) -> dict:
    feeds = [{"id": fid, "title": o["title"], "format": o["format"], "lang": o["lang"]}
             for fid, o in OUTLETS.items()]
    entries = []
    for a in arts:
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
            e["new_facts"] = list(a["new_facts"])
            e["must_mention"] = [list(alt) for alt in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    return {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": feeds, "articles": entries}


def main() -> int:
    arts = load()
    check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for i, a in enumerate(arts):
        related = [r for r in reversed(arts[:i]) if r["feed"] == a["feed"]][:4]
        html = RENDER[a["feed"]](a, related)
        (out / f"{a['id']}.html").write_text(html, encoding="utf-8")
    text = yaml.safe_dump(labels(arts), sort_keys=False, allow_unicode=True, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for a in arts:
        counts[a["label"]] = counts.get(a["label"], 0) + 1
    langs: dict[str, int] = {}
    for a in arts:
        langs[a["lang"]] = langs.get(a["lang"], 0) + 1
    print(f"{NAME}: {len(arts)} articles {langs} {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
