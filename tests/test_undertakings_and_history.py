"""Decisions on pages written for these tests, on what the first blind round of the
session of 2026-12-05 (afternoon) showed misread: an undertaking agreed to ("agreed to
look after the cemeteries"), and history told with a state that no longer exists as its
actor."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 7, 20, 9, 0, tzinfo=dt.UTC)
FILLER_JA = "関係者によると、詳しい経緯は明らかになっていない。地元の根室市も情報収集を急いでいる。"


def _page(lang: str, title: str, *paragraphs: str, when: dt.datetime = WHEN) -> Article:
    if lang == "ja":
        paragraphs = (*paragraphs, FILLER_JA)
    return article(lang, title, *paragraphs, when=when)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "色丹島の旧日本人墓地、ロシア側が修繕へ　日本の要望受け",
            "色丹島に残る旧日本人墓地について、ロシア・サハリン州の地元行政府が、倒れた墓石の"
            "修繕と草刈りを行い、結果を日本側に書面で伝えることに同意した。外務省が18日発表した。",
        ),
        (
            "ru",
            "Власти Шикотана возьмут на себя уход за японскими кладбищами",
            "Администрация Малокурильского округа согласилась ухаживать за старыми японскими "
            "кладбищами на Шикотане и дважды в год сообщать японской стороне об их состоянии, "
            "сообщили в четверг в правительстве Сахалинской области.",
        ),
    ],
)
def test_an_undertaking_agreed_to_is_news(judge: Judge, lang: str, title: str, lead: str) -> None:
    """One side agreeing to do something for the other on the islands ("することに同意した",
    «согласилась ухаживать») is an agreement, as "agreed to" is in English."""
    result = judge.assess(_page(lang, title, lead))
    assert result.decision == "new_development", result.reason
    assert "agreement" in result.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "択捉島の墓地問題　ロシア側、日本の主張には同意せず",
            "択捉島の旧日本人墓地を巡り、ロシア側は18日、日本側の主張に同意しないと回答した。",
        ),
        (
            "ru",
            "На Шикотане не согласились с претензиями Токио по кладбищам",
            "Администрация Малокурильского округа не согласилась с оценками японской стороны "
            "состояния кладбищ на Шикотане, сообщили в четверг в правительстве области.",
        ),
    ],
)
def test_agreeing_with_a_view_is_no_undertaking(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Agreeing (or not) with a view or a claim undertakes nothing."""
    result = judge.assess(_page(lang, title, lead))
    assert not result.alerts, result.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead", "second"),
    [
        (
            "en",
            "What the 1956 declaration says about the islands",
            "The Soviet-Japanese Joint Declaration, signed in Moscow in October 1956, remains the "
            "only ratified text that speaks of the islands' future, seventy years on.",
            "The document ended the state of war and restored diplomatic relations; the Soviet Union agreed to hand Shikotan and the Habomai "
            "islets to Japan once a peace treaty was concluded.",
        ),
        (
            "ru",
            "Что говорится об островах в декларации 1956 года",
            "Совместная декларация, подписанная в Москве в октябре 1956 года, и через семьдесят "
            "лет остаётся единственным ратифицированным документом о будущем островов.",
            "Документ прекратил состояние войны и восстановил дипломатические отношения; СССР согласился передать Японии Шикотан и острова "
            "Хабомаи после заключения мирного договора.",
        ),
        (
            "ja",
            "日ソ共同宣言70年　島の将来を記した唯一の文書",
            "1956年10月にモスクワで署名された日ソ共同宣言は、70年たった今も、島の将来に触れた唯一の"
            "批准文書だ。",
            "この文書は戦争状態を終わらせて国交を回復し、ソ連は平和条約締結後に色丹島と歯舞群島を日本に引き渡すことに"
            "同意した。",
        ),
    ],
)
def test_the_soviet_union_acting_is_history(
    judge: Judge, lang: str, title: str, lead: str, second: str
) -> None:
    """A state that no longer exists as the actor of a sentence tells history, whatever its
    verb: the sentence is background, and no agreement of today."""
    page = _page(lang, title, lead, second)
    soviet = [c for c in judge.read(page).claims if c.text.startswith(second[:12])]
    assert soviet and "background" in soviet[0].flags, [(c.text, c.flags) for c in soviet]
    result = judge.assess(page)
    assert not result.alerts, result.reason
