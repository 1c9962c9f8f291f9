"""A request told by its verb and object, an appeal with words before its addressee, a
note that only carries the standing request (and one that proposes), a look at the islands
from across the water, a halt that goes on, a visit to a school in a Japanese town, an
exhibition opened, harm done to graves or a cable, and a headline's visit a lead calls a
one-off. Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import page

from monitor.core.grouping import months_ahead
from monitor.core.novelty import Judge
from monitor.core.sentence_reading import ClaimReading

WHEN = dt.datetime(2026, 10, 6, 6, 0, tzinfo=dt.UTC)
HEADLINE = {"en": "Regional news roundup", "ru": "Новости региона", "ja": "地域のニュース"}
CLOSING = {
    "en": "Officials gave no further details when asked on Tuesday, and the regional "
    "administration declined to comment on the matter.",
    "ru": "Подробности в ведомстве во вторник не сообщили, сославшись на порядок.",
    "ja": "詳しい経緯は明らかになっておらず、地元の自治体が情報の収集を急いでいる。",
}


def _lead(judge: Judge, lang: str, sentence: str) -> ClaimReading:
    return judge.read(page(lang, HEADLINE[lang], sentence, CLOSING[lang], when=WHEN)).claims[1]


# ------------------------------------------------------------ what is only asked


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokyo continues to 'strongly request' the resumption of visits by former islanders "
        "to the Kuril Islands.",
        "The foreign ministry requested the restoration of visa-free exchanges with the "
        "Kuril Islands.",
        "Former residents of the Kuril Islands appealed on Monday to the Japanese and "
        "Russian governments to let them visit their family graves this summer.",
        "Japan demanded the resumption of visits by former islanders to the Kuril Islands.",
    ],
)
def test_a_request_moves_nothing(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "en", sentence)
    assert not claim.changes, claim
    assert not (claim.reports_event and not claim.modal), claim


@pytest.mark.parametrize(
    ("sentence", "word", "why"),
    [
        (
            "Japan's foreign ministry sent a note to Russia asking it to allow former residents "
            "of the Kuril Islands to visit their family graves this summer.",
            "visit",
            "requested",
        ),
        (
            "The league urged Moscow to let former islanders visit the Kuril Islands again.",
            "visit",
            "requested",
        ),
        (
            "Officials hope that former residents will visit the Kuril Islands this summer.",
            "visit",
            "prospect",
        ),
    ],
)
def test_an_english_word_under_a_wish_keeps_why(
    judge: Judge, sentence: str, word: str, why: str
) -> None:
    # the English clause reader names why a governed word is not asserted, as the
    # morphology of the other languages does: a request is told apart from a hope
    claim = _lead(judge, "en", sentence)
    assert (word, why) in claim.unasserted, claim


def test_a_move_done_at_someones_request_still_moves(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "At Tokyo's request, Russia resumed visits by former islanders to the Kuril Islands.",
    )
    assert ("former-residents-visits", "resume") in claim.changes, claim


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "ru",
            "МИД прокомментировал японскую ноту",
            "Официальный представитель МИД России прокомментировала ноту посольства Японии "
            "с просьбой возобновить в этом году безвизовые поездки на Курилы.",
        ),
        (
            "ja",
            "北方墓参、ロシアに改めて要請",
            "外務省は13日、元島民による北方四島への墓参を今夏に実施できるよう、在京ロシア"
            "大使館に口上書で改めて要請したと明らかにした。",
        ),
    ],
)
def test_a_note_carrying_the_standing_request_is_no_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assessment = judge.assess(page(lang, headline, sentence, CLOSING[lang], when=WHEN))
    assert not assessment.alerts, assessment


def test_an_english_report_of_japans_note_asking_again_is_no_news(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "en",
            "Japan renews request for grave visits in note to Moscow",
            "Japan's foreign ministry sent a note to Russia asking it to allow former "
            "residents of the Kuril Islands to visit their family graves this summer.",
            CLOSING["en"],
            when=WHEN,
        )
    )
    assert not assessment.alerts, assessment


def test_a_note_from_russia_demanding_of_japans_boats_is_news(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "ja",
            "安全操業の漁船に「ロシア国旗掲揚」要求　ロシアが口上書",
            "北方四島周辺水域の安全操業を巡り、ロシア側が、操業中の日本漁船に対しロシア国旗を"
            "掲揚するよう求める口上書を日本側に手渡していたことが分かった。",
            CLOSING["ja"],
            when=WHEN,
        )
    )
    assert assessment.alerts, assessment


def test_a_note_proposing_the_move_is_news(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "ja",
            "ロシア、平和条約交渉の再開を提案",
            "ロシア外務省は11日、日本との平和条約締結交渉の再開を提案する口上書を、ルデンコ外務"
            "次官が駐ロシア日本大使に手渡したと発表した。",
            CLOSING["ja"],
            when=WHEN,
        )
    )
    assert assessment.alerts, assessment


# ------------------------------------------------------------ a look from afar


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ja", "北方対策担当相は7日、納沙布岬の望郷の岬公園から北方領土を視察した。"),
        (
            "en",
            "The minister inspected the Kuril Islands from a patrol boat in the Nemuro Strait "
            "on Sunday.",
        ),
        ("ru", "Министр осмотрел Курильские острова с борта пограничного катера."),
    ],
)
def test_a_look_at_the_islands_from_across_the_water_is_no_visit(
    judge: Judge, lang: str, sentence: str
) -> None:
    claim = _lead(judge, lang, sentence)
    assert "visit" not in claim.events, claim


def test_a_flight_over_the_islands_is_still_a_visit(judge: Judge) -> None:
    claim = _lead(judge, "ja", "首相は7日、海上保安庁の航空機で北方領土を上空から視察した。")
    assert "visit" in claim.events, claim


def test_a_visit_to_a_school_in_a_japanese_town_is_off_the_islands(judge: Judge) -> None:
    claim = _lead(
        judge,
        "ja",
        "歯舞群島出身の男性が26日、根室市内の小学校を訪れ、6年生に島での暮らしを語った。",
    )
    assert "visit" not in claim.events, claim


# ------------------------------------------------------------ a halt that goes on


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ja", "北方四島での日ロ共同の生態系調査は、今年も中止となった。"),
        (
            "en",
            "The joint seabird survey on the Kuril Islands was cancelled again this year.",
        ),
        ("ru", "Совместная экспедиция на Кунашир и в этом году отменена."),
    ],
)
def test_a_halt_that_goes_on_halts_nothing_new(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert "reversal" not in claim.events, claim


def test_a_halt_for_the_first_time_is_still_a_halt(judge: Judge) -> None:
    claim = _lead(judge, "ja", "北方四島での日ロ共同の生態系調査は、今年は中止となった。")
    assert "reversal" in claim.events, claim


# ------------------------------------------------------------ an exhibition, a case


@pytest.mark.parametrize(
    "sentence",
    [
        "В Южно-Курильском краеведческом музее открылась выставка о первых переселенцах.",
        "Полиция на Кунашире открыла уголовное дело о порче имущества.",
    ],
)
def test_an_exhibition_or_a_case_opened_is_no_construction(judge: Judge, sentence: str) -> None:
    claim = _lead(judge, "ru", sentence)
    assert not {"construction", "infrastructure"} & claim.events, claim


def test_a_school_opened_is_still_construction(judge: Judge) -> None:
    claim = _lead(judge, "ru", "На Шикотане открыли новую школу на 300 учеников.")
    assert "construction" in claim.events, claim


# ------------------------------------------------------------ harm done


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Vandals toppled fourteen headstones at the old Japanese cemetery on Kunashir.",
        ),
        ("en", "Ice damaged the undersea cable that links Shikotan to Kunashir."),
        ("ru", "На японском кладбище в Южно-Курильске неизвестные повалили надгробия."),
        ("ja", "国後島の日本人墓地で、墓石14基が倒されているのが見つかった。"),
    ],
)
def test_harm_done_to_graves_or_a_cable_is_an_event(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert "damage" in claim.events, claim
    assert claim.reports_event, claim


def test_an_earthquake_that_harms_nothing_is_no_damage(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "A magnitude 6.1 earthquake struck off Iturup; no damage was reported on the islands.",
    )
    assert "damage" not in claim.events, claim


# ------------------------------------------------------------ a one-off told by the lead


def test_a_lead_that_calls_the_headlines_visit_a_one_off_makes_it_once(judge: Judge) -> None:
    reading = page(
        "en",
        "Six former islanders visit restored Japanese graves on Kunashir",
        "The one-off trip, allowed by Russia as an exception, took the group of former "
        "residents to the cemetery in Yuzhno-Kurilsk.",
        CLOSING["en"],
        when=WHEN,
    )
    assessment = judge.assess(reading)
    moved = {c.status_id: c.new.state for c in assessment.changes}
    assert moved.get("former-residents-visits", "").startswith("allowed once"), moved


def test_a_japanese_month_named_with_its_days_is_announced() -> None:
    published = dt.datetime(2026, 7, 14, tzinfo=dt.UTC)
    assert "2026-08" in months_ahead(["訪問は8月24〜26日の日程で行う。"], "ja", published)


# ------------------------------------------------------------ a programme's tally


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "По словам губернатора, за три года в программе льготного налогового режима на "
            "Курилах зарегистрировались более 40 резидентов.",
        ),
        (
            "en",
            "Over the past five years Russian border guards have detained 12 Japanese fishing "
            "boats near the Kuril Islands.",
        ),
        ("ja", "北方四島の特区には、これまでに累計40社が入居企業として登録した。"),
    ],
)
def test_a_count_summed_over_a_span_is_a_tally(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert not {"investment", "detention"} & claim.events, claim


def test_an_act_of_the_reports_days_is_no_tally(judge: Judge) -> None:
    claim = _lead(
        judge,
        "en",
        "Russian border guards detained two Japanese fishing boats near Kunashir on Monday.",
    )
    assert "detention" in claim.events, claim


# ------------------------------------------------------------ a work's year, a licence revoked


def test_a_works_year_after_its_title_dates_the_work_not_the_act(judge: Judge) -> None:
    claim = _lead(
        judge,
        "ja",
        "ロシア文化省は17日までに、色丹島を舞台にした日本のアニメ映画「ジョバンニの島」"
        "（2014年）の配給許可を取り消した。",
    )
    assert claim.events, claim
    assert not claim.past, claim


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Russia revoked the accreditation of a Japanese correspondent who reported on "
            "the Kuril Islands.",
        ),
        (
            "ru",
            "Минкультуры отозвало прокатное удостоверение японского фильма о Шикотане.",
        ),
    ],
)
def test_a_licence_revoked_is_a_halt(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert "reversal" in claim.events, claim


# ------------------------------------------------------------ a headline not borne out


def test_a_headlines_move_the_story_sets_as_a_goal_moves_nothing(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "ja",
            "参院予算委　首相「平和条約締結の方針、不変」　北方墓参の再開「最優先」",
            "首相は6日の参院予算委員会で、平和条約を締結するとの方針を堅持すると述べた。",
            "その上で「北方墓参をはじめとする四島交流等事業の再開は、今後の日ロ関係の中でも"
            "最優先事項の一つだ」と強調した。",
            when=WHEN,
        )
    )
    assert not assessment.changes, assessment


def test_a_headlines_move_the_story_reports_stays_a_move(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "ja",
            "北方墓参、4年ぶり再開",
            "元島民ら30人が14日、チャーター船で国後島を訪れ、墓地で先祖の霊を慰めた。",
            "政府は、北方墓参の再開を引き続き最優先で求めていくとしている。",
            when=WHEN,
        )
    )
    assert any(c.status_id == "former-residents-visits" for c in assessment.changes), assessment


# ------------------------------------------------------------ dug, found, asked about


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Russian forces are digging tunnels into hillsides on Kunashir."),
        ("ru", "На Кунашире военные роют тоннели в склонах сопок."),
        ("ja", "国後島で、ロシア軍が山腹にトンネルを掘削している。"),
    ],
)
def test_tunnels_dug_are_built(judge: Judge, lang: str, sentence: str) -> None:
    claim = _lead(judge, lang, sentence)
    assert "construction" in claim.events, claim


def test_a_fact_found_before_a_comma_is_not_the_relative_clause_after_it(judge: Judge) -> None:
    claim = _lead(
        judge,
        "ja",
        "北方領土の国後島で、ロシア軍が山腹にトンネルを掘削していることが、防衛省が分析した"
        "衛星画像でわかった。",
    )
    assert claim.reports_event, claim


def test_what_a_speaker_is_asked_about_is_no_report(judge: Judge) -> None:
    claim = _lead(
        judge,
        "ja",
        "防衛相は記者会見で、この夏に北方領土でロシア軍の演習が相次いだことについて問われ、"
        "「新たな部隊の配備は確認していない」と述べた。",
    )
    assert not claim.reports_event, claim


def test_a_goal_for_another_matter_leaves_the_headlines_move(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "ja",
            "日ロ平和条約交渉、約4年ぶり再開　東京で次官級協議",
            "政府は10日、ロシアとの平和条約締結交渉を東京都内で行ったと発表した。",
            "日本側は北方四島の帰属の問題を解決して平和条約を締結するとの基本方針を伝え、"
            "元島民による北方墓参の早期再開も求めた。",
            when=WHEN,
        )
    )
    assert any(c.status_id == "peace-treaty-talks" for c in assessment.changes), assessment
