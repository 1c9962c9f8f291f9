"""Invented outlets of the blind61 world: feed metadata and one page template each.

Every template returns a complete HTML5 document. Templates differ on purpose:
some carry og:/article: meta and JSON-LD, some carry nothing but a visible date.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "pellucid-en", "title": "Pellucid Wire - World", "format": "rss", "lang": "en",
     "site": "pellucidwire.example"},
    {"id": "marlpit-en", "title": "The Marlpit Gazette - International", "format": "atom", "lang": "en",
     "site": "marlpitgazette.example"},
    {"id": "thistledown-en", "title": "Thistledown Asia Report", "format": "rss", "lang": "en",
     "site": "thistledown-asia.example"},
    {"id": "sundial-en", "title": "Sundial Diplomatic Weekly", "format": "atom", "lang": "en",
     "site": "sundialweekly.example"},
    {"id": "vneshpolit-ru", "title": "«Внешняя политика сегодня» — лента", "format": "rss", "lang": "ru",
     "site": "vneshpolit-segodnya.example"},
    {"id": "zerkalo-sakh", "title": "«Зеркало Сахалина» — новости Сахалина и Курил", "format": "atom",
     "lang": "ru", "site": "zerkalo-sakh.example"},
    {"id": "sekaijiho-ja", "title": "世界時報オンライン", "format": "rss", "lang": "ja",
     "site": "sekaijiho.example"},
    {"id": "menashi-ja", "title": "目梨タイムズ 電子版", "format": "atom", "lang": "ja",
     "site": "menashi-times.example"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

E = html.escape


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n        ".join(out)


def related_list(related: list[dict], cls: str = "related") -> str:
    if not related:
        return ""
    items = "".join(f'<li><a href="/articles/{r["id"]}.html">{E(r["title"])}</a></li>' for r in related)
    return f'<ul class="{cls}">{items}</ul>'


def jst(dt: datetime) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=9)))


def msk(dt: datetime) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=3)))


def sakh(dt: datetime) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=11)))


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


# ---------------------------------------------------------------- pellucid-en (wire, full meta)
def pellucid(a: dict, related: list[dict]) -> str:
    dt: datetime = a["dt"]
    iso = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso, "dateModified": iso, "description": a["summary"],
          "author": {"@type": "Person", "name": a.get("byline", "Pellucid staff")},
          "publisher": {"@type": "Organization", "name": "Pellucid Wire"},
          "mainEntityOfPage": f"https://pellucidwire.example/articles/{a['id']}.html"}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Pellucid Wire</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Pellucid Wire">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{E(a.get('section', 'World'))}">
<link rel="canonical" href="https://pellucidwire.example/articles/{a['id']}.html">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/pw.css">
</head>
<body class="pw-article">
<div id="cookie-consent" class="pw-consent" role="dialog">
  <p>We and our 143 partners use cookies to personalise content and measure audiences.
  <a href="/privacy">Privacy policy</a></p>
  <button>Accept all</button> <button>Manage choices</button>
</div>
<header class="pw-top">
  <a class="pw-logo" href="/">PELLUCID<span>WIRE</span></a>
  <nav><a href="/world">World</a> <a href="/asia-pacific">Asia-Pacific</a> <a href="/europe">Europe</a>
  <a href="/americas">Americas</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
  <a href="/wires">Wire feed</a></nav>
  <form class="pw-search" action="/search"><input name="q" placeholder="Search Pellucid"></form>
</header>
<main>
  <article>
    <p class="pw-kicker">{E(a.get('section', 'World'))}</p>
    <h1>{E(a['title'])}</h1>
    <p class="pw-meta">By {E(a.get('byline', 'Pellucid staff'))} &middot;
      <time datetime="{iso}">{dt.strftime('%B %-d, %Y %-I:%M %p')} UTC</time></p>
    <div class="pw-share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
    <div class="pw-body">
        <p><strong>{E(a.get('dateline', ''))}</strong></p>
        {paras(a['body'])}
    </div>
    <p class="pw-standards">Reporting by Pellucid correspondents; editing by the World desk.
      <a href="/trust">Our Standards: The Pellucid Trust Principles.</a></p>
  </article>
  <aside class="pw-related"><h3>More from World</h3>{related_list(related)}</aside>
</main>
<footer class="pw-foot">
  <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
  <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a>
  <p>&copy; {dt.year} Pellucid Wire. All quotes delayed a minimum of 15 minutes.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- marlpit-en (paper, og only, comments)
def marlpit(a: dict, related: list[dict]) -> str:
    dt: datetime = a["dt"]
    iso = dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    comments = "".join(
        f'<li class="mg-comment"><b>{E(c[0])}</b><p>{E(c[1])}</p></li>' for c in a.get("comments", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - The Marlpit Gazette</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://marlpitgazette.example/articles/{a['id']}.html">
<meta property="article:published_time" content="{iso}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="mg-cookie">This site uses cookies. By continuing to browse you agree to our use of cookies.
  <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="mg-masthead">
  <div class="mg-date">{dt.strftime('%A %-d %B %Y')}</div>
  <a href="/" class="mg-title">The Marlpit Gazette</a>
  <ul class="mg-nav"><li><a href="/news">News</a></li><li><a href="/international">International</a></li>
  <li><a href="/opinion">Opinion</a></li><li><a href="/defence">Defence</a></li>
  <li><a href="/money">Money</a></li><li><a href="/culture">Culture</a></li><li><a href="/subscribe">Subscribe</a></li></ul>
</div>
<div class="mg-wrap">
<article class="mg-story">
  <h1>{E(a['title'])}</h1>
  <h2 class="mg-standfirst">{E(a['summary'])}</h2>
  <div class="mg-byline">{E(a.get('byline', 'Foreign staff'))} <span>|</span> {dt.strftime('%-d %B %Y, %H:%M')} GMT</div>
  <div class="mg-text">
        {paras(a['body'])}
  </div>
  <div class="mg-tags">Topics: {' '.join(f'<a href="/topic/{E(t.lower().replace(" ", "-"))}">{E(t)}</a>' for t in a.get('tags', ['International']))}</div>
</article>
<section class="mg-more"><h3>You might also like</h3>{related_list(related)}</section>
<section class="mg-comments"><h3>Comments ({len(a.get('comments', []))})</h3>
  <ol>{comments}</ol>
  <p><a href="/login">Log in</a> to join the conversation.</p></section>
</div>
<footer><p>The Marlpit Gazette &middot; <a href="/contact">Contact us</a> &middot; <a href="/complaints">Complaints</a>
  &middot; <a href="/archive">Archive</a></p><p>&copy; Marlpit Media Ltd {dt.year}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- thistledown-en (no metadata at all)
def thistledown(a: dict, related: list[dict]) -> str:
    dt: datetime = a["dt"]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
<link rel="stylesheet" href="/assets/tar.css">
</head>
<body>
<div class="tar-bar"><a href="/">Thistledown Asia Report</a>
  <span class="tar-links"><a href="/north-asia">North Asia</a> &middot; <a href="/south-east-asia">Southeast Asia</a>
  &middot; <a href="/security">Security</a> &middot; <a href="/trade">Trade</a> &middot; <a href="/briefings">Briefings</a>
  &middot; <a href="/newsletter">Newsletter</a></span></div>
<div class="tar-gdpr">We use essential cookies and, with your consent, analytics cookies. <a href="#">Accept</a> <a href="#">Reject</a></div>
<div class="tar-content">
  <div class="tar-section">{E(a.get('section', 'North Asia'))}</div>
  <h1 class="tar-headline">{E(a['title'])}</h1>
  <div class="tar-dek">{E(a['summary'])}</div>
  <div class="tar-by">{E(a.get('byline', 'Thistledown correspondents'))} &mdash; {dt.strftime('%d %b %Y')}</div>
  <div class="tar-story">
        {paras(a['body'])}
  </div>
  <div class="tar-box">Get the Thistledown North Asia brief in your inbox every weekday. <a href="/newsletter">Sign up</a></div>
  <div class="tar-rel"><b>Related</b>{related_list(related)}</div>
</div>
<div class="tar-foot">Thistledown Asia Report &middot; Singapore &middot; Tokyo &middot; Seoul &middot;
  <a href="/about">About</a> &middot; <a href="/ethics">Ethics</a> &middot; <a href="/privacy">Privacy</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------- sundial-en (weekly, JSON-LD only)
def sundial(a: dict, related: list[dict]) -> str:
    dt: datetime = a["dt"]
    iso = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso, "articleSection": a.get("section", "Diplomacy"),
          "author": [{"@type": "Person", "name": a.get("byline", "Sundial editors")}],
          "isAccessibleForFree": True}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Sundial Diplomatic Weekly</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<header><div class="sd-brand"><a href="/">Sundial</a> <small>Diplomatic Weekly</small></div>
<nav class="sd-nav"><a href="/issues">Issues</a> <a href="/regions/asia">Asia</a> <a href="/regions/europe">Europe</a>
<a href="/multilateral">Multilateral</a> <a href="/podcast">Podcast</a> <a href="/about">About</a></nav></header>
<div class="sd-cookie">Sundial uses cookies for basic functionality and anonymous statistics.
<button>Fine</button> <a href="/cookies">Settings</a></div>
<main class="sd-main">
  <p class="sd-eyebrow">{E(a.get('section', 'Diplomacy'))} &middot; Issue {a.get('issue', dt.strftime('%y%W'))}</p>
  <h1>{E(a['title'])}</h1>
  <p class="sd-sub">{E(a['summary'])}</p>
  <p class="sd-author">{E(a.get('byline', 'Sundial editors'))} &middot; {dt.strftime('%-d %B %Y')}</p>
  <div class="sd-share"><a href="#">LinkedIn</a> <a href="#">Bluesky</a> <a href="#">Email</a></div>
  <section class="sd-body">
        {paras(a['body'])}
  </section>
  <aside class="sd-newsletter"><h4>Never miss an issue</h4><form><input type="email" placeholder="you@ministry.example"><button>Subscribe</button></form></aside>
  <aside class="sd-also"><h4>Also in Sundial</h4>{related_list(related)}</aside>
</main>
<footer class="sd-foot">Sundial Diplomatic Weekly is an independent publication. &copy; {dt.year}
  &middot; <a href="/masthead">Masthead</a> &middot; <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- vneshpolit-ru (agency, og + time)
def vneshpolit(a: dict, related: list[dict]) -> str:
    dt: datetime = a["dt"]
    m = msk(dt)
    iso = m.strftime("%Y-%m-%dT%H:%M:%S+03:00")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Внешняя политика сегодня</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{E(a.get('section', 'Дипломатия'))}">
</head>
<body>
<div class="vp-cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь
  с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="vp-head">
  <a class="vp-logo" href="/">Внешняя политика<br><small>сегодня</small></a>
  <nav><a href="/lenta">Лента</a> <a href="/diplomatiya">Дипломатия</a> <a href="/sng">СНГ</a>
  <a href="/aziya">Азия</a> <a href="/evropa">Европа</a> <a href="/ekonomika">Экономика</a>
  <a href="/mneniya">Мнения</a> <a href="/spetsproekty">Спецпроекты</a></nav>
</header>
<main class="vp-main">
  <div class="vp-rubric">{E(a.get('section', 'Дипломатия'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="vp-date">{m.day} {RU_MONTHS[m.month - 1]} {m.year}, {m.strftime('%H:%M')}</div>
  <div class="vp-lead"><b>{E(a['summary'])}</b></div>
  <div class="vp-text">
        <p>{E(a.get('dateline', ''))}</p>
        {paras(a['body'])}
  </div>
  <div class="vp-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
  <div class="vp-readmore"><h3>Читайте также</h3>{related_list(related)}</div>
</main>
<footer class="vp-foot">
  <p>Сетевое издание «Внешняя политика сегодня». 18+. При полном или частичном использовании материалов ссылка обязательна.</p>
  <p><a href="/redaktsiya">Редакция</a> · <a href="/reklama">Реклама</a> · <a href="/pravila">Правила</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- zerkalo-sakh (regional, no meta)
def zerkalo(a: dict, related: list[dict]) -> str:
    dt: datetime = a["dt"]
    s = sakh(dt)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Зеркало Сахалина</title>
</head>
<body class="zs">
<div class="zs-top"><a href="/" class="zs-logo">ЗЕРКАЛО САХАЛИНА</a>
<ul class="zs-menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li>
<li><a href="/vlast">Власть</a></li><li><a href="/obshchestvo">Общество</a></li><li><a href="/priroda">Природа</a></li>
<li><a href="/sport">Спорт</a></li><li><a href="/afisha">Афиша</a></li></ul>
<span class="zs-weather">Южно-Сахалинск</span></div>
<div class="zs-wrap">
  <h1>{E(a['title'])}</h1>
  <div class="zs-info">{s.strftime('%d.%m.%Y %H:%M')} · {E(a.get('section', 'Новости'))} · {E(a.get('byline', 'Редакция'))}</div>
  <div class="zs-article">
        {paras(a['body'])}
  </div>
  <div class="zs-tg">Подписывайтесь на «Зеркало Сахалина» в Telegram — все главные новости островного региона.</div>
  <div class="zs-also"><h3>Другие новости</h3>{related_list(related)}</div>
</div>
<div class="zs-cookie">На сайте используются cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <button>Согласен</button></div>
<div class="zs-bottom">© «Зеркало Сахалина», {dt.year}. Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000. 16+
  <br><a href="/contacts">Контакты</a> · <a href="/ads">Реклама на сайте</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------- sekaijiho-ja (national, og + JSON-LD)
def sekaijiho(a: dict, related: list[dict]) -> str:
    dt: datetime = a["dt"]
    j = jst(dt)
    iso = j.strftime("%Y-%m-%dT%H:%M:%S+09:00")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso, "inLanguage": "ja",
          "publisher": {"@type": "NewsMediaOrganization", "name": "世界時報"}}
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}：世界時報オンライン</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="世界時報オンライン">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="sj-cookie">当サイトではクッキーを使用しています。詳しくは<a href="/policy/cookie">クッキーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="sj-header">
  <a href="/" class="sj-logo">世界時報</a>
  <nav><a href="/politics">政治</a> <a href="/international">国際</a> <a href="/economy">経済</a>
  <a href="/society">社会</a> <a href="/hokkaido">北海道</a> <a href="/opinion">オピニオン</a> <a href="/member">会員登録</a></nav>
</header>
<main class="sj-main">
  <div class="sj-cat">{E(a.get('section', '国際'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="sj-time"><time datetime="{iso}">{j.year}年{j.month}月{j.day}日 {j.strftime('%H:%M')}</time></div>
  <div class="sj-sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてな</a></div>
  <div class="sj-body">
        {paras(a['body'])}
  </div>
  <p class="sj-credit">{E(a.get('byline', ''))}</p>
  <div class="sj-rel"><h3>関連記事</h3>{related_list(related)}</div>
  <div class="sj-rank"><h3>アクセスランキング</h3><ol><li>週末の天気　全国的に雨</li><li>日経平均、続落</li><li>高校野球・北大会の組み合わせ決まる</li></ol></div>
</main>
<footer class="sj-footer"><a href="/about">会社概要</a> | <a href="/privacy">個人情報の取り扱い</a> | <a href="/copyright">著作権</a>
  <p>無断転載を禁じます。Copyright © 世界時報社 {dt.year}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- menashi-ja (local, title only)
def menashi(a: dict, related: list[dict]) -> str:
    dt: datetime = a["dt"]
    j = jst(dt)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - 目梨タイムズ</title>
</head>
<body>
<div id="mt-head"><a href="/"><img src="/img/logo.png" alt="目梨タイムズ"></a>
<ul><li><a href="/local">地域</a></li><li><a href="/fishery">水産</a></li><li><a href="/hoppo">北方領土</a></li>
<li><a href="/kanko">観光</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li></ul></div>
<div id="mt-body">
  <h1>{E(a['title'])}</h1>
  <p class="mt-date">{j.year}年{j.month}月{j.day}日 {j.strftime('%H:%M')} 更新</p>
  <div class="mt-text">
        {paras(a['body'])}
  </div>
  <p class="mt-by">{E(a.get('byline', '（目梨タイムズ）'))}</p>
  <div class="mt-rel"><p>■ 関連ニュース</p>{related_list(related)}</div>
  <div class="mt-ad">［広告］羅臼の海の幸をお取り寄せ　らうす物産オンラインショップ</div>
</div>
<div id="mt-cookie">このサイトはCookieを利用しています。<a href="/cookie">詳細</a>　<button>閉じる</button></div>
<div id="mt-foot">目梨タイムズ社　北海道目梨郡羅臼町　TEL 0153-00-0000<br>掲載記事・写真の無断転載を禁じます。</div>
</body>
</html>
"""


TEMPLATES = {
    "pellucid-en": pellucid, "marlpit-en": marlpit, "thistledown-en": thistledown,
    "sundial-en": sundial, "vneshpolit-ru": vneshpolit, "zerkalo-sakh": zerkalo,
    "sekaijiho-ja": sekaijiho, "menashi-ja": menashi,
}
