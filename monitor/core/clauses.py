"""Clause helpers: where a word stands in its sentence — inside a longer name, in reach of
a matter, in an attribute, a subordinate clause or a circumstance, in talks or naming a
past thing by its year — for the claim reader to weigh; and `ClauseVerdicts`, how a
sentence's clauses present its hits (negated, wished, restated, asserted).

Core module: plain strings and hits in, plain answers out — no I/O, no clock, no asyncio.
Each helper answers one question about a position; none decides what a sentence reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from monitor.core.assertion import assertion, first_word, report_says
from monitor.core.assertion_ja import ja_future_time, ja_words, object_start
from monitor.core.assertion_ru import ru_participle_dates
from monitor.core.rules import ENTITY_PREFIX, Hit, RuleSet
from monitor.core.sentence_reading import (
    RECURRING,
    VEHICLE_EVENTS,
    SentenceReading,
    near_any,
    outside_spans,
)
from monitor.core.verdict import ASSERTED, Verdict

MORPHOLOGY_LANGS = frozenset({"ru", "ja"})  # read by `assertion`, not by word windows
MODAL_WHYS = frozenset({"requested", "conditional", "future", "prospect", "question"})
# what goes on with the same wish: "and to" another infinitive, ", including" a part of
# what is asked for ("asked … to allow the exchanges to continue, including the visit …")
_AND_TO = re.compile(
    r",?\s*and\s+to\s|,\s+(?:including|notably|in\s+particular|especially)\b", re.IGNORECASE
)
BREAKS = frozenset({"event.reversal", "event.termination"})  # a round called off, a thing ended
# what carries a request is sent though what it asks is not done: a letter or a note that
# proposes or asks ("proposed in a diplomatic note that talks resume", «направил письмо с
# просьбой», 「口上書で再開を提案」) is sent. Only its own irrealis keeps it from being
# done: "would send a letter", "if Tokyo wrote to Moscow"
VEHICLES = frozenset(f"event.{e}" for e in VEHICLE_EVENTS)  # their concepts
# a letter or a note told as an earlier one, or in a clause that describes what was asked
# in it («о чём Токио просил в недавней ноте», "as Tokyo asked in a recent note"): the
# background of what the sentence reports
_NOTE = re.compile(r"\bnotes?\b|\bнот(?:а|у|ы|ой|е|ами)\b|口上書", re.IGNORECASE)
# a letter that asks is a petition («направила письмо с просьбой», "a letter urging",
# 「…を求める書簡」), whoever sends it; a government's request goes by note
_PETITION = {
    "en": re.compile(r"\b(?:asking|urging|calling\s+on|requesting|appealing|pleading|imploring)\b"),
    "ru": re.compile(r"\bс\s+(?:\w+\s+)?(?:просьб|призыв|требовани|ходатайств)\w*"),
    "ja": re.compile(r"(?:求める|要請する|要望する|訴える|嘆願)(?:内容の|旨の)?(?:書簡|親書|手紙)"),
}
# the words of a request among the wishes ("asking it to", "urged", "calls on", "demand")
_EN_ASKING = re.compile(
    r"\b(?:ask|urg|request|demand|call(?:s|ed|ing)?\s+(?:on|upon|for)|appeal|seek|sought|press)",
    re.IGNORECASE,
)
# what is said to be a goal is not done: "resuming exchange programmes …, "above all grave
# visits", remained among the government's highest priorities", "a return to talks is
# Tokyo's aim" (an aside between commas may stand before the predicate)
_EN_GOAL_AFTER = re.compile(
    r"[^.;:!?]*?\b(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwhat\s)"
    r"(?:is|was|are|were|remains?|remained|would\s+be|will\s+be)\s+"
    r"(?:(?:still|now|also)\s+)?(?:among\s+)?(?:(?:the|a|an|our|its|his|her|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:priority|priorities|goal|goals|aim|aims|objective|objectives|"
    r"task|tasks|hope|wish)\b",
    re.IGNORECASE,
)
# a verb that denies an act happened, with the act as its object
_DENIED_BEFORE = {
    "en": re.compile(
        r"\bden(?:y|ies|ied|ying)\s+(?:(?:any|a|an|the|that|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?$"
    ),
    "ru": re.compile(
        r"\bопроверг\w*\s+(?:(?:информаци\w*|сообщени\w*)\s+о\s+)?(?:[\w«»-]+\s+){0,2}?$"
    ),
}
_JA_DENIED_AFTER = re.compile(r"(?:を|は|について|の事実を)?(?:否定|打ち消)")
# an act named as a kind, not one that happened: "such trips are allowed case by case",
# «такие поездки разрешаются в индивидуальном порядке», 「こうした訪問は…」 (not "the first
# such visit since 2019": that one happened)
_OF_A_KIND = {
    "en": re.compile(r"(?<!\bfirst\s)(?<!\bfirst-ever\s)\b(?:such|similar)\s+(?:[\w-]+\s+)?$"),
    "ru": re.compile(
        r"(?<!перв\w\w\s)\b(?:так(?:ие|их|им|ими)|подобн(?:ые|ых|ым|ыми))\s+(?:[\w-]+\s+)?$"
    ),
    "ja": re.compile(r"(?:こうした|このような|そうした|そのような)$"),
}
_EARLIER_VEHICLE = {
    "en": re.compile(r"\b(?:earlier|recent|previous|prior|last\s+\w+'s)\s+(?:\w+\s+)?$"),
    "ru": re.compile(
        r"(?:\b(?:недавн|прошл|прежн|ранн|предыдущ)\w*\s+(?:\w+\s+)?$)|\bо\s+ч[её]м\b"
    ),
    "ja": re.compile(r"(?:先の|先日の|以前の|前回の)$"),
}
_IRREALIS_EN = re.compile(
    r"(?:if|would|could|might|may|should|unless|once|plan\s+to|consider\w*|weigh\w*|"
    r"mull\w*|contemplat\w*|ready|willing|prepared|open|intend\w*|wants?\s+to|hopes?|"
    r"aims?\s+to|promis\w*|vow\w*|pledge\w*)\b"
)
# "allow grave visits and other exchanges to resume", "asked Russia and Japan to resume":
# an "and" inside the object of a wish, before the infinitive the wish governs, joins two
# things wished for, not two clauses
_AND_WITHIN_OBJECT = re.compile(r"and\s+(?:[\w'’-]+\s+){0,6}?to\s+$", re.IGNORECASE)
# (an item's number in a list is no break: "requested that the Government (1) continue to
# press … for the early resumption …, and (2) …")
_CLAUSE_BREAK = re.compile(
    r"[,;:—–]|\((?!\s*(?:\d{1,2}|[a-z]|i{1,3}|iv|vi{0,3})\s*\))|\band\b|\bbut\b|\bwhile\b|"
    r"\bи\b|\bно\b|\bа\b"
)
# a Japanese headline's phrases stand apart (「…オンライン協議　侵攻後初　定例化は見送り」)
_JA_PHRASE_BREAK = re.compile(r"[\s。]")
# a noun of its own marked as the object or topic right before the word (「、定例化は」), not
# one that continues the hit (「協議の再開を」)
_JA_OWN_OBJECT = re.compile(r"^[、]?[^のはをが、][^、]*[はを]$")


# "opened the airports to foreigners", «открыли аэропорт для иностранцев»: a door opened to
# someone is access granted, not a building opened
_OPEN_TO = re.compile(r"\b(?:open|opens|opened|opening|открыл\w*|открыт\w*)\b", re.IGNORECASE)
_TO_SOMEONE = re.compile(
    r"^[^,;:]{0,60}?\s(?:to|для)\s+(?:all\s+|the\s+)?(?:foreign\w*|visitor|tourist|travell?er"
    r"|holder|public|traffic|investor|citizen|national|иностран|турист|посетител|граждан"
    r"|инвестор)",
    re.IGNORECASE,
)


def inside_longer(h: Hit, names: list[Hit]) -> bool:
    """Does a longer name hold this hit (訪問 in 自由訪問, "former islanders" in "the former
    islanders' league")? Then it is part of that name."""
    return any(
        n.start <= h.start and h.end <= n.end and n.end - n.start > h.end - h.start for n in names
    )


# what joins talks to their subject: "talks on safe fishing", «консультации по рыболовству»
_TALKS_TOPIC = re.compile(
    r"^[\s,]*(?:on|about|over|regarding|concerning|for|о|об|по|насчёт|касательно)\s+(?:[\w'-]+\s+){0,3}$"
)


# talks whose subject is a move: "talks on resuming", «консультации о возобновлении»
_TALKS_ON_MOVE = re.compile(
    r"^(?:\s+[\w'-]+){0,5}?\s*\b(?:on|about|over|regarding|concerning|о|об|по\s+поводу|насчёт"
    r"|насчет)\s+(?:[\w'-]+\s+)?$"
)


def talked_over(text: str, change: Hit, talks: list[Hit]) -> bool:
    """Is the change word the subject of talks ("held talks on resuming the dialogue",
    «провели консультации о возобновлении переговоров»)? Then it is discussed, not done."""
    return any(
        t.end <= change.start and _TALKS_ON_MOVE.match(text[t.end : change.start]) for t in talks
    )


def talks_about(text: str, lang: str, matter: Hit, change: Hit, talks: list[Hit]) -> bool:
    """Does the change word move talks about the matter rather than the matter itself?
    "Talks on safe fishing resumed", "agreed to resume consultations on the fishing
    deal", «возобновить переговоры по рыболовству», 「安全操業の協議再開」,
    「安全操業 日ロが実務者協議の再開で合意」."""
    for t in talks:
        if lang == "ja":
            # the talks stand between the matter and the change word, right before it
            if matter.end <= t.start and t.end <= change.start and change.start - t.end <= 2:
                return True
        elif t.end <= matter.start and _TALKS_TOPIC.match(text[t.end : matter.start]):
            # "talks on <the matter>", with the change word anywhere in reach
            return True
        elif lang == "en" and change.end <= matter.start and 0 <= t.start - matter.end <= 2:
            # "to reopen fisheries safety consultations": the matter names the talks the
            # word of change moves
            return True
    return False


def talks_on(text: str, lang: str, matter: Hit, talks: Hit) -> bool:
    """Are these talks held on the matter: the talks word part of the matter's own name
    ("peace treaty talks", 平和条約交渉), or talks on it ("consultations on a peace
    treaty", «консультации по мирному договору»), or in Japanese the matter right before
    the talks (「平和条約の協議」, 「平和条約問題を議題とする…協議」 within a short reach)?"""
    if matter.start <= talks.start and talks.end <= matter.end:
        return True
    if on_agenda(text, lang, matter):
        return True
    if lang == "ja":
        if not matter.end <= talks.start:
            return False
        # 「平和条約交渉の継続を拒否して以降、同問題を扱う…協議」: 同問題 names the matter
        # the sentence named before it, right before the talks
        near = max(matter.end, talks.start - 20)
        return (
            talks.start - matter.end <= 20
            or _JA_SAME_MATTER.search(text, near, talks.start) is not None
        )
    if not talks.end <= matter.start:
        return False
    between = text[talks.end : matter.start]
    return bool(_TALKS_TOPIC.match(between) or _TALKS_DISCUSSING.match(between))


# the matter on the agenda: after it (「平和条約問題も議題に」, «мирный договор … в повестке»,
# "the peace treaty talks … on the agenda"), or before it («в повестке дня — мирный договор»)
_ON_AGENDA = {
    "ja": re.compile(r"\s*(?:も|が|は|を)?(?:主要な|主な)?議題"),
    "ru": re.compile(
        r"\s*(?:[\w-]+\s+){0,2}?(?:(?:был|была|было|были|стоял\w*|оказал\w*)\s+)?"
        r"(?:в|на)\s+повестк",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s+(?:was|were|is|are)\s+(?:also\s+|back\s+)?on\s+the\s+agenda\b", re.IGNORECASE
    ),
}
_AGENDA_BEFORE = {
    "ja": re.compile(r"議題(?:は|に|として)\s*$"),
    "ru": re.compile(
        r"(?:в|на)\s+повестк\w*(?:\s+дня)?(?:\s+(?:которых|которой|встречи|"
        r"консультаций|переговоров))?\s*(?:[—–-]|был\w*|стоял\w*)?(?:\s+(?:и|также|тоже))?\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\bon\s+the\s+agenda\s*(?:was|were|:)?\s*(?:the\s+)?$", re.IGNORECASE),
}

# what keeps a matter off the agenda, in the rest of its clause: 「議題にならなかった」,
# 「議題に上る見通し」, «в повестку не включалась», «может оказаться в повестке»
_OFF_AGENDA = {
    "ja": re.compile(
        r"[^。、]*?(?:なかった|ならず|せず|しない|ない|見通し|予定|方針|可能性|求め|たい|べき|外れ|外し)"
    ),
    "ru": re.compile(
        r"[^.;,]*?\b(?:не|нет|может|могут|будет|будут|должн\w*|предлага\w*|предложил\w*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"[^.;,]*?\b(?:not|never|no\s+longer|will|would|could|may|might)\b", re.IGNORECASE
    ),
}


def on_agenda(text: str, lang: str, matter: Hit) -> bool:
    """Is the matter said to be on the agenda of the talks its sentence reports (「局長級協議
    平和条約問題も議題に」, «консультации, в повестке которых был мирный договор»), not kept
    off it or only expected on it?"""
    after = _ON_AGENDA[lang].match(text, matter.end)
    if after is not None:
        return not _OFF_AGENDA[lang].match(text, after.end())
    before = _AGENDA_BEFORE[lang].search(text, max(0, matter.start - 40), matter.start)
    if before is None:
        return False
    start = text.rfind(",", 0, before.start()) + 1 if lang != "ja" else before.start()
    return not _OFF_AGENDA[lang].match(text[start : before.start()] + text[matter.end :])


_JA_SAME_MATTER = re.compile(r"同問題|この問題|同じ問題|同交渉|この交渉")


# a relative clause that tells what the talks discussed: «консультации, на которых
# обсуждалась проблематика мирного договора» (English names its matter with the talks,
# "consultations on a peace treaty")
_TALKS_DISCUSSING = re.compile(
    r"^\s*,\s*(?:на|в\s+ходе)\s+которых\s+(?:[\w-]+\s+){0,2}?(?:обсужд|затрагива|"
    r"рассматрива)\w*\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# a bill or a draft on its way, not a law: "lawmakers submitted a bill", "Duma backs bill
# to stretch tax breaks" (a first reading), «в Госдуму внесён законопроект»,
# «подготовило постановление», «проект постановления выложен для обсуждения»,
# 「条例案を提出へ」 — a proposal or a stage, not the act
@dataclass(frozen=True)
class _Drafts:
    draft: re.Pattern[str]  # the word names a draft (matched at the word)
    draft_before: re.Pattern[str] | None  # … or a word before it does («проект …»)
    drafting: re.Pattern[str]  # a verb of submitting, drafting or preparing
    done: re.Pattern[str]  # one of passing, adopting, signing, enacting
    stage: re.Pattern[str] | None  # a stage short of the act (a first reading, for comment)


_DRAFTS: dict[str, _Drafts] = {
    "en": _Drafts(
        re.compile(r"\bbills?\b|\bdraft\s+\w+"),
        re.compile(r"\bdraft\s+$"),
        re.compile(
            r"\b(?:submit(?:s|ted|ting)?|introduc(?:e|es|ed|ing)|tabl(?:e|ed|es|ing)|fil(?:e|ed|es|ing)|"
            r"put\s+forward|draft(?:ed|s|ing)|prepar(?:es|ed|ing))\b"
        ),
        re.compile(
            r"\b(?:pass(?:es|ed|ing)?|adopt\w*|approv\w*|sign\w*|enact\w*|ratif\w*|vot\w*|"
            r"into\s+force|tak(?:es|ing)\s+effect|took\s+effect|becomes?\s+law|became\s+law)\b"
        ),
        re.compile(
            r"\b(?:first|second)\s+(?:of\s+(?:two|three)\s+)?readings?\b|"
            r"\b(?:initial|preliminary)\s+(?:approval|backing|reading)\b|"
            r"\bfor\s+(?:public\s+)?(?:comment|consultation|discussion)\b"
        ),
    ),
    "ru": _Drafts(
        re.compile(r"законопроект"),
        re.compile(r"\bпроект\w*\s+$"),
        re.compile(r"\b(?:внес[её]н\w*|внесл\w*|внос\w*|внести|подготовил\w*|разработал\w*)"),
        re.compile(
            r"(?:принял|принят|одобр|подписал|утверд|ратифицир|голосова|вступ\w*\s+в\s+силу)"
        ),
        re.compile(r"\b(?:перв|втор)\w*\s+чтени|\bобщественн\w*\s+обсуждени|\bна\s+обсуждени"),
    ),
    "ja": _Drafts(
        re.compile(r"法案|(?:条例|改正|決議)案"),
        None,
        re.compile(r"提出"),
        re.compile(r"可決|成立|署名|承認|閣議決定|採決"),
        None,
    ),
}


def bill_submitted(text: str, lang: str, hit: Hit) -> bool:
    """Is this a bill or a draft only on its way: the word names a draft, or a verb of
    submitting or drafting stands in the sentence; and none of passing, adopting or signing
    does, or only a stage short of the act (a first reading, a draft out for comment)?"""
    drafts = _DRAFTS.get(lang)
    if drafts is None:
        return False
    draft = drafts.draft.match(text, hit.start) is not None or (
        drafts.draft_before is not None
        and drafts.draft_before.search(text, max(0, hit.start - 20), hit.start) is not None
    )
    # (a verb inside the word's own phrase is the act's: «внесены в реестр» enters a list)
    drafting = any(
        m.end() <= hit.start or m.start() >= hit.end for m in drafts.drafting.finditer(text)
    )
    if not (draft or drafting):
        return False
    return drafts.done.search(text) is None or (
        drafts.stage is not None and drafts.stage.search(text) is not None
    )


# a text adopted that only asks: "the rally adopted a resolution calling for the visits'
# resumption", «приняли обращение с призывом», 「交流再開を求めるアピールを採択」, a town
# assembly's 意見書 — what it asks has not happened, and its adoption is a position
_APPEALS: dict[str, re.Pattern[str]] = {
    # right after the text, or after whom it is addressed to: a text that says anything
    # else first ("a resolution describing the control of the islands as an occupation
    # and calling on Moscow …") is more than a request
    "en": re.compile(
        r"\s*,?\s*(?:(?:that|which)\s+)?(?:(?:to|addressed\s+to)\s+(?:the\s+)?[\w-]+\s+)?"
        r"(?:calling\s+(?:on|for|upon)|calls\s+(?:on|for|upon)|urging|urges|demanding|demands|"
        r"asking|requesting|appealing\s+(?:to|for))\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\s*,?\s*(?:к\s+[\w-]+\s+)?(?:с\s+(?:призывом|требованием|просьбой)\b|"
        r"призыва(?:ющ|ет|ют)\w*|призвав\b|потребовав\b|требующ\w*)",
        re.IGNORECASE,
    ),
}
# (Japanese puts the asking before the text: 「…を求める決議を可決」)
_JA_APPEAL = re.compile(
    r"(?:求める|要求する|要望する|訴える|促す|求めた)[^。、]{0,8}?"
    r"(?:アピール|決議|意見書|要望書|声明|特別決議|大会決議|宣言)(?:文)?(?:を|が)?"
    r"[^。]{0,6}?(?:採択|可決|決議)"
    r"|(?:アピール|意見書|要望書)(?:文)?(?:を|が)?(?:全会一致で|満場一致で)?(?:採択|可決)"
)
# the texts a rally, an assembly or a party adopts to be heard
_APPEAL_TEXTS = {
    "en": re.compile(
        r"\b(?:resolution|appeal|motion|statement|petition|declaration)s?\b", re.IGNORECASE
    ),
    "ru": re.compile(r"\b(?:резолюци|обращени|заявлени|постановлени|петици)\w*", re.IGNORECASE),
}


# a national or international parliament, whose resolution is an act of state however it is
# worded ("the lower house adopted a resolution demanding the islands' return"), unlike a
# rally's, a town's or a region's
_PARLIAMENTS = {
    "en": re.compile(
        r"(?<!regional\s)(?<!city\s)(?<!municipal\s)(?<!prefectural\s)(?<!local\s)(?<!town\s)"
        r"(?<!oblast\s)\b(?:diet|parliament|house\s+of\s+(?:representatives|councillors)|"
        r"lower\s+house|upper\s+house|state\s+duma|federation\s+council)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"госдум|государственн\w*\s+дум|совет\w*\s+федерации|совфед|парламент", re.IGNORECASE
    ),
    "ja": re.compile(r"国会|衆院|参院|衆議院|参議院|下院|上院|欧州議会"),
}


def appeal_adopted(text: str, lang: str, hit: Hit) -> bool:
    """Is this legislation the adoption of a text that only asks (a resolution calling
    for, an appeal urging, 「…を求める決議」), by a rally, a town or a region? The hit is
    the text or the verb adopting it, and what follows it, in its clause, asks."""
    parliament = _PARLIAMENTS.get(lang)
    if parliament is not None and parliament.search(text):
        return False
    if lang == "ja":
        return any(m.start() <= hit.start and hit.end <= m.end() for m in _JA_APPEAL.finditer(text))
    asking = _APPEALS.get(lang)
    texts = _APPEAL_TEXTS.get(lang)
    if asking is None or texts is None:
        return False
    # the text adopted is the hit, or named just after the verb ("adopted a resolution")
    head = texts.match(text, hit.start) or texts.search(text, hit.end, min(len(text), hit.end + 30))
    if head is None:
        return False
    return asking.match(text, head.end()) is not None


def talks_held(text: str, lang: str, talks: Hit, holding: list[Hit], between: list[Hit]) -> bool:
    """Are these talks said to be held: a verb of holding in their clause, before them
    ("held the first consultations", «провели … консультации», 「協議を開いた」 after them
    in Japanese) or after them ("talks … took place", «консультации прошли»); or, in
    Japanese, the talks as the last noun of a headline's clause (「4年半ぶり平和条約協議　…」)."""
    if lang == "ja":
        after = text[talks.end :]
        if not after.strip() or after[:1] in (" ", "\u3000", "、", "。"):
            return True
        return any(0 <= w.start - talks.end <= 12 for w in holding)
    for w in holding:
        a, b = (w.end, talks.start) if w.end <= talks.start else (talks.end, w.start)
        # the verb holds the nearest talks: not these when other talks or a change word
        # stand between ("hold talks on resuming peace treaty negotiations")
        if (
            b - a <= 60
            and not _CLAUSE_BREAK.search(text[a:b])
            and not any(a <= o.start and o.end <= b for o in between)
        ):
            return True
    return False


# what may stand before a participle that describes a noun: a determiner or a possessive,
# and adverbs ("its newly revived dialogue", "the long-suspended visits")
_EN_ATTRIBUTE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|these|those|whose)\s+|'s\s+)"
    r"(?:[\w-]+ly\s+|only\s+|sole\s+|first\s+|last\s+|same\s+|other\s+)*$"
    r"|\b(?:long|now|once)-$"
    # after a preposition, which no finite verb follows: "despite frozen talks", "amid
    # stalled consultations"
    r"|\b(?:despite|amid|amidst|over|with|of|about|from|into|under|without|given)\s+"
    r"(?:[\w-]+ly\s+)*$",
    re.IGNORECASE,
)
_EN_PARTICIPLE = re.compile(r"(?:ed|en)$")


