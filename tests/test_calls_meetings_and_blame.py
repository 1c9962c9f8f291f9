"""What looks like a visit, talks, a halt or a vote and is not one of the dispute: a
delegation's call on a ministry, a minister viewing the islands from the cape, officials
meeting their own citizens, a state someone is blamed for, an election in a town off the
islands; and what is one: talks put off indefinitely are halted. Pages written for these
tests, decided by the shipped rules and seeds."""

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


def _claims(judge: Judge, lang: str, title: str, lead: str) -> list[tuple[str, frozenset[str]]]:
    article = page(lang, title, lead, CLOSING[lang], when=WHEN)
    return [(c.text, c.events) for c in judge.read(article).claims if c.reports_event]


CALLS = {
    "en": (
        "Former islanders take their plea to the Foreign Ministry",
        "A group of former residents of the Kuril Islands visited the Foreign Ministry in Tokyo "
        "on Wednesday and handed over a petition asking for grave visits to be restored.",
    ),
    "ru": (
        "Бывшие жители Курил пришли в МИД Японии",
        "Бывшие жители южных Курил посетили МИД Японии в Токио и передали петицию с просьбой "
        "добиваться возобновления посещения могил.",
    ),
    "ja": (
        "元島民ら、外務省に墓参再開を要望",
        "北方領土の元島民らは14日、東京の外務省を訪れ、墓参の再開を求める署名を手渡した。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_call_on_a_ministry_is_no_visit_to_the_islands(judge: Judge, lang: str) -> None:
    reported = _claims(judge, lang, *CALLS[lang])
    assert not reported


def test_viewing_the_islands_from_the_cape_is_no_visit_to_them(judge: Judge) -> None:
    reported = _claims(
        judge,
        "ja",
        "北方担当相が根室で四島を視察",
        "北方対策担当相は14日、根室市を訪れ、納沙布岬から歯舞群島を視察した。",
    )
    assert not reported


MEETINGS = {
    "en": (
        "Prime minister meets former Kuril islanders",
        "The prime minister on Monday met a delegation of former residents of the Kuril "
        "Islands at his office and promised to keep pressing for grave visits.",
    ),
    "ru": (
        "Министр встретился с бывшими жителями Курил",
        "Министр по делам северных территорий встретился с бывшими жителями южных Курил в "
        "Немуро и пообещал добиваться возобновления посещения могил.",
    ),
    "ja": (
        "北方担当相、元島民と懇談",
        "北方対策担当相は14日、根室市の北方館で北方領土の元島民ら8人と懇談した。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_officials_meeting_their_own_citizens_are_no_talks(judge: Judge, lang: str) -> None:
    reported = _claims(judge, lang, *MEETINGS[lang])
    assert not any("talks" in events for _, events in reported), reported


BLAME = {
    "en": (
        "Prime minister tells Northern Territories rally policy unchanged",
        "The prime minister told the annual rally on the Kuril Islands that the policy was "
        "unchanged and blamed Moscow for the freeze in relations and the halt of the exchanges.",
    ),
    "ru": (
        "Захарова: за срыв переговоров с Японией отвечает Токио",
        "Захарова обвинила Токио в срыве переговоров по мирному договору.",
    ),
    "ja": (
        "首相「交渉中断の責任はロシアに」　北方領土返還大会",
        "首相は北方領土返還要求全国大会で、平和条約交渉中断の責任はロシア側にあると述べた。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_what_someone_is_blamed_for_is_no_halt_now(judge: Judge, lang: str) -> None:
    title, lead = BLAME[lang]
    reported = _claims(judge, lang, title, lead)
    assert not any({"reversal", "talks"} & events for _, events in reported), reported
    assert not judge.assess(page(lang, title, lead, CLOSING[lang], when=WHEN)).alerts


def test_an_election_in_a_town_off_the_islands_is_that_towns(judge: Judge) -> None:
    """The headline names only Nemuro, and the islands only in the winner's words."""
    article = page(
        "ja",
        "根室市長選、新人が初当選　「ビザなし交流の再開へ国に働きかけ」",
        "任期満了に伴う根室市長選は13日投開票され、無所属新人の元市議会議長が初当選した。",
        "当日有権者数は約1万9800人、投票率は61.37％だった。",
        when=WHEN,
    )
    assert not judge.assess(article).alerts


POSTPONED = {
    "en": (
        "Russia postpones treaty talks with Japan indefinitely",
        "Russia has postponed indefinitely the peace treaty consultations with Japan, its "
        "foreign ministry said on Monday, citing new Japanese sanctions.",
    ),
    "ru": (
        "МИД России отложил консультации с Японией по мирному договору",
        "МИД России отложил на неопределённый срок консультации с Японией по мирному договору "
        "из-за новых японских санкций.",
    ),
    "ja": (
        "ロシア、平和条約協議を無期限延期",
        "ロシア外務省は14日、日本との平和条約締結問題をめぐる協議を無期限に延期すると発表した。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_talks_put_off_indefinitely_are_halted(judge: Judge, lang: str) -> None:
    title, lead = POSTPONED[lang]
    article = page(lang, title, lead, CLOSING[lang], when=WHEN)
    moves = [ch for c in judge.read(article).claims for ch in c.changes]
    assert ("peace-treaty-talks", "halt") in moves, moves
