"""Outlets of the b117 corpus: feed metadata and page templates.

Every outlet is invented. Two outlets (midel-sakh, gijido-times) serve pages without
any metadata: no og:/article: tags, no JSON-LD, the date appears only in the visible byline.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "marigold-wire", "title": "Marigold Coast Wire - Asia & World", "format": "rss", "lang": "en"},
    {"id": "quarterlight", "title": "The Quarterlight Review - Diplomacy & Statecraft", "format": "atom", "lang": "en"},
    {"id": "hornfels-en", "title": "Hornfels Dispatch - Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "palimpsest-rec", "title": "Palimpsest Record - Readouts, Pressers & Transcripts", "format": "atom", "lang": "en"},
    {"id": "gramota-ru", "title": "«Верительная грамота» — дипломатическая лента", "format": "atom", "lang": "ru"},
    {"id": "midel-sakh", "title": "«Мидель» — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "tameike-gaiden", "title": "溜池外電ニュース", "format": "rss", "lang": "ja"},
    {"id": "gijido-times", "title": "議事堂タイムズ 政治・外交", "format": "atom", "lang": "ja"},
]

NO_METADATA = {"midel-sakh", "gijido-times"}

DOMAINS = {
    "marigold-wire": "www.marigoldcoastwire.net",
    "quarterlight": "quarterlightreview.org",
    "hornfels-en": "www.hornfelsdispatch.com",
    "palimpsest-rec": "record.palimpsest-desk.net",
    "gramota-ru": "gramota-news.ru",
    "midel-sakh": "midel-sakh.ru",
    "tameike-gaiden": "www.tameike-gaiden.jp",
    "gijido-times": "gijido-times.jp",
}

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

MSK = timezone(timedelta(hours=3))
JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))


def _t(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n".join(out)


def _qa(body: list[str]) -> str:
    """Transcript paragraphs: 'Q:' and 'A:' prefixes become labelled turns."""
    out = []
    for p in body:
        if p.startswith("Q: "):
            out.append(f'<div class="turn q"><span class="who">Question</span><p>{escape(p[3:])}</p></div>')
        elif p.startswith("A: "):
            speaker, _, text = p[3:].partition(": ")
            out.append(f'<div class="turn a"><span class="who">{escape(speaker)}</span><p>{escape(text)}</p></div>')
        elif p.startswith("## "):
            out.append(f"<h3>{escape(p[3:])}</h3>")
        else:
            out.append(f'<p class="note">{escape(p)}</p>')
    return "\n".join(out)


def _jsonld(a: dict, url: str, publisher: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": a["published"], "dateModified": a["published"],
        "inLanguage": a["lang"], "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _related(items: list[str], css: str, heading: str) -> str:
    lis = "".join(f'<li><a href="#">{escape(t)}</a></li>' for t in items)
    return f'<aside class="{css}"><h3>{escape(heading)}</h3><ul>{lis}</ul></aside>'


# --------------------------------------------------------------------------- English


def marigold(a: dict) -> str:
    t = _t(a["published"])
    url = f"https://{DOMAINS['marigold-wire']}/asia/{a['slug']}"
    date = f"{t.day} {MONTHS_EN[t.month - 1]} {t.year}, {t:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Marigold Coast Wire</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Marigold Coast Wire">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:section" content="{escape(a.get('section', 'Asia'))}">
<link rel="canonical" href="{url}">
{_jsonld(a, url, "Marigold Coast Wire")}
<link rel="stylesheet" href="/static/mcw.css">
</head>
<body class="mcw article">
<div id="consent" class="mcw-consent" role="dialog">
  <p>We use cookies to measure readership and keep you signed in. Choose <b>Accept</b> or manage your preferences.</p>
  <button>Accept</button> <button>Manage</button>
</div>
<header class="mcw-top">
  <a class="logo" href="/">Marigold Coast Wire</a>
  <nav><a href="/world/">World</a> <a href="/asia/">Asia</a> <a href="/markets/">Markets</a> <a href="/energy/">Energy</a> <a href="/diplomacy/">Diplomacy</a> <a href="/wire/">Latest wire</a></nav>
  <form class="search"><input type="search" placeholder="Search the wire"></form>
</header>
<main>
<article>
  <p class="kicker">{escape(a.get('section', 'Asia'))}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="byline">By {escape(a.get('author', 'Marigold Coast Wire staff'))} &middot; <time>{date}</time></p>
  <div class="share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="body">
{_paras(a['body'])}
  </div>
  <p class="credit">Reporting by {escape(a.get('author', 'staff'))}; editing by the Asia desk. Our standards: the Marigold Trust Principles.</p>
</article>
{_related(a.get('related', []), 'mcw-related', 'More from the wire')}
</main>
<footer class="mcw-foot">
  <nav><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/terms/">Terms of use</a> <a href="/privacy/">Privacy</a> <a href="/cookies/">Cookie settings</a></nav>
  <p>&copy; {t.year} Marigold Coast Wire. All quotes delayed by at least 15 minutes.</p>
</footer>
</body>
</html>
"""


