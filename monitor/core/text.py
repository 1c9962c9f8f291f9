"""Text primitives for en, ru and ja: normalisation, words, sentences, paragraphs.

Pure functions over strings; no I/O. Russian and English are matched on lowercased word
tokens; Japanese, which has no spaces, on characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from monitor.core.attribution import dateline_end

WORD_PATTERN = r"[0-9A-Za-z\u00c0-\u024f\u0400-\u04ff]+(?:[-'’][0-9A-Za-z\u0400-\u04ff]+)*"
_WORD = re.compile(WORD_PATTERN)
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # kana and kanji
# A sentence ends at . ! ? followed by closing quotes and a space, at 。 ！ ？, or at a line
# break. One branch per first character, so `re` jumps from one candidate to the next.
_SENT_END = re.compile(r"[.!?。！？][\"'”»」』)]*\s*|\n+")
_CJK_END = "。！？"
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|U\.S|"
    r"г|гг|т\.е|им|ул|тыс|млн|млрд|трлн)\.$",
    re.IGNORECASE,
)


_INITIAL = re.compile(r"\b[A-Z]\.$")


def normalize(text: str) -> str:
    """NFKC (full-width → ASCII digits and Latin), unify quotes and dashes, lowercase.

    Lengths change under NFKC only for rare characters; callers that need offsets into
    the original use `normalize` on both sides consistently.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("ё", "е").replace("Ё", "Е")
    return text.lower()


def cased(text: str) -> str:
    """`normalize` without the lowercasing: offsets agree with the normalized text, and
    capitals (names) are kept."""
    return unicodedata.normalize("NFKC", text).replace("ё", "е").replace("Ё", "Е")


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in the article."""

    index: int  # position in the article (0 = title)
    paragraph: int  # 0 = title, 1 = first body paragraph, ...
    text: str


def _in_open_quote(text: str, pos: int, at: int) -> bool:
    """Does a Japanese quotation opened since `pos` stay open at `at`, closing later in
    the paragraph? Its full stops end its sentences, not the one that quotes it."""
    opened = text.count("「", pos, at) - text.count("」", pos, at)
    return opened > 0 and text.find("」", at) != -1


def _sentence_pieces(text: str) -> list[str]:
    """`text` cut after each sentence end; the quotes and spaces after one are dropped."""
    pieces: list[str] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        start, end = m.start(), m.end()
        if text[start] == "\n":
            pieces.append(text[pos:start])
        elif text[end - 1].isspace():  # "said." and a space, or "said.”" and a space
            pieces.append(text[pos : start + 1])
        elif text[start] in _CJK_END:  # Japanese needs no space after its full stop
            if _in_open_quote(text, pos, start):
                continue  # 「…超えた。一刻の猶予もない」と訴え: the quotation goes on
            pieces.append(text[pos : start + 1])
            end = start + 1
        else:
            continue  # "3.5", "U.S.-Japan": not an end
        pos = end
    pieces.append(text[pos:])
    return pieces


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences; keeps abbreviations like 'Mr.' inside."""
    parts: list[str] = []
    buf = ""
    for piece in _sentence_pieces(text):
        if not piece or not piece.strip():
            continue
        buf = f"{buf} {piece.strip()}" if buf else piece.strip()
        tail = buf[-12:]  # the abbreviation, if any, ends the buffer: never rescan it all
        if _ABBREV.search(tail) or _INITIAL.search(tail):
            continue
        parts.append(buf)
        buf = ""
    if buf:
        parts.append(buf)
    # datelines ("MOSCOW, November 10.", "/Agency/.") are not sentences of their own
    merged: list[str] = []
    carry = ""
    for part in parts:
        part = f"{carry} {part}" if carry else part
        if (len(part) < 40 and not any(is_cjk(ch) for ch in part)) or _only_dateline(part):
            carry = part
            continue
        carry = ""
        merged.append(part)
    if carry:
        merged.append(carry)
    return merged


