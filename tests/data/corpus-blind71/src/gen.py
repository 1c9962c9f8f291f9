#!/usr/bin/env python3
"""Generate the blind71 corpus: labels.yaml, articles/*.html and README.md.

Usage: python3 src/gen.py            (writes into the corpus folder, the parent of src/)

Theme: buried news. Ministry readouts, official press releases, agency roundups,
meeting summaries and features in which the new fact sits in the third to fifth
sentence after protocol or background -- and, as hard negatives, the same kinds of
texts in which nothing past the lead is new (protocol, background, restated
positions), or in which a move is only requested, conditional, questioned or denied.

Standard library plus PyYAML only.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from data_en import ARTICLES as EN  # noqa: E402
from data_ru import ARTICLES as RU  # noqa: E402
from data_ja import ARTICLES as JA  # noqa: E402
from groups import GROUPS  # noqa: E402

PREFIX = "b71"
CORPUS_NAME = "blind71"

FEEDS = [
    {"id": "protodesk-en", "title": "Protocol Desk \u2014 Official Readouts & Statements", "format": "atom", "lang": "en",
     "home": "https://protocoldesk.example", "kind": "Republishes official readouts, press releases and statements (English)"},
    {"id": "fairway-en", "title": "Fairway Wire - World", "format": "rss", "lang": "en",
     "home": "https://fairwaywire.example", "kind": "International news agency, wire copy"},
    {"id": "bollard-en", "title": "The Bollard Review - Asia & Pacific", "format": "rss", "lang": "en",
     "home": "https://bollardreview.example", "kind": "Features and analysis magazine"},
    {"id": "shturval-ru", "title": "ИА «Штурвал» — лента новостей", "format": "rss", "lang": "ru",
     "home": "https://shturval-news.example", "kind": "Russian national news agency"},
    {"id": "dipvestnik-ru", "title": "Дипвестник — официальная хроника", "format": "atom", "lang": "ru",
     "home": "https://dipvestnik.example", "kind": "Russian official-chronicle site: MFA readouts, comments, answers (no page metadata)"},
    {"id": "poronai-ru", "title": "Поронай-Пресс — новости Сахалина и Курил", "format": "rss", "lang": "ru",
     "home": "https://poronai-press.example", "kind": "Sakhalin regional news site"},
    {"id": "kairo-ja", "title": "海路新聞デジタル（道東）", "format": "rss", "lang": "ja",
     "home": "https://kairo-shimbun.example", "kind": "East Hokkaido regional daily (some pages without metadata)"},
    {"id": "todai-ja", "title": "灯台通信ニュース", "format": "atom", "lang": "ja",
     "home": "https://todai-tsushin.example", "kind": "Japanese national news agency"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}

MSK = timezone(timedelta(hours=3))
SAK = timezone(timedelta(hours=11))
JST = timezone(timedelta(hours=9))

E = html.escape


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def body_html(paras: list[str], lang: str) -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("Q: ") or p.startswith("Вопрос: ") or p.startswith("問："):
            out.append(f'<p class="q"><strong>{E(p)}</strong></p>')
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n          ".join(out)


def jsonld(a: dict, url: str, publisher: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": a["published"].replace("Z", "+00:00"),
        "dateModified": a["published"].replace("Z", "+00:00"),
        "inLanguage": a["lang"],
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": publisher},
        "description": a["summary"],
    }
    if a.get("byline"):
        data["author"] = {"@type": "Person", "name": a["byline"]}
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a: dict, url: str, site: str, locale: str) -> str:
    return "\n".join([
        f'  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{E(site)}">',
        f'  <meta property="og:title" content="{E(a["title"])}">',
        f'  <meta property="og:description" content="{E(a["summary"])}">',
        f'  <meta property="og:url" content="{E(url)}">',
        f'  <meta property="og:locale" content="{locale}">',
        f'  <meta property="article:published_time" content="{a["published"].replace("Z", "+00:00")}">',
    ])


# --------------------------------------------------------------------------- templates


def t_protodesk(a, url, related):
    dt = parse(a["published"])
    rel = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | Protocol Desk</title>
  <meta name="description" content="{E(a['summary'])}">
{og(a, url, 'Protocol Desk', 'en_GB')}
  <link rel="canonical" href="{E(url)}">
  <link rel="alternate" type="application/atom+xml" title="Protocol Desk" href="/feeds/protodesk-en.xml">
  {jsonld(a, url, 'Protocol Desk')}
  <style>body{{font-family:Georgia,serif;margin:0}} .wrap{{max-width:780px;margin:auto}} .src{{color:#555;font-size:.9em}}</style>
</head>
<body class="readout">
  <div id="consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>Protocol Desk uses strictly necessary cookies and, with your consent, analytics cookies to understand how our archive is used. <a href="/privacy">Privacy notice</a></p>
    <button type="button" data-consent="accept">Accept all</button> <button type="button" data-consent="reject">Reject non-essential</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">PROTOCOL<span>DESK</span></a>
    <nav aria-label="Sections"><ul>
      <li><a href="/readouts">Readouts</a></li><li><a href="/statements">Statements</a></li>
      <li><a href="/press-conferences">Press conferences</a></li><li><a href="/joint-statements">Joint statements</a></li>
      <li><a href="/embassies">Embassies</a></li><li><a href="/about">About</a></li>
    </ul></nav>
    <form action="/search" role="search"><input name="q" placeholder="Search the archive"></form>
  </header>
  <main class="wrap">
    <nav class="crumbs"><a href="/">Home</a> › <a href="/readouts">{E(a.get('section', 'Readouts'))}</a></nav>
    <article>
      <p class="kicker">{E(a.get('kicker', 'Readout'))}</p>
      <h1>{E(a['title'])}</h1>
      <p class="src">Source: {E(a.get('source', 'Official release'))} · Posted <time datetime="{a['published']}">{dt.strftime('%d %B %Y, %H:%M')} GMT</time></p>
      <div class="share"><a href="#" data-share="x">Share on X</a> · <a href="#" data-share="mail">Email</a> · <a href="#" data-share="print">Print</a></div>
      <div class="article-body">
          {body_html(a['body'], 'en')}
      </div>
      <p class="disclaimer">Protocol Desk reproduces official texts as released. Headings and numbering follow the original. Unofficial translations are marked as such.</p>
    </article>
    <aside class="related"><h3>More in {E(a.get('section', 'Readouts'))}</h3><ul>{rel}</ul></aside>
  </main>
  <footer>
    <p>&copy; {dt.year} Protocol Desk. An independent archive of official communications.</p>
    <p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/feeds">Feeds</a> · <a href="/contact">Contact</a></p>
  </footer>
</body>
</html>
"""


