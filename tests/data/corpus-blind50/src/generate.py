#!/usr/bin/env python3
"""Generate the blind50 evaluation corpus: labels.yaml and articles/*.html.

Usage:  python3 src/generate.py            (writes next to src/, i.e. into the corpus folder)
        python3 src/generate.py --out DIR

The article texts live in articles_en.py / articles_ru.py / articles_ja.py; this script
renders each one inside its outlet's page template and writes the labels in publication
order. Output is deterministic.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles_en import ARTICLES as EN  # noqa: E402
from articles_ja import ARTICLES as JA  # noqa: E402
from articles_ru import ARTICLES as RU  # noqa: E402

NAME = "blind50"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "ironquay-wire", "title": "Ironquay Wire — Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "lectern-asia", "title": "The Pacific Lectern", "format": "atom", "lang": "en"},
    {"id": "amberley-post", "title": "The Amberley Post — World", "format": "rss", "lang": "en"},
    {"id": "windlass-en", "title": "The Windlass (Tokyo)", "format": "atom", "lang": "en"},
    {"id": "shpangout-ru", "title": "Шпангоут — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "mezhdunarodka-ru", "title": "Международка.ру", "format": "atom", "lang": "ru"},
    {"id": "hamakaze-ja", "title": "浜風新報 ニュース", "format": "rss", "lang": "ja"},
    {"id": "setsugen-ja", "title": "雪原日報 電子版", "format": "atom", "lang": "ja"},
]

SITE = {
    "ironquay-wire": "https://www.ironquaywire.com",
    "lectern-asia": "https://pacificlectern.org",
    "amberley-post": "https://www.amberleypost.co.uk",
    "windlass-en": "https://thewindlass.jp",
    "shpangout-ru": "https://shpangout.ru",
    "mezhdunarodka-ru": "https://mezhdunarodka.ru",
    "hamakaze-ja": "https://www.hamakaze-shimpo.jp",
    "setsugen-ja": "https://www.setsugen-nippo.jp",
}

TZ = {
    "ironquay-wire": 0, "lectern-asia": 0, "amberley-post": 1, "windlass-en": 9,
    "shpangout-ru": 11, "mezhdunarodka-ru": 3, "hamakaze-ja": 9, "setsugen-ja": 9,
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


# ----------------------------------------------------------------------------- helpers

def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(a: dict) -> datetime:
    off = TZ[a["feed"]]
    return parse(a["published"]).astimezone(timezone(timedelta(hours=off)))


def iso_local(a: dict) -> str:
    return local(a).isoformat()


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def paragraphs(body: list[str]) -> str:
    out = []
    for p in body:
        p = p.strip()
        if p.startswith("<"):
            out.append(p)
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def slug(a: dict) -> str:
    return hashlib.sha1(a["id"].encode()).hexdigest()[:8]


def related_for(a: dict, pool: list[dict], n: int = 3) -> list[tuple[str, str]]:
    """Related links: earlier stories of the same outlet, linked by a site slug URL (never the
    corpus path, so that nothing leaks from the future)."""
    same = [b for b in pool if b["feed"] == a["feed"] and b["published"] < a["published"]
            and b["id"] != a["id"]]
    same = same[-n:][::-1]
    base = SITE[a["feed"]]
    links = [(b["title"], f"{base}/news/{local(b):%Y/%m/%d}/{slug(b)}") for b in same]
    fillers = FILLERS[a["feed"]]
    i = int(slug(a), 16)
    while len(links) < n:
        t = fillers[i % len(fillers)]
        i += 1
        if t not in [x[0] for x in links]:
            links.append((t, f"{base}/news/{hashlib.sha1(t.encode()).hexdigest()[:10]}"))
    return links


FILLERS = {
    "ironquay-wire": ["Yen slides as BOJ holds rates steady", "Philippines, Japan sign reciprocal access pact",
                      "Typhoon disrupts flights across Okinawa", "Toyota lifts full-year profit forecast"],
    "lectern-asia": ["The quiet rise of Japan's defence exports", "What ASEAN wants from a fractured Pacific",
                     "Mongolia's third-neighbour balancing act", "Why Seoul and Tokyo keep talking"],
    "amberley-post": ["Rail strike called off after late-night talks", "Crown Estate profits hit record",
                      "Coastal towns brace for winter storms", "Inflation eases for third month"],
    "windlass-en": ["Shinkansen extension to Sapporo delayed again", "Record foreign arrivals in Hokkaido",
                    "Rice prices ease as stockpile released", "Ainu museum marks fifth anniversary"],
    "shpangout-ru": ["В Корсакове отремонтируют морской вокзал", "Сахалинские рыбаки выполнили план по сельди",
                     "Новый рейс свяжет Южно-Сахалинск и Оху", "На Сахалине открылся горнолыжный сезон"],
    "mezhdunarodka-ru": ["Лавров провёл переговоры с министром иностранных дел Индонезии",
                         "В ООН обсудили ситуацию на Корейском полуострове",
                         "Россия и Монголия подписали соглашение о транзите",
                         "Эксперты: АСЕАН ищет баланс между Пекином и Вашингтоном"],
    "hamakaze-ja": ["花咲ガニ漁、今季の水揚げ好調", "根室市議会、補正予算案を可決",
                    "納沙布岬で初日の出　市内外から500人", "市立病院に新しい医師着任"],
    "setsugen-ja": ["道内の有効求人倍率、3カ月連続で低下", "札幌市、冬季五輪招致の検討を再開へ",
                    "JR北海道、赤字路線の存廃協議を加速", "道産米の作況「やや良」"],
}


def json_ld(a: dict, url: str, publisher: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": iso_local(a), "dateModified": iso_local(a),
        "inLanguage": a["lang"], "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("author", "")},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# ----------------------------------------------------------------------------- templates

def t_ironquay(a: dict, rel) -> str:
    url = f"{SITE[a['feed']]}/asia-pacific/{local(a):%Y-%m-%d}/{slug(a)}"
    d = local(a)
    date = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} GMT"
    body = a["body"]
    first = f"<p><span class=\"dateline\">{esc(a['dateline'])} -</span> {esc(body[0])}</p>"
    rest = paragraphs(body[1:])
    related = "\n".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Ironquay Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:description" content="{attr(a['summary'])}">
<meta property="og:url" content="{attr(url)}">
<meta property="og:site_name" content="Ironquay Wire">
<meta property="article:published_time" content="{iso_local(a)}">
<meta property="article:section" content="{attr(a.get('section', 'World'))}">
<link rel="canonical" href="{attr(url)}">
{json_ld(a, url, 'Ironquay News Agency')}
<link rel="stylesheet" href="/static/iq-main.4f2a.css">
</head>
<body class="iq-article">
<div id="cookie-consent" class="iq-consent" role="dialog">
  <p>We use cookies and similar technologies to personalise content and ads and to analyse traffic.
  <a href="/privacy">Privacy policy</a></p>
  <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <button>Manage settings</button>
</div>
<header class="iq-header">
  <a class="logo" href="/">IRONQUAY <span>WIRE</span></a>
  <nav><ul>
    <li><a href="/world">World</a></li><li><a href="/asia-pacific">Asia-Pacific</a></li>
    <li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li>
    <li><a href="/energy">Energy</a></li><li><a href="/environment">Environment</a></li>
    <li><a href="/sports">Sports</a></li>
  </ul></nav>
  <a class="signin" href="/account/sign-in">Sign in</a> <a class="register" href="/account/register">Register</a>
</header>
<div class="iq-ticker">Nikkei 225 <b>▲0.4%</b> · USD/JPY <b>▼0.2%</b> · Brent <b>▲0.7%</b></div>
<main>
<article>
  <p class="kicker"><a href="/{a.get('section', 'World').lower().replace(' ', '-')}">{esc(a.get('section', 'World'))}</a></p>
  <h1>{esc(a['title'])}</h1>
  <p class="byline">By <a href="/authors/{slug(a)}">{esc(a.get('author', 'Ironquay staff'))}</a></p>
  <time datetime="{iso_local(a)}">{date}</time>
  <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="iq-body">
{first}
{rest}
  </div>
  <p class="credit">{esc(a.get('credit', ''))}</p>
  <p class="standards"><a href="/about/trust-principles">Our Standards: The Ironquay Trust Principles.</a></p>
</article>
<aside class="iq-related">
  <h2>More from {esc(a.get('section', 'World'))}</h2>
  <ul>
{related}
  </ul>
</aside>
</main>
<footer class="iq-footer">
  <ul><li><a href="/about">About Ironquay</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. © {d.year} Ironquay News Agency. All rights reserved.</p>
</footer>
<script src="/static/iq-bundle.91c.js" defer></script>
</body>
</html>
"""


