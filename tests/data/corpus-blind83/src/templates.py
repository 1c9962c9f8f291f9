"""Page templates, one per outlet. Each returns a complete HTML5 document.

Body blocks (art["body"]) are:
  "text"                      a plain paragraph
  ("Q", "text")               a question (rendered in the outlet's Q/A style)
  ("Q", "text", "SPEAKER")    a question with a named asker
  ("A", "text")               an answer
  ("A", "text", "SPEAKER")    an answer with a named speaker
  ("H", "text")               a subheading
  ("N", "text")               an editor's/source note (small print)
"""
from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
SAKH = timezone(timedelta(hours=11))

esc = html.escape


def _pick(pool, key, n):
    """Deterministic choice of n related items from a pool."""
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    items = list(pool)
    out = []
    while items and len(out) < n:
        i = h % len(items)
        out.append(items.pop(i))
        h //= 7
    return out


def _blocks(body, lang, style):
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f"<p>{esc(b)}</p>")
            continue
        kind, text = b[0], b[1]
        who = b[2] if len(b) > 2 else None
        if kind == "H":
            out.append(f"<h2>{esc(text)}</h2>")
        elif kind == "N":
            out.append(f'<p class="note"><small>{esc(text)}</small></p>')
        elif kind == "Q":
            if lang == "ja":
                out.append(f'<p class="qa-q">―{esc(text)}</p>')
            elif lang == "ru":
                label = who or "Вопрос"
                out.append(f'<p class="qa-q"><b>{esc(label)}:</b> {esc(text)}</p>')
            else:
                label = who or ("QUESTION" if style == "transcript" else "Q")
                out.append(f'<p class="qa-q"><strong>{esc(label)}:</strong> {esc(text)}</p>')
        elif kind == "A":
            if lang == "ja":
                t = text if text.startswith("「") else f"「{text}」"
                out.append(f'<p class="qa-a">{esc(t)}</p>')
            elif lang == "ru":
                label = who or "Ответ"
                out.append(f'<p class="qa-a"><b>{esc(label)}:</b> {esc(text)}</p>')
            else:
                label = who or "A"
                out.append(f'<p class="qa-a"><strong>{esc(label)}:</strong> {esc(text)}</p>')
        else:
            raise ValueError(kind)
    return "\n".join(out)


def _jsonld(art, aid, publisher, url_base="/articles/"):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "description": art["summary"],
        "datePublished": art["published"].isoformat().replace("+00:00", "Z"),
        "dateModified": art["published"].isoformat().replace("+00:00", "Z"),
        "inLanguage": art["lang"],
        "mainEntityOfPage": f"{url_base}{aid}.html",
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _og(art, site):
    p = art["published"].isoformat().replace("+00:00", "Z")
    return (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{esc(site)}">\n'
            f'<meta property="og:title" content="{esc(art["title"])}">\n'
            f'<meta property="og:description" content="{esc(art["summary"])}">\n'
            f'<meta property="article:published_time" content="{p}">')


# ----------------------------------------------------------------- quayline-en


QUAYLINE_RELATED = [
    "Readout: G7 foreign ministers' call on maritime security",
    "Transcript: UN Secretary-General's noon briefing, highlights",
    "Transcript: Australian foreign minister's doorstop in Canberra",
    "Readout: Japan–Philippines vice-ministerial dialogue",
    "Transcript: ASEAN Secretariat press availability",
    "Transcript: Korean foreign ministry regular briefing (excerpts)",
    "Readout: EU–Japan summit joint press conference",
    "Transcript: Chinese foreign ministry regular press conference (excerpts)",
    "How we translate: Quayline's notes on provisional transcripts",
]


def quayline(art, aid):
    pub = art["published"]
    body = _blocks(art["body"], "en", "transcript")
    rel = "".join(f'<li><a href="/transcripts/{i}">{esc(t)}</a></li>'
                  for i, t in enumerate(_pick(QUAYLINE_RELATED, aid, 4), 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art["title"])} | Quayline Record</title>
