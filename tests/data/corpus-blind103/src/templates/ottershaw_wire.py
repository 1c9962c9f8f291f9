"""Ottershaw Wire — a small agency site that serves bare pages: no og:/article: meta,
no JSON-LD, no <time>; the filing time is plain text in the dateline."""
from common import esc, parse, paras, related_list, EN_MON


def render(a: dict, ctx: dict) -> str:
    d = parse(a["published"])
    filed = f"Filed {d.day} {EN_MON[d.month - 1]} {d.year} {d:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} - Ottershaw Wire</title>
<link rel="stylesheet" href="/css/wire.css">
</head>
<body>
<div id="cookie-notice">Ottershaw Wire uses essential cookies only. <a href="/cookies">Details</a> <a href="#" class="close">Close</a></div>
<table class="top"><tr>
<td class="logo"><a href="/">OTTERSHAW WIRE</a><br><small>North Pacific · Fisheries · Shipping · Politics</small></td>
<td class="nav"><a href="/latest">Latest</a> | <a href="/japan">Japan</a> | <a href="/russia-far-east">Russian Far East</a> | <a href="/fisheries">Fisheries</a> | <a href="/shipping">Shipping</a> | <a href="/markets">Markets</a> | <a href="/subscribe">Subscriber login</a></td>
</tr></table>
<div class="story">
<h1>{esc(a["title"])}</h1>
<div class="dateline">{esc(a.get("place", "SAPPORO"))} | {filed} | {esc(a.get("author", "Ottershaw Wire staff"))}</div>
<div class="lede"><b>{esc(a["summary"])}</b></div>
{paras(a["body"])}
<p class="endmark">(Reporting by {esc(a.get("author", "Ottershaw Wire staff"))}; editing by {esc(a.get("editor", "the North Pacific desk"))})</p>
<div class="share">Share: <a href="https://x.com/intent/post">X</a> · <a href="https://www.linkedin.com/share">LinkedIn</a> · <a href="mailto:">E-mail</a> · <a href="javascript:print()">Print</a></div>
</div>
<div class="sidebar">
<h4>Also on the wire</h4>
<ul>
{related_list(ctx["related"])}
</ul>
<h4>Market snapshot</h4>
<p>Hokkaido scallop (Sapporo, kg) · Pollock roe (Busan, kg) · JPY/RUB</p>
</div>
<div class="foot">Ottershaw Wire is an independent news agency. Reproduction without licence is prohibited. <a href="/licensing">Licensing</a> · <a href="/contact">Contact the desk</a> · <a href="/privacy">Privacy</a></div>
</body>
</html>
"""
