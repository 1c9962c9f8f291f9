#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind75 corpus: articles/<id>.html and labels.yaml.

Theme: what officials say versus what is done.  Usage:
    python3 src/generate.py            # writes into the corpus folder (parent of src/)
    python3 src/generate.py --out DIR  # writes elsewhere
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml
import zlib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_2024  # noqa: E402
import data_2025  # noqa: E402
import data_2026_27  # noqa: E402

PREFIX = "b75"
CORPUS_NAME = "blind75"

FEEDS = [
    {"id": "dovecote-wire", "title": "Dovecote Wire — Asia & World", "format": "rss", "lang": "en"},
    {"id": "gantry-record", "title": "The Gantry Record — Diplomacy & Security", "format": "atom", "lang": "en"},
    {"id": "dais-docket", "title": "Dais & Docket — Briefings, Hearings, Readouts", "format": "rss", "lang": "en"},
    {"id": "shkhera-ru", "title": "ИА «Шхера» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "replika-ru", "title": "Реплика — брифинги, интервью, стенограммы", "format": "atom", "lang": "ru"},
    {"id": "otliv-ru", "title": "Отлив — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "onneto-ja", "title": "温根沼タイムズ 電子版", "format": "rss", "lang": "ja"},
    {"id": "kantei-memo", "title": "官邸・国会メモ — 会見と答弁の記録", "format": "atom", "lang": "ja"},
]
FEED_IDS = {f["id"] for f in FEEDS}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JA_DAYS = "月火水木金土日"

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))


def dh(s) -> int:
    """Deterministic hash (the builtin hash() is salted per process)."""
    return zlib.crc32(str(s).encode('utf-8'))


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def utc(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:60] or "story"


# ----------------------------------------------------------------------------- body helpers

EN_SPEAKER = re.compile(r"^([A-Z][A-Z .,'\-]{2,60}(?: \([^)]{2,60}\))?):\s")


def body_html(a, *, speaker_tag="strong") -> str:
    out = []
    for p in a["body"]:
        m = EN_SPEAKER.match(p) if a["lang"] == "en" else None
        if m:
            out.append(f"<p><{speaker_tag}>{esc(m.group(1))}:</{speaker_tag}> {esc(p[m.end():])}</p>")
        elif p.startswith("――"):
            out.append(f'<p class="q"><strong>{esc(p)}</strong></p>')
        elif p.startswith("— ") and a["lang"] == "ru" and p.rstrip().endswith("?"):
            out.append(f'<p class="question"><b>{esc(p)}</b></p>')
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n        ".join(out)


def related(a, all_articles, n=3):
    same = [b for b in all_articles if b["feed"] == a["feed"] and b["id"] != a["id"] and utc(b) < utc(a)]
    same = same[-n:][::-1]
    return same


def jsonld(a, publisher, url_path):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": utc(a).isoformat().replace("+00:00", "Z"),
        "inLanguage": a["lang"],
        "author": {"@type": "Person" if a.get("author", "").strip() else "Organization",
                   "name": a.get("author") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url_path,
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# ----------------------------------------------------------------------------- outlet templates


def page_dovecote(a, arts):
    t = utc(a)
    when = f"{t.day} {t.strftime('%B %Y')}, {t.strftime('%H:%M')} GMT"
    rel = "".join(
        f'<li><a href="/{b["section"].lower()}/{utc(b):%Y/%m/%d}/{slugify(b["title"])}">{esc(b["title"])}</a></li>'
        for b in related(a, arts))
    path = f"/articles/{a['id']}.html"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a['title'])} | Dovecote Wire</title>
  <meta name="description" content="{esc(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Dovecote Wire">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
  <meta property="article:section" content="{esc(a['section'])}">
  <link rel="stylesheet" href="/static/dw/main.8f3a1.css">
  {jsonld(a, "Dovecote Wire", path)}
