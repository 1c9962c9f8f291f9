"""What a sentence names around its news is not news: the act an anniversary counts from
("the 73rd anniversary of the signing", «годовщине подписания», 「署名から73周年」), a
participial phrase's circumstance of someone («посол, находящийся … с рабочим визитом»), the
islands viewed from a place off them (「納沙布岬で北方領土を視察」), a resolution only filed,
and a shrub named after the Kurils. Sentences and pages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import lead_claim, page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 9, 6, 0, tzinfo=dt.UTC)
HEADLINE = {
    "en": "A week of events on the islands",
    "ru": "Неделя событий на островах",
    "ja": "北方領土をめぐる一週間",
}
CLOSING = {
    "en": "Organisers gave no further details.",
    "ru": "Подробности организаторы не сообщили.",
    "ja": "詳細は明らかにされていない。",
}


def _events(judge: Judge, lang: str, sentence: str) -> frozenset[str]:
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    return claim.events if claim.reports_event else frozenset()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Historians met in Yuzhno-Sakhalinsk on Monday to mark the 75th anniversary of "
            "the signing of the San Francisco peace treaty.",
        ),
        (
            "ru",
            "В Южно-Сахалинске в понедельник прошла конференция, посвящённая 75-й годовщине "
            "подписания Сан-Францисского мирного договора.",
        ),
        ("ru", "В Москве отметили 70-летие подписания Советско-японской декларации."),
        (
            "ja",
            "サンフランシスコ平和条約の署名から75周年を記念するシンポジウムが9日、根室市で開かれた。",
        ),
    ],
)
def test_the_act_an_anniversary_counts_from_is_no_act_of_now(
    judge: Judge, lang: str, sentence: str
) -> None:
    assert "agreement" not in _events(judge, lang, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ja", "日ロ両政府が北方四島周辺の漁業をめぐる協議を再開、3年ぶり。"),
        ("ja", "日ロ両政府は8日、北方四島周辺の漁業協定に署名した。"),
    ],
)
def test_a_span_of_years_after_an_act_is_no_anniversary(
    judge: Judge, lang: str, sentence: str
) -> None:
    """「3年ぶり」 is the first time in three years; a year that dates the act is no count."""
    assert _events(judge, lang, sentence)


def test_a_participial_phrase_tells_someones_circumstance(judge: Judge) -> None:
    sentence = (
        "Посол России в Японии, находящийся на Сахалине с рабочим визитом, ответил на вопросы "
        "нашего издания о мирном договоре."
    )
    assert "visit" not in _events(judge, "ru", sentence)


def test_a_visit_the_sentence_reports_is_a_visit(judge: Judge) -> None:
    """The guard: a visit that is the sentence's own predicate's."""
    sentence = "Посол России в Японии в среду прибыл на Итуруп с рабочим визитом."
    assert "visit" in _events(judge, "ru", sentence)


@pytest.mark.parametrize(
    ("sentence", "visit"),
    [
        ("米国大使が9日、根室市の納沙布岬で北方領土を視察した。", False),
        ("ロシアの副首相が9日、国後島で新しい発電所を視察した。", True),
    ],
)
def test_the_islands_viewed_from_a_place_off_them_are_not_visited(
    judge: Judge, sentence: str, visit: bool
) -> None:
    assert ("visit" in _events(judge, "ja", sentence)) is visit


def test_a_resolution_only_filed_is_no_news(judge: Judge) -> None:
    article = page(
        "en",
        "Senators file resolution backing Japan's claim to the Kuril Islands",
        "Two senators on Tuesday filed a resolution that would recognise Japan's sovereignty "
        "over the four Russian-held islands.",
        "It has been referred to the foreign relations committee.",
        when=WHEN,
    )
    assert not judge.assess(article).alerts


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ru",
            "Ботаники вывели новый сорт курильского чая",
            "Новый сорт курильского чая, выведенный в ботаническом саду Южно-Сахалинска, "
            "внесён в Государственный реестр селекционных достижений.",
        ),
        (
            "en",
            "Botanists register a new variety of Kuril tea",
            "A new variety of Kuril tea bred at the Yuzhno-Sakhalinsk botanical garden has been "
            "entered in the state register of plant varieties.",
        ),
    ],
)
def test_a_shrub_named_after_the_kurils_is_a_look_alike(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    assert not judge.assess(page(lang, title, lead, when=WHEN)).alerts
