#!/usr/bin/env python3
"""Generate corpus blind66: articles/<id>.html and labels.yaml.

Usage:  python3 src/generate.py            (writes into the folder above src/)
Deterministic: the same input always gives the same files.
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

from content_en import ARTICLES as EN  # noqa: E402
from content_ja import ARTICLES as JA  # noqa: E402
from content_ru import ARTICLES as RU  # noqa: E402

FEEDS = [
    {"id": "cobbleton-asia", "title": "The Cobbleton Gazette - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "whinmoor-wire", "title": "Whinmoor Wire - World", "format": "atom", "lang": "en"},
    {"id": "yarrowdale-en", "title": "Yarrowdale Daily - World", "format": "rss", "lang": "en"},
    {"id": "tombolo-hokkaido", "title": "The Tombolo - eastern Hokkaido in English", "format": "atom", "lang": "en"},
    {"id": "krachka-ru", "title": "Крачка-Медиа — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "zyuid-ru", "title": "ИА «Зюйд» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "konbumori-ja", "title": "昆布森タイムス デジタル（根室・釧路）", "format": "rss", "lang": "ja"},
    {"id": "kiyosumi-ja", "title": "清澄新聞デジタル", "format": "atom", "lang": "ja"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))

E = html.escape


def when(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def pick(seq, key, n):
    """Deterministic choice of n items from seq by a key."""
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    out, pool = [], list(seq)
    while pool and len(out) < n:
        out.append(pool.pop(h % len(pool)))
        h //= 7
    return out


def body_html(paras, p_class=""):
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.strip() in ("――", "--"):
            out.append("<hr>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    return "\n        ".join(out)


def slug(a):
    return a["id"].replace("b66-", "")


# --------------------------------------------------------------------------- outlets

RELATED = {
    "cobbleton-asia": [
        "Typhoon season: what forecasters expect for Okinawa", "Seoul's housing market cools again",
        "Philippine ferry operators face new safety rules", "Mongolia's copper mine expansion stalls",
        "Taiwan chip exports hit record", "Vietnam raises minimum wage", "Opinion: Asia's ageing farms",
        "Indonesia's new capital, two years on"],
    "whinmoor-wire": [
        "Oil steadies as OPEC+ weighs output", "UN envoy arrives in Khartoum", "Chile copper output slips",
        "EU ministers debate migration pact", "Rescue teams reach quake zone in eastern Turkey",
        "Brazil central bank holds rates", "Kenyan tea auction prices climb", "Nordic power prices jump"],
    "yarrowdale-en": [
        "Markets: yen slides to three-month low", "Canada wildfire season starts early",
        "Analysis: why shipping insurers are nervous", "Sports: Rugby sevens heads to Hong Kong",
        "Science: deep-sea mining moratorium debated", "Australia tightens student visa rules",
        "Letters: the cost of a cup of coffee", "Obituary: a pioneer of Asian cinema"],
    "tombolo-hokkaido": [
        "Drift ice arrives early at Abashiri", "Kushiro wetland cranes counted", "Nemuro's scallop prices",
        "Shiretoko tour boats: new safety rules", "Obihiro's winter festival draws record crowd",
        "Bus routes cut in Betsukai", "Red-crowned crane chicks spotted", "Nakashibetsu airport timetable"],
    "krachka-ru": [
        "В Холмске отремонтируют набережную", "Паромная переправа Ванино — Холмск работает по графику",
        "Сахалинские школьники победили на олимпиаде по физике", "В Корсакове открылся новый детский сад",
        "Цены на бензин на Сахалине выросли", "На Итурупе завершили ремонт дороги к аэропорту",
        "Погода: на юг Сахалина идёт циклон", "В Охе построят новую котельную"],
    "zyuid-ru": [
        "ЦБ сохранил ключевую ставку", "В Приморье стартовала путина сельди",
        "Минтранс обсудит тарифы на авиаперевозки на Дальнем Востоке", "Экспорт краба вырос на 12%",
        "Во Владивостоке прошёл форум судостроителей", "Морской порт Ванино увеличил перевалку угля",
        "Росрыболовство подвело итоги лососёвой путины на Камчатке", "Хабаровский край: паводок отступает"],
    "konbumori-ja": [
        "花咲ガニ、今季の水揚げ好調", "根室市長、市政方針を表明", "厚床の酪農家、牛舎を新築",
        "納沙布岬で初日の出、2千人", "釧路の高校、甲子園へ", "浜中のウニ漁、水揚げ減",
        "別海町の町民プール改修へ", "根室中央病院、医師確保に苦慮"],
    "kiyosumi-ja": [
        "日銀、政策金利を据え置き", "円相場、一時1ドル＝150円台", "通常国会が召集",
        "春闘、賃上げ率5％台維持", "東北新幹線、一部区間で運転見合わせ", "熊出没、過去最多のペース",
        "大学入試改革、検討会議が初会合", "米価高騰、政府備蓄米を放出"],
}


def tpl_cobbleton(a, t):
    url = f"https://www.cobbletongazette.example/asia/{t:%Y/%m/%d}/{slug(a)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": t.isoformat(), "dateModified": t.isoformat(),
          "author": {"@type": "Person", "name": a.get("author") or "Staff"},
          "publisher": {"@type": "Organization", "name": "The Cobbleton Gazette"},
          "description": a["summary"], "mainEntityOfPage": url}
    rel = "".join(f'<li><a href="/asia/related/{i}">{E(x)}</a></li>'
                  for i, x in enumerate(pick(RELATED["cobbleton-asia"], a["id"], 4)))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | The Cobbleton Gazette</title>
  <meta name="description" content="{E(a['summary'])}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Cobbleton Gazette">
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:description" content="{E(a['summary'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{t.isoformat()}">
  <meta property="article:section" content="Asia &amp; Pacific">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <link rel="stylesheet" href="/static/css/gazette.4f1c.css">
</head>
<body class="article-page">
  <div id="consent" class="consent-bar" role="dialog" aria-live="polite">
    <p>We use cookies and similar technologies to run this site, to measure our audience and to show
    you relevant advertising. You can change your choices at any time under "Privacy settings".</p>
    <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage options</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">The Cobbleton Gazette</a>
    <nav class="primary"><a href="/world">World</a> <a href="/asia" class="active">Asia &amp; Pacific</a>
      <a href="/business">Business</a> <a href="/climate">Climate</a> <a href="/opinion">Opinion</a>
      <a href="/culture">Culture</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
  </header>
  <main>
    <article class="story">
      <p class="kicker">Asia &amp; Pacific</p>
      <h1 class="headline">{E(a['title'])}</h1>
      <p class="standfirst">{E(a['summary'])}</p>
      <p class="byline">By {E(a.get('author') or 'Staff')} &middot;
        <time datetime="{t.isoformat()}">{t:%d %B %Y}</time></p>
      <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="story-body">
        {body_html(a['body'])}
      </div>
      <p class="corrections">Spotted an error? <a href="/corrections">Tell us</a>.</p>
    </article>
    <aside class="related"><h3>More from Asia &amp; Pacific</h3><ul>{rel}</ul></aside>
    <aside class="newsletter"><h3>The Asia Brief</h3><p>Our editors' pick of the region's news, every weekday morning.</p>
      <form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
  </main>
  <footer class="site-footer">
    <nav><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a>
      <a href="/terms">Terms</a> <a href="/advertise">Advertise</a></nav>
    <p>&copy; {t:%Y} The Cobbleton Gazette Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def tpl_whinmoor(a, t):
    url = f"https://wire.whinmoor.example/story/{t:%Y%m%d}-{slug(a)}"
    rel = "".join(f'<li><a href="/story/related-{i}">{E(x)}</a></li>'
                  for i, x in enumerate(pick(RELATED["whinmoor-wire"], a["id"], 3)))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Whinmoor Wire</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/assets/wire.css">
</head>
<body>
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree to our use of
cookies. <a href="/cookies">Learn more</a> <button>OK</button></div>
<div class="topbar"><span class="brand">WHINMOOR WIRE</span>
<ul class="sections"><li><a href="/world">World</a></li><li><a href="/markets">Markets</a></li>
<li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li><li><a href="/americas">Americas</a></li>
<li><a href="/africa">Africa</a></li><li><a href="/pictures">Pictures</a></li></ul>
<form class="search"><input name="q" placeholder="Search"></form></div>
<div class="container">
<div class="story-header">
<h1>{E(a['title'])}</h1>
<div class="meta">{t:%B %d, %Y %H:%M} GMT &bull; {len(' '.join(a['body']).split()) // 200 + 1} min read</div>
</div>
<div class="story-text">
{body_html(a['body'])}
</div>
<p class="trust">Our Standards: <a href="/principles">The Whinmoor Trust Principles</a>.</p>
<div class="more"><h4>Read next</h4><ul>{rel}</ul></div>
</div>
<footer><p>All quotes delayed a minimum of 15 minutes. &copy; {t:%Y} Whinmoor Wire.</p>
<p><a href="/terms">Terms of use</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/feedback">Feedback</a></p></footer>
</body>
</html>
"""


