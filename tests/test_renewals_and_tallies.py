"""Decisions on pages written for these tests, on what the sixth blind round showed
misread: a permission not renewed (the refusal is the act), a count of visitors (a
statistic, not a visit), a condition laid before a move ("before any return"), and a span
of time that ends (no act)."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.models import Article
from monitor.core.novelty import Judge
from monitor.core.sentence_reading import ClaimReading
from monitor.core.text import split_sentences

WHEN = dt.datetime(2026, 9, 3, 8, 0, tzinfo=dt.UTC)


def _page(lang: str, title: str, *paragraphs: str) -> Article:
    return page(lang, title, *paragraphs, when=WHEN)


def _lead(judge: Judge, a: Article) -> ClaimReading:
    return next(c for c in judge.read(a, brief=True).claims if c.reading.sentence.index == 1)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Moscow ends Rausu boat trial",
            "Russia will not renew the permission for Japanese tour boats from Rausu to enter "
            "the waters off Kunashir next season, the foreign ministry said on Monday.",
        ),
        (
            "ru",
            "Россия не продлит разрешение японским катерам",
            "МИД России сообщил в понедельник, что Россия не продлит разрешение японским "
            "туристическим катерам из Раусу заходить в воды у Кунашира.",
        ),
        (
            "ja",
            "国後島側への観光船運航、ロシアが延長認めず",
            "ロシア外務省は2日、羅臼の観光船が国後島側の海域に入ることを認めた措置を延長しないと"
            "日本側に通知した。",
        ),
    ],
)
def test_a_permission_not_renewed_is_an_act(judge: Judge, lang: str, title: str, lead: str) -> None:
    """ "will not renew", «не продлит», 「延長しない」: the refusal to renew a permission
    limited in time stops it; it is read as a halt (news when it undoes what an earlier
    alert reported), not as a negated event."""
    claim = _lead(judge, _page(lang, title, lead))
    assert "reversal" in claim.events
    assert claim.reports_event
    assert not claim.negated


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Tourism to the southern Kurils up a fifth",
            "Some 9,300 tourists visited Iturup and Kunashir between January and June, a fifth "
            "more than a year earlier, the Sakhalin tourism ministry said.",
        ),
        (
            "ru",
            "Турпоток на южные Курилы вырос на пятую часть",
            "С января по июнь Итуруп и Кунашир посетили 9,3 тыс. туристов — на пятую часть "
            "больше, чем годом ранее, сообщили в министерстве туризма Сахалинской области.",
        ),
        (
            "ja",
            "国後・択捉の観光客、上半期に2割増",
            "サハリン州観光省によると、1～6月に択捉島と国後島を訪れた観光客は約1万人で、前年同期"
            "より2割増えた。",
        ),
    ],
)
def test_a_count_of_visitors_is_no_visit(judge: Judge, lang: str, title: str, lead: str) -> None:
    """A count of tourists who went to the islands is a statistic: no visit is
    reported."""
    assessment = judge.assess(_page(lang, title, lead))
    assert assessment.decision != "new_development", assessment.reason


def test_a_count_of_visitors_is_one_sentence() -> None:
    """«7,4 тыс. туристов»: a number's abbreviation ends no sentence."""
    parts = split_sentences(
        "С января по июнь острова посетили 7,4 тыс. туристов. Главное ограничение — "
        "нехватка мест в гостиницах."
    )
    assert parts[0] == "С января по июнь острова посетили 7,4 тыс. туристов."
    assert len(parts) == 2


def test_a_condition_laid_before_a_move(judge: Judge) -> None:
    """ "Tokyo must drop its course before any return to treaty talks": the talks are the
    condition's object, not held."""
    a = _page(
        "en",
        "Russian diplomat says Tokyo must end sanctions before any return to peace treaty talks",
        "A senior Russian diplomat said on Monday that Japan would first have to lift its "
        "sanctions, and that Moscow saw no grounds for dialogue for now.",
    )
    assessment = judge.assess(a)
    assert assessment.decision != "new_development", assessment.reason


def test_a_span_of_time_that_ends_is_no_act(judge: Judge) -> None:
    """ "the season on the Kunashir side ends": time passing, not a halt; the same verb
    with an arrangement as its subject is one."""
    season = _lead(
        judge,
        _page(
            "en",
            "Rausu boats wrap up their summer",
            "The Japanese whale-watching season on the Kunashir side ends on Sunday with 200 trips "
            "made, the Rausu tourism association said.",
        ),
    )
    assert "reversal" not in season.events
    arrangement = _lead(
        judge,
        _page(
            "en",
            "Rausu boats wrap up their summer",
            "Russia ends the arrangement letting Rausu boats sail to the Kunashir side, the "
            "Rausu tourism association said on Sunday.",
        ),
    )
    assert "reversal" in arrangement.events
