"""Page templates of the eight invented outlets of the blind53 corpus.

Each outlet has its own chrome (navigation, cookie banner, share buttons, related
links, footer). Two outlets (eastmere-asia, dalny-dozor-ru) serve pages without any
metadata beyond <title>; hamanami-ja has a description but no publication time in
the head; okean24-ru has Open Graph tags only.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def local(ts: datetime, hours: int) -> datetime:
    return ts.astimezone(timezone(timedelta(hours=hours)))


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n        ".join(out)


def related_list(items: list[tuple[str, str]], cls: str = "related") -> str:
    lis = "\n".join(f'          <li><a href="{escape(href)}">{escape(t)}</a></li>'
                    for t, href in items)
    return f'<ul class="{cls}">\n{lis}\n        </ul>'


def jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "inLanguage": lang,
        "datePublished": a["ts"].isoformat().replace("+00:00", "Z"),
        "dateModified": (a.get("modified") or a["ts"]).isoformat().replace("+00:00", "Z"),
        "author": [{"@type": "Person", "name": a.get("author", publisher)}],
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if a.get("section"):
        data["articleSection"] = a["section"]
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- English

def pilotfish(a: dict) -> str:
    t = a["ts"]
    shown = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%H:%M} GMT"
    comments = ""
    if a.get("comments"):
        cs = "\n".join(f'          <li><b>{escape(n)}</b><span class="ago">{escape(w)}</span><p>{escape(c)}</p></li>'
                       for n, w, c in a["comments"])
        comments = f"""
      <section class="comments" id="comments">
        <h3>Comments ({len(a['comments'])})</h3>
        <ul>
{cs}
        </ul>
        <p class="rules">Comments are moderated. Read our <a href="/community-guidelines">community guidelines</a>.</p>
      </section>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(a['title'])} | The Pilotfish Report</title>
  <meta name="description" content="{escape(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Pilotfish Report">
  <meta property="og:title" content="{escape(a['title'])}">
  <meta property="og:description" content="{escape(a['summary'])}">
  <meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
  <meta property="article:section" content="{escape(a.get('section', 'Asia-Pacific'))}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/static/pf-2024.css">
  {jsonld(a, 'The Pilotfish Report', 'en')}
</head>
<body class="article-page">
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in <a href="/privacy#cookies">Privacy settings</a>.</p>
    <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">The Pilotfish Report</a>
    <nav class="primary">
      <a href="/world">World</a> <a href="/asia-pacific">Asia-Pacific</a> <a href="/markets">Markets</a>
      <a href="/energy">Energy</a> <a href="/opinion">Opinion</a> <a href="/podcasts">Podcasts</a>
      <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a>
    </nav>
  </header>
  <main>
    <article>
      <nav class="crumbs"><a href="/">Home</a> › <a href="/{escape(a.get('section', 'Asia-Pacific').lower().replace(' ', '-'))}">{escape(a.get('section', 'Asia-Pacific'))}</a></nav>
      <h1>{escape(a['title'])}</h1>
      <p class="standfirst">{escape(a['summary'])}</p>
      <div class="byline">By <span class="author">{escape(a.get('author', 'Pilotfish staff'))}</span> · <time datetime="{t.isoformat()}">{shown}</time></div>
      <div class="share"><a href="#" class="x">Post</a> <a href="#" class="fb">Share</a> <a href="#" class="li">LinkedIn</a> <a href="#" class="mail">Email</a> <button class="copy">Copy link</button></div>
      <div class="article-body">
        {paras(a['body'])}
      </div>
      <aside class="newsletter">
        <h3>The Pacific Brief</h3>
        <p>Our morning newsletter on politics and markets from Tokyo to Canberra. Free, every weekday.</p>
        <form><input type="email" placeholder="Your email"><button>Sign up</button></form>
      </aside>
      <section class="related-stories">
        <h3>Related stories</h3>
        {related_list(a.get('related', []))}
      </section>{comments}
    </article>
  </main>
  <footer>
    <nav><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/advertise">Advertise</a> · <a href="/rss">RSS</a></nav>
    <p>© {t.year} Pilotfish Media Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def tidegate(a: dict) -> str:
    t = a["ts"]
    shown = f"{EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year} · {t:%I:%M %p} UTC".replace(" 0", " ")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{escape(a['title'])} | Tidegate Wire</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="Tidegate Wire">
