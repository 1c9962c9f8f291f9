"""Page templates of the eight invented outlets of corpus blind78.

Every outlet has its own chrome (navigation, cookie banner, share buttons, related
stories, footer); some carry Open Graph / JSON-LD metadata, some none at all.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from html import escape
import zlib

FEEDS = [
    {"id": "pinnace-en", "title": "The Pinnace Report — Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "bellbuoy-wire", "title": "Bell Buoy Wire — World", "format": "atom", "lang": "en"},
    {"id": "akan-courier", "title": "The Akan Courier — Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "sekstant-ru", "title": "ИА «Секстант» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "yakor-sakh", "title": "«Якорь» — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "yasny-bereg", "title": "«Ясный берег» — Южные Курилы", "format": "rss", "lang": "ru"},
    {"id": "toyohochi-ja", "title": "東洋報知新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "yunagi-ja", "title": "夕凪ニュース 根室・釧路", "format": "atom", "lang": "ja"},
]

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _h(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def paras(body: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]


def body_html(body: str, p_class: str = "", h_tag: str = "h2") -> str:
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for p in paras(body):
        text = " ".join(line.strip() for line in p.splitlines())
        if text.startswith("## "):
            out.append(f"<{h_tag}>{escape(text[3:])}</{h_tag}>")
        elif text.startswith("> "):
            out.append(f"<blockquote><p>{escape(text[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{escape(text)}</p>")
    return "\n        ".join(out)


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:70] or "story"


def words(a: dict) -> int:
    return len(re.findall(r"\w+", a["body"]))


def ld_json(a: dict, publisher: str, url: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": a["dt"].isoformat(), "dateModified": a["dt"].isoformat(),
        "inLanguage": lang, "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("author") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- English


def pinnace(a: dict) -> str:
    dt = a["dt"].astimezone(timezone.utc)
    url = f"https://www.pinnacereport.com/asia-pacific/{dt:%Y/%m/%d}/{slug(a['title'])}"
    stamp = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt:%H:%M} GMT"
    related = "\n".join(
        f'          <li><a href="https://www.pinnacereport.com/asia-pacific/{slug(t)}">{escape(t)}</a></li>'
        for t in a.get("related", []))
    tags = " ".join(f'<a class="tag" href="https://www.pinnacereport.com/topic/{slug(t)}">{escape(t)}</a>'
                    for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(a['title'])} | The Pinnace Report</title>
  <meta name="description" content="{escape(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Pinnace Report">
  <meta property="og:title" content="{escape(a['title'])}">
  <meta property="og:description" content="{escape(a['summary'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{a['dt'].isoformat()}">
  <meta property="article:section" content="{escape(a.get('section', 'Asia-Pacific'))}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="https://static.pinnacereport.com/css/site.4f1c2.css">
  {ld_json(a, "The Pinnace Report", url, "en")}
</head>
<body class="article-page">
  <div id="consent-layer" class="consent" role="dialog" aria-label="Privacy choices">
    <p>We and our 143 partners use cookies and similar technologies to personalise content and ads,
    to provide social media features and to analyse our traffic. You can change your choices at any
    time from the Privacy link at the bottom of every page.</p>
    <button class="consent-accept">Accept all</button> <button class="consent-manage">Manage options</button>
  </div>
  <header class="masthead">
    <a class="logo" href="https://www.pinnacereport.com/">The Pinnace Report</a>
    <nav class="primary">
      <a href="https://www.pinnacereport.com/world">World</a>
      <a href="https://www.pinnacereport.com/asia-pacific">Asia-Pacific</a>
      <a href="https://www.pinnacereport.com/business">Business</a>
      <a href="https://www.pinnacereport.com/markets">Markets</a>
      <a href="https://www.pinnacereport.com/opinion">Opinion</a>
      <a href="https://www.pinnacereport.com/climate">Climate</a>
    </nav>
    <a class="subscribe" href="https://www.pinnacereport.com/subscribe">Subscribe — $1 for 3 months</a>
  </header>
  <main>
    <article class="story">
      <p class="kicker">{escape(a.get('section', 'Asia-Pacific'))}</p>
      <h1 class="headline">{escape(a['title'])}</h1>
      <p class="standfirst">{escape(a['summary'])}</p>
      <div class="byline">By <span class="author">{escape(a.get('author', 'Pinnace staff'))}</span>
        · <time datetime="{a['dt'].isoformat()}">{stamp}</time>
        · {max(2, words(a) // 220)} min read</div>
      <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="story-body">
        {body_html(a['body'])}
      </div>
      <p class="credit">{escape(a.get('credit', ''))}</p>
      <div class="tags">{tags}</div>
    </article>
    <aside class="newsletter">
      <h3>Asia Briefing</h3>
      <p>The day's essential news from Tokyo to Canberra, in your inbox at 6am.</p>
      <form><input type="email" placeholder="Your email"> <button>Sign up</button></form>
    </aside>
    <aside class="related">
      <h3>More from Asia-Pacific</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <nav><a href="https://www.pinnacereport.com/about">About us</a> · <a href="https://www.pinnacereport.com/contact">Contact</a>
    · <a href="https://www.pinnacereport.com/privacy">Privacy</a> · <a href="https://www.pinnacereport.com/terms">Terms</a>
    · <a href="https://www.pinnacereport.com/corrections">Corrections</a> · <a href="https://www.pinnacereport.com/rss">RSS</a></nav>
    <p>© {dt.year} Pinnace Media Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def bellbuoy(a: dict) -> str:
    dt = a["dt"].astimezone(timezone.utc)
    url = f"https://bellbuoywire.com/world/{slug(a['title'])}-{dt:%Y-%m-%d}"
    stamp = f"{dt:%d} {EN_MONTHS[dt.month - 1][:3]} {dt.year} {dt:%H:%M} UTC"
    related = "\n".join(
        f'      <li><a href="https://bellbuoywire.com/world/{slug(t)}">{escape(t)}</a></li>'
        for t in a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - Bell Buoy Wire</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="article:published_time" content="{a['dt'].isoformat()}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/wire.css">
</head>
<body>
<div class="cookie-strip">Bell Buoy Wire uses cookies to keep the service running and to measure audiences.
<a href="https://bellbuoywire.com/cookies">Cookie policy</a> <button>OK</button></div>
<header>
  <div class="brand">BELL BUOY WIRE</div>
  <ul class="menu">
    <li><a href="https://bellbuoywire.com/world">World</a></li>
    <li><a href="https://bellbuoywire.com/world/asia">Asia</a></li>
    <li><a href="https://bellbuoywire.com/world/europe">Europe</a></li>
    <li><a href="https://bellbuoywire.com/energy">Energy</a></li>
    <li><a href="https://bellbuoywire.com/defence">Defence</a></li>
    <li><a href="https://bellbuoywire.com/licensing">For media clients</a></li>
  </ul>
</header>
<div class="wrap">
  <div class="slugline">{escape(a.get('section', 'World'))} | {stamp}</div>
  <h1>{escape(a['title'])}</h1>
  <div class="bullets"><p>{escape(a['summary'])}</p></div>
  <div class="text">
    {body_html(a['body'], h_tag='h3')}
  </div>
  <p class="signoff">{escape(a.get('credit', ''))}</p>
  <p class="standards"><a href="https://bellbuoywire.com/standards">Our standards: the Bell Buoy Trust Principles</a></p>
  <div class="share">Share: <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">Email</a></div>
  <section class="more">
    <h2>Related coverage</h2>
    <ul>
{related}
    </ul>
  </section>
</div>
<footer>
  <p>All quotes delayed a minimum of 15 minutes. © {dt.year} Bell Buoy Wire. Redistribution prohibited without a licence.</p>
  <p><a href="https://bellbuoywire.com/privacy">Privacy</a> | <a href="https://bellbuoywire.com/accessibility">Accessibility</a> | <a href="https://bellbuoywire.com/feeds">Feeds</a></p>
</footer>
</body>
</html>
"""


