"""Outlets of corpus blind118: feed metadata and page templates.

Every outlet is invented. Each template returns a complete HTML5 page for one article.
Two outlets (lumpsucker-post, bambuchnik-ru) carry no machine-readable metadata at all:
no og:/article: meta tags, no JSON-LD, no <time datetime>; the date is only in the
visible byline.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "brasswater-wire", "title": "Brasswater Wire - World", "format": "rss", "lang": "en"},
    {"id": "quillback-review", "title": "The Quillback Review - Asia and the North, at length",
     "format": "atom", "lang": "en"},
    {"id": "oarweed-markets", "title": "Oarweed Markets - Russia's Pacific economy",
     "format": "atom", "lang": "en"},
    {"id": "lumpsucker-post", "title": "The Lumpsucker Post - eastern Hokkaido in English",
     "format": "rss", "lang": "en"},
    {"id": "bambuchnik-ru", "title": "Бамбучник - новости Курильских островов",
     "format": "rss", "lang": "ru"},
    {"id": "vostokdelo-ru", "title": "ВостокДело - деловые новости Дальнего Востока",
     "format": "atom", "lang": "ru"},
    {"id": "ezoniu-ja", "title": "えぞにう新聞デジタル（根室・標津・羅臼）", "format": "rss", "lang": "ja"},
    {"id": "hokkaido-seikei", "title": "ほっかいどう政経ウオッチ", "format": "atom", "lang": "ja"},
]

HOSTS = {
    "brasswater-wire": "https://www.brasswaterwire.example",
    "quillback-review": "https://quillbackreview.example",
    "oarweed-markets": "https://oarweedmarkets.example",
    "lumpsucker-post": "https://lumpsuckerpost.example",
    "bambuchnik-ru": "https://bambuchnik.example",
    "vostokdelo-ru": "https://vostokdelo.example",
    "ezoniu-ja": "https://ezoniu-shimbun.example",
    "hokkaido-seikei": "https://hokkaido-seikei.example",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def utc(art) -> datetime:
    return datetime.fromisoformat(art["published"].replace("Z", "+00:00"))


def local(art, hours: int) -> datetime:
    return utc(art).astimezone(timezone(timedelta(hours=hours)))


def paras(art, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{escape(p)}</p>" for p in art["body"])


def url(art) -> str:
    return f"{HOSTS[art['feed']]}/articles/{art['id']}.html"


def jsonld(art, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": art["title"], "description": art["summary"],
        "datePublished": art["published"], "dateModified": art["published"],
        "inLanguage": lang, "mainEntityOfPage": url(art),
        "author": {"@type": "Person", "name": art.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related(items: list[str], host: str) -> str:
    return "\n".join(
        f'<li><a href="{host}/news/{1000 + i * 37}.html">{escape(t)}</a></li>'
        for i, t in enumerate(items))


# --------------------------------------------------------------------------- brasswater-wire

BRASS_RELATED = [
    "Markets wrap: Asian shares mixed as dollar steadies",
    "Explainer: how the G7 price cap on Russian oil works",
    "Typhoon season outlook: forecasters expect an active year",
    "Analysis: Japan's defence budget and the yen",
]


def page_brasswater(art) -> str:
    t = utc(art)
    stamp = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year} {t:%H:%M} GMT"
    host = HOSTS["brasswater-wire"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art['title'])} | Brasswater Wire</title>
<meta name="description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Brasswater Wire">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:url" content="{url(art)}">
<meta property="article:published_time" content="{art['published']}">
<meta property="article:section" content="{escape(art.get('section', 'World'))}">
<link rel="canonical" href="{url(art)}">
<link rel="stylesheet" href="{host}/static/css/wire.4f2c.css">
{jsonld(art, "Brasswater Wire", "en")}
</head>
<body class="article-page">
<div id="consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content, measure audiences and improve
  our services. You can accept all cookies or manage your preferences.</p>
  <button class="btn accept">Accept all</button> <button class="btn manage">Manage preferences</button>
</div>
<header class="masthead">
  <a class="logo" href="{host}/">BRASSWATER<span>WIRE</span></a>
  <nav class="primary"><ul>
    <li><a href="{host}/world">World</a></li><li><a href="{host}/asia">Asia</a></li>
    <li><a href="{host}/europe">Europe</a></li><li><a href="{host}/markets">Markets</a></li>
    <li><a href="{host}/climate">Climate</a></li><li><a href="{host}/sport">Sport</a></li>
    <li><a href="{host}/video">Video</a></li>
  </ul></nav>
  <form class="search" action="{host}/search"><input name="q" placeholder="Search Brasswater"></form>
</header>
<main>
<nav class="breadcrumb"><a href="{host}/world">World</a> › <a href="{host}/asia">{escape(art.get('section', 'Asia'))}</a></nav>
<article>
<h1>{escape(art['title'])}</h1>
<div class="byline">By {escape(art.get('author', 'Brasswater staff'))} <span class="sep">|</span> <span class="ts">{stamp}</span></div>
<div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<div class="article-body">
{paras(art)}
</div>
<p class="credits">{escape(art.get('credits', 'Editing by the Asia desk'))}</p>
<p class="trust"><a href="{host}/trust">Our standards: The Brasswater Trust Principles.</a></p>
</article>
<aside class="read-next"><h2>Read next</h2><ul>
{related(BRASS_RELATED, host)}
</ul></aside>
</main>
<footer class="site-footer">
  <ul><li><a href="{host}/about">About</a></li><li><a href="{host}/careers">Careers</a></li>
  <li><a href="{host}/terms">Terms of use</a></li><li><a href="{host}/privacy">Privacy</a></li>
  <li><a href="{host}/cookies">Cookie settings</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. © {t.year} Brasswater Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- quillback-review

def page_quillback(art) -> str:
    t = utc(art)
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"
    host = HOSTS["quillback-review"]
    words = sum(len(p.split()) for p in art["body"])
    body = art["body"]
    half = max(1, len(body) // 2)
    first = "\n".join(f"<p>{escape(p)}</p>" for p in body[:half])
    rest = "\n".join(f"<p>{escape(p)}</p>" for p in body[half:])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(art['title'])} — The Quillback Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url(art)}">
<meta property="article:published_time" content="{art['published']}">
<meta property="article:author" content="{escape(art.get('author', ''))}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url(art)}">
<link rel="stylesheet" href="{host}/assets/review.css">
</head>
<body>
<div class="topbar"><a href="{host}/subscribe">Subscribe from £4 a month</a> · <a href="{host}/login">Sign in</a></div>
<header>
  <div class="wordmark"><a href="{host}/">The Quillback Review</a></div>
  <nav><a href="{host}/essays">Essays</a> <a href="{host}/asia">Asia</a> <a href="{host}/the-north">The North</a>
  <a href="{host}/economy">Economy</a> <a href="{host}/books">Books</a> <a href="{host}/podcast">Podcast</a></nav>
</header>
<div class="cookie-notice">This site uses cookies for analytics and to remember your reading
preferences. <a href="{host}/cookies">Find out more</a> <button>OK</button></div>
<main class="longread">
<p class="kicker">{escape(art.get('section', 'The North'))}</p>
<h1>{escape(art['title'])}</h1>
<p class="standfirst">{escape(art['summary'])}</p>
<p class="meta">By <a href="{host}/authors/{escape(art.get('author', 'staff').lower().replace(' ', '-'))}">{escape(art.get('author', 'Staff'))}</a> · {stamp} · {max(2, words // 220)} min read</p>
<div class="body dropcap">
{first}
<div class="newsletter-box"><strong>The North, weekly.</strong> Our newsletter on Russia, Japan and the
northern Pacific, every Friday. <a href="{host}/newsletters">Sign up</a></div>
{rest}
</div>
<p class="author-bio">{escape(art.get('bio', 'The author writes on the politics of the North Pacific.'))}</p>
<div class="comments-link"><a href="#comments">Comments ({art.get('comments', 7)})</a></div>
<section class="more"><h2>More from The North</h2><ul>
<li><a href="{host}/the-north/sea-ice-and-salmon">Sea ice and salmon: a season on the Okhotsk coast</a></li>
<li><a href="{host}/books/review-borderlands">Review: a history of the northern borderlands</a></li>
<li><a href="{host}/economy/ports">The ports that keep the Russian Pacific fed</a></li>
</ul></section>
</main>
<footer><p>The Quillback Review is reader-funded. © {t.year} Quillback Publishing Ltd.
<a href="{host}/privacy">Privacy</a> · <a href="{host}/terms">Terms</a> · <a href="{host}/contact">Contact</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- oarweed-markets

def page_oarweed(art) -> str:
    t = utc(art)
    stamp = f"{t:%d %b %Y, %H:%M} UTC"
    host = HOSTS["oarweed-markets"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art['title'])} - Oarweed Markets</title>
<meta name="description" content="{escape(art['summary'])}">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:site_name" content="Oarweed Markets">
<meta property="article:published_time" content="{art['published']}">
<meta name="pubdate" content="{t:%Y%m%d}">
<link rel="canonical" href="{url(art)}">
</head>
<body>
<div class="ticker">USD/RUB 91.4 ▲0.3% · Brent 82.10 ▼0.6% · Pollock fillet (FOB Busan) steady · Nikkei 225 ▲0.4%</div>
<header class="site">
  <a class="brand" href="{host}/">Oarweed<b>Markets</b></a>
  <nav><a href="{host}/markets">Markets</a> | <a href="{host}/energy">Energy</a> | <a href="{host}/fisheries">Fisheries</a> |
  <a href="{host}/logistics">Logistics</a> | <a href="{host}/policy">Policy</a> | <a href="{host}/data">Data</a></nav>
</header>
<div class="gdpr">We use cookies and similar technologies. By continuing to browse you agree to
our use of cookies. <a href="{host}/cookie-policy">Cookie policy</a> <button>Close</button></div>
<main>
<article class="story">
<p class="rubric">{escape(art.get('section', 'Policy'))}</p>
<h1>{escape(art['title'])}</h1>
<p class="dek">{escape(art['summary'])}</p>
<p class="byline">{escape(art.get('author', 'Oarweed Markets staff'))} · {stamp}</p>
{paras(art, 'txt')}
<p class="disclaimer">This article is for information only and is not investment advice.</p>
<div class="share">Share: <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">Telegram</a> · <a href="#">Copy link</a></div>
</article>
<aside><h3>Most read</h3><ol>
<li><a href="{host}/fisheries/pollock-roe-auction">Pollock roe auction prices ease in Busan</a></li>
<li><a href="{host}/logistics/vladivostok-box-rates">Vladivostok container rates hold near highs</a></li>
<li><a href="{host}/energy/coal-to-china">Far East coal shipments to China: the numbers</a></li>
</ol></aside>
</main>
<footer><p>© {t.year} Oarweed Markets. Data supplied by third parties. <a href="{host}/terms">Terms</a> · <a href="{host}/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- lumpsucker-post (no metadata)

def page_lumpsucker(art) -> str:
    t = local(art, 9)
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"
    host = HOSTS["lumpsucker-post"]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{escape(art['title'])} :: The Lumpsucker Post</title>
<link rel="stylesheet" href="{host}/theme/style.css">
</head>
<body>
<div class="cookies">Hi! We use a few cookies so the site works and so we know how many of you
read us. <a href="{host}/privacy">Details</a> · <a href="#" class="ok">Got it</a></div>
<div id="wrap">
<div id="header">
  <h2 class="sitename"><a href="{host}/">The Lumpsucker Post</a></h2>
  <p class="tagline">News from Nemuro, Shibetsu, Rausu and Kushiro — in English</p>
  <ul class="menu"><li><a href="{host}/">Home</a></li><li><a href="{host}/local">Local</a></li>
  <li><a href="{host}/sea">The Sea</a></li><li><a href="{host}/islands">The Islands</a></li>
  <li><a href="{host}/events">Events</a></li><li><a href="{host}/about">About us</a></li></ul>
</div>
<div id="content">
<div class="post">
<h1 class="title">{escape(art['title'])}</h1>
<div class="postinfo">Posted {stamp} · {escape(art.get('place', 'Nemuro'))} · by {escape(art.get('author', 'Post staff'))}</div>
<div class="entry">
{paras(art)}
</div>
<div class="tags">Filed under: {escape(art.get('section', 'Local'))}</div>
<div class="sharethis">Share this: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">LINE</a></div>
</div>
</div>
<div id="sidebar">
  <h3>Most read this week</h3>
  <ul><li><a href="{host}/local/sanma-landing">Saury landings: small fish, better prices</a></li>
  <li><a href="{host}/events/crab-festival">Nemuro crab festival returns to the harbour</a></li>
  <li><a href="{host}/sea/ice-report">Drift ice report: what the satellites show</a></li></ul>
  <h3>Support local news</h3><p>The Post is run by three people and a printer. <a href="{host}/support">Chip in</a>.</p>
</div>
<div id="footer">The Lumpsucker Post · Nemuro, Hokkaido · Not affiliated with any Japanese newspaper ·
<a href="{host}/contact">Contact</a></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- bambuchnik-ru (no metadata)

def page_bambuchnik(art) -> str:
    t = local(art, 11)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    host = HOSTS["bambuchnik-ru"]
    comments = art.get("comments_ru") or []
    ctext = "\n".join(
        f'<div class="comment"><b>{escape(n)}</b><p>{escape(c)}</p></div>' for n, c in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art['title'])} — Бамбучник</title>
<link rel="stylesheet" href="{host}/css/main.css?v=31">
<link rel="icon" href="{host}/favicon.ico">
</head>
<body>
<div class="cookie-popup">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая
пользоваться сайтом, вы соглашаетесь с этим. <button>Понятно</button></div>
<div class="top-line">Южно-Курильск · Курильск · Малокурильское · <a href="{host}/weather">Погода: туман, +9</a></div>
<header>
  <a class="logo" href="{host}/">Бамбучник<small>новости Курильских островов</small></a>
  <nav><a href="{host}/news">Новости</a> <a href="{host}/society">Общество</a> <a href="{host}/economy">Экономика</a>
  <a href="{host}/incidents">Происшествия</a> <a href="{host}/sport">Спорт</a> <a href="{host}/ads">Объявления</a></nav>
</header>
<main>
<div class="article">
<div class="rubric">{escape(art.get('section', 'Новости'))}</div>
<h1>{escape(art['title'])}</h1>
<div class="info">{stamp} · {escape(art.get('place', 'Южно-Курильск'))} · {escape(art.get('author', 'Редакция'))}</div>
<div class="lead"><b>{escape(art['summary'])}</b></div>
<div class="text">
{paras(art)}
</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</div>
<div class="see-also"><h3>Читайте также</h3><ul>
<li><a href="{host}/news/4410.html">График движения автобусов в Южно-Курильске изменится с понедельника</a></li>
<li><a href="{host}/news/4398.html">На Итурупе завершили ремонт дороги к Рейдовому</a></li>
<li><a href="{host}/news/4371.html">Юные футболисты Шикотана стали вторыми на областном турнире</a></li>
</ul></div>
<div class="comments"><h3>Комментарии ({len(comments)})</h3>
{ctext}
</div>
</main>
<footer>
<p>© {t.year} «Бамбучник». Сетевое издание. 16+. Учредитель — ООО «Островные медиа».
При использовании материалов ссылка на сайт обязательна.</p>
<p><a href="{host}/about">О редакции</a> · <a href="{host}/ads-info">Реклама</a> · <a href="{host}/privacy">Политика конфиденциальности</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- vostokdelo-ru

def page_vostokdelo(art) -> str:
    t = local(art, 10)
    stamp = f"{t:%d.%m.%Y %H:%M} (время владивостокское)"
    host = HOSTS["vostokdelo-ru"]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art['title'])} | ВостокДело</title>
<meta name="description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:url" content="{url(art)}">
<meta property="article:published_time" content="{art['published']}">
<meta property="article:section" content="{escape(art.get('section', 'Экономика'))}">
<link rel="canonical" href="{url(art)}">
{jsonld(art, "ВостокДело", "ru")}
</head>
<body>
<div class="cookie">Сайт использует cookie и сервисы веб-аналитики. <a href="{host}/cookie">Подробнее</a> <button>Принять</button></div>
<header class="hdr">
  <div class="logo"><a href="{host}/">Восток<span>Дело</span></a></div>
  <ul class="menu"><li><a href="{host}/economy">Экономика</a></li><li><a href="{host}/finance">Финансы</a></li>
  <li><a href="{host}/fish">Рыба</a></li><li><a href="{host}/transport">Транспорт</a></li>
  <li><a href="{host}/realty">Недвижимость</a></li><li><a href="{host}/power">Власть</a></li></ul>
  <div class="rates">USD 91,42 · CNY 12,61 · JPY 0,60</div>
</header>
<main class="content">
<div class="tag">{escape(art.get('section', 'Экономика'))}</div>
<h1 class="headline">{escape(art['title'])}</h1>
<p class="subtitle">{escape(art['summary'])}</p>
<p class="date">{stamp} · {escape(art.get('author', 'ВостокДело'))}</p>
<div class="article-text">
{paras(art)}
</div>
<div class="tg-promo">Подписывайтесь на телеграм-канал «ВостокДело»: главное о деньгах Дальнего Востока.</div>
<div class="related"><h3>По теме</h3><ul>
<li><a href="{host}/fish/minpromtorg-kvoty">Инвестквоты: какие суда ещё достраиваются</a></li>
<li><a href="{host}/transport/severnyi-zavoz">Северный завоз: итоги навигации</a></li>
<li><a href="{host}/finance/dv-ipoteka">Дальневосточная ипотека: спрос снизился</a></li>
</ul></div>
</main>
<footer class="ftr"><p>© 2019–{t.year} «ВостокДело». Все права защищены. 18+.</p>
<p><a href="{host}/editorial">Редакция</a> · <a href="{host}/adv">Реклама</a> · <a href="{host}/privacy">Конфиденциальность</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- ezoniu-ja

def page_ezoniu(art) -> str:
    t = local(art, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    host = HOSTS["ezoniu-ja"]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(art['title'])}｜えぞにう新聞デジタル</title>
<meta name="description" content="{escape(art['summary'])}">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url(art)}">
<meta property="article:published_time" content="{art['published']}">
<link rel="canonical" href="{url(art)}">
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性向上とアクセス解析のためにCookieを使用しています。
サイトの閲覧を続けることで、Cookieの使用に同意したものとみなします。<a href="{host}/policy">詳しく</a> <button>同意する</button></div>
<header>
  <p class="logo"><a href="{host}/">えぞにう新聞デジタル</a></p>
  <p class="area">根室・標津・羅臼・別海</p>
  <nav><ul><li><a href="{host}/news">ニュース</a></li><li><a href="{host}/nemuro">根室</a></li>
  <li><a href="{host}/shibetsu">標津</a></li><li><a href="{host}/rausu">羅臼</a></li>
  <li><a href="{host}/hoppo">北方領土</a></li><li><a href="{host}/sports">スポーツ</a></li>
  <li><a href="{host}/okuyami">おくやみ</a></li></ul></nav>
</header>
<main>
<article>
<p class="category">{escape(art.get('section', 'ニュース'))}</p>
<h1>{escape(art['title'])}</h1>
<p class="date">{stamp}</p>
<div class="honbun">
{paras(art)}
</div>
<div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
<section class="kanren"><h2>関連記事</h2><ul>
<li><a href="{host}/news/20771">花咲港でサンマの初水揚げ　昨年より小ぶり</a></li>
<li><a href="{host}/news/20759">根室市議会、定例会が開会　補正予算案など審議</a></li>
<li><a href="{host}/news/20742">標津サーモン科学館で稚魚の放流体験</a></li>
</ul></section>
</main>
<footer><p>えぞにう新聞社　〒087-00XX 北海道根室市　記事・写真の無断転載を禁じます。</p>
<p>Copyright © {t.year} Ezoniu Shimbun. All rights reserved.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- hokkaido-seikei

def page_seikei(art) -> str:
    t = local(art, 9)
    stamp = f"{t.year}/{t.month:02d}/{t.day:02d} {t:%H:%M}"
    host = HOSTS["hokkaido-seikei"]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(art['title'])} - ほっかいどう政経ウオッチ</title>
<meta name="description" content="{escape(art['summary'])}">
<meta property="og:site_name" content="ほっかいどう政経ウオッチ">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:url" content="{url(art)}">
<meta property="article:published_time" content="{art['published']}">
<link rel="canonical" href="{url(art)}">
{jsonld(art, "ほっかいどう政経ウオッチ", "ja")}
</head>
<body>
<div id="cookie-banner">本サイトはCookieを利用しています。詳しくは<a href="{host}/privacy">プライバシーポリシー</a>をご覧ください。<button>閉じる</button></div>
<header class="gh">
  <div class="brand"><a href="{host}/">ほっかいどう政経ウオッチ</a></div>
  <ul class="gnav"><li><a href="{host}/politics">政治</a></li><li><a href="{host}/economy">経済</a></li>
  <li><a href="{host}/dosei">道政</a></li><li><a href="{host}/hoppo">北方領土</a></li>
  <li><a href="{host}/world">国際</a></li><li><a href="{host}/column">コラム</a></li></ul>
  <div class="member"><a href="{host}/login">ログイン</a> / <a href="{host}/join">会員登録</a></div>
</header>
<div class="wrap">
<main>
<div class="pankuzu"><a href="{host}/">トップ</a> &gt; <a href="{host}/{escape(art.get('path', 'politics'))}">{escape(art.get('section', '政治'))}</a></div>
<h1 class="midashi">{escape(art['title'])}</h1>
<div class="kiji-meta"><time>{stamp}</time>　{escape(art.get('author', '政経ウオッチ編集部'))}</div>
<div class="kiji">
{paras(art)}
</div>
<div class="share-btns"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a> <a href="#">URLをコピー</a></div>
<div class="member-note">会員登録（無料）で、道政・経済の解説記事が読み放題になります。</div>
</main>
<aside class="side"><h3>アクセスランキング</h3><ol>
<li><a href="{host}/economy/rapidus-2">次世代半導体工場、千歳で試作ライン稼働へ</a></li>
<li><a href="{host}/dosei/gikai-yosan">道議会、補正予算案を可決</a></li>
<li><a href="{host}/economy/jr-hokkaido">JR北海道、赤字線区の見直し議論</a></li>
</ol></aside>
</div>
<footer class="gf"><p>ほっかいどう政経ウオッチ　©{t.year} Hokkaido Seikei Watch Inc.</p>
<p><a href="{host}/about">会社概要</a>｜<a href="{host}/terms">利用規約</a>｜<a href="{host}/contact">お問い合わせ</a></p></footer>
</body>
</html>
"""


TEMPLATES = {
    "brasswater-wire": page_brasswater,
    "quillback-review": page_quillback,
    "oarweed-markets": page_oarweed,
    "lumpsucker-post": page_lumpsucker,
    "bambuchnik-ru": page_bambuchnik,
    "vostokdelo-ru": page_vostokdelo,
    "ezoniu-ja": page_ezoniu,
    "hokkaido-seikei": page_seikei,
}


def render(art) -> str:
    return TEMPLATES[art["feed"]](art)
