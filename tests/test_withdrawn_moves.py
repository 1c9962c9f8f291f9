"""A report that says an alerted report was wrong takes back what that report taught: a
flash read as visa-free exchanges restored, then corrected by its own wire, leaves the
exchanges where they stood — in memory, in the knowledge rebuilt from the store, and on the
status board. Pages written for these tests, read by the shipped rules and seeds, decisions
applied to a real SQLite store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from support.pages import page, shipped_judge

from monitor.core.decision import Decision, Routing, decide
from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge
from monitor.edges.store import Store
from monitor.shell.review import status_board
from monitor.stages.pipeline import knowledge_with_history

EXCHANGES = "visa-free-exchanges"
ROUTING = Routing(("-100",))
FLASHED = dt.datetime(2026, 6, 10, 4, 0, tzinfo=dt.UTC)


def _flash() -> Article:
    return page(
        "en",
        "FLASH: Russia to restore visa-free trips for Japanese to southern Kurils - agency",
        "MOSCOW, June 10 (Ledger Wire) - Russia will restore visa-free travel for Japanese "
        "citizens to the southern Kuril Islands from next year, a regional news agency "
        "reported on Wednesday, citing an unnamed official.",
        "Developing story; refresh for updates.",
        when=FLASHED,
    )


def _correction() -> Article:
    return page(
        "en",
        "CORRECTED-Russia has no plans to restore visa-free Kuril trips, ministry says",
        "(Corrects June 10 flash headlined 'Russia to restore visa-free trips for Japanese to "
        "southern Kurils'; the agency report was wrong)",
        "MOSCOW, June 10 (Ledger Wire) - Russia has no plans to restore visa-free travel for "
        "Japanese citizens to the southern Kuril Islands, the Russian foreign ministry said "
        "on Wednesday, denying an earlier report by a regional news agency.",
        "The agency said its correspondent had misreported an official's remarks.",
        when=FLASHED + dt.timedelta(hours=2),
    )


def _decide(judge: Judge, article: Article) -> Decision:
    item = FeedItem("test", article.url, article.url, article.title, "", article.published)
    return decide(item, article, judge.assess(article), judge.knowledge, article.published, ROUTING)


def test_a_correction_takes_back_the_move_of_the_report_it_corrects(tmp_path: Path) -> None:
    seeds = shipped_judge().knowledge
    before = seeds.statuses[EXCHANGES]
    store = Store.open(tmp_path / "monitor.db")
    try:
        judge = shipped_judge()
        flash = _decide(judge, _flash())
        assert flash.alert is not None
        assert [sid for sid, _ in flash.alert.moves] == [EXCHANGES]
        judge = judge.with_knowledge(flash.alert.knowledge(store.apply(flash) or 0))
        assert judge.knowledge.statuses[EXCHANGES].active

        correction = _decide(judge, _correction())
        assert correction.alert is not None, correction.reason
        assert correction.assessment.corrects  # it says the flash was wrong
        learned = correction.alert.knowledge(store.apply(correction) or 0)
        # in memory: the exchanges stand as the seeds left them
        after = learned.statuses[EXCHANGES]
        assert (after.active, after.ended) == (before.active, before.ended)
        assert after.status.history == before.status.history

        # rebuilt from the store, and on the status board
        rebuilt = knowledge_with_history(seeds, store).statuses[EXCHANGES]
        assert (rebuilt.active, rebuilt.ended) == (before.active, before.ended)
        assert rebuilt.status.current == before.status.current
        board = {v.id: v for v in status_board(seeds, store.review_status_moves())}
        assert board[EXCHANGES].active is False
    finally:
        store.close()
