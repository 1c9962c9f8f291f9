"""Grouping: whether an article's report belongs with a development already alerted — the
same text, the same named things, the same move of a matter or its reversal — within the
windows reports of one development arrive in; and whether an event repeats a known fact.

Core module: plain data in, plain answers out — no I/O, no clock (time is the articles'
publication times), no asyncio. It compares; the decision is `novelty`'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from monitor.core.knowledge import (
    MOVE_WAY,
    Development,
    Knowledge,
    TrackedStatus,
    move_event,
    move_of,
)
from monitor.core.models import Fact
from monitor.core.names import is_key, name_keys, own_keys
from monitor.core.sentence_reading import REACTIONS, VEHICLE_EVENTS, ClaimReading
from monitor.core.subjects import FOLLOW_OVERLAP, SUBJECT_OVERLAP, same_subject
from monitor.core.text import cased, split_sentences

GROUP_WINDOW = dt.timedelta(days=10)  # reports of one development arrive within days
CLOSE_WINDOW = dt.timedelta(days=3)  # within this, the same kind of event is the same story
# within this, reports of the same kinds of event (one may name a kind more), one of which
# names nothing specific, are one story (nothing tells them apart): a ban reported in
# English and Japanese hours apart
SAME_DAY = dt.timedelta(days=1)
# kinds of event told by notices of their days (a drill closing an area): two reports of
# one kind that name different days ahead are two notices
DATED = frozenset({"exercise", "military_exercise"})
FACT_WINDOW = dt.timedelta(days=45)  # an event this close to a known one is the same event
WEAK_EVENTS = frozenset(
    {
        "protest",
        "talks",
        "sanctions",
        "construction",
        "reversal",
        "funding",
        "termination",
        "parade",
        "correspondence",
    }
)  # reactions and context (and a parade: every Victory Day brings one; a letter or a note
# only between the two governments: monitor/core/novelty.py, _strong)
# a halt or a lifting of something no tracked matter names is news when it undoes what an
# earlier alert reported (the investor admitted last year pulls out, a ban lifted): they
# share this many named things, or its sentence speaks of what the alert's reports spoke of
# (monitor/core/subjects.py)
LEARNED_MATTER_NAMES = 2
LEARNED_MATTER_AGE = dt.timedelta(days=3 * 365)
# what can be halted or lifted though no tracked matter names it: an arrangement an alert
# reported (an agreement), one whose halt or lifting an alert reported, or a measure an
# alert reported (a ban, a block: sanctions are lifted), or a permission one granted (an
# exception: a patient let across for treatment is no longer let across)
ARRANGEMENTS = frozenset({"agreement", "reversal", "sanctions", "exception"})

PERMITTED_VISIT = frozenset({"exception", "visit"})  # a one-off permission, the trip it allows
COPY_OVERLAP = 0.8  # share of word triples two texts hold in common to be one text


def _triples(text: str) -> set[tuple[str, ...]]:
    toks = text.casefold().split()
    return {tuple(toks[i : i + 3]) for i in range(max(1, len(toks) - 2))}


def same_text(a: str, b: str) -> bool:
    """Are two article texts one text (a syndicated copy, give or take a byline or a
    footer)? Most of their word triples are shared."""
    ta, tb = _triples(a), _triples(b)
    if not ta or not tb:
        return a.strip() == b.strip()
    return len(ta & tb) >= COPY_OVERLAP * len(ta | tb)


def within_window(a: dt.datetime, b: dt.datetime, window: dt.timedelta) -> bool:
    """Are two times at most `window` apart, either way?"""
    return abs(a - b) <= window


REVERSAL_WINDOW = dt.timedelta(days=30)

# kinds that are one story told two ways: an ending for good that no tracked matter names,
# and one read as a tracked matter's move elsewhere in the story («прекратила действие
# соглашения»), report one development; names given to the islands' places by a decree
# (legislation) or put on maps (naming) are one act of naming; a one-time permission is
# one side agreeing to let something happen, and is reported as either ("Russia has agreed
# to allow seven engineers…", 「渡航認める　今夏限り」); an investment is an agreement signed
# («подписала соглашение … резидент», "becomes resident of the tax regime"); people or a
# boat handed back to the other side after a detention are set free, and reported as either
# («судно с экипажем передано японской стороне», 「漁船が解放され」); a facility opened is
# what was built, reported as either («заработал центр обработки данных», "data centre
# opens … on land cleared last year")
_GROUP_KIND = {
    "handover": "release",
    "infrastructure": "construction",
    "termination": "reversal",
    "naming": "legislation",
    "exception": "agreement",
    "investment": "agreement",
}


def group_kinds(events: frozenset[str]) -> frozenset[str]:
    """Event types as grouping compares them."""
    return frozenset(_GROUP_KIND.get(e, e) for e in events)


def is_reaction(events: frozenset[str]) -> bool:
    """Only a reaction (a protest) among weak events: no cause of its own reported."""
    return bool(events & REACTIONS) and events <= WEAK_EVENTS


def reverses(move: tuple[str, str], moves: set[tuple[str, str]]) -> bool:
    """Does the same matter move another way among `moves` (halted after resumed, resumed
    for good after allowed once)?"""
    sid, direction = move
    return any(s == sid and MOVE_WAY[d] != MOVE_WAY[direction] for s, d in moves)


def same_move(move: tuple[str, str], moves: set[tuple[str, str]]) -> bool:
    """Does the same matter move the same way among `moves` (suspended, terminated)?"""
    sid, direction = move
    return any(s == sid and MOVE_WAY[d] == MOVE_WAY[direction] for s, d in moves)


def undoes_last_move(tracked: TrackedStatus, direction: str) -> bool:
    """Would this move take back the matter's last learned move?"""
    last = move_of(tracked.status.current.state)
    return last is not None and {MOVE_WAY[last], MOVE_WAY[direction]} == {"on", "off"}


