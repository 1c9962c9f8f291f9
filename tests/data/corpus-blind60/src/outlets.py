"""Page templates for the eight invented outlets of corpus blind60.

Every outlet renders a complete HTML5 page of its own design around the article body:
navigation, cookie banner, share buttons, related stories, footer, and for some outlets
comments or reading counters. Metadata differs by outlet on purpose: some pages carry
og:* tags, article:published_time and JSON-LD, some only og:title, some none at all.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "skua-post", "title": "The Skua Post - North Pacific & Arctic", "format": "rss", "lang": "en"},
    {"id": "murrelet-wire", "title": "Murrelet Wire - World", "format": "atom", "lang": "en"},
    {"id": "caldera-review", "title": "Caldera Review - science, culture & the North Pacific", "format": "rss", "lang": "en"},
    {"id": "ptarmigan-wire", "title": "Ptarmigan Wire - Asia", "format": "atom", "lang": "en"},
    {"id": "golets-ru", "title": "Голец.Инфо — Сахалин и Курилы", "format": "rss", "lang": "ru"},
    {"id": "kraeved-ru", "title": "«Краевед» — культура, история и наука Дальнего Востока", "format": "atom", "lang": "ru"},
    {"id": "odaito-ja", "title": "尾岱沼新報 電子版", "format": "rss", "lang": "ja"},
    {"id": "tancho-ja", "title": "丹頂タイムズ（釧路・根室）", "format": "atom", "lang": "ja"},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _dt(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def _local(a, hours: int) -> datetime:
    return _dt(a).astimezone(timezone(timedelta(hours=hours)))


def _paras(body: str, cls: str = "") -> str:
    out = []
    for block in [b.strip() for b in body.strip().split("\n\n") if b.strip()]:
        if block.startswith("## "):
            out.append(f"<h2>{escape(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f"<blockquote>{escape(block[2:])}</blockquote>")
        else:
            c = f' class="{cls}"' if cls else ""
            out.append(f"<p{c}>{escape(block)}</p>")
    return "\n".join(out)


def _slug(a) -> str:
    return hashlib.sha1(a["title"].encode("utf-8")).hexdigest()[:8]


def _related(items, base: str) -> str:
    return "\n".join(f'<li><a href="{base}{hashlib.sha1(t.encode()).hexdigest()[:10]}">{escape(t)}</a></li>'
                     for t in items)


def _jsonld(a, publisher: str, lang: str, author: str | None) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": _dt(a).isoformat(), "inLanguage": lang,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- EN


def skua_post(a, related) -> str:
    d = _dt(a)
    when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    author = a.get("author", "Skua Post staff")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | The Skua Post</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Skua Post">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="article:published_time" content="{d.isoformat()}">
<meta property="article:section" content="{escape(a.get('section', 'North Pacific'))}">
<link rel="stylesheet" href="/static/skua.css?v=41">
{_jsonld(a, 'The Skua Post', 'en', author)}
</head>
<body class="article-page">
<div id="cookie-notice" class="cookie-notice" role="dialog">
  <p>We use cookies to understand how you use our site and to improve your experience. By continuing you agree to our <a href="/privacy">privacy policy</a>.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="masthead">
  <a class="logo" href="/">The Skua Post</a>
  <span class="tagline">Independent reporting from the North Pacific and the Arctic</span>
  <nav class="primary"><ul>
    <li><a href="/world">World</a></li><li><a href="/japan">Japan</a></li><li><a href="/russia">Russia</a></li>
    <li><a href="/north-pacific">North Pacific</a></li><li><a href="/arctic">Arctic</a></li>
    <li><a href="/science">Science</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe" class="cta">Subscribe</a></li>
  </ul></nav>
</header>
<main>
<article class="story">
  <p class="kicker">{escape(a.get('section', 'North Pacific'))}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="standfirst">{escape(a['summary'])}</p>
  <div class="byline">By <span class="author">{escape(author)}</span> &middot; <time datetime="{d.isoformat()}">{when}</time></div>
  <div class="share"><a href="#" class="share-x">Share on X</a> <a href="#" class="share-fb">Facebook</a> <a href="#" class="share-mail">Email</a> <a href="#" class="share-copy">Copy link</a></div>
  <div class="story-body">
{_paras(a['body'])}
  </div>
  <p class="corrections">Spotted an error? <a href="/corrections">Contact our corrections desk</a>.</p>
</article>
<aside class="related"><h3>More from North Pacific</h3><ul>
{_related(related, '/north-pacific/')}
</ul></aside>
<aside class="newsletter"><h3>The Skua Brief</h3><p>The North Pacific in five minutes, every weekday morning.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/ethics">Ethics policy</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>
  <p>&copy; {d.year} The Skua Post Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def murrelet_wire(a, related) -> str:
    d = _dt(a)
    when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - Murrelet Wire</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="Murrelet Wire">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{escape(a['title'])}">
<meta name="article:modified_time" content="{(d + timedelta(minutes=37)).isoformat()}">
<link rel="stylesheet" href="https://cdn.murrelet.example/css/wire.min.css">
</head>
<body>
<div class="consent-overlay"><div class="consent-box">
<h4>Your privacy choices</h4>
<p>Murrelet Wire and our partners store and access information on your device to deliver and measure content and ads.</p>
<button>I agree</button><button>Reject non-essential</button><a href="/consent">Show purposes</a>
</div></div>
<div class="topbar"><a href="/" class="brand">MURRELET<span>WIRE</span></a>
<nav><a href="/world">World</a><a href="/asia-pacific">Asia Pacific</a><a href="/europe">Europe</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/environment">Environment</a><a href="/science">Science</a><a href="/sports">Sports</a></nav>
<a href="/search" class="search">Search</a></div>
<div class="wrap">
<div class="crumbs"><a href="/world">World</a> / <a href="/asia-pacific">Asia Pacific</a></div>
<h1 class="headline">{escape(a['title'])}</h1>
<div class="meta"><span class="by">By {escape(a.get('author', 'Murrelet Wire staff'))}</span> <span class="ts">{when}</span> <span class="upd">Updated 37 min ago</span></div>
<div class="tools"><button>Share</button><button>Save</button><button>Purchase licensing rights</button></div>
<div class="body">
{_paras(a['body'], 'wire-p')}
<p class="credit">{escape(a.get('credit', 'Reporting by Murrelet Wire correspondents; editing by the Asia desk'))}</p>
<p class="standards">Our standards: <a href="/trust">The Murrelet Trust Principles.</a></p>
</div>
<section class="read-next"><h3>Read next</h3><ul>
{_related(related, '/world/asia-pacific/')}
</ul></section>
</div>
<footer><p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Murrelet Wire. All rights reserved.</p>
<p><a href="/about">About</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/cookies">Cookie policy</a></p></footer>
</body>
</html>
"""


