#!/usr/bin/env python3
"""Generate the blind49 corpus: labels.yaml and articles/*.html.

    python3 src/generate.py            # writes into the corpus folder (parent of src/)

The article texts and labels live in data_en.py, data_ru.py and data_ja.py; this script
adds each outlet's page template (site chrome, meta tags, JSON-LD where the outlet
has it) and writes the stream in publication order. Output is deterministic.
"""
from __future__ import annotations

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

ROOT = Path(__file__).resolve().parent.parent
NAME = "blind49"

FEEDS = [
    {"id": "spindrift", "title": "Spindrift Wire - World", "format": "atom", "lang": "en"},
    {"id": "capemoor", "title": "Capemoor Business Review - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "lamplighter", "title": "The Hokkaido Lamplighter - Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "bukhta", "title": "Бухта-Медиа — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "otmel", "title": "ИА «Отмель» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "kapital", "title": "Капитал-ДВ — деловые новости Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "nemuro", "title": "根室ひかり新聞 電子版", "format": "rss", "lang": "ja"},
    {"id": "akebono", "title": "暁星通信ニュース", "format": "atom", "lang": "ja"},
    {"id": "keizai", "title": "北海道経済ウォッチ", "format": "rss", "lang": "ja"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return ts(a).astimezone(timezone(timedelta(hours=hours)))


def paras(a, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"      <p{c}>{E(p)}</p>" for p in a["body"])


def meta_block(a, site: str, url_base: str, lang: str, section: str, jsonld: bool, publisher: str) -> str:
    """og:/article: meta tags and optionally JSON-LD; empty for bare pages."""
    if a.get("bare"):
        return ""
    iso = ts(a).isoformat().replace("+00:00", "Z")
    out = [
        f'  <meta name="description" content="{E(a["summary"])}">',
        f'  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{E(site)}">',
        f'  <meta property="og:title" content="{E(a["title"])}">',
        f'  <meta property="og:description" content="{E(a["summary"])}">',
        f'  <meta property="og:url" content="{url_base}/articles/{a["id"]}.html">',
        f'  <meta property="og:locale" content="{ {"en": "en_US", "ru": "ru_RU", "ja": "ja_JP"}[lang] }">',
        f'  <meta property="article:published_time" content="{iso}">',
        f'  <meta property="article:section" content="{E(section)}">',
        f'  <meta name="twitter:card" content="summary_large_image">',
    ]
    if jsonld:
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"], "inLanguage": lang,
            "datePublished": iso, "dateModified": iso,
            "author": {"@type": "Person" if a.get("byline") and lang == "en" else "Organization",
                       "name": a.get("byline") or publisher},
            "publisher": {"@type": "Organization", "name": publisher,
                          "logo": {"@type": "ImageObject", "url": f"{url_base}/static/logo.png"}},
            "mainEntityOfPage": f"{url_base}/articles/{a['id']}.html",
        }
        out.append('  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(out)


def related(a, all_articles, n=3):
    """Earlier stories of the same outlet (what a 'related' box would show)."""
    same = [b for b in all_articles if b["feed"] == a["feed"] and ts(b) < ts(a)]
    return same[-n:][::-1]


# --------------------------------------------------------------------------- templates


def tpl_spindrift(a, arts):
    t = ts(a)
    when = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} GMT"
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts))
    kicker = a.get("kicker", "World")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a["title"])} | Spindrift</title>
{meta_block(a, "Spindrift Wire", "https://www.spindriftwire.com", "en", kicker, True, "Spindrift News Ltd")}
  <link rel="stylesheet" href="/static/sd-main.4f2a.css">
