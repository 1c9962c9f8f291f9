"""People turned away: visas refused, expulsions ordered and upheld on appeal, a permission
given once and then stopped, and what a Japanese sentence presupposes of the person it
describes. Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.learning import learn_from
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 5, 11, 6, 0, tzinfo=dt.UTC)
LATER = WHEN + dt.timedelta(days=150)

# ------------------------------------------------------------------ visas refused

VISAS_REFUSED = {
    "en": (
        "Japan refuses visas to Iturup school choir invited to Kushiro festival",
        "Japan's consulate in Yuzhno-Sakhalinsk has refused visas to a children's choir from "
        "Iturup that had been invited to sing at a festival in Kushiro, the island's "
        "administration said on Monday.",
        "Organisers in Kushiro said they regretted the decision.",
    ),
    "ru": (
        "Япония отказала в визах детскому хору с Итурупа",
        "Генконсульство Японии в Южно-Сахалинске отказало в выдаче виз детскому хору с "
        "Итурупа, приглашённому на фестиваль в Кусиро, сообщила администрация округа.",
        "Организаторы фестиваля выразили сожаление.",
    ),
    "ja": (
        "択捉島の児童合唱団に査証発給せず 釧路の音楽祭",
        "釧路市の音楽祭に招かれた択捉島の児童合唱団について、在ユジノサハリンスク日本総領事館が"
        "査証を発給しなかったことが11日、分かった。",
        "主催者は「残念だ」としている。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_visas_refused_to_islanders_are_news(judge: Judge, lang: str) -> None:
    """A refusal of visas turns people away before the border, as an entry refusal does at
    it: news, in each language."""
    assessment = judge.assess(page(lang, *VISAS_REFUSED[lang], when=WHEN))
    assert assessment.decision == "new_development", assessment.reason
    assert "sanctions" in assessment.events


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Since 2022 Russia has refused visas to former islanders who ask to visit "
            "Kuril graves.",
        ),
        (
            "en",
            "Tokyo has never denied visas to people from the southern Kurils, the ministry said.",
        ),
        (
            "en",
            "Japan could refuse visas to Kuril officials who travel on Russian passports, "
            "a lawmaker warned.",
        ),
        ("ru", "Ранее Япония уже отказывала в визах жителям Курил, напомнил депутат."),
        ("ja", "外務省は、北方四島の住民に査証を発給しない方針を改めて示した。"),
    ],
)
def test_a_refusal_recalled_denied_or_foreseen_is_not_news(
    judge: Judge, lang: str, sentence: str
) -> None:
    headline = {"en": "Regional news roundup", "ru": "Новости региона", "ja": "地域のニュース"}
    assessment = judge.assess(page(lang, headline[lang], sentence, when=WHEN))
    assert not assessment.alerts, assessment.reason


# ------------------------------------------------------------ expulsions and appeals


@pytest.mark.parametrize(
    ("lang", "title", "sentence"),
    [
        (
            "ru",
            "Японского туриста выдворят с Шикотана",
            "Южно-Курильский районный суд постановил выдворить из России гражданина Японии, "
            "прибывшего на Шикотан без разрешения пограничного управления.",
        ),
        (
            "ja",
            "色丹島に渡った日本人男性に国外退去処分",
            "色丹島に許可なく渡った日本人男性に対し、ロシアの裁判所が国外退去処分を言い渡した。",
        ),
    ],
)
def test_an_expulsion_ordered_is_news(judge: Judge, lang: str, title: str, sentence: str) -> None:
    assessment = judge.assess(page(lang, title, sentence, when=WHEN))
    assert assessment.decision == "new_development", assessment.reason
    assert "sanctions" in assessment.events


def test_an_appeal_decided_is_a_ruling(judge: Judge) -> None:
    """«оставил в силе», «жалоба отклонена»: a court's act on an appeal, not a decree."""
    reading = judge.read(
        page(
            "ru",
            "Областной суд оставил в силе штраф японскому рыбаку с Шикотана",
            "Жалоба капитана японской шхуны отклонена, сообщили в пресс-службе суда.",
            when=WHEN,
        )
    )
    assert all("ruling" in c.events for c in reading.claims[:2]), [
        (c.text, c.events) for c in reading.claims
    ]


