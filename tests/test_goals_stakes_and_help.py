"""A resumption that is the topic of a goal, a share of an island firm bought, help from
one side let onto the islands, and an election still ahead. Pages written for these
tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 8, 20, 6, 0, tzinfo=dt.UTC)
CLOSING = {
    "en": "Officials gave no further details of the decision when asked on Thursday, "
    "and the regional administration declined to comment.",
    "ru": "Подробности решения в ведомстве в четверг не сообщили, сославшись на порядок.",
    "ja": "詳しい経緯は明らかになっておらず、地元の漁協や自治体が情報の収集を急いでいる。",
}


# ------------------------------------------------------ a goal is not a move (ja)


@pytest.mark.parametrize(
    "title",
    [
        "外相、墓参再開は「最優先」　参院外交防衛委",
        "北方墓参の再開は最重要課題　首相が答弁",
    ],
)
def test_a_resumption_that_is_the_topic_of_a_goal_moves_nothing(judge: Judge, title: str) -> None:
    article = page("ja", title, CLOSING["ja"], when=WHEN)
    headline = judge.read(article).claims[0]
    assert not headline.changes, headline
    assert ("再開", "requested") in headline.unasserted, headline
    assert not judge.assess(article).changes


def test_a_resumption_agreed_still_moves(judge: Judge) -> None:
    claim = judge.read(
        page("ja", "北方墓参の再開で合意　日ロ外務省", CLOSING["ja"], when=WHEN)
    ).claims[0]
    assert ("former-residents-visits", "resume") in claim.changes, claim


# ------------------------------------------------------- a share bought


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Hong Kong trader takes 30% of Shikotan cannery"),
        ("en", "Singapore fund buys a stake in Iturup geothermal plant"),
        ("ru", "Гонконгская компания стала совладельцем консервного завода на Шикотане"),
        ("ru", "Сингапурский фонд приобрёл 30% долей геотермальной станции на Итурупе"),
        ("ja", "色丹島の缶詰工場、香港企業が株式30％を取得"),
    ],
)
def test_a_share_of_an_island_firm_bought_is_an_investment(
    judge: Judge, lang: str, title: str
) -> None:
    claim = judge.read(page(lang, title, CLOSING[lang], when=WHEN)).claims[0]
    assert "investment" in claim.events, claim


# ----------------------------------------------- help let onto the islands


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Russia lets Japanese rescue divers search waters off Shikotan"),
        ("en", "Russia accepts Japan's offer of oil-spill booms for Shikotan"),
        ("ru", "Россия приняла предложение Японии о помощи в ликвидации разлива у Шикотана"),
        ("ja", "色丹島沖の油流出、日本の防除船受け入れ　ロシアが同意"),
    ],
)
def test_help_one_side_lets_onto_the_islands_is_news(judge: Judge, lang: str, title: str) -> None:
    assessment = judge.assess(page(lang, title, CLOSING[lang], when=WHEN))
    assert assessment.decision == "new_development", assessment.reason


def test_a_permission_for_a_tracked_matter_needs_its_limit(judge: Judge) -> None:
    """Russia 'allows' visits with Russian visas: a tracked matter in reach, no limit told:
    no exception, and no move."""
    assessment = judge.assess(
        page(
            "en",
            "Russia says it allows Japanese former islanders' grave visits with Russian visas",
            CLOSING["en"],
            when=WHEN,
        )
    )
    assert "exception" not in assessment.events
    assert not assessment.changes


# ------------------------------------------------------- an election ahead


def test_an_election_ahead_is_no_vote_held(judge: Judge) -> None:
    claim = judge.read(
        page(
            "en",
            "Regional news roundup",
            "Ahead of the Oct. 25 upper house election every major party again pledges to "
            "resolve the Northern Territories issue.",
            CLOSING["en"],
            when=WHEN,
        )
    ).claims[1]
    assert not claim.reports_event, claim


# ------------------------------------------------ a rule for whatever happens


def test_a_detention_as_a_rule_for_later_is_none_done(judge: Judge) -> None:
    """ "within 48 hours of detaining", "whenever it detains": a procedure for detentions to
    come, none of them done."""
    reading = judge.read(
        page(
            "en",
            "Russia to inform Japan within 48 hours of detaining crab boats off Shikotan",
            "The border service informs Japan's consulate by telephone whenever it detains a "
            "Japanese crab boat off Shikotan.",
            CLOSING["en"],
            when=WHEN,
        )
    )
    for claim in reading.claims[:2]:
        assert "detention" in claim.events, claim
        assert claim.modal, claim