def learned_recently(tracked: TrackedStatus, when: dt.datetime) -> bool:
    """Was the matter's current state learned within the reversal window before `when`?"""
    since = tracked.status.current.since
    if since is None:
        return False
    at = dt.datetime.combine(since, dt.time(12), tzinfo=dt.UTC)
    return abs(when - at) <= REVERSAL_WINDOW


def sharing_names(
    knowledge: Knowledge,
    names: frozenset[str],
    when: dt.datetime,
    after: dt.timedelta = -GROUP_WINDOW,
    within: dt.timedelta = LEARNED_MATTER_AGE,
    least: int = LEARNED_MATTER_NAMES,
) -> list[Development]:
    """The alerts' developments, newest first, that share enough named things with these
    (`least`) to be what they speak of, published between `within` and `after` before
    `when`."""
    return [
        dev
        for dev in reversed(knowledge.developments)
        if len(names & dev.signature) >= least and after < when - dev.published <= within
    ]


def undone_by(c: ClaimReading, knowledge: Knowledge, when: dt.datetime) -> list[Development]:
    """The earlier alerts' developments this halt or lifting undoes (not within their own
    days of reports): those it shares named things with, and those whose reports spoke of
    what it halts or lifts ("tsunami data", «обмен данными о цунами»)."""
    named = sharing_names(knowledge, c.entities, when, after=GROUP_WINDOW)
    # only the arrangement's latest state is undone: restoring the exchange undoes its
    # suspension, not the agreement the suspension had undone
    about = arrangements_about(knowledge, c.subject, when, after=GROUP_WINDOW)[:1]
    return named + [dev for dev in about if dev not in named]


def arrangements_about(
    knowledge: Knowledge,
    words: frozenset[str],
    when: dt.datetime,
    after: dt.timedelta = -GROUP_WINDOW,
    at_least: int = SUBJECT_OVERLAP,
) -> list[Development]:
    """The arrangements alerts reported (or whose halt or lifting they reported), newest
    first, that these words speak of (`at_least` of them in common), published between
    `LEARNED_MATTER_AGE` and `after` before `when`."""
    if not words:
        return []
    return [
        dev
        for dev in reversed(knowledge.developments)
        if dev.events & ARRANGEMENTS
        and same_subject(words, dev.words, at_least)
        and after < when - dev.published <= LEARNED_MATTER_AGE
    ]


