"""Outlet definitions and page templates for the b92 corpus.

Every outlet has its own page template: navigation, cookie banners, share
buttons, related links and footers differ, as do the metadata conventions.
Two outlets (northwold-ledger, palata-ru) publish pages with no metadata at
all: no og: tags, no JSON-LD, no article:published_time.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "tarnbrook-wire", "title": "Tarnbrook Wire — Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "sealhollow-review", "title": "The Sealhollow Review — Law & Politics in Asia", "format": "atom", "lang": "en"},
    {"id": "northwold-ledger", "title": "Northwold Ledger — Japan, Russia & the North Pacific", "format": "rss", "lang": "en"},
    {"id": "zakonodatel-sakh", "title": "Законодатель Сахалина — политика и парламентская хроника", "format": "rss", "lang": "ru"},
    {"id": "pravoved-dv", "title": "ПравоведДВ — суды и законы Дальнего Востока", "format": "atom", "lang": "ru"},
    {"id": "palata-ru", "title": "Палата-Инфо — лента политических новостей", "format": "rss", "lang": "ru"},
    {"id": "kokkai-hokkai-ja", "title": "北海議会ジャーナル", "format": "atom", "lang": "ja"},
    {"id": "shimakage-ja", "title": "島影新聞デジタル", "format": "rss", "lang": "ja"},
]

METADATA = {
    "tarnbrook-wire": "og:, article:published_time, JSON-LD NewsArticle",
    "sealhollow-review": "og:, article:published_time (no JSON-LD)",
    "northwold-ledger": "none",
    "zakonodatel-sakh": "og:, JSON-LD NewsArticle (no article:published_time)",
    "pravoved-dv": "og:, article:published_time, JSON-LD NewsArticle",
    "palata-ru": "none",
    "kokkai-hokkai-ja": "og:, article:published_time (no JSON-LD)",
    "shimakage-ja": "og:, article:published_time, JSON-LD NewsArticle",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return ts(a).astimezone(timezone(timedelta(hours=hours)))


def slug_url(base: str, a) -> str:
    return f"{base}/articles/{a['id']}.html"


def paragraphs(body: list[str], pclass: str = "") -> str:
    out = []
    cls = f' class="{pclass}"' if pclass else ""
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        elif p.startswith("Q: "):
            out.append(f'<p class="question"><strong>{escape(p[3:])}</strong></p>')
        else:
            out.append(f"<p{cls}>{escape(p)}</p>")
    return "\n".join(out)


def jsonld(a, url: str, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": ts(a).isoformat().replace("+00:00", "Z"),
        "dateModified": ts(a).isoformat().replace("+00:00", "Z"),
        "inLanguage": lang,
        "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("byline") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def pick(pool: list[str], n: int, k: int = 4) -> list[str]:
    return [pool[(n * 3 + i * 5) % len(pool)] for i in range(k)]


# --------------------------------------------------------------------------- tarnbrook-wire

TARN_RELATED = [
    "Yen slips as BOJ signals patience on rate path",
    "Typhoon season: insurers raise Okinawa premiums",
    "Hokkaido scallop exporters look to Southeast Asia",
    "Analysis: Asia's shipping lanes brace for winter storms",
    "Seoul, Tokyo hold working-level talks on supply chains",
    "Factbox: What is Japan's economic security law?",
    "Philippine coast guard reports new water cannon incident",
    "Mongolia's copper exports hit record on China demand",
    "Taiwan's central bank holds rates steady",
]


def tarnbrook(a) -> str:
    t = ts(a)
    disp = t.strftime("%B %-d, %Y %-I:%M %p GMT")
    url = slug_url("https://www.tarnbrookwire.com", a)
    related = "".join(f'<li><a href="/asia-pacific/{i+1:03d}-{a["n"]}">{escape(h)}</a></li>'
                      for i, h in enumerate(pick(TARN_RELATED, a["n"])))
    credit = a.get("credit") or "Reporting by Tarnbrook staff; Editing by Desk editors"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Tarnbrook Wire</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tarnbrook Wire">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
<meta property="article:section" content="{escape(a.get('section', 'Asia Pacific'))}">
<link rel="canonical" href="{url}">
{jsonld(a, url, 'Tarnbrook Wire', 'en')}
<link rel="stylesheet" href="/static/tw-main.4f1c.css">
</head>
<body class="tw-article">
<div id="consent" class="tw-consent" role="dialog">
  <p>We and our partners use cookies to personalise content, measure audiences and improve our services. You can change your choices at any time under <a href="/privacy">Privacy settings</a>.</p>
  <button class="accept">Accept all</button><button class="reject">Reject non-essential</button>
</div>
<header class="tw-header">
  <a class="tw-logo" href="/">TARNBROOK<span>WIRE</span></a>
  <nav class="tw-nav">
    <a href="/world">World</a><a href="/asia-pacific" class="active">Asia Pacific</a><a href="/markets">Markets</a>
    <a href="/politics">Politics</a><a href="/legal">Legal</a><a href="/energy">Energy</a><a href="/video">Video</a>
  </nav>
  <form class="tw-search" action="/search"><input name="q" placeholder="Search Tarnbrook"></form>
  <a class="tw-signin" href="/account">Sign in</a>
</header>
<div class="tw-ticker">MARKETS &middot; Nikkei &middot; KOSPI &middot; Hang Seng &middot; USD/JPY &middot; Brent &middot; quotes delayed 15 min</div>
<main class="tw-main">
<article>
  <div class="tw-kicker">{escape(a.get('section', 'Asia Pacific'))}</div>
  <h1>{escape(a['title'])}</h1>
  <div class="tw-meta"><span class="tw-byline">By {escape(a.get('byline', 'Tarnbrook staff'))}</span>
  <time datetime="{t.isoformat()}">{disp}</time> &middot; <span>{a.get('readtime', 3)} min read</span></div>
  <div class="tw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="tw-body">
{paragraphs(a['body'])}
  </div>
  <p class="tw-credit">{escape(credit)}</p>
  <p class="tw-standards"><a href="/trust">Our Standards: The Tarnbrook Trust Principles.</a></p>
</article>
<aside class="tw-readnext">
  <h3>Read next</h3>
  <ul>{related}</ul>
</aside>
<aside class="tw-ad">Advertisement &middot; Scroll to continue</aside>
</main>
<footer class="tw-footer">
  <nav><a href="/about">About Tarnbrook</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Tarnbrook Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- sealhollow-review

SEAL_MORE = [
    "The quiet expansion of Japan's coast guard law",
    "How Seoul's courts are rewriting wartime labour claims",
    "Mongolia's third-neighbour policy, thirty years on",
    "Taiwan's recall votes and what they say about its legislature",
    "Indonesia's new capital and the law that built it",
    "A short history of the Japan–Soviet fisheries talks",
    "Why Asian parliaments keep passing resolutions nobody enforces",
    "The Philippines' maritime zones act, one year later",
]


def sealhollow(a) -> str:
    t = ts(a)
    disp = t.strftime("%-d %B %Y")
    url = slug_url("https://sealhollowreview.org", a)
    more = "".join(f'<li><a href="/essays/{i+7}{a["n"]:02d}">{escape(h)}</a></li>'
                   for i, h in enumerate(pick(SEAL_MORE, a["n"], 3)))
    comments = ""
    if a.get("comments"):
        items = "".join(f'<li><span class="who">{escape(w)}</span><p>{escape(c)}</p></li>'
                        for w, c in a["comments"])
        comments = f'<section class="sr-comments"><h3>{len(a["comments"])} comments</h3><ul>{items}</ul><p><a href="/login">Log in to comment</a></p></section>'
    standfirst = a.get("standfirst", a["summary"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — The Sealhollow Review</title>
<meta name="viewport" content="width=device-width">
<meta property="og:site_name" content="The Sealhollow Review">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:author" content="{escape(a.get('byline', 'Sealhollow correspondents'))}">
<link rel="stylesheet" href="/assets/sr.css?v=31">
</head>
<body>
<div class="sr-cookie">This site uses cookies for essential functions and anonymous statistics. <a href="/cookies">Learn more</a> <button>OK</button></div>
<div class="sr-topbar"><a href="/subscribe">Subscribe from &pound;4 a month</a> | <a href="/newsletters">Newsletters</a> | <a href="/login">Log in</a></div>
<header class="sr-masthead">
  <a href="/" class="sr-title">The Sealhollow Review</a>
  <p class="sr-tag">Law &amp; Politics in Asia</p>
  <nav><a href="/law">Law</a> <a href="/parliaments">Parliaments</a> <a href="/courts">Courts</a> <a href="/borders">Borders &amp; Sea</a> <a href="/essays">Essays</a> <a href="/podcast">Podcast</a></nav>
</header>
<main>
<article class="sr-article">
  <p class="sr-section">{escape(a.get('section', 'Borders & Sea'))}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="sr-standfirst">{escape(standfirst)}</p>
  <p class="sr-byline">{escape(a.get('byline', 'Sealhollow correspondents'))} &middot; {disp} &middot; {a.get('readtime', 4)} minute read</p>
  <div class="sr-share">Share: <a href="#">Bluesky</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
  <div class="sr-text">
{paragraphs(a['body'])}
  </div>
  <div class="sr-newsletter"><h4>The Borders Brief</h4><p>Disputed islands, maritime law and the politics of sovereignty, every Thursday.</p><form><input placeholder="Your email"><button>Sign up</button></form></div>
</article>
<aside class="sr-more"><h3>More from the Review</h3><ul>{more}</ul></aside>
{comments}
</main>
<footer class="sr-footer">
  <p>The Sealhollow Review is published by Sealhollow Editions Ltd. Registered in England &amp; Wales.</p>
  <p><a href="/about">About</a> · <a href="/masthead">Masthead</a> · <a href="/corrections">Corrections</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- northwold-ledger (no metadata)

NW_RECENT = [
    "Nemuro port notes: the last saury boats of the season",
    "Reading list: the Soviet–Japanese war in August 1945",
    "Sakhalin ferry timetable changes for winter",
    "Letter from Kushiro: fog, fish and the price of diesel",
    "Archive: our 2019 interview with a Shikotan-born teacher",
    "Book review: a new history of the Kuril Ainu",
    "Crab prices in Hokkaido markets, week by week",
    "Notes on transliterating Russian place names",
]


def northwold(a) -> str:
    t = ts(a)
    disp = t.strftime("%-d %B %Y")
    recent = "".join(f'<li><a href="/p/{(a["n"] * 7 + i) % 400 + 100}">{escape(h)}</a></li>'
                     for i, h in enumerate(pick(NW_RECENT, a["n"], 5)))
    byline = a.get("byline", "The Ledger desk")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Northwold Ledger | {escape(a['title'])}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<table class="frame" width="100%"><tr><td class="masthead" colspan="2">
<a href="/"><b>NORTHWOLD LEDGER</b></a> &mdash; Japan, Russia &amp; the North Pacific since 2009
<div class="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/columns">Columns</a> | <a href="/archive">Archive</a> | <a href="/about">About</a> | <a href="/donate">Support us</a></div>
</td></tr>
<tr><td class="content" valign="top">
<div class="notice">We store one cookie to remember that you closed this notice. <a href="#">Close</a></div>
<h1>{escape(a['title'])}</h1>
<div class="posted">Posted {disp} by {escape(byline)} &middot; filed under {escape(a.get('section', 'News'))}</div>
{paragraphs(a['body'])}
<div class="postfoot">Permalink &middot; <a href="#">Print</a> &middot; <a href="#">Send to a friend</a></div>
</td>
<td class="sidebar" valign="top" width="240">
<h4>Recent posts</h4>
<ul>{recent}</ul>
<h4>Subscribe</h4>
<p>Get the Ledger by RSS or weekly email.</p>
<h4>Elsewhere</h4>
<p><a href="/links">Links we read</a></p>
</td></tr>
<tr><td colspan="2" class="footer">Northwold Ledger is reader-supported and independent. Text &copy; {t.year} the authors. Contact: desk at northwold-ledger dot net.</td></tr>
</table>
</body>
</html>
"""


