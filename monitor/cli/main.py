"""The command line: `kuril-monitor [--config FILE] COMMAND [--config FILE]`.

A thin shell: parses arguments, loads the config, calls `app`, prints, and maps errors to
exit statuses (0 ok; 1 problems found by `check`, a refusal or a runtime failure; 2 bad
config or usage, as argparse does). The config file is `--config`/`-c` (before or after
the command), else `KURIL_CONFIG` from the environment, else `config.yaml`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor import log
from monitor.errors import ConfigError, MonitorError, UsageError
from monitor.files.config import Config, load_config

CONFIG_ENV = "KURIL_CONFIG"
DEFAULT_CONFIG = "config.yaml"


def _config_option() -> argparse.ArgumentParser:
    """`--config`/`-c`, shared by the main parser and every command, so it may come before
    or after the command. SUPPRESS: a command's parser must not reset what came before."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-c",
        "--config",
        default=argparse.SUPPRESS,
        metavar="FILE",
        help=f"config file (default: ${CONFIG_ENV}, else {DEFAULT_CONFIG})",
    )
    return common


class _Commands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Subparsers that all accept `--config`: `kuril-monitor history --config FILE` works."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        kwargs.setdefault("parents", [_config_option()])
        return super().add_parser(name, **kwargs)  # type: ignore[no-any-return]


def config_path(args: argparse.Namespace) -> Path:
    """The config file: `--config` if given, else $KURIL_CONFIG, else config.yaml."""
    given = getattr(args, "config", None)
    return Path(given or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


if TYPE_CHECKING:  # argparse's class is generic only in its type stubs
    _Sub = argparse._SubParsersAction[argparse.ArgumentParser]  # what add_subparsers returns


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kuril-monitor",
        description="Watch news on the Russia–Japan peace treaty and the Kuril Islands; "
        "alert on new developments with a diff against known facts.",
        parents=[_config_option()],
    )
    p.register("action", "parsers", _Commands)
    sub = p.add_subparsers(dest="command", required=True)
    _add_service_commands(sub)
    _add_record_commands(sub)
    _add_feeds_commands(sub)
    _add_rules_commands(sub)
    return p


def _add_service_commands(sub: _Sub) -> None:
    """Running the monitor and looking after it: run, check, config, schema, explain,
    backup, health, scheduler, worker."""
    run = sub.add_parser("run", help="run the monitor (until SIGTERM), or one cycle with --once")
    run.add_argument("--once", action="store_true", help="one full cycle, then exit")
    sub.add_parser("check", help="validate config, rules and seeds; exit 1 listing problems")
    conf = sub.add_parser("config", help="the effective configuration (`config show`)")
    conf.register("action", "parsers", _Commands)
    csub = conf.add_subparsers(dest="config_command", required=True)
    csub.add_parser(
        "show",
        help="print the effective config, secrets masked, each value with its source "
        "(default, file:line or $VARIABLE); exit 1 when the config is invalid",
    )
    schema = sub.add_parser(
        "schema", help="print the JSON Schema of the rule or seed files (for editors)"
    )
    schema.add_argument("kind", choices=["rules", "seeds"])
    ex = sub.add_parser("explain", help="show how one page would be decided, and why")
    ex.add_argument("source", help="an HTML file, a URL, or - for standard input")
    ex.add_argument("--date", help="publication date to assume (ISO), default: from the page")
    bk = sub.add_parser("backup", help="a consistent copy of the database, safe while running")
    bk.add_argument("target")
    health = sub.add_parser(
        "health", help="ask the running monitor's /healthz; exit 1 unless healthy"
    )
    health.add_argument("--url", help="instead, check that this URL answers (e.g. the web page)")
    sub.add_parser(
        "scheduler",
        help="scaled mode (PostgreSQL): queue each feed's polls when due; one active, "
        "others stand by",
    )
    worker = sub.add_parser(
        "worker", help="scaled mode (PostgreSQL): run queued polls, decisions and deliveries"
    )
    worker.add_argument(
        "--concurrency", type=int, default=4, help="jobs run at once by this process (default: 4)"
    )


