"""Page templates for the eight invented outlets of the blind39 corpus.

Every outlet has its own chrome: navigation, cookie banner, share bar, related
stories, footer. Some outlets omit metadata (no og: tags, no JSON-LD) on purpose.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

E = html.escape


def paras(body: list[str]) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


def jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "description": a["summary"],
        "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": (a["published"] + timedelta(minutes=a.get("modified_after", 0))).isoformat().replace("+00:00", "Z"),
        "inLanguage": lang, "author": {"@type": "Person", "name": a.get("byline", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a: dict, site: str, with_time: bool = True) -> str:
    s = (f'<meta property="og:type" content="article">\n'
         f'<meta property="og:site_name" content="{E(site)}">\n'
         f'<meta property="og:title" content="{E(a["title"])}">\n'
         f'<meta property="og:description" content="{E(a["summary"])}">\n'
         f'<meta property="og:url" content="/articles/{a["id"]}.html">\n')
    if with_time:
        s += f'<meta property="article:published_time" content="{a["published"].isoformat()}">\n'
    return s


def local(a: dict, hours: int) -> datetime:
    return a["published"].astimezone(timezone(timedelta(hours=hours)))


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def related_list(items: list[str], cls: str = "rel") -> str:
    return "".join(f'<li class="{cls}"><a href="#">{E(t)}</a></li>' for t in items)


# --------------------------------------------------------------- Pennant Bay Wire (en, rss)

PENNANT_RELATED = [
    "Markets: Nikkei ends week higher as exporters rally",
    "Hokkaido scallop exporters look beyond China",
    "Explainer: What are the Northern Territories?",
    "Typhoon season forecast: fewer storms, stronger winds",
    "Analysis: Tokyo's defence budget in five charts",
]


def pennant(a: dict) -> str:
    d = local(a, 9)
    when = f"{EN_MONTHS[d.month-1]} {d.day}, {d.year} {d:%H:%M} JST"
    meta = og(a, "Pennant Bay Wire") + jsonld(a, "Pennant Bay Wire", "en") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Pennant Bay Wire</title>
<meta name="description" content="{E(a["summary"])}">
{meta}
<link rel="stylesheet" href="/static/pbw.css">
</head>
<body class="pbw article">
<div id="consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to personalise content, measure traffic and show relevant ads. <a href="#">Privacy policy</a></p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="pbw-top">
  <a class="logo" href="/">PENNANT BAY <span>WIRE</span></a>
  <nav class="primary"><ul><li><a href="#">World</a></li><li><a href="#">Asia</a></li><li><a href="#">Business</a></li><li><a href="#">Markets</a></li><li><a href="#">Energy</a></li><li><a href="#">Tech</a></li><li><a href="#">Opinion</a></li></ul></nav>
  <form class="search"><input type="search" placeholder="Search Pennant Bay"><button>Go</button></form>
  <a class="signin" href="#">Sign in</a>
</header>
<main>
<div class="crumbs"><a href="#">Home</a> &rsaquo; <a href="#">{E(a.get("section", "Asia"))}</a></div>
<article class="story">
  <h1>{E(a["title"])}</h1>
  <div class="byline">By {E(a.get("byline", "Pennant Bay Wire staff"))} &middot; <time datetime="{a["published"].isoformat()}">{when}</time></div>
  <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="story-body">
{paras(a["body"])}
  </div>
  <p class="trust">Our standards: <a href="#">The Pennant Bay Trust Principles</a>.</p>
</article>
<aside class="more"><h3>Read next</h3><ul>{related_list(a.get("related", PENNANT_RELATED))}</ul></aside>
<aside class="nl"><h3>Asia Morning Brief</h3><p>The stories moving Asia, in your inbox before markets open.</p><input type="email" placeholder="Email address"><button>Sign up</button></aside>
</main>
<footer class="pbw-foot">
  <ul><li><a href="#">About us</a></li><li><a href="#">Careers</a></li><li><a href="#">Contact</a></li><li><a href="#">Terms of use</a></li><li><a href="#">Privacy</a></li><li><a href="#">Cookie settings</a></li><li><a href="#">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {d.year} Pennant Bay Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------- The Longreach Review (en, atom)

LONGREACH_RELATED = [
    "Long read: The fishermen of Nemuro and the line they cannot cross",
    "Why Japan's Russia policy outlived three prime ministers",
    "The Okhotsk Sea is getting crowded",
    "Podcast: Sakhalin, sanctions and the LNG that never stopped",
]


def longreach(a: dict) -> str:
    d = local(a, 0)
    when = f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"
    meta = og(a, "The Longreach Review") if a.get("meta", True) else ""
    kicker = a.get("kicker", "North Pacific")
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} — The Longreach Review</title>
<meta name="viewport" content="width=device-width">
{meta}<link rel="alternate" type="application/atom+xml" href="/feeds/longreach-en.xml" title="The Longreach Review">
</head>
<body>
<div class="cookie-wall" id="cw"><div class="cw-inner"><h4>Your privacy</h4><p>The Longreach Review and our partners store and access information on your device to run this site, measure readership and, with your consent, show you personalised advertising.</p><button>I agree</button><button>Reject non-essential</button><a href="#">Customise</a></div></div>
<div class="masthead"><a href="/" class="wordmark">The Longreach Review</a><span class="tagline">North Pacific affairs, at length</span>
<nav><a href="#">Politics</a> | <a href="#">Security</a> | <a href="#">Economy</a> | <a href="#">Long reads</a> | <a href="#">Podcasts</a> | <a href="#">Newsletters</a> | <a href="#" class="sub">Subscribe</a></nav></div>
<div class="wrap">
<article>
<p class="kicker">{E(kicker)}</p>
<h1 class="hed">{E(a["title"])}</h1>
<p class="dek">{E(a["summary"])}</p>
<p class="meta">{E(a.get("byline", "Longreach staff"))} &bull; {when} &bull; {a.get("readtime", 5)} min read</p>
<div class="content">
{paras(a["body"])}
</div>
<p class="endnote">This article appeared in the print edition under the headline &ldquo;{E(a.get("print_hed", a["title"]))}&rdquo;.</p>
<div class="sharebar">Share: <a href="#">Bluesky</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>
</article>
<section class="comments"><h3>Comments ({a.get("ncomments", 0)})</h3>{a.get("comments_html", "<p>Comments are open to subscribers.</p>")}</section>
<section class="related"><h3>More from the Review</h3><ol>{related_list(a.get("related", LONGREACH_RELATED))}</ol></section>
</div>
<footer><p>The Longreach Review is published by Longreach Media Ltd. Registered in England. &copy; {d.year}</p><p><a href="#">About</a> · <a href="#">Contact the editors</a> · <a href="#">Corrections</a> · <a href="#">Privacy notice</a> · <a href="#">RSS/Atom</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------- Sturgeon Point Dispatch (en, rss)

STURGEON_RELATED = [
    "Yen slides past key level as BOJ holds",
    "Seoul, Tokyo pledge closer coast guard coordination",
    "Opinion: Asia's maritime quarrels need better lawyers",
    "Photos: Drift ice reaches Hokkaido's Okhotsk coast",
]


def sturgeon(a: dict) -> str:
    d = local(a, 8)
    when = f"{EN_MONTHS[d.month-1][:3]} {d.day}, {d.year}, {d:%I:%M %p}".replace(" 0", " ")
    meta = (og(a, "Sturgeon Point Dispatch", with_time=False)
            + jsonld(a, "Sturgeon Point Dispatch", "en")) if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{meta}
</head>
<body>
<div class="gdpr" id="gdpr-banner">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="#">Learn more</a> <button onclick="void(0)">OK</button></div>
<div class="topbar"><span class="edition">Asia edition</span> <a href="#">Subscribe</a> <a href="#">Log in</a></div>
<header><a href="/" class="brand">Sturgeon Point Dispatch</a>
<ul class="menu"><li><a href="#">Latest</a></li><li><a href="#">China</a></li><li><a href="#">Japan</a></li><li><a href="#">Koreas</a></li><li><a href="#">Southeast Asia</a></li><li><a href="#">Russia &amp; Central Asia</a></li><li><a href="#">Business</a></li><li><a href="#">Opinion</a></li></ul></header>
<div class="adslot leaderboard">Advertisement</div>
<div class="article-wrap">
<span class="section-label">{E(a.get("section", "Asia"))}</span>
<h1>{E(a["title"])}</h1>
<div class="article-meta"><span class="author">{E(a.get("byline", "Dispatch reporters"))}</span> <span class="pubdate">Published: {when}</span></div>
<figure class="lead"><div class="ph"></div><figcaption>{E(a.get("caption", "File photo."))}</figcaption></figure>
<div class="article-body">
{paras(a["body"])}
</div>
<div class="tags">Topics: {" ".join(f'<a href="#">{E(t)}</a>' for t in a.get("tags", ["Asia"]))}</div>
</div>
<div class="sidebar"><h4>Most read</h4><ol>{related_list(a.get("related", STURGEON_RELATED))}</ol><div class="adslot mpu">Advertisement</div></div>
<footer class="site-footer"><nav><a href="#">About</a> <a href="#">Advertise</a> <a href="#">Contact</a> <a href="#">Terms</a> <a href="#">Privacy</a></nav><small>&copy; {d.year} Sturgeon Point Dispatch Ltd.</small></footer>
</body>
</html>
"""


