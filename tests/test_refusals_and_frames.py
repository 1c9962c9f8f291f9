"""Decisions on pages written for these tests, on what the third blind round of 2026-12-05
showed misread: a refusal that is itself the act (an offer of help turned down, a refusal
to go on with talks), an ending told in a narrower word than a halt, a Japanese sentence
whose topic names the matter, and a concessive clause's year."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import moves as _moves
from support.pages import page

from monitor.core.learning import learn_from
from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 7, 20, 9, 0, tzinfo=dt.UTC)


def _page(lang: str, title: str, *paragraphs: str, when: dt.datetime = WHEN) -> Article:
    return page(lang, title, *paragraphs, when=when)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia declines Japanese offer of help after Iturup flood",
            "Russia has declined a Japanese offer of emergency assistance after floods cut off "
            "two villages on Iturup, saying its own rescuers were coping, Tokyo said on Monday.",
        ),
        (
            "ru",
            "Сахалинские власти отказались от помощи Японии после наводнения на Итурупе",
            "Власти Сахалинской области отказались от предложенной Японией помощи в ликвидации "
            "последствий наводнения на Итурупе, сообщили в понедельник в правительстве региона.",
        ),
        (
            "ja",
            "択捉島の洪水　ロシア、日本の支援申し出を断る",
            "北方領土の択捉島で起きた洪水を巡り、日本政府が外交ルートで申し入れた緊急支援について、"
            "ロシア側は19日、「自力で対応できる」として支援の申し出を断った。",
        ),
    ],
)
def test_an_offer_of_help_turned_down_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """One side turning down the other's help for the islands is a humanitarian act
    between the two governments, whatever its negative verb."""
    result = judge.assess(_page(lang, title, lead))
    assert result.decision == "new_development", result.reason


def test_a_refusal_to_go_on_with_running_talks_halts_them(judge: Judge) -> None:
    """Talks resumed (an earlier alert), then "refused … to continue" them: the talks halt.
    Where they are halted already, the same words restate it."""
    resumed = _page(
        "en",
        "Russia and Japan hold first peace treaty talks since 2022",
        "Russian and Japanese deputy foreign ministers held peace treaty talks in Astana on "
        "Monday, the first since Moscow broke off the negotiations in March 2022.",
        when=WHEN - dt.timedelta(days=120),
    )
    first = judge.assess(resumed)
    assert [(c.status_id, c.new.state.split(":")[0]) for c in first.changes] == [
        ("peace-treaty-talks", "resumed")
    ]
    learned = judge.with_knowledge(learn_from(first, resumed, 1, judge.knowledge))
    refusal = _page(
        "en",
        "Russia refuses to continue peace treaty talks with Japan",
        "Russia refused on Tuesday to continue the peace treaty consultations with Japan, "
        "citing new Japanese sanctions, the foreign ministry said.",
    )
    assert _moves(learned, refusal) == [("peace-treaty-talks", "halted")]
    assert not judge.assess(refusal).alerts


def test_an_ending_told_beside_a_halt_is_the_move(judge: Judge) -> None:
    """«прекратил обмены» may be a halt; «о прекращении действия договорённости» is the
    ending of the arrangement: the narrower word decides the move (from the state the
    report tells: the exchanges restored in 2025)."""
    page = _page(
        "ru",
        "МИД России снова прекратил безвизовые обмены с Японией",
        "МИД России в понедельник уведомил посольство Японии о прекращении действия "
        "договорённости о безвизовых обменах между южными Курилами и Японией, восстановленной "
        "в апреле 2025 года.",
    )
    assert _moves(judge, page) == [("visa-free-exchanges", "ended")]


def test_a_japanese_sentence_about_a_matter_moves_it_by_its_last_verb(judge: Judge) -> None:
    """「墓参について、…今回に限り受け入れることを認めた」: the matter the sentence is about
    (について) is what its verb of permitting allows, far as it stands; a year in a
    concessive clause (「…途絶えていたが、」) dates that clause, not the report."""
    page = _page(
        "ja",
        "元島民の墓参、色丹島で実施へ　ロシアが容認",
        "外務省は19日、色丹島の墓地への元島民らによる墓参について、2019年を最後に途絶えて"
        "いたが、ロシア側が人道的観点から今回に限り受け入れることを認めたと発表した。",
    )
    assert _moves(judge, page) == [("former-residents-visits", "allowed once")]


# ----------------------------------------------------------------------------- Japanese acts


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        (
            "択捉島の資料館、元島民の手紙など50点を寄贈",
            "択捉島・紗那の郷土資料館が保管していた元島民の手紙や写真など約50点が、ロシア側から"
            "元島民団体に寄贈され、根室港で引き渡された。",
            "handover",
        ),
        (
            "国後島沖で漁船に停船命令　ロシア国境警備局",
            "根室市の漁船が国後島沖でロシア国境警備局の警備艇から停船を命じられ、約2時間にわたり"
            "足止めされた。",
            "force",
        ),
        (
            "北方四島を「日本領」とした書籍、販売禁止　ロシア当局",
            "ロシアの当局は、北方四島を日本領と記した書籍について、国内での販売や頒布を禁じる措置を"
            "取ったと発表した。",
            "sanctions",
        ),
    ],
)
def test_japanese_acts_told_by_their_own_verbs_are_news(
    judge: Judge, title: str, lead: str, kind: str
) -> None:
    """Things donated to the other side (寄贈), a boat ordered to stop (停船を命じ), a
    ban (禁じる措置): each is an act of its kind."""
    result = judge.assess(_page("ja", title, lead))
    assert result.decision == "new_development", result.reason
    assert kind in result.events


def test_a_service_begun_and_credentials_revoked_are_read_as_acts(judge: Judge) -> None:
    """「試験運用を始めた」, 「供用が始まった」 start a service (an opening); 「取り消された」
    ends something for good."""
    begun = judge.read(
        _page(
            "ja",
            "色丹島で電子決済の試験運用",
            "ロシアの銀行は9月、色丹島で電子決済の試験運用を始めた。",
        )
    )
    assert any("construction" in c.events for c in begun.claims)
    revoked = judge.read(
        _page(
            "ja",
            "記者の取材許可を取り消し　ロシア外務省",
            "ロシア外務省は、北方領土を取材した日本人記者の取材許可を取り消した。",
        )
    )
    assert any("termination" in c.events for c in revoked.claims)


def test_a_notice_quoted_word_for_word_and_a_matter_recalled_as_topic(judge: Judge) -> None:
    """「…受け入れを停止する」と通告: what a note notified is the act, quoted or not. The
    headline's 「昨夏の再開から」 dates the resumption it names, not the halt; and the matter
    a sentence opens with (「交流は…再開され」) is what its verb moved, as background."""
    page = _page(
        "ja",
        "ロシア、墓参を再び停止　昨夏の再開から半年余り",
        "ロシア外務省は18日付の口上書で、「当面、日本側の墓参団の受け入れを停止する」と通告して"
        "きた。",
        "北方墓参は2025年8月、約3年ぶりに再開され、国後島と択捉島で計2回実施されていた。",
        when=dt.datetime(2026, 8, 20, 9, 0, tzinfo=dt.UTC),
    )
    assert _moves(judge, page) == [("former-residents-visits", "halted")]


# ----------------------------------------------------------------------------- denied, reviewed


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Kremlin comments on Japanese press reports on treaty consultations",
            "MOSCOW, May 4. Reports in the Japanese press that Moscow and Tokyo agreed to "
            "restart consultations on a peace treaty this summer do not correspond to reality, "
            "the Kremlin spokesman said on Monday.",
        ),
        (
            "ru",
            "В МИД прокомментировали сообщения японских СМИ о безвизовых обменах",
            "В МИД России назвали выдумкой сообщения японских СМИ, что Москва возобновила "
            "безвизовые обмены с южными Курилами.",
        ),
        (
            "ru",
            "МИД: сообщения о возобновлении обменов с Японией не соответствуют действительности",
            "Сообщения о том, что Москва и Токио договорились возобновить безвизовые обмены с "
            "южными Курилами, не соответствуют действительности, заявили в МИД России.",
        ),
    ],
)
def test_a_report_denied_after_it_is_told_moves_nothing(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A report the sentence opens with and then calls untrue, or calls a fiction first,
    tells of no act."""
    result = judge.assess(_page(lang, title, lead))
    assert not result.changes
    assert not result.alerts, result.reason


