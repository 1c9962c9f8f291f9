"""Outlets of the b121 corpus: feed metadata and page templates.

Eight invented outlets. Two of them (turnstone-gazette, goyomai-ja) carry no
machine-readable metadata on their pages: no og:/article: meta tags, no JSON-LD,
no <time datetime>; the date is only in the visible byline.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "greenshank-wire", "title": "Greenshank Wire - World", "format": "atom", "lang": "en"},
    {"id": "scupper-post", "title": "The Scupper Post - Asia & World", "format": "rss", "lang": "en"},
    {"id": "turnstone-gazette", "title": "The Turnstone Gazette - Japan & the North Pacific in English",
     "format": "rss", "lang": "en"},
    {"id": "leeway-brief", "title": "Leeway Brief - Russia & East Asia, explained", "format": "atom", "lang": "en"},
    {"id": "vetroval-ru", "title": "Ветровал - лента новостей Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "bushprit-ru", "title": "«Бушприт» - новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "hokutosei-ja", "title": "北斗星新聞デジタル（根室・中標津）", "format": "rss", "lang": "ja"},
    {"id": "goyomai-ja", "title": "ごようまい通信（根室・歯舞）", "format": "atom", "lang": "ja"},
]

NO_METADATA = {"turnstone-gazette", "goyomai-ja"}

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))
UTC = timezone.utc

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON3 = [m[:3] for m in EN_MONTHS]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
JA_DAYS = "月火水木金土日"


def _pick(seq, key: str, n: int):
    """Deterministic choice of n distinct items from seq, keyed by a string."""
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16)
    items = list(seq)
    out = []
    while items and len(out) < n:
        idx = h % len(items)
        out.append(items.pop(idx))
        h //= 7
    return out


def _paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n".join(out)


def _slug(a: dict) -> str:
    return a["id"].replace("b121-", "")


# ----------------------------------------------------------------------------- Greenshank

GREENSHANK_RELATED = [
    ("Yen slides past 150 as BoJ holds rates", "/markets/yen-slides-boj-holds"),
    ("Hokkaido scallop exporters look to Vietnam", "/business/hokkaido-scallops-vietnam"),
    ("Sakhalin LNG cargo sails for Japan despite sanctions", "/energy/sakhalin-lng-cargo"),
    ("Explainer: what is the 1956 Japan-Soviet declaration?", "/explainers/1956-declaration"),
    ("South Korea, Japan hold first shuttle summit in a year", "/asia/shuttle-summit"),
    ("Russian Pacific Fleet opens navigation season", "/world/pacific-fleet-season"),
    ("Nemuro fishermen brace for thin saury season", "/asia/nemuro-saury-season"),
    ("Kremlin says no plans for Putin-Japan call", "/world/kremlin-no-call"),
]


def render_greenshank(a: dict) -> str:
    t = a["published"].astimezone(UTC)
    vis = f"{t.day} {EN_MON3[t.month - 1]} {t.year} · {t:%H:%M} GMT"
    url = f"https://www.greenshankwire.example/world/{_slug(a)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": t.isoformat().replace("+00:00", "Z"),
          "dateModified": t.isoformat().replace("+00:00", "Z"),
          "author": {"@type": "Person", "name": a.get("author", "Greenshank Wire staff")},
          "publisher": {"@type": "Organization", "name": "Greenshank Wire"},
          "description": a["summary"], "inLanguage": "en", "mainEntityOfPage": url}
    rel = "".join(f'<li><a href="{h}">{escape(x)}</a></li>' for x, h in _pick(GREENSHANK_RELATED, a["id"], 4))
    dateline = a.get("dateline", "")
    body = a["body"]
    first = f"<p><strong>{escape(dateline)}</strong> {escape(body[0])}</p>" if dateline else _paras(body[:1])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Greenshank Wire</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="Greenshank Wire">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
<meta property="article:section" content="World">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/gw-2.14.css">
</head>
<body class="gw article">
<div id="gw-consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure audiences and personalise advertising. You can change your choices at any time under <a href="/privacy#cookies">Privacy settings</a>.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button> <button class="btn-manage">Manage</button>
</div>
<header class="gw-masthead">
  <a class="gw-logo" href="/">GREENSHANK<span>WIRE</span></a>
  <nav class="gw-nav" aria-label="Sections">
    <a href="/world">World</a><a href="/asia">Asia</a><a href="/europe">Europe</a><a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/explainers">Explainers</a><a href="/pictures">Pictures</a>
  </nav>
  <form class="gw-search" action="/search"><input name="q" placeholder="Search Greenshank"></form>
  <a class="gw-sub" href="/subscribe">Subscribe</a>
</header>
<main>
<article class="gw-story">
  <p class="gw-kicker"><a href="/asia">{escape(a.get('kicker', 'Asia Pacific'))}</a></p>
  <h1>{escape(a['title'])}</h1>
  <p class="gw-standfirst">{escape(a['summary'])}</p>
  <div class="gw-byline">By <span class="author">{escape(a.get('author', 'Greenshank Wire staff'))}</span> · <span class="gw-date">{vis}</span></div>
  <ul class="gw-share"><li><a href="#">Share on X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li><li><button>Copy link</button></li></ul>
  <div class="gw-body">
{first}
{_paras(body[1:])}
  </div>
  <p class="gw-credit">{escape(a.get('credit', 'Reporting by Greenshank Wire correspondents; editing by the Asia desk'))}</p>
  <p class="gw-standards"><a href="/trust">Our standards: The Greenshank Trust Principles.</a></p>
</article>
<aside class="gw-related"><h2>Read next</h2><ul>{rel}</ul></aside>
<aside class="gw-newsletter"><h2>The Morning Wire</h2><p>Five stories before breakfast, every weekday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>
</main>
<footer class="gw-footer">
  <nav><a href="/about">About us</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/feeds">RSS &amp; Atom</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Greenshank Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Scupper Post

SCUPPER_RELATED = [
    ("Opinion: Asia's maritime disputes need more than communiques", "/opinion/asia-maritime-communiques"),
    ("Philippine coast guard says Chinese vessels shadowed resupply", "/asia/ph-coast-guard-shadowed"),
    ("Japan's rice prices hit new record", "/business/japan-rice-record"),
    ("Kazakhstan courts Japanese investors for rare earths", "/business/kazakhstan-rare-earths"),
    ("Pyongyang fires ballistic missile into Sea of Japan", "/asia/pyongyang-missile"),
    ("Tokyo to expand coast guard budget again", "/asia/tokyo-coast-guard-budget"),
    ("Travel: Hokkaido's quiet east in winter", "/travel/hokkaido-east-winter"),
    ("UN rapporteur visits Pacific atolls hit by sea rise", "/world/un-pacific-atolls"),
]


def render_scupper(a: dict) -> str:
    t = a["published"].astimezone(UTC)
    vis = f"{EN_DAYS[t.weekday()]} {EN_MONTHS[t.month - 1]} {t.day}, {t.year}, {t:%H:%M} UTC"
    url = f"https://scupperpost.example/{t:%Y/%m/%d}/{_slug(a)}/"
    rel = "".join(f'<li><a href="{h}">{escape(x)}</a></li>' for x, h in _pick(SCUPPER_RELATED, a["id"], 3))
    comments = a.get("comments", [])
    cm = ""
    if comments:
        cm = "<section class='sp-comments'><h3>Comments (" + str(len(comments)) + ")</h3>" + "".join(
            f"<div class='sp-c'><b>{escape(n)}</b><p>{escape(c)}</p></div>" for n, c in comments) + "</section>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - The Scupper Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta name="author" content="{escape(a.get('author', 'Scupper Post staff'))}">
<link rel="alternate" type="application/rss+xml" href="/feeds/asia.xml">
<link rel="stylesheet" href="/assets/sp.min.css">
</head>
<body>
<div class="sp-cookie"><span>The Scupper Post uses cookies. By continuing to browse you agree to our use of cookies.</span> <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="sp-top"><a href="/">The Scupper Post</a> <span class="sp-tag">Independent news since 2009</span> <a href="/donate" class="sp-donate">Support us</a></div>
<nav class="sp-nav"><a href="/news">News</a> | <a href="/asia">Asia</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a> | <a href="/travel">Travel</a> | <a href="/puzzles">Puzzles</a></nav>
<div class="sp-crumbs"><a href="/">Home</a> &rsaquo; <a href="/asia">Asia</a> &rsaquo; <a href="/asia/japan">Japan</a></div>
<article>
<h1 class="sp-h1">{escape(a['title'])}</h1>
<p class="sp-dek">{escape(a['summary'])}</p>
<p class="sp-meta">{escape(a.get('author', 'Scupper Post staff'))} &middot; <time datetime="{t.isoformat()}">{vis}</time></p>
<div class="sp-share"><a href="#">Tweet</a> <a href="#">Share</a> <a href="#">WhatsApp</a> <a href="#">Print</a></div>
<div class="sp-text">
{_paras(a['body'])}
</div>
<div class="sp-box">Have a story from Asia we should know about? <a href="/tips">Send us a tip</a>.</div>
</article>
<section class="sp-more"><h3>More from Asia</h3><ul>{rel}</ul></section>
{cm}
<footer class="sp-foot"><p><a href="/about">About</a> | <a href="/ethics">Ethics policy</a> | <a href="/corrections">Corrections</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy</a></p><p>&copy; The Scupper Post {t.year}</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Turnstone (no metadata)

TURNSTONE_RELATED = [
    ("Drift ice watch: the season's first floes at Shiretoko", "/nature/drift-ice-first-floes"),
    ("Nemuro's hanasaki crab festival draws record crowd", "/local/hanasaki-crab-festival"),
    ("Kushiro airport adds Taipei route", "/local/kushiro-taipei-route"),
    ("Photo essay: the lighthouse at Cape Nosappu", "/photo/nosappu-lighthouse"),
    ("Why eastern Hokkaido's towns keep shrinking", "/features/eastern-hokkaido-shrinking"),
    ("Red-crowned cranes return to Tsurui", "/nature/cranes-tsurui"),
]


def render_turnstone(a: dict) -> str:
    t = a["published"].astimezone(JST)
    vis = f"{EN_DAYS[t.weekday()]} {t.day} {EN_MONTHS[t.month - 1]} {t.year} · {t.strftime('%I:%M').lstrip('0')} {'am' if t.hour < 12 else 'pm'} JST"
    rel = "".join(f'<li><a href="{h}">{escape(x)}</a></li>' for x, h in _pick(TURNSTONE_RELATED, a["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} — The Turnstone Gazette</title>
<link rel="stylesheet" href="/css/turnstone.css">
</head>
<body>
<div class="cookie-notice">This site uses cookies to remember your preferences. <a href="/cookies">Learn more</a> <button type="button">Got it</button></div>
<header class="masthead">
  <div class="brand"><a href="/">The Turnstone Gazette</a><small>Japan &amp; the North Pacific in English</small></div>
  <nav><ul><li><a href="/local">Local</a></li><li><a href="/islands">The Islands</a></li><li><a href="/fisheries">Fisheries</a></li><li><a href="/nature">Nature</a></li><li><a href="/features">Features</a></li><li><a href="/photo">Photo</a></li><li><a href="/about">About</a></li></ul></nav>
</header>
<main class="story">
  <div class="section-label">{escape(a.get('kicker', 'The Islands'))}</div>
  <h1>{escape(a['title'])}</h1>
  <p class="deck">{escape(a['summary'])}</p>
  <div class="byline">{escape(a.get('author', 'Turnstone staff'))} &nbsp;|&nbsp; {vis}</div>
  <div class="story-body">
{_paras(a['body'])}
  </div>
  <div class="share-row">Share: <a href="#">Email</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">LINE</a></div>
</main>
<aside class="also"><h4>Also in the Gazette</h4><ul>{rel}</ul></aside>
<footer><p>The Turnstone Gazette is an independent English-language publication based in Kushiro. <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/support">Become a supporter</a></p><p>© The Turnstone Gazette</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Leeway Brief

LEEWAY_RELATED = [
    ("How sanctions reshaped Russia's Far East trade", "/briefs/far-east-trade-sanctions"),
    ("Five things to know about Japan's defence budget", "/briefs/japan-defence-budget"),
    ("The Northern Sea Route in numbers", "/briefs/nsr-numbers"),
    ("What the Russia-DPRK treaty actually says", "/briefs/russia-dprk-treaty"),
    ("A short history of the 1855 Shimoda treaty", "/briefs/shimoda-1855"),
    ("Glossary: Japan-Russia diplomatic terms", "/briefs/glossary-japan-russia"),
]


def render_leeway(a: dict) -> str:
    t = a["published"].astimezone(UTC)
    vis = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": t.isoformat(), "author": [{"@type": "Person", "name": a.get("author", "Leeway Brief")}],
          "publisher": {"@type": "Organization", "name": "Leeway Brief"}, "articleSection": a.get("kicker", "Explainers")}
    rel = "".join(f'<li><a href="{h}">{escape(x)}</a></li>' for x, h in _pick(LEEWAY_RELATED, a["id"], 3))
    reading = max(2, len(" ".join(a["body"]).split()) // 220)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} · Leeway Brief</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/lb/app.css">
</head>
<body>
<div class="lb-consent" data-state="pending"><strong>Your privacy.</strong> We use strictly necessary cookies and, with your consent, analytics. <button>Allow analytics</button> <button>Necessary only</button></div>
<header class="lb-head"><a class="lb-logo" href="/">Leeway<b>Brief</b></a>
<nav><a href="/briefs">Briefs</a><a href="/russia">Russia</a><a href="/japan">Japan</a><a href="/koreas">Koreas</a><a href="/china">China</a><a href="/podcast">Podcast</a><a href="/newsletter">Newsletter</a></nav></header>
<main class="lb-main">
<article>
<span class="lb-kicker">{escape(a.get('kicker', 'Explainer'))}</span>
<h1>{escape(a['title'])}</h1>
<p class="lb-sum">{escape(a['summary'])}</p>
<p class="lb-by">{escape(a.get('author', 'Leeway Brief'))} · {vis} · {reading} min read</p>
<div class="lb-body">
{_paras(a['body'])}
</div>
<div class="lb-share"><button>Copy link</button> <a href="#">Share on Bluesky</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</article>
<aside class="lb-rel"><h3>Related briefs</h3><ul>{rel}</ul></aside>
<aside class="lb-nl"><h3>Get the Sunday Leeway</h3><p>One email a week. No spin.</p><input type="email" placeholder="you@example.com"><button>Subscribe</button></aside>
</main>
<footer class="lb-foot"><p>Leeway Brief is reader-funded. <a href="/support">Support our work</a> · <a href="/about">About</a> · <a href="/method">Methodology</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p><p>© {t.year} Leeway Brief</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Ветровал

VETROVAL_RELATED = [
    ("В Хабаровске открыли новый мост через протоку", "/news/habarovsk-most"),
    ("На Камчатке начался сезон вулканических туров", "/news/kamchatka-vulkany"),
    ("Приморье увеличило вылов минтая", "/news/primorye-mintay"),
    ("Во Владивостоке обсудили развитие Северного морского пути", "/news/vladivostok-smp"),
    ("На Сахалине подорожал проезд в автобусах", "/news/sakhalin-avtobusy"),
    ("Курильские рыбаки готовятся к лососёвой путине", "/news/kurily-putina"),
    ("Магадан ждёт первый рейс из Пекина", "/news/magadan-pekin"),
]


def render_vetroval(a: dict) -> str:
    t = a["published"].astimezone(SAKH)
    vis = f"{t.day} {RU_MONTHS_GEN[t.month - 1]} {t.year}, {t:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["published"].astimezone(SAKH).isoformat(), "inLanguage": "ru",
          "author": {"@type": "Person", "name": a.get("author", "Редакция")},
          "publisher": {"@type": "Organization", "name": "Ветровал"}}
    rel = "".join(f'<li><a href="{h}">{escape(x)}</a></li>' for x, h in _pick(VETROVAL_RELATED, a["id"], 4))
    views = 400 + int(hashlib.md5(a["id"].encode()).hexdigest()[:4], 16) % 4000
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Ветровал</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{t.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/v/main.css">
</head>
<body>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/policy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="v-header">
  <a href="/" class="v-logo">ВЕТРОВАЛ</a><span class="v-slogan">лента новостей Дальнего Востока</span>
  <nav class="v-menu"><a href="/news">Новости</a><a href="/sakhalin">Сахалин</a><a href="/kurily">Курилы</a><a href="/primorye">Приморье</a><a href="/kamchatka">Камчатка</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/incidents">Происшествия</a></nav>
  <div class="v-weather">Южно-Сахалинск −3° · Южно-Курильск +1°</div>
</header>
<main class="v-page">
<div class="v-crumbs"><a href="/">Главная</a> / <a href="/{escape(a.get('rubric_slug', 'kurily'))}">{escape(a.get('rubric', 'Курилы'))}</a></div>
<article class="v-article">
  <h1>{escape(a['title'])}</h1>
  <div class="v-meta"><span class="v-date">{vis}</span> · <span class="v-views">{views} просмотров</span></div>
  <p class="v-lead"><b>{escape(a['summary'])}</b></p>
  <div class="v-text">
{_paras(a['body'])}
  </div>
  <p class="v-author">Автор: {escape(a.get('author', 'Редакция «Ветровала»'))}</p>
  <div class="v-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
  <p class="v-tg">Подписывайтесь на «Ветровал» в Telegram — <a href="#">@vetroval_dv</a></p>
</article>
<aside class="v-related"><h3>Читайте также</h3><ul>{rel}</ul></aside>
</main>
<footer class="v-footer"><p>Сетевое издание «Ветровал». Свидетельство о регистрации СМИ Эл № ФС77-00000. 16+</p><p><a href="/about">О редакции</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/policy">Политика конфиденциальности</a></p><p>При использовании материалов ссылка на «Ветровал» обязательна. © 2016–{t.year}</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Бушприт

BUSHPRIT_RELATED = [
    ("Паром «Сахалин-9» вернулся на линию Ванино — Холмск", "/news/parom-sahalin-9"),
    ("В Корсакове начали ремонт морского вокзала", "/news/korsakov-vokzal"),
    ("Итуруп: в Курильске открылась новая библиотека", "/news/kurilsk-biblioteka"),
    ("Облдума утвердила бюджет на трёхлетку", "/news/obldum-byudzhet"),
    ("На Шикотане завершили ремонт дороги в Крабозаводское", "/news/shikotan-doroga"),
    ("Сахалинские школьники победили на олимпиаде по химии", "/news/olimpiada-himiya"),
    ("Авиарейсы на Кунашир задерживаются из-за тумана", "/news/kunashir-tuman"),
]


def render_bushprit(a: dict) -> str:
    t = a["published"].astimezone(SAKH)
    vis = f"{t:%d.%m.%Y %H:%M}"
    rel = "".join(f'<li><a href="{h}">{escape(x)}</a></li>' for x, h in _pick(BUSHPRIT_RELATED, a["id"], 3))
    tags = "".join(f'<a class="tag" href="/tag/{i}">#{escape(x)}</a> ' for i, x in enumerate(a.get("tags", ["Курилы"])))
    comments = a.get("comments", [])
    cm = ""
    if comments:
        cm = "<section class='b-comments'><h4>Комментарии</h4>" + "".join(
            f"<div class='b-c'><span class='b-nick'>{escape(n)}</span><p>{escape(c)}</p></div>" for n, c in comments) + "</section>"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{escape(a['title'])} | Бушприт</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:site_name" content="Бушприт">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:section" content="{escape(a.get('rubric', 'Курилы'))}">
<link rel="stylesheet" href="/css/bushprit.css?v=31">
</head>
<body>
<div id="cookie-line">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <button>Принять</button></div>
<header class="b-top">
<div class="b-logo"><a href="/">«Бушприт»</a><span>новости Сахалина и Курил</span></div>
<ul class="b-nav"><li><a href="/">Главное</a></li><li><a href="/rubric/kurily">Курилы</a></li><li><a href="/rubric/vlast">Власть</a></li><li><a href="/rubric/more">Море и рыба</a></li><li><a href="/rubric/obshchestvo">Общество</a></li><li><a href="/rubric/mir">Мир</a></li><li><a href="/afisha">Афиша</a></li></ul>
</header>
<div class="b-wrap">
<article class="b-article">
<div class="b-rubric">{escape(a.get('rubric', 'Курилы'))}</div>
<h1>{escape(a['title'])}</h1>
<time class="b-time" datetime="{t.isoformat()}">{vis}</time>
<div class="b-body">
{_paras(a['body'])}
</div>
<div class="b-tags">{tags}</div>
<div class="b-share">Поделиться: <a href="#">VK</a> · <a href="#">OK</a> · <a href="#">Telegram</a></div>
</article>
<aside class="b-side"><h4>Другие новости</h4><ul>{rel}</ul><div class="b-ad">Реклама</div></aside>
{cm}
</div>
<footer class="b-foot">© «Бушприт», {t.year}. Все права защищены. 12+ · <a href="/redakciya">Редакция</a> · <a href="/reklama">Рекламодателям</a> · <a href="/privacy">Персональные данные</a></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- 北斗星新聞

HOKUTOSEI_RELATED = [
    ("花咲ガニ、初水揚げ　昨年並みの浜値", "/local/hanasaki-hatsumizuage"),
    ("中標津空港、冬ダイヤで羽田便を増便", "/local/nakashibetsu-haneda"),
    ("根室市、ふるさと納税寄付額が過去最高", "/local/furusato-nozei"),
    ("納沙布岬で流氷観光船が運航開始", "/local/nosappu-ryuhyo"),
    ("別海の酪農家、飼料高で苦境", "/local/betsukai-rakuno"),
    ("標津サーモン科学館がリニューアル", "/local/shibetsu-salmon"),
    ("根室高、甲子園へあと一歩", "/sports/nemuro-ko"),
]


def render_hokutosei(a: dict) -> str:
    t = a["published"].astimezone(JST)
    vis = f"{t.year}年{t.month}月{t.day}日（{JA_DAYS[t.weekday()]}）{t:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": t.isoformat(), "inLanguage": "ja",
          "publisher": {"@type": "Organization", "name": "北斗星新聞"}}
    rel = "".join(f'<li><a href="{h}">{escape(x)}</a></li>' for x, h in _pick(HOKUTOSEI_RELATED, a["id"], 4))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])}｜北斗星新聞デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="北斗星新聞デジタル">
<meta property="article:published_time" content="{t.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/common/css/hokutosei.css">
</head>
<body>
<div class="cookie-banner">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header id="hd">
<p class="logo"><a href="/">北斗星新聞デジタル</a></p><p class="area">根室・中標津</p>
<nav id="gnav"><ul><li><a href="/">トップ</a></li><li><a href="/local/">地域</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/fishery/">水産</a></li><li><a href="/politics/">政治・行政</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></nav>
<p class="login"><a href="/member/login">ログイン</a> ｜ <a href="/member/entry">会員登録</a></p>
</header>
<div id="ct">
<article class="news-detail">
<p class="cat">{escape(a.get('kicker', '北方領土'))}</p>
<h1>{escape(a['title'])}</h1>
<p class="date">{vis}</p>
<div class="sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="honbun">
{_paras(a['body'])}
</div>
<p class="copyright">（北斗星新聞）</p>
</article>
<aside class="kanren"><h2>関連記事</h2><ul>{rel}</ul></aside>
<aside class="rank"><h2>アクセスランキング</h2><ol><li><a href="/local/kion">根室で最低気温氷点下15度</a></li><li><a href="/local/sanma">サンマ棒受け網、出漁へ</a></li><li><a href="/okuyami/">おくやみ情報</a></li></ol></aside>
</div>
<footer id="ft"><ul><li><a href="/company/">会社案内</a></li><li><a href="/koudoku/">購読のお申し込み</a></li><li><a href="/kiyaku/">利用規約</a></li><li><a href="/privacy/">個人情報の取り扱い</a></li></ul><p>掲載の記事・写真の無断転載を禁じます。Copyright © 北斗星新聞社</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- ごようまい通信 (no metadata)

GOYOMAI_RELATED = [
    ("歯舞漁協、コンブ漁の解禁日決まる", "/n/kombu-kaikin"),
    ("珸瑤瑁漁港で防波堤工事始まる", "/n/goyomai-bohatei"),
    ("納沙布小、今年も「四島学習」発表会", "/n/nosappu-sho"),
    ("根室の夏祭り、3日間で4万人", "/n/natsumatsuri"),
    ("歯舞地区で濃霧、漁船の出漁見合わせ", "/n/nomu"),
]


def render_goyomai(a: dict) -> str:
    t = a["published"].astimezone(JST)
    vis = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    rel = "".join(f'<li><a href="{h}">{escape(x)}</a></li>' for x, h in _pick(GOYOMAI_RELATED, a["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - ごようまい通信</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div class="cookie">このサイトはクッキーを利用しています。<a href="/cookie.html">詳細</a> <button>閉じる</button></div>
<div id="header"><h2 class="site"><a href="/">ごようまい通信</a></h2><p>根室・歯舞の暮らしと海のニュース</p>
<ul class="menu"><li><a href="/">ホーム</a></li><li><a href="/c/hoppo">北方領土・元島民</a></li><li><a href="/c/umi">海・漁業</a></li><li><a href="/c/kurashi">くらし</a></li><li><a href="/c/event">催し</a></li><li><a href="/about.html">通信について</a></li></ul></div>
<div id="main">
<div class="entry">
<h1 class="entry-title">{escape(a['title'])}</h1>
<div class="entry-info">{vis}　文・{escape(a.get('author', '編集部'))}</div>
<div class="entry-body">
{_paras(a['body'])}
</div>
<div class="share">この記事をシェア：<a href="#">X</a>／<a href="#">LINE</a>／<a href="#">Facebook</a></div>
</div>
<div class="side"><h3>最近の記事</h3><ul>{rel}</ul><h3>カテゴリー</h3><ul><li><a href="/c/hoppo">北方領土・元島民</a></li><li><a href="/c/umi">海・漁業</a></li></ul></div>
</div>
<div id="footer"><p>ごようまい通信は根室市歯舞地区の住民有志が運営する地域ニュースサイトです。<a href="/contact.html">お問い合わせ</a></p><p>(c) ごようまい通信</p></div>
</body>
</html>
"""


RENDERERS = {
    "greenshank-wire": render_greenshank,
    "scupper-post": render_scupper,
    "turnstone-gazette": render_turnstone,
    "leeway-brief": render_leeway,
    "vetroval-ru": render_vetroval,
    "bushprit-ru": render_bushprit,
    "hokutosei-ja": render_hokutosei,
    "goyomai-ja": render_goyomai,
}


def render(article: dict) -> str:
    return RENDERERS[article["feed"]](article)
