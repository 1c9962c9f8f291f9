"""`kuril-monitor history` and `facts` on a history the monitor stored itself: two real
`run --once` cycles against owned pages, then the CLI as a process, its output parsed."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from support.reviewworld import (
    ALERT_KINDS,
    CHANNEL,
    EXPECTED,
    HOSTILE,
    HOSTILE_TITLE,
    ROOT,
    ReviewWorld,
    published,
)

DRILLS = "new-shikotan-drills"
GRAVES = "status-grave-visits"
FIRST = "first-since-talks"
ALERTING = sorted((n for n, d in EXPECTED.items() if d in ALERT_KINDS), key=published)


def _cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
        cwd=ROOT,
    )


def _ok(config: Path, *args: str) -> str:
    proc = _cli(config, *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _table(text: str) -> list[dict[str, str]]:
    """Rows of a table printed with columns separated by two or more spaces."""
    header, *rows = text.splitlines()
    names = re.split(r"\s{2,}", header.strip())
    parsed = []
    for line in rows:
        cells = re.split(r"\s{2,}", line.strip())
        assert len(cells) == len(names), line
        parsed.append(dict(zip(names, cells, strict=True)))
    return parsed


def _json(config: Path, *args: str) -> Any:
    return json.loads(_ok(config, *args))


def _name(url: str) -> str:
    return url.rsplit("/", 1)[-1].removesuffix(".html")


def _ids(review: ReviewWorld, names: list[str]) -> list[int]:
    return [review.alert(n) for n in names]


def test_table_lists_alerts_newest_first_with_their_columns(review: ReviewWorld) -> None:
    """The table has when, kind, headline, outlet, sources and any retraction, one alert a
    row, newest first."""
    rows = _table(_ok(review.config, "history"))
    assert list(rows[0]) == ["ID", "WHEN", "KIND", "HEADLINE", "OUTLET", "SOURCES", "RETRACTED"]
    assert [int(r["ID"]) for r in rows] == _ids(review, ALERTING[::-1])
    by_id = {int(r["ID"]): r for r in rows}
    drills, hostile, graves = (by_id[review.alert(n)] for n in (DRILLS, HOSTILE, GRAVES))
    assert drills["HEADLINE"] == "Russian troops hold live-fire drills on Shikotan, Tokyo protests"
    assert (drills["KIND"], drills["WHEN"], drills["SOURCES"]) == (
        "new_development",
        "2026-03-03 08:00",
        "3",
    )
    assert hostile["HEADLINE"].startswith("<script>window.__pwned=1</script><b>Kuril</b>")
    assert (graves["KIND"], graves["SOURCES"]) == ("status_change", "1")
    assert {r["OUTLET"] for r in rows} == {"Wire"}
    assert {r["RETRACTED"] for r in rows} == {"-"}


def test_json_holds_the_diff_every_source_and_the_delivery(review: ReviewWorld) -> None:
    """JSON carries each alert's diff, its sources (attached ones too) and message ids."""
    alerts = {a["id"]: a for a in _json(review.config, "history", "--format", "json")}
    drills = alerts[review.alert(DRILLS)]
    assert [(_name(s["url"]), s["lang"], s["primary"]) for s in drills["sources"]] == [
        (DRILLS, "en", True),
        ("same-shikotan-drills-ru", "ru", False),
        ("same-shikotan-drills-ja", "ja", False),
    ]
    assert any("Shikotan" in claim for claim in drills["diff"]["new"])
    assert drills["rules"]
    assert drills["delivery"] == "sent"
    send = next(d for d in drills["deliveries"] if d["action"] == "send")
    assert (send["chat_id"], send["state"]) == (CHANNEL, "sent")
    assert send["message_ids"]
    assert all(isinstance(m, int) for m in send["message_ids"])
    assert [d["action"] for d in drills["deliveries"]] == ["send", "update"]
    change = alerts[review.alert(GRAVES)]["diff"]["changes"][0]
    assert change["status_id"] == "former-residents-visits"
    assert change["old"]["since"] < change["new"]["since"]
    assert alerts[review.alert(HOSTILE)]["title"] == HOSTILE_TITLE
    assert len(review.bot.sent(CHANNEL)) == len(ALERTING)