def test_a_month_and_year_after_a_name_date_the_sentence(judge: Judge) -> None:
    """«по мирному договору в марте 2022 года»: a date after the treaty's name is when the
    sentence's act happened (background now), not the name of a treaty of 2022; and a
    participle's date may stand past its instrument («восстановленной обменом нотами в
    мае 2025 года»)."""
    read = judge.read(
        _page(
            "ru",
            "МИД России: переговоров с Японией не ведётся",
            "Официальный представитель МИД России заявила, что переговоров с Японией сейчас нет.",
            "Российская сторона прекратила переговоры по мирному договору в марте 2022 года в "
            "ответ на санкции Токио.",
        )
    )
    halted = [c for c in read.claims if "прекратила" in c.text]
    assert halted
    assert halted[0].past


def test_a_speech_in_sentences_is_no_sentence_of_a_court(judge: Judge) -> None:
    """ "devoted two sentences to Russia" is no court's sentence; "sentences him to" is."""
    speech = judge.assess(
        _page(
            "en",
            "Prime minister pledges to keep seeking treaty with Russia",
            "In her first policy speech to parliament, the prime minister devoted two sentences "
            "to Russia and the Kuril Islands, saying Japan's position was unchanged.",
        )
    )
    assert not speech.alerts, speech.reason
    court = judge.assess(
        _page(
            "en",
            "Court on Kunashir jails Japanese fisherman",
            "A court on Kunashir island sentences a Japanese fisherman to three years in prison "
            "for poaching in Russian-held waters, his lawyer said on Tuesday.",
        )
    )
    assert court.alerts
    assert "ruling" in court.events


