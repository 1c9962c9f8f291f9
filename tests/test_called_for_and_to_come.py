"""What is called for, what is to come and what was settled before are not reported as
done: "I strongly call on the Russian side to allow grave visits to resume", an election
prepared for, visits that "will go ahead as agreed". Pages written for these tests,
decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)
CLOSING = {
    "en": "Officials gave no further details.",
    "ru": "Подробности не сообщаются.",
    "ja": "詳しい日程は明らかにしていない。",
}

CALLED_FOR = {
    "en": (
        "Kamikawa presses Moscow on grave visits to the islands",
        # speech given without quotation marks, as wire copy often gives it
        "I strongly call on the Russian side to allow grave visits to resume as soon as "
        "possible, Foreign Minister Yoko Kamikawa said at a news conference on Tuesday.",
    ),
    "ru": (
        "Глава МИД Японии вновь поднял вопрос о посещении могил",
        "«Я настоятельно призываю российскую сторону как можно скорее разрешить возобновить "
        "посещение могил на островах», — заявил министр иностранных дел Японии.",
    ),
    "ja": (
        "外相、墓参再開をロシアに要求",
        "外相は記者会見で「元島民の墓参の一日も早い再開を、ロシア側に強く求めたい」と述べた。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_call_to_allow_visits_again_moves_nothing(judge: Judge, lang: str) -> None:
    title, lead = CALLED_FOR[lang]
    article = page(lang, title, lead, CLOSING[lang], when=WHEN)
    moved = [(c.text, c.changes) for c in judge.read(article).claims if c.changes]
    assert not moved
    assessment = judge.assess(article)
    assert not assessment.changes, [(c.status_id, c.new.state) for c in assessment.changes]
    assert not assessment.alerts, assessment.reason


TO_COME = {
    "en": (
        "Prime minister promises continuity on the Kurils",
        "The prime minister promised continuity on the Kuril Islands in a speech to "
        "parliament on Friday, as he prepares for a general election at the end of the month.",
    ),
    "ru": (
        "Премьер Японии пообещал преемственность по Курилам",
        "Премьер-министр Японии в преддверии всеобщих выборов пообещал сохранить курс по "
        "Курильским островам.",
    ),
    "ja": (
        "首相、北方領土で方針継続を表明",
        "首相は衆院選を控え、北方領土問題を解決して平和条約を締結する方針に変わりはないと述べた。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_an_election_to_come_is_no_vote_held(judge: Judge, lang: str) -> None:
    title, lead = TO_COME[lang]
    article = page(lang, title, lead, CLOSING[lang], when=WHEN)
    assert not any(c.reports_event and "vote" in c.events for c in judge.read(article).claims), [
        (c.text, c.events) for c in judge.read(article).claims
    ]
    assert not judge.assess(article).alerts


AS_AGREED = {
    "en": (
        "Former islanders' visits to go ahead as agreed, consul says",
        "Visits by former residents to the islands this summer will go ahead as agreed, "
        "Russia's consul general in Sapporo said on Tuesday.",
    ),
    "ru": (
        "Генконсул: поездки бывших жителей пройдут по графику",
        "Поездки бывших жителей на острова этим летом пройдут, как и было договорено, "
        "заявил генеральный консул России в Саппоро.",
    ),
    "ja": (
        "元島民の訪問、合意通り実施へ　ロシア総領事",
        "ロシアの在札幌総領事は、元島民による今夏の島への訪問は合意通り実施されるとの見通しを示した。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_what_was_agreed_before_is_referred_to_not_reported(judge: Judge, lang: str) -> None:
    title, lead = AS_AGREED[lang]
    article = page(lang, title, lead, CLOSING[lang], when=WHEN)
    reported = [c for c in judge.read(article).claims if c.reports_event]
    assert not reported, [(c.text, c.events) for c in reported]
    assert not judge.assess(article).alerts
