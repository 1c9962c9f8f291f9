"""Page templates for the eight invented outlets of corpus blind63.

Each outlet renders an article dict (see content/*.py) into a full HTML5 page with its
own chrome. Some outlets omit metadata on purpose (the blog has no og:/JSON-LD tags;
the business papers carry only part of it)."""
from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import datetime, timedelta, timezone

E = html.escape

FEEDS = [
    {"id": "saltire-wire", "title": "Saltire Wire — World", "format": "rss", "lang": "en"},
    {"id": "harthill-business", "title": "Harthill Business Journal — Asia & Markets", "format": "atom", "lang": "en"},
    {"id": "lindenfield-world", "title": "The Lindenfield Examiner — World", "format": "rss", "lang": "en"},
    {"id": "farshore-blog", "title": "Far Shore — notes on Russia in Asia", "format": "atom", "lang": "en"},
    {"id": "strelka-ru", "title": "ИА «Стрелка» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "rynvestnik-ru", "title": "«Рыночный вестник» — деловая газета", "format": "atom", "lang": "ru"},
    {"id": "myojo-ja", "title": "明星日報オンライン", "format": "rss", "lang": "ja"},
    {"id": "sokai-keizai", "title": "蒼海経済新聞 電子版", "format": "atom", "lang": "ja"},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return ts(a).astimezone(timezone(timedelta(hours=hours)))


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:60] or "news"


def paras(a, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{c}>{E(p)}</p>")
    return "\n".join(out)


def related(a, base: str, default: list[str]) -> str:
    items = a.get("related") or default
    lis = []
    for i, t in enumerate(items):
        lis.append(f'<li><a href="{base}/{slug(t) if t.isascii() else "n" + hashlib.md5(t.encode()).hexdigest()[:8]}-{(i + 3) * 7919 % 100000}">{E(t)}</a></li>')
    return "\n".join(lis)


def jsonld(a, publisher: str, lang: str, author: str | None) -> str:
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["published"], "inLanguage": lang,
         "publisher": {"@type": "Organization", "name": publisher}}
    if author:
        d["author"] = {"@type": "Person", "name": author}
    if a.get("summary"):
        d["description"] = a["summary"]
    return ('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False)
            + "</script>")


# ----------------------------------------------------------------- Saltire Wire (EN agency)
def saltire(a) -> str:
    t = ts(a)
    date = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%H:%M} GMT"
    rel = related(a, "/world", ["Markets wrap: Asian shares mixed", "Explainer: how sanctions on Russia work",
                                  "Week ahead in Asia"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Saltire Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Saltire Wire">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:section" content="{E(a.get('section', 'World'))}">
{jsonld(a, 'Saltire Wire', 'en', a.get('byline'))}
<link rel="stylesheet" href="/static/sw-main.3f9c1.css">
</head>
<body class="sw-article">
<div id="onetrust-banner" class="cookie-banner" role="dialog">
  <p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. <a href="/privacy">Privacy statement</a></p>
  <button id="accept-all">Accept all</button> <button id="reject-all">Reject non-essential</button> <a href="/cookie-settings">Cookie settings</a>
</div>
<header class="sw-header">
  <a class="sw-logo" href="/">SALTIRE<span>WIRE</span></a>
  <nav class="sw-nav"><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/world/asia-pacific">Asia Pacific</a> <a href="/world/europe">Europe</a> <a href="/technology">Technology</a> <a href="/sustainability">Sustainability</a> <a href="/sports">Sports</a></nav>
  <a class="sw-signin" href="/account/signin">Sign in</a> <a class="sw-register" href="/account/register">Register</a>
</header>
<main>
<article class="sw-story">
  <p class="sw-kicker"><a href="/world/asia-pacific">{E(a.get('section', 'Asia Pacific'))}</a></p>
  <h1>{E(a['title'])}</h1>
  <div class="sw-meta"><span class="byline">By {E(a.get('byline', 'Saltire Wire staff'))}</span> <time datetime="{a['published']}">{date}</time> <span class="updated">Updated {int(t.minute) % 50 + 5} min ago</span></div>
  <div class="sw-share"><a href="#share-x">X</a> <a href="#share-fb">Facebook</a> <a href="#share-li">LinkedIn</a> <a href="#share-mail">Email</a> <a href="#link">Link</a> <a href="#purchase">Purchase Licensing Rights</a></div>
  <div class="sw-body">
{paras(a, 'sw-p')}
  </div>
  <p class="sw-credits">{E(a.get('credits', 'Editing by Saltire Wire desk'))}</p>
  <p class="sw-standards"><a href="/trust-principles">Our Standards: The Saltire Wire Trust Principles.</a></p>
</article>
<aside class="sw-related"><h3>Read next</h3><ul>
{rel}
</ul></aside>
</main>
<footer class="sw-footer">
  <nav><a href="/about">About Saltire Wire</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {t.year} Saltire Wire. All rights reserved.</p>
</footer>
<script src="/static/sw-bundle.8a21.js" defer></script>
</body>
</html>
"""


# ----------------------------------------------------------------- Harthill Business Journal (EN)
def harthill(a) -> str:
    t = local(a, 9)
    date = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} JST"
    rel = related(a, "/asia/markets", ["Nikkei closes higher on exporters", "Yen outlook: what traders are watching",
                                        "Commodities: LNG spot prices in north-east Asia"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Harthill Business Journal</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="Harthill Business Journal">
<meta name="twitter:card" content="summary_large_image">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="/asia/{slug(a['title'])}">
</head>
<body>
<div class="hbj-consent" id="consent"><strong>Your privacy choices.</strong> Harthill and its partners use cookies for subscriptions, analytics and advertising. <button>Accept</button> <button>Manage preferences</button></div>
<div class="hbj-ticker"><span>NIKKEI 225</span> <span>TOPIX</span> <span>USD/JPY</span> <span>BRENT</span> <span>JKM LNG</span> <span class="delayed">Data delayed</span></div>
<header class="hbj-masthead">
  <a href="/" class="hbj-brand">HARTHILL<small>Business Journal</small></a>
  <ul class="hbj-sections"><li><a href="/asia">Asia</a></li><li><a href="/asia/markets">Markets</a></li><li><a href="/energy">Energy</a></li><li><a href="/commodities">Commodities</a></li><li><a href="/companies">Companies</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/data">Data</a></li></ul>
  <a class="hbj-subscribe" href="/subscribe">Subscribe — first month £1</a>
</header>
<main class="hbj-main">
  <nav class="breadcrumbs"><a href="/asia">Asia</a> › <a href="/{E(a.get('section', 'markets').lower())}">{E(a.get('section', 'Markets'))}</a></nav>
  <h1 class="hbj-headline">{E(a['title'])}</h1>
  <p class="hbj-standfirst">{E(a['summary'])}</p>
  <p class="hbj-byline">{E(a.get('byline', 'Harthill staff'))} · <span class="hbj-date">{date}</span></p>
  <div class="hbj-tools"><button>Save</button> <button>Gift this article</button> <button>Print</button></div>
  <div class="hbj-article-body">
{paras(a)}
  </div>
  <div class="hbj-paywall-note">Subscribers can read our daily Asia Markets Briefing. <a href="/newsletters">Sign up</a></div>
  <section class="hbj-more"><h2>More from Asia</h2><ul>
{rel}
  </ul></section>
</main>
<footer class="hbj-footer"><p><a href="/help">Help</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/advertise">Advertise</a></p><p>© Harthill Media Ltd {t.year}. Prices and data for information only.</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- Lindenfield Examiner (EN newspaper)
def lindenfield(a) -> str:
    t = ts(a)
    date = f"{t:%a} {t.day} {EN_MONTHS[t.month - 1]} {t.year} {t:%H.%M} GMT"
    rel = related(a, "/world", ["The week in pictures", "Letters: readers respond",
                                 "Global markets: what happened overnight"])
    comments = ""
    if a.get("comments"):
        cs = "\n".join(f'<li class="le-comment"><b>{E(u)}</b><p>{E(c)}</p></li>' for u, c in a["comments"])
        comments = f'<section class="le-comments"><h3>Comments ({len(a["comments"])})</h3><ul>{cs}</ul><p><a href="/community-standards">Community standards</a></p></section>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | World news | The Lindenfield Examiner</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:author" content="{E(a.get('byline', ''))}">
{jsonld(a, 'The Lindenfield Examiner', 'en', a.get('byline'))}
</head>
<body class="le">
<aside class="le-cookie">We and our partners use cookies to improve your experience. <a href="/privacy-settings">Manage settings</a> <button>Yes, I'm happy</button></aside>
<div class="le-support">Support independent journalism — <a href="/contribute">contribute from £2</a></div>
<header class="le-head">
  <a class="le-title" href="/">The Lindenfield Examiner</a>
  <nav class="le-pillars"><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav>
  <nav class="le-subnav"><a href="/world">World</a> <a href="/world/asia-pacific">Asia Pacific</a> <a href="/world/europe">Europe</a> <a href="/world/americas">Americas</a> <a href="/environment">Environment</a> <a href="/business">Business</a></nav>
</header>
<main>
  <p class="le-section">{E(a.get('section', 'World news'))}</p>
  <h1>{E(a['title'])}</h1>
  <p class="le-standfirst">{E(a['summary'])}</p>
  <address class="le-byline">{E(a.get('byline', 'Examiner staff'))}</address>
  <p class="le-dateline"><time datetime="{a['published']}">{date}</time></p>
  <p class="le-share"><a href="#fb">Share on Facebook</a> <a href="#x">Share on X</a> <a href="#wa">WhatsApp</a> <a href="#email">Email</a></p>
  <div class="le-body">
{paras(a)}
  </div>
  <p class="le-tags">Topics: {' · '.join(E(x) for x in a.get('tags', ['World news']))}</p>
  {comments}
  <section class="le-related"><h2>Most viewed in World</h2><ol>
{rel}
  </ol></section>
</main>
<footer class="le-foot"><p><a href="/about">About us</a> | <a href="/help">Help</a> | <a href="/complaints">Complaints &amp; corrections</a> | <a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie policy</a></p><p>© {t.year} Lindenfield Examiner Media Group</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- Far Shore (EN blog; no metadata)
def farshore(a) -> str:
    t = ts(a)
    date = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"
    comments = ""
    if a.get("comments"):
        cs = "\n".join(f'<li class="comment"><div class="comment-author">{E(u)} says:</div><div class="comment-content"><p>{E(c)}</p></div><a class="reply" href="#respond">Reply</a></li>' for u, c in a["comments"])
        comments = f'<div id="comments"><h3 class="comments-title">{len(a["comments"])} thoughts on “{E(a["title"])}”</h3><ol class="comment-list">{cs}</ol></div>'
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} &#8211; Far Shore</title>
<link rel="stylesheet" id="twentyseventeen-style-css" href="/wp-content/themes/farshore/style.css?ver=6.4" media="all">
<link rel="alternate" type="application/atom+xml" title="Far Shore &raquo; Feed" href="/feed/atom/">
</head>
<body class="post-template-default single single-post">
<div id="cookie-notice" role="banner"><span>This site uses cookies (WordPress and Jetpack stats). </span><a href="#" class="cn-button">OK</a> <a href="/privacy/">Privacy policy</a></div>
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/">Far Shore</a></p>
  <p class="site-description">notes on Russia in Asia, from someone who reads too many Sakhalin newspapers</p>
  <nav id="site-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/category/kurils/">Kurils</a></li><li><a href="/category/sakhalin/">Sakhalin</a></li><li><a href="/category/reading/">Reading list</a></li><li><a href="/newsletter/">Newsletter</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<article class="post type-post status-publish format-standard">
  <header class="entry-header">
    <div class="entry-meta"><span class="posted-on">Posted on {date}</span> <span class="byline">by {E(a.get('byline', 'M. Hallett'))}</span></div>
    <h1 class="entry-title">{E(a['title'])}</h1>
  </header>
  <div class="entry-content">
{paras(a)}
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/kurils/">Kurils</a>, <a href="/category/japan-russia/">Japan-Russia</a></span> <span class="share">Share this: <a href="#tw">Twitter</a> <a href="#fb">Facebook</a> <a href="#mail">Email</a></span></footer>
</article>
<nav class="post-navigation"><a href="/prev/" rel="prev">Previous post</a> <a href="/next/" rel="next">Next post</a></nav>
{comments}
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
</div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Subscribe</h2><p>Get new posts by email.</p></section><section class="widget"><h2>Archives</h2><ul><li><a href="/2027/">2027</a></li><li><a href="/2026/">2026</a></li><li><a href="/2025/">2025</a></li></ul></section></aside>
<footer id="colophon" class="site-footer"><p>Proudly powered by WordPress | Theme: Twenty Seventeen</p></footer>
</div>
</body>
</html>
"""


# ----------------------------------------------------------------- ИА «Стрелка» (RU agency)
def strelka(a) -> str:
    t = local(a, 3)
    date = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    rel = related(a, "/news", ["Курс рубля: ЦБ установил официальные курсы на завтра",
                               "Погода: на Дальний Восток идёт циклон", "Главное за день"])
    tags = " ".join(f'<a class="tag" href="/tag/{i}">{E(x)}</a>' for i, x in enumerate(a.get("tags", ["Политика"])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — ИА «Стрелка»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{a['published']}">
{jsonld(a, 'ИА «Стрелка»', 'ru', a.get('byline'))}
</head>
<body>
<div class="cookie-warning">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">условиями</a>. <button>Понятно</button></div>
<header class="st-header">
  <a class="st-logo" href="/">Стрелка<span>информационное агентство</span></a>
  <nav class="st-menu"><a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/region/dfo">ДФО</a> <a href="/army">Армия</a> <a href="/sport">Спорт</a> <a href="/lenta">Лента</a></nav>
  <form class="st-search" action="/search"><input name="q" placeholder="Поиск"></form>
</header>
<main class="st-main">
  <div class="st-rubric">{E(a.get('section', 'Политика'))}</div>
  <h1 class="st-title">{E(a['title'])}</h1>
  <div class="st-date"><time datetime="{a['published']}">{date}</time> <span class="st-views">обновлено</span></div>
  <div class="st-lead"><p>{E(a['summary'])}</p></div>
  <div class="st-text">
{paras(a)}
  </div>
  <div class="st-tags">{tags}</div>
  <div class="st-share">Поделиться: <a href="#vk">ВКонтакте</a> <a href="#ok">Одноклассники</a> <a href="#tg">Telegram</a> <a href="#copy">Скопировать ссылку</a></div>
  <div class="st-subscribe">Читайте «Стрелку» в <a href="#tg">Telegram</a> и <a href="#dzen">Дзене</a></div>
  <section class="st-more"><h2>Читайте также</h2><ul>
{rel}
  </ul></section>
</main>
<footer class="st-footer"><p>Сетевое издание «ИА Стрелка». Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000. 16+</p><p>При цитировании ссылка на ИА «Стрелка» обязательна. <a href="/about">О нас</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- «Рыночный вестник» (RU business; partial meta)
def rynvestnik(a) -> str:
    t = local(a, 3)
    date = f"{t.day:02d}.{t.month:02d}.{t.year} {t:%H:%M}"
    rel = related(a, "/articles", ["Индекс Мосбиржи: итоги недели", "Ключевая ставка: чего ждать от ЦБ",
                                   "Нефть Urals: дисконт сокращается"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Рыночный вестник</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="Рыночный вестник">
<meta name="keywords" content="{E(', '.join(a.get('tags', ['экономика'])))}">
</head>
<body class="rv">
<div class="rv-cookies">Сайт использует cookie и сервисы веб-аналитики. <a href="/policy">Политика обработки данных</a> <button>Принять</button></div>
<div class="rv-quotes">USD/RUB · EUR/RUB · CNY/RUB · Brent · Индекс МосБиржи <span>данные с задержкой</span></div>
<header class="rv-top">
  <a href="/" class="rv-logo">Рыночный вестник<small>деловая газета</small></a>
  <nav><a href="/finance">Финансы</a> <a href="/markets">Рынки</a> <a href="/industry">Промышленность</a> <a href="/agro">АПК и рыба</a> <a href="/trade">Внешняя торговля</a> <a href="/regions">Регионы</a> <a href="/opinions">Мнения</a></nav>
  <a class="rv-sub" href="/subscribe">Подписка</a>
</header>
<main>
  <div class="rv-rubric">{E(a.get('section', 'Экономика'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="rv-info"><span class="rv-author">{E(a.get('byline', 'Редакция'))}</span> <span class="rv-date">{date}</span></div>
  <div class="rv-anons"><b>{E(a['summary'])}</b></div>
  <div class="rv-content">
{paras(a)}
  </div>
  <div class="rv-mistake">Нашли ошибку? Выделите фрагмент и нажмите Ctrl+Enter</div>
  <aside class="rv-related"><h3>По теме</h3><ul>
{rel}
  </ul></aside>
</main>
<footer class="rv-foot"><p>© «Рыночный вестник», {t.year}. Все права защищены. 18+</p><p><a href="/editorial">Редакция</a> · <a href="/advert">Реклама</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- 明星日報オンライン (JA general)
def myojo(a) -> str:
    t = local(a, 9)
    wd = "月火水木金土日"[t.weekday()]
    date = f"{t.year}年{t.month}月{t.day}日（{wd}） {t:%H:%M}"
    rel = related(a, "/articles", ["きょうの天気　北海道は広く雪", "円相場、1ドル＝150円台で推移",
                                   "社説を読む"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])}：明星日報オンライン</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="明星日報オンライン">
<meta property="article:published_time" content="{a['published']}">
{jsonld(a, '明星日報', 'ja', None)}
</head>
<body>
<div class="mj-cookie">当サイトはクッキーを使用しています。詳しくは<a href="/policy/cookie">クッキーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="mj-header">
  <a class="mj-logo" href="/">明星日報</a>
  <nav class="mj-gnav"><a href="/national">社会</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/international">国際</a> <a href="/local/hokkaido">北海道</a> <a href="/sports">スポーツ</a> <a href="/culture">文化</a> <a href="/opinion">オピニオン</a></nav>
  <a class="mj-login" href="/login">ログイン</a> <a class="mj-member" href="/member">有料会員登録</a>
</header>
<main class="mj-main">
  <ol class="mj-breadcrumb"><li><a href="/">トップ</a></li><li><a href="/{E(a.get('section_path', 'politics'))}">{E(a.get('section', '政治'))}</a></li><li>記事</li></ol>
  <h1 class="mj-headline">{E(a['title'])}</h1>
  <div class="mj-date"><time datetime="{a['published']}">{date}</time></div>
  <div class="mj-sns"><a href="#x">ポスト</a> <a href="#fb">シェア</a> <a href="#line">LINEで送る</a> <a href="#hatena">はてブ</a></div>
  <div class="mj-article">
{paras(a)}
  </div>
  <p class="mj-copyright">明星日報社の記事・写真の無断転載・複製を禁じます。</p>
  <section class="mj-related"><h2>関連記事</h2><ul>
{rel}
  </ul></section>
  <section class="mj-ranking"><h2>アクセスランキング</h2><ol><li><a href="/ranking/1">物価高対策、補正予算案の全容</a></li><li><a href="/ranking/2">大雪で札幌の交通乱れる</a></li><li><a href="/ranking/3">プロ野球ドラフト指名選手の横顔</a></li></ol></section>
</main>
<footer class="mj-footer"><p><a href="/company">会社案内</a>｜<a href="/privacy">個人情報</a>｜<a href="/rule">利用規約</a>｜<a href="/ad">広告掲載</a></p><p>Copyright © 明星日報社 All rights reserved. 無断転載を禁じます。</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- 蒼海経済新聞 (JA business; minimal meta)
def sokai(a) -> str:
    t = local(a, 9)
    date = f"{t.year}年{t.month}月{t.day}日 {t.hour}:{t.minute:02d}"
    rel = related(a, "/article", ["日経平均、反発　輸出関連に買い", "水産物卸値、年末需要で上昇",
                                  "原油先物、小幅安"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - 蒼海経済新聞</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
</head>
<body>
<div id="cookie-consent">本サイトは利便性向上と広告配信のためにCookieを利用します。<a href="/cookie">詳細</a> <button>OK</button></div>
<header class="sk-head">
  <a href="/" class="sk-logo">蒼海経済新聞<span>電子版</span></a>
  <nav><a href="/markets">マーケット</a> <a href="/energy">エネルギー</a> <a href="/fisheries">水産・食品</a> <a href="/logistics">物流</a> <a href="/hokkaido">北海道経済</a> <a href="/world">国際</a></nav>
  <a href="/trial" class="sk-trial">無料体験</a>
</header>
<main>
  <div class="sk-cat">{E(a.get('section', '経済'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="sk-time">{date}</div>
  <div class="sk-body">
{paras(a)}
  </div>
  <div class="sk-save"><button>保存</button> <button>印刷</button> <button>共有</button></div>
  <div class="sk-related"><h2>この記事の関連ニュース</h2><ul>
{rel}
  </ul></div>
</main>
<footer class="sk-foot">© 蒼海経済新聞社 {t.year}　<a href="/terms">利用規約</a>　<a href="/privacy">プライバシー</a></footer>
</body>
</html>
"""


RENDER = {"saltire-wire": saltire, "harthill-business": harthill, "lindenfield-world": lindenfield,
          "farshore-blog": farshore, "strelka-ru": strelka, "rynvestnik-ru": rynvestnik,
          "myojo-ja": myojo, "sokai-keizai": sokai}
