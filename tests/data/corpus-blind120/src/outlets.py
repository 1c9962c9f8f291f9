# -*- coding: utf-8 -*-
"""Outlets of the blind120 corpus: feed metadata and one page template per outlet.

Two outlets (susuya-ru, akebono-ja) serve pages with no metadata at all: no Open Graph,
no article:published_time, no JSON-LD, no <time datetime>; the date is only in the
visible byline. The others carry different mixes of metadata.
"""

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "carrowmore-pa", "title": "Carrowmore Press Agency — World", "format": "rss", "lang": "en"},
    {"id": "quillmere-post", "title": "The Quillmere Post — World & Asia", "format": "atom", "lang": "en"},
    {"id": "varrow-news", "title": "Varrow Broadcasting News — International", "format": "rss", "lang": "en"},
    {"id": "vireo-np", "title": "Vireo North Pacific Journal", "format": "atom", "lang": "en"},
    {"id": "polosa-ru", "title": "ИА «Полоса» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "susuya-ru", "title": "«Сусуя» — ежедневная газета Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "yayoi-ja", "title": "弥生新聞デジタル 速報・ニュース", "format": "atom", "lang": "ja"},
    {"id": "akebono-ja", "title": "あけぼの新報 道東版 ニュース", "format": "rss", "lang": "ja"},
]

OUTLET_KIND = {
    "carrowmore-pa": "international wire service",
    "quillmere-post": "national daily (UK-style broadsheet)",
    "varrow-news": "broadcaster's news site",
    "vireo-np": "regional journal (Alaska / North Pacific)",
    "polosa-ru": "Russian news agency (wire)",
    "susuya-ru": "Sakhalin regional daily",
    "yayoi-ja": "Japanese national daily",
    "akebono-ja": "eastern Hokkaido regional daily",
}

NO_METADATA = {"susuya-ru", "akebono-ja"}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JA_WEEKDAYS = "月火水木金土日"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def e(text):
    return html.escape(text, quote=True)


def utc(art):
    return datetime.fromisoformat(art["published"].replace("Z", "+00:00"))


def local(art, hours):
    return utc(art).astimezone(timezone(timedelta(hours=hours)))


def body_html(art, p_class=None):
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for para in art["body"]:
        if para.startswith("## "):
            out.append(f"<h2>{e(para[3:])}</h2>")
        else:
            out.append(f"<p{cls}>{e(para)}</p>")
    return "\n".join(out)


def pick(seq, art, n):
    """Deterministic choice of n items from seq, varying by article id."""
    k = sum(ord(c) for c in art["id"])
    return [seq[(k + i * 3) % len(seq)] for i in range(n)]


def jsonld(art, publisher, section, author=None):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "description": art["summary"],
        "datePublished": utc(art).isoformat(),
        "dateModified": utc(art).isoformat(),
        "inLanguage": art["lang"],
        "articleSection": section,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def share_links(labels):
    return "".join(f'<a class="share share-{i}" href="#" rel="nofollow">{e(l)}</a>'
                   for i, l in enumerate(labels))


# --------------------------------------------------------------------------- Carrowmore

CARROWMORE_RELATED = [
    ("Explainer: What are the Kuril Islands and why do Japan and Russia dispute them?", "/world/asia-pacific/explainer-kuril-islands-dispute-2022-03-22/"),
    ("Japan's sanctions on Russia: a timeline", "/world/asia-pacific/japan-russia-sanctions-timeline/"),
    ("Factbox: Russia's military build-up in the Far East", "/world/factbox-russia-far-east-forces/"),
    ("Oil prices edge up as traders weigh supply outlook", "/markets/commodities/oil-prices-edge-up/"),
    ("China's exports beat forecasts in latest month", "/markets/asia/china-exports-beat-forecasts/"),
    ("Tokyo stocks close higher on exporters", "/markets/japan/tokyo-stocks-close-higher/"),
    ("Analysis: Moscow's pivot to Asia, two years on", "/world/europe/analysis-moscow-pivot-asia/"),
]


