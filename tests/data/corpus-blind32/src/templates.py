"""Page templates for the eight invented outlets of the blind32 corpus.

Every outlet has its own chrome (navigation, cookie banner, share buttons, related
stories, footer) and its own metadata habits: some emit Open Graph and JSON-LD,
some only Open Graph, some nothing at all.  Related-story links point at the
outlet's own section URLs, never at other corpus articles.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
JA_WD = "月火水木金土日"


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


def meta_block(a: dict, site: str, url: str, level: str, lang: str) -> str:
    """level: full (og + time + JSON-LD) | og | ld | none"""
    if level == "none":
        return ""
    pub = a["published"]
    parts = []
    if level in ("full", "og"):
        parts += [
            f'<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{E(site)}">',
            f'<meta property="og:title" content="{E(a["title"])}">',
            f'<meta property="og:description" content="{E(a["summary"])}">',
            f'<meta property="og:url" content="{E(url)}">',
            f'<meta property="article:published_time" content="{pub.isoformat()}">',
            f'<meta name="description" content="{E(a["summary"])}">',
        ]
    if level in ("full", "ld"):
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "datePublished": pub.isoformat(),
            "dateModified": pub.isoformat(), "inLanguage": lang,
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        }
        if a.get("byline"):
            ld["author"] = {"@type": "Person", "name": a["byline"]}
        parts.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(parts)


def related_list(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in items)


# --------------------------------------------------------------------------- English

def sable(a: dict, ctx: dict) -> str:
    site = "Sable Point Wire - World"
    url = f"https://www.sablepointwire.com/world/asia/{a['slug']}"
    pub = a["published"]
    when = f"{EN_MONTHS[pub.month - 1]} {pub.day}, {pub.year} {pub:%H:%M} GMT"
    rel = related_list(ctx["related"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Sable Point Wire</title>
{meta_block(a, site, url, a.get('meta', 'full'), 'en')}
<link rel="stylesheet" href="/static/spw.4f1c.css">
</head>
<body class="story">
<div id="consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to recognise your repeat visits and preferences, to measure the effectiveness of campaigns and to analyse traffic. <a href="/privacy">Privacy statement</a></p>
  <button class="btn accept">Accept all</button> <button class="btn manage">Manage settings</button>
</div>
<header class="masthead">
  <a class="logo" href="/">SABLE POINT <span>WIRE</span></a>
  <nav class="primary"><ul>
    <li><a href="/world">World</a></li><li><a href="/world/asia" class="active">Asia</a></li>
    <li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>
    <li><a href="/sports">Sports</a></li><li><a href="/graphics">Graphics</a></li></ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Sable Point"></form>
  <a class="signin" href="/account">Sign in</a>
</header>
<main>
<article class="wire-story">
  <p class="kicker">{E(a.get('kicker', 'Asia Pacific'))}</p>
  <h1>{E(a['title'])}</h1>
  <div class="meta-line"><span class="byline">{E(a.get('byline') or 'Sable Point staff')}</span>
    <time datetime="{pub.isoformat()}">{when}</time> <span class="updated">Updated {E(ctx['read'])} ago</span></div>
  <div class="share"><a href="#" class="x">Post</a> <a href="#" class="fb">Share</a> <a href="#" class="li">LinkedIn</a> <a href="#" class="mail">Email</a> <button class="copy">Copy link</button></div>
  <div class="article-body">
{paras(a['body'])}
  </div>
  <p class="trust">Our Standards: <a href="/trust-principles">The Sable Point Trust Principles.</a></p>
  <p class="tags">{' '.join(f'<a href="/topic/{E(t.lower().replace(" ", "-"))}">{E(t)}</a>' for t in a.get('tags', []))}</p>
</article>
<aside class="more">
  <h3>More from Asia Pacific</h3>
  <ul>{rel}</ul>
</aside>
<aside class="ad-slot" data-ad="mpu-2">Advertisement &middot; Scroll to continue</aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About Sable Point</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li>
  <li><a href="/licensing">Licensing</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {pub.year} Sable Point Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


def meriwether(a: dict, ctx: dict) -> str:
    site = "The Meriwether Review - Asia & Pacific"
    url = f"https://meriwetherreview.com/asia-pacific/{a['slug']}"
    pub = a["published"]
    when = f"{pub.day} {EN_MONTHS[pub.month - 1]} {pub.year}"
    rel = related_list(ctx["related"])
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} &mdash; The Meriwether Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, site, url, a.get('meta', 'ld'), 'en-GB')}
</head>
<body>
<div class="cookie-notice" id="cn">
  <strong>Your privacy</strong>
  <p>The Meriwether Review and our partners use cookies to give you the best experience, for audience measurement and to show relevant advertising. You can change your choices at any time from the Privacy link in the footer.</p>
  <button id="cn-yes">I agree</button> <button id="cn-no">Reject non-essential</button>
</div>
<div class="topbar"><a href="/subscribe">Subscribe from &pound;1 a week</a> | <a href="/newsletters">Newsletters</a> | <a href="/login">Log in</a></div>
<header>
  <div class="brand"><a href="/">The Meriwether Review</a><span class="tagline">Asia &amp; Pacific, explained</span></div>
  <nav><a href="/asia-pacific/japan">Japan</a> <a href="/asia-pacific/china">China</a> <a href="/asia-pacific/korea">Korea</a> <a href="/eurasia">Russia &amp; Eurasia</a> <a href="/asia-pacific/security">Security</a> <a href="/asia-pacific/economy">Economy</a> <a href="/opinion">Opinion</a> <a href="/podcasts">Podcasts</a></nav>
</header>
<main class="content">
  <nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/asia-pacific">Asia &amp; Pacific</a> &rsaquo; <a href="/asia-pacific/{E(a.get('section', 'japan'))}">{E(a.get('section', 'japan').title())}</a></nav>
  <h1 class="headline">{E(a['title'])}</h1>
  <p class="standfirst">{E(a['summary'])}</p>
  <p class="byline">By {E(a.get('byline') or 'Our Tokyo correspondent')} &middot; <span class="date">{when}</span> &middot; {E(ctx['read'])} read</p>
  <div class="body">
{paras(a['body'])}
  </div>
  <div class="share-row">Share this article: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
  <section class="newsletter"><h4>The Asia Brief</h4><p>Our correspondents' pick of the week's stories, every Friday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
  <section class="related"><h3>Read more</h3><ul>{rel}</ul></section>
</main>
<footer>
  <p><a href="/about">About us</a> &middot; <a href="/editorial-code">Editorial code</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookie settings</a> &middot; <a href="/contact">Contact</a></p>
  <p>&copy; The Meriwether Review Ltd {pub.year}. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


def moorings(a: dict, ctx: dict) -> str:
    site = "Pacific Moorings Daily - Business & Ports"
    url = f"https://pacificmoorings.com/news/{pub_path(a)}/{a['slug']}"
    pub = a["published"]
    when = f"{EN_MON[pub.month - 1]} {pub.day}, {pub.year}"
    rel = related_list(ctx["related"])
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Pacific Moorings Daily</title>
{meta_block(a, site, url, a.get('meta', 'og'), 'en-US')}
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="pmd">
<div class="gdpr" data-banner="cookies">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookie-policy">Find out more</a> <button>OK</button></div>
<header class="pmd-head">
  <div class="ticker">Baltic Dry <b>1,6{pub.day:02d}</b> &nbsp; Brent <b>${70 + pub.day % 9}.{pub.month:02d}</b> &nbsp; USD/JPY <b>1{45 + pub.month % 7}.{pub.day:02d}</b></div>
  <a class="logo" href="/">Pacific Moorings <small>DAILY</small></a>
  <nav><a href="/news/ports">Ports</a> <a href="/news/shipping">Shipping</a> <a href="/news/energy">Energy</a> <a href="/news/fisheries">Fisheries</a> <a href="/news/trade">Trade</a> <a href="/news/policy">Policy</a> <a href="/events">Events</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
</header>
<div class="wrap">
<article>
  <span class="section-tag">{E(a.get('kicker', 'Trade'))}</span>
  <h1>{E(a['title'])}</h1>
  <div class="dek">{E(a['summary'])}</div>
  <div class="author">{E(a.get('byline') or 'PMD Newsroom')} | {when}</div>
  <div class="story-text">
{paras(a['body'])}
  </div>
  <div class="social">Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a> <a href="#" onclick="window.print()">Print</a></div>
</article>
<div class="sidebar">
  <div class="box"><h4>Related news</h4><ul>{rel}</ul></div>
  <div class="box promo"><h4>North Pacific Ports Outlook</h4><p>Download our quarterly data pack on throughput at Far East and Hokkaido ports.</p></div>
</div>
</div>
<footer class="pmd-foot"><p>Pacific Moorings Daily &middot; <a href="/advertise">Advertise</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/rss">RSS</a></p><p>&copy; {pub.year} Moorings Media LLC</p></footer>
</body>
</html>
"""


