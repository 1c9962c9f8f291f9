"""Page templates, one per invented outlet. Each returns a complete HTML5 document."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

MSK = timezone(timedelta(hours=3))
JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
JA_WEEKDAYS = "月火水木金土日"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def e(s: str) -> str:
    return escape(s, quote=True)


def paras(body: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{e(p[2:])}</p></blockquote>")
        elif p.startswith("— ") or p.startswith("- "):
            out.append(f'<p class="qa">{e(p)}</p>')
        else:
            out.append(f"<p{c}>{e(p)}</p>")
    return "\n".join(out)


def jsonld(a: dict, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": a["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": a["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": lang,
        "author": [{"@type": "Person", "name": n.strip()} for n in a.get("author", "").split(" and ") if n.strip()]
        or [{"@type": "Organization", "name": publisher}],
        "publisher": {"@type": "Organization", "name": publisher},
        "articleSection": a.get("section", ""),
    }
    txt = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{txt}\n</script>'


def related_list(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for h, t in items)


# --------------------------------------------------------------------------- Sanderling Wire (EN wire)

def sanderling(a: dict) -> str:
    t: datetime = a["published"]
    disp = f"{EN_MONTHS[t.month-1]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} GMT"
    rel = related_list(a.get("related") or [
        ("/markets/commodities/", "Oil steadies as traders weigh supply outlook"),
        ("/world/asia-pacific/", "South Korea's exports rise for third month"),
        ("/world/europe/", "EU ministers to discuss next sanctions package"),
        ("/business/autos/", "Japanese automakers cut output forecasts on tariffs"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | Sanderling Wire</title>
<meta name="description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Sanderling Wire">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="article:published_time" content="{t.isoformat()}">
<meta property="article:section" content="{e(a.get('section', 'World'))}">
<meta name="twitter:card" content="summary_large_image">
{jsonld(a, 'Sanderling Wire', 'en')}
<link rel="stylesheet" href="/static/sw-main.4f1c2.css">
</head>
<body class="article-page">
<div id="cmp-banner" class="cmp" role="dialog" aria-label="Cookie consent">
 <p>We and our 143 partners store and access information on your device, such as cookies, to personalise content and ads and to measure audiences. You can accept or manage your choices at any time.</p>
 <button class="cmp-accept">Accept all</button> <button class="cmp-manage">Manage choices</button>
</div>
<header class="masthead">
 <a class="logo" href="/">SANDERLING <span>WIRE</span></a>
 <nav class="primary"><ul>
  <li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li>
  <li><a href="/energy/">Energy</a></li><li><a href="/world/asia-pacific/">Asia Pacific</a></li><li><a href="/world/europe/">Europe</a></li>
  <li><a href="/technology/">Technology</a></li><li><a href="/investigations/">Investigations</a></li>
 </ul></nav>
 <form class="search" action="/search"><input type="search" name="q" placeholder="Search Sanderling"></form>
 <a class="signin" href="/account/login">Sign in</a> <a class="register" href="/account/register">Register</a>
</header>
<main>
<article class="story">
 <p class="kicker"><a href="/world/">{e(a.get('section', 'World'))}</a></p>
 <h1>{e(a['title'])}</h1>
 <p class="byline">By {e(a.get('author', 'Sanderling Staff'))}</p>
 <p class="dateline"><time datetime="{t.isoformat()}">{disp}</time></p>
 <div class="share"><span>Share</span> <a href="#x">X</a> <a href="#fb">Facebook</a> <a href="#li">LinkedIn</a> <a href="#mail">Email</a> <a href="#link">Link</a></div>
 <div class="story-body">
{paras(a['body'])}
 </div>
 <p class="credits">{e(a.get('credits', ''))}</p>
 <p class="standards"><a href="/about/standards/">Our Standards: The Sanderling Trust Principles.</a></p>
 <p class="licensing"><a href="/licensing/">Purchase Licensing Rights</a></p>
</article>
<aside class="read-next"><h2>Read Next</h2><ul>
{rel}
</ul></aside>
<aside class="ad-slot" data-slot="mpu-2">Advertisement · Scroll to continue</aside>
</main>
<footer class="site-footer">
 <nav><a href="/about/">About Sanderling</a> · <a href="/careers/">Careers</a> · <a href="/contact/">Contact</a> · <a href="/terms/">Terms of Use</a> · <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a> · <a href="/accessibility/">Accessibility</a></nav>
 <p>All quotes delayed a minimum of 15 minutes. © {t.year} Sanderling Wire Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Kinmoku Post (EN national daily, Tokyo)

def kinmoku(a: dict) -> str:
    t = a["published"].astimezone(JST)
    disp = f"{EN_MONTHS[t.month-1][:3]} {t.day}, {t.year}"
    rel = related_list(a.get("related") or [
        ("/news/national/", "Rice prices ease for fourth straight week"),
        ("/news/politics/", "LDP panel urges bigger defense budget"),
        ("/news/hokkaido/", "Sapporo snow festival draws record crowds"),
        ("/news/business/", "Yen weakens past key level against dollar"),
        ("/opinion/", "Editorial: A quieter, steadier diplomacy"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])} - The Kinmoku Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Kinmoku Post">
<meta property="article:published_time" content="{a['published'].isoformat()}">
<meta name="author" content="{e(a.get('author', 'Staff writer'))}">
{jsonld(a, 'The Kinmoku Post', 'en')}
</head>
<body>
<div class="topbar"><a href="/subscribe/">Subscribe</a> | <a href="/login/">Log in</a> | <a href="/newsletters/">Newsletters</a> | <span class="edition">Tokyo edition</span></div>
<header id="site-header">
 <div class="brand"><a href="/"><img src="/img/kinmoku-logo.svg" alt="The Kinmoku Post"></a></div>
 <nav><ul class="menu">
  <li><a href="/news/national/">National</a></li><li><a href="/news/politics/">Politics</a></li><li><a href="/news/business/">Business</a></li>
  <li><a href="/news/asia-pacific/">Asia Pacific</a></li><li><a href="/news/world/">World</a></li><li><a href="/news/hokkaido/">Hokkaido</a></li>
  <li><a href="/opinion/">Opinion</a></li><li><a href="/life/">Life</a></li><li><a href="/sports/">Sports</a></li>
 </ul></nav>
</header>
<main id="content">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li>{e(a.get('section', 'Politics'))}</li></ol>
<article>
 <header>
  <h1 class="headline">{e(a['title'])}</h1>
  <p class="deck">{e(a['summary'])}</p>
  <p class="meta">by <span class="author">{e(a.get('author', 'Staff writer'))}</span> · <time datetime="{a['published'].isoformat()}">{disp}</time></p>
  <ul class="share-tools"><li>Share</li><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">Copy link</a></li><li><a href="#">Gift article</a></li></ul>
 </header>
 <div class="article-body">
{paras(a['body'])}
 </div>
 <footer class="article-footer"><p class="keywords">Keywords: {e(a.get('tags', 'Japan-Russia relations'))}</p>
 <p class="comments-link"><a href="#comments">Comments ({a.get('comments', 0)})</a></p></footer>
</article>
<section class="related"><h3>Related</h3><ul>
{rel}
</ul></section>
<section class="most-read"><h3>Most read</h3><ol>
<li><a href="/news/national/">Heavy snow warning issued for Sea of Japan coast</a></li>
<li><a href="/news/business/">Convenience store chain to test drone deliveries</a></li>
<li><a href="/life/">The last public bathhouse on the block</a></li>
</ol></section>
</main>
<div class="cookie-notice" id="cookie-notice">This website uses cookies to improve your experience. By continuing to browse, you agree to our <a href="/privacy/">Privacy Policy</a>. <button>OK</button></div>
<footer id="site-footer">
 <ul><li><a href="/about/">About us</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/privacy/">Privacy policy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/faq/">FAQ</a></li></ul>
 <p>The Kinmoku Post Co., Ltd. · 2-4-1 Uchikanda, Chiyoda-ku, Tokyo · © The Kinmoku Post. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Lapwing (EN, eastern Hokkaido)

def lapwing(a: dict) -> str:
    t = a["published"].astimezone(JST)
    disp = f"{EN_MONTHS[t.month-1]} {t.day}, {t.year}"
    tags = ", ".join(f'<a href="/tag/{e(x.lower().replace(" ", "-"))}/" rel="tag">{e(x)}</a>'
                     for x in a.get("tags_list", ["Nemuro"]))
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta property="og:title" content="{e(a["title"])}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="article:published_time" content="{a["published"].isoformat()}">\n')
    rel = related_list(a.get("related") or [
        ("/2025/05/hanasaki-crab-festival/", "Hanasaki crab festival returns with a new venue"),
        ("/2025/04/shunkunitai-birdwatch/", "Spring at Shunkunitai: a birder's guide"),
        ("/2025/03/kushiro-line-timetable/", "JR Hanasaki Line timetable changes explained"),
    ])
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} &#8211; The Lapwing</title>
{meta}<link rel="stylesheet" id="lapwing-theme-css" href="/wp-content/themes/lapwing/style.css?ver=3.2" media="all">
<link rel="alternate" type="application/rss+xml" title="The Lapwing &raquo; Feed" href="/feed/">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header">
 <p class="site-title"><a href="/" rel="home">The Lapwing</a></p>
 <p class="site-description">eastern Hokkaido in English &middot; Nemuro &middot; Kushiro &middot; Shiretoko</p>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li><a href="/category/nemuro/">Nemuro</a></li><li><a href="/category/kushiro/">Kushiro</a></li><li><a href="/category/shiretoko-rausu/">Shiretoko &amp; Rausu</a></li>
  <li><a href="/category/fisheries/">Fisheries</a></li><li><a href="/category/the-islands/">The Islands</a></li><li><a href="/category/culture/">Culture</a></li>
  <li><a href="/whats-on/">What's On</a></li><li><a href="/support-us/">Support us</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article class="post type-post status-publish format-standard hentry">
 <header class="entry-header">
  <h1 class="entry-title">{e(a['title'])}</h1>
  <div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{a['published'].isoformat()}">{disp}</time></span> <span class="byline">by <span class="author vcard">{e(a.get('author', 'Lapwing staff'))}</span></span></div>
 </header>
 <div class="entry-content">
{paras(a['body'])}
 </div>
 <footer class="entry-footer"><span class="tags-links">Tagged {tags}</span></footer>
</article>
<nav class="post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev">&larr; Previous post</a></div><div class="nav-next"><a href="/next/" rel="next">Next post &rarr;</a></div></div></nav>
<section class="jp-relatedposts"><h3>You might also like</h3><ul>
{rel}
</ul></section>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment" cols="45" rows="6"></textarea><p class="form-submit"><input name="submit" type="submit" value="Post Comment"></p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Newsletter</h2><p>The week in eastern Hokkaido, every Friday. No spam.</p></section>
<section class="widget"><h2 class="widget-title">Weather</h2><p>Nemuro: fog clearing later</p></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {t.year} The Lapwing &middot; Proudly independent since 2016 &middot; <a href="/about/">About</a> &middot; <a href="/privacy-policy/">Privacy Policy</a></div></footer>
</div>
<div id="cookie-law-info-bar"><span>We use cookies to give you the best experience on our website. <a role="button" class="cli_action_button" id="cookie_action_close_header">Accept</a> <a href="/privacy-policy/" id="CONSTANT_OPEN_URL">Read More</a></span></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Meadowlark Broadcasting (EN broadcaster)

def meadowlark(a: dict) -> str:
    t: datetime = a["published"]
    disp = f"{t.day} {EN_MONTHS[t.month-1]} {t.year}"
    meta = ""
    if not a.get("no_meta"):
        meta = (f'<meta property="og:title" content="{e(a["title"])}">\n'
                f'<meta property="og:description" content="{e(a["summary"])}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="og:site_name" content="Meadowlark Broadcasting">\n'
                f'<meta name="article:published_time" content="{t.isoformat()}">\n')
    rel = related_list(a.get("related") or [
        ("/news/world-asia/", "Philippines and Vietnam hold coast guard talks"),
        ("/news/world-europe/", "Baltic states step up undersea cable patrols"),
        ("/audio/the-briefing/", "The Briefing: the week in three minutes"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - Meadowlark News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}<link rel="stylesheet" href="/assets/ml-news.css">
</head>
<body>
<header class="ml-header">
 <a class="ml-logo" href="/">MEADOWLARK</a>
 <nav class="ml-nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/news/world/">World</a> <a href="/news/world-asia/">Asia</a> <a href="/news/business/">Business</a> <a href="/news/science/">Science</a> <a href="/audio/">Audio</a> <a href="/live/">Live</a></nav>
 <a class="ml-listen" href="/live/world-service/">&#9654; Listen live: World Service</a>
</header>
<div class="ml-consent">Meadowlark uses cookies to make the site simpler. <a href="/privacy/cookies/">Find out more about cookies</a> <button>Yes, I agree</button> <button>No, take me to settings</button></div>
<main class="ml-main">
<article>
 <span class="ml-section">{e(a.get('section', 'Asia'))}</span>
 <h1>{e(a['title'])}</h1>
 <div class="ml-meta"><time datetime="{t.isoformat()}">{disp}</time> <span>{e(a.get('author', 'Meadowlark News'))}</span></div>
 <div class="ml-audio"><button>&#9654; Listen to this article</button> <span>{max(1, len(' '.join(a['body']).split()) // 180)} min</span></div>
 <div class="ml-body">
{paras(a['body'])}
 </div>
 <div class="ml-topics"><h3>Related Topics</h3><ul>{''.join(f'<li><a href="/topics/{e(x.lower().replace(" ", "-"))}">{e(x)}</a></li>' for x in a.get('tags_list', ['Asia']))}</ul></div>
 <div class="ml-share">Share this story: <a href="#">Email</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
</article>
<aside class="ml-more"><h2>More on this story</h2><ul>
{rel}
</ul></aside>
</main>
<footer class="ml-footer"><p><a href="/terms/">Terms of Use</a> · <a href="/about/">About Meadowlark</a> · <a href="/privacy/">Privacy Policy</a> · <a href="/privacy/cookies/">Cookies</a> · <a href="/accessibility/">Accessibility Help</a> · <a href="/contact/">Contact</a></p>
<p>Copyright © {t.year} Meadowlark. Meadowlark is not responsible for the content of external sites.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- ИА «Волнорез» (RU wire)

def volnorez(a: dict) -> str:
    t = a["published"].astimezone(MSK)
    disp = f"{t.day} {RU_MONTHS[t.month-1]} {t.year}, {t.strftime('%H:%M')}"
    tags = " ".join(f'<a href="/tag/{i}/">{e(x)}</a>' for i, x in enumerate(a.get("tags_list", ["Япония"])))
    rel = related_list(a.get("related") or [
        ("/politics/", "В Госдуме предложили продлить дальневосточную ипотеку"),
        ("/economy/", "ЦБ сохранил ключевую ставку"),
        ("/world/", "Лидеры стран ШОС соберутся на саммит осенью"),
        ("/dv/", "Во Владивостоке открылся новый морской терминал"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} — ИА «Волнорез»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{a['published'].isoformat()}">
{jsonld(a, 'ИА «Волнорез»', 'ru')}
</head>
<body>
<div class="header-top"><span class="city">Москва</span> <span class="rates">USD · EUR · CNY</span> <a href="/subscribe/">Подписаться на рассылку</a></div>
<header class="header">
 <a href="/" class="logo">ВОЛНОРЕЗ<span>информационное агентство</span></a>
 <nav class="rubrics"><a href="/">Главное</a> <a href="/politics/">Политика</a> <a href="/economy/">Экономика</a> <a href="/society/">Общество</a> <a href="/incidents/">Происшествия</a> <a href="/world/">В мире</a> <a href="/dv/">Дальний Восток</a> <a href="/sport/">Спорт</a></nav>
</header>
<div class="layout">
<main class="article">
 <div class="article__meta"><a class="rubric" href="/{e(a.get('section_slug', 'politics'))}/">{e(a.get('section', 'Политика'))}</a> <time datetime="{a['published'].isoformat()}">{disp}</time></div>
 <h1 class="article__title">{e(a['title'])}</h1>
 <div class="article__lead">{e(a['summary'])}</div>
 <div class="article__text">
{paras(a['body'])}
 </div>
 <div class="article__tags">Теги: {tags}</div>
 <div class="article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
 <div class="article__subscribe">Подписывайтесь на канал «Волнореза» в Telegram</div>
 <section class="read-also"><h3>Читайте также</h3><ul>
{rel}
 </ul></section>
</main>
<aside class="feed"><h3>Лента новостей</h3><ul>
<li>Синоптики пообещали потепление в Приморье</li><li>В Хабаровске завершили ремонт моста</li><li>Курс юаня на бирже снизился</li><li>На Камчатке проснулся вулкан Безымянный</li>
</ul></aside>
</div>
<div class="cookie">Сайт использует файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies/">политикой обработки данных</a>. <button>Понятно</button></div>
<footer class="footer"><p>Сетевое издание «Информационное агентство «Волнорез». Свидетельство о регистрации СМИ ЭЛ № ФС 77-81734. Учредитель: ООО «Волнорез Медиа». Главный редактор: С. А. Ковалёва.</p>
<p>© 2014—{t.year} ИА «Волнорез». При цитировании ссылка обязательна. 18+</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Островное радио (RU regional broadcaster; no metadata)

def ostrovradio(a: dict) -> str:
    t = a["published"].astimezone(SAKH)
    disp = f"{t.day} {RU_MONTHS[t.month-1]} {t.year}, {t.strftime('%H:%M')}"
    rel = related_list(a.get("related") or [
        ("/news/pogoda/", "Циклон принесёт на юг Сахалина ливни и штормовой ветер"),
        ("/news/transport/", "Паром «Игорь Фархутдинов» выйдет в рейс по графику"),
        ("/news/society/", "В Корсакове открылась новая детская площадка"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Островное радио</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/radio.css?v=77">
</head>
<body>
<div class="player-bar"><span class="onair">В ЭФИРЕ</span> «Утро на острове» · <a href="/live/">&#9654; Слушать прямой эфир</a> · 101,7 FM Южно-Сахалинск · 104,3 FM Южно-Курильск · 103,9 FM Курильск</div>
<header>
 <div class="logo"><a href="/">Островное радио</a> <small>Сахалин и Курилы</small></div>
 <ul class="topmenu"><li><a href="/news/">Новости</a></li><li><a href="/live/">Эфир</a></li><li><a href="/podcasts/">Подкасты</a></li><li><a href="/schedule/">Программа передач</a></li><li><a href="/news/kurily/">Курилы</a></li><li><a href="/pogoda/">Погода</a></li><li><a href="/contacts/">Контакты</a></li></ul>
</header>
<div class="wrap">
<div class="news-item">
 <div class="crumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a> / {e(a.get('section', 'Курилы'))}</div>
 <h1>{e(a['title'])}</h1>
 <div class="date">{disp}</div>
 <div class="text">
{paras(a['body'])}
 </div>
 <div class="author">{e(a.get('author', 'Служба новостей Островного радио'))}</div>
 <div class="share">Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp</div>
 <div class="more"><b>Ещё новости</b><ul>
{rel}
 </ul></div>
</div>
<div class="side"><div class="banner">Реклама на радио: +7 (4242) 00-00-00</div><div class="pogoda">Южно-Курильск: +6, туман</div></div>
</div>
<footer><p>© {t.year} «Островное радио». Все права защищены. Использование материалов — только с активной ссылкой. 16+</p><p>Мы используем cookies для улучшения работы сайта.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- «Рубикон» (RU daily; og:title only)

def rubikon(a: dict) -> str:
    t = a["published"].astimezone(MSK)
    disp = t.strftime("%d.%m.%Y %H:%M")
    rel = related_list(a.get("related") or [
        ("/politics/", "Эксперты: бюджет следующего года будет сбалансированным"),
        ("/society/", "Сколько стоит собрать ребёнка в школу"),
        ("/culture/", "В Москве открылась выставка русского авангарда"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Газета «Рубикон»</title>
<meta property="og:title" content="{e(a['title'])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="rb-head">
 <div class="rb-logo"><a href="/">РУБИКОН</a><span>общественно-политическая газета</span></div>
 <nav><a href="/politics/">Политика</a> <a href="/economy/">Экономика</a> <a href="/regions/">Регионы</a> <a href="/society/">Общество</a> <a href="/culture/">Культура</a> <a href="/dacha/">Дача</a> <a href="/opinions/">Мнения</a> <a href="/archive/">Архив номеров</a></nav>
</header>
<main class="rb-main">
<article>
 <div class="rb-rubric">{e(a.get('section', 'Политика'))}</div>
 <h1>{e(a['title'])}</h1>
 <p class="rb-lead">{e(a['summary'])}</p>
 <div class="rb-info"><span class="rb-author">{e(a.get('author', 'Редакция'))}</span> <span class="rb-date">{disp}</span> <span class="rb-issue">{e(a.get('issue', ''))}</span></div>
 <div class="rb-text">
{paras(a['body'])}
 </div>
</article>
<section class="rb-related"><h3>Материалы по теме</h3><ul>
{rel}
</ul></section>
<section class="rb-comments"><h3>Комментарии ({a.get('comments', 0)})</h3><p>Чтобы оставить комментарий, <a href="/login/">войдите</a>.</p></section>
</main>
<div class="rb-cookie">Мы используем файлы cookie и метрические программы. <a href="/privacy/">Подробнее</a> <button>Принять</button></div>
<footer class="rb-foot"><p>Газета «Рубикон». Выходит с 1998 года. Регистрационный номер ПИ № ФС 77-70211.</p><p>© «Рубикон», {t.year}. Перепечатка материалов без согласия редакции запрещена. 16+</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 山吹新聞デジタル (JA national daily)

def yamabuki(a: dict) -> str:
    t = a["published"].astimezone(JST)
    disp = f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"
    rel = related_list(a.get("related") or [
        ("/ybnews/politics/", "衆院予算委、来週から集中審議"),
        ("/ybnews/economy/", "日銀、金融政策の現状維持を決定"),
        ("/ybnews/hokkaido/", "道内の観光客数、過去最多を更新"),
        ("/ybnews/international/", "ASEAN外相会議、南シナ海問題で声明"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])}：山吹新聞デジタル</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="山吹新聞デジタル">
<meta property="article:published_time" content="{a['published'].isoformat()}">
{jsonld(a, '山吹新聞社', 'ja')}
</head>
<body>
<div id="cookie-consent" class="consent">当サイトでは、利便性の向上や広告配信のためにCookieを使用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="yb-header">
 <div class="yb-logo"><a href="/">山吹新聞デジタル</a></div>
 <div class="yb-user"><a href="/login/">ログイン</a> <a href="/subscribe/">有料会員登録</a></div>
 <nav class="yb-nav"><ul><li><a href="/">トップ</a></li><li><a href="/sokuho/">速報</a></li><li><a href="/ybnews/politics/">政治</a></li><li><a href="/ybnews/economy/">経済</a></li><li><a href="/ybnews/international/">国際</a></li><li><a href="/ybnews/national/">社会</a></li><li><a href="/ybnews/hokkaido/">地域</a></li><li><a href="/opinion/">オピニオン</a></li><li><a href="/sports/">スポーツ</a></li></ul></nav>
</header>
<main class="yb-main">
<div class="yb-breadcrumb"><a href="/">トップ</a> &gt; <a href="/ybnews/{e(a.get('section_slug', 'politics'))}/">{e(a.get('section', '政治'))}</a> &gt; 記事</div>
<article class="yb-article">
 <h1>{e(a['title'])}</h1>
 <div class="yb-byline">{e(a.get('author', ''))}</div>
 <time class="yb-date" datetime="{a['published'].isoformat()}">{disp}</time>
 <div class="yb-share">シェア <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">ブックマーク</a></div>
 <div class="yb-body">
{paras(a['body'])}
 </div>
 <p class="yb-notice">{e(a.get('notice', ''))}</p>
</article>
<section class="yb-related"><h2>関連ニュース</h2><ul>
{rel}
</ul></section>
<section class="yb-ranking"><h2>アクセスランキング</h2><ol><li>大雪、交通乱れ続く　JR一部運休</li><li>新NISA、口座数が伸び悩み</li><li>高校野球、地区大会の組み合わせ決まる</li></ol></section>
</main>
<footer class="yb-footer"><ul><li><a href="/company/">会社案内</a></li><li><a href="/privacy/">個人情報の取り扱い</a></li><li><a href="/terms/">利用規約</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
<p>Copyright © Yamabuki Shimbun Company. All rights reserved. 無断転載を禁じます。</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- 道東あおばテレビ NEWS (JA regional broadcaster; no metadata)

def aoba(a: dict) -> str:
    t = a["published"].astimezone(JST)
    disp = f"{t.year}年{t.month}月{t.day}日({JA_WEEKDAYS[t.weekday()]}) {t.strftime('%H:%M')}"
    rel = related_list(a.get("related") or [
        ("/news/weather/", "あすの道東　濃霧に注意"),
        ("/news/local/", "中標津の牧場で子牛の品評会"),
        ("/news/local/", "釧路湿原でタンチョウのひな確認"),
    ])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}｜道東あおばテレビ NEWS</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/common/css/news.css">
</head>
<body>
<header id="header">
 <h1 class="logo"><a href="/">道東あおばテレビ</a></h1>
 <ul class="gnav"><li><a href="/news/">ニュース</a></li><li><a href="/weather/">天気</a></li><li><a href="/tokushu/">特集</a></li><li><a href="/program/">番組表</a></li><li><a href="/company/">会社案内</a></li></ul>
</header>
<div id="contents">
<div class="news-detail">
 <p class="category">{e(a.get('section', '根室'))}</p>
 <h2 class="title">{e(a['title'])}</h2>
 <p class="date">{disp} 更新</p>
 <div class="movie"><a href="/movie/">▶ 動画を見る</a></div>
 <div class="text">
{paras(a['body'])}
 </div>
 <div class="sns">この記事をシェアする　X　LINE　Facebook</div>
</div>
<div class="side-news"><h3>この地域のニュース</h3><ul>
{rel}
</ul></div>
</div>
<div class="cookie-bar">このサイトはCookieを利用しています。<a href="/privacy/">詳細</a> <button>OK</button></div>
<footer id="footer"><p>番組・放送に関するお問い合わせは視聴者センターまで</p><p>&copy; DOTO AOBA TELEVISION BROADCASTING CO.,LTD.</p></footer>
</body>
</html>
"""


RENDER = {
    "sanderling-wire": sanderling,
    "kinmoku-post": kinmoku,
    "lapwing-hokkaido": lapwing,
    "meadowlark-world": meadowlark,
    "volnorez-lenta": volnorez,
    "ostrovnoe-radio": ostrovradio,
    "rubikon-gazeta": rubikon,
    "yamabuki-digital": yamabuki,
    "aoba-tv-news": aoba,
}
