"""Outlet definitions and page templates for the blind9 corpus (all outlets fictional)."""
from __future__ import annotations

import html
import json
import urllib.parse
import hashlib
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "taiga-en", "title": "Taiga Wire - English service", "format": "rss", "lang": "en"},
    {"id": "pacificecho-en", "title": "The Pacific Echo - Japan news in English", "format": "atom", "lang": "en"},
    {"id": "globalbrief-world", "title": "Global Brief - World", "format": "rss", "lang": "en"},
    {"id": "crosscurrent-en", "title": "Crosscurrent Asia", "format": "atom", "lang": "en"},
    {"id": "sakhalinlife-ru", "title": "Сахалин.Лайф - новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "kommentator-ru", "title": "Деловой комментатор", "format": "atom", "lang": "ru"},
    {"id": "hokkaijiji-ja", "title": "北海時事ニュース", "format": "rss", "lang": "ja"},
    {"id": "tohoshimbun-ja", "title": "東邦新聞デジタル", "format": "atom", "lang": "ja"},
]

TZ = {"taiga-en": 3, "pacificecho-en": 9, "globalbrief-world": 0, "crosscurrent-en": 8,
      "sakhalinlife-ru": 11, "kommentator-ru": 3, "hokkaijiji-ja": 9, "tohoshimbun-ja": 9}

E = html.escape
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def num(a, mod=10**7, base=10**6):
    return base + int(hashlib.sha1(a["id"].encode()).hexdigest(), 16) % mod


def local(a):
    off = TZ[a["feed"]]
    t = a["published_dt"].astimezone(timezone(timedelta(hours=off)))
    return t, t.isoformat()


def paras(a, indent=""):
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"{indent}<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"{indent}<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"{indent}<p>{E(p)}</p>")
    return "\n".join(out)


def jsonld(a, url, publisher, logo, section, author=None):
    t, iso = local(a)
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "description": a["summary"], "datePublished": iso, "dateModified": iso,
         "inLanguage": a["lang"], "mainEntityOfPage": {"@type": "WebPage", "@id": url},
         "publisher": {"@type": "Organization", "name": publisher,
                       "logo": {"@type": "ImageObject", "url": logo}},
         "author": {"@type": "Person" if author else "Organization", "name": author or publisher},
         "articleSection": section}
    if a.get("tags"):
        d["keywords"] = ", ".join(a["tags"])
    return ('<script type="application/ld+json">\n'
            + json.dumps(d, ensure_ascii=False, indent=1) + "\n</script>")


