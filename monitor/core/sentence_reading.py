"""What one sentence holds: the concepts found in it, its quoted speech, the sentences a
rule's `where` covers, and the reading types (a sentence, a claim, an article).

Core module: plain data in, plain data out — no I/O, no clock, no asyncio. It finds and
indexes; it does not decide what a sentence reports (`claim_reading` does).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from monitor.core.models import Article, RuleHit
from monitor.core.rules import Hit, Rule
from monitor.core.subjects import subject_words
from monitor.core.text import Sentence, is_cjk, normalize, words

_QUOTES = re.compile(
    r"「[^」]*」|『[^』]*』|“[^”]*”|«[^»]*»|\"[^\"]*\"|„[^“”]*[“”]"
    # single quotes, as headlines use them: from a quote mark that opens a word to one
    # that closes a word before punctuation ('Let us visit our parents' graves': …), so
    # an apostrophe inside ("parents' graves") does not end it
    r"|(?<!\w)'(?=\w)[^\n]*?\w'(?=[:,.;!?]|$)"
)


_OPEN = re.compile("[「『“«„]")
_CLOSE = re.compile("[」』”»]")


_JA_NAME = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff]+(?:の[\u30a0-\u30ff\u4e00-\u9fff]+)*")


def _term(quoted: str) -> bool:
    """Is this quotation a word or two (a term or a label) rather than speech?"""
    inner = quoted[1:-1].strip()
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", inner):
        # (or a name: kanji and katakana joined by の alone, 「世界の記憶」「千島解放者」;
        # speech has its kana, 「極めて遺憾だ」)
        return len(inner) <= 4 or bool(_JA_NAME.fullmatch(inner))
    return len(inner.split()) <= 2


def quoted_spans(text: str, terms: bool = True) -> list[tuple[int, int]]:
    """Spans of quoted speech: what someone said is a position, not a reported event.

    A quotation often runs over several sentences, so an opening mark without its
    closing one quotes the rest of the sentence, and a closing mark without its opening
    one quotes the sentence up to it. With `terms` false, a word or two in quotation
    marks is left out: a term or a label, not someone's speech.
    """
    spans = [(m.start(), m.end()) for m in _QUOTES.finditer(text) if terms or not _term(m.group(0))]
    rest = _QUOTES.sub(lambda m: " " * len(m.group(0)), text)
    stripped = rest.strip()
    opens = [m.start() for m in _OPEN.finditer(rest)]
    closes = [m.start() for m in _CLOSE.finditer(rest)]
    if rest.count('"') % 2 == 1:
        pos = rest.index('"')
        (opens if stripped.startswith('"') or pos < len(rest) // 2 else closes).append(pos)
    if opens:
        spans.append((min(opens), len(text)))
    if closes:
        spans.append((0, max(closes) + 1))
    return spans


def outside_spans(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    return [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]


@dataclass(frozen=True)
class SentenceReading:
    """One sentence with the concepts found in it."""

    sentence: Sentence
    hits: tuple[Hit, ...]
    in_lead: bool

    def concepts(self) -> frozenset[str]:
        return self._concepts

    @cached_property
    def _concepts(self) -> frozenset[str]:
        return frozenset(h.concept for h in self.hits)

    def of(self, prefix: str) -> list[Hit]:
        """The hits of every concept whose name starts with `prefix` (a list the caller
        must not change: it is kept for the next question)."""
        found = self._asked.get(prefix)
        if found is None:
            family = _family(prefix)
            group = self._by_family.get(family, ()) if family else self.hits
            if family == prefix:
                found = list(group)
            else:
                found = [h for h in group if h.concept.startswith(prefix)]
            self._asked[prefix] = found
        return found

    @cached_property
    def _asked(self) -> dict[str, list[Hit]]:
        # a claim asks the same questions of a sentence several times
        return {}

    @cached_property
    def _by_family(self) -> dict[str, list[Hit]]:
        # a claim asks a dozen questions of a sentence ("event.", "cue.modal", "status:"):
        # its hits are grouped once by the family their concept's name starts with
        out: dict[str, list[Hit]] = {}
        for h in self.hits:
            family = _family(h.concept)
            if family:
                out.setdefault(family, []).append(h)
        return out


@lru_cache(maxsize=4096)
def _family(name: str) -> str:
    """A concept name up to its first "." or ":" ("event.visit" → "event."), or ""."""
    cut = min((i for i in (name.find("."), name.find(":")) if i >= 0), default=-1)
    return name[: cut + 1] if cut >= 0 else ""


@dataclass(frozen=True)
class ClaimReading:
    """How one sentence of the lead reads."""

    reading: SentenceReading
    events: frozenset[str]  # event types reported as happening
    changes: tuple[tuple[str, str], ...]  # (status id, a move: see knowledge.MOVES)
    entities: frozenset[str]
    anchored: bool  # the sentence names the islands or the treaty
    negated: bool
    modal: bool
    past: bool
    restated: bool
    decisive: bool = True  # in the headline or the first sentences, where news is reported
    first_since: bool = False  # "the first … since …": measured against the frozen past
    first_kind: bool = False  # "its first direct flight": the first of its kind
    unasserted: tuple[tuple[str, str], ...] = ()  # (term, why) the clause does not assert
    bilateral: bool = False  # names both Japan and Russia: their governments' own contacts
    further: bool = False  # read past the lead (a deep reading)
    # a verdict denies its events ("denied a report that Russia had agreed …"): someone's
    # word that they did not happen, not a refusal that is itself the news
    denied: bool = False
    # matters it tells were resumed before, as background ("the programme it restored in
    # 2026"), each with the earliest year the sentence names (0: none)
    recalled: tuple[tuple[str, int], ...] = ()

    @property
    def text(self) -> str:
        return self.reading.sentence.text

    @property
    def flags(self) -> list[str]:
        """How the sentence is meant, in words: negated, conditional, background, restated."""
        return [
            name
            for name, on in (
                ("negated", self.negated),
                ("conditional", self.modal),
                ("background", self.past),
                ("restated", self.restated),
            )
            if on
        ] + [f"not asserted: {term} ({why})" for term, why in self.unasserted]

    @property
    def reports_event(self) -> bool:
        return bool(self.events) and not (self.negated or self.modal or self.past or self.restated)

    @property
    def routine_anchor(self) -> bool:
        """Is it on the topic only through the fisheries arrangements between the two
        countries? Their talks and agreements come round every year: news only when the
        round breaks (called off, the first since a break) — `novelty`."""
        concepts = self.reading.concepts()
        return "fisheries" in concepts and not concepts & {"islands", "peace_treaty"}

    @cached_property
    def subject(self) -> frozenset[str]:
        """Its content words outside the rules' terms: what it is about
        (monitor/core/subjects.py)."""
        return subject_words(self.text, self.reading.hits)


@dataclass(frozen=True)
class Reading:
    """Everything the rules and the lexicon found in one article."""

    article: Article
    sentences: tuple[SentenceReading, ...]
    rule_hits: tuple[RuleHit, ...]
    vetoed: tuple[str, ...]  # rules whose `none` concepts fired
    masked_topic: bool  # topic words appeared only inside look-alike phrases
    commentary: bool  # the headline labels the piece as analysis, opinion, a review...
    claims: tuple[ClaimReading, ...]
    reactions: tuple[ClaimReading, ...] = ()  # protests and the like, further down the story

    @cached_property
    def subject(self) -> frozenset[str]:
        """What the report is about, as content words: its headline's and those of the
        first sentence after it that reports an event (monitor/core/subjects.py)."""
        if not self.claims:
            return frozenset()
        lead = next((c for c in self.claims[1:] if c.reports_event and c.decisive), None)
        return self.claims[0].subject | (lead.subject if lead is not None else frozenset())


REACTIONS = frozenset({"protest"})
# what carries an act: a letter, a note (news between the two governments when it carries
# nothing else the story reports: monitor/core/reading.py, novelty._strong)
VEHICLE_EVENTS = frozenset({"correspondence"})
# events that happen anew each time (one more exercise is news), unlike positions restated
RECURRING = frozenset(
    {
        "exercise", "deployment", "detention", "release", "incursion", "force", "visit",
        "construction",
        "infrastructure", "vote",
    }
)  # fmt: skip
REACTION_CONCEPTS = frozenset(f"event.{e}" for e in REACTIONS)


def in_scope(r: SentenceReading, where: tuple[str, ...]) -> bool:
    """Is this sentence where a rule looks? `summary` reads as the lead: an article keeps
    no feed summary of its own (and when its page failed, its text is that summary)."""
    if r.sentence.index == 0:
        return "title" in where or "body" in where
    return "body" in where or (("lead" in where or "summary" in where) and r.in_lead)


def in_scope_of(
    readings: Iterable[SentenceReading], where: tuple[str, ...]
) -> list[SentenceReading]:
    return [r for r in readings if in_scope(r, where)]


@dataclass(frozen=True)
class RuleScope:
    """The sentences a `where` covers, indexed by concept, so each rule is a few set lookups
    (a `sentence` rule looks only at the sentences holding its rarest concept). Only the
    concepts found are gathered up front; the rest is built if a rule needs it."""

    readings: tuple[SentenceReading, ...]
    found: frozenset[str]

    @classmethod
    def of(cls, readings: list[SentenceReading]) -> RuleScope:
        return cls(tuple(readings), frozenset(h.concept for r in readings for h in r.hits))

    @cached_property
    def terms(self) -> dict[str, tuple[str, ...]]:
        terms: dict[str, list[str]] = {}
        for r in self.readings:
            for h in r.hits:
                terms.setdefault(h.concept, []).append(h.term)
        return {c: tuple(t) for c, t in terms.items()}

    @cached_property
    def holding(self) -> dict[str, tuple[int, ...]]:
        """Concept → the sentences (positions in this scope) that hold it."""
        holding: dict[str, list[int]] = {}
        for k, r in enumerate(self.readings):
            for concept in r.concepts():
                holding.setdefault(concept, []).append(k)
        return {c: tuple(k) for c, k in holding.items()}

    def matches(self, rule: Rule) -> tuple[bool, tuple[str, ...]]:
        found = self.found
        if rule.all and not found.issuperset(rule.all):
            return False, ()
        if rule.any and found.isdisjoint(rule.any):
            return False, ()
        if rule.sentence:
            if not found.issuperset(rule.sentence):
                return False, ()
            rarest = min(rule.sentence, key=lambda c: len(self.holding[c]))
            if not any(
                self.readings[k].concepts().issuperset(rule.sentence)
                and together(rule, self.readings[k])
                for k in self.holding[rarest]
            ):
                return False, ()
        terms = [t for c in (*rule.all, *rule.any, *rule.sentence) for t in self.terms.get(c, ())]
        return True, tuple(dict.fromkeys(terms))


def together(rule: Rule, r: SentenceReading) -> bool:
    """Are all of the rule's `sentence` concepts in this sentence (and `within_words`)?"""
    if not all(any(h.concept == c for h in r.hits) for c in rule.sentence):
        return False
    if rule.within_words is None:
        return True
    return words_apart(r, rule.sentence) <= rule.within_words


