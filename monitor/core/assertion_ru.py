"""Assertion in Russian, read with pymorphy3: whether the clause around a trigger asserts it
(see `assertion`), and whether a matter is the doer of a change rather than what changes.

Core module: a sentence and spans in, a `Verdict` or a yes/no out — no I/O, no clock, no
asyncio. The analyzer is loaded once per process on first use; the rest is pure.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from monitor.core.verdict import ASSERTED, Verdict, lemmas

# ---------------------------------------------------------------------------- Russian

# verbs and predicatives after which an infinitive or a noun is asked for, wished,
# planned, possible or under discussion, not done
_RU_UNASSERTING = lemmas(
    """
    призвать призывать просить попросить требовать потребовать предложить предлагать
    добиваться настаивать выступить выступать ожидать ждать надеяться рассчитывать
    хотеть захотеть желать стремиться намереваться планировать запланировать собираться
    мочь смочь обсуждать обсудить обсуждаться рассматривать рассмотреть рассматриваться
    готовый должный намеренный нужно нужный необходимо необходимый можно возможно
    возможный невозможно невозможный нельзя следовать стоить исключать исключить
    допускать допустить обещать пообещать грозить пригрозить угрожать
    предстоять зависеть увязывать увязать ставить поставить
    планироваться запланироваться намечаться наметиться предполагаться ожидаться
    прорабатывать проработать прорабатываться изучать изучить изучаться
    """
)
# verbs under which an infinitive is decided or agreed: «решили возобновить»
_RU_DECIDING = lemmas(
    """
    решить решать постановить договориться договариваться согласиться соглашаться
    начать начинать приступить объявить принять
    """
)
# verbs that read a meaning into what their subject names («возобновление консультаций и
# их быстрая приостановка показывают, как …»): the events are a commentary's examples
_RU_MEANING = lemmas(
    """
    показывать показать свидетельствовать означать демонстрировать продемонстрировать
    подчёркивать подчеркнуть иллюстрировать доказывать доказать
    """
)
# what a goal is called, after a dash with no verb («возобновление поездок — «один из
# главных приоритетов»»)
_RU_GOALS = lemmas("приоритет цель задача условие требование мечта")
# nouns on which a trigger noun depends as a prospect: «вопрос о возобновлении»,
# «перспективы подписания», «условий для возобновления»; and what only proposes it: «внесён
# законопроект о прекращении действия декларации»
_RU_PROSPECT_NOUNS = lemmas(
    """
    вопрос перспектива условие возможность предложение призыв просьба требование план
    идея надежда шанс предпосылка готовность намерение желание необходимость тема
    обсуждение речь сигнал ожидание прогноз сценарий вероятность попытка
    законопроект проект инициатива поправка петиция обращение
    """
)
_RU_CLAUSE_WORDS = lemmas(
    """
    что чтобы если пока когда который которая которое которые которого которой которых
    котором которым где хотя но однако поскольку так как
    """
)
_RU_TOKEN = re.compile(r"[а-яёa-z0-9]+(?:-[а-яёa-z0-9]+)*|[,;:—–()«»\"?!]", re.IGNORECASE)
_RU_SKIP = frozenset({"же", "ещё", "еще", "уже", "пока", "больше", "только", "вовсе", "совсем"})


class _RuWord(NamedTuple):
    text: str
    start: int
    end: int
    pos: str  # pymorphy3's part of speech, or "PNCT"
    lemma: str
    tag: Any


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3  # loaded on first use: a 15 MB dictionary

    # it says where it loads its dictionaries from at INFO: not the monitor's business
    logging.getLogger("pymorphy3").setLevel(logging.WARNING)
    return pymorphy3.MorphAnalyzer()


PARADIGM_STEM = 5  # letters a nominative rule word's case forms must share to be one stem


def paradigm_stem(word: str) -> str:
    """The stem a Russian rule word written in the nominative covers all its case forms
    with: «персона» → «персон» (for «персоной»), «курильское» → «курильск». A word written
    in another case was chosen in that case («в среду», «в прошлом») and is kept as written,
    and so is a word whose forms share fewer than five letters."""
    p = _morph().parse(word)[0]
    if not p.is_known or p.tag.POS not in ("NOUN", "ADJF") or "nomn" not in p.tag:
        return word
    if p.word.replace("ё", "е") != word:
        return word
    forms = [f.word.replace("ё", "е") for f in p.lexeme if f.tag.POS == p.tag.POS]
    stem = forms[0] if forms else word
    for form in forms[1:]:
        while not form.startswith(stem):
            stem = stem[:-1]
    return stem if len(stem) >= PARADIGM_STEM and word.startswith(stem) else word


@lru_cache(maxsize=50_000)
def _ru_parse(word: str) -> tuple[str, str, Any]:
    """The word's likeliest parse; of parses scored alike, a noun's («судна»: a short
    adjective and the genitive of «судно» score the same; a sentence of the news has the
    vessel)."""
    parses = _morph().parse(word)
    top = parses[0].score
    p = next((q for q in parses if q.score >= top and q.tag.POS == "NOUN"), parses[0])
    return str(p.tag.POS or ""), str(p.normal_form), p.tag


@lru_cache(maxsize=2048)
def _ru_words(text: str) -> tuple[_RuWord, ...]:
    out = []
    for m in _RU_TOKEN.finditer(text):
        w = m.group(0).lower()
        if not w[0].isalnum():
            out.append(_RuWord(w, m.start(), m.end(), "PNCT", w, None))
            continue
        pos, lemma, tag = _ru_parse(w)
        if pos == "VERB" and out and (out[-1].pos == "ADJF" or out[-1].pos == "PREP"):
            # after an adjective or a preposition comes a noun, not a finite verb: «южных
            # Курил» names the islands («курил», smoked, is likelier alone)
            pos, lemma, tag = _ru_noun_parse(w) or (pos, lemma, tag)
        out.append(_RuWord(w, m.start(), m.end(), pos, lemma, tag))
    return tuple(out)


def _ru_noun_parse(word: str) -> tuple[str, str, Any] | None:
    """The word's likeliest parse as a noun, if it has one."""
    p = next((q for q in _morph().parse(word) if q.tag.POS == "NOUN"), None)
    return None if p is None else ("NOUN", str(p.normal_form), p.tag)


