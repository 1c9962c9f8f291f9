#!/usr/bin/env python3
"""Generate the blind27 evaluation corpus (labels.yaml + articles/*.html).

Run from anywhere:  python3 src/generate.py
Output goes to the corpus folder, i.e. the parent of this script's folder.
Needs Python 3 with PyYAML.
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

from stories_en import STORIES as EN  # noqa: E402
from stories_ru import STORIES as RU  # noqa: E402
from stories_ja import STORIES as JA  # noqa: E402

FEEDS = [
    {"id": "sextant-en", "title": "Sextant Wire - World", "format": "rss", "lang": "en"},
    {"id": "halyard-en", "title": "The Halyard Times - Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "pinecrest-en", "title": "Pinecrest Business Daily", "format": "rss", "lang": "en"},
    {"id": "orientir-ru", "title": "Агентство «Ориентир» — лента новостей", "format": "rss", "lang": "ru"},
    {"id": "vulkan-ru", "title": "Вулкан-Инфо — новости Сахалина и Курил", "format": "atom", "lang": "ru"},
    {"id": "ekonomika-ru", "title": "Экономика Востока — деловая газета", "format": "rss", "lang": "ru"},
    {"id": "kamome-ja", "title": "かもめ新報 電子版", "format": "rss", "lang": "ja"},
    {"id": "fuso-ja", "title": "扶桑通信ニュース", "format": "atom", "lang": "ja"},
]

E = html.escape


def ts(a) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def paras(a, cls: str = "") -> str:
    out = []
    c = f' class="{cls}"' if cls else ""
    for p in a["body"]:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p{c}>{E(p)}</p>")
    return "\n        ".join(out)


def related(items: list[str], href_prefix: str) -> str:
    return "\n".join(
        f'          <li><a href="{href_prefix}{i + 1:03d}">{E(t)}</a></li>' for i, t in enumerate(items))


def jsonld(a, publisher: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "datePublished": a["published"], "dateModified": a["published"],
        "inLanguage": lang, "author": {"@type": "Person", "name": a.get("byline", publisher)},
        "publisher": {"@type": "Organization", "name": publisher},
        "description": a["summary"],
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def og(a, site: str, with_time: bool = True) -> str:
    lines = [f'<meta property="og:title" content="{E(a["title"])}">',
             f'<meta property="og:description" content="{E(a["summary"])}">',
             f'<meta property="og:site_name" content="{E(site)}">',
             '<meta property="og:type" content="article">']
    if with_time:
        lines.append(f'<meta property="article:published_time" content="{a["published"]}">')
    return "\n  ".join(lines)


# --------------------------------------------------------------------------- outlets

def sextant(a) -> str:
    t = ts(a)
    shown = t.strftime("%B %-d, %Y %-I:%M %p GMT")
    rel = related([
        "Oil steadies as traders weigh OPEC+ output path",
        "Philippine coast guard reports new standoff at Second Thomas Shoal",
        "Bank of Japan keeps policy on hold, signals patience",
        "EU ministers fail to agree on next sanctions package",
        "Typhoon season outlook: forecasters see fewer but stronger storms",
    ], "/world/asia-pacific/story-")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(a["title"])} | Sextant Wire</title>
  <meta name="description" content="{E(a["summary"])}">
  {og(a, "Sextant Wire")}
  {jsonld(a, "Sextant Wire", "en")}
  <link rel="stylesheet" href="/static/sx-core.4c1e.css">
</head>
<body class="sx-article">
  <div id="consent" class="sx-consent" role="dialog">
    <p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic.
    You can change your choices at any time in Privacy settings.</p>
    <button class="accept">Accept all</button> <button class="manage">Manage preferences</button>
  </div>
  <header class="sx-masthead">
    <a class="sx-logo" href="/">SEXTANT WIRE</a>
    <nav aria-label="Sections"><ul>
      <li><a href="/world/">World</a></li><li><a href="/world/asia-pacific/">Asia Pacific</a></li>
      <li><a href="/world/europe/">Europe</a></li><li><a href="/business/">Business</a></li>
      <li><a href="/markets/">Markets</a></li><li><a href="/video/">Video</a></li>
    </ul></nav>
    <a class="sx-signin" href="/account/">Sign in</a>
  </header>
  <main>
    <article>
      <p class="sx-kicker"><a href="/world/asia-pacific/">{E(a.get("kicker", "Asia Pacific"))}</a></p>
      <h1>{E(a["title"])}</h1>
      <div class="sx-meta"><span class="by">By {E(a.get("byline", "Sextant staff"))}</span>
        <time datetime="{a["published"]}">{shown}</time></div>
      <div class="sx-share"><a href="#">Share</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
      <div class="sx-body">
        {paras(a, "sx-p")}
      </div>
      <p class="sx-credit">{E(a.get("credit", "Editing by the Asia desk"))}</p>
      <p class="sx-trust"><a href="/about/trust-principles/">Our Standards: The Sextant Trust Principles.</a></p>
    </article>
    <aside class="sx-related">
      <h3>Read next</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="sx-footer">
    <ul><li><a href="/about/">About Sextant</a></li><li><a href="/careers/">Careers</a></li>
    <li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of use</a></li>
    <li><a href="/cookies/">Cookie settings</a></li></ul>
    <p>All quotes delayed a minimum of 15 minutes. &copy; {t.year} Sextant Wire. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def halyard(a) -> str:
    t = ts(a)
    shown = t.strftime("%a %-d %b %Y %H.%M GMT")
    comments = ""
    if a.get("comments"):
        items = "\n".join(
            f'        <li><span class="handle">{E(h)}</span><p>{E(c)}</p></li>' for h, c in a["comments"])
        comments = f"""
    <section class="hy-comments"><h3>Comments ({len(a["comments"])})</h3>
      <ul>
{items}
      </ul>
      <p class="hy-note">Comments on this piece are now closed.</p>
    </section>"""
    rel = related([
        "Australia's election: what the polls are really telling us",
        "Seoul property prices cool as lending rules tighten",
        "The long goodbye of Japan's rural railways",
        "Taipei's night markets count the cost of a tourist slump",
    ], "/asia-pacific/")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} | Asia &amp; Pacific | The Halyard Times</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  {og(a, "The Halyard Times")}
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/assets/hy.min.css">
</head>
<body>
  <div class="hy-cmp"><strong>Your privacy</strong>
    <p>We and our partners store and access information on your device. Click "Yes, I'm happy" to consent,
    or "Manage" to choose. You can withdraw consent at any time.</p>
    <button>Yes, I'm happy</button><button>Manage</button></div>
  <header class="hy-top">
    <div class="hy-support">Support independent journalism &rarr; <a href="/support">Subscribe</a></div>
    <a class="hy-brand" href="/">The Halyard Times</a>
    <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/asia-pacific">Asia &amp; Pacific</a> |
    <a href="/opinion">Opinion</a> | <a href="/analysis">Analysis</a> | <a href="/culture">Culture</a></nav>
  </header>
  <main class="hy-main">
    <article>
      <div class="hy-section">{E(a.get("kicker", "Asia & Pacific"))}</div>
      <h1>{E(a["title"])}</h1>
      <p class="hy-standfirst">{E(a["summary"])}</p>
      <div class="hy-byline">{E(a.get("byline", "Halyard Times correspondent"))} &middot; <span>{shown}</span></div>
      <div class="hy-share">Share on Facebook &middot; Share on X &middot; Share via Email</div>
      <div class="hy-content">
        {paras(a)}
      </div>
      <p class="hy-topics">Topics: {E(a.get("topics", "Japan, Russia, Asia & Pacific"))}</p>
    </article>
    <aside><h3>Most viewed</h3><ol>
{rel}
    </ol></aside>{comments}
  </main>
  <footer class="hy-foot">
    <p><a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy policy</a>
    &middot; <a href="/cookies">Cookie policy</a> &middot; <a href="/terms">Terms &amp; conditions</a></p>
    <p>&copy; {t.year} The Halyard Times Ltd. Registered in England and Wales.</p>
  </footer>
</body>
</html>
"""


