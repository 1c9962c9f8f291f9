"""The eight invented outlets of the blind86 world and their page templates.

Two outlets (pacific-slate, shimaji-ja) serve pages without og: tags or JSON-LD.
Links in the chrome are site-relative and never point to /articles/.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "dunlin-wire", "title": "Dunlin Wire - World & Asia", "format": "rss", "lang": "en"},
    {"id": "tealbridge", "title": "The Tealbridge Observer - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "pacific-slate", "title": "Pacific Slate - North Asia politics & business", "format": "rss", "lang": "en"},
    {"id": "kromka-sakh", "title": "Кромка — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "shturman-ru", "title": "ИА «Штурман» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "dipdigest-ru", "title": "Дипдайджест — официальные заявления и брифинги", "format": "rss", "lang": "ru"},
    {"id": "shimaji-ja", "title": "島路新聞デジタル（根室・羅臼）", "format": "atom", "lang": "ja"},
    {"id": "kaimei-ja", "title": "海鳴通信ニュース", "format": "rss", "lang": "ja"},
]

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def _t(a, hours: int) -> datetime:
    dt = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    return dt.astimezone(timezone(timedelta(hours=hours)))


def _iso(a, hours: int) -> str:
    return _t(a, hours).isoformat()


def _paras(a) -> str:
    out = []
    for p in a["body"]:
        if p.startswith("##"):
            out.append(f"<h2>{p[2:].strip()}</h2>")
        elif p.startswith("<"):
            out.append(p)
        else:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def _words(a) -> int:
    return sum(len(p.split()) for p in a["body"])


def _jsonld(a, site: str, hours: int, author: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": _iso(a, hours),
        "dateModified": _iso(a, hours),
        "inLanguage": a["lang"],
        "author": {"@type": "Person" if author else "Organization", "name": author or site},
        "publisher": {"@type": "Organization", "name": site},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# ------------------------------------------------------------------ Dunlin Wire (en, rss)

DUNLIN_RELATED = [
    ("/world/asia-pacific/japan-russia-fisheries-quota", "Japan, Russia fisheries talks end without deal on mackerel"),
    ("/world/europe/russia-peace-treaty-japan-2022", "FACTBOX-Why Russia and Japan never signed a WW2 peace treaty"),
    ("/markets/commodities/sakhalin-lng-cargoes", "Sakhalin LNG cargoes to Japan steady despite sanctions"),
    ("/world/asia-pacific/hokkaido-scallop-exports", "Hokkaido scallop exporters look beyond China"),
]


def dunlin(a, feed) -> str:
    t = _t(a, 0)
    stamp = f"{EN_MONTHS[t.month-1]} {t.day}, {t.year} {t.strftime('%-I:%M %p')} GMT"
    author = a.get("author", "Dunlin staff")
    rel = "\n".join(f'<li><a href="{h}">{E(x)}</a></li>' for h, x in DUNLIN_RELATED)
    tags = " ".join(f'<a class="tag" href="/tags/{E(x.lower().replace(" ", "-"))}">{E(x)}</a>'
                    for x in a.get("tags", ["World", "Asia Pacific"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Dunlin Wire</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:site_name" content="Dunlin Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="article:published_time" content="{_iso(a, 0)}">
<meta property="article:section" content="World">
{_jsonld(a, 'Dunlin Wire', 0, author)}
<link rel="stylesheet" href="/static/dw.min.css">
</head>
<body class="article-page">
<div id="consent" class="consent-bar" role="dialog">
  <p>We use cookies and similar technologies to personalise content and ads and to analyse traffic.
  By clicking "Accept all" you agree to this. <a href="/privacy">Privacy statement</a></p>
  <button>Accept all</button> <button>Manage preferences</button>
</div>
<header class="masthead">
  <a class="logo" href="/">DUNLIN WIRE</a>
  <nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
  <a href="/world/asia-pacific">Asia Pacific</a> <a href="/world/europe">Europe</a>
  <a href="/breakingviews">Views</a> <a href="/video">Video</a></nav>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a>
</header>
<main>
<article>
  <div class="section-label"><a href="/world/asia-pacific">Asia Pacific</a></div>
  <h1>{E(a['title'])}</h1>
  <div class="byline">By {E(author)}</div>
  <time datetime="{_iso(a, 0)}">{stamp}</time>
  <div class="share"><a href="/share/x">Share on X</a> <a href="/share/linkedin">LinkedIn</a> <a href="/share/email">Email</a> <a href="#">Copy link</a></div>
  <div class="article-body">
{_paras(a)}
  </div>
  <p class="trust">Our Standards: <a href="/trust-principles">The Dunlin Trust Principles.</a></p>
  <div class="tags">{tags}</div>
</article>
<aside class="related">
  <h3>Read next</h3>
  <ul>
{rel}
  </ul>
</aside>
</main>
<footer>
  <p>Dunlin Wire, the news and media division of Dunlin Holdings, is a provider of multimedia news.</p>
  <nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
  <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Dunlin Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Tealbridge Observer (en, atom)

TEAL_RELATED = [
    ("/asia/hokkaido-fishing-towns-decline", "The slow emptying of Hokkaido's fishing towns"),
    ("/analysis/russia-far-east-pivot", "Moscow's Far East pivot, ten years on"),
    ("/asia/senkaku-patrols-explained", "The Senkakus, explained in five charts"),
    ("/opinion/japan-defence-budget", "Opinion: Japan's defence budget is not the story"),
]


def tealbridge(a, feed) -> str:
    t = _t(a, 9)
    stamp = f"{t.day} {EN_MONTHS[t.month-1]} {t.year}"
    author = a.get("author", "Tealbridge correspondents")
    kicker = a.get("kicker", "Asia")
    rel = "\n".join(f'<li><a href="{h}">{E(x)}</a></li>' for h, x in TEAL_RELATED)
    comments = a.get("comments", [])
    ctext = "\n".join(f'<li><b>{E(n)}</b><p>{E(c)}</p></li>' for n, c in comments)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — The Tealbridge Observer</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Tealbridge Observer">
<meta property="article:published_time" content="{_iso(a, 9)}">
<meta name="twitter:card" content="summary_large_image">
{_jsonld(a, 'The Tealbridge Observer', 9, author)}
</head>
<body>
<div class="cookie-notice">
  <strong>Your privacy</strong> We and our partners use cookies to improve your experience and to measure
  our audience. <a href="/cookie-policy">Read our cookie policy</a>.
  <button>OK</button> <button>Reject non-essential</button>
</div>
<header>
  <div class="top"><a href="/newsletters">Newsletters</a> · <a href="/subscribe">Subscribe from £1</a> · <a href="/login">Log in</a></div>
  <a class="brand" href="/">The Tealbridge Observer</a>
  <nav class="sections"><a href="/asia">Asia</a> <a href="/pacific">Pacific</a> <a href="/analysis">Analysis</a>
  <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/podcasts">Podcasts</a></nav>
</header>
<main class="story">
  <p class="kicker">{E(kicker)}</p>
  <h1 class="headline">{E(a['title'])}</h1>
  <p class="standfirst">{E(a['summary'])}</p>
  <p class="meta">{E(author)} · <time datetime="{_iso(a, 9)}">{stamp}</time> · {max(2, _words(a)//200)} min read</p>
  <div class="sharebar"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a> <a href="/s/wa">WhatsApp</a> <a href="/s/mail">Email</a></div>
  <div class="story-body">
{_paras(a)}
  </div>
  <div class="newsletter-box">Get the Asia Briefing in your inbox every weekday. <a href="/newsletters/asia">Sign up</a></div>
  <section class="more"><h2>More from Asia</h2><ul>
{rel}
  </ul></section>
  <section class="comments"><h2>Comments ({len(comments)})</h2><ul>
{ctext}
  </ul><p>Comments are moderated. <a href="/community-guidelines">Community guidelines</a></p></section>
</main>
<footer>
  <p>The Tealbridge Observer is published by Tealbridge Media Ltd. Registered in England and Wales.</p>
  <p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/complaints">Complaints</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p>
  <p>&copy; Tealbridge Media {t.year}</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Pacific Slate (en, rss) -- no metadata

SLATE_RELATED = [
    ("/economy/yen-weakness-exporters", "Weak yen: who wins, who loses"),
    ("/energy/lng-contracts-asia", "Asian buyers lock in long-term LNG"),
    ("/politics/ldp-factions", "Inside the LDP's post-faction era"),
]


def slate(a, feed) -> str:
    t = _t(a, 9)
    stamp = t.strftime("%Y-%m-%d %H:%M") + " JST"
    author = a.get("author", "Slate Desk")
    rel = "\n".join(f'<li><a href="{h}">{E(x)}</a></li>' for h, x in SLATE_RELATED)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Pacific Slate</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/slate.css">
</head>
<body>
<div class="gdpr">This site uses cookies. Continuing means you accept them. <a href="/cookies">More</a> <a href="#" class="close">X</a></div>
<div id="top">
<a href="/"><img src="/img/slate-logo.png" alt="Pacific Slate"></a>
<ul class="menu"><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li>
<li><a href="/energy">Energy</a></li><li><a href="/security">Security</a></li><li><a href="/korea">Korea</a></li>
<li><a href="/china">China</a></li><li><a href="/russia">Russia</a></li></ul>
<form action="/search"><input name="q" placeholder="Search"></form>
</div>
<div id="content">
<div class="post">
<h1>{E(a['title'])}</h1>
<div class="postmeta">Posted {stamp} by {E(author)} | <a href="/russia">{E(a.get('section', 'Politics'))}</a></div>
{_paras(a)}
<div class="sharethis">Share: <a href="/sh/tw">Twitter</a> <a href="/sh/fb">Facebook</a> <a href="/sh/li">LinkedIn</a></div>
</div>
<div class="sidebar">
<h4>Popular this week</h4>
<ol>
{rel}
</ol>
<div class="ad">Advertisement</div>
</div>
</div>
<div id="footer">Pacific Slate &middot; Independent reporting on North Asia since 2011 &middot; <a href="/about">About</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a><br>&copy; {t.year} Pacific Slate KK, Tokyo</div>
</body>
</html>
"""


