"""ほたて浜ニュース（標津・羅臼・別海）: og:、JSON-LD、<time> あり。コメント欄あり。"""
from common import JST, esc, iso, ja_long, json_ld, paragraphs, related_links

DOMAIN = "https://hotatehama-news.jp"
PUBLISHER = "ほたて浜ニュース"


def comments(items):
    if not items:
        return ""
    rows = "".join(f'<li><span class="name">{esc(n)}</span><p>{esc(t)}</p></li>' for n, t in items)
    return f'<section class="hh-comments"><h3>読者の声</h3><ul>{rows}</ul><p class="hh-c-note">※コメントは編集部の確認後に掲載されます。</p></section>'


def render(a: dict) -> str:
    url = f"{DOMAIN}/articles/{a['id']}.html"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a['title'])} - ほたて浜ニュース</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:site_name" content="ほたて浜ニュース">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso(a['published'], JST)}">
{json_ld(a, PUBLISHER, url, "ja")}
<link rel="stylesheet" href="/assets/hh.css">
</head>
<body>
<aside class="hh-cookie">本サイトはCookieを利用しています。引き続きご覧いただく場合は同意したものとみなします。<button>閉じる</button></aside>
<header class="hh-header">
  <a class="hh-logo" href="/">ほたて浜ニュース<small>標津・羅臼・別海・中標津</small></a>
  <nav class="hh-nav">
    <a href="/local">地域</a><a href="/fishery">水産</a><a href="/hoppou">北方領土</a><a href="/town">まちの話題</a>
    <a href="/sports">スポーツ</a><a href="/event">イベント</a><a href="/weather">天気・海況</a>
  </nav>
</header>
<main class="hh-main">
  <article class="hh-article">
    <p class="hh-cat">{esc(a.get('section', '地域'))}</p>
    <h1>{esc(a['title'])}</h1>
    <div class="hh-meta"><time datetime="{iso(a['published'], JST)}">{ja_long(a['published'])}</time>　<span>{esc(a.get('author', '編集部'))}</span></div>
    <div class="hh-body">
        {paragraphs(a['body'])}
    </div>
    <ul class="hh-share"><li><a href="#">LINEで送る</a></li><li><a href="#">Xでポスト</a></li><li><a href="#">Facebook</a></li></ul>
  </article>
  {comments(a.get('comments', []))}
  <section class="hh-related"><h3>あわせて読みたい</h3><ul>
{related_links(a.get('related', []), '/local')}
  </ul></section>
</main>
<footer class="hh-footer">
  <p><a href="/about">運営会社</a>　<a href="/contact">お問い合わせ</a>　<a href="/privacy">プライバシーポリシー</a>　<a href="/tips">情報提供</a></p>
  <p>© ほたて浜ニュース編集室（標津町）</p>
</footer>
</body>
</html>
"""
