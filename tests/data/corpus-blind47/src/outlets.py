"""Outlets of the blind47 world and their page templates.

Every outlet has its own page template: navigation, cookie banner, share buttons,
related links, footer. Some templates carry full metadata (Open Graph,
article:published_time, JSON-LD NewsArticle), some only a <title>.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "tideline", "title": "Japan Tideline - news from Japan in English", "format": "atom", "lang": "en"},
    {"id": "steppe-strait", "title": "Steppe & Strait - a Eurasia analysis newsletter", "format": "atom", "lang": "en"},
    {"id": "blackthorn", "title": "Blackthorn Wire - World", "format": "rss", "lang": "en"},
    {"id": "sakh-region", "title": "Сахалин-Регион - новости Правительства Сахалинской области", "format": "rss", "lang": "ru"},
    {"id": "ostrov-zarya", "title": "«Островная заря» - газета Южно-Курильского округа", "format": "atom", "lang": "ru"},
    {"id": "vost-redut", "title": "«Восточный редут» - военное обозрение", "format": "rss", "lang": "ru"},
    {"id": "dochu-tv", "title": "北海道中央テレビ NEWS", "format": "rss", "lang": "ja"},
    {"id": "suisan-hokkai", "title": "日刊水産北海 電子版", "format": "atom", "lang": "ja"},
]

SITES = {
    "tideline": "https://www.japantideline.example",
    "steppe-strait": "https://steppeandstrait.example",
    "blackthorn": "https://www.blackthornwire.example",
    "sakh-region": "https://sakhregion.example",
    "ostrov-zarya": "https://ostrov-zarya.example",
    "vost-redut": "https://vostredut.example",
    "dochu-tv": "https://www.dochu-tv.example",
    "suisan-hokkai": "https://www.suisan-hokkai.example",
}

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(ts: str, hours: int) -> datetime:
    return parse(ts).astimezone(timezone(timedelta(hours=hours)))


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


def jsonld(a: dict, publisher: str, url: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].replace("Z", "+00:00"),
        "dateModified": a["published"].replace("Z", "+00:00"),
        "inLanguage": lang,
        "mainEntityOfPage": url,
        "author": [{"@type": "Person", "name": a.get("author", publisher)}],
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related_list(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'        <li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items)


# ----------------------------------------------------------------------------- en: Japan Tideline

def tideline(a: dict) -> str:
    site = SITES["tideline"]
    url = f"{site}/{a['section_slug'] if 'section_slug' in a else 'national'}/{a['slug']}"
    d = local(a["published"], 9)
    shown = d.strftime("%B %-d, %Y, %-I:%M %p JST").replace("AM", "a.m.").replace("PM", "p.m.")
    rel = related_list(a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(a['title'])} | Japan Tideline</title>
  <meta name="description" content="{escape(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Japan Tideline">
  <meta property="og:title" content="{escape(a['title'])}">
  <meta property="og:description" content="{escape(a['summary'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{a['published'].replace('Z', '+00:00')}">
  <meta property="article:section" content="{escape(a.get('section', 'National'))}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="/static/tl-2.8.css">
  {jsonld(a, 'Japan Tideline', url, 'en')}
</head>
<body class="article-page">
  <div id="tl-consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
    <p>We use cookies and similar technologies to run this site, measure traffic and show
    relevant ads. You can change your choices at any time under "Privacy settings".</p>
    <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage choices</button>
  </div>
  <header class="tl-masthead">
    <a class="tl-logo" href="/">Japan <b>Tideline</b></a>
    <span class="tl-tagline">News from Japan, in English</span>
    <nav class="tl-nav">
      <a href="/national/">National</a> <a href="/politics/">Politics</a> <a href="/hokkaido/">Hokkaido</a>
      <a href="/business/">Business</a> <a href="/asia-pacific/">Asia-Pacific</a> <a href="/culture/">Culture</a>
      <a href="/opinion/">Opinion</a> <a href="/subscribe/" class="cta">Subscribe</a>
    </nav>
  </header>
  <main class="tl-main">
    <article class="tl-article">
      <p class="kicker"><a href="/{a.get('section_slug', 'national')}/">{escape(a.get('section', 'National'))}</a></p>
      <h1>{escape(a['title'])}</h1>
      <p class="standfirst">{escape(a['summary'])}</p>
      <div class="byline">By <span>{escape(a.get('author', 'Tideline staff'))}</span> &middot; <time datetime="{a['published']}">{shown}</time></div>
      <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Copy link</a></div>
      <div class="tl-body">
      {paras(a['body'])}
      </div>
      <p class="tl-note">Have a news tip? Write to tips@japantideline.example</p>
    </article>
    <aside class="tl-related">
      <h3>Related stories</h3>
      <ul>
{rel}
      </ul>
      <div class="ad-slot">Advertisement</div>
    </aside>
  </main>
  <footer class="tl-footer">
    <nav><a href="/about/">About us</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy policy</a>
    <a href="/terms/">Terms of use</a> <a href="/feeds/">RSS &amp; Atom</a></nav>
    <p>&copy; Japan Tideline K.K. All rights reserved. Reproduction without permission is prohibited.</p>
  </footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- en: Steppe & Strait

def steppe(a: dict) -> str:
    site = SITES["steppe-strait"]
    url = f"{site}/p/{a['slug']}"
    d = local(a["published"], 0)
    shown = d.strftime("%b %-d, %Y")
    rel = related_list(a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a['title'])} - Steppe &amp; Strait</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="alternate" type="application/atom+xml" title="Steppe &amp; Strait" href="/feed">
</head>
<body>
<div class="topbar">
  <a class="pub-name" href="/">Steppe &amp; Strait</a>
  <span class="pub-desc">Eurasia, read closely. A weekly-ish newsletter on Russia, Central Asia and the North Pacific.</span>
  <a class="btn" href="/subscribe">Subscribe</a> <a class="btn ghost" href="/signin">Sign in</a>
</div>
<nav class="tabs"><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/t/russia-japan">Russia&ndash;Japan</a> <a href="/t/central-asia">Central Asia</a> <a href="/t/arctic">Arctic</a> <a href="/about">About</a></nav>
<div class="cookie" id="cookie">This site uses cookies for sign-in and anonymous analytics. <a href="/privacy">Learn more</a> <button>OK</button></div>
<article class="post">
  <h1 class="post-title">{escape(a['title'])}</h1>
  <h3 class="subtitle">{escape(a['summary'])}</h3>
  <div class="post-meta"><span class="author">{escape(a.get('author', 'The Steppe & Strait desk'))}</span> <span class="date">{shown}</span> <span class="reading">{max(2, len(' '.join(a['body']).split()) // 220)} min read</span></div>
  <div class="post-actions"><a href="#">&#9825; Like</a> <a href="#comments">Comments</a> <a href="#">Share</a></div>
  <div class="body markup">
    {paras(a['body'])}
  </div>
  <div class="subscribe-box">
    <p>Steppe &amp; Strait is reader-supported. To receive new posts and support our work, consider becoming a subscriber.</p>
    <form action="/subscribe"><input type="email" placeholder="Type your email..."> <button>Subscribe</button></form>
  </div>
</article>
<section class="more">
  <h4>More from Steppe &amp; Strait</h4>
  <ul>
{rel}
  </ul>
</section>
<section id="comments" class="comments"><h4>Discussion</h4><p class="c-empty">{a.get('comments', 'No comments yet. Subscribers can join the discussion.')}</p></section>
<footer class="foot">&copy; Steppe &amp; Strait &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/collection-notice">Collection notice</a></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- en: Blackthorn Wire

def blackthorn(a: dict) -> str:
    site = SITES["blackthorn"]
    url = f"{site}/world/{a['slug']}"
    d = local(a["published"], 0)
    shown = d.strftime("%B %-d, %Y %-I:%M %p GMT")
    rel = related_list(a.get("related", []))
    meta = ""
    if not a.get("bare"):
        meta = f"""<meta property="og:title" content="{escape(a['title'])}">
  <meta property="og:description" content="{escape(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{a['published'].replace('Z', '+00:00')}">
  {jsonld(a, 'Blackthorn Wire', url, 'en')}"""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{escape(a['title'])} | Blackthorn Wire</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  {meta}
</head>
<body>
  <div class="bw-cookie">Blackthorn Wire and our partners use cookies to personalise content and analyse traffic.
    <a href="/cookies">Cookie policy</a> <button>Accept</button> <button>Reject non-essential</button></div>
  <header>
    <div class="bw-brand"><a href="/">BLACKTHORN<span>WIRE</span></a></div>
    <nav class="bw-sections"><a href="/world/">World</a> <a href="/world/asia-pacific/">Asia Pacific</a> <a href="/world/europe/">Europe</a>
    <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/energy/">Energy</a> <a href="/science/">Science</a> <a href="/sport/">Sport</a></nav>
  </header>
  <main>
    <div class="bw-crumbs"><a href="/world/">World</a> &rsaquo; <a href="/world/{a.get('desk_slug', 'asia-pacific')}/">{escape(a.get('desk', 'Asia Pacific'))}</a></div>
    <h1 class="bw-headline">{escape(a['title'])}</h1>
    <div class="bw-meta"><time datetime="{a['published']}">{shown}</time> &middot; Updated {(d + timedelta(minutes=37)).strftime('%-I:%M %p GMT')}</div>
    <div class="bw-tools"><button>Share</button> <button>Save</button> <button>Text size</button></div>
    <div class="bw-story">
      {paras(a['body'])}
      <p class="bw-credit">{escape(a.get('credit', 'Reporting by Blackthorn Wire staff; Editing by Helen Marsh'))}</p>
      <p class="bw-standards"><a href="/trust-principles">Our Standards: The Blackthorn Trust Principles.</a></p>
    </div>
    <section class="bw-read-next">
      <h2>Read Next</h2>
      <ul>
{rel}
      </ul>
    </section>
  </main>
  <footer class="bw-foot">
    <p><a href="/about">About Blackthorn</a> | <a href="/contact">Contact</a> | <a href="/careers">Careers</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></p>
    <p>All quotes delayed a minimum of 15 minutes. &copy; Blackthorn Wire Ltd.</p>
  </footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- ru: Сахалин-Регион

def sakh_region(a: dict) -> str:
    d = local(a["published"], 11)
    shown = f"{d.day} {MONTHS_RU[d.month - 1]} {d.year}, {d:%H:%M}"
    rel = related_list(a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Сахалин-Регион</title>
<meta name="description" content="{escape(a['summary'])}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/local/templates/region/style.css">
</head>
<body>
<div class="top-line">
  <a href="/special/" class="eye">Версия для слабовидящих</a>
  <span class="phones">Горячая линия правительства: 8-800-100-65-65</span>
  <a href="/search/">Поиск</a>
</div>
<header class="gov-header">
  <a href="/" class="gov-logo"><img src="/img/gerb.svg" alt="Герб Сахалинской области"> Сахалин-Регион</a>
  <span class="gov-sub">Официальные новости Правительства Сахалинской области</span>
  <ul class="gov-menu">
    <li><a href="/gov/">Правительство</a></li><li><a href="/governor/">Губернатор</a></li>
    <li><a href="/news/">Новости</a></li><li><a href="/kuriles/">Курилы</a></li>
    <li><a href="/economy/">Экономика</a></li><li><a href="/social/">Социальная сфера</a></li>
    <li><a href="/documents/">Документы</a></li><li><a href="/contacts/">Контакты</a></li>
  </ul>
</header>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a> / <span>{escape(a.get('rubric', 'Новости региона'))}</span></div>
<div class="news-detail">
  <div class="news-date">{shown}</div>
  <h1>{escape(a['title'])}</h1>
  <div class="news-text">
  {paras(a['body'])}
  </div>
  <div class="news-source">Пресс-служба Правительства Сахалинской области</div>
  <div class="share-block">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</div>
<div class="news-more">
  <h3>Другие новости</h3>
  <ul>
{rel}
  </ul>
</div>
<div class="cookie-note">Сайт использует файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/policy/">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<footer class="gov-footer">
  <p>693011, г. Южно-Сахалинск, Коммунистический пр., 39</p>
  <p>При использовании материалов ссылка на сайт обязательна. 12+</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- ru: «Островная заря»

def ostrov_zarya(a: dict) -> str:
    d = local(a["published"], 11)
    shown = f"{d:%d.%m.%Y %H:%M}"
    rel = related_list(a.get("related", []))
    issue = a.get("issue", "")
    comments = a.get("comments_ru")
    cblock = ""
    if comments:
        items = "".join(f'<div class="cmt"><b>{escape(n)}</b> <span>{escape(t)}</span></div>' for n, t in comments)
        cblock = f'<div class="comments"><h4>Комментарии ({len(comments)})</h4>{items}</div>'
    else:
        cblock = '<div class="comments"><h4>Комментарии (0)</h4><p>Оставить комментарий могут зарегистрированные пользователи.</p></div>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{escape(a['title'])} | Островная заря</title>
</head>
<body>
<div id="wrap">
<div class="header">
  <div class="logo"><a href="/">«Островная заря»</a><small>общественно-политическая газета Южно-Курильского городского округа · выходит с 1948 года</small></div>
  <div class="weather">Южно-Курильск: {a.get('weather', '+4°, ветер З 7 м/с')}</div>
</div>
<ul class="menu">
  <li><a href="/">Главная</a></li><li><a href="/news/">Новости</a></li><li><a href="/okrug/">Округ</a></li>
  <li><a href="/more/">Море и рыба</a></li><li><a href="/transport/">Транспорт</a></li>
  <li><a href="/lyudi/">Люди</a></li><li><a href="/ofitsialno/">Официально</a></li><li><a href="/arhiv/">Архив номеров</a></li>
</ul>
<div class="content">
  <div class="post">
    <div class="post-info">{shown} {('· ' + escape(issue)) if issue else ''}</div>
    <h1>{escape(a['title'])}</h1>
    {paras(a['body'])}
    <p class="author">{escape(a.get('author', 'Соб. инф.'))}</p>
  </div>
  {cblock}
  <div class="also"><b>Читайте также:</b>
    <ul>
{rel}
    </ul>
  </div>
</div>
<div class="sidebar">
  <div class="block"><b>Объявления</b><p>Продам лодку «Прогресс-4» с мотором. Тел. в редакции.</p></div>
  <div class="block"><b>Расписание рейсов</b><p><a href="/transport/">Авиа и паром — актуально</a></p></div>
</div>
<div class="footer">Учредитель — администрация Южно-Курильского городского округа. Адрес редакции: пгт Южно-Курильск, ул. Заводская. 16+<br>
Мы используем cookie для статистики посещений. <a href="/cookie/">Подробнее</a></div>
</div>
</body>
</html>
"""


