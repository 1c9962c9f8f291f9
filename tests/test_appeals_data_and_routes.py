"""A text adopted that only asks, data one side stops or starts sending the other, a
Russian future dated by the day it starts, a new air route to the islands, a report whose
headline and act name nothing of their own, and a block of flats. Pages written for these
tests, decided by the shipped rules and seeds."""

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


def _alerts(judge: Judge, lang: str, headline: str, sentence: str) -> bool:
    return judge.assess(page(lang, headline, sentence, CLOSING[lang], when=WHEN)).alerts


# ------------------------------------------------------------ a text that only asks


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The Shibetsu town council adopted a resolution urging the government to press "
            "Moscow to reopen the Kuril Islands to former residents.",
        ),
        (
            "en",
            "Delegates at the rally in Nemuro passed a motion calling for the early return of "
            "the Kuril Islands.",
        ),
        (
            "ru",
            "Депутаты городской думы приняли обращение к правительству с призывом ускорить "
            "строительство школы на Итурупе.",
        ),
        (
            "ru",
            "Участники съезда приняли резолюцию, призывающую Москву не вести переговоров о "
            "Курилах.",
        ),
        ("ja", "標津町議会は、北方領土の早期返還を求める意見書を全会一致で可決した。"),
        ("ja", "集会では、四島交流の再開を訴える大会アピールを採択した。"),
    ],
)
def test_a_text_adopted_that_only_asks_is_no_legislation(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert "legislation" not in claim.events, claim


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The State Duma passed a law renaming two villages on the Kuril Islands."),
        ("ru", "Сахалинская областная дума приняла закон о переименовании улиц на Итурупе."),
        ("ja", "ロシア下院は、北方領土の地名を変更する法律を可決した。"),
    ],
)
def test_a_law_passed_is_still_legislation(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert "legislation" in claim.events, claim
    assert claim.reports_event, claim


def test_a_rally_adopting_an_appeal_is_no_news(judge: Judge) -> None:
    assert not _alerts(
        judge,
        "ja",
        "「せめて交流だけでも」　根室で返還要求大会",
        "北方領土返還要求根室大会が開かれ、約400人が参加し、四島交流の再開を求めるアピールを採択した。",
    )


# ------------------------------------------------------------ data sent, stopped, restored


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Russia stops sharing tide readings from disputed islands with Japan",
            "Russia has stopped passing tide-gauge readings from two stations on Iturup to "
            "Japan's coast guard, Japanese officials said.",
        ),
        (
            "ru",
            "Россия перестала передавать Японии данные сейсмостанций Курил",
            "Российская сторона перестала передавать Японии данные сейсмических станций на "
            "Итурупе и Кунашире, сообщили в японском агентстве.",
        ),
        (
            "ja",
            "北方四島の潮位データ、ロシアが提供停止",
            "ロシアが択捉島の2カ所の観測所の潮位データについて、日本への提供を停止したことが分かった。",
        ),
    ],
)
def test_data_one_side_stops_sending_the_other_is_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assert _alerts(judge, lang, headline, sentence)


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Russia resumes sharing tide readings from disputed islands with Japan",
            "Russia has resumed passing tide-gauge readings from two stations on Iturup to "
            "Japan's coast guard after a year's break.",
        ),
        (
            "ja",
            "北方四島の潮位データ、提供再開　ロシア側が通知",
            "ロシアが昨年から停止していた択捉島の観測所の潮位データについて、日本への提供を再開した。",
        ),
    ],
)
def test_data_sent_again_is_news(judge: Judge, lang: str, headline: str, sentence: str) -> None:
    assert _alerts(judge, lang, headline, sentence)


def test_data_stopped_by_the_weather_is_no_arrangement_halted(judge: Judge) -> None:
    """An outage is no decision: the station's data stopped by a storm, no one's act
    between the two."""
    assert not _alerts(
        judge,
        "en",
        "Storm knocks out weather station on Kunashir",
        "A storm damaged the mast of the weather station in Yuzhno-Kurilsk on Kunashir, and "
        "its readings have not been published since Monday, local officials said.",
    )


