"""An arrangement alerted weeks ago and then ended early ("the extension … cut short",
「延長…打ち切り」) is news of its own, not a repeat of the fact it ends, as a halt of it is.
Pages written for these tests, shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

from support.pages import page

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 8, 7, 0, tzinfo=dt.UTC)

EXTENDED = (
    "貝殻島の昆布漁、10月末まで延長　ロシア側が今季限り容認",
    "北海道水産会は9日、歯舞群島・貝殻島周辺の昆布漁について、ロシア側が今季の漁期を10月31日"
    "まで1カ月延長することを認めたと発表した。",
    "例年の漁期は9月末まで。",
)
CUT_SHORT = (
    "貝殻島昆布漁の延長、12日で打ち切り",
    "北海道水産会は、歯舞群島・貝殻島周辺で今季に限り10月末まで延長されていた昆布漁について、"
    "ロシア国境警備局から12日で操業を打ち切るよう通告を受けたと明らかにした。",
    "水産会は再考を求めている。",
)


def test_an_arrangement_ended_early_is_no_repeat_of_it(judge: Judge) -> None:
    first = page("ja", *EXTENDED, when=WHEN)
    assessment = judge.assess(first)
    assert assessment.decision == "new_development", assessment.reason
    learned = judge.with_knowledge(learn_from(assessment, first, 1, judge.knowledge))
    later = learned.assess(page("ja", *CUT_SHORT, when=WHEN + dt.timedelta(days=28)))
    assert later.decision == "new_development", later.reason
