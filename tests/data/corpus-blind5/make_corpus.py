#!/usr/bin/env python3
"""Generate the blind5 evaluation corpus: labels.yaml and articles/<id>.html.

Written blind to the monitor's code, rules and seeds: only the five shared seed documents,
FORMAT.md and the evaluation README/harness were read. All outlets are fictional and all
events after 2024-02-08 are invented.

Usage: python3 make_corpus.py   (writes next to this file)
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data_2024  # noqa: E402
import data_2025  # noqa: E402
import data_2026  # noqa: E402

FEEDS = [
    {"id": "harbourline-en", "title": "Harbourline Daily - World", "format": "rss", "lang": "en"},
    {"id": "eastwind-en", "title": "The Eastwind Observer", "format": "atom", "lang": "en"},
    {"id": "capwire-en", "title": "CapitalWire International", "format": "rss", "lang": "en"},
    {"id": "sentinel-en", "title": "Sentinel Asia Review", "format": "atom", "lang": "en"},
    {"id": "zarya-ru", "title": "Заря Востока - новости Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "polden-ru", "title": "Полдень-Инфо", "format": "atom", "lang": "ru"},
    {"id": "hokuto-ja", "title": "北斗日報 ニュース", "format": "rss", "lang": "ja"},
    {"id": "toyo-ja", "title": "東洋ニュースネット", "format": "atom", "lang": "ja"},
]
FEED_IDS = {f["id"] for f in FEEDS}
E = html.escape


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def slug(a) -> str:
    h = hashlib.sha1(a["title"].encode()).hexdigest()[:6]
    words = re.findall(r"[a-z0-9]+", a["title"].lower())[:6]
    return "-".join(words) + "-" + h if words else h


def paras(a) -> list[str]:
    return [p.strip() for p in a["body"].strip().split("\n\n") if p.strip()]


def words(a) -> int:
    text = a["body"]
    if a["lang"] == "ja":
        return len(re.sub(r"\s", "", text)) // 2  # ~2 characters per word
    return len(text.split())


def related(a, pool, n=3):
    """Earlier headlines of the same outlet (what the page would have linked), padded with fillers."""
    earlier = [b for b in pool if b["feed"] == a["feed"] and ts(b) < ts(a)]
    earlier = sorted(earlier, key=ts, reverse=True)[:n]
    return [b["title"] for b in earlier]


FILLERS = {
    "en": ["Yen slips as markets weigh central bank signals", "Typhoon season outlook: what forecasters expect",
           "Opinion: The quiet revolution in regional rail", "Markets wrap: Asian shares mixed"],
    "ru": ["Синоптики пообещали потепление на выходных", "В Хабаровске открылся новый мост через Амур",
           "Цены на бензин на Дальнем Востоке выросли на 2%", "Паромная переправа Ванино — Холмск работает по графику"],
    "ja": ["道東で記録的な濃霧　フェリー欠航相次ぐ", "サンマ漁、今季も不漁の見通し", "札幌の地下鉄で運転見合わせ　一時",
           "円相場、一時1ドル＝150円台に"],
}


def fill(a, heads, n=3):
    out = list(heads)
    for f in FILLERS[a["lang"]]:
        if len(out) >= n:
            break
        out.append(f)
    return out


# --------------------------------------------------------------------------- outlet templates


def harbourline(a, pool):
    t = ts(a)
    rel = fill(a, related(a, pool))
    body = "\n".join(f"      <p>{E(p)}</p>" for p in paras(a))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "description": a["summary"], "datePublished": a["published"], "dateModified": a["published"],
          "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": "Harbourline Daily"},
          "articleSection": "World", "inLanguage": "en"}
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | Harbourline Daily</title>
  <meta name="description" content="{E(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Harbourline Daily">
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:description" content="{E(a['summary'])}">
  <meta property="article:published_time" content="{a['published']}">
  <meta property="article:section" content="World">
  <link rel="stylesheet" href="/static/hl/main.4f2a.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <div id="hl-cookie" class="cookie-banner" role="dialog">
    <p>We and our partners use cookies to personalise content and ads and to analyse our traffic.
    You can change your choices at any time in <a href="/privacy#settings">Privacy settings</a>.</p>
    <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">Harbourline<span>Daily</span></a>
    <nav class="primary"><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/business">Business</a>
      <a href="/climate">Climate</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
    <form class="search" action="/search"><input name="q" placeholder="Search Harbourline"></form>
  </header>
  <main>
    <nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/world">World</a> &rsaquo; <a href="/asia">Asia-Pacific</a></nav>
    <article>
      <h1>{E(a['title'])}</h1>
      <p class="standfirst">{E(a['summary'])}</p>
      <div class="byline">By <a href="/authors/{slug({'title': a['author']})}">{E(a['author'])}</a> &middot;
        <time datetime="{a['published']}">{t.strftime('%-d %B %Y, %H:%M')} GMT</time></div>
      <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
{body}
      <p class="corrections">Spotted an error? <a href="/corrections">Contact our corrections desk</a>.</p>
    </article>
    <aside class="related">
      <h2>More from World</h2>
      <ul>{''.join(f'<li><a href="/world/{slug({"title": r})}">{E(r)}</a></li>' for r in rel)}</ul>
    </aside>
    <aside class="newsletter"><h2>The Harbourline Morning Brief</h2><p>The day's essential stories, before 7am.</p>
      <form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
  </main>
  <footer>
    <nav><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/rss">RSS</a></nav>
    <p>&copy; {t.year} Harbourline Media Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def eastwind(a, pool):
    t = ts(a)
    rel = fill(a, related(a, pool), 4)
    body = "\n".join(f"<p>{E(p)}</p>" for p in paras(a))
    n = int(hashlib.sha1(a["title"].encode()).hexdigest(), 16) % 40 + 3
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - The Eastwind Observer</title>
<meta name="viewport" content="width=device-width">
<meta name="description" content="{E(a['summary'])}">
<link rel="alternate" type="application/atom+xml" href="/feeds/eastwind-en.xml">
</head>
<body>
<div class="topbar"><span>{t.strftime('%A, %B %-d, %Y')}</span> <a href="/login">Sign in</a> <a href="/digital">Digital edition</a></div>
<header><div class="brand">The Eastwind Observer</div><div class="motto">Independent reporting from East Asia since 1998</div>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/security">Security</a></li><li><a href="/economy">Economy</a></li><li><a href="/culture">Culture</a></li><li><a href="/letters">Letters</a></li></ul></header>
<div class="wrap">
<div class="story">
<span class="kicker">Asia-Pacific</span>
<h1 class="headline">{E(a['title'])}</h1>
<div class="meta">{E(a['author'])} | Published {t.strftime('%B %-d, %Y %H:%M')} UTC</div>
<div class="story-body">
{body}
</div>
<div class="tags">Topics: <a href="/tag/diplomacy">Diplomacy</a> <a href="/tag/asia">Asia</a></div>
<section class="comments"><h3>Comments ({n})</h3><p class="note">Comments are moderated and may take up to an hour to appear.</p>
<div class="comment"><b>pacific_reader</b>: Interesting piece, thanks for the context.</div></section>
</div>
<div class="sidebar"><h3>Most read</h3><ol>{''.join(f'<li><a href="/news/{slug({"title": r})}">{E(r)}</a></li>' for r in rel)}</ol>
<div class="ad">Advertisement</div></div>
</div>
<div class="consent">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<footer><p>The Eastwind Observer &middot; <a href="/about">About</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy policy</a></p>
<p>&copy; Eastwind Publishing Co. {t.year}</p></footer>
</body>
</html>
"""


