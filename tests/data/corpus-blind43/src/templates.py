"""Page templates of the eight invented outlets of corpus blind43.

Every outlet has its own chrome: navigation, cookie banner, share buttons, related
stories, footer, and its own habits for metadata (Open Graph, article:published_time,
JSON-LD NewsArticle, or nothing at all). Articles are plain data (see articles_*.py);
`render(article, outlet)` returns the full HTML page.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def paras(body: list[str], cls: str = "") -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            attr = f' class="{cls}"' if cls else ""
            out.append(f"<p{attr}>{esc(p)}</p>")
    return "\n".join(out)


def meta_block(a: dict, o: dict, url: str) -> str:
    """Metadata according to the outlet's habit; a = article, o = outlet."""
    mode = a.get("meta", o["meta"])
    if mode == "none":
        return ""
    parts = [f'<meta name="description" content="{esc(a["summary"])}">']
    if mode in ("og", "full"):
        parts += [
            f'<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{esc(a["title"])}">',
            f'<meta property="og:description" content="{esc(a["summary"])}">',
            f'<meta property="og:site_name" content="{esc(o["name"])}">',
            f'<meta property="og:url" content="{esc(url)}">',
            f'<meta property="og:locale" content="{o["locale"]}">',
            f'<meta property="article:published_time" content="{a["published"]}">',
            f'<meta property="article:section" content="{esc(a.get("section", o["section"]))}">',
        ]
    if mode in ("full", "jsonld"):
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"],
            "datePublished": a["published"], "dateModified": a.get("modified", a["published"]),
            "inLanguage": o["lang"], "mainEntityOfPage": url,
            "author": [{"@type": "Person", "name": a["byline"]}] if a.get("byline")
            else {"@type": "Organization", "name": o["name"]},
            "publisher": {"@type": "Organization", "name": o["name"],
                          "logo": {"@type": "ImageObject", "url": o["home"] + "/static/logo.png"}},
        }
        parts.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(parts)


# ----------------------------------------------------------------------------- dates


def en_date(ts: str) -> str:
    d = parse(ts)
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} GMT"


def en_date_short(ts: str) -> str:
    d = parse(ts)
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def ru_date(ts: str) -> str:
    d = parse(ts) + timedelta(hours=3)
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def sakh_date(ts: str) -> str:
    d = parse(ts) + timedelta(hours=11)
    return f"{d.day:02d}.{d.month:02d}.{d.year} {d:%H:%M}"


def ja_date(ts: str) -> str:
    d = parse(ts) + timedelta(hours=9)
    return f"{d.year}年{d.month}月{d.day}日（{JA_WEEK[d.weekday()]}） {d.hour}時{d.minute:02d}分"


def ja_date_num(ts: str) -> str:
    d = parse(ts) + timedelta(hours=9)
    return f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"


# ----------------------------------------------------------------------------- outlets

OUTLETS: dict[str, dict] = {
    "pinewick-wire": {
        "name": "Pinewick Wire", "title": "Pinewick Wire - World", "lang": "en",
        "format": "rss", "locale": "en_GB", "home": "https://www.pinewickwire.com",
        "meta": "full", "section": "Asia-Pacific",
    },
    "oyashio-review": {
        "name": "The Oyashio Review", "title": "The Oyashio Review - North Pacific affairs",
        "lang": "en", "format": "atom", "locale": "en_US", "home": "https://oyashioreview.org",
        "meta": "og", "section": "Analysis",
    },
    "greyling-asia": {
        "name": "Greyling Asia Report", "title": "Greyling Asia Report", "lang": "en",
        "format": "rss", "locale": "en_US", "home": "https://greylingasia.com",
        "meta": "jsonld", "section": "Japan",
    },
    "kordon-ru": {
        "name": "ИА «Кордон»", "title": "ИА «Кордон» — лента новостей", "lang": "ru",
        "format": "rss", "locale": "ru_RU", "home": "https://iakordon.ru",
        "meta": "full", "section": "Политика",
    },
    "vzmorye-ru": {
        "name": "Охотское взморье", "title": "Охотское взморье — новости Сахалина и Курил",
        "lang": "ru", "format": "atom", "locale": "ru_RU", "home": "https://vzmorye65.ru",
        "meta": "og", "section": "Новости",
    },
    "ploshchad-ru": {
        "name": "Новая площадь", "title": "Новая площадь — политика и общество", "lang": "ru",
        "format": "rss", "locale": "ru_RU", "home": "https://novplosh.ru",
        "meta": "none", "section": "Политика",
    },
    "choryu-ja": {
        "name": "潮流タイムズ", "title": "潮流タイムズ（道東版）", "lang": "ja",
        "format": "rss", "locale": "ja_JP", "home": "https://www.choryu-times.jp",
        "meta": "og", "section": "北方領土",
    },
    "kokusai-ja": {
        "name": "国際ジャーナル通信", "title": "国際ジャーナル通信 NEWS", "lang": "ja",
        "format": "atom", "locale": "ja_JP", "home": "https://news.kokusai-journal.jp",
        "meta": "full", "section": "国際",
    },
}


