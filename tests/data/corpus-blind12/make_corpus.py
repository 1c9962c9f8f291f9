#!/usr/bin/env python3
"""Generate the blind12 corpus: labels.yaml and articles/*.html.

Article texts live in data/articles_en.py, data/articles_ru.py, data/articles_ja.py
(one dict per article); outlets and page templates live here. Run:
    python3 make_corpus.py
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime, timedelta, timezone
JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "data"))

from articles_en import ARTICLES as EN  # noqa: E402
from articles_ru import ARTICLES as RU  # noqa: E402
from articles_ja import ARTICLES as JA  # noqa: E402

FEEDS = [
    {"id": "northstar", "title": "Northstar Dispatch - World", "format": "rss", "lang": "en"},
    {"id": "rimtribune", "title": "The Rim Tribune - Asia", "format": "atom", "lang": "en"},
    {"id": "harbinger", "title": "Harbinger Analysis - Eurasia", "format": "atom", "lang": "en"},
    {"id": "orbis", "title": "Orbis Newswire - English service", "format": "rss", "lang": "en"},
    {"id": "fedlenta", "title": "Агентство «Федеральная лента»", "format": "atom", "lang": "ru"},
    {"id": "ostrovnoy", "title": "Островной вестник - новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "ezo", "title": "えぞ新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "higashi", "title": "東日本通信NEWS", "format": "atom", "lang": "ja"},
]

SITE = {
    "northstar": "https://www.northstardispatch.com",
    "rimtribune": "https://rimtribune.net",
    "harbinger": "https://harbinger-analysis.org",
    "orbis": "https://en.orbisnews.ru",
    "fedlenta": "https://fedlenta.ru",
    "ostrovnoy": "https://ostrov-vestnik.ru",
    "ezo": "https://www.ezo-shimbun.jp",
    "higashi": "https://news.higashinihon-tsushin.jp",
}

STATIC_RELATED = {
    "northstar": ["Markets steady as central banks signal patience",
                  "Heatwave grips southern Europe for a second week"],
    "rimtribune": ["Typhoon season: what forecasters expect this year",
                   "Seoul's chip exports hit record on AI demand"],
    "harbinger": ["The Caspian's new pipeline politics",
                  "Why Central Asia is hedging between Moscow and Beijing"],
    "orbis": ["Russian wheat export prices rise for third week",
              "Moscow exchange extends trading hours"],
    "fedlenta": ["ЦБ сохранил ключевую ставку", "В Приморье открылся новый терминал в порту Восточный"],
    "ostrovnoy": ["В Южно-Сахалинске отремонтируют 14 дворов", "Паводок на юге Сахалина: дороги открыты"],
    "ezo": ["札幌で初雪　平年より5日遅く", "函館朝市、インバウンド客で活況"],
    "higashi": ["東北新幹線、一部区間で運転見合わせ", "日銀短観、大企業製造業の景況感が改善"],
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paras(body: str) -> str:
    out = []
    for p in [p.strip() for p in body.strip().split("\n\n") if p.strip()]:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(' '.join(p.split())) if not any(ord(c) > 0x3000 for c in p) else esc(p.replace(chr(10), ''))}</p>")
    return "\n".join(out)


def related(a: dict, earlier: list[dict]) -> list[str]:
    same = [e["title"] for e in earlier if e["feed"] == a["feed"]][-2:]
    return list(reversed(same)) + STATIC_RELATED[a["feed"]]


def head_meta(a: dict, url: str, with_og: bool, with_ld: bool, site_name: str, lang: str) -> str:
    t = a["published"]
    iso = t.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    parts = []
    if with_og:
        parts += [
            f'<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{esc(site_name)}">',
            f'<meta property="og:title" content="{esc(a["title"])}">',
            f'<meta property="og:description" content="{esc(a["summary"])}">',
            f'<meta property="og:url" content="{esc(url)}">',
            f'<meta property="article:published_time" content="{iso}">',
            f'<meta name="description" content="{esc(a["summary"])}">',
        ]
    if with_ld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": iso, "dateModified": iso, "inLanguage": lang,
              "author": {"@type": "Person", "name": a.get("byline", site_name)},
              "publisher": {"@type": "Organization", "name": site_name},
              "description": a["summary"], "mainEntityOfPage": url}
        parts.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(parts)


def page(a: dict, earlier: list[dict]) -> str:
    f = a["feed"]
    url = f"{SITE[f]}/articles/{a['id']}.html"
    t: datetime = a["published"]
    rel = related(a, earlier)
    nometa = a.get("nometa", False)
    body = paras(a["body"])
    by = esc(a.get("byline", ""))
    if f == "northstar":
        meta = head_meta(a, url, not nometa, not nometa, "Northstar Dispatch", "en")
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Northstar Dispatch</title>
{meta}
<link rel="stylesheet" href="/static/ns.css"></head>
<body class="article-page">
<div id="cookie-consent" class="banner">We use cookies to personalise content and ads and to analyse our traffic. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="ns-top"><a class="logo" href="/">NORTHSTAR DISPATCH</a>
<nav><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/climate">Climate</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="cta">Subscribe</a></nav></header>
<main><article>
<p class="kicker">{esc(a.get('section', 'Asia'))}</p>
<h1>{esc(a['title'])}</h1>
<p class="standfirst">{esc(a['summary'])}</p>
<p class="byline">By {by} &middot; <time datetime="{t.isoformat()}">{t.strftime('%B %-d, %Y %H:%M')} GMT</time></p>
<div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<div class="article-body">
{body}
</div>
<p class="corrections">Reporting by {by}; editing by Northstar Desk. <a href="/standards">Our standards</a></p>
</article>
<aside class="related"><h3>Related coverage</h3><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ul></aside>
<aside class="newsletter">Get the Morning Dispatch in your inbox. <input placeholder="Email"> <button>Sign up</button></aside>
</main>
<footer><p>&copy; {t.year} Northstar Dispatch Ltd. All rights reserved.</p><p><a href="/about">About</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookie policy</a> | <a href="/contact">Contact</a></p></footer>
</body></html>
"""
    if f == "rimtribune":
        meta = head_meta(a, url, not nometa, False, "The Rim Tribune", "en")
        return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{esc(a['title'])} - The Rim Tribune</title>
{meta}
</head>
<body>
<div class="gdpr">The Rim Tribune and its partners use cookies. By continuing you agree to our <a href="/cookies">cookie policy</a>. <a href="#" class="ok">OK</a></div>
<div class="masthead"><span class="brand">The Rim Tribune</span> <span class="tag">News from around the Pacific</span>
<ul class="menu"><li><a href="/asia">Asia</a></li><li><a href="/japan">Japan</a></li><li><a href="/china">China</a></li><li><a href="/korea">Korea</a></li><li><a href="/oceania">Oceania</a></li><li><a href="/science">Science</a></li><li><a href="/login">Log in</a></li></ul></div>
<div class="wrap">
<div class="story">
<div class="section">{esc(a.get('section', 'Japan'))}</div>
<h1 class="headline">{esc(a['title'])}</h1>
<div class="meta">{by} | Published {t.strftime('%d %B %Y')}</div>
{body}
<div class="tags">Topics: {esc(a.get('tags', 'Asia'))}</div>
</div>
<div class="sidebar"><h4>Most read</h4><ol>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ol>
<div class="ad">Advertisement</div></div>
</div>
<div class="foot">The Rim Tribune &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/rss">RSS</a> &middot; &copy; {t.year}</div>
</body></html>
"""
    if f == "harbinger":
        meta = head_meta(a, url, False, not nometa, "Harbinger Analysis", "en")
        comments = a.get("comments", [])
        cm = "".join(f'<div class="comment"><b>{esc(n)}</b><p>{esc(c)}</p></div>' for n, c in comments)
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])}</title>
{meta}
</head>
<body>
<div id="consent">This site uses essential cookies and, with your consent, analytics. <button>Accept</button><button>Reject</button></div>
<header><div class="logo">Harbinger <em>Analysis</em></div>
<nav><a href="/eurasia">Eurasia</a> &middot; <a href="/indo-pacific">Indo-Pacific</a> &middot; <a href="/security">Security</a> &middot; <a href="/energy">Energy</a> &middot; <a href="/podcast">Podcast</a> &middot; <a href="/donate">Support us</a></nav></header>
<main class="longread">
<h1>{esc(a['title'])}</h1>
<h2 class="dek">{esc(a['summary'])}</h2>
<div class="author">{by} &mdash; {t.strftime('%-d %B %Y')} &mdash; {a.get('readtime', 6)} min read</div>
<section class="text">
{body}
</section>
<div class="bio">{esc(a.get('bio', 'The author writes on Russia and North-East Asia.'))}</div>
<section class="comments"><h3>Comments ({len(comments)})</h3>{cm}</section>
<section class="more"><h3>Further reading</h3><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ul></section>
</main>
<footer>Harbinger Analysis is an independent, reader-funded publication. <a href="/privacy">Privacy</a> <a href="/about">About</a></footer>
</body></html>
"""
    if f == "orbis":
        meta = head_meta(a, url, not nometa, False, "Orbis Newswire", "en")
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} - Orbis Newswire</title>
{meta}
</head>
<body>
<div class="cookie-bar">Orbis uses cookies to improve the website. <a href="#">Agree</a></div>
<div class="top"><a href="/" class="logo">ORBIS</a> <span>English service</span>
<a href="/russia">Russia</a> | <a href="/world">World</a> | <a href="/economy">Economy</a> | <a href="/science">Science</a> | <a href="/sport">Sport</a> | <a href="/latest">Latest</a></div>
<div class="news-item">
<div class="time">{t.strftime('%d %b %Y, %H:%M')} UTC</div>
<h1>{esc(a['title'])}</h1>
<div class="lead">{esc(a['summary'])}</div>
<div class="text">
{body}
</div>
<div class="share-bar">Share <a href="#">Telegram</a> <a href="#">VK</a> <a href="#">X</a> <a href="#">Copy link</a></div>
</div>
<div class="also"><b>Also read:</b> {' &middot; '.join(f'<a href="#">{esc(r)}</a>' for r in rel)}</div>
<div class="footer">&copy; {t.year} Orbis News Agency. Reproduction requires a hyperlink to Orbis. 18+</div>
</body></html>
"""
    if f == "fedlenta":
        meta = head_meta(a, url, not nometa, not nometa, "Федеральная лента", "ru")
        m = t.astimezone(MSK)
        d = f"{m.day} {RU_MONTHS[m.month - 1]} {m.year}, {m.hour:02d}:{m.minute:02d}"
        return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{esc(a['title'])} — Федеральная лента</title>
{meta}
</head>
<body>
<div class="cookies">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/policy">политикой конфиденциальности</a>. <button>Хорошо</button></div>
<header><a href="/" class="logo">ФЕДЕРАЛЬНАЯ ЛЕНТА</a>
<nav><a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/regions">Регионы</a> <a href="/incidents">Происшествия</a> <a href="/sport">Спорт</a></nav>
<div class="rates">USD 92,41 &nbsp; EUR 99,87</div></header>
<main>
<div class="rubric">{esc(a.get('section', 'Политика'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="date">{d} (мск)</div>
<div class="anons">{esc(a['summary'])}</div>
<div class="article-text">
{body}
</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="subscribe">Подписывайтесь на «Федеральную ленту» в Telegram и Дзен</div>
<div class="read-also"><h3>Читайте также</h3><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ul></div>
</main>
<footer>© 2008—{t.year} Агентство «Федеральная лента». Свидетельство о регистрации СМИ ИА № ФС77-00000. 12+</footer>
</body></html>
"""
    if f == "ostrovnoy":
        # this outlet's pages carry no metadata at all: the date is only in the text
        m = t.astimezone(SAKH)
        d = f"{m.day} {RU_MONTHS[m.month - 1]} {m.year}, {m.hour:02d}:{m.minute:02d}"
        return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{esc(a['title'])}</title>
