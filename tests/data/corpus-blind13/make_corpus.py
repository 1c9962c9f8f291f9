#!/usr/bin/env python3
"""Generate the blind13 corpus: labels.yaml and articles/*.html.

Usage: python3 make_corpus.py   (writes next to this script)
"""
from __future__ import annotations

import html
import json
import random
from datetime import datetime
from pathlib import Path

import yaml

import data1
import data2
from extra import EXTRA

HERE = Path(__file__).resolve().parent

FEEDS = [
    {"id": "stonebridge", "title": "Stonebridge Wire", "format": "rss", "lang": "en"},
    {"id": "lanternbay", "title": "Lantern Bay Chronicle", "format": "atom", "lang": "en"},
    {"id": "axial", "title": "Axial Asia Report", "format": "rss", "lang": "en"},
    {"id": "quayside", "title": "Quayside Business Daily", "format": "atom", "lang": "en"},
    {"id": "voskhod", "title": "Восход-Медиа", "format": "rss", "lang": "ru"},
    {"id": "panorama", "title": "Приморская панорама", "format": "atom", "lang": "ru"},
    {"id": "akatsuki", "title": "あかつき通信", "format": "rss", "lang": "ja"},
    {"id": "tokiwa", "title": "常盤新報", "format": "atom", "lang": "ja"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

e = html.escape


def dt(a):
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def paras(a):
    return "\n".join(f"<p>{e(p)}</p>" for p in a["body"])


def related(arts, a, n=4):
    rng = random.Random(a["id"])
    same = [x for x in arts if x["feed"] == a["feed"] and x["id"] != a["id"] and dt(x) < dt(a)]
    rng.shuffle(same)
    return same[:n]


def rel_list(arts, a, cls="related"):
    items = related(arts, a)
    if not items:
        return ""
    li = "".join(f'<li><a href="/articles/{x["id"]}.html">{e(x["title"])}</a></li>' for x in items)
    return f'<ul class="{cls}">{li}</ul>'


def jsonld(a, org):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["published"], "inLanguage": a["lang"],
         "author": {"@type": "Person", "name": a.get("author", "")},
         "publisher": {"@type": "Organization", "name": org}}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


# --------------------------------------------------------------------------- templates


def t_stonebridge(a, arts):
    d = dt(a)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(a['title'])} | Stonebridge Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="Stonebridge Wire">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published']}">
{jsonld(a, 'Stonebridge Wire')}
<link rel="stylesheet" href="/static/sbw.css"></head>
<body class="article-page">
<div id="cookie-consent" class="consent-bar">We use cookies to personalise content and analyse traffic. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="masthead"><a class="logo" href="/">STONEBRIDGE<span>WIRE</span></a>
<nav><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="cta">Subscribe</a></nav></header>
<main><article>
<p class="kicker">Asia &middot; Diplomacy</p>
<h1>{e(a['title'])}</h1>
<p class="standfirst">{e(a['summary'])}</p>
<p class="byline">By {e(a.get('author', 'Staff'))} &middot; <time datetime="{a['published']}">{d.strftime('%B %-d, %Y %H:%M')} GMT</time></p>
<div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
<div class="body">
{paras(a)}
</div>
<p class="corrections">Reporting by {e(a.get('author', 'Staff'))}; editing by the Stonebridge Asia desk. <a href="/trust">Our standards</a></p>
</article>
<aside><h2>Read next</h2>{rel_list(arts, a)}</aside></main>
<footer><p>&copy; {d.year} Stonebridge Wire Ltd. All rights reserved.</p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookie settings</a> | <a href="/contact">Contact</a></footer>
</body></html>
"""


def t_lanternbay(a, arts):
    d = dt(a)
    comments = ""
    if a["id"] in ("b13-024", "b13-043", "b13-032"):
        comments = """<section class="comments"><h3>Comments (3)</h3>