def render_carrowmore(art, feed):
    t = utc(art)
    shown = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} UTC"
    section = "World" if "Trade" not in art["tags"] else "Markets"
    related = "".join(f'<li><a href="{href}">{e(title)}</a></li>' for title, href in pick(CARROWMORE_RELATED, art, 4))
    tags = "".join(f'<a class="tag" href="/tag/{e(x.lower().replace(" ", "-"))}/">{e(x)}</a>' for x in art["tags"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art['title'])} | Carrowmore</title>
<meta name="description" content="{e(art['summary'])}">
<meta property="og:site_name" content="Carrowmore Press Agency">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art['title'])}">
<meta property="og:description" content="{e(art['summary'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="/articles/{art['id']}.html">
{jsonld(art, "Carrowmore Press Agency", section, art['byline'])}
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0;color:#222}}header{{background:#1d1d1b;color:#fff;padding:10px 24px}}
nav a{{color:#ddd;margin-right:14px;text-decoration:none}}main{{max-width:760px;margin:24px auto;padding:0 16px}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#f2f2f2;padding:12px;border-top:1px solid #ccc;font-size:13px}}</style>
</head>
<body>
<div class="cookie" id="consent">We use cookies and similar technologies to personalise content and ads and to analyse our traffic.
<a href="/privacy/">Privacy statement</a> <button>Accept all</button> <button>Manage choices</button></div>
<header>
<a class="logo" href="/">CARROWMORE</a>
<nav><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/energy/">Energy</a>
<a href="/legal/">Legal</a><a href="/breakingviews/">Commentary</a><a href="/pictures/">Pictures</a><a href="/video/">Video</a></nav>
<form class="search" action="/search/"><input type="search" name="q" placeholder="Search"></form>
<a class="signin" href="/account/sign-in/">Sign in</a> <a class="register" href="/account/register/">Register</a>
</header>
<main>
<div class="breadcrumb"><a href="/world/">World</a> › <a href="/world/asia-pacific/">Asia Pacific</a></div>
<article>
<h1>{e(art['title'])}</h1>
<div class="byline">By {e(art['byline'])} · <span class="date">{shown}</span> · Updated {shown}</div>
<div class="share">{share_links(["Share on X", "Share on Facebook", "Share on LinkedIn", "Email", "Copy link"])}</div>
<div class="article-body">
{body_html(art)}
</div>
<p class="standards"><a href="/trust-principles/">Our Standards: The Carrowmore Trust Principles.</a></p>
<div class="tags">{tags}</div>
<p class="licensing"><a href="/licensing/">Purchase Licensing Rights</a></p>
</article>
<aside class="related"><h3>Read Next</h3><ul>{related}</ul></aside>
</main>
<footer>
<nav><a href="/about/">About Carrowmore</a> · <a href="/careers/">Careers</a> · <a href="/contact/">Contact us</a> ·
<a href="/privacy/">Privacy</a> · <a href="/terms/">Terms of use</a> · <a href="/accessibility/">Accessibility</a></nav>
<p>All quotes delayed a minimum of 15 minutes. © 2027 Carrowmore Press Agency. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Quillmere

QUILLMERE_MOST_READ = [
    "The quiet villages where nobody retires any more",
    "Interest rates: what the latest decision means for your mortgage",
    "Letters: The island people we forget",
    "Sketch: a long afternoon in the Commons",
    "Review: a new staging of The Cherry Orchard",
    "Weather: cold snap to bring snow to the north",
    "Obituary: the diplomat who never stopped writing",
]

QUILLMERE_COMMENTS = [
    ("harbourlight", "Good to see this covered at all. Most outlets ignore the far north Pacific entirely."),
    ("J. Pennick", "The map in the print edition was wrong, by the way — Shikotan is not that big."),
    ("old_salt_77", "Nothing will move on this while the war goes on. Everyone knows it."),
    ("Fenwick", "Interesting piece, thank you."),
    ("marisol.t", "Would like to read more from the correspondents on the ground."),
]


def render_quillmere(art, feed):
    t = utc(art)
    shown = f"{t.strftime('%a')} {t.day} {EN_MONTHS[t.month - 1]} {t.year} {t.strftime('%H.%M')} GMT"
    most = "".join(f"<li>{e(x)}</li>" for x in pick(QUILLMERE_MOST_READ, art, 5))
    n_comments = 3 + sum(ord(c) for c in art["id"]) % 40
    comments = "".join(f'<div class="comment"><b>{e(u)}</b><p>{e(c)}</p></div>'
                       for u, c in pick(QUILLMERE_COMMENTS, art, 2))
    dek = f'<p class="standfirst">{e(art["dek"])}</p>' if art.get("dek") else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(art['title'])} | World news | The Quillmere Post</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{e(art['title'])}">
<meta property="og:description" content="{e(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Quillmere Post">
<meta name="author" content="{e(art['byline'])}">
{jsonld(art, "The Quillmere Post", "World news", art['byline'])}
<link rel="stylesheet" href="/static/css/qp-main.css">
</head>
<body class="article">
<div id="cmp" class="consent-banner" role="dialog"><h2>Your privacy</h2>
<p>We and our partners use cookies to give you the best experience, to measure audiences and to show you relevant advertising. You can change your mind at any time.</p>
<button class="cmp-accept">Yes, I’m happy</button> <button class="cmp-options">Manage my cookies</button></div>
<div class="support-banner">Support independent journalism — <a href="/subscribe/">subscribe from £1 a week</a></div>
<header class="masthead"><a href="/"><span class="logo">The Quillmere Post</span></a>
<nav class="pillars"><a href="/news/">News</a><a href="/opinion/">Opinion</a><a href="/sport/">Sport</a><a href="/culture/">Culture</a><a href="/lifestyle/">Lifestyle</a></nav>
<nav class="subnav"><a href="/world/">World</a><a href="/uk-news/">UK</a><a href="/world/asia-pacific/">Asia Pacific</a><a href="/world/europe-news/">Europe</a><a href="/business/">Business</a><a href="/environment/">Environment</a></nav>
</header>
<main>
<article>
<div class="kicker"><a href="/world/asia-pacific/">Asia Pacific</a></div>
<h1 class="headline">{e(art['title'])}</h1>
{dek}
<div class="meta"><address>{e(art['byline'])}</address>
<time datetime="{t.isoformat()}">{shown}</time></div>
<div class="share-bar">{share_links(["Facebook", "X", "WhatsApp", "Email"])}</div>
<div class="content">
{body_html(art, "para")}
</div>
<div class="article-end"><p>Explore more on these topics: {", ".join(e(x) for x in art['tags'])}</p>
<p><a href="/help/corrections/">Reuse this content</a></p></div>
</article>
<section class="comments"><h2>Comments ({n_comments})</h2>
<p class="comments-note">Comments on this piece are premoderated to ensure discussion remains on the topics raised.</p>
{comments}
<a href="/discussion/">View all comments ›</a></section>
<aside class="most-viewed"><h2>Most viewed</h2><ol>{most}</ol></aside>
</main>
<footer><ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact us</a></li><li><a href="/complaints/">Complaints &amp; corrections</a></li>
<li><a href="/privacy/">Privacy policy</a></li><li><a href="/cookies/">Cookie policy</a></li><li><a href="/tips/">Securely share a story</a></li></ul>
<p>© 2027 Quillmere Post Media Group. All rights reserved.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Varrow

VARROW_MORE = [
    "Watch: what life is like near Japan's northernmost cape",
    "Japan profile - timeline",
    "Russia profile - timeline",
    "Why are Japan and Russia still technically at war?",
    "Asia's biggest stories this week",
    "Listen: The Asia Briefing podcast",
]


def render_varrow(art, feed):
    t = utc(art)
    shown = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    more = "".join(f'<li><a href="/news/world-asia-{i}">{e(x)}</a></li>' for i, x in enumerate(pick(VARROW_MORE, art, 3)))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(art['title'])} - Varrow News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(art['summary'])}">
