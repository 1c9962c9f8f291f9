#!/usr/bin/env python3
"""Generate the blind79 corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/build.py   (paths are resolved relative to this file,
so the output lands in the corpus folder that holds src/).
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime, timezone, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from stories_en import STORIES as EN  # noqa: E402
from stories_ru import STORIES as RU  # noqa: E402
from stories_ja import STORIES as JA  # noqa: E402

PREFIX = "b79"
CORPUS_NAME = "blind79"

FEEDS = [
    {"id": "sedgefield-wire", "title": "Sedgefield Wire - Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "heathcote-en", "title": "The Heathcote Post - World", "format": "atom", "lang": "en"},
    {"id": "oakmere-asia", "title": "Oakmere Asia Review", "format": "rss", "lang": "en"},
    {"id": "taranai-ru", "title": "Таранай-Инфо - новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "dvpolit-ru", "title": "ДВ-Политика - лента", "format": "atom", "lang": "ru"},
    {"id": "zaliv-ru", "title": "Залив-Медиа - Южные Курилы", "format": "rss", "lang": "ru"},
    {"id": "mikazuki-ja", "title": "みかづき新聞デジタル 道東版", "format": "rss", "lang": "ja"},
    {"id": "asakaze-ja", "title": "朝風ニュース北海道", "format": "atom", "lang": "ja"},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

e = html.escape


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{e(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{e(p)}</p>")
    return "\n".join(out)


def related(items: list[tuple[str, str]], cls: str, heading: str) -> str:
    lis = "".join(f'<li><a href="{e(href)}">{e(t)}</a></li>' for t, href in items)
    return f'<aside class="{cls}"><h3>{e(heading)}</h3><ul>{lis}</ul></aside>'


# ---------------------------------------------------------------- outlet templates

def t_sedgefield(s: dict, dt: datetime) -> str:
    iso = dt.isoformat().replace("+00:00", "Z")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": iso, "dateModified": iso, "inLanguage": "en",
          "author": {"@type": "Organization", "name": "Sedgefield Wire"},
          "publisher": {"@type": "Organization", "name": "Sedgefield Wire Ltd"},
          "description": s["summary"]}
    rel = related([
        ("Yen slips past 150 as traders eye BOJ minutes", "/markets/fx/yen-boj-minutes"),
        ("Philippines, Vietnam coast guards hold first joint exercise", "/asia/ph-vn-coastguard"),
        ("Hokkaido scallop exporters look beyond China", "/business/hokkaido-scallops"),
        ("South Korea's opposition sweeps by-elections", "/asia/korea-by-elections"),
    ], "sw-related", "More from Asia-Pacific")
    shown = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(s['title'])} | Sedgefield Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(s['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Sedgefield Wire">
<meta property="og:title" content="{e(s['title'])}">
<meta property="og:description" content="{e(s['summary'])}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Asia-Pacific">
<link rel="stylesheet" href="/static/sw/main.4c1e.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="sw-article">
<div id="sw-consent" class="consent-bar" role="dialog">
  <p>We use cookies and similar technologies to run this site, measure audiences and personalise ads. See our <a href="/legal/cookies">Cookie Policy</a>.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage choices</button>
</div>
<header class="sw-masthead">
  <a class="sw-logo" href="/">SEDGEFIELD<span>WIRE</span></a>
  <nav class="sw-nav"><a href="/world">World</a> <a href="/asia-pacific" class="active">Asia-Pacific</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/politics">Politics</a> <a href="/fact-check">Fact Check</a></nav>
  <form class="sw-search" action="/search"><input type="search" name="q" placeholder="Search"></form>
  <a class="sw-subscribe" href="/subscribe">Subscribe</a>
</header>
<main>
<article class="sw-story">
  <p class="sw-kicker">{e(s.get('kicker', 'Asia-Pacific'))}</p>
  <h1>{e(s['title'])}</h1>
  <p class="sw-byline">By {e(s.get('byline', 'Sedgefield Wire staff'))}</p>
  <p class="sw-time"><time datetime="{iso}">{shown}</time> &middot; {s.get('read', 3)} min read</p>
  <div class="sw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <button>Copy link</button></div>
  <div class="sw-body">
{paras(s['body'])}
  </div>
  <p class="sw-credit">Reporting by {e(s.get('credit', 'the Sedgefield Asia desk'))}; editing by Martin Oduya</p>
  <p class="sw-standards"><a href="/trust-principles">Our Standards: The Sedgefield Trust Principles.</a></p>
</article>
{rel}
</main>
<footer class="sw-footer">
  <nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/legal/privacy">Privacy</a> <a href="/legal/terms">Terms of use</a></nav>
  <p>&copy; {dt.year} Sedgefield Wire Ltd. All quotes delayed a minimum of 15 minutes.</p>
</footer>
<script src="/static/sw/bundle.91aa.js" defer></script>
</body>
</html>
"""


