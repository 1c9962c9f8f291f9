"""The Guillemot Post: English daily. og:, article:*, JSON-LD and <time>; reader comments."""
from common import en_long, esc, iso, json_ld, paragraphs, related_links

DOMAIN = "https://www.guillemotpost.com"
PUBLISHER = "The Guillemot Post"


def comments(items):
    rows = []
    for name, text in items:
        rows.append(f'<div class="gp-c"><div class="gp-c-name">{esc(name)}</div>'
                    f'<div class="gp-c-text">{esc(text)}</div>'
                    f'<div class="gp-c-act">Like · Reply · Flag</div></div>')
    count = len(items)
    return (f'<h3>{count} comment{"s" if count != 1 else ""}</h3>' + "".join(rows)
            + '<p class="gp-c-rules">Comments are moderated. Read our <a href="/community">community rules</a>.</p>')


def render(a: dict) -> str:
    url = f"{DOMAIN}/articles/{a['id']}.html"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a['title'])} | The Guillemot Post</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso(a['published'])}">
<meta property="article:author" content="{esc(a.get('author', 'Staff reporter'))}">
<link rel="canonical" href="{url}">
{json_ld(a, PUBLISHER, url, "en-GB")}
</head>
<body>
<div class="gp-gdpr" role="region" aria-label="cookies">
  <strong>Your privacy.</strong> We and our 143 partners store and access information on your device.
  <button>I agree</button> <button>Manage options</button>
</div>
<header>
  <div class="gp-date-strip">The Guillemot Post · Asia-Pacific edition · <a href="/e-paper">Today's e-paper</a> · <a href="/login">Sign in</a></div>
  <a class="gp-logo" href="/">The Guillemot Post</a>
  <nav class="gp-nav">
    <a href="/news">News</a><a href="/asia">Asia</a><a href="/japan">Japan</a><a href="/russia">Russia</a>
    <a href="/business">Business</a><a href="/opinion">Opinion</a><a href="/culture">Culture</a><a href="/sport">Sport</a>
  </nav>
</header>
<main>
  <article class="gp-article">
    <div class="gp-kicker">{esc(a.get('section', 'Asia'))}</div>
    <h1>{esc(a['title'])}</h1>
    <h2 class="gp-sub">{esc(a['summary'])}</h2>
    <div class="gp-byline">{esc(a.get('author', 'Staff reporter'))} <span>·</span>
      <time datetime="{iso(a['published'])}">{en_long(a['published'])}</time></div>
    <div class="gp-share-top"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">WhatsApp</a> <a href="#">Gift this article</a></div>
    <figure class="gp-figure"><div class="gp-img-placeholder"></div><figcaption>{esc(a.get('caption', 'File photo.'))}</figcaption></figure>
    <div class="gp-body">
        {paragraphs(a['body'])}
    </div>
    <div class="gp-newsletter">Get the Asia-Pacific briefing in your inbox every weekday. <a href="/newsletters">Sign up</a></div>
  </article>
  <section class="gp-more">
    <h3>More on this story</h3>
    <ul>
{related_links(a.get('related', []), '/asia')}
    </ul>
  </section>
  <section class="gp-comments">
    {comments(a.get('comments', []))}
  </section>
</main>
<footer class="gp-footer">
  <a href="/about-us">About us</a> · <a href="/contact-us">Contact</a> · <a href="/corrections">Corrections</a> ·
  <a href="/terms">Terms</a> · <a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie settings</a>
  <p>© The Guillemot Post Ltd</p>
</footer>
</body>
</html>
"""