def akan(a: dict) -> str:
    dt = a["dt"].astimezone(JST)
    stamp = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} at {dt:%I:%M %p} JST".replace(" 0", " ")
    related = "\n".join(f'    <li><a href="https://akancourier.jp/news/{slug(t)}">{escape(t)}</a></li>'
                        for t in a.get("related", []))
    comments = "".join(
        f'\n    <div class="comment"><b>{escape(n)}</b><p>{escape(t)}</p></div>'
        for n, t in a.get("comments", []))
    comments_block = (f'\n  <section class="comments"><h3>Comments ({len(a.get("comments", []))})</h3>{comments}\n  </section>'
                      if a.get("comments") else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — The Akan Courier</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div id="gdpr">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="https://akancourier.jp/privacy">Learn more</a> <a href="#" class="close">×</a></div>
<div class="top">
  <span class="date-today">Hokkaido in English since 2009</span>
  <a href="https://akancourier.jp/"><img src="https://akancourier.jp/img/logo.png" alt="The Akan Courier"></a>
</div>
<nav class="mainnav">
  <a href="https://akancourier.jp/news">News</a> | <a href="https://akancourier.jp/news/nemuro-kushiro">Nemuro &amp; Kushiro</a> |
  <a href="https://akancourier.jp/news/sapporo">Sapporo</a> | <a href="https://akancourier.jp/northern-territories">Northern Territories</a> |
  <a href="https://akancourier.jp/travel">Travel</a> | <a href="https://akancourier.jp/food">Food</a> | <a href="https://akancourier.jp/events">Events</a>
</nav>
<div class="content">
  <h1>{escape(a['title'])}</h1>
  <div class="meta">{escape(a.get('author', 'Courier staff'))} | Posted {stamp}</div>
  <div class="entry">
    {body_html(a['body'])}
  </div>
  <p class="credit"><i>{escape(a.get('credit', ''))}</i></p>
  <div class="sharebar">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a></div>
  <h3>You may also like</h3>
  <ul class="related">
{related}
  </ul>{comments_block}
</div>
<div class="sidebar">
  <div class="ad">Advertisement</div>
  <div class="weather">Nemuro today: fog, 4–9°C</div>
</div>
<footer>
  <p>The Akan Courier · Kushiro, Hokkaido · <a href="https://akancourier.jp/about">About</a> · <a href="https://akancourier.jp/advertise">Advertise</a> · <a href="https://akancourier.jp/feed">RSS</a></p>
  <p>© {dt.year} Akan Courier Publishing</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def sekstant(a: dict) -> str:
    dt = a["dt"].astimezone(MSK)
    url = f"https://sekstant-news.ru/{a.get('rubric_slug', 'politika')}/{dt:%Y%m%d}/{_h(a['title']) % 10**6}"
    stamp = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"
    related = "\n".join(f'        <li><a href="https://sekstant-news.ru/politika/{_h(t) % 10**6}">{escape(t)}</a></li>'
                        for t in a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{escape(a['title'])} — ИА «Секстант»</title>
  <meta name="description" content="{escape(a['summary'])}">
  <meta property="og:title" content="{escape(a['title'])}">
  <meta property="og:description" content="{escape(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="ИА «Секстант»">
  <meta property="article:published_time" content="{a['dt'].isoformat()}">
  <link rel="canonical" href="{url}">
  {ld_json(a, "ИА «Секстант»", url, "ru")}
</head>
<body>
  <div class="cookie-notice">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="https://sekstant-news.ru/cookie">политикой их использования</a>. <button>Понятно</button></div>
  <header class="hdr">
    <a class="hdr__logo" href="https://sekstant-news.ru/">СЕКСТАНТ</a>
    <nav class="hdr__nav">
      <a href="https://sekstant-news.ru/politika">Политика</a>
      <a href="https://sekstant-news.ru/v-mire">В мире</a>
      <a href="https://sekstant-news.ru/ekonomika">Экономика</a>
      <a href="https://sekstant-news.ru/obshchestvo">Общество</a>
      <a href="https://sekstant-news.ru/regiony">Регионы</a>
      <a href="https://sekstant-news.ru/armiya">Армия</a>
      <a href="https://sekstant-news.ru/zdorove">Здоровье</a>
    </nav>
    <span class="hdr__age">18+</span>
  </header>
  <main class="article">
    <div class="article__rubric">{escape(a.get('section', 'Политика'))}</div>
    <h1 class="article__title">{escape(a['title'])}</h1>
    <div class="article__lead">{escape(a['summary'])}</div>
    <div class="article__meta"><time datetime="{a['dt'].isoformat()}">{stamp}</time> · {escape(a.get('author', 'Редакция'))}</div>
    <div class="article__text">
        {body_html(a['body'])}
    </div>
    <div class="article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
    <p class="article__subscribe">Подписывайтесь на «Секстант» в <a href="https://t.me/sekstant_news">Telegram</a> и «Дзене».</p>
    <section class="article__related">
      <h3>Читайте также</h3>
      <ul>
{related}
      </ul>
    </section>
  </main>
  <footer class="ftr">
    <p>Сетевое издание «Секстант». Свидетельство о регистрации СМИ ЭЛ № ФС 77-81733. Учредитель: ООО «Секстант Медиа».</p>
    <p>Главный редактор: Волков И. А. · <a href="https://sekstant-news.ru/redakciya">Редакция</a> · <a href="https://sekstant-news.ru/reklama">Реклама</a> · <a href="https://sekstant-news.ru/rss">RSS</a></p>
    <p>© {dt.year} «Секстант». При цитировании ссылка на агентство обязательна.</p>
  </footer>
</body>
</html>
"""


def yakor(a: dict) -> str:
    dt = a["dt"].astimezone(SAKH)
    stamp = f"{dt:%d.%m.%Y} {dt:%H:%M}"
    related = "\n".join(f'      <li><a href="https://yakor-sakh.ru/news/{_h(t) % 10**5}">{escape(t)}</a></li>'
                        for t in a.get("related", []))
    comments = "".join(
        f'\n      <li class="cmt"><span class="cmt__name">{escape(n)}</span><p>{escape(t)}</p></li>'
        for n, t in a.get("comments", []))
    comments_block = (f'\n    <section class="comments"><h4>Комментарии</h4><ul>{comments}\n      </ul></section>'
                      if a.get("comments") else
                      '\n    <section class="comments"><h4>Комментарии</h4><p>Комментариев пока нет. Будьте первым!</p></section>')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | Якорь</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:image" content="https://yakor-sakh.ru/upload/og/default.jpg">
<meta property="article:published_time" content="{a['dt'].isoformat()}">
</head>
<body>
<div class="topline">Южно-Сахалинск <span class="weather">−3°</span> · USD 92,4 · EUR 99,8</div>
<header>
  <a href="https://yakor-sakh.ru/" class="logo">ЯКОРЬ</a>
  <nav>
    <a href="https://yakor-sakh.ru/news">Новости</a>
    <a href="https://yakor-sakh.ru/kurily">Курилы</a>
    <a href="https://yakor-sakh.ru/ekonomika">Экономика</a>
    <a href="https://yakor-sakh.ru/proisshestviya">Происшествия</a>
    <a href="https://yakor-sakh.ru/sport">Спорт</a>
    <a href="https://yakor-sakh.ru/afisha">Афиша</a>
  </nav>
</header>
<div class="page">
  <article>
    <div class="date">{stamp}</div>
    <h1>{escape(a['title'])}</h1>
    <p class="lead"><b>{escape(a['summary'])}</b></p>
        {body_html(a['body'])}
    <p class="author">{escape(a.get('author', ''))}</p>
    <div class="tags">Теги: {escape(', '.join(a.get('tags', [])))}</div>
    <div class="social">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
    <div class="banner">Реклама. ООО «Островной дом». Новостройки в Южно-Сахалинске — ипотека от 2%</div>
    <section class="more">
      <h4>Ещё по теме</h4>
      <ul>
{related}
      </ul>
    </section>{comments_block}
  </article>
</div>
<footer>
  <p>Сетевое издание «Якорь» (16+). Эл № ТУ65-00488. Адрес редакции: Южно-Сахалинск, ул. Ленина, 118.</p>
  <p>Использование материалов разрешено при наличии активной ссылки. Сайт использует cookies и «Яндекс.Метрику».</p>
</footer>
</body>
</html>
"""


def yasny(a: dict) -> str:
    dt = a["dt"].astimezone(SAKH)
    stamp = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"
    related = "\n".join(f"<li>{escape(t)}</li>" for t in a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Ясный берег — {escape(a['title'])}</title>
</head>
<body>
<table class="layout" width="100%"><tr><td class="logo">
<h2><a href="https://yasny-bereg.ru/">Ясный берег</a></h2><small>Новости Южно-Курильского округа · Кунашир · Шикотан · Малая Курильская гряда</small>
</td></tr>
<tr><td class="menu"><a href="https://yasny-bereg.ru/">Главная</a> | <a href="https://yasny-bereg.ru/novosti">Новости</a> | <a href="https://yasny-bereg.ru/vlast">Власть</a> | <a href="https://yasny-bereg.ru/lyudi">Люди</a> | <a href="https://yasny-bereg.ru/raspisanie">Расписание парома и самолётов</a> | <a href="https://yasny-bereg.ru/obyavleniya">Объявления</a></td></tr>
<tr><td class="main">
<p class="when">{stamp}</p>
<h1>{escape(a['title'])}</h1>
{body_html(a['body'])}
<p class="sign">{escape(a.get('author', ''))}</p>
<hr>
<p><b>Другие новости:</b></p>
<ul>{related}</ul>
</td></tr>
<tr><td class="foot">© «Ясный берег», {dt.year}. Пгт Южно-Курильск. Пишите нам: redakciya@yasny-bereg.ru · Мы используем cookie.</td></tr>
</table>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese


def toyohochi(a: dict) -> str:
    dt = a["dt"].astimezone(JST)
    url = f"https://www.toyohochi.jp/articles/ASN{dt:%y%m%d}{_h(a['title']) % 10**5:05d}.html"
    url = url.replace("/articles/", "/article/")
    stamp = f"{dt.year}年{dt.month}月{dt.day}日 {dt:%H時%M分}"
    related = "\n".join(f'        <li><a href="https://www.toyohochi.jp/article/{_h(t) % 10**7}">{escape(t)}</a></li>'
                        for t in a.get("related", []))
    ps = paras(a["body"])
    free, paid = ps[:max(2, len(ps) - 1)], ps[max(2, len(ps) - 1):]
    free_html = body_html("\n\n".join(free), h_tag="h3")
    paid_html = body_html("\n\n".join(paid), h_tag="h3") if paid else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])}：東洋報知新聞デジタル</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['dt'].isoformat()}">
