#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind76 corpus: articles/*.html, labels.yaml and README.md.

Usage: python3 src/generate.py            (writes into the corpus folder above src/)
Standard library + PyYAML only.
"""
from __future__ import annotations

import html
import json
import sys
from collections import Counter, OrderedDict
from datetime import datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from data_a import ARTICLES_A  # noqa: E402
from data_b import ARTICLES_B  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NAME = "blind76"

FEEDS = [
    {"id": "nordhaven-wire", "title": "Nordhaven Wire - World", "format": "rss", "lang": "en"},
    {"id": "shearwater-daily", "title": "The Shearwater Daily - Asia", "format": "atom", "lang": "en"},
    {"id": "saroma-en", "title": "Saroma Weekly - Hokkaido in English", "format": "atom", "lang": "en"},
    {"id": "tral-ru", "title": "ИА «Трал-Инфо» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "sakh-seichas", "title": "Сахалин сейчас — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "iturup24-tv", "title": "Итуруп-24 — телерадиокомпания", "format": "rss", "lang": "ru"},
    {"id": "shiun-ja", "title": "紫雲新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "kirisame-tv", "title": "道東きりさめ放送 NEWS", "format": "atom", "lang": "ja"},
]
FEED_KIND = {
    "nordhaven-wire": "international wire (EN)",
    "shearwater-daily": "national daily, Asia desk (EN)",
    "saroma-en": "Hokkaido regional weekly in English (pages without metadata)",
    "tral-ru": "Russian news agency wire",
    "sakh-seichas": "Sakhalin regional news portal",
    "iturup24-tv": "Kuril local TV/radio broadcaster (pages without metadata)",
    "shiun-ja": "Japanese national daily, digital edition",
    "kirisame-tv": "East Hokkaido broadcaster (og tags only)",
}
HOST = {
    "nordhaven-wire": "nordhavenwire.example", "shearwater-daily": "shearwaterdaily.example",
    "saroma-en": "saromaweekly.example", "tral-ru": "tral-info.example",
    "sakh-seichas": "sakh-seichas.example", "iturup24-tv": "iturup24.example",
    "shiun-ja": "shiun-shimbun.example", "kirisame-tv": "kirisame-tv.example",
}

E = html.escape


def paras(body):
    return "\n".join(f"      <p>{E(p)}</p>" for p in body)


def ld(a, publisher, section):
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "datePublished": a["published"], "dateModified": a["published"],
            "inLanguage": a["lang"], "articleSection": section,
            "description": a["summary"],
            "publisher": {"@type": "Organization", "name": publisher}}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def fmt_date(a, style):
    d = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    if style == "en":
        return d.strftime("%B %d, %Y %H:%M GMT").replace(" 0", " ")
    if style == "ru":
        months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря"]
        return f"{d.day} {months[d.month - 1]} {d.year}, {d:%H:%M} (UTC)"
    return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}（UTC）"


def related(items, cls="related"):
    lis = "\n".join(f'        <li><a href="/news/{i + 101}">{E(t)}</a></li>' for i, t in enumerate(items))
    return f'<aside class="{cls}">\n      <ul>\n{lis}\n      </ul>\n    </aside>'


# ------------------------------------------------------------------ templates


def t_nordhaven(a):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{E(a['title'])} | Nordhaven Wire</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{E(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:site_name" content="Nordhaven Wire">
  <meta property="article:published_time" content="{a['published']}">
  <meta property="article:section" content="World">
  {ld(a, 'Nordhaven Wire', 'World')}
  <link rel="stylesheet" href="/static/nw.css">
</head>
<body class="story">
  <div id="consent" class="consent-bar">We use cookies to personalise content and analyse traffic.
    <button>Accept all</button> <button>Manage preferences</button></div>
  <header class="masthead"><a class="logo" href="/">NORDHAVEN<span>WIRE</span></a>
    <nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
      <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/tech">Technology</a>
      <a href="/subscribe" class="cta">Subscribe</a></nav></header>
  <main>
    <article>
      <p class="kicker">World &middot; Asia Pacific</p>
      <h1>{E(a['title'])}</h1>
      <p class="byline">By Nordhaven staff &middot; <time datetime="{a['published']}">{fmt_date(a, 'en')}</time> &middot; 3 min read</p>
      <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
{paras(a['body'])}
      <p class="trust">Our Standards: The Nordhaven Trust Principles.</p>
    </article>
    {related(["Oil steadies as traders weigh Middle East supply risks", "Bank of Japan keeps rates on hold, signals patience", "South Korea's exports rise for fifth month"])}
  </main>
  <footer><p>&copy; Nordhaven Wire. All quotes delayed a minimum of 15 minutes.</p>
    <a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></footer>
</body>
</html>
"""


