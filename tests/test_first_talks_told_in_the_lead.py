"""Talks on the peace treaty that the headline reports as held, and that the lead calls the
first since the break in a sentence of its own, hold the talks again; talks the lead
calls one-time, or that the report says are no resumption, are held once. A settlement
named as "a resolution of the dispute" is no resolution adopted. Pages written for these
tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)

FIRST_SINCE = {
    "en": (
        "Japan and Russia hold talks on the peace treaty in Cairo",
        "Japanese and Russian deputy foreign ministers met in Cairo on Monday. These were the "
        "first such consultations since Russia broke off the negotiations in 2022.",
        "More details were not given.",
    ),
    "ru": (
        "Россия и Япония провели в Каире консультации по проблематике мирного договора",
        "В понедельник в Каире состоялись консультации заместителей министров иностранных дел "
        "двух стран. Это первые подобные консультации после того, как российская сторона "
        "отказалась продолжать переговоры.",
        "Подробности не сообщаются.",
    ),
    "ja": (
        "日ロ、カイロで平和条約締結問題を協議",
        "日ロ両政府は14日、カイロで次官級の協議を開いた。ロシアが交渉を打ち切って以降、"
        "同様の協議は初めて。",
        "詳しい内容は明らかにしていない。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_talks_the_lead_calls_the_first_since_the_break_resume(judge: Judge, lang: str) -> None:
    title, lead, closing = FIRST_SINCE[lang]
    assessment = judge.assess(page(lang, title, lead, closing, when=WHEN))
    moves = [(c.status_id, c.new.state.split(":")[0]) for c in assessment.changes]
    assert moves == [("peace-treaty-talks", "resumed")], (assessment.decision, moves)


def test_talks_the_lead_calls_one_time_are_held_once(judge: Judge) -> None:
    title, lead, closing = FIRST_SINCE["ru"]
    lead += " В МИД подчеркнули, что речь идёт о разовой встрече."
    moves = [
        ch
        for c in judge.read(page("ru", title, lead, closing, when=WHEN)).claims
        for ch in c.changes
    ]
    assert ("peace-treaty-talks", "resume") not in moves, moves


# the headline or the lead says in its own words that the talks held are no resumption
NO_RESUMPTION = {
    "en": "Japan and Russia hold treaty talks in Cairo, but Moscow says talks not resumed",
    "ru": "Россия и Япония провели консультации по мирному договору, но переговоры не возобновлены",
    "ja": "日ロ、カイロで平和条約締結問題を協議　外相「交渉再開ではない」",
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_talks_held_that_the_report_says_are_no_resumption_are_held_once(
    judge: Judge, lang: str
) -> None:
    _, lead, closing = FIRST_SINCE[lang]
    assessment = judge.assess(page(lang, NO_RESUMPTION[lang], lead, closing, when=WHEN))
    moves = [(c.status_id, c.new.state.split(":")[0]) for c in assessment.changes]
    assert ("peace-treaty-talks", "resumed") not in moves, (assessment.decision, moves)


def test_a_resolution_of_the_dispute_is_no_resolution_adopted(judge: Judge) -> None:
    article = page(
        "en",
        "New prime minister pledges to pursue treaty with Russia",
        "The new prime minister said her government would pursue a peace treaty and a "
        "resolution of the dispute over the four islands, while keeping sanctions on Moscow.",
        "More details were not given.",
        when=WHEN,
    )
    assert not any("legislation" in c.events for c in judge.read(article).claims)
