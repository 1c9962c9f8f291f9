#!/usr/bin/env python3
"""Build the b128 corpus: labels.yaml and articles/<id>.html, next to this src/ folder.

Python stdlib + PyYAML only. Run from anywhere:  python3 src/generate.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import yaml

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
sys.path.insert(0, str(SRC))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from outlets import BY_ID, OUTLETS, RENDER  # noqa: E402

NAME = ROOT.name  # the corpus name is the folder's basename
KNOWN_AS_OF = "2024-02-08"
FIRST, LAST = datetime(2024, 2, 10, tzinfo=timezone.utc), datetime(2027, 1, 31, 23, 59, tzinfo=timezone.utc)
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def when(a) -> datetime:
    return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def collect() -> list[dict]:
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            arts.append(a)
    arts.sort(key=lambda a: (when(a), a["id"]))
    return arts


def validate(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), "ids are not in publication order"
    for a in arts:
        o = BY_ID[a["feed"]]
        assert o["lang"] == a["lang"], f"{a['id']}: language differs from its outlet"
        assert a["label"] in LABELS, a["id"]
        assert FIRST <= when(a) <= LAST, f"{a['id']}: date out of range"
        assert a.get("note"), f"{a['id']}: note missing"
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert all(w == w.lower() for w in alt), f"{a['id']}: must_mention not lowercase"
                assert any(w in text for w in alt), f"{a['id']}: none of {alt} occurs in the article"
        else:
            assert not a.get("group"), f"{a['id']}: a {a['label']} item carries a group"
    n = len(arts)
    assert 50 <= n <= 60, n
    groups = Counter(a["group"] for a in arts if a.get("group"))
    assert 6 <= len(groups) <= 8 and all(1 <= c <= 4 for c in groups.values()), groups
    assert 7 <= len(OUTLETS) <= 9


def labels_yaml(arts: list[dict]) -> str:
    out = [f"name: {NAME}", f"known_as_of: {KNOWN_AS_OF}", "feeds:"]
    for o in OUTLETS:
        out.append(f"  - {{id: {o['id']}, title: {q(o['title'])}, format: {o['format']}, lang: {o['lang']}}}")
    out.append("articles:")
    for a in arts:
        out.append(f"  - id: {a['id']}")
        out.append(f"    feed: {a['feed']}")
        out.append(f"    lang: {a['lang']}")
        out.append(f"    published: {a['published']}")
        out.append(f"    title: {q(a['title'])}")
        out.append(f"    summary: {q(a['summary'])}")
        out.append(f"    label: {a['label']}")
        if a.get("group"):
            out.append(f"    group: {a['group']}")
        if a.get("new_facts"):
            out.append("    new_facts:")
            out.extend(f"      - {q(f)}" for f in a["new_facts"])
        if a.get("must_mention"):
            inner = ", ".join("[" + ", ".join(q(w) for w in alt) + "]" for alt in a["must_mention"])
            out.append(f"    must_mention: [{inner}]")
        out.append(f"    note: {q(a['note'])}")
    return "\n".join(out) + "\n"


def main() -> int:
    arts = collect()
    validate(arts)
    (ROOT / "articles").mkdir(exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    for a in arts:
        page = RENDER[a["feed"]](a)
        (ROOT / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
    text = labels_yaml(arts)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    # round-trip check: the YAML must load and say what we meant
    data = yaml.safe_load(text)
    assert [x["id"] for x in data["articles"]] == [a["id"] for a in arts]
    for x, a in zip(data["articles"], arts):
        assert x["title"] == a["title"] and x.get("must_mention") == a.get("must_mention")
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    print(f"{NAME}: {len(arts)} articles; languages {dict(langs)}; labels {dict(labels)}; "
          f"groups {len({a['group'] for a in arts if a.get('group')})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
