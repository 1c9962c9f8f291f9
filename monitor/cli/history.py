"""`kuril-monitor history` and `kuril-monitor facts`: the stored history in a terminal.

Shell module: opens the database read-only, reads through `review` (which reads through
the store), and prints a table, JSON or CSV. `history` lists alerts (or, with
`--decisions`, every assessed article with its decision and reason); `history show ID`
prints one alert in full; `facts` prints the tracked statuses with their history and the
known facts with their provenance. It must not write to the database, and it holds no
SQL: lists are read page by page, so a long history is never loaded at once.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from monitor.edges.store import Store
from monitor.files.config import Config
from monitor.shell import review
from monitor.shell.app import load_knowledge, open_store

# (header, terminal columns): fixed, so a long history prints as it is read
ALERT_TABLE = (
    ("ID", 6), ("WHEN", 16), ("KIND", 15), ("HEADLINE", 64), ("OUTLET", 24), ("SOURCES", 7),
    ("RETRACTED", 520),  # last, so never cut: when (21) and the whole reason (at most 500)
)  # fmt: skip
DECISION_TABLE = (
    ("WHEN", 16), ("DECISION", 16), ("HEADLINE", 48), ("OUTLET", 20), ("REASON", 56),
    ("ALERT", 6),
)  # fmt: skip


def command(config: Config, args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run `history` or `facts`; 0 ok, 1 nothing to read, 2 bad usage."""
    out = out or sys.stdout
    if args.command == "facts":
        return _facts(config, out)
    try:
        filters = review.Filters(
            since=review.parse_when(args.since) if args.since else None,
            until=review.parse_when(args.until) if args.until else None,
            rule=args.rule,
            lang=args.lang,
            search=args.search,
        )
    except ValueError as exc:
        print(f"kuril-monitor history: {exc}", file=sys.stderr)
        return 2
    if args.action == "show" and args.id is None:
        print("kuril-monitor history show: which alert? give its ID", file=sys.stderr)
        return 2
    if args.action == "show" and args.format == "csv":
        print("kuril-monitor history show: --format is table or json", file=sys.stderr)
        return 2
    store = _open(config)
    if store is None:
        return 1
    try:
        if args.action == "show":
            return _show(store, int(args.id), args.format, out)
        what = "decisions" if args.decisions else "alerts"
        listed = _Counted(
            review.iter_decisions(store, filters)
            if args.decisions
            else review.iter_alerts(store, filters)
        )
        if args.decisions:
            _decisions(listed, args.format, out)
        else:
            _alerts(listed, args.format, out)
        if not listed.count:
            out.flush()
            print(_nothing_found(store, filters, what), file=sys.stderr)
        return 0
    finally:
        store.close()


def _open(config: Config) -> Store | None:
    path = config.sqlite_path
    if path is not None and not path.exists():
        print(
            f"kuril-monitor: no database at {path} yet: nothing has been stored "
            "(run the monitor first)",
            file=sys.stderr,
        )
        return None
    return open_store(config, readonly=True)


# ----------------------------------------------------------------------------- nothing found


class _Counted(Iterator[dict[str, Any]]):
    """Rows passed through as they are read, counted (an empty list then says why)."""

    def __init__(self, rows: Iterator[dict[str, Any]]) -> None:
        self._rows = rows
        self.count = 0

    def __next__(self) -> dict[str, Any]:
        row = next(self._rows)
        self.count += 1
        return row


def _nothing_found(store: Store, filters: review.Filters, what: str) -> str:
    """Why a list came out empty: nothing stored yet, or which filter to loosen, with the
    nearest value that would match something (read only when the list was empty)."""
    every = review.Filters()
    rows = (
        review.iter_decisions(store, every)
        if what == "decisions"
        else review.iter_alerts(store, every)
    )
    stored = list(rows)
    if not stored:
        if what == "alerts":
            return "no alerts yet (`history --decisions` lists what was assessed and why)"
        return "no articles assessed yet (run the monitor first)"
    hints = [f"no {what} match these filters ({len(stored)} stored)"]
    if filters.rule:
        rules = sorted({r for row in stored for r in row["rules"]})
        near = difflib.get_close_matches(filters.rule, rules, n=1, cutoff=0.4)
        if filters.rule not in rules:
            hint = f"no {what} of rule {filters.rule!r}"
            hints.append(hint + (f"; did you mean --rule {near[0]}?" if near else ""))
            hints.append(f"rules with {what}: {', '.join(rules) or '-'}")
    if filters.lang:
        langs = sorted({str(row["lang"]) for row in stored})
        if filters.lang not in langs:
            hints.append(
                f"no {what} in {filters.lang!r}; languages with {what}: {', '.join(langs)}"
            )
    published = sorted(dt.datetime.fromisoformat(str(row["published"])) for row in stored)
    newest, oldest = published[-1], published[0]
    if filters.since and newest < filters.since:
        hints.append(
            f"the newest was published {newest:%Y-%m-%d %H:%M} UTC: try an earlier --since"
        )
    if filters.until and oldest >= filters.until:
        hints.append(f"the oldest was published {oldest:%Y-%m-%d %H:%M} UTC: try a later --until")
    if len(hints) == 1 and filters.search:
        hints.append(f"nothing contains {filters.search!r} (the search ignores letter case)")
    return "\n".join(hints)


