"""The invented outlets of corpus blind131 and their page templates.

Each outlet has a feed (RSS or Atom, built by the harness from labels.yaml) and its own
page template. Two outlets (saltreed-observer, yukola-dv) publish pages without any
machine-readable metadata: no og: tags, no JSON-LD, no <meta name=date>; their dates
appear only in the visible text.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "wickerbay-wire", "title": "Wickerbay Wire — Asia & World", "format": "rss", "lang": "en"},
    {"id": "foxglove-review", "title": "The Foxglove Review — Opinion & Analysis", "format": "atom", "lang": "en"},
    {"id": "saltreed-observer", "title": "Saltreed Observer — North Pacific", "format": "rss", "lang": "en"},
    {"id": "kaira-news", "title": "«Кайра» — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "geyser-lenta", "title": "ИА «Гейзер» — федеральная лента", "format": "atom", "lang": "ru"},
    {"id": "yukola-dv", "title": "«Юкола» — дальневосточный еженедельник", "format": "rss", "lang": "ru"},
    {"id": "hamanasu-shinpo", "title": "ハマナス新報（根室・釧路）", "format": "rss", "lang": "ja"},
    {"id": "zuiun-news", "title": "瑞雲ニュース 政治・国際", "format": "atom", "lang": "ja"},
]

DOMAINS = {
    "wickerbay-wire": "wickerbaywire.example",
    "foxglove-review": "foxglovereview.example",
    "saltreed-observer": "saltreed-observer.example",
    "kaira-news": "kaira-news.example",
    "geyser-lenta": "geyser-ia.example",
    "yukola-dv": "yukola-dv.example",
    "hamanasu-shinpo": "hamanasu-shinpo.example",
    "zuiun-news": "zuiun-news.example",
}

# local time zones of the newsrooms (display only; labels are in UTC)
TZ = {
    "wickerbay-wire": 0, "foxglove-review": 0, "saltreed-observer": 0,
    "kaira-news": 11, "geyser-lenta": 3, "yukola-dv": 10,
    "hamanasu-shinpo": 9, "zuiun-news": 9,
}

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(a: dict) -> datetime:
    off = TZ[a["feed"]]
    return parse(a["published"]).astimezone(timezone(timedelta(hours=off)))


def iso_local(a: dict) -> str:
    return local(a).isoformat()


def paragraphs(body: list) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("* "):
            items = [x.strip() for x in p[2:].split(" | ")]
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in items) + "</ul>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n        ".join(out)


def related_list(items: list, base: str) -> str:
    return "\n".join(
        f'          <li><a href="{base}{E(slug)}">{E(text)}</a></li>' for text, slug in items)


def jsonld(a: dict, site: str, url: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": iso_local(a), "dateModified": iso_local(a),
        "inLanguage": a["lang"], "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a.get("byline", site)},
        "publisher": {"@type": "Organization", "name": site},
    }
    if a.get("modified"):
        data["dateModified"] = a["modified"]
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def og(a: dict, site: str, url: str, locale: str, with_time: bool = True) -> str:
    tags = [
        f'<meta property="og:site_name" content="{E(site)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:description" content="{E(a["summary"])}">',
        f'<meta property="og:url" content="{E(url)}">',
        f'<meta property="og:locale" content="{locale}">',
    ]
    if with_time:
        tags.append(f'<meta property="article:published_time" content="{iso_local(a)}">')
    return "\n  ".join(tags)


def notes_block(a: dict, cls: str, update_word: str, corr_word: str) -> str:
    out = []
    if a.get("update_note"):
        out.append(f'<p class="{cls} {cls}--update"><strong>{E(update_word)}</strong> {E(a["update_note"])}</p>')
    if a.get("correction"):
        out.append(f'<p class="{cls} {cls}--correction"><strong>{E(corr_word)}</strong> {E(a["correction"])}</p>')
    return "\n        ".join(out)


# --------------------------------------------------------------------------- English


def render_wickerbay(a: dict) -> str:
    site = "Wickerbay Wire"
    url = f"https://{DOMAINS[a['feed']]}/asia/{a['slug']}"
    t = local(a)
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%H:%M} GMT"
    rel = related_list(a.get("related", []), f"https://{DOMAINS[a['feed']]}/asia/")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])} | Wickerbay Wire</title>
  <meta name="description" content="{E(a['summary'])}">
  <link rel="canonical" href="{E(url)}">
  {og(a, site, url, "en_GB")}
  <meta name="twitter:card" content="summary_large_image">
  {jsonld(a, site, url)}
  <link rel="stylesheet" href="/static/wbw-2024.css">
</head>
<body class="article-page">
  <div id="consent" class="consent-bar" role="dialog" aria-live="polite">
    We and our partners use cookies to measure audiences and keep this service free.
    <button class="consent-accept">Accept all</button> <button class="consent-manage">Manage choices</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">Wickerbay<span>Wire</span></a>
    <nav class="primary-nav" aria-label="Sections">
      <a href="/world/">World</a> <a href="/asia/" class="active">Asia</a> <a href="/europe/">Europe</a>
      <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/energy/">Energy</a>
      <a href="/opinion/">Opinion</a> <a href="/video/">Video</a>
    </nav>
    <a class="subscribe" href="/subscribe/">Subscribe</a> <a class="signin" href="/login/">Sign in</a>
  </header>
  <div class="ticker"><span>MARKETS</span> Nikkei 225 ▲0.4% · USD/JPY 151.2 · Brent $81.10</div>
  <main>
    <article class="story">
      <p class="kicker">{E(a.get('kicker', 'Asia Pacific'))}</p>
      <h1 class="headline">{E(a['title'])}</h1>
      <p class="byline">By {E(a.get('byline', 'Wickerbay Wire staff'))}</p>
      <p class="timestamp"><time>{stamp}</time> · {E(a.get('readtime', '3 min read'))}</p>
      <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="story-body">
        {notes_block(a, 'story-note', 'Update:', 'Correction:')}
        {paragraphs(a['body'])}
        <p class="trust">Reporting by {E(a.get('byline', 'Wickerbay Wire staff'))}; Editing by {E(a.get('editor', 'Clare Holloway'))}</p>
        <p class="standards"><a href="/about/standards/">Our Standards: The Wickerbay Trust Principles.</a></p>
      </div>
    </article>
    <aside class="related">
      <h3>Related coverage</h3>
      <ul>
{rel}
      </ul>
    </aside>
    <aside class="most-read"><h3>Most read</h3><ol>
      <li><a href="/markets/yen-slides-past-key-level">Yen slides past key level as traders eye BOJ</a></li>
      <li><a href="/world/heatwave-south-asia">Heatwave grips South Asia, power grids strained</a></li>
      <li><a href="/business/chipmakers-capex">Chipmakers lift spending plans for next year</a></li>
    </ol></aside>
  </main>
  <footer class="site-footer">
    <nav><a href="/about/">About</a> · <a href="/careers/">Careers</a> · <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookie policy</a> · <a href="/terms/">Terms of use</a> · <a href="/contact/">Contact</a></nav>
    <p>All quotes delayed a minimum of 15 minutes. © {t.year} Wickerbay Wire. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def render_foxglove(a: dict) -> str:
    site = "The Foxglove Review"
    url = f"https://{DOMAINS[a['feed']]}/{a.get('section_slug', 'analysis')}/{a['slug']}"
    t = local(a)
    stamp = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    rel = related_list(a.get("related", []), f"https://{DOMAINS[a['feed']]}/")
    comments = "".join(
        f'<li class="comment"><p class="who">{E(w)}</p><p>{E(c)}</p></li>' for w, c in a.get("comments", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{E(a['title'])} — The Foxglove Review</title>
  {og(a, site, url, "en_GB")}
  <meta property="article:section" content="{E(a.get('kicker', 'Analysis'))}">
  <meta name="author" content="{E(a.get('byline', ''))}">
  <link rel="stylesheet" href="/assets/fg.min.css">
</head>
<body>
  <header class="fg-top">
    <a href="/" class="fg-logo">The Foxglove Review</a>
    <nav><a href="/analysis/">Analysis</a> | <a href="/opinion/">Opinion</a> | <a href="/explainers/">Explainers</a> | <a href="/podcast/">Podcast</a> | <a href="/newsletters/">Newsletters</a> | <a href="/about/">About</a></nav>
    <form class="fg-search" action="/search/"><input name="q" placeholder="Search"></form>
  </header>
  <main class="fg-main">
    <article>
      <div class="fg-label">{E(a.get('kicker', 'Analysis'))}</div>
      <h1>{E(a['title'])}</h1>
      <p class="fg-standfirst">{E(a.get('standfirst', a['summary']))}</p>
      <div class="fg-meta"><span class="fg-author">{E(a.get('byline', ''))}</span> · <span class="fg-date">{stamp}</span></div>
      <div class="fg-body">
        {paragraphs(a['body'])}
      </div>
      <p class="fg-bio"><em>{E(a.get('bio', ''))}</em></p>
      <p class="fg-disclaimer">Views expressed in opinion pieces are the author's own and do not necessarily reflect those of The Foxglove Review.</p>
      <div class="fg-share">Share: <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">Bluesky</a> · <a href="#">Email</a></div>
    </article>
    <section class="fg-newsletter"><h3>The North Pacific Brief</h3><p>Our weekly newsletter on Japan, Korea and the Russian Far East. Every Friday.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
    <section class="fg-related"><h3>More from The Foxglove Review</h3><ul>
{rel}
    </ul></section>
    <section class="fg-comments"><h3>Comments ({len(a.get('comments', []))})</h3><ul>{comments}</ul><p><a href="/login/">Log in to comment</a></p></section>
  </main>
  <div class="fg-cookie" role="region" aria-label="Cookies">This site uses essential cookies and, with your consent, analytics cookies. <a href="/cookies/">Read more</a> <button>OK</button> <button>Reject non-essential</button></div>
  <footer class="fg-foot"><p>The Foxglove Review is an independent publication. © {t.year}. <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a> · <a href="/pitch/">Pitch us</a></p></footer>
</body>
</html>
"""