def t_fairway(a, url, related):
    dt = parse(a["published"])
    rel = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in related)
    ld = jsonld(a, url, "Fairway Wire") if a.get("jsonld", True) else ""
    by = a.get("byline", "Fairway staff")
    credit = a.get("credit", "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{E(a['title'])} | Fairway Wire</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <meta name="description" content="{E(a['summary'])}">
{og(a, url, 'Fairway Wire', 'en_US')}
  <meta name="twitter:card" content="summary_large_image">
  {ld}
</head>
<body>
<div class="consent-bar" id="cmp">We and our partners use cookies to personalise content and measure traffic. By clicking "I agree" you consent to this. <a href="/cookies">Manage settings</a> <button>I agree</button></div>
<header class="site-header">
  <a href="/" class="brand">Fairway</a>
  <nav><a href="/world">World</a> <a href="/world/asia-pacific">Asia Pacific</a> <a href="/world/europe">Europe</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/sustainability">Sustainability</a></nav>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a class="signin" href="/signin">Sign in</a>
</header>
<div class="ticker">MARKETS: Nikkei · Hang Seng · USD/JPY · Brent</div>
<main>
  <article class="story">
    <div class="tags"><a href="/world/asia-pacific">{E(a.get('section', 'Asia Pacific'))}</a></div>
    <h1 class="headline">{E(a['title'])}</h1>
    <div class="byline">By {E(by)} · <time datetime="{a['published']}">{dt.strftime('%B %d, %Y %I:%M %p').replace(' 0', ' ')} UTC</time> · {a.get('readtime', '3')} min read</div>
    <div class="share-tools"><button>Share</button><button>Save</button><button>Listen</button></div>
    <div class="body">
          {body_html(a['body'], 'en')}
    </div>
    <p class="credit">{E(credit)}</p>
    <p class="standards"><a href="/trust">Our Standards: The Fairway Trust Principles.</a></p>
  </article>
  <section class="read-next"><h2>Read Next</h2><ul>{rel}</ul></section>
  <section class="newsletter"><h2>Asia Morning Briefing</h2><p>Get the day's top Asia stories in your inbox.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</main>
<footer class="site-footer">
  <nav><a href="/about">About Fairway</a> <a href="/careers">Careers</a> <a href="/contact">Contact us</a> <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {dt.year} Fairway Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_bollard(a, url, related):
    dt = parse(a["published"])
    rel = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in related)
    comments = ""
    for who, txt in a.get("comments", []):
        comments += f'<li class="comment"><span class="who">{E(who)}</span><p>{E(txt)}</p></li>'
    csec = f'<section class="comments"><h3>{len(a.get("comments", []))} comments</h3><ul>{comments}</ul><p><a href="/login">Log in to comment</a></p></section>' if comments else '<section class="comments"><p>Comments are closed for this article.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — The Bollard Review</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, url, 'The Bollard Review', 'en_GB')}