<meta property="article:published_time" content="{t.isoformat()}">
<meta name="keywords" content="{escape(', '.join(a.get('tags', [])))}">
</head>
<body>
<div class="tw-topbar"><span class="brand">TIDEGATE WIRE</span>
  <ul class="tw-sections"><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/legal">Legal</a></li><li><a href="/asia">Asia</a></li><li><a href="/markets">Markets</a></li><li><a href="/breakingviews">Views</a></li></ul>
  <form class="search"><input placeholder="Search Tidegate"></form>
</div>
<div class="ticker">Nikkei 225 · TOPIX · USD/JPY · USD/RUB · Brent · <a href="/markets">Markets data »</a></div>
<div class="consent">This site uses cookies and similar technologies. By continuing you agree to our <a href="/cookies">Cookie Policy</a>. <a class="ok" href="#">OK</a></div>
<main class="story">
  <p class="kicker">{escape(a.get('section', 'Asia Pacific'))}</p>
  <h1 class="headline">{escape(a['title'])}</h1>
  <p class="meta"><time datetime="{t.isoformat()}">{shown}</time> · {a.get('minutes', 3)} min read</p>
  <div class="share-row">Share: <a href="#">X</a> | <a href="#">LinkedIn</a> | <a href="#">Email</a> | <a href="#">Purchase licensing rights</a></div>
  <div class="story-body">
    {paras(a['body'])}
    <p class="credit">{escape(a.get('credit', '(Reporting by Tidegate staff; Editing by the Asia desk)'))}</p>
  </div>
  <p class="standards">Our standards: <a href="/trust">The Tidegate Trust Principles.</a></p>
  <section class="more"><h2>Read next</h2>
    {related_list(a.get('related', []), 'readnext')}
  </section>
