"""One side's people rescued by the other's guards are a humanitarian act between the two
(a handover), in every language; a boat let go is news of its story when the story places
the detention on the islands, though the headline names no island; and a second report of
a drill's notice that names the same days and place joins the first, whatever kind its
words were read as. Pages written for these tests, shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 16, 6, 0, tzinfo=dt.UTC)

RESCUE = {
    "en": (
        "Fishing boat burns off Kunashir; crew saved",
        "The five Japanese crew of a burning squid boat off Kunashir were rescued by a Russian "
        "border patrol boat late on Tuesday, the Japan Coast Guard said.",
        "The boat is believed to have sunk.",
    ),
    "ru": (
        "Пожар на японском судне у Кунашира",
        "Российские пограничники у Кунашира спасли пятерых японских рыбаков с горящего "
        "кальмароловного судна, сообщили в пограничном управлении.",
        "Судно, по предварительным данным, затонуло.",
    ),
    "ja": (
        "国後島沖で漁船火災　乗組員5人、ロシア警備艇が救助",
        "15日夜、国後島沖でイカ釣り漁船から出火し、乗組員5人は救命いかだに避難した。",
        "漁船はその後沈没したとみられる。",
    ),
}


@pytest.mark.parametrize("lang", sorted(RESCUE))
def test_a_crew_rescued_by_the_other_sides_guards_is_news(judge: Judge, lang: str) -> None:
    assessment = judge.assess(page(lang, *RESCUE[lang], when=WHEN))
    assert assessment.decision == "new_development", assessment.reason


def test_a_rescue_by_ones_own_side_is_no_handover(judge: Judge) -> None:
    article = page(
        "en",
        "Fishing boat burns off Hokkaido; crew saved",
        "The five crew of a burning squid boat off Rausu were rescued by a Japan Coast Guard "
        "patrol boat late on Tuesday, the coast guard said.",
        "The boat is believed to have sunk.",
        when=WHEN,
    )
    assert not any("handover" in c.events for c in judge.read(article).claims)


RELEASED = (
    "ru",
    "Японскую шхуну отпустили после уплаты штрафа",
    "Капитан заплатил штраф в 900 тысяч рублей, и шхуна с экипажем из четырёх человек "
    "отпущена, сообщили в суде.",
    "Суд назначил штраф по статье о нарушении правил рыболовства.",
    "Представитель капитана от комментариев отказался.",
    "Шхуна была задержана пограничниками 3 августа у острова Зелёный Малой Курильской гряды.",
)


def test_a_release_is_news_where_the_story_places_the_detention(judge: Judge) -> None:
    lang, title, *paragraphs = RELEASED
    assessment = judge.assess(page(lang, title, *paragraphs, when=WHEN))
    assert assessment.decision == "new_development", assessment.reason


def test_a_release_with_no_detention_on_the_islands_is_not(judge: Judge) -> None:
    article = page(
        "ru",
        "Шхуну отпустили после уплаты штрафа",
        "Капитан заплатил штраф в 900 тысяч рублей, и шхуна с экипажем из четырёх человек "
        "отпущена, сообщили в суде.",
        "Суд назначил штраф по статье о нарушении правил рыболовства.",
        "Представитель капитана от комментариев отказался.",
        "Шхуна была задержана в порту Находки за нарушение таможенных правил.",
        when=WHEN,
    )
    assert judge.assess(article).decision != "new_development"


NOTICE = (
    "en",
    "Second Russian warning moves naval drills to Iturup's bay, May 26-29",
    "Mariners have been warned to keep out of a bay on Iturup from May 26 to May 29 for naval "
    "firing practice, according to a new Russian navigational warning.",
    "Japan lodged a protest.",
)
NOTICE_AGAIN = (
    "ru",
    "Новый НАВИП: залив у Итурупа закроют с 26 по 29 мая",
    "Гидрографическая служба флота опубликовала новое навигационное предупреждение: с 26 по "
    "29 мая район в заливе у Итурупа будет закрыт для плавания.",
    "Подробности не приводятся.",
)


def test_another_report_of_a_notice_joins_it_whatever_it_was_read_as(judge: Judge) -> None:
    when = dt.datetime(2026, 5, 20, 6, 0, tzinfo=dt.UTC)
    first = page(NOTICE[0], *NOTICE[1:], when=when)
    assessment = judge.assess(first)
    assert assessment.decision == "new_development", assessment.reason
    learned = judge.with_knowledge(learn_from(assessment, first, 1, judge.knowledge))
    again = learned.assess(
        page(NOTICE_AGAIN[0], *NOTICE_AGAIN[1:], when=when + dt.timedelta(hours=5))
    )
    assert again.decision in ("same_development", "restatement"), again.reason
