"""An arrangement an alert reported, followed by what it is about: once an alert has
reported an exchange of avalanche warnings, a ferry service or a student scheme, its later
suspension or restoration is news though no tracked matter names it and it shares no named
thing with the alert but the two countries. What it is about is read as content words
(monitor/core/subjects.py), in each language its reports were read in. Pages written for
these tests, shipped rules and seeds."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from support.pages import article

from monitor.core.decision import Routing, decide
from monitor.core.grouping import same_development
from monitor.core.knowledge import Development
from monitor.core.learning import learn_from
from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge
from monitor.core.subjects import same_subject, subject_words
from monitor.edges.store import Store
from monitor.stages.pipeline import knowledge_with_history

WHEN = dt.datetime(2025, 2, 10, 6, 0, tzinfo=dt.UTC)
LATER = WHEN + dt.timedelta(days=180)


def _read(lang: str, title: str, *paragraphs: str, when: dt.datetime = WHEN) -> Article:
    return article(lang, title, *paragraphs, when=when)


# ----------------------------------------------------------------------------- the words


def test_forms_of_one_word_meet_and_function_words_do_not_count() -> None:
    """Inflections meet (sharing / shares, данными / данных); function words, dates and
    reporting verbs are no part of what a sentence is about."""
    a = subject_words("Japan and Russia agreed on Monday to share avalanche warnings")
    b = subject_words("Moscow stops sharing avalanche warning data with Tokyo")
    assert {"en:shar", "en:avalanch", "en:warn"} <= a & b
    assert not {"en:on", "en:monday", "en:to", "en:and"} & a
    ru = subject_words("Россия прекратила передачу данных о лавинах")
    ru2 = subject_words("Стороны договорились о передаче данных о лавинной опасности")
    assert {"ru:передача", "ru:данные"} <= ru & ru2
    ja = subject_words("雪崩情報の共有を停止")
    assert {"ja:雪崩", "ja:情報", "ja:共有"} <= ja


def test_the_rules_words_are_not_what_a_sentence_is_about(judge: Judge) -> None:
    """The countries, the islands and the words of change are found by the rules: two
    sentences sharing only those speak of different things."""
    page = _read(
        "en",
        "Russia suspends ferry service between Kunashir and Nemuro",
        "Russia has suspended the ferry service between Kunashir and Nemuro, the regional "
        "government said.",
    )
    headline = judge.read(page).claims[0]
    assert "en:ferry" in headline.subject
    assert not {"en:russia", "en:suspend", "en:kunashir"} & headline.subject
    other = subject_words("Russia suspends avalanche warnings for Kunashir")
    assert not same_subject(headline.subject, other)


# ----------------------------------------------------------------------------- following it

AGREED = {
    "en": (
        "Japan and Russia agree to share avalanche warnings for the Kurils",
        "Japan and Russia have agreed to share avalanche warnings for the Kuril Islands and "
        "eastern Hokkaido in real time, the two weather services said on Monday.",
        "The first bulletins are due in March.",
    ),
    "ru": (
        "Россия и Япония договорились обмениваться данными о лавинах на Курилах",
        "Россия и Япония подписали соглашение об обмене данными о лавинной опасности на "
        "Курильских островах, сообщили в Росгидромете.",
        "Первые сводки стороны передадут в марте.",
        "Данные будут поступать с метеостанций Южно-Курильска и Курильска, а японские "
        "синоптики смогут предупреждать рыбаков и жителей восточного Хоккайдо.",
    ),
    "ja": (
        "北方四島の雪崩情報、日ロが共有で合意",
        "日本とロシアは、北方四島を含む千島列島の雪崩情報を即時に共有することで合意した。",
        "最初の情報は3月に届く予定だ。",
        "気象庁によると、情報は根室や羅臼など道東の自治体にも伝えられ、冬の登山者や漁業者の"
        "安全確保に役立てる。両国の気象当局は年に一度、運用状況を確認するという。",
    ),
}
SUSPENDED = {
    "en": (
        "Russia stops sharing avalanche warnings with Japan",
        "Russia has suspended the sharing of avalanche warnings with Japan, citing Tokyo's "
        "new sanctions, the Japan Meteorological Agency said on Friday.",
        "Japanese forecasters said the bulletins had stopped arriving on Thursday.",
    ),
    "ru": (
        "Россия приостановила обмен данными о лавинах с Японией",
        "Росгидромет приостановил обмен данными о лавинной опасности с японской стороной, "
        "сообщили в ведомстве.",
        "В Токио решение не прокомментировали.",
        "По данным ведомства, сводки о сходе лавин на Кунашире и Итурупе больше не будут "
        "передаваться японским синоптикам до особого распоряжения.",
    ),
    "ja": (
        "ロシア、雪崩情報の共有を停止",
        "ロシア側が日本との雪崩情報の共有を停止したことが分かった。",
        "気象庁は「残念だ」としている。",
        "関係者によると、ロシア側からの情報は先週から届かなくなっていた。道東の自治体は、"
        "冬の登山者や漁業者への注意喚起を独自に続ける方針だ。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_suspension_of_an_arrangement_an_alert_reported_is_news(judge: Judge, lang: str) -> None:
    """Months after the alert on the agreement, its suspension names only the two countries
    and what the agreement was about: it undoes the alert, in each language."""
    agreed = _read(lang, *AGREED[lang])
    first = judge.assess(agreed)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, agreed, 1, judge.knowledge))
    suspended = _read(lang, *SUSPENDED[lang], when=LATER)
    assessment = learned.assess(suspended)
    assert assessment.decision == "new_development", assessment.reason
    assert assessment.undoes == (learned.knowledge.developments[-1].id,)
    # with nothing learned, the same story undoes nothing
    assert not judge.assess(suspended).undoes


def test_a_halt_of_something_else_undoes_nothing(judge: Judge) -> None:
    """A suspension of another thing, after the agreement's alert, is not its undoing."""
    agreed = _read("en", *AGREED["en"])
    learned = judge.with_knowledge(learn_from(judge.assess(agreed), agreed, 1, judge.knowledge))
    other = _read(
        "en",
        "Russia suspends ferry service between Sakhalin and Hokkaido",
        "Russia has suspended the ferry service between Korsakov and Wakkanai for the winter, "
        "the operator said on Friday.",
        when=LATER,
    )
    assert not learned.assess(other).undoes