<meta property="og:title" content="{e(art['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{e(art['summary'])}">
<meta property="og:site_name" content="Varrow News">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:author" content="Varrow News">
</head>
<body>
<div class="cookie-prompt"><p>Let us know you agree to cookies. We use cookies to give you the best online experience.
Please let us know if you agree to all of these cookies.</p><a href="#" class="agree">Yes, I agree</a> <a href="/usingthewebsite/cookies/">No, take me to settings</a></div>
<header class="vbn-header"><a href="/" class="brand">VARROW</a>
<nav><a href="/">Home</a><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/weather/">Weather</a><a href="/iplayer/">Watch</a><a href="/sounds/">Listen</a></nav>
<nav class="news-nav"><a href="/news/">Home</a><a href="/news/world/">World</a><a href="/news/world/asia/">Asia</a><a href="/news/business/">Business</a><a href="/news/technology/">Tech</a><a href="/news/science/">Science</a><a href="/news/live/">Live</a></nav>
</header>
<main id="main-content">
<article>
<header><h1 id="main-heading">{e(art['title'])}</h1>
<div class="byline"><span class="contributor">{e(art['byline'])}</span></div>
<div class="timestamp"><time datetime="{t.isoformat()}">{shown}</time></div>
<div class="share-tools">{share_links(["Share", "Save"])}</div>
</header>
<div class="text-block">
{body_html(art)}
</div>
<section class="more-on-story"><h2>More on this story</h2><ul>{more}</ul></section>
<section class="related-topics"><h2>Related Topics</h2>{" ".join(f'<a href="/news/topics/{e(x.lower())}">{e(x)}</a>' for x in art['tags'])}</section>
</article>
<aside class="top-stories"><h2>Top Stories</h2><ul><li>Live: follow the latest from Westminster</li><li>Markets steady ahead of central bank meeting</li><li>Storm warnings issued for coastal areas</li></ul></aside>
</main>
<footer><p>Varrow Broadcasting. <a href="/terms/">Terms of Use</a> · <a href="/aboutthevarrow/">About the Varrow</a> · <a href="/privacy/">Privacy Policy</a> · <a href="/cookies/">Cookies</a> · <a href="/accessibility/">Accessibility Help</a> · <a href="/contact/">Contact the Varrow</a></p>
<p>Copyright © 2027 Varrow. The Varrow is not responsible for the content of external sites.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Vireo

