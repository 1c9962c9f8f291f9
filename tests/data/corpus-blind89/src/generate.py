#!/usr/bin/env python3
"""Generate the blind89 evaluation corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py
It writes next to src/ (the corpus root). Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

from content_a import ARTICLES as PART_A  # noqa: E402
from content_b import ARTICLES as PART_B  # noqa: E402
from content_c import ARTICLES as PART_C  # noqa: E402

ARTICLES = PART_A + PART_B + PART_C

FEEDS = [
    {"id": "weirmouth-post", "title": "The Weirmouth Post — Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "hawsepipe-en", "title": "Hawsepipe Daily — North Pacific in English", "format": "rss", "lang": "en"},
    {"id": "slipway-wire", "title": "Slipway Wire — World", "format": "rss", "lang": "en"},
    {"id": "bellcote-review", "title": "The Bellcote Review — analysis & long reads", "format": "atom", "lang": "en"},
    {"id": "kamerton-ru", "title": "ИА «Камертон» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "skalnik-ru", "title": "«Скальник» — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "kumoi-ja", "title": "くもい新報 電子版", "format": "atom", "lang": "ja"},
    {"id": "attoko-ja", "title": "厚床タイムス 電子版", "format": "rss", "lang": "ja"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

E = html.escape


def utc(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


def related_html(items, tag="li"):
    return "\n".join(f'<{tag}><a href="{E(href)}">{E(t)}</a></{tag}>' for t, href in items)


def slug(text: str) -> str:
    keep = [c.lower() if c.isascii() and c.isalnum() else "-" for c in text]
    s = "".join(keep)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")[:60] or "story"


# ----------------------------------------------------------------------------- outlets

RU_MONTHS = ["января", "февраля", "марта",
             "апреля", "мая", "июня", "июля",
             "августа", "сентября",
             "октября", "ноября", "декабря"]


def weirmouth(a, t):
    iso = t.isoformat().replace("+00:00", "Z")
    shown = t.strftime("%a %d %b %Y %H.%M GMT")
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["summary"], "datePublished": iso, "dateModified": iso,
        "articleSection": a.get("section", "Asia & Pacific"), "inLanguage": "en-GB",
        "author": {"@type": "Person", "name": a.get("author", "Weirmouth Post staff")},
        "publisher": {"@type": "Organization", "name": "The Weirmouth Post"},
    }
    rel = a.get("related") or []
    rel = rel + [("Monsoon rains ease over Kerala as evacuees return", "../asia/kerala-monsoon-evacuees"),
                 ("Seoul and Tokyo agree to expand youth working-holiday quotas", "../asia/seoul-tokyo-working-holiday")]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | The Weirmouth Post</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Weirmouth Post">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{E(a.get('section', 'Asia & Pacific'))}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="../static/weirmouth.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
<div id="consent-banner" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure audiences and personalise advertising. You can change your choices at any time in Privacy settings.</p>
  <button class="consent-accept">Accept all</button> <button class="consent-manage">Manage preferences</button>
</div>
<header class="masthead">
  <a class="logo" href="../index.html">The Weirmouth Post</a>
  <span class="tagline">Independent journalism since 1881</span>
  <a class="support" href="../support.html">Support us</a> <a class="signin" href="../account/signin.html">Sign in</a>
</header>
<nav class="primary">
  <ul><li><a href="../world/index.html">World</a></li><li class="active"><a href="../asia/index.html">Asia &amp; Pacific</a></li><li><a href="../business/index.html">Business</a></li><li><a href="../climate/index.html">Climate</a></li><li><a href="../opinion/index.html">Opinion</a></li><li><a href="../culture/index.html">Culture</a></li><li><a href="../sport/index.html">Sport</a></li></ul>
</nav>
<main>
<div class="breadcrumb"><a href="../world/index.html">World</a> &rsaquo; <a href="../asia/index.html">{E(a.get('section', 'Asia & Pacific'))}</a></div>
<article>
<h1>{E(a['title'])}</h1>
<p class="standfirst">{E(a['summary'])}</p>
<div class="byline"><span class="author">{E(a.get('author', 'Weirmouth Post staff'))}</span> <time datetime="{iso}">{shown}</time></div>
<div class="share"><a href="#share-facebook">Facebook</a> <a href="#share-x">X</a> <a href="#share-email">Email</a> <a href="#share-copy">Copy link</a></div>
<div class="article-body">
{paras(a['body'])}
</div>
<p class="corrections">Spotted an error? <a href="../corrections.html">Read our corrections policy</a>.</p>
</article>
<aside class="related">
<h3>More from Asia &amp; Pacific</h3>
<ul>
{related_html(rel)}
</ul>
</aside>
<aside class="newsletter"><h3>The Morning Brief</h3><p>The day's essential stories from across Asia, in your inbox before breakfast.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></aside>
</main>
<footer class="site-footer">
<ul><li><a href="../about.html">About us</a></li><li><a href="../contact.html">Contact</a></li><li><a href="../privacy.html">Privacy policy</a></li><li><a href="../cookies.html">Cookie policy</a></li><li><a href="../terms.html">Terms &amp; conditions</a></li><li><a href="../jobs.html">Work for us</a></li></ul>
<p>&copy; {t.year} Weirmouth Media Group Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def hawsepipe(a, t):
    # no metadata at all: no og:, no JSON-LD, no published_time
    jst = t + timedelta(hours=9)
    hour = jst.strftime("%I:%M").lstrip("0")
    shown = f"{jst.strftime('%B')} {jst.day}, {jst.year} {hour} {'a.m.' if jst.hour < 12 else 'p.m.'} JST"
    rel = a.get("related") or []
    rel = rel + [("Kushiro port welcomes first cruise call of the season", "../kushiro/cruise-first-call"),
                 ("Saury landings at Hanasaki port stay near record lows", "../fisheries/saury-landings-low"),
                 ("Nemuro city council approves budget for new fish market roof", "../nemuro/fish-market-roof")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} - Hawsepipe Daily</title>
<link rel="stylesheet" href="../css/hawsepipe.css">
</head>
<body>
<div class="cookie-bar">This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. <a href="../privacy.html">Learn more</a> <button>OK</button></div>
<div id="top">
  <div class="brand"><a href="../index.html">Hawsepipe Daily</a><small>North Pacific in English &middot; Nemuro &middot; Kushiro &middot; Sakhalin</small></div>
  <div class="weather">Nemuro {('-3' if jst.month in (12, 1, 2, 3) else '14')}&deg;C</div>
</div>
<ul class="menu">
  <li><a href="../nemuro/index.html">Nemuro</a></li><li><a href="../kushiro/index.html">Kushiro</a></li><li><a href="../fisheries/index.html">Fisheries</a></li><li><a href="../islands/index.html">The Islands</a></li><li><a href="../sakhalin/index.html">Sakhalin</a></li><li><a href="../weather/index.html">Weather</a></li><li><a href="../letters/index.html">Letters</a></li>
</ul>
<div class="content">
<div class="story">
<p class="kicker">{E(a.get('kicker', 'THE ISLANDS'))}</p>
<h1>{E(a['title'])}</h1>
<p class="dateline">By {E(a.get('author', 'Hawsepipe staff'))} | {shown}</p>
{paras(a['body'])}
<p class="endnote">Tips and corrections: newsdesk (at) hawsepipe-daily (dot) example</p>
</div>
<div class="sidebar">
<h4>Related</h4>
<ul>
{related_html(rel)}
</ul>
<h4>Most read</h4>
<ol><li><a href="../nemuro/sea-ice-arrives-early">Sea ice arrives early off Cape Nosappu</a></li><li><a href="../kushiro/marsh-cranes-count">Red-crowned crane count rises in Kushiro Marsh</a></li><li><a href="../letters/index.html">Letters: the bus timetable again</a></li></ol>
</div>
</div>
<div class="foot">Hawsepipe Daily &middot; Published in Nemuro, Hokkaido &middot; <a href="../about.html">About</a> &middot; <a href="../advertise.html">Advertise</a> &middot; <a href="../privacy.html">Privacy</a><br>&copy; {t.year} Hawsepipe Publishing K.K.</div>
</body>
</html>
"""


