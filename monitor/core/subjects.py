"""What a sentence is about, as content words: the subject of an arrangement an alert
reported, followed across its later halts and liftings.

An exchange of tsunami data, a ferry line, a medical evacuation scheme: once an alert has
reported one, its suspension or restoration is news, though no tracked matter names it and
it shares no named thing with the alert but the two countries. What identifies it is what
the reports say it is: "tsunami data", «обмен данными о цунами», 「津波観測データ」.

`subject_words` keeps a sentence's content words outside the words the rules found (the
countries, the islands, the words of change and of events), each as `lang:lemma`:
Russian nouns and adjectives by their pymorphy3 lemma, Japanese nouns as MeCab segments
them, English words past a list of function and reporting words, with their inflection cut
(sharing, shares, shared → shar). Words of different languages never match: an arrangement
is followed in each language its reports were read in (monitor/core/learning.py gathers
them from the alert and the reports attached to it).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.core.assertion_ja import ja_words
from monitor.core.assertion_ru import ru_words
from monitor.core.rules import ENTITY_PREFIX, Hit
from monitor.core.text import normalize

# a report and the arrangement it speaks of share at least this many content words; a
# page no watch rule matches, at least FOLLOW_OVERLAP (nothing else ties it to the dispute)
SUBJECT_OVERLAP = 2
FOLLOW_OVERLAP = 3
# what the rules find that any report of the dispute may say: named places, people and
# bodies (entities), the countries, the islands and the treaty, and the words of events,
# change, stance and look-alikes. What they find besides (a ferry, a missile, a tracked
# matter's name) is what a report is about.
_NOT_SUBJECT = (ENTITY_PREFIX, "event.", "cue.", "change.", "lookalike.")
_TOPIC = frozenset({"islands", "peace_treaty", "japan", "russia", "dispute"})

_LATIN = re.compile(r"[a-z][a-z\-]*[a-z]")
_CYRILLIC = re.compile(r"[а-яё]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

# function words, reporting and stance verbs, dates and counts, titles: what any report
# says whatever it is about
_EN_STOP = frozenset(
    """a about above across after again against ago all also am among an and another any
    are around as at back be became because been before being between both but by can
    could did do does done down during each either else even ever every few for from
    further had has have having he her here hers him his how however i if in into is it
    its itself just last least less like made make makes many may me might more most much
    must my near new next no nor not now of off often on once one only or other our out
    over own per said same say says saying she should since so some still such than that
    the their them then there these they this those though three through to told too two
    under until up upon us very via was we were what when where whether which while who
    whom whose why will with within without would year years yet you your month months
    week weeks day days today yesterday monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december first second third four five six seven eight nine ten hundred thousand
    million official officials spokesman spokeswoman spokesperson minister ministry
    government side sides country countries report reports reported according statement
    announced announce announces announcing confirmed confirm confirms decided decide
    decision move moves step steps plan plans week-long amid despite following call calls
    called urge urges urged brief briefing global world international national local
    public island islands islet islets territory territories claim claims sovereignty
    dispute disputed border""".split()  # noqa: SIM905 - a word list reads best as words
)
_RU_POS = frozenset({"NOUN", "ADJF"})
_RU_STOP = frozenset(
    """год месяц неделя день раз сторона время правительство министр министерство
    ведомство представитель заявление решение сообщение информация данный новый который
    этот такой весь свой также январь февраль март апрель май июнь июль август сентябрь
    октябрь ноябрь декабрь область пресс-служба действие слово агентство корреспондент""".split()  # noqa: SIM905 - a word list reads best as words
)
_JA_STOP = frozenset(
    ["年", "月", "日", "側", "ため", "こと", "もの", "よう", "方針", "発表", "今回", "政府"]
)


def _en_key(word: str) -> str:
    """An English word with its inflection cut, so that forms of one word meet."""
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(s < end and start < e for s, e in taken)


def _latin(text: str, taken: list[tuple[int, int]]) -> set[str]:
    return {
        "en:" + _en_key(m.group(0))
        for m in _LATIN.finditer(text.lower())
        if m.group(0) not in _EN_STOP and _free(m.start(), m.end(), taken)
    }


def _russian(text: str, taken: list[tuple[int, int]]) -> set[str]:
    return {
        "ru:" + w.lemma
        for w in ru_words(text)
        if w.pos in _RU_POS
        and len(w.lemma) > 2
        and w.lemma not in _RU_STOP
        and _free(w.start, w.end, taken)
    }


def _japanese(text: str, taken: list[tuple[int, int]]) -> set[str]:
    return {
        "ja:" + w.surface
        for w in ja_words(text)
        if w.pos1 == "名詞"
        and w.pos2 in ("一般", "サ変接続", "固有名詞")
        and len(w.surface) > 1
        and w.surface not in _JA_STOP
        and _free(w.start, w.end, taken)
    }


def subject_words(text: str, hits: tuple[Hit, ...] | list[Hit] = ()) -> frozenset[str]:
    """The content words of a sentence outside the spans of its normalized text where the
    rules found a word any report may say (`hits`), each as `lang:lemma`."""
    taken = tuple(
        (h.start, h.end) for h in hits if h.concept.startswith(_NOT_SUBJECT) or h.concept in _TOPIC
    )
    return _subject(normalize(text), taken)


@lru_cache(maxsize=1024)
def _subject(text: str, taken: tuple[tuple[int, int], ...]) -> frozenset[str]:
    spans = list(taken)
    if _JAPANESE.search(text):
        return frozenset(_japanese(text, spans) | _latin(text, spans))
    if _CYRILLIC.search(text.lower()):
        return frozenset(_russian(text, spans) | _latin(text, spans))
    return frozenset(_latin(text, spans))


def same_subject(a: frozenset[str], b: frozenset[str], at_least: int = SUBJECT_OVERLAP) -> bool:
    """Do two sets of content words speak of one thing?"""
    return len(a & b) >= at_least
