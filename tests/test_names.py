"""Names across scripts (monitor/core/names.py): the keys English, Russian and Japanese
reports of one thing share for a name the gazetteer does not know, and the grouping that
uses them."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.learning import learn_from
from monitor.core.names import name_keys, own_keys, skeleton
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 6, 9, 8, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Diplomats of the two countries met in Bangkok on Tuesday."),
        ("ru", "Дипломаты двух стран встретились в Бангкоке во вторник."),
        ("ja", "両国の外交官が火曜日、バンコクで会談した。"),
    ],
)
def test_a_city_has_one_key_in_three_scripts(lang: str, sentence: str) -> None:
    assert name_keys(sentence, lang, []) == {"~bnk"}


def test_a_name_declined_in_russian_keeps_its_key() -> None:
    keys = {
        k
        for text in ("Встреча с Галузиным прошла в МИД.", "Визит Галузина в Токио.")
        for k in name_keys(text, "ru", [])
    }
    assert "~krsn" in keys
    assert name_keys("Talks with Mikhail Galuzin ended.", "en", []) >= {"~krsn"}
    assert name_keys("ガルージン次官と会談した。", "ja", []) == {"~krsn"}


def test_words_the_rules_read_and_a_sentence_s_first_word_give_no_key() -> None:
    text = "Officials said Bangkok hosted the talks."
    at = text.index("Bangkok")
    assert name_keys(text, "en", [(at, at + len("Bangkok"))]) == frozenset()
    assert skeleton("Officials") not in {k[1:] for k in name_keys(text, "en", [])}


def test_an_outlet_s_own_name_is_no_key_of_its_stories() -> None:
    assert own_keys("Bellwether Asia Wire") >= name_keys(
        "TOKYO (Bellwether) - talks resumed.", "en", []
    )
    assert "~krntprs" in own_keys("Гранит-Пресс")


def test_one_meeting_reported_in_english_then_japanese_is_one_story(judge: Judge) -> None:
    """The gazetteer names no one in the English report's event sentences; the city does.
    The same meeting in Japanese three hours later joins its alert; a meeting of the same
    kind elsewhere the same week is another story."""
    english = article(
        "en",
        "Russian and Japanese diplomats hold rare consultations in Bangkok",
        "Senior diplomats of Russia and Japan held consultations in Bangkok on Tuesday, the "
        "first at that level since 2022, and touched on the peace treaty, officials said.",
        "Both sides called the meeting a one-off.",
        when=WHEN,
    )
    first = judge.assess(english)
    assert first.alerts
    learned = judge.with_knowledge(learn_from(first, english, 1, judge.knowledge))
    japanese = article(
        "ja",
        "日ロの外交当局者がバンコクで協議　平和条約問題も",
        "日本とロシアの外交当局者が9日、タイのバンコクで協議を行い、平和条約問題についても"
        "意見を交わした。局長級の協議は2022年以降で初めて。",
        "双方は今回限りの会合だとしている。",
        when=WHEN + dt.timedelta(hours=3),
    )
    assert learned.assess(japanese).decision == "same_development"
    elsewhere = article(
        "ja",
        "日ロの外交当局者がウランバートルで協議　平和条約問題も",
        "日本とロシアの外交当局者が11日、モンゴルのウランバートルで協議を行い、平和条約問題に"
        "ついても意見を交わした。局長級の協議は2022年以降で初めて。",
        "双方は今回限りの会合だとしている。",
        when=WHEN + dt.timedelta(days=2),
    )
    assert learned.assess(elsewhere).decision != "same_development"


def test_a_one_time_permission_reported_as_an_agreement_is_one_story(judge: Judge) -> None:
    """「…の渡航認める　今夏限り」 (a one-time permission) in Japanese, then "Russia has agreed
    to allow …" in English the next day: one side agreeing to let something happen, read as
    an exception in one report and as an agreement in the other, is one development."""
    japanese = article(
        "ja",
        "国後島の病院支援、日本の医師5人の渡航認める　ロシア「今回限り」",
        "政府は10日、国後島の病院で医療支援を行うため、日本の医師5人が9月に同島を訪れることを"
        "ロシア側が認めたと明らかにした。ロシア側は今回限りの人道的措置としている。",
        "医師団は根室港から船で向かう。",
        when=WHEN,
    )
    first = judge.assess(japanese)
    assert first.alerts
    learned = judge.with_knowledge(learn_from(first, japanese, 1, judge.knowledge))
    english = article(
        "en",
        "Russia lets Japanese doctors work at Kunashir hospital",
        "Russia has agreed to allow five Japanese doctors to travel to Kunashir in September "
        "to help at the island's hospital, the Japanese government said on Tuesday.",
        "The doctors will sail from Nemuro.",
        when=WHEN + dt.timedelta(hours=20),
    )
    assert learned.assess(english).decision == "same_development"
