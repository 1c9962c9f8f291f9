#!/usr/bin/env python3
"""Build the blind62 corpus: labels.yaml and articles/*.html from src/content/*.md.

Each content file holds a YAML front matter block (labels + page extras) between
`---` lines, then the article body: paragraphs separated by blank lines, `## ` for
subheads, `> ` for quotes, `- ` for list items.

    python3 src/generate.py        # writes ../labels.yaml and ../articles/
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from outlets import OUTLETS, RENDER, body_html  # noqa: E402

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]
VALID = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def load() -> list[dict]:
    arts = []
    for path in sorted((HERE / "content").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, fm, body = text.split("---\n", 2)
        a = yaml.safe_load(fm)
        a["body"] = [p for p in body.strip().split("\n\n")]
        pub = a["published"]
        if isinstance(pub, str):
            pub = datetime.fromisoformat(pub.replace("Z", "+00:00"))
        if pub.tzinfo is None:
            pub = pub.replace(tzinfo=timezone.utc)
        a["published"] = pub
        a["lang"] = OUTLETS[a["feed"]]["lang"]
        arts.append(a)
    arts.sort(key=lambda a: a["published"])
    return arts


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert ids == sorted(ids), f"ids are not in publication order: {ids}"
    assert len(set(ids)) == len(ids), "duplicate ids"
    for a in arts:
        assert a["label"] in VALID, (a["id"], a["label"])
        alerting = a["label"] in ("new_development", "status_change")
        assert bool(a.get("group")) == alerting, f"{a['id']}: group iff alerting"
        if alerting:
            assert a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                for w in alt:
                    assert w == w.lower(), (a["id"], w)
        assert a.get("note"), f"{a['id']}: note missing"
        assert a["published"] > datetime(2024, 2, 8, 23, 59, tzinfo=timezone.utc)
        assert a["published"] < datetime(2028, 1, 1, tzinfo=timezone.utc)


def write_labels(arts: list[dict]) -> None:
    feeds = [{"id": fid, "title": o["title"], "format": o["format"], "lang": o["lang"]}
             for fid, o in OUTLETS.items()]
    out = []
    for a in arts:
        e = {}
        for k in LABEL_KEYS:
            if k not in a or a[k] in (None, [], ""):
                continue
            v = a[k]
            if k == "published":
                v = v.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            e[k] = v
        out.append(e)
    data = {"name": "blind62", "known_as_of": "2024-02-08", "feeds": feeds, "articles": out}

    class Dumper(yaml.SafeDumper):
        pass

    def flow_list(dumper, value):
        # inner must_mention lists in flow style for readability
        if value and all(isinstance(x, str) for x in value) and len(value) <= 6 \
                and all(len(x) < 40 for x in value):
            return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=False)

    Dumper.add_representer(list, flow_list)
    text = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")


def write_pages(arts: list[dict]) -> None:
    outdir = ROOT / "articles"
    outdir.mkdir(exist_ok=True)
    for old in outdir.glob("*.html"):
        old.unlink()
    for i, a in enumerate(arts):
        same = [b for b in arts[:i] if b["feed"] == a["feed"]][-4:][::-1]
        related = [{"id": b["id"], "title": b["title"]} for b in same]
        body = body_html(a["body"], a["lang"])
        page = RENDER[a["feed"]](a, body, related, [])
        (outdir / f"{a['id']}.html").write_text(page, encoding="utf-8")


def main() -> int:
    arts = load()
    check(arts)
    write_labels(arts)
    write_pages(arts)
    by_lang: dict[str, int] = {}
    for a in arts:
        by_lang[a["lang"]] = by_lang.get(a["lang"], 0) + 1
    groups = sorted({a["group"] for a in arts if a.get("group")})
    print(f"{len(arts)} articles {by_lang}; {len(groups)} groups: {', '.join(groups)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
