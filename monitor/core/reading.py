"""Reading an article: its sentences, the concepts found in each, the rules that match, and
the claims of its headline and lead.

Core module: plain data in, plain data out — no I/O, no clock, no asyncio. It chooses which
sentences are read and gathers their readings; how one sentence reads is `claim_reading`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from monitor.core.attribution import dateline_end
from monitor.core.claim_reading import officials, read_claim
from monitor.core.models import Article, RuleHit
from monitor.core.rules import FOLLOW_UP, Hit, Matcher, RuleSet, masked, resolved
from monitor.core.sentence_reading import (
    REACTION_CONCEPTS,
    VEHICLE_EVENTS,
    ClaimReading,
    Reading,
    RuleScope,
    SentenceReading,
    in_scope_of,
    quoted_spans,
)
from monitor.core.text import Sentence, cased, is_cjk, is_question, iter_sentences, normalize

# concept names the reader (this module, `sentence_reading`, `claim_reading`) reads: their
# terms live in rules/ and may change, the names may not (`load_knowledge` refuses rules
# without them)
CONCEPTS_READ = (
    "islands", "peace_treaty", "change.resume", "change.halt", "cue.negation",
    "cue.negation_predicate", "cue.modal", "cue.restate", "cue.again", "cue.position", "cue.past",
    "cue.genre", "cue.occasion", "cue.first_since", "cue.recent", "facility.strategic",
    "cue.limited", "change.permit", "change.end", "cue.routine", "cue.held", "cue.first_kind",
    "cue.postponed", "cue.yearly", "cue.arrangement", "cue.announce", "cue.still",
    "cue.cumulative",
)  # fmt: skip
OCCASION_ACTS = frozenset({"event.legislation", "event.naming"})  # acts that create a day
MAX_SENTENCES = 80  # a very long page is read this far: news and its reactions come early
LEAD_SENTENCES = 5  # body sentences after the headline that make the lead
EVENT_SENTENCES = 2  # a development is reported in the headline or the first sentences
_HEADING = re.compile(r"[.!?。！？」\"”»]$")


def read_article(
    article: Article,
    rules: RuleSet,
    matcher: Matcher,
    held_in_talks: frozenset[str],
    brief: bool = False,
    max_sentences: int = MAX_SENTENCES,
    deep: bool = False,
    follows: tuple[str, ...] = (),
    memo: ClaimMemo | None = None,
) -> Reading:
    """Find concepts, rules and claims in one article (`matcher` holds the rules' terms and
    the tracked statuses' terms).

    A `brief` reading is what a decision needs: the headline and the lead (the body too
    when a rule looks there), and claims only when a rule matches. The rest of the story
    (reactions, statuses mentioned further down) only fills in an alert, so `Judge.assess`
    reads it in full for alerts alone. `follows` names the things an article shares with
    an earlier alert: where no rule matches, it is read as a follow-up of that alert.
    `memo` keeps the sentences read for one article, for its next reading (the brief one,
    then the whole story of an alert, which begins with the same sentences).
    """
    sents, lead = _sentences(article, brief and not rules.reads_body, max_sentences)
    readings, masked_topic = _sentence_readings(article, rules, matcher, sents, lead)
    rule_hits, vetoed = _rule_hits(article, rules, readings)
    if follows and not rule_hits and not vetoed and not masked_topic:
        rule_hits.append(RuleHit(FOLLOW_UP, "normal", follows))
    off_topic = brief and (masked_topic or not rule_hits)  # decided without its claims
    claims, reactions = _claims(
        article, rules, held_in_talks, readings if not off_topic else [], deep, memo
    )
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


def _sentences(
    article: Article, stop_after_lead: bool, max_sentences: int
) -> tuple[list[Sentence], list[bool]]:
    """Which sentences are read, and which of them make the lead: the first body sentences
    that read as prose (a full stop, or long), up to `LEAD_SENTENCES` of them; a reading
    that needs no body stops after the lead."""
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
    return sents, lead


def _sentence_readings(
    article: Article,
    rules: RuleSet,
    matcher: Matcher,
    sents: list[Sentence],
    lead: list[bool],
) -> tuple[list[SentenceReading], bool]:
    """The concepts found in each sentence, look-alike phrases masked, and whether the
    headline's topic words belong to a look-alike or are only a quoted name."""
    masks = rules.masks
    readings: list[SentenceReading] = []
    masked_topic = False
    paragraph = 0  # the paragraph of the sentence before (the headline's is 0)
    found = matcher.find_each([s.text for s in sents])  # one scan of the article
    framing = [s.index == 0 or in_lead for s, in_lead in zip(sents, lead, strict=True)]
    found = resolved(found, framing, rules.references)
    for s, in_lead, raw in zip(sents, lead, found, strict=True):
        hits = masked(raw, masks)
        # the dateline's agency is an outlet's name («/Посольский приказ/.»), not a word
        # of what the sentence reports (a dateline opens a paragraph)
        if s.paragraph != paragraph and (opened := dateline_end(cased(s.text))):
            hits = [h for h in hits if h.start >= opened]
        paragraph = s.paragraph
        if s.index == 0 and any(h.concept in masks for h in raw):
            # the headline is about a look-alike (a cat, a ferry line, another territory)
            masked_topic = not any(h.concept in ("islands", "peace_treaty") for h in hits)
        elif s.index == 0 and article.lang != "ja":
            masked_topic = _named_only(s.text, hits)
        readings.append(SentenceReading(s, tuple(hits), in_lead))
    return readings, masked_topic


def _rule_hits(
    article: Article, rules: RuleSet, readings: list[SentenceReading]
) -> tuple[list[RuleHit], list[str]]:
    """The rules that match where they look, and those whose `none` concepts veto them."""
    rule_hits: list[RuleHit] = []
    vetoed: list[str] = []
    scopes: dict[tuple[str, ...], RuleScope] = {}  # a handful of distinct `where`s, each built once
    for rule in rules.rules:
        if rule.feeds and article.feed_id not in rule.feeds:
            continue
        scope = scopes.get(rule.where)
        if scope is None:
            scope = scopes[rule.where] = RuleScope.of(in_scope_of(readings, rule.where))
        ok, terms = scope.matches(rule)
        if ok and rule.none and not scope.found.isdisjoint(rule.none):
            vetoed.append(rule.id)
            continue
        if ok:
            rule_hits.append(RuleHit(rule.id, rule.severity, terms, rule.chat_ids))
    return rule_hits, vetoed


# the claims read of one article's sentences, by the sentence's reading (its text, place,
# hits) and whether it may report: what a later reading of the same article reuses
ClaimMemo = dict[tuple[SentenceReading, bool], ClaimReading]


def _claims(
    article: Article,
    rules: RuleSet,
    held_in_talks: frozenset[str],
    readings: list[SentenceReading],
    deep: bool,
    memo: ClaimMemo | None = None,
) -> tuple[list[ClaimReading], list[ClaimReading]]:
    """The claims of the headline and the lead (a deep reading adds the story's own report
    past a lead of commentary), and up to two reactions further down. Only the headline
    and the first `EVENT_SENTENCES` may report an event; a headline about the past or a
    repeated position makes the lead's events its background."""
    claims: list[ClaimReading] = []
    when = article.published.date()
    event_budget = EVENT_SENTENCES
    deep_ok = deep
    reactions: list[ClaimReading] = []
    denial = _DENIES_REPORT.get(article.lang)
    # a headline that denies a report, or the lead's first sentence ("…, Kihara said,
    # denying a report in a Moscow newspaper")
    first = next((r.sentence.text for r in readings if r.in_lead), "")
    denied_report = denial is not None and any(
        denial.search(normalize(text)) for text in (article.title, first)
    )
    for r in readings:
        if r.sentence.index != 0 and not r.in_lead and deep_ok and r.of("cue.recent"):
            # past a lead of commentary or background, the story's own report
            claims.append(
                read_claim(
                    r, rules, when, article.lang, held_in_talks, may_report=True, further=True
                )
            )
            continue
        if r.sentence.index != 0 and not r.in_lead:
            if len(reactions) < 2 and any(h.concept in REACTION_CONCEPTS for h in r.hits):
                reaction = read_claim(r, rules, when, article.lang, held_in_talks, may_report=False)
                if reaction.reports_event:
                    reactions.append(reaction)
            continue
        may_report = r.sentence.index == 0 or event_budget > 0
        key = (r, may_report)
        claim = memo.get(key) if memo is not None else None
        if claim is None:
            claim = read_claim(r, rules, when, article.lang, held_in_talks, may_report=may_report)
            if memo is not None:
                memo[key] = claim
        if (
            denied_report
            and r.sentence.index != 0
            and _CITES_REPORT[article.lang].search(normalize(r.sentence.text))
        ):
            # under a headline that denies a report, the lead's account of that report
            # ("…will resume consultations, a Tokyo newspaper reported") is what is denied
            claim = replace(claim, changes=(), decisive=False, denied=True)
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
    claims = _regional_rounds(_vehicles_aside(_appeals_told(_weathered(claims))), rules)
    return _first_talks_told(claims, held_in_talks), reactions


def _first_talks_told(
    claims: list[ClaimReading], held_in_talks: frozenset[str]
) -> list[ClaimReading]:
    """Talks on a matter that lives in talks, held as the headline reports («Россия и
    Япония провели в Каире консультации по проблематике мирного договора»), which the lead
    calls the first since the break («Это первые подобные консультации после того, как …
    российская сторона отказалась продолжать переговоры»), hold the matter's talks again,
    as the two said in one sentence would (claim_reading: `_add_talks_held`)."""
    if not claims or claims[0].reading.sentence.index != 0:
        return claims
    title = claims[0]
    # (talks held: an event of talks, or the matter named by its talks and a verb of holding,
    # "hold talks on the peace treaty")
    held = "talks" in title.events or bool(title.reading.of("cue.held"))
    plain = not (title.negated or title.modal or title.past or title.restated)
    if not held or not plain or title.changes:
        return claims
    matters = [
        sid
        for h in title.reading.of("status:")
        if (sid := h.concept[len("status:") :]) in held_in_talks
    ]
    first = any(
        c.first_since
        and "talks" in c.events
        and (c.decisive or c.reading.in_lead)
        and not (c.past or c.negated)
        for c in claims[1:]
    )
    if not matters or not first:
        return claims
    # (talks allowed once, 「ロシア「一回限り」」, 「本件に限る」, hold them once: the matter
    # stays where it was; so do talks held that the report says are no resumption,
    # 「外相「交渉再開ではない」」, "talks have not resumed")
    told = [c for c in claims if c.reading.sentence.index == 0 or c.decisive or c.reading.in_lead]
    once = any(c.reading.of("cue.limited") or _denies_resumption(c) for c in told)
    return [replace(title, changes=((matters[0], "once" if once else "resume"),)), *claims[1:]]


def _denies_resumption(claim: ClaimReading) -> bool:
    """Does the sentence name a resumption only to deny it (every word of it negated)?"""
    norm = normalize(claim.text)
    words = {norm[h.start : h.end] for h in claim.reading.of("change.resume")}
    return bool(words) and all((w, "negated") in claim.unasserted for w in words)


def _regional_rounds(claims: list[ClaimReading], rules: RuleSet) -> list[ClaimReading]:
    """A trip whose officials, as the headline and the lead name them, are all a region's
    or a town's own (the Sakhalin governor's working trip to Shikotan, a deputy minister
    inspecting building sites on Iturup, 「サハリン州知事が色丹島を視察」) is the
    administration's routine: the story's visits are no events of the dispute. One of a
    national government's rank named with them (a minister, the deputy prime minister)
    makes the trip the dispute's again, and so does a trip told as the first of its kind
    (a foreign province's delegation led by its vice-governor, the first on the islands)."""
    told = [c for c in claims if c.reading.sentence.index == 0 or c.decisive]
    named = [officials(c.reading, rules) for c in told]
    if not any(regional for regional, _ in named) or any(national for _, national in named):
        return claims
    if any((c.first_kind or c.first_since) and not c.past for c in told):
        return claims
    return [replace(c, events=c.events - {"visit"}) if "visit" in c.events else c for c in claims]


def _weathered(claims: list[ClaimReading]) -> list[ClaimReading]:
    """Under a headline whose setting is the weather («Циклон отрезал южные Курилы»,
    "Storm cuts off the islands"), a link halted or restored in the lead is the storm's, as
    it is in a sentence that names the storm itself: the islands' daily life, not a change
    in what they can do."""
    if not claims or claims[0].reading.sentence.index != 0 or not claims[0].reading.of("weather"):
        return claims
    return [
        replace(c, events=c.events - {"infrastructure"})
        if "infrastructure" in c.events and "reversal" in c.events
        else c
        for c in claims
    ]


def _appeals_told(claims: list[ClaimReading]) -> list[ClaimReading]:
    """A headline's act that the lead tells as an appeal is that appeal: 「「一日も早い墓参
    を」　…住民大会で決議」 over 「墓参の早期再開などを国に求める決議を採択した」. Where the
    headline's word for an act stands in the first sentences only as asked for, and none of
    them reports that act, the headline does not report it either."""
    if len(claims) < 2 or not claims[0].events:
        return claims
    title, lead = claims[0], [c for c in claims[1:] if c.decisive]
    text = normalize(title.text)
    asked = {term for c in lead for term, why in c.unasserted if why == "requested"}
    told = {e for c in lead if c.reports_event for e in c.events}
    drop = (
        frozenset(
            h.concept[len("event.") :]
            for h in title.reading.hits
            if h.concept.startswith("event.") and text[h.start : h.end] in asked
        )
        - told
    )
    if not drop:
        return claims
    return [replace(title, events=title.events - drop), *claims[1:]]


def _vehicles_aside(claims: list[ClaimReading]) -> list[ClaimReading]:
    """A letter or a note that carries an act the headline or the lead reports ("the notice
    was handed to the embassy in a note") tells how the news went, not news of its own: it
    is no event of the story (the story's named things are the act's, not the embassy's)."""
    if not any(
        c.decisive and (c.changes or (c.reports_event and c.events - VEHICLE_EVENTS))
        for c in claims
    ):
        return claims
    return [
        replace(c, events=c.events - VEHICLE_EVENTS) if c.events & VEHICLE_EVENTS else c
        for c in claims
    ]


# a headline that denies a report ("Moscow denies report that talks are back on",
# «В МИД опровергли сообщения о…», 「…報道を否定」): the lead tells the report it denies
_DENIES_REPORT = {
    "en": re.compile(
        r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:es|ed|ing)|"
        r"rebuff(?:s|ed)?|knock(?:s|ed)?\s+down)\b[^:;]{0,40}?\b(?:reports?|claims?|"
        r"rumou?rs?|speculation|stor(?:y|ies))\b"
    ),
    "ru": re.compile(
        r"опроверг\w*|(?:назвал\w*|считают)\s+(?:\w+\s+){0,3}?(?:фейк\w*|"
        r"домысл\w*|выдумк\w*|вымысл\w*)|не\s+соответству\w*\s+действительности"
    ),
    "ja": re.compile(r"報道(?:内容)?を?(?:否定|打ち消)|(?:事実無根|事実ではない)"),
}
# a report said to be wrong by those who made it or carried it: a newsroom's correction
# ("Correction:", 「【訂正】」, 「誤報」), an error owned in a report, a caption or a
# statement («в подписи к фото допущена ошибка», "the statement wrongly placed …"). Not a
# party's denial of what the other side says ("groundless", «фейк», 「事実無根」): that
# is a reaction, told with the story it answers.
_REPORT_NOUN = {
    "en": r"(?:reports?|captions?|statements?|announcements?|articles?|stor(?:y|ies)|posts?)",
    "ru": r"(?:подпис|сообщени|публикаци|информаци|материал|заметк|статье|стать[яию])\w*",
    "ja": r"(?:記事|報道|発表|写真説明|説明|投稿)",
}
_ERROR = {
    "en": r"(?:wrong(?:ly)?|incorrect(?:ly)?|erroneous(?:ly)?|mistaken(?:ly)?|in\s+error|"
    r"inaccurate(?:ly)?)",
    "ru": r"(?:ошибк|ошибочн|неверн|некорректн)\w*",
    "ja": r"(?:誤り|誤って|間違)",
}
_CORRECTS_REPORT = {
    "en": re.compile(
        r"\bcorrect(?:ion|ions|ed)\b|\bmisreport\w*|\ban\s+(?:earlier|previous)\s+version\b|"
        rf"\b{_REPORT_NOUN['en']}\b[^.;:]{{0,80}}?\b{_ERROR['en']}\b|"
        rf"\b{_ERROR['en']}\b[^.;:]{{0,30}}?\b{_REPORT_NOUN['en']}\b"
    ),
    "ru": re.compile(
        rf"\b{_REPORT_NOUN['ru']}[^.;:]{{0,80}}?\b{_ERROR['ru']}|"
        rf"\b{_ERROR['ru']}[^.;:]{{0,30}}?\b{_REPORT_NOUN['ru']}|\bисправил\w*\s+{_REPORT_NOUN['ru']}|"
        # a newsroom's label («Уточнение: …», «Поправка.») and its words of apology or of
        # an earlier version («в первоначальной версии заметки»)
        r"^\W*(?:уточнение|поправка|исправление)\s*[:.—–-]|\bприн(?:осит|осим|ошу)\s+(?:свои\s+)?извинени|"
        r"\b(?:первоначальн|предыдущ|ранее\s+опубликованн)\w*\s+(?:верси|редакци)"
    ),
    "ja": re.compile(rf"訂正|誤報|おわび|お詫び|{_REPORT_NOUN['ja']}[^。]{{0,40}}?{_ERROR['ja']}"),
}


