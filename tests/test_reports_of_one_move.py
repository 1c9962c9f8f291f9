"""Later reports of a move already alerted: the history they tell ("the first since March
2022, when Russia ended visa-free travel") moves nothing and does not make them news of
their own; and a move only lobbied for (「再開働きかけへ」) is no move."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.clauses import en_relative_verb
from monitor.core.learning import learn_from
from monitor.core.novelty import Judge
from monitor.core.rules import Hit

WHEN = dt.datetime(2026, 6, 15, 3, 0, tzinfo=dt.UTC)

ALLOWED_ONCE = (
    "ja",
    "色丹島で墓参、ロシアが「今回限り」容認　元島民ら8人",
    "政府は15日、北方領土・色丹島にある日本人墓地への元島民らによる墓参について、ロシア側が"
    "「今回限りの例外的な措置」として受け入れると外交ルートを通じて回答してきたと発表した。",
    "元島民ら8人が8月下旬に根室港から向かう予定だ。",
)
SAME_MOVE_IN_ENGLISH = (
    "en",
    "Russia allows one-off grave visit by former islanders to Shikotan",
    "Russia has agreed to let eight Japanese former residents visit family graves on "
    "Shikotan in what it called a one-time, exceptional gesture, the government said.",
    "It will be the first time former residents set foot on the islands since March 2022, "
    "when Russia ended visa-free travel and simplified visits by former residents.",
)


def test_a_later_report_of_the_same_move_that_tells_the_break_joins_the_alert(
    judge: Judge,
) -> None:
    """The English report the next day makes the same move (allowed once) and tells how the
    visits ended in 2022: it joins the Japanese alert, it does not alert again."""
    first = article(*ALLOWED_ONCE, when=WHEN)
    allowed = judge.assess(first)
    assert allowed.decision == "status_change", allowed.reason
    learned = judge.with_knowledge(learn_from(allowed, first, 1, judge.knowledge))
    later = learned.assess(article(*SAME_MOVE_IN_ENGLISH, when=WHEN + dt.timedelta(hours=22)))
    assert later.decision == "same_development", later.reason


@pytest.mark.parametrize(
    ("text", "verb", "described"),
    [
        ("The first visit since March 2022, when Russia ended visa-free travel.", "ended", True),
        ("Talks stopped in 2022, when Moscow halted the consultations.", "halted", True),
        ("Last summer, when the boats sailed, the weather was calm.", "sailed", True),
        # "when" with no time before it is no clause of that time
        ("Tokyo protested when Russia halted the consultations.", "halted", False),
        ("Russia halted the consultations on Monday.", "halted", False),
    ],
)
def test_what_happened_at_a_time_named_before_when_is_background(
    text: str, verb: str, described: bool
) -> None:
    """ "since March 2022, when Russia ended visa-free travel": the clause tells what
    happened at the time named, as history, not what the report reports."""
    at = text.index(verb)
    hit = Hit("change.halt", verb, at, at + len(verb))
    assert en_relative_verb(text, hit) is described


@pytest.mark.parametrize(
    "title",
    ["平和条約交渉の再開働きかけへ　外相が答弁", "ロシアが北方領土への墓参の再開提案　外務省"],
)
def test_a_resumption_lobbied_for_or_proposed_is_no_move(judge: Judge, title: str) -> None:
    """「再開働きかけ」, 「再開提案」: the noun of lobbying or proposing makes the resumption
    before it a wish or an offer."""
    page = article(
        "ja",
        title,
        "茂木外相は9日の参院予算委員会で答弁し、平和条約締結交渉をめぐる日本の立場を改めて"
        "説明した。委員会では野党議員からも質問が相次いだ。",
        when=WHEN,
    )
    headline = judge.read(page).claims[0]
    assert not headline.changes


def test_what_a_speaker_refers_to_is_known_not_reported(judge: Judge) -> None:
    """「…中止となったことや、…通知したことに触れ」: a mayor who refers to a cancellation and
    to a partnership ended, both reported months before, reports neither again."""
    page = article(
        "ja",
        "根室市長「交流再開の見通しは立っていない」　定例会見",
        "根室市の市長は11日の定例記者会見で、北方四島との交流事業について「再開の見通しは立って"
        "いない」と述べた。",
        "市長は、今夏に予定されていた別海町の合唱団の国後島訪問がロシア側の通告で直前に中止と"
        "なったことや、サハリン州が北海道との提携の終了を通知したことに触れ、「交流の糸が一本"
        "ずつ切れていくようだ」と語った。",
        when=WHEN,
    )
    assessed = judge.assess(page)
    assert not assessed.alerts, assessed.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia withdraws consent for former islanders' grave visit to Shikotan",
            "Russia has withdrawn its consent to a one-off visit by Japanese former residents "
            "to family graves on Shikotan, two weeks before the trip, the government said.",
        ),
        (
            "ru",
            "МИД России отозвал согласие на поездку бывших жителей на Шикотан",
            "Российская сторона отозвала согласие на однократную поездку бывших японских "
            "жителей на Шикотан для посещения могил, запланированную на конец августа.",
        ),
        (
            "ja",
            "色丹島墓参、ロシアが受け入れ撤回　出発2週間前",
            "ロシア側は10日、8月下旬に予定していた元島民らによる北方領土・色丹島での墓参について、"
            "受け入れを撤回すると外交ルートを通じて通告してきた。",
        ),
    ],
)
def test_a_consent_withdrawn_halts_what_it_allowed(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "withdrew its consent", «отозвала согласие», 「受け入れを撤回」: the one-off visit
    allowed is called off, a move back of the former residents' visits."""
    first = article(*ALLOWED_ONCE, when=WHEN)
    allowed = judge.assess(first)
    learned = judge.with_knowledge(learn_from(allowed, first, 1, judge.knowledge))
    later = learned.assess(article(lang, title, lead, when=WHEN + dt.timedelta(days=56)))
    assert later.decision == "status_change", later.reason
    assert [(m.status_id, m.new.state.split(":")[0]) for m in later.changes] == [
        ("former-residents-visits", "halted")
    ]


def test_a_court_order_reported_in_russian_and_japanese_is_one_story(judge: Judge) -> None:
    """«Суд обязал демонтировать…» and 「裁判所が…撤去を命じた」: both report the court's
    order; the Japanese report the next day joins the Russian alert."""
    first = article(
        "ru",
        "Суд обязал демонтировать японскую стелу на Шикотане",
        "Южно-Курильский районный суд удовлетворил иск прокурора и обязал администрацию "
        "демонтировать гранитную стелу, установленную японцами на Шикотане.",
        when=WHEN,
    )
    ordered = judge.assess(first)
    assert ordered.alerts, ordered.reason
    learned = judge.with_knowledge(learn_from(ordered, first, 1, judge.knowledge))
    later = article(
        "ja",
        "色丹島の元島民の碑、ロシアの裁判所が撤去命令",
        "北方領土・色丹島に元島民らが建てた碑について、ロシアの地区裁判所が、検察の訴えを認めて"
        "撤去を命じたことが分かった。",
        when=WHEN + dt.timedelta(hours=15),
    )
    joined = learned.assess(later)
    assert joined.decision == "same_development", joined.reason
