"""A protest at someone's words answers a position, and a position restated is no news: a
headline that reports only such a protest does not alert. A protest at an act is news as
before. Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japan protests after Lavrov says the Kuril Islands are not up for discussion",
            "Japan lodged a protest with Russia on Monday over Foreign Minister Sergei "
            "Lavrov's remark that the Kuril Islands were not a subject for talks, the "
            "foreign ministry said.",
        ),
        (
            "ja",
            "ラブロフ外相の発言に抗議　政府「北方領土の帰属は未解決」",
            "政府は14日、北方領土は議論の対象ではないとしたロシアのラブロフ外相の発言について、"
            "外交ルートを通じてロシア側に抗議した。",
        ),
    ],
    ids=["en", "ja"],
)
def test_a_protest_at_words_is_no_news(judge: Judge, lang: str, title: str, lead: str) -> None:
    assessment = judge.assess(page(lang, title, lead, "No further details were given.", when=WHEN))
    assert assessment.decision != "new_development", assessment.reason


def test_a_protest_at_an_act_is_news(judge: Judge) -> None:
    """A protest at drills on the islands reports the drills: news."""
    assessment = judge.assess(
        page(
            "en",
            "Japan protests as Russia holds drills on Kunashir",
            "Russia held military drills on Kunashir on Monday, and Japan lodged a protest "
            "through diplomatic channels, the foreign ministry said.",
            "No further details were given.",
            when=WHEN,
        )
    )
    assert assessment.decision == "new_development", assessment.reason
