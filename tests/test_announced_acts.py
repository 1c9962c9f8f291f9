"""An act announced for a later month, and its report when it is done: "a first trip to
Iturup in late July" (an alert), then in July "former residents land on Iturup" — the
same development, though weeks lie between. The months are read from the headline and
the lead, kept with the alert's development in the database, and read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.pages import article

from monitor.core.decision import Routing, decide
from monitor.core.grouping import months_ahead
from monitor.core.learning import learn_from
from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge
from monitor.edges.store import Store
from monitor.stages.pipeline import knowledge_with_history

WHEN = dt.datetime(2026, 5, 19, 6, 0, tzinfo=dt.UTC)
IN_JULY = dt.datetime(2026, 7, 28, 6, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "text", "months"),
    [
        ("en", "The first trip to Iturup is planned for late July.", {"2026-07"}),
        ("en", "Trips in July and in August; talks stopped in March 2022.", {"2026-07", "2026-08"}),
        # the modal "may", a month gone, a month too far ahead
        (
            "en",
            "The group may travel soon; it last went in March, and hopes for next April.",
            set(),
        ),
        (
            "ru",
            "Первая поездка состоится в конце июля, вторая — 20 августа.",
            {"2026-07", "2026-08"},
        ),
        ("ja", "7月下旬に択捉島、8月に国後島を訪れる。3月以来の協議。", {"2026-07", "2026-08"}),
        ("ja", "2027年7月に訪問する。", set()),
        # a later day of the report's own month: 「30日に出発し、31日に…参列する」
        ("ja", "9人が30日に根室港を出発し、31日に式典に参列する。", {"2026-05"}),
        ("ja", "2026年5月19日 10:45", set()),
    ],
)
def test_the_months_a_report_names_ahead(lang: str, text: str, months: set[str]) -> None:
    """A month named without its year, up to six months ahead, is when the act is to
    happen; a month gone or named with its year is something else."""
    assert months_ahead([text], lang, WHEN) == months


def _page(lang: str, title: str, *paragraphs: str, when: dt.datetime) -> Article:
    return article(lang, title, *paragraphs, when=when)


ANNOUNCED = (
    "ja",
    "元島民の自由訪問、4年ぶり再開へ　7月下旬に択捉島",
    "ロシア政府は、元島民による北方四島への自由訪問を約4年ぶりに再開すると日本政府に通知した。"
    "第1陣は7月下旬に択捉島を訪れる。",
    "関係者によると、詳しい日程は今後調整するという。地元の根室市も対応を急いでいる。",
)
DONE = (
    "en",
    "Former residents land on Iturup in first free visit since 2022",
    "A group of 40 former residents of the islands and their relatives landed on Iturup on "
    "Monday, the first free visit since Russia halted the trips in 2022.",
)
ELSEWHERE = (
    "en",
    "Russian deputy prime minister visits Iturup",
    "Russia's deputy prime minister visited Iturup on Monday to inspect a new hospital, "
    "the regional government said.",
)


def test_the_act_done_in_the_month_announced_joins_its_alert(judge: Judge) -> None:
    """The trip made in July joins the alert that announced it for late July; a visit by
    someone else to the same island that month, or the trip reported in October, does not."""
    announced = _page(*ANNOUNCED, when=WHEN)
    first = judge.assess(announced)
    assert first.alerts
    learned = judge.with_knowledge(learn_from(first, announced, 1, judge.knowledge))
    assert learned.knowledge.developments[-1].expected == frozenset({"2026-07"})
    done = learned.assess(_page(*DONE, when=IN_JULY))
    assert done.decision == "same_development", done.reason
    elsewhere = learned.assess(_page(*ELSEWHERE, when=IN_JULY))
    assert elsewhere.decision != "same_development", elsewhere.reason
    october = learned.assess(_page(*DONE, when=IN_JULY + dt.timedelta(days=70)))
    assert october.decision != "same_development", october.reason


def test_the_months_announced_are_stored_and_read_back(judge: Judge, tmp_path: Path) -> None:
    """After a restart the knowledge rebuilt from the database still knows the month the
    alert announced, and the trip made then still joins it."""
    store = Store.open(tmp_path / "m.db")
    try:
        announced = _page(*ANNOUNCED, when=WHEN)
        item = FeedItem("test", announced.url, announced.url, announced.title, "", WHEN)
        decision = decide(
            item, announced, judge.assess(announced), judge.knowledge, WHEN, Routing(("@c",))
        )
        assert decision.alert is not None
        store.apply(decision)
    finally:
        store.close()
    store = Store.open(tmp_path / "m.db")
    try:
        rebuilt = knowledge_with_history(judge.knowledge, store)
    finally:
        store.close()
    assert rebuilt.developments[-1].expected == frozenset({"2026-07"})
    done = judge.with_knowledge(rebuilt).assess(_page(*DONE, when=IN_JULY))
    assert done.decision == "same_development", done.reason


def test_the_act_done_at_the_end_of_the_month_announced_is_reported_days_later(
    judge: Judge,
) -> None:
    """Announced for the 30th and 31st of its own month, the trip is reported on the 1st
    of the next: still the act announced."""
    when = dt.datetime(2026, 8, 21, 6, 0, tzinfo=dt.UTC)
    announced = _page(
        "ja",
        "元島民の訪問団、国後島へ　ロシアが今回限り容認",
        "元島民らの訪問団が、ビザなしで北方領土の国後島を訪れることになった。ロシア側が今回限りの"
        "措置として受け入れを認めた。訪問団は30日に根室港を出発し、31日に古釜布で墓参する。",
        "関係者によると、詳しい日程は今後調整するという。地元の根室市も対応を急いでいる。",
        when=when,
    )
    first = judge.assess(announced)
    assert first.alerts
    learned = judge.with_knowledge(learn_from(first, announced, 1, judge.knowledge))
    assert learned.knowledge.developments[-1].expected == frozenset({"2026-08"})
    done = learned.assess(
        _page(
            "en",
            "Former islanders make rare visa-free trip to Kunashir",
            "A group of former residents travelled to Kunashir without visas at the weekend, "
            "a trip Moscow allowed as a one-time exception.",
            when=dt.datetime(2026, 9, 1, 6, 0, tzinfo=dt.UTC),
        )
    )
    assert done.decision == "same_development", done.reason
