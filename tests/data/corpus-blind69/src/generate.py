#!/usr/bin/env python3
"""Generate corpus blind69: labels.yaml and articles/<id>.html.

Usage:  python3 src/generate.py            (writes into the folder above src/)
        python3 src/generate.py --out DIR

Article texts, labels and notes live in data_en.py, data_ru.py and data_ja.py;
this script only assembles the pages (one template per outlet) and labels.yaml.
"""
from __future__ import annotations

import argparse
import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_en import ARTICLES_EN  # noqa: E402
from data_ja import ARTICLES_JA  # noqa: E402
from data_ru import ARTICLES_RU  # noqa: E402

CORPUS_NAME = "blind69"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "fieldfare-wire", "title": "Fieldfare Wire - World", "format": "atom", "lang": "en"},
    {"id": "ezomatsu-en", "title": "The Ezomatsu Herald - Hokkaido & Japan in English", "format": "rss", "lang": "en"},
    {"id": "lodgepole-en", "title": "The Lodgepole Journal - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "baidara-ru", "title": "ИА «Байдара» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "diplobzor-ru", "title": "«Дипломатическое обозрение» — международные новости", "format": "rss", "lang": "ru"},
    {"id": "kamyshovy-ru", "title": "Камышовый перевал — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "seiron-hokkai", "title": "北海政論新聞 電子版", "format": "rss", "lang": "ja"},
    {"id": "kitakoe-hoso", "title": "北のこえ放送 NEWS WEB", "format": "atom", "lang": "ja"},
]

E = html.escape


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return ts(a).astimezone(timezone(timedelta(hours=hours)))


def paras(body, p_class=""):
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    return "\n".join(out)


def slug_path(a, prefix: str) -> str:
    d = local(a, 0)
    return f"{prefix}/{d:%Y/%m/%d}/{a['id'].replace('b69-', '')}{d:%H%M}"


def related_for(a, all_arts, n=3):
    """Earlier articles of the same outlet (what a real 'related' box would show)."""
    prev = [x for x in all_arts if x["feed"] == a["feed"] and ts(x) < ts(a)]
    prev.sort(key=ts, reverse=True)
    return prev[:n]


def jsonld(a, publisher, url):
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "datePublished": a["published"].replace("Z", "+00:00"),
        "dateModified": a["published"].replace("Z", "+00:00"),
        "inLanguage": a["lang"], "description": a["summary"],
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url,
    }
    if a.get("author"):
        data["author"] = {"@type": "Person" if a["lang"] != "en" or "staff" not in a["author"] else "Organization",
                          "name": a["author"]}
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- templates


