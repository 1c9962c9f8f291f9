"""What is asked stays asked, and a petition's signatures sign nothing: a request whose
object is a numbered list governs the resumption in it; an act wished to come soon
("the early resumption", 「早期再開」) is wished; "the petition was signed by 11,000
people" is no agreement. Sentences written for these tests, read by the shipped rules."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)
TAIL = {
    "en": "Officials gave no further details on the day, and reactions were awaited.",
    "ru": "Подробности пока не сообщаются, реакции ожидаются в ближайшие дни.",
    "ja": "地元の根室市は、関係機関と連絡を取りながら情報の収集を続けている。",
}
HEAD = {
    "en": "Japan and Russia: the latest",
    "ru": "Япония и Россия: новости",
    "ja": "日ロ関係の動き",
}


def _page(lang: str, sentence: str, title: str = "") -> Article:
    return page(lang, title or HEAD[lang], sentence, TAIL[lang], when=WHEN)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "2. The mayor requested that the Government (1) continue to press the Russian "
            "side for the resumption of exchange programs with the four islands, and (2) "
            "support the fishing industry of the region.",
        ),
        (
            "en",
            "Nemuro mayors petition Tokyo for the early resumption of grave visits to the islands.",
        ),
        ("ja", "根室管内の首長らは、北方墓参の早期再開を政府に要望した。"),
        ("ja", "北方四島との交流事業の速やかな再開が待たれる。"),
        (
            "en",
            "He said resuming exchange programmes for former residents of the islands, "
            '"above all grave visits", remained among the government\'s highest priorities.',
        ),
        ("ja", "首相は、北方墓参などの交流事業の再開に「全力で取り組む」と語った。"),
        ("ja", "大使は元島民による北方墓参など人道的な事業の再開も提起した。"),
        (
            "ja",
            "政府は、墓参や自由訪問など北方四島との交流の枠組みの案を提示し、交流の再開へ"
            "ロシア側の理解を求めた。",
        ),
    ],
    ids=[
        "en-numbered-request",
        "en-early",
        "ja-early",
        "ja-swift",
        "en-priority",
        "ja-work-toward",
        "ja-raised",
        "ja-aim-of-proposal",
    ],
)
def test_what_is_asked_moves_nothing(judge: Judge, lang: str, sentence: str) -> None:
    assessment = judge.assess(_page(lang, sentence))
    assert not assessment.changes
    assert assessment.decision != "status_change"


def test_an_early_resumption_in_a_headline_is_asked(judge: Judge) -> None:
    """「…に要望書　日ロ協議の早期再開など」: what a petition asks, listed in a headline."""
    page = _page(
        "ja",
        "根室管内の首長らが4日、外務省を訪れ、要望書を手渡した。",
        title="根室管内の首長ら、外務省に要望書　北方領土の日ロ協議の早期再開など",
    )
    assert judge.assess(page).decision != "new_development"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The former islanders' league said its petition for the return of the islands "
            "had been signed by more than 11,000 people.",
        ),
        ("ru", "Петицию о возвращении Курил подписали более 10 тысяч жителей Японии."),
    ],
    ids=["en", "ru"],
)
def test_a_petitions_signatures_are_no_agreement(judge: Judge, lang: str, sentence: str) -> None:
    claims = judge.read(_page(lang, sentence)).claims
    assert not any("agreement" in c.events for c in claims)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Japan and Russia signed an agreement on fishing near the Kuril Islands."),
        ("ru", "Россия и Япония подписали соглашение о промысле у южных Курил."),
    ],
    ids=["en", "ru"],
)
def test_an_agreement_signed_is_still_one(judge: Judge, lang: str, sentence: str) -> None:
    claims = judge.read(_page(lang, sentence)).claims
    assert any("agreement" in c.events and c.reports_event for c in claims)


def test_a_resumption_done_beside_a_goal_is_still_done(judge: Judge) -> None:
    """ "…, which is a goal the league welcomed": the goal is what the relative clause
    says of the resumption, which the main clause reports."""
    page = _page(
        "en",
        "Russia resumed visa-free exchanges with the islands, which is a goal the league welcomed.",
    )
    assert [c.status_id for c in judge.assess(page).changes] == ["visa-free-exchanges"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "В погрануправлении опровергли задержание японской шхуны у Шикотана."),
        ("en", "Russia's border service denied detaining a Japanese fishing boat off Shikotan."),
        ("ja", "ロシア国境警備局は、色丹島沖での日本漁船の拿捕を否定した。"),
    ],
    ids=["ru", "en", "ja"],
)
def test_an_act_denied_did_not_happen(judge: Judge, lang: str, sentence: str) -> None:
    """«опровергли задержание», "denied detaining", 「拿捕を否定」: the act is the object
    of a verb that denies it happened."""
    assert judge.assess(_page(lang, sentence)).decision != "new_development"


def test_a_japanese_question_ending_in_a_full_stop_asks(judge: Judge) -> None:
    """「北方墓参は今年再開できるのか。」 in a Diet transcript asks; it moves nothing."""
    assert not judge.assess(
        _page("ja", "委員は「北方墓参は今年再開できるのか。」と質問した。")
    ).changes


def test_a_written_opinion_that_urges_is_an_appeal(judge: Judge) -> None:
    """ "adopted a written opinion addressed to the prime minister …, urging": what a city
    assembly asks for, however many addressees come first, is no legislation."""
    page_ = _page(
        "en",
        "The Nemuro city assembly on Monday adopted a written opinion addressed to Prime "
        "Minister Shigeru Ishiba and Foreign Minister Takeshi Iwaya, urging the government "
        "to press Russia to allow visits to the Kuril Islands.",
        title="Nemuro assembly petitions Tokyo on the Kuril Islands",
    )
    assert judge.assess(page_).decision != "new_development"


def test_a_headline_resolution_the_lead_tells_as_an_appeal_is_one(judge: Judge) -> None:
    """「「一日も早い墓参を」　住民大会で決議」 over 「…を国に求める決議を採択した」: the
    headline's resolution is the rally's appeal the lead tells."""
    page_ = _page(
        "ja",
        "北方領土返還要求の住民大会が9日、根室市で開かれ、北方四島への墓参の早期再開を国に"
        "求める決議を採択した。",
        title="「一日も早い墓参を」　北方領土の住民大会で決議",
    )
    assert judge.assess(page_).decision != "new_development"


@pytest.mark.parametrize(
    ("lang", "sentence", "news"),
    [
        (
            "ru",
            "Захарова пояснила, что такие поездки на Курилы разрешаются в индивидуальном "
            "порядке и исключительно по гуманитарным соображениям.",
            False,
        ),
        ("en", "Officials said such visits to the Kuril Islands are approved case by case.", False),
        (
            "en",
            "Japanese officials visited Kunashir on Monday, the first such visit to the Kuril "
            "Islands since 2019.",
            True,
        ),
    ],
    ids=["ru-kind", "en-kind", "en-first-such"],
)
def test_an_act_named_as_a_kind_did_not_happen(
    judge: Judge, lang: str, sentence: str, news: bool
) -> None:
    """«такие поездки разрешаются», "such visits are approved case by case": a practice,
    not a visit; "the first such visit since 2019" tells a visit that happened."""
    decision = judge.assess(_page(lang, sentence)).decision
    assert (decision == "new_development") is news


def test_last_summers_one_off_is_background(judge: Judge) -> None:
    """「去年の夏には、…「今回限り」の措置として認められました」: a time marked as the
    sentence's topic dates all of it, so last summer's one-off moves nothing now."""
    page_ = _page(
        "ja",
        "去年の夏には、国後島の日本人墓地で倒れた墓石を遺族らが建て直すことが、ロシア側の"
        "「今回限り」の措置として認められました。",
        title="北方墓参　今年も実施の見通し立たず",
    )
    assert not judge.assess(page_).changes
