#!/usr/bin/env python3
"""Build the blind28 evaluation corpus: labels.yaml and articles/*.html.

Run from anywhere:  python3 src/generate.py
Everything is written next to this folder (the corpus root is the parent of src/).
The stories live in stories_en.py, stories_ru.py and stories_ja.py; this file holds
the outlets, their page templates and the labels writer.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from stories_en import STORIES as EN  # noqa: E402
from stories_ja import STORIES as JA  # noqa: E402
from stories_ru import STORIES as RU  # noqa: E402

NAME = "blind28"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "skerry-wire", "title": "Skerry Point Wire - World", "format": "rss", "lang": "en"},
    {"id": "harwick-mercury", "title": "The Harwick Mercury - Asia", "format": "atom", "lang": "en"},
    {"id": "lindqvist-asia", "title": "Lindqvist Asia Review", "format": "rss", "lang": "en"},
    {"id": "fairlead-japan", "title": "Fairlead Japan Report", "format": "atom", "lang": "en"},
    {"id": "ledokol-info", "title": "ИА «Ледокол-Информ» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "nerpa-media", "title": "Нерпа-Медиа — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "senkon-wave", "title": "釧根ウェーブ新聞 電子版", "format": "rss", "lang": "ja"},
    {"id": "hinode-news", "title": "日ノ出通信ニュース", "format": "atom", "lang": "ja"},
]

E = html.escape


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def paras(body: str) -> list[str]:
    return [" ".join(p.split()) if not any(ord(c) > 0x3000 for c in p) else "".join(p.split())
            for p in body.strip().split("\n\n") if p.strip()]


def pick(pool: list, key: str, n: int) -> list:
    rng = random.Random(hashlib.sha1(key.encode()).hexdigest())
    return rng.sample(pool, n)


def slugify(story: dict) -> str:
    return story["id"]


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JA_WD = "月火水木金土日"


def ld_json(s: dict, site: str, when: datetime, lang: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": s["title"], "description": s["summary"],
        "datePublished": when.isoformat(), "dateModified": when.isoformat(),
        "inLanguage": lang, "articleSection": s.get("section", ""),
        "author": [{"@type": "Person" if s.get("byline") else "Organization",
                    "name": s.get("byline") or site}],
        "publisher": {"@type": "NewsMediaOrganization", "name": site},
        "mainEntityOfPage": f"/articles/{s['id']}.html",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def og(s: dict, site: str, when: datetime, locale: str) -> str:
    return (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{E(site)}">\n'
            f'<meta property="og:locale" content="{locale}">\n'
            f'<meta property="og:title" content="{E(s["title"])}">\n'
            f'<meta property="og:description" content="{E(s["summary"])}">\n'
            f'<meta property="article:published_time" content="{when.isoformat()}">\n'
            f'<meta property="article:section" content="{E(s.get("section", ""))}">\n'
            f'<meta name="twitter:card" content="summary_large_image">\n')


def body_html(s: dict, cls: str = "") -> str:
    out = []
    for p in paras(s["body"]):
        if p.startswith("## "):
            out.append(f"<h2{cls}>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    return "\n".join(out)


def links(items: list[tuple[str, str]], li_cls: str = "") -> str:
    c = f' class="{li_cls}"' if li_cls else ""
    return "\n".join(f'<li{c}><a href="{E(h)}">{E(t)}</a></li>' for t, h in items)


# --------------------------------------------------------------------------- outlets

SKERRY_POOL = [
    ("Bank of Japan keeps rates on hold, flags yen risks", "/markets/japan/boj-holds-rates/"),
    ("South Korea, Japan defence chiefs meet in Seoul", "/world/asia-pacific/korea-japan-defence-talks/"),
    ("Typhoon grounds hundreds of flights in southern Japan", "/world/asia-pacific/typhoon-flights-japan/"),
    ("Oil edges higher on supply worries", "/markets/commodities/oil-edges-higher/"),
    ("Russia's Pacific Fleet holds drills in Sea of Japan", "/world/europe/russia-pacific-fleet-drills/"),
    ("China's exports beat forecasts as shipments to Asia rise", "/markets/asia/china-exports-beat/"),
    ("Hokkaido scallop exporters look beyond China", "/business/hokkaido-scallop-exporters/"),
    ("Japan's upper house passes defence procurement bill", "/world/asia-pacific/japan-defence-bill/"),
    ("G7 foreign ministers vow to keep pressure on Moscow", "/world/g7-ministers-moscow/"),
    ("Nikkei slips as exporters weigh on index", "/markets/asia/nikkei-slips-exporters/"),
]

HARWICK_POOL = [
    ("The fishing town that lives by the border", "/asia/2023/oct/nemuro-fishing-border"),
    ("Letter from Sapporo: snow, tourists and a shortage of workers", "/asia/2024/jan/letter-from-sapporo"),
    ("Japan's rice prices: why the staple got so expensive", "/asia/2025/mar/japan-rice-prices"),
    ("Inside the race to save Hokkaido's sea ice", "/environment/hokkaido-sea-ice"),
    ("Kishida's successor faces an in-tray of crises", "/asia/japan-pm-in-tray"),
    ("Vladivostok's Asian pivot, seen from the harbour", "/world/vladivostok-asian-pivot"),
    ("Seoul and Tokyo: a thaw with limits", "/asia/seoul-tokyo-thaw"),
    ("Why Japan is building more ships than ever", "/asia/japan-shipbuilding"),
]
HARWICK_MOST = [
    "Heatwave warnings issued for half of England",
    "Review: a quiet triumph at the National Theatre",
    "The best walking routes in the Lake District",
    "Premier League: five things we learned this weekend",
    "Interest rates: what a cut would mean for your mortgage",
    "The recipe everyone is making this month",
]

LINDQVIST_POOL = [
    ("Japan's northern flank: a primer", "/briefs/japan-northern-flank"),
    ("How Moscow reads Tokyo", "/analysis/how-moscow-reads-tokyo"),
    ("The Sea of Okhotsk as a strategic bastion", "/analysis/okhotsk-bastion"),
    ("Beijing, Tokyo and the limits of summitry", "/analysis/beijing-tokyo-summitry"),
    ("Hokkaido's economy after the sanctions", "/briefs/hokkaido-economy-sanctions"),
    ("What G7 sanctions have and have not done", "/analysis/g7-sanctions-scorecard"),
    ("Seoul's island diplomacy", "/analysis/seoul-island-diplomacy"),
]

FAIRLEAD_POOL = [
    ("Nemuro's kelp harvesters brace for uncertain season", "/hokkaido/nemuro-kelp-season"),
    ("Former islanders record testimonies for future generations", "/national/islanders-testimonies"),
    ("Hokkaido Shinkansen extension faces further delay", "/hokkaido/shinkansen-delay"),
    ("Tourism to eastern Hokkaido hits record", "/business/eastern-hokkaido-tourism"),
    ("Japan, Russia salmon talks: what is at stake", "/politics/salmon-talks-explainer"),
    ("Shiretoko tour boat operators tighten safety rules", "/hokkaido/shiretoko-safety"),
    ("Cabinet approval rating slips in latest poll", "/politics/cabinet-approval-poll"),
    ("Sapporo's winter Olympics bid: the long goodbye", "/national/sapporo-olympics-bid"),
]

LEDOKOL_POOL = [
    ("Во Владивостоке открылся Восточный экономический форум", "/economy/vef-open"),
    ("Минвостокразвития подвело итоги программы «Дальневосточный гектар»", "/society/dv-hectare"),
    ("На Камчатке началось извержение вулкана Шивелуч", "/society/shiveluch"),
    ("Путин провёл совещание по развитию Северного морского пути", "/politics/smp-meeting"),
    ("ЦБ сохранил ключевую ставку", "/economy/key-rate"),
    ("В Приморье ввели режим ЧС из-за паводка", "/society/primorye-flood"),
    ("Лавров провёл переговоры с министром иностранных дел КНДР", "/politics/lavrov-dprk"),
    ("Минобороны: ТОФ провёл учения в Японском море", "/politics/tof-drills"),
    ("Росрыболовство увеличило квоты на вылов минтая", "/economy/pollock-quota"),
]
LEDOKOL_FEED = [
    "В Москве ожидается похолодание до +5",
    "Курс юаня на Мосбирже снизился",
    "В Хабаровске открыли новый мост через Амур",
    "Сборная России по хоккею сыграет с Белоруссией",
    "Минздрав обновил рекомендации по вакцинации",
    "В Якутии зафиксирован рекордный мороз",
]

NERPA_POOL = [
    ("На Кунашире отремонтируют дорогу до аэропорта Менделеево", "/kurily/road-mendeleevo"),
    ("Паром «Игорь Фархутдинов» выйдет на линию после ремонта", "/kurily/ferry-farkhutdinov"),
    ("В Южно-Сахалинске выпал первый снег", "/yuzhno/first-snow"),
    ("Курильские школьники победили на олимпиаде по географии", "/kurily/geography-olympiad"),
    ("Цены на овощи на Курилах выросли на 12%", "/kurily/vegetable-prices"),
    ("На Итурупе открылся новый детский сад", "/kurily/iturup-kindergarten"),
    ("Сахалинские рыбаки начали лососевую путину", "/economy/salmon-season"),
    ("Авиарейсы на Курилы задерживаются из-за тумана", "/kurily/fog-flights"),
]
NERPA_COMMENTS = [
    ("Курильчанин", "Главное, чтобы дорогу нормальную сделали, остальное потом."),
    ("Марина_Ю", "Интересно, а нас кто-нибудь спросил?"),
    ("sakh_fisher", "Опять про японцев. У нас свет по расписанию, вот о чём писать надо."),
    ("Гость", "Хорошая новость, если честно."),
    ("Алексей К.", "Посмотрим, чем это закончится."),
    ("Старожил Шикотана", "Помню, как раньше приезжали. Люди как люди, нормально общались."),
]

SENKON_POOL = [
    ("根室・花咲港でサンマ初水揚げ　昨年並みの小型", "/news/nemuro/sanma-first-catch"),
    ("釧路湿原でタンチョウの越冬調査始まる", "/news/kushiro/tancho-survey"),
    ("元島民の語り部、中学生に体験伝える", "/news/hoppo/kataribe"),
    ("中標津空港、冬ダイヤで羽田便を増便", "/news/nakashibetsu/airport"),
    ("羅臼沖のホッケ漁、資源回復に兆し", "/news/rausu/hokke"),
    ("根室市長選、現職が出馬表明", "/news/nemuro/mayoral-election"),
    ("北方領土返還要求署名、今年も街頭で", "/news/hoppo/signature-campaign"),
    ("厚岸のカキ、今季は身入り良好", "/news/akkeshi/oysters"),
]

HINODE_POOL = [
    ("衆院予算委、防衛費めぐり論戦", "/politics/budget-committee"),
    ("日銀、金融政策の現状維持を決定", "/economy/boj-policy"),
    ("ウクライナ情勢　G7外相が声明", "/international/g7-ukraine"),
    ("北海道で記録的大雪　JR一部運休", "/society/hokkaido-snow"),
    ("日韓外相会談、シャトル外交継続で一致", "/politics/japan-korea-fm"),
    ("ロシア、極東で大規模演習", "/international/russia-far-east-drill"),
    ("台風、沖縄・奄美に接近へ", "/society/typhoon-okinawa"),
    ("中国、日本産水産物の輸入停止継続", "/international/china-seafood-ban"),
]
HINODE_RANK = [
    "大谷、今季第30号本塁打",
    "新NISA、口座数が1000万件突破",
    "東京都心で猛暑日　今年最多更新",
    "藤井七冠、防衛戦で白星発進",
    "コメ価格、5週ぶり下落",
]


def page_skerry(s: dict) -> str:
    site = "Skerry Point Wire"
    when = utc(s["published"])
    disp = f"{EN_MONTHS[when.month - 1]} {when.day}, {when.year} {when:%H:%M} GMT"
    rel = links(pick(SKERRY_POOL, s["id"], 4), "rel-item")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(s['title'])} | Skerry Point Wire</title>
<meta name="description" content="{E(s['summary'])}">
{og(s, site, when, 'en_US')}{ld_json(s, site, when, 'en')}
<link rel="stylesheet" href="/static/skerry/main.4f2a.css">
</head>
<body class="article-page">
<div class="consent" id="consent-banner" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content, measure audiences and improve our services. You can accept all cookies or manage your choices at any time.</p>
  <button type="button" data-consent="accept">Accept all</button>
  <button type="button" data-consent="manage">Manage choices</button>
</div>
<header class="site-header">
  <a class="brand" href="/">SKERRY POINT <span>WIRE</span></a>
  <nav class="primary-nav" aria-label="Sections">
    <ul>
      <li><a href="/world/">World</a></li>
      <li><a href="/world/asia-pacific/">Asia Pacific</a></li>
      <li><a href="/business/">Business</a></li>
      <li><a href="/markets/">Markets</a></li>
      <li><a href="/energy/">Energy</a></li>
      <li><a href="/investigations/">Investigations</a></li>
    </ul>
  </nav>
  <a class="signin" href="/account/sign-in">Sign in</a>
</header>
<main id="main">
<article class="story">
  <nav class="breadcrumb"><a href="/world/">World</a> / <a href="/world/asia-pacific/">{E(s.get('section', 'Asia Pacific'))}</a></nav>
  <h1 class="story-headline">{E(s['title'])}</h1>
  <div class="story-meta">
    <span class="byline">By {E(s.get('byline', 'Skerry Point staff'))}</span>
    <time datetime="{when.isoformat()}">{disp}</time>
    <span class="readtime">{max(2, len(s['body'].split()) // 200)} minute read</span>
  </div>
  <ul class="share-tools"><li><a href="#">Share on X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li><li><a href="#">Copy link</a></li></ul>
  <div class="story-body">
{body_html(s)}
  </div>
  <p class="standards"><a href="/about/trust-principles/">Our Standards: The Skerry Point Trust Principles.</a></p>
  <p class="licensing"><a href="/licensing/">Purchase licensing rights</a></p>
</article>
<aside class="read-next">
  <h2>Read next</h2>
  <ul>
{rel}
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about/">About Skerry Point</a></li><li><a href="/careers/">Careers</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookie settings</a></li><li><a href="/terms/">Terms of use</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {when.year} Skerry Point Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page_harwick(s: dict) -> str:
    site = "The Harwick Mercury"
    when = utc(s["published"])
    wd = when.strftime("%A")
    disp = f"{wd} {when.day} {EN_MONTHS[when.month - 1]} {when.year} {when:%H.%M} GMT"
    rel = links(pick(HARWICK_POOL, s["id"], 3))
    most = "\n".join(f"<li><a href=\"/most-viewed/{i}\">{E(t)}</a></li>"
                     for i, t in enumerate(pick(HARWICK_MOST, s["id"], 4), 1))
    comments = ""
    if s.get("comments"):
        items = "\n".join(f'<li class="comment"><span class="handle">{E(u)}</span><p>{E(c)}</p></li>'
                          for u, c in s["comments"])
        comments = f"""<section class="comments" id="comments">
  <h2>Comments ({len(s['comments'])})</h2>
  <p class="comments-note">Comments on this piece are premoderated to ensure discussion remains on topics raised by the article.</p>
  <ol>
{items}
  </ol>