# ------------------------------------------------------------------ Кромка (ru, rss)

KROMKA_RELATED = [
    ("/news/economy/lososevaya-putina-itogi", "Лососёвая путина: рыбаки области выполнили план на 80%"),
    ("/news/society/parom-vanino-holmsk", "Паромы Ванино — Холмск снова идут по расписанию"),
    ("/news/kurily/aeroport-iturup-pogoda", "Аэропорт Итурупа третий день закрыт из-за тумана"),
    ("/news/society/shkola-yuzhno-kurilsk", "В Южно-Курильске открыли новую спортплощадку"),
]


def kromka(a, feed) -> str:
    t = _t(a, 11)
    stamp = f"{t.day} {RU_MONTHS[t.month-1]} {t.year}, {t.strftime('%H:%M')}"
    author = a.get("author", "")
    rel = "\n".join(f'<li><a href="{h}">{E(x)}</a></li>' for h, x in KROMKA_RELATED)
    rubric = a.get("rubric", "Курилы")
    by = f'<div class="author">Автор: {E(author)}</div>' if author else ""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(a['title'])} — Кромка</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="Кромка">
<meta property="article:published_time" content="{_iso(a, 11)}">
</head>
<body>
<div class="top-line">Южно-Сахалинск · <span class="weather">−2 °C</span> · <a href="/kurs">Курс ЦБ</a> · <a href="/afisha">Афиша</a></div>
<header class="site-header">
  <a class="logo" href="/">КРОМКА</a>
  <ul class="rubrics"><li><a href="/news">Новости</a></li><li><a href="/kurily">Курилы</a></li>
  <li><a href="/economy">Экономика</a></li><li><a href="/society">Общество</a></li>
  <li><a href="/incidents">Происшествия</a></li><li><a href="/sport">Спорт</a></li><li><a href="/opinion">Мнения</a></li></ul>
