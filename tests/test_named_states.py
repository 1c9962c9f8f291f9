"""A matter has more states than running and halted: a halted matter let happen once ("a
one-time visit", «в порядке исключения», 「今回限り」) is reported as that move, and stays
halted in what the monitor knows, so that a later full resumption is news of its own and a
later refusal is no reversal. Pages written for these tests, shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.assertion import assertion
from monitor.core.knowledge import Knowledge, move_of
from monitor.core.learning import learn_from
from monitor.core.models import Article, StatusState
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 6, 2, 7, 0, tzinfo=dt.UTC)
VISITS = "former-residents-visits"


def _read(lang: str, title: str, *paragraphs: str, when: dt.datetime = WHEN) -> Article:
    return article(lang, title, *paragraphs, when=when)


ONCE_EN = (
    "Russia to allow former islanders a one-time visit to family graves on Kunashir",
    "Moscow will let a group of former Japanese residents make a one-time visit to family "
    "graves on Kunashir in August, Japan's Foreign Ministry said on Tuesday.",
    "The ministry said the trip did not mean that the visits had resumed.",
)


def test_a_one_time_permission_is_its_own_move(judge: Judge) -> None:
    """The alert says "allowed once", and the matter is still halted afterwards."""
    article = _read("en", *ONCE_EN)
    assessment = judge.assess(article)
    assert assessment.decision == "status_change"
    (change,) = assessment.changes
    assert change.status_id == VISITS
    assert move_of(change.new.state) == "once"
    learned = learn_from(assessment, article, 1, judge.knowledge)
    assert learned.statuses[VISITS].active is False
    assert move_of(learned.statuses[VISITS].status.current.state) == "once"


def test_after_an_exception_a_full_resumption_is_news(judge: Judge) -> None:
    """A week later the visits resume for good: a move of its own, not another report."""
    once = _read("en", *ONCE_EN)
    first = judge.assess(once)
    learned = judge.with_knowledge(learn_from(first, once, 1, judge.knowledge))
    resumed = _read(
        "en",
        "Russia and Japan agree to resume grave visits by former islanders",
        "Russia and Japan agreed on Tuesday to resume regular grave visits by former "
        "residents of the islands, suspended since 2022, the two foreign ministries said.",
        "The first group is expected to travel in September.",
        when=WHEN + dt.timedelta(days=7),
    )
    later = learned.assess(resumed)
    assert later.decision == "status_change"
    assert move_of(later.changes[0].new.state) == "resume"


def test_a_russian_exception_is_read_as_once(judge: Judge) -> None:
    """«в порядке исключения разрешила»: the Russian wording of the same move."""
    article = _read(
        "ru",
        "Россия в порядке исключения разрешила бывшим японским жителям посетить могилы на Итурупе",
        "МИД России в порядке исключения разрешил группе бывших японских жителей Итурупа "
        "посетить могилы родственников в сентябре, сообщили в посольстве Японии.",
        "Речь идёт о разовой поездке, уточнили в ведомстве.",
    )
    assessment = judge.assess(article)
    assert assessment.decision == "status_change"
    assert [move_of(c.new.state) for c in assessment.changes] == ["once"]


def test_an_exception_refused_is_no_move(judge: Judge) -> None:
    """ "refused even a one-time visit": the exception was asked for and not granted."""
    article = _read(
        "en",
        "Russia refuses to allow even a one-time grave visit by former islanders",
        "Russia has refused to allow former residents of the islands even a one-time visit "
        "to family graves this summer, Japan's Foreign Ministry said on Tuesday.",
        "Tokyo said it would keep asking.",
    )
    assert judge.assess(article).decision != "status_change"


def test_stored_moves_replay_to_the_same_states(judge: Judge) -> None:
    """Knowledge rebuilt from stored states: "allowed once" keeps the matter halted, and a
    later "resumed" sets it running, whatever the order of toggles would have said."""
    seeds: Knowledge = judge.knowledge
    assert seeds.statuses[VISITS].active is False
    once = StatusState("allowed once: a one-time visit", WHEN.date(), "http://a", "Ministry")
    resumed = StatusState("resumed: visits resume", WHEN.date(), "http://b", "Ministry")
    dev = learn_from(judge.assess(_read("en", *ONCE_EN)), _read("en", *ONCE_EN), 1, seeds)
    development = dev.developments[-1]
    after_once = seeds.learn(development, (), ((VISITS, once),))
    assert after_once.statuses[VISITS].active is False
    after_both = seeds.learn_all(
        [(development, (), ((VISITS, once),)), (development, (), ((VISITS, resumed),))]
    )
    assert after_both.statuses[VISITS].active is True


def test_a_halted_matter_abolished_is_news_once(judge: Judge) -> None:
    """Joint economic activity is halted (Russia walked out); Japan abolishing its office
    for it ends the matter for good: 「廃止する方針を決めた」 is a decision, not a plan. A
    restatement afterwards that it was abolished is no further move."""
    article = _read(
        "ja",
        "共同経済活動の担当部署、政府が廃止へ　北方四島",
        "政府は3日、北方四島での共同経済活動を担当してきた内閣府の部署を年度末で廃止する方針を"
        "決めた。ロシアが対話から離脱して以降、協議は開かれていない。",
        "関係者によると、職員は別の部署に移る。",
    )
    assessment = judge.assess(article)
    assert assessment.decision == "status_change"
    assert [(c.status_id, move_of(c.new.state)) for c in assessment.changes] == [
        ("joint-economic-activity", "end")
    ]
    learned = judge.with_knowledge(learn_from(assessment, article, 1, judge.knowledge))
    assert learned.knowledge.statuses["joint-economic-activity"].ended
    again = _read(
        "en",
        "Japan scraps office for joint economic activity on disputed islands",
        "Japan has abolished the government office in charge of joint economic activity with "
        "Russia on the four islands, officials said on Monday.",
        "The office had no work since Moscow quit the dialogue in 2022.",
        when=WHEN + dt.timedelta(days=40),
    )
    assert learned.assess(again).decision != "status_change"


def test_a_plan_to_abolish_is_no_move(judge: Judge) -> None:
    """「廃止を検討している」: studied, not decided."""
    article = _read(
        "ja",
        "共同経済活動の担当部署、廃止を検討",
        "政府は北方四島での共同経済活動を担当してきた内閣府の部署について、年度末での廃止を"
        "検討している。ロシアが対話から離脱して以降、協議は一度も開かれていない。",
        "関係者によると、結論は夏ごろになる見通しだ。職員の配置も合わせて見直す。",
    )
    assert judge.assess(article).decision != "status_change"


def test_a_halt_of_what_an_alert_reported_is_news(judge: Judge) -> None:
    """A project the monitor alerted on (a foreign investor's deal on Shikotan) stopped a
    year later: no tracked matter names it, but it stops what the earlier alert reported.
    The same halt with nothing learned before is no news of the dispute."""
    admitted = _read(
        "en",
        "Norwegian salmon farmer signs deal to build Shikotan hatchery under Kuril tax regime",
        "A Norwegian salmon farming company signed an investment agreement with Russia's Far "
        "East ministry on Tuesday to build a hatchery on Shikotan under the Kuril Islands "
        "special tax regime, officials said.",
        "The company is the first from Europe in the regime.",
    )
    first = judge.assess(admitted)
    assert first.decision == "new_development"
    learned = judge.with_knowledge(learn_from(first, admitted, 1, judge.knowledge))
    withdrawn = _read(
        "en",
        "Norwegian salmon farmer pulls out of Shikotan hatchery under Kuril tax regime",
        "The Norwegian company has pulled out of its planned hatchery on Shikotan, and its "
        "place in the Kuril Islands tax regime was terminated, the ministry said.",
        "The site remains empty.",
        when=WHEN + dt.timedelta(days=300),
    )
    assert learned.assess(withdrawn).decision == "new_development"
    assert judge.assess(withdrawn).decision != "new_development"


def test_a_seeded_understanding_declared_void_ends_it(judge: Judge) -> None:
    """The 2018 Singapore understanding is a matter of its own: Moscow saying it is "no
    longer valid" ends it; a Japanese headline quoting one word, 「無効」, says the same."""
    english = _read(
        "en",
        "Moscow calls Singapore understanding with Tokyo no longer valid",
        "Russia's Foreign Ministry said on Tuesday that the Singapore understanding on "
        "speeding up peace treaty talks is no longer valid, a spokeswoman told reporters.",
        "Japan's government said it regretted the statement.",
    )
    assessment = judge.assess(english)
    assert [(c.status_id, move_of(c.new.state)) for c in assessment.changes] == [
        ("singapore-understanding-2018", "end")
    ]
    japanese = _read(
        "ja",
        "ロシア外務省、シンガポール合意は「無効」と表明",
        "ロシア外務省の報道官は3日、平和条約交渉の加速をうたったシンガポール合意は「無効」だと"
        "表明した。日本政府は遺憾の意を示した。",
        "外務省幹部は「一方的な主張だ」と述べた。",
    )
    assert judge.assess(japanese).decision == "status_change"


def test_a_ban_on_the_islanders_league_then_its_lifting(judge: Judge) -> None:
    """The former islanders' league, the dispute's own organisation, declared undesirable
    (Russian); a year later taken off the list (English): the lifting undoes an alert."""
    ban = _read(
        "ru",
        "Минюст внёс японский союз бывших жителей Курил в перечень нежелательных организаций",
        "Министерство юстиции России внесло японский союз бывших жителей островов Тисима и "
        "Хабомаи в перечень нежелательных организаций, следует из данных ведомства.",
        "В союзе заявили, что продолжат работу в Японии.",
    )
    first = judge.assess(ban)
    assert first.decision == "new_development"
    learned = judge.with_knowledge(learn_from(first, ban, 1, judge.knowledge))
    lifted = _read(
        "en",
        "Russia removes Japanese former islanders' league from its blacklist",
        "Russia's justice ministry has taken the Chishima and Habomai Islands Residents League "
        "off the list of undesirable organisations, the ministry said on Monday.",
        "The league said it was surprised.",
        when=WHEN + dt.timedelta(days=400),
    )
    assert learned.assess(lifted).decision == "new_development"
    assert judge.assess(lifted).decision != "new_development"


def test_a_one_time_permission_for_an_untracked_matter_is_news(judge: Judge) -> None:
    """ "allowed … this summer only" where no tracked matter is named: an exception."""
    article = _read(
        "en",
        "Russia allows Japanese sailing yacht race to round Kunashir this summer only",
        "Russian border authorities have allowed a Japanese yacht race to sail around "
        "Kunashir this summer only, organisers in Nemuro said on Tuesday.",
        "The race last passed the island in 2019.",
    )
    assert judge.assess(article).decision == "new_development"


def test_a_first_budget_line_is_news_a_yearly_one_is_not(judge: Judge) -> None:
    """「…を初計上」: money set aside for the first time; the yearly outreach budget is not."""
    first = _read(
        "ja",
        "北方四島の交流船、新造の調査費を初計上　来年度予算案",
        "政府が閣議決定した来年度予算案に、北方四島との交流に使う新しい船の調査費として"
        "2億円が初めて計上された。",
        "内閣府によると、船の建造に向けた予算は初めて。",
    )
    yearly = _read(
        "ja",
        "北方領土の啓発事業に予算計上　来年度予算案",
        "政府が閣議決定した来年度予算案に、北方領土問題の啓発事業費として例年通り15億円が"
        "計上された。",
        "内閣府は返還要求運動を引き続き支援する。",
    )
    assert judge.assess(first).decision == "new_development"
    assert judge.assess(yearly).decision != "new_development"


FISHING = "safe-operation-fishing"
TALKS_ABOUT_FISHING = [
    (
        "en",
        "Japan and Russia resume talks on safe fishing near the southern Kurils",
        "Officials of the two fisheries agencies met in Moscow on Thursday and agreed to "
        "resume working-level consultations on the safe fishing operations near the islands.",
    ),
    (
        "ru",
        "Россия и Япония возобновили консультации по безопасному промыслу у южных Курил",
        "Представители рыболовных ведомств двух стран в четверг возобновили консультации по "
        "безопасному промыслу японских рыбаков у южных Курил, сообщили в Росрыболовстве.",
    ),
    (
        "ja",
        "北方四島周辺の安全操業　日ロ、政府間協議を再開",
        "北方四島周辺での日本漁船の安全操業をめぐり、日ロ両政府は木曜日、モスクワで政府間協議を"
        "再開した。水産庁が明らかにした。",
    ),
]


@pytest.mark.parametrize(("lang", "title", "lead"), TALKS_ABOUT_FISHING)
def test_talks_about_a_matter_resuming_do_not_move_the_matter(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Talks on safe fishing resumed: the talks are news, the fishing agreement stays
    suspended (it is not held in talks)."""
    assessment = judge.assess(_read(lang, title, lead))
    assert assessment.alerts
    assert all(c.status_id != FISHING for c in assessment.changes)


def test_talks_about_a_matter_held_in_talks_move_it(judge: Judge) -> None:
    """The joint economic activity was a dialogue (`held_in_talks`): its talks revived
    are the matter resumed."""
    assessment = judge.assess(
        _read(
            "en",
            "Japan and Russia revive talks on joint economic activity on the southern Kurils",
            "Deputy foreign ministers of the two countries agreed in Tokyo on Friday to revive "
            "talks on joint economic activity on the four islands, frozen since 2022.",
        )
    )
    assert [(c.status_id, move_of(c.new.state)) for c in assessment.changes] == [
        ("joint-economic-activity", "resume")
    ]


TALKS = "peace-treaty-talks"
VISA_FREE = "visa-free-exchanges"


FILLER = {
    "en": "The report gave no further details, and officials declined to comment further.",
    "ru": "Других подробностей в сообщении не приводится, в ведомстве от комментариев отказались.",
    "ja": "詳しい内容は明らかにされておらず、関係者はそれ以上のコメントを控えている。"
    "関係者によると、今後の日程などは改めて調整されるという。",
}


def _moves(judge: Judge, lang: str, title: str, *paragraphs: str) -> list[tuple[str, str]]:
    """Every matter's move the reader finds in the page, sentence by sentence."""
    reading = judge.read(_read(lang, title, *paragraphs, FILLER[lang]))
    return [move for claim in reading.claims for move in claim.changes]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a participle after a determiner or a verb of change describes the matter
        ("Tokyo and Moscow agree to resume the suspended peace treaty talks", (TALKS, "resume")),
        (
            "Russia puts its recently restored peace treaty dialogue with Japan on hold",
            (TALKS, "halt"),
        ),
        ("Kremlin shelves revived peace treaty dialogue with Tokyo", (TALKS, "halt")),
        # inside a phrase of change that takes its object in the middle
        ("Tokyo puts restarted peace treaty dialogue with Moscow on ice", (TALKS, "halt")),
        # after the matter, in a clause whose own verb of change comes first
        (
            "Moscow says it is halting the peace treaty consultations with Tokyo restarted "
            "in spring",
            (TALKS, "halt"),
        ),
    ],
)
def test_an_english_participle_before_the_matter_is_its_state(
    judge: Judge, title: str, expected: tuple[str, str]
) -> None:
    """ "The suspended talks" are not suspended again by this sentence; the verb moves them."""
    assert _moves(judge, "en", title) == [expected]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "The two foreign ministers spoke by phone on Monday, three years after Moscow "
            "suspended the peace treaty talks over sanctions.",
        ),
        (
            "en",
            "Former residents have not seen the islands since Russia suspended the visa-free "
            "exchanges in spring.",
        ),
        (
            "ru",
            "Министры впервые поговорили по телефону, через три года после того как Москва "
            "приостановила переговоры о мирном договоре.",
        ),
    ],
)
def test_a_move_in_a_clause_of_time_dates_the_sentence(
    judge: Judge, lang: str, sentence: str
) -> None:
    """ "Three years after Moscow broke off the talks" says when, not that they stopped."""
    title = "Japan and Russia foreign ministers speak by phone"
    if lang == "ru":
        title = "Министры иностранных дел России и Японии поговорили по телефону"
    assert _moves(judge, lang, title, sentence) == []


