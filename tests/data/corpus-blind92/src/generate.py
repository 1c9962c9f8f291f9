#!/usr/bin/env python3
"""Generate the b92 blind corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py
Outputs are written next to src/ (the corpus root), using paths relative to
this file. Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from outlets import FEEDS, RENDER  # noqa: E402
import content_a, content_b, content_c  # noqa: E402

PREFIX = "b92"
ROOT = HERE.parent
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def collect() -> list[dict]:
    arts = content_a.ARTICLES + content_b.ARTICLES + content_c.ARTICLES
    arts = sorted(arts, key=lambda a: a["n"])
    feeds = {f["id"]: f for f in FEEDS}
    for i, a in enumerate(arts, 1):
        assert a["n"] == i, f"numbering gap at {i}"
        a["id"] = f"{PREFIX}-{i:02d}"
        a["lang"] = feeds[a["feed"]]["lang"]
        assert a["label"] in LABELS, a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                assert all(w == w.lower() for w in alt), a["id"]
        else:
            assert not a.get("group"), a["id"]
    pubs = [a["published"] for a in arts]
    assert pubs == sorted(pubs), "ids must follow publication order"
    assert len(set(pubs)) == len(pubs), "duplicate publication times"
    assert pubs[0] > KNOWN_AS_OF
    return arts


class Flow(list):
    """A list written in YAML flow style: [["a", "b"], ["c"]]."""


class FlowMap(dict):
    """A mapping written in YAML flow style: {id: x, title: y}."""


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
Dumper.add_representer(FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def label_entry(a: dict) -> dict:
    e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
         "title": a["title"], "summary": a["summary"], "label": a["label"]}
    if a["label"] in ALERTING:
        e["group"] = a["group"]
        e["new_facts"] = a["new_facts"]
        e["must_mention"] = Flow(Flow(alt) for alt in a["must_mention"])
    e["note"] = a["note"]
    return e


def main() -> None:
    arts = collect()
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        html = RENDER[a["feed"]](a)
        (out / f"{a['id']}.html").write_text(html, encoding="utf-8")
    doc = {"name": "blind92", "known_as_of": KNOWN_AS_OF, "feeds": [FlowMap(f) for f in FEEDS],
           "articles": [label_entry(a) for a in arts]}
    text = yaml.dump(doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)
    # plain YAML timestamps, as in FORMAT.md (the values load as datetimes/dates)
    text = re.sub(r"^(known_as_of): '(\d{4}-\d\d-\d\d)'$", r"\1: \2", text, flags=re.M)
    text = re.sub(r"^(  published): '(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)'$", r"\1: \2", text, flags=re.M)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(arts)} articles and labels.yaml to {ROOT}")


if __name__ == "__main__":
    main()
