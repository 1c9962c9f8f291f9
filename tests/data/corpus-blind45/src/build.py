#!/usr/bin/env python3
"""Build the blind45 corpus: labels.yaml and articles/<id>.html next to this src/ folder.

Usage: python3 src/build.py        (python3 stdlib + PyYAML)

The article texts live in corpus_en.py, corpus_ru.py and corpus_ja.py; the outlets and
their page templates in outlets.py. The script checks the corpus against the brief
(counts, languages, groups, must_mention stems present in each article) before writing.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_en  # noqa: E402
import corpus_ja  # noqa: E402
import corpus_ru  # noqa: E402
from outlets import FEEDS, TEMPLATES  # noqa: E402

ROOT = HERE.parent
KNOWN_AS_OF = datetime(2024, 2, 8, tzinfo=timezone.utc)
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


def published(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def check(articles: list[dict]) -> list[str]:
    errors = []
    feeds = {f["id"]: f for f in FEEDS}
    ids = Counter(a["id"] for a in articles)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    groups = defaultdict(list)
    for a in articles:
        where = a["id"]
        if not re.fullmatch(r"[A-Za-z0-9_-]+", a["id"]):
            errors.append(f"{where}: bad id")
        if a["feed"] not in feeds:
            errors.append(f"{where}: unknown feed")
        elif feeds[a["feed"]]["lang"] != a["lang"]:
            errors.append(f"{where}: language differs from its feed")
        if a["label"] not in LABELS:
            errors.append(f"{where}: bad label")
        if published(a) <= KNOWN_AS_OF:
            errors.append(f"{where}: published before known_as_of")
        if not a.get("note"):
            errors.append(f"{where}: no note")
        text = (a["title"] + " " + a["summary"] + " " + a["body"]).lower()
        if a["label"] in ALERTING:
            if not a.get("group"):
                errors.append(f"{where}: alerting label without group")
            if not a.get("new_facts"):
                errors.append(f"{where}: no new_facts")
            if not a.get("must_mention"):
                errors.append(f"{where}: no must_mention")
            groups[a["group"]].append(a)
            for alt in a.get("must_mention", []):
                for w in alt:
                    if w != w.lower():
                        errors.append(f"{where}: must_mention '{w}' not lowercase")
                if not any(w in text for w in alt):
                    errors.append(f"{where}: none of {alt} occurs in the article")
        elif a.get("group"):
            errors.append(f"{where}: group on a non-alerting label")
        if a["lang"] == "ja":
            n = len(re.sub(r"\s", "", a["body"]))
            if not 300 <= n <= 1400:
                errors.append(f"{where}: {n} characters")
        else:
            n = len(a["body"].split())
            lo = 100 if a.get("flash") else 150
            if not lo <= n <= 600:
                errors.append(f"{where}: {n} words")
    if not 6 <= len(groups) <= 8:
        errors.append(f"{len(groups)} groups")
    for g, members in groups.items():
        if not 1 <= len(members) <= 4:
            errors.append(f"group {g}: {len(members)} reports")
        if len({m["label"] for m in members}) != 1:
            errors.append(f"group {g}: mixed labels")
    if not 50 <= len(articles) <= 60:
        errors.append(f"{len(articles)} articles")
    if not 7 <= len({a['feed'] for a in articles}) <= 9:
        errors.append("outlet count")
    return errors


def main() -> int:
    articles = corpus_en.ARTICLES + corpus_ru.ARTICLES + corpus_ja.ARTICLES
    articles.sort(key=published)
    errors = check(articles)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in articles:
        html = TEMPLATES[a["feed"]](a)
        (out_dir / f"{a['id']}.html").write_text(html, encoding="utf-8")
    entries = []
    for a in articles:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ALERTING:
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    data = {"name": "blind45", "known_as_of": "2024-02-08",
            "feeds": [dict(f) for f in FEEDS], "articles": entries}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    langs = Counter(a["lang"] for a in articles)
    labels = Counter(a["label"] for a in articles)
    n = len(articles)
    print(f"{n} articles; " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(langs.items())))
    print("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    groups = defaultdict(list)
    for a in articles:
        if a.get("group"):
            groups[a["group"]].append(f"{a['id']}({a['lang']})")
    for g, m in groups.items():
        print(f"  {g}: {', '.join(m)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