# --------------------------------------------------------------- ИА «Траверз» (ru, rss)

TRAVERZ_RELATED = [
    "В Приморье стартовала путина лососёвых",
    "ЦБ сохранил ключевую ставку",
    "На Сахалине открыли новый участок трассы Южно-Сахалинск — Оха",
    "Росрыболовство подвело итоги минтаевой путины",
    "Прогноз погоды: на Дальний Восток идёт циклон",
]


def traverz(a: dict) -> str:
    d = local(a, 3)
    when = f"{d.day} {RU_MONTHS[d.month-1]} {d.year}, {d:%H:%M}"
    meta = og(a, "ИА «Траверз»") + jsonld(a, "ИА «Траверз»", "ru") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} — ИА «Траверз»</title>
<meta name="description" content="{E(a["summary"])}">
{meta}
</head>
<body>
<div class="cookie-notice">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="#">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<header class="tr-head">
<a class="tr-logo" href="/">ТРАВЕРЗ<small>информационное агентство</small></a>
<nav class="tr-nav"><a href="#">Главное</a><a href="#">Политика</a><a href="#">В мире</a><a href="#">Экономика</a><a href="#">Общество</a><a href="#">Армия</a><a href="#">Регионы</a><a href="#">Спорт</a></nav>
<div class="tr-rates">USD <b>—</b> EUR <b>—</b></div>
</header>
<main class="tr-main">
<div class="tr-rubric">{E(a.get("section", "Политика"))}</div>
<h1>{E(a["title"])}</h1>
<div class="tr-date">{when} (мск)</div>
<div class="tr-lead"><b>{E(a["summary"])}</b></div>
<div class="tr-text">
{paras(a["body"])}
</div>
<div class="tr-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
<div class="tr-subscribe">Подписывайтесь на канал «Траверза» в Telegram</div>
</main>
<aside class="tr-feed"><h3>Лента новостей</h3><ul>{related_list(a.get("related", TRAVERZ_RELATED))}</ul></aside>
<footer class="tr-foot"><p>Сетевое издание «Информационное агентство „Траверз“». Свидетельство о регистрации СМИ Эл № ФС77-00000. 18+</p><p>При полном или частичном использовании материалов ссылка на ИА «Траверз» обязательна.</p><p><a href="#">О проекте</a> · <a href="#">Реклама</a> · <a href="#">Контакты</a> · <a href="#">Политика конфиденциальности</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------- Итуруп-Пресс (ru, atom)

