"""Page templates for the eight invented outlets of corpus blind41.

Each outlet has its own chrome: navigation, cookie banner, share buttons, related
stories, footer; some add JSON-LD, some pages carry no metadata at all.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "tarnside-wire", "title": "Tarnside Wire - World", "format": "rss", "lang": "en",
     "host": "www.tarnsidewire.com"},
    {"id": "brackwater-observer", "title": "The Brackwater Observer - Asia & Pacific",
     "format": "rss", "lang": "en", "host": "www.brackwaterobserver.co.uk"},
    {"id": "lanyard-review", "title": "Lanyard Review - North Pacific affairs", "format": "atom",
     "lang": "en", "host": "lanyardreview.org"},
    {"id": "kilvater-ru", "title": "ИА «Кильватер» — лента новостей", "format": "rss",
     "lang": "ru", "host": "kilvater-info.ru"},
    {"id": "sakh-briz", "title": "Сахалинский бриз — новости Сахалина и Курил", "format": "atom",
     "lang": "ru", "host": "sakhbriz.ru"},
    {"id": "nevsky-telegraf", "title": "Невский телеграф", "format": "rss", "lang": "ru",
     "host": "nevtelegraf.ru"},
    {"id": "kyoei-news", "title": "共栄通信ニュース", "format": "rss", "lang": "ja",
     "host": "news.kyoei-tsushin.jp"},
    {"id": "shunkunitai-shimbun", "title": "春国岱新聞デジタル", "format": "atom", "lang": "ja",
     "host": "www.shunkunitai-np.jp"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}


def _pick(pool: list, key: str, n: int) -> list:
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


def _paras(body: list[str], tag: str = "p") -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        else:
            out.append(f"<{tag}>{escape(p)}</{tag}>")
    return "\n".join(out)


def _meta(a: dict, feed: dict, url: str, with_ld: bool) -> str:
    if not a.get("meta", True):
        return ""
    pub = a["published"]
    lines = [
        f'<meta name="description" content="{escape(a["summary"])}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{escape(a["title"])}">',
        f'<meta property="og:description" content="{escape(a["summary"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:site_name" content="{escape(feed["title"])}">',
        f'<meta property="article:published_time" content="{pub}">',
        f'<link rel="canonical" href="{url}">',
    ]
    if with_ld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": a["title"], "datePublished": pub, "inLanguage": a["lang"],
              "description": a["summary"],
              "author": {"@type": "Organization" if not a.get("byline") else "Person",
                         "name": a.get("byline") or feed["title"]},
              "publisher": {"@type": "Organization", "name": feed["title"]},
              "mainEntityOfPage": url}
        lines.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(lines)


def _dt(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def _local(a: dict, hours: int) -> datetime:
    return _dt(a).astimezone(timezone(timedelta(hours=hours)))


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


# --------------------------------------------------------------------------- English


def tarnside(a: dict, feed: dict, url: str) -> str:
    d = _dt(a)
    related = _pick([
        "Oil steadies as traders weigh OPEC+ output signals",
        "Kremlin says no date set for next prisoner exchange",
        "Japan's core inflation holds above BOJ target",
        "EU foreign ministers discuss new sanctions package",
        "Taiwan reports Chinese warplanes near island",
        "Sakhalin energy projects face shipping squeeze",
        "South Korea, Japan agree to expand defence hotline",
        "Yen slips as BOJ keeps policy steady",
        "Arctic shipping season opens early, Russian data shows",
        "G7 finance chiefs to meet in Niigata",
    ], a["id"], 4)
    rel = "\n".join(f'<li><a href="/world/asia-pacific/{hashlib.md5(r.encode()).hexdigest()[:10]}">'
                    f"{escape(r)}</a></li>" for r in related)
    byline = escape(a.get("byline") or "Tarnside Wire staff")
    stamp = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} | Tarnside Wire</title>
{_meta(a, feed, url, True)}
<link rel="stylesheet" href="/static/tw-2024.css">
</head>
<body class="article-page">
<div id="consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. <a href="/privacy">Privacy statement</a></p>
  <button class="btn accept">Accept all</button> <button class="btn reject">Reject non-essential</button> <button class="btn">Manage preferences</button>
</div>
<header class="masthead">
  <a class="logo" href="/">TARNSIDE WIRE</a>
  <nav class="primary"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li>
    <li><a href="/world/asia-pacific">Asia Pacific</a></li><li><a href="/world/europe">Europe</a></li>
    <li><a href="/technology">Technology</a></li><li><a href="/investigations">Investigations</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Tarnside"></form>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a>
</header>
<main>
<nav class="crumbs"><a href="/world">World</a> &rsaquo; <a href="/world/asia-pacific">Asia Pacific</a></nav>
<article>
  <h1>{escape(a["title"])}</h1>
  <div class="byline">By {byline} &middot; <time datetime="{a["published"]}">{stamp}</time> &middot; Updated {(d + timedelta(minutes=47)):%H:%M} GMT</div>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="article-body">
{_paras(a["body"])}
  </div>
  <p class="trust">Our Standards: <a href="/principles">The Tarnside Trust Principles.</a></p>
  <div class="tags">{" ".join(f'<a href="/tag/{escape(t)}">{escape(t)}</a>' for t in a.get("tags", []))}</div>
</article>
<aside class="related"><h3>Read next</h3><ul>
{rel}
</ul></aside>
<aside class="promo"><p>Tarnside Morning Bulletin &mdash; the day's top stories in your inbox. <a href="/newsletters">Sign up</a></p></aside>
</main>
<footer>
  <ul><li><a href="/about">About Tarnside</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li>
  <li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Tarnside Wire Ltd. All rights reserved.</p>
</footer>
<script src="/static/tw-consent.js" defer></script>
</body>
</html>
"""


