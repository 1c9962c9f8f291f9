"""Outlet definitions and page templates for the blind96 corpus.

Every outlet is invented. Each has its own page template so that text extraction
has to cope with different chrome. Two outlets (northfall-review, zhuravl-ru)
publish pages with no machine-readable metadata at all: no og: tags, no JSON-LD,
no article:published_time -- only a human-readable date in the byline.
"""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "stonechat-wire", "title": "Stonechat Wire — Asia", "format": "rss", "lang": "en"},
    {"id": "gullwing-post", "title": "The Gullwing Post — World", "format": "atom", "lang": "en"},
    {"id": "northfall-review", "title": "The Northfall Review — Essays & Analysis", "format": "atom", "lang": "en"},
    {"id": "hawser-daily", "title": "Hawser Daily — Markets & Asia", "format": "rss", "lang": "en"},
    {"id": "zhuravl-ru", "title": "Журавль-Инфо — Сахалин и Курилы", "format": "rss", "lang": "ru"},
    {"id": "dalreis-ru", "title": "«Дальний рейс» — международная лента", "format": "atom", "lang": "ru"},
    {"id": "kaio-shimpo", "title": "海鴎新報 電子版", "format": "rss", "lang": "ja"},
    {"id": "yugiri-news", "title": "夕霧ニュース北海道", "format": "atom", "lang": "ja"},
]

# which machine-readable metadata each outlet carries (documented in README.md)
METADATA = {
    "stonechat-wire": "og: tags, article:published_time, JSON-LD NewsArticle",
    "gullwing-post": "og: tags, article:published_time",
    "northfall-review": "none (date only in the visible byline)",
    "hawser-daily": "JSON-LD NewsArticle only",
    "zhuravl-ru": "none (date only in the visible byline, Sakhalin time)",
    "dalreis-ru": "og: tags, JSON-LD NewsArticle",
    "kaio-shimpo": "og: tags, article:published_time",
    "yugiri-news": "og: tags, JSON-LD NewsArticle",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _paras(body: list[str], cls: str | None = None) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        elif p.startswith("**") and "**" in p[2:]:
            head, rest = p[2:].split("**", 1)
            out.append(f"<p><strong>{escape(head)}</strong>{escape(rest)}</p>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{escape(p[2:])}</p></blockquote>")
        elif p.startswith("- "):
            out.append(f"<ul><li>{escape(p[2:])}</li></ul>")
        else:
            c = f' class="{cls}"' if cls else ""
            out.append(f"<p{c}>{escape(p)}</p>")
    return "\n".join(out)


def _jsonld(a: dict, publisher: str, url: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dateModified": (a["published"] + timedelta(minutes=a.get("modified_after", 12))).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "inLanguage": lang,
        "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("byline", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


_MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                    "sep", "oct", "nov", "dec"], 1)}


def _path_month(path: str) -> tuple[int, int] | None:
    """(year, month) encoded in a related-link path, if any."""
    import re
    m = re.search(r"/(20\d\d)/(\d\d|[a-z]{3})/", path)
    if m:
        mon = m.group(2)
        return int(m.group(1)), int(mon) if mon.isdigit() else _MON[mon]
    m = re.search(r"(20\d\d)-?(\d\d)-?\d\d", path)
    if m:
        return int(m.group(1)), int(m.group(2))
    return None


def _related(rng: random.Random, pool: list[tuple[str, str]], n: int,
             when: datetime | None = None) -> list[tuple[str, str]]:
    """n related links, never dated after the article (a page cannot link to the future)."""
    if when is not None:
        cutoff = (when.year, when.month)
        pool = [(h, t) for h, t in pool
                if (_path_month(h) or (0, 0)) < cutoff]
    return rng.sample(pool, min(n, len(pool)))


# --------------------------------------------------------------------------- stonechat (wire, en)

