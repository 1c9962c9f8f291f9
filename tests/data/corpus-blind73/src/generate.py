#!/usr/bin/env python3
"""Generate the blind73 evaluation corpus: articles/*.html and labels.yaml.

Theme: documents between the parties (notes, letters, drafts, replies, petitions).
Usage: python3 src/generate.py [OUTDIR]   (default: the folder above src/)
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_2024 import ARTICLES as A1  # noqa: E402
from data_2025 import ARTICLES as A2  # noqa: E402
from data_2026 import ARTICLES as A3  # noqa: E402

PREFIX = "b73"
CORPUS_NAME = "blind73"
BASE = "https://{host}"

FEEDS = [
    {"id": "hakuro-ja", "title": "白露新聞デジタル", "format": "rss", "lang": "ja",
     "host": "www.hakuro-shimbun.jp"},
    {"id": "fumizuki-ja", "title": "文月通信ニュース", "format": "atom", "lang": "ja",
     "host": "news.fumizuki-tsushin.jp"},
    {"id": "depesha-ru", "title": "ИА «Депеша» — лента новостей", "format": "atom", "lang": "ru",
     "host": "depesha-news.ru"},
    {"id": "prichal-ru", "title": "Причал — новости Сахалина и Курил", "format": "rss", "lang": "ru",
     "host": "prichal-sakh.ru"},
    {"id": "inkwell-asia", "title": "The Inkwell — Asia Desk", "format": "rss", "lang": "en",
     "host": "www.inkwell-asia.com"},
    {"id": "dispatchbox-en", "title": "The Dispatch Box — Diplomacy", "format": "atom", "lang": "en",
     "host": "www.dispatchbox.net"},
    {"id": "cinnabar-wire", "title": "Cinnabar Wire - World", "format": "rss", "lang": "en",
     "host": "wire.cinnabar-news.com"},
    {"id": "sealwax-review", "title": "The Sealwax Review — Diplomacy & Asia", "format": "atom",
     "lang": "en", "host": "sealwaxreview.org"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

RELATED = {
    "hakuro-ja": ["道東の秋サケ漁、水揚げ前年比2割減　根室・羅臼", "JR花咲線、存続へ地元負担の協議始まる",
                  "釧路空港、国際チャーター便の誘致強化", "高校野球北大会、白樺学園が8強",
                  "根室市、ふるさと納税の受け入れ額が過去最高に", "北方領土の元島民、語り部の後継者育成へ講座",
                  "道議会、補正予算案を可決", "中標津で牛舎火災、けが人なし"],
    "fumizuki-ja": ["日銀、金融政策決定会合を開始", "円相場、1ドル＝150円台で推移", "全国の桜開花予想を更新",
                    "衆院予算委、物価対策で論戦", "北海道新幹線、札幌延伸の工期見直し", "サンマ漁、今季も低水準"],
    "depesha-ru": ["Центробанк сохранил ключевую ставку", "На Сахалине открыли новый терминал в порту Корсаков",
                   "Минвостокразвития расширит программу «Дальневосточный гектар»",
                   "Лавров проведёт переговоры с главой МИД Индонезии", "В Приморье стартовала путина",
                   "Курс юаня на Мосбирже обновил максимум"],
    "prichal-ru": ["Паром «Игорь Фархутдинов» выйдет в рейс после ремонта",
                   "В Южно-Курильске отключат горячую воду на неделю",
                   "Рыбаки Курильского района перевыполнили план по горбуше",
                   "На Итурупе открылась новая школа искусств", "Авиарейсы на Кунашир задержаны из-за тумана",
                   "Сахалинская облдума утвердила бюджет на следующий год"],
    "inkwell-asia": ["Bank of Japan holds rates, signals patience", "Hokkaido chip plant hires first 500 engineers",
                     "South Korea's exports rise for fifth month", "Typhoon season: what to expect in Okinawa",
                     "Explainer: why Japan and Russia never signed a peace treaty",
                     "Tokyo's rice prices hit a record"],
    "dispatchbox-en": ["The quiet diplomacy of the Mongolian channel", "Analysis: G7 sanctions, year four",
                       "Who runs Russia's Asia policy now?", "Japan's new security strategy, annotated",
                       "Profile: the deputy minister who says no", "Podcast: notes verbales, explained"],
    "cinnabar-wire": ["Oil steadies as OPEC+ keeps output plan", "Philippine peso weakens on trade data",
                      "Earthquake of magnitude 5.9 strikes off Hokkaido, no tsunami warning",
                      "Australia, Indonesia sign defence pact", "Samsung profit beats forecasts"],
    "sealwax-review": ["Letters from the archive: the 1855 Shimoda treaty", "Essay: the art of the non-paper",
                       "Review: a history of the Cold War in the North Pacific",
                       "Why small states write so many notes", "Interview: a former ambassador on protocol"],
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def pick(pool: list[str], key: str, n: int) -> list[str]:
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    start = h % len(pool)
    return [pool[(start + i) % len(pool)] for i in range(n)]


def slug(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:8]


# ------------------------------------------------------------------ per-outlet templates

def page_hakuro(a: dict, t: datetime, url: str) -> str:
    lt = t.astimezone(JST)
    date = f"{lt.year}年{lt.month}月{lt.day}日 {lt.hour}:{lt.minute:02d}"
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'        <li><a href="/news/{slug(r)}.html">{esc(r)}</a></li>'
                    for r in pick(RELATED["hakuro-ja"], a["id"], 4))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])}｜白露新聞デジタル</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="白露新聞デジタル">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{lt.isoformat()}">
<meta property="article:section" content="{esc(a.get('section', ''))}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/hakuro.css?v=2024">
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-banner">当サイトでは利便性向上と広告配信のためにCookieを使用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button type="button">同意する</button></div>
<header class="site-header">
  <a class="logo" href="/">白露新聞<span>デジタル</span></a>
  <nav class="gnav"><ul>
    <li><a href="/">トップ</a></li><li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li>
    <li><a href="/society/">社会</a></li><li><a href="/doto/">道東</a></li><li><a href="/world/">国際</a></li>
    <li><a href="/sports/">スポーツ</a></li><li><a href="/opinion/">オピニオン</a></li>
  </ul></nav>
  <div class="member"><a href="/login/">ログイン</a> | <a href="/subscribe/">会員登録</a></div>
</header>
<main>
  <div class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/politics/">{esc(a.get('section', '政治'))}</a></div>
  <article class="news-article">
    <h1>{esc(a['title'])}</h1>
    <div class="article-meta"><time datetime="{lt.isoformat()}">{date}</time>　<span class="byline">{esc(a.get('byline', ''))}</span></div>
    <div class="share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
    <div class="article-body">
{body}
    </div>
    <p class="notice">※この記事の無断転載を禁じます。</p>
  </article>
  <aside class="related">
    <h2>関連記事</h2>
    <ul>
{rel}
    </ul>
  </aside>
  <aside class="ranking"><h2>アクセスランキング</h2><ol><li>大雪で列車運休、道東で終日</li><li>根室の花咲ガニ、初競りで高値</li><li>市長選、2新人が出馬表明</li></ol></aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about/">会社案内</a></li><li><a href="/ad/">広告掲載</a></li><li><a href="/privacy/">個人情報の取り扱い</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
  <p>Copyright © 白露新聞社 All rights reserved. 記事・写真の無断転載を禁じます。</p>
</footer>
<script src="/static/js/hakuro.js" defer></script>
</body>
</html>
"""