def corrects_report(reading: Reading) -> bool:
    """Does the headline or the lead's first sentences say that a report was wrong? (Asked
    by `novelty` of stories on the topic only, not of every page read.)"""
    pattern = _CORRECTS_REPORT.get(reading.article.lang)
    if pattern is None:
        return False
    told = [r for r in reading.sentences if r.sentence.index == 0 or r.in_lead][:3]
    return any(pattern.search(normalize(r.sentence.text)) for r in told)


# a sentence that tells what a report said: "…, a Tokyo newspaper reported", «сообщила
# газета», 「…と報じた」
_CITES_REPORT = {
    "en": re.compile(r"\b(?:reported|reports?|according\s+to|citing|newspaper|daily)\b"),
    "ru": re.compile(
        r"\b(?:сообщил\w*|сообщает|пишет|писал\w*|по\s+данным|со\s+ссылкой|"
        r"по\s+информации|газет\w*|издани\w*|сми)\b"
    ),
    "ja": re.compile(r"報じ|報道|によると|伝えた"),
}

_TOPIC = ("islands", "peace_treaty")
_SHORT_SINGLE_QUOTE = re.compile(r"(?<!\w)'[^'\s]+(?:\s[^'\s]+)?'(?!\w)")  # 'Kurilskoye'


# words that qualify the islands' name itself (a direction, "islands", a chain) or make it
# the dispute ("question"): with them, a quotation holds the place, not another thing's name
_PLACE_WORD = re.compile(
    r"(?:южн|северн|мал|больш|остров|гряд|хребт|вопрос|проблем|спор|territor|island|isle|"
    r"chain|southern|northern|south|north|lesser|greater|question|issue|dispute)",
    re.IGNORECASE,
)
# the kinds of thing named after the islands: food and drink, plants, events, vessels,
# companies («фестиваль «Курильский лосось»», "'Kuril Tea'")
_OTHER_NAMED = re.compile(
    r"(?:лосос|краб|рыб|икр|чай|пив|водк|сорт|цвет|фестивал|кубок|марафон|турнир|"
    r"salmon|crab|fish|tea|beer|lager|vodka|festival|cup|marathon|brand|rose|cherry)",
    re.IGNORECASE,
)


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
        # «Южные Курилы», "Kuril Islands", «Курильский вопрос»: the place or its question in
        # quotation marks; «Курильский лосось», 'Kuril Tea': something named after it
        if any(not _PLACE_WORD.match(w) for w in re.findall(r"[^\W\d_]+", rest)):
            if not _OTHER_NAMED.search(rest):
                return False
        elif any(ch.isalpha() for ch in rest):
            return False
        if text[h.start : h.start + 1].islower():
            # «северных территориях»: scare quotes around a common phrase ("so-called"),
            # not a name (a ship, a brand or a place is written with a capital)
            return False
    return True


