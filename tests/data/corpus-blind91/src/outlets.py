"""Page templates, one per invented outlet.

Every function takes an article dict (see data_*.py) plus its assigned id and
returns a complete HTML5 document.  Two outlets (easternseas-weekly and
inovostok-ru) deliberately publish pages without any machine-readable metadata:
no og: tags, no JSON-LD, no article:published_time -- the date is only in the
visible text.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "quernstone-wire", "title": "Quernstone Wire — Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "brightling-live", "title": "Brightling Live — running coverage", "format": "atom", "lang": "en"},
    {"id": "easternseas-weekly", "title": "Eastern Seas Weekly", "format": "atom", "lang": "en"},
    {"id": "fetrans-en", "title": "Far East Translation Desk", "format": "rss", "lang": "en"},
    {"id": "kurlenta-ru", "title": "Курильская лента — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "inovostok-ru", "title": "ИноВосток — переводы прессы Японии, Кореи и Китая", "format": "atom", "lang": "ru"},
    {"id": "dotosokuho-ja", "title": "道東速報ネット", "format": "rss", "lang": "ja"},
    {"id": "konpoku-ja", "title": "根北日報デジタル", "format": "atom", "lang": "ja"},
]

NO_METADATA = {"easternseas-weekly", "inovostok-ru"}

E = html.escape


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return ts(a).astimezone(timezone(timedelta(hours=hours)))


def paragraphs(text: str) -> str:
    """Blank-line separated blocks; '## ' -> h2, '- ' lines -> ul, '> ' -> blockquote."""
    out = []
    for block in [b.strip() for b in text.strip().split("\n\n") if b.strip()]:
        if block.startswith("## "):
            out.append(f"<h2>{E(block[3:])}</h2>")
        elif block.startswith("- "):
            items = [ln[2:].strip() for ln in block.splitlines() if ln.startswith("- ")]
            out.append("<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>")
        elif block.startswith("> "):
            out.append(f"<blockquote><p>{E(block[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(' '.join(ln.strip() for ln in block.splitlines()))}</p>")
    return "\n".join(out)


def og(a, site: str, url: str, section: str, jsonld: str | None = None) -> str:
    meta = [
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{E(url)}">',
        f'<meta property="article:published_time" content="{ts(a).isoformat()}">',
        f'<meta property="article:section" content="{E(section)}">',
        f'<meta name="description" content="{E(a["summary"])}">',
        f'<link rel="canonical" href="{E(url)}">',
    ]
    if jsonld:
        meta.append(f'<script type="application/ld+json">{jsonld}</script>')
    return "\n".join(meta)


def ld(kind: str, a, publisher: str, author: str, url: str, lang: str, extra: dict | None = None) -> str:
    data = {
        "@context": "https://schema.org", "@type": kind, "headline": a["title"],
        "description": a["summary"], "datePublished": ts(a).isoformat(),
        "dateModified": ts(a).isoformat(), "inLanguage": lang,
        "author": {"@type": "Person" if author else "Organization", "name": author or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url,
    }
    data.update(extra or {})
    return json.dumps(data, ensure_ascii=False)


# ----------------------------------------------------------------- Quernstone Wire

def quernstone(a, aid):
    url = f"https://www.quernstone.news/asia-pacific/{a.get('slug', aid)}"
    d = ts(a)
    when = d.strftime("%B %d, %Y %I:%M %p UTC").replace(" 0", " ")
    related = "".join(f'<li><a href="/asia-pacific/{i}">{E(t)}</a></li>' for i, t in a.get("related", []))
    top = f'<p class="q-note">{E(a["topnote"])}</p>' if a.get("topnote") else ""
    body = paragraphs(a["body"])
    first, _, rest = body.partition("\n")
    dateline = a.get("dateline", "")
    if dateline and first.startswith("<p>"):
        first = f"<p><span class=\"dl\">{E(dateline)}</span> " + first[3:]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Quernstone</title>
{og(a, 'Quernstone', url, 'Asia Pacific', ld('NewsArticle', a, 'Quernstone', a.get('byline','').replace('By ',''), url, 'en'))}
<link rel="stylesheet" href="/static/q/main.4f1c.css">
</head>
<body class="q-article">
<div id="onetrust-banner" role="dialog" aria-label="Cookie preferences">
  <p>We use cookies and similar technologies to recognise your repeat visits and preferences, to measure the effectiveness of campaigns and to improve our websites. By clicking "Accept all" you consent to our use of cookies. <a href="/privacy">Cookie policy</a></p>
  <button>Accept all</button> <button>Manage preferences</button>
</div>
<header class="q-top">
  <a class="q-logo" href="/">QUERNSTONE</a>
  <nav class="q-nav"><a href="/world">World</a><a href="/asia-pacific" class="on">Asia Pacific</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/legal">Legal</a><a href="/analysis">Analysis</a></nav>
  <a class="q-sub" href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a>
</header>
<div class="q-ticker">Markets: Nikkei, TOPIX, USD/JPY, Brent — delayed quotes</div>
<main>
<article>
  <p class="q-kicker"><a href="/asia-pacific">Asia Pacific</a></p>
  <h1>{E(a['title'])}</h1>
  <div class="q-meta"><span class="q-by">{E(a.get('byline','Quernstone staff'))}</span> · <time datetime="{d.isoformat()}">{E(when)}</time> · <span>{a.get('readmin', 3)} minute read</span></div>
  <div class="q-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  {top}
  <div class="q-body">
{first}
{rest}
  </div>
  <p class="q-credit">{E(a.get('credit',''))}</p>
  <p class="q-standards"><a href="/trust">Our Standards: The Quernstone Trust Principles.</a></p>
</article>
<aside class="q-related"><h3>Read next</h3><ul>{related}</ul></aside>
<aside class="q-promo">Get the Asia Morning Briefing in your inbox — <a href="/newsletters">sign up</a></aside>
</main>
<footer class="q-foot">
  <nav><a href="/about">About Quernstone</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {d.year} Quernstone News Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------- Brightling Live

def brightling(a, aid):
    url = f"https://live.brightling.co/{a.get('slug', aid)}"
    d = ts(a)
    entries = []
    for t, head, text in a["entries"]:
        entries.append(f"""<div class="bl-entry" id="e{t.replace(':','')}">
  <div class="bl-time"><time>{E(t)} GMT</time></div>
  <h3>{E(head)}</h3>
  {paragraphs(text)}
  <div class="bl-entry-share"><a href="#">Link to this post</a></div>
