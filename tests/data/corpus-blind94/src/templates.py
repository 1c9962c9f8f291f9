"""Page templates for the eight invented outlets of corpus blind94.

Each outlet has its own chrome (navigation, banners, related links, footer) and its
own choice of metadata. Two outlets (hawkmoor-en, lastochka-ru) publish pages with
no metadata at all: no og: tags, no JSON-LD, no article:published_time.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def body_html(paras: list[str], pclass: str = "") -> str:
    """Light markup: '## ' heading, '> ' quote, '* ' bullet (consecutive bullets form a list)."""
    out, bullets = [], []
    cls = f' class="{pclass}"' if pclass else ""

    def flush():
        if bullets:
            out.append("<ul>" + "".join(f"<li>{E(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for p in paras:
        if p.startswith("* "):
            bullets.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    flush()
    return "\n".join(out)


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def jsonld(a: dict, publisher: str, url: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": iso(a["dt"]),
        "dateModified": iso(a["dt"] + timedelta(minutes=a.get("mod_min", 12))),
        "inLanguage": lang,
        "author": [{"@type": "Person", "name": a.get("author", publisher)}],
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url,
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a: dict, site: str, url: str, locale: str, with_time: bool = True, section: str = "") -> str:
    tags = [
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{E(url)}">',
        f'<meta property="og:locale" content="{locale}">',
    ]
    if with_time:
        tags.append(f'<meta property="article:published_time" content="{iso(a["dt"])}">')
    if section:
        tags.append(f'<meta property="article:section" content="{E(section)}">')
    return "\n".join(tags)


def related(items: list[tuple[str, str]], cls: str) -> str:
    return "".join(f'<li class="{cls}"><a href="{E(h)}">{E(t)}</a></li>' for h, t in items)


# --------------------------------------------------------------------------- glacisline-en

def glacisline(a: dict) -> str:
    url = f"https://www.glacisline.com/asia-pacific/{a['slug']}"
    d = a["dt"].astimezone(timezone.utc)
    when = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year} · {d:%H:%M} UTC"
    keys = "".join(f"<li>{E(k)}</li>" for k in a.get("keypoints", []))
    keybox = (f'<aside class="gl-keypoints"><h3>Key points</h3><ul>{keys}</ul></aside>'
              if keys else "")
    rel = related(a.get("related") or [
        ("/land/2024/loitering-munitions-market", "Loitering munitions: the market nobody planned for"),
        ("/sea/explainer-kilo-class", "Explainer: why the Kilo-class still matters in the Pacific"),
        ("/budgets/japan-defence-spending-tracker", "Tracker: Japan's defence budget, line by line"),
        ("/air/e-7-wedgetail-delivery", "E-7 deliveries slip again as integration work drags"),
    ], "gl-rel")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Glacis Line</title>
<meta name="description" content="{E(a['summary'])}">
<link rel="canonical" href="{url}">
{og(a, 'Glacis Line', url, 'en_GB', True, 'Asia-Pacific')}
<meta name="twitter:card" content="summary_large_image">
{jsonld(a, 'Glacis Line', url, 'en')}
<link rel="stylesheet" href="/static/gl.7c1e.css">
</head>
<body class="gl-article">
<div id="gl-consent" class="gl-consent" role="dialog" aria-label="Privacy">
  <p>Glacis Line and our partners use cookies to measure readership and to keep you signed in.
  <a href="/privacy">Privacy notice</a></p>
  <button class="gl-btn">Accept all</button> <button class="gl-btn gl-btn--ghost">Manage</button>
</div>
<header class="gl-masthead">
  <a class="gl-logo" href="/">GLACIS<span>LINE</span></a>
  <p class="gl-tag">Defence &amp; security intelligence for the Asia-Pacific</p>
  <nav class="gl-nav"><ul>
    <li><a href="/land">Land</a></li><li><a href="/sea">Sea</a></li><li><a href="/air">Air</a></li>
    <li><a href="/space-cyber">Space &amp; Cyber</a></li><li><a href="/budgets">Budgets</a></li>
    <li class="active"><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/events">Events</a></li>
  </ul></nav>
  <a class="gl-subscribe" href="/subscribe">Subscribe — 30 days free</a>
</header>
<main class="gl-main">
  <nav class="gl-crumbs"><a href="/">Home</a> › <a href="/asia-pacific">Asia-Pacific</a> › <a href="/asia-pacific/north-pacific">North Pacific</a></nav>
  <article>
    <h1 class="gl-h1">{E(a['title'])}</h1>
    <p class="gl-standfirst">{E(a['summary'])}</p>
    <div class="gl-byline">By <a href="/authors/{a.get('author','').lower().replace(' ','-')}">{E(a.get('author', 'Glacis Line staff'))}</a> · <time>{when}</time></div>
    {keybox}
    <div class="gl-body">
{body_html(a['body'])}
    </div>
    <div class="gl-share">Share: <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">Email</a> · <a href="#">Copy link</a></div>
    <div class="gl-tags">Topics: {' '.join(f'<a href="/topics/{E(t.lower().replace(" ","-"))}">{E(t)}</a>' for t in a.get('tags', ['Russia', 'Japan']))}</div>
  </article>
  <aside class="gl-aside">
    <section><h3>More from Asia-Pacific</h3><ul>{rel}</ul></section>
    <section class="gl-promo"><h3>Glacis Line Pro</h3><p>Order-of-battle data, satellite imagery and daily briefings for professionals.</p><a href="/pro">Request a demo</a></section>
  </aside>
</main>
<footer class="gl-footer">
  <ul><li><a href="/about">About</a></li><li><a href="/contact">Contact the newsroom</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul>
  <p>© Glacis Line Media Ltd, London. All rights reserved. Registered in England No. 09817744.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- salvor-en

def salvor(a: dict) -> str:
    url = f"https://salvor.news/{a['section_slug']}/{a['slug']}"
    d = a["dt"].astimezone(timezone.utc)
    when = d.strftime("%a %d %b %Y %H:%M GMT")
    rel = related(a.get("related") or [
        ("/ports/hakodate-cruise-berth", "Hakodate cruise berth extension approved"),
        ("/fisheries/pollock-quota-bering", "Bering Sea pollock quota trimmed for next season"),
        ("/coast-guards/jcg-new-cutters", "Japan Coast Guard orders three more large cutters"),
        ("/safety/winter-icing-advice", "Winter icing: what skippers in the Okhotsk need to know"),
    ], "sv-item")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} — The Salvor</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{og(a, 'The Salvor', url, 'en_US', True, a.get('section', 'Coast Guards'))}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/salvor.min.css">
</head>
<body>
<div class="sv-cookie">We use cookies for analytics and advertising. By continuing you accept our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<div class="sv-top">
  <div class="sv-brand"><a href="/">The Salvor</a><span>Maritime &amp; coastal affairs of the North Pacific</span></div>
  <form class="sv-search" action="/search"><input name="q" placeholder="Search vessels, ports, people"></form>
</div>
<nav class="sv-menu">
  <a href="/shipping">Shipping</a> | <a href="/fisheries">Fisheries</a> | <a href="/coast-guards">Coast Guards</a> |
  <a href="/ports">Ports</a> | <a href="/safety">Safety at Sea</a> | <a href="/environment">Environment</a> | <a href="/jobs">Jobs</a>
</nav>
<div class="sv-wrap">
<div class="sv-story">
  <div class="sv-kicker">{E(a.get('section', 'Coast Guards'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="sv-meta">{E(a.get('author', 'Salvor staff'))} | {when}</div>
  <p class="sv-lede"><strong>{E(a['summary'])}</strong></p>
{body_html(a['body'], 'sv-p')}
  <p class="sv-note">Have a tip about a vessel or incident? Write to <a href="mailto:desk@salvor.news">desk@salvor.news</a>.</p>
</div>
<div class="sv-side">
  <div class="sv-box"><h4>Most read</h4><ol>{related([('/shipping/nsr-season-recap','Northern Sea Route season recap'),('/ports/vanino-coal-queue','Coal queue at Vanino eases'),('/fisheries/saury-outlook','Saury outlook: another thin year?')], 'sv-mr')}</ol></div>
  <div class="sv-box"><h4>Related</h4><ul>{rel}</ul></div>
  <div class="sv-box sv-tides"><h4>Tide table</h4><p>Hanasaki: HW 04:12 (1.4 m), LW 10:57 (0.3 m)</p><p>Rausu: HW 03:48 (1.2 m), LW 10:21 (0.4 m)</p></div>
  <div class="sv-ad">ADVERTISEMENT</div>
</div>
</div>
<footer class="sv-foot">
  <p><a href="/about">About The Salvor</a> · <a href="/newsletter">Daily newsletter</a> · <a href="/rss">RSS</a> · <a href="/terms">Terms of use</a></p>
  <p>The Salvor is published by Northwater Publishing Inc., Seattle, WA. © All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- hawkmoor-en (no metadata)

def hawkmoor(a: dict) -> str:
    d = a["dt"].astimezone(timezone.utc)
    when = f"{d:%A} {d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} GMT"
    rel = related(a.get("related") or [
        ("/world/asia/2024/typhoon-season-outlook", "Typhoon season outlook: what forecasters expect"),
        ("/business/yen-intervention-watch", "Yen watch: where Tokyo may draw the line"),
        ("/world/europe/baltic-cable-probe", "Baltic cable probe widens to second ship"),
    ], "hm-li")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{E(a['title'])} - The Hawkmoor Chronicle</title>
<link rel="stylesheet" href="/css/hm-2019.css">
<script src="/js/hm-ads.js" async></script>
</head>
<body>
<div class="hm-banner">Support independent journalism — <a href="/support">become a member from £4 a month</a></div>
<table class="hm-head" width="100%"><tr>
<td class="hm-logo"><a href="/">The Hawkmoor Chronicle</a></td>
<td class="hm-date">{d.day} {EN_MONTHS[d.month - 1]} {d.year}</td>
</tr></table>
<div class="hm-nav">
<a href="/">Home</a> <a href="/uk">UK</a> <a href="/world">World</a> <a href="/world/asia">Asia</a> <a href="/business">Business</a>
<a href="/science">Science</a> <a href="/culture">Culture</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a>
</div>
<div class="hm-content">
<div class="hm-section">{E(a.get('section', 'World / Asia'))}</div>
<h1>{E(a['title'])}</h1>
<div class="hm-standfirst">{E(a['summary'])}</div>
<div class="hm-byline">{E(a.get('author', 'Chronicle correspondent'))}<br>Published: {when}</div>
<div class="hm-text">
{body_html(a['body'])}
</div>
<div class="hm-share">Share this article: Facebook | X | WhatsApp | Email</div>
<div class="hm-rel"><b>Related</b><ul>{rel}</ul></div>
<div class="hm-comments"><b>Comments ({a.get('ncomments', 0)})</b><p>Comments on this article are closed.</p></div>
</div>
<div class="hm-foot">
<p>The Hawkmoor Chronicle, 14 Carrow Street, Norwich. Contact: <a href="mailto:news@hawkmoorchronicle.co.uk">news@hawkmoorchronicle.co.uk</a></p>
<p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/corrections">Corrections</a> | © The Hawkmoor Chronicle</p>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- bulwark-asia

def bulwark(a: dict) -> str:
    url = f"https://bulwark.asia/{a.get('section_slug', 'security')}/{a['slug']}"
    d = local(a["dt"], 9)
    when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} — {d.strftime('%I:%M %p').lstrip('0')} JST"
    comments = "".join(
        f'<li class="bw-c"><span class="bw-cu">{E(u)}</span><p>{E(t)}</p></li>'
        for u, t in a.get("comments", []))
    rel = related(a.get("related") or [
        ("/politics/ldp-factions-after-the-vote", "LDP factions after the vote: who holds the cards"),
        ("/security/taiwan-strait-transits-2024", "Taiwan Strait transits: a running list"),
        ("/economy/rice-prices-explained", "Why rice prices keep climbing in Japan"),
        ("/security/japan-philippines-raa", "What the Japan–Philippines access agreement allows"),
    ], "bw-r")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Bulwark Asia</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, 'Bulwark Asia', url, 'en_US', True, a.get('section', 'Security'))}
<meta name="author" content="{E(a.get('author', 'Bulwark Asia'))}">
{jsonld(a, 'Bulwark Asia', url, 'en')}
<link rel="stylesheet" href="/static/bw.css?v=41">
</head>
<body>
<div class="bw-gdpr" id="bw-gdpr">This site uses cookies. <a href="/cookies">Learn more</a> <button onclick="this.parentNode.remove()">Got it</button></div>
<header class="bw-header">
  <div class="bw-logo"><a href="/">BULWARK<em>asia</em></a></div>
  <nav class="bw-nav">
    <a href="/politics">Politics</a><a class="on" href="/security">Security</a><a href="/economy">Economy</a>
    <a href="/diplomacy">Diplomacy</a><a href="/analysis">Analysis</a><a href="/newsletters">Newsletters</a><a href="/podcast">Podcast</a>
  </nav>
  <a class="bw-login" href="/login">Sign in</a>
</header>
<div class="bw-page">
<article class="bw-article">
  <div class="bw-label">{E(a.get('section', 'Security'))}</div>
  <h1>{E(a['title'])}</h1>
  <h2 class="bw-dek">{E(a['summary'])}</h2>
  <div class="bw-by">by <b>{E(a.get('author', 'Bulwark Asia staff'))}</b> <span class="bw-time">{when}</span></div>
  <div class="bw-share"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Print</a></div>
  <div class="bw-text">
{body_html(a['body'])}
  </div>
  <div class="bw-newsletter">Get <b>Bulwark Daily</b> in your inbox — the Indo-Pacific security briefing, every weekday at 7am Tokyo time. <a href="/newsletters">Sign up</a></div>
  <section class="bw-comments"><h3>Reader comments</h3><ul>{comments or '<li class="bw-c">Be the first to comment.</li>'}</ul></section>
</article>
<aside class="bw-rail">
  <h3>Read next</h3><ul>{rel}</ul>
  <div class="bw-adslot">Advertisement</div>
</aside>
</div>
<footer class="bw-footer">
  <p>Bulwark Asia is an independent publication based in Tokyo and Singapore.</p>
  <p><a href="/about">About</a> · <a href="/ethics">Editorial standards</a> · <a href="/careers">Careers</a> · <a href="/privacy">Privacy</a> · © Bulwark Media Pte Ltd</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- kaponir-ru

def kaponir(a: dict) -> str:
    url = f"https://kaponir-dv.ru/news/{a['slug']}"
    d = local(a["dt"], 3)
    when = d.strftime("%d.%m.%Y, %H:%M") + " мск"
    rel = related(a.get("related") or [
        ("/news/tof-kalendar-uchenii", "Календарь учений ТОФ: что ждёт флот в этом году"),
        ("/news/vvo-prizyv-sakhalin", "Весенний призыв: сколько сахалинцев отправятся служить"),
        ("/analytics/beregovye-kompleksy-obzor", "Береговые ракетные комплексы: обзор «Капонира»"),
        ("/news/kamchatka-podvodniki-den", "Подводники Камчатки отметили профессиональный праздник"),
    ], "kp-rel")
    tags = " ".join(f'<a class="kp-tag" href="/tag/{E(t)}">#{E(t)}</a>' for t in a.get("tags", ["Курилы"]))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — «Капонир»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta name="keywords" content="{E(', '.join(a.get('tags', ['Курилы'])))}">
{og(a, 'Капонир — военное обозрение Дальнего Востока', url, 'ru_RU', True, a.get('section', 'Армия'))}
{jsonld(a, 'Капонир', url, 'ru')}
<link rel="stylesheet" href="/css/kaponir.css?2">
</head>
<body>
<div class="kp-cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/policy">политикой обработки данных</a>. <span class="kp-ok">Хорошо</span></div>
<div class="kp-topline"><span>Хабаровск {[-22,-17,-6,5,13,19,22,21,14,4,-8,-19][d.month-1]:+d}°</span> <span>Владивосток {[-12,-8,-1,6,11,15,19,21,16,8,-1,-9][d.month-1]:+d}°</span> <span>Южно-Сахалинск {[-13,-11,-5,2,8,13,17,19,14,7,-1,-9][d.month-1]:+d}°</span> <span class="kp-age">18+</span></div>
<header class="kp-header">
  <a class="kp-logo" href="/">КАПОНИР</a><span class="kp-slogan">военное обозрение Дальнего Востока</span>
  <nav class="kp-menu">
    <a href="/army">Армия</a> <a href="/fleet">Флот</a> <a href="/vks">ВКС</a> <a href="/border">Пограничники</a>
    <a href="/exercises">Учения</a> <a href="/industry">Оборонка</a> <a href="/history">История</a> <a href="/analytics">Аналитика</a>
  </nav>
</header>
<div class="kp-layout">
<main class="kp-main">
  <div class="kp-rubric">{E(a.get('section', 'Армия'))}</div>
  <h1 class="kp-title">{E(a['title'])}</h1>
  <div class="kp-info"><time>{when}</time> · Автор: {E(a.get('author', 'Редакция «Капонира»'))} · <span class="kp-views">👁 {a.get('views', 1843)}</span></div>
  <div class="kp-lead">{E(a['summary'])}</div>
  <div class="kp-text">
{body_html(a['body'])}
  </div>
  <div class="kp-tags">{tags}</div>
  <div class="kp-subscribe">Подписывайтесь на «Капонир» в Telegram и VK — оперативные новости армии и флота.</div>
  <div class="kp-readalso"><b>Читайте также:</b><ul>{rel}</ul></div>
</main>
<aside class="kp-aside">
  <div class="kp-block"><h4>Главное за неделю</h4><ul>{related([('/news/sakhalin-voenkomat-priem','Военкоматы Сахалина расширили приём контрактников'),('/news/amur-most-ucheniya','На Амуре наводили понтонный мост'),('/history/kurilskii-desant-karta','Курильский десант 1945 года: карта операции')], 'kp-li')}</ul></div>
  <div class="kp-banner">Реклама</div>
</aside>
</div>
<footer class="kp-footer">
  <p>Сетевое издание «Капонир». Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234. Учредитель: ООО «Бастея-Медиа».</p>
  <p>Главный редактор: Фомичёв А. В. Адрес редакции: 680000, г. Хабаровск, ул. Запарина, 53. При перепечатке ссылка на «Капонир» обязательна.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- lastochka-ru (no metadata)

def lastochka(a: dict) -> str:
    d = local(a["dt"], 11)
    when = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    rel = related(a.get("related") or [
        ("/news/parom-vanino-holmsk", "Паром Ванино — Холмск: изменения в расписании"),
        ("/news/yuzhno-kurilsk-shkola-remont", "В южнокурильской школе начался ремонт спортзала"),
        ("/news/kurilsk-dorogi", "В Курильске обещают заасфальтировать ещё три улицы"),
        ("/news/sakhalin-ikra-ceny", "Цены на икру: что происходит на рынках Южно-Сахалинска"),
    ], "ls-rel")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(a['title'])} | Ласточка</title>
<link rel="stylesheet" type="text/css" href="/templates/lastochka/style.css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header">
  <div class="ls-logo"><a href="/"><img src="/img/logo.png" alt="Ласточка"></a><span>новости Курил и Сахалина</span></div>
  <div class="ls-weather">Южно-Курильск +{(d.month % 7) + 2}° · Курильск +{(d.month % 5) + 1}° · Северо-Курильск −1°</div>
  <div class="ls-ferry">Морской транспорт: {"«Игорь Фархутдинов» — по расписанию" if 5 <= d.month <= 11 else "навигация закрыта, авиасообщение — по погоде"}</div>
</div>
<div id="menu">
  <a href="/">Главная</a> · <a href="/news">Новости</a> · <a href="/kurily">Курилы</a> · <a href="/sakhalin">Сахалин</a> · <a href="/dv">Дальний Восток</a> ·
  <a href="/obshchestvo">Общество</a> · <a href="/proisshestviya">Происшествия</a> · <a href="/obyavleniya">Объявления</a> · <a href="/kontakty">Контакты</a>
</div>
<div id="content">
<div class="ls-path"><a href="/">Главная</a> / <a href="/{a.get('rubric_slug','kurily')}">{E(a.get('rubric','Курилы'))}</a></div>
<h1 class="ls-h1">{E(a['title'])}</h1>
<div class="ls-date">{when}</div>
<div class="ls-anons"><b>{E(a['summary'])}</b></div>
<div class="ls-text">
{body_html(a['body'])}
</div>
<div class="ls-source">{E(a.get('credit', 'Фото: «Ласточка»'))}</div>
<div class="ls-share">Поделиться: ВКонтакте · Одноклассники · Telegram</div>
<div class="ls-related"><h3>Другие новости</h3><ul>{rel}</ul></div>
<div class="ls-comments"><h3>Комментарии</h3>{''.join(f'<div class="ls-cm"><b>{E(u)}</b>: {E(t)}</div>' for u, t in a.get('comments', [])) or '<p>Комментариев пока нет.</p>'}</div>
</div>
<div id="footer">
  <p>«Ласточка» — новости Курильских островов и Сахалина. Редакция: Южно-Курильск, ул. Заводская, 4.</p>
  <p>Тел. редакции: +7 (42455) 2-14-07. Использование материалов разрешено при активной ссылке на источник. 16+</p>
</div>
</div>
<div class="ls-counter"><!-- counter --></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- kazamidori-ja

def kazamidori(a: dict) -> str:
    url = f"https://www.kazamidori-news.jp/article/{a['slug']}"
    d = local(a["dt"], 9)
    when = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    rel = related(a.get("related") or [
        ("/article/20240301-nemuro-sanma", "根室のサンマ水揚げ、今季も低調"),
        ("/article/20240215-ryuhyo-rausu", "羅臼沖に流氷　観光船が運航開始"),
        ("/article/20240110-hoppou-shiryokan", "北方領土資料館、来館者数が回復"),
        ("/article/20231201-kushiro-kou", "釧路港の国際バルク戦略港湾、整備進む"),
    ], "kz-rel")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}｜風見鶏ニュース北海道</title>
<meta name="description" content="{E(a['summary'])}">
{og(a, '風見鶏ニュース北海道', url, 'ja_JP', True, a.get('section', '北方領土'))}
{jsonld(a, '風見鶏ニュース北海道', url, 'ja')}
<link rel="stylesheet" href="/common/css/kz.css">
</head>
<body>
<div class="kz-cookie">当サイトはクッキーを利用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="kz-header">
  <div class="kz-logo"><a href="/">風見鶏ニュース<small>北海道</small></a></div>
  <nav class="kz-gnav"><ul>
    <li><a href="/">トップ</a></li><li><a href="/doshin">道内</a></li><li><a href="/nemuro-kushiro">根室・釧路</a></li>
    <li><a href="/seiji">政治</a></li><li><a href="/keizai">経済</a></li><li class="cur"><a href="/hoppou">北方領土</a></li>
    <li><a href="/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li>
  </ul></nav>
</header>
<div class="kz-container">
<main>
  <div class="kz-cat">{E(a.get('section', '北方領土'))}</div>
  <h1 class="kz-title">{E(a['title'])}</h1>
  <div class="kz-date"><time>{when}</time>{' ｜ ' + E(a['author']) if a.get('author') else ''}</div>
  <div class="kz-sns">シェア：X　Facebook　LINE　はてブ</div>
  <div class="kz-body">
{body_html(a['body'])}
  </div>
  <div class="kz-member">この記事は会員以外の方もお読みいただけます。<a href="/member">会員登録（無料）</a>で最新ニュースをメールでお届けします。</div>
  <section class="kz-related"><h2>関連記事</h2><ul>{rel}</ul></section>
</main>
<aside class="kz-side">
  <section><h3>アクセスランキング</h3><ol>{related([('/article/rank1','道東道、冬季の通行止め基準を見直し'),('/article/rank2','中標津空港、羽田便を増便へ'),('/article/rank3','別海の酪農家、生乳価格の改定に懸念')], 'kz-rk')}</ol></section>
  <div class="kz-ad">広告</div>
</aside>
</div>
<footer class="kz-footer">
  <ul><li><a href="/company">会社案内</a></li><li><a href="/contact">お問い合わせ</a></li><li><a href="/policy">著作権・リンクについて</a></li><li><a href="/privacy">個人情報保護方針</a></li></ul>
  <p>© 風見鶏ニュース社 （北海道釧路市）　記事・写真の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- shibare-ja

def shibare(a: dict) -> str:
    url = f"https://shibare-shimpo.jp/news/{a['slug']}.html"
    d = local(a["dt"], 9)
    when = d.strftime("%Y/%m/%d %H:%M")
    rel = related(a.get("related") or [
        ("/news/kushiro-shitsugen-kankou.html", "釧路湿原の観光客、インバウンドが過去最多"),
        ("/news/nemuro-hanasaki-kani.html", "花咲ガニ漁、資源回復へ漁期短縮"),
        ("/news/nakashibetsu-kuko.html", "中標津空港ターミナル改修へ"),
    ], "sb-rel")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} - しばれ新報 電子版</title>
{og(a, 'しばれ新報 電子版', url, 'ja_JP', True)}
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/css/sb-main.css">
</head>
<body>
<div class="sb-consent">しばれ新報電子版は、サービス向上のためCookieを使用します。<a href="/cookie">詳細</a><button>閉じる</button></div>
<div class="sb-head">
  <p class="sb-logo"><a href="/">しばれ新報<span>電子版</span></a></p>
  <p class="sb-date">{d.year}年{d.month}月{d.day}日（{JA_WEEK[d.weekday()]}）</p>
  <ul class="sb-menu"><li><a href="/news/">ニュース</a></li><li><a href="/news/hoppou/">北方領土</a></li><li><a href="/news/gyogyo/">漁業</a></li><li><a href="/news/seiji/">政治・行政</a></li><li><a href="/news/kokusai/">国際</a></li><li><a href="/news/chiiki/">地域</a></li><li><a href="/column/">コラム</a></li></ul>
</div>
<div class="sb-main">
<div class="sb-article">
  <h1>{E(a['title'])}</h1>
  <p class="sb-time">{when}</p>
  <div class="sb-text">
{body_html(a['body'])}
  </div>
  <p class="sb-premium">有料会員になると、紙面ビューアーや過去記事検索がご利用いただけます。<a href="/premium/">詳しくはこちら</a></p>
  <div class="sb-share">この記事をシェア：<a href="#">X</a> <a href="#">LINE</a> <a href="#">Facebook</a></div>
  <div class="sb-related"><h2>あわせて読みたい</h2><ul>{rel}</ul></div>
</div>
<div class="sb-sub">
  <div class="sb-box"><h3>きょうの天気</h3><p>根室　くもり　最高{(d.month % 9) + 3}℃</p><p>釧路　晴れ　最高{(d.month % 9) + 5}℃</p></div>
  <div class="sb-box"><h3>お知らせ</h3><p>年末年始の配達についてのご案内</p></div>
</div>
</div>
<div class="sb-foot">
  <p>しばれ新報社　〒087-0009 北海道根室市弥生町2丁目　電話0153-23-4411</p>
  <p>Copyright © Shibare Shimpo. All rights reserved.</p>
</div>
</body>
</html>
"""


