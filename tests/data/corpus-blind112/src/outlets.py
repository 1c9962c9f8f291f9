"""Outlets of corpus blind112 and their page templates.

Every outlet has its own chrome. Two outlets (gyre-review, miotsukushi-ja) publish pages
without any machine-readable metadata: no og: tags, no JSON-LD, no article:published_time.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "parhelion-wire", "title": "Parhelion Wire — World & Asia", "format": "rss", "lang": "en"},
    {"id": "soya-observer", "title": "Soya Strait Observer — Hokkaido & Sakhalin in English",
     "format": "atom", "lang": "en"},
    {"id": "gyre-review", "title": "The Gyre — North Pacific, explained", "format": "atom", "lang": "en"},
    {"id": "isobath-asia", "title": "Isobath Asia Brief", "format": "rss", "lang": "en"},
    {"id": "tyatya-ru", "title": "«Тятя-Информ» — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "girokompas-ru", "title": "ИА «Гирокомпас» — международная лента", "format": "atom", "lang": "ru"},
    {"id": "miotsukushi-ja", "title": "澪標ニュース（根室・中標津）", "format": "rss", "lang": "ja"},
    {"id": "hekisui-ja", "title": "碧水新聞デジタル", "format": "atom", "lang": "ja"},
]

DOMAINS = {
    "parhelion-wire": "https://www.parhelionwire.example",
    "soya-observer": "https://soyastraitobserver.example",
    "gyre-review": "https://thegyre.example",
    "isobath-asia": "https://isobath-asia.example",
    "tyatya-ru": "https://tyatya-inform.example",
    "girokompas-ru": "https://girokompas.example",
    "miotsukushi-ja": "https://miotsukushi-news.example",
    "hekisui-ja": "https://www.hekisui-shimbun.example",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def utc(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return utc(a).astimezone(timezone(timedelta(hours=hours)))


def paras(body: list[str], p_class: str = "") -> str:
    """Body mini-markup: '## ' subhead, '> ' blockquote, '* ' list item, else a paragraph."""
    out, items = [], []
    cls = f' class="{p_class}"' if p_class else ""

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for p in body:
        if p.startswith("* "):
            items.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{escape(p)}</p>")
    flush()
    return "\n".join(out)


def rel_links(related, li_class: str = "") -> str:
    cls = f' class="{li_class}"' if li_class else ""
    return "\n".join(f'<li{cls}><a href="{r.get("href") or "/articles/" + r["id"] + ".html"}">'
                     f'{escape(r["title"])}</a></li>' for r in related)


def jsonld(a, outlet_name: str, url: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": utc(a).isoformat().replace("+00:00", "Z"),
        "dateModified": utc(a).isoformat().replace("+00:00", "Z"),
        "inLanguage": lang, "mainEntityOfPage": url,
        "author": [{"@type": "Person", "name": a.get("byline", outlet_name)}],
        "publisher": {"@type": "Organization", "name": outlet_name},
    }
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


# --------------------------------------------------------------------------- English


def parhelion(a, related, evergreen):
    url = f'{DOMAINS["parhelion-wire"]}/articles/{a["id"]}.html'
    t = utc(a)
    shown = f'{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime("%I:%M %p").lstrip("0")} GMT'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} | Parhelion Wire</title>
<meta name="description" content="{escape(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Parhelion Wire">
<meta property="og:title" content="{escape(a["title"])}">
<meta property="og:description" content="{escape(a["summary"])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t.isoformat().replace("+00:00", "Z")}">
<meta property="article:section" content="{escape(a.get("section", "World"))}">
<link rel="canonical" href="{url}">
{jsonld(a, "Parhelion Wire", url, "en")}
<link rel="stylesheet" href="/static/parhelion.css">
</head>
<body class="article-page">
<div id="cookie-consent" role="dialog" aria-live="polite">
  <p>We use cookies and similar technologies to run this site, measure traffic and personalise ads.
  <a href="/privacy">Privacy statement</a></p>
  <button type="button">Accept all</button> <button type="button">Manage choices</button>
</div>
<header class="masthead">
  <a class="logo" href="/">PARHELION</a>
  <nav aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/energy">Energy</a></li>
    <li><a href="/legal">Legal</a></li><li><a href="/opinion">Breakingviews</a></li>
  </ul></nav>
  <a class="signin" href="/account">Sign in</a>
</header>
<main>
<nav class="breadcrumb"><a href="/world">World</a> › <a href="/asia">{escape(a.get("section", "Asia Pacific"))}</a></nav>
<article>
  <h1>{escape(a["title"])}</h1>
  <div class="byline">By {escape(a.get("byline", "Parhelion staff"))}</div>
  <time class="published">{shown}</time>
  <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
  <div class="article-body">
{paras(a["body"])}
  </div>
  <p class="trust">Our Standards: <a href="/principles">The Parhelion Trust Principles.</a></p>
</article>
<aside class="read-next"><h3>Read next</h3><ul>
{rel_links(related)}
{rel_links(evergreen)}
</ul></aside>
</main>
<footer><p>© {t.year} Parhelion Wire. All quotes delayed a minimum of 15 minutes.</p>
<ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/feeds">RSS</a></li></ul></footer>
</body>
</html>
"""


