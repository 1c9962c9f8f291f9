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
    if len(data) > MAX_BYTES:
        raise ConfigError([Problem(file, 1, 1, f"file too large: more than {MAX_BYTES:,} bytes")])
    if m := _DECLARATION.search(data):
        line, col = _line_of(data, m.start())
        raise ConfigError(
            [Problem(file, line, col, "refused: the file declares a DOCTYPE or ENTITY")]
        )
    parser = expat.ParserCreate()
    outlines: list[Outline] = []
    problems: list[Problem] = []
    stack: list[str] = []  # element names open
    folders: list[tuple[int, str]] = []  # (depth, title) of outlines that hold others
    seen_root: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        line, col = parser.CurrentLineNumber, parser.CurrentColumnNumber + 1
        if not stack:
            seen_root.append(name)
        stack.append(name)
        if name != "outline" or "body" not in stack:
            return
        title = " ".join((attrs.get("title") or attrs.get("text") or "").split())
        url = (attrs.get("xmlUrl") or attrs.get("xmlurl") or "").strip()
        if not url:
            if (attrs.get("type") or "").lower() in ("rss", "atom"):
                problems.append(Problem(file, line, col, "outline of type rss has no xmlUrl"))
            folders.append((len(stack), title))
            return
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            problems.append(Problem(file, line, col, f"xmlUrl is not an http(s) URL: {url!r}"))
            return
        if len(outlines) >= MAX_OUTLINES:
            problems.append(Problem(file, line, col, f"more than {MAX_OUTLINES} feeds"))
            return
        lang = (attrs.get("language") or "").lower()[:2]
        outlines.append(
            Outline(
                url=url,
                title=title,
                lang=lang if lang in ("en", "ru", "ja") else None,
                line=line,
                folders=tuple(t for depth, t in folders if depth < len(stack) and t),
            )
        )

    def end(name: str) -> None:
        while folders and folders[-1][0] >= len(stack):
            folders.pop()
        stack.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        message = expat.errors.messages.get(exc.code, str(exc)) if exc.code else str(exc)
        problems.append(
            Problem(file, exc.lineno, exc.offset + 1, f"not well-formed XML: {message}")
        )
        raise ConfigError(problems) from None
    if seen_root[:1] != ["opml"]:
        found = seen_root[0] if seen_root else "nothing"
        problems.insert(0, Problem(file, 1, 1, f"not an OPML file: its root element is {found!r}"))
    if problems:
        raise ConfigError(problems)
    return outlines


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