def og(a, url, site, image, locale):
    t, iso = local(a)
    return "\n".join([
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{image}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="article:published_time" content="{iso}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ])


def share_links(url, title, kinds):
    q = urllib.parse.quote
    m = {"x": f"https://x.com/intent/post?url={q(url, safe='')}&amp;text={q(title, safe='')}",
         "fb": f"https://www.facebook.com/sharer/sharer.php?u={q(url, safe='')}",
         "tg": f"https://t.me/share/url?url={q(url, safe='')}&amp;text={q(title, safe='')}",
         "vk": f"https://vk.com/share.php?url={q(url, safe='')}",
         "line": f"https://social-plugins.line.me/lineit/share?url={q(url, safe='')}",
         "hatena": f"https://b.hatena.ne.jp/entry/{q(url, safe='')}",
         "ok": f"https://connect.ok.ru/offer?url={q(url, safe='')}",
         "li": f"https://www.linkedin.com/sharing/share-offsite/?url={q(url, safe='')}"}
    names = {"x": "X", "fb": "Facebook", "tg": "Telegram", "vk": "VK", "line": "LINE",
             "hatena": "はてブ", "ok": "OK", "li": "LinkedIn"}
    return "\n".join(f'<a class="share-{k}" href="{m[k]}" rel="nofollow noopener" target="_blank">{names[k]}</a>'
                     for k in kinds)


def pick(pool, a, n):
    h = int(hashlib.md5(a["id"].encode()).hexdigest(), 16)
    start = h % len(pool)
    return [pool[(start + i * 3) % len(pool)] for i in range(n)]


# ----------------------------------------------------------------------------- taiga-en
TAIGA_RELATED = [
    ("Resuming peace treaty dialogue with Japan 'categorically impossible' - deputy foreign minister", "2024-02-08"),
    ("Russia will not continue peace treaty talks with Japan - Foreign Ministry", "2022-03-21"),
    ("Sakhalin Region reports record salmon catch", "2023-09-14"),
    ("Kuril Islands: new school opens in Kurilsk", "2023-09-01"),
    ("Aurora airline adds summer flights to Kamchatka", "2023-05-17"),
    ("Pacific Fleet holds exercises in the Sea of Okhotsk", "2023-08-22"),
    ("Japan's sanctions: what Moscow has said so far", "2022-04-05"),
    ("Yuzhno-Sakhalinsk hosts Far East investment forum", "2023-11-02"),
]
TAIGA_LATEST = ["Rouble firms against dollar at Moscow Exchange", "Volcano on Kamchatka spews ash column 5 km high",
                "Russian scientists launch Arctic drifting station", "Moscow metro opens two new stations",
                "Siberian wildfire area shrinks by half", "Kazan to host BRICS youth games",
                "Russian Railways reports rise in freight to Pacific ports", "Hermitage opens Persian art exhibition"]


def page_taiga(a):
    t, iso = local(a)
    n = num(a)
    sec = a.get("section", "World")
    slug = sec.lower().replace(" & ", "-").replace(" ", "-")
    url = f"https://taigawire.ru/en/{slug}/{n}"
    rel = "\n".join(f'<li><a href="/en/{slug}/{num({"id": a["id"] + str(i)})}">{E(h)}</a> <time>{d}</time></li>'
                    for i, (h, d) in enumerate(pick(TAIGA_RELATED, a, 4)))
    latest = "\n".join(f'<li><span>{(t - timedelta(minutes=17 * (i + 1))).strftime("%H:%M")}</span> <a href="/en/russia/{num({"id": a["id"] + h})}">{E(h)}</a></li>'
                       for i, h in enumerate(pick(TAIGA_LATEST, a, 5)))
    date = f'{EN_MONTHS[t.month - 1]} {t.day}, {t.year}, {t:%H:%M}'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} - {E(sec)} - Taiga Wire</title>
<meta name="description" content="{E(a["summary"])}">
<link rel="canonical" href="{url}">
{og(a, url, "Taiga Wire", f"https://img.taigawire.ru/2x/{n}.jpg", "en_US")}
{jsonld(a, url, "Taiga Wire News Agency", "https://taigawire.ru/i/logo-en.svg", sec)}
<link rel="stylesheet" href="/assets/tw-en.css?v=7.3.1">
<style>body{{margin:0;font:16px/1.55 Georgia,serif;color:#111}}.tw-head{{background:#123;color:#fff;padding:12px 20px}}.tw-nav a{{color:#cde;margin-right:14px;text-decoration:none}}.tw-main{{display:grid;grid-template-columns:1fr 300px;gap:32px;max-width:1180px;margin:0 auto;padding:20px}}.cookie{{position:fixed;bottom:0;left:0;right:0;background:#f2f2f2;padding:12px;border-top:1px solid #ccc}}</style>
</head>
<body>
<div class="cookie" id="tw-cookie"><p>We use cookies to personalise content and analyse traffic. By continuing to browse you consent to our use of cookies. <a href="/en/cookies">Learn more</a></p><button type="button">Accept</button></div>
<header class="tw-head">
 <a class="tw-logo" href="/en/">TAIGA<b>WIRE</b></a> <span class="tw-tag">Russian news agency</span>
 <div class="tw-langs"><a href="/">Русский</a> · <b>English</b> · <a href="/zh/">中文</a></div>
 <nav class="tw-nav"><a href="/en/russia">Russia</a><a href="/en/world">World</a><a href="/en/politics">Politics</a><a href="/en/economy">Economy</a><a href="/en/military">Military</a><a href="/en/far-east">Far East</a><a href="/en/science">Science</a><a href="/en/sport">Sport</a><a href="/en/photo">Photo</a></nav>
</header>
<div class="tw-main">
<main>
 <div class="crumbs"><a href="/en/">Taiga Wire</a> › <a href="/en/{slug}">{E(sec)}</a></div>
 <article class="tw-article" id="n{n}">
  <h1>{E(a["title"])}</h1>
  <p class="tw-lead">{E(a["summary"])}</p>
  <div class="tw-meta"><time datetime="{iso}">{date}</time> <span class="upd">UPDATED: {date}</span></div>
  <figure class="tw-photo"><img src="https://img.taigawire.ru/1x/{n}.jpg" alt="" loading="lazy"><figcaption>© Taiga Wire / archive</figcaption></figure>
  <div class="tw-text">
{paras(a, "   ")}
  </div>
  <div class="tw-tags">{" ".join(f'<a href="/en/tag/{E(x.lower().replace(" ", "-"))}">{E(x)}</a>' for x in a.get("tags", []))}</div>
  <div class="tw-share">
{share_links(url, a["title"], ["tg", "vk", "x", "ok"])}
  </div>
 </article>
 <section class="tw-related"><h3>Read also</h3><ul>
{rel}
 </ul></section>
</main>
<aside class="tw-side"><h3>News feed</h3><ul>
{latest}
</ul><div class="adv" data-zone="side-300">Advertising</div></aside>
</div>
<footer class="tw-foot"><p>Taiga Wire News Agency. Registered as a mass medium, certificate No. ИА ФС 77-81344. Editor-in-chief: A. V. Lapin.</p>
<p><a href="/en/about">About</a> · <a href="/en/contacts">Contacts</a> · <a href="/en/terms">Terms of use</a> · <a href="/en/rss">RSS</a> · <a href="/en/privacy">Privacy</a></p><p>© 2009–{t.year} Taiga Wire. 12+</p></footer>
<script src="/assets/tw.min.js?v=7.3.1" defer></script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- pacificecho-en
PE_RELATED = ["Former islanders mark Northern Territories Day in Nemuro", "Hokkaido scallop exports find new markets",
              "LDP panel discusses Russia policy amid Ukraine war", "Nemuro fishermen face shrinking salmon quotas",
              "Explainer: What are the Northern Territories?", "Japan extends sanctions on Russian banks",
              "Kushiro port prepares for cruise season", "Government to boost support for former islanders' successors"]
PE_MOST = ["Yen slides past key level as BOJ holds rates", "Shinkansen extension to Sapporo delayed again",
           "Kyoto tightens rules on tourist buses", "Baseball: Fighters clinch Pacific League pennant",
           "Heavy snow disrupts flights at New Chitose", "Survey: record number of firms raise wages"]


def page_pacificecho(a):
    t, iso = local(a)
    n = num(a, 10**6, 10**5)
    sec = a.get("section", "Politics")
    url = f"https://www.pacificecho.jp/news/{t:%Y/%m/%d}/{sec.lower()}/{n}/"
    rel = "\n".join(f'<li class="rel"><a href="/news/{t.year}/{sec.lower()}/{num({"id": h}, 10**6, 10**5)}/">{E(h)}</a></li>'
                    for h in pick(PE_RELATED, a, 4))
    most = "\n".join(f'<li><a href="/news/{t.year}/national/{num({"id": h}, 10**6, 10**5)}/">{E(h)}</a></li>'
                     for h in pick(PE_MOST, a, 5))
    byline = a.get("author", "Pacific Echo staff writer")
    date = f'{EN_MONTHS[t.month - 1][:3]}. {t.day}, {t.year} at {t:%H:%M} JST'
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])} | The Pacific Echo</title>
<meta name="description" content="{E(a["summary"])}">
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, url, "The Pacific Echo", f"https://static.pacificecho.jp/uploads/{t:%Y/%m}/{n}.jpg", "en_US")}
<meta name="pe:section" content="{E(sec)}">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/atom+xml" title="The Pacific Echo" href="/feed/atom/">
<link rel="stylesheet" href="/wp-content/themes/echo/style.css?ver=3.8">
</head>
<body class="single single-post postid-{n}">
<div id="cmp-banner" class="cmp"><div class="cmp__text">The Pacific Echo and our partners use cookies and similar technologies to deliver and improve our services. Select "Accept all" to agree or "Manage settings" to choose.</div><button class="cmp__accept">Accept all</button> <button class="cmp__manage">Manage settings</button></div>
<div class="topbar"><span class="edition">Tokyo edition</span> <a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a> <a href="/newsletters/">Newsletters</a></div>
<header class="masthead"><a class="brand" href="/">The Pacific Echo</a><p class="motto">Japan's independent English-language daily since 1962</p>
<nav class="primary"><ul><li><a href="/news/national/">National</a></li><li><a href="/news/politics/">Politics</a></li><li><a href="/news/business/">Business</a></li><li><a href="/news/asia-pacific/">Asia Pacific</a></li><li><a href="/news/world/">World</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/life/">Life</a></li><li><a href="/sports/">Sports</a></li></ul></nav></header>
<div class="layout">
<article class="post">
<header class="post-header"><p class="kicker"><a href="/news/{sec.lower()}/">{E(sec)}</a></p>
<h1 class="post-title">{E(a["title"])}</h1>
<p class="post-dek">{E(a["summary"])}</p>
<p class="byline">By <span class="author">{E(byline)}</span> · <time class="published" datetime="{iso}">{date}</time></p></header>
<div class="post-content">
{paras(a)}
</div>
<p class="paywall-note">Thank you for reading The Pacific Echo. Your subscription supports independent journalism in Japan.</p>
<div class="post-share">{share_links(url, a["title"], ["x", "fb", "line", "li"])}</div>
<div class="keywords">Keywords: {", ".join(f'<a href="/tag/{E(x.lower().replace(" ", "-"))}/">{E(x)}</a>' for x in a.get("tags", []))}</div>
<section class="related-posts"><h2>Related</h2><ul>
{rel}
</ul></section>
<section class="comments-closed"><p>Comments are closed for this article.</p></section>
</article>
<aside class="rail"><h2>Most read</h2><ol>
{most}
</ol><div class="ad-slot" id="rail-ad-1"></div></aside>
</div>
<footer class="site-footer"><nav><a href="/about/">About us</a> <a href="/contact/">Contact</a> <a href="/advertise/">Advertise</a> <a href="/privacy/">Privacy policy</a> <a href="/terms/">Terms</a> <a href="/feed/atom/">Atom feed</a></nav>
<p>Copyright © The Pacific Echo Co., Ltd. All rights reserved. No reproduction without permission.</p></footer>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script src="/wp-content/themes/echo/js/main.js?ver=3.8"></script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- globalbrief-world
GB_RELATED = ["Analysis: Asia's unfinished wars", "Japan tightens export controls on Russia-bound goods",
              "Explainer: the world's longest-running territorial disputes", "UN General Assembly: key speeches",
              "G7 foreign ministers pledge continued support for Ukraine", "Commodities: Asian LNG prices ease",
              "Fishing rights at the heart of new maritime spats", "Who's who in Russia's foreign ministry"]
