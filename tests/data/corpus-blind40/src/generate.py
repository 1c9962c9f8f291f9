#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind40 corpus: articles/<id>.html and labels.yaml.

Usage (from the corpus folder or anywhere):
    python3 src/generate.py            # writes next to src/: ../articles, ../labels.yaml

The article texts live in content_en.py, content_ru.py and content_ja.py; this script
only wraps them in each outlet's page template and writes the labels.
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

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402

FEEDS = [
    {"id": "rookery-wire", "title": "Rookery Wire - World", "format": "rss", "lang": "en"},
    {"id": "fernhill-post", "title": "The Fernhill Post - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "abashiri-beacon", "title": "The Abashiri Beacon - Hokkaido in English", "format": "atom", "lang": "en"},
    {"id": "pitchpine-energy", "title": "Pitchpine Energy & Markets", "format": "atom", "lang": "en"},
    {"id": "stlanik", "title": "Стланик.ру — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "kormchiy", "title": "Агентство «Кормчий» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "hokkai-toho", "title": "ほっかい東報 電子版", "format": "rss", "lang": "ja"},
    {"id": "asuka-tsushin", "title": "飛鳥通信ニュース", "format": "atom", "lang": "ja"},
]

# Pages of these outlets carry no meta tags at all on some articles (ids listed here).
NO_META = {"b40-05", "b40-13", "b40-23", "b40-39", "b40-02", "b40-29", "b40-50",
           "b40-11", "b40-46"}

e = html.escape


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def body_html(paras: list[str], ptag: str = "p") -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{e(p[2:])}</p></blockquote>")
        else:
            out.append(f"<{ptag}>{e(p)}</{ptag}>")
    return "\n        ".join(out)


def slug(a: dict) -> str:
    return hashlib.sha1(a["id"].encode()).hexdigest()[:8]


def meta_block(a: dict, site: str, jsonld: bool, url_base: str) -> str:
    if a["id"] in NO_META:
        return ""
    pub = parse(a["published"]).isoformat()
    parts = [
        f'<meta name="description" content="{e(a["summary"])}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{e(site)}">',
        f'<meta property="og:title" content="{e(a["title"])}">',
        f'<meta property="og:description" content="{e(a["summary"])}">',
        f'<meta property="og:url" content="{url_base}/articles/{a["id"]}.html">',
        f'<meta property="article:published_time" content="{pub}">',
        f'<meta property="article:section" content="{e(a.get("section", ""))}">',
        f'<meta name="twitter:card" content="summary_large_image">',
    ]
    if jsonld:
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"],
            "datePublished": pub, "dateModified": pub, "inLanguage": a["lang"],
            "author": {"@type": "Person" if a.get("author") else "Organization",
                       "name": a.get("author") or site},
            "publisher": {"@type": "Organization", "name": site},
            "articleSection": a.get("section", ""),
        }
        parts.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n  ".join(parts)


# ----------------------------------------------------------------------------- templates


def t_rookery(a, rel):
    d = parse(a["published"])
    when = d.strftime("%B %-d, %Y %-I:%M %p UTC")
    related = "".join(f'<li><a href="/world/asia-pacific/{slug({"id": r})}-{i}">{e(r)}</a></li>'
                      for i, r in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(a["title"])} | Rookery Wire</title>
  {meta_block(a, "Rookery Wire", True, "https://www.rookerywire.example")}
  <link rel="stylesheet" href="/static/rw.min.css">
</head>
<body class="rw-article">
<div id="consent" class="rw-consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to personalise content, measure traffic and show relevant ads.
  You can change your choices at any time in <a href="/privacy/cookies">Cookie settings</a>.</p>
  <button class="rw-btn" data-consent="all">Accept all</button> <button class="rw-btn rw-btn--ghost" data-consent="necessary">Necessary only</button>
