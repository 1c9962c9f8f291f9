"""Page templates of the eight invented outlets of corpus blind68.

Every outlet has its own chrome: navigation, cookie banner, share buttons, related
stories, footer.  Some outlets publish rich metadata (Open Graph, JSON-LD), some only a
description, and the district paper «Гряда» publishes none at all.
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
JA_WEEK = "月火水木金土日"


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def pick(pool: list, key: str, n: int) -> list:
    """Deterministic choice of n items of a pool, keyed by the article id."""
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    out, pool = [], list(pool)
    while pool and len(out) < n:
        out.append(pool.pop(h % len(pool)))
        h //= 7
    return out


def render_body(paras: list[str]) -> str:
    """Paragraph strings; '## ' starts a subheading, '> ' a blockquote, '* ' a list item."""
    out, items = [], []

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for p in paras:
        if p.startswith("* "):
            items.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    flush()
    return "\n".join(out)


def jsonld(a, outlet, url, lang):
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": a["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": lang, "mainEntityOfPage": url,
        "author": {"@type": "Person" if a.get("author") else "Organization",
                   "name": a.get("author") or outlet["name"]},
        "publisher": {"@type": "Organization", "name": outlet["name"],
                      "logo": {"@type": "ImageObject", "url": outlet["site"] + "/static/logo.png"}},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- oblvest

def oblvest(a, outlet, related):
    t = local(a["published"], 11)
    url = f"{outlet['site']}/news/{t:%Y/%m/%d}/{a['slug']}"
    rel = "".join(f'<li><span class="date">{d}</span> <a href="{outlet["site"]}/news/{u}">{E(x)}</a></li>'
                  for x, d, u in related)
    tags = " ".join(f'<a class="tag" href="{outlet["site"]}/tags/{i}">{E(g)}</a>'
                    for i, g in enumerate(a.get("tags", []), 1))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Областной вестник</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Областной вестник">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t.isoformat()}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/ov-main.css?v=4.12">
</head>
<body class="page-news">
<div class="ov-topline">
  <div class="wrap">
    <span>Официальная хроника Сахалинской области</span>
    <a href="/search">Поиск</a> <a href="/a11y">Версия для слабовидящих</a> <a href="/rss">RSS</a>
  </div>
</div>
<header class="ov-header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/static/img/gerb.svg" alt="Герб Сахалинской области"> Областной вестник</a>
    <nav class="ov-nav">
      <a href="/news">Новости</a><a href="/governor">Губернатор</a><a href="/government">Правительство</a>
      <a href="/docs">Документы</a><a href="/municipal">Муниципалитеты</a><a href="/kurils">Курильские острова</a>
      <a href="/projects">Нацпроекты</a><a href="/contacts">Контакты</a>
    </nav>
  </div>
</header>
<main class="wrap">
  <div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news">Новости</a> / <span>{E(a.get('rubric', 'Новости'))}</span></div>
  <article class="ov-article">
    <div class="ov-meta"><time datetime="{t.isoformat()}">{t:%d.%m.%Y %H:%M}</time> · {E(a.get('rubric', 'Новости'))}</div>
    <h1>{E(a['title'])}</h1>
    <p class="ov-lead">{E(a['summary'])}</p>
    <div class="ov-text">
{render_body(a['body'])}
    </div>
    <p class="ov-source">{E(a.get('author') or 'Пресс-служба Правительства Сахалинской области')}</p>
    <div class="ov-tags">{tags}</div>
    <div class="ov-share">Поделиться: <a href="#" data-share="vk">ВКонтакте</a> <a href="#" data-share="ok">Одноклассники</a> <a href="#" data-share="tg">Telegram</a></div>
  </article>
  <aside class="ov-related">
    <h3>Другие новости</h3>
    <ul>{rel}</ul>
  </aside>
</main>
<footer class="ov-footer">
  <div class="wrap">
    <p>© 2016–2027 «Областной вестник». Сетевое издание. Свидетельство о регистрации ЭЛ № ФС 77-61408.</p>
    <p>При использовании материалов ссылка на «Областной вестник» обязательна. 18+</p>
    <p><a href="/about">О редакции</a> · <a href="/privacy">Политика обработки персональных данных</a> · <a href="/ads">Реклама</a></p>
  </div>
</footer>
<div class="cookie-bar" id="cookie-bar">Сайт использует файлы cookie и сервис веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой обработки персональных данных</a>. <button type="button">Понятно</button></div>
<script src="/static/js/ov.js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- gryada (no metadata)

def gryada(a, outlet, related):
    t = local(a["published"], 11)
    rel = "".join(f'<li><a href="/{u}">{E(x)}</a></li>' for x, d, u in related)
    comments = ""
    for who, when, text in a.get("comments", []):
        comments += f'<div class="cmt"><b>{E(who)}</b> <span>{E(when)}</span><p>{E(text)}</p></div>'
    ncom = len(a.get("comments", []))
    issue = a.get("issue", "")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Гряда</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<table class="top" width="100%"><tr>
<td><a href="/"><img src="/img/gryada-logo.gif" alt="Гряда"></a><br><small>общественно-политическая газета Южно-Курильского городского округа · издаётся с 1947 года</small></td>
<td align="right"><small>Южно-Курильск: <span id="weather">+4°, ветер СВ 9 м/с</span></small><br><a href="/podpiska">Подписка на газету</a> | <a href="/archive">Архив номеров</a></td>
</tr></table>
<div class="menu"><a href="/">Главная</a> | <a href="/vlast">Власть</a> | <a href="/obshestvo">Общество</a> | <a href="/ekonomika">Экономика</a> | <a href="/more">Море и рыба</a> | <a href="/kultura">Культура</a> | <a href="/sport">Спорт</a> | <a href="/ob">Объявления</a></div>
<div class="content">
<div class="rubrika">{E(a.get('rubric', 'Общество'))}{(' · ' + E(issue)) if issue else ''}</div>
<h1>{E(a['title'])}</h1>
<div class="data">{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}</div>
<div class="text">
<p><b>{E(a['summary'])}</b></p>
{render_body(a['body'])}
</div>
<div class="avtor">{E(a.get('author') or 'Соб. инф.')}</div>
<div class="share">Рассказать друзьям: <a href="#">ВК</a> <a href="#">ОК</a> <a href="#">Телеграм</a></div>
<h3>Комментарии ({ncom})</h3>
{comments or '<p class="nocmt">Комментариев пока нет. Будьте первым!</p>'}
<form class="cmtform"><textarea placeholder="Ваш комментарий (публикуется после проверки модератором)"></textarea><button>Отправить</button></form>
<h3>Читайте также</h3>
<ul class="also">{rel}</ul>
</div>
<div class="bottom">
<p>© МАУ «Редакция газеты «Гряда». Учредитель — администрация Южно-Курильского городского округа. 694500, Сахалинская обл., пгт Южно-Курильск, ул. Заводская, 7.</p>
<p>Перепечатка материалов только с разрешения редакции. 16+</p>
</div>
<div id="cookie" class="cookie">Мы используем cookie. <a href="#" onclick="this.parentNode.style.display='none'">Закрыть</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- proran

def proran(a, outlet, related):
    t = local(a["published"], 3)
    url = f"{outlet['site']}/news/{a['slug']}"
    rel = "".join(f'<a class="card" href="{outlet["site"]}/news/{u}"><span>{d}</span>{E(x)}</a>' for x, d, u in related)
    tags = ", ".join(f'<a href="/tag/{i}">{E(g)}</a>' for i, g in enumerate(a.get("tags", []), 1))
    return f"""<!DOCTYPE html>
