"""Page templates for the eight invented outlets of corpus blind77.

Each outlet has its own chrome: navigation, cookie banner, share bar, related links,
footer. Some outlets publish rich metadata (Open Graph, JSON-LD), some almost none.
"""
from __future__ import annotations

import html
import json

OUTLETS = {
    "greyhaven-wire": {"title": "Greyhaven Wire - World", "format": "rss", "lang": "en",
                       "host": "www.greyhavenwire.com"},
    "biwase-record": {"title": "The Biwase Record - eastern Hokkaido in English", "format": "atom",
                      "lang": "en", "host": "biwaserecord.jp"},
    "umbral-review": {"title": "Umbral Review - Eurasia & Pacific analysis", "format": "atom",
                      "lang": "en", "host": "umbralreview.org"},
    "zarnitsa-kur": {"title": "«Зарница» — новости Южных Курил", "format": "rss", "lang": "ru",
                     "host": "zarnitsa-kurily.ru"},
    "kursograf-ru": {"title": "ИА «Курсограф» — лента новостей", "format": "atom", "lang": "ru",
                     "host": "kursograf.ru"},
    "zennichi-ja": {"title": "全日新報デジタル", "format": "rss", "lang": "ja",
                    "host": "www.zennichi-shimpo.jp"},
    "tomoshiri-ja": {"title": "トモシリ新報 電子版（根室）", "format": "atom", "lang": "ja",
                     "host": "tomoshiri-shimpo.jp"},
    "kotan-tv": {"title": "コタン放送 NEWS", "format": "rss", "lang": "ja",
                 "host": "news.kotan-tv.jp"},
}

e = html.escape


def paras(body: list[str]) -> str:
    return "\n".join(f"      <p>{e(p)}</p>" for p in body)


def related(items: list[str], base: str) -> str:
    return "\n".join(f'        <li><a href="{base}{i}">{e(t)}</a></li>'
                     for i, t in enumerate(items, 101))


def jsonld(a: dict, publisher: str) -> str:
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["published"], "dateModified": a["published"],
         "inLanguage": a["lang"], "author": {"@type": "Person", "name": a.get("byline", publisher)},
         "publisher": {"@type": "Organization", "name": publisher},
         "description": a["summary"]}
    return ('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False)
            + "</script>")


def og(a: dict, site: str, url: str) -> str:
    return (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{e(site)}">\n'
            f'<meta property="og:title" content="{e(a["title"])}">\n'
            f'<meta property="og:description" content="{e(a["summary"])}">\n'
            f'<meta property="og:url" content="{url}">\n'
            f'<meta property="article:published_time" content="{a["published"]}">')


def human_date(a: dict, style: str) -> str:
    from datetime import datetime, timedelta
    t = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    y, m, d = a["published"][:10].split("-")
    hh, mm = a["published"][11:16].split(":")
    if style == "ja":
        j = t + timedelta(hours=9)
        return f"{j.year}年{j.month}月{j.day}日 {j.hour}:{j.minute:02d}"
    if style == "ru":
        months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря"]
        r = t + timedelta(hours=11)  # Sakhalin time
        return f"{r.day} {months[r.month - 1]} {r.year}, {r.hour:02d}:{r.minute:02d}"
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    return f"{months[int(m) - 1]} {int(d)}, {y} {hh}:{mm} GMT"


def page(a: dict) -> str:
    f = a["feed"]
    return {"greyhaven-wire": greyhaven, "biwase-record": biwase, "umbral-review": umbral,
            "zarnitsa-kur": zarnitsa, "kursograf-ru": kursograf, "zennichi-ja": zennichi,
            "tomoshiri-ja": tomoshiri, "kotan-tv": kotan}[f](a)


def greyhaven(a: dict) -> str:
    url = f"https://www.greyhavenwire.com/world/{a['slug']}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | Greyhaven Wire</title>
<meta name="description" content="{e(a['summary'])}">
{og(a, 'Greyhaven Wire', url)}
{jsonld(a, 'Greyhaven Wire')}
<link rel="canonical" href="{url}">
</head>
<body class="gw-article">
<div id="gw-consent" class="consent-bar" role="dialog">We and our 142 partners use cookies to
personalise content and measure audiences. <button>Accept all</button> <button>Manage choices</button></div>
<header class="gw-top">
  <a class="gw-logo" href="/">GREYHAVEN WIRE</a>
  <nav><a href="/world">World</a> <a href="/asia-pacific">Asia-Pacific</a> <a href="/europe">Europe</a>
  <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/wire-live">Live</a></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search the wire"></form>
