#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind35 evaluation corpus: labels.yaml and articles/*.html.

Usage: python3 src/generate.py            (writes next to src/, i.e. <corpus>)

The stories live in stories_2024.py, stories_2025.py and stories_2026.py; this file
holds the eight invented outlets, their page templates and the writer.
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

import stories_2024  # noqa: E402
import stories_2025  # noqa: E402
import stories_2026  # noqa: E402

NAME = "blind35"

# --------------------------------------------------------------------------- outlets

FEEDS = [
    {"id": "gannet", "title": "Gannet Newswire - Asia", "format": "rss", "lang": "en"},
    {"id": "breakwater", "title": "The Breakwater Journal - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "whitecap", "title": "Whitecap Report - North Pacific affairs", "format": "rss", "lang": "en"},
    {"id": "stvor", "title": "ИА «Створ» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "kekur", "title": "Кекур-Медиа — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "dipkurier", "title": "Дипкурьер — международные новости", "format": "rss", "lang": "ru"},
    {"id": "ochiishi", "title": "落石新報 電子版", "format": "rss", "lang": "ja"},
    {"id": "suirei", "title": "翠嶺通信ニュース", "format": "atom", "lang": "ja"},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

GENERIC = {
    "gannet": ["Yen firms as BOJ signals patience on rates", "Typhoon grounds flights across Okinawa",
               "Toyota lifts full-year profit forecast", "Seoul, Tokyo hold finance dialogue",
               "Nikkei ends higher on chip rally"],
    "breakwater": ["The quiet rise of Asia's mid-sized ports", "Letter from Hanoi: the coffee-shop economy",
                   "Why Pacific island states are courting everyone", "Podcast: the new geography of rare earths"],
    "whitecap": ["Sea ice retreat opens early Okhotsk shipping season", "Alaska pollock quotas cut again",
                 "Bering Strait traffic hits record", "Hokkaido scallop exports find new buyers"],
    "stvor": ["ЦБ сохранил ключевую ставку", "В Приморье ограничили движение из-за тайфуна",
              "Росстат: инфляция замедлилась", "Минтранс продлил субсидирование авиабилетов на Дальний Восток"],
    "kekur": ["В Южно-Сахалинске открыли новый ледовый каток", "Паром Ванино — Холмск задерживается из-за шторма",
              "Сахалинские школьники стали призёрами олимпиады", "На Курилах завершили завоз топлива"],
    "dipkurier": ["Лавров провёл переговоры с главой МИД Индонезии", "Совбез ООН не принял резолюцию по Судану",
                  "В Пекине прошёл форум по Арктике", "Турция предложила площадку для переговоров"],
    "ochiishi": ["根室のサンマ水揚げ、前年上回る", "納沙布岬灯台、一般公開に長い列", "根室高、全道大会で初の8強",
                 "花咲ガニ祭り、3年ぶり通常開催"],
    "suirei": ["日銀、政策金利を据え置き", "円相場、1ドル＝150円台で推移", "台風、沖縄で猛烈な風",
               "衆院予算委、補正予算案を可決"],
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def slugify(a: dict) -> str:
    return a["id"].replace("b35-", "")


# --------------------------------------------------------------------------- templates


def related_block(a, earlier, fid):
    """Earlier stories of the same outlet (as a real CMS would list them) + evergreen items."""
    items = [(e["title"], f"/news/{parse(e['published']).strftime('%Y/%m')}/{slugify(e)}") for e in earlier[-3:][::-1]]
    gen = GENERIC[fid]
    k = int(a["id"][-3:])
    for i in range(2):
        t = gen[(k + i) % len(gen)]
        items.append((t, f"/news/{parse(a['published']).strftime('%Y/%m')}/g{k}{i}"))
    return items


def tpl_gannet(a, earlier):
    dt = parse(a["published"])
    paras = paragraphs(a["body"])
    first = paras[0]
    if a.get("dateline"):
        first = f"{a['dateline']} {first}"
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in [first] + paras[1:])
    rel = "\n".join(f'        <li><a href="{h}">{esc(t)}</a></li>' for t, h in related_block(a, earlier, "gannet"))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": dt.isoformat(), "dateModified": dt.isoformat(),
                     "author": {"@type": "Organization", "name": "Gannet Newswire"},
                     "publisher": {"@type": "Organization", "name": "Gannet Newswire"},
                     "description": a["summary"]}, ensure_ascii=False)
    stamp = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt.strftime('%I:%M %p').lstrip('0')} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a['title'])} | Gannet Newswire</title>
  <link rel="canonical" href="/articles/{a['id']}.html">
  <meta name="description" content="{esc(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Gannet Newswire">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="article:published_time" content="{dt.isoformat()}">
  <meta property="article:section" content="Asia Pacific">
  <script type="application/ld+json">{ld}</script>
  <link rel="stylesheet" href="/static/gnw.css">