def t_heathcote(s: dict, dt: datetime) -> str:
    iso = dt.isoformat().replace("+00:00", "Z")
    shown = f"{dt.strftime('%A')} {dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    rel = related([
        ("Letters: The trouble with the new rail timetable", "/opinion/letters/rail-timetable"),
        ("Tokyo's rice prices ease after reserve release", "/world/asia/rice-reserve"),
        ("Ten days in Hokkaido: a slow journey by local train", "/travel/hokkaido-local-train"),
        ("Weather: a cold snap for the weekend", "/weather/weekend"),
    ], "hp-more", "Most read")
    comments = ""
    if s.get("comments"):
        items = "".join(f'<li class="hp-comment"><b>{e(u)}</b><p>{e(c)}</p></li>' for u, c in s["comments"])
        comments = f'<section class="hp-comments"><h3>Comments ({len(s["comments"])})</h3><ol>{items}</ol><p class="hp-note">Comments are moderated. Read our <a href="/community-standards">community standards</a>.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(s['title'])} | World news | The Heathcote Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{e(s['title'])}">
<meta property="og:description" content="{e(s['summary'])}">
<meta property="og:site_name" content="The Heathcote Post">
<meta property="article:published_time" content="{iso}">
<meta name="author" content="{e(s.get('byline', 'Heathcote Post foreign staff'))}">
<link rel="stylesheet" href="/assets/hp-2024.css">
</head>
<body>
<div class="hp-cookie" id="cookie-notice">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="hp-top">
  <a class="hp-brand" href="/">The Heathcote Post</a>
  <span class="hp-support"><a href="/support">Support our journalism</a></span>
</div>
<nav class="hp-pillars"><a href="/">Home</a> | <a href="/uk">UK</a> | <a href="/world" class="on">World</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a> | <a href="/culture">Culture</a> | <a href="/sport">Sport</a> | <a href="/travel">Travel</a></nav>
<nav class="hp-sub"><a href="/world/europe">Europe</a> <a href="/world/asia" class="on">Asia</a> <a href="/world/americas">Americas</a> <a href="/world/africa">Africa</a></nav>
<main class="hp-main">
<article>
  <header>
    <h1>{e(s['title'])}</h1>
    <p class="hp-standfirst">{e(s['summary'])}</p>
    <p class="hp-meta"><span class="hp-author">{e(s.get('byline', 'Heathcote Post foreign staff'))}</span> &middot; <time datetime="{iso}">{shown} {dt:%H.%M} GMT</time></p>
  </header>
  <div class="hp-text">
{paras(s['body'])}
  </div>
  <div class="hp-share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</article>
{comments}
{rel}
</main>
<footer class="hp-foot">
  <p><a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/complaints">Complaints &amp; corrections</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/cookies">Cookie policy</a></p>
  <p>&copy; {dt.year} Heathcote Post Media Ltd. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