# ------------------------------------------------------------ a Russian future with its day


@pytest.mark.parametrize(
    "sentence",
    [
        "Россия с 1 ноября возобновит безвизовые обмены с Японией.",
        "Россия возобновит безвизовые обмены с Японией со 2 ноября, сообщили в МИД.",
        "С января Россия возобновит безвизовые обмены с Японией.",
    ],
)
def test_a_russian_future_dated_by_its_start_is_decided(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "ru", sentence)
    assert [ch for ch in claim.changes if ch[0] == "visa-free-exchanges"], claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Россия возобновит безвизовые обмены с Японией.",
        "Россия возобновит безвизовые обмены с Японией, если Токио отменит санкции.",
        "Россия, возможно, возобновит безвизовые обмены с Японией.",
    ],
)
def test_a_russian_future_without_its_day_decides_nothing(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "ru", sentence)
    assert not claim.changes, claim


# ------------------------------------------------------------ a new air route


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Direct flights from Vladivostok to Iturup from December",
            "Russian carrier Aurora will open direct flights between Vladivostok and Iturup, "
            "one of the islands claimed by Japan, from December 1, the regional government said.",
        ),
        (
            "ru",
            "Из Владивостока на Итуруп полетят прямые рейсы",
            "Авиакомпания «Аврора» с 1 декабря откроет прямые рейсы из Владивостока на Итуруп, "
            "на который претендует Япония.",
        ),
        (
            "ja",
            "ウラジオストク―択捉島に直行便　12月から",
            "ロシアの航空会社が12月1日から、ウラジオストクと択捉島を結ぶ直行便を週1往復運航すると発表した。",
        ),
    ],
)
def test_a_new_air_route_to_the_islands_is_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assert _alerts(judge, lang, headline, sentence)


def test_flights_that_only_run_as_before_are_no_route_opened(judge: Judge) -> None:
    assert not _alerts(
        judge,
        "en",
        "Fog again delays flights to Iturup",
        "Direct flights from Yuzhno-Sakhalinsk to Iturup, which Japan claims, were delayed "
        "by fog for the third day running, the airport said.",
    )


# ------------------------------------------------------------ names from the lead


def test_a_report_whose_headline_and_act_name_nothing_joins_by_its_lead(judge: Judge) -> None:
    """The Japanese report of a note requiring Japanese boats to carry a Russian pennant
    alerts; the Russian report two days later, whose headline and act name no agreement,
    names it in its first sentence: it is the same development."""
    first_page = page(
        "ja",
        "安全操業の漁船に「ロシア商船旗」要求　ロシアが口上書",
        "北方四島周辺水域での安全操業を巡り、ロシア側が日本漁船にロシア商船旗の掲揚を求める口上書を日本側に手渡していたことが分かった。",
        when=WHEN,
    )
    first = judge.assess(first_page)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, first_page, 1, judge.knowledge))
    second = learned.assess(
        page(
            "ru",
            "Японских рыбаков у южных Курил обязали поднимать вымпел",
            "Японские шхуны, которые ведут промысел у южных Курил по соглашению 1998 года, "
            "должны будут поднимать российский вымпел, сообщил источник в ведомстве.",
            "Требование содержится в ноте, переданной японской стороне.",
            when=WHEN + dt.timedelta(days=2),
        )
    )
    assert second.decision == "same_development", second.reason


# ------------------------------------------------------------ blocks of flats


@pytest.mark.parametrize(
    "sentence",
    [
        "The money goes to a new quay at Kurilsk and apartment blocks in Yuzhno-Kurilsk on "
        "Kunashir, which Japan claims.",
        "Five-storey blocks are going up beside the port of Malokurilskoye on Shikotan, "
        "which Japan claims.",
    ],
)
def test_a_block_of_flats_halts_nothing(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "en", sentence)
    assert "reversal" not in claim.events, claim


def test_a_block_imposed_is_still_a_halt(judge: Judge) -> None:
    claim = _lead(
        judge, "en", "Russia blocks visits by Japanese former residents to the Kuril Islands."
    )
    assert claim.reading.of("change.halt"), claim
