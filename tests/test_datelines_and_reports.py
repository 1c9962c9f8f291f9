"""What a sentence says besides its words: a wire dateline's agency is an outlet's name
(«/Приказ-Информ/.»), a Japanese noun of action before 報道 is what a report says
(「協議の再開報道」), "open in principle to resuming" is a disposition, a Japanese date set
off by a comma dates its sentence (「22年3月21日、…停止すると発表した」), talks named by
their matter ("reopen fisheries safety consultations") move the talks, not the matter, and
a page's logo is not its headline; a dateline paragraph opens the next, and the islands
named only for comparison ("the same formula it applies to the Northern Territories") do
not anchor another dispute's sentence. Pages and sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import lead_claim, moves, page

from monitor.core.models import FeedItem
from monitor.core.novelty import Judge
from monitor.edges.extract import extract_article

WHEN = dt.datetime(2026, 10, 20, 6, 0, tzinfo=dt.UTC)
HEADLINE = {"en": "Talks and positions", "ru": "Позиции сторон", "ja": "日ロ関係の動き"}
CLOSING = {
    "en": "No further details were given.",
    "ru": "Подробности не сообщаются.",
    "ja": "詳細は明らかにされていない。",
}


@pytest.mark.parametrize(
    "dateline",
    ["ВЛАДИВОСТОК, 19 октября. /Приказ-Информ/.", "19 октября. /«Указ и приказ»/."],
)
def test_the_agency_in_a_dateline_is_no_word_of_the_report(judge: Judge, dateline: str) -> None:
    """«приказ» (an order) and «указ» (a decree) in an agency's name report no act."""
    article = page(
        "ru",
        "Посол напомнил позицию Москвы по мирному договору",
        f"{dateline} Посол России в Японии вновь заявил, что переговоры о мирном договоре "
        "невозможны, пока Токио сохраняет санкции.",
        "Он выступил на приёме в посольстве.",
        when=WHEN,
    )
    assessment = judge.assess(article)
    assert not assessment.alerts, assessment.reason
    assert all("legislation" not in c.events for c in judge.read(article).claims)


def test_a_japanese_report_of_a_resumption_is_no_resumption(judge: Judge) -> None:
    article = page(
        "ja",
        "日ロ次官級協議の再開報道　外相「そうした事実はない」",
        "外相は20日の記者会見で、平和条約締結問題をめぐる日ロ次官級協議が近く再開されるとの"
        "一部報道について「そうした事実はない」と述べた。",
        when=WHEN,
    )
    assert moves(judge, article) == []
    assert not judge.assess(article).alerts


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow is open in principle to resuming peace treaty talks with Japan, but only if "
        "Tokyo lifts its sanctions, the deputy minister said.",
        "The Kremlin said it was open in principle to restoring visa-free exchanges with Japan.",
    ],
)
def test_open_to_a_move_is_no_move(judge: Judge, sentence: str) -> None:
    claim = lead_claim(judge, "en", HEADLINE["en"], sentence, CLOSING["en"], WHEN)
    assert claim.changes == ()
    assert not claim.reports_event


def test_a_japanese_date_set_off_by_a_comma_dates_the_sentence(judge: Judge) -> None:
    """「22年3月21日、」 dates the halt it reports, though a relative clause (「継続する意思」)
    comes first after it."""
    claim = lead_claim(
        judge,
        "ja",
        HEADLINE["ja"],
        "ロシア外務省は22年3月21日、平和条約交渉を継続する意思はないと表明し、ビザなし交流を"
        "停止すると発表した。",
        CLOSING["ja"],
        WHEN,
    )
    assert claim.past


def test_talks_named_by_their_matter_move_the_talks_not_the_matter(judge: Judge) -> None:
    """The fishing arrangement is not made of talks: reopening its consultations is news
    of talks, not the fishing resumed."""
    article = page(
        "en",
        "Tokyo and Moscow to reopen fisheries safety consultations near the Kurils",
        "Japan and Russia agreed on Monday to reopen working-level fisheries safety "
        "consultations on Japanese boats operating near the disputed islands.",
        "The first session is expected in the spring.",
        when=WHEN,
    )
    assert ("safe-operation-fishing", "resumed") not in moves(judge, article)


