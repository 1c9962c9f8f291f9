"""Page templates for the eight invented outlets of corpus blind57.

Each outlet has its own chrome (navigation, cookie banner, share buttons, related
links, footer, sometimes comments) and its own habits about metadata: some pages carry
Open Graph tags and JSON-LD, some only a <title>.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "ternwick-en", "title": "Ternwick Wire - World", "format": "rss", "lang": "en"},
    {"id": "gunroom-en", "title": "The Gunroom - sea power and security in Asia", "format": "atom", "lang": "en"},
    {"id": "palisade-en", "title": "The Palisade Post - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "shiranuka-en", "title": "Shiranuka Post - eastern Hokkaido in English", "format": "atom", "lang": "en"},
    {"id": "beidevind-ru", "title": "ИА «Бейдевинд» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "nord-ru", "title": "Сахалинский норд — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "hokkai-hochi", "title": "北海報知 電子版", "format": "rss", "lang": "ja"},
    {"id": "kaiji-ja", "title": "東方海事通信", "format": "atom", "lang": "ja"},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def tz(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def body_html(paragraphs: list[str]) -> str:
    out = []
    for p in paragraphs:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        elif p.startswith("* "):
            items = [i[2:] for i in p.split("\n")]
            out.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n".join(out)


def jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].isoformat(),
        "dateModified": (a.get("modified") or a["published"]).isoformat(),
        "inLanguage": lang,
        "author": {"@type": "Person", "name": a.get("byline_plain") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related_list(items: list[str], cls: str) -> str:
    if not items:
        return ""
    lis = "".join(f'<li><a href="/news/{int(hashlib.md5(t.encode()).hexdigest()[:6], 16) % 900000 + 100000}">{escape(t)}</a></li>'
                  for t in items)
    return f'<ul class="{cls}">{lis}</ul>'


def comments_html(comments: list, heading: str, reply: str) -> str:
    if not comments:
        return ""
    items = "".join(
        f'<li class="comment"><span class="who">{escape(c[0])}</span>'
        f'<p>{escape(c[1])}</p><a class="reply" href="#">{escape(reply)}</a></li>'
        for c in comments)
    return f'<section class="comments"><h3>{escape(heading)} ({len(comments)})</h3><ol>{items}</ol></section>'


# ----------------------------------------------------------------------------- English


def ternwick(a: dict) -> str:
    # a wire service: bare pages, no Open Graph, no JSON-LD
    d = a["published"]
    when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Ternwick Wire</title>
<link rel="stylesheet" href="/static/tw.css">
</head>
<body class="tw">
<div id="consent" class="consent-bar">We and our partners use cookies to deliver the service, measure audiences and personalise advertising.
 <button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy">Privacy notice</a></div>
<header class="tw-top">
 <a class="logo" href="/">TERNWICK</a>
 <nav><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/americas">Americas</a>
 <a href="/markets">Markets</a> <a href="/sustainability">Sustainability</a> <a href="/wire">The Wire</a></nav>
 <form action="/search"><input name="q" placeholder="Search Ternwick"></form>
 <a class="signin" href="/account">Sign in</a>
</header>
<main>
<p class="kicker">{escape(a.get('section', 'Asia Pacific'))}</p>
<h1>{escape(a['title'])}</h1>
<p class="meta">{escape(a.get('byline', 'Ternwick staff'))} &middot; <time>{when}</time> &middot; {a.get('minutes', 3)} min read</p>
<div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
<article class="story">
{body_html(a['body'])}
</article>
<p class="standards"><a href="/trust">Our Standards: The Ternwick Trust Principles.</a></p>
<aside class="more"><h3>More from Asia Pacific</h3>{related_list(a.get('related', []), 'more-list')}</aside>
</main>
<footer class="tw-foot">
 <nav><a href="/about">About Ternwick</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a></nav>
 <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Ternwick. All rights reserved.</p>
</footer>
</body>
</html>
"""


