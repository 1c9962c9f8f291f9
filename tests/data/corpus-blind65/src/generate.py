#!/usr/bin/env python3
"""Generate corpus blind65: articles/*.html and labels.yaml.

Usage: python3 src/generate.py            (writes next to src/, i.e. into the corpus root)
Needs Python 3 and PyYAML. Deterministic: the same input always gives the same files.
"""
from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from data_en import ARTICLES as EN  # noqa: E402
from data_ja import ARTICLES as JA  # noqa: E402
from data_ru import ARTICLES as RU  # noqa: E402

NAME = "blind65"

FEEDS = [
    {"id": "ashlar-journal", "title": "The Ashlar Journal — Opinion & Analysis", "format": "rss", "lang": "en"},
    {"id": "northbank-inst", "title": "Northbank Institute — Commentary", "format": "atom", "lang": "en"},
    {"id": "tidewrack-weekly", "title": "The Tidewrack Weekly — Asia in Review", "format": "rss", "lang": "en"},
    {"id": "hawthorne-letter", "title": "The Hawthorne Letter — Russia & the Pacific", "format": "atom", "lang": "en"},
    {"id": "kontekst-ru", "title": "Контекст — мнения и аналитика", "format": "rss", "lang": "ru"},
    {"id": "vostochny-ekspert", "title": "Восточный эксперт — журнал о Дальнем Востоке", "format": "atom", "lang": "ru"},
    {"id": "ronsou-ja", "title": "論叢オンライン — 社説・解説", "format": "rss", "lang": "ja"},
    {"id": "hokui-weekly", "title": "週刊北緯 電子版", "format": "atom", "lang": "ja"},
    {"id": "kaisei-news", "title": "海星ニュース", "format": "rss", "lang": "ja"},
]

SITES = {
    "ashlar-journal": "https://www.ashlarjournal.com",
    "northbank-inst": "https://northbank-institute.org",
    "tidewrack-weekly": "https://tidewrack.news",
    "hawthorne-letter": "https://hawthorneletter.pub",
    "kontekst-ru": "https://kontekst-media.ru",
    "vostochny-ekspert": "https://vostexpert.ru",
    "ronsou-ja": "https://www.ronsou-online.jp",
    "hokui-weekly": "https://weekly-hokui.jp",
    "kaisei-news": "https://kaisei-news.jp",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def when(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def pick(a, seq, n):
    h = int(hashlib.sha1(a["id"].encode()).hexdigest(), 16)
    out = []
    for i in range(len(seq)):
        item = seq[(h + i * 7) % len(seq)]
        if item not in out:
            out.append(item)
        if len(out) == n:
            break
    return out


def body_html(a) -> str:
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{p[3:]}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote class=\"pull\"><p>{p[2:]}</p></blockquote>")
        elif p.startswith("<h2>"):
            out.append(p)
        else:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def jsonld(a, url, publisher, section):
    d = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": when(a).isoformat(), "dateModified": when(a).isoformat(),
        "inLanguage": a["lang"], "articleSection": section,
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url,
    }
    return ("<script type=\"application/ld+json\">"
            + json.dumps(d, ensure_ascii=False) + "</script>")


def slug(a):
    return a["id"].replace("b65-", "")


# --------------------------------------------------------------------------- templates