def undoes_learned(c: ClaimReading, knowledge: Knowledge, when: dt.datetime) -> bool:
    """Does this halt or lifting undo what an earlier alert reported?"""
    return bool(undone_by(c, knowledge, when))


def same_development(
    knowledge: Knowledge,
    when: dt.datetime,
    signature: frozenset[str],
    event_types: frozenset[str],
    change_keys: set[tuple[str, str]],
    events: list[ClaimReading],
    subject: Callable[[], frozenset[str]] = frozenset,
    named: frozenset[str] = frozenset(),
    dates: frozenset[str] = frozenset(),
) -> Development | None:
    """The alerted development, newest first within the grouping window, that this report
    is another report of; None when it is a development of its own. Moving an alerted
    matter back is news of its own, not another report. `subject` gives the report's
    content words (asked only when an arrangement was alerted within the window, or the report
    is only a reaction); `dates` the days its headline and lead name ahead (days_named)."""
    # a protest that reports no cause of its own answers the development of the days
    # before it (or, when feeds deliver out of order, after it)
    reaction_only = is_reaction(event_types) and not change_keys
    # the months an act done now may have been announced for (in the month, or reported in
    # the days after it: "at the weekend", on Monday)
    months = frozenset({f"{when:%Y-%m}", f"{when - ANNOUNCED_LATE:%Y-%m}"})
    for dev in reversed(knowledge.developments):
        if not within_window(dev.published, when, GROUP_WINDOW):
            if dev.expected & months and _as_announced(
                dev, knowledge, when, signature, event_types, change_keys, named
            ):
                return dev
            continue
        if (
            dev.status_change is not None
            and reverses(dev.status_change, change_keys)
            and not _makes_its_move(dev, change_keys)
        ):
            continue  # moving the matter back is news of its own, not another report
        if dated_apart(dates, dev.dates) and group_kinds(event_types) & dev.events & DATED:
            continue  # a second notice: the strait closed again, on other days
        if _same_notice(dev, when, signature, event_types, dates):
            return dev
        if _same_as(dev, when, signature, event_types, change_keys, events, reaction_only):
            return dev
        # a report of what the moved matter is made of (visits made, talks held), naming
        # the matter and moving nothing, days after the move: another report of it
        # ("former islanders welcome return of visits", a week after visits resumed)
        if (
            dev.status_change is not None
            and not change_keys
            and dev.status_change[0] in named
            and (tracked := knowledge.statuses.get(dev.status_change[0])) is not None
            # (or a note about it: a reply to the move, or its notice)
            and event_types & (tracked.made_of | VEHICLE_EVENTS)
        ):
            return dev
        # an arrangement's report that speaks of it in as many words as a page outside the
        # rules needs to follow it ("boats to regain Shikotan storm refuge", days after the
        # refuge was restored), whatever kind of event it is read as; and so does a reaction
        # (a protest, a protest rejected) that speaks of the development in as many words,
        # whichever day of the window it comes
        if (dev.events & ARRANGEMENTS or reaction_only) and same_subject(
            subject(), dev.words, FOLLOW_OVERLAP
        ):
            return dev
    return None


def _as_announced(
    dev: Development,
    knowledge: Knowledge,
    when: dt.datetime,
    signature: frozenset[str],
    event_types: frozenset[str],
    change_keys: set[tuple[str, str]],
    named: frozenset[str],
) -> bool:
    """Is this the act an earlier alert announced for this month ("a first trip to Iturup
    in late July"; in July, "former residents land on Iturup")? Asked of an alert that
    announced the month: of its kind (or what its matter is made of), moving nothing, and
    naming two of its named things, or its matter and one."""
    # (a halt or a lifting is news of its own, as it is never the fact it halts: known_fact;
    # a move is, unless it is the alert's own: the visit allowed once, made as announced)
    if (
        (change_keys and not _makes_its_move(dev, change_keys))
        or dev.published > when
        # (nor is the act called off: 「受け入れを取り消すと通知」)
        or event_types & {"reversal", "termination"}
    ):
        return False
    kinds = set(dev.events)
    if dev.status_change is not None and (tracked := knowledge.statuses.get(dev.status_change[0])):
        kinds |= tracked.made_of
    if not group_kinds(event_types) & group_kinds(frozenset(kinds)):
        return False
    shared = _names(signature) & _names(dev.signature)
    on_matter = dev.status_change is not None and dev.status_change[0] in named
    return len(shared) >= 2 or (on_matter and len(shared) >= 1)


