#!/usr/bin/env python3
"""Generate corpus blind103: labels.yaml and articles/*.html, relative to the current
directory (run from the corpus root: `python3 src/generate.py`).

Texts live in per-language modules (content_en, content_ru, content_ja); each outlet
has its own page template in src/templates/. Python 3 stdlib + PyYAML only.
"""
from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path

import yaml

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402
from common import parse  # noqa: E402
from outlets import FEEDS, feeds_for_labels  # noqa: E402

NAME = "blind103"
KNOWN_AS_OF = "2024-02-08"
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}
SECTION_PATH = {"en": "news", "ru": "news", "ja": "news"}


def all_articles() -> list[dict]:
    arts = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    arts.sort(key=lambda a: (parse(a["published"]), a["id"]))
    return arts


def validate(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    ids = set()
    for a in arts:
        assert a["id"] not in ids, f"duplicate id {a['id']}"
        ids.add(a["id"])
        assert a["feed"] in feeds, f"{a['id']}: unknown feed {a['feed']}"
        assert feeds[a["feed"]]["lang"] == a["lang"], f"{a['id']}: language differs from its feed"
        assert a["label"] in LABELS, f"{a['id']}: bad label {a['label']}"
        assert parse(a["published"]) > parse("2024-02-08T23:59:59Z"), f"{a['id']}: too early"
        assert a.get("note"), f"{a['id']}: note missing"
        if a["label"] in ALERTING:
            assert a.get("group"), f"{a['id']}: alerting article without group"
            assert a.get("new_facts"), f"{a['id']}: new_facts missing"
            mm = a.get("must_mention")
            assert mm and all(isinstance(x, list) and x for x in mm), f"{a['id']}: must_mention"
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in mm:
                assert any(w.lower() in text for w in alt), \
                    f"{a['id']}: none of {alt} occurs in the article itself"
        else:
            assert not a.get("group"), f"{a['id']}: silent label with a group"
    groups: dict[str, set] = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], set()).add(a["label"])
    for g, labels in groups.items():
        assert len(labels) == 1, f"group {g} mixes labels {labels}"


def related_for(a: dict, arts: list[dict], host: str) -> list[tuple[str, str]]:
    """Up to three other stories of the same outlet, nearest in time, earlier first.
    Outlet-style permalinks (not /articles/ paths)."""
    same = [b for b in arts if b["feed"] == a["feed"] and b["id"] != a["id"]]
    t = parse(a["published"])
    earlier = sorted((b for b in same if parse(b["published"]) < t),
                     key=lambda b: t - parse(b["published"]))
    later = sorted((b for b in same if parse(b["published"]) > t),
                   key=lambda b: parse(b["published"]) - t)
    picked = (earlier[:3] + later)[:3]
    out = []
    for b in picked:
        d = parse(b["published"])
        h = hashlib.sha1(b["id"].encode()).hexdigest()[:6]
        out.append((b["title"], f"{host}/{SECTION_PATH[b['lang']]}/{d:%Y/%m}/{h}"))
    return out


def label_entry(a: dict) -> dict:
    e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
         "title": a["title"], "summary": a["summary"], "label": a["label"]}
    if a.get("group"):
        e["group"] = a["group"]
    if a["label"] in ALERTING:
        e["new_facts"] = a["new_facts"]
        e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
    e["note"] = a["note"]
    return e


def main() -> int:
    root = Path.cwd()
    arts = all_articles()
    validate(arts)
    feeds = {f["id"]: f for f in FEEDS}
    out_dir = root / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        feed = feeds[a["feed"]]
        tpl = importlib.import_module("templates." + a["feed"].replace("-", "_"))
        ctx = {"feed": feed, "related": related_for(a, arts, feed["host"])}
        (out_dir / f"{a['id']}.html").write_text(tpl.render(a, ctx), encoding="utf-8")
    labels = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": feeds_for_labels(),
              "articles": [label_entry(a) for a in arts]}
    (root / "labels.yaml").write_text(
        yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8")
    print(f"{NAME}: wrote {len(arts)} articles and labels.yaml in {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
