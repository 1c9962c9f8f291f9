"""Outlets of the blind115 corpus: feed definitions and page templates.

Every outlet has its own page template (site chrome differs). Two outlets
(ensign-brief, sklyanki-ru) carry no metadata at all: no og:, no JSON-LD and
no article:published_time; their dates appear only in the visible byline.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "brightwork-def", "title": "Brightwork Defence Desk", "format": "rss", "lang": "en",
     "domain": "www.brightworkdesk.com", "tz": 9, "meta": "og+jsonld"},
    {"id": "ensign-brief", "title": "Ensign Brief \u2014 Security & the Sea, explained", "format": "atom",
     "lang": "en", "domain": "ensignbrief.net", "tz": 0, "meta": "none"},
    {"id": "tholepin-wire", "title": "Thole Pin Wire \u2014 World", "format": "rss", "lang": "en",
     "domain": "tholepinwire.com", "tz": 0, "meta": "og"},
    {"id": "sallyport", "title": "Sallyport Review \u2014 North Pacific security", "format": "atom",
     "lang": "en", "domain": "sallyportreview.org", "tz": 9, "meta": "jsonld"},
    {"id": "pogranvestnik-dv", "title": "\u041f\u043e\u0433\u0440\u0430\u043d\u0432\u0435\u0441\u0442\u043d\u0438\u043a \u0414\u0412 \u2014 \u0433\u0440\u0430\u043d\u0438\u0446\u0430, \u0444\u043b\u043e\u0442, \u043f\u043e\u0431\u0435\u0440\u0435\u0436\u044c\u0435",
     "format": "rss", "lang": "ru", "domain": "pogranvestnik-dv.ru", "tz": 11, "meta": "og"},
    {"id": "sklyanki-ru", "title": "\u0421\u043a\u043b\u044f\u043d\u043a\u0438 \u2014 \u043c\u043e\u0440\u0441\u043a\u0430\u044f \u043b\u0435\u043d\u0442\u0430 \u041f\u0440\u0438\u043c\u043e\u0440\u044c\u044f \u0438 \u0421\u0430\u0445\u0430\u043b\u0438\u043d\u0430",
     "format": "atom", "lang": "ru", "domain": "sklyanki.info", "tz": 10, "meta": "none"},
    {"id": "hoppo-anpo", "title": "\u5317\u65b9\u5b89\u4fdd\u30b8\u30e3\u30fc\u30ca\u30eb", "format": "rss", "lang": "ja",
     "domain": "hoppo-anpo.jp", "tz": 9, "meta": "og+jsonld"},
    {"id": "isoshigi-ja", "title": "\u3044\u305d\u3057\u304e\u65b0\u805e \u96fb\u5b50\u7248\uff08\u6839\u5ba4\u30fb\u5225\u6d77\uff09",
     "format": "atom", "lang": "ja", "domain": "isoshigi-shimbun.jp", "tz": 9, "meta": "og"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

RU_MONTHS = ["\u044f\u043d\u0432\u0430\u0440\u044f", "\u0444\u0435\u0432\u0440\u0430\u043b\u044f", "\u043c\u0430\u0440\u0442\u0430",
             "\u0430\u043f\u0440\u0435\u043b\u044f", "\u043c\u0430\u044f", "\u0438\u044e\u043d\u044f", "\u0438\u044e\u043b\u044f",
             "\u0430\u0432\u0433\u0443\u0441\u0442\u0430", "\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f", "\u043e\u043a\u0442\u044f\u0431\u0440\u044f",
             "\u043d\u043e\u044f\u0431\u0440\u044f", "\u0434\u0435\u043a\u0430\u0431\u0440\u044f"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def local(art, feed) -> datetime:
    return art["published"].astimezone(timezone(timedelta(hours=feed["tz"])))


def canonical(art, feed) -> str:
    return f"https://{feed['domain']}/articles/{art['id']}.html"


def body_html(paras: list[str]) -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        elif p.startswith("Q: "):
            out.append(f'<h3 class="qa-q">{escape(p[3:])}</h3>')
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n      ".join(out)


def og_tags(art, feed, site_name, section) -> str:
    return "\n".join([
        f'  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{escape(site_name)}">',
        f'  <meta property="og:title" content="{escape(art["title"])}">',
        f'  <meta property="og:description" content="{escape(art["summary"])}">',
        f'  <meta property="og:url" content="{canonical(art, feed)}">',
        f'  <meta property="article:published_time" content="{art["published"].strftime("%Y-%m-%dT%H:%M:%SZ")}">',
        f'  <meta property="article:section" content="{escape(section)}">',
    ])


def jsonld(art, feed, publisher) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": art["title"], "description": art["summary"],
        "datePublished": art["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dateModified": art["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "inLanguage": art["lang"],
        "author": {"@type": "Person", "name": art.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": canonical(art, feed),
    }
    return ('  <script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def related_html(related, fmt) -> str:
    return "\n".join(fmt.format(href=escape(h), title=escape(t)) for h, t in related)


# --------------------------------------------------------------------------- templates


def page_brightwork(art, feed, related):
    lt = local(art, feed)
    date = f"{EN_MONTHS[lt.month - 1]} {lt.day}, {lt.year} {lt:%H:%M} JST"
    rel = related_html(related, '        <li><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(art['title'])} | Brightwork Defence Desk</title>
  <meta name="description" content="{escape(art['summary'])}">
  <link rel="canonical" href="{canonical(art, feed)}">
{og_tags(art, feed, 'Brightwork Defence Desk', art.get('section', 'Asia-Pacific'))}
{jsonld(art, feed, 'Brightwork Defence Desk')}
  <link rel="stylesheet" href="/static/bw.3f1c.css">
</head>
<body class="bw-article">
  <div id="bw-consent" class="consent-bar" role="dialog" aria-live="polite">
    We use cookies to measure readership and keep you signed in. <a href="/privacy">Privacy policy</a>
    <button type="button">Accept all</button> <button type="button">Necessary only</button>
  </div>
  <header class="bw-masthead">
    <a class="bw-logo" href="/">BRIGHTWORK <span>Defence Desk</span></a>
    <nav class="bw-nav" aria-label="Sections">
      <a href="/asia-pacific">Asia-Pacific</a> <a href="/naval">Naval</a> <a href="/air">Air &amp; Space</a>
      <a href="/land">Land</a> <a href="/policy">Policy</a> <a href="/industry">Industry</a>
      <a href="/subscribe" class="bw-cta">Subscribe</a>
    </nav>
  </header>
  <main class="bw-main">
    <article class="bw-story">
      <p class="bw-kicker">{escape(art.get('section', 'Asia-Pacific'))}</p>
      <h1>{escape(art['title'])}</h1>
      <p class="bw-standfirst">{escape(art['summary'])}</p>
      <p class="bw-byline">By {escape(art.get('author', 'Brightwork staff'))} &middot; <time>{date}</time></p>
      <div class="bw-share"><a href="#">Share</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="bw-body">
      {body_html(art['body'])}
      </div>
      <p class="bw-corrections">Spotted an error? Write to corrections@brightworkdesk.com</p>
    </article>
    <aside class="bw-related">
      <h2>More from the desk</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="bw-footer">
    <p>&copy; {lt.year} Brightwork Media KK. Defence news and analysis from Tokyo.</p>
    <p><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/rss">RSS</a> &middot; <a href="/terms">Terms</a></p>
  </footer>
</body>
</html>
"""


