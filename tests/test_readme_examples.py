"""The READMEs' shell examples, run as real processes, so that the docs cannot drift.

Every command in a `sh` block of README.md and rules/README.md, and every `$ ` line of a
`console` block, is either run here (EXECUTED: against a copy of the shipped config,
rules and seeds in a temporary folder, with no network) or listed in NOT_EXECUTED with
the reason; a README that gains an example in neither list, or loses one still listed,
fails `test_every_readme_example_is_run_or_has_a_reason`. Where a README shows the
output, the output is compared: exactly, or line by line in order where the README says
it is shortened (a shown `...` stands for text left out). Placeholders of the examples
(alert 12, `page.html`) are given their documented meaning: alert 12 does not exist in a
fresh database, `page.html` is the page of tests/data whose output rules/README shows.

The `console` blocks of rules/README without a `$ ` line are what `check` prints for one
mistaken `rules/local.yaml` (a regular expression that is too slow, invalid YAML, a term
ending in a space): each is compared with `check` on a file of LOCAL_FILES here, and a
new such block without its file fails. The second `check` example of rules/README (seven
problems at once) and the `rules replay` example are run on the `rules/local.yaml` the
README shows above each: the seed change the first describes is made, and the history
the second describes is stored by a real `run --once` over those pages of tests/data,
served on 127.0.0.1 (the hosts of the README's links stand for that server).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from support.daemon import ROOT, child_env
from support.newsworld import NewsWorld

READMES = (ROOT / "README.md", ROOT / "rules" / "README.md")
PAGE = ROOT / "tests" / "data" / "articles" / "new-shikotan-drills.html"

# command as the README writes it -> why it is not run here
NOT_EXECUTED = {
    'kuril-monitor feeds add https://www.japantimes.co.jp/feed/ --title "The Japan Times"': (
        "fetches a real feed (tests/test_feedlist.py adds feeds served on 127.0.0.1)"
    ),
    "kuril-monitor feeds import subscriptions.opml": (
        "a file of the reader's own (tests/test_feedlist.py imports four readers' exports)"
    ),
    "kuril-monitor feeds remove japantimes": "removes the feed the add example adds",
    "make run": "runs the monitor until stopped, polling real sources",
    "make test": "the whole test suite, this file included",
    ". .venv/bin/activate": "changes the calling shell only; the tests call the venv's "
    "kuril-monitor as activation would",
    "export TELEGRAM_BOT_TOKEN=123456:ABC...": "a placeholder token for the real Telegram",
    "kuril-monitor web": "serves until stopped (tests/test_web.py runs the page)",
    "KURIL_WEB_TOKEN=$(openssl rand -hex 16) kuril-monitor web --host 0.0.0.0 --port 8080": (
        "serves until stopped, on every address of the machine"
    ),
    "export TELEGRAM_BOT_TOKEN=123456:ABC... KURIL_WEB_TOKEN=$(openssl rand -hex 16)": (
        "placeholder secrets for docker compose"
    ),
    "KURIL_CHAT_IDS=@your_channel docker compose up -d --build": (
        "needs a container engine and the network (tests/test_packaging.py checks the file)"
    ),
    "docker compose logs -f monitor": "needs a container engine; follows logs until stopped",
    "docker compose run --rm monitor check": "needs a container engine",
    "export TELEGRAM_BOT_TOKEN=123456:ABC... KURIL_WEB_TOKEN=... POSTGRES_PASSWORD=...": (
        "placeholder secrets for docker compose"
    ),
    "docker compose --profile scaled up -d --build postgres scheduler worker web-scaled": (
        "needs a container engine, PostgreSQL images and the network"
    ),
    "docker compose --profile scaled up -d --scale worker=4 worker": "needs a container engine",
    "kuril-monitor --config config.yaml rules test https://tass.com/politics/1234567": (
        "fetches a page from the network"
    ),
    "pbpaste | kuril-monitor --config config.yaml rules test -": "reads the macOS clipboard",
}


@dataclass(frozen=True)
class Example:
    """One command of a README, with the output shown right after it (if any)."""

    readme: str
    line: int
    command: str
    output: tuple[str, ...]


def _examples() -> list[Example]:
    """Every command of the READMEs' `sh` and `console` blocks, in order."""
    found: list[Example] = []
    for readme in READMES:
        name = readme.relative_to(ROOT).as_posix()
        lang = None
        current: tuple[int, str, list[str]] | None = None
        for number, raw in enumerate(readme.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if line.startswith("```"):
                if current:
                    found.append(Example(name, current[0], current[1], tuple(current[2])))
                current = None
                lang = None if lang is not None else line[3:].strip()
                continue
            if lang == "sh" and line:
                command = re.sub(r"\s+#\s.*$", "", line)
                found.append(Example(name, number, command, ()))
            elif lang == "console":
                if line.startswith("$ "):
                    if current:
                        found.append(Example(name, current[0], current[1], tuple(current[2])))
                    current = (number, line[2:], [])
                elif current:
                    current[2].append(raw)
    return found


def _example(command: str) -> Example:
    """The first example that is `command`; the test fails when the READMEs lost it."""
    matches = [e for e in _examples() if e.command == command]
    assert matches, f"no README example is {command!r} any more"
    return matches[0]


def _text_block_after(readme: Path, marker: str) -> list[str]:
    """The lines of the first fenced block after the line that contains `marker`."""
    text = readme.read_text(encoding="utf-8")
    after = text.split(marker, 1)[1]
    block = after.split("```", 2)[1]
    return block.split("\n")[1:-1]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the shipped config, rules and seeds, the README's `page.html`, and an empty
    database made by one cycle of a config with no feeds (nothing touches the network)."""
    for name in ("rules", "seeds"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    shutil.copy(PAGE, tmp_path / "page.html")
    (tmp_path / "empty.yaml").write_text(
        "database: sqlite:///state/monitor.db\nfeeds: []\nhealth: {port: null}\n",
        encoding="utf-8",
    )
    made = _run(tmp_path, "kuril-monitor -c empty.yaml run --once")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "state" / "monitor.db").exists()
    return tmp_path


def _run(cwd: Path, command: str) -> subprocess.CompletedProcess[str]:
    """`command` as a shell would run it, with the venv's `kuril-monitor` on the PATH."""
    env = {k: v for k, v in child_env(None).items() if not k.startswith("KURIL_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        shlex.split(command),
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
        cwd=cwd,
    )


def _example_after(readme: Path, marker: str) -> Example:
    """The first example of `readme` below the line that contains `marker`."""
    lines = readme.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines, 1) if marker in line)
    name = readme.relative_to(ROOT).as_posix()
    return next(e for e in _examples() if e.readme == name and e.line > at)


