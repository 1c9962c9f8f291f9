"""A bill or a draft on its way is not the act: a first reading, initial backing, a draft
put out for comment or prepared, a bill to be submitted (「条例案、提出へ」) report no
legislation; the law passed, signed or in force does."""

from __future__ import annotations

import datetime as dt

import pytest
from support.pages import lead_claim

from monitor.core.novelty import Judge

WHEN = dt.datetime(2026, 4, 14, 6, 0, tzinfo=dt.UTC)
HEADLINE = {
    "en": "Kuril Islands land rules back in the news",
    "ru": "Земельные правила на Курилах снова в новостях",
    "ja": "北方領土の土地規制、再び焦点に",
}
CLOSING = {
    "en": "Officials in Yuzhno-Kurilsk declined to comment on the text.",
    "ru": "В администрации Южно-Курильска текст комментировать не стали.",
    "ja": "南クリル地区の当局者はコメントを控えた。",
}


def _events(judge: Judge, lang: str, sentence: str) -> frozenset[str]:
    claim = lead_claim(judge, lang, HEADLINE[lang], sentence, CLOSING[lang], WHEN)
    return claim.events if claim.reports_event else frozenset()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Russia's lower house on Wednesday gave preliminary backing to a bill that would "
            "bar foreigners from buying land on the Kuril Islands.",
        ),
        (
            "en",
            "The Duma backed the bill on the southern Kuril Islands' land in the first of three "
            "readings on Wednesday.",
        ),
        (
            "en",
            "The economy ministry has prepared a decree creating a closed zone on Shikotan, "
            "one of the Kuril Islands.",
        ),
        (
            "ru",
            "Правительство вынесло на общественное обсуждение проект постановления о "
            "закрытой зоне на Шикотане.",
        ),
        (
            "ru",
            "Госдума приняла в первом чтении законопроект о запрете иностранцам покупать "
            "землю на Курилах.",
        ),
        ("ja", "北方領土の土地取引を規制する条例案を、道議会に提出する方針を固めた。"),
    ],
)
def test_a_draft_or_a_stage_reports_no_act(judge: Judge, lang: str, sentence: str) -> None:
    assert "legislation" not in _events(judge, lang, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "President Vladimir Putin on Wednesday signed into law a bill barring foreigners "
            "from buying land on the Kuril Islands.",
        ),
        (
            "ru",
            "Правительство утвердило постановление о закрытой зоне на Шикотане, сообщили "
            "в кабмине в среду.",
        ),
        (
            "ru",
            "Госдума приняла в третьем чтении закон о запрете иностранцам покупать землю на "
            "Курилах.",
        ),
        ("ja", "北方領土の土地取引を規制する条例が、道議会で全会一致で可決、成立した。"),
    ],
)
def test_the_act_itself_is_reported(judge: Judge, lang: str, sentence: str) -> None:
    assert "legislation" in _events(judge, lang, sentence)