ITURUP_RELATED = [
    "Паромная переправа Корсаков — Курильск: расписание на неделю",
    "В Южно-Курильске отремонтируют набережную",
    "На Шикотане завершили путину сайры",
    "Курильчане получат дальневосточную ипотеку на новых условиях",
]


def iturup_press(a: dict) -> str:
    d = local(a, 11)
    when = f"{d:%d.%m.%Y} {d:%H:%M}"
    meta = og(a, "Итуруп-Пресс") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | Итуруп-Пресс</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}
</head>
<body>
<div class="ip-cookie"><span>Сайт использует cookie и сервис веб-аналитики.</span> <a href="#">Подробнее</a> <button>Согласен</button></div>
<div class="ip-top"><span class="ip-weather">Курильск: +4° · ветер СЗ 9 м/с</span> <span class="ip-time">Сахалинское время</span></div>
<header class="ip-header"><a href="/" class="ip-logo">Итуруп-Пресс</a><p class="ip-slogan">новости Курил и Сахалина</p>
<nav><ul><li><a href="#">Новости</a></li><li><a href="#">Курильский округ</a></li><li><a href="#">Южно-Курильский округ</a></li><li><a href="#">Сахалин</a></li><li><a href="#">Транспорт</a></li><li><a href="#">Фото</a></li><li><a href="#">Объявления</a></li></ul></nav></header>
<div class="ip-content">
<article class="ip-article">
<h1>{E(a["title"])}</h1>
<div class="ip-info"><span class="ip-date">{when}</span> · <span class="ip-views">Просмотров: {a.get("views", 1200)}</span> · <span class="ip-author">{E(a.get("byline", "Редакция"))}</span></div>
{paras(a["body"])}
<div class="ip-tags">Теги: {", ".join(f'<a href="#">{E(t)}</a>' for t in a.get("tags", ["Курилы"]))}</div>
<div class="ip-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
</article>
<div class="ip-comments"><h3>Комментарии</h3>{a.get("comments_html", "<p>Комментариев пока нет. Будьте первым!</p>")}<form><textarea placeholder="Ваш комментарий"></textarea><button>Отправить</button></form></div>
<aside class="ip-side"><h3>Читайте также</h3><ul>{related_list(a.get("related", ITURUP_RELATED))}</ul></aside>
</div>
<footer class="ip-footer">© 2015–{d.year} «Итуруп-Пресс». Все права защищены. 16+ <a href="#">Редакция</a> <a href="#">Реклама на сайте</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------- Вестник Евразии (ru, rss; no metadata)

