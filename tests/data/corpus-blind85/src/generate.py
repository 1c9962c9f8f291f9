#!/usr/bin/env python3
"""Generate the blind85 corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py   (writes next to src/, i.e. the corpus root)
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import html
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from data_en import ARTICLES_EN  # noqa: E402
from data_ja import ARTICLES_JA  # noqa: E402
from data_ru import ARTICLES_RU  # noqa: E402

PREFIX = "b85"
CORPUS_NAME = "blind85"

FEEDS = [
    {"id": "wickerby-en", "title": "The Wickerby Register — Diplomacy & Asia", "format": "atom", "lang": "en"},
    {"id": "fenwater-en", "title": "Fenwater Chronicle — Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "mardale-en", "title": "Mardale Newswire — World", "format": "atom", "lang": "en"},
    {"id": "ostler-en", "title": "Ostler Daily Post — World", "format": "rss", "lang": "en"},
    {"id": "ramka-ru", "title": "Рамка — международная политика", "format": "rss", "lang": "ru"},
    {"id": "susunai-ru", "title": "Сусунай-Пресс — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "gaimu-dayori", "title": "外務だより・オンライン", "format": "atom", "lang": "ja"},
    {"id": "hamanaka-ja", "title": "浜中ベイ新聞 電子版", "format": "rss", "lang": "ja"},
]
FEED_LANG = {f["id"]: f["lang"] for f in FEEDS}

E = html.escape


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


# ------------------------------------------------------------------ date formats

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
JA_DAYS = "月火水木金土日"


def en_date(dt: datetime) -> str:
    return f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"


def en_us_date(dt: datetime) -> str:
    return f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def ru_date(dt: datetime, offset: int) -> str:
    t = dt + timedelta(hours=offset)
    return f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"


def ja_date(dt: datetime) -> str:
    t = dt + timedelta(hours=9)
    return f"{t.year}年{t.month}月{t.day}日（{JA_DAYS[t.weekday()]}） {t:%H:%M}"


def iso_local(dt: datetime, offset: int) -> str:
    return dt.astimezone(timezone(timedelta(hours=offset))).isoformat()


# ------------------------------------------------------------------ body rendering

def body_html(body, q_class=None) -> str:
    out = []
    for part in body:
        if isinstance(part, tuple):
            cls = f' class="{q_class}"' if q_class else ""
            out.append(f"<h2{cls}>{E(part[1])}</h2>")
        else:
            out.append(f"<p>{E(part)}</p>")
    return "\n        ".join(out)


def plain_words(body) -> int:
    text = " ".join(p[1] if isinstance(p, tuple) else p for p in body)
    return len(text.split())


def related_html(rel, tpl) -> str:
    return "\n".join(tpl.format(href=f"/articles/{r['id']}.html", title=E(r["title"])) for r in rel)


def og_block(a, site, locale, offset) -> str:
    dt = parse(a["published"])
    return f"""<meta property="og:type" content="article">
  <meta property="og:site_name" content="{E(site)}">
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:description" content="{E(a['summary'])}">
  <meta property="og:url" content="/articles/{a['id']}.html">
  <meta property="og:locale" content="{locale}">
  <meta property="article:published_time" content="{iso_local(dt, offset)}">
  <meta property="article:section" content="{E(a['section'])}">
  <meta name="twitter:card" content="summary_large_image">"""


def jsonld_block(a, publisher, lang, offset) -> str:
    dt = parse(a["published"])
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": iso_local(dt, offset),
        "dateModified": iso_local(dt + timedelta(minutes=17), offset),
        "inLanguage": lang,
        "articleSection": a["section"],
        "author": [{"@type": "Person", "name": a["byline"]}],
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"/articles/{a['id']}.html"},
    }
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


# ------------------------------------------------------------------ outlet templates

def page_wickerby(a, rel):
    dt = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | The Wickerby Register</title>
  <meta name="description" content="{E(a['summary'])}">
  <link rel="canonical" href="/articles/{a['id']}.html">
  {og_block(a, 'The Wickerby Register', 'en_GB', 0)}
  {jsonld_block(a, 'The Wickerby Register', 'en-GB', 0)}
  <link rel="stylesheet" href="/static/wr-main.css">
</head>
<body class="wr article-page">
<div id="consent" class="wr-consent" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content, measure audiences and keep this
  site secure. You can accept all cookies, reject non-essential ones or choose your settings.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button>
  <a href="/privacy/cookies">Manage settings</a>
</div>
<header class="wr-masthead">
  <a class="wr-logo" href="/">The Wickerby Register</a>
  <span class="wr-tagline">Diplomacy &amp; Asia, read closely</span>
  <nav class="wr-nav" aria-label="Sections">
    <a href="/world">World</a><a href="/diplomacy">Diplomacy</a><a href="/asia">Asia</a>
    <a href="/security">Security</a><a href="/economy">Economy</a><a href="/opinion">Opinion</a>
    <a href="/podcasts">Podcasts</a><a href="/newsletters">Newsletters</a>
  </nav>
  <a class="wr-signin" href="/account">Sign in</a> <a class="wr-subscribe" href="/subscribe">Subscribe</a>
</header>
<main>
  <nav class="breadcrumb"><a href="/">Home</a> › <a href="/{a['section'].lower()}">{E(a['section'])}</a></nav>
  <article class="wr-article">
    <header>
      <h1>{E(a['title'])}</h1>
      <p class="standfirst">{E(a['summary'])}</p>
      <div class="meta">By <span class="author">{E(a['byline'])}</span> ·
        <time datetime="{dt.isoformat()}">{en_date(dt)}, {dt:%H:%M} GMT</time></div>
      <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
    </header>
    <div class="article-body">
        {body_html(a['body'])}
    </div>
    <footer class="article-foot">
      <p class="corrections">Spotted an error? <a href="/corrections">Contact our corrections desk</a>.</p>
    </footer>
  </article>
  <aside class="wr-related">
    <h3>More on diplomacy</h3>
    <ul>
{related_html(rel, '      <li><a href="{href}">{title}</a></li>')}
      <li><a href="/diplomacy/explainers">Explainers: how diplomatic notes, démarches and summonses work</a></li>
    </ul>
  </aside>
  <section class="wr-newsletter">
    <h3>The Dispatch Box</h3>
    <p>Our weekly briefing on the world's chancelleries. Free, every Friday.</p>
    <form><input type="email" placeholder="Your email"><button>Sign up</button></form>
  </section>
</main>
<footer class="wr-footer">
  <nav><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms</a> ·
  <a href="/privacy">Privacy</a> · <a href="/privacy/cookies">Cookies</a> · <a href="/rss">Feeds</a></nav>
  <p>© The Wickerby Register Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


MOST_READ_FENWATER = [
    "Typhoon season: what forecasters expect for Okinawa",
    "Tokyo property prices hit a 30-year high",
    "Inside Seoul's race to build small reactors",
    "Why Japanese rice prices doubled in a year",
    "Canberra's submarine bill, explained",
]

COMMENTS_FENWATER = [
    ("kanto_reader", "Good summary. Would be useful to know what the other side actually said, word for word."),
    ("pacific_hal", "Same story every year, different names."),
]


def page_fenwater(a, rel):
    dt = parse(a["published"])
    most = "\n".join(f"      <li><a href=\"/most-read/{i}\">{E(t)}</a></li>"
                     for i, t in enumerate(MOST_READ_FENWATER, 1))
    comments = ""
    if a["label"] in ("restatement", "neutral") or a.get("group") in ("g1", "g6"):
        items = "\n".join(f'    <div class="comment"><b>{E(u)}</b><p>{E(t)}</p></div>'
                          for u, t in COMMENTS_FENWATER)
        comments = f"""<section class="comments"><h3>Comments ({len(COMMENTS_FENWATER)})</h3>
{items}
    <p class="comments-note">Comments are moderated. Read our <a href="/community">community guidelines</a>.</p>
  </section>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Fenwater Chronicle</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{og_block(a, 'Fenwater Chronicle', 'en_US', 0)}
