"""Outlets of the blind119 corpus: feed metadata and page templates.

Every outlet is invented. Each has its own page template (navigation, cookie banner,
share buttons, related stories, footer). Two outlets -- The Lanternfish Review and
ユルリ新報 -- publish pages without any metadata: no meta tags, no JSON-LD, no
<time datetime>; the date appears only in the visible byline.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

# feed id -> metadata used in labels.yaml (id, title, format, lang) and by the templates
OUTLETS = {
    "pumicestone": {
        "title": "Pumicestone Wire — World & Asia",
        "format": "rss", "lang": "en", "domain": "www.pumicestone-wire.example",
        "meta": True, "jsonld": True,
    },
    "rockpool": {
        "title": "The Rockpool — the North Pacific, weekly and explained",
        "format": "atom", "lang": "en", "domain": "therockpool.example",
        "meta": True, "jsonld": False,
    },
    "lanternfish": {
        "title": "The Lanternfish Review — columns & argument",
        "format": "rss", "lang": "en", "domain": "lanternfishreview.example",
        "meta": False, "jsonld": False,
    },
    "relaydesk": {
        "title": "Relay Desk — the Russian and Japanese press in English",
        "format": "atom", "lang": "en", "domain": "relaydesk.example",
        "meta": True, "jsonld": True,
    },
    "sarana": {
        "title": "Сарана-Медиа — новости Сахалина и Курил",
        "format": "rss", "lang": "ru", "domain": "sarana-media.example",
        "meta": True, "jsonld": True,
    },
    "lotlin": {
        "title": "Агентство «Лотлинь» — лента новостей",
        "format": "atom", "lang": "ru", "domain": "lotlin-news.example",
        "meta": True, "jsonld": False,
    },
    "reimei": {
        "title": "黎明ジャーナル 政治・国際ニュース",
        "format": "rss", "lang": "ja", "domain": "reimei-journal.example",
        "meta": True, "jsonld": True,
    },
    "yururi": {
        "title": "ユルリ新報 電子版（根室・羅臼・標津）",
        "format": "atom", "lang": "ja", "domain": "yururi-shimpo.example",
        "meta": False, "jsonld": False,
    },
}

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JA_DAYS = ["月", "火", "水", "木", "金", "土", "日"]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(ts: str, hours: int) -> datetime:
    return parse(ts).astimezone(timezone(timedelta(hours=hours)))


# --------------------------------------------------------------------------- body


def render_body(body, lang: str) -> str:
    """Body items: str -> paragraph; ("h", text); ("quote", text, who);
    ("entry", time, headline, [paragraphs]); ("qa", question, answer);
    ("note", text); ("li", [items])."""
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<p>{escape(item)}</p>")
            continue
        kind = item[0]
        if kind == "h":
            out.append(f"<h2>{escape(item[1])}</h2>")
        elif kind == "quote":
            who = f"<cite>{escape(item[2])}</cite>" if len(item) > 2 and item[2] else ""
            out.append(f"<blockquote><p>{escape(item[1])}</p>{who}</blockquote>")
        elif kind == "entry":
            paras = "".join(f"<p>{escape(p)}</p>" for p in item[3])
            out.append(f'<div class="live-entry"><span class="live-time">{escape(item[1])}</span>'
                       f"<h3>{escape(item[2])}</h3>{paras}</div>")
        elif kind == "qa":
            out.append(f'<div class="qa"><p class="q"><strong>{escape(item[1])}</strong></p>'
                       f'<p class="a">{escape(item[2])}</p></div>')
        elif kind == "note":
            out.append(f'<p class="editor-note"><em>{escape(item[1])}</em></p>')
        elif kind == "li":
            lis = "".join(f"<li>{escape(x)}</li>" for x in item[1])
            out.append(f"<ul>{lis}</ul>")
        else:
            raise ValueError(f"unknown body item {kind}")
    return "\n".join(out)


def plain_text(art) -> str:
    parts = [art["title"], art.get("standfirst", "")]
    for item in art["body"]:
        if isinstance(item, str):
            parts.append(item)
        elif item[0] == "entry":
            parts.append(item[2])
            parts.extend(item[3])
        elif item[0] == "li":
            parts.extend(item[1])
        else:
            parts.extend(x for x in item[1:] if isinstance(x, str))
    return "\n".join(parts)


def related_html(related, cls="related") -> str:
    lis = "".join(f'<li><a href="{escape(r.get("href") or r["id"] + ".html")}">{escape(r["title"])}</a></li>'
                  for r in related)
    return lis


def meta_block(art, outlet, section: str) -> str:
    if not outlet["meta"]:
        return ""
    url = f"https://{outlet['domain']}/articles/{art['id']}.html"
    tags = [
        f'<meta name="description" content="{escape(art["summary"])}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{escape(art["title"])}">',
        f'<meta property="og:description" content="{escape(art["summary"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:site_name" content="{escape(outlet["title"].split(" — ")[0])}">',
        f'<meta property="article:published_time" content="{art["published"]}">',
        f'<meta property="article:section" content="{escape(section)}">',
    ]
    if art.get("author"):
        tags.append(f'<meta name="author" content="{escape(art["author"])}">')
    if outlet["jsonld"]:
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": art["title"], "description": art["summary"],
            "datePublished": art["published"], "dateModified": art.get("modified", art["published"]),
            "inLanguage": outlet["lang"], "mainEntityOfPage": url,
            "author": {"@type": "Person" if art.get("author") else "Organization",
                       "name": art.get("author") or outlet["title"].split(" — ")[0]},
            "publisher": {"@type": "Organization", "name": outlet["title"].split(" — ")[0]},
        }
        tags.append('<script type="application/ld+json">'
                    + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(tags)


# --------------------------------------------------------------------------- templates


def page_pumicestone(art, outlet, related) -> str:
    d = parse(art["published"])
    shown = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year} · {d:%H:%M} GMT"
    section = art.get("section", "Asia")
    live = art.get("kind") == "live"
    badge = '<span class="live-badge">LIVE</span> ' if live and not art["title"].startswith("Live") else ""
    credit = escape(art.get("author") or "Pumicestone staff")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art["title"])} | Pumicestone Wire</title>
{meta_block(art, outlet, section)}
<link rel="stylesheet" href="../static/pw.css">
</head>
<body class="pw {'pw-live' if live else 'pw-story'}">
<div id="consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to measure readership and to keep you signed in. You can accept all cookies or choose which ones we may set.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage choices</button>
</div>
<header class="pw-top">
  <a class="pw-logo" href="../index.html">PUMICESTONE<span>WIRE</span></a>
  <nav class="pw-nav"><a href="../section/world.html">World</a><a href="../section/asia.html">Asia</a><a href="../section/europe.html">Europe</a><a href="../section/markets.html">Markets</a><a href="../section/energy.html">Energy</a><a href="../section/live.html">Live</a></nav>
  <form class="pw-search" action="../search.html"><input type="search" name="q" placeholder="Search"></form>
</header>
<main class="pw-main">
<article>
  <p class="pw-section">{escape(section)}</p>
  <h1>{badge}{escape(art["title"])}</h1>
  <p class="pw-byline">By {credit} · <span class="pw-date">{shown}</span></p>
  <div class="pw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="pw-body">
{render_body(art["body"], "en")}
  </div>
  <p class="pw-trust">Our standards: The Pumicestone Trust Principles.</p>
</article>
<aside class="pw-related"><h2>Related coverage</h2><ul>{related_html(related)}</ul></aside>
<aside class="pw-most"><h2>Most read</h2><ol><li>Oil edges higher as traders weigh Gulf supply</li><li>Yen slips against dollar ahead of central bank meeting</li><li>Typhoon season: what to know before you travel</li></ol></aside>
</main>
<footer class="pw-foot">
  <nav><a href="../about.html">About us</a> · <a href="../contact.html">Contact</a> · <a href="../privacy.html">Privacy</a> · <a href="../cookies.html">Cookie settings</a> · <a href="../terms.html">Terms of use</a></nav>
  <p>© Pumicestone Wire. All quotes delayed a minimum of 15 minutes.</p>
</footer>
</body>
</html>
"""