def t_oakmere(s: dict, dt: datetime) -> str:
    # no metadata: only a <title>; the date appears in the page text
    shown = f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    rel = related([
        ("The quiet rewiring of ASEAN's supply chains", "/essays/asean-supply-chains"),
        ("Podcast: Seoul after the impeachment year", "/podcast/seoul-after"),
        ("Reading list: ten books on the Pacific War's long tail", "/reading/pacific-war"),
    ], "oar-also", "Also in the Review")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{e(s['title'])} — Oakmere Asia Review</title>
<link rel="stylesheet" href="/css/oar.css">
</head>
<body>
<div class="oar-gdpr">Oakmere uses essential cookies only. <a href="/privacy">Privacy</a> <a href="#" class="close">Dismiss</a></div>
<header class="oar-head">
  <div class="oar-title"><a href="/">Oakmere Asia Review</a><span>Essays, analysis and reporting since 2009</span></div>
  <nav><a href="/essays">Essays</a> <a href="/analysis">Analysis</a> <a href="/dispatches">Dispatches</a> <a href="/podcast">Podcast</a> <a href="/newsletter">Newsletter</a> <a href="/donate" class="oar-donate">Donate</a></nav>
</header>
<div class="oar-wrap">
<article class="oar-piece">
  <div class="oar-section">{e(s.get('kicker', 'Analysis'))}</div>
  <h1>{e(s['title'])}</h1>
  <div class="oar-dek">{e(s['summary'])}</div>
  <div class="oar-by">{e(s.get('byline', 'Oakmere staff'))} · {shown}</div>
{paras(s['body'])}
  <div class="oar-bio">{e(s.get('bio', 'Oakmere Asia Review is an independent, reader-funded publication.'))}</div>
</article>
{rel}
</div>
<footer class="oar-foot">Oakmere Asia Review · PO Box 2211 · <a href="/contact">Contact</a> · <a href="/rss">RSS</a> · Content licensed CC BY-NC-ND 4.0</footer>
</body>
</html>
"""


def t_taranai(s: dict, dt: datetime) -> str:
    local = dt.astimezone(timezone(timedelta(hours=11)))
    iso = dt.isoformat().replace("+00:00", "Z")
    shown = f"{local.day} {RU_MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": local.isoformat(), "inLanguage": "ru",
          "publisher": {"@type": "Organization", "name": "Таранай-Инфо"},
          "description": s["summary"]}
    rel = related([
        ("В Южно-Сахалинске продлили сезон работы катка на площади", "/news/society/katok"),
        ("Паром Ванино — Холмск встал на плановый ремонт", "/news/transport/parom"),
        ("Цены на бензин на Сахалине: что изменилось за месяц", "/news/economy/benzin"),
        ("Синоптики обещают туман на юге острова", "/news/weather/tuman"),
    ], "ti-related", "Читайте также")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(s['title'])} — Таранай-Инфо</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(s['summary'])}">
<meta property="og:title" content="{e(s['title'])}">
<meta property="og:description" content="{e(s['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/css/ti.min.css?v=37">
</head>
<body>
<div class="ti-cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="ti-header">
  <div class="ti-weather">Южно-Сахалинск −3° · Курильск +1° · Южно-Курильск +2°</div>
  <a class="ti-logo" href="/">ТАРАНАЙ<span>·ИНФО</span></a>
  <nav class="ti-menu"><a href="/news">Новости</a> <a href="/news/politics">Власть</a> <a href="/news/kurily" class="active">Курилы</a> <a href="/news/economy">Экономика</a> <a href="/news/society">Общество</a> <a href="/news/incidents">Происшествия</a> <a href="/news/sport">Спорт</a></nav>
</header>
<main class="ti-main">
<article class="ti-article">
  <div class="ti-rubric">{e(s.get('kicker', 'Курилы'))}</div>
  <h1>{e(s['title'])}</h1>
  <div class="ti-date">{shown}</div>
  <div class="ti-lead"><p>{e(s['summary'])}</p></div>
  <div class="ti-text">
{paras(s['body'])}
  </div>
  <div class="ti-author">{e(s.get('byline', 'Служба новостей «Таранай-Инфо»'))}</div>
  <div class="ti-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <p class="ti-tg">Подписывайтесь на наш <a href="#">Telegram-канал</a> — новости Курил первыми.</p>
</article>
{rel}
</main>
<footer class="ti-footer">
  <p>Сетевое издание «Таранай-Инфо». Свидетельство о регистрации СМИ Эл № ФС77-81344. 16+</p>
  <p>При использовании материалов ссылка на сайт обязательна. <a href="/contacts">Контакты редакции</a> · <a href="/ads">Реклама</a></p>
</footer>
</body>
</html>
"""


