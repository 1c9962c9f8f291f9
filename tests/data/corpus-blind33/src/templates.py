"""Page templates for the eight invented outlets of the blind33 corpus.

Each outlet has its own chrome: navigation, cookie banner, share bar, related links,
footer; some carry Open Graph / article: meta and JSON-LD, some pages carry none
(article["meta"] = False).  Related links point at the outlet's own section paths,
never at /articles/<id>.html, so that only the article itself is linkable.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import datetime, timedelta, timezone

E = html.escape


def T(s: str) -> str:
    """Escape a text node (quotes stay literal, as on real sites)."""
    return html.escape(s, quote=False)

FEEDS = [
    {"id": "osprey-en", "title": "Osprey Newswire - World", "format": "rss", "lang": "en"},
    {"id": "marram-en", "title": "The Marram Review - Eurasia & Pacific affairs", "format": "atom", "lang": "en"},
    {"id": "driftice-en", "title": "Drift Ice Daily - Hokkaido & the North Pacific in English", "format": "rss", "lang": "en"},
    {"id": "gals-ru", "title": "ИА «Галс» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "shiksha-ru", "title": "Шикша-Медиа — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "okoyom-ru", "title": "«Окоём» — аналитика и мнения", "format": "atom", "lang": "ru"},
    {"id": "furen-ja", "title": "風蓮新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "seiran-ja", "title": "青嵐通信ニュース", "format": "atom", "lang": "ja"},
]

SITE = {
    "osprey-en": "https://www.ospreynewswire.example",
    "marram-en": "https://marramreview.example",
    "driftice-en": "https://www.drifticedaily.example",
    "gals-ru": "https://galsnews.example",
    "shiksha-ru": "https://shiksha-media.example",
    "okoyom-ru": "https://okoyom.example",
    "furen-ja": "https://www.furen-shimbun.example",
    "seiran-ja": "https://news.seiran-tsushin.example",
}

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))
MSK = timezone(timedelta(hours=3))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _dt(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def paragraphs(a) -> str:
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{T(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{T(p[2:])}</p></blockquote>")
        elif p.startswith("**") and p.endswith("**"):
            out.append(f'<p class="q"><strong>{T(p[2:-2])}</strong></p>')
        else:
            out.append(f"<p>{T(p)}</p>")
    return "\n".join(out)


def meta_block(a, url: str, site_name: str, locale: str, jsonld: bool) -> str:
    if not a.get("meta", True):
        return ""
    t = _dt(a).isoformat()
    m = [
        f'<meta name="description" content="{E(a["summary"])}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site_name)}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{E(url)}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="article:published_time" content="{t}">',
        f'<meta property="article:section" content="{E(a.get("section", ""))}">',
        f'<link rel="canonical" href="{E(url)}">',
    ]
    if jsonld:
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"],
            "datePublished": t, "dateModified": t, "inLanguage": a["lang"],
            "author": {"@type": "Person" if a.get("byline") else "Organization",
                       "name": a.get("byline") or site_name},
            "publisher": {"@type": "Organization", "name": site_name},
            "mainEntityOfPage": url,
        }
        m.append('<script type="application/ld+json">' +
                 json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(m)


def related_html(items, cls="related", heading="Related") -> str:
    lis = "".join(f'<li><a href="{E(h)}">{T(t)}</a></li>' for t, h in items)
    return f'<aside class="{cls}"><h3>{T(heading)}</h3><ul>{lis}</ul></aside>'


# ----------------------------------------------------------------------------- osprey

def osprey(a, url):
    d = _dt(a)
    stamp = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')} GMT"
    rel = a.get("related") or [
        ("Japan's exports rise for third month on chip demand", "/markets/asia/japan-exports"),
        ("China, Japan foreign ministers agree to keep dialogue open", "/world/asia/china-japan-dialogue"),
        ("South Korea's central bank holds rates steady", "/markets/asia/bok-rates"),
        ("Typhoon season: what to know", "/world/asia/typhoon-explainer"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{T(a["title"])} | Osprey Newswire</title>
{meta_block(a, url, "Osprey Newswire", "en_US", True)}
<link rel="stylesheet" href="/static/osprey.v41.css">
</head>
<body class="article-page">
<div id="onetrust-banner" class="cookie-consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. <a href="/privacy/cookies">Cookie Policy</a></p>
  <button class="btn-accept">Accept All Cookies</button> <button class="btn-settings">Cookie Settings</button>
</div>
<header class="site-header">
  <a class="logo" href="/">OSPREY<span>NEWSWIRE</span></a>
  <nav class="primary-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/world/asia">Asia Pacific</a></li>
    <li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li>
    <li><a href="/sustainability">Sustainability</a></li><li><a href="/sports">Sports</a></li>
  </ul></nav>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a class="signin" href="/account/sign-in">Sign In</a>
</header>
<main>
<nav class="breadcrumb"><a href="/world">World</a> › <a href="/world/asia">{T(a.get("section", "Asia Pacific"))}</a></nav>
<article>
  <h1>{T(a["title"])}</h1>
  <div class="byline">By {E(a.get("byline") or "Osprey Staff")}</div>
  <time datetime="{d.isoformat()}">{stamp}</time>
  <div class="share-bar"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Link</a></div>
  <div class="article-body">
{paragraphs(a)}
  </div>
  <p class="credit">{T(a.get("credit", "Reporting by Osprey bureau staff; Editing by Alison Pryce"))}</p>
  <p class="standards"><a href="/trust-principles">Our Standards: The Osprey Trust Principles.</a></p>
</article>
{related_html(rel, "related", "Read Next")}
<aside class="most-read"><h3>Most Read</h3><ol>
  <li><a href="/markets/currencies/yen-weakens">Yen slips past key level as traders eye intervention risk</a></li>
  <li><a href="/world/europe/eu-summit">EU leaders wrangle over budget at Brussels summit</a></li>
  <li><a href="/business/autos/ev-tariffs">Automakers brace for new round of EV tariffs</a></li>
</ol></aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About Osprey</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. © {d.year} Osprey Newswire. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- marram

def marram(a, url):
    d = _dt(a)
    kicker = a.get("kicker", "Analysis")
    rel = a.get("related") or [
        ("Central Asia's balancing act between Moscow and Beijing", "/essays/central-asia-balancing"),
        ("The quiet militarisation of the Sea of Okhotsk", "/analysis/okhotsk-militarisation"),
        ("What Japan's defence build-up means for the region", "/analysis/japan-defence-buildup"),
    ]
    comments = a.get("comments") or []
    com_html = "".join(f'<li class="comment"><span class="who">{T(w)}</span><p>{T(t)}</p></li>' for w, t in comments)
    comments_block = (f'<section class="comments"><h3>Comments ({len(comments)})</h3><ul>{com_html}</ul>'
                      '<p class="comment-note">Comments are moderated. Please read our <a href="/community">community guidelines</a>.</p></section>'
                      if comments else "")
    bio = a.get("bio", "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{T(a["title"])} — The Marram Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, url, "The Marram Review", "en_GB", False)}
<link rel="stylesheet" href="/assets/marram-2024.css">
</head>
<body>
<div class="cookie-notice">This site uses cookies to remember your preferences and to count visits. By continuing you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<header>
  <div class="masthead"><a href="/">The Marram Review</a><span class="tagline">Eurasia &amp; Pacific affairs, argued</span></div>
  <nav><a href="/analysis">Analysis</a> · <a href="/opinion">Opinion</a> · <a href="/interviews">Interviews</a> · <a href="/regions/russia">Russia</a> · <a href="/regions/japan">Japan</a> · <a href="/regions/central-asia">Central Asia</a> · <a href="/podcast">Podcast</a> · <a href="/newsletter">Newsletter</a></nav>
</header>
<main class="longform">
  <p class="kicker">{T(kicker)}</p>
  <h1>{T(a["title"])}</h1>
  <p class="standfirst">{T(a["summary"])}</p>
  <p class="byline">{T(a.get("byline") or "Marram staff")} · <time datetime="{d.date().isoformat()}">{d.day} {EN_MONTHS[d.month - 1]} {d.year}</time> · {max(3, len(" ".join(a["body"]).split()) // 200)} min read</p>
  <div class="body">
{paragraphs(a)}
  </div>
  {f'<div class="author-bio"><p>{T(bio)}</p></div>' if bio else ""}
  <div class="newsletter-box"><h4>The Marram Weekly</h4><p>One email, every Friday: the week in Eurasia and the Pacific, argued.</p><form action="/newsletter/subscribe"><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
  {related_html(rel, "more-reading", "More reading")}
  {comments_block}
</main>
<footer><p>The Marram Review is an independent, reader-funded publication. <a href="/support">Support us</a> · <a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p><p>© The Marram Review {d.year}</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- drift ice

def _weather(month: int) -> str:
    t = {1: (-4, -5), 2: (-3, -4), 3: (1, -1), 4: (7, 3), 5: (13, 8), 6: (17, 11), 7: (22, 15),
         8: (23, 18), 9: (19, 16), 10: (12, 10), 11: (5, 4), 12: (-1, -1)}[month]
    return f"Sapporo {t[0]}°C / Nemuro {t[1]}°C"


def driftice(a, url):
    d = _dt(a).astimezone(JST)
    rel = a.get("related") or [
        ("Sapporo snow festival draws record overseas visitors", "/sapporo/snow-festival-visitors"),
        ("Kushiro port cargo volumes edge up", "/business/kushiro-port-cargo"),
        ("JR Hokkaido to cut more rural services", "/hokkaido/jr-hokkaido-cuts"),
        ("Scallop exporters look beyond China", "/business/scallop-exporters"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{T(a["title"])} - Drift Ice Daily</title>
{meta_block(a, url, "Drift Ice Daily", "en_US", bool(a.get("jsonld")))}
<link rel="stylesheet" href="/css/main.min.css?v=3.2.1">
</head>
<body>
<div class="topbar"><span class="weather">{_weather(d.month)}</span> <a href="/e-paper">E-paper</a> <a href="/newsletter">Newsletter</a> <a href="/about">About us</a></div>
<header class="masthead">
  <a href="/" class="brand">Drift Ice Daily</a>
  <p class="brand-sub">Hokkaido &amp; the North Pacific in English</p>
  <nav><ul><li><a href="/hokkaido">Hokkaido</a></li><li><a href="/sapporo">Sapporo</a></li><li><a href="/east">Nemuro &amp; East</a></li><li><a href="/japan">Japan</a></li><li><a href="/business">Business</a></li><li><a href="/fisheries">Fisheries</a></li><li><a href="/culture">Culture</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<main>
<article class="story">
  <p class="section-label">{T(a.get("section", "Hokkaido"))}</p>
  <h1 class="headline">{T(a["title"])}</h1>
  <p class="meta">{T(a.get("byline") or "Drift Ice Daily staff")} | {d.strftime("%Y/%m/%d %H:%M")} JST</p>
  <ul class="share"><li>Share:</li><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li></ul>
  <div class="story-body">
{paragraphs(a)}
  </div>
</article>
{related_html(rel, "read-more", "Read more")}
<div class="ad-slot">Advertisement</div>
</main>
<div id="cookie-bar">We use cookies to improve your experience. <a href="/privacy">Privacy policy</a> <button id="cookie-ok">Got it</button></div>
<footer>
  <p>Drift Ice Daily, Kita 3-jo Nishi 7, Chuo-ku, Sapporo. <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p>
  <p>Copyright © {d.year} Drift Ice Daily. No reproduction without permission.</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- gals (ru agency)

def gals(a, url):
    d = _dt(a).astimezone(MSK)
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"
    rel = a.get("related") or [
        ("Курс рубля: ЦБ установил официальные курсы на завтра", "/economy/kurs-rublya"),
        ("В Приморье открыли новый участок трассы", "/regions/primorye-trassa"),
        ("Лавров проведёт переговоры с главой МИД Индонезии", "/politics/lavrov-indonezia"),
        ("Синоптики предупредили о циклоне на Дальнем Востоке", "/society/ciklon-dv"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{T(a["title"])} — ИА «Галс»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, url, "ИА «Галс»", "ru_RU", True)}
<link rel="stylesheet" href="/static/css/gals.css?2209">
</head>
<body>
<header class="header">
  <div class="header__top"><a class="logo" href="/">ГАЛС</a><span class="logo__sub">информационное агентство</span>
  <form class="search" action="/search"><input name="q" placeholder="Поиск по сайту"></form>
  <a href="/rss" class="rss">RSS</a> <span class="age">18+</span></div>
  <nav class="menu"><a href="/politics">Политика</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/incidents">Происшествия</a><a href="/regions">Регионы</a><a href="/world">В мире</a><a href="/army">Армия</a><a href="/culture">Культура</a><a href="/sport">Спорт</a></nav>
</header>
<main class="layout">
<article class="news">
  <div class="news__rubric">{T(a.get("section", "Политика"))}</div>
  <h1 class="news__title">{T(a["title"])}</h1>
  <div class="news__date">{stamp}</div>
  <div class="news__lead">{T(a["summary"])}</div>
  <div class="news__text">
{paragraphs(a)}
  </div>
  <div class="news__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <div class="news__tags">Теги: {" ".join(f'<a href="/tag/{E(t)}">{T(t)}</a>' for t in a.get("tags", []))}</div>
</article>
{related_html(rel, "read-also", "Читайте также")}
<aside class="feed-right"><h3>Лента новостей</h3><ul>
  <li><a href="/incidents/dtp-habarovsk">В Хабаровске ограничат движение на мосту из-за ремонта</a></li>
  <li><a href="/economy/neft-ceny">Цены на нефть растут второй день подряд</a></li>
  <li><a href="/sport/hokkei-khl">«Адмирал» уступил в овертайме</a></li>
</ul></aside>
</main>
<div class="cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookie-policy">политикой их использования</a>. <button>Принять</button></div>
<footer class="footer">
  <p>Сетевое издание «Информационное агентство «Галс». Свидетельство о регистрации СМИ Эл № ФС77-84217. Учредитель: ООО «Галс Медиа». Главный редактор: Н. В. Стрельцова.</p>
  <p>При полном или частичном использовании материалов ссылка на ИА «Галс» обязательна. © 2014–{d.year}</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- shiksha (ru local)

def shiksha(a, url):
    d = _dt(a).astimezone(SAKH)
    rel = a.get("related") or [
        ("В Южно-Сахалинске стартовал ремонт дворовых территорий", "/news/yuzhno-sakhalinsk/remont-dvorov"),
        ("Паром «Игорь Фархутдинов» вышел в рейс с опозданием", "/news/kurily/parom-rejs"),
        ("На Сахалине выросли цены на бензин", "/news/ekonomika/benzin"),
        ("Синоптики: на Курилы идёт шторм", "/news/pogoda/shtorm-kurily"),
    ]
    comments = a.get("comments") or []
    com = "".join(f'<div class="comment"><b>{T(w)}</b><p>{T(t)}</p></div>' for w, t in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{T(a["title"])} | Шикша-Медиа</title>
{meta_block(a, url, "Шикша-Медиа", "ru_RU", False)}
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<div class="top-line">Южно-Сахалинск, {d.strftime("%d.%m.%Y")} · <a href="/reklama">Реклама на сайте</a> · <a href="/kontakty">Сообщить новость</a></div>
<header>
  <a href="/" class="logo">Шикша<span>-Медиа</span></a>
  <nav><a href="/news/sakhalin">Сахалин</a> <a href="/news/kurily">Курилы</a> <a href="/news/yuzhno-sakhalinsk">Южно-Сахалинск</a> <a href="/news/proisshestviya">Происшествия</a> <a href="/news/ekonomika">Экономика</a> <a href="/news/obshchestvo">Общество</a> <a href="/news/pogoda">Погода</a></nav>
</header>
<main>
<article>
  <div class="crumbs"><a href="/">Главная</a> / <a href="/news/{E(a.get("path", "kurily"))}">{T(a.get("section", "Курилы"))}</a></div>
  <h1>{T(a["title"])}</h1>
  <div class="info"><span class="date">{d.strftime("%d.%m.%Y %H:%M")}</span> <span class="author">{T(a.get("byline") or "Редакция")}</span> <span class="views">👁 {a.get("views", 1843)}</span></div>
  <div class="text">
{paragraphs(a)}
  </div>
  <div class="subscribe-tg">Подписывайтесь на «Шикша-Медиа» в Telegram — все главные новости Сахалина и Курил.</div>
</article>
{related_html(rel, "more", "Ещё по теме")}
<section class="comments"><h3>Комментарии ({len(comments)})</h3>{com}<p class="hint">Чтобы оставить комментарий, войдите через VK ID.</p></section>
</main>
<div class="cookies-popup">Сайт использует cookie и сервисы веб-аналитики. <a href="/privacy">Подробнее</a> <button>Хорошо</button></div>
<footer><p>© Шикша-Медиа, {d.year}. Сетевое издание. Рег. Эл № ФС77-79530. 16+</p><p><a href="/o-nas">О нас</a> · <a href="/privacy">Политика конфиденциальности</a></p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- okoyom (ru analysis)

def okoyom(a, url):
    d = _dt(a).astimezone(MSK)
    rel = a.get("related") or [
        ("АСЕАН и Россия: торговля без иллюзий", "/analitika/asean-rossiya"),
        ("Корейский полуостров: новая нормальность", "/analitika/koreya-normalnost"),
        ("Северный морской путь: итоги навигации", "/analitika/smp-itogi"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{T(a["title"])}</title>
{meta_block(a, url, "Окоём", "ru_RU", False)}
<link rel="stylesheet" href="/tpl/okoyom.css">
</head>
<body>
<header class="hdr"><a href="/" class="brand">ОКОЁМ</a> <span>аналитика и мнения</span>
<nav><a href="/analitika">Аналитика</a> | <a href="/mneniya">Мнения</a> | <a href="/intervyu">Интервью</a> | <a href="/aziya">Азия</a> | <a href="/evraziya">Евразия</a> | <a href="/avtory">Авторы</a></nav></header>
<main>
<div class="rubric">{T(a.get("kicker", "Мнение"))}</div>
<h1>{T(a["title"])}</h1>
<div class="lead">{T(a["summary"])}</div>
<div class="author-card"><b>{T(a.get("byline") or "Редакция «Окоёма»")}</b>{(" — " + E(a["bio"])) if a.get("bio") else ""}</div>
<div class="date">{d.day} {RU_MONTHS[d.month - 1]} {d.year}</div>
<div class="content">
{paragraphs(a)}
</div>
{'<p class="disclaimer">Мнение автора может не совпадать с позицией редакции.</p>' if a.get("kicker", "Мнение") == "Мнение" else ""}
{related_html(rel, "also", "Читайте также")}
</main>
<div class="cookie-line">Мы используем cookie для статистики посещений. <a href="/cookie">Подробнее</a></div>
<footer>© «Окоём», {d.year}. Перепечатка материалов — только с письменного разрешения редакции. <a href="/kontakty">Контакты</a></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- furen (ja local)

def furen(a, url):
    d = _dt(a).astimezone(JST)
    rel = a.get("related") or [
        ("根室市、ふるさと納税の寄付額が過去2番目", "/news/nemuro/furusato"),
        ("花咲ガニ漁、今季の水揚げ低調", "/news/suisan/hanasakigani"),
        ("中標津空港、冬季ダイヤを発表", "/news/konsen/nakashibetsu-airport"),
        ("釧路で「港まつり」　3日間で8万人", "/news/kushiro/minato-matsuri"),
    ]
    wd = "月火水木金土日"[d.weekday()]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{T(a["title"])}｜風蓮新聞デジタル</title>
{meta_block(a, url, "風蓮新聞デジタル", "ja_JP", bool(a.get("jsonld")))}
<link rel="stylesheet" href="/common/css/furen.css">
</head>
<body>
<div id="cookie-consent" class="consent">当サイトでは、利便性向上やアクセス解析のためにCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="g-header">
  <h1 class="logo"><a href="/">風蓮新聞デジタル</a></h1>
  <p class="catch">根室・釧路・道東のニュース</p>
  <nav class="g-nav"><ul><li><a href="/news/">ニュース</a></li><li><a href="/news/nemuro/">根室</a></li><li><a href="/news/kushiro/">釧路</a></li><li><a href="/news/hoppo/">北方領土</a></li><li><a href="/news/suisan/">水産</a></li><li><a href="/news/keizai/">経済</a></li><li><a href="/news/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></nav>
  <a class="login" href="/member/login">ログイン</a> <a class="reg" href="/member/register">会員登録</a>
</header>
<main class="l-main">
<article class="article">
  <p class="category">{T(a.get("section", "北方領土"))}</p>
  <h2 class="article-title">{T(a["title"])}</h2>
  <p class="date">{d.year}年{d.month}月{d.day}日（{wd}）{d.strftime("%H:%M")}</p>
  <div class="sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
  <div class="article-body">
{paragraphs(a)}
  </div>
  <p class="note">{T(a.get("credit", ""))}</p>
</article>
{related_html(rel, "kanren", "関連記事")}
<section class="ranking"><h3>アクセスランキング</h3><ol><li><a href="/news/nemuro/ame">根室で記録的大雨　市道冠水</a></li><li><a href="/news/suisan/sanma">サンマ初水揚げ、去年上回る</a></li><li><a href="/news/kushiro/shitsugen">釧路湿原の観光船、今季運航開始</a></li></ol></section>
</main>
<footer class="g-footer"><ul><li><a href="/company/">会社案内</a></li><li><a href="/koudoku/">購読申し込み</a></li><li><a href="/policy/privacy">個人情報保護方針</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
<p>風蓮新聞社　北海道根室市 ／ 掲載記事・写真の無断転載を禁じます。Copyright © {d.year} The Furen Shimbun</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- seiran (ja national)

def seiran(a, url):
    d = _dt(a).astimezone(JST)
    rel = a.get("related") or [
        ("日銀、金融政策決定会合で現状維持", "/keizai/boj-kaigou"),
        ("衆院予算委、与野党が日程で合意", "/seiji/yosaniinkai-nittei"),
        ("米大統領、アジア歴訪へ", "/kokusai/us-president-asia"),
        ("東京株式市場、続伸", "/keizai/tokyo-kabu"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{T(a["title"])} - 青嵐通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, url, "青嵐通信ニュース", "ja_JP", True)}
<link rel="stylesheet" href="/assets/css/seiran.min.css">
</head>
<body>
<header id="header">
  <div class="hd-inner"><a href="/" class="site-logo">青嵐通信ニュース</a>
  <nav id="gnav"><a href="/">トップ</a><a href="/seiji/">政治</a><a href="/keizai/">経済</a><a href="/kokusai/">国際</a><a href="/shakai/">社会</a><a href="/chiiki/">地域</a><a href="/sports/">スポーツ</a><a href="/kurashi/">暮らし</a></nav>
  <form class="search" action="/search/"><input type="search" name="q" placeholder="キーワードで検索"></form></div>
</header>
<main id="main">
  <div class="breadcrumb"><a href="/">トップ</a> ＞ <a href="/{E(a.get("path", "kokusai"))}/">{T(a.get("section", "国際"))}</a></div>
  <article class="article-detail">
    <h1 class="ttl">{T(a["title"])}</h1>
    <div class="info"><time datetime="{d.isoformat()}">{d.strftime("%Y年%m月%d日 %H時%M分")}</time>{(" ／ " + E(a["byline"])) if a.get("byline") else ""}</div>
    <div class="share">この記事をシェア： <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
    <div class="body">
{paragraphs(a)}
    </div>
  </article>
  {related_html(rel, "related-news", "関連ニュース")}
  <div class="pr">PR</div>
</main>
<div class="cookie-banner">青嵐通信ニュースは、サービス向上と広告配信のためにCookieを利用しています。<a href="/privacy/">プライバシーポリシー</a> <button>閉じる</button></div>
<footer id="footer"><p><a href="/about/">青嵐通信社について</a>｜<a href="/terms/">利用規約</a>｜<a href="/privacy/">プライバシーポリシー</a>｜<a href="/contact/">お問い合わせ</a></p><p>© {d.year} Seiran Tsushin. 記事・写真・図表の無断転載を禁じます。</p></footer>
</body>
</html>
"""


