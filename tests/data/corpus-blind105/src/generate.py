#!/usr/bin/env python3
"""Generate the blind105 corpus: labels.yaml and articles/*.html.

Usage (from the corpus folder):  python3 src/generate.py
Standard library plus PyYAML only. Running it again rewrites the same files.
"""
from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import content_en  # noqa: E402
import content_ja  # noqa: E402
import content_ru  # noqa: E402

NAME = "blind105"
KNOWN_AS_OF = "2024-02-08"
ID_PREFIX = "b105"

FEEDS = [
    {"id": "brailer-wire", "title": "Brailer Wire - World", "format": "rss", "lang": "en"},
    {"id": "gimbal-review", "title": "The Gimbal Review - Eurasia & Pacific", "format": "atom", "lang": "en"},
    {"id": "tallyboard", "title": "Tallyboard - Asia markets & public money", "format": "rss", "lang": "en"},
    {"id": "itog-vostok", "title": "ИА «Итог-Восток» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "dvcifra-ru", "title": "ДВ-Цифра — экономика и статистика Дальнего Востока", "format": "atom", "lang": "ru"},
    {"id": "ostrkhron-ru", "title": "Островная хроника — новости Курил и Сахалина", "format": "rss", "lang": "ru"},
    {"id": "konsen-fact", "title": "根釧ファクト通信 ニュース", "format": "atom", "lang": "ja"},
    {"id": "gyozaisei-ja", "title": "ほっかい行財政ウォッチ", "format": "rss", "lang": "ja"},
]

DOMAINS = {
    "brailer-wire": "https://www.brailerwire.com",
    "gimbal-review": "https://gimbalreview.org",
    "tallyboard": "https://tallyboard.asia",
    "itog-vostok": "https://itog-vostok.ru",
    "dvcifra-ru": "https://dvcifra.ru",
    "ostrkhron-ru": "https://ostrov-hronika.ru",
    "konsen-fact": "https://konsen-fact.jp",
    "gyozaisei-ja": "https://hokkai-gyozaisei.jp",
}

# pages of these outlets carry no og:/article: meta tags and no JSON-LD
NO_METADATA = {"tallyboard", "ostrkhron-ru"}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

E = html.escape


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def pick(pool: list, key: str, n: int) -> list:
    """Deterministic choice of n items from pool, seeded by the article key."""
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    out, items = [], list(pool)
    while items and len(out) < n:
        out.append(items.pop(h % len(items)))
        h //= 7
    return out


# --------------------------------------------------------------------------- related-link pools
RELATED = {
    "brailer-wire": [
        ("Japan's core inflation holds above 2% for another month", "/business/japan-core-inflation-holds"),
        ("Typhoon season: insurers brace for higher claims in Okinawa", "/business/typhoon-insurers-okinawa"),
        ("South Korea, Japan finance ministers meet in Seoul", "/asia/korea-japan-finance-ministers"),
        ("Rouble steadies after central bank keeps rates on hold", "/markets/rouble-steadies-rates"),
        ("Hokkaido scallop exporters look to Southeast Asia", "/asia/hokkaido-scallop-exports"),
        ("Philippines, Japan sign reciprocal access pact", "/asia/philippines-japan-access-pact"),
        ("Arctic shipping season opens early on northern route", "/world/arctic-shipping-season"),
        ("Bank of Japan watchers split on timing of next hike", "/markets/boj-watchers-split"),
    ],
    "gimbal-review": [
        ("The long afterlife of the 1956 declaration", "/essays/1956-afterlife"),
        ("Why Tokyo's Russia experts went quiet", "/politics/tokyo-russia-experts"),
        ("Sakhalin's economy after the sanctions", "/economy/sakhalin-after-sanctions"),
        ("Podcast: the Sea of Okhotsk as a bastion", "/podcasts/okhotsk-bastion"),
        ("Reading Russia's maritime doctrine", "/security/maritime-doctrine-reading"),
        ("Hokkaido's border towns, in numbers", "/economy/hokkaido-border-towns"),
        ("What Japan's defence budget buys", "/security/japan-defence-budget"),
    ],
    "tallyboard": [
        ("Nemuro saury landings: another thin season", "/commodities/nemuro-saury-thin-season"),
        ("Hakodate squid prices hit record", "/commodities/hakodate-squid-record"),
        ("Far East regional budgets lean on federal transfers", "/budgets/far-east-transfers"),
        ("Container rates from Busan ease", "/shipping/busan-container-rates"),
        ("Japan's fuel subsidy extended to March", "/budgets/japan-fuel-subsidy"),
        ("Crab imports from Russia fall for third year", "/commodities/russian-crab-imports"),
        ("Data: Hokkaido fisheries output by port", "/data/hokkaido-fisheries-ports"),
    ],
    "itog-vostok": [
        ("Во Владивостоке открылся Восточный экономический форум", "/economy/vef-open"),
        ("Лимаренко провёл совещание по подготовке к путине", "/dfo/limarenko-putina"),
        ("Рубль укрепился к юаню на открытии торгов", "/economy/rubl-yuan"),
        ("В Приморье ограничили движение из-за тайфуна", "/incidents/primorye-taifun"),
        ("МИД России прокомментировал заявления Токио о санкциях", "/politics/mid-tokio-sankcii"),
        ("На Камчатке началось извержение вулкана Шивелуч", "/incidents/shiveluch"),
        ("В Хабаровске обсудили развитие авиасообщения на Дальнем Востоке", "/dfo/aviasoobshchenie"),
    ],
    "dvcifra-ru": [
        ("Инфляция на Сахалине в годовом выражении замедлилась", "/stat/inflyaciya-sahalin"),
        ("Сколько стоит минимальный набор продуктов на Курилах", "/stat/nabor-produktov-kurily"),
        ("Улов лососей на Сахалине: итоги путины", "/ryba/itogi-putiny"),
        ("Бюджет Сахалинской области: доходы и расходы за полугодие", "/budget/polugodie"),
        ("Средняя зарплата в Дальневосточном федеральном округе", "/stat/zarplata-dfo"),
        ("Грузооборот порта Корсаков вырос на 6%", "/transport/korsakov-gruzooborot"),
    ],
    "ostrkhron-ru": [
        ("В Малокурильском отремонтируют Дом культуры", "/news/malokurilskoe-dk"),
        ("Отключение электроэнергии в Южно-Курильске: график", "/news/otklyuchenie-grafik"),
        ("Школьники Кунашира победили в областной олимпиаде", "/news/olimpiada-kunashir"),
        ("Расписание вертолётных рейсов на Шикотан", "/raspisanie/vertolet-shikotan"),
        ("На Итурупе открыли новую детскую площадку", "/news/iturup-ploshchadka"),
        ("Объявления: продам лодку ПВХ, недорого", "/obyavleniya/lodka"),
        ("Погода на Курилах: туман и морось до конца недели", "/news/pogoda-tuman"),
    ],
    "konsen-fact": [
        ("根室の花咲ガニ、初水揚げ　高値スタート", "/news/hanasakigani-hatsumizuage"),
        ("中標津空港の利用者、前年比1割増", "/news/nakashibetsu-airport-riyosha"),
        ("釧路港の取扱貨物量、3年ぶり増加", "/news/kushiro-port-cargo"),
        ("標津でサケの遡上始まる", "/news/shibetsu-sake-sojo"),
        ("根室市立病院、常勤医の確保に苦慮", "/news/nemuro-hospital-ishi"),
        ("納沙布岬で灯台まつり", "/news/nosappu-todai-matsuri"),
        ("羅臼の観光船、シャチ観察ツアー好調", "/news/rausu-shachi-tour"),
    ],
    "gyozaisei-ja": [
        ("道の補正予算案、総額420億円", "/dosei/hosei-yosan"),
        ("根室市、ふるさと納税の受け入れ額が過去最高", "/shichoson/nemuro-furusato-nozei"),
        ("道議会、一般質問始まる", "/gikai/ippan-shitsumon"),
        ("釧路市の人口、16万人割れ", "/shichoson/kushiro-jinko"),
        ("北方領土隣接地域振興、計画の見直し議論", "/hoppo/rinsetsu-shinko"),
        ("道内市町村の財政健全化指標、全団体が基準内", "/shichoson/zaisei-kenzenka"),
    ],
}


# --------------------------------------------------------------------------- date formats
def fmt_en_long(d: datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')} GMT"


def fmt_en_short(d: datetime) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def fmt_tally(d: datetime) -> str:
    return f"Published {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} · {d.strftime('%H:%M')} GMT"


def fmt_ru(d: datetime, tz_hours: int, suffix: str) -> str:
    loc = d + timedelta(hours=tz_hours)
    return f"{loc.day} {RU_MONTHS[loc.month - 1]} {loc.year}, {loc.strftime('%H:%M')}{suffix}"


def fmt_ru_numeric(d: datetime, tz_hours: int) -> str:
    loc = d + timedelta(hours=tz_hours)
    return loc.strftime("%d.%m.%Y, %H:%M")


def fmt_ja(d: datetime) -> str:
    loc = d + timedelta(hours=9)
    return f"{loc.year}年{loc.month}月{loc.day}日 {loc.strftime('%H:%M')}"


def fmt_ja_slash(d: datetime) -> str:
    loc = d + timedelta(hours=9)
    return loc.strftime("%Y/%m/%d %H:%M")


# --------------------------------------------------------------------------- shared pieces
ORG_WORDS = ("staff", "desk", "Maritime", "Редакция", "Отдел", "編集部", "支局", "担当")


def author_ld(a: dict, site: str) -> dict:
    by = a.get("byline")
    if not by or any(w in by for w in ORG_WORDS):
        return {"@type": "Organization", "name": by or site}
    return {"@type": "Person", "name": by}


def meta_block(a: dict, url: str, site: str, locale: str, json_ld: bool) -> str:
    if a["feed"] in NO_METADATA:
        return ""
    parts = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{E(url)}">',
        f'<meta property="og:locale" content="{locale}">',
        f'<meta property="article:published_time" content="{a["published"]}">',
        f'<meta property="article:section" content="{E(a.get("section", ""))}">',
        f'<meta name="description" content="{E(a["summary"])}">',
        f'<link rel="canonical" href="{E(url)}">',
    ]
    if json_ld:
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["summary"],
            "datePublished": a["published"], "dateModified": a["published"],
            "inLanguage": a["lang"], "mainEntityOfPage": url,
            "author": author_ld(a, site),
            "publisher": {"@type": "Organization", "name": site},
        }
        parts.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n  ".join(parts)


