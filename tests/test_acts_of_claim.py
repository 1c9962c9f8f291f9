"""Acts by which one side disposes of what the other claims, and readings that are not
reports: rights auctioned or granted and place names put on maps are news; a visit to a
town facing the islands is no visit to them; a phrase of circumstance ("with X halted",
"amid X") reports nothing; a look-alike named in any Russian case is a look-alike.
Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.learning import learn_from
from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)


def _read(lang: str, title: str, *paragraphs: str, when: dt.datetime = WHEN) -> Article:
    return article(lang, title, *paragraphs, when=when)


def _events(judge: Judge, page: Article) -> set[str]:
    return {e for c in judge.read(page).claims for e in c.events}


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Moscow puts gold deposit on Kunashir up for auction",
            "Russia's subsoil agency has put a gold deposit on Kunashir up for auction, with "
            "bids due in December, the agency said on Monday.",
        ),
        (
            "ru",
            "Участок недр на Шикотане выставлен на торги",
            "Федеральное агентство по недропользованию объявило аукцион на право пользования "
            "недрами на Шикотане, сообщили в ведомстве.",
        ),
        (
            "ja",
            "色丹島の金鉱床で採掘権を入札へ　ロシア当局",
            "ロシアの地下資源庁は、北方領土の色丹島にある金鉱床の採掘権を入札にかけると発表した。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_rights_auctioned_on_the_islands_are_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Subsoil rights put up for auction or tender on an island: a concession, in each
    language."""
    page = _read(lang, title, lead, "Japan has not yet commented.")
    assert "concession" in _events(judge, page)
    assert judge.assess(page).decision == "new_development"


def test_an_auction_named_as_a_wish_reports_nothing(judge: Judge) -> None:
    """ "could put … up for auction": a possibility, not an auction held."""
    page = _read(
        "en",
        "Russian official says Kuril deposits could be put up for auction one day",
        "A regional official said the deposits on Iturup could be put up for auction if "
        "investors showed interest, but no decision had been taken.",
    )
    assert judge.assess(page).decision != "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japan adds Ainu-era place names to its official maps of Shikotan",
            "Japan's mapping agency has added 40 historical place names to its official maps "
            "of Shikotan, officials said on Friday.",
        ),
        (
            "ja",
            "国後島の旧地名、地形図に掲載へ　国土地理院",
            "国土地理院は、北方領土の国後島にあった集落の地名を新たに地形図に掲載すると発表した。",
        ),
    ],
    ids=["en", "ja"],
)
def test_place_names_put_on_maps_are_news(judge: Judge, lang: str, title: str, lead: str) -> None:
    """Names for the islands' places put on official maps: an act of naming."""
    page = _read(lang, title, lead, "Russia has not yet commented.")
    assert "naming" in _events(judge, page)
    assert judge.assess(page).decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japanese minister visits Nemuro, repeats treaty stance to Kuril islanders",
            "The minister visited Nemuro on Saturday and told former residents of the Kuril "
            "islands that Japan's position on the treaty is unchanged.",
        ),
        (
            "ja",
            "官房長官が根室市を訪問　北方領土の元島民と懇談",
            "官房長官は13日、根室市を訪れ、北方領土の元島民らと懇談した。"
            "領土問題を解決して平和条約を締結するという政府の方針に変わりはないと述べた。",
        ),
        (
            "ru",
            "Губернатор Сахалина прибыл во Владивосток и обсудил развитие Курил",
            "Губернатор Сахалинской области прибыл во Владивосток, где обсудил развитие Курил.",
        ),
    ],
    ids=["en", "ja", "ru"],
)
def test_a_visit_to_a_town_facing_the_islands_is_no_visit_to_them(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The visit's destination is a place off the islands; the islands are only named."""
    page = _read(lang, title, lead)
    assert "visit" not in _events(judge, page)
    assert judge.assess(page).decision != "new_development"


def test_a_visit_to_the_islands_from_such_a_town_is_still_one(judge: Judge) -> None:
    """ "flew from Nemuro … and visited Kunashir": the visit goes to the island."""
    page = _read(
        "en",
        "Russian minister visits Kunashir, first cabinet trip to the island this year",
        "Russia's agriculture minister visited Kunashir on Saturday, inspecting a fish "
        "processing plant in Yuzhno-Kurilsk.",
    )
    assert "visit" in _events(judge, page)


@pytest.mark.parametrize(
    "lead",
    [
        "With visits to the islands halted and fishing quotas cut, the town's shops are closing.",
        "Amid the suspension of visa-free exchanges, former residents of Kunashir gathered "
        "in the town hall to share photographs.",
    ],
    ids=["with", "amid"],
)
def test_a_phrase_of_circumstance_reports_nothing(judge: Judge, lead: str) -> None:
    """What an absolute phrase or an "amid" phrase names is the setting of the sentence."""
    page = _read("en", "A Hokkaido town looks across at the Kurils", lead)
    assert judge.assess(page).decision not in ("new_development", "status_change")


def test_a_look_alike_in_any_russian_case(judge: Judge) -> None:
    """«на Курильском озере»: the Kamchatka lake in the prepositional case is a look-alike."""
    page = _read(
        "ru",
        "На Курильском озере начали учёт медведей",
        "Учёные начали учёт медведей на Курильском озере на юге Камчатки.",
    )
    assert judge.assess(page).decision in ("look_alike", "off_topic")


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian tanker runs aground off Shikotan, fuel reaches Hokkaido shore",
            "A Russian tanker ran aground off Shikotan on Tuesday and fuel from its tanks has "
            "reached the coast of Hokkaido, Japan's coast guard said.",
        ),
        (
            "ja",
            "色丹島沖でロシアのタンカー座礁　根室の海岸に重油漂着",
            "北方領土の色丹島沖でロシアのタンカーが座礁し、流れ出た重油が根室の海岸に漂着した。"
            "海上保安庁が回収を急いでいる。",
        ),
    ],
    ids=["en", "ja"],
)
def test_a_spill_off_the_islands_is_news(judge: Judge, lang: str, title: str, lead: str) -> None:
    """A ship aground and its fuel crossing to the other side: an accident both must face."""
    page = _read(lang, title, lead, "Russia has not yet commented.")
    assert "accident" in _events(judge, page)
    assert judge.assess(page).decision == "new_development"