def test_only_an_arrangement_can_be_undone_by_what_it_is_about(judge: Judge) -> None:
    """A detention of a fishing boat is no arrangement: a fishing pact restored later speaks
    of boats and fish too, but undoes no detention."""
    detained = _read(
        "en",
        "Russian border guards detain Japanese fishing boat off Kunashir",
        "Russian border guards detained a Japanese fishing boat and its crew of five off "
        "Kunashir, accusing them of catching crab illegally, Japan's coast guard said.",
    )
    first = judge.assess(detained)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, detained, 1, judge.knowledge))
    restored = _read(
        "en",
        "Russia restores scheme letting Japanese fishing boats catch crab off Kunashir",
        "Russia has restored a scheme that lets Japanese fishing boats catch crab in waters "
        "off Kunashir, the Fisheries Agency said.",
        when=LATER,
    )
    assert learned.knowledge.developments[-1].id not in learned.assess(restored).undoes


def test_a_report_attached_to_the_alert_teaches_its_language(judge: Judge) -> None:
    """The agreement reported in English, then in Japanese as a later report of it: the
    Japanese words join the alert's, so the suspension reported first in Japanese is news."""
    agreed = _read("en", *AGREED["en"])
    first = judge.assess(agreed)
    learned = judge.with_knowledge(learn_from(first, agreed, 1, judge.knowledge))
    dev = learned.knowledge.developments[-1]
    japanese = _read("ja", *AGREED["ja"], when=WHEN + dt.timedelta(hours=6))
    again = learned.assess(japanese)
    assert again.decision == "same_development"
    assert again.same_as == dev.id
    item = FeedItem("test", japanese.url, japanese.url, japanese.title, "", japanese.published)
    decision = decide(item, japanese, again, learned.knowledge, LATER, Routing(("@c",)))
    assert decision.attached is not None
    attached = learned.with_knowledge(decision.attached)
    assert {"ja:雪崩", "ja:情報"} <= attached.knowledge.developments[-1].words
    suspended = _read("ja", *SUSPENDED["ja"], when=LATER)
    assert attached.assess(suspended).undoes == (dev.id,)
    assert not learned.assess(suspended).undoes


def test_reports_of_the_suspension_in_other_languages_join_its_alert(judge: Judge) -> None:
    """The suspension alerted in English; the Japanese report of it the same day speaks of
    the same thing in words the agreement's Japanese report taught: one development."""
    agreed = _read("en", *AGREED["en"])
    learned = judge.with_knowledge(learn_from(judge.assess(agreed), agreed, 1, judge.knowledge))
    learned = learned.with_knowledge(
        learned.knowledge.with_words(
            learned.knowledge.developments[-1].id, subject_words(AGREED["ja"][0])
        )
    )
    english = _read("en", *SUSPENDED["en"], when=LATER)
    halt = learned.assess(english)
    assert halt.decision == "new_development"
    after = learned.with_knowledge(learn_from(halt, english, 2, learned.knowledge))
    japanese = _read("ja", *SUSPENDED["ja"], when=LATER + dt.timedelta(hours=8))
    joined = after.assess(japanese)
    assert joined.decision == "same_development", joined.reason
    assert joined.same_as == after.knowledge.developments[-1].id