<meta name="author" content="{E(a.get('byline', ''))}">
</head>
<body class="longread">
<aside class="cookie-notice">We use cookies to keep you signed in and to count readers. <a href="/cookie-policy">Cookie policy</a> <button>OK</button> <button>Options</button></aside>
<header>
  <div class="logo"><a href="/">The Bollard Review</a></div>
  <ul class="menu"><li><a href="/asia">Asia</a></li><li><a href="/pacific">Pacific</a></li><li><a href="/essays">Essays</a></li><li><a href="/dispatches">Dispatches</a></li><li><a href="/culture">Culture</a></li><li><a href="/podcast">Podcast</a></li></ul>
  <a class="cta" href="/support">Support independent journalism</a>
</header>
<main>
<article>
  <p class="section-label">{E(a.get('section', 'Dispatches'))}</p>
  <h1>{E(a['title'])}</h1>
  <p class="standfirst">{E(a['summary'])}</p>
  <p class="meta">{E(a.get('byline', ''))} · {dt.strftime('%d %b %Y')}</p>
  <figure class="lead-image"><img src="/img/{E(a['_id'])}.jpg" alt="{E(a.get('img_alt', ''))}"><figcaption>{E(a.get('img_alt', ''))}</figcaption></figure>
  <div class="article-text">
          {body_html(a['body'], 'en')}
  </div>
  <p class="tagline">{E(a.get('bio', ''))}</p>
  <div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
</article>
<section class="more"><h2>More from The Bollard Review</h2><ul>{rel}</ul></section>
{csec}
</main>
<footer><p>The Bollard Review is reader-funded. &copy; {dt.year}</p><p><a href="/about">About</a> | <a href="/contributors">Contributors</a> | <a href="/rss">RSS</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def t_shturval(a, url, related):
    dt = parse(a["published"]).astimezone(MSK)
    rel = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — ИА «Штурвал»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{og(a, url, 'ИА «Штурвал»', 'ru_RU')}
{jsonld(a, url, 'ИА «Штурвал»')}
</head>
<body>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="top">
  <a class="logo" href="/">ШТУРВАЛ</a>
  <nav><a href="/main">Главное</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/army">Армия</a> <a href="/incidents">Происшествия</a> <a href="/regions">Регионы</a> <a href="/world">В мире</a></nav>
  <div class="rates">USD · EUR · CNY</div>
