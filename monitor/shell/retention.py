"""Retention: what `retention:` lets go, pruned by the daemon once a day and by
`kuril-monitor prune [--dry-run]`.

It turns the config's days into cutoffs, asks the store to prune (the store holds the SQL
and what may never go), and says what went, table by table. It must not decide anything
about articles or alerts: what the monitor knows (alerts, developments, learned facts,
status moves) and the keys that tell an item already seen are never pruned.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging

from monitor.edges.store import Cutoffs, Store
from monitor.files.config import Config, RetentionConfig

log = logging.getLogger("monitor.shell.retention")

PRUNE_EVERY = dt.timedelta(days=1)  # the daemon's prune job

# how each step is said: (the rows, what is done to them, the setting that governs it)
_WORDS = {
    "articles.text": ("article texts", "emptied", "article_text_days"),
    "items.summary": ("feed summaries", "emptied", "article_text_days"),
    "articles": ("decisions without an alert", "deleted (their URLs kept)", "decisions_days"),
    "outbox": ("finished deliveries", "deleted", "outbox_days"),
}


def cutoffs(retention: RetentionConfig, now: dt.datetime) -> Cutoffs:
    """The moments before which each kind of record may go (None: kept for ever)."""

    def before(days: float | None) -> dt.datetime | None:
        return None if days is None else now - dt.timedelta(days=days)

    return Cutoffs(
        article_text=before(retention.article_text_days),
        decisions=before(retention.decisions_days),
        outbox=before(retention.outbox_days),
    )


def prune(
    store: Store, retention: RetentionConfig, now: dt.datetime, dry_run: bool = False
) -> dict[str, int]:
    """Prune the store as `retention` says; rows touched per step (see `Store.prune`)."""
    counts = store.prune(cutoffs(retention, now), now, dry_run=dry_run)
    if not dry_run:
        log.info("retention.pruned", extra={k.replace(".", "_"): v for k, v in counts.items()})
    return counts


def render(counts: dict[str, int], retention: RetentionConfig, dry_run: bool) -> str:
    """One line per step: the table, how many rows, what happens to them, and why."""
    lines = []
    for name, (rows, done, key) in _WORDS.items():
        if name not in counts:
            lines.append(f"{name}: kept for ever (retention.{key}: null)")
            continue
        verb = f"would be {done}" if dry_run else done
        days = getattr(retention, key)
        lines.append(f"{name}: {counts[name]} {rows} {verb} (older than {days:g} days)")
    return "\n".join(lines)


def command(config: Config, args: argparse.Namespace) -> int:
    """`kuril-monitor prune [--dry-run]`: prune now, printing what went per table."""
    from monitor.shell.app import open_store

    store = open_store(config)
    try:
        counts = prune(store, config.retention, dt.datetime.now(dt.UTC), dry_run=args.dry_run)
    finally:
        store.close()
    print(render(counts, config.retention, args.dry_run))
    return 0