def page_ensign(art, feed, related):
    # NO metadata: no og:, no JSON-LD, no article:published_time
    lt = local(art, feed)
    date = f"{lt.day} {EN_MONTHS[lt.month - 1]} {lt.year}"
    rel = related_html(related, '      <a class="card" href="{href}"><span>{title}</span></a>')
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(art['title'])} - Ensign Brief</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/assets/ensign.css">
<script defer src="/assets/ensign.js"></script>
</head>
<body>
<div class="cookie-note">Ensign Brief uses essential cookies only. <a href="/cookies">What that means</a>. <button>OK</button></div>
<header class="top">
  <a href="/" class="brand">Ensign Brief</a>
  <span class="tag">Security &amp; the sea, explained</span>
  <ul class="menu"><li><a href="/explainers">Explainers</a></li><li><a href="/maps">Maps</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/about">About</a></li></ul>
</header>
<div class="wrap">
  <div class="post">
    <div class="post-head">
      <div class="series">{escape(art.get('section', 'Explainer'))}</div>
      <h1 class="post-title">{escape(art['title'])}</h1>
      <div class="dek">{escape(art['summary'])}</div>
      <div class="meta-line">{escape(art.get('author', 'Ensign Brief'))} &mdash; {date}</div>
    </div>
    <div class="post-body">
      {body_html(art['body'])}
    </div>
    <div class="signup">Get the weekly brief: one email, every Friday. <a href="/newsletter">Sign up</a></div>
  </div>
  <div class="more">
    <h4>Keep reading</h4>
{rel}
  </div>
