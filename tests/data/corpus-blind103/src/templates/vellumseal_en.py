"""Vellum & Seal — a law-and-regulation site: full metadata, JSON-LD, <time>."""
from common import esc, iso, parse, paras, jsonld, related_list, EN_MONTHS


def render(a: dict, ctx: dict) -> str:
    feed = ctx["feed"]
    url = f'{feed["host"]}/articles/{a["id"]}.html'
    d = parse(a["published"])
    when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} UTC"
    section = a.get("section", "Asia-Pacific")
    tags = "".join(f'<a class="tag" href="/topics/{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a>'
                   for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | Vellum &amp; Seal</title>
<meta name="description" content="{esc(a["summary"])}">
<link rel="canonical" href="{esc(url)}">
<meta property="og:site_name" content="Vellum &amp; Seal">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["summary"])}">
<meta property="og:url" content="{esc(url)}">
<meta property="article:published_time" content="{iso(a["published"])}">
<meta property="article:section" content="{esc(section)}">
<meta name="twitter:card" content="summary_large_image">
{jsonld(a, "Vellum & Seal", url)}
<link rel="stylesheet" href="/static/vs-2.14.css">
</head>
<body class="article-page">
<div id="consent" class="consent-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to keep you signed in, measure readership and, with your consent, personalise advertising. See our <a href="/legal/cookies">cookie notice</a>.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button> <a href="/legal/cookies#settings">Settings</a>
</div>
<header class="masthead">
  <a class="logo" href="/">Vellum <span>&amp;</span> Seal</a>
  <p class="tagline">Asia-Pacific law, regulation and the business of compliance</p>
  <nav class="primary">
    <a href="/courts">Courts</a><a href="/regulation">Regulation</a><a href="/trade-customs">Trade &amp; Customs</a>
    <a href="/maritime">Maritime</a><a href="/sanctions">Sanctions</a><a href="/asia-pacific">Asia-Pacific</a>
    <a href="/newsletters">Newsletters</a><a class="cta" href="/subscribe">Subscribe</a>
  </nav>
</header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/{esc(section.lower().replace(' ', '-'))}">{esc(section)}</a></nav>
<article class="story">
  <h1>{esc(a["title"])}</h1>
  <p class="standfirst">{esc(a["summary"])}</p>
  <div class="byline">By <span class="author">{esc(a.get("author", "Vellum & Seal staff"))}</span> ·
    <time datetime="{iso(a["published"])}">{when}</time></div>
  <div class="share-row" aria-label="Share">
    <a href="https://www.linkedin.com/shareArticle?url={esc(url)}">LinkedIn</a>
    <a href="https://x.com/intent/post?url={esc(url)}">X</a>
    <a href="mailto:?subject={esc(a["title"])}">Email</a>
    <button class="copy-link">Copy link</button>
  </div>
  <div class="story-body">
{paras(a["body"])}
  </div>
  <p class="tags">{tags}</p>
  <aside class="disclaimer">This article is for information only and does not constitute legal advice.</aside>
</article>
<aside class="related">
  <h3>Related coverage</h3>
  <ul>
{related_list(ctx["related"])}
  </ul>
</aside>
<aside class="promo">
  <h3>The Compliance Brief</h3>
  <p>Sanctions, customs and trade rules across Asia, every Tuesday. <a href="/newsletters/compliance-brief">Sign up</a></p>
</aside>
</main>
<footer class="site-footer">
  <nav><a href="/about">About</a> · <a href="/editorial-standards">Editorial standards</a> · <a href="/corrections">Corrections</a> · <a href="/legal/terms">Terms</a> · <a href="/legal/privacy">Privacy</a> · <a href="/contact">Contact</a></nav>
  <p>© Vellum &amp; Seal Media Ltd. All rights reserved. Registered office: 14 Chancery Row, Singapore.</p>
</footer>
<script src="/static/vs-consent.js" defer></script>
</body>
</html>
"""
