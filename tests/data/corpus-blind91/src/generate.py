#!/usr/bin/env python3
"""Generate the blind91 corpus: labels.yaml and articles/*.html.

Usage (from anywhere):  python3 src/generate.py
Writes next to this script's parent folder (the corpus root).  Stdlib + PyYAML only
(PyYAML is used just to re-load and check the written labels.yaml).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

import data_2024  # noqa: E402
import data_2025  # noqa: E402
import data_2026_2027  # noqa: E402
from outlets import FEEDS, RENDER  # noqa: E402

PREFIX = "b91"
NAME = "blind91"
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def main() -> None:
    items = data_2024.ITEMS + data_2025.ITEMS + data_2026_2027.ITEMS
    items.sort(key=lambda a: a["published"])
    keys = [a["key"] for a in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    feed_ids = {f["id"]: f for f in FEEDS}

    # group ids in order of first report
    group_map: dict[str, str] = {}
    for a in items:
        g = a.get("group")
        if g and g not in group_map:
            group_map[g] = f"{PREFIX}-g{len(group_map) + 1}"

    art_dir = ROOT / "articles"
    art_dir.mkdir(exist_ok=True)
    for old in art_dir.glob("*.html"):
        old.unlink()

    lines = [f"name: {NAME}", f"known_as_of: {KNOWN_AS_OF}", "feeds:"]
    for f in FEEDS:
        lines.append(f"  - {{id: {f['id']}, title: {q(f['title'])}, format: {f['format']}, lang: {f['lang']}}}")
    lines.append("articles:")
    for n, a in enumerate(items, 1):
        aid = f"{PREFIX}-{n:02d}"
        a["id"] = aid
        feed = feed_ids[a["feed"]]
        label = a["label"]
        if label in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), aid
        else:
            assert not a.get("group"), aid
        lines.append(f"  - id: {aid}")
        lines.append(f"    feed: {a['feed']}")
        lines.append(f"    lang: {feed['lang']}")
        lines.append(f"    published: {a['published']}")
        lines.append(f"    title: {q(a['title'])}")
        lines.append(f"    summary: {q(a['summary'])}")
        lines.append(f"    label: {label}")
        if a.get("group"):
            lines.append(f"    group: {group_map[a['group']]}")
        if a.get("new_facts"):
            lines.append("    new_facts:")
            for fact in a["new_facts"]:
                lines.append(f"      - {q(fact)}")
        if a.get("must_mention"):
            mm = ", ".join("[" + ", ".join(q(w.lower()) for w in alt) + "]" for alt in a["must_mention"])
            lines.append(f"    must_mention: [{mm}]")
        lines.append(f"    note: {q(a['note'])}")
        page = RENDER[a["feed"]](a, aid)
        (art_dir / f"{aid}.html").write_text(page, encoding="utf-8")
    (ROOT / "labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # ---- self-checks
    data = yaml.safe_load((ROOT / "labels.yaml").read_text(encoding="utf-8"))
    arts = data["articles"]
    assert [x["id"] for x in arts] == [f"{PREFIX}-{i:02d}" for i in range(1, len(arts) + 1)]
    pub = [x["published"] for x in arts]
    assert pub == sorted(pub)
    for a in items:
        if a.get("must_mention"):
            # every stem list must be satisfiable by the article's own text
            text = (a["title"] + " " + a["summary"] + " " + a.get("body", "") + " "
                    + " ".join(e[2] for e in a.get("entries", []))).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), (a["id"], alt)
    by_lang = Counter(x["lang"] for x in arts)
    by_label = Counter(x["label"] for x in arts)
    by_feed = Counter(x["feed"] for x in arts)
    print(f"{len(arts)} articles -> {ROOT}")
    print("languages:", dict(by_lang))
    print("labels:", dict(by_label))
    print("feeds:", dict(by_feed))
    for g, gid in group_map.items():
        members = [x for x in arts if x.get("group") == gid]
        print(f"{gid}: {len(members)} articles, first {members[0]['id']} ({members[0]['lang']}) {members[0]['title'][:70]}")


if __name__ == "__main__":
    main()
