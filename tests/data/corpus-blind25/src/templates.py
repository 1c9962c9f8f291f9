"""Page templates of the eight invented outlets of blind25.

Each outlet has its own chrome (navigation, cookie notice, share buttons, related
stories, footer). Some outlets publish no metadata at all; others give Open Graph
tags, and some add JSON-LD NewsArticle. Individual articles may switch metadata off
(`meta: False`) to imitate older CMS pages.
"""
from __future__ import annotations

import json
from datetime import timedelta, timezone
from html import escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TZ = {
    "corvid-en": timezone.utc,
    "kelpline-en": timezone(timedelta(hours=9)),
    "meridale-en": timezone.utc,
    "lotsiya-ru": timezone(timedelta(hours=3)),
    "sopka-ru": timezone(timedelta(hours=11)),
    "taifun-ru": timezone(timedelta(hours=10)),
    "shibetsu-ja": timezone(timedelta(hours=9)),
    "chiyoda-ja": timezone(timedelta(hours=9)),
}


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def body_html(body: str) -> str:
    out = []
    for p in paras(body):
        if p.startswith("## "):
            out.append(f"<h2>{escape(p[3:])}</h2>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n".join(out)


def words(body: str) -> int:
    return len(body.split())


def og(a, site: str, locale: str) -> str:
    return (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{escape(site)}">\n'
            f'<meta property="og:locale" content="{locale}">\n'
            f'<meta property="og:title" content="{escape(a["title"])}">\n'
            f'<meta property="og:description" content="{escape(a["summary"])}">\n'
            f'<meta property="article:published_time" content="{a["published_iso"]}">\n')


def jsonld(a, site: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published_iso"],
        "dateModified": a["published_iso"],
        "inLanguage": lang,
        "author": {"@type": "Person" if a.get("author") else "Organization",
                   "name": a.get("author") or site},
        "publisher": {"@type": "Organization", "name": site},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>\n")


def rel_list(related: list[tuple[str, str]], cls: str = "") -> str:
    items = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in related)
    return f'<ul class="{cls}">{items}</ul>'


# --------------------------------------------------------------------------- corvid


def corvid(a, related) -> str:
    t = a["dt_local"]
    when = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} GMT"
    head = og(a, "Corvid Newswire", "en_GB") + jsonld(a, "Corvid Newswire", "en") if a.get("meta", True) else ""
    mins = max(2, words(a["body"]) // 220)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} | Corvid Newswire</title>
<meta name="description" content="{escape(a["summary"])}">
{head}<link rel="stylesheet" href="/static/corvid/main.4f1c.css">
</head>
<body class="article-page">
<div class="ticker" aria-hidden="true">NIKKEI 225 &#9650; 0.4% &middot; BRENT &#9660; 0.7% &middot; USD/JPY 151.2 &middot; EUR/USD 1.08</div>
<header class="site-header">
  <a class="logo" href="/">CORVID<span>newswire</span></a>
  <nav class="primary"><a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/world/asia-pacific">Asia Pacific</a><a href="/world/europe">Europe</a><a href="/technology">Technology</a><a href="/investigations">Investigations</a></nav>
  <a class="signin" href="/account/signin">Sign in</a> <a class="register" href="/account/register">Register</a>
</header>
<main>
<article>
  <div class="kicker"><a href="/world">World</a> &rsaquo; <a href="/world/asia-pacific">{escape(a.get("section", "Asia Pacific"))}</a></div>
  <h1>{escape(a["title"])}</h1>
  <div class="byline">By {escape(a.get("author", "Corvid staff"))} &middot; <time datetime="{a["published_iso"]}">{when}</time> &middot; {mins} min read</div>
  <div class="share"><span>Share</span> <a href="#" class="x">X</a> <a href="#" class="li">LinkedIn</a> <a href="#" class="mail">Email</a> <a href="#" class="link">Copy link</a></div>
  <div class="article-body">
{body_html(a["body"])}
  </div>
  <p class="credits">{escape(a.get("credits", "Editing by Martin Pryce"))}</p>
  <p class="standards"><a href="/about/standards">Our Standards: The Corvid Trust Principles.</a></p>
</article>
<aside class="read-next"><h2>Read Next</h2>{rel_list(related, "cards")}</aside>
</main>
<div id="cookie-banner" role="dialog"><p>We use cookies and similar technologies to personalise content, measure performance and for advertising. You can manage your choices at any time.</p><button>Accept all</button> <button>Reject all</button> <a href="/privacy/cookies">Cookie settings</a></div>
<footer class="site-footer">
  <nav><a href="/about">About Corvid</a><a href="/careers">Careers</a><a href="/contact">Contact</a><a href="/terms">Terms of use</a><a href="/privacy">Privacy</a><a href="/accessibility">Accessibility</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Corvid Newswire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- kelp line


def kelpline(a, related) -> str:
    t = a["dt_local"]
    ampm = "a.m." if t.hour < 12 else "p.m."
    h12 = t.hour % 12 or 12
    when = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}, {h12}:{t.minute:02d} {ampm} JST"
    head = og(a, "The Kelp Line", "en_US") if a.get("meta", True) else ""
    comments = a.get("comments") or []
    com_html = ""
    if comments:
        items = "".join(f'<li><b>{escape(n)}</b> <span class="ago">{escape(w)}</span><p>{escape(c)}</p></li>'
                        for n, w, c in comments)
        com_html = f'<section class="comments"><h3>{len(comments)} comments</h3><ol>{items}</ol><p class="rules">Comments are moderated. Please read our community guidelines.</p></section>'
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} — The Kelp Line</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{head}<link rel="icon" href="/favicon.png">
<link rel="stylesheet" href="/assets/kelp.css?v=31">
</head>
<body>
<div class="gdpr-modal" id="consent"><h2>We value your privacy</h2><p>The Kelp Line and our partners use cookies to keep this site running and to understand how it is read. Choose &ldquo;Accept&rdquo; to allow all cookies or &ldquo;Only necessary&rdquo; to continue without analytics.</p><button>Accept</button><button>Only necessary</button></div>
<header>
  <div class="mast"><a href="/" class="brand">The Kelp Line</a><span class="tag">Hokkaido &amp; North Pacific in English</span></div>
  <div class="wx">Nemuro 6&deg;C fog &middot; Kushiro 9&deg;C &middot; Sapporo 12&deg;C</div>
  <nav><a href="/nemuro">Nemuro</a> <a href="/kushiro">Kushiro</a> <a href="/sapporo">Sapporo</a> <a href="/fisheries">Fisheries</a> <a href="/islands">The Islands</a> <a href="/weather">Weather</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
