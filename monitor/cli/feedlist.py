"""`kuril-monitor feeds`: list, add, remove, import and export feeds like a feed reader.

Shell module. Feeds added here live in the feeds file beside the config (`feeds_file:`,
`feeds.yaml` by default), which the config merges after its own `feeds:` and the running
monitor reloads like the rules. The YAML files stay the source of truth: an addition is
appended as text and a removal cuts the entry's lines out, so comments and hand edits
survive; every write is validated by loading the result first and made atomically.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from monitor.core.models import FeedResult, HttpState
from monitor.core.outlets import host_name
from monitor.edges.extract import guess_lang
from monitor.errors import ConfigError, MonitorError, UsageError
from monitor.files.config import Config, FeedConfig, load_config, with_feed_file
from monitor.files.opml import Outline, read_opml, write_opml
from monitor.files.yamlfile import load_yaml

HEADER = (
    "# Feeds added with `kuril-monitor feeds add` or `feeds import`, polled beside the\n"
    "# config's own `feeds:`. Edit by hand or with `kuril-monitor feeds`; a running monitor\n"
    "# picks changes up at its next cycle. Validate with `kuril-monitor check`.\n"
    "feeds:\n"
)
_SLUG = re.compile(r"[^a-z0-9]+")


class Refused(MonitorError):
    """A feeds request that cannot be met: not a feed, an id taken or unknown (exit 1)."""


def command(config: Config, config_file: Path, args: argparse.Namespace) -> int:
    """Run `feeds list|add|remove|import|export`; the exit status (1 and one message on
    stderr when the request cannot be met, every located problem of a bad OPML file)."""
    try:
        return _command(config, config_file, args)
    except Refused as exc:
        print(f"kuril-monitor feeds {args.feeds_command}: {exc}", file=sys.stderr)
        return 1
    except ConfigError as exc:
        what = "the OPML file" if args.feeds_command == "import" else "the change"
        print(
            f"kuril-monitor feeds {args.feeds_command}: {what} cannot be used; nothing "
            f"was changed\n{exc}",
            file=sys.stderr,
        )
        return 1


def _command(config: Config, config_file: Path, args: argparse.Namespace) -> int:
    action = args.feeds_command
    if action == "list":
        print(render_list(config, args.format), end="")
        if not config.feeds:
            print(
                "no feeds configured (add one with `kuril-monitor feeds add URL`)", file=sys.stderr
            )
        return 0
    if action == "export":
        feeds = [(f.url, f.title or f.id, f.lang) for f in config.feeds]
        print(write_opml(feeds, "kuril-monitor feeds"), end="")
        return 0
    if action == "add":
        feed = asyncio.run(_probe(config, args.url, args.id, args.lang, args.title))
        append(config, config_file, [feed])
        print(f"added {feed.id}: {feed.url} ({feed.title or 'no title'}) to {config.feeds_path}")
        return 0
    if action == "remove":
        where = remove(config, config_file, args.id)
        print(f"removed {args.id} from {where}")
        return 0
    if action == "import":
        path = Path(args.file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise Refused(f"cannot read {path}: {exc.strerror or exc}") from None
        report = asyncio.run(import_outlines(config, config_file, read_opml(data, str(path))))
        for feed in report.added:
            print(f"imported {feed.id}: {feed.url} ({feed.title or 'no title'})")
        for outline, reason in report.skipped:
            print(f"skipped line {outline.line}: {outline.url} ({reason})", file=sys.stderr)
        for outline, reason in report.refused:
            print(f"refused line {outline.line}: {outline.url}: {reason}", file=sys.stderr)
        print(
            f"imported {len(report.added)} feeds into {config.feeds_path}, skipped "
            f"{len(report.skipped)}, refused {len(report.refused)}"
        )
        return 1 if report.refused else 0
    raise UsageError(f"unknown feeds command {action!r}")


# ----------------------------------------------------------------------------- list


def render_list(config: Config, fmt: str = "table") -> str:
    """Each feed with its title, language, health, last success, last error, items seen."""
    states: dict[str, dict[str, object]] = {}
    counts: dict[str, tuple[int, str]] = {}
    path = config.sqlite_path
    if path is None or path.exists():
        from monitor.shell.app import open_store

        store = open_store(config, readonly=True)
        try:
            states = {str(s["id"]): s for s in store.all_feed_states()}
            counts = store.feed_item_counts()
        finally:
            store.close()
    rows = []
    for feed in config.feeds:
        state = states.get(feed.id, {})
        seen, channel = counts.get(feed.id, (0, ""))
        errors = int(str(state.get("error_count") or 0))
        if not state.get("last_polled_at"):
            health = "never polled"
        elif errors >= config.polling.unhealthy_after:
            health = f"unhealthy ({errors} failures)"
        elif errors:
            health = f"failing ({errors})"
        else:
            health = "ok"
        rows.append(
            {
                "id": feed.id,
                "title": feed.title or channel,
                "lang": feed.lang or "auto",
                "health": health,
                "last_success": str(state.get("last_success_at") or "")[:19],
                "last_error": " ".join(str(state.get("last_error") or "").split())[:80],
                "items": str(seen),
                "from": "feeds file" if feed.id in config.feeds_from_file else "config",
                "url": feed.url,
            }
        )
    if fmt == "json":
        import json

        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    columns = ["id", "title", "lang", "health", "last_success", "last_error", "items"]
    cells = [[c.upper().replace("_", " ") for c in columns]]
    cells += [[r[c] if len(r[c]) <= 48 else r[c][:47] + "…" for c in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- add


def slug(text: str) -> str:
    """A feed id from a title or a host: lower-case letters and digits joined by '-'."""
    return _SLUG.sub("-", text.lower()).strip("-")[:48].strip("-")


def _unique(base: str, taken: set[str]) -> str:
    base = base or "feed"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


async def _probe(
    config: Config, url: str, feed_id: str | None, lang: str | None, title: str | None
) -> FeedConfig:
    """Fetch `url` once through the monitor's own fetcher; the feed to add, or UsageError
    saying why it is not one."""
    _same_url(config, url)
    try:
        _feed(id=feed_id or "probe", url=url, lang=lang)
    except ValueError as exc:
        raise UsageError(_first_error(exc)) from None
    (result,) = await _fetch(config, [url])
    if result.error is not None:
        raise Refused(f"not added: {url} is not a usable feed: {result.error}")
    taken = {f.id for f in config.feeds}
    if feed_id is not None and feed_id in taken:
        raise Refused(f"a feed with id {feed_id!r} exists already")
    try:
        return _found(url, result, taken, feed_id, lang, title, title)
    except ValueError as exc:
        raise UsageError(_first_error(exc)) from None


async def _fetch(config: Config, urls: Sequence[str]) -> list[FeedResult]:
    """Each URL fetched once and parsed as a feed, all through one fetcher (its limits per
    host and overall hold); a failure is a value with its reason."""
    from monitor.edges.feeds import Fetcher
    from monitor.shell.app import fetch_limits

    async with Fetcher(fetch_limits(config)) as fetcher:
        return list(await asyncio.gather(*(fetcher.poll("probe", u, HttpState()) for u in urls)))


def _found(
    url: str,
    result: FeedResult,
    taken: set[str],
    feed_id: str | None,
    lang: str | None,
    named: str | None,
    given: str | None,
) -> FeedConfig:
    """The feed `result` showed to be one: its id (given, else from its name, its channel
    title or its host), its language (given, else guessed from its headlines) and its
    title. `given` is a title set on purpose (`--title`) and always kept; `named` (an OPML
    outline's) or the channel title is kept only when the items do not name their own
    outlets (`<source>`, an aggregator such as Google News): a feed's title names every
    one of its items in alerts, before their `<source>` (monitor/core/outlets.py)."""
    channel = result.items[0].channel if result.items else ""
    if feed_id is None:
        feed_id = _unique(slug(named or channel) or slug(host_name(url)), taken)
    if lang is None and result.items:
        sample = "\n".join(i.title for i in result.items[:20])
        lang = guess_lang(sample) if sample.strip() else None
    aggregator = any(i.source for i in result.items)
    title = given or (None if aggregator else named or channel or None)
    return _feed(id=feed_id, url=url, lang=lang, title=title)


def _feed(**fields: str | None) -> FeedConfig:
    return FeedConfig.model_validate({k: v for k, v in fields.items() if v is not None})


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"{where}: {str(first['msg']).removeprefix('Value error, ')}"
    return str(exc)


def _same_url(config: Config, url: str) -> None:
    for feed in config.feeds:
        if feed.url == url:
            raise Refused(f"{url} is polled already, as {feed.id!r}")


def _entry(feed: FeedConfig) -> str:
    fields = {"id": feed.id, "url": feed.url, "lang": feed.lang, "title": feed.title}
    lines: list[str] = []
    for key, value in fields.items():
        if value is None:
            continue
        text = yaml.safe_dump(value, allow_unicode=True, width=10_000).strip()
        text = text.removesuffix("\n...").removesuffix("...").strip()
        lines.append(f"{'- ' if not lines else '  '}{key}: {text}")
    return "".join(f"  {line}\n" for line in lines)


def append(config: Config, config_file: Path, feeds: Sequence[FeedConfig]) -> None:
    """Append feeds to the feeds file (made when missing), as text; validated first."""
    path = config.feeds_path
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if path.exists() and not re.search(r"^feeds:", text, re.M):
        text = text.rstrip("\n") + ("\n" if text.strip() else "") + "feeds:\n"
    elif re.search(r"^feeds:\s*\[\s*\]\s*$", text, re.M):
        text = re.sub(r"^feeds:\s*\[\s*\]\s*$", "feeds:", text, count=1, flags=re.M)
    if not text.endswith("\n"):
        text += "\n"
    text += "".join(_entry(f) for f in feeds)
    _write_checked(config_file, path, text)


# ----------------------------------------------------------------------------- remove


def remove(config: Config, config_file: Path, feed_id: str) -> Path:
    """Cut a feed's entry out of the file that holds it (the feeds file or the config),
    keeping every other line; the file it was in."""
    if feed_id not in {f.id for f in config.feeds}:
        raise Refused(f"no feed with id {feed_id!r} (see `kuril-monitor feeds list`)")
    path = config.feeds_path if feed_id in config.feeds_from_file else config_file
    doc = load_yaml(path)
    entries = doc.data.get("feeds") if isinstance(doc.data, dict) else None
    assert isinstance(entries, list)  # the feed was loaded from this file
    index = next(n for n, e in enumerate(entries) if isinstance(e, dict) and e.get("id") == feed_id)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = doc.where(("feeds", index))[0] - 1
    if not lines[start].lstrip().startswith("- "):
        raise Refused(
            f"{path}:{start + 1}: the feeds are written in flow style ([...]); "
            f"remove {feed_id!r} by hand"
        )
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            if len(line) - len(line.lstrip()) <= indent:
                break
        elif stripped.startswith("#") and len(line) - len(line.lstrip()) <= indent:
            break  # a comment at the entries' level belongs to what follows
        end += 1
    if len(entries) == 1:  # the list is empty now: say so, `feeds:` alone would be null
        key = doc.where(("feeds",))[0] - 1
        lines[key] = (
            re.sub(r"^(\s*feeds:)(\s*(?:#.*)?)$", r"\1 []\2", lines[key].rstrip("\n")) + "\n"
        )
    _write_checked(config_file, path, "".join(lines[:start] + lines[end:]))
    return path


# ----------------------------------------------------------------------------- import


@dataclass
class ImportReport:
    """What `feeds import` did with each outline: added, skipped (polled already), or
    refused with the reason (not a feed, a value the config does not accept)."""

    added: list[FeedConfig] = field(default_factory=list)
    skipped: list[tuple[Outline, str]] = field(default_factory=list)
    refused: list[tuple[Outline, str]] = field(default_factory=list)


async def import_outlines(
    config: Config, config_file: Path, outlines: Sequence[Outline]
) -> ImportReport:
    """Fetch every outline whose URL is not polled yet, as `feeds add` does, and add the
    ones that are feeds; the rest are refused with the reason."""
    report = ImportReport()
    urls = {f.url: f.id for f in config.feeds}
    wanted: list[Outline] = []
    for outline in outlines:
        if outline.url in urls:
            report.skipped.append((outline, f"polled already, as {urls[outline.url]!r}"))
            continue
        if outline.url in {o.url for o in wanted}:
            report.skipped.append((outline, "listed twice in this file"))
            continue
        try:
            _feed(id="probe", url=outline.url, lang=outline.lang)
        except ValueError as exc:
            report.refused.append((outline, _first_error(exc)))
            continue
        wanted.append(outline)
    results = await _fetch(config, [o.url for o in wanted]) if wanted else []
    taken = {f.id for f in config.feeds}
    for outline, result in zip(wanted, results, strict=True):
        if result.error is not None:
            report.refused.append((outline, f"not a usable feed: {result.error}"))
            continue
        try:
            feed = _found(
                outline.url, result, taken, None, outline.lang, outline.title or None, None
            )
        except ValueError as exc:
            report.refused.append((outline, _first_error(exc)))
            continue
        taken.add(feed.id)
        report.added.append(feed)
    if report.added:
        append(config, config_file, report.added)
    return report


# ----------------------------------------------------------------------------- writing


def _write_checked(config_file: Path, path: Path, text: str) -> None:
    """Replace `path` with `text` (atomically) only when the config loads with it; the
    problems otherwise, located in `path`, and the file left as it was."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            if path.resolve() == config_file.resolve():
                load_config(Path(tmp))
            else:
                current = load_config(config_file)
                with_feed_file(current.model_copy(update={"feeds_file": tmp}))
        except ConfigError as exc:
            located = [replace(p, file=str(path)) if p.file == tmp else p for p in exc.problems]
            raise ConfigError(located) from None
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