def tpl_yarrowdale(a, t):
    url = f"https://yarrowdale-daily.example/world/{slug(a)}-{t:%Y%m%d}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
          "author": [{"@type": "Person", "name": a.get("author") or "Yarrowdale staff"}],
          "articleSection": "World", "url": url}
    rel = "".join(f'<li><a href="/world/r{i}">{E(x)}</a></li>'
                  for i, x in enumerate(pick(RELATED["yarrowdale-en"], a["id"], 4)))
    n_comments = int(hashlib.md5(a["id"].encode()).hexdigest(), 16) % 40
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
<link rel="stylesheet" href="/css/yd-main.css">
</head>
<body>
<header id="yd-header">
  <div class="yd-logo"><a href="/">Yarrowdale Daily</a></div>
  <ul class="yd-nav"><li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/money">Money</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/lifestyle">Lifestyle</a></li><li><a href="/puzzles">Puzzles</a></li></ul>
  <a class="yd-login" href="/login">Log in</a>
</header>
<div class="gdpr-banner" id="gdpr">
  <strong>Your privacy</strong> We and our 143 partners store and access information on your device for
  personalised ads and content, measurement and audience insights.
  <button id="gdpr-yes">I agree</button> <button id="gdpr-more">More options</button>
</div>
<div class="yd-wrap">
  <div class="yd-breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/world">World</a> &rsaquo; Asia</div>
  <h1>{E(a['title'])}</h1>
  <div class="yd-dek">{E(a['summary'])}</div>
  <div class="yd-author">{E(a.get('author') or 'Yarrowdale staff')} | Published {t:%a %d %b %Y, %H:%M} UTC</div>
  <div class="yd-ad">Advertisement</div>
  <div class="yd-article">
    {body_html(a['body'])}
  </div>
  <div class="yd-tags">Topics: <a href="/topic/japan">Japan</a> <a href="/topic/russia">Russia</a> <a href="/topic/asia">Asia</a></div>
  <section class="yd-comments"><h3>Comments ({n_comments})</h3><p>Comments are closed on this article.</p></section>
  <section class="yd-related"><h3>Most read</h3><ol>{rel}</ol></section>