STONECHAT_RELATED = [
    ("/asia/2023/11/bank-of-japan-yield-curve-tweak", "BOJ tweaks yield curve control again as bond yields climb"),
    ("/asia/2023/12/north-korea-solid-fuel-icbm", "North Korea fires solid-fuel ICBM, Japan says it fell outside EEZ"),
    ("/world/2024/01/noto-quake-death-toll", "Noto quake death toll passes 200 as rescuers reach cut-off villages"),
    ("/asia/2024/01/taiwan-election-lai", "Taiwan's Lai wins presidency, vows to keep status quo"),
    ("/markets/2024/02/nikkei-record-1989", "Nikkei breaks 1989 record as foreign buyers pile in"),
    ("/asia/2024/03/japan-ends-negative-rates", "Japan ends negative interest rates in historic shift"),
    ("/world/2024/06/g7-apulia-summit", "G7 leaders agree $50 bln loan for Ukraine backed by Russian assets"),
    ("/asia/2024/08/nankai-megaquake-advisory", "Japan issues first Nankai Trough megaquake advisory"),
    ("/asia/2025/01/yen-intervention-warning", "Japan's top currency diplomat warns against one-sided yen moves"),
    ("/asia/2025/06/rice-prices-stockpile", "Japan releases more stockpiled rice as prices stay high"),
    ("/world/2025/09/un-general-assembly-week", "World leaders gather in New York as Gaza, Ukraine dominate"),
    ("/asia/2026/02/japan-snap-election-result", "Ruling bloc keeps majority in Japan's lower house vote"),
    ("/markets/2026/05/jgb-30-year-auction", "Weak 30-year JGB auction jolts bond market"),
    ("/asia/2026/09/typhoon-kyushu-power", "Typhoon knocks out power to 400,000 homes in Kyushu"),
]