def t_lectern(a: dict, rel) -> str:
    url = f"{SITE[a['feed']]}/{local(a):%Y/%m}/{slug(a)}/"
    d = local(a)
    words = sum(len(p.split()) for p in a["body"])
    mins = max(2, round(words / 220))
    comments = a.get("comments") or []
    chtml = "\n".join(
        f'<li class="comment"><span class="who">{esc(w)}</span><p>{esc(t)}</p></li>' for w, t in comments)
    related = "\n".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in rel)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — The Pacific Lectern</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:description" content="{attr(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_local(a)}">
<meta name="twitter:card" content="summary_large_image">
{json_ld(a, url, 'The Pacific Lectern')}
</head>
<body>
<div class="pl-topbar">
  <a href="/" class="pl-logo">The Pacific <em>Lectern</em></a>
  <nav>
    <a href="/analysis">Analysis</a> <a href="/briefing">Briefing</a> <a href="/essays">Essays</a>
    <a href="/podcast">Podcast</a> <a href="/regions/northeast-asia">Northeast Asia</a> <a href="/subscribe" class="cta">Subscribe</a>
  </nav>
</div>
<div class="pl-cookies">This site uses cookies to measure readership. By continuing you agree to our
<a href="/cookies">cookie policy</a>. <button>OK</button></div>
<main class="pl-main">
  <div class="pl-section">{esc(a.get('section', 'Analysis'))}</div>
  <h1 class="pl-title">{esc(a['title'])}</h1>
  <p class="pl-standfirst">{esc(a['summary'])}</p>
  <div class="pl-meta">
    <span class="author">{esc(a.get('author', ''))}</span> ·
    <time datetime="{iso_local(a)}">{d.day} {EN_MONTHS[d.month - 1]} {d.year}</time> ·
    <span>{mins} min read</span>
  </div>
  <div class="pl-body">
{paragraphs(a['body'])}
  </div>
  <div class="pl-author-bio"><b>{esc(a.get('author', ''))}</b> writes on Northeast Asian security and diplomacy for
  The Pacific Lectern.</div>
  <div class="pl-newsletter">
    <h3>The Lectern Weekly</h3><p>Our editors’ pick of the week’s analysis, every Friday.</p>
    <form action="/newsletter"><input type="email" placeholder="Your email"><button>Sign up</button></form>
  </div>
  <section class="pl-readnext"><h3>Read next</h3><ul>
{related}
  </ul></section>
  <section class="pl-comments"><h3>Comments ({len(comments)})</h3><ul>
{chtml}
  </ul><p class="pl-cnote">Comments are moderated. Please keep to the topic.</p></section>
</main>
<footer class="pl-footer">
  <p>The Pacific Lectern is an independent, reader-funded publication.</p>
  <p><a href="/about">About</a> · <a href="/ethics">Editorial standards</a> · <a href="/contact">Contact</a> ·
  <a href="/privacy">Privacy</a></p>
  <p>© {d.year} Pacific Lectern Media Ltd.</p>
</footer>
</body>
</html>
"""


def t_amberley(a: dict, rel, pool_by_id) -> str:
    d = local(a)
    url = f"{SITE[a['feed']]}/world/{d:%Y/%m/%d}/{slug(a)}"
    if a.get("copy_of"):
        src = pool_by_id[a["copy_of"]]
        body_items = list(src["body"])
        dl = src.get("dateline", "")
        body_html = (f"<p><strong>{esc(dl)}</strong> - {esc(body_items[0])}</p>\n"
                     + paragraphs(body_items[1:]))
        credit = "This story was supplied by Ironquay Wire. " + src.get("credit", "")
    else:
        body_html = paragraphs(a["body"])
        credit = ""
    related = "\n".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in rel)
    datestr = f"{d:%A} {d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d:%H.%M} {'BST' if d.utcoffset() else 'GMT'}"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | The Amberley Post</title>
<meta name="description" content="{attr(a['summary'])}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="The Amberley Post">
<meta property="article:published_time" content="{iso_local(a)}">
<meta name="author" content="{attr(a.get('author', ''))}">
</head>
<body>
<div class="ap-consent">
  <h4>We value your privacy</h4>
  <p>We and our 143 partners store and/or access information on a device, such as cookies, and process personal data.</p>
  <button>I accept</button> <button>More options</button>
</div>
<header>
  <div class="ap-masthead"><a href="/">The Amberley Post</a><span class="ap-date">{d:%A} {d.day} {EN_MONTHS[d.month - 1]} {d.year}</span></div>
  <nav class="ap-nav">
    <a href="/news">News</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a>
    <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/puzzles">Puzzles</a>
  </nav>
</header>
<div class="ap-wrap">
<article class="ap-article">
  <ol class="ap-crumbs"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>{esc(a.get('section', 'World'))}</li></ol>
  <h1>{esc(a['title'])}</h1>
  <p class="ap-standfirst">{esc(a['summary'])}</p>
  <p class="ap-by">{esc(a.get('author', ''))}{' (wire)' if a.get('wire') else ''} · <time datetime="{iso_local(a)}">{datestr}</time></p>
  <div class="ap-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
  <div class="ap-body">
{body_html}
  </div>
  <p class="ap-credit">{esc(credit)}</p>
</article>
<aside class="ap-side">
  <h3>Most read</h3>
  <ol>
{related}
  </ol>
  <div class="ap-ad">Advertisement</div>
</aside>
</div>
<footer class="ap-footer">
  <p>© {d.year} The Amberley Post Ltd. Registered in England and Wales.</p>
  <p><a href="/terms">Terms</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookie settings</a> |
  <a href="/complaints">Complaints</a> | <a href="/syndication">Syndication</a></p>
</footer>
</body>
</html>
"""


def t_windlass(a: dict, rel) -> str:
    # deliberately no metadata beyond <title>: no og tags, no JSON-LD, no published_time
    d = local(a)
    related = "\n".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in rel)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Windlass</title>
