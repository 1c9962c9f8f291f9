"""Decisions on a stream of owned article pages: each kind of decision, in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from monitor.core.learning import learn_from
from monitor.core.models import FeedItem
from monitor.core.novelty import Judge
from monitor.edges.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "articles"
STREAM = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))


def _article(name: str):  # type: ignore[no-untyped-def]
    body = (DATA / f"{name}.html").read_bytes()
    url = f"http://news.test/articles/{name}.html"
    item = FeedItem("test", name, url, "", "", None)
    return extract_article(item, url, body, now=dt.datetime.now(dt.UTC))


def test_stream_of_owned_pages_gets_expected_decisions(judge: Judge) -> None:
    """Every owned page, read in order with learning, gets its expected decision."""
    got = {}
    for n, entry in enumerate(STREAM, start=1):
        article = _article(entry["id"])
        assessment = judge.assess(article)
        got[entry["id"]] = assessment.decision
        if assessment.alerts:
            judge = judge.with_knowledge(learn_from(assessment, article, n, judge.knowledge))
    assert got == {e["id"]: e["decision"] for e in STREAM}


def test_same_story_in_russian_is_new_without_the_english_alert(judge: Judge) -> None:
    """Grouping comes from learning: alone, the Russian report is itself a development."""
    assessment = judge.assess(_article("same-shikotan-drills-ru"))
    assert assessment.decision == "new_development"


def test_status_change_shows_old_and_new_state(judge: Judge) -> None:
    """A status change carries the tracked status' old state beside the new one."""
    assessment = judge.assess(_article("status-grave-visits"))
    assert assessment.decision == "status_change"
    change = assessment.changes[0]
    assert change.old.since is not None
    assert change.old.since < dt.date(2026, 1, 1)
    assert change.new.since == dt.date(2026, 6, 2)
    assert change.new.state.startswith("resumed")


def test_restated_development_later_is_not_news(judge: Judge) -> None:
    """Once learned, a development reported again weeks later is not alerted again."""
    first = _article("new-shikotan-drills")
    assessment = judge.assess(first)
    judge = judge.with_knowledge(learn_from(assessment, first, 1, judge.knowledge))
    from dataclasses import replace

    late = replace(
        _article("same-shikotan-drills-ru"), published=first.published + dt.timedelta(days=30)
    )
    assert judge.assess(late).decision in ("restatement", "same_development")


def test_decision_reads_the_lead_and_an_alert_the_whole_story(judge: Judge) -> None:
    """A decision needs the headline and the lead only; an alert is written from the whole
    story: a protest and a tracked status mentioned far down still reach it."""
    from dataclasses import replace

    from monitor.core.reading import LEAD_SENTENCES

    article = _article("new-shikotan-drills")
    first, rest = article.text.split("\n", 1)
    detail = [
        f"Crews from unit {n} spent the morning checking radios, fuel stocks and field "
        "kitchens before the afternoon session began."
        for n in range(1, 9)
    ]
    long = replace(article, text="\n".join([first, *detail, rest]))

    lead_only = judge.read(long, brief=True)
    assert len(lead_only.sentences) == 1 + LEAD_SENTENCES
    assert not any("lodged a protest" in r.sentence.text for r in lead_only.sentences)

    assessment = judge.assess(long)
    assert assessment.decision == "new_development"
    assert any("lodged a protest" in c.text for c in assessment.new_claims)
    assert "peace-treaty-talks" in assessment.mentioned_statuses
    assert assessment.decision == judge.assess(article).decision


def test_brief_reading_skips_claims_of_pages_no_rule_matches(judge: Judge) -> None:
    """Off-topic and look-alike pages are decided without reading their claims; the full
    reading (what `explain` shows) still has them, and the decision is the same."""
    for name, decision in (
        ("lookalike-other-treaty", "off_topic"),
        ("lookalike-cat", "look_alike"),
    ):
        article = _article(name)
        assert judge.read(article, brief=True).claims == ()
        assert judge.read(article).claims != ()
        assert judge.assess(article).decision == decision


def _story(title: str, lead: str, lang: str = "en"):  # type: ignore[no-untyped-def]
    from monitor.core.models import Article

    when = dt.datetime(2026, 5, 3, 9, tzinfo=dt.UTC)
    return Article(f"http://news.test/{abs(hash(title))}", "test", title, lead, lang, when)


