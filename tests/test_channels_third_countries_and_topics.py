"""A standing line between the two sides' services (a hotline, a radio link) halted or
restored, a third country named alike in every language so that reports of its act are one
story, a Japanese headline that names a move only as what it is about (「…の再開巡り」), and
a Japanese topic dated last year (「昨年のオンライン墓参は、…」) that tells of that year, a
petition's signatures counted (「署名1万2千筆」), and concern conveyed to a government.
Pages written for these tests, decided by the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import moves, page, shipped_judge

from monitor.core.decision import Decision, Routing, decide
from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge

WHEN = dt.datetime(2025, 4, 8, 6, 0, tzinfo=dt.UTC)
ROUTING = Routing(("-100",))


# ------------------------------------------------------------ a line between the services


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "ru",
            "Пограничники приостановили прямую радиосвязь с береговой охраной Японии",
            "Пограничное управление ФСБ России по Сахалинской области уведомило японскую "
            "сторону о приостановлении прямой радиосвязи между Южно-Курильском и Немуро "
            "«до особого распоряжения».",
        ),
        (
            "en",
            "Russia suspends coast guard hotline with Japan",
            "Russia's border guards have suspended the hotline with Japan's coast guard that "
            "linked their post in Yuzhno-Kurilsk with the Japanese office in Nemuro.",
        ),
        (
            "ja",
            "ロシア国境警備局、海保との無線連絡を停止",
            "ロシア国境警備局は、国後島の拠点と根室の海上保安部を結ぶ日本の海上保安庁との無線連絡を"
            "当面停止すると日本側に通知した。",
        ),
    ],
)
def test_a_line_between_the_services_halted_is_news(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    assessment = judge.assess(page(lang, headline, sentence, when=WHEN))
    assert assessment.alerts, assessment


def test_a_line_kept_open_is_no_news(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "en",
            "Coast guard hotline with Russia still in use, Japan says",
            "Japan's coast guard said the hotline with Russia's border guards in Yuzhno-Kurilsk "
            "was still used to hand over rescued fishermen from Nemuro.",
            when=WHEN,
        )
    )
    assert not assessment.alerts, assessment


# ------------------------------------------------------------ a third country, one story


def _decide(judge: Judge, article: Article) -> Decision:
    item = FeedItem("test", article.url, article.url, article.title, "", article.published)
    return decide(item, article, judge.assess(article), judge.knowledge, article.published, ROUTING)


def test_a_third_countrys_act_told_in_two_languages_is_one_story() -> None:
    judge = shipped_judge()
    first = _decide(
        judge,
        page(
            "ja",
            "中ロ共同声明、北方領土で「ロシアの立場支持」　政府、中国に抗議",
            "中国とロシアの首脳が署名した共同声明に、北方領土をめぐるロシアの立場を中国が支持する"
            "との文言が盛り込まれ、政府は10日、外交ルートを通じて中国側に抗議した。",
            when=WHEN,
        ),
    )
    assert first.alert is not None, first.reason
    judge = judge.with_knowledge(first.alert.knowledge(1))
    later = _decide(
        judge,
        page(
            "en",
            "China sides with Russia on Kurils; Tokyo lodges protest with Beijing",
            "A joint statement signed in Moscow says Beijing supports Russia's position on the "
            "Kuril Islands, and Japan protested to China, calling the wording unacceptable.",
            when=WHEN + dt.timedelta(days=2),
        ),
    )
    assert later.alert is None, later.reason
    assert later.attach_to == 1, later.reason


# ------------------------------------------------------------ what a headline is about


def test_a_headline_about_a_resumption_moves_nothing(judge: Judge) -> None:
    article = page(
        "ja",
        "参院外交防衛委　外相「ロシアの対応次第」　平和条約交渉の再開巡り",
        "外相は17日の参院外交防衛委員会で、ロシアとの平和条約交渉の再開について「交渉の扉を"
        "閉ざしたことは一度もない」と述べ、「現時点で再開の見通しが立っているとは言えない」との"
        "認識を示した。",
        when=WHEN,
    )
    assert moves(judge, article) == []
    assert not judge.assess(article).alerts


def test_a_headline_that_resumes_still_moves(judge: Judge) -> None:
    article = page(
        "ja",
        "平和条約交渉を再開　日ロ外務次官が協議",
        "日ロ両政府は17日、モスクワで外務次官級の協議を開き、2022年から中断していた平和条約"
        "締結交渉を再開した。",
        when=WHEN,
    )
    assert ("peace-treaty-talks", "resumed") in moves(judge, article)


def test_last_years_permission_told_as_the_topic_moves_nothing(judge: Judge) -> None:
    # 「昨年の…は、」 dates the sentence's topic: what it tells of it is of last year
    article = page(
        "ja",
        "今年の「オンライン墓参」、ロシア側から回答なし",
        "昨年に一度限りの措置として行われた国後島の日本人墓地からの「オンライン墓参」について、"
        "政府が今年も実施をロシア側に打診しているが、回答がないことが分かった。",
        "外務省の担当者は「回答を待っている状況だ」と話す。",
        "昨年のオンライン墓参は、ロシア側が口上書で「今回に限った例外的な措置」として同意し、"
        "8月14日に根室市と国後島の日本人墓地を映像で結んで行われた。",
        when=WHEN,
    )
    assert moves(judge, article) == []
    assert not judge.assess(article).alerts


def test_this_years_permission_told_as_the_topic_still_moves(judge: Judge) -> None:
    article = page(
        "ja",
        "「オンライン墓参」、ロシアが今回限り同意",
        "今年のオンライン墓参は、ロシア側が口上書で「今回に限った例外的な措置」として同意し、"
        "根室市と国後島の日本人墓地を映像で結んで行われることになった。",
        when=WHEN,
    )
    assert ("former-residents-visits", "allowed once") in moves(judge, article)


# ------------------------------------------------------------ a petition's signatures


def test_a_petitions_signatures_counted_are_no_signing(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "ja",
            "「墓参の再開を」署名1万2千筆　千島連盟、日ロ両政府に提出へ",
            "元島民らでつくる千島歯舞諸島居住者連盟は11日、北方墓参の早期再開を求める署名が"
            "1万2千筆を超えたと発表した。今月中に首相と外相に手渡す。",
            when=WHEN,
        )
    )
    assert not assessment.alerts, assessment


def test_an_accord_signed_is_still_a_signing(judge: Judge) -> None:
    claim = judge.read(
        page(
            "ja",
            "日ロ、北方四島周辺の漁業協定に署名",
            "日ロ両政府は11日、北方四島周辺水域での日本漁船の操業に関する新たな協定に署名した。",
            when=WHEN,
        )
    ).claims[0]
    assert "agreement" in claim.events, claim


# ------------------------------------------------------------ concern conveyed


@pytest.mark.parametrize(
    ("lang", "headline", "sentence"),
    [
        (
            "en",
            "Japan conveys concern to Beijing over Chinese delegation's Iturup visit",
            "Japan conveyed its concern to China on Tuesday after a Chinese provincial "
            "delegation visited Iturup, one of the Russian-held islands Tokyo claims.",
        ),
        (
            "ja",
            "中国代表団の択捉島訪問、政府が中国側に懸念を伝達",
            "中国の地方政府の代表団が北方領土の択捉島を訪問したことについて、政府は中国側に"
            "懸念を伝えた。",
        ),
    ],
)
def test_concern_conveyed_to_a_government_is_a_protest(
    judge: Judge, lang: str, headline: str, sentence: str
) -> None:
    claim = judge.read(page(lang, headline, sentence, when=WHEN)).claims[1]
    assert "protest" in claim.events, claim


# ------------------------------------------------------------ asked, or looked back on


def test_a_headline_noun_asked_about_is_no_move(judge: Judge) -> None:
    # 「年末で失効か」: the headline asks whether the agreement lapses; nothing has lapsed
    article = page(
        "ja",
        "北方四島周辺の漁業協定、年末で失効か　ロシア側から回答なく",
        "北方四島周辺水域での日本漁船の操業を定めた日ロの協定について、ロシア側から延長に"
        "関する回答がなく、年末で効力を失うおそれが出ている。",
        when=WHEN,
    )
    claim = judge.read(article).claims[0]
    assert ("失効", "question") in claim.unasserted, claim
    assert not claim.reports_event, claim
    assert not judge.assess(article).alerts


def test_a_look_back_on_the_year_is_commentary(judge: Judge) -> None:
    assessment = judge.assess(
        page(
            "ru",
            "Курилы-2026: чем запомнился год",
            "В уходящем году суд в Южно-Сахалинске вынес приговор японскому депутату, а на "
            "Кунашире открылась новая школа.",
            "Редакция вспоминает главные события года на южных Курилах.",
            when=WHEN,
        )
    )
    assert not assessment.alerts, assessment