<link rel="stylesheet" href="/assets/w.css">
</head>
<body>
<div class="w-top">
  <a class="w-logo" href="/">THE WINDLASS</a> <span class="w-tag">News from Japan, in English</span>
  <ul class="w-nav">
    <li><a href="/national">National</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
    <li><a href="/regions">Regions</a></li><li><a href="/life">Life</a></li><li><a href="/opinion">Opinion</a></li>
  </ul>
  <form class="w-search" action="/search"><input name="q" placeholder="Search"></form>
</div>
<div class="w-main">
  <div class="w-cat">{esc(a.get('section', 'National'))}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="w-info">{esc(a.get('author', ''))} | {d:%b %d, %Y} (updated {d:%H:%M} JST)</div>
  <div class="w-share">SHARE: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Hatena</a></div>
  <div class="w-text">
{paragraphs(a['body'])}
  </div>
  <div class="w-paywall-note">Support independent journalism from Japan. <a href="/join">Become a member</a>.</div>
  <div class="w-related"><h4>Related stories</h4><ul>
{related}
  </ul></div>
</div>
<div class="w-cookie">We use cookies to improve your experience. <a href="/cookies">Learn more</a> <button>Got it</button></div>
<div class="w-foot">
  <a href="/about">About us</a> · <a href="/advertise">Advertise</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a>
  <p>Copyright © The Windlass K.K. All rights reserved.</p>
