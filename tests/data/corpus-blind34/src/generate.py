#!/usr/bin/env python3
"""Generate the blind34 evaluation corpus.

Writes ../labels.yaml and ../articles/<id>.html from the article data in
articles_en.py, articles_ru.py and articles_ja.py.  Deterministic: running it twice
gives byte-identical output.

    python3 src/generate.py            # from <corpus>
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from articles_en import ARTICLES as EN  # noqa: E402
from articles_ru import ARTICLES as RU  # noqa: E402
from articles_ja import ARTICLES as JA  # noqa: E402

NAME = "blind34"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "kasumi-en", "title": "Kasumi Press - English Service", "format": "rss", "lang": "en"},
    {"id": "ishikari-en", "title": "Ishikari Bay Reporter - Hokkaido in English", "format": "atom", "lang": "en"},
    {"id": "obzor-en", "title": "Obzor News Agency - English Service", "format": "rss", "lang": "en"},
    {"id": "gannet-en", "title": "Gannet Wire - World", "format": "atom", "lang": "en"},
    {"id": "vestovoy-ru", "title": "Вестовой — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "zenit-ru", "title": "Агентство «Зенит-Информ» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "chishima-ja", "title": "千島桜新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "wako-ja", "title": "和光通信ニュース", "format": "atom", "lang": "ja"},
]
FEED_LANG = {f["id"]: f["lang"] for f in FEEDS}

E = html.escape

# ----------------------------------------------------------------------------- helpers

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAK = timezone(timedelta(hours=11))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


def og_meta(a, site: str, url_base: str, locale: str) -> str:
    return (
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:site_name" content="{E(site)}">\n'
        f'<meta property="og:title" content="{E(a["title"])}">\n'
        f'<meta property="og:description" content="{E(a["summary"])}">\n'
        f'<meta property="og:url" content="{url_base}/articles/{a["id"]}.html">\n'
        f'<meta property="og:locale" content="{locale}">\n'
        f'<meta property="article:published_time" content="{ts(a).isoformat()}">\n'
        f'<meta name="description" content="{E(a["summary"])}">'
    )


def json_ld(a, site: str, author: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": ts(a).isoformat(), "dateModified": ts(a).isoformat(),
        "inLanguage": FEED_LANG[a["feed"]],
        "author": {"@type": "Organization", "name": author},
        "publisher": {"@type": "Organization", "name": site},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related_links(a, all_articles, fillers: list[str], n_prev: int = 3) -> list[tuple[str, str]]:
    """Earlier stories of the same outlet, then filler headlines (no link target)."""
    prev = [b for b in all_articles if b["feed"] == a["feed"] and ts(b) < ts(a)]
    prev = sorted(prev, key=ts, reverse=True)[:n_prev]
    out = [(f"/articles/{b['id']}.html", b["title"]) for b in prev]
    # deterministic choice of fillers from the id
    k = sum(map(ord, a["id"])) % len(fillers)
    for f in fillers[k:] + fillers[:k]:
        if len(out) >= 5:
            break
        out.append(("#", f))
    return out


# ----------------------------------------------------------------------------- templates


def tpl_kasumi(a, allart) -> str:
    t = ts(a).astimezone(JST)
    when = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%H:%M} JST"
    site = "Kasumi Press"
    meta = ""
    if a.get("meta", True):
        meta = og_meta(a, site, "https://english.kasumipress.jp", "en_US") + "\n" + json_ld(a, site, "Kasumi Press")
    fillers = ["Bank of Japan holds rates, signals patience on yen",
               "Shinkansen services resume after heavy snow in Tohoku",
               "Toyota lifts output forecast on hybrid demand",
               "Osaka expo site redevelopment plan unveiled",
               "Japan's population of children falls for 44th year",
               "Nikkei ends higher as chip stocks rebound",
               "Record number of foreign visitors in Hokkaido ski resorts"]
    rel = "".join(f'<li><a href="{h}">{E(t_)}</a></li>' for h, t_ in related_links(a, allart, fillers))
    tags = "".join(f'<a class="tag" href="#">{E(x)}</a>' for x in a.get("tags", ["Diplomacy", "Russia"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Kasumi Press</title>
{meta}
<link rel="stylesheet" href="/static/kp-2024.css">
</head>
<body class="kp article">
<div id="kp-consent" class="consent-bar" role="dialog">
  <p>We use cookies and similar technologies to improve your experience, measure traffic and show
  relevant advertising. See our <a href="#">Cookie Policy</a>.</p>
  <button>Accept all</button> <button>Manage settings</button>
</div>
<header class="kp-head">
  <a class="logo" href="/">KASUMI PRESS <span>English</span></a>
  <nav><ul>
    <li><a href="#">Top</a></li><li><a href="#">Politics</a></li><li><a href="#">Diplomacy</a></li>
    <li><a href="#">Business</a></li><li><a href="#">Society</a></li><li><a href="#">Regions</a></li>
    <li><a href="#">Sports</a></li><li><a href="#">Photos</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Search"></form>
</header>
<main>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="#">{E(a.get("section", "Diplomacy"))}</a></div>
<article>
  <h1>{E(a["title"])}</h1>
  <div class="byline">Kasumi Press &middot; <time>{when}</time></div>
  <div class="share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Copy link</a></div>
  <div class="body">
{paras(a["body"])}
  </div>
  <div class="copyright">(Kasumi Press) &copy; Kasumi Press. All rights reserved.</div>
  <div class="tags">{tags}</div>
</article>
<aside class="related"><h3>Related coverage</h3><ul>{rel}</ul></aside>
<aside class="ranking"><h3>Most read</h3><ol>
  <li><a href="#">Heat stroke alerts issued across 30 prefectures</a></li>
  <li><a href="#">Government panel backs higher minimum wage</a></li>
  <li><a href="#">Rice prices ease as stockpile releases continue</a></li>
</ol></aside>
</main>
<footer class="kp-foot">
  <ul><li><a href="#">About us</a></li><li><a href="#">Terms of use</a></li><li><a href="#">Privacy policy</a></li>
  <li><a href="#">Contact</a></li><li><a href="#">RSS</a></li></ul>
  <p>Copyright &copy; {t.year} Kasumi Press. No reproduction without permission.</p>
</footer>
</body>
</html>
"""


