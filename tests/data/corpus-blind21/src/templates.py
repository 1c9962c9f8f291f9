"""Page templates for the blind21 corpus: one look per invented outlet.

Every outlet renders a full HTML5 page: navigation, cookie or consent banner, share
buttons, related stories, footer; some outlets (or single articles, `meta: False`)
carry no Open Graph / JSON-LD metadata at all.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

# --------------------------------------------------------------------------- outlets

OUTLETS = {
    "foghorn-en": {"title": "Foghorn News Service - World", "format": "rss", "lang": "en",
                   "site": "Foghorn News Service", "domain": "foghornnews.example"},
    "driftwood-en": {"title": "The Driftwood Gazette - Asia & Pacific", "format": "atom",
                     "lang": "en", "site": "The Driftwood Gazette",
                     "domain": "driftwoodgazette.example"},
    "bellwether-en": {"title": "Bellwether Asia Wire", "format": "rss", "lang": "en",
                      "site": "Bellwether Asia Wire", "domain": "bellwetherasia.example"},
    "lodestar-en": {"title": "Lodestar Review - Eurasia", "format": "atom", "lang": "en",
                    "site": "Lodestar Review", "domain": "lodestarreview.example"},
    "proliv-ru": {"title": "Пролив-Медиа — новости Сахалина и Курил", "format": "rss",
                  "lang": "ru", "site": "Пролив-Медиа", "domain": "proliv-media.example"},
    "granit-ru": {"title": "Агентство «Гранит-Пресс»", "format": "atom", "lang": "ru",
                  "site": "Гранит-Пресс", "domain": "granitpress.example"},
    "ryuhyo-ja": {"title": "流氷新聞デジタル", "format": "atom", "lang": "ja",
                  "site": "流氷新聞", "domain": "ryuhyo-shimbun.example"},
    "toa-ja": {"title": "東亜放送 NEWS", "format": "rss", "lang": "ja",
               "site": "東亜放送", "domain": "toa-hoso.example"},
}

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a: dict, hours: int) -> datetime:
    return when(a).astimezone(timezone(timedelta(hours=hours)))


def body_html(paras: list[str], p_class: str = "") -> str:
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    return "\n".join(out)


def slug(a: dict) -> str:
    return a["id"]


def meta_block(a: dict, site: str, locale: str, tz_hours: int, section: str,
               jsonld: bool = True) -> str:
    """Open Graph + article meta + optional JSON-LD. Empty when the article has meta False."""
    if not a.get("meta", True):
        return ""
    t = local(a, tz_hours).isoformat()
    parts = [
        f'<meta name="description" content="{E(a["summary"])}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="article:published_time" content="{t}">',
        f'<meta property="article:section" content="{E(section)}">',
    ]
    for tag in a.get("tags", []):
        parts.append(f'<meta property="article:tag" content="{E(tag)}">')
    if jsonld and a.get("jsonld", True):
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "datePublished": t, "dateModified": t,
            "inLanguage": a["lang"], "description": a["summary"],
            "author": [{"@type": "Person", "name": a.get("author", site)}],
            "publisher": {"@type": "Organization", "name": site},
            "articleSection": section,
        }
        parts.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(parts)


def stable_href(prefix: str, text: str) -> str:
    # deterministic across runs (str hash is salted per process)
    n = sum((i + 1) * ord(c) for i, c in enumerate(text)) % 899999 + 100000
    return f"{prefix}{n}"


def rel_items(a: dict, prefix: str, fmt: str) -> str:
    return "\n".join(fmt.format(href=stable_href(prefix, t), t=E(t)) for t in a.get("related", []))


# --------------------------------------------------------------------------- EN outlets


def foghorn(a: dict) -> str:
    o = OUTLETS["foghorn-en"]
    d = when(a)
    date = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} GMT"
    section = a.get("section", "World")
    tags = "".join(f'<a class="tag" href="/topic/{E(t.lower().replace(" ", "-"))}">{E(t)}</a>'
                   for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Foghorn News Service</title>
{meta_block(a, o["site"], "en_GB", 0, section)}
<link rel="stylesheet" href="/static/fns-2.14.css">
</head>
<body class="article-page">
<div id="consent" class="consent-banner" role="dialog">
  <p>We and our 143 partners use cookies and similar technologies to personalise content and ads,
  and to analyse our traffic. You can accept all, reject non-essential cookies or manage your
  preferences at any time.</p>
  <button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy/cookies">Manage preferences</a>
</div>
<header class="masthead">
  <a class="logo" href="/">FOGHORN<span>News Service</span></a>
  <nav class="primary"><ul>
    <li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li>
    <li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li>
    <li><a href="/science">Science</a></li><li><a href="/sport">Sport</a></li><li><a href="/video">Video</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Foghorn"></form>
  <a class="subscribe" href="/subscribe">Subscribe</a>
</header>
<div class="ticker">Markets: Nikkei 225 &bull; Brent &bull; USD/JPY &bull; EUR/USD &mdash; <a href="/markets">Live data</a></div>
<main>
<article class="story">
  <p class="kicker"><a href="/{section.lower()}">{E(section)}</a></p>
  <h1 class="headline">{E(a["title"])}</h1>
  <p class="standfirst">{E(a["summary"])}</p>
  <div class="byline">By <span class="author">{E(a.get("author", "Foghorn staff"))}</span>
    &middot; <time>{date}</time> &middot; {max(2, len(" ".join(a["body"]).split()) // 200)} min read</div>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="story-body">
{body_html(a["body"])}
  </div>
  <p class="tags">{tags}</p>
  <p class="corrections">Our standards: <a href="/trust-principles">The Foghorn Trust Principles</a>.</p>
</article>
<aside class="more">
  <h3>Read more</h3>
  <ul>
{rel_items(a, "/world/", '    <li><a href="{href}">{t}</a></li>')}
  </ul>
  <div class="ad-slot">Advertisement</div>
</aside>
</main>
<footer class="site-footer">
  <nav><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/careers">Careers</a>
  <a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a> <a href="/accessibility">Accessibility</a></nav>
  <p>&copy; {d.year} Foghorn News Service Ltd. All rights reserved. Data delayed at least 15 minutes.</p>
</footer>
</body>
</html>
"""


