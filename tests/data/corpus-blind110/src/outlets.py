# -*- coding: utf-8 -*-
"""The eight invented outlets of blind110 and their page templates.

Every outlet has its own chrome (navigation, cookie banner, share bar, related
stories, footer). Two outlets (greylag-en, belmayak-ru) publish pages without any
metadata: no og: tags, no JSON-LD, no article:published_time.
"""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "cordgrass-en", "title": "Cordgrass Wire - World & Asia", "format": "rss", "lang": "en"},
    {"id": "marrowstone-en", "title": "Marrowstone Pacific Review - security, diplomacy, the sea",
     "format": "atom", "lang": "en"},
    {"id": "greylag-en", "title": "The Greylag Dispatch - eastern Hokkaido & the Okhotsk in English",
     "format": "rss", "lang": "en"},
    {"id": "sedgewick-en", "title": "Sedgewick Daily - Asia politics & business", "format": "atom",
     "lang": "en"},
    {"id": "tihiyreid-ru", "title": "Тихий рейд - флот, рыба и политика Дальнего Востока",
     "format": "atom", "lang": "ru"},
    {"id": "belmayak-ru", "title": "Белый маяк - новости Южных Курил", "format": "rss", "lang": "ru"},
    {"id": "oowashi-ja", "title": "オオワシ新報 電子版（根室・羅臼・標津）", "format": "rss",
     "lang": "ja"},
    {"id": "shirakaba-ja", "title": "白樺政経ジャーナル", "format": "atom", "lang": "ja"},
]

SITES = {
    "cordgrass-en": "https://www.cordgrass-wire.example",
    "marrowstone-en": "https://marrowstone-review.example",
    "greylag-en": "https://greylag-dispatch.example",
    "sedgewick-en": "https://www.sedgewick-daily.example",
    "tihiyreid-ru": "https://tihiy-reid.example",
    "belmayak-ru": "https://belmayak-kurily.example",
    "oowashi-ja": "https://www.oowashi-shinpo.example",
    "shirakaba-ja": "https://shirakaba-journal.example",
}

E = html.escape


