"""Page templates ("site chrome") of the eight invented outlets of blind30.

Every outlet has its own markup: navigation, cookie banner, share buttons, related
stories, footer.  Some pages carry Open Graph / article meta tags and JSON-LD, some
only a <title> (article["meta"] = False), as on the real web.
"""
from __future__ import annotations

import html
import json
import zlib
from datetime import datetime, timedelta, timezone

ESC = html.escape


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("<"):          # a ready-made block (h2, blockquote, aside)
            out.append(p)
        else:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def head(a: dict, site: str, url: str, lang: str, extra_css: str = "") -> str:
    t = a["published_dt"]
    meta = ""
    if a.get("meta", True):
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "datePublished": t.isoformat(),
            "dateModified": t.isoformat(), "inLanguage": lang,
            "author": {"@type": "Person" if a.get("byline") else "Organization",
                       "name": a.get("byline") or site},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url, "description": a["summary"],
        }
        meta = (
            f'<meta name="description" content="{ESC(a["summary"])}">\n'
            f'<link rel="canonical" href="{url}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{ESC(site)}">\n'
            f'<meta property="og:title" content="{ESC(a["title"])}">\n'
            f'<meta property="og:description" content="{ESC(a["summary"])}">\n'
            f'<meta property="og:url" content="{url}">\n'
            f'<meta property="article:published_time" content="{t.isoformat()}">\n'
            f'<meta property="article:section" content="{ESC(a.get("section", ""))}">\n'
            f'<meta name="twitter:card" content="summary_large_image">\n')
        if a.get("jsonld", True):
            meta += ('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>\n")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{ESC(a['title'])} | {ESC(site)}</title>\n{meta}"
            f"<style>body{{font-family:Georgia,serif;margin:0;color:#1a1a1a}}"
            f".wrap{{max-width:980px;margin:0 auto;padding:0 16px}}{extra_css}</style>\n"
            f"</head>\n")


def related(items: list[str], base: str, heading: str) -> str:
    lis = "".join(f'<li><a href="{base}/{i + 1:04d}-{zlib.crc32(x.encode()) % 99991}">{ESC(x)}</a></li>'
                  for i, x in enumerate(items))
    return f'<aside class="related"><h3>{heading}</h3><ul>{lis}</ul></aside>'


# --------------------------------------------------------------------------- EN wire