def caldera_review(a, related) -> str:
    d = _dt(a)
    when = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    words = len(a["body"].split())
    mins = max(2, round(words / 220))
    author = a.get("author", "Caldera Review")
    comments = a.get("comments", [])
    com_html = "\n".join(f'<div class="comment"><b>{escape(n)}</b> <span class="ago">{escape(t)}</span><p>{escape(c)}</p></div>'
                         for n, t, c in comments) or "<p class=\"none\">No comments yet. Be the first.</p>"
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Caldera Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{d.isoformat()}">
<meta property="article:author" content="{escape(author)}">
{_jsonld(a, 'Caldera Review', 'en-GB', author)}
<link rel="stylesheet" href="/assets/caldera.css">
</head>
<body>
<div class="cookie-bar">This site uses cookies for analytics and to remember your settings. <a href="/cookies">Find out more</a> <button>OK</button></div>
<header><div class="logo"><a href="/">Caldera Review</a></div>
<nav><a href="/science">Science</a> <a href="/environment">Environment</a> <a href="/culture">Culture</a> <a href="/history">History</a> <a href="/north-pacific">North Pacific</a> <a href="/long-reads">Long reads</a> <a href="/podcast">Podcast</a></nav>
<a class="donate" href="/support">Support us</a></header>
<main class="article">
<div class="section-tag">{escape(a.get('section', 'Science'))}</div>
<h1>{escape(a['title'])}</h1>
<p class="dek">{escape(a['summary'])}</p>
<p class="meta">{escape(author)} &bull; {when} &bull; {mins} min read</p>
<div class="share-row"><a href="#">Share</a> <a href="#">Bluesky</a> <a href="#">Mastodon</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="prose">
{_paras(a['body'])}
</div>
<div class="signup"><h4>Get the Caldera Review newsletter</h4><p>Science and culture from the rim of the Pacific, fortnightly.</p><input placeholder="email@example.com"><button>Subscribe</button></div>
<section class="comments"><h3>Comments ({len(comments)})</h3>
{com_html}
<p class="policy">Comments are moderated. Please read our <a href="/community">community guidelines</a>.</p></section>
<section class="related"><h3>Related</h3><ul>
{_related(related, '/stories/')}
</ul></section>
</main>
<footer><p>Caldera Review is published by Caldera Media CIC. &copy; {d.year}.</p><p><a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a> | <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


