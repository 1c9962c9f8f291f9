"""Page templates for the eight fictional outlets of the blind17 corpus.

Every outlet has its own chrome: navigation, cookie banner, share buttons, related
stories, footer. Metadata differs on purpose: some outlets ship full Open Graph +
JSON-LD, some only one of them, some none at all.
"""
from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime, timedelta, timezone

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def num(key: str, lo: int = 100000, hi: int = 999999) -> int:
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    return lo + h % (hi - lo)


def paras(body: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]


def slugify(text: str) -> str:
    out = []
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:70] or "news"


# ---------------------------------------------------------------------------------------
# Sandpiper Newswire (en, RSS): wire-service page, full OG + JSON-LD


def sandpiper(a: dict, related: list[tuple[str, str]], o: dict) -> str:
    dt = a["dt"]
    url = f"https://www.sandpiperwire.com/world/{dt:%Y/%m/%d}/{slugify(a['title'])}-{num(a['key'])}/"
    ps = paras(a["body"])
    if a.get("dateline"):
        ps[0] = f"<span class=\"dl\">{E(a['dateline'])} -</span> " + E(ps[0])
        rest = [E(p) for p in ps[1:]]
        body = f"<p>{ps[0]}</p>\n" + "\n".join(f"<p>{p}</p>" for p in rest)
    else:
        body = "\n".join(f"<p>{E(p)}</p>" for p in ps)
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": dt.isoformat().replace("+00:00", "Z"),
        "dateModified": (dt + timedelta(minutes=17)).isoformat().replace("+00:00", "Z"),
        "author": [{"@type": "Person", "name": a.get("author", "Sandpiper staff")}],
        "publisher": {"@type": "Organization", "name": "Sandpiper Newswire",
                      "logo": {"@type": "ImageObject", "url": "https://www.sandpiperwire.com/static/logo-600.png"}},
        "mainEntityOfPage": url, "articleSection": a.get("section", "World"),
        "description": a["summary"],
    }
    rel = "\n".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related)
    stamp = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt:%I:%M %p} UTC".replace(" 0", " ")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Sandpiper</title>