def page_rockpool(art, outlet, related) -> str:
    d = parse(art["published"])
    shown = f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    section = art.get("section", "The Week")
    standfirst = f'<p class="standfirst">{escape(art["standfirst"])}</p>' if art.get("standfirst") else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art["title"])} — The Rockpool</title>
{meta_block(art, outlet, section)}
<link rel="stylesheet" href="../assets/rockpool.css">
</head>
<body>
<div class="cookie-notice" id="cookie-notice">
  <p>The Rockpool uses a small number of cookies to understand which pieces are read. No advertising trackers. <a href="../cookies.html">Read more</a></p>
  <button type="button">OK</button>
</div>
<header class="masthead">
  <div class="brand"><a href="../index.html">The Rockpool</a><span class="tagline">The North Pacific, weekly and explained</span></div>
  <nav class="sections"><a href="../the-week/index.html">The Week</a> <a href="../explainers/index.html">Explainers</a> <a href="../maps/index.html">Maps</a> <a href="../archive/index.html">Archive</a> <a href="../subscribe.html" class="subscribe">Get the Tuesday newsletter</a></nav>
</header>
<main>
<article class="piece">
  <p class="kicker">{escape(section)}</p>
  <h1>{escape(art["title"])}</h1>
  {standfirst}
  <p class="byline">{escape(art.get("author") or "The Rockpool desk")} — <span class="dateline">{shown}</span></p>
  <div class="piece-body">
{render_body(art["body"], "en")}
  </div>
  <div class="share-row">Share: <a href="#">Email</a> · <a href="#">Bluesky</a> · <a href="#">Facebook</a></div>
  <div class="newsletter-box"><p>Every Tuesday: the North Pacific week in ten minutes. Free.</p><a href="../subscribe.html">Sign up</a></div>
