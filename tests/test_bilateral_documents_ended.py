"""A joint statement of the two countries' leaders, or a consultation format between them,
ended by one side is a break of their standing ties, and news, though it names no island
and no treaty; the year that names the document does not date the ending. A joint
statement of Russia with a third country is not. Pages written for these tests, shipped
rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 4, 14, 7, 0, tzinfo=dt.UTC)

ENDED = {
    "en": (
        "Russia scraps 2016 joint statement with Japan",
        "Russia has notified Japan that it regards the 2016 joint statement signed by the two "
        "countries' leaders in Sochi as void, the Russian Foreign Ministry said on Tuesday.",
        "Tokyo called the move regrettable.",
    ),
    "ru": (
        "Россия аннулировала совместное заявление с Японией 2016 года",
        "Россия уведомила Японию, что прекращает действие совместного заявления 2016 года, "
        "подписанного лидерами двух стран в Сочи, сообщили в МИД России во вторник.",
        "В Токио назвали решение прискорбным.",
    ),
    "ja": (
        "ロシア、2016年の日ロ共同声明を破棄と通告",
        "ロシア外務省は、2016年にソチで両国首脳が署名した日ロ共同声明を破棄すると日本側に"
        "通告した。",
        "日本政府は遺憾の意を表明した。",
    ),
}


@pytest.mark.parametrize("lang", sorted(ENDED))
def test_a_joint_statement_of_the_two_ended_is_news(judge: Judge, lang: str) -> None:
    assessment = judge.assess(page(lang, *ENDED[lang], when=WHEN))
    assert assessment.decision == "new_development", assessment.reason


def test_a_joint_statement_with_a_third_country_ended_is_not(judge: Judge) -> None:
    article = page(
        "en",
        "Russia scraps 2016 joint statement with Norway",
        "Russia has notified Norway that it regards the 2016 joint statement on fisheries "
        "signed by the two countries' ministers as void, the Russian Foreign Ministry said.",
        "Oslo called the move regrettable.",
        when=WHEN,
    )
    assert judge.assess(article).decision != "new_development"
