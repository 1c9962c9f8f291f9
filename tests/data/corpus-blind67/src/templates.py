"""Page templates of the nine invented outlets of corpus blind67.

Every outlet has its own chrome: navigation, cookie banner, share buttons, related
stories, footer.  Some outlets put Open Graph / JSON-LD metadata in the head, some
none at all (wirehound-en, operativno-ru), as real sites do.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

MSK = timezone(timedelta(hours=3))
JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
JA_WEEK = "月火水木金土日"


def e(s: str) -> str:
    return escape(s, quote=True)


def paragraphs(body: list[str], p_class: str = "") -> str:
    """Render body lines: '## ' subhead, '> ' quote, '[note] ' correction box,
    '[ed] ' italic editor's line, anything else a paragraph."""
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for line in body:
        if line.startswith("## "):
            out.append(f"<h2>{e(line[3:])}</h2>")
        elif line.startswith("> "):
            out.append(f"<blockquote><p>{e(line[2:])}</p></blockquote>")
        elif line.startswith("[note] "):
            out.append(f'<div class="correction-note" role="note"><p>{e(line[7:])}</p></div>')
        elif line.startswith("[ed] "):
            out.append(f'<p class="editors-line"><em>{e(line[5:])}</em></p>')
        else:
            out.append(f"<p{cls}>{e(line)}</p>")
    return "\n        ".join(out)


def jsonld(a: dict, outlet: dict, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": (a.get("modified") or a["published"]).isoformat().replace("+00:00", "Z"),
        "inLanguage": a["lang"],
        "mainEntityOfPage": url,
        "author": {"@type": "Organization" if not a.get("author") else "Person",
                   "name": a.get("author") or outlet["name"]},
        "publisher": {"@type": "Organization", "name": outlet["name"],
                      "logo": {"@type": "ImageObject", "url": f"https://{outlet['domain']}/static/logo.png"}},
        "description": a["summary"],
    }
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def og(a: dict, outlet: dict, url: str, ld: bool) -> str:
    t = a["published"].isoformat().replace("+00:00", "Z")
    head = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{e(outlet["name"])}">',
        f'<meta property="og:title" content="{e(a["title"])}">',
        f'<meta property="og:description" content="{e(a["summary"])}">',
        f'<meta property="og:url" content="{e(url)}">',
        f'<meta property="article:published_time" content="{t}">',
        f'<meta name="description" content="{e(a["summary"])}">',
    ]
    if ld:
        head.append(jsonld(a, outlet, url))
    return "\n  ".join(head)


def related(a: dict, outlet: dict, n: int = 4) -> list[str]:
    pool = outlet["related"]
    k = a["seq"] % len(pool)
    return [pool[(k + i) % len(pool)] for i in range(n)]


# --------------------------------------------------------------------------- English outlets


def tickerline(a: dict, o: dict) -> str:
    url = f"https://{o['domain']}/world/asia-pacific/{a['slug']}"
    t = a["published"]
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%H:%M} GMT"
    rel = "".join(f'<li><a href="/world/{i}">{e(h)}</a></li>' for i, h in enumerate(related(a, o)))
    flash = a["title"].startswith("FLASH")
    body = paragraphs(a["body"])
    tags = "".join(f'<a class="tag" href="/tags/{e(x.lower())}">{e(x)}</a>' for x in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(a['title'])} | Tickerline</title>
  {og(a, o, url, ld=True)}
  <link rel="canonical" href="{e(url)}">
  <link rel="stylesheet" href="/static/tl-main.4c1e.css">
