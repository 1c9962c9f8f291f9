"""Outlets of the blind44 world and their page templates.

Every outlet has its own page layout (navigation, cookie notice, share bar, related
stories, footer).  Some outlets emit Open Graph / article meta and JSON-LD, some only
part of it, one none at all, so that a reader of the pages cannot rely on metadata.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "ferrule-en", "title": "Ferrule Wire Service - World", "format": "rss", "lang": "en"},
    {"id": "sallowmere-en", "title": "The Sallowmere Ledger - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "cloudberry-en", "title": "Cloudberry Post - Asia-Pacific", "format": "atom", "lang": "en"},
    {"id": "kitami-en", "title": "The Kitami Standard - Hokkaido news in English", "format": "rss", "lang": "en"},
    {"id": "polynya-ru", "title": "ИА «Полынья» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "listok-ru", "title": "Сахалинский листок — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "aozora-ja", "title": "北海道あおぞら新聞 電子版", "format": "atom", "lang": "ja"},
    {"id": "taiyo-ja", "title": "大洋時事通信ニュース", "format": "rss", "lang": "ja"},
]

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(ts: str, hours: int) -> datetime:
    return parse(ts).astimezone(timezone(timedelta(hours=hours)))


def body_html(paras: list[str], promo_label: str, promo_cls: str = "inline-promo") -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("@@ "):
            text, _, href = p[3:].partition(" | ")
            out.append(f'<aside class="{promo_cls}"><span>{E(promo_label)}</span> '
                       f'<a href="{E(href or "#")}">{E(text)}</a></aside>')
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n        ".join(out)


def related_html(items: list[tuple[str, str]], tag: str = "li") -> str:
    return "\n          ".join(f'<{tag}><a href="{E(h)}">{E(t)}</a></{tag}>' for t, h in items)


def jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": a["published"],
        "dateModified": a["published"],
        "inLanguage": lang,
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "description": a["summary"],
    }
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


# ---------------------------------------------------------------- Ferrule (en, wire)

def ferrule(a: dict) -> str:
    t = parse(a["published"])
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} UTC"
    meta = ""
    if a.get("meta", True):
        meta = f"""
  <meta property="og:type" content="article">
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:description" content="{E(a['summary'])}">
  <meta property="og:site_name" content="Ferrule Wire Service">
  <meta property="article:published_time" content="{a['published']}">
  <meta property="article:section" content="{E(a.get('section', 'World'))}">
  <meta name="twitter:card" content="summary_large_image">
  {jsonld(a, 'Ferrule Wire Service', 'en')}"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | Ferrule</title>
  <meta name="description" content="{E(a['summary'])}">{meta}
  <link rel="stylesheet" href="/static/fw-2.14.css">
</head>
<body class="fw-article">
  <div id="fw-consent" class="consent-bar" role="dialog" aria-live="polite">
    <p>We and our partners use cookies to measure traffic and to personalise content and ads. You can accept all cookies or manage your choices.
    <button type="button" data-consent="all">Accept all</button> <button type="button" data-consent="manage">Manage choices</button></p>
  </div>
  <header class="fw-masthead">
    <a class="fw-logo" href="/">FERRULE</a>
    <nav class="fw-nav" aria-label="Sections">
      <a href="/world">World</a> <a href="/world/asia-pacific">Asia Pacific</a> <a href="/world/europe">Europe</a>
      <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/legal">Legal</a>
      <a href="/breakingviews">Commentary</a> <a href="/pictures">Pictures</a>
    </nav>
    <form class="fw-search" action="/search"><input type="search" name="q" placeholder="Search Ferrule"></form>
    <a class="fw-signin" href="/account/sign-in">Sign in</a>
  </header>
  <main>
    <nav class="fw-crumbs"><a href="/world">World</a> &rsaquo; <a href="/world/asia-pacific">{E(a.get('section', 'Asia Pacific'))}</a></nav>
    <article class="fw-story">
      <h1 class="fw-headline">{E(a['title'])}</h1>
      <div class="fw-byline">By {E(a.get('author', 'Ferrule staff'))} &middot; <time>{stamp}</time></div>
      <div class="fw-share"><a href="#share-x">Share on X</a> <a href="#share-fb">Facebook</a> <a href="#share-li">LinkedIn</a> <a href="#share-mail">Email</a> <a href="#link">Copy link</a></div>
      <div class="fw-body">
        {body_html(a['body'], 'Related:')}
      </div>
      <p class="fw-credit">{E(a.get('credit', 'Editing by Ferrule desk'))}</p>
      <p class="fw-standards"><a href="/trust-principles">Our Standards: The Ferrule Trust Principles.</a></p>
    </article>
    <section class="fw-more">
      <h3>More from Ferrule</h3>
      <ul>
          {related_html(a.get('related', []))}
      </ul>
    </section>
    <section class="fw-sponsored"><h4>Sponsored content</h4><p><a href="/sponsored/1">How mid-sized exporters are rethinking supply chains in 2024</a></p></section>
  </main>
  <footer class="fw-footer">
    <nav><a href="/about">About Ferrule</a> <a href="/careers">Careers</a> <a href="/contact">Contact us</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a> <a href="/terms">Terms of use</a> <a href="/accessibility">Accessibility</a></nav>
    <p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Ferrule Wire Service. All rights reserved.</p>
  </footer>
  <script src="/static/fw-consent.js" defer></script>
