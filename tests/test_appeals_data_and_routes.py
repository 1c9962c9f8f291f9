"""A text adopted that only asks, data one side stops or starts sending the other, a
Russian future dated by the day it starts, a new air route to the islands, a move named a
goal, flights held up, a ship let go, the mail and an airport shut, and a block of flats.
Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

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
            "Депутаты городской думы приняли резолюцию с призывом к правительству ускорить "
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
    assert not claim.reports_event, claim
    assert any(why == "requested" for _, why in claim.unasserted), claim


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


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Japan's upper house unanimously adopted a resolution demanding the return of the "
            "four Russian-held islands off Hokkaido.",
        ),
        ("ja", "参院本会議は、北方四島の早期返還を求める決議を全会一致で可決した。"),
    ],
)
def test_a_parliaments_resolution_that_demands_is_still_an_act(
    judge: Judge, lang: str, sentence: str
) -> None:
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


# ------------------------------------------------------------ a move named a goal


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            'He added that restoring visa-free exchanges with the islands was a "key goal" of '
            "his government.",
        ),
        (
            "ru",
            "Возобновление безвизовых обменов с островами остаётся приоритетом правительства, "
            "заявил министр.",
        ),
        (
            "ru",
            "Восстановление безвизовых обменов с островами является главной задачей, заявил "
            "министр.",
        ),
        ("ja", "首相は、北方四島とのビザなし交流の再開が最優先課題だと述べた。"),
    ],
)
def test_a_move_named_a_goal_moves_nothing(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert not claim.changes, claim


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Возобновление безвизовых обменов с островами состоялось в понедельник."),
        ("ja", "北方四島とのビザなし交流の再開が決まった。"),
    ],
)
def test_a_move_done_still_moves(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert [ch for ch in claim.changes if ch[0] == "visa-free-exchanges"], claim


# ------------------------------------------------------------ held up, let go, shut


def test_flights_held_up_are_no_detention(judge: Judge) -> None:
    claim = _lead(
        judge, "ru", "Рейсы на Итуруп сначала задержали, а затем отменили, сообщили на Кунашире."
    )
    assert "detention" not in claim.events, claim


def test_a_boat_held_is_still_a_detention(judge: Judge) -> None:
    claim = _lead(judge, "ru", "Пограничники задержали японскую шхуну у Кунашира.")
    assert "detention" in claim.events, claim


@pytest.mark.parametrize(
    ("sentence", "released"),
    [
        ("Пограничники выпустили японскую шхуну, задержанную у Кунашира в мае.", True),
        ("Банк России выпустил монету с изображением вулкана на Кунашире.", False),
    ],
)
def test_a_ship_let_out_is_released_a_coin_issued_is_not(
    judge: Judge, sentence: str, released: bool
) -> None:
    claim = _lead(judge, "ru", sentence)
    assert ("release" in claim.events) is released, claim


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Japan Post to stop taking letters for disputed islands",
            "Japan Post will stop accepting letters and parcels addressed to the four "
            "Russian-held islands off Hokkaido from December 1, the company said.",
        ),
        (
            "ru",
            "Японская почта прекращает приём писем на Курилы",
            "Японская почтовая компания с 1 декабря прекращает приём писем и посылок на "
            "Кунашир, Итуруп и Шикотан.",
        ),
        (
            "en",
            "Iturup airport shut until further notice",
            "The only civilian airport on Iturup, one of the Kuril Islands claimed by Japan, "
            "was shut to all flights on Monday after its landing lights failed.",
        ),
    ],
)
def test_a_link_to_the_islands_halted_is_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assert _alerts(judge, lang, headline, sentence)


def test_shut_out_of_talks_halts_nothing(judge: Judge) -> None:
    claim = _lead(judge, "en", "Japan has been shut out of any talks on the Kuril Islands.")
    assert not claim.reading.of("change.halt"), claim


# ------------------------------------------------------------ the other side's craft let in


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Japan lets Iturup-bound Russian planes land at Kushiro, this winter only",
            "Tokyo will allow Russian passenger planes flying to Iturup, one of the islands it "
            "claims, to land at Kushiro airport when the island is fogged in, officials said.",
        ),
        (
            "ja",
            "択捉行きロシア機、釧路空港への代替着陸を今冬に限り容認",
            "国土交通省は、ロシアの航空会社が運航する択捉島行きの便について、悪天候で着陸できない場合に、"
            "釧路空港を代替着陸地として使うことを今冬に限り認めると発表した。",
        ),
    ],
)
def test_one_side_letting_the_others_craft_in_once_is_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assert _alerts(judge, lang, headline, sentence)


def test_a_condition_of_the_act_itself_still_conditions_it(judge: Judge) -> None:
    claim = _lead(judge, "ja", "条件が整えば、ロシアは北方墓参の再開を認める考えだ。")
    assert not claim.changes, claim
    assert not claim.reports_event, claim


def test_a_place_tied_by_a_hyphen_is_named(judge: Judge) -> None:
    claim = _lead(judge, "en", "Kunashir-bound ferries were delayed by ice on Monday.")
    assert "islands" in claim.reading.concepts(), claim


# ------------------------------------------------------------ a storm in the headline


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "ru",
            "Циклон отрезал Курилы от материка",
            "Авиакомпания «Аврора» отменила рейсы из Южно-Сахалинска на Итуруп и Кунашир, на "
            "которые претендует Япония, третий день подряд.",
        ),
        (
            "en",
            "Storm cuts off Russian-held Kurils",
            "Aurora cancelled flights to Iturup and Kunashir, which Japan claims, for a third "
            "day on Wednesday.",
        ),
    ],
)
def test_a_link_halted_under_a_storms_headline_is_daily_life(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assert not _alerts(judge, lang, headline, sentence)


def test_a_link_halted_under_a_plain_headline_is_news(judge: Judge) -> None:
    assert _alerts(
        judge,
        "en",
        "Russia halts flights to Iturup",
        "Russia halted all passenger flights to Iturup, one of the islands Japan claims, "
        "citing security, the transport ministry said on Wednesday.",
    )