def page_fumizuki(a: dict, t: datetime, url: str) -> str:
    lt = t.astimezone(JST)
    date = f"{lt.year}/{lt.month:02d}/{lt.day:02d} {lt.hour:02d}:{lt.minute:02d}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": lt.isoformat(), "dateModified": lt.isoformat(),
          "description": a["summary"], "inLanguage": "ja",
          "author": {"@type": "Organization", "name": "文月通信"},
          "publisher": {"@type": "Organization", "name": "文月通信社"},
          "mainEntityOfPage": url}
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "".join(f'<li><a href="/article/{slug(r)}">{esc(r)}</a></li>'
                  for r in pick(RELATED["fumizuki-ja"], a["id"], 3))
    return f"""<!doctype html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} - 文月通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="gdpr">本サイトはCookieを利用しています。閲覧を続けることで、Cookieの利用に同意したものとみなします。<a href="/cookie">詳細</a> <a href="#" class="close">×</a></div>
<div class="topbar"><span class="brand">文月通信</span> <span class="tagline">速報・解説・地域ニュース</span>
<form action="/search" class="search"><input type="text" name="q" placeholder="キーワード検索"><button>検索</button></form></div>
<ul class="menu"><li><a href="/">ニュース</a></li><li><a href="/c/politics">政治</a></li><li><a href="/c/business">経済</a></li><li><a href="/c/national">社会</a></li><li><a href="/c/hokkaido">北海道</a></li><li><a href="/c/intl">国際</a></li><li><a href="/c/photo">写真</a></li></ul>
<div id="main">
<div class="cat">{esc(a.get('section', ''))}</div>
<h1 class="headline">{esc(a['title'])}</h1>
<p class="pubdate">{date}配信</p>
<div class="lead">{esc(a['summary'])}</div>
<div class="text">
{body}
</div>
<p class="credit">（{esc(a.get('byline', '文月通信'))}）</p>
<div class="sns">シェア：<a href="#">X</a>／<a href="#">Facebook</a>／<a href="#">LINE</a></div>
<div class="ad">広告</div>
<h3>あわせて読みたい</h3><ul class="more">{rel}</ul>
</div>
<div class="foot">文月通信社 | <a href="/terms">利用規約</a> | <a href="/privacy">プライバシー</a> | <a href="/rss">RSS/Atom</a><br>© Fumizuki Tsushin Co., Ltd.</div>
</body>
</html>
"""


