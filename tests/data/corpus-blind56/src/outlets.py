"""Invented outlets of the blind56 corpus and their page templates.

Every outlet has its own chrome: navigation, cookie banner, share buttons, related
stories, footer. Some templates carry full metadata (Open Graph, article:published_time,
JSON-LD NewsArticle), some only part of it, some none at all.
"""
from __future__ import annotations

import html
import json
from datetime import datetime

FEEDS = [
    {"id": "auklet-en", "title": "Auklet Press Agency - World", "format": "rss", "lang": "en"},
    {"id": "marten-en", "title": "The Hokkaido Marten - Hokkaido & the North Pacific in English",
     "format": "atom", "lang": "en"},
    {"id": "ternbay-review", "title": "Tern Bay Review - features & long reads", "format": "atom",
     "lang": "en"},
    {"id": "capeward-en", "title": "Capeward Daily - World", "format": "rss", "lang": "en"},
    {"id": "laminaria-ru", "title": "«Ламинария» — новости Сахалина и Курил", "format": "rss",
     "lang": "ru"},
    {"id": "kukhtyl-ru", "title": "ИА «Кухтыль» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "goyomai-ja", "title": "珸瑤瑁新報 電子版", "format": "rss", "lang": "ja"},
    {"id": "rausukaze-ja", "title": "らうす風新聞 電子版", "format": "atom", "lang": "ja"},
    {"id": "yoake-ja", "title": "夜明け通信ニュース", "format": "rss", "lang": "ja"},
]

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("— ") or p.startswith("– "):
            out.append(f'<p class="qa">{E(p)}</p>')
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


def jsonld(a: dict, publisher: str, url: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": a["published"], "dateModified": a["published"],
        "inLanguage": a["lang"], "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("byline") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def dt(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def related_list(items: list[tuple[str, str]], cls: str = "related") -> str:
    lis = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in items)
    return f'<ul class="{cls}">{lis}</ul>'


# --------------------------------------------------------------------------- auklet

def render_auklet(a: dict, related: list[tuple[str, str]]) -> str:
    d = dt(a)
    url = f"https://www.aukletpress.example/world/asia-pacific/{a['slug']}"
    stamp = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} GMT"
    credit = a.get("credit", "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Auklet Press</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:site_name" content="Auklet Press Agency">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:section" content="Asia-Pacific">
<link rel="canonical" href="{url}">
{jsonld(a, 'Auklet Press Agency', url)}
<link rel="stylesheet" href="/static/auklet.min.css">
</head>
<body class="article-page">
<div id="consent-banner" role="dialog" aria-live="polite">
  <p>We and our 214 partners use cookies and similar technologies to personalise content and ads,
  to provide social media features and to analyse our traffic. <a href="/privacy">Privacy notice</a></p>
  <button class="btn accept">Accept all</button> <button class="btn manage">Manage choices</button>
</div>
<header class="masthead">
  <a class="logo" href="/">AUKLET<span>PRESS</span></a>
  <nav class="primary">
    <a href="/world">World</a><a href="/world/asia-pacific" class="active">Asia-Pacific</a>
    <a href="/world/europe">Europe</a><a href="/business">Business</a><a href="/markets">Markets</a>
    <a href="/climate">Climate</a><a href="/sports">Sports</a><a href="/wire">Live wire</a>
  </nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Auklet"></form>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a class="signin" href="/signin">Sign in</a>
</header>
<main>
<nav class="breadcrumbs"><a href="/world">World</a> › <a href="/world/asia-pacific">Asia-Pacific</a></nav>
<article>
  <h1>{E(a['title'])}</h1>
  <p class="standfirst">{E(a['summary'])}</p>
  <div class="meta"><span class="byline">By {E(a.get('byline', 'Auklet staff'))}</span>
  <time datetime="{a['published']}">{stamp}</time> <span class="readtime">{a.get('readtime', 4)} min read</span></div>
  <div class="share"><a href="#x">Share on X</a> <a href="#fb">Facebook</a> <a href="#li">LinkedIn</a> <a href="#mail">Email</a> <a href="#copy">Copy link</a></div>
  <div class="article-body">
{paras(a['body'])}
  </div>
  <p class="credit">{E(credit)}</p>
  <p class="standards"><a href="/trust">Our standards: The Auklet Trust Principles.</a></p>
</article>
<aside class="more">
  <h3>Read next</h3>
  {related_list(related)}
  <div class="ad-slot" data-slot="mpu-2">Advertisement</div>
</aside>
</main>
<footer class="site-footer">
  <nav><a href="/about">About Auklet</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © 2027 Auklet Press Agency. All rights reserved.</p>
</footer>
<script src="/static/auklet.bundle.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- marten

def render_marten(a: dict, related: list[tuple[str, str]]) -> str:
    d = dt(a)
    url = f"https://hokkaidomarten.example/{d:%Y/%m/%d}/{a['slug']}/"
    stamp = f"{EN_MONTHS[d.month - 1][:3]}. {d.day}, {d.year}"
    comments = a.get("comments") or []
    ctext = "".join(f'<li class="comment"><b>{E(n)}</b><p>{E(t)}</p></li>' for n, t in comments)
    chtml = (f'<section class="comments"><h3>{len(comments)} comments</h3><ol>{ctext}</ol>'
             '<p class="note">Comments are moderated and may take a few hours to appear.</p></section>'
             if comments else '<section class="comments"><h3>Comments</h3><p>Be the first to comment.</p></section>')
    return f"""<!doctype html>
<html lang="en-JP">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — The Hokkaido Marten</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://hokkaidomarten.example/media/{a['slug']}.jpg">
<meta property="article:published_time" content="{a['published']}">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/atom+xml" href="/feed.atom">
</head>
<body>
<div class="cookie-strip">This site uses cookies to remember your preferences and count visits. By continuing you agree to our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<div class="top-bar"><span>Sapporo 4°C · Nemuro 1°C · Kushiro 2°C</span> <a href="/newsletter">Get the Friday newsletter</a></div>
<header>
  <div class="brand"><a href="/">The Hokkaido Marten</a><small>Hokkaido &amp; the North Pacific in English</small></div>
  <nav><ul>
    <li><a href="/news/">News</a></li><li><a href="/east-hokkaido/">East Hokkaido</a></li>
    <li><a href="/sea-and-fisheries/">Sea &amp; Fisheries</a></li><li><a href="/people/">People</a></li>
    <li><a href="/food/">Food</a></li><li><a href="/travel/">Travel</a></li><li><a href="/opinion/">Opinion</a></li>
  </ul></nav>
</header>
<div class="wrap">
<article class="story">
  <p class="kicker">{E(a.get('kicker', 'East Hokkaido'))}</p>
  <h1>{E(a['title'])}</h1>
  <p class="dek">{E(a['summary'])}</p>
  <p class="byline">{E(a.get('byline', 'Marten staff'))} · <time datetime="{a['published']}">{stamp}</time></p>
  <figure><img src="/media/{a['slug']}.jpg" alt=""><figcaption>{E(a.get('caption', ''))}</figcaption></figure>
{paras(a['body'])}
  <div class="sharebar">Share: <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">LINE</a> · <a href="#">Email</a></div>
</article>
<aside class="sidebar">
  <h4>More from East Hokkaido</h4>
  {related_list(related)}
  <div class="promo">Support independent English-language journalism in Hokkaido. <a href="/support">Become a member</a></div>
</aside>
{chtml}
</div>
<footer>
  <p><a href="/about">About us</a> | <a href="/team">Our team</a> | <a href="/advertise">Advertise</a> | <a href="/corrections">Corrections</a> | <a href="/privacy">Privacy</a></p>
  <p>© The Hokkaido Marten, Sapporo. Reproduction without permission is prohibited.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- ternbay (no metadata)

def render_ternbay(a: dict, related: list[tuple[str, str]]) -> str:
    d = dt(a)
    stamp = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
<link rel="stylesheet" href="/assets/tb.css">
</head>
<body>
<div class="gdpr">Tern Bay Review uses essential cookies only. <a href="/cookies">Details</a> <button>Dismiss</button></div>
<header class="tb-head">
  <a href="/" class="wordmark">TERN BAY REVIEW</a>
  <nav>
    <a href="/longreads">Long reads</a> <a href="/dispatches">Dispatches</a> <a href="/frontiers">Frontiers</a>
    <a href="/photo">Photo essays</a> <a href="/podcast">Podcast</a> <a href="/about">About</a>
  </nav>
</header>
<main class="tb-main">
  <p class="section">{E(a.get('kicker', 'Frontiers'))}</p>
  <h1>{E(a['title'])}</h1>
  <p class="lede">{E(a['summary'])}</p>
  <p class="by">Words by {E(a.get('byline', 'Tern Bay staff'))}<br><span class="date">{stamp}</span></p>
  <div class="text">
{paras(a['body'])}
  </div>
  <p class="endnote">{E(a.get('credit', 'This story was produced with support from readers. Tern Bay Review is independent and has no paywall.'))}</p>
  <section class="also"><h3>Also on Tern Bay</h3>{related_list(related)}</section>
</main>
<footer class="tb-foot">
  <p>Tern Bay Review · Long-form journalism from the world's edges</p>
  <p><a href="/contact">Contact</a> · <a href="/pitch">Pitch us</a> · <a href="/privacy">Privacy</a> · <a href="/rss">Feeds</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- capeward

def render_capeward(a: dict, related: list[tuple[str, str]]) -> str:
    d = dt(a)
    url = f"https://capeward.example/world/{d:%Y%m%d}-{a['slug']}"
    stamp = f"{d:%a} {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} {d:%H.%M} UTC"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | World | Capeward Daily</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:author" content="{E(a.get('byline', 'Capeward Daily'))}">
{jsonld(a, 'Capeward Daily', url)}
</head>
<body>
<aside class="consent">
  <h2>Your privacy</h2>
  <p>Capeward Daily and selected partners store and access information on your device for essential functions, measurement and personalised advertising.</p>
  <button>Yes, I'm happy</button> <button>Reject non-essential</button> <a href="/privacy-settings">Settings</a>
</aside>
<header class="cw-header">
  <div class="cw-logo"><a href="/">Capeward<span>Daily</span></a></div>
  <nav class="cw-nav">
    <a href="/uk">UK</a> <a href="/world" class="on">World</a> <a href="/world/asia">Asia</a> <a href="/business">Business</a>
    <a href="/environment">Environment</a> <a href="/science">Science</a> <a href="/culture">Culture</a> <a href="/comment">Comment</a>
  </nav>
</header>
<main>
<article class="cw-article">
  <header>
    <h1>{E(a['title'])}</h1>
    <p class="standfirst">{E(a['summary'])}</p>
    <address>{E(a.get('byline', 'Capeward Daily'))}</address>
    <time datetime="{a['published']}">{stamp}</time>
  </header>
  <div class="cw-share"><button>Share</button> <button>Save</button> <span class="comments-count">{a.get('ncomments', 0)} comments</span></div>
  <section class="cw-body">
{paras(a['body'])}
  </section>
  <p class="cw-topics">Topics: {E(a.get('topics', 'Asia-Pacific · Japan'))}</p>
</article>
<section class="cw-related"><h2>Most viewed in World</h2>{related_list(related)}</section>
</main>
<footer class="cw-footer">
  <ul><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/terms">Terms &amp; conditions</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/newsletters">Newsletters</a></li></ul>
  <p>© 2027 Capeward Media Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- laminaria

def render_laminaria(a: dict, related: list[tuple[str, str]]) -> str:
    d = dt(a)
    url = f"https://laminaria-news.example/news/{d:%Y-%m-%d}/{a['slug']}"
    local = d.replace()  # show in Sakhalin time (UTC+11)
    from datetime import timedelta
    local = d + timedelta(hours=11)
    stamp = f"{local.day} {RU_MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"
    comments = a.get("comments") or []
    ctext = "".join(f'<div class="cmt"><span class="who">{E(n)}</span><p>{E(t)}</p></div>' for n, t in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — «Ламинария»</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Ламинария">
<meta property="article:published_time" content="{a['published']}">
</head>
<body>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="lam-top">
  <a class="lam-logo" href="/">«Ламинария»</a><span class="lam-tag">новости Сахалина и Курил</span>
  <div class="lam-weather">Южно-Сахалинск −3° · Южно-Курильск +1° · Курильск 0°</div>
  <nav>
    <a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a>
    <a href="/fish">Путина</a> <a href="/transport">Транспорт</a> <a href="/incidents">Происшествия</a> <a href="/interview">Интервью</a>
  </nav>
</header>
<div class="lam-page">
<article class="lam-article">
  <div class="lam-rubric">{E(a.get('kicker', 'Курилы'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="lam-date">{stamp}</div>
  <p class="lam-lead"><strong>{E(a['summary'])}</strong></p>
{paras(a['body'])}
  <p class="lam-author">{E(a.get('byline', ''))}</p>
  <div class="lam-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
  <p class="lam-tip">Нашли ошибку? Выделите её и нажмите Ctrl+Enter. Есть новость? Пишите в наш Telegram-бот.</p>
</article>
<aside class="lam-side">
  <h3>Читайте также</h3>
  {related_list(related)}
</aside>
<section class="lam-comments"><h3>Комментарии ({len(comments)})</h3>{ctext}</section>
</div>
<footer class="lam-foot">
  <p>Сетевое издание «Ламинария». 16+. Главный редактор — И. С. Парфёнова. Адрес редакции: г. Южно-Сахалинск.</p>
  <p>При использовании материалов гиперссылка на «Ламинарию» обязательна. <a href="/ads">Реклама на сайте</a> · <a href="/contacts">Контакты</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- kukhtyl (no metadata)

def render_kukhtyl(a: dict, related: list[tuple[str, str]]) -> str:
    from datetime import timedelta
    d = dt(a) + timedelta(hours=3)  # Moscow time
    stamp = f"{d:%d.%m.%Y %H:%M} (МСК)"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | ИА «Кухтыль»</title>
</head>
<body>
<div id="kk-head">
  <a href="/" id="kk-logo">ИА «КУХТЫЛЬ»</a>
  <ul id="kk-menu">
    <li><a href="/lenta">Лента</a></li><li><a href="/politika">Политика</a></li><li><a href="/dfo">ДФО</a></li>
    <li><a href="/mir">В мире</a></li><li><a href="/ekonomika">Экономика</a></li><li><a href="/proisshestviya">Происшествия</a></li>
    <li><a href="/foto">Фото</a></li>
  </ul>
  <div id="kk-search"><input placeholder="Поиск по ленте"></div>
</div>
<div id="kk-cookie">Сайт использует cookie и сервисы веб-аналитики. <a href="/cookie">Подробнее</a> <span class="x">✕</span></div>
<div id="kk-content">
  <div class="kk-time">{stamp}</div>
  <h1>{E(a['title'])}</h1>
{paras(a['body'])}
  <div class="kk-tags">Теги: {E(a.get('tags', 'Курилы, Япония'))}</div>
  <div class="kk-subscribe">Подписывайтесь на «Кухтыль» в Telegram и Дзене</div>
</div>
<div id="kk-lenta">
  <h3>Лента новостей</h3>
  {related_list(related)}
</div>
<div id="kk-foot">
  © ИА «Кухтыль». Свидетельство о регистрации СМИ ИА № ФС77-00000. Все права защищены. 18+<br>
  <a href="/about">О нас</a> · <a href="/reklama">Реклама</a> · <a href="/kontakty">Контакты</a>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- goyomai

def render_goyomai(a: dict, related: list[tuple[str, str]]) -> str:
    from datetime import timedelta
    d = dt(a) + timedelta(hours=9)
    url = f"https://goyomai-shimpo.example/news/{d:%Y%m%d}/{a['slug']}.html"
    stamp = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}｜珸瑤瑁新報 電子版</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['published']}">
{jsonld(a, '珸瑤瑁新報', url)}
</head>
<body>
<div class="cookie-consent">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/policy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="gy-header">
  <h1 class="gy-logo"><a href="/">珸瑤瑁新報</a><span>電子版</span></h1>
  <p class="gy-date">根室・中標津・別海・標津・羅臼</p>
  <nav class="gy-gnav">
    <a href="/">トップ</a><a href="/local/">地域</a><a href="/hoppo/">北方領土</a><a href="/gyogyo/">漁業・水産</a>
    <a href="/keizai/">経済</a><a href="/jiken/">事件・事故</a><a href="/sports/">スポーツ</a><a href="/okuyami/">おくやみ</a>
  </nav>
  <div class="gy-login"><a href="/login">ログイン</a>｜<a href="/join">会員登録（無料）</a></div>
</header>
<div class="gy-main">
<article class="gy-article">
  <p class="gy-cat">{E(a.get('kicker', '北方領土'))}</p>
  <h2 class="gy-title">{E(a['title'])}</h2>
  <p class="gy-time"><time datetime="{a['published']}">{stamp}</time></p>
  <div class="gy-body">
{paras(a['body'])}
  </div>
  <p class="gy-note">{E(a.get('credit', ''))}</p>
  <div class="gy-share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
</article>
<aside class="gy-side">
  <h3>関連記事</h3>
  {related_list(related)}
  <h3>アクセスランキング</h3>
  <ol class="rank"><li><a href="/rank/1">根室市議会、補正予算案を可決</a></li><li><a href="/rank/2">サンマ棒受け網、初水揚げへ準備</a></li><li><a href="/rank/3">納沙布岬で初日の出　300人が歓声</a></li></ol>
</aside>
</div>
<footer class="gy-footer">
  <p><a href="/company/">会社案内</a>｜<a href="/kiyaku/">利用規約</a>｜<a href="/policy/">個人情報の取り扱い</a>｜<a href="/ad/">広告掲載</a>｜<a href="/subscribe/">購読のお申し込み</a></p>
  <p>掲載記事・写真の無断転載を禁じます。Copyright © 珸瑤瑁新報社 All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- rausukaze

def render_rausukaze(a: dict, related: list[tuple[str, str]]) -> str:
    from datetime import timedelta
    d = dt(a) + timedelta(hours=9)
    url = f"https://rausukaze.example/article/{a['slug']}"
    stamp = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - らうす風新聞 電子版</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="らうす風新聞 電子版">
<meta property="article:published_time" content="{a['published']}">
</head>
<body>
<div id="rk-cookie">本サイトはCookieを利用しています。引き続き閲覧される場合は同意したものとみなします。<a href="/cookie">詳細</a> <button>閉じる</button></div>
<header id="rk-header">
  <div class="rk-brand"><a href="/">らうす風新聞</a> <small>知床・羅臼・標津・根室海峡のニュース</small></div>
  <ul class="rk-nav">
    <li><a href="/news">ニュース</a></li><li><a href="/umi">海と漁業</a></li><li><a href="/shiretoko">知床</a></li>
    <li><a href="/hoppo">北方領土</a></li><li><a href="/kurashi">くらし</a></li><li><a href="/photo">写真</a></li>
  </ul>
</header>
<div id="rk-wrap">
  <div class="rk-pankuzu"><a href="/">ホーム</a> &gt; <a href="/{a.get('section_path', 'umi')}">{E(a.get('kicker', '海と漁業'))}</a></div>
  <h1 class="rk-h1">{E(a['title'])}</h1>
  <div class="rk-date">{stamp}</div>
  <div class="rk-text">
{paras(a['body'])}
  </div>
  <div class="rk-sns"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a></div>
  <div class="rk-rel"><h4>こちらの記事も読まれています</h4>{related_list(related)}</div>
  <div class="rk-pr">PR　知床のふるさと納税　羅臼昆布・秋鮭をお届け</div>
</div>
<footer id="rk-foot">らうす風新聞社　北海道目梨郡羅臼町 ｜ <a href="/about">会社概要</a> ｜ <a href="/privacy">プライバシーポリシー</a> ｜ <a href="/contact">お問い合わせ</a><br>© Rausu Kaze Shimbun</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- yoake (minimal metadata)

def render_yoake(a: dict, related: list[tuple[str, str]]) -> str:
    from datetime import timedelta
    d = dt(a) + timedelta(hours=9)
    stamp = f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜夜明け通信ニュース</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<header class="ya-head">
  <a href="/" class="ya-logo">夜明け通信</a>
  <nav><a href="/politics">政治</a> <a href="/society">社会</a> <a href="/economy">経済</a> <a href="/international">国際</a> <a href="/regional">地域</a> <a href="/sports">スポーツ</a> <a href="/culture">文化</a></nav>
</header>
<div class="ya-banner">【お知らせ】夜明け通信ニュースは、よりよいサービス提供のためCookieを利用しています。<a href="/cookie">設定</a></div>
<main class="ya-main">
  <div class="ya-cat">{E(a.get('kicker', '社会'))}</div>
  <h1>{E(a['title'])}</h1>
  <p class="ya-date">{stamp}</p>
{paras(a['body'])}
  <p class="ya-copy">{E(a.get('credit', '（夜明け通信）'))}</p>
  <div class="ya-rel"><h2>関連ニュース</h2>{related_list(related)}</div>
</main>
<footer class="ya-foot">Copyright 夜明け通信社 記事・写真・図表の無断転載を禁じます。｜<a href="/terms">ご利用にあたって</a>｜<a href="/privacy">個人情報</a></footer>
</body>
</html>
"""


RENDER = {
    "auklet-en": render_auklet, "marten-en": render_marten, "ternbay-review": render_ternbay,
    "capeward-en": render_capeward, "laminaria-ru": render_laminaria, "kukhtyl-ru": render_kukhtyl,
    "goyomai-ja": render_goyomai, "rausukaze-ja": render_rausukaze, "yoake-ja": render_yoake,
}

# Filler links for "related" boxes: stories that exist on the outlet's site but are not in the corpus.
FILLER = {
    "auklet-en": [("Tokyo stocks edge up as exporters gain on weaker yen", "/markets/tokyo-stocks-edge-up"),
                  ("Typhoon disrupts flights across Okinawa", "/world/asia-pacific/typhoon-okinawa-flights"),
                  ("South Korea, Japan agree to expand youth exchange visas", "/world/asia-pacific/korea-japan-youth-visas")],
    "marten-en": [("Kushiro's fish market adds Sunday opening", "/2024/06/01/kushiro-market-sunday/"),
                  ("Drift ice season shortest on record at Abashiri", "/2024/03/20/drift-ice-short-season/"),
                  ("Nakashibetsu airport adds Haneda flight for summer", "/2025/04/02/nakashibetsu-haneda/")],
    "ternbay-review": [("The last lighthouse keeper of Ushant", "/longreads/ushant-keeper"),
                       ("A winter on the Bering ice road", "/dispatches/bering-ice-road"),
                       ("The salt farmers of Guérande", "/photo/guerande-salt")],
    "capeward-en": [("EU agrees new rules on short-term rentals", "/world/eu-short-term-rentals"),
                    ("Floods cut off villages in northern Pakistan", "/world/pakistan-floods-villages"),
                    ("Australia and Indonesia sign fisheries pact", "/world/australia-indonesia-fisheries")],
    "laminaria-ru": [("В Холмске отремонтируют набережную", "/news/kholmsk-naberezhnaya"),
                     ("Путина-2025: лосось идёт с опозданием", "/fish/putina-2025-losos"),
                     ("Рейс на Итуруп задержан из-за тумана", "/transport/iturup-tuman")],
    "kukhtyl-ru": [("В Приморье ограничили вылов краба-стригуна", "/dfo/primorye-krab"),
                   ("На Камчатке открылся сезон восхождений на вулканы", "/dfo/kamchatka-vulkany"),
                   ("Курс иены к рублю обновил минимум", "/ekonomika/kurs-ieny")],
    "goyomai-ja": [("根室市、ふるさと納税が過去最高", "/news/furusato-kako-saiko.html"),
                   ("花咲ガニ、今季の水揚げ低調", "/news/hanasakigani-teicho.html"),
                   ("中標津で酪農フェア　2万人来場", "/news/rakuno-fair.html")],
    "rausukaze-ja": [("羅臼昆布、天日干しの最盛期", "/article/konbu-tenpi"),
                     ("知床のヒグマ出没、昨年の1.5倍", "/article/higuma-shutsubotsu"),
                     ("観光船シャチ観察、予約好調", "/article/shachi-kansatsu")],
    "yoake-ja": [("衆院予算委、物価対策巡り論戦", "/politics/yosan-iinkai"),
                 ("訪日客、過去最多ペース", "/economy/hounichi-saita"),
                 ("北陸新幹線、敦賀以西ルートで協議", "/regional/hokuriku-shinkansen")],
}
