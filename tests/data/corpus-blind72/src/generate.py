#!/usr/bin/env python3
"""Generate corpus blind72: labels.yaml, articles/*.html and README.md.

Usage: python3 src/generate.py   (from anywhere; writes next to src/)
Needs Python 3.9+ (zoneinfo) and PyYAML.
"""
from __future__ import annotations

import html
import json
import random
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from articles_en import ARTICLES as EN  # noqa: E402
from articles_ru import ARTICLES as RU  # noqa: E402
from articles_ja import ARTICLES as JA  # noqa: E402

NAME = "blind72"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    dict(id="brambling-wire", title="Brambling Newswire - World", format="rss", lang="en",
         kind="wire service", site="https://www.bramblingwire.com"),
    dict(id="haverford-times", title="The Haverford Times - World", format="atom", lang="en",
         kind="national newspaper", site="https://www.haverfordtimes.co.uk"),
    dict(id="galeforce-bc", title="Galeforce Broadcasting - Asia-Pacific", format="atom", lang="en",
         kind="broadcaster", site="https://news.galeforce.tv"),
    dict(id="vanty-ru", title="Агентство «Ванты» — лента новостей", format="rss", lang="ru",
         kind="wire service", site="https://vanty-news.ru"),
    dict(id="laperuz-ru", title="Лаперуз.Ру — новости Сахалина и Курил", format="atom", lang="ru",
         kind="regional newspaper (Sakhalin)", site="https://laperuz.ru"),
    dict(id="musson-trk", title="ТРК «Муссон» — новости", format="rss", lang="ru",
         kind="regional broadcaster (Sakhalin)", site="https://musson-tv.ru"),
    dict(id="zenkoku-jiho", title="全国時報デジタル", format="rss", lang="ja",
         kind="national newspaper", site="https://www.zenkoku-jiho.jp"),
    dict(id="hanto-shinpo", title="根室半島新報 電子版", format="atom", lang="ja",
         kind="regional newspaper (Nemuro)", site="https://www.hanto-shinpo.jp"),
    dict(id="taisetsu-tv", title="大雪テレビ NEWS", format="rss", lang="ja",
         kind="regional broadcaster (Hokkaido)", site="https://news.taisetsu-tv.jp"),
]
FEED = {f["id"]: f for f in FEEDS}

