"""Decisions on pages written for these tests, on the kinds of act the second blind round
of 2026-12-05 showed unread (aid delivered, a matter named by its long name, an import
ban, a wanted list, a leaders' call) and on what only looks like an act (a resolution
that asks, a likelihood, a late predicate of absence, a text "released", a request for
supplies)."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.core.models import FeedItem
from monitor.core.novelty import Judge
from monitor.edges.extract import extract_article

WHEN = dt.datetime(2026, 5, 12, 9, 0, tzinfo=dt.UTC)
# a page needs some length to be read as an article; Japanese packs a lead into few letters
FILLER_JA = "関係者によると、詳しい日程は今後調整するという。地元の根室市も対応を急いでいる。"


def _assess(judge: Judge, lang: str, title: str, *paragraphs: str):  # type: ignore[no-untyped-def]
    if lang == "ja":
        paragraphs = (*paragraphs, FILLER_JA)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()
    url = f"http://news.test/articles/{abs(hash(title))}.html"
    article = extract_article(
        FeedItem("test", url, url, "", "", WHEN), url, page, now=dt.datetime.now(dt.UTC)
    )
    return judge.assess(article)


# ----------------------------------------------------------------------------- acts


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japanese relief cargo reaches flood-hit Iturup",
            "A vessel chartered by Japan's government delivered 12 tonnes of relief supplies, "
            "including drinking water and blankets, to residents of Iturup on Monday after "
            "floods cut off two villages, Sakhalin officials said.",
        ),
        (
            "ru",
            "Итуруп получил гуманитарную помощь из Японии",
            "Жители Итурупа, пострадавшие от наводнения, в понедельник получили гуманитарную "
            "помощь из Японии: судно доставило 12 тонн питьевой воды и одеял, сообщили в "
            "правительстве Сахалинской области.",
        ),
        (
            "ja",
            "択捉島に支援物資12トン　洪水被害で日本政府",
            "日本政府がチャーターした船が11日、洪水で孤立した択捉島の住民向けに飲料水や毛布など"
            "約12トンの支援物資を届けた。",
        ),
    ],
)
def test_relief_delivered_to_the_islands_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Aid handed from one side to the islands' residents is one of the few humanitarian
    acts between the two governments, as remains handed over are."""
    assert _assess(judge, lang, title, lead).decision == "new_development"


