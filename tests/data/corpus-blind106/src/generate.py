#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate corpus blind106: labels.yaml and articles/*.html.

Usage (from the corpus folder or anywhere):  python3 src/generate.py
Needs Python 3 and PyYAML. Output is deterministic: running it again reproduces the
corpus byte for byte.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from content_en import ARTICLES as EN  # noqa: E402
from content_ja import ARTICLES as JA  # noqa: E402
from content_ru import ARTICLES as RU  # noqa: E402

NAME = "blind106"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    dict(id="sheerlegs-wire", title="Sheerlegs Wire — World", format="rss", lang="en"),
    dict(id="wherry-post", title="The Wherry Post — Asia & Pacific", format="atom", lang="en"),
    dict(id="hakuun-en", title="Hakuun Shimbun — English Edition", format="rss", lang="en"),
    dict(id="kizhuch-ru", title="Кижуч.Инфо — новости Сахалина и Курил", format="rss", lang="ru"),
    dict(id="brashpil-ru", title="ИА «Брашпиль» — лента новостей", format="atom", lang="ru"),
    dict(id="fumarola-ru", title="Фумарола — новости Южных Курил", format="rss", lang="ru"),
    dict(id="oyashima-ja", title="大八洲新聞デジタル", format="rss", lang="ja"),
    dict(id="hokubo-ja", title="北望新聞 電子版", format="atom", lang="ja"),
]

DOMAINS = {
    "sheerlegs-wire": "https://www.sheerlegswire.example",
    "wherry-post": "https://wherrypost.example",
    "hakuun-en": "https://english.hakuun-shimbun.example",
    "kizhuch-ru": "https://kizhuch-info.example",
    "brashpil-ru": "https://brashpil-news.example",
    "fumarola-ru": "https://fumarola-kurily.example",
    "oyashima-ja": "https://www.oyashima-shimbun.example",
    "hokubo-ja": "https://hokubo-np.example",
}

# filler "related" headlines that carry no dispute vocabulary
FILLER = {
    "sheerlegs-wire": ["Oil edges higher as OPEC+ weighs output plan",
                       "Typhoon forces hundreds of flight cancellations in southern Japan",
                       "EU ministers agree on new rules for migrant returns",
                       "Yen slips past 150 per dollar as traders eye central bank"],
    "wherry-post": ["Why Seoul's housing market is cooling faster than expected",
                    "Pacific island leaders meet on fisheries and climate finance",
                    "Review: a new history of the Silk Road in twelve objects",
                    "Vietnam's coffee harvest rebounds after a dry year"],
    "hakuun-en": ["Rice prices rise for sixth straight month",
                  "Shinkansen extension to Tsuruga draws record crowds",
                  "J-League: Sapporo escape relegation zone with late winner",
                  "Tourist tax debate heats up in Kyoto"],
    "kizhuch-ru": ["В Южно-Сахалинске перекроют улицу Ленина на время ремонта",
                   "Синоптики пообещали сахалинцам тёплые выходные",
                   "«Сахалинские акулы» одержали третью победу подряд",
                   "В Корсакове открылась новая поликлиника"],
    "brashpil-ru": ["Госдума приняла в первом чтении законопроект о маркетплейсах",
                    "Центробанк сохранил ключевую ставку",
                    "В Москве стартовал международный книжный салон",
                    "Росстат сообщил о замедлении инфляции"],
    "fumarola-ru": ["Расписание теплохода на Шикотан на следующую неделю",
                    "В школе Южно-Курильска прошёл день открытых дверей",
                    "Объявления: продам лодку «Казанка» с мотором",
                    "Внимание: плановое отключение электроэнергии в Отраде"],
    "oyashima-ja": ["日銀、金融政策の現状維持を決定",
                    "東海道新幹線、大雨で一時運転見合わせ",
                    "高校野球、北海道大会の組み合わせ決まる",
                    "コメ価格、前年比で高止まり続く"],
    "hokubo-ja": ["根室港でサンマ初水揚げ、昨年より少なめ",
                  "中標津町でプロ野球OBの野球教室",
                  "別海町の酪農家、生乳の生産調整に懸念",
                  "釧路湿原でタンチョウの子育て始まる"],
}