<meta name="description" content="{esc(art["summary"])}">
{_og(art, "Quayline Record")}
{_jsonld(art, aid, "Quayline Record")}
<link rel="alternate" type="application/atom+xml" title="Quayline Record" href="/feeds/quayline-en.xml">
</head>
<body class="qr-transcript">
<div id="qr-consent" class="consent" role="dialog">
  <p>We use cookies to keep you signed in and to count readers. No advertising trackers.
  <button>Accept</button> <button>Only necessary</button> <a href="/privacy">Privacy</a></p>
</div>
<header class="qr-top">
  <a class="logo" href="/">QUAYLINE <span>Record</span></a>
  <nav><a href="/transcripts">Transcripts</a> · <a href="/readouts">Readouts</a> · <a href="/interviews">Interviews</a> · <a href="/asia">Asia-Pacific</a> · <a href="/europe">Europe</a> · <a href="/americas">Americas</a> · <a href="/search">Search</a></nav>
  <a class="sub" href="/subscribe">Daily digest by email</a>
</header>
<main>
<article>
  <p class="kicker">TRANSCRIPT</p>
  <h1>{esc(art["title"])}</h1>
  <p class="dek">{esc(art["summary"])}</p>
  <p class="meta">Posted <time datetime="{pub.isoformat()}">{pub.strftime("%d %B %Y, %H:%M")} UTC</time> · Quayline transcripts desk</p>
  <div class="share"><a href="#">Copy link</a> <a href="#">Share</a> <a href="#">Print</a> <a href="#">Download .txt</a></div>
  <div class="transcript">
{body}
  </div>
  <p class="disclaimer"><small>Quayline transcripts are edited for readability. Translations are provisional; the original-language record prevails.</small></p>
</article>
<aside><h3>More transcripts</h3><ul>{rel}</ul></aside>
</main>
<footer><p>Quayline Record · Briefings, pressers and readouts since 2016 · <a href="/about">About</a> · <a href="/corrections">Corrections</a> · <a href="/contact">Contact</a></p>
<p>© {pub.year} Quayline Media Ltd.</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- sorrel-gazette

SORREL_RELATED = [
    "Tokyo stocks end higher as exporters rally",
    "Typhoon season: what the new forecasting model changes",
    "Hokkaido's scallop exporters look beyond China",
    "Seoul and Tokyo agree to expand youth exchange visas",
    "Opinion: Japan's rural towns need more than tourists",
    "Philippines, Japan hold coast guard drills off Luzon",
    "Bank of Japan minutes show debate over pace of hikes",
    "Sapporo's snow festival draws record foreign visitors",
    "Vladivostok port traffic slips as sanctions bite",
]


def sorrel(art, aid):
    pub = art["published"]
    body = _blocks(art["body"], "en", "news")
    rel = "".join(f'<li><a href="/asia-pacific/{i}">{esc(t)}</a></li>'
                  for i, t in enumerate(_pick(SORREL_RELATED, aid, 4), 1))
    by = art.get("byline", "Sorrel Gazette staff")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])} - The Sorrel Gazette</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{_og(art, "The Sorrel Gazette")}
