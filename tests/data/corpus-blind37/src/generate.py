#!/usr/bin/env python3
"""Generate the blind37 evaluation corpus: articles/<id>.html and labels.yaml.

Usage:  python3 src/generate.py            (writes next to src/, i.e. <corpus>)

The article texts live in articles_en.py, articles_ru.py and articles_ja.py; the
outlets and their page templates live here. Output is deterministic.
"""
from __future__ import annotations

import html
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from articles_en import ARTICLES as EN  # noqa: E402
from articles_ru import ARTICLES as RU  # noqa: E402
from articles_ja import ARTICLES as JA  # noqa: E402

NAME = "blind37"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "aldergate-wire", "title": "Aldergate Wire - World", "format": "rss", "lang": "en"},
    {"id": "fathom-post", "title": "The Fathom Post - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "ostrog-en", "title": "Ostrog Information Agency - English Service", "format": "rss", "lang": "en"},
    {"id": "eastcape-herald", "title": "Eastcape Herald - Hokkaido & the North Pacific", "format": "atom", "lang": "en"},
    {"id": "talweg-ru", "title": "ИА «Тальвег» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "kurchron-ru", "title": "Курильская хроника — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "nisshin-ja", "title": "日進通信ニュース", "format": "rss", "lang": "ja"},
    {"id": "doto-ja", "title": "道東朝報 電子版", "format": "atom", "lang": "ja"},
]

E = html.escape
UTC = timezone.utc


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return "-".join(s.split("-")[:9]) or "story"


def body_html(paras, pcls: str = "") -> str:
    out = []
    for p in paras:
        if isinstance(p, dict):
            if "h" in p:
                out.append(f"<h2>{E(p['h'])}</h2>")
            elif "q" in p:
                out.append(f"<blockquote><p>{E(p['q'])}</p></blockquote>")
            elif "li" in p:
                out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in p["li"]) + "</ul>")
        else:
            c = f' class="{pcls}"' if pcls else ""
            out.append(f"<p{c}>{E(p)}</p>")
    return "\n".join(out)


def related_html(items, href_prefix: str, rng: random.Random, tag="li") -> str:
    out = []
    for t in items:
        n = rng.randint(10000, 99999)
        out.append(f'<{tag}><a href="{href_prefix}{n}">{E(t)}</a></{tag}>')
    return "\n".join(out)


def jsonld(a, url, publisher, lang) -> str:
    d = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"],
        "dateModified": a["published"],
        "inLanguage": lang,
        "mainEntityOfPage": url,
        "author": [{"@type": "Person", "name": a.get("byline") or publisher}],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": url.split("/", 3)[0] + "//" + url.split("/")[2] + "/static/logo.png"}},
    }
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def og(a, url, site, with_time=True) -> str:
    t = [f'<meta property="og:title" content="{E(a["title"])}">',
         f'<meta property="og:description" content="{E(a["summary"])}">',
         '<meta property="og:type" content="article">',
         f'<meta property="og:url" content="{url}">',
         f'<meta property="og:site_name" content="{E(site)}">']
    if with_time:
        t.append(f'<meta property="article:published_time" content="{a["published"]}">')
    return "\n".join(t)


# ------------------------------------------------------------------ templates

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def t_aldergate(a, rng):
    d = ts(a)
    url = f"https://www.aldergatewire.com/world/asia-pacific/{slugify(a['title'])}-{d:%Y-%m-%d}/"
    when = d.strftime("%B %-d, %Y %-I:%M %p GMT")
    rel = related_html(a.get("related") or [], "https://www.aldergatewire.com/world/", rng)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Aldergate</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, url, 'Aldergate')}
<link rel="canonical" href="{url}">
{jsonld(a, url, 'Aldergate', 'en')}
<link rel="stylesheet" href="/static/ag-main.4f1c.css">
</head>
<body class="article-page">
<div id="consent" class="consent-banner" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies and similar technologies to deliver and improve our services, measure audiences and show you relevant advertising. You can accept all cookies, reject non-essential ones or manage your choices at any time.</p>
  <button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy/cookies">Manage preferences</a>