def larkspur(a: dict, ctx: dict) -> str:
    site = "The Larkspur Monitor - Eurasia"
    url = f"https://larkspurmonitor.org/{pub_path(a)}/{a['slug']}"
    pub = a["published"]
    when = f"{EN_MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    rel = related_list(ctx["related"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | The Larkspur Monitor</title>
{meta_block(a, site, url, a.get('meta', 'none'), 'en')}
</head>
<body>
<div class="cc-window" role="dialog">This website stores cookies on your computer. They are used to improve your browsing experience and for analytics about our visitors. <a class="cc-link" href="/privacy-policy">Learn more</a> <a class="cc-btn">Got it!</a></div>
<header id="top">
  <p class="site-title"><a href="/">The Larkspur Monitor</a></p>
  <p class="site-desc">Independent reporting and analysis on Russia, Eurasia and their neighbours</p>
  <ul class="menu"><li><a href="/category/russia">Russia</a></li><li><a href="/category/caucasus">Caucasus</a></li><li><a href="/category/central-asia">Central Asia</a></li><li><a href="/category/far-east">Far East &amp; Pacific</a></li><li><a href="/category/analysis">Analysis</a></li><li><a href="/category/world">World</a></li><li><a href="/donate">Support us</a></li></ul>
</header>
<div id="content">
<article class="post">
  <header class="entry-header">
    <span class="cat-links"><a href="/category/{E(a.get('section', 'far-east'))}">{E(a.get('kicker', 'Far East & Pacific'))}</a></span>
    <h1 class="entry-title">{E(a['title'])}</h1>
    <div class="entry-meta">Posted on {when} by {E(a.get('byline') or 'Monitor staff')}</div>
  </header>
  <div class="entry-content">
{paras(a['body'])}
  </div>
  <footer class="entry-footer">Filed under: {', '.join(E(t) for t in a.get('tags', []))}</footer>
  <div class="sharedaddy"><h3>Share this:</h3><a href="#">Telegram</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