# Related-story pools per outlet: each page shows three, picked from the article id.
POOLS = {
    "pinewick-wire": [
        ("Markets: Asian shares edge higher as yen steadies", "/markets/asia-shares-yen"),
        ("South Korea's opposition sweeps by-elections", "/world/asia-pacific/korea-by-elections"),
        ("Typhoon season: what forecasters expect this year", "/climate/typhoon-outlook"),
        ("Bank of Japan holds rates, signals patience", "/markets/boj-holds"),
        ("Mongolia courts investors for copper expansion", "/business/mongolia-copper"),
        ("Explainer: how Russia's grain exports reach Asia", "/business/russia-grain-asia"),
        ("Taiwan reports Chinese aircraft near median line", "/world/asia-pacific/taiwan-aircraft"),
        ("Japan's exports rise for fifth month on chip demand", "/business/japan-exports"),
    ],
    "oyashio-review": [
        ("The long winter of Russo-Japanese diplomacy", "/analysis/long-winter"),
        ("Salmon, quotas and the politics of the Okhotsk Sea", "/fisheries/okhotsk-quotas"),
        ("Podcast: Hokkaido's border economy", "/podcasts/hokkaido-border-economy"),
        ("Why the Bering Strait is getting crowded", "/security/bering-traffic"),
        ("Sakhalin's gas, Japan's dilemma", "/energy/sakhalin-dilemma"),
        ("Reading list: the Kurils in ten books", "/analysis/kurils-reading-list"),
        ("Sea ice is retreating earlier off Hokkaido", "/analysis/sea-ice-hokkaido"),
    ],
    "greyling-asia": [
        ("Japan's rice prices: why the shelves keep emptying", "/japan/rice-prices"),
        ("Kazakhstan bets on a new rail corridor to China", "/russia-central-asia/rail-corridor"),
        ("Opinion: Asia's aging workforce needs a new bargain", "/opinion/aging-workforce"),
        ("Vladivostok's Chinese tourist boom", "/russia-central-asia/vladivostok-tourists"),
        ("Inside Japan's scramble for defence engineers", "/japan/defence-engineers"),
        ("Seoul and Tokyo revive shuttle diplomacy", "/korea/shuttle-diplomacy"),
        ("Uzbekistan's cotton sector after the boycott", "/russia-central-asia/uzbek-cotton"),
    ],
    "kordon-ru": [
        ("МИД: Москва ответит на любые недружественные шаги", "/politics/mid-otvet"),
        ("Минпромторг подготовил новый список параллельного импорта", "/economy/parallelnyi-import"),
        ("Песков прокомментировал итоги саммита ШОС", "/politics/peskov-shos"),
        ("Правительство продлило льготную ипотеку на Дальнем Востоке", "/economy/dv-ipoteka"),
        ("В Госдуме предложили изменить правила миграционного учёта", "/society/migratsiya"),
        ("Лавров провёл переговоры с главой МИД Индонезии", "/world/lavrov-indoneziya"),
    ],
    "vzmorye-ru": [
        ("Паромная переправа Ванино — Холмск работает по расписанию", "/news/parom-vanino"),
        ("В Корсакове начали ремонт набережной", "/news/korsakov-naberezhnaya"),
        ("Горбуша пошла: прогноз на путину", "/fishing/gorbusha-prognoz"),
        ("Рейсы на Итуруп задерживаются из-за тумана", "/kurily/reysy-tuman"),
        ("В Южно-Курильске открыли новую детскую площадку", "/kurily/ploshchadka"),
        ("Синоптики обещают на Сахалине тёплые выходные", "/pogoda/vyhodnye"),
        ("На Шикотане завершили ремонт дороги к Крабозаводскому", "/kurily/doroga-shikotan"),
    ],
    "ploshchad-ru": [
        ("Мнение: почему регионы ждут новой бюджетной реформы", "/opinion/byudzhet"),
        ("Госдума приняла закон о платформенной занятости", "/politics/platformy"),
        ("Как меняется армейский призыв: разбор", "/armiya/prizyv-razbor"),
        ("Регионы Дальнего Востока теряют население медленнее", "/regiony/naselenie-dv"),
        ("Что известно о новом составе правительства", "/politika/pravitelstvo"),
    ],
    "choryu-ja": [
        ("サンマ漁、今季も不漁か　根室・花咲港", "/news/sanma-hanasaki"),
        ("釧路市、新たな防災計画を公表", "/news/kushiro-bousai"),
        ("中標津空港、冬ダイヤを発表", "/news/nakashibetsu-winter"),
        ("北方領土隣接地域の振興計画、道が素案", "/hoppou/shinko-keikaku"),
        ("根室の花咲ガニ、今季の初競り", "/suisan/hanasakigani"),
        ("納沙布岬の観光施設、リニューアルへ", "/news/nosappu-shisetsu"),
        ("標津の秋サケ定置網、水揚げ始まる", "/suisan/shibetsu-sake"),
    ],
    "kokusai-ja": [
        ("日銀、政策金利を据え置き", "/economy/boj-rate"),
        ("米大統領、アジア歴訪へ", "/world/us-president-asia"),
        ("衆院予算委、集中審議を実施", "/politics/yosan-iinkai"),
        ("中国、南シナ海で大規模演習", "/world/scs-drill"),
        ("春闘、賃上げ率5%台維持", "/economy/shunto"),
        ("EU、対ロ制裁の延長を決定", "/world/eu-sanctions"),
    ],
}