</section>"""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(s['title'])} | Asia | The Harwick Mercury</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{E(s.get('dek', s['summary']))}">
{og(s, site, when, 'en_GB')}<meta name="author" content="{E(s.get('byline', ''))}">
</head>
<body>
<div id="cmp" class="cmp-overlay">
  <h2>Your privacy</h2>
  <p>We use cookies and similar technologies to give you a better experience, to show you relevant advertising and to understand how our site is used. Select "Yes, I'm happy" to agree, or "Options" to see your choices.</p>
  <button>Yes, I'm happy</button> <button>Options</button>
</div>
<div class="support-banner">Support independent journalism. <a href="/contribute">Contribute from just £1</a></div>
<header class="masthead">
  <a href="/" class="logo">The Harwick Mercury</a>
  <nav><a href="/uk">UK</a> <a href="/world">World</a> <a href="/asia" class="current">Asia</a> <a href="/business">Business</a> <a href="/environment">Environment</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a></nav>
</header>
<div class="content">
<main>
  <p class="section-label"><a href="/asia">Asia</a> &rsaquo; <a href="/asia/japan">Japan</a></p>
  <h1>{E(s['title'])}</h1>
  <p class="standfirst">{E(s.get('dek', s['summary']))}</p>
  <p class="byline">{E(s.get('byline', 'Asia desk'))}<br><span class="dateline">{disp}</span></p>
  <div class="share">Share <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
  <div class="article-body">
{body_html(s)}
  </div>
  <p class="tags">Topics: <a href="/asia/japan">Japan</a> · <a href="/world/russia">Russia</a> · <a href="/world/asia-pacific">Asia Pacific</a></p>
  <aside class="more-on">
    <h2>More on this story</h2>
    <ul>
{rel}
    </ul>
  </aside>
  {comments}
</main>
<aside class="most-viewed">
  <h2>Most viewed</h2>
  <ol>
{most}
  </ol>
</aside>
</div>
<footer>
  <p><a href="/help">Help</a> · <a href="/complaints">Complaints &amp; corrections</a> · <a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie policy</a> · <a href="/newsletters">Newsletters</a></p>
  <p>&copy; {when.year} Harwick Mercury News &amp; Media Limited or its affiliated companies. All rights reserved.</p>
</footer>
</body>
</html>
"""


