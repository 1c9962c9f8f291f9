#!/usr/bin/env python3
"""Build the blind23 corpus: labels.yaml and articles/<id>.html.

Run from anywhere:  python3 src/build.py
The content lives in content_en.py, content_ru.py, content_ja.py (one dict per article);
this file holds the outlets, the page templates (site chrome differs per outlet) and the
writer. Paths are relative to the corpus folder (the parent of src/).
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

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402

NAME = "blind23"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "brackenridge-wire", "title": "Brackenridge Wire - World", "format": "rss", "lang": "en"},
    {"id": "wexcombe-herald", "title": "The Wexcombe Herald - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "otaru-post", "title": "Otaru Evening Post - Hokkaido news in English", "format": "rss", "lang": "en"},
    {"id": "pallister-review", "title": "Pallister Review - North Pacific affairs", "format": "atom", "lang": "en"},
    {"id": "rassvet-info", "title": "Агентство «Рассвет-Инфо» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "sakhalin-express", "title": "Сахалин-Экспресс — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "kyowa-tsushin", "title": "共和通信ニュース", "format": "atom", "lang": "ja"},
    {"id": "hokkai-minyu", "title": "北海民友新聞 電子版", "format": "rss", "lang": "ja"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}

e = html.escape


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def pick(seq, key: str, n: int):
    """Deterministic choice of n items from seq, keyed by a string."""
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    seq = list(seq)
    out = []
    while seq and len(out) < n:
        out.append(seq.pop(h % len(seq)))
        h //= 7
    return out


def paras(body, cls=None) -> str:
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{e(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{c}>{e(p)}</p>")
    return "\n".join(out)


def words(a) -> int:
    text = " ".join(a["body"])
    if a["lang"] == "ja":
        return len(text) // 2  # rough equivalent
    return len(text.split())


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


WEATHER_JA = {m: w for ms, w in [((12, 1, 2, 3), "くもり時々雪　最高0℃／最低-7℃"), ((4, 5, 11), "晴れ　最高9℃／最低1℃"),
                                   ((6, 7), "霧　最高15℃／最低11℃"), ((8, 9, 10), "晴れ時々くもり　最高20℃／最低13℃")] for m in ms}
WEATHER_EN = {m: w for ms, w in [((12, 1, 2, 3), "Otaru -2&deg;C / Nemuro -5&deg;C / Kushiro -4&deg;C"),
                                   ((4, 5, 11), "Otaru 10&deg;C / Nemuro 6&deg;C / Kushiro 7&deg;C"),
                                   ((6, 7), "Otaru 21&deg;C / Nemuro 13&deg;C (fog) / Kushiro 15&deg;C"),
                                   ((8, 9, 10), "Otaru 23&deg;C / Nemuro 18&deg;C / Kushiro 19&deg;C")] for m in ms}


def local(a, hours: int) -> datetime:
    return ts(a) + timedelta(hours=hours)


# --------------------------------------------------------------------------- templates


def page_brackenridge(a) -> str:
    t = ts(a)
    related = pick(content_en.RELATED["brackenridge-wire"], a["id"], 4)
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": t.isoformat().replace("+00:00", "Z"),
        "dateModified": (t + timedelta(minutes=17)).isoformat().replace("+00:00", "Z"),
        "author": [{"@type": "Person", "name": n} for n in a.get("authors", ["Brackenridge staff"])],
        "publisher": {"@type": "Organization", "name": "Brackenridge Wire"},
        "articleSection": a.get("section", "World"),
        "inLanguage": "en",
    }
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%I:%M %p} GMT".replace(" 0", " ")
    body = list(a["body"])
    body[0] = f"{a['dateline']} (Brackenridge) - {body[0]}"
    credits = a.get("credits", "Reporting by Brackenridge correspondents; Editing by Alan Furnival")
    rel = "\n".join(f'<li><a href="/world/{i}">{e(h)}</a></li>' for i, h in enumerate(related, 7301))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Brackenridge Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Brackenridge Wire">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:section" content="{e(a.get('section', 'World'))}">
<link rel="stylesheet" href="/static/bw-core.4f2a.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="bw-article">
<div id="consent" class="bw-consent" role="dialog" aria-label="Cookie preferences">
  <p>We use cookies and similar technologies to recognise your repeat visits and preferences,
  to measure the effectiveness of campaigns and to analyse traffic. By clicking &ldquo;Accept all&rdquo;
  you consent to their use. <a href="/privacy/cookies">Manage settings</a></p>
  <button type="button">Accept all</button> <button type="button">Reject optional</button>
</div>
<header class="bw-masthead">
  <a class="bw-logo" href="/">BRACKENRIDGE <span>WIRE</span></a>
  <nav class="bw-nav" aria-label="Sections">
    <a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a>
    <a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a>
    <a href="/energy">Energy</a><a href="/defence">Defence</a><a href="/sustainability">Climate</a>
    <a href="/graphics">Graphics</a>
  </nav>
  <form class="bw-search" action="/search"><input name="q" placeholder="Search Brackenridge"></form>
  <a class="bw-signin" href="/account">Sign in</a>
</header>
<main class="bw-main">
<nav class="bw-crumbs"><a href="/world">World</a> &rsaquo; <a href="/world/{e(a.get('crumb', 'asia-pacific'))}">{e(a.get('crumb_label', 'Asia Pacific'))}</a></nav>
<article>
<h1 class="bw-headline">{e(a['title'])}</h1>
<div class="bw-byline">By {e(' and '.join(a.get('authors', ['Brackenridge staff'])))}</div>
<time class="bw-time" datetime="{t.isoformat()}">{stamp}</time> <span class="bw-updated">Updated 17 min ago</span>
<ul class="bw-share"><li><a href="#">Share on X</a></li><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Email</a></li><li><a href="#">Copy link</a></li></ul>
<div class="bw-body">
{paras(body, 'bw-p')}
</div>
<p class="bw-credits">{e(credits)}</p>
<p class="bw-standards"><a href="/trust">Our Standards: The Brackenridge Trust Principles.</a></p>
</article>
<aside class="bw-related">
<h3>Read Next</h3>
<ul>
{rel}
</ul>
</aside>
<div class="bw-ad" data-slot="mpu-2">Advertisement &middot; Scroll to continue with content</div>
</main>
<footer class="bw-footer">
  <nav><a href="/about">About Brackenridge</a> <a href="/careers">Careers</a> <a href="/contact">Contact us</a>
  <a href="/licensing">Licensing &amp; reprints</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a>
  <a href="/privacy/cookies">Cookies</a> <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Brackenridge Wire Ltd. All rights reserved.</p>
</footer>
<script src="/static/bw-core.4f2a.js" defer></script>
</body>
</html>
"""


