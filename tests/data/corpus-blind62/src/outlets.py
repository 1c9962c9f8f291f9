"""Page templates for the eight invented outlets of the blind62 world.

Each outlet renders a full HTML5 page around an article body: navigation, cookie
banner, share buttons, related stories, footer. Metadata differs by outlet (and some
articles carry `nometa: true`, which strips every meta tag and JSON-LD block).
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")
SAKT = timezone(timedelta(hours=11), "SAKT")

WEEK_JA = "月火水木金土日"
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                 "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

OUTLETS = {
    "benten-ja": {"title": "弁天島新報 電子版", "format": "rss", "lang": "ja",
                  "domain": "benten-shimpo.jp"},
    "shion-fm": {"title": "FMしべつ潮音 ローカルニュース", "format": "atom", "lang": "ja",
                 "domain": "fm-shion.jp"},
    "nishibetsu-ja": {"title": "西別川タイムズ（別海・中標津）", "format": "rss", "lang": "ja",
                      "domain": "nishibetsu-times.jp"},
    "kunashir-puls": {"title": "Кунаширский пульс — новости Южно-Курильского округа",
                      "format": "rss", "lang": "ru", "domain": "kunashir-puls.ru"},
    "ekho-iturupa": {"title": "Эхо Итурупа — новости Курильского округа", "format": "atom",
                     "lang": "ru", "domain": "ekho-iturupa.ru"},
    "golos-shikotana": {"title": "Голос Шикотана — Малокурильское и Крабозаводское",
                        "format": "rss", "lang": "ru", "domain": "golos-shikotana.ru"},
    "kombu-courier": {"title": "The Kombu Coast Courier - eastern Hokkaido in English",
                      "format": "atom", "lang": "en", "domain": "kombucoastcourier.com"},
    "greenling-wire": {"title": "Greenling Wire - Asia", "format": "rss", "lang": "en",
                       "domain": "greenlingwire.com"},
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def body_html(paras: list[str], lang: str) -> str:
    """Turn the lightweight body markup into HTML."""
    out = []
    ul: list[str] = []

    def flush_ul():
        if ul:
            out.append("<ul>" + "".join(f"<li>{x}</li>" for x in ul) + "</ul>")
            ul.clear()

    for p in paras:
        p = p.strip()
        if not p:
            continue
        lines = p.split("\n")
        if all(l.startswith("- ") for l in lines):
            ul.extend(esc(l[2:].strip()) for l in lines)
            continue
        flush_ul()
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:].strip())}</h2>")
        elif p.startswith("> "):
            q = " ".join(l[2:] if l.startswith("> ") else l for l in lines)
            out.append(f"<blockquote><p>{esc(q)}</p></blockquote>")
        elif p.startswith("**") and p.endswith("**") and "\n" not in p:
            out.append(f"<p><strong>{esc(p[2:-2])}</strong></p>")
        else:
            out.append("<p>" + "<br>".join(esc(l) for l in lines) + "</p>")
    flush_ul()
    return "\n".join(out)


def meta_block(a: dict, url: str, site: str, lang: str, with_jsonld: bool,
               og_only: bool = False) -> str:
    if a.get("nometa"):
        return ""
    pub = a["published"].isoformat().replace("+00:00", "Z")
    tags = [
        f'<meta name="description" content="{esc(a["summary"])}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        f'<meta property="og:url" content="{esc(url)}">',
        f'<meta property="og:site_name" content="{esc(site)}">',
    ]
    if not og_only:
        tags += [f'<meta property="og:description" content="{esc(a["summary"])}">',
                 f'<meta property="article:published_time" content="{pub}">',
                 f'<link rel="canonical" href="{esc(url)}">']
    if with_jsonld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": a["title"], "datePublished": pub, "dateModified": pub,
              "inLanguage": lang, "description": a["summary"],
              "mainEntityOfPage": url,
              "publisher": {"@type": "Organization", "name": site}}
        if a.get("byline"):
            ld["author"] = {"@type": "Person", "name": a["byline"]}
        tags.append('<script type="application/ld+json">'
                    + json.dumps(ld, ensure_ascii=False) + "</script>")
    return "\n".join(tags)


def related_list(items: list[dict], cls: str = "related") -> str:
    return "".join(f'<li><a href="/articles/{esc(r["id"])}.html">{esc(r["title"])}</a></li>'
                   for r in items)


# --------------------------------------------------------------------------- Japanese


def fmt_ja(dt: datetime, with_time: bool = True) -> str:
    d = dt.astimezone(JST)
    s = f"{d.year}年{d.month}月{d.day}日"
    if with_time:
        s += f" {d.hour}:{d.minute:02d}"
    return s


def render_benten(a, body, related, static_related):
    url = f"https://{OUTLETS['benten-ja']['domain']}/articles/{a['id']}.html"
    site = "弁天島新報"
    d = a["published"].astimezone(JST)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])}｜弁天島新報 電子版</title>
{meta_block(a, url, site, 'ja', with_jsonld=True)}
<link rel="stylesheet" href="/static/benten/main.css?v=2024">
</head>
<body class="benten article">
<div id="cookie-consent" class="cookie-bar" role="dialog">
  <p>当サイトでは、利便性向上と広告配信のためにCookieを使用しています。「同意する」を押すと、Cookieの利用に同意したものとみなします。<a href="/privacy/">プライバシーポリシー</a></p>
  <button type="button" class="btn-agree">同意する</button><button type="button" class="btn-setting">設定</button>
</div>
<header class="site-header">
  <div class="hdr-top"><span class="today">{d.year}年{d.month}月{d.day}日（{WEEK_JA[d.weekday()]}）</span>
  <span class="weather">根室 晴れ時々くもり</span><a class="login" href="/member/login">ログイン</a><a class="subscribe" href="/member/">電子版購読のご案内</a></div>
  <div class="logo"><a href="/">弁天島新報<small>根室・北方領土隣接地域の日刊紙</small></a></div>
  <nav class="gnav"><ul>
    <li><a href="/">トップ</a></li><li><a href="/nemuro/">根室</a></li><li><a href="/rausu-shibetsu/">羅臼・標津</a></li>
    <li><a href="/betsukai/">別海・中標津</a></li><li><a href="/suisan/">水産</a></li><li class="on"><a href="/hoppo/">北方領土</a></li>
    <li><a href="/sports/">スポーツ</a></li><li><a href="/okuyami/">おくやみ</a></li><li><a href="/event/">催し</a></li>
  </ul></nav>
</header>
<div class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/{esc(a.get('section_path','hoppo'))}/">{esc(a.get('section','北方領土'))}</a> &gt; 記事</div>
<main class="wrap">
<article class="news-detail">
  <h1 class="headline">{esc(a['title'])}</h1>
  <p class="pubdate"><time datetime="{d.isoformat()}">{fmt_ja(a['published'])}</time>{' 更新' if a.get('updated') else ''}</p>
  <div class="share"><a href="#" class="x">ポスト</a><a href="#" class="fb">シェア</a><a href="#" class="line">LINEで送る</a></div>
  {f'<figure class="photo"><img src="/img/{a["id"]}.jpg" alt=""><figcaption>{esc(a["photo"])}</figcaption></figure>' if a.get('photo') else ''}
  <div class="article-body">
{body}
  </div>
  {f'<p class="byline">（{esc(a["byline"])}）</p>' if a.get('byline') else ''}
</article>
<aside class="side">
  <section class="ranking"><h3>アクセスランキング</h3><ol>
    <li><a href="/articles/rank1.html">花咲港、サンマ初水揚げ　昨年より5日早く</a></li>
    <li><a href="/articles/rank2.html">市立根室病院、内科医1人増へ　4月から</a></li>
    <li><a href="/articles/rank3.html">納沙布岬で春の清掃　中学生ら200人</a></li>
  </ol></section>
  <section class="related"><h3>関連記事</h3><ul>{related_list(related)}</ul></section>
</aside>
</main>
<footer class="site-footer">
  <ul class="fnav"><li><a href="/company/">会社案内</a></li><li><a href="/ad/">広告掲載</a></li><li><a href="/privacy/">個人情報の取り扱い</a></li><li><a href="/copyright/">著作権について</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
  <p>弁天島新報社　北海道根室市弁天町　掲載記事・写真の無断転載を禁じます。</p>
  <p class="copy">Copyright &copy; Benten Shimpo. All rights reserved.</p>
</footer>
<script src="/static/benten/consent.js" defer></script>
</body>
</html>
"""


