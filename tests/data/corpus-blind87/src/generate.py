#!/usr/bin/env python3
"""Generate the blind87 evaluation corpus: labels.yaml and articles/<id>.html.

Run from anywhere:  python3 src/generate.py
Writes next to src/: ../labels.yaml and ../articles/*.html (old pages are removed first).
Needs Python 3 with PyYAML only. The article texts live in world_a.py, world_b.py and
world_c.py (one list ARTICLES each); this file holds the outlets and their page templates.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import world_a  # noqa: E402
import world_b  # noqa: E402
import world_c  # noqa: E402

FEEDS = [
    {"id": "isobar-wire", "title": "Isobar Wire - World", "format": "rss", "lang": "en"},
    {"id": "northpac-dispatch", "title": "NorthPac Dispatch — Defence & Maritime", "format": "atom", "lang": "en"},
    {"id": "keelson-gazette", "title": "The Keelson Gazette - Asia & Pacific", "format": "rss", "lang": "en"},
    {"id": "garnizon-vostok", "title": "«Гарнизон Восток» — армия и флот Дальнего Востока", "format": "atom", "lang": "ru"},
    {"id": "zemlyak-sakh", "title": "«Земляк» — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "promysel-ru", "title": "«Промысел» — рыболовство и море ДВ", "format": "atom", "lang": "ru"},
    {"id": "kiteki-ja", "title": "汽笛新聞デジタル（根室・羅臼）", "format": "rss", "lang": "ja"},
    {"id": "rashin-ja", "title": "羅針ニュース 北海道", "format": "atom", "lang": "ja"},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

E = html.escape


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def body_html(paras: list[str], p_class: str = "") -> str:
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("- "):
            out.append(f"<ul><li>{E(p[2:])}</li></ul>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    return "\n".join(out)


def og_block(a, site: str, section: str) -> str:
    t = ts(a)
    return (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{E(site)}">\n'
            f'<meta property="og:title" content="{E(a["title"])}">\n'
            f'<meta property="og:description" content="{E(a["summary"])}">\n'
            f'<meta property="og:locale" content="{ {"en": "en_US", "ru": "ru_RU", "ja": "ja_JP"}[a["lang"]] }">\n'
            f'<meta property="article:published_time" content="{t.isoformat()}">\n'
            f'<meta property="article:section" content="{E(section)}">\n'
            f'<meta name="description" content="{E(a["summary"])}">')


def jsonld(a, site: str, author: str) -> str:
    t = ts(a)
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"],
            "datePublished": t.isoformat(), "dateModified": t.isoformat(),
            "inLanguage": a["lang"], "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": site}}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- outlets

def page_isobar(a) -> str:
    t = ts(a)
    when = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime('%H:%M')} GMT"
    author = a.get("byline", "Isobar Wire staff")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Isobar Wire</title>
{og_block(a, "Isobar Wire", a.get("section", "Asia"))}
{jsonld(a, "Isobar Wire", author)}
<link rel="stylesheet" href="/static/iw-2024.css">
</head>
<body class="iw article">
<div id="consent" class="iw-consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure traffic and personalise ads. You can change your choices at any time in Privacy Settings.</p>
  <button class="iw-btn accept">Accept all</button> <button class="iw-btn">Manage options</button>
</div>
<header class="iw-top">
  <a class="iw-logo" href="/">ISOBAR<span>WIRE</span></a>
  <nav class="iw-nav"><a href="/world/">World</a> <a href="/asia/">Asia</a> <a href="/europe/">Europe</a> <a href="/markets/">Markets</a> <a href="/energy/">Energy</a> <a href="/climate/">Climate</a> <a href="/video/">Video</a> <a href="/newsletters/">Newsletters</a></nav>
  <form class="iw-search" action="/search"><input name="q" placeholder="Search Isobar Wire"></form>
</header>
<div class="iw-ticker">Markets: Nikkei 225 ▲0.4% · KOSPI ▼0.2% · USD/JPY 151.2 · Brent $82.10</div>
<main class="iw-main">
<article>
  <p class="iw-kicker">{E(a.get("section", "Asia"))}</p>
  <h1>{E(a["title"])}</h1>
  <p class="iw-standfirst">{E(a["summary"])}</p>
  <p class="iw-meta">By {E(author)} · <time datetime="{t.isoformat()}">{when}</time> · {a.get("readtime", 3)} min read</p>
  <div class="iw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="iw-body">
{body_html(a["body"])}
  </div>
  <p class="iw-trust">Our Standards: The Isobar Wire Trust Principles.</p>
</article>
<aside class="iw-related">
  <h3>More from Isobar Wire</h3>
  <ul>
    <li><a href="/markets/yen-weekly-outlook">Yen weekly outlook: traders eye Tokyo CPI</a></li>
    <li><a href="/asia/typhoon-season-preview">Typhoon season preview: what forecasters expect</a></li>
    <li><a href="/energy/lng-spot-prices-asia">Asian LNG spot prices edge lower on mild weather</a></li>
    <li><a href="/world/explainer-un-general-assembly">Explainer: how the UN General Assembly votes</a></li>
  </ul>
</aside>
</main>
<footer class="iw-foot">
  <nav><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/careers">Careers</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms of Use</a> · <a href="/cookies">Cookie Policy</a></nav>
  <p>© {t.year} Isobar Wire Ltd. All rights reserved. Quotes delayed at least 15 minutes.</p>
</footer>
</body>
</html>
"""