</article>
<section class="more"><h2>Earlier in The Rockpool</h2><ul>{related_html(related)}</ul></section>
</main>
<footer>
  <p><a href="../about.html">About</a> | <a href="../corrections.html">Corrections</a> | <a href="../privacy.html">Privacy</a> | <a href="../contact.html">Write to us</a></p>
  <p>The Rockpool is reader-supported and independent.</p>
</footer>
</body>
</html>
"""


def page_lanternfish(art, outlet, related) -> str:
    # no metadata at all: the date is only in the visible byline
    d = parse(art["published"])
    shown = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    standfirst = f'<p class="dek">{escape(art["standfirst"])}</p>' if art.get("standfirst") else ""
    bio = escape(art.get("bio", ""))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art["title"])} · The Lanternfish Review</title>
<link rel="stylesheet" href="../css/lf.css">
</head>
<body>
<div class="lf-cookies"><span>This site stores one cookie to remember this message. That is all.</span> <a href="#" class="close">Dismiss</a></div>
<div class="lf-wrap">
<header>
  <p class="lf-name"><a href="../index.html">The Lanternfish Review</a></p>
  <ul class="lf-menu"><li><a href="../columns.html">Columns</a></li><li><a href="../essays.html">Essays</a></li><li><a href="../letters.html">Letters</a></li><li><a href="../authors.html">Contributors</a></li><li><a href="../support.html">Support us</a></li></ul>
</header>
<div class="lf-article">
  <p class="lf-label">Column</p>
  <h1>{escape(art["title"])}</h1>
  {standfirst}
  <p class="lf-by">{escape(art.get("author", ""))} &middot; {shown}</p>
  <div class="lf-text">
{render_body(art["body"], "en")}
  </div>
  <p class="lf-bio">{bio}</p>
  <p class="lf-share"><a href="#">Share</a> &middot; <a href="#">Print</a> &middot; <a href="../letters.html">Write a letter</a></p>
</div>
<div class="lf-also"><h3>Also in Columns</h3><ul>{related_html(related)}</ul></div>
<footer><p>The Lanternfish Review publishes argument, not news. Views are the authors' own.</p><p><a href="../about.html">About</a> &middot; <a href="../privacy.html">Privacy</a> &middot; <a href="../submissions.html">Submissions</a></p></footer>
</div>
</body>
</html>
"""


