"""法令ナビ北海道 — 法令・行政ニュース: og:/article: メタ、JSON-LD、<time>。"""
from common import esc, iso, parse, paras, jsonld, related_list, JST


def render(a: dict, ctx: dict) -> str:
    feed = ctx["feed"]
    url = f'{feed["host"]}/articles/{a["id"]}.html'
    d = parse(a["published"]).astimezone(JST)
    when = f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}"
    points = a.get("points", [])
    pbox = ""
    if points:
        pbox = ('<div class="point-box"><h2>この記事のポイント</h2><ul>'
                + "".join(f"<li>{esc(p)}</li>" for p in points) + "</ul></div>")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a["title"])} - 法令ナビ北海道</title>
<meta name="description" content="{esc(a["summary"])}">
<meta property="og:site_name" content="法令ナビ北海道">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["summary"])}">
<meta property="og:url" content="{esc(url)}">
<meta property="article:published_time" content="{iso(a["published"])}">
{jsonld(a, "法令ナビ北海道", url)}
<link rel="stylesheet" href="/assets/hn.css">
</head>
<body>
<div id="cookie-consent">本サイトではアクセス解析のためにCookieを利用します。<a href="/privacy#cookie">プライバシーポリシー</a> <button>OK</button> <button>拒否</button></div>
<header class="hn-header">
 <p class="hn-logo"><a href="/">法令ナビ<strong>北海道</strong></a></p>
 <p class="hn-desc">条例・規則・判例・行政手続きのニュース</p>
 <nav class="hn-nav"><a href="/news">新着</a><a href="/hanrei">判例・裁判</a><a href="/jourei">条例・規則</a><a href="/kokusei">国の法令</a><a href="/gyosei">行政手続き</a><a href="/gyogyo">漁業法務</a><a href="/column">解説</a></nav>
</header>
<div class="hn-container">
<main>
 <article class="hn-article">
  <p class="hn-cat">{esc(a.get("section", "ニュース"))}</p>
  <h1>{esc(a["title"])}</h1>
  <p class="hn-meta"><time datetime="{iso(a["published"])}">{when}</time>｜{esc(a.get("author", "法令ナビ編集部"))}</p>
  <p class="hn-lead">{esc(a["summary"])}</p>
{pbox}
  <div class="hn-body">
{paras(a["body"])}
  </div>
  <div class="hn-share">この記事をシェア：<a href="https://x.com/intent/post?url={esc(url)}">X</a> <a href="https://b.hatena.ne.jp/entry/{esc(url)}">はてブ</a> <a href="https://social-plugins.line.me/lineit/share?url={esc(url)}">LINE</a></div>
 </article>
 <section class="hn-related"><h2>あわせて読みたい</h2><ul>
{related_list(ctx["related"])}
 </ul></section>
</main>
<aside class="hn-side"><div class="box"><h3>メールマガジン</h3><p>毎週金曜、道内の条例・規則改正をまとめてお届けします。<a href="/mailmag">登録する</a></p></div>
<div class="box"><h3>よく読まれている解説</h3><ul><li><a href="/column/gyogyo-kyoka">漁業許可の更新手続き、ここが変わった</a></li><li><a href="/column/jourei-kaisei">条例改正はどう決まる？</a></li></ul></div></aside>
</div>
<footer class="hn-footer"><p><a href="/about">運営会社</a>｜<a href="/terms">利用規約</a>｜<a href="/privacy">プライバシーポリシー</a>｜<a href="/contact">お問い合わせ</a></p><p>© 法令ナビ北海道</p></footer>
</body>
</html>
"""