</div>""")
    keys = "".join(f'<li><a href="#e{t.replace(":","")}">{E(head)}</a></li>' for t, head, _ in a["entries"][:4])
    jl = ld("LiveBlogPosting", a, "Brightling", "", url, "en",
            {"coverageStartTime": d.isoformat(), "about": {"@type": "Event", "name": a["title"]}})
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} – Brightling</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, 'Brightling', url, 'Live', jl)}
</head>
<body>
<div class="consent">Brightling and our partners use cookies to personalise content. <a href="/consent">Manage</a> <button>OK</button></div>
<header class="bl-masthead"><a href="/" class="bl-logo">brightling</a>
<ul class="bl-nav"><li><a href="/news">News</a></li><li><a href="/live" class="here">Live</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/podcasts">Podcasts</a></li></ul>
<a class="bl-support" href="/support">Support independent journalism</a></header>
<main class="bl-live">
<div class="bl-badge">LIVE</div>
<h1>{E(a['title'])}</h1>
<p class="bl-standfirst">{E(a['summary'])}</p>
<p class="bl-updated">Updated <time datetime="{d.isoformat()}">{d.strftime('%a %d %b %Y %H.%M')} GMT</time> · {E(a.get('byline','Live team'))}</p>
<section class="bl-key"><h2>Key events</h2><ul>{keys}</ul><button>Show all key events</button></section>
<section class="bl-stream">
{''.join(entries)}
</section>
<nav class="bl-pager"><a href="?page=2">Older posts</a></nav>
</main>
<aside class="bl-most"><h2>Most viewed</h2><ol><li>Heatwave warnings across southern Europe</li><li>Premier League fixtures released</li><li>How to cut your energy bill</li><li>Quiz of the week</li></ol></aside>
<footer class="bl-foot"><p>Brightling Media Ltd · <a href="/terms">Terms</a> · <a href="/privacy">Privacy policy</a> · <a href="/complaints">Complaints &amp; corrections</a></p><p>© {d.year} Brightling</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- Eastern Seas Weekly (no metadata)

def easternseas(a, aid):
    d = ts(a)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}</title>
<link rel="stylesheet" href="/assets/letter.css">
</head>
<body>
<div class="topbar"><a href="/">Eastern Seas Weekly</a> <span>· a newsletter from the rim of the Sea of Okhotsk</span> <a class="btn" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<div class="cookie">This site uses essential cookies only. <a href="/cookies">Details</a> <button>Got it</button></div>
<main class="post">
<h1 class="post-title">{E(a['title'])}</h1>
<h3 class="subtitle">{E(a['summary'])}</h3>
<div class="post-meta"><img src="/img/cw.jpg" alt=""> <span class="author">{E(a.get('byline','Cal Wetherby'))}</span> <span class="date">{d.strftime('%b %d, %Y').replace(' 0',' ')}</span></div>
<div class="post-actions"><a href="#">♡ {a.get('likes', 14)}</a> <a href="#comments">💬 {a.get('ncomments', 3)}</a> <a href="#">Share</a></div>
<div class="body markup">
{paragraphs(a['body'])}
</div>
<div class="subscribe-widget"><p>Eastern Seas Weekly is reader-supported. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
<section id="comments"><h4>Comments</h4>
{''.join(f'<div class="comment"><b>{E(n)}</b><p>{E(c)}</p></div>' for n, c in a.get('comments', []))}
</section>
<nav class="post-nav"><a href="/archive">← Archive</a> <a href="/about">About</a></nav>
</main>
<footer><p>© {d.year} Cal Wetherby · Kushiro, Hokkaido · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/unsubscribe">Unsubscribe</a></p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- Far East Translation Desk

def fetrans(a, aid):
    url = f"https://fetranslationdesk.org/{d_path(a)}/{a.get('slug', aid)}"
    d = ts(a)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Far East Translation Desk</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{og(a, 'Far East Translation Desk', url, a.get('section', 'Translations'))}
<meta name="robots" content="index,follow">
</head>
<body class="single">
<div id="gdpr">We use cookies for analytics. <a href="/privacy/">Learn more</a> <button>Accept</button> <button>Decline</button></div>
<header id="site-header">
  <div class="brand"><a href="/">Far East Translation Desk</a><p class="tagline">Russian, Japanese and Korean regional press, in English</p></div>
  <nav id="primary"><ul><li><a href="/">Home</a></li><li><a href="/category/russia/">From Russian</a></li><li><a href="/category/japan/">From Japanese</a></li><li><a href="/category/korea/">From Korean</a></li><li><a href="/about/">About the Desk</a></li><li><a href="/donate/">Donate</a></li></ul></nav>
  <form class="search"><input type="search" placeholder="Search translations"></form>
</header>
<div id="content">
<article class="post">
  <header><span class="cat">{E(a.get('section', 'Translations'))}</span>
  <h1 class="entry-title">{E(a['title'])}</h1>
  <div class="entry-meta">Posted on <time class="entry-date" datetime="{d.isoformat()}">{d.strftime('%d %B %Y')}</time> · {E(a.get('translator', 'Desk staff'))}</div></header>
  <div class="source-box"><p><strong>Source:</strong> {E(a['source'])}</p><p>The Desk translates regional press as published. Translation does not imply endorsement; bracketed notes are ours.</p></div>
  <div class="entry-content">
{paragraphs(a['body'])}
  </div>
  <footer class="entry-footer">Tags: {', '.join(E(t) for t in a.get('tags', []))}</footer>
</article>
<nav class="post-navigation"><a href="#" rel="prev">← Previous translation</a> <a href="#" rel="next">Next translation →</a></nav>
<div id="respond"><h3>Leave a reply</h3><p>Comments are moderated. Your email address will not be published.</p></div>
</div>
<aside id="secondary"><section><h2>Recent translations</h2><ul>{''.join(f'<li><a href="#">{E(t)}</a></li>' for t in a.get('recent', []))}</ul></section><section><h2>Support the Desk</h2><p>We are volunteer-run. A monthly gift keeps the archive free.</p></section></aside>
<footer id="colophon"><p>Far East Translation Desk · CC BY-NC 4.0 for our translations; originals © their publishers · Proudly powered by WordPress</p></footer>
</body>
</html>
"""


