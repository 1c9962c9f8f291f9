"""Outlets of the blind58 world and their page templates.

Every outlet has its own chrome (navigation, cookie banner, share buttons, related
stories, footer) and its own level of metadata:
  full  -> og:* + article:published_time + JSON-LD NewsArticle
  og    -> og:* + article:published_time only
  none  -> just <title> and a description (the page still shows a visible date)
An article can drop its metadata with `bare: true` in its content header.
"""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta, timezone

OUTLETS = {
    "quarrystone-wire": {
        "title": "Quarrystone Wire — World", "format": "rss", "lang": "en",
        "domain": "www.quarrystonewire.com", "tz": 0, "meta": "full", "style": "wire_en",
        "brand": "QUARRYSTONE", "tagline": "Independent wire service since 1931",
    },
    "verbatim-desk": {
        "title": "The Verbatim Desk — Transcripts, Briefings & Interviews", "format": "atom",
        "lang": "en", "domain": "verbatimdesk.org", "tz": 0, "meta": "og", "style": "transcript_en",
        "brand": "The Verbatim Desk", "tagline": "What they said, in full",
    },
    "wickham-courant": {
        "title": "The Wickham Courant — Asia & Pacific", "format": "rss", "lang": "en",
        "domain": "www.wickhamcourant.co.uk", "tz": 0, "meta": "full", "style": "paper_en",
        "brand": "The Wickham Courant", "tagline": "Asia & Pacific",
    },
    "pryamaya-rech": {
        "title": "Прямая речь — стенограммы, брифинги, интервью", "format": "atom", "lang": "ru",
        "domain": "pryamaya-rech.ru", "tz": 3, "meta": "og", "style": "transcript_ru",
        "brand": "Прямая речь", "tagline": "Стенограммы, брифинги, интервью",
    },
    "kabestan-ru": {
        "title": "ИА «Кабестан» — лента новостей", "format": "rss", "lang": "ru",
        "domain": "kabestan-news.ru", "tz": 3, "meta": "full", "style": "agency_ru",
        "brand": "КАБЕСТАН", "tagline": "информационное агентство",
    },
    "dolina-media": {
        "title": "Долина-Медиа — Сахалин и Курилы", "format": "rss", "lang": "ru",
        "domain": "dolina-media.ru", "tz": 11, "meta": "none", "style": "local_ru",
        "brand": "Долина-Медиа", "tagline": "Сахалин и Курилы",
    },
    "kaikenroku-ja": {
        "title": "会見録ジャパン — 会見・答弁・演説の記録", "format": "atom", "lang": "ja",
        "domain": "kaikenroku.jp", "tz": 9, "meta": "og", "style": "transcript_ja",
        "brand": "会見録ジャパン", "tagline": "会見・答弁・演説の記録",
    },
    "hokurei-tsushin": {
        "title": "北嶺通信ニュース", "format": "rss", "lang": "ja",
        "domain": "news.hokurei-tsushin.jp", "tz": 9, "meta": "full", "style": "agency_ja",
        "brand": "北嶺通信", "tagline": "NEWS",
    },
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

# filler "related" headlines per outlet (unrelated stories, external paths)
FILLER = {
    "quarrystone-wire": ["Oil edges higher as OPEC+ weighs output", "Typhoon disrupts flights across Okinawa",
                         "Bank of Japan holds rates, signals patience", "Korean chipmaker posts record quarter"],
    "verbatim-desk": ["Transcript: UN Secretary-General's noon briefing", "Transcript: US State Department press briefing",
                      "Transcript: EU foreign policy chief's remarks", "Transcript: ASEAN chair's press conference"],
    "wickham-courant": ["Why Tokyo's rice crisis refuses to go away", "The quiet rise of Kazakhstan's middle powers diplomacy",
                        "Seoul's new housing rules, explained", "Letters: On the future of the Pacific Islands Forum"],
    "pryamaya-rech": ["Стенограмма: пресс-конференция министра финансов", "Интервью: глава Росрыболовства о путине",
                      "Брифинг Минобороны: основные положения", "Выступление председателя ЦБ в Госдуме"],
    "kabestan-ru": ["Курс рубля: итоги торгов", "В Приморье ожидают тайфун", "Росстат: инфляция замедлилась",
                    "В Хабаровске открылся новый мост"],
    "dolina-media": ["В Южно-Сахалинске отремонтируют ещё 12 дворов", "Паромная переправа Ванино — Холмск: расписание",
                     "Сахалинские школьники победили на олимпиаде", "Горячая вода: график отключений"],
    "kaikenroku-ja": ["官房長官記者会見（午後）記録", "財務大臣会見記録", "日銀総裁会見の主なやりとり", "知事定例会見の記録"],
    "hokurei-tsushin": ["札幌で初雪　平年より5日遅く", "道内のコメ作況「やや良」", "JR北海道、来春ダイヤ改正", "ホタテ輸出、東南アジア向け拡大"],
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def local_time(dt: datetime, tz: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=tz)))