</div>
<header class="ag-header">
  <a class="ag-logo" href="/">ALDERGATE</a>
  <nav class="ag-nav"><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/sustainability/">Sustainability</a> <a href="/legal/">Legal</a> <a href="/technology/">Technology</a> <a href="/investigations/">Investigations</a> <a href="/more/">More</a></nav>
  <form class="ag-search" action="/search"><input name="q" placeholder="Search"></form>
  <a class="ag-signin" href="/account/sign-in">Sign in</a> <a class="ag-register" href="/account/register">Register</a>
</header>
<div class="ag-ticker"><span>Nikkei 225</span> <span>Topix</span> <span>USD/JPY</span> <span>Brent</span> <span>Gold</span></div>
<main>
<article>
  <div class="ag-breadcrumb"><a href="/world/">World</a> &rsaquo; <a href="/world/asia-pacific/">{E(a.get('section', 'Asia Pacific'))}</a></div>
  <h1>{E(a['title'])}</h1>
  <div class="ag-meta"><span class="ag-byline">By {E(a.get('byline', 'Aldergate staff'))}</span>
  <time datetime="{a['published']}">{when}</time> <span class="ag-updated">Updated {when}</span></div>
  <div class="ag-share"><a href="#">Share</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Link</a> <a href="/licensing">Purchase Licensing Rights</a></div>
  <div class="ag-body">
{body_html(a['paras'])}
  </div>
  <p class="ag-signoff">{E(a.get('signoff', ''))}</p>
  <p class="ag-standards"><a href="/trust/">Our Standards: The Aldergate Trust Principles.</a></p>
</article>
<aside class="ag-related"><h2>Read Next</h2>
<ul>
{rel}
</ul></aside>
<section class="ag-promo"><h3>Get the Asia Morning Briefing</h3><p>Key stories from Tokyo to Jakarta before the open, in your inbox every weekday.</p><a href="/newsletters/">Sign up</a></section>
</main>
<footer class="ag-footer">
  <nav><a href="/about/">About Aldergate</a> <a href="/careers/">Careers</a> <a href="/contact/">Contact us</a> <a href="/terms/">Terms of use</a> <a href="/privacy/">Privacy</a> <a href="/privacy/cookies">Cookies</a> <a href="/accessibility/">Accessibility</a> <a href="/corrections/">Corrections</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Aldergate. All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_fathom(a, rng):
    d = ts(a)
    url = f"https://www.fathompost.com/asia-pacific/{d:%Y/%b/%d}/{slugify(a['title'])}".lower()
    when = d.strftime("%a %-d %b %Y %H.%M GMT")
    rel = related_html(a.get("related") or [], "https://www.fathompost.com/asia-pacific/", rng)
    comments = rng.randint(4, 160)
    meta = og(a, url, "The Fathom Post") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Asia-Pacific | The Fathom Post</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{meta}