def paras_html(a: dict) -> str:
    out = []
    for i, p in enumerate(a["paras"]):
        if i == 0 and a.get("dateline"):
            out.append(f"<p><span class=\"dateline\">{E(a['dateline'])}</span> {E(p)}</p>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n        ".join(out)


def infobox_html(a: dict, heading: str) -> str:
    if not a.get("infobox"):
        return ""
    rows = "".join(f"<tr><th>{E(k)}</th><td>{E(v)}</td></tr>" for k, v in a["infobox"])
    return f'<aside class="infobox"><h3>{E(heading)}</h3><table>{rows}</table></aside>'


def comments_html(a: dict, heading: str, reply: str) -> str:
    if not a.get("comments"):
        return ""
    items = "".join(
        f'<li class="comment"><span class="c-author">{E(u)}</span><p>{E(t)}</p>'
        f'<a href="#" class="c-reply">{E(reply)}</a></li>' for u, t in a["comments"])
    return f'<section class="comments"><h3>{E(heading)} ({len(a["comments"])})</h3><ul>{items}</ul></section>'


def related_html(a: dict, heading: str) -> str:
    links = pick(RELATED[a["feed"]], a["key"], 3)
    items = "".join(f'<li><a href="{E(DOMAINS[a["feed"]] + href)}">{E(t)}</a></li>' for t, href in links)
    return f'<section class="related"><h3>{E(heading)}</h3><ul>{items}</ul></section>'


# --------------------------------------------------------------------------- outlet templates
def page_brailer(a: dict, url: str) -> str:
    d = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | Brailer Wire</title>
  {meta_block(a, url, 'Brailer Wire', 'en_GB', json_ld=True)}
  <link rel="stylesheet" href="/static/brailer.css">
</head>
<body class="brailer article-page">
  <div id="cookie-consent" class="cookie-bar" role="dialog">
    <p>We use cookies to personalise content, measure traffic and support our journalism. You can change your choices at any time in Privacy Settings.</p>
    <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage cookies</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">BRAILER <span>WIRE</span></a>
    <nav class="primary"><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/markets">Markets</a> <a href="/maritime">Maritime</a> <a href="/science">Science</a> <a href="/video">Video</a></nav>
    <form class="search" action="/search"><input name="q" placeholder="Search Brailer"></form>
  </header>
  <main>
    <article class="story">
      <p class="kicker">{E(a.get('section', 'World'))}</p>
      <h1>{E(a['title'])}</h1>
      <p class="byline">By {E(a.get('byline', 'Brailer staff'))} &middot; <time datetime="{a['published']}">{fmt_en_long(d)}</time></p>
      <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="story-body">
        {paras_html(a)}
      </div>
      <p class="trust">Our Standards: The Brailer Trust Principles.</p>
    </article>
    {related_html(a, 'Read next')}
  </main>
  <footer class="site-footer">
    <nav><a href="/about">About Brailer</a> <a href="/contact">Contact</a> <a href="/careers">Careers</a> <a href="/terms">Terms of Use</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie Settings</a></nav>
    <p>&copy; {d.year} Brailer Wire. All rights reserved. Data delayed at least 15 minutes.</p>
  </footer>
</body>
</html>
"""


def page_gimbal(a: dict, url: str) -> str:
    d = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} — The Gimbal Review</title>
  {meta_block(a, url, 'The Gimbal Review', 'en_US', json_ld=False)}
  <link rel="stylesheet" href="/assets/gimbal.min.css">
</head>
<body>
  <div class="consent-banner">This site uses cookies and similar technologies. By continuing you agree to our <a href="/privacy">privacy policy</a>. <button>OK</button></div>
  <header>
    <div class="brand"><a href="/">The Gimbal Review</a><span class="tagline">Eurasia &amp; the Pacific, steadied</span></div>
    <nav><a href="/politics">Politics</a> | <a href="/security">Security</a> | <a href="/economy">Economy</a> | <a href="/ideas">Ideas</a> | <a href="/podcasts">Podcasts</a> | <a href="/subscribe" class="cta">Subscribe</a></nav>
  </header>
  <main class="layout">
    <article>
      <div class="section-label">{E(a.get('section', ''))}</div>
      <h1 class="headline">{E(a['title'])}</h1>
      <p class="dek">{E(a['summary'])}</p>
      <div class="meta">{E(a.get('byline', 'Gimbal Review desk'))} · {fmt_en_short(d)}</div>
      <div class="body">
        {paras_html(a)}
      </div>
      <div class="share-tools">Share: <a href="#">X</a> · <a href="#">Bluesky</a> · <a href="#">Email</a></div>
      {comments_html(a, 'Comments', 'Reply')}
    </article>
    <aside class="sidebar">
      <div class="newsletter"><h4>The Gimbal Weekly</h4><p>One email on Fridays. No noise.</p><input placeholder="you@example.com"><button>Sign up</button></div>
      {related_html(a, 'More from The Gimbal Review')}
    </aside>
  </main>
  <footer><p>The Gimbal Review is reader-supported. &copy; {d.year} Gimbal Media Ltd. <a href="/about">About</a> · <a href="/masthead">Masthead</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def page_tally(a: dict, url: str) -> str:
    d = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} - Tallyboard</title>
  <link rel="stylesheet" href="/css/tb.css">
</head>
<body>
  <div class="ticker">NIKKEI 225 &#9650; 0.4% &nbsp; USD/JPY 151.2 &nbsp; USD/RUB 91.8 &nbsp; BRENT $82.1 &nbsp; POLLOCK (NEMURO) &yen;118/kg</div>
  <div id="gdpr" class="gdpr-popup"><strong>Your privacy</strong><p>We and our partners use cookies to improve your experience and to show relevant offers.</p><button>Accept</button><button>Reject non-essential</button></div>
  <header class="tb-head">
    <a href="/" class="tb-logo">Tallyboard</a>
    <ul class="tb-nav"><li><a href="/markets">Markets</a></li><li><a href="/budgets">Budgets</a></li><li><a href="/commodities">Commodities</a></li><li><a href="/shipping">Shipping</a></li><li><a href="/data">Data</a></li><li><a href="/login">Sign in</a></li></ul>
  </header>
  <div class="tb-wrap">
    <div class="tb-article">
      <span class="tb-section">{E(a.get('section', ''))}</span>
      <h1>{E(a['title'])}</h1>
      <h2 class="tb-standfirst">{E(a['summary'])}</h2>
      <div class="tb-byline">{E(a.get('byline', 'Tallyboard'))}<br><span class="tb-date">{fmt_tally(d)}</span></div>
      <div class="tb-text">
        {paras_html(a)}
      </div>
      <div class="tb-share"><button>Share</button><button>Save</button><button>Print</button></div>
    </div>
    {related_html(a, 'Related coverage')}
  </div>
  <footer class="tb-foot">Tallyboard &middot; Asia markets &amp; public money &middot; &copy; {d.year} &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/advertise">Advertise</a></footer>
</body>
</html>
"""


def page_itog(a: dict, url: str) -> str:
    d = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} — ИА «Итог-Восток»</title>
  {meta_block(a, url, 'ИА «Итог-Восток»', 'ru_RU', json_ld=True)}
  <link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
  <div class="cookie-notice">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
  <header class="top">
    <a class="logo" href="/">ИТОГ<b>-ВОСТОК</b></a>
    <nav><a href="/">Главное</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/incidents">Происшествия</a> <a href="/dfo">Дальний Восток</a> <a href="/photo">Фото</a></nav>
  </header>
  <main class="content">
    <article class="news-item">
      <div class="rubric">{E(a.get('section', ''))}</div>
      <h1>{E(a['title'])}</h1>
      <div class="date">{fmt_ru(d, 3, ' (мск)')}</div>
      <div class="lead">{E(a['summary'])}</div>
      <div class="text">
        {paras_html(a)}
      </div>
      <div class="author">Автор: {E(a.get('byline', 'Редакция'))}</div>
      <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
    </article>
    {related_html(a, 'Читайте также')}
  </main>
  <footer class="bottom">
    <p>© ИА «Итог-Восток», {d.year}. Свидетельство о регистрации СМИ ИА № ФС77-00000. 18+</p>
    <p>При использовании материалов ссылка на ИА «Итог-Восток» обязательна.</p>
  </footer>