def slipway(a, t):
    iso = t.isoformat().replace("+00:00", "Z")
    hour = t.strftime("%I:%M").lstrip("0")
    shown = f"{t.strftime('%B')} {t.day}, {t.year} {hour} {'AM' if t.hour < 12 else 'PM'} UTC"
    rel = a.get("related") or []
    rel = rel + [("Oil steadies as traders weigh OPEC+ output signals", "../markets/oil-steadies-opec"),
                 ("EU ministers split over new migration pact funding", "../europe/eu-migration-pact-funding")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} | Slipway Wire</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Slipway Wire">
<meta property="article:published_time" content="{iso}">
<link rel="stylesheet" href="../assets/slipway.css">
</head>
<body>
<header class="sw-header">
<div class="sw-logo"><a href="../index.html">SLIPWAY WIRE</a></div>
<nav><a href="../world/index.html">World</a> | <a href="../asia/index.html">Asia</a> | <a href="../europe/index.html">Europe</a> | <a href="../markets/index.html">Markets</a> | <a href="../energy/index.html">Energy</a> | <a href="../tech/index.html">Tech</a> | <a href="../graphics/index.html">Graphics</a></nav>
<form class="search"><input type="search" placeholder="Search Slipway"></form>
</header>
<section class="cookie-consent"><strong>Your privacy choices.</strong> Slipway and our partners use cookies to deliver and improve our services. <a href="../privacy/cookies.html">Cookie settings</a> <button>Accept</button> <button>Reject non-essential</button></section>
<main class="sw-main">
<article class="sw-article">
<div class="sw-tag">{E(a.get('section', 'World'))}</div>
<h1>{E(a['title'])}</h1>
<div class="sw-meta">By {E(a.get('author', 'Slipway staff'))} &middot; <time datetime="{iso}">{shown}</time> &middot; {a.get('minutes', 3)} min read</div>
<div class="sw-body">
{paras(a['body'])}
</div>
<p class="sw-credit">{E(a.get('credit', 'Editing by Slipway desk'))}</p>
<p class="sw-standards">Our Standards: <a href="../trust-principles.html">The Slipway Trust Principles.</a></p>
<div class="sw-share">Share: <a href="#x">X</a> <a href="#linkedin">LinkedIn</a> <a href="#email">Email</a></div>
</article>
<aside class="sw-readnext">
<h2>Read Next</h2>
<ul>
{related_html(rel)}
</ul>
</aside>
</main>
<footer class="sw-footer"><p><a href="../about.html">About Slipway</a> &middot; <a href="../careers.html">Careers</a> &middot; <a href="../accessibility.html">Accessibility</a> &middot; <a href="../privacy.html">Privacy</a> &middot; <a href="../terms.html">Terms of use</a></p><p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Slipway News Ltd.</p></footer>
</body>
</html>
"""


def bellcote(a, t):
    iso = t.isoformat().replace("+00:00", "Z")
    shown = f"{t.strftime('%B')} {t.day}, {t.year}"
    comments = a.get("comments") or []
    chtml = "\n".join(
        f'<div class="comment"><p class="who">{E(w)}</p><p>{E(c)}</p></div>' for w, c in comments)
    rel = a.get("related") or []
    rel = rel + [("The long afterlife of the 1951 San Francisco treaty", "../essays/san-francisco-treaty-afterlife"),
                 ("Why Hokkaido's fishing towns are running out of young crew", "../essays/hokkaido-fishing-crews")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — The Bellcote Review</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="The Bellcote Review">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{E(a.get('author', 'Bellcote contributors'))}">
<link rel="stylesheet" href="../theme/bellcote.css">
</head>
<body>
<div class="gdpr">We use essential cookies to make this site work, and optional analytics cookies to understand how it is used. <button>Allow analytics</button> <button>Essential only</button></div>
<header><div class="wordmark"><a href="../index.html">The Bellcote Review</a></div><p class="motto">Analysis &amp; long reads on power, borders and the people in between</p>
<nav><a href="../latest.html">Latest</a> <a href="../essays/index.html">Essays</a> <a href="../interviews/index.html">Interviews</a> <a href="../regions/asia.html">Asia</a> <a href="../regions/eurasia.html">Eurasia</a> <a href="../podcast.html">Podcast</a> <a href="../subscribe.html">Subscribe</a></nav></header>
<main>
<article class="longform">
<p class="rubric">{E(a.get('section', 'Analysis'))}</p>
<h1>{E(a['title'])}</h1>
<p class="dek">{E(a['summary'])}</p>
<p class="author-line">By <a href="../authors/{slug(a.get('author', 'contributors'))}.html">{E(a.get('author', 'Bellcote contributors'))}</a> &middot; <time datetime="{iso}">{shown}</time> &middot; {a.get('minutes', 7)} minute read</p>
{paras(a['body'])}
<div class="bio"><p>{E(a.get('bio', ''))}</p></div>
</article>
<section class="comments"><h3>Comments ({len(comments)})</h3>
{chtml}
<p class="policy">Comments are moderated. Please read our <a href="../community.html">community guidelines</a>.</p></section>
<aside><h3>You may also like</h3><ul>
{related_html(rel)}
</ul></aside>
</main>
<footer><p>The Bellcote Review is reader-funded. <a href="../subscribe.html">Subscribe</a> &middot; <a href="../about.html">About</a> &middot; <a href="../privacy.html">Privacy</a> &middot; <a href="../contact.html">Contact</a></p><p>&copy; {t.year} Bellcote Review Trust</p></footer>
</body>
</html>
"""