def render_stonechat(a: dict, url: str, rng: random.Random) -> str:
    p = a["published"]
    disp = f"{EN_MONTHS[p.month-1][:3]} {p.day}, {p.year} {p.strftime('%I:%M %p').lstrip('0')} GMT"
    rel = _related(rng, STONECHAT_RELATED, 4, a["published"])
    rel_html = "\n".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in rel)
    tags = "".join(f'<a class="tag" href="/tag/{escape(t.lower().replace(" ", "-"))}">{escape(t)}</a>'
                   for t in a.get("tags", ["Asia", "Japan", "Russia"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | Stonechat Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Stonechat Wire">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:url" content="{escape(url)}">
<meta property="article:published_time" content="{p.strftime('%Y-%m-%dT%H:%M:%SZ')}">
<meta property="article:section" content="Asia">
<link rel="canonical" href="{escape(url)}">
{_jsonld(a, 'Stonechat Wire', url, 'en')}
<link rel="stylesheet" href="/static/sw-main.7f3a.css">
</head>
<body class="sw article-page">
<div id="consent" class="sw-consent" role="dialog">
  <p>We and our partners use cookies to personalise content and measure audiences. You can change your choices at any time in Privacy Settings.</p>
  <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <a href="/privacy">Manage</a>
</div>
<header class="sw-top">
  <a class="sw-logo" href="/">STONECHAT<span>WIRE</span></a>
  <nav class="sw-nav"><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/tech">Technology</a> <a href="/sustainability">Sustainability</a> <a href="/investigations">Investigations</a></nav>
  <form class="sw-search" action="/search"><input name="q" placeholder="Search Stonechat"></form>
  <a class="sw-sub" href="/subscribe">Subscribe — $1 for 4 weeks</a>
</header>
<div class="sw-ticker">NIKKEI ▲0.4% · USD/JPY 151.62 · BRENT $82.10 · GOLD $2,340</div>
<main class="sw-main">
<article class="sw-article">
  <div class="sw-kicker">{escape(a.get('kicker', 'Asia Pacific'))}</div>
  <h1 class="sw-headline">{escape(a['title'])}</h1>
  <div class="sw-meta"><span class="sw-byline">By {escape(a.get('byline', 'Stonechat staff'))}</span> <time>{disp}</time> · <span>{a.get('read', 3)} min read</span></div>
  <div class="sw-share"><a href="#" class="x">Post</a> <a href="#" class="li">LinkedIn</a> <a href="#" class="mail">Email</a> <a href="#" class="copy">Copy link</a></div>
  <div class="sw-body">
{_paras(a['body'])}
  </div>
  <p class="sw-trust">Our Standards: <a href="/principles">The Stonechat Trust Principles.</a></p>
  <div class="sw-tags">{tags}</div>
</article>
<aside class="sw-rail">
  <h3>Read next</h3>
  <ul>
{rel_html}
  </ul>
  <div class="ad-slot" data-slot="rail-mpu">Advertisement · Scroll to continue</div>
</aside>
</main>
<footer class="sw-foot">
  <nav><a href="/about">About Stonechat</a> <a href="/careers">Careers</a> <a href="/contact">Contact us</a> <a href="/accessibility">Accessibility</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {p.year} Stonechat Wire. All rights reserved.</p>
</footer>
<script src="/static/sw-bundle.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- gullwing (newspaper, en)

GULLWING_RELATED = [
    ("/world/2023/dec/19/japan-ldp-slush-fund", "Japan's ruling party rocked by slush fund scandal"),
    ("/world/2024/feb/12/navalny-memorials-moscow", "Flowers, arrests and silence at Moscow's makeshift Navalny memorials"),
    ("/world/2024/mar/22/crocus-city-hall-attack", "Gunmen kill scores at concert hall outside Moscow"),
    ("/world/2024/jul/30/japan-heatwave-record", "Japan swelters through its hottest July on record"),
    ("/world/2024/oct/27/japan-election-ldp-loses-majority", "Japan's ruling party loses majority in snap election"),
    ("/world/2025/jan/20/trump-inauguration-asia", "What Trump's return means for Asia, in five questions"),
    ("/world/2025/may/12/india-pakistan-ceasefire", "India and Pakistan agree ceasefire after days of strikes"),
    ("/world/2025/oct/21/takaichi-first-female-pm", "Sanae Takaichi becomes Japan's first female prime minister"),
    ("/world/2026/jan/09/hokkaido-snowfall", "Record snowfall cuts off towns across eastern Hokkaido"),
    ("/world/2026/apr/18/osaka-expo-site-future", "What became of the Osaka Expo site?"),
    ("/world/2026/jul/02/sakhalin-salmon-run", "Salmon runs collapse on Sakhalin's east coast"),
    ("/commentisfree/2026/nov/03/asia-security-order", "Asia's security order is being rebuilt in plain sight"),
]


def render_gullwing(a: dict, url: str, rng: random.Random) -> str:
    p = a["published"]
    disp = f"{EN_DAYS[p.weekday()][:3]} {p.day} {EN_MONTHS[p.month-1]} {p.year} {p.strftime('%H.%M')} GMT"
    rel = _related(rng, GULLWING_RELATED, 3, a["published"])
    rel_html = "\n".join(f'<li class="gw-rel"><a href="{h}">{escape(t)}</a></li>' for h, t in rel)
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<div class="gw-comment"><span class="who">{escape(w)}</span><p>{escape(c)}</p></div>'
                          for w, c in a["comments"])
        comments = f'<section class="gw-comments"><h2>Comments ({len(a["comments"])})</h2>\n{items}\n<p class="gw-note">Commenting has been disabled at this time but you can still sign in or create your account to manage your profile.</p></section>'
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | World news | The Gullwing Post</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{escape(url)}">
<meta property="og:image" content="https://i.gullwingpost.example/img/{p.strftime('%Y%m%d')}/lead.jpg">
<meta property="article:published_time" content="{p.strftime('%Y-%m-%dT%H:%M:%S+00:00')}">
<meta property="article:author" content="{escape(a.get('byline', 'Gullwing Post staff'))}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/gw.css">
</head>
<body>
<div class="gw-banner" id="cmp">
 <h2>Yes, we use cookies</h2>
 <p>The Gullwing Post and our partners use cookies and similar technologies on this site. Some are essential; others help us show you relevant ads and support our journalism.</p>
 <button>Yes, I'm happy</button><button>Manage or reject cookies</button>
</div>
<div class="gw-support">Support the Gullwing Post: fund independent journalism from as little as £2 a month. <a href="/support">Support us →</a></div>
<header class="gw-masthead">
 <a href="/" class="gw-brand">The Gullwing Post</a>
 <ul class="gw-pillars"><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/lifestyle">Lifestyle</a></li></ul>
 <ul class="gw-sub"><li><a href="/world">World</a></li><li><a href="/world/europe">Europe</a></li><li><a href="/world/asia-pacific">Asia Pacific</a></li><li><a href="/world/americas">Americas</a></li><li><a href="/business">Business</a></li><li><a href="/environment">Environment</a></li></ul>
</header>
<div class="gw-grid">
<div class="gw-section-label"><a href="/world/{escape(a.get('section', 'asia-pacific'))}">{escape(a.get('section_label', 'Asia Pacific'))}</a></div>
<h1 class="gw-h1">{escape(a['title'])}</h1>
<div class="gw-standfirst"><p>{escape(a['summary'])}</p></div>
<address class="gw-byline">{escape(a.get('byline', 'Gullwing Post staff'))}{(' in ' + escape(a['dateline'])) if a.get('dateline') else ''}</address>
<div class="gw-dateline">{disp}</div>
<div class="gw-share"><a href="#">Share on Facebook</a> · <a href="#">Share on X</a> · <a href="#">Share via Email</a></div>
<figure class="gw-fig"><figcaption>{escape(a.get('caption', 'Photograph: Gullwing Post'))}</figcaption></figure>
<div class="gw-body" id="maincontent">
{_paras(a['body'])}
</div>
<aside class="gw-epic"><p>… we have a small favour to ask. Tens of thousands of readers now support us financially. <a href="/support">Support the Gullwing Post</a></p></aside>
<section class="gw-more"><h2>More on this story</h2><ul>
{rel_html}
</ul></section>
{comments}
</div>
<footer class="gw-footer">
 <ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/securedrop">SecureDrop</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/tax-strategy">Tax strategy</a></li></ul>
 <p>© {p.year} Gullwing Post Media Group. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- northfall (essays, en, NO metadata)

NORTHFALL_RELATED = [
    ("/essays/the-long-afterlife-of-san-francisco", "The long afterlife of San Francisco, 1951"),
    ("/essays/okhotsk-as-a-bastion", "The Sea of Okhotsk as a bastion, revisited"),
    ("/essays/what-sanctions-did-to-hokkaido", "What sanctions did to Hokkaido's fishing towns"),
    ("/essays/notes-from-wakkanai", "Notes from Wakkanai, where the ferry stopped"),
    ("/essays/the-grammar-of-protest-notes", "The grammar of protest notes"),
    ("/essays/why-small-islands-matter", "Why small islands matter more than large ones"),
]


def render_northfall(a: dict, url: str, rng: random.Random) -> str:
    p = a["published"]
    disp = f"{p.day} {EN_MONTHS[p.month-1]} {p.year}"
    rel = _related(rng, NORTHFALL_RELATED, 3, a["published"])
    rel_html = "\n".join(f'<p class="nf-also"><a href="{h}">{escape(t)}</a></p>' for h, t in rel)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — The Northfall Review</title>
<link rel="stylesheet" href="/css/northfall.css">
</head>
<body>
<table class="nf-frame" width="100%"><tr><td class="nf-left">
<div class="nf-brand"><a href="/">THE NORTHFALL REVIEW</a><br><small>Essays &amp; analysis on the northern Pacific rim</small></div>
<ul class="nf-menu"><li><a href="/essays">Essays</a></li><li><a href="/dispatches">Dispatches</a></li><li><a href="/reviews">Book reviews</a></li><li><a href="/archive">Archive</a></li><li><a href="/about">About</a></li><li><a href="/donate">Donate</a></li></ul>
<div class="nf-cookie">This site sets one cookie to remember that you have read this notice. <a href="/cookie-note">Why?</a> <a href="#" class="ok">OK</a></div>
</td><td class="nf-center">
<div class="nf-kicker">{escape(a.get('kicker', 'Essay'))}</div>
<h1>{escape(a['title'])}</h1>
<p class="nf-dek"><em>{escape(a['summary'])}</em></p>
<p class="nf-by">by {escape(a.get('byline', 'The editors'))} &middot; {disp}</p>
<hr>
<div class="nf-text">
{_paras(a['body'])}
</div>
<hr>
<p class="nf-bio">{escape(a.get('bio', 'The Northfall Review is reader-funded and carries no advertising.'))}</p>
<div class="nf-see"><b>Also in the Review</b>
{rel_html}
</div>
</td></tr></table>
<div class="nf-foot">The Northfall Review · Reader-supported since 2011 · <a href="/contact">Letters to the editor</a> · <a href="/rss">Feeds</a> · <a href="/privacy">Privacy</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- hawser (markets briefs, en, JSON-LD only)

HAWSER_RELATED = [
    ("/briefs/2023/10/japan-seafood-ban-china", "China's seafood ban: who is hurting in Hokkaido"),
    ("/briefs/2024/01/noto-insurers", "Noto quake: what insurers face"),
    ("/briefs/2024/03/yen-carry-trade", "The yen carry trade, explained in four charts"),
    ("/briefs/2024/08/black-monday-tokyo", "Tokyo's worst day since 1987: what happened"),
    ("/briefs/2025/01/lng-spot-asia", "Asian LNG spot prices slip as mild winter caps demand"),
    ("/briefs/2025/04/tariff-shock-asia-exporters", "Tariff shock: Asia's exporters count the cost"),
    ("/briefs/2025/09/scallop-exports-china", "Japan's scallop exporters look beyond China"),
    ("/briefs/2026/02/rouble-yuan-trade", "Rouble-yuan trade settlement hits new high"),
    ("/briefs/2026/06/jera-contracts", "JERA signs long-term LNG deals with US suppliers"),
    ("/briefs/2026/11/boj-hike-path", "How far can the BOJ go? Strategists split"),
]


def render_hawser(a: dict, url: str, rng: random.Random) -> str:
    p = a["published"]
    disp = p.strftime("%Y-%m-%d %H:%M UTC")
    rel = _related(rng, HAWSER_RELATED, 3, a["published"])
    rel_html = "\n".join(f'<a class="hd-card" href="{h}"><span>{escape(t)}</span></a>' for h, t in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} - Hawser Daily</title>
<meta name="viewport" content="width=device-width">
{_jsonld(a, 'Hawser Daily', url, 'en')}
<link rel="stylesheet" href="/s/hd.min.css">
</head>
<body>
<div class="hd-gdpr">By continuing to browse you agree to our use of cookies for analytics and advertising. <a href="/legal/cookies">Details</a> <button>Got it</button></div>
<div class="hd-top"><a class="hd-logo" href="/">HAWSER<b>DAILY</b></a>
<span class="hd-links"><a href="/markets">Markets</a> | <a href="/commodities">Commodities</a> | <a href="/shipping">Shipping</a> | <a href="/asia">Asia</a> | <a href="/briefs">Briefs</a> | <a href="/newsletters">Newsletters</a></span>
<a class="hd-login" href="/login">Sign in</a></div>
<div class="hd-wrap">
<div class="hd-crumbs"><a href="/">Home</a> › <a href="/asia">Asia</a> › Brief</div>
<h1>{escape(a['title'])}</h1>
<div class="hd-info">{escape(a.get('byline', 'Hawser Daily desk'))} · {disp}</div>
<div class="hd-summary">{escape(a['summary'])}</div>
<div class="hd-content">
{_paras(a['body'])}
</div>
<div class="hd-newsletter"><b>Asia Open</b> — the 6 a.m. briefing for traders in Tokyo, Hong Kong and Singapore. <a href="/newsletters/asia-open">Sign up free</a></div>
<div class="hd-related"><h4>Related briefs</h4>
{rel_html}
</div>
</div>
<div class="hd-bottom">Hawser Daily is a service of Hawser Information Ltd. Data is provided for information only and is not investment advice. <a href="/legal/terms">Terms</a> · <a href="/legal/privacy">Privacy</a> · <a href="/advertise">Advertise</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- zhuravl (regional, ru, NO metadata)

ZHURAVL_RELATED = [
    ("/news/obshchestvo/2023-12-19-avrora-zima", "«Аврора» опубликовала зимнее расписание рейсов на Курилы"),
    ("/news/ekonomika/2024-01-22-ceny-na-ovoshchi", "Почём овощи на Курилах: сравнили цены в трёх округах"),
    ("/news/proisshestviya/2024-02-14-shtorm-korsakov", "Шторм в Корсакове: паром задержался на сутки"),
    ("/news/obshchestvo/2024-06-01-den-zashchity-detej", "День защиты детей в Южно-Курильске: фото"),
    ("/news/priroda/2024-10-08-ivan-chaj", "На Итурупе заготовили рекордный урожай иван-чая"),
    ("/news/ekonomika/2025-03-03-rybzavod-smeny", "Рыбзавод в Крабозаводском ищет работников на путину"),
    ("/news/sport/2025-07-19-mini-futbol", "Команда Шикотана выиграла турнир по мини-футболу"),
    ("/news/obshchestvo/2026-01-12-elektrichestvo", "Перебои с электричеством в Курильске: что говорят энергетики"),
    ("/news/priroda/2026-05-28-medved-goryachiy-plyazh", "Медведь вышел к посёлку Горячий Пляж"),
]


def render_zhuravl(a: dict, url: str, rng: random.Random) -> str:
    local = a["published"] + timedelta(hours=11)  # Sakhalin time
    disp = local.strftime("%d.%m.%Y %H:%M")
    rel = _related(rng, ZHURAVL_RELATED, 4, a["published"])
    rel_html = "\n".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in rel)
    comments = ""
    if a.get("comments"):
        items = "\n".join(f'<div class="zh-com"><b>{escape(w)}</b><div>{escape(c)}</div></div>'
                          for w, c in a["comments"])
        comments = f'<div class="zh-comments"><h3>Комментарии ({len(a["comments"])})</h3>\n{items}\n<p>Чтобы оставить комментарий, войдите через VK ID.</p></div>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — Журавль-Инфо</title>
<link rel="stylesheet" href="/templates/zh/style.css">
</head>
<body>
<div class="zh-cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/politika">политикой обработки персональных данных</a>. <span class="close">×</span></div>
<div class="zh-head">
 <a href="/" class="zh-logo">Журавль<span>-Инфо</span></a>
 <div class="zh-weather">Южно-Курильск +4 °C, ветер СЗ 9 м/с · Курильск +2 °C · Малокурильское +3 °C</div>
 <ul class="zh-menu"><li><a href="/news">Новости</a></li><li><a href="/news/obshchestvo">Общество</a></li><li><a href="/news/ekonomika">Экономика</a></li><li><a href="/news/proisshestviya">Происшествия</a></li><li><a href="/news/priroda">Природа</a></li><li><a href="/news/sport">Спорт</a></li><li><a href="/afisha">Афиша</a></li><li><a href="/reklama">Реклама</a></li></ul>
</div>
<div class="zh-page">
<div class="zh-col">
<div class="zh-rubric">{escape(a.get('rubric', 'Общество'))}</div>
<h1>{escape(a['title'])}</h1>
<div class="zh-date">{disp} · {escape(a.get('byline', 'Редакция'))}</div>
<div class="zh-lead"><b>{escape(a['summary'])}</b></div>
<div class="zh-text">
{_paras(a['body'])}
</div>
<div class="zh-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="zh-tg">Подписывайтесь на наш Telegram-канал — новости Курил первыми.</div>
{comments}
</div>
<div class="zh-side"><h3>Читайте также</h3><ul>
{rel_html}
</ul>
<div class="zh-banner">Грузоперевозки Корсаков — Курилы. Контейнеры, рефрижераторы. Тел. 8-924-xxx-xx-xx</div>
</div>
</div>
<div class="zh-foot">© 2012–{a['published'].year} «Журавль-Инфо». Сетевое издание. 16+. При использовании материалов ссылка обязательна. <a href="/kontakty">Контакты</a> · <a href="/redakciya">Редакция</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- dalreis (agency, ru, og + JSON-LD)

DALREIS_RELATED = [
    ("/mir/2023/12/14/pryamaya-liniya", "Итоги года с Владимиром Путиным: главное"),
    ("/dalniy-vostok/2024/01/25/zavoz-kurily", "Северный завоз на Курилы выполнен на 96%"),
    ("/ekonomika/2024/03/29/kurs-rublya-mart", "Рубль завершил квартал укреплением"),
    ("/politika/2024/02/29/poslanie", "Путин выступил с посланием Федеральному собранию"),
    ("/mir/2024/07/09/shos-astana", "Лидеры стран ШОС приняли Астанинскую декларацию"),
    ("/mir/2024/10/23/brics-kazan", "В Казани завершился саммит БРИКС"),
    ("/ekonomika/2025/02/14/kurs-rublya", "Курс рубля укрепился до максимума с лета"),
    ("/mir/2025/09/01/shos-tyanczin", "Саммит ШОС в Тяньцзине: главное"),
    ("/mir/2026/03/18/mid-brifing", "Брифинг официального представителя МИД: основные темы"),
    ("/ekonomika/2026/07/10/sevmorput", "Грузопоток по Севморпути обновил рекорд"),
    ("/mir/2026/12/24/itogi-goda-lavrov", "Лавров подвёл итоги года на пресс-конференции"),
]


def render_dalreis(a: dict, url: str, rng: random.Random) -> str:
    msk = a["published"] + timedelta(hours=3)
    disp = f"{msk.day} {RU_MONTHS[msk.month-1]} {msk.year}, {msk.strftime('%H:%M')} мск"
    rel = _related(rng, DALREIS_RELATED, 3, a["published"])
    rel_html = "\n".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in rel)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} — «Дальний рейс»</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:site_name" content="Дальний рейс">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{escape(url)}">
{_jsonld(a, 'Дальний рейс', url, 'ru')}
<link rel="stylesheet" href="/assets/dr.css">
</head>
<body>
<div class="dr-topline">Лента новостей · <a href="/politika">Политика</a> · <a href="/mir">В мире</a> · <a href="/ekonomika">Экономика</a> · <a href="/obshchestvo">Общество</a> · <a href="/dalniy-vostok">Дальний Восток</a> · <a href="/spec">Спецпроекты</a></div>
<header class="dr-header"><a href="/" class="dr-logo">ДАЛЬНИЙ РЕЙС</a><span class="dr-slogan">информационное агентство</span><a href="/en" class="dr-lang">EN</a></header>
<div class="dr-cookies">Сайт использует cookie и сервисы веб-аналитики. <button>Понятно</button></div>
<main>
<div class="dr-article">
<div class="dr-date">{disp}</div>
<h1>{escape(a['title'])}</h1>
<div class="dr-anons">{escape(a['summary'])}</div>
<div class="dr-text">
{_paras(a['body'])}
</div>
<div class="dr-tags">Теги: {' '.join('<a href="/tag/%s">%s</a>' % (escape(t), escape(t)) for t in a.get('tags', ['Япония', 'МИД России']))}</div>
<div class="dr-social"><a href="#">Telegram</a> <a href="#">VK</a> <a href="#">Дзен</a></div>
</div>
<div class="dr-sidebar"><div class="dr-block-title">Главное</div><ul>
{rel_html}
</ul></div>
</main>
<footer class="dr-footer">Сетевое издание «Дальний рейс». Свидетельство о регистрации СМИ Эл № ФС 77-xxxxx. 18+. Все права защищены. © {a['published'].year}</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- kaio (newspaper, ja, og + published_time)