<html lang="ru" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — ИА «Проран»</title>
<meta name="viewport" content="width=device-width">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{outlet['site']}/i/share/{a['slug']}.jpg">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:section" content="{E(a.get('rubric', 'Регионы'))}">
{jsonld(a, outlet, url, 'ru')}
<link rel="stylesheet" href="/assets/app.8f2c1.css">
</head>
<body>
<div class="adv-top">Реклама</div>
<header class="hdr">
 <a class="hdr__logo" href="/">ПРОРАН</a>
 <nav class="hdr__nav">
  <a href="/lenta">Лента</a><a href="/politics">Политика</a><a href="/economy">Экономика</a><a href="/regions">Регионы</a>
  <a href="/dfo">ДФО</a><a href="/defense">Армия</a><a href="/society">Общество</a><a href="/world">В мире</a>
 </nav>
 <div class="hdr__rates">USD … EUR … CNY …</div>
</header>
<main class="layout">
 <article class="news">
  <div class="news__rubric">{E(a.get('rubric', 'Регионы'))}</div>
  <h1 class="news__title">{E(a['title'])}</h1>
  <div class="news__date"><time datetime="{t.isoformat()}">{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} мск</time></div>
  <div class="news__lead">{E(a['summary'])}</div>
  <div class="news__body">
{render_body(a['body'])}
  </div>
  <div class="news__tags">Теги: {tags}</div>
  <div class="news__share"><button>VK</button><button>OK</button><button>Telegram</button><button>Скопировать ссылку</button></div>
  <p class="news__subscribe">Подписывайтесь на ИА «Проран» в Telegram и «Дзене»</p>
 </article>
 <aside class="side">
  <h4>Читайте также</h4>
  {rel}
  <h4>Самое читаемое</h4>
  <a class="card" href="/news/ceny-na-benzin-dfo">Цены на бензин в ДФО: где подорожало сильнее всего</a>
  <a class="card" href="/news/ipoteka-2-procenta">Дальневосточная ипотека: что изменится для покупателей вторичного жилья</a>
 </aside>