def t_ashlar(a):
    d = when(a)
    url = f"{SITES['ashlar-journal']}/opinion/{d:%Y/%m}/{slug(a)}"
    related = pick(a, [
        ("Japan's defence budget: bigger, but better?", "/opinion/japan-defence-budget"),
        ("Letter from Vladivostok: the port that looks east", "/longreads/letter-from-vladivostok"),
        ("Why Seoul and Tokyo keep making up", "/opinion/seoul-tokyo-thaw"),
        ("The Arctic shipping route nobody wants to insure", "/world/arctic-shipping-insurance"),
        ("Our view: sanctions need an exit plan, too", "/opinion/sanctions-exit-plan"),
        ("Podcast: the Pacific, explained in 25 minutes", "/podcasts/pacific-explained"),
        ("Taiwan's quiet energy crunch", "/world/taiwan-energy"),
    ], 4)
    rel = "\n".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in related)
    date_s = f"{d.day} {d:%B %Y}"
    bio = a.get("author_bio", "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | The Ashlar Journal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:site_name" content="The Ashlar Journal">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{d.isoformat()}">
<meta property="article:section" content="Opinion">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/ashlar.min.css">
{jsonld(a, url, 'The Ashlar Journal', 'Opinion')}
</head>
<body class="article opinion">
<div id="consent" class="cookie-banner" role="dialog" aria-live="polite">
  <p>We use cookies and similar technologies to run this site, measure readership and personalise advertising. You can change your choices at any time under <a href="/privacy">Privacy settings</a>.</p>
  <button class="btn accept">Accept all</button> <button class="btn manage">Manage preferences</button>
</div>
<header class="masthead">
  <a class="logo" href="/">The Ashlar Journal</a>
  <nav class="primary"><ul>
    <li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li>
    <li><a href="/business">Business</a></li><li class="active"><a href="/opinion">Opinion</a></li>
    <li><a href="/longreads">Long Reads</a></li><li><a href="/podcasts">Podcasts</a></li>
    <li><a href="/newsletters">Newsletters</a></li><li class="cta"><a href="/subscribe">Subscribe</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
<main>
<article>
  <p class="kicker">{esc(a['kicker'])}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="standfirst">{esc(a['summary'])}</p>
  <div class="byline">By <span class="author">{esc(a['author'])}</span> · <time datetime="{d.isoformat()}">{date_s}</time> · 6 min read</div>
  <div class="share"><span>Share</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="article-body">
{body_html(a)}
  </div>
  <aside class="author-bio"><p>{esc(bio)}</p></aside>
  <p class="corrections">Spotted an error? <a href="/corrections">Tell us</a>.</p>
</article>
<aside class="related"><h3>More from Opinion</h3><ul>
{rel}
</ul></aside>
<aside class="newsletter-signup"><h3>The Ashlar Briefing</h3><p>Our best analysis, in your inbox every weekday morning.</p><input type="email" placeholder="Your email"><button>Sign up</button></aside>
</main>
<footer>
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/careers">Careers</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/rss">RSS</a></li></ul>
  <p>© {d.year} The Ashlar Journal Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_northbank(a):
    d = when(a)
    url = f"{SITES['northbank-inst']}/research/commentary/{d:%Y}/{slug(a)}"
    related = pick(a, [
        ("Maritime security in the Sea of Okhotsk: a primer", "/research/okhotsk-primer"),
        ("Event: Japan's defence transformation, two years on", "/events/japan-defence-transformation"),
        ("Report: Russia's Pacific Fleet after Ukraine", "/research/reports/pacific-fleet"),
        ("Podcast: Eurasia Desk, episode 48", "/podcasts/eurasia-desk-48"),
        ("Working paper: Sanctions and the Far Eastern economy", "/research/working-papers/sanctions-far-east"),
        ("Commentary: The Black Sea after the grain deal", "/research/commentary/black-sea-after-grain"),
    ], 3)
    rel = "\n".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Northbank Institute</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/nb-2023.css">
</head>
<body>
<div class="cookie-notice" id="cookieNotice">This website uses cookies. Some are essential; others help us understand how our research is used. <a href="/cookies">Cookie policy</a> <button onclick="acceptCookies()">OK</button> <button onclick="rejectCookies()">Reject non-essential</button></div>
<div class="topbar"><a href="/support">Support our work</a> | <a href="/members">Members</a> | <a href="/login">Log in</a></div>
<header><a href="/" class="brand">NORTHBANK <span>INSTITUTE</span></a>
<nav><a href="/research">Research</a> <a href="/regions/asia-pacific">Asia-Pacific</a> <a href="/regions/russia-eurasia">Russia &amp; Eurasia</a> <a href="/regions/europe">Europe</a> <a href="/events">Events</a> <a href="/experts">Experts</a> <a href="/about">About</a></nav></header>
<main class="publication">
<div class="breadcrumbs"><a href="/research">Research</a> › <a href="/research/commentary">Commentary</a> › {esc(a['kicker'])}</div>
<p class="pub-type">{esc(a['kicker'])}</p>
<h1>{esc(a['title'])}</h1>
<p class="summary">{esc(a['summary'])}</p>
<p class="meta"><span class="authors">{esc(a['author'])}</span> <span class="date">{d.day} {d:%B %Y}</span> <a class="pdf" href="/downloads/{slug(a)}.pdf">Download PDF</a></p>
<section class="content">
{body_html(a)}
</section>
<section class="about-author"><h4>About the author</h4><p>{esc(a.get('author_bio', ''))}</p></section>
<section class="related"><h4>Related research</h4><ul>
{rel}
</ul></section>
</main>
<footer><p>Northbank Institute is an independent policy institute. Registered charity no. 1187745.</p>
<p><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/feeds">Feeds</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def t_tidewrack(a):
    d = when(a)
    # deliberately no metadata: only <title>
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Tidewrack</title>
<link rel="stylesheet" href="/t.css">
</head>
<body>
<div class="gdpr">By continuing to read you agree to our use of cookies. <a href="/cookies">Learn more</a> <a href="#" class="x">×</a></div>
<div class="wrap">
<div class="head"><a href="/"><b>THE TIDEWRACK WEEKLY</b></a> <i>Asia in review, every Saturday</i>
<div class="menu"><a href="/week">The Week</a> | <a href="/features">Features</a> | <a href="/fact-check">Fact Check</a> | <a href="/books">Books</a> | <a href="/archive">Archive</a> | <a href="/subscribe">Subscribe (free)</a></div></div>
<div class="post">
<div class="section">{esc(a['kicker'])}</div>
<h1>{esc(a['title'])}</h1>
<div class="deck">{esc(a['summary'])}</div>
<div class="by">{esc(a['author'])} — {d:%d.%m.%Y}</div>
{body_html(a)}
<div class="share">Share this: <a href="#">Email</a> · <a href="#">Bluesky</a> · <a href="#">Mastodon</a></div>
</div>
<div class="more"><b>Recently</b><br>
<a href="/archive">All past issues</a> · <a href="/fact-check">Fact checks</a> · <a href="/books">Book reviews</a></div>
<div class="foot">The Tidewrack Weekly is reader-supported. Corrections: editors@tidewrack.news · <a href="/feed.xml">RSS</a> · © Tidewrack Media {d.year}</div>
</div>
</body>
</html>
"""


def t_hawthorne(a):
    d = when(a)
    url = f"{SITES['hawthorne-letter']}/p/{slug(a)}"
    comments = pick(a, [
        ("kuroshio_reader", "Thoughtful as always. Would love a follow-up on the fisheries side."),
        ("M. Ferrier", "The point about age is the one nobody in government wants to say out loud."),
        ("Sakhalin watcher", "Worth remembering that local officials on the islands read this stuff too."),
        ("J. Tanaka-Holm", "Shared with my students. Clear and fair."),
        ("old_hand_tokyo", "I was on one of the last exchange trips in 2019. Thank you for this."),
    ], 2)
    cm = "\n".join(f"<div class=\"comment\"><b>{esc(u)}</b><p>{esc(t)}</p></div>" for u, t in comments)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:site_name" content="The Hawthorne Letter">
<meta property="article:published_time" content="{d.isoformat()}">
<meta name="author" content="{esc(a['author'])}">
<link rel="alternate" type="application/atom+xml" href="/feed">
</head>
<body class="post-page">
<div class="cookie-bar">We use essential cookies to keep you signed in, and optional analytics. <button>Accept</button> <button>Only essential</button></div>
<header class="pub-header"><a href="/" class="pub-name">The Hawthorne Letter</a><span class="tagline">Russia, Japan and the North Pacific — by Tom Aldous</span>
<nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a> <a href="/subscribe" class="subscribe-btn">Subscribe</a></nav></header>
<article class="post">
<p class="issue">{esc(a['kicker'])}</p>
<h1 class="post-title">{esc(a['title'])}</h1>
<h3 class="subtitle">{esc(a['summary'])}</h3>
<div class="post-meta"><span>{esc(a['author'])}</span> · <time datetime="{d.isoformat()}">{d:%b} {d.day}, {d.year}</time></div>
<div class="post-actions"><a href="#">♡ Like</a> <a href="#comments">Comment</a> <a href="#">Restack</a> <a href="#">Share</a></div>
<div class="body markup">
{body_html(a)}
</div>
<div class="subscribe-widget"><p>The Hawthorne Letter is free. Paid subscribers keep it that way.</p><input type="email" placeholder="Type your email…"><button>Subscribe</button></div>
</article>
<section id="comments"><h4>Comments</h4>
{cm}
</section>
<footer class="site-footer"><p>© {d.year} Tom Aldous · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/collection-notice">Collection notice</a></p></footer>
</body>
</html>
"""


def t_kontekst(a):
    d = when(a)
    msk = d + timedelta(hours=3)
    url = f"{SITES['kontekst-ru']}/opinions/{d:%Y/%m/%d}/{slug(a)}"
    related = pick(a, [
        ("Ключевая ставка: почему ЦБ не торопится", "/economy/klyuchevaya-stavka"),
        ("Северный морской путь: итоги навигации", "/analytics/smp-navigatsiya"),
        ("Китай и Россия: партнёрство без иллюзий", "/opinions/kitay-rossiya"),
        ("Почему Корея не Япония", "/opinions/koreya-ne-yaponiya"),
        ("Санкции: что изменилось за год", "/analytics/sanktsii-god"),
        ("Интервью: «Азия — это надолго»", "/interviews/aziya-nadolgo"),
    ], 3)
    rel = "\n".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in related)
    date_s = f"{msk.day} {RU_MONTHS[msk.month - 1]} {msk.year}, {msk:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Контекст</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{msk.strftime('%Y-%m-%dT%H:%M:%S')}+03:00">
