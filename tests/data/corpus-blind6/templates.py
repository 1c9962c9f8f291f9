"""Outlet page templates for the blind6 corpus. Each outlet has its own chrome."""
import html
import json
from datetime import datetime, timedelta, timezone

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

BASE = {
    "harborsignal-en": "https://www.harborsignal.com",
    "northcorr-en": "https://northerncorrespondent.net",
    "eastline-en": "https://eastlinereview.org",
    "okhotskobs-en": "https://okhotskobserver.com",
    "gavan-ru": "https://gavan-info.ru",
    "dvtelegraf-ru": "https://dvtelegraf.ru",
    "kushirowan-ja": "https://www.kushirowan-shimpo.jp",
    "hokkainet-ja": "https://hokkai-news.net",
}


def e(s):
    return html.escape(s, quote=True)


def dt(a):
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours):
    return dt(a).astimezone(timezone(timedelta(hours=hours)))


def paras(a, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{e(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{c}>{e(p)}</p>")
    return "\n".join(out)


def url(a):
    return f"{BASE[a['feed']]}/articles/{a['id']}.html"


def related(a, earlier, n=4, extra=()):
    items = [x for x in earlier if x["feed"] == a["feed"] and x["id"] != a["id"]][-n:][::-1]
    lis = [f'<li><a href="/articles/{x["id"]}.html">{e(x["title"])}</a></li>' for x in items]
    lis += [f'<li><a href="{h}">{e(t)}</a></li>' for t, h in extra]
    return "\n".join(lis)


def jsonld(a, publisher, lang):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "description": a["summary"], "datePublished": a["published"].replace("Z", "+00:00"),
         "inLanguage": lang, "mainEntityOfPage": url(a),
         "author": {"@type": "Person", "name": a.get("author", publisher)},
         "publisher": {"@type": "Organization", "name": publisher}}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def og(a, site, lang_locale):
    return (f'<meta property="og:title" content="{e(a["title"])}">\n'
            f'<meta property="og:description" content="{e(a["summary"])}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:url" content="{url(a)}">\n'
            f'<meta property="og:site_name" content="{e(site)}">\n'
            f'<meta property="og:locale" content="{lang_locale}">\n'
            f'<meta property="article:published_time" content="{a["published"].replace("Z", "+00:00")}">')


# ---------------------------------------------------------------- Harbor Signal (en, wire)
def harborsignal(a, earlier):
    t = dt(a)
    when = f"{EN_MONTHS[t.month-1]} {t.day}, {t.year} {t:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | Harbor Signal</title>
<meta name="description" content="{e(a['summary'])}">
{og(a, 'Harbor Signal', 'en_US')}
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url(a)}">
<link rel="stylesheet" href="/static/hs-2024.css">
{jsonld(a, 'Harbor Signal', 'en')}
</head>
<body class="hs article-page">
<div id="cc-banner" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Cookie settings.</p>
  <button class="cc-accept">Accept all</button> <button class="cc-reject">Reject non-essential</button> <a href="/cookie-settings">Manage choices</a>
</div>
<header class="hs-top">
  <a class="hs-logo" href="/">Harbor Signal</a>
  <nav class="hs-nav" aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/energy">Energy</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li>
  </ul></nav>
  <a class="hs-subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a>
</header>
<main class="hs-main">
<article class="hs-story">
  <p class="hs-kicker"><a href="/asia-pacific">{e(a.get('section', 'Asia-Pacific'))}</a></p>
  <h1 class="hs-headline">{e(a['title'])}</h1>
  <div class="hs-byline">By <span class="author">{e(a.get('author', 'Harbor Signal staff'))}</span> · <time datetime="{a['published']}">{when}</time></div>
  <ul class="hs-share"><li><a href="#">Share on X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul>
  <div class="hs-body">
{paras(a)}
  </div>
  <p class="hs-credit">Reporting by {e(a.get('author', 'Harbor Signal staff'))}; editing by the Asia desk. Our standards: <a href="/trust-principles">The Harbor Signal Trust Principles</a>.</p>
</article>
<aside class="hs-related"><h2>Related coverage</h2><ul>
{related(a, earlier, extra=[('Yen slips as Bank of Japan holds rates', '/markets/yen-boj'), ('Shipping insurers raise premiums for northern routes', '/business/insurers-northern-routes')])}
</ul></aside>
<aside class="hs-mostread"><h2>Most read</h2><ol>
<li><a href="/world/heatwave-europe">Europe swelters as heatwave breaks records</a></li>
<li><a href="/business/chipmakers">Chipmakers rally on AI demand</a></li>
<li><a href="/sports/marathon">Kenyan runners sweep marathon podium</a></li>
</ol></aside>
</main>
<footer class="hs-footer">
  <nav><a href="/about">About Harbor Signal</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a> · <a href="/cookie-settings">Cookie settings</a> · <a href="/advertise">Advertise</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. © {t.year} Harbor Signal Media Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Northern Correspondent (en)
def northcorr(a, earlier):
    t = dt(a)
    when = f"{t.day} {EN_MONTHS[t.month-1]} {t.year}"
    comments = a.get("comments", [])
    cm = "\n".join(f'<li class="comment"><b>{e(n)}</b><p>{e(c)}</p></li>' for n, c in comments)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} — The Northern Correspondent</title>
