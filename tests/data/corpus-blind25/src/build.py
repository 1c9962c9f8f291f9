#!/usr/bin/env python3
"""Build the blind25 evaluation corpus: ../labels.yaml and ../articles/*.html.

Usage: python3 build.py            (paths are relative to this script)
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402
from templates import FILLER, RENDER, TZ  # noqa: E402

ROOT = HERE.parent


class Flow(list):
    """A list written in YAML flow style: [[a, b], [c]]."""


yaml.SafeDumper.add_representer(
    Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
KNOWN_AS_OF = date(2024, 2, 8)

FEEDS = [
    {"id": "corvid-en", "title": "Corvid Newswire - World", "format": "rss", "lang": "en"},
    {"id": "kelpline-en", "title": "The Kelp Line - Hokkaido & North Pacific in English", "format": "atom", "lang": "en"},
    {"id": "meridale-en", "title": "Meridale Chronicle - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "lotsiya-ru", "title": "ИА «Лоция» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "sopka-ru", "title": "Сопка-Медиа — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "taifun-ru", "title": "Тайфун.ДВ — новости Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "shibetsu-ja", "title": "標津浜通信 電子版", "format": "rss", "lang": "ja"},
    {"id": "chiyoda-ja", "title": "千代田新報デジタル", "format": "atom", "lang": "ja"},
]

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def check(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    ids = Counter(a["id"] for a in arts)
    dup = [i for i, n in ids.items() if n > 1]
    assert not dup, f"duplicate ids: {dup}"
    for a in arts:
        aid = a["id"]
        assert re.fullmatch(r"[A-Za-z0-9_-]+", aid), aid
        assert a["feed"] in feeds, aid
        assert feeds[a["feed"]]["lang"] == a["lang"], aid
        assert a["label"] in LABELS, aid
        assert parse(a["published"]).date() > KNOWN_AS_OF, aid
        assert a.get("note"), aid
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), aid
            for alt in a["must_mention"]:
                assert alt and all(w == w.lower() for w in alt), aid
                body = (a["title"] + "\n" + a["body"]).lower()
                assert any(w in body for w in alt), f"{aid}: none of {alt} in its text"
        else:
            assert not a.get("group") and not a.get("new_facts") and not a.get("must_mention"), aid
        size = len(a["body"].split()) if a["lang"] != "ja" else len(a["body"].replace("\n", ""))
        lo, hi = (150, 600) if a["lang"] != "ja" else (300, 1400)
        assert lo <= size <= hi, f"{aid}: body size {size} outside {lo}-{hi}"
    # groups: members share language-independent facts; first report first
    groups: dict[str, list[dict]] = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(a)
    for g, members in groups.items():
        labels = {m["label"] for m in members}
        assert len(labels) == 1, f"{g}: mixed labels {labels}"
        assert 1 <= len(members) <= 4, g


def main() -> int:
    arts = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    arts.sort(key=lambda a: parse(a["published"]))
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()

    seen: dict[str, list[dict]] = {}
    for a in arts:
        dt = parse(a["published"])
        a["dt_local"] = dt.astimezone(TZ[a["feed"]])
        a["published_iso"] = a["dt_local"].isoformat()
        earlier = list(reversed(seen.get(a["feed"], [])))[:3]
        related = [(f"/articles/{e['id']}.html", e["title"]) for e in earlier]
        related += FILLER[a["feed"]][: 5 - len(related)]
        html = RENDER[a["feed"]](a, related)
        (out_dir / f"{a['id']}.html").write_text(html, encoding="utf-8")
        seen.setdefault(a["feed"], []).append(a)

    entries = []
    for a in arts:
        e = {
            "id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
            "title": a["title"], "summary": a["summary"], "label": a["label"],
        }
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = Flow(Flow(alt) for alt in a["must_mention"])
        e["note"] = a["note"]
        entries.append(e)
    text = ("# blind25: blind evaluation corpus for the Russia-Japan peace treaty / Kuril Islands monitor.\n"
            "# Generated by src/build.py -- edit the content modules there, not this file.\n")
    text += yaml.safe_dump({"name": "blind25", "known_as_of": KNOWN_AS_OF}, sort_keys=False)
    text += "feeds:\n" + "".join(
        "  - " + yaml.safe_dump(f, allow_unicode=True, sort_keys=False, width=1000,
                                default_flow_style=True).strip() + "\n" for f in FEEDS)
    text += "articles:\n"
    for e in entries:
        block = yaml.safe_dump([e], allow_unicode=True, sort_keys=False, width=1000,
                               default_flow_style=False)
        text += "".join("  " + line + "\n" for line in block.rstrip("\n").split("\n")) + "\n"
    doc = yaml.safe_load(text)
    assert doc["name"] == "blind25" and len(doc["articles"]) == len(entries)
    assert [a["id"] for a in doc["articles"]] == [e["id"] for e in entries]
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")

    by_label = Counter(a["label"] for a in arts)
    by_lang = Counter(a["lang"] for a in arts)
    print(f"{len(arts)} articles; labels {dict(by_label)}; languages {dict(by_lang)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
