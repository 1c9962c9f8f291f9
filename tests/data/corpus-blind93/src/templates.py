"""Page templates of the eight invented outlets of the b93 corpus.

Each outlet has its own chrome (navigation, cookie banner, related stories, footer) and its
own metadata policy. ostrander-en and chanai-ja publish pages without any metadata
(no og:, no JSON-LD, no article:published_time)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def utc(art) -> datetime:
    return datetime.fromisoformat(art["published"].replace("Z", "+00:00"))


def local(art, hours: int) -> datetime:
    return utc(art).astimezone(timezone(timedelta(hours=hours)))


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def slug(art) -> str:
    return art["key"]


def body_html(art, pclass: str = "", qclass: str = "pull", h: str = "h2") -> str:
    out = []
    pc = f' class="{pclass}"' if pclass else ""
    for para in art["body"]:
        if para.startswith("## "):
            out.append(f"<{h}>{escape(para[3:])}</{h}>")
        elif para.startswith("> "):
            out.append(f'<blockquote class="{qclass}"><p>{escape(para[2:])}</p></blockquote>')
        elif para.startswith("Q| "):
            out.append(f'<p class="question"><strong>{escape(para[3:])}</strong></p>')
        else:
            out.append(f"<p{pc}>{escape(para)}</p>")
    return "\n".join(out)


def links(items, cls="") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{c}><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in items)


# --------------------------------------------------------------------------- Larchmere (en, rss)

LARCH_RELATED = {
    "Asia": [("/asia/china-property-curbs", "China widens property support as sales slump"),
             ("/asia/korea-chip-exports", "South Korea chip exports hit record"),
             ("/asia/philippines-shoal", "Philippine coast guard reports water cannon use near shoal")],
    "Security": [("/security/taiwan-drills", "Taiwan holds annual Han Kuang drills"),
                 ("/security/aukus-subs", "AUKUS partners sign submarine supply pact"),
                 ("/security/japan-budget", "Japan's defence budget request tops record")],
    "Environment": [("/environment/pacific-heat", "Marine heatwave lingers off northern Japan"),
                    ("/environment/salmon-alaska", "Alaska salmon forecast mixed for Bristol Bay")],
}


def larchmere(art) -> str:
    dt = utc(art)
    shown = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt.strftime('%I:%M %p').lstrip('0')} GMT"
    url = f"https://www.larchmeredispatch.com/{art['section'].lower()}/{slug(art)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "datePublished": iso(dt), "dateModified": iso(dt), "inLanguage": "en",
          "author": [{"@type": "Person", "name": art["author"]}],
          "publisher": {"@type": "Organization", "name": "Larchmere Dispatch"},
          "mainEntityOfPage": url, "articleSection": art["section"],
          "description": art["summary"]}
    related = LARCH_RELATED.get(art["section"], LARCH_RELATED["Asia"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art['title'])} | Larchmere Dispatch</title>
<meta name="description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Larchmere Dispatch">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso(dt)}">
<meta property="article:section" content="{escape(art['section'])}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/lm-2024.css">
</head>
<body class="article-page">
<div id="consent" class="consent-bar" role="dialog">
  <p>We use cookies and similar technologies to personalise content and measure traffic. See our <a href="/privacy">privacy statement</a>.</p>
  <button type="button">Accept all</button> <button type="button">Manage choices</button>
</div>
<header class="lm-header">
  <a class="lm-logo" href="/">LARCHMERE</a>
  <nav class="lm-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/markets">Markets</a></li>
    <li><a href="/energy">Energy</a></li><li><a href="/security">Security</a></li><li><a href="/environment">Environment</a></li>
    <li><a href="/pictures">Pictures</a></li>
  </ul></nav>
  <form class="lm-search" action="/search"><input name="q" placeholder="Search Larchmere"></form>
</header>
<div class="lm-ticker">Markets: Nikkei 225 &#9650; 0.4% &middot; USD/JPY 151.3 &middot; Brent $82.10</div>
<main>
<article class="lm-story">
  <p class="lm-kicker"><a href="/{art['section'].lower()}">{escape(art['section'])}</a></p>
  <h1>{escape(art['title'])}</h1>
  <div class="lm-byline">By <span class="author">{escape(art['author'])}</span> &middot; <time>{shown}</time> &middot; 3 min read</div>
  <div class="lm-share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div>
  <div class="lm-body">
{body_html(art)}
  </div>
  <p class="lm-standards">Our Standards: <a href="/trust">The Larchmere Trust Principles.</a></p>
</article>
<aside class="lm-related">
  <h3>More from {escape(art['section'])}</h3>
  <ul>
{links(related)}
  </ul>
</aside>
</main>
<footer class="lm-footer">
  <ul><li><a href="/about">About Larchmere</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li></ul>
  <p>&copy; {dt.year} Larchmere Dispatch. All quotes delayed a minimum of 15 minutes.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Plumbline (en, atom)

PLUMB_MORE = [("/analysis/mekong-dams", "The Mekong's dams and the politics of low water"),
              ("/analysis/mongolia-corridor", "Mongolia's third-neighbour policy meets the rail map"),
              ("/column/sea-lanes", "Who watches the sea lanes when everyone is watching Taiwan?"),
              ("/notebook/sakhalin-winter", "Notebook: a Sakhalin winter, in prices")]


def plumbline(art) -> str:
    dt = utc(art)
    shown = f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    url = f"https://plumbline-review.net/{art['section'].lower()}/{dt.year}/{slug(art)}"
    dek = art.get("dek") or art["summary"]
    more = [m for m in PLUMB_MORE][:3]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(art['title'])} — The Plumbline Review</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="The Plumbline Review">
<meta property="article:published_time" content="{iso(dt)}">
<meta property="article:author" content="{escape(art['author'])}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="cookie-notice">This site uses essential cookies only. <a href="/cookies">Read more</a> <button>OK</button></div>
<header class="masthead">
  <div class="brand"><a href="/">The Plumbline Review</a><span class="tagline">Eurasia &amp; Pacific, considered</span></div>
  <nav><a href="/analysis">Analysis</a> | <a href="/column">Columns</a> | <a href="/interview">Interviews</a> | <a href="/notebook">Notebook</a> | <a href="/podcast">Podcast</a> | <a href="/subscribe" class="cta">Subscribe</a></nav>
</header>
<main class="longread">
  <div class="section-label">{escape(art['section'])}</div>
  <h1 class="headline">{escape(art['title'])}</h1>
  <h2 class="standfirst">{escape(dek)}</h2>
  <div class="meta"><span class="by">{escape(art['author'])}</span> <span class="date">{shown}</span> <span class="read">7 min read</span></div>
  <figure class="lead-img"><img src="/img/{slug(art)}.jpg" alt=""><figcaption>Photograph: Plumbline archive</figcaption></figure>
  <div class="prose">
{body_html(art, qclass="pullquote", h="h3")}
  </div>
  <div class="author-box"><strong>{escape(art['author'])}</strong> is a contributing writer for The Plumbline Review.</div>
  <div class="share-row">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
  <section class="newsletter"><h4>The Plumbline Weekly</h4><p>One email every Friday. The region, explained without the noise.</p><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></section>
  <section class="keep-reading"><h4>Keep reading</h4><ul>
{links(more)}
  </ul></section>
  <section class="comments"><h4>Comments (4)</h4><p class="comments-closed">Comments are open to subscribers. <a href="/login">Log in</a></p></section>
</main>
<footer><p>The Plumbline Review is published by Plumbline Media Ltd. <a href="/about">About</a> · <a href="/ethics">Editorial code</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Ostrander (en, rss, NO metadata)

OSTR_MOST_READ = ["Rail strike called off after late-night talks",
                  "Heat records tumble across southern Europe",
                  "Central bank holds rates, signals patience",
                  "Museum returns bronze heads to Benin",
                  "Opinion: the case for a four-day school week"]


def ostrander(art) -> str:
    dt = utc(art)
    shown = f"{dt.strftime('%A')}, {EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(art['title'])} - Ostrander Times</title>
<link rel="stylesheet" href="/css/ot.css">
</head>
<body>
<table class="topbar" width="100%"><tr><td><a href="/">OSTRANDER TIMES</a></td><td align="right">{shown} &nbsp; <a href="/epaper">E-paper</a> &nbsp; <a href="/login">Sign in</a></td></tr></table>
<div class="gdpr">Cookies help us deliver our services. By using this site you agree to our use of cookies. <a href="/cookies">Learn more</a> <a href="#" class="close">Got it</a></div>
<div class="menu"><a href="/">Home</a> &middot; <a href="/world">World</a> &middot; <a href="/asia">Asia</a> &middot; <a href="/business">Business</a> &middot; <a href="/life">Life</a> &middot; <a href="/sport">Sport</a> &middot; <a href="/opinion">Opinion</a> &middot; <a href="/weather">Weather</a></div>
<div class="ad ad-leaderboard">Advertisement</div>
<div id="content">
  <div class="crumbs"><a href="/">Home</a> &gt; <a href="/{art['section'].lower()}">{escape(art['section'])}</a></div>
  <div class="story">
    <h1>{escape(art['title'])}</h1>
    <div class="standfirst">{escape(art['summary'])}</div>
    <div class="byline">By {escape(art['author'])}, Staff Writer | {shown}</div>
    <div class="storybody">
{body_html(art)}
    </div>
    <div class="tags">Filed under: {escape(art['section'])}</div>
    <div class="ad ad-inline">Advertisement</div>
  </div>
  <div class="sidebar">
    <h3>Most read</h3>
    <ol>
{chr(10).join(f'<li><a href="/story/{i}">{escape(t)}</a></li>' for i, t in enumerate(OSTR_MOST_READ, 101))}
    </ol>
    <div class="ad ad-mpu">Advertisement</div>
  </div>
</div>
<div class="footer">Ostrander Times &middot; <a href="/contact">Contact us</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/corrections">Corrections</a> &middot; All rights reserved.</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Tillerman (en, atom)

def tillerman(art) -> str:
    dt = utc(art)
    shown = f"{dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year} · {dt.strftime('%H:%M')} UTC"
    url = f"https://tillerman.markets/brief/{dt.strftime('%Y%m%d')}-{slug(art)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "datePublished": iso(dt), "author": {"@type": "Person", "name": art["author"]},
          "publisher": {"@type": "Organization", "name": "Tillerman Markets Brief"},
          "url": url, "description": art["summary"], "inLanguage": "en"}
    kp = "".join(f"<li>{escape(k)}</li>" for k in art.get("keypoints", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(art['title'])} · Tillerman</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{escape(art['title'])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="tm-consent">Tillerman uses cookies for analytics and to remember your watchlist. <a href="/privacy">Privacy</a> <button>Accept</button> <button>Reject non-essential</button></div>
<header class="tm-top">
  <a class="tm-brand" href="/">TILLERMAN <small>Markets Brief</small></a>
  <nav><a href="/markets">Markets</a><a href="/companies">Companies</a><a href="/energy">Energy</a><a href="/economy">Economy</a><a href="/commodities">Commodities</a><a href="/data">Data</a></nav>
</header>
<div class="tm-strip"><span>NIKKEI 38,412 +0.3%</span><span>HSI 17,905 -0.6%</span><span>KOSPI 2,611 +0.1%</span><span>JKM LNG $12.2</span><span>USD/RUB 89.4</span></div>
<main class="tm-article">
  <div class="tm-section">{escape(art['section'])}</div>
  <h1>{escape(art['title'])}</h1>
  <p class="tm-dek">{escape(art['summary'])}</p>
  <div class="tm-meta">{escape(art['author'])} · {shown}</div>
  <section class="tm-keypoints"><h2>Key points</h2><ul>{kp}</ul></section>
  <div class="tm-body">
{body_html(art, h="h3")}
  </div>
  <p class="tm-disclaimer">This brief is for information only and is not investment advice.</p>
</main>
<aside class="tm-side"><h3>Most followed</h3><ul><li><a href="/q/8031">Mitsui &amp; Co</a></li><li><a href="/q/8058">Mitsubishi Corp</a></li><li><a href="/q/9501">TEPCO Holdings</a></li><li><a href="/q/1605">Inpex</a></li></ul></aside>
<footer class="tm-foot">© {dt.year} Tillerman Markets Brief · Data delayed 20 minutes · <a href="/terms">Terms</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Perekat (ru, atom)

PEREKAT_MORE = [("/politics/2024/duma-budget", "Госдума приняла бюджет в первом чтении"),
                ("/economy/2024/key-rate", "ЦБ сохранил ключевую ставку"),
                ("/society/2024/schools", "Минпросвещения изменит расписание ЕГЭ"),
                ("/world/2024/asean", "Лавров проведёт переговоры с коллегами из АСЕАН")]


def perekat(art) -> str:
    dt = local(art, 3)
    shown = f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt.strftime('%H:%M')}"
    url = f"https://perekat.ru/news/{dt.strftime('%Y/%m/%d')}/{slug(art)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "datePublished": iso(dt), "dateModified": iso(dt),
          "author": {"@type": "Person", "name": art["author"]},
          "publisher": {"@type": "Organization", "name": "Перекат"},
          "description": art["summary"], "inLanguage": "ru", "url": url}
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art['title'])} — Перекат</title>
<meta name="description" content="{escape(art['summary'])}">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="ru_RU">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">условиями</a>. <button>Понятно</button></div>
<header class="pk-head">
  <a href="/" class="pk-logo">ПЕРЕКАТ<span>федеральная лента</span></a>
  <nav class="pk-menu"><a href="/politics">Политика</a><a href="/economy">Экономика</a><a href="/society">Общество</a><a href="/army">Армия</a><a href="/incidents">Происшествия</a><a href="/world">В мире</a><a href="/sport">Спорт</a></nav>
  <span class="pk-age">18+</span>
</header>
<div class="pk-main-line"><b>Главное:</b> <a href="/live">Онлайн-трансляция</a> · <a href="/weather">Погода</a> · <a href="/rates">Курсы валют</a></div>
<main>
  <article class="pk-article">
    <div class="pk-rubric">{escape(art['section'])}</div>
    <time class="pk-time">{shown}</time>
    <h1>{escape(art['title'])}</h1>
    <div class="pk-lead">{escape(art['summary'])}</div>
    <div class="pk-text">
{body_html(art)}
    </div>
    <div class="pk-author">Автор: {escape(art['author'])}</div>
    <div class="pk-tags">Теги: <a href="/tag/mid">МИД</a> <a href="/tag/japan">Япония</a> <a href="/tag/far-east">Дальний Восток</a></div>
    <div class="pk-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
    <div class="pk-sub">Подписывайтесь на «Перекат» в мессенджерах — главное за день в одном сообщении.</div>
  </article>
  <aside class="pk-more"><h3>Читайте также</h3><ul>
{links(PEREKAT_MORE)}
  </ul></aside>
</main>
<footer class="pk-foot">
  <p>Сетевое издание «Перекат». Свидетельство о регистрации СМИ Эл № ФС 77-00000. Главный редактор — А. В. Ледовской.</p>
  <p>При использовании материалов ссылка на «Перекат» обязательна. <a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Bagulnik (ru, rss)

BAGUL_COMMENTS = [
    [("Сахалинец_65", "Главное, чтобы по деньгам потом не вышло как всегда."),
     ("Марина К.", "Хоть что-то хорошее для островов. Спасибо за новость.")],
    [("kunashir_blog", "У нас в Южном об этом все уже неделю говорят, а официально только сейчас."),
     ("Гость", "Лучше бы дорогу до Головнино сделали.")],
    [("Виктор", "Посмотрим, сколько продержится."),
     ("Ольга_Корсаков", "Билеты на теплоход опять не достать, а вы про другое пишете.")],
    [("Nik", "Интересно, а японцы что говорят?"),
     ("Старожил", "В девяностые тоже много обещали.")],
]

BAGUL_MORE = [("/news/zhkh/otoplenie", "В Южно-Сахалинске начали испытания теплосетей"),
              ("/news/transport/avia", "Авиакомпания «Аврора» изменила расписание рейсов на Курилы"),
              ("/news/society/shkola", "В Углегорске открыли отремонтированную школу"),
              ("/news/afisha/teatr", "Чеховский центр покажет премьеру в ноябре")]


def bagulnik(art, idx: int) -> str:
    dt = local(art, 11)
    shown = dt.strftime("%d.%m.%Y %H:%M")
    url = f"https://bagulnik-sakh.ru/news/{art['section'].lower()}/{slug(art)}"
    comments = "\n".join(
        f'<div class="comment"><span class="nick">{escape(n)}</span><p>{escape(t)}</p></div>'
        for n, t in BAGUL_COMMENTS[idx % len(BAGUL_COMMENTS)])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(art['title'])} | Багульник</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Багульник — сахалинская газета онлайн">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso(dt)}">
</head>
<body>
<div class="b-top">
  <span class="b-weather">Южно-Сахалинск: +4° облачно</span>
  <span class="b-rates">USD 92,15 · EUR 99,40 · CNY 12,71</span>
  <a href="/login">Войти</a>
</div>
<header class="b-header">
  <a class="b-logo" href="/">Багульник<small>сахалинская газета онлайн</small></a>
  <nav><a href="/news">Новости</a><a href="/news/kurily">Курилы</a><a href="/news/society">Общество</a><a href="/news/economy">Экономика</a><a href="/news/zhkh">ЖКХ</a><a href="/news/transport">Транспорт</a><a href="/afisha">Афиша</a></nav>
</header>
<div class="b-cookie">Сайт использует cookie и сервисы веб-аналитики. <a href="/policy">Подробнее</a> <button>Согласен</button></div>
<main class="b-main">
  <article>
    <div class="b-rubric">{escape(art['section'])}</div>
    <h1>{escape(art['title'])}</h1>
    <div class="b-date">{shown} · {escape(art['author'])}</div>
    <p class="b-anons"><b>{escape(art['summary'])}</b></p>
    <div class="b-text">
{body_html(art)}
    </div>
    <p class="b-note">Есть новость? Пишите нам в мессенджерах или на почту редакции.</p>
    <div class="b-share">Поделиться: ВК · ОК · Telegram · WhatsApp</div>
  </article>
  <section class="b-comments"><h3>Комментарии</h3>
{comments}
  </section>
  <aside class="b-more"><h3>Другие новости</h3><ul>
{links(BAGUL_MORE)}
  </ul></aside>
</main>
<footer class="b-footer">© 2012–{dt.year} «Багульник». Все права защищены. 16+ · <a href="/about">Редакция</a> · <a href="/ads">Реклама на сайте</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Chanai (ja, rss, NO metadata)

CHANAI_RELATED = [("/news/local/kombu", "昆布漁の解禁日決まる　歯舞地区"),
                  ("/news/local/sanma", "サンマ棒受け網漁、初水揚げは平年並み"),
                  ("/news/local/school", "落石小で閉校記念式典"),
                  ("/news/local/kanko", "春国岱でバードウオッチング講座")]


def chanai(art) -> str:
    dt = local(art, 9)
    shown = f"{dt.year}年{dt.month}月{dt.day}日（{JA_WEEK[dt.weekday()]}） {dt.strftime('%H:%M')}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(art['title'])}｜茶内タイムズ 電子版</title>
<link rel="stylesheet" href="/common/css/style.css">
</head>
<body>
<div id="header">
  <div class="logo"><a href="/">茶内タイムズ<span>電子版</span></a></div>
  <div class="h-links"><a href="/subscribe">購読のお申し込み</a>｜<a href="/login">ログイン</a>｜<a href="/contact">お問い合わせ</a></div>
</div>
<div id="gnav"><ul>
  <li><a href="/">トップ</a></li><li><a href="/news/local">地域</a></li><li><a href="/news/fishery">漁業</a></li><li><a href="/news/hoppo">北方領土</a></li><li><a href="/news/editorial">社説</a></li><li><a href="/news/sports">スポーツ</a></li><li><a href="/okuyami">おくやみ</a></li>
</ul></div>
<div id="cookie">当サイトではサービス向上のためクッキーを使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<div id="contents">
  <div id="main">
    <div class="pankuzu"><a href="/">トップ</a> ＞ {escape(art['section'])}</div>
    <h1 class="title">{escape(art['title'])}</h1>
    <p class="date">{shown}</p>
    <div class="honbun">
{body_html(art)}
    </div>
    <p class="kiji-credit">（{escape(art['author'])}）</p>
    <div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
    <div class="kanren"><h2>関連記事</h2><ul>
{links(CHANAI_RELATED)}
    </ul></div>
  </div>
  <div id="side">
    <div class="bn">広告</div>
    <h3>アクセスランキング</h3>
    <ol><li>道東道、冬季の通行止め情報</li><li>根室市議会、一般質問の日程決まる</li><li>浜中町でエゾシカ対策の講習会</li></ol>
  </div>
</div>
<div id="footer">
  <p>茶内タイムズ社　北海道厚岸郡浜中町</p>
  <p>記事・写真・図表の無断転載を禁じます。</p>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Fudo (ja, atom)

FUDO_RECOMMEND = [("/article/economy/hotate", "ホタテ輸出、東南アジア向け好調"),
                  ("/article/society/kuma", "ヒグマ出没、道東で相次ぐ　注意呼びかけ"),
                  ("/article/hoppo/kataribe", "元島民の語り部、小学校で出前授業"),
                  ("/article/economy/ryohi", "道内空港の旅客数、コロナ前水準に")]


def fudo(art) -> str:
    dt = local(art, 9)
    shown = dt.strftime("%Y/%m/%d %H:%M")
    url = f"https://okhotsk-fudo.jp/article/{dt.strftime('%Y%m%d')}/{slug(art)}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(art['title'])} - オホーツク風土新聞デジタル</title>
<meta name="description" content="{escape(art['summary'])}">
<meta property="og:title" content="{escape(art['title'])}">
<meta property="og:description" content="{escape(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="オホーツク風土新聞デジタル">
<meta property="article:published_time" content="{iso(dt)}">
</head>
<body>
<header class="fd-header">
  <p class="fd-logo"><a href="/">オホーツク風土新聞<span>デジタル</span></a></p>
  <nav class="fd-nav"><a href="/">トップ</a><a href="/doto">道東</a><a href="/hoppo">北方領土</a><a href="/economy">経済</a><a href="/society">社会</a><a href="/sports">スポーツ</a><a href="/opinion">論説・解説</a></nav>
  <a class="fd-member" href="/member">会員登録（無料）</a>
</header>
<div class="fd-cookie">本サイトはCookieを利用しています。引き続きご利用いただく場合、<a href="/privacy">プライバシーポリシー</a>に同意したものとみなします。<button>閉じる</button></div>
<main class="fd-main">
  <article>
    <p class="fd-cat">{escape(art['section'])}</p>
    <h1>{escape(art['title'])}</h1>
    <p class="fd-date"><time>{shown}</time>　{escape(art['author'])}</p>
    <div class="fd-share">この記事をシェア　<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">はてなブックマーク</a></div>
    <div class="fd-body">
{body_html(art)}
    </div>
  </article>
  <section class="fd-recommend"><h2>おすすめ記事</h2><ul>
{links(FUDO_RECOMMEND)}
  </ul></section>
</main>
<footer class="fd-footer">
  <ul><li><a href="/company">会社案内</a></li><li><a href="/kiyaku">利用規約</a></li><li><a href="/ad">広告掲載</a></li></ul>
  <p>Copyright © オホーツク風土新聞社 All rights reserved. 掲載記事・写真の無断転載を禁じます。</p>
</footer>
</body>
</html>
"""


RENDER = {
    "larchmere-en": lambda a, i: larchmere(a),
    "plumbline-en": lambda a, i: plumbline(a),
    "ostrander-en": lambda a, i: ostrander(a),
    "tillerman-en": lambda a, i: tillerman(a),
    "perekat-ru": lambda a, i: perekat(a),
    "bagulnik-ru": bagulnik,
    "chanai-ja": lambda a, i: chanai(a),
    "fudo-ja": lambda a, i: fudo(a),
}
