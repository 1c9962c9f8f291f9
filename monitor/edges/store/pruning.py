"""Retention: `prune` removes what `Cutoffs` let go in one transaction. Alerts, developments,
learned facts, status moves, item keys and assessed URLs are never removed."""

from __future__ import annotations

import datetime as dt

from monitor.edges.store.plumbing import StoreBase, _iso
from monitor.edges.store.records import (
    Cutoffs,
)

# Articles that raised or joined an alert keep their text and their decision; a sent 'send'
# row keeps the message ids that later edits (a new source, a retraction) need.
_PRUNE_TEXT = "text_pruned_at IS NULL AND alert_id IS NULL AND assessed_at < ?"
_PRUNE_SUMMARY = "state <> 'new' AND summary <> '' AND seen_at < ?"
_PRUNE_DECISIONS = "alert_id IS NULL AND assessed_at < ?"
_PRUNE_OUTBOX = (
    "state IN ('sent', 'failed', 'cancelled') AND NOT (action = 'send' AND state = 'sent') "
    "AND COALESCE(sent_at, created_at) < ?"
)


class PruningPart(StoreBase):
    """Pruning old text, decisions and deliveries."""

    # ------------------------------------------------------------------ retention

    def prune(self, cutoffs: Cutoffs, now: dt.datetime, dry_run: bool = False) -> dict[str, int]:
        """Remove what `cutoffs` let go, in one transaction; how many rows each step
        touched (or would touch, with `dry_run`), by name: `articles.text` and
        `items.summary` emptied, `articles` (decisions) and `outbox` rows deleted."""
        steps: list[tuple[str, str, dt.datetime | None, str]] = [
            ("articles.text", "articles", cutoffs.article_text, _PRUNE_TEXT),
            ("items.summary", "items", cutoffs.article_text, _PRUNE_SUMMARY),
            ("articles", "articles", cutoffs.decisions, _PRUNE_DECISIONS),
            ("outbox", "outbox", cutoffs.outbox, _PRUNE_OUTBOX),
        ]
        counts: dict[str, int] = {}
        with self.transaction() as conn:
            for name, table, cutoff, where in steps:
                if cutoff is None:
                    continue
                args = (_iso(cutoff),)
                found = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", args)
                counts[name] = int(found.fetchall()[0][0])
                if dry_run or not counts[name]:
                    continue
                if name == "articles.text":
                    conn.execute(
                        f"UPDATE articles SET text = '', text_pruned_at = ? WHERE {where}",
                        (_iso(now), *args),
                    )
                elif name == "items.summary":
                    conn.execute(f"UPDATE items SET summary = '' WHERE {where}", args)
                else:
                    if name == "articles":  # the URLs stay known: never assessed as new again
                        for column in ("url", "canonical_url"):
                            conn.execute(
                                "INSERT OR IGNORE INTO seen_urls (url, decision, forgotten_at) "
                                f"SELECT {column}, decision, ? FROM articles WHERE {where} "
                                f"AND {column} IS NOT NULL",
                                (_iso(now), *args),
                            )
                    conn.execute(f"DELETE FROM {table} WHERE {where}", args)
        return counts
