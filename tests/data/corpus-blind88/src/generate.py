#!/usr/bin/env python3
"""Generate the blind88 evaluation corpus: labels.yaml and articles/*.html.

Usage:  python3 src/generate.py          (run from anywhere; writes next to src/)

Only the standard library and PyYAML are used. The article texts live in
content_en.py, content_ru.py and content_ja.py; the outlets and their page
templates live here.
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

from content_en import ARTICLES as EN  # noqa: E402
from content_ja import ARTICLES as JA  # noqa: E402
from content_ru import ARTICLES as RU  # noqa: E402

NAME = "blind88"
KNOWN_AS_OF = "2024-02-08"

FEEDS = [
    {"id": "sunderby-wire", "title": "Sunderby Wire - World", "format": "rss", "lang": "en"},
    {"id": "hatherley-en", "title": "The Hatherley Review - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "notoro-en", "title": "The Notoro Current - eastern Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "annexroom-en", "title": "Annex Room - Readouts & Briefings", "format": "atom", "lang": "en"},
    {"id": "kitovy-ru", "title": "Китовый берег - новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "rumpel-ru", "title": "ИА «Румпель» - лента новостей", "format": "rss", "lang": "ru"},
    {"id": "misago-ja", "title": "みさご新報 電子版（根室・標津）", "format": "rss", "lang": "ja"},
    {"id": "kyokko-tsushin", "title": "旭光通信ニュース", "format": "atom", "lang": "ja"},
]
FEED_BY_ID = {f["id"]: f for f in FEEDS}
NO_METADATA = {"kitovy-ru", "misago-ja"}

E = html.escape


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def paras(a, cls: str = "", indent: str = "") -> str:
    out = []
    for p in a["body"]:
        c = f' class="{cls}"' if cls else ""
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("Q: ") or p.startswith("Q (") or p.startswith("Вопрос"):
            out.append(f'<p class="q"{c and ""}><strong>{E(p)}</strong></p>')
        else:
            out.append(f"<p{c}>{E(indent + p)}</p>")
    return "\n".join(out)


def og_meta(a, site: str, lang_locale: str, section: str) -> str:
    return (
        f'<meta name="description" content="{E(a["summary"])}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:site_name" content="{E(site)}">\n'
        f'<meta property="og:title" content="{E(a["title"])}">\n'
        f'<meta property="og:description" content="{E(a["summary"])}">\n'
        f'<meta property="og:locale" content="{lang_locale}">\n'
        f'<meta property="article:published_time" content="{a["published"]}">\n'
        f'<meta property="article:section" content="{E(section)}">'
    )


def json_ld(a, site: str, author: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"],
        "dateModified": a["published"],
        "inLanguage": lang,
        "author": {"@type": "Person" if author and "Staff" not in author else "Organization",
                   "name": author or site},
        "publisher": {"@type": "Organization", "name": site},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def related(a, items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for h, t in items)


# --------------------------------------------------------------------------- templates


def t_sunderby(a) -> str:
    d = ts(a)
    when = d.strftime("%B %-d, %Y %-I:%M %p GMT")
    year = d.year
    rel = a.get("related") or [
        ("../world/asia-pacific.html", "Asia Pacific: latest coverage"),
        ("../markets/jgb-yields.html", "JGB yields edge higher ahead of BOJ meeting"),
        ("../business/hokkaido-scallops.html", "Hokkaido scallop exporters look beyond China"),
        ("../world/europe.html", "Europe: Russia and Ukraine"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Sunderby Wire</title>
{og_meta(a, "Sunderby Wire", "en_GB", a.get("section", "World"))}
<meta name="twitter:card" content="summary_large_image">
{json_ld(a, "Sunderby Wire", a.get("byline", ""), "en")}
<link rel="stylesheet" href="../static/sw-main.css">
</head>
<body class="sw-article">
<div id="consent" class="sw-consent" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content and measure traffic. You can accept all cookies or manage your choices.</p>
  <button type="button">Accept all</button> <button type="button">Manage choices</button>
</div>
<header class="sw-masthead">
  <a class="sw-logo" href="../index.html">SUNDERBY WIRE</a>
  <nav class="sw-nav"><a href="../world/index.html">World</a> <a href="../world/asia-pacific.html">Asia Pacific</a> <a href="../business/index.html">Business</a> <a href="../markets/index.html">Markets</a> <a href="../energy/index.html">Energy</a> <a href="../video/index.html">Video</a> <a href="../account/sign-in.html">Sign in</a></nav>
  <div class="sw-ticker"><span>MARKETS</span> Nikkei 225 · Brent crude · USD/JPY · USD/RUB — delayed quotes</div>
</header>
<main>
<article>
  <div class="sw-kicker">{E(a.get("section", "World"))}</div>
  <h1>{E(a["title"])}</h1>
  <div class="sw-meta"><span class="sw-byline">{E(a.get("byline", "By Sunderby Staff"))}</span> · <time>{when}</time> · <span>{a.get("read", 3)} min read</span></div>
  <div class="sw-share"><a href="#">Share</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
  <div class="sw-body">
{paras(a)}
  </div>
  <p class="sw-credit">{E(a.get("credit", "(Editing by the Asia desk)"))}</p>
  <p class="sw-trust">Our Standards: The Sunderby Trust Principles.</p>
</article>
<aside class="sw-related"><h3>Related coverage</h3><ul>
{related(a, rel)}
</ul></aside>
</main>
<footer class="sw-footer">
  <nav><a href="../about.html">About Sunderby</a> · <a href="../careers.html">Careers</a> · <a href="../privacy.html">Privacy</a> · <a href="../cookies.html">Cookie settings</a> · <a href="../terms.html">Terms of use</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {year} Sunderby Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def t_hatherley(a) -> str:
    d = ts(a)
    when = d.strftime("%a %-d %b %Y %H.%M UTC")
    comments = a.get("comments", [])
    ctext = "\n".join(
        f'<li><span class="who">{E(w)}</span><p>{E(t)}</p></li>' for w, t in comments)
    rel = a.get("related") or [
        ("../asia-pacific/japan.html", "More on Japan"),
        ("../world/russia.html", "More on Russia"),
        ("../opinion/index.html", "Opinion"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | The Hatherley Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{og_meta(a, "The Hatherley Review", "en_GB", a.get("section", "Asia & Pacific"))}
<meta name="author" content="{E(a.get("byline", ""))}">
<link rel="stylesheet" href="../assets/hr-2024.css">
</head>
<body>
<div class="hr-cookie">The Hatherley Review uses cookies for essential site functions and, with your consent, for analytics. <a href="../cookies.html">Find out more</a> <button>Yes, I'm happy</button> <button>Manage</button></div>
<header class="hr-top">
  <div class="hr-support">Support independent journalism — <a href="../subscribe.html">subscribe from £1</a></div>
  <div class="hr-mast"><a href="../index.html">The Hatherley Review</a></div>
  <nav class="hr-pillars"><a href="../news.html">News</a> | <a href="../asia-pacific/index.html">Asia &amp; Pacific</a> | <a href="../opinion/index.html">Opinion</a> | <a href="../culture/index.html">Culture</a> | <a href="../podcasts/index.html">Podcasts</a></nav>
</header>
<main class="hr-main">
<article>
  <p class="hr-section">{E(a.get("section", "Asia & Pacific"))}</p>
  <h1 class="hr-headline">{E(a["title"])}</h1>
  <p class="hr-standfirst">{E(a["summary"])}</p>
  <div class="hr-byline">{E(a.get("byline", "Hatherley staff"))}<br><time>{when}</time></div>
  <div class="hr-text">
{paras(a)}
  </div>
  {f'<div class="hr-bio">{E(a["bio"])}</div>' if a.get("bio") else ""}
  <div class="hr-newsletter">Sign up to <strong>Pacific Letter</strong>, our weekly briefing on Asia. <a href="../newsletters.html">Sign up</a></div>
</article>
<section class="hr-comments"><h3>Comments ({len(comments)})</h3><ul>
{ctext}
</ul><p class="hr-note">Comments are moderated. <a href="../community-standards.html">Community standards</a></p></section>
<aside><h3>Most viewed</h3><ol>
{related(a, rel)}
</ol></aside>
</main>
<footer class="hr-foot"><p><a href="../about.html">About us</a> · <a href="../contact.html">Contact</a> · <a href="../privacy.html">Privacy policy</a> · <a href="../cookies.html">Cookie policy</a></p><p>© {d.year} The Hatherley Review Ltd. Registered in England and Wales.</p></footer>
</body>
</html>
"""


