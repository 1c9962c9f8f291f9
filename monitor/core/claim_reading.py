"""The claim reader: one sentence of the headline or the lead read for what it reports —
an event, a change of a tracked status, or only a position or background — with
negation, modality and time taken into account.

Core module: plain data in, plain data out — no I/O, no clock, no asyncio. It reads one
sentence; which sentences are read, and what a reading means for an alert, is decided
elsewhere (`reading`, `novelty`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from operator import attrgetter

from monitor.core.assertion_ja import object_start
from monitor.core.assertion_ru import acts_itself, ru_described, ru_modifier_before
from monitor.core.clauses import (
    CONDITIONS,
    ClauseVerdicts,
    aside_spans,
    asides_between,
    attributive,
    bill_submitted,
    blanked,
    circumstantial,
    denies_subject,
    en_relative_verb,
    governs_clause,
    halt_undone,
    in_modifier,
    inside_longer,
    ja_described,
    meets_citizens,
    moves_talk_about,
    named_by_year,
    opens_access,
    own_clause,
    put_off_to,
    seen_from_afar,
    since_clause,
    subordinate,
    talked_over,
    talks_about,
    talks_held,
    talks_on,
    under_way,
    visit_as_setting,
    visit_destination,
    visits_elsewhere,
    within_reach,
)
from monitor.core.knowledge import MOVE_WAY
from monitor.core.rules import ENTITY_PREFIX, Hit, RuleSet
from monitor.core.sentence_reading import (
    ClaimReading,
    SentenceReading,
    outside_spans,
    quoted_spans,
)
from monitor.core.text import is_question, normalize, sentence_start

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
# a year that names a document ("the 1999 agreement", «соглашения 1999 года», 1999年の合意)
_FOUR_DIGITS = re.compile(r"\d{4}")
# Japanese news writes a year of this century by its last two digits: 「25年12月に再開した」
_JA_SHORT_YEAR = re.compile(r"(?<![\d年])(\d{2})年(?=\d{1,2}月|度|に|の|、|から|以来)")


def _years(text: str, lang: str) -> list[int]:
    """The years a sentence names, as numbers."""
    years = [int(m.group(1)) for m in _YEAR.finditer(text)]
    if lang == "ja":
        years += [2000 + int(m.group(1)) for m in _JA_SHORT_YEAR.finditer(text)]
    return years


_DOCUMENT_YEAR = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\s+(?:(?!(?:the|a|an|its|their|this|that|and|or)\b)[a-z][\w'’-]*\s+)"
    r"{0,2}?(?:agreement|accord|declaration|treaty|deal|arrangement|"
    r"protocol|memorandum|pact|law|decree|statement)"
    # (not a date that follows the noun: «переговоры по мирному договору в марте 2022 года»)
    r"|(?:соглашени|договор|декларац|протокол|меморандум|пакт|закон|указ|заявлени)\w*"
    r"(?:\s+(?!(?:в|во|на|до|после|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|"
    r"сентябр|октябр|ноябр|декабр)\w*\b)\w+){0,2}\s+(?:1[89]\d\d|20\d\d)\s+год"
    r"|(?:1[89]\d\d|20\d\d)年の?(?:日ロ間?の|日ソ)?(?:合意|協定|宣言|条約|取り決め|取決め|覚書|共同声明)"
    # the year after the document, in brackets: 「取り決め（1986年）」, "the agreement (1986)"
    r"|(?:合意|協定|宣言|条約|取り決め|取決め|覚書)[（(]\s*(?:1[89]\d\d|20\d\d)年?\s*[）)]"
    r"|(?:agreement|declaration|arrangement|соглашени\w*)\s*\(\s*(?:1[89]\d\d|20\d\d)\s*\)"
    # a work's year after its quoted title: 「ジョバンニの島」（2014年）, «Остров Джованни» (2014)
    r"|[」』»\"”]\s*[（(]\s*(?:1[89]\d\d|20\d\d)年?\s*[）)]"
)


_MONTHS_EN = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
_MONTHS_RU = [
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
    "ноябр", "декабр",
]  # fmt: skip
_MONTH = {
    "en": re.compile(
        r"\b(?:in|on|early|late|mid)[\s-]+(" + "|".join(_MONTHS_EN) + r")\b"
        r"|\b(" + "|".join(_MONTHS_EN) + r")\s+\d{1,2}\b"
    ),
    "ru": re.compile(
        r"\b(?:в|во)\s+(" + "|".join(_MONTHS_RU) + r")(?:е|ю)\b"
        r"|\b\d{1,2}\s+(" + "|".join(_MONTHS_RU) + r")(?:я|а)\b"
    ),
    # not a start or a deadline (「1月から」, 「3月までに」): those look ahead
    "ja": re.compile(r"(?<![\d来翌])(1[0-2]|[1-9])月(?![\d日]*(?:ぶり|から|以降|まで))"),
}
_WITH_YEAR = re.compile(r"[\s,]*(?:(?:1[89]|20)\d\d|\d{1,2}[\s,]+(?:1[89]|20)\d\d)|年")
_JA_TOPIC_COMMA = re.compile(r"(?:[0-9]{1,2}日)?(?:上旬|中旬|下旬|末)?(?:には|は|にも)?、")
# a sentence that says "next" speaks of a month to come
_NEXT = re.compile(r"\bnext\b|следующ|будущ|来年|翌年")


# a day of its own in a clause ("on Tuesday it called off the round"): a month that opens
# the sentence does not date it
_OWN_DAY = re.compile(
    r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|"
    r"this\s+week|сегодня|вчера|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
    r"воскресенье)|на\s+этой\s+неделе)\b"
)
# a quotation that a formal notice gives word for word: 「…」と通告, 「…」と通知
_JA_NOTIFIED = re.compile(r"と(?:正式に)?(?:通告|通知|伝達)")


def months_named(text_norm: str, lang: str) -> list[int]:
    """The months a sentence names as times ("in September", «в июне», 「9月」), 1–12."""
    pattern = _MONTH.get(lang)
    if pattern is None:
        return []
    return [_month_number(m, lang) for m in pattern.finditer(text_norm)]


def _month_number(m: re.Match[str], lang: str) -> int:
    """The month, 1–12, a match of `_MONTH` names."""
    name = next(g for g in m.groups() if g)
    if lang == "ja":
        return int(name)
    return (_MONTHS_EN if lang == "en" else _MONTHS_RU).index(name) + 1


def dated_before(text: str, lang: str, hit: Hit, when: dt.date) -> bool:
    """Does the trigger's own clause date it by a month two or more before the report's
    own, in its year ("consultations that the two sides agreed in June would restart", in
    September), or by last month three weeks after it ended? An act of then is background
    now; last month's may still be news reported late, and a later month is one to come. A
    Russian month after a participle dates that participle's act («приостановленного в
    феврале»), not the trigger's."""
    pattern = _MONTH.get(lang)
    a, b = own_clause(text, lang, hit)
    clause = text[a:b]
    if pattern is None or _NEXT.search(clause):
        return False
    found = [(a, m) for m in pattern.finditer(clause)]
    if lang != "ja" and not found and not _OWN_DAY.search(clause):
        # a month that opens the sentence dates each of its clauses ("In March the ministry
        # suspended them and called off a round planned for April")
        s = sentence_start(text, a)
        opening = pattern.match(text[s:a])
        if opening is not None and opening.start() == 0:
            found.append((s, opening))
    for base, m in found:
        if lang == "ru" and ru_modifier_before(text, base + m.start()):
            continue
        # 「3月に…表明していた交渉を再開することで一致した」: the month dates the clause that
        # describes the noun, not the trigger outside it (「3月に…開かれた協議」: inside it)
        # (not a month set off by a topic's comma, 「7月には、」: it dates the sentence)
        span = (
            ja_described(text, a + m.start())
            if lang == "ja" and not _JA_TOPIC_COMMA.match(text, a + m.end())
            else None
        )
        if span is not None and not span[0] <= hit.start < span[1]:
            continue
        if _WITH_YEAR.match(text, base + m.end()):
            continue  # "in March 2022": the year dates it (and "since" makes it a baseline)
        month = _month_number(m, lang)
        # (last month's act reported late may be news, not three weeks after the month
        # ended: 「ロシア側は6月、…認めた」 in a report of July 24)
        if when.month - month >= 2 or (when.month - month == 1 and when.day > _LATE_DAYS):
            return True
    return False


