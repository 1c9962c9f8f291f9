"""Outlets of the b74 blind corpus and their page templates.

Every outlet renders a full HTML5 page around the article body with its own chrome:
navigation, cookie banner, share buttons, related links, footer; some carry Open Graph
and JSON-LD metadata, some carry none.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "wharfside-wire", "title": "Wharfside Wire - World & Official Statements", "format": "rss", "lang": "en"},
    {"id": "coldspring-en", "title": "The Coldspring Chronicle - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "rakko-courier", "title": "The Rakko Courier - eastern Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "nakat-ru", "title": "ИА «Накат» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "chaika-ru", "title": "Чайка-Медиа — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "oficialno-ru", "title": "Официально — заявления, брифинги, стенограммы", "format": "rss", "lang": "ru"},
    {"id": "kitakiri-tv", "title": "北霧テレビ NEWS", "format": "rss", "lang": "ja"},
    {"id": "kokumin-nippo", "title": "国民日報デジタル", "format": "atom", "lang": "ja"},
    {"id": "seifu-koho", "title": "政府広報ダイジェスト — 発表・会見・答弁", "format": "atom", "lang": "ja"},
]

DESCRIPTIONS = {
    "wharfside-wire": "International wire service (EN); also carries full texts of official statements and press conferences",
    "coldspring-en": "National English-language daily, Asia & Pacific desk",
    "rakko-courier": "Regional English-language paper for Nemuro, Kushiro and Shiretoko",
    "nakat-ru": "Russian news agency wire",
    "chaika-ru": "Sakhalin regional online paper",
    "oficialno-ru": "Russian site of official texts: MFA statements, briefing and press-pool transcripts",
    "kitakiri-tv": "Eastern Hokkaido broadcaster's news site",
    "kokumin-nippo": "Japanese national daily, digital edition",
    "seifu-koho": "Japanese portal mirroring ministry releases, Diet minutes and speeches",
}

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
             "Oct.", "Nov.", "Dec."]
EN_MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def body_html(body: str) -> str:
    """Blank-line separated paragraphs; '## ' subheads; '> ' quotes; 'Q: '/'A: ' lines."""
    out = []
    for block in [b.strip() for b in body.strip().split("\n\n") if b.strip()]:
        text = " ".join(line.strip() for line in block.splitlines())
        if text.startswith("## "):
            out.append(f"<h2>{esc(text[3:])}</h2>")
        elif text.startswith("> "):
            out.append(f"<blockquote><p>{esc(text[2:])}</p></blockquote>")
        elif text.startswith("**") and "**" in text[2:]:
            end = text.index("**", 2)
            out.append(f"<p><strong>{esc(text[2:end])}</strong>{esc(text[end + 2:])}</p>")
        else:
            out.append(f"<p>{esc(text)}</p>")
    return "\n".join(out)


def plain_words(body: str) -> int:
    return len(body.split())


def slugify(title: str, aid: str) -> str:
    keep = "".join(c.lower() if c.isascii() and c.isalnum() else "-" for c in title)
    keep = "-".join(p for p in keep.split("-") if p)[:60].strip("-")
    return keep or aid.replace("b74-", "n")


# ------------------------------------------------------------------ helpers per outlet

def _related(items, prefix, cls="related"):
    import zlib
    lis = "\n".join(f'      <li><a href="{prefix}{zlib.crc32(t.encode()) % 900000 + 100000}">{esc(t)}</a></li>'
                    for i, t in items)
    return lis


def render(a: dict, related_titles: list[str]) -> str:
    fn = {
        "wharfside-wire": wharfside, "coldspring-en": coldspring, "rakko-courier": rakko,
        "nakat-ru": nakat, "chaika-ru": chaika, "oficialno-ru": oficialno,
        "kitakiri-tv": kitakiri, "kokumin-nippo": kokumin, "seifu-koho": seifu,
    }[a["feed"]]
    return fn(a, related_titles)


def _rel(related_titles, generic):
    """Up to three earlier headlines of the same outlet, padded with generic ones."""
    items = list(related_titles[-3:])[::-1]
    for g in generic:
        if len(items) >= 4:
            break
        items.append(g)
    return list(enumerate(items, 1))


# ------------------------------------------------------------------ wharfside wire (EN)

def wharfside(a, related_titles):
    t = a["published"]
    section = a.get("section", "World")
    rel = _rel(related_titles, ["Oil steadies as traders weigh OPEC+ output plan",
                                "Asian shares mixed ahead of U.S. jobs data",
                                "Typhoon season outlook: forecasters expect busier autumn"])
    stamp = t.strftime("%B %-d, %Y %-I:%M %p UTC").replace("AM", "a.m.").replace("PM", "p.m.")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Wharfside Wire</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Wharfside Wire">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
<meta property="article:section" content="{esc(section)}">
<link rel="stylesheet" href="/static/ww-2.14.css">
</head>
<body class="ww-article">
<div id="ww-consent" class="consent-bar" role="dialog" aria-live="polite">
  <p>We and our partners use cookies to personalise content and measure audiences. You can change your choices at any time in <a href="/privacy#cookies">Privacy settings</a>.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button>
</div>
<header class="ww-top">
  <a class="ww-logo" href="/">WHARFSIDE <span>WIRE</span></a>
  <nav class="ww-nav" aria-label="Sections">
    <a href="/world">World</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a>
    <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/official">Official statements</a>
    <a href="/fact-check">Fact Check</a>
  </nav>
  <form class="ww-search" action="/search"><input type="search" name="q" placeholder="Search Wharfside"></form>
  <a class="ww-sub" href="/account/register">Register for free</a>
</header>
<main>
<article class="ww-story">
  <p class="ww-kicker"><a href="/{section.lower().replace(' ', '-')}">{esc(section)}</a></p>
  <h1>{esc(a['title'])}</h1>
  <p class="ww-dek">{esc(a['summary'])}</p>
  <div class="ww-meta"><span class="ww-time">{stamp}</span> <span class="ww-upd">Updated {max(1, (t.minute % 5) + 1)} hours ago</span></div>
  <div class="ww-share"><a href="#" class="share-x">Share on X</a> <a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a> <a href="#" class="share-link">Copy link</a></div>
  <div class="ww-body">
{body_html(a['body'])}
  </div>
  <p class="ww-trust">Our Standards: <a href="/principles">The Wharfside Trust Principles.</a></p>
</article>
<aside class="ww-related">
  <h3>Related coverage</h3>
  <ul>
{_related(rel, '/world/')}
  </ul>
</aside>
</main>
<footer class="ww-foot">
  <nav><a href="/about">About Wharfside</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {t.year} Wharfside Wire Ltd. All rights reserved.</p>
</footer>
<script src="/static/ww-2.14.js" defer></script>
</body>
</html>
"""


