#!/usr/bin/env python3
"""Generate the blind46 evaluation corpus: labels.yaml and articles/<id>.html.

Usage (from anywhere):  python3 src/generate.py
Writes next to this script's parent folder:
    labels.yaml            the stream, in publication order (see the corpus FORMAT)
    articles/<id>.html     one full page per article, in its outlet's site template

Stdlib only, plus PyYAML for writing labels.yaml. The content lives in stories_en.py,
stories_ru.py and stories_ja.py; this file holds the outlets and their page templates.
"""
from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import stories_en  # noqa: E402
import stories_ja  # noqa: E402
import stories_ru  # noqa: E402

NAME = "blind46"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "ravensworth-en", "title": "Ravensworth Wire - World", "format": "rss", "lang": "en"},
    {"id": "larchfield-en", "title": "The Larchfield Courier - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "baymark-en", "title": "Baymark Business Daily - Asia markets", "format": "rss", "lang": "en"},
    {"id": "quillmark-en", "title": "Quillmark Review - Eurasia & Pacific, explained", "format": "atom", "lang": "en"},
    {"id": "kliver-ru", "title": "ИА «Кливер» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "shelf-ru", "title": "Шельф-Медиа — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "kaikyo-ja", "title": "海峡タイムス（根室・羅臼）", "format": "rss", "lang": "ja"},
    {"id": "toho-ja", "title": "東方通信ニュース", "format": "atom", "lang": "ja"},
]

E = html.escape
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def slug_num(aid: str) -> int:
    return int(hashlib.sha1(aid.encode()).hexdigest()[:6], 16) % 900000 + 100000


# --------------------------------------------------------------------------- head


def head(a: dict, site: str, lang: str, extra_css: str, jsonld: bool) -> str:
    dt = utc(a["published"])
    title = f"{a['title']} | {site}"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{E(title)}</title>",
    ]
    if a.get("meta", True):
        parts += [
            f'<meta name="description" content="{E(a["summary"])}">',
            f'<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{E(site)}">',
            f'<meta property="og:title" content="{E(a["title"])}">',
            f'<meta property="og:description" content="{E(a["summary"])}">',
            f'<meta property="article:published_time" content="{dt.strftime("%Y-%m-%dT%H:%M:%SZ")}">',
            f'<meta property="article:section" content="{E(a.get("section", ""))}">',
        ]
        for t in a.get("tags", []):
            parts.append(f'<meta property="article:tag" content="{E(t)}">')
        parts.append('<meta name="twitter:card" content="summary_large_image">')
        if jsonld:
            ld = {
                "@context": "https://schema.org", "@type": "NewsArticle",
                "headline": a["title"], "description": a["summary"],
                "datePublished": dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "dateModified": dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "inLanguage": lang, "articleSection": a.get("section", ""),
                "author": {"@type": "Person" if "Staff" not in a.get("author", "") else "Organization",
                           "name": a.get("author", site)},
                "publisher": {"@type": "Organization", "name": site},
            }
            parts.append('<script type="application/ld+json">'
                         + json.dumps(ld, ensure_ascii=False) + "</script>")
    parts += [f"<style>{extra_css}</style>", "</head>"]
    return "\n".join(parts)


def related_list(items: list[str], base: str, cls: str = "related") -> str:
    lis = "".join(f'<li><a href="{base}/{slug_num(t)}">{E(t)}</a></li>' for t in items)
    return f'<ul class="{cls}">{lis}</ul>'


def body_html(a: dict) -> str:
    return "\n".join(f"<p>{E(p)}</p>" for p in paras(a["body"]))


def comments_html(a: dict, heading: str, note: str) -> str:
    cs = a.get("comments") or []
    if not cs:
        return ""
    items = "".join(f'<li class="comment"><b class="who">{E(n)}</b><p>{E(t)}</p></li>' for n, t in cs)
    return (f'<section class="comments" id="comments"><h3>{E(heading)} ({len(cs)})</h3>'
            f'<p class="c-note">{E(note)}</p><ol>{items}</ol></section>')


# --------------------------------------------------------------------------- outlets


