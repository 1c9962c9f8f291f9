"""Bans imposed and put off, harvests off the islands halted, cases handed to prosecutors,
a resumption named as a goal, an order given by notice, and a calendar year after a
headline's break. Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 7, 8, 6, 0, tzinfo=dt.UTC)
HEADLINE = {"en": "Regional news roundup", "ru": "Новости региона", "ja": "地域のニュース"}
# a closing paragraph, so that a page of a headline and one sentence is long enough to read
CLOSING = {
    "en": "Officials gave no further details of the decision when asked on Wednesday, "
    "and the regional administration declined to comment.",
    "ru": "Подробности решения в ведомстве в среду не сообщили, сославшись на порядок.",
    "ja": "詳しい経緯は明らかになっておらず、地元の漁協や自治体が情報の収集を急いでいる。",
}


def _lead(judge: Judge, lang: str, sentence: str):  # type: ignore[no-untyped-def]
    return judge.read(page(lang, HEADLINE[lang], sentence, CLOSING[lang], when=WHEN)).claims[1]


# -------------------------------------------------------------- a goal is not a move


@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор назвал восстановление безвизовых обменов с Шикотаном одной из главных "
        "задач на ближайшие годы.",
        "Министр считает возобновление безвизовых обменов, «в первую очередь поездок "
        "бывших жителей», приоритетом своей работы.",
    ],
)
def test_a_resumption_named_as_a_goal_moves_nothing(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "ru", sentence)
    assert not claim.changes, claim
    assert not judge.assess(page("ru", HEADLINE["ru"], sentence, CLOSING["ru"], when=WHEN)).changes


def test_a_resumption_announced_still_moves(judge: Judge) -> None:
    claim = _lead(judge, "ru", "Россия объявила о возобновлении безвизовых обменов с Японией.")
    assert ("visa-free-exchanges", "resume") in claim.changes, claim


# ----------------------------------------------------- an order given by notice


def test_what_one_side_notified_the_other_to_do_is_done(judge: Judge) -> None:
    """「…するよう通告した」: an order given, not a request."""
    claim = _lead(
        judge,
        "ja",
        "ロシア側は5日、色丹島周辺で認めていたナマコ漁を中断するよう北海道の漁協に通告した。",
    )
    assert "reversal" in claim.events, claim
    assert ("中断", "requested") not in claim.unasserted, claim


@pytest.mark.parametrize(
    "sentence",
    [
        "北海道は、色丹島周辺でのナマコ漁を再開するようロシア側に要請した。",
        "ロシア側がナマコ漁を中断するよう通告するかどうかが焦点となっている。",
    ],
)
def test_what_one_side_asked_for_or_may_order_is_not_done(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "ja", sentence)
    assert not claim.reports_event, claim


# ---------------------------------------- a calendar year after a headline's break


def test_a_year_after_a_headlines_break_is_no_time_since(judge: Judge) -> None:
    """「妥結　2031年まで」: the year the deal runs to, not five years since it."""
    assessment = judge.assess(
        page(
            "ja",
            "色丹島周辺のホタテ漁、初の5年協定で妥結　2031年まで",
            "北海道水産会は7日、色丹島周辺でのホタテ漁を巡るロシア側との交渉が妥結し、"
            "5年間の協定に署名したと発表した。",
            when=WHEN,
        )
    )
    assert assessment.decision == "new_development", assessment.reason


def test_a_span_of_time_joined_to_a_halt_is_still_time_since(judge: Judge) -> None:
    claim = _lead(judge, "ja", "色丹島周辺の漁業交渉の中断3年、再開のめどは立っていない。")
    assert not claim.reports_event, claim


# ------------------------------------------------------------ bans and their delay


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ja", "ロシア、日本漁船のドローン使用禁止を通告　色丹島周辺の水域も"),
        ("en", "Russia bans Japanese boats from using drones in waters off Shikotan"),
    ],
)
def test_a_use_banned_is_a_measure(judge: Judge, lang: str, title: str) -> None:
    reading = judge.read(page(lang, title, CLOSING[lang], when=WHEN))
    assert "sanctions" in reading.claims[0].events, reading.claims[0]


def test_a_drills_closed_area_is_no_ban(judge: Judge) -> None:
    reading = judge.read(
        page("ja", "色丹島沖に航行禁止区域　ロシア軍が設定", CLOSING["ja"], when=WHEN)
    )
    assert "sanctions" not in reading.claims[0].events, reading.claims[0]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Russia delays drone ban for Japanese fishing boats until spring"),
        ("en", "Moscow has put off until March a ban on Japanese boats using drones off Shikotan"),
        ("ru", "Запрет дронов для японских рыболовных судов отложен до весны"),
        ("ja", "ドローン使用禁止、今季は猶予　ロシア側が適用見送り"),
    ],
)
def test_a_ban_put_off_is_a_lifting_not_a_deployment(judge: Judge, lang: str, title: str) -> None:
    claim = judge.read(page(lang, title, CLOSING[lang], when=WHEN)).claims[0]
    assert "reversal" in claim.events, claim
    assert "deployment" not in claim.events, claim


# ------------------------------------------------------ harvests off the islands

HARVEST_HALTED = (
    "Японским рыбакам приостановили сбор морской капусты у острова Танфильева",
    "Российская сторона уведомила японских партнёров, что сбор морской капусты у острова "
    "Танфильева японскими рыбаками приостановлен до особого распоряжения.",
    "Причины в уведомлении не названы.",
)


def test_a_harvest_off_the_islands_halted_is_news(judge: Judge) -> None:
    """A harvest Japanese boats take off the islands is one of the fisheries arrangements:
    its halt is news though no tracked matter names it."""
    assessment = judge.assess(page("ru", *HARVEST_HALTED, when=WHEN))
    assert assessment.decision == "new_development", assessment.reason


def test_a_halt_that_names_a_known_seizure_as_its_cause_is_news(judge: Judge) -> None:
    """A boat seized, alerted; weeks later the harvest halted until the seizure's inquiry
    ends: the halt is news, not the seizure repeated."""
    seized = page(
        "ja",
        "貝殻島沖で羅臼の漁船拿捕　ロシア国境警備局",
        "貝殻島沖で操業していた羅臼町の漁船がロシア国境警備局に拿捕されたことが分かった。",
        when=WHEN,
    )
    first = judge.assess(seized)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, seized, 1, judge.knowledge))
    halted = page(
        "ja",
        "貝殻島周辺のコンブ漁、ロシアが中断を通告　拿捕の調査終了まで",
        "ロシア側は、貝殻島周辺のコンブ漁を拿捕の調査が終わるまで中断すると北海道水産会に通告した。",
        when=WHEN + dt.timedelta(days=14),
    )
    assessment = learned.assess(halted)
    assert assessment.decision == "new_development", assessment.reason
    assert "reversal" in assessment.events


def test_a_halt_told_two_ways_in_two_languages_is_one_story(judge: Judge) -> None:
    """Russian: an agreement and its halt; English two days later: the halt only. One
    story."""
    first_report = page(
        "ru",
        "Россия приостановила выполнение соглашения с Японией о сохранении морских птиц",
        "Россия приостановила выполнение соглашения с Японией о сохранении морских птиц у "
        "южных Курил, сообщил МИД.",
        when=WHEN,
    )
    first = judge.assess(first_report)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, first_report, 1, judge.knowledge))
    later = learned.assess(
        page(
            "en",
            "Russia halts seabird protection pact with Japan",
            "Russia has halted a pact with Japan on protecting seabirds, Tokyo said on Thursday.",
            when=WHEN + dt.timedelta(days=2),
        )
    )
    assert later.decision == "same_development", later.reason


# ------------------------------------------------ cases handed to prosecutors


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ja", "元船長を書類送検　国後島沖で警備艇に物品　道警"),
        (
            "en",
            "Police refer former Rausu skipper to prosecutors over gifts to Kunashir border guards",
        ),
        ("ru", "Дело японского капитана, задержанного у Кунашира, направлено в суд"),
    ],
)
def test_a_case_handed_to_prosecutors_or_a_court_is_a_legal_step(
    judge: Judge, lang: str, title: str
) -> None:
    claim = judge.read(page(lang, title, CLOSING[lang], when=WHEN)).claims[0]
    assert "ruling" in claim.events, claim


# ------------------------------------------------------------ a yearly rally


def test_a_local_rally_for_the_islands_return_is_an_occasion(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "ja",
            "北方領土返還要求釧路管内住民大会　交流再開求める決議採択",
            "北方領土返還要求釧路管内住民大会が8日、釧路市で開かれ、約400人が参加した。",
            "大会は、四島交流の早期再開を国に求める決議を採択した。",
            when=WHEN,
        )
    )
    assert not assessment.alerts, assessment.reason