def _word_starts(text: str) -> list[int]:
    """Where each word starts; Japanese has no spaces, so two characters count as a word."""
    starts = [start for _, start, _ in words(text)]
    run = 0
    for pos, ch in enumerate(text):
        run = run + 1 if is_cjk(ch) else 0
        if run % 2 == 1:
            starts.append(pos)
    return sorted(starts)


def words_apart(r: SentenceReading, concepts: Iterable[str]) -> int:
    """The fewest words between hits of every one of `concepts` in this sentence.

    One pass over the hits in order (a sliding window), so a long sentence full of hits
    costs its length, not the product of the hit counts. Large when a concept is missing.
    """
    wanted = set(concepts)
    if not wanted:
        return 0
    hits = sorted((h for h in r.hits if h.concept in wanted), key=lambda h: (h.start, h.end))
    starts = _word_starts(normalize(r.sentence.text))

    def word(pos: int) -> int:
        return bisect_left(starts, pos)

    best = 1 << 30
    count: dict[str, int] = {}
    left = 0
    for h in hits:
        count[h.concept] = count.get(h.concept, 0) + 1
        while len(count) == len(wanted):
            first = hits[left]
            best = min(best, max(0, word(h.start) - word(first.end)))
            count[first.concept] -= 1
            if not count[first.concept]:
                del count[first.concept]
            left += 1
    return best


def near_any(hits: list[Hit], targets: list[Hit], before: int, after: int) -> bool:
    """Is any of `hits` within `before` chars before / `after` chars after a target?"""
    for t in targets:
        for h in hits:
            if h.start < t.end and t.start < h.end:
                continue  # part of the trigger itself ("no longer blocks")
            if t.start - before <= h.start <= t.end + after:
                return True
    return False