</div>
</body>
</html>
"""


def t_shpangout(a: dict, rel) -> str:
    d = local(a)
    url = f"{SITE[a['feed']]}/news/{d:%Y/%m/%d}/{slug(a)}"
    datestr = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    tags = " ".join(f'<a href="/tag/{attr(t)}">#{esc(t)}</a>' for t in a.get("tags", []))
    related = "\n".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in rel)
    views = 800 + int(slug(a), 16) % 9000
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Шпангоут</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(a['summary'])}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:description" content="{attr(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url)}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{iso_local(a)}">
</head>
<body>
<header class="sh-header">
  <div class="sh-weather">Южно-Сахалинск −3° · Курильск +2° · Южно-Курильск +1°</div>
  <a href="/" class="sh-logo">ШПАНГОУТ</a>
  <nav class="sh-menu">
    <a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/politika">Политика</a> <a href="/ekonomika">Экономика</a>
    <a href="/obshchestvo">Общество</a> <a href="/interview">Интервью</a> <a href="/sport">Спорт</a>
  </nav>
</header>
<main class="sh-main">
  <div class="sh-crumbs"><a href="/">Главная</a> / <a href="/news">Новости</a> / {esc(a.get('section', 'Новости'))}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="sh-meta"><time datetime="{iso_local(a)}">{datestr}</time> · {esc(a.get('author', ''))} · 👁 {views}</div>
  <div class="sh-lead">{esc(a['summary'])}</div>
  <div class="sh-text">
{paragraphs(a['body'])}
  </div>
  <div class="sh-tags">{tags}</div>
  <div class="sh-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <div class="sh-tg">Подписывайтесь на «Шпангоут» в Telegram — все главные новости островного региона.</div>
  <section class="sh-also"><h3>Читайте также</h3><ul>
{related}
  </ul></section>
</main>
<div class="sh-cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с
<a href="/policy">политикой обработки персональных данных</a>. <button>Хорошо</button></div>
<footer class="sh-footer">
  <p>Сетевое издание «Шпангоут». Свидетельство о регистрации СМИ ЭЛ № ФС 77-80412. Учредитель ООО «Остров-медиа».</p>
  <p>Главный редактор — Н. А. Суханова. Адрес редакции: 693000, г. Южно-Сахалинск, ул. Ленина, 154. 18+</p>
  <p>© 2019–{d.year} «Шпангоут». При использовании материалов ссылка обязательна.</p>
</footer>
</body>
</html>
"""