def page_lindqvist(s: dict) -> str:
    # no metadata at all: only a <title>
    when = utc(s["published"])
    disp = f"{when.day} {EN_MONTHS[when.month - 1]} {when.year}"
    rel = links(pick(LINDQVIST_POOL, s["id"], 3))
    bio = s.get("bio", "The Lindqvist Asia Review publishes analysis by its editorial team and "
                       "invited contributors. Views are the authors' own.")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(s['title'])} — Lindqvist Asia Review</title>
<link rel="stylesheet" href="/assets/lar.css">
</head>
<body>
<div class="cookie-notice">This site uses cookies for analytics. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <a href="#" class="dismiss">OK</a></div>
<div class="topbar"><a href="/">Lindqvist Asia Review</a> <span class="tagline">Independent analysis of Asian affairs since 2011</span></div>
<div class="menu"><a href="/analysis">Analysis</a> | <a href="/briefs">Briefs</a> | <a href="/podcast">Podcast</a> | <a href="/events">Events</a> | <a href="/about">About</a> | <a href="/subscribe">Subscribe</a></div>
<div class="post">
  <div class="post-type">{E(s.get('section', 'Analysis'))}</div>
  <h1>{E(s['title'])}</h1>
  <div class="post-info">{E(s.get('byline', 'Editorial team'))} &middot; Published {disp}</div>
{body_html(s)}
  <div class="author-box">{E(bio)}</div>
  <div class="newsletter">
    <h3>The Monday Brief</h3>
    <p>One email a week on the politics and security of East Asia. Free.</p>
    <form action="/newsletter" method="post"><input type="email" name="email" placeholder="Email address"> <button>Sign up</button></form>
  </div>
  <div class="further">
    <h3>Further reading</h3>
    <ul>
{rel}
    </ul>
  </div>
