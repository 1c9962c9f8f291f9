"""Eider Point Review: regional English-language magazine. og: meta and <time>, no JSON-LD."""
from common import esc, en_long, iso, paragraphs, related_links

DOMAIN = "https://eiderpointreview.jp"


def comments(items):
    if not items:
        return '<p class="ep-nocomments">No comments yet. Be the first to respond.</p>'
    out = []
    for name, text in items:
        out.append(f'<li class="ep-comment"><b>{esc(name)}</b><p>{esc(text)}</p>'
                   f'<span class="ep-actions"><a href="#">Reply</a> · <a href="#">Report</a></span></li>')
    return "<ol>" + "".join(out) + "</ol>"


def render(a: dict) -> str:
    url = f"{DOMAIN}/articles/{a['id']}.html"
    return f"""<!doctype html>
<html lang="en-JP">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} — Eider Point Review</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Eider Point Review">
<meta property="article:published_time" content="{iso(a['published'])}">
<link rel="stylesheet" href="/wp-content/themes/eider/style.css?ver=5.2">
</head>
<body class="post-template-default single">
<div class="ep-cookie" id="cookie-law-info-bar">
  This site uses cookies to improve your experience. By continuing you agree to our use of cookies.
  <a role="button" class="cli-accept" href="#">OK</a> <a href="/cookie-policy">Read more</a>
</div>
<div class="ep-topbar">Independent English-language journalism from Kushiro, Nemuro and Shiretoko · <a href="/subscribe">Subscribe</a> · <a href="/newsletter">Newsletter</a></div>
<header class="ep-header">
  <a href="/" class="ep-brand">Eider Point <em>Review</em></a>
  <ul class="ep-menu">
    <li><a href="/category/news">News</a></li><li><a href="/category/fisheries">Fisheries</a></li>
    <li><a href="/category/northern-territories">Northern Territories</a></li>
    <li><a href="/category/russia-watch">Russia Watch</a></li><li><a href="/category/environment">Environment</a></li>
    <li><a href="/category/life">Life &amp; Travel</a></li><li><a href="/category/opinion">Opinion</a></li>
  </ul>
</header>
<div class="ep-wrap">
  <main id="primary">
    <article class="post">
      <span class="ep-cat">{esc(a.get('section', 'News'))}</span>
      <h1 class="entry-title">{esc(a['title'])}</h1>
      <p class="entry-excerpt">{esc(a['summary'])}</p>
      <div class="entry-meta">By {esc(a.get('author', 'Staff'))} · <time class="entry-date published" datetime="{iso(a['published'])}">{en_long(a['published'])}</time></div>
      <div class="entry-content">
        {paragraphs(a['body'])}
      </div>
      <div class="ep-share">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a> <a href="#">Email</a> <a href="#">Print</a></div>
      <div class="ep-support">Eider Point Review is reader-funded. <a href="/support">Support local reporting from eastern Hokkaido.</a></div>
    </article>
    <section class="ep-comments" id="comments">
      <h3>Responses</h3>
      {comments(a.get('comments', []))}
      <form class="comment-form"><textarea placeholder="Leave a reply"></textarea><button>Post comment</button></form>
    </section>
  </main>
  <aside class="widget-area">
    <section class="widget"><h4>Related</h4><ul>
{related_links(a.get('related', []), '/news')}
    </ul></section>
    <section class="widget"><h4>Tide &amp; weather — Nemuro</h4><p>See the forecast page.</p></section>
  </aside>
</div>
<footer class="ep-footer">
  <p><a href="/about">About</a> · <a href="/ethics">Ethics</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>
  <p>© Eider Point Review. Published in Kushiro, Hokkaido.</p>
</footer>
</body>
</html>
"""