<link rel="canonical" href="{url}">
{jsonld(a, url, 'Контекст', a['kicker'])}
<link rel="stylesheet" href="/css/kontekst.css?v=41">
</head>
<body>
<div class="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="header">
<a class="logo" href="/">КОНТЕКСТ</a>
<nav class="menu"><a href="/politics">Политика</a><a href="/economy">Экономика</a><a href="/world">В мире</a><a href="/opinions" class="active">Мнения</a><a href="/analytics">Аналитика</a><a href="/interviews">Интервью</a><a href="/special">Спецпроекты</a></nav>
<div class="header-tools"><a href="/search">Поиск</a> <a href="https://t.me/">Telegram</a> <a href="/rss.xml">RSS</a></div>
</header>
<main class="main">
<article class="opinion">
<div class="rubric">{esc(a['kicker'])}</div>
<h1>{esc(a['title'])}</h1>
<div class="lead">{esc(a['summary'])}</div>
<div class="author-card"><span class="name">{esc(a['author'])}</span><span class="role">{esc(a.get('author_role', ''))}</span></div>
<div class="date">{date_s}</div>
<div class="text">
{body_html(a)}
</div>
<div class="share">Поделиться: <a href="#">Telegram</a> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Скопировать ссылку</a></div>
</article>
<aside class="read-also"><h3>Читайте также</h3><ul>
{rel}
</ul></aside>
</main>
<footer class="footer"><p>Сетевое издание «Контекст». Свидетельство о регистрации СМИ ЭЛ № ФС 77-80012. 16+</p>
<p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p>
<p>© {d.year} «Контекст». При использовании материалов ссылка обязательна.</p></footer>
</body>
</html>
"""


def t_vostochny(a):
    d = when(a)
    sakh = d + timedelta(hours=11)
    related = pick(a, [
        ("Как живёт Северо-Курильск", "/reportage/severo-kurilsk"),
        ("Лосось: путина без рекордов", "/economy/putina"),
        ("Сахалинский шельф: что дальше", "/economy/shelf"),
        ("Магадан: город, который не сдаётся", "/reportage/magadan"),
        ("Камчатка в цифрах", "/data/kamchatka"),
        ("Чукотка: уголь и люди", "/reportage/chukotka"),
    ], 3)
    rel = "\n".join(f"<a href=\"{h}\">{esc(t)}</a>" for t, h in related)
    date_s = f"{sakh.day} {RU_MONTHS[sakh.month - 1]} {sakh.year}"
    role = a.get("author_role", "")
    byline = esc(a["author"]) + (f", {esc(role)}" if role else "")
    # only a description meta, no og/JSON-LD
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Восточный эксперт</title>
<meta name="description" content="{esc(a['summary'])}">
<link rel="stylesheet" href="/static/ve.css">
</head>
<body>
<div id="cookies-warning">Сайт использует cookie и сервис веб-аналитики. <a href="/policy">Подробнее</a> <span class="ok">Согласен</span></div>
<div class="top">
<a href="/" class="logo">Восточный <b>эксперт</b></a> <span class="slogan">журнал о Дальнем Востоке</span>
<ul class="nav"><li><a href="/news">Новости</a></li><li><a href="/longread">Лонгриды</a></li><li><a href="/explain">Объясняем</a></li><li><a href="/history">История</a></li><li><a href="/nature">Природа</a></li><li><a href="/economy">Экономика</a></li><li><a href="/magazine">Номер журнала</a></li></ul>
</div>
<div class="content">
<div class="rubric">{esc(a['kicker'])}</div>
<h1>{esc(a['title'])}</h1>
<p class="anons">{esc(a['summary'])}</p>
<div class="info">{byline} · {date_s}</div>
{body_html(a)}
<div class="tags">Теги: <a href="/tag/kurily">Курилы</a> <a href="/tag/yaponiya">Япония</a> <a href="/tag/sakhalin">Сахалин</a></div>
<div class="also"><b>Читайте также:</b> {rel}</div>
</div>
<div class="bottom">© «Восточный эксперт», {d.year}. Учредитель — ООО «ВЭ-Медиа». 12+. Перепечатка только с письменного разрешения редакции.</div>
</body>
</html>
"""


