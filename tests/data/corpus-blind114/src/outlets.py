# -*- coding: utf-8 -*-
"""The eight invented outlets of blind114: feed definitions and page templates.

Two outlets (krayzemli-ru, kunimi-shinpo) serve pages without machine-readable metadata:
no og: tags, no JSON-LD, no article:published_time. Their date is only in the visible text.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "plimsoll-wire", "title": "Plimsoll Wire - World", "format": "rss", "lang": "en"},
    {"id": "scrimshaw-post", "title": "The Scrimshaw Post - Japan & Asia", "format": "atom", "lang": "en"},
    {"id": "peregrine-north", "title": "Peregrine North - Hokkaido & the Kurils in English",
     "format": "rss", "lang": "en"},
    {"id": "barograf-ru", "title": "ИА «Барограф» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "krayzemli-ru", "title": "«Край земли» — газета Южных Курил", "format": "rss", "lang": "ru"},
    {"id": "subaru-tsushin", "title": "昴通信ニュース", "format": "rss", "lang": "ja"},
    {"id": "akitsu-shimbun", "title": "秋津新聞デジタル", "format": "atom", "lang": "ja"},
    {"id": "kunimi-shinpo", "title": "国見新報（根室・別海）", "format": "rss", "lang": "ja"},
]

NO_METADATA = {"krayzemli-ru", "kunimi-shinpo"}

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JA_WEEKDAYS = "月火水木金土日"


def _dt(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def _local(a, hours: int) -> datetime:
    return _dt(a).astimezone(timezone(timedelta(hours=hours)))


def _iso(a) -> str:
    return _dt(a).strftime("%Y-%m-%dT%H:%M:%SZ")


def body_html(a, p_class: str = "", sub_tag: str = "h2") -> str:
    out = []
    pc = f' class="{p_class}"' if p_class else ""
    for para in a["body"]:
        if para.startswith("## "):
            out.append(f"<{sub_tag}>{E(para[3:])}</{sub_tag}>")
        elif para.startswith("> "):
            out.append(f"<blockquote><p>{E(para[2:])}</p></blockquote>")
        else:
            out.append(f"<p{pc}>{E(para)}</p>")
    return "\n".join(out)


def jsonld(a, publisher: str, logo: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": _iso(a),
        "dateModified": _iso(a),
        "inLanguage": a["lang"],
        "mainEntityOfPage": f"/articles/{a['id']}.html",
        "author": [{"@type": "Person", "name": a.get("byline") or publisher}],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": logo}},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og_tags(a, site: str, locale: str) -> str:
    return "\n".join([
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="/articles/{a["id"]}.html">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="article:published_time" content="{_iso(a)}">',
    ])


# --------------------------------------------------------------------------- Plimsoll Wire (en, rss)

def render_plimsoll(a) -> str:
    d = _dt(a)
    stamp = d.strftime("%B %-d, %Y %-I:%M %p GMT")
    related = [
        ("Oil steadies as traders weigh OPEC+ output plans", "/markets/commodities/oil-steadies"),
        ("Yen slips past key level as BOJ holds rates", "/markets/currencies/yen-slips"),
        ("EU leaders meet on defence spending targets", "/world/europe/eu-defence-summit"),
        ("Typhoon season outlook: what forecasters expect", "/world/asia-pacific/typhoon-outlook"),
    ]
    rel = "\n".join(f'<li><a href="{h}">{E(t)}</a></li>' for t, h in related)
    byline = a.get("byline") or "Plimsoll staff"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Plimsoll Wire</title>
<meta name="description" content="{E(a["summary"])}">
<link rel="canonical" href="/articles/{a["id"]}.html">
{og_tags(a, "Plimsoll Wire", "en_GB")}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@plimsollwire">
{jsonld(a, "Plimsoll Wire", "/static/plimsoll-logo.png")}
<link rel="stylesheet" href="/static/pw.css">
</head>
<body class="pw-article">
<div id="cookie-consent" class="pw-consent" role="dialog">
  <p>We use cookies and similar technologies to improve your experience, measure traffic and show
  relevant advertising. <a href="/privacy">Privacy statement</a></p>
  <button type="button">Accept all</button> <button type="button">Manage choices</button>
</div>
<header class="pw-header">
  <a class="pw-logo" href="/">PLIMSOLL <span>WIRE</span></a>
  <nav class="pw-nav" aria-label="Sections">
    <a href="/world">World</a><a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a>
    <a href="/business">Business</a><a href="/markets">Markets</a><a href="/energy">Energy</a>
    <a href="/sustainability">Sustainability</a><a href="/video">Video</a>
  </nav>
  <a class="pw-signin" href="/account/sign-in">Sign in</a>
</header>
<main>
<article class="pw-story">
  <div class="pw-breadcrumb"><a href="/world">World</a> / <a href="/world/asia-pacific">Asia Pacific</a></div>
  <h1 class="pw-headline">{E(a["title"])}</h1>
  <div class="pw-meta">By <span class="pw-author">{E(byline)}</span> &middot;
    <time>{stamp}</time> &middot; <span class="pw-readtime">3 min read</span></div>
  <div class="pw-share"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a>
    <a href="#">Copy link</a></div>
  <div class="pw-body">
{body_html(a, "pw-para")}
  </div>
  <p class="pw-trust"><a href="/about/trust-principles">Our Standards: The Plimsoll Wire Trust Principles.</a></p>
</article>
<aside class="pw-related">
  <h2>Related coverage</h2>
  <ul>
{rel}
  </ul>
</aside>
</main>
<footer class="pw-footer">
  <nav><a href="/about">About Plimsoll</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
  <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Plimsoll Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Scrimshaw Post (en, atom)

def render_scrimshaw(a) -> str:
    d = _local(a, 9)
    stamp = d.strftime("%b %-d, %Y")
    byline = a.get("byline") or "Staff writer"
    most_read = [
        "Tokyo condo prices hit another record as foreign buyers return",
        "Why Japan's rice shelves keep emptying",
        "Shinkansen extension to Sapporo faces further delay",
        "The quiet boom in Japan's sake exports",
        "Opinion: The Diet needs to talk about childcare, not slogans",
    ]
    mr = "\n".join(f"<li><a href=\"/most-read/{i}\">{E(t)}</a></li>" for i, t in enumerate(most_read, 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - The Scrimshaw Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a["summary"])}">
<meta name="author" content="{E(byline)}">
<link rel="canonical" href="/articles/{a["id"]}.html">
{og_tags(a, "The Scrimshaw Post", "en_US")}
<meta property="article:section" content="National">
{jsonld(a, "The Scrimshaw Post", "/assets/sp-mark.svg")}
<link rel="stylesheet" href="/assets/sp.min.css">
</head>
<body>
<div class="sp-topbar">
  <span>Tokyo {d.strftime("%A, %B %-d, %Y")}</span>
  <a href="/subscribe" class="sp-cta">Subscribe - first month free</a>
  <a href="/login">Log in</a>
</div>
<header class="sp-masthead">
  <a href="/" class="sp-wordmark">The Scrimshaw Post</a>
  <nav>
    <ul class="sp-sections">
      <li><a href="/news/national">National</a></li><li><a href="/news/politics">Politics</a></li>
      <li><a href="/news/business">Business</a></li><li><a href="/news/asia-pacific">Asia Pacific</a></li>
      <li><a href="/opinion">Opinion</a></li><li><a href="/life">Life</a></li>
      <li><a href="/sports">Sports</a></li><li><a href="/podcasts">Podcasts</a></li>
    </ul>
  </nav>
</header>
<div class="sp-wrap">
<main class="sp-main">
  <article>
    <p class="sp-kicker">National / Politics</p>
    <h1>{E(a["title"])}</h1>
    <p class="sp-dek">{E(a["summary"])}</p>
    <div class="sp-byline"><span>{E(byline)}</span><time>{stamp}</time></div>
    <ul class="sp-share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li>
      <li><a href="#">LINE</a></li><li><a href="#">Print</a></li></ul>
    <div class="sp-article-body">
{body_html(a)}
    </div>
    <div class="sp-paywall-note">Thank you for reading The Scrimshaw Post. Subscribers get unlimited access
    to our journalism. <a href="/subscribe">Subscribe today</a>.</div>
    <section class="sp-comments"><h2>Comments</h2><p>Comments are closed for this article.</p></section>
  </article>
</main>
<aside class="sp-rail">
  <h2>Most read</h2>
  <ol>
{mr}
  </ol>
  <div class="sp-ad">Advertisement</div>
</aside>
</div>
<div class="sp-cookie" id="sp-cookie">This site uses cookies. By continuing to browse you agree to our use of
cookies. <a href="/cookie-policy">Learn more</a> <button>OK</button></div>
<footer class="sp-footer">
  <p><a href="/about">About us</a> | <a href="/advertise">Advertise</a> | <a href="/corrections">Corrections</a> |
  <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms</a></p>
  <p>&copy; The Scrimshaw Post, Tokyo. No reproduction without permission.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Peregrine North (en, rss)

def render_peregrine(a) -> str:
    d = _local(a, 9)
    stamp = d.strftime("%-d %B %Y")
    byline = a.get("byline") or "Peregrine North"
    body = [p for p in a["body"] if not p.startswith("Filed under:")]
    filed = next((p for p in a["body"] if p.startswith("Filed under:")), "Filed under: Hokkaido")
    art = dict(a, body=body)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} &#8211; Peregrine North</title>
<meta name="description" content="{E(a["summary"])}">
{og_tags(a, "Peregrine North", "en_GB")}
<meta name="generator" content="WordPress 6.5">
<link rel="stylesheet" id="peregrine-style-css" href="/wp-content/themes/peregrine/style.css" media="all">
</head>
<body class="post-template-default single single-post">
<div class="site">
<header class="site-header">
  <p class="site-title"><a href="/">Peregrine North</a></p>
  <p class="site-description">News from Hokkaido&#8217;s far east, in English</p>
  <nav class="main-navigation">
    <ul><li><a href="/category/nemuro/">Nemuro</a></li><li><a href="/category/kushiro/">Kushiro</a></li>
    <li><a href="/category/shiretoko/">Shiretoko</a></li><li><a href="/category/fisheries/">Fisheries</a></li>
    <li><a href="/category/northern-territories/">Northern Territories</a></li>
    <li><a href="/category/travel/">Travel</a></li><li><a href="/about/">About</a></li></ul>
  </nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
  <header class="entry-header">
    <h1 class="entry-title">{E(a["title"])}</h1>
    <div class="entry-meta"><span class="posted-on">Posted on {stamp}</span>
    <span class="byline"> by <span class="author vcard">{E(byline)}</span></span></div>
  </header>
  <div class="entry-content">
{body_html(art)}
  </div>
  <footer class="entry-footer"><span class="cat-links">{E(filed)}</span></footer>
</article>
<nav class="post-navigation"><a href="/previous/">&larr; Previous post</a> <a href="/next/">Next post &rarr;</a></nav>
<div class="newsletter-box"><h3>Get Peregrine North in your inbox</h3>
<form action="/subscribe/" method="post"><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</main>
<aside class="widget-area">
  <section class="widget"><h2 class="widget-title">Weather in Nemuro</h2><p>See the forecast at the JMA site.</p></section>
  <section class="widget"><h2 class="widget-title">Recent posts</h2><ul>
    <li><a href="/2024/kushiro-marsh-boardwalk/">Kushiro marsh boardwalk reopens after repairs</a></li>
    <li><a href="/2024/nakashibetsu-milk-prices/">Nakashibetsu dairy farmers face feed cost squeeze</a></li>
    <li><a href="/2024/rausu-whale-watching/">Rausu whale-watching season off to a strong start</a></li>
  </ul></section>
</aside>
</div>
<div class="cookie-notice" id="cn-notice">We use cookies to give you the best experience on our website.
<a href="/privacy-policy/">Privacy policy</a> <button id="cn-accept">Ok</button></div>
<footer class="site-footer"><p>&copy; Peregrine North &middot; Independent English-language news from eastern Hokkaido
&middot; <a href="/contact/">Contact</a></p></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Barograf (ru, atom)

def render_barograf(a) -> str:
    d = _local(a, 3)
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    byline = a.get("byline") or "Редакция"
    read_also = [
        "В Приморье ввели режим ЧС из-за паводка",
        "ЦБ сохранил ключевую ставку",
        "На Камчатке продлили сезон рыбалки на корюшку",
        "Минтранс обсудил субсидирование дальневосточных авиаперевозок",
    ]
    ra = "\n".join(f'<li><a href="/news/{i}">{E(t)}</a></li>' for i, t in enumerate(read_also, 71530))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} — ИА «Барограф»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a["summary"])}">
<link rel="canonical" href="/articles/{a["id"]}.html">
{og_tags(a, "ИА «Барограф»", "ru_RU")}
{jsonld(a, "ИА «Барограф»", "/i/barograf.png")}
<link rel="stylesheet" href="/css/main.css?v=52">
</head>
<body>
<div class="cookie" id="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте,
вы соглашаетесь с <a href="/cookies">политикой использования cookie</a>. <button>Понятно</button></div>
<header class="hdr">
  <a class="hdr__logo" href="/">БАРОГРАФ</a>
  <span class="hdr__tag">информационное агентство</span>
  <nav class="hdr__nav">
    <a href="/politics">Политика</a><a href="/economy">Экономика</a><a href="/society">Общество</a>
    <a href="/incidents">Происшествия</a><a href="/far-east">Дальний Восток</a><a href="/world">В мире</a>
    <a href="/sport">Спорт</a>
  </nav>
  <form class="hdr__search" action="/search"><input name="q" placeholder="Поиск"></form>
</header>
<main class="page">
  <article class="news">
    <div class="news__date">{stamp}</div>
    <h1 class="news__title">{E(a["title"])}</h1>
    <div class="news__lead">{E(a["summary"])}</div>
    <div class="news__text">
{body_html(a)}
    </div>
    <div class="news__author">Автор: {E(byline)}</div>
    <div class="news__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a>
      <a href="#">Одноклассники</a></div>
  </article>
  <aside class="also">
    <h3>Читайте также</h3>
    <ul>
{ra}
    </ul>
  </aside>
</main>
<footer class="ftr">
  <p>Сетевое издание «Барограф» зарегистрировано Федеральной службой по надзору в сфере связи,
  информационных технологий и массовых коммуникаций. Учредитель: ООО «Барограф Медиа». Главный редактор:
  Н. А. Светлова. 18+</p>
  <p>При цитировании ссылка на ИА «Барограф» обязательна.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Край земли (ru, rss, NO metadata)

def render_krayzemli(a) -> str:
    d = _local(a, 11)
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г., {d:%H:%M}"
    byline = a.get("byline") or "Редакция"
    body = [p for p in a["body"] if not p.startswith("Комментарии")]
    ncom = next((p for p in a["body"] if p.startswith("Комментарии")), "Комментарии (0)")
    art = dict(a, body=body)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(a["title"])} :: Край земли</title>
<link rel="stylesheet" href="/templates/kz/style.css" type="text/css">
</head>
<body>
<table class="layout" width="100%"><tr><td>
<div id="top">
  <div class="logo"><a href="/"><b>КРАЙ ЗЕМЛИ</b></a><br><small>общественно-политическая газета Южных Курил</small></div>
  <div class="weather">Южно-Курильск: +12&deg;, туман. Курильск: +10&deg;, дождь.</div>
</div>
<div id="menu">
  <a href="/">Главная</a> | <a href="/novosti">Новости</a> | <a href="/obshchestvo">Общество</a> |
  <a href="/ryba">Путина</a> | <a href="/vlast">Власть</a> | <a href="/obyavleniya">Объявления</a> |
  <a href="/raspisanie">Расписание парома и авиарейсов</a> | <a href="/archive">Архив номеров</a>
</div>
<div id="main">
  <div class="path"><a href="/">Главная</a> &raquo; <a href="/novosti">Новости</a></div>
  <h1 class="ctitle">{E(a["title"])}</h1>
  <div class="small">{stamp} &nbsp;|&nbsp; Автор: {E(byline)} &nbsp;|&nbsp; Просмотров: {137 + len(a["title"]) * 7}</div>
  <div class="intro"><b>{E(a["summary"])}</b></div>
  <div class="ctext">
{body_html(art, sub_tag="h3")}
  </div>
  <div class="share">Поделиться: <a href="#">ВК</a> <a href="#">ОК</a> <a href="#">Telegram</a></div>
  <div class="comments"><h4>{E(ncom)}</h4>
    <div class="comment"><b>Житель_Головнино</b>: Посмотрим, как будет на деле.</div>
    <div class="comment"><b>Татьяна К.</b>: Спасибо редакции за информацию.</div>
    <form><textarea placeholder="Ваш комментарий"></textarea><br><button>Отправить</button></form>
  </div>
  <div class="other"><b>Другие новости:</b>
    <ul><li><a href="/novosti/grafik-priema">График приёма граждан в администрации округа</a></li>
    <li><a href="/novosti/vodoprovod">Плановое отключение водоснабжения на ул. Заводской</a></li>
    <li><a href="/novosti/biblioteka">В районной библиотеке открылась книжная выставка</a></li></ul>
  </div>
</div>
<div id="cookies">Сайт использует cookie. <a href="#">Хорошо</a></div>
<div id="footer">&copy; Редакция газеты «Край земли», 2006&ndash;{d.year}. 693500, Сахалинская обл.,
пгт Южно-Курильск. Тел. редакции: 2-14-xx. Перепечатка только с разрешения редакции. 16+</div>
</td></tr></table>
</body>
</html>
"""


