"""Assertion: does the clause around an event or status word assert it as done or decided?

Core module: a sentence and the span of a trigger in, a `Verdict` out; no I/O, no clock, no asyncio.
The word lists the claim reader uses find *that* a sentence speaks of a resumption or a
visit; this module reads *how*, with real morphology rather than distances:

- Russian (pymorphy3): the trigger's part of speech and form decide. A finite verb is
  asserted unless «не» governs it, it is future or imperative, or «бы» makes the clause
  conditional; an infinitive only under a verb of deciding or agreeing («решили
  возобновить»), never under one of asking, wanting, planning or being able; a full
  participle is an attribute (background); a noun («возобновление») is as asserted as the
  predicate of its clause — not when that predicate is negated («не обсуждается», «нет»)
  or asks, plans or discusses, and not when the noun depends on a prospect («вопрос о
  возобновлении», «перспективы подписания»).
- Japanese (fugashi with IPAdic): Japanese puts what governs a word after it. A verb
  is followed through its auxiliaries (ない/ず negate, たい wishes, べき obliges, う/よう
  intend, ば/たら make a condition); a verb in the attributive form before a noun is a
  relative clause (「訪れる北方墓参」), not a report; a noun of action (再開, 締結) is as
  asserted as the predicate it is the object of (「再開を求める」 requests, 「再開で合意
  した」 reports), and a prospect when it modifies 見通し, 方針, 可能性, 計画 and the like.
- English keeps the claim reader's word windows (`claim_reading.py`): its word order puts the
  governing words before the trigger, where the windows look.

This module dispatches by language and reads English itself; Russian and Japanese are
read in `assertion_ru` and `assertion_ja`. Their analyzers are loaded once per process on
first use (a dictionary each, read from the installed packages); everything else is a
pure function of the text.
"""

from __future__ import annotations

import re

from monitor.core.assertion_ja import ja_verdict
from monitor.core.assertion_ru import ru_verdict
from monitor.core.verdict import ASSERTED, Verdict


def assertion(text: str, lang: str, start: int, end: int) -> Verdict:
    """Is the trigger at text[start:end] asserted by its clause? `text` is one sentence."""
    if appeal_document(text, lang, start, end):
        return Verdict(False, "requested")
    if settled_before(text, lang, start, end) or blamed_for(text, lang, start, end):
        return Verdict(False, "topic")
    if ended_as_foreseen(text, lang, start, end):
        return Verdict(False, "topic")
    if (
        lang == "ja"
        and _JA_THAT_ABOUT.match(text, end)
        and _JA_EARLIER.search(text, max(0, start - 20), start)
    ):
        # 「昨年8月に…写真展を開いたことについては「…」と説明した」: an act of an earlier time
        # that an answer is about (one of the days before is the fact it takes up, done)
        return Verdict(False, "topic")
    if report_says(text, lang, start, end):
        return Verdict(False, "reported")
    if anniversary_of(text, lang, start, end):
        return Verdict(False, "occasion")
    if lang == "ru":
        return ru_verdict(text, start, end)
    if lang == "ja":
        return ja_verdict(text, start, end)
    return _en(text, start, end)


# what was settled before, the measure of what is done now («пройдут, как и было
# договорено», «согласно достигнутым договорённостям», 「合意通り実施」, 「合意に基づき」;
# English in `_en`: "as agreed")
_SETTLED_BEFORE = {
    "ru": re.compile(
        r"(?:\bкак\s+(?:и\s+)?(?:было\s+|ранее\s+)?|\bсогласно\s+(?:\w+\s+)?|"
        r"\bв\s+соответствии\s+с\s+(?:\w+\s+)?)$",
        re.IGNORECASE,
    ),
}
_SETTLED_AFTER_JA = re.compile(r"(?:通り|どおり|に基づ|に沿)")