# --------------------------------------------------------------------------- zakonodatel-sakh

ZAK_ALSO = [
    "В Корсакове завершили ремонт набережной",
    "Облизбирком утвердил график обучения членов УИК",
    "Депутаты обсудили тарифы на паромную переправу Ванино — Холмск",
    "В Невельске открыли новый детский сад",
    "Сахалинские школьники победили на олимпиаде по праву",
    "Комитет облдумы рассмотрел поправки о малом бизнесе",
    "Синоптики обещают метель на севере острова",
    "В Охе обсудили расселение аварийного жилья",
]


def zakonodatel(a) -> str:
    lt = local(a, 11)
    disp = f"{lt.day} {RU_MONTHS[lt.month - 1]} {lt.year}, {lt:%H:%M}"
    url = slug_url("https://zakonodatel-sakh.ru", a)
    also = "".join(f'<li><a href="/news/{lt.year}/{i+1}{a["n"]:03d}">{escape(h)}</a></li>'
                   for i, h in enumerate(pick(ZAK_ALSO, a["n"])))
    tags = " ".join(f'<a href="/tag/{escape(x)}">#{escape(x)}</a>' for x in a.get("tags", ["облдума"]))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} — Законодатель Сахалина</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="ru_RU">
{jsonld(a, url, 'Законодатель Сахалина', 'ru')}
<link rel="stylesheet" href="/css/site.min.css">
</head>
<body>
<div class="cookie-bar">Мы используем файлы cookie и сервисы веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой обработки данных</a>. <span class="close">Понятно</span></div>
<header class="site-header">
  <div class="logo"><a href="/">Законодатель<br><small>Сахалина</small></a></div>
  <div class="weather">Южно-Сахалинск −3° · Курильск +1° · Оха −9°</div>
  <nav class="main-menu">
    <a href="/news">Новости</a><a href="/oblduma">Облдума</a><a href="/municipal">Муниципалитеты</a>
    <a href="/kurily">Курилы</a><a href="/vybory">Выборы</a><a href="/economy">Экономика</a><a href="/interview">Интервью</a>
  </nav>