</head>
<body class="article-page{' flash' if flash else ''}">
  <div id="consent" class="consent-bar">We use cookies to measure audience and personalise content.
    <a href="/privacy">Privacy policy</a> <button>Accept all</button> <button>Manage choices</button></div>
  <header class="site-head">
    <a class="logo" href="/">TICKERLINE</a>
    <nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
      <a href="/world/asia-pacific">Asia Pacific</a> <a href="/world/europe">Europe</a>
      <a href="/breakingviews">Views</a> <a href="/live">Live</a></nav>
    <form class="search" action="/search"><input name="q" placeholder="Search Tickerline"></form>
  </header>
  <main>
    <nav class="crumbs"><a href="/world">World</a> › <a href="/world/asia-pacific">Asia Pacific</a></nav>
    <article>
      <h1>{e(a['title'])}</h1>
      <div class="byline">By {e(a.get('author') or 'Tickerline Staff')} · <time datetime="{t.isoformat()}">{stamp}</time>
        · {a.get('read', 2)} min read</div>
      <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="article-body">
        {body}
      </div>
      <p class="trust">Our Standards: <a href="/trust-principles">The Tickerline Trust Principles.</a></p>
      <div class="tags">{tags}</div>
    </article>
    <aside class="more"><h3>More from Asia Pacific</h3><ul>{rel}</ul></aside>
  </main>
  <footer><p>Tickerline International, 1 Telegraph Row, London. Data is delayed by at least 15 minutes.</p>
    <p><a href="/about">About</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> ·
    <a href="/corrections">Corrections</a> · <a href="/contact">Contact</a></p>
    <p>© {t.year} Tickerline International Ltd. All rights reserved.</p></footer>
</body>
</html>
"""


def emberly(a: dict, o: dict) -> str:
    url = f"https://{o['domain']}/{a['published']:%Y/%m/%d}/{a['slug']}/"
    t = a["published"]
    stamp = f"{EN_MON[t.month - 1]} {t.day}, {t.year}"
    rel = "".join(f'<li><a href="/news/{i + 40}">{e(h)}</a></li>' for i, h in enumerate(related(a, o, 3)))
    comments = a.get("comments", 0)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} – The Emberly Dispatch</title>
  {og(a, o, url, ld=False)}
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/wp-content/themes/emberly/style.css?ver=6.4.2">
</head>
<body class="post-template-default single">
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree to our use of cookies.
  <a href="/cookies">Find out more</a> <button class="ok">OK</button></div>
<div class="masthead"><a href="/" class="brand">The Emberly Dispatch</a>
  <span class="strap">Asia &amp; Pacific, every hour</span></div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/asia">Asia</a></li><li><a href="/japan">Japan</a></li>
  <li><a href="/russia">Russia</a></li><li><a href="/security">Security</a></li><li><a href="/economy">Economy</a></li>
  <li><a href="/opinion">Opinion</a></li><li><a href="/newsletter">Newsletter</a></li></ul>
<div class="wrap">
 <div class="entry">
  <span class="kicker">{e(a.get('kicker', 'Asia'))}</span>
  <h1 class="entry-title">{e(a['title'])}</h1>
  <p class="standfirst">{e(a['summary'])}</p>
  <p class="meta">{e(a.get('author') or 'Emberly staff')} | {stamp} | updated {t:%H:%M} GMT</p>
  <div class="entry-content">
        {paragraphs(a['body'])}
  </div>
  <div class="sharebar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
 </div>
 <div class="sidebar"><h4>Read next</h4><ul>{rel}</ul>
  <div class="ad">Advertisement</div></div>
 <div class="comments"><h3>{comments} comments</h3>
  {"".join(f'<div class="comment"><b>{e(n)}</b><p>{e(c)}</p></div>' for n, c in a.get('comment_list', []))}
  <p><a href="/login">Log in</a> to join the discussion.</p></div>
</div>
<footer class="site-footer"><p>The Emberly Dispatch is an independent digital publication.</p>
<p><a href="/about">About us</a> | <a href="/ethics">Editorial code</a> | <a href="/advertise">Advertise</a> |
 <a href="/privacy">Privacy &amp; cookies</a></p><p>&copy; {t.year} Emberly Media</p></footer>
</body>
</html>
"""


