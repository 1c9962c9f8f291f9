"""Page templates for the eight invented outlets of corpus blind54.

Each template takes an article dict (see generate.py) and returns a full HTML5 page.
Body text uses a tiny markup: paragraphs separated by blank lines; '## ' starts a
subhead, '> ' a pull quote, '**x**' is bold. Everything else is escaped.
"""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta

BOLD = re.compile(r"\*\*(.+?)\*\*")

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def inline(text: str) -> str:
    return BOLD.sub(lambda m: f"<strong>{m.group(1)}</strong>", html.escape(text, quote=False))


def render_body(body: str, p_class: str = "", sub_tag: str = "h2", quote_class: str = "pull") -> str:
    out = []
    pc = f' class="{p_class}"' if p_class else ""
    for block in [b.strip() for b in body.strip().split("\n\n") if b.strip()]:
        block = " ".join(line.strip() for line in block.splitlines())
        if block.startswith("## "):
            out.append(f"<{sub_tag}>{inline(block[3:])}</{sub_tag}>")
        elif block.startswith("> "):
            out.append(f'<blockquote class="{quote_class}"><p>{inline(block[2:])}</p></blockquote>')
        else:
            out.append(f"<p{pc}>{inline(block)}</p>")
    return "\n".join(out)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def related_list(items: list[str], cls: str) -> str:
    return "\n".join(f'<li class="{cls}"><a href="#">{esc(t)}</a></li>' for t in items)


# ---------------------------------------------------------------- The Longhand Review (EN)

def longhand(a: dict) -> str:
    dt = a["dt"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso(dt), "dateModified": iso(dt), "inLanguage": "en",
          "author": {"@type": "Person", "name": a.get("author", "Longhand staff")},
          "publisher": {"@type": "Organization", "name": "The Longhand Review"},
          "description": a["summary"]}
    date_h = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | The Longhand Review</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Longhand Review">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="article:published_time" content="{iso(dt)}">
<meta property="article:section" content="{esc(a.get('section', 'Conversations'))}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/longhand.css">
</head>
<body class="lh-article">
<div id="consent" class="lh-consent" role="dialog">We use cookies to remember your reading list and to measure which long reads are finished. <button>Accept</button> <button>Manage choices</button></div>
<header class="lh-masthead">
  <a class="lh-logo" href="/">The Longhand Review</a>
  <p class="lh-tagline">Interviews &amp; long reads, slowly</p>
  <nav class="lh-nav"><a href="/conversations">Conversations</a> <a href="/long-reads">Long reads</a> <a href="/asia">Asia</a> <a href="/eurasia">Eurasia</a> <a href="/nature">Nature &amp; Place</a> <a href="/podcast">Podcast</a> <a href="/subscribe" class="lh-sub">Subscribe</a></nav>
</header>
<main>
<article class="lh-piece">
  <p class="lh-kicker">{esc(a.get('section', 'Conversations'))}</p>
  <h1 class="lh-headline">{esc(a['title'])}</h1>
  <p class="lh-standfirst">{esc(a['summary'])}</p>
  <p class="lh-byline">By {esc(a.get('author', 'Longhand staff'))} · {date_h} · {a.get('minutes', 9)} min read</p>
  <div class="lh-share"><a href="#">Share</a> <a href="#">Save for later</a> <a href="#">Listen</a></div>
  <div class="lh-body">
{render_body(a['body'], sub_tag='h3', quote_class='lh-pullquote')}
  </div>
  <p class="lh-endnote">{esc(a.get('endnote', 'This conversation has been edited and condensed.'))}</p>
</article>
<aside class="lh-more">
  <h2>More from The Longhand Review</h2>
  <ul>{related_list(a.get('related', []), 'lh-more-item')}</ul>
</aside>
<section class="lh-newsletter"><h2>The Sunday Longhand</h2><p>One long read, one conversation, every Sunday morning.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
</main>
<footer class="lh-footer"><p>&copy; {dt.year} The Longhand Review Ltd. All rights reserved.</p><p><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/corrections">Corrections</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Plover Wire (EN)

def plover(a: dict) -> str:
    dt = a["dt"]
    stamp = dt.strftime("%d %b %Y %H:%M GMT")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Plover Wire</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:site_name" content="Plover Wire">
