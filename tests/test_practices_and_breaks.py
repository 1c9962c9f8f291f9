"""Decisions on pages written for these tests, on what the fifth blind round of 2026-12-05
showed misread: how a practice goes on told as if it were an act, talks held for the
first time after a break told with words the reader did not take for it, and a denial in
a clause that describes another noun taken for the sentence's own."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import moves, page

from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 8, 12, 9, 0, tzinfo=dt.UTC)


def _page(lang: str, title: str, *paragraphs: str, when: dt.datetime = WHEN) -> Article:
    return page(lang, title, *paragraphs, when=when)


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Moscow voices displeasure with Japanese exchange groups",
            "The Russian foreign ministry is unhappy with how Japanese groups use their visits "
            "to the Kuril Islands, a spokeswoman told reporters on Wednesday.",
        ),
        (
            "ru",
            "В Москве выразили недовольство японскими группами обменов",
            "В МИД России недовольны тем, как японские группы используют свои поездки на "
            "Курилы, заявила в среду официальный представитель министерства.",
        ),
        (
            "ja",
            "ロシア外務省、日本の訪問団に不満表明",
            "ロシア外務省の報道官は12日の記者会見で、日本の訪問団が北方四島への訪問をどのように"
            "利用しているかに不満を表明した。",
        ),
    ],
)
def test_how_a_practice_goes_on_is_no_act(judge: Judge, lang: str, title: str, lead: str) -> None:
    """ "unhappy with how groups use their visits", «недовольны тем, как … используют
    поездки»: a clause of "how" in the present tells how something goes on; no visit is
    reported."""
    a = _page(lang, title, lead)
    assert judge.assess(a).decision != "new_development", judge.assess(a).reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Former islanders describe their day on Iturup",
            "Former Japanese residents visited family graves on Iturup on Tuesday, the first "
            "such trip since 2019, and the ministry described how the visitors laid flowers.",
        ),
        (
            "ru",
            "Бывшие японские жители побывали на Итурупе",
            "Бывшие японские жители острова впервые с 2019 года посетили во вторник могилы "
            "предков на Итурупе, в МИД рассказали о том, как прошла поездка.",
        ),
    ],
)
def test_a_visit_told_with_how_it_went_is_still_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The counterpart: the visit is reported, and "how it went" in the past tells of an
    act done."""
    a = _page(lang, title, lead)
    assert judge.assess(a).decision == "new_development", judge.assess(a).reason


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian and Japanese diplomats meet in Hanoi",
            "Russian and Japanese diplomats met in Hanoi on Thursday for their first "
            "consultations on a peace treaty after a four-year hiatus, the two foreign "
            "ministries said.",
        ),
        (
            "ru",
            "Российские и японские дипломаты встретились в Ханое",
            "В Ханое в четверг прошли первые после четырёхлетней паузы российско-японские "
            "консультации по мирному договору, сообщили в МИД России.",
        ),
    ],
)
def test_the_first_talks_after_a_break_resume_them(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "the first consultations … after a four-year hiatus", «первые после четырёхлетней
    паузы консультации»: the break measured with words between, as "since 2022" is."""
    assert moves(judge, _page(lang, title, lead)) == [("peace-treaty-talks", "resumed")]


def test_talks_at_which_the_treaty_was_discussed_are_talks_on_it(judge: Judge) -> None:
    """«консультации, на которых обсуждались проблемы мирного договора»: a relative clause
    that tells what the talks discussed names what they were on."""
    lead = (
        "В Ханое в четверг прошли первые с 2022 года российско-японские консультации, на "
        "которых обсуждались проблемы мирного договора, сообщили в МИД России."
    )
    a = _page("ru", "Российские и японские дипломаты встретились в Ханое", lead)
    assert moves(judge, a) == [("peace-treaty-talks", "resumed")]


def test_a_compound_of_two_countries_names_both(judge: Judge) -> None:
    """«российско-японские», «японо-российские», "Russia-Japan": each part of a compound
    of names is a name; a town named with a part of another name («Северо-Курильск») is
    not that other town."""
    matcher = judge.matcher
    for text, both in [
        ("российско-японские консультации", True),
        ("японо-российские отношения", True),
        ("russia-japan talks", True),
        ("в северо-курильске открыли школу", False),
    ]:
        concepts = {h.concept for h in matcher.find(text)}
        assert ({"japan", "russia"} <= concepts) is both, (text, concepts)
        if not both:
            assert "@kurilsk" not in concepts, concepts


def test_a_denial_in_a_clause_describing_another_noun_is_not_the_sentences(
    judge: Judge,
) -> None:
    """ "…, ending a freeze that officials had described as impossible to lift": the verdict
    is about the freeze, as told before; the sentence still reports the talks held."""
    lead = (
        "Russian and Japanese diplomats met in Hanoi on Thursday for their first "
        "consultations on a peace treaty since Moscow broke off the negotiations in March "
        "2022, ending a freeze that Russian officials had described as recently as last year "
        "as impossible to lift while sanctions stayed in place."
    )
    a = _page("en", "Russia and Japan back at the table in Hanoi", lead)
    assert moves(judge, a) == [("peace-treaty-talks", "resumed")]
    # the same verdict said of the talks themselves still denies them
    denied = _page(
        "en",
        "Moscow rules out treaty talks",
        "A return to peace treaty consultations with Japan is impossible while sanctions stay "
        "in place, a Russian deputy foreign minister said on Thursday.",
    )
    assert moves(judge, denied) == []


def test_a_japanese_headline_with_a_time_to_come_plans(judge: Judge) -> None:
    """「来月根室へ　…四島視察」: a time to come before the act, with nothing decided of it,
    makes a plan; 「来年3月末で解散へ　総会で決定」 decides now what happens then."""
    planned = _page(
        "ja",
        "沖縄北方相、来月根室へ　納沙布岬から四島を視察",
        "沖縄北方担当相が来月上旬に根室市を訪れ、納沙布岬から北方四島を視察する方向で"
        "調整していることが、関係者への取材で分かった。",
    )
    assert judge.assess(planned).decision != "new_development", judge.assess(planned).reason
    decided = _page(
        "ja",
        "元島民の団体、来年3月末で解散へ　総会で決定",
        "北方四島の元島民でつくる団体が11日に根室市で総会を開き、会員の高齢化を理由に来年"
        "3月末で団体を解散することを決定した。",
    )
    assert judge.assess(decided).decision == "new_development", judge.assess(decided).reason


def test_nemuros_own_habomai_is_no_island(judge: Judge) -> None:
    """Habomai is also a district of Nemuro on Hokkaido with its own fishing cooperative: a
    festival there is a look-alike, not news of the islets."""
    a = _page(
        "ja",
        "根室市歯舞地区で昆布まつり　3000人訪れる",
        "根室市歯舞地区で2日、夏の恒例行事「昆布まつり」（歯舞漁協青年部主催）が開かれ、"
        "市内外から約3000人が訪れた。",
    )
    assert judge.assess(a).decision == "look_alike", judge.assess(a).reason


def test_a_fact_taken_up_by_an_answer_is_done(judge: Judge) -> None:
    """「…領海に侵入したことについて、…「断じて容認できない」と述べた」: the fact before
    「ことについて」 is the topic the answer takes up; the answer's negation is its own, and
    the fact's own clause says whether it is done."""
    done = _page(
        "ja",
        "政府、ロシアに厳重抗議　「断じて容認できない」",
        "国後島に近い根室海峡で20日、ロシア国境警備局の警備艇が日本の領海に侵入したことに"
        "ついて、官房長官は21日の記者会見で「主権の侵害で、断じて容認できない」と述べた。",
    )
    assert judge.assess(done).decision == "new_development", judge.assess(done).reason
    # what was not done stays not done, whatever the answer
    not_done = _page(
        "ja",
        "ロシア、交流事業を再開せず　政府が遺憾表明",
        "ロシアが北方四島との交流事業を今年も再開しないことについて、官房長官は21日の記者"
        "会見で遺憾の意を示した。",
    )
    assert moves(judge, not_done) == []


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian patrol boat enters Japanese waters near Kunashir",
            "A Russian border guard patrol boat crossed into Japan's territorial waters in the "
            "Nemuro Strait between Hokkaido and Kunashir on Tuesday, Japan's coast guard said.",
        ),
        (
            "ru",
            "Пограничный катер вошёл в территориальные воды Японии у Кунашира",
            "Пограничный катер ФСБ России во вторник вошёл в территориальные воды Японии в "
            "проливе Измены между Хоккайдо и Кунаширом, сообщила японская береговая охрана.",
        ),
        (
            "ja",
            "ロシア警備艇、国後島沖から日本の領海に",
            "第1管区海上保安本部によると、20日午後、国後島と北海道の間の根室海峡で、ロシアの"
            "警備艇1隻が中間ラインを越えて日本の領海に入った。",
        ),
    ],
)
def test_a_vessel_entering_the_other_sides_waters_is_an_incursion(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """ "crossed into Japan's territorial waters", «вошёл в территориальные воды», 「領海に
    入った」: the plain verbs of entering the other side's waters or airspace."""
    a = _page(lang, title, lead)
    assessment = judge.assess(a)
    assert assessment.decision == "new_development", assessment.reason
    assert "incursion" in assessment.reason


def test_about_to_is_a_prospect(judge: Judge) -> None:
    """ "Moscow is about to reopen peace treaty talks, a newspaper says": what is about to
    happen has not."""
    a = _page(
        "en",
        "Moscow is about to reopen peace treaty talks with Tokyo, paper says",
        "Moscow is about to reopen peace treaty talks with Tokyo, a Russian newspaper reported "
        "on Monday, citing unnamed diplomats.",
    )
    assert moves(judge, a) == []


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Duma deputies submit bill to scrap 1956 declaration with Japan",
            "A group of Russian lawmakers has submitted a bill to the State Duma that would "
            "denounce the 1956 Soviet-Japanese declaration on the Kuril Islands.",
        ),
        (
            "ru",
            "В Госдуму внесён законопроект об отмене льгот для японских рыбаков у Курил",
            "Группа депутатов внесла в Государственную думу законопроект, отменяющий льготы "
            "для японских рыбаков в водах у южных Курил.",
        ),
        (
            "ja",
            "北方領土の旧島民支援で議員立法　法案を国会に提出",
            "超党派の議員連盟は10日、北方領土の元島民の後継者を支援する法案を国会に提出した。",
        ),
    ],
)
def test_a_bill_only_brought_in_is_no_law(judge: Judge, lang: str, title: str, lead: str) -> None:
    """«В Госдуму внесён законопроект», "submitted a bill", 「法案を国会に提出」: a bill
    brought in by some deputies is a proposal, not legislation."""
    a = _page(lang, title, lead)
    assert judge.assess(a).decision != "new_development", judge.assess(a).reason


