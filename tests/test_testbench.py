"""The rule language's gaps closed, `check`, and the test bench (`rules test`, `rules replay`).

Commands run as real processes against temp copies of rules/ and seeds/; stored articles
come from a real `run --once` against feeds and pages served on 127.0.0.1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from support.newsworld import NewsWorld

from monitor.core.models import Article
from monitor.core.novelty import Judge
from monitor.core.rules import Matcher, compile_term
from monitor.files.rulefiles import load_rules

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "data" / "articles"
DRILLS = PAGES / "new-shikotan-drills.html"
CAT = PAGES / "lookalike-cat.html"
LOCATED = re.compile(r"^\S+\.yaml:\d+:\d+: \S.*$")


def _setup(tmp: Path, extra: str | None = None, **config: object) -> Path:
    """A config using temp copies of the shipped rules and seeds (plus one extra rule file)."""
    shutil.copytree(ROOT / "rules", tmp / "rules", ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(ROOT / "seeds", tmp / "seeds", ignore=shutil.ignore_patterns("*.md"))
    if extra is not None:
        (tmp / "rules" / "zz-extra.yaml").write_text(extra, encoding="utf-8")
    data = {
        "database": "sqlite:///state/monitor.db",
        "rules_dir": "rules",
        "seeds_dir": "seeds",
        "feeds": [{"id": "wire", "url": "http://127.0.0.1:9/feed.xml"}],
        **config,
    }
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _cli(
    config: Path, *args: str, stdin: str | None = None, timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    return subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
        cwd=ROOT,
    )


# ----------------------------------------------------------------------------- the language


def _judge(extra: str, tmp: Path) -> Judge:
    from monitor.files.seedfiles import load_seeds

    (tmp / "r.yaml").write_text(extra, encoding="utf-8")
    rules = load_rules(tmp)
    return Judge.build(rules, load_seeds(ROOT / "seeds", None))


def _article(title: str, text: str = "", feed: str = "wire") -> Article:
    when = dt.datetime(2026, 3, 3, 8, tzinfo=dt.UTC)
    return Article("http://news.test/a", feed, title, text, "en", when)


NEAR = """
concepts:
  arms: {en: [missiles], ja: [ミサイル]}
  isle: {en: [iturup], ja: [択捉]}
rules:
  - {id: near, sentence: [arms, isle], within_words: 3, where: [title]}