</body>
</html>
"""


# ---------------------------------------------------------------- Sallowmere (en, newspaper)

def sallowmere(a: dict) -> str:
    t = parse(a["published"])
    stamp = t.strftime("%a %-d %b %Y %H.%M GMT")
    meta = ""
    if a.get("meta", True):
        meta = f"""
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:description" content="{E(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{a['published']}">
  <meta property="article:author" content="{E(a.get('author', 'Sallowmere Ledger staff'))}">
  <meta name="author" content="{E(a.get('author', 'Sallowmere Ledger staff'))}">
  {jsonld(a, 'The Sallowmere Ledger', 'en')}"""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Asia & Pacific | The Sallowmere Ledger</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">{meta}
</head>
<body>
<div class="sl-cookie" id="sl-cookie">
  <h2>Your privacy</h2>
  <p>The Sallowmere Ledger uses cookies and similar technologies to give you a better experience, to show you relevant ads and to understand how our journalism is read. Select &ldquo;Yes, I&rsquo;m happy&rdquo; to continue, or manage your settings.</p>
  <button>Yes, I&rsquo;m happy</button><button>Manage my cookies</button>
</div>
<header class="sl-top">
  <div class="sl-support">Support independent journalism &mdash; <a href="/subscribe">subscribe from &pound;1</a></div>
  <div class="sl-brand"><a href="/">The Sallowmere Ledger</a></div>
  <nav class="sl-pillars">
    <a href="/news">News</a> | <a href="/opinion">Opinion</a> | <a href="/business">Business</a> | <a href="/culture">Culture</a> | <a href="/lifestyle">Lifestyle</a>
  </nav>
  <nav class="sl-sub"><a href="/world">World</a> <a href="/world/asia-pacific">Asia &amp; Pacific</a> <a href="/world/japan">Japan</a> <a href="/world/russia">Russia</a> <a href="/world/china">China</a> <a href="/environment">Environment</a></nav>
</header>
<main class="sl-main">
  <article>
    <p class="sl-kicker">{E(a.get('kicker', a.get('section', 'Asia & Pacific')))}</p>
    <h1>{E(a['title'])}</h1>
    <p class="sl-standfirst">{E(a['summary'])}</p>
    <address class="sl-byline">{E(a.get('author', 'Staff and agencies'))}</address>
    <p class="sl-date"><time>{stamp}</time></p>
    <ul class="sl-share"><li>Share</li><li><a href="#fb">Facebook</a></li><li><a href="#x">X</a></li><li><a href="#email">Email</a></li></ul>
    <div class="sl-article-body">
        {body_html(a['body'], 'Explainer')}
    </div>
    <div class="sl-epic">
      <p><strong>Before you move on&hellip;</strong> The Sallowmere Ledger is funded by its readers. You have read 3 articles this month. If you value reporting from the region, please consider a contribution.</p>
      <a href="/contribute">Support us</a>
    </div>
  </article>
  <aside class="sl-onwards">
    <h2>More on this story</h2>
    <ul>
          {related_html(a.get('related', []))}
    </ul>
    <h2>Most viewed</h2>
    <ol><li><a href="/travel/2024/kyoto-crowds">The Kyoto neighbourhood that closed its alleys to tourists</a></li><li><a href="/business/yen-slide">Yen slide: who wins and who loses</a></li><li><a href="/world/typhoon-season">Typhoon season outlook</a></li></ol>
  </aside>
</main>
<footer class="sl-footer">
  <ul><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/tips">Securely send us a tip</a></li></ul>
  <p>&copy; {t.year} Sallowmere Ledger Media Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Cloudberry (en, magazine)

def cloudberry(a: dict) -> str:
    t = parse(a["published"])
    stamp = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    words = sum(len(p.split()) for p in a["body"])
    meta = ""
    if a.get("meta", True):
        meta = f"""
    <meta property="og:title" content="{E(a['title'])}" />
    <meta property="og:description" content="{E(a['summary'])}" />
    <meta property="og:type" content="article" />
    <meta property="article:published_time" content="{a['published']}" />
    <meta property="article:tag" content="{E(a.get('tag', 'Asia-Pacific'))}" />"""
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<li class="cp-comment"><b>{E(n)}</b> <span>{E(c)}</span></li>'
                          for n, c in a["comments"])
        comments = f"""
  <section class="cp-comments"><h3>{len(a['comments'])} comments</h3><ul>
{items}
  </ul><p class="cp-note">Comments are moderated and close after 72 hours.</p></section>"""
    return f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{E(a['title'])} — Cloudberry Post</title>{meta}
    <link rel="alternate" type="application/atom+xml" title="Cloudberry Post" href="/feed.atom" />
  </head>
  <body class="cp">
    <header class="cp-head">
      <div class="cp-logo"><a href="/">Cloudberry<span>Post</span></a></div>
      <ul class="cp-menu"><li><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/security">Security</a></li><li><a href="/energy">Energy &amp; Resources</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/podcast">The Floe podcast</a></li><li><a href="/newsletter">Newsletter</a></li></ul>
    </header>
    <div class="cp-wrap">
      <article class="cp-article">
        <div class="cp-tag">{E(a.get('tag', 'Asia-Pacific'))}</div>
        <h1>{E(a['title'])}</h1>
        <p class="cp-dek">{E(a['summary'])}</p>
        <p class="cp-meta">{E(a.get('author', 'Cloudberry Post staff'))} · {stamp} · {max(2, words // 220)} min read</p>
        <div class="cp-text">
        {body_html(a['body'], 'Also read:')}
        </div>
        <div class="cp-share">Share this: <a href="#x">X</a> · <a href="#bsky">Bluesky</a> · <a href="#li">LinkedIn</a> · <a href="#mail">Email</a></div>
      </article>
      <aside class="cp-rail">
        <div class="cp-signup"><h4>The Floe, every Friday</h4><p>Our weekly briefing on the North Pacific, the Arctic and the powers around them.</p><form><input type="email" placeholder="you@example.com" /><button>Sign up</button></form></div>
        <div class="cp-related"><h4>Related</h4><ul>
          {related_html(a.get('related', []))}
        </ul></div>
      </aside>
    </div>{comments}
    <div class="cp-cookies" role="region" aria-label="Cookie notice">This site uses essential cookies and, with your consent, analytics. <a href="/privacy">Privacy</a> <button>OK</button> <button>Essential only</button></div>
    <footer class="cp-foot"><p>Cloudberry Post is an independent publication. &copy; {t.year} Cloudberry Media. <a href="/about">About</a> · <a href="/ethics">Ethics policy</a> · <a href="/contact">Contact</a> · <a href="/rss">RSS</a></p></footer>
  </body>
</html>
"""


# ---------------------------------------------------------------- Kitami Standard (en, regional; no metadata)

def kitami(a: dict) -> str:
    t = local(a["published"], 9)
    stamp = f"{EN_MONTHS[t.month - 1][:3]}. {t.day}, {t.year} | {t.strftime('%H:%M')} JST"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - The Kitami Standard</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<table class="ks-top" width="100%"><tr>
<td class="ks-logo"><a href="/"><img src="/img/ks-logo.png" alt="The Kitami Standard"></a><br><small>Hokkaido news in English since 2009</small></td>
<td class="ks-weather">Kitami 4&deg;C &middot; Nemuro 2&deg;C &middot; Kushiro 3&deg;C</td>
</tr></table>
<div class="ks-nav"><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/okhotsk">Okhotsk</a> | <a href="/nemuro">Nemuro &amp; Kushiro</a> | <a href="/national">National</a> | <a href="/fisheries">Fisheries</a> | <a href="/events">Events</a> | <a href="/jobs">Jobs</a></div>
<div class="ks-cookie">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">More info</a> [<a href="#close">x</a>]</div>
<div class="ks-main">
<div class="ks-story">
<h1>{E(a['title'])}</h1>
<div class="ks-date">{stamp} &nbsp; {E(a.get('author', 'Staff writer'))}</div>
<div class="ks-text">
        {body_html(a['body'], 'See also:')}
</div>
<div class="ks-tools"><a href="#print">Print</a> | <a href="#mail">Email this story</a> | <a href="#x">Post</a></div>
</div>
<div class="ks-side">
<h3>Most read this week</h3>
<ol>
          {related_html(a.get('related', []))}
</ol>
<h3>Advertisement</h3>
<p class="ks-ad"><a href="/ad/1">Kitami Onion Festival &mdash; tickets now on sale</a></p>
</div>
</div>
<div class="ks-foot">&copy; {t.year} The Kitami Standard. Reproduction without permission prohibited. | <a href="/about">About us</a> | <a href="/advertise">Advertise</a> | <a href="/contact">Contact</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------- Polynya (ru, agency)

def polynya(a: dict) -> str:
    t = local(a["published"], 3)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    meta = ""
    if a.get("meta", True):
        meta = f"""
    <meta property="og:title" content="{E(a['title'])}">
    <meta property="og:description" content="{E(a['summary'])}">
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="ИА «Полынья»">
    <meta property="article:published_time" content="{a['published']}">
    {jsonld(a, 'ИА «Полынья»', 'ru')}"""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{E(a['title'])} — ИА «Полынья»</title>
    <meta name="description" content="{E(a['summary'])}">{meta}
</head>
<body>
<div class="pl-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/legal/cookies">политикой обработки данных</a>. <button>Хорошо</button></div>
<header class="pl-header">
    <a class="pl-logo" href="/">ПОЛЫНЬЯ</a><span class="pl-age">18+</span>
    <nav class="pl-rubrics">
        <a href="/politics">Политика</a><a href="/world">В мире</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/incidents">Происшествия</a><a href="/army">Армия</a><a href="/dfo">Дальний Восток</a><a href="/culture">Культура</a>
    </nav>
    <div class="pl-rates">USD &middot; EUR &middot; CNY | <a href="/weather">Погода</a></div>
</header>
<main class="pl-main">
    <div class="pl-breadcrumbs"><a href="/">Главная</a> / <a href="/{E(a.get('rubric_slug', 'politics'))}">{E(a.get('section', 'Политика'))}</a></div>
    <article class="pl-article">
        <div class="pl-date">{stamp}</div>
        <h1>{E(a['title'])}</h1>
        <div class="pl-lead"><p>{E(a['summary'])}</p></div>
        <div class="pl-text">
        {body_html(a['body'], 'Читайте также:')}
        </div>
        <div class="pl-tags">Теги: {" ".join(f'<a href="/tag/{i}">{E(x)}</a>' for i, x in enumerate(a.get('tags', ['Япония', 'МИД России'])))}</div>
        <div class="pl-share">Поделиться: <a href="#vk">ВКонтакте</a> <a href="#ok">Одноклассники</a> <a href="#tg">Telegram</a></div>
        <p class="pl-subscribe">Подписывайтесь на «Полынью» в <a href="#tg">Telegram</a> и <a href="#dzen">Дзене</a></p>
    </article>
    <section class="pl-more">
        <h3>Новости по теме</h3>
        <ul>
          {related_html(a.get('related', []))}
        </ul>
    </section>
</main>
<footer class="pl-footer">
    <p>Сетевое издание «Информационное агентство «Полынья». Зарегистрировано Федеральной службой по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор). Главный редактор — А. В. Северцева. Адрес редакции: 107031, Москва. Тел. редакции: +7 (495) 000-00-00.</p>
    <p>Все права защищены. При цитировании гиперссылка на ИА «Полынья» обязательна. &copy; 2019–{t.year}</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Sakhalinsky listok (ru, regional)

def listok(a: dict) -> str:
    t = local(a["published"], 11)
    stamp = f"{t.day:02d}.{t.month:02d}.{t.year} {t.strftime('%H:%M')}"
    meta = ""
    if a.get("meta", True):
        meta = f"""
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:locale" content="ru_RU">"""
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<div class="sl-c"><b>{E(n)}</b><p>{E(c)}</p></div>' for n, c in a["comments"])
        comments = f'<div class="sl-comments"><h4>Комментарии ({len(a["comments"])})</h4>\n{items}\n<p><a href="/login">Войдите</a>, чтобы оставить комментарий.</p></div>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Сахалинский листок</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{meta}
</head>
<body>
<div class="top-line">Южно-Сахалинск, {stamp.split(' ')[0]} &nbsp;|&nbsp; Погода: &minus;3&hellip;+2 &nbsp;|&nbsp; <a href="/ferry">Паром Ванино — Холмск</a> &nbsp;|&nbsp; <a href="/avia">Рейсы на Курилы</a></div>
<header><a href="/" class="logo">Сахалинский листок</a>
<ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/economy">Экономика</a></li><li><a href="/fish">Рыбалка и путина</a></li><li><a href="/society">Общество</a></li><li><a href="/dacha">Дача</a></li><li><a href="/afisha">Афиша</a></li></ul>
</header>
<div class="wrap">
<div class="content">
<div class="rubric">{E(a.get('section', 'Курилы'))}</div>
<h1>{E(a['title'])}</h1>
<div class="info"><span class="date">{stamp}</span> <span class="views">&#128065; {a.get('views', 1843)}</span> <span class="author">{E(a.get('author', 'Редакция'))}</span></div>
<div class="text">
        {body_html(a['body'], 'По теме:')}
</div>
<div class="share">Поделиться: <a href="#vk">VK</a> <a href="#tg">TG</a> <a href="#ok">OK</a> <a href="#wa">WhatsApp</a></div>
<p class="err">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.</p>
{comments}
</div>
<div class="sidebar">
<h3>Читайте также</h3>
<ul>
          {related_html(a.get('related', []))}
</ul>
<div class="banner"><a href="/adv">Реклама на сайте — 8 (4242) 00-00-00</a></div>
</div>
</div>
<div class="cookie-note">Сайт использует cookie. <a href="/privacy">Подробнее</a> <button>Понятно</button></div>
<footer>&copy; 2011–{t.year} «Сахалинский листок». Сетевое издание зарегистрировано Роскомнадзором. 16+ | <a href="/about">О редакции</a> | <a href="/adv">Реклама</a> | <a href="/privacy">Политика конфиденциальности</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Hokkaido Aozora (ja, newspaper)

def aozora(a: dict) -> str:
    t = local(a["published"], 9)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"
    meta = ""
    if a.get("meta", True):
        meta = f"""
<meta property="og:title" content="{E(a['title'])}：北海道あおぞら新聞">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published']}">"""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])}：北海道あおぞら新聞 電子版</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">{meta}
</head>
<body>
<div id="cookie-consent" class="az-cookie">当サイトでは、利便性向上と広告配信のためCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="az-header">
<div class="az-logo"><a href="/">北海道あおぞら新聞</a><span>電子版</span></div>
<div class="az-login"><a href="/login">ログイン</a> <a href="/subscribe">会員登録</a></div>
<nav class="az-gnav"><ul><li><a href="/">トップ</a></li><li><a href="/news/dounai">道内</a></li><li><a href="/news/nemuro">根室・釧路</a></li><li><a href="/news/politics">政治</a></li><li><a href="/news/economy">経済</a></li><li><a href="/news/world">国際</a></li><li><a href="/news/hoppo">北方領土</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/life">くらし</a></li></ul></nav>
</header>
<main class="az-main">
<div class="az-pankuzu"><a href="/">トップ</a> &gt; <a href="/news/{E(a.get('cat_slug', 'hoppo'))}">{E(a.get('section', '北方領土'))}</a></div>
<article>
<h1 class="az-title">{E(a['title'])}</h1>
<div class="az-date"><time>{stamp}</time>{'（' + E(a['updated']) + '更新）' if a.get('updated') else ''}</div>
<div class="az-sns"><a href="#x">ポスト</a> <a href="#fb">シェア</a> <a href="#line">LINEで送る</a> <a href="#hatena">はてブ</a></div>
<div class="az-body">
        {body_html(a['body'], 'あわせて読みたい')}