def test_a_logo_in_the_pages_h1_is_not_its_headline() -> None:
    """The page's only <h1> is the site's name, which its <title> gives after "|": the
    feed's title for the item is the headline."""
    headline = "ロシア、国後島の調査団受け入れを今夏に限り容認"
    page_bytes = (
        '<!doctype html><html lang="ja"><head>'
        f"<title>{headline} | 北辺ニュース</title></head><body>"
        '<header><h1 class="logo"><a href="/">北辺ニュース</a></h1></header>'
        f'<main><article><h2 class="title">{headline}</h2>'
        "<p>国後島で野鳥の生態を調べるため、根室市の研究者ら4人が7月上旬に同島を訪れることに"
        "なった。ロシア側が今夏に限った措置として入域を認めた。</p>"
        "<p>一行は約4日間滞在し、ロシアの自然保護区の職員と共同で調査を行う予定だ。"
        "調査の結果は秋に報告される。</p></article></main></body></html>"
    ).encode()
    url = "http://news.test/a.html"
    item = FeedItem("t", url, url, headline, "", WHEN)
    article = extract_article(item, url, page_bytes, now=WHEN)
    assert article.title == headline


def test_a_dateline_set_as_its_own_paragraph_opens_the_next() -> None:
    """A dateline paragraph is no sentence of its own: it would take a place of the lead's
    (the first sentences, where a report tells its news)."""
    from monitor.core.text import sentences

    found = sentences(
        "Консультации в Баку",
        "БАКУ, 19 октября. /Приказ-Информ/.\nВ Баку состоялись консультации.\nВторое.",
    )
    assert [s.text for s in found[1:]] == [
        "БАКУ, 19 октября. /Приказ-Информ/. В Баку состоялись консультации.",
        "Второе.",
    ]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Tokyo lodged a protest over the landing, calling the islets an inherent part of "
            "Japan, the same formula it applies to the Russian-held Northern Territories.",
        ),
        (
            "ru",
            "Сеул заявил протест Токио, который, как и в случае с Южными Курилами, называет "
            "острова своей исконной территорией.",
        ),
        (
            "ja",
            "政府は韓国側に抗議し、北方領土と同様に竹島は日本固有の領土だと改めて主張した。",
        ),
    ],
)
def test_islands_named_only_for_comparison_do_not_anchor(
    judge: Judge, lang: str, sentence: str
) -> None:
    """Another dispute's protest, compared with the Kurils' case, is not the dispute's."""
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    assert not claim.anchored


def test_islands_beside_a_comparison_still_anchor(judge: Judge) -> None:
    claim = lead_claim(
        judge,
        "en",
        HEADLINE["en"],
        "Unlike the Senkakus, the Kuril Islands saw new missile deployments this week.",
        CLOSING["en"],
        WHEN,
    )
    assert claim.anchored


@pytest.mark.parametrize(
    "sentence",
    [
        "Prayers were said on the deck of the Etopirika, the vessel built for visa-free "
        "exchanges with the islands, which has not sailed there since 2019.",
        "Relatives gathered at the pier, a structure paid for by the exchange programme, "
        "facing Kunashir.",
    ],
)
def test_a_participle_describing_a_noun_is_no_act(judge: Judge, sentence: str) -> None:
    claim = lead_claim(judge, "en", HEADLINE["en"], sentence, CLOSING["en"], WHEN)
    assert not claim.reports_event


def test_the_active_verb_beside_it_is_still_an_act(judge: Judge) -> None:
    claim = lead_claim(
        judge,
        "en",
        HEADLINE["en"],
        "Russia built a new pier on Shikotan for fishing boats this month.",
        CLOSING["en"],
        WHEN,
    )
    assert claim.reports_event


@pytest.mark.parametrize(
    ("sentence", "moved"),
    [
        (
            "The exchange ship returned to Nemuro on Friday carrying former residents of Kunashir.",
            False,
        ),
        ("Russia and Japan returned to peace treaty talks in Baku on Monday.", True),
    ],
)
def test_a_journeys_end_is_no_return_of_a_matter(judge: Judge, sentence: str, moved: bool) -> None:
    claim = lead_claim(judge, "en", HEADLINE["en"], sentence, CLOSING["en"], WHEN)
    assert bool(claim.changes) is moved