def test_a_japanese_change_word_with_an_object_of_its_own_moves_that_object(judge: Judge) -> None:
    """「担当大使ポスト廃止　平和条約交渉の…」 abolishes a post: the talks, named after the
    word, do not end, and the abolition is an event of its own."""
    title = "日ロ担当大使ポストを廃止　外務省、平和条約交渉の停滞受け"
    lead = (
        "外務省は、北方領土問題を含む平和条約交渉を担ってきた日ロ担当大使のポストを1日付で"
        "廃止した。"
    )
    assert all(move[0] != TALKS for move in _moves(judge, "ja", title, lead))
    assessment = judge.assess(_read("ja", title, lead, FILLER["ja"]))
    assert assessment.alerts
    assert not assessment.changes


def test_a_japanese_change_word_without_an_object_takes_the_matter_after_it(
    judge: Judge,
) -> None:
    """「ロシアが「今回限り」容認　ビザなしで…」: nothing stands before 容認 as its object, so the
    visa-free trip named after it is what is allowed, once."""
    moves = _moves(
        judge,
        "ja",
        "植物学者の四島訪問、ロシアが「今回限り」容認　ビザなしで高山植物調査",
    )
    assert moves == [(VISA_FREE, "once")]


def test_a_modal_right_after_an_english_trigger_is_no_report(judge: Judge) -> None:
    """ "Treaty talks must settle …" says what talks should do, not that they took place."""
    assessment = judge.assess(
        _read(
            "en",
            "Japanese minister says treaty talks must settle the status of all four islands",
            "Japan's foreign minister told parliament on Friday that treaty talks must "
            "settle the ownership of the four islands held by Russia.",
        )
    )
    assert not assessment.alerts