def test_a_rescue_at_sea_is_no_accident_of_the_dispute(judge: Judge) -> None:
    """A fisherman pulled from the water near the islands is no spill or grounding."""
    page = _read(
        "en",
        "Russian border guards rescue Japanese fisherman near Kunashir",
        "Russian border guards rescued a Japanese fisherman who fell from his boat near "
        "Kunashir on Sunday and handed him over to the Japan Coast Guard.",
    )
    assert "accident" not in _events(judge, page)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "色丹島の住民の救急搬送、日ロが口上書を交換",
            "日ロ両政府は、北方領土の色丹島の急患を根室の病院に搬送する手続きについて、"
            "口上書を交換した。外務省が発表した。搬送は根室市内の病院が受け入れ、"
            "費用は日本側が負担する。",
        ),
        (
            "ru",
            "Россия и Япония обменялись нотами о вывозе больных с Шикотана",
            "Россия и Япония обменялись нотами о порядке вывоза тяжелобольных жителей Шикотана "
            "в больницы Хоккайдо, сообщил МИД.",
        ),
    ],
    ids=["ja", "ru"],
)
def test_an_exchange_of_notes_is_an_agreement(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Notes exchanged between the two governments settle something: an agreement."""
    page = _read(lang, title, lead)
    assert "agreement" in _events(judge, page)


def test_a_note_handed_over_is_no_agreement(judge: Judge) -> None:
    """「口上書を手渡し」: one side's note delivered is a notice, not notes exchanged."""
    page = _read(
        "ja",
        "ロシア、色丹島の漁業協定の運用変更を口上書で通告",
        "ロシア外務省は在モスクワ日本大使館に口上書を手渡し、北方領土の色丹島周辺での"
        "漁業の手続きを変更すると通告した。",
    )
    assert "agreement" not in _events(judge, page)


def test_for_the_first_time_in_russian_needs_no_since(judge: Judge) -> None:
    """«впервые» alone marks an event as the first of its kind, as "for the first time" does."""
    page = _read(
        "ru",
        "На Шикотане впервые построили причал для круизных судов",
        "На Шикотане впервые построили причал, способный принимать круизные суда, сообщили "
        "в администрации округа.",
    )
    assert any(c.first_since for c in judge.read(page).claims)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian envoy in Tokyo: sanctions buried treaty talks with Japan",
            "Russia's ambassador in Tokyo said on Thursday that Japan had made dialogue on a "
            "peace treaty impossible by joining Western sanctions over Ukraine.",
        ),
        (
            "ru",
            "Посол России в Токио: переговоры о мирном договоре Япония сделала бессмысленными",
            "Посол России в Японии заявил в четверг, что Токио своими санкциями лишил смысла "
            "диалог о мирном договоре.",
        ),
        (
            "ja",
            "「条約交渉、日本が壊した」と駐日ロシア大使",
            "駐日ロシア大使は11日、記者会見で、対ロ制裁に加わった日本が平和条約を巡る交渉を"
            "壊したと述べた。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_talks_in_a_headline_that_gives_someones_words_are_no_talks_held(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "X: …" and 「…」と X give what someone said; the treaty talks in it are what the words
    are about, not talks held."""
    page = _read(lang, title, lead, "The ministry did not comment further.")
    assert judge.assess(page).decision == "restatement"


def test_talks_held_in_a_headline_of_its_own_voice_are_still_news(judge: Judge) -> None:
    """The same talks reported in the headline's own voice, held for the first time since
    the break, are news."""
    page = _read(
        "en",
        "Japan and Russia hold first peace treaty talks since 2022 in Moscow",
        "Japanese and Russian deputy foreign ministers held talks on a peace treaty in Moscow "
        "on Thursday, the first such round since Russia halted the dialogue in 2022.",
        "Both sides described the meeting as frank.",
    )
    assert judge.assess(page).alerts


def test_a_japanese_headline_counting_years_is_an_anniversary(judge: Judge) -> None:
    """「ビザなし交流開始30年」: years counted at the end of a headline's phrase mark an
    anniversary piece; 「3年ぶり」 still marks a first since a break."""
    anniversary = _read(
        "ja",
        "ビザなし交流開始30年　根室で元島民ら記念の集い",
        "北方四島とのビザなし交流が始まって30年となり、根室市で元島民らが記念の集いを開いた。"
        "参加者は交流の再開を求める決議を採択した。",
        "ビザなし交流は2022年からロシア側が停止している。",
    )
    assert judge.read(anniversary).sentences[0].of("cue.occasion")
    assert judge.assess(anniversary).decision == "restatement"
    again = _read(
        "ja",
        "日ロ外務次官が平和条約協議、4年ぶり　モスクワで",
        "日本とロシアの外務次官がモスクワで平和条約を巡る協議を行った。協議は4年ぶり。",
        "双方は協議の継続で一致した。外務省によると、協議では漁業や元島民の墓参についても"
        "意見を交わし、次回の日程は外交ルートで調整するという。",
    )
    assert not judge.read(again).sentences[0].of("cue.occasion")


BANS = {
    "en": (
        "Japan to ban imports of crab caught off the disputed islands",
        "Japan will ban imports of crab and sea urchin caught by Russian firms in the waters "
        "off the four Russian-held islands from January, the trade ministry said on Monday.",
        "Importers will need certificates of where the catch was taken.",
    ),
    "ru": (
        "Япония вводит запрет на ввоз краба, выловленного у южных Курил",
        "Япония с января вводит запрет на ввоз краба и морского ежа, выловленных российскими "
        "компаниями у южных Курил, сообщило министерство экономики Японии.",
        "Импортёры должны будут подтверждать место вылова.",
    ),
    "ja": (
        "北方四島周辺産のカニ、1月から輸入禁止　経産省",
        "経済産業省は、ロシア企業が北方四島周辺の水域で漁獲したカニやウニについて、1月から"
        "輸入を禁止すると発表した。",
        "輸入業者には漁獲場所の証明書の提出を求める。根室市の加工業者からは原料不足を"
        "懸念する声が上がっている。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_trade_ban_over_the_islands_is_a_sanction(judge: Judge, lang: str) -> None:
    """An import ban on what is caught around the islands is a measure imposed, like an
    entry ban: news in a headline about the islands, in each language."""
    page = _read(lang, *BANS[lang])
    assert "sanctions" in _events(judge, page)
    assert judge.assess(page).alerts


def test_the_same_ban_reported_hours_later_in_another_language_is_one_story(
    judge: Judge,
) -> None:
    """The English report names nothing specific (no place, no person): the Japanese report
    of the same kinds of event the same day cannot be told from it and joins its alert; two
    days later it would be news of its own."""
    english = _read("en", *BANS["en"])
    first = judge.assess(english)
    assert first.alerts
    assert not first.signature
    learned = judge.with_knowledge(learn_from(first, english, 1, judge.knowledge))
    later = WHEN + dt.timedelta(hours=5)
    japanese = learned.assess(_read("ja", *BANS["ja"], when=later))
    assert japanese.decision == "same_development"
    days_later = WHEN + dt.timedelta(days=2)
    assert learned.assess(_read("ja", *BANS["ja"], when=days_later)).alerts


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Moscow senator says resuming peace treaty talks with Japan is pointless",
            "Resuming negotiations on a peace treaty with Japan while Tokyo keeps adding "
            "sanctions is pointless, a senior Russian senator said on Tuesday.",
        ),
        (
            "ru",
            "Сенатор назвал бессмысленным возобновление переговоров с Японией",
            "Возобновление переговоров о мирном договоре с Японией, пока Токио вводит новые "
            "санкции, лишено всякого смысла, заявил сенатор.",
        ),
        (
            "ja",
            "露上院議員、平和条約交渉の再開は無意味と主張",
            "ロシア上院の議員は、日本が制裁を続ける中で平和条約交渉を再開することは"
            "無意味だと述べた。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_move_called_pointless_is_not_made(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "Pointless", «лишено смысла», 「無意味」 deny a change as "impossible" does: the talks
    do not resume."""
    page = _read(lang, title, lead, "Japan's foreign ministry declined to comment.")
    assessment = judge.assess(page)
    assert not assessment.changes
    assert not assessment.alerts


def test_a_japanese_headline_naming_the_speaker_before_the_quote_gives_words(
    judge: Judge,
) -> None:
    """「上川外相「方針変わらず」　対ロ交渉、再開のめど立たず」: who speaks, then the words; the
    talks it names are not talks held."""
    page = _read(
        "ja",
        "林官房長官「平和条約締結の方針不変」　対ロ交渉、再開見通せず",
        "林芳正官房長官は10日の記者会見で、北方領土問題を解決して平和条約を締結するという"
        "政府の方針に変わりはないと述べた。",
        "ロシア側は2022年に平和条約交渉の継続を拒否しており、交渉再開の見通しは立っていない。",
    )
    assert judge.assess(page).decision == "restatement"


MORE = {
    "en": "Residents had long asked for it, the local newspaper reported.",
    "ru": "Жители давно просили об этом, писала местная газета.",
    "ja": "住民から長く要望が出ていたと地元紙が伝えた。"
    "関係者によると、詳しい日程は明らかにされていない。",
}


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Shikotan gets its first bank branch as ferry service starts",
            "A state bank has started operations on Shikotan, the first branch of any bank on "
            "the island, regional authorities said on Friday.",
        ),
        (
            "ru",
            "На Шикотане заработало первое отделение банка",
            "На Шикотане начало работу первое на острове отделение банка, сообщили в "
            "правительстве Сахалинской области.",
        ),
        (
            "ja",
            "色丹島に初の銀行支店　ロシア国営銀行が営業開始",
            "ロシアの国営銀行が北方領土の色丹島に支店を開設した。島で銀行の支店が設けられるのは初めて。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_the_first_of_its_kind_opened_on_the_islands_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """An opening, or a service that starts running, is local news unless it is the first
    of its kind on the islands, said in its own sentence or in the headline."""
    page = _read(lang, title, lead, "Officials in Tokyo declined to comment.", MORE[lang])
    assert judge.assess(page).decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "New kindergarten opens on Kunashir",
            "A kindergarten for 120 children opened in Yuzhno-Kurilsk on Kunashir on Monday, "
            "the district administration said.",
        ),
        (
            "ru",
            "На Кунашире открылся новый детский сад",
            "В Южно-Курильске на Кунашире начал работу детский сад на 120 мест, сообщили в "
            "администрации округа.",
        ),
        (
            "ja",
            "国後島に新しい幼稚園",
            "北方領土の国後島の古釜布に定員120人の幼稚園が開設された。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_another_opening_on_the_islands_stays_local_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """An opening that is not the first of its kind, nor of a port, an airfield or a link,
    changes nothing in the dispute."""
    page = _read(lang, title, lead, "It was paid for from the federal budget.", MORE[lang])
    assert judge.assess(page).decision != "new_development"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Russian carrier Avia-Vostok began flights from Khabarovsk to Kunashir on Monday."),
        ("ru", "Авиакомпания начала выполнять рейсы из Хабаровска на Кунашир."),
        ("ja", "ロシアの航空会社がハバロフスクと国後島を結ぶ路線に就航した。"),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_service_that_starts_running_is_an_opening(
    judge: Judge, lang: str, sentence: str
) -> None:
    """Flights begun, a route first flown: a service that starts running is read as an
    opening (and flights to the islands as a link: infrastructure)."""
    page = _read(lang, sentence, "No further details were given.", MORE[lang])
    assert _events(judge, page) & {"construction", "infrastructure"}


@pytest.mark.parametrize(
    "lead",
    [
        "The first deputy governor of Sakhalin opened a kindergarten on Kunashir on Monday.",
        "A kindergarten opened on Kunashir in the first week of September.",
    ],
)
def test_first_that_ranks_a_person_or_a_time_is_no_first_of_its_kind(
    judge: Judge, lead: str
) -> None:
    """Ranks and times ("first deputy", "the first week"), not the first of a kind."""
    page = _read("en", "Kindergarten opens on Kunashir", lead, "It has 120 places.")
    assert judge.assess(page).decision != "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Duma passes law renaming islet off Shikotan",
            "The State Duma passed a law on Wednesday renaming an islet of the Lesser Kuril "
            "Chain after a Soviet naval commander.",
        ),
        (
            "ru",
            "Госдума переименовала остров Малой Курильской гряды",
            "Государственная дума приняла закон о присвоении острову Малой Курильской гряды "
            "имени советского адмирала.",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_russian_state_body_makes_the_islands_russias_business(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The State Duma acting on the islands is Russia acting on them, though the page
    never says "Russia"."""
    page = _read(lang, title, lead, MORE[lang])
    assert judge.assess(page).decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Kunashir court fines Japanese skipper for crab poaching",
            "A court on Kunashir fined the captain of a Japanese fishing boat 3 million roubles "
            "for catching crab in Russian waters, Russian border guards said.",
        ),
        (
            "ru",
            "Суд на Кунашире оштрафовал японского капитана",
            "Южно-Курильский районный суд оштрафовал капитана японской шхуны на 3 млн рублей "
            "за незаконный вылов краба.",
        ),
        (
            "ja",
            "日本漁船の船長に罰金刑　国後島の裁判所",
            "北方領土の国後島の裁判所は、日本漁船の船長に300万ルーブルの罰金を科した。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_fine_imposed_by_a_court_is_a_ruling(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A fine is a court's ruling, in each language."""
    page = _read(lang, title, lead, MORE[lang])
    assert "ruling" in _events(judge, page)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia blocks Japanese websites on the Kuril Islands",
            "Russia's media regulator has blocked access to two Japanese government websites "
            "about the Kuril Islands, the regulator's register shows.",
        ),
        (
            "ru",
            "Роскомнадзор заблокировал японские сайты о «северных территориях»",
            "Роскомнадзор ограничил доступ к двум японским сайтам о Курильских островах, "
            "следует из реестра ведомства.",
        ),
        (
            "ja",
            "ロシア、北方領土の政府サイトを遮断",
            "ロシアの通信当局が、北方領土に関する日本政府のウェブサイトへの閲覧を遮断した。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_websites_blocked_over_the_islands_are_a_sanction(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Blocking the other side's websites on the islands is a measure against it, and
    Russian scare quotes around «северных территориях» name no look-alike."""
    page = _read(lang, title, lead, MORE[lang])
    assert "sanctions" in _events(judge, page)
    assert judge.assess(page).decision == "new_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia to require Japanese boats to report position near Kunashir",
            "Russia's border service will require Japanese fishing boats to report their "
            "position by radio within five miles of Kunashir from May, it said.",
        ),
        (
            "ru",
            "Пограничники обязали японские суда сообщать о подходе к Кунаширу",
            "Пограничное управление обязало японские рыболовные суда сообщать по радио о "
            "подходе к Кунаширу ближе чем на пять миль.",
        ),
        (
            "ja",
            "国後島付近で日本漁船に位置通報を義務付け　ロシア",
            "ロシアの国境警備当局は、国後島付近で操業する日本漁船に無線での位置通報を義務付けた。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_requirement_imposed_is_a_legal_act(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A new obligation put on the other side's boats near the islands is a legal act."""
    page = _read(lang, title, lead, MORE[lang])
    assert "legislation" in _events(judge, page)


AGREED_IN_JUNE = (
    "Tokyo says no date yet for treaty consultations with Moscow",
    "Japan said on Monday that it agreed with Russia in June on consultations that would "
    "restart their peace treaty dialogue, but no date had been set.",
)


def test_an_event_dated_in_its_clause_by_a_month_gone_is_background(judge: Judge) -> None:
    """ "Agreed in June", read in September: the agreement is what the story refers back to.
    Read in July, June is last month: a late report may still be the news."""
    september = _read(
        "en", *AGREED_IN_JUNE, MORE["en"], when=dt.datetime(2026, 9, 14, tzinfo=dt.UTC)
    )
    assert "agreement" not in _events(judge, september)
    july = _read("en", *AGREED_IN_JUNE, MORE["en"], when=dt.datetime(2026, 7, 2, tzinfo=dt.UTC))
    assert "agreement" in _events(judge, july)


def test_a_month_that_dates_a_participle_or_comes_with_its_year_leaves_the_event(
    judge: Judge,
) -> None:
    """«приостановленного в феврале» dates the suspension, not the restoration the sentence
    reports; "since March 2022" is a baseline, which the year already dates."""
    when = dt.datetime(2026, 9, 14, tzinfo=dt.UTC)
    ru = _read(
        "ru",
        "Пограничники возобновили порядок укрытия японских судов у Шикотана",
        "Пограничное управление возобновило порядок укрытия японских судов у Шикотана, "
        "приостановленного в феврале, сообщили в ведомстве.",
        MORE["ru"],
        when=when,
    )
    assert not judge.read(ru).claims[1].past
    en = _read(
        "en",
        "Japan and Russia hold first treaty talks since 2022",
        "Japanese and Russian diplomats met on Kunashir for the first peace treaty "
        "negotiations since Moscow broke off the talks in March 2022.",
        MORE["en"],
        when=when,
    )
    assert "talks" in _events(judge, en)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Will Russia let former islanders back to Kunashir this summer?",
            "Former residents of Kunashir are waiting to hear whether Russia will allow grave "
            "visits this summer, after it allowed a single trip in 2025.",
        ),
        (
            "ru",
            "Что будет с безвизовыми обменами на Курилах?",
            "Безвизовые обмены между Курилами и Японией возобновились в 1992 году и "
            "прекратились в 2022-м. Разбираемся, что их ждет.",
        ),
        (
            "ja",
            "北方墓参は再開されるのか　元島民に焦り",
            "元島民の北方墓参は2022年から止まったままだ。国後島への墓参を望む声は強い。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_headline_that_asks_is_no_report(judge: Judge, lang: str, title: str, lead: str) -> None:
    """A question headline, with or without its question mark (「…のか」), heads a piece
    that asks: no move, no event, no alert."""
    page = _read(lang, title, lead, MORE[lang])
    assert judge.assess(page).decision not in ("new_development", "status_change")


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "The defence ministry denied reports that S-500 systems were deployed on Iturup."),
        ("ru", "В Минобороны опровергли сообщения о размещении систем С-500 на Итурупе."),
    ],
    ids=["en", "ru"],
)
def test_a_denial_of_reports_of_an_event_reports_no_event(
    judge: Judge, lang: str, lead: str
) -> None:
    """ "Denied reports that … were deployed", «опровергли сообщения о размещении»."""
    page = _read(lang, "Ministry on reports about Iturup", lead, MORE[lang])
    assert "deployment" not in {
        e for c in judge.read(page).claims if c.reports_event for e in c.events
    }