def ptarmigan_wire(a, related) -> str:
    # deliberately no metadata: no og tags, no published_time, no JSON-LD
    d = _dt(a)
    when = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Ptarmigan Wire | {escape(a['title'])}</title>
<link rel="stylesheet" href="/css/pw.css">
</head>
<body>
<div id="gdpr">We and our partners use cookies. <a href="/cookies">Settings</a> <a href="#" class="ok">Accept</a></div>
<div class="head"><a href="/" class="pw">Ptarmigan Wire</a> <span class="sub">Asia</span>
<ul class="nav"><li><a href="/asia">Asia</a></li><li><a href="/japan">Japan</a></li><li><a href="/korea">Korea</a></li><li><a href="/china">China</a></li><li><a href="/russia-far-east">Russia Far East</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div class="content">
<h1>{escape(a['title'])}</h1>
<div class="dateline">Published {when}</div>
<div class="txt">
{_paras(a['body'])}
</div>
<div class="sharebar">Share: <a href="#">X</a> | <a href="#">LinkedIn</a> | <a href="#">WhatsApp</a></div>
<div class="more"><b>Also on Ptarmigan Wire</b><ul>
{_related(related, '/story/')}
</ul></div>
</div>
<div class="foot">Ptarmigan Wire &copy; {d.year} &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact the desk</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- RU


def golets_ru(a, related) -> str:
    # no og/JSON-LD; date only in visible text (Sakhalin time, UTC+11)
    loc = _local(a, 11)
    when = f"{loc.day} {RU_MONTHS[loc.month - 1]} {loc.year}, {loc:%H:%M}"
    m = loc.month
    t_ys, t_yk = {12: (-9, -3), 1: (-12, -5), 2: (-11, -5), 3: (-4, -2), 4: (3, 2), 5: (9, 6),
                  6: (13, 9), 7: (17, 13), 8: (19, 16), 9: (15, 14), 10: (8, 9), 11: (0, 3)}[m]
    deg = lambda t: f"{t:+d}°".replace("-", "−").replace("+0°", "0°")
    weather = f"Южно-Сахалинск {deg(t_ys)} · Южно-Курильск {deg(t_yk)}"
    views = 300 + int(_slug(a), 16) % 4000
    ncom = int(_slug(a)[:2], 16) % 17
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} — Голец.Инфо</title>
<link rel="stylesheet" href="/templates/golets/css/main.css">
<script src="/templates/golets/js/counter.js" async></script>
</head>
<body>
<div class="cookie-popup">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Хорошо</button></div>
<div class="header">
  <div class="logo"><a href="/">Голец<span>.Инфо</span></a></div>
  <div class="weather">{weather}</div>
  <ul class="menu">
    <li><a href="/news/">Новости</a></li><li><a href="/kurily/">Курилы</a></li><li><a href="/society/">Общество</a></li>
    <li><a href="/economy/">Экономика</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/culture/">Культура</a></li>
    <li><a href="/incidents/">Происшествия</a></li><li><a href="/contacts/">Контакты</a></li>
  </ul>
</div>
<div class="main">
  <div class="news-full">
    <div class="date">{when}</div>
    <h1>{escape(a['title'])}</h1>
    <div class="lead"><b>{escape(a['summary'])}</b></div>
    <div class="text">
{_paras(a['body'])}
    </div>
    <div class="source">{escape(a.get('author', 'Голец.Инфо'))}</div>
    <div class="stat">Просмотров: {views}</div>
    <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
    <div class="tg-promo">Подписывайтесь на наш Telegram-канал — главные новости Сахалина и Курил</div>
  </div>
  <div class="comments-block"><h3>Комментарии ({ncom})</h3><p>Чтобы оставить комментарий, <a href="/login">войдите</a> на сайт.</p></div>
  <div class="related"><h3>Другие новости</h3><ul>
{_related(related, '/news/')}
  </ul></div>
</div>
<div class="footer">
  <p>Сетевое издание «Голец.Инфо». Свидетельство о регистрации СМИ Эл № ФС77-00000. 16+</p>
  <p>При использовании материалов ссылка на сайт обязательна. Редакция: Южно-Сахалинск.</p>