def page_ravensworth(a: dict) -> str:
    dt = utc(a["published"])
    when = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt.strftime('%I:%M %p').lstrip('0')} GMT"
    corr = (f'<p class="correction"><em>{E(a["correction"])}</em></p>' if a.get("correction") else "")
    css = ("body{font-family:Georgia,serif;margin:0}header.top{background:#111;color:#fff;padding:8px 16px}"
           "nav a{color:#ddd;margin-right:14px;text-decoration:none}.cookie{position:fixed;bottom:0;"
           "background:#fafafa;border-top:1px solid #ccc;padding:10px;width:100%}article{max-width:720px;"
           "margin:24px auto}.byline{color:#555;font-size:14px}.correction{background:#fff6d5;padding:6px}")
    return f"""{head(a, "Ravensworth Wire", "en", css, jsonld=True)}
<body>
<div class="cookie" id="cookie-consent" role="dialog">We use cookies and similar technologies to personalise content and ads and to analyse our traffic. <a href="/privacy">Cookie policy</a> <button>Accept all</button> <button>Manage choices</button></div>
<header class="top"><a class="logo" href="/">RAVENSWORTH</a>
<nav><a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe &amp; Russia</a><a href="/legal">Legal</a><a href="/breakingviews">Commentary</a><a href="/sustainability">Sustainability</a></nav>
<form class="search" action="/search"><input name="q" placeholder="Search Ravensworth"></form>
<a href="/account/sign-in">Sign in</a> <a class="sub" href="/subscribe">Register</a></header>
<div class="breadcrumb"><a href="/world">World</a> &rsaquo; <a href="/world/{E(a.get('section','').lower().replace(' ', '-').replace('&', 'and'))}">{E(a.get('section',''))}</a></div>
<article>
<h1>{E(a['title'])}</h1>
<p class="byline">By Ravensworth &middot; <time>{when}</time> &middot; 3 min read</p>
{corr}
<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Link</a></div>
<div class="article-body">
{body_html(a)}
</div>
<p class="credits">{E(a.get('author',''))}</p>
<p class="standards"><a href="/trust-principles">Our Standards: The Ravensworth Trust Principles.</a></p>
<div class="topics">Topics: {' '.join(f'<a href="/topic/{E(t.lower())}">{E(t)}</a>' for t in a.get('tags', []))}</div>
</article>
<aside><h2>Read Next</h2>{related_list(a.get('related', []), '/world')}</aside>
<aside class="ad">Advertisement &middot; Scroll to continue</aside>
<footer><nav><a href="/about">About Ravensworth</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms of Use</a> <a href="/accessibility">Accessibility</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; {dt.year} Ravensworth Wire. All rights reserved.</p></footer>
</body></html>
"""


def page_larchfield(a: dict) -> str:
    dt = local(utc(a["published"]), 9)
    when = f"{dt.strftime('%a')} {dt.day} {EN_MONTHS[dt.month - 1]} {dt.year} {dt.strftime('%H.%M')} JST"
    css = ("body{font-family:'Helvetica Neue',Arial,sans-serif;margin:0;color:#222}.masthead{text-align:center;"
           "font-size:34px;border-bottom:3px double #222}.cookie-bar{background:#263238;color:#fff;padding:12px}"
           "main{max-width:680px;margin:0 auto}.dek{font-size:20px;color:#444}.meta{font-size:13px}")
    return f"""{head(a, "The Larchfield Courier", "en", css, jsonld=False)}
<body>
<div class="cookie-bar">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="topbar"><a href="/subscribe">Subscribe from &yen;990 a month</a> | <a href="/login">Log in</a> | <a href="/newsletters">Newsletters</a> | <span>Edition: Asia &amp; Pacific</span></div>
<div class="masthead"><a href="/">The Larchfield Courier</a></div>
<nav class="sections"><a href="/news">News</a> <a href="/japan">Japan</a> <a href="/hokkaido">Hokkaido</a> <a href="/asia">Asia</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/life">Life &amp; Style</a> <a href="/sport">Sport</a> <a href="/puzzles">Puzzles</a></nav>
<main>
<p class="kicker"><a href="/{E(a.get('section','news').lower().split()[0])}">{E(a.get('section',''))}</a></p>
<h1>{E(a['title'])}</h1>
<p class="dek">{E(a['summary'])}</p>
<p class="meta"><span class="author">{E(a.get('author',''))}</span> &bull; <time>{when}</time></p>
<div class="share-tools"><button>Gift this article</button> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a> <a href="#comments">Comments</a></div>
<figure class="lead"><div class="ph">[Photo]</div><figcaption>File photo. &copy; Larchfield Courier</figcaption></figure>
<section class="story">
{body_html(a)}
</section>
<p class="tags">{' &middot; '.join(E(t) for t in a.get('tags', []))}</p>
<div class="newsletter"><h4>The Courier Morning Brief</h4><p>The day's essential news from Japan and Asia, in your inbox at 7am.</p><input placeholder="Email address"><button>Sign up</button></div>
{comments_html(a, 'Comments', 'Comments are moderated and may take some time to appear.')}
<section class="more"><h3>More from the Courier</h3>{related_list(a.get('related', []), '/news')}</section>
</main>
<footer><p><a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy notice</a> &middot; <a href="/cookies">Cookie settings</a></p>
<p>&copy; The Larchfield Courier {dt.year}. Registered in Japan.</p></footer>
</body></html>
"""