def render_shion(a, body, related, static_related):
    url = f"https://{OUTLETS['shion-fm']['domain']}/news/{a['id']}.html"
    d = a["published"].astimezone(JST)
    air = d + timedelta(minutes=0)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - FMしべつ潮音</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta_block(a, url, 'FMしべつ潮音', 'ja', with_jsonld=False, og_only=True)}
<link rel="stylesheet" href="/css/shion.css">
</head>
<body>
<div class="cookie-notice">このサイトはアクセス解析のためCookieを利用しています。<a href="/policy.html">詳しく</a> <button>OK</button></div>
<div id="header">
  <p class="station">コミュニティFM <strong>FMしべつ潮音</strong> 78.2MHz<span>標津・羅臼・中標津をむすぶ</span></p>
  <div class="onair">ON AIR　<a href="/live/">インターネットで聴く（サイマル放送）</a></div>
  <ul class="menu">
    <li><a href="/">ホーム</a></li><li><a href="/news/">ローカルニュース</a></li><li><a href="/bousai/">防災・気象</a></li>
    <li><a href="/gyogyo/">漁業情報</a></li><li><a href="/program/">番組表</a></li><li><a href="/info/">お知らせ</a></li>
  </ul>
</div>
<div id="contents">
  <div class="newsbox">
    <p class="cat">ローカルニュース ／ {d.year}/{d.month:02d}/{d.day:02d}({WEEK_JA[d.weekday()]}) {d.hour:02d}:{d.minute:02d} 放送</p>
    <h1>{esc(a['title'])}</h1>
{body}
    <p class="note">※このニュースは「潮音ニュースワイド」で放送した内容を再構成したものです。</p>
    <div class="sns">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
  </div>
  <div class="sidebox">
    <h3>最近のニュース</h3><ul>{related_list(related)}</ul>
    <h3>防災情報</h3><p>標津町の防災メール登録は<a href="/bousai/mail.html">こちら</a>。津波警報・注意報の際は臨時放送に切り替えます。</p>
    <h3>漁業気象</h3><p>根室海峡：波 1.5m のち 1m　<a href="/gyogyo/">詳しく</a></p>
  </div>