GROUPS = {
    "b72-g1": dict(kind="diplomatic contact", label="new_development",
                   desc="Japan's ambassador Akira Muto visits Yuzhno-Sakhalinsk and meets Governor "
                        "Limarenko, first such visit since 2022"),
    "b72-g2": dict(kind="military", label="new_development",
                   desc="Pacific Fleet minelaying drill around Kunashir/Iturup (5-8 July 2024), first "
                        "confirmed near the islands; Japan protests"),
    "b72-g3": dict(kind="fishing", label="new_development",
                   desc="Russian border guards seize Nemuro gillnet boat Chiaki Maru No. 23 (4 crew) "
                        "near Kaigara/Signalny"),
    "b72-g4": dict(kind="legal", label="new_development",
                   desc="South Kuril district court fines the Chiaki Maru captain 2.6 mln roubles and "
                        "confiscates the boat"),
    "b72-g5": dict(kind="correspondence between the governments", label="new_development",
                   desc="Kremlin confirms Putin received a letter from PM Ishiba (peace treaty issue, "
                        "grave visits)"),
    "b72-g6": dict(kind="economic / status move (thaw)", label="status_change",
                   desc="Russia and Japan resume consultations on joint economic activities on the "
                        "islands (Russia quit them in March 2022), tourism first"),
    "b72-g7": dict(kind="humanitarian one-off (neither thaw nor freeze)", label="new_development",
                   desc="Russia lets a 101-year-old former islander visit her birthplace on Iturup as "
                        "a one-time exception"),
    "b72-g8": dict(kind="economic / status move (freeze)", label="status_change",
                   desc="Russia suspends again the joint economic activity consultations resumed in "
                        "May 2025 and drops the 2026 pilot tours"),
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"

E = html.escape


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(timezone.utc)


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def slugify(text: str, n: int = 8) -> str:
    words = [w for w in "".join(c.lower() if c.isalnum() else " " for c in text).split()
             if w.isascii()]
    return "-".join(words[:n]) or "story"


def rng_for(aid: str) -> random.Random:
    return random.Random(sum(ord(c) * (i + 1) for i, c in enumerate(aid)))


# --------------------------------------------------------------------------- related pools

RELATED = {
    "brambling-wire": [
        "Yen weakens past key level as BOJ signals patience",
        "Japan's exports rise for third month on chip demand",
        "FACTBOX-What is the Japan-Russia island dispute?",
        "South Korea, Japan agree to expand defence hotline",
        "Russia's central bank holds key rate, flags sticky inflation",
        "Sakhalin-2 LNG cargoes to Japan steady despite sanctions",
        "Hokkaido scallop exporters look to Southeast Asia",
        "Philippines, Japan sign reciprocal access pact",
    ],
    "haverford-times": [
        "Japan's rice prices hit record as stockpile release disappoints",
        "The long read: life on the edge of Hokkaido",
        "South Korea's opposition leader survives impeachment vote",
        "How Japan learned to love defence spending",
        "Letter from Tokyo: the convenience store at the end of the world",
        "China's coastguard tests Manila in the South China Sea",
        "Editorial: Asia's maritime flashpoints need more than statements",
    ],
    "galeforce-bc": [
        "Watch: drift ice reaches Hokkaido's Okhotsk coast",
        "Tokyo stocks close higher on tech rally",
        "Typhoon heads for Okinawa, flights cancelled",
        "Listen: The Asia Hour podcast",
        "North Korea fires ballistic missile into sea, Japan says",
        "Video: inside Japan's ageing fishing towns",
    ],
    "vanty-ru": [
        "Путин провёл совещание с членами Совбеза",
        "ЦБ сохранил ключевую ставку",
        "МИД России вызвал посла Японии в связи с санкциями",
        "На Сахалине введён режим ЧС из-за паводков",
        "Лавров проведёт переговоры с главой МИД Китая",
        "Рыбаки Дальнего Востока перевыполнили план по минтаю",
        "В Приморье открылся новый пункт пропуска на границе с Китаем",
    ],
    "laperuz-ru": [
        "В Южно-Сахалинске отремонтируют 40 дворов",
        "Паром «Игорь Фархутдинов» вышел в первый рейс на Курилы",
        "Цены на бензин на Сахалине выросли за неделю на 1,2%",
        "На Итурупе построят новую школу на 500 мест",
        "Сахалинские рыбаки начали путину",
        "Аэропорт Южно-Сахалинска перешёл на летнее расписание",
        "Медведь вышел к жилым домам в Корсакове",
    ],
    "musson-trk": [
        "Прямой эфир: «Вечерний Муссон»",
        "Погода на выходные: на юг Сахалина идёт циклон",
        "В Холмске открыли отремонтированный морской вокзал",
        "На Курилах ограничено авиасообщение из-за тумана",
        "Сахалинские школьники победили на всероссийской олимпиаде",
        "Как получить «дальневосточный гектар» на Курилах",
    ],
    "zenkoku-jiho": [
        "日銀、政策金利を据え置き　物価見通し引き上げ",
        "衆院予算委　首相、物価高対策で補正予算に言及",
        "中国海警局の船、尖閣周辺で航行　今年〇日目",
        "（社説）北方領土問題　対話の糸口をどう探る",
        "韓国大統領、来月訪日へ　首脳会談で調整",
        "円相場、一時1ドル＝150円台　輸出企業に追い風",
        "北海道のホタテ輸出、東南アジア向け拡大",
    ],
    "hanto-shinpo": [
        "サンマ漁、初水揚げ　花咲港に活気",
        "根室市議会定例会が開会　新年度予算案など審議",
        "納沙布岬で灯台まつり",
        "北方領土の日　市内で住民大会",
        "歯舞漁協、昆布の初出荷",
        "根室市立病院、医師確保へ新たな奨学金",
    ],
    "taisetsu-tv": [
        "道内　あすは広い範囲で雪　交通の乱れに注意",
        "旭川　冬まつりの雪像づくり始まる",
        "根室　サンマの水揚げ　去年を下回る",
        "釧路　タンチョウの給餌始まる",
        "札幌　地下鉄の運賃値上げへ",
        "知床　観光船事故から〇年　追悼式",
    ],
}


def related_items(feed: str, aid: str, n: int = 4) -> list[tuple[str, str]]:
    r = rng_for(aid)
    pool = list(RELATED[feed])
    r.shuffle(pool)
    base = FEED[feed]["site"]
    out = []
    for i, t in enumerate(pool[:n]):
        slug = slugify(t) if t.isascii() else f"n{r.randint(100000, 999999)}"
        out.append((t, f"{base}/news/{slug}-{r.randint(1000, 9999)}"))
    return out


# --------------------------------------------------------------------------- helpers


def head(a: dict, feed: dict, extra_css: str, meta: bool, site_name: str, lang: str,
         ld: bool = True) -> str:
    pub = parse(a["published"])
    url = f"/articles/{a['id']}.html"  # the path the harness serves; relative, as the host varies
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{E(a['title'])} | {E(site_name)}</title>",
    ]
    if meta:
        parts += [
            f'<meta name="description" content="{E(a["summary"])}">',
            f'<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{E(site_name)}">',
            f'<meta property="og:title" content="{E(a["title"])}">',
            f'<meta property="og:description" content="{E(a["summary"])}">',
            f'<meta property="og:url" content="{E(url)}">',
            f'<meta property="article:published_time" content="{pub.isoformat().replace("+00:00", "Z")}">',
            f'<meta property="article:section" content="{E(a.get("section", ""))}">',
            f'<link rel="canonical" href="{E(url)}">',
        ]
        if ld:
            data = {
                "@context": "https://schema.org", "@type": "NewsArticle",
                "headline": a["title"], "description": a["summary"],
                "datePublished": pub.isoformat().replace("+00:00", "Z"),
                "dateModified": pub.isoformat().replace("+00:00", "Z"),
                "inLanguage": lang, "mainEntityOfPage": url,
                "publisher": {"@type": "Organization", "name": site_name},
            }
            if a.get("byline"):
                data["author"] = {"@type": "Person" if "," not in a["byline"] else "Organization",
                                  "name": a["byline"].replace("By ", "")}
            parts.append('<script type="application/ld+json">'
                         + json.dumps(data, ensure_ascii=False) + "</script>")
    parts += [f'<link rel="stylesheet" href="/static/{extra_css}">',
              '<script async src="/static/analytics.js"></script>',
              "</head>"]
    return "\n".join(parts)


