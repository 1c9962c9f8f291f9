#!/usr/bin/env python3
"""Generate the blind7 evaluation corpus: labels.yaml + articles/<id>.html.

Outlets are fictional; every event after 2024-02-08 is hypothetical.
Articles are defined in data1.py / data2.py / data3.py; ids are assigned in
publication order (b7-001 ...). Run: python3 make_corpus.py
"""
from __future__ import annotations

import html
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data1, data2, data3  # noqa: E402

FEEDS = [
    {"id": "kestrel-en", "title": "Kestrel Newswire - World", "format": "rss", "lang": "en"},
    {"id": "orient-en", "title": "The Orient Standard", "format": "atom", "lang": "en"},
    {"id": "borealis-en", "title": "Borealis Monitor - Arctic & Pacific security", "format": "rss", "lang": "en"},
    {"id": "vektor-ru", "title": "Информационное агентство «Восточный вектор»", "format": "atom", "lang": "ru"},
    {"id": "ohotomorye-ru", "title": "Новости Охотоморья", "format": "rss", "lang": "ru"},
    {"id": "tl-ru", "title": "Тихоокеанская линия", "format": "atom", "lang": "ru"},
    {"id": "nea-ja", "title": "北東アジア通信", "format": "rss", "lang": "ja"},
    {"id": "hamanasu-ja", "title": "はまなすテレビ NEWS", "format": "atom", "lang": "ja"},
]
HOSTS = {
    "kestrel-en": "www.kestrelnewswire.example", "orient-en": "www.orientstandard.example",
    "borealis-en": "borealismonitor.example", "vektor-ru": "vostvektor.example",
    "ohotomorye-ru": "ohotomorye-news.example", "tl-ru": "tihlinia.example",
    "nea-ja": "www.hokuto-asia.example", "hamanasu-ja": "news.hamanasu-tv.example",
}
FILLER = {
    "kestrel-en": ["Oil prices edge higher as OPEC+ weighs output", "Indonesia's central bank holds rates",
                   "Wildfires force evacuations in southern Europe", "Chipmakers' shares slide on export curbs",
                   "Kenya's parliament passes revised finance bill"],
    "orient-en": ["Yen slips as BOJ signals patience", "Shinkansen line extension faces new delay",
                  "Rice prices hit record as stockpile release falls short", "Osaka hotel occupancy tops 90%",
                  "Universities scramble to fill engineering seats"],
    "borealis-en": ["Greenland's new mining code, explained", "The Bering Strait's crowded summer",
                    "Why icebreakers are the new aircraft carriers", "Podcast: Arctic Council after the freeze"],
    "vektor-ru": ["Курс рубля: итоги торгов на Мосбирже", "В Хабаровске открыли новый мост через Амур",
                  "Синоптики пообещали Приморью тёплый октябрь", "ЦБ сохранил ключевую ставку"],
    "ohotomorye-ru": ["В Корсакове отремонтируют набережную", "Паромная переправа Ванино — Холмск: расписание на неделю",
                      "На Сахалине стартовала путина горбуши", "В Охе открылась новая поликлиника"],
    "tl-ru": ["Владивосток: пробки на Русском мосту", "Цены на бензин в ДФО за неделю",
              "Рыбаки Приморья перевыполнили план по минтаю", "Что посмотреть в кино на выходных"],
    "nea-ja": ["日銀、政策金利を据え置き", "北海道新幹線、札幌延伸さらに遅れ", "道内のホタテ輸出、回復の兆し",
               "知床観光船事故から教訓　安全対策の現状は"],
    "hamanasu-ja": ["あすの天気　道東は雪の予報", "釧路湿原でタンチョウの子育て", "根室のサンマ水揚げ　前年を上回る",
                    "帯広で交通事故　高齢ドライバー"],
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paras(a) -> str:
    return "\n".join(f"      <p>{esc(p)}</p>" for p in a["body"])


def related(a, earlier) -> list[str]:
    same = [e["title"] for e in earlier if e["feed"] == a["feed"]][-2:]
    fill = FILLER[a["feed"]]
    k = int(a["id"][-3:])
    return same + [fill[(k + i) % len(fill)] for i in range(3)]


def jsonld(a, url, publisher) -> str:
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["date"], "dateModified": a["date"], "inLanguage": a["lang"],
         "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": publisher},
         "description": a["summary"]}
    if a.get("author"):
        d["author"] = {"@type": "Person", "name": a["author"]}
    return ('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>")


def og(a, url, site) -> str:
    return (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{esc(site)}">\n'
            f'<meta property="og:title" content="{esc(a["title"])}">\n'
            f'<meta property="og:description" content="{esc(a["summary"])}">\n'
            f'<meta property="og:url" content="{url}">\n'
            f'<meta property="article:published_time" content="{a["date"]}">')


def dt(a) -> datetime:
    return datetime.fromisoformat(a["date"].replace("Z", "+00:00"))


# ----------------------------------------------------------------- templates

def t_kestrel(a, rel, url):
    d = dt(a)
    li = "".join(f'<li><a href="/story/{i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Kestrel Newswire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
{og(a, url, 'Kestrel Newswire')}
{jsonld(a, url, 'Kestrel Newswire')}
<link rel="canonical" href="{url}">
</head>
<body class="kn-article">
<div id="kn-consent" class="consent" role="dialog">We use cookies to personalise content and ads and to analyse our traffic.
 <button>Accept all</button> <button>Manage preferences</button></div>
<header class="kn-top"><a class="logo" href="/">KESTREL</a>
<nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
<a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/tech">Technology</a> <a href="/sport">Sport</a></nav>
<form class="search"><input placeholder="Search Kestrel"></form></header>
<main>
  <article>
    <div class="kicker">{esc(a.get('section', 'World'))}</div>
    <h1>{esc(a['title'])}</h1>
    <div class="meta"><span class="byline">By Kestrel staff</span> &middot;
      <time datetime="{a['date']}">{d.strftime('%B %-d, %Y %H:%M')} GMT</time> &middot; 3 min read</div>
    <div class="share"><a>Share on X</a> <a>LinkedIn</a> <a>Email</a> <a>Copy link</a></div>
    <div class="body">
{paras(a)}
    </div>
    <p class="trust">Our Standards: <a href="/principles">The Kestrel Trust Principles</a>.</p>
  </article>
  <aside class="rail"><h3>Read next</h3><ul>{li}</ul>
  <div class="ad">Advertisement</div></aside>
</main>
<footer><p>All quotes delayed a minimum of 15 minutes.</p>
<a href="/about">About Kestrel</a> | <a href="/careers">Careers</a> | <a href="/privacy">Privacy</a> |
<a href="/cookies">Cookie settings</a> | <p>&copy; {d.year} Kestrel Newswire Ltd. All rights reserved.</p></footer>
</body></html>
"""


def t_orient(a, rel, url):
    d = dt(a)
    li = "\n".join(f'<li><a href="/news/{i+1000}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="en-JP">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Orient Standard</title>
{og(a, url, 'The Orient Standard')}
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="top-strip">Tokyo {d.strftime('%a, %b %-d, %Y')} | <a href="/subscribe">Subscribe</a> | <a href="/login">Log in</a></div>
<header><div class="masthead">The Orient Standard</div>
<ul class="menu"><li>National</li><li>Politics</li><li>Business</li><li>World</li><li>Opinion</li><li>Culture</li><li>Life</li></ul></header>
<div class="breadcrumbs">Home &rsaquo; {esc(a.get('section', 'National'))}</div>
<div id="main-article">
  <h1 class="headline">{esc(a['title'])}</h1>
  <p class="dek">{esc(a['summary'])}</p>
  <p class="writer">by {esc(a.get('author', 'Staff Writer'))}<br><span class="staff">Staff Writer</span></p>
  <p class="date">{d.strftime('%b %-d, %Y')}</p>
  <figure class="photo"><figcaption>Photo: The Orient Standard</figcaption></figure>
  <div class="article-text">
{paras(a)}
  </div>
  <div class="paywall-note">Thank you for reading. Support quality journalism: subscribe from 990 yen a month.</div>
  <div class="sns"><span>Facebook</span><span>X</span><span>LINE</span><span>Hatena</span></div>
</div>
<section class="more"><h2>More from The Orient Standard</h2><ul>
{li}
</ul></section>
<div class="gdpr">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy">Learn more</a> <b>OK</b></div>
<footer>The Orient Standard &middot; 1-2-3 Uchisaiwaicho, Chiyoda-ku, Tokyo &middot; Copyright &copy; The Orient Standard Co., Ltd.
<a href="/terms">Terms</a> <a href="/contact">Contact</a></footer>
</body></html>
"""


def t_borealis(a, rel, url):
    d = dt(a)
    li = " ".join(f'<a class="card" href="/p/{i}">{esc(t)}</a>' for i, t in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
<link rel="stylesheet" href="/assets/bm.css">
</head>
<body>
<nav class="bm-nav"><b>BOREALIS MONITOR</b> <a href="/arctic">Arctic</a> <a href="/pacific">North Pacific</a>
<a href="/analysis">Analysis</a> <a href="/imagery">Imagery</a> <a href="/podcast">Podcast</a> <a href="/donate">Support us</a></nav>
<div class="wrap">
 <span class="tag">{esc(a.get('section', 'Analysis'))}</span>
 <h1>{esc(a['title'])}</h1>
 <div class="by">{esc(a.get('author', 'Borealis Monitor'))} &mdash; {d.strftime('%-d %B %Y')}</div>
 <div class="content">
{paras(a)}
 </div>
 <div class="box">Borealis Monitor is an independent, reader-funded publication. <a href="/newsletter">Get the weekly briefing</a>.</div>
 <h4>Keep reading</h4><div class="cards">{li}</div>
 <div class="comments"><h4>Comments (3)</h4>
  <div class="c"><b>northwind77</b>: Good overview, though I'd like to see the sources for the imagery.</div>
  <div class="c"><b>K. Larsen</b>: Useful context as always.</div>
  <div class="c"><b>pacific_watch</b>: Been saying this for years.</div></div>
</div>
<footer class="bm-foot">&copy; {d.year} Borealis Monitor &middot; <a href="/privacy">Privacy</a> &middot; We only use essential cookies.</footer>
</body></html>
"""


def t_vektor(a, rel, url):
    d = dt(a)
    li = "".join(f'<li><a href="/news/{d.year}/{i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Восточный вектор</title>
<meta name="description" content="{esc(a['summary'])}">
{og(a, url, 'Восточный вектор')}
{jsonld(a, url, 'ИА «Восточный вектор»')}
</head>
<body>
<div class="cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookie">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header><a href="/" class="logo">ВОСТОЧНЫЙ ВЕКТОР</a>
<nav><a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a>
<a href="/army">Армия</a> <a href="/sport">Спорт</a> <a href="/world">В мире</a> <a href="/lenta">Лента новостей</a></nav></header>
<div class="page">
<article class="news">
 <div class="rubric">{esc(a.get('section', 'Новости'))}</div>
 <div class="date">{d.strftime('%d.%m.%Y, %H:%M')} (UTC)</div>
 <h1>{esc(a['title'])}</h1>
 <div class="lead"><b>{esc(a['summary'])}</b></div>
 <div class="text">
{paras(a)}
 </div>
 <div class="share">Поделиться: ВКонтакте · Telegram · Одноклассники</div>
 <div class="note">Подписывайтесь на «Восточный вектор» в Telegram.</div>
</article>
<aside><h3>Читайте также</h3><ul>{li}</ul></aside>
</div>
<footer>Сетевое издание «Восточный вектор». Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000. 18+<br>
При использовании материалов ссылка на «Восточный вектор» обязательна. © 2012–{d.year}</footer>
</body></html>
"""


def t_ohotomorye(a, rel, url):
    d = dt(a)
    li = "".join(f'<div class="rel"><a href="/item/{i}">{esc(t)}</a></div>' for i, t in enumerate(rel))
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Новости Охотоморья</title>
{og(a, url, 'Новости Охотоморья')}
</head>
<body>
<div class="topbar">Южно-Сахалинск: −3 °C · Курс ЦБ · <a href="/ads">Реклама на сайте</a></div>
<header><div class="brand">Новости Охотоморья</div>
<ul class="nav"><li>Главное</li><li>Сахалин</li><li>Курилы</li><li>Экономика</li><li>Происшествия</li><li>Спорт</li><li>Погода</li></ul></header>
<main>
<div class="crumbs">Главная / {esc(a.get('section', 'Новости'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="info">{d.day} {months[d.month-1]} {d.year}, {d.strftime('%H:%M')} · Просмотров: {(d.day * 137) % 4000 + 300}</div>
<div class="article-body">
{paras(a)}
</div>
<div class="tg">Больше новостей — в нашем Telegram-канале.</div>
<div class="related"><h3>По теме</h3>{li}</div>
<div class="comm"><h3>Комментарии</h3><p>Чтобы оставить комментарий, войдите на сайт.</p>
<div class="c"><b>Сахалинец</b>: Давно пора.</div></div>
</main>
<div class="cookie-bar">Сайт использует cookie и сервис Яндекс.Метрика. <a>Подробнее</a> <button>ОК</button></div>
<footer>© «Новости Охотоморья», {d.year}. Все права защищены. 16+ Редакция: redaktsiya@ohotomorye-news.example</footer>
</body></html>
"""


def t_tl(a, rel, url):
    d = dt(a)
    li = "".join(f"<li>{esc(t)}</li>" for t in rel)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
</head>
<body>
<table class="layout"><tr><td class="logo">ТИХООКЕАНСКАЯ ЛИНИЯ<br><small>новости Приморья, Сахалина и Камчатки</small></td>
<td class="menu"><a href="/">Главная</a> | <a href="/politika">Политика</a> | <a href="/region">Регион</a> | <a href="/istoriya">История</a> | <a href="/dacha">Дача</a> | <a href="/turizm">Туризм</a></td></tr></table>
<div class="cnt">
<p class="razdel">{esc(a.get('section', 'Новости'))} · {d.strftime('%d.%m.%Y')}</p>
<h1>{esc(a['title'])}</h1>
<div class="txt">
{paras(a)}
</div>
<p class="src">Фото: пресс-служба. Автор: редакция «ТЛ».</p>
<div class="more"><b>Ещё новости:</b><ul>{li}</ul></div>
</div>
<div class="footer">Тихоокеанская линия © {d.year}. Перепечатка без разрешения запрещена. <span class="cookies">Мы используем куки.</span></div>
</body></html>
"""


def t_nea(a, rel, url):
    d = dt(a)
    li = "".join(f'<li><a href="/article/{i+500}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}｜北東アジア通信</title>
<meta name="description" content="{esc(a['summary'])}">
{og(a, url, '北東アジア通信')}
{jsonld(a, url, '北東アジア通信')}
</head>
<body>
<header class="hd"><p class="logo">北東アジア通信</p>
<nav><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/society">社会</a>
<a href="/world">国際</a> <a href="/region">地域</a> <a href="/sports">スポーツ</a></nav>
<div class="member"><a href="/login">ログイン</a> <a href="/register">会員登録（無料）</a></div></header>
<div class="contents">
<p class="cat">{esc(a.get('section', 'ニュース'))}</p>
<h1>{esc(a['title'])}</h1>
<p class="time">{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}（UTC）</p>
<div class="honbun">
{paras(a)}
</div>
<p class="copy">（北東アジア通信）</p>
<div class="sns">シェア：X　Facebook　LINE　はてなブックマーク</div>
<section class="kanren"><h2>関連記事</h2><ul>{li}</ul></section>
<section class="rank"><h2>アクセスランキング</h2><ol><li>道内のガソリン価格、3週連続で値上がり</li><li>JR北海道、冬ダイヤ発表</li></ol></section>
</div>
<div class="cookie-consent">当サイトではクッキーを使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<footer>Copyright © 北東アジア通信社 All rights reserved. 記事・写真の無断転載を禁じます。</footer>
</body></html>
"""


def t_hamanasu(a, rel, url):
    d = dt(a)
    li = "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} | はまなすテレビ NEWS</title>
</head>
<body>
<div class="global-head"><span class="brand">はまなすテレビ</span><span class="live">ライブ配信中</span>
<ul><li>ニュース</li><li>天気</li><li>特集</li><li>番組表</li><li>動画</li></ul></div>
<div class="news-detail">
<span class="genre">{esc(a.get('section', 'ニュース'))}</span>
<h1 class="ttl">{esc(a['title'])}</h1>
<p class="update">{d.month}月{d.day}日 {d.strftime('%H時%M分')}（UTC）</p>
<div class="movie">動画を再生するには、JavaScriptを有効にしてください。</div>
<div class="detail-body">
{paras(a)}
</div>
<p class="notice">※情報提供はこちらから：はまなすテレビ報道部</p>
<div class="list"><h2>このニュースの関連情報</h2><ul>{li}</ul></div>
</div>
<div class="cookie">本サイトはサービス向上のためCookieを利用しています。<button>閉じる</button></div>
<footer>© HAMANASU TELEVISION BROADCASTING CO., LTD.　<a href="/policy">個人情報保護方針</a></footer>
</body></html>
"""


TEMPLATES = {"kestrel-en": t_kestrel, "orient-en": t_orient, "borealis-en": t_borealis,
             "vektor-ru": t_vektor, "ohotomorye-ru": t_ohotomorye, "tl-ru": t_tl,
             "nea-ja": t_nea, "hamanasu-ja": t_hamanasu}


def size(a) -> int:
    text = " ".join(a["body"])
    if a["lang"] == "ja":
        return len(re.sub(r"\s", "", text)) // 2   # ~2 characters per word-equivalent
    return len(text.split())


def main() -> None:
    arts = sorted(data1.ARTICLES + data2.ARTICLES + data3.ARTICLES, key=lambda a: a["date"])
    for n, a in enumerate(arts, 1):
        a["id"] = f"b7-{n:03d}"
    out_dir = HERE / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    base = "http://127.0.0.1/articles"
    entries = []
    for i, a in enumerate(arts):
        url = f"https://{HOSTS[a['feed']]}/articles/{a['id']}.html"
        page = TEMPLATES[a["feed"]](a, related(a, arts[:i]), url)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["date"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a["label"] in ("new_development", "status_change"):
            e["new_facts"] = a["facts"]
            e["must_mention"] = a["mm"]
        e["note"] = a["note"]
        entries.append(e)
    doc = {"name": "blind7", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    header = ("# Evaluation corpus `blind7` (written blind to the monitor's code, rules and seeds).\n"
              "# Outlets are fictional; every event after 2024-02-08 is hypothetical.\n"
              "# Generated by make_corpus.py from data1.py/data2.py/data3.py - edit there, not here.\n"
              "# Seed shorthand in notes: S0 Sputnik 2022-03-21, S1 TASS 2022-03-22 (Galuzin), S2 Peskov/Kishida,\n"
              "# S3 RT 2022-03-21 (incl. MFN revoked by Japan), S4 TASS 2024-02-08 (Rudenko).\n"
              "# Tracked statuses on 2024-02-08: peace treaty talks halted; visa-free exchanges and former\n"
              "# residents' visits (1991/1999 agreements) terminated; joint economic activity dialogue quit;\n"
              "# BSEC status blocked; MFN revoked by Japan. Partial moves are status_change with the partial\n"
              "# state in new_facts and note (g5: 'allowed once, August 2025 only; framework still terminated').\n")
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
    (HERE / "labels.yaml").write_text(header + text, encoding="utf-8")
    # report
    from collections import Counter
    print("articles", len(arts))
    print("by lang", dict(Counter(a["lang"] for a in arts)))
    print("by label", dict(Counter(a["label"] for a in arts)))
    print("by feed", dict(Counter(a["feed"] for a in arts)))
    groups = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(f"{a['id']}({a['lang']})")
    for g, ids in groups.items():
        print(g, ids)
    small = [(a["id"], size(a)) for a in arts if not 150 <= size(a) <= 600]
    print("size outside 150-600:", small)


if __name__ == "__main__":
    main()