def test_a_request_for_relief_supplies_is_no_delivery(judge: Judge) -> None:
    """「支援物資の提供を…実現するよう求めた」: what a noun of an act takes with の stands as
    the act does; the supplies are asked for."""
    assessment = _assess(
        judge,
        "ja",
        "択捉島の洪水被害「早く支援を」　根室市長が国に要望",
        "洪水で択捉島に大きな被害が出たことを受け、根室市長が11日、外務省を訪れ、島の住民への"
        "支援物資の提供を早期に実現するよう求めた。",
    )
    assert assessment.decision == "restatement"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ru",
            "Россия и Япония возобновили совместную хозяйственную деятельность на Курилах",
            "Москва и Токио в среду возобновили совместную хозяйственную деятельность на южных "
            "Курилах, прерванную в 2022 году, сообщил МИД России.",
        ),
        (
            "en",
            "Russia and Japan resume joint economic activities on the disputed islands",
            "Russia and Japan on Wednesday resumed joint economic activities on the southern "
            "Kuril Islands that Moscow broke off in 2022, the Russian foreign ministry said.",
        ),
    ],
)
def test_a_matter_named_by_its_long_name_moves(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The gazetteer's long name of a matter («совместная хозяйственная деятельность») is
    the matter itself, not a longer name that hides it."""
    assessment = _assess(judge, lang, title, lead)
    assert assessment.decision == "status_change"
    assert [(c.status_id, c.new.state.split(":")[0]) for c in assessment.changes] == [
        ("joint-economic-activity", "resumed")
    ]


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japan to bar imports of crab caught off Russian-held islands",
            "Japan will bar imports of crab and sea cucumber caught in waters around the four "
            "Russian-held islands off Hokkaido from April, the cabinet decided on Tuesday.",
        ),
        (
            "ja",
            "北方四島周辺のカニ、輸入を全面禁止　政府が閣議決定",
            "政府は12日の閣議で、北方四島周辺で漁獲されたカニやナマコの輸入を4月から全面禁止する"
            "ことを決めた。",
        ),
    ],
)
def test_an_import_ban_on_the_islands_catch_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    assert _assess(judge, lang, title, lead).decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia puts Japanese mayor on wanted list over Kuril islands campaign",
            "Russia's interior ministry has placed the mayor of Nemuro on its wanted list over "
            "his campaign for the return of the Kuril islands, its public database showed on "
            "Monday.",
        ),
        (
            "ru",
            "МВД объявило в розыск мэра японского Немуро за кампанию по Курилам",
            "МВД России объявило в розыск мэра японского города Немуро за кампанию за передачу "
            "Японии южных Курил, следует из базы данных ведомства.",
        ),
    ],
)
def test_a_wanted_list_is_a_case_against_someone(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    assert _assess(judge, lang, title, lead).decision == "new_development"


def test_the_first_leaders_call_since_the_break_is_news_and_moves_nothing(judge: Judge) -> None:
    """A phone call is talks; "the conditions for resuming the negotiations … were absent"
    denies the resumption at the end of its sentence."""
    assessment = _assess(
        judge,
        "en",
        "Putin and Japan's prime minister hold first phone call since 2022",
        "Russian President Vladimir Putin and Japan's prime minister spoke by telephone on "
        "Monday, their first conversation since Moscow broke off peace treaty talks in 2022.",
        "The Kremlin said Putin told him that the conditions for resuming the peace treaty "
        "negotiations, which Russia halted four years ago, were absent.",
    )
    assert assessment.decision == "new_development"
    assert assessment.changes == ()


# ----------------------------------------------------------------------------- not acts


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Former residents' league calls for grave visits to resume",
            "An association of former residents of the Northern Territories on Sunday adopted "
            "a resolution calling on the government to press Russia for the early resumption "
            "of grave visits to the islands.",
        ),
        (
            "ru",
            "Бывшие жители Курил попросили возобновить поездки на могилы",
            "Японская ассоциация бывших жителей южных Курил в воскресенье приняла резолюцию с "
            "призывом к правительству добиваться скорейшего возобновления посещения могил на "
            "островах.",
        ),
        (
            "ja",
            "元島民団体が大会　墓参再開を要望",
            "北方領土の元島民らでつくる団体は10日、根室市で大会を開き、北方墓参の早期再開を国に"
            "求める決議を採択した。",
        ),
    ],
)
def test_a_resolution_that_asks_is_an_appeal(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Adopting a resolution "calling on" the government asks for what it names."""
    assert _assess(judge, lang, title, lead).decision == "restatement"


def test_a_parliaments_resolution_is_an_act_of_state(judge: Judge) -> None:
    """A legislature's resolution is news, what it demands included."""
    assessment = _assess(
        judge,
        "en",
        "Japan's upper house adopts resolution demanding return of Russian-held islands",
        "Japan's House of Councillors on Tuesday unanimously adopted a resolution demanding "
        "the return of the four Russian-held islands off Hokkaido, drawing a rebuke from "
        "Moscow.",
    )
    assert assessment.decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia unlikely to restore visa-free exchanges before 2028, study says",
            "Russia is unlikely to restore the visa-free exchanges with Japan before 2028, a "
            "Tokyo research institute said in a report published on Tuesday.",
        ),
        (
            "ru",
            "Эксперты: Москва вряд ли возобновит безвизовые обмены с Японией до 2028 года",
            "Россия вряд ли возобновит безвизовые обмены с Японией до 2028 года, говорится в "
            "докладе токийского института, опубликованном во вторник.",
        ),
        (
            "ja",
            "ビザなし交流、28年まで再開しない公算　研究所が報告書",
            "東京の研究所は12日公表の報告書で、ロシアが2028年までビザなし交流を再開する公算は"
            "小さいとの見方を示した。",
        ),
    ],
)
def test_a_likelihood_is_no_move(judge: Judge, lang: str, title: str, lead: str) -> None:
    assessment = _assess(judge, lang, title, lead)
    assert assessment.changes == ()
    assert assessment.decision != "status_change"


