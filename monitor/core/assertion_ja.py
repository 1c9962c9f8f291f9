"""Assertion in Japanese, read with fugashi and IPAdic: whether the clause around a trigger
asserts it (see `assertion`), and where the object of a word of change starts.

Core module: a sentence and spans in, a `Verdict` or a position out — no I/O, no clock, no
asyncio. The tagger is loaded once per process on first use; the rest is pure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from monitor.core.verdict import ASSERTED, Verdict, lemmas

# ---------------------------------------------------------------------------- Japanese

# nouns that make whatever modifies them a prospect, a plan or a wish
_JA_PROSPECT_NOUNS = lemmas(
    """
    見通し 見通す 方針 計画 予定 可能 可能性 意向 考え 目処 目途 めど 見込み 方向 構え 準備 検討
    要望 要請 要求 期待 希望 条件 必要 課題 実現 展望 道筋 糸口 余地 機運 環境 目標 方策 議論
    見方 観測 憶測 懸念 声 視野 訴え 陳情 働きかけ 働き掛け 呼びかけ 呼び掛け 求め 提案 打診
    """
)
# a plan that is decided is a decision: 「廃止する方針を決めた」, 「派遣する方針を固めた」
_JA_PLANS = lemmas("方針 計画 考え 方向")
_JA_DECIDING = lemmas("決める 固める 決定 閣議決定 正式決定 決断")


def _ja_decided(ws: tuple[_JaWord, ...], k: int, depth: int) -> Verdict | None:
    """The verdict on a plan noun at k that is decided (「方針を決めた」), else None."""
    if not _is(ws[k], _JA_PLANS) or k + 2 >= len(ws) or ws[k + 1].surface not in ("を", "が"):
        return None
    # 「方針を正式決定した」: one word may stand before the verb of deciding
    d = next((i for i in range(k + 2, min(k + 4, len(ws))) if _is(ws[i], _JA_DECIDING)), None)
    return None if d is None else _ja_from(ws, d, d + 1, depth + 1)


# predicates under which their object is asked for, hoped for, planned or studied
_JA_UNASSERTING = lemmas(
    """
    求める 要請 要求 要望 期待 望む 希望 呼び掛ける 呼びかける 訴える 目指す 検討 提案 促す
    働き掛ける 働きかける 働き掛け 働きかけ 願う 念願 模索 探る 主張 強調
    予定 計画 目標 議論 協議 視野 向ける 調整 準備 話し合う 話し合い 討議 審議 取り上げる 望み
    打診 提起 取り組む 取り組み 努める 尽力 尽くす
    """
)
# predicates that doubt what they are said of: 「再開は困難だ」, 「実現は不透明」
_JA_DOUBTING = lemmas("困難 不可能 不透明 未定 微妙 難しい 厳しい 絶望的 見えない")
_JA_OPENING = frozenset({"「", "『", "（", "(", "“"})
# what a petition does: a visit made to ask is the asking
# what makes a noun before it the topic spoken of, not a thing done
_JA_TOPIC = (
    "について", "に関して", "に関する", "に関し", "をめぐ", "を巡", "に向け", "への", "に対する",
    "に対し",
    # a headline drops the particle: 「平和条約交渉の再開巡り」 (about it)
    "巡り", "巡っ", "巡る", "めぐり", "めぐっ", "めぐる",
    # what is prepared for or foreseen: 「再開に備えて計上」, 「再開を見据え」
    "に備え", "を見据え", "を見越し", "を想定",
)  # fmt: skip
_JA_MONTH_PART = frozenset(
    {"月", "上旬", "中旬", "下旬", "末", "年内", "年度内", "秋", "夏", "春", "冬"}
)
_JA_AGENDA = re.compile(r"(?:など|等)?(?:を|が|も)?(?:議題|テーマ|話題|論点|協議事項)")
_JA_REQUESTING = lemmas("要望 要請 要求 求める 陳情 申し入れる 申し入れ 訴える")
_JA_PARTICLES_TO_PREDICATE = frozenset({"を", "が", "に", "で", "へ", "は", "も", "と"})


class _JaWord(NamedTuple):
    surface: str
    start: int
    end: int
    pos1: str
    pos2: str
    ctype: str
    cform: str
    lemma: str


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import fugashi  # loaded on first use, with IPAdic's dictionary
    import ipadic

    return fugashi.GenericTagger(ipadic.MECAB_ARGS)


# IPAdic's tags, named as the reader speaks of them (UniDic's terms)
_JA_POS = {
    ("名詞", "接尾"): ("接尾辞", "名詞的"),
    ("動詞", "接尾"): ("接尾辞", "動詞的"),
    ("動詞", "非自立"): ("動詞", "非自立可能"),
    ("形容詞", "非自立"): ("形容詞", "非自立可能"),
    ("名詞", "数"): ("名詞", "数詞"),
}
_JA_CTYPE = {"特殊・ナイ": "助動詞-ナイ", "特殊・ヌ": "助動詞-ヌ", "特殊・タイ": "助動詞-タイ"}
_JA_LEMMA = {"する": "為る", "できる": "出来る"}


def _ja_form(cform: str) -> str:
    """IPAdic's 基本形 is both the final and the attributive form; before a noun it can only
    be attributive, which is where the reader asks."""
    if cform in ("基本形", "体言接続", "音便基本形"):
        return "連体形"
    if cform.startswith("連用"):
        return "連用形"
    if cform.startswith("仮定"):
        return "仮定形"
    return cform


@lru_cache(maxsize=2048)
def _ja_words(text: str) -> tuple[_JaWord, ...]:
    out = []
    pos = 0
    for t in _tagger()(text):
        s = t.surface
        at = text.find(s, pos)
        if at < 0:
            continue
        pos = at + len(s)
        f = tuple(t.feature) + ("*",) * 7
        pos1, pos2 = _JA_POS.get((f[0], f[1]), (f[0], f[1]))
        if pos1 == "記号":
            pos1 = "補助記号"
        lemma = f[6] if f[6] != "*" else s
        out.append(
            _JaWord(
                s,
                at,
                pos,
                pos1,
                pos2,
                _JA_CTYPE.get(f[4], f[4]),
                _ja_form(f[5]),
                _JA_LEMMA.get(lemma, lemma),
            )
        )
    return tuple(out)


def _is(w: _JaWord, words: frozenset[str]) -> bool:
    """Is the word, as written or as its dictionary form, one of `words`?"""
    return w.lemma in words or w.surface in words


def _ja_noun(w: _JaWord) -> bool:
    return w.pos1 in ("名詞", "接尾辞") and w.pos2 != "数詞" and w.surface not in _JA_ABOUT_SUFFIX


# a headline's 「…再開巡り」 (about it, the particle dropped): segmented as a suffix of the
# noun, it frames the noun as a topic (`_JA_TOPIC`) rather than lengthening it
_JA_ABOUT_SUFFIX = frozenset({"巡り", "めぐり"})


def _ja_suru(w: _JaWord) -> bool:
    return w.pos1 == "動詞" and w.lemma == "為る"


def _ja_chain(ws: tuple[_JaWord, ...], j: int) -> int:
    """The end of the auxiliaries, light verbs and て that follow a predicate from j."""
    n = len(ws)
    while j < n:
        w = ws[j]
        if (
            w.pos1 == "助動詞"
            or (w.pos1 in ("動詞", "形容詞") and w.pos2 == "非自立可能")
            or (w.pos1 == "助詞" and w.pos2 == "接続助詞" and w.surface in ("て", "で"))
            or (w.pos1 == "接尾辞" and w.pos2 == "動詞的")
            or (w.pos1 == "動詞" and w.lemma in ("為る", "出来る", "続ける", "始める"))
        ):
            j += 1
            continue
        break
    return j


def _ja_pluperfect(chain: tuple[_JaWord, ...]) -> bool:
    """Does the chain end 〜ていた (had done)?"""
    tail = [w.surface for w in chain[-3:]]
    return len(tail) == 3 and tail[0] in ("て", "で") and tail[1] == "い" and tail[2] == "た"


def _ja_chain_verdict(chain: tuple[_JaWord, ...]) -> Verdict | None:
    for w in chain:
        if w.ctype.startswith(("助動詞-ナイ", "助動詞-ヌ")) or w.lemma in ("ない", "無い", "ず"):
            return Verdict(False, "negated")
        if w.ctype.startswith("助動詞-タイ") or w.lemma in ("欲しい", "ほしい"):
            return Verdict(False, "requested")
        if w.lemma in ("べし", "べき"):
            return Verdict(False, "requested")
        if w.pos1 == "助動詞" and w.lemma in ("う", "よう", "まい"):
            return Verdict(False, "future")  # 「再開しよう」, 「再開するだろう」
        if w.pos1 == "助動詞" and w.lemma == "ん" and w.ctype == "不変化型":
            return Verdict(False, "negated")  # 「再開しません」
        if w.cform.startswith(("意志推量形", "仮定形")):
            return Verdict(False, "future" if w.cform.startswith("意志") else "conditional")
        if w.lemma == "ば" or (w.lemma == "た" and w.cform.startswith("仮定")):
            return Verdict(False, "conditional")
    return None


def ja_verdict(text: str, start: int, end: int) -> Verdict:
    ws = _ja_words(text)
    idx = [k for k, w in enumerate(ws) if w.end > start and w.start < end]
    if not idx:
        return ASSERTED
    if _ja_request_topic(ws, idx[0]) or _ja_early(ws, idx[0]) or _ja_aim_of_proposal(text, end):
        return Verdict(False, "requested")
    quoted = _ja_quoted_verdict(ws, idx[-1] + 1)
    if quoted is not None:
        return quoted
    if _ja_headline_asks(ws, idx[-1] + 1):
        return Verdict(False, "requested")
    # a condition before the trigger governs it: 「条件が整えば協議を再開する」 (not one that
    # describes a noun: 「違法操業した場合の罰金を引き上げる法案を可決」; nor one inside what
    # the trigger takes as its object: 「着陸できない場合に…使うことを認める」 allows the use)
    for k, w in enumerate(ws[: idx[0]]):
        if (
            (w.surface in ("ば", "たら", "なら", "ならば") and w.pos1 in ("助詞", "助動詞"))
            or (w.lemma == "場合" and not (k + 1 < len(ws) and ws[k + 1].surface == "の"))
        ) and not _ja_inside_complement(ws, k, idx[0]):
            return Verdict(False, "conditional")
    return _ja_from(ws, idx[0], idx[-1] + 1, depth=0)


def _ja_inside_complement(ws: tuple[_JaWord, ...], cond: int, trigger: int) -> bool:
    """Does a 「…こと」 clause close between the condition at `cond` and the trigger
    (「…場合に、…を使うことを今冬に限り認める」)? Then the condition is that clause's."""
    return any(
        ws[j].lemma == "こと" and ws[j + 1].surface in ("を", "が", "に", "は")
        for j in range(cond + 1, trigger - 1)
    )