</header>
<div class="wrap">
<article class="story">
  <p class="section">{escape(a.get("section", "The Islands"))}</p>
  <h1>{escape(a["title"])}</h1>
  <p class="dek">{escape(a["summary"])}</p>
  <p class="meta">By <span class="author">{escape(a.get("author", "Kelp Line staff"))}</span> &middot; Published {when}</p>
  {f'<figure><div class="ph"></div><figcaption>{escape(a["photo"])}</figcaption></figure>' if a.get("photo") else ""}
  <div class="story-body">
{body_html(a["body"])}
  </div>
  <div class="share-row">Share this story: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a> <a href="#">Email</a></div>
  <div class="newsletter"><h3>The Morning Catch</h3><p>Hokkaido&rsquo;s news, the fish prices and the weather, in your inbox at 6 a.m.</p><input placeholder="Email address"><button>Sign up</button></div>
</article>
{com_html}
<aside class="more"><h2>More from The Kelp Line</h2>{rel_list(related)}</aside>
</div>
<footer><p>The Kelp Line is an independent English-language news site based in Kushiro, Hokkaido.</p><p><a href="/about">About us</a> &middot; <a href="/tips">Send a tip</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a></p><p>&copy; {t.year} Kelp Line Media K.K.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- meridale


def meridale(a, related) -> str:
    t = a["dt_local"]
    when = f"{EN_DAYS[t.weekday()]} {t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    byline = a.get("author", "Chronicle Asia desk")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} - Meridale Chronicle</title>