def test_a_termination_no_tracked_matter_names_is_news(judge: Judge) -> None:
    """An office of the dispute abolished for good is news, though no tracked matter is
    named near the word (a halt of such a thing is news only when it undoes an alert)."""
    assessment = judge.assess(
        _read(
            "en",
            "Japan abolishes Kuril Islands liaison office in Nemuro",
            "Japan's Cabinet Office has abolished the liaison office for the Kuril Islands in "
            "Nemuro, which coordinated travel to the disputed islands, officials said on Monday.",
        )
    )
    assert assessment.decision == "new_development"


def test_a_development_remembers_every_kind_of_event_it_reported(judge: Judge) -> None:
    """The first report's headline says "allowed as an exception", its lead a visit; the
    English report a day later says only the exception. It is the same development."""
    first = _read(
        "ja",
        "択捉島に日本の調査団　ロシアが「今回限り」受け入れ　9月上旬、温泉を調査",
        "北海道の地質学者ら7人が9月上旬、択捉島を訪れ温泉の調査を行う。",
        "ロシア側は人道的見地からの例外としている。",
    )
    assessment = judge.assess(first)
    assert assessment.alerts
    learned = judge.with_knowledge(learn_from(assessment, first, 1, judge.knowledge))
    later = learned.assess(
        _read(
            "en",
            "Russia to let Japanese geologists into Iturup as a one-off exception",
            "Seven geologists from Hokkaido will study hot springs on the Russian-held "
            "island in early September; Moscow says visa-free exchanges remain suspended.",
            when=WHEN + dt.timedelta(days=1),
        )
    )
    assert later.decision == "same_development"


