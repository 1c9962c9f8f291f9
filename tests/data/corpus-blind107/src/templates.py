"""Page templates, one per outlet. Standard library only.

Each outlet has its own chrome: navigation, cookie banner, share buttons, related
stories, footer; some carry comments. Two outlets (wickford-wire, kabeltov-ru) publish
pages without any og:/article: meta tags and without JSON-LD.
No page carries a canonical or og:url link: the page's address is the one it is served at.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
from html import escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEKDAYS = "月火水木金土日"


def paras(body: str) -> list[str]:
    return [re.sub(r"\s*\n\s*", " ", p).strip() for p in body.strip().split("\n\n") if p.strip()]


def slug(text: str, n: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    if len(words) >= 3:
        return "-".join(words[:n])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def body_html(a: dict, cls: str = "") -> str:
    out = []
    for p in paras(a["body"]):
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{escape(p)}</p>")
    return "\n".join(out)


def jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": a["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": lang,
        "author": {"@type": "Person", "name": a.get("author") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
        "articleSection": a.get("section", ""),
        "keywords": ", ".join(a.get("tags", [])),
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def og(a: dict, site: str, locale: str, article_meta: bool = True) -> str:
    iso = a["published"].isoformat().replace("+00:00", "Z")
    parts = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{escape(site)}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="og:title" content="{escape(a["title"])}">',
        f'<meta property="og:description" content="{escape(a["summary"])}">',
        f'<meta name="twitter:card" content="summary_large_image">',
    ]
    if article_meta:
        parts.append(f'<meta property="article:published_time" content="{iso}">')
        if a.get("section"):
            parts.append(f'<meta property="article:section" content="{escape(a["section"])}">')
        for t in a.get("tags", [])[:4]:
            parts.append(f'<meta property="article:tag" content="{escape(t)}">')
    return "\n".join(parts)


def related_items(rel: list[dict], prefix: str) -> str:
    if not rel:
        return ""
    return "\n".join(f'<li><a href="{prefix}{slug(r["title"])}-{r["n"]}">{escape(r["title"])}</a></li>'
                     for r in rel)


# --------------------------------------------------------------------------- English


def northbound(a: dict, rel: list[dict]) -> str:
    dt = a["published"]
    disp = f'{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} · {dt:%H:%M} GMT'
    iso = dt.isoformat().replace("+00:00", "Z")
    more = [
        "Yen weakens past key level as Tokyo traders eye BOJ minutes",
        "Typhoon season: what the new forecast means for shipping lanes",
        "Seoul and Tokyo hold talks on chip supply chains",
        "Mongolia's coal exports hit record as rail link expands",
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Northbound Ledger</title>
<meta name="description" content="{escape(a['summary'])}">
{og(a, 'Northbound Ledger', 'en_GB')}
{jsonld(a, 'Northbound Ledger', 'en')}
<link rel="stylesheet" href="/static/nbl/main.3f9a.css">
<link rel="alternate" type="application/rss+xml" title="Northbound Ledger - Asia &amp; Pacific" href="/feeds/northbound-ledger.xml">
</head>
<body class="page-article section-asia">
<div id="cmp-banner" class="cmp" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content, measure audiences and show relevant ads. You can change your choice at any time under <a href="/privacy#cookies">Cookie settings</a>.</p>
  <button class="cmp-accept">Accept all</button> <button class="cmp-reject">Reject non-essential</button> <button class="cmp-manage">Manage preferences</button>
</div>
<header class="masthead">
  <a class="logo" href="/">Northbound <span>Ledger</span></a>
  <nav class="primary"><a href="/world">World</a> <a href="/asia" class="active">Asia &amp; Pacific</a> <a href="/russia">Russia</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/opinion">Opinion</a> <a href="/podcasts">Podcasts</a></nav>
  <div class="account"><a href="/subscribe" class="btn">Subscribe</a> <a href="/login">Sign in</a> <button class="search" aria-label="Search">&#128269;</button></div>
</header>
<main class="wrap">
<article class="story">
  <nav class="crumbs"><a href="/">Home</a> › <a href="/asia">Asia &amp; Pacific</a> › <span>{escape(a.get('section', 'Asia'))}</span></nav>
  <h1 class="headline">{escape(a['title'])}</h1>
  <p class="standfirst">{escape(a['summary'])}</p>
  <div class="byline">By <a href="/authors/{slug(a.get('author', 'staff'))}">{escape(a.get('author', 'Staff reporter'))}</a> · <time datetime="{iso}">{disp}</time></div>
  <ul class="share"><li><a href="#" class="x">Share on X</a></li><li><a href="#" class="fb">Facebook</a></li><li><a href="#" class="li">LinkedIn</a></li><li><a href="#" class="mail">Email</a></li><li><button class="copy">Copy link</button></li></ul>
  <div class="story-body">
{body_html(a)}
  </div>
  <p class="topics">Topics: {' · '.join(escape(t) for t in a.get('tags', []))}</p>
  <aside class="newsletter"><h3>Asia Morning Brief</h3><p>The day's essential stories from Tokyo to Jakarta, in your inbox by 7am.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
  <p class="trust">Northbound Ledger follows the <a href="/standards">Editorial Standards</a>. <a href="/corrections">Report an error</a>.</p>
</article>
<aside class="rail">
  <section class="related"><h2>More from Asia &amp; Pacific</h2><ul>
{related_items(rel, '/asia/')}
  </ul></section>
  <section class="most-read"><h2>Most read</h2><ol>{''.join(f'<li><a href="/world/{slug(m)}">{escape(m)}</a></li>' for m in more)}</ol></section>
</aside>
</main>
<footer class="site-footer">
  <nav><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/advertise">Advertise</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/privacy#cookies">Cookie settings</a> · <a href="/careers">Careers</a></nav>
  <p>© {dt.year} Northbound Ledger Media Ltd. All rights reserved. Registered in England and Wales.</p>
</footer>
<script src="/static/nbl/app.81c2.js" defer></script>
</body>
</html>
"""


