"""Novelty: compare what an article reports with what is known, and decide.

Core module: plain data in, an Assessment out; no I/O, no clock, no asyncio (time is the
articles' publication times). Grouping with alerted developments is `grouping`'s, what an
alert teaches is `learning`'s. The decision, in order:

1. off-topic or look-alike: no watch rule matches the headline and lead;
2. same development: its status change, or its named things and event types, match a
   development alerted within the grouping window (another outlet, language or copy);
3. status change: a lead sentence moves a tracked status (halted → resumed, or back),
   not negated, not conditional, not background;
4. new development: the headline or first sentences report an event (a deployment, a
   visit, an agreement, a resolution, ...) near the publication date, not negated, not
   conditional, not a repeat of a known fact;
5. restatement: on topic, but nothing above (a known position, background, an analysis).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from monitor.core import buried, digest, talk
from monitor.core.attribution import quoted_headline, said_by
from monitor.core.claim_reading import anchor_hits, months_named
from monitor.core.grouping import (
    GROUP_WINDOW,
    LEARNED_MATTER_AGE,
    LEARNED_MATTER_NAMES,
    WEAK_EVENTS,
    arrangements_about,
    days_named,
    known_fact,
    lead_texts,
    learned_recently,
    same_development,
    sharing_names,
    signature_of,
    undoes_last_move,
    undoes_learned,
    undone_by,
)
from monitor.core.knowledge import (
    MOVE_WAY,
    MOVES,
    Development,
    Knowledge,
    TrackedStatus,
    move_of,
)
from monitor.core.models import Article, Assessment, Claim, StatusChange, StatusState
from monitor.core.reading import MAX_SENTENCES, ClaimMemo, corrects_report, read_article
from monitor.core.rules import ENTITY_PREFIX, FOLLOW_UP, Matcher, RuleSet
from monitor.core.sentence_reading import ClaimReading, Reading, outside_spans, quoted_spans
from monitor.core.subjects import FOLLOW_OVERLAP, subject_words
from monitor.core.text import normalize

DEEP_SENTENCES = 12  # a lead of commentary is read this far for the story's own report
NOTHING_REPORTED = "only positions and background"
CORRECTION = "correction"  # the kind of event of a report that corrects an alerted one
ROUTINE_EVENTS = frozenset({"agreement", "talks"})  # concluded every year, as before
BREAK_EVENTS = frozenset({"reversal", "termination"})  # a routine round called off or ended
# news in a headline on the topic (an opening is not: a kindergarten or a school opening
# on an island is local news the corpora leave unscored, and subscribers did not ask for)
# (an ending for good that no tracked matter names, an office abolished: news when the
# headline reports it; a company's place in a regime terminated, further down, is not)
HEADLINE_EVENTS = frozenset({"talks", "sanctions", "protest", "termination"})


@dataclass(frozen=True)
class Judge:
    """Rules and knowledge compiled for assessing articles."""

    rules: RuleSet
    knowledge: Knowledge
    matcher: Matcher  # the rules' terms and the tracked statuses' terms, in one automaton

    @classmethod
    def build(cls, rules: RuleSet, knowledge: Knowledge) -> Judge:
        terms = [t for c in rules.concepts.values() for t in c.terms]
        terms += [t for s in knowledge.statuses.values() for t in s.terms]
        return cls(rules, knowledge, Matcher(terms))

    def with_knowledge(self, knowledge: Knowledge) -> Judge:
        return Judge(self.rules, knowledge, self.matcher)

    def read(
        self,
        article: Article,
        brief: bool = False,
        deep: bool = False,
        follows: tuple[str, ...] = (),
        memo: ClaimMemo | None = None,
    ) -> Reading:
        limit = DEEP_SENTENCES if deep else MAX_SENTENCES
        return read_article(
            article,
            self.rules,
            self.matcher,
            self._held_in_talks(),
            brief,
            limit,
            deep=deep,
            follows=follows,
            memo=memo,
        )

    def _held_in_talks(self) -> frozenset[str]:
        """The tracked matters that live in talks (their talks held move them)."""
        return frozenset(sid for sid, s in self.knowledge.statuses.items() if s.in_talks)

    def _follows(self, reading: Reading) -> tuple[str, ...]:
        """The named things the headline and lead share with an alert of the last years,
        when they are enough to make the article a follow-up of it."""
        names = frozenset(
            h.concept[len(ENTITY_PREFIX) :]
            for r in reading.sentences
            if r.sentence.index == 0 or r.in_lead
            for h in r.hits
            if h.concept.startswith(ENTITY_PREFIX)
        )
        names = self._specific(names)
        if len(names) >= LEARNED_MATTER_NAMES:  # most pages no rule matches name fewer
            followed = sharing_names(
                self.knowledge, names, reading.article.published, after=-LEARNED_MATTER_AGE
            )
            if followed:
                return tuple(sorted(names & followed[0].signature))
        return self._follows_arrangement(reading)

    def _follows_arrangement(self, reading: Reading) -> tuple[str, ...]:
        """The words a headline or lead sentence that halts or lifts something shares with
        an arrangement an alert of the last years reported ("has suspended the sharing of
        avalanche warnings"), when they are enough to make the article a follow-up of it."""
        when = reading.article.published
        for r in reading.sentences:
            if not (r.sentence.index == 0 or r.in_lead) or not r.of("change."):
                continue
            words = subject_words(r.sentence.text, r.hits)
            for dev in arrangements_about(
                self.knowledge, words, when, after=-LEARNED_MATTER_AGE, at_least=FOLLOW_OVERLAP
            ):
                return tuple(sorted(words & dev.words))
        return ()

    def assess(self, article: Article, whole: bool = True) -> Assessment:
        """Decide on the headline and the lead; an alert reads the whole story for its
        text (reactions further down, the statuses it mentions) and decides again. A page
        of several stories that reports nothing in its lead is read item by item
        (monitor/core/digest.py); `whole` is False for an item."""
        memo: ClaimMemo = {}  # each reading of the page reuses the sentences read before
        reading = self.read(article, brief=True, memo=memo)
        follows = () if reading.rule_hits else self._follows(reading)
        if follows:
            reading = self.read(article, brief=True, follows=follows, memo=memo)
        assessment = assess(reading, self.rules, self.knowledge)
        if assessment.alerts:
            reading = self.read(article, follows=follows, memo=memo)
            assessment = assess(reading, self.rules, self.knowledge)
        elif reading.commentary and not _occasion(reading):
            # a column or a review: its own report may come a few paragraphs down (read
            # that far only: the rest is a long story's background)
            deep = self.read(article, deep=True, follows=follows, memo=memo)
            further = assess(deep, self.rules, self.knowledge)
            if further.alerts:
                further = self._commented(deep, further)
            if further.alerts or further.decision == "same_development":
                assessment, reading = further, deep
        if assessment.alerts or assessment.decision == "same_development":
            assessment = replace(assessment, subject=reading.subject)
        elif whole:
            for item in self.items(article, reading):
                further = self.assess(item, whole=False)
                if further.alerts or further.decision == "same_development":
                    return further
            for item in self.buried(reading):
                # a story told past a lead on something else alerts on its own; told again
                # so, it is the page's background, not a source of the earlier alert
                further = self.assess(item, whole=False)
                if further.alerts:
                    # the sentence that tells it, its headline here, is what is new
                    told = _claim(self.read(item, brief=True).claims[0])
                    return replace(further, new_claims=(told, *further.new_claims))
        return assessment

    def buried(self, reading: Reading) -> list[Article]:
        """The stories a page tells past a lead on something else (monitor/core/buried.py),
        given its brief reading: none for a column, an occasion piece or a page of
        several stories, whose later paragraphs are commentary, ritual or other items."""
        if (
            reading.vetoed
            or reading.masked_topic
            or reading.commentary
            or _occasion(reading)
            or _digest(reading)
            or not buried.on_other_matter(reading)  # a page whose own story is the dispute
        ):
            return []
        in_talks = self._held_in_talks()
        story = read_article(
            reading.article, self.rules, self.matcher, in_talks, False, buried.STORY_SENTENCES
        )
        return buried.reports(story, self.rules, in_talks)

    def items(self, article: Article, reading: Reading | None = None) -> list[Article]:
        """The parts of a page read as stories of their own when the page, read as one,
        reports nothing: a digest's items (monitor/core/digest.py), or the answers of a page
        of talk that announce (monitor/core/talk.py). `reading` is the page's brief one."""
        if reading is None:
            reading = self.read(article, brief=True)
        if _digest(reading):
            found = digest.items(article)
            if found:
                return found
        return talk.announcements(article, self.matcher)

    def _commented(self, deep: Reading, further: Assessment) -> Assessment:
        """A column's own report, found past its lead, that names a specific thing an alert
        of the last days named is that alert's story: a column comments on recent news far
        more often than it breaks it."""
        names = self._specific(frozenset(e for c in deep.claims for e in c.entities))
        when = deep.article.published
        # the newest alert of the ten days before it (`after`: none published after it)
        recent = sharing_names(
            self.knowledge,
            names,
            when,
            after=-dt.timedelta.resolution,
            within=GROUP_WINDOW,
            least=1,
        )
        if recent:
            return Assessment(
                "same_development",
                f"a column on the story of alert #{recent[0].alert_id} ({recent[0].title})",
                hits=further.hits,
                same_as=recent[0].id,
                signature=further.signature,
            )
        return further

    def _specific(self, names: frozenset[str]) -> frozenset[str]:
        return _specific(self.rules, names)


def _specific(rules: RuleSet, names: frozenset[str]) -> frozenset[str]:
    """The named things the gazetteer knows as specific (not "Japan", "the islands")."""
    return frozenset(n for n in names if n in rules.entities and not rules.entities[n].generic)


def _claim(c: ClaimReading, known_as: str | None = None) -> Claim:
    kind: Literal["event", "position", "background"] = (
        "event" if c.reports_event else ("background" if c.past else "position")
    )
    change = c.changes[0] if c.changes else None
    return Claim(
        text=c.text,
        kind=kind,
        event=next(iter(sorted(c.events)), None),
        entities=c.entities,
        negated=c.negated,
        modal=c.modal,
        known_as=known_as,
        status_change=change,
    )


def assess(reading: Reading, rules: RuleSet, knowledge: Knowledge) -> Assessment:
    """Decide what one article is, given what is known (see the module docstring)."""
    out_of_scope = _out_of_scope(reading)
    if out_of_scope is not None:
        return out_of_scope
    article = reading.article
    hits = reading.rule_hits
    claims = reading.claims
    if all(h.rule == FOLLOW_UP for h in hits):
        follow_up = _follow_up(reading, knowledge)
        if follow_up is not None:
            return follow_up
    mentioned = _mentioned(reading)
    title_claim = claims[0] if claims else None
    title_anchored = bool(title_claim and title_claim.anchored)
    reported = _reported(claims, knowledge, article.published, title_anchored)
    if any(c.events <= {"vote"} for c in reported):
        # an election in a sentence, or under a headline, that names only a town off the
        # islands is that town's (asked only of elections: it quotes and scans the sentence)
        votes_off = bool(title_claim and _anchored_off_islands(title_claim, rules))
        reported = [
            c
            for c in reported
            if not (
                c.events <= {"vote"}
                and (_anchored_off_islands(c, rules) if c.anchored else votes_off)
            )
        ]
    events = [c for c in reported if c.decisive]
    strong = _strong(claims, events, knowledge, article.published, title_anchored, article.lang)
    moves = _borne_out(
        claims, _limited_by_headline(claims, [(c, ch) for c in claims for ch in c.changes])
    )
    if title_claim is not None and title_claim.reading.of("cue.still"):
        # 「今夏も実施できず」: what goes on, not done again, puts off no permission
        moves = [(c, ch) for c, ch in moves if ch[1] != "putoff"]
    change_keys = {ch for _, ch in moves}
    recalled = _recalled(claims, knowledge)
    changes = _changes(moves, knowledge, article.published, recalled)
    signature = signature_of(claims, article.lang, article.outlet)
    event_types = frozenset(e for c in events for e in c.events)

    dev = same_development(
        knowledge,
        article.published,
        signature,
        event_types,
        change_keys,
        events,
        subject=lambda: reading.subject,
        named=frozenset(mentioned),
        dates=days_named(lead_texts(article.title, article.text), article.lang, article.published),
    )
    if corrects_report(reading):
        dev = _corrected(reading, rules, knowledge, dev, change_keys, mentioned)
        if dev is not None and _corrects(reading, dev):
            # the first report of its correction alerts; later ones join that alert
            return _correction(reading, dev, mentioned, signature, event_types)
    if dev is not None:
        joined = _joined_moves(changes, knowledge, article, recalled, dev)
        return Assessment(
            "same_development",
            f"same development as alert #{dev.alert_id} ({dev.title})"
            + "".join(f"; {m.matter}: {m.old.state} → {m.new.state}" for m in joined),
            hits=hits,
            same_as=dev.id,
            signature=signature,
            changes=tuple(joined),
        )

    # (a sentence further down that only recalls, "Today nothing is scheduled. Grave visits
    # … were never part of …", is no report of the story's own)
    if reading.commentary and (
        _occasion(reading) or not any(c.further and not c.past for c in claims)
    ):
        return Assessment(
            "restatement",
            "commentary or an occasion piece (analysis, opinion, anniversary, annual day) "
            "is not a first report",
            hits=hits,
            signature=signature,
        )

    if changes:
        moved = _moved(changes, knowledge, article, recalled)
        if moved:
            return _status_change(reading, changes, moved, mentioned, signature)

    if strong:
        return _news(reading, knowledge, reported, strong, event_types, mentioned, signature)

    return Assessment("restatement", _why_nothing(claims), hits=hits, signature=signature)


def _news(
    reading: Reading,
    knowledge: Knowledge,
    reported: list[ClaimReading],
    strong: list[ClaimReading],
    event_types: frozenset[str],
    mentioned: tuple[str, ...],
    signature: frozenset[str],
) -> Assessment:
    """Decides a story with events that are news on their own: a new development, unless
    every one of them repeats a known fact."""
    when = reading.article.published
    fresh = [c for c in reported if known_fact(c, knowledge, when) is None]
    if not [c for c in fresh if c.decisive and (c.events - WEAK_EVENTS or c in strong)]:
        fact = known_fact(strong[0], knowledge, when)
        return Assessment(
            "restatement",
            f"repeats known fact {fact.id if fact else '?'}",
            hits=reading.rule_hits,
            signature=signature,
        )
    return _new_development(reading, knowledge, fresh, strong, event_types, mentioned, signature)


def _corrected(
    reading: Reading,
    rules: RuleSet,
    knowledge: Knowledge,
    dev: Development | None,
    change_keys: set[tuple[str, str]],
    mentioned: tuple[str, ...],
) -> Development | None:
    """The alerted development a report that says a report was wrong speaks of: the one it
    was grouped with; else one matched by the events it tells as not done, or by two
    specific things its headline and lead name. When that one was corrected already, its
    alerted correction (this report is another report of it)."""
    when = reading.article.published
    told = tuple(c for c in reading.claims if c.reading.sentence.index == 0 or c.reading.in_lead)
    if dev is None:
        dev = same_development(
            knowledge,
            when,
            signature_of(told, reading.article.lang, reading.article.outlet),
            frozenset(e for c in told for e in c.events),
            change_keys,
            list(told),
            subject=lambda: reading.subject,
            named=frozenset(mentioned),
        )
    if dev is None:
        names = _specific(rules, frozenset(e for c in told for e in c.entities))
        dev = next(
            iter(sharing_names(knowledge, names, when, -dt.timedelta.resolution, GROUP_WINDOW)),
            None,
        )
    if dev is None or CORRECTION in dev.events:
        return dev
    return _corrected_by(dev, knowledge, when) or dev


def _corrects(reading: Reading, dev: Development) -> bool:
    """Does this later report, whose headline or lead says a report was wrong ("the
    statement wrongly placed…", «в подписи допущена ошибка», 「【訂正】」), correct this
    alerted development? Those who had the alert must be told. A party's denial of what the
    other side says is a reaction told with the story; a correction already alerted is
    joined like any story."""
    return (
        CORRECTION not in dev.events
        and dev.published < reading.article.published
        and not _still_stands(reading, dev)
    )


def _still_stands(reading: Reading, dev: Development) -> bool:
    """Does the correcting report still tell the development's event as it happened
    (reported, or as the background of the correction: 「…に異常接近した事案について、
    最接近距離を…に訂正」), naming nothing the alert did not? Then only a detail changed
    (a distance corrected from 30 to 45 metres): it is another report of the development,
    not news that the report was wrong."""
    detail = _DETAIL_CORRECTED[reading.article.lang].search(
        " ".join(c.text for c in reading.claims if c.decisive)
    )
    return any(
        c.events & dev.events
        and not (c.negated or c.denied or c.modal)
        # (a correction that says which detail it changes, "corrects the number of injured
        # to one, from three", may name what the alert did not)
        and (c.entities <= dev.signature or detail is not None)
        for c in reading.claims
        if c.decisive
    )


# a correction's note that changes a number: "(Corrects number of injured … to one, from
# three)", «исправлено число пострадавших (вместо трёх)», 「負傷者数を3人から1人に訂正」,
# 「最接近距離を「約35メートル」に訂正」 (a place corrected is another matter: the act
# may not have been on the islands at all)
_NUMBER_EN = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)"
_DETAIL_CORRECTED = {
    "en": re.compile(
        rf"\bcorrects?\b[^.;]{{0,160}}?\bto\s+(?:about\s+|around\s+)?{_NUMBER_EN}\b"
        rf"[^.;]{{0,30}}?(?:,\s*|\s+)from\s+(?:about\s+|around\s+)?{_NUMBER_EN}\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\bисправ\w*[^.;]{0,160}?(?:\bвместо\b|\bа\s+не\b)\s+(?:\d|одн|дв|тр|четыр|пят|шест|сем|восем|девят|десят)",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"[0-9０-９一二三四五六七八九十][^。]{0,12}?に訂正"),
}