def pick_related(a: dict) -> list[tuple[str, str]]:
    import zlib
    pool = POOLS[a["feed"]]
    h = zlib.crc32(a["id"].encode())
    start = h % len(pool)
    return [pool[(start + k) % len(pool)] for k in range(3)]


def related_list(items: list[tuple[str, str]], base: str) -> str:
    return "\n".join(f'<li><a href="{base}{esc(h)}">{esc(t)}</a></li>' for t, h in items)


# ----------------------------------------------------------------------------- renderers


def r_pinewick(a, o, url):
    rel = related_list(a.get("related") or pick_related(a), o["home"])
    tags = "".join(f'<a class="tag" href="{o["home"]}/tag/{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a>'
                   for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | Pinewick Wire</title>
{meta_block(a, o, url)}
<link rel="canonical" href="{esc(url)}">
<link rel="stylesheet" href="{o["home"]}/assets/pw-2024.css">
</head>
<body class="article-page">
<div id="pw-cookie" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We and our 142 partners use cookies and similar technologies to deliver, measure and improve our services and to show you personalised advertising. You can change your choices at any time under "Privacy settings".</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button> <button class="btn-reject">Reject non-essential</button>
</div>
<header class="masthead">
  <a class="logo" href="{o["home"]}/">PINEWICK WIRE</a>
  <nav class="primary"><ul>
    <li><a href="{o["home"]}/world">World</a></li><li><a href="{o["home"]}/world/asia-pacific">Asia-Pacific</a></li>
    <li><a href="{o["home"]}/world/europe">Europe</a></li><li><a href="{o["home"]}/business">Business</a></li>
    <li><a href="{o["home"]}/markets">Markets</a></li><li><a href="{o["home"]}/technology">Technology</a></li>
    <li><a href="{o["home"]}/climate">Climate</a></li><li><a href="{o["home"]}/video">Video</a></li>
  </ul></nav>
  <a class="subscribe" href="{o["home"]}/subscribe">Subscribe</a> <a class="signin" href="{o["home"]}/account">Sign in</a>
</header>
<main>
<article>
  <div class="kicker">{esc(a.get("section", o["section"]))}</div>
  <h1>{esc(a["title"])}</h1>
  <p class="byline">By {esc(a.get("byline", "Pinewick Wire staff"))} &middot; <time datetime="{a["published"]}">{en_date(a["published"])}</time></p>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="article-body">
{paras(a["body"])}
  </div>
  <p class="reporting">{esc(a.get("credit", "Reporting by Pinewick Wire bureaus; editing by the Asia desk."))}</p>
  <div class="tags">{tags}</div>
  <p class="trust">Our Standards: <a href="{o["home"]}/trust-principles">The Pinewick Trust Principles.</a></p>
</article>
<aside class="related"><h3>Read next</h3><ul>
{rel}
</ul></aside>
<aside class="ad-slot">Advertisement &middot; Scroll to continue</aside>
</main>
<footer>
  <nav><a href="{o["home"]}/about">About Pinewick</a> | <a href="{o["home"]}/careers">Careers</a> | <a href="{o["home"]}/terms">Terms of use</a> | <a href="{o["home"]}/privacy">Privacy</a> | <a href="{o["home"]}/corrections">Corrections</a> | <a href="{o["home"]}/contact">Contact</a></nav>
  <p>&copy; {parse(a["published"]).year} Pinewick Wire Ltd. All quotes delayed a minimum of 15 minutes.</p>
</footer>
</body>
</html>
"""


def r_oyashio(a, o, url):
    rel = related_list(a.get("related") or pick_related(a), o["home"])
    comments = a.get("comments", 0)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} — The Oyashio Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, o, url)}
<link rel="stylesheet" href="/static/oyr.min.css">
</head>
<body>
<div class="cookie-notice">This site uses cookies for analytics and to remember your newsletter preferences. <a href="/privacy">Learn more</a> <button>OK</button></div>
<header class="site-header">
  <div class="brand"><a href="/">The Oyashio Review</a><span class="tagline">North Pacific affairs, at length</span></div>
  <nav><a href="/analysis">Analysis</a> <a href="/security">Security</a> <a href="/diplomacy">Diplomacy</a> <a href="/energy">Energy</a> <a href="/fisheries">Fisheries</a> <a href="/podcasts">Podcasts</a> <a href="/newsletter">Newsletter</a> <a href="/donate" class="donate">Support us</a></nav>
</header>
<main class="longform">
  <p class="rubric">{esc(a.get("section", o["section"]))}</p>
  <h1 class="headline">{esc(a["title"])}</h1>
  <p class="standfirst">{esc(a.get("dek", a["summary"]))}</p>
  <div class="meta-line"><span class="author">{esc(a.get("byline", "Oyashio Review staff"))}</span> &middot; <span class="date">{en_date_short(a["published"])}</span> &middot; <span class="readtime">{max(2, len(" ".join(a["body"]).split()) // 200)} min read</span></div>
  <div class="entry-content">
{paras(a["body"])}
  </div>
  <div class="author-box"><p>{esc(a.get("bio", "The Oyashio Review is an independent, reader-funded publication covering diplomacy, security and resources across the North Pacific."))}</p></div>
  <div class="share-row">Share: <a href="#">X</a> · <a href="#">Bluesky</a> · <a href="#">LinkedIn</a> · <a href="#">Email</a></div>
  <section class="newsletter-box"><h3>The Current, every Friday</h3><p>One email a week on the North Pacific. No spam.</p><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></section>
  <section class="more"><h3>More from The Oyashio Review</h3><ul>
{rel}
  </ul></section>
  <section class="comments"><h3>Comments ({comments})</h3><p>Comments are open to subscribers. Please keep to our <a href="/community">community guidelines</a>.</p></section>
</main>
<footer class="site-footer"><p>The Oyashio Review is published by Oyashio Media, a non-profit. &copy; {parse(a["published"]).year}. <a href="/about">About</a> · <a href="/ethics">Ethics</a> · <a href="/privacy">Privacy</a> · <a href="/feeds/oyashio-review.xml">Atom feed</a></p></footer>
</body>
</html>
"""


def r_greyling(a, o, url):
    rel = related_list(a.get("related") or pick_related(a), o["home"])
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(a["title"])} - Greyling Asia Report</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{meta_block(a, o, url)}
<link rel="stylesheet" href="https://cdn.greylingasia.com/css/main.3f9a.css">
</head>
<body class="post-template">
<div class="gdpr-bar" id="gdpr">We value your privacy. We use cookies to enhance your browsing experience, serve personalized ads or content, and analyze our traffic. By clicking "Accept", you consent to our use of cookies. <a href="/cookie-policy">Cookie Policy</a> <button>Accept</button> <button>Customize</button></div>
<div class="topbar"><span>Independent reporting on Asia since 2009</span> <a href="/newsletters">Newsletters</a> <a href="/login">Log in</a></div>
<header><a href="/" class="logo">Greyling<b>Asia</b>Report</a>
<nav class="menu"><a href="/japan">Japan</a> <a href="/korea">Korea</a> <a href="/china">China</a> <a href="/russia-central-asia">Russia &amp; Central Asia</a> <a href="/southeast-asia">Southeast Asia</a> <a href="/economy">Economy</a> <a href="/opinion">Opinion</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/{esc(a.get("section", o["section"]).lower().replace(" ", "-"))}">{esc(a.get("section", o["section"]))}</a></div>
<article class="post">
<h1 class="post-title">{esc(a["title"])}</h1>
<p class="excerpt">{esc(a.get("dek", a["summary"]))}</p>
<div class="post-meta">{esc(a.get("byline", "Greyling staff"))} | {en_date_short(a["published"])}</div>
<div class="post-share"><button>Share</button> <button>Save</button> <button>Gift article</button></div>
<div class="post-content">
{paras(a["body"])}
</div>
</article>
<div class="inline-promo">Get the Greyling Morning Brief — Asia's news in five minutes. <a href="/newsletters">Sign up free</a></div>
<section class="related-posts"><h4>You may also like</h4><ul>
{rel}
</ul></section>
<footer class="site-foot"><div class="cols"><div><h5>Sections</h5><a href="/japan">Japan</a> <a href="/china">China</a> <a href="/korea">Korea</a></div><div><h5>Company</h5><a href="/about">About</a> <a href="/advertise">Advertise</a> <a href="/jobs">Jobs</a></div><div><h5>Legal</h5><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/cookie-policy">Cookies</a></div></div><p>&copy; Greyling Media Group. All rights reserved.</p></footer>
</body>
</html>
"""


def r_kordon(a, o, url):
    lenta = a.get("lenta") or [
        ("12:05", "В Приморье открыли движение по новому мосту через Раздольную"),
        ("11:48", "ЦБ сохранил прогноз по инфляции на конец года"),
        ("11:30", "В Москве ожидается до +25 градусов"),
        ("11:12", "Сборная России по самбо завоевала три золота"),
    ]
    lenta_html = "\n".join(f"<li><span>{esc(t)}</span> <a href=\"/news/lenta-{i}\">{esc(h)}</a></li>"
                           for i, (t, h) in enumerate(lenta))
    rel = related_list(a.get("related") or pick_related(a), o["home"])
    tags = ", ".join(f'<a href="/tags/{i}">{esc(t)}</a>' for i, t in enumerate(a.get("tags", [])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} — ИА «Кордон»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, o, url)}
<link rel="stylesheet" href="/css/kordon.css?v=57">
</head>
<body>
<div class="cookie-panel">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой обработки персональных данных</a>. <button>Согласен</button></div>
<header class="hdr">
<div class="hdr__logo"><a href="/">КОРДОН</a><span>информационное агентство</span></div>
<nav class="hdr__menu"><a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/army">Армия</a> <a href="/incidents">Происшествия</a> <a href="/sport">Спорт</a> <a href="/culture">Культура</a></nav>
<div class="hdr__rates">USD 92,41 · EUR 99,87 · CNY 12,71</div>
</header>
<div class="layout">
<main class="article">
<div class="article__rubric">{esc(a.get("section", o["section"]))}</div>
<time class="article__date" datetime="{a["published"]}">{ru_date(a["published"])}</time>
<h1 class="article__title">{esc(a["title"])}</h1>
<div class="article__lead">{esc(a.get("dek", a["summary"]))}</div>
<div class="article__text">
{paras(a["body"])}
</div>
<div class="article__tags">Теги: {tags}</div>
<div class="article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a> <a href="#">WhatsApp</a></div>
<div class="article__subscribe">Читайте «Кордон» в <a href="#">Telegram</a> и <a href="#">Дзене</a></div>
<section class="article__related"><h3>Читайте также</h3><ul>
{rel}
</ul></section>
</main>
<aside class="lenta"><h3>Лента новостей</h3><ul>
{lenta_html}
</ul></aside>
</div>
<footer class="ftr"><p>Сетевое издание «Информационное агентство „Кордон“». Свидетельство о регистрации СМИ Эл № ФС77-81234 выдано Роскомнадзором. Учредитель: ООО «Кордон Медиа». Главный редактор: Н. В. Сомова. Адрес редакции: 115093, Москва, ул. Щипок, 11. 18+</p><p>При полном или частичном использовании материалов ссылка на ИА «Кордон» обязательна. <a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p></footer>
</body>
</html>
"""