</head>
<body class="sd-article">
  <div id="consent" class="sd-consent" role="dialog" aria-label="Cookie consent">
    <p>We use cookies and similar technologies to personalise content and ads, and to analyse our traffic.
    You can change your choices at any time via <a href="/privacy/settings">Privacy settings</a>.</p>
    <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button>
  </div>
  <header class="sd-masthead">
    <a class="sd-logo" href="/">SPINDRIFT</a>
    <nav class="sd-nav" aria-label="Sections">
      <a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a>
      <a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a>
      <a href="/energy">Energy</a><a href="/sustainability">Sustainability</a><a href="/investigations">Investigations</a>
    </nav>
    <a class="sd-signin" href="/account/login">Sign in</a>
  </header>
  <main>
    <article class="sd-story">
      <div class="sd-kicker"><a href="/world/asia-pacific">{E(kicker)}</a></div>
      <h1 class="sd-headline">{E(a["title"])}</h1>
      <div class="sd-byline">{E(a.get("byline", "Spindrift staff"))} &middot; <time datetime="{a["published"]}">{when}</time> &middot; 3 min read</div>
      <div class="sd-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="sd-body">
{paras(a)}
      </div>
      <p class="sd-standards"><a href="/about/trust-principles">Our Standards: The Spindrift Trust Principles.</a></p>
    </article>
    <aside class="sd-readnext"><h2>Read next</h2><ul>{rel}</ul></aside>
    <div class="sd-ad" data-slot="mpu-2">Advertisement &middot; Scroll to continue</div>
  </main>
  <footer class="sd-footer">
    <nav><a href="/about">About Spindrift</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
    <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav>
    <p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Spindrift News Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def tpl_capemoor(a, arts):
    t = local(a, 8)
    when = f"{t.day} {EN_MONTHS[t.month - 1][:3]} {t.year}, {t.strftime('%H:%M')} SGT"
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts))
    kicker = a.get("kicker", "Asia Markets")
    return f"""<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - Capemoor Business Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, "Capemoor Business Review", "https://capemoor.com", "en", kicker, False, "Capemoor Media Pte Ltd")}
<link rel="stylesheet" href="/assets/cbr.css?v=2024.3">
</head>
<body>
<div class="ticker" aria-hidden="true">NIKKEI 225 <b>+0.42%</b> &nbsp; HANG SENG <b>-0.18%</b> &nbsp; USD/JPY <b>151.62</b> &nbsp; BRENT <b>83.10</b> &nbsp; USD/RUB <b>92.4</b></div>
<header class="top">
  <div class="brand"><a href="/">Capemoor<span>Business Review</span></a></div>
  <ul class="menu"><li><a href="/asia">Asia</a></li><li><a href="/markets">Markets</a></li><li><a href="/companies">Companies</a></li>
  <li><a href="/commodities">Commodities</a></li><li><a href="/shipping">Shipping</a></li><li><a href="/opinion">Opinion</a></li></ul>
  <a class="cta" href="/subscribe">Subscribe - 1 month for $1</a>
</header>
<div class="wrap">
  <p class="section">{E(kicker)}</p>
  <h1>{E(a["title"])}</h1>
  <p class="standfirst">{E(a["summary"])}</p>
  <p class="meta">{E(a.get("byline", ""))} | Published {when}</p>
  <div class="article-text">
{paras(a)}
  </div>
  <div class="newsletter"><strong>Asia Morning Brief</strong> - the five stories that move markets, before the open. <a href="/newsletters">Sign up</a></div>
  <section class="more"><h3>More from Capemoor</h3><ul>{rel}</ul></section>
</div>
<div class="cookie-bar">This site uses cookies. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <a href="#" class="ok">OK</a></div>
<footer><p>Capemoor Media Pte Ltd, 1 Raffles Quay, Singapore. Co. Reg. No. 201809877K. &copy; {t.year}. <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/advertise">Advertise</a></p></footer>
</body>
</html>
"""


