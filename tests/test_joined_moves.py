"""A move told only by a later report of an alerted development: the first report (an
English headline on "treaty dialogue") moves nothing, the Russian report of the same
freeze names the peace-treaty consultations and their suspension. The move joins the alert:
its message shows it, the status board learns it, and retracting the alert takes it back.

Pages are written for these tests and read by the real extractor and the shipped rules
and seeds; decisions are applied to a real SQLite store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from support.pages import page, shipped_judge

from monitor.core import compose
from monitor.core.decision import Decision, Routing, decide
from monitor.core.knowledge import Knowledge
from monitor.core.models import Article, FeedItem, StatusState
from monitor.core.novelty import Judge
from monitor.edges.store import Store
from monitor.stages.chatview import alert_view
from monitor.stages.pipeline import knowledge_with_history

TALKS = "peace-treaty-talks"
ROUTING = Routing(("-100",))
RESUMED_AT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
FROZEN_AT = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)


def _resumed() -> Article:
    return page(
        "en",
        "Russia and Japan resume peace treaty talks after four-year break",
        "Russia and Japan resumed talks on a peace treaty in Vienna on Monday, the first such "
        "negotiations since Moscow broke them off in 2022, both foreign ministries said.",
        "A second round is planned for the autumn.",
        when=RESUMED_AT,
    )


def _first_report() -> Article:
    """The freeze as an English wire first tells it: the tracked matter is not named."""
    return page(
        "en",
        "Moscow freezes treaty dialogue with Tokyo over missile launchers on Hokkaido",
        "Russia's foreign ministry said on Monday it was freezing its dialogue with Japan after "
        "Tokyo agreed to host US missile launchers on Hokkaido, within sight of the Kuril "
        "Islands.",
        "Tokyo said it would study the statement before responding.",
        when=FROZEN_AT,
    )


def _russian_report() -> Article:
    """The same freeze five hours later, in Russian, naming the consultations' subject."""
    return page(
        "ru",
        "МИД России заморозил консультации с Японией",
        "Российская сторона приостанавливает консультации с Японией по мирному договору из-за "
        "размещения американских ракетных комплексов на Хоккайдо, заявили в понедельник в МИД "
        "России.",
        "В Токио пообещали изучить заявление.",
        when=FROZEN_AT + dt.timedelta(hours=5),
    )


def _decide(judge: Judge, article: Article) -> Decision:
    item = FeedItem("test", article.url, article.url, article.title, "", article.published)
    return decide(item, article, judge.assess(article), judge.knowledge, article.published, ROUTING)


def _learned(judge: Judge, decision: Decision, alert_id: int) -> Judge:
    assert decision.alert is not None, decision.reason
    return judge.with_knowledge(decision.alert.knowledge(alert_id))


def _state(knowledge: Knowledge) -> str:
    return knowledge.statuses[TALKS].status.current.state


def test_a_later_report_teaches_the_move_its_alert_did_not_read() -> None:
    judge = shipped_judge()
    judge = _learned(judge, _decide(judge, _resumed()), 1)
    assert judge.knowledge.statuses[TALKS].active
    first = _decide(judge, _first_report())
    assert first.alert is not None
    assert not first.alert.moves  # "treaty dialogue" names no tracked matter
    judge = _learned(judge, first, 2)

    later = _decide(judge, _russian_report())
    assert later.outcome == "attach"
    assert later.attach_to == 2
    assert [m.status_id for m in later.assessment.changes] == [TALKS]
    assert later.joined[0]["old"]["state"].startswith("resumed")
    assert later.joined[0]["new"]["state"].startswith("halted: Российская сторона")
    # what is known once it is attached: the talks halted, from the clause that says so
    assert later.attached is not None
    assert not later.attached.statuses[TALKS].active
    assert _state(later.attached).startswith("halted: Российская сторона приостанавливает")


def test_a_matter_moved_since_its_first_report_stays_as_it_stands() -> None:
    """Another alert moved the talks on the day of the first report: a later report of
    that first development does not move them again (the newer alert's state stands)."""
    judge = shipped_judge()
    judge = _learned(judge, _decide(judge, _resumed()), 1)
    judge = _learned(judge, _decide(judge, _first_report()), 2)
    moved_since = StatusState(
        "resumed: the two ministries confirm the next round", FROZEN_AT.date(), "x", "MFA"
    )
    judge = judge.with_knowledge(judge.knowledge.with_moves(((TALKS, moved_since),)))
    later = _decide(judge, _russian_report())
    assert later.outcome == "attach"
    assert later.assessment.changes == ()
    assert later.joined == ()
    assert later.attached is not None
    assert later.attached.statuses[TALKS].active


