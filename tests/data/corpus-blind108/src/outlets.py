"""Outlets of the blind108 world and their page templates.

Eight invented outlets. Six put og:/article: meta tags (some also JSON-LD) in their pages;
two (nosappu-shinpo, longshore-review) publish bare pages without any metadata.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "taffrail-wire", "title": "Taffrail Wire - World", "format": "rss", "lang": "en"},
    {"id": "kedrovka-ru", "title": "Кедровка — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "delpassazh-ru", "title": "Деловой пассаж — ежедневная деловая газета", "format": "atom", "lang": "ru"},
    {"id": "chusei-shimbun", "title": "中正新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "nosappu-shinpo", "title": "ノサップ新報 電子版（根室・中標津・別海）", "format": "atom", "lang": "ja"},
    {"id": "ginkgo-times", "title": "The Ginkgo Times - Japan in English", "format": "atom", "lang": "en"},
    {"id": "longshore-review", "title": "Longshore Review - Russia & the North Pacific", "format": "rss", "lang": "en"},
    {"id": "gillnet-weekly", "title": "Gillnet Weekly - North Pacific fish trade", "format": "rss", "lang": "en"},
]

E = html.escape


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(ts: str, hours: int) -> datetime:
    return parse(ts).astimezone(timezone(timedelta(hours=hours)))


def paras(body: str, p_cls: str = "") -> str:
    out = []
    cls = f' class="{p_cls}"' if p_cls else ""
    for block in [b.strip() for b in body.strip().split("\n\n") if b.strip()]:
        if block.startswith("## "):
            out.append(f"<h2>{E(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f"<blockquote><p>{E(block[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{E(' '.join(block.split(chr(10))))}</p>")
    return "\n".join(out)


def related_list(items, cls="related") -> str:
    lis = "".join(f'<li><a href="{E(href)}">{E(text)}</a></li>' for text, href in items)
    return f'<ul class="{cls}">{lis}</ul>'


def jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].replace("Z", "+00:00"),
        "dateModified": a["published"].replace("Z", "+00:00"),
        "inLanguage": lang,
        "author": [{"@type": "Person", "name": a.get("author", publisher)}],
        "publisher": {"@type": "Organization", "name": publisher},
        "articleSection": a.get("section", ""),
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def og(a: dict, site: str, locale: str) -> str:
    return (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{E(site)}">\n'
            f'<meta property="og:locale" content="{locale}">\n'
            f'<meta property="og:title" content="{E(a["title"])}">\n'
            f'<meta property="og:description" content="{E(a["summary"])}">\n'
            f'<meta property="article:published_time" content="{a["published"].replace("Z", "+00:00")}">\n'
            f'<meta property="article:section" content="{E(a.get("section", ""))}">')


# --------------------------------------------------------------------------- templates

def taffrail(a: dict) -> str:
    t = parse(a["published"])
    stamp = t.strftime("%B %-d, %Y %-I:%M %p UTC")
    rel = a.get("related") or [("Asia markets close mixed as yen firms", "/markets/asia/close"),
                               ("Explainer: how sanctions on Russia have changed since 2022", "/world/explainers/russia-sanctions")]
    tags = "".join(f'<a class="tag" href="/tags/{E(x.lower().replace(" ", "-"))}">{E(x)}</a>' for x in a.get("tags", ["World", "Asia"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Taffrail Wire</title>
<meta name="description" content="{E(a["summary"])}">
{og(a, "Taffrail Wire", "en_US")}
<meta name="twitter:card" content="summary_large_image">
{jsonld(a, "Taffrail Wire", "en")}
<link rel="stylesheet" href="/static/tw-main.4f2a.css">
</head>
<body class="article-page">
<div id="cookie-consent" class="consent-bar" role="dialog">We use cookies and similar technologies to run this site, measure traffic and personalise ads.
<button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <a href="/privacy/cookies">Cookie settings</a></div>
<header class="masthead"><a class="logo" href="/">TAFFRAIL<span>WIRE</span></a>
<nav class="primary"><a href="/world">World</a><a href="/world/asia">Asia</a><a href="/world/europe">Europe</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/tech">Tech</a><a href="/wires">Wires</a></nav>
<form class="search" action="/search"><input name="q" placeholder="Search Taffrail"></form></header>
<main>
<article class="story">
<div class="kicker"><a href="/world/asia">{E(a.get("section", "Asia Pacific"))}</a></div>
<h1 class="headline">{E(a["title"])}</h1>
<div class="byline">By {E(a.get("author", "Taffrail staff"))} <time datetime="{a["published"]}">{stamp}</time> &middot; {a.get("readtime", 3)} min read</div>
<div class="share"><a href="#" class="s-x">Post</a><a href="#" class="s-fb">Share</a><a href="#" class="s-li">LinkedIn</a><a href="#" class="s-mail">Email</a><button class="copy">Copy link</button></div>
<div class="story-body">
{paras(a["body"])}
</div>
<p class="credits">{E(a.get("credits", "Editing by Taffrail world desk"))}</p>
<div class="tags">{tags}</div>
<p class="standards"><a href="/trust-principles">Our Standards: The Taffrail Trust Principles.</a></p>
</article>
<aside class="more"><h3>Related coverage</h3>{related_list(rel)}</aside>
<aside class="trending"><h3>Most read</h3><ol><li><a href="/business/autos/ev-price-war">EV price war spreads to Southeast Asia</a></li><li><a href="/markets/currencies/yen">Yen steadies after intervention warnings</a></li><li><a href="/world/americas/storm">Storm forces evacuations on Gulf coast</a></li></ol></aside>
</main>
<footer class="site-footer"><nav><a href="/about">About Taffrail</a><a href="/careers">Careers</a><a href="/contact">Contact</a><a href="/privacy">Privacy</a><a href="/terms">Terms of use</a><a href="/accessibility">Accessibility</a></nav>
<p>&copy; 2026 Taffrail Wire. All quotes delayed a minimum of 15 minutes.</p></footer>
</body>
</html>
"""