def _same_lines(shown: list[str], real: list[str]) -> None:
    """The lines shown are the lines printed, one for one; `...` in a shown line stands for
    text left out of it."""
    assert len(shown) == len(real), (shown, real)
    for line, printed in zip(shown, real, strict=True):
        if "..." in line:
            assert _fits([p for p in line.split("...") if p], printed), (line, printed)
        else:
            assert line == printed


def _shown_in_order(shown: list[str], real: list[str]) -> None:
    """Each shown line is a real line, in the same order; `...` in one stands for text
    left out (a line of only `...` for lines left out)."""
    at = 0
    for line in shown:
        if line.strip() in {"", "..."}:
            continue
        pieces = [p for p in line.rstrip().split("...") if p]
        while at < len(real) and not _fits(pieces, real[at]):
            at += 1
        assert at < len(real), f"shown but not printed, in this order: {line!r}"
        at += 1


def _fits(pieces: list[str], real: str) -> bool:
    """`real` starts with the first piece and holds the others after it, in order."""
    if not real.startswith(pieces[0].rstrip()):
        return False
    pos = len(pieces[0].rstrip())
    for piece in pieces[1:]:
        found = real.find(piece.strip(), pos)
        if found < 0:
            return False
        pos = found + len(piece.strip())
    return True


# ----------------------------------------------------------------------------- the list


EXECUTED = {
    "kuril-monitor check",
    "kuril-monitor --config config.yaml check",
    "kuril-monitor --config config.yaml rules test page.html",
    "kuril-monitor history --since 2026-01-01",
    "kuril-monitor history show 12",
    "kuril-monitor history --decisions --format csv",
    "kuril-monitor facts",
    'kuril-monitor retract 12 --why "the ministry denied it"',
    "kuril-monitor feeds list",
    "kuril-monitor feeds export > kuril.opml",
    "kuril-monitor --config config.yaml rules replay --since 2026-03-01",
}


