"""A page of several stories — a weekly digest, a committee's round-up, the main exchanges
of a press conference — whose headline and lead speak of all its items: the item on the
islands is read as a story of its own (monitor/core/digest.py). Pages written for these
tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from support.pages import article, html_page

from monitor.cli.explain import explain
from monitor.core import digest
from monitor.core.models import Article
from monitor.core.novelty import Judge
from monitor.files.config import load_config

ROOT = Path(__file__).resolve().parent.parent

WHEN = dt.datetime(2026, 10, 9, 6, 0, tzinfo=dt.UTC)

DIGESTS = {
    "en": (
        "The week: a budget fight, a typhoon, and news from the Kurils",
        "Our digest of the week's news from Japan and its neighbours.",
        "1. Budget: the ruling party's numbers",
        "The finance ministry presented a supplementary budget of 13 trillion yen on Monday.",
        "2. Okinawa: typhoon damage",
        "Typhoon Mirae cut power to 40,000 homes in Okinawa before moving out to sea.",
        "3. Kurils: new missiles",
        "{kuril}",
        "That's the week. Replies go to the editors.",
    ),
    "ru": (
        "Неделя: бюджет области, путина и новости с Курил",
        "Главное за неделю в нашем обзоре.",
        "Сахалин: бюджет",
        "Правительство области внесло в облдуму поправки к бюджету на текущий год.",
        "Путина: итоги",
        "Вылов лососей в регионе превысил 90 тысяч тонн, сообщили в управлении рыболовства.",
        "Курилы: ракеты",
        "{kuril}",
        "Обзор подготовила редакция.",
    ),
    "ja": (
        "今週の動き　補正予算、台風、北方領土など",
        "今週の主なニュースをまとめた。",
        "補正予算",
        "政府は6日、13兆円規模の補正予算案を閣議決定した。",
        "台風被害",
        "台風の影響で沖縄県内の約4万戸が停電した。",
        "北方領土",
        "{kuril}",
        "（編集部）",
    ),
}

NEWS = {
    "en": "Russia has deployed a new coastal missile battery on Iturup, the Eastern Military "
    "District said on Tuesday.",
    "ru": "На Итурупе разместили новый дивизион береговых ракетных комплексов, сообщили во "
    "вторник в пресс-службе Восточного военного округа.",
    "ja": "ロシア東部軍管区は6日、択捉島に新たな地対艦ミサイル部隊を配備したと発表した。",
}

RESTATED = {
    "en": "Russia's foreign ministry repeated on Tuesday that the islands' status is not up "
    "for discussion.",
    "ru": "В МИД России во вторник вновь заявили, что статус островов не подлежит обсуждению.",
    "ja": "ロシア外務省は6日、北方四島の帰属は議論の対象ではないとの立場を改めて示した。",
}


def _digest_page(lang: str, kuril: str) -> Article:
    title, *paragraphs = DIGESTS[lang]
    return article(lang, title, *(p.format(kuril=kuril) for p in paragraphs), when=WHEN)


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_digest_item_on_the_islands_is_read_as_its_own_story(judge: Judge, lang: str) -> None:
    """The digest's headline and lead name neither a deployment nor, on their own, a story
    of the islands; its third item reports a deployment on Iturup."""
    page = _digest_page(lang, NEWS[lang])
    assessment = judge.assess(page)
    assert assessment.decision == "new_development", assessment.reason
    assert "deployment" in assessment.reason
    # the page read as one story finds nothing (the test can fail)
    assert not judge.assess(page, whole=False).alerts


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_a_digest_item_that_restates_is_no_news(judge: Judge, lang: str) -> None:
    assessment = judge.assess(_digest_page(lang, RESTATED[lang]))
    assert assessment.decision != "new_development", assessment.reason


def test_the_items_of_a_digest() -> None:
    """Under each subhead, the paragraphs up to the next one; the headline repeated in the
    text, the lead before the first subhead and the sign-off after the last one's body are
    kept only where a subhead has them."""
    page = _digest_page("en", NEWS["en"])
    found = digest.items(page)
    assert [i.title for i in found] == [
        "1. Budget: the ruling party's numbers",
        "2. Okinawa: typhoon damage",
        "3. Kurils: new missiles",
    ]
    assert found[2].text.startswith("Russia has deployed")
    assert all(i.url == page.url and i.published == page.published for i in found)


def test_a_story_with_one_subhead_has_no_items() -> None:
    page = article(
        "en",
        "Nemuro fishermen count the cost of a poor season",
        "Catches of saury fell for a fifth year, the cooperative said.",
        "What comes next",
        "The cooperative will ask the city for help with fuel costs.",
        when=WHEN,
    )
    assert digest.items(page) == []


def test_explain_shows_the_item_that_decided(tmp_path: Path) -> None:
    """`explain` on a digest says which item decided, and shows that item's claims."""
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
    title, *paragraphs = DIGESTS["en"]
    source = tmp_path / "digest.html"
    source.write_bytes(html_page("en", title, *(p.format(kuril=NEWS["en"]) for p in paragraphs)))
    shown = explain(load_config(config), str(source), "2026-10-09")
    assert f"Article:   {title}" in shown
    assert "decided by its item: 3. Kurils: new missiles" in shown
    assert "events: deployment" in shown
    assert "Decision:  new_development" in shown