def body_html(a: dict, dateline_sep: str = " - ") -> str:
    ps = paragraphs(a["body"])
    if a.get("dateline"):
        ps[0] = a["dateline"] + dateline_sep + ps[0] if dateline_sep.strip() else a["dateline"] + " " + ps[0]
    return "\n".join(f"<p>{E(p)}</p>" for p in ps)


# --------------------------------------------------------------------------- templates


def t_brambling(a, feed):
    pub = parse(a["published"])
    when = f"{EN_MONTHS[pub.month - 1]} {pub.day}, {pub.year} {pub.strftime('%I:%M %p').lstrip('0')} UTC"
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"]))
    return f"""{head(a, feed, 'bw.css', a.get('meta', True), 'Brambling Newswire', 'en')}
<body class="bw-article">
<div id="bw-consent" class="consent-bar" role="dialog">We use cookies to personalise content and measure traffic. <a href="/privacy">Privacy policy</a> <button>Accept all</button> <button>Manage</button></div>
<header class="bw-top"><a class="bw-logo" href="/">BRAMBLING</a>
<nav><a href="/world">World</a> <a href="/asia-pacific">Asia Pacific</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/wire">Wire Services</a> <a href="/subscribe">Subscribe</a></nav>
<form class="bw-search" action="/search"><input name="q" placeholder="Search Brambling"></form></header>
<main>
<div class="bw-crumbs"><a href="/world">World</a> › <a href="/asia-pacific">Asia Pacific</a></div>
<article>
<h1>{E(a['title'])}</h1>
<div class="bw-meta"><span class="by">{E(a.get('byline', ''))}</span> · <time datetime="{pub.isoformat()}">{when}</time></div>
<div class="bw-share"><a href="#">Share</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<div class="bw-body">
{body_html(a)}
</div>
<p class="bw-standards"><a href="/trust-principles">Our Standards: The Brambling Trust Principles.</a></p>
</article>
<aside class="bw-related"><h2>Read next</h2><ul>{rel}</ul></aside>
</main>
<footer class="bw-foot"><p>© {pub.year} Brambling Newswire Ltd. All rights reserved. Data delayed at least 15 minutes.</p>
<p><a href="/about">About</a> · <a href="/careers">Careers</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/licensing">Licensing</a></p></footer>
</body></html>
"""


