"""Whole decisions on pages written for these tests: the event or status word is there,
but the clause does not assert it (a relative clause, a request, a negated nominal, a
prospect, a quoted wish), and the monitor must not alert; the asserted twin must."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from monitor.core.learning import learn_from
from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge
from monitor.edges.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
WHEN = dt.datetime(2026, 5, 12, 9, 0, tzinfo=dt.UTC)


def _page(lang: str, title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def _read(page: bytes, when: dt.datetime = WHEN, name: str = "x") -> Article:
    url = f"http://news.test/articles/{name}.html"
    return extract_article(
        FeedItem("test", url, url, "", "", when), url, page, now=dt.datetime.now(dt.UTC)
    )


def _decide(judge: Judge, lang: str, title: str, *paragraphs: str) -> str:
    return judge.assess(_read(_page(lang, title, *paragraphs))).decision


FILLER_JA = "関係者によると、詳しい日程は今後調整するという。地元の根室市も対応を急いでいる。"
FILLER_RU = "Подробности стороны пока не раскрывают. В регионе за ситуацией следят внимательно."


def test_japanese_relative_clause_is_no_visit(judge: Judge) -> None:
    """「島を訪れる元島民の墓参」: the verb modifies a noun; nothing is reported as done."""
    decision = _decide(
        judge,
        "ja",
        "北方墓参、ことしも見通し立たず",
        "国後島の墓地を訪れる元島民の北方墓参について、政府は12日、ことしの夏も実施できる"
        "見通しが立っていないと明らかにした。",
        FILLER_JA,
    )
    assert decision == "restatement"


def test_japanese_request_is_no_resumption(judge: Judge) -> None:
    """「再開を強く求めた」: a resumption asked for is not a status move."""
    decision = _decide(
        judge,
        "ja",
        "知事、北方四島交流の再開を国に要望",
        "北海道の知事は12日、北方四島とのビザなし交流の再開をロシア側に働きかけるよう、"
        "国に強く求めた。",
        FILLER_JA,
    )
    assert decision != "status_change"
    assert decision != "new_development"


def test_japanese_asserted_resumption_alerts(judge: Judge) -> None:
    """The twin: 「ビザなし交流を再開することで合意した」 is the move itself."""
    decision = _decide(
        judge,
        "ja",
        "日ロ、北方四島ビザなし交流の再開で合意",
        "日本とロシアの両政府は12日、停止していた北方四島とのビザなし交流を再開することで"
        "合意した。",
        FILLER_JA,
    )
    assert decision == "status_change"


def test_russian_negated_nominal_is_no_resumption(judge: Judge) -> None:
    """«возобновление … не рассматривается»: the noun's predicate is negated."""
    decision = _decide(
        judge,
        "ru",
        "В МИД России исключили скорое возобновление безвизовых обменов с Японией",
        "Возобновление безвизовых обменов между южными Курилами и Японией сейчас не "
        "рассматривается, заявили в МИД России во вторник.",
        FILLER_RU,
    )
    assert decision != "status_change"


def test_russian_request_is_no_resumption(judge: Judge) -> None:
    """«призвал возобновить»: an infinitive under a verb of asking is not done."""
    decision = _decide(
        judge,
        "ru",
        "Японский депутат призвал Москву возобновить безвизовые обмены на Курилах",
        "Депутат парламента Японии призвал Москву возобновить безвизовые обмены с южными "
        "Курилами для бывших жителей островов.",
        FILLER_RU,
    )
    assert decision != "status_change"


def test_russian_asserted_resumption_alerts(judge: Judge) -> None:
    """The twin: «Россия и Япония возобновили безвизовые обмены» is the move itself."""
    decision = _decide(
        judge,
        "ru",
        "Россия и Япония возобновили безвизовые обмены с южными Курилами",
        "Россия и Япония во вторник возобновили безвизовые обмены между южными Курилами и "
        "Японией, приостановленные в 2022 году.",
        FILLER_RU,
    )
    assert decision == "status_change"


def test_english_quoted_wish_in_headline_is_no_visit(judge: Judge) -> None:
    """'Let us go home': a headline quote in single quotes is what someone said."""
    decision = _decide(
        judge,
        "en",
        "'Let us visit the graves on Iturup': elderly islanders appeal to Moscow",
        "NEMURO - Elderly former residents of Iturup on Tuesday asked Moscow to let them "
        "travel to the island's cemeteries, in a letter read out at a rally in Nemuro.",
        "The group said its members are now in their late eighties.",
    )
    assert decision == "restatement"


def test_quoted_name_after_the_islands_is_a_look_alike(judge: Judge) -> None:
    """A ferry «Итуруп» or a 'Shikotan' brand: the topic word is only a quoted name."""
    decision = _decide(
        judge,
        "ru",
        "Верфь в Находке спустила на воду буксир «Итуруп»",
        "Судостроительный завод в Находке во вторник спустил на воду новый портовый буксир "
        "«Итуруп», построенный по заказу местной стивидорной компании.",
        FILLER_RU,
    )
    assert decision == "look_alike"


def test_event_in_a_neighbouring_region_is_not_about_the_islands(judge: Judge) -> None:
    """A plant agreed in Yuzhno-Sakhalinsk, with the Kurils named only as background, is
    not a development of the dispute; the same plant on Kunashir is."""

    def decide(place: str) -> str:
        return _decide(
            judge,
            "en",
            f"Chinese firm signs deal to build fish plant in {place}",
            f"A Chinese company signed an agreement with the {place} administration on Tuesday "
            "to build a fish-processing plant, Russian officials said.",
            "Japan claims the southern Kuril Islands and has objected to foreign investment "
            "in the area.",
        )

    assert decide("Yuzhno-Sakhalinsk") != "new_development"
    assert decide("Kunashir") == "new_development"


def test_first_bilateral_talks_since_the_break_are_news(judge: Judge) -> None:
    """The first talks of the two governments since a break are news, islands named or
    not; talks that are not the first are not, without the islands."""
    first = _decide(
        judge,
        "ja",
        "日ロ外務当局が領事協議 侵攻後初",
        "外務省は12日、日本とロシアの外務当局による領事協議を11日にモスクワで行ったと発表した。",
        "双方は北方領土周辺を含む海域での邦人保護についても意見を交わした。",
    )
    routine = _decide(
        judge,
        "ja",
        "日ロ外務当局が領事協議",
        "外務省は12日、日本とロシアの外務当局による定例の領事協議を11日にモスクワで行ったと"
        "発表した。",
        "双方は北方領土周辺を含む海域での邦人保護についても意見を交わした。",
    )
    assert first == "new_development"
    assert routine != "new_development"


