"""A matter allowed once whose trip is then put off with no new date ("the visit was
postponed", "not cancelled but postponed", «поездку перенесли», 「墓参を延期」) is put
off: the one-off permission taken back for now, a move of its own. Put off to a named
time, the permission stands; a postponement of a matter not allowed once moves nothing;
and "not X but Y" leaves Y asserted. Pages written for these tests, shipped rules and
seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.knowledge import move_of
from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 6, 2, 7, 0, tzinfo=dt.UTC)
LATER = WHEN + dt.timedelta(days=40)
VISITS = "former-residents-visits"

ONCE = (
    "Russia to allow former islanders a one-time visit to family graves on Kunashir",
    "Moscow will let a group of former Japanese residents make a one-time visit to family "
    "graves on Kunashir in August, Japan's Foreign Ministry said on Tuesday.",
    "The ministry said the trip did not mean that the visits had resumed.",
)

PUT_OFF = {
    "en": (
        "Russia puts off former islanders' grave visit to Kunashir, gives no new date",
        "Russia has postponed the one-time visit by former Japanese residents to family "
        "graves on Kunashir that it had allowed for August, Japan's Foreign Ministry said.",
        "Former residents in Nemuro said they were disappointed.",
    ),
    "en-contrast": (
        "Moscow comments on the trip of former islanders",
        "The Russian Foreign Ministry said on Wednesday that the grave visit to Kunashir "
        "had not been cancelled but postponed for technical reasons.",
        "Tokyo said it regretted the decision.",
    ),
    "ru": (
        "Поездку бывших японских жителей на Кунашир перенесли",
        "Российская сторона перенесла намеченную на конец августа поездку бывших японских "
        "жителей на Кунашир для посещения могил предков, сообщил МИД Японии.",
        "В Токио выразили сожаление.",
    ),
    "ru-contrast": (
        "В МИД России высказались о поездке японцев",
        "Посещение могил бывшими японскими жителями на Кунашире, которое планировалось на "
        "конец августа, не отменено, а перенесено по техническим причинам, заявили в МИД.",
        "В Токио выразили сожаление.",
    ),
    "ja": (
        "ロシア、元島民の国後島墓参を延期　新たな日程示さず",
        "ロシア政府は、例外として8月に認めていた元島民による国後島での墓参について、"
        "技術的な理由で延期すると日本側に通告した。",
        "根室市の元島民からは落胆の声が上がった。",
    ),
}

PUT_OFF_TO_A_DATE = {
    "en": (
        "Grave visit to Kunashir moved",
        "Russia has postponed the one-time grave visit by former Japanese islanders to "
        "Kunashir to September 12, Japan's Foreign Ministry said on Friday.",
        "The ministry gave no reason.",
    ),
    "ru": (
        "Поездку японцев на Кунашир перенесли на сентябрь",
        "Российская сторона перенесла поездку бывших японских жителей на Кунашир для "
        "посещения могил на 12 сентября, сообщил МИД Японии.",
        "Группа отправится на судне.",
    ),
    "ja": (
        "国後島墓参、9月に延期　ロシアが通告",
        "ロシア政府は、例外として認めていた元島民による国後島での墓参を9月12日に延期すると"
        "日本側に通告した。",
        "一行は12人の予定だ。",
    ),
}


def _after_once(judge: Judge) -> Judge:
    once = page("en", *ONCE, when=WHEN)
    first = judge.assess(once)
    assert [move_of(c.new.state) for c in first.changes] == ["once"]
    return judge.with_knowledge(learn_from(first, once, 1, judge.knowledge))


def _moves(judge: Judge, key: str, pages: dict[str, tuple[str, str, str]]) -> list:
    lang = key.split("-")[0]
    assessment = judge.assess(page(lang, *pages[key], when=LATER))
    return [(c.status_id, move_of(c.new.state)) for c in assessment.changes]


@pytest.mark.parametrize("key", sorted(PUT_OFF))
def test_a_trip_allowed_once_put_off_with_no_date_is_put_off(judge: Judge, key: str) -> None:
    assert _moves(_after_once(judge), key, PUT_OFF) == [(VISITS, "putoff")]


@pytest.mark.parametrize("key", sorted(PUT_OFF_TO_A_DATE))
def test_a_trip_put_off_to_a_named_date_keeps_its_permission(judge: Judge, key: str) -> None:
    assert _moves(_after_once(judge), key, PUT_OFF_TO_A_DATE) == []


@pytest.mark.parametrize("key", sorted(PUT_OFF))
def test_a_postponement_of_a_matter_not_allowed_once_moves_nothing(judge: Judge, key: str) -> None:
    assert _moves(judge, key, PUT_OFF) == []


def test_put_off_keeps_the_matter_halted_and_a_later_resumption_is_news(judge: Judge) -> None:
    after = _after_once(judge)
    put_off = page("en", *PUT_OFF["en"], when=LATER)
    assessment = after.assess(put_off)
    learned = learn_from(assessment, put_off, 2, after.knowledge)
    assert learned.statuses[VISITS].active is False
    resumed = page(
        "en",
        "Russia and Japan agree to resume grave visits by former islanders",
        "Russia and Japan agreed on Tuesday to resume regular grave visits by former "
        "residents of the islands, suspended since 2022, the two foreign ministries said.",
        "The first group is expected to travel in September.",
        when=LATER + dt.timedelta(days=200),
    )
    later = after.with_knowledge(learned).assess(resumed)
    assert [move_of(c.new.state) for c in later.changes] == ["resume"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has not cancelled the grave visits but suspended them for the season.",
        "The Foreign Ministry said the visa-free exchanges were not ended, rather halted for now.",
    ],
)
def test_not_x_but_y_asserts_y(judge: Judge, sentence: str) -> None:
    """The negation before "but" or "rather" does not reach what stands after it."""
    claims = judge.read(
        page("en", "Moscow on the visits", sentence, "No more was said.", when=WHEN)
    ).claims
    assert any(d == "halt" for c in claims for _, d in c.changes), [c.changes for c in claims]


def test_a_postponement_told_as_going_on_puts_off_nothing(judge: Judge) -> None:
    """「今夏も実施できず」, "again this year": what goes on is no permission taken back."""
    after = _after_once(judge)
    article = page(
        "en",
        "Grave visits to the islands postponed again this year",
        "Former residents' grave visits to Kunashir have been postponed again this year, "
        "the league of former islanders said on Monday.",
        "The league said it would keep asking.",
        when=LATER,
    )
    assert [move_of(c.new.state) for c in after.assess(article).changes] == []