def _same_as(
    dev: Development,
    when: dt.datetime,
    signature: frozenset[str],
    event_types: frozenset[str],
    change_keys: set[tuple[str, str]],
    events: list[ClaimReading],
    reaction_only: bool,
) -> bool:
    """Decides whether a report within the window is of this development: the same move of
    a matter, enough named things in common, the same kind of event within days, talks
    reported on the matter they moved, or a reaction to it."""
    # the gazetteer's names; the keys of other names (monitor/core/names.py) count only
    # beside the same kind of event within days
    names, dev_names = _names(signature), _names(dev.signature)
    if _apart(names, dev_names) and not _makes_its_move(dev, change_keys):
        return False  # a boat seized off Kunashir, another off Shikotan days later
    shared = names & dev_names
    keys = (signature - names) & (dev.signature - dev_names)
    # a matter's move is a halt or a lifting too, as its alert is remembered (learning)
    moved = {move_event(d) for _, d in change_keys}
    kinds, dev_kinds = group_kinds(event_types | moved), group_kinds(dev.events)
    common = kinds & dev_kinds
    # (by the kinds themselves too: an opening is no weak kind, though grouped with building)
    same_kind = bool(common - WEAK_EVENTS) or bool((event_types | moved) & dev.events - WEAK_EVENTS)
    # a letter or a note carries an act of any kind: one report tells of the note, another
    # of what it says (the visa it requires), and they share a named thing
    carried = bool(kinds and dev_kinds and (kinds | dev_kinds) & VEHICLE_EVENTS)
    # a one-time permission and the visit it lets happen are one story told two ways
    # (「…の入域、ロシアが「今回限り」認める」, "engineers cleared for one-off Kunashiri trip")
    permitted = bool(
        event_types | dev.events >= PERMITTED_VISIT
        and PERMITTED_VISIT & event_types
        and PERMITTED_VISIT & dev.events
    )
    carried = carried or permitted
    return (
        _makes_its_move(dev, change_keys)
        or len(shared) >= 2
        or (len(shared) >= 1 and (bool(common) or carried))
        # "Bangkok" and 「バンコク」: a name in two scripts, the same kind, within days
        or (bool(keys) and bool(common) and within_window(dev.published, when, CLOSE_WINDOW))
        # names may be missing from the gazetteer in one language; the same kind of
        # event on the islands within days is the same development
        or (same_kind and within_window(dev.published, when, CLOSE_WINDOW))
        # so is a halt or a lifting reported within days of an alert whose news it was, and
        # a matter's move reported within days of an alert that read it as a halt or a
        # lifting (the report that named the matter another way)
        # (a halt, not an ending for good: those two kinds are not merged here); so is a
        # halt that tells no kind the alert's did not ("halts anti-poaching pact" two days
        # after «приостановила выполнение соглашения», read as an agreement and its halt)
        or (
            "reversal" in (event_types | moved) & dev.events
            and (dev.events <= WEAK_EVENTS or bool(change_keys) or event_types <= dev.events)
            and within_window(dev.published, when, CLOSE_WINDOW)
            # (not two halts or liftings of things named apart: a naval base restored on
            # Simushir is no grave visit let happen on Yuri days before)
            and (bool(shared) or not (names and dev_names) or bool(change_keys))
        )
        or (
            bool(event_types)
            and _nested(group_kinds(event_types), group_kinds(dev.events))
            and not (names and dev_names)
            and within_window(dev.published, when, SAME_DAY)
        )
        # talks held again, then reported on: an event of the alert's kind in a
        # sentence that names the matter it moved, itself moving nothing
        or (
            dev.status_change is not None
            and not change_keys
            and any(
                f"status:{dev.status_change[0]}" in c.reading.concepts()
                and group_kinds(c.events) & group_kinds(dev.events)
                for c in events
            )
        )
        or (
            within_window(dev.published, when, CLOSE_WINDOW)
            and (
                (reaction_only and dev.published <= when)
                or (is_reaction(dev.events) and when <= dev.published)
            )
        )
        # an ending for good read as an event where the matter's name was split («совместной
        # с Японией деятельности») and as the matter's end in the next day's report: one act
        or (
            dev.status_change is None
            and "termination" in dev.events
            and any(d == "end" for _, d in change_keys)
            and within_window(dev.published, when, SAME_DAY)
        )
        # a halt or lifting of what the alert's own halt or lifting was about, days later:
        # another report of it, in any language that thing was reported in
        or (
            "reversal" in dev.events
            and any("reversal" in c.events and same_subject(c.subject, dev.words) for c in events)
        )
    )