# a time to come: 「来月根室へ　…四島視察」, 「来年の訪問」
_JA_FUTURE_TIME = frozenset(("来月", "来週", "来年", "来春", "来夏", "来秋", "来冬", "来年度"))


# what makes a time to come part of an act of now: 「来年3月末で解散へ　総会で決定」 decides
# now what happens then; 「来月から停止すると通告」 notifies now
_JA_DECIDED = _JA_DECIDING | lemmas("決まる 合意 承認 可決 成立 通告 通知 署名 締結")


def ja_future_time(text: str, start: int) -> bool:
    """Does a time to come stand before the word at `start` in its sentence, with no past
    form between (「来月根室へ　…視察」: a visit planned), and is nothing decided of it?
    Past a た, it dates something else: 「来月予定されていた訪問を中止」 cancels now. (Asked
    of events: a move decided for a time to come, 「ビザなし交流、来年再開へ」, is the
    decision, news now.)"""
    ws = _ja_words(text)
    first = next((k for k, w in enumerate(ws) if w.end > start), len(ws))
    for k in range(first - 1, -1, -1):
        w = ws[k]
        if w.surface == "。" or (w.lemma == "た" and w.pos1 == "助動詞"):
            return False
        # (or a month "as early as": 「5月にも…訪れ」)
        as_early = w.surface == "も" and k >= 2 and ws[k - 1].surface == "に"
        if w.surface in _JA_FUTURE_TIME or (as_early and ws[k - 2].surface in _JA_MONTH_PART):
            end = next((j for j in range(first, len(ws)) if ws[j].surface == "。"), len(ws))
            return not any(_is(ws[j], _JA_DECIDED) for j in range(k, end))
    return False