def pinecrest(a) -> str:
    t = ts(a)
    shown = t.strftime("%b %-d, %Y &middot; %H:%M UTC")
    rel = related([
        "Yen slips past 150 as rate gap stays wide",
        "Shipping insurers raise war-risk premiums in the Black Sea",
        "Copper demand forecasts trimmed on slower China construction",
        "Nickel miners cut output as prices sag",
    ], "/markets/commodities/")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} - Pinecrest Business Daily</title>
  <meta name="description" content="{E(a["summary"])}">
  {og(a, "Pinecrest Business Daily")}
  {jsonld(a, "Pinecrest Business Daily", "en")}
</head>
<body>
  <div class="pc-ticker">NIKKEI 225 &#9650; 0.4% &middot; BRENT &#9660; 0.7% &middot; USD/JPY 148.9 &middot; USD/RUB 81.2 &middot; GOLD &#9650; 0.2%</div>
  <div class="pc-cookies">This site uses cookies. By continuing to browse you agree to our use of cookies.
    <a href="/cookies">Find out more</a> <button>OK</button></div>
  <header><a href="/" class="pc-logo">PINECREST <small>Business Daily</small></a>
    <nav><a href="/companies">Companies</a> <a href="/markets">Markets</a> <a href="/energy">Energy &amp; Resources</a>
    <a href="/trade">Trade</a> <a href="/asia">Asia</a> <a href="/opinion">Opinion</a></nav>
    <a class="pc-sub" href="/subscribe">Subscribe</a></header>
  <main>
    <article class="pc-story">
      <div class="pc-tag">{E(a.get("kicker", "Energy & Resources"))}</div>
      <h1>{E(a["title"])}</h1>
      <div class="pc-dek">{E(a["summary"])}</div>
      <div class="pc-by">{E(a.get("byline", "Pinecrest staff"))} &middot; {shown}</div>
      <div class="pc-text">
        {paras(a)}
      </div>
      <div class="pc-newsletter">Get the Asia Resources Brief in your inbox every weekday. <a href="/newsletters">Sign up</a></div>
    </article>
    <section class="pc-more"><h3>More from Pinecrest</h3><ul>
{rel}
    </ul></section>
  </main>
  <footer>Pinecrest Business Daily &middot; <a href="/help">Help</a> &middot; <a href="/privacy">Privacy</a> &middot;
  <a href="/terms">Terms</a> &middot; &copy; {t.year} Pinecrest Media Group</footer>
