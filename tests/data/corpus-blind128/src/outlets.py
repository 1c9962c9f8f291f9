"""Outlets of the b128 world and their page templates.

Every outlet has its own chrome. Two outlets (floeedge, nemurojiri) publish pages without
machine-readable metadata: no og: tags, no JSON-LD, no article:published_time; their
dates appear only in the visible text.
"""
from __future__ import annotations

import html
import json
import re
import zlib
from datetime import datetime, timedelta, timezone

DOMAINS = {  # fictional public origins, used only in og:url and JSON-LD
    "tideglass": "https://www.tideglass.example", "rostrum": "https://rostrumrecord.example",
    "wrackline": "https://www.wracklinecourier.example", "floeedge": "https://floeedge.example",
    "dipkorr": "https://dipkorr.example", "friza": "https://proliv-friza.example",
    "toajihyo": "https://www.toajihyo.example", "nemurojiri": "https://nemuro-jiri.example",
}

OUTLETS = [
    {"id": "tideglass", "title": "Tideglass News Agency", "format": "rss", "lang": "en"},
    {"id": "rostrum", "title": "Rostrum Record — briefings, hearings & interviews",
     "format": "atom", "lang": "en"},
    {"id": "wrackline", "title": "The Wrackline Courier — Asia & Pacific", "format": "atom",
     "lang": "en"},
    {"id": "floeedge", "title": "Floe Edge Notes — the North Pacific, weekly", "format": "rss",
     "lang": "en"},
    {"id": "dipkorr", "title": "Дипкорреспондент — международная политика",
     "format": "atom", "lang": "ru"},
    {"id": "friza", "title": "Пролив Фриза — новости Сахалина и Курил",
     "format": "rss", "lang": "ru"},
    {"id": "toajihyo", "title": "東亜時評オンライン", "format": "atom", "lang": "ja"},
    {"id": "nemurojiri", "title": "ねむろジリ新報", "format": "rss", "lang": "ja"},
]
BY_ID = {o["id"]: o for o in OUTLETS}


# --------------------------------------------------------------------------- helpers

def esc(s: str) -> str:
    return html.escape(s, quote=True)


def inline(s: str) -> str:
    out = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)


def body_html(paras: list[str], h: str = "h2", quote_cls: str = "") -> str:
    """Paragraph list -> HTML. '## ' subhead, '> ' blockquote, '- ' list item."""
    out, items = [], []

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for p in paras:
        if p.startswith("- "):
            items.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(f"<{h}>{inline(p[3:])}</{h}>")
        elif p.startswith("> "):
            cls = f' class="{quote_cls}"' if quote_cls else ""
            out.append(f"<blockquote{cls}><p>{inline(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{inline(p)}</p>")
    flush()
    return "\n".join(out)


def utc(a) -> datetime:
    return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def local(a, hours: int) -> datetime:
    return utc(a).astimezone(timezone(timedelta(hours=hours)))


def iso(a) -> str:
    return utc(a).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def url(a) -> str:
    return f"{DOMAINS[a['feed']]}/articles/{a['id']}.html"


def jsonld(a, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": iso(a), "dateModified": iso(a), "inLanguage": lang,
        "mainEntityOfPage": url(a),
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a, site: str, section: str = "", with_time: bool = True) -> str:
    tags = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(site)}">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        f'<meta property="og:description" content="{esc(a["summary"])}">',
        f'<meta property="og:url" content="{url(a)}">',
    ]
    if with_time:
        tags.append(f'<meta property="article:published_time" content="{iso(a)}">')
    if section:
        tags.append(f'<meta property="article:section" content="{esc(section)}">')
    return "\n".join(tags)


def related(links: list[str], cls: str) -> str:
    lis = "".join(f'<li><a href="/story/{i + 101}-{zlib.crc32(t.encode()) % 9973}">{esc(t)}</a></li>'
                  for i, t in enumerate(links))
    return f'<ul class="{cls}">{lis}</ul>'


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
WD_JA = "月火水木金土日"


# --------------------------------------------------------------------------- tideglass (EN wire)

def render_tideglass(a) -> str:
    t = utc(a)
    when = f"{t.day} {MONTHS_EN[t.month - 1]} {t.year}, {t:%H:%M} GMT"
    section = a.get("section", "Asia")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Tideglass</title>