def driftwood(a: dict) -> str:
    o = OUTLETS["driftwood-en"]
    d = local(a, 9)
    date = f"{EN_MON3[d.month - 1]} {d.day}, {d.year}, {d:%I:%M %p} JST".replace(" 0", " ")
    section = a.get("section", "Asia & Pacific")
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])} – The Driftwood Gazette</title>
{meta_block(a, o["site"], "en_US", 9, section, jsonld=False)}
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="/{section.lower().replace(' & ', '-')}/{slug(a)}">
</head>
<body>
<div class="gdpr-notice">This site uses cookies. By continuing to browse you agree to our use of cookies.
 <a href="/cookie-policy">Learn more</a> <button type="button">OK</button></div>
<div class="topbar"><span>{d:%A}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}</span> <a href="/newsletters">Newsletters</a> <a href="/login">Sign in</a></div>
<header><h2 class="brand"><a href="/">The Driftwood Gazette</a></h2>
<p class="tagline">Independent reporting from Asia and the Pacific since 1987</p>
<nav><a href="/">Home</a> | <a href="/japan">Japan</a> | <a href="/china">China</a> | <a href="/koreas">Koreas</a> |
<a href="/southeast-asia">Southeast Asia</a> | <a href="/russia-far-east">Russia &amp; Far East</a> | <a href="/opinion">Opinion</a> | <a href="/business">Business</a></nav>
</header>
<div class="wrap">
<div class="content">
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="#">{E(section)}</a></div>
<h1>{E(a["title"])}</h1>
<div class="meta">{E(a.get("author", "Gazette staff"))} &bull; {date}</div>
<figure class="lead"><div class="ph"></div><figcaption>{E(a.get("caption", "File photo."))}</figcaption></figure>
{body_html(a["body"], "txt")}
<div class="sharebar">Share this: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Reddit</a> <a href="#">Print</a></div>
<div class="comments"><h4>Comments ({a.get("ncomments", 0)})</h4><p>Comments are moderated and may take time to appear. <a href="/community-guidelines">Community guidelines</a>.</p></div>
</div>
<div class="sidebar">
<h3>Most read</h3><ol>
{rel_items(a, "/p/", '<li><a href="{href}">{t}</a></li>')}
</ol>
<div class="promo">Get the Asia Morning Briefing in your inbox. <a href="/newsletters">Sign up</a></div>
</div>
</div>
<footer><p><a href="/about">About</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/contact">Contact</a></p>
<p>&copy; {d.year} Driftwood Media Co. All rights reserved.</p></footer>
</body>
</html>
"""


def bellwether(a: dict) -> str:
    o = OUTLETS["bellwether-en"]
    d = when(a)
    date = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} UTC"
    section = a.get("section", "Diplomacy")
    dateline = a.get("dateline", "")
    first = a["body"]
    if dateline:
        first = [f"{dateline} (Bellwether) – " + a["body"][0]] + a["body"][1:]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - Bellwether Asia Wire</title>
{meta_block(a, o["site"], "en_US", 0, section)}
</head>
<body>
<header class="bw-head">
 <div class="bw-logo"><a href="/">Bellwether<b>Asia</b>Wire</a></div>
 <ul class="bw-nav"><li><a href="/latest">Latest</a></li><li><a href="/diplomacy">Diplomacy</a></li>
 <li><a href="/security">Security</a></li><li><a href="/economy">Economy</a></li><li><a href="/energy">Energy</a></li>
 <li><a href="/maritime">Maritime</a></li><li><a href="/data">Data</a></li></ul>
 <a class="bw-login" href="/account">My account</a>
</header>
<section class="bw-article">
 <span class="bw-section">{E(section)}</span>
 <h1>{E(a["title"])}</h1>
 <div class="bw-dateline"><time>{date}</time> &nbsp;|&nbsp; Reporting by {E(a.get("author", "Bellwether staff"))}</div>
 <div class="bw-share"><button>Share</button> <button>Save</button> <button>Print</button></div>
 <div class="bw-text">
{body_html(first)}
 </div>
 <p class="bw-edit">Editing by {E(a.get("editor", "the Asia desk"))}</p>
 <div class="bw-related"><h4>Related coverage</h4><ul>
{rel_items(a, "/latest/", '<li><a href="{href}">{t}</a></li>')}
 </ul></div>
</section>
<div id="cookie-bar">We use cookies to improve your experience and for analytics. <a href="/cookies">Cookie settings</a> <button>Accept</button></div>
<footer class="bw-foot">Bellwether Asia Wire &middot; <a href="/about">About</a> &middot; <a href="/ethics">Editorial standards</a> &middot;
<a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; All quotes delayed a minimum of 15 minutes.</footer>
</body>
</html>
"""