</div>
<footer class="yd-footer">Yarrowdale Daily &copy; {t:%Y} | <a href="/about">About</a> | <a href="/contact">Contact us</a> |
<a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookie settings</a></footer>
</body>
</html>
"""


def tpl_tombolo(a, t):
    # deliberately no metadata beyond <title>; the date is only in the page text
    tl = t.astimezone(JST)
    rel = "".join(f'<li><a href="/local/{i}">{E(x)}</a></li>'
                  for i, x in enumerate(pick(RELATED["tombolo-hokkaido"], a["id"], 4)))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>The Tombolo | {E(a['title'])}</title>
<link rel="stylesheet" type="text/css" href="/style.css">
</head>
<body>
<table width="100%" class="top"><tr><td><a href="/"><b>THE TOMBOLO</b></a><br><small>Eastern Hokkaido in English since 2011</small></td>
<td align="right"><a href="/news">News</a> | <a href="/fisheries">Fisheries</a> | <a href="/islands">The Islands</a> |
<a href="/travel">Travel</a> | <a href="/events">Events</a> | <a href="/about">About</a></td></tr></table>
<div id="cookies" style="background:#eee;padding:6px">We use a few cookies for statistics. <a href="/privacy">Details</a> <a href="#" onclick="this.parentNode.style.display='none'">Close</a></div>
<div id="content">
<h2 class="title">{E(a['title'])}</h2>
<p class="dateline">{tl:%B} {tl.day}, {tl:%Y} &middot; {E(a.get('author') or 'Tombolo staff')}</p>
<p><i>{E(a['summary'])}</i></p>
{body_html(a['body'])}
<p class="support">The Tombolo is independent and reader-funded. <a href="/support">Support local reporting</a>.</p>
</div>
<div id="sidebar"><h4>Recent</h4><ul>{rel}</ul>
<h4>Tide table (Nemuro)</h4><p>High 05:12 / 17:40 &middot; Low 11:03 / 23:31</p></div>
<div id="foot">&copy; The Tombolo. Text may be quoted with a link. | <a href="/contact">Contact</a></div>
</body>
</html>
"""