</header>
<main class="page">
<article class="news-item">
  <div class="crumbs"><a href="/">Главная</a> / <a href="/{escape(a.get('rubric_slug', 'news'))}">{escape(a.get('section', 'Новости'))}</a></div>
  <h1>{escape(a['title'])}</h1>
  <div class="date">{disp}</div>
  <p class="lead"><b>{escape(a['summary'])}</b></p>
  <div class="text">
{paragraphs(a['body'])}
  </div>
  <div class="author">{escape(a.get('byline', 'Пресс-служба редакции'))}</div>
  <div class="tags">{tags}</div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
  <div class="subscribe-tg">Подписывайтесь на наш канал в Telegram — все решения облдумы первыми.</div>
</article>
<aside class="also"><h3>Читайте также</h3><ul>{also}</ul></aside>
</main>
<footer class="site-footer">
  <p>Сетевое издание «Законодатель Сахалина». Свидетельство о регистрации СМИ ЭЛ № ФС 77-8{a['n']:02d}41. Учредитель ООО «Островная медиагруппа». 16+</p>
  <p>При использовании материалов ссылка на сайт обязательна. <a href="/reklama">Реклама</a> · <a href="/contacts">Контакты</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- pravoved-dv

PRAV_ALSO = [
    "Верховный суд разъяснил порядок взыскания неустойки по ДДУ",
    "Арбитраж Приморья отказал в иске к порту Находка",
    "Что изменится в законодательстве с 1 числа: обзор",
    "Хабаровский краевой суд смягчил приговор экс-чиновнику",
    "Практика: споры о «дальневосточном гектаре»",
    "Камчатский суд обязал восстановить лесополосу",
    "Комментарий: новые правила регистрации маломерных судов",
    "Юристы оценили поправки в Земельный кодекс",
]


