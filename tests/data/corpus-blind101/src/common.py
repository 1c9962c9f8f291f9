"""Shared helpers for the blind101 page templates."""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

esc = html.escape

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))   # Sakhalin time
MSK = timezone(timedelta(hours=3))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def iso(ts: str) -> str:
    return parse(ts).strftime("%Y-%m-%dT%H:%M:%SZ")


def en_date(ts: str, tz=timezone.utc, label="GMT") -> str:
    d = parse(ts).astimezone(tz)
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {label}"


def ru_date(ts: str, tz=SAKH) -> str:
    d = parse(ts).astimezone(tz)
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def ja_date(ts: str) -> str:
    d = parse(ts).astimezone(JST)
    return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"


def paragraphs(body: list[str], qa_labels=("Q", "A")) -> str:
    """Render body lines. Prefixes: 'h2:' subhead, 'q:'/'a:' transcript turns
    ('q:Speaker|text'), '>' pull quote; anything else is a paragraph."""
    out = []
    for line in body:
        if line.startswith("h2:"):
            out.append(f"<h2>{esc(line[3:].strip())}</h2>")
        elif line.startswith(("q:", "a:")):
            kind = line[0]
            rest = line[2:]
            who, _, text = rest.partition("|")
            cls = "question" if kind == "q" else "answer"
            out.append(f'<p class="{cls}"><strong>{esc(who.strip())}:</strong> {esc(text.strip())}</p>')
        elif line.startswith(">"):
            out.append(f"<blockquote><p>{esc(line[1:].strip())}</p></blockquote>")
        else:
            out.append(f"<p>{esc(line)}</p>")
    return "\n".join(out)


def jsonld(a: dict, publisher: str, url: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": iso(a["published"]),
        "dateModified": iso(a["published"]),
        "inLanguage": lang,
        "author": {"@type": "Person", "name": a.get("byline", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url,
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def comments_html(comments, heading="Comments", count_word="comments") -> str:
    if not comments:
        return ""
    items = "\n".join(
        f'<li class="comment"><span class="c-author">{esc(n)}</span>'
        f'<p class="c-text">{esc(t)}</p></li>' for n, t in comments)
    return (f'<section class="comments"><h3>{esc(heading)} ({len(comments)} {esc(count_word)})</h3>'
            f"<ol>{items}</ol></section>")


def related_html(related, heading="Related") -> str:
    if not related:
        return ""
    items = "\n".join(f'<li><a href="{esc(href)}">{esc(t)}</a></li>' for t, href in related)
    return f'<aside class="related"><h3>{esc(heading)}</h3><ul>{items}</ul></aside>'
