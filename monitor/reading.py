"""Reading an article: sentences, the concepts found in each, the rules that match, and claims.

Core module: plain data in, plain data out. A claim is one sentence of the headline or the
lead, read for what it reports — an event, a change of a tracked status, or only a
position or background — with negation, modality and time taken into account.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice

from monitor.assertion import Verdict, acts_itself, assertion, object_start
from monitor.knowledge import MOVE_WAY
from monitor.models import Article, RuleHit
from monitor.rules import ENTITY_PREFIX, FOLLOW_UP, Hit, Matcher, Rule, RuleSet, masked
from monitor.text import Sentence, is_cjk, iter_sentences, normalize, words

# concept names this module reads: their terms live in rules/ and may change, the names
# may not (`load_knowledge` refuses rules without them)
CONCEPTS_READ = (
    "islands", "peace_treaty", "change.resume", "change.halt", "cue.negation",
    "cue.negation_predicate", "cue.modal", "cue.restate", "cue.again", "cue.position", "cue.past",
    "cue.genre", "cue.occasion", "cue.first_since", "cue.recent", "facility.strategic",
    "cue.limited", "change.permit", "change.end", "cue.routine", "cue.held",
)  # fmt: skip
MAX_SENTENCES = 80  # a very long page is read this far: news and its reactions come early
LEAD_SENTENCES = 5  # body sentences after the headline that make the lead
EVENT_SENTENCES = 2  # a development is reported in the headline or the first sentences
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_HEADING = re.compile(r"[.!?。！？」\"”»]$")
_QUOTES = re.compile(
    r"「[^」]*」|『[^』]*』|“[^”]*”|«[^»]*»|\"[^\"]*\"|„[^“”]*[“”]"
    # single quotes, as headlines use them: from a quote mark that opens a word to one
    # that closes a word before punctuation ('Let us visit our parents' graves': …), so
    # an apostrophe inside ("parents' graves") does not end it
    r"|(?<!\w)'(?=\w)[^\n]*?\w'(?=[:,.;!?]|$)"
)


# a year that names a document ("the 1999 agreement", «соглашения 1999 года», 1999年の合意)
_DOCUMENT_YEAR = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\s+(?:agreement|accord|declaration|treaty|deal|arrangement|"
    r"protocol|memorandum|pact|law|decree)"
    r"|(?:соглашени|договор|декларац|протокол|меморандум|пакт|закон|указ)\w*"
    r"(?:\s+\w+){0,2}\s+(?:1[89]\d\d|20\d\d)\s+год"
    r"|(?:1[89]\d\d|20\d\d)年の?(?:日ロ間?の|日ソ)?(?:合意|協定|宣言|条約|取り決め|取決め|覚書)"
)
_OPEN = re.compile("[「『“«„]")
_CLOSE = re.compile("[」』”»]")


def _term(quoted: str) -> bool:
    """Is this quotation a word or two (a term or a label) rather than speech?"""
    inner = quoted[1:-1].strip()
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", inner):
        return len(inner) <= 4
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


def _outside(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
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
    unasserted: tuple[tuple[str, str], ...] = ()  # (term, why) the clause does not assert
    bilateral: bool = False  # names both Japan and Russia: their governments' own contacts
    further: bool = False  # read past the lead (a deep reading)

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


REACTIONS = frozenset({"protest"})
# events that happen anew each time (one more exercise is news), unlike positions restated
RECURRING = frozenset(
    {
        "exercise", "deployment", "detention", "release", "incursion", "force", "visit",
        "construction",
        "infrastructure", "vote",
    }
)  # fmt: skip
_REACTION_CONCEPTS = frozenset(f"event.{e}" for e in REACTIONS)


def in_scope(r: SentenceReading, where: tuple[str, ...]) -> bool:
    """Is this sentence where a rule looks? `summary` reads as the lead: an article keeps
    no feed summary of its own (and when its page failed, its text is that summary)."""
    if r.sentence.index == 0:
        return "title" in where or "body" in where
    return "body" in where or (("lead" in where or "summary" in where) and r.in_lead)


def _scope(readings: Iterable[SentenceReading], where: tuple[str, ...]) -> list[SentenceReading]:
    return [r for r in readings if in_scope(r, where)]


@dataclass(frozen=True)
class _Scope:
    """The sentences a `where` covers, indexed by concept, so each rule is a few set lookups
    (a `sentence` rule looks only at the sentences holding its rarest concept). Only the
    concepts found are gathered up front; the rest is built if a rule needs it."""

    readings: tuple[SentenceReading, ...]
    found: frozenset[str]

    @classmethod
    def of(cls, readings: list[SentenceReading]) -> _Scope:
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


def _near(hits: list[Hit], targets: list[Hit], before: int, after: int) -> bool:
    """Is any of `hits` within `before` chars before / `after` chars after a target?"""
    for t in targets:
        for h in hits:
            if h.start < t.end and t.start < h.end:
                continue  # part of the trigger itself ("no longer blocks")
            if t.start - before <= h.start <= t.end + after:
                return True
    return False


MORPHOLOGY_LANGS = frozenset({"ru", "ja"})  # read by `assertion`, not by word windows
_MODAL_WHYS = frozenset({"requested", "conditional", "future", "prospect", "question"})
_CLAUSE_BREAK = re.compile(r"[,;:—–(]|\band\b|\bbut\b|\bwhile\b|\bи\b|\bно\b|\bа\b")


# "opened the airports to foreigners", «открыли аэропорт для иностранцев»: a door opened to
# someone is access granted, not a building opened
_OPEN_TO = re.compile(r"\b(?:open|opens|opened|opening|открыл\w*|открыт\w*)\b", re.IGNORECASE)
_TO_SOMEONE = re.compile(
    r"^[^,;:]{0,60}?\s(?:to|для)\s+(?:all\s+|the\s+)?(?:foreign\w*|visitor|tourist|travell?er"
    r"|holder|public|traffic|investor|citizen|national|иностран|турист|посетител|граждан"
    r"|инвестор)",
    re.IGNORECASE,
)


def _inside_longer(h: Hit, names: list[Hit]) -> bool:
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


def _talked_over(text: str, change: Hit, talks: list[Hit]) -> bool:
    """Is the change word the subject of talks ("held talks on resuming the dialogue",
    «провели консультации о возобновлении переговоров»)? Then it is discussed, not done."""
    return any(
        t.end <= change.start and _TALKS_ON_MOVE.match(text[t.end : change.start]) for t in talks
    )


def _talks_about(text: str, lang: str, matter: Hit, change: Hit, talks: list[Hit]) -> bool:
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
    return False


def _talks_on(text: str, lang: str, matter: Hit, talks: Hit) -> bool:
    """Are these talks held on the matter: the talks word part of the matter's own name
    ("peace treaty talks", 平和条約交渉), or talks on it ("consultations on a peace
    treaty", «консультации по мирному договору»), or in Japanese the matter right before
    the talks (「平和条約の協議」, 「平和条約問題を議題とする…協議」 within a short reach)?"""
    if matter.start <= talks.start and talks.end <= matter.end:
        return True
    if lang == "ja":
        return matter.end <= talks.start and talks.start - matter.end <= 20
    return talks.end <= matter.start and bool(_TALKS_TOPIC.match(text[talks.end : matter.start]))


def _held(text: str, lang: str, talks: Hit, holding: list[Hit], between: list[Hit]) -> bool:
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
    r"(?:\b(?:the|a|an|its|their|his|her|our|these|those|whose)\s+|'s\s+)(?:[\w-]+ly\s+)*$"
    r"|\b(?:long|now|once)-$",
    re.IGNORECASE,
)
_EN_PARTICIPLE = re.compile(r"(?:ed|en)$")


def _within_reach(text: str, matter: Hit, change: Hit, reach: int, ja: bool) -> bool:
    """Can the change word move this matter? Near it; in Japanese, a matter after it only
    when the word has no object of its own before it (「ポスト廃止　平和条約交渉の…」
    abolishes a post, not the talks; 「ロシアが「1回限り」容認　ビザなしで…」 allows the
    visa-free trip)."""
    if ja:
        obj = object_start(text, change.start)
        # an object of its own after the matter, or between the matter and the word
        if obj is not None and (matter.end > change.start or obj >= matter.end):
            return False
    return matter.start - reach <= change.start <= matter.end + reach


def _attribute(
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
    "ru": re.compile(r"(?:после того как|с тех пор как|до того как|прежде чем)", re.IGNORECASE),
}


def _subordinate(text: str, lang: str, change: Hit) -> bool:
    """Does the change word stand in a clause of time, which dates the main clause by an
    earlier or later event rather than reporting a move?"""
    pattern = _SUBORDINATE.get(lang)
    if pattern is None:
        return False
    before = text[: change.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return pattern.search(clause) is not None


# "With visits to the islands halted and quotas shrinking, …", "amid the suspension of
# talks": an absolute or an "amid" phrase states the circumstances of its sentence; what
# it names is not what the sentence reports
_CIRCUMSTANCE = {"en": re.compile(r"^\s*(?:with|amid|amidst)\b|\bamid(?:st)?\b", re.IGNORECASE)}


def _circumstance(text: str, lang: str, hit: Hit) -> bool:
    """Does this word stand in a phrase of circumstance ("with X halted", "amid X")?"""
    pattern = _CIRCUMSTANCE.get(lang)
    if pattern is None:
        return False
    before = text[: hit.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return pattern.search(clause) is not None


# where a visit goes: the place right after the verb or its preposition ("visited Nemuro",
# "a trip to the town of Rausu", «прибыл в Немуро»), or, in Japanese, right before its
# particle (「根室市を訪れ」)
_VISIT_PLACE_AFTER = {
    "en": re.compile(r"\s+(?:to\s+|in\s+|at\s+)?(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?"),
    "ru": re.compile(r"\s+(?:(?:в|во|на)\s+)?(?:(?:город|порт|пос[её]л)\w*\s+)?"),
}
_VISIT_PLACE_BEFORE = re.compile(r"(?:市|町|村|港|岬)?(?:を|へ|に)?")


def _visits_elsewhere(text: str, lang: str, visit: Hit, places: list[Hit], rules: RuleSet) -> bool:
    """Does this visit go to a place off the islands (a minister in Nemuro meeting former
    islanders, a governor in Vladivostok)? Such a place is named as the visit's
    destination, and the gazetteer says it is off the islands (`off_islands: true`)."""
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
            entity = rules.entities.get(p.concept[len(ENTITY_PREFIX) :])
            return entity is not None and entity.off_islands
    return False


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with these spans turned into spaces (offsets kept)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _opens_access(text: str, hit: Hit) -> bool:
    """Is this trigger "open" with the one it is opened to, in the same clause?"""
    if not _OPEN_TO.fullmatch(text[hit.start : hit.end]):
        return False
    return bool(_TO_SOMEONE.match(text[hit.end :]))


# a year that names a past event rather than dating the sentence: "records of the 2018
# summit", 「2018年シンガポール会談の記録」, «записи саммита 2018 года»; not "at the 2018
# summit", 「2018年の会談で」, «на саммите 2018 года», which say when the clause happened
_EN_YEAR_BEFORE = re.compile(
    r"(?:^|\b(?P<word>[\w']+)\s+)(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+(?:[\w.-]+\s+){0,2}$"
)
_EN_NAMING = frozenset({"of", "over", "about", "into", "on", "from", "'s"})
_JA_YEAR_BEFORE = re.compile(
    r"(?P<year>(?:19|20)\d\d)年(?:\d{1,2}月)?の?[^\s、。「」（）にでがはをと]{0,10}$"
)
_JA_DATING_AFTER = ("で", "に", "では", "において", "以来", "後", "以降", "の際", "当時")
_RU_YEAR_AFTER = re.compile(r"^\w*(?:\s+[\w-]+){0,2}?\s+(?P<year>(?:19|20)\d\d)\s+года\b")
_RU_DATING_BEFORE = re.compile(r"\b(?:на|в|во|после|до|с|со|перед|к|по итогам|во время)\s+$")


def _named_by_year(text: str, hit: Hit, lang: str) -> tuple[int, int] | None:
    """The span of a year that names this trigger's event as a thing of the past."""
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
_CONDITIONS = frozenset(
    {"if", "unless", "=если", "=при условии", "в случае", "場合", "れば", "なら"}
)


def _governs(cues: list[Hit], targets: list[Hit], text: str) -> bool:
    """Does a cue stand before a target in the same clause (no comma, "and", "but" between)?"""
    return any(
        m.end <= t.start and not _CLAUSE_BREAK.search(text[m.end : t.start])
        for t in targets
        for m in cues
    )


def read_article(
    article: Article,
    rules: RuleSet,
    matcher: Matcher,
    held_in_talks: frozenset[str],
    brief: bool = False,
    max_sentences: int = MAX_SENTENCES,
    deep: bool = False,
    follows: tuple[str, ...] = (),
) -> Reading:
    """Find concepts, rules and claims in one article (`matcher` holds the rules' terms and
    the tracked statuses' terms).

    A `brief` reading is what a decision needs: the headline and the lead (the body too
    when a rule looks there), and claims only when a rule matches. The rest of the story
    (reactions, statuses mentioned further down) only fills in an alert, so `Judge.assess`
    reads it in full for alerts alone. `follows` names the things an article shares with
    an earlier alert: where no rule matches, it is read as a follow-up of that alert.
    """
    stop_after_lead = brief and not rules.reads_body
    sents: list[Sentence] = []
    lead: list[bool] = []
    lead_count = 0
    for s in islice(iter_sentences(article.title, article.text), max_sentences):
        in_lead = (
            s.index > 0
            and lead_count < LEAD_SENTENCES
            and bool(_HEADING.search(s.text.strip()) or len(s.text) > 60)
        )
        lead_count += in_lead
        sents.append(s)
        lead.append(in_lead)
        if stop_after_lead and lead_count == LEAD_SENTENCES:
            break
    masks = rules.masks
    readings: list[SentenceReading] = []
    masked_topic = False
    found = matcher.find_each([s.text for s in sents])  # one scan of the article
    for s, in_lead, raw in zip(sents, lead, found, strict=True):
        hits = masked(raw, masks)
        if s.index == 0 and any(h.concept in masks for h in raw):
            # the headline is about a look-alike (a cat, a ferry line, another territory)
            masked_topic = not any(h.concept in ("islands", "peace_treaty") for h in hits)
        elif s.index == 0 and article.lang != "ja":
            masked_topic = _named_only(s.text, hits)
        readings.append(SentenceReading(s, tuple(hits), in_lead))

    rule_hits: list[RuleHit] = []
    vetoed: list[str] = []
    scopes: dict[tuple[str, ...], _Scope] = {}  # a handful of distinct `where`s, each built once
    for rule in rules.rules:
        if rule.feeds and article.feed_id not in rule.feeds:
            continue
        scope = scopes.get(rule.where)
        if scope is None:
            scope = scopes[rule.where] = _Scope.of(_scope(readings, rule.where))
        ok, terms = scope.matches(rule)
        if ok and rule.none and not scope.found.isdisjoint(rule.none):
            vetoed.append(rule.id)
            continue
        if ok:
            rule_hits.append(RuleHit(rule.id, rule.severity, terms, rule.chat_ids))
    if follows and not rule_hits and not vetoed and not masked_topic:
        rule_hits.append(RuleHit(FOLLOW_UP, "normal", follows))

    claims: list[ClaimReading] = []
    year = article.published.year
    event_budget = EVENT_SENTENCES
    deep_ok = deep
    reactions: list[ClaimReading] = []
    off_topic = brief and (masked_topic or not rule_hits)  # decided without its claims
    for r in readings if not off_topic else ():
        if r.sentence.index != 0 and not r.in_lead and deep_ok and r.of("cue.recent"):
            # past a lead of commentary or background, the story's own report
            claims.append(
                _claim(r, rules, year, article.lang, held_in_talks, may_report=True, further=True)
            )
            continue
        if r.sentence.index != 0 and not r.in_lead:
            if len(reactions) < 2 and any(h.concept in _REACTION_CONCEPTS for h in r.hits):
                reaction = _claim(r, rules, year, article.lang, held_in_talks, may_report=False)
                if reaction.reports_event:
                    reactions.append(reaction)
            continue
        claim = _claim(
            r,
            rules,
            year,
            article.lang,
            held_in_talks,
            may_report=r.sentence.index == 0 or event_budget > 0,
        )
        if (
            r.sentence.index == 0
            and not (claim.reports_event or claim.changes)
            and (claim.past or claim.restated)
        ):
            # a headline about the past or a repeated position: the lead's events are its
            # background, not news
            event_budget = 0
            deep_ok = False
        claims.append(claim)
        if r.sentence.index != 0:
            event_budget -= 1
    return Reading(
        article,
        tuple(readings),
        tuple(rule_hits),
        tuple(vetoed),
        masked_topic,
        _is_commentary(readings[0]),
        tuple(claims),
        tuple(reactions),
    )


_TOPIC = ("islands", "peace_treaty")
_SHORT_SINGLE_QUOTE = re.compile(r"(?<!\w)'[^'\s]+(?:\s[^'\s]+)?'(?!\w)")  # 'Kurilskoye'


def _named_only(text: str, hits: list[Hit]) -> bool:
    """Does the headline use its topic words only as a quoted name — a trawler «Курилы», a
    'Kurilskoye' lager — each quotation holding nothing but the topic word? (Japanese
    quotes a term for emphasis too, so this is not read there.)"""
    topic = [h for h in hits if h.concept in _TOPIC]
    if not topic:
        return False
    norm = normalize(text)
    spans = [(a, b) for a, b in quoted_spans(norm) if b - a <= 40]
    spans += [m.span() for m in _SHORT_SINGLE_QUOTE.finditer(norm)]
    for h in topic:
        span = next(((a, b) for a, b in spans if a <= h.start and h.end <= b), None)
        if span is None:
            return False
        rest = norm[span[0] : h.start] + norm[h.end : span[1]]
        if any(ch.isalpha() for ch in rest):
            return False
    return True


def _is_commentary(title: SentenceReading) -> bool:
    """'Analysis: …', '… review: …', 社説, or an anniversary or annual day: not a report."""
    text = normalize(title.sentence.text)
    if title.of("cue.occasion"):
        return True
    for h in title.of("cue.genre"):
        if any(is_cjk(ch) for ch in h.term):
            return True
        after = text[h.end : h.end + 2].strip()
        if h.start <= 1 or after[:1] in (":", "|", "—", "-"):
            return True
    return False


def _setting(
    r: SentenceReading,
    rules: RuleSet,
    text_norm: str,
    names: list[Hit],
    named_years: dict[Hit, tuple[int, int] | None],
    lang: str,
    year: int,
) -> tuple[bool, bool, frozenset[str], bool, set[str]]:
    """When and about what a sentence speaks: whether it dates itself in the past, whether
    it measures against a break ("the first … since"), the named things, and whether they
    anchor it to the dispute."""
    # a year inside a name ("the 1956 Declaration", "the 1998 agreement") dates the thing
    # named, not the sentence
    unnamed = _blank(text_norm, ((n.start, n.end) for n in names))
    unnamed = _DOCUMENT_YEAR.sub(lambda m: " " * len(m.group(0)), unnamed)
    spans = [v for v in named_years.values() if v is not None] if len(named_years) > 1 else []
    # and a name with its year (「2018年シンガポール会談」) is that same past thing
    spans += [v for n in names if (v := _named_by_year(text_norm, n, lang)) is not None]
    unnamed = _blank(unnamed, spans)
    years = [int(y) for y in _YEAR.findall(unnamed)]
    first_since = bool(r.of("cue.first_since"))
    # "the first talks since Russia walked out in 2022": the year is the baseline
    past = bool(r.of("cue.past")) or (not first_since and any(y < year for y in years))
    concepts = r.concepts()
    named = {c[1:] for c in concepts if c.startswith(ENTITY_PREFIX)}
    entities = frozenset(e for e in named if e in rules.entities and not rules.entities[e].generic)
    anchored = bool(concepts & {"islands", "peace_treaty"}) or any(
        rules.entities[c].anchor for c in entities
    )
    return past, first_since, entities, anchored, named


def _claim(
    r: SentenceReading,
    rules: RuleSet,
    year: int,
    lang: str,
    held_in_talks: frozenset[str],
    may_report: bool,
    further: bool = False,
) -> ClaimReading:
    text_norm = normalize(r.sentence.text)
    ja = lang == "ja"
    # a trigger inside a longer name is part of that name: 訪問 in 自由訪問 (free visits)
    names = [h for h in r.hits if h.concept.startswith(("status:", ENTITY_PREFIX))]
    # a matter's word inside a longer name is part of that name: "former islanders" in
    # "the former islanders' league" names the league, not the islanders' visits; a thing's
    # name ("visa-free travel") may be the matter's own
    entity_names = [
        n
        for n in names
        if n.concept.startswith(ENTITY_PREFIX)
        and (e := rules.entities.get(n.concept[len(ENTITY_PREFIX) :])) is not None
        and e.kind != "thing"
    ]
    matters = [
        h for h in r.hits if h.concept.startswith("status:") and not _inside_longer(h, entity_names)
    ]
    reach = 20 if ja else 60
    moves_here = r.of("change.resume") + r.of("change.halt") + r.of("change.end")
    triggers = r.of("event.")
    # something stopped, ended or restored that no tracked matter near it names (a hotline
    # suspended, an envoy's post abolished, a league taken off a list) is an event of its
    # own: an ending for good is news, a halt or a lifting when it undoes what an earlier
    # alert reported
    triggers = triggers + [
        c._replace(concept="event.termination" if c.concept == "change.end" else "event.reversal")
        for c in moves_here
        if not any(_within_reach(text_norm, h, c, reach, ja) for h in matters)
        and not _attribute(text_norm, lang, c, moves_here)
        and not _subordinate(text_norm, lang, c)
        and not _circumstance(text_norm, lang, c)
    ]
    if r.of("cue.limited"):
        # a one-time permission that no tracked matter is in reach of (none named, or the
        # word has an object of its own): an exception
        triggers = triggers + [
            h._replace(concept="event.exception")
            for h in r.of("change.permit")
            if not any(_within_reach(text_norm, m, h, reach, ja) for m in matters)
        ]
    question = r.sentence.text.rstrip().endswith(("?", "？"))
    if not triggers and not matters:
        # nothing reported and no matter to move (most sentences): when and about what
        past, first_since, entities, anchored, named = _setting(
            r, rules, text_norm, names, {}, lang, year
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
            bilateral={"japan", "russia"} <= named,
            further=further,
        )
    # quoted speech matters only where something is reported or a status may move
    # a word or two in quotation marks (「失効」, 'undesirable') is a term, not speech
    quotes = quoted_spans(text_norm, terms=False) if triggers or r.of("status:") else []
    ev_hits = [
        h
        for h in _outside(triggers, quotes)
        if not _inside_longer(h, names)
        and not (h.concept == "event.construction" and _opens_access(text_norm, h))
        and not _circumstance(text_norm, lang, h)
        and not (h.concept == "event.visit" and _visits_elsewhere(text_norm, lang, h, names, rules))
    ]
    # an event named with its year ("records of the 2018 summit") is a past thing referred
    # to: neither reported nor dating the rest of the sentence
    named_years = {h: _named_by_year(text_norm, h, lang) for h in ev_hits}
    if len(ev_hits) > 1:
        ev_hits = [h for h in ev_hits if named_years[h] is None] or ev_hits
    # «в порядке исключения» (as an exception) is no «исключено» (ruled out)
    exception = [(h.start, h.end) for h in r.of("cue.limited")]
    neg = _outside(r.of("cue.negation"), exception)
    denying = _outside(r.of("cue.negation_predicate"), exception)
    modal_hits = r.of("cue.modal")

    verdicts: dict[Hit, Verdict] = {}

    def verdict(h: Hit) -> Verdict:
        # how the clause presents the trigger, read with morphology (Russian, Japanese)
        v = verdicts.get(h)
        if v is None:
            v = verdicts[h] = assertion(text_norm, lang, h.start, h.end)
        return v

    def asserted(h: Hit) -> bool:
        return verdict(h).asserted

    morphology = lang in MORPHOLOGY_LANGS

    def negated_at(hits: list[Hit]) -> bool:
        if morphology:  # what «не», ない, ず govern, not what stands near
            return any(verdict(h).why == "negated" for h in hits)
        # "no decision on approaching Moscow over treaty talks": a negation governs the
        # rest of its clause, as a wish does
        return _near(neg, hits, 45, 30) or _governs(neg, hits, text_norm)

    def modal_at(hits: list[Hit]) -> bool:
        if morphology:
            return any(verdict(h).why in _MODAL_WHYS for h in hits)
        # "urged Moscow to allow former residents … to resume visits": a wish governs the
        # rest of its clause, however long; a comma or "and" ends its reach
        return _near(modal_hits, hits, 60, 0) or _governs(modal_hits, hits, text_norm)

    restate_hits = r.of("cue.restate")
    again_hits = r.of("cue.again")

    def restated_at(hits: list[Hit]) -> bool:
        # drills held "again" are new drills; a protest or talks "again" repeat a position
        said = [h for h in hits if h.concept[len("event.") :] not in RECURRING]
        before, after = (6, 15) if ja else (40, 15)
        return _near(restate_hits, hits, before, after) or _near(again_hits, said, before, after)

    # each trigger is read on its own: "adopted a resolution and urged talks" reports the
    # adoption even though the talks are only urged
    clean = [
        h
        for h in ev_hits
        if not (negated_at([h]) or modal_at([h]) or restated_at([h])) and asserted(h)
    ]
    if question:
        clean = []  # "Will Russia deploy …?" asks; it does not report
    if r.of("cue.position"):
        clean = []  # "X does not mean Y": a comment on known events, not a report of one
    whys = {v.why for v in verdicts.values() if not v.asserted}
    negated = not clean and (
        negated_at(ev_hits) or bool(r.of("cue.position")) or whys == {"negated"}
    )
    modal = not clean and (modal_at(ev_hits) or question or bool(whys - {"negated", "modifier"}))
    restated = not clean and restated_at(ev_hits)
    past, first_since, entities, anchored, named = _setting(
        r, rules, text_norm, names, named_years, lang, year
    )
    changes: list[tuple[str, str]] = []
    change_negated = change_modal = False
    # "a one-time visit", 「今回限り」: a halted matter let happen once stays halted
    limited = bool(exception)
    conditions = [h for h in r.of("cue.modal") if h.term.strip().lower() in _CONDITIONS]

    def nearest(c: Hit) -> str:
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

    # talks, consultations, 協議: a change word that governs them moves the talks, and the
    # matter they are about stays where it was, unless the matter is held in talks (the
    # joint economic activity was a dialogue: its talks resuming is the matter resuming)
    talks = [t for t in r.of("event.talks") if not _inside_longer(t, names)]
    for h in matters:
        sid = h.concept[len("status:") :]
        for direction in ("resume", "halt"):
            words = r.of(f"change.{direction}")
            if direction == "resume" and limited:
                words = words + r.of("change.permit")
            if direction == "halt":
                words = words + r.of("change.end")
            change_hits = [
                c
                for c in _outside(words, quotes)
                if _within_reach(text_norm, h, c, reach, ja)
                and nearest(c) == h.concept
                and not acts_itself(text_norm, lang, (h.start, h.end), (c.start, c.end))
                and (sid in held_in_talks or not _talks_about(text_norm, lang, h, c, talks))
                and not _talked_over(text_norm, c, talks)
                and not _attribute(text_norm, lang, c, moves_here, h)
                and not _subordinate(text_norm, lang, c)
                and not _circumstance(text_norm, lang, c)
            ]
            if not change_hits:
                continue
            denied = negated_at(change_hits) or bool(r.of("cue.position")) or bool(denying)
            # "would return to talks if Tokyo drops its sanctions": a condition anywhere
            # in the sentence makes a matter's move conditional
            wished = modal_at(change_hits) or question or bool(conditions)
            vetoed = denied or wished or not all(asserted(c) for c in change_hits)
            if vetoed and not clean:
                # explain says how a move that was not taken reads
                change_negated = change_negated or denied
                change_modal = change_modal or (wished and not denied)
            move = direction
            if direction == "resume" and limited:
                move = "once"
            elif any(c.concept == "change.end" for c in change_hits):
                move = "end"
            if not (vetoed or past) and (sid, move) not in changes:
                changes.append((sid, move))
    if first_since and not past and not question and not r.of("cue.position"):
        # talks held on a matter that lives in talks, the first since the break, are its
        # move though no word of change is said: "held the first peace treaty talks since
        # 2022", «провели первые с 2022 года консультации по мирному договору»,
        # 「4年半ぶり平和条約協議」
        # the talks themselves held — by a verb of holding in their clause, or as a
        # Japanese headline's last noun — not talks commented on, mentioned, discussed
        holding = [
            w
            for w in _outside(r.of("cue.held"), quotes)
            if not (negated_at([w]) or modal_at([w]) or restated_at([w])) and asserted(w)
        ]
        all_talks = _outside(r.of("event.talks"), quotes)
        for h in matters:
            sid = h.concept[len("status:") :]
            if sid not in held_in_talks or any(s == sid for s, _ in changes):
                continue
            held = [
                t
                for t in all_talks
                if _talks_on(text_norm, lang, h, t)
                and _held(text_norm, lang, t, holding, [*all_talks, *moves_here])
                # 「交渉の再開を…協議」: talks on a move of the matter are not its talks
                and not any(
                    min(h.end, t.end) <= c.start < max(h.start, t.start) for c in moves_here
                )
                and not _subordinate(text_norm, lang, t)
                and not (negated_at([t]) or modal_at([t]) or restated_at([t]) or bool(denying))
                and asserted(t)
            ]
            if held:
                changes.append((sid, "once" if limited else "resume"))
    # a sentence that seems to move one matter both ways has been misread somewhere:
    # no move is better than the wrong one
    ways = {sid: {MOVE_WAY[m] for s2, m in changes if s2 == sid} for sid, _ in changes}
    changes = [(sid, m) for sid, m in changes if not {"on", "off"} <= ways[sid]]
    events = frozenset(h.concept[len("event.") :] for h in (clean or ev_hits))
    if events & {"deployment", "survey"} and not (
        r.of("military") or any(rules.entities[e].kind == "thing" for e in entities)
    ):
        # «в здании разместились кабинеты»: what is placed is not a unit or a weapon; a
        # volcanologists' expedition is science, a navy's survey of the seabed is not
        events = events - {"deployment", "survey"}
    if "construction" in events and _outside(r.of("facility.strategic"), quotes):
        # a port, an airfield, a ferry line or a power plant opened on the islands changes
        # what they can do, as both governments read it; a school opening does not
        events = events - {"construction"} | {"infrastructure"}
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
        bilateral={"japan", "russia"} <= named,
        further=further,
        unasserted=tuple(
            (text_norm[h.start : h.end], v.why) for h, v in verdicts.items() if not v.asserted
        ),
    )