</body>
</html>
"""


MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def orientir(a) -> str:
    t = ts(a) + timedelta(hours=3)
    shown = f"{t.day} {MONTHS_RU[t.month - 1]} {t.year}, {t:%H:%M}"
    rel = related([
        "В Москве в выходные ожидается до +5 градусов",
        "ЦБ сохранил ключевую ставку",
        "Сборная России по хоккею начала подготовку к турниру",
        "В Приморье открыли новый мост через Амурский залив",
        "Росстат отчитался о замедлении инфляции",
    ], "/news/")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} — Агентство «Ориентир»</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{E(a["summary"])}">
  {og(a, "Агентство «Ориентир»")}
  {jsonld(a, "Агентство «Ориентир»", "ru")}
</head>
<body>
  <div class="or-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом,
    вы соглашаетесь с <a href="/legal/cookies">политикой обработки данных</a>. <button>Понятно</button></div>
  <header class="or-head">
    <a class="or-logo" href="/">ОРИЕНТИР</a> <span class="or-age">18+</span>
    <nav><a href="/politics/">Политика</a> <a href="/economy/">Экономика</a> <a href="/society/">Общество</a>
      <a href="/world/">В мире</a> <a href="/incidents/">Происшествия</a> <a href="/regions/">Регионы</a>
      <a href="/sport/">Спорт</a></nav>
    <form action="/search/"><input name="q" placeholder="Поиск по сайту"></form>
  </header>
  <main>
    <article class="or-article">
      <div class="or-rubric">{E(a.get("kicker", "Политика"))}</div>
      <time class="or-date" datetime="{a["published"]}">{shown}</time>
      <h1>{E(a["title"])}</h1>
      <div class="or-lead">{E(a["summary"])}</div>
      <div class="or-text">
        {paras(a)}
      </div>
      <div class="or-share">Поделиться: ВКонтакте · Одноклассники · Telegram</div>
      <p class="or-subscribe">Подписывайтесь на канал «Ориентира» в Telegram</p>
    </article>
    <aside class="or-more"><h3>Читайте также</h3><ul>
{rel}
    </ul></aside>
  </main>
  <footer class="or-foot">
    <p>Сетевое издание «Агентство «Ориентир». Свидетельство о регистрации СМИ Эл № ФС77-80417.
    Учредитель: ООО «Ориентир Медиа». Главный редактор: А. В. Сомов.</p>
    <p>При цитировании ссылка на агентство обязательна. © 2018–{t.year}</p>
  </footer>
</body>
</html>
"""