_LATE_DAYS = 21


_JA_SENTENCE_TIME = re.compile(
    r"(?:の(?:春|夏|秋|冬|[0-9０-９]{1,2}月|年末|年初|年始|暮れ))?(?:には|は|も|にも)、"
)
_JA_TIME_AFTER_NO = re.compile(
    r"の(?:春|夏|秋|冬|[0-9０-９]{1,2}月|年末|年初|年始|暮れ|今頃|同じ時期)"
)
# a time word with の on the noun that is the sentence's topic: 「昨年のオンライン墓参は、」
_JA_DATED_TOPIC = re.compile(r"の[^、。はがをにで「」]{1,20}?は(?:、|[^じ])")


def _setting(
    r: SentenceReading,
    rules: RuleSet,
    text_norm: str,
    names: list[Hit],
    named_years: dict[Hit, tuple[int, int] | None],
    lang: str,
    when: dt.date,
) -> tuple[bool, bool, frozenset[str], bool, set[str]]:
    """When and about what a sentence speaks: whether it dates itself in the past, whether
    it measures against a break ("the first … since"), the named things, and whether they
    anchor it to the dispute."""
    # a year inside a name ("the 1956 Declaration", "the 1998 agreement") dates the thing
    # named, not the sentence
    # (the document's year first: its words may be names, "the 1984 Soviet-Japanese pact")
    unnamed = text_norm
    if _FOUR_DIGITS.search(unnamed):  # most sentences name no year at all
        unnamed = _DOCUMENT_YEAR.sub(lambda m: " " * len(m.group(0)), unnamed)
    unnamed = blanked(unnamed, ((n.start, n.end) for n in names))
    spans = [v for v in named_years.values() if v is not None] if len(named_years) > 1 else []
    # and a name with its year (「2018年シンガポール会談」) is that same past thing
    spans += [v for n in names if (v := named_by_year(text_norm, n, lang)) is not None]
    unnamed = blanked(unnamed, spans)
    # a year or an "earlier" in a clause that describes a noun ("the protocol signed in
    # 2025", 「昨年署名した議定書」) dates that thing, not what the sentence reports, when
    # the sentence reports an act outside it; where its only act is in that clause ("who
    # was 11 when troops landed in 1945"), that is what the sentence tells of
    dated = [(int(m.group(1)), m.start()) for m in _YEAR.finditer(unnamed)]
    if lang == "ja":  # 「22年3月21日、…停止」: a year of this century by its last two digits
        dated += [(2000 + int(m.group(1)), m.start()) for m in _JA_SHORT_YEAR.finditer(unnamed)]
    earlier = r.of("cue.past")
    if dated or earlier:  # (the clause reader is asked only when a date is there)
        described = any(
            not in_modifier(text_norm, lang, h.start) for h in r.of("event.") + r.of("change.")
        )
        if described:
            dated = [(y, at) for y, at in dated if not in_modifier(text_norm, lang, at)]
            # (a Japanese time marked as the sentence's topic dates all of it: 「去年の夏には、」;
            # a bare 「先月、」 may date only the clause it opens)
            earlier = [
                h
                for h in earlier
                if not in_modifier(text_norm, lang, h.start)
                or (
                    lang == "ja"
                    and (
                        _JA_SENTENCE_TIME.match(text_norm, h.end) is not None
                        or _JA_DATED_TOPIC.match(text_norm, h.end) is not None
                    )
                )
            ]
    if lang == "ja":
        # 「昨夏の再開から半年余り」: a time word with の dates the noun it describes
        # (but 「去年の夏には」, 「昨年の3月に」: a time word with の and a season or a month
        # is a time still, dating the sentence; and so is one that dates the sentence's
        # topic, 「昨年のオンライン墓参は、…同意し、…行われた」: what it tells is of that time)
        earlier = [
            h
            for h in earlier
            if not text_norm.startswith("の", h.end)
            or _JA_TIME_AFTER_NO.match(text_norm, h.end)
            or _JA_DATED_TOPIC.match(text_norm, h.end)
        ]
    years = [y for y, _ in dated]
    first_since = bool(r.of("cue.first_since"))
    # "the first talks since Russia walked out in 2022": the year is the baseline
    past = bool(earlier) or (not first_since and any(y < when.year for y in years))
    concepts = r.concepts()
    named = {c[1:] for c in concepts if c.startswith(ENTITY_PREFIX)}
    entities = frozenset(e for e in named if e in rules.entities and not rules.entities[e].generic)
    # the side each named person, body or capital acts for ("Ishiba" for Japan)
    named |= {side for e in named if e in rules.entities and (side := rules.entities[e].side)}
    # the islands, the treaty, or the fisheries arrangements between the two countries
    anchored = (
        bool(concepts & {"islands", "peace_treaty"})
        or ("fisheries" in concepts and {"japan", "russia"} <= concepts)
        or any(rules.entities[c].anchor for c in entities)
    )
    if anchored and _COMPARING[lang].search(text_norm):
        # named only as what another thing is compared with ("the same formula Tokyo
        # applies to the Russian-held Northern Territories"): another dispute's sentence
        anchored = not all(compared(text_norm, lang, h) for h in anchor_hits(r.hits, rules))
    return past, first_since, entities, anchored, named