def _dt(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def _local(a, hours: int) -> datetime:
    return _dt(a).astimezone(timezone(timedelta(hours=hours)))


def slug(a) -> str:
    if a["lang"] == "en":
        s = re.sub(r"[^a-z0-9]+", "-", a["title"].lower()).strip("-")
        return "-".join(s.split("-")[:9])
    return a["id"].replace("b110-", "n")


def url_of(a) -> str:
    d = _dt(a)
    return f"{SITES[a['feed']]}/{d:%Y/%m/%d}/{slug(a)}"


def body_html(a, p_class: str = "") -> str:
    out = []
    pc = f' class="{p_class}"' if p_class else ""
    for para in a["body"]:
        if para.startswith("## "):
            out.append(f"<h2>{E(para[3:])}</h2>")
        elif para.startswith("> "):
            out.append(f"<blockquote><p>{E(para[2:])}</p></blockquote>")
        else:
            out.append(f"<p{pc}>{E(para)}</p>")
    return "\n        ".join(out)


FILLER = {
    "cordgrass-en": ["Yen slips as traders weigh BOJ timing", "Typhoon season outlook: fewer storms, "
                     "stronger ones", "Asia shares mixed ahead of U.S. jobs data"],
    "marrowstone-en": ["Podcast: the quiet arithmetic of submarine patrols", "Explainer: what is a "
                       "median line?", "The Okhotsk Sea in five charts"],
    "greylag-en": ["Saury boats head out early as waters cool", "Nemuro's new ferry terminal "
                   "cafe opens", "Red-crowned cranes return to Furen"],
    "sedgewick-en": ["BOJ board split over next hike", "Inside the LDP's leadership arithmetic",
                     "Chipmakers bet on Hokkaido"],
    "tihiyreid-ru": ["Во Владивостоке открылась выставка судового оборудования",
                     "Минтаевая путина в Охотском море: первые итоги",
                     "Порт Корсаков нарастил перевалку"],
    "belmayak-ru": ["В Южно-Курильске отремонтируют дорогу на Головнино",
                    "Паромное сообщение с Шикотаном: новое расписание",
                    "На Кунашире прошёл турнир по мини-футболу"],
    "oowashi-ja": ["サンマ棒受け網漁、初水揚げ", "根室・花咲港にカニの季節", "羅臼でシャチの群れ確認"],
    "shirakaba-ja": ["日銀、追加利上げを検討", "自民党総裁選の行方", "春闘、賃上げ率は"],
}


def related_items(a, related) -> str:
    rows = [(url_of(r), r["title"]) for r in related]
    for i, t in enumerate(FILLER[a["feed"]]):
        if len(rows) >= 3:
            break
        rows.append((f"{SITES[a['feed']]}/topics/{i + 1}", t))
    return "\n".join(f'          <li><a href="{u}">{E(t)}</a></li>' for u, t in rows)


def jsonld(a, publisher: str, section: str | None = None) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": a["published"], "dateModified": a["published"],
        "inLanguage": a["lang"], "mainEntityOfPage": url_of(a),
        "author": {"@type": "Organization" if "staff" in a["byline"] or "部" in a["byline"]
                   or "支局" in a["byline"] else "Person", "name": a["byline"]},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if section:
        data["articleSection"] = section
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


# --------------------------------------------------------------------------- templates


def cordgrass(a, related) -> str:
    d = _dt(a)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} | Cordgrass Wire</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{E(a["summary"])}">
  <link rel="canonical" href="{url_of(a)}">
  <meta property="og:site_name" content="Cordgrass Wire">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{E(a["title"])}">
  <meta property="og:description" content="{E(a["summary"])}">
  <meta property="og:url" content="{url_of(a)}">
  <meta property="article:published_time" content="{a["published"]}">
  <meta property="article:section" content="{E(a["section"])}">
  <meta name="twitter:card" content="summary_large_image">
  {jsonld(a, "Cordgrass Wire", a["section"])}
  <link rel="stylesheet" href="/static/cg-2025.css">
</head>
<body class="cg article-page">
  <div id="consent" class="cg-consent" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to measure traffic and to personalise ads. You can change your choice at any
    time in Privacy settings.</p>
    <button class="cg-accept">Accept all</button> <button class="cg-reject">Reject non-essential</button>
  </div>
  <header class="cg-top">
    <a class="cg-logo" href="/">CORDGRASS<span>WIRE</span></a>
    <nav class="cg-nav" aria-label="Sections">
      <a href="/world">World</a> <a href="/asia">Asia</a> <a href="/markets">Markets</a>
      <a href="/energy">Energy</a> <a href="/politics">Politics</a> <a href="/video">Video</a>
    </nav>
    <form class="cg-search" action="/search"><input name="q" placeholder="Search Cordgrass"></form>
    <a class="cg-sub" href="/subscribe">Subscribe</a>
  </header>
  <main class="cg-main">
    <article class="cg-story">
      <p class="cg-kicker"><a href="/{a["section"].lower()}">{E(a["section"])}</a></p>
      <h1 class="cg-headline">{E(a["title"])}</h1>
      <p class="cg-standfirst">{E(a["summary"])}</p>
      <div class="cg-meta">
        <span class="cg-byline">By {E(a["byline"])}</span>
        <time datetime="{a["published"]}">{d:%B} {d.day}, {d:%Y} {d:%H:%M} UTC</time>
      </div>
      <div class="cg-share">
        <a href="#" class="share-x">Share on X</a> <a href="#" class="share-fb">Facebook</a>
        <a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a>
        <button class="share-copy">Copy link</button>
      </div>
      <div class="cg-body">
        {body_html(a)}
      </div>
      <p class="cg-trust">Our Standards: The Cordgrass Trust Principles.</p>
      <p class="cg-report">Reporting by Cordgrass staff; editing by the Asia desk.</p>
    </article>
    <aside class="cg-related">
      <h3>Read next</h3>
      <ul>
{related_items(a, related)}
      </ul>
    </aside>
    <aside class="cg-ad"><div class="ad-slot" data-slot="mpu-1">Advertisement</div></aside>
  </main>
  <footer class="cg-foot">
    <nav><a href="/about">About Cordgrass</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
    <a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a> <a href="/feeds">RSS feeds</a></nav>
    <p>&copy; 2027 Cordgrass Wire. All quotes delayed a minimum of 15 minutes.</p>
  </footer>