KAIO_RELATED = [
    ("/news/local/2024/01/shinnen-shikishiki", "根室市で新年交礼会　市長「人口減に歯止めを」"),
    ("/news/local/2023/12/sanma-fuzoku", "サンマ水揚げ、過去最低を更新　花咲港"),
    ("/news/local/2024/02/ryuhyo-kansoku", "流氷、根室海峡に到達　平年より6日遅く"),
    ("/news/economy/2024/06/hotate-yushutsu", "ホタテ輸出、東南アジア向け伸びる"),
    ("/news/local/2024/09/nemuro-matsuri", "金刀比羅神社例大祭、3日間の人出8万人"),
    ("/news/local/2025/01/jinko-gensho", "根室市の人口、2万2千人割る"),
    ("/news/politics/2025/07/sangiin-senkyo", "参院選北海道選挙区、現職2人が議席守る"),
    ("/news/local/2026/03/kanko-kyakusu", "納沙布岬の観光客数、コロナ前の8割に回復"),
    ("/news/local/2026/08/kiritappu-shitsugen", "霧多布湿原でタンチョウのひな確認"),
]


def render_kaio(a: dict, url: str, rng: random.Random) -> str:
    jst = a["published"] + timedelta(hours=9)
    disp = f"{jst.year}年{jst.month}月{jst.day}日 {jst.strftime('%H:%M')}"
    rel = _related(rng, KAIO_RELATED, 4, a["published"])
    rel_html = "\n".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{escape(a['title'])}｜海鴎新報 電子版</title>
