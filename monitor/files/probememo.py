"""The patterns found linear, kept between runs: `regex-probes.txt` beside the database.

Loading the rules probes every `re:` term for catastrophic backtracking
(`monitor.core.rules.compile_term`), which takes seconds for the shipped patterns; a
`run --once` would pay them on every start. The digests of the patterns that passed are
written here after a load and read before the next, so each pattern is probed once per
text of it. The file is a cache: a missing, unreadable or foreign file only costs the
probing, and it is replaced whole (written aside, then renamed), so two processes that load
at once never read half of it.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

log = logging.getLogger("monitor.files.probememo")

NAME = "regex-probes.txt"
_HEADER = "# kuril-monitor: digests of the rules' patterns that passed the load-time probes\n"
_DIGEST = re.compile(r"[0-9a-f]{32}")
MAX_DIGESTS = 20_000  # a file with more is not read (and is written anew)


def read_memo(path: Path) -> frozenset[str]:
    """The digests kept in `path`; none when it is missing or not such a file."""
    try:
        with path.open(encoding="ascii") as handle:
            lines = [line.strip() for _, line in zip(range(MAX_DIGESTS + 2), handle, strict=False)]
    except (OSError, UnicodeDecodeError):
        return frozenset()
    if len(lines) > MAX_DIGESTS + 1 or not lines or lines[0] != _HEADER.strip():
        return frozenset()
    return frozenset(line for line in lines[1:] if _DIGEST.fullmatch(line))


def write_memo(path: Path, digests: frozenset[str]) -> None:
    """Replace `path` with these digests (a failure to write is logged, not raised). The
    database's folder is not made for it: a command that stores nothing (`check`, `rules
    replay` with no database) leaves no folder behind; the next run after the store made
    it writes the file."""
    if not path.parent.is_dir():
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{NAME}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(_HEADER + "".join(f"{d}\n" for d in sorted(digests)[:MAX_DIGESTS]))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.info("probememo.not_written", extra={"path": str(path), "error": str(exc)})