def test_a_text_released_is_no_one_set_free(judge: Judge) -> None:
    """ "A transcript released by the embassy": a document published."""
    assessment = _assess(
        judge,
        "en",
        "Russian envoy says no basis for treaty talks while sanctions last",
        "Russia's ambassador in Tokyo said on Monday there was no basis for peace treaty "
        "talks with Japan while its sanctions remained in place.",
        '"Relations are at their lowest point in decades," he said, according to a '
        "transcript released by the embassy on Tuesday.",
    )
    assert assessment.decision == "restatement"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Nemuro's efforts to revive visa-free exchanges have failed, mayor says",
            "The city's attempts to restart visa-free exchanges with residents of the four "
            "Russian-held islands have failed, Nemuro's mayor told the city assembly on Monday, "
            "saying letters to Russian officials had gone unanswered.",
        ),
        (
            "ru",
            "Захарова отказалась обсуждать поездки японцев на Курилы",
            "Официальный представитель МИД России Мария Захарова в понедельник заявила, что "
            "обсуждать эту тему Москва не намерена. Она напомнила, что соглашение о таких "
            "поездках было прекращено Москвой в ответ на санкции Токио.",
        ),
        (
            "ru",
            "В Южно-Курильске открылась выставка о визитах японских делегаций",
            "В краеведческом музее Южно-Курильска открылась фотовыставка о визитах японских "
            "делегаций на Кунашир в 1990-е годы, сообщила администрация района.",
        ),
        (
            "ja",
            "北方領土返還運動の強調月間始まる　根室で街頭署名",
            "8月の北方領土返還運動全国強調月間が1日に始まり、根室市では元島民らが街頭で返還を"
            "求める署名を集めた。",
        ),
        (
            "ja",
            "ロシア外務次官、四島交流の停止は「制裁への対抗措置」",
            "ロシアの外務次官は11日、国営通信のインタビューで、北方四島との訪問の枠組みを停止"
            "したのは日本の制裁への対抗措置だったと説明した。",
        ),
    ],
)
def test_efforts_reminders_topics_and_occasions_are_no_acts(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """What an effort was for; what a spokeswoman recalls; what an exhibition is about; a
    campaign month's street signatures; the act an explanation is about: none is done now."""
    assessment = _assess(judge, lang, title, lead)
    assert assessment.decision in ("restatement", "off_topic", "look_alike")
    assert assessment.changes == ()


def test_a_first_meeting_told_as_the_topic_of_its_firstness_is_news(judge: Judge) -> None:
    """「…会談するのは初めて」: the act the sentence calls the first is reported."""
    assessment = _assess(
        judge,
        "ja",
        "日ロ外務次官が会談　北方領土周辺の安全操業巡り",
        "ロシアが平和条約交渉の停止を通告して以降、日ロの外務次官が対面で会談するのは初めて。"
        "両氏は11日、ウィーンで北方四島周辺の日本漁船の安全操業について協議した。",
    )
    assert assessment.decision == "new_development"


def test_a_city_assemblys_written_opinion_is_an_appeal(judge: Judge) -> None:
    """Only a national legislature's resolution is an act of state: a city assembly's
    written opinion urging the government, its date between, asks."""
    assessment = _assess(
        judge,
        "en",
        "Nemuro assembly urges Tokyo to push Moscow on grave visits",
        "Nemuro's city assembly unanimously adopted a written opinion on Monday, May 11, "
        "urging the national government to press Russia to restore grave visits to the "
        "islands.",
    )
    assert assessment.decision == "restatement"


def test_the_subject_of_a_since_clause_is_its_baseline(judge: Judge) -> None:
    """ "since the visits stopped": the visits open the clause of "since"; nothing is
    visited."""
    assessment = _assess(
        judge,
        "en",
        "Nemuro's exchange ship gets new radar",
        "Nemuro's exchange ship on Monday received a new radar system paid for by the city, "
        "officials in charge of the Kuril islands issue said.",
        "The ship has been used for memorial services at sea since the visits stopped.",
    )
    assert assessment.decision == "restatement"


def test_a_headline_objection_answers_a_move_on_the_islands(judge: Judge) -> None:
    """ "…; Japan objects" is a protest (the verb, not "objects" the noun), news in a
    headline about the islands."""
    assessment = _assess(
        judge,
        "en",
        "Russia asks UN maritime body to approve shipping lanes off Shikotan; Japan objects",
        "A technical filing in London has become the latest front in the dispute over the "
        "southern Kurils.",
        "Japan sent a note to the organisation saying it cannot accept measures that treat "
        "the waters as Russian.",
    )
    assert assessment.decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japan and Russia hold treaty talks in Vienna",
            "Japan and Russia held peace treaty negotiations in Vienna on Tuesday, ending a "
            "suspension that Moscow declared four years ago over Tokyo's sanctions.",
        ),
        (
            "ru",
            "Москва объявила об отмене приостановки переговоров о мирном договоре с Японией",
            "МИД России во вторник объявил об отмене приостановки переговоров о мирном договоре "
            "с Японией, сообщили в ведомстве.",
        ),
        (
            "ja",
            "ロシア、平和条約交渉の中断を解除　外務省に通告",
            "ロシア外務省は12日、平和条約交渉の中断を解除すると日本側に通告した。",
        ),
    ],
)
def test_a_halt_ended_is_a_resumption(judge: Judge, lang: str, title: str, lead: str) -> None:
    """ "ending a suspension", «отмена приостановки», 「中断を解除」: the halt is over."""
    assessment = _assess(judge, lang, title, lead)
    moves = [(c.status_id, c.new.state.split(":")[0]) for c in assessment.changes]
    assert moves == [("peace-treaty-talks", "resumed")]


