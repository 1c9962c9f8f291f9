"""Lasting signs of whose the islands are (a coin or a stamp issued with them, a monument
unveiled on them, a site of them listed or nominated as heritage), what is no such sign,
and a Japanese quotation that is a name rather than speech. Pages written for these
tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge
from monitor.core.sentence_reading import ClaimReading, quoted_spans

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


def _headline(judge: Judge, lang: str, headline: str) -> ClaimReading:
    return judge.read(page(lang, headline, CLOSING[lang], when=WHEN)).claims[0]


# ------------------------------------------------------------ a sign issued or unveiled


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The Bank of Russia issued a set of silver commemorative coins depicting "
            "volcanoes on Iturup and Kunashir.",
        ),
        (
            "en",
            "Russian Post released a stamp series featuring the lighthouses of Shikotan "
            "and the Habomai islets.",
        ),
        (
            "en",
            "Officials in Yuzhno-Kurilsk unveiled a bronze monument to the Soviet "
            "paratroopers who landed on Kunashir in 1945.",
        ),
        (
            "en",
            "Moscow has listed the ruins of a Japanese-era school on Shikotan as a "
            "protected heritage site.",
        ),
        (
            "en",
            "Tokyo nominated the former residents' diaries from the Kuril Islands for "
            "UNESCO's Memory of the World register.",
        ),
        (
            "ru",
            "Банк России выпустил серию памятных монет с видами вулканов Итурупа и Кунашира.",
        ),
        ("ru", "На Шикотане открыли памятник морякам-пограничникам."),
        (
            "ru",
            "Власти включили маяк на Кунашире в реестр объектов культурного наследия "
            "регионального значения.",
        ),
        ("ja", "ロシアは、択捉島の火山を描いた記念硬貨を発行した。"),
        ("ja", "色丹島でロシア兵の記念碑が除幕された。"),
        (
            "ja",
            "文化審議会は、国後島の遺跡に関する資料をユネスコの世界遺産の国内候補に選んだ。",
        ),
    ],
)
def test_a_lasting_sign_of_the_islands_is_an_event(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert "symbol" in claim.events, claim
    assert claim.reports_event, claim


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a plan to seek one is a prospect
        (
            "en",
            "Scientists on Sakhalin want to nominate the volcanoes of Iturup for UNESCO's "
            "World Heritage list one day.",
        ),
        ("ru", "Учёные предлагают добиваться для Кунашира статуса объекта всемирного наследия."),
        ("ja", "地元の団体は、国後島の遺跡を世界遺産に登録するよう求めている。"),
        # one denied
        (
            "en",
            "The central bank has not issued any commemorative coins depicting the Kuril "
            "Islands this year.",
        ),
    ],
)
def test_a_sign_only_sought_or_denied_is_no_event(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert not claim.reports_event, claim


@pytest.mark.parametrize(
    "sentence",
    [
        # "unveiled" a plan is no monument
        "The governor unveiled a plan for a new fish-processing plant on Iturup.",
        # a stamp in a passport is no stamp issued
        "Border guards on Kunashir stamped the passports of the visiting engineers.",
    ],
)
def test_what_is_no_lasting_sign(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "en", sentence)
    assert "symbol" not in claim.events, claim


def test_a_commemorative_coin_headline_is_no_occasion(judge: Judge) -> None:
    reading = judge.read(
        page(
            "en",
            "Japan protests Russian commemorative coins featuring the Kuril Islands",
            "The Bank of Russia put into circulation silver coins showing Iturup and "
            "Kunashir on Monday, and Tokyo lodged a protest through diplomatic channels.",
            CLOSING["en"],
            when=WHEN,
        )
    )
    assert not reading.claims[0].reading.of("cue.occasion")
    # (an anniversary is still one)
    anniversary = judge.read(
        page(
            "en",
            "Nemuro commemorates the anniversary of the 1945 landings on the Kuril Islands",
            CLOSING["en"],
            when=WHEN,
        )
    )
    assert anniversary.claims[0].reading.of("cue.occasion")


# ------------------------------------------------------------ a quoted name


def test_a_japanese_quotation_that_is_a_name_is_a_term() -> None:
    text = "ロシアが「千島解放者」記念碑を除幕し、政府は「極めて遺憾だ」と述べた。"
    spans = quoted_spans(text, terms=False)
    quoted = [text[a:b] for a, b in spans]
    assert "「極めて遺憾だ」" in quoted
    assert "「千島解放者」" not in quoted


def test_a_sign_named_in_quotation_marks_in_a_japanese_headline(judge: Judge) -> None:
    claim = _headline(judge, "ja", "元島民の手記、「世界の記憶」国内候補に　四島引き揚げ資料")
    assert "symbol" in claim.events, claim
    assert claim.reports_event, claim
