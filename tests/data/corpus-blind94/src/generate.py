#!/usr/bin/env python3
"""Generate corpus blind94: articles/*.html and labels.yaml.

Run from anywhere:  python3 src/generate.py
Uses only the standard library and PyYAML; all paths are relative to the corpus folder.
"""
from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from templates import OUTLETS  # noqa: E402
import content_en, content_ru, content_ja  # noqa: E402

NAME = "blind94"
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def collect() -> list[dict]:
    arts = []
    for mod, lang in ((content_en, "en"), (content_ru, "ru"), (content_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            a["dt"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            arts.append(a)
    arts.sort(key=lambda a: a["dt"])
    return arts


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    expected = [f"b94-{i:02d}" for i in range(1, len(arts) + 1)]
    assert ids == expected, f"ids not in publication order: {ids}"
    for a in arts:
        assert a["feed"] in OUTLETS, a["id"]
        assert OUTLETS[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                assert alt and all(w == w.lower() for w in alt), a["id"]
                text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
                assert any(w in text for w in alt), f"{a['id']}: none of {alt} in text"
        else:
            assert not a.get("group"), a["id"]
        words = sum(len(p.split()) for p in a["body"]) if a["lang"] != "ja" else \
            sum(len(p) for p in a["body"]) // 2
        assert 140 <= words <= 700, f"{a['id']} body size {words}"


def labels_doc(arts: list[dict]) -> dict:
    feeds = [{"id": fid, "title": o["title"], "format": o["format"], "lang": o["lang"]}
             for fid, o in OUTLETS.items()]
    items = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ALERTING:
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        items.append(e)
    return {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": feeds, "articles": items}


def q(value: str) -> str:
    """A YAML scalar for one value on one line (quoted only when needed)."""
    out = yaml.safe_dump(value, allow_unicode=True, width=100000, default_style=None).strip()
    if out.endswith("\n..."):
        out = out[:-4].strip()
    if out.endswith("..."):
        out = out[:-3].strip()
    return out


def flow_list(items: list) -> str:
    if isinstance(items, list):
        return "[" + ", ".join(flow_list(i) for i in items) + "]"
    return json.dumps(items, ensure_ascii=False)


def labels_yaml(doc: dict) -> str:
    lines = [f"name: {doc['name']}",
             f"known_as_of: {doc['known_as_of']}  # the known facts are those of the five seed documents",
             "feeds:"]
    for f in doc["feeds"]:
        lines.append(f"  - {{id: {f['id']}, title: {json.dumps(f['title'], ensure_ascii=False)}, "
                     f"format: {f['format']}, lang: {f['lang']}}}")
    lines.append("articles:")
    for a in doc["articles"]:
        lines.append(f"  - id: {a['id']}")
        lines.append(f"    feed: {a['feed']}")
        lines.append(f"    lang: {a['lang']}")
        lines.append(f"    published: {a['published']}")
        lines.append(f"    title: {q(a['title'])}")
        lines.append(f"    summary: {q(a['summary'])}")
        lines.append(f"    label: {a['label']}")
        if "group" in a:
            lines.append(f"    group: {a['group']}")
            lines.append("    new_facts:")
            for nf in a["new_facts"]:
                lines.append(f"      - {q(nf)}")
            lines.append(f"    must_mention: {flow_list(a['must_mention'])}")
        lines.append(f"    note: {q(a['note'])}")
    return "\n".join(lines) + "\n"


def main() -> None:
    arts = collect()
    check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        html = OUTLETS[a["feed"]]["render"](a)
        (out / f"{a['id']}.html").write_text(html, encoding="utf-8")
    doc = labels_doc(arts)
    text = labels_yaml(doc)
    reread = yaml.safe_load(text)
    assert [a["id"] for a in reread["articles"]] == [a["id"] for a in arts]
    for a, b in zip(reread["articles"], doc["articles"]):
        for k in ("title", "summary", "note", "label", "feed"):
            assert a[k] == b[k], (a["id"], k)
        assert a.get("must_mention") == b.get("must_mention"), a["id"]
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    by_lang, by_label = {}, {}
    for a in arts:
        by_lang[a["lang"]] = by_lang.get(a["lang"], 0) + 1
        by_label[a["label"]] = by_label.get(a["label"], 0) + 1
    print(f"{len(arts)} articles; by language {by_lang}; by label {by_label}")


if __name__ == "__main__":
    main()
