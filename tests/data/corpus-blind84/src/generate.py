#!/usr/bin/env python3
"""Generate the blind84 corpus: labels.yaml and articles/<id>.html.

Usage (from anywhere):  python3 src/generate.py
Writes next to src/: ../labels.yaml and ../articles/.
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import html
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from data_en import ARTICLES as EN  # noqa: E402
from data_ja import ARTICLES as JA  # noqa: E402
from data_ru import ARTICLES as RU  # noqa: E402

FEEDS = [
    {"id": "gorsefield-wire", "title": "Gorsefield Wire - World", "format": "rss", "lang": "en"},
    {"id": "mallowbrook-en", "title": "The Mallowbrook Courier - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "shunbetsu-signal", "title": "The Shunbetsu Signal - eastern Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "tidecrest-review", "title": "Tidecrest Review — North Pacific analysis", "format": "atom", "lang": "en"},
    {"id": "klotik-ru", "title": "ИА «Клотик» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "stamukha-ru", "title": "Стамуха — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "bettoga-ja", "title": "別当賀新報 電子版", "format": "rss", "lang": "ja"},
    {"id": "sokyu-ja", "title": "蒼穹通信ニュース", "format": "atom", "lang": "ja"},
]

E = html.escape


def utc(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return utc(a).astimezone(timezone(timedelta(hours=hours)))


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def paragraphs(a, p_class: str = "", h_tag: str = "h2") -> str:
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for i, p in enumerate(a["body"]):
        if p.startswith("## "):
            out.append(f"<{h_tag}>{E(p[3:])}</{h_tag}>")
            continue
        text = E(p)
        if i == 0 and a.get("dateline"):
            text = f"<span class=\"dateline\">{E(a['dateline'])}</span> " + text
        out.append(f"<p{cls}>{text}</p>")
    return "\n".join(out)


def jsonld(a, publisher: str, section: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": utc(a).isoformat(),
        "dateModified": utc(a).isoformat(),
        "inLanguage": a["lang"],
        "articleSection": section,
        "author": {"@type": "Person" if a.get("author") and " " in a["author"] else "Organization",
                   "name": a.get("author") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a, site: str, locale: str) -> str:
    return "\n".join([
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="article:published_time" content="{utc(a).isoformat()}">',
        f'<meta property="article:section" content="{E(a.get("section", ""))}">',
    ])


def related(items: list[tuple[str, str]], heading: str, cls: str = "related") -> str:
    lis = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for h, t in items)
    return f'<aside class="{cls}"><h3>{E(heading)}</h3><ul>{lis}</ul></aside>'


def pick(pool: list[tuple[str, str]], seed: int, n: int = 4) -> list[tuple[str, str]]:
    return [pool[(seed * 3 + k * 5) % len(pool)] for k in range(n)]


def num(a) -> int:
    return int(a["id"].split("-")[1])


# --------------------------------------------------------------------------- outlets

GORSE_REL = [
    ("/world/asia-pacific/markets-wrap-yen", "Yen steadies as traders weigh central bank signals"),
    ("/world/europe/eu-energy-ministers", "EU energy ministers clash over gas storage targets"),
    ("/world/asia-pacific/typhoon-okinawa", "Typhoon disrupts flights in Okinawa, ferries suspended"),
    ("/world/asia-pacific/korea-exports", "South Korea's exports rise for sixth straight month"),
    ("/world/americas/brazil-rates", "Brazil central bank holds rates, flags inflation risks"),
    ("/world/asia-pacific/china-coastguard-reef", "Philippines says Chinese vessels used water cannon near reef"),
    ("/world/europe/ukraine-grain-corridor", "Ukraine says Black Sea grain shipments hit monthly record"),
    ("/world/asia-pacific/japan-rice-prices", "Japan to release more reserve rice as prices climb"),
]


def page_gorsefield(a) -> str:
    t = utc(a)
    stamp = t.strftime("%B %-d, %Y %-I:%M %p GMT")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Gorsefield Wire</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, 'Gorsefield Wire', 'en_GB')}
{jsonld(a, 'Gorsefield Wire', a.get('section', 'World'))}
<link rel="stylesheet" href="/static/gw.css">
</head>
<body class="gw-article">
<div id="consent" class="consent-bar" role="dialog">We use cookies and similar technologies to run this site, measure audiences and personalise ads. <button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy">Manage preferences</a></div>
<header class="gw-top">
<a class="gw-logo" href="/">GORSEFIELD<span>WIRE</span></a>
<nav class="gw-nav"><a href="/world">World</a><a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/sustainability">Sustainability</a><a href="/video">Video</a></nav>
<form class="gw-search" action="/search"><input name="q" placeholder="Search Gorsefield"></form>
</header>
<main>
<div class="crumbs"><a href="/world">World</a> › <a href="/world/asia-pacific">{E(a.get('section', 'World'))}</a></div>
<article>
<h1>{E(a['title'])}</h1>
<div class="byline">By Gorsefield Staff · <time datetime="{t.isoformat()}">{stamp}</time> · 3 min read</div>
<div class="share"><a href="/share/x">Post</a> <a href="/share/li">LinkedIn</a> <a href="/share/mail">Email</a> <a href="#">Copy link</a></div>
<div class="body">
{paragraphs(a)}
</div>
<p class="credit">{E(a.get('author', ''))}</p>
<p class="trust">Our Standards: <a href="/trust-principles">The Gorsefield Trust Principles.</a></p>
</article>
{related(pick(GORSE_REL, num(a)), 'Read Next')}
</main>
<footer class="gw-foot">
<nav><a href="/about">About Gorsefield</a><a href="/careers">Careers</a><a href="/contact">Contact</a><a href="/terms">Terms of Use</a><a href="/privacy">Privacy</a><a href="/accessibility">Accessibility</a></nav>
<p>© {t.year} Gorsefield Wire. All rights reserved. Quotes delayed at least 15 minutes.</p>
</footer>
</body>
</html>
"""


