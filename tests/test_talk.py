"""A page of talk — an interview, a press conference's record — whose headline and lead
speak of other things: the answer in which a speaker announces a decision is read as a
story of its own (monitor/core/talk.py); answers that only hope, intend or refuse are not.
Pages written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from support.pages import article, html_page, lead_claim

from monitor.cli.explain import explain
from monitor.core import talk
from monitor.core.models import Article
from monitor.core.novelty import Judge
from monitor.files.config import load_config

ROOT = Path(__file__).resolve().parent.parent
WHEN = dt.datetime(2026, 6, 3, 6, 0, tzinfo=dt.UTC)

# headline, introduction, then questions and answers; {answer} is the answer on the islands
INTERVIEWS = {
    "en": (
        "Foreign ministry spokeswoman: 'Our door is open to those who respect us'",
        "At her weekly briefing the spokeswoman took questions on grain exports, visas for "
        "journalists and the southern Kurils.",
        "Q: The grain corridor talks stalled again this week. What is Moscow's position?",
        "Our position has not changed. We are ready for talks when our exports are no longer "
        "blocked by sanctions.",
        "Q: And relations with Japan? Is anything moving on the southern Kurils?",
        "{answer}",
        "Q: Will foreign journalists get their visas back?",
        "Those who report honestly are always welcome.",
    ),
    "ru": (
        "Официальный представитель МИД: «Наша дверь открыта для тех, кто нас уважает»",
        "На еженедельном брифинге официальный представитель МИД ответила на вопросы о зерне, "
        "визах для журналистов и южных Курилах.",
        "— Переговоры о зерновом коридоре снова застопорились. Какова позиция Москвы?",
        "— Наша позиция не изменилась. Мы готовы к переговорам, когда наш экспорт перестанут "
        "блокировать санкциями.",
        "— А отношения с Японией? Что-то меняется на южных Курилах?",
        "— {answer}",
        "— Вернут ли визы иностранным журналистам?",
        "— Тем, кто пишет честно, мы всегда рады.",
    ),
    "ja": (
        "ロシア外務省報道官会見　穀物輸出、記者ビザ、南クリルについて",
        "ロシア外務省の報道官は定例会見で、穀物輸出や外国人記者のビザ、南クリル諸島をめぐる質問に答えた。",
        "（問）穀物回廊をめぐる協議が再び停滞していますが、ロシアの立場は。",
        "（報道官）われわれの立場は変わっていない。輸出が制裁で妨げられなくなれば、協議に応じる用意がある。",
        "（問）日本との関係はどうですか。南クリル諸島で何か動きは。",
        "（報道官）{answer}",
        "（問）外国人記者へのビザ発給は再開されますか。",
        "（報道官）公正に報道する人はいつでも歓迎する。",
    ),
}

# the news: a decision announced in the answer, a move of a tracked matter
DECIDED = {
    "en": "I can tell you some news. We have decided to resume consultations with Japan on "
    "joint economic activity on the southern Kurils, in a limited format for now. The first "
    "meeting is planned for September.",
    "ru": "Могу сообщить новость. Мы приняли решение возобновить консультации с Японией о "
    "совместной хозяйственной деятельности на южных Курилах, пока в ограниченном формате.",
    "ja": "ひとつお伝えしたいことがある。"
    "南クリル諸島での共同経済活動について、日本との協議を再開することを決めた。",
}

# the same matter, only hoped for or refused: no news
HOPED = {
    "en": "We would like one day to return to consultations with Japan on joint economic "
    "activity on the southern Kurils, but today there are no conditions for that.",
    "ru": "Мы хотели бы когда-нибудь вернуться к консультациям с Японией о совместной "
    "хозяйственной деятельности на южных Курилах, но сегодня условий для этого нет.",
    "ja": "南クリル諸島での共同経済活動をめぐる日本との協議を、いつか再開したいと考えているが、"
    "現時点でそのための条件はない。",
}


def _interview(lang: str, answer: str) -> Article:
    title, *paragraphs = INTERVIEWS[lang]
    return article(lang, title, *(p.format(answer=answer) for p in paragraphs), when=WHEN)


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_decision_announced_in_an_answer_is_news(judge: Judge, lang: str) -> None:
    """The headline and lead speak of grain and visas; the fourth answer announces that the
    consultations on joint economic activity resume."""
    page = _interview(lang, DECIDED[lang])
    assessment = judge.assess(page)
    assert assessment.decision == "status_change", assessment.reason
    assert [(c.status_id, c.new.state.split(":")[0]) for c in assessment.changes] == [
        ("joint-economic-activity", "resumed")
    ]
    # the page read as one story finds nothing (the test can fail)
    assert not judge.assess(page, whole=False).alerts


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_an_answer_that_hopes_or_refuses_is_no_news(judge: Judge, lang: str) -> None:
    assessment = judge.assess(_interview(lang, HOPED[lang]))
    assert not assessment.alerts, assessment.reason


def test_the_announcements_of_a_page_of_talk(judge: Judge) -> None:
    """One per answer that announces: the announcing sentence as the headline (without the
    short sentence joined before it: "I can tell you some news."), the rest of the answer
    as the text; questions and the introduction are never items."""
    page = _interview("en", DECIDED["en"])
    found = talk.announcements(page, judge.matcher)
    assert [(i.title, i.text) for i in found] == [
        (
            "We have decided to resume consultations with Japan on joint economic activity on "
            "the southern Kurils, in a limited format for now.",
            "The first meeting is planned for September.",
        )
    ]
    assert all(i.url == page.url and i.published == page.published for i in found)


def test_a_page_with_one_question_is_no_page_of_talk(judge: Judge) -> None:
    """A story that quotes one question and its answer is one story: no part of it is read
    on its own."""
    page = article(
        "en",
        "Sakhalin budget passes with more money for roads",
        "The regional assembly passed the budget on Tuesday. Is it enough for the roads?",
        "We have decided to spend a third more on roads, the governor said.",
        when=WHEN,
    )
    assert talk.announcements(page, judge.matcher) == []


def test_a_whole_answer_in_quotation_marks_is_split_into_sentences(judge: Judge) -> None:
    """A Japanese interview gives each answer in 「…」: its sentences are still read one
    by one, so the announcement is the sentence that announces, not the whole answer."""
    page = article(
        "ja",
        "【インタビュー】北方対策担当相に聞く",
        "──元島民の高齢化が進んでいます。",
        "「語り部の活動を支援します。全国の学校での学習も充実させます」",
        "──隣接地域の振興策は。",
        "「人口減少が深刻です。そこで、根室市に新たな振興特区を設けることを決めました。来年の国会に法案を出します」",
        when=WHEN,
    )
    found = talk.announcements(page, judge.matcher)
    assert [(i.title, i.text) for i in found] == [
        ("そこで、根室市に新たな振興特区を設けることを決めました。", "来年の国会に法案を出します")
    ]


def test_a_notice_to_put_off_halts_the_matter(judge: Judge) -> None:
    """「見合わせる」, to put off for now, halts what runs, as 「中断」 does."""
    claim = lead_claim(
        judge,
        "ja",
        "日ロ関係の動き",
        "ロシア側は、北方四島での共同経済活動に関する作業部会の協議を当面見合わせると日本側に通報した。",
        "詳細は明らかにされていない。",
        WHEN,
    )
    assert ("joint-economic-activity", "halt") in claim.changes


def test_explain_shows_the_answer_that_decided(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "database": f"sqlite:///{tmp_path / 'monitor.db'}",
                "rules_dir": str(ROOT / "rules"),
                "seeds_dir": str(ROOT / "seeds"),
            }
        ),
        encoding="utf-8",
    )
    title, *paragraphs = INTERVIEWS["en"]
    source = tmp_path / "briefing.html"
    source.write_bytes(
        html_page("en", title, *(p.format(answer=DECIDED["en"]) for p in paragraphs))
    )
    shown = explain(load_config(config), str(source), "2026-06-03")
    assert "decided by its item: We have decided to resume consultations" in shown
    assert "Decision:  status_change" in shown


def test_an_answer_that_tells_of_the_last_days_is_read_on_its_own(judge: Judge) -> None:
    """«Вчера …» in an answer reports, as a news story's day does; the short sentence joined
    before it («…скрывать это не буду.») negates nothing in it."""
    page = article(
        "ru",
        "Замминистра: «С соседями мы говорим, но иллюзий не питаем»",
        "— Начнём с Кореи. Чего ждать в будущем году?",
        "— Ситуация остаётся напряжённой, мы выступаем за политические решения.",
        "— Перейдём к Японии. Есть ли движение?",
        "— Есть, и скрывать это не буду. Вчера в Бишкеке Россия и Япония провели первые с 2022 "
        "года консультации о совместной хозяйственной деятельности на южных Курилах.",
        "— А визы?",
        "— Без изменений.",
        when=WHEN,
    )
    found = talk.announcements(page, judge.matcher)
    assert [i.title[:20] for i in found] == ["Вчера в Бишкеке Росс"]
    assessment = judge.assess(page)
    assert assessment.alerts, assessment.reason


def test_a_speechs_main_points_are_read_as_the_speakers_report(judge: Judge) -> None:
    """A speech given as its main points, each a quotation under a subhead: the point on the
    islands reads as a report of the speaker's, not as quoted words."""
    page = article(
        "ru",
        "Коллегия Минобороны: основные положения выступления министра",
        "Публикуем основные положения доклада министра на расширенном заседании коллегии.",
        "Об итогах года",
        "- «План года по набору на контрактную службу выполнен».",
        "О Восточном военном округе",
        "- «На острове Итуруп заступил на боевое дежурство дивизион новейших зенитных ракетных "
        "систем. Он прикрывает Курильскую гряду»."
        "",
        "О задачах на будущий год",
        "- «Будем развивать инфраструктуру для размещения личного состава».",
        when=WHEN,
    )
    assessment = judge.assess(page)
    assert assessment.decision == "new_development", assessment.reason
    assert "deployment" in assessment.reason