def kedrovka(a: dict) -> str:
    t = local(a["published"], 11)
    stamp = t.strftime("%d.%m.%Y, %H:%M")
    rel = a.get("related") or [("В Южно-Сахалинске продлили ремонт Коммунистического проспекта", "/news/society/remont-prospekta"),
                               ("Синоптики: на выходных на юге Сахалина до +14", "/news/weather/vykhodnye")]
    comments = a.get("comments", [])
    cm = "".join(f'<div class="comment"><b>{E(n)}</b> <span>{E(x)}</span></div>' for n, x in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — Кедровка</title>
<meta name="description" content="{E(a["summary"])}">
{og(a, "Кедровка", "ru_RU")}
<link rel="stylesheet" href="/assets/kedr.css?v=311">
</head>
<body>
<div class="top-line">Южно-Сахалинск <span class="wx">+{a.get("temp", 9)}°</span> <span class="cur">USD 81,4 &nbsp; CNY 11,2</span> <a href="/rss">RSS</a> <a href="https://t.me/">Telegram</a> <a href="https://vk.com/">ВКонтакте</a></div>
<header><a class="logo" href="/">Кедровка<small>новости Сахалина и Курил</small></a>
<nav><a href="/news">Все новости</a><a href="/news/society">Общество</a><a href="/news/economy">Экономика</a><a href="/news/kuril">Курилы</a><a href="/news/incidents">Происшествия</a><a href="/news/sport">Спорт</a><a href="/news/weather">Погода</a><a href="/afisha">Афиша</a></nav></header>
<main class="wrap">
<div class="crumbs"><a href="/">Главная</a> / <a href="/news/{E(a.get("rubric_slug", "society"))}">{E(a.get("section", "Общество"))}</a></div>
<article>
<h1>{E(a["title"])}</h1>
<div class="meta"><time datetime="{a["published"]}">{stamp}</time> <span class="views">{a.get("views", 1240)} просмотров</span> <span class="author">{E(a.get("author", "Редакция"))}</span></div>
<div class="lead"><b>{E(a["summary"])}</b></div>
<div class="text">
{paras(a["body"])}
</div>
<div class="share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<p class="ask">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter. Есть новость? Пишите в наш Telegram-бот.</p>
</article>
<section class="read-also"><h3>Читайте также</h3>{related_list(rel)}</section>
<section class="comments"><h3>Комментарии ({len(comments)})</h3>{cm}<p class="rules">Комментарии публикуются после модерации. Правила — <a href="/rules">здесь</a>.</p></section>
</main>
<div class="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<footer><p>Сетевое издание «Кедровка». Регистрационный номер Эл № ФС77-81457. Учредитель — ООО «Медиагруппа Тайга». 16+</p>
<p><a href="/about">О редакции</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/privacy">Персональные данные</a></p>
<p>© 2016–2026. При использовании материалов ссылка на «Кедровку» обязательна.</p></footer>
</body>
</html>
"""


def delpassazh(a: dict) -> str:
    t = local(a["published"], 3)
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    stamp = f"{t.day} {months[t.month - 1]} {t.year}, {t:%H:%M}"
    rel = a.get("related") or [("Минфин разместил ОФЗ на 120 млрд рублей", "/finance/ofz-auction"),
                               ("Экспорт угля в Азию: итоги квартала", "/business/coal-asia")]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — Деловой пассаж</title>
<meta name="description" content="{E(a["summary"])}">
{og(a, "Деловой пассаж", "ru_RU")}
{jsonld(a, "Деловой пассаж", "ru")}
<link rel="stylesheet" href="/css/dp-2026.min.css">
</head>
<body class="doc">
<div class="cookie-note">Сайт использует cookie и сервисы веб-аналитики. <a href="/docs/cookies">Подробнее</a> <button>Принять</button></div>
<header class="dp-head"><div class="dp-logo"><a href="/">ДЕЛОВОЙ ПАССАЖ</a></div>
<nav class="dp-rubrics"><a href="/economics">Экономика</a><a href="/politics">Политика</a><a href="/business">Бизнес</a><a href="/finance">Финансы</a><a href="/markets">Рынки</a><a href="/world">Мир</a><a href="/regions">Регионы</a><a href="/opinions">Мнения</a></nav>
<div class="dp-tickers">IMOEX 2 811 ▲0,4% · Brent $66,2 · USD/RUB 81,35</div>
<a class="subscribe" href="/subscribe">Подписка</a></header>
<main class="dp-main">
<article class="dp-article">
<div class="rubric">{E(a.get("section", "Политика"))}</div>
<h1>{E(a["title"])}</h1>
<p class="subtitle">{E(a["summary"])}</p>
<div class="doc-meta"><time datetime="{a["published"]}">{stamp}</time> · Газета «Деловой пассаж» №{a.get("issue", 121)} · <span class="author">{E(a.get("author", "Редакция"))}</span></div>
<div class="doc-body">
{paras(a["body"], "b-text")}
</div>
<div class="doc-share"><a href="#">Telegram</a> · <a href="#">ВКонтакте</a> · <a href="#">Скопировать ссылку</a></div>
</article>
<aside class="dp-related"><h4>По теме</h4>{related_list(rel)}</aside>
<aside class="dp-promo">Подпишитесь на утреннюю рассылку «Пассаж. Главное» — 8:00 по Москве.</aside>
</main>
<footer class="dp-foot"><p>© АО «Издательский дом "Пассаж"», 2004–2026. Свидетельство о регистрации СМИ ПИ № ФС77-60312.</p>
<p><a href="/about">Редакция</a> · <a href="/adv">Реклама</a> · <a href="/legal">Правовая информация</a> · 18+</p></footer>
</body>
</html>
"""


def chusei(a: dict) -> str:
    t = local(a["published"], 9)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    rel = a.get("related") or [("日経平均、続伸　半導体株に買い", "/economy/markets/nikkei"),
                               ("大雨、東北で記録的　JR一部運休", "/national/weather/tohoku")]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])}：中正新聞デジタル</title>
