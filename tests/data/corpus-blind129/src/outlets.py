"""Outlets of the blind129 corpus: feed metadata and one page template per outlet.

Eight invented outlets. Two of them (saltwick, kaldera) serve pages that carry no
machine-readable metadata at all: no og: tags, no JSON-LD, no <meta name=date>,
no <time datetime>. Only a human-readable date in the text.
"""
from __future__ import annotations

import json
import zlib
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "marchbank-wire", "title": "Marchbank Wire — World & Asia", "format": "rss", "lang": "en"},
    {"id": "kelpie-courier", "title": "The Kelpie Courier — Hokkaido & the North Pacific in English",
     "format": "atom", "lang": "en"},
    {"id": "bramblecote-review", "title": "Bramblecote Review — Eurasia & Pacific, explained",
     "format": "rss", "lang": "en"},
    {"id": "saltwick-bulletin", "title": "Saltwick Fisheries Bulletin — North Pacific seafood & markets",
     "format": "atom", "lang": "en"},
    {"id": "gyuys-news", "title": "ИА «Гюйс» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "kaldera-media", "title": "Кальдера-Медиа — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "hamahirugao", "title": "はまひるがお新聞 電子版（根室・羅臼・標津）", "format": "rss", "lang": "ja"},
    {"id": "ruri-tsushin", "title": "瑠璃通信ニュース", "format": "atom", "lang": "ja"},
]

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def _dt(art) -> datetime:
    return datetime.fromisoformat(art["published"].replace("Z", "+00:00"))


def _paras(body, p_open="<p>", p_close="</p>", h="h2") -> str:
    out = []
    for para in body:
        if para.startswith("## "):
            out.append(f"<{h}>{escape(para[3:])}</{h}>")
        elif para.startswith("> "):
            out.append(f"<blockquote>{escape(para[2:])}</blockquote>")
        else:
            out.append(f"{p_open}{escape(para)}{p_close}")
    return "\n".join(out)


def _related(items, li='<li><a href="{href}">{t}</a></li>', prefix="/news/") -> str:
    out = []
    for n, t in enumerate(items or [], 1):
        href = f"{prefix}{zlib.crc32(t.encode()) % 900000 + 100000}-{n}"
        out.append(li.format(href=href, t=escape(t)))
    return "\n".join(out)