def _add_record_commands(sub: _Sub) -> None:
    """Reading and correcting what the monitor keeps: history, facts, retract, outbox,
    prune, web."""
    hist = sub.add_parser("history", help="review stored alerts (and `history show ID`)")
    hist.add_argument("action", nargs="?", choices=["show"], help="show one alert in full")
    hist.add_argument("id", nargs="?", type=int, help="alert id for `show`")
    hist.add_argument("--since", help="only alerts published on or after this date (ISO)")
    hist.add_argument("--until", help="only alerts published before this date (ISO)")
    hist.add_argument("--rule", help="only alerts of this rule")
    hist.add_argument("--lang", choices=["en", "ru", "ja"], help="only alerts in this language")
    hist.add_argument("--search", help="only alerts whose text contains this")
    hist.add_argument("--format", choices=["table", "json", "csv"], default="table")
    hist.add_argument(
        "--decisions",
        action="store_true",
        help="list evaluated articles and why they did or did not alert",
    )
    sub.add_parser("facts", help="tracked statuses with their history; known facts")
    retract = sub.add_parser(
        "retract",
        help="correct the record: mark an alert retracted, edit its messages to say so, and "
        "stop using what it taught",
    )
    retract.add_argument("id", nargs="?", help="the alert's id")
    retract.add_argument("--why", help="the reason, shown at the top of the alert's messages")

    held = sub.add_parser(
        "outbox",
        help="deliveries held because nobody knows whether their post reached the chat; "
        "`outbox sent ROW` or `outbox resend ROW` once you know",
    )
    held.add_argument("action", nargs="?", choices=["list", "sent", "resend"], default="list")
    held.add_argument("row", nargs="?", type=int, help="the held row's number (from the list)")

    prune = sub.add_parser(
        "prune",
        help="remove what `retention:` lets go, saying what per table (the daemon does it daily)",
    )
    prune.add_argument("--dry-run", action="store_true", help="only count what would be removed")

    web = sub.add_parser("web", help="serve the alert history as a web page (read-only)")
    web.add_argument("--host", default="127.0.0.1")
    web.add_argument("--port", type=int, default=8080)


def _add_feeds_commands(sub: _Sub) -> None:
    """`feeds list|add|remove|import|export`."""
    feeds = sub.add_parser(
        "feeds", help="list, add, remove, import and export feeds (OPML), like a feed reader"
    )
    feeds.register("action", "parsers", _Commands)
    fsub = feeds.add_subparsers(dest="feeds_command", required=True)
    flist = fsub.add_parser(
        "list", help="each feed: id, title, language, health, last success, last error, items"
    )
    flist.add_argument("--format", choices=["table", "json"], default="table")
    fadd = fsub.add_parser(
        "add", help="fetch a feed once and, when it is one, add it to the feeds file"
    )
    fadd.add_argument("url", help="the feed's http(s) URL")
    fadd.add_argument("--id", help="its id (default: from its title or host)")
    fadd.add_argument("--lang", choices=["en", "ru", "ja"], help="its items' language")
    fadd.add_argument("--title", help="the outlet name alerts show (default: the feed's title)")
    fremove = fsub.add_parser("remove", help="stop polling a feed (its history is kept)")
    fremove.add_argument("id", help="the feed's id")
    fimport = fsub.add_parser(
        "import", help="fetch and add the feeds of an OPML file not polled yet"
    )
    fimport.add_argument("file", help="an OPML file (Miniflux, Feedly, NetNewsWire, Inoreader…)")
    fsub.add_parser("export", help="every feed as OPML 2.0 on standard output")


