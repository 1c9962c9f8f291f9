#!/usr/bin/env python3
"""Build the blind31 corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py
The output goes to the folder above this script (the corpus root). Needs PyYAML.
Deterministic: the same stories always give the same files.
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__

import html
import json
import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

from stories_en import STORIES as EN
from stories_ja import STORIES as JA
from stories_ru import STORIES as RU

ROOT = Path(__file__).resolve().parent.parent
NAME = "blind31"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "glenmoor-en", "title": "Glenmoor Wire - World", "format": "rss", "lang": "en"},
    {"id": "ashcombe-en", "title": "The Ashcombe Post - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "wrenfield-en", "title": "Wrenfield Review - Eurasia & the North Pacific", "format": "rss", "lang": "en"},
    {"id": "radial-ru", "title": "ИА «Радиал» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "yks-ru", "title": "Южные Курилы сегодня — новости Кунашира и Шикотана", "format": "atom", "lang": "ru"},
    {"id": "rakurs-ru", "title": "Ракурс-ДВ — новости Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "hibiki-ja", "title": "ひびき通信ニュース", "format": "rss", "lang": "ja"},
    {"id": "tomoshibi-ja", "title": "北海道ともしび新聞 電子版", "format": "atom", "lang": "ja"},
]
FEED_LANG = {f["id"]: f["lang"] for f in FEEDS}

# --------------------------------------------------------------------------- helpers

ALLOWED = re.compile(r"&lt;(/?(?:em|strong))&gt;")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paras(body: str, cls: str = "") -> str:
    out = []
    attr = f' class="{cls}"' if cls else ""
    for block in [b.strip() for b in body.strip().split("\n\n") if b.strip()]:
        text = ALLOWED.sub(r"<\1>", html.escape(block, quote=False))
        out.append(f"<p{attr}>{text}</p>")
    return "\n".join(out)


def words(story: dict) -> int:
    body = re.sub(r"<[^>]+>", "", story["body"])
    if story["lang"] == "ja":
        return len(re.sub(r"\s", "", body)) // 2
    return len(body.split())


def utc(story: dict) -> datetime:
    return datetime.fromisoformat(story["published"].replace("Z", "+00:00"))


def local(story: dict, hours: int) -> datetime:
    return utc(story).astimezone(timezone(timedelta(hours=hours)))


def jsonld(story: dict, publisher: str, section: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story["title"],
        "description": story["summary"],
        "datePublished": utc(story).isoformat(),
        "dateModified": utc(story).isoformat(),
        "inLanguage": story["lang"],
        "articleSection": section,
        "author": {"@type": "Person" if story.get("byline") else "Organization",
                   "name": story.get("byline") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": f"/articles/{story['id']}.html",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def meta_block(story: dict, site: str, section: str, level: str, ld: bool = True) -> str:
    """level: full (og + article + JSON-LD), basic (description + og:title), none."""
    if level == "none":
        return ""
    lines = [f'<meta name="description" content="{esc(story["summary"])}">',
             f'<meta property="og:title" content="{esc(story["title"])}">',
             f'<meta property="og:site_name" content="{esc(site)}">']
    if level == "full":
        lines += [f'<meta property="og:type" content="article">',
                  f'<meta property="og:description" content="{esc(story["summary"])}">',
                  f'<meta property="article:published_time" content="{utc(story).isoformat()}">',
                  f'<meta property="article:section" content="{esc(section)}">',
                  '<meta name="twitter:card" content="summary_large_image">',
                  f'<link rel="canonical" href="/articles/{story["id"]}.html">']
        if ld:
            lines.append(jsonld(story, site, section))
    return "\n".join(lines)


def pick(pool: list, story: dict, n: int) -> list:
    rnd = random.Random(story["id"])
    return rnd.sample(pool, min(n, len(pool)))


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:60] or "story"


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# --------------------------------------------------------------------------- related pools

REL = {
    "glenmoor-en": [
        "Oil steadies as traders weigh OPEC+ output plans",
        "China's factory activity expands for third month",
        "South Korea's central bank holds rates, signals caution",
        "Philippines, Vietnam agree to boost coast guard cooperation",
        "Yen slips to multi-week low against dollar",
        "Indonesia's president names new finance minister",
        "Typhoon disrupts flights across southern Japan",
        "Kazakhstan signs grain export deal with China",
        "Mongolia approves new copper mine expansion",
        "Taiwan reports Chinese military aircraft near island",
    ],
    "ashcombe-en": [
        "Inside the rural towns betting on foreign workers to survive",
        "Tokyo's last public bathhouses fight for their future",
        "Hokkaido's potato farmers brace for another dry summer",
        "Why Japanese companies are finally raising wages",
        "Seoul's housing market cools as loan rules tighten",
        "The island where every resident knows the ferry timetable by heart",
        "Kyoto moves to curb tourist crowds in Gion",
        "Shipbuilders in Nagasaki find new orders in green ammonia",
        "Letters: the case for a four-day school week",
        "Opinion: Japan's defence budget needs a clearer strategy",
    ],
    "wrenfield-en": [
        "The Sea of Okhotsk as a strategic bastion: a primer",
        "Central Asia's water disputes are getting harder to manage",
        "Mongolia's third-neighbour policy under strain",
        "Who really runs Russia's Far East?",
        "Arctic shipping after the sanctions: a reality check",
        "What the Northern Sea Route numbers don't show",
        "Podcast: Japan's new defence posture, explained",
        "Kazakhstan's balancing act, year three",
    ],
    "radial-ru": [
        "В Приморье открылся новый участок трассы «Восток»",
        "ЦБ сохранил ключевую ставку",
        "В Якутии завершили северный завоз",
        "Минприроды расширит сеть особо охраняемых территорий",
        "На Камчатке извергается вулкан Шивелуч",
        "В Хабаровске запустили новый мост через Амур",
        "Правительство продлило программу дальневосточной ипотеки",
        "В Москве прошёл форум «Россия — Азия»",
        "Сборная России по хоккею сыграет товарищеский матч",
        "В Магадане ограничили движение из-за пурги",
    ],
    "yks-ru": [
        "Паром «Игорь Фархутдинов» задерживается из-за шторма",
        "В Малокурильском отремонтируют водопровод",
        "Школьники Кунашира заняли призовые места на областной олимпиаде",
        "Рейсы в Менделеево отменены из-за тумана",
        "На Шикотане открыли новую детскую площадку",
        "График отключения электроэнергии на следующей неделе",
        "Администрация округа объявила конкурс для предпринимателей",
        "В Южно-Курильске прошёл турнир по мини-футболу",
    ],
    "rakurs-ru": [
        "Во Владивостоке стартовал ВЭФ: главное",
        "Сахалинские рыбаки нарастили вылов минтая",
        "Хабаровский край получит новые автобусы",
        "На Камчатке начался сезон пеших маршрутов",
        "Амурская область увеличила экспорт сои в Китай",
        "Как изменятся тарифы ЖКХ на Дальнем Востоке",
        "Интервью: губернатор о строительстве жилья",
        "В Находке открылся новый угольный терминал",
    ],
    "hibiki-ja": [
        "日銀、金融政策の現状維持を決定",
        "首都圏で大雨 交通に乱れ",
        "新幹線、一部区間で運転見合わせ",
        "春闘の賃上げ率、33年ぶり高水準",
        "中国外相が来日へ 調整進む",
        "円相場、一時1ドル＝150円台",
        "最低賃金、過去最大の引き上げ幅",
        "全国の花粉飛散、例年より早く",
        "高校野球 夏の甲子園の組み合わせ決まる",
        "大阪・関西万博の来場者数が1千万人を突破",
    ],
    "tomoshibi-ja": [
        "釧路湿原のタンチョウ、今年は過去最多",
        "根室のサンマ水揚げ、前年を上回る",
        "知床観光船の安全対策、新基準で運航",
        "道東道の一部区間が4車線化へ",
        "中標津空港、冬季ダイヤを発表",
        "別海町の酪農家、生乳の生産抑制続く",
        "花咲ガニ漁が解禁 初競りに活気",
        "羅臼の流氷観光、今季は好調",
    ],
}


def related(story: dict, feed: str, n: int, href_prefix: str) -> list[tuple[str, str]]:
    items = pick(REL[feed], story, n)
    rnd = random.Random(story["id"] + feed)
    year = story["published"][:4]
    return [(f"{href_prefix}/{year}/{rnd.randint(10000, 99999)}-{slug(t) if feed.endswith('en') else rnd.randint(100, 999)}", t)
            for t in items]


# --------------------------------------------------------------------------- templates

def t_glenmoor(s: dict) -> str:
    d = utc(s)
    when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')} UTC"
    rel = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in related(s, "glenmoor-en", 4, "/world"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(s['title'])} | Glenmoor Wire</title>
{meta_block(s, 'Glenmoor Wire', s['section'], s['meta'])}
<link rel="stylesheet" href="/static/gw/main.css">
</head>
<body class="gw-article">
<div id="gw-consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure audiences and personalise advertising. You can change your choices at any time under "Privacy settings".</p>
  <button class="btn-accept">Accept all</button> <button class="btn-reject">Reject optional</button> <a href="/privacy">Privacy settings</a>
</div>
<header class="gw-header">
  <a class="gw-logo" href="/">GLENMOOR<span>WIRE</span></a>
  <nav class="gw-nav"><a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a><a href="/technology">Technology</a><a href="/sustainability">Sustainability</a></nav>
  <form class="gw-search" action="/search"><input name="q" placeholder="Search Glenmoor"></form>
  <a class="gw-signin" href="/account">Sign in</a>
</header>
<main>
<article class="story">
  <div class="kicker"><a href="/world">{esc(s['section'])}</a></div>
  <h1 class="headline">{esc(s['title'])}</h1>
  <div class="byline">By <a href="/authors/{slug(s.get('byline') or 'staff')}">{esc(s.get('byline') or 'Glenmoor staff')}</a></div>
  <time class="published" datetime="{d.isoformat()}">{when}</time>
  <div class="share"><a href="#" aria-label="Share on X">Post</a> <a href="#" aria-label="Share on LinkedIn">LinkedIn</a> <a href="#" aria-label="Email">Email</a> <a href="#" aria-label="Copy link">Link</a></div>
  <div class="story-body">
{paras(s['body'])}
  </div>
  <p class="trust">Our Standards: <a href="/trust-principles">The Glenmoor Trust Principles.</a></p>
</article>
<aside class="related"><h2>Related coverage</h2><ul>{rel}</ul></aside>
<aside class="ad-slot" aria-hidden="true">Advertisement · Scroll to continue</aside>
</main>
<footer class="gw-footer">
  <nav><a href="/about">About Glenmoor</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {d.year} Glenmoor Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_ashcombe(s: dict) -> str:
    d = local(s, 9)
    when = d.strftime("%a %d %b %Y %H.%M") + " JST"
    rel = "".join(f'<li><a href="{h}"><span class="rel-title">{esc(t)}</span></a></li>'
                  for h, t in related(s, "ashcombe-en", 4, "/asia"))
    comments = random.Random(s["id"]).randint(3, 140)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(s['title'])} - The Ashcombe Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(s, 'The Ashcombe Post', s['section'], s['meta'], ld=False)}
<link rel="alternate" type="application/atom+xml" title="The Ashcombe Post - Asia &amp; Pacific" href="/feeds/ashcombe-en.xml">
</head>
<body>
<div class="cmp-overlay" id="cmp">
  <div class="cmp-box">
    <h2>Your privacy</h2>
    <p>The Ashcombe Post and our 143 partners store and access information on your device to deliver and improve our journalism, show personalised ads and measure performance.</p>
    <button>I agree</button><button>Manage preferences</button>
  </div>
</div>
<div class="topbar"><a href="/subscribe">Subscribe from £1 a week</a> · <a href="/newsletters">Newsletters</a> · <a href="/login">Log in</a></div>
<header class="masthead">
  <a href="/" class="brand">The Ashcombe Post</a>
  <p class="edition">Asia &amp; Pacific edition</p>
  <nav class="sections"><a href="/">Home</a><a href="/japan">Japan</a><a href="/china">China</a><a href="/korea">Korea</a><a href="/southeast-asia">Southeast Asia</a><a href="/world">World</a><a href="/business">Business</a><a href="/opinion">Opinion</a><a href="/culture">Culture</a></nav>
</header>
<main class="content">
<article>
  <p class="section-label">{esc(s['section'])}</p>
  <h1>{esc(s['title'])}</h1>
  <p class="standfirst">{esc(s['summary'])}</p>
  <p class="meta"><span class="author">{esc(s.get('byline') or 'Staff reporter')}</span> · <time datetime="{utc(s).isoformat()}">{when}</time> · <a href="#comments">{comments} comments</a></p>
  <figure class="lead-image"><img src="/img/{s['id']}.jpg" alt=""><figcaption>Photograph: Ashcombe Post picture desk</figcaption></figure>
  <div class="article-body">
{paras(s['body'])}
  </div>
  <div class="share-tools">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
  <div class="support-box"><p>Independent journalism from Asia needs readers like you. <a href="/support">Support the Ashcombe Post</a>.</p></div>
</article>
<aside class="more"><h3>More from Asia &amp; Pacific</h3><ul>{rel}</ul></aside>
<section id="comments"><h3>Comments ({comments})</h3><p>Comments on this piece are premoderated. <a href="/community-standards">Community standards</a></p></section>
</main>
<footer>
  <p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/complaints">Complaints &amp; corrections</a> | <a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie policy</a></p>
  <p>© {utc(s).year} Ashcombe Post Media Ltd. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


def t_wrenfield(s: dict) -> str:
    d = utc(s)
    when = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    minutes = max(2, words(s) // 220)
    rel = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in related(s, "wrenfield-en", 3, "/reading"))
    meta = meta_block(s, "Wrenfield Review", s["section"], s["meta"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(s['title'])}</title>
<meta name="viewport" content="width=device-width">
{meta}
</head>
<body class="wr">
<header class="wr-head">
  <a href="/" class="wr-mark">Wrenfield Review</a> <span class="wr-tag">Eurasia &amp; the North Pacific, in context</span>
  <ul class="wr-menu"><li><a href="/analysis">Analysis</a></li><li><a href="/briefing">Briefing</a></li><li><a href="/regions/russia">Russia</a></li><li><a href="/regions/japan">Japan</a></li><li><a href="/regions/central-asia">Central Asia</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/about">About</a></li></ul>
</header>
<div class="wr-wrap">
<article class="wr-piece">
  <span class="wr-kicker">{esc(s['section'])}</span>
  <h1>{esc(s['title'])}</h1>
  <p class="wr-dek">{esc(s['summary'])}</p>
  <div class="wr-meta">{esc(s.get('byline') or 'Wrenfield Review')} &middot; {when} &middot; {minutes} min read</div>
{paras(s['body'])}
  <div class="wr-newsletter"><strong>The Wrenfield Weekly</strong> - one email every Friday with what mattered from the Baltic to the Bering Sea. <a href="/newsletter">Sign up</a></div>
</article>
<aside class="wr-further"><h4>Further reading</h4><ul>{rel}</ul></aside>
</div>
<div class="cookie-strip">This site uses cookies for analytics only. <a href="/cookies">Learn more</a> <button>OK</button></div>
<footer class="wr-foot">Wrenfield Review is reader-funded and independent. &copy; {d.year} Wrenfield Review. <a href="/donate">Donate</a> · <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


def t_radial(s: dict) -> str:
    d = local(s, 3)
    when = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"
    rel = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in related(s, "radial-ru", 4, "/news"))
    tags = {"Политика": ["Япония", "МИД России", "мирный договор"], "Армия": ["Минобороны", "Курилы"],
            "Регионы": ["Камчатка", "рыба"]}.get(s["section"], ["Дальний Восток"])
    tag_html = " ".join(f'<a class="tag" href="/tags/{i}">{esc(t)}</a>' for i, t in enumerate(tags))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(s['title'])} — ИА «Радиал»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(s, 'ИА «Радиал»', s['section'], s['meta'])}
</head>
<body>
<div class="cookie-note">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/legal/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="r-header">
  <a href="/" class="r-logo">РАДИАЛ</a><span class="r-slogan">информационное агентство</span>
  <nav class="r-nav"><a href="/">Главное</a><a href="/politics">Политика</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/army">Армия</a><a href="/incidents">Происшествия</a><a href="/regions">Регионы</a><a href="/sport">Спорт</a></nav>
  <div class="r-rates">USD — · EUR — · <a href="/weather">Погода</a></div>
</header>
<main class="r-main">
<article class="r-article">
  <div class="r-rubric"><a href="/{'politics' if s['section']=='Политика' else 'news'}">{esc(s['section'])}</a></div>
  <h1>{esc(s['title'])}</h1>
  <div class="r-date"><time datetime="{utc(s).isoformat()}">{when}</time> · Автор: {esc(s.get('byline') or 'Редакция')}</div>
  <p class="r-lead"><strong>{esc(s['summary'])}</strong></p>
  <div class="r-text">
{paras(s['body'])}
  </div>
  <div class="r-tags">{tag_html}</div>
  <div class="r-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
  <p class="r-subscribe">Подписывайтесь на канал «Радиала» в Telegram — главные новости без задержки.</p>
</article>
<aside class="r-also"><h3>Читайте также</h3><ul>{rel}</ul></aside>
</main>
<footer class="r-footer">
  <p>© 2010–{utc(s).year} ИА «Радиал». Сетевое издание. Все права защищены. При полном или частичном использовании материалов ссылка на ИА «Радиал» обязательна.</p>
  <p><a href="/about">О нас</a> · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/legal">Правовая информация</a> · 18+</p>
</footer>
</body>
</html>
"""