def show_date(dt: datetime, outlet: dict) -> str:
    t = local_time(dt, outlet["tz"])
    lang = outlet["lang"]
    if lang == "ru":
        return f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    if lang == "ja":
        return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    hour = t.strftime("%I").lstrip("0")
    return f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {hour}:{t:%M} {t:%p} GMT"


def inline(s: str) -> str:
    s = esc(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def body_html(body: str) -> str:
    out = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.rstrip() for ln in block.strip("\n").split("\n")]
        if not lines or not lines[0]:
            continue
        if lines[0].startswith("## "):
            out.append(f"<h2>{inline(lines[0][3:])}</h2>")
            rest = [ln for ln in lines[1:] if ln.strip()]
            if rest:
                out.append(f"<p>{inline(' '.join(rest))}</p>")
        elif all(ln.startswith("> ") or ln == ">" for ln in lines):
            txt = " ".join(ln[2:] for ln in lines if ln.startswith("> "))
            out.append(f"<blockquote><p>{inline(txt)}</p></blockquote>")
        elif all(ln.startswith("- ") for ln in lines):
            items = "".join(f"<li>{inline(ln[2:])}</li>" for ln in lines)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{inline(' '.join(ln.strip() for ln in lines))}</p>")
    return "\n".join(out)


def head(a: dict, outlet: dict, extra_css: str) -> str:
    url = f"https://{outlet['domain']}/articles/{a['id']}.html"
    level = "none" if a.get("bare") else outlet["meta"]
    pub = a["published"].strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(a['title'])} | {esc(outlet['brand'])}</title>",
        f'<meta name="description" content="{esc(a["summary"])}">',
    ]
    if level in ("og", "full"):
        parts += [
            f'<link rel="canonical" href="{url}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{esc(a["title"])}">',
            f'<meta property="og:description" content="{esc(a["summary"])}">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="og:site_name" content="{esc(outlet["brand"])}">',
            f'<meta property="article:published_time" content="{pub}">',
            f'<meta property="article:section" content="{esc(a.get("section", ""))}">',
        ]
    if level == "full":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "description": a["summary"], "datePublished": pub, "dateModified": pub,
              "inLanguage": outlet["lang"], "mainEntityOfPage": url,
              "author": {"@type": "Person" if a.get("author_is_person") else "Organization",
                         "name": a.get("author", outlet["brand"])},
              "publisher": {"@type": "Organization", "name": outlet["brand"]}}
        parts.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    parts.append(f"<style>{extra_css}</style>")
    return "<head>\n" + "\n".join(parts) + "\n</head>"


def related_list(a: dict, outlet_id: str, earlier: list[dict], n_filler: int = 2) -> list[tuple[str, str]]:
    items = [(f"/articles/{e['id']}.html", e["title"]) for e in earlier[-2:]][::-1]
    k = int(a["id"].split("-")[1])
    fill = FILLER[outlet_id]
    for i in range(n_filler):
        t = fill[(k + i) % len(fill)]
        slug = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-") or f"item-{k}-{i}"
        items.append((f"/news/{k}{i}/{slug[:40]}", t))
    return items


# ------------------------------------------------------------------ templates


def wire_en(a, outlet, earlier):
    rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in related_list(a, "quarrystone-wire", earlier))
    css = "body{font-family:Arial,sans-serif;margin:0}header{background:#111;color:#fff;padding:8px 16px}" \
          ".cookie{position:fixed;bottom:0;background:#eee;padding:10px;width:100%}"
    return f"""<!DOCTYPE html>
<html lang="en">
{head(a, outlet, css)}
<body>
<div class="cookie" id="consent">We use cookies to personalise content and ads and to analyse our traffic. <button>Accept all</button> <button>Manage preferences</button></div>
<header><a class="logo" href="/">{esc(outlet['brand'])}</a>
<nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/breakingviews">Analysis</a> <a href="/search">Search</a></nav></header>
<main>
<div class="crumbs"><a href="/world">World</a> › <a href="/{esc(a.get('section','World').lower())}">{esc(a.get('section','World'))}</a></div>
<article>
<h1>{esc(a['title'])}</h1>
<div class="byline">By {esc(a.get('author', 'Quarrystone staff'))} · <time datetime="{a['published'].strftime('%Y-%m-%dT%H:%M:%SZ')}">{show_date(a['published'], outlet)}</time> · 2 min read</div>
<div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
<div class="body">
{body_html(a['body'])}
</div>
<p class="trust">Our Standards: <a href="/trust">The Quarrystone Trust Principles</a>.</p>
</article>
<aside><h3>Read next</h3><ul>{rel}</ul></aside>
</main>
<footer><p>© {a['published'].year} Quarrystone Wire Ltd. All quotes delayed a minimum of 15 minutes.</p>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie policy</a> <a href="/terms">Terms of use</a></nav></footer>
</body>
</html>
"""