</header>
<main>
  <div class="rubric"><a href="/{E(a.get('rubric_slug', 'politics'))}">{E(a.get('section', 'Политика'))}</a></div>
  <article>
    <h1>{E(a['title'])}</h1>
    <div class="date"><time datetime="{a['published']}">{dt.strftime('%d.%m.%Y, %H:%M')}</time> (мск)</div>
    <div class="text">
          {body_html(a['body'], 'ru')}
    </div>
    <div class="tags">Теги: {E(a.get('tags', ''))}</div>
    <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Телеграм</a> <a href="#">Одноклассники</a></div>
    <p class="subscribe-tg">Подписывайтесь на «Штурвал» в Телеграме</p>
  </article>
  <aside><h3>Читайте также</h3><ul>{rel}</ul></aside>
</main>
<footer>
  <p>Сетевое издание «Штурвал». Регистрационный номер ЭЛ № ФС 77-81944. 18+</p>
  <p>При цитировании ссылка на ИА «Штурвал» обязательна. &copy; 2019–{dt.year}</p>
</footer>
</body>
</html>
"""


def t_dipvestnik(a, url, related):
    # official chronicle: no og/JSON-LD metadata at all, date only in the text
    dt = parse(a["published"]).astimezone(MSK)
    rel = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
</head>
<body>
<div id="cookie-warning">Сайт использует cookie-файлы. <a href="/privacy">Подробнее</a> <button>Закрыть</button></div>
<div class="header">
  <div class="logo"><a href="/">Дипвестник</a><span>официальная хроника</span></div>
  <ul class="menu">
    <li><a href="/news">Новости</a></li><li><a href="/briefings">Брифинги</a></li><li><a href="/comments">Комментарии</a></li>
    <li><a href="/answers">Ответы на вопросы СМИ</a></li><li><a href="/meetings">Встречи и беседы</a></li><li><a href="/documents">Документы</a></li>
  </ul>
  <div class="lang">RU | <a href="/en">EN</a></div>
</div>
<div class="content">
  <div class="path"><a href="/">Главная</a> / <a href="/{E(a.get('rubric_slug', 'meetings'))}">{E(a.get('section', 'Встречи и беседы'))}</a></div>
  <div class="doc">
    <div class="doc-date">{dt.strftime('%d.%m.%Y %H:%M')}</div>
    <h1>{E(a['title'])}</h1>
    <div class="doc-text">
          {body_html(a['body'], 'ru')}
    </div>
    <div class="doc-meta">{E(a.get('docno', ''))}</div>
    <div class="doc-tools"><a href="#">Версия для печати</a> · <a href="#">Отправить по почте</a></div>
  </div>
  <div class="see-also"><h3>Смотрите также</h3><ul>{rel}</ul></div>
</div>
<div class="footer">Материалы сайта публикуются по открытым официальным источникам. При перепечатке ссылка обязательна.</div>
</body>
</html>
"""


def t_poronai(a, url, related):
    dt = parse(a["published"]).astimezone(SAK)
    rel = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Поронай-Пресс</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, url, 'Поронай-Пресс', 'ru_RU')}
</head>
<body>
<div class="cookie">Продолжая просмотр, вы соглашаетесь на использование cookie. <button>ОК</button></div>
<header>
  <div class="brand"><a href="/">Поронай-Пресс</a> <small>Сахалин и Курилы</small></div>
  <div class="weather">Южно-Сахалинск · Курильск · Южно-Курильск · Северо-Курильск</div>
  <nav><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/vlast">Власть</a> <a href="/ekonomika">Экономика</a> <a href="/ryba">Рыбалка и путина</a> <a href="/transport">Транспорт</a> <a href="/sport">Спорт</a></nav>