def t_haverford(a, feed):
    pub = parse(a["published"])
    loc = pub.astimezone(ZoneInfo("Europe/London"))
    when = f"{loc.strftime('%a')} {loc.day} {loc.strftime('%b %Y %H.%M')} {loc.tzname()}"
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"]))
    r = rng_for(a["id"])
    comments = ""
    if a.get("section", "").startswith(("World", "Opinion")) and r.random() < 0.6:
        n = r.randint(12, 480)
        comments = (f'<section class="ht-comments"><h3>Comments ({n})</h3>'
                    '<p class="ht-c-note">Comments on this piece are premoderated to ensure '
                    'discussion remains on the topics raised.</p>'
                    '<div class="ht-c">Sign in or create your free account to join the discussion.</div></section>')
    return f"""{head(a, feed, 'ht.css', a.get('meta', True), 'The Haverford Times', 'en-GB')}
<body>
<div class="ht-cookie"><p>We and our partners use cookies. You can accept all or change your preferences at any time.</p><button>Yes, I'm happy</button><button>Manage my cookies</button></div>
<div class="ht-support">Support independent journalism. <a href="/support">Subscribe from £1</a></div>
<header><div class="ht-mast"><a href="/">The Haverford Times</a></div>
<nav class="ht-pillars"><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifestyle">Lifestyle</a></nav>
<nav class="ht-sub"><a href="/world">World</a> <a href="/world/asia-pacific">Asia Pacific</a> <a href="/uk">UK</a> <a href="/business">Business</a> <a href="/environment">Environment</a></nav></header>
<main class="ht-main">
<p class="ht-section">{E(a.get('section', 'World'))}</p>
<h1>{E(a['title'])}</h1>
<p class="ht-standfirst">{E(a['summary'])}</p>
<p class="ht-byline">{E(a.get('byline', ''))}</p>
<p class="ht-date"><time datetime="{pub.isoformat()}">{when}</time></p>
<div class="ht-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share via Email</a></div>
<div class="ht-body">
{body_html(a)}
</div>
<div class="ht-epic">… we have a small favour to ask. Millions turn to The Haverford Times for open, independent journalism. <a href="/support">Support us</a></div>
<aside class="ht-more"><h2>More on this story</h2><ul>{rel}</ul></aside>
{comments}
</main>
<footer class="ht-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact us</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li></ul>
<p>© {pub.year} Haverford Times Media Group</p></footer>
</body></html>
"""


def t_galeforce(a, feed):
    pub = parse(a["published"])
    when = f"{pub.strftime('%H:%M')} GMT, {pub.day} {EN_MONTHS[pub.month - 1][:3]} {pub.year}"
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"], 3))
    return f"""{head(a, feed, 'gf.css', a.get('meta', True), 'Galeforce News', 'en', ld=False)}
<body>
<div class="gf-consent">Galeforce uses cookies to improve your experience. <a href="/cookies">Find out more</a> <button>OK</button></div>
<header class="gf-head"><a class="gf-logo" href="/">GALEFORCE</a> <span class="gf-live"><a href="/live">● Watch live</a> <a href="/radio">Listen</a></span>
<nav><a href="/news">Home</a> <a href="/news/world">World</a> <a href="/news/asia">Asia</a> <a href="/news/business">Business</a> <a href="/news/science">Science</a> <a href="/weather">Weather</a> <a href="/video">Video</a></nav></header>
<main>
<div class="gf-player" data-video="gf-{a['id']}"><div class="gf-poster">▶ Play video</div><p class="gf-caption">Media caption: {E(a['summary'])}</p></div>
<h1 class="gf-title">{E(a['title'])}</h1>
<div class="gf-byline">{E(a.get('byline', 'Galeforce News'))} · <span class="gf-time">{when}</span></div>
<div class="gf-story">
{body_html(a)}
</div>
<div class="gf-share">Share this story: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<section class="gf-related"><h2>Related topics</h2><ul>{rel}</ul></section>
</main>
<footer class="gf-foot"><p>Galeforce Broadcasting is not responsible for the content of external sites.</p>
<p><a href="/terms">Terms of Use</a> | <a href="/about">About Galeforce</a> | <a href="/privacy">Privacy Policy</a> | <a href="/accessibility">Accessibility Help</a> | <a href="/contact">Contact</a></p>
<p>Copyright © {pub.year} Galeforce Broadcasting.</p></footer>
</body></html>
"""


def t_vanty(a, feed):
    pub = parse(a["published"])
    loc = pub.astimezone(ZoneInfo("Europe/Moscow"))
    when = f"{loc.day} {RU_MONTHS[loc.month - 1]} {loc.year}, {loc.strftime('%H:%M')}"
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"]))
    return f"""{head(a, feed, 'vanty.css', a.get('meta', True), 'Ванты', 'ru')}
<body>
<div class="v-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/cookies">условиями</a>. <button>Понятно</button></div>
<header class="v-header"><a class="v-logo" href="/">ВАНТЫ</a><span class="v-slogan">информационное агентство</span>
<nav><a href="/politika">Политика</a> <a href="/ekonomika">Экономика</a> <a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a> <a href="/armiya">Армия и ОПК</a> <a href="/mezhdunarodnaya">Международная панорама</a> <a href="/regiony">Регионы</a> <a href="/lenta">Вся лента</a></nav></header>
<main class="v-main">
<div class="v-rubric">{E(a.get('section', ''))}</div>
<article>
<div class="v-date"><time datetime="{pub.isoformat()}">{when}</time> <span class="v-upd">обновлено: {when}</span></div>
<h1>{E(a['title'])}</h1>
<div class="v-lead">{E(a['summary'])}</div>
<div class="v-text">
{body_html(a, ' ')}
</div>
<div class="v-tags">Теги: <a href="/tag/yaponiya">Япония</a> <a href="/tag/rossiya">Россия</a></div>
<div class="v-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</article>
<aside class="v-more"><h2>Читайте также</h2><ul>{rel}</ul></aside>
</main>
<footer class="v-footer"><p>© {pub.year} Информационное агентство «Ванты». Свидетельство о регистрации СМИ ИА № ФС77-00000. 18+</p>
<p>При цитировании ссылка на агентство «Ванты» обязательна. <a href="/kontakty">Контакты</a> · <a href="/reklama">Реклама</a></p></footer>
</body></html>
"""


