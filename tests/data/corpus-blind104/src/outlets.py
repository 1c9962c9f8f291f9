"""The eight invented outlets of blind104 and their page templates.

Each outlet has its own chrome (navigation, cookie banner, share bar, related stories,
footer). Two outlets (kittlitz-en, ekholot-ru) publish pages without any metadata:
no og:/article: meta tags and no JSON-LD.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "mullion-wire", "title": "Mullion Wire — Asia & World", "format": "rss", "lang": "en"},
    {"id": "oriel-en", "title": "The Oriel Post — World Affairs", "format": "rss", "lang": "en"},
    {"id": "kittlitz-en", "title": "The Kittlitz Courier — Hokkaido & the North Pacific in English",
     "format": "atom", "lang": "en"},
    {"id": "longline-en", "title": "Longline Seafood Report — North Pacific fisheries & markets",
     "format": "atom", "lang": "en"},
    {"id": "lag-ru", "title": "ИА «Лаг» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "ekholot-ru", "title": "Эхолот — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "harutsuge-ja", "title": "春告新聞 電子版（根室・中標津）", "format": "rss", "lang": "ja"},
    {"id": "toki-ja", "title": "朱鷺通信ニュース", "format": "atom", "lang": "ja"},
]

SITES = {
    "mullion-wire": "https://www.mullionwire.com",
    "oriel-en": "https://www.orielpost.co.uk",
    "kittlitz-en": "https://kittlitzcourier.jp",
    "longline-en": "https://www.longlinereport.com",
    "lag-ru": "https://ia-lag.ru",
    "ekholot-ru": "https://eholot-sakh.ru",
    "harutsuge-ja": "https://www.harutsuge-shimbun.jp",
    "toki-ja": "https://news.toki-tsushin.jp",
}

# Generic "related"/"most read" items per outlet (never the corpus' own developments).
FILLER = {
    "mullion-wire": [
        "Yen slips past 150 as BOJ signals patience", "Typhoon season: what forecasters expect",
        "Seoul, Tokyo hold talks on supply chains", "Oil edges up on Middle East supply worries",
        "Philippines, Vietnam sign coast guard pact", "Asian shares mixed ahead of U.S. jobs data",
    ],
    "oriel-en": [
        "The long shadow of the yen's slide", "Letters: On rail fares and rural bus routes",
        "Europe's defence budgets, country by country", "Review: a quiet novel about a loud city",
        "How a port town in Kyushu fell for semiconductors", "Opinion: the case for a four-day week",
    ],
    "kittlitz-en": [
        "Kushiro wetlands: crane count holds steady", "Nakashibetsu airport adds winter flights",
        "Shiretoko tour boats face new safety checks", "Nemuro's saury landings hit another low",
        "Dairy farmers in Betsukai brace for feed costs", "Where to eat hanasaki crab this summer",
    ],
    "longline-en": [
        "Scallop exporters pivot to Southeast Asia", "Chilean salmon prices ease in Tokyo",
        "Norwegian mackerel quota advice trimmed", "Pollock roe: Busan auction recap",
        "Alaska snow crab season reopens", "Cold-chain costs squeeze Hokkaido processors",
    ],
    "lag-ru": [
        "ЦБ сохранил ключевую ставку", "В Приморье открылся новый морской терминал",
        "Минтруд предложил изменить порядок расчёта МРОТ", "Синоптики пообещали тёплую неделю в Центральной России",
        "В Хабаровске завершили ремонт моста через Амур", "Курс юаня на Мосбирже снизился",
    ],
    "ekholot-ru": [
        "В Корсакове отремонтируют набережную", "Паромная переправа Ванино — Холмск работает по графику",
        "В Южно-Сахалинске выбрали лучший двор", "На Сахалине стартовала путина горбуши",
        "Аэропорт Южно-Сахалинск изменил расписание", "В Охе открыли новую поликлинику",
    ],
    "harutsuge-ja": [
        "サンマ漁、今季も低調　花咲港の水揚げ", "中標津町議会、定例会が開会",
        "根室の春、ようやく　明治公園で桜開花", "別海町で酪農家向け研修会",
        "花咲ガニ祭り、今年も開催へ", "市立根室病院、外来の予約制を拡大",
    ],
    "toki-ja": [
        "日銀、政策金利を据え置き", "全国的に大気不安定　落雷や突風に注意",
        "ガソリン価格、3週連続で値上がり", "プロ野球　開幕カード決まる",
        "自民党総裁選、立候補者出そろう", "円相場、一時1ドル＝150円台",
    ],
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def local_time(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def related_block(items: list[tuple[str, str]], heading: str, cls: str) -> str:
    lis = "".join(f'<li><a href="{esc(href)}">{esc(t)}</a></li>' for t, href in items)
    return f'<aside class="{cls}"><h3>{esc(heading)}</h3><ul>{lis}</ul></aside>'


def jsonld(a: dict, site: str, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": a["published"], "dateModified": a["published"],
        "inLanguage": lang,
        "author": {"@type": "Person" if a.get("byline") else "Organization",
                   "name": a.get("byline") or publisher},
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": f"{site}/static/logo.png"}},
        "mainEntityOfPage": f"{site}/articles/{a['id']}.html",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a: dict, site: str, sitename: str, section: str, locale: str) -> str:
    return (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{esc(sitename)}">\n'
            f'<meta property="og:title" content="{esc(a["title"])}">\n'
            f'<meta property="og:description" content="{esc(a["summary"])}">\n'
            f'<meta property="og:url" content="{site}/articles/{a["id"]}.html">\n'
            f'<meta property="og:locale" content="{locale}">\n'
            f'<meta property="article:published_time" content="{a["published"]}">\n'
            f'<meta property="article:section" content="{esc(section)}">')


# --------------------------------------------------------------------------- templates


def page_mullion(a, dt, related):
    site = SITES["mullion-wire"]
    t = dt.strftime("%B %-d, %Y %-I:%M %p UTC")
    rel = related_block(related, "Related coverage", "related")
    tags = "".join(f'<a class="tag" href="/tags/{esc(x.lower().replace(" ", "-"))}">{esc(x)}</a>'
                   for x in a.get("tags", ["Asia", "Politics"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | Mullion Wire</title>
<meta name="description" content="{esc(a["summary"])}">
{og(a, site, "Mullion Wire", a.get("section", "Asia"), "en_US")}
<link rel="canonical" href="{site}/articles/{a["id"]}.html">
{jsonld(a, site, "Mullion Wire", "en")}
<link rel="stylesheet" href="/static/mw.css">
</head>
<body class="mw-article">
<div id="consent" class="consent-banner" role="dialog">
  <p>We and our partners use cookies to personalise content and measure audiences. You can accept, reject or set your preferences at any time.</p>
  <button>Accept all</button> <button>Reject all</button> <a href="/privacy#cookies">Manage preferences</a>
</div>
<header class="mw-top">
  <a class="logo" href="/">MULLION<span>WIRE</span></a>
  <nav><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/sport">Sport</a> <a href="/video">Video</a></nav>
  <form action="/search"><input name="q" placeholder="Search Mullion"></form>
  <a class="btn-subscribe" href="/subscribe">Subscribe</a>
</header>
<div class="ticker"><span>MARKETS</span> Nikkei 225 ▲0.4% · KOSPI ▼0.2% · USD/JPY 149.8 · Brent $82.1</div>
<main>
<article>
  <div class="kicker">{esc(a.get("section", "Asia"))}</div>
  <h1>{esc(a["title"])}</h1>
  <div class="meta">By {esc(a.get("byline", "Mullion Wire staff"))} · <time>{t}</time> · {a.get("read", 3)} min read</div>
  <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="body">
{paras(a["body"])}
  </div>
  <p class="credits">{esc(a.get("credits", "Reporting by Mullion Wire; editing by the Asia desk"))}</p>
  <p class="standards"><a href="/trust">Our standards: The Mullion Trust Principles.</a></p>
  <div class="tags">{tags}</div>
</article>
{rel}
<aside class="most-read"><h3>Most read</h3><ol>{"".join(f"<li>{esc(x)}</li>" for x in FILLER["mullion-wire"][:4])}</ol></aside>
</main>
<footer class="mw-foot">
  <nav><a href="/about">About Mullion</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {dt.year} Mullion Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page_oriel(a, dt, related):
    site = SITES["oriel-en"]
    t = local_time(dt, 0).strftime("%a %-d %b %Y %H.%M GMT")
    rel = related_block(related, "More on this story", "more-on")
    comments = ""
    if a.get("comments"):
        cs = "".join(f'<li><b>{esc(n)}</b> <span>{esc(c)}</span></li>' for n, c in a["comments"])
        comments = f'<section class="comments"><h3>Comments ({len(a["comments"])})</h3><ul>{cs}</ul><p>Comments on this piece are now closed.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} | {esc(a.get("section", "World news"))} | The Oriel Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{esc(a["summary"])}">
{og(a, site, "The Oriel Post", a.get("section", "World news"), "en_GB")}
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/oriel.css">
</head>
<body>
<div class="cmp" id="cmp">
  <h2>Your privacy</h2>
  <p>The Oriel Post and our partners use cookies and similar technologies. Select "Yes, I'm happy" to continue, or manage your choices. You can change them at any time via "Privacy settings" at the bottom of every page.</p>
  <button>Yes, I'm happy</button> <button>Manage my cookies</button>
</div>
<header>
  <div class="masthead"><a href="/">The Oriel Post</a><span class="tag">Independent since 1889</span></div>
  <nav class="pillars"><a href="/news">News</a><a href="/opinion">Opinion</a><a href="/world">World</a><a href="/business">Business</a><a href="/culture">Culture</a><a href="/lifestyle">Lifestyle</a></nav>
  <nav class="sub"><a href="/world/europe">Europe</a><a href="/world/asia-pacific">Asia Pacific</a><a href="/world/americas">Americas</a><a href="/world/middleeast">Middle East</a><a href="/world/africa">Africa</a></nav>
  <a class="support" href="/support">Support the Oriel Post</a>
</header>
<main class="content">
<article>
  <p class="section-label">{esc(a.get("section", "World news"))}</p>
  <h1>{esc(a["title"])}</h1>
  <p class="standfirst">{esc(a["summary"])}</p>
  <p class="byline">{esc(a.get("byline", "Oriel Post staff"))}{(" in " + esc(a["dateline"])) if a.get("dateline") else ""}</p>
  <p class="dateline"><time>{t}</time></p>
  <ul class="share"><li>Facebook</li><li>X</li><li>Email</li><li>Save for later</li></ul>
  <div class="article-body">
{paras(a["body"])}
  </div>
  <p class="explore">Explore more on these topics: {esc(", ".join(a.get("tags", ["Japan", "Russia", "Asia Pacific"])))}</p>
</article>
{rel}
{comments}
<aside class="most-viewed"><h3>Most viewed</h3><ol>{"".join(f"<li>{esc(x)}</li>" for x in FILLER["oriel-en"][:5])}</ol></aside>
</main>
<footer>
  <p><a href="/help">Help</a> · <a href="/complaints">Complaints &amp; corrections</a> · <a href="/privacy-settings">Privacy settings</a> · <a href="/terms">Terms &amp; conditions</a> · <a href="/contact">Contact us</a></p>
  <p>© {dt.year} Oriel Post Media Group. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page_kittlitz(a, dt, related):
    # NO metadata: no og:, no article:, no JSON-LD.
    t = local_time(dt, 9).strftime("%B %-d, %Y")
    rel = related_block(related, "You may also like", "also")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} - The Kittlitz Courier</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/kc.css">
</head>
<body>
<div class="cookie-note">This site uses cookies for basic analytics. <a href="/cookies">Learn more</a> <button>OK</button></div>
<div class="topbar">Weather in Nemuro: {a.get("weather", "3°C, cloudy")} · <a href="/newsletter">Get our weekly newsletter</a></div>
<header>
  <a href="/" class="brand">The Kittlitz Courier</a>
  <p class="motto">Hokkaido &amp; the North Pacific, in English</p>
  <ul class="menu"><li><a href="/news">News</a></li><li><a href="/nemuro">Nemuro</a></li><li><a href="/kushiro">Kushiro</a></li><li><a href="/shiretoko">Shiretoko</a></li><li><a href="/islands">The Islands</a></li><li><a href="/sea">Sea &amp; Fisheries</a></li><li><a href="/travel">Travel</a></li></ul>
</header>
<div class="wrap">
<div class="post">
  <p class="cat">{esc(a.get("section", "News"))}</p>
  <h1>{esc(a["title"])}</h1>
  <p class="posted">Posted {t} · {esc(a.get("byline", "Courier staff"))}</p>
  <div class="entry">
{paras(a["body"])}
  </div>
  <div class="sharebar">Share: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">LINE</a> | <a href="#">Email</a></div>
</div>
{rel}
<div class="sidebar"><h4>Popular this week</h4><ul>{"".join(f"<li>{esc(x)}</li>" for x in FILLER["kittlitz-en"][:4])}</ul>
<div class="ad">Advertisement — Nemuro Port Hotel: winter rates</div></div>
</div>
<footer><p>The Kittlitz Courier is an independent English-language news site based in Kushiro. <a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p><p>© {dt.year} Kittlitz Media</p></footer>
</body>
</html>
"""