def test_every_readme_example_is_run_or_has_a_reason() -> None:
    """Each README command is run by a test here or listed with why not, and no more."""
    commands = {e.command for e in _examples()}
    assert not EXECUTED & NOT_EXECUTED.keys()
    assert commands - EXECUTED - NOT_EXECUTED.keys() == set(), "new examples: run or explain"
    assert (EXECUTED | NOT_EXECUTED.keys()) - commands == set(), "examples no README shows"


# ----------------------------------------------------------------------------- check


def test_check_prints_what_the_readmes_show(workspace: Path) -> None:
    """`check` (README) and `--config config.yaml check` (rules/README) accept the shipped
    files, and print the line rules/README shows."""
    shown = _example("kuril-monitor --config config.yaml check").output
    real = _run(workspace, "kuril-monitor --config config.yaml check")
    assert real.returncode == 0, real.stdout + real.stderr
    assert real.stdout.splitlines() == [line for line in shown if line]
    plain = _run(workspace, _example("kuril-monitor check").command)
    assert (plain.returncode, plain.stdout) == (0, real.stdout)


# ----------------------------------------------------------------------------- rules test


def test_rules_test_prints_the_shortened_output_rules_readme_shows(workspace: Path) -> None:
    """`rules test page.html` prints every line of rules/README's shortened output, in order."""
    command = _example("kuril-monitor --config config.yaml rules test page.html").command
    shown = _text_block_after(READMES[1], "nothing is stored or sent. The output, shortened:")
    real = _run(workspace, command)
    assert real.returncode == 0, real.stderr
    _shown_in_order(shown, real.stdout.splitlines())


# ----------------------------------------------------------------------------- history


def test_history_examples_on_a_fresh_database(workspace: Path) -> None:
    """On a database with nothing stored, the history examples do what the README says:
    an empty listing keeps its header on stdout and says why on stderr; alert 12 does not
    exist, so `history show 12` and `retract 12` fail with exit 1."""
    table = _run(workspace, "kuril-monitor history --since 2026-01-01")
    assert table.returncode == 0, table.stderr
    assert table.stdout.split()[:3] == ["ID", "WHEN", "KIND"]
    assert "no alerts yet" in table.stderr

    csv = _run(workspace, "kuril-monitor history --decisions --format csv")
    assert csv.returncode == 0, csv.stderr
    assert csv.stdout.splitlines()[0].startswith("id,published,decision,")
    assert len(csv.stdout.splitlines()) == 1
    assert "no articles assessed yet" in csv.stderr

    show = _run(workspace, "kuril-monitor history show 12")
    assert (show.returncode, show.stdout) == (1, "")
    assert "no alert #12" in show.stderr

    command = _example('kuril-monitor retract 12 --why "the ministry denied it"').command
    retract = _run(workspace, command)
    assert (retract.returncode, retract.stdout) == (1, "")
    assert "there is no alert #12" in retract.stderr


def test_facts_lists_every_seeded_status(workspace: Path) -> None:
    """`facts` prints the tracked statuses of seeds/statuses.yaml, each by its id."""
    real = _run(workspace, "kuril-monitor facts")
    assert real.returncode == 0, real.stderr
    seeds = yaml.safe_load((ROOT / "seeds" / "statuses.yaml").read_text(encoding="utf-8"))
    assert real.stdout.startswith("Tracked statuses\n")
    for status in seeds["statuses"]:
        assert f"\n{status['id']} (" in real.stdout, status["id"]


# ----------------------------------------------------------------------------- feeds


