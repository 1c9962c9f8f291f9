"""Page templates, one per invented outlet of the blind22 corpus.

Each outlet has its own chrome: navigation, cookie or consent banner, share
buttons, related links, newsletter boxes, comments, footer.  Some outlets emit
Open Graph / article meta tags, some JSON-LD, some nothing but a <title>.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]

MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))
JST = timezone(timedelta(hours=9))


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def paragraphs(body: list[str], pclass: str = "") -> str:
    """Body mini-markup: '## ' subhead, '> ' blockquote, '[img] ' figure caption."""
    out = []
    cls = f' class="{pclass}"' if pclass else ""
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        elif p.startswith("[img] "):
            out.append('<figure class="inline-photo"><div class="ph" aria-hidden="true"></div>'
                       f"<figcaption>{esc(p[6:])}</figcaption></figure>")
        else:
            out.append(f"<p{cls}>{esc(p)}</p>")
    return "\n".join(out)


def jsonld(a: dict, outlet: dict, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"],
        "dateModified": a.get("modified", a["published"]),
        "inLanguage": a["lang"],
        "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("author", outlet["org"])},
        "publisher": {"@type": "Organization", "name": outlet["org"],
                      "logo": {"@type": "ImageObject", "url": outlet["site"] + "/static/logo.png"}},
    }
    if a.get("tags"):
        data["keywords"] = ", ".join(a["tags"])
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related_list(related: list[tuple[str, str]], fillers: list[tuple[str, str]]) -> str:
    items = [f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in related + fillers]
    return "\n".join(items)


# ---------------------------------------------------------------- Marlowe Newswire (en, rss)

def marlowe(a, outlet, related):
    t = parse(a["published"])
    url = f"{outlet['site']}/articles/{a['id']}.html"
    stamp = f"{EN_MONTHS[t.month-1]} {t.day}, {t.year} {t:%H:%M} GMT"
    fill = [("/world/asia", "More Asia-Pacific coverage"),
            ("/markets", "Markets: Asian shares mixed"),
            ("/world/europe", "Europe at a glance")]
    upd = ""
    if a.get("updated_note"):
        upd = f'<p class="upd">{esc(a["updated_note"])}</p>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Marlowe Newswire</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Marlowe Newswire">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:section" content="{esc(a.get('section', 'World'))}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/mnw.3f1c.css">
<script>window.mnwAds={{slot:"world-top",kv:{{sec:"{esc(a.get('section','World'))}"}}}};</script>
</head>
<body class="article wire">
<a class="skip" href="#story">Skip to content</a>
<header class="mast">
  <div class="brand"><a href="/">MARLOWE<span>NEWSWIRE</span></a></div>
  <nav class="primary"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/energy">Energy</a></li><li><a href="/tech">Technology</a></li>
    <li><a href="/pictures">Pictures</a></li></ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Marlowe"></form>
  <a class="login" href="/account/sign-in">Sign in</a>
</header>
<div class="ad leaderboard" data-slot="world-top">Advertisement</div>
<main id="story">
<article>
  <p class="kicker"><a href="/world/{esc(a.get('section','World').lower().replace(' ', '-'))}">{esc(a.get('section', 'World'))}</a></p>
  <h1>{esc(a['title'])}</h1>
  <div class="byline">By {esc(a.get('author', 'Marlowe staff'))} <time datetime="{a['published']}">{stamp}</time></div>
  {upd}
  <div class="share"><button>Share</button><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a></div>
  <div class="story-body">
{paragraphs(a['body'])}
  </div>
  <p class="credit">{esc(a.get('credit', 'Reporting by Marlowe correspondents; editing by the World desk'))}</p>
  <p class="trust"><a href="/trust-principles">Our standards: The Marlowe Trust Principles.</a></p>
</article>
<aside class="more">
  <h3>Read next</h3>
  <ul>
{related_list(related, fill)}
  </ul>
</aside>
</main>
<footer class="site">
  <ul><li><a href="/about">About Marlowe</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact</a></li></ul>
  <p>&copy; {t.year} Marlowe Newswire. All rights reserved. Quotes delayed at least 15 minutes.</p>
</footer>
<div id="consent" class="cookie-bar" role="dialog">We use cookies to personalise content and ads and to analyse our traffic.
 <button>Accept all</button> <button>Manage settings</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------- The Cinderford Register (en, atom)

def cinderford(a, outlet, related):
    t = parse(a["published"])
    url = f"{outlet['site']}/articles/{a['id']}.html"
    stamp = f"{t:%a} {t.day} {EN_MONTHS[t.month-1]} {t.year} {t:%H.%M} GMT"
    fill = [("/asia/opinion", "Opinion: letters from our readers in Asia"),
            ("/asia/newsletter", "Sign up for the Morning Asia briefing")]
    comments = ""
    if a.get("comments"):
        cs = "\n".join(
            f'<li class="comment"><span class="who">{esc(n)}</span><p>{esc(c)}</p>'
            f'<span class="votes">&#9650; {i * 7 + 3}</span></li>'
            for i, (n, c) in enumerate(a["comments"], 1))
        comments = f"""<section class="comments"><h3>Comments ({len(a['comments'])})</h3>