<meta name="author" content="{esc(by)}">
<link rel="stylesheet" href="/static/sg.css">
</head>
<body>
<div class="cookie-bar">The Sorrel Gazette uses cookies to improve your experience. By continuing you agree to our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<div class="masthead"><a href="/"><img src="/static/logo.svg" alt="The Sorrel Gazette"></a>
<ul class="sections"><li><a href="/world">World</a></li><li><a href="/asia-pacific">Asia-Pacific</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/science">Science</a></li><li><a href="/newsletters">Newsletters</a></li></ul>
<a class="login" href="/login">Sign in</a></div>
<div class="container">
<div class="crumbs"><a href="/">Home</a> › <a href="/asia-pacific">Asia-Pacific</a></div>
<h1 class="headline">{esc(art["title"])}</h1>
<h2 class="standfirst">{esc(art["summary"])}</h2>
<div class="byline">By {esc(by)} · {pub.strftime("%-d %B %Y")}</div>
<div class="share-row"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<div class="article-body">
{body}
</div>
<div class="newsletter-box"><strong>Asia Morning Brief</strong> — the region's news before breakfast. <a href="/newsletters">Sign up</a></div>
<div class="comments-link"><a href="#comments">Comments (0)</a></div>
<section class="related"><h3>More from Asia-Pacific</h3><ul>{rel}</ul></section>
</div>
<footer class="site-foot"><p>The Sorrel Gazette · <a href="/about">About us</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/advertise">Advertise</a></p><p>© The Sorrel Gazette {pub.year}</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- hinterland-wire

HINTER_RELATED = [
    "Oil steadies as traders weigh OPEC+ supply signals",
    "Indonesia's president names new finance minister",
    "UN Security Council to meet on Sudan",
    "Taiwan reports Chinese military aircraft near island",
    "Mongolia signs rail deal with China",
    "Kazakhstan, Uzbekistan agree on water-sharing plan",
    "Japan's exports rise for fourth month",
    "South Korea's central bank holds rates",
]


def hinterland(art, aid):
    pub = art["published"]
    body = _blocks(art["body"], "en", "news")
    rel = "".join(f'<li><a href="/world/{i}">{esc(t)}</a></li>'
                  for i, t in enumerate(_pick(HINTER_RELATED, aid, 3), 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])} | Hinterland Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(art["summary"])}">
{_og(art, "Hinterland Wire")}
{_jsonld(art, aid, "Hinterland Wire")}
</head>
<body>
<div class="gdpr" id="gdpr">We and our partners use cookies. <a href="/cookie-settings">Settings</a> <button>Accept all</button></div>
<header><div class="brand"><a href="/">HINTERLAND WIRE</a></div>
<nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/breakingviews">Commentary</a></nav></header>
<main class="story">
<p class="section-tag">World · Asia</p>
<h1>{esc(art["title"])}</h1>
<p class="timestamp"><time datetime="{pub.isoformat()}">{pub.strftime("%B %-d, %Y %-I:%M %p")} UTC</time></p>
<p class="summary-lede"><em>{esc(art["summary"])}</em></p>
<div class="story-body">
{body}
</div>
<p class="credits">{esc(art.get("credits", "Reporting by Hinterland correspondents; Editing by the Asia desk"))}</p>
<p class="trust">Our Standards: <a href="/trust">The Hinterland Trust Principles.</a></p>
<aside class="read-next"><h4>Read next</h4><ul>{rel}</ul></aside>
</main>
<footer><p>Hinterland Wire · All quotes delayed a minimum of 15 minutes. · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a></p><p>© {pub.year} Hinterland News Service</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- pennywort-en (no metadata)

PENNY_RELATED = [
    "The long afterlife of the San Francisco system",
    "Letter from Ulaanbaatar: a capital between two giants",
    "What middle powers want from the next UN Secretary-General",
    "Reading list: ten books on the Cold War in Asia",
    "Podcast: the quiet diplomacy of fisheries",
    "How sanctions reshaped the Sea of Okhotsk economy",
]


def pennywort(art, aid):
    pub = art["published"]
    body = _blocks(art["body"], "en", "magazine")
    rel = "".join(f'<li><a href="/essays/{i}">{esc(t)}</a></li>'
                  for i, t in enumerate(_pick(PENNY_RELATED, aid, 3), 1))
    by = art.get("byline", "The Pennywort Review")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(art["title"])}</title>