@pytest.mark.parametrize(
    "title",
    [
        "Are the visa-free exchanges finished? Three questions after Moscow's decision",
        "A door left ajar: reading Russia's offer on the Kuril islands",
    ],
)
def test_a_headline_that_asks_first_or_reads_the_news_is_commentary(
    judge: Judge, title: str
) -> None:
    """A question before the rest of the headline, or a label of reading after its colon,
    marks an explainer or an analysis: not the first report of anything."""
    assessment = _assess(
        judge,
        "en",
        title,
        "Russia on Tuesday suspended the visa-free exchanges with Japan that it had restored "
        "last year, its foreign ministry said in a statement.",
        "Officials in Tokyo called the move regrettable.",
    )
    assert assessment.decision == "restatement"


def test_a_visit_to_a_neighbouring_region_is_no_visit_to_the_islands(judge: Judge) -> None:
    """«во время рабочей поездки в Приморье»: Primorye is off the islands."""
    assessment = _assess(
        judge,
        "ru",
        "Посол Ноздрев: к переговорам о мирном договоре можно вернуться лишь при отказе Токио от "
        "санкций",
        "Возвращение к переговорам о мирном договоре с Японией возможно лишь после отмены "
        "японских санкций, заявил посол России в Японии Николай Ноздрев.",
        "Об этом он сказал журналистам во время рабочей поездки в Приморье.",
    )
    assert assessment.decision == "restatement"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian court rules Shikotan land cannot be sold to foreigners",
            "A Russian court ruled that Shikotan land cannot be sold to foreigners, the "
            "regional government said on Tuesday.",
        ),
        (
            "ru",
            "Суд запретил продажу земли на Шикотане иностранцам",
            "Арбитражный суд Сахалинской области по иску областного правительства постановил, "
            "что земля на Шикотане не может продаваться иностранным покупателям.",
        ),
        (
            "ja",
            "色丹島の土地、外国人への売却認めず　ロシアの裁判所",
            "ロシア・サハリン州の裁判所は11日、北方領土の色丹島の土地を外国人に売却することは"
            "できないとする判断を示した。",
        ),
    ],
)
def test_a_ruling_whose_content_is_negative_is_still_a_ruling(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """What a court rules ("cannot be sold") is its ruling's content; the ruling is made."""
    assert _assess(judge, lang, title, lead).decision == "new_development"


def test_a_court_that_rejects_a_suit_rules(judge: Judge) -> None:
    assessment = _assess(
        judge,
        "en",
        "Tokyo court rejects former islanders' suit over lost property on the Kurils",
        "The Tokyo District Court on Tuesday rejected a damages suit by former residents of "
        "the Russian-held islands who sought compensation from the state for property they "
        "lost in 1945.",
    )
    assert assessment.decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ru",
            "В правительстве области высказались о возобновлении поездок японцев на Курилы",
            "Вице-губернатор Сахалинской области высказался в понедельник о возможном "
            "возобновлении безвизовых обменов с Японией, отметив, что решение за Москвой.",
        ),
        (
            "ru",
            "На Курилах почтили память участников высадки 1945 года",
            "В Южно-Курильске и Курильске в понедельник почтили память участников Курильской "
            "десантной операции, к мемориалам возложили цветы.",
        ),
        (
            "ja",
            "防衛白書、北方領土のロシア軍増強に懸念　新型ミサイル配備も明記",
            "政府は12日の閣議で、2026年版の防衛白書を報告した。北方領土でのロシア軍の活動に"
            "ついて、新型ミサイルの配備などを挙げて懸念を示した。",
        ),
        (
            "en",
            "Japan's white paper flags Russian missile deployments on the Kuril islands",
            "Japan's annual defence white paper, approved by the cabinet on Tuesday, lists "
            "Russia's deployment of new missiles on the Kuril islands among its concerns.",
        ),
    ],
)
def test_talk_about_a_move_memorials_and_yearly_papers_are_no_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """What officials speak about; a day of remembrance; what the yearly white paper
    states."""
    assessment = _assess(judge, lang, title, lead)
    assert assessment.decision in ("restatement", "off_topic")
    assert assessment.changes == ()


