"""Page templates of the eight invented outlets of corpus blind59.

Each outlet has its own chrome (navigation, cookie banner, share buttons, related
stories, footer, sometimes comments).  `render(art, related)` returns a full HTML5
document.  `art` is the parsed content record (see generate.py); `related` is a list
of (id, title) of earlier articles of the same outlet.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "marlinspike-en", "title": "Marlinspike Wire - World & Commodities", "format": "rss", "lang": "en"},
    {"id": "hollins-en", "title": "The Hollins Review - Asia & the World", "format": "atom", "lang": "en"},
    {"id": "tradewind-en", "title": "Tradewind Seafood Intelligence", "format": "rss", "lang": "en"},
    {"id": "stormpetrel-en", "title": "The Storm Petrel - Hokkaido & the North Pacific in English", "format": "atom", "lang": "en"},
    {"id": "shkval-ru", "title": "Шквал.Инфо - новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "kambala-ru", "title": "Камбала.Инфо - рыбная отрасль и Дальний Восток", "format": "atom", "lang": "ru"},
    {"id": "umineko-ja", "title": "うみねこ新聞 電子版", "format": "rss", "lang": "ja"},
    {"id": "gyoko-ja", "title": "漁港タイムズ", "format": "atom", "lang": "ja"},
]

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
JA_WEEK = "月火水木金土日"

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))
MSK = timezone(timedelta(hours=3))


def body_html(paras: list[str], lang: str) -> str:
    out = []
    in_list = False
    for p in paras:
        if p.startswith("* "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{E(p[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def meta_block(art, site_name: str, url_base: str, jsonld: bool, section: str) -> str:
    if not art.get("meta", True):
        return ""
    pub: datetime = art["published"]
    iso = pub.strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        f'<meta name="description" content="{E(art["summary"])}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site_name)}">',
        f'<meta property="og:title" content="{E(art["title"])}">',
        f'<meta property="og:description" content="{E(art["summary"])}">',
        f'<meta property="og:url" content="{url_base}/articles/{art["id"]}.html">',
        f'<meta property="article:published_time" content="{iso}">',
        f'<meta property="article:section" content="{E(section)}">',
    ]
    if art.get("author"):
        lines.append(f'<meta name="author" content="{E(art["author"])}">')
    if jsonld:
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": art["title"], "datePublished": iso, "dateModified": iso,
            "inLanguage": art["lang"], "articleSection": section,
            "author": {"@type": "Person", "name": art.get("author") or site_name},
            "publisher": {"@type": "Organization", "name": site_name},
            "description": art["summary"],
        }
        lines.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(lines)


def related_list(related, cls="related") -> str:
    if not related:
        return ""
    items = "".join(f'<li><a href="/articles/{rid}.html">{E(t)}</a></li>' for rid, t in related)
    return items


# --------------------------------------------------------------------------- Marlinspike Wire

def marlinspike(art, related):
    pub = art["published"]
    stamp = f"{EN_MONTHS[pub.month-1]} {pub.day}, {pub.year} {pub.strftime('%I:%M %p').lstrip('0')} GMT"
    rel = related_list(related)
    byline = E(art.get("author") or "Marlinspike Wire staff")
    editing = E(art.get("editing") or "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art['title'])} | Marlinspike Wire</title>
{meta_block(art, 'Marlinspike Wire', 'https://www.marlinspikewire.com', True, art.get('section', 'World'))}
<style>body{{font-family:Georgia,serif;margin:0;color:#1a1a1a}}header{{background:#0b2a4a;color:#fff;padding:8px 20px}}
nav a{{color:#cfe0f5;margin-right:14px;text-decoration:none;font-family:Arial,sans-serif;font-size:13px}}
main{{max-width:760px;margin:24px auto;padding:0 16px}}.dateline{{color:#666;font-size:13px;font-family:Arial}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:10px;font-family:Arial;font-size:12px}}
aside.more{{border-top:3px solid #0b2a4a;margin-top:30px}}footer{{background:#f1f1f1;font-size:12px;padding:20px;font-family:Arial}}</style>
</head>
<body>
<div class="cookie" id="cookie-consent">We use cookies and similar technologies to deliver news, measure audiences and show relevant advertising. <button>Accept all</button> <button>Manage settings</button></div>
<header>
  <div class="brand"><a href="/" style="color:#fff;font-weight:bold;font-size:22px;text-decoration:none">MARLINSPIKE WIRE</a> <span style="font-size:11px">Trusted news since 1961</span></div>
  <nav><a href="/world">World</a><a href="/asia-pacific">Asia Pacific</a><a href="/markets">Markets</a><a href="/commodities">Commodities</a><a href="/energy">Energy</a><a href="/breakingviews">Analysis</a><a href="/pictures">Pictures</a><a href="/signin">Sign in</a></nav>
</header>
<main>
<div class="crumbs"><a href="/world">World</a> &rsaquo; <a href="/asia-pacific">{E(art.get('section', 'Asia Pacific'))}</a></div>
<article>
<h1>{E(art['title'])}</h1>
<div class="dateline">{byline} &middot; <time datetime="{pub.strftime('%Y-%m-%dT%H:%M:%SZ')}">{stamp}</time> &middot; {art.get('readtime', '3')} min read</div>
<div class="share"><a href="#">Share on X</a> | <a href="#">LinkedIn</a> | <a href="#">Email</a> | <a href="#">Copy link</a></div>
<div class="body">
{body_html(art['body'], 'en')}
</div>
<p class="credits" style="font-size:13px;color:#555">{('(' + byline + '; ' + editing + ')') if editing else ''}</p>
<p style="font-size:12px;color:#777">Our Standards: The Marlinspike Trust Principles.</p>
</article>
<aside class="more"><h3>More from Marlinspike Wire</h3><ul>{rel}<li><a href="/markets/commodities">Commodities: live prices and analysis</a></li></ul></aside>
</main>
<footer>
<p><a href="/about">About us</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookie policy</a></p>
<p>All quotes delayed a minimum of 15 minutes. &copy; {pub.year} Marlinspike Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Hollins Review

def hollins(art, related):
    pub = art["published"]
    stamp = f"{pub.day} {EN_MONTHS[pub.month-1]} {pub.year}"
    rel = related_list(related)
    comments = ""
    for who, when, text in art.get("comments", []):
        comments += f'<div class="comment"><b>{E(who)}</b> <span>{E(when)}</span><p>{E(text)}</p></div>'
    comments_html = (f'<section class="comments"><h3>Comments ({len(art.get("comments", []))})</h3>{comments}'
                     f'<p><a href="/login">Log in to comment</a></p></section>') if comments else \
        '<section class="comments"><h3>Comments</h3><p>Comments are closed for this article.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} — The Hollins Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(art, 'The Hollins Review', 'https://hollinsreview.com', False, art.get('section', 'Asia'))}
<link rel="stylesheet" href="/static/hr-2024.css">
</head>
<body class="article-page">
<div id="consent-banner" role="dialog">The Hollins Review uses cookies to remember your preferences and to understand how our journalism is read. <a href="/privacy">Read more</a> <button>OK</button> <button>Reject non-essential</button></div>
<div class="topbar"><span>Independent analysis since 1987</span> <a href="/subscribe">Subscribe from £1 a week</a> <a href="/newsletters">Newsletters</a></div>
<header class="masthead"><a href="/" class="logo">The Hollins Review</a>
<nav><ul><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li><li><a href="/americas">Americas</a></li><li><a href="/economy">Economy</a></li><li><a href="/security">Security</a></li><li><a href="/culture">Culture</a></li><li><a href="/podcasts">Podcasts</a></li></ul></nav></header>
<main>
<article>
<p class="kicker">{E(art.get('section', 'Asia'))}</p>
<h1>{E(art['title'])}</h1>
<p class="standfirst">{E(art.get('dek') or art['summary'])}</p>
<p class="byline">By {E(art.get('author') or 'Our correspondent')} &nbsp;|&nbsp; {stamp}</p>
<div class="share-tools"><button>Share</button><button>Save</button><button>Gift this article</button></div>
{body_html(art['body'], 'en')}
<div class="author-bio"><p>{E(art.get('bio', 'The Hollins Review covers politics, security and economics across Asia and Europe.'))}</p></div>
</article>
<aside class="newsletter"><h4>The Asia Brief</h4><p>Our weekly email on the region. Free for registered readers.</p><button>Sign up</button></aside>
<aside class="related"><h3>Read more</h3><ul>{rel}<li><a href="/asia/archive">Asia archive</a></li></ul></aside>
{comments_html}
</main>
<footer><p>&copy; The Hollins Review {pub.year}. Registered in England and Wales.</p>
<ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Tradewind

def tradewind(art, related):
    pub = art["published"]
    stamp = f"{pub.day:02d} {EN_MON[pub.month-1]} {pub.year} {pub.strftime('%H:%M')} GMT"
    rel = related_list(related)
    tags = " ".join(f'<a class="tag" href="/tag/{E(t.lower().replace(" ", "-"))}">{E(t)}</a>'
                    for t in art.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} | Tradewind Seafood Intelligence</title>
{meta_block(art, 'Tradewind Seafood Intelligence', 'https://www.tradewindseafood.com', True, art.get('section', 'Supply'))}
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0}}.ticker{{background:#053;color:#dfd;font-size:12px;padding:4px 12px;white-space:nowrap;overflow:hidden}}
.wrap{{display:flex;max-width:1100px;margin:0 auto}}.main{{flex:3;padding:20px}}.side{{flex:1;padding:20px;border-left:1px solid #ddd;font-size:13px}}
.tag{{background:#eef;padding:2px 6px;margin-right:4px;font-size:12px;text-decoration:none}}</style>
</head>
<body>
<div class="ticker">Prices: Norwegian salmon 3-4kg NOK 92.40 &#9650; | Alaska pollock blocks USD 1.62/lb &#9660; | Hokkaido scallop 2S JPY 2,150/kg &#9650; | Loligo squid (FI) USD 7.10/kg &#8212;</div>
<div class="cookiebar">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>Close</button></div>
<header><a href="/" class="logo"><b>TRADEWIND</b> Seafood Intelligence</a>
<nav><a href="/news">News</a> <a href="/supply">Supply</a> <a href="/prices">Prices</a> <a href="/policy">Policy &amp; Quotas</a> <a href="/aquaculture">Aquaculture</a> <a href="/processing">Processing</a> <a href="/events">Events</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="wrap">
<div class="main">
<article>
<div class="section-label">{E(art.get('section', 'Policy & Quotas'))}</div>
<h1>{E(art['title'])}</h1>
<p class="lede"><strong>{E(art.get('dek') or art['summary'])}</strong></p>
<p class="meta">{E(art.get('author') or 'Tradewind staff')} &middot; Published {stamp}</p>
<div class="share"><a href="#">Email</a> <a href="#">Print</a> <a href="#">LinkedIn</a></div>
{body_html(art['body'], 'en')}
<p>{tags}</p>
<p class="contact" style="font-size:12px">Contact the author: newsdesk@tradewindseafood.com</p>
</article>
</div>
<div class="side">
<h4>Latest from Tradewind</h4><ul>{rel}</ul>
<h4>Events</h4><p>North Pacific Whitefish Forum &mdash; registration open</p>
<h4>Data</h4><p><a href="/data/quotas">Quota tracker</a> &middot; <a href="/data/prices">Weekly price index</a></p>
</div>
</div>
<footer style="background:#053;color:#cfc;padding:16px;font-size:12px">&copy; {pub.year} Tradewind Media AS &middot; <a href="/terms" style="color:#cfc">Terms</a> &middot; <a href="/privacy" style="color:#cfc">Privacy</a> &middot; <a href="/advertise" style="color:#cfc">Advertise</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Storm Petrel

def stormpetrel(art, related):
    pub = art["published"].astimezone(JST)
    stamp = f"{EN_MONTHS[pub.month-1]} {pub.day}, {pub.year} {pub.strftime('%H:%M')} JST"
    rel = related_list(related)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} - The Storm Petrel</title>
{meta_block(art, 'The Storm Petrel', 'https://stormpetrel.jp', False, art.get('section', 'Hokkaido'))}
</head>
<body>
<div class="gdpr">We use cookies to improve your experience. Continue browsing or <a href="/cookies">change your settings</a>. <button>Got it</button></div>
<header>
<div class="logo"><a href="/">The Storm Petrel</a></div>
<div class="tagline">Hokkaido &amp; the North Pacific, in English</div>
<div class="weather">Nemuro 4&deg;C &middot; Kushiro 6&deg;C &middot; Sapporo 9&deg;C</div>
<nav><a href="/news">News</a> | <a href="/hokkaido">Hokkaido</a> | <a href="/northern-territories">Islands &amp; Russia</a> | <a href="/fisheries">Fisheries</a> | <a href="/travel">Travel</a> | <a href="/opinion">Opinion</a> | <a href="/about">About</a></nav>
</header>
<div id="content">
<article class="post">
<h1 class="entry-title">{E(art['title'])}</h1>
<div class="entry-meta">Posted in <a href="/{E(art.get('section', 'hokkaido').lower().replace(' ', '-'))}">{E(art.get('section', 'Hokkaido'))}</a> on {stamp} by {E(art.get('author') or 'Staff')}</div>
<div class="entry-content">
{body_html(art['body'], 'en')}
</div>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a> <a href="#">Email</a></div>
</article>
<div class="related-posts"><h3>Related</h3><ul>{rel}</ul></div>
<div class="support">The Storm Petrel is reader-supported. <a href="/support">Become a supporter</a>.</div>
</div>
<footer id="colophon"><p>The Storm Petrel &middot; Kushiro, Hokkaido &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a></p><p>&copy; 2019&ndash;{pub.year} The Storm Petrel</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Шквал.Инфо

def shkval(art, related):
    pub = art["published"].astimezone(SAKH)
    stamp = f"{pub.day} {RU_MONTHS[pub.month-1]} {pub.year}, {pub.strftime('%H:%M')}"
    rel = related_list(related)
    views = art.get("views", 1200 + (pub.day * 137) % 3000)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} — Шквал.Инфо</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(art, 'Шквал.Инфо', 'https://shkval-info.ru', False, art.get('section', 'Новости'))}
</head>
<body>
<div class="cookie-notice">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<div class="top-line"><span>Южно-Сахалинск</span> <span>USD 92,15 &nbsp; EUR 99,40</span> <a href="/search">Поиск</a> <a href="https://t.me/">Мы в Telegram</a></div>
<header><a class="logo" href="/">ШКВАЛ<span>.ИНФО</span></a>
<ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/society">Общество</a></li><li><a href="/economy">Экономика</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/incidents">Происшествия</a></li><li><a href="/transport">Транспорт</a></li><li><a href="/weather">Погода</a></li></ul></header>
<div class="page">
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news">{E(art.get('section', 'Новости'))}</a></div>
<h1>{E(art['title'])}</h1>
<div class="info"><span class="date">{stamp}</span> <span class="views">&#128065; {views}</span></div>
<div class="lead"><b>{E(art.get('dek') or art['summary'])}</b></div>
<div class="text">
{body_html(art['body'], 'ru')}
</div>
<p class="author">{E(art.get('author') or 'Шквал.Инфо')}</p>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<div class="subscribe">Подписывайтесь на «Шквал.Инфо» в Telegram и «Дзене» — все главные новости Сахалина и Курил.</div>
<div class="read-also"><h3>Читайте также</h3><ul>{rel}</ul></div>
</div>
<footer><p>Сетевое издание «Шквал.Инфо». Свидетельство о регистрации СМИ ЭЛ № ФС 77-80912. Учредитель: ООО «Шквал Медиа». Главный редактор: А. В. Рябинина.</p>
<p>18+ &middot; При использовании материалов ссылка на «Шквал.Инфо» обязательна. &copy; 2015–{pub.year}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Камбала.Инфо

def kambala(art, related):
    pub = art["published"].astimezone(MSK)
    stamp = f"{pub.strftime('%d.%m.%Y %H:%M')} (мск)"
    rel = related_list(related)
    tags = ", ".join(f'<a href="/tags/{E(t)}">{E(t)}</a>' for t in art.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} | Камбала.Инфо</title>
{meta_block(art, 'Камбала.Инфо', 'https://kambala.info', True, art.get('section', 'Новости отрасли'))}
<link rel="stylesheet" href="/assets/kmb.css">
</head>
<body>
<div class="cookies">Сайт использует cookie и сервис веб-аналитики. <a href="/cookies">Подробнее</a> <button>Принять</button></div>
<header class="hdr"><a href="/" class="logo">Камбала<span>.Инфо</span></a> <span class="slogan">Рыбная отрасль. Дальний Восток. Каждый день.</span>
<nav><a href="/news">Новости</a> <a href="/promysel">Промысел</a> <a href="/kvoty">Квоты</a> <a href="/pererabotka">Переработка</a> <a href="/vneshnie">Внешние рынки</a> <a href="/analitika">Аналитика</a> <a href="/birzha">Биржа</a></nav></header>
<div class="container">
<main class="article">
<div class="rubric">{E(art.get('section', 'Новости отрасли'))}</div>
<h1>{E(art['title'])}</h1>
<div class="date">{stamp}</div>
<p class="anons">{E(art.get('dek') or art['summary'])}</p>
{body_html(art['body'], 'ru')}
<p class="src">{E(art.get('author') or 'Редакция Камбала.Инфо')}</p>
<p class="tags">Теги: {tags}</p>
<div class="share">Поделиться: <a href="#">VK</a> <a href="#">TG</a> <a href="#">OK</a></div>
</main>
<aside class="sidebar"><h3>По теме</h3><ul>{rel}</ul>
<div class="prices"><h4>Цены на рыбопродукцию</h4><p>Минтай б/г — 185 руб./кг; Сельдь — 78 руб./кг; Нерка — 640 руб./кг</p></div></aside>
</div>
<footer class="ftr">© 2012–{pub.year} «Камбала.Инфо». Электронное периодическое издание. Все права защищены. <a href="/reklama">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/privacy">Конфиденциальность</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- うみねこ新聞

def umineko(art, related):
    pub = art["published"].astimezone(JST)
    stamp = f"{pub.year}年{pub.month}月{pub.day}日（{JA_WEEK[pub.weekday()]}）{pub.strftime('%H:%M')}"
    rel = related_list(related)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(art['title'])}｜うみねこ新聞 電子版</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(art, 'うみねこ新聞 電子版', 'https://www.umineko-shimbun.jp', False, art.get('section', '根室'))}
</head>
<body>
<div id="cookie">当サイトでは、利便性向上と広告配信のためにクッキー（Cookie）を使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header class="site-header">
<div class="logo"><a href="/">うみねこ新聞</a><small>電子版</small></div>
<div class="h-links"><a href="/login">ログイン</a> <a href="/member">会員登録（無料）</a> <a href="/paper">紙面ビューアー</a></div>
<nav class="gnav"><ul><li><a href="/news">ニュース</a></li><li><a href="/nemuro">根室</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/suisan">水産</a></li><li><a href="/chiiki">地域</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li></ul></nav>
</header>
<main class="article-main">
<p class="pankuzu"><a href="/">トップ</a> &gt; <a href="/news">{E(art.get('section', '根室'))}</a></p>
<h1>{E(art['title'])}</h1>
<p class="date">{stamp}</p>
<div class="sns"><a href="#">X（旧ツイッター）</a> <a href="#">Facebook</a> <a href="#">LINEで送る</a> <a href="#">はてなブックマーク</a></div>
<div class="honbun">
{body_html(art['body'], 'ja')}
</div>
<p class="notice">※記事の無断転載を禁じます。</p>
<section class="kanren"><h2>関連記事</h2><ul>{rel}</ul></section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>根室市議会、定例会が開会</li><li>サンマ棒受け網漁、初水揚げ</li><li>納沙布岬で初日の出</li></ol></section>
</main>
<footer class="site-footer"><ul><li><a href="/company">会社案内</a></li><li><a href="/ad">広告のご案内</a></li><li><a href="/privacy">個人情報の取り扱い</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
<p>Copyright &copy; {pub.year} うみねこ新聞社 All rights reserved. 掲載記事・写真の無断転載を禁止します。</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 漁港タイムズ

def gyoko(art, related):
    pub = art["published"].astimezone(JST)
    stamp = f"{pub.year}/{pub.month:02d}/{pub.day:02d} {pub.strftime('%H:%M')}"
    rel = related_list(related)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} - 漁港タイムズ</title>
{meta_block(art, '漁港タイムズ', 'https://gyoko-times.jp', True, art.get('section', '行政'))}
</head>
<body>
<div class="consent">本サイトはクッキーを利用しています。サイトの閲覧を続けることで、クッキーの利用に同意したものとみなします。<button>閉じる</button></div>
<header><div class="logo"><a href="/">漁港タイムズ</a></div><p class="catch">水産業界の今を伝える専門ニュース</p>
<nav><a href="/news">ニュース</a>｜<a href="/gyogyo">漁業</a>｜<a href="/shikyo">市況</a>｜<a href="/gyosei">行政</a>｜<a href="/kokusai">国際</a>｜<a href="/hoppo">北方</a>｜<a href="/kakou">加工・流通</a>｜<a href="/event">イベント</a></nav>
<div class="member"><a href="/login">会員ログイン</a>｜<a href="/register">新規登録</a></div></header>
<div class="wrapper">
<article>
<div class="cat">{E(art.get('section', '行政'))}</div>
<h1>{E(art['title'])}</h1>
<div class="pubdate">{stamp}</div>
{body_html(art['body'], 'ja')}
<p class="writer">{E(art.get('author') or '（漁港タイムズ編集部）')}</p>
<div class="share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
<aside><h3>新着記事</h3><ul>{rel}</ul><h3>市況</h3><p>釧路港 スケトウダラ 1kg 95円／根室港 サンマ 1kg 620円</p></aside>
</div>
<footer><p><a href="/about">運営会社</a>｜<a href="/kiyaku">利用規約</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/ad">広告掲載</a></p><p>&copy; {pub.year} 漁港タイムズ社</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "marlinspike-en": marlinspike,
    "hollins-en": hollins,
    "tradewind-en": tradewind,
    "stormpetrel-en": stormpetrel,
    "shkval-ru": shkval,
    "kambala-ru": kambala,
    "umineko-ja": umineko,
    "gyoko-ja": gyoko,
}


def render(art, related) -> str:
    return TEMPLATES[art["feed"]](art, related)