</body>
</html>
"""


def page_dvcifra(a: dict, url: str) -> str:
    d = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | ДВ-Цифра</title>
  {meta_block(a, url, 'ДВ-Цифра', 'ru_RU', json_ld=False)}
  <link rel="stylesheet" href="/theme/dvc.css">
</head>
<body>
  <div class="cookies">Сайт использует cookie и сервисы веб-аналитики. <a href="/cookies">Подробнее</a> <button>Принять</button></div>
  <header class="dvc-header">
    <a href="/" class="dvc-logo">ДВ<span>-Цифра</span></a>
    <nav class="dvc-menu"><a href="/economy">Экономика</a><a href="/budget">Бюджет</a><a href="/ryba">Рыба</a><a href="/transport">Транспорт</a><a href="/stat">Статистика</a><a href="/infographics">Инфографика</a></nav>
  </header>
  <main class="dvc-main">
    <article>
      <p class="dvc-rubric">{E(a.get('section', ''))}</p>
      <h1>{E(a['title'])}</h1>
      <p class="dvc-date">{fmt_ru_numeric(d, 10)}</p>
      <p class="dvc-lead"><strong>{E(a['summary'])}</strong></p>
      {infobox_html(a, 'В цифрах')}
      <div class="dvc-body">
        {paras_html(a)}
      </div>
      <p class="dvc-author">{E(a.get('byline', 'Редакция'))}</p>
      <div class="dvc-share"><a href="#">VK</a> <a href="#">TG</a> <a href="#">OK</a></div>
    </article>
    {related_html(a, 'Другие материалы')}
  </main>
  <footer class="dvc-footer">© {d.year} ДВ-Цифра. Экономика и статистика Дальнего Востока. Мнение редакции может не совпадать с мнением авторов. 16+</footer>
</body>
</html>
"""


