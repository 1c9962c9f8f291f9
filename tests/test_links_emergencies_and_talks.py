"""A link to the islands withdrawn or restored, a regular line's first call, an emergency
declared, talks between the two governments put on hold whatever they are named by, and
what only looks like an act: a resumption prepared for, a study commissioned, a tender's
paperwork, a forum opened, visits people are unable to make. Pages written for these
tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge
from monitor.core.sentence_reading import ClaimReading

WHEN = dt.datetime(2026, 8, 18, 6, 0, tzinfo=dt.UTC)
HEADLINE = {"en": "Regional news roundup", "ru": "Новости региона", "ja": "地域のニュース"}
CLOSING = {
    "en": "Officials gave no further details when asked on Tuesday, and the regional "
    "administration declined to comment on the matter.",
    "ru": "Подробности в ведомстве во вторник не сообщили, сославшись на порядок.",
    "ja": "詳しい経緯は明らかになっておらず、地元の自治体が情報の収集を急いでいる。",
}


def _lead(judge: Judge, lang: str, sentence: str) -> ClaimReading:
    return judge.read(page(lang, HEADLINE[lang], sentence, CLOSING[lang], when=WHEN)).claims[1]


def _assess(judge: Judge, lang: str, headline: str, sentence: str) -> bool:
    """Does a page with this headline and lead alert?"""
    return judge.assess(page(lang, headline, sentence, CLOSING[lang], when=WHEN)).alerts


# ------------------------------------------------------------ what is prepared for


@pytest.mark.parametrize(
    "sentence",
    [
        "交流事業の経費は、再開に備えて引き続き計上した。",
        "交流事業は再開を見据えて予算を確保した。",
        "交流事業は、再開を見越して予算を確保した。",
    ],
)
def test_a_resumption_prepared_for_or_foreseen_moves_nothing(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "ja", sentence)
    assert not claim.changes, claim


def test_a_headlines_resumption_toward_a_quoted_noun_is_a_prospect(judge: Judge) -> None:
    article = page(
        "ja",
        "北方対策予算、前年並み　墓参再開へ「準備」続ける",
        "政府が閣議決定した予算案で、北方対策本部の予算は前年度とほぼ同額となった。",
        when=WHEN,
    )
    assert judge.read(article).claims[0].changes == ()


# ------------------------------------------------------------ links to the islands


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Only passenger ship to the southern Kurils withdrawn",
            "The only passenger ship sailing from Korsakov to Kunashir and Shikotan has been "
            "withdrawn after a failed hull inspection, and the sea link is suspended "
            "indefinitely, the regional transport ministry said.",
        ),
        (
            "ru",
            "Морское сообщение с Шикотаном приостановлено",
            "Пассажирское морское сообщение между Корсаковом и Шикотаном приостановлено на "
            "неопределённый срок: единственный теплоход выведен из эксплуатации.",
        ),
        (
            "ja",
            "色丹島への旅客航路が運休　唯一の定期船が検査不合格",
            "サハリン州と色丹島を結ぶ唯一の旅客航路が、定期船の検査不合格で運航を停止した。",
        ),
        (
            "ru",
            "Морское сообщение с Кунаширом восстановлено",
            "Пассажирское морское сообщение между Корсаковом и Кунаширом возобновлено "
            "зафрахтованным судном до конца навигации.",
        ),
    ],
)
def test_a_link_to_the_islands_withdrawn_or_restored_is_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assert _assess(judge, lang, headline, sentence)


def test_flights_halted_by_volcanic_ash_are_no_news(judge: Judge) -> None:
    assert not _assess(
        judge,
        "en",
        "Volcanic ash halts flights to Iturup airport",
        "Ash from an eruption on Iturup halted flights at the island's airport on Monday, "
        "the regional transport ministry said.",
    )


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Kunashir sailings cancelled as storm hits",
            "Sailings of the passenger ship to Kunashir were cancelled on Monday as a storm "
            "swept the southern Kurils, the port said.",
        ),
        (
            "ru",
            "Рейсы теплохода на Итуруп отменены из-за шторма",
            "Рейсы пассажирского теплохода на Итуруп приостановлены из-за шторма, сообщили в "
            "порту Корсакова.",
        ),
    ],
)
def test_a_sailing_cancelled_in_a_storm_is_no_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assert not _assess(judge, lang, headline, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "A Chinese container ship made the first call of a new regular service to Iturup "
            "on Monday, the port said.",
        ),
        ("ru", "В Курильск пришло первое судно новой контейнерной линии из Шанхая."),
        ("ja", "中国の海運会社が上海と択捉島を結ぶコンテナ定期航路を開設した。"),
    ],
)
def test_a_regular_lines_first_call_at_the_islands_is_news(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert "infrastructure" in claim.events, claim
    assert claim.reports_event, claim


# ------------------------------------------------------------ an emergency declared


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The district administration declared a state of emergency on Kunashir on Monday "
            "after a fire at the island's only power station.",
        ),
        (
            "ru",
            "Администрация округа ввела на Кунашире режим чрезвычайной ситуации после пожара "
            "на электростанции.",
        ),
        ("ja", "国後島の地元行政府は、発電所の火災を受けて非常事態を宣言した。"),
    ],
)
def test_an_emergency_declared_on_the_islands_is_news(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert "accident" in claim.events, claim
    assert claim.reports_event, claim


def test_an_emergency_only_threatened_is_no_news(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "The district may declare a state of emergency on Kunashir if the tanker does not "
        "arrive this week, officials said.",
    )
    assert not claim.reports_event, claim


# ------------------------------------------------------------ talks between the two


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Russia puts Geneva talks with Japan on hold",
            "Russia has called off the next round of its consultations with Japan in Geneva "
            "and told Tokyo the format is on pause, the foreign ministry said.",
        ),
        (
            "ru",
            "Россия приостановила женевские консультации с Японией",
            "Россия приостановила консультации с Японией в Женеве, сообщили в МИД России.",
        ),
        (
            "ja",
            "ロシア、日本とのジュネーブ協議を中断",
            "ロシア外務省は、日本とのジュネーブでの協議を中断すると日本側に通告した。",
        ),
    ],
)
def test_talks_between_the_two_put_on_hold_are_news_whatever_they_are_named_by(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assert _assess(judge, lang, headline, sentence)


def test_talks_named_frozen_beside_an_envoys_arrival_are_no_news(judge: Judge) -> None:
    assert not _assess(
        judge,
        "en",
        "Japan's new envoy reaches Moscow, calls for dialogue despite frozen talks with Russia",
        "Japan's new ambassador to Russia presented copies of his credentials at the Russian "
        "foreign ministry on Monday, the embassy said.",
    )


def test_talks_between_the_two_only_hoped_to_resume_are_no_news(judge: Judge) -> None:
    assert not _assess(
        judge,
        "en",
        "Tokyo hopes Geneva talks with Russia can resume",
        "Japan hopes its consultations with Russia in Geneva could resume next year, the "
        "foreign minister said.",
    )


# ------------------------------------------------------------ what only looks like an act


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional government has commissioned a feasibility study into a longer runway "
        "at the airport on Iturup.",
        "Work on the runway at the Iturup airport will be put out to bid, according to a "
        "tender notice published on Monday.",
        "When Russian officials open the economic forum in Vladivostok this week, they will "
        "talk up investment in the Kurils.",
    ],
)
def test_a_study_a_tenders_paperwork_or_a_forum_opened_is_no_event(
    judge: Judge, sentence: str
) -> None:
    claim = _lead(judge, "en", sentence)
    assert not claim.reports_event, claim


def test_a_new_airport_terminal_opened_is_still_news(judge: Judge) -> None:
    claim = _lead(judge, "en", "Russia opened a new passenger terminal at the Iturup airport.")
    assert "infrastructure" in claim.events, claim


def test_visits_people_are_unable_to_make_are_no_visits(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "Former residents of the islands have been unable to visit their family graves "
        "there for five years now.",
    )
    assert not claim.reports_event, claim


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "В Госдуму внесён законопроект о прекращении действия декларации 1956 года."),
        ("ja", "ロシア下院に、日ソ共同宣言の効力を停止する法案が提出された。"),
    ],
)
def test_the_end_a_bill_proposes_is_no_end(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert not claim.changes, claim


def test_the_end_a_government_declares_is_an_end(judge: Judge) -> None:
    claim = _lead(
        judge,
        "ru",
        "Россия объявила о прекращении действия советско-японской декларации 1956 года.",
    )
    assert claim.changes, claim


def test_a_participle_between_an_article_and_its_noun_is_no_event(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "The only ratified document on the islands promises Shikotan and the Habomai to "
        "Japan once a peace treaty is signed.",
    )
    assert "legislation" not in claim.events, claim


def test_a_document_ratified_is_still_legislation(judge: Judge) -> None:
    claim = _lead(
        judge, "en", "Russia's Duma ratified an agreement on fishing off the Kuril Islands."
    )
    assert "legislation" in claim.events, claim


def test_what_a_city_tries_to_revive_is_not_revived(judge: Judge) -> None:
    """An attempt is not the act: "as it tries to revive a port economy" restores no port."""
    claim = _lead(
        judge,
        "en",
        "Nemuro will host more cruise calls this summer as it tries to revive a port economy "
        "once sustained by trips to the disputed islands.",
    )
    assert not claim.reports_event, claim