def _ja_until(ws: tuple[_JaWord, ...], k: int, stops: tuple[str, ...]) -> list[_JaWord]:
    """The words from ws[k] up to the first of `stops` (a closing bracket, a comma)."""
    out = []
    for w in ws[k:]:
        if w.surface in stops:
            break
        out.append(w)
    return out


def _ja_quoted_verdict(ws: tuple[_JaWord, ...], k: int) -> Verdict | None:
    """A headline's trigger followed by someone's verdict in brackets
    (「ビザなし交流再開「予定ない」」): the quotation says how it stands."""
    if k >= len(ws) or ws[k].surface not in ("「", "『"):
        return None
    inside = _ja_until(ws, k + 1, ("」", "』"))
    if any(w.lemma in ("無い", "ない") or w.surface in ("ず", "なし", "ない") for w in inside):
        return Verdict(False, "negated")
    if any(_is(w, _JA_UNASSERTING) or w.surface in ("たい", "ほしい", "べき") for w in inside):
        return Verdict(False, "requested")
    if _ja_soon_in(inside):
        return Verdict(False, "requested")  # 「再開「一日も早く」」: wished to come soon
    return None


def _ja_soon_in(words: list[_JaWord]) -> bool:
    """Do these words say "soon" of an act (「一日も早く」, 「一刻も早い」, 「早期に」,
    「速やかに」)? A move done is not wished to come soon."""
    return any(
        w.surface.startswith(_JA_SOON)
        or (w.lemma == "早い" and k > 0 and words[k - 1].surface == "も")
        for k, w in enumerate(words)
    )


def _ja_break(ws: tuple[_JaWord, ...], k: int) -> bool:
    """Does a headline's break (a space) stand before ws[k]?"""
    return ws[k].pos2 == "空白" or (k > 0 and ws[k].start > ws[k - 1].end)


def _ja_headline_asks(ws: tuple[_JaWord, ...], k: int) -> bool:
    """Does the trigger, ending before ws[k], end its part of a headline (past a quotation
    of it), and the headline end on a request (「北方墓参の再開「一日も早く」　千島連盟、
    外務省などに要望」)? The part with no verb of its own names what is asked for."""
    n = len(ws)
    if k < n and ws[k].surface in ("「", "『"):
        k += len(_ja_until(ws, k + 1, ("」", "』"))) + 2
    if k >= n or not _ja_break(ws, k):
        return False
    last = next((w for w in reversed(ws) if w.pos1 not in ("補助記号", "記号")), None)
    if last is not None and last.surface == "へ" and len(ws) > 1:
        last = next(w for w in reversed(ws[:-1]) if w.pos1 not in ("補助記号", "記号"))
    return last is not None and _is(last, _JA_REQUESTING)


# 「早期再開」, 「協議の早期再開」, 「一日も早い返還」: an act wished to come soon, what a
# petition or a position asks for (a resumption done is 再開 alone)
_JA_SOON = ("早期", "早急", "一刻も早い", "一日も早い", "速やか")


def _ja_early(ws: tuple[_JaWord, ...], first: int) -> bool:
    """Does a word of "soon" stand right before the trigger, or before the noun whose act it
    is (「日ロ協議の早期再開」: the talks are what is wished to resume)?"""
    k = first - 1
    if k >= 0 and ws[k].surface in ("な", "の", "に"):  # 速やかな再開, 早期の再開
        k -= 1
    if k >= 0 and any(ws[k].surface.endswith(w) for w in _JA_SOON):
        return True
    # the noun before 「の早期再開」
    return (
        first + 2 < len(ws)
        and ws[first + 1].surface == "の"
        and any(ws[first + 2].surface.startswith(w) for w in _JA_SOON)
    )


# 「…案を文書で提示　墓参・自由訪問の再開へ」: what a proposal or a request made before it
# in the sentence aims at, told with へ, is asked, not decided
_JA_PROPOSING = re.compile(r"提案|提示|要請|要望|打診|申し入れ|求め")


def _ja_aim_of_proposal(text: str, end: int) -> bool:
    """Is the trigger ending at `end` told as an aim (へ) after a proposal or a request?"""
    return text.startswith("へ", end) and _JA_PROPOSING.search(text, 0, end) is not None


def _ja_request_topic(ws: tuple[_JaWord, ...], first: int) -> bool:
    """Is the sentence's topic, before the trigger, a request or the paper that makes it
    (「要望書では、交流事業の再開のほか…」, 「決議は…再開を」)? What it holds is asked for."""
    for k in range(first - 1):
        if _is(ws[k], _JA_REQUESTING) or ws[k].lemma in ("決議", "提言", "意見書"):
            # the noun, a suffix (書) or two, then the topic: は, では, には
            j = k + 1
            while j < first and ws[j].pos1 in ("接尾辞", "名詞") and j - k <= 2:
                j += 1
            if (
                j < first
                and ws[j].surface in ("は", "で", "に")
                and (ws[j].surface == "は" or (j + 1 < first and ws[j + 1].surface == "は"))
            ):
                return True
    return False


