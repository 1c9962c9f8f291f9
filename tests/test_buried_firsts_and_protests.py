"""A first told past a lead on something else is the page's news; a protest or a summons
under a headline that names no island is news when the lead's protest names them; what is
allowed, wished or described is not done; a thing of the islands' past handed over, and
an arrangement put off indefinitely, are acts. Pages written for these tests, decided by
the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 9, 14, 6, 0, tzinfo=dt.UTC)

# a page on a fleet review, a regional festival, a minister's tour: the islands' news comes
# in the fourth sentence, told as a first
BURIED = {
    "en": (
        "Navy chief reviews Pacific Fleet readiness in Vladivostok",
        "Russia's navy commander reviewed the readiness of Pacific Fleet ships in "
        "Vladivostok on Wednesday, the fleet's press service said.",
        "He inspected two frigates and a submarine tender and spoke to cadets of the naval school.",
        "Commanders then reported on the summer training programme.",
        "The commander was told that a coastal missile battalion had taken up combat duty on "
        "Shikotan, the first unit of its kind deployed on the island.",
    ),
    "ru": (
        "Главком ВМФ проверил готовность кораблей Тихоокеанского флота во Владивостоке",
        "Главнокомандующий ВМФ России в среду проверил готовность кораблей Тихоокеанского "
        "флота во Владивостоке, сообщила пресс-служба флота.",
        "Он осмотрел два фрегата и плавбазу подводных лодок и встретился с курсантами "
        "военно-морского училища.",
        "Затем командиры доложили о ходе летнего периода обучения.",
        "Главкому доложили, что на острове Шикотан заступил на боевое дежурство береговой "
        "ракетный дивизион — первое подобное подразделение, размещённое на острове.",
    ),
    "ja": (
        "根室でさんま祭り 3万人でにぎわう",
        "根室市の港で13日、恒例のさんま祭りが開かれ、約3万人が炭火焼きのサンマを味わった。",
        "会場では郷土芸能の披露や子ども向けの釣り体験も行われた。",
        "実行委員会によると、来場者数は昨年を上回った。",
        "一方、市によると、色丹島にはロシア軍の地対艦ミサイル部隊が初めて配備された。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_first_told_past_a_lead_on_something_else_alerts(judge: Judge, lang: str) -> None:
    title, *paragraphs = BURIED[lang]
    assessment = judge.assess(page(lang, title, *paragraphs, when=WHEN))
    assert assessment.decision == "new_development", assessment.reason
    # what is new is the sentence that tells it, not the page's headline
    assert any(k in assessment.new_claims[0].text for k in ("Shikotan", "Шикотан", "色丹")), (
        assessment.new_claims
    )


# the same pages, the first told with its earlier time: the page's background
BURIED_BEFORE = {
    "en": "In 2019 a coastal missile battalion took up combat duty on Shikotan, the first "
    "unit of its kind deployed on the island.",
    "ru": "В июне на острове Шикотан заступил на боевое дежурство береговой ракетный "
    "дивизион — первое подобное подразделение, размещённое на острове.",
    "ja": "色丹島には2019年、ロシア軍の地対艦ミサイル部隊が初めて配備された。",
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_first_told_past_the_lead_with_an_earlier_time_is_background(
    judge: Judge, lang: str
) -> None:
    title, *paragraphs = BURIED[lang]
    paragraphs[-1] = BURIED_BEFORE[lang]
    assessment = judge.assess(page(lang, title, *paragraphs, when=WHEN))
    assert not assessment.alerts, assessment.reason


def test_a_first_past_the_lead_of_a_page_on_the_dispute_is_its_background(
    judge: Judge,
) -> None:
    """A page whose own headline is the dispute's (a minister's restated goal) tells its
    body's firsts as background, not as a story of its own."""
    article = page(
        "en",
        "Japan will keep seeking a peace treaty with Russia, foreign minister says",
        "Japan will keep seeking a peace treaty with Russia, the foreign minister told "
        "parliament on Monday.",
        "He said the government's position on the islands had not changed.",
        "Opposition lawmakers pressed him on the fate of former residents' visits.",
        "A coastal missile battalion has taken up combat duty on Shikotan, the first unit of "
        "its kind deployed on the island.",
        when=WHEN,
    )
    assert not judge.assess(article).alerts