</div>
</body>
</html>
"""


def kraeved_ru(a, related) -> str:
    d = _dt(a)
    loc = _local(a, 11)
    when = f"{loc.day} {RU_MONTHS[loc.month - 1]} {loc.year}"
    tags = " ".join(f'<a href="/tag/{escape(t)}" class="tag">{escape(t)}</a>' for t in a.get("tags", []))
    author = a.get("author", "Редакция «Краеведа»")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | «Краевед»</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{d.isoformat()}">
{_jsonld(a, '«Краевед»', 'ru', author)}
<link rel="stylesheet" href="/static/kraeved/style.css">
</head>
<body>
<div class="cookies">Сайт использует cookie и сервис веб-аналитики. <a href="/cookies">Подробнее</a> <span class="close">×</span></div>
<header class="site-header">
<div class="brand"><a href="/">«Краевед»</a><small>культура, история и наука Дальнего Востока</small></div>
<nav><a href="/history/">История</a><a href="/museums/">Музеи и архивы</a><a href="/science/">Наука</a><a href="/expeditions/">Экспедиции</a><a href="/nature/">Природа</a><a href="/people/">Люди</a><a href="/afisha/">Афиша</a></nav>
</header>
<main class="layout">
<article class="post">
<div class="rubric">{escape(a.get('section', 'Новости'))}</div>
<h1 class="post-title">{escape(a['title'])}</h1>
<div class="post-meta"><time datetime="{d.isoformat()}">{when}</time> · {escape(author)}</div>
<p class="post-lead">{escape(a['summary'])}</p>
<div class="post-body">
{_paras(a['body'])}
</div>
<div class="post-tags">{tags}</div>
<div class="post-share">Поделиться: <a href="#">VK</a> · <a href="#">OK</a> · <a href="#">Telegram</a> · <a href="#">Скопировать ссылку</a></div>
</article>
<aside class="also"><h3>Читайте также</h3><ul>
{_related(related, '/materials/')}
</ul>
<div class="donate-box">«Краевед» — некоммерческий проект. <a href="/help">Поддержать</a></div></aside>
</main>
<footer class="site-footer"><p>© 2019–{d.year} «Краевед». Все права защищены. Перепечатка — с активной ссылкой.</p><p><a href="/about/">О проекте</a> · <a href="/authors/">Авторы</a> · <a href="/contacts/">Контакты</a> · <a href="/privacy/">Персональные данные</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- JA


def odaito_ja(a, related) -> str:
    # og:title only; no published_time meta, no JSON-LD; JST in visible text
    loc = _local(a, 9)
    when = f"{loc.year}年{loc.month}月{loc.day}日 {loc:%H:%M}"
    ranking = a.get("ranking") or related[:3]
    rank_html = "\n".join(f"<li><span>{i}</span>{escape(t)}</li>" for i, t in enumerate(ranking, 1))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{escape(a['title'])}｜尾岱沼新報 電子版</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:site_name" content="尾岱沼新報 電子版">
<link rel="stylesheet" href="/common/css/odaito.css">
</head>
<body>
<div class="cookie">当サイトではサービス向上のためCookieを使用しています。<a href="/policy/">詳しくはこちら</a><button>同意する</button></div>
<header>
<div class="site-logo"><a href="/">尾岱沼新報<small>電子版</small></a></div>
<ul class="gnav"><li><a href="/news/">ニュース</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/gyogyo/">漁業・水産</a></li><li><a href="/keizai/">経済</a></li><li><a href="/kurashi/">くらし</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul>
<div class="login"><a href="/member/login">ログイン</a>｜<a href="/member/entry">会員登録</a></div>
</header>
<div class="container">
<div class="article">
<p class="category">{escape(a.get('section', 'ニュース'))}</p>
<h1>{escape(a['title'])}</h1>
<p class="date">{when}</p>
<div class="sns"><a href="#">X（旧Twitter）</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">はてブ</a></div>
<div class="honbun">
{_paras(a['body'])}
</div>
<p class="credit">{escape(a.get('author', '（尾岱沼新報）'))}</p>
<div class="kaiin">電子版会員になると、過去記事の検索や紙面ビューアーがご利用いただけます。</div>
</div>
<div class="side">
<div class="rank"><h3>アクセスランキング</h3><ol>
{rank_html}
</ol></div>
<div class="kanren"><h3>関連記事</h3><ul>
{_related(related, '/news/')}
</ul></div>
</div>
</div>
<footer><p>尾岱沼新報社　北海道野付郡別海町尾岱沼</p><p>掲載の記事・写真の無断転載を禁じます。Copyright © {loc.year} Odaito Shimpo. All rights reserved.</p></footer>
</body>
</html>
"""