def page_wexcombe(a) -> str:
    t = ts(a)
    related = pick(content_en.RELATED["wexcombe-herald"], a["id"], 3)
    stamp = f"{t:%a} {t.day} {EN_MONTHS[t.month - 1]} {t.year} {t:%H.%M} GMT"
    rel = "\n".join(f'<li class="wx-card"><a href="/asia-pacific/{2024 + i % 3}/{h[:24].lower().replace(" ", "-")}">{e(h)}</a></li>'
                    for i, h in enumerate(related))
    comments = a.get("comments", [])
    if comments:
        cm = "\n".join(f'<div class="wx-comment"><span class="wx-user">{e(u)}</span> <span class="wx-ago">{e(ago)}</span><p>{e(c)}</p>'
                       f'<a class="wx-reply" href="#">Reply</a> <a class="wx-rec" href="#">Recommend</a></div>'
                       for u, ago, c in comments)
        cblock = f'<section class="wx-comments"><h3>{len(comments)} comments</h3>\n<p class="wx-cm-note">Comments on this piece are premoderated to ensure discussion remains on topics raised by the writer.</p>\n{cm}\n</section>'
    else:
        cblock = '<section class="wx-comments"><p>Comments are closed on this article.</p></section>'
    standfirst = a.get("standfirst", a["summary"])
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Asia &amp; Pacific | The Wexcombe Herald</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(standfirst)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.wexcombeherald.example/asia-pacific/{a['id']}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:author" content="{e(a.get('author', 'Herald staff'))}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/herald.min.css">
</head>
<body>
<div class="wx-cmp" id="cmp-banner">
  <h2>Your privacy choices</h2>
  <p>We and our 143 partners store and/or access information on a device, such as unique IDs in cookies,
  to process personal data. You may accept or manage your choices below, including your right to object
  where legitimate interest is used.</p>
  <button>I'm OK with that</button><button>Manage cookies</button>