def t_mezhdunarodka(a: dict, rel) -> str:
    d = local(a)
    url = f"{SITE[a['feed']]}/{d:%Y/%m/%d}/{slug(a)}.html"
    datestr = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} · {d:%H:%M} МСК"
    tags = ", ".join(f'<a href="/tags/{attr(t)}">{esc(t)}</a>' for t in a.get("tags", []))
    related = "\n".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in rel)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Международка.ру</title>
<meta name="description" content="{attr(a['summary'])}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_local(a)}">
<meta property="article:author" content="{attr(a.get('author', ''))}">
{json_ld(a, url, 'Международка.ру')}
</head>
<body>
<div class="mz-bar">
  <a href="/" class="mz-logo">Международка<span>.ру</span></a>
  <ul>
    <li><a href="/diplomatiya">Дипломатия</a></li><li><a href="/sng">СНГ</a></li><li><a href="/asia">Азия</a></li>
    <li><a href="/analitika">Анализ</a></li><li><a href="/interview">Интервью</a></li><li><a href="/ekonomika">Экономика</a></li>
    <li><a href="/obshchestvo">Общество</a></li>
  </ul>
  <a href="/search" class="mz-search">Поиск</a>
</div>
<article class="mz-article">
  <div class="mz-rubric">{esc(a.get('section', ''))}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="mz-sub">{esc(a['summary'])}</div>
  <div class="mz-info"><span class="mz-author">{esc(a.get('author', ''))}</span> <time datetime="{iso_local(a)}">{datestr}</time></div>
  <figure class="mz-photo"><img src="/img/{slug(a)}.jpg" alt=""><figcaption>Фото: пресс-служба / архив</figcaption></figure>
  <div class="mz-body">
{paragraphs(a['body'])}
  </div>
  <div class="mz-tags">Теги: {tags}</div>
  <div class="mz-promo">Больше новостей — в нашем Telegram-канале <a href="#">@mezhdunarodka</a> и на <a href="#">Дзене</a>.</div>