def tancho_ja(a, related) -> str:
    d = _dt(a)
    loc = _local(a, 9)
    when = f"{loc.year}年{loc.month}月{loc.day}日（{'月火水木金土日'[loc.weekday()]}）{loc:%H時%M分}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - 丹頂タイムズ</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{d.isoformat()}">
{_jsonld(a, '丹頂タイムズ', 'ja', None)}
<link rel="stylesheet" href="/assets/tancho/app.css">
</head>
<body>
<div id="cookie-consent">丹頂タイムズは、利便性向上や広告配信のためにCookieを利用します。<a href="/privacy">プライバシーポリシー</a> <button>OK</button></div>
<header class="hdr">
<a class="logo" href="/">丹頂タイムズ<span>釧路・根室</span></a>
<nav class="hnav"><a href="/">トップ</a><a href="/local/">地域</a><a href="/hoppo/">北方領土</a><a href="/politics/">政治</a><a href="/society/">社会</a><a href="/science/">科学・環境</a><a href="/culture/">文化</a><a href="/sports/">スポーツ</a><a href="/weather/">天気</a></nav>
</header>
<main class="main">
<article class="kiji">
<div class="genre">{escape(a.get('section', '地域'))}</div>
<h1>{escape(a['title'])}</h1>
<time class="pubdate" datetime="{d.isoformat()}">{when}</time>
<div class="share"><a href="#" class="x">ポスト</a><a href="#" class="fb">シェア</a><a href="#" class="line">LINEで送る</a></div>
<div class="kiji-body">
{_paras(a['body'])}
</div>
</article>
<section class="kanren"><h2>関連ニュース</h2><ul>
{_related(related, '/article/')}
</ul></section>
<section class="ad">広告</section>
</main>
<footer class="ftr"><p><a href="/about">会社案内</a>｜<a href="/ad">広告掲載</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/contact">お問い合わせ</a></p><p>© {loc.year} 丹頂タイムズ社</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "skua-post": skua_post,
    "murrelet-wire": murrelet_wire,
    "caldera-review": caldera_review,
    "ptarmigan-wire": ptarmigan_wire,
    "golets-ru": golets_ru,
    "kraeved-ru": kraeved_ru,
    "odaito-ja": odaito_ja,
    "tancho-ja": tancho_ja,
}

# Plausible evergreen headlines for the "related" boxes (they link to outlet paths
# that are not part of the corpus).
FILLER = {
    "skua-post": ["Sea ice off Hokkaido at lowest extent in a decade", "Alaska crab season cancelled again",
                  "Inside the race to map the Bering Sea floor", "Why the Arctic Council still meets, quietly",
                  "Pollock prices climb as quotas tighten", "Letter from Wakkanai: the port that watches the strait"],
    "murrelet-wire": ["Yen slides to two-week low", "South Korea, Japan hold talks on supply chains",
                      "China's exports beat forecasts", "Typhoon forces cancellation of flights in Okinawa",
                      "Mongolia signs rare earths deal", "Philippines protests Chinese coast guard manoeuvre"],
    "caldera-review": ["The slow science of counting puffins", "What tephra layers tell us about old eruptions",
                       "A museum of fog: the weather station at Cape Erimo", "Podcast: the salmon that came back",
                       "Letters: on naming volcanoes", "How drift ice shapes the Okhotsk food web"],
    "ptarmigan-wire": ["Seoul property prices edge up", "Taiwan chipmaker plans Kumamoto expansion",
                       "Vladivostok ferry to Korea resumes", "Japan's rice prices at record",
                       "Hong Kong film festival opens", "Mongolian wrestler promoted to ozeki"],
    "golets-ru": ["В Корсакове отремонтируют причал", "На Сахалине открылась зимняя рыбалка",
                  "Паром «Сахалин-10» вернулся на линию Ванино — Холмск", "В Южно-Сахалинске выберут лучший двор",
                  "Рейс на Итуруп задержан из-за тумана", "Школьники Курильска победили в олимпиаде по экологии"],
    "kraeved-ru": ["Как жили айны Южного Сахалина: новая книга", "Маяк Анива: история и легенды",
                   "Экспедиция на остров Монерон: итоги сезона", "Дневники Чехова на Сахалине оцифрованы",
                   "Лекция: вулканы Курильской гряды", "В Поронайске открыли музей эвенков"],
    "odaito-ja": ["野付半島のホッキ漁始まる", "別海町で酪農フェア　3千人来場", "尾岱沼のエビ漁、今季は好漁",
                  "中標津空港、冬ダイヤ発表", "根室管内の高校入試倍率", "標津サーモン科学館で企画展"],
    "tancho-ja": ["釧路湿原でタンチョウ調査", "根室のサンマ初水揚げ", "厚岸のカキ、ブランド化へ新組織",
                  "釧路市長選、告示まで1カ月", "弟子屈町で観光客増", "羅臼沖で流氷観光船が出航"],
}