# --------------------------------------------------------------------------- 昴通信 (ja, rss)

def render_subaru(a) -> str:
    d = _local(a, 9)
    stamp = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    related = [
        "日銀、政策金利を据え置き　物価見通しは上方修正",
        "台風、週末にかけて沖縄に接近のおそれ",
        "春闘の賃上げ率、中小企業でも5％台に",
        "衆院予算委、補正予算案めぐり論戦",
    ]
    rel = "\n".join(f'<li><a href="/news/{2000 + i}">{E(t)}</a></li>' for i, t in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a["title"])}｜昴通信</title>
<meta name="description" content="{E(a["summary"])}">
{og_tags(a, "昴通信", "ja_JP")}
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/common/css/subaru.css">
</head>
<body>
<div class="cookie-bar">当サイトではクッキーを使用しています。引き続き閲覧することで、<a href="/policy/cookie">クッキーポリシー</a>に同意したものとみなします。<button>閉じる</button></div>
<header class="g-header">
  <div class="g-logo"><a href="/">昴通信</a></div>
  <nav class="g-nav">
    <a href="/politics">政治</a><a href="/economy">経済</a><a href="/world">国際</a><a href="/society">社会</a>
    <a href="/region">地域</a><a href="/sports">スポーツ</a><a href="/culture">文化</a><a href="/photo">写真</a>
  </nav>