def _corrected_by(dev: Development, knowledge: Knowledge, when: dt.datetime) -> Development | None:
    """The alerted correction of this development, if one came before `when`: the newest
    correction since it that names something it named."""
    return next(
        (
            d
            for d in reversed(knowledge.developments)
            if CORRECTION in d.events
            and dev.published < d.published <= when
            and d.signature & dev.signature
        ),
        None,
    )


def _correction(
    reading: Reading,
    dev: Development,
    mentioned: tuple[str, ...],
    signature: frozenset[str],
    event_types: frozenset[str],
) -> Assessment:
    """The assessment of a report that denies or corrects an alerted development: a new
    development of its own, shown against the alert it corrects. It moves no matter."""
    lead = [c for c in reading.claims if c.reading.sentence.index > 0 and c.reading.in_lead]
    told = tuple(_claim(c) for c in (lead or list(reading.claims[:1]))[:2])
    return Assessment(
        "new_development",
        f"corrects alert #{dev.alert_id} ({dev.title})",
        hits=reading.rule_hits,
        new_claims=_dedupe(told),
        mentioned_statuses=mentioned,
        signature=signature,
        event=CORRECTION,
        events=event_types | {CORRECTION},
        corrects=(dev.id,),
    )


def _mentioned(reading: Reading) -> tuple[str, ...]:
    """The tracked matters the story names anywhere, in order, each once."""
    return tuple(
        dict.fromkeys(
            h.concept[len("status:") :]
            for r in reading.sentences
            for h in r.hits
            if h.concept.startswith("status:")
        )
    )