def wirehound(a: dict, o: dict) -> str:
    # deliberately bare: no Open Graph, no JSON-LD, only a <title>
    t = a["published"]
    stamp = f"{t:%d/%m/%Y %H:%M} UTC"
    rel = "".join(f'<li><a href="/b/{9000 + i}">{e(h)}</a></li>' for i, h in enumerate(related(a, o, 5)))
    src = a.get("source_line", "")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - Wirehound</title>
<script src="/js/ads.min.js" async></script>
</head>
<body>
<div id="gdpr">Wirehound and our 214 partners store and access information on your device.
 <a href="/consent">Customise</a> <a href="#" class="accept">I agree</a></div>
<table class="top" width="100%"><tr><td><a href="/"><b>WIREHOUND</b></a> world briefs</td>
<td align="right"><a href="/latest">Latest</a> | <a href="/world">World</a> | <a href="/asia">Asia</a> |
 <a href="/markets">Markets</a> | <a href="/tech">Tech</a> | <a href="/odd">Oddities</a></td></tr></table>
<div class="leaderboard">ADVERTISEMENT</div>
<div class="story">
<h1>{e(a['title'])}</h1>
<div class="when">{stamp}</div>
{paragraphs(a['body'])}
{f'<p class="src">{e(src)}</p>' if src else ''}
</div>
<div class="box"><b>Latest briefs</b><ul>{rel}</ul></div>
<div class="leaderboard">ADVERTISEMENT</div>
<div class="foot">Wirehound aggregates and republishes news from licensed wire partners. |
 <a href="/dmca">Copyright</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></div>
</body>
</html>
"""


def redkite(a: dict, o: dict) -> str:
    url = f"https://{o['domain']}/analysis/{a['slug']}"
    t = a["published"]
    stamp = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    rel = "".join(f'<li><a href="/analysis/{i}">{e(h)}</a></li>' for i, h in enumerate(related(a, o, 3)))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(a['title'])} — Red Kite Asia Monitor</title>
  {og(a, o, url, ld=True)}
</head>
<body>
  <div class="cookies" aria-live="polite">Red Kite uses essential cookies only. <a href="/cookies">Details</a>
    <button>Dismiss</button></div>
  <header><a href="/" class="wordmark">Red Kite <span>Asia Monitor</span></a>
    <nav><a href="/briefings">Briefings</a> <a href="/analysis">Analysis</a> <a href="/regions/north-asia">North Asia</a>
      <a href="/regions/southeast-asia">Southeast Asia</a> <a href="/maritime">Maritime</a> <a href="/podcast">Podcast</a>
      <a class="cta" href="/subscribe">Subscribe</a></nav></header>
  <main class="longform">
    <p class="section">{e(a.get('kicker', 'Analysis'))}</p>
    <h1>{e(a['title'])}</h1>
    <p class="dek">{e(a['summary'])}</p>
    <p class="by">{e(a.get('author') or 'Red Kite editors')} · {stamp} · {a.get('read', 5)} min</p>
    <section class="text">
        {paragraphs(a['body'])}
    </section>
    <div class="signup"><h3>The North Asia Brief</h3><p>Every Tuesday: the week's security news from Vladivostok to Okinawa.</p>
      <form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
    <section class="related"><h3>Related analysis</h3><ul>{rel}</ul></section>
  </main>
  <footer><p>Red Kite Asia Monitor is published by Red Kite Research Ltd, Singapore.</p>
    <p><a href="/about">About</a> · <a href="/methodology">Methodology</a> · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a></p>
    <p>© {t.year} Red Kite Research</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian outlets


def ru_date(t: datetime, tz=MSK, suffix="мск") -> str:
    lt = t.astimezone(tz)
    return f"{lt.day} {RU_MONTHS[lt.month - 1]} {lt.year}, {lt:%H:%M} {suffix}"


def teletaip(a: dict, o: dict) -> str:
    url = f"https://{o['domain']}/news/{a['published']:%Y%m%d}/{a['num']}"
    t = a["published"]
    rel = "".join(f'<li><a href="/news/{i}">{e(h)}</a></li>' for i, h in enumerate(related(a, o, 4)))
    molniya = a["title"].startswith("МОЛНИЯ")
    feed_side = "".join(f'<li><span>{(t.astimezone(MSK) - timedelta(minutes=7 * (i + 1))):%H:%M}</span> {e(h)}</li>'
                        for i, h in enumerate(o["ticker"][a["seq"] % 3: a["seq"] % 3 + 4]))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{e(a['title'])} — Телетайп</title>
  {og(a, o, url, ld=True)}
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <div class="cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с
    <a href="/legal/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
  <header class="hdr"><a class="logo" href="/">ТЕЛЕТАЙП</a> <span>информационное агентство</span>
    <nav><a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a>
      <a href="/society">Общество</a> <a href="/army">Армия</a> <a href="/regions">Регионы</a> <a href="/en">English</a></nav></header>
  <div class="layout">
    <main>
      <div class="rubric">{e(a.get('kicker', 'Политика'))}</div>
      <h1 class="{'molniya' if molniya else ''}">{e(a['title'])}</h1>
      <div class="date">{ru_date(t)}</div>
      <div class="text">
        {paragraphs(a['body'])}
      </div>
      <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
      <div class="readmore"><b>Читайте также</b><ul>{rel}</ul></div>
    </main>
    <aside class="lenta"><b>Лента новостей</b><ul>{feed_side}</ul></aside>
  </div>
  <footer>© {t.year} ИА «Телетайп». Свидетельство о регистрации СМИ ИА № ФС 77-80412.
    При использовании материалов ссылка на «Телетайп» обязательна. 18+</footer>
</body>
</html>
"""