# ------------------------------------------------------------------ Coldspring Chronicle (EN)

def coldspring(a, related_titles):
    t = a["published"]
    local = t.astimezone(JST)
    rel = _rel(related_titles, ["Yen slips past 150 as BOJ signals caution",
                                "Tokyo office vacancies fall to five-year low",
                                "Opinion: Asia's quiet water crisis"])
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["summary"], "datePublished": t.isoformat().replace("+00:00", "Z"),
        "dateModified": t.isoformat().replace("+00:00", "Z"),
        "author": {"@type": "Person", "name": a.get("byline", "Chronicle staff")},
        "publisher": {"@type": "Organization", "name": "The Coldspring Chronicle"},
        "articleSection": a.get("section", "Asia & Pacific"), "inLanguage": "en",
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — The Coldspring Chronicle</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/chronicle.min.css">
</head>
<body>
<div class="cookie-wall" id="cookieWall">
  <h4>Your privacy</h4>
  <p>The Coldspring Chronicle uses cookies and similar technologies to deliver our journalism, analyse traffic and show you relevant advertising. <a href="/cookies">Read our cookie policy</a>.</p>
  <button>I agree</button> <button>Manage preferences</button>
</div>
<div class="topbar"><span>{local.strftime('%A')}, {local.day} {EN_MONTHS_FULL[local.month - 1]} {local.year}</span> · <a href="/subscribe">Subscribe from £1 a week</a> · <a href="/login">Sign in</a></div>
<header class="masthead">
  <a href="/" class="brand">The Coldspring Chronicle</a>
  <nav>
    <ul><li><a href="/news">News</a></li><li><a href="/asia-pacific">Asia &amp; Pacific</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul>
  </nav>