</main>
<footer class="ftr">
 <p>Информационное агентство «Проран». Свидетельство о регистрации СМИ ИА № ФС 77-80311 выдано Роскомнадзором.</p>
 <p>Все права защищены. Использование материалов допускается при наличии гиперссылки на proran.info. 16+</p>
 <p><a href="/about">О нас</a> · <a href="/contacts">Контакты</a> · <a href="/confidential">Конфиденциальность</a></p>
</footer>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. <button>Принять</button></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- ravelin

def ravelin(a, outlet, related):
    t = a["published"]
    url = f"{outlet['site']}/world/{t:%Y%m%d}/{a['slug']}"
    rel = "".join(f'<li><a href="{outlet["site"]}/world/{u}">{E(x)}</a></li>' for x, d, u in related)
    topics = "".join(f'<a class="topic" href="/topics/{i}">{E(g)}</a>' for i, g in enumerate(a.get("tags", []), 1))
    author = a.get("author") or "Ravelin staff"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Ravelin Wire</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
<meta name="twitter:card" content="summary_large_image">
{jsonld(a, outlet, url, 'en')}
<link rel="stylesheet" href="/css/rw.min.css">
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="rw-head">
  <a class="rw-logo" href="/">RAVELIN<span>WIRE</span></a>
  <nav><a href="/world">World</a><a href="/asia-pacific">Asia Pacific</a><a href="/europe">Europe</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/commodities">Commodities</a><a href="/sustainability">Sustainability</a></nav>
  <a class="rw-sub" href="/subscribe">Subscribe</a> <a class="rw-sign" href="/signin">Sign in</a>
