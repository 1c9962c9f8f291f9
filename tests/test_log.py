"""The log formatter: one `key=value` line per record, the monitor's events by name and
other libraries' messages with their %-arguments put in."""

from __future__ import annotations

import logging

from monitor.log import KeyValueFormatter


def _line(msg: str, args: tuple[object, ...] = (), **extra: object) -> str:
    record = logging.LogRecord("lib", logging.WARNING, __file__, 1, msg, args, None)
    record.__dict__.update(extra)
    return KeyValueFormatter().format(record)


def test_the_monitors_events_print_by_name_with_their_fields() -> None:
    """`event=NAME` then the extra fields; None fields are left out."""
    line = _line("feed.polled", feed="tass", status=200, error=None)
    assert " level=warning event=feed.polled feed=tass status=200" in line
    assert "error" not in line


def test_a_librarys_percent_arguments_are_kept() -> None:
    """A third-party message's %-arguments are put into it, not dropped."""
    line = _line('Job "%s" raised %s', ("poll", "ValueError"))
    assert 'event="Job \\"poll\\" raised ValueError"' in line
    mapping = _line("%(n)d retries left", ({"n": 3},))
    assert 'event="3 retries left"' in mapping


def test_arguments_that_do_not_fit_the_message_are_shown_beside_it() -> None:
    """A message whose arguments do not fit it still logs, with the arguments beside it."""
    line = _line("takes %d", ("not a number",))
    assert 'event="takes %d" args="(\'not a number\',)"' in line
