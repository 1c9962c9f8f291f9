#!/usr/bin/env python3
"""Build the `blind10` evaluation corpus: articles/<id>.html and labels.yaml.

All outlets are fictional and every event dated after 2024-02-08 is invented.
Article texts and labels live in data_en.py, data_ru.py and data_ja.py; this
script renders each article into its outlet's page template, assigns ids in
publication order (k001, k002, ...) and writes labels.yaml.

Usage:  python3 make_corpus.py        (writes next to this file)
"""
from __future__ import annotations

import html
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

from data_en import ARTICLES as EN
from data_ru import ARTICLES as RU
from data_ja import ARTICLES as JA
from outlets import OUTLETS

HERE = Path(__file__).resolve().parent
E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON = [m[:3] for m in EN_MONTHS]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def paras(body: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]


def body_html(a: dict, tag: str = "p", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in paras(a["body"]):
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<{tag}{c}>{E(p)}</{tag}>")
    return "\n".join(out)


def related(a: dict, o: dict, n: int = 4) -> list[tuple[str, str]]:
    rng = random.Random(a["id"])
    pool = list(o["related_pool"])
    rng.shuffle(pool)
    picks = list(a.get("related", [])) + pool
    out = []
    for i, t in enumerate(picks[:n]):
        slug = rng.randint(100000, 999999)
        out.append((t, f"{o['base']}{o['rel_path']}{slug}"))
    return out


def jsonld(a, o, dt_local, url):
    d = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": iso(dt_local),
        "dateModified": iso(dt_local + timedelta(minutes=a.get("modified_after", 0))),
        "inLanguage": a["lang"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "publisher": {"@type": "Organization", "name": o["publisher"],
                      "logo": {"@type": "ImageObject", "url": o["base"] + "/static/logo.png"}},
        "author": ({"@type": "Person", "name": a["author"]} if a.get("author")
                   else {"@type": "Organization", "name": o["publisher"]}),
    }
    if a.get("tags"):
        d["keywords"] = ", ".join(a["tags"])
    return ('<script type="application/ld+json">\n'
            + json.dumps(d, ensure_ascii=False, indent=1) + "\n</script>")


def og(a, o, dt_local, url, locale):
    img = f"{o['cdn']}/{dt_local:%Y/%m}/{random.Random(a['id']).randint(10**7, 10**8)}.jpg"
    return "\n".join([
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(o["publisher"])}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{img}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="article:published_time" content="{iso(dt_local)}">',
        f'<meta name="twitter:card" content="summary_large_image">',
    ])


# --------------------------------------------------------------------------- templates