def t_shearwater(a):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - The Shearwater Daily</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published']}">
{ld(a, 'The Shearwater Daily', 'Asia')}
</head>
<body>
<div class="gdpr-modal" role="dialog"><h2>Your privacy</h2><p>We and our 214 partners store and access information on your device.</p>
<button>I agree</button><button>Reject non-essential</button></div>
<div class="top-strip"><a href="/login">Sign in</a> | <a href="/register">Register</a> | <a href="/edition/int">International edition</a></div>
<header><h2 class="brand"><a href="/">The Shearwater Daily</a></h2>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/asia">Asia</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul></header>
<div class="wrapper">
  <div class="content">
    <nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/asia">Asia</a> &rsaquo; <a href="/asia/japan">Japan</a></nav>
    <h1 class="headline">{E(a['title'])}</h1>
    <h2 class="standfirst">{E(a['summary'])}</h2>
    <div class="meta">Asia correspondent &middot; {fmt_date(a, 'en')}</div>
    <div class="article-body">
{paras(a['body'])}
    </div>
    <div class="comments"><h3>Comments (12)</h3><p class="c">Reader in Osaka: Interesting piece, thanks.</p>
    <p class="c">jpk_1972: We have heard all this before.</p></div>
  </div>
  <div class="sidebar"><h3>Most read</h3>
    {related(["The long goodbye of Tokyo's last wooden bathhouses", "Why the yen keeps falling", "Review: a quiet triumph at the Kabukiza"], "mostread")}
  </div>
</div>
<footer class="site-footer">&copy; The Shearwater Daily Ltd. <a href="/cookies">Cookie policy</a> <a href="/about">About us</a> <a href="/advertise">Advertise</a></footer>
</body>
</html>
"""


def t_saroma(a):
    # no metadata at all: no og tags, no JSON-LD, no machine-readable date
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Saroma Weekly | {E(a['title'])}</title>
<link rel="stylesheet" href="/css/saroma.css">
</head>
<body>
<div class="cookie">This site uses cookies. By continuing to browse you agree. <a href="/cookies">More</a> <a href="#" class="x">OK</a></div>
<table class="hdr" width="100%"><tr><td><a href="/"><img src="/img/saroma-logo.png" alt="Saroma Weekly"></a></td>
<td class="nav"><a href="/local">Local</a> | <a href="/fishing">Fishing</a> | <a href="/islands">The Islands</a> | <a href="/events">Events</a> | <a href="/jobs">Jobs</a></td></tr></table>
<div id="main">
  <div class="post">
    <h1>{E(a['title'])}</h1>
    <div class="postdate">Posted {fmt_date(a, 'en')}</div>
{paras(a['body'])}
    <p class="tags">Tags: Nemuro, Hokkaido, community</p>
  </div>
  <div class="more"><b>More from Saroma Weekly</b>
    {related(["Snow crab prices climb at Kushiro auction", "Abashiri drift ice tours report record bookings", "New bus route links Nakashibetsu airport and Rausu"])}
  </div>
</div>
<div class="foot">Saroma Weekly &mdash; independent news for Hokkaido's English-speaking community. <a href="/about">About</a> <a href="/advertise">Advertise with us</a></div>
</body>
</html>
"""


