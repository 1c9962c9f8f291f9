"""Page templates of the eight invented outlets of the blind38 corpus.

Every outlet has its own chrome (navigation, cookie banner, share buttons,
related stories, footer, sometimes comments) and its own habits with metadata:
some pages carry Open Graph tags and JSON-LD, some only one of them, some none.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

E = html.escape

FEEDS = [
    {"id": "tamarisk-world", "title": "Tamarisk Wire - World", "format": "rss", "lang": "en"},
    {"id": "puffin-ledger", "title": "The Puffin Ledger - North Pacific", "format": "atom", "lang": "en"},
    {"id": "quoin-review", "title": "Quoin Asia Review", "format": "rss", "lang": "en"},
    {"id": "sternway-asia", "title": "Sternway Dispatch - Asia", "format": "atom", "lang": "en"},
    {"id": "peleng-lenta", "title": "ИА «Пеленг» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "ostrovityanin", "title": "Островитянин — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "shibuki-news", "title": "しぶき新聞 電子版", "format": "rss", "lang": "ja"},
    {"id": "shioji-tsushin", "title": "汐路通信ニュース", "format": "atom", "lang": "ja"},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def paras(body: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]


def ptags(body: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in paras(body):
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{c}>{E(p)}</p>")
    return "\n      ".join(out)


def og(a: dict, site: str, url: str, locale: str) -> str:
    return (f'<meta property="og:type" content="article">\n'
            f'  <meta property="og:site_name" content="{E(site)}">\n'
            f'  <meta property="og:title" content="{E(a["title"])}">\n'
            f'  <meta property="og:description" content="{E(a["summary"])}">\n'
            f'  <meta property="og:url" content="{E(url)}">\n'
            f'  <meta property="og:locale" content="{locale}">\n'
            f'  <meta property="article:published_time" content="{a["published"]}">')


def jsonld(a: dict, site: str, url: str, author: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"],
            "datePublished": a["published"], "dateModified": a["published"],
            "inLanguage": a["lang"], "mainEntityOfPage": url,
            "author": {"@type": "Person" if author else "Organization", "name": author or site},
            "publisher": {"@type": "Organization", "name": site}}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related_list(items: list[str], href_prefix: str) -> str:
    return "\n".join(f'        <li><a href="{href_prefix}{i + 101}">{E(t)}</a></li>'
                     for i, t in enumerate(items))


def pick(pool: list[str], seed: int, n: int) -> list[str]:
    return [pool[(seed * 7 + k * 3) % len(pool)] for k in range(n)]


# --------------------------------------------------------------------------- Tamarisk Wire

TAMARISK_RELATED = [
    "Oil edges higher as traders weigh OPEC+ output signals",
    "Philippines, Japan sign reciprocal access pact for troop visits",
    "Analysis: Why Tokyo keeps buying Russian LNG despite the war",
    "South Korea's exports rise for a third straight month",
    "Explainer: What is the Kuril Islands dispute?",
    "Taiwan reports Chinese warships near its coast",
    "Japan's central bank holds rates, signals patience",
    "Russia says Western sanctions have failed to isolate it",
    "Typhoon disrupts flights across southern Japan",
    "Factbox: Japan's sanctions on Russia since 2022",
]


def tamarisk(a: dict, n: int) -> str:
    url = f"https://www.tamariskwire.example/world/asia-pacific/{a['slug']}"
    t = parse(a["published"])
    stamp = t.strftime("%B %-d, %Y %-I:%M %p UTC")
    meta = ""
    if a.get("meta", True):
        meta = og(a, "Tamarisk Wire", url, "en_US") + "\n  " + jsonld(a, "Tamarisk Wire", url, a.get("byline", ""))
    byline = a.get("byline", "Tamarisk Wire staff")
    dateline = f"<strong>{E(a['dateline'])}</strong> — " if a.get("dateline") else ""
    ps = paras(a["body"])
    first = f"<p>{dateline}{E(ps[0])}</p>"
    rest = "\n      ".join(f"<p>{E(p)}</p>" for p in ps[1:])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | Tamarisk Wire</title>
  <meta name="description" content="{E(a['summary'])}">
  {meta}
  <link rel="stylesheet" href="/static/tw-2024.css">
</head>
<body class="article-page">
  <div id="consent" class="consent-bar" role="dialog">
    <p>We and our partners use cookies to personalise content and ads and to analyse our traffic.
       You can change your choices at any time under "Privacy settings".</p>
    <button class="consent-accept">Accept all</button> <button class="consent-reject">Reject non-essential</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">TAMARISK<span>WIRE</span></a>
    <nav class="primary"><ul>
      <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
      <li><a href="/markets">Markets</a></li><li><a href="/world/asia-pacific" class="active">Asia Pacific</a></li>
      <li><a href="/world/europe">Europe</a></li><li><a href="/technology">Technology</a></li>
      <li><a href="/video">Video</a></li><li><a href="/newsletters">Newsletters</a></li>
    </ul></nav>
    <a class="subscribe" href="/subscribe">Subscribe</a>
  </header>
  <main>
    <article class="story">
      <p class="kicker"><a href="/world/asia-pacific">{E(a.get('kicker', 'Asia Pacific'))}</a></p>
      <h1>{E(a['title'])}</h1>
      <p class="byline">By {E(byline)}</p>
      <time datetime="{a['published']}">{stamp}</time>
      <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
      {first}
      {rest}
      <p class="trust">Reporting by Tamarisk Wire bureaus; editing by the Asia desk. <a href="/trust">Our Standards: The Tamarisk Trust Principles.</a></p>
    </article>
    <aside class="read-next">
      <h3>Read next</h3>
      <ul>
{related_list(pick(TAMARISK_RELATED, n, 4), '/world/story-')}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About Tamarisk</a></li><li><a href="/careers">Careers</a></li>
        <li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
        <li><a href="/corrections">Corrections</a></li></ul>
    <p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Tamarisk Wire. All rights reserved.</p>
  </footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Puffin Ledger

PUFFIN_RELATED = [
    "Hokkaido scallop exporters look beyond China",
    "Sea ice arrives early off Abashiri",
    "Aleutian fishing fleet braces for lower pollock quota",
    "Sakhalin's gas output and what it means for Japan",
    "Nemuro's fishermen count the cost of a warming sea",
    "Opinion: The North Pacific is no longer a quiet backwater",
    "Ferry links between Wakkanai and Korsakov remain suspended",
    "Kamchatka volcano sends ash plume 8 km high",
]


def puffin(a: dict, n: int) -> str:
    url = f"https://puffinledger.example/north-pacific/{parse(a['published']).strftime('%Y/%m/%d')}/{a['slug']}"
    t = parse(a["published"])
    local = t + timedelta(hours=9)
    stamp = local.strftime("%d %b %Y, %H:%M JST")
    meta = og(a, "The Puffin Ledger", url, "en_GB") if a.get("meta", True) else ""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — The Puffin Ledger</title>
<meta name="viewport" content="width=device-width">
{meta}
<link rel="alternate" type="application/atom+xml" href="/feeds/north-pacific.atom">
</head>
<body>
<div class="cookie-notice" id="cookie-notice">
  This site uses essential cookies and, with your consent, analytics cookies. <a href="/cookies">Cookie policy</a>
  <button type="button">OK</button><button type="button">Manage</button>
</div>
<div class="topbar">
  <span class="date-today">North Pacific edition</span>
  <a href="/login">Sign in</a> | <a href="/support">Support independent journalism</a>
</div>
<header><h2 class="brand"><a href="/">The Puffin Ledger</a></h2>
<nav>
  <a href="/news">News</a> · <a href="/north-pacific">North Pacific</a> · <a href="/hokkaido">Hokkaido</a> ·
  <a href="/russia-far-east">Russia's Far East</a> · <a href="/fisheries">Fisheries</a> · <a href="/opinion">Opinion</a> · <a href="/weather">Weather</a>
</nav></header>
<div class="wrap">
<div class="article-body">
  <div class="section-label">{E(a.get('kicker', 'North Pacific'))}</div>
  <h1 class="headline">{E(a['title'])}</h1>
  <p class="standfirst">{E(a['summary'])}</p>
  <div class="meta-line"><span class="author">{E(a.get('byline', 'Puffin Ledger correspondent'))}</span> · <span class="pubdate">{stamp}</span></div>
  <div class="social"><button>Share</button><button>Copy link</button><button>Save</button></div>
  {ptags(a['body'])}
  <p class="footnote"><em>Corrections and clarifications: write to the readers' editor.</em></p>
</div>
<div class="sidebar">
  <h4>More from North Pacific</h4>
  <ol>
{related_list(pick(PUFFIN_RELATED, n, 3), '/north-pacific/item-')}
  </ol>
  <div class="ad-slot">Advertisement</div>
</div>
</div>
<footer>
  <p>The Puffin Ledger is published by Ledger North Media Ltd. &middot; <a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
  <p>&copy; Ledger North Media {t.year}</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Quoin Asia Review

QUOIN_RELATED = [
    "The long shadow of the San Francisco system",
    "Why Central Asia courts everyone at once",
    "Kishida's Russia policy, two years on",
    "What the Black Sea grain deal taught diplomats",
    "The Okhotsk Sea as a bastion: a primer",
    "Japan's defence budget and the limits of consensus",
    "Letters: On the uses of 'strategic patience'",
]

QUOIN_COMMENTS = [
    ("harbourmaster_71", "Good piece, though I think the author underrates how much this is driven by domestic politics."),
    ("K. Tanabe", "The history section is the most useful part. People forget how old this is."),
    ("vlad_from_yuzhno", "From the island side it looks very different, believe me."),
    ("ReaderInOsaka", "Would like to see a follow-up on what this means for fishermen."),
]


def quoin(a: dict, n: int) -> str:
    t = parse(a["published"])
    stamp = t.strftime("%-d %B %Y")
    comments = ""
    if a.get("comments"):
        items = "\n".join(
            f'      <li><span class="handle">{E(h)}</span><p>{E(c)}</p></li>'
            for h, c in pick(QUOIN_COMMENTS, n, 2))
        comments = f"""  <section class="comments">
    <h3>Comments ({2 + n % 5})</h3>
    <ul>
{items}
    </ul>
    <p><a href="/login">Log in to comment</a></p>
  </section>"""
    meta = ""
    if a.get("meta", False):
        meta = f'<meta property="og:title" content="{E(a["title"])}">'
    bio = a.get("bio", "Quoin Asia Review publishes briefings and argued essays on the politics "
                       "of Asia. Views are the authors' own.")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} · Quoin Asia Review</title>
{meta}
</head>
<body>
<nav class="quoin-nav">
  <a class="home" href="/">QUOIN</a>
  <a href="/essays">Essays</a> <a href="/briefings">Briefings</a> <a href="/regions/northeast-asia">Northeast Asia</a>
  <a href="/regions/eurasia">Eurasia</a> <a href="/podcast">Podcast</a> <a href="/about">About</a>
  <a href="/donate" class="btn">Donate</a>
</nav>
<div class="gdpr">We use a small number of cookies to understand how the Review is read. <a href="/privacy">Learn more</a> · <a href="#" class="accept">Fine</a></div>
<article>
  <header>
    <p class="rubric">{E(a.get('kicker', 'Briefing'))}</p>
    <h1>{E(a['title'])}</h1>
    <p class="dek">{E(a['summary'])}</p>
    <p class="by">{E(a.get('byline', 'The Quoin editors'))} — {stamp}</p>
  </header>
  <div class="text">
      {ptags(a['body'])}
  </div>
  <p class="bio"><em>{E(bio)}</em></p>
</article>
<aside><h3>Also in the Review</h3><ul>
{related_list(pick(QUOIN_RELATED, n, 3), '/essays/')}
</ul></aside>
{comments}
<footer><p>Quoin Asia Review · Independent and reader-funded · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Sternway Dispatch

STERNWAY_RELATED = [
    "Seoul, Tokyo agree to expand shuttle diplomacy",
    "Mongolia hosts rare trilateral on energy corridors",
    "Japan's ruling party weighs defence tax timing",
    "ASEAN ministers issue statement on South China Sea",
    "Hokkaido tourism hits record on Asian arrivals",
    "Russia's Far East pivot: ports, pipelines and politics",
    "Japan's coast guard adds patrol ships in budget request",
]


def sternway(a: dict, n: int) -> str:
    url = f"https://sternwaydispatch.example/asia/{a['slug']}.html"
    t = parse(a["published"])
    stamp = (t + timedelta(hours=8)).strftime("%a %d %b %Y · %H:%M SGT")
    meta = jsonld(a, "Sternway Dispatch", url, a.get("byline", "")) if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>{E(a['title'])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  {meta}
</head>
<body>
  <div class="privacy-banner">
    <p>Sternway Dispatch uses cookies for site performance and, if you agree, for measurement.</p>
    <a href="#" class="btn-accept">Accept</a> <a href="/privacy#choices" class="btn-more">Options</a>
  </div>
  <header class="sd-header">
    <div class="sd-logo"><a href="/">Sternway Dispatch</a><span class="edition">ASIA</span></div>
    <ul class="sd-menu">
      <li><a href="/asia">Asia</a></li><li><a href="/asia/japan">Japan</a></li><li><a href="/asia/korea">Korea</a></li>
      <li><a href="/asia/china">China</a></li><li><a href="/world">World</a></li><li><a href="/economy">Economy</a></li>
      <li><a href="/opinion">Comment</a></li><li><a href="/search">Search</a></li>
    </ul>
  </header>
  <section class="sd-article">
    <div class="sd-crumbs"><a href="/">Home</a> › <a href="/asia">Asia</a> › {E(a.get('kicker', 'Japan'))}</div>
    <h1>{E(a['title'])}</h1>
    <div class="sd-byline">{E(a.get('byline', 'Sternway Dispatch'))} <span class="sd-time">{stamp}</span></div>
    <div class="sd-tools">Listen · Gift this article · Share</div>
    <div class="sd-body">
      {ptags(a['body'])}
    </div>
    <div class="sd-tags">Topics: {E(', '.join(a.get('tags', ['Japan', 'Asia'])))}</div>
  </section>
  <section class="sd-more">
    <h2>Related</h2>
    <ul>
{related_list(pick(STERNWAY_RELATED, n, 3), '/asia/a')}
    </ul>
  </section>
  <footer class="sd-footer">
    <p><a href="/about">About</a> · <a href="/advertise">Advertise</a> · <a href="/terms">Terms &amp; Conditions</a> · <a href="/privacy">Privacy Policy</a></p>
    <p>Copyright © {t.year} Sternway Media Pte. Ltd.</p>
  </footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Peleng (RU wire)

PELENG_RELATED = [
    "Курс рубля: доллар и юань на торгах Мосбиржи",
    "Минприроды расширило список охраняемых видов Дальнего Востока",
    "В Приморье открыли новую паромную линию на Сахалин",
    "Лавров провёл переговоры с главой МИД Лаоса",
    "Росрыболовство подвело итоги лососёвой путины",
    "Японские санкции: какие товары попали под запрет",
    "Сахалинская область нарастила добычу газа",
    "ТОФ провёл учения в Японском море",
]


def peleng(a: dict, n: int) -> str:
    url = f"https://peleng-news.example/{a.get('rubric_slug', 'politika')}/{a['slug']}"
    t = parse(a["published"])
    msk = t + timedelta(hours=3)
    stamp = f"{msk.day} {RU_MONTHS[msk.month - 1]} {msk.year}, {msk:%H:%M}"
    meta = og(a, "ИА «Пеленг»", url, "ru_RU") if a.get("meta", True) else ""
    tags = " ".join(f'<a href="/tag/{i}">{E(x)}</a>' for i, x in enumerate(a.get("tags", ["Политика"])))
    dl = f"{a['dateline']}. /ИА «Пеленг»/. " if a.get("dateline") else ""
    ps = paras(a["body"])
    first = f"<p>{E(dl + ps[0])}</p>"
    rest = "\n        ".join(f"<p>{E(p)}</p>" for p in ps[1:])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{E(a['title'])} — ИА «Пеленг»</title>
  <meta name="description" content="{E(a['summary'])}">
  {meta}
</head>
<body>
  <div class="cookies-alert">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
  <header class="pl-header">
    <a href="/" class="pl-logo">ПЕЛЕНГ</a>
    <nav><a href="/politika">Политика</a> <a href="/ekonomika">Экономика</a> <a href="/obshchestvo">Общество</a>
      <a href="/proisshestviya">Происшествия</a> <a href="/v-mire">В мире</a> <a href="/armiya">Армия</a>
      <a href="/sport">Спорт</a> <a href="/kultura">Культура</a></nav>
    <div class="pl-lang"><a href="/en">EN</a></div>
  </header>
  <main class="pl-main">
    <div class="pl-rubric">{E(a.get('kicker', 'Политика'))}</div>
    <h1>{E(a['title'])}</h1>
    <div class="pl-date">{stamp}</div>
    <div class="pl-lead"><strong>{E(a['summary'])}</strong></div>
    <div class="pl-text">
        {first}
        {rest}
    </div>
    <div class="pl-tags">Теги: {tags}</div>
    <div class="pl-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
    <div class="pl-more"><h3>Читайте также</h3><ul>
{related_list(pick(PELENG_RELATED, n, 4), '/news/')}
    </ul></div>
  </main>
  <footer class="pl-footer">
    <p>© 2012–{t.year} ИА «Пеленг». Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-00000. 18+</p>
    <p>При цитировании ссылка на ИА «Пеленг» обязательна. <a href="/redaktsiya">Редакция</a> · <a href="/reklama">Реклама</a></p>
  </footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Ostrovityanin (RU regional)

OSTROV_RELATED = [
    "Паром «Игорь Фархутдинов» снова выходит на линию Корсаков — Курилы",
    "На Кунашире завершили ремонт дороги к аэропорту",
    "Прогноз погоды: на Сахалин идёт циклон",
    "В Южно-Сахалинске открыли новую поликлинику",
    "Рыбаки Курил начали путину горбуши",
    "Сахалинские школьники победили на олимпиаде по физике",
    "На Итурупе ограничили движение из-за оползня",
]

OSTROV_COMMENTS = [
    ("Сергей К.", "Главное, чтобы про людей не забывали, а не только про военных."),
    ("Островная", "У нас в Малокурильском до сих пор с интернетом беда."),
    ("Николай", "Курилы наши и точка. Остальное — разговоры."),
    ("гость", "Хорошо бы и дорогу нормальную сделать."),
    ("Татьяна_ЮК", "Спасибо за подробности, в других новостях этого нет."),
]


def ostrov(a: dict, n: int) -> str:
    t = parse(a["published"])
    sakh = t + timedelta(hours=11)
    stamp = f"{sakh:%d.%m.%Y %H:%M}"
    meta = ""
    if a.get("meta", True):
        meta = (f'<meta property="og:title" content="{E(a["title"])}">\n'
                f'<meta property="article:published_time" content="{a["published"]}">')
    comments = ""
    if a.get("comments"):
        items = "\n".join(
            f'  <div class="comment"><b>{E(h)}</b><p>{E(c)}</p></div>'
            for h, c in pick(OSTROV_COMMENTS, n, 3))
        comments = f"""<div class="comments-block">
  <h3>Комментарии</h3>
{items}
  <p class="note">Комментарии проходят премодерацию.</p>
