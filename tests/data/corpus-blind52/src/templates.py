"""Page templates for the eight invented outlets of corpus blind52.

Each outlet has its own chrome: navigation, cookie banner, share buttons, related
links, footer. Some outlets (hokutei-ja, pravo-vostok-ru, parts of dalny-kray-ru)
ship pages without Open Graph / JSON-LD metadata, as small local sites often do.
Related links never use the /articles/<id>.html pattern, so that only the article's
own URL looks like a corpus article.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

E = html.escape

FEEDS = [
    {"id": "heronsgate-en", "title": "Heronsgate Daily Wire — Asia", "format": "rss", "lang": "en"},
    {"id": "fulmar-review", "title": "The Fulmar Review — Features & Opinion", "format": "atom", "lang": "en"},
    {"id": "seaboard-dispatch", "title": "Seaboard Dispatch: Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "priliv-ru", "title": "Прилив — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "dalny-kray-ru", "title": "Дальний край — журнал о Востоке России", "format": "atom", "lang": "ru"},
    {"id": "pravo-vostok-ru", "title": "Право Востока — суды и прокуратура ДФО", "format": "rss", "lang": "ru"},
    {"id": "hokutei-ja", "title": "北汀新聞 根室・中標津版", "format": "rss", "lang": "ja"},
    {"id": "ryusei-ja", "title": "流星通信 ニュース", "format": "atom", "lang": "ja"},
]

SITES = {
    "heronsgate-en": "https://www.heronsgatewire.com",
    "fulmar-review": "https://fulmarreview.org",
    "seaboard-dispatch": "https://seaboarddispatch.net",
    "priliv-ru": "https://priliv-sakh.ru",
    "dalny-kray-ru": "https://dalkray.media",
    "pravo-vostok-ru": "https://pravovostok.ru",
    "hokutei-ja": "https://www.hokutei-np.jp",
    "ryusei-ja": "https://www.ryusei-tsushin.jp",
}

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


def url_of(a: dict) -> str:
    return f"{SITES[a['feed']]}/articles/{a['id']}.html"


def jsonld(a: dict, publisher: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "datePublished": a["published"],
        "inLanguage": a["lang"], "author": {"@type": "Person", "name": a.get("byline", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url_of(a), "description": a["summary"],
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a: dict, site: str, typ: str = "article") -> str:
    return "\n".join([
        f'<meta property="og:type" content="{typ}">',
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{url_of(a)}">',
        f'<meta property="article:published_time" content="{a["published"]}">',
        f'<meta name="description" content="{E(a["summary"])}">',
    ])


def dt(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def related(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in items)


# ------------------------------------------------------------------ heronsgate-en

def heronsgate(a: dict) -> str:
    d = dt(a)
    shown = f"{EN_MONTHS[d.month-1]} {d.day}, {d.year} {d:%H:%M} GMT"
    rel = related(a.get("related") or [
        ("Markets wrap: yen steadies as exporters buy dollars", "/markets/2024/yen-steadies"),
        ("Typhoon season outlook: what forecasters expect", "/world/asia/typhoon-outlook"),
        ("Explainer: how Japan's upper house elections work", "/world/asia/explainer-upper-house"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Heronsgate Daily Wire</title>
{og(a, 'Heronsgate Daily Wire')}
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url_of(a)}">
{jsonld(a, 'Heronsgate Daily Wire')}
<link rel="stylesheet" href="/static/hg-2024.css">
</head>
<body class="hg-article">
<div id="consent" class="cookie-bar" role="dialog">We use cookies to personalise content and analyse traffic. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="hg-top">
  <a class="logo" href="/">HERONSGATE <span>Daily Wire</span></a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/world/asia">Asia</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/tech">Tech</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li></ul></nav>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a>
</header>
<main>
<article>
  <p class="section-label"><a href="/world/asia">{E(a.get('section', 'Asia-Pacific'))}</a></p>
  <h1>{E(a['title'])}</h1>
  <p class="standfirst">{E(a['summary'])}</p>
  <div class="byline">By {E(a.get('byline', 'Heronsgate staff'))} &middot; <time datetime="{a['published']}">{shown}</time></div>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <button>Copy link</button></div>
  <div class="article-body">
  {paras(a['body'])}
  </div>
  <p class="trust">Our Standards: <a href="/trust-principles">The Heronsgate Trust Principles</a>.</p>
</article>
<aside class="related"><h3>More from Asia</h3><ul>{rel}</ul></aside>
<aside class="ad-slot">Advertisement</aside>
</main>
<footer class="hg-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
  <p>&copy; {d.year} Heronsgate Media Ltd. All rights reserved. Prices delayed by at least 15 minutes.</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ fulmar-review

def fulmar(a: dict) -> str:
    d = dt(a)
    shown = f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"
    kind = a.get("kind", "Feature")
    comments = a.get("comments") or []
    ctext = "\n".join(f'<li class="comment"><b>{E(n)}</b><p>{E(t)}</p></li>' for n, t in comments)
    rel = related(a.get("related") or [
        ("The last lighthouse keeper of Rebun", "/features/rebun-lighthouse"),
        ("Letters: on fishing quotas and fairness", "/letters/fishing-quotas"),
        ("Podcast: the cold edges of Asia", "/audio/cold-edges"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — The Fulmar Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, 'The Fulmar Review')}
<meta name="author" content="{E(a.get('byline', ''))}">
<link rel="alternate" type="application/atom+xml" href="/feeds/all.atom">
<link rel="stylesheet" href="/assets/fulmar.min.css">
</head>
<body>
<div class="gdpr">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy">Find out more</a> <button>OK</button></div>
<header class="masthead">
 <div class="brand"><a href="/">The Fulmar Review</a><span class="tag">Long reads, arguments and letters from the northern Pacific</span></div>
 <nav><a href="/features">Features</a> | <a href="/opinion">Opinion</a> | <a href="/interviews">Interviews</a> | <a href="/culture">Culture</a> | <a href="/letters">Letters</a> | <a href="/audio">Podcast</a> | <a href="/support">Support us</a></nav>
</header>
<main class="longform">
 <div class="kicker">{E(kind)}</div>
 <h1 class="headline">{E(a['title'])}</h1>
 <h2 class="dek">{E(a['summary'])}</h2>
 <div class="meta">{E(a.get('byline', 'Fulmar staff'))} &mdash; {shown} &mdash; {a.get('readtime', 6)} min read</div>
 <div class="body">
 {paras(a['body'])}
 </div>
 {'<p class="disclaimer">Opinion pieces reflect the views of their authors, not of The Fulmar Review.</p>' if kind.lower().startswith('opinion') or kind.lower().startswith('column') else ''}
 <div class="share-row">Share: <a href="#">Bluesky</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">Email</a></div>
 <section class="newsletter"><h3>The Fulmar Weekly</h3><p>One email on Sundays. No spam.</p><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></section>
 <section class="readnext"><h3>Read next</h3><ul>{rel}</ul></section>
 <section class="comments"><h3>Comments ({len(comments)})</h3><ul>{ctext}</ul><p><a href="/login">Log in to comment</a></p></section>
</main>
<footer><p>The Fulmar Review is published by the Fulmar Trust, a registered charity. &copy; {d.year}.</p><p><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/feeds/all.atom">Atom feed</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ seaboard-dispatch

def seaboard(a: dict) -> str:
    d = dt(a)
    shown = f"{d:%Y-%m-%d %H:%M} UTC"
    synd = a.get("syndicated")
    note = f'<p class="syndication"><em>{E(synd)}</em></p>' if synd else ""
    rel = related(a.get("related") or [
        ("ASEAN ministers to meet on South China Sea code", "/asia/asean-code-talks"),
        ("Philippine fishermen report new harassment at Scarborough", "/asia/scarborough-fishermen"),
        ("Opinion: the Pacific's new alignments", "/opinion/pacific-alignments"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - Seaboard Dispatch</title>
{og(a, 'Seaboard Dispatch')}
{jsonld(a, 'Seaboard Dispatch')}
<meta name="robots" content="max-image-preview:large">
</head>
<body>
<div class="cc-window">Seaboard Dispatch and our partners use cookies. <a href="/cookies">Settings</a> <a class="cc-btn" href="#">Got it</a></div>
<div class="topbar"><span>Thursday edition</span> <a href="/newsletters">Newsletters</a> <a href="/apps">Apps</a></div>
<header><div class="logo">SEABOARD <b>DISPATCH</b></div>
<nav><a href="/">Home</a><a href="/asia">Asia</a><a href="/pacific">Pacific</a><a href="/china">China</a><a href="/koreas">Koreas</a><a href="/japan">Japan</a><a href="/security">Security</a><a href="/opinion">Opinion</a></nav></header>
<div class="wrap">
<article class="story">
<div class="crumbs"><a href="/">Home</a> › <a href="/{E(a.get('crumb','asia'))}">{E(a.get('section','Asia'))}</a></div>
<h1>{E(a['title'])}</h1>
<div class="dateline"><span class="author">{E(a.get('byline','Seaboard Dispatch'))}</span> · Published <time datetime="{a['published']}">{shown}</time></div>
<div class="tools"><a href="#">Tweet</a> <a href="#">Share</a> <a href="#">Print</a> <a href="#">Gift this article</a></div>
{paras(a['body'])}
{note}
</article>
<aside><h4>Related coverage</h4><ul>{rel}</ul><div class="promo">Get the Dispatch Asia briefing — free, every weekday.</div></aside>
</div>
<footer><p>&copy; Seaboard Dispatch Pte. {d.year} · <a href="/ethics">Ethics policy</a> · <a href="/corrections">Corrections</a> · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ priliv-ru

def priliv(a: dict) -> str:
    d = dt(a).astimezone(SAKH)
    shown = f"{d.day} {RU_MONTHS[d.month-1]} {d.year}, {d:%H:%M}"
    rel = related(a.get("related") or [
        ("Паромная переправа Ванино — Холмск: расписание на неделю", "/news/society/parom-raspisanie"),
        ("В Южно-Сахалинске отремонтируют 40 дворов", "/news/city/dvory-remont"),
        ("Погода: на Курилы идёт циклон", "/news/weather/ciklon-kurily"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Прилив</title>
{og(a, 'Прилив')}
{jsonld(a, 'Прилив') if a.get('meta', True) else ''}
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="cookie-notice">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Хорошо</button></div>
<header class="site-header">
<a href="/" class="logo">ПРИЛИВ</a><span class="slogan">Новости Сахалина и Курил</span>
<nav><a href="/news">Новости</a> <a href="/society">Общество</a> <a href="/economy">Экономика</a> <a href="/kurily">Курилы</a> <a href="/incidents">Происшествия</a> <a href="/sport">Спорт</a> <a href="/afisha">Афиша</a></nav>
<div class="weather">Южно-Сахалинск −3°</div>
</header>
<main>
<div class="rubric">{E(a.get('section','Новости'))}</div>
<h1>{E(a['title'])}</h1>
<div class="date">{shown}</div>
<div class="lead"><b>{E(a['summary'])}</b></div>
<div class="text">
{paras(a['body'])}
</div>
<div class="author">{E(a.get('byline',''))}</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<div class="tg-promo">Подписывайтесь на «Прилив» в Telegram — главное о Сахалине и Курилах первым.</div>
<section class="more"><h3>Читайте также</h3><ul>{rel}</ul></section>
</main>
<footer><p>Сетевое издание «Прилив». Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000. 16+</p><p>При использовании материалов ссылка на «Прилив» обязательна. <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ dalny-kray-ru

def dalny(a: dict) -> str:
    d = dt(a).astimezone(SAKH)
    shown = f"{d.day:02d}.{d.month:02d}.{d.year}"
    meta = og(a, 'Дальний край') if a.get("meta", True) else ""
    synd = a.get("syndicated")
    note = f'<p class="source"><i>{E(synd)}</i></p>' if synd else ""
    rel = related(a.get("related") or [
        ("Как живёт Шантарский архипелаг", "/reportazh/shantary"),
        ("Колонка: почему Дальний Восток уезжает", "/kolonki/uezzhaet"),
        ("Фоторепортаж: зимник на Колыме", "/foto/zimnik"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Дальний край</title>
{meta}
<link rel="stylesheet" href="/css/dk.css">
</head>
<body>
<div id="cookies">Сайт использует cookies и сервис «Яндекс.Метрика». <a href="#">Понятно</a></div>
<header><div class="logo"><a href="/">Дальний край</a></div><div class="sub">журнал о Востоке России</div>
<ul class="menu"><li><a href="/reportazh">Репортажи</a></li><li><a href="/intervyu">Интервью</a></li><li><a href="/kolonki">Колонки</a></li><li><a href="/kultura">Культура</a></li><li><a href="/news">Лента</a></li><li><a href="/sport">Спорт</a></li></ul></header>
<div class="content">
<div class="type">{E(a.get('kind','Лента'))}</div>
<h1>{E(a['title'])}</h1>
<p class="anons">{E(a['summary'])}</p>
<p class="info">{E(a.get('byline','Редакция'))} · {shown}</p>
<div class="article-text">
{paras(a['body'])}
{note}
</div>
<div class="social">Поделиться: VK · OK · Telegram · Дзен</div>
<div class="rel"><b>Ещё по теме</b><ul>{rel}</ul></div>
<div class="comments-closed">Комментарии к этому материалу закрыты.</div>
</div>
<footer>© «Дальний край», {d.year}. Все права защищены. 12+ · <a href="/about">О журнале</a> · <a href="/feed.atom">Atom</a></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ pravo-vostok-ru (no OG/JSON-LD)

def pravo(a: dict) -> str:
    d = dt(a).astimezone(SAKH)
    shown = f"{d.day:02d}.{d.month:02d}.{d.year} {d:%H:%M}"
    rel = related(a.get("related") or [
        ("Верховный суд разъяснил порядок взыскания алиментов", "/vs/alimenty"),
        ("Прокуратура Хабаровского края проверила управляющие компании", "/prokuratura/uk-proverka"),
        ("Арбитраж Приморья: итоги квартала", "/arbitrazh/itogi"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
<meta name="keywords" content="{E(a.get('keywords','суд, прокуратура, Дальний Восток'))}">
</head>
<body>
<table class="layout" width="100%"><tr><td class="left">
<div class="logo"><a href="/">ПРАВО ВОСТОКА</a></div>
<ul class="rubrics"><li><a href="/sudy">Суды</a></li><li><a href="/prokuratura">Прокуратура</a></li><li><a href="/arbitrazh">Арбитраж</a></li><li><a href="/sk">Следствие</a></li><li><a href="/zakon">Законодательство</a></li></ul>
<div class="search"><form action="/search"><input name="q"><button>Найти</button></form></div>
</td><td class="main">
<div class="path"><a href="/">Главная</a> / <a href="/{E(a.get('crumb','sudy'))}">{E(a.get('section','Суды'))}</a></div>
<h1>{E(a['title'])}</h1>
<div class="date">{shown}</div>
{paras(a['body'])}
<p class="src">Источник: {E(a.get('source','пресс-служба суда'))}</p>
<div class="print"><a href="#">Версия для печати</a> | <a href="#">Отправить другу</a></div>
<div class="rel"><h4>Другие материалы</h4><ul>{rel}</ul></div>
</td></tr></table>
<div class="cookie">Продолжая работу с сайтом, вы соглашаетесь на обработку cookie. <a href="#">OK</a></div>
<div class="footer">© 2009–{d.year} «Право Востока». Информационное агентство. 18+</div>
</body>
</html>
"""