def _add_rules_commands(sub: _Sub) -> None:
    """`rules test|replay`: the rule test bench."""
    rules = sub.add_parser("rules", help="the rule test bench")
    rules.register("action", "parsers", _Commands)
    rsub = rules.add_subparsers(dest="rules_command", required=True)
    rtest = rsub.add_parser("test", help="show how the rules read one page")
    rtest.add_argument("source", help="an HTML file, a URL, or - for standard input")
    rtest.add_argument("--feed", help="read the page as an item of this feed (for `feeds:`)")
    rtest.add_argument("--date", help="publication date to assume (ISO), default: from the page")
    replay = rsub.add_parser("replay", help="re-evaluate stored articles; sends nothing")
    replay.add_argument("--since", required=True, help="articles published on or after (ISO)")


def main(argv: list[str] | None = None) -> int:
    """The `kuril-monitor` command; its exit status.

    A reader that closes standard output early (`kuril-monitor rules test page.html | head`)
    has read all it wanted: the command ends quietly, exit status 0, with no traceback (so
    `set -o pipefail` does not fail on it). SIGPIPE stays ignored, as Python sets it (its
    default action would also kill `run` or `web` on a dropped socket); the BrokenPipeError
    is caught here, whichever command raised it, and stdout pointed at /dev/null so that
    the flush at exit cannot fail again.
    """
    try:
        status = _main(argv)
        sys.stdout.flush()  # what is still buffered fails here, not at exit
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0
    return status


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "schema":  # needs no config: the schema is the code's
        from monitor.files.schema import render

        print(render(args.kind), end="")
        return 0
    path = config_path(args)
    try:
        config = load_config(path)
    except ConfigError as exc:
        return _config_broken(args.command, path, exc)
    log.setup(config.log.level)
    command = _COMMANDS.get(args.command)
    if command is None:
        return 2
    try:
        return command(config, path, args)
    except ConfigError as exc:
        print(f"kuril-monitor: invalid rules or seeds\n{exc}", file=sys.stderr)
        return 2
    except UsageError as exc:
        sub = getattr(args, "rules_command", None) or getattr(args, "feeds_command", None)
        command_name = " ".join(filter(None, [args.command, sub]))
        print(f"kuril-monitor {command_name}: {exc}", file=sys.stderr)
        return 2
    except MonitorError as exc:
        print(f"kuril-monitor: {exc}", file=sys.stderr)
        return 1


def _config_broken(command: str, path: Path, exc: ConfigError) -> int:
    """The exit status, and what is said, when the config cannot be loaded."""
    if command == "check":
        return _check_broken(path, exc)
    if command == "config":  # like `check`: the problems found, exit 1
        print(f"kuril-monitor: invalid configuration\n{exc}", file=sys.stderr)
        return 1
    print(f"kuril-monitor: invalid configuration\n{exc}", file=sys.stderr)
    return 2


# Each command once the config is loaded: (config, its path, the arguments) → exit status.
# Their modules are imported when the command runs, so `check` does not load the web app.
_Command = Callable[[Config, Path, argparse.Namespace], int]


def _cmd_run(config: Config, path: Path, args: argparse.Namespace) -> int:
    return _run(config, args.once)


def _cmd_check(config: Config, path: Path, args: argparse.Namespace) -> int:
    return _check(config)