</body>
</html>
"""


def marrowstone(a, related) -> str:
    d = _dt(a)
    words = sum(len(p.split()) for p in a["body"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - Marrowstone Pacific Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Marrowstone Pacific Review">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["summary"])}">
<meta property="og:url" content="{url_of(a)}">
<meta property="article:published_time" content="{a["published"]}">
<meta property="article:author" content="{E(a["byline"])}">
<link rel="alternate" type="application/atom+xml" href="/feed.atom" title="Marrowstone">
<style>body{{font-family:Georgia,serif}} .mr-gdpr{{position:fixed;bottom:0}}</style>
</head>
<body>
<div class="mr-gdpr" id="gdpr">
  <strong>Your privacy.</strong> Marrowstone uses strictly necessary cookies and, with your consent,
  analytics. <a href="/cookies">Cookie policy</a>.
  <button data-act="ok">OK</button> <button data-act="manage">Manage</button>
</div>
<div class="mr-wrap">
  <header class="mr-mast">
    <div class="mr-title"><a href="/">Marrowstone</a><small>Pacific Review</small></div>
    <ul class="mr-menu">
      <li><a href="/security">Security</a></li><li><a href="/diplomacy">Diplomacy</a></li>
      <li><a href="/maritime">Maritime</a></li><li><a href="/explainers">Explainers</a></li>
      <li><a href="/podcast">Podcast</a></li><li><a href="/newsletter">Newsletter</a></li>
    </ul>
  </header>
  <article class="mr-article">
    <div class="mr-section">{E(a["section"])}</div>
    <h1>{E(a["title"])}</h1>
    <p class="mr-dek">{E(a["summary"])}</p>
    <p class="mr-byline">{E(a["byline"])} &middot; {d.day} {d:%B %Y} &middot; {max(1, words // 220)} min read</p>
    <div class="mr-text">
        {body_html(a)}
    </div>
    <div class="mr-share">Share: <a href="#">X</a> / <a href="#">Bluesky</a> / <a href="#">Email</a></div>
    <section class="mr-signup">
      <h3>The Marrowstone Brief</h3>
      <p>Security and diplomacy in the North Pacific, every Thursday. Free.</p>
      <form action="/subscribe"><input type="email" placeholder="you@example.com"><button>Sign up</button></form>
    </section>
  </article>
  <section class="mr-more">
    <h3>More from Marrowstone</h3>
    <ol>
{related_items(a, related)}
    </ol>
  </section>
  <footer class="mr-footer">
    <p>Marrowstone Pacific Review is an independent, reader-funded publication.</p>
    <p><a href="/about">About</a> | <a href="/ethics">Editorial standards</a> | <a href="/donate">Support us</a> |
    <a href="/feed.atom">Atom feed</a></p>
    <p>&copy; Marrowstone Media Ltd 2024-2027</p>
  </footer>
</div>
</body>
</html>
"""


_COMMENTS_EN = [
    ("kushiro_kaz", "Thank you for covering this in English. My family is from Nemuro."),
    ("northern_lights77", "Nobody down south pays attention to what happens out here."),
    ("harborwatcher", "Good piece. Would be great to see a follow-up."),
]