def lodestar(a: dict) -> str:
    # an essay/analysis site: no Open Graph, no JSON-LD, date only in the byline
    d = when(a)
    date = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    section = a.get("section", "Analysis")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a["title"])} · Lodestar Review</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="ls-cookie">Lodestar uses essential cookies only. Optional analytics are off unless you turn them on.
<a href="/cookies">Settings</a> · <a href="#" class="dismiss">Dismiss</a></div>
<nav class="ls-nav"><a class="ls-home" href="/">Lodestar Review</a>
<a href="/analysis">Analysis</a> <a href="/essays">Essays</a> <a href="/briefs">Briefs</a> <a href="/podcast">Podcast</a>
<a href="/authors">Authors</a> <a href="/donate" class="donate">Support us</a></nav>
<main class="ls-main">
<p class="ls-sec">{E(section)}</p>
<h1>{E(a["title"])}</h1>
<p class="ls-dek">{E(a["summary"])}</p>
<p class="ls-by">{E(a.get("author", "Lodestar editors"))} · {date}</p>
{body_html(a["body"])}
<div class="ls-bio"><p>{E(a.get("bio", "Views expressed are the author's own."))}</p></div>
<section class="ls-more"><h3>Further reading</h3><ul>
{rel_items(a, "/analysis/", '<li><a href="{href}">{t}</a></li>')}
</ul></section>
<form class="ls-sub" action="/subscribe"><label>Weekly newsletter</label><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>
</main>
<footer class="ls-foot"><p>Lodestar Review is a reader-funded publication. © {d.year}. <a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- RU outlets


