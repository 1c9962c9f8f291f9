"""Page templates, one per invented outlet.

Each template takes an article dict (see articles_*.py) and a context with
`related` (earlier articles of the same outlet) and returns a full HTML page.
Two outlets (yuzhnye-vorota-ru, michishio-ja) publish pages without any
machine-readable metadata: no og:*, no JSON-LD, no article:published_time.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "trawlboard-en", "title": "Trawlboard - North Pacific Fisheries & Markets",
     "format": "rss", "lang": "en"},
    {"id": "spraymark-wire", "title": "Spraymark Wire - Asia-Pacific",
     "format": "atom", "lang": "en"},
    {"id": "shoalwater-en", "title": "The Shoalwater Gazette - Japan & the North Pacific",
     "format": "rss", "lang": "en"},
    {"id": "capelin-digest", "title": "Capelin Digest - North Pacific weekly",
     "format": "atom", "lang": "en"},
    {"id": "nerest-ru", "title": "Нерест - рыбацкие новости Сахалина и Курил",
     "format": "rss", "lang": "ru"},
    {"id": "yuzhnye-vorota-ru", "title": "Южные ворота - новости Южно-Курильского округа",
     "format": "atom", "lang": "ru"},
    {"id": "habomai-kaiho-ja", "title": "歯舞海報 電子版",
     "format": "rss", "lang": "ja"},
    {"id": "michishio-ja", "title": "満潮タイムズ 道東",
     "format": "atom", "lang": "ja"},
]

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))

e = html.escape


def paras(body: str, p_class: str = "") -> str:
    """Body text: paragraphs separated by blank lines; '## ' subheads; '> ' quotes;
    '- ' bullet lines grouped into a list."""
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for block in [b.strip() for b in body.strip().split("\n\n") if b.strip()]:
        if block.startswith("## "):
            out.append(f"<h2>{e(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f"<blockquote><p>{e(block[2:])}</p></blockquote>")
        elif block.startswith("- "):
            items = [ln[2:].strip() for ln in block.split("\n") if ln.startswith("- ")]
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
        else:
            out.append(f"<p{cls}>{e(' '.join(block.split(chr(10))))}</p>")
    return "\n".join(out)


def when(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def rel_list(related, fmt, empty):
    if not related:
        return empty
    return "\n".join(fmt(r) for r in related)


# --------------------------------------------------------------------- trawlboard-en
def trawlboard(a, ctx):
    t = when(a)
    iso = t.isoformat().replace("+00:00", "Z")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso, "dateModified": iso, "inLanguage": "en",
          "author": {"@type": "Person", "name": a.get("author", "Trawlboard staff")},
          "publisher": {"@type": "Organization", "name": "Trawlboard Media"},
          "articleSection": a.get("section", "Markets"), "description": a["summary"]}
    related = rel_list(ctx["related"], lambda r: (
        f'<li><a href="/articles/{r["id"]}.html">{e(r["title"])}</a>'
        f'<span class="rd">{when(r):%d %b %Y}</span></li>'),
        '<li><a href="/explainers/hanasaki-auction">Explainer: how the Hanasaki '
        'auction sets urchin prices</a></li>\n<li><a href="/data/imports">Data: Japan\'s '
        'monthly seafood imports by origin</a></li>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a["title"])} | Trawlboard</title>
<meta name="description" content="{e(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Trawlboard">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:description" content="{e(a["summary"])}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{e(a.get("section", "Markets"))}">
<link rel="stylesheet" href="/static/tb.css?v=41">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="tb article">
<div id="consent" class="consent">We use cookies to measure readership and keep you signed in.
 <button>Accept</button> <button>Settings</button></div>
<div class="ticker"><span>HANASAKI UNI (top) &yen;/kg</span> <span>SNOW CRAB Toyosu &yen;/kg</span>
 <span>POLLOCK roe Busan $/t</span> <span>SAURY Kushiro &yen;/kg</span> <a href="/data/">All market data &rsaquo;</a></div>
<header class="masthead">
 <a class="logo" href="/">TRAWLBOARD</a><span class="tag">North Pacific Fisheries &amp; Markets</span>
 <nav><a href="/markets/">Markets</a><a href="/fleets/">Fleets</a><a href="/policy/">Policy</a>
 <a href="/processing/">Processing</a><a href="/aquaculture/">Aquaculture</a><a href="/events/">Events</a>
 <a class="sub" href="/subscribe/">Subscribe</a><a href="/login/">Sign in</a></nav>
</header>
<main>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/{a.get("section", "Markets").lower()}/">{e(a.get("section", "Markets"))}</a></div>
<article>
<h1>{e(a["title"])}</h1>
<p class="standfirst">{e(a["summary"])}</p>
<div class="byline">By {e(a.get("author", "Trawlboard staff"))} &middot; <time>{t:%d %B %Y}</time></div>
<div class="share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a></div>
<div class="body">
{paras(a["body"])}
</div>
<aside class="box">{e(a.get("box", "Trawlboard publishes auction data every trading day. Subscribers can download the full series."))}</aside>
</article>
<section class="related"><h3>More from Trawlboard</h3><ul>
{related}
</ul></section>
<div class="paywall-teaser">Get the daily North Pacific price sheet in your inbox. <a href="/subscribe/">Start a 14-day trial</a></div>
</main>
<footer><p>Trawlboard Media KK &middot; Sapporo &middot; <a href="/about/">About</a> &middot; <a href="/corrections/">Corrections</a>
 &middot; <a href="/privacy/">Privacy</a></p><p>&copy; {t.year} Trawlboard. Prices are indicative and not investment advice.</p></footer>
<script src="/static/tb.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------- spraymark-wire
def spraymark(a, ctx):
    t = when(a)
    iso = t.isoformat().replace("+00:00", "Z")
    related = rel_list(ctx["related"], lambda r: (
        f'<li><a href="/articles/{r["id"]}.html">{e(r["title"])}</a></li>'),
        '<li><a href="/asia-pacific/">More Asia-Pacific coverage</a></li>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} - Spraymark Wire</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{e(a["summary"])}">
<meta property="article:published_time" content="{iso}">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/assets/sw-main.css">
</head>
<body>
<div class="cookie-bar" role="dialog">Spraymark uses cookies. By continuing you accept our cookie policy. <a href="/cookies">Manage</a></div>
<header class="sw-top"><a href="/" class="sw-logo">SPRAYMARK</a>
<ul class="sw-nav"><li><a href="/world/">World</a></li><li><a href="/asia-pacific/">Asia-Pacific</a></li>
<li><a href="/markets/">Markets</a></li><li><a href="/energy/">Energy</a></li><li><a href="/commodities/">Commodities</a></li>
<li><a href="/video/">Video</a></li></ul><a class="sw-search" href="/search">Search</a></header>
<main class="sw-story">
<p class="sw-kicker">{e(a.get("section", "Asia-Pacific"))}</p>
<h1>{e(a["title"])}</h1>
<p class="sw-time">{t:%B %d, %Y %I:%M %p} UTC &middot; {e(a.get("readtime", "3 min read"))}</p>
<div class="sw-share"><button>Share</button><button>Copy link</button></div>
<div class="sw-body">
{paras(a["body"])}
<p class="sw-credit">{e(a.get("credit", "Reporting by Spraymark staff; Editing by the Asia desk"))}</p>
</div>
<p class="sw-standards">Our standards: <a href="/code">The Spraymark editorial code.</a></p>
<aside class="sw-related"><h2>Read next</h2><ul>
{related}
</ul></aside>
</main>
<footer class="sw-foot"><nav><a href="/about">About Spraymark</a> <a href="/careers">Careers</a>
<a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Spraymark Wire Ltd.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------- shoalwater-en
def shoalwater(a, ctx):
    t = when(a)
    iso = t.isoformat().replace("+00:00", "Z")
    local = t.astimezone(JST)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso, "author": [{"@type": "Person",
                                             "name": a.get("author", "Gazette staff")}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Shoalwater Gazette"},
          "mainEntityOfPage": f"/articles/{a['id']}.html"}
    related = rel_list(ctx["related"], lambda r: (
        f'<li><a href="/articles/{r["id"]}.html">{e(r["title"])}</a></li>'),
        '<li><a href="/hokkaido/">Hokkaido</a> &middot; <a href="/sea/">The Sea</a></li>')
    comments = ""
    if a.get("comments"):
        comments = '<section class="comments"><h3>Reader comments</h3>' + "".join(
            f'<div class="c"><b>{e(n)}</b><p>{e(c)}</p></div>' for n, c in a["comments"]) + "</section>"
    return f"""<!DOCTYPE html>
