#!/usr/bin/env python3
"""Generate the blind32 corpus: labels.yaml and articles/*.html.

    python3 src/generate.py            # writes ../labels.yaml and ../articles/

Deterministic: the same input always gives byte-identical output.
"""
from __future__ import annotations

import hashlib
import sys
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from templates import TEMPLATES, article_url  # noqa: E402
import data_en, data_ru, data_ja  # noqa: E402

FEEDS = [
    {"id": "sable", "title": "Sable Point Wire - World", "format": "rss", "lang": "en"},
    {"id": "meriwether", "title": "The Meriwether Review - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "moorings", "title": "Pacific Moorings Daily - Business & Ports", "format": "rss", "lang": "en"},
    {"id": "larkspur", "title": "The Larkspur Monitor - Eurasia", "format": "atom", "lang": "en"},
    {"id": "klyuch", "title": "ИА «Ключ-Информ» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "lotsman", "title": "Лоцман-ДВ — новости Сахалина и Дальнего Востока", "format": "atom", "lang": "ru"},
    {"id": "tozai", "title": "東西通信ニュース", "format": "rss", "lang": "ja"},
    {"id": "furen", "title": "風連湖新報 電子版", "format": "atom", "lang": "ja"},
]
LANG = {f["id"]: f["lang"] for f in FEEDS}

# section URLs used for "related" links (never corpus article URLs)
RELATED_BASE = {
    "sable": "https://www.sablepointwire.com/world/asia/",
    "meriwether": "https://meriwetherreview.com/asia-pacific/",
    "moorings": "https://pacificmoorings.com/news/",
    "larkspur": "https://larkspurmonitor.org/",
    "klyuch": "https://klyuch-inform.ru/news/",
    "lotsman": "https://lotsman-dv.ru/",
    "tozai": "https://www.tozai-tsushin.jp/article/",
    "furen": "https://furenko-shimpo.jp/news/",
}
EVERGREEN = {
    "sable": [("Bank of Japan holds rates steady, flags wage momentum", "boj-holds-rates"),
              ("South Korea, Japan leaders agree to deepen shuttle diplomacy", "korea-japan-shuttle"),
              ("Typhoon disrupts flights across Okinawa", "typhoon-okinawa-flights")],
    "meriwether": [("The quiet remaking of Japan's defence industry", "japan-defence-industry"),
                   ("Podcast: What Tokyo wants from Washington", "podcast-tokyo-washington"),
                   ("Explainer: How Japan's upper house works", "explainer-upper-house")],
    "moorings": [("Tomakomai container volumes edge higher", "tomakomai-volumes"),
                 ("Scallop exporters look beyond China", "scallop-exporters"),
                 ("Bunker prices in Busan ease for third week", "busan-bunker")],
    "larkspur": [("Central Asia's water wars, explained", "central-asia-water"),
                 ("Inside Vladivostok's port boom", "vladivostok-port"),
                 ("How the Caucasus railway deal could reshape trade", "caucasus-railway")],
    "klyuch": [("Курс рубля: что ждать на следующей неделе", "kurs-rublya"),
               ("В Приморье открыли новый пункт пропуска", "primorye-punkt"),
               ("Синоптики предупредили о заморозках в Центральной России", "zamorozki")],
    "lotsman": [("В Южно-Сахалинске отремонтируют 30 дворов", "dvory-remont"),
                ("На Сахалине стартовала путина горбуши", "putina-gorbushi"),
                ("Аэропорт Южно-Сахалинска изменил расписание", "aeroport-raspisanie")],
    "tozai": [("衆院予算委、物価対策巡り論戦", "yosan-iinkai"),
              ("円相場、一時1ドル＝150円台", "enso-ba"),
              ("大雪で交通に乱れ、北日本", "ooyuki")],
    "furen": [("根室のサンマ水揚げ、前年を上回る", "sanma-mizuage"),
              ("別海町で酪農フェス、家族連れでにぎわう", "betsukai-fes"),
              ("中標津空港、冬ダイヤを発表", "nakashibetsu-dia")],
}


def load() -> list[dict]:
    arts = []
    for mod in (data_en, data_ru, data_ja):
        for a in mod.ARTICLES:
            a = dict(a)
            a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            a["lang"] = LANG[a["feed"]]
            arts.append(a)
    arts.sort(key=lambda a: (a["published"], a["key"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"b32-{n:03d}"
    return arts


def check(arts: list[dict]) -> None:
    keys = [a["key"] for a in arts]
    assert len(keys) == len(set(keys)), "duplicate keys"
    feeds = {f["id"] for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["key"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["key"]
            for alt in a["must_mention"]:
                assert alt and all(w == w.lower() for w in alt), a["key"]
        else:
            assert not a.get("group"), a["key"]
        assert a.get("note"), a["key"]
        assert "2024-02-09" <= a["published"].date().isoformat() <= "2026-11-30", a["key"]
    groups: dict[str, set] = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], set()).add(a["label"])
    for g, labels in groups.items():
        assert len(labels) == 1, f"group {g} mixes labels {labels}"


def context(a: dict, arts: list[dict]) -> dict:
    earlier = [b for b in arts if b["feed"] == a["feed"] and b["published"] < a["published"]]
    base = RELATED_BASE[a["feed"]]
    rel = [(b["title"], article_url(b)) for b in reversed(earlier[-3:])]
    for t, s in EVERGREEN[a["feed"]]:
        if len(rel) >= 4:
            break
        rel.append((t, base + s))
    h = int(hashlib.sha1(a["key"].encode()).hexdigest(), 16)
    words = sum(len(p.split()) for p in a["body"]) if a["lang"] == "en" else sum(len(p) for p in a["body"]) // 5
    return {"related": rel, "read": f"{max(2, words // 220)} min", "comments": h % 37,
            "views": 300 + h % 4200}


def label_entry(a: dict) -> dict:
    e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
         "published": a["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
         "title": a["title"], "summary": a["summary"], "label": a["label"]}
    if a.get("group"):
        e["group"] = a["group"]
        e["new_facts"] = a["new_facts"]
        e["must_mention"] = a["must_mention"]
    e["note"] = a["note"]
    return e


def main() -> None:
    arts = load()
    check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a, context(a, arts))
        (out / f"{a['id']}.html").write_text(page, encoding="utf-8")
    labels = {"name": "blind32", "known_as_of": "2024-02-08", "feeds": FEEDS,
              "articles": [label_entry(a) for a in arts]}
    text = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    by = {}
    for a in arts:
        by.setdefault((a["lang"], a["label"]), 0)
        by[(a["lang"], a["label"])] += 1
    print(f"{len(arts)} articles written to {out}")
    for k in sorted(by):
        print(f"  {k[0]} {k[1]}: {by[k]}")


if __name__ == "__main__":
    main()