def page_depesha(a: dict, t: datetime, url: str) -> str:
    lt = t.astimezone(MSK)
    date = f"{lt.day} {RU_MONTHS[lt.month - 1]} {lt.year}, {lt.hour:02d}:{lt.minute:02d}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": lt.isoformat(), "description": a["summary"], "inLanguage": "ru",
          "author": {"@type": "Organization", "name": "ИА «Депеша»"},
          "publisher": {"@type": "Organization", "name": "ИА «Депеша»",
                        "logo": {"@type": "ImageObject", "url": "https://depesha-news.ru/logo.png"}}}
    body = "\n".join(f"    <p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'    <li><a href="/news/{slug(r)}">{esc(r)}</a></li>'
                    for r in pick(RELATED["depesha-ru"], a["id"], 4))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — ИА «Депеша»</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="ИА «Депеша»">
<meta property="article:published_time" content="{lt.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">правилами</a>. <button>Хорошо</button></div>
<header>
  <div class="logo"><a href="/">ДЕПЕША</a> <small>информационное агентство</small></div>
  <nav>
    <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a>
    <a href="/world">В мире</a> <a href="/fareast">Дальний Восток</a> <a href="/sport">Спорт</a>
  </nav>
  <div class="rates">USD 92,41 · EUR 99,87 · CNY 12,71</div>
</header>
<main class="article">
  <div class="rubric">{esc(a.get('section', ''))}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="date">{date} (МСК)</div>
  <div class="lead"><strong>{esc(a['summary'])}</strong></div>
  <div class="article__text">
{body}
  </div>
  <div class="author">{esc(a.get('byline', ''))}</div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
  <div class="subscribe">Подписывайтесь на «Депешу» в <a href="#">Telegram</a> и <a href="#">Дзене</a></div>
  <section class="read-also">
    <h2>Читайте также</h2>
    <ul>
{rel}
    </ul>
  </section>
</main>
<footer>
  <p>© 2014–{lt.year} ИА «Депеша». Свидетельство о регистрации СМИ ИА № ФС 77-61234 выдано Роскомнадзором.</p>
  <p>При полном или частичном использовании материалов ссылка на ИА «Депеша» обязательна. 18+</p>
  <p><a href="/about">О нас</a> · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/rss">RSS</a></p>