</div>
<header class="rw-top">
  <a class="rw-logo" href="/">ROOKERY<span>WIRE</span></a>
  <nav class="rw-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/world/asia-pacific">Asia Pacific</a></li>
    <li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/energy">Energy</a></li>
    <li><a href="/video">Video</a></li><li><a href="/investigations">Investigations</a></li>
  </ul></nav>
  <form class="rw-search" action="/search"><input name="q" placeholder="Search Rookery"></form>
  <a class="rw-signin" href="/account/login">Sign in</a>
</header>
<main class="rw-main">
  <div class="rw-breadcrumb"><a href="/world">World</a> / <a href="/world/asia-pacific">{e(a.get("section", "Asia Pacific"))}</a></div>
  <article class="rw-story">
    <h1 class="rw-headline">{e(a["title"])}</h1>
    <div class="rw-dateline"><time>{when}</time> &middot; Updated 2 min ago</div>
    <div class="rw-share"><a href="#" class="share-x">Share on X</a> <a href="#" class="share-fb">Facebook</a> <a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a></div>
    <div class="rw-body">
        {body_html(a["body"])}
    </div>
    <p class="rw-credit">{e(a.get("author", ""))}</p>
    <p class="rw-standards"><a href="/about/trust-principles">Our Standards: The Rookery Trust Principles.</a></p>
  </article>
  <aside class="rw-related">
    <h3>More from Asia Pacific</h3>
    <ul>{related}</ul>
  </aside>
</main>
<footer class="rw-footer">
  <ul><li><a href="/about">About Rookery</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li>
  <li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Rookery Wire. All rights reserved.</p>