</header>
<main class="content">
  <div class="crumbs"><a href="/">Главная</a> / <a href="/news">Новости</a> / {E(rubric)}</div>
  <article class="news-full">
    <h1>{E(a['title'])}</h1>
    <div class="date">{stamp}</div>
    <div class="lead"><strong>{E(a['summary'])}</strong></div>
{_paras(a)}
    {by}
    <div class="share">Поделиться: <a href="/share/vk">ВКонтакте</a> <a href="/share/ok">Одноклассники</a> <a href="/share/tg">Telegram</a></div>
    <p class="subscribe-tg">Подписывайтесь на «Кромку» в <a href="/tg">Telegram</a> — главные новости островов каждый день.</p>
  </article>
  <aside class="also"><h3>Читайте также</h3><ul>
{rel}
  </ul></aside>
</main>
<div class="cookie-warning">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<footer>
  <p>Сетевое издание «Кромка». Свидетельство о регистрации Эл № ФС77-81533. Учредитель ООО «Медиагруппа Кромка». Главный редактор — Н. В. Осипова.</p>
  <p>18+ · При использовании материалов ссылка на «Кромку» обязательна · <a href="/contacts">Контакты</a> · <a href="/ads">Реклама</a></p>
  <p>&copy; 2016–{t.year}</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ ИА «Штурман» (ru, atom)

