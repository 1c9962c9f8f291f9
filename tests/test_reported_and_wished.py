"""What a report says is the report's word ("a report that Russia had agreed to restart…",
«сообщения о том, что…», 「…で合意したとの報道」), unless the writer confirms it; and a
wish reaches past an "and" inside its object ("urged Moscow to allow grave visits and
other exchanges to resume")."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import lead_claim

from monitor.core.assertion import assertion
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 5, 12, 9, 0, tzinfo=dt.UTC)
HEADLINE = {
    "en": "Former islanders in Nemuro look to the summer",
    "ru": "Бывшие жители островов ждут лета",
    "ja": "元島民ら、夏の渡航に思い",
}
CLOSING = {
    "en": "City officials said they had received no word from the government.",
    "ru": "В администрации города сказали, что официальных уведомлений не получали.",
    "ja": "市の担当者は「政府から連絡は受けていない」と話している。",
}


def _moves(judge: Judge, lang: str, sentence: str) -> tuple[tuple[str, str], ...]:
    return lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN).changes


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "A report in a Sapporo paper on Friday that Tokyo and Moscow had agreed to restart "
            "visa-free exchanges next spring lifted spirits among teachers.",
        ),
        (
            "en",
            "Teachers were cautious amid fresh reports that Russia had agreed to resume "
            "visa-free exchanges with Japan.",
        ),
        (
            "ru",
            "Публикация токийской газеты о том, что Москва и Токио договорились возобновить "
            "безвизовые обмены, обрадовала учителей.",
        ),
        (
            "ru",
            "В городе обсуждают слухи, что Россия согласилась возобновить безвизовые обмены "
            "с Японией.",
        ),
        (
            "ja",
            "日ロ両政府が来春からビザなし交流を再開することで合意したとの一部報道を受け、"
            "教員らの間に期待が広がった。",
        ),
    ],
)
def test_what_a_report_says_moves_nothing(judge: Judge, lang: str, sentence: str) -> None:
    assert _moves(judge, lang, sentence) == ()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The foreign ministry confirmed reports that Russia had agreed to restart visa-free "
            "exchanges with Japan.",
        ),
        ("en", "Kyodo reports that Russia has agreed to restart visa-free exchanges with Japan."),
        (
            "ru",
            "В МИД подтвердили сообщения о том, что Россия согласилась возобновить безвизовые "
            "обмены с Японией.",
        ),
        ("ja", "日ロ両政府がビザなし交流の再開で合意したとの報道を、外務省が事実と認めた。"),
    ],
)
def test_a_report_confirmed_or_attributed_still_moves(
    judge: Judge, lang: str, sentence: str
) -> None:
    assert _moves(judge, lang, sentence) == (("visa-free-exchanges", "resume"),)


def test_the_report_noun_is_read_at_the_trigger() -> None:
    text = "a report that russia had agreed to restart visa-free exchanges raised hopes."
    at = text.index("restart")
    assert assertion(text, "en", at, at + len("restart")).why == "reported"
    said = "kyodo reports that russia has agreed to restart visa-free exchanges."
    at = said.index("restart")
    assert assertion(said, "en", at, at + len("restart")).asserted


@pytest.mark.parametrize(
    "sentence",
    [
        "The resolution urges the government to demand that Russia allow grave visits and "
        "other exchanges for former residents to resume as soon as possible.",
        "The governor asked Moscow to let former residents and their children resume grave "
        "visits this summer.",
    ],
)
def test_a_wish_reaches_past_and_within_its_object(judge: Judge, sentence: str) -> None:
    assert _moves(judge, "en", sentence) == ()


def test_a_clause_of_saying_after_the_matter_has_its_own_subject(judge: Judge) -> None:
    """ "…welcomes the move on former islanders' visits, says wider exchanges stay frozen":
    what stays frozen is the exchanges, the subject after "says", not the visits."""
    sentence = (
        "The governor welcomed the decision on former islanders' visits, but said broader "
        "contacts remain frozen."
    )
    assert _moves(judge, "en", sentence) == ()
    assert _moves(judge, "en", "The governor said former islanders' visits remain frozen.") == (
        ("former-residents-visits", "halt"),
    )