WEATHER = {1: "−14…−7", 2: "−13…−5", 3: "−8…0", 4: "−1…+6", 5: "+4…+12", 6: "+9…+16",
           7: "+14…+20", 8: "+16…+22", 9: "+11…+18", 10: "+4…+11", 11: "−3…+3", 12: "−11…−4"}


def tpl_krachka(a, t):
    tl = t.astimezone(SAKH)
    url = f"https://krachka-media.example/news/{tl:%Y/%m/%d}/{slug(a)}/"
    rel = "".join(f'<li><a href="/news/read/{i}/">{E(x)}</a></li>'
                  for i, x in enumerate(pick(RELATED["krachka-ru"], a["id"], 4)))
    views = 300 + int(hashlib.md5(a["id"].encode()).hexdigest(), 16) % 5000
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(a['title'])} — Крачка-Медиа</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Крачка-Медиа">
<meta property="article:published_time" content="{tl.isoformat()}">
<link rel="stylesheet" href="/local/templates/krachka/style.min.css">
</head>
<body>
<div class="cookie-popup">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом,
вы соглашаетесь с <a href="/policy/">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<header class="hdr">
  <a href="/" class="hdr__logo">Крачка<span>-Медиа</span></a>
  <div class="hdr__weather">Южно-Сахалинск {WEATHER[tl.month]}</div>
  <nav class="hdr__menu"><a href="/news/">Новости</a><a href="/kurily/">Курилы</a><a href="/society/">Общество</a>
  <a href="/economy/">Экономика</a><a href="/incidents/">Происшествия</a><a href="/sport/">Спорт</a><a href="/afisha/">Афиша</a></nav>
</header>
<main class="page">
  <article class="news-detail">
    <div class="news-detail__date">{tl:%d.%m.%Y %H:%M} <span class="views">&#128065; {views}</span></div>
    <h1>{E(a['title'])}</h1>
    <div class="news-detail__lead">{E(a['summary'])}</div>
    <div class="news-detail__text">
    {body_html(a['body'])}
    </div>
    <div class="news-detail__author">Автор: {E(a.get('author') or 'Редакция')}</div>
    <div class="news-detail__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
    <p class="news-detail__tg">Подписывайтесь на «Крачку» в <a href="#">Telegram</a> — самые важные новости Сахалина и Курил.</p>
  </article>
  <aside class="see-also"><h3>Читайте также</h3><ul>{rel}</ul></aside>
  <section class="comments"><h3>Комментарии</h3><p>Чтобы оставить комментарий, <a href="/auth/">войдите</a>.</p></section>