def pravoved(a) -> str:
    lt = local(a, 10)
    disp = f"{lt:%d.%m.%Y %H:%M} (Влд)"
    url = slug_url("https://pravoved-dv.ru", a)
    also = "".join(f'<li><a href="/material/{lt.year}{i}{a["n"]:03d}">{escape(h)}</a></li>'
                   for i, h in enumerate(pick(PRAV_ALSO, a["n"])))
    tags = ", ".join(f'<a href="/tags/{escape(x)}">{escape(x)}</a>' for x in a.get("tags", ["Курилы"]))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | ПравоведДВ</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="ПравоведДВ">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{lt.isoformat()}">
<meta property="article:section" content="{escape(a.get('section', 'Законодательство'))}">
{jsonld(a, url, 'ПравоведДВ', 'ru')}
<link rel="stylesheet" href="/static/pdv.css">
</head>
<body>
<div id="cookie-note">Сайт использует cookie. Подробнее — в <a href="/policy">политике конфиденциальности</a>. <button>Принять</button></div>
<header>
  <div class="brand"><a href="/">Правовед<span>ДВ</span></a><em>суды · законы · практика</em></div>
  <nav><a href="/courts">Суды</a> | <a href="/laws">Законодательство</a> | <a href="/practice">Практика</a> | <a href="/comments">Комментарии</a> | <a href="/interview">Интервью</a> | <a href="/docs">Документы</a></nav>