def _governs(text: str, act: Hit, occasion: Hit) -> bool:
    """Is the occasion the object of the act, in the same clause: after an English or
    Russian verb, before a Japanese one (「記念日を制定する法律に署名」, not 「「北方領土の日」
    全国大会　返還要求を決議」, where a space ends the rally's phrase)?"""
    if any(is_cjk(ch) for ch in text):
        between = text[occasion.end : act.start]
        return occasion.end <= act.start and not re.search(r"[\s、。]", between)
    between = text[act.end : occasion.start]
    return act.end <= occasion.start and not re.search(r"[,;:.!?]", between)


# a headline that asks indirectly ("Return to sender: what Moscow's refusal … signals",
# "Why Tokyo is quiet on the islands", «Что означает…», 「なぜ…」): an explainer
_INDIRECT_QUESTION = re.compile(
    r"(?:^|[:|—–]\s*|\s-\s+)(?:what|why|how)\b"
    r"|(?:^|[:|—–]\s*|\s-\s+)(?:что означа|что стоит за|почему|зачем|чем грозит)"
    r"|^なぜ",
    re.IGNORECASE,
)


# a headline that asks first and then says more ("Is the treaty track dead? Five questions
# after Moscow's freeze"): it asks, as one that ends with its question does
_ASKS_FIRST = re.compile(r"[?？]\s*\S")


