#!/usr/bin/env python3
"""Generate the blind95 corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py
Uses only relative paths (resolved against this file's parent folder).
"""
from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import FEEDS, RELATED, TEMPLATES  # noqa: E402
import articles_2024, articles_2025, articles_2026_27  # noqa: E402

PREFIX = "b95"
NAME = "blind95"
KNOWN_AS_OF = "2024-02-08"


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def load() -> list[dict]:
    arts = articles_2024.ARTICLES + articles_2025.ARTICLES + articles_2026_27.ARTICLES
    for a in arts:
        a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    arts.sort(key=lambda a: a["published"])
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
    return arts


def check(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        alerting = a["label"] in ("new_development", "status_change")
        assert alerting == bool(a.get("group")), a["id"]
        if alerting:
            assert a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), (a["id"], alt)
    times = [a["published"] for a in arts]
    assert len(set(times)) == len(times), "duplicate publication times"


def labels_yaml(arts: list[dict]) -> str:
    out = [f"name: {NAME}", f"known_as_of: {KNOWN_AS_OF}", "feeds:"]
    for f in FEEDS:
        out.append(f"  - {{id: {f['id']}, title: {q(f['title'])}, format: {f['format']}, lang: {f['lang']}}}")
    out.append("articles:")
    for a in arts:
        out.append(f"  - id: {a['id']}")
        out.append(f"    feed: {a['feed']}")
        out.append(f"    lang: {a['lang']}")
        out.append(f"    published: {a['published'].strftime('%Y-%m-%dT%H:%M:%SZ')}")
        out.append(f"    title: {q(a['title'])}")
        out.append(f"    summary: {q(a['summary'])}")
        out.append(f"    label: {a['label']}")
        if a.get("group"):
            out.append(f"    group: {a['group']}")
        if a.get("new_facts"):
            out.append("    new_facts:")
            for fct in a["new_facts"]:
                out.append(f"      - {q(fct)}")
        if a.get("must_mention"):
            inner = ", ".join("[" + ", ".join(q(w.lower()) for w in alt) + "]" for alt in a["must_mention"])
            out.append(f"    must_mention: [{inner}]")
        out.append(f"    note: {q(a['note'])}")
    return "\n".join(out) + "\n"


def main() -> None:
    arts = load()
    check(arts)
    adir = ROOT / "articles"
    adir.mkdir(exist_ok=True)
    for old in adir.glob("*.html"):
        old.unlink()
    per_feed: dict[str, int] = {}
    for a in arts:
        k = per_feed.get(a["feed"], 0)
        per_feed[a["feed"]] = k + 1
        pool = RELATED[a["feed"]]
        rel = [pool[(k + i) % len(pool)] for i in range(min(4, len(pool)))]
        html = TEMPLATES[a["feed"]](a, rel)
        (adir / f"{a['id']}.html").write_text(html, encoding="utf-8")
    (ROOT / "labels.yaml").write_text(labels_yaml(arts), encoding="utf-8")
    print(f"wrote {len(arts)} articles and labels.yaml")


if __name__ == "__main__":
    main()