def test_a_restoration_undoes_the_suspension_not_the_agreement(judge: Judge) -> None:
    """Agreed, suspended, then restored: the restoration undoes the suspension's alert, and
    the alert does not say the agreement itself was undone."""
    agreed = _read("en", *AGREED["en"])
    learned = judge.with_knowledge(learn_from(judge.assess(agreed), agreed, 1, judge.knowledge))
    agreement = learned.knowledge.developments[-1].id
    english = _read("en", *SUSPENDED["en"], when=LATER)
    halt = learned.assess(english)
    assert halt.undoes == (agreement,)
    after = learned.with_knowledge(learn_from(halt, english, 2, learned.knowledge))
    suspension = after.knowledge.developments[-1].id
    restored = _read(
        "en",
        "Russia resumes sharing avalanche warnings with Japan",
        "Russia has restored the sharing of avalanche warnings with Japan after a deadly "
        "slide on Iturup, the Japan Meteorological Agency said on Monday.",
        "The bulletins had been halted for five months.",
        when=LATER + dt.timedelta(days=150),
    )
    assessment = after.assess(restored)
    assert assessment.alerts
    assert assessment.undoes == (suspension,)


def test_a_later_report_of_the_arrangement_joins_it_whatever_it_is_read_as(
    judge: Judge,
) -> None:
    """Days after the alert on the agreement, a report that speaks of the same warnings in
    many of the same words joins it, though it reads as a visit rather than an agreement."""
    agreed = _read("en", *AGREED["en"])
    first = judge.assess(agreed)
    learned = judge.with_knowledge(learn_from(first, agreed, 1, judge.knowledge))
    later = _read(
        "en",
        "Japanese forecasters visit Kunashir station to share avalanche warnings",
        "Two Japanese forecasters visited the weather station on Kunashir on Thursday to "
        "start sharing avalanche warnings in real time, the Japan Meteorological Agency said.",
        "The station will send its first bulletins next week.",
        when=WHEN + dt.timedelta(days=4),
    )
    assessment = learned.assess(later)
    assert assessment.decision == "same_development", assessment.reason
    assert assessment.same_as == learned.knowledge.developments[-1].id


# ----------------------------------------------------------------------------- stored


def test_the_words_are_stored_and_read_back(judge: Judge, tmp_path: Path) -> None:
    """An alert's words and those of a report attached to it survive a restart: the
    knowledge rebuilt from the database follows the arrangement in both languages."""
    store = Store.open(tmp_path / "m.db")
    try:
        agreed = _read("en", *AGREED["en"])
        item = FeedItem("test", agreed.url, agreed.url, agreed.title, "", agreed.published)
        decision = decide(
            item, agreed, judge.assess(agreed), judge.knowledge, WHEN, Routing(("@c",))
        )
        assert decision.alert is not None
        alert_id = store.apply(decision)
        learned = judge.with_knowledge(decision.alert.knowledge(alert_id or 0))
        japanese = _read("ja", *AGREED["ja"], when=WHEN + dt.timedelta(hours=6))
        jitem = FeedItem("test", japanese.url, japanese.url, japanese.title, "", WHEN)
        attach = decide(
            jitem, japanese, learned.assess(japanese), learned.knowledge, WHEN, Routing(("@c",))
        )
        assert attach.attach_to == alert_id
        store.apply(attach)
    finally:
        store.close()
    store = Store.open(tmp_path / "m.db")
    try:
        rebuilt = knowledge_with_history(judge.knowledge, store)
    finally:
        store.close()
    words = rebuilt.developments[-1].words
    assert {"en:avalanch", "ja:雪崩"} <= words
    suspended = _read("ja", *SUSPENDED["ja"], when=LATER)
    assert judge.with_knowledge(rebuilt).assess(suspended).undoes


def test_a_database_from_before_the_words_reads_none(tmp_path: Path) -> None:
    """Developments stored before words were kept read back with none: nothing breaks,
    nothing is followed by words it never had."""
    store = Store.open(tmp_path / "m.db")
    store.close()
    with sqlite3.connect(tmp_path / "m.db") as conn:
        conn.execute(
            "INSERT INTO developments (id, alert_id, published, signature, events, title, url) "
            "VALUES ('d1', 1, '2024-05-01T00:00:00+00:00', '[]', '[\"agreement\"]', 't', 'u')"
        )
        conn.execute(
            "INSERT INTO alerts (id, development_id, kind, article_url, title, outlet, lang, "
            "published, rule, diff, created_at) VALUES (1, 'd1', 'new_development', 'u', 't', "
            "'o', 'en', '2024-05-01T00:00:00+00:00', 'r', '{}', '2024-05-01T00:00:00+00:00')"
        )
    store = Store.open(tmp_path / "m.db")
    try:
        (row,) = store.developments()
        assert row["words"] == "[]"
    finally:
        store.close()


