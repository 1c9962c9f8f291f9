"""群青新聞デジタル（道東）: Japanese, RSS; og + article meta + JSON-LD + <time>."""
from .common import JA_DAYS, esc, body_html, json_ld, og_meta, iso, local, links

FEED = {"id": "gunjo-ja", "title": "群青新聞デジタル（道東）", "format": "rss", "lang": "ja"}
SITE = "群青新聞デジタル"

RELATED = [
    ("/news/local/nemuro-sanma", "根室のサンマ漁、初水揚げは前年並み"),
    ("/news/local/kushiro-airport", "釧路空港、国際チャーター便の誘致へ"),
    ("/news/local/nakashibetsu-rakuno", "中標津の酪農、飼料高騰が直撃"),
    ("/news/hoppou/", "北方領土のニュース一覧"),
]


def render(a: dict) -> str:
    t = local(a, 9)
    stamp = f"{t.year}年{t.month}月{t.day}日（{JA_DAYS[t.weekday()]}） {t:%H:%M}"
    related = a.get("related") or RELATED
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a['title'])}｜群青新聞デジタル</title>
<meta name="description" content="{esc(a['summary'])}">
{og_meta(a, SITE)}
{json_ld(a, SITE, "https://gunjo-np.example")}
<link rel="stylesheet" href="/common/css/gunjo.css">
</head>
<body>
<div class="cookie-consent">当サイトではサービス向上のためCookieを使用しています。詳しくは<a href="/policy/cookie">Cookieポリシー</a>をご覧ください。<button>同意する</button></div>
<header class="g-header">
  <p class="g-logo"><a href="/">群青新聞<span>デジタル</span></a></p>
  <p class="g-area">道東版（釧路・根室）</p>
  <ul class="g-util"><li><a href="/login">ログイン</a></li><li><a href="/member">会員登録</a></li><li><a href="/paper">紙面ビューアー</a></li></ul>
</header>
<nav class="g-gnav"><ul>
  <li><a href="/">トップ</a></li><li><a href="/news/local/">地域</a></li><li><a href="/news/hoppou/">北方領土</a></li>
  <li><a href="/news/suisan/">水産</a></li><li><a href="/news/politics/">政治</a></li><li><a href="/news/sports/">スポーツ</a></li><li><a href="/news/obituary/">おくやみ</a></li>
</ul></nav>
<main class="g-main">
<article class="g-article">
  <p class="g-cat">{esc(a.get('section', '北方領土'))}</p>
  <h1 class="g-title">{esc(a['title'])}</h1>
  <p class="g-date"><time datetime="{iso(a)}">{stamp}</time> 更新</p>
  <div class="g-sns"><a href="#">X（旧Twitter）でポスト</a><a href="#">Facebookでシェア</a><a href="#">LINEで送る</a><a href="#">はてなブックマーク</a></div>
  <div class="g-body">
{body_html(a, h_tag="h3")}
  </div>
  <p class="g-credit">{esc(a.get('author', ''))}</p>
  <p class="g-notice">記事・写真の無断転載を禁じます。</p>
</article>
<aside class="g-side"><h2>関連記事</h2><ul>
{links(related)}
</ul><h2>アクセスランキング</h2><ol><li><a href="/news/local/rank1">根室・花咲ガニ、今季の水揚げ好調</a></li><li><a href="/news/local/rank2">釧路市議会、新年度予算案を可決</a></li><li><a href="/news/sports/rank3">中標津高、全道大会へ</a></li></ol></aside>
</main>
<footer class="g-footer"><ul><li><a href="/company">会社案内</a></li><li><a href="/privacy">個人情報保護方針</a></li><li><a href="/terms">利用規約</a></li><li><a href="/contact">お問い合わせ</a></li><li><a href="/rss">RSS</a></li></ul>
<p>Copyright &copy; 群青新聞社 All rights reserved.</p></footer>
</body>
</html>
"""