def t_yks(s: dict) -> str:
    d = local(s, 11)
    when = d.strftime("%d.%m.%Y %H:%M")
    rnd = random.Random(s["id"])
    temp = rnd.randint(-12, 18)
    rel = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in related(s, "yks-ru", 3, "/novosti"))
    views = rnd.randint(300, 5200)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(s['title'])} | Южные Курилы сегодня</title>
{meta_block(s, 'Южные Курилы сегодня', s['section'], s['meta'])}
</head>
<body>
<div class="top-line">Южно-Курильск {temp:+d}°C · ветер {rnd.randint(2, 17)} м/с · <a href="/transport">Паром и авиарейсы</a></div>
<header>
  <div class="site-name"><a href="/">Южные Курилы сегодня</a></div>
  <div class="site-desc">Новости Кунашира, Шикотана и Малой Курильской гряды</div>
  <ul class="menu"><li><a href="/novosti">Новости</a></li><li><a href="/vlast">Власть</a></li><li><a href="/obshestvo">Общество</a></li><li><a href="/zhkh">ЖКХ</a></li><li><a href="/transport">Транспорт</a></li><li><a href="/obyavleniya">Объявления</a></li><li><a href="/kontakty">Прислать новость</a></li></ul>
</header>
<div class="page">
<div class="post">
  <div class="post-cat">{esc(s['section'])}</div>
  <h1 class="post-title">{esc(s['title'])}</h1>
  <div class="post-info">{when} · {esc(s.get('byline') or 'Редакция')} · просмотров: {views}</div>
  <div class="post-intro">{esc(s['summary'])}</div>
  <div class="post-content">
{paras(s['body'])}
  </div>
  <div class="post-share"><a href="#">ВК</a> · <a href="#">ОК</a> · <a href="#">Telegram</a></div>