<link rel="stylesheet" type="text/css" href="/css/chronicle-2019.css">
<script src="/js/paywall.min.js"></script>
</head>
<body>
<div id="masthead">
  <div class="date">{when}</div>
  <div class="title"><a href="/">The Meridale Chronicle</a></div>
  <div class="strap">Asia &amp; Pacific</div>
</div>
<div id="menu"><a href="/">Home</a> | <a href="/news/uk">UK</a> | <a href="/news/world">World</a> | <a href="/news/asia">Asia &amp; Pacific</a> | <a href="/business">Business</a> | <a href="/features">Features</a> | <a href="/comment">Comment</a> | <a href="/letters">Letters</a> | <a href="/obituaries">Obituaries</a></div>
<div id="paywall-note">You have read 2 of 5 free articles this month. <a href="/subscribe">Subscribe from &pound;1 a week</a></div>
<table id="layout"><tr><td id="content">
<div class="story">
<h1>{escape(a["title"])}</h1>
<h3 class="standfirst">{escape(a["summary"])}</h3>
<div class="by">{escape(byline)}</div>
{body_html(a["body"])}
<div class="tools"><a href="#">Print</a> | <a href="#">Email this article</a> | <a href="#">Share</a> | <a href="/corrections">Corrections</a></div>
</div>
</td><td id="side">
<div class="box"><h4>Most read</h4>{rel_list(a.get("most_read", [("/news/uk/rail", "Rail fares to rise by 4.6pc in March"), ("/features/gardens", "The secret gardens of the Welsh borders"), ("/comment/lords", "Letters: The Lords is not the problem")]))}</div>
<div class="box"><h4>Related</h4>{rel_list(related)}</div>
</td></tr></table>
<div id="cookies">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <a href="#" class="close">OK</a></div>
<div id="footer">&copy; Meridale Chronicle Newspapers Ltd {t.year}. Registered in England. | <a href="/contact">Contact us</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy policy</a> | <a href="/syndication">Syndication</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- lotsiya


def lotsiya(a, related) -> str:
    t = a["dt_local"]
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    head = og(a, "ИА «Лоция»", "ru_RU") + jsonld(a, "ИА «Лоция»", "ru") if a.get("meta", True) else ""
    tags = " ".join(f'<a href="/tag/{i}">{escape(x)}</a>' for i, x in enumerate(a.get("tags", [])))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(a["title"])} — ИА «Лоция»</title>
<meta name="description" content="{escape(a["summary"])}">
{head}<link rel="stylesheet" href="/s/lotsiya.css">
</head>
<body>
<header class="hdr">
  <a class="logo" href="/">ЛОЦИЯ<small>информационное агентство</small></a>
  <nav><a href="/">Главное</a><a href="/politika">Политика</a><a href="/ekonomika">Экономика</a><a href="/obshchestvo">Общество</a><a href="/regiony">Регионы</a><a href="/mir">В мире</a><a href="/nauka">Наука</a><a href="/foto">Фото</a></nav>
  <form class="search"><input placeholder="Поиск по сайту"></form>
</header>
<main class="layout">
<article class="news">
  <div class="rubric">{escape(a.get("section", "Политика"))}</div>
  <time datetime="{a["published_iso"]}">{when}</time>
  <h1>{escape(a["title"])}</h1>
  <div class="lead">{escape(a["summary"])}</div>
  <div class="text">
{body_html(a["body"])}
  </div>
  <div class="tags">{tags}</div>
  <div class="share">Поделиться: <a href="#">Telegram</a> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">WhatsApp</a></div>
</article>
<aside class="also"><h3>Читайте также</h3>{rel_list(related)}</aside>
</main>
<div class="cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookie-policy">условиями их использования</a>. <button>Принять</button></div>
<footer class="ftr">
  <p>Сетевое издание «ИА Лоция». Свидетельство о регистрации СМИ ЭЛ № ФС 77 - 81944 выдано Федеральной службой по надзору в сфере связи, информационных технологий и массовых коммуникаций.</p>
  <p>При использовании материалов ссылка на ИА «Лоция» обязательна. <span class="age">18+</span></p>
  <p>&copy; 2012–{t.year} ИА «Лоция»</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- sopka