def _jsonld(art, publisher, section) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "description": art["summary"],
        "datePublished": art["published"],
        "dateModified": art["published"],
        "inLanguage": art["lang"],
        "articleSection": section,
        "author": {"@type": "Person", "name": art.get("author") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": f"/articles/{art['id']}.html",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- EN


def marchbank(art) -> str:
    d = _dt(art)
    t, s = escape(art["title"]), escape(art["summary"])
    dateline = d.strftime("%B %-d, %Y %H:%M GMT")
    author = escape(art.get("author") or "Marchbank Wire staff")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | Marchbank Wire</title>
<meta name="description" content="{s}">
<meta property="og:site_name" content="Marchbank Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:url" content="/articles/{art['id']}.html">
<meta property="article:published_time" content="{art['published']}">
<meta property="article:section" content="{escape(art.get('section', 'World'))}">
<link rel="canonical" href="/articles/{art['id']}.html">
{_jsonld(art, "Marchbank Wire", art.get("section", "World"))}
<link rel="stylesheet" href="/static/mb-2024.css">
</head>
<body class="mb-article">
<div id="mb-consent" class="consent-bar" role="dialog">
  <p>We use cookies to measure traffic and to keep you signed in. You can change your choice at any time under Privacy settings.</p>
  <button type="button">Accept all</button> <button type="button">Essential only</button>
</div>
<header class="mb-head">
  <a class="mb-logo" href="/">MARCHBANK<span>WIRE</span></a>
  <nav class="mb-nav"><a href="/world">World</a><a href="/asia">Asia</a><a href="/europe">Europe</a><a href="/markets">Markets</a><a href="/energy">Energy &amp; Commodities</a><a href="/wire">Live wire</a><a href="/about/licensing">Licensing</a></nav>
  <form class="mb-search" action="/search"><input name="q" placeholder="Search Marchbank"></form>
</header>
<main>
<article class="mb-story">
  <p class="mb-kicker">{escape(art.get('section', 'World'))}</p>
  <h1>{t}</h1>
  <p class="mb-dek">{s}</p>
  <div class="mb-meta">By {author} &middot; <span class="mb-date">{dateline}</span></div>
  <div class="mb-share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="mb-body">
{_paras(art['body'])}
  </div>
  <p class="mb-trust">Reporting and editing by the Marchbank Wire desk. Our standards: the Marchbank Trust Principles.</p>
</article>
<aside class="mb-related"><h3>More from Marchbank</h3><ul>
{_related(art.get('related'))}
</ul></aside>
</main>
<footer class="mb-foot">
  <p>&copy; {d.year} Marchbank Wire Ltd. All rights reserved. Republication or redistribution of Marchbank content is prohibited without prior written consent.</p>
  <p><a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · <a href="/contact">Contact the newsroom</a></p>
</footer>
</body>
</html>
"""


def kelpie(art) -> str:
    d = _dt(art)
    t, s = escape(art["title"]), escape(art["summary"])
    local = d.astimezone(JST)
    author = escape(art.get("author") or "Kelpie Courier staff")
    comments = ""
    for who, txt in art.get("comments", []):
        comments += f'<div class="kc-comment"><b>{escape(who)}</b><p>{escape(txt)}</p></div>\n'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t} – The Kelpie Courier</title>
<meta name="viewport" content="width=device-width">
<meta name="date" content="{art['published']}">
<meta name="author" content="{author}">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Kelpie Courier">
<meta property="article:published_time" content="{art['published']}">
<link rel="alternate" type="application/atom+xml" href="/feeds/kelpie-courier.xml">
</head>
<body>
<div class="kc-top">Kushiro · Nemuro · Rausu · Abashiri &nbsp;|&nbsp; <a href="/subscribe">Subscribe</a> &nbsp;|&nbsp; <a href="/login">Log in</a></div>
<header>
 <div class="kc-brand"><a href="/">The Kelpie Courier</a><small>Hokkaido &amp; the North Pacific in English</small></div>
 <nav><ul><li><a href="/local">Eastern Hokkaido</a></li><li><a href="/fisheries">Fisheries</a></li><li><a href="/border">Border &amp; Islands</a></li><li><a href="/politics">Politics</a></li><li><a href="/weather">Weather &amp; Sea ice</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<div class="kc-wrap">
<article>
<h1>{t}</h1>
<div class="kc-byline">{author} · {local.strftime('%b %-d, %Y, %-I:%M %p')} JST</div>
<div class="kc-lede">{s}</div>
{_paras(art['body'])}
<div class="kc-tags">Filed under: {escape(', '.join(art.get('tags', ['Border & Islands'])))}</div>
</article>
<section class="kc-comments"><h3>Reader comments</h3>
{comments or '<p>No comments yet. Be the first to comment.</p>'}
</section>
<aside><h4>Also on the Courier</h4><ul>
{_related(art.get('related'), prefix='/stories/')}
</ul>
<div class="kc-ad">Advertisement — Nemuro Hanasaki Crab Festival tours, book now</div>
</aside>
</div>
<div class="kc-cookies">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Learn more</a> <button>OK</button></div>
<footer>The Kelpie Courier · Kushiro, Hokkaido · <a href="/about">About us</a> · <a href="/corrections">Corrections</a> · <a href="/tips">Send us a tip</a> · © {d.year}</footer>
</body>
</html>
"""


def bramblecote(art) -> str:
    d = _dt(art)
    t, s = escape(art["title"]), escape(art["summary"])
    author = escape(art.get("author") or "Bramblecote editors")
    bio = escape(art.get("bio", "Bramblecote Review publishes explanatory journalism on Eurasia and the Pacific."))
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{t} — Bramblecote Review</title>
<meta name="description" content="{s}">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{art['published']}">
<meta property="article:author" content="{author}">
<meta name="twitter:card" content="summary_large_image">
{_jsonld(art, "Bramblecote Review", art.get("section", "Analysis"))}
</head>
<body>
<header class="br-mast">
  <a href="/" class="br-logo">Bramblecote<em>Review</em></a>
  <nav><a href="/explainers">Explainers</a> <a href="/analysis">Analysis</a> <a href="/russia">Russia</a> <a href="/japan">Japan</a> <a href="/china">China</a> <a href="/podcast">Podcast</a> <a href="/newsletter" class="br-cta">Get the weekly newsletter</a></nav>
</header>
<main class="br-main">
 <article>
  <div class="br-section">{escape(art.get('section', 'Analysis'))}</div>
  <h1>{t}</h1>
  <p class="br-standfirst">{s}</p>
  <p class="br-by">{author} — {d.strftime('%-d %B %Y')}</p>
{_paras(art['body'], h='h3')}
  <div class="br-bio"><p>{bio}</p></div>
 </article>
 <aside class="br-side"><h4>Keep reading</h4><ol>
{_related(art.get('related'), prefix='/analysis/')}
 </ol>
 <div class="br-news"><p>Sign up for <b>The Bramble</b>: one email every Friday, five stories that explain the week.</p><input placeholder="Your email"><button>Sign up</button></div>
 </aside>
</main>
<div class="br-consent">Bramblecote uses cookies for analytics. <button>Accept</button> <button>Reject</button> <a href="/privacy">Manage</a></div>
<footer class="br-foot"><p>Bramblecote Review is reader-funded. <a href="/support">Support us</a>.</p><p><a href="/about">About</a> | <a href="/ethics">Editorial code</a> | <a href="/privacy">Privacy</a> | © Bramblecote Media {d.year}</p></footer>
</body>
</html>
"""


def saltwick(art) -> str:
    """No metadata: no og:, no JSON-LD, no meta date, no <time>."""
    d = _dt(art)
    t = escape(art["title"])
    author = escape(art.get("author") or "Saltwick desk")
    table = ""
    if art.get("table"):
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in art["table"][1:])
        head = "".join(f"<th>{escape(c)}</th>" for c in art["table"][0])
        table = f'<table class="sw-prices"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    return f"""<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} - Saltwick Fisheries Bulletin</title>
