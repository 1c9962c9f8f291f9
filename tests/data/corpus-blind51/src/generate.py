#!/usr/bin/env python3
"""Generate the blind51 evaluation corpus: labels.yaml and articles/*.html.

Usage: python3 src/generate.py [OUTPUT_DIR]   (default: the folder above src/)

Everything here is invented: outlets, reporters, vessels and the 2024-2027 events.
Each outlet has its own page template (site chrome, cookie banner, share bar,
related links, footer; some outlets and some pages carry no metadata).
"""
from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from feeds import FEEDS  # noqa: E402
from articles_2024 import ARTICLES as A1  # noqa: E402
from articles_2025_26 import ARTICLES as A2  # noqa: E402
from articles_2027 import ARTICLES as A3  # noqa: E402

ARTICLES = A1 + A2 + A3
CORPUS = "blind51"
KNOWN_AS_OF = "2024-02-08"

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]

e = html.escape


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return ts(a).astimezone(timezone(timedelta(hours=hours)))


def iso_local(a, hours: int) -> str:
    return local(a, hours).isoformat()


def slug(a) -> str:
    h = hashlib.sha1(a["id"].encode()).hexdigest()[:6]
    return f"{ts(a):%Y/%m/%d}/{h}"


def paras(a, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{e(p)}</p>" for p in a["body"])


def words(a) -> int:
    text = " ".join(a["body"])
    if a["lang"] == "ja":
        return len(text) // 2
    return len(text.split())


ORG_WORDS = ("wire", "desk", "staff", "services", "рубка", "редакц", "служба", "通信", "支局", "支社")


def _is_org(name: str) -> bool:
    return " " not in name or any(w in name.lower() for w in ORG_WORDS)


def jsonld(a, publisher: str, url: str, hours: int) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": iso_local(a, hours), "dateModified": iso_local(a, hours),
        "inLanguage": a["lang"], "mainEntityOfPage": url,
        "author": {"@type": "Organization" if _is_org(a.get("author", publisher)) else "Person",
                   "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a, site: str, url: str, hours: int, locale: str) -> str:
    return "\n".join([
        f'<meta name="description" content="{e(a["summary"])}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{e(site)}">',
        f'<meta property="og:title" content="{e(a["title"])}">',
        f'<meta property="og:description" content="{e(a["summary"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="article:published_time" content="{iso_local(a, hours)}">',
        f'<meta property="article:section" content="{e(a.get("section", ""))}">',
        f'<link rel="canonical" href="{url}">',
    ])


def comments_en(a) -> str:
    cs = a.get("comments") or []
    if not cs:
        return ""
    items = "".join(f'<li class="comment"><b>{e(n)}</b><p>{e(t)}</p></li>' for n, t in cs)
    return (f'<section class="comments"><h3>{len(cs)} comment{"s" if len(cs) > 1 else ""}</h3>'
            f'<ul>{items}</ul><p class="small">Comments are moderated. Be civil.</p></section>')


def comments_ru(a) -> str:
    cs = a.get("comments") or []
    if not cs:
        return ""
    items = "".join(f'<div class="cmt"><span class="cmt-author">{e(n)}</span>'
                    f'<div class="cmt-text">{e(t)}</div></div>' for n, t in cs)
    return (f'<section id="comments"><h3>Комментарии ({len(cs)})</h3>{items}'
            '<p class="cmt-rules">Комментарии публикуются после модерации. '
            'Соблюдайте правила сайта.</p></section>')


# --------------------------------------------------------------------------- related links
# Chrome only: headlines of other (unserved) stories of each outlet.
RELATED = {
    "gunwale-wire": ["Oil edges higher as Middle East supply worries linger",
                     "Japan's exports rise for third straight month",
                     "South Korea's central bank holds rates steady",
                     "Philippines, Japan sign troop access pact",
                     "Russia's Far East ports see record coal volumes"],
    "hollyford-en": ["Council approves new harbour car park", "Hollyford ferry timetable changes",
                     "Weekend weather: blustery with showers", "Letters: the bypass again",
                     "Rugby: Hollyford edge derby in final minute"],
    "fogbell-en": ["Hokkaido scallop exporters look beyond China",
                   "Record snowfall closes roads in Nemuro region",
                   "Tourists flock to Shiretoko drift ice cruises",
                   "Diet passes bill on fisheries subsidies",
                   "Opinion: Japan's northern ports need a plan"],
    "northreach-asia": ["Explainer: who patrols the Sea of Okhotsk?",
                        "China-Russia joint patrols: a timeline",
                        "Seoul and Tokyo revive shuttle diplomacy",
                        "Data: fishing fleet activity in the northwest Pacific",
                        "Podcast: maritime law in contested waters"],
    "rubka-ru": ["Курс рубля: что ждёт валюту на следующей неделе",
                 "В Приморье открыли новый мост через бухту",
                 "Росрыболовство подвело итоги лососёвой путины",
                 "В Госдуме предложили продлить дальневосточную ипотеку",
                 "Синоптики пообещали тёплую осень на Дальнем Востоке"],
    "shtorm-ru": ["Паром «Игорь Фархутдинов» задерживается из-за шторма",
                  "В Южно-Сахалинске отремонтируют 20 дворов",
                  "На Кунашире завершили ремонт дороги к аэропорту",
                  "Цены на бензин на Курилах выросли на 7%",
                  "Сахалинские школьники победили на олимпиаде по физике"],
    "isoshio-ja": ["根室のサンマ水揚げ、前年比2割増", "中標津空港、冬ダイヤを発表",
                   "羅臼昆布の等級検査始まる", "釧路で成人式、1200人が門出",
                   "花咲ガニまつり、3年ぶり通常開催"],
    "kitakaze-ja": ["日銀、政策金利据え置き", "全国の桜開花予想を発表",
                    "道内の観光客数、過去最多に", "国会、補正予算案を可決",
                    "大雪で道東の交通に乱れ"],
}


def related_list(a, tag="li") -> str:
    items = RELATED[a["feed"]]
    n = int(hashlib.sha1(a["id"].encode()).hexdigest(), 16)
    pick = [items[(n + i) % len(items)] for i in range(3)]
    return "".join(f'<{tag}><a href="/news/{int(hashlib.md5(p.encode()).hexdigest()[:6], 16)}">'
                   f'{e(p)}</a></{tag}>' for p in pick)


# --------------------------------------------------------------------------- templates


def t_gunwale(a) -> str:
    url = f"https://www.gunwalewire.com/world/asia-pacific/{slug(a)}"
    d = ts(a)
    stamp = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%I:%M %p} GMT"
    meta = a.get("meta", True)
    head = (og(a, "Gunwale Wire", url, 0, "en_US") + "\n" + jsonld(a, "Gunwale Wire", url, 0)
            if meta else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a["title"])} | Gunwale Wire</title>
{head}
<link rel="stylesheet" href="/static/gw/main.4f2c.css">
</head>
<body class="gw article-page">
<div id="consent-banner" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to personalise content, measure traffic and show
  relevant ads. You can accept all cookies or manage your preferences.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="gw-header">
  <a class="gw-logo" href="/">GUNWALE WIRE</a>
  <nav class="gw-nav"><a href="/world">World</a> <a href="/world/asia-pacific">Asia-Pacific</a>
  <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a>
  <a href="/defence">Defence</a> <a href="/commodities">Commodities</a>
  <a class="signin" href="/account">Sign in</a></nav>
