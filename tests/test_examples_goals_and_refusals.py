"""What a sentence names without reporting it: events that are a commentary's examples ("…
and their swift suspension, show how little room is left"), a move named a goal in
quotation marks, what a report said when its confirmation is refused, and acts dated by a
month that opens the sentence. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import lead_claim

from monitor.core.novelty import Judge
from monitor.core.sentence_reading import ClaimReading

WHEN = dt.datetime(2026, 7, 7, 6, 0, tzinfo=dt.UTC)
HEADLINE = {
    "en": "Japan and Russia: where things stand",
    "ru": "Япония и Россия: где мы сейчас",
    "ja": "日ロ関係の現状",
}
CLOSING = {
    "en": "The ministry gave no further details.",
    "ru": "Подробности в министерстве не сообщили.",
    "ja": "詳細は明らかにされていない。",
}


def _claim(judge: Judge, lang: str, sentence: str) -> ClaimReading:
    return lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)


def _reports(claim: ClaimReading) -> bool:
    return bool(claim.changes) or (claim.reports_event and not claim.past)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The short-lived revival of talks on joint economic activity on the islands, and "
            "their abrupt suspension, show how little is left of practical cooperation.",
        ),
        (
            "en",
            "The resumption of consultations on joint economic activity on the islands shows "
            "that both sides still want a channel.",
        ),
        (
            "ru",
            "Недолгое возобновление консультаций по совместной хозяйственной деятельности на "
            "островах и их быстрая приостановка показывают, как мало осталось от "
            "сотрудничества.",
        ),
    ],
)
def test_events_that_a_commentary_names_as_its_examples_are_no_report(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _claim(judge, lang, sentence)
    assert not _reports(claim), (claim.events, claim.changes)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Asked about the former islanders, the prime minister said resuming the grave visits "
            'was "one of the top priorities" in relations with Russia.',
        ),
        (
            "ru",
            "Премьер заявил, что возобновление поездок бывших жителей островов на могилы "
            "родных — «один из главных приоритетов».",
        ),
        ("ja", "首相は、北方墓参の再開は「日ロ関係の最優先事項の一つだ」と述べた。"),
    ],
)
def test_a_move_named_a_goal_in_quotation_marks_moves_nothing(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _claim(judge, lang, sentence)
    assert claim.changes == (), claim.changes


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The foreign minister on Tuesday declined to confirm a media report that Tokyo and "
            "Moscow had resumed consultations on joint economic activity.",
        ),
        (
            "ru",
            "Министр во вторник отказался подтвердить сообщения о том, что Москва и Токио "
            "возобновили консультации о совместной хозяйственной деятельности.",
        ),
        (
            "ja",
            "外相は7日、日ロが共同経済活動に関する協議を再開したとの報道について、確認を避けた。",
        ),
    ],
)
def test_a_report_whose_confirmation_is_refused_stays_the_reports_word(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _claim(judge, lang, sentence)
    assert claim.changes == (), claim.changes


def test_a_confirmed_report_is_the_writers_word(judge: Judge) -> None:
    """The guard beside the refusal: a confirmation given makes the report's content a
    report of the writer's too."""
    claim = _claim(
        judge,
        "en",
        "The foreign ministry on Tuesday confirmed reports that Tokyo and Moscow had resumed "
        "consultations on joint economic activity.",
    )
    assert ("joint-economic-activity", "resume") in claim.changes


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "In March the foreign ministry suspended the consultations and called off a round "
            "planned for April in Tokyo.",
        ),
        (
            "ru",
            "В марте МИД приостановил консультации и отменил раунд, запланированный на апрель "
            "в Токио.",
        ),
    ],
)
def test_a_month_that_opens_the_sentence_dates_each_of_its_clauses(
    judge: Judge, lang: str, sentence: str
) -> None:
    """Published in July: the calling off, in the second clause, was in March too."""
    claim = _claim(judge, lang, sentence)
    assert not _reports(claim), (claim.events, claim.changes)


def test_a_day_of_its_own_in_the_second_clause_is_news(judge: Judge) -> None:
    claim = _claim(
        judge,
        "en",
        "In March the ministry suspended the consultations; on Tuesday it called off the next "
        "round planned for April in Tokyo.",
    )
    assert claim.reports_event
    assert not claim.past
