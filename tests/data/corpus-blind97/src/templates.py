"""Page templates, one per invented outlet.

Each outlet has its own chrome (navigation, cookie banner, share buttons, related
stories, footer) so that text extraction matters.  Two outlets (teaselgate-en and
tumannik-ru) publish pages without any metadata: no og:*, no JSON-LD, no
article:published_time -- only <title> and the visible date.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def body_html(text: str) -> str:
    """Tiny markup: blank-line separated paragraphs; '## ' subhead; '> ' quote;
    '- ' list items; '**Q:**' style bold kept as <strong>."""
    out = []
    for block in [b.strip() for b in text.strip().split("\n\n") if b.strip()]:
        lines = block.split("\n")
        if block.startswith("## "):
            out.append(f"<h2>{esc(block[3:].strip())}</h2>")
        elif block.startswith("> "):
            out.append("<blockquote><p>" + esc(" ".join(l[2:] for l in lines)) + "</p></blockquote>")
        elif all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{inline(l[2:])}</li>" for l in lines) + "</ul>")
        else:
            out.append(f"<p>{inline(' '.join(lines))}</p>")
    return "\n".join(out)


def inline(s: str) -> str:
    s = esc(s)
    while "**" in s:
        a = s.find("**")
        b = s.find("**", a + 2)
        if b < 0:
            break
        s = s[:a] + "<strong>" + s[a + 2:b] + "</strong>" + s[b + 2:]
    return s


def jsonld(a: dict, publisher: str, url_base: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"],
        "dateModified": a["published"],
        "inLanguage": a["lang"],
        "author": {"@type": "Person", "name": a.get("byline") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": f"{url_base}/articles/{a['id']}.html",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a: dict, site: str, with_time: bool = True) -> str:
    tags = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(site)}">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        f'<meta property="og:description" content="{esc(a["summary"])}">',
    ]
    if with_time:
        tags.append(f'<meta property="article:published_time" content="{a["published"]}">')
    return "\n".join(tags)


# --------------------------------------------------------------------------- verdigris-en

def verdigris(a, related):
    d = parse(a["published"])
    date = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    rel = "".join(f'<li><a href="/ideas/{i}">{esc(t)}</a></li>' for i, t in related)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} | The Verdigris Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a['summary'])}">
{og(a, 'The Verdigris Review')}
{jsonld(a, 'The Verdigris Review', 'https://verdigrisreview.example')}
<link rel="stylesheet" href="/static/vr.css">
</head><body class="vr-article">
<div id="consent" class="vr-consent">We use cookies to understand how our essays are read and to keep you signed in. <button>Accept all</button> <button>Manage choices</button></div>
<header class="vr-masthead"><a class="logo" href="/">The Verdigris Review</a>
<nav><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/economy">Economy</a> <a href="/ideas">Ideas</a> <a href="/podcasts">Podcasts</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
<form class="search" action="/search"><input name="q" placeholder="Search the Review"></form></header>
<main><article>
<p class="kicker">{esc(a.get('section', 'Asia'))}</p>
<h1>{esc(a['title'])}</h1>
<p class="standfirst">{esc(a['summary'])}</p>
<p class="meta">By {esc(a.get('byline', 'Our correspondent'))} &middot; <time>{date}</time> &middot; {a.get('readtime', 6)} min read</p>
<div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Save</a></div>
<div class="vr-body">
{body_html(a['body'])}
</div>
<aside class="vr-author"><p>{esc(a.get('byline', 'Our correspondent'))} writes on diplomacy in north-east Asia for the Review.</p></aside>
</article>
<section class="vr-related"><h3>More from the Review</h3><ul>{rel}</ul></section>
<section class="vr-newsletter"><h3>The Thursday Brief</h3><p>One email a week: the stories behind the communiqués.</p><input placeholder="Your email"><button>Sign up</button></section>
</main>
<footer class="vr-footer"><p>&copy; {d.year} The Verdigris Review Ltd. All rights reserved.</p>
<p><a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/corrections">Corrections</a></p></footer>
</body></html>
"""


# --------------------------------------------------------------------------- inkstone-wire

def inkstone(a, related):
    d = parse(a["published"])
    stamp = d.strftime("%B %d, %Y %I:%M %p").replace(" 0", " ") + " UTC"
    rel = "".join(f'<li><a href="/wire/{i}">{esc(t)}</a></li>' for i, t in related)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} - Inkstone Wire</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, 'Inkstone Wire')}