# what marks a relative clause's act as newly done: 新設, 新築, 新造, 新たに, 新しく
_JA_NEWLY = ("新設", "新築", "新造", "新た", "新し", "新規")


def _ja_from(ws: tuple[_JaWord, ...], first: int, j: int, depth: int) -> Verdict:
    """The verdict on the predicate or noun ws[first:j], read through what follows it."""
    n = len(ws)
    # a compound's head is its last noun: 「平和条約締結」 + 「方針」 is a policy; a space
    # is a headline's break, not a compound (「会合を中止　日本漁船は…」)
    while j < n and ws[j - 1].pos1 == "名詞" and _ja_noun(ws[j]) and ws[j].start == ws[j - 1].end:
        if _is(ws[j], _JA_PROSPECT_NOUNS):
            return _ja_decided(ws, j, depth) or Verdict(False, "prospect")
        if _ja_since(ws, j, None):
            return Verdict(False, "modifier")  # 「交流停止後初めて」: it dates what follows
        j += 1
    head = ws[j - 1]
    verbal = head.pos1 in ("動詞", "形容詞") or (
        j < n and ws[j].pos1 == "動詞" and ws[j].lemma in ("為る", "出来る")
    )
    if head.lemma in _JA_UNASSERTING and depth > 0:
        return Verdict(False, "requested")
    end = _ja_chain(ws, j) if verbal else j
    chain = ws[j:end]
    verdict = _ja_chain_verdict(chain)
    if verdict is not None:
        return verdict
    if end >= n:
        return ASSERTED
    if ws[end].surface == "。" and _ja_pluperfect(chain):
        # a body sentence that ends 「…認めていた。」 tells what had been done before the
        # story's own act (a headline, with no 。, may break news that way: 「…していた」)
        return Verdict(False, "modifier")
    first_after = end
    while end < n - 1 and ws[end].surface in _JA_OPENING:
        end += 1  # 「墓を訪れる「北方墓参」」: a name in brackets is still the noun modified
    # a space before what follows is a headline's break: 「操業認める　ロシアが…」 ends there
    joined = all(ws[i].start == ws[i - 1].end for i in range(first_after, end + 1))
    last = chain[-1] if chain else head
    if verbal:
        return _ja_verbal_next(ws, first, j, end, last, joined, depth)
    return _ja_noun_next(ws, first, end, depth)


def _ja_verbal_next(
    ws: tuple[_JaWord, ...],
    first: int,
    j: int,
    end: int,
    last: _JaWord,
    joined: bool,
    depth: int,
) -> Verdict:
    """Decides a predicate by the word after its chain ws[end]: a question, a purpose or a
    request, a condition, a relative clause, a quotation, or a clause the sentence's last
    predicate reports."""
    nxt = ws[end]
    if nxt.surface in ("か", "かどうか"):
        return Verdict(False, "question")
    if (
        nxt.surface == "ばかり"
        and last.surface == "た"
        and "".join(w.surface for w in ws[end + 1 : end + 4]).startswith(("だった", "でした"))
    ):
        # 「枠組みが復活したばかりだった」: the state the story found, told as background
        return Verdict(False, "modifier")
    if _ja_since(ws, end, last):
        return Verdict(False, "modifier")  # 「停止してから3カ月」, 「停止して以降初めて」
    if nxt.lemma in ("様", "よう", "ため", "為") or nxt.surface in ("よう", "ため", "ように"):
        if _ja_ordered(ws, end):
            # 「漁を中断するよう同会に通告した」: what one side notified or ordered the other
            # to do is done, as the side that holds the waters decides it
            return ASSERTED
        return Verdict(False, "requested")  # 「再開するよう求めた」, 「実施するため」
    if (
        nxt.surface == "の"
        and end + 2 < len(ws)
        and ws[end + 1].surface == "は"
        and not ws[end + 2].surface.startswith(("初", "異例"))
    ):
        # 「枠組みを停止したのは…対抗措置だった」: the act is the topic of an explanation,
        # told as known; not 「会談するのは初めて」, which says it is the first
        return Verdict(False, "modifier")
    if nxt.lemma in ("場合", "際") or nxt.surface in ("なら", "ならば"):
        return Verdict(False, "conditional")
    if last.cform.startswith("連体形") and nxt.pos1 in ("名詞", "接頭詞", "接頭辞") and joined:
        return _ja_relative(ws, first, j, end, last, depth)
    if _ja_comma_relative(ws, end, last):
        # 「去年再開された、国後島での温室事業について」: a comma may set off the clause
        # that describes the noun after it
        return Verdict(False, "modifier")
    if nxt.surface == "と" and depth < 2:
        return _ja_governed(ws, end, depth)  # 「合意したと発表した」
    if last.cform.startswith("連用形") or last.surface in ("て", "で"):
        return _ja_continued(ws, end)
    return ASSERTED


# what makes an act done by notice or order: 「…するよう通告した」, 「…するよう命じた」
_JA_ORDERING = lemmas("通告 命じる 命ずる 命令")


def _ja_ordered(ws: tuple[_JaWord, ...], end: int) -> bool:
    """Is the 「よう」 at ws[end] the content of a notice or an order given (「中断するよう
    同会に通告した」), the next predicate after it one of notifying or ordering, itself
    asserted?"""
    for k in range(end + 1, min(len(ws), end + 8)):
        if ws[k].surface in ("。", "、") and k > end + 1:
            return False
        if _is(ws[k], _JA_ORDERING):
            e = _ja_chain(ws, k + 1)
            ends = e < len(ws) and ws[e].surface in _JA_STATED_ENDS
            return ends and _ja_chain_verdict(ws[k + 1 : e]) is None
        if _ja_predicate_at(ws, k):
            return False
    return False