</head>
<body class="gnw story">
  <div class="gnw-top">
    <a class="gnw-logo" href="/">GANNET<span>NEWSWIRE</span></a>
    <nav class="gnw-nav" aria-label="Sections">
      <a href="/world">World</a><a href="/asia" class="on">Asia Pacific</a><a href="/business">Business</a>
      <a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/opinion">Breakingviews</a><a href="/video">Video</a>
    </nav>
    <form class="gnw-search" action="/search"><input name="q" placeholder="Search Gannet"></form>
    <a class="gnw-signin" href="/account">Sign in</a>
  </div>
  <main class="gnw-main">
    <article>
      <div class="gnw-kicker"><a href="/asia">Asia Pacific</a></div>
      <h1>{esc(a['title'])}</h1>
      <div class="gnw-meta"><span class="by">By Gannet staff</span> <time datetime="{dt.isoformat()}">{stamp}</time> <span class="upd">Updated ago</span></div>
      <div class="gnw-share"><button>Share</button><button>X</button><button>LinkedIn</button><button>Email</button><button>Link</button></div>
{body}
      <p class="gnw-credit">Reporting by Gannet correspondents; Editing by the Asia desk</p>
      <p class="gnw-trust">Our Standards: <a href="/trust">The Gannet Trust Principles.</a></p>
    </article>
    <aside class="gnw-more">
      <h2>Read Next</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div class="gnw-cookie" role="dialog">We use cookies and similar technologies to personalise content and ads and to analyse our traffic.
    <button>Accept all</button> <button>Reject optional</button> <a href="/privacy">Cookie settings</a></div>
  <footer class="gnw-foot">
    <nav><a href="/about">About Gannet</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></nav>
    <p>All quotes delayed a minimum of 15 minutes. © {dt.year} Gannet Newswire Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def tpl_breakwater(a, earlier):
    dt = parse(a["published"])
    jst = local(dt, 9)
    body = "\n".join(f"        <p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'          <li><a href="{h}">{esc(t)}</a></li>' for t, h in related_block(a, earlier, "breakwater"))
    kicker = a.get("kicker", "Asia & Pacific")
    author = a.get("author", "Breakwater staff")
    ncom = (int(a["id"][-3:]) * 7) % 41
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — The Breakwater Journal</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="/articles/{a['id']}.html">
<meta property="article:published_time" content="{dt.isoformat()}">
<meta property="article:author" content="{esc(author)}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div id="consent" class="bw-consent"><p>The Breakwater Journal and our partners use cookies to improve your experience. You can change your choices at any time.</p><button>Agree</button><button>Manage options</button></div>
<header class="bw-head">
  <div class="bw-strap">Independent journalism on Asia and the Pacific since 2009 · <a href="/subscribe">Subscribe from £1</a></div>
  <a class="bw-mast" href="/">The Breakwater Journal</a>
  <ul class="bw-sections"><li><a href="/asia-pacific">Asia &amp; Pacific</a></li><li><a href="/diplomacy">Diplomacy</a></li><li><a href="/security">Security</a></li><li><a href="/economy">Economy</a></li><li><a href="/culture">Culture</a></li><li><a href="/newsletters">Newsletters</a></li></ul>
</header>
<div class="bw-wrap">
  <main>
    <article class="bw-article">
      <p class="bw-kicker">{esc(kicker)}</p>
      <h1 class="bw-hed">{esc(a['title'])}</h1>
      <p class="bw-dek">{esc(a['summary'])}</p>
      <p class="bw-byline">{esc(author)} · {jst.day} {EN_MONTHS[jst.month - 1][:3]} {jst.year}, {jst.strftime('%H:%M')} JST</p>
      <div class="bw-tools"><a href="#comments">{ncom} comments</a> · <a href="/gift">Gift this article</a> · <button>Save</button></div>
      <div class="bw-body">
{body}
      </div>
      <div class="bw-newsletter"><strong>The Pacific Brief</strong> — our free weekday newsletter. <input type="email" placeholder="Your email"><button>Sign up</button></div>
    </article>
    <section id="comments" class="bw-comments"><h3>Comments ({ncom})</h3><p>Comments are open to subscribers. <a href="/login">Log in</a> to join the discussion.</p></section>
  </main>
  <aside class="bw-rail">
    <h4>More from Asia &amp; Pacific</h4>
    <ol>
{rel}
    </ol>
    <div class="bw-ad">Advertisement</div>
  </aside>
</div>
<footer class="bw-foot">
  <p><a href="/about">About us</a> | <a href="/ethics">Editorial code</a> | <a href="/complaints">Complaints &amp; corrections</a> | <a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie policy</a></p>
  <p>© The Breakwater Journal Ltd {dt.year}. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


def tpl_whitecap(a, earlier):
    dt = parse(a["published"])
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in related_block(a, earlier, "whitecap"))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": dt.strftime("%Y-%m-%dT%H:%M:%SZ"), "inLanguage": "en",
                     "publisher": {"@type": "Organization", "name": "Whitecap Report"}}, ensure_ascii=False)
    kicker = a.get("kicker", "North Pacific")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a['title'])}</title>
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" href="/assets/wc.min.css">
</head>
<body>
<header id="wc-header">
 <div class="wc-brand"><a href="/"><img src="/assets/whitecap-logo.svg" alt="Whitecap Report"></a><span class="wc-tag">North Pacific affairs</span></div>
 <nav id="wc-menu"><ul><li><a href="/japan">Japan</a></li><li><a href="/russia-far-east">Russian Far East</a></li><li><a href="/korea">Korea</a></li><li><a href="/fisheries">Fisheries</a></li><li><a href="/security">Security</a></li><li><a href="/arctic">Arctic</a></li><li><a href="/about">About</a></li></ul></nav>