<p class="rules">Comments are moderated. Please keep the discussion civil.</p>
<ol>{cs}</ol></section>"""
    dek = f'<p class="standfirst">{esc(a["dek"])}</p>' if a.get("dek") else ""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Asia &amp; Pacific | The Cinderford Register</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a.get('dek', a['summary']))}">
<meta property="og:image" content="{outlet['site']}/img/{a['id']}-main.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:author" content="{esc(a.get('author', ''))}">
{jsonld(a, outlet, url)}
<link rel="stylesheet" href="/assets/reg-2024.css">
</head>
<body>
<div class="topbar"><a href="/subscribe">Subscribe from &pound;1 a week</a> <a href="/login">Log in</a></div>
<header>
 <a class="logo" href="/">The Cinderford Register</a>
 <nav><a href="/uk">UK</a> <a href="/world">World</a> <a href="/asia" class="active">Asia &amp; Pacific</a>
 <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/world">World</a> &rsaquo; <a href="/asia">Asia &amp; Pacific</a></nav>
<main>
<article class="story">
<h1 class="headline">{esc(a['title'])}</h1>
{dek}
<div class="meta"><span class="author">{esc(a.get('author', 'Register staff'))}</span> <time datetime="{a['published']}">{stamp}</time></div>
<div class="sharebar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
<div class="body">
{paragraphs(a['body'])}
</div>
<div class="topics">Topics: {' '.join(f'<a href="/topic/{esc(x.lower().replace(" ", "-"))}">{esc(x)}</a>' for x in a.get('tags', []))}</div>
<aside class="support"><p>The Register is funded by readers. If you value independent reporting from Asia, please consider supporting us.</p><a href="/support">Support the Register</a></aside>
</article>
{comments}
<section class="related"><h3>More on this story</h3><ul>
{related_list(related, fill)}
</ul></section>
</main>
<footer><p>The Cinderford Register &middot; Registered in England and Wales &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/complaints">Complaints &amp; corrections</a></p></footer>
<div class="cmp-banner">
 <p>We and our partners use cookies and similar technologies to store and access information on your device. You can change your choices at any time from the Privacy settings link.</p>
 <button class="yes">I accept</button><button class="no">Reject non-essential</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------- Tessellate Review (en, atom) - no meta tags

def tessellate(a, outlet, related):
    t = parse(a["published"])
    stamp = f"{t.day} {EN_MONTHS[t.month-1]} {t.year}"
    fill = [("/regions/central-asia", "Central Asia: the quiet reshuffle"),
            ("/podcast", "The Tessellate podcast: episode archive")]
    dek = f'<p class="dek">{esc(a["dek"])}</p>' if a.get("dek") else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Tessellate Review</title>
<link rel="stylesheet" href="/css/tess.css">
</head>
<body>
<div class="promo">Tessellate Weekly: one long read on Eurasia and the Pacific every Friday. <a href="/weekly">Sign up free</a></div>
<header class="tess-head">
<a href="/" class="wordmark">TESSELLATE<small>Review &middot; Eurasia &amp; Pacific</small></a>
<ul class="menu"><li><a href="/analysis">Analysis</a></li><li><a href="/explainers">Explainers</a></li>
<li><a href="/interviews">Interviews</a></li><li><a href="/data">Data</a></li><li><a href="/about">About</a></li></ul>
</header>
<div class="wrap">
<div class="label">{esc(a.get('section', 'Analysis'))}</div>
<h1>{esc(a['title'])}</h1>
{dek}
<p class="by">{esc(a.get('author', 'Tessellate staff'))} &middot; {stamp} &middot; {a.get('minutes', 6)} min read</p>
<div class="text">
{paragraphs(a['body'])}
</div>
<div class="bio"><p>{esc(a.get('bio', 'Tessellate Review publishes analysis on the politics and security of Eurasia and the Pacific.'))}</p></div>
<div class="share-row">Share: <a href="#">Bluesky</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="further"><h4>Further reading</h4><ul>
{related_list(related, fill)}
</ul></div>
</div>
<footer class="tess-foot">Tessellate Review is an independent publication. &copy; {t.year}. <a href="/privacy">Privacy</a> | <a href="/republish">Republishing policy</a> | <a href="/rss">Feeds</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Kushiro Courier (en, rss)

def kushiro(a, outlet, related):
    t = parse(a["published"]).astimezone(JST)
    url = f"{outlet['site']}/articles/{a['id']}.html"
    stamp = f"{EN_MONTHS[t.month-1][:3]}. {t.day}, {t.year} {t:%I:%M %p} JST".replace(" 0", " ")
    fill = [("/hokkaido/weather", "Eastern Hokkaido weather and sea-ice outlook"),
            ("/living/events", "What's on in Kushiro this weekend")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} - Kushiro Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:site_name" content="Kushiro Courier">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
{jsonld(a, outlet, url)}
<link rel="stylesheet" href="/theme/courier.min.css">
</head>
<body class="single-post">
<div class="gdpr-notice">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookie-policy">Learn more</a> <button>OK</button></div>
<header id="masthead">
 <div class="site-title"><a href="/">Kushiro Courier</a><span class="tagline">Hokkaido news in English</span></div>
 <nav id="site-navigation"><ul class="menu">
  <li><a href="/category/news">News</a></li><li><a href="/category/nemuro-shiretoko">Nemuro &amp; Shiretoko</a></li>
  <li><a href="/category/fisheries">Fisheries</a></li><li><a href="/category/northern-territories">Northern Territories</a></li>
  <li><a href="/category/travel">Travel</a></li><li><a href="/category/community">Community</a></li></ul></nav>
</header>
<div id="content"><main id="main">
<article class="post">
<header class="entry-header"><span class="cat-links"><a href="/category/{esc(a.get('section','news').lower())}">{esc(a.get('section', 'News'))}</a></span>
<h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta">Posted on <time class="published" datetime="{a['published']}">{stamp}</time> by <span class="author">{esc(a.get('author', 'Courier staff'))}</span></div></header>
<div class="entry-content">
{paragraphs(a['body'])}
</div>
<footer class="entry-footer">Tags: {', '.join(f'<a href="/tag/{esc(x.lower().replace(" ", "-"))}">{esc(x)}</a>' for x in a.get('tags', []))}</footer>
</article>
<nav class="post-navigation"><h2>Related posts</h2><ul>
{related_list(related, fill)}
</ul></nav>
<div id="comments"><p class="no-comments">{'Comments are closed.' if not a.get('comments') else ''}</p>
{''.join(f'<div class="comment"><b>{esc(n)}</b> says:<p>{esc(c)}</p></div>' for n, c in a.get('comments', []))}
</div>
</main>
<aside id="secondary"><section class="widget"><h3>Ad</h3><p>Nemuro Marine Tours: whale and seabird cruises from Rausu and Nemuro. Book now for summer.</p></section>
<section class="widget"><h3>Newsletter</h3><form><input placeholder="Your email"><button>Subscribe</button></form></section></aside>
</div>
<footer id="colophon"><p>&copy; {t.year} Kushiro Courier. An independent English-language site for eastern Hokkaido. <a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy-policy">Privacy</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Курильский горизонт (ru, rss)

def kurgor(a, outlet, related):
    t = parse(a["published"]).astimezone(SAKH)
    url = f"{outlet['site']}/articles/{a['id']}.html"
    stamp = f"{t.day} {RU_MONTHS[t.month-1]} {t.year}, {t:%H:%M}"
    fill = [("/news/weather", "Погода на Сахалине и Курилах: циклон принесёт дожди"),
            ("/news/transport", "Расписание паромов и рейсов на Курилы")]
    comments = ""
    if a.get("comments"):
        comments = ('<section class="comments"><h3>Комментарии</h3>'
                    + "".join(f'<div class="cmt"><b>{esc(n)}</b><p>{esc(c)}</p><a href="#">Ответить</a></div>'
                              for n, c in a["comments"])
                    + '<p class="note">Комментарии проходят модерацию. Оскорбления удаляются.</p></section>')
    views = 300 + (sum(map(ord, a["id"])) % 4000)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Курильский горизонт</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{parse(a['published']).astimezone(SAKH).isoformat()}">
<link rel="stylesheet" href="/static/css/main.css?v=88">
<!-- Yandex.Metrika counter --><script>/* counter 9512xxx */</script>
</head>
<body>
<div class="header-top">Южно-Сахалинск <span>+{(t.month * 3) % 17}°</span> | USD 92,4 | EUR 99,1 | <a href="/contacts">Сообщить новость</a></div>
<header class="header">
 <a class="logo" href="/">Курильский горизонт<small>новости Сахалина и Курил</small></a>
 <nav class="menu"><a href="/news">Новости</a><a href="/kurily">Курилы</a><a href="/sakhalin">Сахалин</a>
 <a href="/economy">Экономика</a><a href="/incidents">Происшествия</a><a href="/society">Общество</a><a href="/video">Видео</a></nav>
</header>
<main class="content">
<div class="crumbs"><a href="/">Главная</a> / <a href="/news">Новости</a> / <a href="/{esc(a.get('section_slug','kurily'))}">{esc(a.get('section', 'Курилы'))}</a></div>
<article class="news-full">
<h1>{esc(a['title'])}</h1>
<div class="news-info"><span class="date">{stamp}</span> <span class="views">&#128065; {views}</span> <span class="author">{esc(a.get('author', 'Редакция'))}</span></div>
<div class="lead"><p><strong>{esc(a.get('lead', a['summary']))}</strong></p></div>
<div class="news-text">
{paragraphs(a['body'])}
</div>
<div class="tags">Теги: {', '.join(f'<a href="/tags/{esc(x)}">{esc(x)}</a>' for x in a.get('tags', []))}</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<p class="subscribe-tg">Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости Курил.</p>
</article>
{comments}
<section class="read-also"><h3>Читайте также</h3><ul>
{related_list(related, fill)}
</ul></section>
</main>
<footer class="footer"><p>Сетевое издание «Курильский горизонт». Регистрационный номер ЭЛ № ФС 77-8xxxx. 16+</p>
<p>При использовании материалов ссылка на сайт обязательна. <a href="/about">О редакции</a> · <a href="/ads">Реклама</a> · <a href="/privacy">Политика конфиденциальности</a></p></footer>
<div class="cookie-popup">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой обработки персональных данных</a>. <button>Понятно</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------- Агентство «Созвездие» (ru, atom)

def sozvezdie(a, outlet, related):
    t = parse(a["published"]).astimezone(MSK)
    url = f"{outlet['site']}/articles/{a['id']}.html"
    stamp = f"{t:%H:%M} {t.day:02d}.{t.month:02d}.{t.year}"
    fill = [("/lenta", "Лента новостей: все сообщения за сутки"),
            ("/infographics", "Инфографика агентства")]
    place = a.get("dateline", "МОСКВА")
    body = list(a["body"])
    first = body[0]
    body_html = (f'<p><b>{esc(place)}, {t.day} {RU_MONTHS[t.month-1]}. /«Созвездие»/.</b> {esc(first)}</p>\n'
                 + paragraphs(body[1:]))
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta property="og:title" content="{esc(a["title"])}">\n'
                f'<meta property="og:type" content="article">\n' + jsonld(a, outlet, url))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} - Агентство «Созвездие»</title>
{meta}
<link rel="stylesheet" href="/_s/app.9c2.css">
</head>
<body>
<header class="sz-head">
<div class="sz-logo"><a href="/">СОЗВЕЗДИЕ<em>информационное агентство</em></a></div>
<nav class="sz-rubrics"><a href="/politika">Политика</a> <a href="/mir">В мире</a> <a href="/ekonomika">Экономика</a>
<a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a> <a href="/armiya">Армия и ОПК</a> <a href="/nauka">Наука</a> <a href="/sport">Спорт</a></nav>
<div class="sz-lang"><a href="/en">EN</a> | RU</div>
</header>
<div class="sz-page">
<section class="sz-lenta"><h4>Главное</h4><ul><li>Курс рубля на бирже</li><li>Прогноз погоды на выходные</li><li>Итоги дня</li></ul></section>
<article class="sz-material">
<div class="sz-rubric">{esc(a.get('section', 'Политика'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="sz-date">{stamp}</div>
<div class="sz-text">
{body_html}
</div>
<div class="sz-share"><a href="#">VK</a><a href="#">OK</a><a href="#">TG</a><a href="#">Дзен</a></div>
<div class="sz-more"><h3>По теме</h3><ul>
{related_list(related, fill)}
</ul></div>
</article>
</div>
<footer class="sz-foot"><p>© {t.year} Информационное агентство «Созвездие». Все права защищены. 18+</p>
<p>Свидетельство о регистрации СМИ ИА № ФС77-xxxxx. <a href="/pravila">Правила использования</a> <a href="/cookies">Файлы cookie</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- ねむろ潮風新報 (ja, rss) - no meta tags

def nemuro(a, outlet, related):
    t = parse(a["published"]).astimezone(JST)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t.hour}:{t:%M}"
    fill = [("/local/kurashi", "くらし・地域の話題一覧"),
            ("/local/gyogyo", "水産・漁業の記事一覧"),
            ("/event", "今週のイベント情報")]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}｜ねむろ潮風新報 電子版</title>
<link rel="stylesheet" href="/css/shiokaze.css">
</head>
<body>
<div id="member-bar">会員登録（無料）で記事が月10本まで読めます　<a href="/member/login">ログイン</a>　<a href="/member/entry">新規登録</a></div>
<header id="hd">
<p class="logo"><a href="/">ねむろ潮風新報 <span>電子版</span></a></p>
<ul class="gnav"><li><a href="/">トップ</a></li><li><a href="/local">根室・地域</a></li><li><a href="/hoppou">北方領土</a></li>
<li><a href="/gyogyo">水産</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li><li><a href="/photo">写真</a></li></ul>
</header>
<div id="contents">
<p class="pankuzu"><a href="/">トップ</a> ＞ <a href="/{esc(a.get('section_slug','hoppou'))}">{esc(a.get('section', '北方領土'))}</a> ＞ 記事</p>
<div class="kiji">
<h1>{esc(a['title'])}</h1>
<p class="date">{stamp}</p>
<div class="honbun">
{paragraphs(a['body'])}
</div>
<p class="kisha">{esc(a.get('author', ''))}</p>
</div>
<div class="sns">この記事をシェア：<a href="#">LINE</a> <a href="#">X</a> <a href="#">Facebook</a></div>
<div class="kanren"><h3>関連記事</h3><ul>
{related_list(related, fill)}
</ul></div>
<div class="koukoku">【広告】根室産さんま・花咲がに　産地直送のご注文は潮風ショップへ</div>
</div>
<footer id="ft"><p>ねむろ潮風新報社　北海道根室市</p><p>記事・写真の無断転載を禁じます　<a href="/kiyaku">利用規約</a>　<a href="/privacy">個人情報の取り扱い</a></p>
<p>Copyright © ねむろ潮風新報社 All rights reserved.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- 大和通信ニュース (ja, atom)

def yamato(a, outlet, related):
    t = parse(a["published"]).astimezone(JST)
    url = f"{outlet['site']}/articles/{a['id']}.html"
    stamp = f"{t.year}/{t.month:02d}/{t.day:02d} {t:%H:%M}"
    fill = [("/ranking", "アクセスランキング"), ("/politics", "政治ニュース一覧"),
            ("/world", "国際ニュース一覧")]
    upd = ""
    if a.get("updated_note"):
        upd = f'<p class="koushin">{esc(a["updated_note"])}</p>'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a['title'])} | 大和通信ニュース</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t.isoformat()}">
{jsonld(a, outlet, url)}
<link rel="stylesheet" href="/assets/yn/common.css">
</head>
<body>
<header class="yn-header">
<div class="yn-logo"><a href="/">大和通信ニュース</a></div>
<nav class="yn-nav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/world">国際</a>
<a href="/society">社会</a><a href="/sports">スポーツ</a><a href="/local">地域</a><a href="/english">English</a></nav>
<div class="yn-search"><input type="search" placeholder="ニュースを検索"></div>
</header>
<main class="yn-main">
<article class="yn-article">
<div class="yn-cat">{esc(a.get('section', '政治'))}</div>
<h1>{esc(a['title'])}</h1>
<p class="yn-time"><time datetime="{t.isoformat()}">{stamp}</time></p>
{upd}
<div class="yn-body">
{paragraphs(a['body'])}
</div>
<p class="yn-copy">（大和通信）</p>
<div class="yn-share"><a href="#">X（旧Twitter）</a><a href="#">LINE</a><a href="#">はてなブックマーク</a><a href="#">URLをコピー</a></div>
</article>
<aside class="yn-related"><h2>関連ニュース</h2><ul>
{related_list(related, fill)}
</ul></aside>
<aside class="yn-pr"><p>PR：ふるさと納税で根室の海の幸を</p></aside>
</main>
<footer class="yn-footer"><ul><li><a href="/about">大和通信について</a></li><li><a href="/policy">サイトポリシー</a></li><li><a href="/privacy">プライバシーポリシー</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
<p>掲載の記事・写真・図表などの無断転載を禁止します。© Yamato Tsushin</p></footer>
<div class="yn-cookie">当サイトではサービス向上のためCookieを利用しています。詳しくは<a href="/privacy#cookie">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
</body>
</html>
"""