def vulkan(a) -> str:
    t = ts(a) + timedelta(hours=11)
    shown = t.strftime("%d.%m.%Y %H:%M")
    comments = ""
    if a.get("comments"):
        items = "\n".join(
            f'      <div class="vk-c"><b>{E(h)}</b><p>{E(c)}</p></div>' for h, c in a["comments"])
        comments = f"""
    <div class="vk-comments"><h4>Комментарии ({len(a["comments"])})</h4>
{items}
      <p>Чтобы оставить комментарий, войдите через госуслуги или VK ID.</p></div>"""
    rel = related([
        "Паром «Сахалин-10» вернулся на линию Ванино — Холмск",
        "В Корсакове отремонтируют набережную",
        "Синоптики предупредили о сильном ветре на юге острова",
        "Сахалинские школьники взяли призы олимпиады по физике",
    ], "/news/")
    # deliberately old CMS: no Open Graph, no JSON-LD, date only in the page text
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} :: Вулкан-Инфо</title>
<meta name="keywords" content="Сахалин, Курилы, новости">
</head>
<body>
<div id="cookie-bar">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy.html">Подробнее</a> <a href="#" class="ok">Хорошо</a></div>
<table class="top"><tr><td><a href="/"><img src="/i/logo-vulkan.png" alt="Вулкан-Инфо"></a></td>
<td class="weather">Южно-Сахалинск {a.get("weather", "+4")} · Курильск · Южно-Курильск</td>
<td class="fx">USD 81,20 · EUR 94,05 · CNY 11,29</td></tr></table>
<div class="menu"><a href="/news/">Новости</a> | <a href="/kurily/">Курилы</a> | <a href="/economy/">Экономика</a> |
<a href="/society/">Общество</a> | <a href="/incidents/">ЧП</a> | <a href="/photo/">Фото</a> | <a href="/ads/">Объявления</a></div>
<div class="content">
  <div class="crumbs"><a href="/">Главная</a> / <a href="/{E(a.get("section_slug", "kurily"))}/">{E(a.get("kicker", "Курилы"))}</a></div>
  <h1>{E(a["title"])}</h1>
  <div class="date">{shown} · Просмотров: {a.get("views", 1204)}</div>
  <div class="text">
    {paras(a)}
  </div>
  <div class="author">{E(a.get("byline", "Вулкан-Инфо"))}</div>
  <div class="share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a></div>
  <div class="also"><b>Ещё новости:</b><ul>
{rel}
  </ul></div>
  <div class="partners">Новости партнёров</div>{comments}