def test_a_bill_passed_is_a_law(judge: Judge) -> None:
    """The counterpart: a bill the Duma passed is legislation, news."""
    a = _page(
        "ru",
        "Госдума приняла закон об отмене льгот для японских рыбаков у Курил",
        "Государственная дума приняла в третьем чтении законопроект, отменяющий льготы для "
        "японских рыбаков в водах у южных Курил.",
    )
    assert judge.assess(a).decision == "new_development", judge.assess(a).reason


def test_japanese_talks_on_the_same_matter_first_since_the_refusal(judge: Judge) -> None:
    """「ロシアが…平和条約交渉の継続を拒否して以降、同問題を扱う政府間の協議が開かれるのは
    初めて」: 同問題 names the matter the sentence named before, 開かれる holds the talks, and
    the refusal in the clause of time dates them instead of denying them."""
    a = _page(
        "ja",
        "日ロ、ハノイで専門家協議",
        "外務省は18日、日ロ両政府の専門家による協議を17日にベトナム・ハノイで開いたと発表した。"
        "ロシアが2022年3月に平和条約交渉の継続を拒否して以降、同問題を扱う政府間の協議が"
        "開かれるのは初めて。",
    )
    assert moves(judge, a) == [("peace-treaty-talks", "resumed")]


def test_a_japanese_clause_set_off_by_a_comma_describes_the_noun_after_it(
    judge: Judge,
) -> None:
    """「去年再開された、国後島での温室事業について、…協議を打ち切ると通告」: the clause
    before the comma describes the project; the sentence does not resume the joint
    economic activity (it cuts off talks on it). A clause with its own predicate after the
    comma (「再開した、と発表した」) is read as before."""
    cut_off = _page(
        "ja",
        "サハリン州、温室事業の協議打ち切りを通告",
        "北方四島での日ロの共同経済活動として去年再開された、国後島での温室野菜栽培事業に"
        "ついて、サハリン州政府が北海道に対し、協議を打ち切ると文書で通告してきた。",
    )
    assert ("joint-economic-activity", "resumed") not in moves(judge, cut_off)
    told = _page(
        "ja",
        "外務省が発表",
        "日ロ両政府は17日、ハノイで平和条約交渉を再開した、と外務省が発表した。",
    )
    assert moves(judge, told) == [("peace-treaty-talks", "resumed")]
