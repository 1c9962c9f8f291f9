"""The assertion reader on its own: does a clause assert its event or status word?

Sentences written for these tests, one class each (negated, requested, conditional,
future, prospect, relative clause, and asserted), in Russian and Japanese, read with the
real morphological analyzers (pymorphy3, fugashi with IPAdic).
"""

from __future__ import annotations

import pytest

from monitor.core.assertion import assertion
from monitor.core.assertion_ru import acts_itself, ru_words
from monitor.core.text import normalize


def _verdict(lang: str, sentence: str, trigger: str) -> tuple[bool, str]:
    text = normalize(sentence)
    at = text.index(normalize(trigger))
    v = assertion(text, lang, at, at + len(normalize(trigger)))
    return v.asserted, v.why


RUSSIAN = [
    # asserted
    ("Москва и Токио возобновили консультации по рыболовству.", "возобновили", True, ""),
    ("МИД сообщил о возобновлении работы канала связи.", "возобновлении", True, ""),
    ("Стороны договорились возобновить обмены уже летом.", "возобновить", True, ""),
    ("Министр обороны посетил гарнизон на Итурупе.", "посетил", True, ""),
    ("Соглашение приостановлено Москвой в одностороннем порядке.", "приостановлено", True, ""),
    # negated: «не» governs the verb, or the noun's predicate is negated
    ("Россия не возобновляла эти поездки.", "возобновляла", False, "negated"),
    (
        "Возобновление поездок для бывших жителей сейчас не рассматривается.",
        "возобновление",
        False,
        "negated",
    ),
    ("Оснований для возобновления контактов у Москвы нет.", "возобновления", False, "negated"),
    # requested, wished, planned
    (
        "Губернатор попросил Москву возобновить посещение кладбищ.",
        "возобновить",
        False,
        "requested",
    ),
    ("Токио добивается возобновления безвизовых обменов.", "возобновления", False, "requested"),
    ("Япония хотела бы подписать мирный договор.", "подписать", False, "conditional"),
    # conditional, future
    (
        "Диалог был бы восстановлен, если бы Токио изменил курс.",
        "восстановлен",
        False,
        "conditional",
    ),
    ("Российская сторона возобновит выдачу разрешений.", "возобновит", False, "future"),
    ("Переговоры будут возобновлены не раньше осени.", "возобновлены", False, "future"),
    (
        "Назван случай, при котором поездки могут быть возобновлены.",
        "возобновлены",
        False,
        "requested",
    ),
    ("Поездки должны быть восстановлены весной.", "восстановлены", False, "requested"),
    # prospect: the noun depends on a question, a chance, a condition
    ("Шансы на подписание договора невелики.", "подписание", False, "prospect"),
    ("Журналисты спросили о возобновлении рейсов на острова.", "возобновлении", True, ""),
    ("Эксперты обсуждают тему возобновления визитов.", "возобновления", False, "prospect"),
    # an attribute: a full participle is background
    ("Прерванный в 2022 году диалог так и остался замороженным.", "прерванный", False, "modifier"),
    # a question
    ("Возобновит ли Россия поездки на кладбища?", "возобновит", False, "question"),
    # plans and the possibility left open
    (
        "Москва не планирует восстанавливать безвизовый режим.",
        "восстанавливать",
        False,
        "requested",
    ),
    ("Кремль не исключил возобновления контактов.", "возобновления", False, "negated"),
    # a number before the noun: a measure, not events
    ("Музей рассчитан на 300 посещений в день.", "посещений", False, "modifier"),
    # a trigger of several words is read through its verb
    ("Суд обязал администрацию вернуть участок.", "Суд обязал", True, ""),
    # a noun of action as the subject: its predicate comes after a subordinate clause and
    # an aside, not the subordinate clause's own verb
    (
        "Возобновление консультаций с Японией в условиях, когда Токио расширяет санкции и "
        "проводит учения у наших границ, по словам замминистра, сейчас не обсуждается.",
        "Возобновление",
        False,
        "negated",
    ),
    (
        "Возобновление обменов, о котором давно просили бывшие жители островов, по данным "
        "МИД, одобрено правительством.",
        "Возобновление",
        True,
        "",
    ),
    # «пока не» is "not yet", no subordinate clause
    ("О возобновлении поездок речь пока не идёт.", "возобновлении", False, "negated"),
    # a second predicate joined by «и» is a clause of its own
    (
        "Японский консул на Итурупе объявлен персоной нон грата и должен выехать за сутки.",
        "персоной",
        True,
        "",
    ),
    # but a predicate of the noun's own clause still counts
    (
        "Возобновление полётов должно быть одобрено правительством.",
        "Возобновление",
        False,
        "requested",
    ),
    # a relative clause that opens with a preposition and its noun («о сроках которого»)
    # is no main clause: the negated predicate after it is the subject's
    (
        "Открытие морской линии, о сроках которого в марте писали местные газеты, по словам "
        "перевозчика, не согласовано.",
        "Открытие",
        False,
        "negated",
    ),
    # an adjective opening a trigger is read through its noun; «судна» is the vessel's
    # genitive (a short adjective scores alike), no predicate of the clause
    (
        "Выход японского судна с гуманитарным грузом к острову, о подготовке которого "
        "говорили в Немуро, по данным пограничников, не разрешён.",
        "гуманитарным грузом",
        False,
        "negated",
    ),
    (
        "Японское судно с гуманитарным грузом прибыло на Шикотан.",
        "гуманитарным грузом",
        True,
        "",
    ),
    # a noun of change whose only predicate is an adverb of possibility, past an aside
    (
        "Восстановление паромной линии, в том числе для школьников, в этом году невозможно, "
        "сообщил перевозчик.",
        "Восстановление",
        False,
        "prospect",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "asserted", "why"), RUSSIAN)
