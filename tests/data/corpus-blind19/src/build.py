#!/usr/bin/env python3
"""Build the blind19 evaluation corpus: labels.yaml and articles/*.html.

Usage: python3 src/build.py [output_dir]   (default: the folder above src/)

The content lives in content_en.py, content_ru.py and content_ja.py; the page
templates of the eight invented outlets live in templates.py. The build checks the
labels for internal consistency before writing anything.
"""
from __future__ import annotations

import html
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
from templates import OUTLETS  # noqa: E402

NAME = "blind19"
KNOWN_AS_OF = "2024-02-08"
BASE_URLS = {
    "pelorus": "https://www.peloruswire.com",
    "harrowgate": "https://www.harrowgatestandard.co.uk",
    "offing": "https://offingreview.org",
    "tsugaru-en": "https://en.tsugaru-shimpo.jp",
    "pribrezhye": "https://pribrezhye.ru",
    "azimut": "https://azimut-inform.ru",
    "hokko": "https://www.hokko-np.jp",
    "higashi": "https://news.higashi-hbc.jp",
}
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}
FIELDS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
          "new_facts", "must_mention", "note"]


class Stamp(str):
    """A timestamp written unquoted, so that YAML reads it as a timestamp."""


def _stamp(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", str(data))


yaml.SafeDumper.add_representer(Stamp, _stamp)


def when(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def article_text(page: str) -> str:
    m = re.search(r"<article\b.*?</article>", page, re.S)
    text = re.sub(r"<[^>]+>", " ", m.group(0) if m else page)
    return html.unescape(re.sub(r"\s+", " ", text)).lower()


def check(articles) -> list[str]:
    errors = []
    ids = Counter(a["id"] for a in articles)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    lo = datetime(2024, 3, 1, tzinfo=timezone.utc)
    hi = datetime(2026, 11, 1, tzinfo=timezone.utc)
    groups = defaultdict(list)
    for a in articles:
        if not re.fullmatch(r"[A-Za-z0-9_-]+", a["id"]):
            errors.append(f"{a['id']}: bad id")
        if a["feed"] not in OUTLETS:
            errors.append(f"{a['id']}: unknown feed")
        elif OUTLETS[a["feed"]]["lang"] != a["lang"]:
            errors.append(f"{a['id']}: language differs from its feed")
        if a["label"] not in LABELS:
            errors.append(f"{a['id']}: bad label {a['label']}")
        if not lo <= when(a) < hi:
            errors.append(f"{a['id']}: date out of range")
        if not a.get("note"):
            errors.append(f"{a['id']}: no note")
        if a["label"] in ALERTING:
            if not a.get("group"):
                errors.append(f"{a['id']}: alerting article without group")
            if not a.get("new_facts") or not a.get("must_mention"):
                errors.append(f"{a['id']}: alerting article without new_facts/must_mention")
            groups[a.get("group")].append(a)
            text = article_text(OUTLETS[a["feed"]]["render"](a, BASE_URLS[a["feed"]]))
            for alt in a.get("must_mention", []):
                if any(s != s.lower() for s in alt):
                    errors.append(f"{a['id']}: must_mention not lowercase: {alt}")
                if not any(s in text for s in alt):
                    errors.append(f"{a['id']}: no stem of {alt} in the article body")
        elif a.get("group") or a.get("new_facts") or a.get("must_mention"):
            errors.append(f"{a['id']}: non-alerting article carries group/new_facts/must_mention")
        words = len(re.findall(r"\w+", " ".join(a["body"]))) if a["lang"] != "ja" \
            else len("".join(a["body"])) // 2
        if not 120 <= words <= 650:
            errors.append(f"{a['id']}: body length {words} outside 150-600 words")
    for g, members in groups.items():
        if len({m["label"] for m in members}) != 1:
            errors.append(f"group {g}: members with different labels")
        if not 1 <= len(members) <= 4:
            errors.append(f"group {g}: {len(members)} reports")
    if not 6 <= len(groups) <= 8:
        errors.append(f"{len(groups)} groups (want 6-8)")
    if not 50 <= len(articles) <= 60:
        errors.append(f"{len(articles)} articles (want 50-60)")
    used = {a["feed"] for a in articles}
    if not 7 <= len(used) <= 9:
        errors.append(f"{len(used)} outlets (want 7-9)")
    return errors


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    articles = sorted(content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES, key=when)
    errors = check(articles)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for old in (out / "articles").glob("*.html"):
        old.unlink()
    entries = []
    for a in articles:
        page = OUTLETS[a["feed"]]["render"](a, BASE_URLS[a["feed"]])
        (out / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {k: a[k] for k in FIELDS if a.get(k) not in (None, [], "")}
        e["published"] = Stamp(a["published"])
        entries.append(e)
    feeds = [{"id": fid, "title": o["title"], "format": o["format"], "lang": o["lang"]}
             for fid, o in OUTLETS.items()]
    doc = {"name": NAME, "known_as_of": Stamp(KNOWN_AS_OF), "feeds": feeds, "articles": entries}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000,
                          default_flow_style=False)
    (out / "labels.yaml").write_text(
        "# blind19: generated by src/build.py - edit the content modules, not this file\n" + text,
        encoding="utf-8")
    langs = Counter(a["lang"] for a in articles)
    labels = Counter((a["lang"], a["label"]) for a in articles)
    print(f"{len(articles)} articles: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    for lang in sorted(langs):
        print(f"  {lang}: " + ", ".join(f"{lab} {n}" for (l, lab), n in sorted(labels.items()) if l == lang))
    groups = defaultdict(list)
    for a in articles:
        if a.get("group"):
            groups[a["group"]].append(f"{a['lang']}:{a['id']}")
    for g, m in groups.items():
        print(f"  {g}: {' '.join(m)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