def test_a_japanese_noun_of_change_as_a_topic_is_no_move(judge: Judge) -> None:
    """「再開について」, 「再開をめぐり」, 「再開に向けて」: the resumption is what is spoken
    of, not what happened."""
    assert (
        _moves(
            judge,
            "ja",
            "ビザなし交流、政府「見通し示せず」　ロシア側の対応次第",
            "ビザなし交流の再開について、政府関係者は「ロシア側の対応次第だ」と述べた。",
            "北方墓参の再開に向けて、政府は引き続きロシア側に働きかけるとしている。",
        )
        == []
    )


def test_a_programme_named_as_a_thing_is_still_the_matter(judge: Judge) -> None:
    """ "Visa-free travel" is the gazetteer's name of the exchanges themselves (a thing, not
    a league or an office whose name holds the matter's word): restoring it moves them."""
    assessment = judge.assess(
        _read(
            "en",
            "Japan, Russia agree to restore visa-free travel to disputed islands",
            "Japan and Russia agreed on Thursday to restore visa-free travel between the "
            "disputed islands and Hokkaido from next April, the two foreign ministries said.",
        )
    )
    assert [(c.status_id, move_of(c.new.state)) for c in assessment.changes] == [
        (VISA_FREE, "resume")
    ]


# (a hotline is a standing arrangement, news when halted between the two sides: the
# follow-up is shown on a desk the rules have no word for)
HOTLINE_AGREED = (
    "Hokkaido and Russian consulate agree on sea emergency hotline near the southern Kurils",
    "Hokkaido Governor and the Russian Consul General in Sapporo agreed on Monday to set up a "
    "direct hotline for sea emergencies involving fishing boats near the southern Kurils.",
    "The line will be staffed around the clock from next month, the governor said.",
)
RESCUE_DESK_AGREED = (
    "Hokkaido and Russian consulate agree on joint rescue desk near the southern Kurils",
    "Hokkaido Governor and the Russian Consul General in Sapporo agreed on Monday to set up a "
    "joint rescue desk for sea emergencies involving fishing boats near the southern Kurils.",
    "The desk will be staffed around the clock from next month, the governor said.",
)
RESCUE_DESK_SUSPENDED = (
    "Russian consulate in Sapporo suspends joint rescue desk with Hokkaido",
    "The Russian Consulate General in Sapporo has suspended the joint rescue desk for sea "
    "emergencies it ran with Hokkaido, citing Japan's latest sanctions, the consulate said.",
    "Fishermen in Nemuro said they were worried about safety at sea this season.",
)


def test_a_follow_up_that_undoes_an_alert_is_news_without_naming_the_islands(
    judge: Judge,
) -> None:
    """No watch rule matches the suspension (the islands are not named), but it names what
    the alert of last year named, the consulate and the rescue desk, and undoes it."""
    agreed = _read("en", *RESCUE_DESK_AGREED)
    first = judge.assess(agreed)
    assert first.decision == "new_development"
    learned = judge.with_knowledge(learn_from(first, agreed, 1, judge.knowledge))
    later = _read("en", *RESCUE_DESK_SUSPENDED, when=WHEN + dt.timedelta(days=300))
    assessment = learned.assess(later)
    assert assessment.decision == "new_development"
    assert [h.rule for h in assessment.hits] == ["follow-up"]
    # the alert names what it undoes, so a reader sees the old state beside the new
    assert assessment.undoes == (learned.knowledge.developments[-1].id,)


def test_without_the_alert_the_same_story_is_out_of_scope(judge: Judge) -> None:
    """The same story with nothing learned names neither the islands nor the treaty."""
    later = _read("en", *RESCUE_DESK_SUSPENDED, when=WHEN + dt.timedelta(days=300))
    assert judge.assess(later).decision == "off_topic"


