"""Site templates for the invented outlets of blind14."""
import html
import json

FEEDS = [
    {"id": "halcyon-en", "title": "Halcyon Wire", "format": "rss", "lang": "en"},
    {"id": "coastline-en", "title": "The Coastline Chronicle", "format": "atom", "lang": "en"},
    {"id": "stratum-en", "title": "Stratum Asia Review", "format": "atom", "lang": "en"},
    {"id": "lantern-en", "title": "Lantern Bay Times", "format": "rss", "lang": "en"},
    {"id": "baikal-ru", "title": "Байкал-Пресс", "format": "rss", "lang": "ru"},
    {"id": "obzor-ru", "title": "Гражданский обзор", "format": "atom", "lang": "ru"},
    {"id": "hokushin-ja", "title": "北辰新聞", "format": "rss", "lang": "ja"},
    {"id": "shiosai-ja", "title": "潮騒通信", "format": "atom", "lang": "ja"},
]
FEED = {f["id"]: f for f in FEEDS}

e = html.escape
STRATUM_REL = ['The Arctic after sanctions', "Japan's defence budget, explained", 'Podcast: the Sea of Okhotsk']


def paras(body):
    return "\n".join(f"<p>{e(p)}</p>" for p in body)


def related(items):
    return "".join(f'<li><a href="/topics/{i}">{e(t)}</a></li>' for i, t in enumerate(items, 100))


def page(a):
    fid = a["feed"]
    t, s, d, body = a["title"], a["summary"], a["published"], a["body"]
    date_h = d[:10]
    author = a.get("author", "")
    rel = a.get("related", [])
    if fid == "halcyon-en":
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                         "datePublished": d, "publisher": {"@type": "Organization", "name": "Halcyon Wire"}})
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(t)} | Halcyon Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Halcyon Wire"><meta property="og:title" content="{e(t)}">
<meta property="og:description" content="{e(s)}"><meta property="article:published_time" content="{d}">
<script type="application/ld+json">{ld}</script></head>
<body><div id="consent" class="cookie-bar">We use cookies to measure audience and personalise ads. <button>Accept all</button> <button>Manage choices</button></div>
<header class="hw-top"><a class="logo" href="/">HALCYON WIRE</a>
<nav><a href="/world">World</a> <a href="/asia">Asia-Pacific</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a> <a href="/sport">Sport</a> <a href="/video">Video</a></nav>
<form action="/search"><input name="q" placeholder="Search Halcyon"></form></header>
<main><article><div class="kicker">{e(a.get('kicker','WORLD'))}</div><h1>{e(t)}</h1>
<div class="byline">{e(author or 'Halcyon Wire staff')} &middot; <time datetime="{d}">{date_h}</time> &middot; 3 min read</div>
<div class="share"><a>Share</a> <a>Post</a> <a>Email</a> <a>Print</a></div>
<div class="body">{paras(body)}</div>
<p class="trust">Reporting by Halcyon Wire correspondents; editing by the Asia desk. Our Standards: The Halcyon Trust Principles.</p>
</article>
<aside><h3>Read next</h3><ul>{related(rel or ['Markets wrap: yen slips', 'Shipping rates climb in the Pacific', 'Weather: typhoon season outlook'])}</ul></aside></main>
<footer><p>&copy; Halcyon Wire. All quotes delayed a minimum of 15 minutes.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a></footer>
</body></html>"""
    if fid == "coastline-en":
        return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{e(t)} - The Coastline Chronicle</title>
<meta property="og:title" content="{e(t)}"><meta property="og:site_name" content="The Coastline Chronicle">
<meta name="description" content="{e(s)}"><meta property="article:published_time" content="{d}">
<link rel="canonical" href="https://coastlinechronicle.example/{a['id']}"></head>
<body class="cc">
<div class="masthead"><span>The Coastline Chronicle</span><span class="tag">Independent since 1911</span>
<a class="sub" href="/subscribe">Subscribe &ndash; first month free</a> <a href="/login">Sign in</a></div>
<nav class="sections"><ul><li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/lifestyle">Lifestyle</a></li></ul></nav>
<div class="breadcrumbs"><a href="/world">World</a> &rsaquo; <a href="/world/asia">Asia</a></div>
<article><header><h1>{e(t)}</h1><p class="standfirst">{e(s)}</p>
<p class="meta">By {e(author or 'our foreign staff')} | {date_h}</p></header>
{paras(body)}
<div class="comments"><h4>Comments (0)</h4><p>Comments are closed on this article.</p></div></article>
<section class="more"><h3>More from World</h3><ul>{related(rel or ['The week in pictures', 'Letters: readers on the housing crisis', 'Crossword no. 4,412'])}</ul></section>
<div class="gdpr">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a></div>
<footer>The Coastline Chronicle Ltd. Registered in England. <a href="/contact">Contact us</a> | <a href="/complaints">Complaints</a></footer>
</body></html>"""
    if fid == "stratum-en":
        # analysis site: no og:site_name, no published_time meta
        return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{e(t)}</title>
