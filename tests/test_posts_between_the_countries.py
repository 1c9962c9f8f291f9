"""Decisions on pages written for these tests, on a kind of event the blind corpora kept
reporting and the rules did not know: a post between Russia and Japan filled or created
(an ambassador of one to the other, an envoy for the treaty). The watch rule
`bilateral-post` puts such a story on the topic; the event `appointment` makes it news
when a clause asserts it, and only then."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.assertion_ja import ja_verdict
from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 3, 8, 0, tzinfo=dt.UTC)


def _page(lang: str, title: str, *paragraphs: str) -> Article:
    return page(lang, title, *paragraphs, when=WHEN)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Tokyo picks veteran diplomat as its next ambassador to Russia",
            "Japan's cabinet on Tuesday appointed Masaru Ide, a former consul general in "
            "Vladivostok, as the country's ambassador to Russia, the chief cabinet secretary said.",
        ),
        (
            "en",
            "Moscow sets up envoy post for relations with Tokyo",
            "Russia's Foreign Ministry has created the post of special envoy for relations with "
            "Japan and named a former deputy director of its Asia department to it.",
        ),
        (
            "ru",
            "Новым послом Японии в России назначен Масару Идэ",
            "Правительство Японии во вторник назначило бывшего генконсула во Владивостоке Масару "
            "Идэ послом Японии в России, сообщил генеральный секретарь кабинета министров.",
        ),
        (
            "ru",
            "В МИД России учредили должность спецпосланника по Японии",
            "Министерство иностранных дел России учредило должность специального посланника по "
            "отношениям с Японией; её занял бывший заместитель директора департамента.",
        ),
        (
            "ja",
            "駐ロシア大使に井出氏　元ウラジオストク総領事",
            "政府は2日の閣議で、駐ロシア大使に元ウラジオストク総領事の井出勝氏を起用する人事を"
            "決めた。",
        ),
        (
            "ja",
            "ロシア、対日関係担当の特使ポストを新設",
            "ロシア外務省は2日、日本との関係を担当する特使のポストを新設し、アジア局の元次長を"
            "任命する大統領令を公表した。",
        ),
    ],
)
def test_a_post_filled_or_created_is_news(judge: Judge, lang: str, title: str, lead: str) -> None:
    """An ambassador of one country to the other appointed, an envoy post for the other
    country created: news of the dispute's diplomacy, though no island or the treaty is
    named."""
    a = _page(lang, title, lead)
    assessment = judge.assess(a)
    assert assessment.decision == "new_development", assessment.reason
    assert "appointment" in assessment.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        # a new speaker restating a known position: "newly appointed" describes who speaks
        (
            "en",
            "Russia's ambassador says peace treaty talks remain impossible",
            "The newly appointed Russian ambassador to Japan, speaking to reporters in Tokyo on "
            "Tuesday, said peace treaty talks with Japan remain impossible under current "
            "conditions.",
        ),
        # asked for, not done
        (
            "en",
            "Lawmakers urge Tokyo to name envoy for Russia treaty issues",
            "A group of Japanese lawmakers on Tuesday urged the government to appoint a special "
            "envoy for the peace treaty with Russia, saying contacts must not lapse.",
        ),
        (
            "ru",
            "Депутат предложил назначить спецпосланника по отношениям с Японией",
            "Депутат Государственной думы предложил МИД России назначить специального посланника "
            "по отношениям с Японией, чтобы сохранить контакты по мирному договору.",
        ),
        (
            "ja",
            "元島民団体、日ロ担当特使の任命を要望",
            "北方領土の元島民でつくる団体は2日、外務省に対し、ロシアとの平和条約問題を担当する"
            "特使の任命を求める要望書を提出した。",
        ),
        # a post held already: what its holder says is a position
        (
            "ja",
            "駐日ロシア大使、平和条約交渉「不可能」と改めて表明",
            "駐日ロシア大使は2日、就任後初めての記者会見で、現在の状況では平和条約交渉は不可能だと"
            "改めて述べた。",
        ),
        # «назначен на …»: a date set, not a post
        (
            "ru",
            "Визит японской делегации на Сахалин назначен на октябрь",
            "Визит делегации японских деловых кругов на Сахалин назначен на октябрь, сообщил "
            "посол Японии в России.",
        ),
    ],
)
def test_a_post_not_filled_is_no_news(judge: Judge, lang: str, title: str, lead: str) -> None:
    """A post asked for, a post held already, a visit scheduled: no appointment is
    reported."""
    a = _page(lang, title, lead)
    assessment = judge.assess(a)
    assert assessment.decision != "new_development", assessment.reason


def test_a_decree_does_what_it_says() -> None:
    """「…を任命する大統領令を公表した」: a verb before a decree, an order or a law is what
    the decree does; whether it is done is said by what is done with the decree, not read
    as a relative clause that presupposes it."""
    published = "ロシア政府は2日、駐日大使にアジア局長を任命する大統領令を公表した。"
    at = published.index("任命")
    assert ja_verdict(published, at, at + 2).asserted
    asked = "議員団は2日、駐日大使にアジア局長を任命する大統領令の公布を求めた。"
    at = asked.index("任命")
    assert not ja_verdict(asked, at, at + 2).asserted
    # a relative clause before any other noun still only describes it
    described = "ロシア政府は2日、駐日大使を任命する手続きについて説明した。"
    at = described.index("任命")
    assert not ja_verdict(described, at, at + 2).asserted


def test_an_expression_never_runs_from_one_sentence_into_the_next(judge: Judge) -> None:
    """The sentences of a page are scanned in one pass, but each expression matches within
    one sentence: a headline's 「大使」 does not start a match that runs into the lead and
    hides the lead's own 「大使に…起用」."""
    headline = "駐ロシア大使に井出氏　元ウラジオストク総領事"
    lead = (
        "政府は2日の閣議で、駐ロシア大使に元ウラジオストク総領事の井出勝氏を起用する人事を決めた。"
    )
    each = judge.matcher.find_each([headline, lead])
    alone = [judge.matcher.find(headline), judge.matcher.find(lead)]
    assert each == alone
    assert any(h.concept == "event.appointment" for h in each[1])


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Border service on Japanese kelp boats near Habomai",
            'Lifting the ban on Japanese kelp boats near the Habomai islets is "out of the '
            'question" this season, a Russian border service official said on Monday.',
        ),
        (
            "ru",
            "Пограничники о японских судах у Хабомаи",
            "Возобновление выдачи разрешений японским судам у островов Хабомаи в этом сезоне, "
            "по словам представителя пограничной службы, исключено.",
        ),
    ],
)
def test_a_change_no_matter_names_is_denied_by_a_verdict_anywhere(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A lifting or a halt that no tracked matter names is an event of its own (news when
    it undoes an earlier alert); a verdict anywhere in its sentence ("… is 'out of the
    question'", «…, по словам …, исключено») denies it, as it denies a tracked matter's
    move, however far the verdict stands from the change."""
    reading = judge.read(_page(lang, title, lead), brief=True)
    lead_claim = next(c for c in reading.claims if c.reading.sentence.index == 1)
    assert "reversal" in lead_claim.events
    assert not lead_claim.reports_event
    assert lead_claim.negated


def test_a_change_no_matter_names_is_an_event_when_asserted(judge: Judge) -> None:
    """The same change told as done is a reversal (the test above can fail)."""
    a = _page(
        "en",
        "Border service on Japanese kelp boats near Habomai",
        "Russia lifted the ban on Japanese kelp boats near the Habomai islets on Monday, a "
        "border service official said.",
    )
    lead_claim = next(c for c in judge.read(a, brief=True).claims if c.reading.sentence.index == 1)
    assert "reversal" in lead_claim.events
    assert lead_claim.reports_event


def test_an_institution_is_no_act_of_founding(judge: Judge) -> None:
    """«учреждение» names an institution (a state agency) as often as the act of founding
    one; only «учреждён», «учреждена» … say that something was founded. An agency's name
    beside a berth is no port built."""
    a = _page(
        "ru",
        "Кто строит причалы на Шикотане",
        "Государственное казённое учреждение «Курилстройзаказчик» отвечает за причалы и "
        "волноломы на Шикотане, сообщили в правительстве Сахалинской области.",
    )
    assessment = judge.assess(a)
    assert assessment.decision != "new_development", assessment.reason