@pytest.mark.parametrize(
    ("lang", "title", "lead", "decision"),
    [
        # the same day's "earlier" is today's news; an earlier year's is background
        (
            "en",
            "Russian troops on Iturup",
            "YUZHNO-KURILSK, June 4. The Eastern Military District said earlier on Tuesday "
            "that troops held live-fire drills on Iturup island.",
            "new_development",
        ),
        (
            "ru",
            "Военные на Итурупе",
            "ЮЖНО-КУРИЛЬСК, 4 июня. Как сообщил ранее во вторник Восточный военный округ, "
            "военнослужащие провели учения на Итурупе.",
            "new_development",
        ),
        (
            "ru",
            "Военные на Итурупе",
            "ЮЖНО-КУРИЛЬСК, 4 июня. Военнослужащие ранее провели учения на Итурупе.",
            "restatement",
        ),
        # drills held again are new drills; a call made again is a position restated
        (
            "en",
            "Russia again holds military drills on disputed islands",
            "YUZHNO-KURILSK, June 4. Russian troops held military drills on Iturup and "
            "Kunashir on Tuesday, the Eastern Military District said.",
            "new_development",
        ),
        (
            "ru",
            "Россия вновь провела учения на Курилах",
            "ЮЖНО-КУРИЛЬСК, 4 июня. Военнослужащие провели учения на Итурупе и Кунашире.",
            "new_development",
        ),
        (
            "en",
            "Japan again protests over disputed islands",
            "TOKYO, June 4. Japan once again voiced its protest to Russia over the islands, the "
            "chief cabinet secretary told reporters.",
            "restatement",
        ),
    ],
)
def test_same_day_reports_and_recurring_events_are_news(
    judge: Judge, lang: str, title: str, lead: str, decision: str
) -> None:
    """'Earlier on Tuesday' and 'again' are read for what they say about time."""
    when = dt.datetime(2026, 6, 4, 9, tzinfo=dt.UTC)
    from dataclasses import replace

    article = replace(_story(title, lead, lang), published=when)
    assert judge.assess(article).decision == decision


@pytest.mark.parametrize(
    ("title", "lead", "decision"),
    [
        # the month is no "may": a May dateline does not make the lead's report conditional
        # (the headlines report nothing themselves: the lead decides)
        (
            "Russian troops on Kunashir",
            "YUZHNO-KURILSK, May 3. Russian troops held live-fire drills on Kunashir island "
            "on Friday, the Eastern Military District said.",
            "new_development",
        ),
        (
            "Russian troops on Kunashir",
            "YUZHNO-KURILSK, 3 May. Russian troops held live-fire drills on Kunashir island "
            "on Friday, the Eastern Military District said.",
            "new_development",
        ),
        # ... while the verb still is
        (
            "Russian troops on Kunashir",
            "YUZHNO-KURILSK, May 3. Russian troops may hold live-fire drills on Kunashir island "
            "later this year, a local official said.",
            "restatement",
        ),
        # a decree's number is no "no"
        (
            "Sakhalin governor on a Kuril tax zone",
            "YUZHNO-SAKHALINSK, May 3. Sakhalin's governor signed Decree No. 125 creating a "
            "special tax zone on the Kuril Islands on Friday.",
            "new_development",
        ),
    ],
)
def test_dates_and_numbers_are_not_read_as_modality_or_negation(
    judge: Judge, title: str, lead: str, decision: str
) -> None:
    """Words that are also month names or abbreviations keep their meaning only as words."""
    assert judge.assess(_story(title, lead)).decision == decision


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia sends more troops to disputed Kuril Islands",
            "MOSCOW, June 4. Russia sent additional troops and armoured vehicles to Iturup and "
            "Kunashir this week, the Defence Ministry said.",
        ),
        (
            "en",
            "Japanese foreign minister meets Russian ambassador over Kuril dispute",
            "TOKYO, June 4. Japan's foreign minister met the Russian ambassador on Tuesday to "
            "discuss the disputed islands, the ministry said.",
        ),
        (
            "ja",
            "ロシア、国後島の部隊を増強",
            "ロシア国防省は４日、北方領土の国後島の部隊を増強したと発表した。",
        ),
    ],
)
def test_reinforcements_and_meetings_in_other_words_are_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Troops sent or reinforced are a deployment, a minister meeting an ambassador over
    the islands is a meeting held, whichever verb the outlet chose."""
    assert judge.assess(_story(title, lead, lang)).decision == "new_development"