def signal_dv(a: dict, o: dict) -> str:
    url = f"https://{o['domain']}/{a['published']:%Y/%m}/{a['slug']}.html"
    t = a["published"]
    rel = "".join(f'<li><a href="/news/{i + 300}">{e(h)}</a></li>' for i, h in enumerate(related(a, o, 4)))
    com = a.get("comment_list", [])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Сигнал ДВ</title>
  {og(a, o, url, ld=False)}
</head>
<body>
<div class="topline"><span>Южно-Сахалинск</span> <span class="wx">{a.get('weather', '+4 °C')}</span>
  <span>USD {a.get('usd', '91,20')}</span> <a href="/ads">Реклама</a> <a href="/contacts">Контакты</a></div>
<header><a href="/" class="logo">Сигнал<b>ДВ</b></a> <em>новости Сахалина и Курил</em>
<nav><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/sakhalin">Сахалин</a> <a href="/fish">Рыбалка и путина</a>
 <a href="/incidents">Происшествия</a> <a href="/people">Люди</a> <a href="/photo">Фото</a></nav></header>
<div class="content">
 <div class="breadcrumbs"><a href="/">Главная</a> / <a href="/{e(a.get('section', 'kurily'))}">{e(a.get('kicker', 'Курилы'))}</a></div>
 <h1>{e(a['title'])}</h1>
 <div class="info">{ru_date(t, SAKH, 'сах.')} · {e(a.get('author') or 'Редакция «Сигнала ДВ»')} · 👁 {a.get('views', 1200)}</div>
 <div class="lead"><b>{e(a['summary'])}</b></div>
 <div class="article">
        {paragraphs(a['body'])}
 </div>
 <div class="tg">Подписывайтесь на наш <a href="https://t.me/signal_dv">Telegram-канал</a> — новости Курил первыми.</div>
 <div class="also"><h3>По теме</h3><ul>{rel}</ul></div>
 <div class="comments"><h3>Комментарии ({len(com)})</h3>
  {"".join(f'<div class="c"><b>{e(n)}</b><p>{e(c)}</p></div>' for n, c in com)}</div>