def cormorant(a: dict) -> str:
    site = "Cormorant News Agency"
    t = a["published_dt"]
    url = f"https://www.cormorantwire.net/world/{t:%Y/%m/%d}/{a['slug']}"
    nav = "".join(f'<li><a href="https://www.cormorantwire.net/{s.lower().replace(" ", "-")}">{s}</a></li>'
                  for s in ["World", "Asia-Pacific", "Europe", "Americas", "Business",
                            "Markets", "Energy", "Sports", "Pictures", "Fact Check"])
    return head(a, site, url, "en", ".topbar{background:#0b2a4a;color:#fff}") + f"""<body>
<div id="onetrust-banner" class="cookie" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to deliver our services, analyse traffic and
  show you personalised content. By clicking "Accept all" you consent to this. See our
  <a href="https://www.cormorantwire.net/privacy">Cookie Policy</a>.</p>
  <button id="accept-all">Accept all</button> <button id="reject-all">Reject all</button>
  <button id="prefs">Manage preferences</button>
</div>
<header class="topbar"><div class="wrap">
  <a class="logo" href="https://www.cormorantwire.net/">CORMORANT</a>
  <span class="tag">News Agency &middot; World</span>
  <nav aria-label="Main"><ul>{nav}</ul></nav>
  <form class="search" action="https://www.cormorantwire.net/search"><input name="q" placeholder="Search Cormorant"></form>
  <a href="https://www.cormorantwire.net/account/sign-in">Sign in</a>
</div></header>
<main class="wrap">
<nav class="crumbs"><a href="https://www.cormorantwire.net/world">World</a> &rsaquo; <a href="https://www.cormorantwire.net/asia-pacific">{ESC(a.get('section', 'Asia-Pacific'))}</a></nav>
<article>
  <h1>{ESC(a['title'])}</h1>
  <div class="byline">By {ESC(a.get('byline') or 'Cormorant staff')}</div>
  <time datetime="{t.isoformat()}">{t:%B} {t.day}, {t:%Y} {t:%I:%M %p} GMT</time>
  <span class="updated">Updated {a.get('updated_note', 'a few minutes ago')}</span>
  <div class="share"><a href="https://twitter.com/intent/tweet?url={url}">Share on X</a>
   <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>
   <a href="https://www.linkedin.com/shareArticle?url={url}">LinkedIn</a>
   <a href="mailto:?subject={ESC(a['title'])}">Email</a></div>
  <div class="article-body">
{paras(a['body'])}
  </div>
  <p class="trust">Our Standards: <a href="https://www.cormorantwire.net/trust-principles">The Cormorant Trust Principles.</a></p>
  <div class="licensing"><a href="https://www.cormorantwire.net/licensing">Purchase Licensing Rights</a></div>
</article>
{related(a.get('related', []), 'https://www.cormorantwire.net/world/asia-pacific', 'More from Asia-Pacific')}
<section class="promo"><h3>Cormorant Daily Briefing</h3><p>The day's top stories in five minutes. <a href="https://www.cormorantwire.net/newsletters">Sign up</a></p></section>
</main>
<footer class="wrap">
  <ul><li><a href="https://www.cormorantwire.net/about">About Cormorant</a></li><li><a href="https://www.cormorantwire.net/careers">Careers</a></li>
  <li><a href="https://www.cormorantwire.net/contact">Contact us</a></li><li><a href="https://www.cormorantwire.net/terms">Terms of use</a></li>
  <li><a href="https://www.cormorantwire.net/privacy">Privacy</a></li><li><a href="https://www.cormorantwire.net/accessibility">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {t:%Y} Cormorant News Agency. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- EN review

def fedr(a: dict) -> str:
    site = "The Far East Daily Review"
    t = a["published_dt"]
    url = f"https://fareastdailyreview.com/{a.get('section', 'asia').lower()}/{a['slug']}"
    comments = ""
    if a.get("comments"):
        cs = "".join(f'<li><b>{ESC(n)}</b> <span>{ESC(w)}</span><p>{ESC(c)}</p></li>'
                     for n, w, c in a["comments"])
        comments = f'<section class="comments"><h3>{len(a["comments"])} comments</h3><ol>{cs}</ol><p><a href="https://fareastdailyreview.com/login">Log in to comment</a></p></section>'
    return head(a, site, url, "en", ".masthead{border-bottom:3px double #333}") + f"""<body>
<div class="gdpr-bar">This site uses cookies to improve your experience and for advertising.
 <a href="https://fareastdailyreview.com/cookies">Learn more</a> <button>OK</button> <button>Settings</button></div>
<header class="masthead wrap">
  <div class="date">{t:%A}, {t.day} {t:%B %Y}</div>
  <a class="brand" href="https://fareastdailyreview.com/">The Far East Daily Review</a>
  <nav><a href="https://fareastdailyreview.com/japan">Japan</a> | <a href="https://fareastdailyreview.com/korea">Korea</a> |
  <a href="https://fareastdailyreview.com/china">China</a> | <a href="https://fareastdailyreview.com/russia">Russia &amp; Eurasia</a> |
  <a href="https://fareastdailyreview.com/security">Security</a> | <a href="https://fareastdailyreview.com/opinion">Opinion</a> |
  <a href="https://fareastdailyreview.com/podcasts">Podcasts</a></nav>
  <a class="subscribe" href="https://fareastdailyreview.com/subscribe">Subscribe &mdash; first month free</a>
</header>
<main class="wrap">
<article>
  <p class="kicker">{ESC(a.get('kicker', a.get('section', 'Asia')))}</p>
  <h1>{ESC(a['title'])}</h1>
  <p class="standfirst">{ESC(a.get('deck', a['summary']))}</p>
  <p class="meta">{ESC(a.get('byline') or 'Staff reporter')} &middot; <time datetime="{t.isoformat()}">{t.day} {t:%B %Y}, {t:%H:%M} UTC</time> &middot; {a.get('readtime', 4)} min read</p>
  <div class="share-tools"><button>Gift this article</button> <a href="https://twitter.com/intent/tweet?url={url}">X</a> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">f</a> <button>Save</button></div>
  <div class="body">
{paras(a['body'])}
  </div>
  <div class="newsletter-inline"><strong>North Asia Brief</strong> &mdash; our weekly newsletter on Japan, the Koreas, China and Russia's Pacific. <a href="https://fareastdailyreview.com/newsletters">Sign up</a></div>
