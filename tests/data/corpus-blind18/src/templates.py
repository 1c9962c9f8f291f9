"""Page templates for the eight invented outlets of corpus blind18.

Each outlet has its own markup, metadata habits and site chrome. All pages are
rendered from the article dicts defined in content_*.py.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from html import escape
from urllib.parse import quote

OUTLETS = {
    "tidemark-en": dict(title="Tidemark News Agency - World", format="rss", lang="en",
                        domain="www.tidemarknews.com", tz=0),
    "granite-en": dict(title="The Granite Coast Observer - Asia", format="atom", lang="en",
                       domain="www.granitecoastobserver.com", tz=0),
    "seawall-en": dict(title="Seawall Pacific Bulletin", format="rss", lang="en",
                       domain="seawallbulletin.org", tz=0),
    "kingfisher-en": dict(title="Kingfisher Report - Japan", format="atom", lang="en",
                          domain="www.kingfisherreport.jp", tz=9),
    "vertikal-ru": dict(title="Информационное агентство «Вертикаль»", format="atom", lang="ru",
                        domain="vertikal-news.ru", tz=3),
    "volna-ru": dict(title="Сахалинская волна — новости островного края", format="rss", lang="ru",
                     domain="sakhvolna.ru", tz=11),
    "taiheiyo-ja": dict(title="太平洋通信ニュース", format="atom", lang="ja",
                        domain="www.taiheiyo-tsushin.jp", tz=9),
    "nosappu-ja": dict(title="納沙布新聞デジタル", format="rss", lang="ja",
                       domain="www.nosappu-shimbun.jp", tz=9),
}


def h(key: str, mod: int) -> int:
    """Deterministic small number from a key."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % mod


def local(a: dict, outlet: dict) -> datetime:
    t = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    return t.astimezone(timezone(timedelta(hours=outlet["tz"])))


def paras(a: dict) -> list[str]:
    return [p.strip().replace("\n", " ") for p in a["body"].strip().split("\n\n") if p.strip()]


def pick(pool: list[str], key: str, n: int) -> list[str]:
    start = h(key, len(pool))
    return [pool[(start + i * 3) % len(pool)] for i in range(n)]


def share_links(url: str, title: str, kinds: list[tuple[str, str, str]]) -> str:
    out = []
    for cls, label, pattern in kinds:
        href = pattern.format(u=quote(url, safe=""), t=quote(title, safe=""))
        out.append(f'<a class="{cls}" href="{escape(href)}" rel="nofollow noopener" target="_blank">{escape(label)}</a>')
    return "\n".join(out)


def jsonld(a: dict, outlet: dict, url: str, lt: datetime, publisher: str, section: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": lt.isoformat(), "dateModified": lt.isoformat(),
        "inLanguage": outlet["lang"], "articleSection": section,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "author": {"@type": "Person", "name": a.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": f"https://{outlet['domain']}/static/logo.png"}},
    }
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def og(a: dict, url: str, site: str, locale: str, lt: datetime, image: str, extra_time=True) -> str:
    t = escape(a["title"])
    d = escape(a["summary"])
    lines = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{escape(site)}">',
        f'<meta property="og:title" content="{t}">',
        f'<meta property="og:description" content="{d}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{image}">',
        f'<meta property="og:locale" content="{locale}">',
    ]
    if extra_time:
        lines.append(f'<meta property="article:published_time" content="{lt.isoformat()}">')
    lines.append('<meta name="twitter:card" content="summary_large_image">')
    return "\n".join(lines)


# --------------------------------------------------------------------------- Tidemark (wire, en)

TIDEMARK_MORE = [
    "Yen slips past 150 as BOJ signals patience on rate path",
    "Philippines, Japan sign reciprocal access pact for troops",
    "Kazakhstan oil output hits record as CPC pipeline repairs finish",
    "South Korea's exports rise for sixth month on chip demand",
    "Typhoon disrupts flights across Okinawa, southern Kyushu",
    "Mongolia's herders count cost of harsh winter",
    "China's coast guard expands patrols in East China Sea - Japan",
    "Russia's central bank holds key rate, flags inflation risks",
    "Indonesia's nickel smelter boom draws environmental scrutiny",
    "Japan's Nikkei ends higher as exporters rally",
    "Vietnam's parliament approves new land law",
    "G7 finance ministers discuss use of frozen Russian assets",
]