NO_METADATA = {"fumarola-ru", "hokubo-ja"}

E = html.escape


def utc(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return utc(a) + timedelta(hours=hours)


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def paras(a) -> str:
    return "\n".join(f"      <p>{E(p)}</p>" for p in a["body"])


def related_links(a, all_articles, n=3):
    prev = [x for x in all_articles if x["feed"] == a["feed"] and x["published"] < a["published"]]
    prev = sorted(prev, key=lambda x: x["published"], reverse=True)[:n]
    return [(x["title"], f"/articles/{x['id']}.html") for x in prev]


def og_meta(a, site_name, with_ld: bool, lang_tag: str) -> str:
    url = f"{DOMAINS[a['feed']]}/articles/{a['id']}.html"
    pub = utc(a).isoformat().replace("+00:00", "Z")
    out = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:site_name" content="{E(site_name)}">',
        f'<meta property="og:locale" content="{lang_tag}">',
        f'<meta property="article:published_time" content="{pub}">',
        f'<meta property="article:section" content="{E(a.get("section", ""))}">',
        f'<meta name="description" content="{E(a["summary"])}">',
        f'<link rel="canonical" href="{url}">',
    ]
    if with_ld:
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"],
            "datePublished": pub, "dateModified": pub,
            "inLanguage": a["lang"], "mainEntityOfPage": url,
            "author": {"@type": "Person", "name": a.get("author") or site_name},
            "publisher": {"@type": "Organization", "name": site_name},
        }
        out.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n  ".join(out)


def comments_block(a, heading, fmt):
    cs = a.get("comments") or []
    if not cs:
        return ""
    items = "\n".join(fmt(n, t) for n, t in cs)
    return f"""    <section class="comments">
      <h3>{heading} ({len(cs)})</h3>
{items}
    </section>"""


# --------------------------------------------------------------------------- templates


def t_sheerlegs(a, allarts):
    d = utc(a)
    stamp = d.strftime("%B %-d, %Y %-I:%M %p UTC")
    rel = related_links(a, allarts) + [(t, "#") for t in FILLER[a["feed"]][:2]]
    rel_html = "\n".join(f'        <li><a href="{h}">{E(t)}</a></li>' for t, h in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a["title"])} | Sheerlegs Wire</title>
  {og_meta(a, "Sheerlegs Wire", True, "en_US")}
  <link rel="stylesheet" href="/static/sw-main.css">