</article>
{related(a.get('related', []), 'https://fareastdailyreview.com/read', 'Read next')}
{comments}
</main>
<footer class="wrap"><p><a href="https://fareastdailyreview.com/about">About us</a> &middot; <a href="https://fareastdailyreview.com/advertise">Advertise</a> &middot;
 <a href="https://fareastdailyreview.com/corrections">Corrections</a> &middot; <a href="https://fareastdailyreview.com/terms">Terms</a> &middot; <a href="https://fareastdailyreview.com/privacy">Privacy</a> &middot;
 <a href="https://fareastdailyreview.com/feed/atom">Atom feed</a></p>
<p>&copy; {t:%Y} Far East Daily Review Ltd. Registered in England and Wales.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- EN Hokkaido

def tokachi(a: dict) -> str:
    site = "The Tokachi Tribune"
    t = local(a["published_dt"], 9)
    url = f"https://tokachitribune.jp/news/{t:%Y%m%d}/{a['slug']}"
    most = "".join(f"<li>{ESC(x)}</li>" for x in a.get("most_read", [
        "Obihiro ice festival draws record crowds despite warm spell",
        "JR Hokkaido to cut more rural stations next spring",
        "Dairy farmers in Betsukai face higher feed costs",
        "Bear sightings up sharply in Kushiro suburbs"]))
    return head(a, site, url, "en", ".hdr{background:#3b5d2e;color:#fff}") + f"""<body>
<div class="cookie-notice">The Tokachi Tribune uses cookies for analytics and ads. Continuing to browse means you accept this. <a href="https://tokachitribune.jp/privacy">Privacy policy</a> <button>Close</button></div>
<header class="hdr"><div class="wrap">
  <a href="https://tokachitribune.jp/" class="logo">The Tokachi Tribune</a> <span>Hokkaido news in English</span>
  <div class="weather">Obihiro {a.get('weather', '3&deg;C, cloudy')}</div>
  <nav><a href="https://tokachitribune.jp/news">News</a> <a href="https://tokachitribune.jp/nemuro-kushiro">Nemuro &amp; Kushiro</a>
  <a href="https://tokachitribune.jp/northern-territories">Northern Territories</a> <a href="https://tokachitribune.jp/business">Farm &amp; Business</a>
  <a href="https://tokachitribune.jp/travel">Travel</a> <a href="https://tokachitribune.jp/community">Community</a> <a href="https://tokachitribune.jp/events">Events</a></nav>
</div></header>
<main class="wrap">
<div class="col-main">
<article>
  <h1>{ESC(a['title'])}</h1>
  <div class="dateline">{ESC(a.get('byline') or 'Tribune staff')} | Posted <time datetime="{t.isoformat()}">{t:%b} {t.day}, {t:%Y} at {t:%H:%M} JST</time></div>
  {paras(a['body'])}
  <p class="tags">Tags: {' '.join(f'<a href="https://tokachitribune.jp/tag/{x}">#{x}</a>' for x in a.get('tags', ['hokkaido']))}</p>
  <div class="share">Share: <a href="https://twitter.com/intent/tweet?url={url}">X</a> <a href="https://social-plugins.line.me/lineit/share?url={url}">LINE</a> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></div>
</article>
{related(a.get('related', []), 'https://tokachitribune.jp/news', 'Related stories')}
</div>
<aside class="col-side"><h3>Most read this week</h3><ol>{most}</ol>
<div class="ad">ADVERTISEMENT &mdash; Tokachi Wine Festival, tickets on sale</div></aside>
</main>
<footer class="wrap"><p>The Tokachi Tribune, an English-language news site for eastern Hokkaido. <a href="https://tokachitribune.jp/about">About</a> | <a href="https://tokachitribune.jp/contact">Contact</a> | <a href="https://tokachitribune.jp/rss">RSS</a></p>
<p>&copy; {t:%Y} Tokachi Tribune Co. Obihiro, Hokkaido. Reproduction without permission prohibited.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- EN business

def capstan(a: dict) -> str:
    site = "The Capstan Journal"
    t = a["published_dt"]
    url = f"https://www.capstanjournal.com/{a.get('section', 'asia').lower().replace(' ', '-')}/{a['slug']}"
    ticker = a.get("ticker", "NIKKEI 225 &#9650;0.4% &nbsp; USD/JPY 151.2 &nbsp; BRENT $82.10 &nbsp; JKM LNG $11.9")
    return head(a, site, url, "en", ".ticker{font-family:monospace;background:#111;color:#9f9}") + f"""<body>