def _status_change(
    reading: Reading,
    changes: list[tuple[ClaimReading, tuple[str, str]]],
    moved: list[StatusChange],
    mentioned: tuple[str, ...],
    signature: frozenset[str],
) -> Assessment:
    """The assessment of a story that moves tracked matters."""
    new_claims = tuple(_claim(c) for c in _beyond_headline([c for c, _ in changes]))
    return Assessment(
        "status_change",
        "; ".join(f"{m.matter}: {m.old.state} → {m.new.state}" for m in moved),
        hits=reading.rule_hits,
        new_claims=_with_detail(_dedupe(new_claims), reading),
        changes=tuple(moved),
        known_claims=_known_claims(reading.claims),
        mentioned_statuses=mentioned,
        signature=signature | {f"status:{m.status_id}" for m in moved},
        event="status_change",
        # the kinds of event it reports besides the move (the talks held that resumed the
        # talks): what its reports in other words or languages share with it
        events=frozenset(
            e for c in reading.claims if c.reports_event and c.decisive for e in c.events
        ),
    )


def _new_development(
    reading: Reading,
    knowledge: Knowledge,
    fresh: list[ClaimReading],
    strong: list[ClaimReading],
    event_types: frozenset[str],
    mentioned: tuple[str, ...],
    signature: frozenset[str],
) -> Assessment:
    """The assessment of a story that reports a new development, with the earlier alerts
    its halts or liftings undo."""
    when = reading.article.published
    return Assessment(
        "new_development",
        "reports " + ", ".join(sorted(event_types)),
        hits=reading.rule_hits,
        new_claims=_with_detail(
            _dedupe(
                tuple(
                    _claim(c)
                    for c in _beyond_headline(_in_order(fresh, reading.reactions), reading)
                )
            ),
            reading,
        ),
        known_claims=_known_claims(reading.claims),
        mentioned_statuses=mentioned,
        signature=signature,
        event=sorted(event_types)[0] if event_types else None,
        events=event_types,
        undoes=tuple(
            dict.fromkeys(
                dev.id
                for c in strong
                if "reversal" in c.events
                for dev in undone_by(c, knowledge, when)
            )
        ),
    )


