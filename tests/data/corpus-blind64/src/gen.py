#!/usr/bin/env python3
"""Generate corpus blind64: articles/*.html, labels.yaml and feed snapshots.

Usage: python3 src/gen.py            (from the corpus folder or anywhere)
The article texts live in content_en.py, content_ru.py, content_ja.py next to this file.
"""
from __future__ import annotations

import email.utils
import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
import zlib

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from content_en import ARTICLES as EN  # noqa: E402
from content_ja import ARTICLES as JA  # noqa: E402
from content_ru import ARTICLES as RU  # noqa: E402

BASE = "https://example.invalid"  # not served; the harness serves <base>/articles/<id>.html

FEEDS = [
    {"id": "bittern-wire", "title": "Bittern Wire - Asia & World", "format": "rss", "lang": "en"},
    {"id": "saltcote-en", "title": "The Saltcote Journal - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "oxbow-review", "title": "Oxbow Diplomatic Review", "format": "rss", "lang": "en"},
    {"id": "gorsebrook-wire", "title": "Gorsebrook Wire - World", "format": "atom", "lang": "en"},
    {"id": "posolsky-ru", "title": "Посольский приказ — международная жизнь", "format": "atom", "lang": "ru"},
    {"id": "gubernia-sakh", "title": "Сахалинская губерния — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "kasumigaseki-ja", "title": "霞が関ウォッチ — 政治・外交ニュース", "format": "rss", "lang": "ja"},
    {"id": "hakuyo-ja", "title": "白洋新聞デジタル（根室・釧路）", "format": "atom", "lang": "ja"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

TZ = {"en": timezone.utc, "ru-msk": timezone(timedelta(hours=3)),
      "ru-sakh": timezone(timedelta(hours=11)), "ja": timezone(timedelta(hours=9))}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def body_html(a: dict, cls: str = "") -> str:
    out = []
    for p in paras(a["body"]):
        if p.startswith("— ") and a["lang"] == "ru" and p.endswith("?"):
            out.append(f'<p class="q"><strong>{esc(p)}</strong></p>')
        elif a["lang"] == "en" and p.endswith("?") and len(p) < 90:
            out.append(f'<p class="q"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f"<p{cls}>{esc(p)}</p>")
    return "\n".join(out)


def slug(a: dict) -> str:
    return f"{BASE}/articles/{a['id']}.html"


def jsonld(a: dict, publisher: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "datePublished": a["published"].replace("Z", "+00:00"),
            "dateModified": a["published"].replace("Z", "+00:00"),
            "inLanguage": a["lang"], "author": {"@type": "Organization", "name": publisher},
            "publisher": {"@type": "Organization", "name": publisher},
            "description": a["summary"], "mainEntityOfPage": slug(a)}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def meta_block(a: dict, site: str, jl: bool = True) -> str:
    m = [f'<meta name="description" content="{esc(a["summary"])}">',
         f'<meta property="og:type" content="article">',
         f'<meta property="og:site_name" content="{esc(site)}">',
         f'<meta property="og:title" content="{esc(a["title"])}">',
         f'<meta property="og:description" content="{esc(a["summary"])}">',
         f'<meta property="og:url" content="{slug(a)}">',
         f'<meta property="article:published_time" content="{a["published"].replace("Z", "+00:00")}">',
         f'<link rel="canonical" href="{slug(a)}">']
    if jl:
        m.append(jsonld(a, site))
    return "\n".join(m)


def related_html(a: dict, head: str, cls: str = "related") -> str:
    items = "".join(f'<li><a href="/news/{i + 1:04d}-{zlib.crc32(t.encode()) % 99999}.html">{esc(t)}</a></li>'
                    for i, t in enumerate(a.get("related", [])))
    return f'<aside class="{cls}"><h3>{esc(head)}</h3><ul>{items}</ul></aside>'


# ----------------------------------------------------------------------------- templates


def t_bittern(a: dict) -> str:
    d = parse(a["published"])
    when = d.strftime("%B %-d, %Y %H:%M GMT")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | Bittern Wire</title>
{meta_block(a, "Bittern Wire")}
<link rel="stylesheet" href="/static/bw.css">
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-bar" role="dialog">We use cookies to measure traffic and personalise content. <a href="/privacy">Privacy policy</a> <button>Accept all</button> <button>Reject non-essential</button></div>
<header class="masthead">
  <a class="logo" href="/">BITTERN<span>WIRE</span></a>
  <nav class="primary"><a href="/world">World</a><a href="/asia">Asia</a><a href="/europe">Europe</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/fact-check">Fact Check</a></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Bittern"></form>
</header>
<div class="ticker">MARKETS: Nikkei 225 ▲0.4% · USD/JPY 151.20 · Brent $82.10</div>
<main>
<article>
  <p class="kicker"><a href="/asia">Asia</a></p>
  <h1 class="headline">{esc(a["title"])}</h1>
  <div class="byline">{esc(a.get("byline", "Bittern Wire"))} · <time datetime="{a["published"]}">{when}</time> · 3 min read</div>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
  <div class="article-body">
  <p><span class="dateline">{esc(a.get("dateline", ""))}, {d.strftime("%b %-d")} (Bittern Wire) - </span></p>
{body_html(a)}
  <p class="credit">Reporting by Bittern Wire correspondents; editing by the Asia desk.</p>
  <p class="trust">Our Standards: <a href="/trust-principles">The Bittern Trust Principles.</a></p>
  </div>
</article>
{related_html(a, "Read next")}
<section class="promo">Get the Asia Morning Briefing in your inbox. <a href="/newsletters">Sign up</a></section>
</main>
<footer class="site-footer">
  <nav><a href="/about">About Bittern</a><a href="/careers">Careers</a><a href="/contact">Contact</a><a href="/terms">Terms of use</a><a href="/privacy">Privacy</a><a href="/cookies">Cookie settings</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {d.year} Bittern Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_saltcote(a: dict) -> str:
    d = parse(a["published"])
    when = d.strftime("%a %-d %b %Y %H.%M GMT")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} | Asia &amp; Pacific | The Saltcote Journal</title>
<meta name="viewport" content="width=device-width">
{meta_block(a, "The Saltcote Journal")}
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="gdpr-banner"><p>The Saltcote Journal uses cookies and similar technologies to give you a better experience. By clicking "Yes, I'm happy" you agree to their use.</p><button>Yes, I'm happy</button><a href="/cookies">Manage my cookies</a></div>
<header>
 <div class="top"><a href="/subscribe">Subscribe</a> | <a href="/login">Sign in</a> | <a href="/edition/uk">UK edition</a></div>
 <div class="brand"><a href="/">The Saltcote Journal</a><span>Asia &amp; Pacific</span></div>
 <nav><ul><li><a href="/news">News</a></li><li><a href="/world/asia-pacific">Asia &amp; Pacific</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main id="content">
<div class="breadcrumbs"><a href="/world">World</a> › <a href="/world/asia-pacific">Asia &amp; Pacific</a> › <a href="/world/japan">Japan</a></div>
<article class="story">
<h1>{esc(a["title"])}</h1>
<p class="standfirst">{esc(a["summary"])}</p>
<p class="meta"><span class="author">{esc(a.get("byline", ""))}</span> <time datetime="{a["published"]}">{when}</time></p>
<div class="share-tools"><button>Share</button><button>Save for later</button><span class="comments-count">Comments (14)</span></div>
<div class="story-body">
{body_html(a)}
</div>
<p class="correction-note">Have a correction? <a href="/corrections">Tell us</a>.</p>
</article>
{related_html(a, "More on this story")}
<aside class="newsletter"><h3>First Edition</h3><p>Our morning email breaks down the key stories of the day.</p><a href="/newsletters">Sign up</a></aside>
<section class="comments"><h3>Comments</h3><p>Comments on this article are closed.</p></section>
</main>
<footer>
<ul><li><a href="/about">About us</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/terms">Terms &amp; conditions</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>© {d.year} Saltcote Journal Media Ltd</p>
</footer>
</body>
</html>
"""


def t_oxbow(a: dict) -> str:
    d = parse(a["published"])
    when = d.strftime("%-d %B %Y")
    head_meta = "" if a.get("nometa") else meta_block(a, "Oxbow Diplomatic Review", jl=False)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} — Oxbow Diplomatic Review</title>
{head_meta}
<link rel="stylesheet" href="/assets/oxbow.css">
</head>
<body>
<div class="consent">This site uses cookies for analytics only. <a href="/privacy">Learn more</a> · <a href="#" class="ok">OK</a></div>
<header class="site">
<p class="site-title"><a href="/">Oxbow Diplomatic Review</a></p>
<p class="tagline">Essays and analysis on Eurasia and the Pacific</p>
<nav><a href="/essays">Essays</a> · <a href="/explainers">Explainers</a> · <a href="/interviews">Interviews</a> · <a href="/podcast">Podcast</a> · <a href="/about">About</a> · <a href="/support">Support us</a></nav>
</header>
<main>
<article class="essay">
<header>
<h1>{esc(a["title"])}</h1>
<p class="dek">{esc(a["summary"])}</p>
<p class="byline">{esc(a.get("byline", ""))} — {when}</p>
</header>
<section class="text">
{body_html(a)}
</section>
<footer class="essay-foot"><p>Oxbow is reader-funded. If you value independent analysis, <a href="/support">become a member</a>.</p>
<p class="tags">Filed under: <a href="/tag/japan">Japan</a>, <a href="/tag/russia">Russia</a>, <a href="/tag/diplomacy">Diplomacy</a></p></footer>
</article>
{related_html(a, "Further reading")}
</main>
<footer class="site-foot"><p>Oxbow Diplomatic Review · <a href="/rss">RSS</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p><p>© Oxbow Review {d.year}. Views expressed are the authors' own.</p></footer>
</body>
</html>
"""


def t_gorsebrook(a: dict) -> str:
    d = parse(a["published"])
    when = d.strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])}</title>
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["summary"])}">
<meta property="og:type" content="article">
</head>
<body>
<div id="cc" class="cookie-notice">By continuing to browse you consent to our use of cookies. <a href="/cookie-policy">Details</a> <button onclick="this.parentNode.remove()">Close</button></div>
<div class="hdr"><a href="/" class="logo">Gorsebrook Wire</a>
<ul class="menu"><li><a href="/latest">Latest</a></li><li><a href="/world">World</a></li><li><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/europe">Europe</a></li><li><a href="/americas">Americas</a></li><li><a href="/business">Business</a></li></ul></div>
<div class="wrap">
<div class="story">
<h1>{esc(a["title"])}</h1>
<div class="info">{esc(a.get("byline", "Gorsebrook Wire"))} | Published {when}</div>
<div class="txt">
<p><b>{esc(a.get("dateline", ""))}</b> —</p>
{body_html(a)}
</div>
<div class="tags">Topics: World · Asia-Pacific</div>
<div class="sharebar">Share: <a href="#">X</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
</div>
<div class="side">{related_html(a, "Most read", "mostread")}
<div class="ad">Advertisement</div></div>
</div>
<div class="ftr"><a href="/about">About</a> | <a href="/syndication">Syndication</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a><br>© Gorsebrook Wire {d.year}. Reproduction without permission prohibited.</div>
</body>
</html>
"""


def ru_date(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"


def t_posolsky(a: dict) -> str:
    d = parse(a["published"]).astimezone(TZ["ru-msk"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} — Посольский приказ</title>
{meta_block(a, "Посольский приказ")}
</head>
<body>
<div class="cookie-warning">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="header">
<div class="logo"><a href="/">Посольский приказ</a><span>международная жизнь</span></div>
<nav class="menu"><a href="/news">Лента</a><a href="/politics">Политика</a><a href="/diplomacy">Дипломатия</a><a href="/asia">Азия</a><a href="/europe">Европа</a><a href="/interviews">Интервью</a><a href="/analytics">Аналитика</a></nav>
<div class="header-tools"><a href="/search">Поиск</a> <a href="https://t.me/">Telegram</a> <a href="/rss">RSS</a></div>
</header>
<main class="main">
<div class="crumbs"><a href="/">Главная</a> / <a href="/diplomacy">Дипломатия</a></div>
<article class="article">
<div class="article__date"><time datetime="{a["published"]}">{ru_date(d)}</time> (мск)</div>
<h1 class="article__title">{esc(a["title"])}</h1>
<div class="article__lead">{esc(a["summary"])}</div>
<div class="article__text">
<p><strong>{esc(a.get("dateline", ""))}{", " if a.get("dateline") else ""}{d.day} {RU_MONTHS[d.month - 1]}. /«Посольский приказ»/.</strong></p>
{body_html(a)}
</div>
<div class="article__author">{esc(a.get("byline", ""))}</div>
<div class="article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
<div class="article__tags">Теги: <a href="/tag/japan">Япония</a> <a href="/tag/mid">МИД России</a></div>
</article>
{related_html(a, "Читайте также")}
</main>
<footer class="footer">
<p>Сетевое издание «Посольский приказ». Свидетельство о регистрации СМИ Эл № ФС77-00000 (вымышленное). Главный редактор — И. П. Сомова.</p>
<p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/privacy">Политика конфиденциальности</a></p>
<p class="age">18+</p>
<p>© «Посольский приказ», 2019–{d.year}. При использовании материалов ссылка обязательна.</p>
</footer>
</body>
</html>
"""


