"""The Mistral Review: English analysis/columns, Atom; og + JSON-LD + <time>; comments."""
from .common import EN_MONTHS, esc, body_html, json_ld, og_meta, iso, when, links

FEED = {"id": "mistral-review", "title": "The Mistral Review - Eurasia & Pacific", "format": "atom", "lang": "en"}
SITE = "The Mistral Review"

RELATED = [
    ("/eurasia/essays/the-long-shadow-of-yalta", "The long shadow of Yalta"),
    ("/pacific/briefing/okhotsk-sea-ice", "Briefing: what a shrinking Okhotsk ice sheet means"),
    ("/eurasia/podcast/ep-112", "Podcast: Russia's pivot east, three years on"),
    ("/pacific/letters/", "Letters to the editor"),
]


def render(a: dict) -> str:
    t = when(a)
    stamp = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"
    related = a.get("related") or RELATED
    comments = a.get("comments") or []
    ctext = "\n".join(
        f'<li class="comment"><span class="who">{esc(n)}</span><p>{esc(c)}</p></li>' for n, c in comments)
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} — The Mistral Review</title>
<meta name="description" content="{esc(a['summary'])}">
{og_meta(a, SITE)}
{json_ld(a, SITE, "https://mistralreview.example")}
<link rel="stylesheet" href="/css/mistral.css">
</head>
<body class="longread">
<aside class="gdpr" id="gdpr">
  <strong>Your privacy</strong> We and our partners store and access information on your device to personalise content and measure our audience.
  <button>I agree</button> <button>Options</button>
</aside>
<header class="mr-head">
  <div class="mr-brand"><a href="/">The Mistral Review</a><span class="tag">Eurasia &amp; Pacific, in depth</span></div>
  <nav class="mr-nav"><a href="/eurasia">Eurasia</a><a href="/pacific">Pacific</a><a href="/explainers">Explainers</a><a href="/columns">Columns</a><a href="/books">Books</a><a href="/podcast">Podcast</a><a href="/donate" class="donate">Support us</a></nav>
</header>
<main>
<article class="mr-article">
  <p class="rubric">{esc(a.get('section', 'Explainer'))}</p>
  <h1>{esc(a['title'])}</h1>
  <p class="dek">{esc(a['summary'])}</p>
  <p class="by">{esc(a.get('author', 'The Mistral Review'))} · <time datetime="{iso(a)}">{stamp}</time> · {esc(a.get('readtime', '6 min read'))}</p>
  <div class="share-tools"><a href="#">Share</a><a href="#">Save</a><a href="#">Print</a></div>
  <section class="mr-body">
{body_html(a)}
  </section>
  <p class="mr-endnote">The Mistral Review is reader-funded. <a href="/donate">Become a supporter</a>.</p>
</article>
<section class="mr-comments"><h2>Comments ({len(comments)})</h2><ul>
{ctext}
</ul><p class="rules">Comments are moderated. <a href="/community">Community guidelines</a></p></section>
<section class="mr-related"><h2>Further reading</h2><ul>
{links(related)}
</ul></section>
</main>
<footer class="mr-foot"><p>&copy; Mistral Review Trust. <a href="/about">About</a> · <a href="/ethics">Editorial code</a> · <a href="/privacy">Privacy</a> · <a href="/feed.atom">Atom feed</a></p></footer>
</body>
</html>
"""