def page_longline(a, dt, related):
    site = SITES["longline-en"]
    t = dt.strftime("%-d %B %Y")
    rel = related_block(related, "Related articles", "rel")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} — Longline Seafood Report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a["summary"])}">
{og(a, site, "Longline Seafood Report", a.get("section", "Markets"), "en_US")}
{jsonld(a, site, "Longline Seafood Report", "en")}
</head>
<body>
<div class="gdpr">We use cookies to improve your experience and to show relevant advertising. <a href="/cookie-policy">Cookie policy</a> <button>Accept</button></div>
<header class="ll-head">
  <a class="ll-logo" href="/">Longline<small>Seafood Report</small></a>
  <nav><a href="/markets">Markets</a> | <a href="/prices">Prices</a> | <a href="/quotas">Quotas &amp; policy</a> | <a href="/processing">Processing</a> | <a href="/aquaculture">Aquaculture</a> | <a href="/events">Events</a></nav>
  <div class="login"><a href="/login">Log in</a> · <a href="/subscribe">Subscribe — from $19/month</a></div>
</header>
<main>
<article class="ll-article">
  <ul class="crumbs"><li><a href="/">Home</a></li><li><a href="/{esc(a.get("section", "Markets").lower())}">{esc(a.get("section", "Markets"))}</a></li></ul>
  <h1>{esc(a["title"])}</h1>
  <p class="deck">{esc(a["summary"])}</p>
  <p class="by">{esc(a.get("byline", "Longline staff"))} | {t}</p>
  <div class="txt">
{paras(a["body"])}
  </div>
  <div class="paywall-note">Subscribers get daily price sheets for Hokkaido and Busan auctions. <a href="/subscribe">Start a free trial</a></div>