<meta name="description" content="{E(a["summary"])}">
{og(a, "中正新聞デジタル", "ja_JP")}
{jsonld(a, "中正新聞社", "ja")}
<link rel="stylesheet" href="/common/css/chusei.css">
</head>
<body>
<div id="cookie-banner">当サイトでは、利便性向上や広告配信のためにクッキー（Cookie）を使用しています。<a href="/policy/cookie">詳しくはこちら</a> <button>同意する</button></div>
<header class="g-head"><a class="g-logo" href="/">中正新聞</a>
<nav class="g-nav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/international">国際</a><a href="/national">社会</a><a href="/region/hokkaido">地域</a><a href="/sports">スポーツ</a><a href="/opinion">社説・論説</a></nav>
<div class="g-login"><a href="/login">ログイン</a> <a href="/subscribe">会員登録</a></div></header>
<main class="g-main">
<div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/{E(a.get("rubric_slug", "international"))}">{E(a.get("section", "国際"))}</a></div>
<article class="g-article">
<h1>{E(a["title"])}</h1>
<div class="g-date"><time datetime="{a["published"]}">{stamp}</time>{(" ｜ " + E(a["author"])) if a.get("author") else ""}</div>
<div class="g-share"><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">はてブ</a></div>
<div class="g-body">
{paras(a["body"])}
</div>
<p class="g-notice">この記事は会員限定記事です。続きは会員登録（無料）でお読みいただけます。</p>
</article>
<section class="g-related"><h2>関連記事</h2>{related_list(rel)}</section>
<section class="g-ranking"><h2>アクセスランキング</h2><ol><li><a href="/national/heat">猛暑日、全国で200地点超</a></li><li><a href="/economy/rice">コメ価格、5週ぶり下落</a></li><li><a href="/sports/baseball">プロ野球　首位攻防第1戦</a></li></ol></section>
</main>
<footer class="g-foot"><p><a href="/company">会社案内</a> ｜ <a href="/policy/privacy">個人情報保護方針</a> ｜ <a href="/policy/copyright">著作権</a> ｜ <a href="/contact">お問い合わせ</a></p>
<p>Copyright © The Chusei Shimbun. All rights reserved. 記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