def anchor_hits(hits: Iterable[Hit], rules: RuleSet) -> list[Hit]:
    """The hits that make a sentence about the dispute: the islands, the treaty, or a
    specific named thing that anchors (a place on the islands, the dispute's documents)."""
    return [
        h
        for h in hits
        if h.concept in ("islands", "peace_treaty")
        or (
            h.concept.startswith(ENTITY_PREFIX)
            and (e := rules.entities.get(h.concept[len(ENTITY_PREFIX) :])) is not None
            and e.anchor
            and not e.generic
        )
    ]


# what names a thing only to compare another with it: "the same formula Tokyo applies to
# the Northern Territories", "as with the southern Kurils", «как и в случае с Курилами»,
# 「北方領土と同様に」
_COMPARING = {
    "en": re.compile(
        r"\b(?:the\s+same\b|similar\s+to|as\s+with|as\s+in\s+the\s+case|unlike|"
        r"compared\s+(?:to|with)|akin\s+to|just\s+like|much\s+like|mirror\w*)",
    ),
    "ru": re.compile(r"\bкак\s+и\b|\bподобно\b|\bпо\s+аналогии\b|\bв\s+отличие\s+от\b|\bтак\s+же"),
    "ja": re.compile(r"と同様|と同じ|のように|と比べ|とは異なり|と違い|になぞらえ"),
}
_COMPARED_BEFORE = {
    "en": re.compile(
        r"\b(?:the\s+same\s+(?:[\w-]+\s+){0,2}?(?:formula|position|approach|wording|stance|"
        r"language|logic|treatment|argument|line|claim|status)\b[^.;:,]{0,40}?\b(?:as|to|for|with)"
        r"|similar\s+to|as\s+with|"
        r"as\s+in\s+the\s+case\s+of|unlike|compared\s+(?:to|with)|akin\s+to|just\s+like|"
        r"much\s+like|mirror\w*)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?$"
    ),
    "ru": re.compile(
        r"(?:\bкак\s+и|\bподобно|\bпо\s+аналогии\s+с|\bв\s+отличие\s+от|\bтак\s+же,?\s+как(?:\s+и)?)"
        r"(?:\s+в\s+случае\s+с)?\s+(?:[\w-]+\s+){0,3}?$"
    ),
}
_COMPARED_AFTER_JA = re.compile(r"[^。、]{0,6}?(?:と同様|と同じ|のように|と比べ|とは異なり|と違い)")


def compared(text: str, lang: str, hit: Hit) -> bool:
    """Is the thing at `hit` named only to compare something else with it?"""
    if lang == "ja":
        return _COMPARED_AFTER_JA.match(text, hit.end) is not None
    return _COMPARED_BEFORE[lang].search(text, max(0, hit.start - 90), hit.start) is not None


def read_claim(
    r: SentenceReading,
    rules: RuleSet,
    when: dt.date,
    lang: str,
    held_in_talks: frozenset[str],
    may_report: bool,
    further: bool = False,
) -> ClaimReading:
    """Read one sentence for what it reports: the events it asserts, the moves of tracked
    matters it makes, and how it is meant (negated, conditional, background, restated)."""
    text_norm = normalize(r.sentence.text)
    # a trigger inside a longer name is part of that name: 訪問 in 自由訪問 (free visits)
    names = [h for h in r.hits if h.concept.startswith(("status:", ENTITY_PREFIX))]
    matters = _matters(r, rules, names, text_norm, lang)
    reach = 20 if lang == "ja" else 60
    moves_here = r.of("change.resume") + r.of("change.halt") + r.of("change.end")
    triggers = _triggers(r, text_norm, lang, matters, moves_here, reach)
    question = is_question(r.sentence.text)
    if not triggers and not matters:
        # nothing reported and no matter to move (most sentences): when and about what
        return _unreported(r, rules, text_norm, names, lang, when, question, may_report, further)
    # quoted speech matters only where something is reported or a status may move
    # a word or two in quotation marks (「失効」, 'undesirable') is a term, not speech
    quotes = quoted_spans(text_norm, terms=False) if triggers or r.of("status:") else []
    if lang == "ja":
        # what a note notified, quoted (「…受け入れを停止する」と通告した), is the act itself
        quotes = [(a, b) for a, b in quotes if not _JA_NOTIFIED.match(text_norm, b)]
    ev_hits, named_years = _event_hits(
        r, rules, text_norm, lang, triggers, quotes, names, when.year
    )
    # an event dated in its own clause by a month gone ("agreed in June", in September) is
    # background: dropped beside others, or the sentence's all
    dated = [h for h in ev_hits if dated_before(text_norm, lang, h, when)]
    ev_hits = [h for h in ev_hits if h not in dated]
    # «в порядке исключения» (as an exception) is no «исключено» (ruled out)
    exception = [(h.start, h.end) for h in r.of("cue.limited")]
    clause = ClauseVerdicts.of(r, text_norm, lang, exception)

    clean, whys, negated, modal, restated, denied = _how_meant(clause, ev_hits, question)
    past, first_since, entities, anchored, named = _setting(
        r, rules, text_norm, names, named_years, lang, when
    )
    past = past or (bool(dated) and not ev_hits and not first_since)
    # a move or talks dated in their own clause by a month gone (「3月に…開かれた協議」, in
    # October) are background, "the first since" or not
    # (asked only where it matters: most sentences hold neither)
    # (a move in a clause of time dates what follows it, not the sentence: 「継続を拒否して
    # 以降…初めて」)
    # (a permission limited to once is such a move: 「今年7月には…「今回限り」認めた」)
    permits = r.of("change.permit") if exception else []
    told = [h for h in moves_here + permits if clause.verdict(h).why != "modifier"]
    moves_dated = bool(told) and all(dated_before(text_norm, lang, h, when) for h in told)
    first_talks = first_since and not r.of("cue.position")
    if first_talks and (talk_hits := r.of("event.talks")):
        first_talks = not all(dated_before(text_norm, lang, h, when) for h in talk_hits)
    found = (matters, moves_here, quotes, names)
    changes, change_negated, change_modal, recalled = _all_moves(
        clause,
        found,
        held_in_talks,
        bool(exception),
        question,
        bool(clean),
        past or moves_dated,
        first_talks,
    )
    # the earliest year the sentence names: a resumption told of it is no later
    years = _years(text_norm, lang) if recalled else ()
    earliest = min(years, default=0)
    # a circumstance of someone named («посол, находящийся … с рабочим визитом») is no
    # event of the sentence at all, not even one put as background
    told = clean or [h for h in ev_hits if clause.verdict(h).why != "circumstance"]
    events = _event_types(r, rules, told, entities, quotes, text_norm, lang)
    return ClaimReading(
        r,
        events,
        tuple(changes),
        entities,
        anchored,
        negated or change_negated,
        modal or change_modal,
        # a trigger only in a relative clause (「訪れる北方墓参」) is presupposed: background
        past or (not clean and "modifier" in whys and not (negated or modal)),
        restated,
        decisive=may_report,
        first_since=first_since,
        first_kind=bool(r.of("cue.first_kind")),
        bilateral={"japan", "russia"} <= named,
        further=further,
        unasserted=_unasserted(clause, text_norm),
        recalled=tuple((sid, earliest) for sid in dict.fromkeys(recalled)),
        denied=denied,
    )