def tpl_lamplighter(a, arts):
    t = local(a, 9)
    when = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} at {t.strftime('%H:%M')} JST"
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts, 4))
    kicker = a.get("kicker", "Nemuro & East Hokkaido")
    comments = ""
    if a["label"] in ("restatement", "neutral") or a.get("comments"):
        comments = """
    <section class="comments"><h3>Comments (2)</h3>
      <div class="c"><b>seaurchin_dad</b> <span>Nemuro</span><p>Thanks for covering this. National papers never come out here.</p></div>
      <div class="c"><b>k.tanabe</b><p>Would love to see more about what young people in the city actually think.</p></div>
      <p class="note">Comments are moderated and may take a few hours to appear.</p>
    </section>"""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | The Hokkaido Lamplighter</title>
{meta_block(a, "The Hokkaido Lamplighter", "https://hokkaido-lamplighter.jp", "en", kicker, True, "Lamplighter Press KK")}
<link rel="stylesheet" href="/css/lamp.min.css">
</head>
<body>
<div class="gdpr">We use cookies to understand how readers use our site. <a href="/privacy">Learn more</a> <button>Got it</button></div>
<div class="weather">Nemuro 4&deg;C fog &middot; Kushiro 6&deg;C &middot; Sapporo 9&deg;C</div>
<header>
  <a class="logo" href="/">The Hokkaido <em>Lamplighter</em></a>
  <nav><a href="/nemuro">Nemuro</a> <a href="/kushiro">Kushiro</a> <a href="/shiretoko">Shiretoko</a> <a href="/sapporo">Sapporo</a>
  <a href="/fisheries">Fisheries</a> <a href="/travel">Travel</a> <a href="/opinion">Opinion</a> <a href="/letters">Letters</a></nav>
</header>
<main class="story">
  <span class="tag">{E(kicker)}</span>
  <h1>{E(a["title"])}</h1>
  <div class="byline">{E(a.get("byline", "Lamplighter staff"))} <span class="dot">&bull;</span> {when}</div>
  <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a></div>
{paras(a, "p")}
  <div class="support">The Lamplighter is independent, reader-funded journalism from the edge of Japan. <a href="/support">Support us</a></div>
  <aside class="related"><h3>Related</h3><ul>{rel}</ul></aside>{comments}
</main>
<footer>
  <p>The Hokkaido Lamplighter &middot; 2-14 Midori-cho, Nemuro, Hokkaido &middot; <a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/corrections">Corrections</a></p>
  <p>&copy; {t.year} Lamplighter Press KK</p>
</footer>
</body>
</html>
"""


def tpl_bukhta(a, arts):
    t = local(a, 11)
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(a["title"])} — Бухта-Медиа</title>
{meta_block(a, "Бухта-Медиа", "https://bukhta-media.ru", "ru", "Новости", False, "Бухта-Медиа")}
<link rel="stylesheet" href="/templates/bukhta/css/style.css?3">
</head>
<body>
<div class="top-line"><span>Южно-Сахалинск: −2°C, снег</span> <span>USD 92,14 ₽ &nbsp; CNY 12,71 ₽</span> <span class="age">16+</span></div>
<header class="site-header">
  <a href="/" class="logo">Бухта<b>-Медиа</b></a>
  <nav class="main-menu"><a href="/news">Новости</a><a href="/society">Общество</a><a href="/economy">Экономика</a>
  <a href="/kurily">Курилы</a><a href="/incidents">Происшествия</a><a href="/sport">Спорт</a><a href="/afisha">Афиша</a></nav>
  <form class="search" action="/search"><input name="q" placeholder="Поиск по сайту"></form>
</header>
<div class="content">
  <div class="breadcrumbs"><a href="/">Главная</a> / <a href="/kurily">Курилы</a></div>
  <h1 class="news-title">{E(a["title"])}</h1>
  <div class="news-info"><span class="date">{when}</span> <span class="author">Автор: {E(a.get("byline", "Редакция"))}</span> <span class="views">Просмотров: {(sum(map(ord, a["id"])) * 37) % 3000 + 400}</span></div>
  <div class="lead"><strong>{E(a["summary"])}</strong></div>
  <div class="news-text">
{paras(a)}
  </div>
  <div class="tg-banner">Подписывайтесь на наш <a href="https://t.me/bukhta_media">Telegram-канал</a> — все главные новости Сахалина и Курил.</div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
  <div class="related"><h3>Читайте также</h3><ul>{rel}</ul></div>
</div>
<div class="cookie-notice">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<footer class="site-footer">
  <p>Сетевое издание «Бухта-Медиа». Регистрационный номер ЭЛ № ФС 77-81352 выдан Роскомнадзором. Учредитель ООО «Бухта Медиа Групп».</p>
  <p>Главный редактор: Кудрявцева Н. А. E-mail редакции: news@bukhta-media.ru. При полном или частичном использовании материалов ссылка на «Бухта-Медиа» обязательна.</p>
  <p>© 2016–{t.year}</p>
</footer>
</body>
</html>
"""


