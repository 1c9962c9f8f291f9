"""Outlets of the blind111 corpus and their page templates.

Eight invented outlets. Each has its own chrome (navigation, cookie banner, share
buttons, related stories, footer). Two outlets (gazetteer-weekly, letopis-ru) publish
pages without any metadata: no og: tags, no JSON-LD, no article:published_time.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

OUTLETS = {
    "tephra-line": {
        "title": "The Tephra Line - science & environment, North Pacific",
        "format": "atom", "lang": "en", "domain": "www.tephraline.net",
    },
    "plinth-en": {
        "title": "The Plinth - museums, monuments & memory",
        "format": "rss", "lang": "en", "domain": "theplinth.org.uk",
    },
    "gazetteer-weekly": {
        "title": "Gazetteer Weekly - maps, names & borders",
        "format": "rss", "lang": "en", "domain": "gazetteerweekly.com",
    },
    "curio-wire": {
        "title": "Curio Wire - Asia-Pacific news, culture & society",
        "format": "atom", "lang": "en", "domain": "curiowire.asia",
    },
    "gerbariy-ru": {
        "title": "«Гербарий» — наука и природа Сахалина и Курил",
        "format": "rss", "lang": "ru", "domain": "gerbariy-sakh.ru",
    },
    "letopis-ru": {
        "title": "«Летопись островов» — история, память, культура",
        "format": "atom", "lang": "ru", "domain": "letopis-ostrovov.ru",
    },
    "gakugei-ja": {
        "title": "北の学芸通信 — 博物館・文化財・科学",
        "format": "rss", "lang": "ja", "domain": "kita-gakugei.jp",
    },
    "mizunara-ja": {
        "title": "みずなら新聞デジタル（根室・中標津）",
        "format": "atom", "lang": "ja", "domain": "mizunara-shimbun.jp",
    },
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def _paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n        ".join(out)


def _canonical(a: dict) -> str:
    o = OUTLETS[a["feed"]]
    d = a["published"]
    return f"https://{o['domain']}/{d:%Y/%m/%d}/{a['slug']}"


def _jsonld(a: dict, publisher: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": a["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": a["lang"],
        "author": {"@type": "Person", "name": a.get("byline") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": _canonical(a),
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- en


def tephra_line(a: dict) -> str:
    d = a["published"]
    t = escape(a["title"])
    s = escape(a["summary"])
    by = escape(a.get("byline") or "Tephra Line staff")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{t} | The Tephra Line</title>
  <meta name="description" content="{s}">
  <link rel="canonical" href="{_canonical(a)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Tephra Line">
  <meta property="og:title" content="{t}">
  <meta property="og:description" content="{s}">
  <meta property="og:url" content="{_canonical(a)}">
  <meta property="article:published_time" content="{d.isoformat().replace('+00:00', 'Z')}">
  <meta property="article:section" content="{escape(a.get('section', 'Earth'))}">
  {_jsonld(a, "The Tephra Line")}
  <link rel="stylesheet" href="/static/tl-2.4.css">
</head>
<body class="tl article">
  <div id="consent" class="tl-consent" role="dialog" aria-live="polite">
    <p>We use cookies to measure readership and keep you signed in. Science needs data; so do we.
    <a href="/privacy">Privacy policy</a></p>
    <button class="accept">Accept all</button> <button class="reject">Only necessary</button>
  </div>
  <header class="tl-top">
    <a class="tl-logo" href="/">The Tephra Line</a>
    <span class="tl-tagline">science &amp; environment of the North Pacific</span>
    <nav class="tl-nav">
      <a href="/volcanoes">Volcanoes</a> <a href="/oceans">Oceans</a> <a href="/wildlife">Wildlife</a>
      <a href="/climate">Climate</a> <a href="/expeditions">Expeditions</a> <a href="/policy">Science &amp; policy</a>
    </nav>
    <form class="tl-search" action="/search"><input name="q" placeholder="Search"></form>
  </header>
  <main class="tl-main">
    <article class="tl-story">
      <p class="tl-kicker">{escape(a.get('section', 'Earth'))}</p>
      <h1>{t}</h1>
      <p class="tl-standfirst">{s}</p>
      <p class="tl-meta">By {by} &middot; <time datetime="{d.isoformat()}">{d.day} {EN_MONTHS[d.month-1]} {d.year}, {d:%H:%M} UTC</time></p>
      <div class="tl-share"><a href="#">Share on Bluesky</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="tl-body">
        {_paras(a['body'])}
      </div>
      <p class="tl-correction">Spotted an error? Write to corrections@tephraline.net.</p>
    </article>
    <aside class="tl-related">
      <h3>More from the arc</h3>
      <ul>
        <li><a href="/volcanoes/explainer-aviation-colour-codes">Explainer: what the aviation colour codes mean</a></li>
        <li><a href="/oceans/okhotsk-sea-ice-record-low">Okhotsk sea ice: another thin winter</a></li>
        <li><a href="/wildlife/steller-sea-lions-census">Counting Steller sea lions from the air</a></li>
        <li><a href="/expeditions/field-notes-hokkaido-tephra">Field notes: reading Hokkaido's ash layers</a></li>
      </ul>
    </aside>
    <section class="tl-newsletter">
      <h3>The Weekly Plume</h3><p>Eruptions, expeditions and the science behind them, every Friday.</p>
      <form><input type="email" placeholder="you@example.org"><button>Sign up</button></form>
    </section>
  </main>
  <footer class="tl-foot">
    <p>&copy; {d.year} The Tephra Line. Independent science journalism.</p>
    <p><a href="/about">About</a> &middot; <a href="/ethics">Ethics</a> &middot; <a href="/feeds/atom.xml">Atom feed</a> &middot; <a href="/contact">Contact</a></p>
  </footer>
</body>
</html>
"""