<link rel="stylesheet" href="/assets/fc.css">
</head>
<body>
<div class="topbar"><span>{en_us_date(dt)}</span> | <a href="/epaper">Today's paper</a> | <a href="/subscribe">Subscribe from $1</a> | <a href="/login">Log in</a></div>
<header class="fc-header">
  <div class="fc-brand"><a href="/">Fenwater Chronicle</a></div>
  <ul class="fc-menu">
    <li><a href="/news">News</a></li><li><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/business">Business</a></li>
    <li><a href="/analysis">Analysis</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li>
  </ul>
</header>
<div class="cookie-bar">This website uses cookies to improve your experience. <a href="/cookies">Learn more</a> <button>Got it</button></div>
<div class="fc-wrap">
  <article>
    <div class="kicker">{E(a['section'])}</div>
    <h1 class="headline">{E(a['title'])}</h1>
    <h2 class="dek">{E(a['summary'])}</h2>
    <p class="byline">{E(a['byline'])} &middot; Published {en_us_date(dt)} at {dt:%H:%M} UTC</p>
    <div class="story">
        {body_html(a['body'])}
    </div>
    <div class="share-row">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
  </article>
  <aside class="fc-side">
    <h4>Most read</h4>
    <ol>
{most}
    </ol>
    <h4>Related coverage</h4>
    <ul>
{related_html(rel, '      <li><a href="{href}">{title}</a></li>')}
    </ul>
  </aside>
  {comments}