</header>
<main id="content" class="rw-main">
  <div class="rw-section">{E(a.get('rubric', 'World'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="rw-byline">By {E(author)} · <time datetime="{t.isoformat().replace('+00:00', 'Z')}">{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%I:%M %p} GMT</time> · Updated {int(hashlib.md5(a['id'].encode()).hexdigest(), 16) % 50 + 5} min ago</div>
  <div class="rw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Purchase licensing rights</a></div>
  <div class="rw-body">
{render_body(a['body'])}
  </div>
  <p class="rw-credit">{E(a.get('credit', 'Reporting by Ravelin staff; editing by the Asia desk'))}</p>
  <p class="rw-standards"><a href="/trust">Our standards: The Ravelin Trust Principles.</a></p>
  <div class="rw-topics">{topics}</div>
  <section class="rw-more"><h2>Read next</h2><ul>{rel}</ul></section>
</main>
<footer class="rw-foot">
  <nav><a href="/about">About Ravelin</a><a href="/careers">Careers</a><a href="/contact">Contact us</a><a href="/terms">Terms of use</a><a href="/privacy">Privacy</a><a href="/cookies">Cookies</a><a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © 2027 Ravelin Wire. All rights reserved.</p>
</footer>
<div id="consent" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to personalise content and ads, and to analyse our traffic. You can manage your preferences at any time.</p>
  <button>Accept all</button> <button>Reject non-essential</button> <a href="/cookies">Manage preferences</a>
</div>
<script src="/js/rw.bundle.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- nettlebed

def nettlebed(a, outlet, related):
    t = a["published"]
    url = f"{outlet['site']}/asia-pacific/{t:%Y/%m/%d}/{a['slug']}"
    rel = "".join(f'<li><a href="{outlet["site"]}/asia-pacific/{u}">{E(x)}</a> <span>{d}</span></li>' for x, d, u in related)
    author = a.get("author") or "Courier staff"
    comments = ""
    for who, when, text in a.get("comments", []):
        comments += f'<li class="c"><strong>{E(who)}</strong> <em>{E(when)}</em><p>{E(text)}</p></li>'
    stand = a.get("standfirst") or a["summary"]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | The Nettlebed Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(stand)}">
<meta property="og:site_name" content="The Nettlebed Courier">
<meta property="article:published_time" content="{t.isoformat().replace('+00:00', 'Z')}">
<meta property="article:section" content="Asia &amp; Pacific">
<link rel="stylesheet" href="/assets/nc-2026.css">
</head>
<body>
<div class="nc-support">Support independent journalism — <a href="/support">become a supporter from £5 a month</a></div>
<header class="nc-masthead">
  <a href="/" class="nc-title">The Nettlebed Courier</a>
  <div class="nc-date">{t.strftime('%A')} {t.day} {EN_MONTHS[t.month - 1]} {t.year}</div>
  <nav class="nc-pillars"><a href="/news">News</a><a href="/world">World</a><a href="/asia-pacific" class="on">Asia &amp; Pacific</a><a href="/opinion">Opinion</a><a href="/business">Business</a><a href="/culture">Culture</a><a href="/science">Science</a></nav>
</header>
<main class="nc-main">
  <p class="nc-kicker">{E(a.get('rubric', 'Asia & Pacific'))}</p>
  <h1 class="nc-headline">{E(a['title'])}</h1>
  <p class="nc-standfirst">{E(stand)}</p>
  <p class="nc-byline">{E(author)} · <time datetime="{t.isoformat().replace('+00:00', 'Z')}">{t.day} {EN_MONTHS[t.month - 1][:3]} {t.year} {t:%H.%M} GMT</time></p>
  <div class="nc-share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
  <div class="nc-article-body">
{render_body(a['body'])}
  </div>
  <aside class="nc-related"><h2>More on this story</h2><ul>{rel}</ul></aside>
  <section class="nc-comments"><h2>Comments ({len(a.get('comments', []))})</h2><ul>{comments}</ul><p>Comments on this piece are premoderated. <a href="/community-standards">Community standards</a></p></section>
</main>
<footer class="nc-footer">
  <p><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/complaints">Complaints &amp; corrections</a> · <a href="/privacy">Privacy policy</a> · <a href="/cookie-policy">Cookie policy</a> · <a href="/terms">Terms &amp; conditions</a></p>
  <p>© 2027 Nettlebed Courier Media Ltd. Registered in England and Wales No. 09314478.</p>
</footer>
<div class="nc-cookie" role="dialog">
  <h2>Your privacy</h2>
  <p>We and our partners use cookies to store and/or access information on a device, for personalised advertising, content measurement and audience research.</p>
  <button>Yes, I'm happy</button> <button>Manage my cookies</button>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- ehb (description only)

def ehb(a, outlet, related):
    t = local(a["published"], 9)
    rel = "".join(f'<li><a href="/{u}">{E(x)}</a></li>' for x, d, u in related)
    author = a.get("author") or "EHB staff"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} - East Hokkaido Bulletin</title>
<meta name="description" content="{E(a['summary'])}">
<link rel="stylesheet" href="/wp-content/themes/ehb/style.css?ver=3.1">
</head>
<body class="post-template-default single">
<div class="ehb-bar">Kushiro · Nemuro · Nakashibetsu · Shiretoko · Akkeshi &nbsp;|&nbsp; <a href="/newsletter">Get our free weekly newsletter</a></div>
<header class="ehb-header">
  <a class="ehb-brand" href="/"><strong>East Hokkaido Bulletin</strong><br><small>News from Kushiro, Nemuro &amp; Shiretoko in English</small></a>
  <ul class="ehb-menu"><li><a href="/category/news">News</a></li><li><a href="/category/fisheries">Fisheries</a></li><li><a href="/category/the-islands">The Islands</a></li><li><a href="/category/community">Community</a></li><li><a href="/category/travel">Travel</a></li><li><a href="/category/weather">Weather &amp; Sea</a></li><li><a href="/about">About</a></li></ul>
</header>
<div class="ehb-wrap">
<article class="ehb-post">
  <div class="cat">{E(a.get('rubric', 'News'))}</div>
  <h1 class="entry-title">{E(a['title'])}</h1>
  <div class="entry-meta">Posted <time class="entry-date" datetime="{t.isoformat()}">{EN_MONTHS[t.month - 1]} {t.day}, {t.year}</time> by {E(author)}</div>
  <div class="entry-content">
{render_body(a['body'])}
  </div>
  <div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a> <a href="#">Print</a></div>
</article>
<aside class="widget-area">
  <section class="widget"><h2>Related</h2><ul>{rel}</ul></section>
  <section class="widget"><h2>Tide table — Nemuro</h2><p>High 05:41 / 17:58 · Low 11:20 / 23:47</p></section>
  <section class="widget"><h2>Support EHB</h2><p>We are a two-person newsroom funded by readers. <a href="/support">Chip in</a>.</p></section>
</aside>
</div>
<footer class="site-footer"><p>© East Hokkaido Bulletin. Independent, reader-supported. Powered by coffee and WordPress.</p><p><a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p></footer>
<div class="cmplz-cookiebanner">This website uses cookies to improve your experience. <button>Accept</button> <button>Deny</button> <a href="/privacy">View preferences</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- senshu

def senshu(a, outlet, related):
    t = local(a["published"], 9)
    url = f"{outlet['site']}/articles/-/{int(hashlib.md5(a['id'].encode()).hexdigest(), 16) % 900000 + 100000}"
    rel = "".join(f'<li><a href="{outlet["site"]}/articles/-/{u}">{E(x)}</a><span>{d}</span></li>' for x, d, u in related)
    wd = JA_WEEK[t.weekday()]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | 千秋通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="千秋通信ニュース">
<meta property="article:published_time" content="{t.isoformat()}">
{jsonld(a, outlet, url, 'ja')}
<link rel="stylesheet" href="/common/css/senshu.css">
</head>
<body>
<header id="gHeader">
  <div class="logo"><a href="/">千秋通信ニュース</a></div>
  <ul class="gNav"><li><a href="/list/politics">政治</a></li><li><a href="/list/economy">経済</a></li><li><a href="/list/society">社会</a></li><li><a href="/list/world">国際</a></li><li><a href="/list/local">地域</a></li><li><a href="/list/sports">スポーツ</a></li><li><a href="/list/culture">文化・暮らし</a></li></ul>
  <div class="login"><a href="/member/login">ログイン</a> <a href="/member/join">会員登録（無料）</a></div>
</header>
<div id="main">
  <div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/list/{a.get('section', 'politics')}">{E(a.get('rubric', '政治'))}</a> &gt; 記事</div>
  <article class="article">
    <h1>{E(a['title'])}</h1>
    <p class="date"><time datetime="{t.isoformat()}">{t.year}年{t.month}月{t.day}日（{wd}）{t.hour}時{t.minute:02d}分</time>（{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分更新）</p>
    <div class="articleBody">
{render_body(a['body'])}
    </div>
    <p class="credit">【千秋通信】</p>
    <div class="snsShare"><a href="#">X（旧ツイッター）でシェア</a> <a href="#">Facebookでシェア</a> <a href="#">LINEで送る</a> <a href="#">はてなブックマーク</a></div>
  </article>
  <section class="related"><h2>関連記事</h2><ul>{rel}</ul></section>
  <section class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/articles/-/rank1">円相場、一時1ドル=150円台に　米金利上昇で</a></li><li><a href="/articles/-/rank2">各地で真夏日、熱中症に警戒を</a></li><li><a href="/articles/-/rank3">新幹線、強風で一時運転見合わせ</a></li></ol></section>
</div>
<footer id="gFooter">
  <ul><li><a href="/info/about">千秋通信について</a></li><li><a href="/info/privacy">プライバシーポリシー</a></li><li><a href="/info/copyright">著作権について</a></li><li><a href="/info/contact">お問い合わせ</a></li></ul>
  <p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は千秋通信社またはその情報提供者に属します。</p>
  <p>Copyright © Senshu Tsushin Press. All rights reserved.</p>
</footer>
<div class="cookieConsent">当サイトでは、利便性の向上や広告配信のためにCookieを使用しています。詳しくは<a href="/info/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- yuhi

def yuhi(a, outlet, related):
    t = local(a["published"], 9)
    url = f"{outlet['site']}/news/{t:%Y%m%d}/{a['slug']}"
    rel = "".join(f'<li><a href="{outlet["site"]}/news/{u}">{E(x)}</a></li>' for x, d, u in related)
    wd = JA_WEEK[t.weekday()]
    author = a.get("author")
    byline = f'<p class="byline">{E(author)}</p>' if author else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜根室ゆうひ新聞 電子版</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="根室ゆうひ新聞 電子版">
<meta property="article:published_time" content="{t.isoformat()}">
<link rel="stylesheet" href="/css/yuhi.css">
</head>
<body>
<div id="header">
  <div class="hd-in"><a href="/" class="site-logo">根室ゆうひ新聞<small>電子版</small></a>
  <div class="hd-date">{t.year}年{t.month}月{t.day}日（{wd}）</div>
  <div class="hd-btn"><a href="/subscribe">購読のお申し込み</a> <a href="/login">ログイン</a></div></div>
  <ul id="gnavi"><li><a href="/">トップ</a></li><li><a href="/c/nemuro">根室</a></li><li><a href="/c/betsukai">別海・中標津</a></li><li><a href="/c/rausu">羅臼・標津</a></li><li><a href="/c/hoppo">北方領土</a></li><li><a href="/c/suisan">水産</a></li><li><a href="/c/sports">スポーツ</a></li><li><a href="/c/okuyami">おくやみ</a></li></ul>
</div>
<div id="contents">
  <div class="article-head">
    <span class="cat">{E(a.get('rubric', '根室'))}</span>
    <h1>{E(a['title'])}</h1>
    <p class="pubdate">{t.year}年{t.month}月{t.day}日 {t.hour:02d}:{t.minute:02d}</p>
    <p class="free">この記事は無料公開中です</p>
  </div>
  <div class="article-body">
{render_body(a['body'])}
  </div>
  {byline}
  <div class="share">この記事をシェア <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
  <div class="paywall-note">電子版の有料会員になると、すべての記事をお読みいただけます。初月無料。</div>
  <div class="rel"><h3>関連記事</h3><ul>{rel}</ul></div>
</div>
<div id="footer">
  <p><a href="/company">会社案内</a>｜<a href="/ad">広告のご案内</a>｜<a href="/privacy">個人情報の取り扱い</a>｜<a href="/inquiry">お問い合わせ</a></p>
  <p>根室ゆうひ新聞社　〒087-0008 北海道根室市曙町2丁目</p>
  <p>Copyright © Nemuro Yuhi Shimbun. 記事・写真の無断転載を禁じます。</p>
</div>
<div class="cookie-notice">本サイトはCookieを利用しています。サイトの閲覧を続けることで、Cookieの使用に同意したものとみなします。<a href="/privacy">詳細</a> <button>閉じる</button></div>
</body>
</html>
"""


TEMPLATES = {"oblvest": oblvest, "gryada": gryada, "proran": proran, "ravelin": ravelin,
             "nettlebed": nettlebed, "ehb": ehb, "senshu": senshu, "yuhi": yuhi}