def capwire(a, pool):
    t = ts(a)
    rel = fill(a, related(a, pool))
    body = "\n".join(f"    <p>{E(p)}</p>" for p in paras(a))
    return f"""<!doctype html>
<html lang="en-US">
<head>
  <meta charset="UTF-8">
  <title>{E(a['title'])} | CapitalWire</title>
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:description" content="{E(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="CapitalWire International">
  <meta property="article:published_time" content="{t.strftime('%Y-%m-%dT%H:%M:%S+00:00')}">
  <meta name="twitter:card" content="summary_large_image">
</head>
<body>
  <div class="gdpr" id="consent">
    <strong>Your privacy</strong> CapitalWire uses cookies and similar technologies. Select "Manage" to choose which ones we may use.
    <a href="#" class="btn">Accept</a> <a href="/consent" class="btn-alt">Manage</a>
  </div>
  <header class="cw-head">
    <a href="/" class="cw-logo">CAPITALWIRE</a>
    <nav><a href="/latest">Latest</a> | <a href="/world">World</a> | <a href="/markets">Markets</a> | <a href="/energy">Energy</a> | <a href="/tech">Tech</a> | <a href="/video">Video</a></nav>
  </header>
  <main class="cw-article">
    <div class="dateline">{t.strftime('%b %-d, %Y')} &bull; {t.strftime('%-I:%M %p')} UTC &bull; Updated {t.strftime('%b %-d, %Y')}</div>
    <h1>{E(a['title'])}</h1>
    <div class="by">{E(a['author'])}</div>
    <div class="tools">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Facebook</a> &nbsp; <a href="#">Save</a></div>
{body}
    <p class="trust">Our Standards: <a href="/trust">The CapitalWire Trust Principles.</a></p>
    <section class="read-next"><h4>Read next</h4>
      {''.join(f'<div class="card"><a href="/world/{slug({"title": r})}">{E(r)}</a></div>' for r in rel)}
    </section>
  </main>
  <footer class="cw-foot">
    <div><a href="/about">About CapitalWire</a> <a href="/careers">Careers</a> <a href="/licensing">Licensing</a> <a href="/accessibility">Accessibility</a></div>
    <small>All quotes delayed a minimum of 15 minutes. &copy; {t.year} CapitalWire. All rights reserved.</small>
  </footer>
</body>
</html>
"""