def _cmd_config(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.cli.configshow import show

    print(show(path), end="")
    return 0


def _cmd_explain(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.cli.explain import explain

    print(explain(config, args.source, args.date))
    return 0


def _cmd_history(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.cli import history

    return history.command(config, args)


def _cmd_retract(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.shell import retraction

    return retraction.command(config, args)


def _cmd_outbox(config: Config, path: Path, args: argparse.Namespace) -> int:
    return _outbox(config, args.action, args.row)


def _cmd_prune(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.shell import retention

    return retention.command(config, args)


def _cmd_web(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.web import site as web

    return web.command(config, args)


def _cmd_feeds(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.cli import feedlist

    return feedlist.command(config, path, args)


def _cmd_rules(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.cli import testbench

    return testbench.command(config, args)


def _cmd_health(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.shell.health import probe, probe_url

    if args.url:
        return probe_url(args.url)
    return probe(config)


def _cmd_scaled(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.shell import scaled

    return scaled.command(config, args)


def _cmd_backup(config: Config, path: Path, args: argparse.Namespace) -> int:
    from monitor.shell.app import open_store

    store = open_store(config)
    try:
        store.backup(Path(args.target))
    finally:
        store.close()
    print(f"backed up to {args.target}")
    return 0


_COMMANDS: dict[str, _Command] = {
    "run": _cmd_run,
    "check": _cmd_check,
    "config": _cmd_config,
    "explain": _cmd_explain,
    "history": _cmd_history,
    "facts": _cmd_history,
    "retract": _cmd_retract,
    "outbox": _cmd_outbox,
    "prune": _cmd_prune,
    "web": _cmd_web,
    "feeds": _cmd_feeds,
    "rules": _cmd_rules,
    "health": _cmd_health,
    "scheduler": _cmd_scaled,
    "worker": _cmd_scaled,
    "backup": _cmd_backup,
}


def _run(config: Config, once: bool) -> int:
    from monitor.shell import app

    if once:
        asyncio.run(app.run_once(config))
    else:
        asyncio.run(app.run_daemon(config))
    return 0


def _outbox(config: Config, action: str, row: int | None) -> int:
    """`outbox`: list the held rows; `outbox sent ROW` (it reached the chat: recorded as
    sent) or `outbox resend ROW` (it did not: posted at the next cycle)."""
    import datetime as dt

    from monitor.shell.app import open_store

    store = open_store(config)
    try:
        if action == "list":
            for r in store.held_outbox():
                print(f"{r.id}\talert #{r.alert_id}\t{r.chat_id}\t{r.action}\t{r.last_error or ''}")
            return 0
        if row is None:
            print(f"kuril-monitor: outbox {action}: which row? give its number", file=sys.stderr)
            return 1
        if not store.resolve_held(row, action == "sent", dt.datetime.now(dt.UTC)):
            print(f"kuril-monitor: outbox row {row} is not held", file=sys.stderr)
            return 1
        print(f"row {row}: " + ("recorded as sent" if action == "sent" else "will be sent again"))
        return 0
    finally:
        store.close()


def _check(config: Config) -> int:
    from monitor.shell.app import load_knowledge

    try:
        rules, seeds = load_knowledge(config)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    print(
        f"ok: {len(config.feeds)} feeds, {len(rules.rules)} rules, {len(rules.concepts)} "
        f"concepts, {len(seeds.facts)} facts, {len(seeds.statuses)} statuses"
    )
    return 0


def _check_broken(path: Path, error: ConfigError) -> int:
    """`check` on an invalid config: its problems, then those of the rules and seeds it
    names (read from the file as written; feeds that fail to parse are left out)."""
    from monitor.files.config import FeedConfig
    from monitor.files.yamlfile import load_yaml
    from monitor.shell.app import load_knowledge

    problems = list(error.problems)
    raw: dict[str, Any] = {}
    with suppress(ConfigError):
        data = load_yaml(path).data
        raw = data if isinstance(data, dict) else {}
    feeds = raw.get("feeds") if isinstance(raw.get("feeds"), list) else []
    ids = [str(f.get("id")) for f in feeds or [] if isinstance(f, dict)]
    config = Config.model_construct(
        rules_dir=str(raw.get("rules_dir", "rules")),
        seeds_dir=str(raw.get("seeds_dir", "seeds")),
        base_dir=str(path.resolve().parent),
        feeds=tuple(FeedConfig.model_construct(id=i) for i in ids),
    )
    try:
        load_knowledge(config)
    except ConfigError as exc:
        problems += exc.problems
    for problem in problems:
        print(problem)
    return 1