</article>
{rel}
<aside class="price-box"><h4>This week's prices</h4><ul>{"".join(f"<li>{esc(x)}</li>" for x in FILLER["longline-en"][:4])}</ul></aside>
</main>
<footer class="ll-foot"><p>Longline Seafood Report · Seattle · Tokyo · Busan</p><p><a href="/about">About us</a> · <a href="/advertise">Advertise</a> · <a href="/privacy">Privacy</a> · © {dt.year} Longline Media LLC</p></footer>
</body>
</html>
"""


def page_lag(a, dt, related):
    site = SITES["lag-ru"]
    lt = local_time(dt, 3)
    t = f"{lt.day} {RU_MONTHS[lt.month - 1]} {lt.year}, {lt:%H:%M}"
    rel = related_block(related, "Читайте также", "read-also")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} — ИА «Лаг»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a["summary"])}">
{og(a, site, "ИА «Лаг»", a.get("section", "Политика"), "ru_RU")}
{jsonld(a, site, "ИА «Лаг»", "ru")}
</head>
<body>
<div class="cookies">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/legal/cookies">условиями обработки данных</a>. <button>Понятно</button></div>
<header class="lag-header">
  <a class="lag-logo" href="/">ЛАГ<span>информационное агентство</span></a>
  <nav><a href="/politika">Политика</a> <a href="/mir">В мире</a> <a href="/ekonomika">Экономика</a> <a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a> <a href="/regiony">Регионы</a> <a href="/sport">Спорт</a></nav>
  <div class="lag-tools"><a href="/lenta">Лента новостей</a> · <a href="/search">Поиск</a> · 18+</div>
</header>
<main class="lag-main">
<article class="lag-article">
  <div class="lag-rubric">{esc(a.get("section", "Политика"))}</div>
  <time class="lag-time">{t}</time>
  <h1>{esc(a["title"])}</h1>
  <div class="lag-lead"><p>{esc(a["summary"])}</p></div>
  <div class="lag-text">
{paras(a["body"])}
  </div>
  <div class="lag-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <p class="lag-tags">Теги: {esc(", ".join(a.get("tags", ["Япония", "МИД России"])))}</p>
</article>
{rel}
<aside class="lag-lenta"><h3>Лента новостей</h3><ul>{"".join(f"<li>{esc(x)}</li>" for x in FILLER["lag-ru"][:5])}</ul></aside>
</main>
<footer class="lag-footer">
  <p>Сетевое издание «Информационное агентство «Лаг». Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234.</p>
  <p>При полном или частичном использовании материалов ссылка на ИА «Лаг» обязательна. © 2012–{dt.year}</p>
  <p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p>
</footer>
</body>
</html>
"""


