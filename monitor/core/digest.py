"""A page of several stories — a weekly digest, a round-up of a committee's questions, the
main exchanges of a press conference — read item by item.

Such a page's headline and lead speak of all its items ("Seven days: the Sakhalin budget,
the salmon run and Japanese schooners"), so the watch rules and the claim reader, which
decide on the headline and the lead, see none of them. Its items stand under subheads
(short lines that end no sentence). Each item is read as a story of its own: its subhead
as the headline, its paragraphs as the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.core.models import Article
from monitor.core.text import unquoted

# a subhead is a short line that ends no sentence: "3. Sakhalin: permission required",
# 「北方四島周辺の操業」, «Курилы: японские шхуны выйдут на промысел»
SUBHEAD_CHARS = 80
_ENDS_SENTENCE = re.compile(r"[.!?。！？…»\"”’)）」』]\s*$")
MAX_ITEMS = 12  # a page with more is read for its first ones only


def _subhead(paragraph: str) -> bool:
    p = paragraph.strip()
    return 0 < len(p) <= SUBHEAD_CHARS and not _ENDS_SENTENCE.search(p)


def items(article: Article) -> list[Article]:
    """The page's items as articles of their own (same address, outlet and date): under
    each subhead, the paragraphs up to the next one. A page with fewer than two subheads
    has no items: one story. The headline repeated in the text is no subhead."""
    title = article.title.strip()
    paragraphs = [p.strip() for p in article.text.split("\n") if p.strip()]
    paragraphs = [p for p in paragraphs if p != title]
    heads = [k for k, p in enumerate(paragraphs) if _subhead(p)]
    out: list[Article] = []
    if len(heads) < 2:
        return out
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(paragraphs)
        # a speech's main points quoted one by one: read as the speaker's own report
        body = [unquoted(p) for p in paragraphs[k + 1 : end]]
        if body:
            out.append(replace(article, title=paragraphs[k], text="\n".join(body)))
    return out[:MAX_ITEMS]