def test_a_wish_quoted_as_a_resolution_is_an_appeal_and_a_part_of_a_request_is_asked(
    judge: Judge,
) -> None:
    """「…交渉してほしい」とする決議: the resolution asks; "asked … to allow the exchanges to
    continue, including the visit …": the visit is part of what is asked."""
    resolution = judge.assess(
        _page(
            "ja",
            "元島民団体が総会　墓参の早期再開を",
            "元島民でつくる団体は13日の総会で、「北方墓参だけでも早く再開できるよう、政府は交渉して"
            "ほしい」とする決議を採択した。",
        )
    )
    assert not resolution.alerts, resolution.reason
    request = judge.assess(
        _page(
            "en",
            "Japan asks Russia to keep island exchanges going",
            "Japan's foreign minister said on Tuesday he had asked Russia to allow the exchanges "
            "with the islands to continue, including the visit by Japanese doctors to Kunashir "
            "planned for October.",
        )
    )
    assert not request.alerts, request.reason


def test_a_review_of_the_year_is_commentary(judge: Judge) -> None:
    """ "…: a year of false starts" looks back over moves already reported; a sentence
    further down that only recalls ("Today nothing is scheduled. … were never part of …")
    is no report of its own."""
    result = judge.assess(
        _page(
            "en",
            "Warm words, cold results: a year of stalled contacts on the Kurils",
            "In twelve months Japan and Russia agreed to restart peace treaty talks and then "
            "shelved them again.",
            "A year ago this month, the two governments exchanged notes on visits by doctors to "
            "the islands.",
            "Today no contact is scheduled. Grave visits by former residents were never part of "
            "the arrangements, and the 1999 framework remains suspended.",
        )
    )
    assert not result.alerts, result.reason
    assert not result.changes


# ----------------------------------------------------------------------------- one story