OUTLETS = {
    "marlowe-world": {"title": "Marlowe Newswire - World", "format": "rss", "lang": "en",
                      "org": "Marlowe Newswire", "site": "https://www.marlowenewswire.example",
                      "render": marlowe, "prefix": "mnw"},
    "cinderford-asia": {"title": "The Cinderford Register - Asia & Pacific", "format": "atom", "lang": "en",
                        "org": "The Cinderford Register", "site": "https://www.cinderfordregister.example",
                        "render": cinderford, "prefix": "cdr"},
    "tessellate": {"title": "Tessellate Review - Eurasia & Pacific", "format": "atom", "lang": "en",
                   "org": "Tessellate Review", "site": "https://tessellatereview.example",
                   "render": tessellate, "prefix": "tsr"},
    "kushiro-courier": {"title": "Kushiro Courier - Hokkaido news in English", "format": "rss", "lang": "en",
                        "org": "Kushiro Courier", "site": "https://kushirocourier.example",
                        "render": kushiro, "prefix": "kcr"},
    "kurgorizont": {"title": "Курильский горизонт — новости Сахалина и Курил", "format": "rss", "lang": "ru",
                    "org": "Курильский горизонт", "site": "https://kurgorizont.example",
                    "render": kurgor, "prefix": "kg"},
    "sozvezdie": {"title": "Агентство «Созвездие» — лента новостей", "format": "atom", "lang": "ru",
                  "org": "Информационное агентство «Созвездие»", "site": "https://sozvezdie-news.example",
                  "render": sozvezdie, "prefix": "sz"},
    "nemuro-shiokaze": {"title": "ねむろ潮風新報 電子版", "format": "rss", "lang": "ja",
                        "org": "ねむろ潮風新報社", "site": "https://shiokaze-nemuro.example",
                        "render": nemuro, "prefix": "nsk"},
    "yamato-tsushin": {"title": "大和通信ニュース", "format": "atom", "lang": "ja",
                       "org": "大和通信", "site": "https://yamato-tsushin.example",
                       "render": yamato, "prefix": "ytn"},
}
