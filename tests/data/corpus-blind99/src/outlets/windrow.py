"""Windrow Wire: English wire, Atom; og + article:published_time + <time>, no JSON-LD."""
from .common import EN_MONTHS, esc, body_html, og_meta, iso, when, links

FEED = {"id": "windrow-wire", "title": "Windrow Wire - World", "format": "atom", "lang": "en"}
SITE = "Windrow Wire"

RELATED = [
    ("/wire/asia/", "More Asia wire stories"),
    ("/wire/world/europe/", "Europe: latest"),
    ("/wire/markets/commodities/", "Commodities: oil, LNG, grains"),
    ("/wire/factbox/", "Factboxes and explainers"),
]


def render(a: dict) -> str:
    t = when(a)
    stamp = f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%I:%M %p} UTC".replace(" 0", " ")
    related = a.get("related") or RELATED
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Windrow Wire</title>
<meta name="viewport" content="width=device-width">
{og_meta(a, SITE)}
<link rel="stylesheet" href="/assets/wire.min.css">
</head>
<body>
<div class="cookie-notice" id="cookie-notice">
  Windrow uses cookies to remember your settings and to understand how the site is used.
  <a href="/legal/cookies">Learn more</a> <button type="button">OK</button>
</div>
<div class="topbar"><a href="/" class="brand">WINDROW</a>
  <nav><a href="/wire/world/">World</a> | <a href="/wire/asia/">Asia</a> | <a href="/wire/business/">Business</a> | <a href="/wire/markets/">Markets</a> | <a href="/wire/politics/">Politics</a> | <a href="/wire/factbox/">Factboxes</a></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search the wire"></form>
</div>
<div class="wrap">
<article class="wire-item">
  <div class="slug">{esc(a.get('section', 'WORLD')).upper()}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="meta"><time datetime="{iso(a)}">{stamp}</time> &middot; {esc(a.get('readtime', '2 min read'))}</div>
  <div class="text">
{body_html(a, h_tag="h3")}
  </div>
  <p class="credit">{esc(a.get('author', 'Reporting by Windrow staff; editing by the Asia desk'))}</p>
  <p class="standards"><a href="/trust-principles">Our Standards: The Windrow Trust Principles.</a></p>
  <div class="share"><span>Share:</span> <a href="#">Email</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
</article>
<aside class="rail"><h4>Read next</h4><ul>
{links(related)}
</ul></aside>
</div>
<footer class="foot"><p>All quotes delayed a minimum of 15 minutes. &copy; Windrow News Agency. <a href="/legal/terms">Terms of use</a> &middot; <a href="/legal/privacy">Privacy</a> &middot; <a href="/feeds">Feeds</a></p></footer>
</body>
</html>
"""