MALLOW_REL = [
    ("/asia/2024/tokyo-office-rents", "Tokyo office rents climb as firms call staff back"),
    ("/asia/2024/indonesia-nickel", "Indonesia's nickel boom leaves villages divided"),
    ("/asia/2025/seoul-housing", "Seoul flat prices hit record despite lending curbs"),
    ("/asia/2025/taiwan-chip-exports", "Taiwan's chip exports surge on AI demand"),
    ("/asia/2025/vietnam-power", "Vietnam races to avoid a repeat of summer blackouts"),
    ("/world/2025/un-climate-talks", "Climate talks end with a deal few are happy with"),
    ("/asia/2026/japan-tourism-tax", "Kyoto's new tourist tax divides hoteliers"),
    ("/asia/2026/australia-china-trade", "Australia and China reopen the door on wine and barley"),
]


def page_mallowbrook(a) -> str:
    t = utc(a)
    stamp = t.strftime("%a %-d %b %Y %H.%M GMT")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | The Mallowbrook Courier</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, 'The Mallowbrook Courier', 'en_GB')}
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/courier.min.css">
</head>
<body>
<div class="cmp-banner">The Mallowbrook Courier uses cookies to give you the best experience, to analyse traffic and for advertising. By clicking "I agree" you consent to this. <a href="/cookies">Cookie policy</a> <button type="button">I agree</button> <button type="button">Options</button></div>
<div class="masthead">
<div class="top-links"><a href="/subscribe">Subscribe</a> | <a href="/login">Sign in</a> | <a href="/newsletters">Newsletters</a></div>
<a href="/" class="brand">The Mallowbrook Courier</a>
<ul class="pillars"><li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/asia" class="active">Asia &amp; Pacific</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul>
</div>
<div class="content">
<p class="kicker">{E(a.get('section', 'Asia'))}</p>
<h1 class="headline">{E(a['title'])}</h1>
<p class="standfirst">{E(a['summary'])}</p>
<div class="meta"><span class="author">{E(a.get('author', ''))}</span> <span class="date">{stamp}</span></div>
<div class="sharebar"><a href="/share?via=fb">Share on Facebook</a> <a href="/share?via=x">Share on X</a> <a href="/share?via=wa">WhatsApp</a></div>
<div class="article-body">
{paragraphs(a)}
</div>
<div class="newsletter-inline"><strong>Asia Briefing</strong> — the region's top stories in your inbox every weekday morning. <a href="/newsletters/asia">Sign up</a></div>
<div class="comments-stub"><a href="#comments">View comments (12)</a></div>
</div>
{related(pick(MALLOW_REL, num(a)), 'Most viewed in Asia & Pacific', 'most-viewed')}
<footer class="site-footer">
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/terms">Terms &amp; conditions</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
<p>© {t.year} Mallowbrook Media Ltd. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