def _out_of_scope(reading: Reading) -> Assessment | None:
    """Decides look-alikes and off-topic pages: the headline's topic words name a look-alike,
    a rule's `none` concepts veto it, or no watch rule matches at all."""
    if reading.masked_topic:
        return Assessment("look_alike", "the headline's topic words name a look-alike")
    if not reading.rule_hits:
        if reading.vetoed:
            return Assessment(
                "look_alike",
                "the topic words belong to a look-alike "
                f"({', '.join(reading.vetoed) or 'a name after the Kurils'})",
            )
        return Assessment("off_topic", "no watch rule matches the headline or lead")
    return None


def _follow_up(reading: Reading, knowledge: Knowledge) -> Assessment | None:
    """Decides a page in scope only as a follow-up of an earlier alert (it names what the
    alert named, not the islands or the treaty): a later report of that alert or a
    restatement, unless it undoes the alert (then None: it is judged as news)."""
    article = reading.article
    hits = reading.rule_hits
    undoing = [
        c
        for c in reading.claims
        if c.reports_event
        and c.decisive
        and "reversal" in c.events
        and undoes_learned(c, knowledge, article.published)
    ]
    if undoing:
        return None
    followed = frozenset(hits[0].terms)
    for dev in sharing_names(knowledge, followed, article.published, within=GROUP_WINDOW):
        return Assessment(
            "same_development",
            f"a later report of alert #{dev.alert_id} ({dev.title})",
            hits=hits,
            same_as=dev.id,
        )
    return Assessment(
        "restatement",
        "names what an earlier alert named, but reports nothing that undoes it",
        hits=hits,
    )


