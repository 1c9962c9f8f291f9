#!/usr/bin/env python3
"""Build the b117 corpus: labels.yaml and articles/<id>.html.

Deterministic; needs only the Python standard library and PyYAML.
Run from anywhere:  python3 src/generate.py   (writes next to src/)
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from outlets import FEEDS, NO_METADATA, render  # noqa: E402

NAME = ROOT.name  # the corpus name is the folder's name
KNOWN_AS_OF = date(2024, 2, 8)
FIRST, LAST = "2024-02-10", "2027-01-31T23:59:59Z"

# must_mention per group: one dict per required concept, with the stems in each language.
# An article's list puts its own language first and the other languages' forms after.
GROUP_MENTIONS = {
    "b117-g1": [
        {"en": ["sanction", "asset"], "ru": ["санкц", "актив"], "ja": ["制裁", "資産凍結"]},
        {"en": ["sakhalin", "limarenko"], "ru": ["сахалин", "лимаренко"], "ja": ["サハリン", "リマレンコ"]},
    ],
    "b117-g2": [
        {"en": ["lavrov"], "ru": ["лавров"], "ja": ["ラブロフ"]},
        {"en": ["kamikawa"], "ru": ["камикав"], "ja": ["上川"]},
    ],
    "b117-g3": [
        {"en": ["china", "chinese", "beijing"], "ru": ["кита", "кнр"], "ja": ["中国", "中ロ"]},
        {"en": ["joint statement"], "ru": ["совместн"], "ja": ["共同声明"]},
    ],
    "b117-g4": [
        {"en": ["notif", "notice"], "ru": ["уведомл"], "ja": ["通報"]},
        {"en": ["detain", "detention"], "ru": ["задержан"], "ja": ["拿捕"]},
    ],
    "b117-g5": [
        {"en": ["suspend"], "ru": ["приостан"], "ja": ["停止"]},
        {"en": ["notif", "notice"], "ru": ["уведомл"], "ja": ["通報"]},
    ],
    "b117-g6": [
        {"en": ["exception", "one-off"], "ru": ["исключ"], "ja": ["例外"]},
        {"en": ["notif", "informed"], "ru": ["уведом", "информир"], "ja": ["通報"]},
    ],
    "b117-g7": [
        {"en": ["resum", "reinstat"], "ru": ["возобнов"], "ja": ["再開"]},
        {"en": ["notif", "notice"], "ru": ["уведомл"], "ja": ["通報"]},
    ],
}

ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def collect() -> list[dict]:
    arts = []
    for lang, mod in (("en", articles_en), ("ru", articles_ru), ("ja", articles_ja)):
        for a in mod.ARTICLES:
            arts.append({**a, "lang": lang})
    arts.sort(key=lambda a: (a["published"], a["id"]))
    return arts


def must_mention(a: dict) -> list[list[str]]:
    out = []
    for concept in GROUP_MENTIONS[a["group"]]:
        stems = list(concept[a["lang"]])
        for lang in ("en", "ru", "ja"):
            if lang != a["lang"]:
                stems += [s for s in concept[lang] if s not in stems]
        out.append([s.lower() for s in stems])
    return out


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert ids == sorted(ids), f"ids are not in publication order: {ids}"
    feeds = {f["id"]: f for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        assert FIRST <= a["published"] <= LAST, a["id"]
        assert a.get("note"), a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") in GROUP_MENTIONS and a.get("new_facts"), a["id"]
            text = " ".join([a["title"], a["summary"]] + a["body"]).lower()
            for concept in GROUP_MENTIONS[a["group"]]:
                assert any(s in text for s in concept[a["lang"]]), (a["id"], concept[a["lang"]])
        else:
            assert not a.get("group"), a["id"]


def main() -> None:
    arts = collect()
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        html = render(a)
        if a["feed"] in NO_METADATA:
            assert "og:" not in html and "published_time" not in html and "ld+json" not in html
        (out_dir / f"{a['id']}.html").write_text(html, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ALERTING:
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = must_mention(a)
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"{NAME}: {len(entries)} articles, {len(FEEDS)} feeds written")


if __name__ == "__main__":
    main()
