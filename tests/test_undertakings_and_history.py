"""Decisions on pages written for these tests, on what the fourth blind round of
2026-12-05 showed misread: an undertaking agreed to ("agreed to look after the
cemeteries"), history told with a state that no longer exists as its actor, a move inside
a Russian relative clause, a Japanese month that dates the clause describing a noun, a
pause taken in Russian officialese, and military aircraft landing on an island."""

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
            "ja",
            "色丹島の旧日本人墓地、ロシア側が修繕へ　日本の要望受け",
            "色丹島に残る旧日本人墓地について、ロシア・サハリン州の地元行政府が、倒れた墓石の"
            "修繕と草刈りを行い、結果を日本側に書面で伝えることに同意した。外務省が18日発表した。",
        ),
        (
            "ru",
            "Власти Шикотана возьмут на себя уход за японскими кладбищами",
            "Администрация Малокурильского округа согласилась ухаживать за старыми японскими "
            "кладбищами на Шикотане и дважды в год сообщать японской стороне об их состоянии, "
            "сообщили в четверг в правительстве Сахалинской области.",
        ),
    ],
)
def test_an_undertaking_agreed_to_is_news(judge: Judge, lang: str, title: str, lead: str) -> None:
    """One side agreeing to do something for the other on the islands ("することに同意した",
    «согласилась ухаживать») is an agreement, as "agreed to" is in English."""
    result = judge.assess(_page(lang, title, lead))
    assert result.decision == "new_development", result.reason
    assert "agreement" in result.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ja",
            "択捉島の墓地問題　ロシア側、日本の主張には同意せず",
            "択捉島の旧日本人墓地を巡り、ロシア側は18日、日本側の主張に同意しないと回答した。",
        ),
        (
            "ru",
            "На Шикотане не согласились с претензиями Токио по кладбищам",
            "Администрация Малокурильского округа не согласилась с оценками японской стороны "
            "состояния кладбищ на Шикотане, сообщили в четверг в правительстве области.",
        ),
    ],
)
def test_agreeing_with_a_view_is_no_undertaking(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Agreeing (or not) with a view or a claim undertakes nothing."""
    result = judge.assess(_page(lang, title, lead))
    assert not result.alerts, result.reason


@pytest.mark.parametrize(
    ("lang", "title", "lead", "second"),
    [
        (
            "en",
            "What the 1956 declaration says about the islands",
            "The Soviet-Japanese Joint Declaration, signed in Moscow in October 1956, remains the "
            "only ratified text that speaks of the islands' future, seventy years on.",
            "The document ended the state of war and restored diplomatic relations; the Soviet "
            "Union agreed to hand Shikotan and the Habomai "
            "islets to Japan once a peace treaty was concluded.",
        ),
        (
            "ru",
            "Что говорится об островах в декларации 1956 года",
            "Совместная декларация, подписанная в Москве в октябре 1956 года, и через семьдесят "
            "лет остаётся единственным ратифицированным документом о будущем островов.",
            "Документ прекратил состояние войны и восстановил дипломатические отношения; СССР "
            "согласился передать Японии Шикотан и острова "
            "Хабомаи после заключения мирного договора.",
        ),
        (
            "ja",
            "日ソ共同宣言70年　島の将来を記した唯一の文書",
            "1956年10月にモスクワで署名された日ソ共同宣言は、70年たった今も、島の将来に触れた唯一の"
            "批准文書だ。",
            "この文書は戦争状態を終わらせて国交を回復し、ソ連は平和条約締結後に色丹島と歯舞群島を日本に引き渡すことに"
            "同意した。",
        ),
    ],
)
def test_the_soviet_union_acting_is_history(
    judge: Judge, lang: str, title: str, lead: str, second: str
) -> None:
    """A state that no longer exists as the actor of a sentence tells history, whatever its
    verb: the sentence is background, and no agreement of today."""
    page = _page(lang, title, lead, second)
    soviet = [c for c in judge.read(page).claims if c.text.startswith(second[:12])]
    assert soviet, [c.text for c in judge.read(page).claims]
    assert "background" in soviet[0].flags, [(c.text, c.flags) for c in soviet]
    result = judge.assess(page)
    assert not result.alerts, result.reason


def _resumed(judge: Judge) -> Judge:
    """The judge once an alert has told the treaty talks resumed."""
    page = _page(
        "en",
        "Russia and Japan agree to resume peace treaty talks",
        "Russia and Japan agreed on Monday to resume negotiations on a peace treaty, four years "
        "after Moscow broke them off, the two foreign ministries said.",
        when=WHEN - dt.timedelta(days=150),
    )
    first = judge.assess(page)
    assert _moves(judge, page) == [("peace-treaty-talks", "resumed")], first.reason
    return judge.with_knowledge(learn_from(first, page, 1, judge.knowledge))


def test_a_resumption_in_a_russian_relative_clause_moves_nothing(judge: Judge) -> None:
    """«…переговоры, о возобновлении которых стороны договорились в феврале»: the noun and
    the relative pronoun after it open a clause that describes the talks; the sentence's
    act is the suspension, not a return to them."""
    learned = _resumed(judge)
    halted = _page(
        "ja",
        "日本政府、平和条約交渉を当面中断",
        "政府は19日、ロシアとの平和条約締結交渉を当面中断する方針を決め、ロシア側に伝えた。",
        when=WHEN - dt.timedelta(days=1),
    )
    first = learned.assess(halted)
    assert _moves(learned, halted) == [("peace-treaty-talks", "halted")], first.reason
    after = learned.with_knowledge(learn_from(first, halted, 2, learned.knowledge))
    comment = _page(
        "ru",
        "В МИД России ответили на решение Токио",
        "Решение японского правительства приостановить переговоры о мирном договоре, о "
        "возобновлении которых стороны договорились в феврале в Дохе, «целиком на совести "
        "Токио», заявил в понедельник официальный представитель МИД России.",
    )
    assert ("peace-treaty-talks", "resumed") not in _moves(after, comment)


def test_a_japanese_month_dates_the_clause_that_describes_a_noun(judge: Judge) -> None:
    """「2022年3月にロシア側が継続しない旨を表明していた平和条約締結交渉を再開することで一致
    した」: the month dates the clause describing the talks, not the agreement to resume
    them; 「3月に…開かれた…協議。」 tells only of what the clause describes, and stays
    background."""
    page = _page(
        "ja",
        "日ロ次官級協議、ドーハで　交渉再開で一致",
        "外務省によると、日ロ両政府は18日、カタールのドーハで次官級協議を行い、2022年3月に"
        "ロシア側が継続しない旨を表明していた平和条約締結交渉を再開することで一致した。",
        when=dt.datetime(2026, 9, 19, 9, 0, tzinfo=dt.UTC),
    )
    assert _moves(judge, page) == [("peace-treaty-talks", "resumed")]
    background = _page(
        "ja",
        "平和条約協議、ロシアが「中断」　根室の元島民落胆",
        "3月にカタール・ドーハで約4年ぶりに開かれた日ロの平和条約締結交渉の協議。",
        "その協議について、ロシア外務省は18日、「中断する」と発表した。",
        when=dt.datetime(2026, 10, 19, 9, 0, tzinfo=dt.UTC),
    )
    learned = judge.with_knowledge(learn_from(judge.assess(page), page, 1, judge.knowledge))
    assert ("peace-treaty-talks", "resumed") not in _moves(learned, background)


@pytest.mark.parametrize(
    "lead",
    [
        "Российская сторона взяла паузу в консультациях с Японией по мирному договору, "
        "сообщили в понедельник в МИД России.",
        "Российская сторона сочла нецелесообразным проведение очередного раунда консультаций "
        "с Японией по мирному договору, говорится в комментарии МИД России.",
    ],
)
def test_a_pause_taken_halts_running_talks(judge: Judge, lead: str) -> None:
    """«взяла паузу в консультациях», «сочла нецелесообразным проведение … раунда»: a pause
    taken, and a round held not worth holding, halt the talks that run."""
    learned = _resumed(judge)
    page = _page("ru", "МИД России о консультациях с Японией", lead)
    assert _moves(learned, page) == [("peace-treaty-talks", "halted")]


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian fighter jets seen on Iturup airfield",
            "Two Russian Su-35 fighter jets landed on Monday at Burevestnik airfield on Iturup "
            "and stayed for several hours, Japan's Defense Ministry said.",
        ),
        (
            "ru",
            "Истребители прилетели на Итуруп",
            "Два истребителя Су-35 в понедельник совершили посадку на аэродроме Буревестник на "
            "Итурупе в ходе перелёта, сообщили в Минобороны России.",
        ),
        (
            "ja",
            "ロシア軍機、択捉島に飛来　防衛省確認",
            "防衛省は18日、ロシア軍のスホイ35戦闘機2機が17日、北方領土・択捉島の飛行場に着陸した"
            "と発表した。",
        ),
    ],
)
def test_military_aircraft_landing_on_an_island_is_a_deployment(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Military aircraft brought down on an island's airfield are a deployment there, in
    every language: the reports of one landing are one kind of event."""
    page = _page(lang, title, lead)
    events = {e for c in judge.read(page).claims if c.reports_event for e in c.events}
    assert "deployment" in events, [(c.text, c.events) for c in judge.read(page).claims]


@pytest.mark.parametrize(
    ("lang", "title", "lead", "second"),
    [
        (
            "en",
            "Kremlin dismisses report that treaty talks with Tokyo will restart",
            "Russia and Japan will resume peace treaty consultations at deputy minister level "
            "in the autumn, a Japanese business daily reported on Monday, citing diplomats.",
            '"This publication has nothing to do with reality," a Kremlin spokesman said.',
        ),
        (
            "ru",
            "В МИД России опровергли сообщения о возобновлении консультаций с Японией",
            "Россия и Япония осенью возобновят консультации по мирному договору на уровне "
            "заместителей министров, сообщила в понедельник японская деловая газета.",
            "В МИД России назвали эту публикацию выдумкой.",
        ),
        (
            "ja",
            "ロシア外務省、平和条約協議再開の報道を否定",
            "日ロ両政府が秋にも次官級で平和条約締結交渉を再開すると、日本の経済紙が20日に報じた。",
            "ロシア外務省の報道官は「事実ではない」と述べた。",
        ),
    ],
)
def test_a_report_a_headline_denies_moves_nothing(
    judge: Judge, lang: str, title: str, lead: str, second: str
) -> None:
    """Under a headline that denies a report, the lead's account of the report ("…, a
    daily reported") is what is denied: no move, no alert."""
    page = _page(lang, title, lead, second)
    assert _moves(judge, page) == []
    assert not judge.assess(page).alerts


def test_a_relative_clause_set_off_by_commas_is_the_nouns_history(judge: Judge) -> None:
    """ "the visits …, which Moscow had allowed to resume in 2025, were suspended": the
    clause between the commas tells the visits' history; the sentence halts them, however
    far its verb stands from the matter."""
    page = _page(
        "en",
        "Russia stops former islanders' grave trips again",
        "Russia told Japan in a note received on July 14, 2026, that the visits by former "
        "islanders to family graves on the southern Kurils, which Moscow had allowed to "
        "resume in August 2025 after a five-year gap, were suspended until further notice.",
    )
    assert _moves(judge, page) == [("former-residents-visits", "halted")]


def test_a_headline_object_listed_with_to_is_asked_for(judge: Judge) -> None:
    """「交流の再開と灯台の保全を　…国に要望書」: a noun listed with と stands as the other
    does, and the headline's object with を and no verb is asked for, whatever the page's
    title adds after a bar."""
    page = _page(
        "ja",
        "ビザなし交流の再開と国後島墓地の保全を　根室市長ら、国に要望書｜道東ニュース",
        "根室市の市長らは19日、外務省を訪れ、ビザなし交流の早期再開などを求める要望書を提出した。",
    )
    assert _moves(judge, page) == []
    assert not judge.assess(page).alerts


def test_a_verb_joined_to_a_span_after_clause_is_its_background(judge: Judge) -> None:
    """ "a year after two ministers sat down in Vienna and agreed to resume consultations,
    nothing is on the calendar": the verb joined by "and" stays in the clause a span of
    time after, which dates the main clause; it moves nothing."""
    learned = _resumed(judge)
    halted = _page(
        "en",
        "Russia suspends peace treaty talks with Japan",
        "Russia suspended peace treaty talks with Japan on Monday, citing new sanctions, "
        "the foreign ministry said.",
        when=WHEN - dt.timedelta(days=60),
    )
    first = learned.assess(halted)
    after = learned.with_knowledge(learn_from(first, halted, 2, learned.knowledge))
    page = _page(
        "en",
        "Twelve months on, an empty calendar",
        "Exactly a year after a Japanese and a Russian deputy foreign minister sat down in a "
        "Vienna hotel and agreed to resume consultations on a peace treaty, there is nothing "
        "on the calendar.",
    )
    assert ("peace-treaty-talks", "resumed") not in _moves(after, page)


def test_only_after_with_no_verb_is_a_condition(judge: Judge) -> None:
    """«безвизовые поездки — только после отказа Токио от санкций»: with no verb, the time
    «только после» names is the condition of the trips; a visit done only after long talks
    is still done."""
    page = _page(
        "ru",
        "Посол России: поездки японцев на Кунашир — только после отмены санкций",
        "Возобновление поездок японских граждан на южные Курилы в нынешних условиях не "
        "рассматривается, заявил в четверг посол России в Японии.",
    )
    assert not judge.assess(page).alerts
    done = _page(
        "ru",
        "Японские врачи посетили Кунашир только после долгих переговоров",
        "Группа японских врачей в четверг посетила больницу в Южно-Курильске: поездка "
        "состоялась только после долгих переговоров, сообщили в правительстве области.",
    )
    assert judge.assess(done).alerts


def test_a_japanese_quotation_holds_its_full_stops(judge: Judge) -> None:
    """「決議は「…超えた。一刻の猶予もない」と訴え、…外交努力を求めた」: a full stop inside a
    quotation does not end the sentence that quotes it, and a resolution whose words appeal
    and ask is an appeal, not an act of state."""
    page = _page(
        "ja",
        "元島民団体が総会　「墓参の再開、国は全力を」",
        "北方領土の元島民らでつくる団体は18日、札幌市で総会を開き、墓参の早期再開を国に求める"
        "決議を採択した。",
        "決議は「交流が途絶えて4年がたち、元島民の平均年齢は89歳を超えた。一刻の猶予もない」"
        "と訴え、墓参だけでも先に再開できるよう国に外交努力を求めた。",
    )
    claims = judge.read(page).claims
    assert any("一刻の猶予もない" in c.text and "超えた。" in c.text for c in claims)
    assert not judge.assess(page).alerts


@pytest.mark.parametrize(
    "lead",
    [
        "A week after the first peace treaty consultations in three years, the two readouts "
        "say more about what was left out than about what was agreed.",
        "It remains unclear what the two deputy ministers agreed on in Vienna last week.",
    ],
)
def test_what_was_agreed_is_spoken_of_not_reported(judge: Judge, lead: str) -> None:
    """ "what was agreed", "what the two sides agreed on": a free relative or an embedded
    question speaks of an agreement; it reports none."""
    page = _page("en", "Vienna readouts leave more unsaid than said", lead)
    events = {e for c in judge.read(page).claims if c.reports_event for e in c.events}
    assert "agreement" not in events


@pytest.mark.parametrize(
    "title",
    [
        "Возобновление безвизовых поездок на Курилы, о котором писали японские газеты, в МИД "
        "назвали «не соответствующим действительности»",
        "Возобновление безвизовых поездок на Курилы в МИД назвали «не стоящим на повестке»",
    ],
)
def test_a_move_the_predicate_calls_untrue_is_no_move(judge: Judge, title: str) -> None:
    """A report named after the noun («…, о котором писали японские газеты,») and denied by
    the sentence's predicate, and a noun the predicate calls what it is not («назвали «не
    стоящим на повестке»»), move nothing."""
    page = _page(
        "ru",
        title,
        "Вопрос о безвизовых обменах между южными Курилами и Японией сейчас не обсуждается, "
        "заявил в понедельник представитель МИД России.",
    )
    assert _moves(judge, page) == []
    assert not judge.assess(page).alerts


def test_ready_with_words_between_is_still_ready(judge: Judge) -> None:
    """ "Japan 'ready tomorrow' to restart island exchanges": readiness with quotation marks
    or words before its "to" is a prospect; "a programme that has been frozen since 2022" is
    a state that has held since then, not a halt of now."""
    page = _page(
        "en",
        "Tokyo 'ready tomorrow' to restart island exchanges, minister says",
        "Japan would restart visa-free exchanges with the islands at short notice if Moscow "
        "agreed, the foreign minister said, describing a programme that has been frozen since "
        "2022 as ready to resume within weeks.",
    )
    assert _moves(judge, page) == []
    assert not judge.assess(page).alerts