def test_csv_parses_with_markup_kept_as_text(review: ReviewWorld) -> None:
    """CSV is one header and one row per alert; a title with markup survives verbatim."""
    rows = list(csv.DictReader(io.StringIO(_ok(review.config, "history", "--format", "csv"))))
    assert [int(r["id"]) for r in rows] == _ids(review, ALERTING[::-1])
    by_id = {int(r["id"]): r for r in rows}
    assert by_id[review.alert(HOSTILE)]["title"] == HOSTILE_TITLE
    drills = by_id[review.alert(DRILLS)]
    assert drills["sources"] == "3"
    assert [_name(u) for u in drills["source_urls"].split()] == [
        DRILLS,
        "same-shikotan-drills-ru",
        "same-shikotan-drills-ja",
    ]
    assert all(r["rules"] for r in rows)
    assert {r["delivery"] for r in rows} == {"sent"}


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (("--since", "2026-05-01"), [FIRST, GRAVES, HOSTILE]),
        (("--until", "2026-05-12T06:30:00Z"), [DRILLS]),
        (("--since", "2026-03-01", "--until", "2026-06-01"), [HOSTILE, DRILLS]),
        (("--rule", "kuril-islands", "--since", "2026-05-01"), [FIRST, GRAVES, HOSTILE]),
        (("--rule", "kuril"), []),  # a rule's whole name, not a part of it
        (("--lang", "ja"), []),
        (("--search", "ШИКОТАН"), [DRILLS]),  # an attached Russian report's title, any case
        (("--search", "bastion"), [HOSTILE]),  # only in the article's text, not in the diff
        (("--search", "GRAVE VISITS"), [GRAVES]),
        (("--search", "<b>kuril</b>"), [HOSTILE]),
    ],
)
def test_filters_narrow_the_list(
    review: ReviewWorld, args: tuple[str, ...], names: list[str]
) -> None:
    """--since, --until, --rule, --lang and --search select the matching alerts."""
    alerts = _json(review.config, "history", "--format", "json", *args)
    assert [a["id"] for a in alerts] == _ids(review, names)


def test_show_prints_the_full_diff_with_sources_and_deliveries(review: ReviewWorld) -> None:
    """`history show ID` prints what is new, what was known, every source and each delivery."""
    drills = review.alert(DRILLS)
    text = _ok(review.config, "history", "show", str(drills))
    assert text.startswith(f"#{drills}  New development\nRussian troops hold live-fire drills")
    for heading in ("What is new", "Already known", "Sources (3)", "Delivery: sent"):
        assert f"\n{heading}\n" in text
    for name in ("new-shikotan-drills", "same-shikotan-drills-ru", "same-shikotan-drills-ja"):
        assert f"/articles/{name}.html" in text
    assert "色丹島でロシア軍が実弾演習" in text
    assert f"send to {CHANNEL}: sent" in text
    status = _ok(review.config, "history", "show", str(review.alert(GRAVES)))
    assert "\nWhat changed\n" in status
    assert "was: The 1999 agreement formally terminated" in status
    detail = _json(review.config, "history", "show", str(drills), "--format", "json")
    assert [s["decision"] for s in detail["sources"]] == [
        "new_development",
        "same_development",
        "same_development",
    ]


def test_show_of_an_unknown_alert_fails(review: ReviewWorld) -> None:
    """`history show` of an id that does not exist exits 1 and says so."""
    proc = _cli(review.config, "history", "show", "9999")
    assert proc.returncode == 1
    assert "no alert #9999" in proc.stderr
    assert _cli(review.config, "history", "show").returncode == 2


