"""A trip that is where someone's words were said ("…, the governor said during a working
trip to Kunashir") is the circumstance of the report of those words, not a visit reported
as news; a visit the sentence reports as its own act still is. Pages written for these
tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)

SETTINGS = {
    "en": (
        "Sakhalin governor: no return to visa-free trips while sanctions stay",
        "Visa-free trips between the southern Kurils and Japan will not come back while Tokyo "
        "keeps its sanctions, the governor of Sakhalin said during a working trip to Kunashir "
        "on Tuesday.",
    ),
    "ru": (
        "Губернатор: безвизовых поездок не будет, пока действуют санкции",
        "Безвизовые поездки между Южными Курилами и Японией не вернутся, пока Токио сохраняет "
        "санкции. Об этом сказал губернатор Сахалинской области в ходе рабочей поездки на "
        "остров Итуруп.",
    ),
    "ja": (
        "サハリン州知事「制裁続く限りビザなし交流なし」",
        "択捉島を訪問中のサハリン州知事は15日、日本が制裁を続ける限りビザなし交流は再開しないと"
        "記者団に述べた。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_trip_where_words_were_said_is_no_visit(judge: Judge, lang: str) -> None:
    title, lead = SETTINGS[lang]
    article = page(lang, title, lead, "No further details were given.", when=WHEN)
    marker = {"en": "said during", "ru": "в ходе", "ja": "訪問中"}[lang]
    setting = [c for c in judge.read(article).claims if marker in c.text]
    assert setting
    assert all("visit" not in c.events for c in setting), [(c.text, c.events) for c in setting]
    assert not judge.assess(article).alerts


VISITS = {
    "en": (
        "Russian culture minister visits Iturup",
        "Russia's culture minister visited Iturup on Tuesday and said a new museum would open "
        "there next year.",
    ),
    "ru": (
        "Министр культуры России посетила Итуруп",
        "Министр культуры России посетила Итуруп и заявила журналистам, что музей откроется в "
        "следующем году.",
    ),
    "ja": (
        "ロシア文化相が択捉島を訪問",
        "ロシアの文化相が15日、択捉島を訪問し、来年に博物館を開館すると記者団に述べた。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_visit_reported_as_its_own_act_still_counts(judge: Judge, lang: str) -> None:
    title, lead = VISITS[lang]
    reading = judge.read(page(lang, title, lead, "No further details were given.", when=WHEN))
    assert any("visit" in c.events for c in reading.claims[1:2]), [
        (c.text, sorted(c.events)) for c in reading.claims
    ]