<div class="consent-modal" role="dialog"><h2>Your privacy choices</h2>
 <p>We and our 142 partners store and access information on your device to provide and measure
 personalised ads and content. You can change your choices at any time.</p>
 <button>Accept</button> <button>Reject non-essential</button> <a href="https://www.capstanjournal.com/cookie-settings">Cookie settings</a></div>
<div class="ticker">{ticker}</div>
<header class="wrap"><a class="brand" href="https://www.capstanjournal.com/">THE CAPSTAN JOURNAL</a> <span>Markets &amp; Asia</span>
<nav><a href="https://www.capstanjournal.com/markets">Markets</a> &middot; <a href="https://www.capstanjournal.com/energy">Energy</a> &middot;
<a href="https://www.capstanjournal.com/asia">Asia</a> &middot; <a href="https://www.capstanjournal.com/geopolitics">Geopolitics</a> &middot;
<a href="https://www.capstanjournal.com/companies">Companies</a> &middot; <a href="https://www.capstanjournal.com/opinion">Opinion</a> &middot; <a href="https://www.capstanjournal.com/data">Data</a></nav>
<a href="https://www.capstanjournal.com/subscribe" class="cta">Subscribe</a> <a href="https://www.capstanjournal.com/login">Log in</a></header>
<main class="wrap">
<article>
  <div class="rubric">{ESC(a.get('section', 'Asia'))}</div>
  <h1>{ESC(a['title'])}</h1>
  <h2 class="deck">{ESC(a.get('deck', a['summary']))}</h2>
  <div class="author">{ESC(a.get('byline') or 'Capstan Journal reporters')}</div>
  <time datetime="{t.isoformat()}">{t.day} {t:%B %Y}</time>
  <div class="tools"><button>Save</button> <button>Print</button> <a href="https://www.linkedin.com/shareArticle?url={url}">Share</a></div>
  <div class="content">
{paras(a['body'])}
  </div>
  <p class="copyright-note">Copyright The Capstan Journal Ltd. All rights reserved. Please don't copy articles and paste them into emails or post them online.</p>
</article>
{related(a.get('related', []), 'https://www.capstanjournal.com/content', 'Recommended')}
</main>
<footer class="wrap"><p><a href="https://www.capstanjournal.com/help">Help</a> &middot; <a href="https://www.capstanjournal.com/about">About us</a> &middot;
<a href="https://www.capstanjournal.com/terms">Terms &amp; conditions</a> &middot; <a href="https://www.capstanjournal.com/privacy">Privacy</a> &middot; <a href="https://www.capstanjournal.com/cookies">Cookies</a></p>
<p>Markets data delayed by at least 15 minutes. &copy; THE CAPSTAN JOURNAL LTD. {t:%Y}.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- RU agency