def greylag(a, related) -> str:
    n = int(a["id"][-2:]) % 3 + 1
    comments = "\n".join(
        f'      <li class="gd-comment"><b>{E(u)}</b><p>{E(t)}</p></li>' for u, t in _COMMENTS_EN[:n])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} :: The Greylag Dispatch</title>
<link rel="stylesheet" href="/wp-content/themes/greylag/style.css">
</head>
<body class="single-post">
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree to their use.
  <a href="/privacy">Learn more</a> <a href="#" class="cookie-close">Got it</a></div>
<div id="page">
  <header id="masthead">
    <p class="site-title"><a href="/">The Greylag Dispatch</a></p>
    <p class="site-description">Eastern Hokkaido &amp; the Okhotsk, in English</p>
    <nav id="site-navigation">
      <ul><li><a href="/">Home</a></li><li><a href="/category/local">Local</a></li>
      <li><a href="/category/fisheries">Fisheries</a></li><li><a href="/category/islands">Islands</a></li>
      <li><a href="/category/nature">Nature</a></li><li><a href="/about">About us</a></li>
      <li><a href="/donate">Support</a></li></ul>
    </nav>
  </header>
  <div id="content">
    <article class="post">
      <span class="cat-links">{E(a["section"])}</span>
      <h1 class="entry-title">{E(a["title"])}</h1>
      <div class="entry-meta">by {E(a["byline"])}</div>
      <div class="entry-content">
        <p class="lead"><em>{E(a["summary"])}</em></p>
        {body_html(a)}
      </div>
      <div class="sharedaddy">Share this: <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Print</a></div>
    </article>
    <section class="related-posts">
      <h3>Related</h3>
      <ul>
{related_items(a, related)}
      </ul>
    </section>
    <section id="comments">
      <h3>{n} thoughts on this story</h3>
      <ol class="comment-list">
{comments}
      </ol>
      <p class="comment-respond">Comments are moderated. Be kind.</p>
    </section>
  </div>
  <aside id="secondary">
    <h3>Tide tables</h3><p>Nemuro Hanasaki - see today's tides</p>
    <h3>Weather</h3><p>Nemuro: fog, clearing later</p>
  </aside>
  <footer id="colophon">The Greylag Dispatch is written in Nemuro and Kushiro. Proudly powered by coffee.</footer>
</div>
</body>
</html>
"""


def sedgewick(a, related) -> str:
    d = _local(a, 9)
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{E(a["title"])}">
  <meta property="og:site_name" content="Sedgewick Daily">
  <meta name="description" content="{E(a["summary"])}">
  {jsonld(a, "Sedgewick Daily", a["section"])}
</head>
<body>
  <div class="sd-paywall-note">You have 3 free articles left this month. <a href="/join">Subscribe</a></div>
  <div class="sd-cookies" id="sd-cookies">
    We and our partners use cookies to run this site, to analyse traffic and to show ads.
    <button id="sd-agree">I agree</button> <a href="/cookie-settings">Settings</a>
  </div>
  <header class="sd-header">
    <div class="sd-brand"><a href="/">Sedgewick<span>Daily</span></a></div>
    <nav><a href="/politics">Politics</a> | <a href="/business">Business</a> | <a href="/tech">Tech</a> |
    <a href="/markets">Markets</a> | <a href="/opinion">Opinion</a> | <a href="/podcasts">Podcasts</a></nav>
  </header>
  <div class="sd-layout">
    <article class="sd-article">
      <div class="sd-tag">{E(a["section"])}</div>
      <h1>{E(a["title"])}</h1>
      <h2 class="sd-sub">{E(a["summary"])}</h2>
      <div class="sd-dateline">{E(a["byline"])} &nbsp;|&nbsp; {d:%b} {d.day}, {d:%Y} &middot; {d:%I:%M %p} JST</div>
      <ul class="sd-share"><li><a href="#">Share</a></li><li><a href="#">Save</a></li><li><a href="#">Gift this article</a></li></ul>
      <div class="sd-body">
        {body_html(a)}
      </div>
      <p class="sd-corrections">Spotted an error? <a href="/corrections">Tell us</a>.</p>
    </article>
    <aside class="sd-rail">
      <h4>Most read</h4>
      <ol>
{related_items(a, related)}
      </ol>
      <div class="sd-ad">ADVERTISEMENT</div>
    </aside>
  </div>
  <footer class="sd-footer">
    <p>Sedgewick Daily &middot; Tokyo &middot; Singapore &middot; London</p>
    <p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a>
    <a href="/atom.xml">Feed</a></p>
    <p>&copy; 2027 Sedgewick Media KK</p>
  </footer>
</body>
</html>
"""


_RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]


def tihiyreid(a, related) -> str:
    d = _local(a, 10)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} — Тихий рейд</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Тихий рейд">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["summary"])}">
<meta property="og:url" content="{url_of(a)}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{_local(a, 10).isoformat()}">
<meta property="article:section" content="{E(a["section"])}">
<link rel="stylesheet" href="/css/reid.min.css">
</head>
<body>
<div class="rd-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться
  сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="rd-head">
  <a class="rd-logo" href="/">ТИХИЙ РЕЙД</a>
  <span class="rd-slogan">Флот, рыба и политика Дальнего Востока</span>
  <nav class="rd-nav">
    <a href="/flot">Флот</a> <a href="/army">Армия и флот</a> <a href="/ryba">Рыба</a>
    <a href="/porty">Порты</a> <a href="/politika">Политика</a> <a href="/region">Регион</a>
    <a href="/photo">Фото</a>
  </nav>
  <div class="rd-weather">Владивосток +{(d.month % 6) + 8}°</div>
</header>
<main class="rd-main">
  <article class="rd-article">
    <div class="rd-rubric">{E(a["section"])}</div>
    <h1>{E(a["title"])}</h1>
    <div class="rd-date">{d.day} {_RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}</div>
    <p class="rd-lead"><strong>{E(a["summary"])}</strong></p>
    <div class="rd-text">
        {body_html(a)}
    </div>
    <p class="rd-author">Автор: {E(a["byline"])}</p>
    <div class="rd-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a>
      <a href="#">Telegram</a></div>
    <p class="rd-subscribe">Подписывайтесь на наш канал в Telegram: свежие новости флота и рыбалки.</p>
  </article>
  <aside class="rd-also">
    <h3>Читайте также</h3>
    <ul>
{related_items(a, related)}
    </ul>
  </aside>
</main>
<footer class="rd-foot">
  <p>Сетевое издание «Тихий рейд». Свидетельство о регистрации СМИ Эл № ФС77-00000.</p>
  <p>При использовании материалов ссылка на «Тихий рейд» обязательна. 16+</p>
  <p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/feed/atom">Atom</a></p>
  <p>© 2019–2027 «Тихий рейд»</p>
