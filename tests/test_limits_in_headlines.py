"""A headline that limits its story's permission ("— for one season", «— на один сезон»)
makes the lead's resumption of the matter a one-off: the matter is allowed once, not
resumed. A headline with no limit leaves the lead's resumption as it is. Pages written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import moves, page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 10, 6, 0, tzinfo=dt.UTC)
FISHING = "safe-operation-fishing"


@pytest.mark.parametrize(
    ("lang", "headline", "lead"),
    [
        (
            "en",
            "Russia lets Japanese boats back into waters off the disputed isles - for one season",
            "Moscow has allowed Japanese fishing under the 1998 agreement to resume from "
            "Sept. 16, the fisheries agency said on Wednesday.",
        ),
        (
            "ru",
            "Японским рыбакам разрешили промысел у южных Курил — на один сезон",
            "Росрыболовство разрешило японским судам возобновить промысел у южных Курил по "
            "соглашению 1998 года с 16 сентября, сообщили в ведомстве в среду.",
        ),
    ],
)
def test_a_headlines_limit_makes_the_leads_resumption_a_one_off(
    judge: Judge, lang: str, headline: str, lead: str
) -> None:
    found = moves(judge, page(lang, headline, lead, "Details were not given.", when=WHEN))
    assert (FISHING, "allowed once") in found
    assert (FISHING, "resumed") not in found


def test_a_headline_without_a_limit_leaves_the_resumption(judge: Judge) -> None:
    article = page(
        "en",
        "Russia lets Japanese boats back into waters off the disputed isles",
        "Moscow has allowed Japanese fishing under the 1998 agreement to resume from Sept. 16, "
        "the fisheries agency said on Wednesday.",
        "Details were not given.",
        when=WHEN,
    )
    assert (FISHING, "resumed") in moves(judge, article)