</header>
<main>
  <article>
    <p class="gw-kicker">{e(a.get('kicker', 'World'))}</p>
    <h1>{e(a['title'])}</h1>
    <p class="gw-byline">By {e(a.get('byline', 'Greyhaven staff'))} &middot; {a.get('dateline', '')}</p>
    <time datetime="{a['published']}">{human_date(a, 'en')}</time>
    <div class="gw-share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
    <div class="gw-body">
{paras(a['body'])}
    </div>
    <p class="gw-trust">Our Standards: The Greyhaven Trust Principles.</p>
  </article>
  <aside class="gw-related">
    <h2>More from World</h2>
    <ul>
{related(a.get('related', ['Oil steadies as traders weigh supply outlook', 'Ceasefire talks stall again', 'Yen slips to two-week low']), '/world/story-')}
    </ul>
  </aside>
</main>
<footer class="gw-foot">
  <nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/terms">Terms of use</a>
  <a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a></nav>
  <p>&copy; Greyhaven Wire. All quotes delayed a minimum of 15 minutes.</p>
</footer>
</body>
</html>
"""


def biwase(a: dict) -> str:
    url = f"https://biwaserecord.jp/news/{a['slug']}/"
    return f"""<!DOCTYPE html>
<html lang="en-JP">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} – The Biwase Record</title>
{og(a, 'The Biwase Record', url)}
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy/">Learn more</a> <button>OK</button></div>
<header>
  <div class="masthead"><a href="/">The Biwase Record</a><span class="tag">Nemuro &middot; Kushiro &middot; Shiretoko &middot; the islands</span></div>
  <ul class="menu"><li><a href="/news/">News</a></li><li><a href="/fisheries/">Fisheries</a></li><li><a href="/islands/">The Islands</a></li>
  <li><a href="/community/">Community</a></li><li><a href="/weather/">Weather &amp; Sea</a></li><li><a href="/subscribe/">Subscribe</a></li></ul>
</header>
<div class="wrap">
  <article class="post">
    <h1 class="entry-title">{e(a['title'])}</h1>
    <div class="meta">Posted {human_date(a, 'en')} &middot; {e(a.get('byline', 'Staff writer'))}</div>
    <div class="entry-content">
{paras(a['body'])}
    </div>
    <div class="share">Share: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">LINE</a></div>
  </article>
  <section class="sidebar">
    <h3>Related</h3>
    <ul>
{related(a.get('related', ['Saury boats head out under grey skies', 'Nemuro port fish market reopens after repairs', 'Letters: the view from Cape Nosappu']), '/news/p')}
    </ul>
    <h3>Tide table</h3><p>Nemuro Hanasaki: high 05:12 / 17:40, low 11:26 / 23:58</p>
  </section>
</div>
<footer>The Biwase Record is an independent English-language news site for eastern Hokkaido. <a href="/contact/">Contact</a> &middot; <a href="/privacy/">Privacy</a></footer>
</body>
</html>
"""


def umbral(a: dict) -> str:
    url = f"https://umbralreview.org/analysis/{a['slug']}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}</title>
{og(a, 'Umbral Review', url)}
{jsonld(a, 'Umbral Review')}
</head>
<body class="longform">
<div class="gdpr">Umbral Review uses essential cookies and, with your consent, analytics. <a href="#">Accept</a> &middot; <a href="#">Reject non-essential</a></div>
<nav class="top"><a href="/" class="brand">UMBRAL REVIEW</a> <a href="/eurasia">Eurasia</a> <a href="/pacific">Pacific</a>
<a href="/security">Security</a> <a href="/podcast">Podcast</a> <a href="/newsletter">Newsletter</a> <a href="/donate" class="btn">Support us</a></nav>
<main>
  <header class="piece-head">
    <span class="section">{e(a.get('kicker', 'Analysis'))}</span>
    <h1>{e(a['title'])}</h1>
    <p class="dek">{e(a['summary'])}</p>
    <p class="author">{e(a.get('byline', 'Umbral staff'))} &mdash; <time datetime="{a['published']}">{human_date(a, 'en')}</time> &mdash; {a.get('read', '6')} min read</p>
  </header>
  <div class="piece-body">
{paras(a['body'])}
  </div>
  <div class="author-box">The views expressed are the author's own.</div>
  <section class="more"><h2>Further reading</h2><ul>
{related(a.get('related', ['The long winter of Japan-Russia relations', 'Sakhalin after sanctions', 'Why the Sea of Okhotsk matters to Moscow']), '/analysis/')}
  </ul></section>
  <section class="comments"><h3>Comments (3)</h3><p>Comments are moderated and may take a few hours to appear.</p></section>
</main>
<footer><p>Umbral Review is a reader-funded publication. &copy; Umbral Review. <a href="/privacy">Privacy</a> <a href="/ethics">Editorial standards</a></p></footer>
</body>
</html>
"""


