"""岬日報デジタル（根室・納沙布）: 地域紙の電子版。メタデータなし（og:/article: なし、JSON-LD なし、<time> なし）。"""
from common import esc, ja_long, paragraphs, related_links


def render(a: dict) -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])}｜岬日報デジタル</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/common/css/misaki.css">
</head>
<body>
<div id="cookie-notice">当サイトではサービス向上のためクッキーを使用しています。<a href="/policy/">プライバシーポリシー</a> <span class="btn">同意する</span></div>
<div id="header">
  <div class="logo"><a href="/">岬日報デジタル</a><span>根室・納沙布から</span></div>
  <ul class="gnav">
    <li><a href="/news/">ニュース</a></li><li><a href="/hoppou/">北方領土</a></li><li><a href="/gyogyo/">漁業</a></li>
    <li><a href="/shisei/">市政</a></li><li><a href="/jiken/">事件・事故</a></li><li><a href="/kurashi/">くらし</a></li>
    <li><a href="/okuyami/">おくやみ</a></li>
  </ul>
  <div class="login"><a href="/member/">会員登録</a>｜<a href="/login/">ログイン</a></div>
</div>
<div id="contents">
  <div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/news/">{esc(a.get('section', 'ニュース'))}</a> &gt; 記事</div>
  <div class="article">
    <h1>{esc(a['title'])}</h1>
    <p class="date">{ja_long(a['published'])}</p>
    <div class="honbun">
        {paragraphs(a['body'])}
    </div>
    <div class="sns">この記事をシェア：<a href="#">LINE</a> <a href="#">X</a> <a href="#">Facebook</a></div>
    <p class="notice">※本紙の記事・写真の無断転載を禁じます。</p>
  </div>
  <div class="kanren">
    <h3>関連記事</h3>
    <ul>
{related_links(a.get('related', []), '/news')}
    </ul>
  </div>
  <div class="ranking"><h3>アクセスランキング</h3><ol><li><a href="/news/ranking">ランキングを見る</a></li></ol></div>
</div>
<div id="footer">
  <p><a href="/company/">会社案内</a>｜<a href="/koudoku/">購読のお申し込み</a>｜<a href="/ad/">広告掲載</a>｜<a href="/policy/">個人情報保護方針</a></p>
  <p>Copyright (C) 岬日報社 All Rights Reserved.</p>
</div>
</body>
</html>
"""