"""


@pytest.mark.parametrize(
    ("title", "matches"),
    [
        ("Russia deployed missiles on Iturup", True),
        ("Iturup will see new missiles, officials say", True),
        ("Missiles, said an officer who spoke at length today, may one day reach Iturup", False),
        ("Iturup is far away from Kamchatka, where missiles were seen", False),
        ("ロシア軍が択捉島にミサイルを配備", True),
        ("択捉島の住民は、長い冬の間に、新しいミサイルについて話した", False),
    ],
)
def test_within_words_counts_words_between_the_nearest_hits(
    tmp_path: Path, title: str, matches: bool
) -> None:
    """`within_words` holds when the nearest hits are at most N words apart (2 kana/kanji = 1)."""
    judge = _judge(NEAR, tmp_path)
    hits = [h.rule for h in judge.read(_article(title)).rule_hits]
    assert (hits == ["near"]) is matches


def test_summary_reads_as_the_lead(tmp_path: Path) -> None:
    """`where: [summary]` looks at the lead sentences, not the headline."""
    rule = "concepts:\n  isle: {en: [iturup]}\nrules:\n  - {id: s, any: [isle], where: [summary]}\n"
    judge = _judge(rule, tmp_path)
    lead = "Officials said on Monday that new barracks were built on Iturup for the garrison."
    assert [h.rule for h in judge.read(_article("News", lead)).rule_hits] == ["s"]
    quiet = "Nothing else to report here today, the officials said on Monday."
    assert judge.read(_article("Iturup news", quiet)).rule_hits == ()


def test_none_vetoes_and_feeds_scope_and_chat_ids_route(tmp_path: Path) -> None:
    """`none` vetoes a match, `feeds` limits a rule to its feeds, `chat_ids` ride on the hit."""
    judge = _judge(
        "concepts:\n  isle: {en: [iturup]}\n  cat: {en: [cat]}\n"
        "rules:\n"
        "  - {id: a, any: [isle], none: [cat], where: [title], chat_ids: ['@war', -100123],"
        " severity: low}\n"
        "  - {id: b, any: [isle], where: [title], feeds: [tass]}\n",
        tmp_path,
    )
    plain = judge.read(_article("Troops on Iturup"))
    assert [(h.rule, h.severity, h.chat_ids) for h in plain.rule_hits] == [
        ("a", "low", ("@war", "-100123"))
    ]
    assert judge.read(_article("Iturup cat show")).vetoed == ("a",)
    assert [h.rule for h in judge.read(_article("Troops on Iturup", feed="tass")).rule_hits] == [
        "a",
        "b",
    ]


def test_matching_cost_follows_the_text_not_the_rules() -> None:
    """Ten times the terms barely slows one text; the scan is one pass over its words."""
    text = "Russia deployed new missiles on Iturup and Kunashir, Tokyo protested. " * 200

    def cost(n: int) -> float:
        m = Matcher([compile_term(f"c{i}", "en", f"word{i} other{i}") for i in range(n)])
        started = time.perf_counter()
        m.find(text)
        return time.perf_counter() - started

    cost(10)
    assert cost(5000) < 10 * cost(500) + 0.05


# ----------------------------------------------------------------------------- check

BROKEN: dict[str, tuple[str, str]] = {
    "unknown key": (
        "rules:\n  - id: x\n    any: [islands]\n    colour: red\n",
        ":4:5: rules[0].colour: unknown key",
    ),
    "bad type": (
        "rules:\n  - id: x\n    any: [islands]\n    within_words: five\n",
        ":4:5: rules[0].within_words: must be a positive integer",
    ),
    "unknown concept": (
        "rules:\n  - id: x\n    all: [islands, islandz]\n",
        ":3:20: rules[0].all[1]: unknown concept 'islandz'",
    ),
    "duplicate id": (
        "rules:\n  - id: kuril-islands\n    any: [islands]\n",
        ":2:5: rules[0].id: duplicate rule id 'kuril-islands'",
    ),
    "bad pattern": (
        "concepts:\n  odd:\n    en: ['re:(unclosed']\n",
        ":3:10: concepts.odd.en[0]: bad regular expression '(unclosed'",
    ),
    "empty term set": (
        "concepts:\n  nothing:\n    en: []\n    ru: []\n",
        ":2:3: concepts.nothing: empty term set",
    ),
    "unknown feed": (
        "rules:\n  - {id: x, any: [islands], feeds: [wire, tas]}\n",
        ":2:43: rules[0].feeds[1]: unknown feed id 'tas'",
    ),
    "bad chat id": (
        "rules:\n  - {id: x, any: [islands], chat_ids: [war-room]}\n",
        ":2:40: rules[0].chat_ids[0]: must be a number or an @channel name",
    ),
}


def test_check_passes_on_the_shipped_files() -> None:
    """`check` on the shipped config, rules and seeds exits 0."""
    proc = _cli(ROOT / "config.yaml", "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("ok: ")


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_check_locates_each_kind_of_problem(tmp_path: Path, kind: str) -> None:
    """Each kind of mistake exits 1 with a file:line:column: message line."""
    text, expected = BROKEN[kind]
    proc = _cli(_setup(tmp_path, text), "check")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines
    assert all(LOCATED.match(line) for line in lines), lines
    assert any(f"zz-extra.yaml{expected}" in line for line in lines), lines


def test_check_lists_every_problem_in_config_rules_and_seeds(tmp_path: Path) -> None:
    """One run reports the config's, the rules' and the seeds' problems together."""
    config = _setup(
        tmp_path,
        "concepts:\n  nothing: {en: []}\n"
        "rules:\n  - {id: x, all: [islandz], colour: red}\n  - {id: x, any: [islands]}\n",
    )
    facts = tmp_path / "seeds" / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            "    kind: event\n    actors: [Russian Empire, Japan]",
            "    kind: happening\n    actors: [Russian Empire, Japan]",
        ),
        encoding="utf-8",
    )
    config.write_text(config.read_text(encoding="utf-8") + "polling: {colour: red}\n")
    proc = _cli(config, "check")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert all(re.match(r"^\S+:\d+:\d+: \S", line) for line in lines), lines
    assert any("config.yaml:" in line and "polling.colour: unknown key" in line for line in lines)
    assert any(
        line.endswith("facts.yaml:9:5: facts[0].kind: must be event or position") for line in lines
    )
    assert any("unknown concept 'islandz'" in line for line in lines)
    assert any("rules[0].colour: unknown key" in line for line in lines)
    assert any("duplicate rule id 'x'" in line for line in lines)
    assert any("concepts.nothing: empty term set" in line for line in lines)


def test_check_refuses_rules_without_a_concept_the_reader_needs(tmp_path: Path) -> None:
    """Renaming a lexicon concept the claim reader reads by name is a problem `check` names."""
    config = _setup(tmp_path)
    lexicon = tmp_path / "rules" / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    lexicon.write_text(text.replace("  cue.modal:", "  cue.maybe:"), encoding="utf-8")
    proc = _cli(config, "check")
    assert proc.returncode == 1
    assert "rules:1:1: concept 'cue.modal' is missing; the monitor reads it" in proc.stdout