GB_TOP = ["Oil steadies as OPEC+ keeps output unchanged", "Floods force thousands from homes in southern Brazil",
          "EU ministers debate new migration rules", "Tech shares lead rally on Wall Street",
          "Kenya's president names new cabinet", "Heatwave grips southern Europe"]


def page_globalbrief(a):
    t, iso = local(a)
    n = num(a, 10**8, 10**7)
    sec = a.get("section", "World")
    slug = "-".join(a["title"].lower().replace("'", "").replace(",", "").replace(":", "").split()[:8])
    url = f"https://www.globalbrief.com/{sec.lower().replace(' ', '-')}/{slug}-{t:%Y-%m-%d}/"
    rel = "\n".join(f'<li><a href="/world/{num({"id": h}, 10**8, 10**7)}/">{E(h)}</a></li>' for h in pick(GB_RELATED, a, 3))
    top = "\n".join(f'<li><a href="/world/{num({"id": h}, 10**8, 10**7)}/">{E(h)}</a></li>' for h in pick(GB_TOP, a, 4))
    author = a.get("author", "Global Brief")
    date = f'{t.day} {EN_MONTHS[t.month - 1]} {t.year} · {t:%H:%M} GMT'
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Global Brief</title>
<meta name="description" content="{E(a["summary"])}">
<meta name="author" content="{E(author)}">
{og(a, url, "Global Brief", f"https://media.globalbrief.com/photos/{n}/1200x630.jpg", "en_GB")}
<meta name="twitter:site" content="@globalbrief">
{jsonld(a, url, "Global Brief", "https://www.globalbrief.com/logo.png", sec, author if author != "Global Brief" else None)}
<link rel="canonical" href="{url}">
<link rel="preload" href="/fonts/brief-sans.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/_next/static/css/9c1f3e.css">
</head>
<body>
<div id="__next">
<div data-testid="consent" class="consent-bar" role="region" aria-label="Cookie consent">We and our 142 partners store and access information on your device. <a href="/privacy/cookies">Cookie policy</a> <button>I accept</button> <button>Reject non-essential</button></div>
<header class="gb-header"><a class="gb-logo" href="/">GLOBAL BRIEF</a>
<nav aria-label="sections"><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/world/asia-pacific/">Asia Pacific</a> <a href="/world/europe/">Europe</a> <a href="/world/americas/">Americas</a> <a href="/climate/">Climate</a> <a href="/technology/">Technology</a></nav>
<a class="gb-signin" href="/account/sign-in">Sign in</a></header>
<main id="main-content" class="gb-article">
<div class="gb-kicker"><a href="/{sec.lower().replace(' ', '-')}/">{E(sec)}</a></div>
<h1 data-testid="headline">{E(a["title"])}</h1>
<div class="gb-byline">By <a href="/authors/{E(author.lower().replace(' ', '-'))}/">{E(author)}</a></div>
<time class="gb-date" datetime="{iso}">{date}</time>
<div class="gb-readtime">{max(2, len(" ".join(a["body"]).split()) // 200)} minute read</div>
<div class="gb-body" data-testid="article-body">
{paras(a)}
</div>
<p class="gb-credit">Reporting by Global Brief correspondents; editing by the world desk.</p>
<p class="gb-trust"><a href="/trust-principles/">Our standards: The Global Brief Trust Principles.</a></p>
<div class="gb-share">{share_links(url, a["title"], ["x", "fb", "li"])}</div>
<section class="gb-related"><h2>Read next</h2><ul>
{rel}
</ul></section>
</main>
<aside class="gb-top"><h2>Top stories</h2><ul>
{top}
</ul></aside>
<footer class="gb-footer"><ul><li><a href="/about/">About Global Brief</a></li><li><a href="/careers/">Careers</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/rss/">RSS</a></li></ul>
<p>All quotes delayed a minimum of 15 minutes. © {t.year} Global Brief Media Ltd. All rights reserved.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"page":"/[section]/[slug]","buildId":"gb-2f9a"}}</script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- crosscurrent-en (no og / no JSON-LD)
CC_RELATED = ["Podcast: the North Pacific's forgotten frontier", "Why fishermen in Nemuro fear the next winter",
              "Long read: Sakhalin after the sanctions", "Interview: a former islander's last wish",
              "Chart of the week: Japan-Russia trade since 2022", "Opinion: Tokyo needs a Russia strategy, not a slogan"]