def nosappu(a: dict) -> str:
    # bare local-paper CMS: no og:/article: tags, no JSON-LD
    t = local(a["published"], 9)
    stamp = f"{t.year}年{t.month}月{t.day}日"
    rel = a.get("related") or [("根室市議会、定例会が開会", "/news/local/shigikai"),
                               ("中標津で交通安全パレード", "/news/local/nakashibetsu-kotsu")]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - ノサップ新報</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div class="cookie">このサイトはクッキーを利用しています。引き続き閲覧することで同意したものとみなします。<a href="/privacy.html">プライバシーポリシー</a> <span class="close">×</span></div>
<div id="header"><div class="logo"><a href="/">ノサップ新報</a><span>根室・中標津・別海の地域紙</span></div>
<ul class="gnav"><li><a href="/">ホーム</a></li><li><a href="/news/local/">地域</a></li><li><a href="/news/fish/">水産</a></li><li><a href="/news/ryodo/">北方領土</a></li><li><a href="/news/kurashi/">くらし</a></li><li><a href="/news/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></div>
<div id="contents">
<div class="entry">
<p class="date">{stamp}　{E(a.get("section", "地域"))}</p>
<h1>{E(a["title"])}</h1>
{paras(a["body"])}
<p class="credit">{E(a.get("author", "（本社報道部）"))}</p>
</div>
<div class="side"><h3>関連ニュース</h3>{related_list(rel, "list")}
<h3>お知らせ</h3><p>紙面のご購読は0153-24-1180まで。電子版は月額550円です。</p></div>
</div>
<div id="footer">株式会社ノサップ新報社　根室市弥生町2丁目　TEL 0153-24-1187<br>掲載記事・写真の無断転載を禁じます。Copyright (C) Nosappu Shinpo.</div>
</body>
</html>
"""


def ginkgo(a: dict) -> str:
    t = local(a["published"], 9)
    stamp = t.strftime("%b. %-d, %Y %H:%M JST")
    rel = a.get("related") or [("Tokyo condo prices hit another record", "/business/property/condos"),
                               ("Inbound tourism: Hokkaido's winter rush starts early", "/travel/hokkaido-winter")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} - The Ginkgo Times</title>
{og(a, "The Ginkgo Times", "en_US")}
<link rel="stylesheet" href="/assets/gt.css">
</head>
<body>
<div class="gdpr">The Ginkgo Times uses cookies to improve your experience. <a href="/cookie-policy">Learn more</a> <button>OK</button></div>
<header><div class="brand"><a href="/">The Ginkgo Times</a><span>Japan in English since 1998</span></div>
<nav><a href="/national">National</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/hokkaido">Hokkaido</a><a href="/asia">Asia</a><a href="/opinion">Opinion</a><a href="/culture">Culture</a><a href="/sports">Sports</a></nav></header>
<main>
<article class="gt-article">
<p class="section">{E(a.get("section", "National"))}</p>
<h1>{E(a["title"])}</h1>
<p class="dek">{E(a["summary"])}</p>
<p class="by">{E(a.get("author", "Ginkgo Times staff writer"))} &nbsp;|&nbsp; <time datetime="{a["published"]}">{stamp}</time></p>
<div class="gt-body">
{paras(a["body"])}
</div>
<div class="gt-share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
<div class="gt-keywords">Keywords: {E(", ".join(a.get("tags", ["Japan"])))}</div>
</article>
<aside><h3>Related stories</h3>{related_list(rel)}</aside>
<aside class="newsletter"><h3>Sign up for Ginkgo Daily</h3><form><input placeholder="Your email"><button>Subscribe</button></form></aside>
</main>
<footer><p><a href="/about">About us</a> | <a href="/subscribe">Subscribe</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p>
<p>Copyright &copy; The Ginkgo Times Co. All rights reserved.</p></footer>
</body>
</html>
"""