SHUN_REL = [
    ("/community/nemuro-saury-festival", "Nemuro saury festival draws crowds despite thin catch"),
    ("/community/kushiro-marsh-cranes", "Red-crowned crane count in Kushiro marsh holds steady"),
    ("/community/shibetsu-salmon-run", "Shibetsu river salmon run starts early"),
    ("/community/nakashibetsu-airport", "Nakashibetsu airport adds summer flights from Tokyo"),
    ("/community/rausu-drift-ice-tours", "Rausu drift ice tours booked out for February"),
    ("/community/betsukai-dairy", "Betsukai dairy farmers brace for feed costs"),
    ("/community/nemuro-hospital-doctors", "Nemuro city hospital recruits two new doctors"),
]


def page_shunbetsu(a) -> str:
    t = local(a, 9)
    stamp = t.strftime("%-d %B %Y, %H:%M JST")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — The Shunbetsu Signal</title>
{og(a, 'The Shunbetsu Signal', 'en_US')}
{jsonld(a, 'The Shunbetsu Signal', a.get('section', 'News'))}
<style>body{{font-family:Georgia,serif;max-width:760px;margin:auto}}.cookie{{background:#eee;padding:8px}}</style>
</head>
<body>
<div class="cookie">This site uses cookies for basic analytics. <a href="/privacy">Learn more</a> · <a href="#">OK</a></div>
<header>
<div class="weather">Nemuro 4°C · Kushiro 6°C · Rausu 2°C</div>
<h2 class="site"><a href="/">The Shunbetsu Signal</a></h2>
<p class="tagline">Nemuro · Kushiro · Shiretoko · Nakashibetsu — local news in English since 2011</p>
<nav><a href="/">Home</a> | <a href="/nemuro-islands">Nemuro &amp; the islands</a> | <a href="/fisheries">Fisheries</a> | <a href="/community">Community</a> | <a href="/travel">Travel</a> | <a href="/about">About</a></nav>
</header>
<main>
<article>
<h1>{E(a['title'])}</h1>
<p class="byline">By {E(a.get('author', 'Staff'))} · {E(a.get('section', ''))} · {stamp}</p>
{paragraphs(a)}
</article>
<div class="support">The Signal is reader-funded. <a href="/support">Support local journalism in eastern Hokkaido</a>.</div>
{related(pick(SHUN_REL, num(a), 3), 'Also on the Signal')}
</main>
<footer><p>The Shunbetsu Signal, Nakashibetsu, Hokkaido. Contact: <a href="/contact">newsroom</a>. © {t.year}</p></footer>
</body>
</html>
"""


def page_tidecrest(a) -> str:  # no metadata: no og:, no JSON-LD
    t = utc(a)
    stamp = t.strftime("%-d %B %Y")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} - Tidecrest Review</title>
<link rel="stylesheet" href="/css/tidecrest.css">
</head>
<body>
<div class="banner-cookies">We use only essential cookies and a privacy-friendly counter. <a href="/privacy">Details</a> <a href="#" class="close">Close</a></div>
<header class="tc-header">
<a href="/" class="tc-name">Tidecrest Review</a>
<span class="tc-sub">North Pacific analysis</span>
<nav><a href="/essays">Essays</a> · <a href="/briefs">Briefs</a> · <a href="/podcast">Podcast</a> · <a href="/about">About</a> · <a href="/subscribe" class="cta">Subscribe</a></nav>
</header>
<main class="tc-main">
<div class="tc-label">{E(a.get('section', 'Analysis'))}</div>
<h1>{E(a['title'])}</h1>
<p class="tc-dek">{E(a['summary'])}</p>
<p class="tc-by">{E(a.get('author', ''))} — {stamp}</p>
<div class="tc-text">
{paragraphs(a, h_tag='h3')}
</div>
<div class="tc-bio"><strong>{E(a.get('author', ''))}</strong> writes on Russia, Japan and the northern Pacific. She was previously a correspondent in Vladivostok and Sapporo.</div>
<div class="tc-subscribe">Enjoyed this? Get Tidecrest in your inbox every Friday. <a href="/subscribe">Subscribe free</a></div>
<p class="tc-tags">Filed under: <a href="/tag/japan">Japan</a>, <a href="/tag/russia">Russia</a>, <a href="/tag/security">Security</a></p>
</main>
<footer class="tc-footer">Tidecrest Review is an independent publication. <a href="/contact">Contact</a> · <a href="/rss">Feed</a> · © {t.year}</footer>
</body>
</html>
"""


KLOTIK_REL = [
    ("/news/economy/ruble-kurs", "ЦБ установил официальный курс рубля на выходные"),
    ("/news/society/pogoda-dfo", "Синоптики предупредили о сильном ветре в Приморье"),
    ("/news/world/kitay-vistavka", "В Харбине открылась российско-китайская выставка"),
    ("/news/politics/gosduma-zakon", "Госдума приняла закон о маркировке отечественной продукции"),
    ("/news/regions/kamchatka-vulkan", "На Камчатке вулкан Шивелуч выбросил пепел на высоту 7 км"),
    ("/news/society/avia-tarify", "Минтранс расширит субсидирование авиабилетов на Дальний Восток"),
    ("/news/economy/rybnaya-otrasl", "Вылов минтая в Охотском море превысил прошлогодний"),
    ("/news/world/mongoliya-vizit", "Глава МИД Монголии посетит Москву"),
]


def page_klotik(a) -> str:
    t = local(a, 3)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — ИА «Клотик»</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, 'ИА «Клотик»', 'ru_RU')}
{jsonld(a, 'ИА «Клотик»', a.get('section', 'Новости'))}
<link rel="stylesheet" href="/static/klotik.css">
</head>
<body>
<div class="cookie-notice">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="k-header">
<a class="k-logo" href="/">КЛОТИК</a><span class="k-slogan">информационное агентство</span>
<nav class="k-menu"><a href="/news/politics">Политика</a><a href="/news/economy">Экономика</a><a href="/news/society">Общество</a><a href="/news/incidents">Происшествия</a><a href="/news/world">В мире</a><a href="/news/regions">Регионы</a><a href="/news/sport">Спорт</a></nav>
<div class="k-rates">USD 92,15 · EUR 99,80 · CNY 12,71</div>
</header>
<div class="k-wrap">
<main class="k-article">
<div class="k-rubric"><a href="/news">Новости</a> / {E(a.get('section', 'Новости'))}</div>
<h1>{E(a['title'])}</h1>
<div class="k-date"><time datetime="{utc(a).isoformat()}">{stamp}</time> (мск)</div>
<div class="k-lead">{E(a['summary'])}</div>
<div class="k-text">
{paragraphs(a)}
</div>
<div class="k-share">Поделиться: <a href="/share/vk">ВКонтакте</a> <a href="/share/ok">Одноклассники</a> <a href="/share/tg">Telegram</a></div>
<div class="k-subscribe">Читайте «Клотик» в <a href="/tg">Telegram</a> и <a href="/dzen">Дзене</a></div>
</main>
<aside class="k-feed"><h3>Лента новостей</h3><ul>{''.join(f'<li><a href="{E(h)}">{E(x)}</a></li>' for h, x in pick(KLOTIK_REL, num(a), 5))}</ul></aside>
</div>
<footer class="k-footer">
<p>Сетевое издание «Информационное агентство „Клотик“». Свидетельство о регистрации СМИ Эл № ФС77-81204. Учредитель: ООО «Клотик Медиа». Главный редактор: Р. В. Сабуров.</p>
<p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/privacy">Политика конфиденциальности</a> · 16+</p>
</footer>
</body>
</html>
"""


STAM_REL = [
    ("/news/yuzhno-sakhalinsk-avtobusy", "В Южно-Сахалинске изменится схема движения автобусов № 8 и 14"),
    ("/news/parom-vanino-holmsk", "Паромы Ванино — Холмск вновь задерживаются из-за шторма"),
    ("/news/kurily-aviabilety", "Субсидированные билеты на Курилы закончились за два дня"),
    ("/news/korsakov-port", "В корсаковском порту завершили ремонт причала"),
    ("/news/kholmsk-shkola", "В Холмске после капремонта открылась школа № 6"),
    ("/news/sakhalin-gorbusha", "Путина горбуши на юге Сахалина стартует с опозданием"),
    ("/news/kunashir-doroga", "На Кунашире продолжают ремонт дороги в Головнино"),
]


def page_stamukha(a) -> str:  # no metadata: no og:, no JSON-LD
    t = local(a, 11)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    comments = a.get("comments") or []
    ctext = "".join(f'<div class="comment"><b>{E(n)}</b><p>{E(c)}</p></div>' for n, c in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{E(a['title'])} | Стамуха</title>
<link rel="stylesheet" href="/css/style.css?v=31">
</head>
<body>
<div class="topline"><span>Южно-Сахалинск +2° · Южно-Курильск +4° · Курильск +3°</span> <a href="/send">Прислать новость</a> <a href="/ads">Реклама на сайте</a></div>
<div class="logo-row"><a href="/" class="logo">СТАМУХА</a> <span>новости Сахалина и Курил</span></div>
<nav class="menu"><a href="/">Главная</a> <a href="/sakhalin">Сахалин</a> <a href="/kurily">Курилы</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/incidents">Происшествия</a> <a href="/photo">Фото</a></nav>
<div class="page">
<div class="article">
<div class="rubric">{E(a.get('section', 'Новости'))}</div>
<h1>{E(a['title'])}</h1>
<div class="info">{stamp} · {E(a.get('author', ''))} · 👁 {1000 + num(a) * 37}</div>
<div class="text">
{paragraphs(a)}
</div>
<div class="share">Поделиться: <a href="/s/vk">ВК</a> <a href="/s/tg">TG</a> <a href="/s/ok">ОК</a></div>
<div class="comments"><h4>Комментарии ({len(comments)})</h4>{ctext}<p class="rules">Комментарии публикуются после модерации. <a href="/rules">Правила</a></p></div>
</div>
{related(pick(STAM_REL, num(a), 4), 'Читайте также')}
</div>
<div class="cookies">Сайт использует cookie. <a href="/privacy">Подробнее</a> <span class="ok">Хорошо</span></div>
<footer>«Стамуха» — сетевое издание. Редакция: Южно-Сахалинск, ул. Сахалинская. При использовании материалов ссылка обязательна. 16+</footer>
</body>
</html>
"""