def _ru_boundary(w: _RuWord) -> bool:
    return (w.pos == "PNCT" and w.text not in ('"', "«", "»")) or w.text in _RU_CLAUSE_WORDS


def _ru_clause(ws: tuple[_RuWord, ...], i: int) -> tuple[int, int]:
    lo = i
    while lo > 0 and not _ru_boundary(ws[lo - 1]):
        lo -= 1
    hi = i + 1
    while hi < len(ws) and not _ru_boundary(ws[hi]):
        hi += 1
    return lo, hi


def _ru_negated(ws: tuple[_RuWord, ...], i: int, lo: int) -> bool:
    """Does «не» (or «ни») govern the word at i: right before it, past a particle or two?"""
    k = i - 1
    while k >= lo and ws[k].text in _RU_SKIP:
        k -= 1
    return k >= lo and ws[k].text in ("не", "ни")


def ru_modifier_before(text: str, at: int) -> bool:
    """Is the word before offset `at` a participle used as a modifier («приостановленного
    в феврале»)?"""
    before = [w for w in _ru_words(text) if w.end <= at and w.pos != "PNCT"]
    return bool(before) and before[-1].pos == "PRTF"


def ru_participle_dates(text: str, at: int) -> bool:
    """Does a date at offset `at` belong to a participle's phrase («программы, прекращённой
    в 2022 году», «подписанного 3 марта 2025 года»): a participle among the few words before
    it, with no verb or punctuation between?"""
    # («восстановленной обменом нотами в мае 2025 года»: an instrument may stand between)
    before = [w for w in _ru_words(text) if w.end <= at][-6:]
    for w in reversed(before):
        if w.pos == "PNCT" or w.pos in _PREDICATE:
            return False
        if w.pos == "PRTF":
            return True
    return False


_PREDICATE = frozenset({"VERB", "PRTS", "PRED", "ADJS", "INFN"})


# verbs that say what a thing is: their complement with «не» denies it
_RU_CALLING = frozenset({"назвать", "называть", "считать", "признать", "признавать"})