</main>
<footer class="tw-footer"><p>All quotes delayed a minimum of 15 minutes.</p><p>© {t.year} Tidegate Wire. All rights reserved. <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/feeds">Feeds</a></p></footer>
</body>
</html>
"""


def eastmere(a: dict) -> str:
    t = a["ts"]
    shown = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Eastmere Asia Desk</title>
<link rel="stylesheet" href="/css/eastmere.min.css">
</head>
<body>
<div class="em-cookies">Eastmere uses cookies. Some are essential, others help us understand how the site is used. <a href="/cookies">Manage</a> <button>Got it</button></div>
<header id="em-head">
  <div class="em-logo"><a href="/">Eastmere <em>Asia Desk</em></a></div>
  <ul class="em-menu">
    <li><a href="/northeast-asia">Northeast Asia</a></li><li><a href="/china">China</a></li><li><a href="/koreas">The Koreas</a></li>
    <li><a href="/japan">Japan</a></li><li><a href="/russia-far-east">Russia's Far East</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/features">Features</a></li>
  </ul>
  <a class="em-donate" href="/support">Support independent reporting</a>
</header>
<div id="em-main">
  <div class="em-article">
    <span class="em-tag">{escape(a.get('section', 'Northeast Asia'))}</span>
    <h1>{escape(a['title'])}</h1>
    <div class="em-dek">{escape(a['summary'])}</div>
    <div class="em-by">{escape(a.get('author', 'Eastmere staff'))} | {shown}</div>
    {paras(a['body'])}
    <div class="em-share">Share this story: Facebook · X · WhatsApp · Telegram</div>
  </div>
  <div class="em-sidebar">
    <h4>More from the Asia Desk</h4>
    {related_list(a.get('related', []), 'em-more')}
    <div class="em-box"><b>Weekly: The Rim</b><br>Five stories from the Pacific rim that you may have missed, every Sunday. <a href="/newsletters">Sign up</a></div>
  </div>
</div>
<footer class="em-foot">Eastmere Asia Desk is published by Eastmere Media Trust. <a href="/about">About</a> · <a href="/ethics">Ethics policy</a> · <a href="/corrections">Corrections</a> · <a href="/contact">Contact</a><br>© {t.year} Eastmere Media Trust</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian

def priliv(a: dict) -> str:
    t = local(a["ts"], 11)
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(a['title'])} — ИА «Прилив»</title>
  <meta name="description" content="{escape(a['summary'])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{escape(a['title'])}">
  <meta property="og:description" content="{escape(a['summary'])}">
  <meta property="og:site_name" content="ИА «Прилив»">
  <meta property="article:published_time" content="{t.isoformat()}">
  {jsonld(a, 'ИА «Прилив»', 'ru')}
</head>
<body>
  <div class="cookie-alert">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/politika-konfidencialnosti">политикой конфиденциальности</a>. <button>Понятно</button></div>
  <header class="site-header">
    <a href="/" class="logo">Прилив<span>Сахалин и Курилы</span></a>
    <nav class="menu">
      <a href="/">Главная</a> <a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/ekonomika">Экономика</a>
      <a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a> <a href="/sport">Спорт</a> <a href="/afisha">Афиша</a>
    </nav>
    <div class="weather">Южно-Сахалинск <b>{a.get('weather', '+4')}°</b></div>
  </header>
  <main class="content">
    <div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news">Новости</a> / <a href="/{escape(a.get('rubric_slug', 'kurily'))}">{escape(a.get('rubric', 'Курилы'))}</a></div>
    <article class="news-item">
      <h1>{escape(a['title'])}</h1>
      <div class="news-meta"><time datetime="{t.isoformat()}">{shown}</time> <span class="views">👁 {a.get('views', 1204)}</span></div>
      <p class="lead"><strong>{escape(a['summary'])}</strong></p>
      <div class="news-text">
        {paras(a['body'])}
      </div>
      <div class="author">Автор: {escape(a.get('author', 'Редакция'))}</div>
      <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
      <div class="tg-promo">Подписывайтесь на <a href="https://t.me/priliv_news">Telegram-канал «Прилива»</a> — главные новости Сахалина и Курил первыми.</div>
    </article>
    <section class="read-also"><h3>Читайте также</h3>
      {related_list(a.get('related', []))}
    </section>
  </main>
  <footer class="site-footer">
    <p>© 2014–{t.year} Информационное агентство «Прилив». Свидетельство о регистрации СМИ ИА № ФС 77 – 71842 выдано Роскомнадзором. 16+</p>
    <p>При использовании материалов гиперссылка на «Прилив» обязательна. <a href="/reklama">Реклама</a> · <a href="/kontakty">Контакты</a> · <a href="/rss">RSS</a></p>
  </footer>
</body>
</html>
"""


def okean24(a: dict) -> str:
    t = local(a["ts"], 10)
    shown = f"{t:%d.%m.%Y} {t:%H:%M}"
    comments = ""
    if a.get("comments"):
        cs = "\n".join(f'        <div class="comment"><span class="nick">{escape(n)}</span> <span class="date">{escape(w)}</span><p>{escape(c)}</p></div>'
                       for n, w, c in a["comments"])
        comments = f"""
    <section class="comments"><h3>Комментарии ({len(a['comments'])})</h3>
{cs}
      <p class="hint">Чтобы оставить комментарий, <a href="/login">войдите</a>.</p>
    </section>"""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | Океан24</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:image" content="/img/og/okean24-default.jpg">