OUTLETS = {
    "glacisline-en": {"title": "Glacis Line — Defence & Security, Asia-Pacific", "format": "atom", "lang": "en", "render": glacisline, "meta": "og + article:published_time + JSON-LD"},
    "salvor-en": {"title": "The Salvor — Maritime & Coastal Affairs", "format": "rss", "lang": "en", "render": salvor, "meta": "og + article:published_time"},
    "hawkmoor-en": {"title": "The Hawkmoor Chronicle — World", "format": "rss", "lang": "en", "render": hawkmoor, "meta": "none"},
    "bulwark-asia": {"title": "Bulwark Asia — Politics & Security", "format": "atom", "lang": "en", "render": bulwark, "meta": "og + article:published_time + JSON-LD"},
    "kaponir-ru": {"title": "Капонир — военное обозрение Дальнего Востока", "format": "atom", "lang": "ru", "render": kaponir, "meta": "og + article:published_time + JSON-LD"},
    "lastochka-ru": {"title": "Ласточка — новости Курил и Сахалина", "format": "rss", "lang": "ru", "render": lastochka, "meta": "none"},
    "kazamidori-ja": {"title": "風見鶏ニュース北海道", "format": "rss", "lang": "ja", "render": kazamidori, "meta": "og + article:published_time + JSON-LD"},
    "shibare-ja": {"title": "しばれ新報 電子版", "format": "atom", "lang": "ja", "render": shibare, "meta": "og + article:published_time"},
}