def proliv(a: dict) -> str:
    o = OUTLETS["proliv-ru"]
    d = local(a, 11)
    date = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    section = a.get("section", "Общество")
    views = a.get("views", 1000 + sum(map(ord, a["id"])) * 7 % 9000)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — Пролив-Медиа</title>
{meta_block(a, o["site"], "ru_RU", 11, section)}
</head>
<body>
<div class="top-line"><span>Южно-Сахалинск</span> <span>−3°…+4°</span> <span>USD 92,4 · EUR 99,8</span>
<a href="/advert">Реклама</a> <a href="/contacts">Контакты</a> <span class="age">16+</span></div>
<header class="pm-header">
<a class="pm-logo" href="/">ПРОЛИВ<span>медиа</span></a>
<nav><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/politika">Политика</a> <a href="/ekonomika">Экономика</a>
<a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a> <a href="/sport">Спорт</a> <a href="/afisha">Афиша</a></nav>
<form action="/search"><input name="q" placeholder="Поиск по сайту"></form>
</header>
<main class="pm-main">
<div class="pm-article">
<div class="pm-rubric"><a href="#">{E(section)}</a> · <time>{date}</time> · 👁 {views}</div>
<h1>{E(a["title"])}</h1>
<div class="pm-lead"><p><strong>{E(a["summary"])}</strong></p></div>
{body_html(a["body"])}
<p class="pm-author">Автор: {E(a.get("author", "Редакция «Пролив-Медиа»"))}</p>
<div class="pm-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<div class="pm-subscribe">Подписывайтесь на наш канал в Telegram — все главные новости Сахалина и Курил.</div>
<div class="pm-err">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.</div>
</div>
<aside class="pm-side"><h3>Читайте также</h3><ul>
{rel_items(a, "/news/", '<li><a href="{href}">{t}</a></li>')}
</ul></aside>
</main>
<div class="pm-cookies">Мы используем файлы cookie и сервис веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с
<a href="/privacy">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<footer class="pm-footer"><p>Сетевое издание «Пролив-Медиа». Свидетельство о регистрации СМИ Эл № ФС77-00000. 16+</p>
<p>Учредитель: ООО «Пролив». Главный редактор: Н. В. Ковалёва. При полном или частичном использовании материалов ссылка обязательна.</p>
<p>© 2016–{d.year}</p></footer>
</body>
</html>
"""


def granit(a: dict) -> str:
    o = OUTLETS["granit-ru"]
    d = local(a, 3)
    date = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} мск"
    section = a.get("section", "Политика")
    dateline = a.get("dateline", "МОСКВА")
    first = [f"{dateline}, {d.day} {RU_MONTHS[d.month - 1]}. /«Гранит-Пресс»/. " + a["body"][0]] + a["body"][1:]
    tags = " ".join(f'<a href="/tag/{E(t)}">#{E(t)}</a>' for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])} | Гранит-Пресс</title>
{meta_block(a, o["site"], "ru_RU", 3, section)}
</head>
<body>
<header class="gp-h">
<div class="gp-brand"><a href="/">ГРАНИТ<em>·</em>ПРЕСС</a><span>информационное агентство</span></div>
<ul class="gp-menu"><li><a href="/politika">Политика</a></li><li><a href="/mir">В мире</a></li><li><a href="/ekonomika">Экономика</a></li>
<li><a href="/armiya">Армия и ОПК</a></li><li><a href="/regiony">Регионы</a></li><li><a href="/proisshestviya">Происшествия</a></li>
<li><a href="/nauka">Наука</a></li><li><a href="/kultura">Культура</a></li><li><a href="/en">English</a></li></ul>
</header>
<div class="gp-wrap">
<article class="gp-article">
<div class="gp-date">{date}</div>
<h1>{E(a["title"])}</h1>
<h2 class="gp-sub">{E(a["summary"])}</h2>
<div class="gp-text">
{body_html(first)}
</div>
<div class="gp-tags">{tags}</div>
<div class="gp-share"><span>Поделиться</span> <a href="#">VK</a> <a href="#">TG</a> <a href="#">OK</a> <a href="#">Дзен</a></div>
</article>
<aside class="gp-feed"><h4>Лента новостей</h4><ul>
{rel_items(a, "/lenta/", '<li><a href="{href}">{t}</a></li>')}
</ul></aside>
</div>
<div class="gp-cookie" role="alertdialog">Сайт использует cookie-файлы. Подробнее — в <a href="/cookie">Политике использования cookie</a>.
<button>Принять</button></div>
<footer class="gp-f"><p>© {d.year} Информационное агентство «Гранит-Пресс». Все права защищены. 18+</p>
<p><a href="/o-nas">Об агентстве</a> · <a href="/reklama">Реклама</a> · <a href="/pravila">Правила использования материалов</a> · <a href="/kontakty">Контакты</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- JA outlets


def ryuhyo(a: dict) -> str:
    o = OUTLETS["ryuhyo-ja"]
    d = local(a, 9)
    date = f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d:%M}"
    section = a.get("section", "北方領土")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}｜流氷新聞デジタル</title>
{meta_block(a, o["site"], "ja_JP", 9, section)}
</head>
<body>
<div class="rh-cookie">当サイトではサービス向上と広告配信のためにCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="rh-header">
<div class="rh-logo"><a href="/">流氷新聞<small>デジタル</small></a></div>
<div class="rh-user"><a href="/login">ログイン</a> <a href="/join" class="rh-join">会員登録（無料）</a></div>
<nav class="rh-gnav"><a href="/">トップ</a> <a href="/local">道東</a> <a href="/hoppo">北方領土</a> <a href="/fishery">水産</a>
<a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/society">社会</a> <a href="/sports">スポーツ</a> <a href="/opinion">社説・コラム</a></nav>
</header>
<main class="rh-main">
<div class="rh-pankuzu"><a href="/">トップ</a> ＞ <a href="#">{E(section)}</a></div>
<article>
<h1 class="rh-title">{E(a["title"])}</h1>
<p class="rh-date">{date}</p>
<div class="rh-sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="rh-body">
{body_html(a["body"])}
</div>
<p class="rh-credit">{E(a.get("author", "（根室支局）"))}</p>
</article>
<section class="rh-kanren"><h2>関連記事</h2><ul>
{rel_items(a, "/article/", '<li><a href="{href}">{t}</a></li>')}
</ul></section>
<section class="rh-rank"><h2>アクセスランキング</h2><ol><li>道東の天気 週末は冷え込み</li><li>サンマ初水揚げ 昨年上回る</li><li>花咲線 運休区間を延長</li></ol></section>
</main>
<footer class="rh-footer"><p><a href="/company">会社案内</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/copyright">著作権</a>｜<a href="/contact">お問い合わせ</a></p>
<p>掲載の記事・写真・図表の無断転載を禁じます。Copyright © {d.year} 流氷新聞社 All rights reserved.</p></footer>
</body>
</html>
"""


