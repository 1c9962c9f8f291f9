"""Outlets of corpus blind122: feed metadata and one page template per outlet.

Every outlet is invented. Two of them (kurpravda, todowara-ja) serve pages without any
machine-readable metadata: no meta tags, no JSON-LD, no <time datetime>; the date is
only in the visible byline, in local time.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "farthingale-pa", "title": "Farthingale Press Agency — World", "format": "rss", "lang": "en"},
    {"id": "holloway-chronicle", "title": "The Holloway Chronicle — International", "format": "atom", "lang": "en"},
    {"id": "brigantine-radio", "title": "Brigantine Radio — World Service", "format": "rss", "lang": "en"},
    {"id": "golovnin-ia", "title": "ИА «Головнин» — новости Дальнего Востока", "format": "atom", "lang": "ru"},
    {"id": "kurpravda", "title": "«Курильская правда» — газета Южно-Курильского округа", "format": "rss", "lang": "ru"},
    {"id": "diana-radio", "title": "Радио «Диана» — Южные Курилы и Сахалин", "format": "atom", "lang": "ru"},
    {"id": "hokucho-ja", "title": "北潮通信ニュース", "format": "atom", "lang": "ja"},
    {"id": "todowara-ja", "title": "トドワラ新報（根室・標津・羅臼）", "format": "rss", "lang": "ja"},
]

FEED_BY_ID = {f["id"]: f for f in FEEDS}

# Descriptions for README (kind of outlet, metadata on the pages)
OUTLET_NOTES = {
    "farthingale-pa": ("news agency (wire), EN", "og + article:published_time + JSON-LD"),
    "holloway-chronicle": ("national daily, EN", "og + article:published_time + JSON-LD"),
    "brigantine-radio": ("public broadcaster, EN", "og + article:published_time, no JSON-LD"),
    "golovnin-ia": ("news agency, RU", "og + article:published_time + JSON-LD"),
    "kurpravda": ("district paper (Kunashir), RU", "none: date only in the visible byline"),
    "diana-radio": ("regional radio, RU", "og + article:published_time, no JSON-LD"),
    "hokucho-ja": ("news agency, JA", "og + article:published_time + JSON-LD"),
    "todowara-ja": ("local paper (Nemuro/Shibetsu/Rausu), JA", "none: date only in the visible byline"),
}

DOMAINS = {
    "farthingale-pa": "https://farthingale-press.example",
    "holloway-chronicle": "https://holloway-chronicle.example",
    "brigantine-radio": "https://brigantine-radio.example",
    "golovnin-ia": "https://golovnin-ia.example",
    "kurpravda": "https://kurpravda.example",
    "diana-radio": "https://radio-diana.example",
    "hokucho-ja": "https://hokucho-news.example",
    "todowara-ja": "https://todowara-shimpo.example",
}

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
JA_DAYS = "月火水木金土日"


def utc(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return utc(a).astimezone(timezone(timedelta(hours=hours)))


def paragraphs(body: list[str], p_class: str = "", h_tag: str = "h2") -> str:
    """Body paragraphs; a paragraph starting with '## ' is a subheading, '> ' a quote."""
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for para in body:
        if para.startswith("## "):
            out.append(f"<{h_tag}>{E(para[3:])}</{h_tag}>")
        elif para.startswith("> "):
            out.append(f"<blockquote><p>{E(para[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{E(para)}</p>")
    return "\n        ".join(out)


def related(pool: list[tuple[str, str]], key: str, n: int = 4) -> list[tuple[str, str]]:
    """Deterministic choice of n related links from a pool, keyed by article id."""
    seed = sum(ord(c) * (i + 1) for i, c in enumerate(key))
    start = seed % len(pool)
    return [pool[(start + 3 * i) % len(pool)] for i in range(n)]


def meta_block(a, outlet: str, tz_hours: int, jsonld: bool, site_name: str, lang_tag: str) -> str:
    url = f"{DOMAINS[outlet]}/articles/{a['id']}.html"
    pub = local(a, tz_hours).isoformat()
    lines = [
        f'<meta name="description" content="{E(a["summary"])}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site_name)}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:locale" content="{lang_tag}">',
        f'<meta property="article:published_time" content="{pub}">',
        f'<meta property="article:section" content="{E(a.get("section", ""))}">',
        f'<meta name="twitter:card" content="summary_large_image">',
    ]
    for t in a.get("tags", []):
        lines.append(f'<meta property="article:tag" content="{E(t)}">')
    if jsonld:
        data = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"],
            "datePublished": pub, "dateModified": pub,
            "inLanguage": lang_tag.split("_")[0],
            "mainEntityOfPage": url,
            "author": {"@type": "Person" if a.get("author") else "Organization",
                       "name": a.get("author") or site_name},
            "publisher": {"@type": "Organization", "name": site_name,
                          "logo": {"@type": "ImageObject", "url": f"{DOMAINS[outlet]}/static/logo.png"}},
            "articleSection": a.get("section", ""),
            "keywords": ", ".join(a.get("tags", [])),
        }
        lines.append('<script type="application/ld+json">'
                     + json.dumps(data, ensure_ascii=False) + "</script>")
    return "\n  ".join(lines)


# --------------------------------------------------------------------------- EN: wire


FARTHINGALE_RELATED = [
    ("/world/asia-pacific/", "Japan's exports rise for third month as chip demand holds"),
    ("/world/europe/", "EU ministers weigh next sanctions package against Russia"),
    ("/markets/commodities/", "Crab prices slip at Hokkaido auctions as demand cools"),
    ("/world/asia-pacific/", "South Korea, Japan hold vice-ministerial security dialogue"),
    ("/world/europe/", "Kremlin says no date set for Putin's next phone call with Trump"),
    ("/world/asia-pacific/", "Typhoon season: Okinawa braces for heavy rain"),
    ("/business/energy/", "LNG spot prices in Asia ease on mild weather"),
    ("/world/asia-pacific/", "Explainer: why Japan and Russia never signed a peace treaty"),
    ("/world/americas/", "Canada's wildfire season starts early in Alberta"),
    ("/world/asia-pacific/", "Philippines, China trade accusations over shoal incident"),
]


def tpl_farthingale(a) -> str:
    o = "farthingale-pa"
    d = utc(a)
    when = f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} {d:%H:%M} GMT"
    rel = "".join(f'<li><a href="{h}">{E(t)}</a></li>' for h, t in related(FARTHINGALE_RELATED, a["id"]))
    tags = "".join(f'<a class="fpa-tag" href="/topic/{E(t.lower().replace(" ", "-"))}/">{E(t)}</a>'
                   for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a["title"])} | Farthingale Press Agency</title>
  {meta_block(a, o, 0, True, "Farthingale Press Agency", "en_GB")}
  <link rel="stylesheet" href="/static/fpa.min.css">
</head>
<body class="fpa article-page">
<div id="fpa-consent" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content, measure audiences and keep this
  service free. Choose <b>Accept all</b> or manage your preferences. You can change your mind
  at any time under Privacy settings.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="fpa-masthead">
  <a class="logo" href="/">FARTHINGALE</a>
  <nav class="fpa-nav" aria-label="Sections">
    <a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a>
    <a href="/world/asia-pacific/">Asia-Pacific</a><a href="/world/europe/">Europe</a>
    <a href="/sustainability/">Sustainability</a><a href="/legal/">Legal</a><a href="/graphics/">Graphics</a>
  </nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Farthingale"></form>
  <a class="signin" href="/account/">Sign in</a>
</header>
<main class="fpa-main">
  <nav class="crumbs"><a href="/world/">World</a> › <a href="/world/{E(a.get("crumb", "asia-pacific"))}/">{E(a.get("section", "Asia-Pacific"))}</a></nav>
  <article class="fpa-story">
    <h1 class="headline">{E(a["title"])}</h1>
    <div class="byline">
      <span class="author">By {E(a.get("author", "Farthingale staff"))}</span>
      <span class="sep">|</span>
      <span class="when">{when}</span>
      <span class="readtime">{max(1, len(" ".join(a["body"]).split()) // 230)} min read</span>
    </div>
    <div class="share"><a href="#" class="s-x">Share on X</a><a href="#" class="s-li">LinkedIn</a><a href="#" class="s-mail">Email</a><a href="#" class="s-link">Copy link</a></div>
    <div class="body">
        {paragraphs(a["body"], "text")}
    </div>
    <p class="trust">Our Standards: <a href="/trust-principles/">The Farthingale Trust Principles.</a></p>
    <div class="tags">{tags}</div>
  </article>
  <aside class="fpa-related">
    <h2>Read next</h2>
    <ul>{rel}</ul>
  </aside>
</main>
<footer class="fpa-footer">
  <nav><a href="/about/">About Farthingale</a> <a href="/careers/">Careers</a> <a href="/contact/">Contact us</a>
  <a href="/accessibility/">Accessibility</a> <a href="/privacy/">Privacy</a> <a href="/cookies/">Cookie settings</a> <a href="/terms/">Terms of use</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © Farthingale Press Agency. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- EN: national daily


HOLLOWAY_RELATED = [
    ("/international/asia/", "Tokyo's rice shortage: why prices keep climbing"),
    ("/international/europe/", "Finland's border towns learn to live with a closed frontier"),
    ("/opinion/", "The long game in the North Pacific deserves more of our attention"),
    ("/international/asia/", "Hokkaido's fishing towns face a shrinking, ageing future"),
    ("/international/asia/", "Japan's defence budget hits a record for the fourth year"),
    ("/culture/", "The Ainu museum that is changing how Japan tells its history"),
    ("/international/europe/", "Inside Russia's wartime Far East economy"),
    ("/travel/", "Shiretoko in winter: drift ice, eagles and silence"),
    ("/international/asia/", "South Korea and Japan: a thaw with limits"),
    ("/science/", "Why the Kuril-Kamchatka trench keeps seismologists awake"),
]


def tpl_holloway(a) -> str:
    o = "holloway-chronicle"
    d = utc(a)
    when = f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} {d:%H.%M} GMT"
    rel = "".join(f'<li class="hc-card"><a href="{h}">{E(t)}</a></li>'
                  for h, t in related(HOLLOWAY_RELATED, a["id"], 3))
    kicker = a.get("kicker", a.get("section", "International"))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | The Holloway Chronicle</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
  {meta_block(a, o, 0, True, "The Holloway Chronicle", "en_GB")}
<link rel="stylesheet" href="/assets/hc-2024.css">
</head>
<body>
<aside class="hc-cmp" id="cmp">
  <h2>Your privacy</h2>
  <p>The Holloway Chronicle and our advertising partners store and access information on your
  device to show you relevant content and ads. You can consent, or reject non-essential cookies.
  Subscribers to Holloway Plus can read without personalised advertising.</p>
  <button>Yes, I'm happy</button><button>Reject non-essential</button><a href="/privacy-settings">Options</a>
</aside>
<div class="hc-topbar"><a href="/support/">Support independent journalism</a> · <a href="/subscribe/">Subscribe</a> · <a href="/login/">Sign in</a></div>
<header class="hc-header">
  <a href="/" class="hc-logo">The Holloway Chronicle</a>
  <ul class="hc-pillars">
    <li><a href="/">News</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/sport/">Sport</a></li>
    <li><a href="/culture/">Culture</a></li><li><a href="/lifestyle/">Lifestyle</a></li>
  </ul>
  <ul class="hc-subnav">
    <li><a href="/uk/">UK</a></li><li><a href="/international/">World</a></li><li><a href="/international/europe/">Europe</a></li>
    <li><a href="/international/asia/">Asia</a></li><li><a href="/environment/">Climate</a></li><li><a href="/business/">Business</a></li>
    <li><a href="/science/">Science</a></li><li><a href="/global-development/">Global development</a></li>
  </ul>
</header>
<main id="maincontent">
<article class="hc-article">
  <div class="hc-kicker"><a href="/international/asia/">{E(kicker)}</a></div>
  <h1>{E(a["title"])}</h1>
  <div class="hc-standfirst"><p>{E(a["summary"])}</p></div>
  <address class="hc-byline">{E(a.get("author", "Holloway Chronicle staff"))}{(" in " + E(a["place"])) if a.get("place") else ""}</address>
  <div class="hc-dateline">{when}</div>
  <div class="hc-share"><button>Share</button> <span class="hc-comments-count">Comments</span></div>
  <div class="hc-body">
        {paragraphs(a["body"], "", "h2")}
  </div>
  <div class="hc-epic"><p>… we have a small favour to ask. Millions turn to the Chronicle for open,
  independent reporting. Unlike many others, we have no shareholders. If you can, support us
  from just £2 a month. <a href="/support/">Support the Chronicle</a></p></div>
  <section class="hc-comments"><h2>Comments</h2><p>Comments on this piece are premoderated to
  ensure discussion remains on the topics raised by the article. <a href="/community-standards">Community standards</a></p></section>
</article>
<section class="hc-onward"><h2>More on this story</h2><ul>{rel}</ul></section>
<section class="hc-most"><h2>Most viewed</h2><ol>
  <li><a href="/uk/">Train strikes: what you need to know this week</a></li>
  <li><a href="/lifestyle/">The 20 best budget recipes for autumn</a></li>
  <li><a href="/sport/">Champions League draw in full</a></li></ol></section>
</main>
<footer class="hc-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li>
  <li><a href="/securedrop">SecureDrop</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li>
  <li><a href="/terms">Terms &amp; conditions</a></li><li><a href="/contact">Contact us</a></li></ul>
  <p>© Holloway Chronicle News &amp; Media Limited or its affiliated companies. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- EN: broadcaster


BRIGANTINE_RELATED = [
    ("/news/world-asia-00421", "Japan's ruling party braces for leadership contest"),
    ("/news/world-europe-00533", "Ukraine war: overnight drone attacks reported"),
    ("/news/world-asia-00617", "North Korea fires ballistic missile into sea, Japan says"),
    ("/news/science-00702", "Sea ice in the Sea of Okhotsk at near-record low"),
    ("/news/business-00745", "Yen slides to multi-month low against the dollar"),
    ("/news/world-asia-00811", "China's coast guard: how Beijing's 'grey zone' fleet operates"),
    ("/news/world-europe-00822", "Russia's economy: is the war boom over?"),
    ("/sounds/world-tonight", "Listen: The World Tonight"),
]


def tpl_brigantine(a) -> str:
    o = "brigantine-radio"
    d = utc(a)
    when = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year} · {d:%H:%M} GMT"
    rel = "".join(f'<li><a href="{h}">{E(t)}</a></li>' for h, t in related(BRIGANTINE_RELATED, a["id"]))
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])} - Brigantine Radio News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
  {meta_block(a, o, 0, False, "Brigantine Radio", "en_GB")}
</head>
<body>
<div class="br-cookie" id="br-cookie"><p>Let us know you agree to cookies. We use cookies to give you the best online
experience. Please let us know if you agree to all of these cookies.</p>
<a href="#" class="br-yes">Yes, I agree</a> <a href="/usingthebrigantine/cookies/" class="br-no">No, take me to settings</a></div>
<header class="br-global">
  <a class="br-logo" href="/">Brigantine</a>
  <nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/sounds">Sounds</a>
  <a href="/weather">Weather</a><a href="/worldservice/languages">Languages</a></nav>
</header>
<nav class="br-news-nav"><a href="/news">News</a><a href="/news/world">World</a><a href="/news/world/asia">Asia</a>
<a href="/news/world/europe">Europe</a><a href="/news/business">Business</a><a href="/news/science">Science</a><a href="/news/in_pictures">In Pictures</a></nav>
<div id="main-content" class="br-story">
  <h1 id="main-heading">{E(a["title"])}</h1>
  <div class="br-meta"><span class="br-date">{when}</span>
  <span class="br-section">{E(a.get("section", "Asia"))}</span></div>
  <div class="br-audio"><button aria-label="Play">▶ Listen to this story</button> <span>Brigantine World Service</span></div>
  <div class="br-contributor">{E(a.get("author", "Brigantine News"))}</div>
  <div class="br-text">
        {paragraphs(a["body"], "br-p", "h2")}
  </div>
  <div class="br-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
  <section class="br-related"><h2>Related Topics</h2><p>{" · ".join(E(t) for t in a.get("tags", []))}</p>
  <h2>More on this story</h2><ul>{rel}</ul></section>
</div>
<footer class="br-foot"><nav><a href="/terms">Terms of Use</a> <a href="/about">About the Brigantine</a>
<a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility Help</a>
<a href="/contact">Contact the Brigantine</a></nav>
<p>Copyright © Brigantine Radio. The Brigantine is not responsible for the content of external sites.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- RU: agency


GOLOVNIN_RELATED = [
    ("/economy/", "Лимаренко: дноуглубление в порту Корсаков завершат к осени"),
    ("/society/", "Во Владивостоке открылся новый терминал морвокзала"),
    ("/world/", "Лавров провёл переговоры с министром иностранных дел Монголии"),
    ("/fish/", "Путина на Камчатке: вылов лосося превысил прогноз"),
    ("/society/", "Хабаровск: мост через Амур закроют на ремонт"),
    ("/world/", "МИД РФ: Запад продолжает милитаризацию АТР"),
    ("/economy/", "Сахалинская область нарастила экспорт угля в Китай"),
    ("/fish/", "Росрыболовство: цены на минтай стабилизировались"),
    ("/society/", "На Камчатке проснулся вулкан Шивелуч"),
]


def ru_date(dt: datetime) -> str:
    return f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}"


def tpl_golovnin(a) -> str:
    o = "golovnin-ia"
    d = local(a, 3)
    when = f"{ru_date(d)}, {d:%H:%M} (мск)"
    rel = "".join(f'<li><a href="{h}">{E(t)}</a></li>' for h, t in related(GOLOVNIN_RELATED, a["id"]))
    tags = " ".join(f'<a href="/tag/{i}/" class="g-tag">#{E(t)}</a>' for i, t in enumerate(a.get("tags", [])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} — ИА «Головнин»</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  {meta_block(a, o, 3, True, "ИА «Головнин»", "ru_RU")}
  <link rel="stylesheet" href="/css/golovnin.css?v=31">
</head>
<body>
<div class="g-cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом,
вы соглашаетесь с <a href="/cookies/">политикой использования cookie</a>. <button>Понятно</button></div>
<header class="g-head">
  <a class="g-logo" href="/">ГОЛОВНИН<span>информационное агентство</span></a>
  <nav class="g-menu">
    <a href="/politics/">Политика</a><a href="/economy/">Экономика</a><a href="/fish/">Рыба</a>
    <a href="/kurils/">Курилы</a><a href="/society/">Общество</a><a href="/world/">В мире</a>
    <a href="/army/">Армия</a><a href="/photo/">Фото</a>
  </nav>
  <div class="g-rates">USD ▲ · EUR ▼ · Погода: Южно-Сахалинск</div>
</header>
<main class="g-main">
  <div class="g-rubric">{E(a.get("section", "Политика"))}</div>
  <article class="g-article">
    <h1>{E(a["title"])}</h1>
    <div class="g-info"><time datetime="{d.isoformat()}">{when}</time> <span class="g-views">👁 {len(a["id"]) * 131 + len(a["title"]) * 17}</span></div>
    <div class="g-lead"><p>{E(a["summary"])}</p></div>
    <div class="g-text">
        {paragraphs(a["body"], "", "h3")}
    </div>
    <div class="g-author">{E(a.get("author", "Редакция ИА «Головнин»"))}</div>
    <div class="g-tags">{tags}</div>
    <div class="g-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
    <p class="g-subscribe">Подписывайтесь на наш канал в Telegram и в «Дзене».</p>
  </article>
  <aside class="g-lenta"><h2>Лента новостей</h2><ul>{rel}</ul></aside>
</main>
<footer class="g-foot">
  <p>Сетевое издание «Информационное агентство „Головнин“». Регистрационный номер Эл № ФС77-00000. 18+</p>
  <p>При использовании материалов ссылка на ИА «Головнин» обязательна. <a href="/contacts/">Контакты</a> · <a href="/ads/">Реклама</a> · <a href="/privacy/">Политика конфиденциальности</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- RU: district paper (no metadata)


KURPRAVDA_RELATED = [
    ("/news/obshchestvo/", "Расписание рейсов теплохода на следующую неделю"),
    ("/news/obshchestvo/", "В Малокурильском прошёл субботник"),
    ("/news/ekonomika/", "Рыбокомбинат набирает сезонных рабочих"),
    ("/news/kultura/", "Библиотека приглашает на вечер краеведения"),
    ("/news/sport/", "Юные футболисты Кунашира вернулись с турнира в Южно-Сахалинске"),
    ("/news/obshchestvo/", "Отключение электроэнергии на улице Заводской"),
    ("/news/zdorove/", "В ЦРБ ведёт приём выездной кардиолог"),
]


def tpl_kurpravda(a) -> str:
    d = local(a, 11)
    when = f"{d:%d.%m.%Y} {d:%H:%M}"
    rel = "".join(f'<li><a href="{h}">{E(t)}</a></li>' for h, t in related(KURPRAVDA_RELATED, a["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | Курильская правда</title>
<link rel="stylesheet" href="/templates/kp/style.css">
</head>
<body>
<div id="cookie-note">Сайт использует cookie. <a href="/cookie.html">Подробнее</a> <span class="close">✕</span></div>
<table class="kp-top" width="100%"><tr>
<td class="kp-logo"><a href="/"><b>КУРИЛЬСКАЯ ПРАВДА</b></a><br><small>Общественно-политическая газета Южно-Курильского городского округа. Издаётся с 1947 года</small></td>
<td class="kp-weather">Южно-Курильск: туман, +14</td></tr></table>
<div class="kp-menu"><a href="/">Главная</a> | <a href="/news/">Новости</a> | <a href="/news/obshchestvo/">Общество</a> |
<a href="/news/ekonomika/">Экономика</a> | <a href="/news/kultura/">Культура</a> | <a href="/news/sport/">Спорт</a> |
<a href="/official/">Официально</a> | <a href="/archive/">Архив номеров</a> | <a href="/contacts/">Редакция</a></div>
<div class="kp-content">
  <div class="kp-item">
    <div class="kp-rubric">{E(a.get("section", "Новости"))}</div>
    <h1 class="kp-title">{E(a["title"])}</h1>
    <div class="kp-date">{when} &nbsp; | &nbsp; {E(a.get("author", "Редакция"))}</div>
    <div class="kp-text">
        {paragraphs(a["body"], "", "h3")}
    </div>
    <div class="kp-print"><a href="#">Версия для печати</a> · <a href="#">Обсудить на форуме</a></div>
  </div>
  <div class="kp-more"><b>Читайте также:</b><ul>{rel}</ul></div>
</div>
<div class="kp-footer">© «Курильская правда». Учредитель — администрация Южно-Курильского городского округа.
Адрес редакции: пгт Южно-Курильск, ул. Заводская. Перепечатка — со ссылкой на газету.<br>Счётчик посещений</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- RU: radio


DIANA_RELATED = [
    ("/news/", "Прогноз погоды: на Кунашир идёт циклон"),
    ("/news/", "Теплоход вышел из Корсакова с опозданием на сутки"),
    ("/programs/", "«Островной час»: гость студии — главный врач ЦРБ"),
    ("/news/", "В Курильске отремонтируют набережную"),
    ("/news/", "Сахалинские спортсмены привезли медали с первенства ДФО"),
    ("/programs/", "«Рыбацкая смена»: итоги недели"),
]


def tpl_diana(a) -> str:
    o = "diana-radio"
    d = local(a, 11)
    when = f"{ru_date(d)}, {d:%H:%M}"
    rel = "".join(f'<li><a href="{h}">{E(t)}</a></li>' for h, t in related(DIANA_RELATED, a["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{E(a["title"])} — Радио «Диана»</title>
  {meta_block(a, o, 11, False, "Радио «Диана»", "ru_RU")}
</head>
<body class="diana">
<div class="d-cookie">Продолжая просмотр, вы соглашаетесь на обработку cookie и пользовательских данных. <button>OK</button></div>
<header class="d-head">
  <div class="d-logo"><a href="/">Радио «Диана»</a> <span>101,7 FM Южно-Курильск · 104,2 FM Курильск</span></div>
  <div class="d-live"><a href="/live/">▶ Слушать эфир</a></div>
  <nav><a href="/news/">Новости</a><a href="/programs/">Программы</a><a href="/podcasts/">Подкасты</a><a href="/about/">О радио</a><a href="/ads/">Реклама в эфире</a></nav>
</header>
<main class="d-main">
  <article>
    <p class="d-cat">{E(a.get("section", "Новости"))}</p>
    <h1>{E(a["title"])}</h1>
    <p class="d-time">{when}</p>
    <div class="d-player">🎧 Аудиоверсия материала · {len(a["body"]) + 1} мин</div>
    <div class="d-body">
        {paragraphs(a["body"], "", "h3")}
    </div>
    <p class="d-author">{E(a.get("author", "Служба новостей радио «Диана»"))}</p>
  </article>
  <aside class="d-aside"><h3>Другие новости</h3><ul>{rel}</ul></aside>
</main>
<footer class="d-foot">Радио «Диана». Свидетельство о регистрации СМИ. Телефон студии в прямом эфире: 8 (424-55) 0-00-00. 16+</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- JA: agency


HOKUCHO_RELATED = [
    ("/politics/", "衆院予算委、来週から審議入りで与野党合意"),
    ("/economy/", "サンマ水揚げ、根室・花咲港で低調続く"),
    ("/international/", "日韓外相が電話会談　北朝鮮対応で連携確認"),
    ("/society/", "道東で猛吹雪　根室、中標津で交通乱れ"),
    ("/international/", "中国海警局船、尖閣周辺の接続水域を航行"),
    ("/economy/", "ホタテ輸出、東南アジア向けが増加"),
    ("/politics/", "北方対策本部、啓発事業の見直し議論"),
    ("/society/", "知床の流氷観光、外国人客が回復"),
]


def tpl_hokucho(a) -> str:
    o = "hokucho-ja"
    d = local(a, 9)
    when = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    rel = "".join(f'<li><a href="{h}">{E(t)}</a></li>' for h, t in related(HOKUCHO_RELATED, a["id"]))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a["title"])}｜北潮通信ニュース</title>
  {meta_block(a, o, 9, True, "北潮通信ニュース", "ja_JP")}
</head>
<body>
<div class="hk-consent">当サイトでは、利便性向上や広告配信のためにクッキーを使用しています。
サイトの閲覧を続けることで、クッキーの使用に同意したものとみなします。<a href="/privacy/">プライバシーポリシー</a> <button>同意する</button></div>
<header class="hk-header">
  <div class="hk-logo"><a href="/">北潮通信<small>HOKUCHO NEWS</small></a></div>
  <nav class="hk-gnav"><a href="/">トップ</a><a href="/politics/">政治</a><a href="/economy/">経済</a><a href="/society/">社会</a>
  <a href="/international/">国際</a><a href="/hoppo/">北方領土</a><a href="/sports/">スポーツ</a><a href="/ranking/">ランキング</a></nav>
</header>
<main class="hk-main">
  <ol class="hk-breadcrumb"><li><a href="/">トップ</a></li><li><a href="/{E(a.get("crumb", "politics"))}/">{E(a.get("section", "政治"))}</a></li><li>記事</li></ol>
  <article class="hk-article">
    <h1>{E(a["title"])}</h1>
    <p class="hk-date"><time datetime="{d.isoformat()}">{when}</time>（最終更新 {when}）</p>
    <div class="hk-sns"><a href="#">X（旧ツイッター）</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
    <div class="hk-body">
        {paragraphs(a["body"], "", "h2")}
    </div>
    <p class="hk-credit">【{E(a.get("author", "北潮通信"))}】</p>
    <div class="hk-premium">北潮通信デジタル会員になると、全ての記事が読み放題。<a href="/member/">初月無料で試す</a></div>
  </article>
  <aside class="hk-side"><h2>関連記事</h2><ul>{rel}</ul>
  <h2>アクセスランキング</h2><ol><li><a href="/society/">ヒグマ出没、住宅街で相次ぐ</a></li><li><a href="/economy/">道内の最低賃金、過去最大の引き上げ</a></li></ol></aside>
</main>
<footer class="hk-footer"><a href="/company/">会社概要</a>｜<a href="/policy/">著作権・リンクについて</a>｜<a href="/privacy/">個人情報の取り扱い</a>｜<a href="/contact/">お問い合わせ</a>
<p>Copyright © Hokucho News Service. All rights reserved. 記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- JA: local paper (no metadata)


TODOWARA_RELATED = [
    ("/local/", "標津町議会、定例会が開会"),
    ("/local/", "羅臼漁協、ホッケの水揚げ好調"),
    ("/local/", "根室市内の小学校で避難訓練"),
    ("/local/", "野付半島でタンチョウの親子確認"),
    ("/sports/", "中標津高、全道大会へ"),
    ("/local/", "別海町の酪農家、生乳出荷量を調整"),
    ("/local/", "根室市、ふるさと納税の返礼品を拡充"),
]


def tpl_todowara(a) -> str:
    d = local(a, 9)
    when = f"{d:%Y/%m/%d} {d:%H:%M}"
    rel = "".join(f'<li><a href="{h}">{E(t)}</a></li>' for h, t in related(TODOWARA_RELATED, a["id"], 3))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - トドワラ新報</title>
<link rel="stylesheet" href="/css/todo.css">
</head>
<body>
<div class="cookiebar">このサイトはクッキーを利用しています。<a href="/cookie/">詳しく</a>　<span>閉じる</span></div>
<div class="tw-head">
  <a href="/" class="tw-logo">トドワラ新報</a><span class="tw-area">根室・標津・羅臼・中標津・別海</span>
  <ul class="tw-menu"><li><a href="/">ホーム</a></li><li><a href="/local/">地域</a></li><li><a href="/gyogyo/">漁業</a></li>
  <li><a href="/hoppo/">北方領土</a></li><li><a href="/okuyami/">おくやみ</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/kojin/">購読申し込み</a></li></ul>
</div>
<div class="tw-wrap">
  <div class="tw-entry">
    <div class="tw-cat">{E(a.get("section", "地域"))}</div>
    <h1 class="tw-ttl">{E(a["title"])}</h1>
    <div class="tw-day">{when}</div>
    <div class="tw-txt">
        {paragraphs(a["body"], "", "h3")}
    </div>
    <div class="tw-note">※記事の無断転載を禁じます。購読のお申し込みは販売店まで。</div>
  </div>
  <div class="tw-other"><h3>最新記事</h3><ul>{rel}</ul></div>
</div>
<div class="tw-foot">トドワラ新報社　北海道標津郡　TEL 0153-00-0000　Copyright (C) Todowara Shimpo. All Rights Reserved.</div>
</body>
</html>
"""


TEMPLATES = {
    "farthingale-pa": tpl_farthingale,
    "holloway-chronicle": tpl_holloway,
    "brigantine-radio": tpl_brigantine,
    "golovnin-ia": tpl_golovnin,
    "kurpravda": tpl_kurpravda,
    "diana-radio": tpl_diana,
    "hokucho-ja": tpl_hokucho,
    "todowara-ja": tpl_todowara,
}


def render(a) -> str:
    return TEMPLATES[a["feed"]](a)