</div>
<div class="bottom">Ensign Brief is reader-funded. <a href="/support">Support us</a> | <a href="/privacy">Privacy</a> | <a href="/feed.atom">Atom feed</a></div>
</body>
</html>
"""


def page_tholepin(art, feed, related):
    lt = local(art, feed)
    date = f"{lt:%d %b %Y %H:%M} GMT"
    rel = related_html(related, '          <li class="rel"><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art['title'])} | Thole Pin Wire</title>
<meta name="description" content="{escape(art['summary'])}">
<link rel="canonical" href="{canonical(art, feed)}">
{og_tags(art, feed, 'Thole Pin Wire', art.get('section', 'World'))}
<meta name="twitter:card" content="summary">
</head>
<body>
<div class="gdpr" id="gdpr">This site uses cookies. By continuing you agree to our use of cookies. <a href="/cookie-policy">Learn more</a> <a href="#" class="close">Close</a></div>
<div class="ticker">MARKETS &bull; WORLD &bull; ASIA &bull; EUROPE &bull; AMERICAS &bull; MIDDLE EAST &bull; AFRICA</div>
<header><a href="/" id="logo">THOLE PIN <b>WIRE</b></a>
<nav><a href="/world">World</a> | <a href="/asia">Asia</a> | <a href="/europe">Europe</a> | <a href="/business">Business</a> | <a href="/science">Science</a> | <a href="/search">Search</a></nav></header>
<div id="content">
  <div class="story">
    <div class="dateline-top">{escape(art.get('section', 'World'))} &raquo; {date}</div>
    <h1 class="headline">{escape(art['title'])}</h1>
    <div class="byline">{escape(art.get('author', 'Thole Pin Wire staff'))}</div>
    <div class="story-text">
      {body_html(art['body'])}
    </div>
    <div class="story-foot">(Reporting by {escape(art.get('author', 'staff'))}; editing by the world desk)</div>
    <div class="sharebar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
  </div>
  <div class="sidebar">
    <h3>Related coverage</h3>
    <ul>
{rel}
    </ul>
    <div class="ad-slot">Advertisement</div>
  </div>
</div>
<footer><p>Thole Pin Wire &copy; {lt.year}. All quotes delayed a minimum of 15 minutes.</p>
<p><a href="/about">About us</a> | <a href="/ethics">Standards</a> | <a href="/rss">Feeds</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def page_sallyport(art, feed, related):
    lt = local(art, feed)
    date = f"{EN_MONTHS[lt.month - 1]} {lt.day}, {lt.year}"
    rel = related_html(related, '        <li><a href="{href}">{title}</a></li>')
    comments = ""
    if art.get("comments"):
        items = "\n".join(f'        <li><b>{escape(n)}</b> <p>{escape(c)}</p></li>' for n, c in art["comments"])
        comments = f"""    <section class="comments">
      <h3>Comments ({len(art['comments'])})</h3>
      <ol>
{items}
      </ol>
    </section>