def tpl_ishikari(a, allart) -> str:
    t = ts(a).astimezone(JST)
    when = f"{EN_MONTHS[t.month - 1][:3]}. {t.day}, {t.year}"
    site = "Ishikari Bay Reporter"
    meta = og_meta(a, site, "https://www.ishikaribay.news", "en_GB") if a.get("meta", True) else ""
    fillers = ["Sapporo snow festival draws record crowds despite mild winter",
               "Kushiro wetland cranes counted at 1,900",
               "New direct flights link New Chitose with Taipei",
               "Otaru canal warehouses get a second life as hotels",
               "Hokkaido dairy farmers brace for feed cost rise",
               "Tomakomai chip plant begins hiring drive",
               "Shiretoko tour boats return with stricter safety rules"]
    rel = "".join(f'<li><a href="{h}">{E(t_)}</a></li>' for h, t_ in related_links(a, allart, fillers))
    byline = a.get("byline", "By Reporter staff")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} — Ishikari Bay Reporter</title>
<meta name="viewport" content="width=device-width">
{meta}
<link rel="stylesheet" href="/assets/ibr.css">
</head>
<body>
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree to our use of
cookies. <a href="#">Learn more</a> <button>OK</button></div>
<div class="topbar">Sapporo &nbsp;|&nbsp; <a href="#">Subscribe</a> &nbsp;|&nbsp; <a href="#">Sign in</a></div>
<header>
  <div class="masthead"><a href="/">Ishikari Bay Reporter</a><small>News from Japan's north, in English</small></div>
  <nav>
    <a href="#">News</a> <a href="#">Nemuro &amp; the islands</a> <a href="#">Business</a>
    <a href="#">Travel</a> <a href="#">Food</a> <a href="#">Opinion</a> <a href="#">Events</a>
  </nav>
</header>
<div class="wrap">
<article class="story">
  <p class="kicker">{E(a.get("section", "Nemuro & the islands"))}</p>
  <h1>{E(a["title"])}</h1>
  <p class="standfirst">{E(a["summary"])}</p>
  <p class="meta">{E(byline)} &nbsp;&middot;&nbsp; {when}</p>
{paras(a["body"])}
  <p class="share">Share: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">Email</a></p>
</article>
<aside>
  <div class="box"><h4>More from the Reporter</h4><ul>{rel}</ul></div>
  <div class="box newsletter"><h4>The Weekly North</h4><p>Our Friday newsletter on life in Hokkaido.</p>
  <input type="email" placeholder="Your email"><button>Sign up</button></div>
  <div class="ad">Advertisement</div>