<meta name="description" content="{esc(a['summary'])}">
{og(a, 'Tideglass News Agency', section)}
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/tg-wire.4f1c.css">
{jsonld(a, 'Tideglass News Agency', 'en')}
</head>
<body class="tg-article">
<div id="tg-consent" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure traffic and show relevant
  content. You can accept all cookies or manage your preferences.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="tg-masthead">
  <a class="logo" href="/">TIDEGLASS</a>
  <nav class="primary"><a href="/world">World</a><a href="/asia">Asia</a><a href="/europe">Europe</a>
  <a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/defence">Defence</a>
  <a href="/fact-check">Fact Check</a></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Tideglass"></form>
</header>
<main>
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{esc(section)}</a></nav>
<article>
<h1>{esc(a['title'])}</h1>
<div class="meta"><span class="byline">By {esc(a.get('author', 'Tideglass staff'))}</span>
<time>{when}</time> <span class="readtime">{a.get('readtime', 3)} min read</span></div>
<div class="story-body">
{body_html(a['body'], 'h3')}
</div>
<p class="credits">{esc(a.get('credits', 'Editing by Tideglass Asia desk'))}</p>
<p class="standards"><a href="/trust-principles">Our Standards: The Tideglass Trust Principles.</a></p>
</article>
<div class="share"><a href="/share/x">Share on X</a> <a href="/share/li">LinkedIn</a> <a href="/share/mail">Email</a> <a href="/share/copy">Copy link</a></div>
<aside class="related"><h2>Related coverage</h2>
{related(a.get('related', ['Asia markets close mixed as yen firms', 'Explainer: how sanctions on Russia work', 'Pacific fisheries talks end without deal']), 'rel-list')}
</aside>
</main>
<footer class="tg-footer">
<nav><a href="/about">About Tideglass</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
<a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a> <a href="/terms">Terms of use</a></nav>
<p>&copy; {t.year} Tideglass News Agency. All rights reserved. Quotes and market data are delayed.</p>
</footer>
<script src="/static/tg-wire.4f1c.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- rostrum (EN records)

def render_rostrum(a) -> str:
    t = utc(a)
    kind = a.get("record_type", "Transcript (excerpt)")
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Rostrum Record</title>
<meta name="viewport" content="width=device-width">
<meta name="description" content="{esc(a['summary'])}">
{og(a, 'Rostrum Record', a.get('section', 'Briefings'))}
{jsonld(a, 'Rostrum Record', 'en')}
<link rel="stylesheet" href="/assets/rostrum.css?v=31">
</head>
<body>
<div class="privacy-choices" id="pc">
  <strong>Your privacy choices.</strong> Rostrum Record uses strictly necessary cookies and, with
  your consent, analytics cookies. <a href="/privacy">Read more</a>.
  <button>Accept</button><button>Reject non-essential</button>
</div>
<header class="rr-top">
  <div class="rr-brand"><a href="/">ROSTRUM RECORD</a><span>Briefings, hearings &amp; interviews — on the record</span></div>
  <nav><a href="/briefings">Briefings</a> · <a href="/hearings">Hearings</a> · <a href="/interviews">Interviews</a> · <a href="/readouts">Readouts</a> · <a href="/archive">Archive</a> · <a href="/subscribe">Subscribe</a></nav>
</header>
<main class="rr-main">
<article class="record">
<p class="record-type">{esc(kind)} · {esc(a.get('section', 'Briefings'))}</p>
<h1>{esc(a['title'])}</h1>
<p class="record-meta">Posted {t:%Y-%m-%d} · {t:%H:%M} UTC · Prepared by {esc(a.get('author', 'the Rostrum desk'))}</p>
<p class="standfirst">{esc(a['summary'])}</p>
<div class="record-text">
{body_html(a['body'], 'h2', 'rr-quote')}
</div>
<div class="cite-box"><h3>Cite this record</h3><p>Rostrum Record, “{esc(a['title'])}”, {t:%d %B %Y}. Translations are our own unless stated; check against delivery.</p></div>
</article>
<aside class="rr-side"><h3>More records</h3>
{related(a.get('related', ['Readout: G7 foreign ministers, Capri', 'Hearing: Senate panel on Indo-Pacific posture', 'Interview: EU trade commissioner on Asia']), 'more')}
</aside>
</main>
<footer class="rr-foot"><p>Rostrum Record is an independent archive of public statements. <a href="/methodology">Methodology</a> · <a href="/corrections">Corrections</a> · <a href="/contact">Contact</a></p>
<p>&copy; Rostrum Record {t.year}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- wrackline (EN paper)