# ------------------------------------------------------------------ hokutei-ja (no metadata)

def hokutei(a: dict) -> str:
    d = dt(a).astimezone(JST)
    shown = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    rel = related(a.get("related") or [
        ("根室港、サンマ初水揚げ　昨年を上回る", "/news/gyogyo/sanma-hatsumizuage"),
        ("中標津空港、冬ダイヤ発表", "/news/nakashibetsu/fuyu-daiya"),
        ("根室市、ふるさと納税の返礼品拡充", "/news/nemuro/furusato"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])}｜北汀新聞</title>
</head>
<body>
<div id="cookie">当サイトはクッキーを使用しています。<a href="/policy">詳しく</a> <button>同意する</button></div>
<div class="header"><h2 class="logo"><a href="/">北汀新聞</a></h2><p>根室・中標津・別海・標津・羅臼のニュース</p>
<ul class="gnav"><li><a href="/">ホーム</a></li><li><a href="/news/nemuro">根室</a></li><li><a href="/news/hoppo">北方領土</a></li><li><a href="/news/gyogyo">漁業</a></li><li><a href="/news/keizai">経済</a></li><li><a href="/news/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li></ul></div>
<div class="main">
<p class="cat">{E(a.get('section','根室'))}</p>
<h1>{E(a['title'])}</h1>
<p class="date">{shown}</p>
<div class="honbun">
{paras(a['body'])}
</div>
<p class="sns">この記事をシェア：X / Facebook / LINE</p>
<div class="kanren"><h3>関連記事</h3><ul>{rel}</ul></div>
<div class="banner">北汀新聞電子版　月額1,650円　初月無料</div>
</div>
<div class="footer"><p>北汀新聞社　〒087-0000 北海道根室市</p><p>掲載記事・写真の無断転載を禁じます。Copyright © {d.year} Hokutei Shimbun</p></div>
</body>
</html>
"""


# ------------------------------------------------------------------ ryusei-ja

def ryusei(a: dict) -> str:
    d = dt(a).astimezone(JST)
    shown = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    rel = related(a.get("related") or [
        ("日銀、政策金利を据え置き　物価見通しは上方修正", "/economy/boj-hold"),
        ("台風、週末に九州接近か　気象庁が警戒呼びかけ", "/society/typhoon"),
        ("外国人観光客、過去最多を更新", "/economy/inbound"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} - 流星通信</title>
{og(a, '流星通信')}
{jsonld(a, '流星通信')}
</head>
<body>
<div class="consent">流星通信は、サービス向上のためCookieを利用しています。<a href="/cookie">Cookieポリシー</a> <button>同意して閉じる</button></div>
<header><div class="logo">流星通信</div>
<nav><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/society">社会</a> <a href="/world">国際</a> <a href="/local">地域</a> <a href="/sports">スポーツ</a> <a href="/feature">特集</a></nav></header>
<main>
<div class="genre">{E(a.get('section','政治'))}</div>
<h1>{E(a['title'])}</h1>
<div class="time"><time datetime="{a['published']}">{shown}</time>　{E(a.get('byline','流星通信'))}</div>
<div class="share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a> <a href="#">ブックマーク</a></div>
<div class="article">
{paras(a['body'])}
</div>
<section class="ranking"><h3>アクセスランキング</h3><ol>{rel}</ol></section>
</main>
<footer><p>記事の無断転用を禁じます。&copy;{d.year} Ryusei Tsushin Co.,Ltd.</p><p><a href="/about">会社概要</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/feed">フィード一覧</a></p></footer>
</body>
</html>
"""


RENDER = {
    "heronsgate-en": heronsgate, "fulmar-review": fulmar, "seaboard-dispatch": seaboard,
    "priliv-ru": priliv, "dalny-kray-ru": dalny, "pravo-vostok-ru": pravo,
    "hokutei-ja": hokutei, "ryusei-ja": ryusei,
}