VIREO_RELATED = [
    "Bering Sea crab: what the latest survey says",
    "Dutch Harbor braces for a thin pollock B season",
    "Sakhalin's oil and gas: who is still buying",
    "Northern Sea Route traffic, by the numbers",
    "Kamchatka volcano watch: ash advisories for trans-Pacific flights",
    "Hokkaido's fishing towns and the war next door",
]


def render_vireo(art, feed):
    t = utc(art)
    shown = f"{EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year}"
    related = "".join(f"<li><a href=\"/stories/{i + 100}\">{e(x)}</a></li>" for i, x in enumerate(pick(VIREO_RELATED, art, 3)))
    dek = f'<p class="dek">{e(art["dek"])}</p>' if art.get("dek") else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art['title'])} — Vireo North Pacific Journal</title>
{jsonld(art, "Vireo North Pacific Journal", art['tags'][0], art['byline'])}
</head>
<body>
<div class="gdpr">This site uses cookies for analytics and to remember your preferences. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header class="site-header">
<div class="brand"><a href="/">Vireo</a> <span>North Pacific Journal</span></div>
<nav><a href="/section/alaska">Alaska</a><a href="/section/russian-far-east">Russian Far East</a><a href="/section/japan">Japan</a>
<a href="/section/fisheries">Fisheries</a><a href="/section/energy">Energy &amp; Shipping</a><a href="/section/climate">Climate</a><a href="/newsletter">Newsletter</a><a href="/donate" class="donate">Donate</a></nav>
</header>
<main>
<article class="story">
<h1>{e(art['title'])}</h1>
{dek}
<p class="byline">By {e(art['byline'])} | {shown}</p>
{body_html(art)}
<div class="newsletter-box"><h3>Get The Northern Line</h3><p>Our free weekly briefing on the North Pacific, every Friday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<p class="republish"><a href="/republish">Republish this story</a> under Creative Commons with attribution.</p>
</article>
<aside><h3>Related</h3><ul>{related}</ul></aside>
</main>
<footer><p>Vireo is a nonprofit newsroom covering Alaska and the North Pacific. <a href="/about">About</a> · <a href="/ethics">Ethics policy</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p>
<p>© 2027 Vireo Media Collaborative</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Polosa