def test_a_follow_up_that_undoes_nothing_joins_or_stays_quiet(judge: Judge) -> None:
    """A later report that names the consulate and the hotline but undoes nothing is a
    report of the same development within its days, and no news after them."""
    agreed = _read("en", *HOTLINE_AGREED)
    first = judge.assess(agreed)
    learned = judge.with_knowledge(learn_from(first, agreed, 1, judge.knowledge))
    again = (
        "Russian consulate in Sapporo confirms emergency hotline with Hokkaido",
        "The Russian Consulate General in Sapporo confirmed the direct hotline for sea "
        "emergencies with Hokkaido would be staffed around the clock, the consulate said.",
        "Fishermen in Nemuro welcomed the arrangement before the season.",
    )
    assert learned.assess(_read("en", *again, when=WHEN + dt.timedelta(days=1))).decision == (
        "same_development"
    )
    later = learned.assess(_read("en", *again, when=WHEN + dt.timedelta(days=200)))
    assert later.decision == "restatement"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        # a denial of a report of the move
        (
            "en",
            "Kremlin denies report that diplomats met to restart peace treaty talks with Japan",
            "The Kremlin on Monday denied a newspaper report that Russian and Japanese diplomats "
            "had met in Vienna and agreed to restart peace treaty talks.",
        ),
        (
            "ru",
            "В Кремле опровергли сообщения о возобновлении переговоров о мирном договоре с Японией",
            "Пресс-секретарь президента опроверг сообщения японских СМИ о том, что Россия и "
            "Япония возобновили переговоры о мирном договоре.",
        ),
        # asking someone to press for it, discussing it, offering it
        (
            "en",
            "Nemuro mayor asks Tokyo to press Moscow to allow one-time grave visits",
            "The mayor of Nemuro on Friday asked the government to press Russia to allow former "
            "islanders a one-time visit to family graves on Kunashir this summer.",
        ),
        (
            "en",
            "Japanese and Russian officials discuss restoring visa-free exchanges",
            "Officials of the two foreign ministries met in Tokyo on Tuesday and discussed "
            "restoring visa-free exchanges with the islands, a ministry spokesman said.",
        ),
        (
            "en",
            "Moscow withdraws its offer to resume peace treaty talks with Japan",
            "Russia has withdrawn its offer to resume peace treaty talks with Japan, the "
            "Russian Foreign Ministry said on Wednesday, citing new Japanese sanctions.",
        ),
    ],
)
def test_denied_asked_discussed_or_offered_moves_are_no_moves(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "Denied a report that they agreed to restart", "asked to press Moscow to allow",
    "discussed restoring", "withdrew its offer to resume": the matter did not move."""
    assessment = judge.assess(_read(lang, title, lead))
    assert not assessment.changes


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japan and Russia hold first peace treaty consultations since 2022 in Geneva",
            "Senior diplomats of the two countries met in Geneva on Thursday for consultations "
            "on a peace treaty, the first such meeting since Moscow walked out of the talks.",
        ),
        (
            "ru",
            "Россия и Япония провели первые за четыре года консультации по мирному договору",
            "Заместители министров иностранных дел двух стран встретились в четверг в Женеве, "
            "сообщили в МИД России.",
        ),
        (
            "ja",
            "日ロ、3年半ぶり平和条約協議　ジュネーブで局長級",
            "日本とロシアの両政府は2日、スイスのジュネーブで局長級の平和条約協議を開いた。",
        ),
    ],
)
def test_talks_held_on_a_halted_matter_the_first_since_the_break_resume_it(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """No word of change is said: talks on the treaty held "for the first time since" the
    break are the talks resumed, in each language's way of saying "the first since"."""
    assessment = judge.assess(_read(lang, title, lead, FILLER[lang]))
    assert assessment.decision == "status_change"
    assert [(c.status_id, move_of(c.new.state)) for c in assessment.changes] == [(TALKS, "resume")]


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        # held in the past, dated by its year
        (
            "en",
            "Looking back: Abe and Putin's peace treaty talks",
            "In 2019 the leaders held their first peace treaty talks since the Osaka summit, "
            "officials recalled on Thursday.",
        ),
        # not held: hoped for, ruled out, denied
        (
            "en",
            "Tokyo hopes to hold first peace treaty talks since 2022 this year",
            "Japan hopes to hold the first consultations on a peace treaty since 2022 before "
            "the end of the year, a government spokesman said on Thursday.",
        ),
        (
            "ru",
            "В МИД России исключили первые с 2022 года консультации по мирному договору",
            "Проведение консультаций по мирному договору сейчас невозможно, заявили в МИД "
            "России в четверг.",
        ),
        # the talks mentioned, commented on or discussed, not held
        (
            "en",
            "For the first time since 2022, Moscow comments on peace treaty talks with Tokyo",
            "For the first time since 2022, Russia's foreign ministry commented on peace treaty "
            "talks with Japan in its weekly briefing on Thursday.",
        ),
        (
            "ja",
            "ロシア外務省、3年ぶりに平和条約交渉に言及　定例会見で",
            "ロシア外務省の報道官は2日の定例会見で、3年ぶりに日本との平和条約交渉に言及した。",
        ),
        (
            "en",
            "Tokyo and Moscow hold first talks on restarting peace treaty negotiations since 2022",
            "Diplomats of the two countries held talks in Geneva on Thursday on restarting "
            "negotiations on a peace treaty, officials said.",
        ),
        (
            "ru",
            "Москва и Токио провели консультации о возобновлении переговоров по мирному договору",
            "Дипломаты двух стран провели в четверг в Женеве консультации о возобновлении "
            "переговоров по мирному договору, сообщили в МИД.",
        ),
        # a clause of time: the talks date the sentence
        (
            "en",
            "Officials in Tokyo play down hopes a week on from Geneva",
            "A week after diplomats met in Geneva for the first peace treaty consultations "
            "since 2022, officials in both capitals are playing down expectations.",
        ),
    ],
)
def test_talks_not_held_now_move_nothing(judge: Judge, lang: str, title: str, lead: str) -> None:
    """Talks hoped for, ruled out, recalled, mentioned, held on restarting them, or dating
    the sentence are no resumption."""
    assessment = judge.assess(_read(lang, title, lead, FILLER[lang]))
    assert all(c.status_id != TALKS for c in assessment.changes)


def test_reports_on_resumed_talks_join_the_alert(judge: Judge) -> None:
    """Days after the talks resumed, a piece on the meeting reports no move of its own and
    names the matter the alert moved: it joins that alert."""
    first = _read(
        "en",
        "Japan and Russia hold first peace treaty consultations since 2022 in Geneva",
        "Senior diplomats of the two countries met in Geneva on Thursday for consultations "
        "on a peace treaty, the first such meeting since Moscow walked out of the talks.",
        FILLER["en"],
    )
    alert = judge.assess(first)
    assert alert.decision == "status_change"
    later = judge.with_knowledge(learn_from(alert, first, 1, judge.knowledge))
    report = later.assess(
        _read(
            "en",
            "Japan calls Geneva peace treaty consultations with Russia businesslike",
            "Japanese officials said the peace treaty consultations in Geneva had been "
            "businesslike and that the two sides met for five hours.",
            FILLER["en"],
            when=WHEN + dt.timedelta(days=6),
        )
    )
    assert report.decision == "same_development"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Japan said it had raised the resumption of visa-free exchanges during the "
            "meeting on Thursday.",
        ),
        (
            "ru",
            "Японская сторона подняла вопрос о возобновлении безвизовых обменов, сообщили "
            "в четверг в МИД.",
        ),
    ],
)
def test_a_matter_raised_in_talks_does_not_move(judge: Judge, lang: str, sentence: str) -> None:
    """ "Raised the resumption of …", «подняла вопрос о возобновлении …»: brought up, not
    done."""
    title = (
        "Japan and Russia diplomats meet"
        if lang == "en"
        else "Дипломаты России и Японии встретились"
    )
    assert all(move[0] != VISA_FREE for move in _moves(judge, lang, title, sentence))


def test_a_japanese_change_word_with_its_own_object_after_the_matter_leaves_it(
    judge: Judge,
) -> None:
    """「北方墓参に限りロシア側の入域手続き容認」: what is allowed is the entry procedure,
    the object right before the word; the grave visits named before it only limit it."""
    moves = _moves(judge, "ja", "政府、北方墓参に限りロシア側の入域手続き容認")
    assert all(move[0] != VISITS for move in moves)


def test_a_japanese_measure_of_time_before_the_change_word_is_no_object(judge: Judge) -> None:
    """「北方墓参、5年ぶり再開へ」: 「5年ぶり」 says how long, and the visits resume."""
    assert _moves(judge, "ja", "北方墓参、5年ぶり再開へ　ロシアが受け入れに同意") == [
        (VISITS, "resume")
    ]


