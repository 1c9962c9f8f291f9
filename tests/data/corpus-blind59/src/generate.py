#!/usr/bin/env python3
"""Build corpus blind59: labels.yaml and articles/*.html from src/content/*.txt.

Each content file holds one or more articles separated by a line of five '='.
An article is a YAML header (id, feed, published, title, summary, label, group,
new_facts, must_mention, note, and page extras: author, section, dek, meta, tags,
comments), a line '---', then the body: paragraphs separated by blank lines;
'## ' starts a subhead, '> ' a block quote, '* ' a list item.

Usage: python3 src/generate.py   (from anywhere; writes next to src/)
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from outlets import FEEDS, render  # noqa: E402

LANG = {f["id"]: f["lang"] for f in FEEDS}
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def parse_file(path: Path) -> list[dict]:
    arts = []
    for chunk in path.read_text(encoding="utf-8").split("\n=====\n"):
        if not chunk.strip():
            continue
        head, _, body = chunk.partition("\n---\n")
        meta = yaml.safe_load(head)
        paras = [" ".join(l.strip() for l in p.strip().splitlines())
                 for p in body.strip().split("\n\n") if p.strip()]
        meta["body"] = paras
        pub = meta["published"]
        if isinstance(pub, str):
            pub = datetime.fromisoformat(pub.replace("Z", "+00:00"))
        if pub.tzinfo is None:
            pub = pub.replace(tzinfo=timezone.utc)
        meta["published"] = pub
        meta["lang"] = LANG[meta["feed"]]
        arts.append(meta)
    return arts


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for n, a in enumerate(arts, 1):
        assert a["id"] == f"b59-{n:02d}", f"id order: {a['id']} at position {n}"
        assert a["label"] in LABELS, a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group"), f"{a['id']}: group missing"
            assert a.get("new_facts"), f"{a['id']}: new_facts missing"
            assert a.get("must_mention"), f"{a['id']}: must_mention missing"
            for alt in a["must_mention"]:
                for w in alt:
                    assert w == w.lower(), f"{a['id']}: must_mention not lowercase: {w}"
        else:
            assert not a.get("group"), f"{a['id']}: group on a {a['label']}"
        assert a.get("note"), f"{a['id']}: note missing"
        words = sum(len(p.split()) for p in a["body"]) if a["lang"] != "ja" else \
            sum(len(p) for p in a["body"]) // 2
        assert words >= 120, f"{a['id']}: body too short ({words})"
        assert datetime(2024, 2, 8, tzinfo=timezone.utc) < a["published"] < \
            datetime(2028, 1, 1, tzinfo=timezone.utc), a["id"]
    # group members must be in the group's language set and labels consistent
    groups: dict[str, set] = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], set()).add(a["label"])
    for g, labs in groups.items():
        assert len(labs) == 1, f"group {g} mixes labels {labs}"


def main() -> None:
    arts = []
    for p in sorted((HERE / "content").glob("*.txt")):
        arts.extend(parse_file(p))
    arts.sort(key=lambda a: a["published"])
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    seen_by_feed: dict[str, list] = {}
    entries = []
    for a in arts:
        prev = seen_by_feed.setdefault(a["feed"], [])
        related = list(reversed(prev[-4:]))
        (out_dir / f"{a['id']}.html").write_text(render(a, related), encoding="utf-8")
        prev.append((a["id"], a["title"]))
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
             "published": a["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a.get("new_facts"):
            e["new_facts"] = a["new_facts"]
        if a.get("must_mention"):
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": "blind59", "known_as_of": "2024-02-08",
              "feeds": [dict(f) for f in FEEDS], "articles": entries}

    class Dumper(yaml.SafeDumper):
        pass

    def flow_list(dumper, data):
        flow = all(not isinstance(x, (dict,)) for x in data) and \
            all(isinstance(x, list) or isinstance(x, str) and len(x) < 40 for x in data)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    Dumper.add_representer(list, flow_list)
    text = yaml.dump(labels, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=110)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    by_lang: dict[str, int] = {}
    by_label: dict[str, int] = {}
    for a in arts:
        by_lang[a["lang"]] = by_lang.get(a["lang"], 0) + 1
        by_label[a["label"]] = by_label.get(a["label"], 0) + 1
    print(f"{len(arts)} articles; languages {by_lang}; labels {by_label}; groups {len(groups_of(arts))}")


def groups_of(arts):
    return sorted({a["group"] for a in arts if a.get("group")})


if __name__ == "__main__":
    main()