<meta name="description" content="{escape(a['summary'])}">
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{escape(url)}">
<meta property="og:site_name" content="海鴎新報 電子版">
<meta property="article:published_time" content="{jst.strftime('%Y-%m-%dT%H:%M:%S+09:00')}">
<link rel="stylesheet" href="/css/kaio2023.css">
</head>
<body>
<div class="k-cookie">当サイトではサービス向上のためCookieを使用しています。<a href="/policy/cookie">詳細</a><button>同意する</button></div>
<header class="k-header">
 <div class="k-logo"><a href="/">海鴎新報</a><span>電子版</span></div>
 <div class="k-date-today">道東・根室管内のニュース</div>
 <nav class="k-gnav"><a href="/news/local">地域</a><a href="/news/hoppo">北方領土</a><a href="/news/fishery">水産</a><a href="/news/politics">政治</a><a href="/news/economy">経済</a><a href="/news/society">社会</a><a href="/news/sports">スポーツ</a><a href="/obituary">おくやみ</a></nav>
 <div class="k-member"><a href="/login">ログイン</a> <a href="/register">会員登録（無料）</a></div>
</header>
<div class="k-main">
<article class="k-article">
 <p class="k-cat">{escape(a.get('category', '北方領土'))}</p>
 <h1>{escape(a['title'])}</h1>
 <p class="k-time"><time>{disp}</time>{(' ' + escape(a['credit'])) if a.get('credit') else ''}</p>
 <div class="k-sns"><a href="#">X(旧Twitter)</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
 <div class="k-body">
{_paras(a['body'])}
 </div>
 <p class="k-copy">※記事・写真の無断転載を禁じます。</p>