POLOSA_ALSO = [
    "Курс рубля: итоги торгов на Мосбирже",
    "В Приморье ввели режим ЧС из-за паводка",
    "Правительство продлило льготную ипотеку для Дальнего Востока",
    "Сахалинские энергетики подготовили сети к зиме",
    "В Хабаровске открылся новый мост через Амур",
    "Росрыболовство подвело итоги лососёвой путины",
    "МИД России: ответ на новые санкции не заставит себя ждать",
]


def render_polosa(art, feed):
    t = local(art, 3)
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    also = "".join(f'<li><a href="/news/{2024000 + i * 17}">{e(x)}</a></li>' for i, x in enumerate(pick(POLOSA_ALSO, art, 4)))
    tags = " ".join(f'<a href="/tags/{i}">{e(x)}</a>' for i, x in enumerate(art["tags"]))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art['title'])} — ИА «Полоса»</title>
<meta name="description" content="{e(art['summary'])}">
<meta property="og:title" content="{e(art['title'])}">
<meta property="og:description" content="{e(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="ИА «Полоса»">
<meta property="article:published_time" content="{utc(art).isoformat()}">
<link rel="canonical" href="/articles/{art['id']}.html">
</head>
<body>
<div class="cookies-bar">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies/">политикой использования cookie</a>. <button>Понятно</button></div>
<header>
<a class="logo" href="/">ПОЛОСА</a>
<nav><a href="/politics/">Политика</a><a href="/economy/">Экономика</a><a href="/society/">Общество</a><a href="/regions/">Регионы</a>
<a href="/world/">В мире</a><a href="/incidents/">Происшествия</a><a href="/sport/">Спорт</a><a href="/culture/">Культура</a></nav>
<div class="header-right"><a href="/subscribe/">Подписаться</a> <a href="/en/">EN</a></div>
</header>
<main>
<article>
<div class="rubric"><a href="/politics/">Политика</a></div>
<time datetime="{t.isoformat()}">{shown}</time>
<h1>{e(art['title'])}</h1>
<div class="lead">{e(art['summary'])}</div>
<div class="text">
{body_html(art)}
</div>
<div class="author">Автор: {e(art['byline'])}</div>
<div class="tags">Теги: {tags}</div>
<div class="share">Поделиться: {share_links(["ВКонтакте", "Telegram", "Одноклассники", "WhatsApp"])}</div>
<p class="disclaimer">При полном или частичном использовании материалов ссылка на ИА «Полоса» обязательна.</p>
</article>
<aside class="read-also"><h3>Читайте также</h3><ul>{also}</ul></aside>
</main>
<footer>
<p>© ИА «Полоса», 2012–2027. Сетевое издание зарегистрировано Роскомнадзором, свидетельство ИА № ФС 77-00000. 18+</p>
<p><a href="/about/">О проекте</a> · <a href="/contacts/">Контакты</a> · <a href="/ads/">Реклама</a> · <a href="/privacy/">Политика конфиденциальности</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Susuya (no metadata)

SUSUYA_OTHER = [
    "В Корсакове отремонтируют набережную",
    "Сахалинские школьники вернулись с олимпиады с медалями",
    "Расписание пригородных поездов изменится с понедельника",
    "Аэропорт Южно-Сахалинска: новые рейсы зимнего сезона",
    "В Холмске прошёл фестиваль корюшки",
    "Цены на бензин на Сахалине: что изменилось за месяц",
]


