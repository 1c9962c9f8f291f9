"""Outlets of the blind109 world and their page templates.

Each outlet renders a full HTML5 page around an article body. Two outlets
(astrolabe-review, abzac-sakh) publish pages without any metadata: no og:/article:
meta tags and no JSON-LD.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "oriel-wire", "title": "Oriel Wire — World", "format": "rss", "lang": "en"},
    {"id": "merlinford-asia", "title": "Merlinford Asia Bulletin", "format": "rss", "lang": "en"},
    {"id": "astrolabe-review", "title": "Astrolabe Diplomatic Review", "format": "atom", "lang": "en"},
    {"id": "remarka-ru", "title": "Ремарка — общественно-политический портал", "format": "atom", "lang": "ru"},
    {"id": "smolensk-chron", "title": "Смоленская площадь — дипломатическая хроника", "format": "rss", "lang": "ru"},
    {"id": "abzac-sakh", "title": "Абзац. Сахалин и Курилы", "format": "rss", "lang": "ru"},
    {"id": "nagatacho-daily", "title": "永田町デイリー 政治・外交", "format": "rss", "lang": "ja"},
    {"id": "aurora-doto", "title": "道東オーロラ新聞 電子版", "format": "atom", "lang": "ja"},
]

SITE = {
    "oriel-wire": "https://www.orielwire.example",
    "merlinford-asia": "https://merlinford-asia.example",
    "astrolabe-review": "https://astrolabe-review.example",
    "remarka-ru": "https://remarka-portal.example",
    "smolensk-chron": "https://smolensk-chronicle.example",
    "abzac-sakh": "https://abzac-sakh.example",
    "nagatacho-daily": "https://nagatacho-daily.example",
    "aurora-doto": "https://aurora-doto.example",
}

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WD = "月火水木金土日"


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n".join(out)


def rel_list(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in items)


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ------------------------------------------------------------------ Oriel Wire (en, og + JSON-LD)

ORIEL_RELATED = [
    ("Markets: yen steadies as Tokyo signals patience on rates", "/markets/fx/yen-steadies"),
    ("Baltic states tighten border checks ahead of holiday season", "/world/europe/baltic-border-checks"),
    ("Explainer: how a note verbale works", "/explainers/note-verbale"),
    ("Pacific island leaders meet on fisheries revenue", "/world/pacific/forum-fisheries"),
]


def render_oriel(a: dict) -> str:
    url = f"{SITE['oriel-wire']}/world/asia/{a['slug']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso(a["dt"]), "dateModified": iso(a["dt"]),
          "author": {"@type": "Person", "name": a.get("byline", "Oriel Wire staff")},
          "publisher": {"@type": "Organization", "name": "Oriel Wire"},
          "description": a["summary"], "inLanguage": "en", "mainEntityOfPage": url}
    d = a["dt"].astimezone(timezone.utc)
    shown = f"{d.day} {EN_MONTHS[d.month-1]} {d.year}, {d:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Oriel Wire</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Oriel Wire">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso(a['dt'])}">
<meta property="article:section" content="{escape(a.get('section', 'World'))}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/oriel.css">
</head>
<body class="oriel article-page">
<div id="cookie-consent" class="consent-bar" role="dialog" aria-label="Cookies">
  <p>We use cookies to remember your preferences and to measure how our journalism is read. <a href="/privacy">Privacy policy</a></p>
  <button class="consent-accept">Accept all</button> <button class="consent-reject">Only necessary</button>
</div>
<header class="masthead">
  <a class="logo" href="/">ORIEL<span>WIRE</span></a>
  <nav class="sections"><a href="/world">World</a> <a href="/world/asia">Asia</a> <a href="/world/europe">Europe</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/explainers">Explainers</a> <a href="/opinion">Opinion</a></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Oriel"></form>
</header>
<main>
<article class="story">
  <p class="kicker">{escape(a.get('section', 'World'))}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="standfirst">{escape(a['summary'])}</p>
  <p class="byline">By {escape(a.get('byline', 'Oriel Wire staff'))} &middot; <time>{shown}</time></p>
  <div class="share"><a href="#" class="share-x">Post</a> <a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a> <button class="copy-link">Copy link</button></div>
  <div class="story-body">
{paras(a['body'])}
  </div>
  <p class="editing">Reporting by {escape(a.get('byline', 'Oriel Wire staff'))}; editing by the Asia desk.</p>
  <p class="trust">Our standards: <a href="/principles">The Oriel Trust Principles</a>.</p>
</article>
<aside class="related">
  <h3>More from Oriel</h3>
  <ul>
{rel_list(ORIEL_RELATED)}
  </ul>
</aside>
</main>
<footer class="site-footer">
  <nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/rss">RSS</a></nav>
  <p>&copy; {d.year} Oriel Wire. All rights reserved. Quotes delayed at least 15 minutes.</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Merlinford Asia Bulletin (en, og only)

MERLIN_RELATED = [
    ("Seoul and Tokyo restart shuttle diplomacy talks", "/bulletin/korea-japan-shuttle"),
    ("Hokkaido scallop exporters look beyond China", "/bulletin/hokkaido-scallops"),
    ("Mongolia courts both neighbours on rail corridor", "/bulletin/mongolia-rail"),
    ("Analysis: the quiet diplomacy of fishing quotas", "/bulletin/analysis-fishing-quotas"),
]


def render_merlin(a: dict) -> str:
    url = f"{SITE['merlinford-asia']}/bulletin/{a['slug']}"
    d = a["dt"].astimezone(JST)
    shown = f"{EN_MONTHS[d.month-1][:3]} {d.day}, {d.year} {d:%H:%M} JST"
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<li><b>{escape(u)}</b> <span class="when">{escape(w)}</span><p>{escape(t)}</p></li>'
                          for u, w, t in a["comments"])
        comments = f'<section class="comments"><h3>Reader comments ({len(a["comments"])})</h3><ul>\n{items}\n</ul><p class="policy">Comments are moderated. <a href="/community">Community rules</a></p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Merlinford Asia Bulletin</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="article:published_time" content="{iso(a['dt'])}">
<meta property="article:author" content="{escape(a.get('byline', 'Bulletin staff'))}">
<link rel="stylesheet" href="/assets/mab.css">
</head>
<body>
<div class="cookie-note" id="cookieNote">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button onclick="this.parentNode.remove()">OK</button></div>
<div class="topbar"><span>Merlinford Asia Bulletin</span> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<nav class="mainnav"><ul><li><a href="/">Home</a></li><li><a href="/bulletin/japan">Japan</a></li><li><a href="/bulletin/russia-east">Russia &amp; the East</a></li><li><a href="/bulletin/china">China</a></li><li><a href="/bulletin/korea">Korea</a></li><li><a href="/bulletin/security">Security</a></li><li><a href="/bulletin/business">Business</a></li></ul></nav>
<div class="wrap">
<article>
<header><h1>{escape(a['title'])}</h1>
<p class="deck">{escape(a['summary'])}</p>
<p class="meta">{escape(a.get('byline', 'Bulletin staff'))} | {shown}</p></header>
{paras(a['body'])}
<div class="sharebar">Share: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">LINE</a> · <a href="#">Email</a></div>
</article>
<aside class="rail"><h4>Related</h4><ol>
{rel_list(MERLIN_RELATED)}
</ol>
<div class="ad">Advertisement</div></aside>
{comments}
</div>
<footer><p>Merlinford Asia Bulletin is an independent regional news service.</p>
<p><a href="/about">About us</a> | <a href="/ethics">Editorial ethics</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/feed.xml">RSS</a></p>
<p>&copy; Merlinford Media {d.year}</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Astrolabe Diplomatic Review (en, NO metadata)

ASTRO_RELATED = [
    ("The long afterlife of the San Francisco treaty", "/essays/san-francisco-afterlife"),
    ("Why foreign ministries still write on paper", "/essays/paper-diplomacy"),
    ("Reading a readout: what the adjectives mean", "/notes/readout-adjectives"),
]


def render_astro(a: dict) -> str:
    d = a["dt"].astimezone(timezone.utc)
    wd = d.strftime("%A")
    shown = f"{wd} {d.day} {EN_MONTHS[d.month-1]} {d.year}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} · Astrolabe Diplomatic Review</title>
<link rel="stylesheet" href="/css/astrolabe.css">
</head>
<body>
<div class="gdpr">Astrolabe uses essential cookies only, plus an anonymous counter. <a href="/cookies">Details</a> · <a href="#" class="dismiss">Dismiss</a></div>
<header>
<div class="brand"><a href="/">Astrolabe</a><small>Diplomatic Review</small></div>
<ul class="menu"><li><a href="/briefs">Briefs</a></li><li><a href="/essays">Essays</a></li><li><a href="/notes">Notes</a></li><li><a href="/regions/asia">Asia</a></li><li><a href="/regions/europe">Europe</a></li><li><a href="/newsletter">Newsletter</a></li></ul>
</header>
<main class="column">
<div class="post">
<div class="post-type">{escape(a.get('section', 'Brief'))}</div>
<h1>{escape(a['title'])}</h1>
<div class="post-info">{escape(a.get('byline', 'Astrolabe editors'))} — {shown}</div>
<div class="post-lede">{escape(a['summary'])}</div>
<div class="post-text">
{paras(a['body'])}
</div>
<div class="post-tools"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Cite this</a></div>
</div>
<section class="readnext"><h3>Read next</h3><ul>
{rel_list(ASTRO_RELATED)}
</ul></section>
</main>
<footer class="foot"><p>Astrolabe Diplomatic Review — reader-supported analysis of foreign policy. <a href="/support">Support us</a> · <a href="/masthead">Masthead</a> · <a href="/privacy">Privacy</a> · <a href="/feed.atom">Atom feed</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Ремарка (ru, og + article + JSON-LD)

REMARKA_RELATED = [
    ("Госдума приняла в первом чтении поправки о НКО", "/politika/popravki-nko"),
    ("Эксперты: чего ждать от саммита ШОС", "/mir/ozhidaniya-shos"),
    ("Как менялся МИД за десять лет: инфографика", "/spetsproekty/mid-10-let"),
    ("Регионы Дальнего Востока получат дополнительные субсидии", "/ekonomika/dfo-subsidii"),
]


def render_remarka(a: dict) -> str:
    url = f"{SITE['remarka-ru']}/mir/{a['slug']}"
    d = a["dt"].astimezone(MSK)
    shown = f"{d.day} {RU_MONTHS[d.month-1]} {d.year}, {d:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": d.isoformat(), "inLanguage": "ru",
          "author": {"@type": "Person", "name": a.get("byline", "Редакция «Ремарки»")},
          "publisher": {"@type": "Organization", "name": "Ремарка"}}
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Ремарка</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="Ремарка">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{d.isoformat()}">
<meta property="article:section" content="Мир">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/remarka.min.css">
</head>
<body>
<div class="cookies-popup">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="header">
<a href="/" class="header__logo">Ремарка</a>
<nav class="header__nav"><a href="/politika">Политика</a><a href="/mir">В мире</a><a href="/ekonomika">Экономика</a><a href="/obshchestvo">Общество</a><a href="/regiony">Регионы</a><a href="/mneniya">Мнения</a></nav>
<a class="header__tg" href="/telegram">Наш Telegram</a>
</header>
<main class="layout">
<article class="article">
<div class="article__rubric">В мире</div>
<h1 class="article__title">{escape(a['title'])}</h1>
<div class="article__lead">{escape(a['summary'])}</div>
<div class="article__meta"><time>{shown}</time> · {escape(a.get('byline', 'Редакция'))}</div>
<div class="article__text">
{paras(a['body'])}
</div>
<div class="article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
<p class="article__notice">Нашли опечатку? Выделите её и нажмите Ctrl+Enter.</p>
</article>
<aside class="sidebar"><h3>Читайте также</h3><ul>
{rel_list(REMARKA_RELATED)}
</ul></aside>
</main>
<footer class="footer"><p>© 2016–{d.year} «Ремарка». Сетевое издание. 18+</p>
<p><a href="/redaktsiya">Редакция</a> · <a href="/reklama">Реклама</a> · <a href="/pravila">Правила использования материалов</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Смоленская площадь (ru, og + article)

SMOL_RELATED = [
    ("Лавров провёл переговоры с министром иностранных дел Лаоса", "/khronika/lavrov-laos"),
    ("МИД: российские дипломаты посетили соотечественников в Монголии", "/khronika/mongolia-sootechestvenniki"),
    ("Консультации по проблематике АСЕАН прошли в Джакарте", "/khronika/asean-konsultatsii"),
]


def render_smol(a: dict) -> str:
    url = f"{SITE['smolensk-chron']}/khronika/{a['slug']}"
    d = a["dt"].astimezone(MSK)
    shown = f"{d:%d.%m.%Y} {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | Смоленская площадь</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{d.isoformat()}">
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div id="cookie">Сайт использует cookie-файлы и сервис веб-аналитики. <a href="/politika-konfidentsialnosti">Подробнее</a> <a href="#" id="cookie-ok">Принять</a></div>
<div class="top"><span class="logo">Смоленская площадь</span><span class="slogan">дипломатическая хроника</span></div>
<ul class="nav"><li><a href="/">Главная</a></li><li><a href="/khronika">Хроника</a></li><li><a href="/brifingi">Брифинги</a></li><li><a href="/intervyu">Интервью</a></li><li><a href="/dokumenty">Документы</a></li><li><a href="/arkhiv">Архив</a></li></ul>
<div class="content">
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/khronika">Хроника</a></div>
<h1>{escape(a['title'])}</h1>
<div class="date">{shown}</div>
<div class="text">
{paras(a['body'])}
</div>
<div class="tags">Теги: {escape(a.get('tags', 'МИД России, Япония'))}</div>
<div class="share">Поделиться: <a href="#">VK</a> | <a href="#">TG</a></div>
<div class="more"><h4>Другие материалы</h4><ul>
{rel_list(SMOL_RELATED)}
</ul></div>
</div>
<div class="footer">«Смоленская площадь» — хроника внешнеполитической жизни. При цитировании ссылка обязательна. <a href="/kontakty">Контакты</a> · <a href="/rss.xml">RSS</a></div>
</body>
</html>
"""