# ----------------------------------------------------------------------------- ru: «Восточный редут»

def vost_redut(a: dict) -> str:
    site = SITES["vost-redut"]
    url = f"{site}/news/{a['slug']}"
    d = local(a["published"], 3)
    shown = f"{d:%d.%m.%Y} · {d:%H:%M} мск"
    rel = related_list(a.get("related", []))
    tags = " ".join(f'<a href="/tag/{escape(t)}/">#{escape(t)}</a>' for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(a['title'])} — Восточный редут</title>
  <meta name="description" content="{escape(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{escape(a['title'])}">
  <meta property="og:description" content="{escape(a['summary'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{a['published'].replace('Z', '+00:00')}">
  {jsonld(a, 'Восточный редут', url, 'ru')}
</head>
<body class="dark">
  <header class="vr-head">
    <a class="vr-logo" href="/">ВОСТОЧНЫЙ <span>РЕДУТ</span></a>
    <span class="vr-claim">Военное обозрение: флот, армия, ВПК на Дальнем Востоке</span>
    <nav><a href="/news/">Лента</a> <a href="/flot/">Флот</a> <a href="/armiya/">Армия</a> <a href="/pvo/">ПВО</a>
    <a href="/istoriya/">История</a> <a href="/analitika/">Аналитика</a> <a href="/video/">Видео</a></nav>
  </header>
  <div class="vr-cookie">Мы используем cookie. Оставаясь на сайте, вы соглашаетесь с условиями. <button>OK</button></div>
  <main class="vr-main">
    <article>
      <div class="vr-date">{shown}</div>
      <h1>{escape(a['title'])}</h1>
      <div class="vr-lead">{escape(a['summary'])}</div>
      <div class="vr-text">
      {paras(a['body'])}
      </div>
      <div class="vr-tags">{tags}</div>
      <div class="vr-share">Поделиться: <a href="#">Telegram</a> <a href="#">ВК</a> <a href="#">ОК</a></div>
    </article>
    <aside class="vr-side">
      <h3>Читайте также</h3>
      <ul>
{rel}
      </ul>
      <div class="vr-promo">Подписывайтесь на наш канал в Telegram — оперативно и без лишних слов</div>
    </aside>
  </main>
  <footer class="vr-foot">© «Восточный редут». Сетевое издание. 18+. Мнение авторов может не совпадать с позицией редакции.</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- ja: 北海道中央テレビ