# what ends a predicate that is said as done: the sentence's end, a comma, a quotation's と
_JA_STATED_ENDS = frozenset({"。", "、", "と"})


def _ja_comma_relative(ws: tuple[_JaWord, ...], end: int, last: _JaWord) -> bool:
    """Is the attributive 「た」 before ws[end], a comma, followed by a noun phrase alone up to
    the next comma or full stop (nouns and particles, no predicate)? Then the clause
    describes that noun; a clause that ends there has its own predicate after it."""
    if not (last.surface == "た" and last.cform.startswith("連体形") and ws[end].surface == "、"):
        return False
    phrase = _ja_until(ws, end + 1, ("、", "。"))
    return (
        bool(phrase)
        and phrase[0].pos1 in ("名詞", "接頭詞", "接頭辞")
        and all(w.pos1 in ("名詞", "接頭詞", "接頭辞", "接尾辞", "助詞") for w in phrase)
    )


def _ja_continued(ws: tuple[_JaWord, ...], end: int) -> Verdict:
    """A continuative predicate is what the sentence's end makes it: 「外務省を訪れ、…要望
    した」 asks; 「…再開され、…計2回実施されていた。」 tells what had been. A passive one
    joined to a passive relative clause describes that clause's noun with it: 「沖で拿捕さ
    れ、ロシアで勾留された漁船の船長が帰港した」 presupposes both."""
    if _ja_passive_relative_after(ws, end):
        return Verdict(False, "modifier")
    for k in range(end, len(ws)):
        if ws[k].surface == "。":
            if _ja_pluperfect(ws[max(end, k - 3) : k]):
                return Verdict(False, "modifier")
            break
        if _is(ws[k], _JA_REQUESTING):
            return Verdict(False, "requested")
    return ASSERTED


_JA_PASSIVE = frozenset({"れる", "られる"})


def _ja_passive_relative_after(ws: tuple[_JaWord, ...], end: int) -> bool:
    """Is the continuative chain before ws[end] passive, and the next predicate after its
    comma a passive in the attributive form right before a noun (a relative clause)?"""
    if not (end < len(ws) and ws[end].surface == "、"):
        return False
    if not any(w.lemma in _JA_PASSIVE for w in ws[max(0, end - 3) : end]):
        return False
    for k in range(end + 1, len(ws) - 1):
        if ws[k].surface in ("、", "。"):
            return False
        if not _ja_predicate_at(ws, k):
            continue
        e = _ja_chain(ws, k + 1)
        return (
            e < len(ws)
            and any(w.lemma in _JA_PASSIVE for w in ws[k + 1 : e])
            and ws[e - 1].cform.startswith("連体形")
            and ws[e].pos1 in ("名詞", "接頭詞", "接頭辞")
            and ws[e].start == ws[e - 1].end
        )
    return False


# what makes a clause one of time, which dates another act: 「停止してから」, 「停止して以降」,
# 「停止して以来」, 「停止した後」, 「停止後」
_JA_SINCE_AFTER_TE = frozenset({"から", "以降", "以来"})
_JA_SINCE_AFTER_TA = frozenset({"後", "あと", "のち", "以降", "以来"})


_JA_TIME_COUNTERS = frozenset(
    {"カ月", "ヵ月", "ヶ月", "か月", "箇月", "年", "年間", "週間", "日間", "年半"}
)


def _ja_span_of_time(ws: tuple[_JaWord, ...], k: int) -> bool:
    """Does a span of time start at ws[k] (「3カ月」, 「5年」, 「半年」)?"""
    if ws[k].surface in ("半年", "数年", "数カ月", "1年半"):
        end = k + 1
    elif ws[k].pos2 == "数詞" and k + 1 < len(ws) and ws[k + 1].surface in _JA_TIME_COUNTERS:
        if ws[k + 1].surface == "年" and len(ws[k].surface) == 4:
            return False  # 「2029年」 is a year of the calendar, not five years gone
        end = k + 2
    else:
        return False
    # 「再開3年ぶり」 is the first in three years, not three years since
    return not (end < len(ws) and ws[end].surface in ("ぶり", "振り"))


def _ja_since(ws: tuple[_JaWord, ...], end: int, last: _JaWord | None) -> bool:
    """Does a clause of time end at ws[end] (the word after a predicate or a noun of
    action)? Then what it tells dates the sentence's own act: background."""
    nxt = ws[end].surface
    if last is None:  # a noun of action: 「停止後」, 「停止以降」, 「停止以来」
        if nxt in ("後", "以降", "以来") and ws[end].start == ws[end - 1].end:
            return True
        # the time gone since it: 「停止3カ月」, 「中断から5年」, 「停止から半年」 (not past a
        # headline's space: 「妥結　3年で」 starts another phrase)
        k = end + 1 if nxt == "から" else end
        return k < len(ws) and ws[end].start == ws[end - 1].end and _ja_span_of_time(ws, k)
    if last.surface in ("て", "で"):
        return nxt in _JA_SINCE_AFTER_TE
    return last.surface in ("た", "だ") and nxt in _JA_SINCE_AFTER_TA