def page_crosscurrent(a):
    t, iso = local(a)
    n = num(a, 10**5, 10**4)
    author = a.get("author", "Crosscurrent Asia desk")
    rel = "\n".join(f'<li><a href="/stories/{num({"id": h}, 10**5, 10**4)}">{E(h)}</a></li>' for h in pick(CC_RELATED, a, 3))
    date = f'{EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year} · {t:%H:%M} SGT'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} — Crosscurrent Asia</title>
<meta name="description" content="{E(a["summary"])}">
<meta name="viewport" content="width=device-width">
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="https://cdn.crosscurrent.asia/css/site.4e1a.css">
</head>
<body class="story">
<div class="gdpr">This site uses cookies. Some are essential; others help us understand how you use Crosscurrent. <a href="/cookies">Settings</a> <a href="#" class="gdpr-ok">OK, got it</a></div>
<div class="masthead"><a href="/" class="wordmark">crosscurrent<span>.asia</span></a>
<ul class="menu"><li><a href="/north-asia">North Asia</a></li><li><a href="/southeast-asia">Southeast Asia</a></li><li><a href="/security">Security</a></li><li><a href="/economy">Economy</a></li><li><a href="/explainers">Explainers</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/support" class="btn">Support us</a></li></ul></div>
<div class="story-wrap">
<p class="story-section">{E(a.get("section", "North Asia"))}</p>
<h1>{E(a["title"])}</h1>
<p class="standfirst">{E(a["summary"])}</p>
<p class="meta"><span class="by">{E(author)}</span> | <span class="date">{date}</span></p>
<div class="story-body">
{paras(a)}
</div>
<div class="newsletter-box"><strong>Get the North Asia Brief</strong> — our weekly newsletter on the Koreas, Japan, Russia's Far East and the seas between. <a href="/newsletter">Sign up free</a></div>
<div class="share">Share: {share_links("https://crosscurrent.asia/stories/" + str(n), a["title"], ["x", "fb", "li"])}</div>
<div class="more"><h3>More from Crosscurrent</h3><ul>
{rel}
</ul></div>
<div class="comments"><h3>Comments ({int(hashlib.md5(a["id"].encode()).hexdigest(), 16) % 23})</h3><p><a href="/login">Log in</a> to join the discussion.</p></div>
</div>
<footer><p>Crosscurrent Asia is an independent, reader-funded publication based in Singapore.</p><p><a href="/about">About</a> · <a href="/ethics">Ethics policy</a> · <a href="/contact">Contact</a> · <a href="/feed.atom">Atom</a></p><p>&copy; {t.year} Crosscurrent Media Pte Ltd</p></footer>
<script src="https://cdn.crosscurrent.asia/js/app.4e1a.js" async></script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- sakhalinlife-ru (og only on some pages)
SL_RELATED = ["Паром «Сахалин-9» вышел на линию Корсаков — Курильск", "В Южно-Курильске отремонтируют набережную",
              "На Сахалине открылась путина горбуши", "Погода: на Курилы идёт циклон",
              "В Курильске построят новый детский сад", "Тарифы на электроэнергию на Курилах: что изменится",
              "Жители Шикотана жалуются на перебои со связью", "На Итурупе завершили ремонт дороги к аэропорту"]