def test_a_permission_with_an_object_of_its_own_is_an_exception_not_a_move(
    judge: Judge,
) -> None:
    """「北方墓参に限り…入域手続き容認」: the procedure allowed for grave visits only is an
    exception of its own (news), and the grave visits do not move."""
    assessment = judge.assess(
        _read(
            "ja",
            "北方領土への渡航、政府が自粛要請を緩和　北方墓参に限りロシア側の入域手続き容認",
            "政府は3日の閣議で、北方領土への渡航自粛の要請を一部見直し、元島民の墓参に限って"
            "ロシア側の入域手続きによる渡航を認めることを決めた。",
            FILLER["ja"],
        )
    )
    assert assessment.decision == "new_development"
    assert "exception" in assessment.events
    assert not assessment.changes


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [
        # a noun's «о»: the decision, the statement is about the trips
        ("Захарова прокомментировала решение Токио о поездках бывших жителей островов.", False),
        # a verb's «о»: to agree on restarting is to agree to restart
        ("Путин и премьер Японии договорились о возобновлении поездок бывших жителей.", True),
        # the verb's addressee stands between: still the verb's «о»
        ("МИД уведомил японскую сторону о возобновлении поездок бывших жителей.", True),
        # a decision taken is the act
        ("Правительство приняло решение о возобновлении поездок бывших жителей.", True),
    ],
)
def test_a_russian_noun_about_an_event_makes_it_a_topic(sentence: str, asserted: bool) -> None:
    """«решение о поездках»: the trips are what a decision is about, not a trip made."""
    word = "поездках" if "поездках" in sentence else "возобновлении"
    at = sentence.index(word)
    assert assertion(sentence, "ru", at, at + len(word)).asserted is asserted