def soya(a, related, evergreen):
    url = f'{DOMAINS["soya-observer"]}/articles/{a["id"]}.html'
    t = local(a, 9)
    shown = f'{t.strftime("%a")} {t.day} {EN_MONTHS[t.month - 1][:3]} {t.year} · {t.strftime("%H:%M")} JST'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — Soya Strait Observer</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{escape(a["title"])}">
<meta property="og:description" content="{escape(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{DOMAINS["soya-observer"]}/img/og-default.jpg">
<meta property="article:published_time" content="{utc(a).isoformat()}">
<meta property="article:author" content="{escape(a.get("byline", "Observer staff"))}">
</head>
<body>
<div class="topbar">Nemuro · Wakkanai · Yuzhno-Sakhalinsk — independent English-language news since 2011</div>
<header><a href="/" class="brand">Soya Strait <b>Observer</b></a>
<nav><a href="/nemuro">Nemuro</a> | <a href="/wakkanai">Wakkanai</a> | <a href="/sakhalin">Sakhalin</a> | <a href="/fisheries">Fisheries</a> | <a href="/islands">The Islands</a> | <a href="/opinion">Opinion</a></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<div class="wrap">
<article class="story">
<p class="kicker">{escape(a.get("section", "News"))}</p>
<h1>{escape(a["title"])}</h1>
<p class="standfirst">{escape(a["summary"])}</p>
<p class="meta"><span class="author">{escape(a.get("byline", "Observer staff"))}</span> · <span class="date">{shown}</span></p>
{paras(a["body"])}
<div class="support">The Observer is reader-funded. <a href="/support">Become a supporter</a> from ¥500 a month.</div>
<p class="comments-link"><a href="#comments">Comments (0)</a></p>
</article>
<aside class="sidebar"><h4>Related</h4><ol>
{rel_links(related)}
</ol><h4>Most read</h4><ol>
{rel_links(evergreen)}
</ol>
<div class="newsletter"><h4>The Strait Weekly</h4><p>Our Friday digest, free.</p><input placeholder="you@example.com"><button>Sign up</button></div>
</aside>
</div>
<div class="cookie-bar">This site uses cookies to remember your preferences. <a href="/cookies">Find out more</a> <button>OK</button></div>
<footer>Soya Strait Observer · Wakkanai, Hokkaido · <a href="/contact">Contact</a> · <a href="/corrections">Corrections</a> · <a href="/feed.atom">Atom feed</a></footer>
</body>
</html>
"""


def gyre(a, related, evergreen):
    # deliberately without metadata: no og:, no JSON-LD, no article:published_time
    t = utc(a)
    shown = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{escape(a["title"])} · The Gyre</title>
<link rel="stylesheet" href="/assets/gyre.css">
</head>
<body>
<header class="site"><a href="/" class="wordmark">The Gyre</a><span class="tag">North Pacific, explained</span>
<nav><a href="/explainers">Explainers</a><a href="/maps">Maps</a><a href="/podcast">Podcast</a><a href="/about">About</a><a class="cta" href="/subscribe">Subscribe</a></nav></header>
<main class="longread">
<p class="kicker">{escape(a.get("section", "Analysis"))} · {shown}</p>
<h1>{escape(a["title"])}</h1>
<p class="dek">{escape(a["summary"])}</p>
<p class="author">Words: {escape(a.get("byline", "The Gyre"))}</p>
{paras(a["body"], "lr")}
<section class="endnote"><p>The Gyre is an independent newsletter about the seas between Hokkaido, Sakhalin and Kamchatka. Tips: tips@thegyre.example</p></section>
<section class="more"><h3>More from The Gyre</h3><ul>
{rel_links(related)}
{rel_links(evergreen)}
</ul></section>
</main>
<div class="modal" hidden><p>Enjoying The Gyre? Get it in your inbox every Tuesday.</p><button>Subscribe</button><button>No thanks</button></div>
<footer class="site">© The Gyre · <a href="/privacy">Privacy</a> · We don't use tracking cookies.</footer>
</body>
</html>
"""