def within_reach(text: str, matter: Hit, change: Hit, reach: int, ja: bool) -> bool:
    """Can the change word move this matter? Near it; in Japanese, a matter after it only
    when the word has no object of its own before it (「ポスト廃止　平和条約交渉の…」
    abolishes a post, not the talks; 「ロシアが「1回限り」容認　ビザなしで…」 allows the
    visa-free trip)."""
    if ja:
        obj = object_start(text, change.start)
        # the matter the sentence is about (「墓参について、ロシア側が今回に限り受け入れる
        # ことを認めた」): the change after it, whose object is none or a clause of こと
        if (
            (
                _JA_ABOUT.match(text, matter.end)
                # or the topic its first phrase names: 「自由訪問は…24年9月に再開され」
                or (
                    text.startswith("は", matter.end)
                    and not _JA_BREAK.search(text, 0, matter.start)
                )
            )
            and change.start >= matter.end
            and (obj is None or text[obj : change.start].endswith(("ことを", "こと")))
        ):
            return True
        # an object of its own after the matter, or between the matter and the word
        if obj is not None and (matter.end > change.start or obj >= matter.end):
            return False
    # "welcomes the move on former islanders' visits, says wider exchanges stay frozen": a
    # verb of saying after the matter opens a clause of its own, whose subject follows it
    if not ja and matter.end <= change.start and _SAYS_AFTER.search(text, matter.end, change.start):
        return False
    return matter.start - reach <= change.start <= matter.end + reach