def page_northpac(a) -> str:
    t = ts(a)
    when = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    author = a.get("byline", "NorthPac Dispatch desk")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — NorthPac Dispatch</title>
{og_block(a, "NorthPac Dispatch", a.get("section", "Maritime"))}
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/npd.min.css">
</head>
<body>
<div class="npd-cookie" id="cookie-notice">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header class="npd-header">
  <div class="npd-brand"><a href="/">NorthPac <b>Dispatch</b></a><span class="npd-tag">Defence &amp; Maritime · North Pacific</span></div>
  <nav class="npd-sections"><a href="/land/">Land</a> | <a href="/naval/">Naval</a> | <a href="/air/">Air</a> | <a href="/maritime/">Maritime &amp; Fisheries</a> | <a href="/policy/">Policy</a> | <a href="/analysis/">Analysis</a> | <a href="/subscribe/">Subscribe</a></nav>
</header>
<div class="npd-wrap">
<article class="npd-article">
  <div class="npd-crumbs"><a href="/">Home</a> › <a href="/{a.get("section", "Maritime").lower()}/">{E(a.get("section", "Maritime"))}</a></div>
  <h1 class="npd-title">{E(a["title"])}</h1>
  <div class="npd-dek">{E(a["summary"])}</div>
  <div class="npd-byline">{E(author)} | {when}</div>
{body_html(a["body"], "npd-p")}
  <div class="npd-tags">Topics: <a href="/tag/russia">Russia</a> <a href="/tag/japan">Japan</a> <a href="/tag/north-pacific">North Pacific</a></div>
  <div class="npd-share">Share: <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">Telegram</a> · <a href="#">Print</a></div>
</article>
<aside class="npd-rail">
  <div class="npd-box"><h4>Most read</h4><ol>
    <li><a href="/naval/frigate-programme-delays">Frigate programme delays pile up at Asian yards</a></li>
    <li><a href="/air/tanker-fleet-renewal">Tanker fleet renewal: who is buying what</a></li>
    <li><a href="/maritime/port-state-control-report">Port state control detentions rise in 2023 report</a></li>
  </ol></div>
  <div class="npd-box npd-ad">Advertisement</div>
  <div class="npd-box"><h4>Newsletter</h4><p>The Dispatch Brief, every weekday at 07:00 JST.</p><form><input placeholder="Email address"><button>Sign up</button></form></div>
</aside>
</div>
<footer class="npd-footer">
  <p>NorthPac Dispatch is an independent publication covering defence and maritime affairs in the North Pacific.</p>
  <p><a href="/about">About us</a> · <a href="/ethics">Editorial policy</a> · <a href="/advertise">Advertise</a> · <a href="/privacy">Privacy notice</a></p>
  <p>© {t.year} NorthPac Media Ltd</p>