def sentinel(a, pool):
    t = ts(a)
    rel = fill(a, related(a, pool))
    body = "\n".join(f"<p>{E(p)}</p>" for p in paras(a))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["published"], "author": [{"@type": "Organization", "name": a["author"]}],
          "publisher": {"@type": "Organization", "name": "Sentinel Asia Review",
                        "logo": {"@type": "ImageObject", "url": "/img/sar-logo.png"}}}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
<link rel="canonical" href="/articles/{a['id']}.html">
</head>
<body class="sar">
<header class="sar-header">
<a href="/" class="sar-logo">SENTINEL <em>Asia Review</em></a>
<nav><a href="/region/northeast-asia">Northeast Asia</a> <a href="/region/southeast-asia">Southeast Asia</a> <a href="/region/south-asia">South Asia</a> <a href="/analysis">Analysis</a> <a href="/podcasts">Podcasts</a></nav>
</header>
<div class="paywall-note">You have 3 free articles left this month. <a href="/subscribe">Subscribe</a></div>
<main>
<article class="sar-article">
<header><h1>{E(a['title'])}</h1>
<p class="dek">{E(a['summary'])}</p>
<p class="dateline"><time datetime="{a['published']}">{t.strftime('%d %b %Y')}</time> &mdash; {E(a['author'])}</p></header>
{body}
</article>
<section class="related-coverage"><h2>Related coverage</h2>
<ul>{''.join(f'<li><a href="/analysis/{slug({"title": r})}">{E(r)}</a></li>' for r in rel)}</ul>
</section>
</main>
<div id="cookie-notice">We use essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve user experience. <button>Accept</button><button>Decline</button></div>
<footer class="sar-footer">Sentinel Asia Review is published by Sentinel Media Pte Ltd, Singapore. <a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></footer>
</body>
</html>
"""


def zarya(a, pool):
    t = ts(a) + timedelta(hours=11)  # Sakhalin time
    rel = fill(a, related(a, pool))
    body = "\n".join(f"        <p>{E(p)}</p>" for p in paras(a))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "description": a["summary"], "datePublished": a["published"],
          "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": "Заря Востока"}, "inLanguage": "ru"}
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{E(a['title'])} — Заря Востока</title>
  <meta name="description" content="{E(a['summary'])}">
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:description" content="{E(a['summary'])}">
  <meta property="og:locale" content="ru_RU">
  <meta property="og:site_name" content="Заря Востока">
  <meta property="article:published_time" content="{a['published']}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="header-top">Южно-Сахалинск <span class="weather">+4°</span> <span class="rates">USD 92,40 · EUR 99,85</span></div>
  <header class="site-header">
    <a href="/" class="logo">Заря Востока</a>
    <nav class="main-menu">
      <a href="/news">Главное</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a>
      <a href="/society">Общество</a> <a href="/kurily">Курилы</a> <a href="/incidents">Происшествия</a> <a href="/sport">Спорт</a>
    </nav>
  </header>
  <main class="content">
    <article class="news-item">
      <div class="news-date">{t.strftime('%d.%m.%Y %H:%M')}</div>
      <h1>{E(a['title'])}</h1>
      <div class="lead"><strong>{E(a['summary'])}</strong></div>
      <div class="text">
{body}
      </div>
      <div class="author">Автор: {E(a['author'])}</div>
      <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
      <p class="subscribe-tg">Подписывайтесь на «Зарю Востока» в <a href="#">Telegram</a> и <a href="#">Дзене</a>.</p>
    </article>
    <aside class="related">
      <h3>Читайте также</h3>
      <ul>{''.join(f'<li><a href="/news/{slug({"title": r})}">{E(r)}</a></li>' for r in rel)}</ul>
    </aside>
  </main>
  <div class="cookie-popup">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой использования cookie</a>. <button>Понятно</button></div>
  <footer>
    <p>© 2009–{t.year} «Заря Востока». Сетевое издание. Свидетельство о регистрации СМИ Эл № ФС77-00000 выдано Роскомнадзором.</p>
    <p>Главный редактор: Н. В. Смирнова. <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/rss">RSS</a></p>
    <p class="age">18+</p>
  </footer>
</body>
</html>
"""


