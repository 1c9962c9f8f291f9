#!/usr/bin/env python3
"""Generate the blind29 evaluation corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py
Output goes to the folder above src/ (the corpus root). Feeds are not stored:
the harness builds them from labels.yaml.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from stories_en import ARTICLES as EN  # noqa: E402
from stories_ru import ARTICLES as RU  # noqa: E402
from stories_ja import ARTICLES as JA  # noqa: E402

NAME = "blind29"
KNOWN_AS_OF = date(2024, 2, 8)

FEEDS = [
    {"id": "harrier-en", "title": "Harrier Wire Service - World", "format": "rss", "lang": "en"},
    {"id": "sounding-en", "title": "The Sounding Line - North Pacific affairs", "format": "atom", "lang": "en"},
    {"id": "hakodate-en", "title": "The Hakodate Mercury - Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "ledgerline-en", "title": "Ledgerline Markets - Asia", "format": "atom", "lang": "en"},
    {"id": "farvater-ru", "title": "Агентство «Фарватер» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "utro-ru", "title": "Утро Сахалина — новости области", "format": "atom", "lang": "ru"},
    {"id": "shinko-ja", "title": "新光通信ニュース", "format": "rss", "lang": "ja"},
    {"id": "mirai-ja", "title": "道東みらい新聞 電子版", "format": "atom", "lang": "ja"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}


# --------------------------------------------------------------------------- helpers

def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def when(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def paras(a: dict) -> str:
    out = []
    for p in a["body"]:
        if p.startswith("<"):
            out.append(p)          # raw block (subheading, blockquote, list)
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def related(a: dict, all_articles: list[dict], n: int = 3) -> list[dict]:
    """Earlier items of the same outlet, newest first (what a CMS would show)."""
    prev = [x for x in all_articles if x["feed"] == a["feed"] and when(x) < when(a)]
    prev.sort(key=when, reverse=True)
    return prev[:n]


def rel_links(items: list[dict], li_class: str = "") -> str:
    cls = f' class="{li_class}"' if li_class else ""
    return "\n".join(f'<li{cls}><a href="/articles/{x["id"]}.html">{esc(x["title"])}</a></li>'
                     for x in items)


def jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": when(a).isoformat(),
        "dateModified": when(a).isoformat(),
        "inLanguage": lang,
        "author": [{"@type": "Person", "name": a.get("byline", publisher)}],
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": f"/articles/{a['id']}.html",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a: dict, site: str, with_time: bool = True) -> str:
    tags = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{attr(site)}">',
        f'<meta property="og:title" content="{attr(a["title"])}">',
        f'<meta property="og:description" content="{attr(a["summary"])}">',
        f'<meta property="og:url" content="/articles/{a["id"]}.html">',
    ]
    if with_time:
        tags.append(f'<meta property="article:published_time" content="{when(a).isoformat()}">')
    return "\n".join(tags)


def local(a: dict, hours: int) -> datetime:
    return when(a).astimezone(timezone(timedelta(hours=hours)))


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JA_WD = "月火水木金土日"


# --------------------------------------------------------------------------- templates

def t_harrier(a: dict, arts: list[dict]) -> str:
    t = when(a)
    stamp = f"{EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} GMT"
    rel = related(a, arts)
    tags = "".join(f'<a class="tag" href="/topics/{attr(x.lower().replace(" ", "-"))}">{esc(x)}</a>'
                   for x in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Harrier</title>
<meta name="description" content="{attr(a['summary'])}">
{og(a, 'Harrier Wire Service')}
<meta name="twitter:card" content="summary_large_image">
{jsonld(a, 'Harrier Wire Service', 'en')}
<link rel="stylesheet" href="/static/hw-main.4f2a.css">
</head>
<body class="article-page">
<div id="consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content and ads and to analyse our traffic.
  See our <a href="/privacy">Privacy Statement</a>.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="site-header">
  <a class="logo" href="/">HARRIER</a>
  <nav class="primary-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/world/asia-pacific">Asia Pacific</a></li>
    <li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/energy">Energy</a></li>
    <li><a href="/sustainability">Sustainability</a></li><li><a href="/investigations">Investigations</a></li>
  </ul></nav>
  <a class="signin" href="/account">Sign in</a> <a class="register" href="/register">Register</a>
</header>
<main>
<article class="story">
  <div class="breadcrumbs"><a href="/world">World</a> / <a href="/world/asia-pacific">{esc(a.get('section', 'Asia Pacific'))}</a></div>
  <h1 class="headline">{esc(a['title'])}</h1>
  <div class="byline">By {esc(a.get('byline', 'Harrier staff'))}</div>
  <time class="dateline" datetime="{t.isoformat()}">{stamp}</time>
  <div class="share-row"><a href="#" class="share fb">Facebook</a> <a href="#" class="share x">X</a>
    <a href="#" class="share li">LinkedIn</a> <a href="#" class="share mail">Email</a>
    <a href="#" class="share link">Copy link</a></div>
  <div class="story-body">
{paras(a)}
  </div>
  <p class="credits">{esc(a.get('credits', ''))}</p>
  <p class="trust"><a href="/trust-principles">Our Standards: The Harrier Trust Principles.</a></p>
  <div class="tags">{tags}</div>
</article>
<aside class="related">
  <h2>Related coverage</h2>
  <ul>
{rel_links(rel)}
  </ul>
</aside>
<aside class="most-read">
  <h2>Most read</h2>
  <ol>
    <li>Oil edges up as traders weigh OPEC+ output signals</li>
    <li>Fed officials split over timing of next rate move</li>
    <li>Record heat forces school closures across South Asia</li>
    <li>EU ministers fail to agree on migration quota reform</li>
    <li>Chipmaker shares slide after export curbs widened</li>
  </ol>
</aside>
</main>
<footer class="site-footer">
  <nav><a href="/about">About Harrier</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> ·
  <a href="/terms">Terms of Use</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> ·
  <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {t.year} Harrier Wire Service. All rights reserved.</p>
</footer>
<script src="/static/hw-bundle.91c0.js" defer></script>
</body>
</html>
"""