<link rel="canonical" href="{url}">
{ld_json(a, "東洋報知新聞", url, "ja")}
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性向上や広告配信のためにクッキー（Cookie）を使用しています。詳しくは<a href="https://www.toyohochi.jp/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="gh">
  <a class="gh-logo" href="https://www.toyohochi.jp/">東洋報知新聞デジタル</a>
  <nav class="gh-nav">
    <a href="https://www.toyohochi.jp/politics">政治</a>
    <a href="https://www.toyohochi.jp/international">国際</a>
    <a href="https://www.toyohochi.jp/economy">経済</a>
    <a href="https://www.toyohochi.jp/society">社会</a>
    <a href="https://www.toyohochi.jp/hokkaido">北海道</a>
    <a href="https://www.toyohochi.jp/opinion">オピニオン</a>
    <a href="https://www.toyohochi.jp/sports">スポーツ</a>
  </nav>
  <a class="gh-login" href="https://www.toyohochi.jp/login">ログイン</a> <a class="gh-join" href="https://www.toyohochi.jp/join">会員登録</a>
</header>
<main>
  <div class="breadcrumb"><a href="https://www.toyohochi.jp/">トップ</a> &gt; <a href="https://www.toyohochi.jp/{a.get('rubric_slug', 'politics')}">{escape(a.get('section', '政治'))}</a> &gt; 記事</div>
  <article class="art">
    <h1>{escape(a['title'])}</h1>
    <div class="art-meta">{escape(a.get('author', ''))} <time datetime="{a['dt'].isoformat()}">{stamp}</time></div>
    <div class="art-share"><a href="#">X（旧ツイッター）</a> <a href="#">Facebook</a> <a href="#">はてなブックマーク</a> <a href="#">LINE</a></div>
    <div class="art-body">
        {free_html}
        <div class="paywall-note">この記事は有料記事です。残り{max(200, len(''.join(paid)))}文字。有料会員になると続きをお読みいただけます。</div>
        <div class="paid">
        {paid_html}
        </div>
    </div>
    <div class="art-tags">{''.join(f'<a href="#">{escape(t)}</a> ' for t in a.get('tags', []))}</div>
  </article>
  <aside class="rel">
    <h2>関連ニュース</h2>
    <ul>
{related}
    </ul>
  </aside>
  <aside class="rank"><h2>アクセスランキング</h2><ol><li>新NISAの落とし穴</li><li>今週末の天気</li><li>プロ野球速報</li></ol></aside>