def gunroom(a: dict) -> str:
    d = a["published"]
    when = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} &#8212; The Gunroom</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Gunroom">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="article:published_time" content="{d.isoformat()}">
<meta property="article:section" content="Analysis">
<link rel="canonical" href="/articles/{a['id']}.html">
{jsonld(a, 'The Gunroom', 'en-GB')}
</head>
<body>
<div class="cookie-modal" role="dialog"><p>The Gunroom uses strictly necessary cookies and, with your consent, analytics cookies.</p><button>Accept</button><button>Manage preferences</button></div>
<header>
 <div class="masthead"><a href="/">The Gunroom</a><span>Sea power and security in Asia</span></div>
 <nav><a href="/analysis">Analysis</a> | <a href="/briefs">Briefs</a> | <a href="/podcast">Podcast</a> | <a href="/data">Order-of-battle data</a> | <a href="/events">Events</a> | <a href="/about">About</a> | <a class="cta" href="/subscribe">Subscribe</a></nav>
</header>
<main class="essay">
<p class="eyebrow">Analysis &middot; North Pacific</p>
<h1>{escape(a['title'])}</h1>
<p class="standfirst">{escape(a.get('dek', a['summary']))}</p>
<p class="byline">{escape(a.get('byline', 'The Gunroom'))} &middot; {when} &middot; {a.get('minutes', 6)} min read</p>
<div class="essay-body">
{body_html(a['body'])}
</div>
<div class="disclaimer"><em>The views expressed are the author&#8217;s own and do not represent the positions of any government.</em></div>
<aside class="author-box"><strong>{escape(a.get('byline_plain', ''))}</strong> writes on maritime security in north-east Asia. <a href="/authors">All authors</a></aside>
<section class="newsletter"><h3>The Weekly Watch</h3><p>Every Friday: one map, three links, no hot takes.</p><form><input type="email" placeholder="you@example.org"><button>Sign up</button></form></section>
<aside class="related"><h3>Further reading</h3>{related_list(a.get('related', []), 'further')}</aside>
{comments_html(a.get('comments', []), 'Discussion', 'Reply')}
</main>
<footer><p>The Gunroom is an independent, reader-funded publication. &copy; {d.year}</p><a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/rss">RSS</a></footer>
</body>
</html>
"""


def palisade(a: dict) -> str:
    d = a["published"]
    when = f"{EN_MONTHS[d.month - 1][:3]}. {d.day}, {d.year}, {d:%H:%M} UTC"
    most_read = ["Yen slides as BOJ holds fire", "Typhoon season forecast: what forecasters expect",
                 "Seoul’s chipmakers bet on Texas", "Opinion: The Pacific needs fewer summits",
                 "Tokyo land prices rise for third year"]
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{escape(a['title'])} - The Palisade Post</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{d.isoformat()}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="gdpr">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookie-policy">Learn more</a> <button>OK</button></div>
<header class="pp-head">
 <a href="/" class="brand">The Palisade Post</a>
 <ul class="sections"><li><a href="/asia">Asia</a></li><li><a href="/pacific">Pacific</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/world">World</a></li><li><a href="/newsletters">Newsletters</a></li></ul>
 <a class="subscribe" href="/subscribe">Subscribe from $1</a>
</header>
<div class="layout">
<main>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/asia">Asia</a> &rsaquo; {escape(a.get('section', 'Japan'))}</div>
<h1>{escape(a['title'])}</h1>
<p class="summary">{escape(a['summary'])}</p>
<div class="by">{escape(a.get('byline', 'Palisade Post staff'))} <span class="date">{when}</span></div>
<div class="sharebar"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Gift this article</a></div>
<div class="article-body">
{body_html(a['body'])}
</div>
<div class="tags">Topics: {' '.join(f'<a href="/topic/{escape(t.lower().replace(" ", "-"))}">{escape(t)}</a>' for t in a.get('tags', ['Japan', 'Russia']))}</div>
<aside class="related"><h3>Related</h3>{related_list(a.get('related', []), 'rel')}</aside>
</main>
<aside class="rail"><h3>Most read</h3><ol>{''.join(f'<li>{escape(m)}</li>' for m in most_read)}</ol>
<div class="ad">Advertisement</div></aside>
</div>
<footer class="pp-foot"><p>&copy; {d.year} The Palisade Post. All rights reserved.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/contact">Contact us</a></p></footer>
</body>
</html>
"""