</header>
<main>
  <article>
    <div class="cat">{E(a.get('section', 'Новости'))}</div>
    <h1>{E(a['title'])}</h1>
    <div class="info"><span class="date">{dt.strftime('%d.%m.%Y %H:%M')}</span> (сах. время) · <span class="author">{E(a.get('byline', 'Редакция'))}</span> · <span class="views">Просмотров: {a.get('views', 812)}</span></div>
    <div class="lead-photo"><img src="/upload/{E(a['_id'])}.jpg" alt=""><span>Фото: {E(a.get('photo', 'пресс-служба правительства Сахалинской области'))}</span></div>
    <div class="article-body">
          {body_html(a['body'], 'ru')}
    </div>
    <div class="share">Поделиться: ВК · ОК · Телеграм · WhatsApp</div>
    <p class="error">Нашли ошибку? Выделите фрагмент и нажмите Ctrl+Enter.</p>
  </article>
  <section class="more"><h3>Ещё по теме</h3><ul>{rel}</ul></section>
  <section class="partners"><h3>Новости партнёров</h3><ul><li><a href="/p/1">На Сахалине стартовал приём заявок на гранты для молодых предпринимателей</a></li><li><a href="/p/2">Как оформить дальневосточную ипотеку: пошаговая инструкция</a></li></ul></section>
</main>
<footer><p>Сетевое издание «Поронай-Пресс». Учредитель: ООО «Поронай Медиа». 16+</p><p>Южно-Сахалинск, ул. Ленина. Телефон редакции: +7 (4242) 00-00-00</p></footer>
</body>
</html>
"""


def t_kairo(a, url, related):
    dt = parse(a["published"]).astimezone(JST)
    rel = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in related)
    meta = og(a, url, '海路新聞デジタル', 'ja_JP') if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜海路新聞デジタル</title>
{meta}
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性向上と利用状況の分析のためにクッキーを使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header class="gh">
  <div class="logo"><a href="/">海路新聞</a><span>道東の朝刊</span></div>
  <nav class="gnav"><a href="/">トップ</a> <a href="/local">地域</a> <a href="/hoppou">北方領土</a> <a href="/suisan">水産</a> <a href="/economy">経済</a> <a href="/sports">スポーツ</a> <a href="/obituary">おくやみ</a> <a href="/weather">天気</a></nav>
  <div class="member"><a href="/login">ログイン</a> <a href="/join">会員登録</a></div>
</header>
<main class="contents">
  <article class="article">
    <p class="genre">{E(a.get('section', '地域'))}</p>
    <h1>{E(a['title'])}</h1>
    <p class="date"><time datetime="{a['published']}">{dt.year}/{dt.month:02d}/{dt.day:02d} {dt.strftime('%H:%M')}</time></p>
    <div class="sns">Xでポスト　LINEで送る　Facebookでシェア</div>
    <div class="article-text">
          {body_html(a['body'], 'ja')}
    </div>
    <p class="paywall-note">{E(a.get('paywall', ''))}</p>
  </article>
  <section class="related"><h2>関連記事</h2><ul>{rel}</ul></section>
  <section class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/r/1">サンマ棒受け網漁、今季の見通しは</a></li><li><a href="/r/2">根室市議会、補正予算案を可決</a></li><li><a href="/r/3">中標津で交通安全運動始まる</a></li></ol></section>
</main>
<footer class="gf"><p>海路新聞社　記事・写真・図表の無断転載を禁じます。</p><p>&copy; Kairo Shimbun Co., Ltd.</p></footer>
</body>
</html>
"""


def t_todai(a, url, related):
    dt = parse(a["published"]).astimezone(JST)
    rel = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} - 灯台通信ニュース</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, url, '灯台通信ニュース', 'ja_JP')}
{jsonld(a, url, '灯台通信')}
</head>
<body>
<div id="cmp-banner">灯台通信ニュースは、サービス向上のためCookieを利用しています。「同意する」を押すと、Cookieの利用に同意したものとみなします。<button>同意する</button><a href="/privacy">プライバシーポリシー</a></div>
<header>
  <p class="site-name"><a href="/">灯台通信ニュース</a></p>
  <ul class="nav"><li><a href="/politics">政治</a></li><li><a href="/economy">経済</a></li><li><a href="/world">国際</a></li><li><a href="/society">社会</a></li><li><a href="/region">地域</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/ranking">ランキング</a></li></ul>