</div>
<div class="sidebar"><h3>Последние новости</h3><ul>{rel}</ul>
<div class="banner">Реклама на сайте: пишите в редакцию</div></div>
</div>
<div class="cookies">Сайт использует cookie. <a href="/cookie">Подробнее</a> <span class="close">×</span></div>
<footer>Сетевое издание «Южные Курилы сегодня». 16+. Мнение редакции может не совпадать с мнением авторов комментариев. © {utc(s).year}</footer>
</body>
</html>
"""


def t_rakurs(s: dict) -> str:
    d = local(s, 10)
    when = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} {d.strftime('%H:%M')}"
    rel = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in related(s, "rakurs-ru", 4, "/news"))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{esc(s['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{meta_block(s, 'Ракурс-ДВ', s['section'], s['meta'])}
</head>
<body class="rk">
<header class="rk-top">
  <a class="rk-logo" href="/">Ракурс<b>ДВ</b></a>
  <nav><a href="/primorye">Приморье</a> <a href="/khabarovsk">Хабаровский край</a> <a href="/sakhalin">Сахалин и Курилы</a> <a href="/kamchatka">Камчатка</a> <a href="/economy">Экономика</a> <a href="/politics">Политика</a> <a href="/interview">Интервью</a></nav>
</header>
<div class="rk-cookie">Используя сайт, вы соглашаетесь на обработку cookie и персональных данных. <a href="/privacy">Подробнее</a> <button>Принять</button></div>
<main>
<article class="rk-news">
  <div class="rk-breadcrumbs"><a href="/">Главная</a> / <a href="/{'politics' if s['section']=='Политика' else 'economy' if s['section']=='Экономика' else 'interview'}">{esc(s['section'])}</a></div>
  <h1>{esc(s['title'])}</h1>
  <div class="rk-when">{when} (время владивостокское)</div>
  <div class="rk-anons">{esc(s['summary'])}</div>
{paras(s['body'], 'rk-p')}
  <div class="rk-author">Автор: {esc(s.get('byline') or 'Редакция')}</div>
  <div class="rk-tg">Подписывайтесь на «Ракурс-ДВ» в Telegram и «Дзене»</div>
</article>
<section class="rk-more"><h2>Другие новости</h2><ul>{rel}</ul></section>
</main>
<footer class="rk-foot">© {utc(s).year} «Ракурс-ДВ». Все права защищены. Использование материалов возможно только с активной гиперссылкой. 12+ <a href="/reklama">Реклама</a> <a href="/contacts">Контакты</a></footer>
</body>
</html>
"""


