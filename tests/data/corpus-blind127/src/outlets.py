"""Outlets of the blind127 world and their page templates.

Eight invented outlets. Each has its own page chrome. Two of them (ferroline-en and
podryad-ru) publish pages without any machine-readable metadata: no og: tags, no
JSON-LD and no article:published_time -- only a visible date in the page text.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from html import escape

FEEDS = [
    {"id": "greystoke-en", "title": "Greystoke Capital Review - Asia-Pacific deals & projects",
     "format": "rss", "lang": "en"},
    {"id": "tessera-en", "title": "Tessera Asia Wire", "format": "rss", "lang": "en"},
    {"id": "hullspeed-en", "title": "Hullspeed - shipping, ports & energy in the North Pacific",
     "format": "atom", "lang": "en"},
    {"id": "ferroline-en", "title": "Ferroline Infrastructure Monitor", "format": "atom", "lang": "en"},
    {"id": "podryad-ru", "title": "Подряд.Восток — стройка, госзаказ, инвестиции",
     "format": "atom", "lang": "ru"},
    {"id": "biznes-ostrov-ru", "title": "Бизнес-Остров — экономика Сахалина и Курил",
     "format": "rss", "lang": "ru"},
    {"id": "shiomi-ja", "title": "汐見経済新聞 電子版", "format": "rss", "lang": "ja"},
    {"id": "ajia-shihon-ja", "title": "アジア資本ジャーナル", "format": "atom", "lang": "ja"},
]

SITES = {
    "greystoke-en": "https://www.greystokereview.example",
    "tessera-en": "https://wire.tessera-asia.example",
    "hullspeed-en": "https://hullspeed.example",
    "ferroline-en": "https://ferroline-monitor.example",
    "podryad-ru": "https://podryad-vostok.example",
    "biznes-ostrov-ru": "https://biznes-ostrov.example",
    "shiomi-ja": "https://www.shiomi-keizai.example",
    "ajia-shihon-ja": "https://asia-capital-journal.example",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def _dt(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def _iso(a) -> str:
    return _dt(a).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def body_html(paragraphs, p_class: str = "") -> str:
    """Paragraph list -> HTML. '## ' subhead, '> ' quote, '- ' bullet."""
    out, bullets = [], []
    cls = f' class="{p_class}"' if p_class else ""

    def flush():
        if bullets:
            out.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for p in paragraphs:
        if p.startswith("- "):
            bullets.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{escape(p)}</p>")
    flush()
    return "\n".join(out)


def _jsonld(a, publisher: str, site: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": _iso(a),
        "dateModified": _iso(a),
        "inLanguage": lang,
        "author": [{"@type": "Person", "name": a.get("author", publisher)}],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": f"{site}/static/logo.png"}},
        "mainEntityOfPage": f"{site}/articles/{a['id']}.html",
        "articleSection": a.get("section", ""),
        "keywords": ", ".join(a.get("tags", [])),
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _related(a, items, href_prefix: str) -> str:
    rel = a.get("related") or items
    return "".join(
        f'<li><a href="{href_prefix}/{i}-{(sum(map(ord, t)) * 7919) % 90000 + 10000}">{escape(t)}</a></li>'
        for i, t in enumerate(rel, 1))


# ---------------------------------------------------------------------------- greystoke


def render_greystoke(a) -> str:
    site = SITES["greystoke-en"]
    d = _dt(a)
    t, s = escape(a["title"]), escape(a["summary"])
    words = sum(len(p.split()) for p in a["body"])
    related = _related(a, [
        "Asia dealmaking slows as rates stay higher for longer",
        "Project finance: who is still lending in the Russian Far East?",
        "Hokkaido's seafood exporters look south for buyers",
        "Shipping insurers tighten cover on Russian-linked voyages"], "/deals/story")
    tags = "".join(f'<a class="tag" href="/topic/{escape(x.lower().replace(" ", "-"))}">{escape(x)}</a>'
                   for x in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | Greystoke Capital Review</title>
<meta name="description" content="{s}">
<link rel="canonical" href="{site}/articles/{a['id']}.html">
<meta property="og:site_name" content="Greystoke Capital Review">
<meta property="og:type" content="article">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:url" content="{site}/articles/{a['id']}.html">
<meta property="og:image" content="{site}/img/share/{a['id']}.jpg">
<meta property="article:published_time" content="{_iso(a)}">
<meta property="article:section" content="{escape(a.get('section', 'Deals'))}">
<meta name="twitter:card" content="summary_large_image">
{_jsonld(a, "Greystoke Capital Review", site, "en-GB")}
<link rel="stylesheet" href="/static/gcr.2024.css">
</head>
<body class="article-page gcr">
<div class="ticker" aria-label="Markets">
  <span>Nikkei 225 <b class="up">+0.4%</b></span><span>Hang Seng <b class="dn">-0.7%</b></span>
  <span>USD/JPY <b>151.2</b></span><span>Brent <b class="up">+1.1%</b></span>
  <span>Baltic Dry <b class="dn">-2.3%</b></span><a href="/markets">All markets &rsaquo;</a>
</div>
<header class="masthead">
  <a class="logo" href="/">GREYSTOKE <em>Capital Review</em></a>
  <nav class="primary"><a href="/markets">Markets</a><a href="/deals">Deals</a>
  <a href="/projects">Projects</a><a href="/energy">Energy</a><a href="/asia">Asia</a>
  <a href="/policy">Policy</a><a href="/opinion">Opinion</a><a href="/data">Data</a></nav>
  <div class="account"><a href="/login">Sign in</a> <a class="btn" href="/subscribe">Subscribe</a></div>
</header>
<div class="meter">You have <b>2</b> free articles left this month. <a href="/subscribe">Subscribe for full access</a></div>
<main>
<article class="story">
  <p class="kicker">{escape(a.get('section', 'Deals'))}</p>
  <h1>{t}</h1>
  <p class="standfirst">{s}</p>
  <div class="byline">By <a href="/authors/{escape(a.get('author', 'staff').lower().replace(' ', '-'))}">{escape(a.get('author', 'Staff reporter'))}</a>
   &middot; <time datetime="{_iso(a)}">{d.strftime('%d %B %Y')}, {d.strftime('%H:%M')} GMT</time>
   &middot; {max(1, words // 220)} min read</div>
  <div class="share"><button>Share on X</button><button>LinkedIn</button><button>Email</button><button>Save</button></div>
  <div class="story-body">
{body_html(a['body'])}
  </div>
  <aside class="dealfile"><h3>Deal file</h3><p>{escape(a.get('factbox', 'Greystoke tracks project finance and cross-border investment across Asia-Pacific. Tips: desk@greystokereview.example'))}</p></aside>
  <div class="tags">{tags}</div>
</article>
<section class="related"><h2>More from Deals &amp; Projects</h2><ul>{related}</ul></section>
<section class="newsletter"><h2>The Morning Ledger</h2><p>Asia's deals, projects and policy moves before the open. Free for registered readers.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
</main>
<footer class="site-footer">
  <nav><a href="/about">About us</a><a href="/ethics">Editorial standards</a><a href="/advertise">Advertise</a>
  <a href="/careers">Careers</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></nav>
  <p>&copy; {d.year} Greystoke Media Ltd. All rights reserved. Registered in England and Wales.</p>
</footer>
<div class="cookie-consent" role="dialog"><p>We and our partners use cookies to personalise content and measure our audience.</p>
<button>Accept all</button><button>Reject non-essential</button><a href="/cookies">Manage preferences</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------- tessera


def render_tessera(a) -> str:
    site = SITES["tessera-en"]
    d = _dt(a)
    t, s = escape(a["title"]), escape(a["summary"])
    related = _related(a, [
        "Asia wrap: markets, politics and what to watch this week",
        "Explainer: how Asia's territorial rows shape trade",
        "Japan's diplomacy in a year of elections",
        "Russia's Far East courts Asian capital"], "/story")
    dateline = escape(a.get("dateline", "TOKYO"))
    paras = list(a["body"])
    first = f'<p><span class="dateline">{dateline}, {d.strftime("%b %d")} (Tessera) -</span> {escape(paras[0])}</p>'
    rest = body_html(paras[1:])
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t} - Tessera Asia Wire</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{t}">
<meta property="og:type" content="article">
<meta property="og:description" content="{s}">
<meta property="og:url" content="{site}/articles/{a['id']}.html">
<meta property="og:site_name" content="Tessera Asia Wire">
{_jsonld(a, "Tessera Asia Wire", site, "en")}
<link rel="stylesheet" href="/assets/tw.min.css">
</head>
<body>
<div id="consent-bar">Tessera uses cookies for analytics and to remember your settings. <a href="/privacy">Learn more</a> <button id="ok">OK</button></div>
<header class="tw-head">
 <div class="tw-brand"><a href="/">TESSERA</a><span>Asia Wire</span></div>
 <ul class="tw-nav"><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/business">Business</a></li>
 <li><a href="/politics">Politics</a></li><li><a href="/markets">Markets</a></li><li><a href="/wire">Live wire</a></li></ul>
 <form class="tw-search" action="/search"><input name="q" placeholder="Search Tessera"></form>
</header>
<main class="tw-main">
 <nav class="crumbs"><a href="/">Home</a> / <a href="/{escape(a.get('section', 'Asia').lower())}">{escape(a.get('section', 'Asia'))}</a></nav>
 <h1 class="tw-title">{t}</h1>
 <div class="tw-meta"><span class="by">By {escape(a.get('author', 'Tessera staff'))}</span>
 <span class="when">{d.strftime('%B %d, %Y')} {d.strftime('%I:%M %p').lstrip('0')} UTC</span>
 <span class="upd">Updated {(d + timedelta(minutes=47)).strftime('%I:%M %p').lstrip('0')} UTC</span></div>
 <div class="tw-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
 <div class="tw-body">
{first}
{rest}
 <p class="credit">{escape(a.get('credit', 'Reporting by Tessera staff; Editing by the Asia desk'))}</p>
 <p class="standards"><a href="/standards">Our Standards: The Tessera Trust Principles.</a></p>
 </div>
 <section class="tw-more"><h3>Read next</h3><ol>{related}</ol></section>
 <div class="ad-slot" data-slot="mpu-2">Advertisement</div>
</main>
<footer class="tw-foot"><p>Tessera Asia Wire &middot; <a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot;
<a href="/licensing">Licensing</a> &middot; <a href="/privacy">Privacy</a></p>
<p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Tessera News Agency.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------- hullspeed


def render_hullspeed(a) -> str:
    site = SITES["hullspeed-en"]
    d = _dt(a)
    t, s = escape(a["title"]), escape(a["summary"])
    related = _related(a, [
        "Reefer rates: the winter squeeze in the Sea of Okhotsk",
        "Port state control: Tokyo MOU detentions by flag, Q3",
        "Cable ships are booked out to 2027. Now what?",
        "Russia's Pacific coast ports: volumes and bottlenecks"], "/insight")
    comments = a.get("comments") or [
        ("portcaptain_vl", "Good piece. The weather window up there is the real constraint nobody prices in."),
        ("m.hansen", "Would be useful to see the draught figures for the berths mentioned."),
    ]
    ctext = "".join(f'<li><b>{escape(u)}</b><p>{escape(c)}</p></li>' for u, c in comments)
    tags = " ".join(f'<a href="/tag/{escape(x.lower().replace(" ", "-"))}">#{escape(x)}</a>' for x in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{t} &ndash; Hullspeed</title>
<meta name="description" content="{s}">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:url" content="{site}/articles/{a['id']}.html">
<meta property="article:published_time" content="{_iso(a)}">
<meta property="article:author" content="{escape(a.get('author', 'Hullspeed'))}">
<link rel="stylesheet" href="/css/hs-main.css?v=88">
</head>
<body class="single-post">
<div class="topbar"><span>Shipping &middot; Ports &middot; Energy</span><a href="/newsletter">Get the Friday Manifest</a></div>
<header class="hs-header"><a class="hs-logo" href="/">hull<b>speed</b></a>
<nav><a href="/ports">Ports</a><a href="/shipping">Shipping</a><a href="/energy">Energy</a><a href="/offshore">Offshore &amp; cables</a>
<a href="/fisheries">Fisheries</a><a href="/data">Data</a><a href="/events">Events</a></nav></header>
<div class="wrap">
<article class="post">
 <div class="cat">{escape(a.get('section', 'Ports'))}</div>
 <h1>{t}</h1>
 <div class="post-meta">{escape(a.get('author', 'Hullspeed staff'))} &bull; {d.strftime('%-d %b %Y')}</div>
 <p class="lede"><strong>{s}</strong></p>
 {body_html(a['body'])}
 <div class="post-tags">{tags}</div>
 <div class="sharebar">Share: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">WhatsApp</a> | <a href="#">Email</a></div>
</article>
<aside class="sidebar">
 <div class="widget tracker"><h4>Vessel tracker</h4><p>Search 90,000+ ships by name or IMO.</p><input placeholder="IMO / name"></div>
 <div class="widget"><h4>Most read</h4><ol>{related}</ol></div>
 <div class="widget ad">Advertise with Hullspeed</div>
</aside>
<section class="comments"><h3>Comments ({len(comments)})</h3><ul>{ctext}</ul>
<p class="note">Comments are moderated. Please keep it professional.</p></section>
</div>
<footer class="hs-footer"><p>Hullspeed is an independent trade publication. &copy; {d.year} Hullspeed Media.</p>
<p><a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/contact">Contact the desk</a></p></footer>
<div class="cookie-note">We use cookies to improve your experience. <button>Got it</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------- ferroline (no metadata)


def render_ferroline(a) -> str:
    d = _dt(a)
    t = escape(a["title"])
    related = _related(a, [
        "Project tracker: Asia-Pacific subsea cables, Q4 update",
        "Who builds what: the contractors behind Asia's island grids",
        "Opinion: resilience is the new capacity",
        "Data: port capex announcements, last 30 days"], "/read")
    tracker = a.get("tracker")
    tracker_html = ""
    if tracker:
        rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in tracker)
        tracker_html = f'<table class="tracker"><caption>Project tracker</caption>{rows}</table>'
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{t} :: Ferroline Infrastructure Monitor</title>
<link rel="stylesheet" href="/s/ferro.css">
</head>
<body>
<div class="cookiebar">This site uses essential cookies only. <a href="/cookies">Details</a> <button>Close</button></div>
<div id="hdr"><a href="/" class="brand">FERROLINE<span>Infrastructure Monitor</span></a>
<ul class="menu"><li><a href="/transport">Transport</a></li><li><a href="/power">Power</a></li><li><a href="/telecom">Telecom</a></li>
<li><a href="/water">Water</a></li><li><a href="/tracker">Project Tracker</a></li><li><a href="/tenders">Tenders</a></li></ul></div>
<div id="content">
<div class="postinfo">Posted {d.strftime('%d %b %Y')} &middot; {d.strftime('%H:%M')} UTC &middot; {escape(a.get('section', 'Telecom'))} &middot; by {escape(a.get('author', 'Ferroline desk'))}</div>
<h1>{t}</h1>
<div class="intro">{escape(a['summary'])}</div>
{tracker_html}
<div class="text">
{body_html(a['body'])}
</div>
<div class="share">Forward this story: <a href="#">email</a> &middot; <a href="#">LinkedIn</a></div>
<div class="relbox"><b>Related on Ferroline</b><ul>{related}</ul></div>
</div>
<div id="ftr">Ferroline Infrastructure Monitor &middot; independent reporting on transport, power, telecom and water projects &middot;
<a href="/about">About</a> &middot; <a href="/subscribe">Subscribe</a> &middot; &copy; {d.year}</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------- podryad (no metadata)


def render_podryad(a) -> str:
    d = _dt(a)
    t = escape(a["title"])
    related = _related(a, [
        "Госзаказ на Дальнем Востоке: итоги месяца",
        "Кто строит на Сахалине: рейтинг подрядчиков",
        "Тарифы на перевозку грузов на острова вырастут",
        "Аналитика: сколько стоит причал в условиях Севера"], "/news")
    local = d + timedelta(hours=11)  # Sakhalin time
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} — Подряд.Восток</title>
<link rel="stylesheet" href="/static/pv/style.css">
</head>
<body>
<header class="pv-header">
 <div class="pv-top"><span class="age">18+</span> <a href="/tg">Наш Telegram-канал</a> <a href="/subscribe">Рассылка тендеров</a></div>
 <a class="pv-logo" href="/">Подряд<span>.Восток</span></a>
 <nav class="pv-nav"><a href="/news">Новости</a><a href="/goszakaz">Госзаказ</a><a href="/stroyka">Стройка</a>
 <a href="/invest">Инвестиции</a><a href="/tenders">Тендеры</a><a href="/analytics">Аналитика</a><a href="/contacts">Контакты</a></nav>
</header>
<main class="pv-main">
 <div class="pv-crumbs"><a href="/">Главная</a> → <a href="/{escape(a.get('section_slug', 'news'))}">{escape(a.get('section', 'Новости'))}</a></div>
 <article>
  <h1>{t}</h1>
  <div class="pv-date">{local.strftime('%d.%m.%Y, %H:%M')} (время сахалинское)</div>
  <div class="pv-lead">{escape(a['summary'])}</div>
  <div class="pv-text">
{body_html(a['body'])}
  </div>
  <div class="pv-author">Автор: {escape(a.get('author', 'редакция'))}</div>
  <div class="pv-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
 </article>
 <section class="pv-also"><h3>Читайте также</h3><ul>{related}</ul></section>
 <div class="pv-promo">Ищете субподрядчика? Разместите заявку в каталоге «Подряд.Восток» бесплатно.</div>
</main>
<footer class="pv-footer"><p>© {d.year} «Подряд.Восток». При цитировании ссылка обязательна.</p>
<p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/policy">Политика конфиденциальности</a></p></footer>
<div class="pv-cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим. <button>Понятно</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------- biznes-ostrov


def render_bostrov(a) -> str:
    site = SITES["biznes-ostrov-ru"]
    d = _dt(a)
    local = d + timedelta(hours=11)
    t, s = escape(a["title"]), escape(a["summary"])
    related = _related(a, [
        "Рыбопереработка на островах: кто получил квоты под инвестиции",
        "Цены на топливо на Сахалине: прогноз на зиму",
        "Как добраться на Курилы: расписание и тарифы",
        "Сахалинская экономика в цифрах: итоги квартала"], "/news")
    comments = a.get("comments") or [
        ("Сергей_Корсаков", "Опять планы. Посмотрим, что будет через год."),
        ("Ирина К.", "Главное, чтобы местным от этого была польза, а не только отчёты."),
    ]
    ctext = "".join(f'<div class="cm"><b>{escape(u)}</b><p>{escape(c)}</p></div>' for u, c in comments)
    date_h = f"{local.day} {RU_MONTHS[local.month - 1]} {local.year}, {local.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | Бизнес-Остров</title>
<meta name="description" content="{s}">
<meta property="og:site_name" content="Бизнес-Остров">
<meta property="og:type" content="article">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:url" content="{site}/articles/{a['id']}.html">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{_iso(a)}">
<meta property="article:section" content="{escape(a.get('section', 'Экономика'))}">
{_jsonld(a, "Бизнес-Остров", site, "ru")}
<link rel="stylesheet" href="/css/bo.css">
</head>
<body>
<div class="bo-cookie">Сайт использует cookie и сервисы веб-аналитики. <a href="/privacy">Подробнее</a> <button>Принять</button></div>
<header class="bo-head">
 <div class="bo-weather">Южно-Сахалинск −3° · Курильск +1° · USD 92,4 · EUR 99,8</div>
 <a class="bo-logo" href="/">БИЗНЕС<span>·ОСТРОВ</span></a>
 <nav><a href="/economy">Экономика</a><a href="/fish">Рыба</a><a href="/energy">Энергетика</a><a href="/transport">Транспорт</a>
 <a href="/kurily">Курилы</a><a href="/realty">Недвижимость</a><a href="/opinion">Мнения</a></nav>
</header>
<main class="bo-main">
 <article class="bo-article">
  <div class="bo-rubric">{escape(a.get('section', 'Экономика'))}</div>
  <h1>{t}</h1>
  <div class="bo-meta"><span>{date_h}</span> · <span>{escape(a.get('author', 'Редакция'))}</span> · <span>👁 {1000 + (sum(map(ord, a['id'])) * 37) % 9000}</span></div>
  <p class="bo-lead"><b>{s}</b></p>
  {body_html(a['body'])}
  <div class="bo-tg">Подписывайтесь на «Бизнес-Остров» в Telegram — главные деловые новости региона каждый день.</div>
  <div class="bo-share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
 </article>
 <section class="bo-comments"><h3>Комментарии ({len(comments)})</h3>{ctext}<p><a href="/login">Войдите</a>, чтобы оставить комментарий.</p></section>
 <section class="bo-related"><h3>По теме</h3><ul>{related}</ul></section>
</main>
<footer class="bo-foot"><p>Сетевое издание «Бизнес-Остров». Учредитель ООО «Остров Медиа». Свидетельство Эл № ФС 77-80000 (вымышл.).</p>
<p>Главный редактор — А. В. Симонова. Тел. редакции: +7 (4242) 00-00-00. 16+</p><p>© 2019–{d.year}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------- shiomi (ja)


def render_shiomi(a) -> str:
    site = SITES["shiomi-ja"]
    d = _dt(a)
    jst = d + timedelta(hours=9)
    t, s = escape(a["title"]), escape(a["summary"])
    related = _related(a, [
        "根室管内の秋サケ、水揚げ前年比2割減",
        "花咲港の岸壁改修、来年度に着工へ",
        "中標津空港の利用者数、コロナ前の9割に回復",
        "北方領土隣接地域の振興計画、見直し議論始まる"], "/news")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{t}｜汐見経済新聞 電子版</title>
<meta name="description" content="{s}">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:url" content="{site}/articles/{a['id']}.html">
<meta property="og:site_name" content="汐見経済新聞 電子版">
<meta property="article:published_time" content="{_iso(a)}">
<link rel="stylesheet" href="/common/css/shiomi.css">
</head>
<body>
<div class="cookie-ja">当サイトはサービス向上のためCookieを使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header id="sh-header">
 <p class="sh-date">{jst.year}年{jst.month}月{jst.day}日</p>
 <a class="sh-logo" href="/">汐見経済新聞<small>根室・釧路・中標津の経済ニュース</small></a>
 <nav><ul><li><a href="/">トップ</a></li><li><a href="/keizai">経済</a></li><li><a href="/suisan">水産</a></li>
 <li><a href="/gyosei">行政</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/chiiki">地域</a></li><li><a href="/okuyami">おくやみ</a></li></ul></nav>
</header>
<div id="sh-container">
<article class="sh-article">
 <p class="sh-cat">{escape(a.get('section', '経済'))}</p>
 <h1>{t}</h1>
 <p class="sh-time"><time>{jst.strftime('%Y/%m/%d %H:%M')}</time> 更新</p>
 <div class="sh-body">
{body_html(a['body'])}
 </div>
 <p class="sh-credit">{escape(a.get('author', '（汐見経済新聞 報道部）'))}</p>
 <div class="sh-share">この記事を共有：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
</article>
<aside class="sh-side"><h3>関連記事</h3><ul>{related}</ul>
<div class="sh-bnr">紙面のお申し込みは販売店まで（月ぎめ 3,400円）</div></aside>
</div>
<footer id="sh-footer"><p><a href="/company">会社概要</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/ad">広告掲載</a>｜<a href="/contact">お問い合わせ</a></p>
<p>掲載記事・写真の無断転載を禁じます。Copyright © {d.year} 汐見経済新聞社</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------- ajia-shihon (ja)


def render_ajia(a) -> str:
    site = SITES["ajia-shihon-ja"]
    d = _dt(a)
    jst = d + timedelta(hours=9)
    t, s = escape(a["title"]), escape(a["summary"])
    related = _related(a, [
        "ロシア極東の投資誘致、アジア資本頼みに",
        "経済安全保障：輸出管理の強化、企業の対応は",
        "サハリン2のLNG、日本勢の調達はどうなる",
        "アジアの海底ケーブル網、中国企業の存在感"], "/article")
    kws = "".join(f'<li><a href="/keyword/{escape(k)}">{escape(k)}</a></li>' for k in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} - アジア資本ジャーナル</title>
<meta name="description" content="{s}">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:url" content="{site}/articles/{a['id']}.html">
<meta property="og:site_name" content="アジア資本ジャーナル">
<meta property="article:published_time" content="{_iso(a)}">
{_jsonld(a, "アジア資本ジャーナル", site, "ja")}
<link rel="stylesheet" href="/assets/acj.css">
</head>
<body>
<header class="acj-h">
 <a class="acj-logo" href="/">アジア資本ジャーナル<span>Asia Capital Journal</span></a>
 <nav class="acj-nav"><a href="/markets">マーケット</a><a href="/companies">企業</a><a href="/policy">政策</a>
 <a href="/asia">アジア</a><a href="/eurasia">ロシア・ユーラシア</a><a href="/opinion">オピニオン</a><a href="/ranking">ランキング</a></nav>
 <div class="acj-login"><a href="/login">ログイン</a> <a class="acj-reg" href="/register">無料会員登録</a></div>
</header>
<main class="acj-main">
 <article>
  <div class="acj-label">{escape(a.get('section', '政策'))}</div>
  <h1 class="acj-title">{t}</h1>
  <div class="acj-meta"><time datetime="{_iso(a)}">{jst.year}年{jst.month}月{jst.day}日 {jst.strftime('%H:%M')}</time> <span>{escape(a.get('author', '編集部'))}</span></div>
  <div class="acj-share"><button>X</button><button>Facebook</button><button>LINE</button><button>リンクをコピー</button></div>
  <div class="acj-body">
{body_html(a['body'])}
  </div>
  <div class="acj-kw"><h4>この記事のキーワード</h4><ul>{kws}</ul></div>
  <div class="acj-member">会員登録（無料）で、全ての記事が月10本まで読めます。</div>
 </article>
 <section class="acj-rel"><h3>あわせて読みたい</h3><ul>{related}</ul></section>
</main>
<footer class="acj-f"><ul><li><a href="/about">運営会社</a></li><li><a href="/terms">利用規約</a></li><li><a href="/privacy">プライバシーポリシー</a></li>
<li><a href="/cookie">Cookieポリシー</a></li><li><a href="/ad">広告掲載について</a></li></ul>
<p>© {d.year} Asia Capital Journal Inc.</p></footer>
<div class="acj-cookie">当サイトでは、利便性向上と広告配信のためにCookieを利用します。<button>すべて許可</button><button>設定</button></div>
</body>
</html>
"""


RENDERERS = {
    "greystoke-en": render_greystoke,
    "tessera-en": render_tessera,
    "hullspeed-en": render_hullspeed,
    "ferroline-en": render_ferroline,
    "podryad-ru": render_podryad,
    "biznes-ostrov-ru": render_bostrov,
    "shiomi-ja": render_shiomi,
    "ajia-shihon-ja": render_ajia,
}


def render(a) -> str:
    return RENDERERS[a["feed"]](a)