</footer>
</body>
</html>
"""


def page_prichal(a: dict, t: datetime, url: str) -> str:
    # a regional site without any metadata beyond <title>
    lt = t.astimezone(timezone(timedelta(hours=11)))  # Sakhalin time
    date = f"{lt.day:02d}.{lt.month:02d}.{lt.year} {lt.hour:02d}:{lt.minute:02d}"
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "".join(f'<li><a href="/news/{slug(r)}/">{esc(r)}</a></li>'
                  for r in pick(RELATED["prichal-ru"], a["id"], 4))
    comments = "".join(
        f'<div class="comment"><b>{esc(n)}</b><span class="c-date">{date}</span><p>{esc(c)}</p></div>'
        for n, c in a.get("comments", []))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Причал</title>
</head>
<body>
<table class="top" width="100%"><tr><td><a href="/"><img src="/img/prichal-logo.png" alt="Причал"></a></td>
<td class="weather">Южно-Сахалинск −3° · Южно-Курильск +1° · Курильск 0°</td></tr></table>
<div class="menu"><a href="/">Главная</a> | <a href="/news/">Новости</a> | <a href="/kurily/">Курилы</a> | <a href="/economy/">Экономика</a> | <a href="/history/">История</a> | <a href="/ads/">Объявления</a> | <a href="/contacts/">Контакты</a></div>
<div class="cookies">Сайт использует cookie. <a href="#">Принять</a></div>
<div class="content">
<div class="path"><a href="/">Главная</a> / <a href="/news/">{esc(a.get('section', 'Новости'))}</a></div>
<h1>{esc(a['title'])}</h1>
<div class="info">{date} · Автор: {esc(a.get('byline', 'Редакция'))} · Просмотров: {int(slug(a['id']), 16) % 4000 + 300}</div>
<div class="text">
{body}
</div>
<div class="tags">Теги: <a href="/tag/kurily/">Курилы</a>, <a href="/tag/japan/">Япония</a></div>
<div class="box"><h3>Другие новости</h3><ul>{rel}</ul></div>
<div class="comments"><h3>Комментарии ({len(a.get('comments', []))})</h3>{comments}
<p class="note">Комментарии публикуются после модерации.</p></div>
</div>
<div class="footer">© «Причал», 2011–{lt.year}. Сетевое издание. Все права защищены. Перепечатка без ссылки запрещена. 16+<br><a href="/about/">О проекте</a> · <a href="/rss/">RSS</a></div>
</body>
</html>
"""


def page_inkwell(a: dict, t: datetime, url: str) -> str:
    date = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} · {t.hour:02d}:{t.minute:02d} GMT"
    body = "\n".join(f"        <p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'          <li><a href="/story/{slug(r)}">{esc(r)}</a></li>'
                    for r in pick(RELATED["inkwell-asia"], a["id"], 4))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a['title'])} | The Inkwell</title>
  <meta name="description" content="{esc(a['summary'])}">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
  <meta name="twitter:card" content="summary_large_image">