def t_fieldfare(a, rel):
    d = local(a, 0)
    url = f"https://www.fieldfarewire.com/world/{a['id']}"
    rel_html = "".join(
        f'<li><a href="https://www.fieldfarewire.com{slug_path(r, "/world")}">{E(r["title"])}</a></li>' for r in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Fieldfare Wire</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Fieldfare Wire">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['published'].replace('Z', '+00:00')}">
<meta property="article:section" content="World">
<link rel="canonical" href="{url}">
{jsonld(a, "Fieldfare Wire", url)}
<style>body{{font-family:Georgia,serif;margin:0}}.ff-top{{background:#14213d;color:#fff;padding:8px 20px}}.ff-top a{{color:#fff;margin-right:14px;text-decoration:none}}main{{max-width:760px;margin:24px auto;padding:0 16px}}.cookie{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:12px;font:14px sans-serif}}</style>
</head>
<body>
<div id="onetrust-banner" class="cookie" role="dialog" aria-label="Cookie consent">
  We and our partners use cookies to personalise content and ads and to analyse our traffic.
  <button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy/cookies">Cookie settings</a>
</div>
<header class="ff-top">
  <a href="/" class="logo"><strong>FIELDFARE</strong></a>
  <nav aria-label="Sections"><a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a><a href="/sustainability">Sustainability</a><a href="/wires">Wires</a></nav>
  <form action="/search" class="search"><input name="q" placeholder="Search Fieldfare"></form>
  <a href="/account/sign-in">Sign in</a> <a href="/subscribe">Register</a>
</header>
<main>
<nav class="breadcrumb"><a href="/world">World</a> &rsaquo; <a href="/world/asia-pacific">Asia Pacific</a></nav>
<article>
<h1>{E(a['title'])}</h1>
<div class="meta"><time datetime="{a['published']}">{d:%B %-d, %Y %-I:%M %p} GMT</time></div>
<div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
<div class="article-body">
<p><span class="dateline">{E(a.get('dateline', ''))}</span> - {E(a['body'][0])}</p>
{paras(a['body'][1:])}
<p class="credit">({E(a.get('author') or 'Fieldfare')})</p>
</div>
<p class="trust">Our Standards: <a href="/trust-principles">The Fieldfare Trust Principles.</a></p>
</article>
<aside class="related"><h3>Read next</h3><ul>{rel_html}<li><a href="/markets/asia">Asian shares edge higher as yen steadies</a></li></ul></aside>
</main>
<footer>
  <nav><a href="/about">About Fieldfare</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a> <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Fieldfare Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_ezomatsu(a, rel):
    d = local(a, 9)
    url = f"https://ezomatsuherald.jp{slug_path(a, '/news')}"
    rel_html = "".join(
        f'<li><a href="https://ezomatsuherald.jp{slug_path(r, "/news")}">{E(r["title"])}</a></li>' for r in rel)
    section = a.get("section", "Hokkaido")
    comments = ""
    if a["id"] in ("b69-29", "b69-48"):
        comments = """<section class="comments"><h3>Comments (2)</h3>
<div class="comment"><b>kushiro_kate</b> <span>2h</span><p>My grandmother would have loved to see this day. Thank you for the story.</p></div>
<div class="comment"><b>D. Morrow</b> <span>5h</span><p>Good reporting from Nemuro, as always.</p></div>
<p><a href="/login">Log in to comment</a></p></section>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - The Ezomatsu Herald</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="The Ezomatsu Herald">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{d.isoformat()}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body class="single">
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<div class="topbar"><span>{d:%A, %B %-d, %Y}</span> <span class="weather">Sapporo 3&deg;C &middot; Nemuro 1&deg;C</span> <a href="/subscribe">Subscribe</a> <a href="/newsletter">Newsletter</a></div>
<header><a href="/" class="masthead">The Ezomatsu Herald</a><p class="tagline">Hokkaido &amp; Japan in English</p>
<nav><ul><li><a href="/hokkaido">Hokkaido</a></li><li><a href="/nemuro-kushiro">Nemuro &amp; Kushiro</a></li><li><a href="/sapporo">Sapporo</a></li><li><a href="/japan">Japan</a></li><li><a href="/business">Business</a></li><li><a href="/life">Life</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/events">Events</a></li></ul></nav></header>
<div class="wrap">
<article class="post">
<p class="kicker"><a href="/{section.lower().replace(' & ', '-').replace(' ', '-')}">{E(section)}</a></p>
<h1 class="entry-title">{E(a['title'])}</h1>
<p class="standfirst">{E(a['summary'])}</p>
<p class="byline">By {E(a.get('author') or 'Staff')} &middot; <time>{d:%B %-d, %Y}</time></p>
<div class="entry-content">
{paras(a['body'])}
</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a></div>
</article>
{comments}
<aside><h3>Related stories</h3><ul>{rel_html}</ul>
<div class="newsletter"><h4>The Morning Ezomatsu</h4><p>Hokkaido's news in your inbox at 7 a.m.</p><input placeholder="Email address"><button>Sign up</button></div>
<div class="ad">Advertisement</div></aside>
</div>
<footer><p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy</a></p><p>&copy; {d.year} The Ezomatsu Herald, Sapporo. Reproduction without permission prohibited.</p></footer>
</body>
</html>
"""


def t_lodgepole(a, rel):
    d = local(a, 0)
    url = f"https://lodgepolejournal.com{slug_path(a, '/asia')}"
    rel_html = "".join(
        f'<li><a href="https://lodgepolejournal.com{slug_path(r, "/asia")}">{E(r["title"])}</a></li>' for r in rel)
    words = sum(len(p.split()) for p in a["body"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | The Lodgepole Journal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published'].replace('Z', '+00:00')}">
<meta property="article:section" content="{E(a.get('section', 'Asia'))}">
{jsonld(a, "The Lodgepole Journal", url)}
</head>
<body>
<div class="consent" id="consent">
<p>We use cookies and similar technologies to improve your experience, measure audiences and show relevant advertising. <a href="/cookies">Manage preferences</a></p><button>Accept</button><button>Decline</button>
</div>
<header class="site-header">
<a class="brand" href="/">The Lodgepole Journal</a>
<nav><a href="/asia">Asia</a> <a href="/pacific">Pacific</a> <a href="/business">Business</a> <a href="/environment">Environment</a> <a href="/explainers">Explainers</a> <a href="/opinion">Opinion</a> <a href="/podcasts">Podcasts</a></nav>
<a class="cta" href="/subscribe">Subscribe from $1</a>
</header>
<div class="paywall-meter">You have 2 free articles left this month. <a href="/subscribe">Subscribe</a> for unlimited access.</div>
<main>
<article>
<header>
<p class="section-label">{E(a.get('section', 'Asia'))}</p>
<h1>{E(a['title'])}</h1>
<p class="dek">{E(a['summary'])}</p>
<p class="byline">{E(a.get('author') or 'Staff')} &middot; <time datetime="{a['published']}">{d:%-d %B %Y}</time> &middot; {max(1, words // 220)} min read</p>
</header>
<section class="body">
{paras(a['body'])}
</section>
<footer class="article-foot"><p>Topics: Japan, Russia, Hokkaido</p><p><a href="#">Save</a> &middot; <a href="#">Gift this article</a> &middot; <a href="#">Share</a></p></footer>
</article>
<aside class="more"><h2>More from The Lodgepole Journal</h2><ul>{rel_html}<li><a href="/podcasts/pacific-weekly">Podcast: The Pacific Weekly</a></li></ul></aside>
</main>
<footer class="site-footer"><p>The Lodgepole Journal &middot; Independent reporting on Asia and the Pacific since 2009</p><p><a href="/about">About</a> <a href="/ethics">Editorial code</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def t_baidara(a, rel):
    d = local(a, 3)
    url = f"https://baidara-news.ru/news/{d:%Y%m%d}/{a['id'].replace('b69-', '')}"
    rel_html = "".join(
        f'<li><a href="https://baidara-news.ru{slug_path(r, "/news")}">{E(r["title"])}</a></li>' for r in rel)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — ИА «Байдара»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="ИА «Байдара»">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{d.isoformat()}">
{jsonld(a, "ИА «Байдара»", url)}
</head>
<body>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">условиями</a>. <button>Понятно</button></div>
<header class="head">
<a class="logo" href="/">БАЙДАРА</a><span class="slogan">информационное агентство</span>
<nav><a href="/">Главное</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/incidents">Происшествия</a> <a href="/regions">Регионы</a> <a href="/interview">Интервью</a> <a href="/photo">Фото</a></nav>
<div class="rates">USD 92,41 &nbsp; EUR 99,87</div>
</header>
<div class="page">
<article class="news">
<div class="rubric"><a href="/{ 'politics' if a.get('rubric') == 'Политика' else 'news'}">{E(a.get('rubric') or 'Новости')}</a></div>
<time class="date" datetime="{d.isoformat()}">{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}</time>
<h1>{E(a['title'])}</h1>
<div class="lead"><b>{E(a['summary'])}</b></div>
<div class="text">
{paras(a['body'])}
</div>
<div class="tags">Теги: <a href="/tags/japan">Япония</a> <a href="/tags/kurils">Курилы</a> <a href="/tags/mid">МИД России</a></div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</article>
<aside class="also"><h3>Читайте также</h3><ul>{rel_html}</ul></aside>
<aside class="lenta"><h3>Лента новостей</h3><ul><li>Синоптики пообещали потепление в Приморье</li><li>ЦБ сохранил ключевую ставку</li><li>В Хабаровске открылся новый мост</li></ul></aside>
</div>
<footer><p>Сетевое издание «ИА «Байдара». Свидетельство о регистрации СМИ Эл № ФС77-80412 выдано Роскомнадзором.</p><p>18+ &nbsp; При полном или частичном использовании материалов ссылка на ИА «Байдара» обязательна.</p><p>&copy; 2014–{d.year}</p></footer>
</body>
</html>
"""


def t_diplobzor(a, rel):
    d = local(a, 3)
    url = f"https://diplobzor.ru{slug_path(a, '/materials')}"
    rel_html = "".join(
        f'<li><a href="https://diplobzor.ru{slug_path(r, "/materials")}">{E(r["title"])}</a> <span>{local(r, 3):%d.%m.%Y}</span></li>'
        for r in rel)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Дипломатическое обозрение</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta name="viewport" content="width=device-width">
</head>
<body>
<div id="cookie-bar">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <button>Принять</button></div>
<div class="header">
<div class="logo"><a href="/">«Дипломатическое обозрение»</a><small>международные новости и аналитика</small></div>
<ul class="menu"><li><a href="/russia-world">Россия и мир</a></li><li><a href="/russia-asia">Россия и Азия</a></li><li><a href="/europe">Европа</a></li><li><a href="/americas">Америка</a></li><li><a href="/asia">Азия</a></li><li><a href="/analytics">Аналитика</a></li><li><a href="/archive">Архив</a></li></ul>
</div>
<div class="content">
<div class="crumbs"><a href="/">Главная</a> / <a href="/{'russia-asia' if a.get('rubric') == 'Россия и Азия' else 'asia'}">{E(a.get('rubric') or 'Новости')}</a></div>
<h1 class="title">{E(a['title'])}</h1>
<div class="info"><span class="date">{d:%d.%m.%Y %H:%M}</span> <span class="author">{E(a.get('author') or '')}</span> <span class="views">Просмотров: {1200 + int(a['id'][-2:]) * 37}</span></div>
<div class="anons">{E(a['summary'])}</div>
<div class="article-text">
{paras(a['body'])}
</div>
<div class="social">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a></div>
<div class="related"><h4>Материалы по теме</h4><ul>{rel_html}</ul></div>
</div>
<div class="footer">© «Дипломатическое обозрение», {d.year}. Все права защищены. Мнение авторов может не совпадать с позицией редакции. <a href="/about">О проекте</a> · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a></div>
</body>
</html>
"""


def t_kamyshovy(a, rel):
    # deliberately without any metadata: no description, no og, no JSON-LD
    d = local(a, 11)
    rel_html = "".join(
        f'<li><a href="/news/{local(r, 11):%Y-%m-%d}/{r["id"].replace("b69-", "")}">{E(r["title"])}</a></li>' for r in rel)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
</head>
<body>
<table class="top" width="100%"><tr>
<td><a href="/"><b>КАМЫШОВЫЙ ПЕРЕВАЛ</b></a><br><small>новости Сахалина и Курил</small></td>
<td class="weather">Южно-Сахалинск −3° · Южно-Курильск +1° · Северо-Курильск −5°</td>
<td class="rates">$ 92,4 € 99,9</td>
</tr></table>
<div class="menu"><a href="/">Новости</a> | <a href="/society">Общество</a> | <a href="/incidents">Происшествия</a> | <a href="/kurils">Курилы</a> | <a href="/economy">Экономика</a> | <a href="/history">История</a> | <a href="/afisha">Афиша</a> | <a href="/ads">Объявления</a></div>
<div class="cookie">Продолжая работу с сайтом, вы даёте согласие на обработку файлов cookie. <a href="#">OK</a></div>
<div class="main">
<div class="rubric">{E(a.get('rubric') or 'Новости')}</div>
<h1>{E(a['title'])}</h1>
<div class="date">{d.day} {RU_MONTHS[d.month - 1]} {d.year} {d:%H:%M}</div>
<p class="lid"><i>{E(a['summary'])}</i></p>
{paras(a['body'])}
<p class="author">Автор: {E(a.get('author') or 'Редакция')}</p>
<div class="share">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
<div class="more"><b>Ещё новости:</b><ul>{rel_html}</ul></div>
<div class="comments"><b>Комментарии (0)</b><p>Чтобы оставить комментарий, <a href="/login">войдите</a>.</p></div>
</div>
<div class="footer">Сетевое издание «Камышовый перевал». Учредитель: ООО «Перевал-Медиа». 16+<br>Главный редактор: Е. В. Сергеева. Тел. редакции: +7 (4242) 00-00-00</div>
</body>
</html>
"""


def ja_date(d):
    return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"


def t_seiron(a, rel):
    # no metadata apart from the title
    d = local(a, 9)
    rel_html = "".join(
        f'<li><a href="/article/{local(r, 9):%Y%m%d}{r["id"].replace("b69-", "")}">{E(r["title"])}</a></li>' for r in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])}｜北海政論新聞 電子版</title>
</head>
<body>
<div class="cookie-consent">当サイトではサービス向上のためCookieを使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header>
<div class="logo"><a href="/">北海政論新聞</a><span>電子版</span></div>
<div class="member"><a href="/login">ログイン</a> <a href="/register">会員登録（無料）</a></div>
<nav><ul><li><a href="/">トップ</a></li><li><a href="/politics">政治</a></li><li><a href="/dosei">道政</a></li><li><a href="/economy">経済</a></li><li><a href="/nemuro">根室・釧路</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/society">社会</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/opinion">社説・論説</a></li></ul></nav>
</header>
<main>
<div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/{'hoppo' if a.get('section') == '北方領土' else 'news'}">{E(a.get('section') or 'ニュース')}</a></div>
<article>
<h1>{E(a['title'])}</h1>
<p class="date">{ja_date(d)}</p>
<div class="honbun">
{paras(a['body'])}
</div>
<p class="credit">（{E(a.get('author') or '本社')}）</p>
<div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
</article>
<section class="kanren"><h2>関連記事</h2><ul>{rel_html}</ul></section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>札幌・大通で除雪作業始まる</li><li>JR北海道、ダイヤ改正を発表</li><li>道内の最低賃金、過去最大の引き上げ</li></ol></section>
</main>
<footer><p><a href="/company">会社案内</a>｜<a href="/privacy">個人情報の取り扱い</a>｜<a href="/copyright">著作権について</a>｜<a href="/contact">お問い合わせ</a></p><p>Copyright &copy; 北海政論新聞社 All rights reserved. 掲載記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


def t_kitakoe(a, rel):
    d = local(a, 9)
    url = f"https://news.kitakoe.jp/news/{d:%Y%m%d}/k{a['id'].replace('b69-', '')}{d:%H%M}.html"
    rel_html = "".join(
        f'<li><a href="https://news.kitakoe.jp/news/{local(r, 9):%Y%m%d}/k{r["id"].replace("b69-", "")}{local(r, 9):%H%M}.html">{E(r["title"])}</a><span>{local(r, 9).month}月{local(r, 9).day}日</span></li>'
        for r in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | 北のこえ放送 NEWS WEB</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="北のこえ放送 NEWS WEB">
{jsonld(a, "北のこえ放送", url)}
</head>
<body>
<div id="cookie-policy">北のこえ放送のウェブサイトでは、サービスの利便性向上のためにクッキーを利用しています。<a href="/privacy/cookie.html">クッキーについて</a><button>閉じる</button></div>
<header class="kh-header">
<a href="/" class="kh-logo">北のこえ放送 <span>NEWS WEB</span></a>
<nav class="kh-nav"><a href="/">トップ</a><a href="/news/">ニュース一覧</a><a href="/news/cat/seiji/">政治</a><a href="/news/cat/shakai/">社会</a><a href="/news/cat/keizai/">経済</a><a href="/news/cat/chiiki/">地域</a><a href="/weather/">天気</a><a href="/bousai/">防災</a><a href="/video/">動画</a></nav>
</header>
<main class="kh-main">
<article class="kh-article">
<div class="kh-cat">{E(a.get('section') or 'ニュース')}</div>
<h1 class="kh-title">{E(a['title'])}</h1>
<time class="kh-time" datetime="{d.isoformat()}">{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分</time>
<div class="kh-video">※このニュースの動画は配信期間が終了しました。</div>
<div class="kh-body">
{paras(a['body'])}
</div>
<div class="kh-share">この記事を共有する　<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a>　<a href="#">URLをコピー</a></div>
</article>
<aside class="kh-related"><h2>関連ニュース</h2><ul>{rel_html}</ul></aside>
<aside class="kh-app">北のこえ放送ニュース・防災アプリ　ダウンロードはこちら</aside>
</main>
<footer class="kh-footer"><a href="/about/">北のこえ放送について</a>　<a href="/privacy/">個人情報保護</a>　<a href="/rules/">ご利用にあたって</a>　<a href="/contact/">ご意見・お問い合わせ</a><p>&copy; Kitakoe Broadcasting Corporation</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "fieldfare-wire": t_fieldfare, "ezomatsu-en": t_ezomatsu, "lodgepole-en": t_lodgepole,
    "baidara-ru": t_baidara, "diplobzor-ru": t_diplobzor, "kamyshovy-ru": t_kamyshovy,
    "seiron-hokkai": t_seiron, "kitakoe-hoso": t_kitakoe,
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent)
    args = ap.parse_args()
    arts = sorted(ARTICLES_EN + ARTICLES_RU + ARTICLES_JA, key=ts)
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), f"ids not in publication order: {ids}"
    feeds = {f["id"] for f in FEEDS}
    (args.out / "articles").mkdir(parents=True, exist_ok=True)
    entries = []
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert a["lang"] == next(f["lang"] for f in FEEDS if f["id"] == a["feed"]), a["id"]
        alerting = a["label"] in ("new_development", "status_change")
        assert alerting == bool(a.get("group")), a["id"]
        page = TEMPLATES[a["feed"]](a, related_for(a, arts))
        (args.out / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if alerting:
            e["group"] = a["group"]
            e["new_facts"] = a.get("new_facts") or []
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": CORPUS_NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    (args.out / "labels.yaml").write_text(
        "# corpus blind69 - generated by src/generate.py; do not edit by hand\n"
        + yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    print(f"wrote {len(entries)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
