"""Colophon Review — analysis magazine: og + JSON-LD + <time>, comments."""
from common import comments_html, en_date, esc, iso, jsonld, paragraphs, related_html

BASE = "https://colophonreview.example"


def render(a: dict) -> str:
    url = f"{BASE}/explainers/{a['id']}"
    related = a.get("related") or [
        ("Explainer: who owns the Arctic seabed?", "/explainers/arctic-seabed"),
        ("Reading list: Russia in Asia", "/reading-lists/russia-asia"),
        ("Podcast: the ministries that never say no", "/podcast/episode-112"),
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(a['title'])} · Colophon Review</title>
<meta property="og:site_name" content="Colophon Review"/>
<meta property="og:title" content="{esc(a['title'])}"/>
<meta property="og:description" content="{esc(a['summary'])}"/>
<meta property="og:url" content="{url}"/>
<meta property="og:type" content="article"/>
{jsonld(a, "Colophon Review", url, "en")}
<link rel="stylesheet" href="/css/colophon.css"/>
</head>
<body class="single">
<aside class="gdpr" id="gdpr">
  <strong>Your privacy</strong> — We use essential cookies and, with your consent, analytics. <button>Allow analytics</button> <button>Essential only</button>
</aside>
<header class="site">
  <a class="wordmark" href="/">Colophon<em>Review</em></a>
  <p class="tagline">Eurasia, explained.</p>
  <nav><a href="/explainers">Explainers</a> <a href="/essays">Essays</a> <a href="/interviews">Interviews</a>
  <a href="/data">Data</a> <a href="/podcast">Podcast</a> <a href="/about">About</a> <a class="btn" href="/support">Support us</a></nav>
</header>
<main class="article">
  <header class="article-head">
    <p class="rubric">{esc(a.get('section', 'Explainer'))}</p>
    <h1>{esc(a['title'])}</h1>
    <p class="summary">{esc(a['summary'])}</p>
    <p class="authorline">{esc(a.get('byline', 'Colophon editors'))} — <time datetime="{iso(a['published'])}" pubdate>{en_date(a['published'])}</time></p>
  </header>
  <section class="prose">
{paragraphs(a['body'])}
  </section>
  <footer class="article-foot">
    <p class="share">Share: <a href="#">Bluesky</a> · <a href="#">X</a> · <a href="#">Mastodon</a> · <a href="#">Email</a> · <a href="#">Print</a></p>
    <p class="support-note">Colophon Review is reader-funded. <a href="/support">Become a supporter</a>.</p>
  </footer>
  {comments_html(a.get('comments'), 'Discussion', 'replies')}
</main>
{related_html(related, 'Keep reading')}
<footer class="site-foot">
  <p>Colophon Review · <a href="/masthead">Masthead</a> · <a href="/ethics">Editorial ethics</a> · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a></p>
  <p>© Colophon Review Foundation</p>
</footer>
</body>
</html>
"""
