# -*- coding: utf-8 -*-
"""Outlets of the blind125 corpus and their page templates.

Eight invented outlets. Two of them (lantern, beregovoy) publish bare pages: no og: tags,
no JSON-LD, no article:published_time - the date is only in the visible text.
"""
import hashlib
import html
import json
from datetime import timedelta

FEEDS = [
    {"id": "brigstock", "title": "Brigstock Newswire - Asia & World", "format": "rss", "lang": "en"},
    {"id": "fieldstone", "title": "The Fieldstone Review - World Affairs", "format": "atom", "lang": "en"},
    {"id": "lantern", "title": "Harbour Lantern - East Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "tallyline", "title": "Tallyline Business - Asia Markets", "format": "atom", "lang": "en"},
    {"id": "beregovoy", "title": "«Береговой ветер» — новости Южных Курил", "format": "rss", "lang": "ru"},
    {"id": "geliograf", "title": "Агентство «Гелиограф» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "higashihama", "title": "東浜日報 電子版（根室・標津）", "format": "rss", "lang": "ja"},
    {"id": "nichio", "title": "日央通信ニュース", "format": "atom", "lang": "ja"},
]

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _seed(aid: str) -> int:
    return int(hashlib.sha1(aid.encode()).hexdigest()[:8], 16)


def _pick(pool, aid, n=3):
    s = _seed(aid)
    out = []
    for i in range(len(pool)):
        item = pool[(s + i * 7) % len(pool)]
        if item not in out:
            out.append(item)
        if len(out) == n:
            break
    return out


def _slug(aid: str) -> str:
    return hashlib.md5(aid.encode()).hexdigest()[:10]


def _paras(body, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{E(p)}</p>" for p in body)


def _jsonld(art, meta, outlet_name, url_base, lang):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "description": art["summary"],
        "datePublished": meta["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": meta["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": lang,
        "author": {"@type": "Person", "name": art.get("byline", outlet_name)},
        "publisher": {"@type": "Organization", "name": outlet_name,
                      "logo": {"@type": "ImageObject", "url": f"{url_base}/static/logo.png"}},
        "articleSection": art.get("section", ""),
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# ------------------------------------------------------------------ Brigstock (en, rss)
BRIG_RELATED = [
    "Yen slides to three-month low as BOJ holds rates",
    "China, Philippines trade accusations after Second Thomas Shoal incident",
    "Hokkaido chip plant on track for 2027 start, Rapidus says",
    "South Korea, Japan agree to expand defence hotline",
    "Russia's Far East ports see record container volumes",
    "Taiwan holds annual Han Kuang drills",
    "Japan's Diet passes record defence budget",
    "Indonesia picks site for new capital's airport",
]


def brigstock(art, meta):
    pub = meta["published"]
    iso = pub.isoformat().replace("+00:00", "Z")
    url_base = "https://www.brigstock-news.example"
    rel = "".join(f'<li><a href="/world/asia/{_slug(meta["id"] + t)}">{E(t)}</a></li>'
                  for t in _pick(BRIG_RELATED, meta["id"]))
    when = f'{pub.strftime("%B")} {pub.day}, {pub.year} {pub.strftime("%H:%M")} GMT'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} | Brigstock Newswire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Brigstock Newswire">
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:image" content="{url_base}/img/share/{_slug(meta['id'])}.jpg">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{E(art.get('section', 'World'))}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/brig.css">
{_jsonld(art, meta, "Brigstock Newswire", url_base, "en")}
</head>
<body class="article-page">
<div id="consent" class="consent-bar" role="dialog">We use cookies to measure audiences and personalise ads.
<button class="accept">Accept all</button> <button class="manage">Manage choices</button></div>
<header class="masthead">
  <a class="logo" href="/">BRIGSTOCK</a>
  <nav class="primary"><a href="/world">World</a><a href="/world/asia">Asia</a><a href="/business">Business</a>
  <a href="/markets">Markets</a><a href="/tech">Technology</a><a href="/lifestyle">Lifestyle</a></nav>
  <a class="subscribe" href="/subscribe">Subscribe</a>
</header>
<main>
<article class="story">
  <div class="kicker">{E(art.get('section', 'World'))}</div>
  <h1 class="headline">{E(art['title'])}</h1>
  <div class="byline">{E(art.get('byline', ''))} &middot; <time>{when}</time> &middot; 3 min read</div>
  <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="story-body">
{_paras(art['body'])}
  </div>
  <p class="trust">Reporting by Brigstock staff; editing by the Asia desk. Our standards: <a href="/trust">The Brigstock Trust Principles</a>.</p>
</article>
<aside class="related"><h2>Read next</h2><ul>{rel}</ul></aside>
</main>
<footer class="site-footer">
  <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a>
  <p>&copy; {pub.year} Brigstock Newswire. All rights reserved. Data delayed at least 15 minutes.</p>
</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Fieldstone (en, atom)
FIELD_RELATED = [
    "The long game in the Taiwan Strait",
    "Letters: On Europe's defence spending",
    "How the G7 lost its appetite for summits",
    "Central Asia's quiet balancing act",
    "Book review: A history of the Pacific war's last summer",
    "Why Seoul and Tokyo finally get along",
]


def fieldstone(art, meta):
    pub = meta["published"]
    iso = pub.isoformat().replace("+00:00", "Z")
    rel = "".join(f'<li><a href="/essays/{_slug(meta["id"] + t)}">{E(t)}</a></li>'
                  for t in _pick(FIELD_RELATED, meta["id"], 4))
    ncom = _seed(meta["id"]) % 40 + 3
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} - The Fieldstone Review</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:url" content="https://fieldstonereview.example/{_slug(meta['id'])}">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{E(art.get('byline', ''))}">
<link rel="stylesheet" href="/assets/fr-2.css">
</head>
<body>
<div class="gdpr-modal"><p>The Fieldstone Review and our partners use cookies. You can change your mind at any time.</p>
<a href="#" class="btn-agree">I agree</a><a href="#" class="btn-options">Options</a></div>
<div class="topbar"><span class="date">{pub.day} {EN_MONTHS[pub.month - 1]} {pub.year}</span>
<a href="/login">Log in</a> | <a href="/newsletters">Newsletters</a></div>
<header><div class="brand">The Fieldstone Review</div>
<ul class="sections"><li><a href="/politics">Politics</a></li><li><a href="/diplomacy">Diplomacy</a></li>
<li><a href="/analysis">Analysis</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/explainers">Explainers</a></li></ul></header>
<div class="wrap">
<div class="section-label">{E(art.get('section', ''))}</div>
<h1>{E(art['title'])}</h1>
<h2 class="standfirst">{E(art['summary'])}</h2>
<div class="author">{E(art.get('byline', ''))}</div>
<div class="content">
{_paras(art['body'])}
</div>
<div class="share-tools">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Reddit</a></div>
<section class="comments"><h3>Comments ({ncom})</h3>
<p class="comment-note">Comments are moderated and appear after approval. Please keep it civil.</p>
<div class="comment"><b>northsea_reader</b><p>Good piece. Nobody in Europe pays attention to this part of the world.</p></div>
<div class="comment"><b>K. Tanabe</b><p>The elderly islanders are the ones who pay for all of this.</p></div>
</section>
<section class="more"><h3>More from the Review</h3><ul>{rel}</ul></section>
</div>
<footer><p>The Fieldstone Review is published by Fieldstone Media Ltd, registered in England and Wales.</p>
<a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Harbour Lantern (en, rss, bare)
LANT_RELATED = [
    "Nakashibetsu airport adds winter charter flights",
    "Kushiro fish market prices: week in review",
    "Snow festival in Nemuro draws record crowd",
    "Cape Nosappu lighthouse repainted",
    "Scallop farmers fear warm-water season",
]


def lantern(art, meta):
    pub = meta["published"]
    rel = "".join(f'<li><a href="/local/{_slug(meta["id"] + t)}.php">{E(t)}</a></li>'
                  for t in _pick(LANT_RELATED, meta["id"]))
    jst = pub + timedelta(hours=9)
    posted = f"Posted {EN_MONTHS[jst.month - 1]} {jst.day}, {jst.year}"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{E(art['title'])} :: Harbour Lantern</title>
<link rel="stylesheet" href="/css/lantern.css">
</head>
<body>
<table class="layout" width="100%"><tr><td class="logo"><a href="/">Harbour Lantern</a><br>
<small>East Hokkaido news in English since 2009</small></td>
<td class="menu"><a href="/">Home</a> | <a href="/local">Nemuro &amp; Shibetsu</a> | <a href="/kushiro">Kushiro</a> |
<a href="/life">Life &amp; Tourism</a> | <a href="/weather">Weather</a> | <a href="/about">About us</a></td></tr></table>
<div class="cookie">This site uses cookies for basic statistics. <a href="/cookies">OK</a></div>
<div class="main">
<div class="crumbs"><a href="/">Home</a> &gt; {E(art.get('section', 'News'))}</div>
<h2 class="title">{E(art['title'])}</h2>
<div class="posted">{posted} &middot; {E(art.get('byline', ''))}</div>
<div class="entry">
{_paras(art['body'])}
</div>
<div class="sharethis">Share: <a href="#">Facebook</a> &middot; <a href="#">X</a> &middot; <a href="#">LINE</a></div>
<div class="related"><b>Also on Harbour Lantern</b><ul>{rel}</ul></div>
</div>
<div class="sidebar"><h4>Tide table - Nemuro</h4><p>High 05:42 / Low 11:58</p>
<h4>Advertise with us</h4><p>Reach English-speaking residents and visitors in East Hokkaido.</p></div>
<div class="footer">Harbour Lantern is an independent community publication. Contact: editor (at) harbourlantern.example</div>
</body>
</html>
"""


# ------------------------------------------------------------------ Tallyline (en, atom)
TALLY_RELATED = [
    "Nikkei ends higher on exporters",
    "LNG spot prices climb on cold snap",
    "Seafood exporters look to Southeast Asia",
    "Used-car exporters shift to Central Asia",
    "Trading houses post record profits",
    "Freight rates ease on North Pacific routes",
]


def tallyline(art, meta):
    pub = meta["published"]
    url_base = "https://tallyline.example"
    tick = ["NIKKEI 225 +0.4%", "TOPIX +0.3%", "USD/JPY 151.2", "BRENT 81.7", "JKM LNG 12.4"]
    rel = "".join(f'<li><a href="/markets/{_slug(meta["id"] + t)}">{E(t)}</a></li>'
                  for t in _pick(TALLY_RELATED, meta["id"]))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} — Tallyline</title>
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:site_name" content="Tallyline Business">
<meta property="og:description" content="{E(art['summary'])}">
{_jsonld(art, meta, "Tallyline Business", url_base, "en")}
<link rel="stylesheet" href="/_next/static/css/tl.css">
</head>
<body>
<div class="ticker">{' &nbsp;|&nbsp; '.join(tick)}</div>
<header class="tl-head"><a href="/" class="tl-logo">TALLYLINE</a>
<nav><a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/trade">Trade</a> <a href="/travel">Travel</a> <a href="/companies">Companies</a></nav>
<button class="search">Search</button></header>
<div class="cookie-consent">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Got it</button></div>
<main class="tl-article">
<p class="tl-section">{E(art.get('section', ''))}</p>
<h1>{E(art['title'])}</h1>
<p class="tl-dek">{E(art['summary'])}</p>
<p class="tl-meta">{E(art.get('byline', ''))} | {pub.strftime('%d %b %Y, %H:%M')} UTC</p>
{_paras(art['body'])}
<div class="paywall-teaser">Enjoying Tallyline? Get unlimited access from $9 a month. <a href="/subscribe">Subscribe</a></div>
<div class="tl-share"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Gift this article</a></div>
</main>
<aside class="tl-related"><h3>Most read</h3><ol>{rel}</ol></aside>
<footer class="tl-foot">&copy; {pub.year} Tallyline Media. Market data provided for information only and not investment advice.</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Береговой ветер (ru, rss, bare)
BER_RELATED = [
    "Расписание рейсов на Кунашир на следующую неделю",
    "В Южно-Курильске прошёл субботник",
    "Школьники Итурупа победили на областной олимпиаде",
    "Синоптики: на Южных Курилах ожидается шторм",
    "В районной библиотеке открылась выставка",
    "Кунаширские рыбаки подвели итоги сезона",
]


def beregovoy(art, meta):
    pub = meta["published"]
    loc = pub + timedelta(hours=11)  # Sakhalin time
    rel = "".join(f'<li><a href="/news/{_slug(meta["id"] + t)}/">{E(t)}</a></li>'
                  for t in _pick(BER_RELATED, meta["id"]))
    views = _seed(meta["id"]) % 2000 + 150
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} — Береговой ветер</title>
<link rel="stylesheet" href="/templates/veter/style.css">
</head>
<body>
<div class="top-line">Южно-Курильск · Курильск · Малокурильское &nbsp; | &nbsp; <a href="/reklama/">Реклама</a> · <a href="/contacts/">Контакты</a></div>
<div class="header"><a href="/" class="logo">Береговой ветер</a><span class="slogan">новости Южных Курил</span></div>
<ul class="menu"><li><a href="/news/">Новости</a></li><li><a href="/obzor/">Обзор недели</a></li><li><a href="/obshchestvo/">Общество</a></li>
<li><a href="/ekonomika/">Экономика</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/pamyat/">Память</a></li><li><a href="/afisha/">Афиша</a></li></ul>
<div class="content">
<div class="rubric">{E(art.get('section', 'Новости'))}</div>
<h1>{E(art['title'])}</h1>
<div class="info">{loc.day:02d}.{loc.month:02d}.{loc.year} · {E(art.get('byline', ''))} · Просмотров: {views}</div>
<div class="lead"><b>{E(art['summary'])}</b></div>
<div class="text">
{_paras(art['body'])}
</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="more"><h3>Читайте также</h3><ul>{rel}</ul></div>
<div class="comments-closed">Комментирование закрыто.</div>
</div>
<div class="cookies">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим. <a href="#">Понятно</a></div>
<div class="footer">© «Береговой ветер», 2012–{pub.year}. Сетевое издание. 16+<br>При использовании материалов ссылка обязательна.</div>
</body>
</html>
"""


# ------------------------------------------------------------------ Гелиограф (ru, atom)
GEL_RELATED = [
    "Лавров провёл переговоры с министром иностранных дел Индонезии",
    "Курс рубля: итоги торгов",
    "В Приморье ввели режим ЧС из-за паводка",
    "Минвостокразвития подвело итоги программы «Дальневосточная ипотека»",
    "Путин провёл совещание с членами правительства",
    "Песков прокомментировал заявления Вашингтона",
]


def geliograf(art, meta):
    pub = meta["published"]
    iso = pub.isoformat().replace("+00:00", "Z")
    url_base = "https://geliograf-news.example"
    msk = pub + timedelta(hours=3)
    rel = "".join(f'<li><a href="/lenta/{_slug(meta["id"] + t)}">{E(t)}</a></li>'
                  for t in _pick(GEL_RELATED, meta["id"], 4))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} — Гелиограф</title>
<meta name="description" content="{E(art['summary'])}">
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{iso}">
{_jsonld(art, meta, "Агентство «Гелиограф»", url_base, "ru")}
<link rel="stylesheet" href="/static/gel.min.css">
</head>
<body>
<header class="g-header"><div class="g-logo"><a href="/">ГЕЛИОГРАФ</a></div>
<nav class="g-nav"><a href="/politika/">Политика</a><a href="/v-mire/">В мире</a><a href="/ekonomika/">Экономика</a>
<a href="/obshchestvo/">Общество</a><a href="/priroda/">Природа</a><a href="/pamyat/">Память</a><a href="/lenta/">Лента</a></nav></header>
<main class="g-main">
<article>
<div class="g-rubric">{E(art.get('section', ''))}</div>
<div class="g-time">{msk.day:02d} {RU_MONTHS[msk.month - 1]} {msk.year}, {msk.hour:02d}:{msk.minute:02d} (мск)</div>
<h1>{E(art['title'])}</h1>
<div class="g-anons">{E(art['summary'])}</div>
<div class="g-body">
{_paras(art['body'])}
</div>
<div class="g-tags">Теги: Россия, Япония, МИД, Дальний Восток</div>
<div class="g-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">Дзен</a></div>
</article>
<aside class="g-lenta"><h3>Лента новостей</h3><ul>{rel}</ul></aside>
</main>
<div class="g-cookie">Сайт использует cookie-файлы и сервисы веб-аналитики. <button>Принять</button></div>
<footer class="g-footer">© Агентство «Гелиограф», {pub.year}. Свидетельство о регистрации СМИ. 18+<br>
<a href="/about/">О агентстве</a> · <a href="/contacts/">Контакты</a> · <a href="/pravila/">Правила использования</a></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 東浜日報 (ja, rss)
HIGA_RELATED = [
    "根室市、ふるさと納税の寄付額が過去最高",
    "サンマ漁、今季の初水揚げ",
    "標津町で鮭まつり　3万人が来場",
    "中標津空港、冬ダイヤを発表",
    "羅臼で流氷観光船が運航開始",
    "根室市議会、定例会が開会",
]


def higashihama(art, meta):
    pub = meta["published"]
    iso = pub.isoformat().replace("+00:00", "Z")
    jst = pub + timedelta(hours=9)
    rel = "".join(f'<li><a href="/news/{_slug(meta["id"] + t)}.html">{E(t)}</a></li>'
                  for t in _pick(HIGA_RELATED, meta["id"]))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{E(art['title'])}｜東浜日報 電子版</title>
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:site_name" content="東浜日報 電子版">
<meta property="article:published_time" content="{iso}">
<link rel="stylesheet" href="/common/css/higashihama.css">
</head>
<body>
<div id="cookie-notice">当サイトではサービス向上のためにCookieを使用しています。<a href="/policy/">詳しくはこちら</a> <button>同意する</button></div>
<header class="hh-header"><h1 class="site-logo"><a href="/">東浜日報</a><span>根室・標津・羅臼・別海・中標津</span></h1>
<nav><ul><li><a href="/">トップ</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/suisan/">水産</a></li>
<li><a href="/local/">地域</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></nav></header>
<div class="hh-main">
<p class="category">{E(art.get('section', ''))}</p>
<h2 class="article-title">{E(art['title'])}</h2>
<p class="article-date">{jst.year}年{jst.month}月{jst.day}日 {jst.hour:02d}:{jst.minute:02d}　{E(art.get('byline', ''))}</p>
<div class="article-body">
{_paras(art['body'])}
</div>
<div class="sns"><a href="#">X（旧Twitter）</a> <a href="#">Facebook</a> <a href="#">LINEで送る</a></div>
<div class="kanren"><h3>関連記事</h3><ul>{rel}</ul></div>
<div class="subscribe-box">紙面のお申し込み・電子版会員登録は<a href="/member/">こちら</a></div>
</div>
<footer class="hh-footer"><p>東浜日報社　北海道根室市</p><p>掲載記事・写真の無断転載を禁じます。Copyright © Higashihama Nippo. All rights reserved.</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 日央通信 (ja, atom)
NICH_RELATED = [
    "日経平均、反発　輸出関連株に買い",
    "首相、来月の訪米を調整",
    "全国の梅雨入り、平年より遅れ",
    "衆院予算委、集中審議を実施",
    "円相場、1ドル＝150円台で推移",
    "中国外相、来日へ　調整進む",
]


def nichio(art, meta):
    pub = meta["published"]
    url_base = "https://nichio-news.example"
    jst = pub + timedelta(hours=9)
    rel = "".join(f'<li><a href="/article/{_slug(meta["id"] + t)}">{E(t)}</a></li>'
                  for t in _pick(NICH_RELATED, meta["id"], 4))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(art['title'])} - 日央通信ニュース</title>
<meta name="description" content="{E(art['summary'])}">
<meta property="og:title" content="{E(art['title'])}">
<meta property="og:description" content="{E(art['summary'])}">
<meta property="og:type" content="article">
{_jsonld(art, meta, "日央通信", url_base, "ja")}
<link rel="stylesheet" href="/css/nichio.css">
</head>
<body>
<div class="consent">日央通信ニュースは、広告配信とアクセス解析のためにCookieを利用しています。<a href="/privacy">プライバシーポリシー</a> <button>OK</button></div>
<header><div class="logo"><a href="/">日央通信ニュース</a></div>
<nav class="gnav"><a href="/politics">政治</a><a href="/economy">経済</a><a href="/society">社会</a><a href="/world">国際</a><a href="/sports">スポーツ</a><a href="/ranking">ランキング</a></nav></header>
<div class="breadcrumb"><a href="/">トップ</a> ＞ {E(art.get('section', ''))}</div>
<article class="news">
<h1>{E(art['title'])}</h1>
<div class="meta"><time>{jst.year}/{jst.month:02d}/{jst.day:02d} {jst.hour:02d}:{jst.minute:02d}</time>　<span class="credit">{E(art.get('byline', '日央通信'))}</span></div>
<div class="lead">{E(art['summary'])}</div>
<div class="text">
{_paras(art['body'])}
</div>
<div class="share-buttons"><span>シェア</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">はてなブックマーク</a></div>
</article>
<section class="access-ranking"><h2>アクセスランキング</h2><ol>{rel}</ol></section>
<footer><p>© 日央通信社　記事・写真・図表の無断転載を禁じます</p><p><a href="/about">会社概要</a>｜<a href="/terms">利用規約</a>｜<a href="/contact">お問い合わせ</a></p></footer>
</body>
</html>
"""


TEMPLATES = {
    "brigstock": brigstock, "fieldstone": fieldstone, "lantern": lantern,
    "tallyline": tallyline, "beregovoy": beregovoy, "geliograf": geliograf,
    "higashihama": higashihama, "nichio": nichio,
}