SHTURMAN_RELATED = [
    ("/politics/mid-briefing-week", "МИД России: итоги недели"),
    ("/world/asia/kitai-rossiya-torgovlya", "Товарооборот России и Китая за девять месяцев"),
    ("/economy/nefteprovod-vsto", "Прокачка по ВСТО выросла на 3%"),
]


def shturman(a, feed) -> str:
    t = _t(a, 3)
    stamp = f"{t.day} {RU_MONTHS[t.month-1]} {t.year}, {t.strftime('%H:%M')} МСК"
    rel = "\n".join(f'<li><a href="{h}">{E(x)}</a></li>' for h, x in SHTURMAN_RELATED)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | ИА «Штурман»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{_iso(a, 3)}">
{_jsonld(a, 'ИА «Штурман»', 3, a.get('author', ''))}
</head>
<body>
<nav class="main-nav"><a class="logo" href="/">ШТУРМАН</a>
<a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a>
<a href="/society">Общество</a> <a href="/defense">Армия</a> <a href="/regions">Регионы</a> <a href="/lenta">Лента</a></nav>
<div class="wrap">
<div class="rubric">{E(a.get('rubric', 'Политика'))}</div>
<h1>{E(a['title'])}</h1>
<div class="pub">{stamp}</div>
<div class="announce">{E(a['summary'])}</div>
<div class="text">
{_paras(a)}
</div>
<div class="source-note">Полное или частичное воспроизведение материалов без ссылки на ИА «Штурман» запрещено.</div>
<div class="tg">Читайте «Штурман» в <a href="/tg">Telegram</a> и <a href="/dzen">Дзене</a></div>
<div class="related"><h4>Ещё по теме</h4><ul>
{rel}
</ul></div>
</div>
<div class="cookies">Сайт использует cookie-файлы и сервис веб-аналитики. <a href="/cookie">Подробнее</a> <button>Принять</button></div>
<footer>Информационное агентство «Штурман». Регистрационный номер ИА № ФС77-79412. &copy; {t.year} · <a href="/about">О нас</a> · <a href="/contacts">Контакты</a> · 16+</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Дипдайджест (ru, rss)

def dipdigest(a, feed) -> str:
    t = _t(a, 3)
    stamp = f"{t.strftime('%d.%m.%Y %H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} — Дипдайджест</title>
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Дипдайджест">
<meta property="article:published_time" content="{_iso(a, 3)}">
</head>
<body>
<header><a href="/" class="logo">Дипдайджест</a>
<span class="tagline">официальные заявления, брифинги, комментарии</span>
<nav><a href="/statements">Заявления</a> <a href="/briefings">Брифинги</a> <a href="/interviews">Интервью</a>
<a href="/documents">Документы</a> <a href="/regions/asia">Азия</a> <a href="/archive">Архив</a></nav></header>
<div class="cookie">Мы используем cookie для корректной работы сайта. <a href="/cookie">Условия</a> <button>OK</button></div>
<main>
<div class="doc-type">{E(a.get('doctype', 'Комментарий'))}</div>
<h1>{E(a['title'])}</h1>
<div class="date">{stamp}</div>
<div class="doc">
{_paras(a)}
</div>
<div class="print"><a href="#">Версия для печати</a> · <a href="#">Отправить</a></div>
<div class="see-also"><b>См. также:</b> <a href="/briefings/archive">Архив брифингов</a> · <a href="/documents/asia">Документы: Азия и Тихий океан</a></div>
</main>
<footer>«Дипдайджест» публикует тексты официальных заявлений по открытым источникам. &copy; {t.year}. <a href="/about">О проекте</a></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 島路新聞 (ja, atom) -- no metadata

SHIMAJI_RELATED = [
    ("/news/local/sanma-kyo-2", "サンマ初水揚げ、昨年並み　花咲港"),
    ("/news/local/nemuro-byoin", "市立根室病院、内科医2人着任へ"),
    ("/news/local/rausu-shachi", "羅臼沖にシャチの群れ　観光船から歓声"),
    ("/news/hoppo/kataribe", "【連載】島を語る（12）"),
]


def shimaji(a, feed) -> str:
    t = _t(a, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日 {t.strftime('%H:%M')}"
    rel = "\n".join(f'<li><a href="{h}">{E(x)}</a></li>' for h, x in SHIMAJI_RELATED)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}｜島路新聞デジタル</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="cookie-consent">当サイトではサービス向上のためCookieを使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header>