# ------------------------------------------------- a practice stopped from now on


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Russia stops allowing Shikotan patients to travel to Japan for treatment"),
        ("en", "Shikotan patients will no longer be allowed to travel to Hokkaido for treatment"),
        ("ru", "Пациентов с Шикотана больше не отправят на лечение на Хоккайдо"),
        ("ru", "Пациентов с Шикотана перестали пускать на лечение на Хоккайдо"),
    ],
)
def test_a_permission_stopped_from_now_on_is_a_halt(judge: Judge, lang: str, title: str) -> None:
    reading = judge.read(
        page(
            lang,
            title,
            "Officials gave no reason." if lang == "en" else "Причины не названы.",
            when=WHEN,
        )
    )
    assert "reversal" in reading.claims[0].events, reading.claims[0]


PERMITTED = (
    "Russia lets Shikotan boy cross to Hokkaido for kidney treatment",
    "Russia has allowed a seven-year-old boy from Shikotan to be taken to a hospital in "
    "Kushiro for kidney treatment, as a one-off exception, officials in Nemuro said.",
    "He crossed on a Japanese coast guard vessel with his father.",
)
STOPPED = (
    "Moscow stops allowing Shikotan boy's kidney treatment in Kushiro",
    "Russia has stopped allowing the Shikotan boy to travel to Kushiro for kidney "
    "treatment, the hospital said, without giving a reason.",
    "He will be treated in Khabarovsk instead.",
)


def test_a_permission_an_alert_reported_is_undone_by_its_halt(judge: Judge) -> None:
    """A one-off permission alerted, then stopped months later: the halt undoes it."""
    permitted = page("en", *PERMITTED, when=WHEN)
    first = judge.assess(permitted)
    assert first.alerts, first.reason
    learned = judge.with_knowledge(learn_from(first, permitted, 1, judge.knowledge))
    stopped = page("en", *STOPPED, when=LATER)
    assessment = learned.assess(stopped)
    assert assessment.alerts, assessment.reason
    assert assessment.undoes == (learned.knowledge.developments[-1].id,)
    # with nothing learned, the halt of a permission no alert reported undoes nothing
    assert not judge.assess(stopped).undoes


# ------------------------------------- what a Japanese sentence says of its person


def test_a_passive_clause_joined_to_a_relative_clause_is_presupposed(judge: Judge) -> None:
    """「沖で拿捕され、…で勾留された漁船の船長が帰港した」: both passives describe the
    captain; the homecoming is what the sentence reports."""
    reading = judge.read(
        page(
            "ja",
            "地域のニュース",
            "色丹島沖で拿捕され、サハリンで3カ月にわたり勾留された羅臼町の漁船の船長が"
            "20日、羅臼港に戻った。",
            when=WHEN,
        )
    )
    claim = reading.claims[1]
    assert ("拿捕", "modifier") in claim.unasserted, claim
    assert not judge.assess(page("ja", "地域のニュース", claim.text, when=WHEN)).alerts


def test_joined_passives_of_a_main_clause_are_asserted(judge: Judge) -> None:
    """「漁船が拿捕され、乗組員が勾留された。」: both are what the sentence reports."""
    assessment = judge.assess(
        page(
            "ja",
            "地域のニュース",
            "色丹島沖で羅臼町の漁船が拿捕され、乗組員がサハリンで勾留された。",
            when=WHEN,
        )
    )
    assert assessment.decision == "new_development", assessment.reason
    assert "detention" in assessment.events


@pytest.mark.parametrize(
    "sentence",
    [
        "Back in Rausu, she talks about the interrogations and the boat she lost off Shikotan.",
        "On Kunashir nobody talks about the seized boat and its crew of four any more.",
    ],
)
def test_a_person_who_talks_is_not_talks_held(judge: Judge, sentence: str) -> None:
    """ "he talks about the cell": the verb of a person, not the noun of diplomacy."""
    reading = judge.read(page("en", "Regional news roundup", sentence, when=WHEN))
    assert "talks" not in reading.claims[1].events, reading.claims[1]


def test_talks_held_are_still_talks(judge: Judge) -> None:
    reading = judge.read(
        page(
            "en",
            "Regional news roundup",
            "Japan and Russia held talks on Shikotan fishing quotas in Moscow on Monday.",
            when=WHEN,
        )
    )
    assert "talks" in reading.claims[1].events