def t_hibiki(s: dict) -> str:
    d = local(s, 9)
    when = f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分"
    rel = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in related(s, "hibiki-ja", 4, "/news"))
    cat = {"政治": "politics", "国際": "international", "社会": "society"}.get(s["section"], "news")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{esc(s['title'])}｜ひびき通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(s, 'ひびき通信ニュース', s['section'], s['meta'])}
</head>
<body>
<div id="cookie-consent" class="cc">当サイトでは、利便性の向上や広告配信のためにCookieを使用しています。詳しくは<a href="/policy/cookie">クッキーポリシー</a>をご確認ください。<button>同意する</button></div>
<header class="h-header">
  <div class="h-logo"><a href="/">ひびき通信ニュース</a></div>
  <nav class="h-gnav"><ul><li><a href="/">トップ</a></li><li><a href="/politics">政治</a></li><li><a href="/economy">経済</a></li><li><a href="/society">社会</a></li><li><a href="/international">国際</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/regional">地域</a></li><li><a href="/photo">写真</a></li></ul></nav>
</header>
<main class="h-main">
<div class="h-bread"><a href="/">トップ</a> &gt; <a href="/{cat}">{esc(s['section'])}</a> &gt; 記事</div>
<article class="h-article">
  <h1 class="h-title">{esc(s['title'])}</h1>
  <p class="h-date"><time datetime="{utc(s).isoformat()}">{when}</time>　（{esc(s.get('byline') or '編集局')}）</p>
  <div class="h-body">
{paras(s['body'])}
  </div>
  <div class="h-share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
