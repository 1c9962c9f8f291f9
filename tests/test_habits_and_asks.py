"""What comes round habitually or is any one of its kind ("Tokyo regularly protests any
drills on the islands", «любые учения», 「いかなる軍事演習」) reports no one occurrence; a
visit asked for ("ask Tokyo and Moscow for at least one visit") is not made."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import lead_claim, page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 7, 6, 5, 0, tzinfo=dt.UTC)
HEADLINE = {
    "en": "Nemuro marks a quiet summer on the strait",
    "ru": "На Южных Курилах спокойное лето",
    "ja": "根室、静かな夏の海峡",
}
CLOSING = {
    "en": "The city's fishing cooperative said the season had begun normally.",
    "ru": "В рыболовецких артелях говорят, что путина началась как обычно.",
    "ja": "地元の漁協によると、漁期は例年通り始まったという。",
}


def _reported(judge: Judge, lang: str, sentence: str) -> frozenset[str]:
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    return claim.events if claim.reports_event else frozenset()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Russian troops regularly hold drills on the Kuril Islands, Tokyo says."),
        (
            "en",
            "Moscow says it will answer any deployment of U.S. missiles near the Kuril Islands.",
        ),
        ("ru", "Токио регулярно протестует против военных учений на Курильских островах."),
        ("ru", "Япония болезненно реагирует на любые учения на Итурупе и Кунашире."),
        ("ja", "政府は北方領土でのいかなる軍事演習にも抗議する立場だ。"),
    ],
)
def test_a_habit_or_any_one_of_a_kind_is_no_occurrence(
    judge: Judge, lang: str, sentence: str
) -> None:
    assert _reported(judge, lang, sentence) == frozenset()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Russian troops held live-fire drills on Iturup on Tuesday, the military said."),
        ("ru", "На Итурупе во вторник прошли учения мотострелков, сообщили в округе."),
    ],
)
def test_one_occurrence_is_still_reported(judge: Judge, lang: str, sentence: str) -> None:
    assert "exercise" in _reported(judge, lang, sentence)


def test_a_visit_asked_for_is_not_made(judge: Judge) -> None:
    story = page(
        "en",
        "Former islanders ask Tokyo and Moscow for one more visit to Kunashir this summer",
        "The league of former residents of the four islands off Hokkaido wrote to both "
        "governments on Monday, saying its members had little time left.",
        "Its director said members were ready to travel at a week's notice.",
        when=WHEN,
    )
    found = judge.assess(story)
    assert not found.alerts, found.reason