def render_saltreed(a: dict) -> str:
    # deliberately no og:, no JSON-LD, no <meta name=date>
    t = local(a)
    stamp = f"{t.day} {EN_MONTHS[t.month - 1][:3]} {t.year}, {t:%H:%M} GMT"
    rel = related_list(a.get("related", []), "/stories/")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} - Saltreed Observer</title>
<link rel="stylesheet" href="/css/main.css?v=37">
</head>
<body>
<div class="cookie-notice">Saltreed Observer uses cookies to remember your preferences. By continuing to browse you agree to our use of cookies. <a href="/cookies">Details</a> <a href="#" class="close">×</a></div>
<div class="topbar"><a href="/">Saltreed Observer</a> <span class="tagline">Independent news from the North Pacific</span></div>
<ul class="menu">
  <li><a href="/">Home</a></li><li><a href="/japan">Japan</a></li><li><a href="/russia">Russia</a></li>
  <li><a href="/korea">Korea</a></li><li><a href="/china">China</a></li><li><a href="/sea">Sea &amp; Fisheries</a></li>
  <li><a href="/weekly">The Week</a></li>
</ul>
<div class="wrap">
  <div class="content">
    <div class="section-name">{E(a.get('kicker', 'North Pacific'))}</div>
    <h1>{E(a['title'])}</h1>
    <div class="info">{E(a.get('byline', 'Observer staff'))} | Published {stamp}</div>
    <div class="text">
      {notes_block(a, 'note', 'Updated:', 'Correction:')}
      {paragraphs(a['body'])}
    </div>
    <div class="tags">Tags: {E(', '.join(a.get('tags', ['North Pacific'])))}</div>
    <div class="share-links"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">Print</a></div>
  </div>
  <div class="sidebar">
    <h4>Read next</h4>
    <ul>
{rel}
    </ul>
    <div class="ad">Advertisement</div>
    <h4>Support independent journalism</h4><p><a href="/donate">Donate to the Observer</a></p>
  </div>