def rumb(a: dict) -> str:
    site = "ИА «Румб»"
    t = local(a["published_dt"], 3)
    url = f"https://rumb-news.ru/{a.get('section_slug', 'politika')}/{a['slug']}"
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    return head(a, site, url, "ru", ".top{background:#7a0f14;color:#fff}") + f"""<body>
<div class="cookies">Мы используем файлы cookie и сервисы веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="https://rumb-news.ru/cookies">политикой обработки данных</a>. <button>Принять</button></div>
<header class="top"><div class="wrap">
  <a class="logo" href="https://rumb-news.ru/">РУМБ</a> <span>информационное агентство</span>
  <nav><a href="https://rumb-news.ru/politika">Политика</a> <a href="https://rumb-news.ru/v-mire">В мире</a> <a href="https://rumb-news.ru/ekonomika">Экономика</a>
  <a href="https://rumb-news.ru/obshestvo">Общество</a> <a href="https://rumb-news.ru/proisshestviya">Происшествия</a> <a href="https://rumb-news.ru/armiya">Армия и ОПК</a>
  <a href="https://rumb-news.ru/regiony">Регионы</a> <a href="https://rumb-news.ru/sport">Спорт</a></nav>
  <a href="https://t.me/rumb_news">Telegram</a> <span class="age">18+</span>
</div></header>
<main class="wrap">
<article>
  <div class="rubric">{ESC(a.get('section', 'Политика'))}</div>
  <time datetime="{t.isoformat()}">{t.day} {months[t.month - 1]} {t:%Y}, {t:%H:%M}</time>
  <h1>{ESC(a['title'])}</h1>
  <div class="lead"><strong>{ESC(a.get('deck', a['summary']))}</strong></div>
  <div class="text">
{paras(a['body'])}
  </div>
  <div class="share">Поделиться: <a href="https://vk.com/share.php?url={url}">ВКонтакте</a> <a href="https://connect.ok.ru/offer?url={url}">Одноклассники</a> <a href="https://t.me/share/url?url={url}">Telegram</a></div>
  <p class="tags">Теги: {', '.join(ESC(x) for x in a.get('tags', ['Япония']))}</p>
</article>
{related(a.get('related', []), 'https://rumb-news.ru/news', 'Читайте также')}
<section class="feed"><h3>Лента новостей</h3><ul><li>Курс доллара на торгах снизился</li><li>В Приморье ожидаются сильные дожди</li><li>Сборная России по хоккею назвала состав</li></ul></section>
</main>
<footer class="wrap"><p>Сетевое издание «Информационное агентство «Румб». Свидетельство о регистрации СМИ Эл № ФС77-81944 выдано Роскомнадзором. Главный редактор — Е. В. Лаврентьева.</p>
<p>При использовании материалов гиперссылка на rumb-news.ru обязательна. &copy; 2019–{t:%Y} ИА «Румб». <a href="https://rumb-news.ru/rss">RSS</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- RU regional

def krilon(a: dict) -> str:
    site = "Крильон.Ру"
    t = local(a["published_dt"], 11)
    url = f"https://krilon.ru/news/{t:%Y/%m/%d}/{a['slug']}"
    comments = ""
    if a.get("comments"):
        cs = "".join(f'<div class="comment"><b>{ESC(n)}</b> <i>{ESC(w)}</i><p>{ESC(c)}</p></div>'
                     for n, w, c in a["comments"])
        comments = f'<section class="comments"><h3>Комментарии ({len(a["comments"])})</h3>{cs}<p>Чтобы оставить комментарий, <a href="https://krilon.ru/login">войдите</a>.</p></section>'
    return head(a, site, url, "ru", ".bar{background:#0d5c73;color:#fff}") + f"""<body>
<div class="bar"><div class="wrap">
  <span>Южно-Сахалинск {a.get('weather', '−4 °C')}</span> <span>USD {a.get('usd', '91,40')}</span> <span>EUR {a.get('eur', '99,15')}</span>
  <a href="https://krilon.ru/">Крильон.Ру</a> — новости Сахалина и Курил
</div></div>
<header class="wrap"><nav><a href="https://krilon.ru/news">Новости</a> <a href="https://krilon.ru/kurily">Курилы</a> <a href="https://krilon.ru/ekonomika">Экономика</a>
<a href="https://krilon.ru/obshestvo">Общество</a> <a href="https://krilon.ru/incidents">Происшествия</a> <a href="https://krilon.ru/dalniy-vostok">Дальний Восток</a>
<a href="https://krilon.ru/afisha">Афиша</a> <a href="https://krilon.ru/contacts">Прислать новость</a></nav></header>
<main class="wrap">
<article>
  <h1>{ESC(a['title'])}</h1>
  <div class="info"><time datetime="{t.isoformat()}">{t:%d.%m.%Y %H:%M}</time> · {ESC(a.get('section', 'Курилы'))} · {ESC(a.get('byline') or 'Редакция')}</div>
  {paras(a['body'])}
  <p class="photo-credit">{ESC(a.get('photo', 'Фото: пресс-служба'))}</p>
  <div class="share"><a href="https://vk.com/share.php?url={url}">VK</a> <a href="https://t.me/share/url?url={url}">TG</a> <a href="https://connect.ok.ru/offer?url={url}">ОК</a></div>
  <p class="typo">Нашли опечатку? Выделите текст и нажмите Ctrl+Enter.</p>
