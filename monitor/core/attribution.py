"""Who said it, and where a wire sentence begins: the dateline and agency tag a report
opens with ("VLADIVOSTOK, May 14. /TASS/.", 【モスクワ共同】) and the ministry or
official a sentence names as its source. Pure functions of a sentence's text, used by the
alert's layout and by what the monitor learns (the source of a matter's new state)."""

from __future__ import annotations

import re

# ----------------------------------------------------------------------------- datelines

_CITY = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]{2,}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]+)*"
_DATELINES = (
    # VLADIVOSTOK, May 14. /TASS/.   МОСКВА, 14 мая. /ТАСС/.
    re.compile(rf"^{_CITY}(?:,[^/]{{1,40}}?)?\.?\s*/[^/]{{1,40}}/\s*\.?\s*"),
    # SEOUL, June 3 (Yonhap) --   MOSCOW (Reuters) -
    re.compile(rf"^{_CITY}(?:,[^()]{{1,40}}?)?\s*\([^)]{{1,40}}\)\s*[-—–:]{{1,2}}\s*"),
    # МОСКВА, 14 мая — РИА Новости.
    re.compile(rf"^{_CITY},\s*\d{{1,2}}\s+[а-яё]+\s+[-—–]\s+[^.]{{1,40}}\.\s+"),
    # ERIMO, Hokkaido, July 9 Kyodo -   NAKASHIBETSU, Hokkaido --   TOKYO -
    re.compile(rf"^{_CITY}(?:,[^-—–]{{1,45}}?)?\s+[-—–]{{1,2}}\s+"),
    # YUZHNO-KURILSK, March 3.   ХАБАРОВСК, 3 марта.
    re.compile(rf"^{_CITY},\s*(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[а-яё]+)\.\s+"),
    # 21 марта. /ТАСС/.   (a dateline with no city)
    re.compile(r"^(?:\d{1,2}\s+[а-яё]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\.?\s*/[^/]{1,40}/\s*\.?\s*"),
    # 【モスクワ共同】
    re.compile(r"^【[^】]{1,30}】\s*"),
)


def dateline_end(text: str) -> int:
    """Where the wire dateline and agency tag a sentence opens with end (0: none), in the
    sentence's own characters (`text.cased` keeps them)."""
    for pattern in _DATELINES:
        match = pattern.match(text)
        if match:
            return match.end()
    return 0


def undateline(text: str) -> str:
    """A sentence without the wire dateline and agency tag it opens with."""
    text = " ".join(text.split())
    end = dateline_end(text)
    if 0 < end < len(text):
        rest = text[end:]
        return rest[:1].upper() + rest[1:]
    return text


# ----------------------------------------------------------------------------- who said it

_SAID_EN = re.compile(
    r"(?:^|,\s+|\band\s+)((?:the\s+)?[A-Z][\w'’.\- ]{1,60}?)\s+"
    r"(?:said|says|announced|stated|reported|told|confirmed)\b"
)
_ACCORDING_EN = re.compile(r"\baccording to ((?:the\s+)?[A-Z][\w'’.\- ]{1,60}?)(?:[,.;]|$)")
# «сообщили в МИД России», «сообщили в администрации Южно-Курильского округа» (a body
# named by a common noun and its proper name: the words are kept as the report gives them)
_SAID_RU = re.compile(
    r"(?:сообщил[аио]?|заявил[аио]?|объявил[аио]?|сообщается)\s+"
    r"(?:в\s+((?:[а-яё]+\s+)?[А-ЯЁ][^,.;—]{1,60})|([А-ЯЁ][^,.;—]{1,60}))"
)
# the subject before the verb, not a conjunction heading the clause («Как сообщили…»)
_SUBJECT_RU = re.compile(
    r"^(?!(?:Как|Также|Ранее|Об\s+этом|Это|Кроме\s+того)\s)"
    r"([А-ЯЁ][^,.;—]{1,40}?)\s+(?:сообщил[аио]?|заявил[аио]?|объявил[аио]?)\b"
)
_SAID_JA = re.compile(r"^([^\s、。「」]{2,16}?)は(?:[^、。]{0,12}、)?.*(?:発表|明らかにし|述べ)")
_ACCORDING_JA = re.compile(r"([^\s、。「」]{2,12}?)(?:など)?によると")
_NOT_WHO = frozenset({"he", "she", "it", "they", "we", "i", "this", "that", "the"})


def said_by(sentence: str) -> str:
    """The ministry or official a sentence names as the one who said it, or ""."""
    text = undateline(sentence)
    for pattern in (_SAID_EN, _ACCORDING_EN, _SAID_RU, _SUBJECT_RU, _SAID_JA, _ACCORDING_JA):
        match = pattern.search(text)
        if match is None:
            continue
        who = next(g for g in match.groups() if g).strip()
        if who.lower().startswith("the "):
            who = who[4:]
        if who.lower() in _NOT_WHO or len(who.split()) > 8:
            continue
        return who
    return ""


# ----------------------------------------------------------------------------- quoted

# "Russian consul in Sapporo: sanctions shut the door on treaty talks", «Лавров: Япония
# сама закрыла дверь…»: a short name, a colon, then what the named one said
_SPEAKER_FIRST = re.compile(r"^\s*([A-ZА-ЯЁ][^:：«»\"“”„!?.]{1,60}?)\s*[:：]\s+\S")
# 「交渉の扉を閉ざしたのは日本」と露外相, 「…」＝露外相: the words, then who said them
_SPEAKER_LAST = re.compile(r"」\s*(?:と|=|＝)\s*[^「」、。\s]{1,14}$|＝[^＝「」、。\s]{1,14}$")
# 上川外相「方針変わらず」…: who said them, then the words
_SPEAKER_BEFORE_QUOTE = re.compile(r"^[^「」、。\s]{2,14}「")
_SPEAKER_WORDS = 7


def quoted_headline(title: str) -> bool:
    """Does the headline give someone's words ("Lavrov: …", 「…」と露外相) rather than
    report what happened in its own voice?"""
    title = title.strip()
    if _SPEAKER_LAST.search(title) or _SPEAKER_BEFORE_QUOTE.match(title):
        return True
    match = _SPEAKER_FIRST.match(title)
    return match is not None and len(match.group(1).split()) <= _SPEAKER_WORDS
