"""Outlets of the blind126 world and their page templates.

Nine invented outlets. Each has its own site chrome. Two of them (coldfront-en and
semafor-ru) publish pages without any machine-readable metadata: no og: tags, no
JSON-LD, no article:published_time -- only a <title> and the date in the visible text.
"""
from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "wheelhouse-en", "title": "Wheelhouse Wire - World", "format": "rss", "lang": "en"},
    {"id": "northapp-en", "title": "Northern Approaches - Pacific security review", "format": "atom", "lang": "en"},
    {"id": "coldfront-en", "title": "Coldfront Asia Brief", "format": "rss", "lang": "en"},
    {"id": "outrider-en", "title": "The Outrider - Asia & the World", "format": "atom", "lang": "en"},
    {"id": "pyatiy-ru", "title": "Пятый океан — новости Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "semafor-ru", "title": "Семафор — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "severnaya-ru", "title": "ИА «Северная линия» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "shigure-ja", "title": "しぐれ新報 電子版（根室・羅臼・標津）", "format": "rss", "lang": "ja"},
    {"id": "hyokai-ja", "title": "氷海タイムズ（道東・オホーツク）", "format": "atom", "lang": "ja"},
]

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]


def _tz(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def _pick(seq, key: str, n: int):
    """Deterministic choice of n items from seq for an article id."""
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    out, pool = [], list(seq)
    while pool and len(out) < n:
        out.append(pool.pop(h % len(pool)))
        h //= 7
    return out


def _paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("### "):
            out.append(f"<h3>{E(p[4:])}</h3>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("- "):
            items = "".join(f"<li>{E(x.strip())}</li>" for x in p[2:].split("\n- "))
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


def _jsonld(meta: dict, art: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "description": meta["summary"],
        "datePublished": meta["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": meta["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": lang,
        "author": [{"@type": "Person", "name": art.get("byline", publisher)}],
        "publisher": {"@type": "Organization", "name": publisher},
        "articleSection": art.get("section", ""),
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _og(meta: dict, art: dict, site: str, locale: str, published_time: bool = True) -> str:
    tags = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:title" content="{E(art["title"])}">',
        f'<meta property="og:description" content="{E(meta["summary"])}">',
        f'<meta property="og:locale" content="{locale}">',
    ]
    if published_time:
        tags.append('<meta property="article:published_time" content="'
                    + meta["published"].isoformat().replace("+00:00", "Z") + '">')
    if art.get("section"):
        tags.append(f'<meta property="article:section" content="{E(art["section"])}">')
    return "\n".join(tags)


# --------------------------------------------------------------------------- English

WHEELHOUSE_RELATED = [
    "Oil steadies as traders weigh OPEC+ supply signals",
    "Explainer: Why Japan and Russia never signed a WW2 peace treaty",
    "Typhoon season: what forecasters expect for the western Pacific",
    "Analysis: Tokyo's defence budget and the long-range strike debate",
    "Seoul and Tokyo hold first vice-ministerial security talks in months",
    "Factbox: The Kuril Islands / Northern Territories at a glance",
    "Yen slips as BOJ signals patience on rate path",
    "Philippines, Vietnam coast guards sign cooperation memorandum",
]


def wheelhouse(meta: dict, art: dict) -> str:
    dt = meta["published"]
    date = f"{EN_MON_AP[dt.month - 1]} {dt.day}, {dt.year}"
    time_s = dt.strftime("%I:%M %p").lstrip("0") + " GMT"
    related = "".join(f'<li><a href="/world/">{E(t)}</a></li>'
                      for t in _pick(WHEELHOUSE_RELATED, meta["id"], 4))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} | Wheelhouse Wire</title>
<meta name="description" content="{E(meta["summary"])}">
{_og(meta, art, "Wheelhouse Wire", "en_GB")}
<meta name="twitter:card" content="summary_large_image">
{_jsonld(meta, art, "Wheelhouse Wire", "en")}
<link rel="stylesheet" href="/static/ww-2024.css">
</head>
<body class="story-page">
<div id="consent" class="consent-bar" role="dialog">We use cookies and similar technologies to
personalise content and measure traffic. <button>Accept all</button> <button>Reject non-essential</button>
<a href="/privacy/">Privacy notice</a></div>
<header class="ww-masthead">
  <a class="logo" href="/">WHEELHOUSE <span>WIRE</span></a>
  <nav class="ww-nav"><a href="/world/">World</a><a href="/asia/">Asia</a><a href="/business/">Business</a>
  <a href="/markets/">Markets</a><a href="/security/">Security</a><a href="/climate/">Climate</a>
  <a href="/pictures/">Pictures</a></nav>
  <div class="ticker">MARKETS: Nikkei 225 &#9650; 0.4% | USD/JPY 151.2 | Brent $82.10</div>
</header>
<main class="ww-story">
  <div class="kicker">{E(art.get("section", "World"))}</div>
  <h1>{E(art["title"])}</h1>
  <div class="byline">By {E(art.get("byline", "Wheelhouse Wire staff"))}</div>
  <div class="dateline"><time>{date} {time_s}</time> &middot; Updated {date}</div>
  <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <article class="ww-body">
{_paras(art["body"])}
  <p class="trust">{E(art.get("credit", "Reporting by Wheelhouse Wire staff; editing by the Asia desk"))}</p>
  <p class="standards">Our Standards: <a href="/trust/">The Wheelhouse Trust Principles.</a></p>
  </article>
  <aside class="ww-related"><h2>More from Wheelhouse</h2><ul>{related}</ul></aside>
</main>
<footer class="ww-footer">
  <nav><a href="/about/">About</a> <a href="/careers/">Careers</a> <a href="/contact/">Contact</a>
  <a href="/terms/">Terms of use</a> <a href="/privacy/">Privacy</a> <a href="/cookies/">Cookie settings</a></nav>
  <p>&copy; {dt.year} Wheelhouse Wire. All rights reserved. Quotes delayed at least 15 minutes.</p>
</footer>
</body>
</html>
"""


NORTHAPP_RELATED = [
    "The Sea of Okhotsk as a bastion: what the Pacific Fleet protects",
    "Reading navigational warnings: a short guide",
    "Hokkaido's eastern edge and the limits of deterrence",
    "Coast guards at the front line: a North Pacific primer",
    "Five charts on Russia's Far East force posture",
    "Why straits matter: La Perouse, Tsugaru and the Kurils",
]


def northapp(meta: dict, art: dict) -> str:
    dt = meta["published"]
    date = f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    words = sum(len(p.split()) for p in art["body"])
    mins = max(2, round(words / 220))
    related = "".join(f'<li><a href="/analysis/">{E(t)}</a></li>'
                      for t in _pick(NORTHAPP_RELATED, meta["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(art["title"])} — Northern Approaches</title>
<meta name="viewport" content="width=device-width">
<meta name="author" content="{E(art.get("byline", "Northern Approaches"))}">
{_og(meta, art, "Northern Approaches", "en_GB")}
<link rel="alternate" type="application/atom+xml" href="/feeds/northapp-en.xml" title="Northern Approaches">
</head>
<body>
<div class="na-cookie">This site uses only essential cookies and a privacy-friendly analytics counter.
<a href="/cookies">Details</a> <button>OK</button></div>
<header class="na-top">
  <div class="na-brand"><a href="/">Northern Approaches</a><small>Pacific security review since 2016</small></div>
  <nav><a href="/briefs/">Briefs</a> &middot; <a href="/analysis/">Analysis</a> &middot; <a href="/maps/">Maps</a>
  &middot; <a href="/podcast/">Podcast</a> &middot; <a href="/subscribe/">Subscribe</a></nav>
</header>
<article class="na-article">
  <p class="na-tag">{E(art.get("section", "Brief"))}</p>
  <h1>{E(art["title"])}</h1>
  <p class="na-standfirst">{E(meta["summary"])}</p>
  <p class="na-meta">{E(art.get("byline", "Northern Approaches staff"))} &middot; {date} &middot; {mins} min read</p>
{_paras(art["body"])}
  <div class="na-author"><strong>{E(art.get("byline", "Northern Approaches staff"))}</strong>
  {E(art.get("bio", "writes on maritime and air security in the North Pacific."))}</div>
</article>
<section class="na-newsletter"><h2>The Monday Approaches</h2><p>Our weekly round-up of North Pacific security,
free, every Monday morning.</p><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></section>
<section class="na-related"><h2>Further reading</h2><ul>{related}</ul></section>
<footer class="na-foot"><p>Northern Approaches is reader-funded and independent.
<a href="/about/">About</a> | <a href="/corrections/">Corrections</a> | <a href="/feeds/northapp-en.xml">Atom feed</a></p>
<p>&copy; Northern Approaches {dt.year}</p></footer>
</body>
</html>
"""


COLDFRONT_MOST_READ = [
    "Why the yen keeps falling",
    "Five things to watch at the ASEAN summit",
    "Japan's rice prices, explained",
    "Taiwan's coast guard gets new cutters",
    "A short history of the Kurils dispute",
    "Korean shipbuilders' order books are full",
]


def coldfront(meta: dict, art: dict) -> str:
    # No metadata at all: no og:, no JSON-LD, no article:published_time.
    dt = meta["published"]
    date = f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    most = "".join(f"<li><a href=\"/p/\">{E(t)}</a></li>"
                   for t in _pick(COLDFRONT_MOST_READ, meta["id"], 4))
    comments = art.get("comments", [])
    com_html = "".join(f'<div class="c"><b>{E(n)}</b><p>{E(t)}</p></div>' for n, t in comments)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(art["title"])} - Coldfront Asia Brief</title>
<link rel="stylesheet" href="/assets/cf.css">
</head>
<body>
<div class="cookie-note">Coldfront uses cookies to remember your settings. By continuing you accept this.
<a href="/cookies">Learn more</a> <a href="#" class="x">Close</a></div>
<div class="wrap">
<div class="top"><a href="/" class="brand">COLDFRONT<em>asia brief</em></a>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/c/politics">Politics</a></li>
<li><a href="/c/security">Security</a></li><li><a href="/c/economy">Economy</a></li><li><a href="/about">About</a></li></ul></div>
<div class="main">
<div class="post">
<h1 class="post-title">{E(art["title"])}</h1>
<div class="post-info">Posted {date} by {E(art.get("byline", "Coldfront staff"))} in {E(art.get("section", "Security"))}</div>
<div class="post-body">
{_paras(art["body"])}
</div>
<div class="post-tags">Tags: {E(", ".join(art.get("tags", ["Asia"])))}</div>
<div class="share-row">Share: <a href="#">X</a> | <a href="#">Facebook</a> | <a href="#">Reddit</a></div>
</div>
<div class="comments"><h3>{len(comments)} comments</h3>{com_html}
<p class="note">Comments are moderated. Be civil.</p></div>
</div>
<div class="side"><h4>Most read this week</h4><ol>{most}</ol>
<h4>Get the brief</h4><p>Three stories from Asia, every weekday at 7am.</p></div>
<div class="foot">Coldfront Asia Brief &middot; independent since 2019 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></div>
</div>
</body>
</html>
"""


OUTRIDER_READ_NEXT = [
    "The quiet arms race in the North Pacific",
    "Hokkaido's fishing towns and the line in the water",
    "What Japan's new national security strategy changes",
    "Inside the world's busiest coast guard",
    "China, Russia and the Arctic sea lanes",
    "Why island disputes outlast governments",
]


def outrider(meta: dict, art: dict) -> str:
    dt = meta["published"]
    date = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"
    nxt = "".join(f'<li><a href="/read/">{E(t)}</a></li>'
                  for t in _pick(OUTRIDER_READ_NEXT, meta["id"], 3))
    cap = art.get("caption")
    fig = (f'<figure><img src="/img/placeholder.jpg" alt=""><figcaption>{E(cap)}</figcaption></figure>'
           if cap else "")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(art["title"])} - The Outrider</title>
{_og(meta, art, "The Outrider", "en_US")}
{_jsonld(meta, art, "The Outrider", "en")}
</head>
<body class="single">
<div class="gdpr">We and our partners use cookies. <a href="/privacy">Manage preferences</a> <button>Agree</button></div>
<header><div class="or-logo"><a href="/">THE OUTRIDER</a></div>
<nav class="or-nav"><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/defense">Defense</a>
<a href="/ideas">Ideas</a> <a href="/newsletters">Newsletters</a> <a href="/subscribe" class="cta">Subscribe</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/asia">Asia</a> &rsaquo; {E(art.get("section", "Asia"))}</div>
<article>
<h1>{E(art["title"])}</h1>
<p class="dek">{E(meta["summary"])}</p>
<div class="meta"><span class="author">{E(art.get("byline", "Outrider staff"))}</span> <span class="date">{date}</span></div>
{fig}
<div class="entry">
{_paras(art["body"])}
</div>
<div class="share"><span>Share this story</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</article>
<aside class="read-next"><h3>Read next</h3><ul>{nxt}</ul></aside>
<section class="nl"><p>Get The Outrider Asia newsletter: the region's big stories, twice a week.</p></section>
<footer><p>&copy; {dt.year} The Outrider Media LLC. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a>
<a href="/ethics">Ethics policy</a> <a href="/tips">Send us a tip</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian

PYATIY_ALSO = [
    "Во Владивостоке открылся новый терминал морского вокзала",
    "Хабаровский край: паводковая ситуация стабилизировалась",
    "Синоптики пообещали Приморью тёплые выходные",
    "На Камчатке началась путина",
    "Сахалинские школьники победили на всероссийской олимпиаде",
    "Курилы: что нужно знать о погранзоне",
]


def pyatiy(meta: dict, art: dict) -> str:
    dt = _tz(meta["published"], 3)
    date = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M} (МСК)"
    also = "".join(f'<li><a href="/news/">{E(t)}</a></li>' for t in _pick(PYATIY_ALSO, meta["id"], 3))
    tags = " ".join(f'<a class="tag" href="/tags/">#{E(t)}</a>' for t in art.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} — Пятый океан</title>
<meta name="description" content="{E(meta["summary"])}">
{_og(meta, art, "Пятый океан", "ru_RU")}
{_jsonld(meta, art, "Пятый океан", "ru")}
</head>
<body>
<div class="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь с нами, вы соглашаетесь на их использование.
<button>Хорошо</button></div>
<header class="po-head">
<a class="po-logo" href="/">Пятый <b>океан</b></a>
<nav><a href="/">Главное</a> <a href="/region/">Регионы</a> <a href="/politics/">Политика</a>
<a href="/army/">Армия</a> <a href="/economy/">Экономика</a> <a href="/society/">Общество</a> <a href="/incidents/">Происшествия</a></nav>
<div class="po-rates">USD 91,4 &nbsp; EUR 99,2 &nbsp; Владивосток +4&deg;</div>
</header>
<main>
<div class="rubric">{E(art.get("section", "Новости"))}</div>
<h1>{E(art["title"])}</h1>
<div class="lead">{E(meta["summary"])}</div>
<div class="info"><time>{date}</time> · {E(art.get("byline", "Редакция"))}</div>
<div class="text">
{_paras(art["body"])}
</div>
<div class="tags">{tags}</div>
<div class="tg">Подписывайтесь на «Пятый океан» в Telegram и ВКонтакте</div>
<div class="share">Поделиться: <a href="#">ВК</a> <a href="#">ОК</a> <a href="#">Telegram</a></div>
<section class="also"><h3>Читайте также</h3><ul>{also}</ul></section>
</main>
<footer><p>Сетевое издание «Пятый океан». Свидетельство о регистрации СМИ Эл № ФС77-81734. 16+</p>
<p>При использовании материалов гиперссылка на «Пятый океан» обязательна.</p></footer>
</body>
</html>
"""


SEMAFOR_WEATHER = {
    "winter": ["Южно-Сахалинск −9°, снег", "Южно-Курильск −2°, метель", "Корсаков −5°, ветер 14 м/с"],
    "spring": ["Южно-Сахалинск +4°, облачно", "Южно-Курильск +3°, туман", "Курильск +2°, дождь"],
    "summer": ["Южно-Сахалинск +18°, ясно", "Южно-Курильск +14°, морось", "Курильск +15°, туман"],
    "autumn": ["Южно-Сахалинск +8°, облачно", "Южно-Курильск +10°, дождь", "Корсаков +6°, ветер 12 м/с"],
}
SEASON = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
          6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}


def semafor(meta: dict, art: dict) -> str:
    # No metadata at all: no og:, no JSON-LD, no article:published_time.
    dt = _tz(meta["published"], 11)
    date = f"{dt.day:02d}.{dt.month:02d}.{dt.year} {dt:%H:%M}"
    weather = _pick(SEMAFOR_WEATHER[SEASON[dt.month]], meta["id"], 1)[0]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(art["title"])} :: Семафор</title>