def test_a_learned_state_is_said_by_the_ministry_the_report_names(judge: Judge) -> None:
    """The move's sentence names who said it: the state learned from it is said by that
    ministry, not by the outlet that carried the report."""
    page = _read(
        "en",
        "Russia and Japan agree to resume grave visits by former islanders",
        "Russia and Japan agreed on Tuesday to resume regular grave visits by former "
        "residents of the islands, Japan's Foreign Ministry said.",
        FILLER["en"],
    )
    assessment = judge.assess(page)
    assert assessment.decision == "status_change"
    learned = learn_from(assessment, page, 1, judge.knowledge)
    assert learned.statuses[VISITS].status.current.said_by == "Japan's Foreign Ministry"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Resumption of visa-free exchanges with Japan put off to next year",
            "Moscow and Tokyo have postponed the resumption of visa-free exchanges for former "
            "residents of the islands until next year, officials said.",
        ),
        (
            "ru",
            "Возобновление безвизовых обменов с Японией отложено",
            "Возобновление безвизовых обменов с бывшими жителями островов отложено до "
            "следующего года, сообщили в МИД.",
        ),
        (
            "ja",
            "ビザなし交流の再開、来年に延期",
            "日ロ両政府は、元島民らを対象とするビザなし交流の再開を来年に延期した。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_resumption_put_off_is_no_resumption(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "Postponed the resumption", «возобновление отложено», 「再開を延期」: nothing resumed."""
    assert _moves(judge, lang, title, lead) == []


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        (
            "en",
            "Russia resumed visa-free exchanges with Japan, which had been postponed "
            "since the pandemic, the foreign ministry said.",
        ),
        (
            "ru",
            "Россия возобновила безвизовые обмены с Японией, которые были отложены из-за "
            "пандемии, сообщили в МИД.",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_postponement_in_a_relative_clause_leaves_the_move_standing(
    judge: Judge, lang: str, lead: str
) -> None:
    """A relative clause describes what the sentence names: the resumption stands."""
    assert ("visa-free-exchanges", "resume") in _moves(judge, lang, lead)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Defence minister's trip to Iturup postponed",
            "Russia's defence minister has postponed his visit to Iturup, the ministry said.",
        ),
        (
            "ru",
            "Визит министра обороны на Итуруп отложен",
            "Визит министра обороны на Итуруп отложен.",
        ),
        ("ja", "防衛相の択捉島訪問、延期", "ロシアの国防相は択捉島への訪問を延期した。"),
    ],
    ids=["en", "ru", "ja"],
)
def test_an_event_put_off_is_not_reported(judge: Judge, lang: str, title: str, lead: str) -> None:
    """A visit postponed has not happened: no event, no alert."""
    page = _read(lang, title, lead, FILLER[lang])
    assert judge.assess(page).decision != "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia lets former islanders visit graves on Shikotan",
            "Russia allowed 20 former Japanese residents to visit family graves on Shikotan "
            "for the first time since 2022, the Japanese foreign ministry said.",
        ),
        (
            "ru",
            "Бывшим японским жителям разрешили посетить могилы на Шикотане",
            "Россия впервые с 2022 года разрешила группе бывших японских жителей посетить "
            "могилы родственников на Шикотане, сообщили в МИД.",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_permission_first_since_the_break_is_allowed_once(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "Allowed … for the first time since 2022": the halted matter is let happen, once;
    no word says it runs again."""
    assert (VISITS, "once") in _moves(judge, lang, title, lead)


def test_an_agreement_described_as_allowing_moves_nothing(judge: Judge) -> None:
    """ "An agreement allowing Japanese fishermen to operate", with no first and no limit:
    a description, not a permission given."""
    moves = _moves(
        judge,
        "en",
        "Russia and Japan sign accord on Kuril fishing",
        "The accord allowing former islanders to fish near their former homes was signed "
        "in Moscow on Tuesday.",
    )
    assert all(move != "once" for _, move in moves)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Moscow threatens to halt Kuril fishing pact with Japan",
            "Russia threatened on Monday to suspend the fishing agreement for former "
            "islanders near the southern Kuril Islands.",
        ),
        (
            "ru",
            "Москва пригрозила приостановить безвизовые обмены с Японией",
            "Россия пригрозила окончательно прекратить безвизовые обмены с Японией, заявили в МИД.",
        ),
        (
            "ja",
            "北方墓参の再開へ調整　日ロ外務当局",
            "日ロ両政府は北方墓参の再開に向けて準備を進めている。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_threat_or_an_arrangement_in_progress_moves_nothing(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "Threatened to suspend", «пригрозила прекратить», 「再開へ調整」「再開に向けて準備」:
    a move threatened or being arranged has not been made."""
    assert _moves(judge, lang, title, lead) == []


@pytest.mark.parametrize(
    "lead",
    [
        "She described the resumption of grave visits by former islanders as a priority of "
        "Japan's policy toward Russia.",
        "The minister called the restoration of visa-free exchanges the first thing Japan "
        "would ask of Moscow.",
        "Japan will continue to call for the resumption of visa-free exchanges, the report says.",
    ],
)
def test_a_move_characterised_or_called_for_is_not_made(judge: Judge, lead: str) -> None:
    """ "Described the resumption as a priority", "called the restoration the first thing",
    "call for the resumption": the move is spoken of, not made."""
    assert _moves(judge, "en", "Japan sets out its Russia policy", lead) == []


def test_halting_the_arrangement_of_a_matter_halts_the_matter(judge: Judge) -> None:
    """「北方墓参の取り決め停止」: the arrangement the visits are made under is halted, so the
    visits are; a year in brackets after the arrangement (「取り決め（1986年）」) names it and
    does not date the sentence."""
    page = _read(
        "ja",
        "ロシア、北方墓参の取り決め停止を通告",
        "ロシア外務省は3日、北方墓参に関する日ソ間の取り決め（1986年）の効力を停止すると日本側に"
        "通告した。日本の新たな制裁を理由に挙げている。",
        "政府は「断じて受け入れられない」として抗議した。元島民の団体も遺憾の意を表明した。",
    )
    claims = judge.read(page).claims
    assert ("former-residents-visits", "halt") in claims[0].changes
    assert "background" not in claims[1].flags


def test_a_resumption_a_headline_dates_last_summer_is_no_move(judge: Judge) -> None:
    """「…の受け入れ停止を通告　昨夏7年ぶり再開」: the headline's second phrase tells when the
    visits had resumed (昨夏, last summer); it moves nothing. What is halted is the carrying
    out (受け入れ) of the visits, so the visits are what the halt is about."""
    page = _read(
        "ja",
        "ロシア、北方墓参の受け入れ停止を通告　昨夏5年ぶり再開",
        "ロシア外務省は1日、昨年夏に5年ぶりに再開した元島民らの北方墓参について、今年の受け入れを"
        "停止すると日本側に通告した。日本の制裁強化を理由に挙げている。",
        "政府は「極めて遺憾だ」として撤回を求めた。",
    )
    assessment = judge.assess(page)
    assert all(not c.new.state.startswith("resumed") for c in assessment.changes)
    moves = {ch for c in judge.read(page).claims for ch in c.changes}
    assert ("former-residents-visits", "resume") not in moves
    assert ("former-residents-visits", "halt") in moves


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "ビザなし交流、再び停止　ロシアが通告",
            "ロシア外務省は1日、昨年再開した北方四島とのビザなし交流を停止すると日本側に通告した。"
            "日本の追加制裁を理由に挙げている。",
        ),
        (
            "ru",
            "Россия вновь приостановила безвизовые обмены с Японией",
            "МИД России уведомил Токио, что приостанавливает безвизовые обмены с Японией, "
            "возобновлённые в 2025 году, в ответ на новые санкции.",
        ),
        (
            "en",
            "Moscow halts island exchanges with Japan again",
            "Russia on Monday suspended the visa-free exchanges it had restored last year, "
            "pointing to Tokyo's latest round of sanctions.",
        ),
        (
            "en",
            "Moscow halts island exchanges with Japan again",
            "Russia on Monday suspended the visa-free exchanges, which it reinstated in 2025, "
            "pointing to Tokyo's latest round of sanctions.",
        ),
        (
            "en",
            "Moscow halts island exchanges with Japan again",
            "Russia on Monday suspended the visa-free exchanges that the two sides revived in "
            "2025, pointing to Tokyo's latest round of sanctions.",
        ),
        (
            "en",
            "Russia calls off island exchanges, suspending programme it had revived",
            "Russia has called off the visa-free exchanges planned for September and told Tokyo "
            "it was suspending the humanitarian programme it restored in 2025, the Foreign "
            "Ministry said.",
        ),
    ],
    ids=["ja", "ru", "en-contact", "en-which", "en-that", "en-headline-and-noun-for-it"],
)
def test_a_halt_of_what_the_report_says_was_resumed_is_a_move(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The monitor knows the exchanges as ended in 2022; the report itself says they were
    resumed since (「昨年再開した」, «возобновлённые в 2025 году») and are halted now. That
    resumption is news the monitor missed: the halt is a move, from the state the report
    tells."""
    assessment = judge.assess(_read(lang, title, lead, "Tokyo protested."))
    assert assessment.decision == "status_change"
    (change,) = assessment.changes
    assert change.status_id == "visa-free-exchanges"
    assert change.old.state.startswith("resumed")
    assert change.new.state.startswith("halted")


def test_a_subject_after_a_word_of_time_opens_no_clause_of_history(judge: Judge) -> None:
    """ "Last week it restored the exchanges": the word before the subject is no noun the
    clause describes; the sentence's own verb moves the exchanges."""
    lead = (
        "Moscow kept its word: last week it restored the visa-free exchanges with the islands, "
        "the ministry in Tokyo said on Monday."
    )
    moves = _moves(judge, "en", "Island exchanges are back", lead)
    assert ("visa-free-exchanges", "resume") in moves


@pytest.mark.parametrize(
    "lead",
    [
        "Moscow on Monday restored the visa-free exchanges it had suspended in 2022, the "
        "foreign ministry in Tokyo said.",
        "Moscow on Monday restored the visa-free exchanges, which it cancelled in 2022, the "
        "foreign ministry in Tokyo said.",
    ],
)
def test_a_halt_told_of_the_matter_does_not_cancel_its_resumption(judge: Judge, lead: str) -> None:
    """ "Restored the exchanges it had suspended in 2022": the clause that describes the
    exchanges tells how they stood; the sentence's own verb moves them."""
    moves = _moves(judge, "en", "Russia restores island exchanges with Japan", lead)
    assert ("visa-free-exchanges", "resume") in moves
    assert ("visa-free-exchanges", "halt") not in moves


@pytest.mark.parametrize(
    "lead",
    [
        "Russia's foreign ministry sent Tokyo a note last week offering to resume the peace "
        "treaty negotiations it broke off in 2022.",
        "A law that restores visa-free exchanges is awaiting a vote, and Moscow has not yet "
        "lifted the exchanges' suspension, which it announced in 2022.",
    ],
)
def test_an_offer_and_a_clause_describing_a_matter_resume_nothing(judge: Judge, lead: str) -> None:
    """An offer to resume is no resumption, even when the halt it would undo is told in a
    clause of its own; a clause in the present says what a thing does, not its history."""
    page = _read("en", "Moscow and Tokyo: where things stand", lead, "Tokyo will study it.")
    moves = {ch for c in judge.read(page).claims for ch in c.changes}
    assert all(move != "resume" for _, move in moves)
    assert all(not c.recalled for c in judge.read(page).claims)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Officials upbeat on island visits",
            "Japanese officials expect Russia to let former islanders resume visits to the "
            "islands in the autumn, people familiar with the matter said, though nothing has "
            "been agreed.",
        ),
        (
            "en",
            "Hokkaido lawmakers float joint projects",
            "A group of Hokkaido lawmakers proposed on June 1, 2026, that the national "
            "government in Tokyo offer the Russian side a gradual revival of joint economic "
            "activities on the islands as a first step.",
        ),
        (
            "en",
            "Russia lets Japanese families visit graves on Sakhalin once",
            "Russia allowed a one-time grave visit to Sakhalin for a group of Japanese "
            "families, the health ministry in Tokyo said.",
        ),
        (
            "ru",
            "Политолог: безвизовые обмены с Японией вернутся не скоро",
            "Восстановление безвизовых обменов с Японией возможно лишь через несколько лет, "
            "считает политолог из Владивостока.",
        ),
        (
            "ru",
            "В Южно-Курильске пустует гостиница для японских делегаций",
            "Японские делегации не приезжают на остров с тех пор, как Россия прекратила "
            "безвизовые обмены, и гостиница пустует.",
        ),
    ],
    ids=["expect-en", "proposed-that-en", "elsewhere-en", "possible-ru", "since-ru"],
)
def test_an_expected_proposed_elsewhere_possible_or_past_move_is_none(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Expected ("expect Russia to let …"), proposed (with a date's commas between), made
    elsewhere (a grave visit to Sakhalin), possible («возможно лишь через несколько лет») or
    told as the baseline of the sentence («с тех пор, как Россия прекратила …»): no matter
    moves."""
    assert _moves(judge, lang, title, lead) == []


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia to stop accepting Japanese visa-free groups",
            "Russia will no longer accept Japanese groups under the visa-free exchanges it "
            "revived in April, the foreign ministry said on Monday, citing new sanctions.",
        ),
        (
            "ru",
            "Россия больше не будет принимать группы по линии безвизовых обменов",
            "Россия больше не будет принимать японские группы по линии безвизовых обменов, "
            "восстановленных в апреле, заявили в МИД, сославшись на новые санкции.",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_decided_refusal_from_now_on_halts_the_matter(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "Will no longer accept groups under the exchanges", «больше не будет принимать»: a
    refusal decided from now on halts the matter, from the state the report tells."""
    moves = _moves(judge, lang, title, lead)
    assert ("visa-free-exchanges", "halt") in moves


def test_visits_given_back_to_former_japanese_residents_resume_in_russian(judge: Judge) -> None:
    """«Бывшим японским жителям … вернули поездки»: the former Japanese residents named with
    their nationality between, and «вернули» (given back), resume their visits."""
    moves = _moves(
        judge,
        "ru",
        "Бывшим японским жителям Курил вернули поездки на родину",
        "Правительство России распорядилось возобновить поездки бывших японских жителей "
        "южных Курил на острова, сообщили в МИД.",
    )
    assert ("former-residents-visits", "resume") in moves


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Island visits deal stirs talk in Tokyo",
            "The agreement on island visits has revived speculation about peace treaty talks "
            "in Tokyo, though officials say nothing is planned.",
        ),
        (
            "ja",
            "平和条約交渉の再開、ロシアに打診へ　秋の首脳会談視野",
            "政府は、平和条約交渉の再開をロシア側に打診する方向で調整に入った。",
        ),
    ],
    ids=["speculation-en", "sounded-out-ja"],
)
def test_talk_about_a_matter_or_sounding_out_its_resumption_moves_nothing(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "Revived speculation about peace treaty talks": the speculation is what revived.
    「交渉の再開、ロシアに打診へ」: the resumption is what is sounded out (打診), and the talks
    stand as their resumption does."""
    assert _moves(judge, lang, title, lead) == []


def test_a_resumption_told_from_before_the_halt_does_not_reopen_the_matter(judge: Judge) -> None:
    """Exchanges "resumed in 1999" happened before they were ended in 2022: a halt reported
    now is no move from them."""
    page = _read(
        "ru",
        "Россия вновь приостановила безвизовые обмены с Японией",
        "МИД России напомнил, что безвизовые обмены, возобновлённые в 1999 году после перерыва, "
        "приостановлены, и заявил, что приостанавливает их вновь.",
        "В Токио выразили протест.",
    )
    assert judge.assess(page).decision != "status_change"


def test_a_recalled_round_and_a_hope_to_discuss_move_nothing(judge: Judge) -> None:
    """A fragment recalling the round held in March, in October (「3月に…5年ぶりに開かれた
    協議。」), and the former islanders' hope that grave visits would be discussed
    (「再開が話し合われることに望みをつないでいた」): neither moves a matter."""
    page = _read(
        "ja",
        "日ロの平和条約協議、ロシアが中断　元島民に落胆",
        "ロシア外務省は20日、日本との平和条約をめぐる協議を中断すると発表した。",
        "3月にカザフスタン・アスタナで約5年ぶりに開かれた日ロの平和条約締結交渉の協議。"
        "元島民たちは、12月に予定されていた次の協議で北方墓参の再開が話し合われることに望みを"
        "つないでいた。",
        when=dt.datetime(2026, 10, 21, 6, tzinfo=dt.UTC),
    )
    moves = {ch for c in judge.read(page).claims for ch in c.changes}
    assert ("peace-treaty-talks", "resume") not in moves
    assert ("former-residents-visits", "resume") not in moves


def test_a_decision_announced_in_the_russian_present_is_a_move(judge: Judge) -> None:
    """«МИД приостанавливает консультации»: the imperfective present of a decision
    announced halts the talks as the perfective does."""
    page = _read(
        "ru",
        "МИД России приостанавливает консультации с Японией по мирному договору",
        "Российская сторона приостанавливает консультации с Японией по проблематике мирного "
        "договора в ответ на новые санкции, говорится в заявлении МИД.",
        "Следующий раунд не состоится.",
    )
    moves = {ch for c in judge.read(page).claims for ch in c.changes}
    assert ("peace-treaty-talks", "halt") in moves


def test_the_talks_that_resumed_the_talks_join_their_alert_in_another_language(
    judge: Judge,
) -> None:
    """An alert on the talks held again remembers that talks were held: the Russian report of
    the same round hours later joins it."""
    english = _read(
        "en",
        "Russia, Japan hold first peace treaty talks since 2022 in Astana",
        "Russia and Japan held talks on a peace treaty on Tuesday for the first time since "
        "Moscow broke off negotiations four years ago, meeting in the Kazakh capital.",
        "The deputy foreign ministers met for five hours, and the next round is to be held "
        "in Tokyo later in the year.",
    )
    first = judge.assess(english)
    assert first.decision == "status_change"
    learned = judge.with_knowledge(learn_from(first, english, 1, judge.knowledge))
    russian = _read(
        "ru",
        "Руденко и замглавы МИД Японии провели в Астане консультации по мирному договору",
        "Заместитель министра иностранных дел России Андрей Руденко и его японский коллега "
        "провели в Астане консультации по мирному договору, сообщили в МИД РФ.",
        "Следующий раунд пройдёт в Токио.",
        when=WHEN + dt.timedelta(hours=4),
    )
    assert learned.assess(russian).decision == "same_development"