def page_baymark(a: dict) -> str:
    dt = local(utc(a["published"]), 9)
    when = dt.strftime("%Y-%m-%d %H:%M JST")
    css = ("body{font-family:Arial,sans-serif;margin:0}.ticker{background:#002b45;color:#9fd;font-family:monospace;"
           "padding:4px}.gdpr{background:#eee;padding:8px}.wrap{display:flex;gap:24px;max-width:1000px;margin:auto}"
           ".main{flex:3}.rail{flex:1;font-size:13px}")
    return f"""{head(a, "Baymark Business Daily", "en", css, jsonld=True)}
<body>
<div class="gdpr">Baymark and our partners use cookies to improve your experience and for advertising. <a href="/privacy-centre">Privacy centre</a> <button>Agree</button> <button>Reject non-essential</button></div>
<div class="ticker">NIKKEI 225 &#9650; | TOPIX &#9650; | USD/JPY | BRENT | JKM LNG | HANG SENG &#9660; | KOSPI</div>
<header><a class="brand" href="/">BAYMARK <small>Business Daily</small></a>
<nav><a href="/markets">Markets</a> <a href="/economy">Economy</a> <a href="/companies">Companies</a> <a href="/energy">Energy</a> <a href="/trade">Trade</a> <a href="/commodities">Commodities</a> <a href="/tech">Tech</a> <a href="/opinion">Opinion</a> <a href="/data">Data</a></nav>
<a href="/login">Sign in</a> <a href="/pro">Baymark Pro</a></header>
<div class="wrap"><div class="main">
<p class="section">{E(a.get('section',''))}</p>
<h1>{E(a['title'])}</h1>
<p class="standfirst">{E(a['summary'])}</p>
<p class="meta">{E(a.get('author',''))} | Published {when}</p>
<div class="share"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Print</a></div>
{body_html(a)}
<p class="disclaimer">This article is for information only and does not constitute investment advice.</p>
</div>
<div class="rail"><h4>Most read</h4>{related_list(a.get('related', []), '/news', 'mostread')}
<div class="ad">Advertisement</div>
<h4>Markets data</h4><p>Delayed quotes. Source: exchanges.</p></div></div>
<footer><a href="/about">About Baymark</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a><br>&copy; {dt.year} Baymark Media K.K.</footer>
</body></html>
"""


