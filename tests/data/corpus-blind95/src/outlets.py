"""Outlet definitions and page templates for the blind95 corpus.

Each outlet renders a complete HTML page around an article body. Templates differ
on purpose (markup, chrome, date formats, metadata) so that text extraction matters.
Two outlets (saltfern-wire, zubatka-ru) publish pages without any metadata:
no og: tags, no JSON-LD, no article:published_time.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "brockhollow-en", "title": "The Brockhollow Courier - Eurasia", "format": "rss", "lang": "en"},
    {"id": "merganser-post", "title": "The Merganser Post - Asia-Pacific", "format": "atom", "lang": "en"},
    {"id": "saltfern-wire", "title": "Saltfern Wire - World News", "format": "rss", "lang": "en"},
    {"id": "glubina-ru", "title": "Глубина.Сахалин — новости островного края", "format": "atom", "lang": "ru"},
    {"id": "rozavetrov-ru", "title": "Роза ветров — Дальний Восток онлайн", "format": "rss", "lang": "ru"},
    {"id": "zubatka-ru", "title": "Зубатка-Инфо — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "tsuyukusa-ja", "title": "つゆくさ新聞オンライン", "format": "atom", "lang": "ja"},
    {"id": "hamagiku-news", "title": "道東はまぎく新報", "format": "rss", "lang": "ja"},
]

METADATA = {
    "brockhollow-en": "og: tags, article:published_time, JSON-LD NewsArticle",
    "merganser-post": "og: tags, article:published_time",
    "saltfern-wire": "none (date only in visible text)",
    "glubina-ru": "og: tags, article:published_time",
    "rozavetrov-ru": "og: tags, JSON-LD NewsArticle",
    "zubatka-ru": "none (date only in visible text)",
    "tsuyukusa-ja": "og: tags, JSON-LD NewsArticle",
    "hamagiku-news": "og: tags, article:published_time",
}

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def paras(body: list[str], tag: str = "p", cls: str | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("Q: ") or p.startswith("A: "):
            out.append(f"<{tag}{c}><strong>{E(p[:2])}</strong>{E(p[2:])}</{tag}>")
        else:
            out.append(f"<{tag}{c}>{E(p)}</{tag}>")
    return "\n".join(out)


def related(items: list[tuple[str, str]], cls: str) -> str:
    return "\n".join(f'<li class="{cls}"><a href="{E(u)}">{E(t)}</a></li>' for u, t in items)


def jsonld(a: dict, publisher: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": a["lang"], "description": a["summary"],
        "author": {"@type": "Person", "name": a.get("byline") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


# ------------------------------------------------------------------ English outlets

def brockhollow(a: dict, rel: list) -> str:
    p = a["published"]
    when = f"{p.day} {EN_MONTHS[p.month - 1]} {p.year}, {p:%H:%M} GMT"
    by = a.get("byline") or "Courier staff"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | The Brockhollow Courier</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Brockhollow Courier">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{p.isoformat().replace('+00:00', 'Z')}">
<meta property="article:section" content="{E(a.get('section', 'Eurasia'))}">
{jsonld(a, 'The Brockhollow Courier')}
<link rel="stylesheet" href="/static/bc-2.14.css">
</head>
<body class="bc-article">
<div id="consent" class="bc-consent" role="dialog">
  <p>We and our partners use cookies to personalise content and measure audiences. You can change your choices at any time under &ldquo;Privacy settings&rdquo;.</p>
  <button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy">Privacy settings</a>
</div>
<header class="bc-masthead">
  <a class="bc-logo" href="/">The Brockhollow Courier</a>
  <nav class="bc-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/eurasia">Eurasia</a></li>
    <li><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/business">Business</a></li>
    <li><a href="/opinion">Opinion</a></li><li><a href="/podcasts">Podcasts</a></li>
    <li><a href="/subscribe" class="bc-cta">Subscribe from &pound;1</a></li>
  </ul></nav>
  <form class="bc-search" action="/search"><input name="q" placeholder="Search the Courier"></form>
</header>
<main>
<nav class="bc-crumbs"><a href="/">Home</a> &rsaquo; <a href="/eurasia">{E(a.get('section', 'Eurasia'))}</a></nav>
<article class="bc-story">
  <h1 class="bc-headline">{E(a['title'])}</h1>
  <p class="bc-standfirst">{E(a['summary'])}</p>
  <div class="bc-meta"><span class="bc-byline">{E(by)}</span> &middot; <time>{when}</time></div>
  <div class="bc-share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
  <div class="bc-body">
{paras(a['body'])}
  </div>
  <p class="bc-tags">Topics: {E(', '.join(a.get('tags', ['Japan', 'Russia'])))}</p>
  <aside class="bc-newsletter"><h3>The Eurasia Brief</h3><p>Our correspondents' pick of the week, every Friday. <a href="/newsletters">Sign up</a></p></aside>
</article>
<section class="bc-related"><h2>More from the Courier</h2><ul>
{related(rel, 'bc-rel')}
</ul></section>
</main>
<footer class="bc-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/corrections">Corrections</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul>
  <p>&copy; Brockhollow Media Ltd. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


def merganser(a: dict, rel: list) -> str:
    p = a["published"]
    when = f"{EN_MONTHS[p.month - 1][:3]}. {p.day}, {p.year} {p:%H:%M} UTC"
    by = a.get("byline") or "Merganser Post staff"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - The Merganser Post</title>
<meta name="viewport" content="width=device-width">
<meta property="og:site_name" content="The Merganser Post">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{p.isoformat().replace('+00:00', 'Z')}">
<link rel="icon" href="/favicon.ico">
</head>
<body>
<div class="mp-topbar"><span>Asia-Pacific edition</span> <a href="/edition/us">US</a> | <a href="/edition/uk">UK</a> <a class="mp-login" href="/login">Log in</a></div>
<header><div class="mp-brand"><a href="/">THE MERGANSER POST</a></div>
<nav><a href="/">Home</a> <a href="/japan">Japan</a> <a href="/koreas">Koreas</a> <a href="/china">China</a> <a href="/russia-central-asia">Russia &amp; Central Asia</a> <a href="/markets">Markets</a> <a href="/sport">Sport</a> <a href="/puzzles">Puzzles</a></nav></header>
<div class="mp-wrap">
<div class="mp-main">
<div class="mp-kicker">{E(a.get('section', 'Japan'))}</div>
<h1>{E(a['title'])}</h1>
<div class="mp-byline">By {E(by)} | <span class="mp-date">{when}</span></div>
<figure class="mp-fig"><div class="mp-img-placeholder"></div><figcaption>{E(a.get('caption', 'File photo.'))}</figcaption></figure>
<div class="mp-text">
{paras(a['body'])}
</div>
<div class="mp-share">Share this story: <a href="#">Email</a> &middot; <a href="#">X</a> &middot; <a href="#">Threads</a></div>
<div class="mp-comments"><h4>Comments ({a.get('ncomments', 0)})</h4><p>Comments are open to subscribers. Please keep it civil.</p></div>
</div>
<aside class="mp-side"><h3>Most read</h3><ol>
{related(rel, 'mp-mr')}
</ol>
<div class="mp-ad">Advertisement</div></aside>
</div>
<div class="mp-cookie">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Learn more</a> <button>OK</button></div>
<footer><p>The Merganser Post &copy; {p.year}. All rights reserved.</p><p><a href="/about">About</a> &middot; <a href="/ethics">Standards</a> &middot; <a href="/tips">Send us a tip</a> &middot; <a href="/careers">Careers</a></p></footer>
</body>
</html>
"""


