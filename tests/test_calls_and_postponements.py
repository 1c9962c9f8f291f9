"""Talks held by video or by a call are talks ("held a video call", «по видеосвязи»,
「テレビ会議」); a Japanese word of putting off puts off its own object, not the talks a
headline's other phrase reports (「オンライン協議　定例化は見送り」); talks under a
headline of the two countries' officials, which the lead calls the first since a break, are
news with no island named. Pages and sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import lead_claim, page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 11, 27, 6, 0, tzinfo=dt.UTC)
HEADLINE = {
    "en": "Fisheries officials compare notes",
    "ru": "Рыбаки и пограничники сверили данные",
    "ja": "漁業当局の動き",
}
CLOSING = {
    "en": "The agency gave no further details.",
    "ru": "Подробности не сообщаются.",
    "ja": "詳細は明らかにされていない。",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Japanese and Russian fisheries officials held a video call on Wednesday on crab "
            "poaching around Shikotan.",
        ),
        (
            "en",
            "Japan and Russia coast guard officials hold first call on poaching off Shikotan "
            "since 2022.",
        ),
        (
            "ru",
            "Японские и российские пограничники в среду провели переговоры по видеосвязи о "
            "браконьерском промысле краба у Шикотана.",
        ),
        ("ja", "日ロの漁業当局は26日、色丹島周辺のカニ密漁対策をめぐりテレビ会議を開いた。"),
    ],
)
def test_talks_by_video_or_by_a_call_are_talks(judge: Judge, lang: str, sentence: str) -> None:
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    assert "talks" in claim.events
    assert claim.reports_event


def test_a_japanese_headline_that_puts_off_something_else_reports_its_talks(
    judge: Judge,
) -> None:
    """「定例化は見送り」 puts off making the talks regular; the talks were held."""
    article = page(
        "ja",
        "色丹島周辺の密漁対策、日ロ当局がオンライン協議　侵攻後初　定例化は見送り",
        "色丹島周辺の水域で獲られたカニの密漁対策を巡り、水産庁とロシア側の担当者が26日、"
        "オンラインで協議した。",
        when=WHEN,
    )
    title = judge.read(article).claims[0]
    assert "talks" in title.events
    assert not title.negated
    assert judge.assess(article).decision == "new_development"


@pytest.mark.parametrize(
    "headline",
    ["色丹島周辺の密漁対策、日ロ当局の協議は延期", "色丹島周辺の密漁対策、日ロ当局は協議を見送り"],
)
def test_talks_put_off_in_a_japanese_headline_are_not_held(judge: Judge, headline: str) -> None:
    article = page("ja", headline, "水産庁によると、新たな日程は決まっていない。", when=WHEN)
    assert not judge.assess(article).alerts


def test_talks_the_lead_calls_the_first_since_a_break_under_a_bilateral_headline(
    judge: Judge,
) -> None:
    """No island in the headline ("disputed islets" names no island of the dispute by
    itself), nor in the sentence of the talks; the lead's talks, the first since 2022, are
    the headline's."""
    article = page(
        "en",
        "Japan, Russia fisheries officials hold rare call on crab poaching off disputed islets",
        "A ninety-minute video link on crab is the first contact of its kind since 2022.",
        "The waters around Shikotan and the Habomai islets are a hot spot of crab poaching.",
        when=WHEN,
    )
    assessment = judge.assess(article)
    assert assessment.decision == "new_development", assessment.reason
    assert "talks" in assessment.reason