def test_russian_clause(sentence: str, trigger: str, asserted: bool, why: str) -> None:
    """Russian: the trigger's form and its governing predicate decide."""
    assert _verdict("ru", sentence, trigger) == (asserted, why)


JAPANESE = [
    # a headline's verdict in brackets after the trigger says how it stands
    ("ビザなし交流再開「予定ない」　ロシア外務省", "再開", False, "negated"),
    ("墓参再開「実現したい」　知事", "再開", False, "requested"),
    ("ビザなし交流再開「来月にも」　外務省", "再開", True, ""),
    # what a petition holds is asked for, whatever its own verb
    ("要望書では、交流事業の再開のほか、振興策の拡充も盛り込んだ。", "再開", False, "requested"),
    ("決議は、墓参の再開を柱としている。", "再開", False, "requested"),
    ("政府は要望を受け、墓参を再開した。", "再開", True, ""),
    # asserted
    ("ロシア国防省は択捉島に新たな部隊を配備した。", "配備", True, ""),
    ("両政府は漁業協議の再開で合意した。", "再開", True, ""),
    ("外務省は事務レベル協議を東京で行ったと発表した。", "協議", True, ""),
    ("ロシア、色丹島で港湾施設を開設", "開設", True, ""),
    # negated
    ("ロシア側は墓参を受け入れず、交流は再開していない。", "再開", False, "negated"),
    # requested, wished, ought to
    ("知事は交流事業の再開を国に強く要望した。", "再開", False, "requested"),
    ("元島民は墓参を早く再開してほしいと話した。", "再開", False, "requested"),
    ("政府は協議を再開したい考えだ。", "再開", False, "requested"),
    ("交流はただちに再開されるべきだ。", "再開", False, "requested"),
    ("政府はロシアに訪問を認めるよう働きかけている。", "認める", False, "requested"),
    # conditional, intention
    ("条件が整えば協議を再開する。", "再開", False, "conditional"),
    ("ロシアが応じれば、墓参は再開する。", "再開", False, "conditional"),
    # prospect: the noun modifies 見通し, 可能性, 方針
    ("協議再開の見通しは立っていない。", "再開", False, "prospect"),
    ("条約締結の可能性は低いとみられる。", "締結", False, "prospect"),
    ("政府は平和条約を締結する方針を維持した。", "締結", False, "prospect"),
    # doubted, or only a view that it may happen
    ("当局者の間では、協議の再開は困難との見方が強い。", "再開", False, "prospect"),
    ("ロシアが択捉島に部隊を増派するとの観測が出ている。", "増派", False, "prospect"),
    # a visit made to ask is the asking: the sentence's last predicate requests
    ("元島民の代表が官邸を訪れ、墓参の早期実現を要望した。", "訪れ", False, "requested"),
    ("首相は国後島を訪れ、部隊を視察した。", "訪れ", True, ""),
    # a headline drops the particle before the verb that governs the noun
    ("墓参再開求める声 元島民", "再開", False, "requested"),
    # a headline's comment after a comma, and a goal marked by へ before a noun
    ("協定の履行再開、めど立たず", "再開", False, "prospect"),
    ("元島民の訪問再開へ新たな枠組み案", "再開", False, "prospect"),
    ("ビザなし交流、来年再開へ", "再開", True, ""),
    # a noun, a comma, then how it stands (not after an object: resumed, then more)
    ("漁業協議、再開に至らず　漁業者に焦り", "協議", False, "negated"),
    ("両国は協議を再開、合意には至らなかった。", "再開", True, ""),
    # a relative clause: the verb modifies a noun, it does not report
    ("島を訪れる観光客は年々減っている。", "訪れる", False, "modifier"),
    ("拿捕された漁船の船長が帰国した。", "拿捕", False, "modifier"),
    # a headline's space ends the clause: the verb before it is no relative clause
    ("色丹島の調査、ロシアが受け入れ認める　研究者ら来月にも", "認め", True, ""),
    # nor is a noun before it the first part of a compound with the next clause's noun
    ("日ロ協議の会合を中止　漁船は来年操業できず", "中止", True, ""),
    # a plan that is decided is a decision; one that is only studied is not
    ("政府は連絡事務所を来年度に閉鎖する方針を固めた。", "閉鎖", True, ""),
    ("政府は連絡事務所を閉鎖する方針だ。", "閉鎖", False, "prospect"),
    # a clause of time dates another act: since, after, the time gone since
    ("ロシアが定期便を運休してから半年が過ぎた。", "運休", False, "modifier"),
    ("ロシアが交流を停止して以降、元島民の訪問は途絶えている。", "停止", False, "modifier"),
    ("ロシアは協議を中断した後、声明を出した。", "中断", False, "modifier"),
    ("定期便の運休後初めて、島に船が入った。", "運休", False, "modifier"),
    ("定期便の運休1年　島民に不満", "運休", False, "modifier"),
    ("交流中断から半年　再開見えず", "中断", False, "modifier"),
    # named as a goal with と (a quotation that holds one, or the goal itself)
    ("政府は交流の再開を「対ロ外交の最優先課題の一つ」と位置づけた。", "再開", False, "requested"),
    ("知事は定期便の再開を最重要課題とした。", "再開", False, "requested"),
    ("ロシアは定期便を再開し、「大きな一歩」と評価した。", "再開", True, ""),
    # a body sentence that ends 〜ていた tells what had been done before; a headline (no 。)
    # or 〜ていたことが分かった breaks it as news
    ("ロシア側は一度限りの措置として研究者の入域を認めていた。", "認め", False, "modifier"),
    ("ロシア側が研究者の入域を認めていたことが分かった。", "認め", True, ""),
    ("ロシア、研究者の入域を認めていた", "認め", True, ""),
    # but "the first in three years" is the act itself
    ("定期便の運航再開3年ぶり", "再開", True, ""),
    ("ロシアは定期便の運航を停止した。", "停止", True, ""),
    # nouns listed with や, and a list's など, stand as the list's head does: here a plan
    # that has not begun, there a trip made
    ("船の手配や視察団の派遣などの計画は白紙のままだ。", "視察団", False, "prospect"),
    ("船の手配や視察団の派遣などの計画は白紙のままだ。", "手配", False, "prospect"),
    ("知事らの視察団が国後島に到着した。", "視察団", True, ""),
    # a condition that describes a noun (「…した場合の罰金」) conditions no act
    ("議会は違反した場合の罰金を引き上げる法案を可決した。", "可決", True, ""),
    ("条件が整った場合、協議を再開する。", "再開", False, "conditional"),
    # 「…たばかりだった」: the state the story found, as background
    ("交流の枠組みは昨年10月に復活したばかりだった。", "復活", False, "modifier"),
    ("交流の枠組みが昨年10月に復活した。", "復活", True, ""),
    # a headline noun compounded with an appeal (「再開訴え」: 「再開を訴え」) is asked for
    ("元島民、四島訪問の再開訴え　見通し立たず", "再開", False, "prospect"),
    # a noun told as what it is not
    ("今回の入域は特例で、墓参事業そのものの再開ではない。", "再開", False, "negated"),
    ("交流の再開ではなく、一度限りの措置だという。", "再開", False, "negated"),
    ("政府は交流の再開で合意した。", "再開", True, ""),
    # a headline's object with no verb after it asks for it; with its verb it is done
    ("航路再開へ交渉を　町議会が意見書", "交渉", False, "requested"),
    ("ロシア、漁業交渉を中断　日本漁船に影響", "交渉", True, ""),
    # past a comma, the listed noun phrase's head (its last noun before a particle) decides
    (
        "市長は定期航路の再開や、根室港周辺での地元漁船の安全の確保も求めた。",
        "再開",
        False,
        "requested",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "asserted", "why"), JAPANESE)