def t_sounding(a: dict, arts: list[dict]) -> str:
    t = when(a)
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"
    rel = related(a, arts)
    meta = og(a, "The Sounding Line") if a.get("meta", True) else ""
    kicker = a.get("section", "North Pacific")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — The Sounding Line</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta}
<link rel="alternate" type="application/atom+xml" title="The Sounding Line" href="/feeds/sounding-en.xml">
<link rel="stylesheet" href="/assets/sl.css?v=2031">
</head>
<body>
<div class="cookie-notice" id="cookie-notice">
  This site uses cookies for analytics and to remember your reading preferences.
  <a href="/cookie-policy">Learn more</a> <button onclick="dismiss()">OK</button>
</div>
<div class="masthead">
  <div class="brand"><a href="/">The Sounding Line</a><span class="tagline">North Pacific affairs, in depth</span></div>
  <ul class="menu">
    <li><a href="/japan">Japan</a></li><li><a href="/russia-far-east">Russia &amp; Far East</a></li>
    <li><a href="/korea">Korea</a></li><li><a href="/china-seas">China Seas</a></li>
    <li><a href="/security">Security</a></li><li><a href="/oceans">Oceans</a></li>
    <li><a href="/opinion">Opinion</a></li><li><a href="/newsletter">Newsletter</a></li>
  </ul>