def isobath(a, related, evergreen):
    url = f'{DOMAINS["isobath-asia"]}/articles/{a["id"]}.html'
    t = utc(a)
    shown = t.strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(a["title"])} - Isobath Asia Brief</title>
<meta property="og:site_name" content="Isobath Asia Brief">
<meta property="og:title" content="{escape(a["title"])}">
<meta property="og:description" content="{escape(a["summary"])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
{jsonld(a, "Isobath Asia Brief", url, "en")}
</head>
<body>
<div class="gdpr">Isobath and our partners use cookies for analytics. <button>Accept</button><button>Reject</button></div>
<header><div class="logo">ISOBATH <small>Asia Brief</small></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/north-asia">North Asia</a></li><li><a href="/south-asia">South Asia</a></li><li><a href="/diplomacy">Diplomacy</a></li><li><a href="/trade">Trade</a></li><li><a href="/podcasts">Podcasts</a></li></ul></nav></header>
<main>
<article>
<div class="section-tag">{escape(a.get("section", "Diplomacy"))}</div>
<h1 class="headline">{escape(a["title"])}</h1>
<div class="dateline"><span>{escape(a.get("byline", "Isobath desk"))}</span> | <span>{shown}</span></div>
<div class="content">
{paras(a["body"])}
</div>
<div class="tags">Tags: {escape(", ".join(a.get("tags", ["Asia"])))}</div>
<div class="sharebar">Share: <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">Copy link</a></div>
</article>
<section class="related"><h2>Related coverage</h2><ul>
{rel_links(related)}
</ul><h2>Trending</h2><ul>
{rel_links(evergreen)}
</ul></section>
</main>
<footer><p>Isobath Asia Brief · Singapore · <a href="/ethics">Ethics policy</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def tyatya(a, related, evergreen):
    url = f'{DOMAINS["tyatya-ru"]}/articles/{a["id"]}.html'
    t = local(a, 11)
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    comments = a.get("comments", [])
    cm = "\n".join(f'<div class="comment"><b>{escape(n)}</b><p>{escape(c)}</p></div>' for n, c in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} — Тятя-Информ</title>
<meta name="description" content="{escape(a["summary"])}">
<meta property="og:site_name" content="Тятя-Информ">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a["title"])}">
<meta property="og:description" content="{escape(a["summary"])}">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{t.isoformat()}">
{jsonld(a, "Тятя-Информ", url, "ru")}
</head>
<body>
<div class="cookie">Мы используем файлы cookie и сервисы веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Хорошо</button></div>
<header class="head"><a class="logo" href="/">Тятя<span>-Информ</span></a>
<div class="weather">Южно-Курильск +4° · Курильск +2° · Южно-Сахалинск −1°</div>
<nav><a href="/news">Новости</a> <a href="/kurils">Курилы</a> <a href="/sakhalin">Сахалин</a> <a href="/economy">Экономика</a> <a href="/incidents">Происшествия</a> <a href="/sport">Спорт</a> <a href="/afisha">Афиша</a></nav></header>
<div class="container">
<article class="news">
<div class="rubric">{escape(a.get("section", "Курилы"))}</div>
<h1>{escape(a["title"])}</h1>
<div class="info"><span class="date">{shown}</span> <span class="views">👁 {a.get("views", 1200)}</span></div>
<p class="lead"><strong>{escape(a["summary"])}</strong></p>
<div class="text">
{paras(a["body"])}
</div>
<p class="author">Автор: {escape(a.get("byline", "Редакция"))}</p>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<p class="subscribe">Подписывайтесь на наш канал в Telegram — все новости островов первыми.</p>
</article>
<aside><h3>Читайте также</h3><ul>
{rel_links(related)}
{rel_links(evergreen)}
</ul></aside>
<section class="comments"><h3>Комментарии ({len(comments)})</h3>
{cm}
<p class="rules">Комментарии проходят модерацию. <a href="/rules">Правила</a></p></section>
</div>
<footer><p>© 2012–{t.year} «Тятя-Информ». Сетевое издание. Свидетельство о регистрации ЭЛ № ФС 77-00000. 16+</p>
<p>При использовании материалов ссылка на «Тятя-Информ» обязательна. <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