</header>
<div class="wrap">
<article>
  <div class="rubric">{escape(a.get('section', 'Законодательство'))}</div>
  <h1>{escape(a['title'])}</h1>
  <div class="info"><time>{disp}</time> · {escape(a.get('byline', 'Редакция ПравоведДВ'))}</div>
  <div class="anons">{escape(a['summary'])}</div>
  <div class="content">
{paragraphs(a['body'])}
  </div>
  <div class="tags">Теги: {tags}</div>
  <div class="share">Поделиться: <a href="#">VK</a> · <a href="#">Telegram</a> · <a href="#">WhatsApp</a></div>
  <div class="mistake">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter</div>
</article>
<aside><h3>Другие материалы</h3><ol>{also}</ol>
<div class="promo">Консультация юриста по морскому праву — <a href="/consult">записаться</a></div></aside>
</div>
<footer><p>© 2016–{lt.year} ПравоведДВ. Материалы не являются юридической консультацией. 18+</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- palata-ru (no metadata)

PAL_FEED = [
    "Совет Федерации одобрил закон о маркировке",
    "В Госдуме предложили изменить порядок выборов мэров",
    "Минфин внёс поправки в бюджетный кодекс",
    "ЦИК утвердил форму протоколов",
    "Комитет по бюджету поддержал законопроект о кэшбэке",
    "Депутаты приняли закон о ветеринарии во втором чтении",
    "Правительство внесло законопроект о туристическом налоге",
    "В Думе обсудили регулирование маркетплейсов",
]


def palata(a) -> str:
    lt = local(a, 3)
    disp = f"{lt:%d.%m.%Y %H:%M}"
    feed = "".join(f'<li><span>{(lt - timedelta(minutes=17 * (i + 1))):%H:%M}</span> <a href="/n/{a["n"]}{i}">{escape(h)}</a></li>'
                   for i, h in enumerate(pick(PAL_FEED, a["n"], 5)))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} :: Палата-Инфо</title>
<link rel="stylesheet" href="/s/p.css">
</head>
<body>
<div class="top"><a href="/" class="logo">ПАЛАТА<b>ИНФО</b></a>
<span class="menu"><a href="/lenta">Лента</a> <a href="/duma">Госдума</a> <a href="/sovfed">Совфед</a> <a href="/pravitelstvo">Правительство</a> <a href="/regiony">Регионы</a> <a href="/mir">В мире</a></span></div>
<div class="cookies">Используя сайт, вы соглашаетесь на обработку cookie. [x]</div>
<div class="cols">
<div class="main">
<div class="when">{disp} МСК</div>
<h1>{escape(a['title'])}</h1>
{paragraphs(a['body'])}
<div class="src">{escape(a.get('byline', 'Палата-Инфо'))}</div>
<div class="social">Поделиться: VK · TG · OK</div>
</div>
<div class="side"><div class="h">Лента новостей</div><ul>{feed}</ul></div>
</div>
<div class="bottom">© Палата-Инфо, {lt.year}. Все права защищены. Перепечатка — только с активной ссылкой. 18+</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- kokkai-hokkai-ja

KOK_REL = [
    "道議会定例会が開会　補正予算案など提出",
    "札幌市議会、除雪費の補正を可決",
    "衆院北海道ブロック、各党の候補者出そろう",
    "釧路市議会が一般質問　人口減少対策を議論",
    "道、国に要望書　物価高対策の継続を",
    "参院北海道選挙区、投票率は前回を下回る",
    "苫小牧市長が定例会見　港湾整備に意欲",
    "道議会の政務活動費、使途公開を拡大",
]


def kokkai(a) -> str:
    lt = local(a, 9)
    disp = f"{lt.year}年{lt.month}月{lt.day}日 {lt:%H:%M}"
    url = slug_url("https://kokkai-hokkai.jp", a)
    rel = "".join(f'<li><a href="/article/{lt.year}{lt.month:02d}{i}{a["n"]:02d}">{escape(h)}</a></li>'
                  for i, h in enumerate(pick(KOK_REL, a["n"])))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a['title'])}｜北海議会ジャーナル</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="北海議会ジャーナル">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{lt.isoformat()}">
<link rel="stylesheet" href="/common/css/kh.css">
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性向上とアクセス解析のためにCookieを使用しています。<a href="/privacy/">詳しく見る</a><button>同意する</button></div>
<header class="gh">
  <p class="gh-logo"><a href="/">北海議会ジャーナル</a></p>
  <ul class="gh-nav"><li><a href="/">トップ</a></li><li><a href="/kokkai/">国会</a></li><li><a href="/dogikai/">道議会</a></li><li><a href="/shichoson/">市町村議会</a></li><li><a href="/senkyo/">選挙</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/keizai/">経済</a></li></ul>
  <p class="gh-login"><a href="/member/">会員ログイン</a>｜<a href="/entry/">無料登録</a></p>