def plinth_en(a: dict) -> str:
    d = a["published"]
    t = escape(a["title"])
    s = escape(a["summary"])
    by = escape(a.get("byline") or "The Plinth")
    comments = ""
    if a.get("comments"):
        items = "".join(f'<li><b>{escape(n)}</b><p>{escape(c)}</p></li>' for n, c in a["comments"])
        comments = f'<section class="pl-comments"><h3>Comments ({len(a["comments"])})</h3><ol>{items}</ol></section>'
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{t} - The Plinth</title>
<meta name="viewport" content="width=device-width">
<meta property="og:site_name" content="The Plinth">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://theplinth.org.uk/img/share/{a['slug']}.jpg">
<meta property="article:published_time" content="{d.isoformat().replace('+00:00', 'Z')}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="pl-cookie">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="pl-mast">
  <a href="/" class="pl-brand">THE PLINTH</a>
  <p class="pl-sub">museums &middot; monuments &middot; memory</p>
  <ul class="pl-menu"><li><a href="/museums">Museums</a></li><li><a href="/monuments">Monuments</a></li><li><a href="/anniversaries">Anniversaries</a></li><li><a href="/heritage">Heritage</a></li><li><a href="/reviews">Reviews</a></li><li><a href="/support">Support us</a></li></ul>
</div>
<div class="pl-wrap">
  <div class="pl-article">
    <span class="pl-section">{escape(a.get('section', 'Memory'))}</span>
    <h1 class="pl-headline">{t}</h1>
    <h2 class="pl-dek">{s}</h2>
    <div class="pl-byline">{by} | {d.day} {EN_MONTHS[d.month-1]} {d.year}</div>
    <div class="pl-text">
        {_paras(a['body'])}
    </div>
    <div class="pl-share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
    {comments}
  </div>
  <div class="pl-side">
    <h4>More from The Plinth</h4>
    <a href="/museums/small-museums-survey">Britain's smallest museums, counted</a>
    <a href="/monuments/war-memorials-restoration-fund">Who pays to restore a war memorial?</a>
    <a href="/anniversaries/what-makes-a-round-number">Why we mark the round numbers</a>
    <a href="/heritage/unesco-lists-explained">UNESCO's lists, explained</a>
  </div>