# a summons or a protest under a headline that names no island, over an act the lead ties
# to the islands
PROTESTS = {
    "en": (
        "Moscow summons Japanese envoy over museum exhibition",
        "Russia's Foreign Ministry summoned Japan's ambassador on Thursday and protested "
        "against an exhibition in Sapporo that presents Kunashir and Iturup as Japanese "
        "territory.",
    ),
    "ru": (
        "МИД России вызвал посла Японии",
        "В четверг посол Японии был вызван в МИД России, где ему заявили решительный протест "
        "в связи с открытием в Саппоро выставки, представляющей Кунашир и Итуруп японской "
        "территорией.",
    ),
    "ja": (
        "ロシアの記念紙幣に抗議 政府",
        "ロシア中央銀行が国後島の風景を描いた記念紙幣を発行したことについて、政府は18日、"
        "外交ルートを通じてロシア側に抗議した。",
    ),
}
CLOSING = {
    "en": "Officials gave no further details.",
    "ru": "Подробности не сообщаются.",
    "ja": "詳しい経緯は明らかになっていない。",
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_protest_under_a_headline_naming_no_island_alerts(judge: Judge, lang: str) -> None:
    title, lead = PROTESTS[lang]
    assessment = judge.assess(page(lang, title, lead, CLOSING[lang], when=WHEN))
    assert assessment.decision == "new_development", assessment.reason
    assert "protest" in assessment.events


def test_a_protest_at_words_under_such_a_headline_is_no_news(judge: Judge) -> None:
    article = page(
        "en",
        "Tokyo protests over Russian lawmaker's remarks",
        "Japan lodged a protest with Russia on Tuesday over a lawmaker's remarks that the "
        "Kuril Islands would never be a subject of talks.",
        CLOSING["en"],
        when=WHEN,
    )
    assert not judge.assess(article).alerts


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish conveyed, its move in an infinitive with a subject of its own
        "The envoy conveyed the wish of former residents for grave visits to the islands to "
        "resume without delay.",
        # the wish quoted, the infinitive outside the quotation marks
        'The envoy conveyed "the heartfelt wish of the families, many now in their '
        'nineties", for grave visits to the islands to resume.',
        "Officials say the conditions for the visa-free exchanges to be restored are not there.",
    ],
)
def test_a_move_in_an_infinitive_of_for_is_no_move(judge: Judge, sentence: str) -> None:
    article = page("en", "Regional news roundup", sentence, CLOSING["en"], when=WHEN)
    assert not [c.changes for c in judge.read(article).claims if c.changes]


def test_a_visit_one_needs_permission_for_is_no_visit(judge: Judge) -> None:
    article = page(
        "en",
        "Japanese fishery inspectors will need Moscow's permission to visit Kunashir",
        CLOSING["en"],
        when=WHEN,
    )
    title = judge.read(article).claims[0]
    assert "visit" not in title.events or not title.reports_event, title.flags