def zarnitsa(a: dict) -> str:
    # deliberately sparse metadata: only <title>
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} — Зарница</title>
</head>
<body>
<div class="top-line">Южно-Курильск: +14 °C, ветер СВ 6 м/с &nbsp;|&nbsp; Паром «Игорь Фархутдинов»: расписание</div>
<header><a href="/" class="logo">«Зарница»</a> <span>новости Южных Курил</span>
<nav><a href="/news">Новости</a> <a href="/kunashir">Кунашир</a> <a href="/shikotan">Шикотан</a> <a href="/ekonomika">Экономика</a>
<a href="/obshchestvo">Общество</a> <a href="/ob-yavleniya">Объявления</a></nav></header>
<div class="content">
  <div class="date">{human_date(a, 'ru')}</div>
  <h1>{e(a['title'])}</h1>
  <div class="lead"><b>{e(a['summary'])}</b></div>
  <div class="text">
{paras(a['body'])}
  </div>
  <div class="author">{e(a.get('byline', 'Соб. инф.'))}</div>
  <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  <div class="also"><h3>Читайте также</h3><ul>
{related(a.get('related', ['В Южно-Курильске отремонтируют набережную', 'Рейс на Шикотан перенесли из-за шторма', 'Школьники Кунашира победили на областной олимпиаде']), '/news/')}
  </ul></div>
</div>
<div class="cookies">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим. <a href="#">Понятно</a></div>
<footer>© «Зарница», 16+. Свидетельство о регистрации СМИ Эл № ФС77-00000. При использовании материалов ссылка обязательна.</footer>
</body>
</html>
"""


def kursograf(a: dict) -> str:
    url = f"https://kursograf.ru/lenta/{a['slug']}"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{e(a['title'])} | ИА «Курсограф»</title>
{og(a, 'ИА «Курсограф»', url)}
{jsonld(a, 'ИА «Курсограф»')}
</head>
<body>
<header class="kg-head"><a href="/" class="kg-logo">КУРСОГРАФ</a>
<nav><a href="/lenta">Лента</a> <a href="/politika">Политика</a> <a href="/v-mire">В мире</a> <a href="/armiya">Армия</a>
<a href="/dfo">Дальний Восток</a> <a href="/ekonomika">Экономика</a> <a href="/proisshestviya">Происшествия</a></nav></header>
<div class="kg-layout">
 <article>
  <div class="kg-rubric">{e(a.get('kicker', 'Политика'))}</div>
  <h1>{e(a['title'])}</h1>
  <time datetime="{a['published']}">{human_date(a, 'ru')}</time>
  <div class="kg-text">
{paras(a['body'])}
  </div>
  <div class="kg-tags">Теги: {e(a.get('tags', 'Япония, Курилы'))}</div>
  <div class="kg-subscribe">Подписывайтесь на «Курсограф» в Telegram и Дзене</div>
 </article>
 <aside><h3>Главное</h3><ul>
{related(a.get('related', ['ЦБ сохранил ключевую ставку', 'В Приморье ожидается тайфун', 'Минфин разместил ОФЗ на 40 млрд рублей']), '/lenta/')}
 </ul></aside>
</div>
<div id="cookie-popup">Сайт использует cookie и рекомендательные технологии. <button>Принять</button></div>
<footer>Сетевое издание «Курсограф». 18+. Редакция: info@kursograf.ru</footer>
</body>
</html>
"""


