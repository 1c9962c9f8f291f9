"""Outlets of the b116 corpus: feed metadata and one page template per outlet.

Every template takes an article dict (see generate.py) and returns a complete HTML5
page.  Two outlets (kurilsky-ulov, hamakko-ja) carry no machine-readable metadata at
all: no og:/article: tags, no JSON-LD, no <time datetime>; the date is only in the
visible byline, as on many small local sites.
"""
from __future__ import annotations

import json
from datetime import timedelta, timezone
from html import escape

FEEDS = [
    {"id": "longfin-wire", "title": "Longfin Wire — World", "format": "rss", "lang": "en"},
    {"id": "gaffhook-en", "title": "Gaffhook Seafood Report — North Pacific fisheries & trade",
     "format": "atom", "lang": "en"},
    {"id": "bunkerberth-en", "title": "Bunker & Berth — energy, ports and shipping in the North Pacific",
     "format": "rss", "lang": "en"},
    {"id": "tidepool-en", "title": "The Tidepool Dispatch — eastern Hokkaido & the Kurils in English",
     "format": "atom", "lang": "en"},
    {"id": "falshbort", "title": "ИА «Фальшборт» — Сахалин, Курилы и рыбная отрасль",
     "format": "rss", "lang": "ru"},
    {"id": "kurilsky-ulov", "title": "«Курильский улов» — газета рыбаков Южно-Курильского округа",
     "format": "atom", "lang": "ru"},
    {"id": "hamakko-ja", "title": "ねむろ浜っ子新聞 電子版", "format": "rss", "lang": "ja"},
    {"id": "umiake-ja", "title": "知床海明け新報 電子版", "format": "atom", "lang": "ja"},
]

BASE = {
    "longfin-wire": "https://www.longfinwire.example",
    "gaffhook-en": "https://gaffhook.example",
    "bunkerberth-en": "https://bunkerandberth.example",
    "tidepool-en": "https://tidepooldispatch.example",
    "falshbort": "https://falshbort.example",
    "kurilsky-ulov": "https://kurilsky-ulov.example",
    "hamakko-ja": "https://hamakko-nemuro.example",
    "umiake-ja": "https://umiake-shinpo.example",
}

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _paras(body: list[str], p_class: str = "", h_tag: str = "h2") -> str:
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for p in body:
        if p.startswith("## "):
            out.append(f"<{h_tag}>{escape(p[3:])}</{h_tag}>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{escape(p)}</p>")
    return "\n".join(out)


def _related(items: list[str], tag: str = "li") -> str:
    return "\n".join(f'<{tag}><a href="#">{escape(t)}</a></{tag}>' for t in items)


def _jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": a["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": lang,
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": a["url"],
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- Longfin Wire