</article>
<section class="h-related"><h2>関連ニュース</h2><ul>{rel}</ul></section>
<section class="h-ranking"><h2>アクセスランキング</h2><ol><li><a href="/rank/1">きょうの天気 全国的に晴れ</a></li><li><a href="/rank/2">物価高対策 政府が新たな経済対策</a></li><li><a href="/rank/3">人気アイドルグループが解散発表</a></li></ol></section>
</main>
<footer class="h-footer">
  <ul><li><a href="/about">会社概要</a></li><li><a href="/privacy">個人情報保護方針</a></li><li><a href="/terms">利用規約</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
  <p>Copyright © ひびき通信社 All rights reserved. 掲載の記事・写真・図表などの無断転載を禁止します。</p>
</footer>
</body>
</html>
"""


def t_tomoshibi(s: dict) -> str:
    d = local(s, 9)
    when = d.strftime("%Y/%m/%d %H:%M")
    rel = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in related(s, "tomoshibi-ja", 4, "/articles-list"))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(s['title'])} - 北海道ともしび新聞 電子版</title>
{meta_block(s, '北海道ともしび新聞', s['section'], s['meta'])}
</head>
<body class="tms">
<div class="tms-header">
  <div class="tms-logo"><a href="/">北海道ともしび新聞</a><small>電子版</small></div>
  <div class="tms-member"><a href="/login">ログイン</a> | <a href="/join">会員登録（無料）</a></div>
  <ul class="tms-nav"><li><a href="/">ホーム</a></li><li><a href="/dounai">道内</a></li><li><a href="/nemuro-kushiro">根室・釧路</a></li><li><a href="/okhotsk">オホーツク</a></li><li><a href="/hoppou">北方領土</a></li><li><a href="/economy">経済</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/obituary">おくやみ</a></li></ul>
</div>
<div class="tms-container">
<div class="tms-article">
  <p class="tms-cat">{esc(s['section'])}</p>
  <h1>{esc(s['title'])}</h1>
  <p class="tms-time">{when} 更新</p>
  <p class="tms-lead">{esc(s['summary'])}</p>
{paras(s['body'])}
  <p class="tms-credit">（{esc(s.get('byline') or '報道部')}）</p>
  <div class="tms-paywall-note">会員登録すると、毎日の紙面ビューアーや過去記事検索がご利用いただけます。</div>
  <div class="tms-sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">Facebook</a></div>
</div>
<div class="tms-side"><h3>あわせて読みたい</h3><ul>{rel}</ul></div>
</div>
<div class="tms-cookie">本サイトはCookieを利用しています。閲覧を続けることで、<a href="/cookie">Cookieの利用</a>に同意したものとみなします。<button>閉じる</button></div>
<footer class="tms-footer">北海道ともしび新聞社　当サイトに掲載している記事・写真の無断転載を禁じます。 © {utc(s).year} Hokkaido Tomoshibi Shimbun</footer>
</body>
</html>
"""


