#!/usr/bin/env python3
"""Generate the blind36 corpus: labels.yaml and articles/*.html.

Usage: python3 src/generate.py            (writes next to src/, i.e. into the corpus folder)

The article texts live in articles_en.py, articles_ru.py and articles_ja.py; this file
holds the outlets, their page templates and the checks run before writing.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from articles_en import ARTICLES as EN  # noqa: E402
from articles_ja import ARTICLES as JA  # noqa: E402
from articles_ru import ARTICLES as RU  # noqa: E402

NAME = "blind36"

FEEDS = [
    {"id": "yardarm-en", "title": "Yardarm Press - World", "format": "atom", "lang": "en"},
    {"id": "kelvedon-en", "title": "The Kelvedon Journal - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "ballast-en", "title": "Ballast Point Newswire", "format": "rss", "lang": "en"},
    {"id": "fregat-ru", "title": "ИА «Фрегат» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "liman-ru", "title": "Лиман-Инфо — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "tunaycha-ru", "title": "Тунайча-Медиа", "format": "rss", "lang": "ru"},
    {"id": "boyo-ja", "title": "望洋新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "chouyo-ja", "title": "朝陽通信ニュース", "format": "atom", "lang": "ja"},
]
FEED = {f["id"]: f for f in FEEDS}

E = html.escape


def utc(a):
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours):
    return utc(a).astimezone(timezone(timedelta(hours=hours)))


def paras(a, tag="p", cls=None):
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote>{E(p[2:])}</blockquote>")
        else:
            out.append(f"<{tag}{c}>{E(p)}</{tag}>")
    return "\n".join(out)


def slug(a):
    return a["id"].replace("b36-", "")


def og(a, site, lang_locale, with_time=True):
    t = utc(a).isoformat().replace("+00:00", "Z")
    meta = [
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:locale" content="{lang_locale}">',
        f'<meta name="description" content="{E(a["summary"])}">',
    ]
    if with_time:
        meta.append(f'<meta property="article:published_time" content="{t}">')
    return "\n".join(meta)


def jsonld(a, site, author):
    d = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": utc(a).isoformat(), "inLanguage": a["lang"],
        "author": {"@type": "Person" if author else "Organization", "name": author or site},
        "publisher": {"@type": "Organization", "name": site},
    }
    return ('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False)
            + "</script>")


# ----------------------------------------------------------------------------- templates

def t_yardarm(a):
    t = utc(a)
    when = t.strftime("%-d %B %Y, %H:%M GMT")
    related = "\n".join(f'<li><a href="/world/asia/{s}">{E(h)}</a></li>' for h, s in [
        ("Explainer: why Japan and Russia never signed a peace treaty", "explainer-japan-russia-treaty"),
        ("Timeline: the dispute over the southern Kurils / Northern Territories", "timeline-kurils"),
        ("Sakhalin energy projects: who still buys?", "sakhalin-energy-buyers"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Yardarm Press</title>
{og(a, 'Yardarm Press', 'en_GB')}
{jsonld(a, 'Yardarm Press', a.get('byline'))}
<link rel="stylesheet" href="/static/yp-2.14.css">
</head>
<body class="yp article">
<div id="cookie-consent" class="yp-consent" role="dialog">
  <p>We and our partners use cookies to personalise content, measure audiences and show ads. You can change your choices at any time under <a href="/privacy">Privacy settings</a>.</p>
  <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button>
</div>
<header class="yp-masthead">
  <a class="logo" href="/">YARDARM<span>PRESS</span></a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/world/asia">Asia</a></li><li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li></ul></nav>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a>
</header>
<main>
<article>
  <p class="kicker">{E(a.get('section', 'Asia'))}</p>
  <h1>{E(a['title'])}</h1>
  <p class="standfirst">{E(a['summary'])}</p>
  <div class="byline">By {E(a.get('byline', 'Yardarm Press staff'))} &middot; <time datetime="{t.isoformat()}">{when}</time></div>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="body">
{paras(a)}
  </div>
  <p class="tags">Topics: {', '.join(E(x) for x in a.get('tags', ['Asia']))}</p>
  <p class="corrections">Reporting by Yardarm Press correspondents; editing by the World desk. <a href="/standards">Our standards</a></p>
</article>
<aside class="related"><h3>Related coverage</h3><ul>
{related}
</ul></aside>
<aside class="mostread"><h3>Most read</h3><ol>
<li><a href="/business/markets-asia-open">Asian shares edge higher as yen steadies</a></li>
<li><a href="/world/europe/baltic-cable-probe">Baltic states widen undersea cable probe</a></li>
<li><a href="/sport/rugby-pacific-nations">Pacific Nations Cup: Japan name squad</a></li>
</ol></aside>
<section class="comments"><h3>Comments ({(len(a['body']) * 7) % 23})</h3><p>Comments are open to subscribers. <a href="/login">Sign in</a> to join the conversation.</p></section>
</main>
<footer class="yp-footer">
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/rss">RSS</a></li></ul>
<p>&copy; {t.year} Yardarm Press Ltd. All rights reserved.</p>
</footer>
<script src="/static/yp-consent.js" defer></script>
</body>
</html>
"""