</footer>
<script src="/static/rw.bundle.js" defer></script>
</body>
</html>
"""


def t_fernhill(a, rel):
    d = parse(a["published"])
    when = d.strftime("%a %-d %b %Y %H.%M GMT")
    most = "".join(f'<li><span class="rank">{i + 1}</span><a href="/news/{slug({"id": r})}">{e(r)}</a></li>'
                   for i, r in enumerate(rel))
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} - The Fernhill Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, "The Fernhill Post", False, "https://www.fernhillpost.example")}
<link rel="stylesheet" href="/assets/fp-2024.css">
</head>
<body>
<div class="fp-cookie" id="fp-cookie">
  <strong>Your privacy</strong> We and our 143 partners store and access information on your device to deliver
  content, analyse traffic and personalise advertising. <a href="/privacy-settings">Manage preferences</a>
  <button>Accept all</button><button>Reject all</button>
</div>
<div class="fp-masthead">
  <div class="fp-date">{d.strftime("%A %-d %B %Y")}</div>
  <a href="/" class="fp-title">The Fernhill Post</a>
  <div class="fp-support"><a href="/subscribe">Subscribe from &pound;1</a> | <a href="/login">Log in</a></div>
</div>
<nav class="fp-pillars">
  <a href="/news">News</a><a href="/world">World</a><a href="/world/asia-pacific">Asia-Pacific</a>
  <a href="/opinion">Opinion</a><a href="/business">Business</a><a href="/culture">Culture</a><a href="/lifestyle">Lifestyle</a>
</nav>
<div class="fp-wrap">
  <section class="fp-article">
    <p class="fp-kicker">{e(a.get("section", "World"))}</p>
    <h1>{e(a["title"])}</h1>
    <p class="fp-standfirst">{e(a["summary"])}</p>
    <p class="fp-byline">{e(a.get("author", ""))}<br><time>{when}</time></p>
    <div class="fp-paywall-note">You have 3 free articles left this month. <a href="/subscribe">Subscribe for unlimited access</a>.</div>
    <div class="fp-text">
        {body_html(a["body"])}
    </div>
    <div class="fp-tools"><a href="#">Share</a> &middot; <a href="#">Save for later</a> &middot; <a href="#comments">Comments (37)</a></div>
    <div id="comments" class="fp-comments"><p>Comments are closed on this article.</p></div>
  </section>
  <aside class="fp-mostread">
    <h2>Most read</h2>
    <ol>{most}</ol>
  </aside>
</div>
<footer class="fp-foot">
  <p><a href="/help">Help</a> &middot; <a href="/complaints">Complaints &amp; corrections</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/cookies">Cookie policy</a></p>
  <p>&copy; {d.year} Fernhill Media Ltd. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


def t_abashiri(a, rel):
    d = parse(a["published"]) + timedelta(hours=9)
    when = d.strftime("%b. %-d, %Y, %-I:%M %p JST").replace("AM", "a.m.").replace("PM", "p.m.")
    related = "".join(f'<div class="ab-card"><a href="/local/{slug({"id": r})}">{e(r)}</a></div>'
                      for r in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} &#8211; The Abashiri Beacon</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, "The Abashiri Beacon", False, "https://abashiribeacon.example")}
<link rel="stylesheet" href="/wp-content/themes/beacon/style.css">
</head>
<body class="post-template-default single single-post">
<div class="ab-topbar"><span class="ab-weather">Abashiri &minus;2&deg;C &middot; Nemuro 1&deg;C &middot; Kushiro 0&deg;C</span>
<a href="/newsletter">Get the Beacon in your inbox</a></div>
<header class="ab-header">
  <a href="/" class="ab-logo"><img src="/img/beacon-logo.svg" alt="The Abashiri Beacon"></a>
  <nav class="ab-menu"><ul>
    <li><a href="/category/hokkaido">Hokkaido</a></li><li><a href="/category/okhotsk">Okhotsk</a></li>
    <li><a href="/category/nemuro-kushiro">Nemuro &amp; Kushiro</a></li><li><a href="/category/northern-territories">Northern Territories</a></li>
    <li><a href="/category/fisheries">Fisheries</a></li><li><a href="/category/weather">Weather &amp; Environment</a></li>
    <li><a href="/category/travel">Travel</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content">
  <article class="post">
    <header class="entry-header">
      <span class="cat-links"><a href="/category/x" rel="category tag">{e(a.get("section", "Hokkaido"))}</a></span>
      <h1 class="entry-title">{e(a["title"])}</h1>
      <div class="entry-meta">By <span class="author">{e(a.get("author", "Beacon staff"))}</span> &middot; <span class="posted-on">{when}</span></div>
    </header>
    <div class="entry-content">
        {body_html(a["body"])}
    </div>
    <footer class="entry-footer"><div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a> <a href="#">Print</a></div></footer>
  </article>
  <section class="ab-related"><h3>More from the Beacon</h3>{related}</section>
  <div class="ab-donate">The Beacon is independent, reader-supported local journalism from eastern Hokkaido. <a href="/support">Support us</a>.</div>
</div>
<div class="ab-cookie">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy">Learn more</a> <button>OK</button></div>
<footer class="site-footer">
  <p>The Abashiri Beacon &middot; Minami 2-jo, Abashiri, Hokkaido &middot; <a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a></p>
  <p>&copy; {d.year} The Abashiri Beacon. Proudly powered by WordPress.</p>
</footer>
</body>
</html>
"""


def t_pitchpine(a, rel):
    d = parse(a["published"])
    when = d.strftime("%d %b %Y, %H:%M UTC")
    related = "".join(f'<li><a href="/insight/{slug({"id": r})}">{e(r)}</a></li>' for r in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} | Pitchpine</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, "Pitchpine Energy & Markets", True, "https://pitchpine.example")}
<link rel="stylesheet" href="/css/pp.css">
</head>
<body>
<div class="pp-ticker">
  <span>Brent <b>82.41</b> <i class="up">+0.6%</i></span><span>WTI <b>78.10</b> <i class="up">+0.5%</i></span>
  <span>JKM <b>11.80</b> <i class="dn">-0.3%</i></span><span>TTF <b>34.2</b> <i class="dn">-1.1%</i></span>
  <span>Henry Hub <b>2.61</b> <i class="up">+1.9%</i></span>