TEMPLATES = {
    "glenmoor-en": t_glenmoor, "ashcombe-en": t_ashcombe, "wrenfield-en": t_wrenfield,
    "radial-ru": t_radial, "yks-ru": t_yks, "rakurs-ru": t_rakurs,
    "hibiki-ja": t_hibiki, "tomoshibi-ja": t_tomoshibi,
}

# --------------------------------------------------------------------------- build

def y(value) -> str:
    """A YAML scalar or flow list: JSON is valid YAML, and keeps quoting unambiguous."""
    return json.dumps(value, ensure_ascii=False)


def render_labels(articles: list[dict]) -> str:
    out = ["# blind31 - generated by src/generate.py; edit the stories there, not this file.",
           f"name: {NAME}", f"known_as_of: {KNOWN_AS_OF}", "feeds:"]
    for f in FEEDS:
        out.append(f"  - {{id: {f['id']}, title: {y(f['title'])}, format: {f['format']}, lang: {f['lang']}}}")
    out.append("articles:")
    for a in articles:
        out.append(f"  - id: {a['id']}")
        for k in ("feed", "lang", "published", "title", "summary", "label", "group", "new_facts",
                  "must_mention", "note"):
            if k not in a:
                continue
            v = a[k]
            if k in ("feed", "lang", "published", "label", "group"):
                out.append(f"    {k}: {v}")
            elif k == "new_facts":
                out.append(f"    {k}:")
                out += [f"      - {y(x)}" for x in v]
            else:
                out.append(f"    {k}: {y(v)}")
    return "\n".join(out) + "\n"



