"""OPML: the feed lists other readers import and export (Miniflux, Feedly, NetNewsWire,
Inoreader), read into plain entries and written as OPML 2.0.

Pure apart from the bytes it is given: no fetching, no files. Every problem is located by
line and column (`Problem`); a DOCTYPE or an entity declaration is refused before
parsing (entity expansion), as feeds are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from monitor.errors import ConfigError, Problem

__all__ = ["Outline", "read_opml", "write_opml"]

MAX_BYTES = 5_000_000
MAX_OUTLINES = 10_000


@dataclass(frozen=True)
class Outline:
    """One feed of an OPML file, where it stands, and the folders it is in."""

    url: str
    title: str
    lang: str | None
    line: int
    folders: tuple[str, ...] = ()


_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _line_of(data: bytes, pos: int) -> tuple[int, int]:
    before = data[:pos]
    return before.count(b"\n") + 1, pos - (before.rfind(b"\n") + 1) + 1


def read_opml(data: bytes, file: str) -> list[Outline]:
    """The feeds of an OPML document, in order; ConfigError listing every problem (each
    with `file:line:column`) when it is not OPML or an outline cannot be used."""
    _refuse_unsafe(data, file)
    reader = _Reader(file)
    try:
        reader.parser.Parse(data, True)
    except expat.ExpatError as exc:
        message = expat.errors.messages.get(exc.code, str(exc)) if exc.code else str(exc)
        reader.problems.append(
            Problem(file, exc.lineno, exc.offset + 1, f"not well-formed XML: {message}")
        )
        raise ConfigError(reader.problems) from None
    problems = reader.problems
    if reader.seen_root[:1] != ["opml"]:
        found = reader.seen_root[0] if reader.seen_root else "nothing"
        problems.insert(0, Problem(file, 1, 1, f"not an OPML file: its root element is {found!r}"))
    if problems:
        raise ConfigError(problems)
    return reader.outlines


def _refuse_unsafe(data: bytes, file: str) -> None:
    """Refuse, before parsing, a document too large or declaring entities (expansion)."""
    if len(data) > MAX_BYTES:
        raise ConfigError([Problem(file, 1, 1, f"file too large: more than {MAX_BYTES:,} bytes")])
    if m := _DECLARATION.search(data):
        line, col = _line_of(data, m.start())
        raise ConfigError(
            [Problem(file, line, col, "refused: the file declares a DOCTYPE or ENTITY")]
        )


class _Reader:
    """Expat's handlers for one document: the feeds found, the folders they are in, and
    the problems met, each at the line and column of its element."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.parser = expat.ParserCreate()
        self.outlines: list[Outline] = []
        self.problems: list[Problem] = []
        self.stack: list[str] = []  # element names open
        self.folders: list[tuple[int, str]] = []  # (depth, title) of outlines that hold others
        self.seen_root: list[str] = []
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if not self.stack:
            self.seen_root.append(name)
        self.stack.append(name)
        if name == "outline" and "body" in self.stack:
            self._outline(attrs)

    def end(self, name: str) -> None:
        while self.folders and self.folders[-1][0] >= len(self.stack):
            self.folders.pop()
        self.stack.pop()

    def _outline(self, attrs: dict[str, str]) -> None:
        """An outline in the body: a feed, a folder of others, or a problem."""
        line, col = self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber + 1
        file, stack = self.file, self.stack
        title = " ".join((attrs.get("title") or attrs.get("text") or "").split())
        url = (attrs.get("xmlUrl") or attrs.get("xmlurl") or "").strip()
        if not url:
            if (attrs.get("type") or "").lower() in ("rss", "atom"):
                self.problems.append(Problem(file, line, col, "outline of type rss has no xmlUrl"))
            self.folders.append((len(stack), title))
            return
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            self.problems.append(Problem(file, line, col, f"xmlUrl is not an http(s) URL: {url!r}"))
            return
        if len(self.outlines) >= MAX_OUTLINES:
            self.problems.append(Problem(file, line, col, f"more than {MAX_OUTLINES} feeds"))
            return
        lang = (attrs.get("language") or "").lower()[:2]
        self.outlines.append(
            Outline(
                url=url,
                title=title,
                lang=lang if lang in ("en", "ru", "ja") else None,
                line=line,
                folders=tuple(t for depth, t in self.folders if depth < len(stack) and t),
            )
        )


def write_opml(
    feeds: Sequence[tuple[str, str, str | None]], title: str, now: datetime | None = None
) -> str:
    """OPML 2.0 listing feeds given as (url, title, language)."""
    created = format_datetime((now or datetime.now(UTC)).astimezone(UTC), usegmt=True)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{escape(title)}</title>",
        f"    <dateCreated>{created}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for url, name, lang in feeds:
        attrs = f'type="rss" text={quoteattr(name)} title={quoteattr(name)} xmlUrl={quoteattr(url)}'
        if lang:
            attrs += f" language={quoteattr(lang)}"
        out.append(f"    <outline {attrs}/>")
    out += ["  </body>", "</opml>"]
    return "\n".join(out) + "\n"