def t_tral(a):
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{E(a['title'])} — ИА «Трал-Инфо»</title>
  <meta name="description" content="{E(a['summary'])}">
  <meta property="og:title" content="{E(a['title'])}">
  <meta property="og:type" content="article">
  <meta property="og:locale" content="ru_RU">
  <meta property="article:published_time" content="{a['published']}">
  <meta name="robots" content="max-image-preview:large">
</head>
<body>
  <div class="cookies">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
  <header class="head">
    <a href="/" class="logo">ТРАЛ-ИНФО</a>
    <ul class="rubrics"><li><a href="/politika">Политика</a></li><li><a href="/ekonomika">Экономика</a></li>
      <li><a href="/obshchestvo">Общество</a></li><li><a href="/armiya">Армия</a></li><li><a href="/regiony">Регионы</a></li>
      <li><a href="/mir">В мире</a></li></ul>
    <form class="search"><input type="text" placeholder="Поиск по сайту"></form>
  </header>
  <section class="lenta-item">
    <div class="date">{fmt_date(a, 'ru')}</div>
    <h1>{E(a['title'])}</h1>
    <div class="lead"><b>{E(a['summary'])}</b></div>
    <div class="text">
{paras(a['body'])}
    </div>
    <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
    <div class="read-also"><h3>Читайте также</h3>
    {related(["ЦБ сохранил ключевую ставку", "В Приморье открыли новый участок трассы", "Синоптики предупредили о тайфуне на юге Дальнего Востока"])}
    </div>
  </section>
  <footer>© ИА «Трал-Инфо». Свидетельство о регистрации СМИ ИА № ФС 77-00000. 18+<br>
    При полном или частичном использовании материалов ссылка на «Трал-Инфо» обязательна.</footer>
</body>
</html>
"""


def t_sakh(a):
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} | Сахалин сейчас</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="Сахалин сейчас">
<meta property="article:published_time" content="{a['published']}">
{ld(a, 'Сахалин сейчас', 'Новости')}
</head>
<body class="news-page">
<div id="cookie-note">Сайт использует cookie и сервис веб-аналитики. <a href="#">Принять</a></div>
<div class="weather-bar">Южно-Сахалинск −3° · Курильск +1° · Южно-Курильск 0° · USD 92,40</div>
<header><a class="logo" href="/">Сахалин<b>сейчас</b></a>
<nav><a href="/news">Новости</a><a href="/kurily">Курилы</a><a href="/ekonomika">Экономика</a><a href="/incidents">Происшествия</a><a href="/sport">Спорт</a><a href="/afisha">Афиша</a></nav></header>
<main class="container">
<article class="news-full">
<h1>{E(a['title'])}</h1>
<div class="news-meta"><span class="date">{fmt_date(a, 'ru')}</span> <span class="views">👁 1 274</span></div>
<p class="announce">{E(a['summary'])}</p>
{paras(a['body'])}
<p class="source">Фото: пресс-служба правительства Сахалинской области</p>
</article>
<section class="similar"><h3>Новости по теме</h3>
{related(["На Сахалине стартовала подписная кампания", "В Корсакове ремонтируют причал", "Рейсы на Итуруп задержаны из-за тумана"])}
</section>
<section class="comments"><h3>Комментарии</h3><p>Комментариев пока нет. <a href="/login">Войдите</a>, чтобы оставить комментарий.</p></section>
</main>
<footer>© «Сахалин сейчас», сетевое издание. 16+. Редакция: г. Южно-Сахалинск. <a href="/reklama">Реклама</a></footer>
</body>
</html>
"""