def _unasserted(clause: ClauseVerdicts, text_norm: str) -> tuple[tuple[str, str], ...]:
    """The words read as not asserted, each with why (for `explain`)."""
    return tuple(
        (text_norm[h.start : h.end], v.why) for h, v in clause.verdicts.items() if not v.asserted
    )


def _all_moves(
    clause: ClauseVerdicts,
    found: tuple[list[Hit], list[Hit], list[tuple[int, int]], list[Hit]],
    held_in_talks: frozenset[str],
    limited: bool,
    question: bool,
    clean: bool,
    past: bool,
    first_talks: bool,
) -> tuple[list[tuple[str, str]], bool, bool, list[str]]:
    """The moves of tracked matters the sentence makes, each matter one way, with whether
    a move was negated or only meant, and the matters it tells were resumed before (see
    `_moves`). `limited`: "a one-time visit",
    「今回限り」: a halted matter let happen once stays halted. `first_talks`: the first talks
    since a break hold the talks again."""
    matters, moves_here, quotes, names = found
    changes, negated, modal, recalled = _moves(
        clause,
        matters,
        moves_here,
        quotes,
        names,
        held_in_talks,
        (limited, first_talks),
        question,
        clean,
        past,
    )
    if first_talks and not past and not question:
        _add_talks_held(clause, matters, moves_here, quotes, held_in_talks, limited, changes)
    return _one_way(changes), negated, modal, recalled


def _unreported(
    r: SentenceReading,
    rules: RuleSet,
    text_norm: str,
    names: list[Hit],
    lang: str,
    when: dt.date,
    question: bool,
    may_report: bool,
    further: bool,
) -> ClaimReading:
    """A sentence with no trigger and no tracked matter: it reports nothing; only when and
    about what it speaks is read."""
    past, first_since, entities, anchored, named = _setting(
        r, rules, text_norm, names, {}, lang, when
    )
    return ClaimReading(
        r,
        frozenset(),
        (),
        entities,
        anchored,
        bool(r.of("cue.position")),
        question,
        past,
        False,
        decisive=may_report,
        first_since=first_since,
        first_kind=bool(r.of("cue.first_kind")),
        bilateral={"japan", "russia"} <= named,
        further=further,
    )


# a span of time as what ends ("the season on the Kunashiri side ends", "the trial period
# expired"): time passing, not an act (Russian and Japanese halts have no such verb)
_PERIOD_ENDING = re.compile(
    r"\b(?:season|summer|winter|spring|autumn|year|period|term|window|trial)(?:'s)?"
    r"(?:\s+(?:on|in|of|at|for|off)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})?\s*$"
)


def _period_ends(text: str, lang: str, hit: Hit) -> bool:
    """Is what the word of change stops a span of time (its subject just before it)?"""
    return lang == "en" and bool(_PERIOD_ENDING.search(text, max(0, hit.start - 60), hit.start))


# the events a word of change gives where no tracked matter is in reach (see _triggers)
_REVERSAL, _TERMINATION = "event.reversal", "event.termination"
# what a count summed over a span tallies (residents registered, boats held, visits made)
_TALLIED = frozenset({"investment", "visit", "detention", "funding", "construction"})
_COUNT = re.compile(r"\d")
_CHANGE_EVENTS = frozenset({_REVERSAL, _TERMINATION})


def _how_meant(
    clause: ClauseVerdicts, ev_hits: list[Hit], question: bool
) -> tuple[list[Hit], set[str], bool, bool, bool, bool]:
    """Decides which events the sentence reports as done (the clean ones), and, when none,
    whether its events are negated, only wished or asked, or restated; with the reasons
    its clauses gave for not asserting, and whether a denial governs its events."""
    # denied: "denied reports of a deployment", «опровергли сообщения о размещении», "denied
    # a report that Russia had agreed …" (what the denied report says is not done)
    in_report = [h for h in ev_hits if clause.in_denied_report([h])]
    # "a visit by the president … was not on his schedule": the verdict is said of the event
    in_report += [
        h
        for h in ev_hits
        if clause.lang == "en"
        and h not in in_report
        and denies_subject(clause.denying, [h], clause.text_norm)
    ]
    denied = bool(in_report) or governs_clause(clause.denying, ev_hits, clause.text_norm)
    # each trigger is read on its own: "adopted a resolution and urged talks" reports the
    # adoption even though the talks are only urged
    # a change no tracked matter names is denied by a verdict anywhere in its sentence, as
    # a tracked matter's move is ("a return to talks … is 'not on the agenda'")
    verdicted = [h for h in ev_hits if h.concept in _CHANGE_EVENTS and clause.denying]
    clean = [h for h in ev_hits if clause.plain(h) and h not in in_report and h not in verdicted]
    if question:
        clean = []  # "Will Russia deploy …?" asks; it does not report
    if clause.r.of("cue.position"):
        clean = []  # "X does not mean Y": a comment on known events, not a report of one
    whys = {v.why for v in clause.verdicts.values() if not v.asserted}
    negated = not clean and (
        clause.negated_at(ev_hits)
        or bool(clause.r.of("cue.position"))
        or whys == {"negated"}
        # put off: not done ("the visit was postponed")
        or any(clause.postponed_at(h) for h in ev_hits)
        or denied
        or bool(verdicted)
    )
    modal = not clean and (
        clause.modal_at(ev_hits) or question or bool(whys - {"negated", "modifier", "circumstance"})
    )
    restated = not clean and clause.restated_at(ev_hits)
    return clean, whys, negated, modal, restated, denied