def page_ostrkhron(a: dict, url: str) -> str:
    d = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} - Островная хроника</title>
  <link rel="stylesheet" href="/wp-content/themes/ostrov/style.css">
</head>
<body class="single-post">
  <div class="cookie-law">Наш сайт использует куки. <a href="#">OK</a></div>
  <div class="site-header">
    <div class="site-title"><a href="/">Островная хроника</a></div>
    <div class="site-desc">Новости Курил и Сахалина</div>
    <ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/yuzhno-kurilsk">Южно-Курильск</a></li><li><a href="/kurilsk">Курильск</a></li><li><a href="/malokurilskoe">Малокурильское</a></li><li><a href="/raspisanie">Расписание</a></li><li><a href="/obyavleniya">Объявления</a></li></ul>
  </div>
  <div id="content">
    <div class="post">
      <div class="post-cat">{E(a.get('section', 'Новости'))}</div>
      <h1 class="entry-title">{E(a['title'])}</h1>
      <div class="post-info">{fmt_ru(d, 11, '')} | {E(a.get('byline', 'Редакция'))}</div>
      <div class="entry-content">
        <p><em>{E(a['summary'])}</em></p>
        {paras_html(a)}
      </div>
      <div class="post-share">Поделиться: <a href="#">ВК</a> <a href="#">Телеграм</a> <a href="#">WhatsApp</a></div>
      {comments_html(a, 'Комментарии', 'Ответить')}
    </div>
    <div class="sidebar">
      {related_html(a, 'Последние новости')}
      <div class="widget">Подписывайтесь на наш Telegram-канал</div>
    </div>
  </div>
  <div class="site-footer">Сетевое издание «Островная хроника». Южно-Курильск, {d.year}. Перепечатка — со ссылкой на источник.</div>
