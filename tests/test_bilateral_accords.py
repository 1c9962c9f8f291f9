"""A standing arrangement of the two governments halted, ended or restored (an agreement on
incidents at sea, a hotline, a memorandum) is news of the dispute's working ties, even with
no island named; the same with a third country is not the topic."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 2, 4, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia suspends military communications agreement with Japan",
            "Russia has suspended a 2019 agreement with Japan on a hotline between the two "
            "countries' defence ministries, the Russian foreign ministry said on Wednesday.",
        ),
        (
            "ru",
            "Россия приостановила действие меморандума с Японией о связи между береговыми охранами",
            "Российская сторона приостановила действие меморандума с Японией о прямой связи "
            "между пограничной службой и береговой охраной, сообщили в МИД России в среду.",
        ),
        (
            "ja",
            "ロシア、日本との海上連絡の覚書を停止　外務省に通告",
            "ロシア政府は4日、日本の海上保安庁とロシア国境警備局の連絡に関する覚書の履行を"
            "停止すると外交ルートを通じて日本側に通告した。",
        ),
    ],
)
def test_an_accord_of_the_two_governments_halted_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    found = judge.assess(page(lang, title, lead, when=WHEN))
    assert found.decision == "new_development", found.reason


def test_an_accord_with_a_third_country_is_not_the_topic(judge: Judge) -> None:
    found = judge.assess(
        page(
            "en",
            "Russia suspends military communications agreement with Norway",
            "Russia has suspended a 2019 agreement with Norway on a hotline between the two "
            "countries' defence ministries, the Russian foreign ministry said on Wednesday.",
            when=WHEN,
        )
    )
    assert not found.alerts, found.reason
