"""Correct the record: an admin retracts an alert (`kuril-monitor retract`, the bot's /retract).

Shell module shared by the CLI and the bot: it checks what a person typed (an alert id, a
reason), asks the store to mark the alert retracted and queue the correction of its
messages in one transaction, and says what happened in one line. The correction itself
goes out through the outbox like every other edit (`outbox`); what the alert taught stops
counting because the store no longer reads it back (`pipeline.refresh_knowledge`).

It must not talk to Telegram, decide anything about news, or hold SQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TextIO

from monitor.edges.store import Retraction, Store
from monitor.errors import MonitorError
from monitor.files.config import Config

MAX_REASON = 500  # characters: the reason heads the alert's message


class RetractionRefused(MonitorError):
    """The retraction was not made: a bad id, no such alert, already retracted, no reason."""


class RetractionMisused(RetractionRefused):
    """Refused for what was typed (no id, an id that is not a number, no or too long a
    reason): a usage error, exit status 2 on the command line."""


def _when(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def parse_id(raw: str | None) -> int:
    """An alert id as a person typed it (`12` or `#12`)."""
    text = (raw or "").strip().lstrip("#")
    if not raw or not raw.strip():
        raise RetractionMisused("which alert? give its id")
    if not text.isascii() or not text.isdigit():
        raise RetractionMisused(f"the alert id must be a number, not {raw.strip()!r}")
    return int(text)


def retract(store: Store, raw_id: str | None, why: str | None, now: dt.datetime) -> Retraction:
    """Retract the alert `raw_id` for the reason `why`; RetractionRefused says why not."""
    alert_id = parse_id(raw_id)
    alert = store.alert(alert_id)
    if alert is None:
        raise RetractionRefused(f"there is no alert #{alert_id}")
    if alert.retracted_at is not None:
        raise RetractionRefused(already(alert_id, alert.retracted_at, alert.retraction or ""))
    reason = " ".join((why or "").split())
    if not reason:
        raise RetractionMisused(f"give the reason why alert #{alert_id} is retracted")
    if len(reason) > MAX_REASON:
        raise RetractionMisused(
            f"the reason is too long ({len(reason)} characters; at most {MAX_REASON})"
        )
    done = store.retract_alert(alert_id, reason, now)
    if done is None:  # retracted by someone else since it was read
        again = store.alert(alert_id)
        at = again.retracted_at if again and again.retracted_at else now
        raise RetractionRefused(already(alert_id, at, (again.retraction if again else "") or ""))
    return done


def already(alert_id: int, at: dt.datetime, reason: str) -> str:
    return f"alert #{alert_id} was already retracted on {_when(at)}: {reason}"


def summary(done: Retraction) -> str:
    """What a retraction did, in one line."""
    if done.edits:
        plural = "s" if done.edits != 1 else ""
        messages = f"{done.edits} message{plural} will be edited to show it"
    else:
        messages = "no Telegram message of it to edit"
    cancelled = f"; {done.cancelled} unsent cop{'ies' if done.cancelled != 1 else 'y'} cancelled"
    return f"alert #{done.alert_id} retracted {_when(done.at)}: {done.reason}; {messages}" + (
        cancelled if done.cancelled else ""
    )


def command(
    config: Config,
    args: argparse.Namespace,
    now: dt.datetime | None = None,
    out: TextIO | None = None,
) -> int:
    """`kuril-monitor retract ID --why TEXT`: 0 done, 1 refused (no such alert, retracted
    already), 2 misused (no id, not a number, no reason); one line on stderr."""
    from monitor.shell.app import open_store

    out = out or sys.stdout
    path = config.sqlite_path
    if path is not None and not path.exists():
        print(f"kuril-monitor retract: no database at {path} yet: no alerts", file=sys.stderr)
        return 1
    store = open_store(config)
    try:
        done = retract(store, args.id, args.why, now or dt.datetime.now(dt.UTC))
    except RetractionRefused as exc:
        print(f"kuril-monitor retract: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, RetractionMisused) else 1
    finally:
        store.close()
    out.write(summary(done) + "\n")
    return 0