<meta name="author" content="{e(author or 'Stratum Asia Review')}"></head>
<body><div class="topbar">Stratum Asia Review &mdash; long reads on power and policy in Asia</div>
<nav><a href="/analysis">Analysis</a> | <a href="/briefs">Briefs</a> | <a href="/podcast">Podcast</a> | <a href="/about">About</a> | <a href="/donate">Support us</a></nav>
<div class="essay"><p class="section">ANALYSIS</p><h1>{e(t)}</h1><h2 class="dek">{e(s)}</h2>
<p class="by">{e(author or 'Staff analyst')} &bull; {date_h}</p>
{paras(body)}
<div class="bio"><em>The author is a fellow of the Stratum programme on Northeast Asian security. Views are the author's own.</em></div></div>
<div class="newsletter">Get the Stratum Weekly in your inbox. <input type="email" placeholder="you@example.com"> <button>Sign up</button></div>
<aside><h4>Further reading</h4><ul>{related(rel or STRATUM_REL)}</ul></aside>
<footer>Stratum Asia Review is a non-profit publication. Cookies: we only use essential cookies. &copy; all rights reserved.</footer>
</body></html>"""
    if fid == "lantern-en":
        return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{e(t)}</title>
<meta property="og:title" content="{e(t)}"><meta property="og:type" content="article">
<meta name="pubdate" content="{d}"></head>
<body><div class="cookie-modal" role="dialog"><p>Lantern Bay Times and our 212 partners use cookies and similar technologies.</p><button>I agree</button><button>Reject non-essential</button></div>
<header><div class="brand">LANTERN BAY TIMES</div><div class="weather">Lantern Bay 14&deg;C Cloudy</div>
<nav><a href="/local">Local</a> <a href="/nation">Nation</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/obituaries">Obituaries</a> <a href="/classifieds">Classifieds</a></nav></header>
<main><h1 class="headline">{e(t)}</h1><div class="dateline">Published {date_h} &middot; {e(author or 'Wire and staff reports')}</div>
<div class="story">{paras(body)}</div>
<div class="ad">ADVERTISEMENT</div>
<div class="trending"><h3>Trending now</h3><ol>{related(rel or ['High school football scores', 'City council approves harbor budget', 'Ferry timetable changes'])}</ol></div></main>
<footer><p>Lantern Bay Times &copy; Lantern Media Group. <a href="/privacy">Privacy Policy</a> &middot; <a href="/do-not-sell">Do Not Sell My Info</a></p></footer>
</body></html>"""
    if fid == "baikal-ru":
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                         "datePublished": d, "inLanguage": "ru"}, ensure_ascii=False)
        return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{e(t)} — Байкал-Пресс</title>
<meta property="og:site_name" content="Байкал-Пресс"><meta property="og:title" content="{e(t)}">
<meta property="article:published_time" content="{d}"><script type="application/ld+json">{ld}</script></head>
<body><div class="cookies">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<header><a href="/" class="logo">Байкал-Пресс</a><nav><a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/world">В мире</a> <a href="/dfo">Дальний Восток</a> <a href="/sport">Спорт</a></nav>
<div class="rates">USD 92,4 &nbsp; EUR 99,8</div></header>
<main><article><div class="rubric">{e(a.get('kicker','Политика'))}</div><h1>{e(t)}</h1><div class="date">{date_h}</div>
<div class="lead"><b>{e(s)}</b></div>
{paras(body)}
<div class="share">Поделиться: ВКонтакте · Одноклассники · Telegram</div></article>
<aside><h3>Читайте также</h3><ul>{related(rel or ['Погода на выходные', 'Курс рубля: прогноз аналитиков', 'В Иркутске открылся новый мост'])}</ul></aside></main>
<footer>© «Байкал-Пресс». Сетевое издание. 18+ При цитировании ссылка обязательна.</footer>
</body></html>"""
    if fid == "obzor-ru":
        # no og:site_name, no published_time
        return f"""<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>{e(t)}</title><meta name="description" content="{e(s)}"></head>