def sopka(a, related) -> str:
    t = a["dt_local"]
    when = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year} {t:%H:%M}"
    head = og(a, "Сопка-Медиа", "ru_RU") if a.get("meta", True) else ""
    comments = a.get("comments") or []
    com = ""
    if comments:
        items = "".join(f'<div class="c"><b>{escape(n)}</b> <i>{escape(w)}</i><p>{escape(c)}</p></div>' for n, w, c in comments)
        com = f'<section class="comments"><h3>Комментарии ({len(comments)})</h3>{items}<p class="note">Комментарии публикуются после модерации.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<title>{escape(a["title"])} | Сопка-Медиа</title>
{head}<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/sopka.min.css">
</head>
<body>
<div class="topline"><span>Южно-Сахалинск &minus;2&deg; ветер СЗ 7 м/с</span> <span>USD 92,40 &middot; EUR 99,10</span> <a href="/send">Прислать новость</a></div>
<header><a href="/" class="logo">Сопка<span>-Медиа</span></a><nav><a href="/news">Новости</a><a href="/kurily">Курилы</a><a href="/yuzhno">Южно-Сахалинск</a><a href="/society">Общество</a><a href="/incidents">Происшествия</a><a href="/sport">Спорт</a><a href="/afisha">Афиша</a></nav></header>
<div class="crumbs"><a href="/">Главная</a> / <a href="/news">Новости</a> / <a href="/kurily">{escape(a.get("section", "Курилы"))}</a></div>
<article>
  <h1>{escape(a["title"])}</h1>
  <div class="info"><span class="date">{when}</span> <span class="author">{escape(a.get("author", "Редакция"))}</span> <span class="views">&#128065; {a.get("views", 1200)}</span></div>
  {f'<div class="photo"><div class="img"></div><p>{escape(a["photo"])}</p></div>' if a.get("photo") else ""}
  <div class="content">
{body_html(a["body"])}
  </div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <p class="subscribe">Подписывайтесь на «Сопку» в Telegram и ВКонтакте — главные новости островного края первыми.</p>
</article>
{com}
<aside><h3>Другие новости</h3>{rel_list(related)}</aside>
<div class="cookies">Сайт использует cookie-файлы и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <button>OK</button></div>
<footer><p>Сопка-Медиа — новости Сахалина и Курил. 16+</p><p>Учредитель и главный редактор — ООО «Сопка-Медиа». Редакция: 693000, г. Южно-Сахалинск. Телефон редакции: +7 (4242) 00-00-00</p><p>&copy; {t.year}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- taifun


def taifun(a, related) -> str:
    t = a["dt_local"]
    when = f"{t:%d.%m.%Y %H:%M}"
    desc = f'<meta name="description" content="{escape(a["summary"])}">\n' if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])}</title>
{desc}<link href="/tpl/taifun/style.css" rel="stylesheet">
</head>
<body>
<div class="adv top">Реклама</div>
<div id="head"><a href="/"><b>ТАЙФУН</b>.ДВ</a> <span>новости Дальнего Востока</span>
<ul class="menu"><li><a href="/news/">Лента</a></li><li><a href="/primorye/">Приморье</a></li><li><a href="/khabarovsk/">Хабаровск</a></li><li><a href="/sakhalin/">Сахалин и Курилы</a></li><li><a href="/kamchatka/">Камчатка</a></li><li><a href="/economy/">Экономика</a></li><li><a href="/asia/">АТР</a></li></ul></div>
<div id="page">
<div id="main">
<div class="date">{when}</div>
<h1>{escape(a["title"])}</h1>
{body_html(a["body"])}
<p class="src">{escape(a.get("author", "Тайфун.ДВ"))}</p>
<div class="social">Поделиться: ВК | ОК | Telegram</div>
</div>
<div id="right"><h3>Главное за сутки</h3>{rel_list(related)}<div class="adv">Реклама</div></div>
</div>
<div id="foot">Тайфун.ДВ &copy; 2009–{t.year}. Все права защищены. 16+ Перепечатка материалов без согласия редакции запрещена. <a href="/about/">О проекте</a> <a href="/reklama/">Реклама на сайте</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- shibetsu