def dochu_tv(a: dict) -> str:
    site = SITES["dochu-tv"]
    url = f"{site}/news/{a['slug']}.html"
    d = local(a["published"], 9)
    shown = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    rel = related_list(a.get("related", []))
    meta = ""
    if not a.get("bare"):
        meta = f"""<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="北海道中央テレビ NEWS">
<meta property="article:published_time" content="{a['published'].replace('Z', '+00:00')}">
{jsonld(a, '北海道中央テレビ', url, 'ja')}"""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])}｜北海道中央テレビ NEWS</title>
<meta name="description" content="{escape(a['summary'])}">
{meta}
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性向上とアクセス解析のためにCookieを使用しています。<a href="/privacy/">プライバシーポリシー</a> <button>同意する</button></div>
<header class="hctv-header">
  <a href="/" class="hctv-logo">北海道中央テレビ</a>
  <nav class="hctv-gnav">
    <a href="/news/">ニュース</a> <a href="/weather/">天気</a> <a href="/news/sapporo/">札幌</a> <a href="/news/doto/">道東</a>
    <a href="/news/hoppo/">北方領土</a> <a href="/news/economy/">経済</a> <a href="/sports/">スポーツ</a> <a href="/program/">番組表</a>
  </nav>
</header>
<main class="hctv-main">
  <div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/news/">ニュース</a> &gt; {escape(a.get('cat', '道内'))}</div>
  <article class="news-article">
    <h1>{escape(a['title'])}</h1>
    <p class="date">{shown}</p>
    <div class="movie-area">動画 {a.get('video', '1分32秒')}｜<span>※動画は配信期間終了後に削除されます</span></div>
    <div class="news-body">
      {paras(a['body'])}
    </div>
    <div class="sns">この記事をシェア <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてな</a></div>
  </article>
  <section class="kanren">
    <h2>関連ニュース</h2>
    <ul>
{rel}
    </ul>
  </section>
  <section class="ranking"><h2>アクセスランキング</h2><ol><li>札幌・大通で初雪観測</li><li>JR北海道　来春ダイヤ改正の概要発表</li><li>新千歳空港　国際線の冬ダイヤ</li></ol></section>
