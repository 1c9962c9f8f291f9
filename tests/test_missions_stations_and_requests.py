"""A request named at a Japanese headline's end, a status's review let through, two
halts or liftings of things named apart, stations and transmitters brought into service,
a trip named as one off the islands, a mission closed or opened, and an aircraft's
emergency landing. Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import moves, page

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge
from monitor.core.sentence_reading import ClaimReading

WHEN = dt.datetime(2026, 9, 15, 6, 0, tzinfo=dt.UTC)
HEADLINE = {"en": "Regional news roundup", "ru": "Новости региона", "ja": "地域のニュース"}
CLOSING = {
    "en": "Officials gave no further details when asked on Tuesday, and the regional "
    "administration declined to comment on the matter.",
    "ru": "Подробности в ведомстве во вторник не сообщили, сославшись на порядок.",
    "ja": "詳しい経緯は明らかになっておらず、地元の自治体が情報の収集を急いでいる。",
}


def _lead(judge: Judge, lang: str, sentence: str) -> ClaimReading:
    return judge.read(page(lang, HEADLINE[lang], sentence, CLOSING[lang], when=WHEN)).claims[1]


# ------------------------------------------------------------ a request at the headline's end


@pytest.mark.parametrize(
    "headline",
    [
        # the part with no verb names what the last part asks for
        "自由訪問の再開「せめて来夏には」　根室の町長ら、内閣府に要請",
        "ビザなし交流の再開　元島民の会が外相に要望",
        # 「一日も早く」 in the quotation: wished to come soon
        "墓参の再開「一日も早く」",
        "ビザなし交流再開「一刻も早く」　元島民",
    ],
)
def test_a_move_named_before_a_request_at_a_headlines_end_is_asked_for(
    judge: Judge, headline: str
) -> None:
    article = page(
        "ja",
        headline,
        "元島民らでつくる団体の代表が16日、東京の省庁を訪れ、交流事業について説明を受けた。",
        when=WHEN,
    )
    assert judge.read(article).claims[0].changes == (), headline


@pytest.mark.parametrize(
    "headline",
    [
        # a request answered: the move is done, the request is past
        "ビザなし交流を再開　ロシアが日本側の要請に応じる",
        "墓参を再開　ロシアが容認",
    ],
)
def test_a_move_done_in_a_headline_stays_done(judge: Judge, headline: str) -> None:
    article = page(
        "ja",
        headline,
        "ロシア外務省は16日、日本側に口上書で回答し、今夏の実施を認めた。",
        when=WHEN,
    )
    assert judge.read(article).claims[0].changes, headline
    assert moves(judge, article), headline


# ------------------------------------------------------------ a review let through


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "На сессии Совета министров ОЧЭС российская делегация не стала возражать против "
            "передачи на рассмотрение экспертов вопроса о продлении Японии статуса партнёра по "
            "отраслевому диалогу.",
        ),
        (
            "en",
            "At the BSEC ministers' meeting Russia did not object to a review of whether "
            "Japan's sectoral dialogue partner status should be renewed.",
        ),
    ],
)
def test_a_review_of_a_status_let_through_moves_nothing(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert not claim.changes, claim


def test_a_renewal_not_objected_to_still_moves_the_status(judge: Judge) -> None:
    claim = _lead(
        judge,
        "ru",
        "Российская делегация не стала возражать против продления Японии статуса партнёра "
        "ОЧЭС по отраслевому диалогу.",
    )
    assert claim.changes, claim


# ------------------------------------------------------------ halts named apart


def test_a_restoration_days_after_another_on_a_place_named_apart_is_news(judge: Judge) -> None:
    """A one-off grave visit to Yuri island let happen, alerted; two days later a naval
    base on Simushir being restored: no other report of the visit."""
    first_page = page(
        "ja",
        "勇留島で墓参へ　ロシアが「今回限り」容認",
        "歯舞群島の勇留島での墓参について、ロシア側が今回に限り認めると日本側に回答した。",
        when=WHEN,
    )
    first = judge.assess(first_page)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, first_page, 1, judge.knowledge))
    second = learned.assess(
        page(
            "en",
            "Pacific Fleet begins restoring naval base on Simushir",
            "Russia's Pacific Fleet has begun restoring the naval base on Simushir in the "
            "central Kurils, abandoned since the 1990s, its commander said on Sunday.",
            when=WHEN + dt.timedelta(days=2),
        )
    )
    assert second.decision != "same_development", second.reason


# ------------------------------------------------------------ stations brought into service


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Russia has put into operation a satellite tracking station on Iturup, the "
            "regional government said on Monday.",
        ),
        ("en", "Russia switched on a new radar station on Kunashir on Monday, Tokyo said."),
        ("ru", "На Кунашире введена в эксплуатацию станция слежения за спутниками."),
        ("ru", "На Итурупе заработала новая радиолокационная станция, сообщили в округе."),
        ("ja", "ロシアが択捉島に新設したレーダー施設が運用を始めた。"),
    ],
)
def test_a_station_brought_into_service_on_the_islands_is_news(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert claim.reports_event, claim
    assert {"construction", "infrastructure"} & claim.events, claim


def test_a_station_only_planned_is_no_news(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "Russia may put a radar station on Kunashir into operation next year, a deputy said.",
    )
    assert not claim.reports_event, claim


# ------------------------------------------------------------ a trip off the islands


@pytest.mark.parametrize(
    "sentence",
    [
        "On her first visit to Nemuro since taking office, the minister met former "
        "residents and toured the museum on the cape.",
        "During a visit to Rausu on Monday, the minister toured the port and met fishermen.",
    ],
)
def test_a_trip_named_off_the_islands_takes_its_sentences_other_visits(
    judge: Judge, sentence: str
) -> None:
    claim = _lead(judge, "en", sentence)
    assert "visit" not in claim.events, claim


def test_a_visit_to_the_islands_beside_a_stop_off_them_is_still_a_visit(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "Russia's deputy prime minister flew from Yuzhno-Sakhalinsk and visited Iturup on "
        "Monday, touring a new fish plant.",
    )
    assert "visit" in claim.events, claim


def test_what_someone_is_to_be_persuaded_to_allow_is_asked(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "The mayors spent Monday at the ministries with one request: persuade Russia to let "
        "former residents visit their families' graves on the islands.",
    )
    assert not claim.changes, claim
    assert not claim.reports_event, claim


# ------------------------------------------------------------ a mission closed or opened


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Russia orders Japan to shut its consulate-general in Khabarovsk",
            "Russia has ordered Japan to close its consulate-general in Khabarovsk by "
            "September 30, Japan's foreign ministry said on Tuesday.",
        ),
        (
            "ru",
            "Россия закрывает генконсульство Японии в Хабаровске",
            "МИД России уведомил японскую сторону о прекращении работы генерального "
            "консульства Японии в Хабаровске с 30 сентября.",
        ),
        (
            "ja",
            "在ハバロフスク総領事館、閉鎖へ　ロシアが通告",
            "ロシア外務省は14日、日本の在ハバロフスク総領事館の閉鎖を日本側に通告した。",
        ),
        (
            "ja",
            "ハバロフスクに日本の「連絡事務所」　ロシアが同意",
            "ロシア側は、日本がハバロフスクに連絡事務所を置くことに同意したと日本側に伝えた。",
        ),
        (
            "ru",
            "Японии разрешили открыть офис связи в Хабаровске",
            "МИД России дал согласие на открытие в Хабаровске офиса связи Японии.",
        ),
    ],
)
def test_a_mission_of_one_side_closed_or_opened_in_the_other_is_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assessment = judge.assess(page(lang, headline, sentence, CLOSING[lang], when=WHEN))
    assert assessment.alerts, assessment.reason


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Japan's consulate in Khabarovsk to stay open, ministry says",
            "Japan has no plans to close its consulate-general in Khabarovsk, the foreign "
            "ministry said on Tuesday.",
        ),
        (
            "ru",
            "В МИД не исключили закрытия консульства Японии",
            "В МИД России не исключили, что генконсульство Японии в Хабаровске может быть "
            "закрыто, если Токио продолжит санкционную политику.",
        ),
    ],
)
def test_a_mission_closing_denied_or_foreseen_is_no_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assessment = judge.assess(page(lang, headline, sentence, CLOSING[lang], when=WHEN))
    assert not assessment.alerts, assessment.reason


# ------------------------------------------------------------ an emergency landing


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "Самолёт, летевший на Итуруп, экстренно сел в аэропорту Хоккайдо из-за "
            "неисправности двигателя.",
        ),
        ("ja", "択捉島に向かっていたロシアの旅客機が、北海道の空港に緊急着陸した。"),
    ],
)
def test_an_aircraft_bound_for_the_islands_landing_in_an_emergency_is_an_accident(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert "accident" in claim.events, claim
    assert claim.reports_event, claim