_SAYS_AFTER = re.compile(
    r"[,;]\s*(?:and\s+|but\s+)?(?:says|said|adds|added|adding|notes|noted|noting|stresses|"
    r"stressed|stressing|warns|warned|insists|insisted)\b",
    re.IGNORECASE,
)


# ", which Moscow had allowed to resume in 2025," «, который был восстановлен в 2025 году,»:
# a relative clause set off by commas between a matter and its verb is an aside
_ASIDE = {
    "en": re.compile(r",\s*(?:which|who|whom|whose)\b[^,;.]*,", re.IGNORECASE),
    "ru": re.compile(r",\s*(?:\w+\s+)?котор\w+\b[^,;.]*,", re.IGNORECASE),
}


def aside_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The relative clauses set off by commas in a sentence."""
    pattern = _ASIDE.get(lang)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def asides_between(text: str, lang: str, a: int, b: int) -> int:
    """How many characters of relative clauses set off by commas lie between offsets a
    and b: a matter's verb is as near to it as it would be without them."""
    if b - a < 2 or lang not in _ASIDE:
        return 0
    return sum(e - s for s, e in aside_spans(text, lang) if a <= s and e <= b)


_JA_ABOUT = re.compile(r"(?:について|に関して|に関し)、?")
_JA_BREAK = re.compile(r"[、。]")


def attributive(
    text: str, lang: str, change: Hit, moves: list[Hit], matter: Hit | None = None
) -> bool:
    """Is an English participle an attribute of a noun, the state it is in, rather than a
    move? Before the noun: "the suspended talks", "its newly revived dialogue", and after a
    verb of change of its own, "shelves revived dialogue", "resume suspended visits". After
    the matter, in a clause whose verb of change comes first: "was halting the
    consultations restarted in March"."""
    if lang != "en" or not _EN_PARTICIPLE.search(text[change.start : change.end]):
        return False
    before = text[: change.start]
    if _EN_ATTRIBUTE_BEFORE.search(before):
        return True
    if any(m.end <= change.start and not before[m.end :].strip() for m in moves):
        return True
    # inside a phrase of change that takes its object in the middle: "puts resumed talks
    # on hold"
    if any(m.start < change.start and change.end < m.end for m in moves if m is not change):
        return True
    if matter is None or matter.end > change.start:
        return False
    gap = text[matter.end : change.start]
    if len(gap.split()) > 3 or _CLAUSE_BREAK.search(gap):
        return False
    return any(
        m.end <= matter.start and not _CLAUSE_BREAK.search(text[m.end : matter.start])
        for m in moves
        if m is not change
    )


# a clause that only dates the main one: "four years after Moscow walked away from the
# talks", "since Russia suspended the visits", «после того как Россия вышла из переговоров»
_SUBORDINATE = {
    "en": re.compile(r"\b(?:after|since|before|until)\b", re.IGNORECASE),
    "ru": re.compile(
        r"(?:после того,? как|с тех пор,? как|до того,? как|прежде,? чем)", re.IGNORECASE
    ),
}