</div>
<div class="foot">Lindqvist Asia Review is a reader-funded publication. <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/republishing">Republishing guidelines</a><br>&copy; {when.year} Lindqvist Asia Review</div>
</body>
</html>
"""


def page_fairlead(s: dict) -> str:
    site = "Fairlead Japan Report"
    when = local(utc(s["published"]), 9)
    disp = f"{EN_MON[when.month - 1]}. {when.day}, {when.year} {when:%H:%M} JST".replace("May.", "May")
    rel = links(pick(FAIRLEAD_POOL, s["id"], 4))
    tags = " ".join(f'<a class="tag" href="/tags/{E(t.lower().replace(" ", "-"))}">{E(t)}</a>'
                    for t in s.get("tags", ["Japan", "Russia"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(s['title'])} - Fairlead Japan Report</title>
<meta name="description" content="{E(s['summary'])}">
{og(s, site, when, 'en_US')}{ld_json(s, site, when, 'en')}
</head>
<body>
<div class="gdpr" id="gdpr">
  <p>This website uses cookies to enhance user experience and to analyze performance and traffic. <a href="/privacy">Privacy Policy</a></p>
  <button class="gdpr-accept">Accept</button><button class="gdpr-reject">Reject non-essential</button>
</div>
<header>
  <div class="top"><a href="/" class="logo">FAIRLEAD <small>JAPAN REPORT</small></a> <a href="/subscribe" class="cta">Subscribe</a> <a href="/login">Log in</a></div>
  <nav class="sections"><a href="/national">National</a><a href="/politics">Politics</a><a href="/hokkaido">Hokkaido</a><a href="/business">Business</a><a href="/asia-pacific">Asia Pacific</a><a href="/opinion">Opinion</a><a href="/life">Life</a></nav>
</header>
<main class="article">
  <p class="category">{E(s.get('section', 'Politics'))}</p>
  <h1>{E(s['title'])}</h1>
  <p class="meta"><span class="author">{E(s.get('byline', 'Fairlead staff'))}</span> <time datetime="{when.isoformat()}">{disp}</time></p>
  <div class="sns"><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">Hatena</a></div>
  <section class="body">
{body_html(s)}
  </section>
  <p class="tags">{tags}</p>
  <section class="related">
    <h2>Related</h2>
    <ul>
{rel}
    </ul>
  </section>
</main>
<footer>
  <nav><a href="/about">About us</a> <a href="/advertise">Advertise</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></nav>
  <p>Copyright &copy; Fairlead Japan Report {when.year}</p>
</footer>
</body>
</html>
"""


