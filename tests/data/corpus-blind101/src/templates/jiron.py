"""時論ジャパン — 全国ニュースサイト: og + article メタ + JSON-LD + <time>。"""
from common import esc, iso, ja_date, jsonld, paragraphs, related_html

BASE = "https://jiron-japan.example"


def render(a: dict) -> str:
    url = f"{BASE}/articles/{a['published'][:10].replace('-', '')}/{a['id']}"
    related = a.get("related") or [
        ("【解説】日ロ関係、凍結3年の現在地", "/feature/nichiro"),
        ("外相会見の要旨", "/politics/gaisho-kaiken"),
        ("世論調査：内閣支持率", "/politics/poll"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - 時論ジャパン</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="ja_JP">
<meta property="article:published_time" content="{iso(a['published'])}">
<meta property="article:section" content="{esc(a.get('section', '政治'))}">
{jsonld(a, "時論ジャパン", url, "ja")}
<link rel="stylesheet" href="/assets/jiron.css">
</head>
<body>
<div class="consent-banner">時論ジャパンは、利便性向上と広告配信のためにCookieを利用します。<a href="/cookie-policy">詳細</a> <button>同意して閉じる</button></div>
<header class="site-header">
  <div class="logo"><a href="/">時論ジャパン</a></div>
  <nav class="global-nav"><a href="/">ホーム</a><a href="/politics">政治</a><a href="/international">国際</a><a href="/economy">経済</a>
  <a href="/society">社会</a><a href="/science">科学</a><a href="/opinion">オピニオン</a><a href="/ranking">ランキング</a></nav>
  <a class="premium" href="/premium">有料会員</a>
</header>
<main class="layout">
  <article class="news-article">
    <p class="category">{esc(a.get('section', '政治'))}</p>
    <h1>{esc(a['title'])}</h1>
    <div class="article-meta"><time datetime="{iso(a['published'])}">{ja_date(a['published'])}</time>
      <span class="writer">{esc(a.get('byline', '時論ジャパン編集部'))}</span></div>
    <div class="share-top"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINE</a> <a href="#">ブックマーク</a></div>
    <div class="article-body">
{paragraphs(a['body'])}
    </div>
    <p class="caution">この記事は有料会員限定記事ではありません。</p>
  </article>
  {related_html(related, 'この記事の関連ニュース')}
  <div class="ranking"><h3>アクセスランキング</h3><ol><li><a href="/ranking/1">円相場、一時1ドル＝150円台</a></li><li><a href="/ranking/2">大雪で新千歳発着便に欠航</a></li><li><a href="/ranking/3">春闘、満額回答相次ぐ</a></li></ol></div>
</main>
<footer class="site-footer">
  <p><a href="/about">時論ジャパンについて</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">プライバシー</a>｜<a href="/contact">お問い合わせ</a></p>
  <p>© Jiron Japan Inc. All rights reserved.</p>
</footer>
</body>
</html>
"""