def _matters(
    r: SentenceReading, rules: RuleSet, names: list[Hit], text_norm: str, lang: str
) -> list[Hit]:
    """Decides which tracked matters the sentence names. A matter's word inside a longer
    name is part of that name: "former islanders" in "the former islanders' league" names
    the league, not the islanders' visits; a thing's name ("visa-free travel") may be the
    matter's own."""
    entity_names = [
        n
        for n in names
        if n.concept.startswith(ENTITY_PREFIX)
        and (e := rules.entities.get(n.concept[len(ENTITY_PREFIX) :])) is not None
        and e.kind not in ("thing", "matter")  # a matter's own long name names it
    ]
    found = [
        h for h in r.hits if h.concept.startswith("status:") and not inside_longer(h, entity_names)
    ]
    # visits whose destination is named off the islands ("a grave visit to Sakhalin") are
    # not the islands' visits
    found = [h for h in found if not visits_elsewhere(text_norm, lang, h, names, rules)]
    # "former residents" stands for their visits only where the sentence speaks of going
    # there: "websites about the islands and their former residents are accessible again"
    # moves no visits
    return [
        h
        for h in found
        if not _PEOPLE.search(h.term)
        or r.of("event.visit")
        or any(o.concept == h.concept and not _PEOPLE.search(o.term) for o in found)
    ]


# a tracked matter's term that names its people, not the matter
_PEOPLE = re.compile(r"resident|islander|inhabitant|жител|島民", re.IGNORECASE)


def _triggers(
    r: SentenceReading,
    text_norm: str,
    lang: str,
    matters: list[Hit],
    moves_here: list[Hit],
    reach: int,
) -> list[Hit]:
    """Decides what may report an event: the event words, and the words of change no
    tracked matter is in reach of (an ending, a reversal, a one-time exception)."""
    ja = lang == "ja"
    triggers = r.of("event.")
    # something stopped, ended or restored that no tracked matter near it names (a hotline
    # suspended, an envoy's post abolished, a league taken off a list) is an event of its
    # own: an ending for good is news, a halt or a lifting when it undoes what an earlier
    # alert reported
    triggers = triggers + [
        c._replace(concept=_TERMINATION if c.concept == "change.end" else _REVERSAL)
        for c in moves_here
        if not any(within_reach(text_norm, h, c, reach, ja) for h in matters)
        and not attributive(text_norm, lang, c, moves_here)
        and not subordinate(text_norm, lang, c)
        and not since_clause(text_norm, lang, c)
        and not circumstantial(text_norm, lang, c)
        and not _period_ends(text_norm, lang, c)
    ]
    # a one-time permission that no tracked matter is in reach of (none named, or the word
    # has an object of its own): an exception; so is Russia letting Japan's people or craft
    # onto the islands for a thing no matter names ("Russia lets Japanese fire helicopters
    # fight the blaze", 「日本の消防ヘリ受け入れ ロシアが同意」), but not the fisheries deals,
    # whose yearly terms allow boats to fish
    # (or Japan letting Russia's craft land in Hokkaido: "Japan lets Kunashir-bound Russian
    # flights divert to Nakashibetsu")
    limited = bool(r.of("cue.limited"))
    letting = {"japan", "russia", "islands"} <= r.concepts() and "fisheries" not in r.concepts()
    if limited or letting:
        japan = r.of("japan")
        triggers = triggers + [
            h._replace(concept="event.exception")
            for h in r.of("change.permit")
            if not any(within_reach(text_norm, m, h, reach, ja) for m in matters)
            and (
                limited
                or any(_lets_in(h, j, ja) for j in japan)
                or (not ja and _japan_lets_russia_in(h, japan, r.of("russia")))
            )
        ]
    return triggers


def _japan_lets_russia_in(permit: Hit, japan: list[Hit], russia: list[Hit]) -> bool:
    """Is Japan named before the word of leave and Russia as who is let in, right after it
    ("Japan lets Russian flights divert to Hokkaido")? (Russia letting a Russian firm in
    is no leave between the two.)"""
    return any(j.end <= permit.start for j in japan) and any(
        _lets_in(permit, x, False) for x in russia
    )


def _lets_in(permit: Hit, side: Hit, ja: bool) -> bool:
    """Is this side named as who is let in: as the object right after the word of leave
    ("lets Japanese helicopters", «приняла предложение Японии»; not "a permit rule for
    Japanese diplomats"), or in Japanese shortly before it (「日本の消防ヘリ受け入れ」)?"""
    if ja:
        return 0 <= permit.start - side.end <= 12
    return permit.start <= side.start and side.start - permit.end <= 2


def _event_hits(
    r: SentenceReading,
    rules: RuleSet,
    text_norm: str,
    lang: str,
    triggers: list[Hit],
    quotes: list[tuple[int, int]],
    names: list[Hit],
    year: int,
) -> tuple[list[Hit], dict[Hit, tuple[int, int] | None]]:
    """Decides which triggers are the sentence's own: not quoted speech, not part of a
    longer name, not a construction that only opens access, not a circumstance, not a
    visit to a place elsewhere or where words were said, not a past thing named with its
    year; with the year each names, if any."""
    # visits named as trips off the islands; the sentence's other visits with no
    # destination of their own are parts of such a trip ("on his first visit to Nemuro, the
    # minister met former residents, toured the museum")
    away = [
        h
        for h in triggers
        if h.concept == "event.visit" and visits_elsewhere(text_norm, lang, h, names, rules)
    ]
    ev_hits = [
        h
        for h in outside_spans(triggers, quotes)
        if not inside_longer(h, names)
        and not (
            h.concept == "event.visit"
            and (h in away or (bool(away) and visit_destination(text_norm, lang, h, names) is None))
        )
        and not (h.concept == "event.construction" and opens_access(text_norm, h))
        and not (h.concept == "event.construction" and under_way(text_norm, lang, h))
        and not circumstantial(text_norm, lang, h)
        and not (h.concept == "event.visit" and visit_as_setting(text_norm, lang, h))
        and not (h.concept == "event.visit" and seen_from_afar(text_norm, lang, h))
        and not (h.concept == "event.talks" and meets_citizens(text_norm, lang, h))
        and not since_clause(text_norm, lang, h)
        and not _state_since(text_norm, lang, h)
        and not (h.concept == "event.legislation" and bill_submitted(text_norm, lang, h))
        and not (lang == "ru" and ru_described(text_norm, h.start))
        # "the strip that Russia reopened in September closed again": presupposed of its noun
        and not (lang == "en" and en_relative_verb(text_norm, h))
        # "the only ratified document": a participle between an article and its noun
        # describes the noun
        and not (lang == "en" and attributive(text_norm, lang, h, []))
    ]
    # an event named with its year ("records of the 2018 summit") is a past thing referred
    # to: neither reported nor dating the rest of the sentence
    named_years = {h: named_by_year(text_norm, h, lang) for h in ev_hits}
    if len(ev_hits) > 1:
        ev_hits = [h for h in ev_hits if named_years[h] is None] or ev_hits
    # a document named with an earlier year ("under a 1984 agreement") is referred to, even
    # alone: its year does not date the sentence either (see _DOCUMENT_YEAR)
    ev_hits = [
        h
        for h in ev_hits
        if not (
            (span := named_years[h]) is not None
            and int(text_norm[span[0] : span[1]]) < year
            and _DOCUMENT_YEAR.match(text_norm, span[0])
        )
    ]
    return ev_hits, named_years