<html lang="en-JP">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} | The Shoalwater Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="The Shoalwater Gazette">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{e(a.get("author", "Gazette staff"))}">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
<link rel="stylesheet" href="/css/gazette.css">
</head>
<body>
<div class="gdpr">This site uses cookies for analytics and advertising. <a href="/privacy#cookies">Learn more</a> <button>OK</button></div>
<div class="topbar"><span>{local:%A, %B %d, %Y}</span> <a href="/newsletter">Newsletter</a> <a href="/epaper">E-paper</a></div>
<header><a class="brand" href="/">The Shoalwater Gazette</a>
<p class="motto">Japan &amp; the North Pacific, in English since 1998</p>
<nav><a href="/">Home</a> | <a href="/hokkaido/">Hokkaido</a> | <a href="/sea/">The Sea</a> | <a href="/politics/">Politics</a>
 | <a href="/business/">Business</a> | <a href="/world/">World</a> | <a href="/opinion/">Opinion</a> | <a href="/life/">Life</a></nav></header>
<div class="ad ad-leader">Advertisement</div>
<main><article>
<p class="section">{e(a.get("section", "The Sea"))}</p>
<h1>{e(a["title"])}</h1>
<p class="deck">{e(a["summary"])}</p>
<p class="by">{e(a.get("author", "Gazette staff"))} &mdash; {e(a.get("place", "SAPPORO"))} &middot; {local:%b %d, %Y %H:%M} JST</p>
<div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Email</a></div>
{paras(a["body"])}
<p class="tags">Topics: {e(", ".join(a.get("tags", ["Hokkaido", "fisheries"])))}</p>
</article>
<aside class="rel"><h3>Related stories</h3><ul>
{related}
</ul></aside>
{comments}
</main>
<footer><p>The Shoalwater Gazette, Kita 3 Nishi 4, Chuo-ku, Sapporo.</p>
<p><a href="/about">About us</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p>
<p>&copy; {local.year} Shoalwater Publishing Co. All rights reserved. No reproduction without permission.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------- capelin-digest
def capelin(a, ctx):
    t = when(a)
    iso = t.isoformat().replace("+00:00", "Z")
    related = rel_list(ctx["related"], lambda r: (
        f'<li><a href="/articles/{r["id"]}.html">{e(r["title"])}</a> <small>{when(r):%Y-%m-%d}</small></li>'),
        '<li><a href="/archive/">The archive</a></li>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} &mdash; Capelin Digest</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:description" content="{e(a["summary"])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<link rel="alternate" type="application/atom+xml" href="/feeds/capelin-digest.xml">
<style>body{{font-family:Georgia,serif;max-width:46rem;margin:auto}} .kicker{{text-transform:uppercase}}</style>
</head>
<body>
<div class="cookie">Capelin Digest sets one cookie to remember your reading settings. <a href="/cookies">Details</a></div>
<header><a href="/" class="wordmark">Capelin Digest</a>
<p class="strap">A weekly letter on the North Pacific: fish, ports, borders and the people in between.</p>
<nav><a href="/">Latest</a> &middot; <a href="/week/">The Week</a> &middot; <a href="/columns/">Columns</a> &middot;
<a href="/conversations/">Conversations</a> &middot; <a href="/archive/">Archive</a> &middot; <a href="/subscribe/">Subscribe (free)</a></nav></header>
<main>
<p class="kicker">{e(a.get("section", "The Week"))}</p>
<h1>{e(a["title"])}</h1>
<p class="meta">{e(a.get("author", "The editors"))} &middot; {t:%d %B %Y}</p>
{paras(a["body"])}
<hr>
<p class="signoff">{e(a.get("signoff", "Capelin Digest is free and reader-supported. Forward it to someone who minds the sea."))}</p>
<section class="more"><h3>Earlier letters</h3><ul>
{related}
</ul></section>
</main>
<footer><p>Capelin Digest &middot; Hakodate &amp; Vladivostok &middot; <a href="/about/">About</a> &middot; <a href="/unsubscribe/">Unsubscribe</a></p>
<p>&copy; {t.year} Capelin Digest. Views in columns are the authors' own.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------- nerest-ru
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def nerest(a, ctx):
    t = when(a)
    iso = t.isoformat().replace("+00:00", "Z")
    local = t.astimezone(SAKH)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": local.isoformat(), "inLanguage": "ru",
          "author": {"@type": "Organization", "name": "Нерест"},
          "publisher": {"@type": "Organization", "name": "Сетевое издание «Нерест»"},
          "description": a["summary"]}
    related = rel_list(ctx["related"], lambda r: (
        f'<li><a href="/articles/{r["id"]}.html">{e(r["title"])}</a></li>'),
        '<li><a href="/promysel/">Все новости промысла</a></li>')
    date_txt = f"{local.day} {RU_MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} — Нерест</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a["summary"])}">