def render_wrackline(a) -> str:
    t = utc(a)
    when = f"{t:%a} {t.day} {t:%b} {t.year}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a['title'])} - The Wrackline Courier</title>
{og(a, 'The Wrackline Courier', a.get('section', 'Asia & Pacific'))}
<link rel="stylesheet" href="/css/courier-2024.css">
</head>
<body>
<div class="topbar"><span class="edition">International edition</span> <a href="/login">Sign in</a> <a class="cta" href="/subscribe">Subscribe from $1</a></div>
<header class="masthead"><a href="/" class="wordmark">The Wrackline Courier</a>
<nav class="sections"><a href="/news">News</a> <a href="/asia-pacific">Asia &amp; Pacific</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a></nav></header>
<div class="wrap">
<main class="story">
<p class="kicker">{esc(a.get('section', 'Asia & Pacific'))}</p>
<h1 class="headline">{esc(a['title'])}</h1>
<p class="dek">{esc(a['summary'])}</p>
<p class="byline">{esc(a.get('author', 'Courier staff'))} • <span class="date">{when}</span></p>
<section class="article-body">
{body_html(a['body'], 'h3')}
</section>
<div class="sharebar">Share this story: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<p class="comments-link"><a href="#comments">{a.get('comments', 12)} comments</a></p>
</main>
<aside class="rail"><h2>Most read</h2>
{related(a.get('related', ['The week in pictures', 'How a small port town became a front line', 'Letters: on fishing quotas']), 'mostread')}
</aside>
</div>
<footer class="foot"><p>The Wrackline Courier · <a href="/about">About us</a> · <a href="/ethics">Editorial code</a> · <a href="/privacy">Privacy</a> · <a href="/advertise">Advertise</a></p>
<p>&copy; {t.year} Wrackline Media Ltd.</p></footer>
<div class="cookie-bar">This site uses cookies. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- floeedge (EN newsletter, NO metadata)