@lru_cache(maxsize=1024)
def _break_ends(text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence's clause breaks are (start, end), read once per sentence."""
    return tuple((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text))


def _clause_before(text: str, hit: Hit) -> str:
    """The part of a word's clause before it: from the last clause break to the word."""
    # a break that ends before the word (as a search of the text before it would find it)
    start = max((e for s, e in _break_ends(text) if e <= hit.start), default=0)
    return text[start : hit.start]


# "revived speculation about peace treaty talks", "rekindled hopes of visits": what the word
# of change moves is the talk about the matter, not the matter
_TALK_ABOUT = {
    "en": re.compile(
        r"\b(?:speculation|hopes?|fears?|talk|debate|interest|questions?|doubts?|concerns?|"
        r"expectations?|optimism|pessimism|rumou?rs?|calls|demands?|discussion|memories|"
        r"reviews?|consideration|issue)\s+(?:about|of|over|for|on|that|regarding|whether)\b",
        re.IGNORECASE,
    ),
    # «не стала возражать против передачи на рассмотрение вопроса о продлении статуса»: what
    # is let through is the question, sent for review
    "ru": re.compile(
        r"\b(?:вопрос|рассмотрени|обсуждени|пересмотр|дискусси|спор|слух|надежд|разговор)\w*"
        r"\s+(?:[\w-]+\s+){0,6}?(?:о|об|по|насчёт|насчет)\s",
        re.IGNORECASE,
    ),
}
# 「資格の再審査を容認」: between the matter and the word of change, a review of it
_JA_REVIEW_OF = re.compile(r"の(?:再審査|審査|再検討|検討|是非|扱い|議論|見直し)")


def moves_talk_about(text: str, lang: str, change: Hit, matter: Hit) -> bool:
    """Does the word of change move the talk about the matter, or its review ("revived
    speculation about peace treaty talks", «не возражала против рассмотрения вопроса о
    продлении статуса», 「資格の再審査を容認」), which stands between the two?"""
    if lang == "ja":
        return (
            matter.end <= change.start
            and _JA_REVIEW_OF.search(text, matter.end, change.start) is not None
        )
    pattern = _TALK_ABOUT.get(lang)
    if pattern is None or change.end > matter.start:
        return False
    return pattern.search(text, change.end, matter.start) is not None


def subordinate(text: str, lang: str, change: Hit) -> bool:
    """Does the change word stand in a clause of time, which dates the main clause by an
    earlier or later event rather than reporting a move?"""
    pattern = _SUBORDINATE.get(lang)
    if pattern is None:
        return False
    return pattern.search(_clause_opening(text, lang, change)) is not None


# a clause of "since": what it tells is the baseline of the main clause, never its news
_SINCE = {
    # "since" opening a clause (a subject and its verb), not a date ("since March 2022")
    "en": re.compile(
        r"\bsince\s+(?:[a-z][\w'’-]*\s+){1,4}?(?:\w+ed|began|broke|froze|took|held|shut|"
        r"cut|left|walked|was|were|had|has|have)\b"
        # or the word is the subject the clause opens with: "since the visits stopped"
        r"|\bsince\s+(?:the|its|their|these|those|such|all)\s+(?:[\w'’-]+\s+){0,3}$"
        # a span of time after it: "four months after the two sides met" dates the main
        # clause by an act that long before it (not "the day after")
        r"|\b(?:days|weeks?|months?|years?|decades?)\s+after\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"с тех пор,? как"
        r"|\b(?:дней|дня|недел\w*|месяц\w*|года|лет)\s+(?:спустя\s+)?после\b",
        re.IGNORECASE,
    ),
}


# a halt that is itself ended or lifted ("ending a freeze that Moscow imposed in 2022",
# «отмена приостановки обменов», 「凍結を解除」) is a resumption
_UNDOING_BEFORE = {
    "en": re.compile(
        r"\b(?:end(?:s|ed|ing)?|lift(?:s|ed|ing)?|an\s+end\s+to|overturn(?:s|ed|ing)?|"
        r"revers(?:e|es|ed|ing))\s+(?:(?:a|an|the|its|their|this|that|[\w-]+['’]s)\s+)?"
        r"(?:[\w-]+\s+){0,2}?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:прекращени|отмен|сняти|окончани|конец|конца)\w*\s+(?:\w+\s+){0,1}?$",
        re.IGNORECASE,
    ),
}
_UNDOING_AFTER_JA = re.compile(r"(?:の|を)?(?:解除|撤回|終了)")


_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|fall|winter|next|later\s+this|the\s+(?:end|start|"
    r"beginning|middle)|\d)"
)
_PUT_OFF_TO_EN = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,12}?(?:to|until|till)\s+(?:(?:early|mid|late)[\s-]+)?" + _MONTHS_EN,
    re.IGNORECASE,
)
_PUT_OFF_TO_RU = re.compile(
    r"\w*\s+(?:[\w-]+\s+){0,12}?(?<!намеченн\w\w )(?<!запланированн\w\w )(?<!назначенн\w\w )"
    r"(?:на|до)\s+(?:\d|январ|феврал|март|апрел|ма[йяю]\b|июн|июл|август|сентябр|октябр"
    r"|ноябр|декабр|осен|весн|лет|зим|следующ|конец|начало|середин|другую\s+дату|более\s+поздн)",
    re.IGNORECASE,
)
_PUT_OFF_TO_JA = re.compile(
    r"(?:\d+月(?:\d+日)?|\d+日|来月|来週|来年|来春|来夏|今秋|秋|春|夏|冬|年内)(?:以降|ごろ|頃)?に$"
)


def put_off_to(text: str, lang: str, hit: Hit) -> bool:
    """Is the act put off to a named time ("postponed the visit to September", «перенесли
    поездку на сентябрь», 「9月に延期」), not with no new date? (The act's own planned
    date, «намеченную на конец августа поездку», is no new one.)"""
    if lang == "ja":
        return bool(_PUT_OFF_TO_JA.search(text, max(0, hit.start - 12), hit.start))
    pattern = _PUT_OFF_TO_EN if lang == "en" else _PUT_OFF_TO_RU
    return bool(pattern.match(text[hit.end : hit.end + 120]))


def halt_undone(text: str, lang: str, hit: Hit) -> tuple[int, int] | None:
    """The span of the word that ends or lifts this word of halting, or None when nothing
    does ("ending a freeze": the freeze is over)."""
    if lang == "ja":
        m = _UNDOING_AFTER_JA.match(text, hit.end)
        return (m.start(), m.end()) if m else None
    pattern = _UNDOING_BEFORE.get(lang)
    if pattern is None:
        return None
    m = pattern.search(text, max(0, hit.start - 60), hit.start)
    return (m.start(), m.end()) if m else None


def since_clause(text: str, lang: str, hit: Hit) -> bool:
    """Does the word stand in a clause of "since" ("no delegations have come since Russia
    halted the trips", «с тех пор, как Россия прекратила поездки») or one a span of time
    before the main clause ("four months after the two sides met", «через полгода после
    того, как стороны встретились»)?"""
    pattern = _SINCE.get(lang)
    if pattern is None:
        return False
    if pattern.search(_clause_opening(text, lang, hit)) is not None:
        return True
    # a verb joined by "and" to the clause's own goes with it ("a year after the two
    # ministers sat down in Vienna and agreed to resume"): read to the last comma
    if lang == "en" and _EN_AND_OPENS.search(text, 0, hit.start):
        segment = text[: hit.start].rsplit(",", 1)[-1]
        return pattern.search(segment) is not None
    return False


