"""Talks whose agenda holds a tracked matter are that matter's talks: held for the first
time since the break, they resume it, though the matter is named in another phrase
(「局長級協議　平和条約問題も議題に」, «консультации, в повестке которых был мирный договор»).
A matter kept off the agenda, or only expected on it, moves nothing. Sentences and
headlines written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import lead_claim, moves, page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 10, 20, 6, 0, tzinfo=dt.UTC)
TALKS = "peace-treaty-talks"
HEADLINE = {"en": "Diplomats meet", "ru": "Дипломаты встретились", "ja": "外交当局が会合"}
CLOSING = {
    "en": "No date was set for another meeting.",
    "ru": "Дата следующей встречи не названа.",
    "ja": "次回の日程は決まっていない。",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "Россия и Япония впервые с 2022 года провели в Баку консультации, в повестке "
            "которых был мирный договор.",
        ),
        (
            "ru",
            "Заместители министров впервые с 2022 года провели консультации; в повестке дня "
            "стоял и мирный договор.",
        ),
        (
            "ja",
            "日ロ両政府は19日、22年以来初めてとなる審議官級協議をバクーで開き、平和条約問題も"
            "議題となった。",
        ),
    ],
)
def test_first_talks_with_the_treaty_on_their_agenda_resume_the_treaty_talks(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    assert (TALKS, "resume") in claim.changes


def test_a_japanese_headline_that_puts_the_treaty_on_the_talks_agenda(judge: Judge) -> None:
    article = page(
        "ja",
        "日ロ、バクーで審議官級協議　平和条約問題も議題に　22年の交渉中断後初",
        "外務省は20日、日本とロシアの外務当局による審議官級協議が19日、アゼルバイジャンの首都"
        "バクーで開かれたと発表した。",
        when=WHEN,
    )
    assert (TALKS, "resumed") in moves(judge, article)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "Россия и Япония впервые с 2022 года провели консультации, но тема мирного "
            "договора в повестку не включалась.",
        ),
        (
            "ru",
            "Россия и Япония впервые с 2022 года провели консультации; мирный договор в "
            "повестке не стоял.",
        ),
        (
            "ja",
            "日ロ両政府は19日、22年以来初の審議官級協議を開いたが、平和条約問題は議題に"
            "ならなかった。",
        ),
        (
            "ja",
            "日ロ両政府は19日、22年以来初の審議官級協議を開き、平和条約問題も今後議題に"
            "上る見通しだ。",
        ),
    ],
)
def test_a_treaty_kept_off_the_agenda_or_only_expected_on_it_moves_nothing(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    assert claim.changes == ()
    assert "talks" in claim.events  # the talks themselves were held