def _same_notice(
    dev: Development,
    when: dt.datetime,
    signature: frozenset[str],
    event_types: frozenset[str],
    dates: frozenset[str],
) -> bool:
    """Is this another report of a drill's notice: the same days ahead named, a place in
    common, within days, one of them a drill and neither anything but a drill, a survey or a
    weak kind («Новый НАВИП: … закроют с 26 по 29 мая», read as a survey, after "warning
    shifts naval drills to Iturup's Kurilsky Bay, May 26-29")?"""
    kinds, dev_kinds = group_kinds(event_types), group_kinds(dev.events)
    notice_kinds = DATED | WEAK_EVENTS | {"survey"}
    return (
        bool(dates & dev.dates)
        and bool(_names(signature) & _names(dev.signature))
        and within_window(dev.published, when, CLOSE_WINDOW)
        and bool((kinds | dev_kinds) & DATED)
        and kinds <= notice_kinds
        and dev_kinds <= notice_kinds
    )


def _makes_its_move(dev: Development, change_keys: set[tuple[str, str]]) -> bool:
    """Does the report move the matter the alert moved, the same way?"""
    return dev.status_change is not None and same_move(dev.status_change, change_keys)


# the four island groups Japan claims: reports that each name some of them, and none in
# common, tell of things that happened in different places
ISLANDS = frozenset({"kunashir", "iturup", "shikotan", "habomai"})


def _apart(names: frozenset[str], dev_names: frozenset[str]) -> bool:
    """Do both reports name the islands where it happened, and no island in common?"""
    here, there = names & ISLANDS, dev_names & ISLANDS
    return bool(here and there) and not here & there


def _names(signature: frozenset[str]) -> frozenset[str]:
    """The gazetteer's names of a signature, without the keys of other names."""
    return frozenset(n for n in signature if not is_key(n))


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """Are these the same kinds of event, one report naming a kind or two more than the
    other (a ban reported as a sanction, and as a sanction by a new rule)?"""
    return bool(a and b) and (a <= b or b <= a)


def known_fact(c: ClaimReading, knowledge: Knowledge, when: dt.datetime) -> Fact | None:
    """A known fact this event claim repeats: same kind of event, same named things, near."""
    for fact in knowledge.facts:
        if fact.date is None or not fact.entities & c.entities:
            continue
        if _apart(c.entities, fact.entities):
            continue  # a boat seized off Kunashir, another off the Habomai days later
        fact_time = dt.datetime.combine(fact.date, dt.time(12), tzinfo=dt.UTC)
        if not within_window(fact_time, when, FACT_WINDOW):
            continue
        # (a fact of no kind is what any report near it repeats, but a halt or a lifting
        # of it: that is news of its own, "the handover agreed last month put off"; and a
        # halt that names the fact as its cause is news beside it, 「拿捕の調査終了まで
        # ウニ漁中断」)
        # (so is an ending of it: "the extension … cut short", 「延長…打ち切り」)
        if c.events & {"reversal", "termination"} and fact.event not in _HALTS_AND_LIFTINGS:
            continue
        # (a notice of a drill on other days than the known one's is another notice)
        if c.events & DATED and dated_apart(
            _days_in(c.text, when), _days_in(fact.summary, fact_time)
        ):
            continue
        if fact.event is None or _same_event_kind(fact.event, c.events):
            return fact
    return None