def test_english_request_and_condition_are_no_moves(judge: Judge) -> None:
    """ "asked Moscow to let … visit graves again" and "would return to dialogue if …"
    ask or promise; neither is the move."""
    asked = _decide(
        judge,
        "en",
        "Lawmaker asks Moscow to let former islanders visit family graves again",
        "TOKYO - A Japanese lawmaker on Tuesday asked Moscow to let former residents of the "
        "southern Kurils resume visa-free visits to their family graves on the islands.",
        "He said most of the former islanders are now in their late eighties.",
    )
    would = _decide(
        judge,
        "en",
        "Moscow would return to peace treaty dialogue if Tokyo lifts sanctions, envoy says",
        "MOSCOW - Russia would return to dialogue with Japan on a peace treaty if Tokyo lifted "
        "its sanctions, a Russian envoy said on Tuesday.",
        "The talks were halted in 2022.",
    )
    assert asked != "status_change"
    assert would != "status_change"


def test_russian_anniversary_headline_is_an_occasion(judge: Judge) -> None:
    """«70 лет …» opens an anniversary piece: its history is not news."""
    decision = _decide(
        judge,
        "ru",
        "70 лет Московской декларации: чем закончились переговоры о Курилах",
        "Ровно семьдесят лет назад СССР и Япония подписали в Москве совместную декларацию, "
        "которая прекратила состояние войны и восстановила дипломатические отношения.",
        "Договор о мире, которого ждали тогда, так и не был подписан.",
    )
    assert decision == "restatement"


def test_protest_days_after_a_development_joins_it(judge: Judge) -> None:
    """A protest that reports no cause of its own, two days after an alerted decree, is
    the same development, whatever names the two reports use."""
    decree_page = _page(
        "ru",
        "Путин подписал указ о переименовании трёх мысов на Итурупе",
        "Президент России подписал во вторник указ о переименовании трёх мысов на острове "
        "Итуруп, носивших японские названия.",
        FILLER_RU,
    )
    decree = _read(decree_page, WHEN, "a")
    first = judge.assess(decree)
    assert first.decision == "new_development"
    learned = judge.with_knowledge(learn_from(first, decree, 1, judge.knowledge))
    later = WHEN + dt.timedelta(days=2)
    protest_page = _page(
        "en",
        "Tokyo lodges protest with Moscow over disputed islands",
        "TOKYO - Japan's chief cabinet secretary said on Thursday that Tokyo had lodged a "
        "protest with Moscow through diplomatic channels, calling the step unacceptable.",
        "The islands are claimed by Japan.",
    )
    protest = _read(protest_page, later, "b")
    assert learned.assess(protest).decision == "same_development"


def test_reversing_a_state_learned_weeks_ago_needs_the_story(judge: Judge) -> None:
    """Ten days after talks were learned as resumed, a headline alone saying they are
    halted again does not move them back; the same headline with a body clause does."""
    resumed_page = _page(
        "en",
        "Russia and Japan resume peace treaty talks",
        "MOSCOW - Russia and Japan on Tuesday resumed talks on a peace treaty, halted since "
        "2022, the two foreign ministries said.",
        "The first round was held in Moscow.",
    )
    resumed = _read(resumed_page, WHEN, "a")
    first = judge.assess(resumed)
    assert first.decision == "status_change"
    learned = judge.with_knowledge(learn_from(first, resumed, 1, judge.knowledge))
    later = WHEN + dt.timedelta(days=10)

    def assess(*paragraphs: str) -> str:
        page = _page("en", "Russia suspends peace treaty talks with Japan again", *paragraphs)
        article = _read(page, later, "b")
        return learned.assess(article).decision

    headline_only = assess(
        "The foreign ministry's spokeswoman commented on the matter at a weekly briefing.",
        "Japan's foreign minister said Tokyo was studying the statement.",
    )
    with_body = assess(
        "MOSCOW - Russia has suspended the peace treaty talks with Japan it resumed ten days "
        "ago, the foreign ministry said on Friday.",
        "Japan's foreign minister said Tokyo was studying the statement.",
    )
    assert headline_only != "status_change"
    assert with_body == "status_change"


def test_a_review_reports_its_news_past_the_lead(judge: Judge) -> None:
    """A weekly review whose lead is commentary reports a signing further down, dated this
    week: that is read; the same signing recalled with its year is background."""

    def review(fact: str) -> str:
        return _decide(
            judge,
            "ru",
            "Неделя на Дальнем Востоке: рыба, цены и Курилы",
            "Неделя выдалась насыщенной: регион обсуждал цены на рыбу и северный завоз.",
            "Рыбаки жалуются на дорогое топливо, а перевозчики на нехватку судов.",
            "Губернатор пообещал разобраться с тарифами до конца месяца.",
            "Эксперты спорят, поможет ли это отрасли.",
            "Портовики ждут нового сезона с осторожным оптимизмом.",
            fact,
            "Остальные новости недели касались погоды и дорог.",
        )

    this_week = review(
        "В среду премьер-министр России подписал постановление о строительстве нового "
        "аэропорта на острове Шикотан, сообщили в Министерстве транспорта."
    )
    recalled = review(
        "В 2019 году премьер-министр России подписал постановление о строительстве нового "
        "аэропорта на острове Шикотан, напомнили в Министерстве транспорта."
    )
    assert this_week == "new_development"
    assert recalled != "new_development"


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Concrete and cannons: what the new pier on Shikotan tells us about Moscow"),
        ("en", "Why Russia's new pier on Shikotan matters more than it looks"),
        ("ru", "Что означает новый причал на Шикотане для Москвы и Токио"),
    ],
)
def test_a_headline_that_asks_indirectly_is_commentary(judge: Judge, lang: str, title: str) -> None:
    """ "…: what X tells us", "Why X matters", «Что означает X»: an explainer on the news,
    never its first report, even where its lead names the act."""
    lead = {
        "en": "Russia opened a new pier on Shikotan on Monday, the regional government said.",
        "ru": "В понедельник на Шикотане открыли новый причал, сообщили в правительстве области.",
    }[lang]
    page = _page(lang, title, lead, FILLER_RU if lang == "ru" else "Tokyo protested.")
    assert judge.read(_read(page, WHEN, "q")).commentary