BET_REL = [
    ("/news/nemuro/saury-market", "花咲港のサンマ初水揚げ、昨年並み"),
    ("/news/nemuro/hospital", "市立根室病院、常勤医2人着任"),
    ("/news/nemuro/kelp", "棹前コンブ漁が解禁　歯舞・落石"),
    ("/news/nemuro/crab-festival", "根室かに祭り、3年ぶり規模拡大"),
    ("/news/nakashibetsu/dairy", "中標津の乳牛品評会、過去最多の出品"),
    ("/news/betsukai/scallop", "野付湾のホタテ、稚貝放流始まる"),
    ("/news/rausu/whale-watching", "羅臼のホエールウオッチング、シャチ確認相次ぐ"),
]


def page_bettoga(a) -> str:
    t = local(a, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}｜別当賀新報 電子版</title>
{og(a, '別当賀新報 電子版', 'ja_JP')}
<link rel="stylesheet" href="/common/css/bettoga.css">
</head>
<body>
<div class="cookie">当サイトでは、利便性向上やアクセス解析のためにクッキー（Cookie）を使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header>
<div class="logo"><a href="/">別当賀新報 電子版</a></div>
<div class="date-today">根室・釧路・中標津の地域ニュース</div>
<nav><ul><li><a href="/news/nemuro">根室</a></li><li><a href="/news/kushiro">釧路</a></li><li><a href="/news/nakashibetsu">中標津・別海</a></li><li><a href="/news/hoppo">北方領土</a></li><li><a href="/news/gyogyo">漁業</a></li><li><a href="/news/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li></ul></nav>
</header>
<main>
<article>
<p class="cat">{E(a.get('section', ''))}</p>
<h1>{E(a['title'])}</h1>
<p class="pubdate">{stamp}</p>
<div class="honbun">
{paragraphs(a)}
</div>
<p class="kisha">（{E(a.get('author', ''))}）</p>
<div class="sns">この記事を共有する：<a href="/share/x">X</a> <a href="/share/fb">Facebook</a> <a href="/share/line">LINE</a></div>
</article>
{related(pick(BET_REL, num(a), 4), '関連記事')}
<div class="paper">紙面のご購読・電子版会員登録は<a href="/subscribe">こちら</a></div>
</main>
<footer>
<ul><li><a href="/company">会社案内</a></li><li><a href="/ad">広告のご案内</a></li><li><a href="/privacy">個人情報の取り扱い</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
<p>©別当賀新報社 記事・写真の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