_EN_AND_OPENS = re.compile(r"\band\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


_RU_KAK = re.compile(r"\s*как\b", re.IGNORECASE)


def _clause_opening(text: str, lang: str, hit: Hit) -> str:
    """The part of a word's clause before it, with the conjunction that opens it: in
    Russian a comma splits «с тех пор, как», «после того, как», so a clause that starts
    with «как» takes the clause before the comma with it."""
    clause = _clause_before(text, hit)
    if lang == "ru" and _RU_KAK.match(clause):
        comma = hit.start - len(clause) - 1
        if comma >= 0:
            return _clause_before(text, Hit("", "", comma, comma)) + text[comma : hit.start]
    return clause


# "exchanges, which had been postponed by the pandemic", «обмены, которые были отложены»:
# a relative clause describes a thing the sentence names; a verdict in it is not the
# sentence's own verdict on a change
_RELATIVE = {
    "en": re.compile(
        r"\b(?:which|who|whom|whose)\b|\bthat\s+(?:had|has|have|was|were|is|are)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"\bкотор\w+", re.IGNORECASE),
}


@lru_cache(maxsize=1024)
def _clause_marks(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The clause breaks and relative pronouns of a sentence, read once per sentence."""
    pattern = _RELATIVE.get(lang)
    marks = _break_ends(text)
    if pattern is not None:
        marks += tuple((m.start(), m.end()) for m in pattern.finditer(text))
    return marks


def own_clause(text: str, lang: str, hit: Hit) -> tuple[int, int]:
    """The span of the clause a word stands in: from the last break or relative pronoun
    before it to the next one after it."""
    marks = _clause_marks(text, lang)
    start = max((e for s, e in marks if e <= hit.start), default=0)
    end = min((s for s, e in marks if s >= hit.end), default=len(text))
    return start, end


# "the protocol that the two countries signed in 2025": "that" after a noun opens a
# relative clause; after a verb of saying or knowing it opens what was said
_EN_THAT = re.compile(r"\b(\w+)\s+that\b", re.IGNORECASE)
# "talks frozen since 2022", "the visits suspended in 2022": a past participle right after
# a noun, with the date its phrase gives (not after a form of "be" or "have", a pronoun or
# a conjunction, where it is the verb of its own clause); a phrase of place may come
# between ("the crew seized near the Habomai islets last month"): a verb of the sentence's
# own would have its object there, not a preposition
_EN_TIME_PHRASE = (
    r"(?:since|in|on|from|until|after)\s+(?:(?:early|late|mid|the)[\s-]+)?(?:\w+\s+){0,1}"
)
_EN_PARTICIPLE_PHRASE = re.compile(
    r"\b[a-z][\w'’-]*\s+(?<!\bis\s)(\w+ed|frozen|broken|taken|begun|held|shut|cut|set|"
    r"stopped|halted)\s+(?:(?:near|off|at|around|outside)\s+(?:[\w'’-]+\s+){1,4}?"
    rf"(?:{_EN_TIME_PHRASE})?|{_EN_TIME_PHRASE})$"
)
_EN_NOT_NOUN = frozenset(
    """is are was were be been being has have had it they he she we who which that and or
    not also then""".split()  # noqa: SIM905 - a word list reads best as words
)
# what may stand before a clause's subject and is no noun that clause describes:
# "after it restored", "last week it restored", "Russia says it restored"
_EN_NOT_DESCRIBED = _EN_NOT_NOUN | frozenset(
    """after before since when while because as if once until unless where so than but
    what how why whether though although on in at by for with from to of over about
    into onto upon against during without now today yesterday week weeks month months
    year years day days monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    spring summer autumn fall winter ago earlier later finally first""".split()  # noqa: SIM905
)
_EN_SAYING = """
        said says say saying told tells announced announces stated states noted notes added
        adds reported reports confirmed confirms warned warns believe believes believed
        argued argues insisted insists claimed claims stressed stresses hope hopes hoped
        expect expects expected know knows knew think thinks thought showed shows shown
        clear sure fact so such now given ensure ensured means meant agreed agree agrees
        decided decides learned signalled signaled indicated indicates suggested suggests
        acknowledged admitted denied denies explained explains emphasised emphasized
        underlined recalled recalls
"""
_EN_THAT_COMPLEMENT = frozenset(_EN_SAYING.split())


_JA_YEAR_OF = re.compile(r"\d{4}年(?:度)?(?:から\d{1,2}年間)?の")

# "the exchanges it restored last year", "the talks Moscow froze in 2022": a clause that
# describes a noun with no relative pronoun (a contact clause): a determiner, the noun, a
# subject and its verb in the past
_EN_SUBJECTS = r"(?:it|they|he|she|we|moscow|tokyo|russia|japan|the\s+two\s+(?:sides|countries))"
_EN_PAST_VERB = (
    r"(?:\w+ed|froze|broke|took|began|held|shut|cut|set|made|gave|won|brought|struck|"
    r"signed|let|put|kept|undertook|overturned)"
)
_EN_CONTACT = re.compile(
    r"\b(?:the|its|their|his|her|a|an|this|these|those)\s+(?:[\w'’-]+\s+){0,3}?"
    r"([a-z][\w'’-]*)\s+" + _EN_SUBJECTS + r"\s+(?:(?:had|has|have)\s+)?" + _EN_PAST_VERB + r"\b",
    re.IGNORECASE,
)
# the same clause, or one opened by "which" or by "that" after a noun, ending right at a
# word: "the exchanges it had restored", "the visits, which Russia allowed",
# "the talks that had resumed"
_EN_RELATIVE_VERB = (
    re.compile(r"\b(?:which|whom)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE),
    re.compile(r"\b(\w+)\s+that\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE),
    # a headline drops the determiner: "scrapping programme it had revived"
    re.compile(
        r"\b([a-z][\w'’-]*)\s+" + _EN_SUBJECTS + r"\s+(?:(?:had|has|have)\s+)?$",
        re.IGNORECASE,
    ),
    # a time, then what happened at it: "the first visit since March 2022, when Russia
    # ended visa-free travel", "in 2022, when Moscow halted the talks"
    re.compile(
        r"(?:\b\d{4}|\b(?:year|month|week|spring|summer|autumn|fall|winter|time))\s*,?\s+"
        r"when\s+(?:[\w'’-]+\s+){0,3}$",
        re.IGNORECASE,
    ),
)


def _en_noun_before(word: str | None) -> bool:
    """Can the word before a contact clause's subject, or before "that", be the noun it
    describes (not a verb of saying, a pronoun or an auxiliary)?"""
    return word is None or (
        word.lower() not in _EN_THAT_COMPLEMENT and word.lower() not in _EN_NOT_DESCRIBED
    )


def en_relative_verb(text: str, hit: Hit) -> bool:
    """Is this English word the verb of a clause that describes a noun ("the exchanges it
    restored last year", "the visits, which Russia allowed once")? What it tells is
    presupposed of the noun, not reported."""
    if not re.fullmatch(_EN_PAST_VERB, first_word(text, hit.start, hit.end), re.IGNORECASE):
        return False  # "an act that restores the status from October": what it does now
    for pattern in _EN_RELATIVE_VERB:
        m = pattern.search(text, 0, hit.start)
        if m is not None and _en_noun_before(m.group(1) if m.groups() else None):
            return True
    return False


def _en_contact_clause(clause: str) -> bool:
    return any(_en_noun_before(m.group(1)) for m in _EN_CONTACT.finditer(clause))


_JA_CONCESSIVE = frozenset({"が", "ものの", "けれど", "けれども", "のに"})


def _ja_concessive(ws: tuple[Any, ...], k: int) -> bool:
    """Does the predicate at k end a concessive clause (「…途絶えていたが、」), past its
    auxiliaries, within a few words?"""
    for j in range(k + 1, min(len(ws), k + 6)):
        w = ws[j]
        if w.surface in _JA_CONCESSIVE and w.pos1 == "助詞":
            return j + 1 < len(ws) and ws[j + 1].surface == "、"
        if w.pos1 not in ("助動詞", "助詞", "動詞"):
            return False
    return False


# formal nouns a clause fills in ("that …"): 「継続しない旨を表明」, 「再開することを確認」
_JA_FORMAL_NOUNS = frozenset({"旨", "こと", "の", "よう"})


def _ja_complement(ws: Sequence[Any], k: int) -> bool:
    """Does the predicate at k end a clause that fills a formal noun (「継続しない旨を」),
    the content of a later predicate rather than a clause of its own?"""
    j = k + 1
    while j < len(ws) and ws[j].pos1 in ("助動詞", "動詞") and j - k < 4:
        j += 1
    return j < len(ws) and ws[j].surface in _JA_FORMAL_NOUNS and ws[j].pos1 == "名詞"


def _ja_first_predicate(ws: Sequence[Any], at: int) -> int | None:
    """The first predicate at or after offset `at` that is no complement of a formal noun
    (「継続しない旨を表明していた…」: 表明), before the sentence ends; None when there is none."""
    for k, w in enumerate(ws):
        if w.start < at:
            continue
        if w.surface == "。":
            return None
        if w.pos1 in ("動詞", "形容詞") and not _ja_complement(ws, k):
            return k
    return None


def ja_described(text: str, at: int) -> tuple[int, int] | None:
    """Where a Japanese clause that describes a noun runs, from `at` in it to the end of
    the noun phrase it describes (「3月に…開かれた日ロの協議」: to 協議); None when `at`
    stands in no such clause. A word past that span is outside what the clause dates."""
    ws = ja_words(text)
    k = _ja_first_predicate(ws, at)
    if k is None or assertion(text, "ja", ws[k].start, ws[k].end).why != "modifier":
        return None
    j = k + 1
    while j < len(ws) and (ws[j].pos1 in ("助動詞", "動詞", "接尾辞") or ws[j].surface == "て"):
        j += 1  # its auxiliaries: 「表明していた」, 「開かれた」
    end = ws[j - 1].end
    while j < len(ws) and (
        ws[j].pos1 in ("名詞", "接尾辞", "接頭詞") or (ws[j].surface == "の" and j + 1 < len(ws))
    ):
        end = ws[j].end
        j += 1
    return at, end


_JA_DATE_COMMA = re.compile(r"\d{2,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:に|には)?、")


def _ja_in_modifier(text: str, at: int) -> bool:
    """in_modifier for Japanese: the first predicate after the position that is no
    complement of a formal noun decides."""
    if _JA_YEAR_OF.match(text, at):
        return True  # 「2025年から3年間の議定書」: the year names the thing's span
    if _JA_DATE_COMMA.match(text, at):
        return False  # 「…外務省は22年3月21日、…と発表した」: a date set off dates the sentence
    ws = ja_words(text)
    k = _ja_first_predicate(ws, at)
    if k is None:
        return False
    # 「2019年を最後に途絶えていたが、…認めた」: a concessive clause dates its own act
    return _ja_concessive(ws, k) or assertion(text, "ja", ws[k].start, ws[k].end).why == "modifier"


def in_modifier(text: str, lang: str, at: int) -> bool:
    """Does the position stand in a clause that describes a noun rather than in the
    sentence's own clause ("the protocol, which was signed in 2025", "the protocol that the
    two sides signed in 2025", «протокола, который подписали в 2025 году»,
    「昨年4月に署名した議定書」)? A date there dates the thing described, not the report."""
    if lang == "ja":
        return _ja_in_modifier(text, at)
    probe = Hit("", "", at, at)
    if relative(text, lang, probe):
        return True
    if lang == "ru":
        return ru_participle_dates(text, at)
    if lang != "en":
        return False
    clause = _clause_before(text, probe)
    if any(m.group(1).lower() not in _EN_THAT_COMPLEMENT for m in _EN_THAT.finditer(clause)):
        return True
    if _en_contact_clause(clause):
        return True
    phrase = _EN_PARTICIPLE_PHRASE.search(clause)
    if phrase is None:
        return False
    words = clause[: phrase.start(1)].split()
    # the participle follows a noun, with a verb of the sentence's own before it
    return len(words) >= 3 and words[-1].lower() not in _EN_NOT_NOUN


def relative(text: str, lang: str, hit: Hit) -> bool:
    """Does this word stand in a relative clause ("which had been postponed")?"""
    pattern = _RELATIVE.get(lang)
    if pattern is None:
        return False
    clause = _clause_before(text, hit)
    return pattern.search(clause) is not None or (lang == "en" and _en_object_relative(clause))


def _en_object_relative(clause: str) -> bool:
    """Does "that" open a clause describing the noun before it, with a subject of its own
    ("ending a freeze that officials had described as impossible to lift")? Not after a
    verb of saying or knowing ("said that"), a past form ("warned that") or a word that is
    no noun ("so that", "now that")."""
    for m in _EN_THAT.finditer(clause):
        word = m.group(1).lower()
        if not (word in _EN_THAT_COMPLEMENT or word in _EN_NOT_DESCRIBED or word.endswith("ed")):
            return True
    return False


# "With visits to the islands halted and quotas shrinking, …", "amid the suspension of
# talks": an absolute or an "amid" phrase states the circumstances of its sentence; what
# it names is not what the sentence reports
_CIRCUMSTANCE = {"en": re.compile(r"^\s*(?:with|amid|amidst)\b|\bamid(?:st)?\b", re.IGNORECASE)}


def circumstantial(text: str, lang: str, hit: Hit) -> bool:
    """Does this word stand in a phrase of circumstance ("with X halted", "amid X")?"""
    pattern = _CIRCUMSTANCE.get(lang)
    if pattern is None:
        return False
    clause = _clause_before(text, hit)
    return pattern.search(clause) is not None


# "…, the governor said during a working trip to Kunashir", «заявил … во время рабочей
# поездки на Кунашир», 「国後島を訪問中の知事は…と述べた」: the trip is where the words were
# said, the circumstance of the sentence's report of them, not what it reports
_VISIT_AS_SETTING = {
    "en": re.compile(
        r"(?:\b(?:during|in\s+the\s+course\s+of|on|while\s+on)\s+"
        r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}|\bwhile\s+)$"
    ),
    "ru": re.compile(
        r"(?:\b(?:во\s+время|в\s+ходе|в\s+рамках)\s+(?:\w+\s+){0,2}|\bнаходясь\s+(?:\w+\s+){0,3})$"
    ),
}
_VISIT_AS_SETTING_JA = re.compile(r"(?:団の)?(?:中[のに、]|先[のでに]|の途中)|\S{0,2}?(?:際|折)")
_SPEECH = {
    "en": re.compile(
        r"\b(?:said|says|told|tells|stated|remarked|declared|noted|stressed|added|reiterated"
        r"|insisted|argued)\b"
    ),
    "ru": re.compile(
        r"\b(?:заявил|сказал|сообщил|отметил|подчеркнул|рассказал|пояснил|напомнил|добавил"
        r"|признал|посетовал|выразил)\w{0,2}\b"
    ),
    "ja": re.compile(r"(?:と|を)(?:述べ|語っ|語り|強調し|話し|説明し|明かし)|記者団に"),
}


def visit_as_setting(text: str, lang: str, hit: Hit) -> bool:
    """Is this visit where someone's words were said ("…, she said during a trip to the
    islands"), in a sentence that reports the words?"""
    speech = _SPEECH.get(lang)
    if speech is None:
        return False
    if lang == "ja":
        setting = _VISIT_AS_SETTING_JA.match(text, hit.end) is not None
    else:
        before = _VISIT_AS_SETTING.get(lang)
        setting = (
            before is not None
            and before.search(text[max(0, hit.start - 60) : hit.start]) is not None
        )
    return setting and speech.search(blanked(text, [(hit.start, hit.end)])) is not None


# a look at the islands from across the water: a minister "inspected the islands from a
# patrol boat", «осмотрел острова с мыса», 「納沙布岬から北方領土を視察」; where one stands
# to see them (a cape, a shore, a deck), not a place one travels from (a flight over them
# is no look from afar: the other side protests it)
_FROM_AFAR = {
    "en": re.compile(
        r"[^.;]{0,60}?\bfrom\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:cape|shore|shores|"
        r"coast|coastline|boat|ship|vessel|deck|hill|hilltop|"
        r"lookout|observatory|observation\s+(?:deck|tower|point))\b"
    ),
    "ru": re.compile(
        r"[^.;]{0,60}?\s(?:с|со)\s+(?:[\w-]+\s+){0,3}?(?:мыса|берега|побережья|борта|судна|"
        r"корабля|катера|смотровой|сопки)"
    ),
}
_FROM_AFAR_JA = re.compile(
    r"(?:岬|展望台|展望塔|洋上|船上|海上|高台|公園|対岸|沿岸|船)[^。、]{0,8}?から[^。]{0,20}$"
)


def seen_from_afar(text: str, lang: str, hit: Hit) -> bool:
    """Is this visit a look at the islands from a cape, a boat or the air, off them?"""
    if lang == "ja":
        return _FROM_AFAR_JA.search(text, max(0, hit.start - 40), hit.start) is not None
    afar = _FROM_AFAR.get(lang)
    return afar is not None and afar.match(text, hit.end) is not None


# where a visit goes: the place right after the verb or its preposition ("visited Nemuro",
# "a trip to the town of Rausu", «прибыл в Немуро»), or, in Japanese, right before its
# particle (「根室市を訪れ」)
_VISIT_PLACE_AFTER = {
    "en": re.compile(r"\s+(?:to\s+|in\s+|at\s+)?(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?"),
    "ru": re.compile(r"\s+(?:(?:в|во|на)\s+)?(?:(?:город|порт|пос[её]л)\w*\s+)?"),
}
_VISIT_PLACE_BEFORE = re.compile(
    r"(?:市|町|村|港|岬)?(?:を|へ|に)?"
    # or where the act is done, with its object between: 「納沙布岬で北方領土を視察」 views
    # the islands from the cape, and so does 「納沙布岬から歯舞群島を視察」
    r"|(?:市|町|村|港|岬)?(?:で|から)[^、。\s]{0,12}?を?"
    # or a building in it: 「根室市内の小学校を訪れ」
    r"|(?:市|町|村|港)?(?:市内|町内|村内|内)?の[^、。\s]{1,10}?(?:を|へ|に)"
)
# a call on a government's body ("visited the Foreign Ministry in Tokyo", «посетили
# посольство», 「外務省を訪れ」): a delegation's call, no trip to the islands
_VISIT_BODY_AFTER = {
    "en": re.compile(
        r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministry|embassy|consulate|parliament|diet|"
        r"prime\s+minister's\s+office|kantei|cabinet\s+office)\b"
    ),
    "ru": re.compile(
        r"\s+(?:\w+\s+){0,2}?(?:мид|министерств|посольств|консульств|госдум|парламент)"
    ),
}
_VISIT_BODY_BEFORE_JA = re.compile(
    r"(?:外務省|官邸|内閣府|大使館|総領事館|領事館|国会|省)(?:を|に|へ)$"
)


def visits_elsewhere(text: str, lang: str, visit: Hit, places: list[Hit], rules: RuleSet) -> bool:
    """Does this visit go to a place off the islands (a minister in Nemuro meeting former
    islanders, a governor in Vladivostok)? Such a place is named as the visit's
    destination, and the gazetteer says it is off the islands (`off_islands: true`); or
    the visit is a call on a government's body (a ministry, an embassy, the parliament)."""
    if lang == "ja":
        if _VISIT_BODY_BEFORE_JA.search(text, max(0, visit.start - 8), visit.start):
            return True
    else:
        body = _VISIT_BODY_AFTER.get(lang)
        if body is not None and body.match(text, visit.end):
            return True
    there = visit_destination(text, lang, visit, places)
    if there is None:
        return False
    entity = rules.entities.get(there.concept[len(ENTITY_PREFIX) :])
    return entity is not None and entity.off_islands


def visit_destination(text: str, lang: str, visit: Hit, places: list[Hit]) -> Hit | None:
    """The place named as this visit's destination ("a visit to Nemuro", 「根室を訪問」),
    if any."""
    for p in places:
        if lang == "ja":
            there = p.end <= visit.start and _VISIT_PLACE_BEFORE.fullmatch(
                text[p.end : visit.start]
            )
        else:
            after = _VISIT_PLACE_AFTER.get(lang)
            there = (
                after is not None
                and visit.end <= p.start
                and after.fullmatch(text[visit.end : p.start])
            )
        if there:
            return p
    return None


# a meeting of officials with citizens ("met a delegation of former residents", «встретился
# с бывшими жителями островов», 「元島民ら8人と懇談」): a government hearing its own people,
# no talks between the parties to the dispute
_CITIZENS = (
    r"(?:former\s+(?:residents|islanders|inhabitants)|residents|islanders|fishermen|fishers|"
    r"students|pupils|schoolchildren|veterans|families|relatives|activists|league|association)"
)
_MEETS_CITIZENS_AFTER = {
    "en": re.compile(r"[^.;:]{0,60}?\b(?:with|met)\s+(?:[\w'’-]+\s+){0,4}?" + _CITIZENS + r"\b"),
    "ru": re.compile(
        r"\s+(?:\w+\s+){0,2}?с\s+(?:\w+\s+){0,3}?(?:бывш\w*\s+)?(?:жител|островитян|рыбак|"
        r"школьник|студент|ветеран|родственник|активист|представител\w*\s+общественн)"
    ),
}
# (or "met a delegation of former residents": the object right after the verb of meeting)
_EN_MEET = re.compile(r"me(?:et|t)", re.IGNORECASE)
_MET_CITIZENS_EN = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?" + _CITIZENS + r"\b")
_MEETS_CITIZENS_BEFORE_JA = re.compile(
    r"(?:元島民|島民|住民|漁業者|漁民|生徒|学生|遺族|連盟|協会|後継者)[^、。]{0,12}?と$"
)


def meets_citizens(text: str, lang: str, hit: Hit) -> bool:
    """Is this meeting one of officials with citizens (former islanders, fishermen, a
    league), not talks between the parties?"""
    if lang == "ja":
        return _MEETS_CITIZENS_BEFORE_JA.search(text, max(0, hit.start - 20), hit.start) is not None
    after = _MEETS_CITIZENS_AFTER.get(lang)
    if after is None:
        return False
    if lang == "en" and _EN_MEET.match(text, hit.start) and _MET_CITIZENS_EN.match(text, hit.end):
        return True
    return after.match(text, hit.end) is not None


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with these spans turned into spaces (offsets kept)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def opens_access(text: str, hit: Hit) -> bool:
    """Is this trigger "open" with the one it is opened to, in the same clause?"""
    if not _OPEN_TO.fullmatch(text[hit.start : hit.end]):
        return False
    return bool(_TO_SOMEONE.match(text[hit.end :]))


# building named as work going on, what an inspection looks at ("checked the progress of
# construction of the school", «проверил ход строительства», «осмотрел строящийся
# корпус», 「建設中の校舎を視察」, 「工事の進捗状況」): no building begun or finished now
_UNDER_WAY_BEFORE = {
    "en": re.compile(r"\b(?:progress|pace|course|state)\s+(?:of|on)\s+(?:the\s+)?$|\bbeing\s+$"),
    "ru": re.compile(r"\b(?:ход\w*|темп\w*|график\w*|процесс\w*)\s+$"),
}
_UNDER_WAY_WORD = {"ru": re.compile(r"строящ|возводим")}
_UNDER_WAY_AFTER_EN = re.compile(r"\s+(?:under\s+way|in\s+progress|progress)\b")
_UNDER_WAY_AFTER_JA = re.compile(r"(?:中の|の進捗|の進み|状況|の進展)")
# a noun of the work, then its going on: «восстановление электростанции идёт по графику»
_UNDER_WAY_NOUN_RU = re.compile(r"\w+(?:ние|ство)\b", re.IGNORECASE)
_UNDER_WAY_AFTER_RU = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:ид[её]т|продолжа(?:ется|ются)|вед[её]тся)\b", re.IGNORECASE
)


def under_way(text: str, lang: str, hit: Hit) -> bool:
    """Is this building named as work going on, not as begun or finished?"""
    if lang == "ja":
        return _UNDER_WAY_AFTER_JA.match(text, hit.end) is not None
    word = _UNDER_WAY_WORD.get(lang)
    if word is not None and word.match(text, hit.start):
        return True
    before = _UNDER_WAY_BEFORE.get(lang)
    if before is not None and before.search(text[max(0, hit.start - 30) : hit.start]):
        return True
    noun = _UNDER_WAY_NOUN_RU.match(text, hit.start) if lang == "ru" else None
    if noun is not None and _UNDER_WAY_AFTER_RU.match(text, noun.end()):
        return True
    return lang == "en" and _UNDER_WAY_AFTER_EN.match(text, hit.end) is not None


# a year that names a past event rather than dating the sentence: "records of the 2018
# summit", 「2018年シンガポール会談の記録」, «записи саммита 2018 года»; not "at the 2018
# summit", 「2018年の会談で」, «на саммите 2018 года», which say when the clause happened
_EN_YEAR_BEFORE = re.compile(
    r"(?:^|\b(?P<word>[\w']+)\s+)(?:(?:the|a|an)\s+)?(?P<year>(?:19|20)\d\d)\s+(?:[\w.-]+\s+){0,2}$"
)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_EN_NAMING = frozenset({"of", "over", "about", "into", "on", "from", "'s", "under"})
_JA_YEAR_BEFORE = re.compile(
    r"(?P<year>(?:19|20)\d\d)年(?:\d{1,2}月)?の?[^\s、。「」（）にでがはをと]{0,10}$"
)
_JA_DATING_AFTER = ("で", "に", "では", "において", "以来", "後", "以降", "の際", "当時")
# (a month between is a date, not a name: «по мирному договору в марте 2022 года»)
_RU_YEAR_AFTER = re.compile(
    r"^\w*(?:\s+(?!(?:в|во|на|к)\b)[\w-]+){0,2}?\s+(?P<year>(?:19|20)\d\d)\s+года\b"
)
_RU_DATING_BEFORE = re.compile(r"\b(?:на|в|во|после|до|с|со|перед|к|по итогам|во время)\s+$")


@lru_cache(maxsize=256)
def _has_year(text: str) -> bool:
    return _ANY_YEAR.search(text) is not None


def named_by_year(text: str, hit: Hit, lang: str) -> tuple[int, int] | None:
    """The span of a year that names this trigger's event as a thing of the past."""
    if not _has_year(text):  # most sentences name no year: nothing to look for
        return None
    before, after = text[: hit.start], text[hit.end :]
    if lang == "en":
        m = _EN_YEAR_BEFORE.search(before)
        if m and (m.group("word") is None or m.group("word") in _EN_NAMING):
            return m.span("year")
    elif lang == "ja":
        m = _JA_YEAR_BEFORE.search(before)
        if m and not after.startswith(_JA_DATING_AFTER):
            return m.span("year")
    elif lang == "ru":
        m = _RU_YEAR_AFTER.match(after)
        if m and not _RU_DATING_BEFORE.search(before):
            return hit.end + m.start("year"), hit.end + m.end("year")
    return None


# the words of a condition, among cue.modal's terms: wherever they stand, a move is only
# promised ("would resume … if", «вернётся к диалогу, если», 「解除されれば再開」)
CONDITIONS = frozenset(
    {
        "if",
        "unless",
        "ない限り",
        "てからでないと",
        "後でなければ",
        "as long as",
        "so long as",
        "provided that",
        "on condition that",
        "=если",
        "=при условии",
        "в случае",
        "場合",
        "れば",
        "なら",
    }
)


# what a report, a claim or a rumour says, where the report is denied: "denied a newspaper
# report that Russia had agreed …", «опровергли сообщения газеты о том, что Москва …»,
# 「…に合意したとの一部報道を否定した」 — the denied report's content did not happen
_DENIED_REPORT_BEFORE = {
    "en": re.compile(
        r"(?:\b(?:den(?:y|ies|ied|ying)|refut\w*|dismiss\w*|reject\w*)\b"
        # a report nobody could confirm is no more than a report
        r"|\b(?:unable|could\s+not|cannot|can't|couldn't|did\s+not|has\s+not|have\s+not|"
        r"had\s+not|not\s+been\s+able)\s+(?:to\s+)?(?:confirm|verify)\b|\bno\s+confirmation\s+of\b"
        r"|\bunconfirmed\b)[^.;:]{0,60}?"
        r"\b(?:reports?|claims?|rumou?rs?|speculation|suggestions?|allegations?)\s+(?:that|of)\b"
    ),
    "ru": re.compile(
        r"(?:опроверг|отверг|назвал\w* (?:\w+ )?(?:ложн|фейк|домысл|вымысл|выдумк|спекуляци|"
        r"дезинформаци|слух)|не (?:смогл?\w* |могут |может )?подтверд"
        r"|неподтвержд)\w*[^.;:]{0,60}?"
        r"(?:сообщени|информаци|слух|публикаци|утверждени|данны|заявлени)\w*"
    ),
}
_DENIED_REPORT_AFTER_JA = re.compile(
    r"[^。]{0,80}?(?:との|という|といった)(?:一部の?)?(?:報道|見方|情報|臆測|憶測|観測|指摘)"
    r"(?:を|について|に対し(?:て)?|は)?[^。]{0,20}?(?:否定|否認|確認(?:し|でき)(?:て)?いない|確認できない|確認されていない)"
    # or what was said, owned as an error: 「…に配備されたとしたのは誤りでした」
    r"|[^。]{0,40}?と(?:し|報じ|伝え|発表し|説明し|書い)た(?:の|こと|部分)は(?:誤り|間違い|事実ではな)"
)


# ... or a report the sentence opens with, and whose predicate, after it, denies it:
# "Reports in the Japanese media that Moscow and Tokyo had agreed …, do not correspond to
# reality, Peskov said", «Сообщения о том, что …, не соответствуют действительности»
_REPORT_OPENS = {
    # (past a dateline: "MOSCOW, January 15. /Obzor/. Reports …")
    "en": re.compile(
        r"(?:^|[./—–-]\s+)(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|rumou?rs?|speculation|"
        r"suggestions?|allegations?|publications?)\b[^.;:]{0,80}?\b(?:that|of|about)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:^|[./—–-]\s+)(?:[\w-]+\s+){0,3}?(?:сообщени|информаци|слух|публикаци|утверждени)"
        r"\w*[^.;:]{0,80}?\b(?:о том|о|об)\b",
        re.IGNORECASE,
    ),
}
_DENIED_AFTER = {
    "en": re.compile(
        r"\b(?:do|does|did)\s+not\s+correspond\s+to\s+(?:reality|the\s+facts)"
        r"|\b(?:are|were|is|was)\s+(?:not\s+true|untrue|false|groundless|baseless|unfounded|"
        r"fiction|pure\s+speculation|speculation|inaccurate|incorrect|fake)\b"
        r"|\b(?:have|has)\s+no\s+(?:basis|foundation)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"не\s+соответству\w*\s+(?:действительности|истине)"
        r"|являются\s+(?:\w+\s+)?(?:домысл|вымысл|фейк|ложь|спекуляци|выдумк)\w*"
        r"|не\s+имеют\s+(?:под\s+собой\s+)?(?:никаких\s+)?(?:основани|отношения\s+к\s+действительности)",
        re.IGNORECASE,
    ),
}


def in_denied_report(text: str, lang: str, hit: Hit) -> bool:
    """Does this word stand in what a denied report says?"""
    if lang == "ja":
        return _DENIED_REPORT_AFTER_JA.match(text, hit.end) is not None
    pattern = _DENIED_REPORT_BEFORE.get(lang)
    if pattern is None:
        return False
    if pattern.search(text, max(0, hit.start - 200), hit.start) is not None:
        return True
    opens, denied = _REPORT_OPENS[lang], _DENIED_AFTER[lang]
    if denied.search(text, hit.end) is None:
        return False
    # the report told before the word, or named after it in a clause of its own
    # («Возобновление поездок, о котором писали японские СМИ, … не соответствует
    # действительности»)
    return (
        opens.search(text[: hit.start]) is not None
        or _REPORT_NAMED_AFTER[lang].search(text, hit.end) is not None
    )


_REPORT_NAMED_AFTER = {
    "en": re.compile(
        r"\b(?:reported|written|claimed)\s+(?:by|in)\s+(?:\w+\s+){0,2}?(?:media|press|"
        r"newspapers?|dail(?:y|ies)|outlets?)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:писал\w*|сообщал\w*|сообщил\w*|утверждал\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:сми|газет\w*|издани\w*|медиа|журналист\w*)",
        re.IGNORECASE,
    ),
}


# "on May 28, 2024, that …": the commas of a date are no clause's end
_DATE_COMMAS = re.compile(
    r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})(,)(\s+(?:19|20)\d\d)(,?)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _without_date_commas(text: str) -> str:
    return _DATE_COMMAS.sub(
        lambda m: m.group(1) + " " + m.group(3) + (" " if m.group(4) else ""), text
    )