def t_ronsou(a):
    d = when(a)
    jst = d + timedelta(hours=9)
    url = f"{SITES['ronsou-ja']}/articles/-/{abs(hash_int(a['id'])) % 900000 + 100000}"
    related = pick(a, [
        ("【社説】道内の人口減少　地域の知恵を結集せよ", "/editorial/jinkou"),
        ("【解説】ホタテ輸出、販路多角化の行方", "/kaisetsu/hotate"),
        ("【社説】防衛力強化　説明責任を果たせ", "/editorial/bouei"),
        ("【論点】日韓関係、次の一手は", "/ronten/nikkan"),
        ("【解説】サンマ不漁はなぜ続くのか", "/kaisetsu/sanma"),
        ("【社説】北海道新幹線　延伸遅れの責任", "/editorial/shinkansen"),
    ], 3)
    rel = "\n".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in related)
    date_s = f"{jst.year}年{jst.month}月{jst.day}日 {jst:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}｜論叢オンライン</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="論叢オンライン">
<meta property="article:published_time" content="{jst.strftime('%Y-%m-%dT%H:%M:%S')}+09:00">
{jsonld(a, url, '論叢オンライン', a['kicker'])}
<link rel="stylesheet" href="/common/css/ronsou.css">
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性の向上や広告配信のためにクッキー（Cookie）を使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="site-header">
<div class="logo"><a href="/">論叢オンライン</a></div>
<nav class="gnav"><ul><li><a href="/news">ニュース</a></li><li class="current"><a href="/editorial">社説</a></li><li><a href="/kaisetsu">解説</a></li><li><a href="/ronten">論点</a></li><li><a href="/rensai">連載</a></li><li><a href="/opinion">オピニオン</a></li><li><a href="/hokkaido">北海道</a></li></ul></nav>
<div class="member"><a href="/login">ログイン</a> <a href="/join">会員登録</a></div>
</header>
<main class="article-main">
<div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/editorial">{esc(a['kicker'])}</a></div>
<article>
<h1 class="headline">{esc(a['title'])}</h1>
<p class="lead">{esc(a['summary'])}</p>
<div class="article-info"><time datetime="{jst.strftime('%Y-%m-%dT%H:%M')}+09:00">{date_s}</time> <span class="writer">{esc(a['author'])}</span></div>
<div class="sns"><a href="#">X（旧Twitter）</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="article-body">
{body_html(a)}
</div>
</article>
<aside class="kanren"><h2>関連記事</h2><ul>
{rel}
</ul></aside>
<aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/news/1">道内の最低賃金、過去最大の引き上げ</a></li><li><a href="/news/2">新千歳空港、国際線の発着枠拡大へ</a></li><li><a href="/news/3">ヒグマ出没、今年は例年の1.5倍</a></li></ol></aside>
</main>
<footer class="site-footer"><p><a href="/company">会社案内</a>｜<a href="/kiyaku">利用規約</a>｜<a href="/privacy">個人情報の取り扱い</a>｜<a href="/rss">RSS</a></p>
<p class="copyright">掲載の記事・写真・図表などの無断転載を禁止します。Copyright © {d.year} Ronsou Shimbunsha. All rights reserved.</p></footer>
</body>
</html>
"""


def t_hokui(a):
    d = when(a)
    jst = d + timedelta(hours=9)
    # deliberately no metadata: only <title>
    date_s = f"{jst.year}年{jst.month}月{jst.day}日"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - 週刊北緯</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="cookie">このサイトはクッキーを利用しています。引き続きご覧いただく場合は同意したものとみなします。<a href="#" id="cookie-close">閉じる</a></div>
<div id="header"><a href="/"><img src="/img/logo.png" alt="週刊北緯"></a>
<ul id="menu"><li><a href="/digest">ダイジェスト</a></li><li><a href="/feature">特集</a></li><li><a href="/books">書評</a></li><li><a href="/column">コラム</a></li><li><a href="/backnumber">バックナンバー</a></li><li><a href="/teiki">定期購読</a></li></ul></div>
<div id="contents">
<p class="cat">{esc(a['kicker'])}</p>
<h1>{esc(a['title'])}</h1>
<p class="date">{date_s}　{esc(a['author'])}</p>
<p class="summary">{esc(a['summary'])}</p>
{body_html(a)}
<p class="back"><a href="/digest">≪ 一覧へ戻る</a></p>
</div>
<div id="side"><h3>最新号</h3><p>道東の「いま」を毎週お届け。定期購読のお申し込みは<a href="/teiki">こちら</a>。</p>
<h3>よく読まれている記事</h3><ul><li><a href="/feature/1">特集：港町の100年</a></li><li><a href="/feature/2">特集：酪農の明日</a></li></ul></div>
<div id="footer">週刊北緯編集部（北海道釧路市）｜<a href="/company">会社概要</a>｜<a href="/contact">お問い合わせ</a><br>© 週刊北緯 {d.year}</div>
</body>
</html>
"""