def zennichi(a: dict) -> str:
    url = f"https://www.zennichi-shimpo.jp/articles/{a['slug']}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])}：全日新報デジタル</title>
{og(a, '全日新報デジタル', url)}
{jsonld(a, '全日新報')}
</head>
<body>
<div class="zn-cookie">当サイトはクッキーを使用しています。詳しくは<a href="/policy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="zn-header"><a href="/" class="zn-logo">全日新報デジタル</a>
<nav><a href="/national/">社会</a> <a href="/politics/">政治</a> <a href="/international/">国際</a> <a href="/business/">経済</a>
<a href="/sports/">スポーツ</a> <a href="/hokkaido/">北海道</a> <a href="/opinion/">オピニオン</a></nav>
<a href="/login/" class="zn-login">ログイン</a> <a href="/subscribe/" class="zn-sub">会員登録</a></header>
<main class="zn-main">
 <article>
  <p class="zn-genre">{e(a.get('kicker', '国際'))}</p>
  <h1>{e(a['title'])}</h1>
  <p class="zn-date">{human_date(a, 'ja')}</p>
  <div class="zn-sns"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">はてブ</a> <a href="#">LINE</a></div>
  <div class="zn-body">
{paras(a['body'])}
  </div>
  <p class="zn-note">この記事は会員限定記事です。残り{a.get('rest', '412')}文字は会員登録で読めます。</p>
 </article>
 <aside class="zn-ranking"><h2>アクセスランキング</h2><ol>
{related(a.get('related', ['円相場、一時1ドル＝150円台', '大雨警戒　九州北部で線状降水帯', '高校野球北大会、あす開幕']), '/articles/r')}
 </ol></aside>
</main>
<footer class="zn-footer"><a href="/about/">全日新報社について</a> <a href="/policy/">個人情報</a> <a href="/terms/">利用規約</a><br>Copyright © The Zennichi Shimpo. 無断転載を禁じます。</footer>
</body>
</html>
"""


def tomoshiri(a: dict) -> str:
    # sparse metadata: title and a single published-time meta, no Open Graph
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | トモシリ新報</title>
<meta name="pubdate" content="{a['published']}">
</head>
<body>
<div id="header"><h2 class="site"><a href="/">トモシリ新報 電子版</a></h2><p>根室・別海・中標津・羅臼のニュース</p>
<ul class="gnav"><li><a href="/local/">地域</a></li><li><a href="/suisan/">水産</a></li><li><a href="/ryodo/">北方領土</a></li>
<li><a href="/kurashi/">くらし</a></li><li><a href="/okuyami/">おくやみ</a></li><li><a href="/event/">催し</a></li></ul></div>
<div id="contents">
 <div class="kiji">
  <h1>{e(a['title'])}</h1>
  <p class="hizuke">{human_date(a, 'ja')}</p>
{paras(a['body'])}
  <p class="kisha">（{e(a.get('byline', '根室支局'))}）</p>
 </div>
 <div class="kanren"><h3>関連記事</h3><ul>
{related(a.get('related', ['サンマ棒受け網漁船、初水揚げ', '根室市議会、9月定例会開会', '花咲ガニまつり　今年も盛況']), '/local/')}
 </ul></div>
</div>
<div class="cookie">本サイトはサービス向上のためCookieを利用しています。<a href="#">閉じる</a></div>
<div id="footer">トモシリ新報社　〒087-0000 北海道根室市 ／ 記事・写真の無断転載を禁じます</div>
</body>
</html>
"""


def kotan(a: dict) -> str:
    # broadcaster page: no Open Graph, no JSON-LD
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])}｜コタン放送 NEWS</title>
</head>
<body>
<header class="kt-h"><a href="/" class="kt-logo">コタン放送 NEWS</a>
<nav><a href="/news/">ニュース</a> <a href="/weather/">天気</a> <a href="/program/">番組表</a> <a href="/live/">ライブ配信</a> <a href="/special/">特集</a></nav></header>
<div class="kt-breaking">ニュース速報は公式アプリでもお知らせします</div>
<main>
 <section class="kt-article">
  <h1>{e(a['title'])}</h1>
  <div class="kt-time">{human_date(a, 'ja')}</div>
  <div class="kt-video">▶ 動画 1分{a.get('vid', '32')}秒</div>
  <div class="kt-text">
{paras(a['body'])}
  </div>
  <div class="kt-share"><a href="#">Xでポスト</a> <a href="#">LINEで送る</a></div>
 </section>
 <section class="kt-list"><h2>こちらもおすすめ</h2><ul>
{related(a.get('related', ['札幌で真夏日　各地で熱中症に注意', '道内の交通事故死者　前年を下回る', '知床の観光船　今季の運航始まる']), '/news/n')}
 </ul></section>
</main>
<div class="kt-cookie">コタン放送はCookieを使用しています <button>OK</button></div>
<footer>© Kotan Broadcasting Co., Ltd. 番組内容・放送時間は変更になる場合があります。</footer>
</body>
</html>
"""