def render_susuya(art, feed):
    t = local(art, 11)
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year} г., {t.strftime('%H:%M')}"
    other = "".join(f'<li><a href="/material/{5100 + i}">{e(x)}</a></li>' for i, x in enumerate(pick(SUSUYA_OTHER, art, 4)))
    dek = f'<div class="podrubrika">{e(art["dek"])}</div>' if art.get("dek") else ""
    views = 300 + sum(ord(c) for c in art["id"]) * 7 % 2900
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art['title'])} | Сусуя</title>
<link rel="stylesheet" href="/css/susuya.css">
</head>
<body>
<div id="cookie-note">Сайт использует cookie и сервисы веб-аналитики. <a href="/cookie">Подробнее</a> <span class="close">×</span></div>
<div class="topline">Южно-Сахалинск · Корсаков · Курилы · <a href="/archive">Архив номеров</a> · <a href="/pdf">Газета в PDF</a></div>
<header class="susuya-head">
<a href="/" class="logo">СУСУЯ</a><span class="tagline">ежедневная газета Сахалина и Курил с 1991 года</span>
<ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/fish">Рыба</a></li><li><a href="/transport">Транспорт</a></li>
<li><a href="/vlast">Власть</a></li><li><a href="/obshestvo">Общество</a></li><li><a href="/sport">Спорт</a></li><li><a href="/afisha">Афиша</a></li></ul>
</header>
<div class="content-wrap">
<div class="material">
{dek}
<h1>{e(art['title'])}</h1>
<div class="info"><span class="author">{e(art['byline'])}</span> <span class="dt">{shown}</span> <span class="views">Просмотров: {views}</span></div>
<div class="material-text">
{body_html(art)}
</div>
<div class="soc">Поделиться: {share_links(["VK", "OK", "TG"])}</div>
<div class="error-note">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.</div>
<div class="comments-block"><h4>Комментарии</h4><p>Комментариев пока нет. <a href="/login">Войдите</a>, чтобы оставить комментарий.</p></div>
</div>
<div class="sidebar"><h4>Другие материалы рубрики</h4><ul>{other}</ul>
<div class="banner">Подписка на «Сусую» — 2027: во всех отделениях Почты России</div></div>
</div>
<footer class="foot">
<p>Газета «Сусуя». Учредитель — ООО «Редакция газеты «Сусуя». Адрес редакции: г. Южно-Сахалинск.</p>
<p>Перепечатка материалов — только с письменного согласия редакции. 16+</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Yayoi

YAYOI_RELATED = [
    "北方領土問題とは　経緯と日ロの主張",
    "対ロ制裁、これまでの経緯",
    "日ロ関係　侵攻後の主な出来事",
    "円相場、一時1ドル＝150円台",
    "春闘、中小企業の賃上げ率は",
    "北海道の漁業、サンマ不漁続く",
    "衆院予算委員会の論戦から",
]


def render_yayoi(art, feed):
    t = local(art, 9)
    shown = f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"
    related = "".join(f'<li><a href="/news/ASX{7000 + i * 11}.html">{e(x)}</a></li>' for i, x in enumerate(pick(YAYOI_RELATED, art, 4)))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art['title'])}：弥生新聞デジタル</title>
<meta name="description" content="{e(art['summary'])}">
<meta property="og:title" content="{e(art['title'])}">
<meta property="og:description" content="{e(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="弥生新聞デジタル">
{jsonld(art, "弥生新聞社", art['tags'][0])}
</head>
<body>
<div class="cookie-consent">当サイトでは、サービス向上や広告配信のためにクッキー（Cookie）を使用しています。詳しくは<a href="/policy/cookie/">クッキーポリシー</a>をご覧ください。<button>同意する</button></div>
<header>
<div class="logo"><a href="/">弥生新聞デジタル</a></div>
<nav><a href="/">トップ</a><a href="/news/flash/">速報</a><a href="/politics/">政治</a><a href="/international/">国際</a><a href="/business/">経済</a>
<a href="/national/">社会</a><a href="/hokkaido/">北海道</a><a href="/sports/">スポーツ</a><a href="/opinion/">オピニオン</a></nav>
<div class="member"><a href="/login/">ログイン</a> <a href="/subscribe/">有料会員登録</a></div>
</header>
<main>
<article>
<h1>{e(art['title'])}</h1>
<div class="article-meta"><span class="writer">{e(art['byline'])}</span> <span class="date">{shown}</span></div>
<div class="sns">{share_links(["X（旧ツイッター）", "フェイスブック", "はてなブックマーク", "LINE"])}</div>
<div class="article-body">
{body_html(art)}
</div>
<div class="paywall-note">この記事は有料記事です。残り0文字。有料会員になると続きをお読みいただけます。<a href="/subscribe/">初月無料で読む</a></div>
<div class="keywords">キーワード：{"、".join(e(x) for x in art['tags'])}</div>
</article>
<aside class="related"><h2>関連ニュース</h2><ul>{related}</ul></aside>
<aside class="ranking"><h2>アクセスランキング</h2><ol><li>大雪で交通乱れ　新千歳空港で欠航相次ぐ</li><li>物価高、家計への影響は</li><li>プロ野球、開幕カード決まる</li></ol></aside>
</main>
<footer><p><a href="/company/">弥生新聞社について</a>｜<a href="/policy/">個人情報の取り扱い</a>｜<a href="/terms/">利用規約</a>｜<a href="/contact/">お問い合わせ</a></p>
<p>Copyright © 弥生新聞社 All rights reserved. 無断転載を禁じます。</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Akebono (no metadata)