def t_dvpolit(s: dict, dt: datetime) -> str:
    iso = dt.isoformat().replace("+00:00", "Z")
    local = dt.astimezone(timezone(timedelta(hours=10)))
    shown = f"{local:%d.%m.%Y %H:%M}"
    rel = related([
        ("Приморье и Хабаровский край поспорили о квотах на лес", "/lenta/kvoty-les"),
        ("Эксперты: Дальний Восток и «поворот на Восток» — три года спустя", "/analitika/povorot"),
        ("Новый состав правительства Камчатки утверждён", "/lenta/kamchatka-pravitelstvo"),
    ], "dvp-read", "Ещё по теме")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(s['title'])} | ДВ-Политика</title>
<meta property="og:title" content="{e(s['title'])}">
<meta property="og:site_name" content="ДВ-Политика">
<meta property="article:published_time" content="{iso}">
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/static/dvp.css">
</head>
<body>
<div id="cookie" class="dvp-cookie">Сайт использует cookie и сервисы веб-аналитики. <a href="/privacy">Подробнее</a> <button>Принять</button></div>
<header class="dvp-top">
  <a href="/" class="dvp-logo">ДВ-Политика</a>
  <nav><a href="/lenta">Лента</a> <a href="/vlast">Власть</a> <a href="/mir">Дальний Восток и мир</a> <a href="/analitika">Аналитика</a> <a href="/intervyu">Интервью</a> <a href="/about">О проекте</a></nav>
</header>
<main>
<article class="dvp-article">
  <span class="dvp-tag">{e(s.get('kicker', 'Дальний Восток и мир'))}</span>
  <h1>{e(s['title'])}</h1>
  <time class="dvp-time" datetime="{iso}">{shown} (Владивосток)</time>
  <p class="dvp-lead"><strong>{e(s['summary'])}</strong></p>
{paras(s['body'])}
  <p class="dvp-sign">{e(s.get('byline', 'Редакция «ДВ-Политики»'))}</p>
  <div class="dvp-share"><a href="#">VK</a> · <a href="#">Telegram</a> · <a href="#">Дзен</a></div>
</article>
{rel}
</main>
<footer class="dvp-foot">© ДВ-Политика, 2016–{dt.year}. Мнение авторов может не совпадать с позицией редакции. 18+</footer>
</body>
</html>
"""


def t_zaliv(s: dict, dt: datetime) -> str:
    # small local site: no meta tags, date only in the text
    local = dt.astimezone(timezone(timedelta(hours=11)))
    shown = f"{local.day} {RU_MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{e(s['title'])}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<table class="zl-head" width="100%"><tr>
<td><a href="/"><img src="/img/zaliv-logo.png" alt="Залив-Медиа"></a></td>
<td class="zl-menu"><a href="/">Главная</a> | <a href="/novosti">Новости округа</a> | <a href="/vlast">Администрация</a> | <a href="/obyavleniya">Объявления</a> | <a href="/raspisanie">Расписание парома и рейсов</a> | <a href="/kontakty">Контакты</a></td>
</tr></table>
<div class="zl-cookie">Продолжая пользоваться сайтом, вы соглашаетесь на использование cookie. <a href="#">Закрыть</a></div>
<div class="zl-content">
<h1>{e(s['title'])}</h1>
<div class="zl-date">{shown} · Просмотров: {s.get('views', 412)}</div>
{paras(s['body'])}
<p class="zl-author">{e(s.get('byline', 'Залив-Медиа'))}</p>
<div class="zl-last"><b>Последние новости:</b>
<ul>
<li><a href="/novosti/grafik-vyvoza-tko">График вывоза ТКО в Южно-Курильске на неделю</a></li>
<li><a href="/novosti/avia-raspisanie">Изменения в расписании рейсов «Авроры» до Менделеево</a></li>
<li><a href="/novosti/otklyuchenie-sveta">Плановое отключение электроэнергии в Горячем Пляже</a></li>
</ul></div>
</div>
<div class="zl-foot">© Залив-Медиа, Южно-Курильский городской округ. Все права защищены. Адрес редакции: пгт Южно-Курильск, ул. Заводская. 12+</div>
</body>
</html>
"""