def t_notoro(a) -> str:
    d = ts(a) + timedelta(hours=9)
    when = d.strftime("%B %-d, %Y · %-I:%M %p JST")
    rel = a.get("related") or [
        ("../local/drift-ice.html", "Drift ice season: when to see it from Abashiri"),
        ("../fisheries/saury.html", "Saury landings at Hanasaki port stay near record lows"),
        ("../northern-territories/index.html", "Northern Territories / Kurils: all stories"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} – The Notoro Current</title>
{og_meta(a, "The Notoro Current", "en_US", a.get("section", "Local"))}
{json_ld(a, "The Notoro Current", a.get("byline", ""), "en")}
<link rel="stylesheet" id="theme-css" href="../wp-content/themes/current/style.css?ver=2.3" media="all">
</head>
<body class="post-template-default single single-post">
<div class="topbar">eastern Hokkaido in English · <a href="../newsletter.html">Newsletter</a> · <a href="../support.html">Support local journalism</a></div>
<header class="site-header"><a class="site-title" href="../index.html">The Notoro Current</a>
<p class="site-description">News from Abashiri to Nemuro, in English</p>
<nav class="main-navigation"><ul><li><a href="../index.html">Home</a></li><li><a href="../local/index.html">Local</a></li><li><a href="../fisheries/index.html">Fisheries</a></li><li><a href="../northern-territories/index.html">Northern Territories</a></li><li><a href="../tourism/index.html">Tourism</a></li><li><a href="../weather/index.html">Weather</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard">
<header class="entry-header"><span class="cat-links">{E(a.get("section", "Local"))}</span>
<h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta">Posted on <time class="entry-date published">{when}</time> by <span class="author vcard">{E(a.get("byline", "Current staff"))}</span></div></header>
<div class="entry-content">
{paras(a)}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {E(", ".join(a.get("tags", ["Hokkaido"])))}</span></footer>
</article>
<nav class="post-navigation"><a href="../archive.html">← Previous post</a> | <a href="../archive.html">Next post →</a></nav>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most read</h2><ul>
{related(a, rel)}
</ul></section>
<section class="widget"><h2 class="widget-title">Tide &amp; weather</h2><p>Nemuro: see the JMA forecast for today.</p></section></aside>
</div>
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="../privacy.html">Privacy policy</a> <button>OK</button></div>
<footer class="site-footer"><p>© {d.year} The Notoro Current · Abashiri, Hokkaido · Proudly independent</p></footer>
</body>
</html>
"""


def t_annex(a) -> str:
    d = ts(a)
    when = d.strftime("%-d %B %Y")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} — Annex Room</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Annex Room">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["summary"])}">
<meta property="article:published_time" content="{a["published"]}">
<link rel="stylesheet" href="../css/annex.css">
</head>
<body>
<div class="cookie">Annex Room sets only essential cookies. <a href="../privacy.html">Details</a> <button>Dismiss</button></div>
<header><a class="brand" href="../index.html">ANNEX ROOM</a> <span class="tag">Readouts &amp; Briefings</span>
<nav><a href="../readouts/index.html">Readouts</a> · <a href="../briefings/index.html">Briefings</a> · <a href="../speeches/index.html">Speeches</a> · <a href="../interviews/index.html">Interviews</a> · <a href="../search.html">Search</a> · <a href="../about.html">About</a></nav></header>
<main>
<p class="crumbs"><a href="../index.html">Home</a> › <a href="../{E(a.get("crumb_href", "briefings/index.html"))}">{E(a.get("crumb", "Briefings"))}</a> › {E(a.get("country", ""))}</p>
<article>
<p class="doc-type">{E(a.get("doctype", "Transcript · working translation"))}</p>
<h1>{E(a["title"])}</h1>
<p class="posted">Posted {when} · Source: {E(a.get("source", "official record"))}</p>
<div class="doc">
{paras(a)}
</div>
<p class="disclaimer">Annex Room publishes working translations of official transcripts for reference. It is not affiliated with any government. Where an official text exists, the official text prevails.</p>
<p class="dl"><a href="../pdf/annex-{E(a["id"])}.pdf">Download PDF</a> · <a href="#">Cite this document</a></p>
</article>
<aside><h3>Recently added</h3><ul>
{related(a, a.get("related") or [("../briefings/index.html", "All briefings"), ("../speeches/index.html", "All speeches")])}
</ul></aside>
</main>
<footer><p>© {d.year} Annex Room. Text of official documents is in the public domain where applicable.</p><p><a href="../terms.html">Terms</a> · <a href="../privacy.html">Privacy</a> · <a href="../contact.html">Corrections</a></p></footer>
</body>
</html>
"""


def t_kitovy(a) -> str:  # no metadata: no og:, no JSON-LD, no article:* meta
    d = ts(a) + timedelta(hours=11)
    when = d.strftime("%d.%m.%Y, %H:%M")
    comments = a.get("comments", [])
    ctext = "\n".join(f'<div class="cmt"><b>{E(w)}</b><p>{E(t)}</p></div>' for w, t in comments)
    rel = a.get("related") or [
        ("../society/dvory-2024.html", "В Южно-Сахалинске отремонтируют ещё 12 дворов"),
        ("../kurily/parom.html", "Паром «Игорь Фархутдинов» изменил расписание рейсов на Курилы"),
        ("../economy/ugol.html", "Угольщики области подвели итоги квартала"),
        ("../kurily/index.html", "Все новости Курил"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} — Китовый берег</title>
<link rel="stylesheet" href="../css/kb.min.css">
</head>
<body>
<div class="kb-cookies">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим. <a href="../privacy.html">Подробнее</a> <button>Понятно</button></div>
<div class="kb-top"><span>Южно-Сахалинск: погода, курсы валют</span> <a href="../ads.html">Реклама</a> <a href="../contacts.html">Контакты</a></div>
<header class="kb-header"><a class="kb-logo" href="../index.html">КИТОВЫЙ БЕРЕГ</a><span class="kb-slogan">новости Сахалина и Курил</span>
<nav class="kb-menu"><a href="../news/index.html">Новости</a> <a href="../society/index.html">Общество</a> <a href="../economy/index.html">Экономика</a> <a href="../kurily/index.html">Курилы</a> <a href="../incidents/index.html">Происшествия</a> <a href="../sport/index.html">Спорт</a> <a href="../opinion/index.html">Мнения</a></nav></header>
<main class="kb-main">
<div class="kb-rubric">{E(a.get("section", "Новости"))}</div>
<h1>{E(a["title"])}</h1>
<div class="kb-date">{when}{(" · " + E(a["byline"])) if a.get("byline") else ""}</div>
<div class="kb-lead"><b>{E(a["summary"])}</b></div>
<div class="kb-text">
{paras(a)}
</div>
<div class="kb-tg">Подписывайтесь на «Китовый берег» в Telegram и ВКонтакте — главные новости острова без задержек.</div>
<div class="kb-errors">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.</div>
<div class="kb-related"><h3>Читайте также</h3><ul>
{related(a, rel)}
</ul></div>
<div class="kb-comments"><h3>Комментарии ({len(comments)})</h3>
{ctext}
<p>Чтобы оставить комментарий, войдите через VK ID.</p></div>
</main>
<footer class="kb-footer"><p>Сетевое издание «Китовый берег». 16+. При использовании материалов ссылка на сайт обязательна.</p><p>© 2016–{d.year} Редакция «Китового берега», Южно-Сахалинск.</p></footer>
</body>
</html>
"""


def t_rumpel(a) -> str:
    d = ts(a) + timedelta(hours=3)
    when = d.strftime("%d.%m.%Y %H:%M") + " (МСК)"
    rel = a.get("related") or [
        ("../ekonomika/kurs-rublya.html", "Курс рубля: итоги торгов на Мосбирже"),
        ("../regiony/primorye-dorogi.html", "В Приморье начали ремонт трассы «Уссури»"),
        ("../regiony/dalniy-vostok.html", "Дальний Восток: все новости"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | ИА «Румпель»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{og_meta(a, "ИА «Румпель»", "ru_RU", a.get("section", "Политика"))}
{json_ld(a, "ИА «Румпель»", a.get("byline", ""), "ru")}
<link rel="stylesheet" href="../static/rumpel.css">
</head>
<body>
<header class="r-head"><a class="r-logo" href="../index.html">РУМПЕЛЬ</a><span class="r-sub">информационное агентство</span>
<nav class="r-nav"><a href="../lenta/index.html">Лента</a> <a href="../politika/index.html">Политика</a> <a href="../ekonomika/index.html">Экономика</a> <a href="../obshchestvo/index.html">Общество</a> <a href="../mir/index.html">В мире</a> <a href="../regiony/index.html">Регионы</a> <a href="../sport/index.html">Спорт</a></nav></header>
<div class="r-wrap">
<main class="r-article">
<div class="r-rubric">{E(a.get("section", "Политика"))}</div>
<h1>{E(a["title"])}</h1>
<div class="r-time">{when}</div>
<div class="r-anons">{E(a["summary"])}</div>
<div class="r-body">
{paras(a)}
</div>
<div class="r-tags">Теги: {E(", ".join(a.get("tags", ["Япония"])))}</div>
<div class="r-share">Поделиться: <a href="#">VK</a> <a href="#">Telegram</a> <a href="#">OK</a></div>
</main>
<aside class="r-side"><h3>Читайте также</h3><ul>
{related(a, rel)}
</ul><h3>Лента новостей</h3><p>Последние сообщения агентства обновляются круглосуточно.</p></aside>
</div>
<div class="r-cookie">Сайт использует cookie и сервисы аналитики. <button>Принять</button></div>
<footer class="r-foot"><p>Сетевое издание ИА «Румпель». Регистрационная запись в реестре СМИ. 18+</p><p>© {d.year} ИА «Румпель». Все права защищены. Использование материалов допускается только со ссылкой на агентство.</p></footer>
</body>
</html>
"""


def t_misago(a) -> str:  # no metadata: no og:, no JSON-LD, no article:* meta
    d = ts(a) + timedelta(hours=9)
    when = f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}"
    rel = a.get("related") or [
        ("../gyogyo/sake-2024.html", "秋サケ定置網、根室海峡で水揚げ始まる"),
        ("../chiiki/nemuro-station.html", "根室駅前の再開発、基本計画案まとまる"),
        ("../hoppo/index.html", "北方領土・日ロ関係の記事一覧"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a["title"])}｜みさご新報 電子版</title>
<link rel="stylesheet" href="../css/misago.css">
</head>
<body>
<div class="ms-cookie">当サイトでは利便性向上のためCookieを使用しています。引き続き閲覧することで、Cookieの使用に同意したものとみなします。<a href="../privacy.html">詳細</a><button>閉じる</button></div>
<header class="ms-header"><a class="ms-logo" href="../index.html">みさご新報 電子版</a><span class="ms-area">根室・標津・羅臼・中標津・別海</span>
<nav class="ms-nav"><a href="../index.html">トップ</a> <a href="../news/index.html">ニュース</a> <a href="../hoppo/index.html">北方領土</a> <a href="../gyogyo/index.html">漁業</a> <a href="../chiiki/index.html">地域</a> <a href="../sports/index.html">スポーツ</a> <a href="../shasetsu/index.html">社説</a> <a href="../okuyami/index.html">おくやみ</a></nav>
<div class="ms-login"><a href="../member/login.html">ログイン</a> <a href="../member/join.html">会員登録</a></div></header>
<main class="ms-main">
<p class="ms-cat">{E(a.get("section", "ニュース"))}</p>
<h1>{E(a["title"])}</h1>
<p class="ms-date">{when}</p>
<div class="ms-body">
{paras(a, indent="　")}
</div>
<p class="ms-copy">{E(a.get("credit", "（みさご新報）"))}</p>
<div class="ms-member">有料会員になると、紙面ビューアーや過去記事検索がご利用いただけます。</div>
<div class="ms-related"><h3>関連記事</h3><ul>
{related(a, rel)}
</ul></div>
<div class="ms-rank"><h3>アクセスランキング</h3><ol><li>根室港のサンマ水揚げ、今季初の100トン超え</li><li>中標津空港、冬ダイヤを発表</li><li>標津川のサケ遡上、ピーク過ぎる</li></ol></div>
</main>
<footer class="ms-footer"><p>みさご新報社　〒087-0028 北海道根室市常盤町</p><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権はみさご新報社またはその情報提供者に属します。</p><p>Copyright © {d.year} Misago Shimpo. All rights reserved.</p></footer>
</body>
</html>
"""


def t_kyokko(a) -> str:
    d = ts(a) + timedelta(hours=9)
    when = d.strftime("%Y/%m/%d %H:%M")
    rel = a.get("related") or [
        ("../keizai/nikkei.html", "東証、日経平均が小幅続伸　半導体株に買い"),
        ("../chiho/hokkaido-tenki.html", "道東で濃霧、釧路空港で欠航相次ぐ"),
        ("../kokusai/index.html", "国際ニュース一覧"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - 旭光通信</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{og_meta(a, "旭光通信", "ja_JP", a.get("section", "国際"))}
{json_ld(a, "旭光通信", a.get("byline", ""), "ja")}
<link rel="stylesheet" href="../assets/kyokko.css">
</head>
<body>
<header class="kk-head"><a class="kk-logo" href="../index.html">旭光通信</a>
<nav class="kk-nav"><a href="../index.html">ホーム</a> <a href="../seiji/index.html">政治</a> <a href="../keizai/index.html">経済</a> <a href="../kokusai/index.html">国際</a> <a href="../shakai/index.html">社会</a> <a href="../chiho/index.html">地方</a> <a href="../sports/index.html">スポーツ</a></nav>
<div class="kk-breaking">速報や独自ニュースをアプリでお届け</div></header>
<main class="kk-main">
<div class="kk-cat">{E(a.get("section", "国際"))}</div>
<h1>{E(a["title"])}</h1>
<div class="kk-time">{when}（最終更新 {when}）</div>
<div class="kk-share">シェア: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="kk-body">
{paras(a)}
</div>
<div class="kk-related"><h3>関連記事</h3><ul>
{related(a, rel)}
</ul></div>
<div class="kk-ad">広告</div>
</main>
<div class="kk-cookie">旭光通信は、サービス向上のためにCookieを利用しています。<a href="../cookie.html">Cookieポリシー</a> <button>同意する</button></div>
<footer class="kk-foot"><p><a href="../about.html">会社案内</a>｜<a href="../privacy.html">プライバシーポリシー</a>｜<a href="../terms.html">利用規約</a>｜<a href="../contact.html">お問い合わせ</a></p><p>配信記事の無断転載・複製を禁じます。© {d.year} Kyokko Tsushin</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "sunderby-wire": t_sunderby,
    "hatherley-en": t_hatherley,
    "notoro-en": t_notoro,
    "annexroom-en": t_annex,
    "kitovy-ru": t_kitovy,
    "rumpel-ru": t_rumpel,
    "misago-ja": t_misago,
    "kyokko-tsushin": t_kyokko,
}

LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    order = sorted(arts, key=ts)
    assert [a["id"] for a in order] == sorted(ids), "ids must follow publication order"
    first: dict[str, dict] = {}
    for a in order:
        assert a["label"] in LABELS, a["id"]
        assert a["feed"] in FEED_BY_ID, a["id"]
        assert a["lang"] == FEED_BY_ID[a["feed"]]["lang"], a["id"]
        assert ts(a) > datetime(2024, 2, 8, 23, 59, tzinfo=timezone.utc), a["id"]
        assert ts(a).year <= 2026, a["id"]
        assert a.get("note"), a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            first.setdefault(a["group"], a)
        else:
            assert not a.get("group"), a["id"]
        words = len(" ".join(a["body"]).split()) if a["lang"] != "ja" else len("".join(a["body"])) // 2
        assert 150 <= words <= 650, (a["id"], words)
    for g, a in first.items():
        members = [x for x in order if x.get("group") == g]
        assert members[0]["id"] == a["id"]


def main() -> None:
    arts = sorted(EN + RU + JA, key=lambda a: a["id"])
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        page = TEMPLATES[a["feed"]](a)
        if a["feed"] in NO_METADATA:
            assert "og:" not in page and "ld+json" not in page and "article:" not in page
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {k: a[k] for k in LABEL_KEYS if a.get(k) is not None}
        entries.append(e)
    data = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    langs: dict[str, int] = {}
    labels: dict[str, int] = {}
    for a in arts:
        langs[a["lang"]] = langs.get(a["lang"], 0) + 1
        labels[a["label"]] = labels.get(a["label"], 0) + 1
    print(f"wrote {len(arts)} articles; languages {langs}; labels {labels}")


if __name__ == "__main__":
    main()