def t_kelvedon(a):
    t = utc(a)
    when = t.strftime("%B %-d, %Y %-I:%M %p UTC")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} — The Kelvedon Journal</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, 'The Kelvedon Journal', 'en_US')}
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="/asia-pacific/{slug(a)}">
</head>
<body>
<div class="kj-topbar">Asia &amp; Pacific edition &middot; <a href="/newsletters">Newsletters</a> &middot; <a href="/account">My account</a></div>
<header>
  <div class="kj-logo"><a href="/">The Kelvedon Journal</a></div>
  <nav class="kj-nav">
    <a href="/asia-pacific">Asia-Pacific</a> | <a href="/asia-pacific/japan">Japan</a> | <a href="/asia-pacific/korea">Korea</a> | <a href="/asia-pacific/china">China</a> | <a href="/russia">Russia</a> | <a href="/security">Security</a> | <a href="/economy">Economy</a> | <a href="/opinion">Opinion</a>
  </nav>
</header>
<div class="kj-wrap">
<article class="kj-article">
<div class="kj-section">{E(a.get('section', 'Asia-Pacific'))}</div>
<h1 class="kj-headline">{E(a['title'])}</h1>
<div class="kj-meta"><span class="kj-author">{E(a.get('byline', 'Kelvedon Journal staff'))}</span> <span class="kj-date">{when}</span></div>
<figure class="kj-lead-img"><img src="/img/{slug(a)}.jpg" alt=""><figcaption>{E(a.get('caption', 'File photo.'))}</figcaption></figure>
<div class="kj-body">
{paras(a)}
</div>
<div class="kj-newsletter"><strong>Asia Morning Brief</strong> &mdash; the region's news before breakfast. <a href="/newsletters/asia">Sign up</a></div>
<div class="kj-share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</article>
<aside class="kj-side">
<h4>More from Asia-Pacific</h4>
<ul>
<li><a href="/asia-pacific/japan/bank-of-japan-minutes">BOJ minutes show debate over pace of hikes</a></li>
<li><a href="/asia-pacific/korea/shipbuilders-orders">Korean shipbuilders' order books swell</a></li>
<li><a href="/russia/far-east-ports">Russia's Far East ports strain under eastward trade shift</a></li>
<li><a href="/asia-pacific/japan/hokkaido-tourism">Hokkaido tourism hits record as yen stays weak</a></li>
</ul>
</aside>
</div>
<div id="kj-cookies" class="kj-cookies">This site uses cookies to improve your experience and for advertising. <a href="/cookies">Learn more</a> <button>OK</button> <button>Manage</button></div>
<footer class="kj-foot">
<p><a href="/about">About</a> &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/feeds">Feeds</a> &middot; <a href="/privacy">Privacy</a></p>
<p>&copy; {t.year} The Kelvedon Journal. Reproduction without permission is prohibited.</p>
</footer>
</body>
</html>
"""


def t_ballast(a):
    # a wire with bare pages: no Open Graph, no published_time, no JSON-LD
    t = utc(a)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Ballast Point Newswire</title>
<link rel="stylesheet" href="/css/bpn.css">
</head>
<body>
<table class="bpn-top" width="100%"><tr><td><a href="/"><b>BALLAST POINT NEWSWIRE</b></a></td><td align="right"><a href="/wire">Latest</a> &middot; <a href="/wire/asia">Asia</a> &middot; <a href="/wire/europe">Europe</a> &middot; <a href="/wire/americas">Americas</a> &middot; <a href="/wire/energy">Energy</a> &middot; <a href="/wire/features">Features</a> &middot; <a href="/clients">For clients</a></td></tr></table>
<div class="bpn-notice">We use essential cookies only. By continuing you agree to our <a href="/legal/cookies">cookie notice</a>. <a href="#" class="dismiss">Dismiss</a></div>
<div class="bpn-story">
<h1>{E(a['title'])}</h1>
<div class="bpn-slug">{E(a.get('section', 'WIRE'))} | {t.strftime('%a %b %-d, %Y')} | {t.strftime('%H:%M')} GMT</div>
{paras(a)}
<p class="bpn-end">(Reporting by {E(a.get('byline', 'Ballast Point staff'))}; {E(a.get('editor', 'editing by the Asia desk'))})</p>
<p class="bpn-copy">&copy; {t.year} Ballast Point Newswire. Redistribution restricted to subscribing clients.</p>
</div>
<div class="bpn-more"><b>MORE ON THE WIRE</b>
<ul>
<li><a href="/wire/energy/lng-spot-asia">Asian spot LNG prices ease on mild weather</a></li>
<li><a href="/wire/asia/shipping-bering">Bering Sea shipping traffic rises</a></li>
<li><a href="/wire/features/fisheries-north-pacific">North Pacific fisheries face warming waters</a></li>
</ul></div>
<div class="bpn-foot"><a href="/about">About Ballast Point</a> | <a href="/contact">Newsroom contacts</a> | <a href="/legal">Legal</a> | <a href="/rss">RSS</a></div>
</body>
</html>
"""