def test_a_column_past_its_lead_on_a_recent_alerts_story_joins_it(judge: Judge) -> None:
    """A column whose own report, found past its lead, names what an alert of the last days
    named comments on that alert's story: it joins the alert, it is not a second one."""
    news_page = _page(
        "ru",
        "Остров Анучина на Курилах передан в аренду под базу марикультуры",
        "Правительство Сахалинской области передало остров Анучина Малой Курильской гряды в "
        "аренду компании "
        "«Курильский гребешок» на 49 лет под базу марикультуры, сообщили в ведомстве.",
        FILLER_RU,
    )
    news = _read(news_page, WHEN, "n")
    first = judge.assess(news)
    assert first.decision == "new_development"
    learned = judge.with_knowledge(learn_from(first, news, 1, judge.knowledge))
    column = _page(
        "en",
        "Cages on a windswept islet: what a small lease says about the Kuril dispute",
        "Seen from Cape Nosappu, the Habomai islets look like green plates on the sea.",
        "Before 1945 a few thousand Japanese gathered kelp there.",
        "Since then they have been almost empty, save for a few border posts.",
        "For Japan they matter more than their size suggests.",
        "Last week the Sakhalin regional government signed a 49-year lease of Anuchina "
        "Island to a scallop farming company, the first such lease on the islets.",
        "Tokyo protested.",
    )
    later = learned.assess(_read(column, WHEN + dt.timedelta(days=2), "c"))
    assert later.decision == "same_development"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "A Russian patrol boat ran aground off Kunashir last December, officials said."),
        ("en", "A Russian patrol boat ran aground off Kunashir last winter, officials said."),
        ("ru", "Пограничный катер сел на мель у Кунашира в декабре прошлого года."),
    ],
)
def test_a_season_or_month_of_last_year_dates_the_sentence(
    judge: Judge, lang: str, sentence: str
) -> None:
    """ "Last December", "last winter", «в декабре прошлого года»: an earlier time, as "last
    year" is; what happened then is background."""
    assert "background" in _title_flags(judge, lang, sentence)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Estonian speaker defends parliament's Kuril resolution",
            "The speaker of Estonia's parliament on Tuesday defended the resolution on the "
            "southern Kuril Islands, saying the vote had been a matter of principle.",
        ),
        (
            "en",
            "Tokyo files a protest every time Russian troops drill on the islands",
            "Japan lodges a protest every time the Russian military holds exercises on the "
            "southern Kuril Islands, officials in Tokyo say.",
        ),
        (
            "ru",
            "Спикер парламента Эстонии отстаивает резолюцию о Курилах",
            "Спикер парламента Эстонии отстаивает принятую резолюцию о южных Курилах, "
            "назвав голосование делом принципа.",
        ),
        (
            "ja",
            "エストニア議長、北方領土決議を擁護",
            "エストニア議会の議長は、北方領土を巡る決議を擁護した。",
        ),
    ],
    ids=["defends-en", "every-time-en", "defends-ru", "defends-ja"],
)
def test_an_act_defended_or_done_every_time_is_no_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Defending or justifying an act speaks of it once it is done; what is done "every
    time" is a habit. Neither reports the act."""
    filler = {"en": "Officials gave no details.", "ru": FILLER_RU, "ja": FILLER_JA}
    assert _decide(judge, lang, title, lead, filler[lang]) not in (
        "new_development",
        "status_change",
    )