def shiranuka(a: dict) -> str:
    d = a["published"]
    j = tz(d, 9)
    when = f"{EN_MONTHS[j.month - 1]} {j.day}, {j.year} {j:%H:%M} JST"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | Shiranuka Post</title>
<meta name="description" content="{escape(a['summary'])}">
</head>
<body>
<div class="topstrip">Nemuro {a.get('weather', '-2°C cloudy')} &nbsp;|&nbsp; Kushiro port: <a href="/ports">sailings today</a> &nbsp;|&nbsp; <a href="/jp">日本語サイト</a></div>
<header><h2 class="site"><a href="/">Shiranuka Post</a></h2><p class="tag">Eastern Hokkaido in English since 2009</p>
<nav><a href="/local">Local</a> <a href="/fisheries">Fisheries</a> <a href="/northern-territories">Northern Territories</a> <a href="/tourism">Tourism</a> <a href="/weather">Weather</a> <a href="/community">Community</a></nav></header>
<div class="cookie">We use cookies to remember your settings. <a href="/privacy">Privacy</a> <button>Got it</button></div>
<main>
<article>
<h1>{escape(a['title'])}</h1>
<div class="postmeta">Posted {when} &middot; {escape(a.get('byline', 'Shiranuka Post staff'))} &middot; <a href="/category/{escape(a.get('section', 'local').lower().replace(' ', '-'))}">{escape(a.get('section', 'Local'))}</a></div>
{body_html(a['body'])}
<p class="share"><a href="#">Share on Facebook</a> | <a href="#">Post to X</a> | <a href="#">Print</a></p>
</article>
<section class="also"><h3>Also on Shiranuka Post</h3>{related_list(a.get('related', []), 'also-list')}</section>
{comments_html(a.get('comments', []), 'Comments', 'Reply')}
</main>
<footer><p>Shiranuka Post is a volunteer-run community news site. Contact: desk@shiranuka-post.example</p><p>&copy; {d.year} Shiranuka Post</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Russian


def beidevind(a: dict) -> str:
    d = a["published"]
    m = tz(d, 3)
    when = f"{m.day} {RU_MONTHS[m.month - 1]} {m.year}, {m:%H:%M}"
    feed_now = ["Курс евро на Мосбирже опустился ниже 98 рублей", "В Приморье ожидается снегопад",
                "Сборная России по хоккею сыграет с Белоруссией", "ЦБ сохранил ключевую ставку",
                "На Камчатке проснулся вулкан Шивелуч"]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — ИА «Бейдевинд»</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="ИА «Бейдевинд»">
<meta property="article:published_time" content="{d.isoformat()}">
{jsonld(a, 'ИА «Бейдевинд»', 'ru')}
</head>
<body>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="bv-header">
 <a class="bv-logo" href="/">БЕЙДЕВИНД</a>
 <nav><a href="/politika">Политика</a> <a href="/mir">В мире</a> <a href="/ekonomika">Экономика</a> <a href="/armiya">Армия и ОПК</a> <a href="/regiony">Регионы</a> <a href="/proisshestviya">Происшествия</a> <a href="/sport">Спорт</a> <a href="/kultura">Культура</a></nav>
 <span class="age">18+</span>
