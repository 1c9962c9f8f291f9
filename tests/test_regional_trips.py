"""A trip whose officials are all a region's or a town's own (a governor's working trip, a
deputy minister inspecting building sites) is the administration's routine, not news of
the dispute; a minister's or an ambassador's visit still is. Building named as work going
on, what an inspection looks at, is no construction reported. Pages written for these
tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)
CLOSING = {
    "en": "Officials gave no further details.",
    "ru": "Подробности не сообщаются.",
    "ja": "詳しい日程は明らかにしていない。",
}

ROUTINE = {
    "en": (
        "Sakhalin governor tours Iturup, checks progress on new hospital",
        "The governor of the Sakhalin region visited Iturup on Monday and checked the progress "
        "of construction of a new district hospital in Kurilsk, his office said.",
    ),
    "ru": (
        "Вице-губернатор осмотрел стройки на Кунашире",
        "Вице-губернатор Сахалинской области в понедельник провёл рабочую поездку на Кунашир и "
        "проверил ход строительства жилого дома и причала в Южно-Курильске.",
    ),
    "ja": (
        "サハリン州知事が国後島を視察",
        "ロシア・サハリン州の知事は14日、国後島を訪れ、建設中の病院や住宅を視察した。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_regional_officials_working_trip_is_no_news(judge: Judge, lang: str) -> None:
    title, lead = ROUTINE[lang]
    article = page(lang, title, lead, CLOSING[lang], when=WHEN)
    reading = judge.read(article)
    assert all(not ({"visit", "construction"} & c.events) for c in reading.claims), [
        (c.text, c.events) for c in reading.claims
    ]
    assert not judge.assess(article).alerts


NATIONAL = {
    "en": (
        "Russian justice minister visits Kunashir",
        "Russia's justice minister visited Kunashir on Monday, accompanied by the governor of "
        "the Sakhalin region, and met judges of the district court.",
    ),
    "ru": (
        "Посол Мьянмы побывал на Итурупе",
        "Посол Мьянмы в России в понедельник побывал на Итурупе вместе с губернатором "
        "Сахалинской области.",
    ),
    "ja": (
        "ロシア法相が国後島訪問",
        "ロシアの法相は14日、サハリン州知事とともに国後島を訪問した。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_visit_of_national_rank_with_a_governor_is_still_news(judge: Judge, lang: str) -> None:
    title, lead = NATIONAL[lang]
    assessment = judge.assess(page(lang, title, lead, CLOSING[lang], when=WHEN))
    assert assessment.decision == "new_development", assessment.reason