</head>
<body class="article-page section-{a['section'].lower()}">
  <div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite">
    <p>We use cookies to keep this site working, to measure our audience and to show you relevant advertising.
    You can change your choice at any time under <a href="/privacy#cookies">Privacy settings</a>.</p>
    <button class="btn accept">Accept all</button> <button class="btn reject">Reject non-essential</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">DOVECOTE<span>WIRE</span></a>
    <nav class="primary">
      <a href="/world">World</a><a href="/asia">Asia</a><a href="/europe">Europe</a>
      <a href="/business">Business</a><a href="/lifestyle">Lifestyle</a><a href="/travel">Travel</a>
      <a href="/newsletters">Newsletters</a>
    </nav>
    <form class="search" action="/search"><input name="q" placeholder="Search"></form>
  </header>
  <main class="wrap">
    <div class="breadcrumb"><a href="/">Home</a> › <a href="/{a['section'].lower()}">{esc(a['section'])}</a></div>
    <article class="story">
      <h1 class="headline">{esc(a['title'])}</h1>
      <p class="standfirst">{esc(a['summary'])}</p>
      <div class="meta">By <span class="byline">{esc(a['author'])}</span> · <time datetime="{t.isoformat()}">{when}</time></div>
      <div class="share"><a href="#" class="sh-x">Post</a> <a href="#" class="sh-fb">Share</a> <a href="#" class="sh-mail">Email</a> <button class="copy">Copy link</button></div>
      <div class="story-body">
        {body_html(a)}
      </div>
      <p class="corrections">Found an error? <a href="/contact/corrections">Tell our standards desk</a>.</p>
    </article>
    <aside class="related">
      <h2>Related coverage</h2>
      <ul>{rel or '<li><a href="/asia">More from Asia</a></li>'}</ul>
    </aside>
    <section class="newsletter"><h3>The Morning Dispatch</h3><p>Five stories, every weekday, before 7am.</p>
      <form action="/newsletters/subscribe"><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
  </main>
  <footer class="site-footer">
    <nav><a href="/about">About us</a> <a href="/standards">Editorial standards</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/rss">RSS</a></nav>
    <p>© {t.year} Dovecote Wire Ltd. All rights reserved. Reproduction without permission is prohibited.</p>
  </footer>
  <script src="/static/dw/app.c91e2.js" defer></script>
</body>
</html>
"""


def page_gantry(a, arts):
    t = utc(a)
    when = f"{t.strftime('%B')} {t.day}, {t.year} · {t.strftime('%H:%M')} UTC"
    rel = "".join(f'<li><a href="/{slugify(b["section"])}/{slugify(b["title"])}-{utc(b):%Y%m%d}">{esc(b["title"])}</a> <span class="d">{utc(b):%b %d, %Y}</span></li>'
                  for b in related(a, arts))
    rng = random.Random(a["id"])
    comments = ""
    if rng.random() < 0.5:
        names = ["northpacific_obs", "K. Tanabe", "old_sakhalin_hand", "mgrey", "R. Iwasaki", "pelagic"]
        texts = ["Same script on both sides. Wake me when something actually moves.",
                 "Useful summary, thanks. The Japanese text is more hedged than the English suggests.",
                 "The former islanders are the ones paying for all of this.",
                 "Interesting that nobody in Tokyo is saying what the next step is.",
                 "Reading the Russian readout side by side with this is instructive."]
        picks = rng.sample(texts, 2)
        comments = ('<section class="comments"><h3>Comments (2)</h3>'
                    + "".join(f'<div class="c"><b>{esc(rng.choice(names))}</b><p>{esc(c)}</p></div>' for c in picks)
                    + '<p class="policy">Comments are moderated. <a href="/community">Community guidelines</a></p></section>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — The Gantry Record</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{t.isoformat()}">
<meta name="author" content="{esc(a['author'])}">
<link rel="stylesheet" href="/assets/gantry.min.css">
</head>
<body>
<div class="consent-modal" id="gdpr">
  <h2>Your privacy</h2>
  <p>The Gantry Record and our partners store and access information on your device to deliver and measure content.
  <a href="/legal/cookies">Cookie policy</a></p>
  <button data-consent="all">Agree</button><button data-consent="manage">Manage options</button>
</div>
<div class="topbar"><span>Diplomacy &amp; Security</span> <a href="/subscribe" class="sub">Subscribe — first month free</a> <a href="/login">Sign in</a></div>
<header><a href="/" class="brand">The Gantry Record</a>
<ul class="menu"><li><a href="/diplomacy">Diplomacy</a></li><li><a href="/defence">Defence</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/indo-pacific">Indo-Pacific</a></li><li><a href="/podcast">Podcast</a></li></ul>
</header>
<div class="layout">
<main>
  <p class="kicker">{esc(a['section'])}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="dek">{esc(a['summary'])}</p>
  <p class="byline">{esc(a['author'])} <span class="sep">|</span> <time datetime="{t.isoformat()}">{when}</time></p>
  <div class="article-text">
  {body_html(a)}
  </div>
  <div class="tools"><a href="#">Share on LinkedIn</a> · <a href="#">Share on X</a> · <a href="#">Gift this article</a> · <a href="/print">Print</a></div>
  {comments}
</main>
<aside class="rail">
  <h4>More from The Gantry Record</h4>
  <ul>{rel or '<li><a href="/diplomacy">Diplomacy home</a></li>'}</ul>
  <div class="ad-slot" data-slot="rail-300x250">Advertisement</div>
</aside>
</div>
<footer><p>The Gantry Record · Independent reporting on diplomacy and security</p>
<p><a href="/about">About</a> · <a href="/ethics">Ethics policy</a> · <a href="/contact">Contact</a> · <a href="/feeds">Feeds</a></p>
<p>© The Gantry Record {t.year}</p></footer>
</body>
</html>
"""