<meta property="og:site_name" content="Нерест">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:description" content="{e(a["summary"])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{local.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/css/nerest.min.css">
</head>
<body>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая чтение, вы соглашаетесь с <a href="/cookie/">политикой</a>. <button>Понятно</button></div>
<header class="head">
<a class="logo" href="/">НЕРЕСТ</a><span class="slogan">рыбацкие новости Сахалина и Курил</span>
<div class="weather">Южно-Сахалинск · Курильск · Южно-Курильск</div>
<nav class="menu"><a href="/">Главная</a><a href="/promysel/">Промысел</a><a href="/pererabotka/">Переработка</a>
<a href="/porty/">Порты и флот</a><a href="/kurily/">Курилы</a><a href="/vlast/">Власть</a><a href="/nauka/">Наука</a><a href="/foto/">Фото</a></nav>
</header>
<main class="page">
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/{a.get("rubric_slug", "promysel")}/">{e(a.get("rubric", "Промысел"))}</a></div>
<article class="news">
<h1>{e(a["title"])}</h1>
<div class="date">{date_txt}</div>
<p class="lead"><b>{e(a["summary"])}</b></p>
{paras(a["body"])}
<div class="source">{e(a.get("source", ""))}</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
<div class="tags">Теги: {e(", ".join(a.get("tags", ["промысел"])))}</div>
</article>
<section class="readalso"><h3>Читайте также</h3><ul>
{related}
</ul></section>
<div class="tg-promo">Подписывайтесь на наш канал в Telegram: оперативно о путине, квотах и портах.</div>
</main>
<footer class="foot"><p>Сетевое издание «Нерест». Свидетельство о регистрации СМИ Эл № ФС77-80412. Главный редактор — О. В. Шелихова.</p>
<p>Адрес редакции: 693000, г. Южно-Сахалинск. E-mail: redakciya@nerest.example · 16+</p>
<p>При использовании материалов ссылка на «Нерест» обязательна. © 2019–{local.year}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------- yuzhnye-vorota-ru (no metadata)
def vorota(a, ctx):
    local = when(a).astimezone(SAKH)
    related = rel_list(ctx["related"], lambda r: (
        f'<tr><td><a href="/articles/{r["id"]}.html">{e(r["title"])}</a></td></tr>'),
        '<tr><td><a href="/arhiv/">Архив новостей</a></td></tr>')
    comments = ""
    if a.get("comments"):
        comments = '<div class="kom"><b>Комментарии</b>' + "".join(
            f'<div class="k"><i>{e(n)}</i>: {e(c)}</div>' for n, c in a["comments"]) + "</div>"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a["title"])} :: Южные ворота</title>