<link rel="stylesheet" href="https://assets.fathompost.com/css/fp.3c2.css">
</head>
<body>
<a class="skip" href="#maincontent">Skip to main content</a>
<div class="fp-topbar"><span>{d:%A %-d %B %Y}</span> <a href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a> <a href="/search">Search</a> <span>International edition</span></div>
<header class="fp-masthead"><a href="/" class="fp-logo">The Fathom Post</a>
<nav class="fp-pillars"><a href="/">Home</a> <a href="/japan">Japan</a> <a href="/china">China</a> <a href="/korea">Korea</a> <a href="/southeast-asia">Southeast Asia</a> <a href="/australia">Australia &amp; NZ</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/podcasts">Podcasts</a></nav>
</header>
<main id="maincontent">
<article class="fp-article">
<div class="fp-section"><a href="/{E(a.get('section', 'Japan')).lower()}">{E(a.get('section', 'Japan'))}</a></div>
<h1>{E(a['title'])}</h1>
<div class="fp-standfirst"><p>{E(a['summary'])}</p></div>
<div class="fp-meta"><address>{E(a.get('byline', 'Staff and agencies'))}</address>
<time datetime="{a['published']}">{when}</time></div>
<div class="fp-share"><button>Share</button> <span class="fp-comments-count"><a href="#comments">{comments} comments</a></span></div>
<div class="fp-body">
{body_html(a['paras'])}
</div>
<aside class="fp-support"><p><strong>Independent journalism from across Asia and the Pacific.</strong> Our reporting is funded by readers. If you value it, consider supporting us from just 2 a month.</p><a href="/support">Support The Fathom Post</a></aside>
</article>
<section class="fp-related"><h2>More on this story</h2><ul>
{rel}
</ul></section>
<section class="fp-mostviewed"><h2>Most viewed</h2><ol>
<li><a href="/culture/1">The quiet revival of Tokyo's public bathhouses</a></li>
<li><a href="/business/2">Yen slides again as traders test the central bank</a></li>
<li><a href="/australia/3">Heatwave warnings issued for three states</a></li>
<li><a href="/southeast-asia/4">Typhoon season: what forecasters expect this year</a></li>
</ol></section>
<section id="comments" class="fp-comments"><h2>Comments ({comments})</h2><p>Comments on this piece are premoderated to ensure discussion remains on the topics raised by the article.</p></section>
</main>
<footer class="fp-footer"><ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/tax">Tax strategy</a></li><li><a href="/terms">Terms &amp; conditions</a></li></ul>
<p>&copy; {d.year} Fathom Media Ltd. All rights reserved.</p></footer>
<div class="fp-cookie" role="region" aria-label="Cookie notice"><p>It's your choice. We use cookies to improve your experience, to personalise content and ads, and to analyse our traffic. <a href="/cookies">Learn more</a>.</p><button>Yes, I'm happy</button> <button>Manage my cookies</button></div>
</body>
</html>
"""


OSTROG_ICONS = ("icon arrow-lefticon arrow-righticon bookmarkicon cameraicon chevron downicon chevron upicon "
                "closeicon commenticon downloadicon editicon emailicon fbicon filtericon fullscreenicon "
                "homeicon infoicon linkicon lockicon menuicon okicon pauseicon playicon printicon searchicon "
                "shareicon tgicon twicon vkicon yticon zoom-inicon zoom-out")


def t_ostrog(a, rng):
    d = ts(a) + timedelta(hours=3)  # Moscow time
    url = f"https://en.ostrog-news.ru/{a.get('section', 'russia').lower()}/{rng.randint(590000, 640000)}-{slugify(a['title'])}/"
    when = d.strftime("%-d %b, %Y %H:%M")
    rel = related_html(a.get("related") or [], "https://en.ostrog-news.ru/news/", rng)
    tags = ", ".join(a.get("tags", []))
    meta = og(a, url, "Ostrog Information Agency") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Ostrog</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{meta}
<link rel="stylesheet" href="/static/ostrog.min.css?v=9.12">
</head>
<body>
<svg style="display:none"><title>{OSTROG_ICONS}</title></svg>
<div class="o-sprite" aria-hidden="true">{OSTROG_ICONS}</div>
<header class="o-header">
<a class="o-logo" href="/">OSTROG</a>
<nav class="o-nav"><a href="/russia/">Russia</a> <a href="/world/">World</a> <a href="/business/">Business</a> <a href="/military/">Military &amp; Defense</a> <a href="/science/">Science &amp; Space</a> <a href="/sport/">Sport</a> <a href="/society/">Society &amp; Culture</a> <a href="/opinion/">Opinion</a> <a href="/video/">Video</a></nav>
<div class="o-lang">EN | <a href="https://ostrog-news.ru/">RU</a></div>
</header>
<main class="o-main">
<article>
<div class="o-date">{when}</div>
<h1 class="o-title">{E(a['title'])}</h1>
<div class="o-lead">{E(a['summary'])}</div>
<div class="o-text">
{body_html(a['paras'])}
</div>
<div class="o-tags">Tags: {E(tags)}</div>
<div class="o-share">Share: <a href="#">Telegram</a> <a href="#">VK</a> <a href="#">OK</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
<aside class="o-more"><h3>Read more</h3><ul>
{rel}
</ul></aside>
<aside class="o-feed"><h3>All news</h3><ul>
<li><a href="/news/1">Central Bank keeps key rate unchanged</a></li>
<li><a href="/news/2">Moscow hosts international book fair</a></li>
<li><a href="/news/3">Russian skaters win team event at Grand Prix final</a></li>
</ul></aside>
</main>
<div class="o-cookies">This website uses cookies. By continuing to browse, you agree to our <a href="/privacy/">Privacy Policy</a>. <button>OK</button></div>
<footer class="o-footer"><p>&copy; Ostrog Information Agency, 2013–{d.year}. Mass media registration certificate El No. FS77-70891. 18+</p>
<p><a href="/about/">About</a> · <a href="/contacts/">Contacts</a> · <a href="/terms/">Terms of use</a> · <a href="/privacy/">Privacy policy</a> · <a href="/rss/">RSS</a></p></footer>
</body>
</html>
"""