def page_dais(a, arts):
    t = utc(a)
    when = f"{EN_DAYS[t.weekday()]}, {t.day} {t.strftime('%B %Y')} — {t.strftime('%H:%M')} UTC"
    rel = "".join(f'<li><a href="/record/{utc(b):%Y-%m-%d}-{slugify(b["title"])[:40]}">{esc(b["title"])}</a></li>'
                  for b in related(a, arts, 4))
    path = f"/articles/{a['id']}.html"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} · Dais &amp; Docket</title>
{jsonld(a, "Dais & Docket", path)}
<style>body{{font-family:Georgia,serif;max-width:760px;margin:auto}} .note{{color:#555;font-size:.9em}}</style>
</head>
<body>
<div class="cookie-strip">This site uses only essential cookies. <a href="/privacy">Details</a> <button>OK</button></div>
<header>
  <p class="site"><a href="/">Dais &amp; Docket</a> — briefings, hearings, readouts</p>
  <nav>[<a href="/diet">Diet Q&amp;A</a>] [<a href="/pressers">Pressers</a>] [<a href="/briefings">Foreign ministry briefings</a>] [<a href="/documents">Documents</a>] [<a href="/about">About the translations</a>]</nav>
</header>
<main>
  <p class="section">{esc(a['section'])}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="posted">Posted {when}</p>
  <p class="note">{esc(a['summary'])}</p>
  <hr>
  <div class="transcript">
  {body_html(a)}
  </div>
  <hr>
  <p class="note">Translations on this site are unofficial and may be revised. Quote the official record where one exists.
  Report a translation error: <a href="mailto:desk@example.invalid">desk</a>.</p>
  <h3>Recently posted</h3>
  <ul>{rel or '<li><a href="/record">Full archive</a></li>'}</ul>
</main>
<footer><p>Dais &amp; Docket is reader-funded. <a href="/support">Support the archive</a> · <a href="/feed.xml">RSS</a></p></footer>
</body>
</html>
"""


def page_shkhera(a, arts):
    t = utc(a).astimezone(MSK)
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} мск"
    rel = "".join(f'<li><a href="/news/{utc(b):%Y/%m/%d}/{dh((b["id"])) % 900000 + 100000}">{esc(b["title"])}</a></li>'
                  for b in related(a, arts))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — ИА «Шхера»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:site_name" content="ИА «Шхера»">
<link rel="stylesheet" href="/css/style.css?v=214">
</head>
<body>
<div class="cookie" id="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <span class="close">Понятно</span></div>
<header class="head">
  <a class="logo" href="/">Шхера<small>информационное агентство</small></a>
  <nav><a href="/">Главное</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/nature">Природа</a> <a href="/region">Регионы</a></nav>
  <div class="rates">USD 00,00 · EUR 00,00</div>
</header>
<div class="page">
  <div class="crumbs"><a href="/">Главная</a> / <a href="/{'politics' if a['section'] == 'Политика' else 'nature'}">{esc(a['section'])}</a></div>
  <h1>{esc(a['title'])}</h1>
  <div class="date">{when}</div>
  <div class="lead"><b>{esc(a['summary'])}</b></div>
  <div class="text">
  {body_html(a)}
  </div>
  <div class="author">Автор: {esc(a['author'])}</div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
  <div class="also"><h3>Читайте также</h3><ul>{rel or '<li><a href="/">Все новости</a></li>'}</ul></div>
</div>
<footer class="foot">
  <p>Сетевое издание «Шхера». При использовании материалов ссылка на ИА «Шхера» обязательна.</p>
  <p><a href="/about">О редакции</a> · <a href="/ads">Реклама</a> · <a href="/rss">RSS</a></p>
  <p class="age">18+</p>
</footer>
</body>
</html>
"""


def page_replika(a, arts):
    t = utc(a).astimezone(MSK)
    when = f"{t:%d.%m.%Y %H:%M} (МСК)"
    rel = "".join(f'<li><a href="/materials/{dh((b["id"] + "r")) % 90000 + 10000}">{esc(b["title"])}</a></li>'
                  for b in related(a, arts, 4))
    path = f"/articles/{a['id']}.html"
    tags = {"Брифинги": ["МИД России", "брифинг", "Япония"], "Интервью": ["интервью", "Япония"],
            "Оборона": ["ТОФ", "Курилы", "Китай"]}.get(a["section"], ["Япония"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{esc(a['title'])} | Реплика</title>
  <meta name="description" content="{esc(a['summary'])}">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{utc(a).isoformat()}">
  {jsonld(a, "Реплика", path)}
  <link rel="stylesheet" href="/static/replika.css">
</head>
<body>
  <div class="cookies-banner">Сайт использует cookie и сервисы веб-аналитики. <a href="/policy">Подробнее</a> <button>Принять</button></div>
  <header class="r-header">
    <a href="/" class="r-logo">Реплика</a><span class="r-tagline">брифинги · интервью · стенограммы</span>
    <nav><a href="/briefings">Брифинги</a> <a href="/interviews">Интервью</a> <a href="/transcripts">Стенограммы</a> <a href="/defence">Оборона</a> <a href="/archive">Архив</a></nav>
  </header>
  <main class="r-main">
    <div class="r-rubric">{esc(a['section'])}</div>
    <h1 class="r-title">{esc(a['title'])}</h1>
    <div class="r-info"><time datetime="{utc(a).isoformat()}">{when}</time> · {esc(a['author'])}</div>
    <p class="r-lead">{esc(a['summary'])}</p>
    <div class="r-body">
    {body_html(a)}
    </div>
    <div class="r-tags">{' '.join(f'<a href="/tag/{esc(x)}">#{esc(x)}</a>' for x in tags)}</div>
    <div class="r-share">Поделиться: <a href="#">Telegram</a> · <a href="#">VK</a> · <a href="#">Скопировать ссылку</a></div>
    <section class="r-more"><h2>Ещё по теме</h2><ul>{rel or '<li><a href="/archive">Архив материалов</a></li>'}</ul></section>
  </main>
  <footer class="r-footer">
    <p>© «Реплика», {t.year}. Все права защищены. Цитирование разрешено со ссылкой на источник.</p>
    <p><a href="/editorial">Редакция</a> · <a href="/contacts">Контакты</a> · <a href="/feed.atom">Atom</a></p>
  </footer>
</body>
</html>
"""


def page_otliv(a, arts):
    t = utc(a).astimezone(SAKH)
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} (сах.)"
    rng = random.Random(a["id"] + "otliv")
    base_t = {1: -13, 2: -12, 3: -6, 4: 1, 5: 7, 6: 11, 7: 15, 8: 18, 9: 14, 10: 7, 11: -1, 12: -9}[t.month]
    tv = base_t + rng.randint(-3, 3)
    temp = ("+" if tv > 0 else ("−" if tv < 0 else "")) + str(abs(tv))
    author = "редакция «Отлива»" if a["author"] == "Отлив" else a["author"]
    views = rng.randint(900, 14000)
    rel = "".join(f'<li><a href="/{utc(b):%Y}/{utc(b):%m}/{slugify(b["id"])}-{dh((b["title"])) % 9999}">{esc(b["title"])}</a></li>'
                  for b in related(a, arts))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
<meta name="description" content="{esc(a['summary'])}">
<link rel="stylesheet" href="/templates/otliv/css/main.css">
</head>
<body>
<div class="cookie-bar">Этот сайт использует cookie-файлы. <a href="/privacy/">Подробнее</a> <a href="#" class="ok">OK</a></div>
<div class="top">
  <div class="weather">Южно-Сахалинск {temp}° · Курильск · Южно-Курильск</div>
  <a class="logo" href="/">Отлив</a> <span class="slogan">новости Сахалина и Курил</span>
  <ul class="menu"><li><a href="/news/">Новости</a></li><li><a href="/kurily/">Курилы</a></li><li><a href="/vlast/">Власть</a></li><li><a href="/interview/">Интервью</a></li><li><a href="/history/">История</a></li><li><a href="/ads/">Объявления</a></li></ul>
</div>
<div class="content">
  <span class="rubric">{esc(a['section'])}</span>
  <h1>{esc(a['title'])}</h1>
  <div class="info"><span class="date">{when}</span> <span class="views">Просмотров: {views}</span></div>
  <div class="anons">{esc(a['summary'])}</div>
  <div class="fulltext">
  {body_html(a)}
  </div>
  <p class="src">Фото: пресс-служба / «Отлив». Автор: {esc(author)}</p>
  <div class="social">Поделиться в соцсетях: <a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a></div>
  <div class="more"><h3>Другие новости</h3><ul>{rel or '<li><a href="/news/">Лента новостей</a></li>'}</ul></div>
  <div class="partners"><h3>Новости партнёров</h3><div class="partner-widget" data-id="otl-22">Загрузка…</div></div>
  <div class="comments-count">Комментарии (0) · <a href="/login/">Войдите, чтобы комментировать</a></div>
</div>
<div class="footer">
  <p>Сетевое издание «Отлив». Свидетельство о регистрации СМИ выдано Роскомнадзором. Учредитель — ООО «Отлив-Медиа».</p>
  <p>Перепечатка материалов без разрешения редакции запрещена. 16+</p>
</div>
</body>
</html>
"""


def page_onneto(a, arts):
    t = utc(a).astimezone(JST)
    when = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    rel = "".join(f'<li><a href="/news/{utc(b).astimezone(JST):%Y%m%d}{dh((b["id"])) % 90 + 10}.html">{esc(b["title"])}</a></li>'
                  for b in related(a, arts))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])}｜温根沼タイムズ</title>
<link rel="stylesheet" href="/common/css/base.css">
</head>
<body>
<div id="cookieNotice">当サイトでは、利便性向上とアクセス解析のためにクッキーを使用しています。<a href="/privacy/">プライバシーポリシー</a> <button>同意する</button></div>
<div id="header">
  <p class="logo"><a href="/">温根沼タイムズ<span>電子版</span></a></p>
  <ul id="gnav"><li><a href="/">トップ</a></li><li><a href="/local/">地域</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/gyogyo/">漁業</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul>
  <p class="login"><a href="/member/">会員ログイン</a>｜<a href="/member/entry/">購読申し込み</a></p>
</div>
<div id="contents">
  <p class="pankuzu"><a href="/">トップ</a> &gt; {esc(a['section'])}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="date">{when}</p>
  <div class="honbun">
  <p class="lead">{esc(a['summary'])}</p>
  {body_html(a)}
  </div>
  <p class="kisha">（{esc(a['author'])}）</p>
  <div class="sns">シェア：<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a></div>
  <div class="kanren"><h2>関連記事</h2><ul>{rel or '<li><a href="/hoppo/">北方領土の記事一覧</a></li>'}</ul></div>
</div>
<div id="footer">
  <p>温根沼タイムズ社　北海道根室市</p>
  <p>掲載の記事・写真・図表などの無断転載を禁じます。著作権は温根沼タイムズ社またはその情報提供者に属します。</p>
</div>
</body>
</html>
"""


def page_kantei(a, arts):
    t = utc(a).astimezone(JST)
    when = f"{t:%Y/%m/%d} {t:%H:%M}"
    rel = "".join(f'<li><a href="/memo/{utc(b).astimezone(JST):%Y/%m%d}/{dh((b["id"] + "k")) % 9000 + 1000}">{esc(b["title"])}</a></li>'
                  for b in related(a, arts, 4))
    path = f"/articles/{a['id']}.html"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{esc(a['title'])} - 官邸・国会メモ</title>
  <meta name="description" content="{esc(a['summary'])}">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="官邸・国会メモ">
  <meta property="article:published_time" content="{t.isoformat()}">
  {jsonld(a, "官邸・国会メモ", path)}
  <link rel="stylesheet" href="/assets/css/kmemo.css">
</head>
<body>
  <div class="cc-banner">このサイトはクッキーを利用しています。引き続き閲覧する場合、<a href="/cookie">クッキーポリシー</a>に同意したものとみなします。<button>閉じる</button></div>
  <header class="gh">
    <div class="gh-logo"><a href="/">官邸・国会メモ</a><small>会見と答弁の記録</small></div>
    <nav class="gh-nav"><a href="/kaiken/">官房長官会見</a><a href="/gaisho/">外相会見</a><a href="/kokkai/">国会</a><a href="/gaiko/">外交</a><a href="/seisaku/">政策</a></nav>
  </header>
  <div class="wrap">
    <main class="entry">
      <ol class="bc"><li><a href="/">ホーム</a></li><li>{esc(a['section'])}</li></ol>
      <h1 class="entry-title">{esc(a['title'])}</h1>
      <div class="entry-meta"><time datetime="{t.isoformat()}">{when}</time>　{esc(a['author'])}</div>
      <p class="entry-lead">{esc(a['summary'])}</p>
      <div class="entry-body">
      {body_html(a)}
      </div>
      <div class="entry-share">この記事をシェア：<a href="#">X</a> <a href="#">はてなブックマーク</a> <a href="#">LINE</a></div>
      <section class="entry-rel"><h2>あわせて読みたい</h2><ul>{rel or '<li><a href="/gaiko/">外交の記事一覧</a></li>'}</ul></section>
    </main>
    <aside class="side">
      <h3>アクセスランキング</h3>
      <ol><li><a href="/rank/1">物価高対策、補正予算案の規模は</a></li><li><a href="/rank/2">党首討論の全文</a></li><li><a href="/rank/3">日米首脳電話会談の要旨</a></li></ol>
      <div class="ad">広告</div>
    </aside>
  </div>
  <footer class="gf"><p>官邸・国会メモ編集部</p><p><a href="/about">運営者情報</a>｜<a href="/policy">編集方針</a>｜<a href="/feed">フィード</a></p><p>© {t.year} Kantei Memo</p></footer>
</body>
</html>
"""


RENDER = {
    "dovecote-wire": page_dovecote,
    "gantry-record": page_gantry,
    "dais-docket": page_dais,
    "shkhera-ru": page_shkhera,
    "replika-ru": page_replika,
    "otliv-ru": page_otliv,
    "onneto-ja": page_onneto,
    "kantei-memo": page_kantei,
}


# ----------------------------------------------------------------------------- main


def collect():
    arts = data_2024.ARTICLES + data_2025.ARTICLES + data_2026_27.ARTICLES
    arts = sorted(arts, key=utc)
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
        a["group"] = f"{PREFIX}-{a['group']}" if a.get("group") else None
    return arts


def check(arts):  # noqa: C901
    seen_groups = {}
    for a in arts:
        assert a["feed"] in FEED_IDS, a["id"]
        assert a["lang"] == next(f["lang"] for f in FEEDS if f["id"] == a["feed"]), a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if a["label"] in {"new_development", "status_change"}:
            assert a["group"] and a.get("new_facts") and a.get("must_mention"), a["id"]
            # every inner list should be satisfiable from the title + summary
            ts = (a["title"] + " " + a["summary"]).lower()
            for alt in a["must_mention"]:
                if not any(s.lower() in ts for s in alt):
                    print(f"warning: {a['id']} must_mention {alt} not in title/summary", file=sys.stderr)
            seen_groups.setdefault(a["group"], set()).add(a["label"])
        else:
            assert not a.get("group"), a["id"]
        words = len(" ".join(a["body"]).split()) if a["lang"] != "ja" else len("".join(a["body"])) // 2
        if not (120 <= words <= 650):
            print(f"note: {a['id']} body length ~{words} words", file=sys.stderr)
    for g, labels in seen_groups.items():
        assert len(labels) == 1, (g, labels)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE.parent)
    args = ap.parse_args()
    out = args.out
    (out / "articles").mkdir(parents=True, exist_ok=True)
    arts = collect()
    check(arts)
    for old in (out / "articles").glob(f"{PREFIX}-*.html"):
        old.unlink()
    for a in arts:
        page = RENDER[a["feed"]](a, arts)
        (out / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
    entries = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": CORPUS_NAME, "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = ("# blind75 — theme: what officials say versus what is done.\n"
            "# Generated by src/generate.py; do not edit by hand.\n"
            + yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=200))
    (out / "labels.yaml").write_text(text, encoding="utf-8")
    # summary
    from collections import Counter
    print(f"{len(arts)} articles;", dict(Counter(a["lang"] for a in arts)), dict(Counter(a["label"] for a in arts)))
    groups = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(f"{a['id']}({a['lang']})")
    for g, ids in groups.items():
        print(g, " ".join(ids))


if __name__ == "__main__":
    main()