</div>
<div class="wx-top"><a href="/support">Support the Herald</a> &middot; <a href="/subscribe">Subscribe from £1</a> &middot; <a href="/signin">Sign in</a></div>
<header class="wx-head">
  <a href="/" class="wx-brand">The Wexcombe Herald</a>
  <nav class="wx-pillars"><a href="/news">News</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a><a href="/culture">Culture</a><a href="/lifeandstyle">Lifestyle</a></nav>
  <nav class="wx-sub"><a href="/world">World</a><a href="/europe">Europe</a><a href="/us-news">US</a><a href="/asia-pacific" class="active">Asia &amp; Pacific</a><a href="/middle-east">Middle East</a><a href="/africa">Africa</a><a href="/global-development">Global development</a></nav>
</header>
<main>
<div class="wx-kicker">{e(a.get('kicker', 'Japan'))}</div>
<h1>{e(a['title'])}</h1>
<div class="wx-standfirst"><p>{e(standfirst)}</p></div>
<figure class="wx-lead-fig"><img src="/img/{a['id']}-lead.jpg" alt=""><figcaption>{e(a.get('caption', 'Photograph: Herald picture desk'))}</figcaption></figure>
<div class="wx-meta"><address>{e(a.get('author', 'Herald staff'))}</address>
<span class="wx-loc">{e(a.get('location', 'Tokyo'))}</span>
<time datetime="{t.isoformat()}">{stamp}</time></div>
<div class="wx-share"><a href="#">Share</a> <a href="#">Gift article</a></div>
<div class="wx-body">
{paras(a['body'])}
</div>
<div class="wx-epic"><p>&hellip; as you're joining us today from Japan, we have a small favour to ask. Independent journalism costs money.</p><a href="/support">Support us</a></div>
<ul class="wx-topics"><li><a href="/world/japan">Japan</a></li><li><a href="/world/russia">Russia</a></li><li><a href="/asia-pacific">Asia &amp; Pacific</a></li></ul>
<section class="wx-more"><h3>More on this story</h3><ul>
{rel}
</ul></section>
{cblock}
</main>
<footer class="wx-foot">
<ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li><li><a href="/info/complaints">Complaints &amp; corrections</a></li>
<li><a href="/info/privacy">Privacy policy</a></li><li><a href="/info/cookie-policy">Cookie policy</a></li><li><a href="/help/terms-of-service">Terms &amp; conditions</a></li><li><a href="/securedrop">SecureDrop</a></li></ul>
<p>&copy; 2026 Wexcombe Herald Media Group. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page_otaru(a) -> str:
    t = local(a, 9)
    related = pick(content_en.RELATED["otaru-post"], a["id"], 4)
    rel = "\n".join(f"<li><a href='/news/{i}.html'>{e(h)}</a></li>" for i, h in enumerate(related, 51200))
    # no meta tags on this site's pages: only a <title>
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - Otaru Evening Post</title>
<link rel="stylesheet" type="text/css" href="/css/style.css?v=20190311">
</head>
<body>
<table class="topbar" width="100%"><tr>
<td class="logo"><a href="/"><img src="/img/oep_logo.gif" alt="Otaru Evening Post"></a><br><small>Hokkaido news in English since 1998</small></td>
<td class="weather">{WEATHER_EN[t.month]}</td>
</tr></table>
<div id="menu"><a href="/">Home</a> | <a href="/local/">Local</a> | <a href="/nemuro/">Nemuro &amp; Eastern Hokkaido</a> | <a href="/business/">Business</a> | <a href="/fishing/">Fisheries</a> | <a href="/tourism/">Tourism</a> | <a href="/opinion/">Opinion</a> | <a href="/events/">What's On</a> | <a href="/archive/">Archive</a></div>
<div id="cookie-note">This website uses cookies to keep you logged in and count visits. <a href="/privacy.html">Learn more</a> <a href="#" onclick="hideNote()">[Close]</a></div>
<div id="wrap">
<div id="content">
<div class="cat">{e(a.get('section', 'Nemuro & Eastern Hokkaido'))}</div>
<h1 class="headline">{e(a['title'])}</h1>
<div class="dateline">{EN_MONTHS[t.month - 1]} {t.day}, {t.year} &middot; {e(a.get('author', 'Staff writer'))}</div>
{paras(a['body'])}
<p class="tagline"><i>{e(a.get('tagline', 'Contact the newsroom: news@otarupost.example'))}</i></p>
<div class="printmail"><a href="javascript:print()">Print</a> | <a href="/mailfriend/">E-mail this story</a></div>
</div>
<div id="sidebar">
<h4>Also on the Post</h4>
<ul>
{rel}
</ul>
<div class="adbox">ADVERTISEMENT<br><img src="/ads/local_hotel_300x250.jpg" alt=""></div>
<h4>Most read</h4>
<ol><li>Snow Festival ice sculptures draw record crowds</li><li>JR Hokkaido timetable changes from March</li><li>Scallop prices ease at Monbetsu market</li></ol>
</div>
</div>
<div id="footer">Otaru Evening Post &middot; 2-14 Ironai, Otaru, Hokkaido &middot; <a href="/about.html">About</a> &middot; <a href="/advertise.html">Advertise</a> &middot; <a href="/privacy.html">Privacy</a><br>
Copyright &copy; 1998-2026 Otaru Evening Post. No reproduction without permission.</div>
<script>function hideNote(){{document.getElementById('cookie-note').style.display='none'}}</script>
</body>
</html>
"""


def page_pallister(a) -> str:
    t = ts(a)
    further = pick(content_en.RELATED["pallister-review"], a["id"], 3)
    ld = {"@context": "https://schema.org", "@type": "AnalysisNewsArticle", "headline": a["title"],
          "datePublished": t.date().isoformat(), "author": {"@type": "Person", "name": a.get("author", "")},
          "publisher": {"@type": "Organization", "name": "Pallister Review"}}
    fr = "\n".join(f'<li><a href="/essays/{i}">{e(h)}</a></li>' for i, h in enumerate(further, 880))
    mins = max(3, words(a) // 220)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} — Pallister Review</title>
<meta name="description" content="{e(a['summary'])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/theme/pallister.css">
</head>
<body class="essay">
<header class="pr-header">
  <a class="pr-wordmark" href="/">Pallister Review</a>
  <span class="pr-tag">North Pacific affairs, argued carefully</span>
  <nav><a href="/essays">Essays</a> <a href="/briefings">Briefings</a> <a href="/podcast">Podcast</a> <a href="/authors">Contributors</a> <a href="/about">About</a> <a href="/newsletter" class="pr-btn">Get the newsletter</a></nav>
</header>
<div class="pr-cookies">This site uses a small number of cookies for analytics. <a href="/cookies">Details</a>. <button>Fine</button></div>
<article class="pr-essay">
<p class="pr-rubric">{e(a.get('rubric', 'Briefing'))}</p>
<h1>{e(a['title'])}</h1>
<p class="pr-dek">{e(a.get('dek', a['summary']))}</p>
<p class="pr-meta">{e(a.get('author', ''))} &middot; {t.day} {EN_MONTHS[t.month - 1]} {t.year} &middot; {mins} min read</p>
{paras(a['body'])}
<div class="pr-bio"><p>{e(a.get('bio', ''))}</p></div>
</article>
<section class="pr-further"><h3>Further reading</h3><ul>
{fr}
</ul></section>
<section class="pr-signup"><h3>The Pallister Weekly</h3><p>One email, every Friday: what moved in the North Pacific and why it matters.</p>
<form action="/subscribe"><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></section>
<footer class="pr-foot"><p>Pallister Review is an independent, reader-supported publication. Views expressed are the authors' own.</p>
<p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/rss">Feeds</a></p></footer>
</body>
</html>
"""