def page_ekholot(a, dt, related):
    # NO metadata: no og:, no article:, no JSON-LD.
    lt = local_time(dt, 11)
    t = f"{lt:%d.%m.%Y %H:%M}"
    rel = related_block(related, "Другие новости по теме", "other")
    views = a.get("views", 1400)
    comments = ""
    if a.get("comments"):
        cs = "".join(f'<div class="cmt"><b>{esc(n)}</b><p>{esc(c)}</p></div>' for n, c in a["comments"])
        comments = f'<section class="comments"><h3>Комментарии</h3>{cs}</section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} | Эхолот</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/static/eh.css">
</head>
<body>
<div class="eh-cookie">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <span class="close">×</span></div>
<div class="eh-top">Южно-Сахалинск {a.get("weather_ru", "−4°")} · Курс ЦБ: $ {a.get("usd", "92,4")} · € {a.get("eur", "99,8")}</div>
<header class="eh-head">
  <a href="/" class="eh-logo">Эхолот</a>
  <span class="eh-sub">новости Сахалина и Курил</span>
  <ul class="eh-menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/ryba">Рыбалка и путина</a></li><li><a href="/vlast">Власть</a></li><li><a href="/incidents">Происшествия</a></li><li><a href="/weather">Погода</a></li><li><a href="/ads">Объявления</a></li></ul>
