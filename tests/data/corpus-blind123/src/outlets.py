# -*- coding: utf-8 -*-
"""Outlets of the b123 corpus: feed metadata and one page template per outlet.

Two outlets (shelomainik-ru, ponmoi-ja) carry no metadata at all: no og:/article: tags,
no JSON-LD, no <time datetime>. Their date appears only in the visible byline.
"""
import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "gimlet-wire", "title": "Gimlet Wire — World", "format": "rss", "lang": "en"},
    {"id": "escritoire-en", "title": "The Escritoire — Law, Courts & Government in North Asia", "format": "atom", "lang": "en"},
    {"id": "palisander-review", "title": "Palisander Review — Eurasia & the Pacific, argued", "format": "atom", "lang": "en"},
    {"id": "sandspit-en", "title": "The Sandspit Courier — Nemuro & eastern Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "gerbovaya-ru", "title": "«Гербовая бумага» — право, суды, госуправление", "format": "atom", "lang": "ru"},
    {"id": "shelomainik-ru", "title": "«Шеломайник» — новости Курил и Сахалина", "format": "rss", "lang": "ru"},
    {"id": "hisui-ja", "title": "翡翠通信ニュース", "format": "rss", "lang": "ja"},
    {"id": "ponmoi-ja", "title": "ポンモイ新報 電子版（根室）", "format": "atom", "lang": "ja"},
]

NO_METADATA = {"shelomainik-ru", "ponmoi-ja"}

E = html.escape

# --------------------------------------------------------------------------- dates

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JA_WEEK = "月火水木金土日"


def parse(ts):
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(ts, hours):
    return parse(ts).astimezone(timezone(timedelta(hours=hours)))


def iso_local(ts, hours):
    return local(ts, hours).isoformat()


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------- helpers


def body_html(paras, sub="h2", pcls=None):
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<{sub}>{E(p[3:])}</{sub}>")
        else:
            c = f' class="{pcls}"' if pcls else ""
            out.append(f"<p{c}>{E(p)}</p>")
    return "\n".join(out)


def pick(pool, n, seed):
    """Deterministic selection of n items from pool."""
    k = sum(ord(ch) for ch in seed)
    return [pool[(k + i * 7) % len(pool)] for i in range(n)]


def jsonld(a, date_iso, publisher, author=None, lang="en"):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": date_iso,
        "dateModified": date_iso,
        "inLanguage": lang,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- Gimlet Wire

GIMLET_RELATED = [
    ("Japan's exports rise for fifth month on chip demand", "business/japan-exports-chips-4411"),
    ("Typhoon disrupts flights across Okinawa, Kyushu", "world/asia-pacific/typhoon-okinawa-5520"),
    ("Russia's central bank holds key rate, signals caution", "markets/russia-rate-hold-3308"),
    ("South Korea, Japan agree on working-holiday expansion", "world/asia-pacific/korea-japan-working-holiday-7719"),
    ("Oil steadies as traders weigh OPEC+ output plan", "markets/oil-opec-output-2206"),
    ("Philippine coast guard reports new standoff at shoal", "world/asia-pacific/philippines-shoal-9913"),
    ("Kremlin says no date yet for Putin's Asia trip", "world/europe/kremlin-putin-asia-1187"),
    ("Yen slips past key level as BOJ keeps policy steady", "markets/yen-boj-6650"),
]


