"""Decisions on pages written for these tests, on what the third blind round of 2026-12-05
showed misread: a refusal that is itself the act (an offer of help turned down, a refusal
to go on with talks), an ending told in a narrower word than a halt, a Japanese sentence
whose topic names the matter, and a concessive clause's year."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.learning import learn_from
from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 7, 20, 9, 0, tzinfo=dt.UTC)
FILLER_JA = "関係者によると、詳しい経緯は明らかになっていない。地元の根室市も情報収集を急いでいる。"


def _page(lang: str, title: str, *paragraphs: str, when: dt.datetime = WHEN) -> Article:
    if lang == "ja":
        paragraphs = (*paragraphs, FILLER_JA)
    return article(lang, title, *paragraphs, when=when)


def _moves(judge: Judge, page: Article) -> list[tuple[str, str]]:
    return [(c.status_id, c.new.state.split(":")[0]) for c in judge.assess(page).changes]


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia declines Japanese offer of help after Iturup flood",
            "Russia has declined a Japanese offer of emergency assistance after floods cut off "
            "two villages on Iturup, saying its own rescuers were coping, Tokyo said on Monday.",
        ),
        (
            "ru",
            "Сахалинские власти отказались от помощи Японии после наводнения на Итурупе",
            "Власти Сахалинской области отказались от предложенной Японией помощи в ликвидации "
            "последствий наводнения на Итурупе, сообщили в понедельник в правительстве региона.",
        ),
        (
            "ja",
            "択捉島の洪水　ロシア、日本の支援申し出を断る",
            "北方領土の択捉島で起きた洪水を巡り、日本政府が外交ルートで申し入れた緊急支援について、"
            "ロシア側は19日、「自力で対応できる」として支援の申し出を断った。",
        ),
    ],
)
def test_an_offer_of_help_turned_down_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """One side turning down the other's help for the islands is a humanitarian act
    between the two governments, whatever its negative verb."""
    result = judge.assess(_page(lang, title, lead))
    assert result.decision == "new_development", result.reason


def test_a_refusal_to_go_on_with_running_talks_halts_them(judge: Judge) -> None:
    """Talks resumed (an earlier alert), then "refused … to continue" them: the talks halt.
    Where they are halted already, the same words restate it."""
    resumed = _page(
        "en",
        "Russia and Japan hold first peace treaty talks since 2022",
        "Russian and Japanese deputy foreign ministers held peace treaty talks in Astana on "
        "Monday, the first since Moscow broke off the negotiations in March 2022.",
        when=WHEN - dt.timedelta(days=120),
    )
    first = judge.assess(resumed)
    assert [(c.status_id, c.new.state.split(":")[0]) for c in first.changes] == [
        ("peace-treaty-talks", "resumed")
    ]
    learned = judge.with_knowledge(learn_from(first, resumed, 1, judge.knowledge))
    refusal = _page(
        "en",
        "Russia refuses to continue peace treaty talks with Japan",
        "Russia refused on Tuesday to continue the peace treaty consultations with Japan, "
        "citing new Japanese sanctions, the foreign ministry said.",
    )
    assert _moves(learned, refusal) == [("peace-treaty-talks", "halted")]
    assert not judge.assess(refusal).alerts


def test_an_ending_told_beside_a_halt_is_the_move(judge: Judge) -> None:
    """«прекратил обмены» may be a halt; «о прекращении действия договорённости» is the
    ending of the arrangement: the narrower word decides the move (from the state the
    report tells: the exchanges restored in 2025)."""
    page = _page(
        "ru",
        "МИД России снова прекратил безвизовые обмены с Японией",
        "МИД России в понедельник уведомил посольство Японии о прекращении действия "
        "договорённости о безвизовых обменах между южными Курилами и Японией, восстановленной "
        "в апреле 2025 года.",
    )
    assert _moves(judge, page) == [("visa-free-exchanges", "ended")]


def test_a_japanese_sentence_about_a_matter_moves_it_by_its_last_verb(judge: Judge) -> None:
    """「墓参について、…今回に限り受け入れることを認めた」: the matter the sentence is about
    (について) is what its verb of permitting allows, far as it stands; a year in a
    concessive clause (「…途絶えていたが、」) dates that clause, not the report."""
    page = _page(
        "ja",
        "元島民の墓参、色丹島で実施へ　ロシアが容認",
        "外務省は19日、色丹島の墓地への元島民らによる墓参について、2019年を最後に途絶えて"
        "いたが、ロシア側が人道的観点から今回に限り受け入れることを認めたと発表した。",
    )
    assert _moves(judge, page) == [("former-residents-visits", "allowed once")]