def test_feeds_list_and_export_on_the_shipped_config(workspace: Path) -> None:
    """`feeds list` shows every shipped feed, never polled; `feeds export` is OPML 2.0
    listing each of them."""
    from monitor.files.opml import read_opml

    listed = _run(workspace, "kuril-monitor feeds list")
    assert listed.returncode == 0, listed.stderr
    shipped = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))["feeds"]
    rows = listed.stdout.splitlines()[1:]
    assert [r.split()[0] for r in rows] == [f["id"] for f in shipped]
    assert all("never polled" in r for r in rows)
    command = _example("kuril-monitor feeds export > kuril.opml").command
    exported = _run(workspace, command.split(" > ")[0])  # the redirection is the shell's
    assert exported.returncode == 0, exported.stderr
    opml = exported.stdout.encode()
    assert [o.url for o in read_opml(opml, "kuril.opml")] == [f["url"] for f in shipped]


# ----------------------------------------------------------------------------- the table


def _table_commands() -> list[str]:
    """The first word of each row of README.md's table of commands."""
    text = READMES[0].read_text(encoding="utf-8").split("## Commands", 1)[1]
    table = text.split("Exit status,", 1)[0]
    return re.findall(r"^\| `([a-z]+)", table, flags=re.MULTILINE)


def test_help_lists_every_command_of_the_readme_table(workspace: Path) -> None:
    """`kuril-monitor --help` offers exactly the commands README.md's table describes."""
    real = _run(workspace, "kuril-monitor --help")
    assert real.returncode == 0, real.stderr
    choices = re.search(r"\{([a-z,]+)\}", real.stdout)
    assert choices, real.stdout
    assert set(choices.group(1).split(",")) == set(_table_commands())


def test_schema_prints_the_committed_schemas(workspace: Path) -> None:
    """`schema rules|seeds` prints the same as docs/schema/, as the table says."""
    for kind in ("rules", "seeds"):
        real = _run(workspace, f"kuril-monitor schema {kind}")
        assert real.returncode == 0, real.stderr
        committed = ROOT / "docs" / "schema" / f"{kind}.schema.json"
        assert json.loads(real.stdout) == json.loads(committed.read_text(encoding="utf-8"))