def render_gimlet(a):
    d = parse(a["published"])
    vis = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)} UTC"
    iso = d.isoformat()
    rel = "\n".join(
        f'<li><a href="https://www.gimletwire.com/{u}/">{E(t)}</a></li>'
        for t, u in pick(GIMLET_RELATED, 4, a["id"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Gimlet Wire</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Gimlet Wire">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="World">
<meta name="twitter:card" content="summary_large_image">
{jsonld(a, iso, 'Gimlet Wire', a.get('byline'))}
<link rel="stylesheet" href="https://static.gimletwire.com/css/site.4f1c.css">
</head>
<body class="gw-article">
<div class="gw-ticker" aria-hidden="true">MARKETS · Nikkei 225 · TOPIX · USD/JPY · Brent · Gold</div>
<header class="gw-header">
  <a class="gw-logo" href="https://www.gimletwire.com/">GIMLET WIRE</a>
  <nav class="gw-nav" aria-label="Sections">
    <a href="https://www.gimletwire.com/world/">World</a>
    <a href="https://www.gimletwire.com/world/asia-pacific/">Asia Pacific</a>
    <a href="https://www.gimletwire.com/world/europe/">Europe</a>
    <a href="https://www.gimletwire.com/business/">Business</a>
    <a href="https://www.gimletwire.com/markets/">Markets</a>
    <a href="https://www.gimletwire.com/energy/">Energy</a>
    <a href="https://www.gimletwire.com/climate/">Climate</a>
  </nav>
  <a class="gw-signin" href="https://www.gimletwire.com/account/">Sign in</a>
</header>
<main class="gw-main">
<article class="gw-story">
  <div class="gw-kicker">World</div>
  <h1 class="gw-headline">{E(a['title'])}</h1>
  <div class="gw-byline">By {E(a.get('byline', 'Gimlet Wire staff'))} · <time datetime="{iso}">{vis}</time></div>
  <div class="gw-share">
    <a href="https://www.gimletwire.com/share?via=x">Share on X</a> ·
    <a href="https://www.gimletwire.com/share?via=linkedin">LinkedIn</a> ·
    <a href="https://www.gimletwire.com/share?via=email">Email</a>
  </div>
  <div class="gw-body">
{body_html(a['body'])}
  </div>
  <p class="gw-standards">Our Standards: <a href="https://www.gimletwire.com/trust-principles/">The Gimlet Wire Trust Principles.</a></p>
</article>
<aside class="gw-related">
  <h2>Related coverage</h2>
  <ul>
{rel}
  </ul>
</aside>
</main>
<div class="gw-cookie" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure audiences and personalise advertising. You can accept all cookies or choose which ones to allow.</p>
  <button type="button">Accept all</button> <button type="button">Manage preferences</button>
</div>
<footer class="gw-footer">
  <nav><a href="https://www.gimletwire.com/about/">About</a> · <a href="https://www.gimletwire.com/careers/">Careers</a> · <a href="https://www.gimletwire.com/terms/">Terms of use</a> · <a href="https://www.gimletwire.com/privacy/">Privacy</a> · <a href="https://www.gimletwire.com/accessibility/">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © Gimlet Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Escritoire

ESCRITOIRE_FURTHER = [
    ("Explainer: how Japan's cabinet orders become law", "explainers/cabinet-orders"),
    ("Russia's treaty law: who can start a denunciation?", "legislation/russia-treaty-law-denunciation"),
    ("The Supreme Court's petty benches, explained", "courts/petty-benches-explained"),
    ("Reading a Russian federal law: annexes, articles and entry into force", "legislation/reading-russian-federal-law"),
    ("Administrative litigation in Japan: a primer", "courts/administrative-litigation-primer"),
    ("Maritime boundaries in North-east Asia: a map of open questions", "treaties/ne-asia-maritime-boundaries"),
]


def render_escritoire(a):
    d = parse(a["published"])
    vis = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year} · {d.hour:02d}:{d.minute:02d} GMT"
    iso = d.isoformat()
    dek = f'<p class="esc-standfirst">{E(a["dek"])}</p>' if a.get("dek") else ""
    further = "\n".join(
        f'<li><a href="https://escritoire.review/{u}">{E(t)}</a></li>'
        for t, u in pick(ESCRITOIRE_FURTHER, 3, a["id"]))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — The Escritoire</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="The Escritoire">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{E(a.get('byline', ''))}">
{jsonld(a, iso, 'The Escritoire', a.get('byline'))}
</head>
<body>
<div id="consent" class="consent-bar">
  <strong>Your privacy</strong>
  <p>The Escritoire uses strictly necessary cookies and, with your consent, analytics cookies. See our <a href="https://escritoire.review/cookies">cookie policy</a>.</p>
  <button>Accept analytics</button><button>Necessary only</button>
</div>
<header class="masthead">
  <div class="masthead-title"><a href="https://escritoire.review/">The Escritoire</a></div>
  <div class="masthead-tag">Law, courts &amp; government in North Asia</div>
  <nav class="masthead-nav">
    <a href="https://escritoire.review/courts">Courts</a>
    <a href="https://escritoire.review/legislation">Legislation</a>
    <a href="https://escritoire.review/regulation">Regulation</a>
    <a href="https://escritoire.review/treaties">Treaties</a>
    <a href="https://escritoire.review/opinion">Opinion</a>
    <a href="https://escritoire.review/subscribe" class="cta">Subscribe</a>
  </nav>
</header>
<main>
<article class="esc-article">
  <h1>{E(a['title'])}</h1>
  {dek}
  <div class="esc-meta"><span class="esc-author">{E(a.get('byline', 'Staff'))}</span> <span class="esc-date">{vis}</span></div>
  <section class="esc-text">
{body_html(a['body'], sub='h3')}
  </section>
  <div class="esc-filed">Filed under: Japan · Russia · Public law</div>
  <div class="esc-share">Share: <a href="https://escritoire.review/share/mail">Email</a> | <a href="https://escritoire.review/share/x">X</a> | <a href="https://escritoire.review/share/bluesky">Bluesky</a></div>
</article>
<aside class="esc-further">
  <h2>Further reading</h2>
  <ul>
{further}
  </ul>
  <div class="esc-newsletter"><p>The Docket — our weekly newsletter on law and government in Japan, Korea, China and Russia.</p><a href="https://escritoire.review/newsletter">Sign up</a></div>
</aside>
</main>
<footer>
  <p>The Escritoire is an independent publication. Nothing on this site is legal advice.</p>
  <p><a href="https://escritoire.review/about">About</a> · <a href="https://escritoire.review/contact">Contact</a> · <a href="https://escritoire.review/corrections">Corrections</a> · <a href="https://escritoire.review/privacy">Privacy</a></p>
  <p>© The Escritoire Media LLP</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Palisander Review

PALISANDER_COMMENTS = [
    ("hakodate_reader", "Clear and fair. I would add that the fishermen are the ones who live with all this every day."),
    ("V. Sorokin", "The article ignores the 1945 realities. The islands are Russian and that is the end of it."),
    ("kelp_and_coffee", "Good summary. Would like a piece on what the islanders themselves think."),
    ("M. Tanner", "Every year the same speeches. Nothing changes until the war ends."),
    ("northern_lights_77", "The legal angle is interesting; more of this please."),
]


def render_palisander(a):
    d = parse(a["published"])
    vis = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    iso = d.isoformat()
    words = sum(len(p.split()) for p in a["body"])
    mins = max(2, round(words / 220))
    comments = "\n".join(
        f'<li class="comment"><span class="c-author">{E(n)}</span><p>{E(t)}</p></li>'
        for n, t in pick(PALISANDER_COMMENTS, 2, a["id"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} · Palisander Review</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Essays">
</head>
<body class="pr">
<header class="pr-top">
  <a class="pr-brand" href="https://palisanderreview.org/">Palisander Review</a>
  <nav class="pr-menu">
    <a href="https://palisanderreview.org/essays/">Essays</a>
    <a href="https://palisanderreview.org/explainers/">Explainers</a>
    <a href="https://palisanderreview.org/podcast/">Podcast</a>
    <a href="https://palisanderreview.org/newsletter/">Newsletter</a>
    <a href="https://palisanderreview.org/donate/">Support us</a>
  </nav>
</header>
<main class="pr-main">
<article>
  <p class="pr-section">Eurasia &amp; the Pacific</p>
  <h1>{E(a['title'])}</h1>
  <p class="pr-dek">{E(a.get('dek', a['summary']))}</p>
  <p class="pr-by">by <a href="https://palisanderreview.org/authors/">{E(a.get('byline', ''))}</a> — {vis} — {mins} min read</p>
  <div class="pr-body">
{body_html(a['body'])}
  </div>
  <div class="pr-bio"><p>{E(a.get('byline', ''))} writes about Russia and North-east Asia for Palisander Review.</p></div>
</article>
<section class="pr-comments">
  <h2>Comments</h2>
  <ul>
{comments}
  </ul>
  <p><a href="https://palisanderreview.org/login/">Log in to comment</a></p>
</section>
<section class="pr-more">
  <h2>More from Palisander</h2>
  <ul>
    <li><a href="https://palisanderreview.org/essays/arctic-shipping-reality-check/">The Arctic shipping boom that keeps not arriving</a></li>
    <li><a href="https://palisanderreview.org/explainers/what-is-a-joint-declaration/">What is a joint declaration, and is it a treaty?</a></li>
    <li><a href="https://palisanderreview.org/essays/sakhalin-after-the-majors/">Sakhalin after the majors left</a></li>
  </ul>
</section>
</main>
<div class="pr-cookies">This site uses cookies for basic analytics. <a href="https://palisanderreview.org/privacy/">Learn more</a> <button>OK</button></div>
<footer class="pr-foot">
  <p>Palisander Review is a reader-funded non-profit publication.</p>
  <p>© Palisander Review · <a href="https://palisanderreview.org/about/">About</a> · <a href="https://palisanderreview.org/privacy/">Privacy</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Sandspit Courier

SANDSPIT_MORE = [
    ("Hanasaki crab season opens with smaller quotas", "fisheries/hanasaki-crab-season-opens"),
    ("Nemuro high school team reaches Hokkaido curling final", "community/nemuro-curling-final"),
    ("Red-crowned crane count steady at Furen Lake", "nature/crane-count-furen"),
    ("Shiretoko sightseeing boats resume after winter", "shiretoko/sightseeing-boats-resume"),
    ("Nakashibetsu airport adds summer Tokyo flights", "travel/nakashibetsu-summer-flights"),
    ("Saury landings at Nemuro port hit new low", "fisheries/saury-landings-low"),
]


def render_sandspit(a):
    d = local(a["published"], 9)
    h = d.hour % 12 or 12
    vis = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} at {h}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'} JST"
    iso = d.isoformat()
    more = "\n".join(
        f'<li><a href="https://sandspitcourier.jp/{u}">{E(t)}</a></li>'
        for t, u in pick(SANDSPIT_MORE, 3, a["id"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} – The Sandspit Courier</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="en_US">
<meta property="article:published_time" content="{iso}">
{jsonld(a, iso, 'The Sandspit Courier', a.get('byline'))}
</head>
<body>
<div class="cookie-notice">We use cookies to keep this site running and to understand what our readers like. <a href="https://sandspitcourier.jp/privacy">Privacy policy</a> <button>Got it</button></div>
<header class="sc-head">
  <div class="sc-weather">Nemuro 4°C · Rausu 2°C · Kushiro 6°C</div>
  <a class="sc-name" href="https://sandspitcourier.jp/">The Sandspit Courier</a>
  <p class="sc-tag">Nemuro &amp; eastern Hokkaido in English</p>
  <nav>
    <a href="https://sandspitcourier.jp/nemuro">Nemuro</a>
    <a href="https://sandspitcourier.jp/kushiro">Kushiro</a>
    <a href="https://sandspitcourier.jp/shiretoko">Shiretoko</a>
    <a href="https://sandspitcourier.jp/fisheries">Fisheries</a>
    <a href="https://sandspitcourier.jp/islands">The Islands</a>
    <a href="https://sandspitcourier.jp/events">Events</a>
  </nav>
</header>
<main>
<article class="sc-story">
  <h1>{E(a['title'])}</h1>
  <p class="sc-summary">{E(a['summary'])}</p>
  <p class="sc-byline">{E(a.get('byline', 'Courier staff'))} | <time datetime="{iso}">{vis}</time></p>
  <div class="sc-text">
{body_html(a['body'])}
  </div>
  <p class="sc-tip">Got a story from eastern Hokkaido? Write to news@sandspitcourier.jp</p>
</article>
<aside class="sc-more">
  <h3>More from eastern Hokkaido</h3>
  <ul>
{more}
  </ul>
</aside>
</main>
<footer class="sc-foot">
  <p>The Sandspit Courier is published in Nemuro, Hokkaido. © Sandspit Media</p>
  <p><a href="https://sandspitcourier.jp/about">About us</a> · <a href="https://sandspitcourier.jp/advertise">Advertise</a> · <a href="https://sandspitcourier.jp/contact">Contact</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- «Гербовая бумага»

GERB_ALSO = [
    ("Верховный суд разъяснил порядок взыскания неустойки по госконтрактам", "sudy/vs-neustoyka-goskontrakty"),
    ("Правительство утвердило новые правила госзакупок лекарств", "goszakupki/pravila-zakupok-lekarstv"),
    ("Конституционный суд проверит нормы о банкротстве граждан", "sudy/ks-bankrotstvo-grazhdan"),
    ("Госдума приняла в первом чтении поправки о маркетплейсах", "zakony/marketpleysy-pervoe-chtenie"),
    ("Минюст подготовил проект об адвокатской монополии", "zakony/advokatskaya-monopoliya"),
    ("Регионы получат право вводить курортный сбор в новых городах", "regiony/kurortnyy-sbor"),
]


def render_gerbovaya(a):
    d = local(a["published"], 3)
    vis = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d.hour:02d}:{d.minute:02d} мск"
    iso = d.isoformat()
    also = "\n".join(
        f'<li><a href="https://gerbovaya.media/{u}">{E(t)}</a></li>'
        for t, u in pick(GERB_ALSO, 3, a["id"]))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — Гербовая бумага</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Гербовая бумага">
<meta property="article:published_time" content="{iso}">
{jsonld(a, iso, 'Гербовая бумага', a.get('byline'), 'ru')}
</head>
<body>
<header class="gb-header">
  <div class="gb-top"><span class="gb-age">18+</span> <a href="https://gerbovaya.media/search">Поиск</a> <a href="https://gerbovaya.media/login">Войти</a></div>
  <a class="gb-logo" href="https://gerbovaya.media/">Гербовая бумага</a>
  <nav class="gb-nav">
    <a href="https://gerbovaya.media/zakony">Законы</a>
    <a href="https://gerbovaya.media/sudy">Суды</a>
    <a href="https://gerbovaya.media/regiony">Регионы</a>
    <a href="https://gerbovaya.media/goszakupki">Госзакупки</a>
    <a href="https://gerbovaya.media/mezhdunarodnoe-pravo">Международное право</a>
    <a href="https://gerbovaya.media/mneniya">Мнения</a>
  </nav>
</header>
<main class="gb-main">
<article class="gb-article">
  <h1 class="gb-title">{E(a['title'])}</h1>
  <p class="gb-lead">{E(a['summary'])}</p>
  <div class="gb-info"><span class="gb-author">Автор: {E(a.get('byline', 'Редакция'))}</span> · <span class="gb-date">{vis}</span></div>
  <div class="gb-content">
{body_html(a['body'], sub='h2')}
  </div>
  <div class="gb-share">Поделиться: <a href="https://gerbovaya.media/share/vk">ВКонтакте</a> · <a href="https://gerbovaya.media/share/tg">Telegram</a> · <a href="https://gerbovaya.media/share/ok">Одноклассники</a></div>
  <p class="gb-error">Нашли опечатку? Выделите текст и нажмите Ctrl+Enter.</p>
</article>
<aside class="gb-also">
  <h2>Читайте также</h2>
  <ul>
{also}
  </ul>
</aside>
</main>
<div class="gb-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="https://gerbovaya.media/politika-konfidencialnosti">политикой обработки данных</a>. <button>Хорошо</button></div>
<footer class="gb-footer">
  <p>Сетевое издание «Гербовая бумага». Свидетельство о регистрации СМИ Эл № ФС77-81934. Учредитель: ООО «Реестр-Медиа».</p>
  <p>Главный редактор: К. А. Шуваева. Телефон редакции: +7 (495) 000-12-40.</p>
  <p>При использовании материалов ссылка на «Гербовую бумагу» обязательна. © 2018–2027</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- «Шеломайник» (no metadata)

SHELOM_OTHER = [
    "В Южно-Курильске завершили ремонт причала в бухте Димитрова",
    "На Итурупе открылась выставка работ детской художественной школы",
    "Синоптики обещают островам снег с дождём и порывистый ветер",
    "В Малокурильском прошёл турнир по мини-футболу среди рыбаков",
    "Рейс на Итуруп перенесли из-за тумана",
    "Курильские школьники стали призёрами областной олимпиады по биологии",
    "В Курильске появилась новая детская площадка",
]


def render_shelomainik(a):
    d = local(a["published"], 11)
    vis = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d.hour:02d}:{d.minute:02d}"
    other = "\n".join(f'<li><a href="https://shelomainik.ru/news/{1200 + i * 37}">{E(t)}</a></li>'
                      for i, t in enumerate(pick(SHELOM_OTHER, 4, a["id"])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Шеломайник</title>
</head>
<body>
<div class="sh-topbar">
  <span class="sh-weather">Южно-Курильск +2° · Курильск 0° · Южно-Сахалинск −3°</span>
  <span class="sh-links"><a href="https://shelomainik.ru/reklama">Реклама</a> <a href="https://shelomainik.ru/kontakty">Контакты</a></span>
</div>
<header class="sh-header">
  <a href="https://shelomainik.ru/" class="sh-logo">Шеломайник</a>
  <span class="sh-slogan">новости Курил и Сахалина</span>
  <nav class="sh-menu">
    <a href="https://shelomainik.ru/news">Новости</a>
    <a href="https://shelomainik.ru/kurily">Курилы</a>
    <a href="https://shelomainik.ru/sakhalin">Сахалин</a>
    <a href="https://shelomainik.ru/obshchestvo">Общество</a>
    <a href="https://shelomainik.ru/proisshestviya">Происшествия</a>
    <a href="https://shelomainik.ru/pogoda">Погода</a>
  </nav>
</header>
<div class="sh-wrap">
<div class="sh-content">
  <div class="sh-crumbs"><a href="https://shelomainik.ru/">Главная</a> / <a href="https://shelomainik.ru/kurily">Курилы</a></div>
  <h1>{E(a['title'])}</h1>
  <div class="sh-date">{vis} · {E(a.get('byline', 'Редакция'))}</div>
  <div class="sh-anons"><b>{E(a['summary'])}</b></div>
  <div class="sh-text">
{body_html(a['body'], sub='h3')}
  </div>
  <div class="sh-social">Читайте нас в <a href="https://shelomainik.ru/tg">Telegram</a> и <a href="https://shelomainik.ru/vk">ВКонтакте</a></div>
</div>
<div class="sh-side">
  <h4>Другие новости</h4>
  <ul>
{other}
  </ul>
</div>
</div>
<div class="sh-cookie">Сайт использует cookie. <button>Принять</button></div>
<footer class="sh-footer">
  <p>© «Шеломайник», 2019–2027. Перепечатка материалов — только с разрешения редакции.</p>
  <p>Электронная почта редакции: info@shelomainik.ru</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 翡翠通信ニュース

HISUI_KANREN = [
    ("日銀、政策金利を据え置き　物価見通しは上方修正", "keizai/20240001"),
    ("台風接近、沖縄で交通機関に乱れ", "shakai/20240002"),
    ("道内の観光客数、過去最多ペース", "hokkaido/20240003"),
    ("日韓外相会談、首脳往来の継続で一致", "kokusai/20240004"),
    ("サンマ漁、今季も低水準　根室・花咲港", "hokkaido/20240005"),
    ("ウクライナ情勢巡り国連安保理が緊急会合", "kokusai/20240006"),
    ("衆院予算委、物価高対策で論戦", "seiji/20240007"),
]


def render_hisui(a):
    d = local(a["published"], 9)
    vis = f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分"
    iso = d.isoformat()
    kanren = "\n".join(
        f'<li><a href="https://www.hisui-news.jp/{u}">{E(t)}</a></li>'
        for t, u in pick(HISUI_KANREN, 4, a["id"]))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}｜翡翠通信ニュース</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="翡翠通信ニュース">
<meta property="article:published_time" content="{iso}">
{jsonld(a, iso, '翡翠通信', None, 'ja')}
</head>
<body>
<header class="hs-header">
  <a class="hs-logo" href="https://www.hisui-news.jp/">翡翠通信ニュース</a>
  <nav class="hs-gnav">
    <a href="https://www.hisui-news.jp/">トップ</a>
    <a href="https://www.hisui-news.jp/seiji/">政治</a>
    <a href="https://www.hisui-news.jp/keizai/">経済</a>
    <a href="https://www.hisui-news.jp/kokusai/">国際</a>
    <a href="https://www.hisui-news.jp/shakai/">社会</a>
    <a href="https://www.hisui-news.jp/hokkaido/">北海道</a>
    <a href="https://www.hisui-news.jp/sports/">スポーツ</a>
  </nav>
</header>
<main class="hs-main">
<article class="hs-article">
  <h1 class="hs-title">{E(a['title'])}</h1>
  <p class="hs-time"><time datetime="{iso}">{vis}</time></p>
  <div class="hs-body">
{body_html(a['body'])}
  </div>
  <p class="hs-copy">（翡翠通信）</p>
  <div class="hs-sns"><a href="https://www.hisui-news.jp/share/x">X（旧ツイッター）でシェア</a> <a href="https://www.hisui-news.jp/share/line">LINEで送る</a> <a href="https://www.hisui-news.jp/share/fb">Facebook</a></div>
</article>
<aside class="hs-kanren">
  <h2>関連記事</h2>
  <ul>
{kanren}
  </ul>
  <h2>アクセスランキング</h2>
  <ol>
    <li><a href="https://www.hisui-news.jp/shakai/rank1">新幹線、強風で一時運転見合わせ</a></li>
    <li><a href="https://www.hisui-news.jp/keizai/rank2">コメ価格、前年比で上昇続く</a></li>
    <li><a href="https://www.hisui-news.jp/sports/rank3">日本代表、アジア予選で快勝</a></li>
  </ol>
</aside>
</main>
<div class="hs-cookie">当サイトでは、利便性の向上や広告配信のためにクッキー（Cookie）を使用しています。詳しくは<a href="https://www.hisui-news.jp/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<footer class="hs-footer">
  <p><a href="https://www.hisui-news.jp/about/">会社概要</a>｜<a href="https://www.hisui-news.jp/kiyaku/">利用規約</a>｜<a href="https://www.hisui-news.jp/privacy/">個人情報保護方針</a>｜<a href="https://www.hisui-news.jp/toiawase/">お問い合わせ</a></p>
  <p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は翡翠通信社またはその情報提供者に属します。</p>
  <p>Copyright © Hisui Tsushin. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- ポンモイ新報 (no metadata)

PONMOI_KANREN = [
    "花咲ガニ漁、今季の漁獲枠決まる",
    "根室高、全道大会へ　カーリング",
    "春国岱で野鳥観察会　親子ら30人参加",
    "市立病院、小児科の外来日を拡充",
    "納沙布岬の灯台、改修工事が完了",
    "歯舞漁協でコンブの干場清掃",
    "根室駅前、空き店舗にカフェ開店",
]


def render_ponmoi(a):
    d = local(a["published"], 9)
    wd = JA_WEEK[d.weekday()]
    vis = f"{d.year}年{d.month}月{d.day}日（{wd}）{d.hour:02d}:{d.minute:02d}"
    kanren = "\n".join(f'<li><a href="https://ponmoi-shimpo.jp/news/{300 + i * 11}">{E(t)}</a></li>'
                       for i, t in enumerate(pick(PONMOI_KANREN, 3, a["id"])))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} - ポンモイ新報</title>
</head>
<body>
<div class="pm-header">
  <div class="pm-logo"><a href="https://ponmoi-shimpo.jp/">ポンモイ新報</a><span>電子版</span></div>
  <div class="pm-sub">根室・歯舞・厚床の暮らしとまちのニュース</div>
  <ul class="pm-menu">
    <li><a href="https://ponmoi-shimpo.jp/news/">ニュース</a></li>
    <li><a href="https://ponmoi-shimpo.jp/gyogyo/">漁業</a></li>
    <li><a href="https://ponmoi-shimpo.jp/hoppo/">北方領土</a></li>
    <li><a href="https://ponmoi-shimpo.jp/kurashi/">くらし</a></li>
    <li><a href="https://ponmoi-shimpo.jp/sports/">スポーツ</a></li>
    <li><a href="https://ponmoi-shimpo.jp/okuyami/">おくやみ</a></li>
  </ul>
</div>
<div class="pm-body">
  <div class="pm-kiji">
    <h1>{E(a['title'])}</h1>
    <div class="pm-date">{vis}</div>
    <div class="pm-honbun">
{body_html(a['body'])}
    </div>
  </div>
  <div class="pm-side">
    <h3>この記事の関連ニュース</h3>
    <ul>
{kanren}
    </ul>
    <div class="pm-ad">広告　根室市内の新築・リフォームは〇〇工務店へ</div>
  </div>
</div>
<div class="pm-cookie">このサイトはクッキーを利用しています。引き続き閲覧される場合は、クッキーの使用に同意したものとみなします。<a href="https://ponmoi-shimpo.jp/policy/">詳細</a></div>
<div class="pm-footer">
  <p>株式会社ポンモイ新報社　北海道根室市</p>
  <p>本サイトに掲載の記事・写真の無断転載を禁じます。</p>
  <p>© Ponmoi Shimpo</p>
</div>
</body>
</html>
"""


RENDER = {
    "gimlet-wire": render_gimlet,
    "escritoire-en": render_escritoire,
    "palisander-review": render_palisander,
    "sandspit-en": render_sandspit,
    "gerbovaya-ru": render_gerbovaya,
    "shelomainik-ru": render_shelomainik,
    "hisui-ja": render_hisui,
    "ponmoi-ja": render_ponmoi,
}


def render(article):
    return RENDER[article["feed"]](article)