<link rel="stylesheet" href="/assets/o24.css">
</head>
<body>
<div class="top-strip">Владивосток +{a.get('temp', 7)}° · Южно-Сахалинск · Петропавловск-Камчатский · Курс ЦБ: USD, EUR, CNY</div>
<header><a class="brand" href="/">ОКЕАН<b>24</b></a><span class="slogan">Новости Дальнего Востока</span>
<nav><a href="/news">Лента</a> <a href="/politika">Политика</a> <a href="/ekonomika">Экономика</a> <a href="/ryba">Рыба</a> <a href="/armiya">Армия</a> <a href="/kurily">Курилы</a> <a href="/video">Видео</a></nav></header>
<div class="cookie">Сайт использует cookies и сервисы веб-аналитики. <a href="/cookies">Подробнее</a> <button>ОК</button></div>
<main>
  <div class="article">
    <div class="rubric">{escape(a.get('rubric', 'Курилы'))}</div>
    <h1>{escape(a['title'])}</h1>
    <div class="date">{shown}</div>
    <div class="anons">{escape(a['summary'])}</div>
    <div class="text">
      {paras(a['body'])}
    </div>
    <div class="source">{escape(a.get('author', 'Океан24'))}</div>
    <div class="social">Поделиться: ВК · ОК · Telegram · Дзен</div>
    <div class="partners"><h4>Новости партнёров</h4><ul><li><a href="/partners/1">Как получить «дальневосточный гектар» в 2026 году: пошаговая инструкция</a></li><li><a href="/partners/2">Рейтинг рыбных ресторанов Владивостока</a></li></ul></div>
    <div class="also"><h3>Читайте также</h3>
      {related_list(a.get('related', []))}
    </div>{comments}
  </div>
</main>
<footer><p>Сетевое издание «Океан24». 18+. Учредитель ООО «Медиагруппа Восточный берег». Главный редактор: А. В. Корнеева. Эл. почта: info@okean24.ru</p><p>© {t.year} Океан24. Все права защищены.</p></footer>
</body>
</html>
"""


def dalny_dozor(a: dict) -> str:
    t = local(a["ts"], 3)
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year} · {t:%H:%M} мск"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} :: Дальний дозор</title>
</head>
<body>
<table class="layout" width="100%"><tr><td class="logo"><a href="/">ДАЛЬНИЙ ДОЗОР</a><br><small>обозреватель Тихоокеанской России</small></td>
<td class="menu"><a href="/lenta/">Лента</a> | <a href="/diplomatiya/">Дипломатия</a> | <a href="/oborona/">Оборона</a> | <a href="/regiony/">Регионы</a> | <a href="/intervyu/">Интервью</a> | <a href="/arkhiv/">Архив</a></td></tr></table>
<div id="content">
<h1>{escape(a['title'])}</h1>
<div class="dt">{shown}</div>
<div class="txt">
<p><b>{escape(a['summary'])}</b></p>
{paras(a['body'])}
</div>
<div class="shr">Поделиться: ВКонтакте · Telegram · Одноклассники</div>
<div class="lnk"><b>По теме:</b>
{related_list(a.get('related', []), 'pt')}
</div>
</div>
<div id="ftr">© «Дальний дозор», 2009–{t.year}. Перепечатка — с активной ссылкой. 18+ | <a href="/o-nas/">О нас</a> | <a href="/reklama/">Реклама</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese

def nagisa(a: dict) -> str:
    t = local(a["ts"], 9)
    shown = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a['title'])}｜なぎさ新報</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="なぎさ新報">
<meta property="article:published_time" content="{t.isoformat()}">
{jsonld(a, 'なぎさ新報', 'ja')}
</head>
<body>
<div id="cookie-bar">当サイトでは、利便性向上と広告配信のためにCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="ng-header">
  <div class="ng-logo"><a href="/">なぎさ新報</a><span>道東・北方領土のニュース</span></div>
  <nav class="ng-gnav"><a href="/">トップ</a><a href="/news">ニュース</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/society">社会</a><a href="/hoppou">北方領土</a><a href="/doto">道東</a><a href="/sports">スポーツ</a><a href="/opinion">社説・コラム</a></nav>
  <div class="ng-member"><a href="/login">ログイン</a> <a href="/join" class="join">会員登録</a></div>
</header>
<main class="ng-main">
  <ol class="ng-crumb"><li><a href="/">トップ</a></li><li><a href="/{escape(a.get('cat_slug', 'hoppou'))}">{escape(a.get('cat', '北方領土'))}</a></li><li>記事</li></ol>
  <article class="ng-article">
    <h1>{escape(a['title'])}</h1>
    <div class="ng-date"><time datetime="{t.isoformat()}">{shown}</time>{('　<span class="upd">' + escape(a['updated_note']) + '</span>') if a.get('updated_note') else ''}</div>
    <div class="ng-sns">シェア：<a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">はてブ</a></div>
    <div class="ng-body">
      {paras(a['body'])}
    </div>
    <p class="ng-credit">{escape(a.get('author', '（なぎさ新報）'))}</p>
  </article>
  <section class="ng-related"><h2>関連記事</h2>
    {related_list(a.get('related', []))}
  </section>
  <section class="ng-ranking"><h2>アクセスランキング</h2><ol><li><a href="/rank/1">花咲ガニ、今季の初競り　最高値は1キロ8千円</a></li><li><a href="/rank/2">釧路―根室間のJR、強風で運休</a></li><li><a href="/rank/3">中標津空港、冬ダイヤ発表</a></li></ol></section>
</main>
<footer class="ng-footer"><a href="/company">会社案内</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/copyright">著作権について</a>｜<a href="/contact">お問い合わせ</a><br>Copyright © {t.year} なぎさ新報社 All rights reserved. 掲載の記事・写真の無断転載を禁じます。</footer>
</body>
</html>
"""


