"""Outlets of corpus blind124: feed metadata and page templates (one per outlet)."""
import html
import json

FEEDS = [
    {"id": "tarrow-en", "title": "Tarrowgate Press Service — World", "format": "rss", "lang": "en"},
    {"id": "oxbeam-en", "title": "Oxbeam Security Review", "format": "atom", "lang": "en"},
    {"id": "marrowby-en", "title": "Marrowby Business Daily — Asia", "format": "rss", "lang": "en"},
    {"id": "brenmoor-en", "title": "Brenmoor Broadcasting — World", "format": "atom", "lang": "en"},
    {"id": "ekaterina-ru", "title": "Пролив Екатерины — новости Курил и Сахалина", "format": "atom", "lang": "ru"},
    {"id": "stvor-ru", "title": "Дальний Створ — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "toko-ja", "title": "凍湖新聞デジタル", "format": "atom", "lang": "ja"},
    {"id": "chigusa-tv", "title": "千草放送 NEWS（根室・釧路）", "format": "rss", "lang": "ja"},
]

# outlets whose pages carry no metadata (date only in the visible byline)
NO_METADATA = {"marrowby-en", "stvor-ru"}

E = html.escape
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def _paras(body):
    return "\n".join(f"    <p>{E(p)}</p>" for p in body)


def _related(items, cls="related"):
    lis = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in items)
    return f'<aside class="{cls}"><ul>{lis}</ul></aside>'


def _jsonld(a, publisher):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["published"], "inLanguage": a["lang"],
         "publisher": {"@type": "Organization", "name": publisher}}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def _meta(a, site):
    return (f'<meta property="og:title" content="{E(a["title"])}">\n'
            f'<meta property="og:site_name" content="{E(site)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta name="description" content="{E(a["summary"])}">\n'
            f'<meta property="article:published_time" content="{a["published"]}">')


def page_tarrow(a, dt, related):
    date = f"{dt.strftime('%d')} {MONTHS_EN[dt.month-1]} {dt.year} {dt.strftime('%H:%M')} GMT"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{E(a['title'])} | Tarrowgate</title>
{_meta(a, 'Tarrowgate Press Service')}
{_jsonld(a, 'Tarrowgate Press Service')}
</head><body>
<div id="cookie-consent" class="banner">We use cookies to measure readership and personalise content. <button>Accept all</button> <button>Manage</button></div>
<header class="tg-top"><a class="logo" href="/">TARROWGATE</a>
<nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/sustainability">Sustainability</a></nav></header>
<main><article>
  <p class="kicker">Asia Pacific</p>
  <h1>{E(a['title'])}</h1>
  <p class="byline">{E(a['byline'])} · <time>{date}</time></p>
  <div class="share">Share: X · LinkedIn · Email</div>
{_paras(a['body'])}
  <p class="trust">Our standards: The Tarrowgate Trust Principles.</p>
</article>
{_related(related)}
</main>
<footer>© {dt.year} Tarrowgate Press Service. All rights reserved. · Terms of use · Privacy · Accessibility · Corrections</footer>
</body></html>
"""


def page_oxbeam(a, dt, related):
    date = f"{MONTHS_EN[dt.month-1]} {dt.day}, {dt.year}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{E(a['title'])} — Oxbeam Security Review</title>
{_meta(a, 'Oxbeam Security Review')}
<link rel="canonical" href="/articles/{a['id']}.html">
</head><body class="oxbeam">
<div class="gdpr">Oxbeam uses essential and analytics cookies. <a href="/privacy">Learn more</a> <button>OK</button></div>
<div class="topbar"><span>Subscribe to the Weekly Brief</span> <a href="/login">Sign in</a></div>
<header><h2 class="brand">OXBEAM<span> Security Review</span></h2>
<nav><ul><li>Indo-Pacific</li><li>Europe</li><li>Arctic</li><li>Defence Industry</li><li>Podcasts</li><li>Events</li></ul></nav></header>
<article class="story">
<h1>{E(a['title'])}</h1>
<div class="dek">{E(a['summary'])}</div>
<div class="meta">{E(a['byline'])} | {date}</div>
{_paras(a['body'])}
</article>
<section class="more"><h3>More from Indo-Pacific</h3>{_related(related, 'more-list')}</section>
<section class="comments"><h3>Comments (0)</h3><p>Comments are open to subscribers.</p></section>
<footer><p>Oxbeam Security Review · About · Advertise · Contact · © {dt.year}</p></footer>
</body></html>
"""