def saltfern(a: dict, rel: list) -> str:
    # no metadata at all: no og:, no JSON-LD, no article:published_time
    p = a["published"]
    when = f"{p.day} {EN_MONTHS[p.month - 1][:3]} {p.year} {p:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a['title'])} :: Saltfern Wire</title>
<style>body{{font-family:Georgia,serif}} .sw-slug{{text-transform:uppercase;color:#888}}</style>
</head>
<body>
<table class="sw-frame" width="100%"><tr><td>
<div class="sw-header"><b>SALTFERN WIRE</b> &mdash; wire copy for subscribing newsrooms
<div class="sw-menu"><a href="/wire/top">Top stories</a> | <a href="/wire/asia">Asia</a> | <a href="/wire/europe">Europe</a> | <a href="/wire/markets">Markets</a> | <a href="/wire/features">Features</a> | <a href="/help">Help desk</a></div></div>
<div class="sw-notice">Subscriber terminal. Republication permitted under your Saltfern licence; credit &ldquo;Saltfern&rdquo;.</div>
<div class="sw-slug">{E(a.get('slug', 'ASIA'))}</div>
<h1 class="sw-hed">{E(a['title'])}</h1>
<div class="sw-filed">Filed {when}{(' &middot; ' + E(a['byline'])) if a.get('byline') else ''}</div>
<div class="sw-copy">
{paras(a['body'])}
</div>
<div class="sw-end">(Editing by {E(a.get('editor', 'the Asia desk'))}) ((asia.desk@saltfernwire.example; +44 20 0000 0000))</div>
<div class="sw-more"><b>Also on the wire:</b><ul>
{related(rel, 'sw-also')}
</ul></div>
<div class="sw-foot">&copy; Saltfern Wire Ltd. All wire copy is provided for subscribers&#39; use only. <a href="/terms">Terms</a> | <a href="/corrections">Corrections</a></div>
</td></tr></table>
</body>
</html>
"""


# ------------------------------------------------------------------ Russian outlets

def glubina(a: dict, rel: list) -> str:
    p = local(a["published"], 11)
    when = f"{p.day} {RU_MONTHS[p.month - 1]} {p.year}, {p:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — Глубина.Сахалин</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{a['published'].isoformat().replace('+00:00', 'Z')}">
</head>
<body>
<div class="gl-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/policy">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="gl-head">
  <a class="gl-logo" href="/">Глубина<span>.Сахалин</span></a>
  <div class="gl-weather">Южно-Сахалинск −3° · Курильск +1°</div>
  <nav class="gl-menu"><a href="/news">Новости</a><a href="/kurily">Курилы</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/incidents">Происшествия</a><a href="/sport">Спорт</a><a href="/afisha">Афиша</a></nav>
</header>
<main class="gl-page">
<div class="gl-rubric">{E(a.get('section', 'Новости'))}</div>
<h1>{E(a['title'])}</h1>
<div class="gl-date">{when}</div>
<div class="gl-lead"><p>{E(a['summary'])}</p></div>
<div class="gl-text">
{paras(a['body'])}
</div>
<div class="gl-author">{E(a.get('byline') or 'Редакция «Глубины»')}</div>
<div class="gl-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="gl-subscribe">Подписывайтесь на наш канал в Telegram — все новости Сахалина и Курил первыми.</div>
<section class="gl-also"><h3>Читайте также</h3><ul>
{related(rel, 'gl-also-item')}
</ul></section>
</main>
<footer class="gl-foot"><p>Сетевое издание «Глубина.Сахалин». Регистрационный номер Эл № ФС77-00000. Главный редактор — О. В. Тарасенко. 16+</p><p>При использовании материалов гиперссылка на сайт обязательна.</p></footer>
</body>
</html>
"""


def rozavetrov(a: dict, rel: list) -> str:
    p = local(a["published"], 10)
    when = f"{p:%d.%m.%Y %H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Роза ветров</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="Роза ветров">
{jsonld(a, 'Роза ветров')}
</head>
<body class="rv">
<header class="rv-header"><div class="rv-logo"><a href="/">РОЗА ВЕТРОВ</a><small>Дальний Восток онлайн</small></div>
<ul class="rv-nav"><li><a href="/main">Главное</a></li><li><a href="/politics">Политика</a></li><li><a href="/region">Регион</a></li><li><a href="/economy">Экономика</a></li><li><a href="/opinions">Мнения</a></li><li><a href="/video">Видео</a></li></ul>
<div class="rv-rates">USD 92,41 · JPY 0,61 · CNY 12,70</div></header>
<div class="rv-container">
<article class="rv-article">
<div class="rv-section">{E(a.get('section', 'Политика'))}</div>
<h1 class="rv-title">{E(a['title'])}</h1>
<div class="rv-info"><span class="rv-time">{when}</span> <span class="rv-views">Просмотров: {a.get('views', 1200)}</span></div>
<div class="rv-content">
{paras(a['body'])}
</div>
<div class="rv-by">Автор: {E(a.get('byline') or 'Служба новостей «Розы ветров»')}</div>
<div class="rv-tags">{' '.join('<a href="/tag/x">#' + E(t) + '</a>' for t in a.get('tags', ['Курилы']))}</div>
<div class="rv-comments"><h4>Комментарии ({a.get('ncomments', 0)})</h4><p>Чтобы оставить комментарий, войдите через VK ID.</p></div>
</article>
<aside class="rv-aside"><h3>Популярное</h3><ul>
{related(rel, 'rv-pop')}
</ul></aside>
</div>
<div class="rv-cookie">Сайт использует cookie. <a href="/cookies">Подробнее</a></div>
<footer class="rv-footer">© «Роза ветров», 2012–{p.year}. Все права защищены. 18+ <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></footer>
</body>
</html>
"""


def zubatka(a: dict, rel: list) -> str:
    # no metadata at all
    p = local(a["published"], 11)
    when = f"{p:%d.%m.%Y} | {p:%H:%M}"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
</head>
<body>
<div id="top"><a href="/"><b>ЗУБАТКА-ИНФО</b></a> · лента новостей Дальнего Востока · <a href="/lenta">Вся лента</a> · <a href="/rss">RSS</a> · <a href="/about">О нас</a></div>
<div id="wrap">
<div id="left">
<div class="item-date">{when}</div>
<h2 class="item-title">{E(a['title'])}</h2>
<div class="item-text">
{paras(a['body'])}
</div>
<div class="item-src">{E(a.get('source_line', ''))}</div>
<div class="item-share"><a href="#">Отправить в Telegram</a> · <a href="#">Скопировать ссылку</a></div>
</div>
<div id="right"><b>Лента</b><ul>
{related(rel, 'lenta')}
</ul>
<div class="banner">Реклама. ООО «Рыбный двор». Доставка морепродуктов по Южно-Сахалинску.</div></div>
</div>
<div id="bottom">Зубатка-Инфо © Все права защищены. Мнение редакции может не совпадать с мнением авторов. 16+</div>
</body>
</html>
"""


# ------------------------------------------------------------------ Japanese outlets

def tsuyukusa(a: dict, rel: list) -> str:
    p = local(a["published"], 9)
    when = f"{p.year}年{p.month}月{p.day}日 {p:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])}：つゆくさ新聞オンライン</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="つゆくさ新聞オンライン">
{jsonld(a, 'つゆくさ新聞社')}
</head>
<body>
<div class="ty-cookie">当サイトではクッキーを使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="ty-header">
<div class="ty-logo"><a href="/">つゆくさ新聞</a></div>
<div class="ty-login"><a href="/login">ログイン</a> <a href="/signup">会員登録（無料）</a></div>
<nav class="ty-gnav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/international">国際</a><a href="/national">社会</a><a href="/hokkaido">北海道</a><a href="/sports">スポーツ</a><a href="/opinion">オピニオン</a></nav>
</header>
<main class="ty-main">
<div class="ty-pankuzu"><a href="/">トップ</a> ＞ <a href="/{E(a.get('path', 'international'))}">{E(a.get('section', '国際'))}</a></div>
<article>
<h1 class="ty-title">{E(a['title'])}</h1>
<div class="ty-date">{when}{('　' + E(a['byline'])) if a.get('byline') else ''}</div>
<div class="ty-sns">シェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="ty-honbun">
{paras(a['body'])}
</div>
<div class="ty-copy">この記事の無断転載を禁じます。</div>
</article>
<section class="ty-kanren"><h2>関連記事</h2><ul>
{related(rel, 'ty-kanren-item')}
</ul></section>
<section class="ty-rank"><h2>アクセスランキング</h2><p>ただいま集計中です</p></section>
</main>
<footer class="ty-footer"><p><a href="/company">会社案内</a>｜<a href="/kiyaku">利用規約</a>｜<a href="/privacy">個人情報</a>｜<a href="/contact">お問い合わせ</a></p><p>Copyright © つゆくさ新聞社 All rights reserved.</p></footer>
</body>
</html>
"""


def hamagiku(a: dict, rel: list) -> str:
    p = local(a["published"], 9)
    when = f"{p:%Y/%m/%d %H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} | 道東はまぎく新報</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published'].isoformat().replace('+00:00', 'Z')}">
</head>
<body id="hg">
<div class="hg-bar">道東の朝を届けて70年　<a href="/shiten">支社・支局一覧</a>　<a href="/koudoku">購読のお申し込み</a></div>
<header><h1 class="hg-site"><a href="/">道東はまぎく新報</a></h1>
<ul class="hg-menu"><li><a href="/news">ニュース</a></li><li><a href="/nemuro-kushiro">根室・釧路</a></li><li><a href="/gyogyo">漁業</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/chiiki">地域</a></li><li><a href="/okuyami">おくやみ</a></li><li><a href="/weather">天気</a></li></ul></header>
<div class="hg-cols">
<div class="hg-article">
<p class="hg-cat">{E(a.get('section', 'ニュース'))}</p>
<h2 class="hg-midashi">{E(a['title'])}</h2>
<p class="hg-time">{when}</p>
<div class="hg-hon">
{paras(a['body'])}
</div>
<p class="hg-kisha">{E(a.get('byline', ''))}</p>
<div class="hg-share"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a></div>
</div>
<div class="hg-side"><h3>最新ニュース</h3><ul>
{related(rel, 'hg-new')}
</ul><div class="hg-ad">広告　根室信用金庫　住宅ローン金利引き下げキャンペーン実施中</div></div>
</div>
<div class="hg-cookie">本サイトはサービス向上のためクッキーを利用しています。<button>閉じる</button></div>
<footer><p>道東はまぎく新報社　〒087-0000 北海道根室市</p><p>掲載の記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "brockhollow-en": brockhollow, "merganser-post": merganser, "saltfern-wire": saltfern,
    "glubina-ru": glubina, "rozavetrov-ru": rozavetrov, "zubatka-ru": zubatka,
    "tsuyukusa-ja": tsuyukusa, "hamagiku-news": hamagiku,
}

# Sidebar / related headlines per outlet: unrelated or generic items that never
# report one of the corpus' developments.
RELATED = {
    "brockhollow-en": [
        ("/business/2024/yen-carry", "Why the yen carry trade keeps traders awake"),
        ("/eurasia/kazakh-grain", "Kazakh grain exports hit a logistics wall"),
        ("/world/baltic-cables", "Baltic states tighten watch on undersea cables"),
        ("/opinion/japan-rice", "Opinion: Japan's rice shortage was a policy choice"),
        ("/asia-pacific/korea-births", "South Korea's birth rate ticks up for a second year"),
        ("/podcasts/eurasia-brief-112", "Podcast: The Eurasia Brief, episode 112"),
    ],
    "merganser-post": [
        ("/japan/typhoon-kyushu", "Typhoon brings record rain to southern Kyushu"),
        ("/markets/nikkei-close", "Nikkei closes higher as chipmakers rally"),
        ("/sport/sumo-basho", "Sumo: ozeki clinches title on final day"),
        ("/koreas/seoul-housing", "Seoul apartment prices cool after rate warning"),
        ("/china/ev-exports", "China's EV exports to Southeast Asia double"),
        ("/japan/tourist-tax", "Kyoto weighs higher tourist tax for hotels"),
    ],
    "saltfern-wire": [
        ("/wire/markets/oil-1", "Oil steadies as traders eye OPEC+ output"),
        ("/wire/europe/rail-strike", "Rail strike halts trains across northern Italy"),
        ("/wire/asia/phil-quake", "Magnitude 5.9 quake strikes off Mindanao, no tsunami warning"),
        ("/wire/asia/india-monsoon", "India's monsoon rains 8% above average so far"),
        ("/wire/features/whisky", "Feature: Taiwan's single malts win over Scottish judges"),
    ],
    "glubina-ru": [
        ("/news/avtobus-7", "В Южно-Сахалинске изменят схему движения автобуса № 7"),
        ("/society/shkola-dolinsk", "В Долинске после ремонта открылась школа искусств"),
        ("/economy/tarify", "Тарифы на тепло на Сахалине вырастут с 1 июля"),
        ("/sport/hokkey", "«Сахалинские акулы» проиграли в Хабаровске"),
        ("/incidents/pozhar", "В Корсакове потушили пожар на складе"),
        ("/afisha/teatr", "Чехов-центр открывает сезон премьерой"),
    ],
    "rozavetrov-ru": [
        ("/region/vlad-most", "Во Владивостоке закроют на ремонт мост на Русский"),
        ("/economy/kraby", "Цены на краба в Приморье упали на треть"),
        ("/politics/dv-gubernatory", "Рейтинг дальневосточных губернаторов: кто вырос"),
        ("/opinions/ipoteka", "Дальневосточная ипотека: кому она ещё доступна"),
        ("/video/tayfun", "Видео: последствия тайфуна в Находке"),
    ],
    "zubatka-ru": [
        ("/lenta/1", "На Камчатке открыли сезон лова лосося"),
        ("/lenta/2", "В Хабаровске подорожал проезд в трамваях"),
        ("/lenta/3", "В Магадане прошёл фестиваль северной кухни"),
        ("/lenta/4", "Паромная переправа Ванино — Холмск работает по графику"),
        ("/lenta/5", "Синоптики обещают Сахалину снег до конца недели"),
    ],
    "tsuyukusa-ja": [
        ("/economy/chingin", "最低賃金、全国平均で過去最大の引き上げ"),
        ("/national/kuma", "クマの出没相次ぐ　道内で注意報"),
        ("/politics/yosan", "補正予算案、今週にも国会提出へ"),
        ("/international/beikoku", "米国の関税措置、自動車業界に波紋"),
        ("/sports/yakyu", "日本ハム、逆転勝ちで3連勝"),
    ],
    "hamagiku-news": [
        ("/gyogyo/sanma", "サンマ棒受け網、初水揚げは前年並み"),
        ("/chiiki/matsuri", "根室金刀比羅神社例大祭　3日間の日程終える"),
        ("/nemuro-kushiro/byoin", "市立病院、小児科の診療日を拡大"),
        ("/news/kion", "釧路で今季初の真夏日"),
        ("/chiiki/kodomo", "子ども食堂、別海町に2カ所目"),
        ("/gyogyo/kombu", "歯舞の昆布、天日干し作業が最盛期"),
    ],
}