@pytest.mark.parametrize(
    ("lang", "title", "lead", "kind"),
    [
        (
            "en",
            "Russia bars 12 Japanese from entering over Kuril campaign",
            "Russia has barred 12 Japanese citizens from entering the country over their "
            "campaign for the return of the Kuril Islands, the foreign ministry said.",
            "sanctions",
        ),
        (
            "ja",
            "元島民団体の幹部、ロシアが入国拒否",
            "北方領土の元島民団体の幹部が、ロシアへの入国を拒否された。",
            "sanctions",
        ),
        (
            "ru",
            "Япония заморозила активы российских компаний с Курил",
            "Правительство Японии заморозило активы трех российских компаний, работающих на "
            "Курильских островах.",
            "sanctions",
        ),
        (
            "en",
            "Border guards seize Japanese boat off Shikotan",
            "Russian border guards seize a Japanese fishing boat off Shikotan.",
            "detention",
        ),
        (
            "ru",
            "На Кунашире заступил на дежурство зенитный дивизион",
            "На Кунашире заступил на дежурство зенитный ракетный дивизион, сообщили в "
            "Восточном военном округе.",
            "deployment",
        ),
    ],
    ids=["en-bars", "ja-entry", "ru-assets", "en-seize", "ru-duty"],
)
def test_acts_in_their_plain_forms_are_events(
    judge: Judge, lang: str, title: str, lead: str, kind: str
) -> None:
    """Entry barred or refused, assets frozen, a boat seized (a headline's present tense),
    a unit taking up duty: each language's plain word for the act."""
    page = _read(lang, title, lead, MORE[lang])
    assert kind in _events(judge, page)