def girokompas(a, related, evergreen):
    url = f'{DOMAINS["girokompas-ru"]}/articles/{a["id"]}.html'
    t = local(a, 3)
    shown = t.strftime("%d.%m.%Y %H:%M") + " (мск)"
    tags = " ".join(f'<a href="/tag/{i}">{escape(tg)}</a>' for i, tg in enumerate(a.get("tags", ["Япония"])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | ИА «Гирокомпас»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{escape(a["title"])}">
<meta property="og:description" content="{escape(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{utc(a).isoformat()}">
<meta property="article:section" content="{escape(a.get("section", "В мире"))}">
</head>
<body>
<header><div class="brand">ИА «Гирокомпас»</div>
<nav><ul><li><a href="/politics">Политика</a></li><li><a href="/world">В мире</a></li><li><a href="/economy">Экономика</a></li><li><a href="/society">Общество</a></li><li><a href="/regions">Регионы</a></li><li><a href="/interview">Интервью</a></li></ul></nav>
<div class="lang"><a href="/en">EN</a></div></header>
<div class="page">
<main>
<div class="crumbs"><a href="/">Главная</a> / <a href="/world">{escape(a.get("section", "В мире"))}</a></div>
<h1>{escape(a["title"])}</h1>
<div class="date">{shown}</div>
<div class="anons">{escape(a["summary"])}</div>
<div class="body">
{paras(a["body"])}
</div>
<div class="tags">Теги: {tags}</div>
<div class="share">Поделиться: <a href="#">Telegram</a> · <a href="#">VK</a> · <a href="#">Дзен</a></div>
</main>
<aside class="lenta"><h3>Лента новостей</h3><ul>
{rel_links(evergreen)}
</ul><h3>По теме</h3><ul>
{rel_links(related)}
</ul></aside>
</div>
<div class="cookies">Сайт использует cookie. <a href="/cookie">Подробнее</a> <button>Принять</button></div>
<footer>© ИА «Гирокомпас». Все права защищены. 18+ · <a href="/contacts">Контакты</a> · <a href="/feed">Atom</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese


def miotsukushi(a, related, evergreen):
    # deliberately without metadata: no og:, no JSON-LD, no article:published_time
    t = local(a, 9)
    shown = f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])}｜澪標ニュース</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div id="cookie">当サイトでは利便性向上のためCookieを使用しています。<a href="/policy">詳しくはこちら</a><button>同意する</button></div>