SL_POPULAR = ["Сахалинские школьники завоевали золото олимпиады", "В Корсакове ограничат движение грузовиков",
              "Цены на бензин на Сахалине выросли на 2%", "На Сахалин вернулись сивучи",
              "Областная больница получила новый томограф", "В Холмске прошёл фестиваль корюшки"]


def page_sakhalinlife(a):
    t, iso = local(a)
    n = num(a, 10**6, 2 * 10**5)
    sec = a.get("section", "Курилы")
    url = f"https://sakhalin.life/news/{n}"
    with_og = int(hashlib.md5(a["id"].encode()).hexdigest(), 16) % 2 == 0
    meta = og(a, url, "Сахалин.Лайф", f"https://sakhalin.life/upload/{t:%Y%m}/{n}.jpg", "ru_RU") if with_og else ""
    rel = "\n".join(f'<div class="rel-item"><a href="/news/{num({"id": h}, 10**6, 2 * 10**5)}">{E(h)}</a></div>' for h in pick(SL_RELATED, a, 4))
    pop = "\n".join(f'<li><a href="/news/{num({"id": h}, 10**6, 2 * 10**5)}">{E(h)}</a></li>' for h in pick(SL_POPULAR, a, 4))
    date = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — Сахалин.Лайф</title>
<meta name="description" content="{E(a["summary"])}">
<meta name="keywords" content="{E(", ".join(a.get("tags", [])))}">
{meta}
<link rel="stylesheet" href="/local/templates/sl2/template_styles.css?17012">
</head>
<body>
<div class="cookie-warning" id="cookieWarning">Мы используем файлы cookie и сервис «Яндекс.Метрика». Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/policy/">политикой обработки персональных данных</a>. <span class="cookie-close">Понятно</span></div>
<div class="header">
 <div class="header__logo"><a href="/">Сахалин<span>.Лайф</span></a></div>
 <div class="header__weather">Южно-Сахалинск −2° · Курильск +1°</div>
 <ul class="header__menu"><li><a href="/news/">Новости</a></li><li><a href="/news/kurils/">Курилы</a></li><li><a href="/news/society/">Общество</a></li><li><a href="/news/economy/">Экономика</a></li><li><a href="/news/incidents/">Происшествия</a></li><li><a href="/news/fishing/">Рыбалка</a></li><li><a href="/news/sport/">Спорт</a></li><li><a href="/afisha/">Афиша</a></li></ul>