def page_marrowby(a, dt, related):
    # no metadata: no og/article tags, no JSON-LD; date only in the byline
    date = f"{MONTHS_EN[dt.month-1]} {dt.day}, {dt.year}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Marrowby Business Daily</title>
</head><body>
<div class="cookie">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="#">Close</a></div>
<div id="masthead"><a href="/">Marrowby Business Daily</a> <span class="tag">Asia edition</span></div>
<ul class="menu"><li>Markets</li><li>Companies</li><li>Energy</li><li>Shipping</li><li>Opinion</li><li>Data</li></ul>
<div class="ticker">Nikkei 225 ▲ · KOSPI ▼ · Brent ▲ · USD/JPY ▲</div>
<div class="content">
<h1>{E(a['title'])}</h1>
<div class="by">{E(a['byline'])} — {date}</div>
{_paras(a['body'])}
<div class="paywall-note">Marrowby subscribers get unlimited access. Subscribe now.</div>
</div>
<div class="sidebar"><h4>Most read</h4>{_related(related, 'mostread')}</div>
<div id="footer">Marrowby Business Daily | Contact | Subscriptions | Terms</div>
</body></html>
"""


def page_brenmoor(a, dt, related):
    date = f"{dt.day} {MONTHS_EN[dt.month-1]} {dt.year}"
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{E(a['title'])} - Brenmoor News</title>
{_meta(a, 'Brenmoor Broadcasting')}
</head><body>
<div class="consent-overlay"><p>Let us know you agree to cookies</p><button>Yes, I agree</button><button>No, take me to settings</button></div>
<header class="bb"><a href="/" class="bb-logo">BRENMOOR</a>
<nav>Home · News · Sport · Weather · iPlayer · Radio · World · Asia · Business</nav></header>
<main id="main-content"><article>
<h1 id="main-heading">{E(a['title'])}</h1>
<div class="contributor">{E(a['byline'])}</div>
<time>{date}</time>
{_paras(a['body'])}
</article>
<section><h2>Related topics</h2><p>Japan · Russia · Asia</p>{_related(related, 'related-topics')}</section>
</main>
<footer>Copyright © {dt.year} Brenmoor. Brenmoor is not responsible for the content of external sites. Read about our approach to external linking.</footer>
</body></html>
"""