<link rel="stylesheet" href="/assets/pw.css">
</head>
<body>
<div class="banner-cookies">This site stores a small cookie to remember your reading preferences. <a href="/privacy">More</a> <button>Fine</button></div>
<div class="topbar"><a href="/" class="wordmark">The Pennywort Review</a>
<span class="tag">Diplomacy &amp; Power</span>
<a href="/issues">Issues</a> <a href="/essays">Essays</a> <a href="/interviews">Interviews</a> <a href="/podcast">Podcast</a> <a href="/donate">Support us</a></div>
<div class="page">
<div class="rubric">{esc(art.get("section", "Interview"))}</div>
<h1>{esc(art["title"])}</h1>
<p class="lede">{esc(art["summary"])}</p>
<p class="dateline">{esc(by)} — {pub.strftime("%-d %B %Y")}</p>
<div class="text">
{body}
</div>
<p class="endmark">■</p>
<div class="support">The Pennywort Review is reader-funded. <a href="/donate">Become a supporter</a>.</div>
<div class="also"><h3>Also in the Review</h3><ul>{rel}</ul></div>
</div>
<div class="foot">The Pennywort Review · Published quarterly, updated weekly · <a href="/masthead">Masthead</a> · <a href="/submissions">Submissions</a></div>
</body>
</html>
"""


# ----------------------------------------------------------------- stenograf-ru

STENO_RELATED = [
    "Лавров проведёт переговоры с министром иностранных дел Лаоса",
    "Стенограмма: пресс-подход Сергея Шойгу в Пекине",
    "Песков: Кремль не комментирует слухи о кадровых перестановках",
    "Интервью: посол России в Индонезии — о торговле и туризме",
    "МИД: Россия готова к диалогу с АСЕАН по безопасности в регионе",
    "Брифинг МИД: главное за неделю",
    "Мишустин поручил ускорить строительство мостов на Дальнем Востоке",
    "Посол России в Монголии — о железнодорожном транзите",
]


def stenograf(art, aid):
    pub = art["published"]
    local = pub.astimezone(MSK)
    body = _blocks(art["body"], "ru", "news")
    rel = "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>'
                  for i, t in enumerate(_pick(STENO_RELATED, aid, 4), 1))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art["title"])} — ИА «Стенограф»</title>
<meta name="description" content="{esc(art["summary"])}">
{_og(art, "ИА «Стенограф»")}
{_jsonld(art, aid, "ИА «Стенограф»")}
</head>
<body>
<div class="cookie-note">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="hdr">
<a class="logo" href="/">Стенограф<span>прямая речь</span></a>
<nav><a href="/politics">Политика</a> <a href="/diplomacy">Дипломатия</a> <a href="/transcripts">Стенограммы</a> <a href="/interviews">Интервью</a> <a href="/regions">Регионы</a> <a href="/economy">Экономика</a> <a href="/search">Поиск</a></nav>
<span class="age">18+</span>
</header>
<main>
<div class="rubric">{esc(art.get("section", "Дипломатия"))}</div>
<h1>{esc(art["title"])}</h1>
<div class="lead">{esc(art["summary"])}</div>
<div class="date">{local.strftime("%d.%m.%Y, %H:%M")} (мск)</div>
<div class="article-text">
{body}
</div>
<div class="tg-promo">Читайте «Стенограф» в Telegram: только прямая речь, без пересказов.</div>
<div class="share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a></div>
<section class="also"><h3>Читайте также</h3><ul>{rel}</ul></section>
</main>
<footer><p>ИА «Стенограф». Свидетельство о регистрации СМИ ИА № ФС 77-81942. Учредитель — ООО «Медиа-Протокол».</p>
<p>При цитировании ссылка на ИА «Стенограф» обязательна. © {pub.year}</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- tikhookean-ru (no metadata)

TIKHO_RELATED = [
    "В Холмске отремонтируют набережную",
    "Паромная переправа Ванино — Холмск: расписание на неделю",
    "Путина: рыбаки Сахалина подводят предварительные итоги",
    "На Сахалине открылся сезон сбора папоротника",
    "Корсаков: горячая вода вернётся в дома к пятнице",
    "Синоптики обещают циклон на выходных",
    "В Южно-Сахалинске выбрали лучший двор года",
    "Хоккей: «Сахалинские акулы» одержали третью победу подряд",
]


def _weather(month):
    return {1: "−14 °C, снег", 2: "−12 °C, ясно", 3: "−5 °C, облачно", 4: "+3 °C, дождь",
            5: "+9 °C, туман", 6: "+14 °C, облачно", 7: "+19 °C, туман", 8: "+22 °C, ясно",
            9: "+16 °C, облачно", 10: "+8 °C, ветер", 11: "−1 °C, мокрый снег",
            12: "−9 °C, метель"}[month]


def tikhookean(art, aid):
    pub = art["published"]
    local = pub.astimezone(SAKH)
    body = _blocks(art["body"], "ru", "news")
    rel = "".join(f'<li><a href="/novosti/{i}">{esc(t)}</a></li>'
                  for i, t in enumerate(_pick(TIKHO_RELATED, aid, 4), 1))
    ncom = int(hashlib.md5(aid.encode()).hexdigest(), 16) % 9
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(art["title"])}</title>
</head>
<body>
<div class="cookies">Сайт использует cookie и сервис веб-аналитики. <a href="/policy">Подробнее</a> <button>Согласен</button></div>
<div class="top-line"><span>Южно-Сахалинск</span> <span>{_weather(local.month)}</span> <span>USD 92,41 · EUR 99,87</span></div>
<div class="header"><a href="/" class="logo">Тихоокеанский обозреватель</a>
<div class="menu"><a href="/novosti">Новости</a> | <a href="/kurily">Курилы</a> | <a href="/ekonomika">Экономика</a> | <a href="/obshchestvo">Общество</a> | <a href="/intervyu">Интервью</a> | <a href="/sport">Спорт</a> | <a href="/afisha">Афиша</a></div></div>
<div class="content">
<h1>{esc(art["title"])}</h1>
<div class="info"><span class="date">{local.strftime("%d.%m.%Y %H:%M")}</span> <span class="author">{esc(art.get("byline", "Редакция"))}</span></div>
<div class="intro"><strong>{esc(art["summary"])}</strong></div>
{body}
<div class="source">Фото: архив редакции. Если вы стали свидетелем интересного события — пишите нам в мессенджеры.</div>
<div class="comments"><h4>Комментарии ({ncom})</h4><p>Чтобы оставить комментарий, войдите на сайт.</p></div>
<div class="more"><h4>Другие новости</h4><ul>{rel}</ul></div>
</div>
<div class="footer">© «Тихоокеанский обозреватель», {pub.year}. Сетевое издание. Материалы сайта предназначены для лиц старше 16 лет (16+). Перепечатка — только с согласия редакции.</div>
</body>
</html>
"""