</head>
<body>
<table class="layout" width="100%"><tr><td class="logo"><a href="/">СЕМАФОР</a><br><small>новости Сахалина и Курил</small></td>
<td class="wx">{E(weather)}</td></tr></table>
<div class="menu"><a href="/">Новости</a> | <a href="/sakhalin/">Сахалин</a> | <a href="/kurily/">Курилы</a> |
<a href="/obshchestvo/">Общество</a> | <a href="/proisshestviya/">Происшествия</a> | <a href="/mnenie/">Мнение</a> | <a href="/afisha/">Афиша</a></div>
<div class="cookies">Сайт использует cookie. <a href="/cookie/">Подробнее</a></div>
<div class="content">
<div class="date">{date}</div>
<h1>{E(art["title"])}</h1>
<div class="author">{E(art.get("byline", "Редакция «Семафора»"))}</div>
<div class="news-text">
{_paras(art["body"])}
</div>
<div class="views">Просмотров: {1000 + int(hashlib.md5(meta["id"].encode()).hexdigest(), 16) % 9000}</div>
<div class="comm"><b>Комментарии</b> (вход через ВКонтакте)</div>
</div>
<div class="bottom">© «Семафор», 2014—{dt.year}. Все права защищены. 16+<br>
Редакция: Южно-Сахалинск. Перепечатка — только с активной ссылкой.</div>
</body>
</html>
"""


SEVERNAYA_RELATED = [
    "В Магадане обсудили завоз топлива на зиму",
    "Росрыболовство подвело промежуточные итоги лососёвой путины",
    "Аэропорт Южно-Сахалинска принял первый рейс из Пекина",
    "Пограничники напомнили правила выхода маломерных судов в море",
    "На Чукотке построят новый ветропарк",
]


def severnaya(meta: dict, art: dict) -> str:
    dt = _tz(meta["published"], 3)
    date = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"
    rel = "".join(f'<li><a href="/lenta/">{E(t)}</a></li>' for t in _pick(SEVERNAYA_RELATED, meta["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(art["title"])} | ИА «Северная линия»</title>
{_og(meta, art, "ИА «Северная линия»", "ru_RU")}
</head>
<body>
<div class="sl-cookie">Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookie/">политикой cookie</a>. <button>ОК</button></div>
<div class="sl-top"><a href="/" class="sl-logo">Северная линия</a> <span>информационное агентство</span>
<nav><a href="/lenta/">Лента</a> <a href="/politika/">Политика</a> <a href="/oborona/">Оборона</a>
<a href="/dfo/">ДФО</a> <a href="/mir/">В мире</a> <a href="/foto/">Фото</a></nav></div>
<div class="sl-article">
<div class="sl-date">{date}</div>
<h1>{E(art["title"])}</h1>
<div class="sl-body">
{_paras(art["body"])}
</div>
<div class="sl-src">{E(art.get("source", "ИА «Северная линия»"))}</div>
<div class="sl-share">Поделиться: ВКонтакте · Telegram · Одноклассники</div>
</div>
<div class="sl-related"><b>Лента</b><ul>{rel}</ul></div>
<div class="sl-foot">ИА «Северная линия», 2011–{dt.year}. Регистрационный номер ИА № ФС77-62210. 12+</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese

SHIGURE_RELATED = [
    "根室のサンマ水揚げ、前年を下回る",
    "羅臼で流氷観光船の運航始まる",
    "標津サーモン科学館、来館者数が回復",
    "北方領土問題　よくわかるQ&A",
    "花咲港の岸壁改修、年度内に完了へ",
    "根室市議会、補正予算案を可決",
]


def shigure(meta: dict, art: dict) -> str:
    dt = _tz(meta["published"], 9)
    date = f"{dt.year}年{dt.month}月{dt.day}日 {dt:%H:%M}"
    rel = "".join(f'<li><a href="/news/">{E(t)}</a></li>' for t in _pick(SHIGURE_RELATED, meta["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(art["title"])}｜しぐれ新報 電子版</title>
<meta name="description" content="{E(meta["summary"])}">
{_og(meta, art, "しぐれ新報 電子版", "ja_JP")}
{_jsonld(meta, art, "しぐれ新報", "ja")}
</head>
<body>
<div id="cookie-consent">当サイトではサービス向上のためクッキー（Cookie）を使用しています。<a href="/policy/">詳しくはこちら</a> <button>同意する</button></div>
<header class="sg-header">
<div class="sg-logo"><a href="/">しぐれ新報</a><span>根室・羅臼・標津のニュース</span></div>
<nav class="sg-gnav"><a href="/">トップ</a><a href="/nemuro/">根室</a><a href="/rausu/">羅臼</a><a href="/shibetsu/">標津・中標津</a>
<a href="/hoppo/">北方領土</a><a href="/suisan/">水産</a><a href="/sports/">スポーツ</a><a href="/obituary/">おくやみ</a></nav>
</header>
<main class="sg-main">
<p class="sg-cat">{E(art.get("section", "ニュース"))}</p>
<h1>{E(art["title"])}</h1>
<p class="sg-date">{date}</p>
<div class="sg-body">
{_paras(art["body"])}
</div>
<p class="sg-credit">{E(art.get("byline", "（しぐれ新報）"))}</p>
<div class="sg-share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
<div class="sg-premium">紙面ビューアーは有料会員限定です。<a href="/subscribe/">購読のお申し込み</a></div>
<section class="sg-rel"><h2>関連記事</h2><ul>{rel}</ul></section>
</main>
<footer class="sg-footer"><p><a href="/company/">会社概要</a>｜<a href="/privacy/">個人情報の取り扱い</a>｜<a href="/ad/">広告掲載</a>｜<a href="/contact/">お問い合わせ</a></p>
<p>掲載の記事・写真・図表などの無断転載を禁止します。著作権はしぐれ新報社またはその情報提供者に属します。</p>
<p>&copy; {dt.year} しぐれ新報社</p></footer>
</body>
</html>
"""