<meta property="article:published_time" content="{iso(dt)}">
<meta name="keywords" content="{esc(', '.join(a.get('tags', [])))}">
</head>
<body>
<div class="pw-cookie">Plover Wire uses cookies and similar technologies. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <a href="#" class="pw-ok">OK</a></div>
<div class="pw-top"><span class="pw-brand">PLOVER WIRE</span> <span class="pw-edition">Asia-Pacific edition</span>
<ul class="pw-menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/markets">Markets</a></li><li><a href="/energy">Energy</a></li><li><a href="/weekly">Weekly round-ups</a></li></ul></div>
<div class="pw-ticker">MARKETS: Nikkei 225 | USD/JPY | Brent | Dubai crude | JKM LNG</div>
<div id="content">
<p class="pw-section">{esc(a.get('section', 'Asia-Pacific'))}</p>
<h1>{esc(a['title'])}</h1>
<div class="pw-meta">{esc(a.get('author', 'Plover Wire staff'))} | {stamp}</div>
<div class="pw-story">
{render_body(a['body'], sub_tag='h3')}
</div>
<p class="pw-credit">{esc(a.get('endnote', 'Reporting by Plover Wire correspondents; editing by the Asia desk.'))}</p>
<div class="pw-trust">Our standards: <a href="/principles">The Plover Wire Trust Principles</a></div>
<div class="pw-related"><h4>Read next</h4><ul>{related_list(a.get('related', []), 'pw-rel')}</ul></div>
</div>
<div class="pw-foot">All quotes delayed a minimum of 15 minutes. &copy; {dt.year} Plover Wire. <a href="/terms">Terms of use</a> <a href="/accessibility">Accessibility</a> <a href="/contact">Contact</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------- Brindle Transcripts (EN) - no metadata

def brindle(a: dict) -> str:
    dt = a["dt"]
    date_h = f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
