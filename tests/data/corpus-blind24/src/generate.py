#!/usr/bin/env python3
"""Generate the blind24 evaluation corpus: ../labels.yaml and ../articles/*.html.

Run from anywhere: python3 src/generate.py
Needs Python 3 with PyYAML. All paths are relative to this script.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import FEEDS, LANG_OF, TEMPLATES  # noqa: E402
import data_en  # noqa: E402
import data_ja  # noqa: E402
import data_ru  # noqa: E402

ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def check(articles: list[dict]) -> None:
    ids = Counter(a["id"] for a in articles)
    dup = [i for i, n in ids.items() if n > 1]
    assert not dup, f"duplicate ids: {dup}"
    groups: dict[str, list[dict]] = {}
    for a in articles:
        assert a["feed"] in LANG_OF, a["id"]
        assert a["label"] in LABELS, a["id"]
        assert a["published"] > "2024-02-08T23:59:59Z", a["id"]
        assert a.get("note"), a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            groups.setdefault(a["group"], []).append(a)
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), f"{a['id']}: none of {alt} in the article"
        else:
            assert not a.get("group"), f"{a['id']}: group on a {a['label']} item"
    for g, members in groups.items():
        labels = {m["label"] for m in members}
        assert len(labels) == 1, f"{g}: mixed labels {labels}"
        assert 1 <= len(members) <= 4, f"{g}: {len(members)} reports"


def main() -> int:
    articles = data_en.ARTICLES + data_ru.ARTICLES + data_ja.ARTICLES
    for a in articles:
        a["lang"] = LANG_OF[a["feed"]]
    articles.sort(key=lambda a: (a["published"], a["id"]))
    check(articles)

    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in articles:
        html = TEMPLATES[a["feed"]](a)
        (out_dir / f"{a['id']}.html").write_text(html, encoding="utf-8")

    entries = []
    for a in articles:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ALERTING:
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": "blind24", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")

    by_label = Counter(a["label"] for a in articles)
    by_lang = Counter(a["lang"] for a in articles)
    print(f"{len(articles)} articles; labels {dict(by_label)}; languages {dict(by_lang)}; "
          f"groups {len({a['group'] for a in articles if a.get('group')})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
