#!/usr/bin/env python3
"""Build the blind58 corpus: labels.yaml + articles/*.html from src/content/*.txt.

Each content file is a YAML header (id, feed, lang, published, title, summary, label,
group, new_facts, must_mention, note, author, section, bare) followed by a line `---`
and the article body in a light markup (paragraphs separated by blank lines, `## `
subheads, `> ` quotes, `- ` lists, `**bold**`).

Usage: python3 src/generate.py            (writes next to src/)
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from outlets import OUTLETS, render  # noqa: E402

PREFIX = "b58"
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


def load(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    header, sep, body = text.partition("\n---\n")
    if not sep:
        raise SystemExit(f"{path.name}: no '---' separator")
    fixed = []
    for line in header.split("\n"):
        m = re.match(r"^(title|summary|author|section): (.*)$", line)
        if m and not m.group(2).startswith(('"', "'")):
            line = f"{m.group(1)}: {json.dumps(m.group(2), ensure_ascii=False)}"
        fixed.append(line)
    a = yaml.safe_load("\n".join(fixed))
    a["body"] = body
    pub = a["published"]
    if isinstance(pub, str):
        pub = datetime.fromisoformat(pub.replace("Z", "+00:00"))
    if pub.tzinfo is None:
        pub = pub.replace(tzinfo=timezone.utc)
    a["published"] = pub
    return a


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    want = [f"{PREFIX}-{i:02d}" for i in range(1, len(arts) + 1)]
    if ids != want:
        raise SystemExit(f"ids not in publication order: {ids}")
    for a in arts:
        if a["feed"] not in OUTLETS:
            raise SystemExit(f"{a['id']}: unknown feed {a['feed']}")
        if a["lang"] != OUTLETS[a["feed"]]["lang"]:
            raise SystemExit(f"{a['id']}: lang {a['lang']} != outlet lang")
        if a["label"] not in LABELS:
            raise SystemExit(f"{a['id']}: bad label {a['label']}")
        if a["label"] in ALERTING:
            if not a.get("group") or not a.get("new_facts") or not a.get("must_mention"):
                raise SystemExit(f"{a['id']}: alerting article needs group/new_facts/must_mention")
            for alt in a["must_mention"]:
                for w in alt:
                    if w.lower() != w:
                        raise SystemExit(f"{a['id']}: must_mention not lowercase: {w}")
                if not any(w in (a["title"] + a["summary"] + a["body"]).lower() for w in alt):
                    raise SystemExit(f"{a['id']}: no stem of {alt} occurs in the article")
        elif a.get("group"):
            raise SystemExit(f"{a['id']}: non-alerting article must not carry a group")
        if not a.get("note"):
            raise SystemExit(f"{a['id']}: note missing")
        if a["published"] <= datetime(2024, 2, 8, tzinfo=timezone.utc) or a["published"].year > 2027:
            raise SystemExit(f"{a['id']}: date out of range")
    groups = defaultdict(list)
    for a in arts:
        if a.get("group"):
            groups[a["group"]].append(a)
    for g, members in groups.items():
        if len({m["label"] for m in members}) != 1:
            raise SystemExit(f"group {g}: mixed labels")


def main() -> None:
    arts = [load(p) for p in sorted((HERE / "content").glob(f"{PREFIX}-*.txt"))]
    arts.sort(key=lambda a: (a["published"], a["id"]))
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    by_feed: dict[str, list[dict]] = defaultdict(list)
    for a in arts:
        page = render(a, list(by_feed[a["feed"]]))
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        by_feed[a["feed"]].append(a)

    feeds = [{"id": fid, "title": o["title"], "format": o["format"], "lang": o["lang"]}
             for fid, o in OUTLETS.items()]
    entries = []
    for a in arts:
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
    data = {"name": "blind58", "known_as_of": "2024-02-08", "feeds": feeds, "articles": entries}

    class Dumper(yaml.SafeDumper):
        pass

    def list_flow(dumper, value):
        flow = all(isinstance(v, list) for v in value) or all(isinstance(v, str) and len(v) < 40 for v in value)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow and bool(value))

    def dict_flow(dumper, value):
        flow = set(value) == {"id", "title", "format", "lang"}
        return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=flow)

    Dumper.add_representer(list, list_flow)
    Dumper.add_representer(dict, dict_flow)
    text = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")

    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    groups = Counter(a["group"] for a in arts if a.get("group"))
    print(f"{len(arts)} articles; langs {dict(langs)}; labels {dict(labels)}; groups {len(groups)}")
    for g, n in groups.items():
        print(f"  {g}: {n}")


if __name__ == "__main__":
    main()
