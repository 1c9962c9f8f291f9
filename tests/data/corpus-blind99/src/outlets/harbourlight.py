"""Harbourlight Asia Daily: English, RSS; NO metadata (no og:/article: meta, no JSON-LD, no <time>)."""
from .common import EN_MONTHS, EN_DAYS, esc, body_html, local, links

FEED = {"id": "harbourlight-en", "title": "Harbourlight Asia Daily", "format": "rss", "lang": "en"}

RELATED = [
    ("/news/local/nemuro-port-renovation", "Nemuro port's new cold store opens to fishers"),
    ("/news/japan/hokkaido-rail-cuts", "JR Hokkaido to trim more rural services"),
    ("/news/world/korea-election-recap", "What South Korea's vote means for Tokyo"),
    ("/news/japan/tourism-record", "Inbound tourism sets another monthly record"),
]


def render(a: dict) -> str:
    t = local(a, 9)
    stamp = f"{EN_DAYS[t.weekday()]} {t.day} {EN_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} JST"
    related = a.get("related") or RELATED
    comments = a.get("comments") or []
    ctext = "\n".join(
        f'<div class="cmt"><b>{esc(n)}</b> <span class="cmt-ago">{esc(ago)}</span><p>{esc(c)}</p></div>'
        for n, ago, c in comments)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} :: Harbourlight Asia Daily</title>
<link rel="stylesheet" href="/hl/site.css">
<script src="/hl/ads.js" async></script>
</head>
<body>
<div id="cookiewall" class="cw">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">More info</a> <a href="#" class="cw-close">Close</a></div>
<table class="hl-top" width="100%"><tr>
<td class="hl-logo"><a href="/">HARBOURLIGHT</a><br><small>Asia Daily &mdash; Tokyo</small></td>
<td class="hl-menu"><a href="/news/japan/">Japan</a> &bull; <a href="/news/local/">Hokkaido</a> &bull; <a href="/news/asia/">Asia</a> &bull; <a href="/news/world/">World</a> &bull; <a href="/news/business/">Business</a> &bull; <a href="/opinion/">Opinion</a> &bull; <a href="/notebook/">Notebook</a></td>
</tr></table>
<div class="hl-crumbs"><a href="/">Home</a> &rsaquo; <a href="/news/">{esc(a.get('section', 'News'))}</a></div>
<div class="hl-content">
<h1 class="hl-title">{esc(a['title'])}</h1>
<div class="hl-dateline">{esc(a.get('author', 'Harbourlight staff'))} | Posted {stamp}</div>
<p class="hl-lead"><em>{esc(a['summary'])}</em></p>
<div class="hl-text">
{body_html(a)}
</div>
<div class="hl-share">Share this story: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">LINE</a> | <a href="#">Email</a> | <a href="#">Print</a></div>
<div class="hl-more"><h3>You may also like</h3><ul>
{links(related)}
</ul></div>
<div class="hl-comments"><h3>Reader comments</h3>
{ctext or '<p class="none">No comments yet. Be the first to comment.</p>'}
<form class="cmt-form"><textarea placeholder="Add a comment (registered readers only)"></textarea><button>Post</button></form></div>
</div>
<div class="hl-foot">Harbourlight Asia Daily &copy; Harbourlight Publishing K.K., Minato-ku, Tokyo. <a href="/about">About</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy policy</a> | <a href="/rss">RSS</a></div>
</body>
</html>
"""