def d_path(a):
    return ts(a).strftime("%Y/%m/%d")


# ----------------------------------------------------------------- Курильская лента

def kurlenta(a, aid):
    url = f"https://kurlenta.ru/news/{ts(a).strftime('%Y/%m/%d')}/{a.get('slug', aid)}"
    d = local(a, 11)
    upd = f'<p class="upd">{E(a["update"])}</p>' if a.get("update") else ""
    related = "".join(f'<li><a href="#">{E(t)}</a></li>' for t in a.get("related", []))
    jl = ld("NewsArticle", a, "Курильская лента", a.get("byline", ""), url, "ru")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — Курильская лента</title>
{og(a, 'Курильская лента', url, a.get('rubric', 'Курилы'), jl)}
<meta name="yandex-verification" content="5c1f0a9e2b7d">
</head>
<body>
<div class="cookie-bar">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="kl-head">
  <div class="kl-logo"><a href="/">КУРИЛЬСКАЯ ЛЕНТА</a><span>новости Сахалина и Курил</span></div>
  <div class="kl-weather">Южно-Курильск +4° · Курильск +2° · Северо-Курильск −1°</div>
  <nav><a href="/">Главное</a><a href="/kurily">Курилы</a><a href="/sakhalin">Сахалин</a><a href="/economy">Экономика</a><a href="/incidents">Происшествия</a><a href="/society">Общество</a><a href="/neighbors">Соседи</a><a href="/opinions">Мнения</a></nav>