</article>
<section class="mz-more"><h2>Ещё по теме</h2><ul>
{related}
</ul></section>
<div class="mz-cookies">Сайт использует cookie и рекомендательные технологии. <button>Принять</button></div>
<footer class="mz-footer">
  <p>© {d.year} Международка.ру. Сетевое издание. Регистрационный номер ЭЛ № ФС 77-79231. 16+</p>
  <p><a href="/about">О редакции</a> · <a href="/ads">Реклама</a> · <a href="/privacy">Конфиденциальность</a></p>
</footer>
</body>
</html>
"""


def t_hamakaze(a: dict, rel) -> str:
    # minimal metadata: title + charset only; date only in the visible byline
    d = local(a)
    related = "\n".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}｜浜風新報</title>
<link rel="stylesheet" href="/css/style.css?v=20240401">
</head>
<body>
<div id="header">
  <h2 class="logo"><a href="/">浜風新報</a></h2>
  <p class="catch">根室・中標津・別海・羅臼の地域ニュース</p>
  <ul id="gnav">
    <li><a href="/">トップ</a></li><li><a href="/news/local">地域</a></li><li><a href="/news/shisei">市政</a></li>
    <li><a href="/news/hoppou">北方領土</a></li><li><a href="/news/gyogyo">漁業</a></li><li><a href="/news/sports">スポーツ</a></li>
    <li><a href="/okuyami">おくやみ</a></li><li><a href="/kodoku">購読のご案内</a></li>
  </ul>
</div>
<div id="contents">
  <div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/news">ニュース</a> &gt; {esc(a.get('section', '地域'))}</div>
  <div class="kiji">
    <h1>{esc(a['title'])}</h1>
    <p class="date">{d.year}年{d.month}月{d.day}日 {d:%H:%M}　{esc(a.get('author', '報道部'))}</p>
    <div class="honbun">
{paragraphs(a['body'])}
    </div>
    <p class="kiji-note">※記事・写真の無断転載を禁じます。</p>
  </div>
  <div class="kanren">
    <h3>関連記事</h3>
    <ul>
{related}
    </ul>
  </div>
  <div class="bnr">浜風新報は朝刊を毎日お届けしています。電子版とのセット購読もご利用ください。</div>
</div>
<div id="cookie">当サイトでは利便性向上のためクッキー（Cookie）を使用しています。<a href="/privacy">詳しくはこちら</a> <button>同意する</button></div>
<div id="footer">
  <p>株式会社浜風新報社　〒087-0000 北海道根室市弥生町2丁目 TEL 0153-00-0000</p>
  <p>Copyright (C) Hamakaze Shimpo. All Rights Reserved.</p>
</div>
</body>
</html>
"""