def brackwater(a: dict, feed: dict, url: str) -> str:
    d = _dt(a)
    related = _pick([
        "Letter from Hokkaido: the fishermen who watch the border",
        "Analysis: Tokyo's long game with Beijing",
        "Kim's new missile tests rattle region",
        "Philippines and Japan sign troop access deal",
        "Why Australia is betting on Pacific undersea cables",
        "Opinion: Asia's ageing societies need migrants",
        "Seoul court ruling revives wartime labour row",
        "Typhoon season: what forecasters expect",
        "The quiet rise of Japan's defence exports",
        "Mongolia's balancing act between two giants",
    ], a["id"], 3)
    rel = "\n".join(f'<li><a href="/asia/{2020 + (i % 5)}/{hashlib.md5(r.encode()).hexdigest()[:8]}">{escape(r)}</a></li>'
                    for i, r in enumerate(related))
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<li class="comment"><b>{escape(u)}</b> <span class="ago">{escape(t)}</span><p>{escape(c)}</p></li>'
                          for u, t, c in a["comments"])
        comments = f"""<section class="comments"><h3>Comments ({len(a["comments"])})</h3>
<p class="rules">Comments are moderated. Please read our <a href="/community-standards">community standards</a>.</p>
<ol>
{items}
</ol></section>"""
    stamp = f"{d.strftime('%a')} {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} {d:%H.%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | The Brackwater Observer</title>
{_meta(a, feed, url, False)}
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="https://assets.brackwaterobserver.co.uk/css/main.v9.css">
</head>
<body>
<div class="cookie-notice">
  <h4>Your privacy</h4>
  <p>We and our partners use cookies to store and access information on your device for personalised advertising and content, measurement and audience research. You can change your choice at any time via &ldquo;Privacy settings&rdquo; at the bottom of every page.</p>
  <button>Yes, I&rsquo;m happy</button> <button>Manage my cookies</button>
</div>
<header>
  <div class="topline"><a href="/support">Support the Observer</a> | <a href="/jobs">Jobs</a> | <a href="/account">My account</a></div>
  <a href="/" class="brand">The Brackwater Observer</a>
  <nav><a href="/news">News</a> <a href="/asia">Asia &amp; Pacific</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifestyle">Lifestyle</a> <a href="/science">Science</a></nav>