# ----------------------------------------------------------------------------- formats


def _width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: object, limit: int | None = None) -> str:
    """One table cell: on one line, never empty, no double spaces (they separate columns)."""
    text = " ".join(str(value if value is not None else "").split()) or "-"
    if limit is not None and _width(text) > limit:
        cut = ""
        for char in text:
            if _width(cut + char) > limit - 1:
                break
            cut += char
        text = cut.rstrip() + "…"
    return text


def _table(columns: Sequence[tuple[str, int]], rows: Iterable[Sequence[str]], out: TextIO) -> None:
    """Fixed-width columns separated by two spaces, written row by row as they are read."""

    def line(cells: Sequence[str]) -> str:
        padded = [
            _cell(c, w) + " " * (w - _width(_cell(c, w)))
            for c, (_, w) in zip(cells, columns, strict=True)
        ]
        return "  ".join(padded).rstrip() + "\n"

    out.write(line([name for name, _ in columns]))
    for row in rows:
        out.write(line(row))


def _json_list(items: Iterator[dict[str, Any]], out: TextIO) -> None:
    """A JSON array written item by item."""
    out.write("[")
    for n, item in enumerate(items):
        out.write(("," if n else "") + "\n  " + json.dumps(item, ensure_ascii=False))
    out.write("\n]\n")


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


# ----------------------------------------------------------------------------- alerts


ALERT_CSV = (
    "id", "published", "kind", "title", "url", "outlet", "lang", "rules", "sources",
    "source_urls", "delivery", "created_at", "retracted_at", "retraction",
)  # fmt: skip