</div>
<footer class="fc-footer">
  <p><a href="/about">About</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/feeds">RSS</a></p>
  <p>&copy; Fenwater Chronicle Media Group</p>
</footer>
</body>
</html>
"""


def page_mardale(a, rel):
    dt = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{E(a['title'])} | Mardale Newswire</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  {og_block(a, 'Mardale Newswire', 'en_US', 0)}
  <meta name="robots" content="max-image-preview:large">
</head>
<body class="mn">
<header class="mn-head">
  <a href="/" class="mn-logo">MARDALE</a>
  <nav>
    <a href="/world">World</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/business">Business</a>
    <a href="/markets">Markets</a> <a href="/sustainability">Sustainability</a> <a href="/legal">Legal</a>
  </nav>
  <form class="mn-search"><input type="search" placeholder="Search Mardale"></form>
</header>
<div id="cmp" class="mn-cmp">Mardale uses cookies and similar technologies. By clicking "I accept" you agree to our use of cookies. <button>I accept</button> <a href="/cookie-settings">Settings</a></div>
<main class="mn-main">
  <div class="mn-section">{E(a['section'])}</div>
  <h1>{E(a['title'])}</h1>
  <div class="mn-dateline"><span class="mn-by">{E(a['byline'])}</span>
    <time datetime="{dt.isoformat()}">{en_us_date(dt)} {dt:%I:%M %p} UTC</time> · Updated {en_us_date(dt)}</div>
  <div class="mn-summary"><ul><li>{E(a['summary'])}</li></ul></div>
  <div class="mn-body">
        {body_html(a['body'])}
  </div>
  <p class="mn-credit">Reporting by Mardale staff; editing by the Asia desk.</p>
  <p class="mn-standards"><a href="/trust-principles">Our Standards: The Mardale Trust Principles.</a></p>
  <section class="mn-more">
    <h3>Read next</h3>
{related_html(rel, '    <div class="card"><a href="{href}">{title}</a></div>')}
  </section>
</main>
<footer class="mn-foot">
  <a href="/about">About Mardale</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> ·
  <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a>
  <p>All quotes delayed a minimum of 15 minutes. © Mardale Newswire.</p>
</footer>
</body>
</html>
"""


