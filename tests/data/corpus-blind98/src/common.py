"""Shared helpers for the page templates: escaping, dates in each language, slugs."""
from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")
SAKH = timezone(timedelta(hours=11), "SAKT")

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_MON = [m[:3] for m in EN_MONTHS]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def iso(ts: str, tz=timezone.utc) -> str:
    return parse(ts).astimezone(tz).isoformat()


def en_long(ts: str) -> str:
    d = parse(ts)
    h = d.strftime("%I").lstrip("0")
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {h}:{d:%M} {d:%p} GMT"


def en_short(ts: str) -> str:
    d = parse(ts)
    return f"{d.day} {EN_MON[d.month - 1]} {d.year}"


def ru_long(ts: str) -> str:
    d = parse(ts).astimezone(SAKH)
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def ja_long(ts: str) -> str:
    d = parse(ts).astimezone(JST)
    return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"


def ja_date(ts: str) -> str:
    d = parse(ts).astimezone(JST)
    return f"{d.year}年{d.month}月{d.day}日"


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:60] or "news"


def paragraphs(body: list[str]) -> str:
    """Body paragraphs; a paragraph starting with '## ' is a subheading, '> ' a pull quote."""
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n        ".join(out)


def json_ld(a: dict, publisher: str, url: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": iso(a["published"]),
        "dateModified": iso(a["published"]),
        "inLanguage": lang,
        "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def stable_id(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()[:8]


def rel_href(prefix: str, title: str) -> str:
    """Outlet-internal link for a related story (never an /articles/ path)."""
    tail = slug(title) if title.isascii() else "n" + stable_id(title)
    return f"{prefix}/{tail}"


def related_links(items: list[str], prefix: str) -> str:
    return "\n".join(
        f'          <li><a href="{rel_href(prefix, t)}">{esc(t)}</a></li>' for t in items)
