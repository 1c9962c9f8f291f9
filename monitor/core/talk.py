"""A page of talk — an interview, a press conference's record, a talk show's transcript —
read for the news a speaker announces in an answer.

Such a page's headline and lead are the interviewer's first question or the speaker's
catchphrase; the news ("We have decided to …", «Мы приняли решение вернуться к …»,
「…を創設することを決めました」) stands in an answer well down, among answers on other
things. A page is one of talk when at least two of its paragraphs are questions (they end
with a question mark, or carry a question's mark: 「──」, 「（問）」, "Q:"). Each answer
sentence that announces (`cue.announce`: a decision taken, news the speaker says they bring,
a notice received) or tells of the last days (`cue.recent`: «Вчера в Бишкеке состоялись …»)
is read as a story of its own: the sentence as its headline and the rest
of its answer as its text, so the watch rules and the claim reader judge it as they judge
any report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.core.models import Article
from monitor.core.rules import Matcher
from monitor.core.text import sentence_start, split_sentences, unquoted

# an answer's sentence that announces, or that tells of the last days ("Yesterday in Bishkek
# the consultations took place", «Вчера в Бишкеке состоялись консультации»)
_ANNOUNCING = frozenset({"cue.announce", "cue.recent"})
MIN_QUESTIONS = 2  # a page with fewer is one story, even if it asks
MAX_ANNOUNCEMENTS = 4  # a page with more is read for its first ones only
_ASKS = re.compile(r"[?？]\s*[」»\"”)）]?\s*$")
_QUESTION_MARK = re.compile(
    r"^\s*(?:──|―{2}|（問）|\(問\)|問[：:]|Q\s*[:.：]|Вопрос\s*[:.]|Question\s*:)", re.I
)
# a speaker's or a line's mark: a dash of dialogue, a name and a colon in a transcript
_SPEAKER = re.compile(
    r"^\s*(?:[—–―-]\s*|（[^）]{1,12}）|\([^)]{1,20}\)\s*|[A-ZА-Я][\w. ]{0,30}:\s+)"
)


def _answer(paragraph: str) -> str:
    """An answer's words: without the speaker's mark, and out of the quotation marks that
    hold a whole answer (「…」, «…»), inside which sentences are not split."""
    return unquoted(_SPEAKER.sub("", paragraph, count=1))


def _question(paragraph: str) -> bool:
    return bool(_QUESTION_MARK.match(paragraph) or _ASKS.search(paragraph))


def announcements(article: Article, matcher: Matcher) -> list[Article]:
    """The announcements in the answers of a page of talk, each as an article of its own
    (same address, outlet and date). A page that is not one of talk has none."""
    paragraphs = [p.strip() for p in article.text.split("\n") if p.strip()]
    asked = [_question(p) for p in paragraphs]
    if sum(asked) < MIN_QUESTIONS:
        return []
    out: list[Article] = []
    for k, paragraph in enumerate(paragraphs):
        if asked[k] or not any(asked[:k]):
            continue  # a question, or what comes before the first (the introduction)
        sents = split_sentences(_answer(paragraph))
        found = matcher.find_each(sents)
        for n, hits in enumerate(found):
            cue = next((h for h in hits if h.concept in _ANNOUNCING), None)
            if cue is not None:
                # from the sentence that holds the cue: a short one joined before it
                # («Есть, и скрывать это не буду.») is no part of the announcement
                title = sents[n][sentence_start(sents[n], cue.start) :]
                out.append(replace(article, title=title, text=" ".join(sents[n + 1 :])))
                break  # one announcement per answer: the rest of it is its story
        if len(out) == MAX_ANNOUNCEMENTS:
            break
    return out