def _is_commentary(title: SentenceReading) -> bool:
    """'Analysis: …', '… review: …', 社説, an anniversary or annual day, or a headline that
    asks ("What next for the 1956 declaration?", 「交渉は動くのか」): not a report."""
    if is_question(title.sentence.text) or _ASKS_FIRST.search(title.sentence.text):
        return True
    text = normalize(title.sentence.text)
    if _INDIRECT_QUESTION.search(text):
        return True
    # "Putin signs law adding Kuril landing anniversary to calendar", 「記念日を制定する法律に
    # 署名」: an anniversary that a law or a naming creates is what the act is about, not
    # the occasion of the story
    acts = [h for h in title.of("event.") if h.concept in OCCASION_ACTS]
    if any(not any(_governs(text, a, h) for a in acts) for h in title.of("cue.occasion")):
        return True
    for h in title.of("cue.genre"):
        if any(is_cjk(ch) for ch in h.term):
            return True
        after = text[h.end : h.end + 2].strip()
        before = text[: h.start].rstrip()
        # a label heads the headline, or stands on one side of its colon or bar ("Analysis:
        # …", "… review: …", "After Tokyo, a thaw with limits: reading the first round")
        if h.start <= 1 or after[:1] in (":", "|", "—", "-") or before.endswith((":", "|")):
            return True
    return False