def shibetsu(a, related) -> str:
    t = a["dt_local"]
    when = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    head = og(a, "標津浜通信 電子版", "ja_JP") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])}｜標津浜通信 電子版</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}<link rel="stylesheet" href="/common/css/hama.css">
</head>
<body>
<header id="hd">
  <p class="logo"><a href="/">標津浜通信<span>電子版</span></a></p>
  <p class="hd-date">根室管内・釧路管内の地域ニュース</p>
  <nav id="gnav"><ul><li><a href="/">トップ</a></li><li><a href="/area/">地域</a></li><li><a href="/fish/">漁業・水産</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/life/">くらし</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></nav>
</header>
<div id="pankuzu"><a href="/">トップ</a> &gt; <a href="/{a.get("sec_path", "hoppo")}/">{escape(a.get("section", "北方領土"))}</a> &gt; 記事</div>
<div id="wrap">
<article id="kiji">
  <h1>{escape(a["title"])}</h1>
  <p class="kiji-date">{when}</p>
  {f'<figure><div class="img"></div><figcaption>{escape(a["photo"])}</figcaption></figure>' if a.get("photo") else ""}
  <div class="honbun">
{body_html(a["body"])}
  </div>
  <div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
<aside id="kanren"><h2>関連記事</h2>{rel_list(related)}</aside>
<aside id="rank"><h2>アクセスランキング</h2><ol><li><a href="/life/">中標津で今季初の真冬日</a></li><li><a href="/fish/">秋サケ定置網、水揚げ前年比2割減</a></li><li><a href="/area/">羅臼・昆布干し体験に観光客</a></li></ol></aside>
</div>
<div id="cookie">当サイトでは、利便性の向上とアクセス解析のためにクッキー（Cookie）を使用しています。サイトの閲覧を続けることで、クッキーの使用に同意したものとみなします。<button>同意する</button></div>
<footer id="ft"><p><a href="/company/">会社案内</a>｜<a href="/koudoku/">購読のお申し込み</a>｜<a href="/privacy/">個人情報保護方針</a>｜<a href="/contact/">お問い合わせ</a></p><p>当サイトに掲載の記事・写真の無断転載を禁じます。</p><p>&copy; {t.year} 標津浜通信社</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- chiyoda


def chiyoda(a, related) -> str:
    t = a["dt_local"]
    when = f"{t.year}/{t.month}/{t.day} {t:%H:%M}"
    head = og(a, "千代田新報デジタル", "ja_JP") + jsonld(a, "千代田新報デジタル", "ja") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(a["title"])} - 千代田新報デジタル</title>
<meta name="description" content="{escape(a["summary"])}">
{head}<link rel="stylesheet" href="/assets/cs/app.css">
</head>
<body>
<div class="header">
  <a class="brand" href="/">千代田新報<em>デジタル</em></a>
  <ul class="gnav"><li><a href="/flash/">速報</a></li><li><a href="/politics/">政治</a></li><li><a href="/economy/">経済</a></li><li><a href="/world/">国際</a></li><li><a href="/national/">社会</a></li><li><a href="/local/">地域</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/opinion/">オピニオン</a></li></ul>
  <div class="member"><a href="/login/">ログイン</a> <a href="/join/" class="join">会員登録（無料）</a></div>