# an arrangement put off with no date: a halt, not a delay that denies it
POSTPONED = {
    "en": "Russia has postponed indefinitely the return of a wartime seaplane wreck from "
    "Iturup to Nemuro.",
    "ru": "Россия отложила на неопределённый срок передачу Немуро обломков гидросамолёта с "
    "Итурупа.",
    "ja": "択捉島に残る水上機の残骸を根室市に引き渡す計画について、ロシア側が無期限の延期を"
    "伝えてきた。",
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_put_off_indefinitely_is_a_halt_told_as_done(judge: Judge, lang: str) -> None:
    article = page(lang, "x", POSTPONED[lang], CLOSING[lang], when=WHEN)
    told = judge.read(article).claims[1]
    assert "reversal" in told.events, told.flags
    assert not told.negated, told.flags


HANDED = {
    "en": "Russia on Friday handed over to Japan the wreckage of a wartime bomber found on Iturup.",
    "ru": "Россия в пятницу передала Японии обломки бомбардировщика времён войны, найденного "
    "на Итурупе.",
    "ja": "択捉島で見つかった旧日本軍の爆撃機の残骸が、ロシア側から根室市に引き渡された。",
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_wreck_of_the_islands_past_handed_over_is_a_handover(judge: Judge, lang: str) -> None:
    article = page(lang, "x", HANDED[lang], CLOSING[lang], when=WHEN)
    assert "handover" in judge.read(article).claims[1].events


def test_events_in_a_russian_relative_clause_describe_its_noun(judge: Judge) -> None:
    """«ответ на ноту, в которой … выразила протест»: the protest is the earlier note's,
    the sentence reports the reply."""
    article = page(
        "ru",
        "x",
        "Посольство Японии получило ответ на ноту, в которой японская сторона выразила "
        "протест в связи с учениями на Кунашире.",
        CLOSING["ru"],
        when=WHEN,
    )
    assert not {"protest", "exercise"} & judge.read(article).claims[1].events


def test_a_russian_anniversary_in_the_headline_is_an_occasion(judge: Judge) -> None:
    article = page(
        "ru",
        "На Кунашире отметили 80-летие высадки десанта",
        "Жители Южно-Курильска возложили цветы к памятнику участникам операции.",
        CLOSING["ru"],
        when=WHEN,
    )
    assert judge.read(article).sentences[0].of("cue.occasion")


def test_a_change_listed_by_a_goal_noun_is_no_move(judge: Judge) -> None:
    """ "Tokyo's priorities … include … the resumption of visits": what is wanted."""
    article = page(
        "en",
        "Regional news roundup",
        "He gave no details. Tokyo's priorities with Moscow include the fate of the four "
        "islands and the resumption of visits by former residents to family graves.",
        CLOSING["en"],
        when=WHEN,
    )
    assert not judge.assess(article).changes
    assert not [c.changes for c in judge.read(article).claims if c.changes]


ENDED_AS_SET = {
    "en": (
        "Seasonal fishing window off Iturup closes as planned",
        "The strip of water off Iturup that Russia opened to Japanese boats in the spring "
        "closed on Sunday, as planned.",
    ),
    "ru": (
        "Сезонное окно для промысла у Итурупа закрылось",
        "Район у Итурупа, открытый весной для японских судов, закрылся в воскресенье, как и "
        "было предусмотрено.",
    ),
    "ja": (
        "択捉島沖の操業期間 予定通り終了",
        "択捉島沖で春から認められていた日本漁船の操業が、予定通り30日で終了した。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_an_end_that_came_as_set_is_no_halt(judge: Judge, lang: str) -> None:
    title, lead = ENDED_AS_SET[lang]
    assessment = judge.assess(page(lang, title, lead, CLOSING[lang], when=WHEN))
    assert not assessment.alerts, assessment.reason


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "It was their first face-to-face meeting since 2022."),
        ("ja", "両首脳が直接対面するのは2022年以来初めて。"),
    ],
)
def test_a_meeting_face_to_face_is_talks(judge: Judge, lang: str, sentence: str) -> None:
    article = page(lang, "x", sentence, CLOSING[lang], when=WHEN)
    assert "talks" in judge.read(article).claims[1].events


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Пограничники изъяли у японского судна сети у острова Танфильева."),
        ("ja", "ロシア国境警備局が、歯舞群島沖で日本漁船の漁具を押収した。"),
    ],
)
def test_gear_seized_is_a_detention_in_each_language(
    judge: Judge, lang: str, sentence: str
) -> None:
    article = page(lang, "x", sentence, CLOSING[lang], when=WHEN)
    assert "detention" in judge.read(article).claims[1].events


def test_a_japanese_noun_of_change_on_an_agenda_is_no_move(judge: Judge) -> None:
    """「墓参再開などを議題に想定」: the resumption is what is to be talked about."""
    article = page(
        "ja",
        "x",
        "議員団は、漁船の安全操業や元島民の墓参再開などを議題に想定し、ロシア側の意向を確認している。",
        when=WHEN,
    )
    assert not [c.changes for c in judge.read(article).claims if c.changes]


def test_a_japanese_act_an_answer_is_about_is_not_reported(judge: Judge) -> None:
    """「昨年…写真展を開いたことについては…と説明した」: last year's act is the topic of the
    answer (one of the days before is the fact it takes up: test_practices_and_breaks)."""
    article = page(
        "ja",
        "x",
        "外相は、昨年7月に根室市の訪問団が国後島で写真展を開いたことについては「例外的な措置だ」と"
        "説明した。",
        when=WHEN,
    )
    told = judge.read(article).claims[1]
    assert not told.reports_event, told.flags


def test_a_japanese_month_as_early_as_is_to_come(judge: Judge) -> None:
    """「11月にも国後島を訪れ」: a visit planned, as early as November."""
    article = page(
        "ja",
        "x",
        "議員団は11月にも国後島を訪れ、地元の議会と意見を交わす方向で調整している。",
        when=WHEN,
    )
    assert not judge.read(article).claims[1].reports_event