def _alerts(alerts: Iterator[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        _json_list(alerts, out)
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(ALERT_CSV)
        for a in alerts:
            writer.writerow(
                [
                    a["id"],
                    a["published"],
                    a["kind"],
                    a["title"],
                    a["url"],
                    a["outlet"],
                    a["lang"],
                    ", ".join(a["rules"]),
                    len(a["sources"]),
                    " ".join(s["url"] for s in a["sources"]),
                    a["delivery"],
                    a["created_at"],
                    a["retracted_at"] or "",
                    a["retraction"] or "",
                ]
            )
    else:
        _table(
            ALERT_TABLE,
            (
                (
                    str(a["id"]),
                    _when(a["published"]),
                    a["kind"],
                    a["title"],
                    a["outlet"],
                    str(len(a["sources"])),
                    _retracted(a),
                )
                for a in alerts
            ),
            out,
        )


def _retracted(alert: dict[str, Any]) -> str:
    """When and why an alert was retracted, or "-"."""
    if not alert["retracted_at"]:
        return "-"
    return f"{_when(alert['retracted_at'])} UTC: {alert['retraction']}"


def _show(store: Store, alert_id: int, fmt: str, out: TextIO) -> int:
    detail = review.alert_detail(store, alert_id)
    if detail is None:
        print(f"kuril-monitor history: no alert #{alert_id}", file=sys.stderr)
        return 1
    if fmt == "json":
        out.write(json.dumps(detail, ensure_ascii=False, indent=2) + "\n")
        return 0
    diff = detail["diff"]
    kind = "Status change" if detail["kind"] == "status_change" else "New development"
    lines = [f"⚠️ Retracted {_retracted(detail)}"] if detail["retracted_at"] else []
    lines += [
        f"#{detail['id']}  {kind}",
        detail["title"],
        f"{detail['outlet']}{' via ' + diff['via'] if diff.get('via') else ''}, "
        f"{_when(detail['published'])} UTC  ({detail['lang']})",
        detail["url"],
        f"Rules: {', '.join(detail['rules'])}",
    ]
    if diff.get("reason"):
        lines.append(f"Why:   {diff['reason']}")
    if diff.get("headline_only"):
        lines.append(f"Text:  headline only: {diff['headline_only']}")
    if diff.get("changes"):
        lines += ["", "What changed"]
        for ch in diff["changes"]:
            old, new = ch["old"], ch["new"]
            lines += [
                f"  • {ch['matter']}",
                f"    was: {old['state']} (since {old.get('since') or '?'}, "
                f"{old.get('source') or '?'})",
                f"    now: {new['state']} ({new.get('since') or '?'}, {new.get('source') or '?'})",
            ]
    if diff.get("new"):
        lines += ["", "What is new"] + [f"  • {c}" for c in diff["new"]]
    if diff.get("known"):
        lines += ["", "Already known"] + [f"  • {k}" for k in diff["known"]]
    lines += ["", f"Sources ({len(detail['sources'])})"]
    for s in detail["sources"]:
        lines.append(
            f"  • {_when(s['published'])}  {s['outlet']}  [{s['lang']}]  {s['title']}"
            + ("  (first report)" if s["primary"] else "")
        )
        lines.append(f"    {s['url']}")
        if s.get("reason") and not s["primary"]:
            lines.append(f"    {s['decision']}: {s['reason']}")
    lines += ["", f"Delivery: {detail['delivery']}"]
    for d in detail["deliveries"]:
        ids = ", ".join(str(m) for m in d["message_ids"]) or "-"
        sent = _when(d["sent_at"]) if d["sent_at"] else "-"
        error = f"  error: {d['last_error']}" if d["last_error"] else ""
        lines.append(
            f"  • {d['action']} to {d['chat_id']}: {d['state']} (sent {sent}, messages {ids})"
            + error
        )
    out.write("\n".join(lines) + "\n")
    return 0


# ----------------------------------------------------------------------------- decisions


DECISION_CSV = (
    "id", "published", "decision", "title", "url", "outlet", "lang", "reason", "rules",
    "alert_id", "assessed_at",
)  # fmt: skip


def _decisions(rows: Iterator[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        _json_list(({k: r[k] for k in DECISION_CSV} | {"feed_id": r["feed_id"]} for r in rows), out)
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(DECISION_CSV)
        for r in rows:
            writer.writerow([", ".join(r[k]) if k == "rules" else r[k] for k in DECISION_CSV])
    else:
        _table(
            DECISION_TABLE,
            (
                (
                    _when(r["published"]),
                    r["decision"],
                    r["title"],
                    r["outlet"],
                    r["reason"],
                    f"#{r['alert_id']}" if r["alert_id"] else "-",
                )
                for r in rows
            ),
            out,
        )


# ----------------------------------------------------------------------------- facts


def _facts(config: Config, out: TextIO) -> int:
    _, seeds = load_knowledge(config)
    store = None
    path = config.sqlite_path
    if path is not None and path.exists():
        store = open_store(config, readonly=True)
    try:
        moves = store.review_status_moves() if store else []
        lines = ["Tracked statuses", ""]
        for status in review.status_board(seeds, moves):
            flag = "active" if status.active else "not active"
            lines.append(f"{status.id} ({flag}): {status.matter}")
            for n, e in enumerate(status.history):
                mark = "→" if n == len(status.history) - 1 else " "
                origin = f"alert #{e.alert_id}" if e.learned else "seed"
                said = f"; said by {e.said_by}" if e.said_by else ""
                lines.append(f"  {mark} {e.since or '?':10}  {e.state}")
                lines.append(f"    {'':10}  ({origin}: {e.source}{said})")
            lines.append("")
        out.write("\n".join(lines))
        out.write("Known facts (seeds)\n\n")
        for fact in review.seed_facts(seeds):
            _write_fact(fact, out)
        if store is not None:
            first = True
            for fact in review.iter_learned_facts(store):
                if first:
                    out.write("\nLearned from alerts\n\n")
                    first = False
                _write_fact(fact, out)
    finally:
        if store is not None:
            store.close()
    return 0


def _write_fact(fact: review.FactView, out: TextIO) -> None:
    origin = f"alert #{fact.alert_id}" if fact.alert_id is not None else fact.kind
    out.write(f"{fact.date or '?':10}  {fact.id} ({origin})\n")
    out.write(f"{'':10}  {fact.summary}\n")
    for label, url in fact.sources:
        out.write(
            f"{'':10}  source: {label}" + (f" <{url}>" if url and url != label else "") + "\n"
        )