def quarterlight(a: dict) -> str:
    t = _t(a["published"])
    url = f"https://{DOMAINS['quarterlight']}/{t.year}/{t.month:02d}/{a['slug']}/"
    date = f"{MONTHS_EN[t.month - 1]} {t.day}, {t.year}"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — The Quarterlight Review</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:author" content="{escape(a.get('author', ''))}">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/atom+xml" href="/feed.atom">
</head>
<body>
<div class="ql-cookie">This site stores a small file on your device to remember your reading list. <a href="/privacy">Details</a> · <button>OK</button></div>
<header class="ql-masthead">
  <div class="ql-brand"><a href="/">The Quarterlight Review</a><span>Diplomacy &amp; Statecraft</span></div>
  <ul class="ql-menu"><li><a href="/essays">Essays</a></li><li><a href="/explainers">Explainers</a></li><li><a href="/regions/eurasia">Eurasia</a></li><li><a href="/regions/pacific">Pacific</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/subscribe" class="cta">Subscribe</a></li></ul>
</header>
<div class="ql-wrap">
<article class="ql-piece">
  <p class="ql-rubric">{escape(a.get('section', 'Explainer'))}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="ql-dek">{escape(a.get('standfirst', a['summary']))}</p>
  <p class="ql-meta">{escape(a.get('author', 'Quarterlight staff'))} | {date} | {a.get('readtime', 6)} min read</p>
{_paras(a['body'])}
  <p class="ql-bio"><em>{escape(a.get('bio', 'The Quarterlight Review publishes analysis of diplomacy and statecraft.'))}</em></p>
</article>
<section class="ql-comments"><h3>Comments ({a.get('comments', 0)})</h3><p>Comments are open to subscribers and are moderated.</p></section>
{_related(a.get('related', []), 'ql-more', 'Keep reading')}
</div>
<footer class="ql-footer"><p>The Quarterlight Review is reader-funded. <a href="/donate">Support us</a> · <a href="/masthead">Masthead</a> · <a href="/privacy">Privacy</a> · <a href="/feed.atom">Atom</a></p><p>© {t.year} Quarterlight Editions</p></footer>
</body>
</html>
"""


def hornfels(a: dict) -> str:
    t = _t(a["published"])
    url = f"https://{DOMAINS['hornfels-en']}/news/{t:%Y%m%d}-{a['slug']}"
    date = f"{t:%Y-%m-%d %H:%M} UTC"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} - Hornfels Dispatch</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="article:published_time" content="{a['published']}">
<meta name="keywords" content="{escape(', '.join(a.get('tags', [])))}">
{_jsonld(a, url, "Hornfels Dispatch")}
</head>
<body class="hd">
<div class="hd-banner">Hornfels Dispatch uses cookies and similar technologies. By continuing you agree to our cookie policy. <a href="/cookie-policy">Learn more</a> <button>Got it</button></div>
<div class="hd-ticker">MARKETS: Nikkei · KOSPI · Hang Seng · USD/JPY — <a href="/markets">live data</a></div>
<header><h1 class="hd-logo"><a href="/">HORNFELS DISPATCH</a></h1>
<nav class="hd-sections"><a href="/news/japan">Japan</a><a href="/news/china">China</a><a href="/news/korea">Koreas</a><a href="/news/russia-east">Russia East</a><a href="/news/southeast-asia">Southeast Asia</a><a href="/opinion">Opinion</a></nav></header>
<main class="hd-main">
<article>
<h1 class="hd-headline">{escape(a['title'])}</h1>
<p class="hd-summary">{escape(a['summary'])}</p>
<div class="hd-byline">{escape(a.get('author', 'Hornfels Dispatch'))} — {escape(a.get('dateline', ''))} — Published {date}</div>
<div class="hd-share"><button>Facebook</button><button>X</button><button>LINE</button><button>Print</button></div>
{_paras(a['body'])}
<p class="hd-tags">Topics: {escape(' / '.join(a.get('tags', [])))}</p>
</article>
{_related(a.get('related', []), 'hd-related', 'Related coverage')}
<div class="hd-newsletter">Get the Asia-Pacific morning brief in your inbox. <input type="email" placeholder="Email"> <button>Sign up</button></div>
</main>
<footer class="hd-footer"><a href="/about">About us</a> | <a href="/advertise">Advertise</a> | <a href="/corrections">Corrections</a> | <a href="/privacy">Privacy</a><p>Hornfels Dispatch © {t.year}</p></footer>
</body>
</html>
"""