</aside>
</div>
<footer><p>Ishikari Bay Reporter is an independent English-language news site based in Sapporo.</p>
<p><a href="#">About</a> · <a href="#">Advertise</a> · <a href="#">Corrections</a> · <a href="#">Privacy</a></p>
<p>&copy; {t.year} Ishikari Bay Media LLC</p></footer>
</body>
</html>
"""


def tpl_obzor(a, allart) -> str:
    t = ts(a).astimezone(MSK)
    when = f"{t:%H:%M}, {t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    site = "Obzor News Agency"
    meta = ""
    if a.get("meta", True):
        meta = og_meta(a, site, "https://en.obzor-news.ru", "en_US") + "\n" + json_ld(a, site, "Obzor")
    fillers = ["Russian wheat export quota set for second half of season",
               "Moscow metro opens three new stations on Big Circle Line",
               "Central bank keeps key rate unchanged",
               "Northern Sea Route cargo volume reaches new high",
               "Vladivostok forum to host delegations from 60 countries",
               "Russian ski jumpers to compete under neutral flag, federation says"]
    rel = "".join(f'<li><a href="{h}">{E(t_)}</a></li>' for h, t_ in related_links(a, allart, fillers, 2))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - Obzor</title>
{meta}
</head>
<body>
<svg style="display:none"><symbol id="i-share"></symbol><symbol id="i-tg"></symbol><symbol id="i-vk"></symbol></svg>
<div class="gdpr">Obzor uses cookies. By continuing to use the site you consent to it. <a href="#">Details</a> <span class="close">&times;</span></div>
<header class="top">
  <a class="brand" href="/">OBZOR</a>
  <ul class="menu"><li><a href="#">All news</a></li><li><a href="#">Russian politics &amp; diplomacy</a></li>
  <li><a href="#">World</a></li><li><a href="#">Business &amp; economy</a></li><li><a href="#">Military &amp; defense</a></li>
  <li><a href="#">Science &amp; space</a></li><li><a href="#">Emergencies</a></li><li><a href="#">Society &amp; culture</a></li></ul>
  <div class="lang"><a href="#">RU</a> | EN</div>
</header>
<div class="page">
<div class="news-header">
  <span class="rubric">{E(a.get("section", "Russian politics & diplomacy"))}</span>
  <time>{when}</time>
  <h1>{E(a["title"])}</h1>
  <div class="lead">{E(a["summary"])}</div>
</div>
<div class="text-block">
{paras(a["body"])}
</div>
<div class="tags">Tags: {", ".join(E(x) for x in a.get("tags", ["Japan", "Russia"]))}</div>
<div class="share-buttons"><a href="#">Telegram</a> <a href="#">VK</a> <a href="#">OK</a> <a href="#">Copy</a></div>
<section class="more"><h3>Read also</h3><ul>{rel}</ul></section>
</div>
<footer>
  <p>Obzor News Agency. Registered with the Federal Service for Supervision of Communications.
  When using materials, a hyperlink to Obzor is required.</p>
  <p><a href="#">Contacts</a> <a href="#">Advertising</a> <a href="#">Terms</a> <a href="#">Personal data policy</a></p>
  <p>&copy; Obzor, 2005&ndash;{t.year}</p>
</footer>
</body>
</html>
"""


def tpl_gannet(a, allart) -> str:
    # A bare-bones wire page: no Open Graph, no JSON-LD, no published-time meta.
    t = ts(a).astimezone(timezone.utc)
    when = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} GMT"
    fillers = ["Oil edges up as Gulf shipping concerns linger",
               "EU ministers meet on migration pact rules",
               "Brazil's central bank raises benchmark rate",
               "Typhoon forces flight cancellations in southern China",
               "Kenya's tea exports hit five-year high",
               "Nordic grid operators warn of tight winter supply"]
    rel = "".join(f'<li><a href="{h}">{E(t_)}</a></li>' for h, t_ in related_links(a, allart, fillers, 2))
    dateline = a.get("dateline", "")
    body = list(a["body"])
    if dateline:
        body[0] = f"{dateline} (Gannet) - " + body[0]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a["title"])}</title>
