#!/usr/bin/env python3
"""Build the blind17 corpus: articles/<id>.html and labels.yaml.

    python3 src/build.py            (from the corpus folder, or give the corpus root as argv[1])

Outlets and events are fictional; every event after 2024-02-08 is hypothetical.
Article ids b17-001... follow publication order.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402
from templates import RENDER, num, slugify  # noqa: E402

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent

FEEDS = [
    {"id": "sandpiper-en", "title": "Sandpiper Newswire - World", "format": "rss", "lang": "en"},
    {"id": "ridgeway-en", "title": "The Ridgeway Post - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "kuroshio-en", "title": "Kuroshio Press - English Edition", "format": "rss", "lang": "en"},
    {"id": "quillon-en", "title": "Quillon Review - Asia policy, explained", "format": "atom", "lang": "en"},
    {"id": "kurs-ru", "title": "Курс-Восток — информационное агентство", "format": "rss", "lang": "ru"},
    {"id": "ohotsk-ru", "title": "Охотский рейд — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "hokuto-ja", "title": "北都通信ニュース", "format": "rss", "lang": "ja"},
    {"id": "misaki-ja", "title": "みさき新聞デジタル", "format": "atom", "lang": "ja"},
]
LANG = {f["id"]: f["lang"] for f in FEEDS}

# Filler "related" headlines per outlet (not part of the stream).
POOL = {
    "sandpiper-en": ["Oil edges higher as traders weigh Middle East supply risks",
                     "Bank of Japan keeps rates steady, signals patience",
                     "South Korea's exports rise for sixth straight month",
                     "Chinese coast guard, Philippine vessels in new standoff"],
    "ridgeway-en": ["Singapore's property cooling measures: what changes this year",
                    "Typhoon season: how Asia's megacities are preparing",
                    "Malaysia's ringgit steadies as investors return",
                    "The island nations racing to adapt to rising seas"],
    "kuroshio-en": ["Hokkaido scallop exporters look beyond China",
                    "Upper house election: parties finalise candidate lists",
                    "Tourism to Hokkaido hits record in winter season",
                    "Defense Ministry requests record budget for next fiscal year"],
    "quillon-en": ["The Sea of Okhotsk as a bastion: a primer",
                   "Why Japan's defence spending debate is about more than numbers",
                   "Podcast: Russia's pivot east, three years on",
                   "China, Russia and the politics of the Northern Sea Route"],
    "kurs-ru": ["Курс доллара на Мосбирже снизился на открытии торгов",
                "В Приморье завершили ремонт моста через Раздольную",
                "Правительство продлило программу «Дальневосточная ипотека»",
                "Синоптики предупредили о заморозках в Хабаровском крае"],
    "ohotsk-ru": ["На Сахалине стартовал приём заявок на «дальневосточный гектар» для участников СВО",
                  "Паром «Игорь Фархутдинов» вышел в рейс на Курилы с опозданием",
                  "В Южно-Сахалинске отремонтируют 40 дворов",
                  "Рыбаки Сахалина освоили квоты лососёвых на 70 процентов"],
    "hokuto-ja": ["道内のガソリン価格、3週連続で値上がり",
                  "札幌市、冬季五輪招致の是非を巡り市民対話",
                  "日銀短観、道内の景況感は小幅改善",
                  "釧路港で大型クルーズ船の寄港相次ぐ"],
    "misaki-ja": ["花咲港でサンマ初水揚げ　昨年より高値",
                  "根室市議会、補正予算案を可決",
                  "納沙布岬で「北方領土を望む」写真展",
                  "別海町で酪農家の後継者育成セミナー"],
}


def related_links(art: dict, earlier: list[dict]) -> list[tuple[str, str]]:
    """Up to 3 earlier stories of the same outlet plus filler, with outlet-style URLs."""
    feed = art["feed"]
    picks = [e for e in earlier if e["feed"] == feed][-3:][::-1]
    out = []
    for e in picks:
        out.append((e["title"], outlet_url(feed, e)))
    pool = POOL[feed]
    start = num(art["key"], 0, len(pool))
    for i in range(5 - len(out)):
        t = pool[(start + i) % len(pool)]
        out.append((t, outlet_url(feed, {"key": t, "title": t, "dt": art["dt"]})))
    return out


def outlet_url(feed: str, e: dict) -> str:
    n = num(e["key"])
    dt = e["dt"]
    return {
        "sandpiper-en": f"https://www.sandpiperwire.com/world/{dt:%Y/%m/%d}/{slugify(e['title'])}-{n}/",
        "ridgeway-en": f"https://www.ridgewaypost.com/world/{dt:%Y/%b/%d}/{slugify(e['title'])}".lower(),
        "kuroshio-en": f"https://en.kuroshiopress.jp/en/news/{dt:%Y%m%d}{n % 10000:04d}.html",
        "quillon-en": f"https://quillonreview.org/{dt:%Y/%m}/{slugify(e['title'])}/",
        "kurs-ru": f"https://kurs-vostok.ru/news/{num(e['key'], 1500000, 2400000)}",
        "ohotsk-ru": f"https://ohotsk-reid.ru/news/{num(e['key'], 30000, 99999)}/",
        "hokuto-ja": f"https://www.hokuto-tsushin.jp/article/{dt:%Y%m%d}-{num(e['key'], 10000, 99999)}",
        "misaki-ja": f"https://www.misaki-shimbun.jp/news/{n}.html",
    }[feed]


def words(text: str, lang: str) -> int:
    if lang == "ja":
        # Japanese has no spaces; count roughly two characters per word.
        return len(re.sub(r"\s", "", text)) // 2
    return len(text.split())


def main() -> None:
    arts = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    keys = Counter(a["key"] for a in arts)
    assert all(v == 1 for v in keys.values()), keys
    for a in arts:
        a["lang"] = LANG[a["feed"]]
        a["dt"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00")).astimezone(timezone.utc)
    arts.sort(key=lambda a: a["dt"])
    for i, a in enumerate(arts, 1):
        a["id"] = f"b17-{i:03d}"

    (ROOT / "articles").mkdir(parents=True, exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    for i, a in enumerate(arts):
        page = RENDER[a["feed"]](a, related_links(a, arts[:i]), {})
        (ROOT / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")

    # labels.yaml
    entries = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
             "published": a["dt"].strftime("%Y-%m-%dT%H:%M:%SZ"),
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ("new_development", "status_change"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    q = lambda v: json.dumps(v, ensure_ascii=False)  # JSON scalars/lists are valid YAML
    lines = ["name: blind17", "known_as_of: 2024-02-08",
             "feeds:                # outlets; format: rss | atom ; lang: en | ru | ja"]
    for f in FEEDS:
        lines.append(f"  - {{id: {f['id']}, title: {q(f['title'])}, format: {f['format']}, lang: {f['lang']}}}")
    lines.append("articles:")
    for e in entries:
        lines.append(f"  - id: {e['id']}")
        for k in ("feed", "lang", "published"):
            lines.append(f"    {k}: {e[k]}")
        for k in ("title", "summary"):
            lines.append(f"    {k}: {q(e[k])}")
        lines.append(f"    label: {e['label']}")
        if "group" in e:
            lines.append(f"    group: {e['group']}")
            lines.append("    new_facts:")
            lines.extend(f"      - {q(x)}" for x in e["new_facts"])
            lines.append(f"    must_mention: {q(e['must_mention'])}")
        lines.append(f"    note: {q(e['note'])}")
    head = ("# blind17: blind evaluation corpus for the Russia-Japan peace treaty / Kuril Islands monitor.\n"
            "# Written without access to the monitor's code, rules, seeds or tests.\n"
            "# Outlets are fictional; all events after 2024-02-08 are hypothetical.\n"
            "# Generated by src/build.py - edit the content_*.py files there, not this file.\n")
    text = "\n".join(lines) + "\n"
    parsed = yaml.safe_load(text)
    assert [a["id"] for a in parsed["articles"]] == [e["id"] for e in entries]
    for pa, e in zip(parsed["articles"], entries):
        for k in ("title", "summary", "note", "label"):
            assert pa[k] == e[k], (e["id"], k)
        assert pa.get("must_mention") == e.get("must_mention")
    (ROOT / "labels.yaml").write_text(head + text, encoding="utf-8")

    # ---- self-checks
    problems = []
    lo, hi = datetime(2024, 3, 1, tzinfo=timezone.utc), datetime(2026, 11, 30, 23, 59, tzinfo=timezone.utc)
    groups = defaultdict(list)
    for a in arts:
        n = words(a["body"], a["lang"])
        if not 150 <= n <= 600:
            problems.append(f"{a['id']} ({a['key']}): body {n} words")
        if not lo <= a["dt"] <= hi:
            problems.append(f"{a['id']}: date {a['dt']} out of range")
        if a["label"] in ("new_development", "status_change"):
            groups[a["group"]].append(a)
            low = (a["title"] + " " + a["summary"] + " " + a["body"]).lower()
            for alt in a["must_mention"]:
                if not any(w.lower() in low for w in alt):
                    problems.append(f"{a['id']} ({a['key']}): must_mention {alt} not in its own text")
        elif "group" in a:
            problems.append(f"{a['id']}: {a['label']} carries a group")
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    print(f"{len(arts)} articles; languages {dict(langs)}; labels {dict(labels)}")
    for g, members in groups.items():
        print(f"  {g}: {len(members)} reports, first {members[0]['id']} ({members[0]['lang']}), "
              f"langs {[m['lang'] for m in members]}, labels {sorted({m['label'] for m in members})}")
        if len({m['label'] for m in members}) != 1:
            problems.append(f"{g}: mixed labels")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
