"""A request's second infinitive, two seizures on different islands, a guard unit formed,
an aircraft down, a warship through the strait, and a refusal to go on with talks.
Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge
from monitor.core.sentence_reading import ClaimReading

WHEN = dt.datetime(2026, 10, 6, 6, 0, tzinfo=dt.UTC)
HEADLINE = {"en": "Regional news roundup", "ru": "Новости региона", "ja": "地域のニュース"}
CLOSING = {
    "en": "Officials gave no further details when asked on Tuesday, and the regional "
    "administration declined to comment on the matter.",
    "ru": "Подробности в ведомстве во вторник не сообщили, сославшись на порядок.",
    "ja": "詳しい経緯は明らかになっておらず、地元の自治体が情報の収集を急いでいる。",
}


def _lead(judge: Judge, lang: str, sentence: str) -> ClaimReading:
    return judge.read(page(lang, HEADLINE[lang], sentence, CLOSING[lang], when=WHEN)).claims[1]


def test_a_requests_second_infinitive_after_a_comma_is_asked_too(judge: Judge) -> None:
    """ "asked Moscow to allow …, and to restore the grave visits": both are asked for."""
    claim = _lead(
        judge,
        "en",
        "The former islanders' league has asked Moscow to let three members see a chapel on "
        "Shikotan that was pulled down this spring, and to restore the grave visits that "
        "ended in 2022.",
    )
    assert not claim.changes, claim


def test_a_second_seizure_off_another_island_is_news(judge: Judge) -> None:
    """A boat seized off the Habomai, alerted; three days later another off Kunashir: a
    development of its own, not the first repeated."""
    first_page = page(
        "en",
        "Russian border guards seize Rausu crab boat off the Habomai islets",
        "Russian border guards seized a Rausu crab boat and its crew of four off the Habomai "
        "islets on Monday, Japan's coast guard said.",
        when=WHEN,
    )
    first = judge.assess(first_page)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, first_page, 1, judge.knowledge))
    second = learned.assess(
        page(
            "ru",
            "У Кунашира пограничники задержали японскую шхуну",
            "Пограничники задержали у Кунашира японскую рыболовную шхуну с пятью членами "
            "экипажа, сообщило погрануправление.",
            when=WHEN + dt.timedelta(days=3),
        )
    )
    assert second.decision == "new_development", second.reason


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "На Шикотане сформирован отряд Росгвардии для охраны порта и электростанции."),
        ("en", "Russia's National Guard has formed a standing unit on Shikotan to guard the port."),
    ],
)
def test_a_guard_unit_formed_on_the_islands_is_a_deployment(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert "deployment" in claim.events, claim
    assert claim.reports_event, claim


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "A Russian border-guard helicopter crashed into the sea off Shikotan on Sunday."),
        ("ru", "У Шикотана в воскресенье упал вертолёт пограничников Ми-8."),
        ("ja", "色丹島沖で日曜日、ロシア国境警備局のヘリコプターが墜落した。"),
    ],
)
def test_an_aircraft_down_off_the_islands_is_an_accident(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert "accident" in claim.events, claim
    assert claim.reports_event, claim


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Japan's Joint Staff said two Russian frigates sailed south through the strait "
            "between Shikotan and the Nemuro Peninsula on Sunday.",
        ),
        ("ru", "Две российские подводные лодки прошли через пролив у Шикотана в воскресенье."),
        ("ja", "防衛省は、ロシア海軍の駆逐艦2隻が色丹島沖の海峡を南下したと発表した。"),
    ],
)
def test_warships_through_the_strait_are_reported_as_a_passage(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert "incursion" in claim.events, claim


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ja", "ロシア外務省は、平和条約協議の継続を拒否すると日本側に口上書で通告した。"),
        ("ru", "МИД России отказался продолжать консультации по мирному договору с Японией."),
    ],
)
def test_a_refusal_to_go_on_with_talks_is_a_halt(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert ("peace-treaty-talks", "halt") in claim.changes, claim


def test_a_resumption_called_impossible_in_a_relative_clause_moves_nothing(
    judge: Judge,
) -> None:
    """ "… a deputy minister, who told an agency that a resumption of peace treaty talks was
    'categorically impossible'": the verdict is said of the resumption, past an adverb and a
    quotation mark, in the clause where both stand."""
    claim = _lead(
        judge,
        "en",
        "The minister was answering a Russian deputy foreign minister, who told a Moscow "
        'daily that a resumption of peace treaty talks was "absolutely impossible" for now.',
    )
    assert not claim.changes, claim


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Russia recalls its ambassador to Japan for consultations"),
        ("ru", "Россия отозвала посла в Японии для консультаций"),
        ("ja", "ロシア、駐日大使を召還　首相発言に反発"),
        ("ja", "ロシアの駐日大使が帰任　召還から2カ月"),
    ],
)
def test_an_ambassador_recalled_or_back_at_the_post_is_news(
    judge: Judge, lang: str, title: str
) -> None:
    assessment = judge.assess(page(lang, title, CLOSING[lang], when=WHEN))
    assert assessment.decision == "new_development", assessment.reason
    assert "appointment" in assessment.events


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ru", "МИД России: Московская декларация 1998 года о партнёрстве с Японией утратила силу"),
        ("en", "Russia says 1998 Moscow Declaration on partnership with Japan has lost its force"),
    ],
)
def test_another_declaration_ended_is_news_and_moves_not_the_1956_one(
    judge: Judge, lang: str, title: str
) -> None:
    """The 1998 Moscow Declaration is not the 1956 Joint Declaration, though both were
    signed in Moscow: its end is a standing arrangement of the two ended for good, news,
    and the 1956 declaration stays where it stands."""
    assessment = judge.assess(page(lang, title, CLOSING[lang], when=WHEN))
    assert assessment.decision == "new_development", assessment.reason
    assert not assessment.changes, assessment.changes