</footer>
</body>
</html>
"""


_COMMENTS_RU = [
    ("Сергей К.", "Наконец-то хоть кто-то об этом пишет."),
    ("островитянка", "У нас в посёлке все только об этом и говорят."),
    ("Андрей_ЮК", "Интересно, что будет дальше. Следите за темой."),
    ("Гость", "Спасибо редакции за оперативность."),
]


def belmayak(a, related) -> str:
    d = _local(a, 11)
    n = int(a["id"][-2:]) % 4 + 1
    comments = "\n".join(
        f'    <div class="bm-comment"><span class="bm-user">{E(u)}</span><p>{E(t)}</p></div>'
        for u, t in _COMMENTS_RU[:n])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | Белый маяк</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/templates/mayak/css/main.css">
</head>
<body>
<div id="cookie-bar">Сайт использует cookie и сервис веб-аналитики. <a href="#" id="cookie-ok">Хорошо</a></div>
<table class="bm-top" width="100%"><tr>
  <td class="bm-logo"><a href="/">БЕЛЫЙ МАЯК</a><br><small>новости Южных Курил: Кунашир, Шикотан, Малая гряда</small></td>
  <td class="bm-info">Курс ЦБ, погода: Южно-Курильск, ветер С-З 8 м/с<br>Телефон редакции: +7 (42455) 0-00-00</td>
</tr></table>
<div class="bm-menu">
  <a href="/">Главная</a> | <a href="/news">Новости</a> | <a href="/vlast">Власть</a> |
  <a href="/obshchestvo">Общество</a> | <a href="/incidents">Происшествия</a> | <a href="/ekonomika">Экономика</a> |
  <a href="/transport">Транспорт и связь</a> | <a href="/board">Объявления</a>
</div>
<div class="bm-content">
  <div class="bm-crumbs"><a href="/">Главная</a> › <a href="/news">{E(a["section"])}</a></div>
  <h1 class="bm-title">{E(a["title"])}</h1>
  <div class="bm-date">{d:%d.%m.%Y} {d:%H:%M} · {E(a["byline"])} · Просмотров: {120 + (int(a["id"][-2:]) * 37) % 900}</div>
  <div class="bm-anons">{E(a["summary"])}</div>
  <div class="bm-text">
        {body_html(a)}
  </div>
  <div class="bm-share">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
  <div class="bm-related">
    <b>Другие новости по теме:</b>
    <ul>
{related_items(a, related)}
    </ul>
  </div>
  <div class="bm-comments">
    <h3>Комментарии ({n})</h3>
{comments}
    <p class="bm-rules">Комментарии публикуются после проверки модератором.</p>
  </div>
</div>
<div class="bm-footer">
  © «Белый маяк», 2012–2027. Южно-Курильск. Любое использование материалов допускается только с
  гиперссылкой на сайт. 12+ &nbsp; <a href="/rss">RSS</a>
</div>
</body>
</html>
"""


def oowashi(a, related) -> str:
    d = _local(a, 9)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])}｜オオワシ新報 電子版</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="オオワシ新報 電子版">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["summary"])}">
<meta property="og:url" content="{url_of(a)}">
<meta property="article:published_time" content="{_local(a, 9).isoformat()}">
{jsonld(a, "オオワシ新報", a["section"])}
<link rel="stylesheet" href="/assets/css/oowashi.css">
</head>
<body>
<div class="ow-cookie">当サイトでは、利便性の向上と広告配信のためにクッキー（Cookie）を使用しています。
  <a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header class="ow-header">
  <div class="ow-logo"><a href="/">オオワシ新報</a><span>根室・羅臼・標津のニュース</span></div>
  <div class="ow-login"><a href="/login">ログイン</a> <a href="/member">会員登録</a></div>
  <nav class="ow-gnav">
    <a href="/">トップ</a> <a href="/news">ニュース</a> <a href="/nemuro">根室</a> <a href="/rausu">羅臼</a>
    <a href="/shibetsu">標津・中標津</a> <a href="/suisan">水産</a> <a href="/hoppo">北方領土</a>
    <a href="/sports">スポーツ</a> <a href="/okuyami">おくやみ</a>
  </nav>
</header>
<main class="ow-main">
  <div class="ow-pankuzu"><a href="/">トップ</a> ＞ <a href="/news">{E(a["section"])}</a></div>
  <article class="ow-article">
    <h1>{E(a["title"])}</h1>
    <div class="ow-date"><time datetime="{_local(a, 9).isoformat()}">{d.year}年{d.month}月{d.day}日 {d:%H:%M}</time>　{E(a["byline"])}</div>
    <div class="ow-sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">Facebook</a></div>
    <div class="ow-honbun">
        {body_html(a)}
    </div>
    <p class="ow-notice">記事の無断転載を禁じます。</p>
  </article>
  <section class="ow-kanren">
    <h2>関連記事</h2>
    <ul>
{related_items(a, related)}
    </ul>
  </section>
  <aside class="ow-ranking"><h2>アクセスランキング</h2><p>集計中</p></aside>
