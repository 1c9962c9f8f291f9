"""Small helpers shared by the page templates."""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta, timezone

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_MON = [m[:3] for m in EN_MONTHS]
JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def iso(ts: str) -> str:
    return parse(ts).isoformat().replace("+00:00", "Z")


def slug(text: str, n: int = 7) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:n]) or "story"


def paras(body: list[str]) -> str:
    """Paragraphs; a paragraph starting with '## ' is a subhead, '> ' a quote."""
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def jsonld(a: dict, publisher: str, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": iso(a["published"]),
        "dateModified": iso(a["published"]),
        "inLanguage": a["lang"],
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url,
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related_list(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in items)
