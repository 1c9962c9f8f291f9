"""Notices of drills that name the days they close an area for: a later notice naming other
days is a development of its own, in any language, while another report of the same notice
(the same days) joins the first alert. The days are read from the headline and lead, in
each language's way of writing a span. Pages written for these tests, shipped rules and
seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.grouping import days_named
from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 5, 8, 7, 0, tzinfo=dt.UTC)

FIRST = (
    "ru",
    "Флот закрыл пролив у Кунашира для артиллерийских стрельб с 12 по 16 мая",
    "Тихоокеанский флот проведёт артиллерийские стрельбы в проливе Екатерины у Кунашира "
    "с 12 по 16 мая, говорится в навигационном предупреждении.",
    "Япония заявила протест.",
)
SAME_DAYS = (
    "en",
    "Russia to hold live-fire drills near Kunashir on May 12-16",
    "Russia's Pacific Fleet will hold live-fire drills in the Yekaterina Strait off Kunashir "
    "from May 12 to 16, according to a navigational warning.",
    "Tokyo lodged a protest.",
)
OTHER_DAYS = {
    "en": (
        "Russia announces more live-fire drills off Kunashir, on May 20-24",
        "Russia's Pacific Fleet will hold further live-fire drills in the Yekaterina Strait off "
        "Kunashir from May 20 to 24, a new navigational warning said.",
        "Japan protested again.",
    ),
    "ru": (
        "Флот снова закрыл пролив у Кунашира — теперь на 20–24 мая",
        "Тихоокеанский флот проведёт новые артиллерийские стрельбы в проливе Екатерины у "
        "Кунашира 20–24 мая, говорится в новом навигационном предупреждении.",
        "Япония вновь заявила протест.",
    ),
    "ja": (
        "国後島周辺でロシア軍が再び射撃訓練　5月20～24日",
        "ロシア太平洋艦隊が5月20日から24日まで、国後島周辺のエカテリーナ海峡で射撃訓練を"
        "行うと新たな航行警報で通知した。",
        "日本政府は再び抗議した。",
    ),
}


def _after_first(judge: Judge) -> Judge:
    first = page(FIRST[0], *FIRST[1:], when=WHEN)
    assessment = judge.assess(first)
    assert assessment.decision == "new_development", assessment.reason
    return judge.with_knowledge(learn_from(assessment, first, 1, judge.knowledge))


def test_another_report_of_the_same_notice_joins_it(judge: Judge) -> None:
    later = _after_first(judge).assess(
        page(SAME_DAYS[0], *SAME_DAYS[1:], when=WHEN + dt.timedelta(days=1))
    )
    assert later.decision == "same_development", later.reason


@pytest.mark.parametrize("lang", sorted(OTHER_DAYS))
def test_a_notice_naming_other_days_is_news(judge: Judge, lang: str) -> None:
    later = _after_first(judge).assess(
        page(lang, *OTHER_DAYS[lang], when=WHEN + dt.timedelta(days=3))
    )
    assert later.decision == "new_development", later.reason


@pytest.mark.parametrize(
    ("lang", "text", "first", "last"),
    [
        ("en", "drills from May 12 to 16, announced on May 3", "2026-05-12", "2026-05-16"),
        ("en", "closed on 12-16 May", "2026-05-12", "2026-05-16"),
        ("ru", "с 12 по 16 мая", "2026-05-12", "2026-05-16"),
        ("ru", "20–24 мая", "2026-05-20", "2026-05-24"),
        ("ja", "5月12日から16日まで", "2026-05-12", "2026-05-16"),
        ("ja", "5月20～24日に", "2026-05-20", "2026-05-24"),
        ("ja", "12月3日に", "2026-12-03", "2026-12-03"),
    ],
)
def test_days_named_ahead(lang: str, text: str, first: str, last: str) -> None:
    days = sorted(days_named([text], lang, WHEN))
    assert (days[0], days[-1]) == (first, last)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "announced on May 3"),
        ("ru", "объявили 2 мая"),
        ("ja", "5月に"),
        ("en", "in May"),
        ("en", "notified Japan on May 8"),
    ],
)
def test_days_gone_by_or_no_day_are_not_named(lang: str, text: str) -> None:
    assert days_named([text], lang, WHEN) == frozenset()