def page_quillmark(a: dict) -> str:
    dt = utc(a["published"])
    when = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"
    words = len(a["body"].split())
    css = ("body{font-family:'Source Serif Pro',serif;margin:0;background:#fffdf8}.consent{background:#333;color:#eee;"
           "padding:10px}header{display:flex;justify-content:space-between;padding:12px 20px}article{max-width:700px;"
           "margin:0 auto}.label{text-transform:uppercase;letter-spacing:.1em;color:#a33}")
    return f"""{head(a, "Quillmark Review", "en", css, jsonld=True)}
<body>
<div class="consent">Quillmark uses essential cookies to run this site and optional ones to understand how it is read. <button>Accept</button> <button>Essential only</button> <a href="/privacy">Learn more</a></div>
<header><a class="wordmark" href="/">Quillmark Review</a><nav><a href="/russia">Russia</a> <a href="/japan">Japan</a> <a href="/china">China</a> <a href="/korea">Korea</a> <a href="/explainers">Explainers</a> <a href="/analysis">Analysis</a> <a href="/podcast">Podcast</a> <a href="/newsletter">Newsletter</a> <a href="/donate">Support us</a></nav></header>
<article>
<p class="label">{E(a.get('section',''))}</p>
<h1>{E(a['title'])}</h1>
<p class="standfirst">{E(a['summary'])}</p>
<p class="byline">{E(a.get('author',''))} &middot; <time>{when}</time> &middot; {max(2, words // 220)} min read</p>
<div class="body">
{body_html(a)}
</div>
<div class="box"><p>Quillmark Review is reader-funded and independent. <a href="/donate">Become a supporter</a>.</p></div>
<p class="filed">Filed under: {', '.join(E(t) for t in a.get('tags', []))}</p>
<div class="share"><a href="#">Share</a> &middot; <a href="#">Copy link</a> &middot; <a href="#">Email</a></div>
</article>
<section class="keep-reading"><h3>Keep reading</h3>{related_list(a.get('related', []), '/analysis')}</section>
<section class="signup"><h3>The Eurasia Letter</h3><p>One email a week on Russia, Japan and the Pacific.</p><input placeholder="you@example.com"><button>Subscribe</button></section>
<footer><p><a href="/about">About</a> &middot; <a href="/team">Team</a> &middot; <a href="/corrections">Corrections policy</a> &middot; <a href="/privacy">Privacy</a></p><p>&copy; {dt.year} Quillmark Review</p></footer>
</body></html>
"""


def page_kliver(a: dict) -> str:
    dt = local(utc(a["published"]), 3)
    when = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt.strftime('%H:%M')}"
    css = ("body{font-family:'PT Sans',Arial,sans-serif;margin:0}.top{background:#0b3d6b;color:#fff;padding:6px 14px}"
           ".top a{color:#fff;margin-right:12px}.cookies{position:fixed;bottom:0;width:100%;background:#f2f2f2;padding:8px}"
           "article{max-width:740px;margin:20px auto}.lead{font-weight:bold}")
    return f"""{head(a, "ИА «Кливер»", "ru", css, jsonld=True)}
<body>
<div class="top"><a href="/">ИА «КЛИВЕР»</a>
<nav><a href="/politics">Политика</a><a href="/world">В мире</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/incidents">Происшествия</a><a href="/army">Армия</a><a href="/sport">Спорт</a><a href="/culture">Культура</a><a href="/regions">Регионы</a></nav>
<a href="/search">Поиск</a> <a href="/en">EN</a></div>
<div class="rubric"><a href="/politics">{E(a.get('section',''))}</a></div>
<article>
<p class="date"><time>{when}</time></p>
<h1>{E(a['title'])}</h1>
<p class="lead">{E(a['summary'])}</p>
<div class="text">
{body_html(a)}
</div>
<p class="author">Автор: {E(a.get('author',''))}</p>
<div class="tags">Теги: {' '.join(f'<a href="/tag/{slug_num(t)}">{E(t)}</a>' for t in a.get('tags', []))}</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a> <a href="#">WhatsApp</a></div>
<p class="subscribe">Подписывайтесь на канал ИА «Кливер» в Telegram — главные новости дня без лишнего.</p>
</article>
<aside><h3>Читайте также</h3>{related_list(a.get('related', []), '/news')}</aside>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/cookies">политикой использования cookie</a>. <button>Понятно</button></div>
<footer><p>Сетевое издание «ИА «Кливер». Свидетельство о регистрации СМИ Эл № ФС77-8{slug_num(a['id']) % 10000:04d}. 18+</p>
<p>При полном или частичном использовании материалов ссылка на ИА «Кливер» обязательна.</p>
<p><a href="/about">О агентстве</a> · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/privacy">Политика конфиденциальности</a></p>
<p>© 2011—{dt.year} ИА «Кливер»</p></footer>
</body></html>
"""


