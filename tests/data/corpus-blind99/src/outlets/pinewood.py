"""Pinewood Asia Ledger: English, RSS; og + article meta + JSON-LD + <time>."""
from .common import EN_MONTHS, esc, body_html, json_ld, og_meta, iso, local, links

FEED = {"id": "pinewood-en", "title": "Pinewood Asia Ledger - Asia-Pacific", "format": "rss", "lang": "en"}
SITE = "Pinewood Asia Ledger"

RELATED = [
    ("/asia/2024/markets-yen-intervention-watch", "Yen slides as traders test Tokyo's patience"),
    ("/asia/2025/philippines-japan-coast-guard-drill", "Japan, Philippines coast guards drill off Luzon"),
    ("/asia/2025/hokkaido-scallop-exports", "Hokkaido scallop exporters look beyond China"),
    ("/world/2026/arctic-shipping-season", "Northern Sea Route traffic hits record in short season"),
    ("/asia/2024/korea-japan-summit", "Seoul and Tokyo leaders pledge regular shuttle diplomacy"),
]


def render(a: dict) -> str:
    t = local(a, 8)
    stamp = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} HKT"
    related = a.get("related") or RELATED[:4]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Pinewood Asia Ledger</title>
<meta name="description" content="{esc(a['summary'])}">
{og_meta(a, SITE)}
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.pinewoodledger.example/articles/{a['id']}.html">
{json_ld(a, SITE, "https://www.pinewoodledger.example")}
<link rel="stylesheet" href="/static/pw-2024.css">
</head>
<body class="pw-article">
<div id="pw-consent" class="consent-bar" role="dialog" aria-live="polite">
  <p>We use cookies and similar technologies to run this site, measure readership and show relevant offers. <a href="/privacy">Privacy notice</a></p>
  <button class="btn accept">Accept all</button> <button class="btn reject">Reject non-essential</button> <button class="btn manage">Manage preferences</button>
</div>
<header class="pw-masthead">
  <a class="logo" href="/">Pinewood <span>Asia Ledger</span></a>
  <nav class="pw-nav" aria-label="Sections">
    <ul>
      <li><a href="/asia">Asia-Pacific</a></li><li><a href="/world">World</a></li>
      <li><a href="/markets">Markets</a></li><li><a href="/energy">Energy</a></li>
      <li><a href="/security">Security</a></li><li><a href="/opinion">Opinion</a></li>
      <li><a href="/newsletters">Newsletters</a></li>
    </ul>
  </nav>
  <a class="subscribe" href="/subscribe">Subscribe from $1</a> <a class="signin" href="/login">Sign in</a>
</header>
<main class="pw-main">
<article class="pw-story">
  <p class="kicker"><a href="/asia">{esc(a.get('section', 'Asia-Pacific'))}</a></p>
  <h1 class="headline">{esc(a['title'])}</h1>
  <p class="standfirst">{esc(a['summary'])}</p>
  <div class="byline">By <span class="author">{esc(a.get('author', 'Pinewood staff'))}</span> &middot;
    <time datetime="{iso(a)}">{stamp}</time></div>
  <ul class="share-row" aria-label="Share">
    <li><a href="#share-x">X</a></li><li><a href="#share-li">LinkedIn</a></li>
    <li><a href="#share-wa">WhatsApp</a></li><li><a href="#copy">Copy link</a></li><li><a href="#gift">Gift this article</a></li>
  </ul>
  <div class="story-body">
{body_html(a)}
  </div>
  <p class="corrections">Spotted an error? <a href="/corrections">Tell our standards desk</a>.</p>
</article>
<aside class="pw-related">
  <h3>More from Asia-Pacific</h3>
  <ul>
{links(related)}
  </ul>
  <div class="ad-slot" data-slot="mpu-1">Advertisement</div>
</aside>
</main>
<section class="pw-newsletter"><h3>The Morning Ledger</h3><p>Asia's day ahead, in your inbox by 7am.</p><form action="/newsletters/signup"><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
<footer class="pw-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/rss">RSS</a></li></ul>
  <p>&copy; Pinewood Media Ltd. All rights reserved. Registered in Hong Kong.</p>
</footer>
</body>
</html>
"""