</header>
<main class="kl-main">
<article class="kl-article">
  <div class="kl-rubric">{E(a.get('rubric', 'Курилы'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="kl-date"><time datetime="{ts(a).isoformat()}">{d.strftime('%d.%m.%Y, %H:%M')}</time> (сах. время)</div>
  {upd}
  <p class="kl-lead">{E(a['summary'])}</p>
  <div class="kl-text">
{paragraphs(a['body'])}
  </div>
  <p class="kl-author">Автор: {E(a.get('byline', 'Редакция'))}</p>
  <div class="kl-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <p class="kl-tg">Подписывайтесь на «Курильскую ленту» в Telegram — все главные новости островов.</p>
</article>
<aside class="kl-also"><h3>Читайте также</h3><ul>{related}</ul></aside>
<aside class="kl-feed"><h3>Лента новостей</h3><ul><li>В Корсакове ограничили движение по улице Портовой</li><li>Паром «Сахалин-9» вышел в рейс по графику</li><li>В Поронайске открыли новый спортзал</li></ul></aside>
</main>
<footer class="kl-foot"><p>Сетевое издание «Курильская лента». Свидетельство о регистрации СМИ ЭЛ № ФС 77-84193. Учредитель: ООО «Островной медиацентр». Главный редактор: Н. В. Грачёва. 16+</p><p>При использовании материалов гиперссылка на kurlenta.ru обязательна.</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- ИноВосток (no metadata)

def inovostok(a, aid):
    d = local(a, 3)
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    when = f"{d.day} {months[d.month-1]} {d.year}, {d.strftime('%H:%M')} мск"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | ИноВосток</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/iv.css?v=31">
</head>
<body>
<div id="cookies">ИноВосток использует cookies. <a href="/cookies">Подробнее</a> <span class="close">×</span></div>
<div class="iv-top"><a class="iv-logo" href="/">ИноВосток</a> <span class="iv-slogan">Что пишут о России и соседях в Японии, Корее и Китае</span>
<ul class="iv-menu"><li><a href="/japan">Япония</a></li><li><a href="/korea">Корея</a></li><li><a href="/china">Китай</a></li><li><a href="/economy">Экономика</a></li><li><a href="/history">История</a></li><li><a href="/columns">Колонки</a></li></ul></div>
<div class="iv-wrap">
<div class="iv-article">
<div class="iv-crumbs"><a href="/">Главная</a> / <a href="/{E(a.get('section_slug','japan'))}">{E(a.get('section','Япония'))}</a></div>
<h1>{E(a['title'])}</h1>
<div class="iv-info">{E(when)} · <span class="iv-views">{a.get('views', 1204)} просмотров</span></div>
<div class="iv-src">{E(a['source'])}</div>
<div class="iv-lead"><b>{E(a['summary'])}</b></div>
<div class="iv-body">
{paragraphs(a['body'])}
</div>
<div class="iv-disclaimer">Материалы ИноВостока содержат оценки исключительно зарубежных СМИ и не отражают позицию редакции.</div>
<div class="iv-tags">Теги: {', '.join(E(t) for t in a.get('tags', []))}</div>
</div>
<div class="iv-side"><div class="iv-block"><div class="iv-bt">Самое читаемое</div><ul><li>Как японская пресса пишет о курсе рубля</li><li>Корейские СМИ о новом маршруте Пусан — Владивосток</li><li>Китайские блогеры о Байкале</li></ul></div></div>
</div>
<div class="iv-bottom">© ИноВосток, {d.year}. Перепечатка переводов — с активной ссылкой. 18+ <a href="/contacts">Контакты</a> <a href="/ads">Реклама</a></div>
</body>
</html>
"""


# ----------------------------------------------------------------- 道東速報ネット

def dotosokuho(a, aid):
    url = f"https://dotosokuho.jp/news/{ts(a).strftime('%Y%m%d')}/{a.get('slug', aid)}"
    d = local(a, 9)
    wd = "月火水木金土日"[d.weekday()]
    related = "".join(f'<li><a href="#">{E(t)}</a></li>' for t in a.get("related", []))
    jl = ld("NewsArticle", a, "道東速報ネット", a.get("byline", "").strip("（）"), url, "ja")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}｜道東速報ネット</title>
{og(a, '道東速報ネット', url, a.get('section', '北方領土'), jl)}
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性向上および広告配信のためにCookieを使用しています。詳しくは<a href="/policy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="dh-header">
  <div class="dh-logo"><a href="/">道東速報ネット</a><small>根室・釧路・中標津・知床のニュース</small></div>
  <nav class="dh-gnav"><a href="/">トップ</a><a href="/nemuro">根室</a><a href="/kushiro">釧路</a><a href="/hoppo">北方領土</a><a href="/gyogyo">漁業</a><a href="/shakai">社会</a><a href="/keizai">経済</a><a href="/sports">スポーツ</a><a href="/okuyami">おくやみ</a></nav>
</header>
<main class="dh-main">
<div class="dh-pankuzu"><a href="/">ホーム</a> &gt; <a href="/{a.get('section_slug','hoppo')}">{E(a.get('section','北方領土'))}</a></div>
<article class="dh-article">
  <h1>{E(a['title'])}</h1>
  <p class="dh-date"><time datetime="{ts(a).isoformat()}">{d.year}年{d.month}月{d.day}日（{wd}） {d.strftime('%H:%M')}</time></p>
  <div class="dh-sns"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a> <a href="#">はてブ</a></div>
  <div class="dh-honbun">
{paragraphs(a['body'])}
  </div>
  <p class="dh-kisha">{E(a.get('byline',''))}</p>
</article>
<section class="dh-kanren"><h2>関連記事</h2><ul>{related}</ul></section>
<section class="dh-rank"><h2>アクセスランキング</h2><ol><li>釧路の新スーパー、来春開業へ</li><li>中標津空港、冬ダイヤ発表</li><li>根室の花咲ガニ、今季の水揚げ好調</li></ol></section>
</main>
<footer class="dh-footer"><p>記事・写真の無断転載を禁じます。</p><p>Copyright © 道東速報ネット All Rights Reserved.</p><ul><li><a href="/about">運営会社</a></li><li><a href="/policy">プライバシーポリシー</a></li><li><a href="/contact">お問い合わせ</a></li></ul></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- 根北日報デジタル

def konpoku(a, aid):
    url = f"https://konpoku-nippo.jp/articles/{a.get('slug', aid)}"
    d = local(a, 9)
    related = "".join(f'<li><a href="#">{E(t)}</a></li>' for t in a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - 根北日報デジタル</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{og(a, '根北日報デジタル', url, a.get('section', '地域'))}
<meta name="twitter:card" content="summary_large_image">
</head>
<body class="kp">
<div class="kp-cookie">本サイトはCookieを利用しています。サイトの閲覧を続けることで、Cookieの利用に同意したものとみなします。<a href="/cookie">詳細</a></div>
<div class="kp-bar"><a href="/member">会員登録</a> | <a href="/login">ログイン</a> | <a href="/paper">紙面ビューアー</a></div>
<header class="kp-head"><a href="/" class="kp-title">根北日報</a><span class="kp-digital">デジタル</span>
<nav class="kp-nav"><ul><li><a href="/local">地域</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/fishery">水産</a></li><li><a href="/politics">政治・行政</a></li><li><a href="/incident">事件・事故</a></li><li><a href="/culture">くらし・文化</a></li><li><a href="/opinion">社説・論説</a></li></ul></nav></header>
<div class="kp-container">
<article class="kp-article">
  <p class="kp-cat">{E(a.get('section', '地域'))}</p>
  <h1 class="kp-h1">{E(a['title'])}</h1>
  <p class="kp-time">{d.year}/{d.month:02d}/{d.day:02d} {d.strftime('%H:%M')} 更新</p>
  <p class="kp-member">この記事は会員以外の方もお読みいただけます</p>
  <div class="kp-body">
{paragraphs(a['body'])}
  </div>
  <p class="kp-writer">{E(a.get('byline',''))}</p>
  <div class="kp-share"><span>この記事をシェア</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
<aside class="kp-side"><h2>あわせて読みたい</h2><ul>{related}</ul><div class="kp-ad">広告</div><h2>お知らせ</h2><p>根北日報の購読お申し込みは販売所まで。電子版は月額1,980円（税込み）。</p></aside>
</div>
<footer class="kp-foot"><p>根北日報社　〒087-0000 北海道根室市（所在地は架空）</p><p>当サイトに掲載の記事・写真・図表の無断転載を禁じます。著作権は根北日報社またはその情報提供者に属します。</p><p>© Konpoku Nippo</p></footer>
</body>
</html>
"""


RENDER = {
    "quernstone-wire": quernstone,
    "brightling-live": brightling,
    "easternseas-weekly": easternseas,
    "fetrans-en": fetrans,
    "kurlenta-ru": kurlenta,
    "inovostok-ru": inovostok,
    "dotosokuho-ja": dotosokuho,
    "konpoku-ja": konpoku,
}
