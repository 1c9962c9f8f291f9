"""What the seventh round's last blind corpus showed misread: two boats seized days apart
off different islands are two developments; a visit never made (「訪問したことはない」), a
visit considered as part of a tour (「視察の一環として検討」) and a visit "not on his
schedule" are no visits."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 1, 27, 3, 0, tzinfo=dt.UTC)

FIRST_SEIZURE = (
    "ja",
    "羅臼の漁船「第7北光丸」拿捕　国後島沖、乗組員4人",
    "北方領土・国後島沖で操業していた羅臼町の漁船「第7北光丸」が26日、ロシア国境警備局に"
    "拿捕された。",
    "乗組員4人はいずれも羅臼町に住む男性で、けがはないという。",
)


@pytest.mark.parametrize(
    ("lang", "title", "lead", "same"),
    [
        # another boat, off another island, three days later: a development of its own
        (
            "ru",
            "У Шикотана задержана вторая за неделю японская шхуна",
            "Пограничники задержали у острова Шикотан японскую шхуну «Сэйко-мару № 3» с "
            "экипажем из шести человек, сообщили в пограничном управлении ФСБ.",
            False,
        ),
        # the same seizure reported in English the next day: the same development
        (
            "en",
            "Russia seizes Japanese fishing boat off Kunashir",
            "Russian border guards seized a Japanese fishing boat with four crew off Kunashir "
            "on Monday, Japan's fisheries agency said.",
            True,
        ),
    ],
)
def test_two_seizures_off_different_islands_are_two_developments(
    judge: Judge, lang: str, title: str, lead: str, same: bool
) -> None:
    first = article(*FIRST_SEIZURE, when=WHEN)
    seized = judge.assess(first)
    assert seized.alerts, seized.reason
    learned = judge.with_knowledge(learn_from(seized, first, 1, judge.knowledge))
    later = learned.assess(article(lang, title, lead, when=WHEN + dt.timedelta(days=3)))
    assert (later.decision == "same_development") is same, later.reason
    if not same:
        assert later.alerts, later.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "プーチン氏、国後島訪問か　露紙報道",
            "プーチン氏は大統領として北方四島を訪問したことはない。",
        ),
        (
            "ja",
            "プーチン氏、国後島訪問か　露紙報道",
            "プーチン氏の国後島訪問は、極東開発の視察の一環として検討されているが、日程は"
            "決まっていないという。",
        ),
        (
            "en",
            "Kremlin says no Kuril trip on Putin's schedule",
            "The Kremlin said on Tuesday that a visit by President Vladimir Putin to the "
            "southern Kuril Islands was not on his schedule.",
        ),
    ],
)
def test_a_visit_never_made_considered_or_not_scheduled_is_no_visit(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    page = article(
        lang,
        title,
        lead,
        "北方領土をめぐる日ロの対話は途絶えたままで、元島民の墓参も再開のめどが立っていない。"
        if lang == "ja"
        else "Dialogue between Tokyo and Moscow on the islands remains frozen.",
        when=WHEN,
    )
    lead_claim = next(c for c in judge.read(page).claims if c.reading.sentence.index == 1)
    assert "visit" in lead_claim.events
    assert not lead_claim.reports_event
