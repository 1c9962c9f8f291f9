"""暁光政経ニュース: Japanese politics & diplomacy, Atom; og only (no JSON-LD) + <time>."""
from .common import esc, body_html, og_meta, iso, local, links

FEED = {"id": "gyokko-seikei", "title": "暁光政経ニュース - 政治・外交", "format": "atom", "lang": "ja"}
SITE = "暁光政経ニュース"

RELATED = [
    ("/politics/kokkai/yosan", "予算案、衆院通過へ　与野党が日程で合意"),
    ("/diplomacy/chugoku-gaisho", "日中外相が電話会談　邦人拘束で早期解放要求"),
    ("/diplomacy/kankoku-shuno", "日韓首脳、シャトル外交の継続を確認"),
    ("/economy/energy/lng-chotatsu", "LNG調達、長期契約の比率を引き上げ"),
]


def render(a: dict) -> str:
    t = local(a, 9)
    stamp = f"{t.year}/{t.month:02d}/{t.day:02d} {t:%H:%M}"
    related = a.get("related") or RELATED
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - 暁光政経ニュース</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{og_meta(a, SITE, with_article_time=False)}
<meta property="og:locale" content="ja_JP">
<link rel="stylesheet" href="/assets/gyokko.css">
</head>
<body>
<div id="consent" class="consent">このウェブサイトは、閲覧状況の分析や広告配信のためにCookie等を利用しています。<a href="/privacy#cookie">詳細</a> <button>OK</button></div>
<div class="gk-head">
  <a class="gk-logo" href="/">暁光政経ニュース</a>
  <ul class="gk-tabs"><li><a href="/politics/">政治</a></li><li><a href="/diplomacy/">外交</a></li><li><a href="/economy/">経済</a></li><li><a href="/international/">国際</a></li><li><a href="/editorial/">社説・論説</a></li><li><a href="/data/">データ</a></li></ul>
  <a class="gk-premium" href="/premium">プレミアム会員</a>
</div>
<div class="gk-wrap">
<article class="gk-article">
  <div class="gk-genre">{esc(a.get('section', '外交'))}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="gk-time"><time datetime="{iso(a)}">{stamp}</time></div>
  <div class="gk-share"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">LINE</a> <a href="#">印刷</a></div>
  <div class="gk-body">
{body_html(a, h_tag="h2")}
  </div>
  <div class="gk-writer">{esc(a.get('author', ''))}</div>
</article>
<div class="gk-side"><p class="gk-side-title">この記事を読んだ人におすすめ</p><ul>
{links(related)}
</ul><div class="gk-ad">広告</div></div>
</div>
<div class="gk-foot">&copy; Gyokko Seikei News. 掲載記事の無断転載を禁止します。 <a href="/about">運営会社</a> | <a href="/privacy">プライバシーポリシー</a> | <a href="/feed/atom.xml">Atom</a></div>
</body>
</html>
"""