</div>
<header class="pp-head">
  <a class="pp-logo" href="/">Pitchpine<span>Energy &amp; Markets</span></a>
  <nav><a href="/oil">Oil</a> <a href="/gas-lng">Gas &amp; LNG</a> <a href="/power">Power</a> <a href="/metals">Metals</a>
  <a href="/policy">Policy</a> <a href="/data">Data</a> <a href="/events">Events</a></nav>
  <a class="pp-trial" href="/trial">Start free trial</a>
</header>
<main class="pp-main">
  <article>
    <div class="pp-tag">{e(a.get("section", "Markets"))}</div>
    <h1>{e(a["title"])}</h1>
    <div class="pp-meta">{e(a.get("author", ""))} | {when}</div>
    <div class="pp-summary"><strong>Key points:</strong> {e(a["summary"])}</div>
    <section class="pp-body">
        {body_html(a["body"])}
    </section>
  </article>
  <aside class="pp-side">
    <div class="pp-newsletter"><h4>The Morning Cargo</h4><p>Daily LNG and power briefing.</p><input placeholder="Work email"><button>Sign up</button></div>
    <h4>Related insight</h4><ul>{related}</ul>
  </aside>
</main>
<div class="pp-cookies">We use essential cookies and, with your consent, analytics cookies. <a href="/cookie-policy">Cookie policy</a> <button>Allow</button> <button>Decline</button></div>
<footer class="pp-foot">&copy; {d.year} Pitchpine Media Ltd &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; Prices are indicative and delayed.</footer>
</body>
</html>
"""


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def t_stlanik(a, rel):
    d = parse(a["published"]) + timedelta(hours=11)
    when = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    related = "".join(f'<li><a href="/news/{d.year}/{slug({"id": r})}/">{e(r)}</a></li>' for r in rel)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} — Стланик.ру</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, "Стланик.ру", False, "https://stlanik.example")}
<link rel="stylesheet" href="/css/main.css?v=412">
</head>
<body>
<div class="st-top">
  <span class="st-city">Южно-Сахалинск &nbsp;&minus;4°C</span>
  <span class="st-rates">USD 91,52 &nbsp; EUR 99,10</span>
  <a href="/rss/">RSS</a> <a href="https://t.me/">Телеграм-канал</a>
</div>
<header class="st-header">
  <a href="/" class="st-logo">Стланик<span>.ру</span></a>
  <nav class="st-nav">
    <a href="/news/">Новости</a><a href="/sakhalin/">Сахалин</a><a href="/kurily/">Курилы</a>
    <a href="/economy/">Экономика</a><a href="/incidents/">Происшествия</a><a href="/society/">Общество</a>
    <a href="/weather/">Погода</a><a href="/ads/">Объявления</a>
  </nav>
</header>
<div class="st-page">
  <div class="st-crumbs"><a href="/">Главная</a> → <a href="/kurily/">{e(a.get("section", "Новости"))}</a></div>
  <article class="st-article">
    <h1>{e(a["title"])}</h1>
    <div class="st-info"><span class="st-date">{when}</span> <span class="st-views">👁 1 204</span> <span class="st-author">Автор: {e(a.get("author", "Редакция"))}</span></div>
    <div class="st-lead"><p>{e(a["summary"])}</p></div>
    <div class="st-text">
        {body_html(a["body"])}
    </div>
    <div class="st-subscribe">Подписывайтесь на «Стланик.ру» в Телеграме и ВКонтакте — там новости появляются первыми.</div>
    <div class="st-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Телеграм</a></div>
  </article>
  <section class="st-more"><h3>Читайте также</h3><ul>{related}</ul></section>
  <section class="st-comments"><h3>Комментарии (4)</h3>
    <div class="c"><b>sakh_old</b>: Наконец-то хоть какие-то новости с островов.</div>
    <div class="c"><b>Ирина_К</b>: А дороги на Кунашире когда сделают?</div>
    <div class="c"><b>pogranec65</b>: Всё правильно.</div>
    <div class="c"><b>гость</b>: Интересно, что на это скажут в Токио.</div>
  </section>
</div>
<div class="st-cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy/">политикой конфиденциальности</a>. <button>Понятно</button></div>
<footer class="st-footer">
  <p>Сетевое издание «Стланик.ру». Свидетельство о регистрации СМИ ЭЛ № ФС 77-80412. Учредитель: ООО «Стланик Медиа». Главный редактор: Л. В. Соколова.</p>
  <p>Адрес редакции: 693000, Южно-Сахалинск, ул. Ленина, 1. При использовании материалов ссылка на «Стланик.ру» обязательна. 16+</p>
</footer>
</body>
</html>
"""