<div class="c"><b>northwind_77</b><p>Same story every year, nothing ever changes.</p></div>
<div class="c"><b>hk_reader</b><p>Interesting timing given everything else going on in the region.</p></div>
<div class="c"><b>Tomoko S.</b><p>My grandmother was born on one of these islands. She is 94 now.</p></div>
</section>"""
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{e(a['title'])}</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta name="pubdate" content="{d.strftime('%Y%m%d')}">
</head><body>
<div class="gdpr-overlay"><p>Lantern Bay Chronicle and our partners store and access information on your device. <a href="/privacy">Find out more</a></p><button>I agree</button><button>Reject</button></div>
<div class="top-strip">{d.strftime('%A %-d %B %Y')} &middot; <a href="/epaper">Today's paper</a> &middot; <a href="/login">Sign in</a></div>
<header><div class="brand">The Lantern Bay Chronicle</div>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/news/asia-pacific">Asia-Pacific</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/weather">Weather</a></li></ul></header>
<div class="wrap"><div class="story">
<span class="section-label">Asia-Pacific</span>
<h1 class="headline">{e(a['title'])}</h1>
<div class="meta">{e(a.get('author', ''))} | {d.strftime('%d/%m/%Y')}</div>
{paras(a)}
<div class="tags">Tags: <a href="/tag/japan">Japan</a> <a href="/tag/russia">Russia</a> <a href="/tag/diplomacy">Diplomacy</a></div>
</div>
<div class="rail"><h4>Most read</h4>{rel_list(arts, a, 'mostread')}
<div class="ad">Advertisement</div></div></div>
{comments}
<footer class="site-footer"><p>The Lantern Bay Chronicle &mdash; independent since 1921.</p><p><a href="/about">About us</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy notice</a></p></footer>
</body></html>
"""


def t_axial(a, arts):
    d = dt(a)
    long_tail = ""
    if a["id"] in ("b13-010", "b13-029"):
        long_tail = "<section class='explainer'><h2>Explainer: the region in numbers</h2>" + "".join(
            f"<p>Fact box {i}: trade, shipping and population figures for North-East Asia are compiled from national statistics offices and updated annually. Figures may not add up due to rounding.</p>"
            for i in range(1, 9)) + "</section>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(a['title'])} - Axial Asia Report</title>
<meta property="og:site_name" content="Axial Asia Report"><meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['published']}">
<meta name="twitter:card" content="summary_large_image"></head>
<body><div class="cookie-note">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookie-policy">Learn more</a> <span class="x">&times;</span></div>
<nav class="primary"><a href="/" class="home">AXIAL</a><a href="/northeast-asia">Northeast Asia</a><a href="/south-asia">South Asia</a><a href="/security">Security</a><a href="/analysis">Analysis</a><a href="/newsletter">Newsletter</a><input type="search" placeholder="Search"></nav>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">News</a></div>
<article class="post"><header><h1>{e(a['title'])}</h1>
<div class="post-meta">{e(a.get('author', ''))} &mdash; <span class="date">{d.strftime('%b %-d, %Y')}</span></div></header>
<div class="entry">{paras(a)}</div>
{long_tail}
<div class="newsletter-box">Get Axial's morning briefing in your inbox. <input type="email"><button>Sign up</button></div>
</article>
<section class="more"><h3>Related coverage</h3>{rel_list(arts, a)}</section>
<footer><div>Axial Asia Report &copy; {d.year}</div><div><a href="/about">About</a> <a href="/ethics">Ethics policy</a> <a href="/rss">RSS</a></div></footer>
</body></html>
"""


def t_quayside(a, arts):
    d = dt(a)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>{e(a['title'])}</title>
<meta name="description" content="{e(a['summary'])}">
{jsonld(a, 'Quayside Business Daily')}
</head><body>
<div id="consent"><div class="consent-inner"><h3>Your privacy</h3><p>We and our 214 partners use cookies for ads, measurement and personalisation.</p><button>Accept</button><button>Customise</button></div></div>
<div class="ticker">NIKKEI 225 &#9650; 0.4% &nbsp; USD/JPY 151.2 &nbsp; BRENT $82.10 &nbsp; GOLD $2,310</div>
<header class="qbd"><h2 class="logo">Quayside <small>Business Daily</small></h2>
<nav><a href="/companies">Companies</a> | <a href="/commodities">Commodities</a> | <a href="/policy">Policy</a> | <a href="/asia">Asia</a> | <a href="/tech">Tech</a></nav></header>
<section class="content"><h1>{e(a['title'])}</h1>
<p class="dek">{e(a['summary'])}</p>
<p class="by">{e(a.get('author', ''))} | Published {d.strftime('%Y-%m-%d %H:%M')} UTC</p>
<div class="paywall-note">You have 3 free articles left this month.</div>
{paras(a)}
<div class="share-tools">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
</section>
<section class="recirc"><h3>More from Quayside</h3>{rel_list(arts, a)}</section>
<footer><p>Quayside Business Daily is published by Quayside Media Group. &copy; {d.year}.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/dnsmpi">Do not sell my personal information</a></p></footer>
</body></html>
"""


