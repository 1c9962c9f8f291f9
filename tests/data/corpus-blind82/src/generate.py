#!/usr/bin/env python3
"""Generate the blind82 evaluation corpus.

Writes labels.yaml and articles/<id>.html into the corpus folder (the parent of
this src/ folder). Standard library plus PyYAML only.

    python3 src/generate.py            # run from the corpus folder
"""
from __future__ import annotations

import html
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from stories_en import STORIES as STORIES_EN  # noqa: E402
from stories_ja import STORIES as STORIES_JA  # noqa: E402
from stories_ru import STORIES as STORIES_RU  # noqa: E402

CORPUS_NAME = "blind82"
KNOWN_AS_OF = date(2024, 2, 8)
PREFIX = "b82"

# ---------------------------------------------------------------- outlets
FEEDS = [
    {"id": "cantlewood-wire", "title": "Cantlewood Wire — Asia", "format": "rss", "lang": "en"},
    {"id": "fennimore-en", "title": "The Fennimore Review — Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "sorrelbay-en", "title": "Sorrel Bay Herald — Japan in English", "format": "rss", "lang": "en"},
    {"id": "ruspacific-en", "title": "RusPacific English Service", "format": "atom", "lang": "en"},
    {"id": "laguna-ru", "title": "ИА «Лагуна-Информ» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "shkiper-ru", "title": "Шкипер.ру — Сахалин и Курилы", "format": "atom", "lang": "ru"},
    {"id": "hokuryo-ja", "title": "北稜新聞デジタル", "format": "rss", "lang": "ja"},
    {"id": "ginrei-ja", "title": "銀嶺通信ニュース", "format": "atom", "lang": "ja"},
]
SITE = {
    "cantlewood-wire": {"name": "Cantlewood Wire", "host": "www.cantlewoodwire.com", "tz": 0, "tzname": "GMT"},
    "fennimore-en": {"name": "The Fennimore Review", "host": "fennimorereview.com", "tz": 0, "tzname": "GMT"},
    "sorrelbay-en": {"name": "Sorrel Bay Herald", "host": "www.sorrelbayherald.jp", "tz": 9, "tzname": "JST"},
    "ruspacific-en": {"name": "RusPacific", "host": "en.ruspacific.ru", "tz": 3, "tzname": "MSK"},
    "laguna-ru": {"name": "Лагуна-Информ", "host": "laguna-inform.ru", "tz": 3, "tzname": "мск"},
    "shkiper-ru": {"name": "Шкипер.ру", "host": "shkiper65.ru", "tz": 11, "tzname": ""},
    "hokuryo-ja": {"name": "北稜新聞", "host": "www.hokuryo-np.jp", "tz": 9, "tzname": "JST"},
    "ginrei-ja": {"name": "銀嶺通信", "host": "news.ginrei-tsushin.jp", "tz": 9, "tzname": "JST"},
}

E = html.escape


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(ts: str, feed: str) -> datetime:
    return parse(ts).astimezone(timezone(timedelta(hours=SITE[feed]["tz"])))


def paras(a: dict) -> str:
    out = []
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n        ".join(out)


def jsonld(a: dict, url: str, publisher: str) -> str:
    d = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["summary"],
        "datePublished": parse(a["published"]).isoformat(),
        "dateModified": parse(a["published"]).isoformat(),
        "inLanguage": a["lang"],
        "mainEntityOfPage": url,
        "author": {"@type": "Organization" if not a.get("byline") else "Person",
                   "name": a.get("byline") or publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return ('<script type="application/ld+json">'
            + json.dumps(d, ensure_ascii=False) + "</script>")


def head(a: dict, url: str, *, meta: bool, ld: bool, site_name: str, extra_css: str) -> str:
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{E(a['title'])} | {E(site_name)}</title>",
    ]
    if meta:
        parts += [
            f'<meta name="description" content="{E(a["summary"])}">',
            f'<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{E(site_name)}">',
            f'<meta property="og:title" content="{E(a["title"])}">',
            f'<meta property="og:description" content="{E(a["summary"])}">',
            f'<meta property="og:url" content="{E(url)}">',
            f'<meta property="article:published_time" content="{parse(a["published"]).isoformat()}">',
            f'<link rel="canonical" href="{E(url)}">',
        ]
    if ld:
        parts.append(jsonld(a, url, site_name))
    parts.append(f"<style>{extra_css}</style>")
    return "\n  ".join(parts)


# ---------------------------------------------------------------- templates
def t_cantlewood(a: dict) -> str:
    s = SITE[a["feed"]]
    url = f"https://{s['host']}/asia/{a['slug']}"
    dt = local(a["published"], a["feed"])
    flash = a.get("flash")
    related = a.get("related") or [
        "Yen steadies as traders weigh BOJ signals",
        "South Korea's exports rise for a fourth month",
        "Philippines, Vietnam coast guards sign hotline deal",
    ]
    rel = "\n          ".join(f'<li><a href="/asia/r{i}-{a["id"]}">{E(r)}</a></li>' for i, r in enumerate(related))
    byline = a.get("byline") or "Cantlewood staff"
    tag = '<span class="flash">FLASH</span> ' if flash else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  {head(a, url, meta=True, ld=not flash, site_name=s['name'], extra_css='body{font-family:Helvetica,Arial,sans-serif;margin:0}.flash{background:#c00;color:#fff;padding:0 4px}header,footer{background:#10233f;color:#fff;padding:8px 16px}nav a{color:#fff;margin-right:12px}#cookie{position:fixed;bottom:0;background:#eee;padding:10px;width:100%}')}
</head>
<body>
  <div id="cookie" role="dialog">We use cookies and similar technologies to keep this site running and to measure traffic. <a href="/privacy">Privacy notice</a> <button>Accept all</button> <button>Manage settings</button></div>
  <header>
    <a class="logo" href="/">CANTLEWOOD WIRE</a>
    <nav><a href="/world">World</a><a href="/asia">Asia</a><a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/video">Video</a><a href="/search">Search</a></nav>
  </header>
  <main>
    <article>
      <div class="crumbs"><a href="/asia">Asia</a> › <a href="/asia/{a.get('section','politics')}">{E(a.get('section_name','Politics'))}</a></div>
      <h1>{tag}{E(a['title'])}</h1>
      <div class="meta">By {E(byline)} · <time datetime="{parse(a['published']).isoformat()}">{dt.strftime('%B %d, %Y %H:%M')} GMT</time></div>
      <div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
      <div class="body">
        {paras(a)}
      </div>
      <p class="trust"><a href="/trust-principles">Our Standards: The Cantlewood Trust Principles.</a></p>
    </article>
    <aside>
      <h3>Related coverage</h3>
      <ul>
          {rel}
      </ul>
    </aside>
  </main>
  <footer>
    <p><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a></p>
    <p>© {dt.year} Cantlewood Wire. All rights reserved. Prices and quotes delayed at least 15 minutes.</p>
  </footer>
</body>
</html>
"""


def t_fennimore(a: dict) -> str:
    s = SITE[a["feed"]]
    url = f"https://{s['host']}/{parse(a['published']).strftime('%Y/%m')}/{a['slug']}/"
    dt = local(a["published"], a["feed"])
    byline = a.get("byline") or "Fennimore staff"
    synd = ""
    if a.get("syndicated_from"):
        synd = f'<p class="synd"><em>This story was first published by {E(a["syndicated_from"])} and is republished under licence.</em></p>'
    comments = a.get("comments") or []
    cm = "\n        ".join(f'<li><b>{E(n)}</b><p>{E(t)}</p></li>' for n, t in comments)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  {head(a, url, meta=True, ld=False, site_name=s['name'], extra_css='body{font-family:Georgia,serif;max-width:760px;margin:auto}.kicker{text-transform:uppercase;color:#8a1c1c;font-size:12px}.banner{background:#fdf6e3;border:1px solid #ccc;padding:8px}')}
</head>
<body>
  <div class="banner">The Fennimore Review uses cookies to personalise content and for analytics. By continuing you agree to our <a href="/cookies">cookie policy</a>. <a href="#">OK</a></div>
  <header>
    <p class="masthead"><a href="/">The Fennimore Review</a> — independent reporting on Asia &amp; the Pacific</p>
    <nav><a href="/region/north-asia">North Asia</a> | <a href="/region/southeast-asia">Southeast Asia</a> | <a href="/region/pacific">Pacific</a> | <a href="/analysis">Analysis</a> | <a href="/podcast">Podcast</a> | <a href="/subscribe">Subscribe</a></nav>
  </header>
  <article>
    <p class="kicker">{E(a.get('kicker', 'Analysis'))}</p>
    <h1>{E(a['title'])}</h1>
    <p class="standfirst">{E(a['summary'])}</p>
    <p class="byline">{E(byline)} — {dt.strftime('%-d %B %Y')}</p>
    {synd}
    <div class="entry">
        {paras(a)}
    </div>
    <div class="newsletter"><h4>The North Asia Letter</h4><p>One email a week on Japan, the Koreas, China and Russia's Far East. <a href="/newsletters">Sign up</a></p></div>
  </article>
  <section class="comments">
    <h3>Comments ({len(comments)})</h3>
    <ul>
        {cm}
    </ul>
    <p><a href="/login">Log in</a> to comment.</p>
  </section>
  <section class="more"><h3>More from Analysis</h3>
    <ul><li><a href="/analysis/mekong-dams">The Mekong's quiet water war</a></li><li><a href="/analysis/pacific-cables">Who owns the Pacific's undersea cables?</a></li><li><a href="/analysis/korea-demography">Seoul's baby-bonus arithmetic</a></li></ul>
  </section>
  <footer><p>© The Fennimore Review Ltd {dt.year}. Registered in England. <a href="/about">About us</a> · <a href="/complaints">Complaints</a> · <a href="/feeds">Feeds</a></p></footer>
</body>
</html>
"""


def t_sorrelbay(a: dict) -> str:
    s = SITE[a["feed"]]
    url = f"https://{s['host']}/news/{parse(a['published']).strftime('%Y/%m/%d')}/{a.get('section','national')}/{a['slug']}/"
    dt = local(a["published"], a["feed"])
    byline = a.get("byline") or "Sorrel Bay Herald staff writer"
    most = ["Rice prices ease for third straight week", "Hokkaido tourism sets summer record",
            "Shinkansen extension to Sapporo faces new delay", "Ex-islanders' league marks 80 years"]
    ml = "\n        ".join(f'<li><a href="/news/most-read/{i}">{E(m)}</a></li>' for i, m in enumerate(most))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  {head(a, url, meta=True, ld=True, site_name=s['name'], extra_css='body{font-family:"Noto Sans",sans-serif}.paywall{border-top:3px solid #0b6e4f;padding:10px}.gdpr{background:#222;color:#eee;padding:12px}')}
</head>
<body>
  <div class="gdpr">This site uses cookies. Some are essential; others help us improve your experience. <a href="/cookie-settings">Cookie settings</a> <button>Accept</button></div>
  <header>
    <div class="logo"><a href="/">Sorrel Bay Herald</a></div>
    <nav><a href="/news/national">National</a> <a href="/news/politics">Politics</a> <a href="/news/world">World</a> <a href="/news/business">Business</a> <a href="/news/hokkaido">Hokkaido</a> <a href="/opinion">Opinion</a> <a href="/life">Life</a> <a href="/login">Log in</a></nav>
  </header>
  <main>
    <article>
      <p class="section">{E(a.get('section_name', 'Politics'))}</p>
      <h1>{E(a['title'])}</h1>
      <p class="byline">{E(byline)}</p>
      <p class="date">{dt.strftime('%B %d, %Y')} ({dt.strftime('%H:%M')} JST)</p>
      <div class="article-body">
        {paras(a)}
      </div>
      <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Copy link</a></div>
      <div class="paywall">Support quality journalism in English from Japan. <a href="/subscribe">Subscribe from ¥990 a month</a>.</div>
    </article>
    <aside class="most-read">
      <h3>Most read</h3>
      <ol>
        {ml}
      </ol>
    </aside>
  </main>
  <footer><p>Sorrel Bay Herald · Sapporo · Tokyo</p><p><a href="/about">About</a> | <a href="/privacy">Privacy policy</a> | <a href="/ads">Advertise</a> | © Sorrel Bay Herald Co., Ltd.</p></footer>
</body>
</html>
"""


def t_ruspacific(a: dict) -> str:
    s = SITE[a["feed"]]
    url = f"https://{s['host']}/{a.get('section','politics')}/{a['slug']}"
    dt = local(a["published"], a["feed"])
    meta = a.get("meta", True)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  {head(a, url, meta=meta, ld=False, site_name=s['name'], extra_css='body{font-family:Arial,sans-serif}.tg{background:#229ED9;color:#fff;padding:6px}.cookies{background:#f3f3f3;padding:8px}')}
</head>
<body>
  <div class="cookies">By using this site you accept the use of cookies. <a href="/cookies">More</a> <a href="#" class="close">×</a></div>
  <header>
    <a href="/" class="logo">RusPacific</a> <span>English service</span>
    <nav><a href="/politics">Politics</a> · <a href="/economy">Economy</a> · <a href="/far-east">Far East</a> · <a href="/arctic">Arctic</a> · <a href="/science">Science</a> · <a href="https://ruspacific.ru">На русском</a></nav>
  </header>
  <article>
    <h1>{E(a['title'])}</h1>
    <div class="lead"><strong>{E(a['summary'])}</strong></div>
    <div class="date">{dt.strftime('%d %b %Y, %H:%M')} MSK</div>
    <div class="text">
        {paras(a)}
    </div>
    <div class="tags">Tags: {' '.join(f'<a href="/tag/{E(t)}">#{E(t)}</a>' for t in a.get('tags', ['far-east']))}</div>
    <div class="tg">Follow RusPacific on Telegram — <a href="#">@ruspacific_en</a></div>
  </article>
  <section class="latest"><h3>Latest news</h3>
    <ul><li><a href="/economy/ruble-steady">Ruble steady ahead of central bank meeting</a></li><li><a href="/far-east/vladivostok-bridge">Vladivostok bridge repairs to finish by autumn</a></li><li><a href="/arctic/nsr-cargo">Northern Sea Route cargo tops forecast</a></li></ul>
  </section>
  <footer>© RusPacific {dt.year}. Reproduction only with a hyperlink. 18+</footer>
</body>
</html>
"""


def t_laguna(a: dict) -> str:
    s = SITE[a["feed"]]
    url = f"https://{s['host']}/news/{parse(a['published']).strftime('%Y%m%d')}/{a['slug']}.html"
    dt = local(a["published"], a["feed"])
    flash = a.get("flash")
    tag = '<span class="molniya">МОЛНИЯ</span> ' if flash else ""
    rubric = a.get("rubric", "Политика")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  {head(a, url, meta=True, ld=not flash, site_name=s['name'], extra_css='body{font-family:"PT Sans",Arial,sans-serif}.molniya{color:#fff;background:#d40000;padding:0 3px}.cookie{background:#fffbe6;border:1px solid #e0c200;padding:8px}')}
</head>
<body>
  <div class="cookie">Мы используем файлы cookie, чтобы сайт работал корректно. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/cookie-policy">политикой обработки данных</a>. <button>Понятно</button></div>
  <header>
    <a class="logo" href="/">ЛАГУНА-ИНФОРМ</a>
    <nav><a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/world">В мире</a> <a href="/regions">Регионы</a> <a href="/incidents">Происшествия</a> <a href="/society">Общество</a> <a href="/lenta">Лента</a></nav>
  </header>
  <article>
    <div class="rubric">{E(rubric)}</div>
    <div class="date">{dt.strftime('%d.%m.%Y %H:%M')} (мск)</div>
    <h1>{tag}{E(a['title'])}</h1>
    <div class="text">
        {paras(a)}
    </div>
    <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
    <p class="subscribe">Подписывайтесь на канал «Лагуна-Информ» в Telegram</p>
  </article>
  <aside><h3>Главное</h3>
    <ul><li><a href="/lenta/1">В Приморье ввели режим ЧС из-за паводка</a></li><li><a href="/lenta/2">ЦБ сохранил ключевую ставку</a></li><li><a href="/lenta/3">В Хабаровске открыли новый мост через Амур</a></li></ul>
  </aside>
  <footer><p>Сетевое издание «Лагуна-Информ». Свидетельство о регистрации СМИ Эл № ФС77-00000. 16+</p><p>© {dt.year} При полном или частичном использовании материалов ссылка обязательна.</p></footer>
</body>
</html>
"""


def t_shkiper(a: dict) -> str:
    # regional site: no og/article meta, no JSON-LD; the date is only in the page text
    s = SITE[a["feed"]]
    url = f"https://{s['host']}/novosti/{a['slug']}"
    dt = local(a["published"], a["feed"])
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    dstr = f"{dt.day} {months[dt.month - 1]} {dt.year}, {dt.strftime('%H:%M')}"
    author = a.get("byline") or "Редакция"
    photo = a.get("photo") or "Фото: пресс-служба правительства Сахалинской области"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  {head(a, url, meta=False, ld=False, site_name=s['name'], extra_css='body{background:#f4f7fa;font-family:Verdana,sans-serif}.cookie-bar{background:#0e3b5c;color:#fff;padding:10px}.weather{font-size:11px}')}
</head>
<body>
  <div class="cookie-bar">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy" style="color:#fff">Подробнее</a> <button>Принять</button></div>
  <div class="weather">Южно-Сахалинск +4 · Курильск +6 · Южно-Курильск +5 · USD 92,41 · EUR 99,87</div>
  <header>
    <a href="/" class="logo">ШКИПЕР.РУ</a> <span class="slogan">Сахалин и Курилы: новости островного региона</span>
    <nav><a href="/novosti">Новости</a> <a href="/kurily">Курилы</a> <a href="/ekonomika">Экономика</a> <a href="/rybalka">Рыбалка и путина</a> <a href="/afisha">Афиша</a> <a href="/foto">Фото</a> <a href="/kontakty">Контакты</a></nav>
  </header>
  <div class="content">
    <h1>{E(a['title'])}</h1>
    <div class="info"><span class="date">{dstr}</span> · <span class="author">{E(author)}</span> · <span class="views">Просмотров: {a.get('views', 1240)}</span></div>
    <div class="photo-caption">{E(photo)}</div>
    <div class="news-text">
        {paras(a)}
    </div>
    <p class="errors">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.</p>
    <div class="related"><h3>Читайте также</h3>
      <ul><li><a href="/novosti/parom-vanino">Паром «Сахалин-9» вернулся на линию Ванино — Холмск</a></li><li><a href="/novosti/ryba-cena">Цены на красную икру в Южно-Сахалинске пошли вниз</a></li><li><a href="/novosti/aeroport-rejs">Аэропорт Южно-Сахалинска изменил расписание на зиму</a></li></ul>
    </div>
    <div class="comments"><h3>Комментарии</h3><p>Комментариев пока нет. Будьте первым!</p></div>
  </div>
  <footer>© 2012–{dt.year} «Шкипер.ру». Мнение редакции может не совпадать с мнением авторов. 16+ · <a href="/reklama">Реклама на сайте</a></footer>
</body>
</html>
"""


def t_hokuryo(a: dict) -> str:
    s = SITE[a["feed"]]
    url = f"https://{s['host']}/news/{a.get('section','region')}/{parse(a['published']).strftime('%Y%m%d')}{a['slug']}.html"
    dt = local(a["published"], a["feed"])
    wd = "月火水木金土日"[dt.weekday()]
    meta = a.get("meta", True)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  {head(a, url, meta=meta, ld=False, site_name=s['name'], extra_css='body{font-family:"Hiragino Kaku Gothic ProN",Meiryo,sans-serif}.cookie{background:#333;color:#fff;padding:10px}.kanren li{margin:4px 0}')}
</head>
<body>
  <div class="cookie">当サイトではサービス向上のためクッキー（Cookie）を使用しています。詳しくは<a href="/policy/cookie">クッキーポリシー</a>をご覧ください。<button>同意する</button></div>
  <header>
    <div class="logo"><a href="/">北稜新聞デジタル</a></div>
    <nav><a href="/news/region">道内</a> <a href="/news/nemuro-kushiro">根室・釧路</a> <a href="/news/politics">政治</a> <a href="/news/economy">経済</a> <a href="/news/society">社会</a> <a href="/news/sports">スポーツ</a> <a href="/news/opinion">社説・コラム</a> <a href="/member">会員登録</a></nav>
  </header>
  <main>
    <article>
      <h1>{E(a['title'])}</h1>
      <p class="date">{dt.year}年{dt.month}月{dt.day}日（{wd}） {dt.strftime('%H:%M')}</p>
      <div class="honbun">
        {paras(a)}
      </div>
      <p class="credit">{E(a.get('byline', ''))}</p>
      <div class="sns"><a href="#">X（旧Twitter）でシェア</a> <a href="#">LINEで送る</a> <a href="#">Facebook</a></div>
    </article>
    <aside>
      <h3>関連記事</h3>
      <ul class="kanren"><li><a href="/news/r1">根室市、ふるさと納税の寄付額が過去最高</a></li><li><a href="/news/r2">中標津空港、冬ダイヤで羽田便増便</a></li><li><a href="/news/r3">サンマ漁、今季の水揚げ低調</a></li></ul>
      <h3>この記事を読んだ人はこんな記事も</h3>
      <ul><li><a href="/news/r4">釧路湿原のメガソーラー計画、住民説明会</a></li><li><a href="/news/r5">道東の高校、統廃合案まとまる</a></li></ul>
    </aside>
  </main>
  <footer><p>北稜新聞社　〒085-0000　釧路市</p><p>掲載の記事・写真・図表などの無断転載を禁止します。著作権は北稜新聞社またはその情報提供者に属します。</p></footer>
</body>
</html>
"""


def t_ginrei(a: dict) -> str:
    s = SITE[a["feed"]]
    url = f"https://{s['host']}/articles/-/{a['slug']}"
    dt = local(a["published"], a["feed"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  {head(a, url, meta=True, ld=True, site_name=s['name'], extra_css='body{font-family:sans-serif}.consent{background:#f0f0f0;border-top:1px solid #999;padding:10px}')}
</head>
<body>
  <header>
    <a class="logo" href="/">銀嶺通信</a>
    <nav><a href="/list/politics">政治</a>｜<a href="/list/international">国際</a>｜<a href="/list/economy">経済</a>｜<a href="/list/society">社会</a>｜<a href="/list/local">地域</a>｜<a href="/list/sports">スポーツ</a>｜<a href="/ranking">ランキング</a></nav>
  </header>
  <article>
    <div class="category">{E(a.get('category', '政治'))}</div>
    <h1>{E(a['title'])}</h1>
    <time datetime="{parse(a['published']).isoformat()}">{dt.strftime('%Y/%m/%d %H:%M')}</time>
    <div class="article-body">
        {paras(a)}
    </div>
    <p class="copyright">（銀嶺通信）</p>
    <div class="share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">はてブ</a> <a href="#">LINE</a></div>
  </article>
  <section class="ranking"><h3>アクセスランキング</h3>
    <ol><li><a href="/articles/-/rk1">円相場、一時1ドル＝150円台</a></li><li><a href="/articles/-/rk2">大谷、今季第30号本塁打</a></li><li><a href="/articles/-/rk3">関東甲信で梅雨明け</a></li></ol>
  </section>
  <div class="consent">銀嶺通信は、記事の閲覧状況の分析や広告配信のためにCookieを利用します。<a href="/privacy">プライバシーポリシー</a> <button>同意して閉じる</button></div>
  <footer>Copyright © 銀嶺通信社 All rights reserved. 記事の無断転載・複製を禁じます。</footer>
</body>
</html>
"""


TEMPLATES = {
    "cantlewood-wire": t_cantlewood,
    "fennimore-en": t_fennimore,
    "sorrelbay-en": t_sorrelbay,
    "ruspacific-en": t_ruspacific,
    "laguna-ru": t_laguna,
    "shkiper-ru": t_shkiper,
    "hokuryo-ja": t_hokuryo,
    "ginrei-ja": t_ginrei,
}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> None:
    stories = STORIES_EN + STORIES_RU + STORIES_JA
    stories.sort(key=lambda a: (parse(a["published"]), a["n"]))
    feeds = {f["id"]: f for f in FEEDS}
    ns = [a["n"] for a in stories]
    assert ns == sorted(ns) and len(set(ns)) == len(ns), "article numbers must follow publication order"
    (ROOT / "articles").mkdir(exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    entries = []
    for a in stories:
        a["id"] = f"{PREFIX}-{a['n']:02d}"
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
        a.setdefault("slug", a["id"])
        page = TEMPLATES[a["feed"]](a)
        (ROOT / "articles" / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {}
        for k in LABEL_KEYS:
            if k in a and a[k] not in (None, [], ""):
                e[k] = a[k]
        e["published"] = parse(a["published"]).strftime("%Y-%m-%dT%H:%M:%SZ")
        entries.append(e)
    labels = {"name": CORPUS_NAME, "known_as_of": KNOWN_AS_OF, "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=120)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    from collections import Counter
    print(f"wrote {len(entries)} articles;",
          dict(Counter(e['lang'] for e in entries)), dict(Counter(e['label'] for e in entries)))


if __name__ == "__main__":
    main()
