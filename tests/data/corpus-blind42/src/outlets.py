"""Outlet definitions and page templates for the blind42 corpus.

Every outlet has its own page template: navigation, cookie banner, share bar,
related links, footer. Some outlets carry Open Graph / JSON-LD metadata, some
carry almost none (as small regional sites often do).
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "windrose-en", "title": "Windrose Wire - World", "format": "rss", "lang": "en"},
    {"id": "coldharbour-en", "title": "The Coldharbour Review - Eurasia & Pacific",
     "format": "atom", "lang": "en"},
    {"id": "shiretoko-en", "title": "The Shiretoko Ledger - Hokkaido in English",
     "format": "rss", "lang": "en"},
    {"id": "vaterliniya-ru", "title": "ИА «Ватерлиния» — лента новостей", "format": "rss",
     "lang": "ru"},
    {"id": "korsakov-ru", "title": "Корсаков-Пресс — новости Сахалина и Курил", "format": "atom",
     "lang": "ru"},
    {"id": "parallel-ru", "title": "«Параллель» — международное обозрение", "format": "rss",
     "lang": "ru"},
    {"id": "meiko-ja", "title": "明光新聞デジタル", "format": "atom", "lang": "ja"},
    {"id": "akkeshi-ja", "title": "厚岸湾新聞 電子版", "format": "rss", "lang": "ja"},
]

SITE = {
    "windrose-en": "https://www.windrosewire.example",
    "coldharbour-en": "https://coldharbourreview.example",
    "shiretoko-en": "https://shiretokoledger.example",
    "vaterliniya-ru": "https://vaterliniya-news.example",
    "korsakov-ru": "https://korsakov-press.example",
    "parallel-ru": "https://parallel-review.example",
    "meiko-ja": "https://www.meiko-shimbun.example",
    "akkeshi-ja": "https://akkeshiwan-np.example",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _t(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def _local(a, hours: int) -> datetime:
    return _t(a).astimezone(timezone(timedelta(hours=hours)))


TEMP = [-8, -7, -2, 4, 9, 12, 16, 19, 16, 10, 3, -4]  # rough monthly means, eastern Hokkaido / Sakhalin


def _temp(month: int, delta: int = 0) -> str:
    v = TEMP[month - 1] + delta
    return f"\u2212{-v}" if v < 0 else str(v)


def _pick(pool: list, key: str, n: int) -> list:
    """Deterministic choice of n items from pool, seeded by key."""
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    out, used = [], set()
    i = 0
    while len(out) < min(n, len(pool)):
        j = (h >> (i * 5)) % len(pool)
        i += 1
        if j in used:
            j = next(k for k in range(len(pool)) if k not in used)
        used.add(j)
        out.append(pool[j])
    return out


def _paras(a) -> str:
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n".join(out)


def _og(a, site_name: str, url: str, locale: str) -> str:
    return (
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:site_name" content="{escape(site_name)}">\n'
        f'<meta property="og:title" content="{escape(a["title"])}">\n'
        f'<meta property="og:description" content="{escape(a["summary"])}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:locale" content="{locale}">\n'
        f'<meta property="article:published_time" content="{a["published"]}">\n'
        f'<meta name="twitter:card" content="summary_large_image">\n')


def _jsonld(a, publisher: str, url: str, author: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": a["published"], "dateModified": a["published"],
        "inLanguage": a["lang"], "mainEntityOfPage": url,
        "author": {"@type": "Person" if author else "Organization",
                   "name": author or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>\n")


def url_of(a) -> str:
    return f'{SITE[a["feed"]]}/articles/{a["id"]}.html'


# ----------------------------------------------------------------------------- windrose


WR_RELATED = [
    "Oil steadies as traders weigh OPEC+ output signals",
    "Japan's exports rise for fourth month on chip demand",
    "Seoul, Tokyo hold talks on supply-chain security",
    "Explainer: How Japan's sanctions on Russia have evolved",
    "Asian shares edge higher ahead of central bank decisions",
    "Typhoon disrupts flights across western Japan",
    "Factbox: The disputed islands between Russia and Japan",
    "Russia's Far East ports handle record coal volumes",
    "Japan, Philippines sign reciprocal access pact",
    "Kremlin says no plans for Putin trip to Asia this month",
]


def render_windrose(a) -> str:
    url = url_of(a)
    t = _t(a)
    stamp = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} GMT"
    related = _pick(WR_RELATED, a["id"], 4)
    meta = "" if a.get("no_meta") else (_og(a, "Windrose Wire", url, "en_GB")
                                         + _jsonld(a, "Windrose Wire", url, a.get("byline", "")))
    byline = a.get("byline", "Windrose staff")
    credit = a.get("credit", "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} | Windrose Wire</title>
<meta name="description" content="{escape(a["summary"])}">
<link rel="canonical" href="{url}">
{meta}<link rel="stylesheet" href="/static/wr-main.4f1c2.css">
</head>
<body class="article-page">
<div id="cookie-consent" class="consent-banner" role="dialog" aria-live="polite">
  <p>We use cookies and similar technologies to deliver our services, measure audiences and personalise ads. You can change your choices at any time under &ldquo;Privacy settings&rdquo;.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage options</button>
</div>
<header class="masthead">
  <a class="logo" href="/">WINDROSE<span>WIRE</span></a>
  <nav class="primary-nav" aria-label="Sections">
    <a href="/world">World</a><a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a>
    <a href="/business">Business</a><a href="/markets">Markets</a><a href="/energy">Energy</a>
    <a href="/technology">Technology</a><a href="/opinion">Breakingviews</a>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search Windrose"></form>
  <a class="signin" href="/account/sign-in">Sign in</a>
</header>
<main>
<nav class="breadcrumb"><a href="/world">World</a> &rsaquo; <a href="/world/{a.get("section_slug", "asia-pacific")}">{escape(a.get("section", "Asia Pacific"))}</a></nav>
<article>
<h1>{escape(a["title"])}</h1>
<div class="byline">By <span class="author">{escape(byline)}</span> &middot; <time datetime="{a["published"]}">{stamp}</time> &middot; {a.get("read_min", 3)} min read</div>
<div class="share-bar"><a href="#" class="share-x">Post</a><a href="#" class="share-fb">Share</a><a href="#" class="share-li">LinkedIn</a><a href="#" class="share-mail">Email</a><button class="copy-link">Copy link</button></div>
<div class="article-body">
{_paras(a)}
</div>
<p class="credit">{escape(credit)}</p>
<p class="trust">Our Standards: <a href="/trust-principles">The Windrose Trust Principles.</a></p>
</article>
<aside class="related">
<h3>Read next</h3>
<ul>{"".join(f'<li><a href="/world/story-{i}">{escape(r)}</a></li>' for i, r in enumerate(related))}</ul>
</aside>
<aside class="ad-slot" data-slot="mpu-1">Advertisement &middot; Scroll to continue with content</aside>
</main>
<footer class="site-footer">
  <nav><a href="/about">About Windrose</a> <a href="/careers">Careers</a> <a href="/contact">Contact us</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a> <a href="/terms">Terms of use</a> <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Windrose Wire. All rights reserved.</p>
</footer>
<script src="/static/wr-consent.js" defer></script>
<script src="/static/wr-analytics.js" defer></script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- coldharbour


CH_RELATED = [
    "The Sea of Okhotsk as a bastion: what Moscow is protecting",
    "Tokyo's defence budget, read line by line",
    "Podcast: Central Asia's balancing act between Moscow and Beijing",
    "Letter from Vladivostok: a port city turns east",
    "Why Japan keeps buying Russian gas it says it wants to quit",
    "The long afterlife of the San Francisco treaty",
    "Essay: The Arctic route that never quite arrives",
    "Mongolia's third-neighbour diplomacy, twenty years on",
]


def render_coldharbour(a) -> str:
    url = url_of(a)
    t = _t(a)
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"
    related = _pick(CH_RELATED, a["id"], 3)
    meta = "" if a.get("no_meta") else _og(a, "The Coldharbour Review", url, "en_GB")
    author = a.get("byline", "Coldharbour staff")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — The Coldharbour Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="author" content="{escape(author)}">
{meta}<link rel="alternate" type="application/atom+xml" title="The Coldharbour Review" href="/feed.atom">
<link rel="stylesheet" href="/assets/ch.css?v=41">
</head>
<body>
<div class="gdpr-notice">This site uses cookies to remember your reading preferences and to count visits. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header>
  <div class="brand"><a href="/">The Coldharbour Review</a><span class="tagline">Eurasia &amp; Pacific, in depth</span></div>
  <nav><a href="/regions/russia">Russia</a> <a href="/regions/japan">Japan</a> <a href="/regions/china">China</a> <a href="/regions/korea">Korea</a> <a href="/regions/central-asia">Central Asia</a> <a href="/topics/security">Security</a> <a href="/topics/energy">Energy</a> <a href="/podcast">Podcast</a> <a class="subscribe" href="/subscribe">Subscribe</a></nav>
</header>
<main class="longform">
<p class="kicker">{escape(a.get("section", "Analysis"))}</p>
<h1>{escape(a["title"])}</h1>
<p class="standfirst">{escape(a["summary"])}</p>
<p class="meta">By {escape(author)} &middot; <time datetime="{a["published"]}">{stamp}</time></p>
<div class="paywall-note">You are reading one of your three free articles this month. <a href="/subscribe">Subscribe for unlimited access</a>.</div>
<section class="body">
{_paras(a)}
</section>
<div class="author-bio"><strong>{escape(author)}</strong> {escape(a.get("bio", "writes on Russia and the North Pacific for The Coldharbour Review."))}</div>
<div class="share">Share this piece: <a href="#">Email</a> &middot; <a href="#">Bluesky</a> &middot; <a href="#">LinkedIn</a> &middot; <a href="#">Copy link</a></div>
<section class="more">
<h2>More from the Review</h2>
<ul>{"".join(f'<li><a href="/essays/{i}">{escape(r)}</a></li>' for i, r in enumerate(related))}</ul>
</section>
<section class="newsletter"><h2>The Far Side</h2><p>Our weekly letter on Russia's Pacific and its neighbours. Free, every Friday.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
</main>
<footer><p>The Coldharbour Review is reader-funded. &copy; The Coldharbour Review Ltd. <a href="/about">About</a> · <a href="/contributors">Contributors</a> · <a href="/privacy">Privacy</a> · <a href="/feed.atom">Atom feed</a></p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- shiretoko


SL_MOSTREAD = [
    "Drift ice season ends early at Abashiri for third year",
    "Kushiro wetland boardwalk reopens after repairs",
    "Nemuro saury landings edge up but stay near historic low",
    "New express bus links Kushiro airport and Akan",
    "Rausu kelp prices hit record at first auction",
    "Hokkaido dairy farmers brace for feed cost rise",
    "Bear sightings prompt trail closures in Shiretoko",
]


def render_shiretoko(a) -> str:
    url = url_of(a)
    t = _local(a, 9)
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"
    most = _pick(SL_MOSTREAD, a["id"], 4)
    meta = "" if a.get("no_meta") else (
        f'<meta property="og:title" content="{escape(a["title"])}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="article:published_time" content="{a["published"]}">\n')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{escape(a["title"])} &#8211; The Shiretoko Ledger</title>
{meta}<link rel='stylesheet' id='ledger-style-css' href='/wp-content/themes/ledger/style.css?ver=6.4.3' media='all'>
</head>
<body class="post-template-default single single-post">
<div class="cookie-notice-container"><span>We use cookies to ensure you get the best experience on our website.</span> <a href="#" class="cn-accept">Ok</a> <a href="/privacy-policy/">Privacy policy</a></div>
<div class="top-bar">Nemuro {_temp(t.month)}°C · Kushiro {_temp(t.month, 1)}°C · Abashiri {_temp(t.month, -1)}°C &nbsp;|&nbsp; <a href="/about/">About</a> · <a href="/advertise/">Advertise</a> · <a href="/tips/">Send us a tip</a></div>
<header id="masthead"><p class="site-title"><a href="/">The Shiretoko Ledger</a></p><p class="site-description">Hokkaido news in English, from the eastern edge</p>
<nav id="site-navigation"><ul><li><a href="/category/news/">News</a></li><li><a href="/category/nemuro/">Nemuro</a></li><li><a href="/category/kushiro/">Kushiro</a></li><li><a href="/category/okhotsk/">Okhotsk</a></li><li><a href="/category/fisheries/">Fisheries</a></li><li><a href="/category/travel/">Travel</a></li><li><a href="/category/community/">Community</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="main">
<article class="post">
<header class="entry-header"><span class="cat-links"><a href="/category/{a.get("cat", "news")}/">{escape(a.get("cat", "news").title())}</a></span>
<h1 class="entry-title">{escape(a["title"])}</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="{a["published"]}">{stamp}</time> by <span class="author vcard">{escape(a.get("byline", "Ledger staff"))}</span></div></header>
<div class="entry-content">
{_paras(a)}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {", ".join(escape(x) for x in a.get("tags", ["Hokkaido"]))}</span>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></footer>
</article>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most read</h2><ul>{"".join(f'<li><a href="/2024/most-read-{i}/">{escape(m)}</a></li>' for i, m in enumerate(most))}</ul></section>
<section class="widget"><h2 class="widget-title">Support local journalism</h2><p>The Ledger is run by three people in Kushiro. <a href="/support/">Chip in</a>.</p></section></aside>
</div>
<footer id="colophon"><div class="site-info">&copy; The Shiretoko Ledger · Proudly powered by WordPress</div></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- vaterliniya


VL_RELATED = [
    "Курс рубля к юаню на Мосбирже снизился",
    "В Приморье завершили строительство второй очереди терминала в порту Восточный",
    "Минтранс предложил продлить льготы для авиаперевозок на Дальнем Востоке",
    "Путь через Севморпуть: грузопоток вырос на 6%",
    "В Хабаровске открыли новый мост через Амур",
    "Росрыболовство: вылов минтая в Охотском море идёт с опережением",
    "МИД России прокомментировал учения США и Японии у Хоккайдо",
    "На Камчатке проснулся вулкан Шивелуч",
]


def render_vaterliniya(a) -> str:
    url = url_of(a)
    t = _local(a, 3)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    related = _pick(VL_RELATED, a["id"], 4)
    meta = "" if a.get("no_meta") else (_og(a, "ИА «Ватерлиния»", url, "ru_RU")
                                         + _jsonld(a, "ИА «Ватерлиния»", url, ""))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — ИА «Ватерлиния»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(a["summary"])}">
{meta}<link rel="stylesheet" href="/css/vl.min.css?2024">
</head>
<body>
<div class="cookie-bar">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой использования cookie</a>. <button>Понятно</button></div>
<header class="header">
  <a class="header__logo" href="/">ВАТЕРЛИНИЯ<small>информационное агентство</small></a>
  <nav class="header__menu"><a href="/politika">Политика</a><a href="/v-mire">В мире</a><a href="/ekonomika">Экономика</a><a href="/obshchestvo">Общество</a><a href="/armiya">Армия</a><a href="/dalnij-vostok">Дальний Восток</a><a href="/sport">Спорт</a><a href="/lenta">Лента</a></nav>
  <div class="header__rates">USD 91,42 · EUR 98,87 · CNY 12,61</div>
</header>
<main class="page">
<div class="rubric"><a href="/{a.get("section_slug", "v-mire")}">{escape(a.get("section", "В мире"))}</a></div>
<article class="news">
<time class="news__date" datetime="{a["published"]}">{stamp}</time>
<h1 class="news__title">{escape(a["title"])}</h1>
<div class="news__lead">{escape(a["summary"])}</div>
<div class="news__text">
{_paras(a)}
</div>
<div class="news__tags">{" ".join(f'<a href="/tag/{i}">{escape(x)}</a>' for i, x in enumerate(a.get("tags", [])))}</div>
<div class="news__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<p class="news__subscribe">Читайте «Ватерлинию» в Telegram и Дзене</p>
</article>
<section class="also">
<h2>Читайте также</h2>
<ul>{"".join(f'<li><a href="/lenta/{i}">{escape(r)}</a></li>' for i, r in enumerate(related))}</ul>
</section>
</main>
<footer class="footer">
<p>Сетевое издание «Ватерлиния». Свидетельство о регистрации СМИ Эл № ФС 77-80412. Учредитель: ООО «Медиагруппа „Фарлайн“». Главный редактор: Е. В. Сорокина.</p>
<p>При полном или частичном использовании материалов ссылка на ИА «Ватерлиния» обязательна. 18+</p>
<p><a href="/about">О нас</a> · <a href="/reklama">Реклама</a> · <a href="/kontakty">Контакты</a> · <a href="/privacy">Политика конфиденциальности</a></p>
</footer>
<script src="/js/metrika.js" async></script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- korsakov


KP_POPULAR = [
    "В Южно-Сахалинске продлили ремонт улицы Ленина до конца сентября",
    "Паром «Сахалин-9» вернулся на линию Ванино — Холмск",
    "Сахалинские школьники заняли призовые места на олимпиаде по физике",
    "В Корсакове открылся обновлённый сквер у морского вокзала",
    "Горячая линия по капремонту: куда жаловаться жителям области",
    "Рейс на Итуруп задержали из-за тумана",
    "В Долинском районе прошёл фестиваль корюшки",
]


def render_korsakov(a) -> str:
    t = _local(a, 11)
    stamp = f"{t:%d.%m.%Y %H:%M}"
    popular = _pick(KP_POPULAR, a["id"], 4)
    comments = a.get("comments", [])
    cm = "".join(f'<li><b>{escape(u)}</b> <span>{escape(c)}</span></li>' for u, c in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | Корсаков-Пресс</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/templates/kp2/css/style.css">
</head>
<body>
<div id="cookies">Сайт использует cookie. <a href="#" onclick="return hideCookie()">Закрыть</a></div>
<div class="topline">Южно-Сахалинск {_temp(t.month, -2)}°C · Корсаков · Курильск · Южно-Курильск &nbsp; | &nbsp;<a href="/rss">RSS</a> · <a href="/reklama">Реклама</a></div>
<div class="logo"><a href="/">КОРСАКОВ-ПРЕСС</a> <span>новости Сахалина и Курил</span></div>
<ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/ekonomika">Экономика</a></li><li><a href="/proisshestviya">Происшествия</a></li><li><a href="/lyudi">Люди</a></li><li><a href="/foto">Фото</a></li></ul>
<div class="content">
<div class="item-page">
<h1>{escape(a["title"])}</h1>
<div class="date">{stamp} · {escape(a.get("byline", "Корсаков-Пресс"))}</div>
{_paras(a)}
<div class="source">{escape(a.get("photo_credit", ""))}</div>
<div class="share42">Поделиться: ВК · ОК · Telegram</div>
</div>
<div class="comments"><h3>Комментарии ({len(comments)})</h3><ul>{cm}</ul><p class="comments-note">Комментарии проходят премодерацию. Оскорбления удаляются.</p></div>
<div class="popular"><h3>Популярное</h3><ul>{"".join(f'<li><a href="/news/p{i}">{escape(p)}</a></li>' for i, p in enumerate(popular))}</ul></div>
</div>
<div class="footer">© Корсаков-Пресс, 2011—2026. Использование материалов — с активной гиперссылкой. Редакция: Сахалинская обл., г. Корсаков. 16+</div>
</body>
</html>
"""