</div>
<div class="bottom">© Вулкан-Инфо, 2009–{t.year}. Сетевое издание зарегистрировано Роскомнадзором. 16+<br>
Редакция: г. Южно-Сахалинск, ул. Емельянова. Использование материалов — с активной ссылкой.</div>
</body>
</html>
"""


def ekonomika(a) -> str:
    t = ts(a) + timedelta(hours=10)
    shown = t.strftime("%d.%m.%Y")
    rel = related([
        "Порт Восточный нарастил перевалку угля",
        "Минтай подешевел на оптовом рынке Владивостока",
        "Банк России: кредитование МСП на Дальнем Востоке выросло",
        "Инвесторы ТОР «Камчатка» получили новые льготы",
    ], "/articles/")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} | Экономика Востока</title>
  {og(a, "Экономика Востока", with_time=a.get("meta_time", True))}
</head>
<body>
  <div class="ev-cookie">Продолжая использовать сайт, вы даёте согласие на обработку файлов cookie. <button>Принять</button></div>
  <header class="ev-header"><a href="/" class="ev-logo">Экономика Востока</a>
    <span class="ev-slogan">деловая газета Дальнего Востока</span>
    <nav><a href="/fish/">Рыба</a> · <a href="/energy/">Энергетика</a> · <a href="/transport/">Транспорт</a> ·
    <a href="/nedra/">Недра</a> · <a href="/invest/">Инвестиции</a> · <a href="/finance/">Финансы</a></nav>
    <div class="ev-quotes">MOEX 2 781 ▲ · Brent 66,4 ▼ · USD 81,2</div></header>
  <main class="ev-main">
    <article>
      <div class="ev-rubric">{E(a.get("kicker", "Инвестиции"))}</div>
      <h1>{E(a["title"])}</h1>
      <div class="ev-meta">{shown} · {E(a.get("byline", "Редакция"))} · Время чтения: {a.get("read", 3)} мин</div>
      <p class="ev-lead"><strong>{E(a["summary"])}</strong></p>
      <div class="ev-body">
        {paras(a)}
      </div>
      <div class="ev-paywall">Полная версия аналитических материалов — для подписчиков. <a href="/subscribe/">Оформить подписку</a></div>
    </article>
    <aside><h3>Популярное</h3><ul>
{rel}
    </ul></aside>
  </main>
  <footer class="ev-footer">© {t.year} «Экономика Востока». 16+. Все права защищены. <a href="/about/">О газете</a> · <a href="/ads/">Реклама</a></footer>
</body>
</html>
"""


def kamome(a) -> str:
    t = ts(a) + timedelta(hours=9)
    shown = f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    rel = related([
        "根室・花咲港でサンマ初水揚げ",
        "納沙布岬で初日の出　今年も大勢の人出",
        "中標津空港　東京便を増便へ",
        "釧路湿原でタンチョウの子育て確認",
    ], "/news/local/")
    # regional paper on an old CMS: no Open Graph, no JSON-LD
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}｜かもめ新報 電子版</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
</head>
<body>
<div class="km-cookie">本サイトではサービス向上のためクッキーを利用しています。<a href="/policy/">詳しく見る</a> <button>同意する</button></div>
<header class="km-header">
  <div class="km-logo"><a href="/">かもめ新報</a><span>根室・釧路・中標津のニュース</span></div>
  <nav><a href="/news/local/">地域</a> <a href="/news/hoppo/">北方領土</a> <a href="/news/fishery/">水産</a>
  <a href="/news/economy/">経済</a> <a href="/news/sports/">スポーツ</a> <a href="/obituary/">おくやみ</a></nav>
</header>
<main class="km-main">
  <div class="km-pankuzu"><a href="/">トップ</a> &gt; <a href="/news/{E(a.get("section_slug", "hoppo"))}/">{E(a.get("kicker", "北方領土"))}</a></div>
  <article>
    <h1>{E(a["title"])}</h1>
    <p class="km-date">{shown}</p>
    <div class="km-honbun">
      {paras(a)}
    </div>
    <p class="km-sns">この記事をシェア：X ／ Facebook ／ LINE</p>
  </article>
  <section class="km-kanren"><h2>関連記事</h2><ul>
{rel}
  </ul></section>
  <div class="km-ad">［広告］根室市ふるさと納税　花咲がに・秋鮭いくら</div>
