"""Detection on a blind sentence set: short items (headline, lead, one more paragraph),
each labelled news or not news, read by the shipped rules and seeds as pages.

The set in tests/data/sentences-blind1 (180 items: 60 English, 60 Russian, 60 Japanese,
40 % news) was written by a writer who never read the code, rules, seeds or tests: hard
negatives (denials, requests, conditions, prospects, questions, background, quoted
headlines, anniversaries, annual reports, look-alikes) beside news of many kinds. Each
item is dated by its own dateline (its month, in the year its lead names) as a feed would
date it. Prints precision and recall of "news", per language, how many of the items' status
moves were read, and with --errors every move read that an item does not assert (the worst
kind) and every item read wrongly.

    .venv/bin/python scripts/sentence_set.py [--errors] [--set tests/data/sentences-blind1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.pages import article, html_page  # noqa: E402

from monitor.cli.explain import explain  # noqa: E402
from monitor.core.novelty import Judge  # noqa: E402
from monitor.files.config import load_config  # noqa: E402
from monitor.shell.runtime import load_knowledge  # noqa: E402

EN = "january february march april may june july august september october november december"
RU = "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр"
DATELINE = {
    "en": re.compile(r"\b(" + "|".join(EN.split()) + r")\b"),
    "ru": re.compile(r"\b\d{1,2}\s+(" + "|".join(RU.split()) + r")"),
    "ja": re.compile(r"(?<!\d)(1[0-2]|[1-9])月"),
}


YEAR = re.compile(r"(?<!\d)(20[2-3]\d)(?!\d)")


# a full date: "17 November 2026", "November 17, 2026", «17 ноября 2026», 「2026年11月17日」
FULL_DATE = {
    "en": re.compile(r"\b(" + "|".join(EN.split()) + r")\b(?:\s+\d{1,2})?,?\s+(20[2-3]\d)\b"),
    "ru": re.compile(r"\b\d{1,2}\s+(" + "|".join(RU.split()) + r")\w*\s+(20[2-3]\d)\b"),
    "ja": re.compile(r"(20[2-3]\d)年(1[0-2]|[1-9])月"),
}


def dated(item: dict[str, str]) -> dt.datetime:
    """The item's date: a full date its lead gives (month and year together), else the
    month its dateline names in the first year its lead names (else 2026); mid-September
    2026 when it names no month."""
    lead = item["lead"].lower()
    full = FULL_DATE[item["lang"]].search(lead)
    if full is not None:
        a, b = full.groups()
        if item["lang"] == "ja":
            return dt.datetime(int(a), int(b), 28, tzinfo=dt.UTC)
        names = (EN if item["lang"] == "en" else RU).split()
        month = next(i for i, n in enumerate(names) if a.startswith(n)) + 1
        return dt.datetime(int(b), month, 28, tzinfo=dt.UTC)
    y = YEAR.search(lead)
    year = int(y.group(1)) if y else 2026
    m = DATELINE[item["lang"]].search(lead)
    if m is None:
        return dt.datetime(year, 9, 15, tzinfo=dt.UTC)
    word = m.group(1)
    month = (
        int(word)
        if word.isdigit()
        else (EN if item["lang"] == "en" else RU).split().index(word) + 1
    )
    return dt.datetime(year, month, 28, tzinfo=dt.UTC)


# the sets' matters and moves, as the seeds name them (seeds/statuses.yaml, knowledge.MOVES)
MATTERS = {
    "talks": "peace-treaty-talks",
    "visa_free_exchanges": "visa-free-exchanges",
    "grave_visits": "former-residents-visits",
    "free_visits": "former-residents-visits",
    "joint_economic_activity": "joint-economic-activity",
    "fishing": "safe-operation-fishing",
}
STATES = {
    "resumed": "resumed",
    "halted": "halted",
    "ended": "ended",
    "allowed_once": "allowed once",
}


def _moves_read(
    expected: dict[str, str] | None, read: set[tuple[str, str]]
) -> tuple[str, set[tuple[str, str]]]:
    """How the moves read compare with the item's: "right" (its move read, or none and none
    read), "missed" (its move not read), and the moves read that it does not assert."""
    want = (MATTERS[expected["matter"]], STATES[expected["to"]]) if expected else None
    wrong = {m for m in read if m != want}
    if want is None:
        return ("right" if not read else "wrong"), wrong
    return ("right" if want in read else "missed"), wrong


def show(folder: Path, config: Path, item_id: str) -> int:
    """`explain` on one item's page, dated as the set dates it."""
    items = yaml.safe_load((folder / "items.yaml").read_text(encoding="utf-8"))
    item = next((i for i in items if i["id"] == item_id), None)
    if item is None:
        print(f"{folder / 'items.yaml'}: no item {item_id}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / f"{item_id}.html"
        page.write_bytes(
            html_page(item["lang"], item["headline"], item["lead"], item.get("second") or "")
        )
        print(explain(load_config(config), str(page), dated(item).isoformat()))
    print(f"Expected:  {item['label']} ({item['kind']}), move {item.get('move')}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--set", type=Path, default=ROOT / "tests/data/sentences-blind1")
    ap.add_argument("--config", type=Path, default=ROOT / "config.yaml")
    ap.add_argument("--errors", action="store_true", help="list every item read wrongly")
    ap.add_argument("--show", metavar="ID", help="explain the decision on one item")
    args = ap.parse_args()
    if args.show:
        return show(args.set, args.config, args.show)
    rules, knowledge = load_knowledge(load_config(args.config))
    judge = Judge.build(rules, knowledge)
    items = yaml.safe_load((args.set / "items.yaml").read_text(encoding="utf-8"))
    tally: Counter[tuple[str, str, str]] = Counter()
    moves: Counter[str] = Counter()
    errors = []
    wrong_moves = []
    for item in items:
        page = article(
            item["lang"], item["headline"], item["lead"], item.get("second") or "", when=dated(item)
        )
        assessment = judge.assess(page)
        got = "news" if assessment.alerts else "not_news"
        tally[(item["lang"], item["label"], got)] += 1
        read = {(c.status_id, c.new.state.split(":")[0]) for c in assessment.changes}
        verdict, wrong = _moves_read(item.get("move"), read if assessment.alerts else set())
        moves[verdict] += 1
        if wrong:
            wrong_moves.append(f"{item['id']} | expected {item.get('move')} | read {sorted(wrong)}")
        if got != item["label"]:
            moved = [f"{c.status_id} → {c.new.state.split(':')[0]}" for c in assessment.changes]
            errors.append(
                (bool(moved), item["id"], item["label"], item["kind"], moved, item["headline"])
            )
    for lang in ("en", "ru", "ja", None):
        tp = sum(
            v for (lg, lab, got), v in tally.items() if lab == got == "news" and lang in (None, lg)
        )
        fp = sum(
            v
            for (lg, lab, got), v in tally.items()
            if lab == "not_news" and got == "news" and lang in (None, lg)
        )
        fn = sum(
            v
            for (lg, lab, got), v in tally.items()
            if lab == "news" and got == "not_news" and lang in (None, lg)
        )
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"{lang or 'all':>3}: precision {p:.2f} recall {r:.2f} f1 {f1:.2f} "
            f"(news found {tp}, false {fp}, missed {fn})"
        )
    with_move = sum(1 for item in items if item.get("move"))
    print(
        f"moves: {with_move - moves['missed']} of {with_move} read, "
        f"{len(wrong_moves)} items with a move read that they do not assert"
    )
    if args.errors:
        for line in wrong_moves:
            print("WRONG MOVE " + line)
        for moved, *rest in sorted(errors, key=lambda e: not e[0]):
            print(("WRONG MOVE " if moved else "") + " | ".join(str(x) for x in rest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
