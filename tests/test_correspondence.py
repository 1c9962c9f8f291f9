"""Letters and notes between the two governments: a note or a letter sent, handed over or
received is news when it names both sides and carries nothing else the story reports
(a request it carries does not keep it from being sent); a petition, a region's letter, a
note of protest, an earlier note and a letter only planned are not. Sentences and pages
written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article, page

from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)
TAIL = {
    "en": "Officials gave no further details on the day, and reactions were awaited.",
    "ru": "Подробности пока не сообщаются, реакции ожидаются в ближайшие дни.",
    "ja": "地元の根室市は、関係機関と連絡を取りながら情報の収集を続けている。",
}


def _page(lang: str, title: str, lead: str) -> Article:
    return page(lang, title, lead, TAIL[lang], when=WHEN)


def _events(judge: Judge, page: Article) -> set[str]:
    return {e for c in judge.read(page).claims if c.reports_event for e in c.events}


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Ishiba says he wrote to Putin on the peace treaty",
            "Japan's Prime Minister Shigeru Ishiba told parliament on Tuesday that he had "
            "written to President Vladimir Putin, proposing that the two sides talk about a "
            "peace treaty.",
        ),
        (
            "en",
            "Japan proposes treaty talks in a diplomatic note",
            "Japan formally proposed to Russia in a diplomatic note that the two countries "
            "resume negotiations on a peace treaty, the foreign ministry said on Monday.",
        ),
        (
            "ru",
            "МИД России получил японскую ноту о мирном договоре",
            "МИД России получил от японской стороны ноту с предложением возобновить "
            "переговоры о мирном договоре, сообщил источник в ведомстве.",
        ),
        (
            "ja",
            "政府、ロシアに口上書　平和条約交渉の再開を提案",
            "首相は衆院予算委員会で、外交ルートを通じて口上書でロシア側に平和条約交渉の再開を"
            "正式に提案したことを明らかにした。",
        ),
        (
            "en",
            "Russia hands Japan a draft treaty that leaves out the islands",
            "Russia has handed Japan a draft treaty on good-neighbourly relations that "
            "contains no clause on the Kuril Islands, the Russian foreign ministry said.",
        ),
        (
            "ja",
            "政府、人道分野の枠組み案をロシアに手渡す",
            "政府は北方四島への墓参の枠組みに関する案を文書にまとめ、ロシア側に手渡した。",
        ),
    ],
    ids=["en-letter", "en-note", "ru-note", "ja-note", "en-draft", "ja-draft"],
)
def test_a_note_or_a_letter_between_the_governments_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A letter from one government's leader to the other's, or a note that proposes: the
    note is sent though what it proposes is not done, and no talks are read as resumed."""
    page = _page(lang, title, lead)
    assert "correspondence" in _events(judge, page)
    assessment = judge.assess(page)
    assert assessment.decision == "new_development"
    assert not assessment.changes


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Former islanders write to Putin about family graves on the islands",
            "The former islanders' league sent a letter to Putin asking him to allow grave "
            "visits to the islands this summer.",
        ),
        (
            "en",
            "Hokkaido governor appeals for grave visits to the islands",
            "The governor of Hokkaido said he had sent a letter to the Russian consulate "
            "asking for grave visits to the islands to resume.",
        ),
        (
            "en",
            "Tokyo ready to write to Moscow on the islands",
            "Tokyo would send a letter to Moscow on the islands if the talks could resume.",
        ),
        (
            "ru",
            "Бывшие жители Курил попросили Путина разрешить посещение могил",
            "Лига бывших японских жителей южных Курил направила президенту России письмо с "
            "просьбой разрешить посещение могил предков на островах.",
        ),
        (
            "ru",
            "Москва отклонила просьбу Токио о поездках на Курилы",
            "Россия не видит возможности возобновить поездки бывших японских жителей на южные "
            "Курилы, о чём Токио просил в недавней ноте, заявил заместитель министра.",
        ),
    ],
    ids=["en-league", "en-governor", "en-planned", "ru-league", "ru-earlier-note"],
)
def test_petitions_plans_and_earlier_notes_are_no_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A league's or a region's letter, a letter only planned and an earlier note recalled
    in a clause: no letter between the two governments is news."""
    assert judge.assess(_page(lang, title, lead)).decision != "new_development"


def test_a_note_of_protest_is_the_protest(judge: Judge) -> None:
    """「口上書で抗議」: the protest is what the sentence reports; the note is how it went."""
    page = _page(
        "ja",
        "政府、ロシアに口上書で抗議　北方領土での演習",
        "政府は北方領土でのロシア軍の演習について、外交ルートを通じ口上書でロシア側に抗議した。",
    )
    events = _events(judge, page)
    assert "protest" in events
    assert "correspondence" not in events


def test_a_note_that_carries_the_act_is_the_acts_story(judge: Judge) -> None:
    """«Соответствующая нота передана посольству»: the note that delivers a halt the lead
    reports is how the news went, not an event of its own (the embassy is not what the
    story is about)."""
    page = _page(
        "ru",
        "Россия приостановила соглашение с Японией о промысле у южных Курил",
        "Российская сторона приостановила выполнение соглашения 1998 года о промысле у "
        "южных Курил. Соответствующая нота передана посольству Японии в Москве, сообщили "
        "в МИД России.",
    )
    claims = judge.read(page).claims
    assert not any("correspondence" in c.events for c in claims)
    assert "japanese_embassy_moscow" not in judge.assess(page).signature


def test_a_transcripts_question_is_not_the_answers_report(judge: Judge) -> None:
    """«Вопрос: Японские СМИ сообщают, что посольство направило ноту …»: what the asker
    puts in a briefing's transcript is not reported by the page."""
    page = article(
        "ru",
        "Ответ официального представителя МИД России на вопрос СМИ о посещении захоронений",
        "Вопрос: Японские СМИ сообщают, что посольство Японии направило в МИД России ноту с "
        "просьбой разрешить бывшим японским жителям Курил посещение захоронений.",
        "Ответ: Обращение будет рассмотрено в установленном порядке.",
        when=WHEN,
    )
    assert judge.assess(page).decision != "new_development"


def test_a_note_said_not_received_and_the_report_it_denies_are_not_news(judge: Judge) -> None:
    """ "received no diplomatic note" negates the note; the lead's "denying a report" makes
    the next sentence's account of that report denied, note and all."""
    page = article(
        "en",
        "Tokyo says no Russian note on the peace treaty has arrived",
        "Japan has received no diplomatic note from Russia proposing to resume peace "
        "treaty talks, the chief cabinet secretary said on Tuesday, denying a report in a "
        "Moscow newspaper.",
        "The daily reported on Monday, citing an unnamed source, that Russia's foreign "
        "ministry had sent Tokyo a note outlining conditions for the talks.",
        TAIL["en"],
        when=WHEN,
    )
    assert judge.assess(page).decision != "new_development"