def ru_described(text: str, at: int) -> bool:
    """Does the position stand in a relative clause («ноту, в которой японская сторона
    выразила протест …») after a main clause with a finite verb of its own («МИД России
    направил ответ на ноту, …»)? What the relative clause tells describes the noun: the
    sentence reports the main clause's act."""
    ws = _ru_words(text)
    k = next((i for i, w in enumerate(ws) if w.start >= at), len(ws))
    j = k - 1
    while j >= 0 and not (ws[j].lemma == "который" and j > 0):
        if ws[j].pos == "PNCT" and ws[j].text not in ('"', "«", "»"):
            return False  # a clause break before any «который»: not in a relative clause
        j -= 1
    if j < 1:
        return False
    comma = j - 1 if ws[j - 1].pos == "PNCT" else j - 2  # «, в которой»
    if comma < 0 or ws[comma].text != ",":
        return False
    lo = comma - 1
    while lo >= 0 and not (ws[lo].pos == "PNCT" and ws[lo].text in (".", "!", "?")):
        lo -= 1
    return any(w.pos == "VERB" for w in ws[lo + 1 : comma])


def _ru_called_not(ws: tuple[_RuWord, ...], k: int) -> bool:
    """Does «не» open the complement of the verb of calling at k (past quotation marks)?"""
    for j in range(k + 1, min(len(ws), k + 4)):
        if ws[j].text in ("«", "»", '"', "„", "“"):
            continue
        return ws[j].text == "не"
    return False


def _ru_predicate_verdict(ws: tuple[_RuWord, ...], k: int, lo: int) -> Verdict:
    """How the predicate at k presents its clause."""
    w = ws[k]
    if w.lemma in ("нет", "нельзя") or _ru_negated(ws, k, lo):
        return Verdict(False, "negated")
    if w.lemma in _RU_CALLING and _ru_called_not(ws, k):
        # «…в МИД назвали «не стоящим на повестке»»: what it is called, it is not
        return Verdict(False, "negated")
    if w.text in _RU_MAYBE:  # «… в нынешних условиях невозможно»: a possibility, no act
        return Verdict(False, "prospect")
    if w.lemma in _RU_UNASSERTING:
        return Verdict(False, "requested")
    if w.pos == "INFN":
        return Verdict(False, "requested")
    if w.lemma in _RU_MEANING:
        return Verdict(False, "topic")
    tag = w.tag
    if tag is not None and "futr" in tag and _ru_hedged(ws, k, lo):
        return Verdict(False, "prospect")  # «Россия, возможно, возобновит …»
    if tag is not None and "futr" in tag and _ru_scheduled(ws, lo):
        return ASSERTED  # «возобновит передачу данных с 10 декабря»: decided, with its date
    if tag is not None and ("futr" in tag or "impr" in tag):
        return Verdict(False, "future" if "futr" in tag else "requested")
    return ASSERTED