</header>
<main>
  <div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/{E(a.get('rubric_slug', 'politics'))}">{E(a.get('section', '政治'))}</a></div>
  <article>
    <h1>{E(a['title'])}</h1>
    <div class="pubdate">{dt.year}年{dt.month}月{dt.day}日 {dt.strftime('%H:%M')}（{E(a.get('credit', '灯台通信'))}）</div>
    <div class="main-text">
          {body_html(a['body'], 'ja')}
    </div>
    <div class="share-buttons">シェア：X / Facebook / LINE / はてなブックマーク</div>
  </article>
  <aside class="kanren"><h2>関連ニュース</h2><ul>{rel}</ul></aside>
</main>
<footer><p>掲載記事の無断転載を禁止します。すべての内容は日本の著作権法並びに国際条約により保護されています。</p><p>Copyright &copy; Todai Tsushin. All rights reserved.</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "protodesk-en": t_protodesk, "fairway-en": t_fairway, "bollard-en": t_bollard,
    "shturval-ru": t_shturval, "dipvestnik-ru": t_dipvestnik, "poronai-ru": t_poronai,
    "kairo-ja": t_kairo, "todai-ja": t_todai,
}

# invented related-link titles per outlet (not corpus articles; paths are 404 on the test server)
RELATED = {
    "protodesk-en": ["Readout: Japan–Philippines Foreign Ministers' Meeting", "Statement by the Press Secretary on the Situation in the Red Sea",
                     "Joint Press Release: Japan–EU Consultations on Export Controls", "Press Conference by the Chief Cabinet Secretary (Excerpt)",
                     "Readout: Call between the Foreign Ministers of Japan and Canada"],
    "fairway-en": ["Bank of Japan holds rates, signals patience on tightening", "South Korea, Japan agree to expand currency swap",
                   "Russian rouble firms as export revenues rise", "Hokkaido scallop exporters look beyond China",
                   "Philippines, China trade accusations over shoal collision"],
    "bollard-en": ["The fishermen of Rausu and the line in the water", "Why Tokyo's defence budget keeps growing",
                   "Sakhalin's long goodbye to Japanese investors", "A Taiwan strait crossing, told in ferry timetables",
                   "Podcast: The Pacific's forgotten borders"],
    "shturval-ru": ["ЦБ сохранил ключевую ставку", "В Приморье открыли новый пункт пропуска на границе с Китаем",
                    "Минпромторг: выпуск гражданских судов вырос на 12%", "На Камчатке проснулся вулкан Шивелуч",
                    "Госдума приняла закон о платформенной занятости"],
    "dipvestnik-ru": ["Брифинг официального представителя МИД России", "О телефонном разговоре Министра иностранных дел России с Министром иностранных дел Вьетнама",
                      "О российско-корейских консультациях", "Ответ на вопрос СМИ о ситуации на Корейском полуострове",
                      "О встрече заместителя Министра иностранных дел с Послом Индонезии"],
    "poronai-ru": ["Паромная переправа Ванино – Холмск работает по штатному расписанию", "В Корсакове продолжают ремонт набережной",
                   "Рыбаки Сахалина выловили первую горбушу", "Авиарейсы на Итуруп задерживаются из-за тумана",
                   "В Южно-Сахалинске открыли новый детский сад"],
    "kairo-ja": ["根室市、ふるさと納税が過去最高に", "羅臼のホッケ、水揚げ低調", "中標津空港、冬ダイヤを発表",
                 "別海の酪農家、飼料高騰に悲鳴", "納沙布岬で初日の出を待つ人々"],
    "todai-ja": ["日銀、金融政策を据え置き", "首相、衆院予算委で答弁", "日韓外相が電話会談", "台風接近、北海道でも警戒",
                 "ASEAN外相会議が開幕"],
}