</header>
<div id="wc-page">
<div class="wc-crumbs"><a href="/">Home</a> › <a href="/japan">Japan</a> › <span>{esc(kicker)}</span></div>
<h1 class="wc-title">{esc(a['title'])}</h1>
<div class="wc-info">Published {dt.day} {EN_MONTHS[dt.month - 1]} {dt.year} · {dt.strftime('%H:%M')} UTC · {esc(a.get('author', 'Whitecap newsroom'))}</div>
<div class="wc-content">
{body}
</div>
<div class="wc-tags">Tags: <a href="/tag/japan-russia">Japan-Russia</a> <a href="/tag/hokkaido">Hokkaido</a> <a href="/tag/diplomacy">Diplomacy</a></div>
<div class="wc-sharebar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">Print</a></div>
<section class="wc-related"><h2>Related coverage</h2><ul>
{rel}
</ul></section>
<section class="wc-mostread"><h2>Most read</h2><ol><li><a href="/mr/1">Pollock prices slide as Russian supply returns</a></li><li><a href="/mr/2">Sapporo-Seoul route adds winter flights</a></li><li><a href="/mr/3">Kamchatka volcano ash advisory lifted</a></li></ol></section>
</div>
<div id="wc-gdpr">This site uses cookies for analytics. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<footer id="wc-footer">Whitecap Report · Independent coverage of the North Pacific · <a href="/contact">Contact</a> · <a href="/rss">RSS</a> · <a href="/privacy">Privacy</a><br>© {dt.year} Whitecap Media</footer>
</body>
</html>
"""


def tpl_stvor(a, earlier):
    dt = parse(a["published"])
    msk = local(dt, 3)
    body = "\n".join(f"   <p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'    <a class="st-more__item" href="{h}">{esc(t)}</a>' for t, h in related_block(a, earlier, "stvor"))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": msk.isoformat(), "description": a["summary"],
                     "publisher": {"@type": "NewsMediaOrganization", "name": "ИА «Створ»"}}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — ИА «Створ»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{msk.isoformat()}">
<script type="application/ld+json">{ld}</script>
</head>
<body class="st">
<div class="st-topline"><span>Москва {msk.strftime('%d.%m.%Y')}</span> <a href="/feed">Лента</a> <a href="/tg">Мы в Telegram</a></div>
<header class="st-header">
 <a class="st-logo" href="/">СТВОР<small>информационное агентство</small></a>
 <nav class="st-menu"><a href="/politics">Политика</a><a href="/world">В мире</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/regions">Регионы</a><a href="/science">Наука</a><a href="/sport">Спорт</a></nav>
</header>
<main class="st-main">
 <article class="st-article">
  <div class="st-article__date">{msk.day} {RU_MONTHS[msk.month - 1]} {msk.year}, {msk.strftime('%H:%M')}</div>
  <h1 class="st-article__title">{esc(a['title'])}</h1>
  <div class="st-article__lead"><strong>{esc(a['summary'])}</strong></div>
  <div class="st-article__text">
{body}
  </div>
  <div class="st-article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
 </article>
 <section class="st-more">
  <h3>Читайте также</h3>
{rel}
 </section>
</main>
<div class="st-cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookie">условиями обработки данных</a>. <button>Понятно</button></div>
<footer class="st-footer">
 <p>Сетевое издание ИА «Створ». Все права защищены. При полном или частичном использовании материалов ссылка на ИА «Створ» обязательна. 16+</p>
 <p><a href="/about">О нас</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/privacy">Политика конфиденциальности</a></p>
</footer>
</body>
</html>
"""


