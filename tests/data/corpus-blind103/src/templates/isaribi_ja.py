"""根室いさり火ニュース — 地域ニュースサイト: og: メタと <time>、JSON-LD なし。"""
from common import esc, iso, parse, paras, related_list, JST


def render(a: dict, ctx: dict) -> str:
    feed = ctx["feed"]
    url = f'{feed["host"]}/articles/{a["id"]}.html'
    d = parse(a["published"]).astimezone(JST)
    when = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])}｜根室いさり火ニュース</title>
<meta name="description" content="{esc(a["summary"])}">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(url)}">
<meta property="og:site_name" content="根室いさり火ニュース">
<meta property="article:published_time" content="{iso(a["published"])}">
<link rel="stylesheet" href="/css/isaribi.css">
</head>
<body>
<div class="cookie-banner">当サイトはサービス向上のためCookieを使用しています。<a href="/policy/cookie">詳しくはこちら</a> <button>同意する</button></div>
<header class="site-header">
 <div class="logo"><a href="/">根室いさり火ニュース</a><span>根室・羅臼・標津・別海の地域ニュース</span></div>
 <nav class="gnav"><ul>
  <li><a href="/news">ニュース</a></li><li><a href="/fishery">漁業</a></li><li><a href="/hoppou">北方領土</a></li><li><a href="/politics">行政・議会</a></li>
  <li><a href="/life">暮らし</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/obituary">おくやみ</a></li>
 </ul></nav>
</header>
<main class="main">
 <div class="pankuzu"><a href="/">ホーム</a> ＞ <a href="/{esc(a.get('section_path', 'news'))}">{esc(a.get("section", "ニュース"))}</a></div>
 <article class="article">
  <h1>{esc(a["title"])}</h1>
  <div class="article-date"><time datetime="{iso(a["published"])}">{when}</time>　{esc(a.get("author", ""))}</div>
  <div class="sns-top"><a href="https://x.com/share?url={esc(url)}">ポスト</a> <a href="https://social-plugins.line.me/lineit/share?url={esc(url)}">LINEで送る</a> <a href="https://www.facebook.com/sharer.php?u={esc(url)}">シェア</a></div>
  <div class="article-body">
{paras(a["body"])}
  </div>
  <p class="copyright-note">※記事・写真の無断転載を禁じます。</p>
 </article>
 <section class="kanren"><h2>関連記事</h2><ul>
{related_list(ctx["related"])}
 </ul></section>
 <section class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/life/gomi-calendar">ごみ収集カレンダー、来月から一部変更</a></li><li><a href="/fishery/sanma-landing">サンマ初水揚げ、昨年上回る</a></li><li><a href="/sports/koushien">根室高、初戦突破ならず</a></li></ol></section>
</main>
<footer class="site-footer">
 <ul><li><a href="/company">会社概要</a></li><li><a href="/policy/privacy">個人情報保護方針</a></li><li><a href="/ad">広告掲載</a></li><li><a href="/contact">お問い合わせ</a></li></ul>
 <p>Copyright © 根室いさり火ニュース社 All rights reserved.</p>
</footer>
</body>
</html>
"""
