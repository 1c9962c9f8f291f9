"""Bowline Brief: explainer newsletter site. Serves pages WITHOUT metadata:
no og:/article: meta, no JSON-LD and no <time>; the date is plain text."""
from common import en_short, esc, paragraphs, related_links


def render(a: dict) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(a['title'])} - Bowline Brief</title>
<link rel="stylesheet" href="/assets/bowline.css">
</head>
<body>
<div class="bb-cookies">Bowline uses only essential cookies plus anonymous analytics. <a href="/cookies">Details</a> <button>Got it</button></div>
<div class="bb-head">
  <a href="/" class="bb-logo">BOWLINE<span>brief</span></a>
  <div class="bb-links"><a href="/explainers">Explainers</a> | <a href="/russia">Russia</a> | <a href="/japan">Japan</a> | <a href="/korea">Korea</a> | <a href="/china">China</a> | <a href="/archive">Archive</a> | <a href="/subscribe" class="bb-sub">Subscribe free</a></div>
</div>
<div class="bb-page">
  <div class="bb-label">{esc(a.get('section', 'Explainer'))}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="bb-dek">{esc(a['summary'])}</div>
  <div class="bb-byline">{esc(a.get('author', 'Bowline desk'))} &middot; {en_short(a['published'])}</div>
  <div class="bb-text">
        {paragraphs(a['body'])}
  </div>
  <div class="bb-sharebar">Forward this brief: <a href="#">Email</a> · <a href="#">Telegram</a> · <a href="#">X</a> · <a href="#">Copy link</a></div>
  <div class="bb-also"><b>Also in the brief</b>
    <ul>
{related_links(a.get('related', []), '/brief')}
    </ul>
  </div>
  <div class="bb-signup">Bowline Brief lands in 38,000 inboxes every Tuesday. <a href="/subscribe">Join them.</a></div>
</div>
<div class="bb-foot">Bowline Brief · Independent, reader-supported · <a href="/about">About</a> · <a href="/corrections">Corrections</a> · <a href="/privacy">Privacy</a></div>
</body>
</html>
"""