"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>{escape(art['title'])} — Sallyport Review</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <meta name="description" content="{escape(art['summary'])}">
  <meta property="article:published_time" content="{art['published'].strftime('%Y-%m-%dT%H:%M:%SZ')}">
  <link rel="canonical" href="{canonical(art, feed)}">
{jsonld(art, feed, 'Sallyport Review')}
</head>
<body>
  <div class="consent">Sallyport Review uses cookies for analytics. <button>Accept</button> <button>Decline</button> <a href="/privacy">Details</a></div>
  <header class="site">
    <div class="brand"><a href="/">Sallyport Review</a><small>North Pacific security</small></div>
    <nav><a href="/news">News</a><a href="/analysis">Analysis</a><a href="/documents">Documents</a><a href="/podcast">Podcast</a><a href="/events">Events</a><a href="/donate">Donate</a></nav>
  </header>
  <main>
    <article>
      <div class="crumbs"><a href="/">Home</a> / <a href="/news">{escape(art.get('section', 'News'))}</a></div>
      <h1>{escape(art['title'])}</h1>
      <div class="summary">{escape(art['summary'])}</div>
      <div class="byline">{escape(art.get('author', 'Sallyport Review staff'))} | {date}</div>
      <div class="text">
      {body_html(art['body'])}
      </div>
      <div class="tags">Filed under: {escape(', '.join(art.get('tags', ['North Pacific'])))}</div>
      <div class="share"><a href="#">Share</a> <a href="#">Bluesky</a> <a href="#">LinkedIn</a> <a href="#">Print</a></div>
    </article>
{comments}    <aside>
      <h3>Related</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>Sallyport Review is published by the Sallyport Foundation, a non-profit. &copy; {lt.year} · <a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/feed">Feed</a></footer>
</body>
</html>
"""


def page_pogranvestnik(art, feed, related):
    lt = local(art, feed)
    date = f"{lt.day} {RU_MONTHS[lt.month - 1]} {lt.year}, {lt:%H:%M}"
    rel = related_html(related, '        <div class="rel-item"><a href="{href}">{title}</a></div>')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(art['title'])} — Погранвестник ДВ</title>
  <meta name="description" content="{escape(art['summary'])}">
  <link rel="canonical" href="{canonical(art, feed)}">
{og_tags(art, feed, 'Погранвестник ДВ', art.get('section', 'Граница'))}
</head>
<body>
  <div class="cookies">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/policy">политикой обработки данных</a>. <button>Понятно</button></div>
  <div class="topline">Южно-Сахалинск · Владивосток · Петропавловск-Камчатский</div>
  <header class="head">
    <a href="/" class="logo">ПОГРАНВЕСТНИК<span>ДВ</span></a>
    <nav class="menu">
      <a href="/granica">Граница</a> <a href="/flot">Флот</a> <a href="/armiya">Армия</a>
      <a href="/poberezhye">Побережье</a> <a href="/kurily">Курилы</a> <a href="/vzglyad">Взгляд</a>
    </nav>
  </header>
  <main class="page">
    <article class="news">
      <div class="rubric">{escape(art.get('section', 'Граница'))}</div>
      <h1>{escape(art['title'])}</h1>
      <div class="date">{date} (время сахалинское)</div>
      <div class="lead"><p>{escape(art['summary'])}</p></div>
      <div class="text">
      {body_html(art['body'])}
      </div>
      <div class="author">{escape(art.get('author', 'Пресс-служба Погранвестника'))}</div>
      <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
      <div class="subscribe">Подписывайтесь на наш канал в Telegram — все новости границы первыми.</div>
    </article>
    <section class="related">
      <h3>Читайте также</h3>
{rel}
    </section>
  </main>
  <footer class="foot">
    <p>© Погранвестник ДВ, {lt.year}. Сетевое издание. 16+</p>
    <p>При использовании материалов гиперссылка обязательна. <a href="/redakciya">Редакция</a> · <a href="/reklama">Реклама</a> · <a href="/rss">RSS</a></p>
  </footer>
</body>
</html>
"""