def officials(r: SentenceReading, rules: RuleSet) -> tuple[bool, bool]:
    """Does the sentence name a region's or a town's own official, and does it name one of
    a national government's rank? By title (cue.regional_official, cue.national_official:
    "minister" inside "deputy minister" is the deputy's) or by the gazetteer (an entity
    `regional: true`; a person with a `side`: a government's reaction named beside a
    governor's trip is not who went)."""
    regional: list[Hit] = list(r.of("cue.regional_official"))
    national: list[Hit] = list(r.of("cue.national_official"))
    for h in r.of(ENTITY_PREFIX):
        e = rules.entities.get(h.concept[len(ENTITY_PREFIX) :])
        if e is not None and e.regional:
            regional.append(h)
        elif e is not None and e.side is not None and e.kind == "person":
            national.append(h)
    national = [n for n in national if not inside_longer(n, regional)]
    return bool(regional), bool(national)


def _one_way(changes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Decides which moves stand: a sentence that seems to move one matter both ways has
    been misread somewhere, and no move is better than the wrong one."""
    ways = {sid: {MOVE_WAY[m] for s2, m in changes if s2 == sid} for sid, _ in changes}
    return [(sid, m) for sid, m in changes if not {"on", "off"} <= ways[sid]]


def _nearest(c: Hit, matters: list[Hit], ja: bool) -> str:
    """The matter a change word belongs to. After the matters it names (a predicate),
    English and Russian put the subject first ("the Singapore understanding on peace
    treaty talks is no longer valid"); otherwise, and in Japanese, the nearest."""
    before = [h for h in matters if h.end <= c.start]
    if before and not ja:
        return before[0].concept
    # Japanese puts the object before its verb: the nearest matter before the word
    m = min(
        before if ja and before else matters,
        key=lambda h: min(abs(c.start - h.end), abs(h.start - c.end)),
    )
    return m.concept


def _change_hits(
    clause: ClauseVerdicts,
    h: Hit,
    words: list[Hit],
    matters: list[Hit],
    moves_here: list[Hit],
    quotes: list[tuple[int, int]],
    talks: list[Hit],
    held_in_talks: frozenset[str],
) -> list[Hit]:
    """Decides which change words move this matter: in its reach, nearest to it, not done
    by it, not a move of talks about it (unless it lives in talks), not an attribute, a
    subordinate clause or a circumstance."""
    text_norm, lang = clause.text_norm, clause.lang
    ja = lang == "ja"
    reach = 20 if ja else 60
    sid = h.concept[len("status:") :]
    return [
        c
        for c in outside_spans(words, quotes)
        if (
            within_reach(text_norm, h, c, reach + _aside(text_norm, lang, h, c), ja)
            or (sid in held_in_talks and _talks_object(text_norm, lang, h, c, talks))
        )
        and _nearest(c, matters, ja) == h.concept
        and not acts_itself(text_norm, lang, (h.start, h.end), (c.start, c.end))
        and not moves_talk_about(text_norm, lang, c, _object_of(c, h, matters, ja))
        and (sid in held_in_talks or not talks_about(text_norm, lang, h, c, talks))
        and not talked_over(text_norm, c, talks)
        and not attributive(text_norm, lang, c, moves_here, h)
        and not subordinate(text_norm, lang, c)
        and not since_clause(text_norm, lang, c)
        and not circumstantial(text_norm, lang, c)
    ]


def _object_of(change: Hit, matter: Hit, matters: list[Hit], ja: bool) -> Hit:
    """The hit of this matter that stands where the word of change takes its object: the
    first after it (in Japanese the last before it), else `matter` itself. «На заседании
    ОЧЭС … не стала возражать против … вопроса о продлении статуса партнёра»: the status
    named after the word is what it moves or not; the body named before it is a place."""
    same = [m for m in matters if m.concept == matter.concept]
    if ja:
        return max((m for m in same if m.end <= change.start), key=_START, default=matter)
    return min((m for m in same if m.start >= change.end), key=_START, default=matter)


_START = attrgetter("start")


def _talks_object(text: str, lang: str, matter: Hit, change: Hit, talks: list[Hit]) -> bool:
    """Is the Japanese word of change's object the talks on the matter
    (「共同経済活動に関する協議を再開」)? Of a matter that lives in talks, that moves it."""
    if lang != "ja":
        return False
    obj = object_start(text, change.start)
    return obj is not None and any(
        t.start <= obj < t.end and t.end <= change.start and talks_on(text, lang, matter, t)
        for t in talks
    )


# "a programme that has been frozen since 2022": a state that has held since a time gone
# by, not an act of now
_EN_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?been\s+$", re.IGNORECASE)
_EN_SINCE_AFTER = re.compile(
    r"\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|then)\b",
    re.IGNORECASE,
)


def _state_since(text: str, lang: str, h: Hit) -> bool:
    """Is this English word a state that has held since a time gone by ("has been frozen
    since 2022")?"""
    return (
        lang == "en"
        and _EN_SINCE_AFTER.match(text, h.end) is not None
        and _EN_PERFECT_BEFORE.search(text, max(0, h.start - 40), h.start) is not None
    )


def _in_aside(text: str, c: Hit) -> bool:
    """Does this English word stand in a relative clause set off by commas ("the visits,
    which Moscow had allowed to resume in 2025, were suspended")? What it tells is the
    noun's history."""
    return any(a < c.start and c.end <= b for a, b in aside_spans(text, "en"))


def _aside(text: str, lang: str, matter: Hit, change: Hit) -> int:
    """The length of the relative clauses set off by commas between a matter and a word of
    change after it ("the visits …, which Moscow had allowed to resume in 2025, were
    suspended"): they do not put the verb out of the matter's reach."""
    if change.start < matter.end:
        return 0
    return asides_between(text, lang, matter.end, change.start)


def _moves(
    clause: ClauseVerdicts,
    matters: list[Hit],
    moves_here: list[Hit],
    quotes: list[tuple[int, int]],
    names: list[Hit],
    held_in_talks: frozenset[str],
    exceptional: tuple[bool, bool],
    question: bool,
    clean: bool,
    past: bool,
) -> tuple[list[tuple[str, str]], bool, bool, list[str]]:
    """Decides the moves of tracked matters the sentence makes (status id, move), and
    whether a move not taken was negated or only wished (for explain). `exceptional`: the
    sentence limits what it lets happen ("a one-time visit"), and it is the first since the
    break ("allowed … for the first time since 2022"): a halted matter let happen so is
    allowed once, not running again."""
    limited, first = exceptional
    r = clause.r
    changes: list[tuple[str, str]] = []
    recalled: list[str] = []
    change_negated = change_modal = False
    conditions = [h for h in r.of("cue.modal") if h.term.strip().lower() in CONDITIONS]
    # talks, consultations, 協議: a change word that governs them moves the talks, and the
    # matter they are about stays where it was, unless the matter is held in talks (the
    # joint economic activity was a dialogue: its talks resuming is the matter resuming)
    talks = [t for t in r.of("event.talks") if not inside_longer(t, names)]
    # a halt ended or lifted ("ending a freeze", «отмена приостановки»): a resumption, and
    # the word that ends it ends nothing
    undone, undoing = _undone_halts(clause, r)
    for h in matters:
        sid = h.concept[len("status:") :]
        for direction in ("resume", "halt"):
            words = _direction_words(r, direction, limited or first, undone, undoing)
            if direction == "halt":
                words = words + _put_off(clause)
            change_hits = _change_hits(
                clause, h, words, matters, moves_here, quotes, talks, held_in_talks
            )
            # "halted the exchanges it restored last year": the clause that describes the
            # matter tells its last state, as background; it moves nothing now
            text_en = clause.text_norm if clause.lang == "en" else ""
            described = [
                c
                for c in words
                if text_en
                and (en_relative_verb(text_en, c) or _in_aside(text_en, c))
                and within_reach(text_en, h, c, 60, False)
                and _nearest(c, matters, False) == h.concept
            ]
            if described:
                change_hits = [c for c in change_hits if c not in described]
                if direction == "resume" and not (
                    question
                    or conditions
                    or clause.negated_at(described)
                    or clause.modal_at(described)
                    or clause.in_denied_report(described)
                ):
                    recalled.append(sid)
            if not change_hits:
                continue
            # "was not cancelled but postponed": the words the negation leaves are the move
            change_hits = _contrasted(clause, change_hits)
            denied = (
                clause.negated_at(change_hits)
                or bool(r.of("cue.position"))
                or bool(clause.denying)
                # "a resumption of talks was 'categorically impossible'": the verdict is said
                # of the move, in whatever clause the two stand together
                or (
                    clause.lang == "en"
                    and denies_subject(
                        clause.r.of("cue.negation_predicate"), change_hits, clause.text_norm
                    )
                )
                or (direction == "resume" and bool(clause.postponing))
                or clause.in_denied_report(change_hits)
            )
            # "would return to talks if Tokyo drops its sanctions": a condition anywhere
            # in the sentence makes a matter's move conditional
            wished = clause.modal_at(change_hits) or question or bool(conditions)
            vetoed = denied or wished or not all(clause.asserted(c) for c in change_hits)
            if vetoed and not clean:
                # explain says how a move that was not taken reads
                change_negated = change_negated or denied
                change_modal = change_modal or (wished and not denied)
            permitted = all(c.concept == "change.permit" for c in change_hits)
            move = _move(direction, limited or permitted, change_hits)
            if not (vetoed or past) and (sid, move) not in changes:
                changes.append((sid, move))
            # told as what happened before ("the programme it restored in 2026",
            # 「昨年再開した交流」): the report's own account of the matter's last state
            elif (
                move == "resume"
                and not (denied or wished)
                and (past or any(clause.verdict(c).why == "modifier" for c in change_hits))
            ):
                recalled.append(sid)
    halted = {sid for sid, move in changes if MOVE_WAY[move] == "off"}
    if clause.lang == "en" and len(halted) == 1 and not recalled and not (question or conditions):
        # "suspending the humanitarian programme it restored in 2026": the one matter the
        # sentence halts is the one its clause of history, told of a noun for it, restored
        told = [
            c
            for c in r.of("change.resume")
            if en_relative_verb(clause.text_norm, c)
            and not (clause.negated_at([c]) or clause.modal_at([c]))
        ]
        if told:
            recalled.extend(halted)
    return changes, change_negated, change_modal, recalled


# what answers a negated word after it: "not X but Y", «не X, а Y», 「XではなくY」
_CONTRAST = {
    "en": re.compile(r"\b(?:but|rather|instead)\b"),
    "ru": re.compile(r"(?:^|[\s,])(?:а|но|зато)\s"),
    "ja": re.compile(r"ではなく|でなく|ではなし"),
}


def _contrasted(clause: ClauseVerdicts, change_hits: list[Hit]) -> list[Hit]:
    """The words of change a contrast leaves standing: of "not cancelled but postponed",
    «не отменена, а перенесена», the word after "but", «а»; otherwise all of them (one
    negated word of change vetoes its sentence's move)."""
    negated = [c for c in change_hits if clause.negated_at([c])]
    if not negated or len(negated) == len(change_hits):
        return change_hits
    pattern = _CONTRAST.get(clause.lang)
    kept = [
        c
        for c in change_hits
        if c not in negated
        and pattern is not None
        and any(
            n.end <= c.start and pattern.search(clause.text_norm, n.end, c.start) for n in negated
        )
    ]
    return kept or change_hits


def _direction_words(
    r: SentenceReading,
    direction: str,
    permits: bool,
    undone: list[Hit],
    undoing: set[tuple[int, int]],
) -> list[Hit]:
    """The words that move a matter this way: a resumption's (with a permission's where the
    sentence limits it or calls it the first since the break, and a halt ended), or a
    halt's and an ending's (not a halt ended, nor the word that ends it)."""
    words = r.of(f"change.{direction}")
    if direction == "resume" and permits:
        words = words + r.of("change.permit")
    if direction == "halt":
        words = words + r.of("change.end")
    if undone:
        words = [c for c in words if c not in undone and (c.start, c.end) not in undoing]
        if direction == "resume":
            words = words + [c._replace(concept="change.resume") for c in undone]
    return words


def _undone_halts(
    clause: ClauseVerdicts, r: SentenceReading
) -> tuple[list[Hit], set[tuple[int, int]]]:
    """The words of halting that another word ends or lifts, and the spans of the words of
    change among those that do it."""
    undone: list[Hit] = []
    undoing: set[tuple[int, int]] = set()
    changes = r.of("change.resume") + r.of("change.end") + r.of("change.halt")
    for c in r.of("change.halt"):
        span = halt_undone(clause.text_norm, clause.lang, c)
        if span is None:
            continue
        undone.append(c)
        undoing |= {
            (o.start, o.end) for o in changes if o is not c and span[0] <= o.start < span[1]
        }
    return undone, undoing


def _put_off(clause: ClauseVerdicts) -> list[Hit]:
    """The words that put the matter's act off with no new date ("the visit was
    postponed", «поездка перенесена», 「墓参を延期」), as words of a halt: of a matter
    allowed once they take the permission back (see knowledge.TrackedStatus.allows). Not
    when the act is moved to a named time ("postponed to September", «перенесли на
    сентябрь», 「9月に延期」): the permission stands. Nor when what is put off is a
    resumption («возобновление обменов отложено»): the matter stays where it was."""
    if clause.r.of("change.resume") or clause.r.of("cue.still"):
        return []  # (nor what goes on: "put off again this year")
    return [
        p._replace(concept=PUT_OFF)
        for p in clause.postponing
        if not put_off_to(clause.text_norm, clause.lang, p)
    ]


PUT_OFF = "change.putoff"


def _move(direction: str, limited: bool, change_hits: list[Hit]) -> str:
    """Decides the move a change makes: allowed once when the sentence limits a resumption,
    put off when only its postponement moves it, ended for good when a word of ending says
    so, else the direction itself."""
    if direction == "resume" and limited:
        return "once"
    if all(c.concept == PUT_OFF for c in change_hits):
        return "putoff"
    if any(c.concept == "change.end" for c in change_hits):
        return "end"
    return direction


def _add_talks_held(
    clause: ClauseVerdicts,
    matters: list[Hit],
    moves_here: list[Hit],
    quotes: list[tuple[int, int]],
    held_in_talks: frozenset[str],
    limited: bool,
    changes: list[tuple[str, str]],
) -> None:
    """Decides the moves of matters that live in talks, made by their talks held for the
    first time since the break though no word of change is said ("held the first peace
    treaty talks since 2022", «провели первые с 2022 года консультации по мирному
    договору», 「4年半ぶり平和条約協議」); adds them to `changes`."""
    r, text_norm, lang = clause.r, clause.text_norm, clause.lang
    # the talks themselves held — by a verb of holding in their clause, or as a
    # Japanese headline's last noun — not talks commented on, mentioned, discussed
    holding = [w for w in outside_spans(r.of("cue.held"), quotes) if clause.plain(w)]
    all_talks = outside_spans(r.of("event.talks"), quotes)
    for h in matters:
        sid = h.concept[len("status:") :]
        if sid not in held_in_talks or any(s == sid for s, _ in changes):
            continue
        held = [
            t
            for t in all_talks
            if talks_on(text_norm, lang, h, t)
            and talks_held(text_norm, lang, t, holding, [*all_talks, *moves_here])
            # 「交渉の再開を…協議」: talks on a move of the matter are not its talks (a move
            # in a clause of time only dates them: 「継続を拒否して以降…協議」)
            and not any(
                min(h.end, t.end) <= c.start < max(h.start, t.start) and clause.asserted(c)
                for c in moves_here
            )
            and not subordinate(text_norm, lang, t)
            and not (
                clause.negated_at([t])
                or clause.modal_at([t])
                or clause.restated_at([t])
                or bool(clause.denying)
                or bool(clause.postponing)
            )
            and clause.asserted(t)
        ]
        if held:
            changes.append((sid, "once" if limited else "resume"))


def _acts_on(text: str, lang: str, move: Hit, thing: Hit) -> bool:
    """Does this halt or lifting act on this thing: near it, and in English or Russian with
    no comma between (not "a fish plant, frozen fish" nor «линия …, которое прервалось
    ещё в 2019 году»; a Japanese comma closes a subject or a topic: 「旅客船が、…運航を
    停止」)?"""
    if under_way(text, lang, move):
        return False  # «восстановление электростанции идёт по графику»: work going on
    lo, hi = min(move.end, thing.end), max(move.start, thing.start)
    if lang == "ja":
        return hi - lo <= 24
    return hi - lo <= 30 and not any(ch in ",;" for ch in text[lo:hi])


def _event_types(
    r: SentenceReading,
    rules: RuleSet,
    hits: list[Hit],
    entities: frozenset[str],
    quotes: list[tuple[int, int]],
    text_norm: str,
    lang: str,
) -> frozenset[str]:
    """Decides the event types of the sentence's events: a deployment or a survey only of
    the military or a thing, no visit in a count of visitors, a construction of a
    strategic facility or of the first of its kind as infrastructure, and so a strategic
    link halted or restored."""
    events = frozenset(h.concept[len("event.") :] for h in hits)
    if events & {"deployment", "survey"} and not (
        r.of("military") or any(rules.entities[e].kind == "thing" for e in entities)
    ):
        # «в здании разместились кабинеты»: what is placed is not a unit or a weapon; a
        # volcanologists' expedition is science, a navy's survey of the seabed is not
        events = events - {"deployment", "survey"}
    if "reversal" in events and r.of("cue.still"):
        # 「今年も見送り」, "cancelled again this year": a halt that goes on halts nothing new
        events = events - {"reversal"}
    if events & _TALLIED and r.of("cue.cumulative") and _COUNT.search(text_norm):
        # «за три года … зарегистрировались более 40 резидентов»: a programme's tally
        events = events - _TALLIED
    if "visit" in events and r.of("cue.tally"):
        # «острова посетили 7,4 тыс. туристов»: a count of visitors is a statistic
        events = events - {"visit"}
    if "construction" in events and outside_spans(
        r.of("facility.strategic") + r.of("cue.first_kind"), quotes
    ):
        # a port, an airfield, a ferry line or a power plant opened on the islands changes
        # what they can do, as both governments read it, and so does the first of its kind
        # (the first flight from the mainland, the first university); a school opening does
        # not
        events = events - {"construction"} | {"infrastructure"}
    links = outside_spans(r.of("facility.strategic"), quotes)
    if (
        any(
            _acts_on(text_norm, lang, move, link)
            for link in links
            for move in hits
            if move.concept == _REVERSAL
        )
        and not r.of("weather")
        and not r.of("cue.yearly")
    ):
        # the only ferry withdrawn, a sea link restored: what the islands can do changes as
        # when one opens (not a sailing cancelled in a storm, not a link back after the
        # winter, as every year)
        events = events | {"infrastructure"}
    return events