def tpl_otmel(a, arts):
    t = local(a, 3)
    when = f"{t.strftime('%d.%m.%Y')} {t.strftime('%H:%M')} (мск)"
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts))
    tags = "".join(f'<a class="tag" href="/tag/{E(x)}">{E(x)}</a>' for x in a.get("tags", ["Дальний Восток", "Россия"]))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | ИА «Отмель»</title>
<meta name="viewport" content="width=device-width">
{meta_block(a, "ИА «Отмель»", "https://otmel-news.ru", "ru", "Лента", True, "ИА «Отмель»")}
<link rel="stylesheet" href="/s/otmel.css">
</head>
<body>
<header>
  <div class="logo"><a href="/">ОТМЕЛЬ</a><span>информационное агентство</span></div>
  <ul class="rubrics"><li><a href="/lenta">Лента</a></li><li><a href="/politics">Политика</a></li><li><a href="/world">В мире</a></li>
  <li><a href="/economy">Экономика</a></li><li><a href="/regions">Регионы</a></li><li><a href="/society">Общество</a></li></ul>
  <a class="login" href="/login">Войти</a>
</header>
<main>
  <article>
    <div class="date">{when}</div>
    <h1>{E(a["title"])}</h1>
    <div class="anons">{E(a["summary"])}</div>
    <div class="text">
{paras(a)}
    </div>
    <div class="tags">{tags}</div>
    <div class="err">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter</div>
  </article>
  <aside><h3>Читайте также</h3><ol>{rel}</ol></aside>
</main>
<div class="cookies">Сайт использует cookie-файлы и сервис веб-аналитики. <a href="/cookies">Подробнее</a> <span class="close">×</span></div>
<footer>
  <p>© {t.year} ИА «Отмель». Свидетельство о регистрации СМИ ИА № ФС 77-78810. 18+</p>
  <p><a href="/about">О нас</a> · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/rss">RSS</a></p>
</footer>
</body>
</html>
"""


def tpl_kapital(a, arts):
    t = local(a, 10)
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year} г."
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} — Капитал-ДВ</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, "Капитал-ДВ", "https://kapital-dv.ru", "ru", "Экономика", False, "Капитал-ДВ")}
  <link rel="stylesheet" href="/static/kdv/app.css">
</head>
<body>
  <div class="rates">ЦБ РФ: USD 92,41 · EUR 99,87 · CNY 12,73 · JPY 0,61 &nbsp;|&nbsp; Brent 83,1$</div>
  <header class="hdr">
    <a class="logo" href="/">КАПИТАЛ<span>·ДВ</span></a>
    <nav><a href="/finance">Финансы</a><a href="/industry">Промышленность</a><a href="/fish">Рыбная отрасль</a>
    <a href="/energy">Энергетика</a><a href="/transport">Транспорт</a><a href="/realty">Недвижимость</a><a href="/people">Люди</a></nav>
    <a class="sub" href="/subscribe">Подписка</a>
  </header>
  <div class="page">
    <h1>{E(a["title"])}</h1>
    <div class="info">{when} · {E(a.get("byline", "Редакция"))}</div>
    <p class="intro">{E(a["summary"])}</p>
    <div class="body">
{paras(a)}
    </div>
    <div class="theme"><h4>Материалы по теме</h4><ul>{rel}</ul></div>
    <div class="promo">Конференция «Экономика островов — 2025»: регистрация открыта</div>
  </div>
  <div class="cookie">Мы используем cookies. <a href="/policy">Политика обработки персональных данных</a> <button>Принять</button></div>
  <footer>«Капитал-ДВ» — деловые новости Дальнего Востока. Владивосток, ул. Светланская, 72. 16+ · © 2019–{t.year}</footer>
</body>
</html>
"""