def t_atlas(a, o, dt, url):
    d = local(dt, 0)
    rel = related(a, o)
    when = f"{d.day} {EN_MONTHS[d.month-1]} {d.year}, {d:%H:%M} GMT"
    tags = "".join(f'<li><a href="{o["base"]}/tag/{E(t.lower().replace(" ", "-"))}">{E(t)}</a></li>'
                   for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Atlas News Service</title>
<meta name="description" content="{E(a['summary'])}">
<link rel="canonical" href="{url}">
{og(a, o, d, url, 'en_GB')}
{jsonld(a, o, d, url)}
<link rel="stylesheet" href="/assets/atlas.3f9a1c.css">
<style>body{{font-family:Georgia,serif;margin:0;color:#222}}.top{{background:#111;color:#fff;padding:8px 20px}}
.top a{{color:#fff;margin-right:14px;text-decoration:none;font-family:Arial,sans-serif;font-size:13px}}
main{{max-width:760px;margin:0 auto;padding:20px}}.dateline{{color:#666;font-family:Arial,sans-serif;font-size:13px}}
#onetrust-banner{{position:fixed;bottom:0;left:0;right:0;background:#f3f3f3;padding:14px;font-family:Arial,sans-serif;font-size:13px}}</style>
</head>
<body>
<div id="onetrust-banner" role="dialog" aria-label="Cookie consent">
 <p>We and our 142 partners use cookies and similar technologies to personalise content and ads, and to analyse our traffic. You can change your choice at any time under "Privacy settings".</p>
 <button id="accept-all">Accept all</button> <button id="reject-all">Reject non-essential</button> <a href="{o['base']}/privacy">Privacy settings</a>
</div>
<header>
 <div class="top"><a href="{o['base']}/" class="brand"><strong>ATLAS</strong> NEWS SERVICE</a>
  <nav aria-label="Sections"><a href="{o['base']}/world">World</a><a href="{o['base']}/asia-pacific">Asia-Pacific</a><a href="{o['base']}/europe">Europe</a><a href="{o['base']}/business">Business</a><a href="{o['base']}/markets">Markets</a><a href="{o['base']}/climate">Climate</a><a href="{o['base']}/sport">Sport</a><a href="{o['base']}/video">Video</a></nav>
  <form action="{o['base']}/search"><input type="search" name="q" placeholder="Search Atlas"></form>
 </div>
 <div class="ticker" aria-hidden="true">MARKETS: Nikkei 225 &#9650; 0.4% | FTSE 100 &#9660; 0.2% | Brent $ 83.10</div>
</header>
<main>
 <nav class="breadcrumb"><a href="{o['base']}/world">World</a> &rsaquo; <a href="{o['base']}/{a.get('section_slug','asia-pacific')}">{E(a.get('section','Asia-Pacific'))}</a></nav>
 <article>
  <h1>{E(a['title'])}</h1>
  <p class="standfirst"><strong>{E(a['summary'])}</strong></p>
  <p class="dateline">By {E(a.get('author','Atlas staff'))} &middot; <time datetime="{iso(d)}">{when}</time></p>
  <figure><img src="{o['cdn']}/{d:%Y/%m}/lead.jpg" alt=""><figcaption>{E(a.get('caption','File photo.'))} (Atlas/Archive)</figcaption></figure>
  <div class="article-body">
{body_html(a)}
  </div>
  <p class="editing">(Reporting by {E(a.get('author','Atlas staff'))}; editing by {E(a.get('editor','Helen Marsh'))})</p>
  <ul class="tags">{tags}</ul>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
 </article>
 <aside class="related"><h3>More from Atlas</h3><ul>
{''.join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in rel)}
 </ul></aside>
</main>
<footer><p>&copy; {d.year} Atlas News Service Ltd. All rights reserved.</p>
<a href="{o['base']}/about">About us</a> &middot; <a href="{o['base']}/trust">Trust principles</a> &middot; <a href="{o['base']}/privacy">Privacy</a> &middot; <a href="{o['base']}/terms">Terms of use</a> &middot; <a href="{o['base']}/accessibility">Accessibility</a></footer>
</body>
</html>
"""


def t_strait(a, o, dt, url):
    d = local(dt, 8)
    rel = related(a, o, 3)
    when = f"{EN_MONTHS[d.month-1]} {d.day}, {d.year}"
    comments = ""
    for who, txt in a.get("comments", []):
        comments += f'<div class="comment"><span class="who">{E(who)}</span><p>{E(txt)}</p></div>\n'
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} – Strait Watch</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{og(a, o, d, url, 'en_US')}
<meta name="author" content="{E(a.get('author','Strait Watch'))}">
<link rel='stylesheet' id='sw-theme-css' href='/wp-content/themes/straitwatch/style.css?ver=6.4.3' media='all'>
</head>
<body class="post-template-default single single-post">
<div class="cookie-notice" id="cn-notice">This site uses cookies to improve your experience. By continuing you agree to our <a href="{o['base']}/cookie-policy/">cookie policy</a>. <button>OK</button></div>
<header class="site-header">
 <a class="site-title" href="{o['base']}/">Strait Watch</a>
 <p class="site-description">Security and diplomacy in Northeast Asia</p>
 <nav class="main-navigation"><ul>
  <li><a href="{o['base']}/category/japan/">Japan</a></li><li><a href="{o['base']}/category/korea/">Korean Peninsula</a></li>
  <li><a href="{o['base']}/category/china/">China</a></li><li><a href="{o['base']}/category/russia-far-east/">Russia &amp; Far East</a></li>
  <li><a href="{o['base']}/category/maritime/">Maritime</a></li><li><a href="{o['base']}/podcast/">Podcast</a></li>
  <li><a href="{o['base']}/subscribe/">Newsletter</a></li></ul></nav>
</header>
<div id="primary" class="content-area"><main id="main">
<article class="post type-post">
 <header class="entry-header">
  <span class="cat-links"><a href="{o['base']}/category/{a.get('section_slug','russia-far-east')}/">{E(a.get('section','Russia & Far East'))}</a></span>
  <h1 class="entry-title">{E(a['title'])}</h1>
  <div class="entry-meta">by <span class="author vcard">{E(a.get('author','Staff'))}</span> · <time class="entry-date published" datetime="{iso(d)}">{when}</time> · {a.get('read_min', 5)} min read</div>
 </header>
 <div class="entry-content">
 <p class="lede"><em>{E(a['summary'])}</em></p>
{body_html(a)}
 </div>
 <footer class="entry-footer"><div class="sharedaddy">Share this: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Reddit</a> <a href="#">Print</a></div></footer>
</article>
<section class="newsletter-box"><h4>Get the Strait Watch briefing</h4><p>Three stories that matter in Northeast Asia, every Tuesday.</p><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></section>
<section class="related-posts"><h3>Related</h3>
{''.join(f'<article class="rp"><a href="{u}">{E(t)}</a></article>' for t, u in rel)}
</section>
<section id="comments"><h3>{len(a.get('comments', []))} comments</h3>
{comments}</section>
</main></div>
<footer class="site-footer"><p>Strait Watch is an independent, reader-supported publication. &copy; {d.year}</p>
<p><a href="{o['base']}/about/">About</a> | <a href="{o['base']}/contact/">Contact</a> | <a href="{o['base']}/privacy/">Privacy</a> | <a href="{o['base']}/feed/atom/">Atom feed</a></p></footer>
</body>
</html>
"""


def t_jherald(a, o, dt, url):
    d = local(dt, 9)
    rel = related(a, o)
    when = f"{EN_MON[d.month-1]}. {d.day}, {d.year} {d:%H:%M} JST"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - The Japan Herald</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<link rel="canonical" href="{url}">
{og(a, o, d, url, 'en_US')}
<meta name="keywords" content="{E(', '.join(a.get('tags', [])))}">
<link rel="stylesheet" href="/css/herald-2024.min.css">
</head>
<body>
<div class="consent-bar">The Japan Herald uses cookies for analytics and advertising. <a href="{o['base']}/policy/cookies">Learn more</a> <button class="consent-ok">I agree</button></div>
<header id="masthead">
 <div class="date-bar">{d:%A}, {EN_MONTHS[d.month-1]} {d.day}, {d.year} | <a href="{o['base']}/epaper">e-Paper</a> | <a href="{o['base']}/login">Log in</a> | <a class="sub" href="{o['base']}/subscribe">Subscribe</a></div>
 <a class="logo" href="{o['base']}/">The Japan Herald</a>
 <nav class="gnav"><a href="{o['base']}/news/national">National</a> <a href="{o['base']}/news/politics">Politics</a> <a href="{o['base']}/news/world">World</a> <a href="{o['base']}/news/business">Business</a> <a href="{o['base']}/news/hokkaido">Hokkaido</a> <a href="{o['base']}/opinion">Opinion</a> <a href="{o['base']}/life">Life</a> <a href="{o['base']}/sports">Sports</a></nav>
</header>
<div class="wrap">
<article class="story">
 <p class="kicker">{E(a.get('section','Politics'))}</p>
 <h1>{E(a['title'])}</h1>
 <p class="byline">{E(a.get('author','Jiji Staff Writer').replace('Jiji','Herald'))}</p>
 <p class="pubdate"><time datetime="{iso(d)}">{when}</time></p>
 <div class="story-body">
{body_html(a)}
 </div>
 <div class="paywall-note">This article is free to read. Support independent journalism in Japan: <a href="{o['base']}/subscribe">subscribe from ¥980 a month</a>.</div>
 <div class="share-tools"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Save</a></div>
</article>
<aside class="sidebar"><h3>Related stories</h3><ol>
{''.join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in rel)}
</ol>
<h3>Most read</h3><ol><li><a href="{o['base']}/news/national/812341">Cherry blossom forecast: Sapporo to bloom later than usual</a></li><li><a href="{o['base']}/life/771102">Ten onsen towns reachable by local train</a></li><li><a href="{o['base']}/news/business/790044">Yen slides past key level as BOJ holds</a></li></ol></aside>
</div>
<footer><nav><a href="{o['base']}/about">About us</a> <a href="{o['base']}/advertise">Advertise</a> <a href="{o['base']}/policy/privacy">Privacy policy</a> <a href="{o['base']}/contact">Contact</a></nav>
<p>Copyright &copy; The Japan Herald Co. All rights reserved. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""


def t_ruswire(a, o, dt, url):
    d = local(dt, 3)
    rel = related(a, o, 5)
    when = f"{d.day} {EN_MON[d.month-1]} {d.year}, {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — RusWire</title>
<meta name="description" content="{E(a['summary'])}">
<meta name="viewport" content="width=device-width">
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/static/rw.css?v=211">
</head>
<body>
<div class="gdpr">RusWire uses cookies. By continuing to browse the site you agree to our use of cookies. <a href="{o['base']}/en/cookies">Details</a> <span class="close">&times;</span></div>
<div class="header"><a href="{o['base']}/en/" class="logo">RusWire <small>English service</small></a>
<ul class="menu"><li><a href="{o['base']}/en/russia">Russia</a></li><li><a href="{o['base']}/en/world">World</a></li><li><a href="{o['base']}/en/economy">Economy</a></li><li><a href="{o['base']}/en/defence">Defence</a></li><li><a href="{o['base']}/en/science">Science</a></li><li><a href="{o['base']}/en/society">Society</a></li><li><a href="{o['base']}/en/sport">Sport</a></li></ul>
<a class="lang" href="{o['base']}/ru/">РУС</a></div>
<div class="content">
<div class="news-item">
<div class="news-date">{when}</div>
<h1>{E(a['title'])}</h1>
<div class="lead">{E(a['summary'])}</div>
<div class="text">
{body_html(a)}
</div>
<div class="news-tags">{' '.join(f'<a href="{o["base"]}/en/tag/{E(t.lower().replace(" ", "-"))}">#{E(t)}</a>' for t in a.get('tags', []))}</div>
<div class="share">Share: <a href="#">Telegram</a> <a href="#">VK</a> <a href="#">X</a></div>
</div>
<div class="latest"><h4>Latest news</h4><ul>
{''.join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in rel)}
</ul></div>
</div>
<div class="footer">&copy; RusWire News Agency, {d.year}. Registered as a mass medium. 18+<br>
<a href="{o['base']}/en/about">About</a> | <a href="{o['base']}/en/contacts">Contacts</a> | <a href="{o['base']}/en/rules">Terms of use</a></div>
</body>
</html>
"""


def t_stolitsa(a, o, dt, url):
    d = local(dt, 3)
    rel = related(a, o)
    when = f"{d.day} {RU_MONTHS[d.month-1]} {d.year}, {d:%H:%M}"
    comments = ""
    for who, txt in a.get("comments", []):
        comments += f'<li class="comment"><b>{E(who)}</b><p>{E(txt)}</p></li>\n'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Столичный обозреватель</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<link rel="canonical" href="{url}">
{og(a, o, d, url, 'ru_RU')}
{jsonld(a, o, d, url)}
<link rel="stylesheet" href="/css/so.min.css?2024">
</head>
<body>
<div class="cookie-alert">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="{o['base']}/legal/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="hdr">
 <a class="hdr__logo" href="{o['base']}/">Столичный <span>обозреватель</span></a>
 <nav class="hdr__nav"><a href="{o['base']}/politics">Политика</a> <a href="{o['base']}/world">В мире</a> <a href="{o['base']}/economy">Экономика</a> <a href="{o['base']}/society">Общество</a> <a href="{o['base']}/army">Армия</a> <a href="{o['base']}/regions">Регионы</a> <a href="{o['base']}/culture">Культура</a> <a href="{o['base']}/sport">Спорт</a></nav>
 <div class="hdr__rates">USD {a.get('usd','91,20')} &nbsp; EUR {a.get('eur','98,75')}</div>
</header>
<main class="page">
 <div class="crumbs"><a href="{o['base']}/">Главная</a> / <a href="{o['base']}/{a.get('section_slug','politics')}">{E(a.get('section','Политика'))}</a></div>
 <article class="material">
  <time class="material__date" datetime="{iso(d)}">{when}</time>
  <h1 class="material__title">{E(a['title'])}</h1>
  <p class="material__lead">{E(a['summary'])}</p>
  <div class="material__text">
{body_html(a)}
  </div>
  <p class="material__author">{E(a.get('author','Редакция «Столичного обозревателя»'))}</p>
  <div class="material__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
  <p class="material__subscribe">Подписывайтесь на «Столичный обозреватель» в <a href="#">Telegram</a> и <a href="#">Дзене</a>.</p>
 </article>
 <section class="more"><h3>Читайте также</h3><ul>
{''.join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in rel)}
 </ul></section>
 <section class="comments"><h3>Комментарии ({len(a.get('comments', []))})</h3><ul>
{comments} </ul><p class="comments__rules">Комментарии проходят премодерацию.</p></section>
</main>
<footer class="ftr"><p>© 2008–{d.year} «Столичный обозреватель». Сетевое издание. Все права защищены. 16+</p>
<p><a href="{o['base']}/about">О редакции</a> · <a href="{o['base']}/ads">Реклама</a> · <a href="{o['base']}/legal">Правовая информация</a></p></footer>
</body>
</html>
"""


def t_prostor(a, o, dt, url):
    d = local(dt, 10)
    rel = related(a, o)
    when = f"{d.day} {RU_MONTHS[d.month-1]} {d.year}, {d:%H:%M}"
    weather = a.get("weather", "Южно-Сахалинск +12°")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Простор.ру</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/templates/prostor/css/main.css">
<script src="/js/counter.js" async></script>
</head>
<body>
<div id="top-line"><span class="weather">{E(weather)}</span> <span class="city">Владивосток · Хабаровск · Южно-Сахалинск · Петропавловск-Камчатский</span></div>
<div id="header"><a href="{o['base']}/"><img src="/img/logo-prostor.svg" alt="Простор.ру — новости Дальнего Востока"></a>
<ul id="menu"><li><a href="{o['base']}/news/">Новости</a></li><li><a href="{o['base']}/sakhalin/">Сахалин и Курилы</a></li><li><a href="{o['base']}/primorye/">Приморье</a></li><li><a href="{o['base']}/kamchatka/">Камчатка</a></li><li><a href="{o['base']}/economy/">Экономика</a></li><li><a href="{o['base']}/incidents/">Происшествия</a></li><li><a href="{o['base']}/afisha/">Афиша</a></li></ul></div>
<div id="content">
<div class="news-full">
<h1>{E(a['title'])}</h1>
<div class="info"><span class="date">{when}</span> <span class="rubric">{E(a.get('section','Сахалин и Курилы'))}</span> <span class="views">👁 {random.Random(a['id']).randint(800, 14000)}</span></div>
<div class="anons"><b>{E(a['summary'])}</b></div>
<div class="full-text">
{body_html(a)}
</div>
<div class="source">{E(a.get('credit','Фото: пресс-служба'))}</div>
<div class="soc">Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp</div>
<div class="tip">Нашли ошибку? Выделите её и нажмите Ctrl+Enter. Есть новость? Пишите в наш Telegram-бот.</div>
</div>
<div class="also"><h3>Читайте также:</h3>
{''.join(f'<p><a href="{u}">{E(t)}</a></p>' for t, u in rel)}
</div>
</div>
<div id="cookie">Сайт использует cookie и сервис веб-аналитики. <a href="{o['base']}/privacy/">Подробнее</a> <a href="#" class="ok">Хорошо</a></div>
<div id="footer">© «Простор.ру», 2011–{d.year}. При использовании материалов ссылка на Простор.ру обязательна. 16+<br>
Свидетельство о регистрации СМИ Эл № ФС77-00000. <a href="{o['base']}/contacts/">Контакты</a> · <a href="{o['base']}/adv/">Реклама на сайте</a></div>
</body>
</html>
"""


def t_daihokkai(a, o, dt, url):
    d = local(dt, 9)
    rel = related(a, o)
    when = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜大北海タイムス</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{og(a, o, d, url, 'ja_JP')}
<link rel="stylesheet" href="/common/css/style.css?202404">
</head>
<body>
<div class="cookie-consent">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="{o['base']}/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="l-header">
 <p class="l-header__logo"><a href="{o['base']}/">大北海タイムス</a></p>
 <nav class="l-gnav"><ul><li><a href="{o['base']}/news/">ニュース</a></li><li><a href="{o['base']}/doto/">道東</a></li><li><a href="{o['base']}/politics/">政治</a></li><li><a href="{o['base']}/economy/">経済</a></li><li><a href="{o['base']}/hoppo/">北方領土</a></li><li><a href="{o['base']}/fishery/">水産</a></li><li><a href="{o['base']}/sports/">スポーツ</a></li><li><a href="{o['base']}/okuyami/">おくやみ</a></li></ul></nav>
 <p class="l-header__member"><a href="{o['base']}/member/login">ログイン</a> <a href="{o['base']}/member/entry">会員登録（無料）</a></p>
</header>
<div class="l-main">
<article class="p-article">
 <p class="p-article__cat">{E(a.get('section','北方領土'))}</p>
 <h1 class="p-article__ttl">{E(a['title'])}</h1>
 <p class="p-article__date"><time datetime="{iso(d)}">{when}</time>{'　更新' if a.get('modified_after') else ''}</p>
 <figure class="p-article__img"><img src="{o['cdn']}/{d:%Y%m}/photo.jpg" alt=""><figcaption>{E(a.get('caption','（資料写真）'))}</figcaption></figure>
 <div class="p-article__body">
{body_html(a)}
 </div>
 <div class="p-share"><span>この記事を共有</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
</article>
<aside class="p-related"><h2>関連記事</h2><ul>
{''.join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in rel)}
</ul></aside>
<aside class="p-ranking"><h2>アクセスランキング</h2><ol><li><a href="{o['base']}/news/55120">釧路で濃霧、JR花咲線に遅れ</a></li><li><a href="{o['base']}/sports/55102">高校野球 北北海道大会の組み合わせ決まる</a></li><li><a href="{o['base']}/economy/55087">サンマ初水揚げ、価格は昨年並み</a></li></ol></aside>
</div>
<footer class="l-footer"><ul><li><a href="{o['base']}/company/">会社概要</a></li><li><a href="{o['base']}/ad/">広告掲載</a></li><li><a href="{o['base']}/privacy/">個人情報保護方針</a></li><li><a href="{o['base']}/copyright/">著作権について</a></li></ul>
<p>掲載の記事・写真・図表などの無断転載を禁止します。Copyright © 大北海タイムス社</p></footer>
</body>
</html>
"""


def t_tokyonippo(a, o, dt, url):
    d = local(dt, 9)
    rel = related(a, o)
    when = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - 東京日報デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{jsonld(a, o, d, url)}
<link rel="stylesheet" href="/assets/css/tn.css">
</head>
<body>
<div id="cookie-policy" class="modal">東京日報デジタルは、利便性の向上や広告配信のためにCookieを利用しています。「同意して閉じる」を押すとCookieの利用に同意したものとみなします。<a href="{o['base']}/info/cookie">Cookieの使用について</a> <button>同意して閉じる</button></div>
<header>
 <div class="hd-logo"><a href="{o['base']}/">東京日報<span>デジタル</span></a></div>
 <nav class="hd-nav"><a href="{o['base']}/">トップ</a> <a href="{o['base']}/politics">政治</a> <a href="{o['base']}/international">国際</a> <a href="{o['base']}/society">社会</a> <a href="{o['base']}/business">経済</a> <a href="{o['base']}/science">科学</a> <a href="{o['base']}/culture">文化</a> <a href="{o['base']}/opinion">社説・オピニオン</a></nav>
 <div class="hd-user"><a href="{o['base']}/login">ログイン</a> <a href="{o['base']}/plan">有料会員になる</a></div>
</header>
<main>
 <div class="article">
  <div class="article-cat"><a href="{o['base']}/{a.get('section_slug','politics')}">{E(a.get('section','政治'))}</a></div>
  <h1>{E(a['title'])}</h1>
  <div class="article-date">{when}</div>
  <div class="article-text">
{body_html(a)}
  </div>
  <div class="article-credit">{E(a.get('author',''))}</div>
  <div class="sns-share">シェア <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">リンクをコピー</a></div>
 </div>
 <div class="related-box"><h3>あわせて読みたい</h3><ul>
{''.join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in rel)}
 </ul></div>
 <div class="ad-slot" data-slot="article-bottom">広告</div>
</main>
<footer><p><a href="{o['base']}/info/about">東京日報について</a>｜<a href="{o['base']}/info/terms">利用規約</a>｜<a href="{o['base']}/info/privacy">プライバシーポリシー</a>｜<a href="{o['base']}/info/contact">お問い合わせ</a></p>
<p>© The Tokyo Nippo. All rights reserved.</p></footer>
</body>
</html>
"""


TEMPLATES = {"atlas": t_atlas, "strait": t_strait, "jherald": t_jherald, "ruswire": t_ruswire,
             "stolitsa": t_stolitsa, "prostor": t_prostor, "daihokkai": t_daihokkai,
             "tokyonippo": t_tokyonippo}

def main() -> None:
    arts = [dict(a) for a in EN + RU + JA]
    arts.sort(key=lambda a: parse(a["published"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"k{n:03d}"
    out = HERE / "articles"
    out.mkdir(exist_ok=True)
    for f in out.glob("*.html"):
        f.unlink()
    for a in arts:
        o = OUTLETS[a["feed"]]
        assert o["lang"] == a["lang"], a["title"]
        dt = parse(a["published"])
        url = f"{o['base']}{o['url_path']}{local(dt, o['tz']):%Y/%m/%d}/{random.Random(a['id']).randint(10**5, 10**6)}"
        page = TEMPLATES[o["template"]](a, o, dt, url)
        (out / f"{a['id']}.html").write_text(page, encoding="utf-8")

    def q(v: str) -> str:
        return json.dumps(v, ensure_ascii=False)

    lines = ["name: blind10", "known_as_of: 2024-02-08",
             "feeds:                   # outlets; format: rss | atom ; lang: en | ru | ja"]
    for fid, o in OUTLETS.items():
        lines.append(f"  - {{id: {fid}, title: {q(o['title'])}, format: {o['format']}, lang: {o['lang']}}}")
    lines.append("articles:")
    for a in arts:
        lines.append(f"  - id: {a['id']}")
        lines.append(f"    feed: {a['feed']}")
        lines.append(f"    lang: {a['lang']}")
        lines.append(f"    published: {a['published']}")
        lines.append(f"    title: {q(a['title'])}")
        lines.append(f"    summary: {q(a['summary'])}")
        lines.append(f"    label: {a['label']}")
        if a["label"] in ("new_development", "status_change"):
            lines.append(f"    group: {a['group']}")
            lines.append("    new_facts:")
            for nf in a["new_facts"]:
                lines.append(f"      - {q(nf)}")
            mm = ", ".join("[" + ", ".join(q(w.lower()) for w in alt) + "]" for alt in a["must_mention"])
            lines.append(f"    must_mention: [{mm}]")
        else:
            assert not a.get("group") and not a.get("new_facts"), a["title"]
        lines.append(f"    note: {q(a['note'])}")
    head = ("# blind10: blind evaluation corpus for the Russia-Japan peace treaty /\n"
            "# Kuril Islands monitor. Outlets are fictional; all events after 2024-02-08\n"
            "# are invented. Generated by make_corpus.py - edit the data_*.py files, not this.\n")
    body = "\n".join(lines) + "\n"
    (HERE / "labels.yaml").write_text(head + body, encoding="utf-8")
    check(arts)
    print(f"wrote {len(arts)} articles")


def check(arts: list[dict]) -> None:
    """Self-checks: labels.yaml loads, ids unique, every must_mention alternative list
    is matched by the article's own text, bodies are of news length."""
    data = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == len(set(ids)) == len(arts)
    feeds = {f["id"] for f in data["feeds"]}
    for a in arts:
        assert a["feed"] in feeds
        text = (a["title"] + " " + a["summary"] + " " + a["body"]).lower()
        for alt in a.get("must_mention", []):
            assert any(w.lower() in text for w in alt), (a["id"], alt)
        n = len(a["body"].split()) if a["lang"] != "ja" else len(a["body"]) // 2
        assert 150 <= n <= 650, (a["id"], n)


if __name__ == "__main__":
    main()