SOKYU_REL = [
    ("/politics/20240401-budget", "新年度予算が成立　一般会計110兆円"),
    ("/economy/20240510-yen", "円相場、一時1ドル=155円台"),
    ("/international/20250120-us", "米新政権発足　同盟国に防衛費増額要求"),
    ("/society/20250301-rice", "コメ価格、前年比9割高　備蓄米放出へ"),
    ("/international/20250615-g7", "G7首脳会議が開幕　ウクライナ支援を協議"),
    ("/politics/20251004-ldp", "自民党総裁選、高市氏が勝利"),
    ("/society/20251201-snow", "北海道で大雪　交通機関に乱れ"),
]


def page_sokyu(a) -> str:
    t = local(a, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t:%H時%M分}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} - 蒼穹通信ニュース</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, '蒼穹通信ニュース', 'ja_JP')}
{jsonld(a, '蒼穹通信', a.get('section', 'ニュース'))}
<link rel="stylesheet" href="/assets/sokyu.css">
</head>
<body>
<header class="s-head">
<a href="/" class="s-logo">蒼穹通信ニュース</a>
<nav class="s-gnav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/international">国際</a><a href="/society">社会</a><a href="/sports">スポーツ</a><a href="/region">地域</a></nav>
<div class="s-login"><a href="/login">ログイン</a> <a href="/member">会員登録</a></div>
</header>
<div class="s-main">
<article class="s-article">
<div class="s-cat">{E(a.get('section', ''))}</div>
<h1>{E(a['title'])}</h1>
<div class="s-time"><time datetime="{utc(a).isoformat()}">{stamp}</time></div>
<div class="s-body">
{paragraphs(a)}
</div>
<div class="s-share">この記事をシェア <a href="/share/x">X</a> <a href="/share/fb">Facebook</a> <a href="/share/line">LINE</a> <a href="/share/hatena">はてブ</a></div>
</article>
{related(pick(SOKYU_REL, num(a), 4), 'あわせて読みたい')}
</div>
<div class="s-consent">蒼穹通信ニュースは、サービス向上と広告配信のためにCookieを利用します。<a href="/cookie">Cookieポリシー</a> <button>同意して閉じる</button></div>
<footer class="s-foot">
<a href="/about">蒼穹通信について</a> <a href="/terms">利用規約</a> <a href="/privacy">プライバシーポリシー</a> <a href="/contact">お問い合わせ</a>
<p>Copyright © 蒼穹通信社 All rights reserved. 掲載記事の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