def sealane(a: dict, rel: list[dict]) -> str:
    dt = a["published"]
    disp = f'{dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year}, {dt:%H:%M} UTC'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Sealane Report</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, 'Sealane Report', 'en_GB')}
<link rel="stylesheet" href="/assets/sealane.min.css">
</head>
<body>
<div class="cookie-bar" id="cookieBar">This site uses cookies for analytics and to remember your settings. <a href="/legal/cookies">Learn more</a> <button onclick="document.getElementById('cookieBar').remove()">OK</button></div>
<div class="topbar"><span>Shipping · Ports · Subsea · Logistics — North Pacific</span> <a href="/login">Subscriber login</a> | <a href="/trial">Free trial</a></div>
<header><a href="/" class="brand">SEALANE<b>REPORT</b></a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/ports">Ports</a></li><li><a href="/subsea">Subsea &amp; Cables</a></li><li><a href="/ferries">Ferries &amp; Passenger</a></li><li><a href="/aviation">Air links</a></li><li><a href="/energy">LNG &amp; Energy</a></li><li><a href="/data">Data</a></li></ul></nav></header>
<div class="layout">
<main>
<article>
<div class="kicker">{escape(a.get('section', 'News'))}</div>
<h1>{escape(a['title'])}</h1>
<div class="meta"><span class="author">{escape(a.get('author', 'Sealane Report staff'))}</span> <span class="date">{disp}</span></div>
<p class="lede"><strong>{escape(a['summary'])}</strong></p>
{body_html(a)}
<div class="share-row">Share this article: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="paywall-note">You have read 2 of 5 free articles this month. <a href="/trial">Start a free trial</a> for unlimited access to Sealane Report and our port-call database.</div>
</article>
</main>
<aside>
<h3>Related coverage</h3>
<ul>
{related_items(rel, '/news/')}
</ul>
<h3>Events</h3><p>North Pacific Ports Forum — Busan, 14–15 October. <a href="/events">Register</a></p>
</aside>
</div>
<footer><p>Sealane Report is published by Sealane Information Services Ltd. © {dt.year}. <a href="/legal/terms">Terms</a> · <a href="/legal/privacy">Privacy</a> · <a href="/legal/cookies">Cookies</a> · <a href="/contact">Contact the newsroom</a></p></footer>
</body>
</html>
"""


def wickford(a: dict, rel: list[dict]) -> str:
    """No og:/article: meta tags, no JSON-LD."""
    dt = a["published"]
    disp = f'{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt:%I:%M %p} GMT'.replace(" 0", " ")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} - Wickford Wire</title>
<link rel="stylesheet" href="/css/ww.css?v=2024">
</head>
<body>
<div id="gdpr" class="gdpr-popup"><strong>Your privacy</strong> Wickford Wire uses cookies and similar technologies. By clicking "I agree" you consent to their use. <a href="/privacy">Privacy policy</a> <button>I agree</button> <button>Settings</button></div>
<div class="ticker">MARKETS: Nikkei ▲0.4% · KOSPI ▼0.2% · Brent ▲0.6% · USD/JPY 151.2</div>
<header class="ww-header"><div class="logo"><a href="/">WICKFORD WIRE</a><small>World news, as it happens</small></div>
<ul class="menu"><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/science">Science</a></li><li><a href="/sport">Sport</a></li></ul></header>
<div class="container">
<div class="article">
<h1>{escape(a['title'])}</h1>
<div class="dateline">{disp} | {escape(a.get('author', 'Wickford Wire'))}</div>
<div class="text">
{body_html(a)}
</div>
<div class="editor">Reporting by {escape(a.get('author', 'Wickford Wire staff'))}; editing by the Asia desk.</div>
<div class="share">Share: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">WhatsApp</a> | <a href="#">Email</a></div>
</div>
<div class="sidebar"><h4>Read next</h4><ul>
{related_items(rel, '/asia/')}
</ul>
<div class="ad">Advertisement</div></div>
</div>
<footer class="ww-footer">© {dt.year} Wickford Wire. All rights reserved. <a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></footer>
</body>
</html>
"""