def kekur_weather(month: int) -> str:
    base = [-12, -10, -5, 1, 6, 10, 15, 18, 14, 8, 0, -8][month - 1]
    f = lambda t: f"{'+' if t > 0 else ('−' if t < 0 else '')}{abs(t)}°"
    d = 3 if month in (11, 12, 1, 2, 3) else -2  # the islands are milder in winter, cooler in summer
    return f"Южно-Сахалинск {f(base)} · Курильск {f(base + d)} · Южно-Курильск {f(base + d + 1)}"


def tpl_kekur(a, earlier):
    dt = parse(a["published"])
    sak = local(dt, 11)
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in related_block(a, earlier, "kekur"))
    author = a.get("author")
    by = f'<div class="author">Автор: {esc(author)}</div>' if author else ""
    # no og / JSON-LD metadata on this site: the date is only in the visible text
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(a['title'])} | Кекур-Медиа</title>
</head>
<body>
<div class="wrap">
<div class="header">
  <div class="logo"><a href="/">КЕКУР<span>медиа</span></a></div>
  <div class="weather">{kekur_weather(sak.month)}</div>
  <ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/sakhalin">Сахалин</a></li><li><a href="/economy">Экономика</a></li><li><a href="/transport">Транспорт</a></li><li><a href="/incidents">Происшествия</a></li><li><a href="/photo">Фото</a></li></ul>