# ----------------------------------------------------------------------------- parallel


PR_RELATED = [
    "Индия и АСЕАН: новая повестка или старые обещания",
    "Энергодиалог Москвы и Пекина: что подписано в этом году",
    "Почему Сеул осторожничает с поставками оружия",
    "Карибский узел: чего ждать от саммита в Гаване",
    "Колонка: Европа и её «стратегическая автономия»",
    "Экспертный клуб: Центральная Азия между центрами силы",
]


def render_parallel(a) -> str:
    url = url_of(a)
    t = _local(a, 3)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}"
    related = _pick(PR_RELATED, a["id"], 3)
    meta = "" if a.get("no_meta") else _og(a, "Параллель", url, "ru_RU")
    return f"""<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} :: «Параллель»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}<link href="/static/parallel.css" rel="stylesheet">
</head>
<body>
<div class="consent">Используя сайт, вы соглашаетесь на обработку файлов cookie и пользовательских данных. <a href="/legal/cookies">Подробнее</a> <button type="button">Хорошо</button></div>
<header class="hdr"><a class="hdr-logo" href="/">Параллель</a><span class="hdr-sub">международное обозрение</span>
<nav><a href="/region/asia">Азия</a> <a href="/region/europe">Европа</a> <a href="/region/americas">Америка</a> <a href="/region/middle-east">Ближний Восток</a> <a href="/analytics">Аналитика</a> <a href="/interview">Интервью</a> <a href="/columns">Колонки</a></nav></header>
<main>
<article class="material">
<div class="material-rubric">{escape(a.get("section", "Азия"))}</div>
<h1>{escape(a["title"])}</h1>
<p class="material-lead">{escape(a["summary"])}</p>
<div class="material-info"><span class="author">{escape(a.get("byline", "Редакция"))}</span> · <time datetime="{a["published"]}">{stamp}</time></div>
<div class="material-body">
{_paras(a)}
</div>
<div class="material-tags">Теги: {", ".join(escape(x) for x in a.get("tags", []))}</div>
<div class="material-share">Поделиться: <a href="#">Telegram</a> · <a href="#">ВКонтакте</a> · <a href="#">Скопировать ссылку</a></div>
</article>
<aside class="more"><h3>По теме и рядом</h3><ul>{"".join(f'<li><a href="/analytics/{i}">{escape(r)}</a></li>' for i, r in enumerate(related))}</ul></aside>
</main>
<footer class="ftr">© «Параллель», 2018–2026. Мнение авторов колонок может не совпадать с позицией редакции. <a href="/about">О проекте</a> · <a href="/authors">Авторы</a> · <a href="/rss">RSS</a></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- meiko


MK_RELATED = [
    "日銀、金融政策の現状維持を決定",
    "円相場、一時1ドル＝150円台　輸入物価に影響",
    "北海道新幹線の札幌延伸、開業時期見直しへ",
    "＜解説＞対ロ制裁、これまでの経緯",
    "外相、中央アジア5カ国を歴訪へ",
    "サンマ漁、今季も低調な滑り出し",
    "＜社説＞日ロ関係　人道問題で対話の糸口を",
    "防衛費増額、財源確保法が成立",
]


def render_meiko(a) -> str:
    url = url_of(a)
    t = _local(a, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    related = _pick(MK_RELATED, a["id"], 4)
    meta = "" if a.get("no_meta") else (_og(a, "明光新聞デジタル", url, "ja_JP")
                                         + _jsonld(a, "明光新聞社", url, ""))
    paywall = a.get("paywall", True)
    body = _paras(a)
    if paywall:
        body += '\n<div class="paywall">この記事は有料会員限定です。残り{n}文字。<a href="/membership">有料会員になると続きをお読みいただけます</a></div>'.format(
            n=120 + (len(a["id"]) * 37) % 600)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{escape(a["title"])}：明光新聞デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{escape(a["summary"])}">
{meta}<link rel="stylesheet" href="/css/common.css?202401">
</head>
<body>
<div id="cookieBanner" class="cookie">当サイトでは、利便性向上や広告配信、アクセス解析のためにクッキー（Cookie）を使用しています。サイトを利用することで、クッキーの使用に同意したものとみなします。<a href="/policy/cookie">詳しくはこちら</a><button>同意する</button></div>
<header class="gHeader">
<div class="gHeader__logo"><a href="/">明光新聞デジタル</a></div>
<nav class="gNav"><ul><li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li><li><a href="/international/">国際</a></li><li><a href="/national/">社会</a></li><li><a href="/local/">地域</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/culture/">文化</a></li><li><a href="/opinion/">オピニオン</a></li></ul></nav>
<div class="gHeader__member"><a href="/login">ログイン</a><a class="btn" href="/membership">会員登録</a></div>
</header>
<main class="l-main">
<div class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/{a.get("section_slug", "international")}/">{escape(a.get("section", "国際"))}</a></div>
<article class="article">
<h1 class="article__title">{escape(a["title"])}</h1>
<div class="article__meta"><time datetime="{a["published"]}">{stamp}</time>{("　" + escape(a["byline"])) if a.get("byline") else ""}</div>
<div class="article__share"><a href="#">X（旧ツイッター）</a><a href="#">フェイスブック</a><a href="#">LINE</a><a href="#">はてなブックマーク</a></div>
<div class="article__body">
{body}
</div>
</article>
<section class="relatedArticles"><h2>関連記事</h2><ul>{"".join(f'<li><a href="/article/r{i}">{escape(r)}</a></li>' for i, r in enumerate(related))}</ul></section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>大谷、今季第30号　日本選手最多に並ぶ</li><li>新NISA、口座数が急増</li><li>都心で猛暑日　今年最多</li></ol></section>
</main>
<footer class="gFooter"><ul><li><a href="/company/">会社案内</a></li><li><a href="/policy/privacy">個人情報保護方針</a></li><li><a href="/policy/cookie">クッキーポリシー</a></li><li><a href="/contact/">お問い合わせ</a></li><li><a href="/ad/">広告掲載</a></li></ul><p>&copy; 明光新聞社　記事・写真の無断転載を禁じます</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- akkeshi


AK_LOCAL = [
    "厚岸のカキ、今季の出荷始まる",
    "根室・花咲港でサンマ初水揚げ",
    "浜中町で霧多布湿原の清掃ボランティア",
    "釧路管内の有効求人倍率、前月比横ばい",
    "別海町の酪農家、搾乳ロボット導入相次ぐ",
    "標津でサケの遡上調査",
]


def render_akkeshi(a) -> str:
    t = _local(a, 9)
    stamp = f"{t.year}/{t.month:02d}/{t.day:02d} {t:%H:%M}"
    local = _pick(AK_LOCAL, a["id"], 3)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} - 厚岸湾新聞 電子版</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div class="cookie-consent">本サイトはサービス向上のためCookieを利用しています。<a href="/privacy.html">プライバシーポリシー</a>　<span class="close">閉じる</span></div>
<div id="header"><div class="logo"><a href="/">厚岸湾新聞 電子版</a></div><div class="weather">厚岸 晴れのち曇り　最高{_temp(t.month, 4)}℃</div>
<ul id="gnavi"><li><a href="/news/">ニュース</a></li><li><a href="/nemuro/">根室</a></li><li><a href="/kushiro/">釧路</a></li><li><a href="/ryodo/">北方領土</a></li><li><a href="/gyogyo/">漁業</a></li><li><a href="/kurashi/">くらし</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></div>
<div id="contents">
<div id="main">
<p class="pankuzu"><a href="/">ホーム</a> ＞ <a href="/{a.get("cat", "news")}/">{escape(a.get("cat_label", "ニュース"))}</a></p>
<h1>{escape(a["title"])}</h1>
<p class="date">{stamp} 更新</p>
<div class="honbun">
{_paras(a)}
</div>
<p class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></p>
<div class="kanren"><h3>地域のニュース</h3><ul>{"".join(f'<li><a href="/news/l{i}.html">{escape(x)}</a></li>' for i, x in enumerate(local))}</ul></div>
</div>
<div id="side"><div class="bnr">購読のお申し込み</div><div class="bnr">紙面ビューアー</div><div class="bnr">お悔やみ情報</div></div>
</div>
<div id="footer">厚岸湾新聞社　〒088-11XX 北海道厚岸郡厚岸町　電話 0153-5X-XXXX<br>掲載記事・写真の無断転載を禁じます。Copyright &copy; Akkeshiwan Shimbun.</div>
</body>
</html>
"""


RENDER = {
    "windrose-en": render_windrose,
    "coldharbour-en": render_coldharbour,
    "shiretoko-en": render_shiretoko,
    "vaterliniya-ru": render_vaterliniya,
    "korsakov-ru": render_korsakov,
    "parallel-ru": render_parallel,
    "meiko-ja": render_meiko,
    "akkeshi-ja": render_akkeshi,
}
