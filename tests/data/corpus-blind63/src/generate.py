#!/usr/bin/env python3
"""Write labels.yaml and articles/*.html for corpus blind63 from src/content and src/outlets.

Usage: python3 src/generate.py   (from anywhere; writes next to src/)"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import yaml

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
sys.path.insert(0, str(SRC))

from outlets import FEEDS, RENDER  # noqa: E402
from content import span_a, span_b  # noqa: E402

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


class Flow(list):
    """A list written in YAML flow style ([a, b])."""


class FlowMap(dict):
    """A mapping written in YAML flow style ({k: v})."""


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
Dumper.add_representer(FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def check(arts: list[dict]) -> None:
    feeds = {f["id"] for f in FEEDS}
    prev = None
    for n, a in enumerate(arts, 1):
        assert a["id"] == f"b63-{n:02d}", (a["id"], n)
        t = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
        assert prev is None or t > prev, f"{a['id']} out of order"
        prev = t
        assert a["feed"] in feeds, a["id"]
        assert a["label"] in LABELS, a["id"]
        lang = next(f["lang"] for f in FEEDS if f["id"] == a["feed"])
        assert a["lang"] == lang, a["id"]
        assert a.get("note"), a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert any(w in text for w in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]
    assert datetime(2024, 2, 8).date() < datetime.fromisoformat(arts[0]["published"][:10]).date()
    assert arts[-1]["published"] < "2028"


def main() -> None:
    arts = span_a.ARTICLES + span_b.ARTICLES
    check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        (out / f"{a['id']}.html").write_text(RENDER[a["feed"]](a), encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ALERTING:
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = Flow(Flow(x) for x in a["must_mention"])
        e["note"] = a["note"]
        entries.append(e)
    doc = {"name": "blind63", "known_as_of": "2024-02-08",
           "feeds": [FlowMap(f) for f in FEEDS], "articles": entries}
    text = yaml.dump(doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    by = {}
    for a in arts:
        by.setdefault(a["lang"], 0)
        by[a["lang"]] += 1
    print(f"wrote {len(arts)} articles {by}")


if __name__ == "__main__":
    main()
