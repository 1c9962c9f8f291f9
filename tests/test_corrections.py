"""A report that denies or corrects an alerted development ("Defence ministry denies report
of missiles on Iturup", «ошибка в подписи к фото», 「【訂正】」) is news for those who had
the alert: it alerts once, shown against the alert it corrects, and later reports of the
correction join it. A denial of a report that was never alerted stays a restatement."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article, page

from monitor.core.decision import alert_diff
from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 8, 6, 0, tzinfo=dt.UTC)

FIRST_REPORT = (
    "ru",
    "На Итурупе заступил на дежурство дивизион береговых ракетных комплексов «Бал»",
    "Дивизион береговых ракетных комплексов «Бал» заступил на боевое дежурство на острове "
    "Итуруп, сообщила во вторник пресс-служба Восточного военного округа.",
    "Расчёты совершили марш к новым позициям и развернули пусковые установки.",
)

CORRECTIONS = {
    "en": (
        "en",
        "Russian military says missile battery report was wrong: unit is on Kamchatka, not Iturup",
        "Russia's Eastern Military District said on Wednesday that a statement on its website "
        "had wrongly placed a Bal coastal missile battery on Iturup; the unit is on duty near "
        "Petropavlovsk-Kamchatsky.",
        "The district said the forces on the Kuril Islands had not changed.",
    ),
    "ru": (
        "ru",
        "В ВВО назвали ошибочным сообщение о ракетах «Бал» на Итурупе",
        "В Восточном военном округе заявили, что в сообщение пресс-службы о дивизионе "
        "береговых ракетных комплексов «Бал» вкралась ошибка: дивизион несёт дежурство на "
        "Камчатке, а не на Итурупе.",
        "Группировка войск на Курильских островах не менялась, подчеркнули в округе.",
    ),
    "ja": (
        "ja",
        "【訂正】択捉島に地対艦ミサイル「バル」配備の記事　配備先はカムチャツカでした",
        "8日配信の記事で、ロシア軍の地対艦ミサイル「バル」の部隊が北方領土・択捉島に配備された"
        "としたのは誤りでした。ロシア東部軍管区が発表を訂正し、部隊はカムチャツカ半島に"
        "配備されていると明らかにしました。",
    ),
}


def _alerted(judge: Judge) -> tuple[Judge, str]:
    first = article(*FIRST_REPORT, when=WHEN)
    found = judge.assess(first)
    assert found.decision == "new_development", found.reason
    learned = judge.with_knowledge(learn_from(found, first, 1, judge.knowledge))
    return learned, learned.knowledge.developments[-1].id


@pytest.mark.parametrize("lang", sorted(CORRECTIONS))
def test_a_correction_of_an_alerted_report_alerts_against_it(judge: Judge, lang: str) -> None:
    learned, first_id = _alerted(judge)
    later = page(*CORRECTIONS[lang], when=WHEN + dt.timedelta(hours=20))
    corrected = learned.assess(later)
    assert corrected.decision == "new_development", corrected.reason
    assert corrected.corrects == (first_id,)
    assert "correction" in corrected.events
    assert not corrected.changes
    diff = alert_diff(corrected, learned.knowledge)
    assert diff["known"][0].startswith("Alert #1 of 2026-09-08, now said to be wrong: ")
    assert diff["new"], "the alert tells what the correction says"


def test_later_reports_of_the_correction_join_it(judge: Judge) -> None:
    learned, _ = _alerted(judge)
    first_fix = page(*CORRECTIONS["ru"], when=WHEN + dt.timedelta(hours=20))
    corrected = learned.assess(first_fix)
    assert corrected.decision == "new_development", corrected.reason
    fixed = learned.with_knowledge(learn_from(corrected, first_fix, 2, learned.knowledge))
    for lang in ("en", "ja"):
        copy = fixed.assess(page(*CORRECTIONS[lang], when=WHEN + dt.timedelta(hours=30)))
        assert copy.decision == "same_development", (lang, copy.reason)
        assert copy.same_as == fixed.knowledge.developments[-1].id


def test_a_later_report_that_confirms_the_alert_joins_it(judge: Judge) -> None:
    learned, first_id = _alerted(judge)
    again = learned.assess(
        article(
            "en",
            "Russia puts Bal coastal missile battery on duty on Iturup",
            "A battalion of Bal coastal missile systems has taken up combat duty on Iturup, "
            "one of the Kuril Islands claimed by Japan, Russia's Eastern Military District "
            "said on Tuesday.",
            when=WHEN + dt.timedelta(hours=5),
        )
    )
    assert again.decision == "same_development", again.reason
    assert again.same_as == first_id


def test_a_denial_of_a_report_never_alerted_is_no_news(judge: Judge) -> None:
    denied = judge.assess(
        article(
            "en",
            "Kremlin denies report that Putin will visit Kunashir this autumn",
            "The Kremlin on Monday dismissed a Japanese newspaper's report that President "
            "Vladimir Putin planned to visit Kunashir, one of the southern Kuril Islands, "
            "in October.",
            when=WHEN,
        )
    )
    assert not denied.alerts, denied.reason
    assert not denied.corrects


def test_a_partys_denial_of_an_alerted_incident_joins_it(judge: Judge) -> None:
    """The accused side calling the report groundless is a reaction, not a correction."""
    first = article(
        "ja",
        "ロシア軍ヘリが領空侵犯　北方領土・歯舞群島付近から、空自機が緊急発進",
        "防衛省は14日、ロシア軍のヘリコプター1機が北方領土の歯舞群島付近から北海道根室市の"
        "納沙布岬沖に飛来し、領空を侵犯したと発表した。航空自衛隊の戦闘機が緊急発進した。",
        when=WHEN,
    )
    found = judge.assess(first)
    assert found.alerts, found.reason
    learned = judge.with_knowledge(learn_from(found, first, 1, judge.knowledge))
    denial = learned.assess(
        article(
            "ru",
            "Пограничники отвергли обвинения Токио в нарушении воздушного пространства Японии",
            "Пограничное управление ФСБ по Сахалинской области назвало не соответствующими "
            "действительности заявления японской стороны о нарушении воздушного пространства "
            "вертолётом у мыса Носаппу.",
            when=WHEN + dt.timedelta(hours=9),
        )
    )
    assert not denial.alerts, denial.reason
    assert not denial.corrects


def test_a_correction_of_a_detail_joins_the_alert(judge: Judge) -> None:
    """The event still stands (told as the background of the correction): only a number
    changed, so the correction is another report of the development."""
    first = page(
        "ja",
        "露軍機が空自機に異常接近　国後島東方の公海上空、約20メートル",
        "防衛省は9日、北方領土・国後島東方の公海上空で8日、ロシア軍のSu35戦闘機が航空自衛隊の"
        "電子偵察機に約20メートルまで異常接近したと発表した。ロシア側に重大な懸念を伝えた。",
        when=WHEN,
    )
    found = judge.assess(first)
    assert found.decision == "new_development", found.reason
    learned = judge.with_knowledge(learn_from(found, first, 1, judge.knowledge))
    fixed = learned.assess(
        page(
            "ja",
            "空自機への露軍機接近、最接近距離を「約35メートル」に訂正　防衛省",
            "防衛省は10日、北方領土・国後島東方の公海上空で8日にロシア軍のSu35戦闘機が航空自衛隊"
            "の電子偵察機に異常接近した事案について、「約20メートル」と発表していた最接近距離を"
            "「約35メートル」に訂正した。",
            when=WHEN + dt.timedelta(days=1),
        )
    )
    assert fixed.decision == "same_development", fixed.reason
    assert not fixed.corrects


def test_a_corrected_number_joins_the_alert_though_the_update_names_more(judge: Judge) -> None:
    """An update marked CORRECTED that changes a count (three injured to one) and names a
    body the first report did not (the border service) is another report of the incident."""
    first = page(
        "ja",
        "【速報】根室沖で日本漁船とロシア警備艇が衝突",
        "第1管区海上保安本部によると、8日午前、根室市沖の北方領土・水晶島付近で日本の漁船とロシアの"
        "警備艇が衝突した。"
        "漁船は船首を損傷したが、自力で航行している。",
        when=WHEN,
    )
    found = judge.assess(first)
    assert found.decision == "new_development", found.reason
    learned = judge.with_knowledge(learn_from(found, first, 1, judge.knowledge))
    update = learned.assess(
        article(
            "en",
            "UPDATE 2-CORRECTED-Japan protests to Russia after fishing boat collision off Habomai",
            "(Corrects number of injured crew members in paragraph 3 to one, from three)",
            "TOKYO, Sept 8 (Ledger Wire) - Japan protested to Russia on Tuesday after a ship of "
            "Russia's FSB border service collided with a Japanese fishing boat off the Habomai "
            "islets, the coast guard said.",
            "One crew member suffered a minor injury.",
            when=WHEN + dt.timedelta(hours=6),
        )
    )
    assert update.decision == "same_development", update.reason
    assert not update.corrects