</div>
<div id="footer">
  <p>特定非営利活動法人 しべつ潮音放送／ 北海道標津郡標津町</p>
  <p>番組へのメッセージ：<a href="/message/">メッセージフォーム</a>　|　<a href="/policy.html">サイトポリシー</a></p>
  <p>&copy; FM Shibetsu Shion</p>
</div>
</body>
</html>
"""


def render_nishibetsu(a, body, related, static_related):
    d = a["published"].astimezone(JST)
    desc = "" if a.get("nometa") else f'<meta name="description" content="{esc(a["summary"])}">'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | 西別川タイムズ</title>
{desc}
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<div class="cookie">西別川タイムズは閲覧状況の把握にCookieを使用します。<a href="/cookie/">Cookieについて</a> <a href="#" class="close">閉じる</a></div>
<header>
  <h1 class="logo"><a href="/">西別川タイムズ</a></h1>
  <p class="tagline">別海町・中標津町・標津町のニュースを毎週お届け　創刊1961年</p>
  <nav><a href="/">ホーム</a> | <a href="/machi/">まちの話題</a> | <a href="/rakuno/">酪農</a> | <a href="/gyogyo/">漁業</a> | <a href="/gikai/">町議会</a> | <a href="/kyoiku/">教育</a> | <a href="/hoppo/">北方領土</a> | <a href="/tayori/">読者だより</a></nav>
</header>
<div id="main">
<div class="entry">
<p class="date">{d.year}年{d.month}月{d.day}日（{WEEK_JA[d.weekday()]}）</p>
<h2 class="title">{esc(a['title'])}</h2>
<div class="entry-body">
{body}
</div>
{f'<p class="writer">（記者：{esc(a["byline"])}）</p>' if a.get('byline') else ''}
<p class="share">シェアする: <a href="#">X</a> / <a href="#">Facebook</a></p>
</div>
<div class="backnumber"><h3>この分野の記事</h3><ul>{related_list(related)}</ul></div>
</div>
<footer>
<p>西別川タイムズ社 北海道野付郡別海町　定期購読・広告のお問い合わせは電話で。</p>
<p>記事の無断転載を禁じます &copy; Nishibetsugawa Times</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Russian


def fmt_ru(dt: datetime, with_time=True) -> str:
    d = dt.astimezone(SAKT)
    s = f"{d.day} {MONTHS_RU_GEN[d.month-1]} {d.year}"
    if with_time:
        s += f", {d.hour:02d}:{d.minute:02d}"
    return s


def render_kunashir(a, body, related, static_related):
    url = f"https://{OUTLETS['kunashir-puls']['domain']}/news/{a['id']}"
    comments = ""
    if a.get("comments"):
        comments = '<section class="comments"><h3>Комментарии (' + str(len(a["comments"])) + ")</h3>" + "".join(
            f'<div class="comment"><b>{esc(c["who"])}</b> <span class="ago">{esc(c.get("when",""))}</span><p>{esc(c["text"])}</p></div>'
            for c in a["comments"]) + '<p class="rules">Комментарии проходят модерацию. <a href="/rules">Правила</a></p></section>'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} — Кунаширский пульс</title>
{meta_block(a, url, 'Кунаширский пульс', 'ru', with_jsonld=False)}
<link rel="stylesheet" href="/css/puls.min.css">
</head>
<body>
<div class="cookie-banner" id="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button onclick="this.parentNode.remove()">Понятно</button></div>
<header class="top">
  <div class="logo"><a href="/">Кунаширский <span>пульс</span></a><small>Южно-Курильск · Головнино · Малокурильское</small></div>
  <div class="weather-widget">Южно-Курильск: +4°, ЮВ 9 м/с · Курс ЦБ: <a href="/kurs">USD / JPY</a></div>
  <nav class="menu"><a href="/">Главная</a><a href="/news">Новости</a><a href="/vlast">Власть</a><a href="/obshestvo">Общество</a><a href="/ryba">Рыбалка и путина</a><a href="/transport">Транспорт</a><a href="/pogoda">Погода</a><a href="/obyavleniya">Объявления</a></nav>
</header>
<main class="content">
  <div class="crumbs"><a href="/">Главная</a> / <a href="/news">{esc(a.get('section','Новости'))}</a></div>
  <article class="post">
    <h1>{esc(a['title'])}</h1>
    <div class="post-meta"><time datetime="{a['published'].isoformat()}">{fmt_ru(a['published'])}</time> · Просмотров: {a.get('views', 412)}{' · ' + esc(a['byline']) if a.get('byline') else ''}</div>
    <div class="lead"><p>{esc(a['summary'])}</p></div>
    <div class="post-body">
{body}
    </div>
    <div class="share">Поделиться: <a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a></div>
    <p class="subscribe">Подписывайтесь на наш Telegram-канал — все новости Кунашира первыми.</p>
  </article>
  {comments}
  <aside class="more"><h3>Читайте также</h3><ul>{related_list(related)}</ul></aside>
</main>
<footer class="bottom">
  <p>Сетевое издание «Кунаширский пульс». 18+</p>
  <p>Адрес редакции: Сахалинская обл., пгт Южно-Курильск. При использовании материалов ссылка на сайт обязательна.</p>
</footer>
<script src="/js/counter.js" async></script>
</body>
</html>
"""