<link rel="stylesheet" type="text/css" href="/style.css">
</head>
<body>
<table class="wrap" width="980" align="center"><tr><td>
<div class="shapka"><a href="/"><img src="/img/logo_vorota.gif" alt="Южные ворота"></a>
<span>Новости Южно-Курильского округа · Кунашир · Шикотан · Малая Курильская гряда</span></div>
<div class="menu"><a href="/">Новости</a> | <a href="/obyavleniya/">Объявления</a> | <a href="/raspisanie/">Расписание парома и рейсов</a> |
<a href="/pogoda/">Погода</a> | <a href="/foto/">Фотогалерея</a> | <a href="/forum/">Форум</a> | <a href="/kontakty/">Контакты</a></div>
<div class="cookie">Сайт использует cookie. <a href="#">Закрыть</a></div>
<table width="100%"><tr>
<td class="main" valign="top">
<div class="novost">
<h1>{e(a["title"])}</h1>
<div class="data">{local:%d.%m.%Y %H:%M} | Рубрика: {e(a.get("rubric", "Новости"))}</div>
{paras(a["body"])}
<div class="avtor">{e(a.get("author", "Соб. инф."))}</div>
<div class="prosm">Просмотров: {a.get("views", 417)}</div>
</div>
{comments}
<div class="dalee"><b>Другие новости:</b><table>
{related}
</table></div>
</td>
<td class="side" width="220" valign="top">
<div class="blok"><b>Паром</b><br>Расписание рейсов «Игорь Фархутдинов» — в разделе <a href="/raspisanie/">Расписание</a>.</div>
<div class="blok"><b>Погода</b><br>Южно-Курильск · Малокурильское · Крабозаводское</div>
<div class="blok"><b>Реклама</b><br>Доставка грузов Корсаков — Южно-Курильск. Тел. 8-424-55-...</div>
</td></tr></table>
<div class="podval">© Южные ворота, 2011–{local.year}. Перепечатка — с разрешения редакции. Счётчик посещений.</div>
</td></tr></table>
</body>
</html>
"""


# --------------------------------------------------------------------- habomai-kaiho-ja
def habomai(a, ctx):
    t = when(a)
    local = t.astimezone(JST)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": local.isoformat(), "inLanguage": "ja",
          "publisher": {"@type": "Organization", "name": "歯舞海報社"},
          "articleSection": a.get("section", "地域")}
    related = rel_list(ctx["related"], lambda r: (
        f'<li><a href="/articles/{r["id"]}.html">{e(r["title"])}</a></li>'),
        '<li><a href="/gyogyo/">漁業・水産の記事一覧</a></li>')
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a["title"])}｜歯舞海報 電子版</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{e(a["summary"])}">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:description" content="{e(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="歯舞海報 電子版">
<meta property="article:published_time" content="{local.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/common/css/style.css">
</head>
<body>
<div id="cookie-notice">当サイトはサービス向上のためCookieを使用しています。<a href="/policy/">詳しく</a> <button>同意する</button></div>
<header id="hd"><p class="logo"><a href="/">歯舞海報</a></p><p class="sub">根室・歯舞・納沙布の地域紙　電子版</p>
<ul class="gnav"><li><a href="/">トップ</a></li><li><a href="/news/">ニュース</a></li><li><a href="/gyogyo/">漁業・水産</a></li>
<li><a href="/hoppo/">北方領土</a></li><li><a href="/kurashi/">くらし</a></li><li><a href="/sports/">スポーツ</a></li>
<li><a href="/okuyami/">おくやみ</a></li><li><a href="/kyujin/">求人</a></li></ul></header>
<div id="wrap">
<div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/{a.get("sec_slug", "gyogyo")}/">{e(a.get("section", "漁業・水産"))}</a></div>
<article class="kiji">
<h1>{e(a["title"])}</h1>
<p class="hiduke">{local.year}年{local.month}月{local.day}日 {local:%H:%M}</p>
<div class="sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="honbun">
{paras(a["body"])}
</div>
<p class="credit">{e(a.get("credit", ""))}</p>
</article>
<aside class="kanren"><h2>関連記事</h2><ul>
{related}
</ul></aside>
<div class="bnr">【お知らせ】紙面ビューアーは購読者の方がご利用いただけます</div>
</div>
<footer id="ft"><ul><li><a href="/company/">会社案内</a></li><li><a href="/koudoku/">購読のお申し込み</a></li>
<li><a href="/ad/">広告掲載</a></li><li><a href="/policy/">個人情報保護方針</a></li></ul>
<p>掲載記事・写真の無断転載を禁じます。Copyright &copy; {local.year} 歯舞海報社 All rights reserved.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------- michishio-ja (no metadata)
def michishio(a, ctx):
    local = when(a).astimezone(JST)
    related = rel_list(ctx["related"], lambda r: (
        f'<li><a href="/articles/{r["id"]}.html">{e(r["title"])}</a></li>'),
        '<li><a href="/list/">記事一覧</a></li>')
    rank = "".join(f"<li>{e(x)}</li>" for x in a.get("ranking", [
        "道東の天気　週末は冷え込み", "中標津空港の冬ダイヤ発表", "高校野球　釧根地区予選の組み合わせ"]))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} - 満潮タイムズ</title>
<link rel="stylesheet" href="/css/m.css">
</head>
<body>
<div class="cookie">このサイトではアクセス解析のためにCookieを利用しています。 <a href="#">閉じる</a></div>
<div id="header"><a href="/" class="logo">満潮タイムズ</a> <span>道東の海と暮らしのニュース</span>
<ul id="menu"><li><a href="/">ホーム</a></li><li><a href="/umi/">海と漁業</a></li><li><a href="/shima/">島と領土</a></li>
<li><a href="/machi/">まち</a></li><li><a href="/column/">コラム</a></li><li><a href="/event/">催し</a></li></ul></div>
<div id="contents">
<div id="main">
<div class="entry">
<h1>{e(a["title"])}</h1>
<div class="date">{local.year}年{local.month}月{local.day}日 {local:%H:%M}　{e(a.get("section", "海と漁業"))}</div>
{paras(a["body"])}
<div class="by">{e(a.get("author", "（満潮タイムズ編集部）"))}</div>
</div>
<div class="next"><h3>この記事を読んだ人はこちらも</h3><ul>
{related}
</ul></div>
</div>
<div id="side"><h3>アクセスランキング</h3><ol>{rank}</ol>
<h3>広告</h3><p>根室・花咲の海産物通販　ご贈答に</p></div>
</div>
<div id="footer">満潮タイムズ　北海道根室市　｜　<a href="/about/">運営者情報</a>　｜　<a href="/contact/">お問い合わせ</a><br>(c) {local.year} Michishio Times</div>
</body>
</html>
"""


TEMPLATES = {
    "trawlboard-en": trawlboard,
    "spraymark-wire": spraymark,
    "shoalwater-en": shoalwater,
    "capelin-digest": capelin,
    "nerest-ru": nerest,
    "yuzhnye-vorota-ru": vorota,
    "habomai-kaiho-ja": habomai,
    "michishio-ja": michishio,
}

NO_METADATA = {"yuzhnye-vorota-ru", "michishio-ja"}