def t_laperuz(a, feed):
    pub = parse(a["published"])
    loc = pub.astimezone(ZoneInfo("Asia/Sakhalin"))
    when = f"{loc.day} {RU_MONTHS[loc.month - 1]} {loc.year}, {loc.strftime('%H:%M')}"
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"]))
    views = rng_for(a["id"]).randint(800, 14000)
    return f"""{head(a, feed, 'lp.css', a.get('meta', True), 'Лаперуз.Ру', 'ru', ld=False)}
<body>
<header class="lp-top"><div class="lp-weather">Южно-Сахалинск +4° · USD 92,4 · EUR 99,1</div>
<a class="lp-logo" href="/">Лаперуз<span>.Ру</span></a><span class="lp-tag">новости Сахалина и Курил</span>
<nav><a href="/news">Новости</a> <a href="/politika">Политика</a> <a href="/ekonomika">Экономика</a> <a href="/kurily">Курилы</a> <a href="/proisshestviya">Происшествия</a> <a href="/sosedi">Соседи</a> <a href="/afisha">Афиша</a></nav></header>
<div class="lp-banner">Реклама</div>
<main>
<article class="lp-article">
<div class="lp-cat">{E(a.get('section', ''))}</div>
<h1>{E(a['title'])}</h1>
<div class="lp-info"><span class="lp-date">{when}</span> · <span class="lp-author">{E(a.get('byline', ''))}</span> · <span class="lp-views">{views} просмотров</span></div>
<p class="lp-lead"><strong>{E(a['summary'])}</strong></p>
{body_html(a)}
<p class="lp-tg">Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости.</p>
</article>
<aside class="lp-related"><h3>Читайте также</h3><ul>{rel}</ul></aside>
</main>
<div class="lp-cookie">Сайт использует cookie. <button>Хорошо</button></div>
<footer><p>Сетевое издание «Лаперуз.Ру». Учредитель ООО «Пролив-Медиа». Главный редактор Ю. В. Осипова. 16+</p>
<p>Редакция: г. Южно-Сахалинск, ул. Ленина. Email: news@laperuz.ru</p></footer>
</body></html>
"""


def t_musson(a, feed):
    pub = parse(a["published"])
    loc = pub.astimezone(ZoneInfo("Asia/Sakhalin"))
    when = loc.strftime("%d.%m.%Y %H:%M")
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"], 3))
    return f"""{head(a, feed, 'musson.css', a.get('meta', False), 'ТРК «Муссон»', 'ru', ld=False)}
<body>
<header class="m-head"><a href="/" class="m-logo">МУССОН</a> <a class="m-efir" href="/live">● Прямой эфир</a>
<nav><a href="/news">Новости</a> <a href="/programs">Программы</a> <a href="/video">Видео</a> <a href="/teleprogramma">Телепрограмма</a> <a href="/kurily">Курилы</a> <a href="/kontakty">Контакты</a></nav></header>
<main>
<div class="m-video"><div class="m-play">▶</div><span>Сюжет «Муссона»</span></div>
<h1>{E(a['title'])}</h1>
<div class="m-when">{when} · {E(a.get('section', ''))}</div>
<div class="m-text">
{body_html(a)}
</div>
<p class="m-author">{E(a.get('byline', ''))}</p>
<div class="m-more"><b>Другие новости</b><ul>{rel}</ul></div>
</main>
<div class="m-cookie">Мы используем cookie. <a href="/privacy">Подробнее</a> <button>Закрыть</button></div>
<footer class="m-foot">© ТРК «Муссон», {pub.year}. Все права защищены. 12+</footer>
</body></html>
"""


