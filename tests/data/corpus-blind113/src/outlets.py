"""Outlets of the blind113 corpus and their page templates.

Every outlet has its own chrome. Two outlets (purlin-review, kur-letopis) publish pages
with no machine-readable metadata at all: no og: tags, no JSON-LD, no
article:published_time; the date only appears as visible text.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

OUTLETS = {
    "weatherboard-wire": {"title": "Weatherboard Wire — Asia & World", "format": "rss", "lang": "en",
                          "tz": 9, "site": "Weatherboard Wire"},
    "gablemark-en": {"title": "Gablemark Daily — Asia & Pacific", "format": "atom", "lang": "en",
                     "tz": 0, "site": "Gablemark Daily"},
    "purlin-review": {"title": "The Purlin Review — Eurasia, argued", "format": "atom", "lang": "en",
                      "tz": 0, "site": "The Purlin Review"},
    "dalved-ru": {"title": "ДальВедомости — экономика и политика Дальнего Востока", "format": "atom",
                  "lang": "ru", "tz": 10, "site": "ДальВедомости"},
    "kur-letopis": {"title": "Курильская летопись — новости островов", "format": "rss", "lang": "ru",
                    "tz": 11, "site": "Курильская летопись"},
    "flang-ru": {"title": "Северный фланг — оборона и безопасность", "format": "rss", "lang": "ru",
                 "tz": 3, "site": "Северный фланг"},
    "kitanoumi-ja": {"title": "北の海通信 電子版（釧路・根室）", "format": "rss", "lang": "ja",
                     "tz": 9, "site": "北の海通信"},
    "dotokeizai-ja": {"title": "道東経済ジャーナル", "format": "atom", "lang": "ja",
                      "tz": 9, "site": "道東経済ジャーナル"},
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def iso(dt: datetime, hours: int) -> str:
    return local(dt, hours).isoformat()


def paras(body: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{escape(p)}</p>" for p in body)


def related_list(related: list[dict], item_tpl: str) -> str:
    return "\n".join(item_tpl.format(href=f"/articles/{r['id']}.html", title=escape(r["title"]))
                     for r in related)


def jsonld(a: dict, outlet: dict, hours: int) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": iso(a["dt"], hours),
        "dateModified": iso(a["dt"], hours),
        "inLanguage": a["lang"],
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": outlet["site"]},
        "mainEntityOfPage": f"/articles/{a['id']}.html",
        "articleSection": a["section"],
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a: dict, outlet: dict, hours: int, published_time: bool = True) -> str:
    tags = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{escape(a["title"])}">',
        f'<meta property="og:description" content="{escape(a["summary"])}">',
        f'<meta property="og:url" content="/articles/{a["id"]}.html">',
        f'<meta property="og:site_name" content="{escape(outlet["site"])}">',
    ]
    if published_time:
        tags.append(f'<meta property="article:published_time" content="{iso(a["dt"], hours)}">')
        tags.append(f'<meta property="article:section" content="{escape(a["section"])}">')
    return "\n".join(tags)


# --------------------------------------------------------------------------- English


def render_weatherboard(a: dict, related: list[dict]) -> str:
    o = OUTLETS["weatherboard-wire"]
    t = local(a["dt"], o["tz"])
    shown = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%H:%M} JST"
    rel = related_list(related, '<li><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} | Weatherboard Wire</title>
<meta name="description" content="{escape(a['summary'])}">
{og(a, o, o['tz'])}
<link rel="canonical" href="/articles/{a['id']}.html">
{jsonld(a, o, o['tz'])}
<link rel="stylesheet" href="/static/wbw.css">
</head>
<body class="wbw article-page">
<div id="cookie-consent" class="consent" role="dialog">
  <p>We use cookies to keep the site running, measure traffic and personalise some content.
  <a href="/privacy">Privacy policy</a></p>
  <button>Accept all</button> <button>Reject non-essential</button> <button>Settings</button>
</div>
<header class="wbw-top">
  <a class="brand" href="/">WEATHERBOARD<span>WIRE</span></a>
  <nav><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/markets">Markets</a>
  <a href="/energy">Energy</a> <a href="/climate">Climate</a> <a href="/opinion">Opinion</a>
  <a href="/video">Video</a></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
  <a class="signin" href="/login">Sign in</a>
</header>
<div class="ticker">Markets: Nikkei 225 | USD/JPY | Brent | Gold — data delayed 15 minutes</div>
<main>
<article>
  <p class="kicker">{escape(a['section'])}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="standfirst">{escape(a['summary'])}</p>
  <div class="byline">By {escape(a['author'])} · <time>{shown}</time></div>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a>
  <a href="#">Email</a> <button>Copy link</button></div>
  <div class="story-body">
{paras(a['body'])}
  </div>
  <p class="trust">Our Standards: The Weatherboard Trust Principles.</p>
</article>
<aside class="related">
  <h2>More from Asia</h2>
  <ul>
{rel}
  <li><a href="/asia/weather">Typhoon season outlook: what forecasters expect</a></li>
  </ul>
</aside>
<aside class="most-read"><h2>Most read</h2><ol>
  <li><a href="/markets/yen">Yen slips as traders weigh rate path</a></li>
  <li><a href="/world/elections">Election calendar: the votes to watch</a></li>
  <li><a href="/energy/lng">LNG spot prices edge higher on cold snap</a></li>
</ol></aside>
</main>
<footer>
  <nav><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/careers">Careers</a>
  <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav>
  <p>© Weatherboard Wire. All rights reserved. Quotes delayed at least 15 minutes.</p>
</footer>
</body>
</html>
"""


