"""Names across scripts: the proper names a report gives that the gazetteer does not know,
as keys that an English, a Russian and a Japanese report of the same thing share.

"Bangkok", «Бангкоке» and 「バンコク」 are one place; the gazetteer knows the islands, the
officials and the bodies of the dispute in every language, but not the city where
diplomats met, the boat a patrol seized or the company a licence went to. Each name is
written in Latin letters (Russian letter by letter, Japanese katakana by its consonants)
and reduced to its consonant skeleton, with the sounds the three scripts write apart
merged (l and r, b, v and w, the sibilants): "Bangkok" → `~bnk`, «Бангкоке» → `~bnk`,
「バンコク」 → `~bnk`. A key needs three consonants; words the rules already read (names in
the gazetteer, countries) give none.

English and Russian names are the capitalised words after the first of a sentence (a
Russian name's case ending taken off); Japanese ones are runs of three or more katakana.
The keys join a report's signature (monitor/core/grouping.py), where a shared key and a
shared kind of event within days make two reports one story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

KEY_PREFIX = "~"
MIN_CONSONANTS = 3

_RU_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
            "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e",
            "yu", "ya",
        ],
        strict=True,
    )
)  # fmt: skip

# each katakana's consonant (its vowel is dropped with every other vowel)
_KANA_ROWS = {
    "": "アイウエオァィゥェォ",
    "k": "カキクケコ",
    "g": "ガギグゲゴ",
    "s": "サスセソ",
    "sh": "シ",
    "z": "ザズゼゾ",
    "j": "ジヂ",
    "t": "タテト",
    "ch": "チ",
    "ts": "ツ",
    "d": "ダデド",
    "n": "ナニヌネノン",
    "h": "ハヒヘホ",
    "f": "フ",
    "b": "バビブベボ",
    "p": "パピプペポ",
    "m": "マミムメモ",
    "y": "ヤユヨャュョ",
    "r": "ラリルレロ",
    "w": "ワヲ",
    "v": "ヴ",
}
_KANA = {kana: sound for sound, row in _KANA_ROWS.items() for kana in row}

# sounds the three scripts write apart, merged; then every vowel dropped
_DIGRAPHS = (("sch", "s"), ("sh", "s"), ("ch", "s"), ("ts", "s"), ("zh", "s"), ("kh", "k"),
             ("th", "t"), ("ph", "f"), ("ck", "k"), ("ng", "n"))  # fmt: skip
_MERGE = str.maketrans(
    {"l": "r", "v": "b", "w": "b", "c": "k", "q": "k", "g": "k", "d": "t", "z": "s",
     "j": "s", "x": "s", "f": "h"}
)  # fmt: skip
_VOWELS = re.compile(r"[aeiouy]+")
_REPEAT = re.compile(r"(.)\1+")

_EN_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)*\b")
# English capitalises its days and months: they are dates, not names
_CALENDAR = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)
_EN_CALENDAR = frozenset(_CALENDAR.split())
_RU_NAME = re.compile(r"\b[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)*\b")
# a Russian name's case endings (Бангкоке, Галузиным, Кавабаты): the stem is the name
_RU_ENDING = re.compile(r"(?:ыми|ими|ого|его|ому|ему|ым|им|ой|ей|ом|ем|ах|ях|ам|ям|ов|ев|"
                       r"ую|юю|а|я|у|ю|е|ы|и)$")  # fmt: skip
_KATAKANA = re.compile(r"[゠-ヿ]{3,}")


def skeleton(latin: str) -> str:
    """The consonant skeleton of a name in Latin letters ("Bangkok" → "bnk")."""
    s = latin.lower()
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = _VOWELS.sub("", s.translate(_MERGE))
    s = re.sub(r"[^a-z]", "", s)
    return _REPEAT.sub(r"\1", s)


def _kana_latin(word: str) -> str:
    return "".join(_KANA.get(ch, "") for ch in word)


def _ru_latin(word: str) -> str:
    stem = _RU_ENDING.sub("", word.lower()) if len(word) > 5 else word.lower()
    return "".join(_RU_LATIN.get(ch, ch) for ch in stem)


def _words(text: str, lang: str) -> Iterable[tuple[int, int, str]]:
    """The name-like words of one sentence, with their spans, in Latin letters."""
    if lang == "ja":
        for m in _KATAKANA.finditer(text):
            yield m.start(), m.end(), _kana_latin(m.group(0))
        return
    pattern, latin = (_RU_NAME, _ru_latin) if lang == "ru" else (_EN_NAME, str)
    first = re.search(r"\w", text)
    for m in pattern.finditer(text):
        if first is not None and m.start() == first.start():
            continue  # a sentence's first word is capitalised whatever it is
        if m.group(0).lower() in _EN_CALENDAR:
            continue
        yield m.start(), m.end(), latin(m.group(0))


def name_keys(text: str, lang: str, known: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The keys of the names a sentence gives outside the spans the rules read (`known`)."""
    spans = list(known)
    keys = (
        _key(latin)
        for start, end, latin in _words(text, lang)
        if not any(s < end and start < e for s, e in spans)
    )
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=512)
def own_keys(name: str) -> frozenset[str]:
    """The keys of every word of a name in any script: an outlet's own name, which its
    datelines repeat in every report ("TOKYO (Bellwether) –"), is nobody's story."""
    words = re.findall(r"\w+(?:-\w+)+", name) + re.findall(r"\w+", name)
    keys = (
        _key(
            _kana_latin(w)
            if re.fullmatch(r"[゠-ヿ]+", w)
            else _ru_latin(w)
            if re.search(r"[а-яА-ЯёЁ]", w)
            else w
        )
        for w in words
    )
    return frozenset(k for k in keys if k)


def _key(latin: str) -> str:
    """A name's key, or "" when its skeleton is too short to tell names apart."""
    key = skeleton(latin)
    return KEY_PREFIX + key if len(key) >= MIN_CONSONANTS else ""


def is_key(name: str) -> bool:
    """Is this entry of a signature a name key rather than a gazetteer entity?"""
    return name.startswith(KEY_PREFIX)