</article>
<aside class="k-side">
 <h2>関連記事</h2><ul>
{rel_html}
 </ul>
 <h2>アクセスランキング</h2><ol><li>花咲ガニ、今季の初競り</li><li>根室市議会、定例会が開会</li><li>中標津空港、冬ダイヤ発表</li></ol>
 <div class="k-ad">広告　根室の不動産はお任せください</div>
</aside>
</div>
<footer class="k-footer"><a href="/company">会社概要</a>｜<a href="/ad">広告掲載</a>｜<a href="/subscribe">購読申し込み</a>｜<a href="/policy/privacy">個人情報保護方針</a>｜<a href="/contact">お問い合わせ</a><p>Copyright © 海鴎新報社 All rights reserved.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- yugiri (broadcaster web, ja, og + JSON-LD)

YUGIRI_RELATED = [
    ("/news/20240205/yuki-matsuri", "さっぽろ雪まつり開幕"),
    ("/news/20231215/yuki-kotsu", "大雪　道東で交通に乱れ"),
    ("/news/20240322/shinkansen-enki", "北海道新幹線の札幌延伸、さらに遅れる見通し"),
    ("/news/20240903/kuma-shutsubotsu", "クマの出没相次ぐ　知床で注意呼びかけ"),
    ("/news/20250120/nenmatsu-shoudou", "道内の年末商戦、売り上げ前年並み"),
    ("/news/20250610/sake-hourai", "秋サケ来遊予測　前年を下回る"),
    ("/news/20260115/kanpa", "今季一番の冷え込み　陸別で氷点下30度"),
    ("/news/20260710/kushiro-shitsugen-mega-solar", "釧路湿原周辺のメガソーラー　条例で規制へ"),
    ("/news/20261201/jr-hokkaido-daiya", "JR北海道　来春のダイヤ改正を発表"),
]


