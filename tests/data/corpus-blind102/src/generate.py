#!/usr/bin/env python3
"""Write the blind102 corpus: labels.yaml and articles/*.html.

Run from the corpus folder (the parent of src/):

    python3 src/generate.py

Texts live in content_en.py, content_ru.py and content_ja.py; outlets and their chrome
in outlets.py; one page template per outlet in templates/<feed id>.html.
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from string import Template

import yaml

sys.dont_write_bytecode = True

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402
import outlets  # noqa: E402

CORPUS_NAME = "blind102"
KNOWN_AS_OF = "2024-02-08"
LANG_OF_MODULE = {content_en: "en", content_ru: "ru", content_ja: "ja"}

NO_COMMENTS = {
    "mizzen-ledger": "<p class=\"no-comments\">No comments yet. Be the first to share your view.</p>",
    "lamphouse-review": "<p class=\"no-comments\">No letters yet.</p>",
    "toporok-ru": "<p class=\"no-comments\">Комментариев пока нет. Будьте первым!</p>",
}
DEFAULT_BYLINE = {
    "kettlewick-wire": "Kettlewick staff",
    "mizzen-ledger": "Ledger staff",
    "lamphouse-review": "The Lamphouse Review",
    "crossline-trans": "Crossline staff",
    "toporok-ru": "Редакция «Топорка»",
    "gidrograf-ru": "ИА «Гидрограф»",
    "kasasagi-ja": "",
    "bekambeushi-ja": "",
}


def parse_utc(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "news"


def body_to_html(body: str, indent: str = "      ") -> str:
    out = []
    for block in re.split(r"\n\s*\n", body.strip()):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{esc(block[3:].strip())}</h2>")
        elif block.startswith("> "):
            out.append(f"<blockquote>{esc(block[2:].strip())}</blockquote>")
        elif block.startswith(("Q: ", "A: ")):
            who, rest = block[:2], block[3:]
            cls = "q" if who == "Q:" else "a"
            out.append(f'<p class="{cls}"><strong>{who}</strong> {esc(rest)}</p>')
        elif re.match(r"^(Question|Maria Zakharova):", block):
            who, rest = block.split(":", 1)
            out.append(f"<p><strong>{esc(who)}:</strong>{esc(rest)}</p>")
        else:
            out.append(f"<p>{esc(block)}</p>".replace("\n", "<br>\n"))
    return "\n".join(indent + line for line in out)


def pick_related(feed: str, art_id: str, n: int = 4) -> list[tuple[str, str]]:
    pool = outlets.RELATED[feed]
    start = int(hashlib.sha1(art_id.encode()).hexdigest(), 16) % len(pool)
    return [pool[(start + i) % len(pool)] for i in range(min(n, len(pool)))]


def related_html(feed: str, art_id: str, base: str) -> str:
    items = pick_related(feed, art_id)
    return "\n".join(f'      <li><a href="{base}{href}">{esc(title)}</a></li>' for title, href in items)


def comments_html(feed: str, comments: list | None) -> str:
    if not comments:
        return "    " + NO_COMMENTS.get(feed, "")
    rows = []
    for name, when, text in comments:
        when_html = f' <span class="c-when">{esc(when)}</span>' if when else ""
        rows.append(f'    <div class="comment"><span class="c-name">{esc(name)}</span>{when_html}'
                    f'<p>{esc(text)}</p></div>')
    return "\n".join(rows)


def jsonld(art: dict, feed: str, dt: datetime, url: str) -> str:
    publisher = next(f["title"] for f in outlets.FEEDS if f["id"] == feed)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "description": art["summary"],
        "datePublished": outlets.iso_local(feed, dt),
        "dateModified": outlets.iso_local(feed, dt),
        "inLanguage": art["lang"],
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if art.get("byline"):
        data["author"] = {"@type": "Person" if feed != "gidrograf-ru" else "Organization",
                          "name": art["byline"]}
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def render(art: dict) -> str:
    feed = art["feed"]
    dt = parse_utc(art["published"])
    base = outlets.BASE_URLS[feed]
    url = f"{base}/articles/{art['id']}.html"
    tpl = Template((SRC / "templates" / f"{feed}.html").read_text(encoding="utf-8"))
    byline = art.get("byline") or DEFAULT_BYLINE[feed]
    section = art.get("section", "")
    src = art.get("source") or {}
    words = len(re.findall(r"\w+", art["body"]))
    values = {
        "page_title": esc(art["title"]),
        "headline": esc(art["title"]),
        "headline_attr": attr(art["title"]),
        "summary": esc(art["summary"]),
        "summary_attr": attr(art["summary"]),
        "canonical": url,
        "byline": esc(byline),
        "byline_attr": attr(byline),
        "date_human": esc(outlets.human_date(feed, dt)),
        "date_iso": dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "date_local_iso": outlets.iso_local(feed, dt),
        "section": esc(section),
        "section_slug": art.get("section_slug") or slugify(section),
        "body_html": body_to_html(art["body"]),
        "related_html": related_html(feed, art["id"], base),
        "comments_html": comments_html(feed, art.get("comments")),
        "tags_text": esc(", ".join(art.get("tags", []))),
        "jsonld": jsonld({**art, "byline": byline}, feed, dt, url),
        "read_minutes": str(max(1, round(words / 200))),
        "views": esc(art.get("views", "1 204")),
        "author_note": esc(art.get("author_note", "")),
        "source_name": esc(src.get("name", "")),
        "source_lang": esc(f"From {src.get('lang', '')}" if src else ""),
        "source_date": esc(src.get("date", "")),
    }
    page = tpl.substitute(values)
    if feed in outlets.NO_METADATA:
        assert "og:" not in page and "ld+json" not in page and "<time" not in page, feed
    return page


def load_articles() -> list[dict]:
    arts = []
    for module, lang in LANG_OF_MODULE.items():
        for a in module.ARTICLES:
            arts.append({**a, "lang": lang})
    arts.sort(key=lambda a: parse_utc(a["published"]))
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate article ids")
    return arts


def label_entry(a: dict) -> dict:
    e = {
        "id": a["id"], "feed": a["feed"], "lang": a["lang"],
        "published": parse_utc(a["published"]).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "title": a["title"], "summary": a["summary"], "label": a["label"],
    }
    if a["label"] in ("new_development", "status_change"):
        e["group"] = a["group"]
        e["new_facts"] = a["new_facts"]
        e["must_mention"] = a["must_mention"]
    e["note"] = a["note"]
    return e


def main() -> int:
    root = Path.cwd()
    if not (root / "src" / "generate.py").exists():
        print("run from the corpus folder: python3 src/generate.py", file=sys.stderr)
        return 2
    arts = load_articles()
    out = root / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        (out / f"{a['id']}.html").write_text(render(a), encoding="utf-8")
    labels = {
        "name": CORPUS_NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": outlets.FEEDS,
        "articles": [label_entry(a) for a in arts],
    }
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
    (root / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(arts)} articles and labels.yaml to {root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