def page_shelf(a: dict) -> str:
    dt = local(utc(a["published"]), 11)
    msk = local(utc(a["published"]), 3)
    when = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt.strftime('%H:%M')} (мск {msk.strftime('%H:%M')})"
    css = ("body{font-family:Verdana,sans-serif;font-size:15px;margin:0}.head{background:#14506e;color:#fff;padding:10px}"
           ".head a{color:#fff}.weather{font-size:12px}.cookie{background:#ffe;border:1px solid #cc9;padding:6px}"
           ".cols{display:flex;gap:20px;max-width:1040px;margin:auto}.news{flex:3}.side{flex:1}")
    return f"""{head(a, "Шельф-Медиа", "ru", css, jsonld=False)}
<body>
<div class="cookie">Сайт использует cookie и сервис веб-аналитики. Продолжая работу с сайтом, вы даёте согласие на обработку персональных данных. <button>Согласен</button></div>
<div class="head"><a href="/" class="logo">ШЕЛЬФ-МЕДИА</a> <span>новости Сахалина и Курил</span>
<span class="weather">Южно-Сахалинск +4 · Курильск +6 · Южно-Курильск +5 · Курс ЦБ: $ € ¥</span>
<nav><a href="/news">Лента</a> · <a href="/sakhalin">Сахалин</a> · <a href="/kurily">Курилы</a> · <a href="/politics">Политика</a> · <a href="/economy">Экономика</a> · <a href="/society">Общество</a> · <a href="/fe">Дальний Восток</a> · <a href="/ferry">Расписание паромов</a> · <a href="/ads">Объявления</a></nav></div>
<div class="cols"><div class="news">
<div class="rubric">{E(a.get('section',''))}</div>
<h1>{E(a['title'])}</h1>
<div class="date">{when}</div>
<p class="announce"><b>{E(a['summary'])}</b></p>
{body_html(a)}
<p class="author">{E(a.get('author',''))}</p>
<p class="photo-credit">Фото: архив «Шельф-Медиа»</p>
<p class="tg">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter. Подписывайтесь на «Шельф-Медиа» в Telegram и VK.</p>
{comments_html(a, 'Комментарии', 'Комментарии публикуются после проверки модератором.')}
</div>
<div class="side"><h4>Главное на Сахалине</h4>{related_list(a.get('related', []), '/news')}
<h4>Расписание паромов</h4><p>«Игорь Фархутдинов»: Корсаков — Курильск — Южно-Курильск. Следите за изменениями.</p>
<div class="banner">Реклама</div></div></div>
<footer><p>© 2013—{dt.year} «Шельф-Медиа». Сетевое издание. 16+</p><p><a href="/about">О нас</a> · <a href="/contacts">Редакция</a> · <a href="/ads-price">Реклама на сайте</a></p></footer>
</body></html>
"""


def page_kaikyo(a: dict) -> str:
    dt = local(utc(a["published"]), 9)
    when = f"{dt.year}年{dt.month}月{dt.day}日（{JA_WEEK[dt.weekday()]}） {dt.strftime('%H:%M')}"
    css = ("body{font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;margin:0}.hd{border-bottom:4px solid #1a5c8a;"
           "padding:8px 16px}.cookie{background:#f5f5f5;padding:10px;font-size:13px}.gnav a{margin-right:10px}"
           ".art{max-width:700px;margin:20px auto;line-height:1.9}")
    return f"""{head(a, "海峡タイムス", "ja", css, jsonld=False)}
<body>
<div class="cookie">当サイトでは、利便性の向上および広告配信のためにクッキー（Cookie）を使用しています。サイトの閲覧を続けることで、クッキーの使用に同意したものとみなします。<a href="/policy/cookie">詳しくはこちら</a> <button>同意する</button></div>
<div class="hd"><a href="/" class="logo">海峡タイムス</a> <span>根室・羅臼・中標津のニュース</span>
<a href="/login">ログイン</a> <a href="/member">会員登録（無料）</a> <a href="/paper">紙面ビューアー</a></div>
<nav class="gnav"><a href="/">トップ</a><a href="/nemuro">根室</a><a href="/rausu">羅臼・根室海峡</a><a href="/hoppo">北方領土</a><a href="/fishery">水産</a><a href="/economy">経済</a><a href="/sports">スポーツ</a><a href="/okuyami">おくやみ</a><a href="/weather">天気</a></nav>
<div class="pankuzu"><a href="/">トップ</a> ＞ <a href="/hoppo">{E(a.get('section',''))}</a></div>
<div class="art">
<h1>{E(a['title'])}</h1>
<p class="date"><time>{when}</time> 更新</p>
<div class="sns"><a href="#">X（旧Twitter）</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
<div class="honbun">
{body_html(a)}
</div>
<p class="kisha">（{E(a.get('author',''))}）</p>
<p class="kiji-tags">{' '.join('#' + E(t) for t in a.get('tags', []))}</p>
{comments_html(a, '読者の声', 'コメントは編集部の確認後に掲載されます。')}
<div class="kanren"><h3>関連記事</h3>{related_list(a.get('related', []), '/article')}</div>
<div class="ranking"><h3>アクセスランキング</h3><ol><li>根室市の週間天気</li><li>花咲港のサンマ水揚げ状況</li><li>おくやみ情報</li></ol></div>
</div>
<footer><p>記事・写真の無断転載を禁じます。</p><p><a href="/company">会社案内</a>｜<a href="/policy/privacy">個人情報保護方針</a>｜<a href="/contact">お問い合わせ</a>｜<a href="/ad">広告掲載</a></p>
<p>Copyright © 海峡タイムス社 {dt.year} All Rights Reserved.</p></footer>
</body></html>
"""