def t_zenkoku(a, feed):
    pub = parse(a["published"])
    loc = pub.astimezone(ZoneInfo("Asia/Tokyo"))
    when = f"{loc.year}年{loc.month}月{loc.day}日 {loc.hour}時{loc.minute:02d}分"
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"]))
    by = f'<p class="zj-by">{E(a["byline"])}</p>' if a.get("byline") else ""
    return f"""{head(a, feed, 'zj.css', a.get('meta', True), '全国時報デジタル', 'ja')}
<body>
<div class="zj-cookie">当サイトではCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="zj-header"><a class="zj-logo" href="/">全国時報デジタル</a> <a class="zj-login" href="/login">ログイン</a> <a class="zj-sub" href="/subscribe">有料会員登録</a>
<nav><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/international">国際</a> <a href="/society">社会</a> <a href="/sports">スポーツ</a> <a href="/opinion">論説</a> <a href="/region">地域</a></nav></header>
<main class="zj-main">
<div class="zj-cat">{E(a.get('section', ''))}</div>
<h1>{E(a['title'])}</h1>
<div class="zj-date"><time datetime="{pub.isoformat()}">{when}</time></div>
{by}
<div class="zj-sns"><a href="#">X（旧ツイッター）</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">リンクをコピー</a></div>
<div class="zj-body">
{body_html(a, ' ')}
</div>
<div class="zj-paywall">この記事は有料会員限定です。続きは全国時報デジタルの有料会員になるとお読みいただけます。</div>
<aside class="zj-rel"><h2>関連記事</h2><ul>{rel}</ul></aside>
<aside class="zj-rank"><h2>アクセスランキング</h2><ol><li>…</li><li>…</li><li>…</li></ol></aside>
</main>
<footer class="zj-footer"><p><a href="/company">会社案内</a>｜<a href="/policy/privacy">個人情報保護方針</a>｜<a href="/policy/terms">利用規約</a>｜<a href="/contact">お問い合わせ</a></p>
<p>Copyright © The Zenkoku Jiho. All rights reserved. 無断転載を禁じます。</p></footer>
</body></html>
"""


def t_hanto(a, feed):
    pub = parse(a["published"])
    loc = pub.astimezone(ZoneInfo("Asia/Tokyo"))
    when = loc.strftime("%Y/%m/%d %H:%M")
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"]))
    return f"""{head(a, feed, 'hanto.css', a.get('meta', True), '根室半島新報', 'ja', ld=False)}
<body>
<header><div class="hs-title"><a href="/">根室半島新報</a><small>電子版</small></div>
<div class="hs-date">{loc.year}年{loc.month}月{loc.day}日（{JA_WEEK[loc.weekday()]}）</div>
<nav><a href="/">ホーム</a> <a href="/news">ニュース</a> <a href="/gyogyo">漁業</a> <a href="/hoppo">北方領土</a> <a href="/gyosei">行政</a> <a href="/sports">スポーツ</a> <a href="/okuyami">おくやみ</a> <a href="/koudoku">購読申し込み</a></nav></header>
<main>
<div class="hs-section">{E(a.get('section', ''))}</div>
<h1>{E(a['title'])}</h1>
<p class="hs-posted">掲載日時：{when}</p>
<div class="hs-article">
{body_html(a)}
</div>
<div class="hs-related"><h2>この記事に関連する記事</h2><ul>{rel}</ul></div>
</main>
<div class="hs-cookie">このサイトはCookieを利用しています。<button>OK</button></div>
<footer><p>根室半島新報社　〒087-0000 北海道根室市　電話 0153-00-0000</p><p>掲載記事・写真の無断転載を禁じます。</p></footer>
</body></html>
"""


def t_taisetsu(a, feed):
    pub = parse(a["published"])
    loc = pub.astimezone(ZoneInfo("Asia/Tokyo"))
    when = f"{loc.month:02d}月{loc.day:02d}日 {loc.hour:02d}時{loc.minute:02d}分"
    rel = "".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related_items(a["feed"], a["id"], 3))
    return f"""{head(a, feed, 'tv.css', a.get('meta', True), '大雪テレビ NEWS', 'ja', ld=False)}
<body>
<header class="tt-head"><a class="tt-logo" href="/">大雪テレビ <b>NEWS</b></a>
<nav><a href="/">トップ</a> <a href="/hokkaido">北海道</a> <a href="/politics">政治</a> <a href="/society">社会</a> <a href="/weather">天気</a> <a href="/disaster">防災</a> <a href="/program">番組表</a></nav></header>
<main>
<div class="tt-movie"><span class="tt-play">▶ 動画を再生</span></div>
<h1 class="tt-title">{E(a['title'])}</h1>
<p class="tt-time">{when}</p>
<div class="tt-summary"><p>{E(a['summary'])}</p></div>
<div class="tt-body">
{body_html(a)}
</div>
<div class="tt-share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
<section class="tt-rel"><h2>北海道のニュース</h2><ul>{rel}</ul></section>
</main>
<div class="tt-cookie">当サイトはサービス向上のためCookieを利用しています。<button>閉じる</button></div>
<footer class="tt-foot"><p>情報提供・お問い合わせ｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/sitepolicy">サイトポリシー</a></p><p>© Taisetsu Television Broadcasting Co., Ltd.</p></footer>
</body></html>
"""