</main>
<footer class="gf">
  <p><a href="https://www.toyohochi.jp/about">会社案内</a> ｜ <a href="https://www.toyohochi.jp/copyright">著作権</a> ｜ <a href="https://www.toyohochi.jp/privacy">個人情報</a> ｜ <a href="https://www.toyohochi.jp/contact">お問い合わせ</a></p>
  <p>Copyright © Toyo Hochi Shimbun Co., Ltd. 記事・写真の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


def yunagi(a: dict) -> str:
    dt = a["dt"].astimezone(JST)
    stamp = f"{dt.year}年{dt.month}月{dt.day}日 {dt:%H:%M}"
    related = "\n".join(f"  <li><a href=\"https://yunagi-news.jp/local/{_h(t) % 10**6}\">{escape(t)}</a></li>"
                        for t in a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - 夕凪ニュース</title>
</head>
<body>
<div id="cookie">このサイトはクッキーを利用しています。<a href="https://yunagi-news.jp/policy">詳細</a> <span class="x">閉じる</span></div>
<div class="head">
  <a href="https://yunagi-news.jp/"><img src="https://yunagi-news.jp/img/title.gif" alt="夕凪ニュース 根室・釧路"></a>
  <ul class="gnav"><li><a href="https://yunagi-news.jp/">ホーム</a></li><li><a href="https://yunagi-news.jp/local">地域</a></li><li><a href="https://yunagi-news.jp/hoppo">北方領土</a></li><li><a href="https://yunagi-news.jp/gyogyo">漁業</a></li><li><a href="https://yunagi-news.jp/kurashi">くらし</a></li><li><a href="https://yunagi-news.jp/okuyami">おくやみ</a></li></ul>
</div>
<div class="main">
<p class="hiduke">{stamp}</p>
<h1>{escape(a['title'])}</h1>
{body_html(a['body'], h_tag='h3')}
<p class="kisha">{escape(a.get('author', ''))}</p>
<div class="sns">この記事をシェア　<a href="#">LINE</a>　<a href="#">X</a>　<a href="#">Facebook</a></div>
<h2 class="kanren">この地域の記事</h2>
<ul class="kanren-list">
{related}
</ul>
</div>
<div class="foot">夕凪ニュース（根室市・釧路市） 購読のお申し込み 0153-2X-XXXX ｜ 掲載の記事・写真の無断転載を禁じます。</div>
</body>
</html>
"""


TEMPLATES = {
    "pinnace-en": pinnace, "bellbuoy-wire": bellbuoy, "akan-courier": akan,
    "sekstant-ru": sekstant, "yakor-sakh": yakor, "yasny-bereg": yasny,
    "toyohochi-ja": toyohochi, "yunagi-ja": yunagi,
}


def render(a: dict) -> str:
    return TEMPLATES[a["feed"]](a)


def parse_dt(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))