</header>
<main class="l-main">
  <article class="c-article">
    <h1 class="c-article__title">{E(a["title"])}</h1>
    <p class="c-article__date">{stamp}</p>
    <div class="c-article__sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてな</a></div>
    <div class="c-article__body">
{body_html(a)}
    </div>
    <p class="c-article__copy">（昴通信）</p>
  </article>
  <aside class="c-related">
    <h2>関連記事</h2>
    <ul>
{rel}
    </ul>
  </aside>
</main>
<footer class="g-footer">
  <ul><li><a href="/about">昴通信について</a></li><li><a href="/privacy">個人情報保護方針</a></li>
  <li><a href="/copyright">著作権</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
  <p>掲載された記事・写真の無断転載を禁じます。Copyright &copy; {d.year} Subaru Tsushin. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 秋津新聞 (ja, atom)

def render_akitsu(a) -> str:
    d = _local(a, 9)
    stamp = f"{d.year}年{d.month}月{d.day}日 {d:%H時%M分}"
    byline = a.get("byline") or ""
    ranking = [
        "【解説】新NISA、2年目の落とし穴",
        "札幌で大雪　交通機関に乱れ",
        "【社説】物価と賃金　実質賃金のプラス定着を",
        "高校野球　北海道大会の組み合わせ決まる",
        "人気ラーメン店、閉店へ　常連ら惜しむ声",
    ]
    rk = "\n".join(f'<li><span class="n">{i}</span><a href="/ranking/{i}">{E(t)}</a></li>'
                   for i, t in enumerate(ranking, 1))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}：秋津新聞デジタル</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a["summary"])}">