def t_gubernia(a: dict) -> str:
    d = parse(a["published"]).astimezone(TZ["ru-sakh"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} | Сахалинская губерния</title>
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["summary"])}">
<meta property="og:site_name" content="Сахалинская губерния">
<meta name="description" content="{esc(a["summary"])}">
</head>
<body>
<div class="cookies">Сайт использует cookie и сервис веб-аналитики. <a href="/cookies">Подробнее</a> <button>Согласен</button></div>
<header>
<div class="weather">Южно-Сахалинск −3°  ·  Курильск +1°  ·  Южно-Курильск 0°</div>
<a class="logo" href="/">Сахалинская губерния</a>
<nav><a href="/news">Новости</a><a href="/kurily">Курилы</a><a href="/economy">Экономика</a><a href="/fish">Рыбалка и рыбпром</a><a href="/society">Общество</a><a href="/incidents">Происшествия</a><a href="/sport">Спорт</a></nav>
</header>
<main>
<article>
<h1>{esc(a["title"])}</h1>
<div class="date">{ru_date(d)} (сах.)</div>
<p class="lead"><b>{esc(a["summary"])}</b></p>
{body_html(a)}
<p class="author">{esc(a.get("byline", ""))}</p>
<div class="share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a></div>
</article>
<section class="comments"><h4>Комментарии (3)</h4>
<div class="c"><b>Gena_K</b>: Посмотрим, что дальше будет.</div>
<div class="c"><b>островитянка</b>: Нам бы дорогу нормальную на острове, а не это всё.</div>
<div class="c"><b>Сахалинец65</b>: Рыбакам виднее.</div>
</section>
{related_html(a, "Другие новости")}
</main>
<footer>
<p>© Сахалинская губерния, {d.year}. Сетевое издание. 16+</p>
<p><a href="/about">О редакции</a> | <a href="/reklama">Реклама</a> | <a href="/contacts">Контакты</a></p>
</footer>
</body>
</html>
"""


def ja_date(d: datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}"


def t_kasumigaseki(a: dict) -> str:
    d = parse(a["published"]).astimezone(TZ["ja"])
    sub = f'<p class="subhead">{esc(a["sub"])}</p>' if a.get("sub") else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])}｜霞が関ウォッチ</title>
{meta_block(a, "霞が関ウォッチ")}
</head>
<body>
<div class="cookie-policy">当サイトでは、利便性向上と広告配信のためにクッキー（Cookie）を使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="gh">
<div class="logo"><a href="/">霞が関ウォッチ</a></div>
<nav class="gnav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/diplomacy">外交</a><a href="/international">国際</a><a href="/economy">経済</a><a href="/society">社会</a><a href="/opinion">論説</a></nav>
<div class="member"><a href="/login">ログイン</a> <a href="/register">会員登録（無料）</a></div>
</header>
<main>
<div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/diplomacy">外交</a> ＞ 記事</div>
<article>
<h1>{esc(a["title"])}</h1>
{sub}
<div class="pubdate"><time datetime="{a["published"]}">{ja_date(d)}</time>{"　" + esc(a["dateline"]) if a.get("dateline") else ""}</div>
<div class="sns"><a href="#">Xでポスト</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="honbun">
{body_html(a)}
</div>
<p class="kisha">（{esc(a.get("byline", ""))}）</p>
</article>
{related_html(a, "関連記事")}
<section class="ranking"><h3>アクセスランキング</h3><ol><li>内閣支持率、横ばい</li><li>円相場、一時151円台</li><li>与野党、補正予算で攻防</li></ol></section>
</main>
<footer>
<p><a href="/about">会社概要</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/terms">利用規約</a>｜<a href="/contact">お問い合わせ</a></p>
<p>記事・写真の無断転載を禁じます。Copyright © {d.year} Kasumigaseki Watch All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_hakuyo(a: dict) -> str:
    d = parse(a["published"]).astimezone(TZ["ja"])
    sub = f'<h2 class="sub">{esc(a["sub"])}</h2>' if a.get("sub") else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} - 白洋新聞デジタル</title>
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:site_name" content="白洋新聞デジタル">
</head>
<body>
<div class="cookie">本サイトはクッキーを利用しています。サイトの閲覧を続けることで、クッキーの使用に同意したものとみなします。<a href="/policy">詳細</a></div>
<header>
<div class="title"><a href="/">白洋新聞デジタル</a> <small>根室・釧路・中標津</small></div>
<nav><a href="/local">地域</a><a href="/hoppo">北方領土</a><a href="/suisan">水産</a><a href="/keizai">経済</a><a href="/kurashi">くらし</a><a href="/sports">スポーツ</a><a href="/okuyami">おくやみ</a></nav>
</header>
<main>
<article>
<h1>{esc(a["title"])}</h1>
{sub}
<p class="date">{ja_date(d)}</p>
<div class="body">
{body_html(a)}
</div>
<p class="byline">【{esc(a.get("byline", ""))}】</p>
<div class="share"><a href="#">X</a> <a href="#">LINE</a> <a href="#">Facebook</a></div>
</article>
<div class="paywall-note">この記事は会員限定です。続きは会員登録（月額880円）でお読みいただけます。</div>
{related_html(a, "この地域の最新ニュース")}
</main>
<footer>
<p>白洋新聞社　〒087-0000 北海道根室市（架空）　電話 0153-00-0000</p>
<p>Copyright © Hakuyo Shimbun {d.year}</p>
</footer>
</body>
</html>
"""