def page_ostler(a, rel):
    # no og:, no JSON-LD, no article meta: only a <title>
    dt = parse(a["published"])
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a['title'])} :: Ostler Daily Post</title>
<link rel="stylesheet" href="/css/ostler.css">
</head>
<body>
<table class="top" width="100%"><tr>
<td class="logo"><a href="/">OSTLER DAILY POST</a></td>
<td class="nav"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a> | <a href="/money">Money</a> | <a href="/life">Life</a> | <a href="/explainer">Explainers</a> | <a href="/weather">Weather</a></td>
</tr></table>
<div class="cookies">We use cookies. By continuing to browse you agree to our use of cookies. [<a href="/cookies">more</a>] [<a href="#">close</a>]</div>
<div class="ad-slot">Advertisement</div>
<div id="content">
<div class="section-label">{E(a['section'])}</div>
<h1>{E(a['title'])}</h1>
<div class="intro"><b>{E(a['summary'])}</b></div>
<div class="posted">Posted {EN_DAYS[dt.weekday()]} {dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year} {dt:%H:%M} GMT &bull; {E(a['byline'])}</div>
<div class="text">
        {body_html(a['body'])}
</div>
<div class="ad-slot">Advertisement</div>
<div class="also"><b>You may also like</b>
<ul>
{related_html(rel, '<li><a href="{href}">{title}</a></li>')}
<li><a href="/life/quiz">Quiz: how well do you know the week's news?</a></li>
</ul></div>
<div class="comments-count">Comments are closed for this article.</div>
</div>
<div class="bottom">Ostler Daily Post | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/rss.xml">RSS</a><br>Copyright Ostler Publishing.</div>
</body>
</html>
"""


def page_ramka(a, rel):
    dt = parse(a["published"])
    q_class = "q" if a["section"] == "Интервью" else None
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} — Рамка</title>
  <meta name="description" content="{E(a['summary'])}">
  <link rel="canonical" href="/articles/{a['id']}.html">
  {og_block(a, 'Рамка', 'ru_RU', 3)}
  {jsonld_block(a, 'Рамка — международная политика', 'ru', 3)}
  <link rel="stylesheet" href="/css/ramka.min.css">
</head>
<body>
<div class="cookie-notice">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="rm-header">
  <a class="rm-logo" href="/">РАМКА</a><span class="rm-sub">международная политика</span>
  <nav class="rm-nav">
    <a href="/">Главное</a><a href="/politics">Политика</a><a href="/diplomacy">Дипломатия</a><a href="/briefings">Брифинги</a>
    <a href="/interview">Интервью</a><a href="/parliament">Парламент</a><a href="/opinion">Мнения</a><a href="/archive">Архив</a>
  </nav>
  <div class="rm-tools"><a href="/search">Поиск</a> · <a href="https://t.me/">Telegram</a> · <a href="/rss">RSS</a></div>
</header>
<main class="rm-main">
  <div class="rm-rubric">{E(a['section'])}</div>
  <article>
    <h1>{E(a['title'])}</h1>
    <div class="rm-lead">{E(a['summary'])}</div>
    <div class="rm-meta"><time datetime="{iso_local(dt, 3)}">{ru_date(dt, 3)}</time> · {E(a['byline'])}</div>
    <div class="rm-text">
        {body_html(a['body'], q_class)}
    </div>
    <div class="rm-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a> <a href="#">Скопировать ссылку</a></div>
    <p class="rm-errata">Нашли опечатку? Выделите текст и нажмите Ctrl+Enter.</p>
  </article>
  <aside class="rm-more">
    <h3>Читайте также</h3>
    <ul>
{related_html(rel, '      <li><a href="{href}">{title}</a></li>')}
    </ul>
  </aside>
</main>
<footer class="rm-footer">
  <p>© «Рамка», 2019–2026. Сетевое издание. Свидетельство о регистрации СМИ Эл № ФС77-70461.</p>
  <p>Учредитель: ООО «Рамка Медиа». Главный редактор: Н. В. Ильина. Возрастная маркировка 16+.</p>
  <p><a href="/about">О проекте</a> · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/privacy">Политика конфиденциальности</a></p>
</footer>
</body>
</html>
"""


