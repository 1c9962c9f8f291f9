#!/usr/bin/env python3
"""Generate the blind96 corpus: labels.yaml and articles/*.html.

Usage (from anywhere):  python3 src/generate.py
Writes next to src/: ../labels.yaml and ../articles/<id>.html.
Needs only the Python 3 standard library and PyYAML (used to validate the output).
"""
from __future__ import annotations

import json
import random
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import FEEDS, RENDERERS  # noqa: E402
import articles_2024  # noqa: E402
import articles_2025  # noqa: E402
import articles_2026  # noqa: E402

NAME = "blind96"
KNOWN_AS_OF = "2024-02-08"
BASE_URL = "http://news.example/articles"  # only for canonical/og:url inside pages
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def load_articles() -> list[dict]:
    arts = articles_2024.ARTICLES + articles_2025.ARTICLES + articles_2026.ARTICLES
    for a in arts:
        a["published"] = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return arts


def validate(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"b96-{i:02d}" for i in range(1, len(ids) + 1)], "ids must be b96-01.. in order"
    times = [a["published"] for a in arts]
    assert times == sorted(times) and len(set(times)) == len(times), "publication order"
    assert times[0] > datetime(2024, 2, 8, tzinfo=timezone.utc)
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert a["lang"] == feeds[a["feed"]]["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        if a["label"] in ALERTING:
            assert a.get("group"), a["id"]
            assert a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                assert alt and all(s == s.lower() for s in alt), a["id"]
        else:
            assert not a.get("group"), a["id"]
        assert a.get("note"), a["id"]
    groups: dict[str, list[dict]] = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(a)
    for g, members in groups.items():
        assert 1 <= len(members) <= 5, g
        assert len({m["label"] for m in members}) == 1, g
        # the first report must carry the must_mention words in its own text
        for m in members:
            text = (m["title"] + " " + m["summary"] + " " + " ".join(m["body"])).lower()
            for alt in m["must_mention"]:
                assert any(s in text for s in alt), (m["id"], alt)


def write_labels(arts: list[dict]) -> str:
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
            for nf in a["new_facts"]:
                out.append(f"      - {q(nf)}")
        if a.get("must_mention"):
            inner = ", ".join("[" + ", ".join(q(s) for s in alt) + "]" for alt in a["must_mention"])
            out.append(f"    must_mention: [{inner}]")
        out.append(f"    note: {q(a['note'])}")
    return "\n".join(out) + "\n"


def main() -> int:
    arts = load_articles()
    validate(arts)
    (ROOT / "articles").mkdir(exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    for a in arts:
        rng = random.Random(a["id"])
        url = f"{BASE_URL}/{a['id']}.html"
        html = RENDERERS[a["feed"]](a, url, rng)
        (ROOT / "articles" / f"{a['id']}.html").write_text(html, encoding="utf-8")
    text = write_labels(arts)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    # round-trip check
    data = yaml.safe_load(text)
    assert len(data["articles"]) == len(arts)
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    print(f"{len(arts)} articles; langs {dict(langs)}; labels {dict(labels)}; "
          f"groups {len({a['group'] for a in arts if a.get('group')})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