def page_rassvet(a) -> str:
    t = local(a, 3)  # Moscow time
    related = pick(content_ru.RELATED["rassvet-info"], a["id"], 4)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "description": a["summary"], "datePublished": ts(a).isoformat().replace("+00:00", "Z"),
          "inLanguage": "ru", "publisher": {"@type": "Organization", "name": "Рассвет-Инфо"},
          "author": {"@type": "Organization", "name": "Рассвет-Инфо"}}
    body = list(a["body"])
    body[0] = f"{a['dateline']}, {t.day} {RU_MONTHS[t.month - 1]}. /Рассвет-Инфо/. {body[0]}"
    rel = "\n".join(f'<li><a href="/news/{i}">{e(h)}</a></li>' for i, h in enumerate(related, 19_204_330))
    tags = "".join(f'<a class="tag" href="/tag/{e(x)}">{e(x)}</a> ' for x in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - Рассвет-Инфо</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:site_name" content="Рассвет-Инфо">
<meta property="article:published_time" content="{ts(a).isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/css/main.8c1d.css">
</head>
<body>
<div class="rs-topline"><span class="rs-age">18+</span> <a href="/live">Лента</a> <a href="/lang/en">English</a> <a href="/lang/zh">中文</a> <span class="rs-currency">USD ЦБ · EUR ЦБ</span></div>
<header class="rs-header">
  <a class="rs-logo" href="/">РАССВЕТ<b>·</b>ИНФО</a>
  <nav class="rs-menu"><a href="/politika">Политика</a><a href="/v-mire">В мире</a><a href="/ekonomika">Экономика</a><a href="/obschestvo">Общество</a><a href="/proisshestviya">Происшествия</a><a href="/armiya">Армия и ОПК</a><a href="/regiony">Регионы</a><a href="/sport">Спорт</a><a href="/kultura">Культура</a></nav>
</header>
<main class="rs-main">
<article class="rs-article">
<div class="rs-rubric">{e(a.get('rubric', 'Политика'))}</div>
<time datetime="{ts(a).isoformat()}">{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}</time>
<h1>{e(a['title'])}</h1>
<div class="rs-lead"><p>{e(a['summary'])}</p></div>
{paras(body)}
<div class="rs-tags">{tags}</div>
<div class="rs-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</article>
<aside class="rs-also"><h3>Читайте также</h3><ul>
{rel}
</ul></aside>
</main>
<div class="rs-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/cookie-policy">политикой использования cookie</a>. <button>Хорошо</button></div>
<footer class="rs-footer">
<p>Сетевое издание «Рассвет-Инфо». Свидетельство о регистрации СМИ Эл № ФС77-84512 выдано Роскомнадзором.</p>
<p>Учредитель: АО «Рассвет Медиа». Главный редактор: Н. В. Горелова. Адрес редакции: 125009, Москва, ул. Тверская, д. 7. Тел.: +7 (495) 000-00-00</p>
<p><a href="/about">О проекте</a> · <a href="/contacts">Контакты</a> · <a href="/reklama">Реклама</a> · <a href="/privacy">Политика конфиденциальности</a> · <a href="/rss">RSS</a></p>
<p>При полном или частичном использовании материалов ссылка на «Рассвет-Инфо» обязательна. © 2026</p>
</footer>
</body>
</html>
"""


def page_sakhalin(a) -> str:
    t = local(a, 11)  # Sakhalin time
    related = pick(content_ru.RELATED["sakhalin-express"], a["id"], 4)
    rel = "\n".join(f'<li><a href="/news/{i}/">{e(h)}</a></li>' for i, h in enumerate(related, 231_118))
    comments = a.get("comments", [])
    if comments:
        cm = "\n".join(f'<li class="se-c"><b>{e(u)}</b> <span>{e(w)}</span><p>{e(c)}</p></li>' for u, w, c in comments)
        cblock = f'<section class="se-comments"><h3>Комментарии ({len(comments)})</h3><ul>{cm}</ul><p class="se-c-rules">Комментарии проходят модерацию. <a href="/rules/">Правила</a></p></section>'
    else:
        cblock = '<section class="se-comments"><h3>Комментарии (0)</h3><p>Станьте первым, кто оставит комментарий.</p></section>'
    photo = a.get("photo", "")
    ph = f'<figure><img src="/upload/iblock/{a["id"]}.jpg" alt=""><figcaption>{e(photo)}</figcaption></figure>' if photo else ""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])} | Сахалин-Экспресс</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:image" content="/upload/iblock/{a['id']}.jpg">
<link href="/bitrix/templates/sakhex/styles.css" rel="stylesheet">
</head>
<body>
<div class="se-header">
  <div class="se-logo"><a href="/">Сахалин<span>-Экспресс</span></a><small>новости Сахалина и Курил</small></div>
  <div class="se-weather">Южно-Сахалинск, Курильск, Южно-Курильск, Северо-Курильск</div>
  <ul class="se-nav"><li><a href="/news/">Новости</a></li><li><a href="/kurily/">Курилы</a></li><li><a href="/society/">Общество</a></li><li><a href="/economy/">Экономика</a></li><li><a href="/incidents/">Происшествия</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/afisha/">Афиша</a></li><li><a href="/ads/">Объявления</a></li></ul>
</div>
<div class="se-wrap">
<div class="se-article">
<div class="se-crumbs"><a href="/">Главная</a> / <a href="/{e(a.get('crumb', 'kurily'))}/">{e(a.get('crumb_label', 'Курилы'))}</a></div>
<h1>{e(a['title'])}</h1>
<div class="se-date">{t.day:02d}.{t.month:02d}.{t.year} {t:%H:%M} · Просмотров: {400 + int(hashlib.md5(a['id'].encode()).hexdigest()[:3], 16)}</div>
{ph}
{paras(a['body'])}
<p class="se-author">{e(a.get('author', 'Редакция'))}</p>
<div class="se-tg">Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости островного региона</div>
</div>
<div class="se-side"><h4>Другие новости</h4><ul>
{rel}
</ul></div>
</div>
{cblock}
<div class="se-cookies">Сайт использует cookie. Продолжая работу с сайтом, вы соглашаетесь с обработкой персональных данных. <a href="#">ОК</a></div>
<div class="se-footer">© Сахалин-Экспресс, 2012–2026. Сетевое издание. Реестровая запись ЭЛ № ФС 77-81377. 16+<br>
693000, г. Южно-Сахалинск, ул. Ленина, 1xx. Редакция: info@sakhex.example · <a href="/reklama/">Реклама на сайте</a></div>
</body>
</html>
"""


def page_kyowa(a) -> str:
    t = local(a, 9)
    related = pick(content_ja.RELATED["kyowa-tsushin"], a["id"], 4)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": ts(a).isoformat().replace("+00:00", "Z"), "inLanguage": "ja",
          "publisher": {"@type": "Organization", "name": "共和通信"},
          "keywords": a.get("tags", [])}
    rel = "\n".join(f'<li><a href="/news/{t.year}/{i}">{e(h)}</a></li>' for i, h in enumerate(related, 40_118))
    body = list(a["body"])
    body[0] = f"【{a['dateline']}共和】{body[0]}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])}｜共和通信ニュース</title>
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="共和通信ニュース">
<meta property="article:published_time" content="{ts(a).isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/common/css/kyowa.css">
</head>
<body>
<header class="kw-header">
<div class="kw-logo"><a href="/">共和通信<span>ニュース</span></a></div>
<nav class="kw-gnav"><ul><li><a href="/">トップ</a></li><li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li><li><a href="/world/">国際</a></li><li><a href="/national/">社会</a></li><li><a href="/local/">地域</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/culture/">文化・芸能</a></li><li><a href="/photo/">写真</a></li></ul></nav>
<div class="kw-breaking">速報 ｜ <a href="/flash/">最新ニュース一覧</a></div>
</header>
<main class="kw-main">
<div class="kw-pankuzu"><a href="/">トップ</a> ＞ <a href="/{e(a.get('cat', 'politics'))}/">{e(a.get('cat_label', '政治'))}</a></div>
<article>
<h1 class="kw-title">{e(a['title'])}</h1>
<p class="kw-date"><time datetime="{ts(a).isoformat()}">{t.year}年{t.month}月{t.day}日 {t:%H:%M}</time></p>
<div class="kw-sns"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a> <a href="#">ブックマーク</a></div>
{paras(body, 'kw-p')}
<p class="kw-copy">（C）共和通信社 無断転載・複製を禁じます</p>
</article>
<aside class="kw-kanren"><h2>関連記事</h2><ul>
{rel}
</ul></aside>
<aside class="kw-rank"><h2>アクセスランキング</h2><ol><li>日経平均、終値で反落</li><li>東北新幹線が一時運転見合わせ</li><li>大谷、今季初の2打席連発</li></ol></aside>
</main>
<div class="kw-cookie" id="cookieConsent">当サイトでは、利便性向上や広告配信のためにクッキー（Cookie）を使用しています。サイトの閲覧を続けた場合、クッキーの使用に同意したものとみなします。<a href="/policy/cookie/">詳しくはこちら</a><button>同意する</button></div>
<footer class="kw-footer"><ul><li><a href="/about/">共和通信について</a></li><li><a href="/policy/">プライバシーポリシー</a></li><li><a href="/copyright/">著作権について</a></li><li><a href="/contact/">お問い合わせ</a></li><li><a href="/english/">English</a></li></ul>
<p>Copyright (C) Kyowa News Agency. All rights reserved.</p></footer>
</body>
</html>
"""


def page_minyu(a) -> str:
    t = local(a, 9)
    related = pick(content_ja.RELATED["hokkai-minyu"], a["id"], 5)
    rel = "\n".join(f'<li><a href="/article/{i}">{e(h)}</a></li>' for i, h in enumerate(related, 9_904_120))
    # no meta tags besides charset; title only
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])} - 北海民友新聞 電子版</title>
<link rel="stylesheet" href="/css/minyu2021.css">
</head>
<body>
<div id="hd">
 <div class="hd-logo"><a href="/"><img src="/img/logo_minyu.png" alt="北海民友新聞"></a></div>
 <div class="hd-member"><a href="/member/login">ログイン</a>｜<a href="/member/entry">会員登録（無料）</a>｜<a href="/paper/">紙面ビューアー</a></div>
 <ul id="gnav"><li><a href="/">ホーム</a></li><li><a href="/doto/">道東</a></li><li><a href="/nemuro/">根室・中標津</a></li><li><a href="/kushiro/">釧路</a></li><li><a href="/rausu/">羅臼・標津</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/gyogyo/">漁業</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul>
</div>
<div id="cookie">当サイトはCookieを利用しています。<a href="/privacy/">詳細</a>　<a href="#">閉じる</a></div>
<div id="container">
<div id="main">
<p class="cate">{e(a.get('cate', '北方領土'))}</p>
<h1>{e(a['title'])}</h1>
<p class="date">{t.year}/{t.month:02d}/{t.day:02d} {t:%H:%M}　{e(a.get('bureau', '根室支局'))}</p>
{('<p class="photo-cap">【写真】' + e(a['photo']) + '</p>') if a.get('photo') else ''}
<div class="honbun">
{paras(a['body'])}
</div>
<p class="member-note">※紙面では詳報を掲載しています。</p>
<div class="share">この記事をシェアする：<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a></div>
</div>
<div id="side">
<h3>道東のニュース</h3>
<ul>
{rel}
</ul>
<div class="bnr">【広告】根室・花咲がに　ふるさと納税受付中</div>
<h3>天気</h3><p>根室　{WEATHER_JA[t.month]}</p>
</div>
</div>
<div id="ft">
<p><a href="/company/">会社案内</a>｜<a href="/koukoku/">広告のご案内</a>｜<a href="/kounyuu/">購読のお申し込み</a>｜<a href="/privacy/">個人情報の取り扱い</a>｜<a href="/contact/">お問い合わせ</a></p>
<p>北海民友新聞社　〒085-0000 北海道釧路市北大通X丁目　掲載の記事・写真の無断転載を禁じます。</p>
<p>Copyright &copy; The Hokkai Minyu Shimbun. All Rights Reserved.</p>
</div>
</body>
</html>
"""