def tidemark(a, outlet, url):
    lt = local(a, outlet)
    section = a.get("section", "Asia Pacific")
    stamp = lt.strftime("%B %-d, %Y %-I:%M %p UTC")
    body = "\n".join(f'<p data-testid="paragraph-{i}">{escape(p)}</p>' for i, p in enumerate(paras(a)))
    more = "\n".join(f'<li><a href="/world/asia-pacific/{h(x, 999999):06d}/">{escape(x)}</a></li>'
                     for x in pick(TIDEMARK_MORE, a["key"], 4))
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta name="description" content="{escape(a["summary"])}">\n'
                + og(a, url, "Tidemark", "en_GB", lt, f"https://{outlet['domain']}/resizer/{h(a['key'], 10**6)}.jpg")
                + "\n" + jsonld(a, outlet, url, lt, "Tidemark News Agency", section))
    shares = share_links(url, a["title"], [
        ("share-x", "X", "https://twitter.com/intent/tweet?url={u}&text={t}"),
        ("share-fb", "Facebook", "https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("share-li", "LinkedIn", "https://www.linkedin.com/shareArticle?mini=true&url={u}"),
        ("share-mail", "Email", "mailto:?subject={t}&body={u}"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} | Tidemark</title>
<link rel="canonical" href="{url}">
{meta}
<link rel="stylesheet" href="/pf/resources/css/tm-article.css?d=412">
<style>body{{font-family:"Source Sans Pro",Helvetica,Arial,sans-serif;margin:0;color:#1b1b1b}}.tm-top{{background:#0c2340;color:#fff;display:flex;gap:24px;padding:10px 24px}}.tm-top a{{color:#fff;text-decoration:none}}.tm-logo{{font-weight:800;letter-spacing:3px}}.tm-main{{max-width:1140px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:40px;padding:24px}}.tm-body p{{font-size:18px;line-height:1.6}}#ot-banner{{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:1px solid #ccc;padding:14px 24px}}</style>
</head>
<body>
<div id="ot-banner" role="dialog" aria-label="Cookie banner">
  <p>We use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic. You can manage your choices at any time via Cookie Settings.</p>
  <button id="ot-accept">Accept All Cookies</button> <button id="ot-reject">Reject All</button> <button id="ot-settings">Cookie Settings</button>
</div>
<header class="tm-top">
  <a class="tm-logo" href="/">TIDEMARK</a>
  <nav aria-label="Main"><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/sustainability/">Sustainability</a> <a href="/legal/">Legal</a> <a href="/technology/">Technology</a> <a href="/investigations/">Investigations</a></nav>
  <span class="tm-acct"><a href="/account/sign-in/">Sign In</a> <a class="tm-reg" href="/account/register/">Register</a></span>
</header>
<div class="tm-main">
<main>
<article>
  <nav class="tm-crumbs" aria-label="Breadcrumb"><a href="/world/">World</a> / <a href="/world/asia-pacific/">{escape(section)}</a></nav>
  <h1 data-testid="Heading">{escape(a["title"])}</h1>
  <div class="tm-byline">By <a href="/authors/{quote(a.get("author", "staff").lower().replace(" ", "-"))}/">{escape(a.get("author", "Tidemark Staff"))}</a></div>
  <div class="tm-date"><time datetime="{lt.isoformat()}">{stamp}</time> · {2 + h(a["key"], 5)} min read</div>
  <div class="tm-share" aria-label="Share">{shares}</div>
  <div class="tm-body">
{body}
  </div>
  <p class="tm-standards"><a href="/about/standards/">Our Standards: The Tidemark Trust Principles.</a></p>
  <div class="tm-license"><a href="/licensing/">Purchase Licensing Rights</a></div>
</article>
<section class="tm-readnext"><h2>Read Next</h2><ul>
{more}
</ul></section>
</main>
<aside class="tm-side"><h2>Most Read</h2><ol>
<li><a href="/markets/asia/">Asian shares edge up as traders await US data</a></li>
<li><a href="/business/energy/">Oil steadies after supply-driven rally</a></li>
<li><a href="/world/europe/">EU leaders meet on enlargement, budget</a></li>
</ol><div class="tm-ad">Advertisement · Scroll to continue</div></aside>
</div>
<footer class="tm-foot">
  <nav><a href="/about/">About Tidemark</a> · <a href="/careers/">Careers</a> · <a href="/contact/">Contact Us</a> · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms of Use</a> · <a href="/cookies/">Cookies</a> · <a href="/accessibility/">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {lt.year} Tidemark News Agency. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Granite Coast Observer (paper, en)

GRANITE_MORE = [
    "Seoul's opposition wins control of key committees",
    "Taiwan tightens rules on Chinese investment in chipmaking",
    "Opinion: The Pacific needs a fisheries deal that works",
    "Thai court clears way for new cabinet",
    "In Hokkaido, farmers adapt to hotter summers",
    "Australia and Japan expand defence industry cooperation",
    "Review: a history of the Sea of Okhotsk, told through its ports",
    "Cambodia's garment workers strike over wages",
    "Japan's population falls for a 15th straight year",
    "The week in Asia: elections, typhoons and trade",
]


def granite(a, outlet, url):
    lt = local(a, outlet)
    section = a.get("section", "Asia")
    stamp = lt.strftime("%a %-d %b %Y %H.%M GMT")
    ps = paras(a)
    first, rest = ps[0], ps[1:]
    body = f'<p class="gc-lede">{escape(first)}</p>\n' + "\n".join(f"<p>{escape(p)}</p>" for p in rest)
    if len(rest) > 3:  # newsletter box in the middle of the article
        mid = 1 + len(rest) // 2
        parts = [f'<p class="gc-lede">{escape(first)}</p>'] + [f"<p>{escape(p)}</p>" for p in rest]
        parts.insert(mid + 1, '<aside class="gc-inline"><strong>Sign up to Asia Morning</strong> – our daily briefing on the region, free to your inbox. <a href="/newsletters/asia-morning">Sign up</a></aside>')
        body = "\n".join(parts)
    more = "\n".join(f'<li><a href="/asia/{lt.year}/{h(x, 12) + 1:02d}/{quote(x.lower().replace(" ", "-")[:48])}">{escape(x)}</a></li>'
                     for x in pick(GRANITE_MORE, a["key"], 4))
    ld = "" if a.get("no_jsonld") else jsonld(a, outlet, url, lt, "The Granite Coast Observer", section)
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta name="description" content="{escape(a["summary"])}">\n'
                + og(a, url, "The Granite Coast Observer", "en_GB", lt,
                     f"https://i.granitecoastobserver.com/img/{h(a['key'], 10**7)}/master.jpg")
                + "\n" + ld)
    shares = share_links(url, a["title"], [
        ("gc-share gc-share--fb", "Share on Facebook", "https://www.facebook.com/dialog/share?href={u}"),
        ("gc-share gc-share--x", "Share on X", "https://x.com/intent/post?text={t}&url={u}"),
        ("gc-share gc-share--wa", "Share on WhatsApp", "https://wa.me/?text={t}%20{u}"),
    ])
    comments = 20 + h(a["key"] + "c", 300)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | Asia | The Granite Coast Observer</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{meta}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/gc-2024.min.css">
</head>
<body class="gc-article gc-section-asia">
<div class="gc-consent" id="consent"><div class="gc-consent__inner"><h2>It's your choice</h2><p>We and our partners use cookies to store and/or access information on your device. Select “Yes, I'm happy” to allow personalised ads and analytics, or manage your preferences.</p><button>Yes, I'm happy</button> <button>Manage or reject cookies</button></div></div>
<div class="gc-support">Independent journalism needs your support – <a href="/support">contribute from £2</a></div>
<header class="gc-header">
  <a class="gc-brand" href="/">The Granite Coast <span>Observer</span></a>
  <nav class="gc-pillars"><a href="/news">News</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a><a href="/culture">Culture</a><a href="/lifeandstyle">Lifestyle</a></nav>
  <nav class="gc-subnav"><a href="/world">World</a><a href="/asia" aria-current="page">Asia</a><a href="/europe">Europe</a><a href="/americas">Americas</a><a href="/business">Business</a><a href="/environment">Environment</a><a href="/global-development">Global development</a></nav>
</header>
<main class="gc-main">
  <div class="gc-kicker"><a href="/asia">{escape(section)}</a></div>
  <h1 class="gc-headline">{escape(a["title"])}</h1>
  <p class="gc-standfirst">{escape(a["summary"])}</p>
  <address class="gc-byline">{escape(a.get("author", "Observer staff"))}</address>
  <div class="gc-meta"><time datetime="{lt.isoformat()}">{stamp}</time> <a class="gc-comments-count" href="#comments">{comments} comments</a></div>
  <div class="gc-share-row">{shares}</div>
  <div class="gc-body" id="maincontent">
{body}
  </div>
  <div class="gc-tags"><span>Explore more on these topics</span> {" ".join(f'<a href="/tags/{quote(t.lower().replace(" ", "-"))}">{escape(t)}</a>' for t in a.get("tags", ["Asia Pacific", "World news"]))}</div>
  <section class="gc-onwards"><h2>More on this story</h2><ul>
{more}
  </ul></section>
  <section id="comments" class="gc-discussion"><h2>Comments ({comments})</h2><p>Comments are closed on this article. <a href="/community-standards">Community standards</a></p></section>
</main>
<footer class="gc-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/tips">Securely send us a tip</a></li></ul>
  <p>© {lt.year} Granite Coast Media Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Seawall Pacific Bulletin (analysis, en) - no metadata

SEAWALL_MORE = [
    "Bering Strait traffic hits a post-Soviet high",
    "The quiet expansion of Japan's southwestern island garrisons",
    "Briefing: who patrols the Sea of Okhotsk?",
    "Undersea cables and the new geography of risk",
    "Why the Tsugaru Strait matters more than ever",
    "Podcast: fisheries, sanctions and the North Pacific",
    "Chart: Pacific naval tonnage, 2000-2024",
    "Deep-sea mining: where the Pacific stands",
]


def seawall(a, outlet, url):
    lt = local(a, outlet)
    ps = paras(a)
    words = sum(len(p.split()) for p in ps)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in ps)
    more = "\n".join(f'<li><a href="/briefs/{h(x, 9000) + 1000}">{escape(x)}</a></li>' for x in pick(SEAWALL_MORE, a["key"], 3))
    issue = 300 + (lt.year - 2024) * 50 + lt.isocalendar()[1]
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — Seawall</title>
<link rel="stylesheet" href="/theme/seawall.css">
</head>
<body>
<div class="sw-cookie">This site uses only essential cookies. <a href="/privacy">Privacy notice</a> <button onclick="this.parentNode.remove()">OK</button></div>
<div class="sw-masthead">
  <a href="/" class="sw-name">SEAWALL</a> <span class="sw-tag">Pacific Bulletin — ocean, security and trade</span>
  <ul class="sw-menu"><li><a href="/briefs">Briefs</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/data">Data</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/about">About</a></li><li><a href="/subscribe" class="sw-btn">Subscribe</a></li></ul>
</div>
<div class="sw-wrap">
  <p class="sw-issue">Issue {issue} · {escape(a.get("section", "Analysis"))}</p>
  <h1>{escape(a["title"])}</h1>
  <p class="sw-dek">{escape(a["summary"])}</p>
  <p class="sw-by">{escape(a.get("author", "Seawall editors"))} · {lt.strftime("%-d %B %Y")} · {max(2, words // 220)} min read</p>
  <div class="sw-text">
{body}
  </div>
  <p class="sw-filed">Filed under: {", ".join(escape(t) for t in a.get("tags", ["North Pacific"]))}</p>
  <div class="sw-share">Share: <a href="https://bsky.app/intent/compose?text={quote(a["title"] + " " + url)}">Bluesky</a> · <a href="https://www.linkedin.com/sharing/share-offsite/?url={quote(url, safe="")}">LinkedIn</a> · <a href="mailto:?subject={quote(a["title"])}">Email</a></div>
  <div class="sw-box"><strong>Get the Bulletin every Thursday.</strong> Independent analysis of the maritime Pacific. <form action="/subscribe" method="post"><input type="email" name="email" placeholder="you@example.org"><button>Sign up</button></form></div>
  <h3>Further reading</h3><ul class="sw-further">
{more}
  </ul>
</div>
<footer class="sw-foot">Seawall Pacific Bulletin is published by the Seawall Foundation, a registered charity. Views expressed are the authors' own. · <a href="/contact">Contact</a> · <a href="/rss">RSS</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Kingfisher Report (Japan, en) - og only

KINGFISHER_MORE = [
    "Hokkaido Shinkansen extension to Sapporo delayed again",
    "Bank of Japan board member sees gradual rate rises",
    "Nemuro's sanma fleet faces another lean season",
    "Japan's upper house passes revised immigration law",
    "Opinion: Japan's rural towns need more than subsidies",
    "Sapporo snow festival draws record foreign visitors",
    "Tokyo Stock Exchange pushes firms to unwind cross-shareholdings",
    "Photos: Drift ice arrives off Shiretoko",
    "Japan, Philippines hold first joint coast guard drill off Luzon",
    "Rice prices hit record as government releases reserves",
]


def kingfisher(a, outlet, url):
    lt = local(a, outlet)
    ps = paras(a)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in ps)
    rel = pick(KINGFISHER_MORE, a["key"], 4)
    related = "\n".join(f'<div class="kf-card"><a href="/news/{lt.year}/{h(x, 90000) + 10000}"><span class="kf-card__title">{escape(x)}</span></a></div>' for x in rel)
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta name="description" content="{escape(a["summary"])}">\n'
                + og(a, url, "Kingfisher Report", "en_US", lt, f"https://{outlet['domain']}/photos/{h(a['key'], 10**6)}.jpg"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(a["title"])} - Kingfisher Report</title>
{meta}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/kf.bundle.css?v=2.8.1">
<script async src="/js/analytics.js"></script>
</head>
<body>
<header class="kf-header">
  <div class="kf-header__top"><span class="kf-date">{lt.strftime("%A, %B %-d, %Y")}</span> <a href="/login">Log in</a> | <a href="/subscribe" class="kf-sub">Subscribe</a></div>
  <a href="/" class="kf-logo"><img src="/img/kingfisher-logo.svg" alt="Kingfisher Report"></a>
  <nav class="kf-nav"><a href="/news/politics">Politics</a><a href="/news/national">National</a><a href="/news/business">Business</a><a href="/news/hokkaido">Hokkaido</a><a href="/news/world">World</a><a href="/opinion">Opinion</a><a href="/life">Life</a><a href="/podcasts">Podcasts</a></nav>
</header>
<main class="kf-main">
  <article class="kf-article">
    <p class="kf-section"><a href="/news/{escape(a.get("section", "national").lower())}">{escape(a.get("section", "National"))}</a></p>
    <h1>{escape(a["title"])}</h1>
    <div class="kf-byline"><span>{escape(a.get("author", "Kingfisher staff writer"))}</span> <time datetime="{lt.isoformat()}">{lt.strftime("%b %-d, %Y")} ({lt.strftime("%H:%M")} JST)</time></div>
    <ul class="kf-sns"><li><a href="https://twitter.com/share?url={quote(url, safe="")}">X</a></li><li><a href="https://www.facebook.com/share.php?u={quote(url, safe="")}">Facebook</a></li><li><a href="https://social-plugins.line.me/lineit/share?url={quote(url, safe="")}">LINE</a></li><li><button class="kf-copy">Copy link</button></li></ul>
    <div class="kf-body">
{body}
    </div>
    <div class="kf-keywords">Keywords: {", ".join(f'<a href="/tags/{quote(t)}">{escape(t)}</a>' for t in a.get("tags", ["Japan-Russia relations"]))}</div>
  </article>
  <section class="kf-related"><h2>Related Stories</h2>
{related}
  </section>
  <aside class="kf-rank"><h2>Ranking</h2><ol><li>Sapporo office rents climb as chipmaker expands</li><li>Cherry blossom forecast: Hokkaido to bloom early</li><li>Heavy snow cuts off roads in Nemuro, Betsukai</li></ol></aside>
</main>
<div class="kf-cookie" role="region" aria-label="cookie notice">This website uses cookies to improve your experience and for advertising. By continuing, you agree to our <a href="/privacy">Privacy Policy</a>. <button>Agree</button></div>
<footer class="kf-footer"><p><a href="/about">About Us</a> | <a href="/advertise">Advertise</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p><p>© Kingfisher Media K.K. No reproduction or republication without written permission.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Vertikal (federal agency, ru)

VERTIKAL_LENTA = [
    "Курс доллара на бирже опустился ниже 90 рублей",
    "В Подмосковье ограничат движение грузовиков в жару",
    "Минфин разместил ОФЗ на 40 млрд рублей",
    "В Якутии локализовали крупный лесной пожар",
    "Госдума приняла закон о маркировке БАДов",
    "На Камчатке проснулся вулкан Безымянный",
    "Сборная России по хоккею с мячом провела сбор в Хабаровске",
    "В Приморье открыли новый мост через Амурский залив",
    "Росстат: инфляция в годовом выражении замедлилась",
    "В Калининграде стартовал фестиваль уличных театров",
    "Аэрофлот увеличит число рейсов на Дальний Восток",
    "ЦБ сохранил ключевую ставку",
]
VERTIKAL_ALSO = [
    "МИД: Япония продолжает курс на милитаризацию",
    "Итоги ВЭФ: подписано соглашений на триллионы рублей",
    "На Сахалине построят новый рыбоперерабатывающий завод",
    "Российские военные провели учения в Приморье",
    "В Южно-Сахалинске открыли памятник участникам войны 1945 года",
    "Эксперты обсудили перспективы Северного морского пути",
]


def vertikal(a, outlet, url):
    lt = local(a, outlet)
    ps = paras(a)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in ps)
    lenta = "\n".join(f'<li><span class="v-time">{(lt - timedelta(minutes=17 * (i + 1))).strftime("%H:%M")}</span> <a href="/news/{h(x, 900000) + 100000}">{escape(x)}</a></li>'
                      for i, x in enumerate(pick(VERTIKAL_LENTA, a["key"], 5)))
    also = "\n".join(f'<li><a href="/news/{h(x, 900000) + 100000}">{escape(x)}</a></li>' for x in pick(VERTIKAL_ALSO, a["key"], 3))
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta name="description" content="{escape(a["summary"])}">\n'
                + og(a, url, "ИА «Вертикаль»", "ru_RU", lt, f"https://cdn.vertikal-news.ru/img/{h(a['key'], 10**7)}.jpg")
                + "\n" + ("" if a.get("no_jsonld") else jsonld(a, outlet, url, lt, "ИА «Вертикаль»", a.get("section", "Политика"))))
    shares = share_links(url, a["title"], [
        ("v-share v-share--vk", "ВКонтакте", "https://vk.com/share.php?url={u}&title={t}"),
        ("v-share v-share--ok", "Одноклассники", "https://connect.ok.ru/offer?url={u}&title={t}"),
        ("v-share v-share--tg", "Telegram", "https://t.me/share/url?url={u}&text={t}"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} — ИА «Вертикаль»</title>
{meta}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/main.css?v=5b2">
</head>
<body>
<div class="v-cookie">Мы используем файлы cookie и метрические программы. Оставаясь на сайте, вы соглашаетесь с <a href="/privacy/">политикой обработки персональных данных</a>. <button>Принять</button></div>
<header class="v-header">
  <a class="v-logo" href="/">ВЕРТИКАЛЬ<small>информационное агентство</small></a>
  <nav class="v-rubrics"><a href="/politics/">Политика</a><a href="/economy/">Экономика</a><a href="/society/">Общество</a><a href="/army/">Армия</a><a href="/world/">В мире</a><a href="/regions/">Регионы</a><a href="/science/">Наука</a><a href="/sport/">Спорт</a><a href="/culture/">Культура</a></nav>
  <form class="v-search" action="/search/"><input name="q" placeholder="Поиск по сайту"></form>
</header>
<div class="v-layout">
<main class="v-article">
  <div class="v-rubric">{escape(a.get("section", "Политика"))}</div>
  <h1>{escape(a["title"])}</h1>
  <div class="v-date"><time datetime="{lt.isoformat()}">{lt.strftime("%d.%m.%Y, %H:%M")}</time> (мск)</div>
  <div class="v-lead"><strong>{escape(a["summary"])}</strong></div>
  <div class="v-text">
{body}
  </div>
  <div class="v-share">Поделиться: {shares}</div>
  <div class="v-zen">Читайте «Вертикаль» в <a href="https://t.me/vertikal_news">Telegram</a> и <a href="https://dzen.ru/vertikal">Дзене</a></div>
  <section class="v-also"><h2>Читайте также</h2><ul>
{also}
  </ul></section>
</main>
<aside class="v-lenta"><h2>Лента новостей</h2><ul>
{lenta}
</ul><a href="/lenta/">Все новости</a></aside>
</div>
<footer class="v-footer">
  <p>Сетевое издание «Информационное агентство «Вертикаль». Свидетельство о регистрации СМИ ЭЛ № ФС77-8{h(a["key"], 9)}412 выдано Роскомнадзором. Главный редактор — А. В. Соколовская. Адрес редакции: 125009, Москва. Телефон: +7 (495) 000-00-00.</p>
  <p>При полном или частичном использовании материалов ссылка на ИА «Вертикаль» обязательна. <span class="v-age">18+</span></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Sakhalinskaya volna (regional, ru)

VOLNA_POPULAR = [
    "В Южно-Сахалинске перекроют проспект Мира из-за ремонта",
    "Паром «Сахалин-9» вышел из ремонта",
    "В Холмске прошли соревнования по рыбной ловле",
    "На Сахалине выросли цены на бензин",
    "В Корсакове открыли новый спортивный зал",
    "Синоптики обещают на Сахалине мокрый снег",
    "В Поронайске отремонтируют дорогу к порту",
    "Авиарейсы на Итуруп задержаны из-за тумана",
    "В Оху привезли новый автобус",
    "Островные школьники победили на олимпиаде по физике",
]
VOLNA_COMMENTS = [
    ("Курилянин", "Поживём — увидим. Главное, чтобы на островах люди жили нормально."),
    ("sakh_anna", "Опять новости про Курилы, а у нас в Долинске дорогу третий год ремонтируют."),
    ("Петрович65", "Помню, как японцы в девяностые приезжали. Всякое было."),
    ("рыбак_ДВ", "Главное — порядок в море. Остальное политика."),
    ("Ольга К.", "Лучше бы паром на Кунашир чаще ходил."),
    ("Север", "Кто был на Шикотане, тот поймёт — место удивительное."),
]


def volna(a, outlet, url):
    lt = local(a, outlet)
    ps = paras(a)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in ps)
    popular = "\n".join(f'<li><a href="/news/{lt.year}/{h(x, 90000) + 10000}/">{escape(x)}</a></li>' for x in pick(VOLNA_POPULAR, a["key"], 4))
    n = 1 + h(a["key"] + "n", 3)
    cm = pick([f"{u}|{t}" for u, t in VOLNA_COMMENTS], a["key"], n)
    comments = "\n".join(
        f'<div class="w-comment"><b>{escape(c.split("|")[0])}</b> <span>{(lt + timedelta(minutes=40 * (i + 1))).strftime("%d.%m.%Y %H:%M")}</span><p>{escape(c.split("|")[1])}</p></div>'
        for i, c in enumerate(cm))
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta name="description" content="{escape(a["summary"])}">\n'
                + og(a, url, "Сахалинская волна", "ru_RU", lt, f"https://sakhvolna.ru/upload/{h(a['key'], 10**6)}.jpg", extra_time=False))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(a["title"])} | Сахалинская волна</title>
{meta}
<link href="/bitrix/templates/volna/template_styles.css" rel="stylesheet">
</head>
<body>
<div class="w-weather">Южно-Сахалинск {(-8 + h(a["key"], 30)):+d}° · Курильск {(-4 + h(a["key"] + "k", 22)):+d}° · Южно-Курильск {(-3 + h(a["key"] + "j", 22)):+d}° · <a href="/weather/">Прогноз</a> · <a href="/transport/">Паромы и авиарейсы</a></div>
<div class="w-head">
  <a href="/" class="w-logo">Сахалинская <b>волна</b></a><span class="w-slogan">новости островного края</span>
  <div class="w-menu"><a href="/news/">Новости</a> <a href="/kurily/">Курилы</a> <a href="/economy/">Экономика</a> <a href="/society/">Общество</a> <a href="/incident/">Происшествия</a> <a href="/sport/">Спорт</a> <a href="/afisha/">Афиша</a> <a href="/ads/">Объявления</a></div>
</div>
<div class="w-content">
  <div class="w-article">
    <div class="w-crumbs"><a href="/">Главная</a> → <a href="/news/">Новости</a> → {escape(a.get("section", "Курилы"))}</div>
    <h1>{escape(a["title"])}</h1>
    <div class="w-info">{lt.strftime("%d.%m.%Y %H:%M")} · {escape(a.get("author", "Редакция"))} · просмотров: {300 + h(a["key"] + "v", 6000)}</div>
    <div class="w-text">
{body}
    </div>
    <p class="w-tg">Больше новостей Сахалина и Курил — в нашем <a href="https://t.me/sakhvolna">Telegram-канале</a>.</p>
    <div class="w-share">Поделиться: <a href="https://vk.com/share.php?url={quote(url, safe="")}">ВК</a> <a href="https://t.me/share/url?url={quote(url, safe="")}">Telegram</a> <a href="https://connect.ok.ru/offer?url={quote(url, safe="")}">ОК</a></div>
    <div class="w-comments"><h3>Комментарии ({n})</h3>
{comments}
      <p>Комментировать могут только зарегистрированные пользователи. <a href="/auth/">Войти</a></p>
    </div>
  </div>
  <div class="w-side"><h3>Популярное</h3><ul>
{popular}
  </ul><div class="w-banner">Реклама. ООО «Островной дом». Стройматериалы с доставкой на Курилы.</div></div>
</div>
<div class="w-cookies">Сайт использует cookie. Продолжая просмотр, вы соглашаетесь с условиями. <a href="#" class="w-ok">Понятно</a></div>
<div class="w-foot">© 2011–{lt.year} «Сахалинская волна». Сетевое издание. 16+. Все права защищены. Перепечатка материалов — только с активной ссылкой на источник. Редакция: Южно-Сахалинск, ул. Ленина. E-mail: news@sakhvolna.ru</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Taiheiyo Tsushin (national agency, ja)

TAIHEIYO_REL = [
    "日銀、政策金利を据え置き 物価見通しは上方修正",
    "北海道で記録的な大雪 交通機関に乱れ",
    "中国海警局の船、尖閣周辺の接続水域を航行",
    "政府、経済安全保障推進法の改正案を閣議決定",
    "米大統領、日米同盟の強化を強調",
    "ロシア外務省、日本の防衛政策を批判",
    "根室沖でサンマ漁始まる 水揚げは低調",
    "日ロ漁業交渉、妥結 サケ・マス漁獲量は前年並み",
]


def taiheiyo(a, outlet, url):
    lt = local(a, outlet)
    ps = paras(a)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in ps)
    rel = "\n".join(f'<li><a href="/articles/-/{h(x, 900000) + 100000}">{escape(x)}</a></li>' for x in pick(TAIHEIYO_REL, a["key"], 4))
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta name="description" content="{escape(a["summary"])}">\n'
                + og(a, url, "太平洋通信", "ja_JP", lt, f"https://img.taiheiyo-tsushin.jp/photo/{h(a['key'], 10**7)}.jpg")
                + "\n" + ("" if a.get("no_jsonld") else jsonld(a, outlet, url, lt, "太平洋通信社", a.get("section", "政治"))))
    shares = share_links(url, a["title"], [
        ("tp-sns tp-sns--x", "ポスト", "https://twitter.com/intent/tweet?url={u}&text={t}"),
        ("tp-sns tp-sns--fb", "シェア", "https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("tp-sns tp-sns--line", "LINE", "https://social-plugins.line.me/lineit/share?url={u}"),
        ("tp-sns tp-sns--hb", "はてブ", "https://b.hatena.ne.jp/entry/{u}"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a["title"])} | 太平洋通信ニュース</title>
{meta}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/common/css/tp_article.css">
</head>
<body id="article">
<div class="tp-cookie">当サイトではサービス向上と広告配信のためにCookieを使用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="tp-header">
  <h2 class="tp-logo"><a href="/">太平洋通信</a></h2>
  <nav class="tp-gnav"><ul><li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li><li><a href="/society/">社会</a></li><li><a href="/world/">国際</a></li><li><a href="/local/">地域</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/culture/">文化・芸能</a></li><li><a href="/science/">科学</a></li></ul></nav>
  <div class="tp-member"><a href="/login/">ログイン</a> <a href="/register/">会員登録(無料)</a></div>
</header>
<div class="tp-container">
  <main class="tp-main">
    <div class="tp-category">{escape(a.get("section", "政治"))}</div>
    <h1 class="tp-title">{escape(a["title"])}</h1>
    <p class="tp-time"><time datetime="{lt.isoformat()}">{lt.year}年{lt.month}月{lt.day}日 {lt.strftime("%H:%M")}</time>（最終更新 {lt.year}年{lt.month}月{lt.day}日 {(lt + timedelta(minutes=25)).strftime("%H:%M")}）</p>
    <div class="tp-share">{shares}</div>
    <div class="tp-body">
{body}
    </div>
    <p class="tp-copy">【太平洋通信】</p>
    <div class="tp-related"><h3>関連記事</h3><ul>
{rel}
    </ul></div>
  </main>
  <aside class="tp-side"><div class="tp-rank"><h3>アクセスランキング</h3><ol><li>円相場、一時1ドル=150円台</li><li>新幹線、強風で一部運休</li><li>大谷、今季第20号</li></ol></div><div class="tp-ad">広告</div></aside>
</div>
<footer class="tp-footer"><ul><li><a href="/company/">会社概要</a></li><li><a href="/policy/">著作権・リンクについて</a></li><li><a href="/privacy/">個人情報の取り扱い</a></li><li><a href="/contact/">お問い合わせ</a></li></ul><p>Copyright © {lt.year} 太平洋通信社 All Rights Reserved. 掲載の記事・写真・図表などの無断転載を禁止します。</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Nosappu Shimbun (regional paper, ja) - minimal metadata

NOSAPPU_REL = [
    "根室市議会、一般質問始まる",
    "納沙布岬で初日の出 約800人が見守る",
    "花咲ガニまつり、来場者2万人",
    "根室の高校生、北方領土作文で最優秀賞",
    "市立病院、医師確保へ新たな奨学金",
    "歯舞漁協、コンブ干場の整備進む",
    "別海町で酪農体験ツアー",
    "JR花咲線、存続へ利用促進策",
]


def wareki(y: int) -> str:
    return f"令和{y - 2018}年"


def nosappu(a, outlet, url):
    lt = local(a, outlet)
    ps = paras(a)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in ps)
    rel = "\n".join(f'<li><a href="/news/{h(x, 90000) + 10000}.html">{escape(x)}</a></li>' for x in pick(NOSAPPU_REL, a["key"], 3))
    meta = "" if a.get("no_meta") else f'<meta name="description" content="{escape(a["summary"])}">'
    wd = "月火水木金土日"[lt.weekday()]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])}｜納沙布新聞デジタル</title>
{meta}
<link rel="stylesheet" href="/css/nsp.css">
</head>
<body>
<div class="nsp-top"><span>{lt.year}年（{wareki(lt.year)}）{lt.month}月{lt.day}日（{wd}）</span> <a href="/paper/">紙面ビューアー</a> <a href="/member/">会員登録</a> <a href="/login/">ログイン</a></div>
<div class="nsp-head"><a href="/" class="nsp-logo">納沙布新聞</a><span class="nsp-sub">根室・中標津・羅臼の地域ニュース</span></div>
<div class="nsp-nav"><a href="/news/local/">地域</a> <a href="/news/hoppo/">北方領土</a> <a href="/news/gyogyo/">漁業・水産</a> <a href="/news/keizai/">経済</a> <a href="/news/kurashi/">くらし</a> <a href="/news/sports/">スポーツ</a> <a href="/news/okuyami/">おくやみ</a> <a href="/event/">催し</a></div>
<div class="nsp-main">
  <div class="nsp-kiji">
    <div class="nsp-cat">{escape(a.get("section", "地域"))}</div>
    <h1>{escape(a["title"])}</h1>
    <div class="nsp-day">{lt.year}/{lt.month:02d}/{lt.day:02d} {lt.strftime("%H:%M")}</div>
    <div class="nsp-honbun">
{body}
    </div>
    <div class="nsp-sns"><a href="https://twitter.com/share?url={quote(url, safe="")}">Xでポスト</a> <a href="https://www.facebook.com/sharer.php?u={quote(url, safe="")}">Facebook</a> <a href="https://line.me/R/msg/text/?{quote(a["title"] + " " + url)}">LINEで送る</a></div>
    <div class="nsp-kanren"><h3>関連記事</h3><ul>
{rel}
    </ul></div>
  </div>
  <div class="nsp-side"><h3>よく読まれている記事</h3><ol><li>根室市、ふるさと納税が過去最高</li><li>中標津空港、東京便を増便</li><li>羅臼沖でシャチの群れ確認</li></ol><div class="nsp-koukoku">広告掲載のご案内</div></div>
