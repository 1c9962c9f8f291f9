"""Forces taken off the islands are news as their coming was: launchers pulled off an
island, a division redeployed to Sakhalin (en, ru, ja); a demand that they leave, a denial
that they will, or a plan not to are not. Pages written for these tests, decided by the
shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 2, 10, 6, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Russia pulls air defence launchers off Iturup, Tokyo says",
            "Russia has withdrawn the S-300 air defence launchers it deployed on Iturup in "
            "2023, Japan's defence ministry said on Tuesday, citing satellite images.",
        ),
        (
            "ru",
            "Зенитный ракетный полк передислоцирован с Итурупа на Камчатку",
            "Зенитный ракетный полк, с 2023 года дислоцированный на Итурупе, передислоцирован "
            "на Камчатку, сообщили в штабе Восточного военного округа.",
        ),
        (
            "ja",
            "択捉島の地対空ミサイル、発射機を撤収　防衛省が確認",
            "防衛省は10日、ロシア軍が択捉島に配備していた地対空ミサイルの発射機を島外に撤収したことを"
            "確認したと発表した。",
        ),
    ],
)
def test_forces_taken_off_the_islands_are_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assessment = judge.assess(page(lang, headline, sentence, when=WHEN))
    assert assessment.alerts, assessment
    assert "deployment" in assessment.events, assessment


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Tokyo again urges Moscow to withdraw troops from the Northern Territories",
            "Japan's foreign minister again urged Russia to withdraw its troops from the four "
            "islands, calling the military build-up there unacceptable.",
        ),
        (
            "ru",
            "В штабе округа опровергли сообщения о выводе полка с Итурупа",
            "В штабе Восточного военного округа заявили, что зенитный ракетный полк не "
            "выведен с Итурупа и продолжает нести боевое дежурство.",
        ),
        (
            "ja",
            "北方領土の部隊、撤収の予定なし　ロシア国防省",
            "ロシア国防省は、北方領土に配備した部隊を撤収する予定はないと明らかにした。",
        ),
    ],
)
def test_a_withdrawal_asked_denied_or_not_planned_is_no_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assessment = judge.assess(page(lang, headline, sentence, when=WHEN))
    assert not assessment.alerts, assessment