RENDER = {
    "osprey-en": osprey, "marram-en": marram, "driftice-en": driftice,
    "gals-ru": gals, "shiksha-ru": shiksha, "okoyom-ru": okoyom,
    "furen-ja": furen, "seiran-ja": seiran,
}


def _slug(title: str) -> str:
    words = re.sub(r"[^a-z0-9 ]+", " ", title.lower()).split()
    return "-".join(words[:9])


def article_path(a) -> str:
    """The outlet's own canonical path (og:url / canonical), different per outlet."""
    d = _dt(a)
    n = int(hashlib.sha1(a["id"].encode()).hexdigest(), 16)
    feed = a["feed"]
    if feed == "osprey-en":
        sec = "business" if a.get("section") == "Business" else "world/" + ("asia-pacific" if a.get("section") == "Asia Pacific" else "")
        return f"/{sec.rstrip('/')}/{_slug(a['title'])}-{d.strftime('%Y-%m-%d')}/"
    if feed == "marram-en":
        return f"/{a.get('kicker', 'analysis').lower()}/{d.year}/{d.month:02d}/{_slug(a['title'])}"
    if feed == "driftice-en":
        return f"/{a.get('section', 'hokkaido').split()[0].lower()}/{d.strftime('%Y%m%d')}-{_slug(a['title'])[:48].rstrip('-')}"
    if feed == "gals-ru":
        return f"/news/{d.strftime('%Y/%m/%d')}/{1800000 + n % 400000}"
    if feed == "shiksha-ru":
        return f"/news/{a.get('path', 'kurily')}/{200000 + n % 90000}"
    if feed == "okoyom-ru":
        return f"/{'intervyu' if a.get('kicker') == 'Интервью' else 'analitika' if a.get('kicker') == 'Аналитика' else 'mneniya'}/{d.year}/{7000 + n % 2000}"
    if feed == "furen-ja":
        return f"/news/{'hoppo' if a.get('section') == '北方領土' else 'nemuro'}/{d.strftime('%Y%m%d')}{n % 10000:04d}.html"
    return f"/{a.get('path', 'kokusai')}/{d.strftime('%Y%m%d')}-{n % (16**8):08x}.html"


def render(a) -> str:
    url = SITE[a["feed"]] + article_path(a)
    return RENDER[a["feed"]](a, url)