def test_a_report_of_what_a_moved_matter_is_made_of_joins_the_move(judge: Judge) -> None:
    """Visits resumed (an alert); days later a piece on former islanders welcoming the
    visits names the matter and reports a visit, moving nothing: the same story. A visit
    that does not name the matter is a story of its own."""
    resumed = _page(
        "en",
        "Russia to resume free visits by former Japanese islanders",
        "Russia notified Japan on Monday that it would resume the free visits by former "
        "residents of the islands, halted since 2022, with a first trip to Iturup in July.",
    )
    first = judge.assess(resumed)
    assert [c.status_id for c in first.changes] == ["former-residents-visits"]
    learned = judge.with_knowledge(learn_from(first, resumed, 1, judge.knowledge))
    later = WHEN + dt.timedelta(days=5)
    welcome = learned.assess(
        _page(
            "en",
            "'We have waited so long': former islanders welcome return of visits to Iturup",
            "Former islanders said they were overjoyed at news that the free visits by former "
            "residents would restart, and the league's office in Nemuro has been flooded with "
            "calls.",
            when=later,
        )
    )
    assert welcome.decision == "same_development", welcome.reason
    minister = learned.assess(
        _page(
            "en",
            "Russian deputy prime minister visits Iturup",
            "Russia's deputy prime minister visited Iturup on Saturday to inspect a new "
            "hospital, the regional government said.",
            when=later,
        )
    )
    assert minister.decision != "same_development", minister.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Thai fish farm becomes resident of Kuril Islands tax regime",
            "A Thai aquaculture company has become a resident of the Kuril Islands' "
            "preferential tax regime and plans a fish farm on Shikotan, the Sakhalin regional "
            "government said on Tuesday.",
        ),
        (
            "ru",
            "Таиландская компания стала резидентом курильского льготного режима",
            "Таиландская компания по разведению рыбы стала резидентом льготного налогового "
            "режима на Курилах и построит ферму на Шикотане, сообщили в правительстве области.",
        ),
        (
            "ja",
            "色丹島にタイ企業が進出　養殖場を計画",
            "北方領土の色丹島に、タイの養殖会社が進出することが分かった。ロシアの優遇税制の適用を受け"
            "、養殖場を建設する。",
        ),
    ],
)
def test_a_firm_investing_in_the_islands_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A firm (often of a third country) made a resident of the islands' tax regime or
    investing there: one side disposing of what the other claims."""
    result = judge.assess(_page(lang, title, lead))
    assert result.decision == "new_development", result.reason
    assert "investment" in result.events


def test_a_condition_in_other_words_and_an_invitation_are_no_acts(judge: Judge) -> None:
    """ "welcome to visit … as long as they hold Russian visas": an invitation on a
    condition, no visit made and no visits resumed."""
    result = judge.assess(
        _page(
            "en",
            "Kuril official says Japanese tourists welcome on Russian visas",
            "Former Japanese residents of the southern Kurils are welcome to visit Iturup and "
            "Kunashir at any time as long as they travel on Russian visas, a senior Sakhalin "
            "official said on Thursday.",
        )
    )
    assert not result.alerts, result.reason
    assert not result.changes


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian border guards rescue Japanese anglers stranded on Shikotan",
            "Two Japanese anglers whose boat drifted to Shikotan were found by Russian border "
            "guards on Sunday and handed over to a Japan Coast Guard patrol boat on Monday.",
        ),
        (
            "ru",
            "Японские пограничники передали России трёх рыбаков с Кунашира",
            "Трое жителей Кунашира, чью лодку унесло к Хоккайдо, переданы японской береговой "
            "охраной российским пограничникам в Кунаширском проливе, сообщило генконсульство.",
        ),
        (
            "ja",
            "国後島の漁業者3人を引き渡し　海保",
            "北海道沖で救助された国後島の漁業者3人が、根室海峡の中間ライン付近でロシアの国境警備局に"
            "海上保安庁の巡視船から引き渡された。",
        ),
    ],
)
def test_people_rescued_and_handed_back_are_a_humanitarian_act(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """People rescued or found and handed to the other side's coast guard or border guards:
    one of the few humanitarian acts between the two governments."""
    result = judge.assess(_page(lang, title, lead))
    assert result.decision == "new_development", result.reason
    assert "handover" in result.events


def test_a_habomai_islet_named_in_the_lead_puts_the_story_on_the_islands(judge: Judge) -> None:
    """The Habomai islets by their own names («остров Сигнальный», 貝殻島) are the disputed
    islands, as the chain's names are."""
    result = judge.assess(
        _page(
            "ru",
            "Японского посла вызвали в МИД из-за стрельб у мыса Носаппу",
            "Посла Японии вызвали в МИД России в связи с учениями японских сил самообороны у мыса "
            "Носаппу, в нескольких километрах от острова Сигнальный.",
        )
    )
    assert result.hits, result.reason