TEMPLATES = {
    "brackenridge-wire": page_brackenridge,
    "wexcombe-herald": page_wexcombe,
    "otaru-post": page_otaru,
    "pallister-review": page_pallister,
    "rassvet-info": page_rassvet,
    "sakhalin-express": page_sakhalin,
    "kyowa-tsushin": page_kyowa,
    "hokkai-minyu": page_minyu,
}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def check(arts) -> None:
    ids = set()
    for a in arts:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        assert a["feed"] in FEED_BY_ID, a
        assert FEED_BY_ID[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        alerting = a["label"] in ("new_development", "status_change")
        assert bool(a.get("group")) == alerting, a["id"]
        assert bool(a.get("new_facts")) == alerting, a["id"]
        assert a.get("must_mention") and all(isinstance(x, list) and x for x in a["must_mention"]), a["id"]
        for alt in a["must_mention"]:
            for s in alt:
                assert s == s.lower(), (a["id"], s)
        assert a.get("note"), a["id"]
        assert ts(a) > datetime(2024, 2, 8, 23, 59, tzinfo=timezone.utc), a["id"]
        w = words(a)
        if not 150 <= w <= 600:
            print(f"warning: {a['id']} body ~{w} words", file=sys.stderr)


def main() -> None:
    arts = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    arts.sort(key=ts)
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        (out_dir / f"{a['id']}.html").write_text(TEMPLATES[a["feed"]](a), encoding="utf-8")
    entries = []
    for a in arts:
        ent = {}
        for k in LABEL_KEYS:
            if k in ("group", "new_facts") and not a.get(k):
                continue
            ent[k] = a[k]
        entries.append(ent)
    doc = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}

    class Dumper(yaml.SafeDumper):
        pass

    def list_flow(dumper, data):
        flow = all(isinstance(x, str) for x in data) and len(data) <= 8 and not any(len(x) > 60 for x in data)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    def dict_rep(dumper, data):
        flow = set(data) <= {"id", "title", "format", "lang"}
        return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)

    Dumper.add_representer(list, list_flow)
    Dumper.add_representer(dict, dict_rep)
    text = yaml.dump(doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(arts)} articles")


if __name__ == "__main__":
    main()
