"""The Quillmoor Post — general world news: og: meta and <time>, reader comments, no JSON-LD."""
from common import esc, iso, parse, paras, related_list, EN_MON


def render(a: dict, ctx: dict) -> str:
    feed = ctx["feed"]
    url = f'{feed["host"]}/articles/{a["id"]}.html'
    d = parse(a["published"])
    when = f"{d.day} {EN_MON[d.month - 1]} {d.year}, {d:%H:%M} GMT"
    comments = a.get("comments", [])
    cm = "\n".join(
        f'<li class="comment"><span class="who">{esc(w)}</span> <span class="ago">{esc(t)}</span><p>{esc(c)}</p>'
        f'<span class="votes">▲ {v}</span> <a href="#reply">Reply</a></li>'
        for w, t, c, v in comments)
    body = a["body"]
    first, rest = body[:2], body[2:]
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} — The Quillmoor Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{esc(a["summary"])}">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(url)}">
<meta property="article:published_time" content="{iso(a["published"])}">
<link rel="stylesheet" href="/assets/qp.css">
</head>
<body>
<div class="cookie-bar">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy">Find out more</a> <button>OK</button></div>
<div class="topbar"><span class="edition">International edition</span> <a href="/login">Sign in</a> <a href="/support">Support the Post</a></div>
<header><a href="/" class="brand">The Quillmoor Post</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/world/asia">Asia</a></li><li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li><li><a href="/environment">Environment</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li></ul></nav>
</header>
<main class="content">
<p class="kicker">{esc(a.get("section", "World"))}</p>
<h1 class="headline">{esc(a["title"])}</h1>
<p class="dek">{esc(a["summary"])}</p>
<p class="meta"><span class="byline">{esc(a.get("author", "Quillmoor Post correspondent"))}</span> · <time datetime="{iso(a["published"])}">{when}</time></p>
<ul class="share"><li><a href="https://facebook.com/sharer?u={esc(url)}">Facebook</a></li><li><a href="https://x.com/share?url={esc(url)}">X</a></li><li><a href="https://wa.me/?text={esc(url)}">WhatsApp</a></li><li><a href="mailto:?body={esc(url)}">Email</a></li></ul>
<div class="article-body">
{paras(first)}
<aside class="inline-more"><strong>Read more:</strong> <a href="{esc(ctx["related"][0][1]) if ctx["related"] else "/world"}">{esc(ctx["related"][0][0]) if ctx["related"] else "World news"}</a></aside>
{paras(rest)}
</div>
<section class="more-on"><h2>More on this story</h2><ul>
{related_list(ctx["related"])}
</ul></section>
<section id="comments" class="comments"><h2>Comments ({len(comments)})</h2>
<p class="rules">Comments are moderated. Please read our <a href="/community-standards">community standards</a>.</p>
<ol>
{cm}
</ol>
</section>
</main>
<aside class="most-read"><h3>Most read</h3><ol><li><a href="/world/europe/heatwave-latest">Heatwave latest: records fall across southern Europe</a></li><li><a href="/business/rates-decision">Central banks hold rates as inflation cools</a></li><li><a href="/culture/booker-longlist">Booker longlist: the debut novels to watch</a></li></ol></aside>
<footer><p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms &amp; conditions</a> | <a href="/advertise">Advertise</a></p><p>© The Quillmoor Post. Registered in England and Wales.</p></footer>
</body>
</html>
"""