# ----------------------------------------------------------------- nemurowan-ja

NEMU_RELATED = [
    "サンマ棒受け網漁、初水揚げは平年並み",
    "根室市の花咲港、岸壁改修工事が完了",
    "市立図書館で郷土資料の企画展",
    "落石漁港でコンブ干し始まる",
    "根室高校、野球部が地区大会で準優勝",
    "「かに祭り」にぎわう　2日間で3万人",
    "ふるさと納税、ホタテが人気",
    "明治公園のサイロ、補修へ",
]


def nemurowan(art, aid):
    pub = art["published"]
    local = pub.astimezone(JST)
    body = _blocks(art["body"], "ja", "news")
    rel = "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>'
                  for i, t in enumerate(_pick(NEMU_RELATED, aid, 4), 1))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(art["title"])}｜根室湾タイムズ</title>
{_og(art, "根室湾タイムズ")}
</head>
<body>
<div class="cookie">当サイトはサービス向上のためクッキーを使用しています。<a href="/privacy">詳しくはこちら</a> <button>同意する</button></div>
<header><a class="logo" href="/">根室湾タイムズ</a>
<nav><a href="/">トップ</a> <a href="/local">地域</a> <a href="/hoppo">北方領土</a> <a href="/suisan">水産</a> <a href="/keizai">経済</a> <a href="/sports">スポーツ</a> <a href="/okuyami">おくやみ</a></nav></header>
<main>
<article>
<h1>{esc(art["title"])}</h1>
<p class="date">{local.year}年{local.month}月{local.day}日 {local.strftime("%H:%M")}</p>
<p class="lead">{esc(art["summary"])}</p>
{body}
<p class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></p>
</article>
<section class="rel"><h2>関連記事</h2><ul>{rel}</ul></section>
</main>
<footer><p>根室湾タイムズ　〒087-0000 北海道根室市</p><p>掲載記事・写真の無断転載を禁じます。Copyright © {local.year} Nemurowan Times.</p></footer>
</body>
</html>
"""


# ----------------------------------------------------------------- hokuhen-ja

HOKU_RELATED = [
    "道内の最低賃金、過去最大の引き上げ",
    "札幌市、冬季五輪招致の検討を凍結",
    "ＪＲ北海道、特急の一部運休を発表",
    "道東の酪農家、飼料高で離農相次ぐ",
    "釧路湿原のメガソーラー計画、住民が説明会",
    "知床の観光船事故から教訓、安全講習会",
    "道議会、新年度予算案を可決",
    "函館の夜景、観光客数がコロナ前超え",
]


def hokuhen(art, aid):
    pub = art["published"]
    local = pub.astimezone(JST)
    body = _blocks(art["body"], "ja", "news")
    rank = "".join(f"<li>{esc(t)}</li>" for t in _pick(HOKU_RELATED, aid + "r", 5))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art["title"])} - 北辺日報デジタル</title>
<meta name="description" content="{esc(art["summary"])}">
{_og(art, "北辺日報デジタル")}
{_jsonld(art, aid, "北辺日報")}
</head>
<body>
<div id="consent">北辺日報デジタルは、利便性向上と広告配信のためにCookieを利用します。<a href="/cookie">Cookieポリシー</a> <button>同意して閉じる</button></div>
<header class="gh"><a href="/" class="logo">北辺日報<small>デジタル</small></a>
<ul class="gnav"><li><a href="/politics">政治</a></li><li><a href="/hokkaido">道内</a></li><li><a href="/hoppo">北方領土</a></li><li><a href="/international">国際</a></li><li><a href="/economy">経済</a></li><li><a href="/opinion">論説</a></li></ul>
<a href="/login" class="login">ログイン</a> <a href="/member" class="member">会員登録</a></header>
<div class="wrap">
<article class="main">
<p class="cat">{esc(art.get("section", "政治"))}</p>
<h1>{esc(art["title"])}</h1>
<p class="time"><time datetime="{pub.isoformat()}">{local.year}/{local.month:02d}/{local.day:02d} {local.strftime("%H:%M")}</time>　更新</p>
<div class="body">
<p class="lede">{esc(art["summary"])}</p>
{body}
</div>
<p class="free">この記事は無料公開中です。</p>
<div class="share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">ブックマーク</a></div>
</article>
<aside class="side"><h3>アクセスランキング</h3><ol>{rank}</ol>
<div class="ad">広告</div></aside>
</div>
<footer><p>北辺日報社　<a href="/company">会社案内</a>　<a href="/terms">利用規約</a>　<a href="/privacy">個人情報の取り扱い</a></p><p>Copyright © {local.year} The Hokuhen Nippo. All rights reserved.</p></footer>
</body>
</html>
"""


RENDER = {
    "quayline-en": quayline,
    "sorrel-gazette": sorrel,
    "hinterland-wire": hinterland,
    "pennywort-en": pennywort,
    "stenograf-ru": stenograf,
    "tikhookean-ru": tikhookean,
    "nemurowan-ja": nemurowan,
    "hokuhen-ja": hokuhen,
}