</header>
<div class="eh-page">
<div class="eh-news">
  <div class="eh-date">{t} · Просмотров: {views}</div>
  <h1>{esc(a["title"])}</h1>
  <div class="eh-body">
{paras(a["body"])}
  </div>
  <div class="eh-author">{esc(a.get("byline", "Редакция «Эхолота»"))}</div>
  <div class="eh-share">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
  <p class="eh-tip">Есть новость? Пишите в наш телеграм-бот или звоните в редакцию.</p>
</div>
{rel}
{comments}
<div class="eh-side"><h4>Популярное</h4><ul>{"".join(f"<li>{esc(x)}</li>" for x in FILLER["ekholot-ru"][:4])}</ul></div>
</div>
<footer class="eh-foot"><p>«Эхолот» — сетевое издание. 16+. Учредитель ООО «Медиагруппа Акватория». Адрес редакции: г. Южно-Сахалинск.</p><p>© {dt.year} Эхолот. Все права защищены.</p></footer>
</body>
</html>
"""


def page_harutsuge(a, dt, related):
    site = SITES["harutsuge-ja"]
    lt = local_time(dt, 9)
    t = f"{lt.year}年{lt.month}月{lt.day}日 {lt:%H:%M}"
    rel = related_block(related, "関連記事", "kanren")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])}｜春告新聞 電子版</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a["summary"])}">
{og(a, site, "春告新聞 電子版", a.get("section", "地域"), "ja_JP")}
<link rel="stylesheet" href="/common/css/haru.css">
</head>
<body>
<div id="cookie-consent">当サイトはサービス向上のためCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="h-header">
  <div class="h-logo"><a href="/">春告新聞</a><span>根室・中標津 電子版</span></div>
  <div class="h-date">{lt.year}年{lt.month}月{lt.day}日</div>
  <nav class="h-nav"><a href="/local">地域</a><a href="/hoppo">北方領土</a><a href="/gyogyo">漁業</a><a href="/keizai">経済</a><a href="/kurashi">くらし</a><a href="/sports">スポーツ</a><a href="/okuyami">おくやみ</a></nav>
  <div class="h-member"><a href="/login">ログイン</a>｜<a href="/entry">会員登録（無料）</a></div>
</header>
<main class="h-main">
<article class="h-article">
  <p class="h-cat">{esc(a.get("section", "地域"))}</p>
  <h1>{esc(a["title"])}</h1>
  <p class="h-time"><time>{t}</time></p>
  <div class="h-body">
{paras(a["body"])}
  </div>
  <p class="h-share">この記事をシェア：<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a></p>
  <p class="h-note">※記事・写真の無断転載を禁じます。</p>
</article>
{rel}
<aside class="h-rank"><h3>アクセスランキング</h3><ol>{"".join(f"<li>{esc(x)}</li>" for x in FILLER["harutsuge-ja"][:5])}</ol></aside>
</main>
<footer class="h-footer"><p><a href="/company">会社案内</a>｜<a href="/kiyaku">利用規約</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/koukoku">広告掲載</a>｜<a href="/toiawase">お問い合わせ</a></p><p>Copyright © {dt.year} 春告新聞社 All rights reserved.</p></footer>
</body>
</html>
"""