</header>
<main class="gw-main">
<article class="story">
  <p class="kicker"><a href="/world/asia-pacific">{e(a.get("section", "World"))}</a></p>
  <h1 class="headline">{e(a["title"])}</h1>
  <div class="byline">By {e(a.get("author", "Gunwale Wire"))} &middot;
    <time datetime="{d.isoformat()}">{stamp}</time> &middot; {max(1, words(a) // 200)} min read</div>
  <div class="share-bar"><span>Share</span> <a href="#">X</a> <a href="#">LinkedIn</a>
    <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="story-body">
{paras(a)}
  </div>
  <p class="standards"><a href="/trust">Our Standards: The Gunwale Wire Trust Principles.</a></p>
</article>
<aside class="read-next"><h2>Read next</h2><ul>{related_list(a)}</ul></aside>
</main>
<footer class="gw-footer">
  <nav><a href="/about">About Gunwale Wire</a> <a href="/careers">Careers</a>
  <a href="/contact">Contact</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a>
  <a href="/cookies">Cookie settings</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Gunwale Wire. All rights reserved.</p>
</footer>
<script src="/static/gw/app.91ab.js" defer></script>
</body>
</html>
"""


def t_hollyford(a) -> str:
    # Regional paper reprinting wire copy. No metadata at all, only <title>.
    d = ts(a)
    stamp = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    credit = a.get("author", "Wire services")
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{e(a["title"])} - Hollyford Courier</title>
<link rel="stylesheet" href="/css/courier.css">
</head>
<body>
<div class="topbar">Tuesday to Saturday in print &middot; <a href="/subscribe">Subscribe from 1 a week</a>
&middot; <a href="/login">Log in</a></div>
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree to our use of
cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<header><h2 class="masthead"><a href="/">The Hollyford Courier</a></h2>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li>
<li><a href="/news/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/whats-on">What's On</a></li><li><a href="/notices">Notices</a></li></ul></header>
<div class="wrap">
<div class="breadcrumb"><a href="/news">News</a> &rsaquo; <a href="/news/world">{e(a.get("section", "World"))}</a></div>
<h1>{e(a["title"])}</h1>
<p class="standfirst">{e(a["summary"])}</p>
<p class="meta">{stamp} &middot; <span class="credit">{e(credit)}</span></p>
<div class="content">
{paras(a)}
</div>
<p class="wire-note">This story was supplied by a wire service and has not been edited by Courier staff.</p>
<div class="share">Share this story: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">WhatsApp</a></div>
{comments_en(a)}
<div class="more"><h3>More from the Courier</h3><ul>{related_list(a)}</ul></div>
</div>
<footer><p>The Hollyford Courier, 14 Quay Street, Hollyford. Regulated by IPSO.</p>
<p><a href="/contact">Contact us</a> &middot; <a href="/advertise">Advertise</a> &middot;
<a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def t_fogbell(a) -> str:
    url = f"https://www.fogbell.jp/news/{slug(a)}/"
    d = local(a, 9)
    stamp = f"{EN_MON[d.month - 1]} {d.day}, {d.year}"
    meta = a.get("meta", True)
    head = og(a, "The Fogbell", url, 9, "en_US") if meta else ""
    return f"""<!DOCTYPE html>
<html lang="en-JP">
<head>
<meta charset="UTF-8">
<title>{e(a["title"])} - The Fogbell</title>
<meta name="viewport" content="width=device-width">
{head}
<link rel="stylesheet" href="/assets/fogbell.css?v=27">
</head>
<body>
<div class="gdpr">We value your privacy. We and our partners use cookies to improve your
experience. <a href="/privacy">Privacy policy</a> <button id="ok">I agree</button></div>
<header class="site-header">
  <div class="brand"><a href="/">The Fogbell</a><span class="tagline">Japan's northern news in English</span></div>
  <nav><a href="/news/national/">National</a> <a href="/news/politics/">Politics</a>
  <a href="/news/business/">Business</a> <a href="/news/hokkaido/">Hokkaido</a>
  <a href="/opinion/">Opinion</a> <a href="/life/">Life</a> <a href="/search/">Search</a></nav>
</header>
<div class="paywall-meter">You have 3 free articles remaining this month. <a href="/subscribe/">Subscribe</a></div>
<main>
<article class="post">
  <div class="post-section">{e(a.get("section", "National"))}</div>
  <h1 class="post-title">{e(a["title"])}</h1>
  <div class="post-meta">by <span class="author">{e(a.get("author", "Staff"))}</span>,
    <span class="source">Staff writer</span> &mdash; <time datetime="{d.isoformat()}">{stamp}</time></div>
  <ul class="share"><li>Share</li><li><a href="#">Facebook</a></li><li><a href="#">X</a></li>
  <li><a href="#">LINE</a></li><li><a href="#">Print</a></li></ul>
  <div class="post-body">
{paras(a)}
  </div>
  <div class="newsletter">Get the Fogbell morning briefing in your inbox.
    <input type="email" placeholder="Email address"> <button>Sign up</button></div>
</article>
<section class="related"><h2>Related</h2><ul>{related_list(a)}</ul></section>
</main>
<footer class="site-footer"><p>&copy; The Fogbell Co., Sapporo. All rights reserved.</p>
<p><a href="/about/">About us</a> | <a href="/terms/">Terms</a> | <a href="/contact/">Contact</a></p></footer>
</body>
</html>
"""


def t_northreach(a) -> str:
    url = f"https://northreach.asia/monitor/{slug(a)}"
    d = ts(a)
    stamp = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} UTC"
    meta = a.get("meta", True)
    head = (og(a, "Northreach Asia Monitor", url, 0, "en_GB") + "\n"
            + jsonld(a, "Northreach Asia Monitor", url, 0)) if meta else ""
    tags = "".join(f'<a class="tag" href="/tag/{e(t.lower().replace(" ", "-"))}">{e(t)}</a> '
                   for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} — Northreach Asia Monitor</title>
{head}
<link rel="alternate" type="application/atom+xml" href="/feeds/northreach-asia.xml">
</head>
<body>
<div class="cc-window"><span>Northreach uses strictly necessary cookies and, with your consent,
analytics cookies.</span> <a class="cc-btn" href="#">Accept</a> <a class="cc-btn" href="#">Reject</a></div>
<header class="nr-top">
<div class="nr-logo"><a href="/">NORTHREACH <small>Asia Monitor</small></a></div>
<nav class="nr-nav"><a href="/monitor/">Latest</a> <a href="/region/japan">Japan</a>
<a href="/region/koreas">Koreas</a> <a href="/region/russia-far-east">Russia Far East</a>
<a href="/region/china">China</a> <a href="/topics/maritime">Maritime</a>
<a href="/analysis">Analysis</a> <a href="/newsletter">Newsletter</a></nav>
</header>
<main class="nr-main">
<article>
<header class="entry-header">
<span class="entry-cat">{e(a.get("section", "News"))}</span>
<h1 class="entry-title">{e(a["title"])}</h1>
<p class="entry-dek">{e(a["summary"])}</p>
<p class="entry-meta">{e(a.get("author", "Northreach desk"))} | <time datetime="{d.isoformat()}">{stamp}</time></p>
</header>
<div class="entry-content">
{paras(a)}
</div>
<footer class="entry-footer"><div class="tags">{tags}</div>
<div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Bluesky</a> <a href="#">Email</a></div>
</footer>
</article>
<aside class="sidebar"><h3>Most read</h3><ol>{related_list(a)}</ol>
<div class="promo">Support independent coverage of the northern Pacific. <a href="/support">Become a member</a></div></aside>
</main>
<footer class="nr-footer"><p>Northreach Asia Monitor is published by Northreach Media Ltd.</p>
<p><a href="/about">About</a> · <a href="/ethics">Editorial policy</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def t_rubka(a) -> str:
    url = f"https://rubka.ru/news/{slug(a)}"
    d = local(a, 3)
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    meta = a.get("meta", True)
    head = og(a, "Рубка", url, 3, "ru_RU") if meta else ""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} — Рубка</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/assets/rubka.min.css">
</head>
<body>
<div class="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться
сайтом, вы соглашаетесь с <a href="/cookies">политикой использования cookie</a>. <button>Понятно</button></div>
<header class="hdr">
<a class="hdr__logo" href="/">РУБКА</a>
<nav class="hdr__nav"><a href="/politika">Политика</a> <a href="/ekonomika">Экономика</a>
<a href="/armiya">Армия</a> <a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a>
<a href="/dalniy-vostok">Дальний Восток</a> <a href="/mir">В мире</a></nav>
<div class="hdr__search"><input placeholder="Поиск по сайту"></div>
</header>
<main class="page">
<article class="article">
<div class="article__rubric">{e(a.get("section", "Новости"))}</div>
<h1 class="article__title">{e(a["title"])}</h1>
<div class="article__lead">{e(a["summary"])}</div>
<div class="article__meta"><time datetime="{d.isoformat()}">{stamp}</time> · {e(a.get("author", "Рубка"))}</div>
<div class="article__text">
{paras(a)}
</div>
<div class="article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a>
<a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<div class="article__tg">Подписывайтесь на «Рубку» в <a href="#">Telegram</a> и <a href="#">Дзене</a>.</div>
</article>
<section class="also"><h2>Читайте также</h2><ul>{related_list(a)}</ul></section>
</main>
<footer class="ftr"><p>© 2019–{d.year} «Рубка». Сетевое издание. Свидетельство о регистрации СМИ
Эл № ФС77-81234. 18+</p><p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> ·
<a href="/contacts">Контакты</a> · <a href="/privacy">Политика конфиденциальности</a></p></footer>
</body>
</html>
"""


def t_shtorm(a) -> str:
    url = f"https://shtorm65.ru/news/{slug(a)}"
    d = local(a, 11)
    stamp = f"{d.day:02d}.{d.month:02d}.{d.year} {d:%H:%M}"
    meta = a.get("meta", True)
    head = (og(a, "Шторм", url, 11, "ru_RU") + "\n" + jsonld(a, "Шторм", url, 11)) if meta else ""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} | Шторм — новости Сахалина и Курил</title>
{head}
<link rel="stylesheet" href="/css/shtorm.css">
</head>
<body>
<div id="cookie-bar">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a>
<span class="close">×</span></div>
<div class="weather-strip">Южно-Сахалинск −2° · Южно-Курильск 0° · Курильск +1° · Северо-Курильск −4°</div>
<header><div class="logo"><a href="/">ШТОРМ</a> <span>Сахалин и Курилы</span></div>
<ul class="main-menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li>
<li><a href="/vlast">Власть</a></li><li><a href="/ryba">Рыба</a></li><li><a href="/dv">Дальний Восток</a></li>
<li><a href="/incidents">Происшествия</a></li><li><a href="/photo">Фото</a></li></ul></header>
<div class="container">
<div class="news-item">
<div class="ni-rubric"><a href="/kurily">{e(a.get("section", "Новости"))}</a></div>
<h1>{e(a["title"])}</h1>
<div class="ni-date">{stamp} <span class="tz">(время сахалинское)</span></div>
<div class="ni-body">
{paras(a)}
</div>
<div class="ni-author">Автор: {e(a.get("author", "Редакция"))}</div>
<div class="ni-share">Поделиться: ВК · ОК · Telegram</div>
<p class="ni-tip">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter. Есть новость? Пишите в наш бот.</p>
</div>
{comments_ru(a)}
<div class="ni-related"><h3>Другие новости</h3><ul>{related_list(a)}</ul></div>
</div>
<footer><p>© «Шторм», 2012–{d.year}. При использовании материалов ссылка обязательна.</p>
<p>Сетевое издание зарегистрировано Роскомнадзором. 16+</p></footer>
</body>
</html>
"""


def t_isoshio(a) -> str:
    url = f"https://www.isoshio-shimpo.jp/articles/{slug(a)}"
    d = local(a, 9)
    stamp = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    meta = a.get("meta", True)
    head = og(a, "磯潮新報", url, 9, "ja_JP") if meta else ""
    body = "\n".join(f"<p>{e(p)}</p>" for p in a["body"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a["title"])}｜磯潮新報</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{head}
<link rel="stylesheet" href="/common/css/style.css">
</head>
<body>
<div class="cookie-consent">当サイトでは、サービス向上と広告配信のためにクッキー（Cookie）を使用しています。
<a href="/policy/">プライバシーポリシー</a> <button>同意する</button></div>
<header id="header">
<p class="logo"><a href="/">磯潮新報</a><span>根室・釧路・道東のニュース</span></p>
<nav class="gnav"><ul><li><a href="/">トップ</a></li><li><a href="/nemuro/">根室・釧路</a></li>
<li><a href="/hokkaido/">道内</a></li><li><a href="/hoppou/">北方領土</a></li><li><a href="/suisan/">水産</a></li>
<li><a href="/keizai/">経済</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></nav>
</header>
<main id="main">
<div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/">{e(a.get("section", "ニュース"))}</a></div>
<article class="article">
<h1 class="article-title">{e(a["title"])}</h1>
<p class="article-date"><time datetime="{d.isoformat()}">{stamp}</time>　{e(a.get("section", ""))}</p>
<div class="sns">この記事を共有：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="article-body">
{body}
</div>
<p class="credit">（{e(a.get("author", "報道部"))}）</p>
<div class="premium">会員登録（無料）で、過去記事の検索やニュースレターがご利用いただけます。</div>
</article>
<aside class="kanren"><h2>関連記事</h2><ul>{related_list(a)}</ul></aside>
<aside class="ranking"><h2>アクセスランキング</h2><ol>{related_list(a)}</ol></aside>
</main>
<footer id="footer"><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は磯潮新報社またはその情報提供者に属します。</p>
<p>Copyright © ISOSHIO SHIMPO. All rights reserved.</p></footer>
</body>
</html>
"""


def t_kitakaze(a) -> str:
    # Wire service pages: plain, no metadata.
    d = local(a, 9)
    stamp = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    body = "\n".join(f"<p>{e(p)}</p>" for p in a["body"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a["title"])} - 北風通信</title>
</head>
<body>
<div id="cookie">本サイトはCookieを利用しています。閲覧を続けることで、Cookieの利用に同意したものとみなします。<a href="/cookie">詳細</a></div>
<div class="head"><a href="/" class="site">北風通信</a>
<ul class="cat"><li><a href="/flash">速報</a></li><li><a href="/politics">政治</a></li><li><a href="/economy">経済</a></li>
<li><a href="/society">社会</a></li><li><a href="/world">国際</a></li><li><a href="/hokkaido">北海道</a></li></ul></div>
<div class="main">
<div class="cat-label">{e(a.get("section", "速報"))}</div>
<h1>{e(a["title"])}</h1>
<div class="date">{stamp}</div>
<div class="text">
{body}
</div>
<div class="share">シェア　X　Facebook　LINE</div>
<div class="list"><h2>最新ニュース</h2><ul>{related_list(a)}</ul></div>
</div>
<div class="foot">記事の無断転用を禁じます。Copyright 北風通信社 {d.year}</div>
</body>
</html>
"""


TEMPLATES = {
    "gunwale-wire": t_gunwale, "hollyford-en": t_hollyford, "fogbell-en": t_fogbell,
    "northreach-asia": t_northreach, "rubka-ru": t_rubka, "shtorm-ru": t_shtorm,
    "isoshio-ja": t_isoshio, "kitakaze-ja": t_kitakaze,
}


# --------------------------------------------------------------------------- checks


def check(articles) -> None:
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}
    labels = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
    for a in articles:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in labels, a["id"]
        ts(a)
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]
    # every group must mix no labels and be non-empty
    groups = {}
    for a in articles:
        if a.get("group"):
            groups.setdefault(a["group"], set()).add(a["label"])
    for g, ls in groups.items():
        assert len(ls) == 1, (g, ls)


def labels_doc(articles) -> dict:
    out = []
    for a in articles:
        item = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
                "published": a["published"], "title": a["title"], "summary": a["summary"],
                "label": a["label"]}
        if a.get("group"):
            item["group"] = a["group"]
            item["new_facts"] = a["new_facts"]
            item["must_mention"] = a["must_mention"]
        item["note"] = a["note"]
        out.append(item)
    return {"name": CORPUS, "known_as_of": KNOWN_AS_OF,
            "feeds": [dict(f) for f in FEEDS], "articles": out}


class _Dumper(yaml.SafeDumper):
    pass


def _flow_list(dumper, data):
    # short lists of strings (must_mention alternatives, feed entries) in flow style
    if all(isinstance(x, str) for x in data) and sum(len(x) for x in data) < 90:
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data)


_Dumper.add_representer(list, _flow_list)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    articles = sorted(ARTICLES, key=ts)
    check(articles)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for old in (out / "articles").glob("*.html"):
        old.unlink()
    for a in articles:
        (out / "articles" / f"{a['id']}.html").write_text(TEMPLATES[a["feed"]](a), encoding="utf-8")
    header = ("# blind51 - generated by src/generate.py; do not edit by hand.\n"
              "# Known facts are those of the five seed documents (as of 2024-02-08).\n")
    (out / "labels.yaml").write_text(
        header + yaml.dump(labels_doc(articles), Dumper=_Dumper, allow_unicode=True,
                           sort_keys=False, width=100),
        encoding="utf-8")
    langs = {}
    for a in articles:
        langs[a["lang"]] = langs.get(a["lang"], 0) + 1
    print(f"{len(articles)} articles {langs} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
