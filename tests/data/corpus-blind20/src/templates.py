"""Outlets of the blind20 corpus and the page template of each.

Every outlet is invented. Each has its own page template: navigation, cookie
banner, share buttons, related stories and footer differ, and some outlets
publish pages without any Open Graph / JSON-LD metadata.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

# id -> feed definition (written to labels.yaml) plus template data
OUTLETS = {
    "larchmont-wire": {
        "title": "Larchmont Wire - World", "format": "rss", "lang": "en",
        "domain": "www.larchmontwire.com", "short": "Larchmont", "tz": 0,
    },
    "hollowell-standard": {
        "title": "The Hollowell Standard - Asia & Pacific", "format": "atom", "lang": "en",
        "domain": "www.hollowellstandard.co.uk", "short": "The Hollowell Standard", "tz": 0,
    },
    "tsugaru-post": {
        "title": "The Tsugaru Post - Japan in English", "format": "rss", "lang": "en",
        "domain": "tsugarupost.jp", "short": "The Tsugaru Post", "tz": 9,
    },
    "vostok-monitor": {
        "title": "Vostok Monitor - English Service", "format": "atom", "lang": "en",
        "domain": "en.vostokmonitor.ru", "short": "Vostok Monitor", "tz": 3,
    },
    "aniva-info": {
        "title": "Анива-Инфо - новости Сахалинской области", "format": "rss", "lang": "ru",
        "domain": "aniva-info.ru", "short": "Анива-Инфо", "tz": 11,
    },
    "pereval": {
        "title": "Информационное агентство «Перевал»", "format": "atom", "lang": "ru",
        "domain": "iapereval.ru", "short": "ИА «Перевал»", "tz": 3,
    },
    "hanasaki-times": {
        "title": "花咲タイムズ（根室）", "format": "atom", "lang": "ja",
        "domain": "www.hanasaki-times.jp", "short": "花咲タイムズ", "tz": 9,
    },
    "retto-tsushin": {
        "title": "日本列島通信 NEWS", "format": "rss", "lang": "ja",
        "domain": "news.retto-tsushin.jp", "short": "日本列島通信", "tz": 9,
    },
}

E = html.escape

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def body_html(paragraphs: list[str], p_class: str = "") -> str:
    """Paragraph mini-markup: '## ' subheading, '> ' blockquote, '[fig] ' figure caption."""
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for p in paragraphs:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("[fig] "):
            out.append(f'<figure class="inline-photo"><div class="ph" aria-hidden="true"></div>'
                       f"<figcaption>{E(p[6:])}</figcaption></figure>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    return "\n".join(out)


def meta_block(a: dict, o: dict, url: str, jsonld: bool) -> str:
    if not a.get("meta", True):
        return ""
    t = a["published"].isoformat().replace("+00:00", "Z")
    parts = [
        f'<meta name="description" content="{E(a["summary"])}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{E(url)}">',
        f'<meta property="og:site_name" content="{E(o["short"])}">',
        f'<meta property="article:published_time" content="{t}">',
        f'<link rel="canonical" href="{E(url)}">',
    ]
    if jsonld:
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"], "datePublished": t,
            "dateModified": t, "inLanguage": o["lang"], "mainEntityOfPage": url,
            "author": {"@type": "Person" if a.get("byline") else "Organization",
                       "name": a.get("byline") or o["short"]},
            "publisher": {"@type": "Organization", "name": o["short"]},
        }
        parts.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(parts)


def related_list(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for h, t in items)


# --------------------------------------------------------------------------- English


def page_larchmont(a, o, url, related):
    d = a["published"]
    stamp = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Larchmont Wire</title>
{meta_block(a, o, url, jsonld=True)}
<link rel="stylesheet" href="/static/lw/main.3f1c.css">
</head>
<body class="lw article-page">
<div id="consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content and measure audiences. You can accept all cookies or choose which ones we may use.</p>
  <button class="btn accept">Accept all</button> <button class="btn manage">Manage preferences</button>
</div>
<header class="masthead">
  <a class="logo" href="/">LARCHMONT <span>WIRE</span></a>
  <nav class="primary"><ul>
    <li><a href="/world">World</a></li><li><a href="/world/asia-pacific">Asia Pacific</a></li>
    <li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/graphics">Graphics</a></li>
    <li><a href="/pictures">Pictures</a></li></ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Larchmont"></form>
  <a class="signin" href="/account/sign-in">Sign in</a>
</header>
<main>
<article class="story">
  <div class="kicker"><a href="/world/asia-pacific">{E(a.get('section', 'Asia Pacific'))}</a></div>
  <h1>{E(a['title'])}</h1>
  <div class="byline">By {E(a.get('byline', 'Larchmont Staff'))}</div>
  <time datetime="{d.isoformat()}">{stamp}</time>
  <div class="share"><span>Share</span> <a href="#" class="x">X</a> <a href="#" class="fb">Facebook</a> <a href="#" class="li">LinkedIn</a> <a href="#" class="mail">Email</a> <a href="#" class="link">Link</a></div>
  <div class="story-body">
{body_html(a['body'])}
  </div>
  <p class="credits">{E(a.get('credits', 'Reporting by Larchmont staff; Editing by Martin Ashby'))}</p>
  <p class="standards"><a href="/trust-principles">Our Standards: The Larchmont Trust Principles.</a></p>
</article>
<aside class="related"><h3>Read next</h3><ul>
{related_list(related)}
</ul></aside>
<aside class="ad-slot" aria-hidden="true">Advertisement · Scroll to continue</aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About Larchmont</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie policy</a></li>
  <li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Larchmont Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page_hollowell(a, o, url, related):
    d = a["published"]
    stamp = f"{d.strftime('%a')} {d.day} {MONTHS_EN[d.month - 1]} {d.year} {d.strftime('%H.%M')} BST" \
        if 4 <= d.month <= 10 else f"{d.strftime('%a')} {d.day} {MONTHS_EN[d.month - 1]} {d.year} {d.strftime('%H.%M')} GMT"
    comments = a.get("comments", [])
    ch = "".join(f'<li class="comment"><span class="who">{E(w)}</span><p>{E(t)}</p></li>'
                 for w, t in comments)
    cblock = (f'<section class="comments"><h3>Comments ({len(comments)})</h3><ul>{ch}</ul>'
              f'<p class="rules">Comments are moderated. Please read our community standards.</p></section>'
              if comments else '<section class="comments closed"><p>Comments are closed on this article.</p></section>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Asia &amp; Pacific | The Hollowell Standard</title>
{meta_block(a, o, url, jsonld=False)}
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="cmp-banner">
  <h2>Your privacy</h2>
  <p>The Hollowell Standard and our partners store and access information on your device to show you relevant adverts and to understand how our journalism is read. <a href="/privacy">Privacy policy</a></p>
  <button>Yes, I&rsquo;m happy</button><button>Manage my cookies</button>
</div>
<div class="topbar"><a href="/support">Support independent journalism &rarr;</a> <a href="/signin">Sign in</a></div>
<header><div class="logo"><a href="/">The Hollowell Standard</a></div>
<nav><a href="/news">News</a> | <a href="/world">World</a> | <a href="/world/asia-pacific" class="current">Asia &amp; Pacific</a> | <a href="/opinion">Opinion</a> | <a href="/business">Business</a> | <a href="/culture">Culture</a> | <a href="/sport">Sport</a></nav></header>
<div class="breadcrumbs"><a href="/world">World</a> &rsaquo; <a href="/world/asia-pacific">Asia &amp; Pacific</a> &rsaquo; <span>{E(a.get('section', 'Japan'))}</span></div>
<main><article>
<header class="headline"><h1>{E(a['title'])}</h1>
<p class="standfirst">{E(a['summary'])}</p>
<p class="meta"><a rel="author" href="#">{E(a.get('byline', 'Staff and agencies'))}</a> &middot; <time datetime="{d.isoformat()}">{stamp}</time></p></header>
<div class="social"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share via Email</a></div>
<div class="content__article-body">
{body_html(a['body'])}
</div>
<div class="contributions"><p>&hellip; at a time when reliable news matters more than ever, we have a small favour to ask. Readers like you keep our journalism open to all. <a href="/support">Support the Standard</a></p></div>
<div class="tags"><span>Topics</span> {' '.join(f'<a href="#">{E(t)}</a>' for t in a.get('tags', ['Japan', 'Russia', 'Asia Pacific']))}</div>
</article>
{cblock}
<aside class="onward"><h3>More on this story</h3><ul>
{related_list(related)}
</ul></aside></main>
<footer><p><a href="/about">About us</a> &middot; <a href="/help">Help</a> &middot; <a href="/complaints">Complaints &amp; corrections</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/cookies">Cookie policy</a></p>
<p>&copy; {d.year} Hollowell Standard Media Ltd. All rights reserved.</p></footer>
</body>
</html>
"""


