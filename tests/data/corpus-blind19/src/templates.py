"""Page templates of the eight invented outlets of the blind19 corpus.

Every outlet renders a full HTML5 page: navigation, cookie banner, share buttons,
related links and footer around the article body. Metadata differs by outlet
(Open Graph, JSON-LD, or nothing at all), as it does on real sites.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

E = html.escape


def _dt(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def _local(a, hours: int) -> datetime:
    return _dt(a).astimezone(timezone(timedelta(hours=hours)))


def body_html(paragraphs, p_class: str = "") -> str:
    out = []
    cls = f' class="{p_class}"' if p_class else ""
    for p in paragraphs:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    return "\n".join(out)


def og_meta(a, site: str, url: str, locale: str) -> str:
    return (
        f'<meta property="og:site_name" content="{E(site)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{E(a["title"])}">\n'
        f'<meta property="og:description" content="{E(a["summary"])}">\n'
        f'<meta property="og:url" content="{E(url)}">\n'
        f'<meta property="og:locale" content="{locale}">\n'
        f'<meta property="article:published_time" content="{a["published"]}">\n'
        f'<meta name="twitter:card" content="summary_large_image">\n'
    )


def json_ld(a, site: str, url: str, author: str | None) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"],
        "dateModified": a["published"],
        "inLanguage": a["lang"],
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": site},
    }
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>\n")


def related_list(items, cls: str = "related") -> str:
    lis = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in items)
    return f'<ul class="{cls}">{lis}</ul>'


def pick(seq, a, n):
    """Deterministic choice of n items for an article (no randomness between builds)."""
    k = sum(ord(c) for c in a["id"])
    return [seq[(k + i * 7) % len(seq)] for i in range(n)]


# --------------------------------------------------------------------------- Pelorus Wire

PELORUS_RELATED = [
    ("Japan's exports rise for third month on chip demand", "/business/japan-exports-chips"),
    ("Bank of Japan holds rates, signals patience", "/markets/boj-holds-rates"),
    ("Russia's central bank keeps key rate unchanged", "/markets/russia-cbr-rate"),
    ("South Korea, Japan agree to expand shuttle diplomacy", "/world/asia/korea-japan-shuttle"),
    ("Factbox: Russia and Japan's unfinished WW2 business", "/world/asia/factbox-kurils-explainer"),
    ("Typhoon disrupts flights across western Japan", "/world/asia/typhoon-western-japan"),
    ("China's exports beat forecasts in surprise rebound", "/business/china-exports-rebound"),
    ("Mongolia hosts trilateral energy forum", "/world/asia/mongolia-energy-forum"),
]


def pelorus(a, base_url: str) -> str:
    site = "Pelorus Wire"
    url = f"{base_url}/articles/{a['id']}.html"
    t = _dt(a)
    when = t.strftime("%B %d, %Y %I:%M %p UTC").replace(" 0", " ")
    rel = related_list(pick(PELORUS_RELATED, a, 4))
    byline = a.get("byline", "Pelorus staff")
    credit = a.get("credit", "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Pelorus Wire</title>
<meta name="description" content="{E(a['summary'])}">
<link rel="canonical" href="{url}">
{og_meta(a, site, url, 'en_US')}{json_ld(a, site, url, byline)}<link rel="stylesheet" href="/static/pw/main.9f3c1.css">
</head>
<body class="pw article-page">
<div id="consent" class="pw-consent" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy Settings.</p>
  <button class="pw-btn accept">Accept all</button> <button class="pw-btn">Reject non-essential</button> <a href="/privacy/cookies">Manage options</a>
</div>
<header class="pw-masthead">
  <a class="pw-logo" href="/">PELORUS<span>WIRE</span></a>
  <nav class="pw-nav" aria-label="Sections">
    <a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/world/asia">Asia Pacific</a><a href="/world/europe">Europe</a><a href="/technology">Technology</a><a href="/sustainability">Sustainability</a><a href="/investigations">Investigations</a>
  </nav>
  <a class="pw-signin" href="/account/sign-in">Sign in</a> <a class="pw-subscribe" href="/subscribe">Register</a>
</header>
<main class="pw-main">
<nav class="pw-crumbs"><a href="/world">World</a> › <a href="/world/asia">Asia Pacific</a></nav>
<article class="pw-story">
<h1 class="pw-headline">{E(a['title'])}</h1>
<div class="pw-meta">By <span class="pw-author">{E(byline)}</span> · <time datetime="{a['published']}">{when}</time> · {a.get('minutes', 3)} min read</div>
<div class="pw-share"><a href="#share-x">Share on X</a> <a href="#share-li">LinkedIn</a> <a href="#share-mail">Email</a> <a href="#copy">Copy link</a></div>
<div class="pw-body">
{body_html(a['body'])}
</div>
<p class="pw-credit">{E(credit)}</p>
<p class="pw-standards"><a href="/trust-principles">Our Standards: The Pelorus Trust Principles.</a></p>
</article>
<aside class="pw-rail"><h3>Read next</h3>{rel}</aside>
</main>
<footer class="pw-footer">
  <nav><a href="/about">About Pelorus</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {t.year} Pelorus Wire. All rights reserved.</p>
</footer>
<script src="/static/pw/app.41aa.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Harrowgate Standard

HARROWGATE_RELATED = [
    ("Opinion: Asia's maritime order is fraying at the edges", "/opinion/asia-maritime-order"),
    ("Tokyo's housing squeeze spreads to the suburbs", "/asia/japan/tokyo-housing-suburbs"),
    ("Seoul and Tokyo test a fragile thaw", "/asia/korea/seoul-tokyo-thaw"),
    ("Inside the race for Arctic shipping routes", "/world/arctic-shipping-race"),
    ("Why Japan's rice prices keep climbing", "/asia/japan/rice-prices"),
    ("Philippines, Vietnam sign coast guard pact", "/asia/philippines-vietnam-coast-guard"),
    ("The long shadow of 1945 in East Asian diplomacy", "/long-read/shadow-of-1945"),
]


def harrowgate(a, base_url: str) -> str:
    site = "The Harrowgate Standard"
    url = f"{base_url}/articles/{a['id']}.html"
    t = _dt(a)
    when = f"{t.strftime('%a')} {t.day} {t.strftime('%b %Y %H.%M')} GMT"
    rel = related_list(pick(HARROWGATE_RELATED, a, 3), "hs-more")
    byline = a.get("byline", "Asia correspondent")
    comments = ""
    if a.get("comments"):
        cs = "".join(f'<li><b>{E(u)}</b> <p>{E(c)}</p></li>' for u, c in a["comments"])
        comments = f'<section class="hs-comments"><h3>Comments ({len(a["comments"])})</h3><ol>{cs}</ol><p><a href="/community/rules">Community rules</a></p></section>'
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Asia | The Harrowgate Standard</title>
<meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="{E(a['summary'])}">
{og_meta(a, site, url, 'en_GB')}<link rel="canonical" href="{url}">
</head>
<body>
<div class="hs-cookie"><strong>Your privacy</strong> We use cookies and similar technologies to run this site, measure its audience and show you relevant adverts. <a href="/help/privacy">Find out more</a> <button>Yes, I'm happy</button> <button>Manage my cookies</button></div>
<header class="hs-top">
  <div class="hs-support">Support independent journalism — <a href="/subscribe?ref=top">subscribe from £1</a></div>
  <a class="hs-brand" href="/">The Harrowgate Standard</a>
  <nav class="hs-pillars"><a href="/uk">UK</a> <a href="/world">World</a> <a href="/asia" aria-current="page">Asia</a> <a href="/business">Business</a> <a href="/environment">Environment</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a></nav>
  <nav class="hs-sub"><a href="/asia/japan">Japan</a> <a href="/asia/china">China</a> <a href="/asia/korea">Korea</a> <a href="/asia/south-east">South-east Asia</a> <a href="/world/russia">Russia</a></nav>
</header>
<main>
<article class="hs-article">
<p class="hs-kicker">{E(a.get('kicker', 'Asia'))}</p>
<h1>{E(a['title'])}</h1>
<p class="hs-standfirst">{E(a['summary'])}</p>
<p class="hs-byline">{E(byline)}</p>
<p class="hs-date"><time datetime="{a['published']}">{when}</time></p>
<div class="hs-share">Share: <a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a> <a href="#mail">Email</a></div>
<div class="hs-body">
{body_html(a['body'])}
</div>
<aside class="hs-epic"><p>Before you move on… Our reporting on Asia is funded by readers. If you can, please consider supporting us.</p><a href="/contribute">Support us</a></aside>
</article>
<section class="hs-onward"><h2>More on this story</h2>{rel}</section>
{comments}
</main>
<footer class="hs-foot">
  <ul><li><a href="/about">About us</a></li><li><a href="/help/contact">Contact us</a></li><li><a href="/help/complaints">Complaints &amp; corrections</a></li><li><a href="/help/terms">Terms &amp; conditions</a></li><li><a href="/help/privacy">Privacy policy</a></li><li><a href="/help/cookies">Cookie policy</a></li></ul>
  <p>© {t.year} Harrowgate Standard Media Ltd. Registered in England and Wales.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Offing Review (no metadata)

OFFING_RELATED = [
    ("The Sea of Okhotsk as a bastion, revisited", "/essays/okhotsk-bastion"),
    ("What the 1855 Shimoda treaty did and did not settle", "/essays/shimoda-1855"),
    ("Hokkaido's fishing towns and the long decline", "/essays/hokkaido-fishing-towns"),
    ("Reading Moscow's Asia policy after 2022", "/essays/moscow-asia-after-2022"),
    ("Small islands, large claims: a reading list", "/reading/small-islands"),
]


def offing(a, base_url: str) -> str:
    t = _dt(a)
    when = t.strftime("%d %B %Y").lstrip("0")
    rel = related_list(pick(OFFING_RELATED, a, 3), "or-further")
    byline = a.get("byline", "Offing Review")
    bio = a.get("bio", "")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Offing Review</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/assets/offing.css">
</head>
<body class="essay">
<div class="or-banner">This site uses only strictly necessary cookies. <a href="/cookies">Details</a> <button>OK</button></div>
<header>
  <a href="/" class="or-title">Offing Review</a> <span class="or-tagline">North Pacific affairs, at a distance</span>
  <nav><a href="/essays">Essays</a> · <a href="/briefings">Briefings</a> · <a href="/podcast">Podcast</a> · <a href="/archive">Archive</a> · <a href="/about">About</a> · <a href="/newsletter">Newsletter</a></nav>
</header>
<main>
<article>
<header class="or-head">
<p class="or-type">{E(a.get('kicker', 'Briefing'))}</p>
<h1>{E(a['title'])}</h1>
<p class="or-dek">{E(a['summary'])}</p>
<p class="or-by">{E(byline)} · {when}</p>
</header>
<section class="or-text">
{body_html(a['body'])}
</section>
<p class="or-bio"><em>{E(bio)}</em></p>
<p class="or-share">Share this: <a href="#mastodon">Mastodon</a> / <a href="#bsky">Bluesky</a> / <a href="#email">Email</a></p>
</article>
<aside><h2>Further reading</h2>{rel}</aside>
<section class="or-signup"><h2>The Offing letter</h2><p>One email a fortnight on the seas between Japan, Russia, China and Alaska.</p><form action="/newsletter/subscribe"><input type="email" placeholder="you@example.org"><button>Subscribe</button></form></section>
</main>
<footer><p>Offing Review is published by the Offing Society, a non-profit. Views are the authors' own. <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Tsugaru Shimpo English Edition

TSUGARU_RELATED = [
    ("Hokkaido scallop exporters seek new markets", "/en/economy/scallop-exports"),
    ("Shinkansen extension to Sapporo faces further delay", "/en/national/shinkansen-sapporo-delay"),
    ("Aomori apple harvest down on summer heat", "/en/regional/aomori-apple-harvest"),
    ("PHOTOS: Drift ice arrives off Abashiri", "/en/photos/drift-ice-abashiri"),
    ("Former islanders' memoirs to be digitized", "/en/national/islanders-memoirs"),
    ("Editorial: Diplomacy needs patience, not slogans", "/en/editorial/diplomacy-patience"),
    ("Nemuro salmon catch hits record low", "/en/regional/nemuro-salmon"),
]


def tsugaru(a, base_url: str) -> str:
    site = "Tsugaru Shimpo English Edition"
    url = f"{base_url}/articles/{a['id']}.html"
    jst = _local(a, 9)
    when = jst.strftime("%B %d, %Y (%H:%M JST)").replace(" 0", " ")
    rel = related_list(pick(TSUGARU_RELATED, a, 4), "ts-related")
    byline = a.get("byline", "Tsugaru Shimpo")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(a['title'])} - Tsugaru Shimpo English Edition</title>
<meta name="description" content="{E(a['summary'])}">
<meta name="keywords" content="{E(', '.join(a.get('tags', [])))}">
{og_meta(a, site, url, 'en_US')}{json_ld(a, site, url, None)}</head>
<body id="ts-en">
<div id="ts-gdpr">This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies. <a href="/en/privacy">Privacy Policy</a> <button>Agree</button></div>
<header id="ts-header">
  <div class="ts-lang"><a href="/">日本語</a> | <b>English</b></div>
  <a href="/en/" class="ts-logo">TSUGARU SHIMPO <small>English Edition</small></a>
  <ul class="ts-gnav"><li><a href="/en/national">National</a></li><li><a href="/en/politics">Politics</a></li><li><a href="/en/world">World</a></li><li><a href="/en/economy">Economy</a></li><li><a href="/en/regional">Hokkaido &amp; Tohoku</a></li><li><a href="/en/editorial">Editorial</a></li><li><a href="/en/photos">Photos</a></li></ul>
</header>
<div id="ts-wrap">
<article class="ts-article">
<ul class="ts-tags">{''.join(f'<li><a href="/en/tag/{E(x.lower().replace(" ", "-"))}">{E(x)}</a></li>' for x in a.get('tags', []))}</ul>
<h1>{E(a['title'])}</h1>
<p class="ts-date">{when}</p>
<div class="ts-sns"><a href="#x">Post</a><a href="#fb">Share</a><a href="#line">LINE</a></div>
<div class="ts-text">
{body_html(a['body'])}
</div>
<p class="ts-by">({E(byline)})</p>
</article>
<aside class="ts-side"><h2>Related Articles</h2>{rel}<h2>Most Read</h2><ol><li><a href="/en/national/heavy-snow-hokkaido">Heavy snow strands travellers in eastern Hokkaido</a></li><li><a href="/en/economy/yen-weakens">Yen weakens past key level</a></li><li><a href="/en/national/bear-sightings">Bear sightings rise across Tohoku</a></li></ol></aside>
</div>
<footer id="ts-footer"><p><a href="/en/about">About Us</a> | <a href="/en/terms">Terms of Use</a> | <a href="/en/privacy">Privacy Policy</a> | <a href="/en/contact">Contact</a></p><p>Copyright © The Tsugaru Shimpo. All rights reserved. No reproduction or republication without written permission.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Прибрежье.ру

PRIB_RELATED = [
    ("В Корсакове завершили ремонт причала морвокзала", "/news/korsakov-prichal"),
    ("Синоптики обещают сахалинцам снежные выходные", "/news/pogoda-vyhodnye"),
    ("На Итурупе открыли новую амбулаторию", "/kurily/iturup-ambulatoriya"),
    ("Цены на бензин на Сахалине выросли за месяц на 3%", "/economy/benzin-ceny"),
    ("Рейсы на Курилы задерживаются из-за тумана", "/kurily/reisy-tuman"),
    ("В Холмске прошёл фестиваль корюшки", "/society/holmsk-korushka"),
    ("Сахалинские школьники стали призёрами олимпиады по физике", "/society/olimpiada-fizika"),
]


def pribrezhye(a, base_url: str) -> str:
    site = "Прибрежье.ру"
    url = f"{base_url}/articles/{a['id']}.html"
    loc = _local(a, 11)
    when = loc.strftime("%d.%m.%Y, %H:%M")
    rel = related_list(pick(PRIB_RELATED, a, 4), "pb-read-also")
    views = 400 + (sum(ord(c) for c in a["id"]) * 37) % 5000
    author = (a.get("byline") or "").split(":")[-1].strip() or None
    ld = json_ld(a, site, url, author) if a.get("jsonld", True) else ""
    comments = ""
    if a.get("comments"):
        cs = "".join(f'<div class="pb-comment"><span class="pb-nick">{E(u)}</span><p>{E(c)}</p></div>' for u, c in a["comments"])
        comments = f'<section class="pb-comments"><h3>Комментарии ({len(a["comments"])})</h3>{cs}<p class="pb-rules">Комментарии публикуются после модерации. <a href="/rules">Правила</a></p></section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Прибрежье.ру</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{og_meta(a, site, url, 'ru_RU')}{ld}</head>
<body>
<div class="pb-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookie-policy">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="pb-header">
  <a class="pb-logo" href="/">Прибрежье<span>.ру</span></a> <span class="pb-slogan">новости Сахалина и Курил</span>
  <div class="pb-weather">Южно-Сахалинск <b>{a.get('weather', '+4')}°</b></div>
  <nav class="pb-menu"><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/incidents">Происшествия</a> <a href="/dfo">Дальний Восток</a> <a href="/video">Видео</a> <a href="/ads">Объявления</a></nav>
</header>
<main class="pb-main">
<div class="pb-crumbs"><a href="/">Главная</a> / <a href="/{E(a.get('rubric_slug', 'news'))}">{E(a.get('rubric', 'Новости'))}</a></div>
<article class="pb-article">
<h1>{E(a['title'])}</h1>
<div class="pb-info"><time datetime="{a['published']}">{when}</time> <span class="pb-views">👁 {views}</span></div>
<p class="pb-lead"><strong>{E(a['summary'])}</strong></p>
<div class="pb-text">
{body_html(a['body'])}
</div>
<p class="pb-source">{E(a.get('byline', ''))}</p>
<div class="pb-share">Поделиться: <a href="#vk">ВКонтакте</a> <a href="#ok">Одноклассники</a> <a href="#tg">Telegram</a></div>
<p class="pb-tg">Подписывайтесь на наш <a href="/tg">Telegram-канал</a> — все главные новости островного региона.</p>
</article>
<aside class="pb-aside"><h3>Читайте также</h3>{rel}</aside>
{comments}
</main>
<footer class="pb-footer">
<p>Сетевое издание «Прибрежье.ру». Зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-00000. Учредитель: ООО «Прибрежье Медиа». Главный редактор: И. В. Колесникова.</p>
<p>При использовании материалов гиперссылка обязательна. 16+</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Азимут-Информ

AZIMUT_RELATED = [
    ("Минфин разместил ОФЗ на 60 млрд рублей", "/economy/ofz-razmeshchenie"),
    ("В Госдуме предложили продлить дальневосточную ипотеку", "/politics/dv-ipoteka"),
    ("Лавров проведёт переговоры с главой МИД Монголии", "/politics/lavrov-mongolia"),
    ("Индекс Мосбиржи завершил неделю ростом", "/economy/moex-nedelya"),
    ("Росрыболовство подвело итоги лососёвой путины", "/economy/putina-itogi"),
    ("Путин провёл совещание по развитию Дальнего Востока", "/politics/soveshchanie-dv"),
    ("МЧС предупредило о сильном ветре в Приморье", "/society/mchs-primorye"),
]


def azimut(a, base_url: str) -> str:
    site = "Азимут-Информ"
    url = f"{base_url}/articles/{a['id']}.html"
    msk = _local(a, 3)
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    when = f"{msk.day} {months[msk.month - 1]} {msk.year}, {msk.strftime('%H:%M')} мск"
    rel = related_list(pick(AZIMUT_RELATED, a, 3), "az-lenta")
    tags = "".join(f'<a class="az-tag" href="/tag/{i}">{E(x)}</a> ' for i, x in enumerate(a.get("tags", [])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - Азимут-Информ</title>
<meta name="description" content="{E(a['summary'])}">
{og_meta(a, site, url, 'ru_RU')}<meta name="robots" content="max-image-preview:large">
</head>
<body class="az">
<div class="az-bar"><span>Информационное агентство «Азимут-Информ»</span> <a href="/about">О агентстве</a> <a href="/subscribe">Подписка для СМИ</a> <a href="/en">English</a></div>
<header class="az-head">
<a href="/" class="az-logo">АЗИМУТ<b>ИНФОРМ</b></a>
<nav class="az-rubrics"><a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/regions">Регионы</a> <a href="/army">Армия</a> <a href="/sport">Спорт</a> <a href="/lenta">Лента новостей</a></nav>
</header>
<div class="az-cookies" role="alert">Сайт использует cookie-файлы и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <button>Согласен</button></div>
<main>
<article class="az-news">
<div class="az-date">{when}</div>
<h1>{E(a['title'])}</h1>
<div class="az-announce">{E(a['summary'])}</div>
<div class="az-text">
{body_html(a['body'])}
</div>
<div class="az-tags">{tags}</div>
<div class="az-share"><a href="#tg">Telegram</a> <a href="#vk">VK</a> <a href="#copy">Скопировать ссылку</a></div>
</article>
<aside class="az-side"><h4>Лента</h4>{rel}</aside>
</main>
<footer class="az-foot"><p>© {msk.year} ИА «Азимут-Информ». Все права защищены. Использование материалов допускается только при наличии активной ссылки на источник.</p><p><a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a> · <a href="/privacy">Политика конфиденциальности</a></p><p>18+</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 北光新聞デジタル

HOKKO_RELATED = [
    ("道内の最低賃金、過去最大の引き上げ", "/news/economy/minimum-wage"),
    ("札幌の地下鉄、来春から運賃改定", "/news/sapporo/subway-fare"),
    ("釧路湿原のタンチョウ、過去最多を確認", "/news/kushiro/tancho"),
    ("根室のサンマ水揚げ、前年を下回る", "/news/nemuro/sanma"),
    ("社説：外交の停滞を打開する知恵を", "/opinion/editorial-diplomacy"),
    ("羅臼沖で流氷観光船が運航開始", "/news/shiretoko/ryuhyo"),
    ("ＪＲ北海道、赤字路線の見直し協議", "/news/economy/jr-hokkaido"),
]


def hokko(a, base_url: str) -> str:
    site = "北光新聞デジタル"
    url = f"{base_url}/articles/{a['id']}.html"
    jst = _local(a, 9)
    when = f"{jst.year}年{jst.month}月{jst.day}日 {jst.strftime('%H:%M')}"
    rel = related_list(pick(HOKKO_RELATED, a, 4), "hk-kanren")
    paywall = ""
    if a.get("members_only"):
        paywall = '<div class="hk-paywall">この記事の続きは会員登録（無料）でお読みいただけます。<a href="/member/entry">会員登録</a> <a href="/member/login">ログイン</a></div>'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])}｜北光新聞デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
{og_meta(a, site, url, 'ja_JP')}{json_ld(a, site, url, None)}</head>
<body>
<div class="hk-cookie">当サイトではクッキー（Cookie）を使用しています。詳しくは<a href="/policy/cookie">クッキーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="hk-header">
<a href="/" class="hk-logo">北光新聞<span>デジタル</span></a>
<nav class="hk-gnav"><a href="/">トップ</a><a href="/news/politics">政治</a><a href="/news/economy">経済</a><a href="/news/hokkaido">道内</a><a href="/news/nemuro">根室・釧路</a><a href="/news/international">国際</a><a href="/sports">スポーツ</a><a href="/opinion">オピニオン</a><a href="/special/hoppo">北方領土</a></nav>
</header>
<main class="hk-main">
<div class="hk-pankuzu"><a href="/">ホーム</a> ＞ <a href="/news/{E(a.get('section_slug', 'international'))}">{E(a.get('section', '国際'))}</a></div>
<article class="hk-kiji">
<h1>{E(a['title'])}</h1>
<p class="hk-date"><time datetime="{a['published']}">{when}</time></p>
<div class="hk-honbun">
{body_html(a['body'])}
</div>
{paywall}
<div class="hk-share"><a href="#x">ポスト</a><a href="#fb">シェア</a><a href="#line">LINEで送る</a><a href="#hatena">はてブ</a></div>
</article>
<aside class="hk-side"><h2>関連記事</h2>{rel}<h2>アクセスランキング</h2><ol><li><a href="/news/hokkaido/bear">住宅街にクマ出没、警察が注意呼びかけ</a></li><li><a href="/news/economy/hotate">ホタテ輸出、新たな販路開拓へ</a></li><li><a href="/news/sapporo/snow">札幌で初雪、平年より遅く</a></li></ol></aside>
</main>
<footer class="hk-footer"><p><a href="/company">会社案内</a>｜<a href="/policy/privacy">個人情報保護方針</a>｜<a href="/policy/site">サイトポリシー</a>｜<a href="/ad">広告掲載</a>｜<a href="/contact">お問い合わせ</a></p><p>北光新聞社の許諾なく記事・写真の転載を禁じます。Copyright © Hokko Shimbun. All rights reserved.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- ひがし北海道放送 NEWS (minimal metadata)

def higashi(a, base_url: str) -> str:
    jst = _local(a, 9)
    wd = "月火水木金土日"[jst.weekday()]
    when = f"{jst.month}月{jst.day}日（{wd}）{jst.strftime('%H時%M分')}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | ひがし北海道放送 NEWS</title>
<meta name="viewport" content="width=device-width">
<meta name="description" content="{E(a['summary'])}">
</head>
<body class="hhb">
<header>
<div class="hhb-logo"><a href="/">ひがし北海道放送</a> <span>NEWS</span></div>
<nav class="hhb-nav"><a href="/news/">ニュース一覧</a> <a href="/news/kushiro/">釧路</a> <a href="/news/nemuro/">根室</a> <a href="/news/obihiro/">帯広</a> <a href="/news/kitami/">北見</a> <a href="/weather/">天気</a> <a href="/bousai/">防災</a> <a href="/program/">番組表</a></nav>
</header>
<div class="hhb-consent">ひがし北海道放送では、サービス向上のためCookieを利用しています。<a href="/privacy/">プライバシーポリシー</a> <button>OK</button></div>
<main>
<article>
<h1 class="hhb-title">{E(a['title'])}</h1>
<p class="hhb-time">{when}</p>
<div class="hhb-video">[動画] 再生するにはJavaScriptを有効にしてください</div>
<div class="hhb-body">
{body_html(a['body'])}
</div>
<div class="hhb-sns"><a href="#x">Xでポスト</a> <a href="#line">LINEで送る</a></div>
</article>
<section class="hhb-latest"><h2>最新のニュース</h2><ul><li><a href="/news/kushiro/weather-fog">釧路で濃霧 交通に影響</a></li><li><a href="/news/obihiro/potato">十勝のジャガイモ 収穫ピーク</a></li><li><a href="/news/nemuro/fishermen">根室の漁業者 人手不足が深刻に</a></li></ul></section>
</main>
<footer><p>番組やニュースの内容は放送時点のものです。</p><p>© Higashi Hokkaido Broadcasting Co., Ltd.</p></footer>
</body>
</html>
"""


OUTLETS = {
    "pelorus": {"title": "Pelorus Wire — World", "format": "rss", "lang": "en", "render": pelorus},
    "harrowgate": {"title": "The Harrowgate Standard — Asia", "format": "atom", "lang": "en", "render": harrowgate},
    "offing": {"title": "Offing Review — North Pacific affairs", "format": "atom", "lang": "en", "render": offing},
    "tsugaru-en": {"title": "Tsugaru Shimpo — English Edition", "format": "rss", "lang": "en", "render": tsugaru},
    "pribrezhye": {"title": "Прибрежье.ру — новости Сахалина и Курил", "format": "rss", "lang": "ru", "render": pribrezhye},
    "azimut": {"title": "Агентство «Азимут-Информ»", "format": "atom", "lang": "ru", "render": azimut},
    "hokko": {"title": "北光新聞デジタル", "format": "rss", "lang": "ja", "render": hokko},
    "higashi": {"title": "ひがし北海道放送 NEWS", "format": "atom", "lang": "ja", "render": higashi},
}