def render_yugiri(a: dict, url: str, rng: random.Random) -> str:
    jst = a["published"] + timedelta(hours=9)
    disp = f"{jst.year}年{jst.month}月{jst.day}日 {jst.hour}時{jst.minute:02d}分"
    rel = _related(rng, YUGIRI_RELATED, 3, a["published"])
    rel_html = "\n".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a['title'])} | 夕霧ニュース北海道</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="og:description" content="{escape(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{escape(url)}">
<meta property="og:locale" content="ja_JP">
{_jsonld(a, '夕霧ニュース北海道', url, 'ja')}
<link rel="stylesheet" href="/common/css/yg.css">
</head>
<body>
<div id="yg-consent">このウェブサイトではクッキーを使用しています。引き続き閲覧する場合、クッキーの使用に同意したものとみなします。<button>OK</button></div>
<header class="yg-header"><a href="/" class="yg-logo">夕霧ニュース<small>北海道</small></a>
<nav><ul><li><a href="/news">ニュース</a></li><li><a href="/weather">天気</a></li><li><a href="/bousai">防災</a></li><li><a href="/program">番組</a></li><li><a href="/live">ライブ配信</a></li></ul></nav></header>
<div class="yg-container">
<div class="yg-article">
 <h1 class="yg-title">{escape(a['title'])}</h1>
 <div class="yg-time">{disp}</div>
 <div class="yg-video">[動画] 再生時間 {rng.randint(1,3)}分{rng.randint(0,59):02d}秒</div>
 <p class="yg-summary">{escape(a['summary'])}</p>
 <div class="yg-body">
{_paras(a['body'])}
 </div>
 <div class="yg-share"><span>シェア</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</div>
<div class="yg-side"><h3>道内のニュース</h3><ul>
{rel_html}
</ul><div class="yg-app">夕霧ニュースアプリで防災情報をいち早く</div></div>
</div>
<footer class="yg-footer"><ul><li><a href="/about">このサイトについて</a></li><li><a href="/privacy">プライバシーポリシー</a></li><li><a href="/terms">利用規約</a></li></ul><p>© 夕霧放送</p></footer>
</body>
</html>
"""


RENDERERS = {
    "stonechat-wire": render_stonechat,
    "gullwing-post": render_gullwing,
    "northfall-review": render_northfall,
    "hawser-daily": render_hawser,
    "zhuravl-ru": render_zhuravl,
    "dalreis-ru": render_dalreis,
    "kaio-shimpo": render_kaio,
    "yugiri-news": render_yugiri,
}