</header>
<main class="content">
<div class="section-label"><a href="/asia">{escape(a.get("section", "Asia & Pacific"))}</a></div>
<h1 class="headline">{escape(a["title"])}</h1>
<p class="standfirst">{escape(a["summary"])}</p>
<p class="meta">{escape(a.get("byline") or "Observer correspondent")} &middot; {stamp}</p>
<div class="sharebar"><a href="#">Share</a> <a href="#">Save for later</a> <a href="#">Gift article</a></div>
<div class="article-body">
{_paras(a["body"])}
</div>
<div class="support-ask"><p>Independent journalism costs money. Support the Brackwater Observer from just &pound;2.</p></div>
<section class="related"><h3>More on this story</h3><ul>
{rel}
</ul></section>
{comments}
</main>
<footer>
  <p><a href="/about">About us</a> &middot; <a href="/complaints">Complaints &amp; corrections</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/privacy-settings">Privacy settings</a> &middot; <a href="/terms">Terms &amp; conditions</a></p>
  <p>&copy; {d.year} Brackwater Media Group. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


def lanyard(a: dict, feed: dict, url: str) -> str:
    d = _dt(a)
    stamp = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    related = _pick([
        "The Sea of Okhotsk as a bastion: what the submarines are for",
        "Hokkaido's second front: reading Japan's northern posture",
        "Sakhalin after the sanctions: a region between two markets",
        "Salmon diplomacy in a frozen decade",
        "Why Tokyo still talks about 1956",
        "Aleutian lessons for a warming North Pacific",
        "The Senkaku comparison, and why it fails",
    ], a["id"], 3)
    rel = "\n".join(f'<li><a href="/essays/{hashlib.md5(r.encode()).hexdigest()[:9]}">{escape(r)}</a></li>' for r in related)
    author = escape(a.get("byline") or "The editors")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — Lanyard Review</title>
{_meta(a, feed, url, False)}
<link rel="stylesheet" href="/assets/lanyard.css">
</head>
<body>
<div class="banner-cookies">This site uses essential cookies only. <a href="/cookies">Details</a> <button>OK</button></div>
<header class="site">
  <div class="title"><a href="/">Lanyard Review</a><span class="tag">North Pacific affairs, argued</span></div>
  <nav><a href="/essays">Essays</a> &middot; <a href="/briefs">Briefs</a> &middot; <a href="/podcast">Podcast</a> &middot; <a href="/about">About</a> &middot; <a href="/donate">Donate</a></nav>