def kamerton(a, t):
    iso = t.isoformat().replace("+00:00", "Z")
    msk = t + timedelta(hours=3)
    shown = f"{msk.day} {RU_MONTHS[msk.month - 1]} {msk.year}, {msk.strftime('%H:%M')}"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["summary"], "datePublished": iso, "inLanguage": "ru",
        "publisher": {"@type": "Organization", "name": "ИА «Камертон»"},
        "author": {"@type": "Organization", "name": "ИА «Камертон»"},
    }
    rel = a.get("related") or []
    rel = rel + [("ЦБ сохранил ключевую ставку: что это значит для ипотеки", "../economy/cb-rate"),
                 ("В Приморье открыли новый погранпереход с Китаем", "../society/primorye-border-crossing")]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — ИА «Камертон»</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="ИА «Камертон»">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="../static/kamerton.min.css">
</head>
<body>
<div class="cookie-notice">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая просмотр, вы соглашаетесь с <a href="../legal/cookies.html">условиями использования</a>. <button>Понятно</button></div>
<header class="k-head">
<a class="k-logo" href="../index.html">КАМЕРТОН</a><span class="k-sub">информационное агентство</span>
<nav class="k-nav"><a href="../main.html">Главное</a> <a href="../politics/index.html">Политика</a> <a href="../world/index.html">В мире</a> <a href="../economy/index.html">Экономика</a> <a href="../society/index.html">Общество</a> <a href="../incidents/index.html">Происшествия</a> <a href="../sport/index.html">Спорт</a> <a href="../regions/index.html">Регионы</a></nav>
</header>
<main class="k-main">
<article>
<div class="k-rubric">{E(a.get('section', 'Политика'))}</div>
<h1>{E(a['title'])}</h1>
<div class="k-date"><time datetime="{iso}">{shown}</time> (мск)</div>
<p class="k-lead"><strong>{E(a['summary'])}</strong></p>
<div class="k-text">
{paras(a['body'])}
</div>
<div class="k-tags">Теги: {' '.join(f'<a href="../tags/{slug(x)}.html">{E(x)}</a>' for x in a.get('tags', []))}</div>
<div class="k-share">Поделиться: <a href="#vk">ВКонтакте</a> <a href="#ok">Одноклассники</a> <a href="#tg">Telegram</a></div>
</article>
<aside class="k-also"><h3>Читайте также</h3><ul>
{related_html(rel)}
</ul></aside>
</main>
<footer class="k-foot"><p>© ИА «Камертон», 2012–{t.year}. Свидетельство о регистрации СМИ ИА № ФС 77-58413. 18+</p><p><a href="../about.html">О нас</a> · <a href="../ads.html">Реклама</a> · <a href="../legal/privacy.html">Политика конфиденциальности</a> · <a href="../contacts.html">Контакты</a></p></footer>
</body>
</html>
"""


def skalnik(a, t):
    iso = t.isoformat().replace("+00:00", "Z")
    sakh = t + timedelta(hours=11)
    shown = f"{sakh.day} {RU_MONTHS[sakh.month - 1]} {sakh.year}, {sakh.strftime('%H:%M')}"
    rel = a.get("related") or []
    rel = rel + [("На трассе Южно-Сахалинск — Оха открыли объезд у моста", "../news/obezd-most"),
                 ("Паром «Сахалин-9» возобновил рейсы после шторма", "../news/parom-reisy")]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Скальник</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Скальник">
<meta property="article:published_time" content="{iso}">
<link rel="stylesheet" href="../css/skalnik.css">
</head>
<body>
<div class="top-line">Южно-Сахалинск {('-8' if sakh.month in (12, 1, 2, 3) else '+12')}° · Курс ЦБ · <a href="../pogoda.html">Погода</a> · <a href="../parom.html">Расписание паромов</a></div>
<header><a class="logo" href="../index.html">СКАЛЬНИК</a> <span>новости Сахалина и Курил</span></header>
<nav class="rubrics"><a href="../news/index.html">Новости</a> <a href="../kurily/index.html">Курилы</a> <a href="../ryba/index.html">Рыба</a> <a href="../vlast/index.html">Власть</a> <a href="../incidents/index.html">Происшествия</a> <a href="../dv/index.html">Дальний Восток</a> <a href="../sport/index.html">Спорт</a></nav>
<div class="cookies">Сайт использует cookie и сервисы аналитики. <a href="../privacy.html">Подробнее</a> <button>Согласен</button></div>
<div class="wrap">
<article class="news">
<div class="rubric">{E(a.get('section', 'Курилы'))}</div>
<h1>{E(a['title'])}</h1>
<div class="meta"><time datetime="{iso}">{shown}</time> · {E(a.get('author', 'Редакция'))}</div>
{paras(a['body'])}
<p class="source-note">Если вы стали свидетелем происшествия, пишите в наш Telegram-бот.</p>
</article>
<aside><h3>Другие новости</h3><ul>
{related_html(rel)}
</ul></aside>
</div>
<footer>«Скальник» — сетевое издание. Учредитель ООО «Скальник Медиа». Редакция: Южно-Сахалинск. 16+ · © {t.year}</footer>
</body>
</html>
"""