def page_ledokol(s: dict) -> str:
    site = "ИА «Ледокол-Информ»"
    when = local(utc(s["published"]), 3)
    disp = f"{when.day} {RU_MONTHS[when.month - 1]} {when.year}, {when:%H:%M}"
    rel = links(pick(LEDOKOL_POOL, s["id"], 4))
    feed = "\n".join(f"<li><span class=\"t\">{(when - timedelta(minutes=7 * i)):%H:%M}</span> {E(t)}</li>"
                     for i, t in enumerate(pick(LEDOKOL_FEED, s["id"], 4), 1))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(s['title'])} — ИА «Ледокол-Информ»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(s['summary'])}">
{og(s, site, when, 'ru_RU')}{ld_json(s, site, when, 'ru')}
</head>
<body>
<div class="cookie-alert">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/legal/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="hdr">
  <a class="logo" href="/">ЛЕДОКОЛ<span>ИНФОРМ</span></a>
  <nav class="rubrics">
    <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/world">В мире</a> <a href="/fareast">Дальний Восток</a> <a href="/defense">Армия</a> <a href="/sport">Спорт</a>
  </nav>
  <div class="lang"><a href="/en">EN</a></div>
</header>
<div class="layout">
<main class="news-item">
  <div class="rubric">{E(s.get('section', 'Политика'))}</div>
  <h1>{E(s['title'])}</h1>
  <div class="date">{disp}</div>
  <div class="lead">{E(s['summary'])}</div>
  <div class="text">
{body_html(s)}
  </div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
  <div class="also">
    <h3>Читайте также</h3>
    <ul>
{rel}
    </ul>
  </div>