def test_config_show_names_where_each_shipped_value_came_from(workspace: Path) -> None:
    """`config show` on the shipped config: values with their config.yaml line or `default`,
    the token only said to be set or not."""
    real = _run(workspace, "kuril-monitor config show")
    assert real.returncode == 0, real.stderr
    source = (workspace / "config.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(source, 1) if text.startswith("database:"))
    assert f"database: sqlite:///state/monitor.db  # config.yaml:{line}" in real.stdout
    assert "#   TELEGRAM_BOT_TOKEN: not set" in real.stdout
    assert re.search(r"^  interval: [0-9.]+  # (default|config\.yaml:\d+)$", real.stdout, re.M)


# ----------------------------------------------------------------------------- check's errors


# the location a rules/README error block starts with -> the rules/local.yaml behind it
LOCAL_FILES = {
    "rules/local.yaml:3:10:": 'concepts:\n  odd:\n    en: ["re:(a+)+$"]\n',
    "rules/local.yaml:3:15:": "concepts:\n  odd:\n    en: Kurils: the islands\n",
    "rules/local.yaml:4:20:": (
        'entities:\n  - id: visas\n    kind: thing\n    ru: ["безвиз", "без виз "]\n'
    ),
}


def _error_blocks() -> dict[str, list[str]]:
    """rules/README's `console` blocks that are `check` output alone, by their location."""
    text = READMES[1].read_text(encoding="utf-8")
    blocks = re.findall(r"^```console\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    shown = [b.splitlines() for b in blocks if b.startswith("rules/local.yaml:")]
    return {":".join(b[0].split(":", 3)[:3]) + ":": b for b in shown}


def test_every_check_error_block_has_its_file() -> None:
    """Each error block of rules/README is reproduced by a file below, and no file is stale."""
    assert set(_error_blocks()) == set(LOCAL_FILES)


@pytest.mark.parametrize("where", sorted(LOCAL_FILES))
def test_check_prints_the_errors_rules_readme_shows(workspace: Path, where: str) -> None:
    """`check` with the mistaken rules/local.yaml prints the README's block, path aside."""
    (workspace / "rules" / "local.yaml").write_text(LOCAL_FILES[where], encoding="utf-8")
    real = _run(workspace, "kuril-monitor --config config.yaml check")
    assert real.returncode == 1, real.stdout + real.stderr
    printed = real.stdout.replace(f"{workspace}{os.sep}", "").splitlines()
    assert printed == _error_blocks()[where]


SEVEN_PROBLEMS = "With this `rules/local.yaml` beside the shipped"


def test_check_prints_the_seven_problems_rules_readme_shows(workspace: Path) -> None:
    """rules/README's `rules/local.yaml` with seven mistakes, and the first fact of
    seeds/facts.yaml given `kind: rumour` as it says: `check` exits 1 and prints the
    README's lines, in its order, paths aside."""
    local = _text_block_after(READMES[1], SEVEN_PROBLEMS)
    (workspace / "rules" / "local.yaml").write_text("\n".join(local) + "\n", encoding="utf-8")
    facts = workspace / "seeds" / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    first = text.index("\n    kind: ")  # the first fact's kind
    assert text.index("\n  - id: ") < first < text.index("\n  - id: ", first)
    assert text[first:].startswith("\n    kind: event\n")
    facts.write_text(text.replace("\n    kind: event\n", "\n    kind: rumour\n", 1), "utf-8")
    example = _example_after(READMES[1], SEVEN_PROBLEMS)
    assert len(example.output) == 7
    real = _run(workspace, example.command)
    assert real.returncode == 1, real.stdout + real.stderr
    printed = real.stdout.replace(f"{workspace}{os.sep}", "").splitlines()
    _same_lines(list(example.output), printed)


# ----------------------------------------------------------------------------- rules replay

REPLAY = "Say a look-alike mask that is too broad"
T0 = "2026-03-03T08:00:00+00:00"
# the history rules/README describes: (page of tests/data, where it is served, published)
HISTORY = [
    ("lookalike-northern-territory", "/world/crocodile-campaign", "2026-03-02T08:00:00+00:00"),
    ("new-shikotan-drills", "/world/shikotan-drills", T0),
    ("same-shikotan-drills-ru", "/news/shikotan-drills", "2026-03-03T14:00:00+00:00"),
    ("same-shikotan-drills-ja", "/news/shikotan-drills-ja", "2026-03-04T01:00:00+00:00"),
    ("lookalike-cat", "/world/kuril-bobtail", "2026-03-05T08:00:00+00:00"),
    ("status-grave-visits", "/world/grave-visits", "2026-03-06T08:00:00+00:00"),
]


def test_rules_replay_prints_what_rules_readme_shows(workspace: Path) -> None:
    """The six articles rules/README describes, stored by a real `run --once` and decided
    with the shipped rules; then the README's mask in rules/local.yaml and its `rules
    replay` command: the output is the README's, line for line, and nothing is written."""
    from datetime import datetime

    with NewsWorld() as world:
        items = []
        for name, path, published in HISTORY:
            world.add_page(path, (PAGE.parent / f"{name}.html").read_bytes())
            items.append(
                {
                    "title": name,
                    "link": world.url(path),
                    "summary": name,
                    "published": datetime.fromisoformat(published),
                    "guid": name,
                }
            )
        world.add_feed("/feeds/wire.xml", items)
        (workspace / "stream.yaml").write_text(
            yaml.safe_dump(
                {
                    "database": "sqlite:///state/monitor.db",
                    "feeds": [{"id": "wire", "url": world.url("/feeds/wire.xml")}],
                    "polling": {
                        "max_item_age_days": None,
                        "allow_private_addresses": True,
                        "timeout": 3.0,
                    },
                    "health": {"port": None},
                }
            ),
            encoding="utf-8",
        )
        stored = _run(workspace, "kuril-monitor -c stream.yaml run --once")
        assert stored.returncode == 0, stored.stderr
        base = world.url("/").rstrip("/")
    mask = _text_block_after(READMES[1], REPLAY)
    (workspace / "rules" / "local.yaml").write_text("\n".join(mask) + "\n", encoding="utf-8")
    database = workspace / "state" / "monitor.db"
    before = database.read_bytes()
    example = _example_after(READMES[1], REPLAY)
    real = _run(workspace, example.command)
    assert real.returncode == 0, real.stderr
    shown = [
        line.replace("https://example.com", base).replace("https://example.ru", base)
        for line in example.output
    ]
    _same_lines(shown, real.stdout.splitlines())
    assert database.read_bytes() == before