def _ja_relative(
    ws: tuple[_JaWord, ...], first: int, j: int, end: int, last: _JaWord, depth: int
) -> Verdict:
    """Decides a predicate in the attributive form before a noun ws[end]: a fact stated
    (「…したことを」), a prospect, something newly done, or else a relative clause —
    presupposed, not reported."""
    nxt = ws[end]
    if nxt.lemma in ("事", "こと"):
        after = _ja_text_from(ws, end + 1)
        if after.startswith(_JA_NEVER):
            # 「…北方四島を訪問したことはない」: it has never been done
            return Verdict(False, "negated")
        if after.startswith(_JA_REFERRING):
            # 「…中止となったことや、…通知したことに触れ」: a speaker refers to what is known
            return Verdict(False, "topic")
        if after.startswith(_JA_TAKING_UP):
            # 「領海に侵入したことについて、…「断じて容認できない」と述べた」: the fact is
            # the topic the sentence answers; its own clause says whether it is done
            # (but what a speaker is asked about is what was reported before: 「演習が相次いだ
            # ことについて問われ」)
            if _JA_ASKED.match(_ja_text_from(ws, end + 1, 6)):
                return Verdict(False, "topic")
            return ASSERTED if last.surface in ("た", "だ") else Verdict(False, "topic")
    if nxt.lemma in ("事", "の", "こと"):
        return _ja_governed(ws, end + 1, depth)  # 「派遣したことを明らかにした」
    if (k := _ja_decree(ws, end)) is not None:
        # 「大使に…を任命する大統領令を公表した」: a decree or a law does what it says;
        # whether it is in force is said by what is done with it
        return _ja_governed(ws, k, depth)
    if _is(nxt, _JA_PROSPECT_NOUNS):
        return _ja_decided(ws, end, depth) or Verdict(False, "prospect")
    if last.surface in ("た", "だ") and any(
        w.surface.startswith(_JA_NEWLY) for w in ws[max(0, first - 2) : j]
    ):
        # 「ロシアが新設した灯台」: a relative clause that introduces something newly
        # done states it; only a known thing is presupposed
        return ASSERTED
    return Verdict(False, "modifier")  # 「訪れる北方墓参」: a relative clause


# what takes up a fact as the topic of an answer: the words of a topic (「…したことについて」,
# 「…したことに対し」) and those of a response (「…したことを受け」)
_JA_TAKING_UP = (*_JA_TOPIC, "につき", "を受け")
# what says a thing was never done: 「訪問したことはない」, 「…したことがなかった」
_JA_NEVER = ("はない", "がない", "もない", "はなかっ", "がなかっ", "はありません", "がありません")
# what refers to a fact as known: 「…中止となったことに触れ」, 「…通知したことに言及し」
_JA_REFERRING = ("に触れ", "にふれ", "に言及")


# the documents and decisions that do what they say: a decree, an order, a law, an
# appointment made (「…を起用する人事」)
_JA_DECREES = frozenset(
    {"令", "政令", "辞令", "命令", "法令", "省令", "大統領令", "法", "法律", "人事", "決定"}
)


def _ja_decree(ws: tuple[_JaWord, ...], k: int) -> int | None:
    """Is the noun phrase at ws[k] a decree, an order or a law (「大統領令」, 「政令」)?
    Then the position after it."""
    end = k
    while end < len(ws) and _ja_noun(ws[end]) and end - k < 3:
        end += 1
    return end if end > k and ws[end - 1].surface in _JA_DECREES else None


# what a speaker is asked about: 「…について問われ」, 「…について質問され」, 「…を受けて聞かれ」
_JA_ASKED = re.compile(
    r"(?:について|につき|を受け|に対し)、?(?:記者団に|記者に)?(?:問われ|聞かれ|尋ねられ|質問され|質され)"
)


def _ja_text_from(ws: tuple[_JaWord, ...], k: int, count: int = 4) -> str:
    """The text of the few (`count`) words from ws[k]."""
    return "".join(w.surface for w in ws[k : k + count])


def _ja_noun_next(ws: tuple[_JaWord, ...], first: int, end: int, depth: int) -> Verdict:
    """Decides a noun of action by what follows it: as asserted as the predicate it belongs
    to; not when it is only the topic (「再開について」, 「再開をめぐり」, 「再開に向けて」,
    「再開への期待」) or modifies a prospect."""
    n = len(ws)
    end = _ja_past_examples(ws, end)
    nxt = ws[end]
    listed = _ja_listed(ws, end, depth)
    if listed is not None:
        return listed
    framed = _ja_framed(ws, end)
    if framed is not None:
        return framed
    if _ja_since(ws, end, None):
        return Verdict(False, "modifier")  # 「交流停止後初めて」: it dates what follows
    if (
        nxt.surface == "、"
        and end + 1 < n
        and (_is(ws[end + 1], _JA_PROSPECT_NOUNS) or _is(ws[end + 1], _JA_DOUBTING))
    ):
        return Verdict(False, "prospect")  # a headline's comment on it: 「再開、めど立たず」
    if nxt.surface == "、" and end + 1 < n and not (first > 0 and ws[first - 1].surface == "を"):
        # 「安全操業の協議、再開に至らず」: the phrase after the comma says how the noun
        # stands; not so after an object (「協議を再開、合意には至らず」: resumed, then more)
        said = _ja_governed(ws, end + 1, depth)
        if not said.asserted and said.why in ("negated", "prospect", "requested"):
            return said
    # (past a quotation mark: 「交流再開へ「備え」維持」)
    toward = end + 2 if end + 2 < n and ws[end + 1].surface in _JA_OPENING else end + 1
    if (
        nxt.surface == "へ"
        and toward < n
        and ws[end + 1].start == nxt.end
        and (ws[toward].pos1 in ("名詞", "形状詞", "連体詞") or ws[toward].surface == "の")
    ):
        # 「訪問再開へ新たな枠組み案」: toward it, the noun that follows is what is done
        return Verdict(False, "prospect")
    if nxt.surface == "の" and end + 1 < n and ws[end + 1].pos1 in ("名詞", "形状詞"):
        h = ws[end + 1]
        if _is(h, _JA_PROSPECT_NOUNS):
            return Verdict(False, "prospect")
        if h.surface == "一環":
            # 「視察の一環として検討」: what it is part of frames the clause's own act
            return Verdict(False, "modifier")
        if depth < 2:
            # X の Y: X stands as the phrase of Y does. 「交渉の再開、ロシアに打診へ」: the talks
            # as their resumption; 「支援物資の提供を…実現するよう求めた」 asks for the
            # supplies; 「訪問の枠組みを停止したのは…」 tells of the visits as known
            return _ja_from(ws, end + 1, end + 2, depth + 1)
        return ASSERTED
    if nxt.surface in _JA_PARTICLES_TO_PREDICATE or nxt.pos1 in ("動詞", "形容詞"):
        # a headline drops the particle: 「再開求める声」 is 「再開を求める声」
        return _ja_governed(ws, end, depth)
    return ASSERTED