def render_ekho(a, body, related, static_related):
    url = f"https://{OUTLETS['ekho-iturupa']['domain']}/{a['published'].astimezone(SAKT):%Y/%m/%d}/{a['id']}/"
    d = a["published"].astimezone(SAKT)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Эхо Итурупа</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta_block(a, url, 'Эхо Итурупа', 'ru', with_jsonld=True)}
<link rel="stylesheet" href="/static/ekho.css">
</head>
<body class="single">
<div class="gdpr">Сайт использует cookie и сервисы веб-аналитики. <a href="/cookie">Подробнее</a> <button class="ok">Принять</button></div>
<div class="header">
  <a class="brand" href="/">ЭХО <b>ИТУРУПА</b></a>
  <span class="slogan">Курильск · Рейдово · Китовый · Горячие Ключи</span>
  <ul class="nav"><li><a href="/">Лента</a></li><li><a href="/rubric/okrug/">Округ</a></li><li><a href="/rubric/ekonomika/">Экономика</a></li><li><a href="/rubric/zdorovie/">Здоровье</a></li><li><a href="/rubric/shkola/">Школа</a></li><li><a href="/rubric/transport/">Аэропорт и паром</a></li><li><a href="/rubric/istoriya/">История</a></li></ul>
</div>
<div class="container">
  <article>
    <p class="rubric">{esc(a.get('section','Округ'))}</p>
    <h1 class="entry-title">{esc(a['title'])}</h1>
    <p class="entry-date">{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}:{d.minute:02d}{' | ' + esc(a['byline']) if a.get('byline') else ''}</p>
    <div class="entry-content">
{body}
    </div>
    <p class="tags">Теги: {', '.join('<a href="/tag/' + esc(t) + '/">' + esc(t) + '</a>' for t in a.get('tags', ['Курильск']))}</p>
    <div class="share-buttons"><a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
  </article>
  <div class="sidebar">
    <div class="widget"><h4>Расписание рейсов</h4><p>Аэропорт Итуруп: рейсы на Южно-Сахалинск — вт, чт, сб (при наличии погоды).</p></div>
    <div class="widget"><h4>Последние новости</h4><ul>{related_list(related)}</ul></div>
  </div>