</head>
<body>
<table class="bt-frame" width="100%"><tr><td>
<div class="bt-head"><b>BRINDLE TRANSCRIPTS</b> &mdash; briefings, pressers &amp; broadcast interviews, as spoken<br>
<a href="/">Latest</a> | <a href="/governments">Governments</a> | <a href="/broadcast">Broadcast</a> | <a href="/search">Search transcripts</a> | <a href="/about">About our translations</a></div>
<div class="bt-notice">This site stores a cookie to remember your text-size setting. <a href="#">Dismiss</a></div>
<hr>
<h1 class="bt-title">{esc(a['title'])}</h1>
<p class="bt-date">Posted {date_h} &middot; {esc(a.get('source_line', 'Unofficial translation'))}</p>
<p class="bt-summary"><i>{esc(a['summary'])}</i></p>
<div class="bt-transcript">
{render_body(a['body'], p_class='bt-line', sub_tag='h3')}
</div>
<p class="bt-disclaimer">{esc(a.get('endnote', 'Brindle Transcripts provides working translations for research use. Check delivery against the official record where one exists.'))}</p>
<hr>
<div class="bt-side"><b>Other transcripts</b><ul>{related_list(a.get('related', []), 'bt-other')}</ul></div>
<p class="bt-foot">Brindle Transcripts &middot; reader-funded &middot; <a href="/donate">Support us</a> &middot; <a href="/privacy">Privacy</a></p>
</td></tr></table>
</body>
</html>
"""


# ---------------------------------------------------------------- The Whinchat (EN)

def whinchat(a: dict) -> str:
    dt = a["dt"]
    date_h = f"{EN_MONTHS[dt.month - 1][:3]}. {dt.day}, {dt.year}"
    comments = ""
    if a.get("comments"):
        comments = "<section class=\"wc-comments\"><h3>Comments</h3>" + "".join(
            f'<div class="wc-comment"><b>{esc(n)}</b><p>{esc(t)}</p></div>' for n, t in a["comments"]) + "</section>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — The Whinchat</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(a['summary'])}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body class="wc">
<div class="wc-gdpr">The Whinchat and its partners use cookies. <button>Agree</button> <button>Reject non-essential</button></div>
<header><div class="wc-logo">The Whinchat</div><div class="wc-sub">Hokkaido &amp; the North Pacific, in English</div>
<nav><a href="/news">News</a> · <a href="/nemuro">Nemuro &amp; the East</a> · <a href="/sapporo">Sapporo</a> · <a href="/fisheries">Fisheries</a> · <a href="/interviews">Interviews</a> · <a href="/travel">Travel</a> · <a href="/weather">Weather</a></nav></header>
<div class="wc-wrap">
<article>
<h1>{esc(a['title'])}</h1>
<div class="wc-byline">{esc(a.get('author', 'Whinchat staff'))} — {date_h}</div>
<figure class="wc-photo"><div class="wc-ph"></div><figcaption>{esc(a.get('caption', 'Cape Nosappu, Nemuro. (The Whinchat)'))}</figcaption></figure>
{render_body(a['body'], sub_tag='h2', quote_class='wc-q')}
<div class="wc-tags">Filed under: {esc(', '.join(a.get('tags', ['Hokkaido'])))}</div>
<div class="wc-share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Email</a></div>
</article>
{comments}
<aside class="wc-rail"><h3>Most read this week</h3><ol>{related_list(a.get('related', []), 'wc-mr')}</ol>
<div class="wc-ad">Advertisement</div></aside>
</div>
<footer>The Whinchat is an independent English-language news site based in Kushiro. &copy; {dt.year}. <a href="/about">About</a> <a href="/tips">Send us a tip</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Кулуары (RU)

def kuluary(a: dict) -> str:
    dt = a["dt"]
    m = dt + timedelta(hours=3)
    date_h = f"{m.day} {RU_MONTHS[m.month - 1]} {m.year}, {m.hour:02d}:{m.minute:02d}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Кулуары</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="article:published_time" content="{iso(dt)}">
<meta property="og:locale" content="ru_RU">
</head>
<body>
<div class="kl-cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <span class="kl-close">Понятно</span></div>
<header class="kl-header"><a class="kl-logo" href="/">КУЛУАРЫ</a><span class="kl-slogan">интервью · стенограммы · мнения</span>
<nav><a href="/politika">Политика</a><a href="/mir">В мире</a><a href="/interview">Интервью</a><a href="/stenogrammy">Стенограммы</a><a href="/ekonomika">Экономика</a><a href="/regiony">Регионы</a><a href="/tv">Эфиры</a></nav></header>
<div class="kl-page">
<div class="kl-rubric">{esc(a.get('section', 'Интервью'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="kl-lead">{esc(a['summary'])}</div>
<div class="kl-meta"><time>{date_h}</time> · {esc(a.get('author', 'Редакция «Кулуаров»'))}</div>
<div class="kl-text">
{render_body(a['body'], sub_tag='h3', quote_class='kl-cit')}
</div>
<div class="kl-note">{esc(a.get('endnote', 'Перепечатка материалов допускается только с активной ссылкой на «Кулуары».'))}</div>
<div class="kl-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
<div class="kl-also"><h4>Читайте также</h4><ul>{related_list(a.get('related', []), 'kl-also-item')}</ul></div>
</div>
<footer class="kl-footer">© «Кулуары», 2019–{dt.year}. Сетевое издание. 18+ <a href="/redakciya">Редакция</a> <a href="/reklama">Реклама</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Вечерний Южный (RU) - minimal metadata

def vecher(a: dict) -> str:
    dt = a["dt"]
    m = dt + timedelta(hours=11)
    date_h = f"{m.day} {RU_MONTHS[m.month - 1]} {m.year}, {m.hour:02d}:{m.minute:02d}"
    comments = ""
    if a.get("comments"):
        comments = "<div class=\"vy-comments\"><h3>Комментарии</h3>" + "".join(
            f'<div class="vy-c"><span class="vy-nick">{esc(n)}</span><p>{esc(t)}</p></div>' for n, t in a["comments"]) + "</div>"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Вечерний Южный</title>
</head>
<body>
<div class="vy-top">Южно-Сахалинск · <span class="vy-weather">погода</span> · <span class="vy-curr">курсы валют</span></div>
<div class="vy-cookie">Сайт использует cookie и сервис веб-аналитики. <a href="#">Принять</a></div>
<div class="vy-logo"><a href="/">Вечерний Южный</a><small>новости Сахалина и Курил с 1994 года</small></div>
<ul class="vy-menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/vlast">Власть</a></li><li><a href="/obshchestvo">Общество</a></li><li><a href="/ryba">Рыба</a></li><li><a href="/interview">Интервью</a></li><li><a href="/istoriya">История</a></li></ul>
<div class="vy-main">
<h1>{esc(a['title'])}</h1>
<div class="vy-date">{date_h}</div>
<div class="vy-anons"><b>{esc(a['summary'])}</b></div>
{render_body(a['body'], sub_tag='h3', quote_class='vy-quote')}
<div class="vy-author">{esc(a.get('author', 'Вечерний Южный'))}</div>
<div class="vy-bottom">Нашли ошибку? Выделите её и нажмите Ctrl+Enter</div>
{comments}
<div class="vy-more"><h3>Другие новости</h3><ul>{related_list(a.get('related', []), 'vy-m')}</ul></div>
</div>
<div class="vy-footer">© Вечерний Южный. Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000. Использование материалов — с гиперссылкой. 16+</div>
</body>
</html>
"""


# ---------------------------------------------------------------- 北の論壇 (JA)

