"""`make eval-stripped`'s script: pages lose exactly their publisher metadata (as the
monitor reads it), and messages are checked for outlets named by their feeds' titles."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from monitor.edges.extract import page_publisher

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_stripped.py"
PAGE = """<html><head><title>Drills | Vestnik</title>
<meta content="Vestnik" property="og:site_name">
<meta property="og:title" content="Drills">
<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "Drills",
 "publisher": {"@type": "Organization", "name": "Vestnik"}}]}</script>
<script type="application/ld+json">{"publisher": </script>
</head><body><p>Drills on Shikotan.</p></body></html>"""
LABELS = {
    "feeds": [{"id": "v", "title": "Vestnik News Agency"}, {"id": "o", "title": "Остров.Инфо"}],
    "articles": [{"id": "d1", "feed": "v"}, {"id": "d2", "feed": "o"}],
}


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_stripped", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_stripped_page_has_no_publisher_for_the_monitor_and_keeps_the_rest() -> None:
    """og:site_name and JSON-LD publisher go (a broken block whole); the rest stays."""
    script = _script()
    assert page_publisher(PAGE) == "Vestnik"
    stripped, removed = script.strip_page(PAGE)
    assert removed == 3
    assert page_publisher(stripped) == ""
    assert '<meta property="og:title" content="Drills">' in stripped
    assert "<title>Drills | Vestnik</title>" in stripped
    graph = stripped.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert json.loads(graph) == {"@graph": [{"@type": "NewsArticle", "headline": "Drills"}]}
    assert script.strip_page(stripped) == (stripped, 0)


def test_messages_naming_outlets_by_feed_title_pass_and_others_are_named() -> None:
    """The feed's title beside "read the article" or as a source's link text passes; a
    page's own name, a host and port, or a missing name are each reported."""
    script = _script()
    base = "http://127.0.0.1:46411/articles"
    good = (
        f'Vestnik News Agency, 2024-05-14 · <a href="{base}/d1.html">read the article</a>\n'
        f'<b>Sources:</b> <a href="{base}/d2.html">Остров.Инфо</a>'
    )
    assert script.check_messages(LABELS, [{"message_id": 1, "text": good}]) == []
    bad = [
        {"message_id": 2, "text": f'Vestnik, 2024 · <a href="{base}/d1.html">read</a>'},
        {"message_id": 3, "text": f'<a href="{base}/d2.html">Остров</a>'},
        {"message_id": 4, "text": f'127.0.0.1:46411, 2024 <a href="{base}/d9.html">read</a>'},
    ]
    problems = script.check_messages(LABELS, bad)
    assert problems == [
        "message 2 (None): d1 linked without 'Vestnik News Agency'",
        "message 3 (None): d2 named 'Остров', not 'Остров.Инфо'",
        "message 4 (None): names a host, '127.0.0.1:46411'",
    ]