PAGES = {
    "gorsefield-wire": page_gorsefield,
    "mallowbrook-en": page_mallowbrook,
    "shunbetsu-signal": page_shunbetsu,
    "tidecrest-review": page_tidecrest,
    "klotik-ru": page_klotik,
    "stamukha-ru": page_stamukha,
    "bettoga-ja": page_bettoga,
    "sokyu-ja": page_sokyu,
}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> None:
    arts = sorted(EN + RU + JA, key=lambda a: (utc(a), a["id"]))
    ids = [a["id"] for a in arts]
    assert ids == sorted(ids), "ids must follow publication order"
    assert len(set(ids)) == len(ids), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        assert a["feed"] in feeds and feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        page = PAGES[a["feed"]](a)
        # keep every link relative to the article's own location
        page = page.replace('href="/', 'href="../').replace('action="/', 'action="../')
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {}
        for k in LABEL_KEYS:
            if k in a:
                e[k] = a[k]
        if e["label"] not in ("new_development", "status_change"):
            e.pop("group", None)
            e.pop("new_facts", None)
            e.pop("must_mention", None)
        entries.append(e)
    data = {"name": "blind84", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
    text = text.replace("known_as_of: '2024-02-08'", "known_as_of: 2024-02-08")
    text = re.sub(r"published: '([0-9T:Z-]+)'", r"published: \1", text)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} articles, {len(FEEDS)} feeds")


if __name__ == "__main__":
    main()