</main>
<footer class="km-footer">
  <p><a href="/company/">会社案内</a>｜<a href="/subscribe/">購読申し込み</a>｜<a href="/policy/">プライバシーポリシー</a></p>
  <p>掲載記事・写真の無断転載を禁じます。Copyright © かもめ新報社 All rights reserved.</p>
</footer>
</body>
</html>
"""


def fuso(a) -> str:
    t = ts(a) + timedelta(hours=9)
    shown = f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"
    rel = related([
        "日銀、金融政策の現状維持を決定",
        "大谷、今季第20号本塁打",
        "東北新幹線、強風で一時運転見合わせ",
        "円相場、1ドル＝149円台前半で推移",
        "全国の桜開花予想、平年より早め",
    ], "/article/")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <title>{E(a["title"])} | 扶桑通信ニュース</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{E(a["summary"])}">
  {og(a, "扶桑通信ニュース")}
  {jsonld(a, "扶桑通信", "ja")}
</head>
<body>
  <div class="fs-consent">当サイトは、利便性向上や広告配信のためにCookieを使用しています。「同意する」を押すとCookieの使用に同意したことになります。
    <button>同意する</button> <a href="/privacy/">設定</a></div>
  <header class="fs-head">
    <a class="fs-logo" href="/">扶桑通信ニュース</a>
    <nav><a href="/politics/">政治</a> <a href="/economy/">経済</a> <a href="/world/">国際</a> <a href="/society/">社会</a>
    <a href="/sports/">スポーツ</a> <a href="/culture/">文化</a> <a href="/local/">地域</a></nav>
  </header>
  <main>
    <article class="fs-article">
      <p class="fs-cat">{E(a.get("kicker", "政治"))}</p>
      <h1>{E(a["title"])}</h1>
      <p class="fs-time"><time datetime="{a["published"]}">{shown}</time>（{E(a.get("byline", "扶桑通信"))}）</p>
      <div class="fs-body">
        {paras(a)}
      </div>
      <div class="fs-share">この記事をシェアする　X　Facebook　LINE　はてなブックマーク</div>
    </article>
    <aside class="fs-related"><h2>関連ニュース</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer class="fs-foot"><p><a href="/about/">扶桑通信について</a>　<a href="/terms/">利用規約</a>　<a href="/privacy/">個人情報保護方針</a></p>
  <p>掲載の記事・写真・図表などの無断転載を禁止します。© {t.year} 扶桑通信社</p></footer>
</body>
</html>
"""


RENDER = {"sextant-en": sextant, "halyard-en": halyard, "pinecrest-en": pinecrest,
          "orientir-ru": orientir, "vulkan-ru": vulkan, "ekonomika-ru": ekonomika,
          "kamome-ja": kamome, "fuso-ja": fuso}

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> None:
    stories = EN + RU + JA
    ids = [s["id"] for s in stories]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feed_lang = {f["id"]: f["lang"] for f in FEEDS}
    for s in stories:
        assert feed_lang[s["feed"]] == s["lang"], s["id"]
        assert s["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if s["label"] in {"new_development", "status_change"}:
            assert s.get("group") and s.get("new_facts") and s.get("must_mention"), s["id"]
        else:
            assert not s.get("group"), s["id"]
    stories.sort(key=lambda s: s["published"])
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    for s in stories:
        (out_dir / f"{s['id']}.html").write_text(RENDER[s["feed"]](s), encoding="utf-8")
    entries = []
    for s in stories:
        e = {}
        for k in LABEL_KEYS:
            if k in s and s[k] not in (None, [], ""):
                e[k] = s[k]
        entries.append(e)
    doc = {"name": "blind27", "known_as_of": date(2024, 2, 8), "feeds": FEEDS, "articles": entries}
    text = ("# blind27: generated by src/generate.py -- edit the stories, not this file\n"
            + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100))
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(stories)} articles and labels.yaml")


if __name__ == "__main__":
    main()