</body>
</html>
"""


def page_konsen(a: dict, url: str) -> str:
    d = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])}｜根釧ファクト通信</title>
  {meta_block(a, url, '根釧ファクト通信', 'ja_JP', json_ld=True)}
  <link rel="stylesheet" href="/common/css/style.css">
</head>
<body>
  <div class="cookie-banner">当サイトでは、利便性向上と広告配信のためにクッキーを使用しています。詳しくは<a href="/policy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
  <header class="gh">
    <p class="gh-logo"><a href="/">根釧ファクト通信</a></p>
    <nav class="gh-nav"><a href="/news">ニュース</a><a href="/nemuro">根室</a><a href="/kushiro">釧路</a><a href="/nakashibetsu">中標津</a><a href="/gyogyo">漁業</a><a href="/hoppo">北方領土</a><a href="/shasetsu">社説</a></nav>
  </header>
  <main class="main">
    <article class="article">
      <p class="article-cat">{E(a.get('section', ''))}</p>
      <h1 class="article-title">{E(a['title'])}</h1>
      <p class="article-date"><time datetime="{a['published']}">{fmt_ja(d)}</time>　{E(a.get('byline', ''))}</p>
      <div class="article-body">
        {paras_html(a)}
      </div>
      <ul class="sns"><li><a href="#">X（旧Twitter）</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">はてなブックマーク</a></li></ul>
    </article>
    {related_html(a, '関連記事')}
    <div class="ranking"><h3>アクセスランキング</h3><ol><li>根室の天気、週末は濃霧</li><li>中標津で交通事故</li><li>釧路で花火大会の日程決まる</li></ol></div>
  </main>
  <footer class="gf"><p>根釧ファクト通信　〒087-0000 北海道根室市</p><p>Copyright © {d.year} Konsen Fact Tsushin. 記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


def page_gyozaisei(a: dict, url: str) -> str:
    d = parse(a["published"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} - ほっかい行財政ウォッチ</title>
  {meta_block(a, url, 'ほっかい行財政ウォッチ', 'ja_JP', json_ld=False)}
  <link rel="stylesheet" href="/assets/hgw.css">
</head>
<body>
  <div id="cookie">本サイトはサービス向上のためCookieを利用します。<button>閉じる</button></div>
  <header class="hgw-header">
    <div class="hgw-logo"><a href="/">ほっかい行財政ウォッチ</a><small>北海道の行政・財政・議会を読む</small></div>
    <nav class="hgw-gnav"><ul><li><a href="/dosei">道政</a></li><li><a href="/shichoson">市町村</a></li><li><a href="/yosan">予算</a></li><li><a href="/gikai">議会</a></li><li><a href="/kokusei">国政</a></li><li><a href="/hoppo">北方領土</a></li></ul></nav>
    <div class="hgw-member"><a href="/login">ログイン</a>｜<a href="/join">会員登録</a></div>
  </header>
  <div class="hgw-container">
    <article class="hgw-entry">
      <div class="hgw-cat">{E(a.get('section', ''))}</div>
      <h1>{E(a['title'])}</h1>
      <div class="hgw-date">{fmt_ja_slash(d)}　{E(a.get('byline', ''))}</div>
      {infobox_html(a, '主なポイント')}
      <div class="hgw-text">
        {paras_html(a)}
      </div>
      <div class="hgw-share"><a href="#">ポスト</a>｜<a href="#">シェア</a>｜<a href="#">LINEで送る</a></div>
    </article>
    {related_html(a, 'こちらもおすすめ')}
  </div>
  <footer class="hgw-footer"><a href="/about">運営会社</a>｜<a href="/kiyaku">利用規約</a>｜<a href="/privacy">個人情報保護方針</a><br>© {d.year} ほっかい行財政ウォッチ</footer>
</body>
</html>
"""


