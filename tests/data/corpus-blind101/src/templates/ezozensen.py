"""蝦夷前線タイムズ — 道東の地域紙: og メタ + <time>、JSON-LDなし。"""
from common import comments_html, esc, iso, ja_date, paragraphs, related_html

BASE = "https://ezozensen-times.example"


def render(a: dict) -> str:
    url = f"{BASE}/news/{a['id']}"
    related = a.get("related") or [
        ("根室・花咲港で秋サケ水揚げ本格化", "/news/hanasaki-akisake"),
        ("中標津空港、冬ダイヤを発表", "/news/nakashibetsu-airport"),
        ("釧路湿原のタンチョウ、越冬数を調査", "/news/tancho"),
    ]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a['title'])}｜蝦夷前線タイムズ</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="蝦夷前線タイムズ">
<meta property="article:published_time" content="{iso(a['published'])}">
<link rel="stylesheet" href="/common/css/ezo.css">
</head>
<body>
<div id="cookieConsent">当サイトではサービス向上のためクッキーを使用しています。詳しくは<a href="/privacy/">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="gHeader">
  <p class="logo"><a href="/">蝦夷前線タイムズ<span>電子版</span></a></p>
  <ul class="gNav"><li><a href="/">トップ</a></li><li><a href="/local/">地域</a></li><li><a href="/hoppo/">北方領土</a></li>
  <li><a href="/fishery/">水産</a></li><li><a href="/politics/">政治</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/obituary/">おくやみ</a></li></ul>
  <p class="member"><a href="/login/">ログイン</a>｜<a href="/entry/">会員登録</a></p>
</header>
<div class="contents">
<main class="mainCol">
  <p class="pankuzu"><a href="/">トップ</a> ＞ <a href="/hoppo/">{esc(a.get('section', '北方領土'))}</a></p>
  <article class="articleBox">
    <h1>{esc(a['title'])}</h1>
    <p class="date"><time datetime="{iso(a['published'])}">{ja_date(a['published'])}</time>　{esc(a.get('byline', ''))}</p>
    <div class="txt">
{paragraphs(a['body'])}
    </div>
    <ul class="snsBtn"><li><a href="#">X(旧Twitter)</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINEで送る</a></li><li><a href="#">はてブ</a></li></ul>
  </article>
  {comments_html(a.get('comments'), '読者の声', '件')}
</main>
<aside class="subCol">
  {related_html(related, '関連記事')}
  <div class="bnr"><a href="/paper/">紙面ビューアー　毎朝5時更新</a></div>
</aside>
</div>
<footer class="gFooter">
  <p><a href="/company/">会社案内</a>｜<a href="/ad/">広告掲載</a>｜<a href="/privacy/">個人情報保護方針</a>｜<a href="/copyright/">著作権</a></p>
  <p class="copy">掲載の記事・写真の無断転載を禁じます。Copyright © 蝦夷前線タイムズ社</p>
</footer>
</body>
</html>
"""
