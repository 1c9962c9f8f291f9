"""What a report recalls and what a list asks for: a resumption told with a Japanese
two-digit year from before the halt (「19年に再開した交流」) reopens nothing; a recall with
no year does not undo a halt an alert taught weeks ago; a noun of action listed before a
comma, whose first predicate after it is a relative clause's (「…の早期再開、昨年再開された
自由訪問の継続…を求める」), is asked for like the rest of the list; the consultations on the
peace treaty are the treaty talks. Pages and sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from support.pages import lead_claim, page

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2027, 6, 20, 6, 0, tzinfo=dt.UTC)


def test_a_resumption_with_a_short_japanese_year_from_before_the_halt_reopens_nothing(
    judge: Judge,
) -> None:
    """「19年」 is 2019, before the 2022 halt: the halt told now is the known one."""
    article = page(
        "ja",
        "ロシア、ビザなし交流の停止を改めて通告",
        "ロシア外務省は19日、19年に再開したビザなし交流の停止を日本側に改めて通告した。",
        when=WHEN,
    )
    assert judge.assess(article).decision != "status_change"


def test_a_recall_with_no_year_does_not_undo_a_halt_an_alert_taught(judge: Judge) -> None:
    """The talks resumed in December and halted at the end of May (two alerts); three weeks
    later a story's second paragraph tells of the consultations "resumed in December" and
    their halt: no move of its own. (A guard: the English story holds on the old code too;
    blind63's Japanese one did not.)"""
    resumed = page(
        "en",
        "Russia and Japan resume peace treaty consultations",
        "Russia and Japan resumed the consultations on the peace treaty on Monday, the first "
        "round since 2022, the two foreign ministries said.",
        "The next round is planned for spring.",
        when=WHEN - dt.timedelta(days=180),
    )
    first = judge.assess(resumed)
    assert [c.status_id for c in first.changes] == ["peace-treaty-talks"]
    judge = judge.with_knowledge(learn_from(first, resumed, 1, judge.knowledge))
    halted = page(
        "en",
        "Russia suspends peace treaty consultations with Japan",
        "Russia's foreign ministry said on Monday it was suspending the consultations on the "
        "peace treaty with Japan, citing joint US-Japanese drills on Hokkaido.",
        "Tokyo called the decision regrettable.",
        when=WHEN - dt.timedelta(days=21),
    )
    second = judge.assess(halted)
    assert [c.status_id for c in second.changes] == ["peace-treaty-talks"]
    learned = judge.with_knowledge(learn_from(second, halted, 2, judge.knowledge))
    later = page(
        "en",
        "Former islanders' average age passes 90",
        "The league of former residents said on Thursday that their average age had passed 90.",
        "Russia has also suspended the consultations on the peace treaty that it resumed "
        "in December.",
        when=WHEN,
    )
    assert learned.assess(later).decision != "status_change"


def test_a_noun_listed_before_a_relative_clause_is_asked_for(judge: Judge) -> None:
    claim = lead_claim(
        judge,
        "ja",
        "元島民団体が総会",
        "停止が続くビザなし交流と北方墓参の早期再開、昨年再開された自由訪問の継続と対象地域の"
        "拡大を国に求める決議を採択した。",
        "詳細は明らかにされていない。",
        WHEN,
    )
    assert claim.changes == ()
    assert not claim.reports_event


def test_consultations_on_the_peace_treaty_are_the_treaty_talks(judge: Judge) -> None:
    claim = lead_claim(
        judge,
        "en",
        "Moscow and Tokyo",
        "Russia's foreign ministry said on Monday it was suspending the consultations on the "
        "peace treaty with Japan.",
        "Tokyo called the decision regrettable.",
        WHEN,
    )
    assert ("peace-treaty-talks", "halt") in claim.changes