</main>
<footer class="ftr"><p>Сетевое издание «Крачка-Медиа». 16+. При полном или частичном использовании материалов ссылка обязательна.</p>
<p><a href="/about/">О редакции</a> · <a href="/ads/">Реклама</a> · <a href="/contacts/">Контакты</a></p></footer>
</body>
</html>
"""


def tpl_zyuid(a, t):
    tl = t.astimezone(MSK)
    url = f"https://zyuid-info.example/lenta/{tl:%Y%m%d}/{slug(a)}.html"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": tl.isoformat(), "inLanguage": "ru",
          "author": {"@type": "Organization", "name": "ИА «Зюйд»"},
          "publisher": {"@type": "Organization", "name": "ИА «Зюйд»"}, "description": a["summary"]}
    rel = "".join(f'<li><a href="/lenta/r{i}.html">{E(x)}</a></li>'
                  for i, x in enumerate(pick(RELATED["zyuid-ru"], a["id"], 5)))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | ИА «Зюйд»</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{tl.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/z.css">
</head>
<body>
<div class="z-cookies">Сайт использует cookie и сервисы веб-аналитики. <a href="/privacy">Подробнее</a> <button>Принять</button></div>
<div class="z-top"><a class="z-logo" href="/">ЗЮЙД</a> <span class="z-slogan">информационное агентство</span>
<ul class="z-rubrics"><li><a href="/lenta/">Лента</a></li><li><a href="/politika/">Политика</a></li><li><a href="/ekonomika/">Экономика</a></li>
<li><a href="/dfo/">ДФО</a></li><li><a href="/ryba/">Рыба</a></li><li><a href="/mir/">Мир</a></li></ul></div>
<div class="z-main">
<div class="z-time">{tl.day} {['января','февраля','марта','апреля','мая','июня','июля','августа','сентября','октября','ноября','декабря'][tl.month-1]} {tl:%Y}, {tl:%H:%M} (мск)</div>
<h1>{E(a['title'])}</h1>
<div class="z-lead"><b>{E(a['summary'])}</b></div>
<div class="z-text">
{body_html(a['body'])}
</div>
<div class="z-src">{E(a.get('author') or 'ИА «Зюйд»')}</div>
<div class="z-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a> <a href="#">Дзен</a></div>
</div>
<div class="z-lenta"><h3>Главное за сутки</h3><ul>{rel}</ul></div>
<div class="z-foot">© {tl:%Y} ИА «Зюйд». Свидетельство о регистрации СМИ ИА № ФС77-00000. Все права защищены. 18+</div>
</body>
</html>
"""


def tpl_konbumori(a, t):
    # no meta tags at all; date only in the page text (JST)
    tl = t.astimezone(JST)
    rel = "".join(f'<li><a href="/news/{tl:%Y}/{i:03d}.html">{E(x)}</a></li>'
                  for i, x in enumerate(pick(RELATED["konbumori-ja"], a["id"], 4)))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])}｜昆布森タイムス</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div id="cookie-bar">当サイトではサービス向上のためCookieを使用しています。<a href="/privacy/">詳しくはこちら</a>　<button>同意する</button></div>