def _only_dateline(part: str) -> bool:
    """Is this the whole of a wire dateline ("МОСКВА, 21 февраля. /«Посольский приказ»/.")?"""
    return part.endswith(("/.", "/")) and dateline_end(part) >= len(part.rstrip())


def iter_sentences(title: str, body: str) -> Iterator[Sentence]:
    """The title as sentence 0, then the body's sentences with their paragraph numbers,
    split as they are taken (a reader that stops early does not split the rest)."""
    yield Sentence(0, 0, title.strip())
    index = 1
    paragraph = 0
    seen_title = normalize(title.strip())
    dateline = ""
    for para in body.split("\n"):
        para = para.strip()
        if not para or normalize(para) == seen_title:
            continue  # pages often repeat the headline as the first line
        if not dateline and _only_dateline(para):
            dateline = para  # a dateline set as a paragraph of its own opens the next one
            continue
        if dateline:
            para, dateline = f"{dateline} {para}", ""
        paragraph += 1
        for sent in split_sentences(para):
            yield Sentence(index, paragraph, sent)
            index += 1


def sentences(title: str, body: str) -> list[Sentence]:
    """All of `iter_sentences`."""
    return list(iter_sentences(title, body))


def words(text: str, lowered: bool = False) -> list[tuple[str, int, int]]:
    """Lowercased word tokens with their character spans in `text`."""
    if lowered:  # already normalised: spare the lowercasing
        return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    return [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def is_cjk(ch: str) -> bool:
    """True for kana and kanji (the scripts matched without word boundaries)."""
    return "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


# a Japanese sentence that asks without a question mark: 「交渉は動くのか」, 「…だろうか」
_JA_ASKING = re.compile(r"(?:のか|だろうか|でしょうか|のだろう)(?:[\s　」。]|$)")


def is_question(text: str) -> bool:
    """Does the sentence ask rather than tell ("Will talks resume?", «Что будет с …?»,
    「交渉は動くのか」)?"""
    stripped = text.rstrip()
    return (
        stripped.endswith(("?", "？"))
        or _JA_ASKING.search(stripped) is not None
        or _ASKER.match(stripped) is not None
    )


# a transcript's question, however it ends: «Вопрос: Японские СМИ сообщают, что …», "Q: …",
# 「問：…」 (what the asker puts is not what the answer tells)
_ASKER = re.compile(r"^\s*(?:（問）|\(問\)|問[：:]|Q\s*[:：]|Вопрос\s*[:.]|Question\s*:)", re.I)


# the quotation marks that may hold a whole paragraph, opening → closing
_PAIRS = {"«": "»", "「": "」", "『": "』", "“": "”", '"': '"'}
_LIST_MARK = re.compile(r"^\s*(?:[-–—•·*]\s*|\d{1,2}[.)]\s+)")


def unquoted(paragraph: str) -> str:
    """A paragraph that is one quotation ("- «We have deployed …»."), out of its list mark
    and its quotation marks: the words of a speaker a page gives as its own items (a
    speech's main points, an interview's answers), whose sentences split and read as any
    report's. A paragraph that only begins and ends with two different quotations keeps
    its marks."""
    text = _LIST_MARK.sub("", paragraph, count=1).strip()
    close = _PAIRS.get(text[:1])
    body = text.rstrip(".。")
    if close is None or len(body) < 3 or not body.endswith(close):
        return paragraph.strip()
    inner = body[1:-1]
    if close != text[0]:  # «…» nested: the outer pair must enclose the rest
        depth = 0
        for ch in inner:
            depth += (ch == text[0]) - (ch == close)
            if depth < 0:
                return paragraph.strip()
    return inner + text[len(body) :]


_JOINED_END = re.compile(r"[.!?]\s+")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, in a text that may join sentences (the
    splitter joins a short one to the next: "Есть, и скрывать это не буду. Вчера …")."""
    ends = [m.end() for m in _JOINED_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0