SUSUNAI_TEMPS = [(-12, -6, -5), (-11, -6, -5), (-5, -2, -2), (2, 3, 3), (7, 6, 6), (11, 9, 9),
                 (16, 13, 13), (18, 16, 16), (14, 14, 14), (7, 9, 9), (0, 3, 3), (-8, -3, -3)]


def susunai_weather(dt: datetime) -> str:
    t = SUSUNAI_TEMPS[(dt + timedelta(hours=11)).month - 1]
    f = lambda v: ("+" if v > 0 else "−" if v < 0 else "") + str(abs(v)) + "°"
    return f"Южно-Сахалинск {f(t[0])} · Курильск {f(t[1])} · Южно-Курильск {f(t[2])}"


def page_susunai(a, rel):
    # no og:, no JSON-LD
    dt = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Сусунай-Пресс</title>
<link rel="stylesheet" href="/templates/susunai/style.css">
</head>
<body>
<div class="s-top">
  <span class="s-weather">{susunai_weather(dt)}</span>
  <span class="s-currency">USD 92,10 · EUR 99,85</span>
  <a href="/subscribe">Подписаться на новости</a>
</div>
<div class="s-head">
  <a href="/" class="s-logo">Сусунай-Пресс</a>
  <ul class="s-menu">
    <li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/politika">Политика</a></li>
    <li><a href="/ekonomika">Экономика</a></li><li><a href="/obshchestvo">Общество</a></li><li><a href="/proisshestviya">Происшествия</a></li>
    <li><a href="/sport">Спорт</a></li><li><a href="/afisha">Афиша</a></li>
  </ul>
</div>
<div class="s-cookie">Сайт использует cookie. Оставаясь на сайте, вы даёте согласие на обработку данных. <a href="#">Принять</a></div>
<div class="s-banner">Реклама</div>
<div class="s-page">
  <div class="s-rubric">{E(a['section'])}</div>
  <h1>{E(a['title'])}</h1>
  <div class="s-date">{ru_date(dt, 11)} (сахалинское время) · Автор: {E(a['byline'])}</div>
  <div class="s-anons">{E(a['summary'])}</div>
  <div class="s-body">
        {body_html(a['body'])}
  </div>
  <div class="s-tg">Подписывайтесь на «Сусунай-Пресс» в Telegram — все главные новости Сахалина и Курил.</div>
  <div class="s-readmore">
    <b>Читайте также:</b>
    <ul>
{related_html(rel, '      <li><a href="{href}">{title}</a></li>')}
      <li><a href="/obshchestvo/paromy">Расписание паромов на Курилы на неделю</a></li>
    </ul>
  </div>
</div>
<div class="s-foot">
  <p>Сусунай-Пресс. Информационное агентство. 16+</p>
  <p>При использовании материалов ссылка на «Сусунай-Пресс» обязательна. <a href="/contacts">Контакты редакции</a> · <a href="/reklama">Реклама</a></p>
