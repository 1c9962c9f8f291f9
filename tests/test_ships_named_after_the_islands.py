"""A ship that bears an island's or a town's name is not the islands ("the tanker
Kurilsk", «сухогруз «Южно-Курильск»», タンカー「クリリスク」): a sanctions list or a shipping story
that names it is a look-alike, while a story about the islands that also names a ship is
still read. Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2025, 9, 16, 7, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Britain blacklists cargo ship Yuzhno-Kurilsk and 40 more shadow-fleet vessels",
            "London has added the cargo ship Yuzhno-Kurilsk, a 2006-built vessel flagged in "
            "Comoros, and 40 other ships to its list of sanctioned carriers of Russian oil.",
        ),
        (
            "ru",
            "ЕС внес сухогруз «Южно-Курильск» в санкционный список",
            "Евросоюз включил сухогруз «Южно-Курильск» и еще 30 судов в список так называемого "
            "теневого флота, которым запрещен заход в порты союза.",
        ),
        (
            "ja",
            "英政府、タンカー「クリリスク」を制裁対象に",
            "英政府は、ロシア産原油を運ぶタンカー「クリリスク」など40隻を新たに制裁対象に"
            "加えたと発表した。",
        ),
    ],
)
def test_a_ship_named_after_the_islands_is_a_look_alike(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assessment = judge.assess(page(lang, headline, sentence, when=WHEN))
    assert not assessment.alerts, assessment
    assert assessment.decision in ("look_alike", "off_topic"), assessment


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Russia bars Japanese trawlers from waters off Kunashir",
            "Russia's border service has barred Japanese trawlers from fishing in the waters "
            "off Kunashir until further notice, the fisheries agency in Tokyo said.",
        ),
        (
            "ru",
            "Россия запретила японским судам промысел у Шикотана",
            "Пограничное управление ФСБ запретило японским судам промысел в водах у Шикотана "
            "до особого распоряжения, сообщило агентство по рыболовству Японии.",
        ),
    ],
)
def test_ships_near_the_islands_are_still_the_islands(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assessment = judge.assess(page(lang, headline, sentence, when=WHEN))
    assert assessment.decision not in ("look_alike", "off_topic"), assessment
