"""Long HTML messages cut into parts Telegram accepts (4096 characters once entities are
parsed), at the best break (a block, a line, a word), each part with its open tags closed
and reopened in the next.

Pure: no I/O, no clock, no Telegram client (monitor.edges.delivery is that), and it never builds
alert text (that is `compose`).
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

MAX_TEXT = 4096  # characters after entity parsing (Bot API sendMessage)


# A tag, one of the entities Telegram decodes (counted as one character), or one character.
_TOKEN = re.compile(
    r"<[^<>]*>|&(?:lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});|.",
    re.DOTALL,
)
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][\w-]*)")
_SPACE = frozenset(" \t\r\n")
_ELLIPSIS = "…"
# Break kinds, best first; the last two end the part with an ellipsis.
_BLOCK, _LINE, _WORD, _CHAR = 3, 2, 1, 0


@dataclass(frozen=True, slots=True)
class _Tok:
    raw: str
    visible: int = 1  # characters Telegram counts once entities are parsed
    tag: str = ""  # tag name for tags
    opens: bool = False
    blank: bool = False  # shows as whitespace: a part of only these is not worth sending

    @property
    def is_text(self) -> bool:
        return not self.tag

    @property
    def is_space(self) -> bool:
        return not self.tag and self.raw in _SPACE


def split_html(html: str, limit: int = MAX_TEXT, *, raw_limit: int | None = None) -> list[str]:
    """Split an alert into messages of at most `limit` visible characters each.

    Prefers block boundaries ("\\n\\n"), then line boundaries, then words (ending the part with
    "…"); never cuts inside a tag or an entity. Tags still open at a cut are closed at the end
    of the part and reopened at the start of the next. The raw HTML of a part is also kept
    within `raw_limit` (default 2 × `limit`) unless a single tag is longer than that.
    """
    if limit < 16:
        raise ValueError(f"limit must be at least 16 characters, not {limit}")
    raw_cap = raw_limit if raw_limit is not None else 2 * limit
    tokens = _tokenize(html)
    parts: list[str] = []
    start = 0
    reopen: tuple[_Tok, ...] = ()
    while start < len(tokens):
        part, start, reopen = _next_part(tokens, start, reopen, limit, raw_cap)
        if part is not None:
            parts.append(part)
    return parts


def _tokenize(html: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    for match in _TOKEN.finditer(html):
        raw = match.group()
        if len(raw) == 1:
            tokens.append(_Tok(raw, blank=raw.isspace()))
        elif raw.startswith("<"):
            name = _TAG_NAME.match(raw)
            tag = name.group(1).lower() if name else "?"
            tokens.append(_Tok(raw, 0, tag, opens=not raw.startswith("</")))
        elif _valid_entity(raw):
            tokens.append(_Tok(raw, blank=html_lib.unescape(raw).isspace()))
        else:  # Telegram reads an invalid numeric reference literally
            tokens.extend(_Tok(c) for c in raw)
    return tokens


def _valid_entity(raw: str) -> bool:
    if not raw.startswith("&#"):
        return True
    body = raw[2:-1]
    value = int(body[1:], 16) if body[:1] in ("x", "X") else int(body)
    return 0 < value < 0x10FFFF


def _break_at(tokens: list[_Tok], j: int) -> tuple[int, int] | None:
    """The kind of cut possible just before token j, and where the next part would start."""
    token = tokens[j]
    previous = tokens[j - 1] if j else None
    if token.is_space:
        if previous is not None and previous.is_space:
            return None  # only cut at the start of a run of spaces
        end, newlines = j, 0
        while end < len(tokens) and tokens[end].is_space:
            newlines += tokens[end].raw == "\n"
            end += 1
        kind = _BLOCK if newlines >= 2 else _LINE if newlines == 1 else _WORD
        return kind, end
    if token.is_text:
        return _CHAR, j
    return None


@dataclass(frozen=True, slots=True)
class _Cut:
    end: int  # the part is tokens[start:end]
    resume: int  # the next part starts here (separating spaces are dropped)
    open_tags: tuple[_Tok, ...]
    ellipsis: bool
    has_text: bool = True  # a part with nothing visible is dropped, not sent


def _next_part(
    tokens: list[_Tok], start: int, reopen: tuple[_Tok, ...], limit: int, raw_cap: int
) -> tuple[str | None, int, tuple[_Tok, ...]]:
    """Take the longest fitting part from `start`; returns (part or None, next start, open tags)."""
    stack = list(reopen)
    raw = sum(len(t.raw) for t in stack)
    closing = sum(len(t.tag) + 3 for t in stack)
    visible = 0
    best: dict[int, _Cut] = {}
    first: _Cut | None = None  # the cut just after the first visible character
    j = start
    while j < len(tokens):
        token = tokens[j]
        if j > start and (found := _break_at(tokens, j)) is not None:
            kind, resume = found
            has_text = first is not None
            extra = 1 if kind <= _WORD and has_text else 0  # room for the ellipsis
            if visible + extra <= limit and raw + closing + extra <= raw_cap:
                best[kind] = _Cut(j, resume, tuple(stack), bool(extra), has_text)
        too_big = visible + token.visible > limit or raw + len(token.raw) > raw_cap
        if too_big and (first is not None or best):
            break  # no later cut can fit either
        if token.tag:
            closing += _push_or_pop(stack, token)
        raw += len(token.raw)
        visible += token.visible
        j += 1
        if first is None and token.is_text and not token.blank:
            first = _Cut(j, j, tuple(stack), ellipsis=True)
    if j == len(tokens) and (raw + closing <= raw_cap or not (best or first)):
        rest = _Cut(j, j, tuple(stack), ellipsis=False, has_text=first is not None)
        return _render(tokens, start, reopen, rest), j, ()
    cut = next((best[k] for k in (_BLOCK, _LINE, _WORD, _CHAR) if k in best), first)
    assert cut is not None  # the loop stops early only once it has a cut
    return _render(tokens, start, reopen, cut), cut.resume, cut.open_tags


def _push_or_pop(stack: list[_Tok], tag: _Tok) -> int:
    """Track open tags; returns the change in the length of the closing tags needed."""
    if tag.opens:
        stack.append(tag)
        return len(tag.tag) + 3
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].tag == tag.tag:
            del stack[i]
            return -(len(tag.tag) + 3)
    return 0


def _render(tokens: list[_Tok], start: int, reopen: tuple[_Tok, ...], cut: _Cut) -> str | None:
    if not cut.has_text:
        return None
    body = "".join(t.raw for t in tokens[start : cut.end])
    closing = "".join(f"</{t.tag}>" for t in reversed(cut.open_tags))
    prefix = "".join(t.raw for t in reopen)
    return prefix + body + closing + (_ELLIPSIS if cut.ellipsis else "")