def transcript_en(a, outlet, earlier):
    rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in related_list(a, "verbatim-desk", earlier, 3))
    css = "body{font-family:Georgia,serif;max-width:760px;margin:auto}.note{font-size:.9em;color:#555}"
    return f"""<!DOCTYPE html>
<html lang="en">
{head(a, outlet, css)}
<body>
<div id="cookie-notice" role="dialog">This site uses essential cookies only. No tracking. <a href="/cookies">Details</a> <button>OK</button></div>
<header><div class="mast"><a href="/">{esc(outlet['brand'])}</a> <span>{esc(outlet['tagline'])}</span></div>
<nav><a href="/briefings">Briefings</a> | <a href="/speeches">Speeches</a> | <a href="/interviews">Interviews</a> | <a href="/parliaments">Parliaments</a> | <a href="/archive">Archive</a> | <a href="/donate">Support us</a></nav></header>
<main>
<article>
<p class="kicker">{esc(a.get('section', 'Transcripts'))}</p>
<h1>{esc(a['title'])}</h1>
<p class="dek">{esc(a['summary'])}</p>
<p class="meta">Posted <time datetime="{a['published'].strftime('%Y-%m-%dT%H:%M:%SZ')}">{show_date(a['published'], outlet)}</time> · Translation: Verbatim Desk staff</p>
<div class="transcript">
{body_html(a['body'])}
</div>
<p class="note">Corrections to translations are logged at <a href="/corrections">/corrections</a>. Quote freely with attribution.</p>
<div class="share">Share: <a href="#">X</a> · <a href="#">Bluesky</a> · <a href="#">Email</a> · <a href="#">Print</a></div>
</article>
<section class="related"><h2>More transcripts</h2><ul>{rel}</ul></section>
</main>
<footer><p>The Verbatim Desk is a non-profit translation collective. Content licensed CC BY 4.0.</p>
<p><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def paper_en(a, outlet, earlier):
    rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in related_list(a, "wickham-courant", earlier))
    k = int(a["id"].split("-")[1])
    comments = ""
    if k % 2 == 1:
        comments = """<section class="comments"><h3>Comments (3)</h3>
<div class="c"><b>northerly_reader</b>: Same script every year, different actors.</div>
<div class="c"><b>J. Ashworth</b>: Useful background, thank you.</div>
<div class="c"><b>Kestrel77</b>: Would be good to see the full quotes linked.</div></section>"""
    css = "body{font-family:'Times New Roman',serif}header{border-bottom:3px double #000}.paywall{background:#fafafa}"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
{head(a, outlet, css)}
<body>
<div class="consent-banner">We and our partners use cookies to improve your experience and for advertising. By clicking "Accept" you agree to this. <a href="/privacy">Privacy notice</a> <button>Accept</button> <button>Reject non-essential</button></div>
<header><h2 class="masthead"><a href="/">{esc(outlet['brand'])}</a></h2>
<nav><a href="/news">News</a> <a href="/asia-pacific">Asia &amp; Pacific</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/analysis">Analysis</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></nav></header>
<main>
<article>
<p class="section">{esc(a.get('section', 'Asia & Pacific'))}</p>
<h1>{esc(a['title'])}</h1>
<h2 class="standfirst">{esc(a['summary'])}</h2>
<p class="byline">{esc(a.get('author', 'Courant staff'))} · {show_date(a['published'], outlet)}</p>
<div class="article-body">
{body_html(a['body'])}
</div>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<p class="paywall">You have read 2 of 5 free articles this month. <a href="/subscribe">Subscribe from £1 a week</a>.</p>
</article>
{comments}
<aside><h3>Related</h3><ul>{rel}</ul></aside>
</main>
<footer><p>© The Wickham Courant Media Group {a['published'].year}. Registered in England and Wales.</p>
<p><a href="/contact">Contact us</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookie settings</a></p></footer>
</body>
</html>
"""