</div>
<p class="az-member">この記事は会員限定記事ではありません。電子版会員になると、すべての記事が読み放題になります。</p>
</article>
<section class="az-kanren">
<h2>関連記事</h2>
<ul>
          {related_html(a.get('related', []))}
</ul>
</section>
<section class="az-ranking"><h2>アクセスランキング</h2><ol><li><a href="/r/1">札幌の地下鉄、終電繰り上げへ</a></li><li><a href="/r/2">サンマ初水揚げ、価格は高値に</a></li><li><a href="/r/3">道東の高校、統廃合案を公表</a></li></ol></section>
</main>
<footer class="az-footer">
<ul><li><a href="/company">会社案内</a></li><li><a href="/policy/privacy">個人情報保護方針</a></li><li><a href="/policy/cookie">Cookieポリシー</a></li><li><a href="/copyright">著作権</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
<p>北海道あおぞら新聞社の許諾なく転載することを禁じます。Copyright &copy; {t.year} Hokkaido Aozora Shimbun.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Taiyo (ja, wire)

def taiyo(a: dict) -> str:
    t = local(a["published"], 9)
    stamp = f"{t.year}/{t.month:02d}/{t.day:02d} {t.strftime('%H:%M')}"
    meta = ""
    if a.get("meta", True):
        meta = "\n" + jsonld(a, "大洋時事通信社", "ja")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(a['title'])} | 大洋時事通信ニュース</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{meta}