</div>
<div class="bottom">Saltreed Observer · <a href="/about">About us</a> · <a href="/ethics">Corrections &amp; ethics</a> · <a href="/rss">RSS</a> · Copyright {t.year}</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def render_kaira(a: dict) -> str:
    site = "Кайра"
    url = f"https://{DOMAINS[a['feed']]}/news/{a['slug']}"
    t = local(a)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    rel = related_list(a.get("related", []), f"https://{DOMAINS[a['feed']]}/news/")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{E(a['title'])} — «Кайра»</title>
  <meta name="description" content="{E(a['summary'])}">
  <meta name="date" content="{iso_local(a)}">
  {og(a, site, url, "ru_RU")}
  <link rel="stylesheet" href="/bitrix/templates/kaira/style.css">
</head>
<body>
  <div class="age-mark">16+</div>
  <header class="k-header">
    <a class="k-logo" href="/">КАЙРА<small>новости Сахалина и Курил</small></a>
    <div class="k-weather">Южно-Сахалинск −3° · Южно-Курильск +1° · Курильск 0°</div>
    <nav class="k-nav">
      <a href="/news/">Новости</a><a href="/kurily/">Курилы</a><a href="/politics/">Политика</a><a href="/economy/">Экономика</a>
      <a href="/society/">Общество</a><a href="/incidents/">Происшествия</a><a href="/sport/">Спорт</a><a href="/afisha/">Афиша</a>
    </nav>
  </header>
  <main class="k-main">
    <div class="k-breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a> / {E(a.get('kicker', 'Курилы'))}</div>
    <article class="k-article">
      <h1>{E(a['title'])}</h1>
      <div class="k-meta"><span class="k-date">{stamp}</span> · <span class="k-author">{E(a.get('byline', 'Редакция «Кайры»'))}</span> · <span class="k-views">👁 {a.get('views', 1843)}</span></div>
      <p class="k-lead"><strong>{E(a.get('lead', a['summary']))}</strong></p>
      <div class="k-text">
        {notes_block(a, 'k-note', 'Обновлено:', 'Исправление:')}
        {paragraphs(a['body'])}
      </div>
      <div class="k-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
      <p class="k-subscribe">Подписывайтесь на «Кайру» в <a href="#">Telegram</a> и <a href="#">Дзене</a></p>
    </article>
    <aside class="k-related"><h3>Читайте также</h3><ul>
{rel}
    </ul></aside>
  </main>
  <div class="k-cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/policy/">политикой обработки персональных данных</a>. <button>Хорошо</button></div>
  <footer class="k-footer">
    <p>Сетевое издание «Кайра». Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000 (условный). Главный редактор — М. С. Рябинина.</p>
    <p>При использовании материалов ссылка на «Кайру» обязательна. © 2019–{t.year}</p>
  </footer>