def t_voskhod(a, arts):
    d = dt(a)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{e(a['title'])} — Восход-Медиа</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="Восход-Медиа">
<meta property="article:published_time" content="{a['published']}">
<meta name="description" content="{e(a['summary'])}">
{jsonld(a, 'Восход-Медиа')}
</head><body>
<div class="cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header><a href="/" class="logo">ВОСХОД·МЕДИА</a>
<nav><a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/world">В мире</a> <a href="/dv">Дальний Восток</a> <a href="/sport">Спорт</a></nav>
<div class="weather">Южно-Сахалинск +3°</div></header>
<main><article>
<div class="rubric">Политика</div>
<h1>{e(a['title'])}</h1>
<div class="lead">{e(a['summary'])}</div>
<div class="meta"><time datetime="{a['published']}">{d.strftime('%d.%m.%Y %H:%M')}</time> · {e(a.get('author', ''))}</div>
{paras(a)}
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="subscribe-tg">Подписывайтесь на наш канал в Telegram</div>
</article>
<aside><h3>Читайте также</h3>{rel_list(arts, a)}</aside></main>
<footer><p>© 2011–{d.year} «Восход-Медиа». Сетевое издание. 18+</p><p>При цитировании ссылка на «Восход-Медиа» обязательна.</p></footer>
</body></html>
"""


def t_panorama(a, arts):
    d = dt(a)
    # deliberately sparse metadata: no og tags, no published_time meta
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{e(a['title'])}</title></head>
<body><div class="top"><span class="logo">Приморская панорама</span> <span class="date">{d.strftime('%d.%m.%Y')}</span>
<a href="/search">Поиск</a> <a href="/archive">Архив номеров</a></div>
<ul class="nav"><li>Главное</li><li>Приморье</li><li>Сахалин и Курилы</li><li>Страна и мир</li><li>Культура</li><li>Дом и сад</li></ul>
<div class="news-item"><h1>{e(a['title'])}</h1>
<p><i>{e(a['summary'])}</i></p>
{paras(a)}
<p class="author">Автор: {e(a.get('author', ''))}</p></div>
<div class="other"><b>Другие материалы рубрики:</b>{rel_list(arts, a)}</div>
<div class="cookies-warning">Сайт использует cookie. <a href="#">OK</a></div>
<div class="bottom">Приморская панорама. Свидетельство о регистрации СМИ Эл № ФС77-00000. Все права защищены.</div>
</body></html>
"""


