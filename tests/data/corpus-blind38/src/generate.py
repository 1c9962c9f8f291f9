#!/usr/bin/env python3
"""Build the blind38 corpus: articles/<id>.html and labels.yaml.

Usage (from anywhere):  python3 src/generate.py [--out DIR]
The output folder defaults to the corpus root (the parent of src/).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402
from outlets import FEEDS, RENDER  # noqa: E402

NAME = "blind38"
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}
LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def all_articles() -> list[dict]:
    arts = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    return sorted(arts, key=lambda a: (a["published"], a["id"]))


def check(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    ids = Counter(a["id"] for a in arts)
    dup = [i for i, c in ids.items() if c > 1]
    assert not dup, f"duplicate ids: {dup}"
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], f"{a['id']}: language differs from its feed"
        assert a["label"] in LABELS, a["id"]
        assert a["published"] > KNOWN_AS_OF, a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            low = a["body"].lower() + " " + a["title"].lower() + " " + a["summary"].lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in low for w in alt), f"{a['id']}: no word of {alt} in the text"
        else:
            assert not a.get("group"), f"{a['id']}: group on a {a['label']} article"
        assert a.get("note"), a["id"]


class Flow(list):
    """A list written in YAML flow style ([a, b])."""


class FlowMap(dict):
    """A mapping written in YAML flow style ({k: v})."""


class LabelsDumper(yaml.SafeDumper):
    pass


LabelsDumper.add_representer(
    Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
LabelsDumper.add_representer(
    FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def label_entry(a: dict) -> dict:
    out = {}
    for k in LABEL_KEYS:
        if k in a and a[k] not in (None, [], ""):
            out[k] = a[k]
    if "must_mention" in out:
        out["must_mention"] = Flow(Flow(alt) for alt in out["must_mention"])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE.parent)
    args = ap.parse_args()
    arts = all_articles()
    check(arts)
    out = args.out
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for old in (out / "articles").glob("*.html"):
        old.unlink()
    for n, a in enumerate(arts):
        page = RENDER[a["feed"]](a, n)
        (out / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
    labels = {"name": NAME, "known_as_of": KNOWN_AS_OF,
              "feeds": [FlowMap(f) for f in FEEDS], "articles": [label_entry(a) for a in arts]}
    text = yaml.dump(labels, Dumper=LabelsDumper, sort_keys=False, allow_unicode=True,
                     width=100, default_flow_style=False)
    (out / "labels.yaml").write_text(text, encoding="utf-8")
    langs = Counter(a["lang"] for a in arts)
    kinds = Counter(a["label"] for a in arts)
    groups = Counter(a["group"] for a in arts if a.get("group"))
    print(f"{len(arts)} articles; languages {dict(langs)}; labels {dict(kinds)}")
    for g, c in groups.items():
        first = next(a for a in arts if a.get("group") == g)
        print(f"  {g}: {c} report(s), first {first['id']} ({first['lang']}, {first['published'][:10]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