def main() -> None:
    stories = []
    for s in EN + RU + JA:
        s = dict(s)
        s["lang"] = FEED_LANG[s["feed"]]
        stories.append(s)
    stories.sort(key=lambda s: (s["published"], s["key"]))
    keys = [s["key"] for s in stories]
    assert len(keys) == len(set(keys)), "duplicate story key"
    for n, s in enumerate(stories, 1):
        s["id"] = f"b31-{n:03d}-{s['lang']}"

    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()

    articles = []
    for s in stories:
        (out_dir / f"{s['id']}.html").write_text(TEMPLATES[s["feed"]](s), encoding="utf-8")
        entry = {
            "id": s["id"], "feed": s["feed"], "lang": s["lang"], "published": s["published"],
            "title": s["title"], "summary": s["summary"], "label": s["label"],
        }
        if s["label"] in ("new_development", "status_change"):
            entry["group"] = s["group"]
            entry["new_facts"] = s["new_facts"]
            entry["must_mention"] = s["must_mention"]
        entry["note"] = s["note"]
        articles.append(entry)

    (ROOT / "labels.yaml").write_text(render_labels(articles), encoding="utf-8")

    # summary for the README
    from collections import Counter
    print(f"{len(stories)} articles")
    print("by lang:", dict(Counter(s["lang"] for s in stories)))
    print("by label:", dict(Counter(s["label"] for s in stories)))
    print("by lang x label:", dict(Counter((s["lang"], s["label"]) for s in stories)))
    print("by feed:", dict(Counter(s["feed"] for s in stories)))
    groups: dict[str, list] = {}
    for s in stories:
        if s.get("group"):
            groups.setdefault(s["group"], []).append(s)
    for g, members in groups.items():
        print(g, members[0]["label"], [(m["id"], m["lang"]) for m in members])
    lens = sorted((words(s), s["id"]) for s in stories)
    print("shortest:", lens[:3], "longest:", lens[-3:])


if __name__ == "__main__":
    main()
