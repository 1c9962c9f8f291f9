"""Shared fixtures and the test tiers.

Fixtures: `world` (a news web on 127.0.0.1), `bot` (a Bot API endpoint on 127.0.0.1) and
`google` (Google News' endpoints on a server of their own), each fresh per test; `judge`
(the shipped rules and seeds) and `review` (the stored history of two cycles), built once
per test file. A file
whose world needs more (pages served from the start, a failing feed) defines its own
fixture under a name of its own, so a reader sees that it differs.

Tiers: every test file has one in TIERS, and pytest marks each of its tests with it, so
`pytest -m fast` runs the fast tier (`make test-fast`). A test marked with a tier of its
own (a CLI run in a file of pure tests) keeps that tier instead of its file's.
- fast: core and files, in process: no network, no subprocess, no database server;
- edge: loopback servers (news web, Bot API), SQLite files and PostgreSQL;
- system: subprocesses (the CLI, the daemon, several processes), Chromium.
test_tiers.py fails when a test file has no tier or a tier names a file that is gone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.botapi import BotApi
from support.googlenews import GoogleNewsStandIn
from support.newsworld import NewsWorld
from support.pages import shipped_judge
from support.reviewworld import ReviewWorld, review_world

from monitor.core.novelty import Judge

TIER_NAMES = ("fast", "edge", "system")

TIERS: dict[str, str] = {
    "test_acts_and_appeals.py": "fast",
    "test_announced_acts.py": "edge",
    "test_refusals_and_frames.py": "fast",
    "test_undertakings_and_history.py": "fast",
    "test_practices_and_breaks.py": "fast",
    "test_posts_between_the_countries.py": "fast",
    "test_digests.py": "fast",
    "test_talk.py": "fast",
    "test_joined_moves.py": "edge",
    "test_agenda_of_talks.py": "fast",
    "test_datelines_and_reports.py": "fast",
    "test_withdrawn_moves.py": "edge",
    "test_limits_in_headlines.py": "fast",
    "test_recalls_and_lists.py": "fast",
    "test_occasions_and_circumstances.py": "fast",
    "test_calls_and_postponements.py": "fast",
    "test_examples_goals_and_refusals.py": "fast",
    "test_renewals_and_tallies.py": "fast",
    "test_arrangements.py": "edge",
    "test_asserted_decisions.py": "fast",
    "test_assertion.py": "fast",
    "test_names.py": "fast",
    "test_bot.py": "edge",
    "test_bounded_files.py": "fast",
    "test_bounded_work.py": "system",
    "test_boats_set_free.py": "fast",
    "test_canonical.py": "system",
    "test_chat_settings.py": "system",
    "test_cli.py": "system",
    "test_compose.py": "fast",
    "test_config.py": "fast",
    "test_daemon.py": "system",
    "test_decision_values.py": "fast",
    "test_decisions.py": "fast",
    "test_delivery.py": "edge",
    "test_dialect.py": "fast",
    "test_eval_stripped.py": "fast",
    "test_exactly_once.py": "system",
    "test_faults.py": "system",
    "test_feedlist.py": "system",
    "test_feeds.py": "edge",
    "test_googlenews.py": "system",
    "test_headline_only.py": "system",
    "test_health.py": "system",
    "test_history.py": "system",
    "test_hostile.py": "edge",
    "test_acts_of_claim.py": "fast",
    "test_correspondence.py": "fast",
    "test_protests_at_words.py": "fast",
    "test_visit_as_setting.py": "fast",
    "test_regional_trips.py": "fast",
    "test_called_for_and_to_come.py": "fast",
    "test_buried_firsts_and_protests.py": "fast",
    "test_refusals_and_expulsions.py": "fast",
    "test_bans_harvests_and_goals.py": "fast",
    "test_goals_stakes_and_help.py": "fast",
    "test_units_crashes_and_refusals.py": "fast",
    "test_missions_stations_and_requests.py": "fast",
    "test_links_emergencies_and_talks.py": "fast",
    "test_appeals_data_and_routes.py": "fast",
    "test_symbols_and_names.py": "fast",
    "test_requests_damage_and_lasting_states.py": "fast",
    "test_channels_third_countries_and_topics.py": "fast",
    "test_ships_named_after_the_islands.py": "fast",
    "test_forces_withdrawn.py": "fast",
    "test_permission_put_off.py": "fast",
    "test_notices_on_other_days.py": "fast",
    "test_hedged_and_dated_future.py": "fast",
    "test_recalled_and_planned.py": "fast",
    "test_rescues_and_releases.py": "fast",
    "test_known_fact_ended.py": "fast",
    "test_bilateral_documents_ended.py": "fast",
    "test_probe_memo.py": "system",
    "test_calls_meetings_and_blame.py": "fast",
    "test_first_talks_told_in_the_lead.py": "fast",
    "test_permitted_trips.py": "fast",
    "test_wishes_and_signatures.py": "fast",
    "test_layers.py": "fast",
    "test_infrastructure.py": "fast",
    "test_log.py": "fast",
    "test_migrations.py": "edge",
    "test_named_states.py": "fast",
    "test_one_article.py": "system",
    "test_outlets.py": "system",
    "test_packaging.py": "system",
    "test_pipeline.py": "system",
    "test_places_and_verdicts.py": "fast",
    "test_corrections.py": "fast",
    "test_reported_and_wished.py": "fast",
    "test_drafts_and_stages.py": "fast",
    "test_habits_and_asks.py": "fast",
    "test_bilateral_accords.py": "fast",
    "test_readme_examples.py": "system",
    "test_reload.py": "system",
    "test_retention.py": "system",
    "test_replay_script.py": "system",
    "test_reports_of_one_move.py": "fast",
    "test_retract.py": "system",
    "test_rules.py": "fast",
    "test_scaled.py": "system",
    "test_schema.py": "fast",
    "test_security.py": "system",
    "test_shipped_feeds.py": "fast",
    "test_slow_hosts.py": "edge",
    "test_store.py": "edge",
    "test_testbench.py": "system",
    "test_table_layout.py": "fast",
    "test_tiers.py": "fast",
    "test_web.py": "system",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test with its file's tier unless it carries a tier of its own."""
    for item in items:
        if any(item.get_closest_marker(name) for name in TIER_NAMES):
            continue
        tier = TIERS.get(Path(str(item.path)).name)
        if tier is not None:
            item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture
def world() -> Iterator[NewsWorld]:
    """An empty news web on 127.0.0.1; each test adds the feeds and pages it needs."""
    with NewsWorld() as w:
        yield w


@pytest.fixture
def bot() -> Iterator[BotApi]:
    """A Bot API endpoint on 127.0.0.1."""
    with BotApi() as api:
        yield api


@pytest.fixture
def google() -> Iterator[GoogleNewsStandIn]:
    """Google's endpoints, on a server of their own."""
    with NewsWorld() as w:
        yield GoogleNewsStandIn(w)


@pytest.fixture(scope="module")
def judge() -> Judge:
    """The shipped rules and seeds, built once per test file."""
    return shipped_judge()


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReviewWorld]:
    """The stored history of two monitor cycles over the owned test pages, once per file."""
    with review_world(tmp_path_factory.mktemp("review")) as w:
        yield w