VESTNIK_RELATED = [
    "Мнение: почему АСЕАН не спешит выбирать сторону",
    "Казахстан и Узбекистан подписали соглашение о водных ресурсах",
    "Эксперты: торговля с Индией выросла на треть",
    "Интервью: «Арктика остаётся зоной сотрудничества»",
]


def vestnik(a: dict) -> str:
    d = local(a, 3)
    when = f"{d.day} {RU_MONTHS[d.month-1]} {d.year}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}</title>
</head>
<body>
<div id="cookies">Продолжая работу с сайтом, вы даёте согласие на использование файлов cookie. <a href="#">Подробнее</a> <button>ОК</button></div>
<div class="ve-header"><a href="/" class="ve-logo">Вестник Евразии</a> <span>международное обозрение</span>
<ul class="ve-menu"><li><a href="#">Новости</a></li><li><a href="#">Азия</a></li><li><a href="#">Европа</a></li><li><a href="#">СНГ</a></li><li><a href="#">Аналитика</a></li><li><a href="#">Интервью</a></li><li><a href="#">Архив</a></li></ul></div>
<div class="ve-body">
<div class="ve-path"><a href="#">Главная</a> / <a href="#">{E(a.get("section", "Азия"))}</a></div>
<h1>{E(a["title"])}</h1>
<div class="ve-date">{when} · {E(a.get("byline", "Вестник Евразии"))}</div>
<div class="ve-article">
{paras(a["body"])}
</div>
<div class="ve-social">Поделиться: <a href="#">Telegram</a> <a href="#">ВКонтакте</a> <a href="#">Дзен</a></div>
<div class="ve-more"><h3>Другие материалы рубрики</h3><ul>{related_list(a.get("related", VESTNIK_RELATED))}</ul></div>
</div>
<div class="ve-footer"><p>© «Вестник Евразии», {d.year}. Мнение авторов может не совпадать с позицией редакции.</p><p><a href="#">Об издании</a> | <a href="#">Авторы</a> | <a href="#">Контакты</a></p></div>
</body>
</html>
"""


# --------------------------------------------------------------- 寒流新報デジタル (ja, rss)

KANRYU_RELATED = [
    "サンマ漁、今季も低水準　根室・花咲港",
    "道東の観光客、コロナ前の水準回復",
    "釧路・根室の高校、統廃合計画を公表",
    "流氷観光船、今季の運航始まる",
]


def kanryu(a: dict) -> str:
    d = local(a, 9)
    when = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    meta = og(a, "寒流新報デジタル") + jsonld(a, "寒流新報", "ja") if a.get("meta", True) else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])}｜寒流新報デジタル</title>
<meta name="description" content="{E(a["summary"])}">
{meta}
</head>
<body>
<div class="kr-cookie">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="#">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="kr-header"><a href="/" class="kr-logo">寒流新報<span>デジタル</span></a>
<nav class="kr-gnav"><a href="#">トップ</a><a href="#">道内</a><a href="#">根室・釧路</a><a href="#">政治</a><a href="#">経済</a><a href="#">国際</a><a href="#">北方領土</a><a href="#">スポーツ</a><a href="#">おくやみ</a></nav>
<div class="kr-member"><a href="#">ログイン</a> <a href="#" class="kr-reg">会員登録（無料）</a></div></header>
<main class="kr-main">
<p class="kr-cat">{E(a.get("section", "北方領土"))}</p>
<h1 class="kr-title">{E(a["title"])}</h1>
<p class="kr-date">{when}</p>
<div class="kr-sns"><a href="#">X（旧Twitter）</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
<div class="kr-body">
{paras(a["body"])}
</div>
<p class="kr-notice">この記事は会員限定記事です。続きは会員登録（無料）でお読みいただけます。</p>
<div class="kr-related"><h2>関連記事</h2><ul>{related_list(a.get("related", KANRYU_RELATED))}</ul></div>
</main>
<aside class="kr-rank"><h2>アクセスランキング</h2><ol><li><a href="#">根室で震度4　津波の心配なし</a></li><li><a href="#">花咲ガニ、今季初競り</a></li><li><a href="#">中標津空港、冬ダイヤ発表</a></li></ol></aside>
<footer class="kr-footer"><p><a href="#">会社案内</a>｜<a href="#">お問い合わせ</a>｜<a href="#">著作権・リンク</a>｜<a href="#">個人情報の取り扱い</a></p><p>Copyright © 寒流新報社 All rights reserved. 掲載の記事・写真・図表などの無断転載を禁止します。</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------- 千歳放送 NEWS (ja, atom)

CHITOSE_RELATED = [
    "【天気】週末は道東で大雪のおそれ",
    "新千歳空港、国際線の発着枠拡大へ",
    "札幌市、冬季五輪招致の方針を見直し",
    "特集：ふるさとの島を語り継ぐ",
]


def chitose(a: dict) -> str:
    d = local(a, 9)
    when = f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分"
    meta = og(a, "千歳放送 NEWS", with_time=False) if a.get("meta", True) else ""
    return f"""<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | 千歳放送 NEWS</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta}