</body>
</html>
"""


def render_geyser(a: dict) -> str:
    site = "ИА «Гейзер»"
    url = f"https://{DOMAINS[a['feed']]}/lenta/{a['slug']}"
    t = local(a)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} мск"
    rel = related_list(a.get("related", []), f"https://{DOMAINS[a['feed']]}/lenta/")
    tags = " ".join(f'<a href="/tag/{E(x)}">#{E(x)}</a>' for x in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width">
  <title>{E(a['title'])} | ИА «Гейзер»</title>
  {og(a, site, url, "ru_RU")}
  {jsonld(a, site, url)}
  <link rel="stylesheet" href="/static/g.css">
</head>
<body>
  <header class="g-head">
    <div class="g-brand"><a href="/">ГЕЙЗЕР</a> <span>информационное агентство</span></div>
    <nav class="g-rubrics">
      <a href="/lenta/">Лента</a> <a href="/politika/">Политика</a> <a href="/mir/">В мире</a> <a href="/ekonomika/">Экономика</a>
      <a href="/proisshestviya/">Происшествия</a> <a href="/nauka/">Наука</a> <a href="/sport/">Спорт</a> <a href="/foto/">Фото</a>
    </nav>
    <div class="g-rates">USD 91,4 · EUR 98,7 · CNY 12,6</div>
  </header>
  <main>
    <article class="g-article">
      <div class="g-rubric">{E(a.get('kicker', 'Политика'))}</div>
      <h1>{E(a['title'])}</h1>
      <time class="g-time">{stamp}</time>
      <div class="g-body">
        {notes_block(a, 'g-note', 'Дополнено:', 'Исправлено:')}
        {paragraphs(a['body'])}
      </div>
      <div class="g-tags">{tags}</div>
      <div class="g-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a> <a href="#">Дзен</a></div>
    </article>
    <aside class="g-more"><h3>Другие новости</h3><ul>
{rel}
    </ul></aside>
  </main>
  <div class="g-cookie">Сайт использует cookie и сервисы веб-аналитики. <a href="/cookies/">Подробнее</a> <button>Принять</button></div>
  <footer class="g-foot">© ИА «Гейзер», {t.year}. Все права защищены. 18+ · <a href="/about/">Об агентстве</a> · <a href="/contacts/">Контакты</a> · <a href="/ads/">Реклама</a></footer>
</body>
</html>
"""