</div>
<div class="footer">© «Эхо Итурупа», г. Курильск. 16+. Перепечатка — с активной ссылкой.</div>
</body>
</html>
"""


def render_golos(a, body, related, static_related):
    d = a["published"].astimezone(SAKT)
    meta = "" if a.get("nometa") else f'<meta name="description" content="{esc(a["summary"])}">'
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
{meta}
<link rel="stylesheet" href="/style.css">
</head>
<body>
<table class="layout" width="100%"><tr><td class="head" colspan="2">
<div class="sitename"><a href="/">«Голос Шикотана»</a></div>
<div class="sub">Малокурильское · Крабозаводское · информационный сайт острова</div>
<div class="menu"><a href="/">Главная</a> | <a href="/novosti/">Новости</a> | <a href="/shkola/">Школа</a> | <a href="/bolnitsa/">Участковая больница</a> | <a href="/parom/">Паром</a> | <a href="/obyavleniya/">Объявления</a> | <a href="/foto/">Фото</a></div>
</td></tr>
<tr><td class="main" valign="top">
<div class="cookie">На сайте используются cookie. <a href="#">Закрыть</a></div>
<h1>{esc(a['title'])}</h1>
<div class="date">{d.day} {MONTHS_RU_GEN[d.month-1]} {d.year} г.</div>
{body}
{f'<p class="author"><i>{esc(a["byline"])}</i></p>' if a.get('byline') else ''}
<p class="share">Поделиться: <a href="#">ВК</a> · <a href="#">ОК</a></p>
</td><td class="right" valign="top" width="240">
<div class="box"><b>Погода в Малокурильском</b><br>+2°C, ветер С 11 м/с, волна 2 м</div>
<div class="box"><b>Объявления</b><br>Продаю лодку «Прогресс-4» с мотором, тел. в редакции.<br>Сдам комнату на путину.</div>
<div class="box"><b>Ещё новости</b><ul>{related_list(related)}</ul></div>
</td></tr>
<tr><td colspan="2" class="foot">© «Голос Шикотана». Сайт ведут жители острова. 12+</td></tr></table>
</body>
</html>
"""


# --------------------------------------------------------------------------- English