def render_gablemark(a: dict, related: list[dict]) -> str:
    o = OUTLETS["gablemark-en"]
    t = local(a["dt"], o["tz"])
    shown = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} GMT"
    rel = related_list(related, '<div class="card"><a href="{href}">{title}</a></div>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - Gablemark Daily</title>
<meta name="viewport" content="width=device-width">
{og(a, o, o['tz'])}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{escape(a['title'])}">
<link rel="stylesheet" href="/assets/gm.min.css">
</head>
<body>
<div class="gm-cookie">Gablemark Daily and our partners use cookies. By clicking "OK" you agree to
our use of cookies. <a href="/cookies">Manage preferences</a> <button>OK</button></div>
<div class="gm-header">
  <div class="gm-logo"><a href="/">Gablemark Daily</a><span>Asia &amp; Pacific</span></div>
  <ul class="gm-nav"><li><a href="/japan">Japan</a></li><li><a href="/china">China</a></li>
  <li><a href="/korea">Korea</a></li><li><a href="/russia">Russia</a></li><li><a href="/markets">Markets</a></li>
  <li><a href="/world">World</a></li><li><a href="/newsletters">Newsletters</a></li></ul>
  <a class="gm-subscribe" href="/subscribe">Subscribe</a>
</div>
<div class="gm-breadcrumb"><a href="/">Home</a> › <a href="/{escape(a['section'].lower())}">{escape(a['section'])}</a></div>
<div class="gm-wrap">
<div class="gm-article">
  <h1 class="gm-headline">{escape(a['title'])}</h1>
  <h2 class="gm-dek">{escape(a['summary'])}</h2>
  <div class="gm-meta"><span class="gm-author">{escape(a['author'])}</span>
  <span class="gm-date">Published {shown}</span></div>
  <div class="gm-tools"><button>Save</button><button>Share</button><button>Gift this article</button></div>
  <div class="gm-text">
{paras(a['body'], 'gm-p')}
  </div>
  <div class="gm-newsletter">Get the Asia Morning Brief in your inbox. <a href="/newsletters">Sign up</a></div>
  <div class="gm-comments"><a href="#comments">Comments (0)</a> — Comments are closed for this article.</div>
</div>
<div class="gm-rail">
  <h3>Read next</h3>
{rel}
  <div class="card"><a href="/markets/rice">Rice prices: why the shelves look different this year</a></div>
  <div class="ad">Advertisement</div>
</div>
</div>
<div class="gm-footer">Gablemark Daily · <a href="/about">About us</a> · <a href="/complaints">Complaints</a> ·
<a href="/terms">Terms</a> · <a href="/privacy">Privacy notice</a> · <a href="/rss">RSS</a><br>
© Gablemark Media Ltd</div>
</body>
</html>
"""


def render_purlin(a: dict, related: list[dict]) -> str:
    """No metadata at all: no og:, no JSON-LD, no article:published_time."""
    o = OUTLETS["purlin-review"]
    t = local(a["dt"], o["tz"])
    shown = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    rel = related_list(related, '<li><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — The Purlin Review</title>
<link rel="stylesheet" href="/css/purlin.css">
</head>
<body>
<div class="banner-cookies">This site uses only essential cookies. <a href="/cookies">Learn more</a> <a href="#" class="close">×</a></div>
<div class="masthead">
  <a href="/" class="wordmark">The Purlin Review</a>
  <p class="motto">Eurasia, argued.</p>
  <ul class="menu"><li><a href="/essays">Essays</a></li><li><a href="/commentary">Commentary</a></li>
  <li><a href="/interviews">Interviews</a></li><li><a href="/books">Books</a></li><li><a href="/podcast">Podcast</a></li>
  <li><a href="/support">Support us</a></li></ul>
</div>
<div class="piece">
  <div class="rubric">{escape(a['section'])}</div>
  <h1>{escape(a['title'])}</h1>
  <div class="lede">{escape(a['summary'])}</div>
  <div class="signature">{escape(a['author'])} &mdash; {shown}</div>
  <div class="text">
{paras(a['body'])}
  </div>
  <div class="bio">{escape(a['author'])} writes for The Purlin Review on Russia, Japan and the North Pacific.</div>
  <div class="share-row">Share: <a href="#">Bluesky</a> · <a href="#">Mastodon</a> · <a href="#">Email</a> · <a href="#">Print</a></div>
</div>
<div class="archive">
  <h3>From the archive</h3>
  <ul>
{rel}
  <li><a href="/essays/steppe-rail">The steppe railway nobody wanted to finish</a></li>
  </ul>
</div>
<div class="support-box">The Purlin Review is reader-funded. <a href="/support">Become a supporter</a>.</div>
<div class="foot">The Purlin Review · <a href="/masthead">Masthead</a> · <a href="/submissions">Submissions</a> ·
<a href="/contact">Contact</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def ru_date(dt: datetime) -> str:
    return f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"


def render_dalved(a: dict, related: list[dict]) -> str:
    o = OUTLETS["dalved-ru"]
    t = local(a["dt"], o["tz"])
    rel = related_list(related, '<li class="rel-item"><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a['title'])} — ДальВедомости</title>
<meta name="description" content="{escape(a['summary'])}">
{og(a, o, o['tz'])}
{jsonld(a, o, o['tz'])}
<link rel="stylesheet" href="/static/dv.css">
</head>
<body>
<div class="cookie-bar">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы
соглашаетесь с <a href="/policy">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="dv-header">
  <div class="dv-top"><span class="dv-city">Владивосток</span> <span class="dv-weather">+4°, облачно</span>
  <span class="dv-rates">USD 91,20 · EUR 98,75 · CNY 12,60</span></div>
  <a class="dv-logo" href="/">ДальВедомости</a>
  <nav class="dv-menu"><a href="/">Главное</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a>
  <a href="/fish">Рыбная отрасль</a> <a href="/society">Общество</a> <a href="/incidents">Происшествия</a>
  <a href="/interview">Интервью</a> <a href="/special">Спецпроекты</a></nav>
</header>
<main class="dv-main">
<article class="dv-article">
  <div class="dv-rubric">{escape(a['section'])}</div>
  <h1 class="dv-title">{escape(a['title'])}</h1>
  <div class="dv-info"><time>{ru_date(t)}</time> · <span class="dv-author">{escape(a['author'])}</span></div>
  <div class="dv-lead">{escape(a['summary'])}</div>
  <div class="dv-text">
{paras(a['body'])}
  </div>
  <div class="dv-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <div class="dv-subscribe">Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости Дальнего Востока.</div>
</article>
<aside class="dv-related">
  <h3>Читайте также</h3>
  <ul>
{rel}
  <li class="rel-item"><a href="/economy/port-tariffs">Тарифы в портах Приморья: что изменится с нового года</a></li>
  </ul>
</aside>
</main>
<footer class="dv-footer">
  <p>© ДальВедомости. Сетевое издание. Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000.
  Главный редактор: И. В. Колесова. Адрес редакции: г. Владивосток.</p>
  <p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/rss">RSS</a></p>
  <p class="age">18+</p>
</footer>
</body>
</html>
"""


def render_letopis(a: dict, related: list[dict]) -> str:
    """No metadata at all: no og:, no JSON-LD, no article:published_time."""
    o = OUTLETS["kur-letopis"]
    t = local(a["dt"], o["tz"])
    rel = related_list(related, '<div class="other-item">&raquo; <a href="{href}">{title}</a></div>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(a['title'])} | Курильская летопись</title>
<link rel="stylesheet" type="text/css" href="/templates/letopis/style.css">
</head>
<body>
<table class="layout" width="100%"><tr><td>
<div id="head">
  <a href="/"><img src="/images/logo.png" alt="Курильская летопись"></a>
  <div class="slogan">Новости Кунашира, Итурупа, Шикотана и Малой Курильской гряды</div>
</div>
<div id="topmenu"><a href="/">Главная</a> | <a href="/news/ostrova">Острова</a> | <a href="/news/vlast">Власть</a> |
<a href="/news/obshestvo">Общество</a> | <a href="/news/sad">Дом и сад</a> | <a href="/raspisanie">Расписание рейсов</a> |
<a href="/obyavleniya">Объявления</a> | <a href="/contacts">Контакты</a></div>
<div id="cookie">Сайт использует cookie. <a href="#" onclick="return false">Закрыть</a></div>
<div id="content">
  <div class="path"><a href="/">Главная</a> / <a href="/news">{escape(a['section'])}</a></div>
  <h1 class="newstitle">{escape(a['title'])}</h1>
  <div class="newsdate">{ru_date(t)} (время сахалинское)</div>
  <div class="newsintro"><b>{escape(a['summary'])}</b></div>
  <div class="newstext">
{paras(a['body'])}
  </div>
  <div class="newsauthor">{escape(a['author'])}</div>
  <div class="newsviews">Просмотров: {137 + len(a['body']) * 41}</div>
  <div class="comments"><h4>Комментарии</h4><p>Комментариев пока нет. Чтобы оставить комментарий,
  <a href="/login">войдите</a> или <a href="/register">зарегистрируйтесь</a>.</p></div>
</div>
<div id="other">
  <h3>Другие новости</h3>
{rel}
  <div class="other-item">&raquo; <a href="/raspisanie">Расписание рейсов теплохода на неделю</a></div>
</div>
<div id="foot">Курильская летопись &copy; Перепечатка материалов — только с активной ссылкой на источник.
<br>Телефон редакции: +7 (42455) 0-00-00 <br><img src="/counter.gif" alt="" width="88" height="31"></div>
</td></tr></table>
</body>
</html>
"""


def render_flang(a: dict, related: list[dict]) -> str:
    o = OUTLETS["flang-ru"]
    t = local(a["dt"], o["tz"])
    rel = related_list(related, '<li><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} :: Северный фланг</title>
{og(a, o, o['tz'])}
<link rel="stylesheet" href="/css/flang.css">
</head>
<body class="flang">
<div class="flang-cookies">Продолжая пользоваться сайтом, вы соглашаетесь на использование cookie.
<button>OK</button></div>
<header>
  <div class="flang-brand"><a href="/">СЕВЕРНЫЙ ФЛАНГ</a><small>оборона · граница · флот</small></div>
  <nav><a href="/army">Армия</a> <a href="/fleet">Флот</a> <a href="/border">Граница</a>
  <a href="/vpk">ОПК</a> <a href="/history">История</a> <a href="/photo">Фото</a></nav>
</header>
<div class="flang-body">
<article>
  <div class="tag">{escape(a['section'])}</div>
  <h1>{escape(a['title'])}</h1>
  <div class="date">{ru_date(t)} мск</div>
  <div class="anons">{escape(a['summary'])}</div>
{paras(a['body'], 'txt')}
  <div class="source">Источник: {escape(a['author'])}</div>
  <div class="share">Поделиться: <a href="#">VK</a> · <a href="#">Telegram</a> · <a href="#">WhatsApp</a></div>
</article>
<aside>
  <h4>По теме</h4>
  <ul>
{rel}
  <li><a href="/history/1945">Хроника: как готовили десант 1945 года</a></li>
  </ul>
  <h4>Популярное</h4>
  <ul><li><a href="/vpk/drones">Беспилотники: что поступит в войска в этом году</a></li>
  <li><a href="/fleet/calendar">Календарь памятных дат флота</a></li></ul>
</aside>
</div>
<footer>© «Северный фланг». Все права защищены. При использовании материалов ссылка обязательна. 16+</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese


def ja_date(dt: datetime) -> str:
    return f"{dt.year}年{dt.month}月{dt.day}日（{JA_WEEK[dt.weekday()]}） {dt:%H:%M}"


def render_kitanoumi(a: dict, related: list[dict]) -> str:
    o = OUTLETS["kitanoumi-ja"]
    t = local(a["dt"], o["tz"])
    rel = related_list(related, '<li><a href="{href}">{title}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a['title'])}｜北の海通信</title>
<meta name="description" content="{escape(a['summary'])}">
{og(a, o, o['tz'])}
{jsonld(a, o, o['tz'])}
<link rel="stylesheet" href="/common/css/kitanoumi.css">
</head>
<body>
<div id="cookie-notice">当サイトでは、利便性の向上や広告配信のためにクッキーを使用しています。
<a href="/privacy/">プライバシーポリシー</a> <button>同意する</button></div>
<header class="site-header">
  <p class="logo"><a href="/">北の海通信<span>電子版</span></a></p>
  <p class="edition">釧路・根室版</p>
  <nav class="gnav"><ul><li><a href="/">トップ</a></li><li><a href="/local/">地域</a></li>
  <li><a href="/northern-territories/">北方領土</a></li><li><a href="/fishery/">水産</a></li>
  <li><a href="/economy/">経済</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/obituary/">おくやみ</a></li></ul></nav>
  <p class="login"><a href="/member/login/">ログイン</a> ｜ <a href="/member/">会員登録</a></p>
</header>
<div class="contents">
<article class="article">
  <p class="category">{escape(a['section'])}</p>
  <h1>{escape(a['title'])}</h1>
  <p class="date"><time>{ja_date(t)}</time> 更新</p>
  <p class="lead">{escape(a['summary'])}</p>
  <div class="article-body">
{paras(a['body'])}
  </div>
  <p class="byline">（{escape(a['author'])}）</p>
  <div class="sns"><a href="#">X（旧ツイッター）</a> <a href="#">フェイスブック</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
</article>
<aside class="side">
  <section class="related"><h2>関連記事</h2><ul>
{rel}
  </ul></section>
  <section class="ranking"><h2>アクセスランキング</h2><ol>
  <li><a href="/local/weather/">釧路で今季最低気温　各地で冷え込み</a></li>
  <li><a href="/fishery/sanma/">サンマ初水揚げ、価格は高値スタート</a></li>
  <li><a href="/sports/hs-baseball/">高校野球地区大会、組み合わせ決まる</a></li>
  </ol></section>
</aside>
</div>
<footer class="site-footer">
  <ul><li><a href="/company/">会社案内</a></li><li><a href="/ad/">広告掲載</a></li><li><a href="/policy/">著作権・リンクについて</a></li>
  <li><a href="/contact/">お問い合わせ</a></li></ul>
  <p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は北の海通信またはその情報提供者に帰属します。</p>
  <p>Copyright © Kitanoumi Tsushin. All rights reserved.</p>
</footer>
</body>
</html>
"""


def render_dotokeizai(a: dict, related: list[dict]) -> str:
    o = OUTLETS["dotokeizai-ja"]
    t = local(a["dt"], o["tz"])
    rel = related_list(related, '<div class="rel"><a href="{href}">{title}</a></div>')
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{escape(a['title'])} - 道東経済ジャーナル</title>
{og(a, o, o['tz'])}
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" href="/wp-content/themes/doto/style.css">
</head>
<body class="single">
<div class="cc-window">このサイトはクッキーを利用しています。詳しくは<a href="/cookie-policy/">こちら</a>。<a class="cc-btn">OK</a></div>
<div id="header">
  <div class="hd-logo"><a href="/">道東経済ジャーナル</a></div>
  <div class="hd-desc">釧路・根室・十勝・オホーツクの経済と産業</div>
  <ul class="hd-menu"><li><a href="/category/fishery/">水産</a></li><li><a href="/category/agri/">農業</a></li>
  <li><a href="/category/gyosei/">行政</a></li><li><a href="/category/kigyo/">企業</a></li>
  <li><a href="/category/bosai/">防災</a></li><li><a href="/category/jinji/">人事</a></li>
  <li><a href="/subscribe/">購読のご案内</a></li></ul>
</div>
<div id="main">
  <div class="entry">
    <div class="entry-cat">{escape(a['section'])}</div>
    <h1 class="entry-title">{escape(a['title'])}</h1>
    <div class="entry-date">{ja_date(t)}</div>
    <div class="entry-summary">{escape(a['summary'])}</div>
    <div class="entry-content">
{paras(a['body'])}
    </div>
    <div class="entry-author">文・{escape(a['author'])}</div>
    <div class="member-box">紙面版では関連の解説記事を掲載しています。<a href="/subscribe/">購読のお申し込みはこちら</a></div>
  </div>
  <div id="sidebar">
    <h3>最新記事</h3>
{rel}
    <div class="rel"><a href="/category/jinji/">道東の主な人事（今月分）</a></div>
    <div class="banner">広告</div>
  </div>
</div>
<div id="footer">© 道東経済ジャーナル　無断転載禁止　｜　<a href="/about/">会社概要</a>　｜　<a href="/privacy/">個人情報保護方針</a></div>
</body>
</html>
"""


RENDER = {
    "weatherboard-wire": render_weatherboard,
    "gablemark-en": render_gablemark,
    "purlin-review": render_purlin,
    "dalved-ru": render_dalved,
    "kur-letopis": render_letopis,
    "flang-ru": render_flang,
    "kitanoumi-ja": render_kitanoumi,
    "dotokeizai-ja": render_dotokeizai,
}