</head>
<body class="tj">
<header id="tj-header">
<p class="tj-logo"><a href="/">大洋時事通信<small>ニュース</small></a></p>
<ul class="tj-nav"><li><a href="/list/flash">速報</a></li><li><a href="/list/politics">政治</a></li><li><a href="/list/economy">経済</a></li><li><a href="/list/society">社会</a></li><li><a href="/list/international">国際</a></li><li><a href="/list/local">地方</a></li><li><a href="/list/photo">写真</a></li></ul>
</header>
<div id="tj-content">
<article class="tj-article">
<p class="tj-cat">{E(a.get('section', '政治'))}</p>
<h1>{E(a['title'])}</h1>
<p class="tj-time">{stamp}</p>
<div class="tj-text">
        {body_html(a['body'], '関連')}
</div>
<p class="tj-copy">（{E(a.get('credit', '大洋時事'))}）</p>
<ul class="tj-share"><li><a href="#x">X</a></li><li><a href="#fb">Facebook</a></li><li><a href="#line">LINE</a></li></ul>
</article>
<aside class="tj-side">
<h2>関連ニュース</h2>
<ul>
          {related_html(a.get('related', []))}
</ul>
<h2>PR</h2><p><a href="/pr/1">資産運用セミナー（オンライン）受付中</a></p>
</aside>
</div>
<div class="tj-cookie">このサイトはクッキー（Cookie）を利用しています。サイトの閲覧を続けることで、クッキーの利用に同意したものとみなします。<a href="/privacy">プライバシーポリシー</a> <button>閉じる</button></div>
<footer id="tj-footer"><p><a href="/about">大洋時事通信社について</a> | <a href="/privacy">プライバシーポリシー</a> | <a href="/terms">利用規約</a> | <a href="/contact">お問い合わせ</a></p><p>掲載記事・写真の無断転載を禁じます。&copy; {t.year} Taiyo Jiji Press</p></footer>
</body>
</html>
"""


RENDER = {
    "ferrule-en": ferrule,
    "sallowmere-en": sallowmere,
    "cloudberry-en": cloudberry,
    "kitami-en": kitami,
    "polynya-ru": polynya,
    "listok-ru": listok,
    "aozora-ja": aozora,
    "taiyo-ja": taiyo,
}