<link rel="canonical" href="/articles/{a["id"]}.html">
{og_tags(a, "秋津新聞デジタル", "ja_JP")}
{jsonld(a, "秋津新聞社", "/img/akitsu_logo.png")}
<link rel="stylesheet" href="/css/akitsu-2024.css">
</head>
<body>
<header class="ak-header">
  <div class="ak-header__inner">
    <a class="ak-logo" href="/">秋津新聞デジタル</a>
    <a class="ak-login" href="/login">ログイン</a> <a class="ak-subscribe" href="/subscribe">有料会員登録</a>
  </div>
  <nav class="ak-gnav">
    <a href="/">トップ</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/national">社会</a>
    <a href="/international">国際</a><a href="/hokkaido">北海道</a><a href="/opinion">オピニオン</a>
    <a href="/sports">スポーツ</a><a href="/culture">文化・くらし</a>
  </nav>
</header>
<div class="ak-container">
<main class="ak-main">
  <article class="ak-article">
    <h1 class="ak-article__title">{E(a["title"])}</h1>
    <div class="ak-article__meta"><span class="ak-byline">{E(byline)}</span>
      <time>{stamp}</time></div>
    <div class="ak-article__share"><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">印刷</a></div>
    <div class="ak-article__body">
{body_html(a, sub_tag="h2")}
    </div>
    <div class="ak-article__notice">この記事は有料会員限定記事です。有料会員になると全文をお読みいただけます。</div>
  </article>