# what someone is blamed for is a state already known, named as the fault ("blamed
# Moscow for the freeze", «обвинил Токио в срыве переговоров», «возложил ответственность за
# заморозку»): no act of now
_BLAMED_FOR = {
    "en": re.compile(
        r"\b(?:blam\w*|accus\w*|criticis\w*|criticiz\w*|fault\w*|responsib\w+)\b[^.;:]{0,50}?"
        r"\b(?:for|of|over)\s+(?:[^.;:]{0,40}?\s)?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:\bобвин\w*[^.;:]{0,50}?\bв|\bответственност\w*\s+(?:\w+\s+){0,2}?за|\bвин\w*\s+за)\s+"
        r"(?:[\w-]+\s+){0,1}?$",
        re.IGNORECASE,
    ),
}


_RU_ANSWERS_FOR = re.compile(r"\b(?:отвеча\w*|ответственн\w*|винова\w*)", re.IGNORECASE)
_RU_FOR = re.compile(r"\bза\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
# (Japanese names the fault before its blame: 「交渉中断の責任はロシア側にある」)
_BLAMED_AFTER_JA = re.compile(r"[^、。]{0,6}?の責任")


def blamed_for(text: str, lang: str, start: int, end: int) -> bool:
    """Is the trigger what someone is blamed for?"""
    if lang == "ja":
        return _BLAMED_AFTER_JA.match(text, end) is not None
    if lang == "ru" and _RU_ANSWERS_FOR.search(text) and _RU_FOR.search(text, 0, start):
        return True  # «за срыв переговоров отвечает Токио»
    pattern = _BLAMED_FOR.get(lang)
    return pattern is not None and pattern.search(text, max(0, start - 80), start) is not None


def settled_before(text: str, lang: str, start: int, end: int) -> bool:
    """Is the trigger what was settled before, named as the measure of an act ("as
    agreed")?"""
    if lang == "ja":
        return _SETTLED_AFTER_JA.match(text, end) is not None
    before = _SETTLED_BEFORE.get(lang)
    return before is not None and before.search(text, max(0, start - 40), start) is not None


# an end that came as foreseen: "closed again on December 31, as scheduled", «закрылся 31
# декабря, как и было предусмотрено», 「予定通り年末で終了」: the limit set when the thing
# began, reached, not a halt decided now
_EN_ENDING = re.compile(r"(?:clos|end|expir|laps|ceas|finish|halt|stopp|suspend)\w*", re.I)
_EN_AS_FORESEEN = re.compile(
    r"^[^.;]{0,50}?\bas\s+(?:was\s+|had\s+been\s+)?(?:scheduled|planned|expected|foreseen|"
    r"announced|set\s+out|stipulated)\b",
    re.IGNORECASE,
)
_RU_ENDING = re.compile(r"(?:закры|заверш|истек|истёк|прекрат|прекращ|оконч)\w*", re.I)
_RU_AS_FORESEEN = re.compile(
    r"\bкак\s+(?:и\s+)?(?:было\s+)?(?:запланировано|планировалось|предусмотрено|"
    r"предполагалось|ожидалось|объявлялось)|\bв\s+установленный\s+срок",
    re.IGNORECASE,
)
_JA_ENDING = re.compile(r"終了|終わ|満了|失効|打ち切")
_JA_AS_FORESEEN = re.compile(r"(?:予定|通知|通告|発表|計画)(?:通り|どおり)[^。、]{0,12}$")


# an act named as what is spoken about: 「…したことについて」, 「…したことに関して」
_JA_THAT_ABOUT = re.compile(
    r"[^。、「」]{0,25}?ことに(?:ついて|関して|関し|対して)|[^。、「」]{0,25}?ことを(?:めぐ|巡)"
)


_JA_EARLIER = re.compile(r"昨年|去年|一昨年|前年|先月|昨夏|昨秋|昨春|昨冬|(?:19|20)?\d\d年")


def ended_as_foreseen(text: str, lang: str, start: int, end: int) -> bool:
    """Is the trigger an end that came when it was set to ("lapsed as scheduled")? The
    limit reached was news when it was set, not now."""
    if lang == "ru":
        return bool(
            _RU_ENDING.match(text, start) and _RU_AS_FORESEEN.search(clause_around(text, start))
        )
    if lang == "ja":
        return bool(
            _JA_ENDING.match(text, start)
            and _JA_AS_FORESEEN.search(text, max(0, start - 30), start)
        )
    return bool(_EN_ENDING.match(text, start) and _EN_AS_FORESEEN.match(text, end))


def clause_around(text: str, at: int) -> str:
    """The stretch of the sentence around a position, between semicolons or dashes."""
    a = max(text.rfind(";", 0, at), text.rfind(" — ", 0, at)) + 1
    b = min((i for i in (text.find(";", at), text.find(" — ", at)) if i != -1), default=len(text))
    return text[a:b]


# A resolution, declaration or petition that asks ("adopted a resolution calling on the
# government to …", «приняли резолюцию с призывом…», 「…再開を求める決議を採択した」) is
# an appeal: adopting it asks for what it names, as the verb "urged" would (matched at
# the trigger: `match` with a position).
_APPEAL_AFTER = {
    "en": re.compile(
        r"(?:[\w'’-]+\s+){0,3}?(?:resolution|declaration|appeal|petition|opinion|statement|"
        r"letter)s?\s+"
        # (or its addressees first: "a written opinion addressed to the prime minister and
        # the foreign minister, urging …")
        r"(?:addressed\s+to\s+[^;.]{0,100}?,\s+|(?:[\w'’-]+,?\s+){0,4}?)"
        r"(?:calling|urging|demanding|asking|appealing|seeking|"
        r"(?:that|which)\s+(?:calls|urges|demands|asks|seeks))\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:\w+\s+){0,3}?(?:резолюци|деклараци|обращени|петици)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:с\s+призыв|с\s+требовани|с\s+просьб|призывающ|требующ|с\s+предложени)",
        re.IGNORECASE,
    ),
}
_APPEAL_BEFORE_JA = re.compile(
    r"(?:(?:求める|求めた|要求する|要求した|要望する|要請する|訴える|訴えた"
    # or a wish quoted as what it says: 「…交渉してほしい」とする決議
    r"|(?:ほしい|欲しい|求める|願う|べきだ)」(?:と(?:する|した|の)?))"
    r"(?:決議|声明|要望書|意見書|宣言)"
    # a written opinion or request asks whatever it says: 「根室市議会、意見書を可決」
    r"|意見書|要望書)"
    # its adoption may follow a few words on: 「求める意見書を、全会一致で可決」
    r"(?:案)?(?:を[^。「」]{0,16})?$"
)


# ... unless a legislature adopts it: a parliament's resolution is an act of state, what
# it demands included ("the lower house adopted a resolution demanding the return …")
# (a national one: a city assembly's written opinion asking the government is an appeal)
_LEGISLATURE = re.compile(
    r"\b(?:parliament|diet|duma|house of (?:representatives|councillors)|lower house|"
    r"upper house|federation council|lawmakers)\b|"
    r"парламент|госдум|государственн\w* дум|совет\w* федерации|совфед|国会|衆院|衆議院|参院|参議院",
    re.IGNORECASE,
)


# a document whose words are an appeal (「決議は「…」と訴え、…努力を求めた」): the
# document, as what it says, asks
_APPEAL_SAYS_JA = re.compile(
    r"(?:決議|声明|宣言|要望書|意見書)(?:文)?(?:は|では|で)(?:「[^」]*」|[^。「])*?"
    r"(?:求め|訴え|要望し|要請し|呼びかけ)"
)


def appeal_document(text: str, lang: str, start: int, end: int) -> bool:
    """Is the trigger at text[start:end] a document that asks (in Japanese the document
    ends the trigger, 「求める決議」, or comes before it, 「求める決議を採択」), or its adoption,
    by anyone but a legislature? (Asked of every trigger: the cheap match at the trigger
    first, the legislature only for an appeal.)"""
    if lang == "ja":
        asks = (
            _APPEAL_BEFORE_JA.search(text, 0, end) is not None
            or _APPEAL_BEFORE_JA.search(text, 0, start) is not None
            or _APPEAL_SAYS_JA.match(text, start) is not None
        )
    else:
        pattern = _APPEAL_AFTER.get(lang)
        asks = pattern is not None and pattern.match(text, start) is not None
    return asks and _LEGISLATURE.search(text, 0, start) is None


# ---------------------------------------------------------------------------- English

_EN_NOMINAL = re.compile(r"(?:tion|sion|ment)s?$")
# a comma may only set off an aside ("the resumption of visits, including grave visits,
# is a priority"): the clause ends at a stronger break or a conjunction
_SHOW_VERBS = (
    r"shows?|suggests?|underlines?|underscores?|highlights?|illustrates?|demonstrates?|"
    r"reflects?|proves?|signals?|means"
)
# a subject of several nouns set off by commas, then such a verb ("the brief revival of the
# talks, and their swift suspension, show how …")
_EN_SHOWS_AFTER = re.compile(
    r"[^;:.!?]{0,200}?,\s+(?:" + _SHOW_VERBS + r")\s+(?:how|that|what|the|a|an|why|little|just)\b",
    re.IGNORECASE,
)
_EN_CLAUSE_END = re.compile(r"[;:—–]|\b(?:but|while|and|although|though|after|because)\b")
# after a noun of change, a present, future or modal verb makes it a goal, a prospect or
# a topic ("the resumption … is a top priority", "… would depend on Tokyo"), not a report
_EN_NOT_DONE = re.compile(
    r"\b(?:is|are|remains?|would|will|could|should|must|may|might|depends?|hinges?|"
    r"requires?|needs?|" + _SHOW_VERBS + r")\b"
    # a verb that reads a meaning into it ("the revival of the talks shows how little
    # room is left"): the event is the commentary's example, not its report
)
_EN_DONE = re.compile(r"\b(?:was|were|has been|had been|took place|began|started)\b")
# a noun of change named as a goal ("the resumption of visits was a top priority", "…
# remained the key demand"): what is wanted, whatever the tense of its copula
_EN_GOAL = re.compile(
    r"^\s+(?:[\w'-]+,?\s+){0,14}?(?:is|are|was|were|remains?|remained|has been|had been)\s+"
    r"[\"“'‘]?(?:(?:a|an|the|one\s+of\s+the|its|their|his|her|our|tokyo's|japan's|moscow's)\s+)?"
    # (the goal quoted after its article: 'was a "top priority"')
    r"[\"“'‘]?(?:[\w'’-]+\s+){0,2}?(?:priority|priorities|goal|goals|aim|objective|task|demand|wish|"
    r"hope|condition|precondition|essential|important|crucial|vital|necessary|urgent|desirable|"
    r"imperative|indispensable)\b",
    re.IGNORECASE,
)
# or named so by a verb with "as" ("lists the resumption of grave visits, for former
# residents now in their eighties, as a priority"; "sees … as the main goal"), whatever
# stands between
_EN_AS_GOAL = re.compile(
    r"^[^;:.!?]{0,160}?\bas\s+(?:(?:a|an|the|one\s+of\s+the|its|their|his|her|our|"
    r"tokyo's|japan's|moscow's)\s+)?(?:[\w'’-]+\s+){0,2}?(?:priority|priorities|goal|goals|"
    r"aim|aims|objective|objectives|task|demand|demands|wish|condition|precondition)\b",
    re.IGNORECASE,
)


# a modal right after the trigger makes it the subject of a wish or a prospect: "treaty
# talks must settle ownership", "visits could take place next year"
_EN_MODAL_AFTER = re.compile(
    # past a short phrase that names who with ("talks with Japan could come back")
    r"^(?:\s+(?:with|between|among)\s+(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)?"
    r"\s+(?:[\w-]+ly\s+)?(?:must|should|would|could|can|will|may|might|shall|"
    r"need to|needs to|have to|has to|ought to)\b",
    re.IGNORECASE,
)


# "Visits by former residents to the islands could be arranged again": a plural noun of an
# act at the head of its sentence (past a dateline) or after a determiner, with "by", "of",
# "to" or "between" after it, is the subject; its predicate comes after
_EN_HEAD = re.compile(
    r"(?:^|[—–-]\s+|\)\s+-\s+|\b(?:the|these|those|such|further|more|any|future|that)\s+)$",
    re.IGNORECASE,
)
_EN_NOUN_AFTER = re.compile(r"^\s+(?:by|of|to|between|for)\b", re.IGNORECASE)


# "normally conducted from June to September under a private agreement", "have worked the
# waters under a 1998 agreement": the agreement work is carried out under is its frame,
# already there, not the act reported ("to build homes under a Sakhalin deal" is the deal)
_EN_UNDER = re.compile(
    r"\b(?:conducted|carried\s+out|operated|operates|operating|worked|works|working|"
    r"fished|fishing|held|run|runs)\b[^.;:,]{0,60}?\b(?:under|pursuant\s+to)\s+"
    r"(?:(?:a|an|the|its|their|this|that|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def first_word(text: str, start: int, end: int) -> str:
    """The first word of the span (a phrase's first word says what it is)."""
    words = text[start:end].split()
    return words[0] if words else ""


# "He added that resuming exchange programmes … was a priority": a gerund that opens its
# clause (the sentence, a clause after "that" or after a verb of saying) is the clause's
# subject, a noun of the act
_EN_GERUND_HEAD = re.compile(
    r"(?:^|[—–]\s*|\bthat\s+|\b(?:said|says|added|adds|stressed|stresses|noted|notes)\s+)$",
    re.IGNORECASE,
)


def _en_gerund_subject(text: str, start: int, word: str) -> bool:
    return word.lower().endswith("ing") and _EN_GERUND_HEAD.search(text[:start]) is not None


def _en_noun_subject(text: str, start: int, end: int, word: str) -> bool:
    return (
        word.lower().endswith("s")
        and _EN_HEAD.search(text[:start]) is not None
        and _EN_NOUN_AFTER.match(text[end:]) is not None
    )


# a free relative or an embedded question ("what was agreed", "what the two sides agreed
# on", "whether talks resume"): the act is what is spoken of, not reported as done
_EN_WHAT = re.compile(
    r"\b(?:what(?:ever)?|whether)\s+(?:(?:was|were|is|are|had|has|have|would|will|could)\s+"
    r"(?:been\s+|be\s+)?|(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?(?:had\s+|has\s+|"
    r"have\s+|would\s+|will\s+)?)$",
    re.IGNORECASE,
)


# "unhappy with how Japanese groups use their visits", "about how islanders live without
# the exchanges": an embedded "how" clause in the present tells how something goes on, a
# habit or a state; what it names is spoken of. ("how the visit went" is past: a report.)
_EN_HOW = re.compile(r"\bhow\s+((?:[\w'’-]+\s+){1,6}?)$", re.IGNORECASE)
_EN_PAST_OR_MODAL = re.compile(
    r"\b(?:\w+ed|was|were|had|did|went|took|made|held|met|got|came|began|became|saw|gave|"
    r"would|will|could|can|may|might|must|should)\b",
    re.IGNORECASE,
)


def _en_how_present(text: str, start: int) -> bool:
    m = _EN_HOW.search(text, max(0, start - 60), start)
    return m is not None and _EN_PAST_OR_MODAL.search(m.group(1)) is None


_EN_VERB_FORM = re.compile(
    r"(?:\w+ed|\w+en|held|met|made|struck|signed|agreed|began|took|froze|broke|set|put|cut|"
    r"resume|restart|halt|suspend|sign|agree|hold|meet|allow|end)\b",
    re.IGNORECASE,
)


# what a report, a rumour or a claim says ("a report in a Tokyo daily that Japan and Russia
# had agreed to restart …", "amid reports that …"): its content clause is the report's word,
# not the writer's. The noun, not the verb: a determiner or a preposition before it, or
# the head of the sentence ("Kyodo reports that …" is an attributed report).
_EN_REPORT_SAYS = re.compile(
    r"(?:\b(?:a|an|the|this|that|these|those|such|one)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:report|rumou?r|claim|suggestion|allegation|speculation)s?|"
    r"(?:^|\b(?:amid|despite|after|of|about|on|over|denied|dismissed|rejected|unconfirmed|"
    r"media|press|newspaper|recent|earlier|fresh|new)\s+(?:[\w'’-]+\s+){0,2}?)"
    r"(?:reports|rumou?rs|claims|suggestions|allegations|speculation))"
    r"\s+(?:[\w'’,-]+\s+){0,8}?that\s+(?P<said>[^;:]{0,160})$",
    re.IGNORECASE,
)


# … «сообщения японской газеты о том, что …», «появились слухи, что …»: the nouns only
# («заявил, что …» is an attributed report)
_RU_REPORT_SAYS = re.compile(
    r"\b(?:сообщени|слух|публикаци|утверждени|домысл|спекуляци|информаци)\w*"
    r"(?:\s+(?:[\w«»\"-]+\s+){0,4}?(?:о\s+том)?)?,?\s*что\s+(?P<said>[^;:]{0,160})$",
    re.IGNORECASE,
)
# … 「…再開で合意したとの報道」, 「…との一部報道」, 「…との情報」: Japanese names the report
# after what it says (「…との見方」, 「…との観測」 are expectations: read as prospects)
# and a noun of action the report is of: 「平和条約協議の再開報道」, 「訪問の情報」
_JA_REPORT_SAYS = re.compile(
    r"[^。、「」]{0,24}?との(?:一部|一部の)?(?:報道|情報|噂|うわさ)"
    r"|(?:の|に関する|をめぐる)?(?:一部)?(?:報道|情報|噂|うわさ)(?!機関|陣|官|各社|番組|の自由)"
)


# the act an anniversary counts from is the occasion, not an act of now: "the 73rd
# anniversary of the signing of …", «73-й годовщине подписания …», «70-летию подписания»,
# 「署名から73周年」
_ANNIVERSARY_BEFORE = {
    "en": re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE),
    "ru": re.compile(
        r"(?:\bгодовщин\w*|\bюбиле\w*|\d+[-\s]*лети\w*)\s+(?:со\s+дня\s+)?(?:[\w-]+\s+){0,1}?$",
        re.IGNORECASE,
    ),
}
# (周年 after the act, or a count of years from it: 「署名から73周年」, 「調印から70年」; a bare
# 「運休1年」 is how long a state has lasted)
_ANNIVERSARY_AFTER_JA = re.compile(
    r"(?:から|の)?\s*\d{1,3}\s*周年|から\s*\d{1,3}\s*年(?:目)?"
    r"(?!\d|月|度|前|後|間|以|ぶり|振り|余|半|超|近|連続|来|内)"
)


def anniversary_of(text: str, lang: str, start: int, end: int) -> bool:
    """Is the trigger at text[start:end] the act an anniversary counts from?"""
    if lang == "ja":
        return _ANNIVERSARY_AFTER_JA.match(text, end) is not None
    pattern = _ANNIVERSARY_BEFORE.get(lang)
    return pattern is not None and pattern.search(text, max(0, start - 80), start) is not None


def report_says(text: str, lang: str, start: int, end: int) -> bool:
    """Does the trigger at text[start:end] stand in what a report, a rumour or a claim says,
    told as the content of the noun ("a report that …", «сообщения о том, что …»,
    「…との報道」)? That is the report's word, not the writer's."""
    if lang == "ja":
        m = _JA_REPORT_SAYS.match(text, end)
        return m is not None and _CONFIRMED_AFTER_JA.match(text, m.end()) is None
    pattern = _RU_REPORT_SAYS if lang == "ru" else _EN_REPORT_SAYS
    m = pattern.search(text, max(0, start - 240), start)
    # "confirmed reports that …", «подтвердил сообщения о том, что …»: the writer's too
    if m is None:
        return False
    return not any(
        _REFUSED_BEFORE.search(text, max(0, c.start() - 24), c.start()) is None
        for c in _CONFIRMED_BEFORE.finditer(text, max(0, m.start() - 40), m.start("said"))
    )


_CONFIRMED_BEFORE = re.compile(r"\bconfirm\w*|\bподтверд\w*", re.IGNORECASE)
# a confirmation refused is none: "declined to confirm", "would not confirm", «не
# подтвердил», «отказался подтвердить»
_REFUSED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\b(?:declin|refus)\w*\s+to|\bне|\bотказал\w*|\bнельзя)\s+$",
    re.IGNORECASE,
)
# 「…との報道を、外務省が事実と認めた」 (not 「確認していない」, 「認めなかった」)
_CONFIRMED_AFTER_JA = re.compile(
    r"(?:を|について)?[^。]{0,16}?(?:事実と)?(?:認め|確認し|裏付け)(?!(?:てい)?な|ず|ませ)"
)