</div>
<main class="container">
<article class="article">
  <div class="category">{escape(a.get("section", "政治"))}</div>
  <h1 class="headline">{escape(a["title"])}</h1>
  <div class="article-meta"><time datetime="{a["published_iso"]}">{when}</time> <span class="credit">{escape(a.get("author", ""))}</span></div>
  <div class="article-body">
{body_html(a["body"])}
  </div>
  <div class="share"><a href="#">X（旧ツイッター）でシェア</a> <a href="#">Facebookでシェア</a> <a href="#">はてなブックマーク</a> <a href="#">LINEで送る</a></div>
  <div class="join-box">会員登録すると、月10本まで有料記事をお読みいただけます。<a href="/join/">無料会員登録</a></div>
</article>
<section class="recommend"><h2>この記事を読んだ人はこちらも</h2>{rel_list(related)}</section>
<section class="ranking"><h2>ランキング</h2><ol><li><a href="/economy/">長期金利、一時1.9%台に上昇</a></li><li><a href="/national/">大雨で東海道新幹線が一時運転見合わせ</a></li><li><a href="/sports/">大相撲　大関が初日から5連勝</a></li></ol></section>
</main>
<div class="cookie-consent">千代田新報デジタルは、サービス向上や広告配信のためにCookieを利用しています。詳しくは<a href="/policy/cookie/">Cookieポリシー</a>をご覧ください。<button>同意して閉じる</button></div>
<footer class="footer"><ul><li><a href="/about/">千代田新報について</a></li><li><a href="/terms/">利用規約</a></li><li><a href="/privacy/">プライバシーポリシー</a></li><li><a href="/ad/">広告掲載</a></li></ul><p>Copyright &copy; The Chiyoda Shimpo. All rights reserved. 記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


RENDER = {
    "corvid-en": corvid,
    "kelpline-en": kelpline,
    "meridale-en": meridale,
    "lotsiya-ru": lotsiya,
    "sopka-ru": sopka,
    "taifun-ru": taifun,
    "shibetsu-ja": shibetsu,
    "chiyoda-ja": chiyoda,
}

# headlines of unrelated stories each outlet shows beside its articles
FILLER = {
    "corvid-en": [("/business/autos", "Toyota raises annual profit forecast on weaker yen"),
                  ("/markets/commodities", "Oil steadies as traders weigh OPEC+ output plan"),
                  ("/world/europe", "EU interior ministers clash over asylum rules")],
    "kelpline-en": [("/kushiro/port", "Kushiro port handles record coal volumes"),
                    ("/weather/fog", "Why Nemuro gets more fog days than anywhere in Japan"),
                    ("/sapporo/snow-festival", "Snow festival organisers cut number of large sculptures")],
    "meridale-en": [("/news/asia/typhoon", "Typhoon leaves thousands without power in Okinawa"),
                    ("/news/asia/india-rail", "India opens its longest railway bridge"),
                    ("/business/whisky", "Japanese whisky makers struggle to meet demand")],
    "lotsiya-ru": [("/ekonomika/kurs", "Курс юаня на Мосбирже снизился на открытии торгов"),
                   ("/obshchestvo/ege", "Рособрнадзор утвердил расписание ЕГЭ"),
                   ("/mir/asean", "Лидеры АСЕАН обсудят ситуацию в Мьянме")],
    "sopka-ru": [("/yuzhno/remont", "В Южно-Сахалинске начали ремонт улицы Ленина"),
                 ("/society/paromy", "Паромы Ванино — Холмск возобновили рейсы после шторма"),
                 ("/sport/hockey", "«Сахалинские акулы» выиграли у «Амура» в овертайме")],
    "taifun-ru": [("/primorye/most", "На Русском мосту ограничат движение из-за ветра"),
                  ("/khabarovsk/amur", "Уровень Амура у Хабаровска поднялся на 40 см"),
                  ("/kamchatka/turizm", "Камчатка подсчитала туристов за сезон")],
    "shibetsu-ja": [("/area/", "中標津空港、羽田便を増便へ"),
                    ("/fish/", "ホタテ水揚げ、野付で順調"),
                    ("/life/", "別海の牧場で子牛の競り市")],
    "chiyoda-ja": [("/economy/", "日銀、政策金利を据え置き"),
                   ("/national/", "東京で真夏日、熱中症に注意"),
                   ("/world/", "米大統領、アジア歴訪へ")],
}
