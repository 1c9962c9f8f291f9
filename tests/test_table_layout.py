"""A page laid out in tables, as older sites are (the navigation in one cell, the story in
another): the precise reading finds no text there; the recall-minded one, run only then,
finds the story without the navigation."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.core.models import FeedItem
from monitor.edges.extract import extract_article
from monitor.errors import NoArticleText

WHEN = dt.datetime(2026, 5, 20, 9, 0, tzinfo=dt.UTC)
URL = "http://127.0.0.1:8000/sudy/2026/05/20/stela.html"
STORY = [
    "Южно-Курильский районный суд удовлетворил иск прокурора района и обязал "
    "администрацию демонтировать гранитную стелу, установленную на Шикотане в 1990-х годах.",
    "По данным прокуратуры, стела стоит на муниципальной земле без разрешительных документов, "
    "а надписи на ней выполнены только на японском языке.",
    "Решение может быть обжаловано в Сахалинском областном суде в течение месяца.",
]


def _page(cells: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        "<title>Суд обязал демонтировать стелу на Шикотане</title></head><body>"
        '<table class="layout" width="100%"><tr><td class="left">'
        '<div class="logo"><a href="/">ВОСТОЧНОЕ ПРАВО</a></div>'
        '<ul class="rubrics"><li><a href="/sudy">Суды</a></li>'
        '<li><a href="/prokuratura">Прокуратура</a></li><li><a href="/zakon">Законы</a></li></ul>'
        '</td><td class="main">' + cells + "</td></tr></table>"
        '<div class="footer">© Восточное право, 2026. Все права защищены.</div>'
        "</body></html>"
    ).encode()


def _item() -> FeedItem:
    return FeedItem("pravo", "stela", URL, "Суд обязал демонтировать стелу", "", WHEN)


def test_the_story_in_a_table_cell_is_read_without_the_navigation() -> None:
    cells = "<h1>Суд обязал демонтировать стелу на Шикотане</h1>" + "".join(
        f"<p>{p}</p>" for p in STORY
    )
    article = extract_article(_item(), URL, _page(cells), "text/html", now=WHEN)
    for paragraph in STORY:
        assert paragraph in article.text
    assert "Прокуратура" not in article.text.replace("прокуратуры", "")
    assert "Все права защищены" not in article.text


def test_a_table_page_with_no_story_still_has_no_text() -> None:
    """The second reading finds what is there, nothing more: a cell of links alone is no
    article."""
    with pytest.raises(NoArticleText):
        extract_article(_item(), URL, _page("<h1>Суды</h1>"), "text/html", now=WHEN)