@pytest.mark.parametrize(
    ("lang", "headline", "lead"),
    [
        (
            "ru",
            "В Корсакове прошёл фестиваль «Курильский краб»",
            "В выходные в Корсакове прошёл фестиваль «Курильский краб»: его посетили более "
            "десяти тысяч человек, рыбаки привезли краба и икру.",
        ),
        (
            "en",
            "Sakhalin brewer launches 'Kuril Lager' in Vladivostok",
            "A Sakhalin brewery launched its 'Kuril Lager' in Vladivostok bars on Friday, "
            "saying it hopes to sell across the Far East.",
        ),
    ],
)
def test_a_thing_named_after_the_kurils_in_quotation_marks(
    judge: Judge, lang: str, headline: str, lead: str
) -> None:
    article = page(lang, headline, lead, CLOSING[lang], when=WHEN)
    assert not judge.assess(article).alerts


def test_the_islands_in_quotation_marks_are_still_the_islands(judge: Judge) -> None:
    article = page(
        "ru",
        "Россия разместила новые ракеты на «Южных Курилах»",
        "Минобороны России разместило на Итурупе новые береговые ракетные комплексы, "
        "сообщило ведомство в понедельник.",
        CLOSING["ru"],
        when=WHEN,
    )
    assert judge.assess(article).alerts


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "A Japanese fishing boat collided with a Russian border guard ship off Kunashir on "
            "Tuesday, the coast guard said.",
        ),
        ("ru", "Японская шхуна столкнулась с пограничным кораблём у Кунашира во вторник."),
        ("ja", "19日午前、国後島沖で日本の漁船とロシアの警備艇が衝突した。"),
    ],
)
def test_a_collision_at_sea_is_an_incident(judge: Judge, lang: str, sentence: str) -> None:
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    assert "accident" in claim.events
    assert claim.reports_event


def test_an_armed_clash_named_in_japanese_is_no_collision(judge: Judge) -> None:
    claim = lead_claim(
        judge,
        "ja",
        HEADLINE["ja"],
        "専門家は、北方領土周辺で武力衝突が起きる可能性は低いとみている。",
        CLOSING["ja"],
        WHEN,
    )
    assert "accident" not in claim.events


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "A girl from Iturup with severe burns was taken to Japan for treatment at Moscow's "
            "request on Sunday, the foreign ministry said.",
        ),
        (
            "ru",
            "Тяжело больного жителя Итурупа в воскресенье переправили на лечение в Японию, "
            "сообщили в областном минздраве.",
        ),
        (
            "ja",
            "択捉島で重いやけどを負ったロシア人の女児を19日、海上保安庁の巡視船が洋上で引き取り、"
            "札幌の病院に搬送した。",
        ),
    ],
)
def test_a_patient_taken_across_for_treatment_is_a_humanitarian_act(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    assert "handover" in claim.events


def test_an_events_noun_after_that_under_a_modal_is_no_report(judge: Judge) -> None:
    """ "said that visits by … could be considered only if …": a prospect, not visits made."""
    claim = lead_claim(
        judge,
        "en",
        HEADLINE["en"],
        "The envoy said on Monday that visits by former Japanese residents to Shikotan could "
        "be considered only if Tokyo changed course.",
        CLOSING["en"],
        WHEN,
    )
    assert not claim.reports_event


def test_the_liberation_of_the_islands_is_no_release(judge: Judge) -> None:
    claim = lead_claim(
        judge,
        "ru",
        HEADLINE["ru"],
        "У памятника воинам, погибшим при освобождении Южных Курил, в пятницу прошёл митинг.",
        CLOSING["ru"],
        WHEN,
    )
    assert "release" not in claim.events


def test_japanese_fishermen_set_free_are_still_released(judge: Judge) -> None:
    claim = lead_claim(
        judge,
        "ru",
        HEADLINE["ru"],
        "Японские рыбаки, задержанные пограничниками у Кунашира, освобождены и вернулись в Немуро.",
        CLOSING["ru"],
        WHEN,
    )
    assert "release" in claim.events


def test_a_memorial_told_with_its_object_first_is_an_occasion(judge: Judge) -> None:
    article = page(
        "ru",
        "Память защитников Курил почтили в Курильске",
        "В пятницу в Курильске у мемориала прошёл митинг в День Победы над милитаристской "
        "Японией; в нём приняли участие ветераны и школьники.",
        "Глава округа напомнил, что Курилы были и будут российской землёй.",
        when=WHEN,
    )
    assert not judge.assess(article).alerts