</head>
<body class="sw-article">
  <div id="cookie-consent" class="sw-cookie" role="dialog">
    <p>We use cookies to personalise content, measure traffic and support our journalism. By continuing you agree to our <a href="#">Cookie Policy</a>.</p>
    <button type="button">Accept all</button> <button type="button">Manage preferences</button>
  </div>
  <header class="sw-masthead">
    <a class="sw-logo" href="/">SHEERLEGS<span>WIRE</span></a>
    <nav class="sw-nav">
      <a href="/world">World</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a>
      <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/photos">Pictures</a>
    </nav>
    <form class="sw-search" action="/search"><input type="search" name="q" placeholder="Search Sheerlegs"></form>
  </header>
  <main>
    <article class="sw-story">
      <p class="sw-kicker">{E(a.get("section", "World"))}</p>
      <h1>{E(a["title"])}</h1>
      <p class="sw-byline">By {E(a.get("author", "Sheerlegs staff"))} · <time datetime="{d.isoformat()}">{stamp}</time></p>
      <div class="sw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="sw-body">
{paras(a)}
      </div>
      <p class="sw-trust">Our Standards: <a href="#">The Sheerlegs Trust Principles</a>.</p>
    </article>
    <aside class="sw-related">
      <h2>Read next</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer class="sw-footer">
    <nav><a href="#">About</a> · <a href="#">Careers</a> · <a href="#">Licensing</a> · <a href="#">Privacy</a> · <a href="#">Terms of use</a></nav>
    <p>All quotes delayed a minimum of 15 minutes. © {d.year} Sheerlegs Wire Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def t_wherry(a, allarts):
    d = utc(a)
    stamp = f"{d.day} {d.strftime('%B %Y')}, {d.strftime('%H:%M')} GMT"
    rel = related_links(a, allarts, 2) + [(t, "#") for t in FILLER[a["feed"]][:3]]
    rel_html = "\n".join(f'          <li><a href="{h}">{E(t)}</a></li>' for t, h in rel)
    return f"""<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} – The Wherry Post</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  {og_meta(a, "The Wherry Post", False, "en_GB")}
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@wherrypost">
</head>
<body>
<div class="consent-bar" id="consent">
  <span>The Wherry Post uses cookies and similar technologies. Some are essential; others help us understand how our site is used.</span>
  <a href="#" class="btn">Yes, I'm happy</a> <a href="#" class="btn-alt">Settings</a>
</div>
<div class="topbar"><a href="#">Subscribe</a> | <a href="#">Sign in</a> | <a href="#">Newsletters</a></div>
<header>
  <div class="brand"><a href="/">The Wherry Post</a><small>Asia &amp; Pacific</small></div>
  <ul class="menu">
    <li><a href="/">Home</a></li><li><a href="/asia">Asia</a></li><li><a href="/pacific">Pacific</a></li>
    <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li>
  </ul>
</header>
<div class="wrap">
  <div class="story">
    <div class="crumbs"><a href="/">Home</a> › <a href="#">{E(a.get("section", "Asia"))}</a></div>
    <h1 class="headline">{E(a["title"])}</h1>
    <h2 class="standfirst">{E(a["summary"])}</h2>
    <div class="meta"><span class="author">{E(a.get("author", "Staff reporter"))}</span> <span class="date">{stamp}</span></div>
    <div class="content">
{paras(a)}
    </div>
    <div class="share-row">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
    <div class="newsletter-box">
      <strong>Asia Morning Briefing</strong> – the region's top stories in your inbox before breakfast. <a href="#">Sign up</a>
    </div>
    <div class="comments-closed">Comments are closed on this article.</div>
  </div>
  <aside>
    <div class="rail">
      <h3>Most read</h3>
        <ol>
{rel_html}
        </ol>
    </div>
  </aside>
</div>
<footer>
  <p><a href="#">Contact us</a> · <a href="#">Advertise</a> · <a href="#">Privacy notice</a> · <a href="#">Cookie settings</a></p>
  <p>© The Wherry Post {d.year}. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


def t_hakuun(a, allarts):
    d = local(a, 9)
    stamp = d.strftime("%B %-d, %Y %H:%M JST")
    rel = related_links(a, allarts) + [(t, "#") for t in FILLER[a["feed"]][:2]]
    rel_html = "\n".join(f'      <li><a href="{h}">{E(t)}</a></li>' for t, h in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(a["title"])} - Hakuun Shimbun English Edition</title>
{og_meta(a, "Hakuun Shimbun English Edition", True, "en_US")}
</head>
<body>
<div class="hk-cookie"><p>This website uses cookies to improve your experience. See our <a href="#">privacy policy</a>.</p><button>OK</button></div>
<header class="hk-header">
  <div class="hk-logo"><a href="/">Hakuun Shimbun</a> <span>ENGLISH EDITION</span></div>
  <nav><a href="/japan">Japan</a> | <a href="/politics">Politics</a> | <a href="/society">Society</a> | <a href="/business">Business</a> | <a href="/asia">Asia</a> | <a href="/sports">Sports</a> | <a href="/lifestyle">Lifestyle</a></nav>
  <div class="hk-premium"><a href="#">Try Premium free for 1 month</a></div>
</header>
<main class="hk-main">
  <article>
    <div class="hk-cat">{E(a.get("section", "Japan"))}</div>
    <h1>{E(a["title"])}</h1>
    <div class="hk-date">{stamp}</div>
    <div class="hk-author">{E(a.get("author", "Hakuun Shimbun"))}</div>
    <div class="hk-sns"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a></div>
    <div class="hk-text">
{paras(a)}
    </div>
    <p class="hk-note">This article was originally published in Japanese in the Hakuun Shimbun.</p>
  </article>
  <section class="hk-related">
    <h2>Related articles</h2>
    <ul>
{rel_html}
    </ul>
  </section>
</main>
<footer class="hk-footer">
  <p><a href="#">About Us</a> / <a href="#">Terms of Service</a> / <a href="#">Privacy Policy</a> / <a href="#">Contact</a></p>
  <p>Copyright © The Hakuun Shimbun Company. All rights reserved. No reproduction or republication without written permission.</p>
</footer>
</body>
</html>
"""