</header>
<main>
<article class="essay">
<p class="kicker">{escape(a.get("section", "Analysis"))}</p>
<h1>{escape(a["title"])}</h1>
<p class="dek">{escape(a["summary"])}</p>
<p class="author">{author} &mdash; {stamp}</p>
{_paras(a["body"])}
<p class="disclaimer">Views expressed are the author&rsquo;s own. Lanyard Review is an independent, reader-funded publication.</p>
</article>
<aside><h4>Further reading</h4><ul>
{rel}
</ul></aside>
<aside class="newsletter"><p>Get <em>The Lanyard</em>, our fortnightly letter on the North Pacific. <a href="/subscribe">Subscribe free</a></p></aside>
</main>
<footer><p>&copy; {d.year} Lanyard Review. Text licensed CC BY-NC-ND 4.0. <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def kilvater(a: dict, feed: dict, url: str) -> str:
    d = _local(a, 3)
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    related = _pick([
        "ЦБ сохранил ключевую ставку",
        "В Приморье ввели режим ЧС из-за паводков",
        "Песков прокомментировал слухи о перестановках в правительстве",
        "На Камчатке проснулся вулкан Шивелуч",
        "Минфин разместил ОФЗ на 40 млрд рублей",
        "Лавров проведёт переговоры с главой МИД КНДР",
        "Росрыболовство оценило ход лососевой путины",
        "Совфед одобрил закон о маркетплейсах",
        "В Хабаровске открыли новый мост через Амур",
    ], a["id"], 4)
    rel = "\n".join(f'<li><a href="/news/{hashlib.md5(r.encode()).hexdigest()[:12]}">{escape(r)}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} — ИА «Кильватер»</title>
{_meta(a, feed, url, True)}
<link rel="stylesheet" href="/css/kv.min.css">
</head>
<body>
<div class="cookie-popup">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header>
  <a class="logo" href="/">КИЛЬВАТЕР</a> <span class="slogan">информационное агентство</span>
  <nav><a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/world">В мире</a> <a href="/society">Общество</a> <a href="/regions">Регионы</a> <a href="/far-east">Дальний Восток</a> <a href="/sport">Спорт</a></nav>
  <div class="ticker">USD 90,12 &nbsp; EUR 97,85 &nbsp; Brent 82,4</div>
</header>
<main>
<div class="rubric">{escape(a.get("section", "Политика"))}</div>
<article>
<h1>{escape(a["title"])}</h1>
<div class="date">{stamp}</div>
<div class="lead"><b>{escape(a["summary"])}</b></div>
<div class="text">
{_paras(a["body"])}
</div>
<div class="share">Поделиться: <a href="#">Telegram</a> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">WhatsApp</a></div>
<div class="tags">Теги: {", ".join(escape(t) for t in a.get("tags", []))}</div>
</article>
<aside><h3>Главное сейчас</h3><ul>
{rel}
</ul></aside>
</main>
<footer>
<p>Сетевое издание «Кильватер». Свидетельство о регистрации СМИ Эл № ФС77-81942. 18+</p>
<p>При использовании материалов ссылка на ИА «Кильватер» обязательна. &copy; 2018&ndash;{d.year}</p>
<p><a href="/about">О нас</a> | <a href="/ads">Реклама</a> | <a href="/contacts">Контакты</a></p>
</footer>
</body>
</html>
"""


def briz(a: dict, feed: dict, url: str) -> str:
    d = _local(a, 11)
    stamp = f"{d:%d.%m.%Y %H:%M}"
    related = _pick([
        "В Южно-Сахалинске продлили сезон работы катка",
        "Паром «Сахалин-9» встал на плановый ремонт",
        "На Сахалине выросли цены на бензин",
        "В Корсакове отремонтируют набережную",
        "Рейс «Авроры» на Итуруп задержали из-за тумана",
        "Школьники Охи победили на олимпиаде по физике",
        "Синоптики обещают сахалинцам метель",
        "В Холмске открылся новый спорткомплекс",
    ], a["id"], 4)
    rel = "\n".join(f'<li><a href="/news/{d.year}/{hashlib.md5(r.encode()).hexdigest()[:6]}">{escape(r)}</a></li>' for r in related)
    views = int(hashlib.md5(a["id"].encode()).hexdigest()[:4], 16) % 4000 + 300
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | Сахалинский бриз</title>
{_meta(a, feed, url, False)}
<link rel="stylesheet" href="/theme/briz.css">
</head>
<body>
<div id="cookie">Сайт использует cookie и сервис веб-аналитики. <a href="/cookie">Подробнее</a> <button>Принять</button></div>
<div class="top">Южно-Сахалинск &middot; <span class="weather">&minus;4&deg;</span> &middot; <a href="/tips">Прислать новость</a></div>
<header><a href="/" class="logo">Сахалинский бриз</a>
<nav><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/economy">Экономика</a> <a href="/incidents">Происшествия</a> <a href="/people">Люди</a> <a href="/photo">Фото</a></nav></header>
<main>
<article>
<h1>{escape(a["title"])}</h1>
<div class="info"><span class="date">{stamp}</span> &middot; <span class="views">{views} просмотров</span></div>
{_paras(a["body"])}
<p class="author">{escape(a.get("byline") or "Редакция «Сахалинского бриза»")}</p>
<div class="share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a></div>
</article>
<section class="more"><h3>Читайте также</h3><ul>
{rel}
</ul></section>
</main>
<footer><p>&copy; {d.year} «Сахалинский бриз». 16+. Учредитель ООО «Бриз Медиа». Мнение редакции может не совпадать с мнением авторов.</p>
<p><a href="/about">Редакция</a> &middot; <a href="/advert">Реклама</a> &middot; <a href="/policy">Политика обработки персональных данных</a></p></footer>
</body>
</html>
"""


def nevsky(a: dict, feed: dict, url: str) -> str:
    d = _local(a, 3)
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}"
    related = _pick([
        "Эрмитаж покажет коллекцию японской гравюры",
        "Как изменятся тарифы ЖКХ с 1 июля",
        "Премьер-министр провёл совещание по развитию Арктики",
        "В Петербурге стартовал международный экономический форум",
        "Учёные назвали причину аномальной жары",
        "Госдума приняла бюджет в первом чтении",
        "Эксперты: рынок труда остаётся перегретым",
        "Кто станет новым послом в Токио",
    ], a["id"], 3)
    rel = "\n".join(f'<li><a href="/articles/{d.year}/{hashlib.md5(r.encode()).hexdigest()[:7]}/">{escape(r)}</a></li>' for r in related)
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<div class="c"><span class="u">{escape(u)}</span> <span class="t">{escape(t)}</span><p>{escape(c)}</p></div>'
                          for u, t, c in a["comments"])
        comments = f'<section class="comments"><h3>Комментарии</h3>\n{items}\n</section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — Невский телеграф</title>
{_meta(a, feed, url, False)}
<link rel="stylesheet" href="/static/nt.css">
</head>
<body>
<div class="gdpr">Нажимая «Согласен», вы разрешаете использовать cookie. <button>Согласен</button></div>
<header>
<div class="brand"><a href="/">Невский телеграф</a><span>ежедневная общественно-политическая газета</span></div>
<nav><a href="/politika">Политика</a> <a href="/mir">Мир</a> <a href="/ekonomika">Экономика</a> <a href="/obshchestvo">Общество</a> <a href="/kultura">Культура</a> <a href="/nauka">Наука</a> <a href="/archive">Архив номеров</a></nav>
</header>
<main>
<p class="rubric">{escape(a.get("section", "Мир"))}</p>
<h1>{escape(a["title"])}</h1>
<p class="sub">{escape(a["summary"])}</p>
<p class="byline">{escape(a.get("byline") or "Невский телеграф")} &middot; {stamp}</p>
<div class="body">
{_paras(a["body"])}
</div>
<div class="share">Поделиться: <a href="#">VK</a> <a href="#">Telegram</a> <a href="#">Дзен</a></div>
<section class="readmore"><h3>По теме</h3><ul>
{rel}
</ul></section>
{comments}
</main>
<footer><p>&copy; «Невский телеграф», {d.year}. Все права защищены. 16+</p>
<p><a href="/redaktsiya">Редакция</a> · <a href="/podpiska">Подписка</a> · <a href="/reklama">Реклама</a> · <a href="/privacy">Конфиденциальность</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese


def kyoei(a: dict, feed: dict, url: str) -> str:
    d = _local(a, 9)
    stamp = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    related = _pick([
        "日銀、政策金利を据え置き　物価見通しは上方修正",
        "台風接近、九州で大雨警戒",
        "首相、来月訪米へ調整",
        "円相場、一時1ドル＝150円台",
        "春闘、賃上げ率5％台を維持",
        "北朝鮮が弾道ミサイル発射　EEZ外に落下か",
        "ふるさと納税、過去最高を更新",
        "大谷、今季30号本塁打",
        "北海道新幹線、札幌延伸の開業時期を見直し",
    ], a["id"], 4)
    rel = "\n".join(f'<li><a href="/articles/-/{int(hashlib.md5(r.encode()).hexdigest()[:6], 16)}">{escape(r)}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a["title"])} | 共栄通信ニュース</title>
{_meta(a, feed, url, True)}
<link rel="stylesheet" href="/common/css/kyoei.css">
</head>
<body>
<div class="cookie-consent">当サイトではサービス向上のためにCookieを利用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header>
<h1 class="logo"><a href="/">共栄通信ニュース</a></h1>
<nav><ul><li><a href="/politics">政治</a></li><li><a href="/economy">経済</a></li><li><a href="/society">社会</a></li><li><a href="/world">国際</a></li><li><a href="/local">地域</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/culture">文化・芸能</a></li></ul></nav>
<div class="search"><input type="text" placeholder="記事を検索"></div>
</header>
<main>
<div class="breadcrumb"><a href="/">トップ</a> ＞ <a href="/{escape(a.get("section_path", "politics"))}">{escape(a.get("section", "政治"))}</a></div>
<article>
<h1 class="title">{escape(a["title"])}</h1>
<p class="date">{stamp}（最終更新 {(d + timedelta(minutes=25)):%H:%M}）</p>
<div class="sns"><a href="#">X(旧ツイッター)でシェア</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
<div class="main-text">
{_paras(a["body"])}
</div>
<p class="credit">{escape(a.get("byline") or "【共栄通信】")}</p>
</article>
<section class="ranking"><h2>関連記事</h2><ul>
{rel}
</ul></section>
<section class="pr"><p>PR: 共栄通信プレミアム　初月無料キャンペーン実施中</p></section>
</main>
<footer><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は共栄通信社またはその情報提供者に属します。</p>
<p>&copy; 共栄通信社 {d.year}　<a href="/about">会社概要</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">個人情報の取り扱い</a></p></footer>
</body>
</html>
"""


def shunkunitai(a: dict, feed: dict, url: str) -> str:
    d = _local(a, 9)
    wd = "月火水木金土日"[d.weekday()]
    stamp = f"{d.year}年{d.month}月{d.day}日（{wd}）"
    related = _pick([
        "サンマ棒受け網漁、今季初水揚げ",
        "根室市議会、補正予算案を可決",
        "花咲港にロシア船入港せず　今年も",
        "別海で酪農体験ツアー　首都圏の親子が参加",
        "中標津空港、冬ダイヤを発表",
        "納沙布岬で初日の出　元島民ら祈り",
        "根室高校、甲子園出場ならず",
        "道東道の延伸、ルート案を公表",
    ], a["id"], 4)
    rel = "\n".join(f'<li><a href="/news/{d.year}{d.month:02d}/{hashlib.md5(r.encode()).hexdigest()[:8]}.html">{escape(r)}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])}｜春国岱新聞デジタル</title>
{_meta(a, feed, url, False)}
<link rel="stylesheet" href="/css/shun.css">
</head>
<body>
<div class="cookie">本サイトは閲覧状況の分析・広告配信のためにCookieを使用します。<a href="/policy/cookie.html">詳細</a><button>OK</button></div>
<header>
<div class="logo"><a href="/">春国岱新聞デジタル</a><small>根室・釧路・オホーツクのニュース</small></div>
<nav><a href="/news/">ニュース</a> <a href="/hoppou/">北方領土</a> <a href="/gyogyo/">漁業・水産</a> <a href="/keizai/">経済</a> <a href="/kurashi/">くらし</a> <a href="/sports/">スポーツ</a> <a href="/okuyami/">おくやみ</a></nav>
<div class="login"><a href="/member/login">ログイン</a>｜<a href="/member/entry">会員登録</a></div>
</header>
<main>
<article>
<p class="category">{escape(a.get("section", "北方領土"))}</p>
<h1>{escape(a["title"])}</h1>
<p class="date">{stamp} {d:%H:%M}</p>
{_paras(a["body"])}
<p class="member-note">この記事は無料公開記事です。紙面ではさらに詳しくお伝えしています。</p>
<div class="share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
<aside><h2>こちらもおすすめ</h2><ul>
{rel}
</ul></aside>
</main>
<footer><p>春国岱新聞社　根室市本町2丁目　TEL 0153-00-0000</p><p>Copyright &copy; {d.year} Shunkunitai Shimbun. All rights reserved.</p></footer>
</body>
</html>
"""


RENDER = {
    "tarnside-wire": tarnside,
    "brackwater-observer": brackwater,
    "lanyard-review": lanyard,
    "kilvater-ru": kilvater,
    "sakh-briz": briz,
    "nevsky-telegraf": nevsky,
    "kyoei-news": kyoei,
    "shunkunitai-shimbun": shunkunitai,
}


def render(a: dict, base: str = "") -> str:
    feed = FEED_BY_ID[a["feed"]]
    url = f"https://{feed['host']}/articles/{a['id']}.html"
    return RENDER[a["feed"]](a, feed, url)