</header>
<div class="wrap">
<main>
<div class="rubric">{escape(a.get('section', 'В мире'))}</div>
<h1>{escape(a['title'])}</h1>
<div class="lead">{escape(a['summary'])}</div>
<div class="date">{when}</div>
<div class="text">
{body_html(a['body'])}
</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="subscribe-tg"><a href="#">Читайте «Бейдевинд» в Telegram</a></div>
<section class="read-also"><h3>Читайте также</h3>{related_list(a.get('related', []), 'also')}</section>
</main>
<aside class="lenta"><h3>Лента новостей</h3><ul>{''.join(f'<li><span>{(m.hour + i) % 24:02d}:{(17 * i) % 60:02d}</span> {escape(t)}</li>' for i, t in enumerate(feed_now))}</ul></aside>
</div>
<footer class="bv-footer"><p>Сетевое издание «Бейдевинд». Свидетельство о регистрации СМИ Эл № ФС77-00000. Главный редактор — О. В. Ларионова.</p>
<p>При полном или частичном использовании материалов ссылка на ИА «Бейдевинд» обязательна. &copy; 2011–{d.year}</p></footer>
</body>
</html>
"""


def nord(a: dict) -> str:
    d = a["published"]
    s = tz(d, 11)
    when = f"{s:%d.%m.%Y %H:%M}"
    meta = ""
    if a.get("og", True):
        meta = (f'<meta property="og:title" content="{escape(a["title"])}">\n'
                f'<meta property="og:type" content="article">\n')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | Сахалинский норд</title>
{meta}</head>
<body>
<div class="topline">Южно-Сахалинск {a.get('weather', '−8°')} &nbsp; Курильск {a.get('weather2', '−3°')} &nbsp; <a href="/afisha">Афиша</a> &nbsp; <a href="/avia">Табло аэропорта</a></div>
<header>
 <div class="logo"><a href="/">САХАЛИНСКИЙ НОРД</a></div>
 <nav class="menu"><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/obschestvo">Общество</a> <a href="/ekonomika">Экономика</a> <a href="/armiya">Армия</a> <a href="/proisshestviya">Происшествия</a> <a href="/ekologiya">Экология</a> <a href="/mneniya">Мнения</a></nav>
</header>
<div class="cookie-note">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <button>Закрыть</button></div>
<main>
<ul class="breadcrumbs"><li><a href="/">Главная</a></li><li><a href="/news">Новости</a></li><li>{escape(a.get('section', 'Курилы'))}</li></ul>
<article>
<h1>{escape(a['title'])}</h1>
<div class="info"><time>{when}</time> <span class="views">{a.get('views', 1843)} просмотров</span> {('<span class="author">' + escape(a['byline']) + '</span>') if a.get('byline') else ''}</div>
<p class="anons"><strong>{escape(a['summary'])}</strong></p>
{body_html(a['body'])}
{('<p class="upd"><em>' + escape(a['update']) + '</em></p>') if a.get('update') else ''}
<p class="err">Нашли ошибку? Выделите её и нажмите Ctrl+Enter.</p>
</article>
<section class="more"><h3>Другие новости</h3>{related_list(a.get('related', []), 'more')}</section>
{comments_html(a.get('comments', []), 'Комментарии', 'Ответить')}
</main>
<footer><p>«Сахалинский норд» — новости Сахалина и Курил. 16+</p><p>Использование материалов допускается только со ссылкой на источник. &copy; {d.year}</p><p><a href="/reklama">Реклама</a> · <a href="/contacts">Контакты</a></p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- Japanese


def hokkai_hochi(a: dict) -> str:
    d = a["published"]
    j = tz(d, 9)
    when = f"{j.year}年{j.month}月{j.day}日 {j:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])}｜北海報知 電子版</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="北海報知 電子版">
<meta property="article:published_time" content="{d.isoformat()}">
{jsonld(a, '北海報知', 'ja')}
</head>
<body>
<div id="cookie-consent">当サイトでは、利便性向上と広告配信のためにCookieを使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header class="hh-header">
 <div class="hh-logo"><a href="/">北海報知</a><span>電子版</span></div>
 <nav class="gnav"><a href="/news/local">道内</a><a href="/news/nemuro">根室・釧路</a><a href="/news/politics">政治</a><a href="/news/economy">経済</a><a href="/news/fisheries">水産</a><a href="/news/hoppo">北方領土</a><a href="/news/sports">スポーツ</a><a href="/news/national">全国・海外</a></nav>
 <a class="login" href="/login">ログイン</a> <a class="member" href="/member">会員登録（無料）</a>
</header>
<main>
<div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/news/{escape(a.get('section_path', 'hoppo'))}">{escape(a.get('section', '北方領土'))}</a></div>
<article>
<h1>{escape(a['title'])}</h1>
<div class="time">{when}{(' 更新') if a.get('modified') else ''}</div>
<div class="honbun">
{body_html(a['body'])}
</div>
<div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="premium">有料会員になると、すべての記事が読み放題。初月無料キャンペーン実施中</div>
</article>
<section class="kanren"><h3>関連記事</h3>{related_list(a.get('related', []), 'kanren-list')}</section>
<section class="ranking"><h3>アクセスランキング</h3><ol><li>サンマ水揚げ、前年比2割増　花咲港</li><li>根室市長選、現職が出馬表明</li><li>釧路湿原のメガソーラー、道が指導</li></ol></section>
</main>
<footer class="hh-footer"><nav><a href="/about">会社概要</a> <a href="/privacy">個人情報保護方針</a> <a href="/kiyaku">利用規約</a> <a href="/ad">広告掲載</a> <a href="/contact">お問い合わせ</a></nav>
<p>掲載記事・写真の無断転載を禁じます。Copyright &copy; {j.year} 北海報知社 All rights reserved.</p></footer>
</body>
</html>
"""