def t_fregat(a):
    t = local(a, 3)
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    when = f"{t.day} {months[t.month - 1]} {t.year}, {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — ИА «Фрегат»</title>
{og(a, 'ИА «Фрегат»', 'ru_RU')}
{jsonld(a, 'ИА «Фрегат»', a.get('byline'))}
</head>
<body>
<div class="fr-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой использования cookie</a>. <button>Понятно</button></div>
<header class="fr-head">
  <a class="fr-logo" href="/">ФРЕГАТ<small>информационное агентство</small></a>
  <nav><a href="/politika">Политика</a> <a href="/v-mire">В мире</a> <a href="/ekonomika">Экономика</a> <a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a> <a href="/dalniy-vostok">Дальний Восток</a> <a href="/sport">Спорт</a></nav>
  <form class="fr-search" action="/search"><input name="q" placeholder="Поиск"></form>
</header>
<main class="fr-main">
<div class="fr-crumbs"><a href="/">Главная</a> / <a href="/{E(a.get('rubric_slug', 'v-mire'))}">{E(a.get('section', 'В мире'))}</a></div>
<article>
<h1>{E(a['title'])}</h1>
<div class="fr-date">{when} (мск)</div>
<div class="fr-lead"><b>{E(a['summary'])}</b></div>
<div class="fr-text">
{paras(a)}
</div>
<div class="fr-tags">Теги: {', '.join(E(x) for x in a.get('tags', ['Япония']))}</div>
<div class="fr-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
</article>
<aside class="fr-also"><h3>Читайте также</h3><ul>
<li><a href="/ekonomika/kurs-rublya">Курс рубля: итоги торгов на Мосбирже</a></li>
<li><a href="/dalniy-vostok/vladivostok-port">Порт Владивосток нарастил перевалку контейнеров</a></li>
<li><a href="/v-mire/apr-obzor">Обзор событий в АТР за неделю</a></li>
</ul></aside>
<aside class="fr-live"><h3>Лента</h3><ul><li>Синоптики предупредили о снегопадах в Приморье</li><li>В Хабаровске открыли новый мост через Амур</li><li>ЦБ сохранил ключевую ставку</li></ul></aside>
</main>
<footer class="fr-foot">
<p>Сетевое издание ИА «Фрегат». Свидетельство о регистрации СМИ Эл № ФС 77-00000. 16+</p>
<p><a href="/redakciya">Редакция</a> · <a href="/reklama">Реклама</a> · <a href="/rss">RSS</a> · <a href="/pravila">Правила использования материалов</a></p>
<p>© {t.year} ИА «Фрегат»</p>
</footer>
</body>
</html>
"""


def t_liman(a):
    # regional site, no metadata beyond <title>
    t = local(a, 11)
    when = t.strftime("%d.%m.%Y %H:%M")
    comments = a.get("comments", [])
    ctext = "\n".join(f'<div class="lm-comment"><b>{E(n)}</b> <span>{E(w)}</span><p>{E(c)}</p></div>'
                      for n, w, c in comments) or '<p>Комментариев пока нет. Будьте первым!</p>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Лиман-Инфо</title>
<link rel="stylesheet" href="/assets/liman.css?v=31">
</head>
<body>
<div class="lm-strip">Южно-Сахалинск <b>{a.get('weather', '+4')}°</b> · Курильск · Южно-Курильск · <a href="/afisha">Афиша</a> · <a href="/raspisanie">Расписание паромов и рейсов</a></div>
<header>
<div class="lm-logo"><a href="/">ЛИМАН<span>-ИНФО</span></a> <small>новости Сахалина и Курил</small></div>
<nav class="lm-menu"><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/vlast">Власть</a> <a href="/ekonomika">Экономика</a> <a href="/incidents">Происшествия</a> <a href="/ryba">Рыба</a> <a href="/sport">Спорт</a></nav>
</header>
<div class="lm-content">
<article class="lm-article">
<div class="lm-rub">{E(a.get('section', 'Новости'))}</div>
<h1>{E(a['title'])}</h1>
<div class="lm-info">{when} · {E(a.get('byline', 'Лиман-Инфо'))} · просмотров: {a.get('views', 1200)}</div>
{paras(a)}
<p class="lm-source">Следите за новостями Лиман-Инфо в <a href="#">Telegram</a> и <a href="#">ВКонтакте</a>.</p>
</article>
<section class="lm-comments"><h3>Комментарии</h3>
{ctext}
</section>
<div class="lm-more"><h3>Другие новости</h3>
<ul><li><a href="/news/parom-korsakov">Паром «Игорь Фархутдинов» выйдет в рейс по расписанию</a></li>
<li><a href="/news/dorogi">В Южно-Сахалинске продолжат ремонт дорог</a></li>
<li><a href="/news/ryba-putina">Лососевая путина: первые итоги</a></li></ul></div>
</div>
<div class="lm-cookie">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <button>Принять</button></div>
<footer><p>© Лиман-Инфо, 2012–{t.year}. При использовании материалов ссылка обязательна. 18+</p><p><a href="/contacts">Контакты</a> · <a href="/ads">Реклама на сайте</a></p></footer>
</body>
</html>
"""