def _anchored_off_islands(claim: ClaimReading, rules: RuleSet) -> bool:
    """Is the sentence about the dispute only by naming a place off the islands (「根室市
    長選、新人が初当選」), leaving aside what it quotes (「…「ビザなし交流の再開へ国に働きかけ」」:
    the winner's words)? An election its lead reports is held there, unless the lead names
    the islands itself."""
    quotes = quoted_spans(normalize(claim.text), terms=False)
    said = outside_spans(list(claim.reading.hits), quotes)
    if any(h.concept == "fisheries" for h in said):
        return False
    anchors = anchor_hits(said, rules)
    return bool(anchors) and all(
        (e := rules.entities.get(h.concept[len(ENTITY_PREFIX) :])) is not None and e.off_islands
        for h in anchors
    )


def _reported(
    claims: tuple[ClaimReading, ...],
    knowledge: Knowledge,
    when: dt.datetime,
    title_anchored: bool,
) -> list[ClaimReading]:
    """Decides which claims report an event of the dispute: on the topic (anchored, or under
    an anchored headline), the first talks since a break, an undoing of an earlier alert,
    or a refusal that breaks a routine for the first time."""
    # the first talks between the two governments since a break are news of the dispute's
    # diplomacy even when no island or the treaty is named ("the first Japan–Russia defence
    # talks since 2022")
    title = claims[0] if claims else None
    # (or talks the lead calls the first since a break, under a headline of talks between
    # the two: "Japan, Russia officials hold rare call …" / "… the first contact of its kind
    # since 2022")
    bilateral_talks = bool(title and title.bilateral and "talks" in title.events)
    # a release is of the detention its story places on the islands («шхуну отпустили»
    # over «была задержана … у острова Зелёный»)
    held_here = any(c.anchored and "detention" in c.events for c in claims)
    reported = [
        c
        for c in claims
        if c.reports_event
        and (
            c.anchored
            or title_anchored
            or (c.first_since and "talks" in c.events and (c.bilateral or bilateral_talks))
            # a post between the two countries filled or created (an ambassador of one to
            # the other, an envoy for the treaty): the people the dispute's diplomacy goes
            # through
            or ("appointment" in c.events and {"japan", "russia"} <= c.reading.concepts())
            # undoing what an earlier alert reported is of that alert's topic
            or ("reversal" in c.events and undoes_learned(c, knowledge, when))
            or _bilateral_break(c)
            or ("release" in c.events and held_here)
        )
    ]
    # a refusal that breaks a routine for the first time ("no kelp deal, the first season
    # without one since 1981") is news: the negation itself is what happened
    reported += [
        c
        for c in claims
        if c.decisive
        and c.negated
        and not c.denied
        and c.first_since
        and not c.past
        and c.events
        and (c.anchored or title_anchored)
    ]
    return reported


def _bilateral_break(c: ClaimReading) -> bool:
    """Does the claim halt, end or restore a standing arrangement of the two governments
    (an agreement on incidents at sea, a wildlife programme, a memorandum: the working ties
    the dispute has left between them), or talks between them named by no island and no
    treaty ("puts the New Delhi talks with Japan on hold"; talks named by the treaty are
    its tracked matter, moved as such)?"""
    return (
        bool(c.events & BREAK_EVENTS)
        and c.bilateral
        and (
            bool(c.reading.of("cue.arrangement"))
            or ("talks" in c.events and not c.anchored and not c.reading.of("status:"))
        )
    )


def _strong(
    claims: tuple[ClaimReading, ...],
    events: list[ClaimReading],
    knowledge: Knowledge,
    when: dt.datetime,
    title_anchored: bool,
    lang: str,
) -> list[ClaimReading]:
    """Decides which reported events are news on their own: not only weak ones (reactions,
    context, a routine round), or a first since a break, an undoing of an earlier alert,
    or one of the headline events in an anchored headline."""
    # the yearly round concluded as before ("on the same terms as last year") is routine
    routine = any(c.reading.of("cue.routine") for c in claims)
    routine_events = ROUTINE_EVENTS if routine else frozenset()
    title_claim = claims[0] if claims else None
    # an opening under a headline that calls it the first of its kind ("Island gets its
    # first college") is news, as one that says so itself is (claim_reading: infrastructure)
    first_kind = title_claim is not None and title_claim.first_kind and title_anchored
    # a headline that calls the story the first since a break ("pupils talk by video for the
    # first time in three years") makes the lead's report of it news, weak as its kind is
    first_since_title = (
        title_claim is not None
        and title_claim.first_since
        and title_anchored
        and not (title_claim.negated or title_claim.modal or title_claim.past)
    )
    strong = [
        c
        for c in events
        if c.events - WEAK_EVENTS - routine_events - (ROUTINE_EVENTS if c.routine_anchor else set())
        or c.first_since
        or ("construction" in c.events and first_kind and not c.past)
        # a parade the report calls the first on the islands ("the first military parade
        # in the island's history"); the yearly Victory Day parade is a ritual
        or ("parade" in c.events and (c.first_kind or first_kind) and not c.past)
        or (first_since_title and c.decisive and not c.past)
        # (and ended for good: «Московская декларация … о партнёрстве с Японией утратила
        # силу»)
        or (_bilateral_break(c) and c.decisive and not (c.past or c.denied))
        or ("reversal" in c.events and undoes_learned(c, knowledge, when))
        # a letter or a note between the two governments, sent, handed over or received
        # ("Ishiba wrote to Putin", «МИД получил ноту», 「口上書で…提案」); a note of
        # protest is the protest
        or (
            "correspondence" in c.events
            and c.bilateral
            and "protest" not in c.events
            and c.decisive
            and not (c.past or c.denied)
            and not _asks_a_move(c, lang)
        )
        # a round or a part of the fisheries arrangements called off or halted: the break,
        # whether or not the sentence names the islands whose waters it concerns
        or ("fisheries" in c.reading.concepts() and bool(c.events & BREAK_EVENTS))
    ]
    # talks held, an entry ban or a protest, in a headline about the islands or the treaty,
    # is news (a protest answers something that just happened); ritual occasions and
    # commentary were set aside above. Talks in a headline that gives someone's words
    # ("Lavrov: Tokyo shut the door on treaty talks") are what the words are about, not
    # talks held.
    quoted = title_claim is not None and quoted_headline(title_claim.text)
    spoken = frozenset({"talks"}) if quoted else frozenset()
    if (
        title_claim is not None
        and title_claim in events
        and title_anchored
        and title_claim.events & HEADLINE_EVENTS - routine_events - spoken
        and not (title_claim.routine_anchor and title_claim.events <= ROUTINE_EVENTS)
        and not _protests_words(title_claim, lang)
    ):
        strong.append(title_claim)
    elif (
        title_claim is not None
        and title_claim.reports_event
        and not title_anchored
        and "protest" in title_claim.events
        and not _protests_words(title_claim, lang)
    ):
        # a summons or a protest under a headline that names no island ("Moscow summons
        # Tokyo's envoy over coast guard ship", 「ロシア記念切手に「遺憾」」), over an act the
        # lead's own protest ties to the islands: as news as under a headline about them
        strong += [
            c
            for c in events
            if c is not title_claim
            and "protest" in c.events
            and c.anchored
            and not _protests_words(c, lang)
        ]
    return strong


