# Generator for corpus blind15 (fictional outlets; all post-2024-02-08 events are invented).
import html, json, datetime, zlib
FEEDS = [
    dict(id="ironbark-en", title="Ironbark Wire - World", format="rss", lang="en", site="Ironbark Wire", host="ironbarkwire.com", tpl=0),
    dict(id="saltmarsh-en", title="The Saltmarsh Review - Asia", format="atom", lang="en", site="The Saltmarsh Review", host="saltmarshreview.co.uk", tpl=1),
    dict(id="cobalt-en", title="Cobalt Pacific Monitor", format="rss", lang="en", site="Cobalt Pacific Monitor", host="cobaltpacific.net", tpl=2),
    dict(id="fenwick-en", title="Fenwick Gazette - International", format="atom", lang="en", site="Fenwick Gazette", host="fenwickgazette.com", tpl=3),
    dict(id="zastava-ru", title="Курильская застава - новости островов", format="rss", lang="ru", site="Курильская застава", host="kurzastava.ru", tpl=1),
    dict(id="strezhen-ru", title="Агентство «Стрежень» - лента новостей", format="atom", lang="ru", site="Агентство «Стрежень»", host="strezhen-news.ru", tpl=0),
    dict(id="muteki-ja", title="霧笛新報デジタル", format="rss", lang="ja", site="霧笛新報", host="muteki-shimpo.jp", tpl=2),
    dict(id="shinonome-ja", title="東雲ニュース", format="atom", lang="ja", site="東雲ニュース", host="shinonome-news.jp", tpl=3),
]
FEED = {f["id"]: f for f in FEEDS}
UI = {
 "en": dict(nav=["World","Asia","Politics","Business","Science","Opinion"], cookie="We use cookies to improve your experience and measure traffic. By continuing you accept our cookie policy.", accept="Accept", related="Related stories", share="Share", rights="All rights reserved.", comments="Comments", login="Log in to comment", by="By"),
 "ru": dict(nav=["Главное","Политика","Экономика","Общество","Курилы","Мнения"], cookie="Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с политикой обработки данных.", accept="Принять", related="Читайте также", share="Поделиться", rights="Все права защищены. При цитировании ссылка обязательна.", comments="Комментарии", login="Войдите, чтобы оставить комментарий", by="Автор:"),
 "ja": dict(nav=["ニュース","政治","経済","社会","地域","オピニオン"], cookie="当サイトではサービス向上のためクッキーを使用しています。閲覧を続けることで同意したものとみなします。", accept="同意する", related="関連記事", share="共有", rights="無断転載を禁じます。", comments="コメント", login="コメントするにはログインしてください", by="記者："),
}
def esc(s): return html.escape(s, quote=True)
def body_html(body):
    return "\n".join(f"<p>{esc(p.strip())}</p>" for p in body.strip().split("\n\n"))
def page(a, all_titles):
    f = FEED[a["feed"]]; lang = f["lang"]; u = UI[lang]; t = f["tpl"]
    pub = a["published"]; url = f"https://{f['host']}/news/{a['id']}-{zlib.crc32(a['title'].encode())%9000000+1000000}"
    nav = "".join(f'<li><a href="/{n}">{esc(n)}</a></li>' for n in u["nav"])
    rel = "".join(f'<li><a href="/news/r{i}">{esc(x)}</a></li>' for i, x in enumerate(a.get("related") or all_titles))
    meta = ""
    if t in (0, 1, 3):
        meta = (f'<meta name="description" content="{esc(a["summary"])}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{esc(f["site"])}">\n'
                f'<meta property="og:title" content="{esc(a["title"])}">\n<meta property="og:url" content="{url}">\n'
                f'<meta property="article:published_time" content="{pub}">\n<link rel="canonical" href="{url}">\n')
    if t in (0, 3):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": pub,
              "inLanguage": lang, "publisher": {"@type": "Organization", "name": f["site"]}, "description": a["summary"]}
        meta += '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>\n"
    author = a.get("author", f["site"])
    art = (f'<article class="story">\n<h1>{esc(a["title"])}</h1>\n'
           f'<div class="byline">{esc(u["by"])} {esc(author)} · <time datetime="{pub}">{pub[:10]} {pub[11:16]} UTC</time></div>\n'
           f'<p class="lede"><strong>{esc(a["summary"])}</strong></p>\n' if t != 2 else
           f'<div class="entry"><h2 class="entry-title">{esc(a["title"])}</h2>\n<span class="date">{pub[:10]}</span>\n')
    art += body_html(a["body"]) + f'\n<div class="share">{esc(u["share"])}: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Telegram</a></div>\n'
    art += "</article>" if t != 2 else "</div>"
    comments = f'<section class="comments"><h3>{esc(u["comments"])}</h3><p>{esc(u["login"])}</p></section>' if t in (1, 3) else ""
    head_title = f'{esc(a["title"])} | {esc(f["site"])}' if t != 2 else esc(a["title"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{head_title}</title>
{meta}<link rel="stylesheet" href="/static/site-{t}.css">
</head>
<body class="tpl-{t}">
<div id="cookie-banner" class="cookie">{esc(u["cookie"])} <button>{esc(u["accept"])}</button></div>
<header class="masthead"><a class="logo" href="/">{esc(f["site"])}</a><nav><ul>{nav}</ul></nav><form class="search"><input type="search" name="q"></form></header>
<main>
{art}
<aside class="related"><h3>{esc(u["related"])}</h3><ul>{rel}</ul></aside>
{comments}
</main>
<footer><p>© {pub[:4]} {esc(f["site"])}. {esc(u["rights"])}</p><p><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""
