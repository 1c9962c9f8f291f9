"""Windrow Press Agency — wire service page: og + article meta, JSON-LD, <time>."""
from common import comments_html, en_date, esc, iso, jsonld, paragraphs, related_html

BASE = "https://www.windrowpress.example"


def render(a: dict) -> str:
    url = f"{BASE}/world/{a['id']}"
    related = a.get("related") or [
        ("Asia-Pacific briefing: what to watch this week", "/world/asia-pacific/briefing"),
        ("Markets: yen steadies as investors await BOJ", "/markets/yen-boj"),
        ("Analysis: the long freeze in Tokyo-Moscow ties", "/analysis/tokyo-moscow-freeze"),
    ]
    tags = "".join(f'<a class="tag" href="/tags/{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a>'
                   for t in a.get("tags", ["World", "Asia"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Windrow Press Agency</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Windrow Press Agency">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso(a['published'])}">
<meta property="article:section" content="{esc(a.get('section', 'World'))}">
<link rel="canonical" href="{url}">
{jsonld(a, "Windrow Press Agency", url, "en")}
<link rel="stylesheet" href="/static/wpa.css">
</head>
<body class="wpa article">
<div id="consent" class="consent-bar" role="dialog">
  <p>We and our partners use cookies to personalise content and measure audiences. <a href="/privacy">Privacy policy</a></p>
  <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <a href="/privacy/settings">Settings</a>
</div>
<header class="masthead">
  <a class="logo" href="/">WINDROW<span>PRESS AGENCY</span></a>
  <nav class="primary"><ul>
    <li><a href="/world">World</a></li><li><a href="/world/asia-pacific">Asia-Pacific</a></li>
    <li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/sport">Sport</a></li><li><a href="/video">Video</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Windrow"></form>
  <a class="subscribe" href="/subscribe">Subscribe</a>
</header>
<main>
<article class="story">
  <div class="kicker">{esc(a.get('section', 'World'))}</div>
  <h1 class="headline">{esc(a['title'])}</h1>
  <p class="standfirst">{esc(a['summary'])}</p>
  <div class="meta">
    <span class="byline">By {esc(a.get('byline', 'Windrow staff'))}</span>
    <time datetime="{iso(a['published'])}">{en_date(a['published'])}</time>
    <span class="readtime">{max(2, len(' '.join(a['body']).split()) // 200)} min read</span>
  </div>
  <div class="share-row"><span>Share</span>
    <a href="https://x.example/share?u={url}">X</a> <a href="https://fb.example/share?u={url}">Facebook</a>
    <a href="https://linkedin.example/share?u={url}">LinkedIn</a> <a href="mailto:?subject={esc(a['title'])}">Email</a>
  </div>
  <div class="story-body">
{paragraphs(a['body'])}
  </div>
  <p class="credits">Reporting by {esc(a.get('byline', 'Windrow staff'))}; editing by {esc(a.get('editor', 'the Asia desk'))}</p>
  <div class="tags">{tags}</div>
  <p class="standards"><a href="/trust-principles">Our Standards: The Windrow Trust Principles.</a></p>
</article>
{related_html(related, "More from Windrow")}
<div class="ad-slot" data-slot="mpu-2">Advertisement</div>
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About Windrow</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. © 2024–2027 Windrow Press Agency. All rights reserved.</p>
</footer>
</body>
</html>
"""