<div class="logo"><a href="/">島路新聞デジタル</a><span>根室・羅臼・別海・中標津</span></div>
<ul class="gnav"><li><a href="/news/local">地域</a></li><li><a href="/news/hoppo">北方領土</a></li><li><a href="/news/gyogyo">漁業</a></li>
<li><a href="/news/keizai">経済</a></li><li><a href="/news/sports">スポーツ</a></li><li><a href="/news/okuyami">おくやみ</a></li></ul>
<div class="login"><a href="/member">会員登録</a>｜<a href="/login">ログイン</a></div>
</header>
<div class="main">
<div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/news/{E(a.get('cat', 'hoppo'))}">{E(a.get('catname', '北方領土'))}</a></div>
<div class="kiji">
<h1>{E(a['title'])}</h1>
<p class="hiduke">{stamp}</p>
{_paras(a)}
</div>
<div class="member-only">この記事は会員限定記事です。続きは紙面でもお読みいただけます。</div>
<div class="sns"><a href="/share/line">LINEで送る</a> <a href="/share/x">ポスト</a> <a href="/share/fb">シェア</a></div>
<div class="kanren"><h3>関連記事</h3><ul>
{rel}
</ul></div>
</div>
<footer>
<p>島路新聞社　〒087-00XX 北海道根室市　TEL 0153-2X-XXXX</p>
<p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は島路新聞社またはその情報提供者に属します。</p>
<p>Copyright &copy; {t.year} Shimaji Shimbun. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 海鳴通信 (ja, rss)

KAIMEI_RELATED = [
    ("/politics/kokkai-yosan", "予算案、衆院委で可決へ　与野党攻防"),
    ("/intl/ukraine-shien", "ウクライナ復興支援会議、東京で開催へ"),
    ("/economy/hotate-yushutsu", "ホタテ輸出、東南アジア向け拡大"),
    ("/intl/chugoku-kaikei", "中国海警船、尖閣周辺で航行続く"),
]


def kaimei(a, feed) -> str:
    t = _t(a, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日（{JA_WEEK[t.weekday()]}） {t.strftime('%H:%M')}"
    rel = "\n".join(f'<li><a href="{h}">{E(x)}</a></li>' for h, x in KAIMEI_RELATED)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} - 海鳴通信ニュース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="海鳴通信ニュース">
<meta property="article:published_time" content="{_iso(a, 9)}">
{_jsonld(a, '海鳴通信ニュース', 9, '')}
</head>
<body>
<header class="hd">
<a class="logo" href="/">海鳴通信</a>
<nav><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/intl">国際</a> <a href="/economy">経済</a>
<a href="/society">社会</a> <a href="/region">地域</a> <a href="/sports">スポーツ</a> <a href="/ranking">ランキング</a></nav>
</header>
<div class="contents">
<article>
<div class="genre">{E(a.get('genre', '国際'))}</div>
<h1>{E(a['title'])}</h1>
<time datetime="{_iso(a, 9)}">{stamp}</time>
<div class="honbun">
{_paras(a)}
</div>
<p class="credit">【海鳴通信】</p>
<div class="share"><a href="/share/x">X</a> <a href="/share/fb">Facebook</a> <a href="/share/line">LINE</a> <a href="/share/hatena">はてブ</a></div>
</article>
<aside><h2>あわせて読みたい</h2><ul>
{rel}
</ul>
<div class="ad">広告</div></aside>
</div>
<div class="cookie">本サイトはクッキーを利用しています。引き続き閲覧することで、クッキーの利用に同意したものとみなします。<a href="/privacy">プライバシーポリシー</a> <button>閉じる</button></div>
<footer><a href="/company">会社概要</a>｜<a href="/privacy">個人情報保護方針</a>｜<a href="/terms">利用規約</a>｜<a href="/contact">お問い合わせ</a><br>
&copy; {t.year} 海鳴通信社 無断転載・複製を禁じます。</footer>
</body>
</html>
"""


TEMPLATES = {
    "dunlin-wire": dunlin,
    "tealbridge": tealbridge,
    "pacific-slate": slate,
    "kromka-sakh": kromka,
    "shturman-ru": shturman,
    "dipdigest-ru": dipdigest,
    "shimaji-ja": shimaji,
    "kaimei-ja": kaimei,
}


def render_page(a, feed) -> str:
    return TEMPLATES[feed["id"]](a, feed)