</head>
<body>
<div id="cmp">Your privacy choices: we and our 132 partners store and access information on your device.
<a href="#">Accept</a> <a href="#">Reject</a> <a href="#">Customise</a></div>
<table class="hdr" width="100%"><tr><td><b>GANNET WIRE</b> &mdash; World</td>
<td align="right"><a href="#">Markets</a> | <a href="#">World</a> | <a href="#">Asia</a> | <a href="#">Energy</a> | <a href="#">Commodities</a> | <a href="#">Login</a></td></tr></table>
<div class="story">
<h1>{E(a["title"])}</h1>
<div class="stamp">{when}</div>
<div class="story-body">
{paras(body)}
</div>
<p class="credit">Reporting by Gannet staff; editing by the Asia desk.</p>
<p class="trust">Our standards: <a href="#">The Gannet Trust Principles</a>.</p>
</div>
<div class="more"><b>More from Gannet</b><ul>{rel}</ul></div>
<div class="ftr">&copy; {t.year} Gannet Wire Ltd. All quotes delayed a minimum of 15 minutes.
<a href="#">Terms</a> | <a href="#">Privacy</a> | <a href="#">Accessibility</a></div>
</body>
</html>
"""


def tpl_vestovoy(a, allart) -> str:
    t = ts(a).astimezone(SAK)
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    site = "Вестовой"
    meta = og_meta(a, site, "https://vestovoy65.ru", "ru_RU") if a.get("meta", True) else ""
    fillers = ["В Южно-Сахалинске до конца недели ограничат движение по Комсомольской",
               "Паромная переправа Ванино — Холмск работает по графику",
               "Синоптики обещают на Сахалине мокрый снег и порывы до 25 м/с",
               "В Корсакове открыли новый спортивный комплекс",
               "Цены на красную икру в области снизились впервые за три года",
               "Сахалинские школьники стали призёрами всероссийской олимпиады",
               "В Холмском районе медведь вышел к детскому лагерю"]
    rel = "".join(f'<li><a href="{h}">{E(t_)}</a></li>' for h, t_ in related_links(a, allart, fillers))
    comments = ""
    if a.get("comments"):
        items = "".join(f'<div class="c"><b>{E(n)}</b><p>{E(c)}</p></div>' for n, c in a["comments"])
        comments = f'<section class="comments"><h3>Комментарии ({len(a["comments"])})</h3>{items}</section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} — Вестовой</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}
</head>
<body>
<div class="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом,
вы соглашаетесь с <a href="#">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<div class="infobar">Южно-Сахалинск &nbsp; <span class="w">−2°</span> &nbsp; USD 89,4 &nbsp; EUR 97,1 &nbsp; <a href="#">Прислать новость</a></div>
<header>
  <a class="logo" href="/">ВЕСТОВОЙ</a> <span class="slogan">новости Сахалина и Курил</span>
  <nav><a href="#">Новости</a> <a href="#">Курилы</a> <a href="#">Власть</a> <a href="#">Экономика</a>
  <a href="#">Общество</a> <a href="#">Происшествия</a> <a href="#">Спорт</a> <a href="#">Афиша</a></nav>
</header>
<main>
<article>
  <div class="rubric">{E(a.get("section", "Курилы"))}</div>
  <h1>{E(a["title"])}</h1>
  <div class="date">{when}</div>
  <div class="announce"><b>{E(a["summary"])}</b></div>
{paras(a["body"])}
  <div class="author">{E(a.get("byline", "Редакция «Вестового»"))}</div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <div class="subscribe">Подписывайтесь на «Вестовой» в <a href="#">Telegram</a> и <a href="#">Дзене</a></div>
</article>
{comments}
<aside><h3>Читайте также</h3><ul>{rel}</ul></aside>
</main>
<footer>
  <p>Сетевое издание «Вестовой». Свидетельство о регистрации СМИ ЭЛ № ФС 77-81544.
  Учредитель: ООО «Медиагруппа «Пролив». Главный редактор: Н. А. Корсунова. 16+</p>
  <p>Использование материалов допускается при наличии активной гиперссылки на vestovoy65.ru.</p>
  <p>&copy; 2015–{t.year} «Вестовой»</p>
</footer>
</body>
</html>
"""