def test_a_request_and_a_frame_are_no_agreement(judge: Judge) -> None:
    """ "had 'strongly requested' … that the Russian side agree": asked for; "normally
    conducted … under a private agreement": the frame the work is done under. A deal
    under which something new is built is still the news."""
    read = judge.read(
        _page(
            "en",
            "Japan presses Russia on kelp harvest near Signalny Island",
            "Japan has again urged Russia to let Japanese boats harvest kelp near Signalny "
            "Island this summer, with no sign of a deal.",
            'The chief cabinet secretary said Tokyo had "strongly requested" that the Russian '
            "side agree to the harvest, which is normally conducted from June to September "
            "under a private agreement between a fisheries group and Russian authorities.",
        )
    )
    assert not any("agreement" in c.events and not (c.modal or c.past) for c in read.claims)
    built = judge.assess(
        _page(
            "en",
            "Belarusian firm to build school on Iturup under deal with Sakhalin",
            "A Belarusian construction company signed a deal with the Sakhalin government on "
            "Monday to build a school on Iturup.",
        )
    )
    assert built.alerts, built.reason


def test_talks_named_in_a_headline_way_and_a_joint_bodys_session_move_the_talks(
    judge: Judge,
) -> None:
    """「平和条約巡り…協議　…侵攻後初」 names the treaty talks as a headline does; «впервые с
    2022 года провели заседание рабочей группы по совместной хозяйственной деятельности»
    is the joint body's first session since the break: both resume their matter."""
    treaty = _page(
        "ja",
        "日ロ、平和条約巡り次官級協議　モンゴルで、侵攻後初",
        "日ロ両政府は19日、モンゴルの首都ウランバートルで外務次官級の協議を開き、平和条約締結問題を"
        "話し合った。",
    )
    assert _moves(judge, treaty) == [("peace-treaty-talks", "resumed")]
    working_group = _page(
        "ru",
        "Россия и Япония впервые с 2022 года провели заседание рабочей группы по совместной "
        "хозяйственной деятельности",
        "Первое с 2022 года заседание рабочей группы по совместной хозяйственной деятельности "
        "на южных Курилах состоялось во вторник в Токио.",
    )
    assert _moves(judge, working_group) == [("joint-economic-activity", "resumed")]


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russia adds Kuril fishing cooperative to register of strategic enterprises",
            "A government order published on Monday adds a fishing cooperative on Iturup to "
            "Russia's register of strategic enterprises.",
        ),
        (
            "ru",
            "Рыболовецкий кооператив с Итурупа внесли в реестр стратегических предприятий",
            "Правительство России внесло рыболовецкий кооператив с Итурупа в реестр "
            "стратегических предприятий, следует из распоряжения, опубликованного в понедельник.",
        ),
        (
            "ja",
            "択捉島の漁協、ロシアの戦略企業リストに追加",
            "ロシア政府は、北方領土・択捉島の漁業協同組合を戦略的企業のリストに追加した。",
        ),
    ],
)
def test_a_listing_by_the_state_is_an_act(judge: Judge, lang: str, title: str, lead: str) -> None:
    """Put on an official list or register («внесли в реестр», "adds … to … register",
    「リストに追加」): an administrative act."""
    result = judge.assess(_page(lang, title, lead))
    assert result.decision == "new_development", result.reason