def t_akatsuki(a, arts):
    d = dt(a)
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8">
<title>{e(a['title'])}｜あかつき通信</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="あかつき通信">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="article:published_time" content="{a['published']}">
</head><body>
<div class="cookie-banner">当サイトではクッキーを使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header><div class="logo">あかつき通信</div>
<nav><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/society">社会</a> <a href="/international">国際</a> <a href="/hokkaido">北海道</a> <a href="/sports">スポーツ</a></nav></header>
<main><article><h1>{e(a['title'])}</h1>
<div class="date">{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}（UTC）</div>
<div class="lead">{e(a['summary'])}</div>
{paras(a)}
<p class="credit">（{e(a.get('author', ''))}）</p>
<div class="sns"><a href="#">X（旧ツイッター）でシェア</a> <a href="#">LINEで送る</a> <a href="#">はてなブックマーク</a></div>
</article>
<section class="kanren"><h2>関連記事</h2>{rel_list(arts, a)}</section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>道内の天気　週末は雪に</li><li>JR北海道、ダイヤ改正を発表</li><li>札幌市、除雪計画を見直し</li></ol></section></main>
<footer><p>掲載の記事・写真の無断転載を禁じます。</p><p>© あかつき通信社</p></footer>
</body></html>
"""


def t_tokiwa(a, arts):
    d = dt(a)
    long_tail = ""
    if a["id"] in ("b13-034", "b13-014"):
        long_tail = "<section class='kaisetsu'><h2>解説・これまでの経緯</h2>" + "".join(
            f"<p>【{y}年】日ロ関係の主な動き。詳細は特集ページ「北方領土問題の歩み」を参照。</p>"
            for y in (1855, 1945, 1956, 1991, 1993, 2001, 2018, 2022)) + "</section>"
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8">
<title>{e(a['title'])} - 常盤新報デジタル</title>
<meta name="description" content="{e(a['summary'])}">
{jsonld(a, '常盤新報')}
</head><body>
<div id="cmp">常盤新報デジタルは、サービス向上と広告配信のためにCookieを利用します。<a href="/cookie">設定</a> <button>すべて許可</button></div>
<header class="tk"><p class="logo">常盤新報デジタル</p>
<nav><ul><li>ニュース</li><li>政治</li><li>国際</li><li>経済</li><li>地域</li><li>オピニオン</li><li>会員登録</li></ul></nav></header>
<div class="article-wrap"><h1>{e(a['title'])}</h1>
<p class="time">{d.year}/{d.month:02d}/{d.day:02d} {d.strftime('%H:%M')}</p>
{paras(a)}
{long_tail}
<p class="kisha">{e(a.get('author', ''))}</p>
<div class="member">この記事は会員限定記事ではありません。</div></div>
<aside class="osusume"><h3>おすすめ記事</h3>{rel_list(arts, a)}</aside>
<footer>Copyright © 常盤新報社 All rights reserved. <a href="/about">会社概要</a> <a href="/privacy">個人情報の取り扱い</a></footer>
</body></html>
"""


TEMPLATES = {"stonebridge": t_stonebridge, "lanternbay": t_lanternbay, "axial": t_axial,
             "quayside": t_quayside, "voskhod": t_voskhod, "panorama": t_panorama,
             "akatsuki": t_akatsuki, "tokiwa": t_tokiwa}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main():
    arts = sorted(data1.A + data2.A, key=dt)
    for a in arts:
        a["body"] = list(a["body"]) + EXTRA.get(a["id"], [])
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    outdir = HERE / "articles"
    outdir.mkdir(exist_ok=True)
    for old in outdir.glob("*.html"):
        old.unlink()
    for a in arts:
        assert a["feed"] in FEED_BY_ID, a["id"]
        assert FEED_BY_ID[a["feed"]]["lang"] == a["lang"], a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("must_mention") and a.get("new_facts"), a["id"]
        else:
            assert not a.get("group"), a["id"]
        (outdir / f"{a['id']}.html").write_text(TEMPLATES[a["feed"]](a, arts), encoding="utf-8")
    entries = []
    for a in arts:
        entries.append({k: a[k] for k in LABEL_KEYS if k in a and a[k] is not None})
    doc = {"name": "blind13", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    (HERE / "labels.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    print(f"wrote {len(arts)} articles")


if __name__ == "__main__":
    main()