def tpl_nemuro(a, arts):
    t = local(a, 9)
    when = f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts))
    kicker = a.get("kicker", "北方領土")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a["title"])}｜根室ひかり新聞 電子版</title>
{meta_block(a, "根室ひかり新聞 電子版", "https://www.nemuro-hikari.jp", "ja", kicker, False, "根室ひかり新聞社")}
<link rel="stylesheet" href="/css/hikari.css">
</head>
<body>
<header class="g-header">
  <div class="logo"><a href="/">根室ひかり新聞<small>電子版</small></a></div>
  <nav><ul><li><a href="/">ホーム</a></li><li><a href="/local">地域</a></li><li><a href="/fish">水産</a></li>
  <li><a href="/hoppo">北方領土</a></li><li><a href="/economy">経済</a></li><li><a href="/sports">スポーツ</a></li>
  <li><a href="/okuyami">おくやみ</a></li><li><a href="/opinion">読者の声</a></li></ul></nav>
  <div class="member"><a href="/login">ログイン</a>｜<a href="/register">会員登録（無料）</a></div>
</header>
<div class="main">
  <p class="cat">{E(kicker)}</p>
  <h1>{E(a["title"])}</h1>
  <p class="date">{when}</p>
  <div class="honbun">
{paras(a)}
  </div>
  <p class="credit">（{E(a.get("byline", "根室ひかり新聞"))}）</p>
  <div class="sns">シェア：<a href="#">LINE</a> <a href="#">X</a> <a href="#">Facebook</a></div>
  <div class="kanren"><h2>関連記事</h2><ul>{rel}</ul></div>
  <div class="pr">【PR】根室の花咲ガニ　産地直送のご注文はこちら</div>
</div>
<div class="cookie">当サイトではCookieを使用しています。サイトの利用を続けることで、Cookieの使用に同意したものとみなします。<a href="/privacy">プライバシーポリシー</a> <button>同意する</button></div>
<footer>根室ひかり新聞社　〒087-0000 北海道根室市　電話 0153-00-0000<br>掲載の記事・写真・図表などの無断転載を禁じます。著作権は根室ひかり新聞社またはその情報提供者に属します。</footer>
</body>
</html>
"""


def tpl_akebono(a, arts):
    t = local(a, 9)
    when = f"{t.year}/{t.month:02d}/{t.day:02d} {t.strftime('%H:%M')}"
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <title>{E(a["title"])} - 暁星通信ニュース</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, "暁星通信ニュース", "https://news.gyosei-tsushin.jp", "ja", "政治", True, "暁星通信社")}
  <link rel="stylesheet" href="/common/css/news.css">
</head>
<body>
  <div class="consent">本サイトは利便性向上と広告配信のためCookieを利用します。<a href="/policy/cookie">詳しく</a> <button>OK</button></div>
  <header>
    <a class="logo" href="/">暁星通信</a>
    <nav class="gnav"><a href="/politics">政治</a><a href="/economy">経済</a><a href="/international">国際</a><a href="/society">社会</a>
    <a href="/local">地方</a><a href="/sports">スポーツ</a><a href="/culture">文化</a><a href="/ranking">ランキング</a></nav>
  </header>
  <main>
    <article class="news-article">
      <h1 class="title">{E(a["title"])}</h1>
      <div class="time"><time datetime="{a["published"]}">{when}</time>　<span class="src">{E(a.get("byline", "暁星通信"))}</span></div>
      <div class="share-btns"><button>ポスト</button><button>シェア</button><button>LINEで送る</button><button>はてブ</button></div>
      <div class="article-body">
{paras(a)}
      </div>
      <p class="copy">（c）暁星通信社</p>
    </article>
    <section class="related"><h2>関連ニュース</h2><ul>{rel}</ul></section>
    <section class="ad">広告</section>
  </main>
  <footer><a href="/about">暁星通信社について</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/contact">お問い合わせ</a><br>Copyright 暁星通信社 All rights reserved. 掲載記事の無断転載を禁じます。</footer>
</body>
</html>
"""


def tpl_keizai(a, arts):
    t = local(a, 9)
    when = f"{t.year}年{t.month}月{t.day}日"
    rel = "".join(f'<li><a href="/articles/{b["id"]}.html">{E(b["title"])}</a></li>' for b in related(a, arts))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}｜北海道経済ウォッチ</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, "北海道経済ウォッチ", "https://hkd-keizai-watch.jp", "ja", "経済", False, "北海道経済ウォッチ")}