AKEBONO_LIST = [
    "根室港でサンマ初水揚げ　昨年上回る",
    "中標津空港、冬ダイヤ発表",
    "羅臼町でヒグマ出没相次ぐ　町が注意呼びかけ",
    "別海の酪農家、乳価改定に期待と不安",
    "根室市議会、定例会が開会",
    "納沙布岬で初日の出　1200人が訪れる",
    "釧路の高校生、全道大会で優勝",
]


def render_akebono(art, feed):
    t = local(art, 9)
    shown = f"{t.year}年{t.month}月{t.day}日（{JA_WEEKDAYS[t.weekday()]}）"
    lst = "".join(f'<li><a href="/local/{800 + i}.html">{e(x)}</a></li>' for i, x in enumerate(pick(AKEBONO_LIST, art, 4)))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{e(art['title'])}｜あけぼの新報</title>
<link rel="stylesheet" href="/common/css/style.css">
</head>
<body>
<div id="cookie_bar">このサイトはクッキーを利用しています。引き続き閲覧することで、クッキーの利用に同意したものとみなします。<a href="#" onclick="return false;">閉じる</a></div>
<div id="header">
<p class="site_name"><a href="/">あけぼの新報</a> <small>道東版</small></p>
<ul id="gnavi"><li><a href="/nemuro/">根室</a></li><li><a href="/kushiro/">釧路</a></li><li><a href="/nakashibetsu/">中標津・別海</a></li><li><a href="/rausu/">羅臼・標津</a></li>
<li><a href="/hoppo/">北方領土</a></li><li><a href="/suisan/">水産</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul>
</div>
<div id="contents">
<div id="main">
<p class="date">{shown}</p>
<h1 class="midashi">{e(art['title'])}</h1>
<div class="honbun">
{body_html(art)}
</div>
<p class="kisha">（{e(art['byline'])}）</p>
<div class="share">{share_links(["ポスト", "シェア", "LINEで送る"])}</div>
</div>
<div id="side">
<h3>北方領土・地域の記事一覧</h3><ul>{lst}</ul>
<div class="bnr">あけぼの新報を購読しませんか　電子版セットでお得に</div>
<div class="bnr">【広告】根室の花咲ガニ　産地直送</div>
</div>
</div>
<div id="footer">
<p>あけぼの新報社　北海道根室市　TEL 0153-00-0000</p>
<p>掲載記事・写真の無断転載を禁じます。Copyright あけぼの新報社</p>
</div>
</body>
</html>
"""


RENDERERS = {
    "carrowmore-pa": render_carrowmore,
    "quillmere-post": render_quillmere,
    "varrow-news": render_varrow,
    "vireo-np": render_vireo,
    "polosa-ru": render_polosa,
    "susuya-ru": render_susuya,
    "yayoi-ja": render_yayoi,
    "akebono-ja": render_akebono,
}


def render(art):
    feed = next(f for f in FEEDS if f["id"] == art["feed"])
    return RENDERERS[art["feed"]](art, feed)