def palimpsest(a: dict) -> str:
    t = _t(a["published"])
    url = f"https://{DOMAINS['palimpsest-rec']}/transcripts/{a['slug']}"
    date = f"{t.day} {MONTHS_EN[t.month - 1]} {t.year}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} · Palimpsest Record</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:section" content="Transcripts">
</head>
<body class="pr">
<div class="pr-consent">Palimpsest Record sets only essential cookies. Optional analytics are off unless you switch them on. <a href="/settings">Settings</a></div>
<header class="pr-head"><a href="/" class="pr-logo">Palimpsest Record</a><span class="pr-tag">Readouts, pressers &amp; transcripts — unofficial translations</span>
<nav><a href="/transcripts">Transcripts</a> <a href="/readouts">Readouts</a> <a href="/calendar">Briefing calendar</a> <a href="/sources">Sources</a> <a href="/search">Search</a></nav></header>
<main class="pr-doc">
<h1>{escape(a['title'])}</h1>
<dl class="pr-facts"><dt>Date</dt><dd>{date}</dd><dt>Source</dt><dd>{escape(a.get('source', ''))}</dd><dt>Translation</dt><dd>{escape(a.get('translation', 'Palimpsest desk, unofficial'))}</dd></dl>
<p class="pr-intro">{escape(a.get('standfirst', a['summary']))}</p>
{_qa(a['body'])}
<p class="pr-disclaimer">Excerpt. Unofficial translation; the original-language transcript prevails. Ellipses mark omitted passages.</p>
</main>
{_related(a.get('related', []), 'pr-related', 'Other transcripts')}
<footer class="pr-foot"><p>Palimpsest Record is an independent archive of public statements. <a href="/about">About</a> · <a href="/licence">Licence</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def gramota(a: dict) -> str:
    t = _t(a["published"]).astimezone(MSK)
    url = f"https://{DOMAINS['gramota-ru']}/news/{a['slug']}"
    date = f"{t.day} {MONTHS_RU[t.month - 1]} {t.year}, {t:%H:%M} мск"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} — «Верительная грамота»</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{a['published']}">
{_jsonld(a, url, "Верительная грамота")}
</head>
<body>
<div class="vg-cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/policy">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="vg-header">
<a class="vg-logo" href="/">Верительная грамота</a><span class="vg-slogan">дипломатическая лента</span>
<nav class="vg-nav"><a href="/news">Лента</a><a href="/mid">МИД</a><a href="/asia">Азия</a><a href="/europe">Европа</a><a href="/interview">Интервью</a><a href="/documents">Документы</a><a href="/archive">Архив</a></nav>
</header>
<main class="vg-main">
<article class="vg-article">
<div class="vg-rubric">{escape(a.get('section', 'Азия'))}</div>
<h1>{escape(a['title'])}</h1>
<div class="vg-date">{date}</div>
<p class="vg-lead"><strong>{escape(a.get('standfirst', a['summary']))}</strong></p>
{_paras(a['body'])}
<div class="vg-author">{escape(a.get('author', 'Редакция'))}</div>
<div class="vg-share">Поделиться: <a href="#">Telegram</a> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a></div>
</article>
{_related(a.get('related', []), 'vg-related', 'Читайте также')}
</main>
<footer class="vg-footer"><p>Сетевое издание «Верительная грамота». 18+</p><p><a href="/about">О редакции</a> · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/rss">RSS/Atom</a></p><p>© {t.year}</p></footer>
</body>
</html>
"""


def midel(a: dict) -> str:
    t = _t(a["published"]).astimezone(SAKH)
    date = f"{t.day} {MONTHS_RU[t.month - 1]} {t.year}, {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | Мидель</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body class="midel">
<div id="cookie-bar">Сайт использует cookies. <a href="/privacy">Подробнее</a> <a href="#" class="close">×</a></div>
<div class="top-line"><span class="weather">Южно-Сахалинск −3° · Южно-Курильск +1°</span> <span class="currency">USD · CNY</span></div>
<header class="head"><a href="/" class="brand">МИДЕЛЬ</a><span class="brand-sub">новости Сахалина и Курил</span>
<ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/society">Общество</a></li><li><a href="/economy">Экономика</a></li><li><a href="/culture">Культура</a></li><li><a href="/sport">Спорт</a></li></ul></header>
<div class="content">
<div class="post">
<h1 class="post-title">{escape(a['title'])}</h1>
<div class="post-info"><span class="post-date">{date}</span> <span class="post-author">{escape(a.get('author', ''))}</span> <span class="views">просмотров: {a.get('views', 600)}</span></div>
<div class="post-text">
{_paras(a['body'])}
</div>
<div class="post-source">{escape(a.get('credit', ''))}</div>
</div>
{_related(a.get('related', []), 'also', 'Другие новости')}
</div>
<div class="footer">© «Мидель». При использовании материалов ссылка обязательна. Редакция: г. Южно-Сахалинск. <a href="/contacts">Контакты</a> · <a href="/adv">Реклама</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese


def tameike(a: dict) -> str:
    t = _t(a["published"]).astimezone(JST)
    url = f"https://{DOMAINS['tameike-gaiden']}/articles/{t:%Y%m%d}/{a['slug']}"
    date = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a['title'])}｜溜池外電ニュース</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="溜池外電ニュース">
<meta property="article:published_time" content="{a['published']}">
{_jsonld(a, url, "溜池外電ニュース")}
</head>
<body>
<div class="tg-cookie">当サイトはサービス向上のためCookieを使用しています。<a href="/privacy">プライバシーポリシー</a><button>同意する</button></div>
<header class="tg-header"><a class="tg-logo" href="/">溜池外電ニュース</a>
<nav class="tg-gnav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/diplomacy">外交</a><a href="/international">国際</a><a href="/economy">経済</a><a href="/hokkaido">北海道</a><a href="/ranking">ランキング</a></nav></header>
<main class="tg-main">
<article class="tg-article">
<p class="tg-cat">{escape(a.get('section', '外交'))}</p>
<h1>{escape(a['title'])}</h1>
<p class="tg-date"><time>{date}</time>　{escape(a.get('author', ''))}</p>
<div class="tg-sns"><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">はてブ</a></div>
<div class="tg-body">
{_paras(a['body'])}
</div>
<p class="tg-copy">（溜池外電ニュース）</p>
</article>
{_related(a.get('related', []), 'tg-rel', '関連記事')}
<div class="tg-rank"><h3>アクセスランキング</h3><ol><li><a href="#">円相場、一時140円台</a></li><li><a href="#">首相動静</a></li><li><a href="#">きょうの天気</a></li></ol></div>
</main>
<footer class="tg-footer"><a href="/about">会社概要</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/contact">お問い合わせ</a><p>Copyright © 溜池外電ニュース All rights reserved.</p></footer>
</body>
</html>
"""