def marchmont(a: dict, rel: list[dict]) -> str:
    dt = a["published"]
    disp = f'{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}'
    comments = ""
    for c in a.get("comments", []):
        comments += (f'<li class="comment"><span class="who">{escape(c[0])}</span> '
                     f'<span class="when">{escape(c[1])}</span><p>{escape(c[2])}</p></li>\n')
    comments_html = (f'<section class="comments"><h3>Comments ({len(a.get("comments", []))})</h3>'
                     f'<ul>{comments}</ul><p class="note">Comments are moderated and close after 7 days. '
                     f'<a href="/community">Community guidelines</a></p></section>') if comments else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} · Marchmont Review</title>
<meta name="description" content="{escape(a['summary'])}">
{og(a, 'Marchmont Review', 'en_US')}
{jsonld(a, 'Marchmont Review', 'en')}
<link rel="preload" href="/fonts/serif.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/static/mr-2025.css">
</head>
<body>
<aside class="consent-modal" aria-live="polite"><p>Marchmont Review uses essential cookies and, with your consent, analytics cookies to understand how our long-form journalism is read.</p><button>Accept</button><button>Only essential</button></aside>
<header class="mr-head"><a href="/" class="wordmark">Marchmont Review</a><span class="tagline">Eurasia &amp; the Pacific, in depth</span>
<nav><a href="/essays">Essays</a> <a href="/dispatches">Dispatches</a> <a href="/explainers">Explainers</a> <a href="/books">Books</a> <a href="/newsletter">Newsletter</a> <a href="/donate" class="donate">Support us</a></nav></header>
<main class="longform">
<p class="section-label">{escape(a.get('section', 'Dispatches'))}</p>
<h1>{escape(a['title'])}</h1>
<p class="dek">{escape(a['summary'])}</p>
<p class="byline">{escape(a.get('author', 'Marchmont Review'))} · <time datetime="{a['published'].isoformat()}">{disp}</time> · {max(3, len(a['body'].split()) // 200)} min read</p>
<div class="prose">
{body_html(a)}
</div>
<div class="share"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Gift this article</a></div>
<section class="further"><h3>Further reading</h3><ul>
{related_items(rel, '/dispatches/')}
</ul></section>
{comments_html}
</main>
<footer class="mr-foot"><p>Marchmont Review is an independent, reader-funded publication. © {dt.year} Marchmont Review Foundation.</p><p><a href="/about">About</a> · <a href="/contributors">Contributors</a> · <a href="/privacy">Privacy &amp; cookies</a> · <a href="/contact">Contact</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def pereprava(a: dict, rel: list[dict]) -> str:
    dt = local(a["published"], 11)  # Sakhalin time
    disp = f'{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}'
    comments = ""
    for c in a.get("comments", []):
        comments += (f'<div class="cmt"><b>{escape(c[0])}</b> <span>{escape(c[1])}</span>'
                     f'<p>{escape(c[2])}</p></div>\n')
    comments_html = (f'<section class="comments"><h3>Комментарии ({len(a.get("comments", []))})</h3>{comments}'
                     f'<p class="rules">Чтобы оставить комментарий, <a href="/login">войдите</a>. '
                     f'<a href="/rules">Правила комментирования</a></p></section>') if comments else (
        '<section class="comments"><h3>Комментарии (0)</h3><p class="rules">Чтобы оставить комментарий, '
        '<a href="/login">войдите</a>.</p></section>')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} — «Переправа»</title>
<meta name="description" content="{escape(a['summary'])}">
{og(a, '«Переправа» — новости Сахалина и Курил', 'ru_RU')}
{jsonld(a, '«Переправа»', 'ru')}
<link rel="stylesheet" href="/static/css/pereprava.css?v=41">
</head>
<body>
<div class="cookie" id="cookie">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой обработки данных</a>. <button>Понятно</button></div>
<div class="weather-line">Южно-Сахалинск −3° · Курильск +1° · Южно-Курильск +2° · Курс ЦБ: $ 91,4 ¥ 0,61</div>
<header class="hdr">
  <a class="logo" href="/">ПЕРЕПРАВА<span>новости Сахалина и Курил</span></a>
  <nav class="rubrics"><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/transport">Транспорт</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/incidents">Происшествия</a> <a href="/afisha">Афиша</a></nav>
  <a class="tg" href="#">Мы в Telegram</a> <a class="vk" href="#">ВКонтакте</a>
</header>
<div class="page">
<main>
<div class="crumbs"><a href="/">Главная</a> / <a href="/{a.get('rubric', 'news')}">{escape(a.get('section', 'Новости'))}</a></div>
<article class="news">
<h1>{escape(a['title'])}</h1>
<div class="info"><time>{disp}</time> <span class="views">&#128065; {300 + (dt.day * 37 + dt.hour * 11) % 2400}</span> <span class="author">{escape(a.get('author', 'Редакция'))}</span></div>
<p class="lead"><b>{escape(a['summary'])}</b></p>
<div class="text">
{body_html(a)}
</div>
<p class="tags">Теги: {', '.join(f'<a href="/tag/{escape(t)}">{escape(t)}</a>' for t in a.get('tags', []))}</p>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<p class="err">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.</p>
</article>
{comments_html}
</main>
<aside class="side"><h3>Читайте также</h3><ul>
{related_items(rel, '/news/')}
</ul>
<div class="banner">Реклама · 16+</div></aside>
</div>
<footer class="ftr"><p>Сетевое издание «Переправа». Свидетельство о регистрации СМИ Эл № ФС77-8XXXX. Учредитель — ООО «Островная медиагруппа». Главный редактор — Н. В. Сотникова.</p><p>Адрес редакции: г. Южно-Сахалинск. Тел. редакции указан в разделе <a href="/contacts">Контакты</a>. © 2016–{dt.year}. 16+</p></footer>
</body>
</html>
"""


def kabeltov(a: dict, rel: list[dict]) -> str:
    """No og:/article: meta tags, no JSON-LD. Times shown in Moscow time."""
    dt = local(a["published"], 3)
    disp = f'{dt:%d}.{dt:%m}.{dt.year} {dt:%H:%M} (мск)'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Агентство «Кабельтов»</title>
<link rel="stylesheet" href="/css/kbt.css">
</head>
<body>
<div class="cookies-warn">Сайт использует cookie и сервисы веб-аналитики. <a href="/cookie">Подробнее</a> <span class="close">×</span></div>
<header>
<div class="brand"><a href="/">КАБЕЛЬТОВ</a> <span>информационное агентство · Дальний Восток</span></div>
<ul class="nav"><li><a href="/lenta">Лента</a></li><li><a href="/politika">Политика</a></li><li><a href="/ekonomika">Экономика</a></li><li><a href="/more">Море и порты</a></li><li><a href="/region">Регионы</a></li><li><a href="/mir">В мире</a></li></ul>
<form class="search"><input type="text" placeholder="Поиск по сайту"></form>
</header>
<div class="wrap">
<div class="main-col">
<div class="lenta-item">
<div class="date">{disp}</div>
<h1>{escape(a['title'])}</h1>
<div class="body">
{body_html(a)}
</div>
<div class="src">{escape(a.get('author', 'Агентство «Кабельтов»'))}</div>
<div class="social">Поделиться: <a href="#">Telegram</a> · <a href="#">ВКонтакте</a> · <a href="#">Дзен</a></div>
</div>
</div>
<div class="right-col">
<div class="block"><div class="block-title">Главное в ленте</div><ul>
{related_items(rel, '/lenta/')}
</ul></div>
<div class="block subscribe">Подписывайтесь на наш канал в Telegram — все новости Дальнего Востока первыми.</div>
</div>
</div>
<footer><p>© Информационное агентство «Кабельтов», {dt.year}. Все права защищены. При использовании материалов гиперссылка обязательна. 18+</p><p><a href="/about">Об агентстве</a> | <a href="/contacts">Контакты</a> | <a href="/ads">Реклама</a> | <a href="/privacy">Политика конфиденциальности</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese


def isaribi(a: dict, rel: list[dict]) -> str:
    dt = local(a["published"], 9)
    disp = f'{dt.year}年{dt.month}月{dt.day}日（{JA_WEEKDAYS[dt.weekday()]}） {dt.hour}:{dt:%M}'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])}｜いさりび新報 電子版</title>
<meta name="description" content="{escape(a['summary'])}">
{og(a, 'いさりび新報 電子版', 'ja_JP', article_meta=False)}
{jsonld(a, 'いさりび新報', 'ja')}
<link rel="stylesheet" href="/common/css/isaribi.css">
</head>
<body>
<div class="cookie-consent">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header id="header">
<div class="logo"><a href="/">いさりび新報<small>根室・羅臼・標津・別海・中標津</small></a></div>
<ul class="gnav"><li><a href="/news/local">地域</a></li><li><a href="/news/hoppo">北方領土</a></li><li><a href="/news/fishery">漁業・水産</a></li><li><a href="/news/politics">政治・行政</a></li><li><a href="/news/life">くらし</a></li><li><a href="/news/sports">スポーツ</a></li><li><a href="/obituary">おくやみ</a></li></ul>
<div class="member"><a href="/login">ログイン</a> <a href="/entry">会員登録</a></div>
</header>
<div id="contents">
<main>
<p class="pankuzu"><a href="/">トップ</a> ＞ <a href="/news/{a.get('rubric', 'local')}">{escape(a.get('section', '地域'))}</a></p>
<article>
<h1>{escape(a['title'])}</h1>
<p class="date">{disp}</p>
<div class="honbun">
{body_html(a)}
</div>
<div class="sns">この記事をシェア <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<p class="copyright">記事・写真の無断転載を禁じます。</p>
</article>
</main>
<aside id="side">
<h2>関連記事</h2>
<ul>
{related_items(rel, '/news/article/')}
</ul>
<h2>アクセスランキング</h2>
<ol><li><a href="#">花咲ガニ、初水揚げ　浜値は昨年並み</a></li><li><a href="#">根室市、ふるさと納税の寄付額公表</a></li><li><a href="#">中標津で交通安全運動始まる</a></li></ol>
</aside>
</div>
<footer id="footer"><p><a href="/company">会社案内</a>｜<a href="/subscribe">購読のお申し込み</a>｜<a href="/ad">広告掲載</a>｜<a href="/policy/privacy">個人情報保護方針</a>｜<a href="/contact">お問い合わせ</a></p><p>Copyright © いさりび新報社 All rights reserved.</p></footer>
</body>
</html>
"""


def shiokaze(a: dict, rel: list[dict]) -> str:
    dt = local(a["published"], 9)
    disp = f'{dt.year}/{dt.month:02d}/{dt.day:02d} {dt:%H:%M}'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{escape(a['title'])} - しおかぜ北海タイムズ</title>
{og(a, 'しおかぜ北海タイムズ', 'ja_JP')}
<link rel="stylesheet" href="/assets/css/skt.min.css">
</head>
<body>
<div class="cc-window">このウェブサイトは、利便性の向上と広告配信のためにCookieを利用します。<a href="/privacy">プライバシーポリシー</a> <a class="cc-btn" href="#">OK</a></div>
<header class="skt-header">
<p class="skt-logo"><a href="/">しおかぜ北海タイムズ</a></p>
<nav class="skt-nav"><a href="/hokkaido">道内</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/international">国際</a><a href="/northern">北方領土・日ロ</a><a href="/society">社会</a><a href="/sports">スポーツ</a><a href="/opinion">社説・論説</a></nav>
<div class="skt-tools"><a href="/paper">紙面ビューアー</a><a href="/mypage">マイページ</a></div>
</header>
<div class="skt-main">
<article class="skt-article">
<div class="skt-genre">{escape(a.get('section', '道内'))}</div>
<h1 class="skt-title">{escape(a['title'])}</h1>
<div class="skt-meta"><time datetime="{a['published'].isoformat()}">{disp}</time>　{escape(a.get('author', ''))}</div>
<div class="skt-body">
{body_html(a)}
</div>
<ul class="skt-share"><li><a href="#">X（旧Twitter）</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">リンクをコピー</a></li></ul>
<div class="skt-premium">有料会員になると、すべての記事が読み放題。<a href="/member">初月無料で申し込む</a></div>
</article>
<aside class="skt-side">
<div class="skt-box"><h2>あわせて読みたい</h2><ul>
{related_items(rel, '/article/')}
</ul></div>
<div class="skt-box"><h2>天気</h2><p>札幌 ☀ / 根室 ☁ / 稚内 ☂</p></div>
</aside>
</div>
<footer class="skt-footer"><ul><li><a href="/about">しおかぜ北海タイムズについて</a></li><li><a href="/terms">利用規約</a></li><li><a href="/privacy">プライバシーポリシー</a></li><li><a href="/contact">お問い合わせ</a></li></ul><p>© しおかぜ北海タイムズ社 {dt.year}</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "northbound-ledger": northbound,
    "sealane-report": sealane,
    "wickford-wire": wickford,
    "marchmont-review": marchmont,
    "pereprava-ru": pereprava,
    "kabeltov-ru": kabeltov,
    "isaribi-ja": isaribi,
    "shiokaze-ja": shiokaze,
}

NO_METADATA = {"wickford-wire", "kabeltov-ru"}