</div>
<div class="pl-footer">The Plinth is a reader-supported magazine about how the past is kept. &copy; {d.year} Plinth Media Ltd. <a href="/rss">RSS</a></div>
</body>
</html>
"""


def gazetteer_weekly(a: dict) -> str:
    # NO metadata on purpose: no og:, no JSON-LD, no article:published_time
    d = a["published"]
    t = escape(a["title"])
    by = escape(a.get("byline") or "Gazetteer Weekly")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{t} :: Gazetteer Weekly</title>
<link rel="stylesheet" href="/css/gw.css">
</head>
<body>
<table class="gw-top" width="100%"><tr>
<td><a href="/"><img src="/img/gw-logo.png" alt="Gazetteer Weekly"></a></td>
<td class="gw-nav"><a href="/borders">Borders</a> | <a href="/names">Names</a> | <a href="/maps">Maps</a> | <a href="/islands">Islands</a> | <a href="/letters">Letters</a> | <a href="/archive">Archive</a></td>
</tr></table>
<div class="gw-cookie">We use a small number of cookies to run this site. <a href="/cookies">Details</a> &middot; <a href="#" class="gw-ok">Fine</a></div>
<div id="content">
<div class="gw-issue">Issue of the week &mdash; published {d.day} {EN_MONTHS[d.month-1]} {d.year}</div>
<h1>{t}</h1>
<div class="gw-intro">{escape(a['summary'])}</div>
<div class="gw-author">by {by}</div>
{_paras(a['body'])}
<div class="gw-subscribe"><b>Like maps?</b> Subscribers get the printed edition and our annual wall map of disputed boundaries. <a href="/subscribe">Subscribe</a></div>
<div class="gw-more"><b>Also in this issue:</b>
<ul><li><a href="/names/why-countries-rename-their-capes">Why governments rename capes and bays</a></li>
<li><a href="/maps/dotted-lines">A short history of the dotted line</a></li>
<li><a href="/letters">Letters: on exonyms, and a correction about Lake Constance</a></li></ul></div>
</div>
<div class="gw-footer">Gazetteer Weekly &middot; independent since 2009 &middot; <a href="/about">about</a> &middot; <a href="/rss.xml">rss</a></div>
</body>
</html>
"""


def curio_wire(a: dict) -> str:
    d = a["published"]
    t = escape(a["title"])
    s = escape(a["summary"])
    by = escape(a.get("byline") or "Curio Wire")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>{t} — Curio Wire</title>
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta property="og:title" content="{t}">
  <meta property="og:description" content="{s}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Curio Wire">
  {_jsonld(a, "Curio Wire")}
</head>
<body class="cw">
  <div class="cw-ribbon">Curio Wire <small>Asia-Pacific news, culture &amp; society</small>
    <a class="cw-login" href="/login">Sign in</a></div>
  <nav class="cw-sections"><a href="/asia">Asia</a><a href="/japan">Japan</a><a href="/russia-far-east">Russia &amp; Far East</a><a href="/culture">Culture</a><a href="/society">Society</a><a href="/science">Science</a><a href="/opinion">Opinion</a></nav>
  <section class="cw-article">
    <div class="cw-label">{escape(a.get('section', 'Culture'))}</div>
    <h1>{t}</h1>
    <div class="cw-dateline"><span class="cw-author">{by}</span> <span class="cw-date">{d:%Y-%m-%d %H:%M} GMT</span></div>
    <div class="cw-tools"><button>Share</button><button>Save</button><button>Print</button><button>A+</button></div>
    <div class="cw-copy">
        {_paras(a['body'])}
    </div>
    <div class="cw-tags">Tags: {escape(', '.join(a.get('tags', ['Asia', 'Culture'])))}</div>
  </section>
  <section class="cw-trending"><h3>Trending</h3>
    <ol><li><a href="/japan/rice-prices-autumn">Rice prices: why the autumn crop didn't help</a></li>
    <li><a href="/culture/kabuki-young-audience">Kabuki's young audience problem</a></li>
    <li><a href="/russia-far-east/vladivostok-ferry">Vladivostok ferry timetable change</a></li>
    <li><a href="/society/akiya-bank">Inside a rural 'akiya bank'</a></li></ol></section>
  <div class="cw-consent">Curio Wire and partners use cookies for analytics and ads. <button>Accept</button> <button>Manage</button></div>
  <footer class="cw-footer">&copy; Curio Wire {d.year} · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/feed.atom">Atom</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- ru


def gerbariy_ru(a: dict) -> str:
    d = a["published"]
    loc = _local(d, 11)  # Sakhalin time
    t = escape(a["title"])
    s = escape(a["summary"])
    by = escape(a.get("byline") or "Редакция «Гербария»")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{t} — «Гербарий»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{s}">
<meta property="og:locale" content="ru_RU">
<meta property="og:type" content="article">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:site_name" content="Гербарий">
<meta property="article:published_time" content="{d.isoformat().replace('+00:00', 'Z')}">
{_jsonld(a, "Гербарий")}
</head>
<body>
<div class="gb-cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/policy">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="gb-header">
  <a href="/" class="gb-logo">Гербарий</a> <span>наука и природа Сахалина и Курил</span>
  <nav><a href="/nauka">Наука</a> <a href="/priroda">Природа</a> <a href="/zapovedniki">Заповедники</a> <a href="/vulkany">Вулканы</a> <a href="/ekspedicii">Экспедиции</a> <a href="/more">Море</a></nav>