</main>
<footer class="ow-footer">
  <ul><li><a href="/company">会社概要</a></li><li><a href="/kiyaku">利用規約</a></li>
  <li><a href="/privacy">個人情報保護方針</a></li><li><a href="/koukoku">広告掲載</a></li>
  <li><a href="/rss">RSS</a></li></ul>
  <p>Copyright © オオワシ新報社 All rights reserved.</p>
</footer>
</body>
</html>
"""


def shirakaba(a, related) -> str:
    d = _local(a, 9)
    return f"""<!doctype html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} - 白樺政経ジャーナル</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <meta property="og:site_name" content="白樺政経ジャーナル">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{E(a["title"])}">
  <meta property="og:description" content="{E(a["summary"])}">
  <meta property="og:url" content="{url_of(a)}">
  <meta property="article:published_time" content="{a["published"]}">
  <meta property="article:section" content="{E(a["section"])}">
  <link rel="alternate" type="application/atom+xml" href="/atom.xml">
</head>
<body class="sk">
  <div class="sk-consent">白樺政経ジャーナルはサービス向上のためCookieを利用します。
    <a href="/cookie">Cookieポリシー</a> <button>OK</button></div>
  <header class="sk-head">
    <p class="sk-brand"><a href="/">白樺政経ジャーナル</a></p>
    <nav class="sk-nav"><a href="/politics">政治</a> <a href="/diplomacy">外交・安保</a> <a href="/economy">経済</a>
      <a href="/society">社会</a> <a href="/world">国際</a> <a href="/opinion">オピニオン</a></nav>
    <a class="sk-premium" href="/premium">有料会員になる</a>
  </header>
  <div class="sk-container">
    <article class="sk-article">
      <p class="sk-genre">{E(a["section"])}</p>
      <h1 class="sk-title">{E(a["title"])}</h1>
      <p class="sk-time">{d:%Y/%m/%d %H:%M}　{E(a["byline"])}</p>
      <p class="sk-lead">{E(a["summary"])}</p>
      <div class="sk-body">
        {body_html(a)}
      </div>
      <div class="sk-share">この記事をシェア：<a href="#">X</a>｜<a href="#">Facebook</a>｜<a href="#">はてブ</a></div>
      <div class="sk-paywall">この記事は会員限定です。続きは有料会員登録でお読みいただけます。（本記事は全文公開中）</div>
    </article>
    <aside class="sk-side">
      <h2>あわせて読みたい</h2>
      <ul>
{related_items(a, related)}
      </ul>
      <h2>よく読まれている記事</h2>
      <ol><li>金利上昇、住宅ローンへの影響は</li><li>春闘、中小の賃上げ率</li><li>国会会期末へ与野党攻防</li></ol>
    </aside>
  </div>
  <footer class="sk-foot">
    <p><a href="/about">白樺政経ジャーナルについて</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">プライバシー</a>｜<a href="/atom.xml">フィード</a></p>
    <p>© Shirakaba Seikei Journal</p>
  </footer>
</body>
</html>
"""


TEMPLATES = {
    "cordgrass-en": cordgrass,
    "marrowstone-en": marrowstone,
    "greylag-en": greylag,
    "sedgewick-en": sedgewick,
    "tihiyreid-ru": tihiyreid,
    "belmayak-ru": belmayak,
    "oowashi-ja": oowashi,
    "shirakaba-ja": shirakaba,
}

NO_METADATA = {"greylag-en", "belmayak-ru"}


def render(article: dict, related: list[dict]) -> str:
    return TEMPLATES[article["feed"]](article, related)
