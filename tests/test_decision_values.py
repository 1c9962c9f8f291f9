"""Decisions as values (monitor/core/decision.py): what is to happen with an article, checked
with plain asserts on real assessments of owned pages, without any database."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from monitor.core.decision import Decision, Earlier, Routing, copied, decide
from monitor.core.learning import development_id
from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge
from monitor.edges.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "articles"
NOW = dt.datetime(2026, 6, 10, 12, 0, tzinfo=dt.UTC)
ROUTING = Routing(default_chats=("-100", "-200"), subscribers=("7", "-100"))


def _read(name: str) -> tuple[FeedItem, Article]:
    """An owned page read by the real extractor, with the feed item it came from."""
    url = f"http://news.test/articles/{name}.html"
    item = FeedItem("test", name, url, "", "", None)
    return item, extract_article(item, url, (DATA / f"{name}.html").read_bytes(), now=NOW)


def _decide(judge: Judge, name: str, routing: Routing = ROUTING, **kw: bool) -> Decision:
    item, article = _read(name)
    return decide(item, article, judge.assess(article), judge.knowledge, NOW, routing, **kw)


def test_a_new_development_is_an_alert_with_its_lesson(judge: Judge) -> None:
    """A new development becomes a new alert: its diff, its chats, and what it teaches."""
    decision = _decide(judge, "new-shikotan-drills")
    assert decision.outcome == "alert"
    assert decision.kind == "new_development"
    assert decision.attach_to is None
    assert decision.now == NOW
    alert = decision.alert
    assert alert is not None
    assert alert.kind == "new_development"
    assert alert.rule == ", ".join(decision.rules)
    assert decision.rules
    # the configured chats first, then subscribers not among them, each once
    assert alert.chat_ids == ("-100", "-200", "7")
    assert alert.development.id == development_id(decision.article)
    assert alert.development.alert_id == 0  # not stored yet
    assert alert.diff["new"] == [c.text for c in decision.assessment.new_claims]
    assert alert.diff["reason"] == decision.reason
    assert "via" not in alert.diff
    assert "headline_only" not in alert.diff
    assert len(alert.facts) == len(decision.assessment.new_claims)
    assert all(f.learned and f.sources == (decision.article.url,) for f in alert.facts)
    assert alert.learned.facts[: len(judge.knowledge.facts)] == judge.knowledge.facts
    stored = alert.knowledge(41)
    assert stored.developments[-1] == dataclasses.replace(alert.development, alert_id=41)
    assert stored.developments[:-1] == judge.knowledge.developments


def test_a_later_report_of_it_attaches_to_its_alert(judge: Judge) -> None:
    """Once the alert is learned with its id, the Russian report of it attaches to it."""
    first = _decide(judge, "new-shikotan-drills")
    assert first.alert is not None
    learned = judge.with_knowledge(first.alert.knowledge(41))
    decision = _decide(learned, "same-shikotan-drills-ru")
    assert decision.outcome == "attach"
    assert decision.kind == "same_development"
    assert decision.attach_to == 41
    assert decision.alert is None


def test_a_status_change_carries_its_move(judge: Judge) -> None:
    """A status change is an alert whose lesson moves the tracked status."""
    decision = _decide(judge, "status-grave-visits")
    assert decision.outcome == "alert"
    assert decision.alert is not None
    change = decision.assessment.changes[0]
    assert decision.alert.moves[0] == (change.status_id, change.new)
    assert decision.alert.development.status_change is not None
    assert decision.alert.development.status_change[0] == change.status_id
    assert decision.alert.diff["changes"][0]["status_id"] == change.status_id


@pytest.mark.parametrize("name", ["lookalike-cat", "lookalike-other-treaty"])
def test_anything_else_is_recorded_only_with_its_reason(judge: Judge, name: str) -> None:
    """A look-alike or an off-topic article is recorded with its reason, nothing more."""
    decision = _decide(judge, name)
    assert decision.outcome == "record"
    assert decision.alert is None
    assert decision.attach_to is None
    assert decision.kind in ("look_alike", "off_topic")
    assert decision.reason == decision.assessment.reason != ""


def test_an_alert_without_configured_chats_goes_to_the_console(judge: Judge) -> None:
    """With no chat configured the alert is printed, and subscribers still get it."""
    decision = _decide(judge, "new-shikotan-drills", Routing((), ("7",)))
    assert decision.alert is not None
    assert decision.alert.chat_ids == ("console", "7")


def test_the_diff_says_how_the_article_was_read(judge: Judge) -> None:
    """An unresolved Google News link and a headline-only reading are said in the diff."""
    item, article = _read("new-shikotan-drills")
    headline = dataclasses.replace(article, from_feed_only=True, why_feed_only="paywall")
    decision = decide(
        item, headline, judge.assess(headline), judge.knowledge, NOW, ROUTING, via_google=True
    )
    assert decision.alert is not None
    assert decision.alert.diff["via"] == "Google News"
    assert decision.alert.diff["headline_only"] == "paywall"


def test_the_same_inputs_give_the_same_frozen_decision(judge: Judge) -> None:
    """Deciding is a function: the same inputs give an equal value, which cannot change."""
    first = _decide(judge, "new-shikotan-drills")
    assert first == _decide(judge, "new-shikotan-drills")
    for name in ("attach_to", "alert", "rules"):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(first, name, None)


def test_a_copy_keeps_the_decision_made_on_its_original() -> None:
    """A copy of an article assessed before (same text, another URL) takes its decision:
    recorded as it was, or attached to the alert it raised; anything else is no copy."""
    item, article = _read("new-shikotan-drills")
    other = "http://news.test/amp/new-shikotan-drills.html"
    earlier = Earlier(other, article.text, "restatement", "known since 2023", None)
    decision = copied(item, article, earlier, NOW)
    assert decision is not None
    assert decision.outcome == "record"
    assert decision.kind == "restatement"
    assert decision.reason == f"a copy of {other} (canonical link): known since 2023"
    assert decision.copy_of == other
    assert decision.rules == ()
    alerted = copied(item, article, dataclasses.replace(earlier, alert_id=5), NOW)
    assert alerted is not None
    assert (alerted.outcome, alerted.attach_to, alerted.kind) == ("attach", 5, "same_development")
    assert copied(item, article, None, NOW) is None
    assert copied(item, article, dataclasses.replace(earlier, url=article.url), NOW) is None
    assert copied(item, article, dataclasses.replace(earlier, text="Another story."), NOW) is None


def test_deciding_does_no_io() -> None:
    """monitor/core/decision.py imports no store, network, clock or event loop."""
    tree = ast.parse((ROOT / "monitor" / "core" / "decision.py").read_text(encoding="utf-8"))
    imported = {
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else [a.name for a in node.names]
        )
    }
    forbidden = {
        "asyncio",
        "sqlite3",
        "httpx",
        "time",
        "monitor.edges.store",
        "monitor.edges.dialect",
    }
    assert not imported & forbidden
    assert "now(" not in (ROOT / "monitor" / "core" / "decision.py").read_text(encoding="utf-8")