</main>
<aside class="lenta">
  <h3>Лента новостей</h3>
  <ul>
{feed}
  </ul>
</aside>
</div>
<footer class="ftr">
  <p>Сетевое издание «Ледокол-Информ». Свидетельство о регистрации СМИ Эл № ФС 77-81934. Учредитель — ООО «Ледокол Медиа». Главный редактор — Е. В. Сомова.</p>
  <p>При полном или частичном использовании материалов ссылка на ИА «Ледокол-Информ» обязательна. 18+</p>
  <p>&copy; 2012–{when.year} ИА «Ледокол-Информ»</p>
</footer>
</body>
</html>
"""


def page_nerpa(s: dict) -> str:
    site = "Нерпа-Медиа"
    when = local(utc(s["published"]), 11)
    disp = f"{when.day} {RU_MONTHS[when.month - 1]} {when.year} в {when:%H:%M}"
    rel = links(pick(NERPA_POOL, s["id"], 3))
    meta = og(s, site, when, "ru_RU") if s.get("meta", True) else ""
    comments = s.get("comments")
    if comments is None:
        comments = pick(NERPA_COMMENTS, s["id"] + "c", 2)
    com = "\n".join(f'<div class="cmt"><b>{E(u)}</b> <span class="cmt-date">{when.day:02d}.{when.month:02d}.{when.year}</span><p>{E(c)}</p></div>'
                    for u, c in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(s['title'])} | Нерпа-Медиа</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}</head>
<body>
<div class="cookies">На сайте используются cookie. <a href="/privacy">Подробнее</a> <span class="close">✕</span></div>
<header>
  <div class="bar"><span class="weather">Южно-Сахалинск {s.get('weather', '+4')}°</span> <span class="rates">USD 92,4 · EUR 99,8</span> <a href="https://t.me/" class="tg">Мы в Telegram</a></div>
  <a href="/" class="logo">НЕРПА<span>-МЕДИА</span></a>
  <nav><a href="/news">Новости</a> <a href="/yuzhno">Южно-Сахалинск</a> <a href="/kurily">Курилы</a> <a href="/regions">Районы</a> <a href="/economy">Экономика</a> <a href="/incidents">Происшествия</a> <a href="/weather">Погода</a></nav>
</header>
<main>
  <article>
    <div class="crumbs"><a href="/">Главная</a> / <a href="/{E(s.get('rubric_path', 'kurily'))}">{E(s.get('section', 'Курилы'))}</a></div>
    <h1>{E(s['title'])}</h1>
    <div class="info"><span class="date">{disp}</span> <span class="views">👁 {int(hashlib.md5(s['id'].encode()).hexdigest()[:3], 16) + 300}</span></div>
    <p class="lead"><b>{E(s['summary'])}</b></p>
{body_html(s)}
    <p class="author">{E(s.get('byline', 'Редакция «Нерпа-Медиа»'))}</p>
    <p class="subscribe">Подписывайтесь на «Нерпа-Медиа» в Telegram и VK — самые важные новости Сахалина и Курил.</p>
  </article>
  <section class="related">
    <h3>Ещё по теме</h3>
    <ul>
{rel}
    </ul>
  </section>
  <section class="comments">
    <h3>Комментарии ({len(comments)})</h3>
{com}
    <p class="rules">Комментарии публикуются после модерации. <a href="/rules">Правила</a></p>
  </section>
</main>
<footer>
  <p>«Нерпа-Медиа» — новости Сахалина и Курил. Сетевое издание зарегистрировано Роскомнадзором, Эл № ФС 77-84417. 16+</p>
  <p>Редакция: Южно-Сахалинск, ул. Комсомольская. <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a></p>
</footer>
</body>
</html>
"""