def longfin(a: dict) -> str:
    t = a["published"]
    shown = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} GMT"
    related = [
        "Explainer: Why Japan and Russia never signed a WW2 peace treaty",
        "Asia markets: Nikkei edges up as yen steadies",
        "Commodities: Pacific pollock prices firm ahead of B season",
        "Shipping: Bering Sea ice season ends early",
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Longfin Wire</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Longfin Wire">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:url" content="{escape(a['url'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:section" content="{escape(a.get('section', 'World'))}">
<link rel="canonical" href="{escape(a['url'])}">
{_jsonld(a, 'Longfin Wire', 'en')}
<style>body{{font-family:Georgia,serif;margin:0}} .lw-top{{background:#0b2a3c;color:#fff}}</style>
</head>
<body>
<div class="lw-cookie" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure audiences and personalise advertising.
  <a href="#">Cookie policy</a></p>
  <button>Accept all</button> <button>Reject non-essential</button> <button>Manage choices</button>
</div>
<header class="lw-top">
  <a class="lw-logo" href="#">LONGFIN</a>
  <nav><ul>
    <li><a href="#">World</a></li><li><a href="#">Asia Pacific</a></li><li><a href="#">Europe</a></li>
    <li><a href="#">Markets</a></li><li><a href="#">Commodities</a></li><li><a href="#">Fisheries</a></li>
    <li><a href="#">Sustainability</a></li><li><a href="#">Video</a></li>
  </ul></nav>
  <form class="lw-search"><input type="search" placeholder="Search Longfin"></form>
  <a href="#" class="lw-signin">Sign in</a>
</header>
<main>
<nav class="lw-crumbs"><a href="#">World</a> › <a href="#">{escape(a.get('section', 'Asia Pacific'))}</a></nav>
<article>
  <h1>{escape(a['title'])}</h1>
  <div class="lw-byline">By <a href="#">{escape(a.get('author', 'Longfin staff'))}</a>
    · <time datetime="{t.isoformat()}">{shown}</time> · {a.get('minutes', 3)} min read</div>
  <div class="lw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="lw-body">
{_paras(a['body'])}
  </div>
  <p class="lw-credit">{escape(a.get('credit', 'Editing by the Asia desk'))}</p>
  <p class="lw-standards"><a href="#">Our Standards: The Longfin Trust Principles.</a></p>
</article>
<aside class="lw-related"><h2>Read next</h2><ul>
{_related(related)}
</ul></aside>
<aside class="lw-ad">Advertisement · Scroll to continue</aside>
</main>
<footer>
  <ul><li><a href="#">About Longfin</a></li><li><a href="#">Careers</a></li><li><a href="#">Contact</a></li>
  <li><a href="#">Terms of use</a></li><li><a href="#">Privacy</a></li><li><a href="#">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. © Longfin Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Gaffhook


def gaffhook(a: dict) -> str:
    t = a["published"]
    shown = f"{t.day} {EN_MONTHS[t.month - 1][:3]} {t.year}"
    tags = "".join(f'<a class="tag" href="#">{escape(x)}</a> ' for x in a.get("tags", ["Russia", "Japan"]))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Gaffhook Seafood Report</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="Gaffhook Seafood Report">
<meta property="og:url" content="{escape(a['url'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta name="author" content="{escape(a.get('author', 'Gaffhook reporters'))}">
</head>
<body class="gh">
<div id="gh-consent">This site uses cookies to remember your preferences and for analytics.
  By continuing you agree to our <a href="#">cookie notice</a>. <button>OK</button> <button>Settings</button></div>
<div class="gh-ticker">Hokkaido scallop (frozen, 5S) ¥2,950/kg ▲ · Opilio sections 5-8oz $6.10/lb ▼ ·
  Pollock roe (mentai grade) ¥1,480/kg ◆ · Kombu (Rausu, 1st grade) ¥8,200/kg ◆</div>
<header class="gh-head">
  <a href="#" class="gh-logo">GAFFHOOK<span>SEAFOOD REPORT</span></a>
  <nav><a href="#">News</a> <a href="#">Prices</a> <a href="#">Crab</a> <a href="#">Whitefish</a>
    <a href="#">Salmon</a> <a href="#">Aquaculture</a> <a href="#">Policy</a> <a href="#">Events</a></nav>
  <a href="#" class="gh-sub">Subscribe</a> <a href="#">Log in</a>
</header>
<div class="gh-wrap">
<article class="gh-article">
  <p class="gh-kicker">{escape(a.get('section', 'Policy'))}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="gh-standfirst">{escape(a['summary'])}</p>
  <p class="gh-meta">{escape(a.get('author', 'Gaffhook reporters'))} | {shown}</p>
{_paras(a['body'], 'gh-p', 'h3')}
  <div class="gh-tags">Topics: {tags}</div>
  <div class="gh-share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></div>
</article>
<aside class="gh-side">
  <h4>Most read</h4><ol>
  {_related(["Opilio quotas: what the Bering Sea reopening means for Asian buyers",
             "Scallop processors report labour shortages in Okhotsk towns",
             "Mentaiko makers face thinner roe supply", "Weekly prices: Tokyo Toyosu"])}
  </ol>
  <div class="gh-newsletter"><h4>The Monday Catch</h4><p>Our weekly newsletter on North Pacific fisheries.</p>
  <input type="email" placeholder="Work email"><button>Sign up</button></div>
</aside>
</div>
<footer class="gh-foot"><p>Gaffhook Seafood Report is an independent trade publication.
  <a href="#">Advertise</a> · <a href="#">Editorial policy</a> · <a href="#">Privacy</a> · <a href="#">Terms</a></p>
  <p>© Gaffhook Media</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Bunker & Berth


def bunkerberth(a: dict) -> str:
    t = a["published"]
    shown = t.strftime("%d/%m/%Y %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])}</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta name="viewport" content="width=device-width">
{_jsonld(a, 'Bunker & Berth', 'en')}
</head>
<body>
<div class="bb-gdpr"><strong>Your privacy.</strong> We and our partners store and access information on your device.
  <button>I agree</button> <button>More options</button></div>
<div class="bb-topbar"><a href="#">Newsletters</a> | <a href="#">Events</a> | <a href="#">Data terminal</a> | <a href="#">Sign in</a></div>
<header><div class="bb-logo">BUNKER <em>&amp;</em> BERTH</div>
<nav><a href="#">Energy</a><a href="#">LNG</a><a href="#">Ports</a><a href="#">Shipping</a>
<a href="#">Seafood trade</a><a href="#">Sanctions</a><a href="#">Opinion</a></nav></header>
<main class="bb-main">
<h1 class="bb-h1">{escape(a['title'])}</h1>
<div class="bb-by">{escape(a.get('author', 'Staff reporter'))} — {shown}</div>
<div class="bb-text">
{_paras(a['body'])}
</div>
<div class="bb-social">Share this story <a href="#">in</a> <a href="#">X</a> <a href="#">✉</a></div>
<section class="bb-more"><h3>More from Bunker &amp; Berth</h3><ul>
{_related(["Korsakov cold store expansion nears completion", "Bunker prices in Busan slip on weak demand",
           "Tanker rates: North Pacific winter premium returns", "Port of Kushiro dredging contract awarded"])}
</ul></section>
</main>
<footer class="bb-foot">Bunker &amp; Berth · North Pacific energy, ports and shipping ·
<a href="#">About</a> · <a href="#">Contact the newsroom</a> · <a href="#">Cookie settings</a> · © all rights reserved</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Tidepool Dispatch


def tidepool(a: dict) -> str:
    t = a["published"].astimezone(JST)
    shown = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}, {t.strftime('%H:%M')} JST"
    comments = a.get("comments", [])
    ctext = "".join(f'<div class="tp-comment"><b>{escape(n)}</b><p>{escape(c)}</p></div>' for n, c in comments)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} - The Tidepool Dispatch</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="article:published_time" content="{a['published'].isoformat()}">
<meta property="article:author" content="{escape(a.get('author', 'Tidepool staff'))}">
</head>
<body>
<aside class="tp-cookies">The Tidepool Dispatch uses cookies for essential site functions and anonymous statistics.
<a href="#">Learn more</a> <button>Got it</button></aside>
<header class="tp-mast"><a href="#" class="tp-name">The Tidepool Dispatch</a>
<p class="tp-tag">Eastern Hokkaido &amp; the Kurils, in English</p>
<nav><a href="#">Nemuro</a> · <a href="#">Rausu &amp; Shiretoko</a> · <a href="#">Kushiro</a> · <a href="#">Fisheries</a> ·
<a href="#">The Islands</a> · <a href="#">Life</a> · <a href="#">Weather &amp; Sea Ice</a></nav></header>
<main>
<article class="tp-story">
<h1>{escape(a['title'])}</h1>
<p class="tp-dek">{escape(a['summary'])}</p>
<p class="tp-byline">{escape(a.get('author', 'Tidepool staff'))} · {shown}</p>
{_paras(a['body'], 'tp-p')}
<p class="tp-support">The Tidepool Dispatch is reader-supported. <a href="#">Become a member</a> from ¥500 a month.</p>
</article>
<section class="tp-comments"><h3>Comments ({len(comments)})</h3>{ctext}
<p><a href="#">Log in to comment</a></p></section>
<section class="tp-related"><h3>Also on the Dispatch</h3><ul>
{_related(["Sea ice watch: floes sighted off Cape Shiretoko", "Nemuro's saury boats prepare for a late season",
           "Recipe: Hanasaki crab miso soup", "Explainer: the islands at the end of the Nemuro Peninsula"])}
</ul></section>
</main>
<footer class="tp-foot"><p>© The Tidepool Dispatch, Nemuro. <a href="#">About us</a> · <a href="#">Tips</a> ·
<a href="#">Privacy</a> · <a href="#">RSS</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Фальшборт


def falshbort(a: dict) -> str:
    t = a["published"].astimezone(SAKH)
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} — ИА «Фальшборт»</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="ИА «Фальшборт»">
<meta property="article:published_time" content="{a['published'].isoformat()}">
{_jsonld(a, 'ИА «Фальшборт»', 'ru')}
</head>
<body>
<div class="fb-cookie">Мы используем файлы cookie и сервис веб-аналитики. Продолжая пользоваться сайтом,
вы соглашаетесь с <a href="#">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<header class="fb-header">
<a href="#" class="fb-logo">ФАЛЬШБОРТ</a><span class="fb-slogan">информационное агентство</span>
<nav><a href="#">Новости</a> <a href="#">Сахалин</a> <a href="#">Курилы</a> <a href="#">Рыбная отрасль</a>
<a href="#">Экономика</a> <a href="#">Происшествия</a> <a href="#">Суд</a> <a href="#">Мир</a></nav>
<div class="fb-weather">Южно-Сахалинск <span>курс ЦБ</span></div>
</header>
<main class="fb-main">
<div class="fb-rubric">{escape(a.get('section', 'Новости'))}</div>
<h1>{escape(a['title'])}</h1>
<div class="fb-date"><time datetime="{a['published'].isoformat()}">{shown}</time> · {escape(a.get('author', 'Редакция'))}</div>
<p class="fb-lead"><b>{escape(a['summary'])}</b></p>
<div class="fb-text">
{_paras(a['body'])}
</div>
<p class="fb-tg">Подписывайтесь на «Фальшборт» в <a href="#">Telegram</a> и <a href="#">ВКонтакте</a>.</p>
<div class="fb-share">Поделиться: <a href="#">ВК</a> <a href="#">ОК</a> <a href="#">Telegram</a></div>
<section class="fb-also"><h3>Читайте также</h3><ul>
{_related(["На Сахалине открылась навигация для маломерных судов", "Цены на икру перед путиной: прогноз",
           "В Корсакове завершили ремонт холодильника", "Погода: на Курилы идёт циклон"])}
</ul></section>
</main>
<footer class="fb-footer"><p>Сетевое издание «Фальшборт». Регистрационный номер ЭЛ № ФС 77-00000. 18+</p>
<p>При использовании материалов ссылка обязательна. <a href="#">Контакты</a> · <a href="#">Реклама</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Курильский улов (no metadata)


def kurilsky_ulov(a: dict) -> str:
    t = a["published"].astimezone(SAKH)
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | Курильский улов</title>
</head>
<body>
<table class="ku-top" width="100%"><tr><td><a href="#"><b>КУРИЛЬСКИЙ УЛОВ</b></a><br>
<small>газета рыбаков Южно-Курильского городского округа · выходит с 1992 года</small></td>
<td align="right"><a href="#">Архив номеров</a> | <a href="#">Подписка</a> | <a href="#">Реклама</a></td></tr></table>
<div class="ku-menu"><a href="#">Главная</a> · <a href="#">Промысел</a> · <a href="#">Округ</a> ·
<a href="#">Люди моря</a> · <a href="#">Официально</a> · <a href="#">Объявления</a></div>
<div class="ku-cookie">Сайт использует cookie. <a href="#">Подробнее</a> <a href="#">[закрыть]</a></div>
<div class="ku-content">
<h1>{escape(a['title'])}</h1>
<div class="ku-info">{shown} | Рубрика: {escape(a.get('section', 'Промысел'))} | {escape(a.get('author', 'Соб. инф.'))}</div>
{_paras(a['body'], '', 'h3')}
<p class="ku-views">Просмотров: {a.get('views', 412)} · <a href="#">Версия для печати</a></p>
<div class="ku-related"><b>Другие материалы рубрики:</b><ul>
{_related(["Объявление: приём заявок на аренду причального места", "Штормовое предупреждение по Южно-Курильскому проливу",
           "Поздравляем ветеранов флота с юбилеем", "Расписание рейсов «Игорь Фархутдинов» на месяц"])}
</ul></div>
</div>
<div class="ku-footer">© «Курильский улов». Учредитель — ООО «Редакция газеты». Адрес: пгт Южно-Курильск, ул. Заводская.
Перепечатка только с письменного согласия редакции.</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- ねむろ浜っ子新聞 (no metadata)


def hamakko(a: dict) -> str:
    t = a["published"].astimezone(JST)
    shown = f"{t.year}年{t.month}月{t.day}日 {t.hour}:{t.minute:02d}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])}｜ねむろ浜っ子新聞</title>
</head>
<body>
<div class="hk-cookie">当サイトはサービス向上のためCookieを使用しています。<a href="#">詳しくはこちら</a>
<button>同意する</button></div>
<header class="hk-header"><a href="#" class="hk-logo">ねむろ浜っ子新聞</a><span>電子版</span>
<ul class="hk-nav"><li><a href="#">トップ</a></li><li><a href="#">根室市</a></li><li><a href="#">漁業・水産</a></li>
<li><a href="#">北方領土</a></li><li><a href="#">管内</a></li><li><a href="#">スポーツ</a></li><li><a href="#">おくやみ</a></li></ul>
<a href="#" class="hk-login">ログイン</a> <a href="#" class="hk-join">購読のお申し込み</a></header>
<div class="hk-body">
<div class="hk-cat">{escape(a.get('section', '漁業・水産'))}</div>
<h1>{escape(a['title'])}</h1>
<p class="hk-date">{shown}</p>
{_paras(a['body'], '', 'h2')}
<p class="hk-sns">この記事をシェア： <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></p>
<div class="hk-rel"><h3>関連記事</h3><ul>
{_related(["花咲港でサンマの初水揚げ　昨年並みの高値", "根室市、ふるさと納税の返礼品を拡充",
           "納沙布岬で初日の出　市民ら300人", "根室高校、甲子園予選で初戦突破"])}
</ul></div>
<p class="hk-notice">記事・写真の無断転載を禁じます。</p>
</div>
<footer class="hk-footer">ねむろ浜っ子新聞社　北海道根室市　｜　<a href="#">会社案内</a>　<a href="#">個人情報の取り扱い</a>
　<a href="#">お問い合わせ</a>　｜　Copyright ねむろ浜っ子新聞社</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 知床海明け新報


def umiake(a: dict) -> str:
    t = a["published"].astimezone(JST)
    shown = f"{t.year}年{t.month}月{t.day}日 {t.hour:02d}:{t.minute:02d}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a['title'])} - 知床海明け新報</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published'].isoformat()}">
{_jsonld(a, '知床海明け新報', 'ja')}
</head>
<body>
<div class="um-consent">本サイトではCookieを利用しています。引き続き閲覧される場合は<a href="#">プライバシーポリシー</a>に同意したものとみなします。<button>閉じる</button></div>
<header><div class="um-logo">知床海明け新報</div><div class="um-sub">羅臼・標津・中標津・別海のニュース</div>
<nav><a href="#">ニュース</a> <a href="#">羅臼</a> <a href="#">標津</a> <a href="#">漁業</a> <a href="#">北方領土</a>
<a href="#">知床観光</a> <a href="#">連載</a> <a href="#">天気・海況</a></nav></header>
<main>
<article>
<h1>{escape(a['title'])}</h1>
<div class="um-meta"><time datetime="{a['published'].isoformat()}">{shown}</time>　{escape(a.get('author', ''))}</div>
{_paras(a['body'], 'um-p', 'h2')}
<div class="um-share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a></div>
</article>
<aside class="um-ranking"><h3>よく読まれている記事</h3><ol>
{_related(["羅臼沖でシャチの群れ　観光船から歓声", "標津サーモン科学館、入館者が過去最多",
           "羅臼昆布の等級検査始まる", "中標津空港、冬ダイヤを発表"])}
</ol></aside>
</main>
<footer><p>知床海明け新報社（北海道目梨郡羅臼町）　<a href="#">会社概要</a>　<a href="#">広告掲載</a>　<a href="#">お問い合わせ</a></p>
<p>掲載記事の無断転載を禁止します。</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "longfin-wire": longfin,
    "gaffhook-en": gaffhook,
    "bunkerberth-en": bunkerberth,
    "tidepool-en": tidepool,
    "falshbort": falshbort,
    "kurilsky-ulov": kurilsky_ulov,
    "hamakko-ja": hamakko,
    "umiake-ja": umiake,
}
