"""Feeds of the blind24 corpus and the page template of each invented outlet.

Every outlet renders a full HTML5 page around the article body, with its own
navigation, cookie banner, share buttons, related links and footer. Some outlets
publish rich metadata (Open Graph, JSON-LD), some only a <title>.
"""
from __future__ import annotations

import json
import zlib
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "halden-wire", "title": "Halden Press Wire - World", "format": "rss", "lang": "en"},
    {"id": "pemberton-gazette", "title": "The Pemberton Gazette - World", "format": "atom", "lang": "en"},
    {"id": "sealark-asia", "title": "Sealark Asia Briefing", "format": "atom", "lang": "en"},
    {"id": "amber-coast", "title": "Amber Coast Dispatch - Baltic, Nordic & Eastern Europe", "format": "rss", "lang": "en"},
    {"id": "kedr-inform", "title": "ИА «Кедр-Информ» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "tym-media", "title": "Тымь-Медиа — новости Сахалинской области", "format": "atom", "lang": "ru"},
    {"id": "notsuke-shimbun", "title": "野付新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "asanagi-shimbun", "title": "朝凪新聞デジタル", "format": "atom", "lang": "ja"},
]

LANG_OF = {f["id"]: f["lang"] for f in FEEDS}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n      ".join(out)


def related_list(items: list[str], cls: str = "related") -> str:
    lis = "".join(f'<li><a href="/story/{zlib.crc32(t.encode("utf-8")) % 900000 + 100000}">{escape(t)}</a></li>'
                  for t in items)
    return f'<ul class="{cls}">{lis}</ul>'


def og_tags(a: dict, site: str, locale: str, with_time: bool = True) -> str:
    tags = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{escape(site)}">',
        f'<meta property="og:title" content="{escape(a["title"])}">',
        f'<meta property="og:description" content="{escape(a["summary"])}">',
        f'<meta property="og:locale" content="{locale}">',
    ]
    if with_time:
        tags.append(f'<meta property="article:published_time" content="{a["published"]}">')
    return "\n  ".join(tags)