def render_kombu(a, body, related, static_related):
    url = f"https://{OUTLETS['kombu-courier']['domain']}/{a.get('section_path','news')}/{a['id']}"
    d = a["published"].astimezone(JST)
    hr = d.hour % 12 or 12
    ampm = "am" if d.hour < 12 else "pm"
    comments = ""
    if a.get("comments"):
        comments = '<section id="comments"><h3>' + str(len(a["comments"])) + " comments</h3>" + "".join(
            f'<div class="c"><strong>{esc(c["who"])}</strong><p>{esc(c["text"])}</p></div>' for c in a["comments"]) + "</section>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | The Kombu Coast Courier</title>
{meta_block(a, url, 'The Kombu Coast Courier', 'en', with_jsonld=True)}
<link rel="stylesheet" href="/assets/kcc.css">
</head>
<body>
<div class="consent" role="region" aria-label="cookie notice">We use cookies to understand how our readers use the site and to keep you signed in. <a href="/privacy">Privacy</a> <button>Accept</button> <button>Reject non-essential</button></div>
<header class="masthead">
  <div class="brand"><a href="/">The Kombu Coast Courier</a><span>Nemuro · Shiretoko · Kushiro — eastern Hokkaido in English</span></div>
  <nav><a href="/news">News</a><a href="/islands">The Islands</a><a href="/sea">Sea &amp; Fisheries</a><a href="/towns">Towns</a><a href="/weather">Weather</a><a href="/features">Features</a><a href="/opinion">Opinion</a><a class="donate" href="/support">Support local news</a></nav>
</header>
<main>
<article class="story">
  <p class="kicker">{esc(a.get('section','News'))}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="standfirst">{esc(a['summary'])}</p>
  <p class="byline">{('By ' + esc(a['byline'])) if a.get('byline') else 'Staff report'} · <time datetime="{a['published'].isoformat()}">{MONTHS_EN[d.month-1]} {d.day}, {d.year} · {hr}:{d.minute:02d} {ampm} JST</time></p>
  <div class="share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="story-body">
{body}
  </div>
  <aside class="newsletter"><h4>The Strait Letter</h4><p>Our weekly newsletter from the towns facing the islands. Free, every Friday.</p><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></aside>
</article>
{comments}
<section class="related"><h3>More from the Courier</h3><ul>{related_list(related)}</ul></section>
</main>
<footer class="site">
  <p>The Kombu Coast Courier is an independent, reader-funded English-language news site based in Nemuro, Hokkaido.</p>
  <p><a href="/about">About</a> · <a href="/corrections">Corrections</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Tips</a></p>
  <p>© The Kombu Coast Courier</p>
</footer>
</body>
</html>
"""


def render_greenling(a, body, related, static_related):
    url = f"https://{OUTLETS['greenling-wire'].get('domain')}/asia/{a['id']}"
    d = a["published"].astimezone(timezone.utc)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Greenling Wire</title>
{meta_block(a, url, 'Greenling Wire', 'en', with_jsonld=False)}
<link rel="stylesheet" href="/css/gw.css">
</head>
<body>
<div id="cookiebar">Greenling Wire uses cookies for analytics and to remember your preferences. <a href="/legal/cookies">Manage</a> <button>OK</button></div>
<div class="topbar"><a class="logo" href="/">GREENLING<span>WIRE</span></a>
<nav><a href="/world">World</a> <a href="/asia" class="active">Asia</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/commodities">Commodities</a> <a href="/science">Science</a></nav></div>
<div class="page">
<article>
<h1>{esc(a['title'])}</h1>
<div class="dateline">{MONTHS_EN[d.month-1]} {d.day}, {d.year} {d.hour:02d}:{d.minute:02d} GMT · {a.get('readtime', 3)} min read</div>
<div class="body">
{body}
</div>
<p class="credits">{esc(a.get('credits', 'Reporting by Greenling Wire Asia desk; editing by the Tokyo desk'))}</p>
<p class="standards"><a href="/trust">Our standards: the Greenling Trust Principles</a></p>
</article>
<div class="rail"><h3>Related coverage</h3><ul>{related_list(related)}</ul>
<div class="ad">Advertisement</div></div>
</div>
<footer><p>© Greenling Wire. All quotes delayed by at least 15 minutes. <a href="/legal/terms">Terms</a> · <a href="/legal/privacy">Privacy</a> · <a href="/legal/cookies">Cookies</a></p></footer>
</body>
</html>
"""


RENDER = {
    "benten-ja": render_benten,
    "shion-fm": render_shion,
    "nishibetsu-ja": render_nishibetsu,
    "kunashir-puls": render_kunashir,
    "ekho-iturupa": render_ekho,
    "golos-shikotana": render_golos,
    "kombu-courier": render_kombu,
    "greenling-wire": render_greenling,
}
