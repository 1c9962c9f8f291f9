"""Shingle Bay Courier — regional daily: og + article meta, <time>, comments; no JSON-LD."""
from common import comments_html, en_date, esc, iso, paragraphs, related_html, JST

BASE = "https://shinglebaycourier.example"


def render(a: dict) -> str:
    url = f"{BASE}/asia-pacific/{a['published'][:7].replace('-', '/')}/{a['id']}"
    related = a.get("related") or [
        ("Hokkaido scallop exporters look beyond China", "/business/hokkaido-scallops"),
        ("Letters: the view from Nemuro", "/opinion/letters-nemuro"),
        ("Weather: blizzard warning lifted for eastern Hokkaido", "/weather/eastern-hokkaido"),
    ]
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Shingle Bay Courier</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{BASE}/img/{a['id']}.jpg">
<meta property="article:published_time" content="{iso(a['published'])}">
<meta property="article:author" content="{esc(a.get('byline', 'Courier Staff'))}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/courier.min.css">
</head>
<body>
<div class="cookie-notice" id="cookie-notice">
  This site uses cookies. By continuing to browse you agree to our use of cookies.
  <a href="/cookies">Find out more</a> <button type="button">OK</button>
</div>
<div class="topbar"><span class="date-today">Asia &amp; Pacific edition</span> <a href="/login">Sign in</a> | <a href="/newsletters">Newsletters</a></div>
<header>
  <div class="brand"><a href="/">The Shingle Bay Courier</a><small>Asia &amp; Pacific</small></div>
  <nav><a href="/">Home</a> · <a href="/asia-pacific">Asia-Pacific</a> · <a href="/japan">Japan</a> ·
  <a href="/russia">Russia</a> · <a href="/business">Business</a> · <a href="/opinion">Opinion</a> ·
  <a href="/lifestyle">Lifestyle</a> · <a href="/puzzles">Puzzles</a></nav>
</header>
<div class="wrap">
<main class="col-main">
  <p class="breadcrumbs"><a href="/">Home</a> › <a href="/asia-pacific">{esc(a.get('section', 'Asia-Pacific'))}</a></p>
  <h1>{esc(a['title'])}</h1>
  <h2 class="dek">{esc(a['summary'])}</h2>
  <p class="by">{esc(a.get('byline', 'Courier Staff'))} · <time datetime="{iso(a['published'])}">{en_date(a['published'], JST, 'JST')}</time></p>
  <figure class="lead-img"><img src="/img/{a['id']}.jpg" alt=""><figcaption>{esc(a.get('caption', 'File photo.'))}</figcaption></figure>
  <div class="article-text">
{paragraphs(a['body'])}
  </div>
  <div class="share">Share this story: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a> <a href="#">Copy link</a></div>
  {comments_html(a.get('comments'), 'Reader comments', 'comments')}
  <p class="comment-policy"><a href="/community-guidelines">Community guidelines</a> · Comments are moderated.</p>
</main>
<aside class="col-side">
  {related_html(related, 'Most read')}
  <div class="newsletter-box"><h4>The Morning Courier</h4><p>Asia-Pacific news in your inbox before breakfast.</p><a href="/newsletters">Sign up</a></div>
</aside>
</div>
<footer>
  <p><a href="/about">About us</a> · <a href="/advertise">Advertise</a> · <a href="/corrections">Corrections</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p>
  <p>© Shingle Bay Courier Ltd. Registered office: 4 Quay Lane, Shingle Bay.</p>
</footer>
</body>
</html>
"""