</footer>
</body>
</html>
"""


def page_keelson(a) -> str:
    """No og:, no JSON-LD: an old-fashioned template."""
    t = ts(a)
    when = f"{t.strftime('%A')}, {t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    author = a.get("byline", "Gazette staff")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - The Keelson Gazette</title>
<link rel="stylesheet" href="/css/gazette.css">
</head>
<body>
<table class="kg-masthead" width="100%"><tr>
  <td><a href="/"><img src="/img/keelson-masthead.png" alt="The Keelson Gazette"></a></td>
  <td class="kg-date">{when}</td>
</tr></table>
<div class="kg-menu"><a href="/">Front page</a> &middot; <a href="/asia/">Asia</a> &middot; <a href="/pacific/">Pacific</a> &middot; <a href="/business/">Business</a> &middot; <a href="/science/">Science</a> &middot; <a href="/opinion/">Opinion</a> &middot; <a href="/letters/">Letters</a> &middot; <a href="/archive/">Archive</a></div>
<div class="kg-cookies">The Keelson Gazette uses cookies to remember your preferences. <a href="/cookies">Find out more</a> or <a href="#">close this message</a>.</div>
<div class="kg-content">
<div class="kg-story">
<h1>{E(a["title"])}</h1>
<h3 class="kg-sub">{E(a["summary"])}</h3>
<p class="kg-by">{E(author)}<br>Posted {when}</p>
{body_html(a["body"])}
<p class="kg-end">&#9632;</p>
<p class="kg-tools"><a href="#">Email this story</a> | <a href="#">Printer-friendly version</a> | <a href="/letters/">Write to the editor</a></p>
</div>
<div class="kg-side">
<h4>Elsewhere in the Gazette</h4>
<ul>
<li><a href="/pacific/tuna-commission-meets">Tuna commission meets as stocks debate sharpens</a></li>
<li><a href="/science/aurora-season">Why this aurora season is the best in a decade</a></li>
<li><a href="/business/shipping-rates">Container rates: the quiet months are over</a></li>
<li><a href="/opinion/letters-week">Letters of the week</a></li>
</ul>
<h4>Classifieds</h4>
<p>Marine engineer sought, Otaru. Boat storage available, Kushiro.</p>
</div>
</div>
<div class="kg-foot">The Keelson Gazette &middot; Independent since 1997 &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a> &middot; Copyright {t.year}</div>
</body>
</html>
"""


def page_garnizon(a) -> str:
    t = ts(a) + timedelta(hours=3)  # Moscow time on the page
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')} мск"
    author = a.get("byline", "Редакция «Гарнизона»")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — «Гарнизон Восток»</title>
{og_block(a, "Гарнизон Восток", a.get("section", "Армия"))}
<link rel="stylesheet" href="/static/gv.css">
</head>
<body>
<div class="gv-cookie">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="gv-head">
  <a class="gv-logo" href="/">ГАРНИЗОН<span>ВОСТОК</span></a>
  <nav><a href="/news/">Новости</a> <a href="/army/">Армия</a> <a href="/navy/">Флот</a> <a href="/vks/">ВКС</a> <a href="/weapons/">Вооружение</a> <a href="/exercises/">Учения</a> <a href="/history/">История</a> <a href="/photo/">Фото</a></nav>
  <div class="gv-weather">Владивосток +6 · Южно-Сахалинск +2 · Петропавловск-Камчатский 0</div>
</header>
<main class="gv-main">
<article class="gv-article">
  <div class="gv-rubric">{E(a.get("section", "Армия"))}</div>
  <h1>{E(a["title"])}</h1>
  <div class="gv-lead">{E(a["summary"])}</div>
  <div class="gv-meta"><time datetime="{ts(a).isoformat()}">{when}</time> · {E(author)}</div>
{body_html(a["body"])}
  <div class="gv-source">Фото: пресс-служба ВВО / архив редакции</div>
  <div class="gv-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</article>