def t_mikazuki(s: dict, dt: datetime) -> str:
    jst = dt.astimezone(timezone(timedelta(hours=9)))
    iso = jst.isoformat()
    shown = f"{jst.year}年{jst.month}月{jst.day}日 {jst:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": iso, "inLanguage": "ja",
          "publisher": {"@type": "Organization", "name": "みかづき新聞社"}}
    rel = related([
        ("釧路の高校、甲子園へ　23年ぶり", "/sports/kushiro-koshien"),
        ("道東道、冬期の通行止め情報", "/life/road-info"),
        ("中標津空港の利用客、コロナ前水準に回復", "/economy/nakashibetsu-airport"),
        ("【おくやみ】根室・釧路管内", "/okuyami"),
    ], "mk-rel", "関連記事")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(s['title'])}｜みかづき新聞デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{e(s['summary'])}">
<meta property="og:title" content="{e(s['title'])}">
<meta property="og:description" content="{e(s['summary'])}">
<meta property="og:site_name" content="みかづき新聞デジタル">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/mk.css">
</head>
<body>
<div class="mk-cookie">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/policy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="mk-header">
  <a class="mk-logo" href="/">みかづき新聞<small>デジタル 道東版</small></a>
  <nav class="mk-gnav"><a href="/">トップ</a> <a href="/local">地域</a> <a href="/hoppo" class="current">北方領土</a> <a href="/politics">政治</a> <a href="/economy">経済・水産</a> <a href="/sports">スポーツ</a> <a href="/life">暮らし</a></nav>
  <a class="mk-login" href="/login">ログイン</a> <a class="mk-join" href="/join">会員登録</a>
</header>
<main class="mk-main">
<article class="mk-article">
  <p class="mk-cat">{e(s.get('kicker', '北方領土'))}</p>
  <h1>{e(s['title'])}</h1>
  <p class="mk-date"><time datetime="{iso}">{shown}</time></p>
  <div class="mk-body">
{paras(s['body'])}
  </div>
  <p class="mk-credit">{e(s.get('byline', '（根室支局）'))}</p>
  <div class="mk-sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">Facebookでシェア</a></div>
</article>
{rel}
</main>
<footer class="mk-footer">
  <p><a href="/company">会社案内</a>｜<a href="/ad">広告掲載</a>｜<a href="/copyright">著作権について</a>｜<a href="/contact">お問い合わせ</a></p>
  <p>Copyright &copy; Mikazuki Shimbun. All rights reserved. 掲載の記事・写真の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


def t_asakaze(s: dict, dt: datetime) -> str:
    jst = dt.astimezone(timezone(timedelta(hours=9)))
    iso = dt.isoformat().replace("+00:00", "Z")
    shown = f"{jst.year}/{jst.month:02d}/{jst.day:02d} {jst:%H:%M}"
    rel = related([
        ("札幌の地下鉄、終電を延長へ　来春から", "/news/sapporo/subway"),
        ("知床の観光船、今季の運航始まる", "/news/shiretoko/cruise"),
        ("道産米の作況、平年並み", "/news/agri/rice"),
    ], "ak-related", "あわせて読みたい")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(s['title'])} - 朝風ニュース北海道</title>