<link rel="stylesheet" href="/css/sw.css">
</head>
<body>
<table width="100%" class="sw-top"><tr><td><a href="/"><b>SALTWICK</b> Fisheries Bulletin</a></td><td align="right">Prices · Quotas · Vessels · Ports · <a href="/login">Subscriber login</a></td></tr></table>
<div class="sw-menu"><a href="/pollock">Pollock</a> | <a href="/crab">Crab</a> | <a href="/urchin">Urchin &amp; roe</a> | <a href="/salmon">Salmon</a> | <a href="/saury">Saury</a> | <a href="/policy">Policy</a> | <a href="/archive">Archive</a></div>
<div class="sw-content">
<h1>{t}</h1>
<div class="sw-info">{author} | {d.strftime('%d %b %Y')}</div>
{_paras(art['body'])}
{table}
<p class="sw-note">Prices are indicative and compiled from auction reports and trader surveys. Saltwick accepts no liability for trading decisions.</p>
<div class="sw-related"><b>Related:</b><br>
{_related(art.get('related'), li='<a href="{href}">{t}</a><br>', prefix='/item/')}
</div>
</div>
<div class="sw-cookie">Cookies help us deliver our services. <a href="/cookies">Details</a> [Close]</div>
<div class="sw-foot">Saltwick Fisheries Bulletin — North Pacific seafood &amp; markets. Subscriptions: subs desk. Copyright Saltwick Publishing.</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- RU


def gyuys(art) -> str:
    d = _dt(art)
    t, s = escape(art["title"]), escape(art["summary"])
    msk = d.astimezone(timezone(timedelta(hours=3)))
    dateline = f"{msk.day} {RU_MONTHS[msk.month - 1]} {msk.year}, {msk.strftime('%H:%M')}"
    author = escape(art.get("author") or "")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{t} — ИА «Гюйс»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:site_name" content="ИА «Гюйс»">