<aside class="gv-more">
  <h3>Читайте также</h3>
  <ul>
    <li><a href="/history/pamyat-geroev">«Память героев»: на Сахалине восстановили мемориал</a></li>
    <li><a href="/army/kontraktniki-nabor">Пункт отбора на контрактную службу расширил часы работы</a></li>
    <li><a href="/navy/den-podvodnika">Как во Владивостоке отметят День моряка-подводника</a></li>
    <li><a href="/photo/vystavka-tehniki">Фоторепортаж: выставка техники в парке «Патриот»</a></li>
  </ul>
</aside>
</main>
<footer class="gv-foot">
  <p>Сетевое издание «Гарнизон Восток». Мнение редакции может не совпадать с мнением авторов. 16+</p>
  <p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p>
  <p>© 2019–{t.year} «Гарнизон Восток»</p>
</footer>
</body>
</html>
"""


def page_zemlyak(a) -> str:
    """No og:, no JSON-LD; a regional news site with comments."""
    t = ts(a) + timedelta(hours=11)  # Sakhalin time on the page
    when = f"{t.day:02d}.{t.month:02d}.{t.year} {t.strftime('%H:%M')}"
    author = a.get("byline", "Земляк")
    comments = a.get("comments", [])
    chtml = "\n".join(f'<div class="zm-c"><b>{E(n)}</b><p>{E(c)}</p></div>' for n, c in comments)
    if not comments:
        chtml = '<p class="zm-nocomm">Комментариев пока нет. Будьте первым!</p>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | Земляк</title>
<link rel="stylesheet" href="/css/zm.css">
</head>
<body>
<div class="zm-top">
  <a href="/" class="zm-logo">ЗЕМЛЯК</a> <span class="zm-slogan">новости Сахалина и Курил</span>
  <span class="zm-cur">USD 92,4 · EUR 99,8</span>
</div>
<ul class="zm-nav"><li><a href="/sakhalin/">Сахалин</a></li><li><a href="/kurily/">Курилы</a></li><li><a href="/economy/">Экономика</a></li><li><a href="/society/">Общество</a></li><li><a href="/incidents/">Происшествия</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/afisha/">Афиша</a></li></ul>
<div class="zm-cookie">Сайт использует cookie. <a href="#">Хорошо</a></div>
<div class="zm-page">
<div class="zm-article">
<div class="zm-date">{when}</div>
<h1>{E(a["title"])}</h1>
<p class="zm-lead"><b>{E(a["summary"])}</b></p>
{body_html(a["body"])}
<p class="zm-author">{E(author)}</p>
<div class="zm-social">Подписывайтесь на «Земляк» в Telegram и ВКонтакте</div>
<div class="zm-comments"><h3>Комментарии ({len(comments)})</h3>
{chtml}
</div>
</div>
<div class="zm-side">
<h4>Популярное</h4>
<ul>
<li><a href="/society/raspisanie-paroma">Расписание парома Ванино — Холмск на неделю</a></li>
<li><a href="/sakhalin/remont-dorog">Где в Южно-Сахалинске перекроют дороги</a></li>
<li><a href="/afisha/kontsert-filarmonii">Филармония открывает новый сезон</a></li>
<li><a href="/sport/hokkei-sahalin">«Сахалинские акулы» уступили в овертайме</a></li>
</ul>
</div>
</div>
<div class="zm-foot">© «Земляк», {t.year}. При использовании материалов ссылка обязательна. 12+<br><a href="/reklama">Реклама на сайте</a> · <a href="/redaktsiya">Редакция</a></div>
</body>
</html>
"""