# ----------------------------------------------------------------------------- rules test


def test_rules_test_shows_rules_terms_positions_and_decision(tmp_path: Path) -> None:
    """A page: matched rules with their reasons, terms at their positions, the decision."""
    proc = _cli(_setup(tmp_path), "rules", "test", str(DRILLS))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "MATCH    kuril-islands  severity=high  where=title,lead" in out
    assert "all: islands✓; any: dispute✓ japan✓ russia✓ military✓" in out
    assert "s0 (headline): Russian troops hold live-fire drills on Shikotan, Tokyo protests" in out
    assert re.search(r"40–48\s+islands\s+'Shikotan'", out)
    assert re.search(r"25–33\s+russia\s+\"Russia's\"\s+term 'russia'", out)
    assert "Decision:   new_development — reports exercise, protest" in out
    assert "Routing:    the config's telegram.chat_ids" in out


def test_rules_test_shows_masks_and_vetoes(tmp_path: Path) -> None:
    """Look-alike masks and `none` exclusions that fired are listed with where they fired."""
    extra = (
        "concepts:\n  pets: {en: [cat, cats]}\n"
        "rules:\n  - {id: no-pets, all: [islands], any: [japan], none: [pets],"
        " where: [title, summary]}\n"
    )
    proc = _cli(_setup(tmp_path, extra), "rules", "test", str(CAT))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "mask   s0 0–16 lookalike.named_after 'Kurilian Bobtail'" in out
    assert "the headline's topic words belong to a look-alike" in out
    assert "VETOED   no-pets" in out
    assert re.search(
        r"veto   no-pets excluded by none: pets 'cat' in s0, pets 'cat' in s1, pets 'cats' in s3",
        out,
    )
    assert "Decision:   look_alike" in out


def test_rules_test_reads_plain_text_from_stdin_and_honours_feed_scope(tmp_path: Path) -> None:
    """`-` reads standard input (first line the headline); `--feed` applies `feeds:` scope."""
    extra = "rules:\n  - {id: wire-only, any: [islands], feeds: [wire], chat_ids: ['@desk']}\n"
    config = _setup(tmp_path, extra)
    text = "Russia deploys missiles on Iturup\nThe missiles were deployed on Monday, Japan said.\n"
    plain = _cli(config, "rules", "test", "-", stdin=text)
    assert plain.returncode == 0, plain.stderr
    assert "Article:    Russia deploys missiles on Iturup" in plain.stdout
    assert "not for feed 'test' (use --feed)" in plain.stdout
    scoped = _cli(
        config, "rules", "test", "-", "--feed", "wire", "--date", "2026-03-03", stdin=text
    )
    assert "MATCH    wire-only" in scoped.stdout
    assert "Published: 2026-03-03 00:00 UTC   Feed: wire" in scoped.stdout
    assert "Decision:   new_development — reports deployment" in scoped.stdout
    assert "Routing:    @desk" in scoped.stdout