</div>
<div class="wrap">
<article class="post">
  <p class="kicker">{esc(kicker)}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="standfirst">{esc(a.get('standfirst', a['summary']))}</p>
  <p class="meta">{esc(a.get('byline', 'Sounding Line staff'))} · <span class="date">{stamp}</span>
    · {max(2, len(' '.join(a['body']).split()) // 200)} min read</p>
  <div class="entry">
{paras(a)}
  </div>
  <div class="share">Share: <a href="#">X</a> · <a href="#">Bluesky</a> · <a href="#">LinkedIn</a> · <a href="#">Email</a></div>
  <div class="comments-count"><a href="#comments">{a.get('comments', 0)} comments</a></div>
</article>
<aside class="signup">
  <h3>The Weekly Sounding</h3>
  <p>Our editors' pick of North Pacific news, every Friday. Free.</p>
  <form><input type="email" placeholder="Your email"> <button>Sign up</button></form>
</aside>
<aside class="more">
  <h3>More from The Sounding Line</h3>
  <ul>
{rel_links(rel)}
  </ul>
</aside>
</div>
<footer>
  <p><a href="/about">About us</a> | <a href="/ethics">Editorial standards</a> | <a href="/corrections">Corrections</a> |
  <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy &amp; cookies</a></p>
  <p>© The Sounding Line {t.year}. Independent journalism, reader-supported.</p>
</footer>
<script>function dismiss(){{document.getElementById('cookie-notice').remove()}}</script>
</body>
</html>
"""


def t_hakodate(a: dict, arts: list[dict]) -> str:
    t = local(a, 9)
    stamp = f"{t.strftime('%A')}, {EN_MONTHS[t.month - 1]} {t.day}, {t.year}"
    rel = related(a, arts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Hakodate Mercury</title>
<meta name="description" content="{attr(a['summary'])}">
<link rel="stylesheet" href="/css/mercury2019.css">
</head>
<body>
<div class="topbar">
  <span class="today">{stamp}</span>
  <span class="weather">Hakodate 12°C · Nemuro 7°C · Sapporo 10°C</span>
  <a href="/subscribe" class="sub">Subscribe</a> | <a href="/login">Log in</a>
</div>
<header>
  <div class="logo"><a href="/">The Hakodate Mercury</a></div>
  <div class="motto">Hokkaido news in English since 1998</div>
  <nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/hokkaido">Hokkaido</a> <a href="/eastern-hokkaido">Eastern Hokkaido</a>
  <a href="/fisheries">Fisheries</a> <a href="/national">National</a> <a href="/world">World</a> <a href="/sports">Sports</a>
  <a href="/events">What's on</a> <a href="/classifieds">Classifieds</a></nav>
</header>
<div class="ad-slot leaderboard">Advertisement</div>
<div id="main">
  <div class="col-main">
    <div class="section-label">{esc(a.get('section', 'Hokkaido'))}</div>
    <h1 class="title">{esc(a['title'])}</h1>
    <div class="author">{esc(a.get('byline', 'Mercury staff writer'))}</div>
    <div class="posted">Posted {stamp}</div>
    <div class="article-text">
{paras(a)}
    </div>
    <div class="print-share"><a href="#" onclick="window.print()">Print</a> · <a href="#">Email this story</a> · <a href="#">Share</a></div>
    <div class="reader-comments">
      <h3>Reader comments</h3>
      {a.get('comments_html', '<p class="none">Comments are closed for this story.</p>')}
    </div>
  </div>
  <div class="col-side">
    <div class="box"><h4>Also in the Mercury</h4><ul>
{rel_links(rel)}
    </ul></div>
    <div class="box"><h4>Popular this week</h4><ol>
      <li>Hakodate morning market vendors brace for higher fuel costs</li>
      <li>Ferry timetable to Aomori changes from next month</li>
      <li>Goryokaku tower to close for maintenance</li>
      <li>High school baseball: Hakodate Kogyo reach regional final</li>
    </ol></div>
    <div class="ad-slot box-ad">Advertisement</div>
  </div>
</div>
<footer>
  <p>The Hakodate Mercury · 2-14 Suehiro-cho, Hakodate · Letters to the editor: letters@ (see Contact page)</p>
  <p><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
  <p>Copyright © {t.year} The Hakodate Mercury. Reproduction without permission is prohibited.</p>
</footer>
</body>
</html>
"""


def t_ledgerline(a: dict, arts: list[dict]) -> str:
    t = when(a)
    stamp = f"{t.strftime('%d %b %Y')}, {t.strftime('%H:%M')} UTC"
    rel = related(a, arts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{jsonld(a, 'Ledgerline Markets', 'en')}
<link rel="stylesheet" href="/_next/static/css/ll-7b1e.css">
</head>
<body>
<div class="ticker">NIKKEI 225 ▲0.4% · TOPIX ▲0.3% · USD/JPY 151.8 · USD/RUB 92.4 · Brent $81.20 · JKM LNG $12.9</div>
<header class="ll-header">
  <a class="ll-logo" href="/">Ledgerline <b>Markets</b></a>
  <nav><a href="/asia">Asia</a> <a href="/companies">Companies</a> <a href="/commodities">Commodities</a>
  <a href="/food-agri">Food &amp; Agri</a> <a href="/energy">Energy</a> <a href="/trade">Trade policy</a> <a href="/data">Data</a></nav>
  <a class="cta" href="/subscribe">Subscribe</a>
</header>
<div class="meter">You have 2 free articles remaining this month. <a href="/subscribe">Subscribe for unlimited access</a>.</div>
<main class="ll-article">
  <p class="ll-section">{esc(a.get('section', 'Trade policy'))}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="ll-dek">{esc(a.get('standfirst', a['summary']))}</p>
  <p class="ll-by">{esc(a.get('byline', 'Ledgerline staff'))} <span>{stamp}</span></p>
  <section class="ll-body">
{paras(a)}
  </section>
  <div class="ll-share"><button>Save</button> <button>Share</button> <button>Gift article</button></div>
</main>
<section class="ll-related">
  <h2>Read next</h2>
  <ul>
{rel_links(rel)}
    <li>Asian shipping rates ease as container capacity returns</li>
    <li>Rice futures hit decade high on poor harvest outlook</li>
  </ul>
</section>
<div class="cookie-modal" role="dialog">
  <p>Ledgerline uses cookies and similar technologies to provide our services, measure audiences and show relevant ads.</p>
  <button>Accept</button> <button>Reject non-essential</button> <a href="/cookie-settings">Settings</a>
</div>
<footer class="ll-footer">
  <p>Ledgerline Markets is a financial news service. Nothing here is investment advice.</p>
  <p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/help">Help</a> · © {t.year} Ledgerline Media Ltd</p>
</footer>
</body>
</html>
"""


def t_farvater(a: dict, arts: list[dict]) -> str:
    t = local(a, 3)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    rel = related(a, arts)
    tags = ", ".join(f'<a href="/tag/{attr(x)}">{esc(x)}</a>' for x in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Агентство «Фарватер»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(a['summary'])}">
{og(a, 'Агентство «Фарватер»')}
{jsonld(a, 'Агентство «Фарватер»', 'ru')}
<link rel="stylesheet" href="/i/css/fv.min.css">
</head>
<body>
<div class="fv-cookie">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом,
вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="fv-head">
  <a class="fv-logo" href="/">ФАРВАТЕР</a>
  <nav><a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a>
  <a href="/society">Общество</a> <a href="/incidents">Происшествия</a> <a href="/regions">Регионы</a>
  <a href="/army">Армия</a> <a href="/science">Наука</a> <a href="/sport">Спорт</a></nav>
  <form class="fv-search"><input placeholder="Поиск по сайту"></form>
</header>
<div class="fv-layout">
<main>
  <article>
    <div class="fv-rubric">{esc(a.get('section', 'Политика'))}</div>
    <h1>{esc(a['title'])}</h1>
    <div class="fv-date">{stamp} <span class="upd">(мск)</span></div>
    <div class="fv-lead"><b>{esc(a['summary'])}</b></div>
    <div class="fv-text">
{paras(a)}
    </div>
    <div class="fv-tags">Теги: {tags}</div>
    <div class="fv-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  </article>
  <section class="fv-more">
    <h3>Читайте также</h3>
    <ul>
{rel_links(rel)}
    </ul>
  </section>
</main>
<aside class="fv-feed">
  <h3>Лента новостей</h3>
  <ul>
    <li><span>11:52</span> ЦБ сохранил прогноз инфляции на конец года</li>
    <li><span>11:40</span> В Подмосковье открылась новая развязка на ЦКАД</li>
    <li><span>11:18</span> Синоптики пообещали потепление в европейской части России</li>
    <li><span>10:57</span> «Зенит» объявил о подписании полузащитника</li>
    <li><span>10:31</span> В Якутии завершили ремонт моста через Лену</li>
  </ul>
  <a href="/lenta">Вся лента</a>
</aside>
</div>
<footer class="fv-foot">
  <p>© {t.year} Агентство «Фарватер». Все права защищены. При цитировании ссылка на «Фарватер» обязательна.</p>
  <p><a href="/about">О нас</a> · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/privacy">Конфиденциальность</a> · 18+</p>
</footer>
</body>
</html>
"""


def t_utro(a: dict, arts: list[dict]) -> str:
    t = local(a, 11)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year} г., {t.strftime('%H:%M')}"
    rel = related(a, arts)
    comments = a.get("comments_html", "")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Утро Сахалина</title>
<meta name="description" content="{attr(a['summary'])}">
<meta property="og:title" content="{attr(a['title'])}">
<link rel="stylesheet" href="/templates/utro/css/style.css">
</head>
<body>
<div class="cookies-popup">Сайт использует cookie и сервис веб-аналитики. <a href="/policy">Подробнее</a> <a class="ok" href="#">Согласен</a></div>
<div class="top-line">
  <span class="wth">Южно-Сахалинск {a.get('temp', '+4')}°</span> <span class="wth">Южно-Курильск {a.get('temp2', '+3')}°</span>
  <span class="cur">USD 92,1 · EUR 99,8 · JPY 0,61</span>
</div>
<header class="utro-head">
  <a href="/" class="utro-logo">Утро<span>Сахалина</span></a>
  <ul class="utro-menu">
    <li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/city">Южно-Сахалинск</a></li>
    <li><a href="/districts">Районы</a></li><li><a href="/fish">Рыбалка и путина</a></li><li><a href="/dv">Дальний Восток</a></li>
    <li><a href="/afisha">Афиша</a></li><li><a href="/ads">Объявления</a></li>
  </ul>
</header>
<div class="content">
  <div class="news-full">
    <div class="cat">{esc(a.get('section', 'Новости'))}</div>
    <h1>{esc(a['title'])}</h1>
    <div class="date">{stamp}</div>
    <div class="author">{esc(a.get('byline', 'Редакция'))}</div>
    <div class="text">
{paras(a)}
    </div>
    <p class="photo-cr">{esc(a.get('photo', 'Фото: архив редакции'))}</p>
    <div class="ya-share">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
    <p class="typo">Нашли опечатку? Выделите текст и нажмите Ctrl+Enter</p>
  </div>
  <div class="comments">
    <h3>Комментарии</h3>
    {comments or '<p>Комментариев пока нет. Будьте первым!</p>'}
  </div>
  <div class="same-news">
    <h3>Другие новости по теме</h3>
    <ul>
{rel_links(rel)}
    </ul>
  </div>
  <div class="partners"><h3>Новости партнёров</h3>
    <p>Как выбрать зимнюю резину: пять советов от автоэкспертов</p>
    <p>В Корсакове открылся новый спортивный комплекс</p>
  </div>
</div>
<footer class="utro-foot">
  <p>Сетевое издание «Утро Сахалина». Свидетельство о регистрации СМИ ЭЛ № ФС 77-71804. Учредитель: ООО «Островная медиагруппа».</p>
  <p>Главный редактор — Н. В. Сухова. Телефон редакции указан в разделе «Контакты». 16+</p>
  <p>© 2012–{t.year}. Использование материалов разрешено только с активной ссылкой на источник.</p>
</footer>
</body>
</html>
"""


def t_shinko(a: dict, arts: list[dict]) -> str:
    t = local(a, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"
    rel = related(a, arts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}｜新光通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{attr(a['summary'])}">
{og(a, '新光通信ニュース')}
{jsonld(a, '新光通信社', 'ja')}
<link rel="stylesheet" href="/common/css/shinko_v5.css">
</head>
<body>
<div id="cookie-consent">当サイトでは、利便性向上および広告配信のためにクッキー（Cookie）を使用しています。
<a href="/privacy/">プライバシーポリシー</a> <button>同意する</button></div>
<header id="header">
  <p class="logo"><a href="/">新光通信ニュース</a></p>
  <nav class="gnav"><ul>
    <li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li><li><a href="/world/">国際</a></li>
    <li><a href="/society/">社会</a></li><li><a href="/local/">地域</a></li><li><a href="/sports/">スポーツ</a></li>
    <li><a href="/science/">科学</a></li><li><a href="/culture/">文化・芸能</a></li>
  </ul></nav>
</header>
<div id="contents">
  <div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/{a.get('section_path', 'politics')}/">{esc(a.get('section', '政治'))}</a></div>
  <article class="article">
    <h1 class="article-title">{esc(a['title'])}</h1>
    <p class="article-date">{stamp}</p>
    <div class="sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
    <div class="article-body">
{paras(a)}
    </div>
    <p class="copyright-note">（新光通信）</p>
  </article>
  <section class="kanren">
    <h2>関連記事</h2>
    <ul>
{rel_links(rel)}
    </ul>
  </section>
  <aside class="ranking">
    <h2>アクセスランキング</h2>
    <ol>
      <li>日経平均、一時400円超高 半導体株に買い</li>
      <li>関東甲信で梅雨明け 平年より早く</li>
      <li>新幹線、架線トラブルで一時運転見合わせ</li>
      <li>プロ野球 首位攻防、延長戦を制す</li>
      <li>コメ価格、3カ月連続で上昇</li>
    </ol>
  </aside>
</div>
<footer id="footer">
  <ul><li><a href="/about/">新光通信社について</a></li><li><a href="/policy/">ご利用にあたって</a></li>
  <li><a href="/privacy/">個人情報保護方針</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
  <p>掲載された記事・写真の無断転載を禁じます。Copyright © {t.year} Shinko Press Service. All Rights Reserved.</p>
</footer>
</body>
</html>
"""


def t_mirai(a: dict, arts: list[dict]) -> str:
    t = local(a, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日（{JA_WD[t.weekday()]}） {t.strftime('%H:%M')}"
    rel = related(a, arts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - 道東みらい新聞 電子版</title>
<link rel="stylesheet" href="/css/mirai.css">
</head>
<body>
<div class="header-top">
  <a href="/" class="site-logo">道東みらい新聞</a><span class="denshi">電子版</span>
  <ul class="util"><li><a href="/member/">会員登録</a></li><li><a href="/login/">ログイン</a></li><li><a href="/paper/">紙面ビューアー</a></li></ul>
</div>
<nav class="category">
  <a href="/">トップ</a> <a href="/nemuro/">根室</a> <a href="/kushiro/">釧路</a> <a href="/nakashibetsu/">中標津・別海</a>
  <a href="/shiretoko/">知床・羅臼</a> <a href="/hoppo/">北方領土</a> <a href="/gyogyo/">漁業</a> <a href="/sports/">スポーツ</a>
  <a href="/okuyami/">おくやみ</a> <a href="/tenki/">天気</a>
</nav>
<div class="main-wrap">
  <div class="kiji">
    <p class="kiji-cat">{esc(a.get('section', '根室'))}</p>
    <h1>{esc(a['title'])}</h1>
    <p class="kiji-date">{stamp}</p>
    <div class="kiji-honbun">
{paras(a)}
    </div>
    <p class="kiji-photo">{esc(a.get('photo', ''))}</p>
    <div class="kiji-share">この記事をシェア <a href="#">X</a> <a href="#">LINE</a> <a href="#">Facebook</a></div>
  </div>
  <div class="side">
    <div class="side-box"><p class="side-ttl">関連ニュース</p><ul>
{rel_links(rel)}
    </ul></div>
    <div class="side-box"><p class="side-ttl">よく読まれている記事</p><ol>
      <li>釧路市の新庁舎、設計案まとまる</li>
      <li>中標津空港、冬ダイヤ発表</li>
      <li>別海の牧場で子牛の品評会</li>
      <li>厚岸のカキ、出荷始まる</li>
    </ol></div>
    <div class="side-box ad">広告</div>
  </div>
</div>
<div class="cookie-bar">このサイトはクッキーを利用しています。閲覧を続けることで、クッキーの使用に同意したものとみなします。<button>閉じる</button></div>
<footer>
  <p>道東みらい新聞社　北海道根室市（所在地は会社案内をご覧ください）</p>
  <p><a href="/company/">会社案内</a>｜<a href="/kiyaku/">利用規約</a>｜<a href="/privacy/">個人情報の取り扱い</a>｜<a href="/koukoku/">広告のご案内</a></p>
  <p>当サイトに掲載の記事・写真の無断転載を禁じます。© 道東みらい新聞社</p>
</footer>
</body>
</html>
"""


TEMPLATES = {
    "harrier-en": t_harrier, "sounding-en": t_sounding, "hakodate-en": t_hakodate,
    "ledgerline-en": t_ledgerline, "farvater-ru": t_farvater, "utro-ru": t_utro,
    "shinko-ja": t_shinko, "mirai-ja": t_mirai,
}


# --------------------------------------------------------------------------- checks + output

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def check(arts: list[dict]) -> None:
    ids = set()
    for a in arts:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        assert a["feed"] in FEED_BY_ID, a["id"]
        assert FEED_BY_ID[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        assert when(a).date() > KNOWN_AS_OF, a["id"]
        assert when(a).year < 2027, a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                assert alt and all(w == w.lower() for w in alt), a["id"]
                text = (a["title"] + " " + " ".join(a["body"])).lower()
                assert any(w in text for w in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]
        assert a.get("note"), a["id"]
    groups: dict[str, list[dict]] = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(a)
    for g, members in groups.items():
        assert len({m["label"] for m in members}) == 1, g
        assert 1 <= len(members) <= 4, g


class FlowList(list):
    """A list written in YAML flow style ([a, b])."""


class FlowDict(dict):
    """A mapping written in YAML flow style ({k: v})."""


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
Dumper.add_representer(FlowDict, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def labels_yaml(arts: list[dict]) -> str:
    data = {
        "name": NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": [FlowDict(f) for f in FEEDS],
        "articles": [],
    }
    for a in arts:
        e = {
            "id": a["id"], "feed": a["feed"], "lang": a["lang"],
            "published": when(a).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "title": a["title"], "summary": a["summary"], "label": a["label"],
        }
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = FlowList(FlowList(alt) for alt in a["must_mention"])
        e["note"] = a["note"]
        data["articles"].append(e)
    head = ("# blind29: generated by src/generate.py -- edit the stories there, not this file.\n"
            "# Labels follow FORMAT.md; known facts are those of the five seed documents.\n")
    return head + yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=110,
                            default_flow_style=False)


def main() -> None:
    arts = sorted(EN + RU + JA, key=when)
    check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a, arts)
        (out / f"{a['id']}.html").write_text(page, encoding="utf-8")
    (ROOT / "labels.yaml").write_text(labels_yaml(arts), encoding="utf-8")
    by_lang: dict[str, int] = {}
    by_label: dict[str, int] = {}
    for a in arts:
        by_lang[a["lang"]] = by_lang.get(a["lang"], 0) + 1
        by_label[a["label"]] = by_label.get(a["label"], 0) + 1
    print(f"{len(arts)} articles; languages {by_lang}; labels {by_label}")


if __name__ == "__main__":
    main()