def t_setsugen(a: dict, rel) -> str:
    d = local(a)
    url = f"{SITE[a['feed']]}/article/{d:%Y%m%d}{slug(a)}"
    related = "\n".join(f'<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}：雪原日報デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{attr(a['summary'])}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:description" content="{attr(a['summary'])}">
<meta property="og:site_name" content="雪原日報デジタル">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_local(a)}">
{json_ld(a, url, '雪原日報社')}
</head>
<body>
<header class="sg-header">
  <div class="sg-logo"><a href="/">雪原日報<small>デジタル</small></a></div>
  <nav class="sg-nav">
    <a href="/news">ニュース</a><a href="/politics">政治</a><a href="/economy">経済・国際</a><a href="/hokkaido">北海道</a>
    <a href="/sports">スポーツ</a><a href="/life">くらし</a><a href="/opinion">社説・コラム</a>
  </nav>
  <div class="sg-member"><a href="/login">ログイン</a> <a href="/join" class="sg-join">会員登録</a></div>
</header>
<main class="sg-main">
  <p class="sg-cat">{esc(a.get('section', 'ニュース'))}</p>
  <h1 class="sg-title">{esc(a['title'])}</h1>
  <p class="sg-time"><time datetime="{iso_local(a)}">{d.year}年{d.month}月{d.day}日 {d:%H:%M}</time>（{d.month}月{d.day}日 {d:%H:%M}更新）</p>
  <div class="sg-share"><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">はてブ</a><a href="#">URLをコピー</a></div>
  <div class="sg-body">
{paragraphs(a['body'])}
  </div>
  <p class="sg-credit">（{esc(a.get('author', ''))}）</p>
  <div class="sg-ranking"><h3>アクセスランキング</h3><ol>
{related}
  </ol></div>
  <div class="sg-plan">雪原日報デジタルのスタンダードプランなら、すべての記事が読み放題。初月無料。</div>
</main>
<div class="sg-cookie">本サイトはサービス向上のためにCookieを利用しています。<button>OK</button></div>
<footer class="sg-footer">
  <p><a href="/about">会社案内</a>｜<a href="/privacy">個人情報の取り扱い</a>｜<a href="/copyright">著作権</a>｜<a href="/contact">お問い合わせ</a></p>
  <p>© The Setsugen Nippo Press. 掲載記事・写真の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- main

def render(a: dict, pool: list[dict], by_id: dict) -> str:
    rel = related_for(a, pool)
    f = a["feed"]
    if f == "ironquay-wire":
        return t_ironquay(a, rel)
    if f == "lectern-asia":
        return t_lectern(a, rel)
    if f == "amberley-post":
        return t_amberley(a, rel, by_id)
    if f == "windlass-en":
        return t_windlass(a, rel)
    if f == "shpangout-ru":
        return t_shpangout(a, rel)
    if f == "mezhdunarodka-ru":
        return t_mezhdunarodka(a, rel)
    if f == "hamakaze-ja":
        return t_hamakaze(a, rel)
    if f == "setsugen-ja":
        return t_setsugen(a, rel)
    raise SystemExit(f"unknown feed {f}")


LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent)
    args = ap.parse_args()
    out: Path = args.out
    arts = sorted(EN + RU + JA, key=lambda a: a["published"])
    by_id = {a["id"]: a for a in arts}
    assert len(by_id) == len(arts), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for old in (out / "articles").glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        (out / "articles" / f"{a['id']}.html").write_text(render(a, arts, by_id), encoding="utf-8")
        e = {}
        for k in LABEL_KEYS:
            if k in a and a[k] not in (None, [], ""):
                e[k] = a[k]
        e["published"] = parse(a["published"]).strftime("%Y-%m-%dT%H:%M:%SZ")
        entries.append(e)
    data = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    text = ("# blind50: peace-treaty and exchanges track as seen through officials' statements, "
            "2025-2027.\n# Generated by src/generate.py; edit the sources there, not this file.\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110))
    (out / "labels.yaml").write_text(text, encoding="utf-8")
    n = {"en": 0, "ru": 0, "ja": 0}
    for a in arts:
        n[a["lang"]] += 1
    print(f"wrote {len(arts)} articles ({n}) and labels.yaml to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