def page_tsugaru(a, o, url, related):
    d = local(a["published"], 9)
    stamp = f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year} {d.strftime('%H:%M')} JST"
    most = [("/ranking/1", "Hokkaido braces for heavy snow as cold air mass moves south"),
            ("/ranking/2", "Bank of Japan keeps rates on hold, eyes wage data"),
            ("/ranking/3", "Sapporo subway extends late-night service on weekends")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - The Tsugaru Post</title>
{meta_block(a, o, url, jsonld=False)}
</head>
<body class="tp">
<div class="cookie-notice">This site uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies. <a href="/cookie-policy">Learn more</a> <button>OK</button></div>
<header class="tp-header">
<a href="/" class="tp-logo">The Tsugaru Post</a><span class="tagline">Japan in English since 1998</span>
<nav><a href="/national">National</a> <a href="/politics">Politics</a> <a href="/hokkaido">Hokkaido</a> <a href="/business">Business</a> <a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/life">Life</a></nav>
</header>
<div class="wrap"><main>
<article class="tp-article">
<p class="section-label">{E(a.get('section', 'Politics'))}</p>
<h1>{E(a['title'])}</h1>
<p class="byline">{E(a.get('byline', 'By Tsugaru Post staff writers'))} &nbsp;|&nbsp; <time datetime="{d.isoformat()}">{stamp}</time></p>
<ul class="share-top"><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">Hatena</a></li></ul>
{body_html(a['body'])}
<p class="copyright-note">&copy; The Tsugaru Post. Unauthorized reproduction prohibited.</p>
</article>
<section class="related-articles"><h2>Related Articles</h2><ul>
{related_list(related)}
</ul></section>
</main>
<aside class="sidebar"><h2>Most Read</h2><ol>{related_list(most)}</ol>
<div class="newsletter"><h3>Morning Briefing</h3><p>Get the day's top stories from Japan in your inbox.</p><input placeholder="Your email"><button>Subscribe</button></div></aside></div>
<footer class="tp-footer"><a href="/about">About us</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy policy</a> <a href="/contact">Contact</a>
<p>The Tsugaru Post Co., Ltd., Aomori. All rights reserved.</p></footer>
</body>
</html>
"""


def page_vostok(a, o, url, related):
    d = local(a["published"], 3)
    stamp = f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}, {d.strftime('%H:%M')} MSK"
    tags = " ".join(f'<a class="tag" href="/tags/{E(t.lower().replace(" ", "-"))}">#{E(t)}</a>'
                    for t in a.get("tags", ["Russia", "Japan"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} — Vostok Monitor</title>
{meta_block(a, o, url, jsonld=True)}
</head>
<body>
<div class="gdpr">Vostok Monitor uses cookies and web analytics. <a href="/legal/cookies">Details</a> <button>Agree</button></div>
<header class="vm-head"><a class="brand" href="/">VOSTOK<b>MONITOR</b></a>
<nav><a href="/russia">Russia</a> <a href="/far-east">Far East</a> <a href="/asia">Asia</a> <a href="/economy">Economy</a> <a href="/defence">Defence</a> <a href="/analysis">Analysis</a></nav>
<span class="lang"><a href="https://vostokmonitor.ru">RU</a> | EN</span></header>
<main class="vm-main">
<article>
<div class="rubric">{E(a.get('section', 'Far East'))}</div>
<h1>{E(a['title'])}</h1>
<div class="lead">{E(a['summary'])}</div>
<div class="info"><time datetime="{d.isoformat()}">{stamp}</time> <span class="author">{E(a.get('byline', ''))}</span></div>
<div class="text">
{body_html(a['body'])}
</div>
<div class="tags">{tags}</div>
<div class="share-bottom">Share: <a href="#">Telegram</a> <a href="#">VK</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<div class="tg-promo">Follow Vostok Monitor on Telegram for breaking news from Russia&rsquo;s Far East.</div>
</article>
<aside class="more"><h4>More stories</h4><ul>
{related_list(related)}
</ul></aside>
</main>
<footer class="vm-foot"><p>&copy; 2012&ndash;{d.year} Vostok Monitor. When using materials, a hyperlink to en.vostokmonitor.ru is required.</p>
<p><a href="/about">About</a> · <a href="/editorial-policy">Editorial policy</a> · <a href="/legal/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def page_aniva(a, o, url, related):
    """Regional Sakhalin site: old template, no Open Graph or JSON-LD at all."""
    d = local(a["published"], 11)
    stamp = f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"
    comments = a.get("comments", [])
    ch = "".join(f'<div class="cmt"><b>{E(w)}</b><p>{E(t)}</p></div>' for w, t in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Анива-Инфо</title>
</head>
<body>
<div id="cookie">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием. <a href="/cookie">Подробнее</a> <span class="close">×</span></div>
<div class="top"><span class="age">18+</span> <span class="weather">Южно-Сахалинск {E(a.get('weather', '+3 °C'))}</span> <span class="rates">USD 92,41 · CNY 12,70</span></div>
<header><a href="/" class="logo">АНИВА-ИНФО</a> <span class="slogan">новости Сахалина и Курил</span>
<ul class="menu"><li><a href="/">Главная</a></li><li><a href="/news/">Новости</a></li><li><a href="/kurily/">Курилы</a></li><li><a href="/incidents/">Происшествия</a></li><li><a href="/economy/">Экономика</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/afisha/">Афиша</a></li></ul></header>
<div class="content">
<div class="path"><a href="/">Главная</a> / <a href="/news/">{E(a.get('section', 'Новости'))}</a></div>
<h1>{E(a['title'])}</h1>
<div class="date">{stamp} <span class="views">👁 {a.get('views', 1240)}</span></div>
<div class="news-text">
{body_html(a['body'])}
</div>
<p class="author">{E(a.get('byline', 'Анива-Инфо'))}</p>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<p class="tg">Подписывайтесь на наш Telegram-канал — все новости островов в одном месте.</p>
<div class="comments"><h3>Комментарии ({len(comments)})</h3>{ch}<p class="note">Чтобы оставить комментарий, войдите через VK ID.</p></div>
<div class="also"><h3>Читайте также</h3><ul>
{related_list(related)}
</ul></div>
</div>
<footer><p>Сетевое издание «Анива-Инфо». Зарегистрировано Роскомнадзором, Эл № ФС77-80417. Учредитель: ООО «Анивская медиагруппа». Главный редактор: Н. В. Саввина.</p>
<p>Адрес редакции: 693000, г. Южно-Сахалинск, ул. Курильская, 38, оф. 12. Тел. +7 (4242) 00-00-00.</p>
<p>При использовании материалов гиперссылка на aniva-info.ru обязательна. 18+</p></footer>
</body>
</html>
"""


def page_pereval(a, o, url, related):
    d = local(a["published"], 3)
    stamp = f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — ИА «Перевал»</title>
{meta_block(a, o, url, jsonld=True)}
</head>
<body class="pv">
<div class="cookies-alert">Сайт использует cookie и сервисы веб-аналитики. <button>Хорошо</button></div>
<header class="pv-header"><a class="pv-logo" href="/">ПЕРЕВАЛ <small>информационное агентство</small></a>
<nav><a href="/politics/">Политика</a> <a href="/world/">В мире</a> <a href="/economy/">Экономика</a> <a href="/society/">Общество</a> <a href="/army/">Армия</a> <a href="/regions/">Регионы</a> <a href="/lenta/">Лента</a></nav></header>
<main>
<article class="pv-article">
<div class="pv-rubric">{E(a.get('section', 'Политика'))}</div>
<h1>{E(a['title'])}</h1>
<div class="pv-date"><time datetime="{d.isoformat()}">{stamp}</time> · обновлено {stamp}</div>
<div class="pv-lead"><b>{E(a['summary'])}</b></div>
<div class="pv-text">
{body_html(a['body'])}
</div>
<div class="pv-share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">Дзен</a></div>
<div class="pv-error">Нашли ошибку? Выделите её и нажмите Ctrl+Enter.</div>
</article>
<section class="pv-related"><h3>Читайте также</h3><ul>
{related_list(related)}
</ul></section>
</main>
<footer class="pv-footer"><p>© ИА «Перевал», {d.year}. Свидетельство о регистрации СМИ ИА № ФС77-91022.</p><p><a href="/about/">О нас</a> · <a href="/contacts/">Контакты</a> · <a href="/privacy/">Политика конфиденциальности</a> · <a href="/ads/">Реклама</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese


def page_hanasaki(a, o, url, related):
    """Nemuro local paper: minimal page, no metadata."""
    d = local(a["published"], 9)
    stamp = f"{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜花咲タイムズ</title>
</head>
<body>
<div class="cookie">当サイトではサービス向上のためCookieを使用しています。<a href="/policy">詳しくはこちら</a>　<button>同意する</button></div>
<header>
<div class="logo"><a href="/">花咲タイムズ</a><span>根室・中標津・別海のニュース</span></div>
<nav><ul><li><a href="/">トップ</a></li><li><a href="/news/">ニュース</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/gyogyo/">漁業</a></li><li><a href="/machi/">まち</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></nav>
</header>
<div id="main">
<p class="cat">{E(a.get('section', 'ニュース'))}</p>
<h1>{E(a['title'])}</h1>
<p class="date">{stamp}</p>
<div class="honbun">
{body_html(a['body'])}
</div>
<div class="sns">この記事を共有する　<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a></div>
<div class="kanren"><h3>関連記事</h3><ul>
{related_list(related)}
</ul></div>
<div class="koudoku">紙面のご購読は0153-00-0000（販売部）まで。電子版は月額880円。</div>
</div>
<footer><p>株式会社花咲タイムズ社　〒087-0000 北海道根室市花咲町1丁目</p><p>掲載記事・写真の無断転載を禁じます。Copyright © Hanasaki Times. All rights reserved.</p></footer>
</body>
</html>
"""


def page_retto(a, o, url, related):
    d = local(a["published"], 9)
    stamp = f"{d.year}年{d.month}月{d.day}日 {d.strftime('%H時%M分')}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} | 日本列島通信 NEWS</title>
{meta_block(a, o, url, jsonld=True)}
</head>
<body class="rt">
<div class="rt-consent">日本列島通信は、サイトの利便性向上や広告配信のためにCookieを利用しています。<a href="/privacy/">プライバシーポリシー</a>　<button>同意して閉じる</button></div>
<header class="rt-header"><a class="rt-logo" href="/">日本列島通信 NEWS</a>
<nav><a href="/politics/">政治</a> <a href="/economy/">経済</a> <a href="/international/">国際</a> <a href="/society/">社会</a> <a href="/region/">地域</a> <a href="/sports/">スポーツ</a> <a href="/science/">科学・環境</a></nav></header>
<main><article class="rt-article">
<p class="rt-genre">{E(a.get('section', '政治'))}</p>
<h1>{E(a['title'])}</h1>
<p class="rt-time"><time datetime="{d.isoformat()}">{stamp}</time>{(' 【' + E(a['byline']) + '】') if a.get('byline') else ''}</p>
<div class="rt-share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a> <a href="#">リンクをコピー</a></div>
<div class="rt-body">
{body_html(a['body'])}
</div>
<p class="rt-copy">（日本列島通信）</p>
</article>
<section class="rt-related"><h2>関連ニュース</h2><ul>
{related_list(related)}
</ul></section>
<section class="rt-ranking"><h2>アクセスランキング</h2><ol>
<li><a href="/rank/1">全国で真冬日、交通機関に乱れ</a></li><li><a href="/rank/2">日経平均、続伸　半導体株に買い</a></li><li><a href="/rank/3">高校野球、北海道勢が8強入り</a></li></ol></section>
</main>
<footer class="rt-footer"><p><a href="/about/">会社概要</a>｜<a href="/privacy/">個人情報保護方針</a>｜<a href="/terms/">利用規約</a>｜<a href="/contact/">お問い合わせ</a></p><p>© 日本列島通信社 無断転載を禁じます</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "larchmont-wire": page_larchmont,
    "hollowell-standard": page_hollowell,
    "tsugaru-post": page_tsugaru,
    "vostok-monitor": page_vostok,
    "aniva-info": page_aniva,
    "pereval": page_pereval,
    "hanasaki-times": page_hanasaki,
    "retto-tsushin": page_retto,
}

# evergreen "related" links per outlet (mixed with the outlet's own earlier items)
EVERGREEN = {
    "larchmont-wire": [("/markets/asia", "Asian shares edge higher as investors weigh US data"),
                       ("/world/asia-pacific/typhoon", "Typhoon season: what to know")],
    "hollowell-standard": [("/world/asia-pacific/explainer", "Asia-Pacific: the week in pictures"),
                           ("/opinion/asia", "Letters: on Britain's role in the Indo-Pacific")],
    "tsugaru-post": [("/hokkaido/ferries", "Seikan ferry bookings surge ahead of holidays"),
                     ("/life/onsen", "Ten quiet onsen towns in northern Tohoku")],
    "vostok-monitor": [("/far-east/weather", "Cyclone brings storm winds to Primorye"),
                       ("/economy/ruble", "Ruble steady as oil prices hold")],
    "aniva-info": [("/news/dorogi", "В Южно-Сахалинске продолжается ремонт дорог"),
                   ("/afisha/", "Афиша выходных: концерты и выставки")],
    "pereval": [("/economy/kurs", "Курс рубля: что ждёт валютный рынок на неделе"),
                ("/society/pogoda", "Синоптики рассказали о погоде на выходные")],
    "hanasaki-times": [("/machi/event", "根室市内の催し・イベント情報"),
                       ("/gyogyo/shikyou", "根室市場の水揚げ・市況")],
    "retto-tsushin": [("/society/weather", "週間天気　北日本は荒れた天気に"),
                      ("/economy/market", "外国為替市場　円相場の動き")],
}