</div>
<div id="cookie-popup">Сайт использует cookie и сервис веб-аналитики. <button>Согласен</button></div>
<footer><p>Сетевое издание «Сигнал ДВ». Главный редактор — Е. В. Корнилова. 16+</p>
<p>Адрес редакции: 693000, г. Южно-Сахалинск, ул. Ленина, 112. <a href="/privacy">Политика конфиденциальности</a></p></footer>
</body>
</html>
"""


def operativno(a: dict, o: dict) -> str:
    # no metadata at all
    t = a["published"]
    rel = "".join(f'<li><a href="/post/{i + 7000}">{e(h)}</a></li>' for i, h in enumerate(related(a, o, 5)))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}</title>
<link rel="stylesheet" href="/css/op.css">
</head>
<body>
<div class="bar"><a href="/" class="logo">Оперативно</a> главное за день
 <span class="menu"><a href="/russia">Россия</a> · <a href="/world">Мир</a> · <a href="/dv">Дальний Восток</a> ·
 <a href="/nature">Природа</a> · <a href="/sport">Спорт</a></span></div>
<div class="post">
<h1>{e(a['title'])}</h1>
<div class="meta">{ru_date(t)} | {e(a.get('author') or 'Оперативно')}</div>
{paragraphs(a['body'])}
<div class="src">{e(a.get('source_line', ''))}</div>
<div class="share">Поделиться: VK · TG · OK</div>
</div>
<div class="popular"><h3>Популярное</h3><ol>{rel}</ol></div>
<div class="cookie-line">Используя сайт, вы соглашаетесь с обработкой cookie. <a href="#">Ок</a></div>
<div class="foot">© «Оперативно», {t.year}. Все права защищены. Возрастная категория 16+.
 <a href="/about">О проекте</a> <a href="/ads">Реклама</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese outlets


def ja_date(t: datetime) -> str:
    lt = t.astimezone(JST)
    return f"{lt.year}年{lt.month}月{lt.day}日（{JA_WEEK[lt.weekday()]}）{lt:%H:%M}"


def hayate(a: dict, o: dict) -> str:
    url = f"https://{o['domain']}/articles/{a['published']:%Y%m%d}-{a['num']}"
    t = a["published"]
    rel = "".join(f'<li><a href="/articles/r{i}">{e(h)}</a></li>' for i, h in enumerate(related(a, o, 4)))
    rank = "".join(f"<li>{e(h)}</li>" for h in o["ranking"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])}｜疾風通信ニュース</title>
  {og(a, o, url, ld=False)}
<meta name="viewport" content="width=device-width,initial-scale=1">
</head>
<body>
<div class="cookie-consent">当サイトはサービス向上のためCookieを使用しています。<a href="/policy/cookie">詳しくはこちら</a>
 <button>同意する</button></div>
<header class="g-header"><a href="/" class="logo">疾風通信ニュース</a>
<nav class="g-nav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/society">社会</a><a href="/economy">経済</a>
<a href="/international">国際</a><a href="/hokkaido">北海道</a><a href="/sports">スポーツ</a><a href="/flash">速報</a></nav></header>
<main class="l-main">
<div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/{e(a.get('section', 'politics'))}">{e(a.get('kicker', '政治'))}</a></div>
<article class="a-detail">
<h1>{e(a['title'])}</h1>
<p class="a-date"><time datetime="{t.isoformat()}">{ja_date(t)}</time></p>
<div class="a-sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">Facebookでシェア</a></div>
<div class="a-body">
        {paragraphs(a['body'])}
</div>
<p class="a-copy">（疾風通信）</p>
</article>
<section class="kanren"><h2>関連記事</h2><ul>{rel}</ul></section>
</main>
<aside class="ranking"><h2>アクセスランキング</h2><ol>{rank}</ol></aside>
<footer class="g-footer"><p><a href="/about">会社概要</a>｜<a href="/policy/privacy">プライバシーポリシー</a>｜
<a href="/policy/link">リンクについて</a>｜<a href="/contact">お問い合わせ</a></p>
<p>Copyright © {t.year} Hayate Tsushin. 記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


def sazanami(a: dict, o: dict) -> str:
    url = f"https://{o['domain']}/news/{a['published']:%Y/%m/%d}/{a['num']}.html"
    t = a["published"]
    rel = "".join(f'<li><a href="/news/x{i}">{e(h)}</a></li>' for i, h in enumerate(related(a, o, 3)))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <title>{e(a['title'])} - さざなみ新聞デジタル</title>
  {og(a, o, url, ld=True)}
</head>
<body>
  <div id="cookie-bar">本サイトではCookieを利用しています。引き続き閲覧される場合は、Cookieの利用に同意したものとみなします。
    <a href="/cookie">Cookieポリシー</a> <button>閉じる</button></div>
  <header>
    <div class="brand"><a href="/">さざなみ新聞<small>デジタル</small></a><span>根室・釧路・中標津</span></div>
    <ul class="gnav"><li><a href="/news/local">地域</a></li><li><a href="/news/hoppo">北方領土</a></li>
      <li><a href="/news/fish">水産</a></li><li><a href="/news/politics">政治・行政</a></li>
      <li><a href="/news/life">くらし</a></li><li><a href="/news/sports">スポーツ</a></li><li><a href="/obituary">おくやみ</a></li></ul>
    <a class="login" href="/login">ログイン</a> <a class="join" href="/join">会員登録</a>
  </header>
  <div class="container">
    <p class="cat">{e(a.get('kicker', '北方領土'))}</p>
    <h1 class="headline">{e(a['title'])}</h1>
    <p class="date">{ja_date(t)} 更新</p>
    <div class="article-text">
        {paragraphs(a['body'])}
    </div>
    <div class="share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
    <div class="related"><h3>こちらの記事も読まれています</h3><ul>{rel}</ul></div>
    <div class="member-box">会員登録（無料）で、地域のニュースをメールでお届けします。</div>
  </div>
  <footer><p>さざなみ新聞社 〒087-0000 北海道根室市</p>
    <p><a href="/company">会社案内</a>｜<a href="/privacy">個人情報の取り扱い</a>｜<a href="/ad">広告掲載</a></p>
    <p>© {t.year} Sazanami Shimbun. All rights reserved.</p></footer>
</body>
</html>
"""


