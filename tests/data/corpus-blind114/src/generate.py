#!/usr/bin/env python3
"""Write labels.yaml and articles/<id>.html for the blind114 corpus, deterministically.

    python3 src/generate.py          (from the corpus folder)

Texts live in articles_en.py / articles_ru.py / articles_ja.py, page templates and
feed definitions in outlets.py. Ids b114-01 ... are assigned in publication order.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import yaml

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
sys.path.insert(0, str(SRC))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
import outlets  # noqa: E402

NAME = ROOT.name if ROOT.name.startswith("blind") else "blind114"
PREFIX = "b114"
KNOWN_AS_OF = "2024-02-08"
FIRST, LAST = "2024-02-10T00:00:00Z", "2027-01-31T23:59:59Z"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def collect() -> list[dict]:
    arts = [dict(a) for a in articles_en.ARTICLES + articles_ru.ARTICLES + articles_ja.ARTICLES]
    arts.sort(key=lambda a: (a["published"], a["key"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
    return arts


def validate(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in outlets.FEEDS}
    keys = Counter(a["key"] for a in arts)
    assert all(v == 1 for v in keys.values()), [k for k, v in keys.items() if v > 1]
    groups: dict[str, list[dict]] = defaultdict(list)
    for a in arts:
        assert a["feed"] in feeds, a["key"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["key"]
        assert a["label"] in LABELS, a["key"]
        assert FIRST <= a["published"] <= LAST, a["key"]
        datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
        assert a.get("note"), a["key"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["key"]
            for alt in a["must_mention"]:
                assert alt and all(w == w.lower() for w in alt), a["key"]
            groups[a["group"]].append(a)
        else:
            assert not a.get("group"), a["key"]
    for g, members in groups.items():
        assert 1 <= len(members) <= 4, g
        assert len({m["label"] for m in members}) == 1, g
    assert 6 <= len(groups) <= 8, len(groups)
    assert 50 <= len(arts) <= 60, len(arts)


def labels_doc(arts: list[dict]) -> dict:
    out = []
    for a in arts:
        e = {
            "id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
            "title": a["title"], "summary": a["summary"], "label": a["label"],
        }
        if a.get("group"):
            e["group"] = a["group"]
        if a["label"] in ALERTING:
            e["new_facts"] = list(a["new_facts"])
            e["must_mention"] = [list(x) for x in a["must_mention"]]
        e["note"] = a["note"]
        out.append(e)
    return {"name": NAME, "known_as_of": KNOWN_AS_OF,
            "feeds": [dict(f) for f in outlets.FEEDS], "articles": out}


def main() -> int:
    arts = collect()
    validate(arts)
    (ROOT / "articles").mkdir(exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    for a in arts:
        page = outlets.RENDER[a["feed"]](a)
        (ROOT / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
    doc = labels_doc(arts)
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    langs = Counter(a["lang"] for a in arts)
    labs = Counter(a["label"] for a in arts)
    print(f"{NAME}: {len(arts)} articles; " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
          + "; " + ", ".join(f"{k} {v}" for k, v in sorted(labs.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
