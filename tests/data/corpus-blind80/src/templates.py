"""Page templates: one per outlet, each with its own site chrome.

Every page is a complete HTML5 document. Some outlets carry Open Graph tags,
article:published_time and JSON-LD; utyos-ru and tofutsu-ja carry almost no metadata.
"""

import hashlib
import json
from datetime import datetime, timedelta, timezone
from html import escape

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def _dt(article):
    return datetime.fromisoformat(article["published"].replace("Z", "+00:00"))


def _paras(article, cls=None):
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{escape(p)}</p>" for p in article["body"])


def _num(article):
    """A stable pseudo article number for URLs shown in chrome."""
    return int(hashlib.sha1(article["id"].encode()).hexdigest()[:6], 16) % 900000 + 100000


def _jsonld(article, publisher, url):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article["title"],
        "description": article["summary"],
        "datePublished": article["published"],
        "dateModified": article["published"],
        "inLanguage": article["lang"],
        "author": {"@type": "Person", "name": article.get("author", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


# --------------------------------------------------------------------------- sculpin-wire (en)

def sculpin(article):
    t = _dt(article)
    url = f"https://www.sculpinwire.example/world/{article['section'].lower()}/{_num(article)}"
    when = t.strftime("%B %-d, %Y %-I:%M %p UTC")
    related = [
        "Explainer: what sanctions has Japan imposed on Russia?",
        "Asia markets close mixed as yen firms",
        "Factbox: Russia's disputes with its neighbours",
        "Pacific fisheries body meets amid quota row",
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(article['title'])} | Sculpin Wire</title>
<meta name="description" content="{escape(article['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Sculpin Wire">
<meta property="og:title" content="{escape(article['title'])}">
<meta property="og:description" content="{escape(article['summary'])}">
<meta property="article:published_time" content="{article['published']}">
<meta property="article:section" content="{escape(article['section'])}">
{_jsonld(article, "Sculpin Wire", url)}
<link rel="stylesheet" href="/static/sw-main.css">
</head>
<body class="sw-article">
<div id="sw-consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to personalise content, measure audiences and serve ads.
  You can change your choices at any time in Privacy Settings.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="sw-header">
  <a class="sw-logo" href="/">SCULPIN<span>WIRE</span></a>
  <nav class="sw-nav">
    <a href="/world">World</a><a href="/world/asia">Asia</a><a href="/world/europe">Europe</a>
    <a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/video">Video</a>
    <a href="/subscribe" class="sw-sub">Subscribe</a>
  </nav>
  <form class="sw-search" action="/search"><input name="q" placeholder="Search Sculpin Wire"></form>
</header>
<main>
<article class="story">
  <div class="kicker">{escape(article['section'])}</div>
  <h1>{escape(article['title'])}</h1>
  <div class="byline">By {escape(article.get('author', 'Sculpin Wire'))} &middot; <time datetime="{article['published']}">{when}</time></div>
  <div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="story-body">
{_paras(article)}
  </div>
  <p class="trust">Our Standards: <a href="/trust-principles">The Sculpin Wire Trust Principles.</a></p>
</article>
<aside class="related">
  <h2>Read next</h2>
  <ul>{''.join(f'<li><a href="/world/asia/{_num(article)+i+1}">{escape(r)}</a></li>' for i, r in enumerate(related))}</ul>
</aside>
<div class="ad-slot" data-slot="mpu-2">Advertisement</div>
</main>
<footer class="sw-footer">
  <nav><a href="/about">About us</a> <a href="/careers">Careers</a> <a href="/terms">Terms of use</a>
  <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility</a></nav>
  <p>&copy; 2026 Sculpin Wire Ltd. All quotes delayed a minimum of 15 minutes.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- kunbetsu-tide (en)

def kunbetsu(article):
    t = _dt(article).astimezone(JST)
    when = t.strftime("%a, %b %-d, %Y")
    most_read = [
        "Saury boats return early as catches slump again",
        "Nemuro bus route to Cape Nosappu to be cut to four runs a day",
        "Kushiro airport adds summer flights to Taipei",
        "Red-crowned crane count rises for third year",
        "Rausu whale-watching season opens with orca sightings",
    ]
    comments = ""
    if article["label"] in ("restatement", "neutral"):
        comments = """
<section class="comments">
  <h3>Comments (2)</h3>
  <div class="comment"><b>hokkaido_jim</b> <span>Same story every year, sadly.</span></div>
  <div class="comment"><b>mariko.t</b> <span>My grandmother was from Shikotan. Thank you for covering this.</span></div>
  <p class="c-note">Comments are moderated. Please read our community guidelines.</p>
</section>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(article['title'])} - The Kunbetsu Tide</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{escape(article['title'])}">
<meta property="og:description" content="{escape(article['summary'])}">
<meta property="og:site_name" content="The Kunbetsu Tide">
<meta property="article:published_time" content="{article['published']}">
<link rel="stylesheet" href="/assets/tide.css">
</head>
<body>
<div class="cookie-notice">This site uses cookies to remember your preferences and to count visitors.
 <a href="/cookies">Learn more</a> <button>OK</button></div>
<div class="masthead">
  <div class="date-strip">{when} &nbsp;|&nbsp; Nemuro 4&deg;C</div>
  <a href="/" class="brand">The Kunbetsu Tide</a>
  <div class="tagline">News from eastern Hokkaido, in English</div>
  <ul class="menu">
    <li><a href="/nemuro">Nemuro</a></li><li><a href="/rausu">Rausu &amp; Shiretoko</a></li>
    <li><a href="/kushiro">Kushiro</a></li><li><a href="/islands">Russia &amp; the islands</a></li>
    <li><a href="/fisheries">Fisheries</a></li><li><a href="/life">Life</a></li>
  </ul>
</div>
<div class="wrap">
<div class="main-col">
  <p class="section-label">{escape(article['section'])}</p>
  <h1 class="headline">{escape(article['title'])}</h1>
  <p class="standfirst">{escape(article['summary'])}</p>
  <p class="meta">{escape(article.get('author', 'Staff'))} &mdash; {when}</p>
  <div class="text">
{_paras(article)}
  </div>
  <div class="tip-box">Got a story from eastern Hokkaido? Write to tips@kunbetsutide.example</div>
  {comments}
</div>
<div class="side-col">
  <h4>Most read</h4>
  <ol>{''.join(f'<li><a href="/life/{i}">{escape(m)}</a></li>' for i, m in enumerate(most_read))}</ol>
  <div class="newsletter"><h4>The Tide, every Friday</h4><input placeholder="Your email"><button>Sign up</button></div>
</div>
</div>
<footer>
  <p>The Kunbetsu Tide is an independent English-language news service based in Betsukai, Hokkaido.</p>
  <p><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy policy</a> &middot; &copy; 2026</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- cordage-asia (en)

def cordage(article):
    t = _dt(article)
    url = f"https://thecordage.example/asia-pacific/{t:%Y/%m}/{_num(article)}"
    when = t.strftime("%-d %B %Y")
    related = [
        ("Japan", "The long shadow of the 1956 Joint Declaration"),
        ("Analysis", "Why Tokyo keeps its Russia policy on autopilot"),
        ("Korea", "Seoul and Tokyo's careful détente, one year on"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{escape(article['title'])} — The Cordage</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(article['summary'])}">
<meta property="og:title" content="{escape(article['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{article['published']}">
<meta name="author" content="{escape(article.get('author', ''))}">
{_jsonld(article, "The Cordage", url)}
</head>
<body>
<div class="gdpr" id="gdpr">
  <strong>Your privacy</strong> We and our partners store and access information on your device to
  provide, analyse and improve our services. <a href="/privacy">Privacy notice</a>
  <button>Agree</button><button>Reject non-essential</button>
</div>
<header class="top">
  <a class="wordmark" href="/">The Cordage</a>
  <nav><a href="/asia-pacific">Asia &amp; Pacific</a> | <a href="/japan">Japan</a> | <a href="/china">China</a> |
  <a href="/korea">Korea</a> | <a href="/analysis">Analysis</a> | <a href="/podcast">Podcast</a></nav>
  <a class="sub" href="/subscribe">Subscribe — first month free</a>
</header>
<main class="article-main">
  <p class="rubric">{escape(article['section'])}</p>
  <h1>{escape(article['title'])}</h1>
  <h2 class="dek">{escape(article['summary'])}</h2>
  <p class="credit">{escape(article.get('author', ''))} · {when}</p>
  <div class="share-tools">Share · Save · Gift this article</div>
  <section class="body">
{_paras(article)}
  </section>
  <div class="paywall-hint">You have read 2 of your 5 free articles this month.</div>
</main>
<section class="more">
  <h3>More from The Cordage</h3>
  {''.join(f'<div class="card"><span>{escape(k)}</span><a href="/analysis/{_num(article)-i}">{escape(h)}</a></div>' for i, (k, h) in enumerate(related))}
</section>
<footer class="bottom">
  <p>The Cordage Media Pte. Ltd. &copy; 2026. All rights reserved.</p>
  <p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a> · <a href="/contact">Contact the newsroom</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- kontur-ru (ru)

def kontur(article):
    t = _dt(article).astimezone(MSK)
    when = f"{t.day} {RU_MONTHS[t.month-1]} {t.year}, {t:%H:%M}"
    url = f"https://vneshkontur.example/{article['section'].lower()}/{_num(article)}"
    also = [
        "Лавров провёл переговоры с главой МИД Монголии",
        "ШОС: итоги совещания министров обороны",
        "Какие страны АТР ужесточили санкции против России в этом году",
    ]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(article['title'])} — «Внешний контур»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(article['summary'])}">
<meta property="og:title" content="{escape(article['title'])}">
<meta property="og:description" content="{escape(article['summary'])}">
<meta property="og:site_name" content="Внешний контур">
<meta property="article:published_time" content="{article['published']}">
</head>
<body>
<div class="cookie">Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом,
вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header>
  <a href="/" class="logo">ВНЕШНИЙ КОНТУР</a>
  <nav>
    <a href="/">Главная</a> <a href="/politika">Политика</a> <a href="/mir">Мир</a>
    <a href="/ekonomika">Экономика</a> <a href="/intervyu">Интервью</a> <a href="/mneniya">Мнения</a>
  </nav>
  <a class="tg" href="https://t.me/vneshkontur_example">Мы в Telegram</a>
</header>
<main>
  <div class="rubric">{escape(article['section'])}</div>
  <h1>{escape(article['title'])}</h1>
  <div class="lead">{escape(article['summary'])}</div>
  <div class="info"><span class="date">{when}</span> · <span class="author">{escape(article.get('author', ''))}</span></div>
  <div class="article-text">
{_paras(article)}
  </div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">ОК</a></div>
  <div class="also">
    <h3>Читайте также</h3>
    <ul>{''.join(f'<li><a href="/mir/{_num(article)+i+7}">{escape(a)}</a></li>' for i, a in enumerate(also))}</ul>
  </div>
</main>
<footer>
  <p>Сетевое издание «Внешний контур». Свидетельство о регистрации СМИ Эл № ФС77-00000. 16+</p>
  <p>При использовании материалов ссылка на «Внешний контур» обязательна. © 2026</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- kalan-ru (ru)

def kalan(article):
    t = _dt(article).astimezone(SAKH)
    when = f"{t:%d.%m.%Y %H:%M}"
    news = [
        "Паромная переправа Ванино — Холмск работает в штатном режиме",
        "В Южно-Сахалинске завершили ремонт улицы Ленина",
        "На Сахалине стартовал сезон ловли корюшки",
        "В Охе открыли новый спортивный комплекс",
    ]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(article['title'])} | ИА «Калан»</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{escape(article['title'])}">
<meta property="og:image" content="https://kalan-news.example/img/og-default.jpg">
</head>
<body>
<div id="cookie-popup">Сайт использует cookie и сервис веб-аналитики. <a href="/cookies">Подробнее</a> <button>Принять</button></div>
<div class="topline">Южно-Сахалинск <span>+8°</span> · USD 92,4 · EUR 100,1</div>
<header>
  <a href="/" class="logo">КАЛАН</a><span class="slogan">информационное агентство</span>
  <ul class="menu"><li><a href="/news">Лента</a></li><li><a href="/kurily">Курилы</a></li>
  <li><a href="/vlast">Власть</a></li><li><a href="/obshchestvo">Общество</a></li>
  <li><a href="/ryba">Рыбалка</a></li><li><a href="/sport">Спорт</a></li></ul>
</header>
<div class="container">
<article itemscope itemtype="https://schema.org/NewsArticle">
  <div class="cat">{escape(article['section'])}</div>
  <h1 itemprop="headline">{escape(article['title'])}</h1>
  <div class="date"><time itemprop="datePublished" datetime="{article['published']}">{when}</time> · {escape(article.get('author', ''))}</div>
  <div itemprop="articleBody">
{_paras(article)}
  </div>
  <p class="src">Нашли ошибку? Выделите её и нажмите Ctrl+Enter.</p>
</article>
<div class="lenta">
  <h3>Лента новостей</h3>
  <ul>{''.join(f'<li><a href="/news/{_num(article)-i-3}">{escape(n)}</a></li>' for i, n in enumerate(news))}</ul>
</div>
<div class="comments-block"><h3>Комментарии</h3><p>Комментариев пока нет. Будьте первым!</p></div>
</div>
<footer>
  <p>ИА «Калан». Учредитель: ООО «Калан-Медиа». 18+</p>
  <p>Редакция: Южно-Сахалинск, ул. Сахалинская, 0. Тел. +7 (4242) 00-00-00</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- utyos-ru (ru, no metadata)

def utyos(article):
    t = _dt(article).astimezone(SAKH)
    when = f"{t.day} {RU_MONTHS[t.month-1]} {t.year}"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(article['title'])}</title>
</head>
<body>
<table class="layout" width="100%"><tr><td>
<div class="head"><a href="/"><b>«УТЁС»</b></a> — газета Южно-Курильского округа. Выходит с 1949 года.</div>
<div class="menu"><a href="/">Главная</a> | <a href="/novosti">Новости</a> | <a href="/okrug">Округ</a> |
<a href="/istoriya">История</a> | <a href="/obyavleniya">Объявления</a> | <a href="/raspisanie">Расписание теплоходов</a></div>
<div class="cookie-line">Продолжая просмотр, вы соглашаетесь на использование cookie. [x]</div>
</td></tr>
<tr><td>
<h2>{escape(article['title'])}</h2>
<div class="small">{when} | {escape(article['section'])} | Автор: {escape(article.get('author', 'Редакция'))}</div>
{_paras(article)}
<p><a href="/novosti">&larr; Все новости</a></p>
<div class="box"><b>Объявления:</b> Продаётся лодка «Обь-М» с мотором, Южно-Курильск, тел. 8-924-000-00-00.
Требуются водители категории С в МУП «Жилкомсервис».</div>
</td></tr>
<tr><td class="foot">© Газета «Утёс», 2026. Южно-Курильск, ул. Заводская, 0. Перепечатка — с разрешения редакции.</td></tr>
</table>
</body>
</html>
"""


# --------------------------------------------------------------------------- kitanohi-ja (ja)

def kitanohi(article):
    t = _dt(article).astimezone(JST)
    when = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    url = f"https://kitanohi.example/articles/{t:%Y%m%d}/{_num(article)}"
    kanren = [
        "道内の最低賃金、過去最大の引き上げ",
        "サンマ漁、今季も低調な滑り出し",
        "外交青書とは　ポイントを解説",
        "北方領土問題の経緯　年表で振り返る",
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{escape(article['title'])}｜北の灯通信</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(article['summary'])}">
<meta property="og:title" content="{escape(article['title'])}">
<meta property="og:description" content="{escape(article['summary'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{article['published']}">
{_jsonld(article, "北の灯通信", url)}
</head>
<body>
<div class="cookie-consent">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/policy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header>
  <a class="logo" href="/">北の灯通信</a>
  <nav><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/society">社会</a>
  <a href="/hokkaido">北海道</a> <a href="/world">国際</a> <a href="/sports">スポーツ</a></nav>
  <a class="login" href="/login">ログイン</a>
</header>
<main>
  <div class="genre">{escape(article['section'])}</div>
  <h1>{escape(article['title'])}</h1>
  <div class="pubdate">{when}</div>
  <div class="sns">ポスト　シェア　LINEで送る</div>
  <div class="article-body">
{_paras(article)}
  </div>
  <p class="credit">（{escape(article.get('author', ''))}）</p>
  <section class="kanren">
    <h2>関連記事</h2>
    <ul>{''.join(f'<li><a href="/articles/{_num(article)+i+11}">{escape(k)}</a></li>' for i, k in enumerate(kanren))}</ul>
  </section>
  <div class="ad">広告</div>
</main>
<footer>
  <p>記事・写真の無断転載を禁じます。</p>
  <p>&copy; 北の灯通信社 All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- tofutsu-ja (ja, little metadata)

def tofutsu(article):
    t = _dt(article).astimezone(JST)
    wd = "月火水木金土日"[t.weekday()]
    when = f"{t.year}年{t.month}月{t.day}日（{wd}）"
    ranking = [
        "斜里町で住宅火災、けが人なし",
        "網走・濤沸湖にハクチョウ飛来",
        "根室のサンマ、初水揚げは前年の半分",
        "標津高が全道大会へ　バドミントン",
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{escape(article['title'])} - 濤沸日報デジタル</title>
</head>
<body>
<div class="head-bar"><span>濤沸日報デジタル</span>　<a href="/login">ログイン</a>　<a href="/join">会員登録（初月無料）</a></div>
<div class="gnav"><a href="/">ホーム</a>｜<a href="/nemuro">根室</a>｜<a href="/abashiri">網走・斜里</a>｜<a href="/shiretoko">知床</a>｜<a href="/hoppo">北方領土</a>｜<a href="/okuyami">おくやみ</a></div>
<div class="cookie">本サイトはCookieを利用しています。<a href="/cookie">詳細</a>　［閉じる］</div>
<div class="content">
  <p class="cat">{escape(article['section'])}</p>
  <h1>{escape(article['title'])}</h1>
  <p class="date">{when}</p>
{_paras(article)}
  <p class="member">紙面では写真付きで掲載しています。</p>
  <div class="rank"><h3>アクセスランキング</h3><ol>{''.join(f'<li>{escape(r)}</li>' for r in ranking)}</ol></div>
</div>
<div class="foot">濤沸日報社　掲載記事・写真の無断転載を禁じます。</div>
</body>
</html>
"""


TEMPLATES = {
    "sculpin-wire": sculpin,
    "kunbetsu-tide": kunbetsu,
    "cordage-asia": cordage,
    "kontur-ru": kontur,
    "kalan-ru": kalan,
    "utyos-ru": utyos,
    "kitanohi-ja": kitanohi,
    "tofutsu-ja": tofutsu,
}


def render(article):
    return TEMPLATES[article["feed"]](article)