def t_kaisei(a):
    d = when(a)
    jst = d + timedelta(hours=9)
    url = f"{SITES['kaisei-news']}/news/{jst:%Y%m%d}/{slug(a)}"
    date_s = f"{jst.year}/{jst.month:02d}/{jst.day:02d} {jst:%H:%M}"
    related = pick(a, [
        ("道内の観光客数、コロナ前の水準に回復", "/news/kankou"),
        ("根室沖でサバ豊漁　浜値は下落", "/news/saba"),
        ("外務省、渡航情報を更新", "/news/tokou"),
        ("日韓外相が電話会談", "/news/nikkan"),
        ("釧路港、コンテナ取扱量が過去最高", "/news/kushiro-port"),
    ], 3)
    rel = "\n".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | 海星ニュース</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
{jsonld(a, url, '海星ニュース', a['kicker'])}
<link rel="stylesheet" href="/css/kaisei.css">
</head>
<body>
<div class="cookie-banner">海星ニュースは、サービス向上のためCookieを利用しています。<a href="/cookie">Cookieポリシー</a> <button>OK</button></div>
<header><div class="logo"><a href="/">海星ニュース</a></div>
<nav><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/society">社会</a> <a href="/international">国際</a> <a href="/region">地域</a> <a href="/sports">スポーツ</a></nav></header>
<main>
<article class="news">
<div class="category">{esc(a['kicker'])}</div>
<h1>{esc(a['title'])}</h1>
<div class="pubdate">{date_s}</div>
{body_html(a)}
<p class="credit">（{esc(a['author'])}）</p>
</article>
<section class="related"><h2>関連ニュース</h2><ul>
{rel}
</ul></section>
</main>
<footer><p>© {d.year} Kaisei News Co., Ltd.　<a href="/about">運営会社</a>｜<a href="/policy">プライバシーポリシー</a>｜<a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


def hash_int(s: str) -> int:
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


TEMPLATES = {
    "ashlar-journal": t_ashlar, "northbank-inst": t_northbank, "tidewrack-weekly": t_tidewrack,
    "hawthorne-letter": t_hawthorne, "kontekst-ru": t_kontekst, "vostochny-ekspert": t_vostochny,
    "ronsou-ja": t_ronsou, "hokui-weekly": t_hokui, "kaisei-news": t_kaisei,
}


def main() -> int:
    arts = sorted(EN + RU + JA, key=lambda a: (when(a), a["id"]))
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feed_ids = {f["id"] for f in FEEDS}
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        assert a["feed"] in feed_ids, a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        page = TEMPLATES[a["feed"]](a)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a.get("new_facts"):
            e["new_facts"] = a["new_facts"]
        if a.get("must_mention"):
            e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": NAME, "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = ("# Corpus blind65 - generated by src/generate.py; edit src/data_*.py, not this file.\n"
            + yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100))
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(arts)} articles and labels.yaml into {ROOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