<meta name="description" content="{E(a['summary'])}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Sandpiper Newswire">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://www.sandpiperwire.com/resizer/{num(a['key'] + 'img')}.jpg?w=1200">
<meta property="article:published_time" content="{dt.isoformat().replace('+00:00', 'Z')}">
<meta property="article:section" content="{E(a.get('section', 'World'))}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@sandpiperwire">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/css/sp-main.8f2c1.css">
<style>
body{{font-family:"Source Sans 3",Helvetica,Arial,sans-serif;margin:0;color:#1b1b1b}}
.sp-top{{background:#0b2540;color:#fff;display:flex;gap:24px;align-items:center;padding:10px 28px}}
.sp-top a{{color:#d6e4f0;text-decoration:none;font-size:14px}} .sp-logo{{font:700 24px Georgia,serif;color:#fff!important}}
.sp-wrap{{max-width:760px;margin:28px auto;padding:0 16px}} .dl{{font-weight:700}}
.sp-share button{{border:1px solid #ccd;background:#fff;border-radius:3px;margin-right:6px;padding:4px 10px}}
#sp-consent{{position:fixed;bottom:0;left:0;right:0;background:#f3f5f8;border-top:1px solid #ccd;padding:14px 28px;font-size:14px}}
</style>
</head>
<body>
<div id="sp-consent" role="dialog" aria-label="Cookie consent">
  We and our 143 partners use cookies and similar technologies to personalise content and ads, and to analyse our traffic.
  <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <a href="/privacy/cookies">Manage preferences</a>
</div>
<header class="sp-top">
  <a class="sp-logo" href="/">Sandpiper</a>
  <nav><a href="/world/">World</a> <a href="/world/asia-pacific/">Asia Pacific</a> <a href="/world/europe/">Europe</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/business/energy/">Energy</a> <a href="/technology/">Technology</a> <a href="/breakingviews/">Commentary</a></nav>
  <a href="/account/sign-in">Sign in</a> <a class="sub" href="/subscribe">Register</a>
</header>
<main class="sp-wrap">
  <nav class="crumbs"><a href="/world/">World</a> › <a href="/world/{slugify(a.get('section', 'world'))}/">{E(a.get('section', 'World'))}</a></nav>
  <article>
    <h1>{E(a['title'])}</h1>
    <div class="byline">By <a href="/authors/{slugify(a.get('author', 'staff'))}/">{E(a.get('author', 'Sandpiper staff'))}</a></div>
    <time datetime="{dt.isoformat()}">{stamp}</time> · <span class="rt">{max(2, len(a['body'].split()) // 220)} min read</span>
    <div class="sp-share"><button data-net="x">Post</button><button data-net="linkedin">LinkedIn</button><button data-net="email">Email</button><button data-net="link">Copy link</button></div>
    <figure class="lead-img"><img src="https://www.sandpiperwire.com/resizer/{num(a['key'] + 'img')}.jpg?w=760" alt=""><figcaption>FILE PHOTO. Sandpiper/Staff</figcaption></figure>
    <div class="article-body">
{body}
    </div>
    <p class="credits">Reporting by {E(a.get('author', 'Sandpiper staff'))}; Editing by Margaret Ives</p>
    <p class="trust">Our Standards: <a href="/trust-principles/">The Sandpiper Trust Principles.</a></p>
  </article>
  <aside class="related"><h2>Read Next</h2><ul>
{rel}
  </ul></aside>
</main>
<footer class="sp-foot">
  <nav><a href="/about/">About Sandpiper</a> · <a href="/careers/">Careers</a> · <a href="/contact/">Contact us</a> · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms of use</a> · <a href="/accessibility/">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {dt.year} Sandpiper Newswire. All rights reserved.</p>
</footer>
<script src="/static/js/sp-bundle.41aa0.js" defer></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# The Ridgeway Post (en, Atom): newspaper, OG without published_time, no JSON-LD, comments


def ridgeway(a: dict, related: list[tuple[str, str]], o: dict) -> str:
    dt = local(a["dt"], 8)
    url = f"https://www.ridgewaypost.com/{slugify(a.get('section', 'world'))}/{dt:%Y/%b/%d}/{slugify(a['title'])}".lower()
    ps = paras(a["body"])
    body = "\n".join(f"<p>{E(p)}</p>" for p in ps)
    rel = "\n".join(f'<li class="rw-card"><a href="{E(u)}"><span class="kicker">More</span>{E(t)}</a></li>' for t, u in related)
    stamp = f"{EN_DAYS[dt.weekday()]} {dt.day} {EN_MONTHS[dt.month - 1]} {dt.year} {dt:%H.%M} SGT"
    ncom = num(a["key"], 3, 180)
    return f"""<!doctype html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | The Ridgeway Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="stylesheet" href="https://assets.ridgewaypost.com/css/rw-2024.min.css">
</head>
<body class="rw-article">
<div class="rw-masthead">
  <a href="/" class="rw-brand">The Ridgeway Post</a>
  <span class="rw-edition">Asia &amp; Pacific edition · <a href="/edition/international">International</a></span>
  <a class="rw-support" href="/support">Support independent journalism</a>
</div>
<nav class="rw-pillars">
  <a href="/world">World</a><a href="/asia">Asia</a><a href="/business">Business</a><a href="/science">Science</a><a href="/lifeandstyle">Life &amp; Style</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a><a href="/culture">Culture</a>
</nav>
<main>
  <div class="rw-section-label">{E(a.get('section', 'World'))}</div>
  <h1 class="rw-headline">{E(a['title'])}</h1>
  <p class="rw-standfirst">{E(a['summary'])}</p>
  <div class="rw-meta">
    <address>{E(a.get('author', 'Staff reporter'))}</address>
    <div class="rw-date">{stamp}</div>
    <ul class="rw-share"><li><a href="#share-fb">Share on Facebook</a></li><li><a href="#share-x">Share on X</a></li><li><a href="#share-wa">Share on WhatsApp</a></li><li><a href="#comments">{ncom} comments</a></li></ul>
  </div>
  <div class="rw-body">
{body}
  </div>
  <aside class="rw-epic"><p>We have a small favour to ask. Millions of readers turn to The Ridgeway Post for open, independent journalism. If you can, please support us from as little as $1.</p><a href="/support">Support us</a></aside>
  <section class="rw-onward"><h2>More on this story</h2><ul>
{rel}
  </ul></section>
  <section id="comments" class="rw-comments"><h2>Comments ({ncom})</h2>
    <p class="rw-comments-note">Commenting has been disabled on this article. <a href="/community-standards">Community standards</a></p>
    <div class="rw-comment"><b>harbour_light</b><p>Good piece. Would like to see more reporting like this.</p></div>
    <div class="rw-comment"><b>Oleander77</b><p>The usual suspects in the comments will say this means nothing. We'll see.</p></div>
  </section>
</main>
<footer class="rw-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/tips">Securely send us a tip</a></li></ul>
  <p>© {dt.year} Ridgeway Media Pte Ltd. All rights reserved.</p>
</footer>
<div class="rw-cmp" id="cmp">
  <p><b>Your privacy</b> — We use cookies to improve your experience, understand how you use our site and show you relevant advertising. You can change your choices at any time.</p>
  <button>Yes, I'm happy</button><button>Manage or reject cookies</button>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Kuroshio Press English Edition (en, RSS): Japanese paper's English site, NO metadata


def kuroshio(a: dict, related: list[tuple[str, str]], o: dict) -> str:
    dt = local(a["dt"], 9)
    ps = paras(a["body"])
    body = "\n".join(f"<p>{E(p)}</p>" for p in ps)
    rel = "\n".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - Kuroshio Press English Edition</title>
<link rel="stylesheet" href="/en/common/css/kp_en.css">
</head>
<body>
<div id="kp-header">
  <div class="kp-logo"><a href="/en/"><img src="/en/common/img/logo_en.svg" alt="Kuroshio Press"></a><span>English Edition</span></div>
  <ul class="kp-gnav">
    <li><a href="/en/news/">News</a></li><li><a href="/en/politics/">Politics</a></li><li><a href="/en/national/">National</a></li>
    <li><a href="/en/business/">Business</a></li><li><a href="/en/world/">World</a></li><li><a href="/en/culture/">Culture</a></li><li><a href="/en/editorial/">Editorial</a></li>
  </ul>
  <div class="kp-lang"><a href="/">日本語</a> | English</div>
</div>
<div id="kp-contents">
  <div class="kp-main">
    <p class="kp-cat">{E(a.get('section', 'News'))}</p>
    <h1>{E(a['title'])}</h1>
    <p class="kp-date">{dt:%Y/%m/%d %H:%M} JST</p>
    <div class="kp-sns"><a class="x" href="#">Post</a><a class="fb" href="#">Share</a><a class="line" href="#">LINE</a><a class="print" href="javascript:window.print()">Print</a></div>
    <div class="kp-photo"><img src="/en/photo/{num(a['key'] + 'p')}.jpg" alt=""><p class="kp-caption">(Kuroshio Press)</p></div>
    <div class="kp-text">
{body}
    </div>
    <p class="kp-credit">{E(a.get('author', 'Kuroshio Press'))}</p>
  </div>
  <div class="kp-side">
    <h3>Related Articles</h3>
    <ul class="kp-related">
{rel}
    </ul>
    <h3>Ranking</h3>
    <ol class="kp-rank"><li><a href="/en/national/20{num(a['key'],10,99)}0412.html">Cherry blossom season ends early in Tohoku</a></li><li><a href="/en/business/rank2.html">Yen weakens past key level against dollar</a></li><li><a href="/en/politics/rank3.html">Upper house panel debates defense budget</a></li></ol>
  </div>
</div>
<div id="kp-footer">
  <p><a href="/en/about/">About Us</a> | <a href="/en/policy/">Privacy Policy</a> | <a href="/en/copyright/">Copyright</a> | <a href="/en/contact/">Contact</a></p>
  <p>Copyright © The Kuroshio Press. All rights reserved. No reproduction or republication without written permission.</p>
</div>
<div class="kp-cookie">This site uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies. <a href="/en/policy/#cookie">Details</a> <button>OK</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Quillon Review (en, Atom): analysis site, JSON-LD only, no OG


def quillon(a: dict, related: list[tuple[str, str]], o: dict) -> str:
    dt = a["dt"]
    url = f"https://quillonreview.org/{dt:%Y/%m}/{slugify(a['title'])}/"
    ps = paras(a["body"])
    body = "\n".join(f"<p>{E(p)}</p>" for p in ps)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": dt.isoformat(), "author": {"@type": "Person", "name": a.get("author")},
          "publisher": {"@type": "Organization", "name": "Quillon Review"}, "url": url,
          "articleSection": a.get("section", "Analysis")}
    rel = "\n".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related)
    mins = max(3, len(a["body"].split()) // 200)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} — Quillon Review</title>
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
<link rel="stylesheet" href="/wp-content/themes/quillon/style.css?ver=3.2">
</head>
<body class="single post-template-default">
<div class="q-banner">Quillon Review is reader-supported. <a href="/donate/">Become a member</a></div>
<header class="q-header">
  <a class="q-logo" href="/">QUILLON<span>review</span></a>
  <ul class="q-menu"><li><a href="/category/analysis/">Analysis</a></li><li><a href="/category/essays/">Essays</a></li><li><a href="/category/podcast/">Podcast</a></li><li><a href="/regions/northeast-asia/">Northeast Asia</a></li><li><a href="/regions/russia-eurasia/">Russia &amp; Eurasia</a></li><li><a href="/newsletter/">Newsletter</a></li></ul>
  <form class="q-search" action="/"><input name="s" placeholder="Search"></form>
</header>
<article class="q-post">
  <div class="q-kicker">{E(a.get('section', 'Analysis'))}</div>
  <h1 class="q-title">{E(a['title'])}</h1>
  <p class="q-dek">{E(a['summary'])}</p>
  <div class="q-byline">by <a rel="author" href="/author/{slugify(a.get('author', 'editors'))}/">{E(a.get('author', 'The editors'))}</a> · {dt.day} {EN_MONTHS[dt.month - 1]} {dt.year} · {mins} min read</div>
  <div class="q-share">Share: <a href="#">X</a> <a href="#">Bluesky</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
  <div class="entry-content">
{body}
  </div>
  <div class="q-author-box"><b>{E(a.get('author', 'The editors'))}</b> writes on Northeast Asian security and diplomacy for Quillon Review.</div>
</article>
<section class="q-newsletter"><h3>The Eurasia Brief</h3><p>Our weekly newsletter on Russia, China and the Pacific. Free, every Friday.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
<section class="q-more"><h3>Further reading</h3><ul>
{rel}
</ul></section>
<footer class="q-footer"><p>© {dt.year} Quillon Review. Published under CC BY-ND 4.0 unless noted.</p><p><a href="/about/">About</a> · <a href="/privacy/">Privacy</a> · <a href="/contribute/">Write for us</a></p></footer>
<div class="q-cookies">We use a small number of cookies to understand readership. <a href="/privacy/">Learn more</a> <button>Fine</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Курс-Восток (ru, RSS): federal news agency, OG + JSON-LD


def kurs(a: dict, related: list[tuple[str, str]], o: dict) -> str:
    dt = local(a["dt"], 3)
    nid = num(a["key"], 1500000, 2400000)
    url = f"https://kurs-vostok.ru/{slugify(a.get('section', 'news')) or 'news'}/{nid}"
    ps = paras(a["body"])
    if a.get("dateline"):
        first = f"<strong>{E(a['dateline'])}</strong> {E(ps[0])}"
    else:
        first = E(ps[0])
    body = f"<p>{first}</p>\n" + "\n".join(f"<p>{E(p)}</p>" for p in ps[1:])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": dt.isoformat(), "inLanguage": "ru",
          "author": {"@type": "Person", "name": a.get("author")},
          "publisher": {"@type": "Organization", "name": "Курс-Восток"}, "description": a["summary"]}
    rel = "\n".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related)
    stamp = f"{dt:%d.%m.%Y}, {dt:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Курс-Восток</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Курс-Восток">
<meta property="article:published_time" content="{dt.isoformat()}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/kv/app.c81d.css">
</head>
<body>
<div class="kv-topline"><span>Москва {dt:%H:%M}</span> <a href="/lenta/">Лента новостей</a> <a href="/photo/">Фото</a> <a href="/video/">Видео</a> <span class="age">18+</span></div>
<header class="kv-header">
  <a class="kv-logo" href="/">КУРС<b>·</b>ВОСТОК</a>
  <nav class="kv-menu"><a href="/politika/">Политика</a><a href="/ekonomika/">Экономика</a><a href="/obshchestvo/">Общество</a><a href="/proisshestviya/">Происшествия</a><a href="/mir/">В мире</a><a href="/dalnij-vostok/">Дальний Восток</a><a href="/zdorove/">Здоровье</a><a href="/sport/">Спорт</a></nav>
</header>
<div class="kv-page">
  <article class="kv-article">
    <div class="kv-rubric">{E(a.get('section', 'Новости'))}</div>
    <div class="kv-date">{stamp}</div>
    <h1>{E(a['title'])}</h1>
    <div class="kv-lead">{E(a['summary'])}</div>
    <div class="kv-text">
{body}
    </div>
    <div class="kv-author">Автор: {E(a.get('author', 'Редакция'))}</div>
    <div class="kv-share">Поделиться: <a href="#" class="vk">ВКонтакте</a> <a href="#" class="ok">Одноклассники</a> <a href="#" class="tg">Telegram</a> <a href="#" class="copy">Скопировать ссылку</a></div>
    <div class="kv-subscribe">Подписывайтесь на «Курс-Восток» в <a href="#">Telegram</a> и <a href="#">Дзен</a></div>
  </article>
  <aside class="kv-aside"><h3>Читайте также</h3><ul>
{rel}
  </ul>
  <div class="kv-ad">Реклама · <span>erid: 2VtzqvX{num(a['key'], 1000, 9999)}</span></div></aside>
</div>
<footer class="kv-footer">
  <p>Сетевое издание «Курс-Восток». Свидетельство о регистрации СМИ Эл № ФС77-{num(a['key'], 70000, 89999)} выдано Роскомнадзором.</p>
  <p>Главный редактор — Лапшина О.В. Адрес редакции: 123100, Москва, ул. Мантулинская, д. 9. Телефон: +7 (495) 000-00-00.</p>
  <p>© 2009–{dt.year} «Курс-Восток». При полном или частичном использовании материалов ссылка обязательна.</p>
  <p><a href="/about/">О проекте</a> · <a href="/advert/">Реклама</a> · <a href="/privacy/">Политика конфиденциальности</a></p>
</footer>
<div class="kv-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy/">политикой обработки персональных данных</a>. <button>Понятно</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Охотский рейд (ru, Atom): regional Sakhalin site, only meta description, comments


def ohotsk(a: dict, related: list[tuple[str, str]], o: dict) -> str:
    dt = local(a["dt"], 11)
    ps = paras(a["body"])
    body = "\n".join(f"<p>{E(p)}</p>" for p in ps)
    rel = "\n".join(f'<div class="or-rel"><a href="{E(u)}">{E(t)}</a></div>' for t, u in related)
    stamp = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"
    views = num(a["key"], 800, 14000)
    ncom = num(a["key"] + "c", 0, 40)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Охотский рейд</title>
<meta name="description" content="{E(a['summary'])}">
<link rel="stylesheet" href="/bitrix/templates/reid/template_styles.css?17002">
</head>
<body>
<div class="or-weather">Южно-Сахалинск +{num(a['key'], 1, 19)}° · Южно-Курильск +{num(a['key']+'w', 1, 16)}° · Курильск +{num(a['key']+'k', 1, 15)}° · Северо-Курильск +{num(a['key']+'s', 1, 12)}° · <a href="/kurs/">Курсы валют</a> · <a href="/transport/">Паромы и авиарейсы</a></div>
<div class="or-head">
  <a class="or-logo" href="/">Охотский<span>рейд</span></a>
  <ul class="or-menu"><li><a href="/news/">Новости</a></li><li><a href="/vlast/">Власть</a></li><li><a href="/economy/">Экономика</a></li><li><a href="/society/">Общество</a></li><li><a href="/incidents/">Происшествия</a></li><li><a href="/kurily/">Курилы</a></li><li><a href="/dv/">Дальний Восток</a></li></ul>
  <a class="or-tip" href="/tip/">Сообщить новость</a>
</div>
<div class="or-main">
  <div class="or-article">
    <div class="or-info"><span class="or-sec">{E(a.get('section', 'Новости'))}</span> <span class="or-date">{stamp}</span> <span class="or-views">👁 {views}</span></div>
    <h1>{E(a['title'])}</h1>
    <div class="or-text">
{body}
    </div>
    <div class="or-author">{E(a.get('author', 'Редакция'))}</div>
    <div class="or-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
    <div class="or-note">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.</div>
    <div class="or-comments"><h3>Комментарии ({ncom})</h3><p>Оставлять комментарии могут только зарегистрированные пользователи. <a href="/auth/">Войти</a></p></div>
  </div>
  <div class="or-side"><h3>Ещё по теме</h3>
{rel}
    <h3>Новости партнёров</h3><div class="or-partners"><a href="#">Сахалинцам рассказали, как получить налоговый вычет за лечение</a><a href="#">Цены на бензин в регионе выросли за неделю</a></div>
  </div>
</div>
<div class="or-foot">
  <p>Сетевое издание «Охотский рейд». 16+. Учредитель ООО «Рейд Медиа». Главный редактор Гончаренко А.С.</p>
  <p>Адрес: 693000, г. Южно-Сахалинск, ул. Ленина, 154. E-mail: news@ohotsk-reid.ru</p>
  <p>Все права защищены. Использование материалов без гиперссылки на сайт запрещено.</p>
</div>
<div class="or-cookies">Сайт использует cookie и сервис веб-аналитики. <a href="/policy/">Подробнее</a> <button>Согласен</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# 北都通信 (ja, RSS): wire service, OG + JSON-LD


def hokuto(a: dict, related: list[tuple[str, str]], o: dict) -> str:
    dt = local(a["dt"], 9)
    aid = f"{dt:%Y%m%d}-{num(a['key'], 10000, 99999)}"
    url = f"https://www.hokuto-tsushin.jp/article/{aid}"
    ps = paras(a["body"])
    body = "\n".join(f"<p>{E(p)}</p>" for p in ps)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": dt.isoformat(), "dateModified": dt.isoformat(), "inLanguage": "ja",
          "publisher": {"@type": "Organization", "name": "北都通信"}, "mainEntityOfPage": url}
    rel = "\n".join(f'<li><a href="{E(u)}">{E(t)}</a></li>' for t, u in related)
    stamp = f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])}｜北都通信</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="北都通信">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/css/ht-article.css?v=20240301">
</head>
<body>
<header class="ht-header">
  <div class="ht-logo"><a href="/">北都通信</a></div>
  <nav class="ht-nav"><ul><li><a href="/">トップ</a></li><li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li><li><a href="/society/">社会</a></li><li><a href="/world/">国際</a></li><li><a href="/hokkaido/">北海道</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/culture/">文化</a></li></ul></nav>
  <div class="ht-login"><a href="/member/login">ログイン</a> <a href="/member/entry">会員登録</a></div>
</header>
<div class="ht-bread"><a href="/">トップ</a> ＞ <a href="/{slugify(a.get('section', 'news'))}/">{E(a.get('section', 'ニュース'))}</a> ＞ 記事</div>
<main class="ht-main">
  <article>
    <h1 class="ht-title">{E(a['title'])}</h1>
    <p class="ht-date"><time datetime="{dt.isoformat()}">{stamp}</time></p>
    <div class="ht-share"><a class="x" href="#">ポスト</a><a class="fb" href="#">シェア</a><a class="line" href="#">LINEで送る</a><a class="hatena" href="#">ブックマーク</a></div>
    <div class="ht-body">
{body}
    </div>
    <p class="ht-copy">（北都通信）</p>
  </article>
  <section class="ht-related"><h2>関連記事</h2><ul>
{rel}
  </ul></section>
  <section class="ht-ranking"><h2>アクセスランキング</h2><ol><li><a href="/society/rank1">札幌で記録的な大雪、交通機関に乱れ</a></li><li><a href="/economy/rank2">道内の有効求人倍率、3カ月ぶり改善</a></li><li><a href="/sports/rank3">日本ハム、逆転勝ちで連敗止める</a></li></ol></section>
</main>
<footer class="ht-footer">
  <ul><li><a href="/about/">北都通信について</a></li><li><a href="/privacy/">個人情報保護方針</a></li><li><a href="/terms/">利用規約</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
  <p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は北都通信またはその情報提供者に属します。</p>
  <p>Copyright © Hokuto Tsushin. All Rights Reserved.</p>
</footer>
<div class="ht-cookie">当サイトでは、利便性の向上や広告配信のためにCookieを使用しています。詳しくは<a href="/privacy/#cookie">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# みさき新聞デジタル (ja, Atom): local paper, only description + keywords


def misaki(a: dict, related: list[tuple[str, str]], o: dict) -> str:
    dt = local(a["dt"], 9)
    ps = paras(a["body"])
    body = "\n".join(f"<p>　{E(p)}</p>" for p in ps)
    rel = "\n".join(f'<li>・<a href="{E(u)}">{E(t)}</a></li>' for t, u in related)
    stamp = f"{dt.year}/{dt.month:02d}/{dt.day:02d} {dt:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - みさき新聞デジタル</title>
<meta name="description" content="{E(a['summary'])}">
<meta name="keywords" content="根室,北方領土,納沙布,漁業,ニュース">
<link rel="stylesheet" href="/css/misaki_style.css">
</head>
<body>
<div id="ms-top"><a href="/"><img src="/img/misaki_logo.png" alt="みさき新聞デジタル"></a><p class="ms-catch">根室・中標津・別海・羅臼のニュース</p><div class="ms-member"><a href="/login/">ログイン</a> ｜ <a href="/subscribe/">購読のお申し込み</a></div></div>
<ul id="ms-menu"><li><a href="/">ホーム</a></li><li><a href="/nemuro/">根室</a></li><li><a href="/hoppou/">北方領土</a></li><li><a href="/gyogyo/">漁業・水産</a></li><li><a href="/keizai/">経済</a></li><li><a href="/chiiki/">地域</a></li><li><a href="/okuyami/">おくやみ</a></li><li><a href="/event/">イベント</a></li></ul>
<div id="ms-contents">
  <div class="ms-article">
    <div class="ms-cate">{E(a.get('section', 'ニュース'))}</div>
    <h2 class="ms-title">{E(a['title'])}</h2>
    <div class="ms-date">{stamp}</div>
    <div class="ms-honbun">
{body}
    </div>
    <div class="ms-sns">この記事をシェア：<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a></div>
    <div class="ms-paywall-note">みさき新聞デジタルの有料会員になると、紙面ビューアーや過去記事検索がご利用いただけます。<a href="/subscribe/">詳しくはこちら</a></div>
  </div>
  <div class="ms-side">
    <h3>この地域の最新ニュース</h3>
    <ul>
{rel}
    </ul>
    <h3>お知らせ</h3><ul><li>・年末年始の休刊日について</li><li>・「みさきフォトコンテスト」作品募集</li></ul>
  </div>
</div>
<div id="ms-footer"><p>みさき新聞社　〒087-0000 北海道根室市弥生町2丁目　TEL 0153-00-0000</p><p>当サイトに掲載の記事・写真の無断転載を禁じます。Copyright (C) Misaki Shimbun All rights reserved.</p></div>
<div class="ms-cookie-bar">本サイトはサービス向上のためCookieを利用しています。<a href="/policy/">詳細</a>　<button>閉じる</button></div>
</body>
</html>
"""


RENDER = {"sandpiper-en": sandpiper, "ridgeway-en": ridgeway, "kuroshio-en": kuroshio,
          "quillon-en": quillon, "kurs-ru": kurs, "ohotsk-ru": ohotsk, "hokuto-ja": hokuto,
          "misaki-ja": misaki}