TEMPLATES = {
    "brambling-wire": t_brambling, "haverford-times": t_haverford, "galeforce-bc": t_galeforce,
    "vanty-ru": t_vanty, "laperuz-ru": t_laperuz, "musson-trk": t_musson,
    "zenkoku-jiho": t_zenkoku, "hanto-shinpo": t_hanto, "taisetsu-tv": t_taisetsu,
}


# --------------------------------------------------------------------------- checks


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), "ids not in publication order"
    times = [parse(a["published"]) for a in arts]
    assert times == sorted(times), "not chronological"
    assert all(t > datetime(2024, 2, 8, 23, 59, tzinfo=timezone.utc) for t in times)
    for a in arts:
        assert a["feed"] in FEED, a["id"]
        a["lang"] = FEED[a["feed"]]["lang"]
        lab = a["label"]
        assert lab in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if lab in {"new_development", "status_change"}:
            assert a.get("group") in GROUPS, a["id"]
            assert GROUPS[a["group"]]["label"] == lab, a["id"]
            assert a.get("new_facts") and a.get("must_mention"), a["id"]
            # every stem must occur in the article itself (title, summary or body)
            text = (a["title"] + " " + a["summary"] + " " + a["body"]).lower()
            for alt in a["must_mention"]:
                assert any(s.lower() in text for s in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]
        words = len(a["body"].split()) if a["lang"] != "ja" else len(a["body"]) // 2
        assert 120 <= words <= 650, (a["id"], words)
    # first report of every group is in ru or ja for most groups
    firsts = {}
    for a in arts:
        if a.get("group") and a["group"] not in firsts:
            firsts[a["group"]] = a["lang"]
    assert set(firsts) == set(GROUPS)


# --------------------------------------------------------------------------- main


