"""Stenotype — transcript service. NO metadata: no og:/article: meta, no JSON-LD, no <time>."""
from common import en_date, esc, paragraphs, JST


def render(a: dict) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Stenotype</title>
<link rel="stylesheet" href="/s/steno.css">
</head>
<body>
<table class="layout" width="100%"><tr><td class="head">
  <a href="/"><b>STENOTYPE</b></a> &mdash; Briefing &amp; Interview Transcripts
  <div class="menu"><a href="/latest">Latest</a> | <a href="/japan">Japan</a> | <a href="/russia">Russia</a> |
  <a href="/un">UN</a> | <a href="/archive">Archive</a> | <a href="/subscribe">Subscribe</a> | <a href="/login">Log in</a></div>
</td></tr></table>
<div class="cookies">Stenotype stores a session cookie so that subscribers stay logged in. <a href="/cookies">Details</a> &middot; <a href="#" class="close">Close</a></div>
<div id="content">
<div class="doc-type">{esc(a.get('section', 'Transcript'))}</div>
<h1>{esc(a['title'])}</h1>
<div class="docinfo">Posted: {en_date(a['published'], JST, 'JST')} &middot; Source: {esc(a.get('source', 'official recording'))} &middot; Unofficial translation</div>
<div class="note-box">{esc(a['summary'])}</div>
<div class="transcript">
{paragraphs(a['body'])}
</div>
<p class="disclaimer">This transcript was prepared by Stenotype from an audio recording and an unofficial translation. The spoken word prevails. Excerpts only; questions on other subjects omitted.</p>
<div class="tools"><a href="#">Print</a> | <a href="#">Download .txt</a> | <a href="#">Cite this transcript</a> | <a href="#">Report an error</a></div>
</div>
<div class="foot">
 <a href="/about">About</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a><br>
 &copy; Stenotype Transcription Services. Reproduction permitted with attribution.
</div>
</body>
</html>
"""