def t_kizhuch(a, allarts):
    d = local(a, 11)
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"
    rel = related_links(a, allarts) + [(t, "#") for t in FILLER[a["feed"]][:2]]
    rel_html = "\n".join(f'        <li><a href="{h}">{E(t)}</a></li>' for t, h in rel)
    com = comments_block(a, "Комментарии",
                         lambda n, t: f'      <div class="comment"><b>{E(n)}</b><p>{E(t)}</p></div>')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a["title"])} — Кижуч.Инфо</title>
  {og_meta(a, "Кижуч.Инфо", False, "ru_RU")}
</head>
<body>
  <div class="kz-cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="#">политикой конфиденциальности</a>. <button>Понятно</button></div>
  <header class="kz-top">
    <a class="kz-logo" href="/">Кижуч<span>.Инфо</span></a>
    <div class="kz-weather">Южно-Сахалинск −3° · Южно-Курильск −1°</div>
    <nav class="kz-menu">
      <a href="/news">Новости</a> <a href="/society">Общество</a> <a href="/economy">Экономика</a>
      <a href="/kurily">Курилы</a> <a href="/incidents">Происшествия</a> <a href="/sport">Спорт</a> <a href="/weather">Погода</a>
    </nav>
  </header>
  <div class="kz-page">
    <article class="kz-article">
      <div class="kz-rubric">{E(a.get("section", "Новости"))}</div>
      <h1>{E(a["title"])}</h1>
      <div class="kz-info"><span>{stamp}</span> · <span>{E(a.get("author", "Кижуч.Инфо"))}</span></div>
      <p class="kz-lead">{E(a["summary"])}</p>
      <div class="kz-text">
{paras(a)}
      </div>
      <div class="kz-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
      <p class="kz-tip">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter. Есть новость? Пишите в наш <a href="#">Telegram-бот</a>.</p>
    </article>
    <aside class="kz-also">
      <h3>Читайте также</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
{com}
  </div>
  <footer class="kz-footer">
    <p>Сетевое издание «Кижуч.Инфо». Регистрационный номер ЭЛ № ФС 77-8xxxx. Учредитель: ООО «Кижуч Медиа». Главный редактор: Гребенюк А. В.</p>
    <p>18+ · При использовании материалов ссылка на «Кижуч.Инфо» обязательна. © 2016–{d.year}</p>
  </footer>