# 「再開ではない」, 「再開ではなく」, 「再開ではありません」: the noun is what it is not
_JA_NOT_THIS = (
    "ではない",
    "ではなく",
    "ではありません",
    "じゃない",
    "じゃなく",
    "でもない",
    "でもなく",
)


def _ja_framed(ws: tuple[_JaWord, ...], end: int) -> Verdict | None:
    """How the words right after a noun frame it: a topic (「再開について」), what it is not
    (「再開ではない」), a question (「失効か」), a headline's object with no verb, which asks
    for it (「再開へ交渉を町議会」), the topic of a goal (「再開は「最優先」」); None when they
    do not."""
    after = "".join(w.surface for w in ws[end : end + 4])
    if after.startswith(_JA_TOPIC):
        return Verdict(False, "topic")
    # an item of an agenda, past a list's など (「墓参再開などを議題に想定」, 「再開が議題に上る」):
    # what is to be talked about
    if _JA_AGENDA.match(after):
        return Verdict(False, "topic")
    if after.startswith(_JA_NOT_THIS):
        return Verdict(False, "negated")
    nxt = ws[end]
    if nxt.surface in ("か", "かどうか") and nxt.pos1 == "助詞":
        # a headline's noun asked about, its verb dropped: 「年末で失効か」 (to lapse?)
        return Verdict(False, "question")
    if nxt.surface == "を" and (end + 1 == len(ws) or ws[end + 1].start > nxt.end):
        return Verdict(False, "requested")
    if nxt.surface in ("は", "が") and _ja_goal_after(ws, end + 1):
        # 「墓参再開は「最優先」」, 「再開は日ロ関係の中でも最優先事項だ」, 「再開が最優先課題だ」:
        # the topic or subject of a goal is wanted, not done
        return Verdict(False, "requested")
    return None


def _ja_past_examples(ws: tuple[_JaWord, ...], end: int) -> int:
    """Past a list's など: 「募集などの準備」, an example stands as the list does."""
    while end < len(ws) - 1 and ws[end].surface in ("など", "等") and ws[end].pos1 == "助詞":
        end += 1
    return end


def _ja_listed(ws: tuple[_JaWord, ...], end: int, depth: int) -> Verdict | None:
    """A noun listed with another by や or と stands as the other does: 「交流船の運航や訪問
    団の募集」, past a comma 「訪問事業の再開や、漁船の安全の確保も求めた」, and 「交流の再開と
    灯台の保全を」 (a headline's object, asked for); None when no list follows."""
    n = len(ws)
    if ws[end].surface not in ("や", "と") or ws[end].pos1 != "助詞" or depth >= 2:
        return None
    other = end + 2 if end + 2 < n and ws[end + 1].surface == "、" else end + 1
    head = _ja_phrase_head(ws, other)
    return None if head is None else _ja_from(ws, head, head + 1, depth + 1)


def _ja_phrase_head(ws: tuple[_JaWord, ...], k: int) -> int | None:
    """The head of the noun phrase from k: its last noun before a particle other than
    の (「北方四島周辺水域での日本漁船の安全操業の確保も」: 確保), within a few words; None when
    no noun phrase starts at k."""
    n = len(ws)
    head = None
    for j in range(k, min(n, k + 16)):
        w = ws[j]
        if _ja_noun(w):
            head = j
        elif (
            w.pos1 in ("名詞", "接頭詞", "接頭辞")
            or w.surface == "の"
            or (w.surface == "で" and j + 1 < n and ws[j + 1].surface == "の")
        ):
            continue
        else:
            break
    return head


def _ja_governed(ws: tuple[_JaWord, ...], j: int, depth: int) -> Verdict:
    """The verdict of the predicate that governs what ends before position j.

    The first predicate after j, past particles and quotations; when it only continues
    the sentence (a continuative form, 「位置づけ、…求めていく」, 「強く求めた」), the
    predicates after it govern too, up to the end of the sentence.
    """
    if depth >= 3:
        return ASSERTED
    n = len(ws)
    k = j
    # past a comma that lists objects (「…の早期再開、…の継続を…求める」)
    listing = j > 0 and ws[j - 1].surface == "、"
    # past a comma, a relative clause's verb describes the noun after it, not what came
    # before the comma (「掘削していることが、防衛省が分析した衛星画像でわかった」)
    comma = False
    while k < n and ws[k].surface != "。":
        w = ws[k]
        if k > j and w.start > ws[k - 1].end:
            break  # a headline's space: 「停止を通告　今季の出漁困難に」 ends the clause
        if w.surface == "、":
            comma = True
        said = _ja_word_verdict(ws, k)
        if said is not None:
            return said
        if not _ja_predicate_at(ws, k):
            k += 1
            continue
        verdict = _ja_from(ws, k, k + 1, depth + 1)
        end = _ja_chain(ws, k + 1)
        if (listing or comma) and verdict.why == "modifier" and end > k:
            # a relative clause's verb (「昨年再開された自由訪問」) describes the noun after it;
            # what governs the words before it comes later (「…の早期再開、昨年再開された
            # 自由訪問の継続を国に求める」 asks)
            k = end
            continue
        if not verdict.asserted:
            return verdict
        if not _ja_passes_on(ws, k, end):
            return ASSERTED
        # the frame hands the object to the sentence's main predicate, at its end
        for later in ws[end:]:
            if later.surface == "。":
                break
            if _is(later, _JA_UNASSERTING):
                return Verdict(False, "requested")
        k = end
    return ASSERTED