def render_yukola(a: dict) -> str:
    # deliberately no og:, no JSON-LD, no <meta name=date>
    t = local(a)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    rel = related_list(a.get("related", []), "/material/")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} / Юкола</title>
<link rel="stylesheet" href="/s/yukola.css">
</head>
<body>
<table class="layout" width="100%"><tr><td class="logo"><a href="/">ЮКОЛА</a><br><small>дальневосточный еженедельник · выходит с 2003 года</small></td>
<td class="topmenu"><a href="/">Главная</a> · <a href="/rubric/region">Регион</a> · <a href="/rubric/more">Море</a> · <a href="/rubric/priroda">Природа</a> · <a href="/rubric/mnenie">Мнения</a> · <a href="/archive">Архив номеров</a> · <a href="/podpiska">Подписка</a></td></tr></table>
<div class="cookie">Сайт «Юколы» собирает cookie-файлы. Оставаясь на сайте, вы даёте согласие на их обработку. <a href="#">Закрыть</a></div>
<div class="main">
  <div class="rubric">{E(a.get('kicker', 'Регион'))}</div>
  <h1>{E(a['title'])}</h1>
  <div class="date">{stamp} · {E(a.get('issue', 'Номер 33'))}</div>
  <div class="author">{E(a.get('byline', 'Юкола'))}</div>
  <div class="article-text">
    {paragraphs(a['body'])}
  </div>
  <div class="share">Поделиться: <a href="#">ВК</a> <a href="#">Telegram</a></div>
  <div class="also"><b>По теме:</b>
  <ul>
{rel}
  </ul></div>
  <div class="comments"><b>Комментарии</b> ({len(a.get('comments', []))})
  {''.join(f'<div class="c"><i>{E(w)}</i>: {E(c)}</div>' for w, c in a.get('comments', []))}
  </div>
</div>
<div class="footer">«Юкола», еженедельник. Учредитель — ООО «Юкола-Медиа» (условно). Перепечатка — с письменного разрешения редакции. 12+</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Japanese


def render_hamanasu(a: dict) -> str:
    site = "ハマナス新報"
    url = f"https://{DOMAINS[a['feed']]}/news/{a['slug']}"
    t = local(a)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    rel = related_list(a.get("related", []), f"https://{DOMAINS[a['feed']]}/news/")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a['title'])}｜ハマナス新報</title>
  <meta name="description" content="{E(a['summary'])}">
  {og(a, site, url, "ja_JP")}
  <link rel="stylesheet" href="/common/css/hmn.css">
</head>
<body>
  <div class="hmn-cookie">当サイトでは利便性向上と広告配信のためにクッキーを使用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
  <header class="hmn-header">
    <p class="hmn-logo"><a href="/">ハマナス新報</a><span>根室・釧路・中標津</span></p>
    <nav class="hmn-gnav">
      <a href="/">トップ</a><a href="/news/nemuro/">根室</a><a href="/news/kushiro/">釧路</a><a href="/news/hoppou/">北方領土</a>
      <a href="/news/suisan/">水産</a><a href="/news/keizai/">経済</a><a href="/news/sports/">スポーツ</a><a href="/news/okuyami/">おくやみ</a>
    </nav>
    <p class="hmn-login"><a href="/member/">会員登録</a>｜<a href="/login/">ログイン</a></p>
  </header>
  <main class="hmn-main">
    <ol class="hmn-pankuzu"><li><a href="/">トップ</a></li><li><a href="/news/hoppou/">{E(a.get('kicker', '北方領土'))}</a></li></ol>
    <article class="hmn-article">
      <h1>{E(a['title'])}</h1>
      <p class="hmn-date"><time>{stamp}</time>{('　' + E(a['byline'])) if a.get('byline') else ''}</p>
      <div class="hmn-body">
        {notes_block(a, 'hmn-note', '【更新】', '【訂正】')}
        {paragraphs(a['body'])}
      </div>
      <div class="hmn-sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">Facebookでシェア</a></div>
    </article>
    <section class="hmn-kanren"><h2>関連記事</h2><ul>
{rel}
    </ul></section>
    <section class="hmn-rank"><h2>アクセスランキング</h2><ol><li><a href="/news/nemuro/sanma-kyo">サンマ水揚げ、花咲港で本格化</a></li><li><a href="/news/kushiro/kiri">釧路で濃霧、空の便に遅れ</a></li><li><a href="/news/sports/koshien">甲子園予選、根室勢が8強</a></li></ol></section>
  </main>
  <footer class="hmn-footer">
    <p><a href="/company/">会社案内</a>｜<a href="/koukoku/">広告掲載</a>｜<a href="/privacy/">個人情報の取り扱い</a>｜<a href="/contact/">お問い合わせ</a></p>
    <p>記事・写真・図表の無断転載を禁じます。Copyright © ハマナス新報社 {t.year}</p>
  </footer>