</div>"""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Островитянин</title>
{meta}
</head>
<body>
<div id="cookie" class="cookie">Сайт использует cookie и сервисы веб-аналитики. <a href="/privacy">Подробнее</a> <a class="close" href="#">Принять</a></div>
<div class="ost-top"><span>Южно-Сахалинск −2°</span> <span>USD 92,1</span> <a href="/reklama">Реклама на сайте</a></div>
<header>
  <a class="ost-logo" href="/">Островитянин</a>
  <ul class="ost-nav">
    <li><a href="/news">Новости</a></li><li><a href="/sakhalin">Сахалин</a></li><li><a href="/kurily">Курилы</a></li>
    <li><a href="/obshchestvo">Общество</a></li><li><a href="/ekonomika">Экономика</a></li>
    <li><a href="/proisshestviya">Происшествия</a></li><li><a href="/pogoda">Погода</a></li>
  </ul>
</header>
<div class="ost-content">
  <h1>{E(a['title'])}</h1>
  <div class="ost-info">{stamp} · {E(a.get('byline', 'Редакция'))} · <span class="views">{300 + n * 37} просмотров</span></div>
  <div class="ost-text">
    {ptags(a['body'])}
  </div>
  <div class="ost-share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
  <div class="ost-subscribe">Подписывайтесь на «Островитянина» в Telegram — самые важные новости Сахалина и Курил</div>
</div>
<div class="ost-related"><h3>Ещё новости</h3><ul>
{related_list(pick(OSTROV_RELATED, n, 4), '/news/')}
</ul></div>
{comments}
<footer><p>© Островитянин, {t.year}. Все права защищены. 16+</p><p>Учредитель: ООО «Островная медиагруппа». Адрес редакции: Южно-Сахалинск.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Shibuki (JA local)

SHIBUKI_RELATED = [
    "花咲ガニ漁、水揚げ順調　根室港",
    "根室市議会、一般質問始まる",
    "納沙布岬で初日の出　来場者でにぎわう",
    "サンマ不漁続く　花咲港の水揚げ前年下回る",
    "道東の高校、甲子園出場へ",
    "釧路地方、大雪に警戒",
    "北方領土資料館、夏休みの子ども向け企画",
    "羅臼沖でシャチの群れ確認",
]


def shibuki(a: dict, n: int) -> str:
    t = parse(a["published"])
    jst = t + timedelta(hours=9)
    stamp = f"{jst.year}年{jst.month}月{jst.day}日 {jst:%H:%M}"
    meta = og(a, "しぶき新聞", f"https://shibuki-np.example/news/{a['slug']}", "ja_JP") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜しぶき新聞 電子版</title>
{meta}
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性の向上と利用状況の分析のためにクッキー（Cookie）を使用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="sb-head">
  <div class="sb-logo"><a href="/">しぶき新聞</a><small>電子版</small></div>
  <div class="sb-login"><a href="/login">ログイン</a>｜<a href="/entry">会員登録</a></div>
  <nav class="sb-nav">
    <a href="/news">ニュース</a><a href="/nemuro">根室</a><a href="/kushiro">釧路</a><a href="/hoppou">北方領土</a>
    <a href="/doutou">道東</a><a href="/suisan">水産</a><a href="/sports">スポーツ</a><a href="/okuyami">おくやみ</a>
  </nav>
</header>
<main class="sb-main">
  <div class="sb-cat">{E(a.get('kicker', 'ニュース'))}</div>
  <h1>{E(a['title'])}</h1>
  <p class="sb-date">{stamp}</p>
  <div class="sb-sns"><a href="#">X（旧ツイッター）</a> <a href="#">フェイスブック</a> <a href="#">LINE</a></div>
  <div class="sb-body">
    {ptags(a['body'])}
  </div>
  <p class="sb-credit">{E(a.get('byline', '（しぶき新聞）'))}</p>
  <div class="sb-premium">この記事は会員限定記事を含みます。続きは会員登録でお読みいただけます。</div>
</main>
<aside class="sb-side">
  <h2>関連記事</h2>
  <ul>
{related_list(pick(SHIBUKI_RELATED, n, 4), '/news/')}
  </ul>
  <h2>アクセスランキング</h2>
  <ol><li>根室市、ふるさと納税過去最高</li><li>霧の季節、運転に注意</li><li>中標津空港、冬ダイヤ発表</li></ol>
</aside>
<footer class="sb-foot">
  <p><a href="/company">会社案内</a>｜<a href="/koukoku">広告のご案内</a>｜<a href="/privacy">個人情報の取り扱い</a>｜<a href="/contact">お問い合わせ</a></p>
  <p>しぶき新聞社　掲載記事・写真の無断転載を禁じます。Copyright © Shibuki Shimbun {t.year}</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Shioji (JA national wire)

SHIOJI_RELATED = [
    "日銀、金融政策の現状維持を決定",
    "衆院予算委、集中審議へ",
    "円相場、一時1ドル=150円台",
    "外相、ASEAN関連会合出席へ",
    "防衛費の増額、財源議論が本格化",
    "サハリン1、日本企業の出資継続へ",
    "北朝鮮が弾道ミサイル発射、EEZ外に落下",
    "中国海警局の船、尖閣周辺の接続水域に",
]


def shioji(a: dict, n: int) -> str:
    url = f"https://shioji-tsushin.example/articles/{a['slug']}"
    t = parse(a["published"])
    jst = t + timedelta(hours=9)
    stamp = f"{jst.year}/{jst.month:02d}/{jst.day:02d} {jst:%H:%M}"
    meta = ""
    if a.get("meta", True):
        meta = jsonld(a, "汐路通信", url, "") + "\n" + og(a, "汐路通信", url, "ja_JP")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - 汐路通信ニュース</title>
<meta name="description" content="{E(a['summary'])}">
{meta}
</head>
<body>
<div class="sj-cookie"><p>汐路通信ニュースは、サービス向上と広告配信のためにCookieを利用します。「同意する」を押すと、Cookieの利用に同意したものとみなします。</p><button>同意する</button><button>設定</button></div>
<header>
  <div class="sj-brand"><a href="/">汐路通信</a> NEWS</div>
  <nav class="sj-gnav"><ul>
    <li><a href="/politics">政治</a></li><li><a href="/economy">経済</a></li><li><a href="/world">国際</a></li>
    <li><a href="/society">社会</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/local">地域</a></li>
    <li><a href="/photo">写真</a></li><li><a href="/ranking">ランキング</a></li>
  </ul></nav>
</header>
<div class="sj-container">
  <article class="sj-article">
    <div class="sj-genre">{E(a.get('kicker', '政治'))}</div>
    <h1 class="sj-title">{E(a['title'])}</h1>
    <div class="sj-time"><time datetime="{a['published']}">{stamp}</time></div>
    <div class="sj-share"><span>シェア</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">はてブ</a> <a href="#">LINE</a></div>
    <div class="sj-text">
      {ptags(a['body'])}
    </div>
    <p class="sj-sign">【汐路通信】</p>
  </article>
  <aside class="sj-aside">
    <div class="sj-box"><h3>関連ニュース</h3><ul>
{related_list(pick(SHIOJI_RELATED, n, 4), '/articles/r')}
    </ul></div>
    <div class="sj-ad">広告</div>
  </aside>
</div>
<footer class="sj-footer">
  <p><a href="/about">汐路通信について</a>　<a href="/terms">利用規約</a>　<a href="/privacy">プライバシーポリシー</a>　<a href="/help">ヘルプ</a></p>
  <p>© {t.year} 汐路通信社 All rights reserved. 記事・写真・図表の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


RENDER = {
    "tamarisk-world": tamarisk,
    "puffin-ledger": puffin,
    "quoin-review": quoin,
    "sternway-asia": sternway,
    "peleng-lenta": peleng,
    "ostrovityanin": ostrov,
    "shibuki-news": shibuki,
    "shioji-tsushin": shioji,
}