<meta property="og:title" content="{e(s['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="朝風ニュース北海道">
<meta property="article:published_time" content="{iso}">
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/asakaze.css">
</head>
<body>
<div class="ak-consent">このサイトはCookieを利用しています。<a href="/cookie">詳細</a> <button>OK</button></div>
<header>
  <div class="ak-brand"><a href="/">朝風ニュース<span>北海道</span></a></div>
  <ul class="ak-nav"><li><a href="/news">ニュース</a></li><li><a href="/news/hoppo">北方領土・日ロ</a></li><li><a href="/news/politics">政治</a></li><li><a href="/news/fishery">漁業</a></li><li><a href="/news/sapporo">札幌</a></li><li><a href="/weather">天気</a></li></ul>
</header>
<div class="ak-container">
<article>
  <h1 class="ak-headline">{e(s['title'])}</h1>
  <div class="ak-info"><span class="ak-time">{shown}</span> <span class="ak-genre">{e(s.get('kicker', '北方領土・日ロ'))}</span></div>
  <div class="ak-article-body">
{paras(s['body'])}
  </div>
  <div class="ak-share"><a href="#">X</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
</article>
{rel}
</div>
<footer class="ak-footer">朝風ニュース北海道　｜　<a href="/about">運営会社</a>　｜　<a href="/privacy">個人情報保護方針</a>　｜　&copy; Asakaze News Hokkaido</footer>
</body>
</html>
"""


TEMPLATES = {
    "sedgefield-wire": t_sedgefield,
    "heathcote-en": t_heathcote,
    "oakmere-asia": t_oakmere,
    "taranai-ru": t_taranai,
    "dvpolit-ru": t_dvpolit,
    "zaliv-ru": t_zaliv,
    "mikazuki-ja": t_mikazuki,
    "asakaze-ja": t_asakaze,
}

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def main() -> int:
    stories = sorted(EN + RU + JA, key=lambda s: s["n"])
    ns = [s["n"] for s in stories]
    assert ns == list(range(1, len(stories) + 1)), f"sequence numbers not contiguous: {ns}"
    feeds = {f["id"]: f for f in FEEDS}
    art_dir = ROOT / "articles"
    art_dir.mkdir(exist_ok=True)
    for old in art_dir.glob("*.html"):
        old.unlink()
    entries = []
    prev = None
    for s in stories:
        aid = f"{PREFIX}-{s['n']:02d}"
        dt = datetime.fromisoformat(s["published"].replace("Z", "+00:00"))
        assert prev is None or dt >= prev, f"{aid} out of order"
        prev = dt
        feed = feeds[s["feed"]]
        assert feed["lang"] == s["lang"], f"{aid}: language differs from its feed"
        assert s["label"] in LABELS, aid
        alerting = s["label"] in ("new_development", "status_change")
        assert bool(s.get("group")) == alerting, f"{aid}: group iff alerting"
        assert bool(s.get("new_facts")) == alerting, f"{aid}: new_facts iff alerting"
        assert bool(s.get("must_mention")) == alerting, f"{aid}: must_mention iff alerting"
        page = TEMPLATES[s["feed"]](s, dt)
        # must_mention stems must occur in the page text itself
        low = page.lower()
        for alt in s.get("must_mention") or []:
            assert any(w.lower() in low for w in alt), f"{aid}: none of {alt} in page"
        (art_dir / f"{aid}.html").write_text(page, encoding="utf-8")
        entry = {"id": aid, "feed": s["feed"], "lang": s["lang"], "published": s["published"],
                 "title": s["title"], "summary": s["summary"], "label": s["label"]}
        if alerting:
            entry["group"] = f"{PREFIX}-{s['group']}"
            entry["new_facts"] = s["new_facts"]
            entry["must_mention"] = s["must_mention"]
        entry["note"] = s["note"]
        entries.append(entry)
    doc = {"name": CORPUS_NAME, "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    (ROOT / "labels.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print(f"wrote {len(entries)} articles to articles/ and labels.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