</body>
</html>
"""


def render_zuiun(a: dict) -> str:
    site = "瑞雲ニュース"
    url = f"https://{DOMAINS[a['feed']]}/a/{a['slug']}"
    t = local(a)
    wd = "月火水木金土日"[t.weekday()]
    stamp = f"{t.year}年{t.month}月{t.day}日（{wd}）{t:%H:%M}"
    rel = related_list(a.get("related", []), f"https://{DOMAINS[a['feed']]}/a/")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{E(a['title'])} - 瑞雲ニュース</title>
  {og(a, site, url, "ja_JP")}
  {jsonld(a, site, url)}
  <link rel="stylesheet" href="/assets/zn.css">
</head>
<body>
  <header class="zn-head">
    <div class="zn-logo"><a href="/">瑞雲ニュース</a></div>
    <nav class="zn-nav"><a href="/">速報</a><a href="/politics/">政治</a><a href="/international/">国際</a><a href="/economy/">経済</a><a href="/society/">社会</a><a href="/sports/">スポーツ</a><a href="/culture/">文化</a><a href="/opinion/">オピニオン</a></nav>
    <div class="zn-util"><a href="/search/">検索</a> <a href="/login/">ログイン</a> <a class="zn-plan" href="/plan/">有料会員になる</a></div>
  </header>
  <main class="zn-main">
    <article class="zn-article">
      <p class="zn-cat">{E(a.get('kicker', '国際'))}</p>
      <h1>{E(a['title'])}</h1>
      <p class="zn-date"><time>{stamp}</time>{('　' + E(a['byline'])) if a.get('byline') else ''}</p>
      <div class="zn-text">
        {notes_block(a, 'zn-note', '【追記】', '【訂正】')}
        {paragraphs(a['body'])}
      </div>
      <p class="zn-paywall">この記事は有料会員限定記事の一部を無料で公開しています。続きは有料会員登録でお読みいただけます。</p>
      <div class="zn-share"><a href="#">X</a> <a href="#">LINE</a> <a href="#">はてブ</a> <a href="#">URLをコピー</a></div>
    </article>
    <aside class="zn-related"><h2>あわせて読みたい</h2><ul>
{rel}
    </ul></aside>
  </main>
  <div class="zn-consent">瑞雲ニュースはサービス向上のためCookieを利用しています。「同意する」を押すと、Cookieの利用に同意したものとみなします。<button>同意する</button> <a href="/cookie/">設定</a></div>
  <footer class="zn-foot"><p><a href="/about/">瑞雲ニュースについて</a>｜<a href="/policy/">編集方針</a>｜<a href="/privacy/">プライバシー</a>｜<a href="/terms/">利用規約</a></p><p>© Zuiun News {t.year}</p></footer>
</body>
</html>
"""


RENDER = {
    "wickerbay-wire": render_wickerbay,
    "foxglove-review": render_foxglove,
    "saltreed-observer": render_saltreed,
    "kaira-news": render_kaira,
    "geyser-lenta": render_geyser,
    "yukola-dv": render_yukola,
    "hamanasu-shinpo": render_hamanasu,
    "zuiun-news": render_zuiun,
}


def render(a: dict) -> str:
    return RENDER[a["feed"]](a)
