#!/usr/bin/env python3
"""Generate corpus blind77: articles/<id>.html and labels.yaml.

Usage: python3 src/generate.py   (writes next to src/, i.e. into the corpus folder)
Needs Python 3 and PyYAML.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from templates import OUTLETS, page  # noqa: E402
from data1 import ARTICLES_1  # noqa: E402
from data2 import ARTICLES_2  # noqa: E402
from data3 import ARTICLES_3  # noqa: E402

PREFIX = "b77"
ROOT = HERE.parent


def main() -> None:
    arts = ARTICLES_1 + ARTICLES_2 + ARTICLES_3
    times = [a["published"] for a in arts]
    if times != sorted(times):
        raise SystemExit("articles are not in chronological order")
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    entries = []
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
        if not a.get("slug"):
            a["slug"] = a["id"]
        if a["feed"] not in OUTLETS or OUTLETS[a["feed"]]["lang"] != a["lang"]:
            raise SystemExit(f"{a['id']}: feed/lang mismatch")
        (out / f"{a['id']}.html").write_text(page(a), encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ("new_development", "status_change"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
            text = (a["title"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                if not any(stem.lower() in text for stem in alt):
                    raise SystemExit(f"{a['id']}: none of {alt!r} in article text")
        e["note"] = a["note"]
        entries.append(e)
    labels = {
        "name": "blind77",
        "known_as_of": "2024-02-08",
        "feeds": [{"id": k, "title": v["title"], "format": v["format"], "lang": v["lang"]}
                  for k, v in OUTLETS.items()],
        "articles": entries,
    }
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=120)
    # published must stay a string ISO timestamp with Z; safe_dump quotes it already
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    langs = {}
    for a in arts:
        langs[a["lang"]] = langs.get(a["lang"], 0) + 1
    print(f"{len(arts)} articles, langs {langs}")


if __name__ == "__main__":
    main()