def json_ld(a: dict, site: str, author: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"],
        "dateModified": a["published"],
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": site},
        "inLanguage": a["lang"],
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _dt(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


# ----------------------------------------------------------------------------- English

def halden(a: dict) -> str:
    dt = _dt(a)
    meta = ""
    if a.get("meta", True):
        meta = og_tags(a, "Halden Press Wire", "en_GB") + "\n  " + json_ld(a, "Halden Press Wire", a.get("byline", "Halden staff"))
    stamp = dt.strftime("%B %-d, %Y %-I:%M %p GMT")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(a["title"])} | Halden Press Wire</title>
  <meta name="description" content="{escape(a["summary"])}">
  {meta}
  <link rel="stylesheet" href="/static/hpw.3f9c.css">
</head>
<body class="hpw article-page">
  <div id="consent" class="consent-bar" role="dialog">
    <p>We and our partners use cookies to personalise content, measure audiences and improve our services.
    You can change your choice at any time in <a href="/privacy">Privacy settings</a>.</p>
    <button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">HALDEN<span>PRESS WIRE</span></a>
    <nav class="primary">
      <a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a>
      <a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a>
      <a href="/technology">Technology</a><a href="/sustainability">Sustainability</a>
      <a href="/fact-check">Fact Check</a>
    </nav>
    <form class="search" action="/search"><input name="q" placeholder="Search Halden"></form>
    <a class="signin" href="/account">Sign in</a>
  </header>
  <main>
    <article class="story">
      <p class="kicker"><a href="/world/{a.get("section", "asia-pacific")}">{escape(a.get("kicker", "Asia Pacific"))}</a></p>
      <h1>{escape(a["title"])}</h1>
      <div class="byline">By {escape(a.get("byline", "Halden staff"))}</div>
      <time datetime="{a["published"]}">{stamp}</time>
      <div class="share"><a href="#" class="x">Share on X</a> <a href="#" class="fb">Facebook</a> <a href="#" class="li">LinkedIn</a> <a href="#" class="mail">Email</a> <button class="copy">Copy link</button></div>
      <div class="body">
      {paras(a["body"])}
      </div>
      <p class="credit">{escape(a.get("credit", "Editing by Halden desk"))}</p>
      <p class="standards"><a href="/trust-principles">Our Standards: The Halden Trust Principles.</a></p>
    </article>
    <aside class="more">
      <h3>Read Next</h3>
      {related_list(a.get("related", []))}
      <div class="ad-slot" data-slot="mpu-2">Advertisement · Scroll to continue with content</div>
    </aside>
  </main>
  <footer class="site-footer">
    <nav><a href="/about">About Halden</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a> · <a href="/accessibility">Accessibility</a></nav>
    <p>All quotes delayed a minimum of 15 minutes. © {dt.year} Halden Press Wire. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def pemberton(a: dict) -> str:
    dt = _dt(a)
    meta = og_tags(a, "The Pemberton Gazette", "en_GB") if a.get("meta", True) else ""
    stamp = dt.strftime("%A %-d %B %Y, %H:%M")
    comments = a.get("comments", [])
    com_html = "".join(
        f'<li class="comment"><span class="who">{escape(w)}</span><p>{escape(t)}</p></li>'
        for w, t in comments)
    com_block = (f'<section class="comments"><h3>Comments ({len(comments)})</h3><ul>{com_html}</ul>'
                 f'<p class="house-rules">Comments are moderated. Read our <a href="/community">community guidelines</a>.</p></section>'
                 if comments else
                 '<section class="comments"><h3>Comments</h3><p>Comments are closed for this article.</p></section>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} – The Pemberton Gazette</title>
<meta name="viewport" content="width=device-width">
{meta}
<link rel="alternate" type="application/atom+xml" href="/feeds/world.atom">
</head>
<body>
<div class="cookie-notice" id="cookieNotice">
  <strong>Your privacy</strong> The Pemberton Gazette and our 142 partners store and access information on your device.
  <a href="/cookies">Manage preferences</a> <button>I agree</button>
</div>
<div class="topbar"><span class="date">{dt.strftime("%A %-d %B %Y")}</span> <a href="/subscribe">Subscribe from £1</a> <a href="/epaper">Today's paper</a></div>
<header><h1 class="masthead"><a href="/">The Pemberton Gazette</a></h1>
<nav><ul>
<li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/lifestyle">Lifestyle</a></li><li><a href="/weather">Weather</a></li><li><a href="/puzzles">Puzzles</a></li>
</ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/world">World</a> › {escape(a.get("kicker", "Asia"))}</div>
<div class="content">
<article>
<h2 class="headline">{escape(a["title"])}</h2>
<p class="standfirst">{escape(a["summary"])}</p>
<p class="meta">{escape(a.get("byline", "Foreign desk"))} · <span class="pubdate">{stamp}</span></p>
<div class="sharebar"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
{paras(a["body"])}
<div class="newsletter-box"><p><strong>The World Briefing</strong> – our foreign editor's pick of the day's stories, every weekday at 7am.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</article>
{com_block}
<aside class="mostread"><h3>Most read</h3>{related_list(a.get("related", []), "mostread")}</aside>
</div>
<footer>
<p><a href="/contact">Contact us</a> | <a href="/complaints">Complaints</a> | <a href="/cookies">Cookie policy</a> | <a href="/privacy">Privacy notice</a> | <a href="/terms">Terms</a></p>
<p>The Pemberton Gazette is a member of the Independent Press Standards Organisation. © Pemberton Media Group Ltd {dt.year}</p>
</footer>
</body>
</html>
"""


def sealark(a: dict) -> str:
    dt = _dt(a)
    meta = ""
    if a.get("meta", True):
        meta = og_tags(a, "Sealark Asia Briefing", "en_US") + "\n" + json_ld(a, "Sealark Asia Briefing", a.get("byline", "Sealark editors"))
    keys = a.get("key_points")
    keybox = ""
    if keys:
        keybox = '<div class="keypoints"><h4>Key points</h4><ul>' + "".join(
            f"<li>{escape(k)}</li>" for k in keys) + "</ul></div>"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — Sealark Asia Briefing</title>
{meta}
</head>
<body class="sl">
<div class="gdpr">This site uses cookies to analyse traffic and remember your preferences. <a href="/cookie-policy">Learn more</a> · <button>OK</button></div>
<header class="sl-head">
  <a class="brand" href="/">sealark<em>asia briefing</em></a>
  <nav><a href="/region/northeast-asia">Northeast Asia</a> <a href="/region/southeast-asia">Southeast Asia</a> <a href="/region/south-asia">South Asia</a> <a href="/topics/security">Security</a> <a href="/topics/energy">Energy</a> <a href="/topics/trade">Trade</a> <a href="/podcast">Podcast</a> <a href="/newsletter" class="cta">Get the Briefing</a></nav>
</header>
<main class="sl-main">
<p class="section-label">{escape(a.get("kicker", "Northeast Asia"))}</p>
<h1>{escape(a["title"])}</h1>
<p class="dek">{escape(a["summary"])}</p>
<p class="author">{escape(a.get("byline", "Sealark editors"))} <span>·</span> <time datetime="{a["published"]}">{dt.strftime("%b %-d, %Y")}</time> <span>·</span> {a.get("read_min", 4)} min read</p>
{keybox}
<div class="article-body">
{paras(a["body"])}
</div>
<div class="paywall-note">You are reading a free article. Support independent coverage of Asia: <a href="/subscribe">become a member</a>.</div>
<div class="tags">Topics: {" ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}">{escape(t)}</a>' for t in a.get("tags", ["Japan", "Russia"]))}</div>
<section class="also"><h3>Related briefings</h3>{related_list(a.get("related", []))}</section>
</main>
<footer class="sl-foot"><p>Sealark Asia Briefing is published by Sealark Media Pte. Ltd. · <a href="/about">About</a> · <a href="/ethics">Editorial policy</a> · <a href="/privacy">Privacy</a></p><p>© {dt.year} Sealark Media</p></footer>
</body>
</html>
"""


def amber(a: dict) -> str:
    dt = _dt(a)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(a["title"])}</title>
</head>
<body>
<div class="cookiebar">Amber Coast Dispatch uses cookies. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <a href="#" class="close">×</a></div>
<div id="wrap">
<div class="logo"><a href="/">AMBER COAST DISPATCH</a><small>Baltic · Nordic · Eastern Europe</small></div>
<ul id="menu"><li><a href="/lithuania">Lithuania</a></li><li><a href="/latvia">Latvia</a></li><li><a href="/estonia">Estonia</a></li><li><a href="/nordics">Nordics</a></li><li><a href="/poland">Poland</a></li><li><a href="/ukraine">Ukraine</a></li><li><a href="/russia">Russia</a></li><li><a href="/world">World</a></li></ul>
<div class="post">
<div class="post-date">{dt.strftime("%d.%m.%Y %H:%M")}</div>
<h1 class="post-title">{escape(a["title"])}</h1>
<div class="post-author">{escape(a.get("byline", "ACD"))}</div>
<div class="post-text">
{paras(a["body"])}
</div>
<div class="share">Share: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">Telegram</a></div>
</div>
<div class="sidebar"><h4>Latest</h4>{related_list(a.get("related", []))}</div>
<div id="footer">© Amber Coast Dispatch, Vilnius–Riga–Tallinn. Republishing only with a hyperlink to the source. <a href="/advertise">Advertise</a> · <a href="/contacts">Contacts</a></div>
</div>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Russian

def kedr(a: dict) -> str:
    dt = _dt(a).astimezone(MSK)
    meta = og_tags(a, "ИА «Кедр-Информ»", "ru_RU") if a.get("meta", True) else ""
    stamp = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"
    tags = " ".join(f'<a href="/tag/{i}">{escape(t)}</a>' for i, t in enumerate(a.get("tags", ["Россия", "Япония"])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} — ИА «Кедр-Информ»</title>
<meta name="description" content="{escape(a["summary"])}">
{meta}
</head>
<body>
<div class="cookie-alert">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="top">
  <a href="/" class="logo">КЕДР<span>ИНФОРМ</span></a>
  <nav class="rubrics"><a href="/politics">Политика</a><a href="/world">В мире</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/incidents">Происшествия</a><a href="/regions">Регионы</a><a href="/sport">Спорт</a><a href="/culture">Культура</a></nav>
  <div class="live"><a href="/lenta">Лента новостей</a></div>
</header>
<div class="layout">
<article class="news">
  <div class="news-date">{stamp}</div>
  <h1>{escape(a["title"])}</h1>
  <p class="lead"><strong>{escape(a["summary"])}</strong></p>
  <div class="text">
  {paras(a["body"])}
  </div>
  <div class="tags">Теги: {tags}</div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
  <div class="subscribe-tg">Подписывайтесь на «Кедр-Информ» в <a href="#">Telegram</a> и <a href="#">Дзене</a></div>
</article>
<aside class="read-also"><h3>Читайте также</h3>{related_list(a.get("related", []))}</aside>
</div>
<footer>
<p>Сетевое издание «Кедр-Информ». Свидетельство о регистрации СМИ Эл № ФС 77-81734. Учредитель: ООО «Кедр Медиа». Главный редактор: Соколова Е. В.</p>
<p>При полном или частичном использовании материалов ссылка на «Кедр-Информ» обязательна. 16+</p>
</footer>
</body>
</html>
"""


def tym(a: dict) -> str:
    dt = _dt(a).astimezone(SAKH)
    stamp = f"{dt.day:02d}.{dt.month:02d}.{dt.year} {dt:%H:%M}"
    comments = a.get("comments", [])
    com = "".join(f'<div class="cmt"><b>{escape(w)}</b><p>{escape(t)}</p></div>' for w, t in comments)
    com_block = f'<section id="comments"><h3>Комментарии ({len(comments)})</h3>{com}<p class="rules">Комментарии публикуются после модерации.</p></section>' if comments else '<section id="comments"><h3>Комментарии (0)</h3><p>Будьте первым, кто оставит комментарий.</p></section>'
    meta = ""
    if a.get("meta", False):
        meta = og_tags(a, "Тымь-Медиа", "ru_RU")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | Тымь-Медиа</title>
{meta}
</head>
<body>
<div class="top-line"><span>Южно-Сахалинск {a.get("weather", "+4°")}</span> <span>USD {a.get("usd", "91,20")}</span> <span>EUR {a.get("eur", "98,75")}</span> <a href="/advert">Реклама на сайте</a></div>
<div class="cookies">Сайт использует cookie. <a href="/cookies">Подробнее</a> <span class="x">OK</span></div>
<header><a href="/" class="logo">ТЫМЬ<i>медиа</i></a>
<ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/sakhalin">Сахалин</a></li><li><a href="/economy">Экономика</a></li><li><a href="/fish">Рыбалка и путина</a></li><li><a href="/people">Люди</a></li><li><a href="/sport">Спорт</a></li><li><a href="/afisha">Афиша</a></li></ul></header>
<div class="page">
<div class="crumbs"><a href="/">Главная</a> / <a href="/news">{escape(a.get("kicker", "Новости"))}</a></div>
<h1>{escape(a["title"])}</h1>
<div class="info"><span class="date">{stamp}</span> <span class="author">{escape(a.get("byline", "Тымь-Медиа"))}</span> <span class="views">{a.get("views", 1240)} просмотров</span></div>
<div class="article-text">
{paras(a["body"])}
</div>
<div class="social">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a></div>
<div class="more-news"><h3>Другие новости</h3>{related_list(a.get("related", []))}</div>
{com_block}
</div>
<footer>© 2012–{dt.year} «Тымь-Медиа». Сетевое издание. 16+. Редакция: Сахалинская область, г. Южно-Сахалинск. Перепечатка материалов — с активной ссылкой.</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Japanese

def notsuke(a: dict) -> str:
    dt = _dt(a).astimezone(JST)
    stamp = f"{dt.year}年{dt.month}月{dt.day}日 {dt:%H:%M}"
    meta = og_tags(a, "野付新聞デジタル", "ja_JP", with_time=False) if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])}｜野付新聞デジタル</title>
{meta}
</head>
<body>
<div class="cookie-consent">当サイトでは、サービス向上のためCookieを使用しています。詳しくは<a href="/policy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="site-header">
<div class="logo"><a href="/">野付新聞<span>デジタル</span></a></div>
<div class="header-links"><a href="/member">会員登録</a>｜<a href="/login">ログイン</a>｜<a href="/paper">紙面ビューアー</a></div>
<nav class="gnav"><ul><li><a href="/news">ニュース</a></li><li><a href="/local">根室・釧路</a></li><li><a href="/hoppou">北方領土</a></li><li><a href="/fishery">漁業・水産</a></li><li><a href="/economy">経済</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/event">催し</a></li><li><a href="/okuyami">おくやみ</a></li></ul></nav>
</header>
<main>
<article class="news-detail">
<h1>{escape(a["title"])}</h1>
<p class="date">{stamp}</p>
<div class="article-body">
{paras(a["body"])}
</div>
<div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
<section class="related"><h2>関連記事</h2>{related_list(a.get("related", []))}</section>
<section class="ranking"><h2>アクセスランキング</h2>{related_list(a.get("ranking", []), "ranking")}</section>
</main>
<footer class="site-footer"><p><a href="/about">会社概要</a>｜<a href="/ad">広告掲載</a>｜<a href="/contact">お問い合わせ</a>｜<a href="/policy">個人情報の取り扱い</a></p>
<p>野付新聞デジタルに掲載の記事・写真・図表などの無断転載を禁じます。著作権は野付新聞社またはその情報提供者に属します。</p>
<p>Copyright © {dt.year} The Notsuke Shimbun. All rights reserved.</p></footer>
</body>
</html>
"""


def asanagi(a: dict) -> str:
    dt = _dt(a).astimezone(JST)
    stamp = f"{dt.year}年{dt.month}月{dt.day}日 {dt:%H時%M分}"
    meta = ""
    if a.get("meta", True):
        meta = og_tags(a, "朝凪新聞デジタル", "ja_JP") + "\n" + json_ld(a, "朝凪新聞デジタル", a.get("byline", "朝凪新聞"))
    member = '<div class="member-only">この記事は有料会員記事です。有料会員になると続きをお読みいただけます。<a href="/subscribe">初月無料で読む</a></div>' if a.get("paywall") else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a["title"])}：朝凪新聞デジタル</title>
{meta}
</head>
<body>
<div id="cookie-banner">朝凪新聞デジタルは、利便性向上や広告配信のためにCookieを利用しています。<a href="/cookie">Cookieポリシー</a> <button>閉じる</button></div>
<header>
<div class="brand"><a href="/">朝凪新聞デジタル</a></div>
<nav><a href="/news/">速報・新着</a> <a href="/politics/">政治</a> <a href="/international/">国際</a> <a href="/business/">経済</a> <a href="/national/">社会</a> <a href="/sports/">スポーツ</a> <a href="/culture/">文化</a> <a href="/opinion/">社説・論説</a> <a href="/ranking/">ランキング</a></nav>
</header>
<main class="article">
<div class="category">{escape(a.get("kicker", "国際"))}</div>
<h1>{escape(a["title"])}</h1>
<div class="byline">{escape(a.get("byline", ""))}</div>
<time datetime="{a["published"]}">{stamp}</time>
<div class="share-buttons"><a href="#">X（旧Twitter）</a> <a href="#">Facebook</a> <a href="#">はてなブックマーク</a> <a href="#">LINE</a> <a href="#">URLをコピー</a></div>
<div class="text">
{paras(a["body"])}
</div>
{member}
<aside class="related-news"><h2>関連ニュース</h2>{related_list(a.get("related", []))}</aside>
</main>
<footer><p><a href="/company/">会社案内</a> ｜ <a href="/privacy/">個人情報</a> ｜ <a href="/terms/">利用規約</a> ｜ <a href="/faq/">よくある質問</a></p>
<p>Copyright © The Asanagi Shimbun Company. All rights reserved. No reproduction or republication without written permission.</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "halden-wire": halden,
    "pemberton-gazette": pemberton,
    "sealark-asia": sealark,
    "amber-coast": amber,
    "kedr-inform": kedr,
    "tym-media": tym,
    "notsuke-shimbun": notsuke,
    "asanagi-shimbun": asanagi,
}