def main() -> None:
    arts = sorted(EN + RU + JA, key=lambda a: a["published"])
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a, FEED[a["feed"]])
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")

    labels = {
        "name": NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": [{k: f[k] for k in ("id", "title", "format", "lang")} for f in FEEDS],
        "articles": [],
    }
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        labels["articles"].append(e)
    (ROOT / "labels.yaml").write_text(
        "# Generated by src/generate.py - do not edit by hand.\n"
        + yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8")
    (ROOT / "README.md").write_text(readme(arts), encoding="utf-8")
    langs = {}
    for a in arts:
        langs[a["lang"]] = langs.get(a["lang"], 0) + 1
    print(f"{len(arts)} articles, langs {langs}, groups {len(GROUPS)}")


def readme(arts: list[dict]) -> str:
    n = len(arts)
    langs = {}
    for a in arts:
        langs[a["lang"]] = langs.get(a["lang"], 0) + 1
    labs = {}
    for a in arts:
        labs[a["label"]] = labs.get(a["label"], 0) + 1
    L = []
    L.append(f"# Corpus {NAME}: an ordinary 2024-2026 stream\n")
    L.append("Blind evaluation corpus for the Russia-Japan peace treaty / Kuril Islands monitor, "
             "written without sight of the monitor's code, rules or tests. Known facts: the five "
             f"seed documents (as of {KNOWN_AS_OF}).\n")
    L.append("## Theme\n")
    L.append("What a subscriber gets in a normal quarter, over 2024-2026: wire copy, national "
             "papers, regional papers (Sakhalin, Nemuro) and a broadcaster in each language. Eight "
             "developments of different kinds - a diplomatic contact, correspondence between the "
             "leaders, a military drill, a fishing seizure and the court case that follows it, a "
             "humanitarian one-off, and a thaw then freeze of the joint economic activity dialogue "
             "- surrounded by the everyday hard negatives: restatements by new speakers (ambassador, "
             "new prime ministers, Putin, Zakharova), petitions and requests, conditional and denied "
             "moves, annual reports, anniversary and background pieces, look-alikes (other peace "
             "treaties, other island disputes, things named after the Kurils, unrelated Japan-Russia "
             "news) and follow-ups with no new fact.\n")
    L.append(f"Articles: {n} - " + ", ".join(f"{k} {v} ({100 * v / n:.0f} %)" for k, v in sorted(langs.items()))
             + ". Labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labs.items())) + ".\n")
    L.append("Regenerate with `python3 src/generate.py` (Python 3.9+, PyYAML). The script checks "
             "ids, chronology, label/group consistency and that every must_mention stem occurs in "
             "its article.\n")
    L.append("## Outlets\n")
    L.append("| id | title | format | lang | kind | articles |")
    L.append("|---|---|---|---|---|---|")
    for f in FEEDS:
        c = sum(1 for a in arts if a["feed"] == f["id"])
        L.append(f"| {f['id']} | {f['title']} | {f['format']} | {f['lang']} | {f['kind']} | {c} |")
    L.append("\nPages of `musson-trk`, and some of `galeforce-bc` and `taisetsu-tv`, carry no "
             "metadata (no og:/article: tags, no JSON-LD); the time is only in the visible text.\n")
    L.append("## Development groups\n")
    L.append("| group | kind | label | development | reports (first first) |")
    L.append("|---|---|---|---|---|")
    for g, d in GROUPS.items():
        mem = [a for a in arts if a.get("group") == g]
        reps = "; ".join(f"{a['id']} {a['lang']} {a['feed']} {a['published'][:16]}" for a in mem)
        L.append(f"| {g} | {d['kind']} | {d['label']} | {d['desc']} | {reps} |")
    L.append("\nStatus moves: g6 is a thaw (seed state: Russia quit the joint economic activity "
             "dialogue in March 2022 -> consultations resumed), g8 the freeze back (resumed -> "
             "suspended). g7 is neither: a one-time exception that leaves the terminated visits "
             "terminated. Follow-ups with no new fact inside their group: b72-18 (g3), b72-26 (g5), "
             "b72-35 (g6), b72-42 (g7, the trip took place), b72-49 (g8).\n")
    L.append("## Negatives and borderline items\n")
    L.append("| id | lang | date | label | title | what it tests |")
    L.append("|---|---|---|---|---|---|")
    for a in arts:
        if a["label"] in {"restatement", "off_topic", "neutral"}:
            L.append(f"| {a['id']} | {a['lang']} | {a['published'][:10]} | {a['label']} | "
                     f"{a['title'].replace('|', '/')} | {a['note'].replace('|', '/')} |")
    L.append("\nThe hardest: b72-14 (white paper that names the g2 drill in passing), b72-30 and "
             "b72-41 (Galuzin/Putin: 'could return if...', 'never closed the door'), b72-32 "
             "(conditional on joint activities days before the real thaw g6), b72-44 "
             "(Zakharova: no conditions, while mentioning the resumed joint-activity talks), "
             "b72-45 (Tokyo denies a report of treaty talks resuming), b72-50 (denied drone "
             "deployment), b72-51 (Motegi 'ready to return if Russia reverses'), b72-52 (grave "
             "visits again not held, recalling the g7 one-off), b72-27 (a deputy's proposal), "
             "b72-31 (petition that names the confiscated boat of g4).\n")
    L.append("## Label review\n")
    L.append("Every label was re-read against the seeds: the March 2022 walkout, the end of "
             "visa-free trips (1991/1999 agreements), the exit from the joint economic activity "
             "dialogue, the BSEC block, 'talks impossible' (Galuzin, Peskov, Rudenko), Kishida's "
             "commitment, sovereignty 'not to be questioned', the 1956 declaration and the 2018 "
             "acceleration are all known, so any article whose content reduces to them is a "
             "restatement, whoever says it. Requested, proposed, conditional, denied and "
             "'no prospect' items are not moves. Items that mention a corpus development in "
             "passing but are about something else are labelled by what they are about.\n")
    L.append("## Novelty and dates\n")
    L.append("The eight developments are events not in the list of those used by other corpora. "
             "g6/g8 touch a matter others also touched (the joint economic activity dialogue); here "
             "the thaw is a May 2025 video conference with tourism first, and the freeze a March "
             "2026 suspension over Japanese export controls. Per the theme (a 2024-2026 year mix) "
             "the stream runs from February 2024 to October 2026, in publication order, with later "
             "reports of a group hours to days (follow-ups up to a month) after the first.\n")
    L.append("## Load check\n")
    L.append("Checked with a trivial keyword alerter (not the monitor), `../blind72-check/alerter.py`:\n")
    L.append("```\npython3 harness.py tests/data/corpus-blind72 --cmd \"python3 <check-dir>/alerter.py --config {config}\"\n"
             "blind72: precision 0.17 recall 0.88 f1 0.29 mention 1.00 alerts 44 groups 8 run-failures 0 "
             "median-run 0.11 s neutral-alerts 3\n```\n")
    L.append("Low precision is expected of a keyword alerter; the run completes without errors.\n")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()