</div>
</body>
</html>
"""


def page_gaimu(a, rel):
    dt = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}｜外務だより・オンライン</title>
<meta name="description" content="{E(a['summary'])}">
<link rel="canonical" href="/articles/{a['id']}.html">
{og_block(a, '外務だより・オンライン', 'ja_JP', 9)}
{jsonld_block(a, '外務だより・オンライン', 'ja', 9)}
<link rel="stylesheet" href="/common/css/gd.css">
</head>
<body>
<div class="gd-cookie">当サイトでは、利便性の向上や利用状況の分析のためにクッキー（Cookie）を使用しています。詳しくは<a href="/policy/cookie">クッキーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="gd-header">
  <p class="gd-logo"><a href="/">外務だより<span>オンライン</span></a></p>
  <nav class="gd-gnav">
    <ul><li><a href="/">トップ</a></li><li><a href="/diplomacy">外交</a></li><li><a href="/security">安全保障</a></li>
    <li><a href="/world">国際</a></li><li><a href="/economy">経済</a></li><li><a href="/editorial">論説</a></li><li><a href="/feature">特集</a></li></ul>
  </nav>
  <div class="gd-login"><a href="/login">ログイン</a>｜<a href="/register">会員登録（無料）</a></div>
</header>
<div class="gd-pankuzu"><a href="/">トップ</a> ＞ <a href="/diplomacy">{E(a['section'])}</a> ＞ 記事</div>
<main class="gd-main">
  <article class="gd-article">
    <h1>{E(a['title'])}</h1>
    <p class="gd-date"><time datetime="{iso_local(dt, 9)}">{ja_date(dt)}</time>　{E(a['byline'])}</p>
    <ul class="gd-share"><li><a href="#">X（旧Twitter）</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">はてなブックマーク</a></li></ul>
    <div class="gd-lead">{E(a['summary'])}</div>
    <div class="gd-body">
        {body_html(a['body'])}
    </div>
  </article>
  <aside class="gd-kanren">
    <h2>関連記事</h2>
    <ul>
{related_html(rel, '      <li><a href="{href}">{title}</a></li>')}
    </ul>
    <h2>ランキング</h2>
    <ol><li><a href="/rank/1">首脳会談の舞台裏　通訳が見た15分</a></li><li><a href="/rank/2">大使人事、今秋の異動を読む</a></li><li><a href="/rank/3">ODA予算、5年ぶり増額要求へ</a></li></ol>
  </aside>
</main>
<footer class="gd-footer">
  <ul><li><a href="/about">外務だよりについて</a></li><li><a href="/policy">サイトポリシー</a></li><li><a href="/privacy">個人情報の取り扱い</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
  <p>掲載記事・写真の無断転載を禁じます。Copyright © Gaimu Dayori. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page_hamanaka(a, rel):
    dt = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - 浜中ベイ新聞 電子版</title>
<meta name="viewport" content="width=device-width">
{og_block(a, '浜中ベイ新聞 電子版', 'ja_JP', 9)}
<link rel="stylesheet" href="/css/hb2024.css">
</head>
<body id="article">
<div id="hb-top"><span>北海道・釧路根室の地域紙</span>　<a href="/shimen">紙面ビューアー</a>｜<a href="/koudoku">購読のお申し込み</a>｜<a href="/login">ログイン</a></div>
<div id="hb-logo"><a href="/">浜中ベイ新聞<small>電子版</small></a></div>
<ul id="hb-nav">
  <li><a href="/news">ニュース</a></li><li><a href="/chiiki">地域</a></li><li><a href="/hoppou">北方領土</a></li><li><a href="/suisan">水産</a></li>
  <li><a href="/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li><li><a href="/tenki">天気</a></li>
</ul>
<div id="hb-cookie">本サイトはサービス向上のためCookieを利用しています。<a href="/cookie">詳細</a>　<a href="#">閉じる</a></div>
<div id="hb-main">
  <p class="hb-cat">{E(a['section'])}</p>
  <h1 class="hb-title">{E(a['title'])}</h1>
  <p class="hb-time">{ja_date(dt)}　{E(a['byline'])}</p>
  <p class="hb-lead">{E(a['summary'])}</p>
  <div class="hb-honbun">
        {body_html(a['body'])}
  </div>
  <div class="hb-ad">広告</div>
  <div class="hb-kanren"><h3>関連記事</h3>
    <ul>
{related_html(rel, '      <li><a href="{href}">{title}</a></li>')}
      <li><a href="/suisan/kaikyo">根室海峡のホタテ、水揚げ順調</a></li>
    </ul>
  </div>
</div>
<div id="hb-footer">
  <p>浜中ベイ新聞社　北海道厚岸郡浜中町</p>
  <p><a href="/kiyaku">利用規約</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/kokoku">広告掲載</a>｜<a href="/otoiawase">お問い合わせ</a></p>
  <p>当サイトに掲載の記事・写真の無断転載を禁じます。</p>
</div>
</body>
</html>
"""