def page_senkon(s: dict) -> str:
    site = "釧根ウェーブ新聞"
    when = local(utc(s["published"]), 9)
    disp = f"{when.year}年{when.month}月{when.day}日 {when.hour}:{when.minute:02d}"
    rel = links(pick(SENKON_POOL, s["id"], 4))
    meta = og(s, site, when, "ja_JP") if s.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(s['title'])}｜釧根ウェーブ新聞 電子版</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}</head>
<body>
<div id="cookie-consent" class="cookie">当サイトでは、利便性の向上と利用状況の分析のためにクッキー（Cookie）を使用しています。サイトを閲覧いただく際には、クッキーの使用に同意いただいたものとみなします。<a href="/policy/cookie">詳しくはこちら</a> <button>同意する</button></div>
<header class="g-header">
  <a class="logo" href="/">釧根ウェーブ新聞<small>電子版</small></a>
  <div class="member"><a href="/member/register">会員登録</a> <a href="/member/login">ログイン</a></div>
  <nav class="g-nav">
    <a href="/">トップ</a><a href="/news/nemuro">根室</a><a href="/news/kushiro">釧路</a><a href="/news/hoppo">北方領土</a><a href="/news/fishery">水産</a><a href="/news/economy">経済</a><a href="/sports">スポーツ</a><a href="/editorial">社説</a>
  </nav>
</header>
<main class="article-wrap">
  <p class="genre">{E(s.get('section', '北方領土'))}</p>
  <h1 class="headline">{E(s['title'])}</h1>
  <p class="pubdate">{disp}</p>
  <div class="sharebtn"><a href="#">Xでポスト</a><a href="#">シェア</a><a href="#">LINEで送る</a><a href="#">はてブ</a></div>
  <div class="article-body">
{body_html(s)}
  </div>
  <p class="notice">この記事の無断転載を禁じます。</p>
  <section class="related">
    <h2>関連記事</h2>
    <ul>
{rel}
    </ul>
  </section>
  <section class="banner">紙面ビューアーで本紙をそのまま読める！ <a href="/viewer">電子版のお申し込みはこちら</a></section>
</main>
<footer class="g-footer">
  <ul><li><a href="/company">会社案内</a></li><li><a href="/ad">広告掲載</a></li><li><a href="/privacy">個人情報の取り扱い</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
  <p>釧根ウェーブ新聞社 Copyright &copy; The Senkon Wave Shimbun. All Rights Reserved.</p>
</footer>
</body>
</html>
"""


def page_hinode(s: dict) -> str:
    site = "日ノ出通信"
    when = local(utc(s["published"]), 9)
    disp = f"{when.year}年{when.month}月{when.day}日（{JA_WD[when.weekday()]}）{when.hour}時{when.minute:02d}分"
    rel = links(pick(HINODE_POOL, s["id"], 4))
    rank = "\n".join(f"<li><span class=\"no\">{i}</span><a href=\"/ranking/{i}\">{E(t)}</a></li>"
                     for i, t in enumerate(pick(HINODE_RANK, s["id"], 5), 1))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(s['title'])} | 日ノ出通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(s['summary'])}">
{og(s, site, when, 'ja_JP')}{ld_json(s, site, when, 'ja')}
</head>
<body>
<div class="cmp">日ノ出通信ニュースは、サービス向上や広告配信のためにCookieを利用しています。詳細は<a href="/privacy/cookie">Cookieポリシー</a>をご覧ください。<button>OK</button></div>
<header>
  <div class="logo"><a href="/">日ノ出通信<span>NEWS</span></a></div>
  <nav class="cat"><a href="/">ホーム</a><a href="/politics">政治</a><a href="/economy">経済</a><a href="/international">国際</a><a href="/society">社会</a><a href="/sports">スポーツ</a><a href="/culture">文化・芸能</a><a href="/local">地域</a></nav>
</header>
<div class="container">
<main>
  <div class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/{E(s.get('cat_path', 'politics'))}">{E(s.get('section', '政治'))}</a></div>
  <h1>{E(s['title'])}</h1>
  <div class="date">{disp}</div>
  <div class="sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">リンクをコピー</a></div>
  <div class="article-text">
{body_html(s)}
  </div>
  <p class="copy">（日ノ出通信）</p>
  <div class="related">
    <h2>関連ニュース</h2>
    <ul>
{rel}
    </ul>
  </div>
</main>
<aside class="side">
  <h2>アクセスランキング</h2>
  <ol>
{rank}
  </ol>
</aside>
</div>
<footer>
  <p><a href="/about">日ノ出通信について</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/contact">お問い合わせ</a></p>
  <p>掲載記事・写真の無断転載を禁じます。Copyright &copy; Hinode News Service</p>
</footer>
</body>
</html>
"""