def t_kormchiy(a, rel):
    d = parse(a["published"]) + timedelta(hours=3)
    when = f"{d.day:02d}.{d.month:02d}.{d.year} {d:%H:%M} (мск)"
    related = "".join(f'<li><a href="/lenta/{slug({"id": r})}">{e(r)}</a></li>' for r in rel)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="UTF-8">
  <title>{e(a["title"])} | Агентство «Кормчий»</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  {meta_block(a, "Агентство «Кормчий»", True, "https://kormchiy.example")}
  <link rel="stylesheet" href="/static/k.css">
</head>
<body>
<header class="k-header">
  <div class="k-brand"><a href="/">КОРМЧИЙ</a><span>информационное агентство</span></div>
  <nav class="k-rubrics">
    <a href="/politics">Политика</a><a href="/economy">Экономика</a><a href="/society">Общество</a>
    <a href="/world">В мире</a><a href="/regions">Регионы</a><a href="/sport">Спорт</a><a href="/lenta">Лента</a>
  </nav>
  <a class="k-login" href="/login">Войти</a>
</header>
<main class="k-layout">
  <article class="k-news">
    <div class="k-rubric">{e(a.get("section", ""))}</div>
    <h1 class="k-title">{e(a["title"])}</h1>
    <time class="k-time">{when}</time>
    <div class="k-text">
        {body_html(a["body"])}
    </div>
    <div class="k-author">{e(a.get("author", ""))}</div>
    <div class="k-tags">Теги: <a href="/tag/{slug(a)}">{e(a.get("section", ""))}</a></div>
    <div class="k-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">Скопировать ссылку</a></div>
  </article>
  <aside class="k-feed"><h3>Главное за сутки</h3><ul>{related}</ul></aside>
</main>
<div class="k-cookie">Сайт использует cookie-файлы для корректной работы и аналитики. <button>Принять</button></div>
<footer class="k-footer">
  <p>© {d.year} Агентство «Кормчий». Все права защищены. Свидетельство о регистрации ИА № ФС 77-71306.</p>
  <p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/rules">Правила использования материалов</a> · 18+</p>