def test_decisions_list_every_article_with_its_reason(review: ReviewWorld) -> None:
    """`history --decisions` lists every assessed article with its decision and reason."""
    rows = _json(review.config, "history", "--decisions", "--format", "json")
    assert {_name(r["url"]): r["decision"] for r in rows} == EXPECTED
    by_name = {_name(r["url"]): r for r in rows}
    assert all(r["reason"] for r in rows)
    drills = review.alert(DRILLS)
    assert by_name["same-shikotan-drills-ja"]["reason"].startswith(
        f"same development as alert #{drills}"
    )
    assert by_name["same-shikotan-drills-ja"]["alert_id"] == drills
    published = [r["published"] for r in rows]
    assert published == sorted(published, reverse=True)

    table = _table(_ok(review.config, "history", "--decisions", "--lang", "ru"))
    assert list(table[0]) == ["WHEN", "DECISION", "HEADLINE", "OUTLET", "REASON", "ALERT"]
    assert [(r["DECISION"], r["ALERT"]) for r in table] == [("same_development", f"#{drills}")]

    out = _ok(review.config, "history", "--decisions", "--format", "csv", "--search", "CROCODILE")
    lines = list(csv.DictReader(io.StringIO(out)))
    assert [(_name(r["url"]), r["decision"]) for r in lines] == [
        ("lookalike-northern-territory", "look_alike")
    ]


def test_facts_show_status_history_and_fact_provenance(review: ReviewWorld) -> None:
    """`facts` prints each tracked status' history (seeds, then alerts) and facts' sources."""
    text = _ok(review.config, "facts")
    statuses, facts = text.split("Known facts (seeds)")
    block = statuses.split("former-residents-visits (active):")[1].split("\n\n")[0]
    lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
    assert "(seed: NHK World, 2022-09-06; said by Russian government)" in lines
    assert lines[-2].startswith("→ 2026-06-02  resumed:")
    assert lines[-1].startswith(f"(alert #{review.alert(GRAVES)}: http://127.0.0.1:")
    assert "peace-treaty-talks (not active):" in statuses
    assert "source: TASS, 2024-02-08 <https://tass.com/politics/1743265>" in facts
    learned = facts.split("Learned from alerts")[1]
    assert re.search(rf"\(alert #{review.alert(DRILLS)}\)\n\s+.*Shikotan", learned)
    assert "source: http://127.0.0.1:" in learned


def test_without_a_database_history_says_so(tmp_path: Path) -> None:
    """Before the monitor has stored anything, `history` exits 1; `facts` shows the seeds."""
    config = tmp_path / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "database": f"sqlite:///{tmp_path / 'none.db'}",
                "rules_dir": str(ROOT / "rules"),
                "seeds_dir": str(ROOT / "seeds"),
            }
        ),
        encoding="utf-8",
    )
    proc = _cli(config, "history")
    assert proc.returncode == 1
    assert "no database" in proc.stderr
    assert "peace-treaty-talks" in _ok(config, "facts")
    assert not (tmp_path / "none.db").exists()


def test_a_bad_date_is_a_usage_error(review: ReviewWorld) -> None:
    """A --since that is not a date exits 2 with the reason."""
    proc = _cli(review.config, "history", "--since", "last tuesday")
    assert proc.returncode == 2
    assert "not an ISO date" in proc.stderr


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("--rule", "kuril-island"), "did you mean --rule kuril-islands?"),
        (("--lang", "ja"), "languages with alerts: en"),
        (("--since", "2030-01-01"), "try an earlier --since"),
        (("--until", "2000-01-01"), "try a later --until"),
        (("--search", "zzzyzzx"), "nothing contains 'zzzyzzx'"),
    ],
)
def test_a_filter_that_matches_nothing_gives_a_hint(
    review: ReviewWorld, args: tuple[str, ...], hint: str
) -> None:
    """An empty list says that the filters matched none of the stored alerts, and how to
    loosen them (on stderr: the table and JSON stay as they were)."""
    proc = _cli(review.config, "history", *args)
    assert proc.returncode == 0, proc.stderr
    assert _table(proc.stdout) == []
    assert proc.stderr.startswith("no alerts match these filters (")
    assert hint in proc.stderr
    assert _json(review.config, "history", "--format", "json", *args) == []