def t_iturup(a):
    # broadcaster page without metadata
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Итуруп-24 :: {E(a['title'])}</title>
</head>
<body>
<div class="topline"><a href="/live">▶ Прямой эфир</a> · <a href="/tv">Телепрограмма</a> · <a href="/radio">Радио 101,7 FM</a></div>
<div class="cookie-popup">Продолжая просмотр, вы соглашаетесь на обработку cookie. <span class="ok">OK</span></div>
<div class="header"><a href="/"><img src="/i/logo24.png" alt="Итуруп-24"></a>
<ul><li><a href="/novosti">Новости</a></li><li><a href="/programmy">Программы</a></li><li><a href="/video">Видео</a></li><li><a href="/kontakty">Контакты</a></li></ul></div>
<div class="news">
<div class="video-player">[видео] Сюжет телеканала «Итуруп-24»</div>
<h1>{E(a['title'])}</h1>
<div class="dt">{fmt_date(a, 'ru')}</div>
{paras(a['body'])}
<div class="author">Корреспондент: Анна Ким, оператор: Денис Пак</div>
</div>
<div class="others"><b>Другие сюжеты</b>
{related(["В Курильске завершили ремонт школы", "Рыбоводный завод на Итурупе выпустил молодь кеты", "Погода: на остров идёт циклон"])}
</div>
<div class="footer">Телерадиокомпания «Итуруп-24», г. Курильск. 12+. Все права защищены.</div>
</body>
</html>
"""


def t_shiun(a):
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}：紫雲新聞デジタル</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="紫雲新聞デジタル">
<meta property="article:published_time" content="{a['published']}">
{ld(a, '紫雲新聞', '政治')}
</head>
<body>
<div class="cookie-consent">当サイトではクッキーを使用しています。詳しくは<a href="/policy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="g-header"><div class="logo"><a href="/">紫雲新聞デジタル</a></div>
<nav class="g-nav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/national">社会</a><a href="/international">国際</a><a href="/hokkaido">北海道</a><a href="/sports">スポーツ</a></nav>
<div class="member"><a href="/login">ログイン</a> <a href="/signup">有料会員登録</a></div></header>
<main>
<article class="article">
<h1>{E(a['title'])}</h1>
<p class="date">{fmt_date(a, 'ja')}</p>
<div class="share-btns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
<div class="body">
{paras(a['body'])}
</div>
<p class="paywall">この記事は有料会員限定です。続きは会員登録でお読みいただけます。</p>
</article>
<aside class="ranking"><h2>アクセスランキング</h2>
{related(["円相場、一時1ドル＝150円台に", "道内の最低賃金、過去最大の引き上げ", "札幌で初雪　平年より早く"])}
</aside>
</main>
<footer class="g-footer">Copyright © 紫雲新聞社 All rights reserved. 記事・写真の無断転載を禁じます。<a href="/about">会社案内</a></footer>
</body>
</html>
"""