TEMPLATES = {"bittern-wire": t_bittern, "saltcote-en": t_saltcote, "oxbow-review": t_oxbow,
             "gorsebrook-wire": t_gorsebrook, "posolsky-ru": t_posolsky,
             "gubernia-sakh": t_gubernia, "kasumigaseki-ja": t_kasumigaseki, "hakuyo-ja": t_hakuyo}


# ----------------------------------------------------------------------------- feeds (snapshots)


def feed_snapshot(feed: dict, items: list[dict]) -> str:
    items = sorted(items, key=lambda a: a["published"], reverse=True)
    if feed["format"] == "atom":
        entries = "".join(
            f"<entry><title>{escape(a['title'])}</title><link rel=\"alternate\" href=\"{slug(a)}\"/>"
            f"<id>{slug(a)}</id><published>{a['published']}</published><updated>{a['published']}</updated>"
            f"<summary>{escape(a['summary'])}</summary></entry>\n" for a in items)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                f'xml:lang="{feed["lang"]}"><title>{escape(feed["title"])}</title>'
                f"<id>{BASE}/feeds/{feed['id']}.xml</id><updated>{items[0]['published']}</updated>\n"
                f"{entries}</feed>\n")
    entries = "".join(
        f"<item><title>{escape(a['title'])}</title><link>{slug(a)}</link>"
        f"<guid isPermaLink=\"true\">{slug(a)}</guid>"
        f"<pubDate>{email.utils.format_datetime(parse(a['published']))}</pubDate>"
        f"<description>{escape(a['summary'])}</description></item>\n" for a in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(feed['title'])}</title><link>{BASE}/</link>"
            f"<description>{escape(feed['title'])}</description><language>{feed['lang']}</language>\n"
            f"{entries}</channel></rss>\n")