def page_promysel(a) -> str:
    t = ts(a) + timedelta(hours=10)  # Vladivostok time on the page
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}"
    author = a.get("byline", "«Промысел»")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — «Промысел»</title>
{og_block(a, "Промысел", a.get("section", "Промысел"))}
{jsonld(a, "Промысел", author)}
<link rel="stylesheet" href="/theme/promysel.css">
</head>
<body>
<div class="pr-cookies">Мы собираем cookie для аналитики. Подробнее — в <a href="/privacy">политике обработки данных</a>. <button>Принять</button></div>
<header>
  <div class="pr-brand"><a href="/">«ПРОМЫСЕЛ»</a> <small>рыболовство и море Дальнего Востока</small></div>
  <nav class="pr-nav"><a href="/catch/">Промысел</a> · <a href="/processing/">Переработка</a> · <a href="/market/">Рынок</a> · <a href="/fleet/">Флот</a> · <a href="/science/">Наука</a> · <a href="/regulation/">Регулирование</a> · <a href="/prices/">Цены</a></nav>
</header>
<div class="pr-layout">
<article>
  <p class="pr-rub">{E(a.get("section", "Промысел"))}</p>
  <h1>{E(a["title"])}</h1>
  <p class="pr-date">{when} · {E(author)}</p>
  <p class="pr-lead">{E(a["summary"])}</p>
{body_html(a["body"])}
  <p class="pr-tags">Теги: <a href="/tag/sakhalin">Сахалин</a>, <a href="/tag/kurily">Курилы</a>, <a href="/tag/promysel">промысел</a></p>
</article>
<aside>
  <h4>Оперативная информация</h4>
  <ul>
    <li><a href="/prices/week">Цены на минтай и сельдь: итоги недели</a></li>
    <li><a href="/catch/lososevaya-statistika">Лососевая путина: статистика по бассейнам</a></li>
    <li><a href="/regulation/pravila-rybolovstva-faq">Правила рыболовства: ответы на частые вопросы</a></li>
  </ul>
  <div class="pr-banner">Выставка «Рыбпром-ДВ» — регистрация открыта</div>