</div>
<div class="container">
 <div class="news-detail">
  <div class="news-detail__rubric"><a href="/news/kurils/">{E(sec)}</a></div>
  <div class="news-detail__date">{date}</div>
  <h1>{E(a["title"])}</h1>
  <div class="news-detail__anons"><b>{E(a["summary"])}</b></div>
  <div class="news-detail__text">
{paras(a, "  ")}
  </div>
  <div class="news-detail__source">Фото: архив «Сахалин.Лайф». При полном или частичном использовании материалов ссылка на sakhalin.life обязательна.</div>
  <div class="news-detail__share">Поделиться: {share_links(url, a["title"], ["vk", "ok", "tg"])}</div>
  <div class="news-detail__tg">Подписывайтесь на наш <a href="https://t.me/sakhalinlife">телеграм-канал</a></div>
 </div>
 <div class="related"><div class="related__title">Читайте также</div>
{rel}
 </div>
 <div class="sidebar"><div class="sidebar__title">Популярное</div><ul>
{pop}
 </ul></div>
</div>
<div class="footer"><p>Сетевое издание «Сахалин.Лайф». Свидетельство о регистрации СМИ ЭЛ № ФС 77-70218. Учредитель: ООО «Островные медиа». Главный редактор: Е. С. Ким.</p>
<p>Телефон редакции: +7 (4242) 00-00-00. <a href="/reklama/">Реклама</a> · <a href="/rss/">RSS</a> · <a href="/policy/">Политика конфиденциальности</a></p><p>© 2015–{t.year}. 16+</p></div>
<script src="/bitrix/js/main/core/core.min.js?17012"></script>
<!-- Yandex.Metrika counter --><noscript><div><img src="https://mc.yandex.ru/watch/00000000" style="position:absolute; left:-9999px;" alt=""></div></noscript>
</body>
</html>
"""


# ----------------------------------------------------------------------------- kommentator-ru
KM_RELATED = ["Как санкции изменили торговлю с Японией", "Дальневосточный экспорт рыбы: итоги года",
              "Минвостокразвития расширит льготы для инвесторов", "Японский бизнес в России: кто остался",
              "Курильская «налоговая гавань»: первые итоги", "Пограничный вопрос: от Шимоды до Сингапура"]
KM_MONEY = ["USD 92,14", "EUR 99,80", "CNY 12,71", "Brent 81,20", "IMOEX 2 911"]


def page_kommentator(a):
    t, iso = local(a)
    n = num(a, 10**7, 6 * 10**6)
    sec = a.get("section", "Политика")
    url = f"https://www.dkommentator.ru/doc/{n}"
    rel = "\n".join(f'<li class="b-related__item"><a href="/doc/{num({"id": h}, 10**7, 6 * 10**6)}">{E(h)}</a></li>' for h in pick(KM_RELATED, a, 3))
    author = a.get("author")
    by = f'<p class="doc__author">{E(author)}</p>' if author else ""
    date = f"{t:%d.%m.%Y, %H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])} – Деловой комментатор</title>
<meta name="description" content="{E(a["summary"])}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{og(a, url, "Деловой комментатор", f"https://im.dkommentator.ru/Issues.photo/{t.year}/{n}.jpg", "ru_RU")}
{jsonld(a, url, "Деловой комментатор", "https://www.dkommentator.ru/img/logo.png", sec, author)}
<link rel="canonical" href="{url}">
<link rel="amphtml" href="https://www.dkommentator.ru/amp/doc/{n}">
<link rel="stylesheet" href="/static/css/dk.main.css?v=2024.11">
</head>
<body class="page-doc">
<div class="cookies" data-cookies><p>Сайт использует cookie. Оставаясь на сайте, вы даёте согласие на их обработку в соответствии с <a href="/about/privacy">политикой конфиденциальности</a>.</p><button class="cookies__btn">Хорошо</button></div>
<header class="main-header">
 <div class="main-header__rates">{" · ".join(KM_MONEY)}</div>
 <a href="/" class="main-header__logo">ДЕЛОВОЙ КОММЕНТАТОР</a>
 <nav class="main-header__nav"><a href="/rubric/politics">Политика</a> <a href="/rubric/economics">Экономика</a> <a href="/rubric/business">Бизнес</a> <a href="/rubric/world">Мир</a> <a href="/rubric/regions">Регионы</a> <a href="/rubric/incidents">Происшествия</a> <a href="/rubric/culture">Культура</a> <a href="/rubric/sport">Спорт</a> <a href="/daily">Газета</a></nav>
</header>
<main class="layout">
 <article class="doc" itemscope itemtype="http://schema.org/NewsArticle">
  <div class="doc__rubric"><a href="/rubric/{'politics' if sec == 'Политика' else 'business'}">{E(sec)}</a></div>
  <time class="doc__time" datetime="{iso}">{date}</time>
  <h1 class="doc__title" itemprop="headline">{E(a["title"])}</h1>
  <p class="doc__subtitle" itemprop="description">{E(a["summary"])}</p>
  {by}
  <div class="doc__body" itemprop="articleBody">
{paras(a, "   ")}
  </div>
  <div class="doc__share">{share_links(url, a["title"], ["tg", "vk", "ok"])}</div>
  <section class="b-related"><h3>Еще по теме</h3><ul>
{rel}
  </ul></section>
 </article>
 <aside class="layout__aside"><div class="adfox" id="adfox_side_1"></div><div class="subscribe-box">Подпишитесь на вечернюю рассылку «ДК»</div></aside>
</main>
<footer class="main-footer"><p>© АО «Издательский дом «Комментатор», {t.year}. Все права защищены. Сетевое издание «Деловой комментатор» зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-41177.</p>
<p><a href="/about">О компании</a> | <a href="/about/ads">Реклама</a> | <a href="/rss">RSS</a> | <a href="/about/privacy">Конфиденциальность</a></p><p class="age">18+</p></footer>
<script async src="/static/js/dk.bundle.js?v=2024.11"></script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- hokkaijiji-ja (og, no JSON-LD)
HJ_RELATED = ["根室の花咲ガニ、今季の水揚げ好調", "釧路沖でサンマ漁始まる　漁獲枠は前年並み",
              "北方領土隣接地域の振興策、道が要望書", "中標津空港、冬ダイヤで減便",
              "元島民の証言を映像で記録　根室の高校生", "羅臼町で流氷観光船の予約始まる",
              "道東の観光客数、コロナ前の水準回復", "根室海峡の密漁対策を強化　道警と海保"]
HJ_RANK = ["札幌で今季初雪　平年より5日遅く", "JR北海道、利用少ない区間の見直し案", "帯広の菓子店、全国コンテストで金賞",
           "旭山動物園でホッキョクグマの赤ちゃん公開", "函館朝市に外国人観光客が急増"]


def page_hokkaijiji(a):
    t, iso = local(a)
    n = num(a, 10**6, 8 * 10**5)
    url = f"https://www.hokkaijiji.jp/news/{n}.html"
    rel = "\n".join(f'<li><a href="/news/{num({"id": h}, 10**6, 8 * 10**5)}.html">{E(h)}</a></li>' for h in pick(HJ_RELATED, a, 4))
    rank = "\n".join(f'<li><span class="rank-no">{i + 1}</span><a href="/news/{num({"id": h}, 10**6, 8 * 10**5)}.html">{E(h)}</a></li>'
                     for i, h in enumerate(pick(HJ_RANK, a, 5)))
    date = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}｜北海時事ニュース</title>
<meta name="description" content="{E(a["summary"])}">
<meta name="viewport" content="width=device-width,initial-scale=1">
{og(a, url, "北海時事ニュース", f"https://www.hokkaijiji.jp/img/{n}_l.jpg", "ja_JP")}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/common/css/hj_style.css?202405">
</head>
<body id="news-detail">
<div id="cookie-policy" class="cookie-policy"><p>当サイトでは、利便性の向上や広告配信のためにクッキー（Cookie）を使用しています。サイトの閲覧を続けた場合、クッキーの使用に同意したものとみなします。<a href="/policy/cookie.html">詳しくはこちら</a></p><button type="button" class="btn-agree">同意する</button></div>
<header id="header"><p class="site-name"><a href="/">北海時事ニュース</a></p><p class="header-date">{t.year}年{t.month}月{t.day}日</p>
<nav id="gnav"><ul><li><a href="/">トップ</a></li><li><a href="/news/doto/">道東</a></li><li><a href="/news/politics/">政治</a></li><li><a href="/news/economy/">経済</a></li><li><a href="/news/society/">社会</a></li><li><a href="/news/northern-territories/">北方領土</a></li><li><a href="/news/sports/">スポーツ</a></li><li><a href="/news/weather/">天気</a></li></ul></nav></header>
<div id="contents">
<div id="main">
<div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/news/{E(a.get("section_slug", "society"))}/">{E(a.get("section", "社会"))}</a> &gt; 記事</div>
<div class="article">
<h1 class="article-title">{E(a["title"])}</h1>
<p class="article-date"><time datetime="{iso}">{date}</time></p>
<div class="article-body">
{paras(a)}
</div>
<p class="article-credit">（北海時事）</p>
<div class="sns-btn">{share_links(url, a["title"], ["x", "fb", "line", "hatena"])}</div>
</div>
<div class="kanren"><h2>関連記事</h2><ul>
{rel}
</ul></div>
</div>
<div id="side"><div class="ranking"><h2>アクセスランキング</h2><ol>
{rank}
</ol></div><div class="ad-rect"></div></div>
</div>
<footer id="footer"><ul><li><a href="/company/">会社概要</a></li><li><a href="/policy/">個人情報保護方針</a></li><li><a href="/copyright/">著作権について</a></li><li><a href="/rss/">RSS</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
<p class="copyright">掲載の記事・写真・図表などの無断転載を禁止します。著作権は北海時事通信社またはその情報提供者に属します。<br>Copyright © Hokkai Jiji Press. All rights reserved.</p></footer>
<script src="/common/js/jquery.min.js"></script><script src="/common/js/common.js?202405"></script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- tohoshimbun-ja (JSON-LD, no og)
TS_RELATED = ["【解説】北方領土問題とは　日ソ共同宣言から70年", "日ロ漁業交渉、サケ・マスの操業条件で合意",
              "ロシア、日本製品の輸入規制を拡大", "元島民の語り部、オンラインで全国の学校へ",
              "外務省、ロシアへの渡航中止勧告を継続", "【社説】対ロ外交の出口をどう描くか"]
TS_NEW = ["日銀、金融政策の現状維持を決定", "春闘、賃上げ率5%台を維持", "台風接近で九州に大雨警報",
          "大谷選手が今季初本塁打", "新紙幣の流通率、半数超える"]


def page_tohoshimbun(a):
    t, iso = local(a)
    n = num(a, 10**7, 3 * 10**7)
    url = f"https://www.toho-shimbun.jp/article/{t:%Y%m%d}-{n}/"
    rel = "\n".join(f'<li><a href="/article/{t.year}{num({"id": h}, 10**7, 3 * 10**7)}/">{E(h)}</a></li>' for h in pick(TS_RELATED, a, 3))
    new = "\n".join(f'<li><a href="/article/{t.year}{num({"id": h}, 10**7, 3 * 10**7)}/">{E(h)}</a></li>' for h in pick(TS_NEW, a, 4))
    date = f"{t.year}/{t.month}/{t.day} {t:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} - 東邦新聞デジタル</title>
<meta name="description" content="{E(a["summary"])}">
{jsonld(a, url, "東邦新聞社", "https://www.toho-shimbun.jp/images/logo.png", a.get("section", "政治"), a.get("author"))}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/css/toho.min.css?v=5.2.0">
</head>
<body class="p-article">
<div class="c-consent" role="dialog"><p>東邦新聞デジタルは、サービス向上と広告最適化のためCookieを利用します。「同意する」を押すと、Cookieの利用に同意したことになります。</p><a href="/privacy/">プライバシーポリシー</a><button>同意する</button><button>設定</button></div>
<header class="l-header"><div class="l-header__inner"><a class="l-header__logo" href="/">東邦新聞<span>デジタル</span></a>
<div class="l-header__util"><a href="/member/login/">ログイン</a><a href="/member/entry/" class="is-primary">無料会員登録</a></div></div>
<nav class="l-gnav"><a href="/politics/">政治</a><a href="/national/">社会</a><a href="/business/">経済</a><a href="/international/">国際</a><a href="/local/hokkaido/">北海道</a><a href="/sports/">スポーツ</a><a href="/culture/">文化</a><a href="/opinion/">オピニオン</a></nav></header>
<main class="l-main">
<article class="p-article__main">
<p class="p-article__genre">{E(a.get("section", "政治"))}</p>
<h1 class="p-article__title">{E(a["title"])}</h1>
<div class="p-article__info"><time datetime="{iso}">{date}</time>{(' <span class="p-article__author">' + E(a["author"]) + '</span>') if a.get("author") else ""}</div>
<div class="p-article__body">
{paras(a)}
</div>
<div class="p-article__share">{share_links(url, a["title"], ["x", "fb", "line", "hatena"])}</div>
<div class="p-article__tags">{"".join(f'<a href="/tag/{E(x)}/">#{E(x)}</a> ' for x in a.get("tags", []))}</div>
<section class="p-related"><h2 class="p-related__title">関連記事</h2><ul>
{rel}
</ul></section>
</article>
<aside class="l-side"><section class="p-latest"><h2>新着ニュース</h2><ul>
{new}
</ul></section><div class="p-ad" data-slot="side"></div></aside>
</main>
<footer class="l-footer"><nav><a href="/company/">会社案内</a><a href="/privacy/">プライバシーポリシー</a><a href="/rules/">利用規約</a><a href="/copyright/">著作権</a><a href="/rss/">RSS</a></nav>
<p>Copyright © The Toho Shimbun. All rights reserved. 無断転載を禁じます。</p></footer>
<script src="/assets/js/toho.bundle.js?v=5.2.0" defer></script>
</body>
</html>
"""


RENDER = {"taiga-en": page_taiga, "pacificecho-en": page_pacificecho, "globalbrief-world": page_globalbrief,
          "crosscurrent-en": page_crosscurrent, "sakhalinlife-ru": page_sakhalinlife,
          "kommentator-ru": page_kommentator, "hokkaijiji-ja": page_hokkaijiji, "tohoshimbun-ja": page_tohoshimbun}