# a noun phrase that ends right before the word ("the vessel ", ", the ship "), and the word
# as a past participle with a preposition or an agent after it ("built for", "seized in",
# "held by"), not an object ("built a pier")
_EN_REDUCED_RELATIVE = re.compile(
    r"(?:^|[,(—–]\s*|\b(?:of|on|at|in|aboard|from|to)\s+)(?:the|a|an|its|their|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*\s+$"
)
_EN_PARTICIPLE_ON = re.compile(
    r"(?:[a-z]+ed|built|held|made|seized|sold|sent|set|run|known|given|taken|begun|drawn|"
    r"written|shown|done|kept|paid|laid|led|lost|won|put|cut|chosen|frozen|broken|spoken)"
    r"\s+(?:for|by|under|as)\b"
)


# an event named as one to come, the time of the sentence's own act ("as he prepares for
# a general election", "ahead of the talks", "the upcoming vote")
_EN_AHEAD = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for|prepar(?:e|es|ed|ing)"
    r"\s+for|upcoming|forthcoming)\s+(?:(?:the|a|an|this|its|their|his|her)\s+)?"
    r"(?:[\w.'’-]+\s+){0,4}?$",  # "ahead of the Oct. 27 lower house election"
    re.IGNORECASE,
)


# an event to come, as a headline or a schedule names it ("summer visits to go ahead",
# "talks are set to take place in May")
_EN_TO_HAPPEN = re.compile(
    r"(?:\s+[\w'’,-]+){0,4}?\s+(?:(?:is|are)\s+)?(?:(?:set|due|expected|likely|scheduled|"
    r"planned)\s+to|will|would|to)\s+(?:go\s+ahead|take\s+place|be\s+held)\b",
    re.IGNORECASE,
)
# what was settled before, referred to ("will go ahead as agreed", "'as agreed'", "as
# previously announced"): the earlier act is the measure of this one, not reported again
_EN_AS_DONE = re.compile(r"\bas\s+(?:(?:was|had\s+been|previously|earlier|already)\s+)?['‘\"“]?$")
_EN_PARTICIPLE = re.compile(r"\w+ed\b|held\b|set\b|agreed\b", re.IGNORECASE)
# an infinitive with a subject of its own, "for grave visits to resume", "for the talks to be
# restored": the object of a wish, a call, a condition or a chance ("conveyed the wish … for
# visits to resume", "the conditions for talks to resume"), never a report that they did
# an infinitive that completes a noun of leave, intent or chance, "permission to visit",
# "plans to open", "a bid to restore": what is allowed or meant, not what was done
_EN_NOUN_TO = re.compile(
    r"\b(?:permission|permit|right|rights|plan|plans|request|bid|intention|invitation|"
    r"consent|approval|chance|opportunity|attempt|offer|need|licen[cs]e|proposal)\s+to\s+$",
    re.IGNORECASE,
)
# a noun of goal whose predicate names the trigger ("Japan's priorities … include the
# territorial dispute and the resumption of visits", "Tokyo's demands are the return of …
# and the restoration of exchanges"): what is wanted, not what was done
_EN_GOAL_BEFORE = re.compile(
    r"\b(?:priority|priorities|goals?|aims?|objectives?|tasks?|demands?|wish(?:es)?|hopes?|"
    r"wishlist|agenda)\b[^.;:!?]{0,120}?\b(?:include|includes|included|including|is|are|"
    r"was|were|remains?|remained)\b[^.;!?]*$",
    re.IGNORECASE,
)
_EN_FOR_TO = re.compile(r"\bfor\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:be\s+)?$", re.IGNORECASE)