def t_eastcape(a, rng):
    d = ts(a) + timedelta(hours=9)  # Japan time
    when = d.strftime("%B %-d, %Y at %-I:%M %p JST")
    rel = related_html(a.get("related") or [], "https://eastcapeherald.jp/news/", rng)
    head_meta = ""
    if a.get("meta", False):
        head_meta = og(a, f"https://eastcapeherald.jp/news/{d:%Y/%m}/{slugify(a['title'])}/", "Eastcape Herald")
    temp = rng.choice(["4", "9", "12", "15", "18", "21", "-3"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - Eastcape Herald</title>
{head_meta}
<link rel="stylesheet" href="/wp-content/themes/eastcape/style.css?ver=2.4">
</head>
<body class="post-template-default single single-post">
<div class="ec-top"><span class="ec-weather">Nemuro {temp}&deg;C &middot; sea fog advisory</span> <span class="ec-tide">High tide 05:42 / 17:58</span> <a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></div>
<header class="ec-header"><a href="/" class="ec-brand">Eastcape Herald</a><span class="ec-tagline">Hokkaido &amp; the North Pacific in English since 2009</span>
<nav class="ec-menu"><a href="/">Home</a> <a href="/category/nemuro/">Nemuro</a> <a href="/category/kushiro/">Kushiro</a> <a href="/category/shiretoko/">Shiretoko</a> <a href="/category/fisheries/">Fisheries</a> <a href="/category/northern-territories/">Northern Territories</a> <a href="/category/business/">Business</a> <a href="/events/">Events</a> <a href="/weather/">Weather</a></nav></header>
<div class="ec-ad">Advertisement</div>
<main class="ec-content">
<article class="post">
<p class="ec-cat">{E(a.get('section', 'Northern Territories'))}</p>
<h1 class="entry-title">{E(a['title'])}</h1>
<p class="ec-byline">By {E(a.get('byline', 'Staff writer'))} &mdash; <span class="date">{when}</span></p>
<div class="entry-content">
{body_html(a['paras'])}
</div>
<p class="ec-share">Share this: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">LINE</a> | <a href="#">Print</a></p>
</article>
<section class="ec-related"><h3>Related</h3><ul>
{rel}
</ul></section>
<div class="ec-ad">Advertisement &mdash; Hanasaki crab season: order direct from Nemuro</div>
<section class="ec-newsletter"><h3>The Friday Catch</h3><p>Our weekly round-up of news from eastern Hokkaido. Free.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
</main>
<footer class="ec-footer"><p>Eastcape Herald &middot; 2-14 Midori-cho, Nemuro, Hokkaido 087-0000 &middot; <a href="/about/">About</a> &middot; <a href="/contact/">Contact</a> &middot; <a href="/advertise/">Advertise</a> &middot; <a href="/privacy-policy/">Privacy</a></p>
<p>&copy; {d.year} Eastcape Herald. Powered by WordPress.</p></footer>
<div id="cookie-notice" class="cn-bottom"><span>We use cookies to make this site work and to understand how it is used.</span> <a href="#" class="cn-accept">Ok</a> <a href="/privacy-policy/">Read more</a></div>
</body>
</html>
"""


def t_talweg(a, rng):
    d = ts(a) + timedelta(hours=3)
    url = f"https://talweg.ru/{a.get('section_slug', 'politika')}/{rng.randint(21000000, 23999999)}"
    when = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    rel = related_html(a.get("related") or [], "https://talweg.ru/news/", rng)
    tags = "".join(f'<a class="tag" href="/tag/{rng.randint(100, 999)}">{E(t)}</a> ' for t in a.get("tags", []))
    meta = ""
    if a.get("meta", True):
        meta = og(a, url, "ИА «Тальвег»") + "\n" + jsonld(a, url, "ИА «Тальвег»", "ru")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — ИА «Тальвег»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{meta}
<link rel="stylesheet" href="/assets/tw.css?2411">
</head>
<body>
<div class="tw-cookie">Мы используем файлы cookie и метрические программы для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="tw-header">
<a class="tw-logo" href="/">ТАЛЬВЕГ</a> <span class="tw-slogan">информационное агентство</span>
<nav class="tw-rubrics"><a href="/politika">Политика</a> <a href="/mir">В мире</a> <a href="/ekonomika">Экономика</a> <a href="/obschestvo">Общество</a> <a href="/armiya">Армия и ОПК</a> <a href="/proisshestviya">Происшествия</a> <a href="/nauka">Наука</a> <a href="/sport">Спорт</a> <a href="/regiony">Регионы</a> <a href="/lenta">Все новости</a></nav>
<div class="tw-rates">USD ЦБ · EUR ЦБ · Brent</div>
</header>
<main class="tw-main">
<article class="tw-article">
<div class="tw-rubric">{E(a.get('section', 'Политика'))}</div>
<time class="tw-time" datetime="{a['published']}">{when}</time>
<h1>{E(a['title'])}</h1>
<div class="tw-lead"><p>{E(a['summary'])}</p></div>
<div class="tw-text">
{body_html(a['paras'])}
</div>
<div class="tw-tags">Теги: {tags}</div>
<div class="tw-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a> <a href="#">WhatsApp</a></div>
<p class="tw-subscribe">Подписывайтесь на канал «Тальвега» в Telegram — главные новости дня без задержек.</p>
</article>
<aside class="tw-readalso"><h3>Читайте также</h3><ul>
{rel}
</ul></aside>
</main>
<footer class="tw-footer"><p>Сетевое издание «ИА Тальвег». Регистрационный номер ЭЛ № ФС 77-81342 выдан Роскомнадзором. Учредитель: АО «Тальвег Медиа». Главный редактор: Е. В. Саранцева. 18+</p>
<p>Все права защищены. Использование материалов допускается только при наличии активной гиперссылки на talweg.ru. <a href="/about">О нас</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


def t_kurchron(a, rng):
    d = ts(a) + timedelta(hours=11)  # Sakhalin time
    when = f"{d:%d.%m.%Y} {d:%H:%M}"
    rel = related_html(a.get("related") or [], "https://kurchronika.ru/news/", rng)
    comments = a.get("comments") or []
    chtml = "".join(f'<div class="kc-comment"><b>{E(n)}</b> <span>{E(t)}</span></div>' for n, t in comments)
    temp = rng.choice(["+3", "+7", "+11", "+14", "-2", "-6", "+9"])
    views = rng.randint(300, 5200)
    meta = ""
    if a.get("meta", False):
        meta = og(a, f"https://kurchronika.ru/news/{rng.randint(40000, 49999)}", "Курильская хроника")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} | Курильская хроника</title>
{meta}
<link rel="stylesheet" href="/templates/kc/css/template.css">
</head>
<body>
<div class="kc-topline"><span>Южно-Курильск {temp} °C</span> <span>Курильск</span> <span>Малокурильское</span> <a href="/reklama">Реклама на сайте</a> <a href="/tips">Прислать новость</a></div>
<header class="kc-head"><a href="/" class="kc-logo">Курильская хроника</a> <span>новости Сахалина и Курил</span>
<ul class="kc-menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/yuzhno">Южно-Сахалинск</a></li><li><a href="/economy">Экономика</a></li><li><a href="/ryba">Рыбалка и путина</a></li><li><a href="/incidents">Происшествия</a></li><li><a href="/photo">Фото</a></li><li><a href="/board">Объявления</a></li></ul></header>
<main class="kc-main">
<div class="kc-breadcrumbs"><a href="/">Главная</a> / <a href="/news">Новости</a> / {E(a.get('section', 'Курилы'))}</div>
<article>
<h1>{E(a['title'])}</h1>
<div class="kc-info"><span class="kc-date">{when}</span> <span class="kc-views">Просмотров: {views}</span> <span class="kc-author">{E(a.get('byline', 'Редакция'))}</span></div>
<div class="kc-fulltext">
{body_html(a['paras'])}
</div>
<div class="kc-share">Поделиться: ВК · ОК · Telegram</div>
</article>
<section class="kc-comments"><h3>Комментарии ({len(comments)})</h3>{chtml}<p class="kc-note">Комментарии публикуются после модерации. Оскорбления и реклама удаляются.</p></section>
<section class="kc-related"><h3>Другие новости</h3><ul>
{rel}
</ul></section>
</main>
<footer class="kc-foot"><p>&copy; 2011–{d.year} «Курильская хроника». Сетевое издание. При использовании материалов ссылка на kurchronika.ru обязательна. 16+</p></footer>
<div class="kc-cookie">Сайт использует cookie. <button>Хорошо</button></div>
</body>
</html>
"""


def t_nisshin(a, rng):
    d = ts(a) + timedelta(hours=9)
    url = f"https://www.nisshin-news.jp/articles/-/{rng.randint(880000, 999999)}"
    when = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    rel = related_html(a.get("related") or [], "https://www.nisshin-news.jp/articles/-/", rng)
    meta = ""
    if a.get("meta", True):
        meta = og(a, url, "日進通信ニュース") + "\n" + jsonld(a, url, "日進通信社", "ja")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜日進通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{meta}
<link rel="stylesheet" href="/common/css/ns.css?202404">
</head>
<body>
<div class="ns-cookie">当サイトでは、利便性の向上や広告配信、アクセス解析のためにCookieを使用しています。サイトの閲覧を続けることで、Cookieの使用に同意したものとみなします。<a href="/policy/cookie">詳細</a> <button>同意する</button></div>
<header class="ns-header"><a href="/" class="ns-logo">日進通信ニュース</a>
<nav class="ns-gnav"><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/society">社会</a> <a href="/world">国際</a> <a href="/sports">スポーツ</a> <a href="/culture">文化・芸能</a> <a href="/local">地域</a> <a href="/local/hokkaido">北海道</a> <a href="/ranking">ランキング</a></nav>
<form class="ns-search"><input type="text" placeholder="記事を検索"></form></header>
<main class="ns-main">
<div class="ns-pankuzu"><a href="/">トップ</a> ＞ <a href="/{a.get('section_slug', 'politics')}">{E(a.get('section', '政治'))}</a></div>
<article>
<h1 class="ns-title">{E(a['title'])}</h1>
<div class="ns-date"><time datetime="{a['published']}">{when}</time>（最終更新 {when}）</div>
<div class="ns-sns">この記事をシェア： <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="ns-body">
{body_html(a['paras'])}
</div>
<p class="ns-credit">{E(a.get('byline', ''))}</p>
</article>
<section class="ns-related"><h2>関連記事</h2><ul>
{rel}
</ul></section>
<section class="ns-ranking"><h2>アクセスランキング</h2><ol><li><a href="/r/1">日経平均、終値は反落</a></li><li><a href="/r/2">大雨で交通に乱れ　気象庁が注意呼びかけ</a></li><li><a href="/r/3">プロ野球、首位攻防は延長戦に</a></li></ol></section>
</main>
<footer class="ns-footer"><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は日進通信社またはその情報提供者に属します。</p>
<p><a href="/about">日進通信社について</a>｜<a href="/policy/privacy">個人情報保護方針</a>｜<a href="/policy/cookie">Cookieポリシー</a>｜<a href="/contact">お問い合わせ</a></p><p>© Nisshin Press Service</p></footer>
</body>
</html>
"""


def t_doto(a, rng):
    d = ts(a) + timedelta(hours=9)
    when = f"{d:%Y/%m/%d} {d:%H:%M}"
    rel = related_html(a.get("related") or [], "https://www.doto-asahou.jp/news/", rng)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - 道東朝報 電子版</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="dt-bar"><a href="/member/login">ログイン</a>｜<a href="/member/entry">会員登録（無料）</a>｜<a href="/paper">紙面ビューアー</a>｜<span>根室 ☁ 霧</span></div>
<header class="dt-header"><a class="dt-logo" href="/">道東朝報</a><span class="dt-sub">根室・釧路・中標津のニュース</span>
<nav class="dt-nav"><a href="/news">ニュース</a> <a href="/nemuro">根室</a> <a href="/kushiro">釧路</a> <a href="/nakashibetsu">中標津・別海</a> <a href="/hoppo">北方領土</a> <a href="/suisan">水産</a> <a href="/sports">スポーツ</a> <a href="/okuyami">おくやみ</a> <a href="/tenki">天気</a></nav></header>
<main class="dt-main">
<article class="dt-article">
<p class="dt-cat">{E(a.get('section', '北方領土'))}</p>
<h1>{E(a['title'])}</h1>
<p class="dt-date">{when}</p>
<div class="dt-text">
{body_html(a['paras'])}
</div>
<p class="dt-note">※この記事は無料公開しています。続報は会員向けページでお伝えします。</p>
</article>
<aside class="dt-side"><h3>関連ニュース</h3><ul>
{rel}
</ul>
<h3>よく読まれている記事</h3><ol><li>サンマ棒受け網、初水揚げ</li><li>花咲ガニまつり、今年も盛況</li><li>根室市、冬季の除雪計画を発表</li></ol></aside>
</main>
<footer class="dt-footer"><p>道東朝報社　〒087-0000 北海道根室市常盤町1丁目　電話 0153-00-0000</p><p>記事・写真の無断転載を禁じます。Copyright © Doto Asahou. All rights reserved.</p></footer>
<div class="dt-cookie">本サイトはCookieを利用しています。<button>OK</button></div>
</body>
</html>
"""


TEMPLATES = {
    "aldergate-wire": t_aldergate,
    "fathom-post": t_fathom,
    "ostrog-en": t_ostrog,
    "eastcape-herald": t_eastcape,
    "talweg-ru": t_talweg,
    "kurchron-ru": t_kurchron,
    "nisshin-ja": t_nisshin,
    "doto-ja": t_doto,
}

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def check(arts):
    ids = set()
    feeds = {f["id"]: f for f in FEEDS}
    for a in arts:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                for w in alt:
                    assert w == w.lower(), (a["id"], w)
        else:
            assert not a.get("group"), a["id"]
        assert a.get("note"), a["id"]
        d = ts(a)
        assert datetime(2024, 2, 9, tzinfo=UTC) <= d <= datetime(2026, 11, 30, 23, 59, tzinfo=UTC), a["id"]
    # a group keeps one label
    grp = {}
    for a in arts:
        if a.get("group"):
            grp.setdefault(a["group"], set()).add(a["label"])
    for g, ls in grp.items():
        assert len(ls) == 1, (g, ls)


def main():
    arts = sorted(EN + RU + JA, key=ts)
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        rng = random.Random(a["id"])
        page = TEMPLATES[a["feed"]](a, rng)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
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
    doc = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    # summary
    from collections import Counter
    print(f"{len(arts)} articles")
    print("by lang:", dict(Counter(a["lang"] for a in arts)))
    print("by label:", dict(Counter(a["label"] for a in arts)))
    print("by feed:", dict(Counter(a["feed"] for a in arts)))
    groups = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(f"{a['id']}({a['lang']})")
    for g, m in groups.items():
        print(f"  {g}: {' '.join(m)}")


if __name__ == "__main__":
    main()