</header>
<main class="grid">
  <article>
    <div class="section-label">{esc(a.get('section', 'Asia & Pacific'))}</div>
    <h1 class="headline">{esc(a['title'])}</h1>
    <h2 class="standfirst">{esc(a['summary'])}</h2>
    <div class="byline">By <a href="/profile/{slugify(a.get('byline', 'staff'), 'x')}">{esc(a.get('byline', 'Chronicle staff'))}</a> · <time datetime="{t.isoformat()}">{local.day} {EN_MONTHS_FULL[local.month - 1]} {local.year}, {local.strftime('%H:%M')} JST</time></div>
    <ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Save</a></li></ul>
    <div class="article-body">
{body_html(a['body'])}
    </div>
    <p class="paywall-note">You've read 2 of 5 free articles this month. <a href="/subscribe">Subscribe</a> for unlimited access.</p>
    <section class="comments"><h3>Comments ({(t.day * 7) % 40})</h3><p>Comments are closed on this article.</p></section>
  </article>
  <aside class="sidebar">
    <h3>Most read</h3>
    <ol>
{_related(rel, '/asia-pacific/')}
    </ol>
    <div class="ad-slot" data-slot="mpu-1">Advertisement</div>
  </aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/corrections">Corrections</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>© The Coldspring Chronicle {t.year}. Registered in England No. 04471923.</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Rakko Courier (EN, no metadata)

def rakko(a, related_titles):
    t = a["published"].astimezone(JST)
    hour = t.strftime("%-I:%M %p").replace("AM", "a.m.").replace("PM", "p.m.")
    rel = _rel(related_titles, ["Sanma boats return early as catches stay thin",
                                "Nemuro city hall to extend counter hours in March",
                                "Drift ice reaches Shiretoko two weeks late"])
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Rakko Courier</title>
<link rel="stylesheet" href="/theme/courier.css">
</head>
<body>
<div class="notice" id="cookie-notice">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <a href="#" class="close">OK</a></div>
<div id="header">
  <div class="logo"><a href="/"><img src="/theme/rakko-logo.png" alt="The Rakko Courier"></a></div>
  <div class="tagline">Nemuro · Kushiro · Shiretoko — eastern Hokkaido in English since 2009</div>
  <ul id="menu">
    <li><a href="/nemuro">Nemuro</a></li><li><a href="/kushiro">Kushiro</a></li><li><a href="/shiretoko">Shiretoko</a></li>
    <li><a href="/fisheries">Fisheries</a></li><li><a href="/islands">The Islands</a></li><li><a href="/community">Community</a></li>
    <li><a href="/weather">Weather &amp; Sea Ice</a></li><li><a href="/letters">Letters</a></li>
  </ul>
</div>
<div id="content">
  <div class="post">
    <h1 class="title">{esc(a['title'])}</h1>
    <div class="postmeta">Published: {EN_MONTHS[t.month - 1]} {t.day}, {t.year}, {hour} JST · {esc(a.get('byline', 'Courier staff'))} · Filed under <a href="/{a.get('section', 'islands').lower()}">{esc(a.get('section', 'Islands'))}</a></div>
    <div class="entry">
{body_html(a['body'])}
    </div>
    <div class="sharebar">Share: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">LINE</a> | <a href="#">Print</a></div>
  </div>
  <div class="morefrom">
    <h4>More from the Courier</h4>
    <ul>
{_related(rel, '/stories/')}
    </ul>
  </div>
</div>
<div id="sidebar">
  <h4>Tide times, Nemuro port</h4><p>High 05:12 · Low 11:40 · High 17:58</p>
  <h4>Newsletter</h4><form action="/subscribe"><input type="email" placeholder="Your email"><button>Sign up</button></form>
