#!/usr/bin/env python3
"""Write the blind90 corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py
Outputs go to the corpus folder (the parent of this script's folder).
Needs Python 3 (stdlib) and PyYAML (only to validate the written labels).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

from articles_a import ARTICLES as A  # noqa: E402
from articles_b import ARTICLES as B  # noqa: E402
from articles_c import ARTICLES as C  # noqa: E402
from outlets import FEEDS, TEMPLATES  # noqa: E402

PREFIX = "b90"
NAME = "blind90"
KNOWN_AS_OF = "2024-02-08"
RELATED_N = 3


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def main() -> None:
    arts = sorted(A + B + C, key=lambda a: a["published"])
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
    feeds = {f["id"] for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["feed"]
        assert a["label"] in {"new_development", "status_change", "restatement",
                              "off_topic", "neutral"}, a["label"]
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]

    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for i, a in enumerate(arts):
        earlier = [b for b in arts[:i] if b["feed"] == a["feed"]]
        ctx = {"related": list(reversed(earlier[-RELATED_N:]))}
        page = TEMPLATES[a["feed"]](a, ctx)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")

    lines = [f"name: {NAME}", f"known_as_of: {KNOWN_AS_OF}", "feeds:"]
    for f in FEEDS:
        lines.append(f"  - {{id: {f['id']}, title: {q(f['title'])}, format: {f['format']}, "
                     f"lang: {f['lang']}}}")
    lines.append("articles:")
    for a in arts:
        lines.append(f"  - id: {a['id']}")
        lines.append(f"    feed: {a['feed']}")
        lines.append(f"    lang: {a['lang']}")
        lines.append(f"    published: {a['published']}")
        lines.append(f"    title: {q(a['title'])}")
        lines.append(f"    summary: {q(a['summary'])}")
        lines.append(f"    label: {a['label']}")
        if a.get("group"):
            lines.append(f"    group: {a['group']}")
            lines.append("    new_facts:")
            for fact in a["new_facts"]:
                lines.append(f"      - {q(fact)}")
            mm = ", ".join("[" + ", ".join(q(w.lower()) for w in alt) + "]"
                           for alt in a["must_mention"])
            lines.append(f"    must_mention: [{mm}]")
        lines.append(f"    note: {q(a['note'])}")
    text = "\n".join(lines) + "\n"
    data = yaml.safe_load(text)
    assert len(data["articles"]) == len(arts)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")

    by_lang, by_label = {}, {}
    for a in arts:
        by_lang[a["lang"]] = by_lang.get(a["lang"], 0) + 1
        by_label[a["label"]] = by_label.get(a["label"], 0) + 1
    print(f"{len(arts)} articles; by language {by_lang}; by label {by_label}")


if __name__ == "__main__":
    main()