@pytest.mark.parametrize(
    ("lang", "title", "plain_title", "lead"),
    [
        (
            "en",
            "Kunashir and Nemuro pupils meet by video for the first time since 2022",
            "Kunashir and Nemuro pupils meet by video",
            "Schoolchildren from Kunashir and the Japanese city of Nemuro held a video meeting "
            "on Thursday, the Sakhalin education ministry said.",
        ),
        (
            "ru",
            "Школьники Кунашира и Немуро впервые за три года поговорили по видеосвязи",
            "Школьники Кунашира и Немуро поговорили по видеосвязи",
            "Ученики школы в Южно-Курильске и их сверстники из Немуро в четверг провели встречу "
            "по видеосвязи, сообщили в министерстве образования области.",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_headline_first_since_a_break_makes_a_weak_event_news(
    judge: Judge, lang: str, title: str, plain_title: str, lead: str
) -> None:
    """A meeting is a weak kind of event; a headline that calls it the first since a break
    makes the lead's report of it news. The same lead under a plain headline is not."""
    filler = {"en": "About twenty pupils took part.", "ru": FILLER_RU}[lang]
    assert _decide(judge, lang, title, lead, filler) == "new_development"
    assert _decide(judge, lang, plain_title, lead, filler) != "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Tokyo cannot confirm report of new radar on Shikotan",
            "Japan's defence ministry said on Monday it had been unable to confirm media "
            "reports that Russia had deployed a new radar on Shikotan.",
        ),
        (
            "ru",
            "В Минобороны Японии не подтвердили данные о радаре на Шикотане",
            "В Минобороны Японии не смогли подтвердить сообщения о том, что Россия разместила "
            "на Шикотане новую радиолокационную станцию.",
        ),
        (
            "en",
            "Tokyo to press Lavrov on treaty talks at regional meeting",
            "Japan's foreign minister will press Sergei Lavrov on the peace treaty talks at a "
            "regional meeting in Jakarta next month, officials said.",
        ),
    ],
    ids=["unconfirmed-en", "unconfirmed-ru", "press-on-en"],
)
def test_an_unconfirmed_report_or_a_topic_pressed_is_no_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """What a report nobody could confirm says did not happen as far as anyone can tell;
    what one presses someone on is asked for."""
    filler = {"en": "Officials gave no details.", "ru": FILLER_RU}[lang]
    assert _decide(judge, lang, title, lead, filler) not in ("new_development", "status_change")


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia pulls out of seabird monitoring programme with Japan",
            "Russia has pulled out of a seabird monitoring programme with Japan covering the "
            "southern Kuril Islands and eastern Hokkaido, the environment ministry in Tokyo "
            "said on Monday.",
        ),
        (
            "ru",
            "Россия вышла из программы сотрудничества с Японией по мониторингу птиц на Курилах",
            "Россия вышла из программы сотрудничества с Японией по мониторингу морских птиц на "
            "южных Курилах, сообщили в Минприроды.",
        ),
        (
            "ja",
            "ロシア、海鳥調査の日ロ協力に復帰　北方四島周辺",
            "環境省は、北方四島周辺の海鳥調査をめぐる日ロの協力にロシアが復帰したと発表した。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_standing_arrangement_of_the_two_countries_left_or_rejoined_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A programme of cooperation between Russia and Japan on the islands, left or rejoined:
    news, though the monitor knew nothing of the programme. A halt that names no such
    arrangement between the two is not news on its own (tested beside it)."""
    filler = {"en": "Researchers said they regretted the step.", "ru": FILLER_RU, "ja": FILLER_JA}
    assert _decide(judge, lang, title, lead, filler[lang]) == "new_development"
    plain = {
        "en": (
            "Island ferry halts sailings for the winter",
            "The ferry between Kunashir and Shikotan has halted its sailings for the winter, "
            "the operator said.",
        ),
        "ru": (
            "Паром между Кунаширом и Шикотаном приостановил рейсы на зиму",
            "Паром между Кунаширом и Шикотаном приостановил рейсы на зиму, сообщил перевозчик.",
        ),
        "ja": (
            "国後・色丹間のフェリー、冬季運休",
            "国後島と色丹島を結ぶフェリーが冬季の運航を停止した。",
        ),
    }[lang]
    assert _decide(judge, lang, *plain, filler[lang]) != "new_development"


def test_a_halt_reported_days_later_in_another_language_joins_its_alert(judge: Judge) -> None:
    """The programme left, reported in Russian and, two days later, in English: one story,
    though the two reports share no name the gazetteer knows."""
    first_page = _page(
        "ru",
        "Россия вышла из программы сотрудничества с Японией по мониторингу птиц на Курилах",
        "Россия вышла из программы сотрудничества с Японией по мониторингу морских птиц на "
        "южных Курилах, сообщили в Минприроды.",
        FILLER_RU,
    )
    first = _read(first_page, WHEN, "r")
    alert = judge.assess(first)
    assert alert.decision == "new_development"
    learned = judge.with_knowledge(learn_from(alert, first, 1, judge.knowledge))
    later = _page(
        "en",
        "Russia quits seabird pact with Japan off disputed islands",
        "Russia has pulled out of a programme with Japan to monitor seabirds around the "
        "southern Kuril Islands, officials in Tokyo said.",
        "Researchers said they regretted the step.",
    )
    assessed = learned.assess(_read(later, WHEN + dt.timedelta(days=2), "e"))
    assert assessed.decision == "same_development"


@pytest.mark.parametrize(
    "title",
    [
        "Шестьдесят лет без мирного договора: что говорят историки",
        "Семьдесят лет спустя: как живут Курилы после войны",
    ],
)
def test_an_anniversary_with_its_years_spelled_out_is_an_occasion(judge: Judge, title: str) -> None:
    """«Шестьдесят лет без …»: the years written out make an anniversary as digits do."""
    lead = "В Москве прошла конференция историков, посвящённая дате, сообщили организаторы."
    page = _page("ru", title, lead, FILLER_RU)
    assert judge.read(_read(page, WHEN, "y")).commentary


def test_a_matters_move_is_remembered_as_a_halt_or_a_lifting(judge: Judge) -> None:
    """An alert on a move remembers it as a halt or a lifting too: a report that names the
    matter another way reads it as one, and joins it."""
    page = _page(
        "en",
        "Russia restores visa-free exchanges with Japan",
        "Russia has restored the visa-free exchanges with Japan, the foreign ministry said "
        "on Tuesday.",
        "Tokyo welcomed the step.",
    )
    article = _read(page, WHEN, "v")
    assessment = judge.assess(article)
    assert assessment.decision == "status_change"
    knowledge = learn_from(assessment, article, 1, judge.knowledge)
    assert "reversal" in knowledge.developments[-1].events


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "政府、色丹島の水産会社を制裁対象に",
            "政府は、北方領土の色丹島で水産加工を手がけるロシア企業2社を資産凍結の制裁対象に"
            "加えると発表した。",
        ),
        (
            "en",
            "Russia building new pier for warships on Kunashir, Japan says",
            "Russia has begun building a pier able to take warships at Yuzhno-Kurilsk on "
            "Kunashir, Japan's Defense Ministry said, citing satellite images.",
        ),
    ],
    ids=["sanctions-ja", "building-en"],
)
def test_a_firm_put_on_a_sanctions_list_and_building_under_way_are_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """「制裁対象に」 puts a firm under sanctions; "has begun building" is construction
    under way."""
    filler = {"en": "Tokyo protested.", "ja": FILLER_JA}[lang]
    assert _decide(judge, lang, title, lead, filler) == "new_development"


def test_sands_are_not_the_kremlin_spokesman(judge: Judge) -> None:
    """«песков» is "of sands" as well as Peskov: the bare word names no one, the spokesman
    is named by his name and title or at the head of a sentence."""

    def names(text: str) -> set[str]:
        return {h.concept for h in judge.matcher.find(text) if h.concept == "@peskov"}

    assert not names("Компания получила право на добычу титаномагнетитовых песков на Итурупе.")
    assert names("Песков: вопрос о Курилах закрыт.")
    assert names("Об этом заявил пресс-секретарь президента Дмитрий Песков.")


def test_a_speech_that_gives_sentences_is_no_court(judge: Judge) -> None:
    """ "Russia got two sentences" (of a speech) is no sentencing; "sentences him to" is."""

    def rulings(text: str) -> bool:
        return any(h.concept == "event.ruling" for h in judge.matcher.find(text))

    assert not rulings("Russia got two sentences in the prime minister's speech.")
    assert rulings("A court in Yuzhno-Kurilsk sentences the captain to a fine.")


def test_repeated_acts_are_acts_and_a_repeated_position_is_restated(judge: Judge) -> None:
    """ "Made repeated low passes over a patrol boat" reports the passes; "repeated its call"
    repeats a position."""
    passes = _decide(
        judge,
        "en",
        "Russian helicopter buzzes Japanese patrol boat off Shikotan",
        "A Russian military helicopter made repeated low passes over a Japan Coast Guard "
        "patrol boat off Shikotan on Sunday, the coast guard said.",
        "Tokyo said it was checking the report.",
    )
    assert passes == "new_development"

    def restates(text: str) -> bool:
        return any(h.concept == "cue.restate" for h in judge.matcher.find(text))

    assert restates("Tokyo repeated its call for the return of the islands.")
    assert not restates("A helicopter made repeated low passes over the boat.")


def _title_flags(judge: Judge, lang: str, title: str) -> list[str]:
    page = _page(lang, title, title, FILLER_RU if lang == "ru" else FILLER_JA, FILLER_JA)
    article = _read(page, WHEN, "a")
    return judge.read(article).claims[0].flags


def test_a_year_that_names_an_accord_is_not_background(judge: Judge) -> None:
    """ "the 1993 protocol", «протокола 1993 года», 1993年の協定 name documents: the
    sentence still reports this week's act; a bare earlier year dates it in the past."""
    for lang, title in {
        "en": "On Tuesday Moscow declared the 1993 protocol on Kuril fishing void.",
        "ru": "Во вторник Москва объявила недействительным действие протокола 1993 года.",
        "ja": "ロシアは27日、1993年の協定の破棄を通告した。",
    }.items():
        assert "background" not in _title_flags(judge, lang, title), lang
    past = _title_flags(judge, "en", "In 1993 Moscow declared the protocol on Kuril fishing void.")
    assert "background" in past
    # a word or two may stand between the year and the document: "the 1993 crab protocol"
    for title in (
        "Moscow withdraws from 1993 crab fishing protocol with Tokyo",
        "On Tuesday Moscow declared the 1993 Soviet-Japanese protocol on Kuril fishing void.",
    ):
        assert "background" not in _title_flags(judge, "en", title), title
    # but not an article or a subject: "in 1993 the protocol was signed" is dated
    past = _title_flags(judge, "en", "In 1993 the protocol on Kuril fishing was signed in Tokyo.")
    assert "background" in past


def test_a_late_cause_joins_the_protest_alerted_before_it(judge: Judge) -> None:
    """Feeds deliver out of order: a protest alerted first, then the report of what it
    protests, published the day before, is the same development."""
    later = WHEN + dt.timedelta(days=1)
    protest_page = _page(
        "en",
        "Tokyo lodges protest with Moscow over disputed islands",
        "TOKYO - Japan's chief cabinet secretary said on Thursday that Tokyo had lodged a "
        "protest with Moscow through diplomatic channels, calling the step unacceptable.",
        "The islands are claimed by Japan.",
    )
    protest = _read(protest_page, later, "b")
    first = judge.assess(protest)
    assert first.decision == "new_development"
    learned = judge.with_knowledge(learn_from(first, protest, 1, judge.knowledge))
    cause_page = _page(
        "ru",
        "Путин подписал указ о переименовании трёх мысов на Итурупе",
        "Президент России подписал во вторник указ о переименовании трёх мысов на острове "
        "Итуруп, носивших японские названия.",
        FILLER_RU,
    )
    cause = _read(cause_page, WHEN, "a")
    assert learned.assess(cause).decision == "same_development"


def test_english_verb_that_denies_its_complement(judge: Judge) -> None:
    """ "refrained from lodging a protest": the protest was not lodged."""
    decision = _decide(
        judge,
        "en",
        "Tokyo refrains from protest over Russian naval visit to Iturup",
        "Japan's government refrained from lodging a protest over a Russian destroyer's call "
        "at Iturup last week, saying it was still gathering information.",
        "The ministry said it was watching the situation closely.",
    )
    assert decision != "new_development"


def test_english_indirect_question_is_no_move(judge: Judge) -> None:
    """ "asked whether there was any chance of reviving the visits": a question, not a move."""
    decision = _decide(
        judge,
        "en",
        "Lawmaker presses minister on former islanders' grave visits",
        "A lawmaker from Hokkaido asked the foreign minister whether there was any chance of "
        "reviving grave visits by former residents of the islands this summer.",
        "The minister said Japan would keep raising the matter with Moscow.",
    )
    assert decision != "status_change"


def test_a_court_ruling_and_a_survey_are_events(judge: Judge) -> None:
    """Two kinds of events the islands' news carries: a court's ruling, a survey at sea."""
    ruling = _decide(
        judge,
        "ru",
        "Суд обязал вернуть японскому кладбищу на Итурупе прежние границы",
        "Арбитражный суд Сахалинской области обязал администрацию Курильского округа "
        "восстановить прежние границы участка японского кладбища на Итурупе.",
        FILLER_RU,
    )
    survey = _decide(
        judge,
        "en",
        "Russian research vessel maps seabed off Kunashir",
        "A Russian navy research vessel has completed a seabed survey of the waters off "
        "Kunashir, the Pacific Fleet said on Tuesday.",
        "New navigation charts are to follow.",
    )
    assert (ruling, survey) == ("new_development", "new_development")


def test_a_year_that_names_a_past_meeting_does_not_date_the_news(judge: Judge) -> None:
    """「2000年の東京宣言の交渉記録」 names a past thing; the ruling on it is today's news.
    The twin, a year saying when the clause happened, leaves the sentence in the past."""
    ruling = _decide(
        judge,
        "ja",
        "平和条約交渉の記録、開示命じる判決　2001年イルクーツク声明めぐり　大阪地裁",
        "2001年のイルクーツク声明をめぐる日ロ交渉の記録について、大阪地裁は3日、"
        "国に一部の開示を命じる判決を言い渡した。",
        FILLER_JA,
    )
    past = _decide(
        judge,
        "en",
        "Leaders agreed in 2001 to speed up peace treaty talks, Irkutsk papers show",
        "In 2001, the leaders agreed in Irkutsk to accelerate peace treaty talks on the basis "
        "of the 1956 declaration, according to papers published by historians on Tuesday.",
        "The papers add detail to a well-known episode.",
    )
    assert ruling == "new_development"
    assert past not in ("new_development", "status_change")


def test_a_yearly_deal_on_last_years_terms_is_routine(judge: Judge) -> None:
    """The yearly fishing round concluded 「昨年と同水準」: no development. The same talks
    concluded on new terms after a year without a deal are news."""
    routine = _decide(
        judge,
        "ja",
        "歯舞群島周辺のウニ漁、日ロ民間交渉が妥結　来月から出漁",
        "北方領土・歯舞群島周辺で根室の漁業者が行うウニ漁について、北海道の漁業団体とロシア側の"
        "民間交渉が2日、妥結した。",
        "採取料や操業条件は昨年と同水準で、漁は来月から始まる見通し。",
    )
    assert routine != "new_development"


def test_a_scientists_expedition_is_no_survey_of_the_dispute(judge: Judge) -> None:
    """Volcanologists' expedition to the islands: science, not a navy's survey."""
    decision = _decide(
        judge,
        "en",
        "Geologists set off on expedition to study Iturup hot springs",
        "A team of geologists from a Moscow institute has set off on a three-week expedition "
        "to Iturup and Kunashir to sample hot springs and map lava fields, the institute said.",
        "The team plans to publish its findings next year.",
    )
    assert decision != "new_development"


def test_a_refusal_that_breaks_a_routine_for_the_first_time_is_news(judge: Judge) -> None:
    """ "not renewed … for the first time since 1995": the refusal is what happened. The
    next year's report of the same state, dated last year, is not news."""
    first = _decide(
        judge,
        "en",
        "Russia declines to renew Habomai sea urchin deal, first season without one since 1995",
        "Russia has declined to sign this year's agreement allowing Nemuro boats to take sea "
        "urchins near the Habomai islets, the first season without a deal since 1995, the "
        "Hokkaido fisheries federation said on Tuesday.",
        "The boats were due to sail next month.",
    )
    later = _decide(
        judge,
        "en",
        "Nemuro urchin fleet still waiting on Moscow",
        "Last year Russia declined to sign the Habomai sea urchin agreement, the first season "
        "without a deal since 1995, and no talks have been held since.",
        "Fishermen say they are preparing their boats anyway.",
    )
    assert first == "new_development"
    assert later != "new_development"


def test_a_condition_after_the_move_makes_it_a_promise(judge: Judge) -> None:
    """ "prepared to return to the talks if Tokyo drops its sanctions", «вернётся …, если»:
    the condition follows the move and still governs it; the unconditional twin moves."""
    english = _decide(
        judge,
        "en",
        "Moscow would restart peace treaty talks with Tokyo if sanctions end, minister says",
        "Russia's deputy foreign minister said Moscow stands prepared to return to peace "
        "treaty negotiations with Japan if Tokyo lifts its sanctions first.",
        "He did not say when that might happen.",
    )
    russian = _decide(
        judge,
        "ru",
        "Россия вернётся к переговорам о мирном договоре, если Япония снимет санкции",
        "Замминистра иностранных дел заявил, что Москва вернётся к переговорам о мирном "
        "договоре с Японией, если Токио откажется от санкций.",
        FILLER_RU,
    )
    twin = _decide(
        judge,
        "en",
        "Russia and Japan restart peace treaty talks in Moscow",
        "Russia and Japan restarted peace treaty negotiations in Moscow on Tuesday, the two "
        "foreign ministries said in a joint statement.",
        "The next round is planned for the autumn.",
    )
    assert english != "status_change"
    assert russian != "status_change"
    assert twin == "status_change"


def test_a_yearly_round_called_off_breaks_the_routine(judge: Judge) -> None:
    """ "calls off the annual talks", «отменила ежегодную сессию», 「年次会合を中止」: the
    yearly round of the fisheries arrangements called off is news; "annual" there names the
    round, it does not restate. The annual report that repeats a halt is not news."""
    english = _decide(
        judge,
        "en",
        "Moscow cancels annual fisheries commission meeting with Tokyo",
        "Russia has cancelled this year's meeting of the joint fisheries commission with "
        "Japan, leaving Japanese trawlers without quotas in Russian waters, officials said.",
        "No reason was given.",
    )
    russian = _decide(
        judge,
        "ru",
        "Россия отменила ежегодную сессию рыболовной комиссии с Японией",
        "Росрыболовство уведомило японскую сторону, что ежегодная сессия комиссии по "
        "рыболовству в этом году проведена не будет.",
        FILLER_RU,
    )
    japanese = _decide(
        judge,
        "ja",
        "ロシア、日ロ漁業委員会の年次会合を中止　日本漁船は来年ロシア水域で操業できず",
        "ロシア連邦漁業庁は12日、日ロ漁業委員会の会合を今年は開かないと日本側に通知した。",
        FILLER_JA,
    )
    report = _decide(
        judge,
        "en",
        "Annual foreign policy report says peace treaty talks remain halted",
        "Japan's annual foreign policy report says the peace treaty talks with Russia, which "
        "Moscow halted in 2022, remain suspended.",
        "The report repeats last year's wording.",
    )
    assert (english, russian, japanese) == ("new_development",) * 3
    assert report not in ("new_development", "status_change")


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia stops licensing Japanese crab boats in Kuril waters",
            "Russia's fisheries agency has suspended the crab fishing quotas it gave Japanese "
            "boats in its exclusive economic zone off the Kuril Islands, the agency said.",
        ),
        (
            "ru",
            "Росрыболовство прекратило выдачу японским судам квот на краба у Курил",
            "Росрыболовство приостановило выделение японским судам квот вылова краба в "
            "исключительной экономической зоне России у Курильских островов.",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_part_of_the_fisheries_arrangements_halted_off_the_islands_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A part of the fisheries arrangements halted is news whether or not the sentence also
    names the islands whose waters it concerns."""
    filler = "Tokyo called the step regrettable." if lang == "en" else FILLER_RU
    assert _decide(judge, lang, title, lead, filler) == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian Pacific Fleet sets up air-defence regiment on Kunashir",
            "Russia's Pacific Fleet has set up a new air-defence regiment on Kunashir, its "
            "press service said on Tuesday.",
        ),
        (
            "ru",
            "На Кунашире сформирован зенитный ракетный полк",
            "В составе гарнизона на Кунашире сформирован новый зенитный ракетный полк, сообщили "
            "в пресс-службе Восточного военного округа.",
        ),
        (
            "ja",
            "ロシア軍、国後島に防空連隊を新編",
            "ロシア東部軍管区は、国後島に防空連隊を新編したと発表した。",
        ),
        (
            "en",
            "Russian fighters intercept Japanese patrol plane near Kunashir",
            "Two Russian fighter jets intercepted a Japanese maritime patrol aircraft off "
            "Kunashir on Monday, Russia's Defence Ministry said.",
        ),
        (
            "ru",
            "Истребители перехватили японский самолёт у Итурупа",
            "Российские истребители перехватили японский патрульный самолёт у Итурупа, сообщили "
            "в Минобороны.",
        ),
        (
            "en",
            "Russia opens criminal case against Hokkaido activist over Kuril campaign",
            "Russian investigators opened a criminal case against a Hokkaido activist over his "
            "campaign for the return of the Kuril Islands, the Investigative Committee said.",
        ),
        (
            "ru",
            "СК возбудил уголовное дело против японского активиста из-за Курил",
            "Следственный комитет возбудил уголовное дело против японского активиста, "
            "выступавшего за передачу Японии Курильских островов.",
        ),
        (
            "en",
            "Russia forms militia detachment of islanders on Shikotan",
            "Russia has formed a territorial defence detachment of about 80 residents on "
            "Shikotan, the Eastern Military District said on Friday.",
        ),
        (
            "ru",
            "На Шикотане создан отряд территориальной обороны из местных жителей",
            "На Шикотане создан добровольческий отряд территориальной обороны, в него вошли "
            "около 80 жителей острова, сообщили в Восточном военном округе.",
        ),
        (
            "ja",
            "択捉島沖でロシア艦が巡視船にレーダー照射",
            "海上保安庁は、択捉島沖でロシア海軍の艦艇が巡視船に火器管制レーダーを照射したと"
            "発表した。",
        ),
        (
            "en",
            "Russian helicopter buzzes Japanese patrol boat off Shikotan",
            "A Russian military helicopter made several low passes over a Japan Coast Guard "
            "patrol boat off Shikotan on Sunday, the coast guard said.",
        ),
        (
            "ja",
            "歯舞群島沖でロシア警備艇が漁網切断",
            "歯舞群島沖で操業中の根室の漁船2隻の漁網が、ロシアの警備艇に切断されたことが分かった。",
        ),
    ],
    ids=[
        "unit-en",
        "unit-ru",
        "unit-ja",
        "intercept-en",
        "intercept-ru",
        "case-en",
        "case-ru",
        "detachment-en",
        "detachment-ru",
        "radar-ja",
        "low-passes-en",
        "nets-ja",
    ],
)
def test_a_unit_formed_an_interception_and_a_criminal_case_are_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A military unit formed on the islands is a deployment, an aircraft intercepted off
    them is force used, a criminal case opened over the dispute is a court's act."""
    filler = {"en": "Tokyo said it was checking the report.", "ru": FILLER_RU, "ja": FILLER_JA}
    assert _decide(judge, lang, title, lead, filler[lang]) == "new_development"


def test_a_year_in_a_clause_describing_a_noun_dates_that_noun(judge: Judge) -> None:
    """ "the agreement that the two governments signed in 2025", «соглашения, которое
    стороны подписали в 2025 году», 「昨年署名した…協定」: the year dates the agreement, not
    its suspension reported now. Where the only act is in that clause ("who was 11 when
    troops landed on Shikotan in 1945"), it is what the sentence tells: background."""
    english = _decide(
        judge,
        "en",
        "Russia suspends fisheries agreement with Japan",
        "Russia has suspended the fisheries agreement with Japan that the two governments "
        "signed in 2025, Japan's Fisheries Agency said on Tuesday.",
        "No reason was given.",
    )
    russian = _decide(
        judge,
        "ru",
        "Россия приостановила рыболовное соглашение с Японией",
        "Россия приостановила действие соглашения о рыболовстве с Японией, которое стороны "
        "подписали в 2025 году, сообщили в Росрыболовстве во вторник.",
        FILLER_RU,
    )
    japanese = _decide(
        judge,
        "ja",
        "ロシア、日ロ漁業協定の履行停止を通告",
        "水産庁は12日、ロシア政府から、昨年署名した日ロ漁業協定の履行を停止するとの通告を"
        "受けたと発表した。",
        FILLER_JA,
    )
    memoir = _decide(
        judge,
        "en",
        "Former Habomai islander, 90, writes book about his village",
        "Kenji Sato, who was 10 when Soviet troops landed on the Habomai islets in 1945, has "
        "written a book about his village, with maps of its lanes drawn from memory.",
        "He took part in the visa-free exchanges before Russia ended them in 2022.",
    )
    assert (english, russian, japanese) == ("new_development",) * 3
    assert memoir not in ("new_development", "status_change")


def test_a_second_infinitive_of_a_request_is_requested_too(judge: Judge) -> None:
    """ "asked the minister to press Russia to let … visit graves and to restore the
    exchanges": "and to" joins one more thing asked for; nothing moves. Asked of nobody,
    the restoration reported is a move."""
    asked = _decide(
        judge,
        "en",
        "Nemuro mayor asks Tokyo to push Moscow on former islanders' trips",
        "The mayor of Nemuro on Monday asked the foreign minister to press Russia to let "
        "former residents of the islands visit family graves and to restore the visa-free "
        "exchange programme.",
        "The minister said Japan would keep raising the matter with Moscow.",
    )
    assert asked not in ("new_development", "status_change")


def test_a_move_named_as_a_goal_is_no_move(judge: Judge) -> None:
    """ "adding that the resumption of visits to family graves … was a top priority": the
    resumption is what she wants, not what happened."""
    decision = _decide(
        judge,
        "en",
        "Premier vows to keep pressing Moscow on the islands at Tokyo rally",
        "The prime minister told a rally in Tokyo on Saturday that Japan would keep seeking a "
        "resolution of the territorial issue, adding that the resumption of visits to family "
        "graves by former islanders was a top priority.",
        "About 1,200 people attended, organisers said.",
    )
    assert decision not in ("new_development", "status_change")


def test_a_year_in_a_russian_participle_phrase_dates_the_noun(judge: Judge) -> None:
    """«по безвизовой схеме, прекращённой в 2022 году»: the year dates the scheme's end,
    not the trip allowed now; the same year in the main clause dates the sentence."""
    title = "Японские школьники побывали на Шикотане по безвизовой схеме"
    now = (
        "Россия в порядке исключения разрешила поездку японских школьников на Шикотан по "
        "безвизовой схеме, прекращённой в 2022 году, сообщили в МИД Японии во вторник."
    )
    then = (
        "В 2022 году Россия в порядке исключения разрешила поездку японских школьников на "
        "Шикотан по безвизовой схеме, сообщили в МИД Японии."
    )
    assert _decide(judge, "ru", title, now, FILLER_RU) in ("new_development", "status_change")
    lead_now = judge.read(_read(_page("ru", title, now, FILLER_RU))).claims[1]
    lead_then = judge.read(_read(_page("ru", title, then, FILLER_RU))).claims[1]
    assert (lead_now.past, lead_then.past) == (False, True)


def test_once_only_in_japanese_with_do(judge: Judge) -> None:
    """「一度限り容認」 is 「1回限り」: an exception, news."""
    decision = _decide(
        judge,
        "ja",
        "色丹島の発電所修理へ技術者が渡航　ロシアがビザなし交流の枠組みで一度限り容認",
        "日本の支援で建設された色丹島の発電所を修理するため、日本人技術者5人が12日、"
        "ビザなし交流の枠組みで同島に渡航した。ロシア側が一度限りの措置として受け入れた。",
        FILLER_JA,
    )
    assert decision in ("new_development", "status_change")


def test_a_view_shared_is_no_agreement(judge: Judge) -> None:
    """「…との見方で一致した」: experts agreed in a view, nobody signed anything; 「…で合意
    した」 is an accord."""
    view = _decide(
        judge,
        "ja",
        "平和条約交渉、再開は当面困難　専門家が見解",
        "日ロ関係の専門家3人が12日、都内で記者会見し、平和条約交渉の再開について「当面は"
        "困難だ」との見方で一致した。",
        FILLER_JA,
    )
    assert view not in ("new_development", "status_change")


def test_an_annual_rally_is_an_occasion(judge: Judge) -> None:
    """ "… at annual rally": the resolution the rally adopts every year is its ritual."""
    decision = _decide(
        judge,
        "en",
        "Premier pledges to press on with islands issue at annual rally",
        "The prime minister told the annual national rally in Tokyo on Saturday that Japan "
        "would keep seeking a resolution of the territorial issue with Russia.",
        "The rally, held every year on Northern Territories Day, adopted a resolution "
        "calling for the return of the four islands.",
    )
    assert decision not in ("new_development", "status_change")


def test_an_alert_on_a_headline_tells_the_news_with_its_lead(judge: Judge) -> None:
    """Only the headline reports the break; the alert's new claims give the lead's first
    sentence, which tells it in full, not a sentence of what is done as a rule."""
    page = _read(
        _page(
            "en",
            "Russia calls off annual fisheries talks with Japan",
            "Russia has told Japan it will not convene this year's session of the fisheries "
            "commission that sets catch quotas in each other's 200-mile zones, officials said.",
            "Japanese and Russian officials normally meet in November or December to fix the "
            "following year's quotas under a 1984 agreement on fishing in each other's zones.",
        )
    )
    assessment = judge.assess(page)
    assert assessment.decision == "new_development"
    texts = [c.text for c in assessment.new_claims]
    assert any("200-mile zones" in t for t in texts)
    assert not any("normally meet" in t for t in texts)


def test_disputed_islands_of_another_dispute_are_not_the_kurils(judge: Judge) -> None:
    """ "Disputed islands" is a description other disputes share: in a story that names
    neither Russia, the treaty nor an island of the chain it is someone else's islands; in
    one that names Russia it is the Kurils."""
    elsewhere = _decide(
        judge,
        "en",
        "Seoul protests as Japanese survey ship nears disputed islets; Tokyo summons envoy",
        "South Korea lodged a protest with Japan on Tuesday after a Japanese hydrographic "
        "survey ship sailed close to the Dokdo islets, which Japan calls Takeshima, and "
        "Tokyo summoned the Korean ambassador over a naval drill near the disputed islands.",
        "Both governments said they would keep talking about fisheries in the area.",
    )
    assert elsewhere in ("off_topic", "look_alike")
    ours = _decide(
        judge,
        "en",
        "Russia deploys new coastal missile battalion on disputed islands",
        "Russia's Eastern Military District said on Tuesday it had deployed a new coastal "
        "missile battalion to the disputed islands north of Hokkaido, drawing a protest from "
        "Japan.",
    )
    assert ours == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia denies entry to head of former islanders' association",
            "Russian border guards refused entry to the chairman of a Japanese association of "
            "former islanders at Yuzhno-Sakhalinsk airport on Tuesday and sent him back to "
            "Tokyo, the association said.",
        ),
        (
            "ru",
            "Главе объединения бывших японских жителей отказали во въезде в Россию",
            "Пограничники во вторник отказали во въезде в Россию председателю японского "
            "объединения бывших жителей островов, прилетевшему в Южно-Сахалинск, сообщило "
            "объединение.",
        ),
        (
            "ja",
            "元島民の語り部活動に補助金　政府が新制度を閣議決定",
            "政府は12日、北方領土問題の啓発強化策をまとめた。元島民の高齢化を受けて、語り部"
            "活動を担う子や孫の団体に補助金を交付する新たな制度を設ける法改正を閣議で決定した。",
        ),
    ],
)
def test_a_measure_for_the_islands_former_residents_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The former residents are the islands' own people: a measure taken for or against
    them is of the dispute, though the sentence names no island."""
    assert _decide(judge, lang, title, lead) == "new_development"


def test_former_residents_asking_again_is_no_news(judge: Judge) -> None:
    """Their standing wish, repeated, is no measure."""
    decision = _decide(
        judge,
        "en",
        "Former islanders again urge Tokyo and Moscow to restore grave visits",
        "Former islanders on Tuesday again urged the Japanese and Russian governments to let "
        "them visit family graves on the islands, repeating a call they make every year.",
    )
    assert decision == "restatement"