def kaiji(a: dict) -> str:
    # trade paper: bare metadata, only a <title>
    d = a["published"]
    j = tz(d, 9)
    when = f"{j.year}/{j.month:02d}/{j.day:02d} {j:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - 東方海事通信</title>
</head>
<body>
<div class="header-wrap">
 <p class="site-name"><a href="/">東方海事通信</a> <small>海運・水産・海上安全保障の専門ニュース</small></p>
 <ul class="global-menu"><li><a href="/kaiun">海運</a></li><li><a href="/suisan">水産</a></li><li><a href="/anpo">安全保障</a></li><li><a href="/kowan">港湾</a></li><li><a href="/zosen">造船</a></li><li><a href="/jinji">人事</a></li><li><a href="/event">催し</a></li></ul>
</div>
<div class="cookie-bar">本サイトはCookieを利用しています。閲覧を続けることで、Cookieの利用に同意したものとみなします。<button>閉じる</button></div>
<div class="contents">
<p class="cat">{escape(a.get('section', '安全保障'))}</p>
<h1 class="entry-title">{escape(a['title'])}</h1>
<p class="entry-date">{when}</p>
<div class="entry-body">
{body_html(a['body'])}
</div>
<p class="share-btn">この記事をシェアする　<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">メール</a></p>
<div class="related-entries"><p class="h">この分野の最新記事</p>{related_list(a.get('related', []), 'rel')}</div>
<div class="bnr">【購読案内】紙面版・電子版セットで月額4,950円（税込）</div>
</div>
<div class="footer">東方海事通信社　〒105-0000 東京都港区　<a href="/company">会社案内</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/koudoku">購読申し込み</a><br>&copy; {j.year} Toho Kaiji Tsushin</div>
</body>
</html>
"""


RENDER = {
    "ternwick-en": ternwick,
    "gunroom-en": gunroom,
    "palisade-en": palisade,
    "shiranuka-en": shiranuka,
    "beidevind-ru": beidevind,
    "nord-ru": nord,
    "hokkai-hochi": hokkai_hochi,
    "kaiji-ja": kaiji,
}