def page_toho(a: dict) -> str:
    dt = local(utc(a["published"]), 9)
    when = dt.strftime("%Y/%m/%d %H:%M")
    css = ("body{font-family:'Noto Sans JP',sans-serif;margin:0}.bar{background:#b71c1c;color:#fff;padding:6px 14px}"
           ".bar a{color:#fff;margin-right:12px}.cc{position:fixed;bottom:0;width:100%;background:#222;color:#eee;padding:8px}"
           "main{max-width:760px;margin:18px auto;line-height:1.85}")
    return f"""{head(a, "東方通信ニュース", "ja", css, jsonld=True)}
<body>
<div class="bar"><a href="/">東方通信ニュース</a>
<nav><a href="/news/politics">政治</a><a href="/news/economy">経済</a><a href="/news/world">国際</a><a href="/news/society">社会</a><a href="/news/sports">スポーツ</a><a href="/news/local">地方</a><a href="/news/science">科学</a><a href="/feature">特集</a><a href="/english">English</a></nav></div>
<main>
<p class="cat">{E(a.get('section',''))}</p>
<h1>{E(a['title'])}</h1>
<p class="time"><time>{when}</time>（最終更新 {when}）</p>
<div class="share">シェア： <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">リンクをコピー</a></div>
<div class="article-body">
{body_html(a)}
</div>
<p class="copy">（{E(a.get('author',''))}）</p>
<p class="sponsor">PR：東方通信ニュースの公式アプリで速報をプッシュ通知</p>
<section class="related"><h2>関連ニュース</h2>{related_list(a.get('related', []), '/news')}</section>
<section class="pickup"><h2>注目ニュース</h2><ul><li>天気予報・全国の週間天気</li><li>きょうの株価と為替</li><li>プロ野球 試合結果</li></ul></section>
</main>
<div class="cc">東方通信ニュースはサービス向上のためにCookieを利用しています。<a href="/cookie">Cookieポリシー</a> <button>OK</button></div>
<footer><p><a href="/about">東方通信について</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/terms">利用規約</a>｜<a href="/help">ヘルプ</a></p>
<p>掲載情報の著作権は東方通信社に帰属します。© TOHO TSUSHIN {dt.year}</p></footer>
</body></html>
"""


TEMPLATES = {
    "ravensworth-en": page_ravensworth, "larchfield-en": page_larchfield,
    "baymark-en": page_baymark, "quillmark-en": page_quillmark,
    "kliver-ru": page_kliver, "shelf-ru": page_shelf,
    "kaikyo-ja": page_kaikyo, "toho-ja": page_toho,
}


# --------------------------------------------------------------------------- main


def main() -> int:
    stories = stories_en.STORIES + stories_ru.STORIES + stories_ja.STORIES
    stories.sort(key=lambda a: utc(a["published"]))
    for n, a in enumerate(stories, 1):
        a["id"] = f"b46-{n:03d}"
    art_dir = ROOT / "articles"
    art_dir.mkdir(exist_ok=True)
    for old in art_dir.glob("*.html"):
        old.unlink()
    entries = []
    for a in stories:
        (art_dir / f"{a['id']}.html").write_text(TEMPLATES[a["feed"]](a), encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a.get("new_facts"):
            e["new_facts"] = a["new_facts"]
        if a.get("must_mention"):
            e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
        e["note"] = a["note"]
        entries.append(e)
    doc = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    text = ("# blind46: generated by src/generate.py -- edit the stories, not this file.\n"
            + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110))
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} articles and labels.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