</footer>
</body>
</html>
"""


def t_hokkai(a, rel):
    d = parse(a["published"]) + timedelta(hours=9)
    when = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    related = "".join(f'<li><a href="/article/{slug({"id": r})}">{e(r)}</a></li>' for r in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a["title"])}｜ほっかい東報 電子版</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, "ほっかい東報 電子版", False, "https://hokkai-toho.example")}
<link rel="stylesheet" href="/common/css/ht.css">
</head>
<body>
<div class="ht-cookie">当サイトではサービス向上と広告配信のためにクッキー（Cookie）を使用しています。詳しくは<a href="/policy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="ht-header">
  <h1 class="ht-logo"><a href="/">ほっかい東報</a><small>電子版</small></h1>
  <div class="ht-member"><a href="/member/login">ログイン</a>｜<a href="/member/entry">会員登録（無料）</a></div>
  <nav class="ht-gnav"><ul>
    <li><a href="/doto/">道東</a></li><li><a href="/nemuro-kushiro/">根室・釧路</a></li><li><a href="/hoppo/">北方領土</a></li>
    <li><a href="/economy/">経済・水産</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/life/">くらし</a></li><li><a href="/okuyami/">おくやみ</a></li>
  </ul></nav>
</header>
<div class="ht-container">
  <div class="ht-pankuzu"><a href="/">トップ</a> ＞ <a href="/hoppo/">{e(a.get("section", "ニュース"))}</a></div>
  <article class="ht-article">
    <h1 class="ht-midashi">{e(a["title"])}</h1>
    <p class="ht-date">{when}</p>
    <div class="ht-honbun">
        {body_html(a["body"])}
    </div>
    <p class="ht-kisha">（{e(a.get("author", ""))}）</p>
    <div class="ht-sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
    <div class="ht-paywall">有料会員になると、すべての記事が読み放題。初月無料。<a href="/member/premium">詳しくはこちら</a></div>
  </article>
  <section class="ht-kanren"><h2>関連記事</h2><ul>{related}</ul></section>
  <section class="ht-rank"><h2>アクセスランキング</h2><ol><li><a href="/a/1">釧路で今冬初の真冬日</a></li><li><a href="/a/2">根室の花咲ガニ、初競りで高値</a></li><li><a href="/a/3">中標津空港、冬ダイヤを発表</a></li></ol></section>
</div>
<footer class="ht-footer">
  <p><a href="/company/">会社案内</a>｜<a href="/ad/">広告掲載</a>｜<a href="/policy/">個人情報保護方針</a>｜<a href="/copyright/">著作権について</a>｜<a href="/contact/">お問い合わせ</a></p>
  <p>掲載の記事・写真・図表などの無断転載を禁止します。Copyright © {d.year} ほっかい東報社 All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_asuka(a, rel):
    d = parse(a["published"]) + timedelta(hours=9)
    when = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    related = "".join(f'<li><a href="/news/{d.year}{d.month:02d}/{slug({"id": r})}">{e(r)}</a></li>'
                      for r in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <title>{e(a["title"])} | 飛鳥通信ニュース</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  {meta_block(a, "飛鳥通信ニュース", True, "https://news.asuka-tsushin.example")}
  <link rel="stylesheet" href="/assets/css/asuka.css">
</head>
<body>
<header class="as-header">
  <a class="as-logo" href="/">飛鳥通信<span>ニュース</span></a>
  <nav class="as-nav"><a href="/politics/">政治</a><a href="/economy/">経済</a><a href="/world/">国際</a><a href="/society/">社会</a><a href="/region/">地域</a><a href="/sports/">スポーツ</a><a href="/culture/">文化・エンタメ</a></nav>
  <div class="as-search"><input type="search" placeholder="記事を検索"></div>
</header>
<main class="as-main">
  <article class="as-article">
    <div class="as-category">{e(a.get("section", ""))}</div>
    <h1>{e(a["title"])}</h1>
    <div class="as-time"><time>{when}</time>（最終更新 {when}）</div>
    <div class="as-body">
        {body_html(a["body"])}
    </div>
    <p class="as-credit">【{e(a.get("author", ""))}】</p>
    <div class="as-share"><span>この記事をシェア</span><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">リンクをコピー</a></div>
  </article>
  <aside class="as-aside">
    <h2>関連ニュース</h2><ul>{related}</ul>
    <h2>ランキング</h2><ol><li><a href="/r/1">日銀、金融政策決定会合の日程公表</a></li><li><a href="/r/2">大谷、今季第30号</a></li><li><a href="/r/3">新幹線、大雪で一部運休</a></li></ol>
  </aside>
</main>
<div class="as-consent">飛鳥通信ニュースは、利便性向上や広告の最適化のためにCookieを利用しています。<a href="/cookie/">Cookieポリシー</a> <button>閉じる</button></div>
<footer class="as-footer"><p><a href="/about/">飛鳥通信社について</a>｜<a href="/terms/">利用規約</a>｜<a href="/privacy/">プライバシーポリシー</a>｜<a href="/contact/">お問い合わせ</a></p><p>© 飛鳥通信社 無断転載を禁じます</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "rookery-wire": t_rookery, "fernhill-post": t_fernhill, "abashiri-beacon": t_abashiri,
    "pitchpine-energy": t_pitchpine, "stlanik": t_stlanik, "kormchiy": t_kormchiy,
    "hokkai-toho": t_hokkai, "asuka-tsushin": t_asuka,
}

# "Related stories" boxes: plausible sidebar headlines per outlet (not links to corpus pages).
RELATED = {
    "rookery-wire": ["China's exports beat forecasts as shipments to ASEAN jump",
                     "North Korea fires ballistic missile into sea, Seoul says",
                     "Japan's Nikkei closes higher as chipmakers rally",
                     "Philippines, Japan hold joint coast guard drill near Luzon"],
    "fernhill-post": ["The quiet crisis in Japan's rural schools",
                      "Tokyo's rents are rising faster than wages. Who is moving out?",
                      "Australia and Indonesia sign defence pact",
                      "Review: a shimmering new Murakami adaptation",
                      "Typhoon season: what forecasters expect this year"],
    "abashiri-beacon": ["Drift ice arrives off Abashiri a week early",
                        "Nemuro scallop prices hit record on export demand",
                        "Shiretoko tour boats to resume with new safety rules",
                        "Kushiro marsh cranes count rises for third year"],
    "pitchpine-energy": ["JERA signs 15-year LNG deal with U.S. exporter",
                         "Asian spot LNG slips as mild weather curbs demand",
                         "Japan's nuclear restarts: which reactors are next",
                         "Coal imports to Japan fall to 10-year low"],
    "stlanik": ["В Южно-Сахалинске открыли новую поликлинику",
                "Паром «Сахалин-10» вышел на линию после ремонта",
                "Синоптики пообещали островам сильный ветер и снег",
                "На Сахалине стартовала путина горбуши"],
    "kormchiy": ["ЦБ сохранил ключевую ставку",
                 "В Госдуме предложили продлить программу «Дальневосточный гектар»",
                 "Минфин разместил ОФЗ на 50 млрд рублей",
                 "Росстат оценил инфляцию за неделю"],
    "hokkai-toho": ["釧路湿原のタンチョウ、過去最多の確認",
                    "根室のサンマ漁、今季も低調なスタート",
                    "中標津町、新たな子育て支援策を発表",
                    "羅臼で流氷観光船の運航始まる"],
    "asuka-tsushin": ["衆院予算委、補正予算案を可決",
                      "円相場、一時1ドル＝150円台",
                      "春闘の賃上げ率、連合が第1回集計",
                      "気象庁、3か月予報を発表"],
}

# Outlet-level extra related items that point at (older) topic stories, for realism.
TOPICAL = {
    "hokkai-toho": ["元島民の語り部、根室の小学校で授業", "北方領土の啓発施設、来館者が回復"],
    "stlanik": ["На Итурупе отремонтируют дорогу к аэропорту", "Курильчане получат новые рыболовецкие суда"],
    "abashiri-beacon": ["Nemuro's island museum adds oral-history room"],
}


def related_for(a: dict) -> list[str]:
    base = list(RELATED[a["feed"]])
    top = TOPICAL.get(a["feed"], [])
    h = int(hashlib.sha1(a["id"].encode()).hexdigest(), 16)
    # rotate so pages differ; add one topical item on some pages
    k = h % len(base)
    out = base[k:] + base[:k]
    if top and h % 3 == 0:
        out.insert(1, top[h % len(top)])
    return out[:4]


LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> None:
    arts = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    arts.sort(key=lambda a: (parse(a["published"]), a["id"]))
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feeds = {f["id"] for f in FEEDS}
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
        page = TEMPLATES[a["feed"]](a, related_for(a))
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        entry = {}
        for k in LABEL_KEYS:
            if k in a and a[k] not in (None, [], ""):
                entry[k] = a[k]
        entry["published"] = parse(a["published"]).strftime("%Y-%m-%dT%H:%M:%SZ")
        entries.append(entry)
    data = {"name": "blind40", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    # keep published as plain timestamps
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(arts)} articles and labels.yaml to {ROOT.name}/")


if __name__ == "__main__":
    main()