<header>
<div class="logo"><a href="/">澪標ニュース</a><span>根室・中標津・別海の地域ニュース</span></div>
<nav><ul><li><a href="/">ホーム</a></li><li><a href="/nemuro">根室</a></li><li><a href="/nakashibetsu">中標津</a></li><li><a href="/betsukai">別海</a></li><li><a href="/gyogyo">漁業</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/okuyami">おくやみ</a></li></ul></nav>
</header>
<div id="main">
<div class="pankuzu"><a href="/">ホーム</a> ＞ <a href="/{a.get('cat', 'hoppo')}">{escape(a.get("section", "北方領土"))}</a></div>
<div class="kiji">
<h1>{escape(a["title"])}</h1>
<p class="hizuke">{shown}</p>
{paras(a["body"])}
<p class="kisha">（{escape(a.get("byline", "報道部"))}）</p>
</div>
<div class="sns">この記事をシェア：<a href="#">X</a>｜<a href="#">LINE</a>｜<a href="#">Facebook</a></div>
<div class="kanren"><h3>関連記事</h3><ul>
{rel_links(related)}
</ul></div>
<div class="ranking"><h3>アクセスランキング</h3><ol>
{rel_links(evergreen)}
</ol></div>
</div>
<footer><p>澪標ニュース　〒087-0000 北海道根室市　TEL 0153-00-0000</p><p>掲載記事・写真の無断転載を禁じます。 Copyright © 澪標ニュース All rights reserved.</p></footer>
</body>
</html>
"""


def hekisui(a, related, evergreen):
    url = f'{DOMAINS["hekisui-ja"]}/articles/{a["id"]}.html'
    t = local(a, 9)
    shown = f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a["title"])}：碧水新聞デジタル</title>
<meta name="description" content="{escape(a["summary"])}">
<meta property="og:title" content="{escape(a["title"])}">
<meta property="og:description" content="{escape(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="碧水新聞デジタル">
{jsonld(a, "碧水新聞デジタル", url, "ja")}
</head>
<body>
<header class="gh"><a href="/" class="logo">碧水新聞デジタル</a>
<nav class="gnav"><a href="/politics">政治</a><a href="/economy">経済</a><a href="/international">国際</a><a href="/national">社会</a><a href="/hokkaido">北海道</a><a href="/sports">スポーツ</a><a href="/opinion">オピニオン</a></nav>
<div class="member"><a href="/login">ログイン</a> <a href="/join">会員登録</a></div></header>
<main class="article">
<p class="genre">{escape(a.get("section", "政治"))}</p>
<h1>{escape(a["title"])}</h1>
<p class="date">{shown}</p>
<div class="honbun">
{paras(a["body"])}
</div>
<div class="share"><a href="#">X（旧Twitter）</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
<section class="related"><h2>関連ニュース</h2><ul>
{rel_links(related)}
</ul></section>
<section class="popular"><h2>よく読まれている記事</h2><ul>
{rel_links(evergreen)}
</ul></section>
</main>
<div class="consent">碧水新聞デジタルは、サービス向上と広告配信のためCookieを利用します。<button>同意して閉じる</button></div>
<footer class="gf">碧水新聞社　Copyright © The Hekisui Shimbun. 記事・写真の無断転載を禁じます。</footer>
</body>
</html>
"""


RENDER = {
    "parhelion-wire": parhelion, "soya-observer": soya, "gyre-review": gyre,
    "isobath-asia": isobath, "tyatya-ru": tyatya, "girokompas-ru": girokompas,
    "miotsukushi-ja": miotsukushi, "hekisui-ja": hekisui,
}

# evergreen "most read" items per outlet: they point to pages that are not in the corpus,
# as real sites link to their archive
_EVERGREEN = {
    "parhelion-wire": [{"id": "pw-markets-asia-open", "title": "Asian shares edge up as dollar steadies"},
                       {"id": "pw-oil-weekly", "title": "Oil heads for weekly gain on supply worries"}],
    "soya-observer": [{"id": "so-saury-season", "title": "Saury season opens with small fish and high hopes"},
                      {"id": "so-wakkanai-bus", "title": "Wakkanai trims winter bus timetable"}],
    "gyre-review": [{"id": "gy-map-okhotsk-ice", "title": "Map: the Sea of Okhotsk ice, decade by decade"}],
    "isobath-asia": [{"id": "ib-asean-summit", "title": "What to watch at the ASEAN summit"},
                     {"id": "ib-yen-carry", "title": "The yen carry trade, explained"}],
    "tyatya-ru": [{"id": "tt-paromy-grafik", "title": "Расписание рейсов «Игоря Фархутдинова» на сентябрь"},
                  {"id": "tt-pogoda-tsiklon", "title": "На Курилы идёт циклон: ожидается штормовой ветер"}],
    "girokompas-ru": [{"id": "gk-kurs-rublya", "title": "Курс юаня на Мосбирже опустился ниже 12 рублей"},
                      {"id": "gk-oprosy", "title": "ВЦИОМ: доверие к институтам власти выросло"}],
    "miotsukushi-ja": [{"id": "mo-sanma-kaigi", "title": "サンマ漁、今季の見通しは　根室で漁業者会議"},
                       {"id": "mo-hospital-kyujitsu", "title": "市立根室病院、休日当番医のお知らせ"}],
    "hekisui-ja": [{"id": "hk-kokkai-nittei", "title": "国会日程、与野党が攻防　会期末控え"},
                   {"id": "hk-kabuka", "title": "日経平均、反落　半導体株に売り"}],
}

EVERGREEN = {k: [{**r, "href": f"/archive/{r['id']}.html"} for r in v] for k, v in _EVERGREEN.items()}
