"""Small helpers shared by the outlet templates (stdlib only)."""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JA_DAYS = "月火水木金土日"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def when(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a: dict, hours: int) -> datetime:
    return when(a).astimezone(timezone(timedelta(hours=hours)))


def iso(a: dict) -> str:
    return when(a).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def body_html(a: dict, p_class: str = "", h_tag: str = "h2") -> str:
    """Paragraphs; '## ' starts a subheading, '> ' a blockquote."""
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for para in a["body"]:
        if para.startswith("## "):
            out.append(f"<{h_tag}>{esc(para[3:])}</{h_tag}>")
        elif para.startswith("> "):
            out.append(f"<blockquote><p>{esc(para[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{esc(para)}</p>")
    return "\n".join(out)


def json_ld(a: dict, publisher: str, url_base: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": iso(a),
        "dateModified": iso(a),
        "inLanguage": a["lang"],
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": f"{url_base}/articles/{a['id']}.html",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og_meta(a: dict, site: str, with_article_time: bool = True) -> str:
    lines = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(site)}">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        f'<meta property="og:description" content="{esc(a["summary"])}">',
    ]
    if with_article_time:
        lines.append(f'<meta property="article:published_time" content="{iso(a)}">')
        if a.get("section"):
            lines.append(f'<meta property="article:section" content="{esc(a["section"])}">')
    return "\n".join(lines)


def links(items, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{c}><a href="{esc(href)}">{esc(text)}</a></li>' for href, text in items)