def longshore(a: dict) -> str:
    # a small analysis site: no og:/article: tags, no JSON-LD
    t = parse(a["published"])
    stamp = t.strftime("%-d %B %Y")
    rel = a.get("related") or [("Reading list: the best books on Russia in Asia", "/reading-list"),
                               ("Podcast: the Sea of Okhotsk, explained", "/podcast/okhotsk")]
    comments = a.get("comments", [])
    cm = "".join(f'<li><strong>{E(n)}</strong><p>{E(x)}</p></li>' for n, x in comments)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — Longshore Review</title>
<link rel="stylesheet" href="/theme/longshore.css">
</head>
<body>
<div class="cookies">We use a few cookies for analytics. That's it. <a href="/privacy">Privacy</a> <button>Fine</button></div>
<header class="site"><a class="name" href="/">Longshore Review</a><p class="tag">Russia &amp; the North Pacific, slowly</p>
<nav><a href="/essays">Essays</a><a href="/briefs">Briefs</a><a href="/data">Data</a><a href="/podcast">Podcast</a><a href="/about">About</a><a class="btn" href="/subscribe">Subscribe</a></nav></header>
<main class="post">
<p class="filed">Filed under: {E(a.get("section", "Essays"))}</p>
<h1>{E(a["title"])}</h1>
<p class="standfirst">{E(a["summary"])}</p>
<p class="author">{E(a.get("author", "Longshore Review"))} · {stamp}</p>
<div class="entry-content">
{paras(a["body"])}
</div>
<div class="signup"><p>Longshore Review is reader-supported. Get new essays by email.</p><form><input type="email" placeholder="you@example.org"><button>Sign up</button></form></div>
<section class="more"><h3>More from Longshore</h3>{related_list(rel)}</section>
<section class="comments"><h3>{len(comments)} comments</h3><ol>{cm}</ol></section>
</main>
<footer class="site"><p>Longshore Review · Independent since 2019 · <a href="/feed.xml">RSS</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def gillnet(a: dict) -> str:
    t = parse(a["published"])
    stamp = t.strftime("%d %b %Y")
    rel = a.get("related") or [("Chum roe prices ease in Hakodate", "/markets/roe"),
                               ("Alaska pollock B-season wrap-up", "/markets/pollock-b")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Gillnet Weekly</title>
{og(a, "Gillnet Weekly", "en_GB")}
{jsonld(a, "Gillnet Weekly", "en")}
<link rel="stylesheet" href="/css/gw.css">
</head>
<body>
<div class="cookiebar">This site uses cookies. Subscribers: cookies are needed to keep you logged in. <button>Accept</button></div>
<header class="gw"><a class="mast" href="/">Gillnet Weekly</a><span class="strap">North Pacific fish trade &middot; prices &middot; quotas</span>
<nav><a href="/news">News</a><a href="/markets">Markets</a><a href="/quotas">Quotas</a><a href="/processing">Processing</a><a href="/vessels">Vessels</a><a href="/data">Price data</a><a href="/events">Events</a></nav></header>
<main>
<article>
<p class="cat">{E(a.get("section", "Quotas"))}</p>
<h1>{E(a["title"])}</h1>
<p class="standfirst">{E(a["summary"])}</p>
<p class="meta">{E(a.get("author", "Gillnet Weekly reporter"))} · <time datetime="{a["published"]}">{stamp}</time></p>
<div class="body">
{paras(a["body"])}
</div>
<div class="paywall-note">Full price tables are available to Gillnet Data subscribers. <a href="/subscribe">Start a trial</a></div>
</article>
<aside class="related"><h3>Related</h3>{related_list(rel)}</aside>
</main>
<footer><p>Gillnet Weekly is published by Seine &amp; Line Media Ltd. &copy; 2026 &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/advertise">Advertise</a></p></footer>
</body>
</html>
"""


TEMPLATES = {
    "taffrail-wire": taffrail,
    "kedrovka-ru": kedrovka,
    "delpassazh-ru": delpassazh,
    "chusei-shimbun": chusei,
    "nosappu-shinpo": nosappu,
    "ginkgo-times": ginkgo,
    "longshore-review": longshore,
    "gillnet-weekly": gillnet,
}