def main() -> None:
    arts = EN + RU + JA
    for a in arts:
        if a["feed"] not in FEED_BY_ID:
            raise SystemExit(f"unknown feed {a['feed']} in {a['title']}")
        if FEED_BY_ID[a["feed"]]["lang"] != a["lang"]:
            raise SystemExit(f"lang mismatch: {a['title']}")
    arts.sort(key=lambda a: parse(a["published"]))
    times = [a["published"] for a in arts]
    if len(set(times)) != len(times):
        raise SystemExit("duplicate publication times")
    for n, a in enumerate(arts, 1):
        a["_id"] = f"{PREFIX}-{n:02d}"
    out_articles = []
    adir = ROOT / "articles"
    adir.mkdir(exist_ok=True)
    for old in adir.glob("*.html"):
        old.unlink()
    for a in arts:
        url = f"{FEED_BY_ID[a['feed']]['home']}/articles/{a['_id']}.html"
        pool = RELATED[a["feed"]]
        start = int(a["_id"].split("-")[1]) % len(pool)
        related = [(pool[(start + i) % len(pool)], f"/news/{a['_id'].split('-')[1]}{i}{(start + i) % len(pool)}") for i in range(3)]
        page = TEMPLATES[a["feed"]](a, url, related)
        (adir / f"{a['_id']}.html").write_text(page, encoding="utf-8")
        entry = {
            "id": a["_id"], "feed": a["feed"], "lang": a["lang"],
            "published": a["published"], "title": a["title"], "summary": a["summary"],
            "label": a["label"],
        }
        if a["label"] in ("new_development", "status_change"):
            entry["group"] = f"{PREFIX}-{a['group']}"
            entry["new_facts"] = a["new_facts"]
            entry["must_mention"] = a["must_mention"]
        entry["note"] = a["note"]
        out_articles.append(entry)
    labels = {
        "name": CORPUS_NAME,
        "known_as_of": "2024-02-08",
        "feeds": [{"id": f["id"], "title": f["title"], "format": f["format"], "lang": f["lang"]} for f in FEEDS],
        "articles": out_articles,
    }
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=120)
    # published as plain timestamps (quoted strings would also do; keep them unquoted-looking)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    write_readme(arts)
    langs = {}
    for a in arts:
        langs[a["lang"]] = langs.get(a["lang"], 0) + 1
    print(f"{len(arts)} articles; languages {langs}; groups {len({a['group'] for a in arts if a.get('group')})}")


