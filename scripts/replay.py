"""Replay a corpus in process: each article decided in publication order by the shipped
rules and seeds, as the pipeline decides it (a copy keeps its original's decision; an
alert is learned before the next article), with no servers, feeds or Telegram.

It scores like the harness (precision, recall, mention, neutral alerts) in a few seconds,
so a change to detection can be tried on every corpus before the harness confirms it.
With -v it prints one line per alert, attachment and miss; with --show=ID the reason
given for that article.

    .venv/bin/python scripts/replay.py tests/data/corpus-blind37 [-v] [--show=b37-004]

With --min-precision, --min-recall and --min-mention it exits 1 when a corpus is below
them, as the harness does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.core import compose  # noqa: E402
from monitor.core.decision import Decision, Routing, copied  # noqa: E402
from monitor.core.decision import decide as decide_on  # noqa: E402
from monitor.core.models import Article, FeedItem  # noqa: E402
from monitor.core.novelty import Judge  # noqa: E402
from monitor.core.outlets import outlet_name  # noqa: E402
from monitor.edges.extract import clean_url, extract_article  # noqa: E402
from monitor.edges.store import Store  # noqa: E402
from monitor.errors import ExtractError, NoArticleText  # noqa: E402
from monitor.files.config import load_config  # noqa: E402
from monitor.shell.runtime import load_knowledge  # noqa: E402
from monitor.stages.chatview import alert_view  # noqa: E402
from monitor.stages.fetching import headline_only  # noqa: E402
from monitor.stages.pipeline import _earlier  # noqa: E402

ALERTING = ("new_development", "status_change")
ROUTING = Routing(("@channel",))


def _article(corpus: Path, a: dict, pub: dt.datetime) -> Article:
    url = f"http://127.0.0.1:1/articles/{a['id']}.html"
    item = FeedItem(a["feed"], a["id"], url, a["title"], a.get("summary", ""), pub)
    body = (corpus / "articles" / f"{a['id']}.html").read_bytes()
    try:
        art = extract_article(item, url, body, "text/html", now=pub)
    except NoArticleText as exc:
        art = headline_only(item, pub, str(exc), exc.description)
    except ExtractError as exc:
        art = headline_only(item, pub, str(exc))
    return replace(art, outlet=outlet_name(None, item, art.outlet, url), url=clean_url(art.url))


class Tally:
    """The harness's score, kept as alerts come: each group's first alert, its mention."""

    def __init__(self, labels: dict) -> None:
        self.arts = {a["id"]: a for a in labels["articles"]}
        self.groups: dict[str, list[str]] = {}
        for a in labels["articles"]:
            if a["label"] in ALERTING and a.get("group"):
                self.groups.setdefault(a["group"], []).append(a["id"])
        self.alerted: dict[str, str] = {}
        self.mention: dict[str, bool] = {}
        self.tags: Counter[str] = Counter()

    def alert(self, a: dict, text: str) -> str:
        label, group = a["label"], a.get("group")
        if label == "neutral":
            tag = "NEU"
        elif label not in ALERTING:
            tag = "FP"
        elif group in self.alerted:
            tag = "DUP"
        else:
            self.alerted[group] = a["id"]
            self.mention[group] = any(self._mentioned(m, text) for m in self.groups[group])
            tag = "TP" if self.mention[group] else "TP-nomention"
        self.tags[tag] += 1
        return tag

    def _mentioned(self, article_id: str, text: str) -> bool:
        stems = self.arts[article_id].get("must_mention", [])
        return all(any(w.lower() in text for w in alt) for alt in stems)

    def scores(self) -> tuple[float, float, float]:
        """Precision, recall and mention, as the harness computes them."""
        scored = sum(self.tags.values()) - self.tags["NEU"]
        tp = len(self.alerted)
        p = tp / scored if scored else 1.0
        r = tp / len(self.groups) if self.groups else 1.0
        m = sum(self.mention.values()) / tp if tp else 1.0
        return p, r, m

    def line(self, name: str) -> str:
        p, r, m = self.scores()
        tp = len(self.alerted)
        missed = len(self.groups) - tp
        return (
            f"== {name}: P {p:.2f} R {r:.2f} M {m:.2f} tp {tp} fp {self.tags['FP']} "
            f"dup {self.tags['DUP']} neu {self.tags['NEU']} missed {missed}"
        )


def _moved(dec: Decision) -> str:
    move = (dec.alert.diff.get("changes") or [{}])[0] if dec.alert else {}
    if not move:
        return ""
    old = str((move.get("old") or {}).get("state", "")).partition(":")[0]
    new = str((move.get("new") or {}).get("state", "")).partition(":")[0]
    return f" [{move.get('status_id')}: {old[:30]} → {new}]"


def replay(corpus: Path, verbose: bool = False, show: str = "") -> Tally:
    labels = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8"))
    tally = Tally(labels)
    judge = Judge.build(*load_knowledge(load_config(ROOT / "config.yaml")))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "replay.db")
        for a in sorted(labels["articles"], key=lambda a: (str(a["published"]), a["id"])):
            pub = dt.datetime.fromisoformat(str(a["published"]).replace("Z", "+00:00"))
            art = _article(corpus, a, pub)
            item = FeedItem(a["feed"], a["id"], art.url, a["title"], a.get("summary", ""), pub)
            dec = copied(item, art, _earlier(store, art), pub)
            if dec is None:
                dec = decide_on(item, art, judge.assess(art), judge.knowledge, pub, ROUTING)
            aid = store.apply(dec)
            if dec.alert is not None:
                judge = judge.with_knowledge(dec.alert.knowledge(aid or 0))
            elif dec.attached is not None:
                judge = judge.with_knowledge(dec.attached)
            if a["id"] == show:
                print(f"{a['id']}: {dec.kind}: {dec.reason}")
            if dec.alert is not None:
                view = alert_view(store, aid or 0, judge)
                tag = tally.alert(a, compose.render_alert(view).lower() if view else "")
                if verbose:
                    title = f"{a['id']} {a['label']} {a.get('group') or ''}: {a['title'][:90]}"
                    print(f"  {tag:12} {title}{_moved(dec)}")
            elif verbose and dec.attach_to is not None:
                joined = "".join(
                    f" [{m.status_id}: {m.old.state.partition(':')[0][:30]} → "
                    f"{m.new.state.partition(':')[0]}]"
                    for m in dec.assessment.changes
                )
                print(f"  attached {a['id']} ({a['label']}) to alert {dec.attach_to}{joined}")
        store.close()
    if verbose:
        for g, members in tally.groups.items():
            if g not in tally.alerted:
                print(f"  missed       {g}: {', '.join(members)}")
    print(tally.line(labels.get("name", corpus.name)))
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--show", default="")
    for floor in ("precision", "recall", "mention"):
        parser.add_argument(f"--min-{floor}", type=float, default=0.0, metavar="X")
    args = parser.parse_args()
    floors = (args.min_precision, args.min_recall, args.min_mention)
    below = []
    for corpus in args.corpus:
        scores = replay(corpus, args.verbose, args.show).scores()
        if any(score < floor for score, floor in zip(scores, floors, strict=True)):
            below.append(corpus.name)
    if below:
        sys.exit(f"below the floors (precision, recall, mention >= {floors}): {', '.join(below)}")


if __name__ == "__main__":
    main()