def page_relaydesk(art, outlet, related) -> str:
    d = parse(art["published"])
    shown = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year} · {d:%H:%M} UTC"
    section = art.get("section", "Press review")
    standfirst = f'<p class="rd-sum">{escape(art["standfirst"])}</p>' if art.get("standfirst") else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art["title"])} - Relay Desk</title>
{meta_block(art, outlet, section)}
<link rel="stylesheet" href="../theme/relay.css">
</head>
<body>
<aside class="rd-consent"><strong>Your privacy</strong><p>We and our partners use cookies to deliver and improve this service. Click "Agree" to consent or "Settings" to decide.</p><button>Agree</button><button>Settings</button></aside>
<header class="rd-head">
  <a class="rd-logo" href="../index.html">RELAY<b>DESK</b></a>
  <span class="rd-strap">The Russian and Japanese press, in English</span>
  <nav><a href="../from-russian.html">From Russian</a> <a href="../from-japanese.html">From Japanese</a> <a href="../press-review.html">Press review</a> <a href="../editorials.html">Editorial watch</a> <a href="../glossary.html">Glossary</a></nav>
</header>
<main class="rd-main">
  <article>
    <div class="rd-tag">{escape(section)}</div>
    <h1>{escape(art["title"])}</h1>
    {standfirst}
    <div class="rd-meta">{escape(art.get("author") or "Relay Desk translators")} | {shown}</div>
    <section class="rd-content">
{render_body(art["body"], "en")}
    </section>
    <p class="rd-disclaimer">Relay Desk translates and summarises. Quotations are our translations; the originals are the sources' own.</p>
    <div class="rd-share"><a href="#">Tweet</a> <a href="#">Telegram</a> <a href="#">Email</a></div>
  </article>
  <aside class="rd-side"><h2>Recently relayed</h2><ul>{related_html(related)}</ul></aside>
</main>
<footer class="rd-foot">Relay Desk &copy; all rights reserved · <a href="../privacy.html">Privacy</a> · <a href="../cookies.html">Cookies</a> · <a href="../about.html">About the translators</a></footer>
</body>
</html>
"""


def page_sarana(art, outlet, related) -> str:
    d = local(art["published"], 11)
    shown = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    section = art.get("section", "Курилы")
    comments = art.get("comments", 0)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art["title"])} — Сарана-Медиа</title>
{meta_block(art, outlet, section)}
<link rel="stylesheet" href="../css/sarana.min.css">
</head>
<body>
<div class="cookie-popup">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="../policy.html">политикой обработки данных</a>. <button>Понятно</button></div>
<div class="topline">Южно-Сахалинск <span>−3°</span> · Южно-Курильск <span>+1°</span> · Курс ЦБ: USD, EUR, CNY, JPY</div>
<header class="site-header">
  <a href="../index.html" class="logo">Сарана<span>медиа</span></a>
  <nav class="menu"><a href="../news.html">Новости</a><a href="../kurily.html">Курилы</a><a href="../sakhalin.html">Сахалин</a><a href="../economy.html">Экономика</a><a href="../society.html">Общество</a><a href="../incidents.html">Происшествия</a><a href="../photo.html">Фото</a></nav>
</header>
<div class="content">
<article class="news-full">
  <div class="rubric">{escape(section)}</div>
  <h1>{escape(art["title"])}</h1>
  <div class="news-info"><span class="date">{shown}</span> <span class="author">{escape(art.get("author") or "")}</span> <span class="views">просмотров: {art.get("views", 812)}</span></div>
  <div class="lead">{escape(art["summary"])}</div>
  <div class="news-text">
{render_body(art["body"], "ru")}
  </div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <div class="subscribe-tg">Читайте «Сарану» в Telegram — первыми о главном на островах.</div>
</article>
<section class="comments"><h3>Комментарии ({comments})</h3><p>Чтобы оставить комментарий, войдите через VK ID.</p></section>
<aside class="also"><h3>Читайте также</h3><ul>{related_html(related)}</ul></aside>
</div>
<footer class="site-footer">
  <p>Сетевое издание «Сарана-Медиа». Учредитель — ООО «Сарана». 16+</p>
  <p><a href="../about.html">О редакции</a> · <a href="../ads.html">Реклама</a> · <a href="../contacts.html">Контакты</a> · <a href="../policy.html">Политика конфиденциальности</a></p>
  <p>При использовании материалов ссылка на «Сарана-Медиа» обязательна.</p>
</footer>
</body>
</html>
"""


