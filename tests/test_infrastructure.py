"""Works on the islands: a port, an airfield, a sea link or a power plant opened or approved
is a development of the dispute; a school or a clinic opening is local news; a door opened
to someone ("opened the airports to foreign tourists") is access granted, not a building.
Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import article

from monitor.core.learning import learn_from
from monitor.core.models import Article
from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 8, 4, 6, 0, tzinfo=dt.UTC)


def _read(lang: str, title: str, *paragraphs: str, when: dt.datetime = WHEN) -> Article:
    return article(lang, title, *paragraphs, when=when)


def test_an_airfield_opened_on_the_islands_is_news(judge: Judge) -> None:
    """An English headline: a runway opened on Shikotan reports infrastructure."""
    article = _read(
        "en",
        "New runway opened on Shikotan, letting military transport planes land",
        "A 2,000-metre runway was opened on Shikotan on Monday, regional officials said, "
        "allowing heavy transport aircraft to land on the island for the first time.",
        "Japan, which claims the island, has not yet commented.",
    )
    assessment = judge.assess(article)
    assert assessment.decision == "new_development"
    assert assessment.event == "infrastructure"


def test_a_power_plant_completed_in_japanese_is_news(judge: Judge) -> None:
    """「択捉島に…発電所が完成」: the same class of works, read in Japanese."""
    article = _read(
        "ja",
        "択捉島に大型の火力発電所が完成　ロシア、島の電力を倍増へ",
        "ロシアが実効支配する北方領土の択捉島で、大型の火力発電所が完成し、4日に稼働を始めた。",
        "日本政府は事実関係の確認を進めている。",
    )
    assert judge.assess(article).decision == "new_development"


def test_a_clinic_opening_is_local_news(judge: Judge) -> None:
    """«открылась новая поликлиника»: something opened on the islands, not works that change
    what they can do; rooms «разместились» in it are no deployment (nothing military is
    placed) and its «150 посещений в смену» are a measure, not visits made."""
    article = _read(
        "ru",
        "На Итурупе открылась новая поликлиника на 150 посещений в смену",
        "В Курильске на Итурупе открылась новая поликлиника, сообщили в региональном минздраве.",
        "В здании разместились кабинеты терапевтов, стоматологов и педиатров.",
    )
    assert judge.assess(article).decision != "new_development"


def test_airports_opened_to_foreigners_are_access_not_works(judge: Judge) -> None:
    """ "opened the airports … to foreign tourists": the verb takes whom the door opens to."""
    article = _read(
        "en",
        "Japan protests after Moscow opened Kuril airports to foreign tourists",
        "Tokyo lodged a protest on Tuesday after Moscow opened the airports on Iturup and "
        "Kunashir to foreign tourists arriving with electronic visas.",
        "The islands are claimed by Japan.",
    )
    events = {e for c in judge.read(article).claims for e in c.events}
    assert "infrastructure" not in events
    assert "construction" not in events


def test_a_protest_at_approved_works_joins_their_alert(judge: Judge) -> None:
    """The approval of an airport (Russian), then Tokyo's protest at its construction
    (Japanese) two days later: one development, as both name the works on the island."""
    approval = _read(
        "ru",
        "Кабмин одобрил строительство нового аэропорта на Кунашире",
        "Правительство России одобрило строительство аэропорта на Кунашире с полосой длиной "
        "2,5 километра, следует из распоряжения, опубликованного во вторник.",
        "Работы должны начаться весной.",
    )
    first = judge.assess(approval)
    assert first.decision == "new_development"
    learned = judge.with_knowledge(learn_from(first, approval, 1, judge.knowledge))
    protest = _read(
        "ja",
        "国後島の空港建設に抗議　政府「受け入れられない」",
        "政府は、ロシアが北方領土の国後島で新たな空港の建設を決めたことについて、"
        "外交ルートを通じて抗議した。",
        "官房長官は記者会見で「我が国の立場と相いれない」と述べた。",
        when=WHEN + dt.timedelta(days=2),
    )
    assert learned.assess(protest).decision == "same_development"


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ru",
            "На Шикотане создадут пункт пропуска для иностранных судов",
            "Правительство России учредило постоянный пункт пропуска через государственную "
            "границу в порту Малокурильское на Шикотане, говорится в распоряжении кабмина.",
        ),
        (
            "ja",
            "色丹島に出入国検問所を新設　ロシア政府が決定",
            "ロシア政府は、色丹島の港に外国船が直接入港できる常設の検問所を新設した。"
            "日本政府は、日本の立場と相いれず受け入れられないとして、外交ルートを通じて"
            "ロシア側に抗議する方針だ。",
        ),
    ],
)
def test_a_border_checkpoint_set_up_on_the_islands_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """Setting up a border crossing opens the islands to foreign ships: works that change
    what the islands can do, in the words for establishing a thing."""
    assessment = judge.assess(_read(lang, title, lead))
    assert assessment.decision == "new_development"
    assert assessment.event == "infrastructure"


def test_a_museum_set_up_on_the_islands_is_local_news(judge: Judge) -> None:
    """The same words for a museum: no development of the dispute."""
    assessment = judge.assess(
        _read(
            "en",
            "Local history museum set up in Kurilsk on Iturup",
            "A small museum of local history was established in Kurilsk on Iturup this week, "
            "the district administration said, with exhibits donated by residents.",
        )
    )
    assert not assessment.alerts


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "en",
            "Russian patrol boat fires warning shots at Japanese fishing boat in Nemuro Strait",
            "A Russian border guard vessel fired warning shots at a Japanese fishing boat near "
            "the median line of the Nemuro Strait on Tuesday, the Japan Coast Guard said.",
        ),
        (
            "ru",
            "Пограничники открыли предупредительный огонь по японской шхуне в проливе Измены",
            "Пограничный сторожевой корабль открыл предупредительный огонь по японской шхуне, "
            "нарушившей правила промысла в проливе Измены, сообщили в погрануправлении.",
        ),
    ],
)
def test_force_used_in_the_strait_between_the_islands_and_hokkaido_is_news(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """The strait between Kunashir and Hokkaido is where the two sides meet at sea; shots
    fired there are a development of the dispute, like a detention."""
    assessment = judge.assess(_read(lang, title, lead))
    assert assessment.decision == "new_development"
    assert "force" in assessment.events


def test_a_court_confiscating_a_stake_on_the_islands_is_news(judge: Judge) -> None:
    """«Суд обратил в доход государства»: the legal words for confiscation are a ruling."""
    assessment = judge.assess(
        _read(
            "ru",
            "Суд обратил в доход государства долю японского инвестора в порту на Итурупе",
            "Арбитражный суд Сахалинской области обратил в доход государства долю японского "
            "инвестора в морском порту Курильска на Итурупе по иску Генпрокуратуры.",
        )
    )
    assert assessment.decision == "new_development"
    assert "ruling" in assessment.events


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        (
            "ru",
            "Минобороны издало приказ о закрытии побережья Итурупа для судов",
            "Приказом министерства обороны прибрежные воды Итурупа с 1 июня закрыты для "
            "гражданских судов, сообщили в штабе округа.",
        ),
        (
            "ru",
            "Распоряжение правительства: на Кунашире появится таможенный пост",
            "Председатель правительства подписал распоряжение о создании таможенного поста "
            "в Южно-Курильске.",
        ),
        (
            "ja",
            "択捉島の沿岸、ロシアが「立入制限区域」に指定",
            "ロシア国防省は、北方領土の択捉島の沿岸部を民間人の立入制限区域に指定した。"
            "指定は来月1日から適用され、漁業者や観光客は許可なく沿岸に近づけなくなるという。"
            "日本政府は外交ルートを通じて事実関係の確認を急いでいる。",
        ),
        (
            "en",
            "Russia's defence ministry issued an order closing Iturup's coast to shipping",
            "Russia's defence ministry issued an order on Monday closing the coast of Iturup "
            "to civilian shipping from June 1, regional officials said.",
        ),
    ],
)
def test_an_order_or_a_designation_on_the_islands_is_a_legal_act(
    judge: Judge, lang: str, title: str, lead: str
) -> None:
    """A ministry's order («приказ», «распоряжение», "issued an order") and an official
    designation (指定) are acts of state like a decree or a law."""
    assessment = judge.assess(_read(lang, title, lead))
    assert assessment.decision == "new_development"
    assert "legislation" in assessment.events


def test_russian_placed_with_its_consonant_change_is_a_deployment(judge: Judge) -> None:
    """«Размещён» (размест-/размещ-): the participle of placing troops or a unit."""
    assessment = judge.assess(
        _read(
            "ru",
            "На Итурупе размещён новый дивизион береговой обороны",
            "На острове Итуруп размещён дивизион береговой обороны Тихоокеанского флота, "
            "сообщили в штабе флота.",
        )
    )
    assert assessment.decision == "new_development"
    assert "deployment" in assessment.events


def test_a_japanese_relative_clause_that_introduces_new_works_states_them(
    judge: Judge,
) -> None:
    """「ロシアが新たに建設した灯台」: the clause names something newly done, which no
    reader knew; only a known thing is presupposed by a relative clause."""
    assessment = judge.assess(
        _read(
            "ja",
            "納沙布沖の島に灯台、政府が確認",
            "政府は3日、北方領土・歯舞群島の貝殻島にロシアが新たに建設した灯台を確認したと"
            "発表した。政府は外交ルートを通じてロシア側に申し入れを行った。"
            "灯台は高さ約15メートルで、先月から点灯しているという。",
        )
    )
    assert assessment.decision == "new_development"
    assert "infrastructure" in assessment.events


def test_a_japanese_relative_clause_of_works_to_come_is_no_report(judge: Judge) -> None:
    """「新設される灯台」: works still to be done, named in a relative clause, are not
    reported as done."""
    assessment = judge.assess(
        _read(
            "ja",
            "北方領土の灯台問題、政府が情報収集",
            "政府は、北方領土・歯舞群島の貝殻島に今後新設される灯台について情報収集を進めている。"
            "関係者によると、詳しい計画はまだ明らかになっていないという。",
        )
    )
    assert not assessment.alerts