</div>
<div id="footer">The Rakko Courier · 2-14 Midori-cho, Nemuro · letters@rakkocourier.example · © {t.year} · <a href="/privacy">Privacy</a></div>
</body>
</html>
"""


# ------------------------------------------------------------------ ИА «Накат» (RU wire)

def nakat(a, related_titles):
    t = a["published"]
    m = t.astimezone(MSK)
    rel = _rel(related_titles, ["ЦБ сохранил ключевую ставку", "В Приморье ввели режим ЧС из-за паводка",
                                "Курс юаня на Мосбирже снизился"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": t.isoformat().replace("+00:00", "Z"), "inLanguage": "ru",
          "publisher": {"@type": "Organization", "name": "ИА «Накат»"}}
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} — ИА «Накат»</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:site_name" content="ИА «Накат»">
<meta property="article:published_time" content="{m.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/css/nakat.css?v=93">
</head>
<body>
<div class="cookies-line">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="n-head">
  <a href="/" class="n-logo">НАКАТ</a><span class="n-age">18+</span>
  <nav><a href="/politika">Политика</a> <a href="/mir">В мире</a> <a href="/ekonomika">Экономика</a> <a href="/oborona">Армия</a> <a href="/regiony">Регионы</a> <a href="/dfo">Дальний Восток</a> <a href="/proisshestviya">Происшествия</a> <a href="/lenta">Лента</a></nav>
</header>
<div class="n-wrap">
<article class="n-article">
  <div class="n-date">{m.day} {RU_MONTHS[m.month - 1]} {m.year}, {m.strftime('%H:%M')} мск</div>
  <h1>{esc(a['title'])}</h1>
  <div class="n-lead">{esc(a['summary'])}</div>
  <div class="n-text">
{body_html(a['body'])}
  </div>
  <div class="n-tags">Теги: {esc(', '.join(a.get('tags', ['Дальний Восток'])))}</div>
  <div class="n-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
  <div class="n-subscribe">Подписывайтесь на «Накат» в Telegram</div>
</article>
<aside class="n-feed">
  <h3>Лента новостей</h3>
  <ul>
{_related(rel, '/lenta/')}
  </ul>
</aside>
</div>
<footer class="n-foot">
  <p>© 2014–{t.year} Информационное агентство «Накат». Регистрационный номер ИА № ФС 77-81236.</p>
  <p>При полном или частичном использовании материалов ссылка на ИА «Накат» обязательна. <a href="/reklama">Реклама</a> · <a href="/kontakty">Контакты</a> · <a href="/privacy">Политика конфиденциальности</a></p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Чайка-Медиа (RU regional)

def chaika(a, related_titles):
    t = a["published"]
    s = t.astimezone(SAKH)
    rel = _rel(related_titles, ["Паромная переправа Ванино — Холмск: расписание на неделю",
                                "В Южно-Сахалинске ограничат движение по Коммунистическому проспекту",
                                "Сахалинские школьники заняли призовые места на олимпиаде по физике"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Чайка-Медиа</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{s.isoformat()}">
<link href="/static/chaika.css" rel="stylesheet">
</head>
<body>
<div class="ch-top">
  <span class="ch-weather">Южно-Сахалинск {(-7 + (s.month * 3) % 25)}°</span>
  <span class="ch-cur">USD 88,4 · CNY 12,1</span>
  <a href="/tip">Сообщить новость</a>
</div>
<header class="ch-header">
  <a href="/" class="ch-logo">Чайка<span>-Медиа</span></a>
  <ul class="ch-menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/vlast">Власть</a></li><li><a href="/ryba">Рыба</a></li><li><a href="/obshchestvo">Общество</a></li><li><a href="/sport">Спорт</a></li><li><a href="/afisha">Афиша</a></li></ul>
</header>
<main class="ch-main">
  <article class="ch-article">
    <div class="ch-rubric">{esc(a.get('section', 'Курилы'))}</div>
    <h1>{esc(a['title'])}</h1>
    <div class="ch-info">{s.strftime('%d.%m.%Y, %H:%M')} · {esc(a.get('byline', 'Редакция'))} · 👁 {(s.day * 137) % 4000 + 300}</div>
    <p class="ch-lead"><b>{esc(a['summary'])}</b></p>
{body_html(a['body'])}
    <div class="ch-share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a></div>
    <div class="ch-also">
      <h3>Читайте также</h3>
      <ul>
{_related(rel, '/news/')}
      </ul>
    </div>
    <div class="ch-comments"><h3>Комментарии ({(s.day * 3) % 17})</h3><p>Чтобы оставить комментарий, <a href="/login">войдите</a>.</p></div>
  </article>
</main>
<div class="ch-cookie">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <button>OK</button></div>
<footer class="ch-footer">
  <p>Сетевое издание «Чайка-Медиа». Свидетельство о регистрации СМИ ЭЛ № ФС 77-79114. Учредитель — ООО «Чайка-Медиа».</p>
  <p>Главный редактор — Е. В. Краснова. Адрес редакции: 693000, г. Южно-Сахалинск, ул. Ленина, 154. 16+</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Официально (RU transcripts, no metadata)

def oficialno(a, related_titles):
    t = a["published"].astimezone(MSK)
    rel = _rel(related_titles, ["Заявление МИД России в связи с годовщиной Хельсинкского заключительного акта",
                                "Стенограмма пресс-подхода министра транспорта",
                                "Ответ официального представителя Минобороны на вопрос СМИ"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
<link rel="stylesheet" href="/s/o.css">
</head>
<body>
<div id="top"><a href="/">ОФИЦИАЛЬНО</a> — заявления, брифинги, стенограммы · <a href="/search">Поиск</a> · <a href="/rss">RSS</a></div>
<div id="nav"><a href="/mid">МИД</a> | <a href="/kreml">Кремль</a> | <a href="/pravitelstvo">Правительство</a> | <a href="/gosduma">Госдума</a> | <a href="/minoborony">Минобороны</a> | <a href="/regiony">Регионы</a></div>
<div id="crumbs"><a href="/">Главная</a> → <a href="/{a.get('section_slug', 'mid')}">{esc(a.get('section', 'МИД'))}</a> → Документ</div>
<div id="doc">
  <h1>{esc(a['title'])}</h1>
  <div class="docdate">{t.day} {RU_MONTHS[t.month - 1]} {t.year} г. · {t.strftime('%H:%M')}</div>
{body_html(a['body'])}
  <p class="print"><a href="?print=1">Версия для печати</a> · <a href="?pdf=1">Скачать PDF</a></p>
</div>
<div id="seealso"><b>Другие документы раздела:</b>
<ul>
{_related(rel, '/doc/')}
</ul></div>
<div id="cookie">На сайте используются файлы cookie. <a href="/privacy">Условия</a>. <a href="#">Закрыть</a></div>
<div id="foot">Тексты публикуются по материалам официальных сайтов органов власти. При цитировании ссылка обязательна. © {t.year}</div>
</body>
</html>
"""


