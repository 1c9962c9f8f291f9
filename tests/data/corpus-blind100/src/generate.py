#!/usr/bin/env python3
"""Write the blind100 corpus: labels.yaml and articles/*.html, relative to the current
folder (run from the corpus root as `python3 src/generate.py`).

Texts live in content_en.py / content_ru.py / content_ja.py, the outlets and their
chrome in outlets.py, one page template per outlet in templates/<feed>.html
(string.Template syntax). Article ids are assigned in publication order
(b100-01, b100-02, ...). Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import datetime
from pathlib import Path
from string import Template

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402
import outlets  # noqa: E402

NAME = "blind100"
PREFIX = "b100"
LANG_OF_FEED = {f["id"]: f["lang"] for f in outlets.FEEDS}
SLUG_OF_SECTION = {}


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def paragraphs(body: str) -> str:
    out = []
    for block in [b.strip() for b in body.strip().split("\n\n") if b.strip()]:
        if block.startswith("## "):
            out.append(f"<h2>{html.escape(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f"<blockquote><p>{html.escape(block[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{html.escape(block)}</p>")
    return "\n".join(out)


def text_length(a: dict) -> int:
    body = a["body"]
    if a["lang"] == "ja":
        return len("".join(body.split()))
    return len(body.split())


def nav(feed: str) -> str:
    return " ".join(f'<a href="/{slug(s)}">{html.escape(s)}</a>' for s in outlets.SECTIONS[feed])


def slug(s: str) -> str:
    t = "".join(c.lower() if c.isalnum() and c.isascii() else "-" for c in s).strip("-")
    if not t:  # non-Latin section names
        t = "r" + hashlib.sha1(s.encode()).hexdigest()[:6]
    return t


def related(feed: str, key: str) -> str:
    items = outlets.RELATED[feed]
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    start = h % len(items)
    chosen = [items[(start + i) % len(items)] for i in range(3)]
    return "".join(f'<li><a href="{href}">{html.escape(t)}</a></li>' for t, href in chosen)


def comments(a: dict) -> str:
    cs = a.get("comments") or []
    if not cs:
        return {"en": "<p>No comments yet.</p>", "ru": "<p>Комментариев пока нет.</p>",
                "ja": "<p>コメントはまだありません。</p>"}[a["lang"]]
    return "\n".join(f'<div class="comment cmt"><b>{html.escape(n)}</b><p>{html.escape(t)}</p></div>'
                     for n, t in cs)


def jsonld(a: dict, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"],
        "dateModified": a["published"],
        "inLanguage": a["lang"],
        "author": {"@type": "Person", "name": a.get("byline", "")},
        "publisher": {"@type": "Organization", "name": outlets_title(a["feed"])},
        "mainEntityOfPage": url,
        "articleSection": a.get("section", ""),
        "keywords": ", ".join(a.get("tags", [])),
    }
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def outlets_title(feed: str) -> str:
    return next(f["title"] for f in outlets.FEEDS if f["id"] == feed)


def render(a: dict) -> str:
    tpl = Template((HERE / "templates" / f"{a['feed']}.html").read_text(encoding="utf-8"))
    dt = parse(a["published"])
    url = f"{outlets.BASE_URL[a['feed']]}/articles/{a['id']}.html"
    words = text_length(a)
    minutes = max(1, round(words / 220)) if a["lang"] != "ja" else max(1, round(words / 500))
    page = tpl.substitute(
        id=a["id"],
        title=html.escape(a["title"], quote=False),
        title_attr=html.escape(a["title"], quote=True),
        summary=html.escape(a["summary"], quote=False),
        summary_attr=html.escape(a["summary"], quote=True),
        canonical=url,
        iso=dt.isoformat(),
        date_line=outlets.date_line(a["feed"], dt),
        byline=html.escape(a.get("byline", "")),
        section=html.escape(a.get("section", "")),
        section_slug=slug(a.get("section", "news")),
        body=paragraphs(a["body"]),
        nav=nav(a["feed"]),
        related=related(a["feed"], a["key"]),
        comments=comments(a),
        tags=", ".join(html.escape(t) for t in a.get("tags", [])),
        jsonld=jsonld(a, url),
        year=dt.year,
        minutes=minutes,
    )
    if a["feed"] in outlets.NO_METADATA:
        low = page.lower()
        for bad in ("og:", "article:", "application/ld+json", "<time"):
            assert bad not in low, (a["id"], bad)
    return page


def main() -> None:
    root = Path.cwd()
    arts = []
    for mod in (content_en, content_ru, content_ja):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = LANG_OF_FEED[a["feed"]]
            arts.append(a)
    keys = [a["key"] for a in arts]
    assert len(keys) == len(set(keys)), "duplicate keys"
    arts.sort(key=lambda a: (parse(a["published"]), a["key"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"

    out_dir = root / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        (out_dir / f"{a['id']}.html").write_text(render(a), encoding="utf-8")

    entries = []
    for a in arts:
        e = {
            "id": a["id"],
            "feed": a["feed"],
            "lang": a["lang"],
            "published": a["published"],
            "title": a["title"],
            "summary": a["summary"],
            "label": a["label"],
        }
        if a.get("group"):
            e["group"] = a["group"]
        if a.get("new_facts"):
            e["new_facts"] = a["new_facts"]
        if a.get("must_mention"):
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    labels = {
        "name": NAME,
        "known_as_of": "2024-02-08",
        "feeds": outlets.FEEDS,
        "articles": entries,
    }
    text = ("# blind100: the economy and daily life on the islands as Russia runs them and\n"
            "# Japan watches. Generated by src/generate.py; edit the sources, not this file.\n")
    text += yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
    (root / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(arts)} articles and labels.yaml")


if __name__ == "__main__":
    main()