def tpl_zenit(a, allart) -> str:
    t = ts(a).astimezone(MSK)
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    site = "Зенит-Информ"
    meta = ""
    if a.get("meta", True):
        meta = og_meta(a, site, "https://zenit-inform.ru", "ru_RU") + "\n" + json_ld(a, site, "Зенит-Информ")
    fillers = ["Минфин разместил ОФЗ на 40 млрд рублей",
               "В Подмосковье завершили строительство развязки на ЦКАД",
               "Росстат: инфляция в годовом выражении замедлилась",
               "В Казани стартует международный фестиваль мусульманского кино",
               "РЖД увеличили число поездов к Черноморскому побережью",
               "Учёные МГУ представили новый метод ранней диагностики"]
    rel = "".join(f'<li><a href="{h}">{E(t_)}</a></li>' for h, t_ in related_links(a, allart, fillers, 2))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | Зенит-Информ</title>
{meta}
</head>
<body>
<div class="cookies-popup">Сайт использует cookie и сервисы веб-аналитики. <a href="#">Подробнее</a> <button>Принять</button></div>
<header class="hdr">
  <a href="/" class="logo">ЗЕНИТ-ИНФОРМ</a>
  <nav class="rubrics"><a href="#">Лента</a> <a href="#">Политика</a> <a href="#">В мире</a> <a href="#">Экономика</a>
  <a href="#">Армия</a> <a href="#">Регионы</a> <a href="#">Происшествия</a> <a href="#">Культура</a> <a href="#">Спорт</a></nav>
  <div class="live">Прямой эфир</div>
</header>
<div class="content">
<article class="news">
  <div class="news-date">{when}</div>
  <h1>{E(a["title"])}</h1>
{paras(a["body"])}
  <div class="tags">{" ".join('<a href="#">' + E(x) + '</a>' for x in a.get("tags", ["Япония", "МИД"]))}</div>
  <div class="share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a></div>
</article>
<div class="mobile-promo">Читайте «Зенит-Информ» в мобильном приложении</div>
<aside class="lenta"><h3>Главное за сутки</h3><ul>{rel}</ul></aside>
</div>
<footer>
  <p>Информационное агентство «Зенит-Информ». Свидетельство о регистрации ИА № ФС 77-70219. 18+</p>
  <p><a href="#">О компании</a> <a href="#">Контакты</a> <a href="#">Правила использования</a> <a href="#">Реклама</a></p>
  <p>&copy; 2003–{t.year} Зенит-Информ. Все права защищены.</p>
</footer>
</body>
</html>
"""


def ja_date(t: datetime) -> str:
    return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"


def tpl_chishima(a, allart) -> str:
    t = ts(a).astimezone(JST)
    site = "千島桜新聞デジタル"
    meta = og_meta(a, site, "https://www.chishimazakura-np.jp", "ja_JP") if a.get("meta", True) else ""
    fillers = ["根室・花咲港でサンマ初水揚げ、昨年並みの滑り出し",
               "市立根室病院、来月から小児科の外来を週3日に",
               "別海町の酪農家、飼料高騰で支援要望",
               "春国岱で野鳥観察会、親子連れ40人参加",
               "根室高の吹奏楽部、全道大会で金賞",
               "中標津空港の羽田便、夏ダイヤで増便",
               "根室市の人口、2万3千人を割り込む"]
    rel = "".join(f'<li><a href="{h}">{E(t_)}</a></li>' for h, t_ in related_links(a, allart, fillers))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}｜千島桜新聞デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta}
</head>
<body>
<div id="cookie-consent">当サイトでは、利便性向上と広告配信のためにクッキー（Cookie）を使用しています。
サイトの閲覧を続けることで、クッキーの使用に同意したものとみなします。<a href="#">詳しくはこちら</a> <button>同意する</button></div>
<header>
  <div class="logo"><a href="/">千島桜新聞<small>デジタル</small></a></div>
  <div class="member"><a href="#">ログイン</a>｜<a href="#">会員登録（無料）</a></div>
  <nav><a href="#">トップ</a> <a href="#">ニュース</a> <a href="#">北方領土</a> <a href="#">漁業・水産</a>
  <a href="#">地域</a> <a href="#">スポーツ</a> <a href="#">おくやみ</a> <a href="#">イベント</a></nav>
</header>
<main>
<article>
  <p class="cat">{E(a.get("section", "北方領土"))}</p>
  <h1>{E(a["title"])}</h1>
  <p class="date">{ja_date(t)}</p>
  <div class="sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
  <div class="honbun">
{paras(a["body"])}
  </div>
  <p class="kiji-end">（{E(a.get("byline", "根室支局"))}）</p>
  <div class="paywall-note">この記事は無料会員も全文お読みいただけます。</div>
</article>
<aside><h3>関連記事</h3><ul>{rel}</ul>
<div class="banner">千島桜新聞 紙面ビューアー　月額880円から</div></aside>
</main>
<footer>
  <p><a href="#">会社概要</a>｜<a href="#">購読のお申し込み</a>｜<a href="#">個人情報の取り扱い</a>｜<a href="#">お問い合わせ</a></p>
  <p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は千島桜新聞社またはその情報提供者に帰属します。</p>
  <p>Copyright &copy; {t.year} Chishimazakura Shimbun. All rights reserved.</p>
</footer>
</body>
</html>
"""


