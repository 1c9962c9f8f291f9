"""Outlet definitions and page templates for the blind81 corpus.

Each outlet renders a complete HTML5 page around an article body. Templates differ
by outlet: navigation, cookie banners, metadata (some outlets publish none), related
links, comments and footers.
"""
from __future__ import annotations

import html
import json
from datetime import timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")
MSK = timezone(timedelta(hours=3), "MSK")
SAKH = timezone(timedelta(hours=11), "SAKT")
UTC = timezone.utc

FEEDS = [
    {"id": "corbel-wire", "title": "Corbel Wire - World & Markets", "format": "rss", "lang": "en"},
    {"id": "thimble-post", "title": "The Thimble Post - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "moraine-review", "title": "The Moraine Review - Eurasia", "format": "atom", "lang": "en"},
    {"id": "verst-lenta", "title": "Агентство «Верста» - лента новостей", "format": "atom", "lang": "ru"},
    {"id": "ropak-ru", "title": "Ропак.Ру - новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "kurilsky-kompas", "title": "Курильский компас - окружная газета", "format": "rss", "lang": "ru"},
    {"id": "kanjiki-ja", "title": "かんじき新聞 電子版（根室・別海・標津）", "format": "rss", "lang": "ja"},
    {"id": "todomatsu-tv", "title": "道東とどまつテレビ NEWS", "format": "atom", "lang": "ja"},
]

SITE = {
    "corbel-wire": "https://www.corbelwire.com",
    "thimble-post": "https://thimblepost.asia",
    "moraine-review": "https://moraine-review.eu",
    "verst-lenta": "https://verst-news.ru",
    "ropak-ru": "https://ropak.ru",
    "kurilsky-kompas": "http://kompas-kurily.ru",
    "kanjiki-ja": "https://www.kanjiki-np.jp",
    "todomatsu-tv": "https://news.todomatsu-tv.jp",
}

e = html.escape
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JA_WD = "月火水木金土日"


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{e(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{e(p)}</p>")
    return "\n".join(out)


def related_list(rel: list[tuple[str, str]], cls: str) -> str:
    return "\n".join(f'<li class="{cls}"><a href="{e(href)}">{e(t)}</a></li>' for t, href in rel)


def jsonld(a: dict, site: str, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": a["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": lang,
        "mainEntityOfPage": f"{site}/articles/{a['id']}.html",
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if a.get("byline"):
        data["author"] = {"@type": "Person", "name": a["byline"]}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# ----------------------------------------------------------------- English outlets

def corbel(a: dict, rel: list) -> str:
    t = a["published"].astimezone(UTC)
    shown = t.strftime("%B %-d, %Y %-I:%M %p GMT")
    site = SITE["corbel-wire"]
    byline = a.get("byline", "Corbel staff")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | Corbel Wire</title>
<meta name="description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Corbel Wire">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:url" content="{site}/articles/{a['id']}.html">
<meta property="article:published_time" content="{a['published'].isoformat()}">
<meta property="article:section" content="{e(a.get('section', 'World'))}">
<link rel="canonical" href="{site}/articles/{a['id']}.html">
{jsonld(a, site, "Corbel Wire", "en")}
<link rel="stylesheet" href="/static/cw-main.4f1a.css">
</head>
<body class="cw-article">
<div id="cw-consent" class="consent-bar" role="dialog">
  <p>We use cookies and similar technologies to deliver our services, measure audiences and personalise advertising. You can change your choices at any time in Privacy Settings.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="cw-masthead">
  <a class="cw-logo" href="/">CORBEL<span>WIRE</span></a>
  <nav class="cw-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/world/asia-pacific">Asia Pacific</a></li>
    <li><a href="/energy">Energy</a></li><li><a href="/commodities">Commodities</a></li>
    <li><a href="/sustainability">Sustainability</a></li><li><a href="/graphics">Graphics</a></li>
  </ul></nav>
  <div class="cw-ticker">NIKKEI 225 &#9650; | USD/JPY &#9660; | BRENT &#9650; | Delayed quotes</div>
</header>
<main>
<article class="cw-story">
  <div class="cw-kicker"><a href="/world/asia-pacific">{e(a.get('section', 'Asia Pacific'))}</a></div>
  <h1>{e(a['title'])}</h1>
  <div class="cw-meta"><span class="cw-byline">By {e(byline)}</span>
  <time datetime="{a['published'].isoformat()}">{shown}</time>
  <span class="cw-updated">Updated {shown}</span></div>
  <div class="cw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="cw-body">
{paras(a['body'])}
  </div>
  <p class="cw-credit">{e(a.get('credit', 'Editing by Corbel desk'))}</p>
  <p class="cw-standards">Our Standards: <a href="/trust-principles">The Corbel Trust Principles.</a></p>
</article>
<aside class="cw-related"><h3>Read next</h3><ul>
{related_list(rel, 'cw-rel')}
<li class="cw-rel"><a href="/markets/asia">Asian shares edge higher as investors weigh central bank signals</a></li>
</ul></aside>
<aside class="cw-ad">Advertisement &middot; Scroll to continue</aside>
</main>
<footer class="cw-footer">
  <ul><li><a href="/about">About Corbel</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/cookies">Cookie policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Corbel Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def thimble(a: dict, rel: list) -> str:
    t = a["published"].astimezone(JST)
    shown = f"{t.strftime('%a')} {t.day} {t.strftime('%b %Y')} {t.strftime('%H.%M')} JST"
    site = SITE["thimble-post"]
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<li><b>{e(n)}</b><p>{e(c)}</p></li>' for n, c in a["comments"])
        comments = f'<section class="tp-comments"><h3>Comments ({len(a["comments"])})</h3><ol>{items}</ol><p class="tp-note">Comments are moderated and may take a few minutes to appear.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - The Thimble Post</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published'].isoformat()}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{site}/articles/{a['id']}.html">
</head>
<body>
<div class="tp-cookies">
  <strong>Your privacy</strong> The Thimble Post and our partners use cookies to run this site, remember your settings and show relevant ads. <a href="/cookies">Read more</a>
  <button>OK</button><button>Reject non-essential</button>
</div>
<div class="tp-top"><a href="/subscribe">Support independent journalism in Asia &rarr; Subscribe from $1</a> | <a href="/login">Sign in</a></div>
<header><a class="tp-brand" href="/">The Thimble Post</a>
<nav><a href="/asia">Asia</a> <a href="/japan">Japan</a> <a href="/china">China</a> <a href="/korea">Korea</a> <a href="/pacific">Pacific</a> <a href="/opinion">Opinion</a> <a href="/business">Business</a> <a href="/culture">Culture</a></nav></header>
<main class="tp-main">
<p class="tp-crumbs"><a href="/">Home</a> &rsaquo; <a href="/{a.get('crumb', 'japan')}">{e(a.get('crumb', 'japan').title())}</a></p>
<h1 class="tp-headline">{e(a['title'])}</h1>
<p class="tp-standfirst">{e(a['summary'])}</p>
<p class="tp-byline">{e(a.get('byline', 'Thimble Post correspondent'))} &middot; <span class="tp-date">{shown}</span></p>
<div class="tp-share">Share: <a href="#">Facebook</a> &middot; <a href="#">X</a> &middot; <a href="#">WhatsApp</a></div>
<div class="tp-article-body">
{paras(a['body'])}
</div>
<div class="tp-newsletter">Get the Asia Morning Brief in your inbox. <a href="/newsletters">Sign up</a></div>
{comments}
<section class="tp-more"><h3>More on this story</h3><ul>
{related_list(rel, 'tp-link')}
<li class="tp-link"><a href="/culture/tokyo-food-halls">The best depachika food halls in Tokyo, ranked</a></li>
</ul></section>
</main>
<footer class="tp-foot"><p><a href="/about">About us</a> &middot; <a href="/ethics">Editorial code</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p>
<p>&copy; The Thimble Post Ltd, Singapore. Registered office: 18 Cross Street.</p></footer>
</body>
</html>
"""


def moraine(a: dict, rel: list) -> str:
    t = a["published"].astimezone(UTC)
    shown = f"{t.day} {t.strftime('%B %Y')}"
    site = SITE["moraine-review"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} &mdash; The Moraine Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{jsonld(a, site, "The Moraine Review", "en")}
</head>
<body class="mr">
<div class="mr-gdpr" data-consent="pending">This site uses cookies for analytics and to remember your reading preferences. By continuing you agree to our <a href="/cookie-notice">cookie notice</a>. <button>Got it</button></div>
<header class="mr-header">
<div class="mr-wordmark"><a href="/">The Moraine Review</a><span>Eurasia &middot; Politics &middot; Security &middot; Energy</span></div>
<nav><ul><li><a href="/region/russia">Russia</a></li><li><a href="/region/caucasus">Caucasus</a></li><li><a href="/region/central-asia">Central Asia</a></li><li><a href="/region/east-asia">East Asia</a></li><li><a href="/energy">Energy</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/podcast">Podcast</a></li></ul></nav>
</header>
<main>
<article>
<p class="mr-section">{e(a.get('section', 'News'))}</p>
<h1>{e(a['title'])}</h1>
<p class="mr-dek">{e(a['summary'])}</p>
<p class="mr-meta">{e(a.get('byline', 'Moraine Review staff'))} &middot; {shown}</p>
<div class="mr-text">
{paras(a['body'])}
</div>
<p class="mr-tags">Topics: {e(a.get('tags', 'Russia, Japan'))}</p>
</article>
<aside class="mr-box"><h4>Read more from The Moraine Review</h4><ul>
{related_list(rel, 'mr-item')}
<li class="mr-item"><a href="/analysis/caspian-pipelines">The Caspian's quiet pipeline race</a></li>
</ul>
<div class="mr-sub">The Moraine Review is reader-funded. <a href="/donate">Become a member</a>.</div></aside>
</main>
<footer><p>The Moraine Review &middot; Tallinn &amp; Vienna &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/rss">RSS</a></p><p>&copy; 2026 Moraine Media O&Uuml;</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- Russian outlets

def verst(a: dict, rel: list) -> str:
    t = a["published"].astimezone(MSK)
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    site = SITE["verst-lenta"]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} — Агентство «Верста»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:site_name" content="Верста">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{a['published'].isoformat()}">
{jsonld(a, site, "Агентство «Верста»", "ru")}
</head>
<body>
<div class="vr-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая просмотр, вы соглашаетесь с <a href="/legal/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="vr-head">
<a class="vr-logo" href="/">ВЕРСТА</a>
<nav><a href="/politika">Политика</a> <a href="/mir">В мире</a> <a href="/ekonomika">Экономика</a> <a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a> <a href="/sport">Спорт</a> <a href="/dalniy-vostok">Дальний Восток</a></nav>
<form class="vr-search" action="/search"><input type="text" name="q" placeholder="Поиск по сайту"></form>
</header>
<main>
<div class="vr-rubric">{e(a.get('section', 'В мире'))}</div>
<article class="vr-article">
<time class="vr-time" datetime="{a['published'].isoformat()}">{shown}</time>
<h1>{e(a['title'])}</h1>
<div class="vr-lead">{e(a['summary'])}</div>
<div class="vr-text">
{paras(a['body'])}
</div>
<div class="vr-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<p class="vr-subscribe">Подписывайтесь на «Версту» в Telegram: главные новости без лишнего</p>
</article>
<section class="vr-also"><h3>Читайте также</h3><ul>
{related_list(rel, 'vr-also-item')}
<li class="vr-also-item"><a href="/ekonomika/kurs-rublya">Курс рубля: чего ждать на следующей неделе</a></li>
</ul></section>
</main>
<footer class="vr-foot"><p>Сетевое издание «Верста». Свидетельство о регистрации СМИ Эл № ФС77-81234. 18+</p>
<p>При полном или частичном использовании материалов ссылка на «Версту» обязательна. <a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p></footer>
</body>
</html>
"""


def ropak(a: dict, rel: list) -> str:
    t = a["published"].astimezone(SAKH)
    shown = t.strftime("%d.%m.%Y %H:%M")
    site = SITE["ropak-ru"]
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<div class="rp-comment"><span class="rp-nick">{e(n)}</span><p>{e(c)}</p></div>' for n, c in a["comments"])
        comments = f'<section class="rp-comments"><h3>Комментарии ({len(a["comments"])})</h3>{items}<p><a href="/login">Войдите</a>, чтобы оставить комментарий.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Ропак.Ру</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:url" content="{site}/articles/{a['id']}.html">
<meta property="article:published_time" content="{a['published'].isoformat()}">
</head>
<body>
<div class="rp-topline">Южно-Сахалинск: −3 °C · Курс ЦБ: USD, EUR, JPY · <a href="/weather">Погода</a> · <a href="/afisha">Афиша</a></div>
<header class="rp-header"><a class="rp-logo" href="/">РОПАК<small>.ру</small></a>
<nav><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/ekonomika">Экономика</a> <a href="/ryba">Рыба</a> <a href="/obshchestvo">Общество</a> <a href="/sport">Спорт</a> <a href="/sakhalin-live">Сахалин live</a></nav></header>
<main class="rp-main">
<article>
<div class="rp-date">{shown}</div>
<h1>{e(a['title'])}</h1>
<div class="rp-lead"><b>{e(a['summary'])}</b></div>
{paras(a['body'])}
<p class="rp-author">{e(a.get('byline', 'Ропак.Ру'))}</p>
<p class="rp-tip">Есть новость? Пишите в наш Telegram-бот или на почту редакции.</p>
</article>
{comments}
<aside class="rp-related"><h3>По теме</h3><ul>
{related_list(rel, 'rp-rel')}
<li class="rp-rel"><a href="/news/zimnie-dorogi">На севере Сахалина открыли зимники</a></li>
</ul></aside>
</main>
<div class="rp-cookie">Сайт использует cookie и сервис веб-аналитики. <button>Принять</button></div>
<footer class="rp-footer"><p>Сетевое издание «Ропак.Ру» (18+). Учредитель ООО «Ропак Медиа», г. Южно-Сахалинск. Главный редактор — Е. В. Лещенко.</p><p>Все права защищены. Перепечатка только с разрешения редакции.</p></footer>
</body>
</html>
"""


def kompas(a: dict, rel: list) -> str:
    # a small district newspaper site: no meta tags, no structured data
    t = a["published"].astimezone(SAKH)
    shown = t.strftime("%d.%m.%Y")
    items = "".join(f'<tr><td>&raquo; <a href="{e(h)}">{e(x)}</a></td></tr>' for x, h in rel)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - Курильский компас</title>
</head>
<body bgcolor="#f4f4ef">
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="kk-head"><a href="/"><img src="/img/kompas_logo.gif" alt="Курильский компас"></a>
<br><small>Общественно-политическая газета Южно-Курильского муниципального округа. Выходит с 1947 года.</small></td></tr>
<tr><td colspan="2" class="kk-menu"><a href="/">Главная</a> | <a href="/news">Новости округа</a> | <a href="/vlast">Власть</a> | <a href="/sport">Спорт</a> | <a href="/kultura">Культура</a> | <a href="/obyavleniya">Объявления</a> | <a href="/archive">Архив номеров</a></td></tr>
<tr>
<td width="700" valign="top" class="kk-content">
<h1>{e(a['title'])}</h1>
<div class="kk-date">{shown} | Рубрика: {e(a.get('section', 'Новости округа'))}</div>
{paras(a['body'])}
<p class="kk-author"><i>{e(a.get('byline', 'Соб. инф.'))}</i></p>
<p>Просмотров: {a.get('views', 312)} | <a href="/print">Версия для печати</a></p>
</td>
<td width="280" valign="top" class="kk-side">
<b>Последние материалы</b>
<table>{items}<tr><td>&raquo; <a href="/news/graf-paroma">График движения парома «Игорь Фархутдинов»</a></td></tr></table>
<p><b>Подписка на газету</b><br>Индекс в каталоге «Почта России» — П4512</p>
</td></tr>
<tr><td colspan="2" class="kk-foot">© МАУ «Редакция газеты «Курильский компас», пгт Южно-Курильск. Тел. для справок в редакции. Использование материалов — со ссылкой на газету.<br>Сайт использует файлы cookie. <a href="/cookies">Подробнее</a></td></tr>
</table>
</body>
</html>
"""


# ----------------------------------------------------------------- Japanese outlets

def kanjiki(a: dict, rel: list) -> str:
    t = a["published"].astimezone(JST)
    shown = f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"
    site = SITE["kanjiki-ja"]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}｜かんじき新聞 電子版</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="かんじき新聞 電子版">
<meta property="article:published_time" content="{a['published'].isoformat()}">
<link rel="canonical" href="{site}/articles/{a['id']}.html">
</head>
<body>
<div class="kj-cookie">当サイトではサービス向上と広告配信のためにCookieを使用しています。<a href="/policy/cookie">詳しくはこちら</a> <button>同意する</button></div>
<header class="kj-header">
<div class="kj-logo"><a href="/">かんじき新聞</a><span>根室・別海・標津・羅臼のニュース</span></div>
<nav><ul><li><a href="/news/local">地域</a></li><li><a href="/news/hoppo">北方領土</a></li><li><a href="/news/gyogyo">漁業・水産</a></li><li><a href="/news/keizai">経済</a></li><li><a href="/news/sports">スポーツ</a></li><li><a href="/news/okuyami">おくやみ</a></li><li><a href="/member">会員登録</a></li></ul></nav>
</header>
<main>
<div class="kj-pankuzu"><a href="/">トップ</a> ＞ <a href="/news/{a.get('crumb', 'hoppo')}">{e(a.get('crumb_ja', '北方領土'))}</a></div>
<article class="kj-article">
<h1>{e(a['title'])}</h1>
<p class="kj-date">{shown}</p>
<div class="kj-honbun">
{paras(a['body'])}
</div>
<p class="kj-copy">（{e(a.get('byline', '根室支局'))}）</p>
<div class="kj-sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">Facebookでシェア</a></div>
</article>
<section class="kj-kanren"><h2>関連記事</h2><ul>
{related_list(rel, 'kj-kanren-li')}
<li class="kj-kanren-li"><a href="/news/local/sanma-kakaku">サンマ初水揚げ、高値スタート　花咲港</a></li>
</ul></section>
<div class="kj-ranking"><h2>アクセスランキング</h2><ol><li>別海の酪農家、新規就農者を募集</li><li>根室市議会、補正予算案を可決</li><li>中標津空港、冬ダイヤを発表</li></ol></div>
</main>
<footer class="kj-footer"><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権はかんじき新聞社またはその情報提供者に属します。</p><p>© Kanjiki Shimbun Co., Ltd. 北海道根室市</p></footer>
</body>
</html>
"""


def todomatsu(a: dict, rel: list) -> str:
    t = a["published"].astimezone(JST)
    shown = f"{t.year}年{t.month}月{t.day}日({JA_WD[t.weekday()]}) {t.hour}時{t.minute:02d}分"
    site = SITE["todomatsu-tv"]
    meta = "" if a.get("no_meta") else jsonld(a, site, "道東とどまつテレビ", "ja")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])} | 道東とどまつテレビ NEWS</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}
</head>
<body>
<header class="tdm-head">
<a href="/" class="tdm-logo">とどまつテレビ<span>NEWS</span></a>
<nav class="tdm-gnav"><a href="/">トップ</a><a href="/list/society">社会</a><a href="/list/politics">政治</a><a href="/list/economy">経済</a><a href="/list/hoppo">北方領土</a><a href="/list/weather">天気</a><a href="/list/sports">スポーツ</a><a href="/live">ライブ配信</a></nav>
</header>
<main class="tdm-main">
<article>
<div class="tdm-video"><img src="/thumb/{a['id']}.jpg" alt=""><span class="tdm-play">▶ 動画を再生</span></div>
<h1 class="tdm-title">{e(a['title'])}</h1>
<p class="tdm-time">{shown}</p>
<div class="tdm-body">
{paras(a['body'])}
</div>
<p class="tdm-share">この記事をシェア：<a href="#">X</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></p>
</article>
<section class="tdm-related"><h2>あわせて読みたい</h2><ul>
{related_list(rel, 'tdm-rel')}
<li class="tdm-rel"><a href="/list/weather/kiri">道東の海霧、今週は発生しやすく</a></li>
</ul></section>
<section class="tdm-program"><h2>番組情報</h2><p>「とどまつイブニング」月～金 夕方6時15分から</p></section>
</main>
<div class="tdm-consent">このウェブサイトはCookieを利用しています。閲覧を続けることでCookieの利用に同意したものとみなします。<a href="/privacy">プライバシーポリシー</a><button>閉じる</button></div>
<footer class="tdm-foot"><p>番組やニュースへのご意見・情報提供はこちら</p><p>Copyright © Todomatsu Television Co., Ltd. 釧路市 All Rights Reserved.</p></footer>
</body>
</html>
"""


RENDER = {
    "corbel-wire": corbel,
    "thimble-post": thimble,
    "moraine-review": moraine,
    "verst-lenta": verst,
    "ropak-ru": ropak,
    "kurilsky-kompas": kompas,
    "kanjiki-ja": kanjiki,
    "todomatsu-tv": todomatsu,
}
