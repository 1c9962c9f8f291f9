"""Scoter Wire: an international wire. Full metadata (og, article:*, JSON-LD, <time>)."""
from common import esc, en_long, iso, json_ld, paragraphs, related_links

DOMAIN = "https://www.scoterwire.com"
PUBLISHER = "Scoter Wire"


def render(a: dict) -> str:
    url = f"{DOMAIN}/articles/{a['id']}.html"
    tags = "".join(f'<a class="tag" href="/topic/{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a>'
                   for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a['title'])} | Scoter Wire</title>
  <meta name="description" content="{esc(a['summary'])}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Scoter Wire">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{iso(a['published'])}">
  <meta property="article:section" content="{esc(a.get('section', 'Asia'))}">
  <meta name="twitter:card" content="summary_large_image">
  {json_ld(a, PUBLISHER, url, "en")}
  <link rel="stylesheet" href="/static/sw-2.14.css">
</head>
<body class="sw-article">
  <div id="sw-consent" class="consent-bar" role="dialog" aria-label="Cookie consent">
    <p>We use cookies and similar technologies to measure traffic and personalise content.
       You can change your choice at any time under "Privacy settings".</p>
    <button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button>
    <a href="/privacy">Privacy settings</a>
  </div>
  <header class="sw-masthead">
    <a class="sw-logo" href="/">SCOTER <span>WIRE</span></a>
    <nav class="sw-nav">
      <a href="/world">World</a><a href="/asia">Asia</a><a href="/europe">Europe</a>
      <a href="/markets">Markets</a><a href="/energy">Energy</a><a href="/defence">Defence</a>
      <a href="/wire">Live wire</a>
    </nav>
    <form class="sw-search" action="/search"><input name="q" placeholder="Search"></form>
  </header>
  <main class="sw-main">
    <article>
      <div class="sw-breadcrumb"><a href="/asia">Asia</a> › <a href="/asia/{esc(a.get('section', 'Asia').lower())}">{esc(a.get('section', 'Asia'))}</a></div>
      <h1>{esc(a['title'])}</h1>
      <p class="sw-standfirst">{esc(a['summary'])}</p>
      <div class="sw-meta">
        <span class="byline">{esc(a.get('author', 'Scoter Wire staff'))}</span>
        <time datetime="{iso(a['published'])}">{en_long(a['published'])}</time>
        <span class="readtime">{max(2, len(' '.join(a['body']).split()) // 220)} min read</span>
      </div>
      <div class="sw-share">
        <a href="/share/x">Post</a> <a href="/share/facebook">Share</a>
        <a href="/share/linkedin">LinkedIn</a> <a href="/share/email">Email</a> <button>Copy link</button>
      </div>
      <div class="sw-body">
        {paragraphs(a['body'])}
      </div>
      <p class="sw-trust">Our standards: <a href="/trust-principles">The Scoter Wire Trust Principles</a>.</p>
      <div class="sw-tags">{tags}</div>
    </article>
    <aside class="sw-related">
      <h3>Read next</h3>
      <ul>
{related_links(a.get('related', []), '/asia')}
      </ul>
    </aside>
    <aside class="sw-ad">Advertisement · <a href="/advertise">Scroll to continue with content</a></aside>
  </main>
  <footer class="sw-footer">
    <nav><a href="/about">About Scoter Wire</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
      <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav>
    <p>All quotes delayed a minimum of 15 minutes. © 2024–2027 Scoter Wire. All rights reserved.</p>
  </footer>
</body>
</html>
"""