# ------------------------------------------------------------------ 北霧テレビ (JA broadcaster)

def kitakiri(a, related_titles):
    t = a["published"].astimezone(JST)
    rel = _rel(related_titles, ["釧路・根室地方に暴風雪警報　交通機関に乱れ", "サンマ棒受け網漁　初水揚げは昨年を下回る",
                                "中標津空港　冬ダイヤで羽田便を増便"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a['title'])}｜北霧テレビ NEWS</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:site_name" content="北霧テレビ NEWS">
<meta property="article:published_time" content="{t.isoformat()}">
<link rel="stylesheet" href="/news/css/kkt-news.css">
</head>
<body>
<div class="kkt-cookie">当サイトでは、利便性向上とアクセス解析のためにCookieを使用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="kkt-header">
  <a class="kkt-logo" href="/news/">北霧テレビ <span>NEWS</span></a>
  <nav class="kkt-gnav"><a href="/news/">トップ</a><a href="/news/local/">道東</a><a href="/news/hoppou/">北方領土</a><a href="/news/gyogyo/">漁業</a><a href="/news/politics/">政治</a><a href="/news/weather/">天気</a><a href="/news/special/">特集</a><a href="/live/">ライブ</a></nav>
</header>
<main class="kkt-main">
  <article class="kkt-article">
    <h1>{esc(a['title'])}</h1>
    <p class="kkt-date">{t.year}年{t.month}月{t.day}日（{JA_WEEK[t.weekday()]}） {t.strftime('%H:%M')}</p>
    <div class="kkt-video"><div class="kkt-player" data-vid="{a['id']}">この動画は現在ご覧いただけません</div></div>
    <div class="kkt-body">
{body_html(a['body'])}
    </div>
    <div class="kkt-share"><a href="#">Xでポスト</a><a href="#">LINEで送る</a><a href="#">Facebookでシェア</a></div>
    <section class="kkt-related"><h2>関連ニュース</h2><ul>
{_related(rel, '/news/detail/')}
    </ul></section>
  </article>
  <aside class="kkt-side"><h2>アクセスランキング</h2><ol><li>道東の週間天気　週末は冷え込み強まる</li><li>根室市　ふるさと納税の受け付け好調</li><li>釧路湿原でタンチョウの子育て</li></ol></aside>
</main>
<footer class="kkt-footer"><a href="/company/">会社概要</a>｜<a href="/privacy/">プライバシーポリシー</a>｜<a href="/contact/">お問い合わせ</a><p>Copyright © Kitakiri Television Co., Ltd. All rights reserved. 許可なく転載を禁じます。</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 国民日報 (JA national daily)