def test_a_programme_called_off_for_one_season_moves_its_matter(judge: Judge) -> None:
    """ "Calls off" halts; "one-season" limits a permission as "this season only" does."""
    off = _read(
        "en",
        "Russia calls off grave visits by former islanders",
        "Russia has called off this summer's grave visits by former islanders, the Japanese "
        "foreign ministry said.",
        MORE["en"],
    )
    assert any(move == "halt" for c in judge.read(off).claims for _, move in c.changes)
    once = _read(
        "en",
        "Russia grants former islanders one-season permission to visit graves",
        "Russia has allowed former islanders a one-season permission to visit family graves "
        "on Kunashir, the Japanese foreign ministry said.",
        MORE["en"],
    )
    assert any(move == "once" for c in judge.read(once).claims for _, move in c.changes)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia hands Japan remains of islanders found on Shikotan",
            "Russian officials handed over the remains of five Japanese islanders found on "
            "Shikotan to a Japanese delegation in Yuzhno-Kurilsk, the ministry said.",
        ),
        (
            "ru",
            "Японской стороне переданы останки жителей Шикотана",
            "Российская сторона передала японской делегации останки пяти японских жителей, "
            "обнаруженные на Шикотане.",
        ),
        (
            "ja",
            "色丹島の旧島民の遺骨、ロシアから引き渡し",
            "色丹島で見つかった旧島民5人の遺骨が、ロシア側から日本側に引き渡された。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_remains_or_records_handed_over_are_a_handover(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Remains or records of the islands' people passed from one side to the other."""
    page = _read(lang, title, lead, MORE[lang])
    assert "handover" in _events(judge, page)


def test_a_petition_handed_over_is_no_handover(judge: Judge) -> None:
    """ "Handing over a written petition" is a request delivered, not a handover."""
    page = _read(
        "en",
        "Nemuro mayor asks Tokyo to press Moscow on grave visits",
        "The mayor of Nemuro met the minister for Northern Territories affairs, handing over "
        "a written petition on grave visits to the islands.",
        MORE["en"],
    )
    assert "handover" not in _events(judge, page)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Putin signs law adding Kuril landing anniversary to memorial calendar",
            "President Vladimir Putin on Monday signed a law that makes the anniversary of the "
            "1945 Kuril landing operation an official day of military glory.",
        ),
        (
            "ru",
            "Путин подписал закон о новой памятной дате в честь годовщины высадки на Курилах",
            "Президент России подписал закон, которым 18 августа объявлено памятной датой в "
            "честь годовщины Курильской десантной операции, сообщили в Кремле.",
        ),
        (
            "ja",
            "ロシア、千島上陸作戦の記念日を制定する法律に署名",
            "プーチン大統領は14日、千島列島への上陸作戦を記念する日を新たに定める法律に署名した。"
            "日本政府は外交ルートを通じて抗議した。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_law_that_creates_an_anniversary_is_no_occasion_piece(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The anniversary is what the law is about; a rally's resolution on the annual day,
    in another phrase of its headline, is still the day's ritual."""
    assert judge.assess(_read(lang, title, lead)).decision == "new_development"


def test_a_rally_resolution_on_the_annual_day_is_still_ritual(judge: Judge) -> None:
    decision = judge.assess(
        _read(
            "ja",
            "「北方領土の日」県民大会　早期返還求め決議",
            "「北方領土の日」の7日、根室市で県民大会が開かれ、北方領土の早期返還を求める決議を"
            "採択した。大会には元島民や市民ら約800人が参加した。",
        )
    ).decision
    assert decision not in ("new_development", "status_change")


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia test-fires anti-ship missile from Iturup",
            "A coastal missile unit on Iturup fired an anti-ship missile at a target in the Sea "
            "of Okhotsk on Sunday, Russia's Defence Ministry said.",
        ),
        (
            "ru",
            "С Итурупа выполнен пуск противокорабельной ракеты",
            "Расчёт берегового ракетного комплекса на Итурупе выполнил пуск крылатой ракеты по "
            "морской цели, сообщили в Минобороны.",
        ),
        (
            "ja",
            "ロシア軍、択捉島から対艦ミサイル発射　防衛省が確認",
            "防衛省は14日、ロシア軍が択捉島の地対艦ミサイル部隊からミサイルを発射したと発表した。"
            "政府は外交ルートを通じて抗議した。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_missile_fired_from_the_islands_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    page = _read(lang, title, lead)
    assert "exercise" in _events(judge, page)
    assert judge.assess(page).alerts


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian troops on Kunashir drill against landing craft",
            "Russian troops on Kunashir held drills on Tuesday to repel a landing from the sea, "
            "the Eastern Military District said.",
        ),
        (
            "ja",
            "ロシア軍、国後島で上陸阻止訓練　東部軍管区",
            "ロシア東部軍管区は20日、国後島で海からの上陸を阻止する訓練を行ったと発表した。"
            "兵士約300人と装甲車両が参加し、島の沿岸部で敵の上陸部隊を撃退する手順を確認した。"
            "政府は外交ルートを通じて抗議した。",
        ),
    ],
    ids=["en", "ja"],
)
def test_drills_named_by_their_generic_word_are_exercises(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """「…訓練」 is the generic Japanese word for drills, as "drills" is in English: a
    drill held on the islands is an exercise whatever it practises."""
    page = _read(lang, title, lead)
    assert "exercise" in _events(judge, page)
    assert judge.assess(page).alerts


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Japan sanctions Kunashir port operator over military work",
            "Japan on Monday froze the assets of the operator of a port on Kunashir, citing its "
            "role in military construction on the island.",
        ),
        (
            "Russia bars 12 Japanese journalists over Kuril coverage",
            "Russia's Foreign Ministry said on Monday it had barred 12 Japanese journalists "
            "indefinitely over their reporting on the southern Kurils.",
        ),
    ],
)
def test_a_headline_verb_of_sanction_is_a_sanction(judge: Judge, title: str, lead: str) -> None:
    """ "Japan sanctions X", "Russia bars 12 Japanese …": the headline's verb imposes the
    measure; "Japan's sanctions on Russia remain" only names them."""
    assert judge.assess(_read("en", title, lead)).alerts
    remain = _read(
        "en",
        "Japan's sanctions on Russia remain in place, minister says",
        "Japan's sanctions on Russia over the war in Ukraine remain in place, the foreign "
        "minister said on Monday, adding that Tokyo's position on the islands is unchanged.",
    )
    assert not judge.assess(remain).alerts


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japan drops bid to keep Black Sea bloc partner status",
            "Japan has withdrawn its request to extend its status as a sectoral dialogue "
            "partner of the Black Sea Economic Cooperation organisation, the foreign ministry "
            "said on Monday. Russia had blocked the extension since 2022.",
        ),
        (
            "ru",
            "Япония отозвала заявку на продление статуса партнёра ОЧЭС",
            "Япония отозвала заявку на продление статуса партнёра Организации черноморского "
            "экономического сотрудничества по отраслевому диалогу, сообщили в МИД Японии. "
            "Россия блокировала продление с 2022 года.",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_request_withdrawn_ends_the_matter_it_asked_for(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The side that asked gives up: the renewal Russia blocked is over for good."""
    assessment = judge.assess(_read(lang, title, lead))
    moves = [(c.status_id, c.new.state.split(":")[0]) for c in assessment.changes]
    assert moves == [("bsec-dialogue-partner", "ended")]
    assert assessment.decision == "status_change"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia hands over body of missing Nemuro fisherman",
            "Russian border guards on Monday handed over the body of a Nemuro fisherman missing "
            "off Kunashir to the Japan Coast Guard at the median line, officials said.",
        ),
        (
            "ja",
            "国後島沖で不明の漁船員　遺体をロシアが引き渡し",
            "国後島沖で行方不明になっていた根室の漁船員の遺体が14日、ロシア側から海上保安庁に"
            "引き渡された。外務省はロシア側の協力に謝意を伝えた。",
        ),
    ],
    ids=["en", "ja"],
)
def test_a_body_handed_over_is_a_handover(judge: Judge, lang: str, title: str, lead: str) -> None:
    page = _read(lang, title, lead)
    assert "handover" in _events(judge, page)
    assert judge.assess(page).alerts


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Japan-built clinic on Shikotan to be demolished, district decides",
            "The district administration on Shikotan has decided to demolish a clinic built "
            "with Japanese aid in 2000 and put up a sports hall in its place, it said on Monday.",
        ),
        (
            "ru",
            "На Шикотане снесут построенную Японией амбулаторию",
            "Администрация Южно-Курильского округа приняла решение о сносе амбулатории на "
            "Шикотане, построенной на средства Японии, сообщили в администрации.",
        ),
        (
            "ja",
            "色丹島の日本支援の診療所、解体へ　ロシア側が決定",
            "北方領土・色丹島で日本政府の支援で建てられた診療所について、ロシアの地区行政府が"
            "解体を決めた。跡地には体育館を建てる計画という。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_demolition_decided_on_the_islands_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    page = _read(lang, title, lead)
    assert "demolition" in _events(judge, page)
    assert judge.assess(page).alerts


def test_a_demolition_asked_for_is_not_news(judge: Judge) -> None:
    decision = judge.assess(
        _read(
            "en",
            "Shikotan residents urge district to demolish old Japan-built clinic",
            "Residents of Shikotan have urged the district administration to demolish a clinic "
            "built with Japanese aid, saying the building is unsafe.",
        )
    ).decision
    assert decision not in ("new_development", "status_change")


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Tokyo denies report that Russia will allow island trips this autumn",
            "The Japanese government on Tuesday denied a newspaper report that Russia had agreed "
            "to let former islanders visit Iturup this autumn for the first time since 2019.",
        ),
        (
            "ru",
            "В МИД опровергли сообщения о возобновлении поездок японцев на Итуруп",
            "В МИД России опровергли сообщения японской газеты о том, что Москва впервые с 2019 "
            "года согласовала поездку бывших жителей на Итуруп этой осенью.",
        ),
        (
            "ja",
            "択捉島訪問「合意の事実ない」　政府が報道を否定",
            "政府は14日、ロシアが2019年以来初めて元島民の択捉島訪問に合意したとの一部報道を否定した。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_a_denied_report_of_a_first_since_is_no_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "Denied a report that Russia had agreed … for the first time since 2019": the first
    since a break is what the denied report said, not a refusal that breaks a routine."""
    page = _read(lang, title, lead, "Former islanders said they were disappointed.")
    assert not judge.assess(page).alerts


def test_a_report_nobody_could_confirm_is_no_news_in_japanese(judge: Judge) -> None:
    """「…を配備したとの報道を確認していない」: what a report nobody could confirm says is not
    reported as done."""
    from monitor.core.clauses import in_denied_report
    from monitor.core.rules import Hit

    text = "防衛相は、ロシアが色丹島に新型レーダーを配備したとの報道を確認していないと述べた。"
    at = text.index("配備")
    assert in_denied_report(text, "ja", Hit("event.deployment", "配備", at, at + 2))
    page = _read(
        "ja",
        "色丹島の新レーダー「確認していない」　防衛相",
        "防衛相は3日の記者会見で、" + text[4:],
        "ロシア国防省はコメントしていない。",
    )
    assert not judge.assess(page).alerts


def test_a_noun_used_as_an_adverb_is_no_object_of_the_halt(judge: Judge) -> None:
    """「交渉の当面中断」, 「交流の一時中断」: 当面 and 一時 say for how long, they are not what is
    halted; the talks are."""
    from monitor.core.assertion_ja import object_start

    for text in ("平和条約交渉の当面中断を通告", "交流の一時中断を発表"):
        assert object_start(text, text.index("中断")) is None
    assert object_start("ポスト廃止", 3) == 0  # a noun of its own is the object
    page = _read(
        "ja",
        "ロシア、平和条約交渉の当面中断を通告",
        "外務省は27日、ロシア側から平和条約交渉を当面中断するとの通告を受けたと発表した。"
        "日本が北海道にミサイルを配備する計画を理由に挙げている。",
    )
    moves = {ch for c in judge.read(page).claims for ch in c.changes}
    assert ("peace-treaty-talks", "halt") in moves


def test_an_english_participle_phrase_dates_its_noun() -> None:
    """ "talks frozen since 2022": the year dates the talks, not the agreement to resume."""
    from monitor.core.clauses import in_modifier

    def dated_noun(text: str) -> bool:
        text = text.lower()
        return in_modifier(text, "en", text.index("2022"))

    assert dated_noun("Russia and Japan agree to resume peace treaty talks frozen since 2022")
    assert dated_noun("Tokyo welcomed the return of the visits suspended in 2022")
    assert not dated_noun("Russia suspended the talks in 2022")
    assert not dated_noun("The talks were frozen in 2022")


def test_signs_of_unrest_sign_nothing_and_back_in_port_is_no_release(judge: Judge) -> None:
    page = _read(
        "en",
        "Steam rises over Kunashir volcano",
        "Russian volcanologists said on Monday the volcano on Kunashir shows signs of "
        "elevated unrest and raised its aviation colour code to yellow.",
    )
    assert "agreement" not in _events(judge, page)
    back = _read(
        "ja",
        "色丹島の発電所修理終え技術者が帰港",
        "色丹島の発電所の修理を終えた日本の技術者7人が22日、根室港に戻った。"
        "一行は17日に根室港を出発し、島に5日間滞在した。"
        "故障していた発電機2基の部品を交換し、いずれも運転を再開したという。",
    )
    assert "release" not in _events(judge, back)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Moscow gives crab quotas off Iturup to Hong Kong-backed firm",
            "Russia's fisheries agency has allocated crab fishing quotas in the waters off Iturup "
            "to a company part-owned by a Hong Kong investor, an order published on Monday shows.",
        ),
        (
            "ru",
            "Росрыболовство выделило квоты у Итурупа компании с иностранным капиталом",
            "Росрыболовство выделило квоты на вылов краба в водах у Итурупа компании, "
            "совладельцем которой является инвестор из Гонконга, следует из приказа ведомства.",
        ),
        (
            "ja",
            "択捉島沖のカニ漁獲枠、香港系企業に　ロシア漁業庁",
            "ロシア連邦漁業庁が、北方領土の択捉島沖でのカニの漁獲枠を、香港の投資家が出資する企業に"
            "割り当てたことが分かった。同庁が公表した命令で明らかになった。",
        ),
    ],
    ids=["en", "ru", "ja"],
)
def test_catch_in_the_islands_waters_given_away_is_a_concession(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Fishing quotas in the islands' waters allocated to someone: one side disposing of
    what the other claims, as a subsoil licence is."""
    page = _read(lang, title, lead, "Japan has lodged a protest through diplomatic channels.")
    assert "concession" in _events(judge, page)
    assert judge.assess(page).alerts


def test_the_yearly_quota_deal_between_the_two_countries_stays_routine(judge: Judge) -> None:
    page = _read(
        "en",
        "Japan, Russia agree 2027 fishing quotas in each other's zones",
        "Japan and Russia agreed on Friday on fishing quotas for 2027 in each other's 200-mile "
        "zones, on the same terms as last year, the Fisheries Agency said.",
        "The annual talks were held online.",
    )
    assert not judge.assess(page).alerts


def test_words_that_name_something_else_report_nothing(judge: Judge) -> None:
    """Each of these words also names an act; here it names something else: a choice, not
    an election («выбор»), petition signatures, not a signing (返還署名), a council, not
    talks (協議会)."""
    choice = _read(
        "ru",
        "Лавров: Токио сам сделал выбор в пользу санкций",
        "Токио сам сделал выбор в пользу антироссийских санкций и тем самым закрыл перспективу "
        "мирного договора, заявил министр иностранных дел России Сергей Лавров.",
    )
    assert "vote" not in _events(judge, choice)
    election = _read(
        "ru",
        "На Кунашире прошли выборы главы округа",
        "На Кунашире в воскресенье прошли выборы главы Южно-Курильского округа, сообщила "
        "избирательная комиссия Сахалинской области.",
    )
    assert "vote" in _events(judge, election)
    petition = _read(
        "ja",
        "北方領土返還署名、累計8千万筆に",
        "北方領土の返還を求める署名が累計で8千万筆に達したと、北方領土返還要求運動の連絡協議会が"
        "15日発表した。署名運動は1981年に始まった。",
    )
    assert not _events(judge, petition) & {"agreement", "talks"}
    signing = _read(
        "ja",
        "日ロ、漁業協定に署名",
        "日本とロシアの両政府は15日、北方四島周辺の漁業に関する新たな協定に署名した。"
        "政府が発表した。協定は来年1月に発効し、日本の漁船の操業条件を定める。",
    )
    assert "agreement" in _events(judge, signing)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Sakhalin governor floats tourist visits to Kunashir for Korean cruise lines",
            "Sakhalin's governor told an investment forum on Tuesday that the region hoped to "
            "bring foreign cruise ships to Kunashir, without giving a date.",
        ),
        (
            "ru",
            "Справка: переговоры с Японией о мирном договоре",
            "Россия отказалась продолжать переговоры с Японией о мирном договоре и прекратила "
            "безвизовые поездки на Курилы; с тех пор прошло четыре года.",
        ),
    ],
    ids=["floats", "справка"],
)
def test_a_proposal_floated_and_a_reference_note_are_no_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    assert not judge.assess(_read(lang, title, lead, "Officials gave no details.")).alerts