def polden(a, pool):
    t = ts(a) + timedelta(hours=3)  # Moscow time
    rel = fill(a, related(a, pool))
    body = "\n".join(f"<p>{E(p)}</p>" for p in paras(a))
    n = int(hashlib.sha1(a["title"].encode()).hexdigest(), 16) % 60 + 2
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря"]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Полдень-Инфо</title>
</head>
<body>
<div class="p-header">
  <div class="p-logo"><a href="/">ПОЛДЕНЬ<b>·</b>ИНФО</a></div>
  <ul class="p-nav"><li><a href="/lenta">Лента</a></li><li><a href="/russia">Россия</a></li><li><a href="/world">В мире</a></li><li><a href="/biz">Бизнес</a></li><li><a href="/sport">Спорт</a></li><li><a href="/people">Люди</a></li></ul>
</div>
<div class="p-page">
  <div class="p-crumbs"><a href="/">Главная</a> / <a href="/world">В мире</a></div>
  <h1>{E(a['title'])}</h1>
  <div class="p-info">{t.day} {months[t.month - 1]} {t.year}, {t.strftime('%H:%M')} · {E(a['author'])} · <span class="views">👁 {n * 137}</span></div>
  <div class="p-text">
{body}
  </div>
  <div class="p-errors">Нашли опечатку? Выделите текст и нажмите Ctrl+Enter.</div>
  <div class="p-more"><h4>Ещё по теме</h4>
  {''.join(f'<a class="p-card" href="/lenta/{slug({"title": r})}">{E(r)}</a>' for r in rel)}
  </div>
  <div class="p-comments"><h4>Комментарии ({n})</h4><p>Чтобы оставить комментарий, <a href="/login">войдите</a>.</p></div>