def page_lotlin(art, outlet, related) -> str:
    d = local(art["published"], 3)
    shown = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} мск"
    section = art.get("section", "Политика")
    upd = ""
    if art.get("updated_note"):
        upd = f'<div class="upd">{escape(art["updated_note"])}</div>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art["title"])} | Агентство «Лотлинь»</title>
{meta_block(art, outlet, section)}
<link rel="stylesheet" href="../static/lotlin.css">
</head>
<body class="lotlin">
<div id="cookies" class="cookies">Сайт использует cookie и метрические программы. <a href="../cookies.html">Подробнее</a> <span class="x">×</span></div>
<header>
  <div class="hdr"><a class="brand" href="../index.html">ЛОТЛИНЬ</a><span class="hdr-sub">информационное агентство</span></div>
  <nav class="rubrics"><a href="../politics.html">Политика</a> | <a href="../world.html">В мире</a> | <a href="../economy.html">Экономика</a> | <a href="../regions.html">Регионы</a> | <a href="../press.html">Обзор прессы</a> | <a href="../feed.html">Лента</a></nav>
</header>
<main>
  <article class="item">
    <div class="item-rubric">{escape(section)}</div>
    <time class="item-date">{shown}</time>
    <h1>{escape(art["title"])}</h1>
    {upd}
    <div class="item-body">
{render_body(art["body"], "ru")}
    </div>
    <div class="item-tags">Теги: {escape(", ".join(art.get("tags", ["МИД России", "Япония"])))}</div>
    <div class="item-share"><a href="#">Telegram</a> · <a href="#">VK</a> · <a href="#">Дзен</a></div>
  </article>
  <aside class="feed-side"><h2>Лента</h2><ul>{related_html(related)}</ul></aside>
</main>
<footer>
  <p>© Информационное агентство «Лотлинь». Свидетельство о регистрации СМИ ИА № ФС 77-00000.</p>
  <p><a href="../about.html">Об агентстве</a> · <a href="../contacts.html">Контакты</a> · <a href="../rules.html">Правила использования</a></p>