_RU_MONTHS = frozenset(
    {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
     "октябрь", "ноябрь", "декабрь"}
)  # fmt: skip
# the months and the days of the week a start is dated by
_RU_DATES = _RU_MONTHS | frozenset(
    {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"}
)


def _ru_scheduled(ws: tuple[_RuWord, ...], lo: int) -> bool:
    """Does the clause date the start of what it announces («с 10 декабря», «со 2 июня»,
    «с понедельника», «с января»), or name the days it is done on («20–24 мая», «12
    мая»)? A future act with its day is a decision announced, as "will resume … from
    December 10", "will hold drills on May 20-24" and 「10日から再開する」 are."""
    k = lo
    while k < len(ws) - 1:
        w = ws[k]
        if w.pos == "PNCT" and w.text in (".", ";", "!", "?"):
            return False
        if w.text in ("с", "со"):
            after = ws[k + 1]
            if after.text[:1].isdigit() or after.lemma in _RU_DATES:
                return True
        if w.text.isdigit() and _ru_day_of_month(ws, k + 1):
            return True
        k += 1
    return False


# words that hedge what a clause says will happen: «возможно», «вероятно», «может быть»,
# «не исключено», «скорее всего»
_RU_HEDGES = frozenset(
    {"возможно", "вероятно", "наверное", "наверно", "предположительно", "видимо", "якобы"}
)
_RU_HEDGE_PAIRS = frozenset({("может", "быть"), ("не", "исключено"), ("скорее", "всего")})


def _ru_hedged(ws: tuple[_RuWord, ...], k: int, lo: int) -> bool:
    """Does a hedge stand in the clause before its future predicate, or just after it? (A
    hedge is set off by commas: the words just before the clause are looked at too.)"""
    span = ws[max(0, lo - 4) : min(len(ws), k + 3)]
    return any(w.text.lower() in _RU_HEDGES for w in span) or any(
        (a.text.lower(), b.text.lower()) in _RU_HEDGE_PAIRS for a, b in pairwise(span)
    )


def _ru_day_of_month(ws: tuple[_RuWord, ...], k: int) -> bool:
    """Does a month's name follow a day's number here, past a span's other day («20–24
    мая», «12 и 13 мая», «12 по 16 мая»)?"""
    for w in ws[k : k + 4]:
        if w.lemma in _RU_MONTHS:
            return True
        if not (w.text.isdigit() or w.text in ("-", "–", "—", "по", "и")):
            return False
    return False


# nouns of saying or deciding whose «о» names what they are about
_RU_ABOUT_HEADS = frozenset(
    {"решение", "заявление", "сообщение", "слух", "вопрос", "новость", "информация",
     "комментарий", "доклад", "статья", "публикация", "разговор", "дискуссия", "спор",
     "мнение", "предложение", "просьба", "запрос", "обсуждение",
     # works about something: «выставка о визитах японских делегаций»
     "выставка", "фотовыставка", "экспозиция", "фильм", "книга", "лекция", "рассказ",
     "воспоминание", "очерк", "исследование", "конференция",
     # verbs of speaking or thinking about something: «высказались о возобновлении обменов»
     "высказаться", "высказываться", "говорить", "поговорить", "рассуждать", "порассуждать",
     "размышлять", "спорить", "мечтать", "думать", "задуматься", "вспомнить", "вспоминать"}
)  # fmt: skip


def ru_verdict(text: str, start: int, end: int) -> Verdict:
    """Is the Russian trigger at text[start:end] asserted by its clause? Read through the
    trigger's part of speech: a finite verb, an infinitive or a noun of action."""
    ws = _ru_words(text)
    inside = [k for k, w in enumerate(ws) if w.end > start and w.start < end]
    if not inside:
        return ASSERTED
    idx = _ru_trigger(ws, inside)
    lo, hi = _ru_clause(ws, idx)
    if any(ws[k].text == "бы" for k in range(lo, hi)):
        return Verdict(False, "conditional")
    if any(ws[k].text == "?" for k in range(idx, len(ws))):
        return Verdict(False, "question")
    w = ws[idx]
    if w.pos == "PRTF":  # «приостановленное соглашение»: an attribute, not a report
        return Verdict(False, "modifier")
    if w.pos in ("VERB", "PRTS"):
        if any(ws[k].lemma == "быть" and "futr" in ws[k].tag for k in range(lo, idx)):
            return Verdict(False, "future")  # «будет возобновлено»
        if not (idx > lo and ws[idx - 1].pos == "INFN" and ws[idx - 1].lemma == "быть"):
            return _ru_predicate_verdict(ws, idx, lo)
        idx -= 1  # «могут быть возобновлены»: read as the infinitive «быть»
        w = ws[idx]
    if w.pos == "INFN":
        return _ru_infinitive_verdict(ws, idx, lo)
    if w.pos == "NOUN":
        return _ru_noun_verdict(ws, idx, lo, hi)
    return ASSERTED


def _ru_trigger(ws: tuple[_RuWord, ...], inside: list[int]) -> int:
    """Decides which word of the trigger is read: a trigger of several words («суд обязал»)
    is read through its verb, unless its own words hold the negation («не считает себя
    связанной»); otherwise its first word, or the noun an adjective opening it goes with."""
    idx = inside[0]
    if not any(ws[k].text in ("не", "ни") for k in inside):
        idx = next((k for k in inside if ws[k].pos in ("VERB", "PRTS", "INFN")), idx)
    if ws[idx].pos == "ADJF":  # «гуманитарным грузом»: the noun the adjective goes with
        idx = next((k for k in inside if ws[k].pos == "NOUN"), idx)
    return idx


def _ru_infinitive_verdict(ws: tuple[_RuWord, ...], idx: int, lo: int) -> Verdict:
    """Decides an infinitive: asserted only as its governing predicate is, and only under a
    verb of deciding or agreeing («решили возобновить»); otherwise asked for or wished."""
    for k in range(idx - 1, lo - 1, -1):
        if ws[k].pos in _PREDICATE and ws[k].pos != "INFN":
            if ws[k].lemma in _RU_DECIDING:
                return _ru_predicate_verdict(ws, k, lo)
            return Verdict(False, "requested")
    return Verdict(False, "requested")


def _ru_about_topic(ws: tuple[_RuWord, ...], idx: int, lo: int) -> bool:
    """Decides whether a noun after «о» is only a topic: «решение Токио о поездках», «слухи
    о переговорах» — after a noun of saying or deciding, "about" makes the noun a topic; a
    verb's «о» («договорились о …», «уведомил сторону о приостановке») and a decision
    taken («принял решение о …») are the act itself."""
    k = idx - 1
    while k > lo and ws[k].pos in ("ADJF", "PRTF", "NPRO"):
        k -= 1
    if not (k > lo and ws[k].text in ("о", "об", "обо") and "loct" in ws[idx].tag):
        return False
    head = next(
        (i for i in range(k - 1, max(lo, k - 3) - 1, -1) if ws[i].lemma in _RU_ABOUT_HEADS),
        None,
    )
    taken = head is not None and head > lo and ws[head - 1].lemma in ("принять", "вынести")
    return head is not None and not taken


def _ru_only_after(ws: tuple[_RuWord, ...], idx: int) -> bool:
    """Is «только после» or «лишь после» said after the word at idx?"""
    return any(
        ws[k].text in ("только", "лишь") and ws[k + 1].text == "после"
        for k in range(idx + 1, len(ws) - 1)
    )


def _ru_noun_frame(ws: tuple[_RuWord, ...], idx: int, lo: int, hi: int) -> Verdict | None:
    """A noun of action that is a measure, a topic or part of a description, whatever its
    clause's predicate says."""
    if idx > lo and ws[idx - 1].text[0].isdigit():
        return Verdict(False, "modifier")  # «на 150 посещений в смену»: a measure
    if _ru_about_topic(ws, idx, lo):
        return Verdict(False, "topic")
    # «посол, находящийся в Южно-Сахалинске с рабочим визитом, ответил …»: a participial
    # phrase set off by commas describes someone; what it names is their circumstance
    if 0 < lo < idx and ws[lo - 1].text == "," and ws[lo].pos == "PRTF":
        return Verdict(False, "circumstance")
    # «переговоры, о возобновлении которых договорились в марте»: the noun and the relative
    # pronoun after it open a clause that describes the noun before the comma
    if hi == idx + 1 < len(ws) and ws[hi].lemma == "который":
        return Verdict(False, "modifier")
    return None


def _ru_noun_verdict(ws: tuple[_RuWord, ...], idx: int, lo: int, hi: int) -> Verdict:
    """Decides a noun of action («возобновление»): a measure, a topic or a prospect is not
    asserted; otherwise it is as asserted as its clause's predicates, nearest first."""
    framed = _ru_noun_frame(ws, idx, lo, hi)
    if framed is not None:
        return framed
    # «вопрос о возобновлении», «перспективы подписания»: the noun is a prospect
    for k in range(max(lo, idx - 3), idx):
        if ws[k].lemma in _RU_PROSPECT_NOUNS:
            return Verdict(False, "prospect")
    # «возможно», «вероятно» in the noun's clause: a possibility, whether a predicative
    # («возобновление … возможно не раньше 2030 года») or a parenthesis ("perhaps")
    if any(ws[k].text in _RU_MAYBE for k in range(lo, hi)):
        return Verdict(False, "prospect")
    # the clause's predicates, nearest first; a clause without one (a headline's
    # «Возобновление переговоров») borrows the sentence's next one
    preds = [k for k in range(lo, hi) if ws[k].pos in _PREDICATE]
    preds.sort(key=lambda k: abs(k - idx))
    if not preds:
        verbless = _ru_verbless_verdict(ws, idx)
        if verbless is not None:
            return verbless
        preds = _ru_main_predicate(ws, hi)
    # a predicate joined by «и»/«а»/«но» is a clause of its own: «объявлен персоной нон
    # грата и должен покинуть страну» declares, whatever the second predicate says
    # an infinitive after the noun hangs on what follows it («закон о запрете иностранцам
    # покупать землю»): it is no predicate of the noun's clause
    preds = preds[:1] + [
        k
        for k in preds[1:2]
        if not _ru_joined(ws, idx, k) and not (k > idx and ws[k].pos == "INFN")
    ]
    if preds and _ru_how_clause(ws, lo, preds[0]):
        return Verdict(False, "topic")
    if preds and (_ru_named_goal(ws, idx, preds[0]) or _ru_goal_predicate(ws, idx, preds[0])):
        return Verdict(False, "requested")
    for k in preds:
        v = _ru_predicate_verdict(ws, k, max(lo, 0) if k < hi else k - 2)
        if not v.asserted:
            return v
    if idx > 0 and ws[idx - 1].text in ("для", "ради"):
        return Verdict(False, "requested")  # «для размещения участников»: a purpose
    return ASSERTED


# a copula that says what its subject is («остаётся приоритетом», «является целью»)
_RU_COPULAS = lemmas("оставаться являться стать становиться быть")


def _ru_goal_predicate(ws: tuple[_RuWord, ...], idx: int, pred: int) -> bool:
    """Is the noun at ws[idx] the subject of a copula that names it a goal («возобновление
    поездок остаётся приоритетом», «восстановление обменов является главной задачей»)?
    Then it is wanted, not done."""
    if pred <= idx or ws[pred].lemma not in _RU_COPULAS:
        return False
    return any(ws[j].lemma in _RU_GOALS for j in range(pred + 1, min(len(ws), pred + 5)))


def _ru_verbless_verdict(ws: tuple[_RuWord, ...], idx: int) -> Verdict | None:
    """A noun in a clause with no verb, after which a dash says what it is: named a goal
    («возобновление поездок — «один из главных приоритетов»») it is wanted; with a time told
    by «только после» («безвизовые поездки — только после отказа Токио от санкций») it is
    conditional."""
    for k in range(idx + 1, len(ws)):
        if ws[k].text in (".", ";", "?", "!"):
            break
        if ws[k].text in ("—", "–"):
            if any(ws[j].lemma in _RU_GOALS for j in range(k + 1, min(len(ws), k + 6))):
                return Verdict(False, "requested")
            break
    if _ru_only_after(ws, idx):
        return Verdict(False, "conditional")
    return None


# what names its object as something («назвала возобновление обменов одной из задач»,
# «считает восстановление поездок приоритетом»)
_RU_NAMING = lemmas("назвать называть считать счесть объявить объявлять определить")


def _ru_named_goal(ws: tuple[_RuWord, ...], idx: int, pred: int) -> bool:
    """Is the noun at ws[idx] the object of a predicate of naming or deeming whose goal
    noun comes after it in the sentence («Премьер назвала возобновление обменов, «прежде
    всего …», одной из первоочередных задач»)? Then it is wanted, not done."""
    if ws[pred].lemma not in _RU_NAMING or pred > idx:
        return False
    for k in range(idx + 1, len(ws)):
        if ws[k].text in (".", ";", "?", "!"):
            return False
        if ws[k].lemma in _RU_GOALS or ws[k].lemma.startswith(("приоритет", "первоочередн")):
            return True
    return False


_RU_CORRELATIVE = frozenset({"то", "того", "тому", "тем", "том"})


def _ru_how_clause(ws: tuple[_RuWord, ...], lo: int, pred: int) -> bool:
    """Is the noun's clause an embedded «(о) том, как …» whose predicate is in the present
    («недовольны тем, как участники используют поездки», «рассказали о том, как живут
    острова без обменов»)? It tells how something goes on, a habit or a state: what it
    names is spoken of, no act of now is reported. («о том, как прошла встреча» is past:
    read as before.)"""
    tag = ws[pred].tag
    # («как» ends a clause, as a word that opens one: the noun's clause starts after it)
    return (
        lo >= 3
        and ws[lo - 1].text == "как"
        and ws[lo - 2].text == ","
        and ws[lo - 3].text in _RU_CORRELATIVE
        and tag is not None
        and "pres" in tag
    )


_RU_JOINING = frozenset({"и", "а", "но", "однако", "или", "либо"})
_RU_MAYBE = frozenset(
    """возможно возможен возможна возможны вероятно маловероятно невозможно невозможен
    невозможна""".split()  # noqa: SIM905 - a word list reads best as words
)


def _ru_joined(ws: tuple[_RuWord, ...], idx: int, k: int) -> bool:
    """Is the predicate at k joined to the trigger's clause by a coordinating conjunction
    between them (another clause of the sentence, not the trigger's own predicate)?"""
    a, b = sorted((idx, k))
    return any(ws[j].text in _RU_JOINING for j in range(a + 1, b))


# a segment opening so is no part of the main clause: a subordinate clause or an aside
# («в условиях, когда Токио…», «по мнению сенатора,», «как сообщили в МИД,»)
_RU_ASIDE = frozenset({"по", "как", "согласно"})


def _ru_main_predicate(ws: tuple[_RuWord, ...], hi: int) -> list[int]:
    """The main clause's predicate after a clause that has none (a noun of action as the
    subject: «Возобновление переговоров в условиях, когда Токио вводит санкции, по мнению
    сенатора, в повестке дня не стоит»): the first predicate of a segment that opens
    neither a subordinate clause nor an aside; [] when there is none."""
    k = hi
    while k < len(ws):
        # a segment: from past this boundary to the next punctuation; only one that opens
        # after a comma can be a subordinate clause or an aside («пока не идёт» is "not yet")
        after_comma = ws[k].pos == "PNCT"
        start = k + 1 if after_comma else k
        end = start
        while end < len(ws) and ws[end].pos != "PNCT":
            end += 1
        # its first word, or the second after a preposition («о котором», «в которой»),
        # or a relative pronoun after a preposition and its noun («о планах которого»)
        opening = ws[start : min(end, start + 3)]
        aside = (
            after_comma
            and bool(opening)
            and (
                opening[0].text in _RU_ASIDE
                or any(
                    w.text in _RU_CLAUSE_WORDS or w.lemma in _RU_CLAUSE_WORDS
                    for w in opening[: 2 if opening[0].pos == "PREP" else 1]
                )
                or (opening[0].pos == "PREP" and any(w.lemma == "который" for w in opening))
            )
        )
        if not aside:
            # a predicative of possibility («… невозможно») is read as one
            found = [
                j for j in range(start, end) if ws[j].pos in _PREDICATE or ws[j].text in _RU_MAYBE
            ]
            if found:
                return found[:1]
        if end <= k:
            break
        k = end
    return []


def acts_itself(text: str, lang: str, matter: tuple[int, int], change: tuple[int, int]) -> bool:
    """Is the matter the doer of the change rather than what changes? «Декларация
    прекратила состояние войны» ends a war, not the declaration: the matter stands in the
    nominative (in no other case) and the change is one active transitive verb."""
    if lang != "ru":
        return False
    ws = _ru_words(text)
    m = next((w for w in ws if w.end > matter[0] and w.start < matter[1] and w.pos == "NOUN"), None)
    c = [w for w in ws if w.end > change[0] and w.start < change[1]]
    if m is None or len(c) != 1 or c[0].pos != "VERB" or c[0].tag is None:
        return False
    verb = c[0].tag
    if "tran" not in verb or "pssv" in verb or c[0].text.endswith(("ся", "сь")):
        return False
    nouns = [p.tag for p in _morph().parse(m.text) if p.tag.POS == "NOUN"]
    if not nouns or not any("nomn" in t for t in nouns):
        return False
    if all("nomn" in t for t in nouns):
        return True
    # nominative or accusative alike («договор»): the order decides — the matter before
    # the verb, and an object of its own after it («договор прекратил войну»)
    k = ws.index(c[0])
    after = ws[k + 1 : k + 4]
    return m.end <= c[0].start and any(w.pos == "NOUN" and "accs" in w.tag for w in after)


def ru_words(text: str) -> tuple[_RuWord, ...]:
    """The words of a text with their part of speech and lemma (cached; for other readers
    of the same sentences, e.g. monitor/core/subjects.py)."""
    return _ru_words(text)