def _asks_a_move(c: ClaimReading, lang: str) -> bool:
    """Does the letter or note ask for a tracked matter's move (the grave visits let happen
    again, «нота с просьбой возобновить поездки», 「墓参の実施を求める口上書」)? That is the
    asking side's standing request, sent again: what it asks is not done, and the note
    itself is no news. The standing request is Japan's, made to Russia (the seeds): a note
    from Russia that demands something of Japan's boats is a new demand. A note that
    proposes the move offers it (「交渉の再開を提案する口上書」, "a note proposing a first
    round"): the side that would make it says it is ready."""
    to_russia = _JAPAN_ASKS_RUSSIA.get(lang)
    return (
        bool(c.reading.of("status:"))
        and any(why == "requested" for _, why in c.unasserted)
        and not _PROPOSES.search(c.text)
        and to_russia is not None
        and to_russia.search(c.text) is not None
    )


# a note Japan sends Russia: its addressee Russia (「在京ロシア大使館に口上書で」), or its
# sender Japan («нота посольства Японии», "Tokyo's note")
_JAPAN_ASKS_RUSSIA = {
    "en": re.compile(
        r"\b(?:Japan|Tokyo)(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:note|letter)\b"
        r"|\b(?:note|letter)\s+(?:[\w-]+\s+){0,2}?(?:to|with)\s+(?:the\s+)?(?:Moscow|Russia|Russian)\b"
        r"|\b(?:asked|urged|requested|pressed)\s+(?:Moscow|Russia)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"нот\w*\s+(?:[\w-]+\s+){0,2}?(?:Японии|Токио)|японск\w+\s+нот\w*"
        r"|(?:Токио|Япония)\s+(?:направил|передал|вручил)\w*",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"ロシア(?:側|大使館|外務省|政府)?(?:に|へ)(?:対し(?:て)?)?"),
}


# a proposal offers what it names, as a request does not ask it of the other side
_PROPOSES = re.compile(r"\b(?:propos|offer)\w*|\bпредл(?:ож|аг)\w*|提案", re.IGNORECASE)


# a protest at someone's words ("Japan protests after Medvedev says the Kurils are not a
# subject for talks", 「…の発言に抗議」, «протест в связи с заявлением»): it answers a
# position, which is no news of its own; a protest at an act the words report ("after
# Moscow says missiles now guard Iturup") has that act's event beside it
_PROTESTED_WORDS = {
    "en": re.compile(
        r"\bprotest\w*\b[^.;]*?\b(?:after|over|at|against)\b[^.;]*?"
        r"\b(?:says?|said|remarks?|comments?|statements?|words)\b"
    ),
    "ru": re.compile(r"протест\w*[^.;]*?(?:заявлени|высказывани|слов)\w*"),
    "ja": re.compile(r"(?:発言|談話|声明)(?:に|へ)?(?:抗議|反発)"),
}


def _protests_words(c: ClaimReading, lang: str) -> bool:
    """Is the headline's only event a protest at someone's words?"""
    pattern = _PROTESTED_WORDS.get(lang)
    return (
        c.events == {"protest"} and pattern is not None and bool(pattern.search(normalize(c.text)))
    )


def _recalled(claims: tuple[ClaimReading, ...], knowledge: Knowledge) -> frozenset[str]:
    """The halted matters the report itself tells were resumed since they were halted ("the
    programme it restored in 2026", 「昨年再開した交流」): news the monitor did not see, so
    what it knows of them is out of date."""
    out = set()
    for c in claims:
        for sid, year in c.recalled:
            tracked = knowledge.statuses.get(sid)
            if tracked is None or tracked.active:
                continue
            since = tracked.status.current.since
            # a recall with no year may not undo a state an alert taught (newer than the
            # seeds): "halted the consultations it resumed" then tells that alert's halt
            learned = since is not None and (
                knowledge.known_as_of is None or since > knowledge.known_as_of
            )
            if since is None or (year == 0 and not learned) or year >= since.year:
                out.add(sid)
    return frozenset(out)