def write_readme(arts):
    lines = []
    lines.append(f"# {CORPUS_NAME} — blind evaluation corpus: buried news\n")
    lines.append(
        "Theme: **news that does not sit in the headline or the first sentence.** Ministry readouts, official "
        "press releases, agency roundups, meeting summaries and features in which the new fact comes in the third "
        "to fifth sentence, after protocol (who met whom, greetings, the venue, thanks) or background (history, the "
        "2022 walkout) -- in English, Russian and Japanese. The hard negatives are the same kinds of texts in which every "
        "sentence past the lead is only protocol, background or a restated position, and texts in which a move is only "
        "requested, conditional, questioned or denied, with that move set deep in the body. Headlines and feed summaries of "
        "the first reports are deliberately bland (\"Belousov chairs first call with commanders\", \"О российско-японских "
        "консультациях\", \"高市首相、APEC関連日程を終え帰国の途に\").\n")
    lines.append("Known facts are those of the five seed documents (as of 2024-02-08): Russia refused to continue peace "
                 "treaty talks (March 2022), withdrew from the joint-economic-activity dialogue, terminated the visa-free "
                 "exchanges (1991/1999 agreements), blocked Japan's BSEC partner status; Galuzin, Peskov and Rudenko "
                 "(Feb 2024: resumption 'categorically impossible', key condition: Tokyo dropping its hostile policy) restated "
                 "this; Japan protested and keeps its policy of resolving the territorial issue and concluding a peace treaty.\n")
    lines.append("Generated by `src/gen.py` (texts in `src/data_en.py`, `src/data_ru.py`, `src/data_ja.py`, groups in "
                 "`src/groups.py`). Run `python3 src/gen.py` to rebuild `labels.yaml`, `articles/` and this README.\n")
    langs = {}
    for a in arts:
        langs[a["lang"]] = langs.get(a["lang"], 0) + 1
    lines.append(f"Articles: {len(arts)} (en {langs.get('en', 0)}, ru {langs.get('ru', 0)}, ja {langs.get('ja', 0)}), "
                 f"dated {arts[0]['published'][:10]} – {arts[-1]['published'][:10]}.\n")
    lines.append("## Outlets\n")
    lines.append("| id | title | format | lang | kind | articles |")
    lines.append("|---|---|---|---|---|---|")
    for f in FEEDS:
        n = sum(1 for a in arts if a["feed"] == f["id"])
        lines.append(f"| {f['id']} | {f['title']} | {f['format']} | {f['lang']} | {f['kind']} | {n} |")
    lines.append("\n## Development groups\n")
    lines.append("| group | label | development | reports (first first) |")
    lines.append("|---|---|---|---|")
    for g, info in GROUPS.items():
        members = [a for a in arts if a.get("group") == g and a["label"] in ("new_development", "status_change")]
        rep = "; ".join(f"{a['_id']} ({a['lang']}, {a['feed']}, {a['published'][:16].replace('T', ' ')})" for a in members)
        lines.append(f"| {PREFIX}-{g} | {info['label']} | {info['development']} | {rep} |")
    lines.append("\nWhere the new fact sits in each first report:\n")
    for g, info in GROUPS.items():
        lines.append(f"- **{PREFIX}-{g}**: {info['where']}")
    lines.append("\nState moves: g3 suspended → resumed (up), g5 resumed → suspended (down); g2 and g8 are neither "
                 "(one-off / this-summer-only exceptions that explicitly do not restore the visa-free exchanges).\n")
    lines.append("## Negatives and borderline items\n")
    lines.append("| id | lang | label | what it tests |")
    lines.append("|---|---|---|---|")
    for a in arts:
        if a["label"] in ("restatement", "off_topic", "neutral"):
            lines.append(f"| {a['_id']} | {a['lang']} | {a['label']} | {a['tests']} |")
    lines.append("\nFollow-ups inside groups (no new fact, expected to be attached or ignored, a second alert is spam): "
                 + ", ".join(f"{a['_id']} ({PREFIX}-{a['group']})" for a in arts if a.get("followup")) + ".\n")
    lines.append("## Strict second read\n")
    lines.append("Every label was re-read against the five seeds: a report of something the seeds already contain is a "
                 "restatement; a move that is only requested (b71-01, -14, -17, -20, -40), conditional (b71-08, -19, -21, -41), "
                 "questioned (b71-35) or denied (b71-13, -31, -46, -56) is not a move. Facts of earlier groups that reappear "
                 "later as background (Colombo in b71-32/-34, the February 2026 suspension in b71-40/-41/-42/-51/-53, the "
                 "Shenzhen meeting in b71-52) are labelled restatement. Group follow-ups that add a reaction (Japan's protest "
                 "in b71-07, Japan's concern in b71-30) stay in their group.\n")
    lines.append("## Load check\n")
    lines.append("Checked with a trivial keyword alerter (not the monitor), `../blind71-check/alerter.py`:\n")
    lines.append("```\npython3 harness.py tests/data/corpus-blind71 --cmd \"python3 <check-dir>/alerter.py --config {config}\"\n```\n")
    lines.append("Low precision is expected from a keyword alerter; the run must complete without run failures.\n")
    (ROOT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