</main>
<aside class="ak-side">
  <h2>アクセスランキング</h2>
  <ol>
{rk}
  </ol>
</aside>
</div>
<div class="ak-cookie">秋津新聞デジタルは、サービス向上のためにCookieを利用しています。<a href="/cookie">詳しく</a><button>同意する</button></div>
<footer class="ak-footer">
  <p><a href="/company">会社案内</a>・<a href="/privacy">プライバシーポリシー</a>・<a href="/terms">利用規約</a>・<a href="/faq">よくある質問</a></p>
  <p>Copyright &copy; The Akitsu Shimbun Company. 記事・写真の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 国見新報 (ja, rss, NO metadata)

def render_kunimi(a) -> str:
    d = _local(a, 9)
    stamp = f"{d.year}年{d.month}月{d.day}日（{JA_WEEKDAYS[d.weekday()]}）"
    byline = a.get("byline") or ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - 国見新報</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="wrapper">
<div id="header">
  <div class="title"><a href="/">国見新報</a><span>根室・別海・中標津・標津・羅臼の地域紙</span></div>
  <div class="date-today">{stamp} 発行</div>
</div>
<ul id="gnav">
  <li><a href="/">ホーム</a></li><li><a href="/news/">ニュース</a></li><li><a href="/hoppo/">北方領土</a></li>
  <li><a href="/gyogyo/">漁業</a></li><li><a href="/kurashi/">くらし</a></li><li><a href="/sports/">スポーツ</a></li>
  <li><a href="/okuyami/">おくやみ</a></li><li><a href="/koukoku/">広告のご案内</a></li>