def render_floeedge(a) -> str:
    t = utc(a)
    when = f"{MONTHS_EN[t.month - 1]} {t.day}, {t.year}"
    issue = a.get("issue", "")
    issue_line = f"Issue No. {issue} — {when}" if issue else when
    return f"""<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} · Floe Edge Notes</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div class="notice">This site sets one cookie to remember that you closed this notice. <a href="#" class="close">Close</a></div>
<div class="page">
<div class="header"><a href="/"><b>Floe Edge Notes</b></a> &mdash; the North Pacific, weekly.
<span class="links"><a href="/archive">Archive</a> | <a href="/about">About</a> | <a href="/subscribe">Subscribe</a></span></div>
<div class="post">
<h1>{esc(a['title'])}</h1>
<div class="issue">{esc(issue_line)} &middot; by {esc(a.get('author', 'the editor'))}</div>
{body_html(a['body'], 'h3')}
<hr>
<p class="signoff">{esc(a.get('signoff', 'That is all for this week. Reply to this email if you spot an error; corrections run in the next issue.'))}</p>
</div>
<div class="subscribe-box"><b>Get Floe Edge Notes by email.</b> Free, every Thursday-ish. <form action="/subscribe"><input name="email" placeholder="you@example.org"> <button>Subscribe</button></form></div>
<div class="footer">Floe Edge Notes is written in Kushiro and Sapporo. Reader-supported. <a href="/support">Support</a> &middot; <a href="/rss.xml">RSS</a></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- dipkorr (RU foreign affairs)

def render_dipkorr(a) -> str:
    m = local(a, 3)
    when = f"{m.day} {MONTHS_RU[m.month - 1]} {m.year}, {m:%H:%M}"
    rubric = a.get("section", "Россия и мир")
    tags = " ".join(f'<a class="tag" href="/tag/{i}">{esc(x)}</a>' for i, x in enumerate(a.get('tags', ['Япония', 'МИД России'])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} — Дипкорреспондент</title>
<meta name="description" content="{esc(a['summary'])}">
{og(a, 'Дипкорреспондент', rubric)}
{jsonld(a, 'Дипкорреспондент', 'ru')}
<link rel="stylesheet" href="/static/dk.min.css">
</head>
<body>
<div class="dk-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="dk-header">
<a class="dk-logo" href="/">ДИПКОРРЕСПОНДЕНТ</a>
<nav><a href="/">Главное</a> <a href="/world">Россия и мир</a> <a href="/asia">Азия</a> <a href="/europe">Европа</a> <a href="/briefings">Брифинги</a> <a href="/interview">Интервью</a> <a href="/opinion">Мнения</a></nav>
<span class="age">18+</span>
</header>
<main class="dk-main">
<div class="crumbs"><a href="/">Главная</a> / <a href="/rubric">{esc(rubric)}</a></div>
<article>
<h1>{esc(a['title'])}</h1>
<div class="dk-meta"><time>{when}</time> · <span>{esc(a.get('author', 'Редакция'))}</span></div>
<p class="lead"><b>{esc(a['summary'])}</b></p>
<div class="dk-text">
{body_html(a['body'], 'h2')}
</div>
<div class="dk-tags">{tags}</div>
<div class="dk-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
</article>
<section class="dk-more"><h3>Читайте также</h3>
{related(a.get('related', ['Лавров провёл переговоры с главой МИД Индонезии', 'В МИД прокомментировали учения США и Японии', 'Эксперт: АТЭС теряет динамику']), 'more')}
</section>
</main>
<footer class="dk-footer"><p>© 2019–{m.year} «Дипкорреспондент». Сетевое издание. При цитировании ссылка обязательна.</p>
<p><a href="/about">Редакция</a> · <a href="/ads">Реклама</a> · <a href="/privacy">Конфиденциальность</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- friza (RU regional)

def render_friza(a) -> str:
    s = local(a, 11)
    when = f"{s:%d.%m.%Y %H:%M}"
    comments = a.get("comments_ru", [])
    chtml = "".join(f'<div class="cm"><b>{esc(n)}</b><p>{esc(c)}</p></div>' for n, c in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} | Пролив Фриза</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, 'Пролив Фриза', a.get('section', 'Курилы'))}
<link href="/tpl/friza/main.css" rel="stylesheet">
</head>
<body>
<div class="pf-top"><span class="city">Южно-Сахалинск</span> <span class="weather">{esc(a.get('weather', '+4°, облачно'))}</span> <span class="rates">USD 92,4 · JPY 0,61</span></div>
<header class="pf-head"><a href="/" class="pf-logo">ПРОЛИВ ФРИЗА</a>
<ul class="pf-menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/sakhalin">Сахалин</a></li><li><a href="/ryba">Рыба</a></li><li><a href="/vlast">Власть</a></li><li><a href="/incidents">Происшествия</a></li></ul></header>
<div class="pf-body">
<article class="pf-article">
<div class="pf-info"><span class="rub">{esc(a.get('section', 'Курилы'))}</span> <span class="dt">{when}</span> <span class="views">👁 {a.get('views', 1843)}</span></div>
<h1>{esc(a['title'])}</h1>
{body_html(a['body'], 'h3')}
<p class="pf-author">{esc(a.get('author', 'Пролив Фриза'))}</p>
<div class="pf-share">Поделиться: <a href="#">VK</a> · <a href="#">OK</a> · <a href="#">Telegram</a> · <a href="#">WhatsApp</a></div>
</article>
<section class="pf-comments"><h3>Комментарии ({len(comments)})</h3>{chtml}<p class="rules">Комментарии публикуются после модерации.</p></section>
<aside class="pf-aside"><h3>Главное за сутки</h3>
{related(a.get('related', ['Паром «Сахалин-10» вернулся на линию', 'В Корсакове отремонтируют набережную', 'Цены на овощи в области снизились']), 'day')}
</aside>
</div>
<div class="pf-cookies">Сайт использует cookies и сервисы аналитики. <a href="/privacy">Подробнее</a> <button>Согласен</button></div>
<footer class="pf-foot"><p>Сетевое издание «Пролив Фриза». Адрес редакции: г. Южно-Сахалинск. 16+</p><p>Использование материалов — с активной ссылкой.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- toajihyo (JA national)

def render_toajihyo(a) -> str:
    j = local(a, 9)
    when = f"{j.year}年{j.month}月{j.day}日 {j:%H:%M}"
    section = a.get("section", "政治")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])}｜東亜時評オンライン</title>
<meta name="description" content="{esc(a['summary'])}">
{og(a, '東亜時評オンライン', section)}
{jsonld(a, '東亜時評社', 'ja')}
<link rel="stylesheet" href="/common/css/toa_article.css">
</head>
<body>
<div class="cookie-consent">当サイトでは、サービス向上と広告配信のためCookieを使用しています。<a href="/policy/cookie">詳しくはこちら</a> <button>同意する</button></div>
<header class="toa-header"><a class="toa-logo" href="/">東亜時評<span>オンライン</span></a>
<nav class="gnav"><a href="/politics">政治</a><a href="/diplomacy">外交</a><a href="/economy">経済</a><a href="/world">国際</a><a href="/society">社会</a><a href="/hokkaido">北海道</a><a href="/opinion">論説</a></nav>
<a class="login" href="/login">ログイン</a> <a class="regist" href="/member">会員登録</a></header>
<main class="toa-main">
<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/{section}">{esc(section)}</a></li></ol>
<article class="toa-article">
<h1>{esc(a['title'])}</h1>
<p class="date">配信：{when}</p>
<div class="article-body">
{body_html(a['body'], 'h2')}
</div>
<p class="writer">（{esc(a.get('author', '東亜時評'))}）</p>
<div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてな</a></div>
</article>
<section class="related"><h2>関連記事</h2>
{related(a.get('related', ['日米戦略対話、来月ワシントンで', 'サンマ漁、今年も不漁の見通し', '円相場、小幅な動き']), 'rel')}
</section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>少子化対策の財源、議論大詰め</li><li>大雪で交通混乱</li><li>新紙幣、流通状況は</li></ol></section>
</main>
<footer class="toa-footer"><ul><li><a href="/company">会社案内</a></li><li><a href="/policy/privacy">プライバシーポリシー</a></li><li><a href="/copyright">著作権</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
<p>Copyright © {j.year} Toa Jihyo Co., Ltd. 無断転載を禁じます。</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- nemurojiri (JA local, NO metadata)

def render_nemurojiri(a) -> str:
    j = local(a, 9)
    when = f"{j.year}年{j.month}月{j.day}日（{WD_JA[j.weekday()]}）"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(a['title'])} - ねむろジリ新報</title>
<link rel="stylesheet" type="text/css" href="/css/jiri.css">
</head>
<body>
<table width="100%" class="hd"><tr><td><a href="/"><img src="/img/logo_jiri.gif" alt="ねむろジリ新報"></a></td>
<td class="hd-r">根室・中標津・羅臼の地域紙 ｜ <a href="/koudoku">購読のご案内</a> ｜ <a href="/toiawase">お問い合わせ</a></td></tr></table>
<div class="menu"><a href="/chiiki">地域</a> ｜ <a href="/gyogyo">漁業</a> ｜ <a href="/hoppou">北方領土</a> ｜ <a href="/gyosei">行政</a> ｜ <a href="/kurashi">くらし</a> ｜ <a href="/sports">スポーツ</a> ｜ <a href="/okuyami">おくやみ</a></div>
<div class="cookie">このサイトはアクセス解析のためCookieを利用しています。<a href="/privacy">詳細</a></div>
<div id="contents">
<div class="kiji">
<p class="hiduke">{when}</p>
<h1 class="midashi">{esc(a['title'])}</h1>
{body_html(a['body'], 'h3')}
<p class="kisha">{esc(a.get('author', ''))}</p>
</div>
<div class="kanren"><b>■最近の記事</b>
{related(a.get('related', ['根室港でサンマの初水揚げへ準備', '市立病院、外来予約をネット化', '少年野球、根室大会が開幕']), 'kl')}
</div>
</div>
<div class="ft">株式会社ねむろジリ新報社　北海道根室市　電話 0153-2X-XXXX<br>掲載記事・写真の無断転載を禁じます。</div>
</body>
</html>
"""


RENDER = {
    "tideglass": render_tideglass, "rostrum": render_rostrum, "wrackline": render_wrackline,
    "floeedge": render_floeedge, "dipkorr": render_dipkorr, "friza": render_friza,
    "toajihyo": render_toajihyo, "nemurojiri": render_nemurojiri,
}