def test_the_joined_move_is_stored_shown_and_retracted_with_its_alert(tmp_path: Path) -> None:
    seeds = shipped_judge().knowledge
    store = Store.open(tmp_path / "monitor.db")
    try:
        judge = shipped_judge()
        resumed = _decide(judge, _resumed())
        judge = _learned(judge, resumed, store.apply(resumed) or 0)
        first = _decide(judge, _first_report())
        alert_id = store.apply(first) or 0
        judge = _learned(judge, first, alert_id)
        assert knowledge_with_history(seeds, store).statuses[TALKS].active

        later = _decide(judge, _russian_report())
        assert store.apply(later) is None
        # the board, rebuilt from the store, knows the talks halted by the freeze
        rebuilt = knowledge_with_history(seeds, store)
        assert not rebuilt.statuses[TALKS].active
        assert _state(rebuilt).startswith("halted: Российская сторона")
        # the alert's message, as it is sent or edited now, shows the move
        view = alert_view(store, alert_id, judge.with_knowledge(later.attached or rebuilt))
        assert view is not None
        text = compose.render_alert(view)
        assert "Peace treaty negotiations" in text
        assert "halted" in text
        assert "Российская сторона приостанавливает" in text

        # retracting the alert takes back what its later report taught
        assert store.retract_alert(alert_id, "wrong", FROZEN_AT + dt.timedelta(days=1))
        after = knowledge_with_history(seeds, store)
        assert after.statuses[TALKS].active
        assert _state(after).startswith("resumed")
    finally:
        store.close()


def test_a_move_told_only_far_down_a_later_report_does_not_join() -> None:
    """A later report's move past its lead (where background is told) does not join."""
    judge = shipped_judge()
    judge = _learned(judge, _decide(judge, _resumed()), 1)
    judge = _learned(judge, _decide(judge, _first_report()), 2)
    later = page(
        "ru",
        "МИД России заморозил диалог с Японией из-за ракет на Хоккайдо",
        "В МИД России в понедельник выступили с заявлением о ракетных комплексах США на Хоккайдо.",
        "В Токио пообещали изучить заявление.",
        "Японские эксперты напомнили о переговорах прошлых лет.",
        "Представитель ведомства провёл брифинг для журналистов.",
        "Российская сторона приостанавливает консультации с Японией по мирному договору.",
        when=FROZEN_AT + dt.timedelta(hours=5),
    )
    decision = _decide(judge, later)
    assert decision.outcome == "attach"
    assert decision.joined == ()
    assert decision.attached is not None
    assert decision.attached.statuses[TALKS].active


def _third_report() -> Article:
    """The same freeze told a day later by a Japanese outlet, naming the talks."""
    return page(
        "ja",
        "ロシア、平和条約交渉を停止　北海道へのミサイル配備に反発",
        "ロシア外務省は、米国のミサイル発射装置の北海道への配備を日本が受け入れたことを理由に、"
        "日本との平和条約締結交渉を停止すると発表した。",
        when=FROZEN_AT + dt.timedelta(days=1),
    )


def test_the_move_a_later_report_teaches_becomes_the_alerts_own(tmp_path: Path) -> None:
    """The first report moved nothing; the move its later report asserted is its
    development's move from then on, in memory and as rebuilt from the store, so a third
    report of the same move joins the alert instead of moving the matter again."""
    seeds = shipped_judge().knowledge
    store = Store.open(tmp_path / "monitor.db")
    try:
        judge = shipped_judge()
        resumed = _decide(judge, _resumed())
        judge = _learned(judge, resumed, store.apply(resumed) or 0)
        first = _decide(judge, _first_report())
        alert_id = store.apply(first) or 0
        judge = _learned(judge, first, alert_id)
        assert judge.knowledge.developments[-1].status_change is None

        later = _decide(judge, _russian_report())
        assert store.apply(later) is None
        assert later.attached is not None
        own = next(d for d in later.attached.developments if d.alert_id == alert_id)
        assert own.status_change == (TALKS, "halt")
        rebuilt = knowledge_with_history(seeds, store)
        assert next(d for d in rebuilt.developments if d.alert_id == alert_id).status_change == (
            TALKS,
            "halt",
        )

        third = _decide(judge.with_knowledge(later.attached), _third_report())
        assert third.outcome == "attach", third.reason
        assert third.attach_to == alert_id
    finally:
        store.close()