def _changes(
    moves: list[tuple[ClaimReading, tuple[str, str]]],
    knowledge: Knowledge,
    when: dt.datetime,
    recalled: frozenset[str] = frozenset(),
) -> list[tuple[ClaimReading, tuple[str, str]]]:
    """Decides which moves of tracked matters count: the matter may move that way (from
    where it stands, or from running again where the report says it was resumed), and
    undoing a state learned weeks ago takes more than a headline."""
    in_body = {ch for c, ch in moves if c.reading.sentence.index > 0}
    return [
        (c, (sid, d))
        for c, (sid, d) in moves
        if sid in knowledge.statuses
        # a halted matter resumes, ends for good or is allowed once; a running one halts
        # (a permission put off is news only of a matter known to be allowed once)
        and (
            knowledge.statuses[sid].allows(d)
            or (sid in recalled and MOVE_WAY[d] == "off" and d != "putoff")
        )
        # (nor is the move the matter last made, told of the month it made it in: «в июне
        # Россия в порядке исключения разрешила …», in July, after June's alert)
        and not _told_of_its_month(c, knowledge.statuses[sid], d, when)
        # undoing a state learned weeks ago takes more than a headline
        and (
            (sid, d) in in_body
            or not learned_recently(knowledge.statuses[sid], when)
            or not undoes_last_move(knowledge.statuses[sid], d)
        )
    ]


def _told_of_its_month(
    c: ClaimReading, tracked: TrackedStatus, move: str, when: dt.datetime
) -> bool:
    """Does the sentence tell the move the matter last made, in the month it made it, a
    month or more before the report? Then it recalls that move; it makes none."""
    since = tracked.status.current.since
    if since is None or move_of(tracked.status.current.state) != move:
        return False
    if (since.year, since.month) == (when.year, when.month) or when.date() - since > _A_YEAR:
        return False
    text = normalize(c.text)
    return any(since.month in months_named(text, lang) for lang in ("en", "ru", "ja"))


_A_YEAR = dt.timedelta(days=330)


def _moved(
    changes: list[tuple[ClaimReading, tuple[str, str]]],
    knowledge: Knowledge,
    article: Article,
    recalled: frozenset[str] = frozenset(),
) -> list[StatusChange]:
    """The status changes an article reports, one per matter, each with its new state, its
    date and who said it (the ministry or official a sentence of the move names, else the
    outlet); a matter the report says was resumed before is moved from that state."""
    moved: list[StatusChange] = []
    # a matter halted in one sentence and ended for good in another («прекратил обмены»,
    # «о прекращении действия договорённости»): the ending, told in the narrower words
    ended = {sid for _, (sid, d) in changes if d == "end"}
    for claim, (sid, direction) in changes:
        tracked = knowledge.statuses.get(sid)
        if tracked is None or any(m.status_id == sid for m in moved):
            continue
        if direction == "halt" and sid in ended:
            continue
        new = StatusState(
            state=_state_text(direction, claim.text),
            since=article.published.date(),
            source=article.url,
            # the ministry or official a sentence of the move names, else the outlet
            said_by=next(
                (w for c, (s, _) in changes if s == sid and (w := said_by(c.text))),
                article.outlet,
            ),
        )
        old = tracked.status.current
        if sid in recalled and not tracked.allows(direction):
            old = StatusState(
                state=f"{MOVES['resume']}, as this report tells (no earlier alert)",
                since=None,
                source=article.url,
                said_by=article.outlet,
            )
        moved.append(StatusChange(sid, tracked.status.matter, old, new))
    return moved


_OF_MATTER = 20  # a move word this close after a matter's name is that matter's


def _asks_its_move(c: ClaimReading, sid: str) -> bool:
    """Is a word of the matter's move in this sentence only asked for or set as a goal
    (「北方墓参をはじめとする…事業の再開は…最優先事項の一つだ」)? The move word is the
    matter's when its name stands just before it (not 「平和条約を締結するとの基本方針を伝え、
    元島民による北方墓参の早期再開も求めた」, a resumption of the visits)."""
    text = normalize(c.reading.sentence.text)
    asked = {w for w, why in c.unasserted if why == "requested"}  # (or set as a goal)
    names = c.reading.of(f"status:{sid}")
    others = [h for h in c.reading.of("status:") if h.concept != f"status:{sid}"]
    for h in c.reading.of("change."):
        if text[h.start : h.end] not in asked:
            continue
        before = [n for n in names if n.end <= h.start]
        if not before:
            continue
        mine = max(n.end for n in before)
        nearest_other = max((o.end for o in others if o.end <= h.start), default=-1)
        if h.start - mine <= _OF_MATTER or mine >= nearest_other:
            return True
    return False


def _borne_out(
    claims: tuple[ClaimReading, ...], moves: list[tuple[ClaimReading, tuple[str, str]]]
) -> list[tuple[ClaimReading, tuple[str, str]]]:
    """A headline's move that the lead and body do not bear out: they speak of the matter
    only as asked for or set as a goal, move it nowhere and report nothing done (「北方墓参
    の再開「最優先」」 over 「再開は…最優先事項の一つだ」と強調). The headline said the words
    of the move; the story says what they were."""
    out = []
    for c, (sid, d) in moves:
        if c.reading.sentence.index == 0:
            body = [
                b for b in claims if b.reading.sentence.index > 0 and b.reading.of(f"status:{sid}")
            ]
            if (
                body
                and not any(s == sid for b in body for s, _ in b.changes)
                and any(_asks_its_move(b, sid) for b in body)
                # (and the story reports nothing done: talks held bear a resumption out)
                and not any(b.reports_event and b.decisive for b in claims[1:])
            ):
                continue
        out.append((c, (sid, d)))
    return out


