#!/usr/bin/env python3
"""Build the blind130 corpus: labels.yaml and articles/<id>.html.

Run from the corpus folder:  python3 src/generate.py
Needs Python 3 and PyYAML. Article data lives in articles_en.py, articles_ru.py,
articles_ja.py; outlet chrome in outlets.py.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import OUTLETS  # noqa: E402
from articles_en import ARTICLES as EN  # noqa: E402
from articles_ru import ARTICLES as RU  # noqa: E402
from articles_ja import ARTICLES as JA  # noqa: E402

NAME = ROOT.name
KNOWN_AS_OF = "2024-02-08"

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def when(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def visible_date(a: dict, lang: str) -> str:
    t = when(a)
    if lang == "ja":
        j = t + timedelta(hours=9)
        return f"{j.year}年{j.month}月{j.day}日 {j.hour}:{j.minute:02d}"
    if lang == "ru":
        s = t + timedelta(hours=11)
        return f"{s.day} {RU_MONTHS[s.month - 1]} {s.year}, {s.hour:02d}:{s.minute:02d} (по сахалинскому времени)"
    return f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} \u00b7 {t.strftime('%H:%M')} GMT"


def head_meta(a: dict, o: dict) -> str:
    """Metadata block according to the outlet's policy."""
    kind = o["meta"]
    iso = when(a).isoformat().replace("+00:00", "Z")
    parts = []
    if kind in ("full", "og", "date"):
        parts += [
            f'<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{esc(o["site"])}">',
            f'<meta property="og:title" content="{esc(a["title"])}">',
            f'<meta property="og:description" content="{esc(a["summary"])}">',
            f'<meta property="article:published_time" content="{iso}">',
        ]
        if a.get("section"):
            parts.append(f'<meta property="article:section" content="{esc(a["section"])}">')
    if kind == "date":
        parts.append(f'<meta name="date" content="{iso}">')
    if kind == "full":
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["title"],
            "description": a["summary"],
            "datePublished": iso,
            "dateModified": iso,
            "inLanguage": a["lang"],
            "author": {"@type": "Person", "name": a.get("byline", o["site"])},
            "publisher": {"@type": "Organization", "name": o["site"]},
        }
        parts.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(parts)


def nav(o: dict) -> str:
    items = "".join(f'<li><a href="/section/{n}">{esc(x)}</a></li>'
                    for n, x in enumerate(o["nav"], 1))
    return f'<nav class="site-nav" aria-label="main"><ul>{items}</ul></nav>'


def related(a: dict, o: dict) -> str:
    heading = {"en": "Related stories", "ru": "Читайте также", "ja": "関連記事"}[a["lang"]]
    rel = list(o["related"])
    k = sum(ord(c) for c in a["id"]) % len(rel)
    rel = rel[k:] + rel[:k]
    lis = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in rel[:3])
    return f'<aside class="related"><h2>{heading}</h2><ul>{lis}</ul></aside>'


def share(lang: str) -> str:
    if lang == "ru":
        labels = ["ВКонтакте", "Telegram", "Одноклассники", "Скопировать ссылку"]
    elif lang == "ja":
        labels = ["X（旧Twitter）", "LINE", "Facebook", "はてなブックマーク"]
    else:
        labels = ["Share on X", "Facebook", "LinkedIn", "Email", "Copy link"]
    return ('<div class="share">' + "".join(f'<button type="button">{esc(x)}</button>' for x in labels)
            + "</div>")


def cookie(o: dict) -> str:
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog"><p>{esc(o["cookie"])}</p>'
            f'<button type="button" class="accept">OK</button></div>')


def body_html(a: dict) -> str:
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def comments(a: dict) -> str:
    cs = a.get("comments") or []
    if not cs:
        return ""
    head = {"en": "Comments", "ru": "Комментарии", "ja": "コメント"}[a["lang"]]
    items = "".join(f'<li><span class="who">{esc(w)}</span><p>{esc(t)}</p></li>' for w, t in cs)
    return f'<section class="comments"><h2>{head} ({len(cs)})</h2><ol>{items}</ol></section>'


def byline_html(a: dict) -> str:
    lang = a["lang"]
    who = a.get("byline", "")
    date = visible_date(a, lang)
    if lang == "ja":
        return f'<div class="byline"><span class="author">{esc(who)}</span> <time>{esc(date)}</time></div>'
    if lang == "ru":
        return f'<div class="byline"><time>{esc(date)}</time> <span class="author">{esc(who)}</span></div>'
    return f'<div class="byline">By <span class="author">{esc(who)}</span> <time>{esc(date)}</time></div>'


