"""The nine invented outlets of the blind45 corpus and their page templates.

Every outlet has its own site chrome. Pages of some outlets (Cairnhill, Kaimu) and some
individual pages (flag meta=False) carry no metadata beyond <title>."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "brantwood", "title": "Brantwood Wire - World", "format": "rss", "lang": "en"},
    {"id": "longitude", "title": "The Longitude - weekly world affairs", "format": "atom", "lang": "en"},
    {"id": "cairnhill", "title": "Cairnhill Institute - North Pacific Notes", "format": "atom", "lang": "en"},
    {"id": "countinghouse", "title": "The Counting House - Asia business daily", "format": "rss", "lang": "en"},
    {"id": "purga", "title": "Пурга-ТВ — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "bussol", "title": "ИА «Буссоль» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "faktura", "title": "«Фактура» — деловая газета", "format": "rss", "lang": "ru"},
    {"id": "jbn", "title": "日本放送網 NEWS WEB", "format": "rss", "lang": "ja"},
    {"id": "kaimu", "title": "海霧新聞デジタル（根室・中標津）", "format": "atom", "lang": "ja"},
]

KIND = {
    "brantwood": "international wire service: terse dispatches, flashes and numbered updates",
    "longitude": "weekly news magazine: unsigned analysis, news often in the third or fourth paragraph",
    "cairnhill": "think-tank blog (commentary by fellows); pages carry no metadata",
    "countinghouse": "English-language business daily (markets, companies, economy)",
    "purga": "Russian regional TV station's website (Sakhalin and the Kurils); some pages without metadata",
    "bussol": "Russian federal news agency (Moscow datelines)",
    "faktura": "Russian business daily",
    "jbn": "Japanese national public-style broadcaster's web news",
    "kaimu": "Japanese local daily of eastern Hokkaido (Nemuro, Nakashibetsu, Rausu); pages carry no metadata",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def utc(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return utc(a).astimezone(timezone(timedelta(hours=hours)))


def paras(a) -> list[str]:
    return [p.strip() for p in a["body"].split("\n\n") if p.strip()]


def pick(pool: list, a, n: int) -> list:
    """Stable pseudo-random choice of related items for an article."""
    h = int(hashlib.sha1(a["id"].encode()).hexdigest(), 16)
    out, i = [], 0
    while len(out) < min(n, len(pool)):
        item = pool[(h >> (i * 5)) % len(pool)]
        if item not in out:
            out.append(item)
        i += 1
        if i > 40:
            break
    return out


def slug(a) -> str:
    """URL slug: words of the headline for English pages, a numeric story id otherwise."""
    if a["lang"] == "en":
        words = re.findall(r"[a-z0-9]+", a["title"].lower().replace("'", ""))
        return "-".join(words[:9])
    return str(int(hashlib.sha1(a["id"].encode()).hexdigest(), 16) % 10**7 + 10**7)


def meta_block(a, site: str, url: str, desc: str, jsonld: bool, author: str | None = None,
               locale: str = "en_US") -> str:
    if a.get("meta") is False:
        return ""
    published = utc(a).isoformat().replace("+00:00", "Z")
    out = [
        f'<meta name="description" content="{escape(desc)}">',
        f'<link rel="canonical" href="{escape(url)}">',
        f'<meta property="og:site_name" content="{escape(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{escape(a["title"])}">',
        f'<meta property="og:description" content="{escape(desc)}">',
        f'<meta property="og:url" content="{escape(url)}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="article:published_time" content="{published}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if jsonld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": published, "dateModified": published, "inLanguage": a["lang"],
              "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": site}}
        if author:
            ld["author"] = {"@type": "Person", "name": author}
        out.append('<script type="application/ld+json">'
                   + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(out)


def ptags(a) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paras(a))


# --------------------------------------------------------------------------- Brantwood Wire

BW_RELATED = [
    ("/world/asia-pacific/south-korea-fx-reserves-fall/", "South Korea's FX reserves fall for third month"),
    ("/world/asia-pacific/typhoon-okinawa-flights/", "Typhoon forces hundreds of flight cancellations in Okinawa"),
    ("/markets/asia/nikkei-chip-stocks/", "Nikkei slips as chip stocks retreat"),
    ("/world/europe/baltic-cable-probe/", "Finland widens probe into damaged Baltic cable"),
    ("/business/energy/lng-asia-spot-prices/", "Asian spot LNG prices hit two-month high"),
    ("/world/asia-pacific/philippines-coast-guard-shoal/", "Philippines says Chinese vessels blocked resupply mission"),
    ("/world/europe/ukraine-grain-corridor/", "Ukraine's Black Sea corridor ships record volumes"),
    ("/world/asia-pacific/japan-defence-budget-request/", "Japan's defence ministry seeks record budget"),
    ("/world/americas/canada-wildfires-smoke/", "Canadian wildfire smoke drifts into U.S. Midwest"),
]


def brantwood(a) -> str:
    site, dom = "Brantwood", "https://www.brantwoodwire.com"
    desk = a.get("desk", "asia-pacific")
    desk_name = {"asia-pacific": "Asia Pacific", "europe": "Europe"}[desk]
    url = f"{dom}/world/{desk}/{slug(a)}/"
    t = utc(a)
    when = f'{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime("%I:%M %p").lstrip("0")} UTC'
    update = ""
    if a.get("update_note"):
        update = f'<p class="update-note">{escape(a["update_note"])}</p>'
    flash = '<span class="flash-tag">BREAKING</span>' if a.get("flash") else ""
    credit = escape(a.get("credit", ""))
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(BW_RELATED, a, 4))
    mins = max(1, len(a["body"].split()) // 220)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} | Brantwood</title>
{meta_block(a, site, url, a["summary"], True, a.get("author"))}
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0;color:#222}}.top{{background:#ff8000;color:#fff;padding:8px 16px}}nav a{{margin-right:14px;color:#fff}}article{{max-width:720px;margin:24px auto}}.flash-tag{{background:#c00;color:#fff;padding:2px 6px;font-size:12px}}</style>
</head>
<body>
<div id="consent" class="consent-banner" role="dialog">We and our partners use cookies to personalise content and ads and to analyse traffic. <button>Accept all</button> <button>Manage choices</button></div>
<header class="top">
  <a class="logo" href="{dom}/">BRANTWOOD</a>
  <nav><a href="{dom}/world/">World</a><a href="{dom}/business/">Business</a><a href="{dom}/markets/">Markets</a><a href="{dom}/business/energy/">Energy</a><a href="{dom}/technology/">Technology</a><a href="{dom}/investigations/">Investigations</a><a href="{dom}/search/">Search</a></nav>
  <a class="signin" href="{dom}/account/sign-in/">Sign in</a>
</header>
<main>
<article>
  <div class="breadcrumb"><a href="{dom}/world/">World</a> › <a href="{dom}/world/{desk}/">{desk_name}</a></div>
  {flash}
  <h1>{escape(a["title"])}</h1>
  <div class="byline">By {escape(a.get("author", "Brantwood staff"))} · <time datetime="{t.isoformat()}">{when}</time> · {mins} min read</div>
  <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  {update}
  <div class="article-body">
{ptags(a)}
  </div>
  <p class="credit">({credit})</p>
  <p class="standards"><a href="{dom}/about/trust-principles/">Our Standards: The Brantwood Trust Principles.</a></p>
</article>
<aside class="read-next"><h2>Read next</h2><ul>{rel}</ul></aside>
</main>
<footer><p>© {t.year} Brantwood. All rights reserved. All quotes delayed a minimum of 15 minutes.</p>
<p><a href="{dom}/about/">About</a> · <a href="{dom}/privacy/">Privacy</a> · <a href="{dom}/cookies/">Cookies</a> · <a href="{dom}/terms/">Terms of use</a> · <a href="{dom}/contact/">Contact</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Longitude

LG_RELATED = [
    ("/asia/2024/05/02/the-hermit-banker", "The hermit banker: Japan's central bank learns to talk"),
    ("/europe/2025/03/13/the-long-goodbye-to-russian-gas", "The long goodbye to Russian gas"),
    ("/asia/2025/06/19/korea-and-japan-a-thaw-that-stuck", "Korea and Japan: a thaw that stuck"),
    ("/international/2024/11/21/fishing-wars", "Fishing wars: the fight for the world's shrinking catch"),
    ("/asia/2026/02/26/japans-ageing-countryside", "Japan's ageing countryside runs out of mayors"),
    ("/china/2025/09/04/grey-zone", "China's grey-zone playbook, explained"),
    ("/science/2025/08/14/deep-wrecks", "How robots are mapping the deepest shipwrecks"),
]


def longitude(a) -> str:
    site, dom = "The Longitude", "https://www.thelongitude.co.uk"
    t = utc(a)
    datestr = f"{t.day} {EN_MONTHS[t.month - 1][:3]} {t.year}"
    sec = a.get("section", "Asia")
    path = f'/{sec.split()[0].lower()}/{t:%Y/%m/%d}/{slug(a)}'
    url = dom + path
    ps = paras(a)
    lines = []
    for i, p in enumerate(ps):
        lead = ""
        if i == 0 and a.get("dateline"):
            lead = '<span class="dateline">' + escape(a["dateline"]) + "</span> "
        lines.append("<p>" + lead + escape(p) + "</p>")
    body = "\n".join(lines)
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(LG_RELATED, a, 3))
    ncom = 8 + int(hashlib.md5(a["id"].encode()).hexdigest(), 16) % 60
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | {escape(sec)} | The Longitude</title>
<meta name="viewport" content="width=device-width">
{meta_block(a, site, url, a.get("standfirst", a["summary"]), True, None, "en_GB")}
</head>
<body class="longitude">
<div class="cookie-notice">We use cookies to give you the best experience of our site. By continuing you agree to our <a href="{dom}/cookie-policy">cookie policy</a>. <button>OK</button></div>
<header>
  <div class="masthead"><a href="{dom}/">The Longitude</a></div>
  <nav class="sections"><a href="{dom}/weeklyedition">This week's issue</a> <a href="{dom}/asia">Asia</a> <a href="{dom}/europe">Europe</a> <a href="{dom}/americas">Americas</a> <a href="{dom}/finance">Finance &amp; economics</a> <a href="{dom}/science">Science &amp; history</a> <a href="{dom}/culture">Culture</a> <a href="{dom}/podcasts">Podcasts</a></nav>
  <a class="subscribe" href="{dom}/subscribe">Subscribe</a>
</header>
<div class="paywall-meter">You have 2 free articles left this month. <a href="{dom}/subscribe">Subscribe for full access</a></div>
<main>
<article>
  <p class="kicker">{escape(sec)} | {escape(a.get("kicker", ""))}</p>
  <h1>{escape(a["title"])}</h1>
  <h2 class="standfirst">{escape(a.get("standfirst", a["summary"]))}</h2>
  <p class="edition">From the print edition · <time datetime="{t.date().isoformat()}">{datestr}</time></p>
  <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a> <a href="#">Save</a></div>
  <div class="body">
{body}
  </div>
  <p class="fleuron">■</p>
  <p class="print-note">This article appeared in the {escape(sec)} section of the print edition under the headline "{escape(a["title"])}"</p>
</article>
<aside><h3>More from {escape(sec)}</h3><ul>{rel}</ul></aside>
<section class="comments"><h3>Reader comments ({ncom})</h3><p>Comments are open to subscribers. <a href="{dom}/login">Log in</a> to join the discussion.</p></section>
</main>
<footer><p>Copyright © The Longitude Newspaper Limited {t.year}. All rights reserved.</p><p><a href="{dom}/about">About us</a> | <a href="{dom}/advertise">Advertise</a> | <a href="{dom}/privacy">Privacy</a> | <a href="{dom}/accessibility">Accessibility</a> | <a href="{dom}/modern-slavery">Modern slavery statement</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Cairnhill Institute

CI_RELATED = [
    ("/commentary/sea-of-okhotsk-bastion", "The Sea of Okhotsk bastion in five charts"),
    ("/commentary/hokkaido-defence-posture", "Hokkaido's quiet defence build-up"),
    ("/research/north-pacific-fisheries-2024", "Report: North Pacific fisheries under strain"),
    ("/commentary/sakhalin-after-sanctions", "Sakhalin after sanctions: who is buying?"),
    ("/events/north-pacific-roundtable", "Event: North Pacific security roundtable"),
    ("/commentary/japan-korea-russia-triangle", "The Japan-Korea-Russia triangle after 2022"),
]


def cairnhill(a) -> str:
    dom = "https://www.cairnhill.org"
    t = utc(a)
    datestr = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(CI_RELATED, a, 3))
    mins = max(2, len(a["body"].split()) // 200)
    author = escape(a.get("author", ""))
    role = escape(a.get("role", ""))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} — Cairnhill Institute</title>
</head>
<body>
<div class="cc-window">This website uses cookies to ensure you get the best experience. <a href="{dom}/privacy">Learn more</a> <a class="cc-btn">Got it!</a></div>
<header class="site-header">
 <a href="{dom}/" class="brand">Cairnhill Institute</a>
 <ul class="menu"><li><a href="{dom}/research">Research</a></li><li><a href="{dom}/programmes">Programmes</a></li><li><a href="{dom}/commentary">Commentary</a></li><li><a href="{dom}/events">Events</a></li><li><a href="{dom}/experts">Experts</a></li><li><a href="{dom}/about">About</a></li><li><a href="{dom}/support">Support us</a></li></ul>
</header>
<div class="blog-banner"><a href="{dom}/programmes/north-pacific">North Pacific Programme</a> · <a href="{dom}/commentary/north-pacific-notes">North Pacific Notes</a></div>
<main class="post">
 <p class="post-type">Commentary</p>
 <h1 class="post-title">{escape(a["title"])}</h1>
 <p class="post-lede">{escape(a["summary"])}</p>
 <div class="post-meta"><span class="author">{author}</span> · <span class="date">{datestr}</span> · <span>{mins} minute read</span></div>
 <div class="post-content">
{ptags(a)}
 </div>
 <div class="author-box"><strong>{author}</strong><br>{role}, Cairnhill Institute. The views expressed are the author's own.</div>
 <div class="share-this">Share: <a href="#">X</a> | <a href="#">LinkedIn</a> | <a href="#">Email</a> | <a href="#">Print</a></div>
 <section class="related"><h2>Related commentary</h2><ul>{rel}</ul></section>
 <section class="newsletter"><h2>Get North Pacific Notes in your inbox</h2><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</main>
<footer class="site-footer"><p>Cairnhill Institute is an independent, non-partisan research organisation. Registered charity no. 1093817.</p><p><a href="{dom}/privacy">Privacy</a> · <a href="{dom}/accessibility">Accessibility</a> · <a href="{dom}/contact">Contact</a></p><p>© Cairnhill Institute {t.year}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Counting House

CX_RELATED = [
    ("/markets/yen-slides-past-155", "Yen slides past 155 as rate gap persists"),
    ("/companies/trading-houses-record-profits", "Trading houses post record profits on resources"),
    ("/economy/hokkaido-tourism-rebound", "Hokkaido tourism rebounds with Asian visitors"),
    ("/commodities/crab-prices-tokyo", "Tokyo crab prices jump ahead of year-end"),
    ("/energy/japan-lng-stocks", "Japan LNG inventories at seasonal high"),
    ("/economy/fisheries-subsidy-review", "Tokyo reviews fisheries subsidies"),
]


def countinghouse(a) -> str:
    site, dom = "The Counting House", "https://www.countinghouse-daily.com"
    t = utc(a)
    url = f"{dom}/{a.get('section', 'economy').lower()}/{slug(a)}"
    datestr = f"{EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year}"
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(CX_RELATED, a, 3))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} - The Counting House</title>
{meta_block(a, site, url, a["summary"], False)}
</head>
<body>
<div class="gdpr">The Counting House uses cookies for analytics and personalised advertising. <button>Accept</button> <button>Reject non-essential</button></div>
<div class="ticker">NIKKEI 225 ▲0.4% · TOPIX ▲0.3% · USD/JPY 151.8 · BRENT $82.1 · GOLD $2,034</div>
<header><a class="logo" href="{dom}/">The Counting House</a>
<nav><a href="{dom}/markets">Markets</a> <a href="{dom}/companies">Companies</a> <a href="{dom}/economy">Economy</a> <a href="{dom}/energy">Energy</a> <a href="{dom}/commodities">Commodities</a> <a href="{dom}/opinion">Opinion</a> <a href="{dom}/data">Data</a></nav>
<a class="sub" href="{dom}/subscribe">Subscribe</a> <a href="{dom}/login">Log in</a></header>
<main>
<article>
<div class="section-label">{escape(a.get("section", "Economy"))}</div>
<h1>{escape(a["title"])}</h1>
<p class="summary">{escape(a["summary"])}</p>
<p class="byline">{escape(a.get("author", ""))} · {datestr}</p>
<div class="tools"><a href="#">Save</a> <a href="#">Gift article</a> <a href="#">Print</a></div>
{ptags(a)}
<p class="paywall">Subscribers get unlimited access to markets data and analysis. <a href="{dom}/subscribe">Start your trial</a></p>
</article>
<aside class="more"><h3>More from The Counting House</h3><ul>{rel}</ul></aside>
</main>
<footer><p>© The Counting House Media Ltd {t.year}. Market data may be delayed.</p><p><a href="{dom}/help">Help</a> · <a href="{dom}/terms">Terms</a> · <a href="{dom}/privacy">Privacy</a> · <a href="{dom}/careers">Careers</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Пурга-ТВ

PT_RELATED = [
    ("/news/pogoda-tsiklon-yuzhno-sakhalinsk", "Циклон принесёт на юг Сахалина до 30 см снега"),
    ("/news/parom-vanino-kholmsk-grafik", "Паромная линия Ванино — Холмск меняет график"),
    ("/news/kunashir-shkola-remont", "На Кунашире завершают ремонт школы в Головнино"),
    ("/news/iturup-aeroport-tuman", "Аэропорт Итурупа закрыт из-за тумана"),
    ("/news/sakhalin-kuril-vyplaty", "Сахалинцам напомнили о курильских надбавках"),
    ("/news/korsakov-port-rekonstrukciya", "В Корсакове начали реконструкцию морского порта"),
    ("/news/yuzhno-sakhalinsk-den-goroda", "Как пройдёт День города в Южно-Сахалинске"),
]


def purga(a) -> str:
    site, dom = "Пурга-ТВ", "https://purga-tv.ru"
    t = local(a, 11)
    url = f"{dom}/news/{t:%Y/%m/%d}/{slug(a)}"
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(PT_RELATED, a, 4))
    views = 300 + int(hashlib.md5(a["id"].encode()).hexdigest(), 16) % 4000
    author = a.get("author", "")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{escape(a["title"])} — Пурга-ТВ</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{meta_block(a, site, url, a["summary"], False, None, "ru_RU")}
</head>
<body>
<div class="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="{dom}/privacy">политикой обработки данных</a>. <button>Хорошо</button></div>
<header class="hdr">
 <a class="logo" href="{dom}/">ПУРГА<span>ТВ</span></a>
 <nav><a href="{dom}/news">Новости</a> <a href="{dom}/sakhalin">Сахалин</a> <a href="{dom}/kurily">Курилы</a> <a href="{dom}/video">Видео</a> <a href="{dom}/programmy">Программы</a> <a href="{dom}/live" class="live">● Прямой эфир</a></nav>
 <div class="weather">Южно-Сахалинск <b>{'+' if t.month in (5,6,7,8,9) else '−'}{(t.day % 9) + 3}°</b></div>
</header>
<main class="content">
 <div class="crumbs"><a href="{dom}/">Главная</a> / <a href="{dom}/news">Новости</a> / {escape(a.get("rubric", "Новости"))}</div>
 <h1>{escape(a["title"])}</h1>
 <div class="info"><span class="date">{t:%d.%m.%Y, %H:%M}</span> <span class="views">👁 {views}</span></div>
 <div class="video-player"><div class="poster"></div><span>▶ Смотреть сюжет</span></div>
 <p class="lead"><b>{escape(a["summary"])}</b></p>
 <div class="text">
{ptags(a)}
 </div>
 <p class="author">{escape(author) + ", " if author else ""}«Пурга-ТВ»</p>
 <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
 <div class="subscribe-tg">Подписывайтесь на наш <a href="#">Telegram-канал</a> — новости Сахалина и Курил первыми!</div>
 <section class="more"><h3>Читайте также</h3><ul>{rel}</ul></section>
</main>
<footer>
 <p>Сетевое издание «Пурга-ТВ». Свидетельство о регистрации СМИ Эл № ФС77-81264. Учредитель: ООО «Телекомпания Пурга». Главный редактор: Смирнова Е. В.</p>
 <p>18+ · При использовании материалов ссылка на «Пурга-ТВ» обязательна. © 2008–{t.year}</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- ИА «Буссоль»

BS_RELATED = [
    ("/politics/lavrov-asean-vstrecha", "Лавров проведёт встречи на полях СМИД АСЕАН"),
    ("/world/kitay-mid-brifing", "МИД КНР прокомментировал учения у берегов Тайваня"),
    ("/economy/tsb-klyuchevaya-stavka", "ЦБ сохранил ключевую ставку"),
    ("/regions/dalniy-vostok-zavoz", "Северный завоз на Дальнем Востоке выполнен на 80%"),
    ("/politics/zakharova-brifing-glavnoe", "Главное с брифинга Марии Захаровой"),
    ("/world/koreya-vybory", "В Южной Корее подвели итоги выборов"),
    ("/politics/sovbez-zasedanie", "Путин провёл оперативное совещание с членами Совбеза"),
]


def bussol(a) -> str:
    site, dom = "ИА «Буссоль»", "https://bussol-info.ru"
    t = local(a, 3)
    path = {"Политика": "politics", "История": "history"}.get(a.get("rubric", ""), "politics")
    url = f"{dom}/{path}/{slug(a)}"
    datestr = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(BS_RELATED, a, 4))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} - ИА «Буссоль»</title>
{meta_block(a, site, url, a["summary"], True, None, "ru_RU")}
</head>
<body>
<div class="cookies-bar">Сайт использует cookie и сервисы веб-аналитики. <a href="{dom}/legal/cookies">Подробнее</a> <button>Принять</button></div>
<header>
 <div class="top-line"><a href="{dom}/">ИА «БУССОЛЬ»</a> <span class="tagline">Информационное агентство</span> <a href="{dom}/en">English</a> <a href="{dom}/search">Поиск</a></div>
 <nav><a href="{dom}/">Главное</a> <a href="{dom}/politics">Политика</a> <a href="{dom}/world">В мире</a> <a href="{dom}/economy">Экономика</a> <a href="{dom}/society">Общество</a> <a href="{dom}/incidents">Происшествия</a> <a href="{dom}/regions">Регионы</a> <a href="{dom}/history">История</a></nav>
</header>
<main>
 <article class="news-item">
  <div class="rubric">{escape(a.get("rubric", "Политика"))}</div>
  <time datetime="{utc(a).isoformat()}">{datestr}</time>
  <h1>{escape(a["title"])}</h1>
  <div class="announce">{escape(a["summary"])}</div>
  <div class="text">
{ptags(a)}
  </div>
  <div class="tags">Теги: <a href="{dom}/tag/japan">Япония</a> <a href="{dom}/tag/mid">МИД России</a> <a href="{dom}/tag/kurily">Курилы</a></div>
  <div class="share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">Дзен</a></div>
 </article>
 <aside><h3>Материалы по теме</h3><ul>{rel}</ul></aside>
 <section class="lenta"><h3>Лента новостей</h3><p><a href="{dom}/lenta">Все новости →</a></p></section>
</main>
<footer><p>© ИА «Буссоль», {t.year}. Все права защищены. При полном или частичном использовании материалов ссылка на ИА «Буссоль» обязательна.</p><p>Свидетельство о регистрации ИА № ФС77-77502. 16+</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- «Фактура»

FK_RELATED = [
    ("/finance/obligacii-minfina", "Минфин разместил ОФЗ на 60 млрд рублей"),
    ("/business/ryba-eksport-kitay", "Экспорт рыбы в Китай вырос на 12%"),
    ("/markets/rubl-yuan-torgi", "Рубль укрепился к юаню на торгах Мосбиржи"),
    ("/business/dv-porty-gruzooborot", "Грузооборот портов Дальнего Востока обновил рекорд"),
    ("/economy/inflyaciya-regiony", "Инфляция в регионах Дальнего Востока замедлилась"),
    ("/business/avtorynok-kitay", "Китайские марки заняли 60% авторынка"),
]


def faktura(a) -> str:
    site, dom = "Фактура", "https://faktura-daily.ru"
    t = local(a, 3)
    url = f"{dom}/{a.get('rubric', 'Экономика') == 'Рынки' and 'markets' or 'economy'}/{slug(a)}"
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(FK_RELATED, a, 3))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — Фактура</title>
{meta_block(a, site, url, a["summary"], False, None, "ru_RU")}
</head>
<body>
<div class="cookie-consent">Мы используем cookie. <button>Согласен</button></div>
<div class="quotes">USD/RUB 91,2 · EUR/RUB 98,7 · CNY/RUB 12,6 · Brent 81,4 · IMOEX 3105</div>
<header><a class="logo" href="{dom}/">ФАКТУРА</a><span class="slogan">деловая газета</span>
<nav><a href="{dom}/economy">Экономика</a> <a href="{dom}/finance">Финансы</a> <a href="{dom}/markets">Рынки</a> <a href="{dom}/business">Бизнес</a> <a href="{dom}/politics">Политика</a> <a href="{dom}/regions">Регионы</a> <a href="{dom}/opinions">Мнения</a></nav>
<a href="{dom}/subscribe" class="btn">Подписка</a></header>
<main>
<article>
<div class="rubric">{escape(a.get("rubric", "Экономика"))}</div>
<h1>{escape(a["title"])}</h1>
<p class="lead">{escape(a["summary"])}</p>
<div class="meta">{escape(a.get("author", ""))} · {t:%d.%m.%Y}</div>
{ptags(a)}
<div class="paywall-note">Полная версия материала и архив доступны подписчикам «Фактуры». <a href="{dom}/subscribe">Оформить подписку</a></div>
</article>
<aside><h3>Читайте также</h3><ul>{rel}</ul></aside>
</main>
<footer><p>© АО «Издательский дом «Фактура», {t.year}. 18+</p><p><a href="{dom}/about">О газете</a> · <a href="{dom}/ads">Реклама</a> · <a href="{dom}/privacy">Конфиденциальность</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 日本放送網 NEWS WEB

JB_RELATED = [
    ("/news/html/weather-hokkaido-snow", "北海道 あすにかけて大雪のおそれ 交通影響に注意"),
    ("/news/html/diet-budget-passed", "新年度予算案 参議院で可決・成立"),
    ("/news/html/nemuro-sanma-landing", "サンマ水揚げ 根室・花咲港で始まる"),
    ("/news/html/china-coastguard-senkaku", "尖閣諸島沖 中国海警局の船が領海侵入"),
    ("/news/html/ukraine-situation-latest", "ウクライナ情勢 最新の動き"),
    ("/news/html/hokkaido-earthquake-info", "北海道東部で震度3の地震 津波の心配なし"),
    ("/news/html/yen-exchange-rate", "円相場 1ドル＝150円台で推移"),
]


def jbn(a) -> str:
    site, dom = "日本放送網", "https://www.jbn-news.jp"
    t = local(a, 9)
    url = f"{dom}/news/html/{t:%Y%m%d}/{slug(a)}.html"
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(JB_RELATED, a, 4))
    datestr = f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | 日本放送網 NEWS WEB</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, site + " NEWS WEB", url, a["summary"], True, None, "ja_JP")}
</head>
<body>
<div id="cookie-policy">このサイトではクッキーを使用しています。詳しくは<a href="{dom}/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意して閉じる</button></div>
<header>
 <h2 class="logo"><a href="{dom}/news/">日本放送網 NEWS WEB</a></h2>
 <nav><a href="{dom}/news/">トップ</a> <a href="{dom}/news/cat01.html">社会</a> <a href="{dom}/news/cat03.html">政治</a> <a href="{dom}/news/cat05.html">経済</a> <a href="{dom}/news/cat06.html">国際</a> <a href="{dom}/news/cat02.html">科学・文化</a> <a href="{dom}/news/cat07.html">スポーツ</a> <a href="{dom}/news/local/">地域</a> <a href="{dom}/weather/">天気</a> <a href="{dom}/news/movie/">動画</a></nav>
</header>
<main>
 <article class="module--detail">
  <p class="genre">{escape(a.get("genre", "社会"))}</p>
  <h1 class="content--title">{escape(a["title"])}</h1>
  <p class="content--date"><time datetime="{utc(a).isoformat()}">{datestr}</time></p>
  <div class="video"><span>動画を再生</span></div>
  <div class="content--summary">{escape(a["summary"])}</div>
  <div class="content--body">
{ptags(a)}
  </div>
  <div class="share">シェアする <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">URLをコピー</a></div>
 </article>
 <section class="related"><h2>関連ニュース</h2><ul>{rel}</ul></section>
 <section class="ranking"><h2>アクセスランキング</h2><p><a href="{dom}/news/ranking/">もっと見る</a></p></section>
</main>
<footer><p>Copyright 日本放送網 (JBN) 許可なく転載することを禁じます。このページは受信料で制作しています。</p><p><a href="{dom}/about/">JBNについて</a> | <a href="{dom}/privacy/">個人情報保護</a> | <a href="{dom}/help/">ヘルプ</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 海霧新聞デジタル

KM_RELATED = [
    ("/news/nemuro/hanasaki-kani-matsuri", "花咲ガニまつり、2日間で2万人"),
    ("/news/nakashibetsu/rakuno-kakaku", "中標津の酪農家、飼料高騰に悲鳴"),
    ("/news/rausu/kujira-watching", "羅臼沖でマッコウクジラ　観光船好調"),
    ("/news/hoppo/kataribe-kenshu", "元島民2世・3世が語り部研修"),
    ("/news/nemuro/shigikai-ippan-shitsumon", "根室市議会、一般質問始まる"),
    ("/news/betsukai/gyuunyuu-jukyuu", "別海で生乳の需給調整続く"),
    ("/news/hoppo/nosappu-kengaku", "納沙布岬の北方館、来館者が回復"),
]


def kaimu(a) -> str:
    dom = "https://www.kaimu-shimbun.jp"
    t = local(a, 9)
    rel = "".join(f'<li><a href="{dom}{p}">{escape(h)}</a></li>' for p, h in pick(KM_RELATED, a, 4))
    sub = f'<h2 class="subtitle">{escape(a["subtitle"])}</h2>' if a.get("subtitle") else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])}｜海霧新聞デジタル</title>
</head>
<body>
<div class="cookie-bar">当サイトは利便性向上のためCookieを使用しています。<a href="{dom}/policy/">詳細</a> <button>OK</button></div>
<header>
 <div class="logo"><a href="{dom}/">海霧新聞<small>デジタル</small></a></div>
 <p class="tagline">根室・中標津・別海・標津・羅臼の地域ニュース</p>
 <nav><a href="{dom}/news/nemuro/">根室</a> <a href="{dom}/news/nakashibetsu/">中標津・別海</a> <a href="{dom}/news/rausu/">羅臼・標津</a> <a href="{dom}/news/hoppo/">北方領土</a> <a href="{dom}/news/gyogyo/">漁業</a> <a href="{dom}/news/sports/">スポーツ</a> <a href="{dom}/okuyami/">おくやみ</a> <a href="{dom}/subscribe/">購読のお申し込み</a></nav>
 <div class="login"><a href="{dom}/login/">ログイン</a> | <a href="{dom}/register/">会員登録</a></div>
</header>
<main>
 <div class="pankuzu"><a href="{dom}/">ホーム</a> ＞ {escape(a.get("area", "根室"))}</div>
 <article>
  <h1>{escape(a["title"])}</h1>
  {sub}
  <p class="date">{t:%Y/%m/%d %H:%M}</p>
  <figure><div class="photo"></div><figcaption>（写真は本社撮影）</figcaption></figure>
  <div class="honbun">
{ptags(a)}
  </div>
  <p class="member">この記事は会員限定記事を一部公開しています。紙面ではより詳しく掲載しています。</p>
  <div class="sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">Facebookでシェア</a></div>
 </article>
 <aside><h3>この地域の記事</h3><ul>{rel}</ul></aside>
 <div class="ad">広告</div>
</main>
<footer><p>海霧新聞社　北海道根室市本町2丁目　電話0153-2x-xxxx</p><p>掲載の記事・写真の無断転載を禁じます。Copyright © Kaimu Shimbun {t.year}</p></footer>
</body>
</html>
"""


TEMPLATES = {"brantwood": brantwood, "longitude": longitude, "cairnhill": cairnhill,
             "countinghouse": countinghouse, "purga": purga, "bussol": bussol,
             "faktura": faktura, "jbn": jbn, "kaimu": kaimu}