TEMPLATES = {
    "brailer-wire": page_brailer, "gimbal-review": page_gimbal, "tallyboard": page_tally,
    "itog-vostok": page_itog, "dvcifra-ru": page_dvcifra, "ostrkhron-ru": page_ostrkhron,
    "konsen-fact": page_konsen, "gyozaisei-ja": page_gyozaisei,
}


# --------------------------------------------------------------------------- main
def all_articles() -> list[dict]:
    arts = content_en.ARTICLES + content_ru.ARTICLES + content_ja.ARTICLES
    keys = [a["key"] for a in arts]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate keys: {dup}")
    arts.sort(key=lambda a: (parse(a["published"]), a["key"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"{ID_PREFIX}-{n:02d}"
    return arts


def label_entry(a: dict) -> dict:
    e = {
        "id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
        "title": a["title"], "summary": a["summary"], "label": a["label"],
    }
    if a["label"] in ("new_development", "status_change"):
        e["group"] = a["group"]
        e["new_facts"] = list(a["new_facts"])
        e["must_mention"] = [list(x) for x in a["must_mention"]]
    e["note"] = a["note"]
    return e


def main() -> None:
    arts = all_articles()
    feeds = {f["id"]: f for f in FEEDS}
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for a in arts:
        assert a["feed"] in feeds, a["key"]
        assert a["lang"] == feeds[a["feed"]]["lang"], a["key"]
        url = f"{DOMAINS[a['feed']]}/articles/{a['id']}.html"
        page = TEMPLATES[a["feed"]](a, url)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
    labels = {
        "name": NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": FEEDS,
        "articles": [label_entry(a) for a in arts],
    }
    text = ("# blind105: notices, numbers and schedules around the Kuril Islands dispute.\n"
            "# Generated by src/generate.py - edit the content modules, not this file.\n")
    text += yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=110)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    # a key -> id map helps humans cross-reference notes
    (ROOT / "src" / "ids.txt").write_text(
        "".join(f"{a['id']}\t{a['key']}\t{a['label']}\t{a.get('group') or '-'}\n" for a in arts), encoding="utf-8")
    print(f"wrote {len(arts)} articles to {out_dir} and labels.yaml")


if __name__ == "__main__":
    main()