</header>
<main class="contents">
<article class="kiji">
  <p class="kiji-cat">{escape(a.get('section', '国会'))}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="kiji-date">{disp}</p>
  <div class="sns"><a href="#">Xでポスト</a><a href="#">Facebook</a><a href="#">LINEで送る</a><a href="#">はてブ</a></div>
  <div class="kiji-body">
{paragraphs(a['body'])}
  </div>
  <p class="kiji-writer">{escape(a.get('byline', '（報道部）'))}</p>
</article>
<section class="kanren"><h2>関連記事</h2><ul>{rel}</ul></section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>道議会の議席配分、次回選挙で見直し</li><li>除雪費、今冬も予算超過の見通し</li><li>JR路線維持、沿線自治体が協議</li></ol></section>
</main>
<footer class="gf"><p>掲載記事・写真の無断転載を禁じます。</p><p>Copyright &copy; {lt.year} 北海議会ジャーナル社 All rights reserved.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- shimakage-ja

SHIMA_REL = [
    "花咲港でサンマ初水揚げ　昨年より少なめ",
    "根室市内の小学校で「北方領土学習」",
    "別海町で酪農フェア　子ども向け搾乳体験",
    "羅臼昆布、今季の等級検査始まる",
    "納沙布岬で初日の出　約300人が集う",
    "中標津空港、冬ダイヤを発表",
    "根室高校、野球部が地区大会で準優勝",
    "標津サーモン科学館、入館者20万人突破",
]


def shimakage(a) -> str:
    lt = local(a, 9)
    disp = f"{lt.year}年{lt.month}月{lt.day}日 {lt:%H:%M}"
    url = slug_url("https://shimakage-np.jp", a)
    rel = "".join(f'<li><a href="/news/{lt.year}/{i}{a["n"]:03d}/">{escape(h)}</a></li>'
                  for i, h in enumerate(pick(SHIMA_REL, a["n"])))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a['title'])} - 島影新聞デジタル</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="島影新聞デジタル">
<meta property="article:published_time" content="{lt.isoformat()}">
{jsonld(a, url, '島影新聞社', 'ja')}
<link rel="stylesheet" href="/assets/shimakage.css">
</head>
<body>
<div id="cookie">島影新聞デジタルはサービス向上のためCookieを利用します。<a href="/policy/">プライバシーポリシー</a> <span>閉じる</span></div>
<header class="hd">
  <div class="hd-logo"><a href="/">島影新聞<small>デジタル</small></a></div>
  <div class="hd-date">根室・釧路・道東のニュース</div>
  <nav class="hd-nav"><a href="/nemuro/">根室・釧路</a><a href="/hoppo/">北方領土</a><a href="/gyogyo/">漁業</a><a href="/donai/">道内</a><a href="/zenkoku/">全国・国際</a><a href="/sports/">スポーツ</a><a href="/okuyami/">おくやみ</a></nav>
</header>
<main>
<article class="article">
  <h1>{escape(a['title'])}</h1>
  <div class="article-info"><time datetime="{lt.isoformat()}">{disp}</time><span class="cat">{escape(a.get('section', '北方領土'))}</span></div>
  <div class="share"><a href="#">X</a> <a href="#">LINE</a> <a href="#">Facebook</a> <a href="#">印刷</a></div>
  <div class="article-body">
{paragraphs(a['body'])}
  </div>
  <div class="paywall-note">この記事は会員限定記事です。続きは有料会員登録でお読みいただけます（※本記事は期間限定で全文公開中）。</div>
</article>
<aside class="related"><h2>関連ニュース</h2><ul>{rel}</ul></aside>
<aside class="oshirase"><h2>お知らせ</h2><p>紙面ビューアーのメンテナンスのお知らせ</p><p>「読者の声」募集中</p></aside>
</main>
<footer class="ft"><p>島影新聞社　〒087-00xx 北海道根室市</p><p>当サイトに掲載の記事・写真の無断転載を禁じます。&copy; Shimakage Shimbun</p></footer>
</body>
</html>
"""


RENDER = {
    "tarnbrook-wire": tarnbrook,
    "sealhollow-review": sealhollow,
    "northwold-ledger": northwold,
    "zakonodatel-sakh": zakonodatel,
    "pravoved-dv": pravoved,
    "palata-ru": palata,
    "kokkai-hokkai-ja": kokkai,
    "shimakage-ja": shimakage,
}
