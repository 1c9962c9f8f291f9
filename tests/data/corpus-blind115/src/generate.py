#!/usr/bin/env python3
"""Write labels.yaml and articles/<id>.html for the blind115 corpus (deterministic).

Usage (from the corpus folder or anywhere):  python3 src/generate.py
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from outlets import FEED_BY_ID, FEEDS, FILLER, TEMPLATES  # noqa: E402

NAME = "blind115"
KNOWN_AS_OF = "2024-02-08"
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def load() -> list[dict]:
    arts = []
    for mod in (articles_en, articles_ru, articles_ja):
        for a in mod.ARTICLES:
            a = dict(a)
            a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00")).astimezone(timezone.utc)
            arts.append(a)
    arts.sort(key=lambda a: (a["published"], a["id"]))
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for a in arts:
        assert a["feed"] in FEED_BY_ID, a["id"]
        assert a["lang"] == FEED_BY_ID[a["feed"]]["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        alerting = a["label"] in ("new_development", "status_change")
        assert alerting == bool(a.get("group")), f"{a['id']}: group iff alerting"
        if alerting:
            assert a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                assert all(w == w.lower() for w in alt), a["id"]
        assert a.get("note"), a["id"]
        assert datetime(2024, 2, 10, tzinfo=timezone.utc) <= a["published"] <= datetime(2027, 1, 31, 23, 59, tzinfo=timezone.utc)
    return arts


def related_for(art: dict, arts: list[dict]) -> list[tuple[str, str]]:
    feed = FEED_BY_ID[art["feed"]]
    earlier = [a for a in arts if a["feed"] == art["feed"] and a["published"] < art["published"]]
    earlier = earlier[-3:][::-1]
    out = []
    for a in earlier:
        p = a["published"]
        out.append((f"https://{feed['domain']}/news/{p:%Y/%m}/{p:%d%H%M}", a["title"]))
    n = 0
    fill = FILLER[art["feed"]]
    while len(out) < 4 and n < 4 * len(fill):
        k = (sum(map(ord, art["id"])) + n) % len(fill)
        title = fill[k]
        if title not in [t for _, t in out]:
            out.append((f"https://{feed['domain']}/news/archive/{1000 + k}", title))
        n += 1
    return out


def label_entry(a: dict) -> dict:
    e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
         "published": a["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
         "title": a["title"], "summary": a["summary"], "label": a["label"]}
    if a.get("group"):
        e["group"] = a["group"]
        e["new_facts"] = list(a["new_facts"])
        e["must_mention"] = [list(x) for x in a["must_mention"]]
    e["note"] = a["note"]
    return e


def main() -> None:
    arts = load()
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        feed = FEED_BY_ID[a["feed"]]
        html = TEMPLATES[a["feed"]](a, feed, related_for(a, arts))
        (out_dir / f"{a['id']}.html").write_text(html, encoding="utf-8")
    data = {
        "name": NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": [{"id": f["id"], "title": f["title"], "format": f["format"], "lang": f["lang"]} for f in FEEDS],
        "articles": [label_entry(a) for a in arts],
    }
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(arts)} articles and labels.yaml to {ROOT}")


if __name__ == "__main__":
    main()