</body>
</html>
"""


def t_brashpil(a, allarts):
    d = local(a, 3)
    stamp = d.strftime("%d.%m.%Y %H:%M") + " МСК"
    feed_list = [x for x in allarts if x["feed"] == a["feed"] and x["published"] <= a["published"]]
    feed_list = sorted(feed_list, key=lambda x: x["published"], reverse=True)[1:4]
    lenta = "\n".join(f'        <li><a href="/articles/{x["id"]}.html">{E(x["title"])}</a></li>' for x in feed_list)
    lenta += "\n" + "\n".join(f'        <li><a href="#">{E(t)}</a></li>' for t in FILLER[a["feed"]][:2])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | ИА «Брашпиль»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{og_meta(a, "ИА «Брашпиль»", True, "ru_RU")}
</head>
<body>
<div id="cookies" class="br-cookies">Сайт использует cookie-файлы и сервис веб-аналитики. <a href="#">Подробнее</a> <span class="br-ok">OK</span></div>
<header class="br-head">
  <div class="br-logo"><a href="/">БРАШПИЛЬ</a><em>информационное агентство</em></div>
  <nav class="br-nav">
    <a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a>
    <a href="/society">Общество</a> <a href="/army">Армия</a> <a href="/regions">Регионы</a> <a href="/lenta">Вся лента</a>
  </nav>
</header>
<div class="br-grid">
  <main>
    <div class="br-rubric">{E(a.get("section", "Политика"))}</div>
    <h1 class="br-title">{E(a["title"])}</h1>
    <div class="br-date">{stamp}</div>
    <div class="br-anons">{E(a["summary"])}</div>
    <div class="br-body">
{paras(a)}
    </div>
    <div class="br-tags">Теги: <a href="#">МИД России</a> <a href="#">Япония</a> <a href="#">Дальний Восток</a></div>
    <div class="br-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a> <a href="#">Скопировать ссылку</a></div>
  </main>
  <aside class="br-lenta">
    <h4>Лента новостей</h4>
      <ul>
{lenta}
      </ul>
  </aside>
</div>
<footer class="br-foot">
  <p>© {d.year} ИА «Брашпиль». Свидетельство о регистрации СМИ ИА № ФС 77-7xxxx выдано Роскомнадзором.</p>
  <p>Все права защищены. Использование материалов допускается только с гиперссылкой на источник. 16+</p>
</footer>
</body>
</html>
"""


def t_fumarola(a, allarts):
    # no og:, no article:, no JSON-LD
    d = local(a, 11)
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г., {d.strftime('%H:%M')}"
    rel = related_links(a, allarts, 2) + [(t, "#") for t in FILLER[a["feed"]][:3]]
    rel_html = "<br>\n".join(f'      <a href="{h}">{E(t)}</a>' for t, h in rel)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{E(a["title"])} - Фумарола</title>
<link rel="stylesheet" href="/css/style.css?v=12">
</head>
<body>
<table class="layout" width="100%"><tr><td>
<div class="logo"><a href="/">ФУМАРОЛА</a> — новости Южных Курил</div>
<div class="menu"><a href="/">Главная</a> | <a href="/kunashir">Кунашир</a> | <a href="/shikotan">Шикотан</a> | <a href="/iturup">Итуруп</a> | <a href="/ads">Объявления</a> | <a href="/contacts">Контакты</a></div>
<div class="notice">Сайт использует cookies. <a href="#">Закрыть</a></div>
</td></tr>
<tr><td>
<div class="post">
  <div class="post-cat">{E(a.get("section", "Новости"))}</div>
  <h1>{E(a["title"])}</h1>
  <div class="post-date">{stamp} | {E(a.get("author", "Редакция"))}</div>
{paras(a)}
  <div class="post-foot">Просмотров: {(sum(map(ord, a["id"])) * 7) % 900 + 140} | <a href="#">Версия для печати</a></div>
