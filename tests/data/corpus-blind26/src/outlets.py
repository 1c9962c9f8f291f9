"""Outlets of the blind26 corpus and the page template of each.

Every outlet is invented. Each has its own page template (site chrome, date format,
metadata habits). A page is rendered from a story dict (see build.py).
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "thornbury-en", "title": "Thornbury Newswire - World", "format": "rss", "lang": "en"},
    {"id": "kittiwake-en", "title": "The Kittiwake Courier - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "gullhaven-en", "title": "The Gullhaven Daily - World", "format": "rss", "lang": "en"},
    {"id": "quarterdeck-en", "title": "Quarterdeck Asia Digest", "format": "atom", "lang": "en"},
    {"id": "baken-ru", "title": "Агентство «Бакен-Информ» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "tuman-ru", "title": "Туман-Медиа — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "shiomi-ja", "title": "潮見新報デジタル", "format": "atom", "lang": "ja"},
    {"id": "seikai-ja", "title": "星海通信ニュース", "format": "rss", "lang": "ja"},
]

DOMAINS = {
    "thornbury-en": "www.thornburywire.net",
    "kittiwake-en": "www.kittiwakecourier.co.uk",
    "gullhaven-en": "www.gullhavendaily.com",
    "quarterdeck-en": "quarterdeckasia.net",
    "baken-ru": "bakeninform.ru",
    "tuman-ru": "tuman-media.ru",
    "shiomi-ja": "www.shiomi-shimpo.jp",
    "seikai-ja": "news.seikai-tsushin.jp",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def e(text: str) -> str:
    return html.escape(text, quote=False)


def a(text: str) -> str:
    return html.escape(text, quote=True)


def when(story) -> datetime:
    return datetime.fromisoformat(story["published"].replace("Z", "+00:00"))


def local(story, hours: int) -> datetime:
    return when(story).astimezone(timezone(timedelta(hours=hours)))


def paragraphs(body, p_open="<p>", p_close="</p>", sub="h2", inserts=None) -> str:
    """Body paragraphs; '## ' starts a subhead, '> ' a pull quote. `inserts` maps an
    index to chrome placed after that paragraph (read-also boxes, ads)."""
    out = []
    for i, para in enumerate(body):
        if para.startswith("## "):
            out.append(f"<{sub}>{e(para[3:])}</{sub}>")
        elif para.startswith("> "):
            out.append(f'<blockquote class="pull">{e(para[2:])}</blockquote>')
        else:
            out.append(f"{p_open}{e(para)}{p_close}")
        if inserts and i in inserts:
            out.append(inserts[i])
    return "\n".join(out)


def pick(items, story, n):
    """Deterministic choice of filler headlines for the related box."""
    seed = sum(ord(c) for c in story["id"])
    k = len(items)
    start = (seed * 7) % k
    return [items[(start + j) % k] for j in range(min(n, k))]


def jsonld(story, url, lang, publisher, when_iso, author):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story["title"],
        "description": story["summary"],
        "datePublished": when_iso,
        "dateModified": when_iso,
        "inLanguage": lang,
        "mainEntityOfPage": url,
        "author": [{"@type": "Person", "name": author}] if author else
                  [{"@type": "Organization", "name": publisher}],
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- Thornbury

THORNBURY_FILLER = [
    "Oil steadies as traders weigh Middle East supply risks",
    "Dollar edges lower ahead of U.S. inflation data",
    "EU lawmakers back tighter rules on AI in workplaces",
    "Brazil's central bank holds rates, signals caution",
    "South Korea's exports rise for fifth straight month",
    "India monsoon rains seen above average, weather office says",
    "Philippines, Vietnam hold coast guard talks on South China Sea",
    "Kenya's finance ministry plans new eurobond, sources say",
    "Airbus raises delivery target as supply chain eases",
    "Australia's Woodside cuts LNG output forecast",
    "Turkish lira slips to record low against the dollar",
    "German factory orders fall more than expected",
]


def render_thornbury(story) -> str:
    t = when(story)
    iso = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    shown = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} GMT"
    page = story["page"]
    url = f"https://{DOMAINS['thornbury-en']}/world/asia-pacific/{story['id']}/"
    related = "".join(f'<li><a href="/world/{i}/">{e(h)}</a></li>'
                      for i, h in enumerate(pick(THORNBURY_FILLER, story, 4), 1))
    meta = ""
    if page.get("meta", True):
        meta = (f'<meta name="description" content="{a(story["summary"])}">\n'
                f'<meta property="og:title" content="{a(story["title"])}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="og:url" content="{a(url)}">\n'
                f'<meta property="og:site_name" content="Thornbury">\n'
                f'<meta property="article:published_time" content="{iso}">\n'
                f'<meta property="article:section" content="{a(page.get("section", "Asia Pacific"))}">\n'
                f'<link rel="canonical" href="{a(url)}">\n')
        if page.get("jsonld", True):
            meta += jsonld(story, url, "en", "Thornbury Newswire", iso, page.get("author")) + "\n"
    tags = "".join(f'<a class="tag" href="/tag/{a(tg.lower().replace(" ", "-"))}/">{e(tg)}</a>'
                   for tg in page.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(story["title"])} | Thornbury</title>
{meta}<link rel="stylesheet" href="/static/css/tw-main.8c41f2.css">
</head>
<body class="article-page">
<div id="consent-banner" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to recognise your repeat visits and preferences, to measure the effectiveness of campaigns and to improve our websites. <a href="/privacy/cookies/">Cookie policy</a></p>
  <button class="consent-accept">Accept all</button> <button class="consent-manage">Manage settings</button>
</div>
<header class="site-header">
  <a class="logo" href="/">THORNBURY</a>
  <nav class="primary-nav" aria-label="Sections">
    <ul><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li><li><a href="/world/asia-pacific/">Asia Pacific</a></li><li><a href="/world/europe/">Europe</a></li><li><a href="/technology/">Technology</a></li><li><a href="/sustainability/">Sustainability</a></li><li><a href="/breakingviews/">Commentary</a></li></ul>
  </nav>
  <a class="signin" href="/account/sign-in/">Sign in</a>
</header>
<main id="main-content">
<article class="story">
  <nav class="breadcrumbs"><a href="/world/">World</a> › <a href="/world/asia-pacific/">{e(page.get("section", "Asia Pacific"))}</a></nav>
  <h1 class="story-headline">{e(story["title"])}</h1>
  <div class="story-meta">By <span class="byline">{e(page.get("author", "Thornbury staff"))}</span> · <time datetime="{iso}">{shown}</time> · <span class="read-time">{max(2, len(" ".join(page["body"]).split()) // 200)} min read</span></div>
  <div class="share-bar"><a href="#" class="share-x">Share on X</a> <a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a> <a href="#" class="share-link">Copy link</a></div>
  <div class="story-body">
{paragraphs(page["body"])}
  </div>
  <p class="signoff">{e(page.get("signoff", ""))}</p>
  <p class="trust"><a href="/about/trust-principles/">Our Standards: The Thornbury Trust Principles.</a></p>
  <div class="tags">{tags}</div>
</article>
<aside class="read-next"><h2>Read Next</h2><ul>{related}</ul></aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about/">About Thornbury</a></li><li><a href="/careers/">Careers</a></li><li><a href="/advertise/">Advertise with us</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/feedback/">Feedback</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. © {t.year} Thornbury Newswire Ltd. All rights reserved.</p>
</footer>
<script src="/static/js/tw-bundle.3fa09e.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- Kittiwake

KITTIWAKE_FILLER = [
    "Seoul's housing market cools as rate cuts stall",
    "Taiwan opposition pushes budget cuts through legislature",
    "Sydney heatwave: hospitals brace for record admissions",
    "Indonesia's new capital struggles to draw civil servants",
    "Cambodia scam compounds: survivors describe escape",
    "New Zealand dairy exporter posts bumper profit",
    "Thai court sets date for ruling on cannabis rules",
    "Hong Kong's harbourfront revival gets a second look",
    "Mongolia's winter 'dzud' kills livestock for third year",
    "Vietnam's coffee farmers switch to durian",
]


def render_kittiwake(story) -> str:
    t = when(story)
    iso = t.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    shown = f"{t.strftime('%a')} {t.day} {EN_MONTHS[t.month - 1]} {t.year} {t.strftime('%H.%M')} GMT"
    page = story["page"]
    url = f"https://{DOMAINS['kittiwake-en']}/world/asia-pacific/{t.year}/{t.strftime('%b').lower()}/{t.day:02d}/{story['id']}"
    meta = ""
    if page.get("meta", True):
        meta = (f'<meta property="og:title" content="{a(story["title"])}">\n'
                f'<meta property="og:description" content="{a(story["summary"])}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="article:published_time" content="{iso}">\n'
                f'<meta property="article:author" content="{a(page.get("author", ""))}">\n'
                f'<meta name="twitter:card" content="summary_large_image">\n')
        if page.get("jsonld"):
            meta += jsonld(story, url, "en-GB", "The Kittiwake Courier", iso, page.get("author")) + "\n"
    related = "".join(f'<li><a href="/world/asia-pacific/story-{i}">{e(h)}</a></li>'
                      for i, h in enumerate(pick(KITTIWAKE_FILLER, story, 5), 1))
    comments = ""
    if page.get("comments"):
        items = "".join(f'<li class="comment"><span class="c-user">{e(u)}</span>'
                        f'<p>{e(c)}</p><span class="c-rec">{r} recommends</span></li>'
                        for u, c, r in page["comments"])
        comments = (f'<section class="comments"><h2>Comments ({len(page["comments"])})</h2>'
                    f'<p class="c-note">Comments on this piece are premoderated. '
                    f'<a href="/community-standards">Community standards</a></p><ol>{items}</ol></section>')
    insert = {2: '<aside class="inline-promo">Sign up to <b>Pacific Morning</b>, our free daily briefing on Asia. <a href="/newsletters/pacific-morning">Sign up</a></aside>'}
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(story["title"])} | Asia-Pacific | The Kittiwake Courier</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{meta}<link rel="stylesheet" href="https://assets.kittiwakecourier.co.uk/css/article.v212.css">
</head>
<body>
<div class="cookie-notice" id="cmp">
  <h3>Your privacy choices</h3>
  <p>The Kittiwake Courier and our partners use cookies to run this site, understand how you use it and show you relevant advertising. You can change your choices at any time from the “Privacy settings” link in the footer.</p>
  <button>Yes, I’m happy</button><button>Manage my cookies</button>
</div>
<div class="support-strip">Independent journalism needs your support. <a href="/contribute">Support us from £2</a></div>
<header>
  <div class="masthead"><a href="/">The Kittiwake Courier</a></div>
  <nav><a href="/uk">UK</a> <a href="/world">World</a> <a href="/world/asia-pacific" class="current">Asia-Pacific</a> <a href="/business">Business</a> <a href="/environment">Environment</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a></nav>
</header>
<main>
<article>
  <div class="kicker">{e(page.get("kicker", page.get("section", "Asia-Pacific")))}</div>
  <h1>{e(story["title"])}</h1>
  <p class="standfirst">{e(page.get("dek", story["summary"]))}</p>
  <address class="byline"><a rel="author" href="/profile/{a(page.get("author", "staff").lower().replace(" ", "-"))}">{e(page.get("author", "Staff reporter"))}</a>{e(page.get("place", ""))}</address>
  <time datetime="{iso}" class="dateline">{shown}</time>
  <ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">Bluesky</a></li><li><a href="#">Email</a></li></ul>
  <div class="article-body">
{paragraphs(page["body"], inserts=insert)}
  </div>
  <p class="correction">{e(page.get("footnote", ""))}</p>
</article>
<section class="more-on-this"><h2>More on this story</h2><ul>{related}</ul></section>
{comments}
</main>
<footer>
  <p><a href="/about">About us</a> · <a href="/help/contact">Contact us</a> · <a href="/complaints">Complaints &amp; corrections</a> · <a href="/privacy">Privacy policy</a> · <a href="/privacy-settings">Privacy settings</a> · <a href="/terms">Terms</a> · <a href="/jobs">Jobs</a></p>
  <p>© {t.year} Kittiwake Media Group Ltd. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Gullhaven

GULLHAVEN_FILLER = [
    "Harbor commission approves new ferry schedule",
    "High school robotics team heads to nationals",
    "Opinion: The city budget deserves a real debate",
    "Weather: Gusty winds, showers expected through Thursday",
    "Obituaries: Margaret A. Lindqvist, 91",
    "Seafood prices climb as crab season opens late",
    "County fair returns with expanded livestock barn",
    "Letters: Readers weigh in on downtown parking",
]


def render_gullhaven(story) -> str:
    t = when(story)
    page = story["page"]
    shown = t.strftime("%m/%d/%Y %H:%M") + " UTC"
    meta = ""
    if page.get("meta", True):
        meta = (f'<meta name="description" content="{a(story["summary"])}">\n'
                f'<meta property="og:title" content="{a(story["title"])}">\n'
                f'<meta property="og:site_name" content="The Gullhaven Daily">\n'
                f'<meta name="pubdate" content="{t.strftime("%Y%m%d")}">\n')
    related = "".join(f'<li><a href="/news/local/{i}">{e(h)}</a></li>'
                      for i, h in enumerate(pick(GULLHAVEN_FILLER, story, 4), 1))
    credit = page.get("credit", "From wire and staff reports")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{e(story["title"])} - The Gullhaven Daily</title>
{meta}<link rel="stylesheet" href="/css/gd-2019.css">
</head>
<body>
<div id="gdpr" style="position:fixed;bottom:0">This site uses cookies to deliver our services and to show you relevant ads. By using our site, you acknowledge that you have read and understand our <a href="/cookie-policy">Cookie Policy</a> and <a href="/privacy">Privacy Policy</a>. <a href="#" id="gdpr-ok">OK</a></div>
<table class="top" width="100%"><tr>
<td><a href="/"><img src="/img/gullhaven-logo.png" alt="The Gullhaven Daily"></a></td>
<td class="weather">Gullhaven 54°F Partly cloudy</td>
<td><a href="/subscribe">Subscribe</a> | <a href="/e-edition">e-Edition</a> | <a href="/login">Log in</a></td>
</tr></table>
<div class="nav"><a href="/news/local">Local</a> | <a href="/news/nation">Nation</a> | <a href="/news/world">World</a> | <a href="/business">Business</a> | <a href="/sports">Sports</a> | <a href="/opinion">Opinion</a> | <a href="/obituaries">Obituaries</a> | <a href="/classifieds">Classifieds</a></div>
<div class="container">
<div class="main">
<p class="section-label">WORLD</p>
<h1>{e(story["title"])}</h1>
<p class="byline">{e(credit)}</p>
<p class="posted">Posted: {shown}</p>
<div class="story-text">
{paragraphs(page["body"], sub="h3")}
</div>
<p class="copyright">Copyright {t.year} The Gullhaven Daily. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
</div>
<div class="sidebar"><h4>Most read</h4><ol>{related}</ol>
<div class="ad">ADVERTISEMENT</div></div>
</div>
<div class="footer"><a href="/contact">Contact Us</a> | <a href="/advertise">Advertise</a> | <a href="/terms">Terms of Service</a> | <a href="/privacy">Privacy Policy</a> | <a href="/rss">RSS</a><br>The Gullhaven Daily, 118 Wharf Street, Gullhaven</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Quarterdeck

def render_quarterdeck(story) -> str:
    t = when(story)
    page = story["page"]
    shown = f"{t.day} {EN_MONTHS[t.month - 1][:3]} {t.year}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(story["title"])} — Quarterdeck</title>
<link rel="stylesheet" href="/assets/qd.css">
</head>
<body>
<div class="cookie-bar">Quarterdeck uses essential cookies only, plus anonymous analytics if you allow it. <a href="/cookies">Details</a> <button>Allow analytics</button> <button>Essential only</button></div>
<header class="qd-head">
  <a href="/" class="brand">Quarterdeck <small>Asia Digest</small></a>
  <nav><a href="/briefs">Briefs</a> <a href="/analysis">Analysis</a> <a href="/tags/northeast-asia">Northeast Asia</a> <a href="/tags/southeast-asia">Southeast Asia</a> <a href="/tags/south-asia">South Asia</a> <a href="/tags/eurasia">Eurasia</a> <a href="/podcast">Podcast</a> <a href="/about">About</a></nav>
</header>
<main class="post">
  <p class="post-type">{e(page.get("section", "Brief"))}</p>
  <h1>{e(story["title"])}</h1>
  <p class="post-dek">{e(page.get("dek", story["summary"]))}</p>
  <p class="post-by">{e(page.get("author", "Quarterdeck desk"))} · {shown}</p>
  <div class="post-body">
{paragraphs(page["body"], sub="h3")}
  </div>
  <div class="post-foot">{e(page.get("footnote", ""))}</div>
  <form class="newsletter" action="/subscribe" method="post"><label>Get the Digest in your inbox every weekday morning</label><input type="email" name="email" placeholder="you@example.org"><button>Subscribe</button></form>
</main>
<footer class="qd-foot">Quarterdeck Asia Digest is reader-funded. <a href="/support">Become a member</a> · <a href="/ethics">Ethics policy</a> · <a href="/privacy">Privacy</a> · © {t.year} Quarterdeck Media</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Бакен-Информ

BAKEN_FILLER = [
    "ЦБ сохранил ключевую ставку на прежнем уровне",
    "В Подмосковье открыли новый участок ЦКАД",
    "Минфин предложил изменить порядок уплаты НДФЛ для самозанятых",
    "В Якутии ввели режим ЧС из-за лесных пожаров",
    "РЖД увеличит число поездов на юг летом",
    "Сборная России по хоккею с мячом выиграла турнир в Иркутске",
    "В Татарстане запустили производство электробусов",
    "Росстат зафиксировал замедление инфляции",
    "Госдума приняла закон о маркировке бытовой химии",
    "В Калининграде открыли обновлённый музей янтаря",
]


def render_baken(story) -> str:
    t = local(story, 3)
    iso = when(story).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    shown = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M')}"
    page = story["page"]
    url = f"https://{DOMAINS['baken-ru']}/{page.get('rubric_slug', 'politika')}/{story['id']}"
    meta = ""
    if page.get("meta", True):
        meta = (f'<meta name="description" content="{a(story["summary"])}">\n'
                f'<meta property="og:title" content="{a(story["title"])}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="og:locale" content="ru_RU">\n'
                f'<meta property="article:published_time" content="{iso}">\n')
        if page.get("jsonld", True):
            meta += jsonld(story, url, "ru", "ИА «Бакен-Информ»", iso, None) + "\n"
    related = "".join(f'<li><a href="/news/{i}">{e(h)}</a></li>'
                      for i, h in enumerate(pick(BAKEN_FILLER, story, 4), 1))
    ins = {}
    if page.get("read_also"):
        ins[1] = f'<div class="read-also">Читайте также: <a href="/politika/">{e(page["read_also"])}</a></div>'
    tags = ", ".join(f'<a href="/tag/{i}">{e(tg)}</a>' for i, tg in enumerate(page.get("tags", [])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(story["title"])} — Бакен-Информ</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}<link rel="stylesheet" href="/static/bk.min.css">
</head>
<body>
<div class="cookie-line">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">условиями использования cookie</a>. <button>Понятно</button></div>
<header class="bk-header">
  <a class="bk-logo" href="/">БАКЕН<span>информ</span></a>
  <nav class="bk-rubrics"><a href="/politika/">Политика</a><a href="/ekonomika/">Экономика</a><a href="/mir/">В мире</a><a href="/obshchestvo/">Общество</a><a href="/proisshestviya/">Происшествия</a><a href="/regiony/">Регионы</a><a href="/nauka/">Наука</a><a href="/sport/">Спорт</a></nav>
  <a class="bk-search" href="/search/">Поиск</a>
</header>
<main class="bk-main">
<article class="bk-news">
  <div class="bk-rubric">{e(page.get("section", "Политика"))}</div>
  <time class="bk-time" datetime="{iso}">{shown}</time>
  <h1>{e(story["title"])}</h1>
  <div class="bk-lead">{e(page.get("dek", story["summary"]))}</div>
  <div class="bk-text">
{paragraphs(page["body"], sub="h3", inserts=ins)}
  </div>
  <div class="bk-tags">Теги: {tags}</div>
  <div class="bk-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</article>
<aside class="bk-side"><h3>Главное</h3><ul>{related}</ul></aside>
</main>
<footer class="bk-footer">
  <p>© 2016–{t.year} ИА «Бакен-Информ». Свидетельство о регистрации СМИ ИА № ФС77-71548 выдано Роскомнадзором. 18+</p>
  <p>При полном или частичном использовании материалов ссылка на «Бакен-Информ» обязательна. <a href="/contacts/">Контакты</a> · <a href="/reklama/">Реклама</a> · <a href="/privacy/">Политика конфиденциальности</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Туман-Медиа

TUMAN_FILLER = [
    "В Южно-Сахалинске продлили работу катка на площади Победы",
    "Паром «Сахалин-9» вышел из ремонта",
    "На «Горном воздухе» открыли новую трассу",
    "В Корсакове отремонтируют набережную",
    "Цены на бензин на Сахалине выросли за месяц на 2%",
    "Сахалинские школьники стали призёрами олимпиады по физике",
    "В Холмске ограничат движение из-за ремонта моста",
    "Рейс из Хабаровска задержали из-за тумана",
    "В Охе открылся новый детский сад на 220 мест",
]


def render_tuman(story) -> str:
    t = local(story, 11)
    iso = when(story).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    shown = t.strftime("%d.%m.%Y %H:%M")
    page = story["page"]
    meta = ""
    if page.get("meta", True):
        meta = (f'<meta property="og:title" content="{a(story["title"])}">\n'
                f'<meta property="og:description" content="{a(story["summary"])}">\n'
                f'<meta property="og:site_name" content="Туман-Медиа">\n'
                f'<meta property="article:published_time" content="{iso}">\n')
    related = "".join(f'<li><a href="/news/{i}">{e(h)}</a></li>'
                      for i, h in enumerate(pick(TUMAN_FILLER, story, 4), 1))
    comments = ""
    if page.get("comments"):
        items = "".join(f'<div class="cmt"><b>{e(u)}</b> <span>{e(d)}</span><p>{e(c)}</p></div>'
                        for u, d, c in page["comments"])
        comments = f'<section class="cmts"><h3>Комментарии ({len(page["comments"])})</h3>{items}<p class="cmt-rules">Комментарии проходят модерацию. <a href="/rules">Правила</a></p></section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(story["title"])} | Туман-Медиа</title>
{meta}<link rel="stylesheet" href="/css/tm.css?v=41">
</head>
<body>
<div class="cookie">На сайте используются cookie и сервисы веб-аналитики. <a href="/privacy">Подробнее</a> <span class="ok">Хорошо</span></div>
<div class="topbar">Южно-Сахалинск {page.get("weather", "+4°")} · Курс ЦБ · <a href="/pogoda">Погода на Курилах</a></div>
<header><a class="logo" href="/">Туман<b>Медиа</b></a>
<nav><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/ekonomika">Экономика</a> <a href="/obshchestvo">Общество</a> <a href="/proisshestviya">Происшествия</a> <a href="/kultura">Культура</a> <a href="/sport">Спорт</a> <a href="/mnenie">Мнения</a></nav></header>
<div class="wrap">
<article class="news-item">
<div class="cat">{e(page.get("section", "Курилы"))}</div>
<h1>{e(story["title"])}</h1>
<div class="date">{shown}</div>
<div class="lid">{e(page.get("dek", story["summary"]))}</div>
{paragraphs(page["body"], sub="h3")}
<div class="author">{e(page.get("author", "Туман-Медиа"))}</div>
<div class="subscribe">Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости Сахалина и Курил.</div>
</article>
{comments}
<aside><h3>Читайте также</h3><ul>{related}</ul></aside>
</div>
<footer>© {t.year} «Туман-Медиа». Сетевое издание. Учредитель ООО «Туман-Медиа». Главный редактор — Е. В. Корнилова. Эл. почта редакции: info@tuman-media.ru. 16+</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 潮見新報

SHIOMI_FILLER = [
    "根室港のサンマ水揚げ、前年比2割増",
    "釧路湿原でタンチョウの子育て観察会",
    "中標津で酪農フェス、3千人が来場",
    "道東道の一部区間で夜間通行止め",
    "別海町、ふるさと納税寄付額が過去最高",
    "厚岸のカキ、今季の出荷始まる",
    "釧路市議会、補正予算案を可決",
    "羅臼の知床観光船、今季の運航開始",
]


def render_shiomi(story) -> str:
    t = local(story, 9)
    iso = when(story).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    shown = f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"
    page = story["page"]
    meta = ""
    if page.get("meta", True):
        meta = (f'<meta name="description" content="{a(story["summary"])}">\n'
                f'<meta property="og:title" content="{a(story["title"])}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="og:site_name" content="潮見新報デジタル">\n'
                f'<meta property="article:published_time" content="{iso}">\n')
    related = "".join(f'<li><a href="/article/{i}">{e(h)}</a></li>'
                      for i, h in enumerate(pick(SHIOMI_FILLER, story, 4), 1))
    paywall = ""
    if page.get("paywall"):
        paywall = '<div class="member-only">この記事は会員限定です。続きは<a href="/member/">有料会員</a>登録でお読みいただけます（初月無料）。</div>'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(story["title"])}｜潮見新報デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta}<link rel="stylesheet" href="/common/css/shiomi.css">
</head>
<body>
<div id="cookie-consent">当サイトでは、利便性の向上や広告配信のためにCookieを使用しています。サイトを閲覧することで、<a href="/policy/cookie/">Cookieポリシー</a>に同意したものとみなします。<button>同意する</button></div>
<header class="sh-header">
  <p class="sh-logo"><a href="/">潮見新報<span>デジタル</span></a></p>
  <p class="sh-date">{t.year}年{t.month}月{t.day}日（{JA_WEEK[t.weekday()]}）</p>
  <ul class="sh-member"><li><a href="/login/">ログイン</a></li><li><a href="/member/">会員登録</a></li></ul>
  <nav class="sh-gnav"><a href="/">トップ</a><a href="/news/local/">地域</a><a href="/news/hoppo/">北方領土</a><a href="/news/fishery/">水産</a><a href="/news/economy/">経済</a><a href="/news/politics/">政治</a><a href="/news/sports/">スポーツ</a><a href="/okuyami/">おくやみ</a></nav>
</header>
<main class="sh-main">
<article class="sh-article">
  <p class="sh-cat">{e(page.get("section", "北方領土"))}</p>
  <h1>{e(story["title"])}</h1>
  <p class="sh-time"><time datetime="{iso}">{shown}</time>{e(page.get("updated", ""))}</p>
  <div class="sh-body">
{paragraphs(page["body"], sub="h2")}
  </div>
  {paywall}
  <p class="sh-share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></p>
</article>
<aside class="sh-side"><h2>関連記事</h2><ul>{related}</ul><h2>アクセスランキング</h2><ol><li><a href="/rank/1">道東の高速バス、冬ダイヤ発表</a></li><li><a href="/rank/2">根室市立病院に新医師着任</a></li><li><a href="/rank/3">釧路の商店街で歳末売り出し</a></li></ol></aside>
</main>
<footer class="sh-footer"><p><a href="/company/">会社案内</a>｜<a href="/policy/privacy/">個人情報保護方針</a>｜<a href="/ad/">広告掲載</a>｜<a href="/contact/">お問い合わせ</a></p><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は潮見新報社またはその情報提供者に属します。Copyright © {t.year} The Shiomi Shimpo. All Rights Reserved.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 星海通信

SEIKAI_FILLER = [
    "日経平均、一時500円超上昇",
    "春闘、賃上げ率5％台を維持　連合集計",
    "台風、週末に沖縄接近の恐れ",
    "円相場、1ドル＝148円台前半",
    "東京都、子育て支援策を拡充へ",
    "大谷、今季30号本塁打",
    "コメ価格、5週ぶり下落",
    "能登の仮設住宅、入居期限を延長",
    "大学入試改革、共通テストの科目再編案",
]


def render_seikai(story) -> str:
    t = local(story, 9)
    iso = t.strftime("%Y-%m-%dT%H:%M:%S+09:00")
    shown = t.strftime("%Y/%m/%d %H:%M")
    page = story["page"]
    url = f"https://{DOMAINS['seikai-ja']}/{page.get('cat_slug', 'politics')}/{story['id']}"
    meta = ""
    if page.get("meta", True):
        meta = (f'<meta name="description" content="{a(story["summary"])}">\n'
                f'<meta property="og:title" content="{a(story["title"])}">\n'
                f'<meta property="og:url" content="{a(url)}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="article:published_time" content="{iso}">\n')
        if page.get("jsonld", True):
            meta += jsonld(story, url, "ja", "星海通信社", iso, None) + "\n"
    related = "".join(f'<li><a href="/news/{i}">{e(h)}</a></li>'
                      for i, h in enumerate(pick(SEIKAI_FILLER, story, 5), 1))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(story["title"])} - 星海通信ニュース</title>
{meta}<link rel="stylesheet" href="/assets/sk-news.css">
</head>
<body>
<div class="sk-cookie">星海通信ニュースは、サービス向上と広告配信のためにCookie等を利用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button>OK</button></div>
<header class="sk-header"><a class="sk-logo" href="/">星海通信<small>NEWS</small></a>
<nav class="sk-nav"><a href="/politics/">政治</a><a href="/economy/">経済</a><a href="/world/">国際</a><a href="/society/">社会</a><a href="/local/">地域</a><a href="/science/">科学</a><a href="/sports/">スポーツ</a><a href="/culture/">文化</a></nav></header>
<div class="sk-breaking">速報：{e(page.get("ticker", "新着ニュースはこちら"))}</div>
<main class="sk-main">
<article class="sk-article">
<p class="sk-cat">{e(page.get("section", "政治"))}</p>
<h1 class="sk-title">{e(story["title"])}</h1>
<p class="sk-date">{shown}</p>
<div class="sk-body">
{paragraphs(page["body"], sub="h2")}
</div>
<p class="sk-credit">（星海通信）</p>
<div class="sk-share"><a href="#">ポスト</a><a href="#">シェア</a><a href="#">はてブ</a><a href="#">LINE</a></div>
</article>
<aside class="sk-related"><h2>関連ニュース</h2><ul>{related}</ul></aside>
</main>
<footer class="sk-footer"><a href="/about/">星海通信社について</a>｜<a href="/terms/">利用規約</a>｜<a href="/privacy/">プライバシーポリシー</a>｜<a href="/contact/">お問い合わせ</a><p>© 星海通信社 {t.year}　記事・写真の無断転載を禁じます</p></footer>
</body>
</html>
"""


RENDER = {
    "thornbury-en": render_thornbury,
    "kittiwake-en": render_kittiwake,
    "gullhaven-en": render_gullhaven,
    "quarterdeck-en": render_quarterdeck,
    "baken-ru": render_baken,
    "tuman-ru": render_tuman,
    "shiomi-ja": render_shiomi,
    "seikai-ja": render_seikai,
}


def render(story) -> str:
    return RENDER[story["feed"]](story)