<meta name="viewport" content="width=device-width">
{og(a, 'The Northern Correspondent', 'en_GB')}
<link rel="stylesheet" href="https://northerncorrespondent.net/assets/nc.css">
</head>
<body>
<div class="nc-cookie">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="nc-masthead">
  <div class="nc-date">{when}</div>
  <a href="/" class="nc-title">The Northern Correspondent</a>
  <div class="nc-tagline">Independent reporting from the high latitudes</div>
</div>
<nav class="nc-menu">
  <a href="/">Home</a> | <a href="/arctic">Arctic</a> | <a href="/north-pacific">North Pacific</a> | <a href="/russia">Russia</a> | <a href="/japan">Japan</a> | <a href="/climate">Climate</a> | <a href="/letters">Letters</a>
</nav>
<div class="nc-wrap">
<div class="nc-article">
  <h1>{e(a['title'])}</h1>
  <p class="nc-meta">{e(a.get('author', 'Staff reporter'))} | {when} | <a href="/north-pacific">{e(a.get('section', 'North Pacific'))}</a></p>
  <p class="nc-standfirst"><em>{e(a['summary'])}</em></p>
{paras(a)}
  <div class="nc-tags">Tags: <a href="/tag/japan">Japan</a> <a href="/tag/russia">Russia</a> <a href="/tag/north-pacific">North Pacific</a></div>
  <div class="nc-share">Share this: <a href="#">Email</a> <a href="#">Bluesky</a> <a href="#">Facebook</a> <a href="#">Print</a></div>
</div>
<div class="nc-side">
  <h3>More from the North Pacific desk</h3>
  <ul>
{related(a, earlier, n=3, extra=[('Sea ice retreats early in the Bering Strait', '/arctic/bering-ice'), ('Letter: the fishing fleets deserve better ports', '/letters/ports')])}
  </ul>
  <div class="nc-donate"><h3>Support independent journalism</h3><p>We have no paywall and no owner. Readers like you keep us going.</p><a href="/donate">Donate</a></div>