</main>
<footer class="hctv-footer">
  <p><a href="/company/">会社案内</a>｜<a href="/privacy/">個人情報保護方針</a>｜<a href="/contact/">お問い合わせ</a>｜<a href="/bangumi-shingi/">番組審議会</a></p>
  <p>Copyright &copy; 北海道中央テレビ放送株式会社 All Rights Reserved. 掲載の記事・写真・動画の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- ja: 日刊水産北海

def suisan_hokkai(a: dict) -> str:
    d = local(a["published"], 9)
    shown = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    rel = related_list(a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - 日刊水産北海 電子版</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="sh-top">
  <div class="sh-logo"><a href="/">日刊水産北海</a><span>電子版</span></div>
  <div class="sh-desc">北海道の漁業・水産加工・流通の専門紙</div>
  <div class="sh-login"><a href="/login/">ログイン</a> <a href="/member/">会員登録</a></div>
</div>
<nav class="sh-nav"><a href="/">トップ</a> <a href="/gyogyo/">漁業</a> <a href="/zoushoku/">増殖・養殖</a> <a href="/shijou/">市況</a>
<a href="/kakou/">加工・流通</a> <a href="/gaikou/">漁業外交</a> <a href="/hito/">人事・訃報</a> <a href="/kaisha/">会社情報</a></nav>
<div class="sh-main">
  <div class="sh-article">
    <div class="sh-cat">{escape(a.get('cat', '漁業'))}</div>
    <h1>{escape(a['title'])}</h1>
    <div class="sh-date">{shown}</div>
    <div class="sh-text">
      {paras(a['body'])}
    </div>
    <div class="sh-member">この記事は無料公開記事です。市況・水揚げデータの全文は<a href="/member/">有料会員</a>の方がご覧いただけます。</div>
  </div>
  <div class="sh-side">
    <h3>最新記事</h3>
    <ul>
{rel}
    </ul>
    <h3>本日の市況</h3>
    <p>釧路　マイワシ　キロ{a.get('price', '68')}円前後</p>
  </div>
</div>
<div class="sh-cookie">本サイトはCookieを利用しています。引き続き閲覧することで、Cookieの利用に同意したものとみなします。<a href="/policy/">詳細</a></div>
<div class="sh-foot">株式会社水産北海新聞社　〒085-0000 釧路市（本社）　根室支局・函館支局<br>記事・写真の無断転載を禁じます。</div>
</body>
</html>
"""


RENDER = {
    "tideline": tideline,
    "steppe-strait": steppe,
    "blackthorn": blackthorn,
    "sakh-region": sakh_region,
    "ostrov-zarya": ostrov_zarya,
    "vost-redut": vost_redut,
    "dochu-tv": dochu_tv,
    "suisan-hokkai": suisan_hokkai,
}