</div>
<div class="nsp-cookie">当サイトはCookieを利用しています。<a href="/privacy.html">詳細</a> <span class="nsp-close">閉じる</span></div>
<div class="nsp-foot">納沙布新聞社　北海道根室市　電話0153-00-0000<br>当サイトに掲載の記事・写真の無断転載を禁じます。Copyright© The Nosappu Shimbun</div>
</body>
</html>
"""


RENDER = {
    "tidemark-en": tidemark, "granite-en": granite, "seawall-en": seawall,
    "kingfisher-en": kingfisher, "vertikal-ru": vertikal, "volna-ru": volna,
    "taiheiyo-ja": taiheiyo, "nosappu-ja": nosappu,
}

URL_PATTERN = {
    "tidemark-en": "https://www.tidemarknews.com/world/asia-pacific/{slug}-{date}/",
    "granite-en": "https://www.granitecoastobserver.com/asia/{y}/{m}/{d}/{slug}",
    "seawall-en": "https://seawallbulletin.org/briefs/{n}",
    "kingfisher-en": "https://www.kingfisherreport.jp/news/{y}/{n}",
    "vertikal-ru": "https://vertikal-news.ru/news/{n}",
    "volna-ru": "https://sakhvolna.ru/news/{y}/{n}/",
    "taiheiyo-ja": "https://www.taiheiyo-tsushin.jp/articles/-/{n}",
    "nosappu-ja": "https://www.nosappu-shimbun.jp/news/{n}.html",
}


def canonical(a: dict) -> str:
    outlet = OUTLETS[a["feed"]]
    lt = local(a, outlet)
    slug = a["key"]
    return URL_PATTERN[a["feed"]].format(slug=slug, date=lt.strftime("%Y-%m-%d"), y=lt.year,
                                         m=f"{lt.month:02d}", d=f"{lt.day:02d}",
                                         n=100000 + h(a["key"], 800000))


def render(a: dict) -> str:
    return RENDER[a["feed"]](a, OUTLETS[a["feed"]], canonical(a))