def page_ekaterina(a, dt, related):
    date = f"{dt.day} {MONTHS_RU[dt.month-1]} {dt.year}, {dt.strftime('%H:%M')} (МСК+8)"
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{E(a['title'])} — Пролив Екатерины</title>
{_meta(a, 'Пролив Екатерины')}
{_jsonld(a, 'Пролив Екатерины')}
</head><body>
<div class="cookies">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим. <button>Понятно</button></div>
<header><a href="/" class="logo">Пролив Екатерины</a> <span>Южно-Сахалинск −3°</span>
<nav>Новости · Курилы · Сахалин · Экономика · Политика · Происшествия · Общество · Рыба</nav></header>
<div class="article-wrap">
<span class="rubric">{E(a['byline'])}</span>
<h1>{E(a['title'])}</h1>
<div class="date">{date}</div>
<div class="lead"><b>{E(a['summary'])}</b></div>
{_paras(a['body'])}
<div class="share">Поделиться: ВКонтакте · Telegram · Одноклассники</div>
<p class="subscribe">Подписывайтесь на наш канал в Telegram</p>
</div>
<div class="readmore"><h3>Читайте также</h3>{_related(related)}</div>
<footer>© {dt.year} «Пролив Екатерины». Сетевое издание. 16+. При использовании материалов ссылка обязательна.</footer>
</body></html>
"""


def page_stvor(a, dt, related):
    # no metadata: date only in the visible byline
    date = f"{dt.strftime('%d.%m.%Y')} {dt.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>Дальний Створ</title>
</head><body>
<div id="cookie">Сайт использует cookie. <a href="#">Согласен</a></div>
<div class="head"><a href="/">ДАЛЬНИЙ СТВОР</a> — лента новостей Дальнего Востока</div>
<div class="menu">Лента | Политика | Экономика | Флот | Культура | Спецпроекты</div>
<div class="news">
<h1>{E(a['title'])}</h1>
<div class="info">{date} · {E(a['byline'])}</div>
{_paras(a['body'])}
</div>
<div class="lenta"><b>Лента</b>{_related(related, 'lenta')}</div>
<div class="bottom">Дальний Створ © {dt.year}. Все права защищены. 18+</div>
</body></html>
"""


def page_toko(a, dt, related):
    date = f"{dt.year}年{dt.month}月{dt.day}日"
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>{E(a['title'])}｜凍湖新聞デジタル</title>
{_meta(a, '凍湖新聞デジタル')}
{_jsonld(a, '凍湖新聞社')}
</head><body>
<div class="cookie-bar">当サイトではサービス向上のためCookieを使用しています。<button>同意する</button></div>
<header><div class="logo">凍湖新聞デジタル</div>
<nav>トップ｜道東｜政治｜経済｜北方領土｜社会｜スポーツ｜おくやみ</nav>
<div class="login">会員登録・ログイン</div></header>
<main><article>
<h1>{E(a['title'])}</h1>
<p class="date">{date}　{E(a['byline'])}</p>
{_paras(a['body'])}
<p class="share">この記事をシェア：X　LINE　Facebook</p>
</article>
<section class="kanren"><h2>関連記事</h2>{_related(related)}</section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>根室のサンマ、初水揚げ</li><li>釧路湿原で野火</li></ol></section>
</main>
<footer>Copyright © 凍湖新聞社 All rights reserved.　無断転載を禁じます。</footer>
</body></html>
"""


def page_chigusa(a, dt, related):
    jst_hour = (dt.hour + 9) % 24
    date = f"{dt.year}年{dt.month}月{dt.day}日 {jst_hour}時{dt.minute:02d}分"
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>{E(a['title'])}｜千草放送 NEWS</title>
{_meta(a, '千草放送 NEWS')}
</head><body>
<div id="cookie-notice">千草放送はクッキーを利用しています。詳しくはプライバシーポリシーをご覧ください。<a href="#">閉じる</a></div>
<header><a href="/" class="logo">千草放送 NEWS（根室・釧路）</a>
<nav>ニュース｜天気｜番組表｜特集｜動画｜投稿</nav></header>
<div class="news-body">
<h1>{E(a['title'])}</h1>
<p class="time">{date}</p>
{_paras(a['body'])}
<p class="video">▶ この動画をみる（1分32秒）</p>
</div>
<aside><h3>このほかのニュース</h3>{_related(related)}</aside>
<footer>© Chigusa Broadcasting Co., Ltd.　番組へのご意見・お問い合わせ</footer>
</body></html>
"""


TEMPLATES = {
    "tarrow-en": page_tarrow, "oxbeam-en": page_oxbeam, "marrowby-en": page_marrowby,
    "brenmoor-en": page_brenmoor, "ekaterina-ru": page_ekaterina, "stvor-ru": page_stvor,
    "toko-ja": page_toko, "chigusa-tv": page_chigusa,
}