</article>
{related(a.get('related', []), 'https://krilon.ru/news', 'Читайте также')}
{comments}
</main>
<div class="cookie">Сайт использует cookie. <a href="https://krilon.ru/privacy">Подробнее</a> <button>Хорошо</button></div>
<footer class="wrap"><p>Крильон.Ру — сетевое издание. Учредитель ООО «Мыс Крильон Медиа», г. Южно-Сахалинск. Регистрационный номер Эл № ФС77-79310. 16+</p>
<p>© {t:%Y} Крильон.Ру. Все права защищены. <a href="https://krilon.ru/ads">Реклама на сайте</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- JA wire

def mizuho(a: dict) -> str:
    site = "瑞穂通信ニュース"
    t = local(a["published_dt"], 9)
    url = f"https://www.mizuho-tsushin.jp/{a.get('section_slug', 'politics')}/{t:%Y%m%d}-{a['slug']}"
    youbi = "月火水木金土日"[t.weekday()]
    return head(a, site, url, "ja", ".gnav{background:#123c69;color:#fff}") + f"""<body>
<div id="cookie-consent">当サイトでは、利便性の向上や広告配信のためにクッキー（Cookie）を使用しています。<a href="https://www.mizuho-tsushin.jp/privacy/">プライバシーポリシー</a> <button>同意する</button> <button>設定</button></div>
<header class="wrap"><a href="https://www.mizuho-tsushin.jp/" class="logo">瑞穂通信ニュース</a>
<form action="https://www.mizuho-tsushin.jp/search/"><input name="q" placeholder="ニュースを検索"></form>
<a href="https://www.mizuho-tsushin.jp/member/">会員登録</a> <a href="https://www.mizuho-tsushin.jp/login/">ログイン</a></header>
<nav class="gnav"><div class="wrap"><a href="https://www.mizuho-tsushin.jp/">トップ</a> <a href="https://www.mizuho-tsushin.jp/politics/">政治</a> <a href="https://www.mizuho-tsushin.jp/economy/">経済</a>
<a href="https://www.mizuho-tsushin.jp/society/">社会</a> <a href="https://www.mizuho-tsushin.jp/world/">国際</a> <a href="https://www.mizuho-tsushin.jp/region/">地域</a>
<a href="https://www.mizuho-tsushin.jp/sports/">スポーツ</a> <a href="https://www.mizuho-tsushin.jp/culture/">文化・芸能</a> <a href="https://www.mizuho-tsushin.jp/video/">動画</a></div></nav>
<main class="wrap">
<div class="breadcrumb"><a href="https://www.mizuho-tsushin.jp/">ホーム</a> &gt; <a href="https://www.mizuho-tsushin.jp/{a.get('section_slug', 'politics')}/">{ESC(a.get('section', '政治'))}</a> &gt; 記事</div>
<article>
  <h1>{ESC(a['title'])}</h1>
  <p class="date"><time datetime="{t.isoformat()}">{t.year}年{t.month}月{t.day}日（{youbi}） {t:%H:%M}</time> <span class="cat">{ESC(a.get('section', '政治'))}</span></p>
  <div class="sns"><a href="https://twitter.com/intent/tweet?url={url}">ポスト</a> <a href="https://social-plugins.line.me/lineit/share?url={url}">LINEで送る</a> <a href="https://b.hatena.ne.jp/entry/{url}">はてなブックマーク</a> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">シェア</a></div>
  <div class="article-body">
{paras(a['body'])}
  </div>
  <p class="credit">（瑞穂通信）</p>
</article>
{related(a.get('related', []), 'https://www.mizuho-tsushin.jp/news', '関連ニュース')}
<section class="ranking"><h3>アクセスランキング</h3><ol><li>円相場、一時1ドル＝150円台に</li><li>東北道で多重事故、3人けが</li><li>大谷、今季第12号</li><li>インフルエンザ患者数、前週の1.5倍</li></ol></section>
</main>
<footer class="wrap"><p><a href="https://www.mizuho-tsushin.jp/about/">会社概要</a> | <a href="https://www.mizuho-tsushin.jp/policy/">著作権・リンクについて</a> | <a href="https://www.mizuho-tsushin.jp/privacy/">個人情報の取り扱い</a> | <a href="https://www.mizuho-tsushin.jp/contact/">お問い合わせ</a></p>
<p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は瑞穂通信社またはその情報提供者に帰属します。&copy; Mizuho Tsushin Co., Ltd.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- JA local

def betsukai(a: dict) -> str:
    site = "別海ポスト 電子版"
    t = local(a["published_dt"], 9)
    url = f"https://www.betsukai-post.jp/news/{t:%Y%m%d}{a['slug'][:6]}"
    return head(a, site, url, "ja", ".title{font-family:serif}") + f"""<body>
