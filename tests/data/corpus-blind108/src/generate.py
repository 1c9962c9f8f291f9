#!/usr/bin/env python3
"""Write the blind108 corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py
Needs Python 3 and PyYAML. The output is deterministic: running it again reproduces
the corpus byte for byte.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import FEEDS, TEMPLATES  # noqa: E402
import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402

NAME = ROOT.name if ROOT.name.startswith("blind") else "blind108"
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def check(articles: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    ids = set()
    for a in articles:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        assert a["feed"] in feeds, a
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        assert a["published"] > KNOWN_AS_OF, a["id"]
        assert a.get("note"), a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + a["body"]).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]


def entry(a: dict) -> dict:
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
        e["group"] = a["group"]
        e["new_facts"] = a["new_facts"]
        e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
    e["note"] = a["note"]
    return e


def main() -> int:
    articles = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    articles.sort(key=lambda a: (a["published"], a["id"]))
    check(articles)

    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in articles:
        page = TEMPLATES[a["feed"]](a)
        (out / f"{a['id']}.html").write_text(page, encoding="utf-8")

    labels = {
        "name": NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": FEEDS,
        "articles": [entry(a) for a in articles],
    }
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")

    by_lang = Counter(a["lang"] for a in articles)
    by_label = Counter(a["label"] for a in articles)
    groups = Counter(a["group"] for a in articles if a.get("group"))
    print(f"{NAME}: {len(articles)} articles; languages {dict(by_lang)}; labels {dict(by_label)}; "
          f"groups {len(groups)} {dict(groups)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
