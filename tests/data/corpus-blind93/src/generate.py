#!/usr/bin/env python3
"""Generate the b93 blind corpus: labels.yaml and articles/*.html.

Usage: python3 src/generate.py   (writes next to src/, i.e. into the corpus folder)
Needs Python 3 and PyYAML (only to verify the written labels.yaml)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

from data_en import ARTICLES as EN  # noqa: E402
from data_ja import ARTICLES as JA  # noqa: E402
from data_ru import ARTICLES as RU  # noqa: E402
from templates import RENDER  # noqa: E402

ROOT = HERE.parent
PREFIX = "b93"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "larchmere-en", "title": "Larchmere Dispatch — Asia", "format": "rss", "lang": "en"},
    {"id": "plumbline-en", "title": "The Plumbline Review — Eurasia & Pacific", "format": "atom", "lang": "en"},
    {"id": "ostrander-en", "title": "Ostrander Times — World", "format": "rss", "lang": "en"},
    {"id": "tillerman-en", "title": "Tillerman Markets Brief", "format": "atom", "lang": "en"},
    {"id": "perekat-ru", "title": "Перекат — федеральная лента", "format": "atom", "lang": "ru"},
    {"id": "bagulnik-ru", "title": "Багульник — сахалинская газета онлайн", "format": "rss", "lang": "ru"},
    {"id": "chanai-ja", "title": "茶内タイムズ 電子版", "format": "rss", "lang": "ja"},
    {"id": "fudo-ja", "title": "オホーツク風土新聞デジタル", "format": "atom", "lang": "ja"},
]

ALERTING = {"new_development", "status_change"}


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def build() -> list[dict]:
    arts = sorted(EN + RU + JA, key=lambda a: a["published"])
    keys = [a["key"] for a in arts]
    dup = [k for k, n in Counter(keys).items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate keys: {dup}")
    groups: dict[str, str] = {}
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
        gk = a.get("gkey")
        if a["label"] in ALERTING:
            if not gk:
                raise SystemExit(f"{a['key']}: alerting label without group")
            if gk not in groups:
                groups[gk] = f"{PREFIX}-g{len(groups) + 1}"
            a["group"] = groups[gk]
        elif gk:
            raise SystemExit(f"{a['key']}: group on a non-alerting label")
    return arts


def write_labels(arts: list[dict]) -> str:
    out = ["name: blind93",
           f"known_as_of: {KNOWN_AS_OF}",
           "feeds:"]
    for f in FEEDS:
        out.append(f"  - {{id: {f['id']}, title: {q(f['title'])}, format: {f['format']}, lang: {f['lang']}}}")
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
            out.append("    new_facts:")
            for fact in a["new_facts"]:
                out.append(f"      - {q(fact)}")
            mm = ", ".join("[" + ", ".join(q(w.lower()) for w in alt) + "]" for alt in a["must_mention"])
            out.append(f"    must_mention: [{mm}]")
        out.append(f"    note: {q(a['note'])}")
    return "\n".join(out) + "\n"


def page_text(html: str) -> str:
    return html.lower()


def check(arts: list[dict]) -> None:
    for a in arts:
        html = (ROOT / "articles" / f"{a['id']}.html").read_text(encoding="utf-8").lower()
        if a.get("group"):
            for alt in a["must_mention"]:
                if not any(w.lower() in html for w in alt):
                    raise SystemExit(f"{a['id']} ({a['key']}): none of {alt} in page")
            # the key words should also be reachable from the feed item or the lead
            head = (a["title"] + " " + a["summary"]).lower()
            missing = [alt for alt in a["must_mention"] if not any(w.lower() in head for w in alt)]
            if missing and a["key"] not in BURIED:
                print(f"note: {a['id']} ({a['key']}) title+summary lack {missing}")
        if a["feed"] in ("ostrander-en", "chanai-ja"):
            for bad in ("og:", "ld+json", "article:published_time"):
                if bad in html:
                    raise SystemExit(f"{a['id']}: metadata '{bad}' on a no-metadata outlet")


BURIED = {"navigation-solar", "telemed-ja", "consular-ru"}


def main() -> None:
    arts = build()
    (ROOT / "articles").mkdir(exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    counters: Counter = Counter()
    for a in arts:
        idx = counters[a["feed"]]
        counters[a["feed"]] += 1
        html = RENDER[a["feed"]](a, idx)
        (ROOT / "articles" / f"{a['id']}.html").write_text(html, encoding="utf-8")
    text = write_labels(arts)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    data = yaml.safe_load(text)
    assert len(data["articles"]) == len(arts)
    check(arts)
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    print(f"{len(arts)} articles; langs {dict(langs)}; labels {dict(labels)}")
    seen = set()
    for a in arts:
        if a.get("group") and a["group"] not in seen:
            seen.add(a["group"])
            members = [b["id"] for b in arts if b.get("group") == a["group"]]
            print(f"  {a['group']}: first {a['id']} [{a['lang']}] {a['title']}  members={members}")


if __name__ == "__main__":
    main()