def toa(a: dict) -> str:
    o = OUTLETS["toa-ja"]
    d = local(a, 9)
    date = f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分"
    section = a.get("section", "政治")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a["title"])} | 東亜放送 NEWS</title>
{meta_block(a, o["site"], "ja_JP", 9, section)}
</head>
<body>
<header id="toa-header">
<a class="logo" href="/">東亜放送 <b>NEWS</b></a>
<ul class="gnav"><li><a href="/news/">ニュース</a></li><li><a href="/news/politics/">政治</a></li><li><a href="/news/international/">国際</a></li>
<li><a href="/news/society/">社会</a></li><li><a href="/news/business/">経済</a></li><li><a href="/news/weather/">気象・災害</a></li>
<li><a href="/news/sports/">スポーツ</a></li><li><a href="/live/">ライブ配信</a></li></ul>
</header>
<div class="breaking">【速報】の配信はアプリのプッシュ通知で　<a href="/app/">アプリをダウンロード</a></div>
<main>
<article class="toa-article">
<div class="cat">{E(section)}</div>
<h1>{E(a["title"])}</h1>
<time>{date}</time>
<div class="movie">動画再生（1分{(sum(map(ord, a["id"])) % 50) + 10}秒）</div>
<div class="toa-text">
{body_html(a["body"])}
</div>
<div class="share">この記事をシェア　<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a>　<a href="#">URLをコピー</a></div>
</article>
<aside><h2>このニュースの関連記事</h2><ul>
{rel_items(a, "/news/articles/", '<li><a href="{href}">{t}</a></li>')}
</ul>
<h2>ニュースランキング</h2><ol><li>全国の天気 あすは広く晴れ</li><li>円相場 きょうの動き</li><li>首都圏の交通情報</li></ol></aside>
</main>
<div id="cookie-consent">東亜放送のウェブサイトはCookieを利用しています。<a href="/cookie/">詳細</a>　<button>閉じる</button></div>
<footer><p><a href="/corporate/">会社情報</a>　<a href="/privacy/">プライバシーポリシー</a>　<a href="/terms/">利用規約</a>　<a href="/sitemap/">サイトマップ</a></p>
<p>© Toa Broadcasting Corporation. All rights reserved.</p></footer>
</body>
</html>
"""


RENDER = {
    "foghorn-en": foghorn, "driftwood-en": driftwood, "bellwether-en": bellwether,
    "lodestar-en": lodestar, "proliv-ru": proliv, "granit-ru": granit,
    "ryuhyo-ja": ryuhyo, "toa-ja": toa,
}


def render(a: dict) -> str:
    return RENDER[a["feed"]](a)
