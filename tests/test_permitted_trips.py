"""A one-time permission and the trip it lets happen are one story told two ways: one
report says Russia allowed the trip "this time only", another that the people travel to
the island; in any language, a report of one joins the alert on the other."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 7, 3, 6, 0, tzinfo=dt.UTC)

PERMITTED = (
    "ja",
    "色丹島の診療所へ　日本人医師3人の入域、ロシアが「今回限り」認める",
    "外務省は2日、北方領土・色丹島の診療所で医療機器を点検する日本人医師3人について、"
    "ロシア側が査証なしでの入域を今回限りの措置として認めたと発表した。",
    "医師らは今月中旬、根室港から船で向かう。",
)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Three Japanese doctors visit Shikotan to check clinic equipment",
            "Three Japanese doctors visited Russian-held Shikotan on Thursday to check "
            "medical equipment at the island's clinic, officials said.",
        ),
        (
            "ru",
            "Японские врачи прибыли на Шикотан",
            "Трое японских врачей в четверг прибыли на Шикотан, чтобы проверить оборудование "
            "местной больницы, сообщили в администрации округа.",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_permission_and_the_trip_it_allows_are_one_story(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    first = page(*PERMITTED, when=WHEN)
    allowed = judge.assess(first)
    assert allowed.alerts, allowed.reason
    learned = judge.with_knowledge(learn_from(allowed, first, 1, judge.knowledge))
    later = learned.assess(
        page(lang, title, lead, "No further details were given.", when=WHEN + dt.timedelta(days=1))
    )
    assert later.decision == "same_development", later.reason