def _en_unrealised(text: str, start: int, end: int) -> Verdict | None:
    """A trigger told as what is to come, asked for or allowed: a modal right after it,
    "ahead of" or "to go ahead", the infinitive of "for visits to resume", the infinitive
    of a noun of leave or intent ("permission to visit")."""
    if _EN_MODAL_AFTER.match(text[end:]):
        return Verdict(False, "prospect")
    if _EN_AHEAD.search(text, max(0, start - 60), start) or _EN_TO_HAPPEN.match(text, end):
        return Verdict(False, "prospect")
    if _EN_FOR_TO.search(text, max(0, start - 60), start):
        return Verdict(False, "requested")
    if _EN_NOUN_TO.search(text, max(0, start - 30), start):
        return Verdict(False, "prospect")
    if _EN_GOAL_BEFORE.search(text, max(0, start - 200), start):
        return Verdict(False, "requested")
    return None


def _en(text: str, start: int, end: int) -> Verdict:
    """English word order puts what governs a verb before it (the claim reader's windows
    look there); a noun of change is also governed by the predicate after it, and any
    trigger by a modal right after it."""
    unrealised = _en_unrealised(text, start, end)
    if unrealised is not None:
        return unrealised
    if _EN_AS_DONE.search(text, max(0, start - 30), start) and _EN_PARTICIPLE.match(text, start):
        return Verdict(False, "topic")
    if _EN_UNDER.search(text, max(0, start - 100), start):
        return Verdict(False, "modifier")  # "conducted under a private agreement": its frame
    if _EN_REDUCED_RELATIVE.search(text, max(0, start - 60), start) and _EN_PARTICIPLE_ON.match(
        text, start
    ):
        # "the vessel built for visa-free exchanges": a participle describing the noun
        # before it, not the sentence's act
        return Verdict(False, "modifier")
    if _EN_WHAT.search(text, max(0, start - 40), start) and _EN_VERB_FORM.match(text, start):
        # "more about what was left out than what was agreed" (a verb: "what a small lease
        # says" names the lease, the subject of its own verb)
        return Verdict(False, "topic")
    if _en_how_present(text, start):
        return Verdict(False, "topic")
    if _EN_SHOWS_AFTER.match(text, end):
        # in a subject of several nouns, then a verb of meaning: an example, not a report
        return Verdict(False, "topic")
    # a phrase's first word says what it is ("formed a … detachment" is a verb)
    word = first_word(text, start, end)
    if not (
        _EN_NOMINAL.search(word)
        or _en_noun_subject(text, start, end, word)
        or _en_gerund_subject(text, start, word)
    ):
        return ASSERTED
    rest = text[end:]
    cut = _EN_CLAUSE_END.search(rest)
    clause = rest[: cut.start()] if cut else rest
    if _EN_GOAL.match(clause) or _EN_AS_GOAL.match(rest):
        return Verdict(False, "requested")
    done = _EN_DONE.search(clause)
    not_done = _EN_NOT_DONE.search(clause)
    if not_done and (done is None or not_done.start() < done.start()):
        return Verdict(False, "prospect")
    return ASSERTED
