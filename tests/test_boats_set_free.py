"""A boat and its crew handed back to the other side after a detention are set free: one
report says "handed over to the Japan Coast Guard", the next day's says "released"; both
are one development, in any language the reports come in."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.clauses import in_modifier
from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 10, 6, 7, 0, tzinfo=dt.UTC)

HANDED_BACK = (
    "ru",
    "Капитана японского сейнера оштрафовали, судно вернули японской стороне",
    "Японский сейнер «Сёэй-мару № 8», задержанный пограничниками в сентябре у острова "
    "Зелёный, в понедельник передан японской стороне.",
    "Судно с экипажем из пяти человек под сопровождением пограничного корабля вышло из "
    "Малокурильского и у линии разграничения было передано судну береговой охраны Японии.",
    "Ранее районный суд назначил капитану штраф в размере 900 тысяч рублей.",
)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "第8昭栄丸が根室に帰港　乗組員5人無事",
            "歯舞群島沖でロシアの国境警備局に拿捕されていた根室市の漁船「第8昭栄丸」が解放され、6日夜、"
            "根室市の花咲港に戻った。船長には罰金が科された。",
        ),
        (
            "en",
            "Russia frees Japanese crab boat after fine",
            "Russia has released a Japanese fishing boat and its five crew seized near the "
            "Habomai islets last month, after a court fined the captain.",
        ),
    ],
)
def test_a_boat_handed_back_and_a_boat_released_are_one_story(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The handover alerts; the report of the release hours later joins it."""
    first = article(*HANDED_BACK, when=WHEN)
    handed = judge.assess(first)
    assert handed.alerts, handed.reason
    learned = judge.with_knowledge(learn_from(handed, first, 1, judge.knowledge))
    later = learned.assess(article(lang, title, lead, when=WHEN + dt.timedelta(hours=18)))
    assert later.decision == "same_development", later.reason


@pytest.mark.parametrize(
    ("text", "cue", "described"),
    [
        # a participle after a noun, a phrase of place, then the date: the boat's seizure
        ("Russia freed the boat and the four crew seized off Shikotan last month.", "last", True),
        ("Moscow returned the trawler detained near Tanfilyev Island in June.", "in June", True),
        # a verb of the sentence's own has its object after it, not a preposition
        ("Border guards in Sakhalin seized a boat off Shikotan last month.", "last", False),
        # nor is a verb after its subject alone a participle that describes it
        ("Talks between the two countries resumed last month.", "last", False),
    ],
)
def test_a_date_after_a_participle_and_a_place_dates_the_noun(
    text: str, cue: str, described: bool
) -> None:
    """ "the crew seized near the Habomai islets last month": the date tells when the crew
    was seized, not when the sentence's own act was done."""
    assert in_modifier(text, "en", text.index(cue)) is described