</div>
<div class="content">
<div class="news-full">
<div class="date">{sak.day:02d}.{sak.month:02d}.{sak.year} {sak.strftime('%H:%M')}</div>
<h1>{esc(a['title'])}</h1>
{by}
<div class="text">
{body}
</div>
<div class="views">Просмотров: {(int(a['id'][-3:]) * 137) % 3000 + 400}</div>
<div class="soc">Поделиться: ВК | ОК | Telegram | WhatsApp</div>
</div>
<div class="side">
<h3>Другие новости</h3>
<ul>
{rel}
</ul>
<h3>Новости партнёров</h3>
<ul><li><a href="/p/1">Как выбрать зимние шины на Сахалине</a></li><li><a href="/p/2">Рейтинг застройщиков области</a></li></ul>
</div>
</div>
<div class="cookies">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <span class="close">×</span></div>
<div class="footer">
<p>© 2016–{dt.year} «Кекур-Медиа». Сетевое издание. Учредитель — ООО «Кекур». Главный редактор — Е. А. Стрелкова. 18+</p>
<p>Тел. редакции: +7 (4242) 00-00-00 · <a href="/about">О проекте</a> · <a href="/ads">Реклама на сайте</a></p>
</div>
</div>
</body>
</html>
"""


def tpl_dipkurier(a, earlier):
    dt = parse(a["published"])
    msk = local(dt, 3)
    body = "\n".join(f"    <p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'      <li class="dk-list__item"><a href="{h}">{esc(t)}</a></li>' for t, h in related_block(a, earlier, "dipkurier"))
    author = a.get("author", "Редакция")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="UTF-8">
  <title>{esc(a['title'])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="Дипкурьер">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="article:published_time" content="{dt.strftime('%Y-%m-%dT%H:%M:%S+00:00')}">
  <meta property="article:section" content="Дипломатия">
</head>
<body>
  <header class="dk-header">
    <div class="dk-header__logo"><a href="/">Дипкурьер</a><span>международные новости и аналитика</span></div>
    <nav class="dk-nav"><a href="/diplomacy">Дипломатия</a> <a href="/asia">Азия</a> <a href="/europe">Европа</a> <a href="/americas">Америка</a> <a href="/security">Безопасность</a> <a href="/opinions">Мнения</a> <a href="/interview">Интервью</a></nav>
    <div class="dk-header__rates">USD · EUR · CNY</div>
  </header>
  <main class="dk-main">
    <div class="dk-rubric"><a href="/asia">Азия</a> / <a href="/asia/japan">Япония</a></div>
    <h1 class="dk-title">{esc(a['title'])}</h1>
    <div class="dk-meta"><time>{msk.day} {RU_MONTHS[msk.month - 1]} {msk.year}, {msk.strftime('%H:%M')}</time> · {esc(author)}</div>
    <div class="dk-lead">{esc(a['summary'])}</div>
    <div class="dk-text">
{body}
    </div>
    <div class="dk-tags">Теги: <a href="/tag/japan">Япония</a>, <a href="/tag/mid">МИД России</a>, <a href="/tag/kurily">Курилы</a></div>
    <div class="dk-subscribe">Подписывайтесь на «Дипкурьер» в <a href="/tg">Telegram</a> и <a href="/dzen">Дзене</a></div>
    <section class="dk-related">
      <h2>По теме</h2>
      <ul class="dk-list">
{rel}
      </ul>
    </section>
  </main>
  <div class="dk-cookie">Продолжая использовать сайт, вы даёте согласие на обработку файлов cookie. <button>Принять</button></div>
  <footer class="dk-footer">© «Дипкурьер», {dt.year}. Свидетельство о регистрации СМИ Эл № ФС77-00000. Возрастная категория 12+. <a href="/rules">Правила использования материалов</a></footer>
</body>
</html>
"""