def gijido(a: dict) -> str:
    t = _t(a["published"]).astimezone(JST)
    date = f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - 議事堂タイムズ</title>
<link rel="stylesheet" href="/assets/gt.css">
</head>
<body>
<div class="gt-consent">議事堂タイムズでは、閲覧状況の分析にCookieを利用します。<a href="/cookie">詳しく</a>　<span class="btn">閉じる</span></div>
<div class="gt-head"><div class="gt-title"><a href="/">議事堂タイムズ</a></div><div class="gt-sub">政治・外交</div>
<ul class="gt-nav"><li><a href="/kokkai">国会</a></li><li><a href="/seito">政党</a></li><li><a href="/kantei">官邸</a></li><li><a href="/gaiko">外交</a></li><li><a href="/senkyo">選挙</a></li><li><a href="/opinion">論説</a></li></ul></div>
<div class="gt-container">
<div class="gt-entry">
<div class="gt-entry-head"><h1>{escape(a['title'])}</h1>
<div class="gt-entry-date">{date}　{escape(a.get('author', '政治部'))}</div></div>
<div class="gt-entry-body">
{_paras(a['body'])}
</div>
<div class="gt-entry-foot">この記事を共有：<a href="#">X</a>　<a href="#">LINE</a>　<a href="#">メール</a></div>
</div>
{_related(a.get('related', []), 'gt-side', 'あわせて読みたい')}
</div>
<div class="gt-foot">議事堂タイムズ　｜　<a href="/about">運営者情報</a>　｜　<a href="/policy">編集方針</a>　｜　<a href="/privacy">プライバシー</a><br>無断転載を禁じます</div>
</body>
</html>
"""


TEMPLATES = {
    "marigold-wire": marigold,
    "quarterlight": quarterlight,
    "hornfels-en": hornfels,
    "palimpsest-rec": palimpsest,
    "gramota-ru": gramota,
    "midel-sakh": midel,
    "tameike-gaiden": tameike,
    "gijido-times": gijido,
}


def render(article: dict) -> str:
    return TEMPLATES[article["feed"]](article)