def _limited_by_headline(
    claims: tuple[ClaimReading, ...], moves: list[tuple[ClaimReading, tuple[str, str]]]
) -> list[tuple[ClaimReading, tuple[str, str]]]:
    """A headline that says its story's permission is limited ("Russia lets Japanese boats
    back — for one season", «— на один сезон») makes the lead's resumption of the matter a
    one-off: the lead tells what is allowed, the headline for how long. So does a lead that
    says so of the headline's ("six former islanders visit graves on Kunashir"; "the
    one-off trip, allowed by Russia as an exception, …"): the headline tells what was done,
    the lead that it was allowed once."""
    title = claims[0] if claims else None
    if title is None:
        return moves
    # the headline limits the lead's resumption
    if (
        title.reading.of("cue.limited")
        and not title.negated
        and all(d == "resume" for c, (_, d) in moves if c is title)
    ):
        return [
            (c, (sid, "once")) if d == "resume" and c.reading.in_lead else (c, (sid, d))
            for c, (sid, d) in moves
        ]
    # the lead limits the headline's resumption
    lead_limits = any(
        c.reading.in_lead
        and c.reading.of("cue.limited")
        and not (c.negated or c.modal)
        and (bool(c.reading.of("status:")) or "exception" in c.events)
        for c in claims[1:]
    )
    if not lead_limits:
        return moves
    return [
        (c, (sid, "once")) if c is title and d == "resume" else (c, (sid, d))
        for c, (sid, d) in moves
    ]


def _joined_moves(
    changes: list[tuple[ClaimReading, tuple[str, str]]],
    knowledge: Knowledge,
    article: Article,
    recalled: frozenset[str],
    dev: Development,
) -> list[StatusChange]:
    """The moves a later report of an alerted development asserts that its first report did
    not read (the English headline said "treaty consultations", the Russian report names
    the peace treaty): the development made them, and the status board learns them. Only a
    matter nothing has moved since the development was first reported: one its first
    report moved, or a later alert moved, stays as that alert left it. Beside a move the
    alert made, another matter's move must rest on a clause of the body: a headline's
    "visa-free home visits" names the visits the alert moved in another matter's word."""
    first = dev.published.date()
    unmoved = [
        (c, ch)
        for c, ch in changes
        if c.decisive
        and (c.reading.sentence.index > 0 or dev.status_change is None)
        and ((since := knowledge.statuses[ch[0]].status.current.since) is None or since < first)
    ]
    return _moved(unmoved, knowledge, article, recalled) if unmoved else []


def _why_nothing(claims: tuple[ClaimReading, ...]) -> str:
    """Why a page on the topic reports nothing: its events are only negated, conditional or
    restated, or it holds only positions and background."""
    if any(c.events and c.negated for c in claims):
        return "events only negated"
    if any(c.events and c.modal for c in claims):
        return "events only conditional"
    if any(c.events and c.restated for c in claims):
        return "events only restated"
    return NOTHING_REPORTED


def _digest(reading: Reading) -> bool:
    """A page of several stories ("The week", «Семь дней», 「主なやりとり」), told by its
    headline (a story's lead may say where it was told: "at a briefing")."""
    return bool(reading.sentences and reading.sentences[0].of("cue.digest"))


def _occasion(reading: Reading) -> bool:
    """An anniversary or an annual day: what its story reports is ritual, not news."""
    return bool(reading.sentences and reading.sentences[0].of("cue.occasion"))


def _in_order(fresh: list[ClaimReading], reactions: tuple[ClaimReading, ...]) -> list[ClaimReading]:
    """What a reader needs first: the sentences that report the event, then the reaction to
    it, then the lead's other details."""
    decisive = [c for c in fresh if c.decisive]
    return [*decisive, *reactions[:1], *(c for c in fresh if not c.decisive), *reactions[1:]]


def _beyond_headline(
    claims: list[ClaimReading], reading: Reading | None = None
) -> list[ClaimReading]:
    """The headline is shown as the alert's title: when it alone reports the news, the
    lead's first sentence of its own time tells it in full ("Russia has told Japan it will
    not convene this year's session of the fisheries commission …"); the headline is
    listed only when there is none."""
    body = [c for c in claims if c.reading.sentence.index != 0]
    if body or reading is None:
        return body or claims
    lead = next(
        (
            c
            for c in reading.claims
            if c.reading.in_lead and c.reading.sentence.index and not c.past
        ),
        None,
    )
    return [lead] if lead is not None else claims


def _with_detail(claims: tuple[Claim, ...], reading: Reading) -> tuple[Claim, ...]:
    """What is new told by one sentence of the lead, with the lead's next sentence when it
    goes on with the report (what the new pier is for, which districts merge): the alert
    shows it when both fit. It is a detail, not a fact: it names nothing a later report
    could be matched with."""
    if len(claims) != 1:
        return claims
    at = next((c for c in reading.claims if c.text == claims[0].text), None)
    if at is None or not at.reading.in_lead:
        return claims
    index = at.reading.sentence.index
    after = next((c for c in reading.claims if c.reading.sentence.index == index + 1), None)
    if (
        after is None
        or not after.reading.in_lead
        or after.past
        or after.restated
        or after.negated
        or after.modal
        # what is done as a rule, or was before ("officials normally meet in November")
        or after.reading.of("cue.restate")
        or after.reading.of("cue.past")
    ):
        return claims
    return (*claims, Claim(text=after.text, kind="other"))


def _dedupe(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    seen: set[str] = set()
    out = []
    for c in claims:
        if c.text not in seen:
            seen.add(c.text)
            out.append(c)
    return tuple(out)


def _known_claims(claims: tuple[ClaimReading, ...]) -> tuple[Claim, ...]:
    return tuple(_claim(c) for c in claims if c.past or c.restated)


def _state_text(direction: str, sentence: str) -> str:
    label = MOVES[direction]
    short = sentence if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…"
    return f"{label}: {short}"