def hamanami(a: dict) -> str:
    t = local(a["ts"], 9)
    shown = f"{t.year}/{t.month:02d}/{t.day:02d} {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - 浜波タイムズ</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
</head>
<body>
<div class="hm-cookie">このサイトはCookieを利用しています。引き続きご利用いただくことで、Cookieの利用に同意したものとみなします。<a href="/cookie">詳細</a></div>
<div class="hm-head">
  <p class="hm-title"><a href="/">浜波タイムズ</a></p><p class="hm-sub">根室・羅臼・標津・別海の地域ニュース</p>
  <ul class="hm-nav"><li><a href="/chiiki">地域</a></li><li><a href="/gyogyo">漁業</a></li><li><a href="/nemuro-rausu">根室・羅臼</a></li><li><a href="/hoppou">北方領土</a></li><li><a href="/kurashi">くらし</a></li><li><a href="/event">イベント</a></li><li><a href="/okuyami">おくやみ</a></li></ul>
</div>
<div class="hm-wrap">
  <div class="hm-entry">
    <p class="hm-cat">{escape(a.get('cat', '北方領土'))}</p>
    <h1>{escape(a['title'])}</h1>
    <p class="hm-date">{shown} 配信</p>
    {paras(a['body'])}
    <p class="hm-share">この記事をシェアする：X／Facebook／LINE</p>
  </div>
  <div class="hm-side">
    <h3>おすすめ記事</h3>
    {related_list(a.get('related', []), 'hm-rec')}
    <div class="hm-ad">広告：紙面ビューアー　月額980円から</div>
  </div>
</div>
<div class="hm-foot">浜波タイムズ社　〒087-0000 北海道根室市<br>当サイトに掲載の記事・写真・図表などの無断転載を禁止します。© {t.year} Hamanami Times</div>
</body>
</html>
"""


RENDER = {
    "pilotfish-en": pilotfish,
    "tidegate-wire": tidegate,
    "eastmere-asia": eastmere,
    "priliv-ru": priliv,
    "okean24-ru": okean24,
    "dalny-dozor-ru": dalny_dozor,
    "nagisa-ja": nagisa,
    "hamanami-ja": hamanami,
}

FEEDS = [
    {"id": "pilotfish-en", "title": "The Pilotfish Report — Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "tidegate-wire", "title": "Tidegate Wire: Asia", "format": "atom", "lang": "en"},
    {"id": "eastmere-asia", "title": "Eastmere Asia Desk", "format": "rss", "lang": "en"},
    {"id": "priliv-ru", "title": "ИА «Прилив» — Сахалин и Курилы", "format": "atom", "lang": "ru"},
    {"id": "okean24-ru", "title": "Океан24 — новости Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "dalny-dozor-ru", "title": "Дальний дозор", "format": "rss", "lang": "ru"},
    {"id": "nagisa-ja", "title": "なぎさ新報 ニュース", "format": "rss", "lang": "ja"},
    {"id": "hamanami-ja", "title": "浜波タイムズ", "format": "atom", "lang": "ja"},
]