# ----------------------------------------------------------------------------- reactions

LICENSED = (
    "Russia grants licence to mine Lesnoye gold deposit on Kunashir",
    "Russia's subsoil agency has granted a company from Sakhalin a 20-year licence to mine the "
    "Lesnoye gold deposit on Kunashir, the agency said on Monday.",
    "The company paid 300 million roubles for the licence.",
)
PROTESTED = (
    "Tokyo protests over Lesnoye gold deposit on Kunashir",
    "Japan lodged a protest with Russia over the Lesnoye gold deposit on Kunashir going to a "
    "private company, the foreign ministry in Tokyo said on Sunday.",
    "Japan regards the islands as its own territory.",
)


def test_a_reaction_days_later_that_speaks_of_the_development_joins_it(judge: Judge) -> None:
    """A protest six days after the licence was alerted (past the days a protest joins the
    development before it on its own) names no kind of event the alert named, but speaks of
    it in its words (gold, licence, deposit): one story."""
    licensed = _read("en", *LICENSED)
    first = judge.assess(licensed)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, licensed, 1, judge.knowledge))
    protested = _read("en", *PROTESTED, when=WHEN + dt.timedelta(days=6))
    assessment = learned.assess(protested)
    assert assessment.decision == "same_development", assessment.reason
    # a reaction to something else, the same days, stays its own story
    other = _read(
        "en",
        "Tokyo protests missile drills on Iturup",
        "Japan lodged a protest with Russia over missile drills on Iturup, the foreign "
        "ministry in Tokyo said on Sunday.",
        "Japan regards the islands as its own territory.",
        when=WHEN + dt.timedelta(days=6),
    )
    assert learned.assess(other).decision != "same_development"


def test_an_ending_read_as_an_event_and_as_the_matters_end_is_one_story(judge: Judge) -> None:
    """One report splits the matter's name («совместной с Японией деятельности») and is
    alerted as an ending of something untracked; the next day's report names the joint
    economic activity and ends it: one act. A halt, or an end days later, stays its own."""
    ended = Development(
        id="d1",
        alert_id=1,
        published=WHEN,
        signature=frozenset(),
        events=frozenset({"termination"}),
        title="Правительство упразднило структуры по совместной деятельности",
        url="http://news.test/1",
    )
    known = judge.knowledge.learn(ended)

    def grouped(move: str, after: dt.timedelta) -> Development | None:
        return same_development(
            known,
            WHEN + after,
            frozenset({"joint_economic_activity"}),
            frozenset(),
            {("joint-economic-activity", move)},
            [],
        )

    assert grouped("end", dt.timedelta(hours=20)) == ended
    assert grouped("halt", dt.timedelta(hours=20)) is None
    assert grouped("end", dt.timedelta(days=3)) is None


@pytest.mark.parametrize(
    ("lang", "blocked", "lifted"),
    [
        (
            "en",
            (
                "Russia blocks Japanese websites on the Kuril Islands",
                "Russia's media regulator has blocked access to two Japanese government "
                "websites about the Kuril Islands and their former residents.",
                "The regulator gave no reason.",
            ),
            (
                "Japanese websites on the Kurils accessible again in Russia",
                "Two Japanese government websites about the Kuril Islands and their former "
                "residents are accessible again in Russia, the regulator's register shows.",
                "The regulator gave no reason.",
            ),
        ),
        (
            "ru",
            (
                "Роскомнадзор заблокировал японские сайты о Курилах",
                "Роскомнадзор ограничил доступ к двум японским государственным сайтам о "
                "Курильских островах и их бывших жителях.",
                "Причины в ведомстве не назвали.",
            ),
            (
                "Японские сайты о Курилах снова доступны в России",
                "Ограничения сняты: два японских государственных сайта о Курильских островах "
                "и их бывших жителях снова доступны в России.",
                "Причины в ведомстве не назвали.",
            ),
        ),
    ],
    ids=["en", "ru"],
)
def test_a_measure_an_alert_reported_is_undone_by_its_lifting(
    judge: Judge, lang: str, blocked: tuple[str, ...], lifted: tuple[str, ...]
) -> None:
    """A block (a sanction) alerted, then lifted two years later: the lifting names the
    sites, not the matter, and undoes the block's alert."""
    first_page = _read(lang, *blocked)
    first = judge.assess(first_page)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, first_page, 1, judge.knowledge))
    later = _read(lang, *lifted, when=WHEN + dt.timedelta(days=700))
    assessment = learned.assess(later)
    assert assessment.decision == "new_development", assessment.reason
    assert assessment.undoes == (learned.knowledge.developments[-1].id,)