def render(a: dict) -> str:
    o = OUTLETS[a["feed"]]
    lang = a["lang"]
    style = o["style"]
    title_tag = f'{a["title"]} | {o["site"]}' if lang != "ja" else f'{a["title"]}｜{o["site"]}'
    crumbs = a.get("section", "")
    extra_top = ""
    extra_bottom = ""
    if style == "broadsheet":
        extra_top = '<div class="ticker">Markets \u25b2 Nikkei \u00b7 Hang Seng \u00b7 KOSPI</div>'
        extra_bottom = ('<div class="newsletter"><h3>The Pacific Brief</h3><p>Our daily newsletter on '
                        'Asia and the oceans. <a href="/newsletters">Sign up</a></p></div>')
    elif style == "wire":
        extra_top = '<div class="wire-flag">OUTRIGGER WIRE \u00b7 FILED</div>'
    elif style == "trade":
        extra_top = '<div class="paywall-note">Subscriber preview \u2014 3 free articles left this month</div>'
        extra_bottom = '<div class="events">Upcoming: North Pacific Fisheries Forum \u00b7 Ports & Logistics Summit</div>'
    elif style == "magazine":
        extra_bottom = '<div class="support"><p>Independent journalism needs you. <a href="/support">Support the Courier</a></p></div>'
    elif style == "ru-portal":
        extra_top = '<div class="weather">Южно-Сахалинск +3 \u00b7 Южно-Курильск +5 \u00b7 Курильск +4</div>'
        extra_bottom = '<div class="subscribe">Подписывайтесь на наш канал в Telegram</div>'
    elif style == "ru-trade":
        extra_top = '<div class="quotes">Минтай с/м \u00b7 Сельдь \u00b7 Краб стригун \u2014 биржевые котировки</div>'
    elif style == "ja-local":
        extra_top = '<div class="tide">きょうの潮：根室 満潮 5:12 干潮 11:40</div>'
        extra_bottom = '<div class="ad">広告　しれとこ漁協直売所　秋の味覚フェア</div>'
    elif style == "ja-paper":
        extra_top = '<div class="paper-date">親潮タイムズ 電子版　会員登録で全記事が読めます</div>'
        extra_bottom = '<div class="ranking"><h3>アクセスランキング</h3><ol><li>道東の天気、週末は荒れ模様</li><li>釧路の新店舗オープン</li><li>高校野球地区予選の組み合わせ決まる</li></ol></div>'
    meta = head_meta(a, o)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_tag)}</title>
{meta}
<link rel="stylesheet" href="/static/{a['feed']}.css">
</head>
<body class="{style}">
{cookie(o)}
<header class="masthead"><a class="logo" href="/">{esc(o['site'])}</a>
<form class="search" action="/search"><input type="search" name="q"></form></header>
{nav(o)}
{extra_top}
<main>
<article>
<div class="breadcrumb">{esc(crumbs)}</div>
<h1>{esc(a['title'])}</h1>
<p class="standfirst">{esc(a['summary'])}</p>
{byline_html(a)}
<div class="article-body">
{body_html(a)}
</div>
{share(lang)}
</article>
{related(a, o)}
{comments(a)}
</main>
{extra_bottom}
<footer class="site-footer"><p>{esc(o['footer'])}</p></footer>
<script src="/static/app.js" defer></script>
</body>
</html>
"""


def main() -> int:
    arts = sorted(EN + RU + JA, key=when)
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for a in arts:
        assert a["feed"] in OUTLETS, a["id"]
        assert OUTLETS[a["feed"]]["lang"] == a["lang"], a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
    (ROOT / "articles").mkdir(exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    feeds = [{"id": fid, "title": o["title"], "format": o["format"], "lang": o["lang"]}
             for fid, o in OUTLETS.items()]
    entries = []
    for a in arts:
        (ROOT / "articles" / f"{a['id']}.html").write_text(render(a), encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a.get("new_facts"):
            e["new_facts"] = a["new_facts"]
        if a.get("must_mention"):
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    data = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": feeds, "articles": entries}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    by_lang: dict[str, int] = {}
    by_label: dict[str, int] = {}
    for a in arts:
        by_lang[a["lang"]] = by_lang.get(a["lang"], 0) + 1
        by_label[a["label"]] = by_label.get(a["label"], 0) + 1
    groups = sorted({a["group"] for a in arts if a.get("group")})
    print(f"{NAME}: {len(arts)} articles, languages {by_lang}, labels {by_label}, groups {len(groups)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