def transcript_ru(a, outlet, earlier):
    rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in related_list(a, "pryamaya-rech", earlier))
    css = "body{font-family:'PT Serif',serif}.tag{color:#a00}"
    return f"""<!DOCTYPE html>
<html lang="ru">
{head(a, outlet, css)}
<body>
<div class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookies">политикой их использования</a>. <button>Понятно</button></div>
<header><a class="logo" href="/">{esc(outlet['brand'])}</a> <span>{esc(outlet['tagline'])}</span>
<nav><a href="/briefings">Брифинги</a> <a href="/interviews">Интервью</a> <a href="/speeches">Выступления</a> <a href="/telegram">Telegram-посты</a> <a href="/archive">Архив</a></nav></header>
<main>
<article>
<div class="tag">{esc(a.get('section', 'Стенограммы'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="lead">{esc(a['summary'])}</div>
<div class="date">{show_date(a['published'], outlet)}</div>
<div class="text">
{body_html(a['body'])}
</div>
<div class="share">Поделиться: <a href="#">Telegram</a> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Скопировать ссылку</a></div>
</article>
<section><h3>Читайте также</h3><ul>{rel}</ul></section>
</main>
<footer><p>© {a['published'].year} «Прямая речь». Сетевое издание. 18+</p><p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p></footer>
</body>
</html>
"""


def agency_ru(a, outlet, earlier):
    rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in related_list(a, "kabestan-ru", earlier))
    css = "body{font-family:Roboto,Arial}header{background:#0b3d63;color:#fff}"
    return f"""<!DOCTYPE html>
<html lang="ru">
{head(a, outlet, css)}
<body>
<header><a class="logo" href="/">{esc(outlet['brand'])}</a> <small>{esc(outlet['tagline'])}</small>
<nav><a href="/lenta">Лента</a> <a href="/politika">Политика</a> <a href="/ekonomika">Экономика</a> <a href="/regiony">Регионы</a> <a href="/mir">В мире</a> <a href="/sport">Спорт</a> <a href="/foto">Фото</a></nav>
<div class="ticker">Курсы ЦБ · Погода · Пробки</div></header>
<main>
<article>
<div class="rubric"><a href="/{esc(a.get('section','Политика'))}">{esc(a.get('section', 'Политика'))}</a></div>
<time datetime="{a['published'].strftime('%Y-%m-%dT%H:%M:%SZ')}">{show_date(a['published'], outlet)}</time>
<h1>{esc(a['title'])}</h1>
<p class="anons"><b>{esc(a['summary'])}</b></p>
{body_html(a['body'])}
<p class="author">Автор: {esc(a.get('author', 'Редакция'))}</p>
<div class="share"><a href="#">Telegram</a> <a href="#">VK</a> <a href="#">WhatsApp</a></div>
</article>
<aside><h3>Главное</h3><ul>{rel}</ul></aside>
</main>
<div class="cookie-bar">Сайт использует cookie и сервисы веб-аналитики. <button>Согласен</button></div>
<footer><p>© ИА «Кабестан», {a['published'].year}. Свидетельство о регистрации СМИ ИА № ФС77-00000. При цитировании ссылка обязательна.</p>
<p><a href="/redakciya">Редакция</a> | <a href="/reklama">Реклама</a> | <a href="/privacy">Политика конфиденциальности</a></p></footer>
</body>
</html>
"""


def local_ru(a, outlet, earlier):
    rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in related_list(a, "dolina-media", earlier, 3))
    css = "body{font-family:Verdana}"
    return f"""<!DOCTYPE html>
<html lang="ru">
{head(a, outlet, css)}
<body>
<div class="top"><a href="/">{esc(outlet['brand'])}</a> — {esc(outlet['tagline'])} · <span>Южно-Сахалинск −3°</span></div>
<nav><a href="/novosti">Новости</a> · <a href="/kurily">Курилы</a> · <a href="/obshchestvo">Общество</a> · <a href="/transport">Транспорт</a> · <a href="/afisha">Афиша</a> · <a href="/obyavleniya">Объявления</a></nav>
<div id="cookie">Этот сайт использует cookie. <a href="#">Принять</a></div>
<div class="content">
<span class="rubr">{esc(a.get('section', 'Новости'))}</span>
<h1>{esc(a['title'])}</h1>
<div class="dt">{show_date(a['published'], outlet)} (время сахалинское)</div>
<div class="lead"><i>{esc(a['summary'])}</i></div>
{body_html(a['body'])}
<div class="share">Поделиться: <a href="#">ВК</a> <a href="#">ОК</a> <a href="#">Telegram</a></div>
<div class="more"><b>Ещё новости:</b><ul>{rel}</ul></div>
<div class="comments">Комментарии (0). Чтобы оставить комментарий, <a href="/login">войдите</a>.</div>
</div>
<footer>© «Долина-Медиа», {a['published'].year}. 16+. Мнение редакции может не совпадать с мнением авторов. Тел. редакции: +7 (4242) 00-00-00</footer>
</body>
</html>
"""