def tpl_wako(a, allart) -> str:
    t = ts(a).astimezone(JST)
    site = "和光通信ニュース"
    meta = ""
    if a.get("meta", True):
        meta = og_meta(a, site, "https://news.wako-tsushin.jp", "ja_JP") + "\n" + json_ld(a, site, "和光通信")
    fillers = ["日経平均、小幅続伸　半導体株に買い",
               "東海道新幹線、大雨で一時運転見合わせ",
               "来年度予算案、概算要求は過去最大に",
               "熱中症で搬送、前週比1.5倍　総務省消防庁",
               "大谷、2試合連続の本塁打",
               "コメ価格、5週ぶり下落　農水省"]
    rel = "".join(f'<li><a href="{h}">{E(t_)}</a></li>' for h, t_ in related_links(a, allart, fillers, 2))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - 和光通信ニュース</title>
{meta}
</head>
<body>
<div class="cookie-banner">当サイトは、サービス向上のためCookieを利用しています。<a href="#">プライバシーポリシー</a> <button>OK</button></div>
<header class="g-header">
  <a class="g-logo" href="/">和光通信ニュース</a>
  <nav class="g-nav"><a href="#">速報</a> <a href="#">政治</a> <a href="#">経済</a> <a href="#">国際</a> <a href="#">社会</a>
  <a href="#">地域</a> <a href="#">スポーツ</a> <a href="#">エンタメ</a> <a href="#">動画</a></nav>
</header>
<div class="container">
<article class="entry">
  <div class="entry-cat">{E(a.get("section", "政治"))}</div>
  <h1 class="entry-title">{E(a["title"])}</h1>
  <div class="entry-date">{ja_date(t)}（最終更新 {ja_date(t + timedelta(minutes=42))}）</div>
{paras(a["body"])}
  <p class="credit">【和光通信】</p>
  <div class="share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINEで送る</a></div>
</article>
<aside>
  <section><h3>関連ニュース</h3><ul>{rel}</ul></section>
  <section><h3>アクセスランキング</h3><ol><li><a href="#">新幹線で車内火災、一時運転見合わせ</a></li>
  <li><a href="#">高校野球、延長タイブレークの末に決着</a></li><li><a href="#">円相場、一時1ドル＝150円台</a></li></ol></section>
</aside>
</div>
<footer class="g-footer">
  <p><a href="#">和光通信社について</a>｜<a href="#">利用規約</a>｜<a href="#">著作権</a>｜<a href="#">お問い合わせ</a></p>
  <p>当サイトに掲載されている記事・写真の無断転載を禁じます。&copy; Wako Tsushin {t.year}</p>
</footer>
</body>
</html>
"""


TEMPLATES = {
    "kasumi-en": tpl_kasumi, "ishikari-en": tpl_ishikari, "obzor-en": tpl_obzor,
    "gannet-en": tpl_gannet, "vestovoy-ru": tpl_vestovoy, "zenit-ru": tpl_zenit,
    "chishima-ja": tpl_chishima, "wako-ja": tpl_wako,
}

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}


def check(arts) -> None:
    ids = set()
    for a in arts:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        assert a["feed"] in TEMPLATES, a["id"]
        assert a["label"] in LABELS, a["id"]
        assert "2024-02-09" <= a["published"][:10] <= "2026-11-30", a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]
        assert a.get("note"), a["id"]


def main() -> None:
    arts = sorted(EN + RU + JA, key=ts)
    for a in arts:
        a["lang"] = FEED_LANG[a["feed"]]
    check(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a, arts)
        (out / f"{a['id']}.html").write_text(page, encoding="utf-8")
    entries = []
    for a in arts:
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"],
             "published": a["published"], "title": a["title"], "summary": a["summary"],
             "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
        if a.get("new_facts"):
            e["new_facts"] = a["new_facts"]
        if a.get("must_mention"):
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    doc = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    # summary
    from collections import Counter
    print(f"{len(arts)} articles")
    print("by lang:", dict(Counter(a["lang"] for a in arts)))
    print("by label:", dict(Counter(a["label"] for a in arts)))
    print("by feed:", dict(Counter(a["feed"] for a in arts)))
    groups = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(f'{a["id"]}({a["lang"]},{a["label"]})')
    for g, m in groups.items():
        print(f"  {g}: {', '.join(m)}")


if __name__ == "__main__":
    main()