</head>
<body>
<div class="cb-consent"><p>千歳放送のウェブサイトでは、利便性向上と広告配信のためにCookie等を利用しています。</p><button>すべて許可</button><button>設定</button></div>
<header class="cb-head"><a href="/" class="cb-logo">千歳放送 NEWS</a>
<ul class="cb-menu"><li><a href="#">ニュース</a></li><li><a href="#">特集</a></li><li><a href="#">天気</a></li><li><a href="#">番組</a></li><li><a href="#">ライブ配信</a></li></ul></header>
<div class="cb-wrap">
<article class="cb-article">
<h1>{E(a["title"])}</h1>
<p class="cb-time">{when}</p>
<div class="cb-player">動画再生には最新のブラウザが必要です</div>
<div class="cb-text">
{paras(a["body"])}
</div>
<div class="cb-share">この記事をシェア <a href="#">X</a> <a href="#">LINE</a> <a href="#">Facebook</a></div>
</article>
<section class="cb-more"><h2>関連ニュース</h2><ul>{related_list(a.get("related", CHITOSE_RELATED))}</ul></section>
</div>
<footer class="cb-foot"><p><a href="#">番組表</a> / <a href="#">会社概要</a> / <a href="#">放送番組審議会</a> / <a href="#">ご意見・お問い合わせ</a> / <a href="#">サイトポリシー</a></p><p>© Chitose Broadcasting Co., Ltd.</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "pennant-en": pennant, "longreach-en": longreach, "sturgeon-en": sturgeon,
    "traverz-ru": traverz, "iturup-press-ru": iturup_press, "vestnik-ru": vestnik,
    "kanryu-ja": kanryu, "chitose-ja": chitose,
}

FEEDS = [
    {"id": "pennant-en", "title": "Pennant Bay Wire - World", "format": "rss", "lang": "en"},
    {"id": "longreach-en", "title": "The Longreach Review - North Pacific affairs", "format": "atom", "lang": "en"},
    {"id": "sturgeon-en", "title": "Sturgeon Point Dispatch - Asia", "format": "rss", "lang": "en"},
    {"id": "traverz-ru", "title": "ИА «Траверз» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "iturup-press-ru", "title": "Итуруп-Пресс — новости Курил и Сахалина", "format": "atom", "lang": "ru"},
    {"id": "vestnik-ru", "title": "Вестник Евразии — международное обозрение", "format": "rss", "lang": "ru"},
    {"id": "kanryu-ja", "title": "寒流新報デジタル", "format": "rss", "lang": "ja"},
    {"id": "chitose-ja", "title": "千歳放送 NEWS", "format": "atom", "lang": "ja"},
]