<body><div id="top">ГРАЖДАНСКИЙ ОБЗОР <small>ежедневная общественно-политическая газета</small></div>
<ul class="menu"><li>Главное</li><li>Власть</li><li>Мир</li><li>Армия</li><li>Регионы</li><li>Мнения</li><li>Архив</li></ul>
<div class="content"><h1>{e(t)}</h1><p class="info">{e(author or 'Отдел международной политики')}, {date_h}</p>
{paras(body)}
<p class="tags">Теги: {e(a.get('tags','Япония, МИД'))}</p></div>
<div class="side"><b>Популярное</b><ul>{related(rel or ['Пенсии в следующем году', 'Что изменится с 1 числа', 'Рецепт недели'])}</ul></div>
<div class="cookie">Сайт использует cookie и сервисы веб-аналитики. <a>Принять</a></div>
<div class="foot">Свидетельство о регистрации СМИ. Учредитель: ООО «Обзор-Медиа». Все права защищены.</div>
</body></html>"""
    if fid == "hokushin-ja":
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                         "datePublished": d, "inLanguage": "ja"}, ensure_ascii=False)
        return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{e(t)}｜北辰新聞デジタル</title>
<meta property="og:site_name" content="北辰新聞デジタル"><meta property="og:title" content="{e(t)}">
<meta property="article:published_time" content="{d}"><script type="application/ld+json">{ld}</script></head>
<body><div class="cookie-consent">当サイトではサービス向上のためCookieを使用しています。<button>同意する</button></div>
<header><h2 class="site">北辰新聞デジタル</h2><nav><a href="/news">ニュース</a> <a href="/dounai">道内</a> <a href="/seiji">政治</a> <a href="/keizai">経済</a> <a href="/kokusai">国際</a> <a href="/sports">スポーツ</a> <a href="/okuyami">おくやみ</a></nav>
<a href="/member">会員登録</a> <a href="/login">ログイン</a></header>
<main><article><p class="cat">{e(a.get('kicker','政治'))}</p><h1>{e(t)}</h1><p class="time">{date_h} 更新</p>
{paras(body)}
<p class="copy">（{e(author or '北辰新聞')}）</p>
<div class="sns">X（旧ツイッター）でシェア　LINEで送る　Facebook</div></article>
<aside><h3>関連記事</h3><ul>{related(rel or ['道内の天気　週末は雪', 'JR北海道、ダイヤ改正', '根室のサンマ水揚げ低調'])}</ul></aside></main>
<footer>Copyright © 北辰新聞社 All rights reserved. 記事・写真の無断転載を禁じます。</footer>
</body></html>"""
    if fid == "shiosai-ja":
        # no og metadata at all
        return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{e(t)} - 潮騒通信</title></head>
<body><div class="hdr"><span class="logo">潮騒通信</span><span class="slogan">海と暮らしのニュース</span></div>
<div class="gnav"><a href="/">トップ</a>｜<a href="/national">全国</a>｜<a href="/world">国際</a>｜<a href="/fisheries">水産</a>｜<a href="/local">地域</a>｜<a href="/opinion">社説</a></div>
<div class="main"><h1>{e(t)}</h1><div class="dt">{date_h}</div>
{paras(body)}
<div class="kanren"><h4>あわせて読みたい</h4><ul>{related(rel or ['ホタテ輸出、回復の兆し', '港の朝市がにぎわい', '社説：地方の人口減少'])}</ul></div></div>
<div class="cookie">本サイトはクッキーを利用します。詳しくは<a href="/policy">プライバシーポリシー</a>をご覧ください。</div>
<div class="ftr">潮騒通信社　〒085-0000　お問い合わせ｜広告掲載｜採用情報</div>
</body></html>"""
    raise KeyError(fid)