</div>
<div class="others">
  <b>Другие новости:</b><br>
{rel_html}
</div>
</td></tr>
<tr><td class="footer">© Фумарола, Южно-Курильск. Перепечатка с указанием источника. Реклама и объявления: редакция, ул. Заводская. 12+</td></tr>
</table>
</body>
</html>
"""


def t_oyashima(a, allarts):
    d = local(a, 9)
    stamp = f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分"
    rel = related_links(a, allarts) + [(t, "#") for t in FILLER[a["feed"]][:2]]
    rel_html = "\n".join(f'        <li><a href="{h}">{E(t)}</a></li>' for t, h in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a["title"])}：大八洲新聞デジタル</title>
  {og_meta(a, "大八洲新聞デジタル", True, "ja_JP")}
</head>
<body>
  <div class="oy-cookie">当サイトでは、利便性向上や広告配信のためクッキーを使用しています。詳しくは<a href="#">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
  <header class="oy-header">
    <div class="oy-logo"><a href="/">大八洲新聞</a><span>DIGITAL</span></div>
    <nav class="oy-gnav">
      <a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/international">国際</a>
      <a href="/national">社会</a> <a href="/sports">スポーツ</a> <a href="/local">地域</a> <a href="/opinion">オピニオン</a>
    </nav>
    <div class="oy-login"><a href="#">ログイン</a> <a href="#">会員登録</a></div>
  </header>
  <main class="oy-main">
    <article>
      <div class="oy-genre">{E(a.get("section", "政治"))}</div>
      <h1>{E(a["title"])}</h1>
      <div class="oy-meta"><time datetime="{utc(a).isoformat()}">{stamp}</time>　<span>{E(a.get("author", ""))}</span></div>
      <div class="oy-share"><a href="#">X（旧ツイッター）</a> <a href="#">フェイスブック</a> <a href="#">LINE</a> <a href="#">ブックマーク</a></div>
      <div class="oy-body">
{paras(a)}
      </div>
      <div class="oy-paywall">この記事は有料会員記事です。続きは会員登録でお読みいただけます。（全文公開中）</div>
    </article>
    <aside class="oy-rel">
      <h2>関連記事</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer class="oy-footer">
    <p><a href="#">会社案内</a>｜<a href="#">個人情報保護方針</a>｜<a href="#">利用規約</a>｜<a href="#">お問い合わせ</a></p>
    <p>Copyright © {d.year} 大八洲新聞社 記事・写真の無断転載を禁じます。</p>
  </footer>
</body>
</html>
"""


def t_hokubo(a, allarts):
    # no og:, no article:, no JSON-LD
    d = local(a, 9)
    stamp = d.strftime("%Y/%m/%d %H:%M")
    rel = related_links(a, allarts, 2) + [(t, "#") for t in FILLER[a["feed"]][:3]]
    rel_html = "\n".join(f'      <li><a href="{h}">{E(t)}</a></li>' for t, h in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | 北望新聞 電子版</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/hb.css">
</head>
<body>
<div class="hb-cookie">本サイトはクッキーを利用しています。<a href="#">詳細</a> <a href="#">閉じる</a></div>
<div class="hb-head">
  <div class="hb-title"><a href="/">北望新聞</a> <small>電子版</small></div>
  <ul class="hb-nav">
    <li><a href="/news">ニュース</a></li><li><a href="/nemuro">根室・釧路</a></li><li><a href="/hoppo">北方領土</a></li>
    <li><a href="/keizai">経済</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li>
  </ul>
</div>
<div class="hb-container">
  <div class="hb-article">
    <p class="hb-cat">{E(a.get("section", "ニュース"))}</p>
    <h1>{E(a["title"])}</h1>
    <p class="hb-date">{stamp} 更新　{E(a.get("author", ""))}</p>
{paras(a)}
    <p class="hb-copy">※記事の無断転載を禁じます</p>
  </div>
  <div class="hb-side">
    <h3>最新ニュース</h3>
    <ul>
{rel_html}
    </ul>
    <div class="hb-ad">広告</div>
  </div>
</div>
<div class="hb-foot">北望新聞社（根室市） ｜ <a href="#">購読のお申し込み</a> ｜ <a href="#">会社概要</a> ｜ <a href="#">お問い合わせ</a></div>
</body>
</html>
"""


TEMPLATES = {
    "sheerlegs-wire": t_sheerlegs, "wherry-post": t_wherry, "hakuun-en": t_hakuun,
    "kizhuch-ru": t_kizhuch, "brashpil-ru": t_brashpil, "fumarola-ru": t_fumarola,
    "oyashima-ja": t_oyashima, "hokubo-ja": t_hokubo,
}


def main() -> int:
    arts = sorted(EN + RU + JA, key=lambda a: (a["published"], a["id"]))
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
        assert utc(a) > datetime(2024, 2, 8, 23, 59, tzinfo=timezone.utc), a["id"]

    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a, arts)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")

    entries = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a.get("new_facts"):
            e["new_facts"] = list(a["new_facts"])
        if a.get("must_mention"):
            e["must_mention"] = [list(x) for x in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=110)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(arts)} articles and labels.yaml to {ROOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