def t_kirisame(a):
    # og tags only, no JSON-LD, no published_time meta
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | 道東きりさめ放送 NEWS</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="道東きりさめ放送">
</head>
<body>
<div id="cookie">このサイトはクッキーを利用します。<a href="/cookie">詳細</a> <span class="close">閉じる</span></div>
<div class="hd"><a href="/"><img src="/img/kirisame.svg" alt="道東きりさめ放送"></a>
<ul class="gnav"><li><a href="/news">ニュース</a></li><li><a href="/weather">天気</a></li><li><a href="/bangumi">番組表</a></li><li><a href="/special">特集</a></li></ul></div>
<div class="news-detail">
<p class="cat">釧路・根室</p>
<h1>{E(a['title'])}</h1>
<p class="time">{fmt_date(a, 'ja')}</p>
<div class="movie">［動画］ニュース映像を再生</div>
{paras(a['body'])}
</div>
<div class="list"><h3>最新ニュース</h3>
{related(["釧路湿原でタンチョウの給餌始まる", "根室・花咲ガニ　水揚げ好調", "中標津で交通安全運動"])}
</div>
<div class="ft">© 道東きりさめ放送株式会社　<a href="/privacy">個人情報保護方針</a></div>
</body>
</html>
"""


TEMPLATES = {"nordhaven-wire": t_nordhaven, "shearwater-daily": t_shearwater, "saroma-en": t_saroma,
             "tral-ru": t_tral, "sakh-seichas": t_sakh, "iturup24-tv": t_iturup,
             "shiun-ja": t_shiun, "kirisame-tv": t_kirisame}

# what each negative tests (README)
NEG_KIND = {
    "b76-01": "restatement by a new speaker (ambassador)",
    "b76-02": "assembly resolution / petition",
    "b76-06": "look-alike: other island dispute (Senkaku)",
    "b76-07": "look-alike: Kurile Lake (Kamchatka)",
    "b76-08": "background piece, 再開の見通しは立っていない",
    "b76-09": "anniversary piece, sovereignty restated",
    "b76-14": "neutral borderline: local amenity",
    "b76-15": "negated move: 'no conditions to resume'",
    "b76-16": "look-alike: unrelated Japan-Russia energy news",
    "b76-17": "annual rally, PM restates policy",
    "b76-18": "annual rally + resolution",
    "b76-19": "MFA restatement on sovereignty",
    "b76-20": "requested move: 'urged Russia to allow'",
    "b76-21": "conditional move: 'would return if'",
    "b76-29": "annual report (defence white paper)",
    "b76-30": "look-alike: other island dispute (Takeshima)",
    "b76-31": "denied move (Kremlin denies report)",
    "b76-32": "anniversary piece (1945 landing)",
    "b76-33": "editorial, wished-for move ('should')",
    "b76-37": "look-alike: Kuril harbour seal",
    "b76-38": "negated move (見通し立たず), new speaker",
    "b76-39": "rally and petition (Russian side)",
    "b76-43": "annual report (diplomatic bluebook)",
    "b76-44": "neutral borderline: annual salmon deal",
    "b76-45": "negated/questioned move + resolution",
    "b76-46": "neutral borderline: Sakhalin-Hokkaido ferry",
    "b76-47": "look-alike: other peace treaty",
    "b76-48": "proposal/conditional by governor",
    "b76-53": "anniversary background (1956 declaration)",
    "b76-54": "anniversary rally + resolution",
    "b76-55": "conditional move by Lavrov",
    "b76-56": "look-alike: unrelated Japan-Russia trade",
    "b76-57": "annual rally, new PM restates",
    "b76-58": "conditional (協議再開なら)",
    "b76-59": "neutral borderline: joint science paper",
}
GROUP_DESC = OrderedDict([
    ("b76-g1", ("new_development", "military", "Bal coastal missile division on combat duty on Paramushir (northern Kurils), first there")),
    ("b76-g2", ("new_development", "fishing / sea", "Nemuro boat Kofuku Maru No. 18 and 5 crew seized off Suisho (Habomai)")),
    ("b76-g3", ("status_change", "diplomatic", "Peace-treaty consultations held in Belgrade, first since the March 2022 suspension (suspended -> resumed)")),
    ("b76-g4", ("new_development", "humanitarian one-off", "Russia allows a one-off memorial visit to Iturup by 10 members of the Japan War-Bereaved Families Association (held once; visa-free regime not restored)")),
    ("b76-g5", ("new_development", "economic act on the islands", "Vietnamese company joins Kuril tax regime to build seafood plant on Shikotan; Tokyo raises concern with Vietnam")),
    ("b76-g6", ("status_change", "diplomatic", "Russia suspends the revived consultations, cancels April 2026 Belgrade round (resumed -> suspended)")),
    ("b76-g7", ("new_development", "legal act / people of the islands", "Putin signs law barring 'unfriendly' foreigners (incl. Japanese) from owning or leasing Kuril land")),
])


def main() -> None:
    arts = sorted(ARTICLES_A + ARTICLES_B, key=lambda a: a["published"])
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), f"ids not chronological: {ids}"
    feeds = {f["id"]: f for f in FEEDS}
    outdir = ROOT / "articles"
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        assert a["feed"] in feeds and feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        page = TEMPLATES[a["feed"]](a)
        (outdir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ("new_development", "status_change"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
            # stems must occur in the article's own text
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), (a["id"], alt)
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": NAME, "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    (ROOT / "labels.yaml").write_text(
        yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    write_readme(arts)
    c = Counter(a["lang"] for a in arts)
    print(f"{len(arts)} articles; langs {dict(c)}; labels {dict(Counter(a['label'] for a in arts))}")


def write_readme(arts) -> None:
    n = len(arts)
    c = Counter(a["lang"] for a in arts)
    L = []
    L.append(f"# Blind corpus `{NAME}`\n")
    L.append("Theme: an ordinary season (2024-2027) of the Russia-Japan peace treaty / Kuril Islands stream as a "
             "subscriber receives it: wire copy, national dailies, Hokkaido and Sakhalin regional outlets and local "
             "broadcasters in English, Russian and Japanese. Seven developments of several kinds (military, fishing and "
             "the sea, diplomatic status moves in both directions, a humanitarian one-off, an economic act and a legal "
             "act on the islands) surrounded by everyday hard negatives: restatements by new speakers, assembly "
             "resolutions and rallies, conditional / requested / denied moves, anniversary and background pieces, annual "
             "reports, look-alikes and follow-ups with no new fact. Known facts: the five seed documents (as of 2024-02-08).\n")
    L.append(f"Articles: {n} ({', '.join(f'{k} {v} ({100*v//n} %)' for k, v in sorted(c.items()))}). "
             "Generated by `src/generate.py` (article texts in `src/data_a.py`, `src/data_b.py`).\n")
    L.append("## Outlets (all invented)\n\n| id | title | format | lang | kind |\n|---|---|---|---|---|")
    for f in FEEDS:
        L.append(f"| {f['id']} | {f['title']} | {f['format']} | {f['lang']} | {FEED_KIND[f['id']]} |")
    L.append("\n## Development groups\n\n| group | label | kind | development | reports (first first) |\n|---|---|---|---|---|")
    for g, (lab, kind, desc) in GROUP_DESC.items():
        mem = [a for a in arts if a.get("group") == g]
        reps = ", ".join(f"{a['id']} ({a['lang']}, {a['published'][:10]})" for a in mem)
        L.append(f"| {g} | {lab} | {kind} | {desc} | {reps} |")
    L.append("\nFollow-ups with no new fact, inside their group (an alert on them is a repeat): "
             "b76-13 (g2, families waiting), b76-25 (g3, reactions in Nemuro), b76-52 (g7, vox pop).\n")
    L.append("States that are neither a resumption nor a termination: b76-g4 is a one-off (今回限り) permission; "
             "the visa-free regime stays terminated. Status moves: b76-g3 suspended -> resumed; b76-g6 resumed -> suspended.\n")
    L.append("## Negatives and neutral items\n\n| id | lang | label | what it tests |\n|---|---|---|---|")
    for a in arts:
        if a["label"] in ("restatement", "off_topic", "neutral"):
            L.append(f"| {a['id']} | {a['lang']} | {a['label']} | {NEG_KIND[a['id']]} |")
    L.append("\nHardest negatives: b76-31 (a denied resumption of visa-free visits, worded around 'resume'), "
             "b76-33 (editorial that 'should' restore visits, after real talks), b76-48 (a governor's proposal of "
             "e-visas for Japanese tourists), b76-55 / b76-58 / b76-21 (conditional returns to talks), b76-29 and b76-43 "
             "(annual reports listing deployments and the March 2026 suspension as background), b76-53 (anniversary "
             "piece that recounts the Belgrade resumption and suspension), b76-45 (questioned grave visits).\n")
    L.append("## Checking\n\n`python3 src/generate.py` regenerates everything. The world was checked with a trivial "
             "keyword alerter (`../blind76-check/alerter.py`), not with the monitor.\n")
    (ROOT / "README.md").write_text("\n".join(L), encoding="utf-8")


if __name__ == "__main__":
    main()
