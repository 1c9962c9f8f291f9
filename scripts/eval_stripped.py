"""The evaluation world on pages without publisher metadata: every outlet named by its feed.

Copies a corpus, removes `og:site_name` and JSON-LD `publisher` from every page, runs the
evaluation harness on the copy (its own scoring and floors apply, the arguments after the
corpus are passed on) and then reads every message the harness's Bot API stand-in
recorded: each link to an article must be named by the title of the article's feed (the
feed's channel title: the harness's config gives the feeds no title), and no outlet may be
named by a host ("127.0.0.1:34189"). Exit 0 when the harness and the check pass.

    python scripts/eval_stripped.py ../shared/corpus/dev --harness ../shared/eval/harness.py
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

SITE_NAME = re.compile(r"<meta\b[^>]*og:site_name[^>]*>", re.I)
JSON_LD = re.compile(r"(<script\b[^>]*application/ld\+json[^>]*>)(.*?)(</script\s*>)", re.I | re.S)
# a link the alert gives an article: <a href=".../articles/ID.html">what names it</a>
ARTICLE_ANCHOR = re.compile(
    r"<a\b[^>]*href=\"[^\"]*/articles/([A-Za-z0-9_-]+)\.html[^\"]*\"[^>]*>(.*?)</a>", re.S
)
TAG = re.compile(r"<[^>]+>")
URL = re.compile(r"https?://\S+")
HOST_NAMES = re.compile(r"\b(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?")
# the words an alert links an article by when its outlet is named beside the link
LINK_WORDS = {"read the article", "read"}


def _without_publisher(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_publisher(v) for k, v in value.items() if k != "publisher"}
    if isinstance(value, list):
        return [_without_publisher(v) for v in value]
    return value


def strip_page(page: str) -> tuple[str, int]:
    """The page without `og:site_name` and without JSON-LD `publisher` (a block that is
    not JSON is dropped whole); how many of them it held."""
    removed = len(SITE_NAME.findall(page))
    page = SITE_NAME.sub("", page)

    def block(match: re.Match[str]) -> str:
        nonlocal removed
        try:
            data = json.loads(match.group(2))
        except ValueError:
            removed += 1
            return ""
        clean = _without_publisher(data)
        if clean != data:
            removed += 1
        return match.group(1) + json.dumps(clean, ensure_ascii=False) + match.group(3)

    return JSON_LD.sub(block, page), removed


def strip_corpus(corpus: Path, target: Path) -> tuple[int, int]:
    """Copy `corpus` to `target` with every page stripped; (pages, pages that held any)."""
    shutil.copytree(corpus, target)
    pages = held = 0
    for path in sorted((target / "articles").glob("*.html")):
        page, removed = strip_page(path.read_text(encoding="utf-8"))
        assert "og:site_name" not in page, path
        for match in JSON_LD.finditer(page):
            assert '"publisher"' not in match.group(2), path
        path.write_text(page, encoding="utf-8")
        pages += 1
        held += removed > 0
    return pages, held


def check_messages(labels: dict[str, Any], messages: list[dict[str, Any]]) -> list[str]:
    """Every problem of the messages' outlet names: an article linked under a name that
    is not its feed's title, or a host named anywhere outside a URL."""
    titles = {f["id"]: str(f.get("title") or f["id"]) for f in labels["feeds"]}
    feed_of = {a["id"]: a["feed"] for a in labels["articles"]}
    problems: list[str] = []
    for msg in messages:
        text = str(msg.get("text") or "")
        where = f"message {msg.get('message_id')} ({msg.get('method')})"
        plain = html.unescape(TAG.sub(" ", text))
        for article, anchor in ARTICLE_ANCHOR.findall(text):
            if article not in feed_of:
                continue
            name = " ".join(html.unescape(TAG.sub("", anchor)).split())
            expected = titles[feed_of[article]]
            if name.lower() in LINK_WORDS:
                # "Outlet, date · read the article": the name stands before the link
                if expected not in plain:
                    problems.append(f"{where}: {article} linked without {expected!r}")
            elif name != expected:
                problems.append(f"{where}: {article} named {name!r}, not {expected!r}")
        if host := HOST_NAMES.search(URL.sub(" ", plain)):
            problems.append(f"{where}: names a host, {host.group(0)!r}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="corpus folder (holds labels.yaml)")
    ap.add_argument("--harness", type=Path, required=True, help="the evaluation harness")
    ap.add_argument("--project", type=Path, default=Path.cwd(), help="project checkout")
    args, passed = ap.parse_known_args()
    labels = yaml.safe_load((args.corpus / "labels.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="eval-stripped-") as work:
        copy = Path(work) / f"{args.corpus.name}"
        pages, held = strip_corpus(args.corpus, copy)
        print(f"{copy.name}: {pages} pages, publisher metadata removed from {held}")
        if not held:
            print("eval-stripped: no page held publisher metadata; nothing is checked")
            return 1
        report = Path(work) / "report.json"
        run = [sys.executable, str(args.harness), str(copy), "--project", str(args.project)]
        harness = subprocess.run([*run, "--json", str(report), *passed], check=False)
        sent = report.with_suffix(".messages.json")
        if not sent.exists():
            print(f"eval-stripped: the harness wrote no messages (exit {harness.returncode})")
            return harness.returncode or 1
        messages = json.loads(sent.read_text(encoding="utf-8"))
    linked = [m for m in messages if ARTICLE_ANCHOR.search(str(m.get("text") or ""))]
    problems = check_messages(labels, messages)
    for problem in problems:
        print(f"outlet name: {problem}")
    print(
        f"eval-stripped: {len(linked)} messages link articles; "
        + ("every outlet named by its feed's title" if not problems else f"{len(problems)} wrong")
    )
    if not linked:
        print("eval-stripped: no message linked an article; nothing was checked")
        return 1
    return 1 if problems or harness.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