def kokumin(a, related_titles):
    t = a["published"].astimezone(JST)
    rel = _rel(related_titles, ["日銀、政策金利を据え置き　物価見通しは上方修正", "春闘　賃上げ率5%台を維持",
                                "【社説】防災庁の創設　実効性ある体制を"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["published"].astimezone(JST).isoformat(), "inLanguage": "ja",
          "author": {"@type": "Organization", "name": "国民日報"},
          "isAccessibleForFree": a.get("free", True)}
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}：国民日報デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{t.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/common/css/kn-digital.css">
</head>
<body>
<header id="kn-header">
  <div class="kn-logo"><a href="/">国民日報<small>デジタル</small></a></div>
  <div class="kn-member"><a href="/login">ログイン</a> <a href="/join" class="kn-join">有料会員登録</a></div>
  <nav id="kn-nav"><ul><li><a href="/">トップ</a></li><li><a href="/politics/">政治</a></li><li><a href="/international/">国際</a></li><li><a href="/economy/">経済</a></li><li><a href="/society/">社会</a></li><li><a href="/local/hokkaido/">北海道</a></li><li><a href="/opinion/">オピニオン</a></li><li><a href="/sports/">スポーツ</a></li></ul></nav>
</header>
<div id="kn-breadcrumb"><a href="/">トップ</a> &gt; <a href="/{a.get('section_slug', 'politics')}/">{esc(a.get('section', '政治'))}</a></div>
<main id="kn-main">
  <article class="kn-article">
    <h1>{esc(a['title'])}</h1>
    <div class="kn-meta"><time datetime="{t.isoformat()}">{t.year}/{t.month:02d}/{t.day:02d} {t.strftime('%H:%M')}</time> {'' if a.get('free', True) else '<span class="kn-paid">有料会員限定</span>'}</div>
    <div class="kn-body">
{body_html(a['body'])}
    </div>
    <div class="kn-sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">はてなブックマーク</a> <a href="#">LINE</a> <a href="#">記事をクリップ</a></div>
    <section class="kn-more"><h2>あわせて読みたい</h2><ul>
{_related(rel, '/article/')}
    </ul></section>
  </article>
</main>
<div id="kn-cookie">国民日報デジタルは、サービス向上のためCookieを利用しています。「同意する」を押すと、Cookieの利用に同意したものとみなします。<button>同意する</button><a href="/policy/cookie">詳細</a></div>
<footer id="kn-footer"><ul><li><a href="/company">会社案内</a></li><li><a href="/policy">個人情報保護方針</a></li><li><a href="/copyright">著作権</a></li><li><a href="/ad">広告掲載</a></li></ul><p>© Kokumin Nippo, {t.year}. 記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 政府広報ダイジェスト (JA portal, sparse metadata)

def seifu(a, related_titles):
    t = a["published"].astimezone(JST)
    rel = _rel(related_titles, ["令和7年度補正予算の概要（財務省）", "熱中症警戒アラートの運用について（環境省）",
                                "マイナ保険証の利用状況（厚生労働省）"])
    reiwa = t.year - 2018
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}｜政府広報ダイジェスト</title>
<meta name="description" content="{esc(a['summary'])}">
<link rel="stylesheet" href="/css/sk-base.css">
</head>
<body>
<p class="skip"><a href="#main">本文へ移動</a></p>
<div id="sk-header">
  <div class="sk-title"><a href="/">政府広報ダイジェスト</a><span>発表・会見・答弁</span></div>
  <ul class="sk-util"><li><a href="/sitemap">サイトマップ</a></li><li><a href="/en">English</a></li><li>文字サイズ <a href="#">標準</a> <a href="#">拡大</a></li></ul>
  <ul class="sk-gnav"><li><a href="/press">報道発表</a></li><li><a href="/kaiken">大臣会見</a></li><li><a href="/kokkai">国会答弁・質問主意書</a></li><li><a href="/speech">演説・あいさつ</a></li><li><a href="/hakusho">白書・報告書</a></li></ul>
</div>
<div id="sk-pankuzu"><a href="/">ホーム</a> ＞ <a href="/{a.get('section_slug', 'press')}">{esc(a.get('section', '報道発表'))}</a> ＞ 本ページ</div>
<div id="main">
  <h1>{esc(a['title'])}</h1>
  <p class="sk-date">令和{reiwa}年{t.month}月{t.day}日 掲載</p>
  <p class="sk-source">出典：{esc(a.get('source', '外務省'))}</p>
{body_html(a['body'])}
  <p class="sk-pagetop"><a href="#sk-header">このページの先頭へ</a></p>
  <div class="sk-kanren"><h2>関連ページ</h2><ul>
{_related(rel, '/page/')}
  </ul></div>
</div>
<div id="sk-cookie">本サイトではアクセス解析のためCookieを使用しています。<a href="/privacy">利用規約</a></div>
<div id="sk-footer"><p>本サイトは各府省の公表資料を収録・整理したものです。正式な内容は各府省のウェブサイトでご確認ください。</p><p>© 政府広報ダイジェスト編集部</p></div>
</body>
</html>
"""