OUTLETS = {
    "tickerline-en": dict(title="Tickerline International - Breaking News", name="Tickerline",
                          format="atom", lang="en", domain="tickerline-intl.com", render=tickerline,
                          related=["Australia, Indonesia sign maritime patrol pact",
                                   "South Korea's exports rise for eighth month on chip demand",
                                   "Philippine coast guard says Chinese vessel used water cannon near shoal",
                                   "Mongolia to hold snap parliamentary vote in autumn",
                                   "Japan's Nikkei ends higher as yen weakens",
                                   "Taiwan reports Chinese aircraft near island for third day",
                                   "Vietnam approves $3 bln port expansion in Haiphong"]),
    "emberly-en": dict(title="The Emberly Dispatch - Asia & Pacific", name="The Emberly Dispatch",
                       format="rss", lang="en", domain="emberlydispatch.com", render=emberly,
                       related=["Hokkaido's scallop exporters look beyond China",
                                "Inside the Diet's long night over the defence budget",
                                "Sapporo bids again for a Winter Games, quietly",
                                "Vladivostok's Japanese car dealers feel the squeeze",
                                "Why Tokyo keeps a stake in Sakhalin's gas fields"]),
    "wirehound-en": dict(title="Wirehound - World Briefs", name="Wirehound", format="rss", lang="en",
                         domain="wirehound.net", render=wirehound,
                         related=["Kenya's central bank holds rate at 12%",
                                  "Floods cut rail links in southern Poland",
                                  "Chile copper output dips in May",
                                  "Iceland volcano erupts again near Grindavik",
                                  "Indian rupee hits record low against dollar",
                                  "Canada wildfire forces evacuation of mining town",
                                  "Peru's congress censures interior minister"]),
    "redkite-en": dict(title="Red Kite Asia Monitor", name="Red Kite Asia Monitor", format="atom",
                       lang="en", domain="redkitemonitor.asia", render=redkite,
                       related=["The Sea of Japan after the shipping lanes shifted",
                                "North Korea's missile calendar, decoded",
                                "Hokkaido's defence build-up: a map",
                                "What Beijing wants from the Arctic route"]),
    "teletaip-ru": dict(title="Телетайп - лента новостей", name="Телетайп", format="rss", lang="ru",
                        domain="teletaip.info", render=teletaip,
                        related=["В Приморье завершили строительство моста на остров Попова",
                                 "Хабаровский край получит дополнительные средства на ремонт дорог",
                                 "Минприроды предложило расширить заповедник «Кедровая падь»",
                                 "Пассажиропоток аэропорта Владивостока вырос на 9%",
                                 "В Магадане открылся новый корпус областной больницы"],
                        ticker=["Курс рубля на торгах Мосбиржи", "В Якутии потушили крупный лесной пожар",
                                "Совфед одобрил закон о платформенной экономике", "Матч КХЛ перенесён из-за тумана",
                                "В Приморье ограничат движение по трассе «Уссури»",
                                "Росстат: инфляция за неделю составила 0,1%"]),
    "signal-dv": dict(title="Сигнал ДВ - новости Сахалина и Курил", name="Сигнал ДВ", format="atom",
                      lang="ru", domain="signal-dv.ru", render=signal_dv,
                      related=["В Корсакове отремонтируют морской вокзал",
                               "Сахалинские школьники взяли золото олимпиады по физике",
                               "Рейсы в Оху отменены из-за метели",
                               "На Сахалине стартовал сезон ловли корюшки",
                               "В Холмске открыли новый детский сад"]),
    "operativno-ru": dict(title="Оперативно - главное за день", name="Оперативно", format="rss",
                          lang="ru", domain="operativno.news", render=operativno,
                          related=["Как изменятся тарифы ЖКХ с 1 июля", "Сборная России по хоккею сыграет с Белоруссией",
                                   "Синоптики пообещали аномальную жару в Поволжье",
                                   "Банк России сохранил ключевую ставку", "В Москве открылась выставка Айвазовского",
                                   "Учёные нашли новое месторождение лития в Мурманской области"]),
    "hayate-ja": dict(title="疾風通信ニュース", name="疾風通信ニュース", format="rss", lang="ja",
                      domain="hayate-tsushin.jp", render=hayate,
                      related=["道内の最低賃金、過去最大の引き上げ", "札幌市、冬季五輪招致の再検討を表明",
                               "釧路港の取扱量、3年ぶり増加", "知床の観光船、今季の運航始まる",
                               "日銀短観、道内の景況感わずかに改善"],
                      ranking=["円相場、一時1ドル＝150円台", "道東で震度4の地震", "新千歳空港で欠航相次ぐ",
                               "サンマ初水揚げ、昨年上回る", "公立校の教員不足が深刻化"]),
    "sazanami-ja": dict(title="さざなみ新聞デジタル（根室・釧路）", name="さざなみ新聞", format="atom",
                        lang="ja", domain="sazanami-np.jp", render=sazanami,
                        related=["根室のサンマ棒受け網漁、初水揚げ", "花咲ガニ祭り、4年ぶりに通常開催",
                                 "中標津空港、羽田便の増便決まる", "根室市の人口、2万3千人を割る",
                                 "釧路湿原でタンチョウの親子確認"]),
}
