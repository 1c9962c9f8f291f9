"""A move recalled or only planned is no move: a Russian noun of change whose predicate
comes late and is negated or a word of planning («Возобновление обменов … не
планируется»), read through the islands' name in the genitive («южных Курил» is no verb);
a permission dated by a month that opens a Japanese sentence (「今年7月には、…認めた」);
and last month's act told three weeks after that month ended. Sentences written for these
tests, shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.knowledge import move_of
from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

VISA_FREE = "visa-free-exchanges"


def _moves(judge: Judge, lang: str, title: str, lead: str, closing: str, when: dt.datetime):
    assessment = judge.assess(page(lang, title, lead, closing, when=when))
    return [(c.status_id, move_of(c.new.state)) for c in assessment.changes]


RU_TITLE = "Консул рассказал о поездках японцев на острова"
RU_CLOSING = "Других подробностей консул не привёл."
NOV = dt.datetime(2026, 11, 20, 6, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "lead",
    [
        "Возобновление безвизовых обменов между жителями южных Курил и японскими гражданами "
        "в ближайшие годы не планируется, заявил генеральный консул России.",
        "Возобновление безвизовых обменов между жителями южных Курил и японскими гражданами "
        "пока только планируется, заявил генеральный консул России.",
    ],
)
def test_a_russian_move_negated_or_planned_late_in_its_sentence_is_none(
    judge: Judge, lead: str
) -> None:
    assert _moves(judge, "ru", RU_TITLE, lead, RU_CLOSING, NOV) == []


def test_a_russian_move_told_beside_the_islands_name_still_moves(judge: Judge) -> None:
    lead = (
        "Россия возобновила безвизовые обмены между жителями южных Курил и японскими "
        "гражданами, заявил генеральный консул России."
    )
    assert _moves(judge, "ru", RU_TITLE, lead, RU_CLOSING, NOV) == [(VISA_FREE, "resume")]


JA_TITLE = "政府、来夏の交流実現へロシアに働きかけ"
JA_CLOSING = "外務省幹部は「ボールはロシア側にある」と話す。"
JA_ONCE = (
    "{month}、色丹島に落ちた観測機器の回収班5人について、ロシア側がビザなしの方式での入域を"
    "「今回限り」認めた。"
)


def test_a_japanese_permission_dated_by_an_opening_month_is_recalled(judge: Judge) -> None:
    lead = JA_ONCE.format(month="今年7月には")
    assert _moves(judge, "ja", JA_TITLE, lead, JA_CLOSING, NOV) == []


def test_the_same_permission_told_in_its_month_is_a_move(judge: Judge) -> None:
    lead = JA_ONCE.format(month="今月には")
    july = dt.datetime(2026, 7, 20, 6, 0, tzinfo=dt.UTC)
    assert _moves(judge, "ja", JA_TITLE, lead, JA_CLOSING, july) == [(VISA_FREE, "once")]


RU_ONCE = (
    "В июне Россия в порядке исключения разрешила безвизовую поездку японских школьников на "
    "Кунашир для участия в турнире."
)


@pytest.mark.parametrize(
    ("day", "moved"),
    [(3, [(VISA_FREE, "once")]), (25, [])],
)
def test_last_months_act_is_background_three_weeks_after_it(
    judge: Judge, day: int, moved: list
) -> None:
    when = dt.datetime(2026, 7, day, 6, 0, tzinfo=dt.UTC)
    assert (
        _moves(judge, "ru", "Школьники готовятся к поездке на Кунашир", RU_ONCE, RU_CLOSING, when)
        == moved
    )


def test_the_move_a_matter_made_told_in_its_month_is_recalled(judge: Judge) -> None:
    """Russia allowed a one-time grave visit in June; a July report that tells of June's
    permission repeats it (the month it names is the month the move was learned)."""
    june = dt.datetime(2026, 6, 2, 7, 0, tzinfo=dt.UTC)
    once = page(
        "en",
        "Russia to allow former islanders a one-time visit to family graves on Kunashir",
        "Moscow will let a group of former Japanese residents make a one-time visit to family "
        "graves on Kunashir in August, Japan's Foreign Ministry said on Tuesday.",
        "The ministry said the trip did not mean that the visits had resumed.",
        when=june,
    )
    first = judge.assess(once)
    assert [move_of(c.new.state) for c in first.changes] == ["once"]
    learned = judge.with_knowledge(learn_from(first, once, 1, judge.knowledge))
    july = dt.datetime(2026, 7, 10, 7, 0, tzinfo=dt.UTC)
    lead = (
        "В июне Россия в порядке исключения разрешила бывшим японским жителям однократно "
        "посетить могилы родственников на Кунашире."
    )
    later = learned.assess(
        page("ru", "Бывшие жители готовятся к поездке на Кунашир", lead, RU_CLOSING, when=july)
    )
    assert [move_of(c.new.state) for c in later.changes] == [], later.reason