<meta name="twitter:card" content="summary">
</head><body>
<div class="ticker">NIKKEI 225 &#9650; &middot; USD/JPY &middot; BRENT &#9660; &middot; <a href="/markets">Markets</a></div>
<header><a href="/" class="brand">INKSTONE WIRE</a>
<nav><ul><li><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/energy">Energy</a></li><li><a href="/security">Security</a></li><li><a href="/video">Video</a></li></ul></nav></header>
<div class="cookie">This site uses cookies. By continuing you agree to our cookie policy. <a href="/cookies">Learn more</a> <button>OK</button></div>
<main><article>
<div class="category">{esc(a.get('section', 'Asia-Pacific'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="byline">By {esc(a.get('byline', 'Inkstone staff'))}</div>
<div class="timestamp">{stamp}</div>
<div class="share-row"><button>Share</button><button>Copy link</button><button>Print</button></div>
<div class="article-body">
{body_html(a['body'])}
<p class="credit">{esc(a.get('credit', 'Editing by the Asia-Pacific desk'))}</p>
</div>
<p class="standards"><a href="/trust">Our Standards: The Inkstone Trust Principles.</a></p>
</article>
<aside><h4>Read next</h4><ul>{rel}</ul></aside>
</main>
<footer><p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Inkstone Wire.</p><p><a href="/contact">Contact</a> | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""


# --------------------------------------------------------------------------- teaselgate-en (no metadata)

def teaselgate(a, related):
    d = parse(a["published"])
    date = f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    rel = "".join(f'<li><a href="/desk/{i}">{esc(t)}</a></li>' for i, t in related)
    comments = "".join(
        f'<div class="comment"><b>{esc(n)}</b><p>{esc(c)}</p></div>' for n, c in a.get("comments", []))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{esc(a['title'])} :: Teaselgate Asia Desk</title>
<link rel="stylesheet" href="/css/tg.css">
</head><body>
<div class="topbar">Teaselgate Asia Desk &mdash; independent reporting on the Pacific Rim since 2011 <a href="/donate">Support us</a></div>
<div class="cookies" role="dialog">We use essential cookies only. <a href="/privacy">Privacy</a> <button>Got it</button></div>
<div class="wrap"><div class="nav"><a href="/">Home</a> | <a href="/japan">Japan</a> | <a href="/koreas">Koreas</a> | <a href="/china">China</a> | <a href="/russia-far-east">Russia Far East</a> | <a href="/pacific">Pacific</a> | <a href="/about">About</a></div>
<div class="main">
<div class="post">
<div class="post-head"><span class="tag">{esc(a.get('section', 'Japan'))}</span>
<h1 class="post-title">{esc(a['title'])}</h1>
<div class="post-info">Posted {date} by {esc(a.get('byline', 'Desk'))}</div></div>
<div class="post-lede"><em>{esc(a['summary'])}</em></div>
<div class="post-text">
{body_html(a['body'])}
</div>
<div class="post-foot">Filed under: {esc(a.get('section', 'Japan'))} &middot; <a href="#comments">{len(a.get('comments', []))} comments</a></div>
</div>
<div id="comments"><h3>Comments</h3>{comments or '<p>No comments yet.</p>'}<form><textarea placeholder="Join the discussion"></textarea><button>Post</button></form></div>
</div>
<div class="sidebar"><h3>Also on the desk</h3><ul>{rel}</ul>
<h3>Newsletter</h3><p>The Rim, every Monday.</p></div></div>
<div class="footer">Teaselgate Asia Desk &middot; Reader-funded &middot; Contact: desk@teaselgate.example</div>
</body></html>
"""


# --------------------------------------------------------------------------- wyvern-wire (JSON-LD only)

def wyvern(a, related):
    d = parse(a["published"])
    date = d.strftime("%A, %d %B %Y, %H:%M GMT")
    rel = "".join(f'<li><a href="/d/{i}">{esc(t)}</a></li>' for i, t in related)
    tags = " ".join(f'<a class="tag" href="/tag/{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a>' for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{esc(a['title'])} — Wyvern Wire</title>
{jsonld(a, 'Wyvern Wire', 'https://wyvernwire.example')}
</head><body>
<header class="ww"><div class="ww-logo">WYVERN<span>WIRE</span></div>
<nav class="ww-nav"><a href="/diplomacy">Diplomacy</a><a href="/defence">Defence</a><a href="/un">United Nations</a><a href="/summits">Summits</a><a href="/briefings">Briefings</a><a href="/login">Log in</a></nav></header>
<div class="ww-cookie">Wyvern Wire uses cookies for analytics. <a href="/cookies">Settings</a> · <button>Accept</button></div>
<main class="ww-main">
<p class="ww-section">{esc(a.get('section', 'DIPLOMACY')).upper()}</p>
<h1>{esc(a['title'])}</h1>
<p class="ww-sub">{esc(a['summary'])}</p>
<p class="ww-date">{date}</p>
<div class="ww-text">
{body_html(a['body'])}
</div>
<p class="ww-sig">— {esc(a.get('byline', 'Wyvern Wire'))}</p>
<div class="ww-tags">{tags}</div>
<div class="ww-share">Share: <a href="#">X</a> <a href="#">Bluesky</a> <a href="#">Email</a></div>
</main>
<section class="ww-more"><h2>Related briefings</h2><ul>{rel}</ul></section>
<footer class="ww-foot">Wyvern Wire · Diplomatic news service · © {d.year} · <a href="/terms">Terms of use</a> · <a href="/licensing">Licensing</a></footer>
</body></html>
"""


# --------------------------------------------------------------------------- kurant-ru

def kurant(a, related):
    d = parse(a["published"]) + timedelta(hours=3)  # Moscow time on the page
    date = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    rel = "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in related)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{esc(a['title'])} — Курантъ</title>
<meta name="description" content="{esc(a['summary'])}">
{og(a, 'Курантъ', with_time=False)}
{jsonld(a, 'Курантъ', 'https://kurant.example')}
</head><body>
<div class="k-top"><a href="/" class="k-logo">КУРАНТЪ</a><span class="k-slogan">политика · дипломатия · мнения</span>
<nav class="k-menu"><a href="/politics">Политика</a><a href="/world">В мире</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/opinions">Мнения</a><a href="/archive">Архив</a></nav></div>
<div class="k-cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Хорошо</button></div>
<main><article class="k-article">
<div class="k-rubric">{esc(a.get('section', 'В мире'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="k-lead">{esc(a['summary'])}</div>
<div class="k-info"><span class="k-date">{date}</span> <span class="k-author">{esc(a.get('byline', ''))}</span></div>
<div class="k-text">
{body_html(a['body'])}
</div>
<div class="k-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
</article>
<aside class="k-also"><h3>Читайте также</h3><ul>{rel}</ul></aside></main>
<footer class="k-foot"><p>© Курантъ, {d.year}. Сетевое издание. 18+</p><p>Использование материалов допускается при наличии гиперссылки.</p></footer>
</body></html>
"""


# --------------------------------------------------------------------------- perezvon-ru

def perezvon(a, related):
    d = parse(a["published"]) + timedelta(hours=3)
    date = f"{d:%d.%m.%Y %H:%M}"
    rel = "".join(f'<a class="p-card" href="/int/{i}">{esc(t)}</a>' for i, t in related)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{esc(a['title'])} | Перезвон</title>
<meta name="viewport" content="width=device-width">
{og(a, 'Перезвон')}
</head><body>
<header class="p-head"><div class="p-brand">Перезвон <small>международная редакция</small></div>
<ul class="p-nav"><li><a href="/asia">Азия</a></li><li><a href="/europe">Европа</a></li><li><a href="/americas">Америка</a></li><li><a href="/cis">СНГ</a></li><li><a href="/interviews">Интервью</a></li></ul>
<a class="p-tg" href="#">Наш Telegram-канал</a></header>
<div class="p-cookies">Сайт использует cookie и рекомендательные технологии. <button>Принять</button></div>
<main class="p-main"><article>
<time class="p-time">{date}</time>
<h1 class="p-title">{esc(a['title'])}</h1>
<p class="p-anons"><b>{esc(a['summary'])}</b></p>
<div class="p-body">
{body_html(a['body'])}
</div>
<p class="p-tags">Теги: {esc(', '.join(a.get('tags', [])))}</p>
</article>
<section class="p-more"><h2>Ещё по теме</h2>{rel}</section></main>
<footer class="p-foot">«Перезвон» © {d.year}. Все права защищены. Мнение авторов может не совпадать с позицией редакции.</footer>
</body></html>
"""


# --------------------------------------------------------------------------- tumannik-ru (no metadata)

def tumannik(a, related):
    d = parse(a["published"]) + timedelta(hours=11)  # Sakhalin time on the page
    date = f"{d:%d.%m.%Y}, {d:%H:%M}"
    rel = "".join(f'<li><a href="/novosti/{i}">{esc(t)}</a></li>' for i, t in related)
    comments = "".join(
        f'<div class="t-comm"><span class="t-nick">{esc(n)}</span><div>{esc(c)}</div></div>' for n, c in a.get("comments", []))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{esc(a['title'])} - Туманник</title>
<link rel="stylesheet" href="/t.css">
</head><body>
<div class="t-weather">Южно-Сахалинск +3° · Курильск +6° · Южно-Курильск +5° · Паром «Сахалин»: по расписанию</div>
<div class="t-header"><a href="/"><img src="/logo.png" alt="Туманник"></a> <span>новости Сахалина и Курил</span>
<div class="t-menu"><a href="/novosti">Новости</a> <a href="/kurily">Курилы</a> <a href="/ekonomika">Экономика</a> <a href="/proisshestviya">Происшествия</a> <a href="/sport">Спорт</a> <a href="/afisha">Афиша</a></div></div>
<div class="t-cookie">Мы используем cookie, чтобы сайт работал лучше. <a href="#">Ок</a></div>
<div class="t-content"><div class="t-news">
<div class="t-crumbs"><a href="/">Главная</a> / <a href="/{esc(a.get('rubric_slug', 'novosti'))}">{esc(a.get('section', 'Новости'))}</a></div>
<h1>{esc(a['title'])}</h1>
<div class="t-date">{date}</div>
<div class="t-text">
{body_html(a['body'])}
</div>
<div class="t-author">{esc(a.get('byline', 'Редакция «Туманника»'))}</div>
<div class="t-share">Поделиться: VK · OK · Telegram · WhatsApp</div>
<div class="t-comments"><h4>Комментарии</h4>{comments or '<p>Комментариев пока нет.</p>'}</div>
</div>
<div class="t-side"><h4>Популярное</h4><ul>{rel}</ul><div class="t-ad">Реклама: доставка грузов на Курилы — быстро и надёжно</div></div></div>
<div class="t-footer">Сетевое издание «Туманник» · 16+ · Южно-Сахалинск · При перепечатке ссылка обязательна</div>
</body></html>
"""


# --------------------------------------------------------------------------- hokusei-ja

def hokusei(a, related):
    d = parse(a["published"]) + timedelta(hours=9)
    date = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    rel = "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in related)
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>{esc(a['title'])}｜北星通信</title>
{og(a, '北星通信')}
<meta name="viewport" content="width=device-width,initial-scale=1">
</head><body>
<header class="hs-header"><div class="hs-logo"><a href="/">北星通信</a></div>
<nav class="hs-gnav"><a href="/">トップ</a><a href="/dounai">道内</a><a href="/seiji">政治</a><a href="/keizai">経済</a><a href="/nemuro-kushiro">根室・釧路</a><a href="/hoppo">北方領土</a><a href="/shasetsu">社説</a></nav>
<div class="hs-login"><a href="/login">ログイン</a> <a href="/member">会員登録</a></div></header>
<div class="hs-cookie">当サイトはクッキーを使用しています。<a href="/policy">詳細</a> <button>同意する</button></div>
<main class="hs-main"><article>
<p class="hs-cat">{esc(a.get('section', '北方領土'))}</p>
<h1 class="hs-title">{esc(a['title'])}</h1>
<p class="hs-date">{date}</p>
<div class="hs-sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="hs-body">
{body_html(a['body'])}
</div>
</article>
<section class="hs-related"><h2>関連記事</h2><ul>{rel}</ul></section>
<section class="hs-rank"><h2>アクセスランキング</h2><ol><li>根室のサンマ、初水揚げは昨年並み</li><li>釧路湿原のメガソーラー、条例案を審議</li><li>JR花咲線の存続、沿線自治体が協議</li></ol></section></main>
<footer class="hs-footer">北星通信　©{d.year} Hokusei Tsushin　掲載記事の無断転載を禁じます</footer>
</body></html>
"""


# --------------------------------------------------------------------------- kaede-ja (JSON-LD only)

def kaede(a, related):
    d = parse(a["published"]) + timedelta(hours=9)
    date = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    rel = "".join(f'<li><a href="/kiji/{i}">{esc(t)}</a></li>' for i, t in related)
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>{esc(a['title'])} - 楓新報</title>
{jsonld(a, '楓新報', 'https://kaede-shimpo.example')}
</head><body>
<div class="kd-bar"><span class="kd-logo">楓新報 電子版</span>
<ul class="kd-menu"><li><a href="/politics">政治</a></li><li><a href="/economy">経済</a></li><li><a href="/international">国際</a></li><li><a href="/society">社会</a></li><li><a href="/opinion">オピニオン</a></li><li><a href="/paper">紙面ビューアー</a></li></ul></div>
<div class="kd-consent">楓新報は、サービス向上のためにCookieを利用します。<a href="/cookie">Cookieポリシー</a> <button>閉じる</button></div>
<div class="kd-wrap"><article class="kd-art">
<div class="kd-genre">{esc(a.get('section', '政治'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="kd-time">{date}</div>
<div class="kd-text">
{body_html(a['body'])}
</div>
<p class="kd-byline">{esc(a.get('byline', ''))}</p>
<div class="kd-share">この記事を共有する　X ／ Facebook ／ LINE ／ リンクをコピー</div>
</article>
<aside class="kd-side"><h3>あわせて読みたい</h3><ul>{rel}</ul><h3>有料会員限定</h3><p>初月無料キャンペーン実施中</p></aside></div>
<footer class="kd-foot">Copyright © 楓新報社 {d.year}　記事・写真の無断転載を禁じます。</footer>
</body></html>
"""


TEMPLATES = {
    "verdigris-en": verdigris,
    "inkstone-wire": inkstone,
    "teaselgate-en": teaselgate,
    "wyvern-wire": wyvern,
    "kurant-ru": kurant,
    "perezvon-ru": perezvon,
    "tumannik-ru": tumannik,
    "hokusei-ja": hokusei,
    "kaede-ja": kaede,
}

RELATED = {
    "verdigris-en": [("lng-realism", "Japan's LNG realism and the limits of sanctions"),
                     ("quiet-envoys", "The quiet envoys: how small states carry big messages"),
                     ("arctic-route", "Who really profits from the Northern Sea Route?"),
                     ("kuril-timeline", "The Kuril Islands: a timeline of a 170-year argument"),
                     ("summitry", "In praise of boring summitry")],
    "inkstone-wire": [("boj-hold", "BOJ holds rates, signals patience on yen"),
                      ("sakhalin-lng", "Japanese utilities keep Sakhalin-2 cargoes flowing"),
                      ("hokkaido-chip", "Chip plant in Hokkaido hits hiring snag"),
                      ("korea-japan", "South Korea, Japan finance ministers meet in Seoul")],
    "teaselgate-en": [("nemuro-saury", "Nemuro's saury boats come home half-empty again"),
                      ("okhotsk-ice", "Drift ice arrives late on the Okhotsk coast"),
                      ("fishing-explainer", "Explainer: who fishes where around Hokkaido"),
                      ("vlad-ferry", "Vladivostok ferry operators eye Korean routes")],
    "wyvern-wire": [("unsc-week", "The week at the Security Council"),
                    ("asean-chair", "ASEAN chair sets out priorities"),
                    ("g20-sherpas", "G20 sherpas struggle over Ukraine language"),
                    ("envoys-list", "Who's who: special envoys in Asia")],
    "kurant-ru": [("zakharova-brief", "Главное с брифинга МИД за неделю"),
                  ("asean-russia", "Россия — АСЕАН: итоги года"),
                  ("sanctions-list", "Санкционные списки: кто в них попал за месяц"),
                  ("kurily-history", "История Курил: справка")],
    "perezvon-ru": [("mongolia-gas", "«Сила Сибири — 2»: что решили в Пекине"),
                    ("turkey-grain", "Анкара и зерновая сделка: новая попытка"),
                    ("kazakh-oil", "КТК и казахстанская нефть"),
                    ("korea-rus", "Москва — Пхеньян: год после договора")],
    "tumannik-ru": [("parom", "Паром «Сахалин» снова в строю"),
                    ("ryba", "Лосось идёт: итоги путины"),
                    ("aeroport", "Аэропорт Итуруп: расписание на зиму"),
                    ("shkola", "В Крабозаводском открыли новый спортзал")],
    "hokusei-ja": [("sanma", "サンマ漁、根室港で水揚げ低調"),
                   ("kaigara", "貝殻島の灯台、老朽化進む"),
                   ("nemuro-hp", "市立根室病院、医師確保に課題"),
                   ("hoppo-kan", "北方館の来館者数、コロナ前水準に")],
    "kaede-ja": [("kantei", "首相動静"),
                 ("diet-schedule", "国会日程：今週の主な審議"),
                 ("russia-sanction", "対ロ制裁、追加措置の中身"),
                 ("gaiko-seisho", "外交青書とは：解説")],
}