</div>
</div>
<section class="nc-comments"><h3>Comments ({len(comments)})</h3><ul>
{cm}
</ul><p>Comments are moderated. Please read our <a href="/community">community guidelines</a>.</p></section>
<div class="nc-footer">The Northern Correspondent · Registered charity · <a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a> · © {t.year}</div>
</body>
</html>
"""


# ---------------------------------------------------------------- Eastline Review (en, no og/JSON-LD)
def eastline(a, earlier):
    t = dt(a)
    when = f"{EN_MONTHS[t.month-1]} {t.day}, {t.year}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} · Eastline Review</title>
<meta name="description" content="{e(a['summary'])}">
<meta name="author" content="{e(a.get('author', 'Eastline Review'))}">
<link rel="stylesheet" href="/css/eastline.min.css">
</head>
<body>
<header id="el-header">
  <div class="el-brand"><a href="/">EASTLINE REVIEW</a><span>Eurasia and the Pacific, in depth</span></div>
  <ul class="el-nav">
    <li><a href="/analysis">Analysis</a></li><li><a href="/columns">Columns</a></li><li><a href="/weekly">The Weekly</a></li>
    <li><a href="/podcast">Podcast</a></li><li><a href="/books">Books</a></li><li><a href="/about">About</a></li>
  </ul>
</header>
<div class="el-gdpr">We use essential cookies and, with your consent, analytics cookies. <a href="/privacy#cookies">Settings</a> · <a href="#" class="agree">I agree</a></div>
<div class="el-page">
  <div class="el-rubric">{e(a.get('section', 'Analysis'))}</div>
  <h1>{e(a['title'])}</h1>
  <div class="el-dek">{e(a['summary'])}</div>
  <div class="el-author">{e(a.get('author', 'Eastline staff'))} — {when} — {a.get('readtime', 6)} min read</div>
  <div class="el-text">
{paras(a)}
  </div>
  <div class="el-bio"><i>{e(a.get('bio', 'Eastline Review publishes independent analysis of Eurasian and Pacific affairs.'))}</i></div>
  <div class="el-newsletter"><h4>Get The Weekly in your inbox</h4><form action="/subscribe"><input type="email" placeholder="you@example.com"><button>Sign up</button></form></div>
  <div class="el-readnext"><h4>Read next</h4><ul>
{related(a, earlier, n=3, extra=[('Podcast: the Caspian after the pipeline', '/podcast/caspian'), ('Books: a new history of the Trans-Siberian', '/books/trans-siberian')])}
  </ul></div>
</div>
<footer class="el-foot">Eastline Review is published by the Eastline Foundation. Views expressed are the authors' own. © {t.year} · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/feed.atom">Atom</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Okhotsk Observer (en, JSON-LD only)
def okhotskobs(a, earlier):
    t = dt(a)
    jst = local(a, 9)
    when = f"{EN_MONTHS[jst.month-1][:3]}. {jst.day}, {jst.year}, {jst:%I:%M %p} JST"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(a['title'])} - Okhotsk Observer</title>
{jsonld(a, 'Okhotsk Observer', 'en')}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/theme/observer.css?v=31">
</head>
<body>
<div class="topbar">Okhotsk Observer · English-language news for Hokkaido and the Russian Far East · <a href="/weather">Nemuro 4°C</a> · <a href="/jp">日本語</a></div>
<header><a href="/" class="brand">OKHOTSK OBSERVER</a>
<nav><a href="/news">News</a> <a href="/fisheries">Fisheries</a> <a href="/security">Security</a> <a href="/travel">Travel</a> <a href="/science">Science</a> <a href="/community">Community</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/news">{e(a.get('section', 'News'))}</a></div>
<div class="content">
<h1 class="entry-title">{e(a['title'])}</h1>
<div class="entry-meta"><span class="by">{e(a.get('author', 'Observer staff'))}</span> <span class="posted">Posted {when}</span></div>
<div class="entry-content">
{paras(a)}
</div>
<div class="ad-slot">Advertisement</div>
<div class="related-posts"><h3>You may also like</h3><ul>
{related(a, earlier, n=3, extra=[('Nemuro sanma landings: what the numbers say', '/fisheries/sanma-2024'), ('Where to see drift ice this winter', '/travel/drift-ice')])}
</ul></div>
</div>
<div class="cookie-bar" id="cookie-bar">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <a class="btn" href="#">Got it</a></div>
<footer><p>Okhotsk Observer is an independent publication based in Kushiro, Hokkaido.</p><p><a href="/about">About</a> | <a href="/contact">Tips</a> | <a href="/ethics">Ethics</a> | <a href="/rss.xml">RSS</a></p><p>© {t.year} Okhotsk Observer</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Гавань-Инфо (ru, og + JSON-LD)
def gavan(a, earlier):
    lt = local(a, 11)
    when = f"{lt.day} {RU_MONTHS[lt.month-1]} {lt.year}, {lt:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} — Гавань-Инфо</title>
<meta name="description" content="{e(a['summary'])}">
{og(a, 'Гавань-Инфо', 'ru_RU')}
{jsonld(a, 'Гавань-Инфо', 'ru')}
<link rel="stylesheet" href="/static/gavan.css">
</head>
<body>
<div class="g-top"><span>Южно-Сахалинск</span> <span>USD 92,4 · EUR 99,8</span> <a href="/vk">ВКонтакте</a> <a href="/tg">Telegram</a> <span class="age">18+</span></div>
<header class="g-head">
  <a class="g-logo" href="/">Гавань<span>-Инфо</span></a>
  <nav class="g-nav"><a href="/news">Новости</a> <a href="/region">Регион</a> <a href="/kurily">Курилы</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/incidents">Происшествия</a> <a href="/sport">Спорт</a></nav>
</header>
<main class="g-main">
<div class="g-crumbs"><a href="/">Главная</a> / <a href="/news">{e(a.get('section', 'Новости'))}</a></div>
<article>
<h1>{e(a['title'])}</h1>
<div class="g-info"><time datetime="{a['published']}">{when}</time> · <span>{e(a.get('author', 'Редакция'))}</span> · <span class="views">👁 {1200 + len(a['title']) * 7}</span></div>
<div class="g-lead"><strong>{e(a['summary'])}</strong></div>
<div class="g-text">
{paras(a)}
</div>
<div class="g-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<p class="g-subscribe">Подписывайтесь на «Гавань-Инфо» в Telegram — главное о Сахалине и Курилах первыми.</p>
</article>
<aside class="g-more"><h3>Читайте также</h3><ul>
{related(a, earlier, extra=[('На Сахалине изменится расписание пригородных поездов', '/news/train-schedule'), ('Синоптики обещают снегопад на юге острова', '/news/snow')])}
</ul></aside>
</main>
<div class="g-cookie">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Принять</button></div>
<footer class="g-foot">Сетевое издание «Гавань-Инфо». Свидетельство о регистрации СМИ Эл № ФС77-00000. Учредитель: ООО «Гавань Медиа». При перепечатке ссылка обязательна. © 2015–{lt.year}</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Дальневосточный телеграф (ru, no metadata)
def dvtelegraf(a, earlier):
    lt = local(a, 10)
    when = f"{lt:%d.%m.%Y %H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Дальневосточный телеграф</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="header">
 <div class="logo"><a href="/">ДАЛЬНЕВОСТОЧНЫЙ ТЕЛЕГРАФ</a><small>информационно-аналитическое агентство</small></div>
 <ul class="menu"><li><a href="/lenta">Лента</a></li><li><a href="/dfo">ДФО</a></li><li><a href="/flot">Флот</a></li><li><a href="/ryba">Рыбалка и промысел</a></li><li><a href="/analitika">Аналитика</a></li><li><a href="/interview">Интервью</a></li></ul>
 <form class="search" action="/search"><input name="q" placeholder="Поиск"></form>
</div>
<div class="layout">
<div class="col-main">
 <div class="rubric">{e(a.get('section', 'Лента'))}</div>
 <h1 class="title">{e(a['title'])}</h1>
 <div class="date">{when} (Хабаровск)</div>
 <div class="anons">{e(a['summary'])}</div>
 <div class="body">
{paras(a)}
 </div>
 <div class="author">{e(a.get('author', 'ДВ-Телеграф'))}</div>
 <div class="tags">Теги: <a href="/tag/dfo">ДФО</a>, <a href="/tag/sakhalin">Сахалинская область</a></div>
 <div class="errors">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter</div>
</div>
<div class="col-side">
 <div class="box"><div class="box-title">Последние новости</div><ul>
{related(a, earlier, n=5, extra=[('В Хабаровске открыли новый мост через протоку', '/lenta/most'), ('Цены на бензин в ДФО за неделю выросли на 0,3%', '/lenta/benzin')])}
 </ul></div>
 <div class="box banner">Реклама</div>
</div>
</div>
<div class="cookie">Сайт использует cookie. <a href="/cookie">Подробнее</a> <a href="#" class="ok">Хорошо</a></div>
<div class="footer">© ИА «Дальневосточный телеграф», 2009–{lt.year}. 16+ · <a href="/about">О нас</a> · <a href="/adv">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/rss">RSS</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------- 釧路湾新報 (ja, og)
def kushirowan(a, earlier):
    lt = local(a, 9)
    when = f"{lt.year}年{lt.month}月{lt.day}日 {lt:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])}｜釧路湾新報</title>
<meta name="description" content="{e(a['summary'])}">
{og(a, '釧路湾新報', 'ja_JP')}
<link rel="stylesheet" href="/common/css/ksp.css">
</head>
<body>
<div id="cookie-notice">当サイトでは、利便性向上と広告配信のためにCookieを使用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="ksp-header">
 <p class="ksp-logo"><a href="/">釧路湾新報</a></p>
 <p class="ksp-sub">くしろ・ねむろ・しれとこの地域紙</p>
 <ul class="ksp-gnav"><li><a href="/news/">ニュース</a></li><li><a href="/local/">地域</a></li><li><a href="/fishery/">水産</a></li><li><a href="/hoppo/">北方領土</a></li><li><a href="/economy/">経済</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/obituary/">おくやみ</a></li></ul>
 <a class="ksp-login" href="/member/">会員ログイン</a>
</header>
<div class="ksp-pankuzu"><a href="/">トップ</a> &gt; <a href="/news/">{e(a.get('section', 'ニュース'))}</a> &gt; 記事</div>
<div class="ksp-contents">
<article class="ksp-article">
 <h1>{e(a['title'])}</h1>
 <p class="ksp-date">{when}</p>
 <div class="ksp-honbun">
{paras(a)}
 </div>
 <p class="ksp-note">（{e(a.get('author', '根室支局'))}）</p>
 <ul class="ksp-sns"><li><a href="#">Xでポスト</a></li><li><a href="#">LINEで送る</a></li><li><a href="#">Facebookでシェア</a></li></ul>
 <div class="ksp-paywall">この記事は会員限定記事です。続きは会員登録（無料）でお読みいただけます。</div>
</article>
<aside class="ksp-side">
 <h2>関連記事</h2><ul>
{related(a, earlier, extra=[('釧路港の水揚げ、前年比1割増', '/economy/kushiro-port'), ('厚岸でカキまつり　週末に2万人', '/local/akkeshi')])}
 </ul>
 <h2>アクセスランキング</h2><ol><li><a href="/local/snow">大雪で国道通行止め　釧路・根室管内</a></li><li><a href="/sports/ice">アイスホッケー、釧路勢が決勝へ</a></li></ol>
</aside>
</div>
<footer class="ksp-footer"><ul><li><a href="/company/">会社概要</a></li><li><a href="/ad/">広告掲載</a></li><li><a href="/privacy/">個人情報保護方針</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
<p>掲載の記事・写真・図表の無断転載を禁じます。Copyright © 釧路湾新報社 All rights reserved.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- 北海ニュースネット (ja, JSON-LD)
def hokkainet(a, earlier):
    lt = local(a, 9)
    when = f"{lt.year}/{lt.month:02d}/{lt.day:02d} {lt:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - 北海ニュースネット</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{jsonld(a, '北海ニュースネット', 'ja')}
<link rel="stylesheet" href="https://hokkai-news.net/assets/app.css">
</head>
<body>
<header class="hn-header">
 <div class="hn-logo"><a href="/">北海ニュースネット</a></div>
 <nav class="hn-nav"><a href="/">トップ</a><a href="/politics">政治</a><a href="/society">社会</a><a href="/international">国際</a><a href="/economy">経済</a><a href="/hokkaido">道内</a><a href="/weather">天気</a></nav>
</header>
<div class="hn-breaking">速報・号外はアプリで　<a href="/app">北海ニュースアプリをダウンロード</a></div>
<main class="hn-main">
 <div class="hn-cat">{e(a.get('section', '道内'))}</div>
 <h1 class="hn-title">{e(a['title'])}</h1>
 <div class="hn-time">{when}　<span>{e(a.get('author', '北海ニュースネット編集部'))}</span></div>
 <div class="hn-body">
{paras(a)}
 </div>
 <div class="hn-share"><a href="#">X</a><a href="#">Facebook</a><a href="#">はてなブックマーク</a><a href="#">URLをコピー</a></div>
 <section class="hn-related"><h2>この記事に関連するニュース</h2><ul>
{related(a, earlier, extra=[('札幌で初雪　平年より4日遅く', '/weather/first-snow'), ('道内の観光客数、コロナ前を上回る', '/economy/tourism')])}
 </ul></section>
 <section class="hn-ranking"><h2>よく読まれている記事</h2><ol><li>新千歳空港で欠航相次ぐ　強風の影響</li><li>道の駅ランキング、上位に道東勢</li><li>日本ハム、逆転勝ちで首位浮上</li></ol></section>
</main>
<div class="hn-consent">このウェブサイトではCookieを使用します。「同意」をクリックするとCookieの使用に同意したものとみなされます。<button>同意</button><button>設定</button></div>
<footer class="hn-footer"><p><a href="/about">北海ニュースネットについて</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">プライバシー</a>｜<a href="/feed">フィード</a></p><p>© 北海ニュースネット</p></footer>
</body>
</html>
"""


RENDER = {
    "harborsignal-en": harborsignal, "northcorr-en": northcorr, "eastline-en": eastline,
    "okhotskobs-en": okhotskobs, "gavan-ru": gavan, "dvtelegraf-ru": dvtelegraf,
    "kushirowan-ja": kushirowan, "hokkainet-ja": hokkainet,
}

FEEDS = [
    {"id": "harborsignal-en", "title": "Harbor Signal - Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "northcorr-en", "title": "The Northern Correspondent", "format": "atom", "lang": "en"},
    {"id": "eastline-en", "title": "Eastline Review - Eurasia and the Pacific, in depth", "format": "atom", "lang": "en"},
    {"id": "okhotskobs-en", "title": "Okhotsk Observer", "format": "rss", "lang": "en"},
    {"id": "gavan-ru", "title": "Гавань-Инфо - новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "dvtelegraf-ru", "title": "ИА «Дальневосточный телеграф»", "format": "atom", "lang": "ru"},
    {"id": "kushirowan-ja", "title": "釧路湾新報", "format": "rss", "lang": "ja"},
    {"id": "hokkainet-ja", "title": "北海ニュースネット", "format": "atom", "lang": "ja"},
]