<meta property="article:published_time" content="{art['published']}">
<meta property="article:section" content="{escape(art.get('section', 'Политика'))}">
</head>
<body>
<div class="g-cookie">Сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с <a href="/cookie">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="g-header">
  <a class="g-logo" href="/">ГЮЙС<span>информационное агентство</span></a>
  <nav class="g-menu"><a href="/lenta">Лента</a><a href="/politika">Политика</a><a href="/ekonomika">Экономика</a><a href="/armiya">Армия</a><a href="/regiony">Регионы</a><a href="/mir">В мире</a><a href="/proisshestviya">Происшествия</a></nav>
  <span class="g-age">18+</span>
</header>
<main class="g-main">
<article class="g-article">
<div class="g-rubric">{escape(art.get('section', 'Политика'))}</div>
<h1>{t}</h1>
<div class="g-date">{dateline}</div>
<div class="g-lead">{s}</div>
<div class="g-text">
{_paras(art['body'])}
</div>
{f'<div class="g-author">Автор: {author}</div>' if author else ''}
<div class="g-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="g-tags">{' '.join(f'<a href="/tag/{n}">{escape(x)}</a>' for n, x in enumerate(art.get('tags', ['Курилы']), 1))}</div>
</article>
<aside class="g-side"><h3>Читайте также</h3><ul>
{_related(art.get('related'), prefix='/lenta/')}
</ul></aside>
</main>
<footer class="g-footer"><p>Сетевое издание «Гюйс». Свидетельство о регистрации СМИ Эл № ФС77-81442. Учредитель: ООО «Гюйс Медиа». Главный редактор: А. В. Стрельцов. Адрес редакции: 690091, г. Владивосток.</p><p>При цитировании ссылка на ИА «Гюйс» обязательна. © 2016–{d.year}</p></footer>
</body>
</html>
"""


def kaldera(art) -> str:
    """No metadata: no og:, no JSON-LD, no meta date, no <time>."""
    d = _dt(art).astimezone(SAKH)
    t = escape(art["title"])
    author = escape(art.get("author") or "Редакция")
    comments = ""
    for who, txt in art.get("comments", []):
        comments += f'<li><span class="k-nick">{escape(who)}</span> {escape(txt)}</li>\n'
    ncom = len(art.get("comments", []))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{t} | Кальдера-Медиа</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/k.css">
</head>
<body>
<div class="k-strip">Южно-Сахалинск · Курильск · Южно-Курильск · Северо-Курильск | Курс ЦБ · Погода · Паромы и авиарейсы</div>
<header><a href="/" class="k-logo">Кальдера<b>-Медиа</b></a>
<ul class="k-nav"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/economy">Экономика</a></li><li><a href="/transport">Транспорт</a></li><li><a href="/society">Общество</a></li><li><a href="/incidents">Происшествия</a></li><li><a href="/photo">Фото</a></li></ul></header>
<div class="k-page">
<h1>{t}</h1>
<div class="k-info">{d.day:02d}.{d.month:02d}.{d.year} {d.strftime('%H:%M')} · {author} · Комментарии ({ncom})</div>
{_paras(art['body'])}
<p class="k-src">{escape(art.get('source_note', ''))}</p>
<div class="k-share">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
<div class="k-comments"><h3>Комментарии</h3><ul>
{comments or '<li>Комментариев пока нет.</li>'}
</ul><p>Чтобы оставить комментарий, войдите через ВКонтакте.</p></div>
<div class="k-more"><h3>Ещё по теме</h3>
{_related(art.get('related'), li='<p><a href="{href}">{t}</a></p>', prefix='/news/')}
</div>
</div>
<div class="k-cookie">Мы используем cookie-файлы, чтобы сайт работал лучше. <button>Хорошо</button></div>
<footer>© Кальдера-Медиа. 16+. Использование материалов — с активной ссылкой на источник. Редакция: reklama и новости — через форму обратной связи.</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- JA


def hamahirugao(art) -> str:
    d = _dt(art).astimezone(JST)
    t, s = escape(art["title"]), escape(art["summary"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{t}｜はまひるがお新聞 電子版</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="date" content="{d.isoformat()}">
<meta name="description" content="{s}">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="はまひるがお新聞 電子版">
</head>
<body>
<div class="hh-head">
 <p class="hh-logo"><a href="/">はまひるがお新聞</a><span>根室・羅臼・標津の地域紙　電子版</span></p>
 <ul class="hh-gnav"><li><a href="/nemuro">根室</a></li><li><a href="/rausu">羅臼</a></li><li><a href="/shibetsu">標津・中標津</a></li><li><a href="/betsukai">別海</a></li><li><a href="/gyogyo">漁業</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li></ul>
</div>
<div class="hh-main">
<article>
<h1>{t}</h1>
<p class="hh-date">{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}</p>
{_paras(art['body'])}
<p class="hh-note">※電子版の記事は紙面掲載分を一部再構成しています。</p>
</article>
<div class="hh-rel"><h2>関連記事</h2><ul>
{_related(art.get('related'), prefix='/article/')}
</ul></div>
<div class="hh-bnr">購読のお申し込みは販売所まで　電子版は月額880円</div>
</div>
<div class="hh-cookie">当サイトではクッキーを使用しています。<a href="/policy">詳しくはこちら</a>　<button>同意する</button></div>
<div class="hh-foot">はまひるがお新聞社　根室市　記事・写真の無断転載を禁じます。</div>
</body>
</html>
"""