</head>
<body>
<div class="top-line">Южно-Сахалинск: −3°C &nbsp;|&nbsp; Курильск: +1°C &nbsp;|&nbsp; <a href="/adv">Реклама на сайте</a></div>
<div class="logo-line"><a href="/">ОСТРОВНОЙ ВЕСТНИК</a> — новости Сахалина и Курил</div>
<ul class="nav"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/economy">Экономика</a></li><li><a href="/fish">Рыбалка и путина</a></li><li><a href="/society">Общество</a></li><li><a href="/photo">Фото</a></li></ul>
<div class="cookie-note">Сайт использует cookie и сервис веб-аналитики. <a href="#">Понятно</a></div>
<div class="content">
<h1>{esc(a['title'])}</h1>
<div class="info">{d} &middot; {esc(a.get('byline', 'Редакция'))}</div>
{body}
<div class="source">Фото: {esc(a.get('photo', 'архив редакции'))}</div>
<div class="comments-count">Комментарии (0) &nbsp; Войдите, чтобы оставить комментарий</div>
<div class="more"><b>Ещё новости:</b><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ul></div>
</div>
<div class="bottom">«Островной вестник», {t.year}. При использовании материалов ссылка обязательна. 16+</div>
</body></html>
"""
    if f == "ezo":
        meta = head_meta(a, url, not nometa, False, "えぞ新聞デジタル", "ja")
        jt = t.astimezone(JST)
        h, day = jt.hour, jt.day
        return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>{esc(a['title'])}｜えぞ新聞デジタル</title>
{meta}
</head>
<body>
<div class="cookie">当サイトはクッキーを使用しています。引き続き閲覧することで、<a href="/policy">プライバシーポリシー</a>に同意したものとみなします。<button>同意する</button></div>
<header><div class="logo">えぞ新聞デジタル</div>
<nav><a href="/">トップ</a> <a href="/doutou">道東</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/hoppou">北方領土</a> <a href="/society">社会</a> <a href="/sports">スポーツ</a> <a href="/obituary">おくやみ</a></nav>
<div class="member"><a href="/login">ログイン</a> <a href="/join">会員登録</a></div></header>
<main>
<div class="cat">{esc(a.get('section', '北方領土'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="date">{jt.year}年{jt.month}月{day}日 {h:02d}:{jt.minute:02d}</div>
<div class="honbun">
{body}
</div>
<div class="sns">この記事をシェア <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
<div class="kanren"><h3>関連記事</h3><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ul></div>
<div class="ranking"><h3>アクセスランキング</h3><ol><li>釧路で交通事故、2人けが</li><li>道東の高校野球、秋季大会組み合わせ決まる</li></ol></div>
</main>
<footer>掲載の記事・写真の無断転載を禁じます。Copyright © えぞ新聞社 All rights reserved.</footer>
</body></html>
"""
    if f == "higashi":
        meta = head_meta(a, url, False, not nometa, "東日本通信", "ja")
        jt = t.astimezone(JST)
        h, day = jt.hour, jt.day
        return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>{esc(a['title'])} - 東日本通信NEWS</title>
{meta}
</head>
<body>
<div id="cmp">東日本通信では、サービス向上と広告配信のためにCookieを利用します。<a href="#">設定</a> <a href="#">すべて許可</a></div>
<div class="head"><span class="brand">東日本通信NEWS</span>
<ul><li><a href="/news">速報</a></li><li><a href="/politics">政治</a></li><li><a href="/international">国際</a></li><li><a href="/economy">経済</a></li><li><a href="/local">地域</a></li><li><a href="/weather">天気</a></li></ul></div>
<div class="main">
<h1>{esc(a['title'])}</h1>
<p class="pubdate">{jt.year}/{jt.month:02d}/{day:02d} {h:02d}:{jt.minute:02d}配信</p>
<div class="body">
{body}
</div>
<p class="credit">（{esc(a.get('byline', '東日本通信'))}）</p>
<div class="share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">はてブ</a></div>
<div class="related"><p>あわせて読みたい</p><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ul></div>
</div>
<div class="foot">© Higashi Nihon Tsushin. 記事の無断転用を禁止します。 <a href="/privacy">個人情報の取り扱い</a></div>
</body></html>
"""
    raise SystemExit(f"no template for feed {f}")


def main() -> None:
    arts = []
    for a in EN + RU + JA:
        a = dict(a)
        a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00")).astimezone(timezone.utc)
        arts.append(a)
    arts.sort(key=lambda a: a["published"])
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feed_ids = {f["id"] for f in FEEDS}
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    entries = []
    for i, a in enumerate(arts):
        assert a["feed"] in feed_ids, a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}, a["id"]
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
        (out / f"{a['id']}.html").write_text(page(a, arts[:i]), encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
             "published": a["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": "blind12", "known_as_of": __import__("datetime").date(2024, 2, 8), "feeds": FEEDS, "articles": entries}
    (ROOT / "labels.yaml").write_text(
        yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    from collections import Counter
    print(len(arts), "articles;", dict(Counter(a["lang"] for a in arts)), dict(Counter(a["label"] for a in arts)))


if __name__ == "__main__":
    main()