def test_what_a_general_meeting_decides_is_news(judge: Judge) -> None:
    """A general meeting is no occasion: what it decides (an association dissolved) is."""
    assessment = _assess(
        judge,
        "ja",
        "元島民の団体、来年3月末で解散へ　総会で決定",
        "北方領土の元島民らでつくる団体は12日、根室市で総会を開き、会員の高齢化を理由に"
        "来年3月末で解散することを決めた。事業は国の関連団体に移管する。",
    )
    assert assessment.decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "First military parade held on Iturup",
            "Russian troops held the first military parade in the history of Iturup on "
            "Tuesday, marching through Kurilsk with armoured vehicles, the district said.",
        ),
        (
            "ru",
            "На Итурупе впервые прошёл военный парад",
            "В Курильске на Итурупе во вторник впервые в истории острова прошёл военный парад, "
            "по улицам проехала бронетехника, сообщили в округе.",
        ),
        (
            "ja",
            "択捉島で初の軍事パレード　装甲車も参加",
            "ロシア軍は11日、北方領土の択捉島で初めてとなる軍事パレードを実施し、装甲車などが"
            "クリリスクの市街地を行進した。",
        ),
    ],
)
def test_the_first_parade_on_the_islands_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    assert _assess(judge, lang, title, lead).decision == "new_development"


def test_the_yearly_victory_day_parade_is_a_ritual(judge: Judge) -> None:
    assessment = _assess(
        judge,
        "en",
        "Kurilsk marks Victory Day with a parade",
        "Residents of Kurilsk on Iturup watched a Victory Day parade on Saturday, as they do "
        "every May 9, with veterans' relatives carrying portraits.",
    )
    assert assessment.decision != "new_development"


def test_a_law_passed_by_a_regional_assembly_is_news(judge: Judge) -> None:
    """Japanese tells a law passed by its vote (可決) and names the law by its level (州法,
    連邦法): both are an act of legislation, as "passed a law" is in English."""
    result = _assess(
        judge,
        "ja",
        "色丹島の集落を「町」に格上げ　サハリン州議会が州法可決",
        "北方領土・色丹島の集落を「町」に格上げする州法が、ロシア・サハリン州議会で14日に可決"
        "された。来年1月に施行される。",
    )
    assert result.decision == "new_development", result.reason


def test_a_headline_naming_a_settlement_of_the_islands_is_about_them(judge: Judge) -> None:
    """Russian regional news names the islands' towns, not the islands: «Малокурильское»
    is Shikotan. A town of the undisputed northern Kurils is not."""
    result = _assess(
        judge,
        "ru",
        "В Малокурильском открыли первый на острове рыбоводный завод",
        "Рыбоводный завод мощностью 30 миллионов мальков в год открыли в селе Малокурильское, "
        "сообщили в областном правительстве во вторник.",
    )
    assert result.decision == "new_development", result.reason
    elsewhere = _assess(
        judge,
        "ru",
        "В Северо-Курильске открыли первый на острове рыбоводный завод",
        "Рыбоводный завод мощностью 30 миллионов мальков в год открыли в Северо-Курильске, "
        "сообщили в областном правительстве во вторник.",
    )
    assert elsewhere.decision == "off_topic", elsewhere.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "定期航路の再開へ交渉を　羅臼町議会、意見書を可決",
            "羅臼町議会は12日の本会議で、国後島との定期航路の早期再開に向けた粘り強い交渉を国に"
            "求める意見書を、賛成多数で可決した。",
        ),
        # considering is no act: "weighs", «прорабатывает»
        (
            "en",
            "Moscow weighs reopening consulate on Kunashir, officials say",
            "Russia is weighing whether to reopen a consular office on Kunashir island, two "
            "officials familiar with the discussions said on Tuesday.",
        ),
        (
            "ru",
            "МИД прорабатывает вопрос о возобновлении консультаций с Японией",
            "Министерство иностранных дел России прорабатывает вопрос о возобновлении "
            "консультаций с Японией по мирному договору, сообщил источник в ведомстве.",
        ),
    ],
)
def test_a_written_opinion_and_a_thing_considered_are_no_acts(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A local assembly's written opinion (意見書) asks whatever it says, passed or not;
    a verb of considering says the act is not decided."""
    result = _assess(judge, lang, title, lead)
    assert not result.alerts, result.reason
    assert not result.changes


def test_an_act_a_span_of_time_before_the_report_is_background(judge: Judge) -> None:
    """'four months after the two sides met' dates the main clause by a meeting that long
    before it: the meeting is no news of this report."""
    result = _assess(
        judge,
        "en",
        "No date set for next round of Japan-Russia fisheries talks",
        "Japan and Russia have not yet agreed when to hold the next round of talks on salmon "
        "quotas, officials said on Friday, five months after the two delegations met in "
        "Moscow.",
    )
    assert not result.alerts, result.reason