def r_vzmorye(a, o, url):
    rel = related_list(a.get("related") or pick_related(a), o["home"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{esc(a["title"])} | Охотское взморье</title>
{meta_block(a, o, url)}
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/templates/vz/style.css">
</head>
<body>
<div id="cookies" class="cookies">Сайт использует cookie и сервис веб-аналитики. <a href="/cookies">Подробнее</a> <span class="close">×</span></div>
<div class="top-line"><span class="weather">Южно-Сахалинск +{a.get("temp", 12)}°</span> <span class="tz">Сахалин, UTC+11</span> <a href="/reklama">Реклама</a> <a href="/contacts">Контакты</a></div>
<header><a class="logo" href="/">Охотское <b>взморье</b></a>
<ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/yuzhno">Южно-Сахалинск</a></li><li><a href="/kurily">Курилы</a></li><li><a href="/rayony">Районы</a></li><li><a href="/fishing">Рыбалка</a></li><li><a href="/pogoda">Погода</a></li><li><a href="/proisshestviya">Происшествия</a></li></ul></header>
<div class="wrap">
<div class="news-full">
<h1>{esc(a["title"])}</h1>
<div class="news-info"><span class="date">{sakh_date(a["published"])}</span> <span class="views">👁 {a.get("views", 1432)}</span> <span class="cat">{esc(a.get("section", o["section"]))}</span></div>
<div class="news-text">
{paras(a["body"])}
</div>
<p class="source">{esc(a.get("credit", "Фото: архив редакции"))}</p>
<div class="social">Поделиться: VK · OK · Telegram</div>
<p class="errata">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter</p>
</div>
<div class="see-also"><h3>Смотрите также</h3><ul>
{rel}
</ul></div>
</div>
<footer><p>© 2012–{parse(a["published"]).year} «Охотское взморье». Сетевое издание. 16+. Мнение редакции может не совпадать с мнением авторов. Перепечатка материалов — только с активной ссылкой.</p></footer>
</body>
</html>
"""


def r_ploshchad(a, o, url):
    rel = related_list(a.get("related") or pick_related(a), o["home"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])}</title>
{meta_block(a, o, url)}
<link rel="stylesheet" href="/s/np.css">
</head>
<body>
<div class="np-cookie">Продолжая просмотр, вы принимаете условия использования cookie. <a href="/legal/cookie">Подробнее</a> <a class="ok" href="#">Хорошо</a></div>
<header class="np-header"><a class="np-logo" href="/">Новая площадь</a>
<nav><a href="/politika">Политика</a> · <a href="/obshchestvo">Общество</a> · <a href="/regiony">Регионы</a> · <a href="/armiya">Армия</a> · <a href="/mir">Мир</a> · <a href="/mneniya">Мнения</a> · <a href="/search">Поиск</a></nav></header>
<main>
<p class="np-crumbs"><a href="/">Главная</a> / {esc(a.get("section", o["section"]))}</p>
<h1>{esc(a["title"])}</h1>
<p class="np-author">{esc(a.get("byline", "Редакция"))}, {ru_date(a["published"])}</p>
<div class="np-body">
{paras(a["body"])}
</div>
<div class="np-donate">Поддержите «Новую площадь» — мы существуем на средства читателей. <a href="/donate">Помочь</a></div>
<div class="np-share">Отправить: <a href="#">Telegram</a> <a href="#">VK</a></div>
<h3>Другие материалы</h3><ul class="np-more">
{rel}
</ul>
</main>
<footer class="np-footer">© «Новая площадь», {parse(a["published"]).year}. Все права защищены. 18+ <a href="/legal">Правовая информация</a></footer>
</body>
</html>
"""


def r_choryu(a, o, url):
    rel = related_list(a.get("related") or pick_related(a), o["home"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{esc(a["title"])}｜潮流タイムズ</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, o, url)}
<link rel="stylesheet" href="/css/ct.css">
</head>
<body>
<div class="cookie-consent">当サイトでは、利便性向上や広告配信のためにCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="ct-header">
<div class="ct-logo"><a href="/">潮流タイムズ</a><small>道東版</small></div>
<div class="ct-member"><a href="/member/login">ログイン</a>｜<a href="/member/entry">会員登録（無料）</a></div>
<nav class="ct-gnav"><a href="/news">ニュース</a><a href="/local/nemuro-kushiro">根室・釧路</a><a href="/hoppou">北方領土</a><a href="/suisan">水産</a><a href="/keizai">経済</a><a href="/sports">スポーツ</a><a href="/okuyami">おくやみ</a></nav>
</header>
<main class="ct-main">
<article>
<p class="ct-cat">{esc(a.get("section", o["section"]))}</p>
<h1>{esc(a["title"])}</h1>
<p class="ct-date">{ja_date(a["published"])}</p>
<div class="ct-sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">はてブ</a></div>
<div class="ct-body">
{paras(a["body"])}
</div>
<p class="ct-note">{esc(a.get("credit", "（潮流タイムズ報道部）"))}</p>
</article>
<section class="ct-related"><h2>関連記事</h2><ul>
{rel}
</ul></section>
<section class="ct-ranking"><h2>アクセスランキング</h2><ol><li>道東道、冬季の通行止め基準を見直し</li><li>根室の地酒、品評会で金賞</li><li>厚岸のカキ、出荷ピーク</li></ol></section>
</main>
<footer class="ct-footer"><p>潮流タイムズに掲載の記事・写真・図表の無断転載を禁じます。著作権は潮流タイムズ社またはその情報提供者に帰属します。</p><p><a href="/company">会社案内</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/ad">広告掲載</a>｜<a href="/contact">お問い合わせ</a></p><p>Copyright © Choryu Times Co., Ltd. All rights reserved.</p></footer>
</body>
</html>
"""


def r_kokusai(a, o, url):
    rel = related_list(a.get("related") or pick_related(a), o["home"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} | 国際ジャーナル通信</title>
{meta_block(a, o, url)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/kj.css">
</head>
<body>
<div class="kj-cookie">本サイトはサービス向上のためにクッキーを利用しています。サイトの利用を続けることで、クッキーの利用に同意したものとみなします。<a href="/privacy#cookie">詳細</a> <button>閉じる</button></div>
<header class="kj-head"><h1 class="kj-logo"><a href="/">国際ジャーナル通信</a></h1>
<nav><ul><li><a href="/politics">政治</a></li><li><a href="/economy">経済</a></li><li><a href="/world">国際</a></li><li><a href="/society">社会</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/science">科学</a></li><li><a href="/ranking">ランキング</a></li></ul></nav></header>
<div class="kj-container">
<article class="kj-article">
<div class="kj-genre">{esc(a.get("section", o["section"]))}</div>
<h2 class="kj-title">{esc(a["title"])}</h2>
<div class="kj-time"><time datetime="{a["published"]}">{ja_date_num(a["published"])}</time>（最終更新 {ja_date_num(a.get("modified", a["published"]))}）</div>
<div class="kj-text">
{paras(a["body"])}
</div>
<div class="kj-share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
<aside class="kj-side"><h3>関連ニュース</h3><ul>
{rel}
</ul><h3>よく読まれている記事</h3><ol><li>新幹線、年末年始の予約状況</li><li>全国の紅葉見頃予想</li><li>円相場、一時1ドル＝150円台</li></ol></aside>
</div>
<footer class="kj-foot"><p>国際ジャーナル通信社　〒105-0000 東京都港区</p><p><a href="/about">当社について</a> / <a href="/terms">利用規約</a> / <a href="/privacy">プライバシーポリシー</a> / <a href="/feeds/kokusai-ja.xml">Atom</a></p><p>© Kokusai Journal Press. 記事の無断転載を禁じます。</p></footer>
</body>
</html>
"""


RENDERERS = {
    "pinewick-wire": r_pinewick, "oyashio-review": r_oyashio, "greyling-asia": r_greyling,
    "kordon-ru": r_kordon, "vzmorye-ru": r_vzmorye, "ploshchad-ru": r_ploshchad,
    "choryu-ja": r_choryu, "kokusai-ja": r_kokusai,
}


def render(a: dict) -> str:
    o = OUTLETS[a["feed"]]
    url = f'{o["home"]}/articles/{a["id"]}.html'
    return RENDERERS[a["feed"]](a, o, url)
