"""Page templates, one per invented outlet. Each returns a complete HTML5 document."""
import json
from datetime import datetime, timedelta, timezone
from html import escape

FEEDS = [
    {"id": "tollgate-en", "title": "Tollgate Wire - World", "format": "rss", "lang": "en"},
    {"id": "ropewalk-en", "title": "The Ropewalk Weekly - Asia & Eurasia digest", "format": "atom", "lang": "en"},
    {"id": "podium-en", "title": "Podium Record - briefings and transcripts", "format": "rss", "lang": "en"},
    {"id": "protokol-ru", "title": "Протокол.Инфо — брифинги и стенограммы", "format": "rss", "lang": "ru"},
    {"id": "vakhta-ru", "title": "Вахтенный журнал — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "semdnei-ru", "title": "«Семь дней» — еженедельное обозрение Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "gikai-ja", "title": "議会ウォッチ通信", "format": "atom", "lang": "ja"},
    {"id": "shiome-ja", "title": "潮目新聞デジタル", "format": "rss", "lang": "ja"},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def e(s: str) -> str:
    return escape(s, quote=True)


def dt(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def local(a, hours: int) -> datetime:
    return dt(a).astimezone(timezone(timedelta(hours=hours)))


def jsonld(a, publisher: str, url: str, lang: str, author: str | None = None) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "datePublished": a["published"],
        "inLanguage": lang, "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def related_list(items: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for t, h in items)


# ------------------------------------------------------------------ Tollgate Wire (EN)

def tollgate(a) -> str:
    url = f"https://www.tollgatewire.com/world/{a['id']}"
    d = dt(a)
    stamp = d.strftime("%B %-d, %Y %-I:%M %p") + " GMT"
    rel = a.get("related") or [
        ("Markets: yen slips as traders eye Bank of Japan", "/markets/yen-boj"),
        ("Analysis: Moscow's Pacific pivot, two years on", "/analysis/pacific-pivot"),
        ("Factbox: disputed islands around the world", "/factbox/disputed-islands"),
    ]
    body = "\n".join(a["body"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | Tollgate Wire</title>
<meta name="description" content="{e(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tollgate Wire">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:section" content="{e(a.get('section', 'World'))}">
<link rel="canonical" href="{url}">
{jsonld(a, 'Tollgate Wire', url, 'en', a.get('author'))}
<link rel="stylesheet" href="/static/tw-main.3f9a1c.css">
</head>
<body class="article-page">
<div id="consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to measure traffic and personalise content. You can change your choices at any time in Privacy Settings.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="tw-masthead">
  <a class="tw-logo" href="/">TOLLGATE<span>WIRE</span></a>
  <nav class="tw-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/asia-pacific">Asia-Pacific</a></li>
    <li><a href="/europe">Europe</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/video">Video</a></li>
  </ul></nav>
  <form class="tw-search" action="/search"><input name="q" placeholder="Search Tollgate"></form>
</header>
<main>
<nav class="crumbs"><a href="/world">World</a> &rsaquo; <a href="/asia-pacific">{e(a.get('section', 'Asia-Pacific'))}</a></nav>
<article class="tw-story">
  <h1 class="tw-headline">{e(a['title'])}</h1>
  <div class="tw-byline">By {e(a.get('author', 'Tollgate Wire staff'))} &middot; <time datetime="{a['published']}">{stamp}</time> &middot; {a.get('readtime', 3)} min read</div>
  <div class="tw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="tw-body">
{body}
  </div>
  <p class="tw-credits">Reporting by {e(a.get('credits', 'Tollgate Wire bureaus'))}; editing by Helen Marchetti</p>
  <p class="tw-standards"><a href="/trust-principles">Our Standards: The Tollgate Trust Principles</a></p>
</article>
<aside class="tw-related"><h2>Related coverage</h2><ul>{related_list(rel)}</ul></aside>
<aside class="tw-promo"><h2>Get the Asia Morning Brief</h2><p>The five stories you need before markets open, in your inbox every weekday.</p><a href="/newsletters">Sign up</a></aside>
</main>
<footer class="tw-footer">
  <ul><li><a href="/about">About Tollgate</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/rss">RSS</a></li></ul>
  <p>&copy; 2025 Tollgate Wire. All quotes delayed a minimum of 15 minutes.</p>
</footer>
<script src="/static/tw-bundle.81c2.js" defer></script>
</body>
</html>
"""


# ------------------------------------------------------------------ The Ropewalk Weekly (EN)

def ropewalk(a) -> str:
    d = dt(a)
    url = f"https://ropewalkweekly.net/issues/{d:%Y-%m-%d}"
    body = "\n".join(a["body"])
    issue = a.get("issue", 200)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} — The Ropewalk Weekly</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="The Ropewalk Weekly">
<meta property="og:description" content="{e(a['summary'])}">
<meta name="twitter:card" content="summary">
<link rel="alternate" type="application/atom+xml" href="/feed.atom" title="The Ropewalk Weekly">
<style>body{{font-family:Georgia,serif;max-width:720px;margin:auto}} .item h3{{margin-top:2em}}</style>
</head>
<body>
<div class="cookie-note">This site sets one analytics cookie. <a href="/cookies">What we collect</a> · <button>OK</button></div>
<header>
  <p class="mast"><a href="/">The Ropewalk Weekly</a></p>
  <p class="tagline">Asia &amp; Eurasia, one long read every Friday</p>
  <nav><a href="/issues">Archive</a> · <a href="/about">About</a> · <a href="/subscribe">Subscribe</a> · <a href="/support">Support us</a></nav>
</header>
<main>
<article class="issue">
  <p class="issue-no">Issue No. {issue} · {d:%-d %B %Y}</p>
  <h1>{e(a['title'])}</h1>
  <p class="dek">{e(a['summary'])}</p>
{body}
  <p class="signoff">That's the week. Replies go straight to the editors — we read all of them. — <em>R.W.</em></p>
</article>
<section class="share"><a href="#">Forward to a friend</a> · <a href="#">Share on Bluesky</a> · <a href="#">Copy link</a></section>
<section class="prev"><h2>Previous issues</h2><ul>
  <li><a href="/issues/archive#last">Last week's issue</a></li>
  <li><a href="/issues/archive#month">This month in the archive</a></li>
</ul></section>
</main>
<footer><p>The Ropewalk Weekly is reader-supported. Unsubscribe any time. © The Ropewalk Weekly Ltd, registered in England and Wales.</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Podium Record (EN)

def podium(a) -> str:
    d = dt(a)
    body = "\n".join(a["body"])
    rel = a.get("related") or [
        ("Transcript archive: Tokyo", "/archive/tokyo"),
        ("Transcript archive: Moscow", "/archive/moscow"),
        ("How we edit transcripts", "/about/editing"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} · Podium Record</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/podium.css">
</head>
<body>
<div class="gdpr" id="gdpr">Podium Record uses strictly necessary cookies only. <a href="/privacy">Privacy notice</a> <button onclick="this.parentNode.remove()">Dismiss</button></div>
<header class="site">
  <a class="brand" href="/">PODIUM<b>RECORD</b></a>
  <span class="strap">What officials said, on the record</span>
  <nav><a href="/briefings">Briefings</a><a href="/parliaments">Parliaments</a><a href="/speeches">Speeches</a><a href="/documents">Documents</a><a href="/about">About</a></nav>
</header>
<main class="record">
  <p class="kicker">{e(a.get('kicker', 'Briefings'))}</p>
  <h1>{e(a['title'])}</h1>
  <p class="meta">Posted {d:%-d %b %Y, %H:%M} UTC · Edited by {e(a.get('author', 'the Podium desk'))}</p>
  <p class="standfirst">{e(a['summary'])}</p>
  <div class="transcript">
{body}
  </div>
  <p class="note">Translations from Japanese and Russian are Podium Record's own. Where an official English text exists, it prevails.</p>
  <div class="tools"><a href="#">Cite this record</a> | <a href="#">Download .txt</a> | <a href="#">Report an error</a></div>
</main>
<aside><h2>More on the record</h2><ul>{related_list(rel)}</ul></aside>
<footer class="site-foot"><p>Podium Record is an independent, non-profit transcription service. <a href="/donate">Donate</a> · <a href="/contact">Contact</a> · <a href="/feeds">Feeds</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Протокол.Инфо (RU)

def protokol(a) -> str:
    d = local(a, 3)
    url = f"https://protokol-info.ru/materials/{a['id']}"
    stamp = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    body = "\n".join(a["body"])
    rel = a.get("related") or [
        ("Архив брифингов официального представителя МИД", "/archive/mid"),
        ("Стенограммы пресс-конференций Кремля", "/archive/kremlin"),
        ("Парламентские слушания: все материалы", "/archive/duma"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} — Протокол.Инфо</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Протокол.Инфо">
<meta property="article:published_time" content="{a['published']}">
{jsonld(a, 'Протокол.Инфо', url, 'ru')}
<link rel="stylesheet" href="/css/protokol.min.css?v=42">
</head>
<body>
<div class="cookies">Мы используем файлы cookie и сервис веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header class="top">
  <a class="logo" href="/">Протокол<span>.Инфо</span></a>
  <nav><a href="/mid">МИД</a> <a href="/kreml">Кремль</a> <a href="/duma">Госдума</a> <a href="/sovfed">Совфед</a> <a href="/regions">Регионы</a> <a href="/docs">Документы</a></nav>
  <a class="subscribe" href="/telegram">Наш Telegram-канал</a>
</header>
<main>
<div class="crumbs"><a href="/">Главная</a> / <a href="/{e(a.get('rubric_slug', 'mid'))}">{e(a.get('rubric', 'МИД'))}</a></div>
<article>
  <h1>{e(a['title'])}</h1>
  <div class="meta"><time datetime="{a['published']}">{stamp}</time> · Рубрика: {e(a.get('rubric', 'МИД'))}</div>
  <div class="lead">{e(a['summary'])}</div>
  <div class="text">
{body}
  </div>
  <div class="source">{e(a.get('source', 'Стенограмма приводится по материалам официального сайта. Сокращения обозначены отточием.'))}</div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</article>
<aside class="more"><h3>Читайте также</h3><ul>{related_list(rel)}</ul></aside>
</main>
<footer><p>© 2016–2025 Протокол.Инфо. Сетевое издание. При цитировании ссылка обязательна. 18+</p><p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ Вахтенный журнал (RU)

def vakhta(a) -> str:
    d = local(a, 11)
    url = f"https://vakhta-sakhalin.ru/news/{d:%Y/%m/%d}/{a['id']}"
    stamp = f"{d:%d.%m.%Y} {d:%H:%M}"
    body = "\n".join(a["body"])
    rel = a.get("related") or [
        ("Погода на Курилах: циклон принесёт дожди и ветер", "/news/weather"),
        ("В Южно-Курильске обсудили ремонт дорог", "/news/roads"),
        ("Паромная переправа Ванино — Холмск: изменения в расписании", "/news/ferry"),
    ]
    comments = a.get("comments") or []
    cm = "".join(f'<li><b>{e(n)}</b> <span>{e(t)}</span></li>' for n, t in comments)
    comments_html = (f'<section class="comments"><h3>Комментарии ({len(comments)})</h3><ul>{cm}</ul>'
                     '<p>Чтобы оставить комментарий, войдите через VK ID.</p></section>') if comments else \
        '<section class="comments"><h3>Комментарии (0)</h3><p>Комментариев пока нет. Будьте первым!</p></section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Вахтенный журнал</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['published']}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/vj.css">
</head>
<body>
<div class="cookie-popup">Сайт использует cookie. <a href="/cookie">Подробнее</a> <button>Принять</button></div>
<div class="topline">Южно-Сахалинск <span>−3°</span> · Курильск <span>+1°</span> · Курс ЦБ: $ 92,4 € 99,8</div>
<header>
  <a class="logo" href="/">Вахтенный журнал</a><span class="sub">новости Сахалина и Курил</span>
  <nav><a href="/news">Новости</a> <a href="/kurily">Курилы</a> <a href="/economy">Экономика</a> <a href="/fish">Рыбалка и промысел</a> <a href="/society">Общество</a> <a href="/incidents">Происшествия</a></nav>
</header>
<main>
<article class="news">
  <div class="rubric">{e(a.get('rubric', 'Курилы'))}</div>
  <h1>{e(a['title'])}</h1>
  <div class="date">{stamp}</div>
  <p class="anons"><b>{e(a['summary'])}</b></p>
{body}
  <p class="author">Автор: {e(a.get('author', 'Редакция'))}</p>
  <div class="share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
</article>
{comments_html}
<aside><h3>Другие новости</h3><ul>{related_list(rel)}</ul></aside>
</main>
<footer><p>«Вахтенный журнал» — сетевое издание. Свидетельство о регистрации СМИ Эл № ФС77-0000. Все права защищены. 16+</p><p>Редакция: Южно-Сахалинск, ул. Ленина. <a href="/contacts">Контакты</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ «Семь дней» (RU)

def semdnei(a) -> str:
    d = local(a, 10)
    body = "\n".join(a["body"])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/s.css">
</head>
<body>
<p class="cookie">Продолжая чтение, вы соглашаетесь на использование cookie. <a href="/c">Подробнее</a></p>
<header><div class="brand"><a href="/">«Семь дней»</a></div><div class="slogan">Еженедельное обозрение Дальнего Востока · выходит по субботам</div>
<nav><a href="/vypuski">Все выпуски</a> | <a href="/regiony">Регионы</a> | <a href="/podpiska">Подписка</a> | <a href="/o-nas">О нас</a></nav></header>
<main>
<article>
<p class="nomer">Выпуск № {a.get('issue', 100)} · {d.day} {RU_MONTHS[d.month - 1]} {d.year}</p>
<h1>{e(a['title'])}</h1>
<p class="vrezka">{e(a['summary'])}</p>
{body}
<p class="podpis">Обозрение подготовила редакция «Семи дней» по материалам региональных ведомств и СМИ.</p>
</article>
<div class="share">Переслать выпуск: <a href="#">Telegram</a> · <a href="#">e-mail</a></div>
</main>
<footer>© «Семь дней», 2019–2025. Перепечатка — с согласия редакции.</footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 議会ウォッチ通信 (JA)

def gikai(a) -> str:
    d = local(a, 9)
    url = f"https://gikai-watch.jp/articles/{a['id']}"
    body = "\n".join(a["body"])
    wd = "月火水木金土日"[d.weekday()]
    rel = a.get("related") or [
        ("きょうの国会日程", "/schedule"),
        ("質問主意書・答弁書データベース", "/shitsumon"),
        ("委員会審議の見どころ（週間）", "/weekly"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}｜議会ウォッチ通信</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{e(a['summary'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="議会ウォッチ通信">
<meta property="og:type" content="article">
{jsonld(a, '議会ウォッチ通信', url, 'ja')}
<link rel="stylesheet" href="/css/gw.css">
</head>
<body>
<div id="cookie-consent">当サイトは利便性向上とアクセス解析のためにCookieを使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header class="gw-header">
  <a class="gw-logo" href="/">議会ウォッチ通信</a>
  <nav><ul><li><a href="/kokkai">国会</a></li><li><a href="/iinkai">委員会</a></li><li><a href="/shitsumon">質問主意書</a></li><li><a href="/chiho">地方議会</a></li><li><a href="/seisaku">政策</a></li><li><a href="/senkyo">選挙</a></li></ul></nav>
</header>
<main class="gw-main">
  <div class="pankuzu"><a href="/">ホーム</a> ＞ <a href="/{e(a.get('rubric_slug', 'iinkai'))}">{e(a.get('rubric', '委員会'))}</a></div>
  <article>
    <h1>{e(a['title'])}</h1>
    <p class="date"><time datetime="{a['published']}">{d.year}年{d.month}月{d.day}日（{wd}） {d:%H:%M}</time></p>
    <div class="sns"><a href="#">Xでポスト</a> <a href="#">はてブ</a> <a href="#">LINEで送る</a></div>
    <div class="honbun">
{body}
    </div>
    <p class="kisha">（{e(a.get('author', '議会ウォッチ通信 編集部'))}）</p>
  </article>
  <section class="kanren"><h2>関連記事</h2><ul>{related_list(rel)}</ul></section>
  <section class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/r1">来年度予算案、衆院通過の見通し</a></li><li><a href="/r2">質問主意書、今国会で過去最多ペース</a></li><li><a href="/r3">地方議会のなり手不足、総務省が実態調査</a></li></ol></section>
</main>
<footer class="gw-footer"><p><a href="/about">運営会社</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/contact">お問い合わせ</a></p><p>Copyright © 議会ウォッチ通信 All Rights Reserved. 記事・写真の無断転載を禁じます。</p></footer>
</body>
</html>
"""


# ------------------------------------------------------------------ 潮目新聞デジタル (JA)

def shiome(a) -> str:
    d = local(a, 9)
    url = f"https://shiome-np.jp/news/{d:%Y%m%d}/{a['id']}"
    body = "\n".join(a["body"])
    rel = a.get("related") or [
        ("花咲港、サンマ水揚げ初日は低調", "/news/sanma"),
        ("根室市、ふるさと納税の寄付額が過去最高", "/news/furusato"),
        ("納沙布岬で「望郷の家」改修へ", "/news/bokyo"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - 潮目新聞デジタル</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://shiome-np.jp/img/ogp/default.png">
<meta property="article:published_time" content="{a['published']}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/shiome.css">
</head>
<body>
<div class="cookie-banner">潮目新聞デジタルは、サービス向上のためCookieを利用します。<a href="/cookie">Cookieポリシー</a><button>閉じる</button></div>
<header>
  <div class="logo"><a href="/">潮目新聞デジタル</a><small>根室・釧路・道東のニュース</small></div>
  <nav><a href="/news">ニュース</a><a href="/hoppo">北方領土</a><a href="/gyogyo">漁業・水産</a><a href="/seiji">政治</a><a href="/keizai">経済</a><a href="/chiiki">地域</a><a href="/sports">スポーツ</a></nav>
  <div class="login"><a href="/login">ログイン</a> <a href="/subscribe">会員登録（初月無料）</a></div>
</header>
<main>
<article class="kiji">
  <p class="genre">{e(a.get('rubric', '北方領土'))}</p>
  <h1>{e(a['title'])}</h1>
  <p class="hizuke">{d.year}年{d.month}月{d.day}日 {d:%H:%M}</p>
  <div class="share"><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">URLをコピー</a></div>
  <div class="kiji-body">
{body}
  </div>
</article>
<aside class="kanren"><h2>関連ニュース</h2><ul>{related_list(rel)}</ul></aside>
<aside class="shimen"><h2>きょうの紙面</h2><p>紙面ビューアーは有料会員限定です。<a href="/viewer">紙面を見る</a></p></aside>
</main>
<footer><p>潮目新聞社　北海道根室市</p><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は潮目新聞社またはその情報提供者に属します。</p></footer>
</body>
</html>
"""


TEMPLATES = {
    "tollgate-en": tollgate, "ropewalk-en": ropewalk, "podium-en": podium,
    "protokol-ru": protokol, "vakhta-ru": vakhta, "semdnei-ru": semdnei,
    "gikai-ja": gikai, "shiome-ja": shiome,
}