</footer>
</body>
</html>
"""


def page_reimei(art, outlet, related) -> str:
    d = local(art["published"], 9)
    shown = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    section = art.get("section", "政治")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art["title"])}｜黎明ジャーナル</title>
{meta_block(art, outlet, section)}
<link rel="stylesheet" href="../common/css/reimei.css">
</head>
<body>
<div class="cookie-consent"><p>当サイトでは、サービス向上と広告配信のためにCookieを使用しています。詳しくは<a href="../privacy.html">プライバシーポリシー</a>をご覧ください。</p><button>同意する</button><button>設定</button></div>
<header class="g-header">
  <p class="g-logo"><a href="../index.html">黎明ジャーナル</a></p>
  <nav class="g-nav"><ul><li><a href="../politics.html">政治</a></li><li><a href="../international.html">国際</a></li><li><a href="../economy.html">経済</a></li><li><a href="../society.html">社会</a></li><li><a href="../hokkaido.html">北海道</a></li><li><a href="../opinion.html">オピニオン</a></li></ul></nav>
  <p class="g-login"><a href="../login.html">ログイン</a>｜<a href="../register.html">会員登録</a></p>
</header>
<main class="g-main">
<article class="article">
  <p class="article-cat">{escape(section)}</p>
  <h1 class="article-title">{escape(art["title"])}</h1>
  <p class="article-date">{shown}</p>
  <ul class="sns"><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">はてブ</a></li></ul>
  <div class="article-body">
{render_body(art["body"], "ja")}
  </div>
  <p class="article-copy">（黎明ジャーナル）</p>
</article>
<aside class="related"><h2>関連記事</h2><ul>{related_html(related)}</ul></aside>
<aside class="ranking"><h2>アクセスランキング</h2><ol><li>円相場、一時1ドル＝150円台</li><li>道内の公示地価、4年連続上昇</li><li>春の火災予防運動始まる</li></ol></aside>
</main>
<footer class="g-footer">
  <ul><li><a href="../about.html">会社概要</a></li><li><a href="../privacy.html">プライバシーポリシー</a></li><li><a href="../terms.html">利用規約</a></li><li><a href="../contact.html">お問い合わせ</a></li></ul>
  <p>Copyright © 黎明ジャーナル All rights reserved. 記事・写真の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


def page_yururi(art, outlet, related) -> str:
    # no metadata: the date is only in the visible byline
    d = local(art["published"], 9)
    shown = f"{d.year}年{d.month}月{d.day}日（{JA_DAYS[d.weekday()]}）"
    section = art.get("section", "地域")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(art["title"])} - ユルリ新報 電子版</title>
<link rel="stylesheet" href="../style/yururi.css">
</head>
<body>
<div class="ck-bar">ユルリ新報電子版はCookieを利用しています。引き続きご覧になる場合は同意したものとみなします。<a href="#">閉じる</a></div>
<div id="wrapper">
<div id="header">
  <div class="logo"><a href="../index.html">ユルリ新報</a><small>根室・羅臼・標津の地域紙　電子版</small></div>
  <ul id="gnavi"><li><a href="../local.html">地域</a></li><li><a href="../fishery.html">漁業</a></li><li><a href="../hoppo.html">北方領土</a></li><li><a href="../sports.html">スポーツ</a></li><li><a href="../okuyami.html">おくやみ</a></li><li><a href="../teiki.html">購読申し込み</a></li></ul>
</div>
<div id="contents">
  <div class="kiji">
    <div class="kiji-cat">{escape(section)}</div>
    <h1>{escape(art["title"])}</h1>
    <div class="kiji-date">{shown}</div>
    <div class="kiji-honbun">
{render_body(art["body"], "ja")}
    </div>
    <div class="kiji-share"><a href="#">LINEで送る</a>　<a href="#">Xでポスト</a></div>
  </div>
  <div class="side"><h3>最近の記事</h3><ul>{related_html(related)}</ul>
  <div class="bnr">紙面ビューアー　月額880円</div></div>
</div>
<div id="footer">
  <p><a href="../company.html">会社案内</a>｜<a href="../kojin.html">個人情報の取り扱い</a>｜<a href="../koukoku.html">広告のご案内</a></p>
  <p>ユルリ新報社　掲載記事の無断転載を禁じます</p>
</div>
</div>
</body>
</html>
"""


TEMPLATES = {
    "pumicestone": page_pumicestone,
    "rockpool": page_rockpool,
    "lanternfish": page_lanternfish,
    "relaydesk": page_relaydesk,
    "sarana": page_sarana,
    "lotlin": page_lotlin,
    "reimei": page_reimei,
    "yururi": page_yururi,
}


def render(art, related) -> str:
    outlet = OUTLETS[art["feed"]]
    return TEMPLATES[art["feed"]](art, outlet, related)