def transcript_ja(a, outlet, earlier):
    rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in related_list(a, "kaikenroku-ja", earlier))
    css = "body{font-family:'Hiragino Mincho ProN',serif}"
    return f"""<!DOCTYPE html>
<html lang="ja">
{head(a, outlet, css)}
<body>
<div class="cookie">当サイトでは利便性向上のためクッキー（Cookie）を使用しています。<a href="/policy">詳しくはこちら</a> <button>同意する</button></div>
<header><p class="site"><a href="/">{esc(outlet['brand'])}</a></p><p class="sub">{esc(outlet['tagline'])}</p>
<nav><a href="/kokkai">国会</a>｜<a href="/kantei">官邸</a>｜<a href="/gaimu">外務省</a>｜<a href="/jichitai">自治体</a>｜<a href="/enzetsu">演説</a>｜<a href="/search">検索</a></nav></header>
<main>
<article>
<p class="cat">{esc(a.get('section', '記録'))}</p>
<h1>{esc(a['title'])}</h1>
<p class="date">掲載：{show_date(a['published'], outlet)}</p>
<p class="lead">{esc(a['summary'])}</p>
<div class="kiroku">
{body_html(a['body'])}
</div>
<p class="chui">※本記録は編集部が作成したもので、公式の会議録・会見録ではありません。引用の際は原典をご確認ください。</p>
<div class="share">共有：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
</article>
<aside><h2>関連する記録</h2><ul>{rel}</ul></aside>
</main>
<footer><p>© {a['published'].year} 会見録ジャパン</p><p><a href="/about">運営者情報</a>・<a href="/privacy">プライバシーポリシー</a>・<a href="/contact">お問い合わせ</a></p></footer>
</body>
</html>
"""


def agency_ja(a, outlet, earlier):
    rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in related_list(a, "hokurei-tsushin", earlier))
    css = "body{font-family:'Hiragino Sans',sans-serif}header{background:#003a70;color:#fff}"
    return f"""<!DOCTYPE html>
<html lang="ja">
{head(a, outlet, css)}
<body>
<header><a class="logo" href="/">{esc(outlet['brand'])}</a><span>{esc(outlet['tagline'])}</span>
<nav><a href="/news">ニュース</a> <a href="/politics">政治</a> <a href="/economy">経済</a> <a href="/society">社会</a> <a href="/hoppou">北方領土</a> <a href="/international">国際</a> <a href="/hokkaido">道内</a> <a href="/sports">スポーツ</a></nav></header>
<main>
<article>
<div class="genre">{esc(a.get('section', 'ニュース'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="info"><time datetime="{a['published'].strftime('%Y-%m-%dT%H:%M:%SZ')}">{show_date(a['published'], outlet)}</time>（{esc(a.get('author', '北嶺通信'))}）</div>
<div class="honbun">
{body_html(a['body'])}
</div>
<div class="sns"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a> <a href="#">リンクをコピー</a></div>
</article>
<section class="kanren"><h2>関連記事</h2><ul>{rel}</ul></section>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>道内の週末の天気</li><li>新千歳空港、国際線が過去最多</li><li>高校野球、南北海道大会の組み合わせ決定</li></ol></section>
</main>
<div class="cookie-consent">本サイトはCookieを利用しています。サイトの閲覧を続けることで、Cookieの利用に同意したものとみなします。<button>閉じる</button></div>
<footer><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は北嶺通信社またはその情報提供者に属します。</p><p>© {a['published'].year} Hokurei Tsushin</p></footer>
</body>
</html>
"""


STYLES = {
    "wire_en": wire_en, "transcript_en": transcript_en, "paper_en": paper_en,
    "transcript_ru": transcript_ru, "agency_ru": agency_ru, "local_ru": local_ru,
    "transcript_ja": transcript_ja, "agency_ja": agency_ja,
}


def render(a: dict, earlier_same_outlet: list[dict]) -> str:
    outlet = OUTLETS[a["feed"]]
    return STYLES[outlet["style"]](a, outlet, earlier_same_outlet)
