"""A future act named with its day is a decision announced, in every language ("will hold
drills on May 20-24", «проведёт стрельбы 20–24 мая», 「5月20～24日に射撃訓練を行う」);
the same act hedged ("possibly", «возможно», «скорее всего», 可能性がある) is a prospect.
Sentences written for these tests, shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 5, 8, 7, 0, tzinfo=dt.UTC)
CLOSING = {
    "en": "Officials gave no more details on the matter.",
    "ru": "Подробности пока не сообщаются официальными лицами.",
    "ja": "詳しい内容は明らかにしていない。",
}
TITLE = {"en": "News from the region", "ru": "Новости региона", "ja": "地域のニュース"}

DATED = {
    "en": "Russia's Pacific Fleet will hold live-fire drills off Kunashir on May 20-24.",
    "ru": "Тихоокеанский флот проведёт артиллерийские стрельбы у Кунашира 20–24 мая.",
    "ja": "ロシア太平洋艦隊は5月20～24日に国後島周辺で射撃訓練を行う。",
}
HEDGED = {
    "en": "Russia will possibly resume visa-free exchanges with Japan on May 12, a source said.",
    "ru": "Россия, возможно, возобновит безвизовые обмены с Японией с 12 мая, сообщил источник.",
    "ru-2": "Россия, скорее всего, возобновит безвизовые обмены с Японией 12 мая, сообщил "
    "источник.",
    "ja": "ロシアは5月12日にもビザなし交流を再開する可能性がある。",
}


def _assess(judge: Judge, key: str, sentence: str) -> str:
    lang = key.split("-")[0]
    return judge.assess(page(lang, TITLE[lang], sentence, CLOSING[lang], when=WHEN)).decision


@pytest.mark.parametrize("lang", sorted(DATED))
def test_a_future_act_with_its_days_is_announced(judge: Judge, lang: str) -> None:
    assert _assess(judge, lang, DATED[lang]) == "new_development"


@pytest.mark.parametrize("key", sorted(HEDGED))
def test_a_hedged_future_act_is_a_prospect(judge: Judge, key: str) -> None:
    assert _assess(judge, key, HEDGED[key]) == "restatement"


def test_a_seasons_sailings_opened_as_every_year_are_no_news(judge: Judge) -> None:
    """The summer navigation opened on its day is the islands' yearly routine."""
    article = page(
        "ru",
        "Теплоход «Игорь Фархутдинов» откроет летнюю навигацию на Южные Курилы 1 июля",
        "Теплоход «Игорь Фархутдинов» 1 июля выйдет из Корсакова в первый рейс летней "
        "навигации на Южные Курилы, сообщили в судоходной компании.",
        CLOSING["ru"],
        when=WHEN,
    )
    assert judge.assess(article).decision != "new_development"