def test_japanese_clause(sentence: str, trigger: str, asserted: bool, why: str) -> None:
    """Japanese: what follows the trigger (auxiliaries, the noun it modifies, the verb
    that takes it as object) decides."""
    assert _verdict("ja", sentence, trigger) == (asserted, why)


def test_english_verbs_are_left_to_the_word_windows() -> None:
    """An English verb is read by the claim reader's windows, which look before it."""
    assert _verdict("en", "Russia will not resume the talks.", "resume") == (True, "")


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [
        ("The restoration of the ferry link, long sought by residents, is a priority.", False),
        ("The restoration of the ferry link would depend on the weather.", False),
        ("The restoration of the ferry link was announced on Monday.", True),
        # named as a goal, whatever the copula's tense
        ("She said the restoration of the ferry link to the islands was a top priority.", False),
        ("The restoration of the ferry link remained the residents' key demand.", False),
        ("The restoration of the ferry link was a relief for residents.", True),
        ("Officials confirmed the restoration of the ferry link.", True),
        # named as a goal by a verb with "as", with asides between
        (
            "The plan lists the restoration of the ferry link, shut since the storm of 2023, "
            "as its first priority for the islands.",
            False,
        ),
        ("Residents see the restoration of the ferry link as the main goal.", False),
        ("Officials hailed the restoration of the ferry link as an important step.", True),
    ],
)
def test_english_noun_of_change_is_read_through_its_predicate(
    sentence: str, asserted: bool
) -> None:
    """A noun of change followed by a present or modal predicate is a goal, not a report."""
    assert _verdict("en", sentence, "restoration")[0] is asserted


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [
        # a gerund that opens its clause is its subject, read as a noun of change is
        ("The mayor said that restoring the ferry link, shut since 2023, was a priority.", False),
        ("The mayor said restoring the ferry link, above all for pupils, was her top goal.", False),
        ("Restoring the ferry link remains the mayor's first task.", False),
        ("The operator said on Monday that it was restoring the ferry link.", True),
        ("Officials said that restoring the ferry link had been approved.", True),
    ],
)
def test_english_gerund_subject_is_read_through_its_predicate(
    sentence: str, asserted: bool
) -> None:
    """A gerund opening its clause names the act as a noun would; a goal is no report."""
    assert _verdict("en", sentence, "restoring")[0] is asserted


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [
        # a plural noun of an act at the head of its sentence, with "by" or "to" after it,
        # is the subject: its predicate decides
        ("TOKYO - Flights by the regional carrier to the island could resume in spring.", False),
        ("Flights by the regional carrier to the island resumed on Monday.", True),
        ("Putin flights to the island are rare.", True),
        # a modal past a short phrase naming who with: "flights with Japan could resume"
        ("Officials said flights with Japan could resume in spring.", False),
        ("Officials said flights with Japan resumed in spring.", True),
    ],
)
def test_english_plural_noun_subject_is_read_through_its_predicate(
    sentence: str, asserted: bool
) -> None:
    """ "Visits by former residents … could be arranged again": a noun subject far from its
    modal predicate."""
    assert _verdict("en", sentence, "flights")[0] is asserted


@pytest.mark.parametrize(
    ("sentence", "matter", "change", "doer"),
    [
        ("Договор прекратил войну между двумя странами.", "договор", "прекратил", True),
        ("Москва прекратила действие договора.", "договора", "прекратила", False),
        ("Соглашение было приостановлено в марте.", "соглашение", "приостановлено", False),
        ("Договор утратил силу в прошлом году.", "договор", "утратил силу", False),
    ],
)
def test_russian_matter_as_doer_does_not_move(
    sentence: str, matter: str, change: str, doer: bool
) -> None:
    """A matter in the nominative before an active transitive verb does the change."""
    text = normalize(sentence)
    m, c = text.index(matter), text.index(change)
    assert acts_itself(text, "ru", (m, m + len(matter)), (c, c + len(change))) is doer


def test_russian_parses_scored_alike_prefer_the_noun() -> None:
    """«судна» scores alike as a short adjective (a predicate) and as «судно»'s genitive:
    the noun is read, or the vessel would be a clause's predicate."""
    words = {w.text: w for w in ru_words("Экипаж судна задержан.")}
    assert (words["судна"].pos, words["судна"].lemma) == ("NOUN", "судно")
    assert words["задержан"].pos == "PRTS"