def _ja_predicate_at(ws: tuple[_JaWord, ...], k: int) -> bool:
    """Is ws[k] a predicate: a verb or an adjective, or a noun made a verb by a light verb
    (「合意した」, 「位置づけ」)?"""
    w = ws[k]
    if w.pos1 in ("動詞", "形容詞") and w.pos2 != "非自立可能":
        return True
    return (
        w.pos1 == "名詞"
        and k + 1 < len(ws)
        and (_ja_suru(ws[k + 1]) or (ws[k + 1].pos1 == "動詞" and ws[k + 1].pos2 == "非自立可能"))
    )


def _ja_word_verdict(ws: tuple[_JaWord, ...], k: int) -> Verdict | None:
    """What ws[k] says of the object before it, whatever its form: asked for (also as a
    noun, 「働きかけを続けている」, or a goal it is named as, 「再開を「最優先事項」と位置づけ
    た」), doubted, or a prospect (「配備するとの見方」, 「再開との観測」); None otherwise."""
    w = ws[k]
    if _is(w, _JA_UNASSERTING) or _ja_named_goal(ws, k):
        return Verdict(False, "requested")
    if _is(w, _JA_DOUBTING):
        return Verdict(False, "prospect")
    if w.surface == "の" and k + 1 < len(ws) and _is(ws[k + 1], _JA_PROSPECT_NOUNS):
        return Verdict(False, "prospect")
    return None


def _ja_passes_on(ws: tuple[_JaWord, ...], k: int, end: int) -> bool:
    """Does the predicate at k (its chain ends at `end`) pass its object on to the
    sentence's main predicate rather than take it? An adverb made of an adjective
    (「強く求めた」), or a frame after a quotation (「…」と位置づけ、…求めていく), in a
    continuative form; any other predicate takes it."""
    last = ws[end - 1]
    continuative = last.cform.startswith("連用形") or last.surface in ("て", "で")
    framing = (
        ws[k].pos1 == "形容詞"
        or any(p.surface == "と" for p in ws[max(0, k - 2) : k])
        # a continuative verb right before another predicate is an adverb: 「引き続き求め」
        or (end < len(ws) and ws[end].pos1 in ("動詞", "形容詞"))
    )
    return continuative and framing


# what names the object a goal: 「再開を「最優先事項の一つ」と位置づけた」, 「最重要課題とした」
_JA_GOAL_WORDS = ("優先", "課題", "目標", "悲願", "念願", "急務", "要求")


def _ja_goal_after(ws: tuple[_JaWord, ...], k: int) -> bool:
    """Does the phrase from ws[k] to the next comma, full stop or headline break name a
    goal (「「最優先」」, 「最優先事項だ」, 「悲願」)?"""
    for j in range(k, min(len(ws), k + 12)):
        w = ws[j]
        if w.surface in ("、", "。") or (j > k and w.start != ws[j - 1].end):
            return False
        if any(g in w.surface for g in _JA_GOAL_WORDS):
            return True
    return False


def _ja_named_goal(ws: tuple[_JaWord, ...], k: int) -> bool:
    """Is ws[k] a goal the object is named as, with と (「最優先課題と」, or a quotation that
    holds one, 「「…最優先事項の一つ」と」)?"""
    w = ws[k]
    if w.surface in _JA_OPENING:
        j = k + 1
        while j < len(ws) and ws[j].surface not in ("」", "』", "）", ")", "”"):
            j += 1
        inside = "".join(x.surface for x in ws[k + 1 : j])
        return (
            j + 1 < len(ws)
            and ws[j + 1].surface == "と"
            and any(g in inside for g in _JA_GOAL_WORDS)
        )
    return (
        k + 1 < len(ws)
        and ws[k + 1].surface == "と"
        and any(g in w.surface for g in _JA_GOAL_WORDS)
    )


# nouns of carrying something out, or of the arrangement it is done under: the matter they
# take is what the change word changes (「北方墓参の受け入れ停止」, 「交流事業の実施を中止」,
# 「北方墓参の取り決め停止」)
_JA_CARRYING_OUT = frozenset(
    "受け入れ 受入れ 受入 実施 開催 運用 履行 運航 取り決め 取決め 枠組み".split()  # noqa: SIM905
)


def object_start(text: str, at: int) -> int | None:
    """Where the object right before the Japanese word of change at `at` starts, if it has
    one of its own — a noun compounded with it or marked by を (「ポスト廃止」, 「ポストを
    廃止」, 「ロシア手続き容認」): then a matter named after it, or before that object
    (「墓参に限りロシア手続き容認」), is not what it changes."""
    ws = _ja_words(text)
    k = next((i for i, w in enumerate(ws) if w.start <= at < w.end), None)
    if k is None or k == 0:
        return None
    i = k - 1
    if ws[i].surface == "を" and i >= 1:
        i -= 1
    prev = ws[i]
    if prev.pos1 == "接尾辞" and any(w.pos2 == "数詞" for w in ws[max(0, i - 3) : i]):
        return None  # 「7年ぶり再開」, 「4年半ぶり」: a measure of time, not an object
    if prev.pos2 == "副詞可能":
        return None  # 「当面中断」, 「一時中断」: a noun used as an adverb says when, not what
    if prev.surface in _JA_CARRYING_OUT:
        return None  # 「墓参の受け入れ停止」: halting the carrying out of the matter halts it
    return prev.start if _ja_noun(prev) else None


def ja_words(text: str) -> tuple[_JaWord, ...]:
    """The words of a text as MeCab segments them, with their parts of speech (cached; for
    other readers of the same sentences, e.g. monitor/core/subjects.py)."""
    return _ja_words(text)