</header>
<main>
  <article class="gb-article">
    <div class="gb-rubric">{escape(a.get('section', 'Природа'))}</div>
    <h1>{t}</h1>
    <div class="gb-date">{loc.day} {RU_MONTHS[loc.month-1]} {loc.year}, {loc:%H:%M} (сах.)</div>
    <div class="gb-lead">{s}</div>
    <div class="gb-text">
        {_paras(a['body'])}
    </div>
    <div class="gb-author">{by}</div>
    <div class="gb-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  </article>
  <aside class="gb-more"><h3>Читайте также</h3>
    <ul><li><a href="/priroda/sivuchi-na-lezhbishche">Сивучи вернулись на лежбище у мыса Крильон</a></li>
    <li><a href="/nauka/gidrometeostanciya-yubilej">Метеостанции на островах: 75 лет наблюдений</a></li>
    <li><a href="/vulkany/kak-chitat-kod-svert">Как читать авиационный код SVERT</a></li></ul></aside>
</main>
<footer class="gb-footer">© «Гербарий», {d.year}. 12+. Сетевое издание. При использовании материалов ссылка обязательна. <a href="/rss">RSS</a></footer>
</body>
</html>
"""


def letopis_ru(a: dict) -> str:
    # NO metadata on purpose
    d = a["published"]
    loc = _local(d, 3)  # Moscow time
    t = escape(a["title"])
    by = escape(a.get("byline") or "«Летопись островов»")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{t} | Летопись островов</title>
<link rel="stylesheet" href="/assets/letopis.css">
</head>
<body>
<div id="top">
  <div class="lt-logo"><a href="/">Летопись островов</a><br><small>история · память · культура</small></div>
  <ul class="lt-menu">
    <li><a href="/news">Новости</a></li><li><a href="/history">История</a></li><li><a href="/memory">Память</a></li>
    <li><a href="/museums">Музеи</a></li><li><a href="/kino">Кино и книги</a></li><li><a href="/diplomacy">Дипломатия</a></li>
  </ul>
</div>
<div class="lt-crumbs"><a href="/">Главная</a> / <a href="/news">Новости</a></div>
<div class="lt-main">
  <h1>{t}</h1>
  <div class="lt-info">{loc.day:02d}.{loc.month:02d}.{loc.year} {loc:%H:%M} · {by}</div>
  <div class="lt-anons"><b>{escape(a['summary'])}</b></div>
  <div class="lt-body">
        {_paras(a['body'])}
  </div>
  <div class="lt-social">Подписывайтесь на наш канал в Telegram и группу ВКонтакте</div>
  <div class="lt-related"><b>Ранее по теме:</b>
    <a href="/history/kurilskij-desant-hronika">Курильский десант: хроника 18 августа — 1 сентября 1945 года</a>
    <a href="/museums/sahalinskij-oblastnoj-muzej-ekspoziciya">Новая экспозиция областного музея</a>
    <a href="/memory/pamyatniki-yuzhnyh-kuril">Памятники Южных Курил: путеводитель</a></div>
</div>
<div class="lt-cookie">Сайт использует cookie и сервисы веб-аналитики. <a href="#">Принять</a></div>
<div class="lt-footer">© 2019–{d.year} «Летопись островов». Все права защищены. Перепечатка — с согласия редакции. 16+</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- ja


def gakugei_ja(a: dict) -> str:
    d = a["published"]
    loc = _local(d, 9)
    t = escape(a["title"])
    s = escape(a["summary"])
    by = escape(a.get("byline") or "北の学芸通信編集部")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{t}｜北の学芸通信</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{s}">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="北の学芸通信">
<meta property="article:published_time" content="{d.isoformat().replace('+00:00', 'Z')}">
</head>
<body>
<div class="gk-cookie">当サイトはサービス向上のためクッキーを使用しています。<a href="/privacy">プライバシーポリシー</a> <button>同意する</button></div>
<header class="gk-head">
  <div class="gk-logo"><a href="/">北の学芸通信</a><span>博物館・文化財・科学</span></div>
  <nav class="gk-nav"><a href="/museum">博物館</a><a href="/bunkazai">文化財</a><a href="/science">科学</a><a href="/nature">自然</a><a href="/education">教育</a><a href="/event">催し</a></nav>
</header>
<main class="gk-main">
  <article>
    <p class="gk-cat">{escape(a.get('section', '科学'))}</p>
    <h1>{t}</h1>
    <p class="gk-date"><time datetime="{loc.isoformat()}">{loc.year}年{loc.month}月{loc.day}日 {loc:%H:%M}</time></p>
    <div class="gk-body">
        {_paras(a['body'])}
    </div>
    <p class="gk-credit">（{by}）</p>
    <div class="gk-sns"><a href="#">X(旧Twitter)</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
  </article>
  <aside class="gk-side"><h2>関連記事</h2><ul>
    <li><a href="/museum/hokkaido-museum-kikakuten">北海道博物館、秋の企画展の概要発表</a></li>
    <li><a href="/science/ryuhyo-kansoku">流氷観測の現場から　温暖化で変わる海</a></li>
    <li><a href="/education/kyokasho-saitaku">来年度の教科書採択、道内の動き</a></li></ul>
    <h2>アクセスランキング</h2><ol><li>アイヌ文様の刺しゅう、若手が継承</li><li>縄文遺跡群、来場者が回復</li><li>タンチョウの越冬数調査</li></ol></aside>
</main>
<footer class="gk-foot">© {d.year} 北の学芸通信 All rights reserved. 記事・写真の無断転載を禁じます。 <a href="/rss.xml">RSS</a></footer>
</body>
</html>
"""


