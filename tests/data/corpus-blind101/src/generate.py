#!/usr/bin/env python3
"""Write labels.yaml and articles/*.html for the blind101 corpus.

Run from the corpus folder:  python3 src/generate.py
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402

NAME = "blind101"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "windrow-en", "title": "Windrow Press Agency — World", "format": "rss", "lang": "en"},
    {"id": "shinglebay-en", "title": "Shingle Bay Courier — Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "colophon-en", "title": "Colophon Review — Eurasia, explained", "format": "rss", "lang": "en"},
    {"id": "stenotype-en", "title": "Stenotype — Briefing & Interview Transcripts", "format": "atom", "lang": "en"},
    {"id": "terpenie-ru", "title": "Залив Терпения — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "slovovslovo-ru", "title": "Слово в слово — брифинги и интервью", "format": "atom", "lang": "ru"},
    {"id": "ezozensen-ja", "title": "蝦夷前線タイムズ 電子版", "format": "rss", "lang": "ja"},
    {"id": "jiron-ja", "title": "時論ジャパン 政治・国際", "format": "atom", "lang": "ja"},
]

TEMPLATES = {
    "windrow-en": "windrow", "shinglebay-en": "shinglebay", "colophon-en": "colophon",
    "stenotype-en": "stenotype", "terpenie-ru": "terpenie", "slovovslovo-ru": "slovovslovo",
    "ezozensen-ja": "ezozensen", "jiron-ja": "jiron",
}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> int:
    out = Path.cwd()
    arts = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    arts.sort(key=lambda a: (a["published"], a["id"]))
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feed_lang = {f["id"]: f["lang"] for f in FEEDS}
    (out / "articles").mkdir(exist_ok=True)
    for old in (out / "articles").glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        assert a["feed"] in feed_lang, a["id"]
        assert a["lang"] == feed_lang[a["feed"]], a["id"]
        tpl = importlib.import_module("templates." + TEMPLATES[a["feed"]])
        page = tpl.render(a)
        (out / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {k: a[k] for k in LABEL_KEYS if k in a and a[k] not in (None, [], "")}
        if e["label"] not in ("new_development", "status_change"):
            e.pop("group", None)
            e.pop("new_facts", None)
        entries.append(e)
    labels = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    (out / "labels.yaml").write_text(
        yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    print(f"wrote {len(entries)} articles and labels.yaml to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