def ruri(art) -> str:
    d = _dt(art).astimezone(JST)
    t, s = escape(art["title"]), escape(art["summary"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{t} - 瑠璃通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{s}">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="瑠璃通信ニュース">
<meta property="article:published_time" content="{art['published']}">
{_jsonld(art, "瑠璃通信", art.get("section", "政治"))}
</head>
<body>
<header class="rr-header">
 <a class="rr-logo" href="/">瑠璃通信ニュース</a>
 <nav class="rr-nav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/world">国際</a><a href="/society">社会</a><a href="/local">地域</a><a href="/sports">スポーツ</a><a href="/ranking">ランキング</a></nav>
</header>
<main class="rr-main">
<div class="rr-bread"><a href="/">トップ</a> &gt; <a href="/{escape(art.get('section_path', 'politics'))}">{escape(art.get('section', '政治'))}</a></div>
<article class="rr-article">
<h1>{t}</h1>
<div class="rr-time">{d.year}/{d.month:02d}/{d.day:02d} {d.strftime('%H:%M')}</div>
<div class="rr-sns"><a href="#">X（旧Twitter）</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="rr-body">
{_paras(art['body'])}
</div>
<p class="rr-copy">（瑠璃通信）</p>
</article>
<section class="rr-related"><h2>関連ニュース</h2><ul>
{_related(art.get('related'), prefix='/news/')}
</ul></section>
<section class="rr-rank"><h2>アクセスランキング</h2><ol><li><a href="/r/1">株価、終値で反落</a></li><li><a href="/r/2">台風情報</a></li><li><a href="/r/3">プロ野球・結果</a></li></ol></section>
</main>
<div class="rr-consent">本サイトは利便性向上のためクッキーを利用します。<button>同意して閉じる</button></div>
<footer class="rr-footer"><a href="/about">瑠璃通信について</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/terms">利用規約</a>｜Copyright © Ruri Tsushin. All rights reserved.</footer>
</body>
</html>
"""


TEMPLATES = {
    "marchbank-wire": marchbank,
    "kelpie-courier": kelpie,
    "bramblecote-review": bramblecote,
    "saltwick-bulletin": saltwick,
    "gyuys-news": gyuys,
    "kaldera-media": kaldera,
    "hamahirugao": hamahirugao,
    "ruri-tsushin": ruri,
}

NO_METADATA = {"saltwick-bulletin", "kaldera-media"}
