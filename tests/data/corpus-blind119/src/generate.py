#!/usr/bin/env python3
"""Generate the blind119 corpus: labels.yaml and articles/<id>.html.

Deterministic; Python standard library + PyYAML only. Run from anywhere:
    python3 src/generate.py
Paths are resolved relative to this file, so the corpus folder is the parent of src/.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import OUTLETS, plain_text, render  # noqa: E402
import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402

NAME = "blind119"
KNOWN_AS_OF = "2024-02-08"

# One entry per development group: the label all its reports carry, the new fact, and the
# key words an alert must contain (one from each inner list; any language's form counts).
GROUPS = {
    "b119-g1": dict(
        label="new_development",
        new_facts=["Russia's FSB border directorate for Sakhalin has begun daily drone patrols over the "
                   "Kunashir (Nemuro) Strait to monitor Japanese fishing boats near the median line; Japan "
                   "protested"],
        must_mention=[["беспилот", "дрон", "drone", "無人機"],
                      ["шхун", "boats", "漁船", "fishing boat"]],
    ),
    "b119-g2": dict(
        label="new_development",
        new_facts=["A delegation led by a vice-governor of China's Shandong province visited Iturup — the first "
                   "visit by a Chinese provincial government's leadership to the disputed islands; Japan "
                   "protested to Russia and conveyed concern to China"],
        must_mention=[["шаньдун", "shandong", "山東"],
                      ["итуруп", "iturup", "etorofu", "択捉"]],
    ),
    "b119-g3": dict(
        label="new_development",
        new_facts=["The Russian Academy of Sciences opened a year-round research station on Tanfilyev "
                   "(Suisho) Island in the Habomai group — the first permanent civilian facility on the islet "
                   "since 1945; Japan protested"],
        must_mention=[["танфильев", "tanfilyev", "水晶島", "suisho"],
                      ["стационар", "station", "研究施設", "施設"]],
    ),
    "b119-g4": dict(
        label="status_change",
        new_facts=["Russia allowed Japanese orca researchers from Rausu to survey within 12 nautical miles of "
                   "Kunashir and land at two points, visa-free, for this season only (July–September 2025) — "
                   "an exception to the terminated visa-free exchanges"],
        must_mention=[["косат", "orca", "killer whale", "シャチ"],
                      ["сезон", "season", "今季"]],
    ),
    "b119-g5": dict(
        label="status_change",
        new_facts=["Russia and Japan held peace treaty consultations by video link on 24 November 2025 — the "
                   "first since Moscow broke off the talks in March 2022 — and agreed to continue contacts"],
        must_mention=[["видео", "video", "オンライン", "online"],
                      ["мирн", "peace treaty", "平和条約"]],
    ),
    "b119-g6": dict(
        label="status_change",
        new_facts=["Russia suspended the video-link peace treaty consultations with Japan 'until further "
                   "notice' in response to Japan's April 2026 sanctions package"],
        must_mention=[["приостан", "suspend", "停止", "halt", "shelve"],
                      ["мирн", "peace treaty", "平和条約"]],
    ),
    "b119-g7": dict(
        label="new_development",
        new_facts=["A Russian court on Kunashir sentenced the captain of the Nemuro crab boat Choei Maru No. 6 "
                   "to two years in a penal settlement — the first prison term for a Japanese fisherman since "
                   "Soviet times"],
        must_mention=[["長栄丸", "choei maru", "тёэй-мару"],
                      ["колони", "penal", "prison", "two years", "два года", "двум годам", "禁錮", "実刑"]],
    ),
}

FALLBACK_RELATED = {
    "en": [{"href": "../explainers/index.html", "title": "Explainers: the Kuril Islands dispute in maps"},
           {"href": "../section/asia.html", "title": "More from Asia"}],
    "ru": [{"href": "../kurily.html", "title": "Все новости Курил"},
           {"href": "../sakhalin.html", "title": "Новости Сахалина"}],
    "ja": [{"href": "../hokkaido.html", "title": "北海道のニュース一覧"},
           {"href": "../international.html", "title": "国際ニュース一覧"}],
}


def load_articles() -> list[dict]:
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            if OUTLETS[a["feed"]]["lang"] != lang:
                raise SystemExit(f"{a['id']}: feed {a['feed']} is not {lang}")
            arts.append(a)
    arts.sort(key=lambda a: (a["published"], a["id"]))
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids")
    expected = [f"b119-{n:02d}" for n in range(1, len(arts) + 1)]
    if ids != expected:
        raise SystemExit(f"ids are not numbered in publication order: {ids}")
    return arts


def check(arts: list[dict]) -> list[str]:
    problems = []
    for a in arts:
        text = plain_text(a).lower()
        if a["label"] in ("new_development", "status_change"):
            g = a.get("group")
            if g not in GROUPS:
                problems.append(f"{a['id']}: unknown group {g}")
                continue
            if GROUPS[g]["label"] != a["label"]:
                problems.append(f"{a['id']}: label {a['label']} differs from group {g}")
            for alt in GROUPS[g]["must_mention"]:
                if not any(w in text for w in alt):
                    problems.append(f"{a['id']}: none of {alt} in its text")
        elif a.get("group"):
            problems.append(f"{a['id']}: {a['label']} must not carry a group")
        if not a.get("note"):
            problems.append(f"{a['id']}: no note")
        body = " ".join(x if isinstance(x, str) else " ".join(
            y if isinstance(y, str) else " ".join(y) for y in x[1:]) for x in a["body"])
        size = len(body) if a["lang"] == "ja" else len(body.split())
        lo, hi = (300, 1600) if a["lang"] == "ja" else (150, 600)
        if not lo <= size <= hi:
            problems.append(f"{a['id']}: body size {size} outside {lo}-{hi}")
    return problems


def main() -> int:
    arts = load_articles()
    problems = check(arts)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    by_feed: dict[str, list[dict]] = {}
    entries = []
    for a in arts:
        earlier = by_feed.setdefault(a["feed"], [])
        related = [{"id": r["id"], "title": r["title"]} for r in reversed(earlier[-4:])]
        if len(related) < 2:
            related += FALLBACK_RELATED[a["lang"]][: 2 - len(related)]
        html = render(a, related)
        if re.search(r"/(tmp|work|home|root)/", html):
            raise SystemExit(f"{a['id']}: absolute filesystem path in page")
        (out / f"{a['id']}.html").write_text(html, encoding="utf-8")
        earlier.append(a)
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            g = GROUPS[a["group"]]
            e["group"] = a["group"]
            e["new_facts"] = list(g["new_facts"])
            # the article's own language first, then the other languages' forms
            text = plain_text(a).lower()
            e["must_mention"] = [sorted(alt, key=lambda w: (w not in text, alt.index(w)))
                                 for alt in g["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    labels = {
        "name": NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": [{"id": fid, "title": o["title"], "format": o["format"], "lang": o["lang"]}
                  for fid, o in OUTLETS.items()],
        "articles": entries,
    }
    (ROOT / "labels.yaml").write_text(
        yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    print(f"{NAME}: wrote {len(entries)} articles, {len(OUTLETS)} feeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