</div>
<div class="p-cookie">Сайт использует cookie и рекомендательные технологии. <a href="/privacy">Подробнее</a> <span class="close">×</span></div>
<div class="p-footer">© Полдень-Инфо, {t.year}. При полном или частичном использовании материалов ссылка обязательна. <a href="/about">О проекте</a> <a href="/contacts">Редакция</a></div>
</body>
</html>
"""


def hokuto(a, pool):
    t = ts(a) + timedelta(hours=9)  # JST
    rel = fill(a, related(a, pool))
    body = "\n".join(f"      <p>{E(p)}</p>" for p in paras(a))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": t.strftime("%Y-%m-%dT%H:%M:%S+09:00"),
          "author": {"@type": "Organization", "name": "北斗日報社 " + a["author"]},
          "publisher": {"@type": "Organization", "name": "北斗日報社"}, "inLanguage": "ja"}
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <title>{E(a['title'])}｜北斗日報</title>
  <meta name="description" content="{E(a['summary'])}">
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:description" content="{E(a['summary'])}">
  <meta property="og:site_name" content="北斗日報">
  <meta property="article:published_time" content="{t.strftime('%Y-%m-%dT%H:%M:%S+09:00')}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="hd">
    <div class="hd-logo"><a href="/">北斗日報</a><span>HOKUTO NIPPO</span></div>
    <nav class="gnav"><a href="/">ホーム</a> <a href="/dounai">道内</a> <a href="/seiji">政治</a> <a href="/keizai">経済</a> <a href="/kokusai">国際</a> <a href="/hoppo">北方領土</a> <a href="/sports">スポーツ</a> <a href="/okuyami">おくやみ</a></nav>
    <div class="hd-member"><a href="/login">ログイン</a> <a href="/entry">会員登録</a></div>
  </header>
  <main>
    <div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/seiji">政治</a></div>
    <article class="kiji">
      <h1>{E(a['title'])}</h1>
      <p class="kiji-date">{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}（{E(a['author'])}）</p>
      <div class="sns">シェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
{body}
      <p class="kiji-note">※記事の無断転載を禁じます。</p>
    </article>
    <section class="kanren"><h2>関連記事</h2>
      <ul>{''.join(f'<li><a href="/news/{slug({"title": r})}">{E(r)}</a></li>' for r in rel)}</ul>
    </section>
    <section class="ranking"><h2>アクセスランキング</h2><ol><li>道東で記録的な濃霧　フェリー欠航相次ぐ</li><li>サンマ漁、今季も不漁の見通し</li><li>新千歳空港、国際線の旅客数が過去最多</li></ol></section>
  </main>
  <div class="cookie-bar">当サイトでは、利便性の向上や広告配信のためにクッキー（Cookie）を使用しています。<a href="/policy">プライバシーポリシー</a> <button>同意する</button></div>
  <footer class="ft">
    <ul><li><a href="/company">会社案内</a></li><li><a href="/kiyaku">利用規約</a></li><li><a href="/privacy">個人情報の取り扱い</a></li><li><a href="/ad">広告掲載</a></li></ul>
    <p>Copyright © 北斗日報社 All rights reserved. 掲載の記事・写真の無断転載を禁じます。</p>
  </footer>
</body>
</html>
"""


def toyo(a, pool):
    t = ts(a) + timedelta(hours=9)  # JST
    rel = fill(a, related(a, pool), 4)
    body = "<br><br>\n".join(E(p) for p in paras(a))
    wd = "月火水木金土日"[t.weekday()]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - 東洋ニュースネット</title>