# ------------------------------------------------------------------ Абзац (ru, NO metadata)

ABZAC_RELATED = [
    ("В Корсакове завершили ремонт набережной", "/novosti/korsakov-naberezhnaya"),
    ("Паром «Сахалин-10» вернулся на линию Ванино — Холмск", "/novosti/parom-vanino-kholmsk"),
    ("Цены на бензин на Сахалине: итоги месяца", "/novosti/benzin-itogi"),
    ("Погода на неделю: на острове ждут циклон", "/novosti/pogoda-tsiklon"),
]


def render_abzac(a: dict) -> str:
    d = a["dt"].astimezone(SAKH)
    shown = f"{d.day} {RU_MONTHS[d.month-1]} {d.year}, {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Абзац</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/theme/abzac.css">
</head>
<body>
<div class="cookie-warning">Продолжая просматривать сайт, вы соглашаетесь на использование cookie. <span class="close">×</span></div>
<div class="head">
<a class="logo" href="/">Абзац<sup>65</sup></a>
<div class="weather">Сахалинское время (UTC+11) · <a href="/pogoda">Погода</a> · <a href="/kursy">Курсы валют</a></div>
</div>
<div class="menu"><a href="/novosti">Новости</a> <a href="/kurily">Курилы</a> <a href="/vlast">Власть</a> <a href="/ekonomika">Экономика</a> <a href="/proisshestviya">Происшествия</a> <a href="/sport">Спорт</a> <a href="/foto">Фото</a></div>
<div class="main">
<div class="news-item">
<div class="news-date">{shown}</div>
<h1>{escape(a['title'])}</h1>
<div class="news-anons"><b>{escape(a['summary'])}</b></div>
<div class="news-text">
{paras(a['body'])}
</div>
<div class="news-author">{escape(a.get('byline', 'Абзац'))}</div>
<div class="share">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
</div>
<div class="last-news"><h3>Последние новости</h3><ul>
{rel_list(ABZAC_RELATED)}
</ul></div>
</div>
<div class="foot">© «Абзац», Сахалинская область. Все права защищены. При использовании материалов гиперссылка обязательна. Телефон редакции: +7 (4242) 00-00-00. <a href="/reklama">Реклама на сайте</a></div>
</body>
</html>
"""


# ------------------------------------------------------------------ 永田町デイリー (ja, og + JSON-LD)

NAGATA_RELATED = [
    ("与野党、補正予算の審議日程で合意", "/politics/hosei-nittei"),
    ("日韓外相が電話会談　シャトル外交の継続確認", "/diplomacy/nikkan-denwa"),
    ("【解説】口上書とは何か　外交文書の基礎知識", "/explainer/kojosho"),
    ("衆院選、各党の公約出そろう", "/politics/koyaku"),
]


def render_nagata(a: dict) -> str:
    url = f"{SITE['nagatacho-daily']}/diplomacy/{a['slug']}"
    d = a["dt"].astimezone(JST)
    shown = f"{d.year}年{d.month}月{d.day}日（{JA_WD[d.weekday()]}）{d:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": d.isoformat(), "inLanguage": "ja",
          "publisher": {"@type": "Organization", "name": "永田町デイリー"},
          "author": {"@type": "Organization", "name": "永田町デイリー編集部"}}
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])}｜永田町デイリー</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="永田町デイリー">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/css/nd.css">
</head>
<body>
<div class="cookie-banner">当サイトはクッキーを使用しています。閲覧を続けることで、<a href="/policy/cookie">クッキーポリシー</a>に同意したものとみなします。<button>同意する</button></div>
<header id="header"><div class="logo"><a href="/">永田町デイリー</a></div>
<nav><ul><li><a href="/">トップ</a></li><li><a href="/politics">政治</a></li><li><a href="/diplomacy">外交</a></li><li><a href="/diet">国会</a></li><li><a href="/economy">経済</a></li><li><a href="/explainer">解説</a></li><li><a href="/opinion">オピニオン</a></li></ul></nav></header>
<div id="container">
<article class="entry">
<div class="category">外交</div>
<h1 class="entry-title">{escape(a['title'])}</h1>
<div class="entry-date">{shown}</div>
<div class="entry-body">
{paras(a['body'])}
</div>
<div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
</article>
<aside class="side"><h3>関連記事</h3><ul>
{rel_list(NAGATA_RELATED)}
</ul><h3>アクセスランキング</h3><ol><li><a href="/ranking/1">首相の外遊日程、固まる</a></li><li><a href="/ranking/2">新人議員の「初登院」</a></li></ol></aside>
</div>
<footer id="footer"><p><a href="/about">会社概要</a>｜<a href="/policy">プライバシーポリシー</a>｜<a href="/contact">お問い合わせ</a>｜<a href="/rss">RSS</a></p>
<p>Copyright © 永田町デイリー All rights reserved. 記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 道東オーロラ新聞 (ja, og + article)

AURORA_RELATED = [
    ("根室のサンマ漁、初水揚げは平年並み", "/news/sanma-hatsumizuage"),
    ("中標津空港の冬ダイヤ発表", "/news/nakashibetsu-fuyu"),
    ("釧路で花咲ガニの即売会", "/news/hanasaki-sokubai"),
    ("羅臼の観光船、今季の運航始まる", "/news/rausu-kankosen"),
]


def render_aurora(a: dict) -> str:
    url = f"{SITE['aurora-doto']}/news/{a['slug']}"
    d = a["dt"].astimezone(JST)
    shown = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - 道東オーロラ新聞</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{d.isoformat()}">
<link rel="stylesheet" href="/common/css/aurora.css">
</head>
<body>
<div id="cookie-consent">本サイトでは利便性向上のためCookieを利用しています。<a href="/privacy">詳細</a> <a href="#" class="ok">閉じる</a></div>
<div class="header"><div class="title"><a href="/">道東オーロラ新聞</a></div><div class="sub">釧路・根室・オホーツクのニュース</div>
<ul class="gnav"><li><a href="/news/local">地域</a></li><li><a href="/news/nemuro">根室</a></li><li><a href="/news/hoppo">北方領土</a></li><li><a href="/news/fishery">水産</a></li><li><a href="/news/politics">政治</a></li><li><a href="/news/sports">スポーツ</a></li><li><a href="/obituary">おくやみ</a></li></ul></div>
<div class="main">
<div class="article">
<h1>{escape(a['title'])}</h1>
<p class="date">{shown}</p>
{paras(a['body'])}
<p class="copyright-note">（道東オーロラ新聞）</p>
<div class="share"><span>シェア</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</div>
<div class="related"><h2>関連ニュース</h2><ul>
{rel_list(AURORA_RELATED)}
</ul></div>
</div>
<div class="footer">道東オーロラ新聞社　〒087-0000 北海道根室市（架空）　<a href="/company">会社案内</a>　<a href="/subscribe">購読のお申し込み</a>　<a href="/privacy">個人情報の取り扱い</a><br>掲載記事・写真の無断転載を禁じます。</div>
</body>
</html>
"""


RENDER = {
    "oriel-wire": render_oriel,
    "merlinford-asia": render_merlin,
    "astrolabe-review": render_astro,
    "remarka-ru": render_remarka,
    "smolensk-chron": render_smol,
    "abzac-sakh": render_abzac,
    "nagatacho-daily": render_nagata,
    "aurora-doto": render_aurora,
}