<link rel="stylesheet" href="/assets/hew.css">
</head>
<body>
<header>
  <div class="site-name"><a href="/">北海道経済ウォッチ</a><span>道内の企業・産業・地域経済ニュース</span></div>
  <ul class="nav"><li><a href="/fish">水産</a></li><li><a href="/tourism">観光</a></li><li><a href="/energy">エネルギー</a></li>
  <li><a href="/finance">金融</a></li><li><a href="/company">企業</a></li><li><a href="/logistics">物流・港湾</a></li><li><a href="/region">地域</a></li></ul>
  <div class="user"><a href="/premium">有料会員になる</a>｜<a href="/login">ログイン</a></div>
</header>
<div class="container">
  <div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/region">地域</a></div>
  <h1>{E(a["title"])}</h1>
  <div class="meta"><span class="date">{when}</span> <span class="writer">{E(a.get("byline", "編集部"))}</span></div>
  <p class="lead">{E(a["summary"])}</p>
  <div class="entry">
{paras(a)}
  </div>
  <div class="premium-box">この記事は無料会員向け記事です。有料会員になると、道内企業の決算速報や人事情報もご覧いただけます。</div>
  <div class="kanren"><h3>あわせて読みたい</h3><ul>{rel}</ul></div>
</div>
<div id="cookie-banner">当サイトはCookieを使用します。<a href="/privacy">詳細</a> <button>閉じる</button></div>
<footer><small>&copy; {t.year} 北海道経済ウォッチ　札幌市中央区</small></footer>
</body>
</html>
"""


TEMPLATES = {
    "spindrift": tpl_spindrift, "capemoor": tpl_capemoor, "lamplighter": tpl_lamplighter,
    "bukhta": tpl_bukhta, "otmel": tpl_otmel, "kapital": tpl_kapital,
    "nemuro": tpl_nemuro, "akebono": tpl_akebono, "keizai": tpl_keizai,
}


def q(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def render_labels(entries: list[dict]) -> str:
    lines = ["# blind49 - economy and daily life of the islands and Hokkaido's border towns.",
             "# Generated by src/generate.py; do not edit by hand.",
             f"name: {NAME}",
             "known_as_of: 2024-02-08",
             "feeds:"]
    for f in FEEDS:
        lines.append(f"  - {{id: {f['id']}, title: {q(f['title'])}, format: {f['format']}, lang: {f['lang']}}}")
    lines.append("articles:")
    for e in entries:
        lines.append(f"  - id: {e['id']}")
        for k in ("feed", "lang"):
            lines.append(f"    {k}: {e[k]}")
        lines.append(f"    published: {q(e['published'])}")
        for k in ("title", "summary"):
            lines.append(f"    {k}: {q(e[k])}")
        lines.append(f"    label: {e['label']}")
        if "group" in e:
            lines.append(f"    group: {e['group']}")
            lines.append("    new_facts:")
            for nf in e["new_facts"]:
                lines.append(f"      - {q(nf)}")
            mm = ", ".join("[" + ", ".join(q(w) for w in alt) + "]" for alt in e["must_mention"])
            lines.append(f"    must_mention: [{mm}]")
        lines.append(f"    note: {q(e['note'])}")
    return "\n".join(lines) + "\n"


def main() -> None:
    arts = ARTICLES_EN + ARTICLES_RU + ARTICLES_JA
    for a in arts:
        a["lang"] = FEED_BY_ID[a["feed"]]["lang"]
    arts.sort(key=lambda a: (ts(a), a["id"]))
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"

    out_dir = ROOT / "articles"
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a, arts)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")

    entries = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ("new_development", "status_change"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    (ROOT / "labels.yaml").write_text(render_labels(entries), encoding="utf-8")
    # round-trip check: the file must load back to the same data
    back = yaml.safe_load((ROOT / "labels.yaml").read_text(encoding="utf-8"))
    assert back["articles"] == entries and back["feeds"] == FEEDS
    print(f"wrote {len(arts)} articles and labels.yaml to {ROOT}")


if __name__ == "__main__":
    main()