</aside>
</div>
<footer class="pr-foot">© {t.year} «Промысел». Информационное агентство. Все права защищены. 16+ · <a href="/about">О нас</a> · <a href="/contacts">Контакты</a></footer>
</body>
</html>
"""


def ja_date(t: datetime) -> str:
    return f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"


def page_kiteki(a) -> str:
    t = ts(a) + timedelta(hours=9)
    author = a.get("byline", "汽笛新聞")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])}｜汽笛新聞デジタル</title>
{og_block(a, "汽笛新聞デジタル", a.get("section", "地域"))}
{jsonld(a, "汽笛新聞デジタル", author)}
<link rel="stylesheet" href="/common/css/kiteki.css">
</head>
<body>
<div id="cookie-banner" class="kt-cookie">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="kt-header">
  <h2 class="kt-logo"><a href="/">汽笛新聞<small>デジタル</small></a></h2>
  <p class="kt-area">根室・羅臼・標津・別海・中標津</p>
  <nav class="kt-gnav"><a href="/">トップ</a><a href="/nemuro/">根室</a><a href="/rausu/">羅臼・標津</a><a href="/hoppo/">北方領土</a><a href="/gyogyo/">漁業</a><a href="/keizai/">経済</a><a href="/sports/">スポーツ</a><a href="/okuyami/">おくやみ</a></nav>
</header>
<main class="kt-main">
<article class="kt-article">
  <p class="kt-cat">{E(a.get("section", "地域"))}</p>
  <h1>{E(a["title"])}</h1>
  <p class="kt-time"><time datetime="{ts(a).isoformat()}">{ja_date(t)}</time></p>
{body_html(a["body"])}
  <p class="kt-credit">（{E(author)}）</p>
  <div class="kt-sns"><a href="#">Xでポスト</a><a href="#">LINEで送る</a><a href="#">Facebookでシェア</a></div>
</article>
<aside class="kt-side">
  <section><h3>アクセスランキング</h3><ol>
    <li><a href="/nemuro/hanasaki-kani-matsuri">花咲ガニまつり、今年も来場者でにぎわう</a></li>
    <li><a href="/keizai/gasoline-kakaku">管内のガソリン価格、3週連続で値上がり</a></li>
    <li><a href="/sports/koko-yakyu">高校野球地区予選の組み合わせ決まる</a></li>
  </ol></section>
  <section class="kt-pr">PR　新聞購読のお申し込みはこちら</section>
</aside>
</main>
<footer class="kt-footer">
  <p><a href="/company/">会社案内</a>｜<a href="/policy/privacy">個人情報の取り扱い</a>｜<a href="/policy/link">リンクについて</a>｜<a href="/contact/">お問い合わせ</a></p>
  <p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は汽笛新聞社またはその情報提供者に属します。</p>
  <p>Copyright © {t.year} Kiteki Shimbun. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page_rashin(a) -> str:
    t = ts(a) + timedelta(hours=9)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} - 羅針ニュース 北海道</title>
{og_block(a, "羅針ニュース 北海道", a.get("section", "ニュース"))}
<link rel="stylesheet" href="/assets/rashin.css">
</head>
<body>
<header class="rs-h">
  <a class="rs-logo" href="/">羅針ニュース<span>北海道</span></a>
  <ul class="rs-menu"><li><a href="/news/">ニュース</a></li><li><a href="/seiji/">政治</a></li><li><a href="/keizai/">経済</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/kokusai/">国際</a></li><li><a href="/chiiki/">地域</a></li><li><a href="/tenki/">天気</a></li></ul>
</header>
<div class="rs-consent">羅針ニュースは、閲覧状況の分析と広告配信のためにCookie等を利用します。<a href="/privacy/">詳細</a>　<button>OK</button></div>
<div class="rs-body">
<article>
  <div class="rs-bread"><a href="/">ホーム</a> ＞ <a href="/{a.get("section_path", "news")}/">{E(a.get("section", "ニュース"))}</a></div>
  <h1 class="rs-title">{E(a["title"])}</h1>
  <div class="rs-date">{ja_date(t)}　配信</div>
  <div class="rs-text">
{body_html(a["body"])}
  </div>
  <div class="rs-share">この記事をシェア：<a href="#">X</a>　<a href="#">LINE</a>　<a href="#">はてなブックマーク</a></div>
</article>
<aside class="rs-side">
  <h3>関連ニュース</h3>
  <ul>
    <li><a href="/tenki/shukan">週間天気　道東は週末にかけて気温低め</a></li>
    <li><a href="/keizai/kanko-kyaku">道内の外国人観光客、前年比で増加</a></li>
    <li><a href="/chiiki/kodomo-shokudo">こども食堂の運営支援、各地で広がる</a></li>
  </ul>
  <div class="rs-ad">広告</div>
</aside>
</div>
<footer class="rs-f">
  <p><a href="/about/">羅針ニュースについて</a>　<a href="/terms/">利用規約</a>　<a href="/privacy/">プライバシーポリシー</a>　<a href="/contact/">お問い合わせ</a></p>
  <p>© {t.year} Rashin News Hokkaido</p>
</footer>
</body>
</html>
"""


TEMPLATES = {
    "isobar-wire": page_isobar, "northpac-dispatch": page_northpac,
    "keelson-gazette": page_keelson, "garnizon-vostok": page_garnizon,
    "zemlyak-sakh": page_zemlyak, "promysel-ru": page_promysel,
    "kiteki-ja": page_kiteki, "rashin-ja": page_rashin,
}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> None:
    articles = world_a.ARTICLES + world_b.ARTICLES + world_c.ARTICLES
    articles.sort(key=ts)
    feeds = {f["id"]: f for f in FEEDS}
    ids = set()
    for a in articles:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement",
                              "off_topic", "neutral"}, a["id"]
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in articles:
        (out_dir / f"{a['id']}.html").write_text(TEMPLATES[a["feed"]](a), encoding="utf-8")
    entries = []
    for a in articles:
        e = {}
        for k in LABEL_KEYS:
            if k in a and a[k] not in (None, [], ""):
                e[k] = a[k]
        entries.append(e)
    data = {"name": "blind87", "known_as_of": datetime(2024, 2, 8).date(),
            "feeds": FEEDS, "articles": entries}
    text = ("# blind87 — generated by src/generate.py; edit the sources, not this file.\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(articles)} articles and labels.yaml")


if __name__ == "__main__":
    main()