def kitaron(a: dict) -> str:
    dt = a["dt"]
    j = dt + timedelta(hours=9)
    date_h = f"{j.year}年{j.month}月{j.day}日 {j.hour}:{j.minute:02d}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso(dt), "inLanguage": "ja",
          "publisher": {"@type": "Organization", "name": "北の論壇"}}
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}｜北の論壇 電子版</title>
<meta name="description" content="{esc(a['summary'])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="kr-cookie">当サイトではクッキーを使用しています。<a href="/policy">プライバシーポリシー</a> <button>同意する</button></div>
<header class="kr-header"><div class="kr-logo">北の論壇 <span>電子版</span></div>
<nav class="kr-gnav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/hoppo">北方領土</a><a href="/economy">経済</a><a href="/region">道東</a><a href="/interview">インタビュー</a><a href="/opinion">論壇</a></nav>
<div class="kr-login"><a href="/login">ログイン</a> <a href="/join">会員登録</a></div></header>
<main class="kr-main">
<div class="kr-cat">{esc(a.get('section', '北方領土'))}</div>
<h1 class="kr-title">{esc(a['title'])}</h1>
<div class="kr-date">{date_h}</div>
<div class="kr-sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="kr-body">
{render_body(a['body'], sub_tag='h2', quote_class='kr-quote')}
</div>
<p class="kr-writer">{esc(a.get('author', '（北の論壇）'))}</p>
<div class="kr-paywall">この記事は会員限定です。続きは会員登録でお読みいただけます。</div>
<section class="kr-rel"><h3>関連記事</h3><ul>{related_list(a.get('related', []), 'kr-rel-item')}</ul></section>
</main>
<footer class="kr-footer">© 北の論壇社 無断転載を禁じます。 <a href="/about">会社概要</a> <a href="/ad">広告掲載</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- 北日本テレビ NEWS (JA)

def kitanihon(a: dict) -> str:
    dt = a["dt"]
    j = dt + timedelta(hours=9)
    date_h = f"{j.year}/{j.month:02d}/{j.day:02d} {j.hour:02d}:{j.minute:02d}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | 北日本テレビ NEWS</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="北日本テレビ NEWS">
<meta property="og:type" content="article">
</head>
<body>
<div class="knt-consent">北日本テレビは、サービス向上のためCookieを利用します。<a href="#">設定</a> <a href="#">OK</a></div>
<header><div class="knt-logo">北日本テレビ NEWS</div>
<ul class="knt-nav"><li>トップ</li><li>北海道</li><li>政治</li><li>経済</li><li>スポーツ</li><li>特集</li><li>番組</li><li>天気</li></ul></header>
<div class="knt-article">
<h1>{esc(a['title'])}</h1>
<p class="knt-time">{date_h}</p>
<div class="knt-video">【動画】<span>再生</span></div>
<div class="knt-text">
{render_body(a['body'], sub_tag='h2')}
</div>
<p class="knt-program">{esc(a.get('endnote', ''))}</p>
<div class="knt-related"><h2>関連ニュース</h2><ul>{related_list(a.get('related', []), 'knt-r')}</ul></div>
<div class="knt-rank"><h2>アクセスランキング</h2><ol><li><a href="#">札幌で初雪　平年より早く</a></li><li><a href="#">道内の高速道路で事故相次ぐ</a></li><li><a href="#">ファイターズ、新監督の下で秋季キャンプ</a></li></ol></div>
</div>
<footer>Copyright © 北日本テレビ放送 All rights reserved. <a href="#">番組表</a> <a href="#">情報提供</a></footer>
</body>
</html>
"""


TEMPLATES = {
    "longhand-review": longhand,
    "plover-wire": plover,
    "brindle-transcripts": brindle,
    "whinchat-hokkaido": whinchat,
    "kuluary-ru": kuluary,
    "vecher-yuzhny": vecher,
    "kitaron-ja": kitaron,
    "kitanihon-tv": kitanihon,
}

FEEDS = [
    {"id": "longhand-review", "title": "The Longhand Review — Interviews & Long Reads", "format": "atom", "lang": "en"},
    {"id": "plover-wire", "title": "Plover Wire — Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "brindle-transcripts", "title": "Brindle Transcripts — Briefings, Pressers & Broadcast Interviews", "format": "atom", "lang": "en"},
    {"id": "whinchat-hokkaido", "title": "The Whinchat — Hokkaido & the North Pacific in English", "format": "rss", "lang": "en"},
    {"id": "kuluary-ru", "title": "Кулуары — интервью, стенограммы, мнения", "format": "rss", "lang": "ru"},
    {"id": "vecher-yuzhny", "title": "Вечерний Южный — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "kitaron-ja", "title": "北の論壇 電子版", "format": "atom", "lang": "ja"},
    {"id": "kitanihon-tv", "title": "北日本テレビ NEWS", "format": "rss", "lang": "ja"},
]