def page_toki(a, dt, related):
    site = SITES["toki-ja"]
    lt = local_time(dt, 9)
    t = f"{lt.year}年{lt.month}月{lt.day}日 {lt:%H時%M分}"
    rel = related_block(related, "関連ニュース", "rel-news")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} | 朱鷺通信ニュース</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a["summary"])}">
{og(a, site, "朱鷺通信ニュース", a.get("section", "政治"), "ja_JP")}
{jsonld(a, site, "朱鷺通信", "ja")}
</head>
<body>
<div class="tk-consent">朱鷺通信ニュースでは、利便性向上と広告配信のためにCookieを利用しています。<a href="/privacy/cookie">設定</a> <button>OK</button></div>
<header class="tk-header">
  <a class="tk-logo" href="/">朱鷺通信ニュース</a>
  <nav class="tk-nav"><a href="/politics">政治</a><a href="/international">国際</a><a href="/economy">経済</a><a href="/society">社会</a><a href="/region">地域</a><a href="/sports">スポーツ</a><a href="/photo">写真</a></nav>
  <form class="tk-search" action="/search"><input name="q" placeholder="ニュースを検索"></form>
</header>
<main class="tk-main">
<article class="tk-article">
  <ul class="tk-bread"><li><a href="/">トップ</a></li><li><a href="/{esc(a.get("section_path", "politics"))}">{esc(a.get("section", "政治"))}</a></li></ul>
  <h1>{esc(a["title"])}</h1>
  <p class="tk-date">{t}</p>
  <div class="tk-text">
{paras(a["body"])}
  </div>
  <p class="tk-copy">（朱鷺通信）</p>
  <div class="tk-sns">シェア：X ／ Facebook ／ はてなブックマーク ／ LINE</div>
</article>
{rel}
<aside class="tk-ranking"><h3>アクセスランキング</h3><ol>{"".join(f"<li>{esc(x)}</li>" for x in FILLER["toki-ja"][:5])}</ol></aside>
</main>
<footer class="tk-footer"><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は朱鷺通信社またはその情報提供者に属します。</p><p>© {dt.year} Toki Tsushin</p></footer>
</body>
</html>
"""


PAGES = {
    "mullion-wire": page_mullion, "oriel-en": page_oriel, "kittlitz-en": page_kittlitz,
    "longline-en": page_longline, "lag-ru": page_lag, "ekholot-ru": page_ekholot,
    "harutsuge-ja": page_harutsuge, "toki-ja": page_toki,
}