HYOKAI_RANKING = [
    "網走でクリオネ観察会",
    "釧路湿原、タンチョウの越冬数まとまる",
    "オホーツク沿岸、ホタテ稚貝の放流始まる",
    "紋別のカニ祭り、3年ぶり開催",
    "知床、観光船の安全対策を再点検",
    "道東道の通行止め、全面解除",
]


def hyokai(meta: dict, art: dict) -> str:
    dt = _tz(meta["published"], 9)
    date = f"{dt.year}/{dt.month:02d}/{dt.day:02d} {dt:%H:%M}"
    rank = "".join(f"<li>{E(t)}</li>" for t in _pick(HYOKAI_RANKING, meta["id"], 5))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(art["title"])} - 氷海タイムズ</title>
<meta name="viewport" content="width=device-width">
{_og(meta, art, "氷海タイムズ", "ja_JP")}
{_jsonld(meta, art, "氷海タイムズ", "ja")}
</head>
<body>
<div class="hk-cookie">氷海タイムズはCookieを利用して閲覧状況を分析しています。<button>OK</button> <a href="/cookie/">設定</a></div>
<header><h1 class="hk-logo"><a href="/">氷海タイムズ</a></h1><p class="hk-sub">道東・オホーツクの今を伝える</p>
<ul class="hk-nav"><li><a href="/local/">地域</a></li><li><a href="/politics/">政治・行政</a></li><li><a href="/hoppo/">北方領土・日ロ</a></li>
<li><a href="/fishery/">漁業</a></li><li><a href="/life/">くらし</a></li><li><a href="/opinion/">社説・論説</a></li></ul></header>
<div class="hk-wrap"><article class="hk-article">
<div class="hk-genre">{E(art.get("section", "地域"))}</div>
<h2 class="hk-title">{E(art["title"])}</h2>
<div class="hk-time">{date} 配信</div>
<div class="hk-text">
{_paras(art["body"])}
</div>
<div class="hk-by">{E(art.get("byline", "（氷海タイムズ）"))}</div>
<div class="hk-sns">共有：X／Facebook／はてなブックマーク</div>
</article>
<aside class="hk-side"><h3>アクセスランキング</h3><ol>{rank}</ol>
<div class="hk-ad">広告</div></aside></div>
<footer class="hk-foot">氷海タイムズ　〒090-0000 北海道北見市　|　<a href="/about/">会社案内</a>　|　<a href="/terms/">利用規約</a>
<br>Copyright &copy; {dt.year} Hyokai Times. All rights reserved.</footer>
</body>
</html>
"""


RENDER = {
    "wheelhouse-en": wheelhouse,
    "northapp-en": northapp,
    "coldfront-en": coldfront,
    "outrider-en": outrider,
    "pyatiy-ru": pyatiy,
    "semafor-ru": semafor,
    "severnaya-ru": severnaya,
    "shigure-ja": shigure,
    "hyokai-ja": hyokai,
}