def governs_clause(cues: list[Hit], targets: list[Hit], text: str) -> bool:
    """Does a cue stand before a target in the same clause (no comma, "and", "but" between)?
    "and to" joins another infinitive to the same wish ("asked Tokyo to press Moscow … and to
    restore the exchanges"), "and" within the wish's object before its infinitive ("allow
    visits and other exchanges to resume") two things wished for, and ", including" a part
    of it: no break. The commas of a date
    ("on May 28, 2024, that") are none."""
    if "," in text:
        text = _without_date_commas(text)
    return any(
        m.end <= t.start
        and not any(
            not (
                _AND_TO.match(text, b.start())
                or _AND_WITHIN_OBJECT.fullmatch(text, b.start(), t.start)
            )
            for b in _CLAUSE_BREAK.finditer(text, m.end, t.start)
        )
        for t in targets
        for m in cues
    )


# what stands after these answers a negation before them: "not X but Y", "not X, rather Y"
_EN_CONTRAST = re.compile(r"\b(?:but|rather|instead)\b", re.IGNORECASE)


# (an adverb or a quotation mark may come between: was "categorically impossible")
_EN_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|remains|remained)\s+(?:[\"'“”‘’«]?\s*\w+ly\s+)?[\"'“”‘’«]?\s*$",
    re.IGNORECASE,
)


def denies_subject(cues: list[Hit], targets: list[Hit], text: str) -> bool:
    """Is a target the subject a verdict is said of, later in the same clause ("a visit by
    the president … was not on his schedule", "a return to talks is out of the question")?
    The verdict follows a form of "be"; no comma, "and" or "but" between."""
    if "," in text:
        text = _without_date_commas(text)
    return any(
        t.end <= m.start
        and _EN_COPULA_BEFORE.search(text, 0, m.start) is not None
        and _CLAUSE_BREAK.search(text, t.end, m.start) is None
        for t in targets
        for m in cues
    )


def _ja_describing(text: str, lang: str, h: Hit) -> bool:
    """Does a Japanese verdict stand in a clause that describes or dates another
    (「平和条約交渉の継続を拒否して以降、…協議が開かれるのは初めて」: the refusal dates the
    talks; it does not deny them)?"""
    return lang == "ja" and assertion(text, lang, h.start, h.end).why == "modifier"


@dataclass
class ClauseVerdicts:
    """How one sentence's clauses present its hits: with morphology (`assertion`, Russian
    and Japanese) or with word windows (English); each hit's verdict read once."""

    r: SentenceReading
    text_norm: str
    lang: str
    neg: list[Hit]
    denying: list[Hit]
    postponing: list[Hit]  # deny a resumption and talks held, not a halt
    modal_hits: list[Hit]
    restate_hits: list[Hit]
    yearly_hits: list[Hit]
    again_hits: list[Hit]
    verdicts: dict[Hit, Verdict] = field(default_factory=dict)

    @classmethod
    def of(
        cls, r: SentenceReading, text_norm: str, lang: str, exception: list[tuple[int, int]]
    ) -> ClauseVerdicts:
        """The sentence's cues of negation, wish and repetition, gathered once; a negation
        inside an exception («в порядке исключения») is no «исключено» (ruled out), and a
        verdict inside a relative clause is about what that clause describes."""
        return cls(
            r,
            text_norm,
            lang,
            neg=outside_spans(r.of("cue.negation"), exception),
            # (a refusal that is a word of change's own, 「継続を拒否」, is the act)
            denying=[
                h
                for h in outside_spans(r.of("cue.negation_predicate"), exception)
                if not relative(text_norm, lang, h)
                and not _ja_describing(text_norm, lang, h)
                and not inside_longer(h, r.of("change."))
            ],
            postponing=[h for h in r.of("cue.postponed") if not relative(text_norm, lang, h)],
            modal_hits=r.of("cue.modal"),
            restate_hits=r.of("cue.restate"),
            yearly_hits=r.of("cue.yearly"),
            again_hits=r.of("cue.again"),
        )

    def verdict(self, h: Hit) -> Verdict:
        """How the clause presents the trigger, read with morphology (Russian, Japanese)."""
        v = self.verdicts.get(h)
        if v is None:
            v = assertion(self.text_norm, self.lang, h.start, h.end)
            if (
                v.asserted
                and self.lang == "ja"
                and h.concept.startswith("event.")
                and ja_future_time(self.text_norm, h.start)
            ):
                v = Verdict(False, "future")  # 「来月根室へ　…視察」: an event planned
            if (
                v.asserted
                and h.concept == "event.legislation"
                and appeal_adopted(self.text_norm, self.lang, h)
            ):
                v = Verdict(False, "requested")  # a resolution calling for: what it asks
            self.verdicts[h] = v
        return v

    def asserted(self, h: Hit) -> bool:
        """Does the clause assert this hit?"""
        return self.verdict(h).asserted

    def negated_at(self, hits: list[Hit]) -> bool:
        """Does a negation govern any of these hits?"""
        if self.lang in MORPHOLOGY_LANGS:  # what «не», ない, ず govern, not what stands near
            return any(self.verdict(h).why == "negated" for h in hits)
        # "no decision on approaching Moscow over treaty talks": a negation governs the
        # rest of its clause, as a wish does; what a court rules is its ruling's content
        # ("the court rules the islands cannot be handed over"): a negation after the
        # ruling is in what it says, not on the ruling
        ruled = [h for h in hits if h.concept == "event.ruling"]
        return any(
            near_any(negs, [h], 45, 0 if h in ruled else 30)
            or governs_clause(negs, [h], self.text_norm)
            for h in hits
            if (negs := self._en_negations_of(h))
        )

    def _en_negations_of(self, h: Hit) -> list[Hit]:
        """The negations that may govern an English hit: not one the hit answers as its
        contrast ("was not cancelled but postponed", "not a halt, rather a pause": what
        stands after "but" or "rather" is asserted)."""
        text = self.text_norm
        return [
            n
            for n in self.neg
            if not (n.end <= h.start and _EN_CONTRAST.search(text, n.end, h.start))
        ]

    def modal_at(self, hits: list[Hit]) -> bool:
        """Does a wish, a plan or a condition govern any of these hits?"""
        if self.lang in MORPHOLOGY_LANGS:
            return any(self.verdict(h).why in MODAL_WHYS for h in hits)
        # "urged Moscow to allow former residents … to resume visits": a wish governs the
        # rest of its clause, however long; a comma or "and" ends its reach. The word it
        # governs keeps why, as the morphology of the other languages gives it: a word
        # asked for or set as a goal is requested ("a note asking it to allow visits")
        governed = False
        for h in hits:
            why = self._en_modal_why(h)
            if why:
                governed = True
                if self.verdicts.get(h, ASSERTED).asserted:
                    self.verdicts[h] = Verdict(False, why)
        return governed

    def _en_modal_why(self, h: Hit) -> str:
        """Why an English hit is only meant: "requested" under a request or set as a goal,
        "prospect" under another wish, plan or condition; "" when none governs it."""
        text = self.text_norm
        if _EN_GOAL_AFTER.match(text, h.end, h.end + 140):
            return "requested"
        cues = [
            m
            for m in self.modal_hits
            if near_any([m], [h], 60, 0) or governs_clause([m], [h], text)
        ]
        if not cues:
            return ""
        if any(_EN_ASKING.search(text, m.start, m.end) for m in cues):
            return "requested"
        return "prospect"

    def restated_at(self, hits: list[Hit]) -> bool:
        """Is any of these hits a position repeated?"""
        # drills held "again" are new drills; a protest or talks "again" repeat a position
        said = [h for h in hits if h.concept[len("event.") :] not in RECURRING]
        before, after = (6, 15) if self.lang == "ja" else (40, 15)
        # a yearly round called off or halted breaks the routine: it repeats nothing
        kept = [h for h in hits if h.concept not in BREAKS and not h.concept.startswith("change.")]
        return (
            near_any(self.restate_hits, hits, before, after)
            or near_any(self.yearly_hits, kept, before, after)
            or near_any(self.again_hits, said, before, after)
        )

    def plain(self, h: Hit) -> bool:
        """Is this hit reported as done: not negated, not wished, not restated, not put off,
        asserted?"""
        if h.concept in VEHICLES:
            return self._sent(h)
        if self._denied_occurrence(h):
            self.verdicts[h] = Verdict(False, "negated")
            return False
        if _OF_A_KIND[self.lang].search(self.text_norm, max(0, h.start - 40), h.start):
            self.verdicts[h] = Verdict(False, "topic")
            return False
        return not (
            self.negated_at([h])
            or self.modal_at([h])
            or self.restated_at([h])
            or self.postponed_at(h)
        ) and (self.asserted(h))

    def _denied_occurrence(self, h: Hit) -> bool:
        """Is the act the object of a verb that denies it happened («опровергли задержание
        японской шхуны», "denied detaining the boat", 「拿捕を否定」)? (Not a rejection:
        "Tokyo rejected the deployment" protests a deployment that happened.)"""
        text = self.text_norm
        if self.lang == "ja":
            return _JA_DENIED_AFTER.match(text, h.end) is not None
        pattern = _DENIED_BEFORE.get(self.lang)
        return (
            pattern is not None and pattern.search(text, max(0, h.start - 60), h.start) is not None
        )

    def _sent(self, h: Hit) -> bool:
        """Is this letter or note told as sent: asserted but for the request it carries,
        not negated or put off, and (in English) under no irrealis of its own? A letter or a
        note found not sent for a reason of its own keeps that reason as its verdict."""
        v = self.verdict(h)
        # (a letter that asks, «письмо с просьбой», is a petition's: a request carried is
        # sent only by a government's own instrument, a note)
        note = _NOTE.search(self.text_norm, h.start, h.end) is not None
        if not (v.asserted or (v.why == "requested" and note)):
            return False
        if self.negated_at([h]) or self.postponed_at(h):
            return False
        if any(h.start <= n.start < h.end for n in self.neg):  # "received no note"
            self.verdicts[h] = Verdict(False, "negated")
            return False
        why = self._unsent(h, v, note)
        if why:
            self.verdicts[h] = Verdict(False, why)
            return False
        if self.lang in MORPHOLOGY_LANGS:
            return True
        irrealis = [
            m for m in self.modal_hits if _IRREALIS_EN.match(self.text_norm, m.start, m.end + 1)
        ]
        return not (near_any(irrealis, [h], 60, 0) or governs_clause(irrealis, [h], self.text_norm))

    def _unsent(self, h: Hit, v: Verdict, note: bool) -> str:
        """Why a letter or a note the clause asserts is no letter sent now: what media say a
        note asked («СМИ сообщают, что посольство направило ноту с просьбой …»), an earlier
        one («о чём Токио просил в недавней ноте»), a petition («письмо с просьбой»)."""
        text = self.text_norm
        if v.why == "requested" and report_says(text, self.lang, h.start, h.end):
            return "reported"
        if _EARLIER_VEHICLE[self.lang].search(_clause_before(text, h)):
            return "modifier"
        if not note and _PETITION[self.lang].search(text[max(0, h.start - 12) : h.end + 60]):
            return "requested"
        return ""

    def in_denied_report(self, hits: list[Hit]) -> bool:
        """Does any of these hits stand in what a denied report says ("denied a report that
        Russia had agreed …")?"""
        return any(in_denied_report(self.text_norm, self.lang, h) for h in hits)

    def postponed_at(self, h: Hit) -> bool:
        """Is this hit put off in its own clause ("postponed the visit", "the talks were
        postponed", «визит отложен», 「訪問を延期」)? In Japanese, not when the word puts
        off an object of its own after the hit (「オンライン協議　定例化は見送り」: what is
        put off is making the talks regular), nor past a headline's space."""
        text = self.text_norm
        for p in self.postponing:
            if p.start < h.end and h.start < p.end:
                continue  # the hit's own words ("postponed indefinitely": a halt)
            between = text[min(p.end, h.end) : max(p.start, h.start)]
            if self.lang == "ja":
                if _JA_PHRASE_BREAK.search(between) or (
                    h.end <= p.start and _JA_OWN_OBJECT.match(between)
                ):
                    continue
            elif _CLAUSE_BREAK.search(between):
                continue
            return True
        return False