def t_tunaycha(a):
    t = local(a, 11)
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    when = f"{t.day} {months[t.month - 1]} {t.year} в {t:%H:%M}"
    comments = a.get("comments", [])
    ctext = "\n".join(f'<li><b>{E(n)}</b>: {E(c)}</li>' for n, _, c in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{E(a['title'])}</title>
{og(a, 'Тунайча-Медиа', 'ru_RU', with_time=False)}
</head>
<body class="tm">
<header class="tm-header">
<a href="/" class="tm-logo">Тунайча<b>Медиа</b></a>
<ul class="tm-nav"><li><a href="/novosti">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/lyudi">Люди</a></li><li><a href="/priroda">Природа</a></li><li><a href="/gorod">Город</a></li><li><a href="/foto">Фото</a></li></ul>
</header>
<div class="tm-banner">Реклама · <a href="/ads">Разместить рекламу</a></div>
<article class="tm-post">
<h1>{E(a['title'])}</h1>
<p class="tm-date">{when}</p>
<p class="tm-lead"><i>{E(a['summary'])}</i></p>
{paras(a)}
<p class="tm-author">Текст: {E(a.get('byline', 'редакция'))}</p>
</article>
<section class="tm-comments"><h3>Обсуждение ({len(comments)})</h3><ul>{ctext}</ul><p><a href="/login">Войдите</a>, чтобы оставить комментарий.</p></section>
<section class="tm-read"><h3>Читайте ещё</h3><ul>
<li><a href="/priroda/sivuchi">Сивучи вернулись на лежбище у мыса Анива</a></li>
<li><a href="/gorod/park">В городском парке открыли новую аллею</a></li>
<li><a href="/lyudi/rybak">«Море не отпускает»: история рыбака из Невельска</a></li>
</ul></section>
<div class="tm-cookies">🍪 Мы используем cookies. <a href="/cookies">Что это значит</a> <button>ОК</button></div>
<footer class="tm-footer">Тунайча-Медиа · 16+ · <a href="/about">О проекте</a> · <a href="/contacts">Связаться с редакцией</a> · © {t.year}</footer>
</body>
</html>
"""


def t_boyo(a):
    t = local(a, 9)
    when = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}｜望洋新聞デジタル</title>
{og(a, '望洋新聞デジタル', 'ja_JP')}
</head>
<body>
<div class="by-cookie">当サイトでは、利便性の向上と広告配信のためにクッキー（Cookie）を使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="by-header">
<div class="by-logo"><a href="/">望洋新聞<span>デジタル</span></a><small>根室・釧路・中標津のニュース</small></div>
<div class="by-member"><a href="/login">ログイン</a>｜<a href="/register">会員登録（無料）</a></div>
<nav class="by-gnav"><a href="/news">ニュース</a><a href="/region">地域</a><a href="/hoppo">北方領土</a><a href="/suisan">水産</a><a href="/economy">経済</a><a href="/sports">スポーツ</a><a href="/okuyami">おくやみ</a></nav>
</header>
<main class="by-main">
<article>
<p class="by-cat">{E(a.get('section', 'ニュース'))}</p>
<h1>{E(a['title'])}</h1>
<p class="by-date">{when}</p>
<div class="by-body">
{paras(a)}
</div>
<p class="by-note">{E(a.get('byline', '（望洋新聞）'))}</p>
<div class="by-share"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">Facebookでシェア</a></div>
</article>
<aside class="by-related"><h3>関連記事</h3><ul>
<li><a href="/hoppo/kaisetsu">【解説】北方領土問題とは</a></li>
<li><a href="/suisan/sanma">サンマ漁、花咲港で初水揚げ</a></li>
<li><a href="/region/nosappu">納沙布岬の灯台、一般公開へ</a></li>
</ul></aside>
<aside class="by-ranking"><h3>アクセスランキング</h3><ol><li>根室市の新しい道の駅、来春開業へ</li><li>中標津空港、冬ダイヤ発表</li><li>釧路の高校生、全国大会へ</li></ol></aside>
</main>
<footer class="by-footer">
<p><a href="/company">会社概要</a>｜<a href="/ad">広告掲載</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">個人情報保護方針</a></p>
<p>掲載記事・写真の無断転載を禁じます。Copyright © 望洋新聞社 All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_chouyo(a):
    t = local(a, 9)
    when = f"{t.year}/{t.month:02d}/{t.day:02d} {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - 朝陽通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, '朝陽通信ニュース', 'ja_JP')}
{jsonld(a, '朝陽通信ニュース', None)}
</head>
<body>
<header id="cy-header">
<h2 class="cy-logo"><a href="/">朝陽通信ニュース</a></h2>
<ul class="cy-nav"><li><a href="/politics">政治</a></li><li><a href="/economy">経済</a></li><li><a href="/society">社会</a></li><li><a href="/world">国際</a></li><li><a href="/hokkaido">北海道</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/culture">文化</a></li></ul>
</header>
<div id="cy-cookie">朝陽通信ニュースはサービス向上のためCookieを利用します。<a href="/cookie-policy">詳細</a> <button>OK</button></div>
<div class="cy-container">
<article class="cy-article">
<div class="cy-genre">{E(a.get('section', '国際'))}</div>
<h1>{E(a['title'])}</h1>
<div class="cy-time"><time datetime="{utc(a).isoformat()}">{when}</time>（最終更新 {when}）</div>
{paras(a)}
<p class="cy-credit">©朝陽通信社</p>
<div class="cy-sns"><a href="#">シェア</a> <a href="#">ポスト</a> <a href="#">はてなブックマーク</a></div>
</article>
<div class="cy-recommend"><h3>あわせて読みたい</h3><ul>
<li><a href="/world/russia-keizai">ロシア経済、制裁下で減速鮮明</a></li>
<li><a href="/politics/gaiko-nittei">首相の外遊日程固まる</a></li>
<li><a href="/hokkaido/nemuro-kanko">根室の観光客、過去最多ペース</a></li>
</ul></div>
<div class="cy-ad">広告</div>
</div>
<footer id="cy-footer"><p><a href="/about">朝陽通信社について</a> ｜ <a href="/contact">お問い合わせ</a> ｜ <a href="/rss">RSS</a> ｜ <a href="/policy">サイトポリシー</a></p><p>記事の無断転載・複製を禁じます。</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "yardarm-en": t_yardarm, "kelvedon-en": t_kelvedon, "ballast-en": t_ballast,
    "fregat-ru": t_fregat, "liman-ru": t_liman, "tunaycha-ru": t_tunaycha,
    "boyo-ja": t_boyo, "chouyo-ja": t_chouyo,
}

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def check(arts):
    ids = set()
    lo, hi = datetime(2024, 2, 9, tzinfo=timezone.utc), datetime(2026, 12, 1, tzinfo=timezone.utc)
    groups = {}
    for a in arts:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        assert a["feed"] in FEED, a["id"]
        assert FEED[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        assert lo <= utc(a) < hi, a["id"]
        assert a.get("note"), a["id"]
        text = (a["title"] + "\n" + a["summary"] + "\n" + "\n".join(a["body"])).lower()
        words = len(text.split()) if a["lang"] != "ja" else len(text) // 2
        if a["lang"] == "ja":
            assert 150 <= len("".join(a["body"])) , (a["id"], "short")
        else:
            assert words >= 150, (a["id"], words)
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), (a["id"], alt)
            groups.setdefault(a["group"], []).append(a)
        else:
            assert not a.get("group") and not a.get("new_facts"), a["id"]
    for g, members in groups.items():
        assert len({m["label"] for m in members}) == 1, g
        assert 1 <= len(members) <= 4, g
    return groups


def main():
    arts = sorted(EN + RU + JA, key=utc)
    groups = check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for f in out.glob("*.html"):
        f.unlink()
    entries = []
    for a in arts:
        (out / f"{a['id']}.html").write_text(TEMPLATES[a["feed"]](a), encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
             "published": a["published"], "title": a["title"], "summary": a["summary"],
             "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    data = {"name": NAME, "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    # summary
    from collections import Counter
    print("articles:", len(arts))
    print("by lang:", dict(Counter(a["lang"] for a in arts)))
    print("by label:", dict(Counter(a["label"] for a in arts)))
    print("by feed:", dict(Counter(a["feed"] for a in arts)))
    for g, m in groups.items():
        print(f"  {g}: {m[0]['label']} first={m[0]['lang']} {m[0]['published'][:10]} "
              f"members={[x['id'] + '/' + x['lang'] for x in m]}")


if __name__ == "__main__":
    main()