</head>
<body>
  <div class="consent" role="dialog">We use cookies to personalise content and analyse traffic. <a href="/privacy">Privacy policy</a> <button>Accept all</button> <button>Manage</button></div>
  <header class="masthead">
    <a href="/" class="wordmark">The Inkwell</a><span class="edition">Asia Desk</span>
    <nav><a href="/japan">Japan</a> <a href="/korea">Korea</a> <a href="/china">China</a> <a href="/russia-far-east">Russia &amp; Far East</a> <a href="/markets">Markets</a> <a href="/opinion">Opinion</a></nav>
    <a class="signin" href="/account">Sign in</a>
  </header>
  <main>
    <article>
      <p class="kicker">{esc(a.get('section', ''))}</p>
      <h1>{esc(a['title'])}</h1>
      <p class="standfirst">{esc(a['summary'])}</p>
      <p class="byline">By {esc(a.get('byline', 'Inkwell staff'))} · <time datetime="{t.isoformat()}">{date}</time></p>
      <div class="story">
{body}
      </div>
      <div class="newsletter">Get the Asia Desk briefing in your inbox every weekday morning. <a href="/newsletters">Sign up</a></div>
      <aside class="more">
        <h2>More from the Asia Desk</h2>
        <ul>
{rel}
        </ul>
      </aside>
    </article>
  </main>
  <footer>
    <nav><a href="/about">About</a> · <a href="/ethics">Editorial standards</a> · <a href="/contact">Contact</a> · <a href="/feeds">RSS</a></nav>
    <p>© {t.year} Inkwell Media Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def page_dispatchbox(a: dict, t: datetime, url: str) -> str:
    date = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}, {t.hour:02d}:{t.minute:02d} UTC"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": t.isoformat(), "dateModified": t.isoformat(),
          "author": [{"@type": "Person", "name": a.get("byline", "Staff")}],
          "publisher": {"@type": "Organization", "name": "The Dispatch Box"},
          "description": a["summary"], "isAccessibleForFree": True}
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "".join(f'<li><a href="/analysis/{slug(r)}">{esc(r)}</a></li>'
                  for r in pick(RELATED["dispatchbox-en"], a["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — The Dispatch Box</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="The Dispatch Box">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:section" content="{esc(a.get('section', ''))}">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head>
<body class="single">
<div id="cmp">This site uses cookies and similar technologies. <a href="/cookies">Learn more</a> <button>OK</button></div>
<div class="paybar">You have 3 free articles left this month. <a href="/subscribe">Subscribe from £1</a></div>
<header><h2 class="brand"><a href="/">The Dispatch Box</a></h2><p class="motto">Diplomacy, read closely</p>
<nav><a href="/diplomacy">Diplomacy</a> · <a href="/security">Security</a> · <a href="/europe">Europe</a> · <a href="/asia">Asia</a> · <a href="/briefings">Briefings</a> · <a href="/podcast">Podcast</a></nav></header>
<div class="wrap">
<span class="section">{esc(a.get('section', ''))}</span>
<h1>{esc(a['title'])}</h1>
<h2 class="dek">{esc(a['summary'])}</h2>
<div class="meta">{esc(a.get('byline', ''))} — {date}</div>
<div class="entry">
{body}
</div>
<div class="tools"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Print</a></div>
<div class="related"><h3>Related</h3><ul>{rel}</ul></div>
</div>
<footer><p>The Dispatch Box is published by Dispatch Media LLP. © {t.year}. <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/feed.atom">Atom feed</a></p></footer>
</body>
</html>
"""


def page_cinnabar(a: dict, t: datetime, url: str) -> str:
    # wire page with no og / JSON-LD metadata
    date = f"{EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year} {t.hour:02d}:{t.minute:02d} GMT"
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "".join(f'<li><a href="/world/{slug(r)}">{esc(r)}</a></li>'
                  for r in pick(RELATED["cinnabar-wire"], a["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Cinnabar Wire</title>
<meta name="description" content="{esc(a['summary'])}">
</head>
<body>
<div class="cookie-notice">Cinnabar uses cookies. By continuing you agree to our <a href="/legal/cookies">cookie policy</a>. [x]</div>
<div class="hdr"><a href="/" class="logo">CINNABAR</a> <span>WIRE</span>
<ul class="sections"><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li><li><a href="/tech">Tech</a></li></ul></div>
<div class="ticker">NIKKEI ▲0.4% · KOSPI ▼0.2% · BRENT $78.10 · USD/JPY 149.8</div>
<div class="story">
<div class="sec">{esc(a.get('section', ''))}</div>
<h1>{esc(a['title'])}</h1>
<div class="by">By {esc(a.get('byline', 'Cinnabar staff'))} | {date}</div>
{body}
<div class="trust">Our Standards: The Cinnabar Trust Principles.</div>
</div>
<div class="rel"><b>Read next</b><ul>{rel}</ul></div>
<div class="ftr">All quotes delayed a minimum of 15 minutes. © {t.year} Cinnabar News Agency. <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a></div>
</body>
</html>
"""


def page_sealwax(a: dict, t: datetime, url: str) -> str:
    date = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"
    body = "\n".join(f"    <p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'      <li><a href="/essays/{slug(r)}">{esc(r)}</a></li>'
                    for r in pick(RELATED["sealwax-review"], a["id"], 3))
    comments = "\n".join(
        f'    <li class="comment"><span class="who">{esc(n)}</span> <span class="when">{date}</span><p>{esc(c)}</p></li>'
        for n, c in a.get("comments", []))
    comments_html = (f'  <section class="comments"><h3>{len(a.get("comments", []))} comments</h3><ol>\n'
                     f'{comments}\n  </ol></section>') if a.get("comments") else \
        '  <section class="comments"><h3>Comments</h3><p>Be the first to comment. Comments are moderated.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(a['title'])} · The Sealwax Review</title>
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{t.isoformat()}">
</head>
<body>
<div class="cookiebar">We use essential cookies and, with your consent, analytics. <a href="/cookies">Settings</a> <button>Accept</button></div>
<header class="top">
  <a href="/" class="title">The Sealwax Review</a>
  <p class="sub">Diplomacy &amp; Asia · independent since 2012</p>
  <nav><a href="/region">Region</a> <a href="/essays">Essays</a> <a href="/books">Books</a> <a href="/science">Science</a> <a href="/donate">Support us</a></nav>
</header>
<article class="post">
  <p class="cat">{esc(a.get('section', ''))}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="summary"><em>{esc(a['summary'])}</em></p>
  <p class="meta">{esc(a.get('byline', ''))} · {date}</p>
  <div class="post-body">
{body}
  </div>
  <aside class="related"><h4>You may also like</h4><ul>
{rel}
  </ul></aside>
{comments_html}
</article>
<footer><p>The Sealwax Review is reader-funded. © {t.year}. <a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/atom.xml">Feed</a></p></footer>
</body>
</html>
"""


TEMPLATES = {
    "hakuro-ja": page_hakuro, "fumizuki-ja": page_fumizuki, "depesha-ru": page_depesha,
    "prichal-ru": page_prichal, "inkwell-asia": page_inkwell, "dispatchbox-en": page_dispatchbox,
    "cinnabar-wire": page_cinnabar, "sealwax-review": page_sealwax,
}


def parse_time(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    arts = sorted(A1 + A2 + A3, key=lambda a: parse_time(a["published"]))
    times = [a["published"] for a in arts]
    assert len(set(times)) == len(times), "duplicate publication times"
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
        if a.get("group"):
            a["group"] = f"{PREFIX}-{a['group']}"
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for old in (out / "articles").glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        feed = FEED_BY_ID[a["feed"]]
        assert feed["lang"] == a["lang"], a["id"]
        t = parse_time(a["published"])
        url = f"{BASE.format(host=feed['host'])}/articles/{a['id']}.html"
        page = TEMPLATES[a["feed"]](a, t, url)
        (out / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
             "published": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "title": a["title"],
             "summary": a["summary"], "label": a["label"]}
        if a["label"] in ("new_development", "status_change"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        else:
            assert not a.get("group"), a["id"]
        e["note"] = a["note"]
        entries.append(e)
    labels = {
        "name": CORPUS_NAME,
        "known_as_of": "2024-02-08",
        "feeds": [{k: f[k] for k in ("id", "title", "format", "lang")} for f in FEEDS],
        "articles": entries,
    }
    text = ("# blind73 corpus - generated by src/generate.py; do not edit by hand.\n"
            "# Theme: documents between the parties (notes, letters, drafts, replies, petitions).\n")
    text += yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
    (out / "labels.yaml").write_text(text, encoding="utf-8")
    # summary on stdout
    from collections import Counter
    print(f"{len(entries)} articles -> {out}")
    print("langs:", dict(Counter(e["lang"] for e in entries)))
    print("labels:", dict(Counter(e["label"] for e in entries)))
    print("feeds:", dict(Counter(e["feed"] for e in entries)))
    groups: dict[str, list[str]] = {}
    for e in entries:
        if "group" in e:
            groups.setdefault(e["group"], []).append(f"{e['id']}({e['lang']})")
    for g, ids in groups.items():
        print(g, " ".join(ids))


if __name__ == "__main__":
    main()