def tpl_ochiishi(a, earlier):
    dt = parse(a["published"])
    jst = local(dt, 9)
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in related_block(a, earlier, "ochiishi"))
    author = a.get("author", "")
    # no metadata at all: title tag only, date in the visible text
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}｜落石新報</title>
</head>
<body>
<div id="container">
<div id="header">
<div class="logo"><a href="/">落石新報 電子版</a></div>
<div class="hmenu"><a href="/login">ログイン</a>｜<a href="/register">会員登録（無料）</a>｜<a href="/paper">紙面ビューアー</a></div>
<ul class="gnav"><li><a href="/">トップ</a></li><li><a href="/local">根室・釧路</a></li><li><a href="/hoppou">北方領土</a></li><li><a href="/fish">水産</a></li><li><a href="/hokkaido">道内</a></li><li><a href="/national">全国・国際</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/obit">おくやみ</a></li></ul>
</div>
<div id="main">
<div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/hoppou">北方領土</a></div>
<h1>{esc(a['title'])}</h1>
<p class="date">{jst.year}年{jst.month}月{jst.day}日 {jst.strftime('%H:%M')}</p>
<div class="honbun">
{body}
</div>
<p class="kisha">{esc(author)}</p>
<div class="member-only">この記事の続きや過去の記事は、会員登録（無料）でお読みいただけます。</div>
<div class="share">この記事をシェア：X｜Facebook｜LINE｜はてなブックマーク</div>
</div>
<div id="side">
<h3>関連記事</h3>
<ul>
{rel}
</ul>
<h3>アクセスランキング</h3>
<ol><li>根室市、ふるさと納税の寄付額が過去最高</li><li>道東の高速道、冬季通行止め情報</li><li>ホタテ稚貝の生育順調</li></ol>
</div>
<div id="cookie-bar">当サイトではクッキーを使用しています。閲覧を続けることで、<a href="/privacy">プライバシーポリシー</a>に同意したものとみなします。<button>閉じる</button></div>
<div id="footer">
<p><a href="/company">会社案内</a>｜<a href="/ad">広告掲載</a>｜<a href="/policy">著作権・リンクについて</a>｜<a href="/contact">お問い合わせ</a></p>
<p>掲載の記事・写真の無断転載を禁じます。Copyright © 落石新報社 All Rights Reserved.</p>
</div>
</div>
</body>
</html>
"""


def tpl_suirei(a, earlier):
    dt = parse(a["published"])
    jst = local(dt, 9)
    body = "\n".join(f"    <p>{esc(p)}</p>" for p in paragraphs(a["body"]))
    rel = "\n".join(f'      <li><a href="{h}">{esc(t)}</a></li>' for t, h in related_block(a, earlier, "suirei"))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": jst.isoformat(), "description": a["summary"],
                     "publisher": {"@type": "Organization", "name": "翠嶺通信"}}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a['title'])} - 翠嶺通信ニュース</title>
  <meta name="description" content="{esc(a['summary'])}">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:type" content="article">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="og:site_name" content="翠嶺通信ニュース">
  <meta property="article:published_time" content="{jst.isoformat()}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="sr-header">
    <div class="sr-logo"><a href="/">翠嶺通信<span>SUIREI NEWS</span></a></div>
    <nav class="sr-nav"><a href="/politics">政治</a><a href="/economy">経済</a><a href="/society">社会</a><a href="/world">国際</a><a href="/hokkaido">北海道</a><a href="/sports">スポーツ</a><a href="/culture">文化・芸能</a></nav>
    <div class="sr-breaking">速報 ｜ <a href="/flash">ニュース速報一覧</a></div>
  </header>
  <main class="sr-main">
    <p class="sr-cat"><a href="/{a.get('section', 'politics')}">{ {'politics': '政治', 'economy': '経済'}[a.get('section', 'politics')] }</a></p>
    <h1 class="sr-title">{esc(a['title'])}</h1>
    <p class="sr-time"><time datetime="{jst.isoformat()}">{jst.year}/{jst.month:02d}/{jst.day:02d} {jst.strftime('%H:%M')}</time>　翠嶺通信</p>
    <div class="sr-sns"><a href="#">X(旧ツイッター)でシェア</a> <a href="#">LINEで送る</a> <a href="#">リンクをコピー</a></div>
    <div class="sr-body">
{body}
    </div>
    <p class="sr-note">※この記事は配信記事です。</p>
    <section class="sr-related">
      <h2>関連ニュース</h2>
      <ul>
{rel}
      </ul>
    </section>
  </main>
  <div class="sr-consent">翠嶺通信は、サービス向上と広告配信のためにCookieを利用します。<button>同意する</button><a href="/cookie">詳細設定</a></div>
  <footer class="sr-footer">
    <ul><li><a href="/about">翠嶺通信について</a></li><li><a href="/privacy">個人情報保護方針</a></li><li><a href="/terms">利用規約</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
    <small>© Suirei News Agency. 記事・写真の無断転載を禁じます。</small>
  </footer>
</body>
</html>
"""


TEMPLATES = {"gannet": tpl_gannet, "breakwater": tpl_breakwater, "whitecap": tpl_whitecap,
             "stvor": tpl_stvor, "kekur": tpl_kekur, "dipkurier": tpl_dipkurier,
             "ochiishi": tpl_ochiishi, "suirei": tpl_suirei}

# --------------------------------------------------------------------------- build


def label_entry(a: dict) -> dict:
    e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
         "title": a["title"], "summary": a["summary"], "label": a["label"]}
    if a["label"] in ("new_development", "status_change"):
        e["group"] = a["group"]
        e["new_facts"] = a["new_facts"]
        e["must_mention"] = a["must_mention"]
    e["note"] = a["note"]
    return e


def main() -> None:
    stories = stories_2024.STORIES + stories_2025.STORIES + stories_2026.STORIES
    stories.sort(key=lambda a: a["published"])
    ids = [a["id"] for a in stories]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}
    for a in stories:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert "2024-02-09" <= a["published"][:10] <= "2026-11-30", a["id"]
        assert a["label"] in ("new_development", "status_change", "restatement", "off_topic", "neutral")
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]

    out = ROOT / "articles"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    seen: dict[str, list] = {f: [] for f in feeds}
    for a in stories:
        page = TEMPLATES[a["feed"]](a, seen[a["feed"]])
        (out / f"{a['id']}.html").write_text(page, encoding="utf-8")
        seen[a["feed"]].append(a)

    data = {"name": NAME, "known_as_of": "2024-02-08", "feeds": FEEDS,
            "articles": [label_entry(a) for a in stories]}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(stories)} articles to {out} and {ROOT / 'labels.yaml'}")


if __name__ == "__main__":
    main()