<div id="header">
<p class="logo"><a href="/">昆布森タイムス デジタル</a></p>
<p class="area">根室・釧路・中標津・別海・羅臼</p>
<ul id="gnavi"><li><a href="/">トップ</a></li><li><a href="/news/local/">地域</a></li><li><a href="/news/gyogyo/">漁業</a></li>
<li><a href="/news/ryodo/">北方領土</a></li><li><a href="/news/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li>
<li><a href="/subscribe/">購読申し込み</a></li></ul>
</div>
<div id="contents">
<div class="article">
<h1>{E(a['title'])}</h1>
<p class="date">{tl.year}年{tl.month}月{tl.day}日 {tl:%H:%M}</p>
<div class="honbun">
{body_html(a['body'])}
</div>
<p class="copyright">記事・写真の無断転載を禁じます。</p>
</div>
<div id="side"><h3>最新ニュース</h3><ul>{rel}</ul>
<div class="bnr"><a href="/event/">根室かに祭り　協賛企業募集</a></div></div>
</div>
<div id="footer"><p>株式会社昆布森タイムス社　北海道根室市</p><p>Copyright &copy; Konbumori Times. All Rights Reserved.</p></div>
</body>
</html>
"""


def tpl_kiyosumi(a, t):
    tl = t.astimezone(JST)
    url = f"https://www.kiyosumi-shimbun.example/articles/{tl:%Y%m%d}-{slug(a)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": tl.isoformat(), "dateModified": tl.isoformat(), "inLanguage": "ja",
          "author": {"@type": "Organization", "name": "清澄新聞"},
          "publisher": {"@type": "Organization", "name": "清澄新聞社"}}
    rel = "".join(f'<li><a href="/articles/rel{i}">{E(x)}</a></li>'
                  for i, x in enumerate(pick(RELATED["kiyosumi-ja"], a["id"], 5)))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])}：清澄新聞デジタル</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="清澄新聞デジタル">
<meta property="article:published_time" content="{tl.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/ksd.css">
</head>
<body>
<div class="consent">清澄新聞デジタルは、利便性向上や広告配信のためにCookieを利用しています。サイトの閲覧を続けることで、
<a href="/policy/cookie">Cookieポリシー</a>に同意したものとみなします。<button>閉じる</button></div>
<header class="ksd-header">
<div class="ksd-logo"><a href="/">清澄新聞デジタル</a></div>
<nav class="ksd-nav"><a href="/politics">政治</a><a href="/economy">経済</a><a href="/society">社会</a><a href="/international">国際</a>
<a href="/hokkaido">北海道</a><a href="/sports">スポーツ</a><a href="/culture">文化</a></nav>
<div class="ksd-member"><a href="/login">ログイン</a>　<a href="/entry">会員登録</a></div>
</header>
<main class="ksd-main">
<article>
<h1 class="ksd-title">{E(a['title'])}</h1>
<div class="ksd-meta"><time datetime="{tl.isoformat()}">{tl.year}年{tl.month}月{tl.day}日 {tl:%H時%M分}</time>　{E(a.get('author') or '')}</div>
<div class="ksd-body">
{body_html(a['body'])}
</div>
<div class="ksd-share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
<p class="ksd-paywall">清澄新聞デジタルの会員になると、すべての記事が読み放題になります。<a href="/entry">今すぐ登録</a></p>
</article>
<aside class="ksd-ranking"><h2>アクセスランキング</h2><ol>{rel}</ol></aside>
</main>
<footer class="ksd-footer"><a href="/company">会社案内</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/terms">利用規約</a>｜<a href="/contact">お問い合わせ</a>
<p>Copyright &copy; The Kiyosumi Shimbun. 記事・写真・図表の無断転載を禁じます。</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "cobbleton-asia": tpl_cobbleton, "whinmoor-wire": tpl_whinmoor, "yarrowdale-en": tpl_yarrowdale,
    "tombolo-hokkaido": tpl_tombolo, "krachka-ru": tpl_krachka, "zyuid-ru": tpl_zyuid,
    "konbumori-ja": tpl_konbumori, "kiyosumi-ja": tpl_kiyosumi,
}

def write_feed_snapshots(arts):
    """feeds/<id>.xml: each outlet's feed as it looks at the end of the corpus (newest first, at
    most 20 items). For reference only: the harness builds its own feeds from labels.yaml."""
    import email.utils
    from xml.sax.saxutils import escape as X
    base = "http://127.0.0.1:8000"
    fdir = ROOT / "feeds"
    fdir.mkdir(exist_ok=True)
    for f in FEEDS:
        items = sorted((a for a in arts if a["feed"] == f["id"]), key=when, reverse=True)[:20]
        upd = when(items[0])
        if f["format"] == "atom":
            entries = "".join(
                f"<entry><title>{X(a['title'])}</title>"
                f'<link rel="alternate" href="{base}/articles/{a["id"]}.html"/>'
                f"<id>{base}/articles/{a['id']}.html</id>"
                f"<published>{when(a).isoformat()}</published><updated>{when(a).isoformat()}</updated>"
                f"<summary>{X(a['summary'])}</summary></entry>\n" for a in items)
            doc = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                   f'xml:lang="{f["lang"]}"><title>{X(f["title"])}</title><id>{base}/feeds/{f["id"]}.xml</id>'
                   f'<link rel="self" href="{base}/feeds/{f["id"]}.xml"/><updated>{upd.isoformat()}</updated>\n'
                   f"{entries}</feed>\n")
        else:
            entries = "".join(
                f"<item><title>{X(a['title'])}</title><link>{base}/articles/{a['id']}.html</link>"
                f'<guid isPermaLink="true">{base}/articles/{a["id"]}.html</guid>'
                f"<pubDate>{email.utils.format_datetime(when(a))}</pubDate>"
                f"<description>{X(a['summary'])}</description></item>\n" for a in items)
            doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                   f"<title>{X(f['title'])}</title><link>{base}/</link><description>{X(f['title'])}</description>"
                   f"<language>{f['lang']}</language><lastBuildDate>{email.utils.format_datetime(upd)}"
                   f"</lastBuildDate>\n{entries}</channel></rss>\n")
        (fdir / f"{f['id']}.xml").write_text(doc, encoding="utf-8")


KEY_ORDER = ["id", "feed", "lang", "published", "title", "summary", "label", "group", "new_facts",
             "must_mention", "note"]


def main() -> int:
    arts = []
    for lang, lst in (("en", EN), ("ru", RU), ("ja", JA)):
        for a in lst:
            a = dict(a)
            a["lang"] = lang
            if FEED_BY_ID[a["feed"]]["lang"] != lang:
                raise SystemExit(f"{a['id']}: language {lang} does not match feed {a['feed']}")
            arts.append(a)
    arts.sort(key=lambda a: (when(a), a["id"]))
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids")
    if ids != sorted(ids):
        raise SystemExit(f"ids are not in publication order: {ids}")
    for a in arts:
        alerting = a["label"] in ("new_development", "status_change")
        if alerting and not (a.get("group") and a.get("new_facts") and a.get("must_mention")):
            raise SystemExit(f"{a['id']}: alerting article lacks group/new_facts/must_mention")
        if not alerting and a.get("group"):
            raise SystemExit(f"{a['id']}: non-alerting article carries a group")
        for alt in a.get("must_mention") or []:
            for w in alt:
                if w != w.lower():
                    raise SystemExit(f"{a['id']}: must_mention not lowercase: {w}")
        text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
        for alt in a.get("must_mention") or []:
            if not any(w in text for w in alt):
                raise SystemExit(f"{a['id']}: no must_mention word of {alt} in the article itself")

    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a, when(a))
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")

    entries = []
    for a in arts:
        e = {}
        for k in KEY_ORDER:
            if k == "published":
                e[k] = a["published"]
            elif k in a and a[k] not in (None, "", []):
                e[k] = a[k]
        entries.append(e)
    write_feed_snapshots(arts)
    labels = {"name": "blind66", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(
        "# corpus blind66 - generated by src/generate.py; do not edit by hand\n" + text,
        encoding="utf-8")

    # summary
    from collections import Counter
    print("articles:", len(arts), dict(Counter(a["lang"] for a in arts)))
    print("labels:", dict(Counter(a["label"] for a in arts)))
    print("groups:", dict(Counter(a["group"] for a in arts if a.get("group"))))
    print("feeds:", dict(Counter(a["feed"] for a in arts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