TEMPLATES = {
    "wickerby-en": page_wickerby, "fenwater-en": page_fenwater, "mardale-en": page_mardale,
    "ostler-en": page_ostler, "ramka-ru": page_ramka, "susunai-ru": page_susunai,
    "gaimu-dayori": page_gaimu, "hamanaka-ja": page_hamanaka,
}

# ------------------------------------------------------------------ assembly

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> None:
    arts = [dict(a) for a in ARTICLES_EN + ARTICLES_RU + ARTICLES_JA]
    for a in arts:
        a["lang"] = FEED_LANG[a["feed"]]
    keys = [a["key"] for a in arts]
    assert len(keys) == len(set(keys)), "duplicate keys"
    arts.sort(key=lambda a: parse(a["published"]))
    times = [a["published"] for a in arts]
    assert len(times) == len(set(times)), "two articles share a publication time"
    key2id = {}
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
        key2id[a["key"]] = a["id"]

    def fix_refs(text: str) -> str:
        text = re.sub(r"\[\[([A-Z]+)\]\]", lambda m: key2id[m.group(1)], text)
        # local group names (g1..g9) in notes -> corpus group ids
        return re.sub(r"(?<![A-Za-z0-9-])g(\d)(?![0-9])", PREFIX + r"-g\1", text)

    # group ids in order of first report
    group_ids: dict[str, str] = {}
    for a in arts:
        g = a.get("group")
        if g and g not in group_ids:
            group_ids[g] = f"{PREFIX}-{g}"
    for a in arts:
        a["note"] = fix_refs(a["note"])
        if a.get("group"):
            a["group"] = group_ids[a["group"]]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["key"]
            # stems must appear in the article's own title+summary+body
            full = (a["title"] + " " + a["summary"] + " " + " ".join(
                p[1] if isinstance(p, tuple) else p for p in a["body"])).lower()
            for alt in a["must_mention"]:
                assert any(w in full for w in alt), (a["key"], alt)
        else:
            assert not a.get("group"), a["key"]

    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for i, a in enumerate(arts):
        earlier = [b for b in arts[:i] if b["feed"] == a["feed"]]
        rel = list(reversed(earlier[-3:]))
        page = TEMPLATES[a["feed"]](a, rel)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")

    entries = []
    for a in arts:
        e = {
            "id": a["id"], "feed": a["feed"], "lang": a["lang"],
            "published": parse(a["published"]),
            "title": a["title"], "summary": a["summary"], "label": a["label"],
        }
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)

    doc = {
        "name": CORPUS_NAME,
        "known_as_of": datetime(2024, 2, 8).date(),
        "feeds": FEEDS,
        "articles": entries,
    }

    class Dumper(yaml.SafeDumper):
        pass

    def dt_repr(dumper, value):
        return dumper.represent_scalar("tag:yaml.org,2002:timestamp",
                                       value.strftime("%Y-%m-%dT%H:%M:%SZ"))

    Dumper.add_representer(datetime, dt_repr)
    text = yaml.dump(doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)
    header = ("# blind85 — diplomacy in its own language. Generated by src/generate.py; "
              "edit the data files, not this file.\n")
    (ROOT / "labels.yaml").write_text(header + text, encoding="utf-8")

    # summary
    from collections import Counter
    print("articles", len(arts), dict(Counter(a["lang"] for a in arts)),
          dict(Counter(a["label"] for a in arts)))
    for g, gid in group_ids.items():
        mem = [a for a in arts if a.get("group") == gid]
        print(gid, mem[0]["label"], " ".join(f"{m['id']}/{m['lang']}/{m['published'][:10]}" for m in mem))


if __name__ == "__main__":
    main()