</ul>
<div id="contents">
  <div class="entry">
    <h2 class="entry-title">{E(a["title"])}</h2>
    <p class="entry-date">{stamp}　{E(byline)}</p>
    <p class="lead">{E(a["summary"])}</p>
    <div class="entry-body">
{body_html(a, sub_tag="h3")}
    </div>
    <p class="share">この記事をシェア：<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a></p>
  </div>
  <div class="sidebar">
    <h3>最近の記事</h3>
    <ul>
      <li><a href="/news/a1">花咲ガニ祭り、今年は2日間に拡大</a></li>
      <li><a href="/news/a2">別海町で酪農ヘルパー研修会</a></li>
      <li><a href="/news/a3">中標津空港、夏ダイヤを発表</a></li>
      <li><a href="/news/a4">根室市議会、一般質問始まる</a></li>
    </ul>
    <h3>お知らせ</h3>
    <p>購読のお申し込みは販売店または本社まで。電話 0153-2x-xxxx</p>
  </div>
</div>
<div id="cookie">このサイトはクッキーを利用しています。<a href="#">OK</a></div>
<div id="footer">国見新報社　北海道根室市　|　記事・写真の無断転載を禁じます　|　&copy; Kunimi Shinpo</div>
</div>
</body>
</html>
"""


RENDER = {
    "plimsoll-wire": render_plimsoll,
    "scrimshaw-post": render_scrimshaw,
    "peregrine-north": render_peregrine,
    "barograf-ru": render_barograf,
    "krayzemli-ru": render_krayzemli,
    "subaru-tsushin": render_subaru,
    "akitsu-shimbun": render_akitsu,
    "kunimi-shinpo": render_kunimi,
}