def mizunara_ja(a: dict) -> str:
    d = a["published"]
    loc = _local(d, 9)
    t = escape(a["title"])
    s = escape(a["summary"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{t} - みずなら新聞デジタル</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{s}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="みずなら新聞デジタル">
<meta property="og:locale" content="ja_JP">
<meta property="article:published_time" content="{d.isoformat().replace('+00:00', 'Z')}">
{_jsonld(a, "みずなら新聞")}
</head>
<body>
<div class="mz-top"><a href="/" class="mz-logo">みずなら新聞デジタル</a><span class="mz-area">根室・中標津・別海・標津・羅臼</span>
  <a class="mz-btn" href="/subscribe">購読のお申し込み</a> <a class="mz-btn" href="/login">ログイン</a></div>
<ul class="mz-gnav"><li><a href="/local">地域</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/fishery">水産</a></li><li><a href="/agri">酪農・農業</a></li><li><a href="/politics">行政・議会</a></li><li><a href="/life">くらし</a></li><li><a href="/sports">スポーツ</a></li></ul>
<div class="mz-wrap">
  <div class="mz-article">
    <h1>{t}</h1>
    <div class="mz-time">{loc.year}/{loc.month:02d}/{loc.day:02d} {loc:%H:%M}</div>
    <div class="mz-share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a></div>
    <div class="mz-text">
        {_paras(a['body'])}
    </div>
    <div class="mz-paywall-note">※この記事は無料公開しています。</div>
  </div>
  <div class="mz-side"><h3>地域の話題</h3><ul>
    <li><a href="/local/hanasaki-port-event">花咲港で「かにまつり」準備進む</a></li>
    <li><a href="/fishery/sanma-outlook">サンマ漁、今季の見通しは</a></li>
    <li><a href="/life/nakashibetsu-airport-timetable">中標津空港、冬ダイヤ発表</a></li></ul></div>
</div>
<div class="mz-cookie">当サイトではクッキーを利用しています。引き続き閲覧される場合は同意したものとみなします。<button>閉じる</button></div>
<div class="mz-foot">みずなら新聞社（北海道根室市）　© {d.year} Mizunara Shimbun　<a href="/feed">フィード</a>　<a href="/policy">個人情報の取り扱い</a></div>
</body>
</html>
"""


TEMPLATES = {
    "tephra-line": tephra_line,
    "plinth-en": plinth_en,
    "gazetteer-weekly": gazetteer_weekly,
    "curio-wire": curio_wire,
    "gerbariy-ru": gerbariy_ru,
    "letopis-ru": letopis_ru,
    "gakugei-ja": gakugei_ja,
    "mizunara-ja": mizunara_ja,
}

NO_METADATA = {"gazetteer-weekly", "letopis-ru"}


def render(a: dict) -> str:
    return TEMPLATES[a["feed"]](a)