<header class="wrap"><a class="title" href="https://www.betsukai-post.jp/">別海ポスト</a><span>電子版</span>
<p class="tagline">根室・別海・中標津の暮らしを伝える地域紙</p>
<nav><a href="https://www.betsukai-post.jp/cat/local/">根室・別海</a> <a href="https://www.betsukai-post.jp/cat/rakuno/">酪農</a> <a href="https://www.betsukai-post.jp/cat/gyogyo/">漁業</a>
<a href="https://www.betsukai-post.jp/cat/hoppo/">北方領土</a> <a href="https://www.betsukai-post.jp/cat/kurashi/">くらし</a> <a href="https://www.betsukai-post.jp/cat/sports/">スポーツ</a>
<a href="https://www.betsukai-post.jp/cat/okuyami/">おくやみ</a> <a href="https://www.betsukai-post.jp/subscribe/">購読申し込み</a></nav></header>
<main class="wrap">
<article>
  <p class="cat">{ESC(a.get('section', '北方領土'))}</p>
  <h1>{ESC(a['title'])}</h1>
  <p class="date">{t.year}年{t.month}月{t.day}日 {t:%H:%M} 更新</p>
  <div class="honbun">
{paras(a['body'])}
  </div>
  <div class="share"><a href="https://twitter.com/intent/tweet?url={url}">Xでシェア</a> <a href="https://social-plugins.line.me/lineit/share?url={url}">LINE</a></div>
</article>
{related(a.get('related', []), 'https://www.betsukai-post.jp/news', 'この記事を読んだ人はこんな記事も読んでいます')}
<div class="banner">【広告】別海町ふるさと納税 牛乳・チーズの返礼品はこちら</div>
</main>
<div class="cookie">このサイトはクッキーを利用しています。<button>閉じる</button></div>
<footer class="wrap"><p>株式会社別海ポスト　〒086-0200 北海道野付郡別海町（本社）　電話 0153-7X-XXXX</p>
<p>記事・写真の無断転載を禁じます。Copyright &copy; Betsukai Post. All Rights Reserved.</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "cormorant-en": cormorant, "fedr-en": fedr, "tokachi-en": tokachi, "capstan-en": capstan,
    "rumb-ru": rumb, "krilon-ru": krilon, "mizuho-ja": mizuho, "betsukai-ja": betsukai,
}

FEEDS = [
    {"id": "cormorant-en", "title": "Cormorant News Agency - World", "format": "rss", "lang": "en"},
    {"id": "fedr-en", "title": "The Far East Daily Review", "format": "atom", "lang": "en"},
    {"id": "tokachi-en", "title": "The Tokachi Tribune - Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "capstan-en", "title": "The Capstan Journal - Markets & Asia", "format": "atom", "lang": "en"},
    {"id": "rumb-ru", "title": "ИА «Румб» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "krilon-ru", "title": "Крильон.Ру — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "mizuho-ja", "title": "瑞穂通信ニュース", "format": "atom", "lang": "ja"},
    {"id": "betsukai-ja", "title": "別海ポスト 電子版", "format": "rss", "lang": "ja"},
]