_EVENT_KIND = {
    "deployment": "deployment", "military_exercise": "exercise", "official_visit": "visit",
    "agreement": "agreement", "legislation": "legislation", "protest": "protest",
    "talks_held": "talks", "talks_suspended": "talks", "talks_resumed": "talks",
    "detention": "detention", "sanctions": "sanctions", "election": "vote",
}  # fmt: skip


# the facts that are themselves a halt or a lifting, which a later halt may repeat
_HALTS_AND_LIFTINGS = frozenset({"reversal", "talks_suspended", "talks_resumed"})


def _same_event_kind(fact_event: str, events: frozenset[str]) -> bool:
    return _EVENT_KIND.get(fact_event, fact_event) in events


def signature_of(
    claims: tuple[ClaimReading, ...], lang: str = "", outlet: str = ""
) -> frozenset[str]:
    """The named things of the headline and of the sentences that report an event: what a
    later report of the same development shares. With the report's language, also the
    keys of the names the gazetteer does not know (monitor/core/names.py), which reports in
    other scripts share; not the outlet's own name, which its datelines give."""
    telling = [
        c for c in claims if c.reading.sentence.index == 0 or (c.reports_event and c.decisive)
    ]
    names = frozenset(e for c in telling for e in c.entities)
    if not lang:
        return names
    return names | (
        frozenset(
            k
            for c in telling
            for k in name_keys(cased(c.text), lang, ((h.start, h.end) for h in c.reading.hits))
        )
        - own_keys(outlet)
    )


# ----------------------------------------------------------------------------- months ahead

# a month named without its year, in each language ("in late July", «в конце июля», 「7月
# 下旬」); English month names are capitalised (not the modal "may")
_MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_MONTH = {
    "en": re.compile(r"\b(" + "|".join(_MONTHS_EN) + r")\b(?!\s+\d{4})"),
    "ru": re.compile(
        r"\b(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
        r"(?!\s+\d{4})",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"(?<![0-9年])(1[0-2]|[1-9])月"),
}
_RU_MONTHS = [
    "январ", "феврал", "март", "апрел", "ма", "июн",
    "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
]  # fmt: skip
MONTHS_AHEAD = 6  # a month named this far ahead is when the act is to happen
ANNOUNCED_LATE = dt.timedelta(days=7)  # the act done in a month announced is reported so late


# a day of the report's own month named without its month, as Japanese reports do: 「31日に」
_DAY_JA = re.compile(r"(?<![0-9月年])([0-9]{1,2})日(?![0-9])")


def months_ahead(texts: Iterable[str], lang: str, published: dt.datetime) -> frozenset[str]:
    """The months ("2026-07") a report's headline and lead name ahead of its date, without
    a year: when what it announces is to happen ("a first trip to Iturup in late July";
    「31日に…成聖式に参列する」, a later day of its own month). A month already past, or
    further ahead than MONTHS_AHEAD, names something else."""
    pattern = _MONTH.get(lang)
    if pattern is None:
        return frozenset()
    out = set()
    if lang == "ja" and any(
        int(m.group(1)) > published.day for t in texts for m in _DAY_JA.finditer(t)
    ):
        out.add(f"{published:%Y-%m}")
    for text in texts:
        for m in pattern.finditer(text):
            name = m.group(1)
            if lang == "en":
                month = _MONTHS_EN.index(name) + 1
            elif lang == "ru":
                stem = name.lower()
                month = next(i for i, s in enumerate(_RU_MONTHS) if stem.startswith(s)) + 1
            else:
                month = int(name)
            ahead = (month - published.month) % 12
            if 1 <= ahead <= MONTHS_AHEAD:
                year = published.year + (1 if month < published.month else 0)
                out.add(f"{year:04d}-{month:02d}")
    return frozenset(out)