def kumoi(a, t):
    iso = t.isoformat().replace("+00:00", "Z")
    jst = t + timedelta(hours=9)
    shown = f"{jst.year}年{jst.month}月{jst.day}日 {jst.strftime('%H:%M')}"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["summary"], "datePublished": iso, "inLanguage": "ja",
        "publisher": {"@type": "Organization", "name": "くもい新報"},
    }
    rel = a.get("related") or []
    rel = rel + [("根室市、ふるさと納税の寄付額が過去最高に", "../news/furusato-nozei"),
                 ("花咲港でサンマ初水揚げ　不漁続きで高値", "../news/sanma-hatsumizuage")]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}｜くもい新報 電子版</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="くもい新報 電子版">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="../css/kumoi.css">
</head>
<body>
<div id="cookie">当サイトでは、利便性向上や広告配信のためにCookieを使用しています。<a href="../policy/cookie.html">詳しくはこちら</a> <button>同意する</button></div>
<header class="hd"><a class="logo" href="../index.html">くもい新報</a><span class="ed">根室・釧路・千島</span>
<nav><ul><li><a href="../news/index.html">ニュース</a></li><li><a href="../hoppou/index.html">北方領土</a></li><li><a href="../suisan/index.html">水産</a></li><li><a href="../keizai/index.html">経済</a></li><li><a href="../kurashi/index.html">くらし</a></li><li><a href="../sports/index.html">スポーツ</a></li><li><a href="../okuyami/index.html">おくやみ</a></li></ul></nav></header>
<div class="pankuzu"><a href="../index.html">トップ</a> &gt; <a href="../hoppou/index.html">{E(a.get('section', '北方領土'))}</a></div>
<main>
<article class="kiji">
<h1>{E(a['title'])}</h1>
<p class="date"><time datetime="{iso}">{shown}</time></p>
<div class="honbun">
{paras(a['body'])}
</div>
<ul class="sns"><li><a href="#x">Xでシェア</a></li><li><a href="#fb">Facebook</a></li><li><a href="#line">LINEで送る</a></li></ul>
</article>
<aside class="kanren"><h2>関連記事</h2><ul>
{related_html(rel)}
</ul></aside>
<aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="../kurashi/bus-daiya">路線バス、来月からダイヤ改正</a></li><li><a href="../news/kiri-chuui">根室地方に濃霧注意報</a></li><li><a href="../sports/koukou-yakyuu">根室勢、初戦突破</a></li></ol></aside>
</main>
<footer class="ft"><p><a href="../company.html">会社案内</a>｜<a href="../kiyaku.html">利用規約</a>｜<a href="../policy/privacy.html">個人情報の取り扱い</a>｜<a href="../koukoku.html">広告掲載</a></p><p>掲載記事・写真の無断転載を禁じます。Copyright &copy; {t.year} くもい新報社</p></footer>
</body>
</html>
"""


def attoko(a, t):
    # no metadata at all: no og:, no JSON-LD, no published_time
    jst = t + timedelta(hours=9)
    wd = "月火水木金土日"[jst.weekday()]
    shown = f"{jst.year}/{jst.month:02d}/{jst.day:02d}（{wd}） {jst.strftime('%H:%M')}配信"
    rel = a.get("related") or []
    rel = rel + [("厚床駅前に新たなコミュニティースペース", "../chiiki/attoko-space"),
                 ("別当賀でエゾシカとの衝突事故相次ぐ　町が注意呼びかけ", "../chiiki/betoga-animal")]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{E(a['title'])} - 厚床タイムス</title>
<link rel="stylesheet" href="../style/attoko.css">
</head>
<body>
<div class="cookie-consent">このサイトはクッキーを利用しています。引き続き閲覧する場合は同意したものとみなします。<a href="../privacy.html">プライバシーポリシー</a> <button>閉じる</button></div>
<div id="header"><h2 class="site"><a href="../index.html">厚床タイムス</a></h2><p>根室・別海・中標津の地域ニュース</p></div>
<div id="gnav"><a href="../index.html">ホーム</a>｜<a href="../chiiki/index.html">地域</a>｜<a href="../gyogyo/index.html">漁業</a>｜<a href="../shima/index.html">島とともに</a>｜<a href="../gyosei/index.html">行政</a>｜<a href="../jiken/index.html">事件・事故</a>｜<a href="../ibento/index.html">イベント</a></div>
<div id="contents">
<div class="entry">
<p class="cat">{E(a.get('section', '島とともに'))}</p>
<h1 class="entry-title">{E(a['title'])}</h1>
<p class="entry-date">{shown}</p>
{paras(a['body'])}
<p class="credit">（{E(a.get('author', '厚床タイムス編集部'))}）</p>
</div>
<div class="side"><h3>この記事を読んだ人はこんな記事も</h3><ul>
{related_html(rel)}
</ul>
<h3>お知らせ</h3><p>紙面の定期購読は<a href="../koudoku.html">こちら</a>。電子版のみのお申し込みも受け付けています。</p></div>
</div>
<div id="footer">株式会社厚床タイムス社　北海道根室市厚床　｜　<a href="../about.html">会社概要</a>　｜　<a href="../toiawase.html">お問い合わせ</a><br>© {t.year} Attoko Times. 無断転載禁止</div>
</body>
</html>
"""


TEMPLATES = {
    "weirmouth-post": weirmouth, "hawsepipe-en": hawsepipe, "slipway-wire": slipway,
    "bellcote-review": bellcote, "kamerton-ru": kamerton, "skalnik-ru": skalnik,
    "kumoi-ja": kumoi, "attoko-ja": attoko,
}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> None:
    arts = sorted(ARTICLES, key=lambda a: a["published"])
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    outdir = ROOT / "articles"
    outdir.mkdir(exist_ok=True)
    for old in outdir.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        feed = FEED_BY_ID[a["feed"]]
        assert a["lang"] == feed["lang"], (a["id"], a["lang"], feed["lang"])
        t = utc(a["published"])
        page = TEMPLATES[a["feed"]](a, t)
        (outdir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {}
        for k in LABEL_KEYS:
            if k in a and a[k] is not None:
                e[k] = a[k]
        e["published"] = t
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
        entries.append(e)
    data = {
        "name": "blind89",
        "known_as_of": date(2024, 2, 8),
        "feeds": [dict(f) for f in FEEDS],
        "articles": entries,
    }

    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)

    Dumper.add_representer(str, str_rep)
    text = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} articles to {outdir.name}/ and labels.yaml")


if __name__ == "__main__":
    main()