</article>
<section class="related-posts"><h3>Related</h3><ul>{rel}</ul></section>
<section id="comments"><h3>{ctx['comments']} comments</h3><p><a href="/login">Log in</a> to join the discussion.</p></section>
</div>
<footer id="colophon"><p>The Larkspur Monitor is a reader-funded publication. <a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/privacy-policy">Privacy</a> | <a href="/feed">Feed</a></p><p>Proudly powered by readers. &copy; {pub.year}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian

def klyuch(a: dict, ctx: dict) -> str:
    site = "ИА «Ключ-Информ» — лента новостей"
    url = f"https://klyuch-inform.ru/news/{pub:%Y%m%d}/{a['slug']}" if (pub := a["published"]) else ""
    msk = local(pub, 3)
    when = f"{msk.day} {RU_MONTHS[msk.month - 1]} {msk.year}, {msk:%H:%M}"
    rel = related_list(ctx["related"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — ИА «Ключ-Информ»</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{meta_block(a, site, url, a.get('meta', 'full'), 'ru')}
</head>
<body>
<div class="cookies-popup">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой использования cookie</a>. <button>Хорошо</button></div>
<header class="ki-header">
  <a href="/" class="ki-logo">Ключ<span>Информ</span></a>
  <nav class="ki-nav"><a href="/politika">Политика</a> <a href="/v-mire">В мире</a> <a href="/ekonomika">Экономика</a> <a href="/obshchestvo">Общество</a> <a href="/armiya">Армия</a> <a href="/regiony">Регионы</a> <a href="/sport">Спорт</a> <a href="/kultura">Культура</a> <a href="/foto">Фото</a></nav>
  <div class="ki-langs"><a href="/en">EN</a></div>
  <div class="ki-search"><input placeholder="Поиск по сайту"></div>
</header>
<div class="ki-page">
  <div class="ki-rubric"><a href="/{E(a.get('section', 'politika'))}">{E(a.get('kicker', 'Политика'))}</a></div>
  <h1 class="ki-title">{E(a['title'])}</h1>
  <div class="ki-date"><time datetime="{pub.isoformat()}">{when}</time></div>
  <div class="ki-lead"><strong>{E(a['summary'])}</strong></div>
  <div class="ki-text">
{paras(a['body'])}
  </div>
  <div class="ki-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
  <div class="ki-subscribe">Читайте «Ключ-Информ» в <a href="#">Telegram</a> и <a href="#">Дзене</a></div>
  <div class="ki-related"><h3>Читайте также</h3><ul>{rel}</ul></div>
</div>
<footer class="ki-footer">
  <p>Сетевое издание «Ключ-Информ». Свидетельство о регистрации СМИ Эл № ФС 77-81493. 18+</p>
  <p><a href="/o-nas">О нас</a> · <a href="/kontakty">Контакты</a> · <a href="/reklama">Реклама</a> · <a href="/pravila">Правила использования материалов</a> · <a href="/privacy">Политика конфиденциальности</a></p>
  <p>© 2011–{pub.year} ИА «Ключ-Информ». При полном или частичном использовании материалов ссылка на ИА «Ключ-Информ» обязательна.</p>
</footer>
</body>
</html>
"""


def lotsman(a: dict, ctx: dict) -> str:
    site = "Лоцман-ДВ — новости Сахалина и Дальнего Востока"
    pub = a["published"]
    url = f"https://lotsman-dv.ru/{pub:%Y/%m/%d}/{a['slug']}/"
    sakh = local(pub, 11)
    when = f"{sakh:%d.%m.%Y} {sakh:%H:%M}"
    rel = related_list(ctx["related"])
    comments = "".join(
        f'<div class="cmt"><b>{E(n)}</b> <span>{E(t)}</span><p>{E(c)}</p></div>'
        for n, t, c in a.get("comments", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} | Лоцман-ДВ</title>
{meta_block(a, site, url, a.get('meta', 'og'), 'ru')}
</head>
<body>
<div class="ld-cookie">Сайт использует файлы cookie и сервис веб-аналитики. Оставаясь на сайте, вы даёте согласие на обработку персональных данных. <a href="/soglasie">Подробнее</a> <span class="x">×</span></div>
<div class="ld-weather">Южно-Сахалинск {(-12 if sakh.month in (12, 1, 2) else 14) + sakh.day % 5}°C · Курильск · Южно-Курильск · Северо-Курильск</div>
<header class="ld-top">
  <a class="ld-logo" href="/">ЛОЦМАН<b>ДВ</b></a>
  <ul class="ld-menu"><li><a href="/sakhalin">Сахалин</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/dalniy-vostok">Дальний Восток</a></li><li><a href="/ekonomika">Экономика</a></li><li><a href="/proisshestviya">Происшествия</a></li><li><a href="/transport">Транспорт</a></li><li><a href="/afisha">Афиша</a></li></ul>
</header>
<main class="ld-main">
  <div class="ld-crumbs"><a href="/">Главная</a> / <a href="/{E(a.get('section', 'kurily'))}">{E(a.get('kicker', 'Курилы'))}</a></div>
  <h1>{E(a['title'])}</h1>
  <div class="ld-info"><span class="ld-date">{when}</span> <span class="ld-views">👁 {ctx['views']}</span> {('<span class="ld-author">' + E(a['byline']) + '</span>') if a.get('byline') else ''}</div>
  <div class="ld-body">
{paras(a['body'])}
  </div>
  <p class="ld-note">Нашли ошибку? Выделите её и нажмите Ctrl+Enter.</p>
  <div class="ld-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a></div>
  <section class="ld-related"><h3>Другие новости раздела</h3><ul>{rel}</ul></section>
  <section class="ld-comments"><h3>Комментарии ({len(a.get('comments', []))})</h3>{comments}<p>Комментировать могут только авторизованные пользователи. <a href="/login">Войти</a></p></section>
</main>
<footer class="ld-foot"><p>«Лоцман-ДВ», Южно-Сахалинск. Главный редактор — Е. В. Сомова. Тел. редакции: +7 (4242) 00-00-00. 16+</p><p><a href="/o-proekte">О проекте</a> · <a href="/reklama">Реклама</a> · <a href="/politika-konfidentsialnosti">Политика конфиденциальности</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese

def tozai(a: dict, ctx: dict) -> str:
    site = "東西通信ニュース"
    pub = a["published"]
    jst = local(pub, 9)
    url = f"https://www.tozai-tsushin.jp/article/{jst:%Y%m%d}-{a['slug']}"
    when = f"{jst.year}年{jst.month}月{jst.day}日 {jst.hour}時{jst.minute:02d}分"
    rel = related_list(ctx["related"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜東西通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, site, url, a.get('meta', 'full'), 'ja')}
</head>
<body>
<div class="cookie-consent">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="tz-header">
  <h2 class="tz-logo"><a href="/">東西通信ニュース</a></h2>
  <nav class="tz-gnav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/international">国際</a><a href="/society">社会</a><a href="/local">地域</a><a href="/sports">スポーツ</a><a href="/culture">文化・芸能</a><a href="/ranking">ランキング</a></nav>
  <div class="tz-member"><a href="/login">ログイン</a> <a href="/signup">会員登録（無料）</a></div>
</header>
<div class="tz-container">
<article class="tz-article">
  <div class="tz-cat"><a href="/{E(a.get('section', 'politics'))}">{E(a.get('kicker', '政治'))}</a></div>
  <h1>{E(a['title'])}</h1>
  <div class="tz-time"><time datetime="{pub.isoformat()}">{when}</time></div>
  <div class="tz-sns"><a href="#">X（旧ツイッター）</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">はてブ</a></div>
  <div class="tz-body">
{paras(a['body'])}
  </div>
  <p class="tz-copy">（東西通信）</p>
</article>
<aside class="tz-side">
  <section><h3>関連ニュース</h3><ul>{rel}</ul></section>
  <section><h3>アクセスランキング</h3><ol><li><a href="/ranking/1">物価高対策、与党が補正予算案の規模で調整</a></li><li><a href="/ranking/2">大雪で交通乱れ　北海道・東北</a></li><li><a href="/ranking/3">円相場、一時値下がり</a></li></ol></section>
</aside>
</div>
<footer class="tz-footer"><p><a href="/about">東西通信について</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">個人情報の取り扱い</a>｜<a href="/copyright">著作権</a>｜<a href="/contact">お問い合わせ</a></p><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は東西通信社またはその情報提供者に属します。</p><p>Copyright © Tozai Tsushin. All rights reserved.</p></footer>
</body>
</html>
"""


def furen(a: dict, ctx: dict) -> str:
    site = "風連湖新報 電子版"
    pub = a["published"]
    jst = local(pub, 9)
    url = f"https://furenko-shimpo.jp/news/{a['slug']}.html"
    when = f"{jst.year}/{jst.month:02d}/{jst.day:02d}（{JA_WD[jst.weekday()]}）{jst:%H:%M}"
    rel = related_list(ctx["related"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - 風連湖新報 電子版</title>
{meta_block(a, site, url, a.get('meta', 'none'), 'ja')}
</head>
<body>
<div id="cookie-bar">このウェブサイトは、閲覧状況の分析や広告配信のためにクッキーを利用しています。<a href="/cookie">クッキーポリシー</a> <button>閉じる</button></div>
<div class="fr-head">
  <div class="fr-title"><a href="/">風連湖新報</a><span>根室・別海・中標津・標津・羅臼の地域ニュース</span></div>
  <ul class="fr-menu"><li><a href="/news/">ニュース</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/gyogyo/">漁業・水産</a></li><li><a href="/gyosei/">行政・議会</a></li><li><a href="/kurashi/">くらし</a></li><li><a href="/okuyami/">おくやみ</a></li><li><a href="/event/">イベント</a></li></ul>
</div>
<div class="fr-main">
  <p class="fr-pan"><a href="/">ホーム</a> &gt; <a href="/{E(a.get('section', 'hoppo'))}/">{E(a.get('kicker', '北方領土'))}</a></p>
  <h1 class="fr-h1">{E(a['title'])}</h1>
  <p class="fr-date">{when}</p>
  <div class="fr-text">
{paras(a['body'])}
  </div>
  <p class="fr-kiji">※この記事は本紙翌日付朝刊にも掲載します。電子版会員の方は紙面ビューアーでもご覧いただけます。</p>
  <div class="fr-share"><a href="#">ツイート</a> <a href="#">シェア</a> <a href="#">LINEで送る</a></div>
  <div class="fr-kanren"><h3>関連記事</h3><ul>{rel}</ul></div>
</div>
<div class="fr-foot"><p>風連湖新報社　北海道根室市　<a href="/company/">会社概要</a>｜<a href="/ad/">広告掲載</a>｜<a href="/subscribe/">購読のお申し込み</a>｜<a href="/privacy/">個人情報保護方針</a></p><p>当サイトに掲載の記事・写真の無断転載を禁じます。</p></div>
</body>
</html>
"""


def article_url(a: dict) -> str:
    """The outlet's public URL of an article (used for related links)."""
    p = a["published"]
    f = a["feed"]
    if f == "sable":
        return f"https://www.sablepointwire.com/world/asia/{a['slug']}"
    if f == "meriwether":
        return f"https://meriwetherreview.com/asia-pacific/{a['slug']}"
    if f == "moorings":
        return f"https://pacificmoorings.com/news/{p:%Y/%m}/{a['slug']}"
    if f == "larkspur":
        return f"https://larkspurmonitor.org/{p:%Y/%m}/{a['slug']}"
    if f == "klyuch":
        return f"https://klyuch-inform.ru/news/{p:%Y%m%d}/{a['slug']}"
    if f == "lotsman":
        return f"https://lotsman-dv.ru/{p:%Y/%m/%d}/{a['slug']}/"
    if f == "tozai":
        return f"https://www.tozai-tsushin.jp/article/{local(p, 9):%Y%m%d}-{a['slug']}"
    return f"https://furenko-shimpo.jp/news/{a['slug']}.html"


def pub_path(a: dict) -> str:
    p = a["published"]
    return f"{p:%Y/%m}"


TEMPLATES = {
    "sable": sable, "meriwether": meriwether, "moorings": moorings, "larkspur": larkspur,
    "klyuch": klyuch, "lotsman": lotsman, "tozai": tozai, "furen": furen,
}