LEAD_CHARS = 600  # how much of a report's text its lead is read from for announced months


def lead_texts(title: str, text: str) -> list[str]:
    """A report's headline and the sentences of its opening (a page's text may begin with
    its section and date lines: they name no month ahead)."""
    return [title, *(s for line in text[:LEAD_CHARS].splitlines() for s in split_sentences(line))]


# ------------------------------------------------------------------------------ days named

# the days a notice names for its act, in each language: "12-16 May", "May 12 to 16",
# «с 12 по 16 мая», «12–16 мая», 「5月12日から16日」, 「5月12～16日」 (a day alone too)
_DASH = r"\s*(?:[-–—~～〜]|to|through|and|по|и|до|から)\s*"
_DAYS = {
    "en": (
        re.compile(
            rf"\b(\d{{1,2}})(?:{_DASH}(\d{{1,2}}))?\s+({'|'.join(_MONTHS_EN)})\b", re.IGNORECASE
        ),
        re.compile(
            rf"\b({'|'.join(_MONTHS_EN)})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:{_DASH}(\d{{1,2}}))?\b",
            re.IGNORECASE,
        ),
    ),
    "ru": (
        re.compile(
            rf"\b(\d{{1,2}})(?:{_DASH}(\d{{1,2}}))?\s+"
            r"(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*",
            re.IGNORECASE,
        ),
    ),
    "ja": (re.compile(rf"(?<![0-9年])(1[0-2]|[1-9])月(\d{{1,2}})日?(?:{_DASH}(\d{{1,2}})日|日)"),),
}
_LONGEST_SPAN = 31  # a named span of days longer than this is no notice's


def days_named(texts: Iterable[str], lang: str, published: dt.datetime) -> frozenset[str]:
    """The days ("2026-05-12") after the report's date that its headline and lead name,
    alone or as a span: the days a notice closes an area for, a drill's days. The report's
    own day and days gone by (when it was announced, when a drill began) are not counted:
    two reports of one drill name the same days ahead, or none."""
    patterns = _DAYS.get(lang, ())
    today = published.date()
    out: set[str] = set()
    for text in texts:
        for pattern in patterns:
            for m in pattern.finditer(text):
                span = _span(m, lang)
                if span is None:
                    continue
                month, first, last = span
                # (a month half a year behind is next year's: "on January 3", said in May)
                year = today.year + (1 if month < today.month - 6 else 0)
                for day in range(first, min(last, first + _LONGEST_SPAN) + 1):
                    try:
                        date = dt.date(year, month, day)
                    except ValueError:
                        continue
                    if date > today:
                        out.add(date.isoformat())
    return frozenset(out)


def _span(m: re.Match[str], lang: str) -> tuple[int, int, int] | None:
    """(month, first day, last day) of a match of _DAYS."""
    groups = m.groups()
    if (lang == "en" and groups[0].isalpha()) or lang == "ja":
        name, first, last = groups
    else:
        first, last, name = groups
    if lang == "en":
        month = [n.lower() for n in _MONTHS_EN].index(name.lower()) + 1
    elif lang == "ru":
        stem = name.lower()
        month = next(i for i, s in enumerate(_RU_MONTHS) if stem.startswith(s)) + 1
    else:
        month = int(name)
    lo, hi = int(first), int(last) if last else int(first)
    if not (1 <= lo <= hi <= 31):
        return None
    return month, lo, hi


def _days_in(text: str, published: dt.datetime) -> frozenset[str]:
    """days_named of one text in whichever language it is written."""
    return frozenset().union(*(days_named([text], lang, published) for lang in _DAYS))


def dated_apart(dates: frozenset[str], dev_dates: frozenset[str]) -> bool:
    """Do both reports name days ahead for their act, and no day in common (a second
    notice closing the strait on other days)?"""
    return bool(dates and dev_dates) and not dates & dev_dates