# ----------------------------------------------------------------------------- main


def validate(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for a in arts:
        assert a["feed"] in FEED_BY_ID, a["id"]
        assert FEED_BY_ID[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            low = (a["title"] + " " + a.get("sub", "") + " " + a["summary"] + " " + a["body"]).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in low for w in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]
        assert parse(a["published"]) > datetime(2024, 2, 8, tzinfo=timezone.utc)
        n = len(a["body"].split()) if a["lang"] != "ja" else len(a["body"]) // 2
        assert 120 <= n <= 700, (a["id"], n)


def main() -> None:
    arts = sorted(EN + RU + JA, key=lambda a: a["published"])
    validate(arts)
    (ROOT / "articles").mkdir(exist_ok=True)
    for a in arts:
        (ROOT / "articles" / f"{a['id']}.html").write_text(TEMPLATES[a["feed"]](a), encoding="utf-8")
    feeds_dir = ROOT / "feeds"
    feeds_dir.mkdir(exist_ok=True)
    for f in FEEDS:
        items = [a for a in arts if a["feed"] == f["id"]]
        (feeds_dir / f"{f['id']}.xml").write_text(feed_snapshot(f, items), encoding="utf-8")
    entries = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a.get("new_facts"):
            e["new_facts"] = a["new_facts"]
        if a.get("must_mention"):
            e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    doc = {"name": "blind64", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = ("# Corpus blind64 - generated by src/gen.py; do not edit by hand.\n"
            "# Theme: the Tokyo-Moscow diplomatic calendar (talks, contacts, calls, notes,\n"
            "# postponements) and its look-alikes. See README.md.\n"
            + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100))
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    by_lang = {}
    for a in arts:
        by_lang[a["lang"]] = by_lang.get(a["lang"], 0) + 1
    groups = sorted({a["group"] for a in arts if a.get("group")})
    print(f"{len(arts)} articles {by_lang}, {len(groups)} groups, {len(FEEDS)} feeds")


if __name__ == "__main__":
    main()
