"""A story told past a lead on something else — a ceremony, a minister's first meeting, a
summit's other talks — read from the sentence that tells it.

Such a page's headline and lead speak of the occasion ("Malokurilskoye gets ready for
9 May", 「元島民らが語り部研修会」), so the watch rules and the claim reader, which decide on
the headline and the lead, see nothing of the islands or the treaty; the news stands a
few paragraphs down ("In late April a Rosgvardia company took up duty on Shikotan — the
first unit of the service stationed on the island"). A sentence of the story's first
paragraphs that carries a mark of news is read as a story of its own, as a page of talk's
announcements are (monitor/core/talk.py): the sentence as its headline, the rest of its
paragraph and the next as its text. The mark is a first: of its kind, or since a break,
told of the report's own days (moves and announcements told so down a page are mostly its
background: docs/decisions.md, the thirteenth round). The claim reader still judges each
such story as it judges any report: what it tells as background, requested, denied or
already known stays so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from monitor.core.claim_reading import months_named, read_claim
from monitor.core.models import Article
from monitor.core.rules import RuleSet
from monitor.core.sentence_reading import Reading, SentenceReading
from monitor.core.text import normalize

# read this far into the story: a story that tells its news later is a feature, whose
# paragraphs past this are its background
STORY_SENTENCES = 12
LEAD_EVENTS = 2  # the lead's first sentences, which the claim reader reads as reports
MAX_BURIED = 3  # a page is read for its first marked sentences only
_MARKS = ("cue.first_since", "cue.first_kind")
# the headline's words that put the page itself on the dispute: its background is the
# dispute's, not a story of the day
_TOPIC = frozenset({"islands", "peace_treaty", "tracked_matters", "dispute"})
_OWN_STORY = ("cue.first_since", "cue.negation", "cue.position")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a year as the baseline of a first: "since 2022", «с 2022 года», 「2022年…以来」
_BASELINE = re.compile(
    r"(?:\bsince|\bс|\bсо|\bпосле)\s+(?:\w+\s+){0,2}$|^年?[^。、]{0,30}?(?:以来|以降|ぶり)"
)


def _marked(r: SentenceReading) -> bool:
    """A sentence that tells a first: of its kind, or since a break."""
    return any(r.of(m) for m in _MARKS)


def _of_its_day(r: SentenceReading, lang: str, when: dt.date) -> bool:
    """Does a sentence past the lead name no time before the report's own days? Told
    there, an act of a named month or year gone ("met in Budapest in September", «в июне
    2025 года») is the page's background; only a first's baseline may be older."""
    if r.of("cue.past"):
        return False
    text = r.sentence.text
    for m in _YEAR.finditer(text):
        if int(m.group(0)) < when.year and not (
            _BASELINE.search(text[max(0, m.start() - 30) : m.start()])
            or _BASELINE.search(text[m.end() : m.end() + 32])
        ):
            return False
    return all(month == when.month for month in months_named(normalize(text), lang))


def on_other_matter(reading: Reading) -> bool:
    """Is the page's headline a plain report of something off the dispute (a minister's
    first meeting, a ceremony, an exhibition), under which a story of the dispute may be
    told further down?"""
    if not reading.claims or reading.claims[0].reading.sentence.index != 0:
        return False
    head = reading.claims[0]
    if head.negated or head.modal or head.past or head.restated or head.denied:
        return False
    # (a headline on the two countries' relations, or one that tells a first since a
    # break, denies or states a position, is its own story: its body's firsts tell the
    # same one, or what did not happen)
    if head.bilateral or any(head.reading.of(c) for c in _OWN_STORY):
        return False
    return not (head.reading.concepts() & _TOPIC or head.reading.of("status:"))


def reports(reading: Reading, rules: RuleSet, held_in_talks: frozenset[str]) -> list[Article]:
    """The stories told past the page's lead, each as an article of its own (same address,
    outlet and date): a marked sentence that, read where it stands, asserts an event or a
    move of its day as its headline, the rest of its paragraph and the next as its text.
    `reading` reads the page's first `STORY_SENTENCES` sentences."""
    article = reading.article
    when = article.published.date()
    sents = reading.sentences
    # past the lead's first sentences (a heading line or a dateline is no lead sentence)
    told = [k for k, r in enumerate(sents) if r.in_lead][LEAD_EVENTS - 1 : LEAD_EVENTS]
    out: list[Article] = []
    for k in range(told[0] + 1 if told else len(sents), len(sents)):
        r = sents[k]
        if not _marked(r) or not _of_its_day(r, article.lang, when):
            continue
        claim = read_claim(
            r, rules, when, article.lang, held_in_talks, may_report=True, further=True
        )
        if not (claim.reports_event or claim.changes) or claim.past or claim.restated:
            continue
        if claim.negated or claim.modal or claim.denied:
            continue
        para = r.sentence.paragraph
        rest = [s.sentence.text for s in sents[k + 1 :] if para <= s.sentence.paragraph <= para + 1]
        out.append(replace(article, title=r.sentence.text, text=" ".join(rest)))
        if len(out) == MAX_BURIED:
            break
    return out