def page_sklyanki(art, feed, related):
    # NO metadata: no og:, no JSON-LD, no article:published_time
    lt = local(art, feed)
    date = f"{lt:%d.%m.%Y %H:%M}"
    rel = related_html(related, '    <li><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(art['title'])} | Склянки</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.min.css?v=41">
</head>
<body>
<div id="cookie-banner">Сайт использует cookie и Яндекс.Метрику. <a href="/privacy">Подробнее</a> <span class="btn">Принять</span></div>
<div class="header">
  <div class="logo"><a href="/">Склянки</a> <em>морская лента Приморья и Сахалина</em></div>
  <div class="nav"><a href="/news">Лента</a> · <a href="/fleet">Флот</a> · <a href="/ports">Порты</a> · <a href="/fish">Рыбалка и промысел</a> · <a href="/kurily">Курилы</a> · <a href="/history">История</a></div>
</div>
<div class="container">
  <div class="main-col">
    <div class="breadcrumbs"><a href="/">Главная</a> → <a href="/news">{escape(art.get('section', 'Лента'))}</a></div>
    <h1>{escape(art['title'])}</h1>
    <div class="info"><span class="dt">{date}</span> <span class="views">просмотров: {art.get('views', 812)}</span></div>
    <div class="anons"><b>{escape(art['summary'])}</b></div>
    <div class="article-body">
      {body_html(art['body'])}
    </div>
    <div class="src">{escape(art.get('author', 'Склянки'))}</div>
    <div class="ya-share">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
  </div>
  <div class="side-col">
    <h4>Другие новости</h4>
    <ul>
{rel}
    </ul>
    <div class="banner">Реклама</div>
  </div>
</div>
<div class="footer">© 2019–{lt.year} «Склянки». Все права защищены. Мнение редакции может не совпадать с мнением авторов. 12+</div>
</body>
</html>
"""


def page_hoppo(art, feed, related):
    lt = local(art, feed)
    date = f"{lt.year}年{lt.month}月{lt.day}日 {lt:%H:%M}"
    rel = related_html(related, '        <li><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(art['title'])}｜北方安保ジャーナル</title>
  <meta name="description" content="{escape(art['summary'])}">
  <link rel="canonical" href="{canonical(art, feed)}">
{og_tags(art, feed, '北方安保ジャーナル', art.get('section', '安全保障'))}
{jsonld(art, feed, '北方安保ジャーナル')}
</head>
<body>
  <div class="cookie-consent">当サイトはクッキーを使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
  <header class="gh">
    <div class="logo"><a href="/">北方安保ジャーナル</a></div>
    <nav class="gnav">
      <a href="/">トップ</a><a href="/defense">防衛</a><a href="/coastguard">海保・警備</a><a href="/diplomacy">外交</a><a href="/hoppo">北方領土</a><a href="/column">解説・コラム</a>
    </nav>
    <div class="login"><a href="/login">ログイン</a>｜<a href="/member">会員登録</a></div>
  </header>
  <main class="content">
    <article class="kiji">
      <div class="category">{escape(art.get('section', '安全保障'))}</div>
      <h1 class="kiji-title">{escape(art['title'])}</h1>
      <div class="kiji-date">{date}</div>
      <div class="sns"><a href="#">X（旧ツイッター）</a> <a href="#">フェイスブック</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
      <div class="kiji-body">
      {body_html(art['body'])}
      </div>
      <p class="credit">{escape(art.get('author', '北方安保ジャーナル編集部'))}</p>
    </article>
    <aside class="ranking">
      <h2>関連記事</h2>
      <ul>
{rel}
      </ul>
      <h2>アクセスランキング</h2>
      <ol><li>自衛隊、道東で冬季演習</li><li>海保の新型巡視船、釧路に配備</li><li>防衛費、過去最大に</li></ol>
    </aside>
  </main>
  <footer class="gf">
    <p>記事・写真の無断転載を禁じます。</p>
    <p>Copyright © {lt.year} 北方安保ジャーナル All rights reserved.</p>
    <p><a href="/company">会社概要</a>｜<a href="/contact">お問い合わせ</a>｜<a href="/rss">RSS</a></p>
  </footer>
</body>
</html>
"""


def page_isoshigi(art, feed, related):
    lt = local(art, feed)
    date = f"{lt.year}/{lt.month:02d}/{lt.day:02d} {lt:%H:%M}"
    rel = related_html(related, '      <li><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{escape(art['title'])} - いそしぎ新聞 電子版</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{escape(art['summary'])}">
{og_tags(art, feed, 'いそしぎ新聞 電子版', art.get('section', '地域'))}
</head>
<body>
<div id="cookie">本サイトでは利便性向上のためCookieを使用します。<a href="/cookie">詳細</a> <button>閉じる</button></div>
<div id="header">
  <p class="site-name"><a href="/">いそしぎ新聞 電子版</a></p>
  <p class="area">根室・別海・標津・羅臼</p>
  <ul class="menu">
    <li><a href="/local">地域</a></li><li><a href="/fishery">水産</a></li><li><a href="/hoppo">北方領土</a></li>
    <li><a href="/politics">政治・行政</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/obit">おくやみ</a></li>
  </ul>
</div>
<div id="wrapper">
  <div id="main">
    <div class="genre">{escape(art.get('section', '地域'))}</div>
    <h1>{escape(art['title'])}</h1>
    <p class="date">{date}</p>
    <div class="honbun">
      {body_html(art['body'])}
    </div>
    <p class="kisha">{escape(art.get('author', '根室支局'))}</p>
    <div class="share">この記事をシェア：X・Facebook・LINE</div>
    <div class="paywall-note">電子版会員は過去記事も読み放題です。<a href="/join">会員登録はこちら</a></div>
  </div>
  <div id="side">
    <h3>関連ニュース</h3>
    <ul>
{rel}
    </ul>
    <h3>きょうの潮汐（根室）</h3>
    <p>満潮 5:12 / 17:48　干潮 11:30 / 23:55</p>
  </div>
</div>
<div id="footer">
  <p>いそしぎ新聞社　〒087-00xx 北海道根室市</p>
  <p>掲載記事の無断転載を禁じます。Copyright © いそしぎ新聞社</p>
</div>
</body>
</html>
"""


TEMPLATES = {
    "brightwork-def": page_brightwork,
    "ensign-brief": page_ensign,
    "tholepin-wire": page_tholepin,
    "sallyport": page_sallyport,
    "pogranvestnik-dv": page_pogranvestnik,
    "sklyanki-ru": page_sklyanki,
    "hoppo-anpo": page_hoppo,
    "isoshigi-ja": page_isoshigi,
}

# Filler headlines for "related" boxes (not part of the corpus)
FILLER = {
    "brightwork-def": ["JMSDF commissions new frigate in Nagasaki", "Inside the ASDF's northern scramble squadrons",
                        "Japan's defence budget request hits new record", "Aegis system-equipped vessels: what the delay means"],
    "ensign-brief": ["What is a 'contiguous zone'? A two-minute guide", "The straits that ring Japan, mapped",
                     "How navigation warnings reach ships at sea"],
    "tholepin-wire": ["Yen slides as BOJ holds rates", "Typhoon disrupts shipping off Okinawa",
                      "Korean shipbuilders win LNG carrier orders", "Sakhalin oil output steady, ministry says"],
    "sallyport": ["Podcast: The Sea of Okhotsk as a bastion", "Documents: Japan-Russia agreements since 1956",
                  "Event recap: coast guards and grey-zone pressure"],
    "pogranvestnik-dv": ["На Камчатке пограничники спасли туристов", "В Приморье задержали партию краба",
                         "Курсанты погранинститута вышли на практику", "Новый патрульный катер прибыл в Корсаков"],
    "sklyanki-ru": ["Ледокол вывел суда из порта Ванино", "В Корсакове отремонтируют причал",
                    "Паромы на Курилы: расписание на неделю", "Минтаевая путина: итоги недели"],
    "hoppo-anpo": ["空自千歳基地で航空祭、3万人来場", "海保の巡視船、流氷期の警戒態勢", "日米共同訓練、矢臼別で実施"],
    "isoshigi-ja": ["花咲港でサンマ初水揚げ", "別海の酪農家、飼料高騰に悲鳴", "根室市議会、補正予算案を可決", "羅臼昆布、今季の作柄は"],
}
