# -*- coding: utf-8 -*-
"""Page templates of the eight invented outlets of the blind55 corpus.

Each outlet has its own chrome; some pages carry og/JSON-LD metadata, others none.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "northfold-en", "title": "The Northfold Courier - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "brineway-en", "title": "Brineway Wire - World", "format": "atom", "lang": "en"},
    {"id": "portolan-en", "title": "Portolan Review - Eurasia & Pacific policy", "format": "rss", "lang": "en"},
    {"id": "mashu-en", "title": "The Mashu Herald - Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "sivuch-ru", "title": "Сивуч-Медиа — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "rynda-ru", "title": "ИА «Рында» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "hakucho-ja", "title": "白鳥新報 電子版", "format": "rss", "lang": "ja"},
    {"id": "kitanomado-ja", "title": "北の窓通信ニュース", "format": "atom", "lang": "ja"},
]

E = html.escape
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))
JST = timezone(timedelta(hours=9))
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def paras(body: str) -> str:
    return "\n".join(f"<p>{E(p.strip())}</p>" for p in body.split("\n\n") if p.strip())


def slug_url(site: str, art: dict) -> str:
    return f"https://{site}/{art['published'][:10].replace('-', '/')}/{art['id']}"


def jsonld(art: dict, publisher: str, dt: datetime) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": art["title"], "datePublished": dt.isoformat(),
            "inLanguage": art["lang"], "author": {"@type": "Person", "name": art.get("author", "")},
            "publisher": {"@type": "Organization", "name": publisher},
            "description": art["summary"]}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related_list(items, cls="related") -> str:
    if not items:
        return ""
    lis = "".join(f'<li><a href="#">{E(t)}</a></li>' for t in items)
    return f'<ul class="{cls}">{lis}</ul>'


# ------------------------------------------------------------------ northfold-en
def northfold(art: dict, dt: datetime) -> str:
    d = dt.astimezone(timezone.utc)
    stamp = f"{EN_MONTHS[d.month-1]} {d.day}, {d.year} {d:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} | The Northfold Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Northfold Courier">
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:url" content="{slug_url('www.northfoldcourier.com', art)}">
<meta property="article:published_time" content="{dt.isoformat()}">
<meta property="article:section" content="{E(art.get('section', 'World'))}">
<link rel="stylesheet" href="/static/nf-main.css">
{jsonld(art, 'The Northfold Courier', dt)}
</head>
<body class="nf-article">
<div id="cookie-consent" class="nf-cookie" role="dialog">
  <p>We use cookies and similar technologies to run this site, measure our audience and personalise advertising. You can change your choices at any time in Privacy Settings.</p>
  <button class="accept">Accept all</button> <button class="manage">Manage preferences</button>
</div>
<header class="nf-masthead">
  <a class="nf-logo" href="/">The Northfold Courier</a>
  <nav class="nf-nav"><a href="/world">World</a> <a href="/asia-pacific">Asia &amp; Pacific</a> <a href="/europe-eurasia">Europe &amp; Eurasia</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/climate">Climate</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
  <form class="nf-search" action="/search"><input name="q" placeholder="Search the Courier"></form>
</header>
<main>
<article>
  <p class="nf-kicker">{E(art.get('section', 'World'))}</p>
  <h1>{E(art['title'])}</h1>
  <p class="nf-standfirst">{E(art['summary'])}</p>
  <div class="nf-byline">By {E(art.get('author', 'Northfold staff'))} · <time datetime="{dt.isoformat()}">{stamp}</time></div>
  <div class="nf-share"><a href="#">Share on X</a> · <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Email</a> · <a href="#">Copy link</a></div>
  <div class="nf-body">
{paras(art['body'])}
  </div>
  <p class="nf-correction-note">Have a tip or a correction? Write to the Asia desk.</p>
</article>
<aside class="nf-more"><h2>More from Asia &amp; Pacific</h2>{related_list(art.get('related'))}</aside>
<aside class="nf-newsletter"><h3>The Morning Brief</h3><p>The day's most important world news, in your inbox before breakfast.</p><input placeholder="Your email"><button>Sign up</button></aside>
</main>
<footer class="nf-footer">
  <nav><a href="/about">About us</a> · <a href="/careers">Careers</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/privacy-settings">Privacy settings</a> · <a href="/contact">Contact</a></nav>
  <p>© {d.year} Northfold Media Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ brineway-en
def brineway(art: dict, dt: datetime) -> str:
    d = dt.astimezone(timezone.utc)
    stamp = f"{d:%d} {EN_MONTHS[d.month-1][:3]} {d.year}, {d:%H:%M} UTC"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} - Brineway</title>
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:site_name" content="Brineway">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="article:published_time" content="{dt.isoformat()}">
<meta name="twitter:card" content="summary">
</head>
<body>
<div class="bw-topbar">Brineway Wire · <a href="/markets">Markets</a> · <a href="/world">World</a> · <a href="/business">Business</a> · <a href="/legal">Legal</a> · <a href="/sustainability">Sustainability</a> · <a href="/login">Sign in</a></div>
<div class="bw-consent">Brineway uses cookies to deliver and improve its services. By continuing to browse you accept our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<div class="bw-breadcrumb"><a href="/world">World</a> › <a href="/world/{E(art.get('section', 'World').lower())}">{E(art.get('section', 'World'))}</a></div>
<h1 class="bw-headline">{E(art['title'])}</h1>
<div class="bw-meta"><span class="bw-time">{stamp}</span> · <span>Updated {stamp}</span> · <span class="bw-readtime">3 min read</span></div>
<div class="bw-summary"><ul><li>{E(art['summary'])}</li></ul></div>
<div class="bw-story">
{paras(art['body'])}
</div>
<p class="bw-trust">Our Standards: The Brineway Trust Principles.</p>
<div class="bw-share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> | <a href="#">Purchase licensing rights</a></div>
<section class="bw-readnext"><h3>Read next</h3>{related_list(art.get('related'))}</section>
<footer class="bw-foot">
<p>Brineway is a news and information service. © {d.year} Brineway. All rights reserved. Quotes delayed at least 15 minutes.</p>
<p><a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/corrections">Corrections</a></p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ portolan-en (no metadata)
def portolan(art: dict, dt: datetime) -> str:
    d = dt.astimezone(timezone.utc)
    stamp = f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(art['title'])} — Portolan Review</title>
<link rel="stylesheet" href="/assets/portolan.css">
</head>
<body>
<header>
<div class="pr-brand"><a href="/">PORTOLAN</a> <span>Review · Eurasia &amp; Pacific policy</span></div>
<nav><a href="/briefings">Briefings</a> | <a href="/analysis">Analysis</a> | <a href="/law-borders">Law &amp; Borders</a> | <a href="/podcast">Podcast</a> | <a href="/about">About</a> | <a href="/donate">Support us</a></nav>
</header>
<div class="pr-cookies">This site uses only essential cookies and privacy-friendly analytics. <a href="/privacy">Learn more</a> <button>Got it</button></div>
<main class="pr-main">
<div class="pr-section">{E(art.get('section', 'Analysis'))}</div>
<h1>{E(art['title'])}</h1>
<h2 class="pr-dek">{E(art['summary'])}</h2>
<div class="pr-author">{E(art.get('author', 'Portolan Review'))} — {stamp}</div>
<div class="pr-text">
{paras(art['body'])}
</div>
<div class="pr-endnote"><em>Portolan Review is an independent, reader-funded publication. Views expressed are the author's own.</em></div>
<div class="pr-signup"><strong>Get the weekly Portolan briefing.</strong> Free, every Friday. <input type="email" placeholder="email@example.com"> <button>Subscribe</button></div>
</main>
<footer><p>Portolan Review · Registered charity · <a href="/contact">Contact</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ mashu-en
def mashu(art: dict, dt: datetime) -> str:
    j = dt.astimezone(JST)
    stamp = f"{EN_MONTHS[j.month-1]} {j.day}, {j.year} at {j:%H:%M} JST"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(art['title'])} - The Mashu Herald</title>
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:site_name" content="The Mashu Herald">
<meta property="article:published_time" content="{dt.isoformat()}">
{jsonld(art, 'The Mashu Herald', dt)}
</head>
<body>
<div class="mh-weather">Kushiro -2°C · Nemuro -1°C · Sapporo 1°C · <a href="/weather">Full forecast</a></div>
<header class="mh-head">
  <a href="/" class="mh-logo">The Mashu Herald</a><span class="mh-tag">Hokkaido news in English</span>
  <nav><a href="/news">News</a> <a href="/nemuro">Nemuro &amp; the East</a> <a href="/politics">Politics</a> <a href="/fisheries">Fisheries</a> <a href="/travel">Travel</a> <a href="/community">Community</a> <a href="/jobs">Jobs</a></nav>
</header>
<div class="mh-cookie">We use cookies to analyse traffic and show relevant ads. <a href="/cookies">Settings</a> <button>Accept</button></div>
<main>
<article class="mh-article">
<div class="mh-cat">{E(art.get('section', 'News'))}</div>
<h1>{E(art['title'])}</h1>
<div class="mh-byline">{E(art.get('author', 'Mashu Herald staff'))} | Published {stamp}</div>
<div class="mh-share"><button>Share</button> <button>Print</button> <button>A+</button></div>
<p class="mh-lede"><strong>{E(art['summary'])}</strong></p>
{paras(art['body'])}
<p class="mh-support">The Mashu Herald relies on readers. <a href="/support">Become a supporter</a> from ¥500 a month.</p>
</article>
<aside><h3>Also on the Herald</h3>{related_list(art.get('related'))}</aside>
<section class="mh-comments"><h3>Comments</h3><p>Comments are closed for this article.</p></section>
</main>
<footer class="mh-foot"><p>The Mashu Herald · Kushiro, Hokkaido · <a href="/about">About</a> · <a href="/advertise">Advertise</a> · <a href="/privacy">Privacy policy</a></p><p>© {j.year} Mashu Herald Publishing K.K.</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ sivuch-ru
def sivuch(art: dict, dt: datetime) -> str:
    s = dt.astimezone(SAKH)
    stamp = f"{s.day} {RU_MONTHS[s.month-1]} {s.year}, {s:%H:%M}"
    comments = ""
    if art["label"] != "off_topic":
        comments = ("<section class=\"sv-comments\"><h3>Комментарии</h3>"
                    "<div class=\"c\"><b>kurilchanin</b>: Посмотрим, что будет на деле.</div>"
                    "<div class=\"c\"><b>Светлана М.</b>: Лучше бы паром нормальный пустили.</div>"
                    "<p>Чтобы оставить комментарий, войдите через VK ID или Яндекс ID.</p></section>")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} — Сивуч-Медиа</title>
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:site_name" content="Сивуч-Медиа">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="sv-cookie">Мы используем файлы cookie и сервис веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/policy">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<header>
<div class="sv-top">Южно-Сахалинск −3° · Курильск +1° · Южно-Курильск 0° | USD 92,10 · EUR 99,40</div>
<a class="sv-logo" href="/">Сивуч<span>Медиа</span></a>
<nav><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/vlast">Власть</a> <a href="/economy">Экономика</a> <a href="/obshestvo">Общество</a> <a href="/incidents">Происшествия и суды</a> <a href="/afisha">Афиша</a> <a href="/contacts">Контакты</a></nav>
</header>
<main>
<div class="sv-rubric">{E(art.get('section', 'Новости'))}</div>
<h1>{E(art['title'])}</h1>
<div class="sv-date">{stamp} · {E(art.get('author', 'Сивуч-Медиа'))}</div>
<p class="sv-lead"><b>{E(art['summary'])}</b></p>
<div class="sv-text">
{paras(art['body'])}
</div>
<div class="sv-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<p class="sv-tg">Подписывайтесь на «Сивуч-Медиа» в Telegram — главные новости островов первыми.</p>
<aside><h3>Читайте также</h3>{related_list(art.get('related'))}</aside>
{comments}
</main>
<footer><p>Сетевое издание «Сивуч-Медиа». Свидетельство о регистрации ЭЛ № ФС 77-00000. 16+</p><p>При использовании материалов ссылка на «Сивуч-Медиа» обязательна.</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ rynda-ru
def rynda(art: dict, dt: datetime) -> str:
    m = dt.astimezone(MSK)
    stamp = f"{m:%H:%M} {m.day:02d}.{m.month:02d}.{m.year}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} | ИА «Рында»</title>
<meta name="description" content="{E(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="article:published_time" content="{dt.isoformat()}">
{jsonld(art, 'ИА «Рында»', dt)}
</head>
<body>
<header class="rd-header">
<a href="/" class="rd-logo">РЫНДА</a> <span class="rd-slogan">информационное агентство</span>
<nav><a href="/politics">Политика</a> · <a href="/world">В мире</a> · <a href="/economy">Экономика</a> · <a href="/society">Общество</a> · <a href="/regions">Регионы</a> · <a href="/sport">Спорт</a> · <a href="/lenta">Вся лента</a></nav>
</header>
<div class="rd-cookies">Сайт использует cookie. <a href="/cookies">Подробнее</a> <button>Согласен</button></div>
<div class="rd-layout">
<article>
<div class="rd-rubric">{E(art.get('section', 'Новости'))}</div>
<time datetime="{dt.isoformat()}">{stamp} (мск)</time>
<h1>{E(art['title'])}</h1>
<div class="rd-annot">{E(art['summary'])}</div>
{paras(art['body'])}
<div class="rd-tags">Теги: Россия, Япония, Дальний Восток</div>
<div class="rd-share"><a href="#">Telegram</a> <a href="#">VK</a> <a href="#">OK</a> <a href="#">Дзен</a></div>
</article>
<aside class="rd-lenta"><h3>Лента новостей</h3>{related_list(art.get('related'), 'rd-feed')}</aside>
</div>
<footer><p>© {m.year} ИА «Рында». Все права защищены. 18+</p><p>Мнение редакции может не совпадать с мнением авторов. <a href="/about">О проекте</a> · <a href="/adv">Реклама</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ hakucho-ja
def hakucho(art: dict, dt: datetime) -> str:
    j = dt.astimezone(JST)
    stamp = f"{j.year}年{j.month}月{j.day}日 {j:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(art['title'])}｜白鳥新報 電子版</title>
<meta name="description" content="{E(art['summary'])}">
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:site_name" content="白鳥新報 電子版">
<meta property="article:published_time" content="{dt.isoformat()}">
{jsonld(art, '白鳥新報', dt)}
</head>
<body>
<div class="hk-cookie">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header>
<div class="hk-logo"><a href="/">白鳥新報</a><small>電子版</small></div>
<nav><a href="/">トップ</a> <a href="/hoppou">北方領土</a> <a href="/nemuro">根室・釧路</a> <a href="/seiji">政治</a> <a href="/keizai">経済</a> <a href="/gyogyo">漁業</a> <a href="/kokusai">国際</a> <a href="/sports">スポーツ</a> <a href="/okuyami">おくやみ</a></nav>
<div class="hk-member"><a href="/login">ログイン</a> <a href="/join">会員登録（初月無料）</a></div>
</header>
<main>
<div class="hk-pankuzu"><a href="/">トップ</a> ＞ <a href="#">{E(art.get('section', 'ニュース'))}</a></div>
<article>
<h1>{E(art['title'])}</h1>
<p class="hk-date">{stamp}（{E(art.get('author', '本社'))}）</p>
<div class="hk-share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
{paras(art['body'])}
<div class="hk-paywall">この記事は会員限定記事です。続きは会員登録（無料）でお読みいただけます。</div>
</article>
<section class="hk-kanren"><h3>関連記事</h3>{related_list(art.get('related'))}</section>
<section class="hk-ranking"><h3>アクセスランキング</h3><ol><li>根室のサンマ、初水揚げ</li><li>道東道で多重事故</li><li>釧路湿原の太陽光発電、条例で規制へ</li></ol></section>
</main>
<footer><p>白鳥新報社　北海道根室市　<a href="/about">会社案内</a>｜<a href="/kiyaku">利用規約</a>｜<a href="/privacy">個人情報の取り扱い</a></p><p>掲載の記事・写真の無断転載を禁じます。Copyright © {j.year} Hakucho Shimpo</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ kitanomado-ja (no metadata)
def kitanomado(art: dict, dt: datetime) -> str:
    j = dt.astimezone(JST)
    stamp = f"{j.year}/{j.month:02d}/{j.day:02d} {j:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} - 北の窓通信ニュース</title>
</head>
<body>
<header class="km">
<h2 class="km-logo"><a href="/">北の窓通信</a></h2>
<ul class="km-nav"><li><a href="/news">速報</a></li><li><a href="/politics">政治</a></li><li><a href="/society">社会</a></li><li><a href="/world">国際</a></li><li><a href="/economy">経済</a></li><li><a href="/hokkaido">北海道</a></li><li><a href="/photo">写真</a></li></ul>
</header>
<div class="km-consent">本サイトは利便性向上と広告配信のためにクッキーを利用します。<a href="/cookie">設定</a><button>OK</button></div>
<div class="km-body">
<p class="km-genre">{E(art.get('section', 'ニュース'))}</p>
<h1>{E(art['title'])}</h1>
<p class="km-time">{stamp}　{E(art.get('author', '北の窓通信'))}</p>
{paras(art['body'])}
<p class="km-copy">（北の窓通信）</p>
<div class="km-sns">この記事をシェア：<a href="#">X</a>／<a href="#">LINE</a>／<a href="#">Facebook</a></div>
<div class="km-related"><h3>関連ニュース</h3>{related_list(art.get('related'))}</div>
</div>
<footer><small>Copyright © 北の窓通信社 All Rights Reserved. 記事の無断転載を禁じます。</small></footer>
</body>
</html>
"""


RENDER = {
    "northfold-en": northfold, "brineway-en": brineway, "portolan-en": portolan,
    "mashu-en": mashu, "sivuch-ru": sivuch, "rynda-ru": rynda,
    "hakucho-ja": hakucho, "kitanomado-ja": kitanomado,
}