</head>
<body>
<div id="header"><a href="/" id="logo">東洋ニュースネット</a>
<ul id="menu"><li><a href="/list/national">国内</a></li><li><a href="/list/politics">政治</a></li><li><a href="/list/world">国際</a></li><li><a href="/list/business">経済</a></li><li><a href="/list/entertainment">エンタメ</a></li><li><a href="/list/weather">天気</a></li></ul></div>
<div id="contents">
<div id="main">
<h1 class="title">{E(a['title'])}</h1>
<div class="date">{t.month}/{t.day}({wd}) {t.strftime('%H:%M')}配信　{E(a['author'])}</div>
<div class="honbun">
{body}
</div>
<div class="copyright">（東洋ニュースネット）</div>
<div class="btn-area"><a href="#">ポストする</a> <a href="#">シェアする</a> <a href="#">ブックマーク</a></div>
<h3 class="rel-h">こちらもおすすめ</h3>
<ul class="rel">{''.join(f'<li><a href="/topics/{slug({"title": r})}">{E(r)}</a></li>' for r in rel)}</ul>
</div>
<div id="side"><div class="box"><h4>アクセスランキング</h4><ol><li>円相場、一時1ドル＝150円台に</li><li>新幹線、強風で遅れ</li><li>人気アイドルが結婚発表</li></ol></div><div class="pr">PR</div></div>
</div>
<div id="cookie">本サイトはサービス向上のためCookieを利用しています。詳しくは<a href="/cookie">こちら</a>。<a href="#" class="close">閉じる</a></div>
<div id="footer">東洋ニュースネット ｜ <a href="/about">運営会社</a> ｜ <a href="/terms">利用規約</a> ｜ <a href="/privacy">プライバシーポリシー</a><br>© {t.year} Toyo News Network</div>
</body>
</html>
"""


TEMPLATES = {"harbourline-en": harbourline, "eastwind-en": eastwind, "capwire-en": capwire,
             "sentinel-en": sentinel, "zarya-ru": zarya, "polden-ru": polden, "hokuto-ja": hokuto,
             "toyo-ja": toyo}


# --------------------------------------------------------------------------- labels


class Flow(list):
    pass


def _flow(dumper, data):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


yaml.SafeDumper.add_representer(Flow, _flow)


class FlowMap(dict):
    pass


yaml.SafeDumper.add_representer(
    FlowMap, lambda d, m: d.represent_mapping("tag:yaml.org,2002:map", m, flow_style=True))


def main() -> None:
    arts = data_2024.A + data_2025.A + data_2026.A
    arts.sort(key=ts)
    for n, a in enumerate(arts, 1):
        a["id"] = f"b5-{n:03d}"
        assert a["feed"] in FEED_IDS, a["feed"]
        assert a["lang"] == a["feed"].rsplit("-", 1)[1], a["id"]
        assert datetime(2024, 3, 1, tzinfo=timezone.utc) <= ts(a) <= datetime(2027, 6, 30, 23, 59, tzinfo=timezone.utc)
        alerting = a["label"] in ("new_development", "status_change")
        assert alerting == bool(a.get("group")), a["id"]
        assert alerting == bool(a.get("must_mention")), a["id"]
        assert a["label"] in ("new_development", "status_change", "restatement", "off_topic", "neutral")
        wc = words(a)
        if not 150 <= wc <= 600: print("LEN", a["id"], a["lang"], wc, a["title"][:40])
        body_low = a["body"].lower()
        for alt in a.get("must_mention") or []:
            assert any(w.lower() in (a["title"] + " " + a["body"]).lower() for w in alt), (a["id"], alt)
    out_dir = HERE / "articles"
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
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = Flow(Flow(x) for x in a["must_mention"])
        e["note"] = a["note"]
        entries.append(e)
    doc = {"name": "blind5", "known_as_of": date(2024, 2, 8),
           "feeds": [FlowMap(f) for f in FEEDS], "articles": entries}
    head = ("# Evaluation corpus blind5 for the Russia-Japan peace treaty / Kuril Islands monitor.\n"
            "# Written blind to the monitor (only the shared seeds, FORMAT.md and the harness were read).\n"
            "# Outlets are fictional; all events after 2024-02-08 are invented.\n"
            "# Generated by make_corpus.py - edit there, not here.\n")
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=4096)
    (HERE / "labels.yaml").write_text(head + text, encoding="utf-8")
    # summary
    from collections import Counter
    print(len(arts), "articles")
    print("by lang:", dict(Counter(a["lang"] for a in arts)))
    print("by label:", dict(Counter(a["label"] for a in arts)))
    print("lang x label:", dict(Counter((a["lang"], a["label"]) for a in arts)))
    groups = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(f"{a['id']}({a['lang']})")
    for g, ids in groups.items():
        print(g, ids)
    print("words min/max:", min(words(a) for a in arts), max(words(a) for a in arts))


if __name__ == "__main__":
    main()