def test_pathological_pattern_is_refused_by_rules_test(tmp_path: Path) -> None:
    """A catastrophic `re:` term is refused when the rules load, with its place and why,
    before any page is read (it would lose its hits on every long text)."""
    extra = (
        "concepts:\n  evil: {en: ['re:(a|aa)+$']}\n"
        "rules:\n  - {id: evil, any: [evil], where: [title, body]}\n"
    )
    page = tmp_path / "long.txt"
    line = "a" * 20_000 + "!"
    page.write_text("Kuril " + line + "\n" + "\n".join([line] * 20) + "\n", encoding="utf-8")
    started = time.monotonic()
    proc = _cli(_setup(tmp_path, extra), "rules", "test", str(page), timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert time.monotonic() - started < 30
    assert ":2:15: concepts.evil.en[0]: regular expression '(a|aa)+$' is too slow" in proc.stderr


def test_rules_test_shows_a_pattern_that_ran_out_of_time(tmp_path: Path) -> None:
    """A slow pattern the load-time probe lets through, timing out on this page, is named
    under "Regex timeouts" (and logged); `rules test` still finishes."""
    extra = (
        "concepts:\n  slow: {en: ['re:(.*a){12}']}\n"
        "rules:\n  - {id: slow, any: [slow], where: [title, body]}\n"
    )
    page = tmp_path / "long.txt"
    page.write_text("Kuril islands\n" + ("b" * 30 + "a") * 11 + "b" * 20_000 + "\n", "utf-8")
    proc = _cli(_setup(tmp_path, extra), "rules", "test", str(page), timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Regex timeouts (hits lost" in proc.stdout
    assert "slow                     're:(.*a){12}'" in proc.stdout
    assert "event=rules.regex_timeout concept=slow" in proc.stderr


# ----------------------------------------------------------------------------- rules replay

T0 = dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.UTC)
STREAM = [
    ("lookalike-northern-territory", T0 - dt.timedelta(days=1)),
    ("new-shikotan-drills", T0),
    ("same-shikotan-drills-ru", T0 + dt.timedelta(hours=6)),
    ("same-shikotan-drills-ja", T0 + dt.timedelta(hours=17)),
    ("lookalike-cat", T0 + dt.timedelta(days=2)),
    ("status-grave-visits", T0 + dt.timedelta(days=3)),
]


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A config whose database holds a real `run --once` over six owned pages."""
    with NewsWorld() as world:
        items = []
        for name, when in STREAM:
            world.add_page(f"/articles/{name}.html", (PAGES / f"{name}.html").read_bytes())
            link = world.url(f"/articles/{name}.html")
            items.append({"title": name, "link": link, "summary": name, "published": when})
        world.add_feed("/feeds/wire.xml", items)
        config = _setup(
            tmp_path,
            feeds=[{"id": "wire", "url": world.url("/feeds/wire.xml")}],
            polling={"max_item_age_days": None, "allow_private_addresses": True, "timeout": 3.0},
        )
        proc = _cli(config, "run", "--once")
        assert proc.returncode == 0, proc.stderr
    return config


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_replay_with_unchanged_rules_reproduces_every_decision(stored: Path) -> None:
    """Replaying with the rules that decided the articles changes nothing, and writes nothing."""
    db = stored.parent / "state" / "monitor.db"
    before = _digest(db)
    proc = _cli(stored, "rules", "replay", "--since", "2026-03-01")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Replayed 6 stored articles published since 2026-03-01 00:00 UTC" in out
    assert "Alerts gained: none" in out
    assert "Alerts lost: none" in out
    assert "Unchanged: 6 of 6" in out
    assert _digest(db) == before


def test_replay_lists_alerts_gained_and_lost_and_sends_nothing(stored: Path) -> None:
    """A new look-alike mask loses the English alert; the Russian report becomes the alert."""
    db = stored.parent / "state" / "monitor.db"
    rows = sqlite3.connect(db).execute("SELECT COUNT(*) FROM outbox").fetchone()
    (stored.parent / "rules" / "zz-extra.yaml").write_text(
        "concepts:\n  lookalike.drill_test:\n    mask: true\n    en: ['drills on shikotan']\n",
        encoding="utf-8",
    )
    before = _digest(db)
    proc = _cli(stored, "rules", "replay", "--since", "2026-03-03T00:00:00+00:00")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Replayed 5 stored articles" in out
    gained = out.split("Alerts gained: 1\n")[1].split("Alerts lost")[0]
    assert "same-shikotan-drills-ru.html" in gained
    assert "was: same_development" in gained
    assert "now: new_development" in gained
    lost = out.split("Alerts lost: 1\n")[1].split("Alerts kept")[0]
    assert "new-shikotan-drills.html" in lost
    assert "was: new_development (alert #1)" in lost
    assert "now: look_alike" in lost
    assert _digest(db) == before
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM outbox").fetchone() == rows


def test_replay_without_a_database_says_so(tmp_path: Path) -> None:
    """Replay with nothing stored exits 1 and names the missing database."""
    proc = _cli(_setup(tmp_path), "rules", "replay", "--since", "2026-01-01")
    assert proc.returncode == 1
    assert "nothing stored to replay" in proc.stderr
    assert not (tmp_path / "state").exists()


def test_a_body_rule_sees_past_the_lead_in_the_brief_reading(tmp_path: Path) -> None:
    """The judge decides on the headline and lead, unless a rule looks at the body: then a
    term far down the page still makes the rule match."""
    filler = [
        f"Paragraph {n} of routine reporting from the regional capital today." for n in range(9)
    ]
    text = "\n".join([*filler, "The governor later flew on to Iturup for a short visit."])
    lead_only = "concepts:\n  isle: {en: [iturup]}\nrules:\n  - {id: l, any: [isle]}\n"
    (tmp_path / "lead").mkdir()
    (tmp_path / "body").mkdir()
    judge = _judge(lead_only, tmp_path / "lead")
    assert judge.read(_article("Regional news", text), brief=True).rule_hits == ()
    assert judge.assess(_article("Regional news", text)).decision == "off_topic"

    body = lead_only.replace("any: [isle]}", "any: [isle], where: [body]}")
    judge = _judge(body, tmp_path / "body")
    brief = judge.read(_article("Regional news", text), brief=True)
    assert [h.rule for h in brief.rule_hits] == ["l"]
    assert len(brief.sentences) == 11