TEMPLATES = {
    "skerry-wire": page_skerry,
    "harwick-mercury": page_harwick,
    "lindqvist-asia": page_lindqvist,
    "fairlead-japan": page_fairlead,
    "ledokol-info": page_ledokol,
    "nerpa-media": page_nerpa,
    "senkon-wave": page_senkon,
    "hinode-news": page_hinode,
}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def yq(v) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(v, ensure_ascii=False)


def write_labels(stories: list[dict]) -> str:
    lines = [f"name: {NAME}", f"known_as_of: {KNOWN_AS_OF}", "feeds:"]
    for f in FEEDS:
        lines.append(f"  - {{id: {f['id']}, title: {yq(f['title'])}, format: {f['format']}, lang: {f['lang']}}}")
    lines.append("articles:")
    for s in stories:
        lines.append(f"  - id: {s['id']}")
        lines.append(f"    feed: {s['feed']}")
        lines.append(f"    lang: {s['lang']}")
        lines.append(f"    published: {s['published']}")
        lines.append(f"    title: {yq(s['title'])}")
        lines.append(f"    summary: {yq(s['summary'])}")
        lines.append(f"    label: {s['label']}")
        if s.get("group"):
            lines.append(f"    group: {s['group']}")
        if s.get("new_facts"):
            lines.append("    new_facts:")
            for nf in s["new_facts"]:
                lines.append(f"      - {yq(nf)}")
        if s.get("must_mention"):
            mm = ", ".join("[" + ", ".join(yq(w) for w in alt) + "]" for alt in s["must_mention"])
            lines.append(f"    must_mention: [{mm}]")
        lines.append(f"    note: {yq(s['note'])}")
    return "\n".join(lines) + "\n"


def check(stories: list[dict]) -> None:
    ids = [s["id"] for s in stories]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}
    for s in stories:
        assert s["feed"] in feeds, s["id"]
        assert feeds[s["feed"]]["lang"] == s["lang"], s["id"]
        assert utc(s["published"]) > datetime(2024, 2, 8, tzinfo=timezone.utc), s["id"]
        assert utc(s["published"]) < datetime(2027, 1, 1, tzinfo=timezone.utc), s["id"]
        alerting = s["label"] in ("new_development", "status_change")
        assert s["label"] in ("new_development", "status_change", "restatement", "off_topic", "neutral")
        assert bool(s.get("group")) == alerting, s["id"]
        assert bool(s.get("new_facts")) == alerting, s["id"]
        assert bool(s.get("must_mention")) == alerting, s["id"]
        assert s.get("note"), s["id"]
        for alt in s.get("must_mention") or []:
            for w in alt:
                assert w == w.lower(), (s["id"], w)
                text = (s["title"] + " " + s["summary"] + " " + s["body"]).lower()
                assert any(x in text for x in alt), (s["id"], alt)


def main() -> None:
    stories = sorted(EN + RU + JA, key=lambda s: (utc(s["published"]), s["id"]))
    check(stories)
    art = ROOT / "articles"
    art.mkdir(exist_ok=True)
    for old in art.glob("*.html"):
        old.unlink()
    for s in stories:
        (art / f"{s['id']}.html").write_text(TEMPLATES[s["feed"]](s), encoding="utf-8")
    (ROOT / "labels.yaml").write_text(write_labels(stories), encoding="utf-8")
    print(f"{len(stories)} articles written to {art.name}/, labels.yaml updated")


if __name__ == "__main__":
    main()
